"""Attempts: the append-only record of every finished exercise."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select

from tutor.attempt import FinishedAttempt, sane_json
from tutor.store.db import Database
from tutor.store.models import Attempt


def record_attempt(
    db: Database,
    learner_id: uuid.UUID,
    skill: str,
    exercise_id: str,
    pack_id: str,
    pack_version: str,
    started_at: datetime,
    finished_at: datetime,
    score: float,
    passed: bool,
    metrics: Mapping[str, Any] | None = None,
    details: Mapping[str, Any] | None = None,
    attempt_id: uuid.UUID | None = None,
) -> Attempt:
    """Write one attempt and commit it. When this returns, it is on disk."""
    if not 0.0 <= score <= 1.0:
        raise ValueError("score is a fraction from 0 to 1")
    if not (sane_json(dict(metrics or {})) and sane_json(dict(details or {}))):
        raise ValueError("metrics and details are finite JSON values (no NaN)")
    attempt = Attempt(
        id=attempt_id or uuid.uuid4(),
        learner_id=learner_id,
        skill=skill,
        exercise_id=exercise_id,
        pack_id=pack_id,
        pack_version=pack_version,
        started_at=started_at,
        finished_at=finished_at,
        score=score,
        passed=passed,
        metrics=dict(metrics or {}),
        details=dict(details or {}),
    )
    with db.writing() as session:
        session.add(attempt)
    return attempt


def save_attempt(db: Database, learner_id: uuid.UUID, finished: FinishedAttempt) -> Attempt:
    """Record what an engine finished, in one committed transaction."""
    return record_attempt(
        db, learner_id, finished.skill, finished.exercise_id, finished.pack_id,
        finished.pack_version, finished.started_at, finished.finished_at, finished.score,
        finished.passed, metrics=finished.metrics, details=finished.details,
        attempt_id=finished.id)


def attempts_of(db: Database, learner_id: uuid.UUID, skill: str | None = None,
                counted_only: bool = False) -> list[Attempt]:
    """A learner's attempts, oldest first (optionally in one skill; ``counted_only``: only
    this PC's and those a trusted centre vouched for, as reports count them)."""
    from tutor.store.overview import counted_attempts

    query = select(Attempt).where(Attempt.learner_id == learner_id)
    if counted_only:
        query = query.where(counted_attempts())
    if skill is not None:
        query = query.where(Attempt.skill == skill)
    query = query.order_by(Attempt.finished_at, Attempt.id)
    with db.reading() as session:
        return list(session.scalars(query))


def recent_attempts(db: Database, learner_id: uuid.UUID, limit: int = 5) -> list[Attempt]:
    query = (
        select(Attempt)
        .where(Attempt.learner_id == learner_id)
        .order_by(Attempt.finished_at.desc())
        .limit(limit)
    )
    with db.reading() as session:
        return list(session.scalars(query))


@dataclass(frozen=True)
class SkillActivity:
    attempts: int
    passed_exercises: int  # distinct exercises passed at least once
    last: datetime | None


def passed_exercises(db: Database, learner_id: uuid.UUID) -> set[tuple[str, str]]:
    """(pack id, exercise id) of every exercise the learner passed at least once."""
    query = (select(Attempt.pack_id, Attempt.exercise_id)
             .where(Attempt.learner_id == learner_id, Attempt.passed.is_(True)).distinct())
    with db.reading() as session:
        return {(pack, exercise) for pack, exercise in session.execute(query)}


def activity_by_skill(db: Database, learner_id: uuid.UUID) -> dict[str, SkillActivity]:
    """Per skill: how many attempts, how many different exercises passed, when last."""
    totals = (
        select(Attempt.skill, func.count(), func.max(Attempt.finished_at))
        .where(Attempt.learner_id == learner_id)
        .group_by(Attempt.skill)
    )
    passed = (
        select(Attempt.skill, func.count(func.distinct(Attempt.pack_id + "/" + Attempt.exercise_id)))
        .where(Attempt.learner_id == learner_id, Attempt.passed.is_(True))
        .group_by(Attempt.skill)
    )
    with db.reading() as session:
        passed_by_skill = {skill: count for skill, count in session.execute(passed)}
        return {
            skill: SkillActivity(count, passed_by_skill.get(skill, 0), last)
            for skill, count, last in session.execute(totals)
        }
