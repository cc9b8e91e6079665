"""A finished exercise, as a skill's engine hands it over to be recorded.

Every room finishes an exercise the same way: its engine builds a :class:`FinishedAttempt`
(pure data: what was done, when, the score and the verdict's details), the room hands it
to ``RoomHost.finish``, which records it in one committed transaction
(``tutor.store.attempts.save_attempt``) and only then lets the room say "saved". The
stored ``Attempt`` row is the source of truth from which all progress is derived.
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

MAX_DEPTH = 16  # nesting of objects and lists in metrics and details
MAX_NUMBER = 1e15  # no figure of a learner's work is larger


def sane_json(value: object, depth: int = 0) -> bool:
    """JSON an attempt may hold: finite numbers of a sane size (no NaN, no Infinity),
    text, booleans, null, and objects and lists nested at most ``MAX_DEPTH`` deep.
    A NaN in a stored figure would break the database's JSON queries."""
    if depth > MAX_DEPTH:
        return False
    if value is None or isinstance(value, bool | str):
        return True
    if isinstance(value, int | float):
        return math.isfinite(value) and abs(value) <= MAX_NUMBER
    if isinstance(value, dict):
        return all(isinstance(k, str) and sane_json(v, depth + 1) for k, v in value.items())
    if isinstance(value, list | tuple):
        return all(sane_json(v, depth + 1) for v in value)
    return False


@dataclass(frozen=True)
class FinishedAttempt:
    skill: str
    pack_id: str
    pack_version: str
    exercise_id: str
    started_at: datetime
    finished_at: datetime
    score: float  # 0 to 1
    passed: bool
    metrics: Mapping[str, Any] = field(default_factory=dict)  # small numbers, queried
    details: Mapping[str, Any] = field(default_factory=dict)  # what was typed, feedback...
    id: uuid.UUID = field(default_factory=uuid.uuid4)

    def __post_init__(self) -> None:
        if not 0.0 <= self.score <= 1.0:
            raise ValueError("score is a fraction from 0 to 1")
        if self.finished_at < self.started_at:
            raise ValueError("an attempt cannot finish before it starts")
        if not (sane_json(dict(self.metrics)) and sane_json(dict(self.details))):
            raise ValueError("metrics and details are finite JSON values")

    @property
    def seconds(self) -> float:
        return (self.finished_at - self.started_at).total_seconds()
