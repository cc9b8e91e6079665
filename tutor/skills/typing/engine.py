"""A typing exercise as it happens: what is typed, where the errors are, how fast.

The engine works on the *characters* a keyboard produces, not on physical keys, so a
French ``ê`` made with the dead key ``^`` then ``e`` counts as one keystroke of ``ê``,
and Arabic input counts as the letters it makes. Time is given by the caller (seconds,
any origin), so everything here is testable without waiting.

Definitions (also in docs/metrics.md):

- A *keystroke* is one character typed (a backspace is a correction, not a keystroke).
- *Accuracy* = correct keystrokes / all keystrokes, corrected ones included, in %.
- A *position* of the text counts as an *error* if any wrong keystroke came there before
  the right one (even if it was then corrected).
- *Backspace* erases only what the learner typed: with "stop on errors", the wrong key
  shown where the lesson stopped (never a right letter before it); otherwise the
  characters back to the first wrong one still written (the right letters before it
  stay). A backspace with nothing of that kind to erase is ignored and not counted.
- *Speed*: every keystroke (and backspace) after the first has a gap since the one
  before. Gaps longer than 10 s are pauses and are left out with the character they
  bring. CPM = characters advanced in the remaining gaps / their total time × 60;
  WPM = CPM / 5 (a word is 5 characters).
- *Per key* (the character that was expected): presses, errors, and the mean time of
  its correct presses (gaps under 10 s).

A data-entry drill (:class:`DataEntrySession`) is counted differently: keystrokes per
hour and fields right. When a try ends, its session builds the
:class:`~tutor.attempt.FinishedAttempt` that the room hands to ``RoomHost.finish``, with
the verdict of :mod:`tutor.skills.typing.grading`; the time of the start and of the end
are given by the caller.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum

from tutor.attempt import FinishedAttempt
from tutor.skills.typing.grading import DataEntryGrade, LessonGrade, thresholds
from tutor.skills.typing.model import TypingExercise

SKILL = "typing"

PAUSE_SECONDS = 10.0
CHARS_PER_WORD = 5
BACKSPACE = "\b"


class Outcome(Enum):
    CORRECT = "correct"
    WRONG = "wrong"
    CORRECTION = "correction"  # a backspace
    IGNORED = "ignored"  # finished, or a backspace where none is allowed


@dataclass(frozen=True)
class Keystroke:
    """One entry of the keystroke log, kept in the attempt so statistics can be rebuilt."""

    expected: str  # the character that was due
    typed: str  # the character typed, or "\b" for a backspace
    time: float  # seconds since the first keystroke
    correct: bool
    advanced: bool  # did the cursor move on (a right key, or a wrong one marked)?

    def as_list(self) -> list:
        return [self.expected, self.typed, round(self.time, 3), self.correct, self.advanced]

    @classmethod
    def from_list(cls, item: list) -> Keystroke:
        expected, typed, time, correct, advanced = item
        return cls(str(expected), str(typed), float(time), bool(correct), bool(advanced))


@dataclass
class KeyStats:
    presses: int = 0
    errors: int = 0
    correct_time: float = 0.0  # total seconds of correct presses that count for speed
    timed: int = 0  # how many correct presses have a time

    @property
    def accuracy(self) -> float:
        return 100.0 * (self.presses - self.errors) / self.presses if self.presses else 0.0

    @property
    def mean_time(self) -> float | None:
        return self.correct_time / self.timed if self.timed else None

    @property
    def wpm(self) -> float | None:
        mean = self.mean_time
        return 60.0 / mean / CHARS_PER_WORD if mean else None


@dataclass(frozen=True)
class Metrics:
    keystrokes: int
    correct: int
    corrections: int
    errors: int  # positions with an error
    characters: int  # characters advanced in timed gaps (the numerator of speed)
    active_seconds: float
    per_key: dict[str, KeyStats]

    @property
    def accuracy(self) -> float:
        return 100.0 * self.correct / self.keystrokes if self.keystrokes else 0.0

    @property
    def cpm(self) -> float:
        return self.characters / self.active_seconds * 60.0 if self.active_seconds else 0.0

    @property
    def wpm(self) -> float:
        return self.cpm / CHARS_PER_WORD

    def summary(self) -> dict:
        return {
            "wpm": round(self.wpm, 2),
            "cpm": round(self.cpm, 1),
            "accuracy": round(self.accuracy, 2),
            "keystrokes": self.keystrokes,
            "correct": self.correct,
            "corrections": self.corrections,
            "error_positions": self.errors,
            "active_seconds": round(self.active_seconds, 3),
            "error_keys": {k: s.errors for k, s in sorted(self.per_key.items()) if s.errors},
        }


def metrics_from_log(log: Iterable[Keystroke], error_positions: int | None = None) -> Metrics:
    """Compute the metrics of a keystroke log (also used to rebuild statistics)."""
    keystrokes = correct = corrections = characters = 0
    active = 0.0
    per_key: dict[str, KeyStats] = {}
    previous: float | None = None
    wrong_here: set[int] = set()
    position = 0
    pending = False  # a wrong key that did not move on (stop on errors) is shown
    for stroke in log:
        gap = None if previous is None else stroke.time - previous
        previous = stroke.time
        timed = gap is not None and gap <= PAUSE_SECONDS
        if timed:
            active += gap  # type: ignore[operator]
        if stroke.typed == BACKSPACE:
            corrections += 1
            if pending:  # it erased the wrong key shown, not a letter before it
                pending = False
            else:
                position = max(0, position - 1)
            continue
        keystrokes += 1
        stats = per_key.setdefault(stroke.expected, KeyStats())
        stats.presses += 1
        if stroke.correct:
            correct += 1
            if timed:
                stats.correct_time += gap  # type: ignore[operator]
                stats.timed += 1
        else:
            stats.errors += 1
            wrong_here.add(position)
        pending = not stroke.correct and not stroke.advanced
        if stroke.advanced:
            position += 1
            if timed:
                characters += 1
    return Metrics(
        keystrokes=keystrokes,
        correct=correct,
        corrections=corrections,
        errors=len(wrong_here) if error_positions is None else error_positions,
        characters=characters,
        active_seconds=active,
        per_key=per_key,
    )


@dataclass(frozen=True)
class Lesson:
    """What a try is of, for its record, and what it must reach: a lesson of a pack (see
    :meth:`of`), or the adaptive practice (``tutor.skills.typing.adaptive.lesson``)."""

    pack_id: str
    pack_version: str
    exercise_id: str
    language: str  # the pack's language
    min_wpm: float
    min_accuracy: float
    min_kph: int = 0  # data entry

    @classmethod
    def of(cls, exercise: TypingExercise, pack_id: str, pack_version: str, language: str,
           settings: Mapping) -> Lesson:
        """A lesson of a pack, with its thresholds as the learner's trainer set them."""
        min_wpm, min_accuracy = thresholds(exercise, settings)
        return cls(pack_id, pack_version, exercise.id, language, min_wpm, min_accuracy,
                   exercise.min_kph)


class TypingSession:
    """The state of one exercise: the text, the cursor, the errors, the log.

    ``stop_on_error``: a wrong key does not move on; it is shown where it was typed
    (``pending``) until the right key replaces it or a backspace erases it.
    Otherwise the wrong character is written, marked, and the cursor moves on; with
    ``allow_backspace`` the learner may go back and correct it (the position still
    counts as an error), but never erase the right letters before the first error.
    """

    def __init__(self, text: str, stop_on_error: bool = True, allow_backspace: bool = True):
        if not text:
            raise ValueError("nothing to type")
        self.text = text
        self.stop_on_error = stop_on_error
        self.allow_backspace = allow_backspace
        self.position = 0
        self.typed: list[str] = []  # what is written at each position before the cursor
        self.error_positions: set[int] = set()
        self.pending = ""  # stop on errors: the wrong key typed where the lesson stopped
        self.log: list[Keystroke] = []
        self._start: float | None = None

    # -- input ------------------------------------------------------------------------
    @property
    def finished(self) -> bool:
        return self.position >= len(self.text)

    @property
    def expected(self) -> str:
        return "" if self.finished else self.text[self.position]

    def type_text(self, text: str, now: float) -> list[Outcome]:
        """Several characters at once, as an input method may commit them."""
        return [self.type_char(char, now) for char in text]

    def type_char(self, char: str, now: float) -> Outcome:
        if self.finished:
            return Outcome.IGNORED
        if self._start is None:
            self._start = now
        expected = self.expected
        correct = char == expected
        advance = correct or not self.stop_on_error
        self.log.append(Keystroke(expected, char, now - self._start, correct, advance))
        if not correct:
            self.error_positions.add(self.position)
        self.pending = "" if advance else char
        if advance:
            self.typed.append(char)
            self.position += 1
        return Outcome.CORRECT if correct else Outcome.WRONG

    @property
    def first_wrong(self) -> int | None:
        """The first position before the cursor where a wrong character is written."""
        return next((i for i in range(len(self.typed)) if self.is_wrong_at(i)), None)

    @property
    def erasable(self) -> int:
        """How many characters Backspace may erase now: the wrong key shown where the
        lesson stopped; else what was written from the first wrong character on."""
        if not self.allow_backspace or self.finished:
            return 0
        if self.pending:
            return 1
        first = self.first_wrong
        return 0 if first is None else self.position - first

    def backspace(self, now: float) -> Outcome:
        """Erase the last thing the learner typed, if :attr:`erasable`."""
        if not self.erasable:
            return Outcome.IGNORED
        if self._start is None:
            self._start = now
        if self.pending:
            self.pending = ""
        else:
            self.position -= 1
            self.typed.pop()
        self.log.append(
            Keystroke(self.text[self.position], BACKSPACE, now - self._start, False, False)
        )
        return Outcome.CORRECTION

    # -- state for the screen ----------------------------------------------------------
    def is_wrong_at(self, index: int) -> bool:
        """Is what is written at ``index`` (before the cursor) not the text's character?"""
        return index < len(self.typed) and self.typed[index] != self.text[index]

    def metrics(self) -> Metrics:
        return metrics_from_log(self.log, len(self.error_positions))

    def log_as_lists(self) -> list[list]:
        """The keystroke log for the attempt's details."""
        return [stroke.as_list() for stroke in self.log]

    # -- the end --------------------------------------------------------------------------
    def grade(self, lesson: Lesson) -> LessonGrade:
        metrics = self.metrics()
        return LessonGrade(metrics.wpm, metrics.accuracy, lesson.min_wpm, lesson.min_accuracy)

    def attempt(self, lesson: Lesson, layout: str, started_at: datetime,
                finished_at: datetime) -> FinishedAttempt:
        """The finished try, to be recorded: the metrics' summary with the stars and the
        thresholds applied; the keystroke log, the text, the layout and the options."""
        grade = self.grade(lesson)
        return FinishedAttempt(
            SKILL, lesson.pack_id, lesson.pack_version, lesson.exercise_id, started_at,
            finished_at, grade.score, grade.passed,
            metrics={**self.metrics().summary(), "stars": grade.stars,
                     "min_wpm": lesson.min_wpm, "min_accuracy": lesson.min_accuracy},
            details={"keys": self.log_as_lists(), "text": self.text, "layout": layout,
                     "language": lesson.language, "stop_on_error": self.stop_on_error},
        )


def log_from_lists(items: Iterable[list]) -> list[Keystroke]:
    """Read back a stored keystroke log (see ``TypingSession.log_as_lists``)."""
    return [Keystroke.from_list(item) for item in items]


@dataclass
class DataEntrySession:
    """Copying a table into a form, row by row, as in data-entry job tests.

    Speed is in keystrokes per hour (KPH): every key pressed in the form (characters,
    backspaces, Tab, Enter) from the first to the last. Accuracy is the share of fields
    whose value is exactly right (spaces around a value do not count).
    """

    columns: list[str]
    rows: list[list[str]]
    row: int = 0
    keystrokes: int = 0
    first: float | None = None
    last: float | None = None
    answers: list[list[str]] = field(default_factory=list)

    @classmethod
    def of(cls, exercise: TypingExercise) -> DataEntrySession:
        return cls(list(exercise.columns), [list(row) for row in exercise.rows])

    @property
    def finished(self) -> bool:
        return self.row >= len(self.rows)

    @property
    def row_number(self) -> int:
        """The row being typed, counted from 1 (the last one once finished)."""
        return min(self.row + 1, len(self.rows))

    def key(self, now: float) -> None:
        if self.first is None:
            self.first = now
        self.last = now
        self.keystrokes += 1

    def submit(self, values: list[str]) -> list[bool]:
        """The values typed for the current row; which fields are right."""
        expected = self.rows[self.row]
        typed = [v.strip() for v in values]
        self.answers.append(typed)
        self.row += 1
        return [a == b for a, b in zip(typed, expected, strict=True)]

    @property
    def fields_right(self) -> int:
        return sum(
            a == b for answer, row in zip(self.answers, self.rows, strict=False)
            for a, b in zip(answer, row, strict=True)
        )

    @property
    def accuracy(self) -> float:
        total = len(self.answers) * len(self.columns)
        return 100.0 * self.fields_right / total if total else 0.0

    @property
    def kph(self) -> float:
        if self.first is None or self.last is None or self.last <= self.first:
            return 0.0
        return self.keystrokes / ((self.last - self.first) / 3600)

    # -- the end --------------------------------------------------------------------------
    def grade(self, lesson: Lesson) -> DataEntryGrade:
        return DataEntryGrade(self.kph, self.accuracy, lesson.min_kph, lesson.min_accuracy)

    def attempt(self, lesson: Lesson, started_at: datetime,
                finished_at: datetime) -> FinishedAttempt:
        """The finished drill, to be recorded: speed, fields right, the answers typed."""
        grade = self.grade(lesson)
        return FinishedAttempt(
            SKILL, lesson.pack_id, lesson.pack_version, lesson.exercise_id, started_at,
            finished_at, grade.score, grade.passed,
            metrics={"kph": round(self.kph), "accuracy": round(self.accuracy, 2),
                     "keystrokes": self.keystrokes, "stars": grade.stars,
                     "min_kph": lesson.min_kph},
            details={"answers": [list(answer) for answer in self.answers]},
        )
