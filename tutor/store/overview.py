"""The class as the trainer sees it: one row per learner, aggregated by the database.

Everything is derived from attempts. The skill whose best figure the class view shows
(typing speed) is not named here: the caller passes it from the skill registry.

Attempts brought in progress files that could not be checked (``Attempt.provenance``
says ``"verified": false``) are counted like the others on the trainer's screen, and
left out with ``verified_only`` (reports and certificates): each row then says how many
were left out, so nothing is mixed in silently.
"""

from __future__ import annotations

import math
import uuid
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import ColumnElement, String, and_, false, func, or_, select, true, type_coerce

from tutor.store.db import Database
from tutor.store.models import Attempt, Learner

HELP_AFTER_FAILURES = 3  # failed tries in a row on one exercise: "needs help"


@dataclass(frozen=True)
class BestMetric:
    """A skill's headline figure: the best ``metric`` of its attempts, and the
    ``companion`` metric of that same attempt (typing: the best speed, and its accuracy)."""

    skill: str
    metric: str
    companion: str


@dataclass
class SkillSummary:
    passed: int = 0  # different exercises passed
    attempts: int = 0


@dataclass
class LearnerRow:
    id: uuid.UUID
    name: str
    picture: str
    archived: bool
    skills: dict[str, SkillSummary] = field(default_factory=dict)
    best_wpm: float | None = None  # the BestMetric passed (typing speed)
    best_accuracy: float | None = None  # of the attempt with the best speed
    last_activity: datetime | None = None
    stuck_on: list[str] = field(default_factory=list)  # "skill/exercise" failed in a row
    unreadable: int = 0  # attempts whose figures cannot be read (a damaged row)
    unverified: int = 0  # attempts from another PC that could not be checked
    left_out: int = 0  # of those, left out of the figures (``verified_only``)

    @property
    def needs_help(self) -> bool:
        return bool(self.stuck_on)


def unverified_attempts() -> ColumnElement[bool]:
    """Attempts brought from another PC that could not be checked."""
    return and_(Attempt.provenance.is_not(None),
                Attempt.provenance["verified"].as_boolean() == false())


def counted_attempts() -> ColumnElement[bool]:
    """This PC's attempts, and those a trusted centre vouched for."""
    return or_(Attempt.provenance.is_(None), Attempt.provenance["verified"].as_boolean() == true())


def class_overview(db: Database, best: BestMetric | None = None,
                   include_archived: bool = False, verified_only: bool = False) -> list[LearnerRow]:
    """One row per learner. Counts and dates are aggregated by the database; only the
    small columns needed for the "needs help" streaks and the best speed come back.
    ``verified_only``: the figures count this PC's attempts and verified ones only."""
    rows: dict[uuid.UUID, LearnerRow] = {}
    counted = counted_attempts() if verified_only else true()
    with db.reading() as session:
        learners = select(Learner.id, Learner.display_name, Learner.picture, Learner.archived)
        if not include_archived:
            learners = learners.where(Learner.archived.is_(False))
        for learner_id, name, picture, archived in session.execute(learners):
            rows[learner_id] = LearnerRow(learner_id, name, picture, archived)
        totals = (select(Attempt.learner_id, Attempt.skill, func.count(),
                         func.max(Attempt.finished_at))
                  .where(counted).group_by(Attempt.learner_id, Attempt.skill))
        for learner_id, skill, count, last in session.execute(totals):
            row = rows.get(learner_id)
            if row is None:
                continue
            row.skills[skill] = SkillSummary(0, count)
            if row.last_activity is None or last > row.last_activity:
                row.last_activity = last
        passed = (
            select(Attempt.learner_id, Attempt.skill,
                   func.count(func.distinct(Attempt.pack_id + "/" + Attempt.exercise_id)))
            .where(Attempt.passed.is_(True), counted).group_by(Attempt.learner_id, Attempt.skill)
        )
        for learner_id, skill, count in session.execute(passed):
            if learner_id in rows:
                rows[learner_id].skills[skill].passed = count
        doubtful = (select(Attempt.learner_id, func.count()).where(unverified_attempts())
                    .group_by(Attempt.learner_id))
        for learner_id, count in session.execute(doubtful):
            if learner_id in rows:
                rows[learner_id].unverified = count
                rows[learner_id].left_out = count if verified_only else 0
        # The learner column is read as text here: turning 100,000 values into UUID
        # objects would cost more than the query itself.
        raw_id = type_coerce(Attempt.learner_id, String)
        by_hex = {learner_id.hex: row for learner_id, row in rows.items()}
        # One damaged row (a NaN written by an older Tutor, a hand-edited database) must
        # not close the class view: SQLite's JSON functions fail on the whole query, so
        # such rows are counted for their learner and left out of the figures.
        readable = func.json_valid(Attempt.metrics) if db.engine.dialect.name == "sqlite" \
            else None
        if readable is not None:
            damaged = (select(raw_id, func.count()).where(~readable, counted)
                       .group_by(Attempt.learner_id))
            for raw, count in session.execute(damaged):
                row = by_hex.get(_hex(raw))
                if row is not None:
                    row.unreadable = count
        if best is not None:
            speeds = select(raw_id, Attempt.metrics[best.metric].as_float(),
                            Attempt.metrics[best.companion].as_float()
                            ).where(Attempt.skill == best.skill, counted)
            if readable is not None:
                speeds = speeds.where(readable)
            for raw, wpm, accuracy in session.execute(speeds):
                row = by_hex.get(_hex(raw))
                if row is not None and wpm is not None and math.isfinite(wpm) and (
                        row.best_wpm is None or wpm > row.best_wpm):
                    row.best_wpm, row.best_accuracy = wpm, accuracy
        # "Needs help": failed tries on one exercise since its last pass (or ever).
        keys = (Attempt.learner_id, Attempt.skill, Attempt.pack_id, Attempt.exercise_id)
        last_pass = (
            select(*keys, func.max(Attempt.finished_at).label("last"))
            .where(Attempt.passed.is_(True), counted).group_by(*keys).subquery()
        )
        joined = and_(*(getattr(last_pass.c, k.key) == k for k in keys))
        stuck = (
            select(raw_id, Attempt.skill, Attempt.exercise_id)
            .select_from(Attempt).outerjoin(last_pass, joined)
            .where(Attempt.passed.is_(False), counted,
                   or_(last_pass.c.last.is_(None), Attempt.finished_at > last_pass.c.last))
            .group_by(*keys)
            .having(func.count() >= HELP_AFTER_FAILURES)
        )
        for raw, skill, exercise in session.execute(stuck):
            row = by_hex.get(_hex(raw))
            if row is not None:
                row.stuck_on.append(f"{skill}/{exercise}")
    return sorted(rows.values(), key=lambda r: r.name.casefold())


def _hex(value: object) -> str:
    """A learner id as read raw: hex text (SQLite) or a UUID (PostgreSQL)."""
    return value.hex if isinstance(value, uuid.UUID) else str(value).replace("-", "")
