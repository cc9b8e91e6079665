"""What a skill's room gets from the app when a learner opens it.

A skill's view factory (see ``tutor.skills``) is called with a :class:`RoomHost` and
returns a QWidget. The host gives the room the open learner, the database and the
lesson packs, and takes back finished attempts and the request to go home.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from tutor.content import Catalogue
from tutor.skills import Skill, load_hook
from tutor.store.db import Database
from tutor.store.models import Learner


@dataclass
class RoomHost:
    skill: Skill
    learner: Learner
    db: Database
    catalogue: Catalogue
    go_home: Callable[[], None]
    progress_changed: Callable[[], None]  # call after recording an attempt


def open_room(host: RoomHost) -> QWidget:
    room = load_hook(host.skill.view)(host)
    if not isinstance(room, QWidget):
        raise TypeError(f"{host.skill.view} returned {room!r}, not a QWidget")
    return room
