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
- *Speed*: every keystroke (and backspace) after the first has a gap since the one
  before. Gaps longer than 10 s are pauses and are left out with the character they
  bring. CPM = characters advanced in the remaining gaps / their total time × 60;
  WPM = CPM / 5 (a word is 5 characters).
- *Per key* (the character that was expected): presses, errors, and the mean time of
  its correct presses (gaps under 10 s).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

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
    for stroke in log:
        gap = None if previous is None else stroke.time - previous
        previous = stroke.time
        timed = gap is not None and gap <= PAUSE_SECONDS
        if timed:
            active += gap  # type: ignore[operator]
        if stroke.typed == BACKSPACE:
            corrections += 1
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


class TypingSession:
    """The state of one exercise: the text, the cursor, the errors, the log.

    ``stop_on_error``: a wrong key does not move on; the learner types the right one.
    Otherwise the wrong character is written, marked, and the cursor moves on; with
    ``allow_backspace`` the learner may go back and correct it (the position still
    counts as an error).
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
        if advance:
            self.typed.append(char)
            self.position += 1
        return Outcome.CORRECT if correct else Outcome.WRONG

    def backspace(self, now: float) -> Outcome:
        if not self.allow_backspace or self.position == 0 or self.finished:
            return Outcome.IGNORED
        if self._start is None:
            self._start = now
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


def log_from_lists(items: Iterable[list]) -> list[Keystroke]:
    """Read back a stored keystroke log (see ``TypingSession.log_as_lists``)."""
    return [Keystroke.from_list(item) for item in items]


# -- passing a lesson -----------------------------------------------------------------
def stars(wpm: float, accuracy: float, min_wpm: float, min_accuracy: float) -> int:
    """0 (not passed) to 3 stars.

    One star: both thresholds met. Two: also 25% faster than asked and halfway from the
    accuracy asked to 100%. Three: 50% faster and at least 98% accurate (or the
    accuracy asked, if that is higher).
    """
    if wpm < min_wpm or accuracy < min_accuracy:
        return 0
    if wpm >= min_wpm * 1.5 and accuracy >= max(98.0, min_accuracy):
        return 3
    if wpm >= min_wpm * 1.25 and accuracy >= min_accuracy + (100 - min_accuracy) / 2:
        return 2
    return 1
