"""The verdict of a typing try: thresholds, stars, passed, the figures shown."""

import pytest

from tutor.skills.typing.grading import (
    DataEntryGrade,
    LessonGrade,
    data_entry_stars,
    stars,
    thresholds,
)
from tutor.skills.typing.model import TypingExercise


def lesson(**fields):
    return TypingExercise(id="a", title="A", kind="text", text="fjf jjf", **fields)


def test_the_trainer_lowers_the_thresholds_never_below_zero():
    exercise = lesson(min_wpm=20, min_accuracy=90)
    assert thresholds(exercise, {}) == (20, 90)
    assert thresholds(exercise, {"min_wpm_scale": 0.8, "min_accuracy_drop": 2}) == (16, 88)
    assert thresholds(exercise, {"min_accuracy_drop": 95}) == (20, 0)
    assert thresholds(exercise, {"min_wpm_scale": "0.5"}) == (10, 90)  # stored as text


@pytest.mark.parametrize(
    "kph,accuracy,expected",
    [(999, 100, 0),  # too slow
     (1000, 89.9, 0),  # too many fields wrong
     (1000, 90, 1), (1249, 100, 1),
     (1250, 90, 2), (1499, 100, 2),
     (1500, 97.9, 2),  # fast, but three stars need 98% of the fields
     (1500, 98, 3), (5000, 100, 3)],
)
def test_data_entry_stars_by_keystrokes_per_hour_and_fields_right(kph, accuracy, expected):
    assert data_entry_stars(kph, accuracy, min_kph=1000, min_accuracy=90) == expected


def test_data_entry_stars_are_not_the_typing_lessons_rule():
    # A typing lesson's second star asks for accuracy halfway to 100%; data entry's does not.
    assert data_entry_stars(1250, 90, 1000, 90) == 2
    assert stars(12.5, 90, 10, 90) == 1
    # Three stars need 98% of the fields even when less is asked.
    assert data_entry_stars(1500, 97, 1000, 80) == 2


def test_data_entry_without_a_speed_asked_is_judged_on_the_fields():
    assert data_entry_stars(0.0, 100, 0, 92) == 3
    assert data_entry_stars(0.0, 95, 0, 92) == 2
    assert data_entry_stars(0.0, 91, 0, 92) == 0


def test_a_lesson_grade_passes_with_one_star_and_scores_stars_over_three():
    failed = LessonGrade(wpm=9, accuracy=99, min_wpm=10, min_accuracy=92)
    assert (failed.stars, failed.passed, failed.score) == (0, False, 0)
    good = LessonGrade(wpm=12.5, accuracy=96, min_wpm=10, min_accuracy=92)
    assert (good.stars, good.passed, good.score) == (2, True, pytest.approx(2 / 3))


def test_the_lesson_verdict_carries_the_figures_rounded_as_shown():
    verdict = LessonGrade(wpm=12.345, accuracy=87.54, min_wpm=8.04, min_accuracy=92).verdict()
    assert (verdict.passed, verdict.score) == (False, 0)
    speed, accuracy = verdict.feedback
    assert speed.passed and not accuracy.passed
    assert speed.context == accuracy.context == "TypingRoom"
    assert speed.text == ("Speed: 12.3 words per minute (62 characters per minute), "
                          "asked: 8.0 words per minute.")
    assert accuracy.text == "Accuracy: 87.5%, asked: 92%."


def test_the_data_entry_verdict_carries_its_figures():
    grade = DataEntryGrade(kph=1234.6, accuracy=93.333, min_kph=1000, min_accuracy=92)
    verdict = grade.verdict()
    assert (verdict.passed, verdict.score) == (True, pytest.approx(1 / 3))
    assert [f.text for f in verdict.feedback] == [
        "Speed: 1235 keystrokes per hour, asked: 1000.",
        "Fields right: 93.3%, asked: 92%.",
    ]
