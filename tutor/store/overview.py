"""The class as the trainer sees it: one row per learner, aggregated by the database.

Everything is derived from attempts. The skill whose best figure the class view shows
(typing speed) is not named here: the caller passes it from the skill registry.

Attempts brought in progress files that could not be checked (``Attempt.provenance``
says ``"verified": false``) are counted like the others on the trainer's screen, and
left out with ``verified_only`` (reports and certificates): each row then says how many
were left out, so nothing is mixed in silently.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    String,
    and_,
    case,
    false,
    func,
    literal,
    or_,
    select,
    true,
    type_coerce,
)
from sqlalchemy.orm import Session

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


PAGE_SIZE = 100  # learners in one page of the trainer's table (more than a screen shows)


@dataclass
class OverviewPage:
    """One page of the class, in the order of names: ``rows`` from ``offset``, of
    ``total`` learners (the whole class, or those the search found)."""

    rows: list[LearnerRow]
    total: int
    offset: int


def _learners(include_archived: bool) -> Select[uuid.UUID, str, str, bool]:
    query = select(Learner.id, Learner.display_name, Learner.picture, Learner.archived)
    return query if include_archived else query.where(Learner.archived == false())


def class_overview(db: Database, best: BestMetric | None = None,
                   include_archived: bool = False, verified_only: bool = False) -> list[LearnerRow]:
    """One row per learner, the whole class (the CSV, the class report). Counts, dates
    and figures are aggregated by the database, all in one snapshot: learners and
    attempts others add meanwhile are either wholly in it or not at all.
    ``verified_only``: the figures count this PC's attempts and verified ones only."""
    with db.snapshot() as session:
        rows = {learner_id: LearnerRow(learner_id, name, picture, archived)
                for learner_id, name, picture, archived in session.execute(_learners(include_archived))}
        _aggregate(db, session, rows, best, verified_only, page=False)
    return sorted(rows.values(), key=lambda r: r.name.casefold())


def class_page(db: Database, best: BestMetric | None = None, search: str = "", offset: int = 0,
               limit: int = PAGE_SIZE, include_archived: bool = False,
               verified_only: bool = False) -> OverviewPage:
    """One page of the class for the trainer's table: the learners whose name contains
    ``search`` (folded; everyone when empty), in the order of names, ``limit`` of them
    from ``offset``; their figures as ``class_overview``'s, aggregated for this page's
    learners alone (the attempts' index by learner), all in one snapshot."""
    from tutor.store.learners import name_contains

    query = _learners(include_archived)
    if search.strip():
        query = query.where(name_contains(db, search))
    with db.snapshot() as session:
        total = int(session.scalar(select(func.count()).select_from(query.subquery())) or 0)
        offset = max(0, min(offset, total - 1 if total else 0))
        page = query.order_by(Learner.name_key, Learner.id).offset(offset).limit(max(0, limit))
        rows = {learner_id: LearnerRow(learner_id, name, picture, archived)
                for learner_id, name, picture, archived in session.execute(page)}
        if rows:
            _aggregate(db, session, rows, best, verified_only, page=True)
    return OverviewPage(list(rows.values()), total, offset)


def learner_overview(db: Database, learner_id: uuid.UUID, best: BestMetric | None = None,
                     verified_only: bool = False) -> LearnerRow | None:
    """One learner's row, as ``class_overview`` would give it (archived or not), read
    from their attempts alone, in one snapshot: a progress report or certificate needs
    no more. None if there is no such learner."""
    with db.snapshot() as session:
        found = session.execute(_learners(True).where(Learner.id == learner_id)).first()
        if found is None:
            return None
        row = LearnerRow(*found)
        _aggregate(db, session, {row.id: row}, best, verified_only, page=True)
    return row


def _aggregate(db: Database, session: Session, rows: dict[uuid.UUID, LearnerRow],
               best: BestMetric | None, verified_only: bool, page: bool) -> None:
    """Fill ``rows``' figures from their learners' attempts: three grouped queries, none
    per learner, each reading the attempts once (a page's through the index by learner;
    a whole class's all of them): the counts, the best figure, the exercises where help
    is needed. ``page``: the attempts of ``rows``' learners only."""
    scope = Attempt.learner_id.in_(list(rows)) if page else true()
    counted = counted_attempts() if verified_only else None
    # The learner column is read as text here: turning 100,000 values into UUID
    # objects would cost more than the query itself.
    raw_id = type_coerce(Attempt.learner_id, String)
    by_hex = {learner_id.hex: row for learner_id, row in rows.items()}
    # One damaged row (a NaN written by an older Tutor, a hand-edited database) must
    # not close the class view: SQLite's JSON functions fail on the whole query, so
    # such rows are counted for their learner and left out of the figures.
    readable = func.json_valid(Attempt.metrics) == 1 if db.is_sqlite else None

    def of_counted(condition: ColumnElement[bool] | None = None) -> ColumnElement[bool] | None:
        both = [c for c in (counted, condition) if c is not None]
        return and_(*both) if both else None

    def number(condition: ColumnElement[bool] | None) -> ColumnElement[int]:
        return func.count() if condition is None else func.count(case((condition, 1)))

    last = Attempt.finished_at if counted is None else case((counted, Attempt.finished_at))
    exercise = Attempt.pack_id + "/" + Attempt.exercise_id
    passed = of_counted(Attempt.passed.is_(True))
    assert passed is not None
    totals = select(
        raw_id, Attempt.skill, number(counted), func.max(last),
        func.count(func.distinct(case((passed, exercise)))),
        number(unverified_attempts()),
        number(of_counted(~readable)) if readable is not None else literal(0),
    ).where(scope).group_by(Attempt.learner_id, Attempt.skill)
    for raw, skill, count, latest, exercises, doubtful, damaged in session.execute(totals):
        row = by_hex.get(_hex(raw))
        if row is None:
            continue
        if count:
            row.skills[skill] = SkillSummary(exercises, count)
            if row.last_activity is None or latest > row.last_activity:
                row.last_activity = latest
        row.unverified += doubtful
        row.left_out = row.unverified if verified_only else 0
        row.unreadable += damaged
    every = counted if counted is not None else true()
    if best is not None:
        for raw, figure, companion in session.execute(_best(best, scope, every, readable)):
            row = by_hex.get(_hex(raw))
            if row is not None:
                row.best_wpm, row.best_accuracy = figure, companion
    for raw, skill, exercise_id in session.execute(_stuck(scope, every)):
        row = by_hex.get(_hex(raw))
        if row is not None:
            row.stuck_on.append(f"{skill}/{exercise_id}")
    for row in rows.values():
        row.stuck_on.sort()


def _stuck(scope: ColumnElement[bool], counted: ColumnElement[bool]) -> Select[Any, str, str]:
    """"Needs help": an exercise failed HELP_AFTER_FAILURES times since its last pass (or
    ever), found in one reading of the attempts (the last pass by a window)."""
    keys = (Attempt.learner_id, Attempt.skill, Attempt.pack_id, Attempt.exercise_id)
    tries = select(
        type_coerce(Attempt.learner_id, String).label("learner"), Attempt.skill.label("skill"),
        Attempt.pack_id.label("pack"), Attempt.exercise_id.label("exercise"),
        Attempt.passed.label("passed"), Attempt.finished_at.label("finished"),
        func.max(case((Attempt.passed.is_(True), Attempt.finished_at))).over(
            partition_by=keys).label("last_pass"),
    ).where(scope, counted).subquery()
    return (
        select(tries.c.learner, tries.c.skill, tries.c.exercise)
        .where(tries.c.passed.is_(False),
               or_(tries.c.last_pass.is_(None), tries.c.finished > tries.c.last_pass))
        .group_by(tries.c.learner, tries.c.skill, tries.c.pack, tries.c.exercise)
        .having(func.count() >= HELP_AFTER_FAILURES)
    )


def _best(best: BestMetric, scope: ColumnElement[bool], counted: ColumnElement[bool],
          readable: ColumnElement[bool] | None) -> Select[Any, float | None, float | None]:
    """Each learner's best ``best.metric`` (a finite number) and the companion figure of
    that same attempt (the earliest of equals), ranked by the database."""
    figure: ColumnElement[float | None] = Attempt.metrics[best.metric].as_float()
    companion: ColumnElement[float | None] = Attempt.metrics[best.companion].as_float()
    if readable is not None:  # CASE: SQLite never reads a damaged row's JSON
        figure, companion = case((readable, figure)), case((readable, companion))
    ranked = (
        select(type_coerce(Attempt.learner_id, String).label("learner"), figure.label("figure"),
               companion.label("companion"),
               func.row_number().over(partition_by=Attempt.learner_id,
                                      order_by=(figure.desc(), Attempt.finished_at)).label("rank"))
        # (NaN, infinities and missing figures compare false: never the best)
        .where(scope, Attempt.skill == best.skill, counted, figure > -FINITE, figure < FINITE)
        .subquery()
    )
    return select(ranked.c.learner, ranked.c.figure, ranked.c.companion).where(ranked.c.rank == 1)


FINITE = 1e300


def _hex(value: object) -> str:
    """A learner id as read raw: hex text (SQLite) or a UUID (PostgreSQL)."""
    return value.hex if isinstance(value, uuid.UUID) else str(value).replace("-", "")
