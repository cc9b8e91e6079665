"""The database tables: learners and their attempts.

Attempts are the source of truth: one append-only row per finished exercise. Everything
else a learner sees (progress per skill, unlocked lessons, per-key statistics, badges) is
derived from them, so progress from two PCs merges as a union of attempts by UUID.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    Uuid,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, validates

from tutor.text import fold

# Stable constraint names, so Alembic migrations work the same on SQLite and PostgreSQL.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """A timestamp stored in UTC and always read back time-zone aware.

    SQLite keeps no time zone; PostgreSQL does. Either way the application sees aware
    UTC datetimes, so attempts from PCs in Paris, Kakuma and Amman sort together.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("timestamps must be time-zone aware")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


NAME_KEY_MAX = 400


def name_key(name: str) -> str:
    """A learner's name as searches compare it (``tutor.text.fold``: no case, no accents)."""
    return fold(name)[:NAME_KEY_MAX]


def _name_key_default(context: Any) -> str:
    """The key of a row inserted without one (SQLAlchemy Core inserts)."""
    return name_key(context.get_current_parameters()["display_name"])


class Learner(Base):
    __tablename__ = "learners"
    __table_args__ = (
        # Searching by name (a prefix: LIKE 'ami%' on PostgreSQL, whatever its collation)
        # and the class in the order of names, page by page.
        Index("ix_learners_name_key", "archived", "name_key",
              postgresql_ops={"name_key": "text_pattern_ops"}),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    display_name: Mapped[str] = mapped_column(String(80))
    # ``name_key(display_name)``, kept by ``validates`` below (and the default for Core).
    name_key: Mapped[str] = mapped_column(String(NAME_KEY_MAX), default=_name_key_default)
    picture: Mapped[str] = mapped_column(String(40))
    ui_language: Mapped[str] = mapped_column(String(8), default="en")
    keyboard_layout: Mapped[str] = mapped_column(String(16), default="us")
    text_size: Mapped[str] = mapped_column(String(16), default="normal")
    # Per-learner options of the skills (typing: stop on error...), small and open-ended.
    settings: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    pin_hash: Mapped[str | None] = mapped_column(String(200), default=None)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_used_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)

    attempts: Mapped[list[Attempt]] = relationship(back_populates="learner")

    @validates("display_name")
    def _keep_name_key(self, _key: str, name: str) -> str:
        self.name_key = name_key(name)
        return name

    @property
    def has_pin(self) -> bool:
        return self.pin_hash is not None

    @property
    def key(self) -> str:
        """The id as text (as ``db.LearnerSummary.key``: the picker keys its tiles by it)."""
        return str(self.id)

    def __repr__(self) -> str:
        return f"<Learner {self.display_name!r} {self.id}>"


class Attempt(Base):
    """One finished exercise. Rows are only ever added, never changed."""

    __tablename__ = "attempts"
    __table_args__ = (
        Index("ix_attempts_learner_skill", "learner_id", "skill"),
        Index("ix_attempts_learner_finished", "learner_id", "finished_at"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    learner_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("learners.id"))
    skill: Mapped[str] = mapped_column(String(32))
    exercise_id: Mapped[str] = mapped_column(String(128))
    pack_id: Mapped[str] = mapped_column(String(128))
    pack_version: Mapped[str] = mapped_column(String(32))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    finished_at: Mapped[datetime] = mapped_column(UTCDateTime)
    score: Mapped[float] = mapped_column(Float)
    passed: Mapped[bool] = mapped_column(Boolean)
    # Figures of the attempt (speed, accuracy, criteria met...).
    metrics: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # What is needed to rebuild statistics: the keystroke log of a typing exercise, the
    # learner's answer, whether a solution was revealed...
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # Where an attempt brought in a progress file comes from (``tutor.store.progress_file``):
    # NULL for an attempt recorded on this PC; {"verified": true, "centre": ..., "proof":
    # ..., "certificate": ...} when a centre this PC trusts vouched for it; {"verified":
    # false, "why": "edited" | "unsigned" | "unknown centre" | "revoked"} otherwise.
    provenance: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True), default=None)

    learner: Mapped[Learner] = relationship(back_populates="attempts")

    def __repr__(self) -> str:
        return f"<Attempt {self.skill}/{self.exercise_id} {self.score:.2f} {self.id}>"


class LearnerAlias(Base):
    """Another UUID under which a learner's progress may arrive: a profile made on
    another PC and linked to this one, or a profile merged into this one."""

    __tablename__ = "learner_aliases"

    alias_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    learner_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("learners.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class AppSetting(Base):
    """Settings of this installation: its id, the trainer's password hash, the centre."""

    __tablename__ = "app_settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    # Text: the centre cards a PC trusts are kept in one value, several KB with a few.
    value: Mapped[str] = mapped_column(Text)


class OutboxEntry(Base):
    """An attempt of this PC the centre server has not confirmed yet (``tutor.store.outbox``).

    On SQLite a trigger adds the row in the transaction that adds the attempt, whoever adds
    it (a room, a progress file), so no attempt can be committed without it; the row goes
    once the server has the attempt. The centre server's own table stays empty.
    """

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_tries_queued", "tries", "queued_at"),)

    attempt_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    queued_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    tries: Mapped[int] = mapped_column(Integer, default=0)  # deliveries the server refused
    last_error: Mapped[str | None] = mapped_column(String(200), default=None)
