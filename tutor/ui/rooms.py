"""What a skill's room gets from the app when a learner opens it.

A skill's view factory (see ``tutor.skills``) is called with a :class:`RoomHost` and
returns a QWidget. The host gives the room the open learner, the database and the
lesson packs, and takes back finished attempts and the request to go home.

Rooms finish an exercise one way: the skill's engine builds a
``tutor.attempt.FinishedAttempt`` and the room calls :meth:`RoomHost.finish` with it.
When ``finish`` returns, the attempt is committed to the database and the room may say
"saved"; when it raises a ``TutorError`` (a full disk, a locked database), nothing was
recorded and the room shows the error's message instead.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from tutor.attempt import FinishedAttempt
from tutor.content import Catalogue
from tutor.skills import Skill, load_hook
from tutor.store.attempts import save_attempt
from tutor.store.db import Database
from tutor.store.models import Attempt, Learner


@dataclass
class RoomHost:
    skill: Skill
    learner: Learner
    db: Database
    catalogue: Catalogue
    go_home: Callable[[], None]
    progress_changed: Callable[[], None]  # called by ``finish`` once an attempt is saved
    # The exercise to open the room on (pack id, exercise id): the home's "Next step".
    # A room that can start on a given exercise does; one that cannot opens as usual.
    start_at: tuple[str, str] | None = None
    # Told of each attempt once committed on this PC (the centre server's sync view).
    on_saved: Callable[[Attempt], None] | None = None

    def finish(self, attempt: FinishedAttempt) -> Attempt:
        """Record a finished exercise of this room's skill, committed before it returns."""
        if attempt.skill != self.skill.id:
            raise ValueError(f"a {self.skill.id} room finished a {attempt.skill} attempt")
        saved = save_attempt(self.db, self.learner.id, attempt)
        self.progress_changed()
        if self.on_saved is not None:
            self.on_saved(saved)
        return saved


def open_room(host: RoomHost) -> QWidget:
    room = load_hook(host.skill.view)(host)
    if not isinstance(room, QWidget):
        raise TypeError(f"{host.skill.view} returned {room!r}, not a QWidget")
    return room
