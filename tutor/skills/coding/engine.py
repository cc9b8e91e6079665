"""A learner's work on one coding exercise, from opening it to finishing it: tries,
hints, a revealed solution, the attempt to record; and what the room keeps in the
learner's coding settings (drafts, where they were, the editor's text size).

Pure Python (no Qt). Time is an input: the room passes the moments in, nothing here
reads a clock. The checks themselves are ``grading``'s.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol

from tutor.attempt import FinishedAttempt
from tutor.content.schema import ExerciseBase
from tutor.errors import TutorError
from tutor.grading import Verdict
from tutor.i18n import QT_TRANSLATE_NOOP
from tutor.skills.coding.grading import Grading
from tutor.skills.coding.model import CodingExercise
from tutor.skills.coding.sandbox import Outcome

if TYPE_CHECKING:
    from tutor.content.packs import LessonPack

SKILL = "coding"
MAX_STORED_CODE = 20_000  # characters of the learner's program kept with an attempt

# Keys of the learner's coding settings (besides the drafts, see ``code_key``).
LAST = "last"  # "PACK/EXERCISE": where the learner was
POINTS = "points"  # the editor's text size
TIME_LIMIT = "time_limit"  # seconds a program may run: a trainer's setting for a learner
DEFAULT_POINTS = 13.0


@dataclass
class ExerciseWork:
    """Tries, hints and a revealed solution, between opening an exercise of a pack and
    finishing it. Times come from the caller (testable without sleeping)."""

    exercise: CodingExercise
    started: datetime
    pack_id: str
    pack_version: str
    tries: int = 0
    hints_shown: int = 0
    revealed: bool = False
    last: Grading | None = None

    # -- hints and the solution -----------------------------------------------------------
    def next_hint(self) -> str | None:
        if self.hints_shown >= len(self.exercise.hints):
            return None
        self.hints_shown += 1
        return self.exercise.hints[self.hints_shown - 1]

    def shown_hints(self) -> list[str]:
        return list(self.exercise.hints[: self.hints_shown])

    @property
    def has_more_hints(self) -> bool:
        return self.hints_shown < len(self.exercise.hints)

    @property
    def can_reveal(self) -> bool:
        return self.tries >= self.exercise.reveal_after

    @property
    def may_show_solution(self) -> bool:
        """Whether "Show the solution" can be pressed now (once is enough)."""
        return self.can_reveal and not self.revealed

    @property
    def tries_before_solution(self) -> int:
        """How many more tries before the solution can be seen (0: it can)."""
        return max(0, self.exercise.reveal_after - self.tries)

    def reveal(self) -> str:
        if not self.can_reveal:
            raise TutorError(QT_TRANSLATE_NOOP(
                "coding", "Try a few more times before you look at the solution."))
        self.revealed = True
        return self.exercise.solution

    # -- tries and the attempt -----------------------------------------------------------
    def graded(self, grading: Grading) -> None:
        self.tries += 1
        self.last = grading

    @property
    def worth_recording(self) -> bool:
        """One attempt per finished exercise, and only after at least one try: opening
        a step and leaving it, or running only the example, records nothing."""
        return self.tries > 0

    def attempt(self, code: str, finished: datetime) -> FinishedAttempt:
        """The attempt to record (a revealed solution halves the score)."""
        verdict = self.last.verdict if self.last else Verdict(False, 0.0)
        score = verdict.score * (0.5 if self.revealed else 1.0)
        return FinishedAttempt(
            skill=SKILL,
            pack_id=self.pack_id,
            pack_version=self.pack_version,
            exercise_id=self.exercise.id,
            started_at=self.started,
            finished_at=finished,
            score=round(score, 4),
            passed=verdict.passed,
            metrics={"tries": self.tries, "hints": self.hints_shown,
                     "revealed": self.revealed,
                     "seconds": round((finished - self.started).total_seconds(), 1)},
            details={"code": code[:MAX_STORED_CODE], "revealed_solution": self.revealed,
                     "feedback": verdict.as_json()["feedback"],
                     "status": self.last.outcome.status if self.last else None},
        )


def counts_as_try(outcome: Outcome, example: bool) -> bool:
    """Whether a run that just ended is checked and counts as a try: the learner's own
    program that was not stopped by the learner (running the example is free)."""
    return not example and outcome.status != "stopped"


class _Finished(Protocol):
    @property
    def pack_id(self) -> str: ...
    @property
    def exercise_id(self) -> str: ...
    @property
    def passed(self) -> bool: ...


def passed_steps(attempts: Iterable[_Finished]) -> set[tuple[str, str]]:
    """The (pack, exercise) pairs a learner has passed, from their coding attempts."""
    return {(a.pack_id, a.exercise_id) for a in attempts if a.passed}


# -- the learner's coding settings ------------------------------------------------------------


def code_key(pack_id: str, exercise_id: str) -> str:
    """The key of a learner's draft in their coding settings."""
    return f"code:{pack_id}/{exercise_id}"


def draft(settings: Mapping[str, Any], pack_id: str, exercise: CodingExercise) -> str:
    """What the editor holds when an exercise opens: the learner's draft, or at first the
    exercise's starter code."""
    return str(settings.get(code_key(pack_id, exercise.id), exercise.starter.strip("\n")))


def place(pack_id: str, exercise_id: str) -> str:
    """The value of ``LAST`` for an exercise."""
    return f"{pack_id}/{exercise_id}"


def where_to_open(packs: Sequence[LessonPack], last: str) -> tuple[int, int]:
    """The pack (index) and step (row) where the learner was, or the first step of the
    first pack when that pack or step is gone. ``packs`` is not empty."""
    pack_id, _, exercise_id = last.partition("/")
    index = next((i for i, p in enumerate(packs) if p.id == pack_id), 0)
    row = next((i for i, e in enumerate(packs[index].exercises)
                if isinstance(e, ExerciseBase) and e.id == exercise_id), 0)
    return index, row


def editor_points(settings: Mapping[str, Any]) -> float:
    return float(settings.get(POINTS, DEFAULT_POINTS))


def trainer_time_limit(settings: Mapping[str, Any]) -> float | None:
    """A trainer's time limit for this learner's programs, in seconds, if any."""
    value = settings.get(TIME_LIMIT)
    return float(value) if isinstance(value, (int, float)) and value > 0 else None


def digest(code: str) -> str:
    return hashlib.sha256(code.encode()).hexdigest()[:16]
