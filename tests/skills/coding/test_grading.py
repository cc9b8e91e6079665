"""Checks and plain-word explanations of the coding skill (pure logic)."""

import json
import string

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from tutor import cli
from tutor.skills.coding import engine
from tutor.skills.coding.engine import (
    CodingExercise,
    ExerciseWork,
    OutputCheck,
    RuleCheck,
    check_output,
    explain,
    grade,
)
from tutor.skills.coding.sandbox import Limits, Outcome, run_program

SHORT = Limits(time_s=1.0, memory_mb=256, output_chars=5_000)


def exercise(**fields):
    base = {"id": "x", "title": "X", "explanation": "e", "task": "t",
            "solution": 'print("Hello")', "time_limit": 1.0}
    return CodingExercise.model_validate({**base, **fields})


def explained(code, answers=()):
    outcome = run_program(code, answers, SHORT)
    return explain(outcome, code, SHORT)


# -- errors in plain words --------------------------------------------------------------

def test_missing_colon():
    e = explained("price = 3\nif price > 2\n    print(price)")
    assert e.line == 2 and "must end with a colon" in e.format() and "'if'" in e.format()


def test_missing_colon_after_for_and_def():
    assert "'for'" in explained("for n in range(3)\n    print(n)").format()
    assert "'def'" in explained("def f()\n    return 1").format()


def test_bracket_never_closed():
    e = explained('total = 3\nprint("Total:", total\nprint("done")')
    assert e.line == 2 and "'(' is opened but never closed" in e.format()


def test_unclosed_quote():
    e = explained('print("Hello)')
    assert e.line == 1 and "not closed" in e.format()


def test_indentation_errors():
    e = explained("if True:\nprint('x')")
    assert e.line == 2 and "indented" in e.format() and "(line 1)" in e.format()
    e = explained("x = 1\n    print(x)")
    assert e.line == 2 and "should not" in e.format()
    e = explained("if True:\n        a = 1\n    b = 2")
    assert e.line == 3 and "do not match" in e.format()


def test_name_error_with_did_you_mean():
    e = explained("quantity = 3\nprint(quantiy * 2)")
    assert e.line == 2
    assert e.format() == ("Line 2: Python does not know the name 'quantiy'. "
                          "Did you mean 'quantity'?")
    assert "Did you mean 'print'" in explained("Print('hi')").format()
    assert "Did you mean 'input'" in explained("x = inpt('a')").format()


def test_name_error_without_a_close_name_suggests_quotes():
    e = explained("print(hello)")
    assert "put it in quotes if it is text" in e.format()


def test_adding_text_and_a_number():
    e = explained('age = input("Age? ")\nprint("Next year: " + age + 1)', ["30"])
    assert e.line == 2 and "adding text and a number" in e.format()
    e = explained('print(3 + "apples")')
    assert "adding text and a number" in e.format()


def test_comparing_text_with_a_number():
    e = explained('age = input("Age? ")\nif age > 18:\n    print("ok")', ["20"])
    assert e.line == 2 and "comparing text with a number" in e.format()


def test_int_of_a_word():
    e = explained('n = int(input("How many? "))', ["three"])
    assert e.line == 1 and "int() can only turn" in e.format() and "'three'" in e.format()


def test_division_by_zero():
    e = explained("people = 0\nshare = 100 / people")
    assert e.line == 2 and "divided by zero" in e.format()


def test_the_time_limit_is_explained():
    e = explained("n = 1\nwhile n > 0:\n    n = n + 1")
    assert "still running after 1 seconds" in e.format() and "while loop" in e.format()


def test_other_runtime_errors():
    assert "no item at this position" in explained("a = [1]\nprint(a[3])").format()
    assert "no key 'tea'" in explained("p = {}\nprint(p['tea'])").format()
    assert "Did you mean 'upper'" in explained("print('a'.uper())").format()
    assert "calls itself" in explained("def f():\n    f()\nf()").format()
    assert "too much memory" in explained("a = 'x' * 10**10").format()
    assert "printed too much" in explained("while True:\n    print('x')").format()


def test_a_normal_end_and_sys_exit_zero_need_no_explanation():
    assert explained("print(1)") is None
    assert explained("import sys\nsys.exit(0)") is None
    assert "exit code 2" in explained("import sys\nsys.exit(2)").format()


def test_explanations_are_marked_for_translation_with_valid_placeholders():
    import ast
    import inspect

    tree = ast.parse(inspect.getsource(engine))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP":
            context, text = (arg.value for arg in node.args)
            assert context == "coding"
            assert list(string.Formatter().parse(text))  # placeholders are well formed


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
    tree = engine.parse("total = 0\nfor n in range(3):\n    total += n\nprint(total)")
    assert engine.uses(tree, "for") and not engine.uses(tree, "while")
    assert engine.uses(tree, "call:range") and engine.uses(tree, "augassign")
    assert engine.has_value(engine.parse("print(42)"), 42)
    assert not engine.has_value(engine.parse("sales = [42, 1]\nprint(max(sales))"), 42)
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


def test_hints_one_at_a_time_and_the_solution_after_a_few_tries():
    ex = exercise(hints=["one", "two"], reveal_after=2)
    work = ExerciseWork(ex, engine.now())
    assert work.next_hint() == "one" and work.shown_hints() == ["one"]
    assert work.next_hint() == "two" and work.next_hint() is None
    assert not work.can_reveal
    with pytest.raises(engine.TutorError):
        work.reveal()
    failing = grade(ex, "print('no')", seed=0)
    work.graded(failing)
    work.graded(failing)
    assert work.can_reveal and work.reveal() == 'print("Hello")'
    work.graded(grade(ex, 'print("Hello")', seed=0))
    fields = work.attempt('print("Hello")', engine.now())
    assert fields["passed"] and fields["score"] == 0.5
    assert fields["details"]["revealed_solution"] is True
    assert fields["metrics"] == {**fields["metrics"], "tries": 3, "hints": 2, "revealed": True}


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
    assert engine.limits_for(ex, None, {}).time_s == 3.0
    assert engine.limits_for(ex, None, {"TUTOR_CODING_TIME_LIMIT": "10"}).time_s == 10.0
    assert engine.limits_for(ex, 7.0, {"TUTOR_CODING_TIME_LIMIT": "10"}).time_s == 7.0
    assert engine.limits_for(ex, None, {"TUTOR_CODING_TIME_LIMIT": "soon"}).time_s == 3.0
    assert engine.limits_for(None, None, {}).time_s == 5.0
