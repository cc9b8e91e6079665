"""A learner's way through the typing courses, derived from their attempts.

- Which lessons of a course are open: the first lesson, every lesson up to the last one
  passed (with at least one star), and the one after it; the stars shown are the best
  of all tries; the lesson selected is the furthest one open.
- The next lesson after a try; the last try before this one (for "Last time").
- The keys the lessons passed so far have taught (what adaptive practice may use).
- The course a room opens with, and the course that fits another keyboard: the
  program's own courses before a trainer's extra packs, unless the learner chose one.

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
from tutor.paths import resource
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


def taught_keys(pack_id: str, exercises: Sequence[TypingExercise],
                attempts: Iterable[Tried]) -> str:
    """The characters the lessons passed so far (with at least one star) have taught, in
    the order the course teaches them: each lesson's ``keys`` (its ``text`` or
    ``sentences`` when it has none), without repeats. Lessons after the furthest one
    passed teach nothing yet; "" before the first is passed."""
    best = best_stars(attempts, pack_id)
    passed = [i for i, e in enumerate(exercises) if best.get(e.id, 0) > 0]
    if not passed:
        return ""
    taught: dict[str, None] = {}
    for exercise in exercises[: passed[-1] + 1]:
        if exercise.kind == "data-entry":
            continue
        for char in exercise.keys or exercise.text or "".join(exercise.sentences):
            taught.setdefault(char, None)
    return "".join(taught)


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


def shipped(pack: LessonPack) -> bool:
    """Is this one of the program's own courses (not a trainer's extra pack)?"""
    return pack.path.resolve().is_relative_to(resource("lessons").resolve())


def default_course(packs: Sequence[LessonPack], saved: str | None, language: str,
                   keyboard_layout: str, used_last: str | None = None) -> LessonPack | None:
    """The course a room opens with: the one the learner chose last time; else one in
    the learner's lesson language, for their keyboard, the program's own before a
    trainer's extra pack, the one used last (``used_last``: the pack of the learner's
    latest try), a course before a data-entry pack."""

    def rank(pack: LessonPack) -> tuple:
        return (pack.id != saved, pack.language != language,
                course_layout(pack) != keyboard_layout, not shipped(pack),
                pack.id != used_last, "data" in pack.id, pack.id)

    return min(packs, key=rank) if packs else None


def course_for_keyboard(packs: Sequence[LessonPack], layout: str,
                        language: str) -> LessonPack | None:
    """A course for the keyboard ``layout`` (the learner's keys fit it better),
    preferably in ``language``, the program's own, and not a data-entry pack."""
    fitting = [p for p in packs if p.exercises and course_layout(p) == layout]
    if not fitting:
        return None
    return min(fitting, key=lambda p: (p.language != language, not shipped(p),
                                       "data" in p.id, p.id))
