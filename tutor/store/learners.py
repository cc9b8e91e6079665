"""Learner profiles on a shared PC."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any, overload

from sqlalchemy import ColumnElement, Select, false, func, select
from sqlalchemy.orm import Session

from tutor import pins, profiles
from tutor.errors import LearnerError
from tutor.i18n import LANGUAGES, QT_TRANSLATE_NOOP
from tutor.store.db import Database
from tutor.store.models import Learner, name_key, utcnow

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


SEARCH_LIMIT = 50  # names a search shows at most: the picker's and the trainer's


def _shown(include_archived: bool) -> Select[Learner]:
    query = select(Learner)
    # "= false", not "IS false": PostgreSQL uses an index for the first only.
    return query if include_archived else query.where(Learner.archived == false())


def _recent_first() -> tuple[Any, ...]:
    return (func.coalesce(Learner.last_used_at, Learner.created_at).desc(), Learner.name_key,
            Learner.id)


def count_learners(db: Database, include_archived: bool = False) -> int:
    query = select(func.count()).select_from(_shown(include_archived).subquery())
    with db.reading() as session:
        return int(session.scalar(query) or 0)


def recent_learners(db: Database, offset: int = 0, limit: int = 30,
                    include_archived: bool = False) -> list[Learner]:
    """One page of ``list_learners``' order (the most recently used first, then by
    name), read by the database: ``limit`` rows from ``offset``."""
    query = _shown(include_archived).order_by(*_recent_first()).offset(max(0, offset))
    with db.reading() as session:
        return list(session.scalars(query.limit(max(0, limit))))


def name_prefix(db: Database, text: str) -> ColumnElement[bool]:
    """Names (folded, ``Learner.name_key``) that begin with ``text`` folded: a condition
    the index on the key answers (SQLite: GLOB, as its LIKE ignores case and then cannot
    use the index; PostgreSQL: LIKE, with the index's text_pattern_ops)."""
    needle = name_key(text)
    if db.is_sqlite:
        escaped = "".join(f"[{c}]" if c in "*?[" else c for c in needle)
        return Learner.name_key.op("GLOB", is_comparison=True)(escaped + "*")
    return Learner.name_key.like(_like_escaped(needle) + "%", escape="\\")


def name_contains(db: Database, text: str) -> ColumnElement[bool]:
    """Names (folded) that contain ``text`` folded anywhere (a scan, bounded by a LIMIT)."""
    needle = name_key(text)
    if db.is_sqlite:
        return func.instr(Learner.name_key, needle) > 0
    return Learner.name_key.like("%" + _like_escaped(needle) + "%", escape="\\")


def _like_escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def search_learners(db: Database, text: str, limit: int = SEARCH_LIMIT,
                    include_archived: bool = False) -> list[Learner]:
    """At most ``limit`` learners whose name contains ``text``, ignoring case and accents:
    first those whose name begins with it (found by the index, in the order of names),
    then those with it further on. Empty text finds nobody."""
    if not name_key(text) or limit <= 0:
        return []
    shown = _shown(include_archived).order_by(Learner.name_key, Learner.id)
    with db.snapshot() as session:
        found = list(session.scalars(shown.where(name_prefix(db, text)).limit(limit)))
        if len(found) < limit:
            found += session.scalars(
                shown.where(name_contains(db, text), ~name_prefix(db, text))
                .limit(limit - len(found)))
    return found


def find_learners(db: Database, text: str, limit: int = 1000) -> list[Learner]:
    """Learners whose name contains ``text``, ignoring case and accents' absence (at
    most ``limit``: see ``search_learners``)."""
    return search_learners(db, text, limit)


class StoredLearners(Sequence[Learner]):
    """The learners the picker shows, as a sequence read page by page from the database
    (``list_learners``' order) with ``search``: the picker never loads them all.

    The length is counted once, when first asked; a new ``StoredLearners`` counts again."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._count: int | None = None

    def __len__(self) -> int:
        if self._count is None:
            self._count = count_learners(self.db)
        return self._count

    @overload
    def __getitem__(self, index: int) -> Learner: ...

    @overload
    def __getitem__(self, index: slice) -> list[Learner]: ...

    def __getitem__(self, index: int | slice) -> Learner | list[Learner]:
        if isinstance(index, slice):
            start, stop, step = index.indices(len(self))
            if step != 1:
                return list(self[start:stop])[::step]
            return recent_learners(self.db, start, stop - start) if stop > start else []
        position = index + len(self) if index < 0 else index
        found = recent_learners(self.db, position, 1) if 0 <= position < len(self) else []
        if not found:
            raise IndexError(index)
        return found[0]

    def search(self, text: str, limit: int = SEARCH_LIMIT) -> list[Learner]:
        return search_learners(self.db, text, limit)


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
