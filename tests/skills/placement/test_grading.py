"""A placement item is right when the skill's verdict passed and its measured criteria
(speed, accuracy) meet the level's thresholds."""

from tutor.grading import Feedback, Verdict
from tutor.skills.placement.grading import item_right, meets_thresholds
from tutor.skills.typing.grading import LessonGrade


def test_a_passed_verdict_is_right_and_a_failed_one_wrong():
    met = Feedback("recipients", True, "ok", essential=True)
    missing = Feedback("recipients", False, "missing", essential=True)
    assert item_right(Verdict.from_feedback([met]))
    assert not item_right(Verdict.from_feedback([missing]))


def test_typing_is_right_only_at_the_levels_speed_and_accuracy():
    # The lesson asks 20 words per minute at 92 %.
    assert item_right(LessonGrade(24.0, 95.0, 20, 92).verdict())
    assert not item_right(LessonGrade(18.0, 97.0, 20, 92).verdict())  # too slow
    assert not item_right(LessonGrade(30.0, 90.0, 20, 92).verdict())  # too many slips
    # A verdict that passed on its score alone with a measured criterion unmet is wrong.
    lenient = Verdict(True, 0.5, (Feedback("speed", False, "slow"),
                                  Feedback("accuracy", True, "ok")))
    assert not item_right(lenient)


def test_thresholds_by_figures():
    assert meets_thresholds(20, 92, 20, 92)
    assert not meets_thresholds(19.9, 99, 20, 92)
    assert not meets_thresholds(40, 91.9, 20, 92)
