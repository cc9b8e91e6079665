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


def test_a_missing_essential_fails_whatever_the_score():
    feedback = [
        Feedback("stance", False, "You decline; the task asks you to accept.", essential=True),
        Feedback("greeting", True, "Greeting", weight=5),
        Feedback("closing", True, "Closing", weight=5),
        Feedback("time", False, "Give the time: {time}", {"time": "9:00"}, essential=True),
    ]
    verdict = Verdict.from_feedback(feedback, pass_mark=0.5)
    assert verdict.score == round(10 / 12, 4) and not verdict.passed
    assert [f.criterion for f in verdict.missing_essentials] == ["stance", "time"]
    assert json.loads(verdict.dumps())["feedback"][0]["essential"] is True
    met = [Feedback(f.criterion, True, f.message, f.params, weight=f.weight,
                    essential=f.essential) for f in feedback]
    assert Verdict.from_feedback(met, pass_mark=0.5).passed
