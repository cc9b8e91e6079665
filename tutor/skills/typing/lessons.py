"""From a lesson in a pack to the text a learner types; data-entry drills; thresholds."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from tutor import cues
from tutor.skills.typing.exercise import LAYOUT_OF_LANGUAGE, TypingExercise
from tutor.skills.typing.textgen import practice_text


def layout_id(exercise: TypingExercise, language: str) -> str:
    return exercise.layout or LAYOUT_OF_LANGUAGE.get(language, "us")


def lesson_text(exercise: TypingExercise, language: str, rng: random.Random) -> str:
    """The text of one try of ``exercise`` (generated lessons differ from try to try)."""
    if exercise.kind == "sentences" and exercise.sentences:
        sentences = list(exercise.sentences)
        chosen: list[str] = []
        start = rng.randrange(len(sentences))
        while sum(len(s) + 1 for s in chosen) < exercise.length and len(chosen) < len(sentences):
            chosen.append(sentences[(start + len(chosen)) % len(sentences)])
        return _clean(" ".join(chosen))
    if exercise.text:
        return _clean(exercise.text, keep_lines="\n" in exercise.keys)
    return practice_text(language, exercise.keys, exercise.length, rng, focus=exercise.new_keys)


def _clean(text: str, keep_lines: bool = False) -> str:
    """Spaces made single; line breaks too, unless Enter is one of the lesson's keys
    (the numeric keypad's drills type a number, then Enter)."""
    if keep_lines:
        lines = (" ".join(line.split()) for line in text.split("\n"))
        return "\n".join(line for line in lines if line) + ("\n" if text.endswith("\n") else "")
    return " ".join(text.split())


def thresholds(exercise: TypingExercise, settings: dict) -> tuple[float, float]:
    """The lesson's minimum speed and accuracy, lowered for a learner by their trainer
    (learner settings "typing": {"min_wpm_scale": 0.8, "min_accuracy_drop": 2})."""
    scale = float(settings.get("min_wpm_scale", 1.0))
    drop = float(settings.get("min_accuracy_drop", 0.0))
    return exercise.min_wpm * scale, max(0.0, exercise.min_accuracy - drop)


@dataclass
class DataEntrySession:
    """Copying a table into a form, row by row, as in data-entry job tests.

    Speed is in keystrokes per hour (KPH): every key pressed in the form (characters,
    backspaces, Tab, Enter) from the first to the last. Accuracy is the share of fields
    whose value is exactly right.
    """

    columns: list[str]
    rows: list[list[str]]
    row: int = 0
    keystrokes: int = 0
    first: float | None = None
    last: float | None = None
    answers: list[list[str]] = field(default_factory=list)

    @property
    def finished(self) -> bool:
        return self.row >= len(self.rows)

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


def cue(exercise: TypingExercise) -> cues.Cue:
    """The picture and short words above a lesson's instructions."""
    if exercise.kind == "data-entry":
        return cues.COPY_INTO_FORM
    if exercise.layout == "keypad":
        return cues.TYPE_ON_KEYPAD
    return cues.TYPE_TEXT
