"""The coding skill's checks: a program -> a verdict (pure logic: the programs run in
the sandbox, no screen)."""

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from tutor import cli
from tutor.grading import Feedback, Verdict
from tutor.skills.coding.explanations import parse
from tutor.skills.coding.grading import (
    check_output,
    grade,
    has_value,
    limits_for,
    shown_feedback,
    uses,
)
from tutor.skills.coding.model import CodingExercise, OutputCheck, RuleCheck
from tutor.skills.coding.sandbox import Outcome


def exercise(**fields):
    base = {"id": "x", "title": "X", "explanation": "e", "task": "t",
            "solution": 'print("Hello")', "time_limit": 1.0}
    return CodingExercise.model_validate({**base, **fields})


# -- output, rules and calls -------------------------------------------------------------

def test_output_rules_for_spaces_and_case():
    check = OutputCheck(expected="Total: 5")
    assert check_output(check, "Total: 5   \n\n", "Total: 5").passed
    assert not check_output(check, "total: 5\n", "Total: 5").passed
    assert "capital and small letters" in check_output(check, "total: 5\n", "Total: 5").text
    assert check_output(OutputCheck(case="ignore"), "TOTAL: 5\n", "Total: 5").passed
    assert check_output(OutputCheck(spaces="collapse"), "Total:   5\n", "Total: 5").passed
    assert not check_output(OutputCheck(spaces="exact"), " Total: 5\n", "Total: 5").passed
    wrong = check_output(check, "1\n2\n", "1\n3")
    assert "Line 2 of your output is not right" in wrong.text
    assert "printed nothing" in check_output(check, "", "Total: 5").text
    assert "stops too early" in check_output(check, "1\n", "1\n2").text


def test_rules_on_the_syntax_tree():
    tree = parse("total = 0\nfor n in range(3):\n    total += n\nprint(total)")
    assert uses(tree, "for") and not uses(tree, "while")
    assert uses(tree, "call:range") and uses(tree, "augassign")
    assert has_value(parse("print(42)"), 42)
    assert not has_value(parse("sales = [42, 1]\nprint(max(sales))"), 42)
    with pytest.raises(ValidationError):
        RuleCheck(require="loop", message="m")
    with pytest.raises(ValidationError):
        RuleCheck(require="for", forbid="while", message="m")


def test_grading_a_function_against_the_reference_with_random_arguments():
    ex = exercise(solution="def add(a, b):\n    return a + b",
                  calls=[{"function": "add", "args": [[1, 2]], "random": ["int:0:9", "int:0:9"]}])
    assert grade(ex, "def add(a, b):\n    return b + a", seed=3).verdict.passed
    wrong = grade(ex, "def add(a, b):\n    return a - b", seed=3).verdict
    assert not wrong.passed
    assert "add(1, 2) gives -1, but it should give 3." in [f.text for f in wrong.feedback]
    printed = grade(ex, "def add(a, b):\n    print(a + b)", seed=3).verdict
    assert "prints its result" in printed.feedback[-1].text
    missing = grade(ex, "def plus(a, b):\n    return a + b", seed=3).verdict
    assert "There is no function named add" in missing.feedback[-1].text


def test_a_hard_coded_answer_fails_random_inputs():
    ex = exercise(solution="def double(n):\n    return 2 * n",
                  calls=[{"function": "double", "args": [[2]], "random": ["int:10:1000"]}])
    assert not grade(ex, "def double(n):\n    return 4", seed=1).verdict.passed


def test_a_watched_run_is_reused_when_nothing_differs():
    ex = exercise(output={"expected": "Hello"})
    seen = Outcome("ok", output="Hello\n", program_output="Hello\n")
    assert grade(ex, "print(", seen=seen).verdict.passed is False  # not even read
    assert grade(ex, 'print("Hello")', seen=seen).verdict.passed
    stuck = Outcome("timeout")
    result = grade(ex, "while True:\n    pass", seen=stuck)
    assert not result.verdict.passed and "still running" in result.verdict.feedback[0].text


def test_tutor_grade_prints_a_json_verdict(tmp_path, capsys):
    answer = tmp_path / "answer.py"
    answer.write_text('print("Hello, world!")\n')
    args = ["--data-dir", str(tmp_path / "data"), "grade", "--exercise",
            "coding-en-1-first-steps/print-hello", str(answer)]
    assert cli.main(args) == 0
    verdict = json.loads(capsys.readouterr().out)
    assert verdict["passed"] is True and verdict["score"] == 1.0
    answer.write_text("print(Hello)\n")
    assert cli.main(args) == 1
    verdict = json.loads(capsys.readouterr().out)
    assert verdict["passed"] is False
    assert "Python does not know the name 'Hello'" in verdict["feedback"][0]["message"]


# -- open-ended learner code --------------------------------------------------------------

PIECES = ["print(", ")", "(", "'", '"', ":", "\n", "    ", "if x", "for i in range(3)",
          "x = ", "1", "0", "/", "+", "input()", "int(", "while True", "def f", "return",
          "[", "]", "{", "}", "x", "#", "\t", "é", "\x00", "\\"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES), max_size=25).map("".join) | st.text(max_size=60))
def test_any_text_as_a_program_gives_a_verdict_and_a_plain_explanation(code):
    ex = exercise(output={"expected": "Hello"}, time_limit=0.5)
    result = grade(ex, code, seed=0)
    assert 0.0 <= result.verdict.score <= 1.0
    assert result.outcome.status in ("ok", "error", "exit", "timeout", "memory", "output")
    if result.explanation is not None:
        text = result.explanation.format()
        assert text and "Traceback" not in text
        assert result.explanation.line is None or isinstance(result.explanation.line, int)


def test_an_error_inside_a_checked_call_is_explained_on_its_own_line():
    ex = exercise(solution="def share(total, people):\n    return total / people",
                  calls=[{"function": "share", "args": [[10, 2]]}])
    verdict = grade(ex, "def share(total, people):\n    return total / (people - 2)",
                    seed=0).verdict
    texts = [f.text for f in verdict.feedback if not f.passed]
    assert texts == ["share(10, 2) stopped with an error:",
                     "Line 2: your program divided by zero, which is impossible. Check the "
                     "number after /, // or %."]
    assert verdict.score == 0.5  # the explanation does not count twice


def test_the_time_limit_comes_from_the_trainer_the_lab_or_the_exercise():
    ex = exercise(time_limit=3.0)
    assert limits_for(ex, None, {}).time_s == 3.0
    assert limits_for(ex, None, {"TUTOR_CODING_TIME_LIMIT": "10"}).time_s == 10.0
    assert limits_for(ex, 7.0, {"TUTOR_CODING_TIME_LIMIT": "10"}).time_s == 7.0
    assert limits_for(ex, None, {"TUTOR_CODING_TIME_LIMIT": "soon"}).time_s == 3.0
    assert limits_for(None, None, {}).time_s == 5.0


def test_a_learner_reads_what_went_wrong_or_everything_when_all_passed():
    ran = Feedback("runs", True, "ran")
    wrong = Feedback("output", False, "wrong")
    assert shown_feedback(Verdict.from_feedback([ran, wrong])) == [wrong]
    assert shown_feedback(Verdict.from_feedback([ran])) == [ran]


def test_a_forbidden_value_rule_fails_only_when_the_value_is_written():
    ex = exercise(solution="sales = [3, 4]\nprint(sum(sales))", output={},
                  rules=[{"forbid_value": 7, "message": "Let Python add them up."}])
    assert grade(ex, "sales = [3, 4]\nprint(sum(sales))", seed=0).verdict.passed
    hard_coded = grade(ex, "print(7)", seed=0).verdict
    assert [f.text for f in hard_coded.feedback if not f.passed] == ["Let Python add them up."]
