"""Programs checked on several sets of answers, numbers as numbers, every failure named
(the programs run in the sandbox)."""

import pytest

from tutor.skills.coding.grading import grade
from tutor.skills.coding.model import CodingExercise

pytestmark = pytest.mark.process  # runs learner programs in the sandbox

STOCK = ('stock = int(input("Stock: "))\nif stock > 0:\n    print("Available")\n'
         'else:\n    print("Sold out")')


def exercise(**fields):
    base = {"id": "x", "title": "X", "explanation": "e", "task": "t", "time_limit": 2.0}
    return CodingExercise.model_validate({**base, **fields})


def failed(verdict):
    return [f.text for f in verdict.feedback if not f.passed]


def test_a_program_wrong_at_a_boundary_fails_though_right_for_the_example():
    ex = exercise(solution=STOCK, inputs=["0"], output={})
    assert grade(ex, STOCK.replace("> 0", ">= 1"), seed=0).verdict.passed
    wrong = grade(ex, STOCK.replace("> 0", "> 100"), seed=0).verdict
    assert not wrong.passed
    assert [f.criterion for f in wrong.missing_essentials] == ["output"] * len(
        wrong.missing_essentials) and len(wrong.missing_essentials) >= 2  # every input named
    texts = failed(wrong)
    assert "With the answer «1»:" in texts
    assert any("yours:     Sold out" in t and "expected:  Available" in t for t in texts)


def test_a_hard_coded_result_fails_other_answers():
    solution = 'name = input("Name? ")\nprint("Welcome, " + name + "!")'
    ex = exercise(solution=solution, inputs=["Joseph"], output={})
    assert grade(ex, 'name = input("Name? ")\nprint(f"Welcome, {name}!")', seed=0).verdict.passed
    hard = grade(ex, 'name = input("Name? ")\nprint("Welcome, Joseph!")', seed=0).verdict
    assert not hard.passed and any(t.startswith("With the answer «") for t in failed(hard))


def test_a_program_that_stops_on_other_answers_is_told_so():
    ex = exercise(solution=STOCK, inputs=["0"], output={})
    crash = ('stock = int(input("Stock: "))\nif stock > 0:\n    print("Available", 1 / (stock - 1))'
             '\nelse:\n    print("Sold out")')
    texts = failed(grade(ex, crash, seed=0).verdict)
    assert "With the answer «1», your program does not run to the end:" in texts
    assert any("divided by zero" in t for t in texts)


def test_a_pack_can_give_its_own_answer_sets_and_ask_for_a_whole_number():
    ex = exercise(solution='n = int(input())\nprint(n // 2)', inputs=["9"],
                  output={"cases": [["10"], ["0"]], "whole_number": True})
    assert grade(ex, 'n = int(input())\nprint(int(n / 2))', seed=0).verdict.passed
    decimal = grade(ex, 'n = int(input())\nprint(float(n // 2))', seed=0).verdict
    assert not decimal.passed and any("whole number" in t for t in failed(decimal))


def test_a_returned_decimal_equals_the_whole_number_unless_the_task_asks_for_one():
    solution = "def pay(hours, rate):\n    return hours * rate"
    calls = {"function": "pay", "args": [[38, 10], [40, 12]]}
    ex = exercise(solution=solution, calls=[calls])
    assert grade(ex, "def pay(hours, rate):\n    return hours * rate * 1.0", seed=0).verdict.passed
    whole = exercise(solution=solution, calls=[{**calls, "whole_number": True}])
    verdict = grade(whole, "def pay(hours, rate):\n    return hours * rate * 1.0", seed=0).verdict
    assert "pay(38, 10) gives 380.0, but the task asks for a whole number: 380." in failed(verdict)
    wrong = grade(ex, "def pay(hours, rate):\n    return hours + rate", seed=0).verdict
    assert [t for t in failed(wrong) if "gives" in t] == [
        "pay(38, 10) gives 48, but it should give 380.",
        "pay(40, 12) gives 52, but it should give 480."]  # every failing call, not the first


def test_the_if_elif_else_rule_is_not_ticked_for_an_if_alone():
    solution = ('s = int(input("Score: "))\nif s >= 16:\n    print("Excellent")\n'
                'elif s >= 10:\n    print("Pass")\nelse:\n    print("Try again")')
    ex = exercise(solution=solution, inputs=["17"], output={},
                  rules=[{"require": "if-elif-else", "message": "Use if, elif and else."}])
    lone = grade(ex, 's = int(input("Score: "))\nif s > 0:\n    print("Excellent")', seed=0)
    assert "Use if, elif and else." in failed(lone.verdict)
    assert not lone.verdict.passed
