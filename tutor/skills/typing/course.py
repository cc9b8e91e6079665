"""A learner's way through the typing courses, derived from their attempts.

- Which lessons of a course are open: the first lesson, every lesson up to the last one
  passed (with at least one star), and the one after it; the stars shown are the best
  of all tries; the lesson selected is the furthest one open.
- The next lesson after a try; the last try before this one (for "Last time").
- The course a room opens with, and the course that fits another keyboard.

Attempts are read through their fields only (a stored ``Attempt`` row or any object
with ``pack_id``, ``exercise_id`` and ``metrics``), so this needs neither Qt nor the
database.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from tutor.content import LessonPack
from tutor.i18n import LANGUAGES
from tutor.skills.typing.lessons import layout_id
from tutor.skills.typing.model import TypingExercise
from tutor.skills.typing.results import star_marks


class Tried(Protocol):
    """What is read of an attempt."""

    @property
    def pack_id(self) -> str: ...
    @property
    def exercise_id(self) -> str: ...
    @property
    def metrics(self) -> Mapping[str, Any]: ...


T = TypeVar("T", bound=Tried)


def best_stars(attempts: Iterable[Tried], pack_id: str) -> dict[str, int]:
    """The most stars earned in each exercise of a course (exercise id -> stars)."""
    best: dict[str, int] = {}
    for attempt in attempts:
        if attempt.pack_id == pack_id:
            best[attempt.exercise_id] = max(best.get(attempt.exercise_id, 0),
                                            int(attempt.metrics.get("stars", 0)))
    return best


@dataclass(frozen=True)
class LessonState:
    """One line of the lessons list."""

    exercise_id: str
    number: int  # from 1
    title: str
    stars: int  # the best of the tries
    locked: bool

    @property
    def label(self) -> str:
        return f"{self.number}. {self.title}   {star_marks(self.stars)}"


@dataclass(frozen=True)
class CourseProgress:
    lessons: tuple[LessonState, ...]
    current: int  # the row to select: the last lesson open (-1 in an empty course)


def course_progress(pack_id: str, exercises: Sequence[TypingExercise],
                    attempts: Iterable[Tried]) -> CourseProgress:
    """Which lessons are open, with their stars: a lesson opens when the one before it
    is passed (the lessons up to the last one passed stay open)."""
    best = best_stars(attempts, pack_id)
    open_until = 0
    for index, exercise in enumerate(exercises):
        if best.get(exercise.id, 0) > 0:
            open_until = index + 1
    lessons = tuple(
        LessonState(exercise.id, index + 1, exercise.title, best.get(exercise.id, 0),
                    locked=index > open_until)
        for index, exercise in enumerate(exercises)
    )
    return CourseProgress(lessons, min(open_until, len(exercises) - 1))


def next_exercise(exercises: Sequence[TypingExercise], exercise_id: str) -> TypingExercise | None:
    """The lesson after ``exercise_id`` in its course, or None after the last."""
    ids = [e.id for e in exercises]
    index = ids.index(exercise_id) + 1
    return exercises[index] if index < len(exercises) else None


def last_try(attempts: Iterable[T], pack_id: str, exercise_id: str) -> T | None:
    """The latest of the tries of one exercise (attempts oldest first)."""
    earlier = [a for a in attempts if a.pack_id == pack_id and a.exercise_id == exercise_id]
    return earlier[-1] if earlier else None


# -- courses ----------------------------------------------------------------------------
def exercises_of(pack: LessonPack) -> list[TypingExercise]:
    """A typing pack's lessons (a pack of the typing skill holds typing exercises)."""
    return [e for e in pack.exercises if isinstance(e, TypingExercise)]


def course_layout(pack: LessonPack) -> str:
    """The keyboard of a course: that of its first lesson ("" for an empty course)."""
    exercises = exercises_of(pack)
    return layout_id(exercises[0], pack.language) if exercises else ""


def sorted_courses(packs: Iterable[LessonPack]) -> list[LessonPack]:
    """The courses in the order of the list: by language, then id."""
    return sorted(packs, key=lambda p: (p.language, p.id))


def course_label(pack: LessonPack) -> str:
    """A course in the list: its title and its language, named in that language."""
    return f"{pack.title} · {LANGUAGES.get(pack.language, pack.language)}"


def default_course(packs: Sequence[LessonPack], saved: str | None, language: str,
                   keyboard_layout: str) -> LessonPack | None:
    """The course a room opens with: the one chosen last time; else one in the
    learner's lesson language, for their keyboard, a course before a data-entry pack."""

    def rank(pack: LessonPack) -> tuple:
        return (pack.id != saved, pack.language != language,
                course_layout(pack) != keyboard_layout, "data" in pack.id, pack.id)

    return min(packs, key=rank) if packs else None


def course_for_keyboard(packs: Sequence[LessonPack], layout: str,
                        language: str) -> LessonPack | None:
    """A course for the keyboard ``layout`` (the learner's keys fit it better),
    preferably in ``language`` and not a data-entry pack."""
    fitting = [p for p in packs if p.exercises and course_layout(p) == layout]
    if not fitting:
        return None
    return min(fitting, key=lambda p: (p.language != language, "data" in p.id, p.id))
