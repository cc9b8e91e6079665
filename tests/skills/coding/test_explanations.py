"""Errors explained in plain words, for people who write their first lines of Python
(pure logic: the programs run in the sandbox, no screen)."""

import string

import pytest

from tutor.skills.coding import engine, explanations, grading, model
from tutor.skills.coding.explanations import explain
from tutor.skills.coding.sandbox import Limits, run_program

pytestmark = pytest.mark.process  # runs learner programs in the sandbox

SHORT = Limits(time_s=1.0, memory_mb=256, output_chars=5_000)


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


@pytest.mark.parametrize("module", [model, grading, explanations, engine],
                         ids=lambda m: m.__name__.rpartition(".")[2])
def test_explanations_are_marked_for_translation_with_valid_placeholders(module):
    import ast
    import inspect

    tree = ast.parse(inspect.getsource(module))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP":
            context, text = (arg.value for arg in node.args)
            assert context == "coding"
            assert list(string.Formatter().parse(text))  # placeholders are well formed


# -- what stopped the program: too much printed, or too long ---------------------------

def test_a_finite_loop_that_prints_too_much_is_not_called_endless():
    """3,000 lines end, and are stopped by the output cap all the same: the learner is
    told the program printed too much (with the cap and the lines shown), not that a
    loop never ends."""
    code = "for i in range(3000):\n    print('line', i)"
    outcome = run_program(code, (), Limits(time_s=5.0, output_chars=20_000))
    assert outcome.status == "output"
    e = explain(outcome, code, Limits(time_s=5.0, output_chars=20_000))
    text = e.format()
    assert "printed too much" in text and "20000 characters" in text
    assert f"first {outcome.output.count(chr(10))} lines" in text
    assert "never ends" not in text and "for ever" not in text


def test_the_output_cap_explanation_is_a_rule_of_the_outcome():
    """Pure: no run needed; the cap and the lines come from the limits and the output."""
    from tutor.skills.coding.sandbox import Outcome

    e = explain(Outcome("output", output="a\nb\nc\n"), "", Limits(output_chars=6))
    assert e.params == {"limit": 6, "lines": 3}
    assert "never ends" not in e.source


def test_only_the_time_limit_is_explained_as_a_loop_that_never_ends():
    from tutor.skills.coding.sandbox import Outcome

    assert "runs for ever" in explain(Outcome("timeout"), "", SHORT).format()
    for status in ("output", "memory"):
        text = explain(Outcome(status), "", SHORT).format()
        assert "never ends" not in text and "for ever" not in text, status
