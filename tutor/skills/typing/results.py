"""What the results page says after a try: the title, the stars, the figures (with the
thresholds applied and the last try's), the keys that caused errors.

Texts are English sources marked in the room's translation context (``TypingRoom``)
with their parameters; the room translates them with ``tutor.i18n.qt.translated``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from tutor.grading import Verdict
from tutor.i18n import QT_TRANSLATE_NOOP
from tutor.skills.typing.grading import MAX_STARS, DataEntryGrade, LessonGrade

CONTEXT = "TypingRoom"


def star_marks(stars: int) -> str:
    """★ for each star earned, ☆ for each missing: "★★☆"."""
    return "★" * stars + "☆" * (MAX_STARS - stars)


def error_keys_text(error_keys: Mapping[str, int]) -> str:
    """"f ×2  ␣ ×1" (a space shown as ␣), or "—" when no key caused an error."""
    return "  ".join(f"{k if k.strip() else '␣'} ×{n}" for k, n in error_keys.items()) or "—"


@dataclass(frozen=True)
class Line:
    """A text to show: its English source (context ``TypingRoom``) and parameters."""

    source: str
    params: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Results:
    stars: int
    passed: bool
    figures: tuple[Line, ...]  # one per line
    error_keys: Mapping[str, int] | None  # None: no keys to show (data entry)
    next_offered: bool  # may the learner go on to the next lesson?

    @property
    def marks(self) -> str:
        return star_marks(self.stars)

    @property
    def title(self) -> Line:
        """Shown once the try is saved."""
        return Line(QT_TRANSLATE_NOOP("TypingRoom", "Well done! Saved.") if self.passed
                    else QT_TRANSLATE_NOOP("TypingRoom", "Not yet. Saved. Try again!"))

    @property
    def stars_name(self) -> Line:
        return Line(QT_TRANSLATE_NOOP("TypingRoom", "{count} stars of 3"), {"count": self.stars})

    @property
    def errors(self) -> Line | None:
        if self.error_keys is None:
            return None
        return Line(QT_TRANSLATE_NOOP("TypingRoom", "Keys that caused errors: {keys}"),
                    {"keys": error_keys_text(self.error_keys)})


def _figures(verdict: Verdict) -> list[Line]:
    return [Line(f.message, f.params) for f in verdict.feedback]


def lesson_results(grade: LessonGrade, error_keys: Mapping[str, int],
                   previous: Mapping[str, Any] | None, in_course: bool) -> Results:
    """After a typing lesson (``in_course``) or the adaptive practice; ``previous``: the
    metrics of the try before, if any."""
    figures = _figures(grade.verdict())
    if previous is not None:
        figures.append(Line(
            QT_TRANSLATE_NOOP("TypingRoom",
                              "Last time: {wpm} words per minute, accuracy {accuracy}%."),
            {"wpm": round(previous.get("wpm", 0), 1),
             "accuracy": round(previous.get("accuracy", 0), 1)}))
    return Results(grade.stars, grade.passed, tuple(figures), dict(error_keys),
                   next_offered=grade.passed and in_course)


def data_entry_results(grade: DataEntryGrade, previous: Mapping[str, Any] | None) -> Results:
    """After a data-entry drill; ``previous``: the metrics of the try before, if any."""
    figures = _figures(grade.verdict())
    if previous is not None:
        figures.append(Line(
            QT_TRANSLATE_NOOP("TypingRoom", "Last time: {kph} keystrokes per hour."),
            {"kph": previous.get("kph", 0)}))
    return Results(grade.stars, grade.passed, tuple(figures), None,
                   next_offered=grade.passed)
