"""Verdicts of computer-basics attempts: what passes, what fails, and why."""

from __future__ import annotations

from tutor.skills.basics.grading import (
    PointerFigures,
    allowed_slips,
    grade_pointer,
    grade_steps,
)


def test_slips_allowed_grow_with_the_steps():
    assert [allowed_slips(n) for n in (1, 2, 3, 4, 7, 10)] == [1, 1, 1, 2, 3, 5]


def test_a_step_exercise_done_with_few_slips_passes():
    verdict = grade_steps(4, 4, 2)
    assert verdict.passed and verdict.score == 1.0
    assert [f.text for f in verdict.feedback] == ["Steps done: 4 of 4.",
                                                   "Slips: 2 (at most 2)."]


def test_a_step_skipped_fails_whatever_the_slips():
    verdict = grade_steps(4, 3, 0)
    assert not verdict.passed
    assert [f.criterion for f in verdict.missing_essentials] == ["all-steps"]


def test_too_many_slips_fail():
    verdict = grade_steps(4, 4, 3)
    assert not verdict.passed
    assert [f.criterion for f in verdict.missing_essentials] == ["few-slips"]


def test_a_newcomer_who_hits_every_target_near_its_edge_passes():
    figures = PointerFigures(targets=8, done=8, first_try=7, min_hits=0.8, accuracy=0.85)
    verdict = grade_pointer(figures)
    assert verdict.passed  # 7 of 8 = 0.875 >= 0.8; the aim is advice only
    accuracy = next(f for f in verdict.feedback if f.criterion == "accuracy")
    assert not accuracy.passed and accuracy.text == (
        "Aim: on average 85% of the way from the centre to the edge.")
    assert verdict.score == 0.75  # (1 + 2) of (1 + 2 + 1)


def test_too_few_targets_right_the_first_time_fail():
    verdict = grade_pointer(PointerFigures(targets=8, done=8, first_try=6, min_hits=0.8,
                                           accuracy=0.2))
    assert not verdict.passed
    first = next(f for f in verdict.feedback if f.criterion == "first-try")
    assert first.text == "Right the first time: 6 of 8 (asked: 7)."
    assert first.essential


def test_targets_not_done_fail():
    verdict = grade_pointer(PointerFigures(targets=8, done=5, first_try=5, min_hits=0.5))
    assert not verdict.passed
    assert "all-targets" in [f.criterion for f in verdict.missing_essentials]


def test_double_clicks_too_slow_are_advice_not_a_fail():
    verdict = grade_pointer(PointerFigures(targets=4, done=4, first_try=4, min_hits=0.5,
                                           accuracy=0.3, doubles=8, doubles_in_time=4))
    assert verdict.passed
    speed = next(f for f in verdict.feedback if f.criterion == "double-click-speed")
    assert not speed.passed and speed.text == "Double-clicks fast enough: 4 of 8."
    assert verdict.score == 0.8  # 4 of 5
