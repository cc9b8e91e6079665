"""The answers a program is checked with, the numbers and structures the checks read:
pure logic (nothing runs)."""

import pytest
from pydantic import ValidationError

from tutor.skills.coding.explanations import parse
from tutor.skills.coding.grading import (
    check_output,
    compare_line,
    compare_results,
    has_structure,
    uses,
)
from tutor.skills.coding.input_sets import boundary_arguments, derived_sets, input_sets
from tutor.skills.coding.model import CodingExercise, OutputCheck, RuleCheck


def exercise(**fields):
    base = {"id": "x", "title": "X", "explanation": "e", "task": "t",
            "solution": 'print("Hello")', "time_limit": 1.0}
    return CodingExercise.model_validate({**base, **fields})


# -- answer sets from the reference's comparisons ------------------------------------------

def test_a_number_compared_is_tried_at_its_boundary_and_far_above():
    stock = 'stock = int(input("Stock: "))\nif stock > 0:\n    print("A")\nelse:\n    print("B")'
    sets = derived_sets(stock, ["0"])
    assert sets[0] == ["0"]  # the example's answers come first
    assert ["1"] in sets and ["0"] in sets and ["-1"] not in sets  # never below 0 for 0
    assert any(int(s[0]) >= 100 for s in sets)  # a large value
    age = 'age = int(input())\nif age >= 18:\n    print("adult")'
    assert {"17", "18", "19"} <= {s[0] for s in derived_sets(age, ["20"])}


def test_every_threshold_of_a_chain_and_a_named_constant_are_tried():
    chain = ("s = int(input())\nif s >= 16:\n    print('E')\nelif s >= 10:\n    print('P')\n"
             "else:\n    print('T')")
    assert {"15", "16", "9", "10"} <= {s[0] for s in derived_sets(chain, ["17"])}
    guess = ("secret = 7\nguess = 0\nwhile guess != secret:\n    guess = int(input())\n"
             "print('found')")
    sets = derived_sets(guess, ["5", "7"])
    assert ["7", "7"] in sets and ["6", "7"] in sets and ["8", "7"] in sets


def test_texts_compared_searched_and_measured():
    password = 'p = input()\nif p == "open123":\n    print("in")\nelse:\n    print("out")'
    sets = derived_sets(password, ["open123"])
    assert ["open123"] in sets and any(s[0] != "open123" for s in sets)
    email = 'e = input()\nif "@" in e:\n    print(e.split("@")[1])\nelse:\n    print("no")'
    tried = {s[0] for s in derived_sets(email, ["amina@shop.com"])}
    assert any("@" not in t for t in tried) and any("@" in t and t != "amina@shop.com"
                                                    for t in tried)
    name = 'n = input()\nif len(n) > 5:\n    print("long")'
    assert {5, 6} <= {len(s[0]) for s in derived_sets(name, ["Joseph"])}


def test_a_stop_word_is_tried_at_every_answer_and_numbers_where_numbers_are():
    cash = ('total = 0\np = input()\nwhile p != "stop":\n    total += int(p)\n    p = input()\n'
            'print(total)')
    sets = derived_sets(cash, ["10", "25", "stop"])
    assert ["stop", "25", "stop"] in sets and ["10", "stop", "stop"] in sets


def test_answers_no_comparison_looks_at_are_changed_once_against_hard_coding():
    greet = 'name = input("Name? ")\nprint("Welcome, " + name + "!")'
    sets = derived_sets(greet, ["Joseph"])
    assert sets[0] == ["Joseph"] and len(sets) == 2 and sets[1] != ["Joseph"]
    hours = 'h = int(input())\nprint("Pay:", h * 15)'
    assert derived_sets(hours, ["8"])[1] == ["11"]


def test_a_program_that_asks_nothing_runs_once_and_sets_are_bounded():
    assert derived_sets('print("Hello")', []) == [[]]
    assert derived_sets("print(", []) == [[]]  # a broken reference: the example only
    many = "\n".join(f"x = int(input())\nif x > {n}:\n    print({n})" for n in range(0, 90, 3))
    assert len(derived_sets(many, ["1"] * 30)) <= 12


def test_a_pack_declares_its_own_answer_sets():
    ex = exercise(inputs=["0"], solution="x = input()\nprint(x)",
                  output={"cases": [["1"], ["0"], ["500"]]})
    assert input_sets(ex) == [["0"], ["1"], ["500"]]
    with pytest.raises(ValidationError):
        OutputCheck(cases=[["two\nlines"]])
    with pytest.raises(ValidationError):
        OutputCheck(cases=[["1"]] * 21)


# -- numbers compare as numbers ---------------------------------------------------------

def test_a_printed_number_equals_the_same_number_written_otherwise():
    assert compare_line("Pay: 380.0", "Pay: 380") == "same"
    assert compare_line("7.50", "7.5") == "same"
    assert compare_line("Pay: 380.5", "Pay: 380") == "different"
    assert compare_line("open123.0", "open123") == "different"  # not a number: text
    assert compare_line("Pay:380", "Pay: 380") == "different"  # the text around counts
    assert compare_line("Boxes: 7.0", "Boxes: 7", whole_number=True) == "whole"
    check = OutputCheck(expected="To pay: 800")
    assert check_output(check, "To pay: 800.0\n", "To pay: 800").passed
    assert not check_output(check, "To pay: 800.5\n", "To pay: 800").passed
    whole = check_output(OutputCheck(whole_number=True), "7.0\n", "7")
    assert not whole.passed and "whole number" in whole.text


def test_a_returned_number_equals_the_same_number_of_another_type():
    def result(value):
        return {"repr": repr(value), "type": type(value).__name__,
                **({"float": value} if isinstance(value, float) else {})}

    assert compare_results(result(380.0), result(380)) == "same"
    assert compare_results(result(430), result(430.0)) == "same"
    assert compare_results(result(380.5), result(380)) == "different"
    assert compare_results(result(True), result(1)) == "different"  # a bool is not a number
    assert compare_results(result("380"), result(380)) == "different"
    assert compare_results(result(380.0), result(380), whole_number=True) == "whole"


# -- rules that name a structure -------------------------------------------------------

def test_if_elif_else_is_one_chain():
    chain = "if a:\n    x()\nelif b:\n    y()\nelse:\n    z()"
    assert has_structure(parse(chain), "if-elif-else") and uses(parse(chain), "if-elif-else")
    apart = "if a:\n    x()\nif b:\n    y()\nelse:\n    z()"
    assert not has_structure(parse(apart), "if-elif-else")
    assert has_structure(parse(apart), "if-else")
    no_else = "if a:\n    x()\nelif b:\n    y()"
    assert not has_structure(parse(no_else), "if-elif-else")
    assert not has_structure(parse(no_else), "if-else")
    nested = "if a:\n    x()\nelse:\n    if b:\n        y()\n    else:\n        z()"
    assert not has_structure(parse(nested), "if-elif-else")
    assert has_structure(parse(nested), "if-else")
    assert not has_structure(parse("if a > 0:\n    print('E')"), "if-else")


def test_a_for_loop_over_the_items_is_not_a_loop_over_range():
    assert has_structure(parse("for k, v in d.items():\n    print(k)"), "for-each")
    assert has_structure(parse("for k in d:\n    print(k)"), "for-each")
    assert not has_structure(parse("for i in range(3):\n    print(d[i])"), "for-each")
    assert RuleCheck(require="if-elif-else", message="m").require == "if-elif-else"
    with pytest.raises(ValidationError):
        RuleCheck(require="if-elif", message="m")


def test_a_function_is_also_called_at_the_boundaries_of_its_parameters():
    pay = ("def pay(hours, rate):\n    if hours <= 40:\n        return hours * rate\n"
           "    return 40 * rate + (hours - 40) * rate * 1.5")
    calls = boundary_arguments(pay, "pay", [[38, 10], [42, 10]])
    assert [39, 10] in calls and [40, 10] in calls and [41, 10] in calls
    assert [38, 10] not in calls  # given already
    assert boundary_arguments(pay, "pay", []) == []  # nothing to start from
    assert boundary_arguments(pay, "other", [[1, 2]]) == []
