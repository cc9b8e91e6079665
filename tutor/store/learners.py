"""Learner profiles on a shared PC."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tutor import pins, profiles
from tutor.errors import LearnerError
from tutor.i18n import LANGUAGES, QT_TRANSLATE_NOOP
from tutor.store.db import Database
from tutor.store.models import Learner, utcnow
from tutor.text import fold

EDITABLE = {"display_name", "picture", "ui_language", "keyboard_layout", "text_size"}


def require_learner(session: Session, learner_id: uuid.UUID) -> Learner:
    """The learner, in this session, or the error a learner can meet."""
    learner = session.get(Learner, learner_id)
    if learner is None:
        raise LearnerError(QT_TRANSLATE_NOOP("errors", "This learner no longer exists."))
    return learner


def create_learner(
    db: Database,
    name: str,
    picture: str,
    ui_language: str = "en",
    keyboard_layout: str | None = None,
    pin: str | None = None,
    now: datetime | None = None,
) -> Learner:
    """A new learner; ``now`` (UTC, by default the clock's) is when they were created."""
    now = now or utcnow()
    learner = Learner(
        id=uuid.uuid4(),
        display_name=profiles.clean_name(name),
        picture=profiles.check_choice(picture, profiles.pictures(), "picture"),
        ui_language=profiles.check_choice(ui_language, LANGUAGES, "language"),
        keyboard_layout=profiles.check_choice(
            keyboard_layout or profiles.default_layout(ui_language),
            profiles.KEYBOARD_LAYOUTS,
            "keyboard_layout",
        ),
        text_size="normal",
        settings={},
        pin_hash=_hash(pin),
        created_at=now,
        updated_at=now,
        last_used_at=now,
        archived=False,
    )
    with db.writing() as session:
        session.add(learner)
    return learner


def _hash(pin: str | None) -> str | None:
    if not pin:
        return None
    if not pins.is_valid_pin(pin):
        raise LearnerError(QT_TRANSLATE_NOOP("errors", "A PIN is four numbers, like 2580."))
    return pins.hash_pin(pin)


def list_learners(db: Database, include_archived: bool = False) -> list[Learner]:
    """Learners, the most recently used first (then by name)."""
    query = select(Learner)
    if not include_archived:
        query = query.where(Learner.archived.is_(False))
    with db.reading() as session:
        found = list(session.scalars(query))
    found.sort(key=lambda person: person.display_name.casefold())
    found.sort(key=lambda person: person.last_used_at or person.created_at, reverse=True)
    return found


def get_learner(db: Database, learner_id: uuid.UUID) -> Learner:
    with db.reading() as session:
        learner = session.get(Learner, learner_id)
    if learner is None:
        raise LearnerError(QT_TRANSLATE_NOOP("errors", "This learner no longer exists."))
    return learner


def find_learners(db: Database, text: str) -> list[Learner]:
    """Learners whose name contains ``text``, ignoring case and accents' absence."""
    needle = fold(text)
    return [person for person in list_learners(db) if needle in fold(person.display_name)]


def update_learner(db: Database, learner_id: uuid.UUID, **changes: Any) -> Learner:
    unknown = set(changes) - EDITABLE
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    if "display_name" in changes:
        changes["display_name"] = profiles.clean_name(changes["display_name"])
    allowed = {
        "picture": profiles.pictures(),
        "language": LANGUAGES,
        "keyboard_layout": profiles.KEYBOARD_LAYOUTS,
        "text_size": profiles.TEXT_SIZES,
    }
    for key, choices in allowed.items():
        column = "ui_language" if key == "language" else key
        if column in changes:
            profiles.check_choice(changes[column], choices, key)
    with db.writing() as session:
        learner = require_learner(session, learner_id)
        for key, value in changes.items():
            setattr(learner, key, value)
        learner.updated_at = utcnow()
    return learner


def set_pin(db: Database, learner_id: uuid.UUID, pin: str | None) -> None:
    pin_hash = _hash(pin)
    with db.writing() as session:
        learner = require_learner(session, learner_id)
        learner.pin_hash = pin_hash
        learner.updated_at = utcnow()


def mark_used(db: Database, learner_id: uuid.UUID, now: datetime | None = None) -> None:
    """Remember that the learner opened their profile ``now`` (by default the clock's
    time; the picker sorts by it)."""
    with db.writing() as session:
        learner = session.get(Learner, learner_id)
        if learner is not None:
            learner.last_used_at = now or utcnow()


def set_skill_settings(
    db: Database, learner_id: uuid.UUID, skill: str, values: dict[str, Any]
) -> Learner:
    """Remember a learner's options for one skill (merged into what was there)."""
    with db.writing() as session:
        learner = require_learner(session, learner_id)
        settings = dict(learner.settings or {})
        settings[skill] = {**settings.get(skill, {}), **values}
        learner.settings = settings  # a new dict, so the JSON column is written
        learner.updated_at = utcnow()
    return learner


def skill_settings(learner: Learner, skill: str) -> dict[str, Any]:
    return dict((learner.settings or {}).get(skill, {}))


def set_archived(db: Database, learner_id: uuid.UUID, archived: bool = True) -> None:
    """Archived learners leave the picker and the class overview; nothing is deleted."""
    with db.writing() as session:
        learner = require_learner(session, learner_id)
        learner.archived = archived
        learner.updated_at = utcnow()
