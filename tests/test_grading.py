import json

from tutor.grading import Feedback, Verdict


def test_weighted_score_and_pass_mark():
    feedback = [
        Feedback("a", True, "Good {x}", {"x": 1}, weight=3),
        Feedback("b", False, "Missing {what}", {"what": "subject"}, weight=1),
    ]
    verdict = Verdict.from_feedback(feedback)
    assert verdict.score == 0.75 and not verdict.passed
    assert Verdict.from_feedback(feedback, pass_mark=0.75).passed
    data = json.loads(verdict.dumps())
    assert data == {
        "passed": False,
        "score": 0.75,
        "feedback": [
            {"criterion": "a", "passed": True, "message": "Good 1"},
            {"criterion": "b", "passed": False, "message": "Missing subject"},
        ],
    }


def test_no_criteria_is_no_pass():
    assert Verdict.from_feedback([]) == Verdict(False, 0.0, ())
