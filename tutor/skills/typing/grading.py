"""A typing try -> its verdict: the thresholds that apply, the stars, passed or not.

Two kinds of try, each with one rule:

- a *typing lesson* (and the adaptive practice) is judged on words per minute and
  accuracy (:func:`stars`), against the lesson's thresholds as the learner's trainer may
  have lowered them (:func:`thresholds`);
- a *data-entry* drill is judged on keystrokes per hour and the share of fields right
  (:func:`data_entry_stars`).

A try passes when it earns at least one star; its score is stars / 3. The verdict's
two criteria carry the results page's figures as translatable messages (context
``TypingRoom``, where the room's other texts are).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from tutor.grading import Feedback, Verdict
from tutor.i18n import QT_TRANSLATE_NOOP
from tutor.skills.typing.model import TypingExercise

CONTEXT = "TypingRoom"
MAX_STARS = 3
# What each figure measures, said in full: a speed in words per minute is also given in
# characters per minute (a word is 5 characters), never as a bare count of characters.
SPEED_WPM = QT_TRANSLATE_NOOP(
    "TypingRoom",
    "Speed: {wpm} words per minute ({cpm} characters per minute), asked: {min} words per "
    "minute.")


def thresholds(exercise: TypingExercise, settings: Mapping) -> tuple[float, float]:
    """The lesson's minimum speed and accuracy, lowered for a learner by their trainer
    (learner settings "typing": {"min_wpm_scale": 0.8, "min_accuracy_drop": 2})."""
    scale = float(settings.get("min_wpm_scale", 1.0))
    drop = float(settings.get("min_accuracy_drop", 0.0))
    return exercise.min_wpm * scale, max(0.0, exercise.min_accuracy - drop)


def stars(wpm: float, accuracy: float, min_wpm: float, min_accuracy: float) -> int:
    """0 (not passed) to 3 stars for a typing lesson.

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


def data_entry_stars(kph: float, accuracy: float, min_kph: float, min_accuracy: float) -> int:
    """0 (not passed) to 3 stars for a data-entry drill.

    One star: both thresholds met. Two: also 25% faster than asked. Three: 50% faster
    and at least 98% of the fields right (whatever the accuracy asked).
    """
    if kph < min_kph or accuracy < min_accuracy:
        return 0
    if kph >= min_kph * 1.5 and accuracy >= 98:
        return 3
    if kph >= min_kph * 1.25:
        return 2
    return 1


class StarredGrade:
    """A try judged in stars: passed with at least one, scored stars / 3."""

    @property
    def stars(self) -> int:
        raise NotImplementedError

    @property
    def passed(self) -> bool:
        return self.stars > 0

    @property
    def score(self) -> float:
        return self.stars / MAX_STARS


@dataclass(frozen=True)
class LessonGrade(StarredGrade):
    """The verdict of a typing lesson (or adaptive practice) try."""

    wpm: float
    accuracy: float
    min_wpm: float
    min_accuracy: float

    @property
    def stars(self) -> int:
        return stars(self.wpm, self.accuracy, self.min_wpm, self.min_accuracy)

    def verdict(self) -> Verdict:
        speed = Feedback(
            "speed", self.wpm >= self.min_wpm,
            SPEED_WPM,
            {"wpm": round(self.wpm, 1), "cpm": round(self.wpm * 5),
             "min": round(self.min_wpm, 1)},
            context=CONTEXT,
        )
        accuracy = Feedback(
            "accuracy", self.accuracy >= self.min_accuracy,
            QT_TRANSLATE_NOOP("TypingRoom", "Accuracy: {accuracy}%, asked: {min}%."),
            {"accuracy": round(self.accuracy, 1), "min": round(self.min_accuracy, 1)},
            context=CONTEXT,
        )
        return Verdict(self.passed, self.score, (speed, accuracy))


@dataclass(frozen=True)
class DataEntryGrade(StarredGrade):
    """The verdict of a data-entry try."""

    kph: float
    accuracy: float  # % of the fields exactly right
    min_kph: int
    min_accuracy: float

    @property
    def stars(self) -> int:
        return data_entry_stars(self.kph, self.accuracy, self.min_kph, self.min_accuracy)

    def verdict(self) -> Verdict:
        speed = Feedback(
            "speed", self.kph >= self.min_kph,
            QT_TRANSLATE_NOOP("TypingRoom", "Speed: {kph} keystrokes per hour, asked: {min}."),
            {"kph": round(self.kph), "min": self.min_kph},
            context=CONTEXT,
        )
        accuracy = Feedback(
            "accuracy", self.accuracy >= self.min_accuracy,
            QT_TRANSLATE_NOOP("TypingRoom", "Fields right: {accuracy}%, asked: {min}%."),
            {"accuracy": round(self.accuracy, 1), "min": round(self.min_accuracy, 1)},
            context=CONTEXT,
        )
        return Verdict(self.passed, self.score, (speed, accuracy))
