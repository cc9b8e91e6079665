"""The answers typed into a program when it is checked.

A program that asks questions (``input()``) is checked on several sets of answers, so a
program right for the example's answer but wrong at a boundary fails. The first set is
the exercise's ``inputs`` (the example the task gives); the others are the pack's own
(``output.cases``) or, when the pack declares none, derived from the comparisons in the
reference solution:

- a number compared (``stock > 0``, ``age >= 18``, ``guess < secret`` with
  ``secret = 7``): the number, one below and one above (never below 0 when the number is
  not negative), and once a large value;
- a text compared (``answer == "yes"``, ``price != "stop"``): that text, and another;
- a text searched (``"@" in email``): a text with it and one without;
- a length compared (``len(name) > 5``): texts one shorter, as long and one longer.

Number values go where the example's answer is a number, texts where it is a text (the
exact texts compared go anywhere: ``"stop"`` as the first answer is a case too). One more
set changes every answer the program does not compare (another name, another number),
so a program that prints the example's result whatever is typed fails. A set the
reference solution itself cannot run to the end with is dropped by the grader.

Pure Python: it only reads the reference solution's syntax tree.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable

from tutor.skills.coding.model import CodingExercise

MAX_SETS = 12  # sets of answers per check, the example's included
OTHER_NAMES = ("Grace", "Ali", "Amina")
NUMBER = re.compile(r"^[-+]?\d+(\.\d+)?$")


def asks_for_input(tree: ast.AST) -> bool:
    """Whether a program reads answers: ``input()`` or ``sys.stdin``."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                and node.func.id == "input":
            return True
        if isinstance(node, ast.Attribute) and node.attr == "stdin":
            return True
    return False


def _constants(tree: ast.AST) -> dict[str, object]:
    """Names given one constant value once, and never changed: ``secret = 7``."""
    seen: dict[str, list[object]] = {}
    for node in ast.walk(tree):
        targets: list[ast.expr] = []
        value: ast.expr | None = None
        if isinstance(node, ast.Assign):
            targets, value = node.targets, node.value
        elif isinstance(node, (ast.AugAssign, ast.AnnAssign)):
            targets, value = [node.target], None
        elif isinstance(node, (ast.For, ast.comprehension)):
            targets, value = [node.target], None
        for target in targets:
            for name in ast.walk(target):
                if isinstance(name, ast.Name):
                    constant = value.value if isinstance(value, ast.Constant) \
                        and len(targets) == 1 and target is name else _Changing
                    seen.setdefault(name.id, []).append(constant)
    return {name: values[0] for name, values in seen.items()
            if len(values) == 1 and values[0] is not _Changing}


class _Changing:
    """A name whose value is not one constant."""


def _value(node: ast.expr, constants: dict[str, object]) -> object:
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub) \
            and isinstance(node.operand, ast.Constant) \
            and isinstance(node.operand.value, (int, float)):
        return -node.operand.value
    if isinstance(node, ast.Name) and node.id in constants:
        return constants[node.id]
    return _Changing


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _is_len(node: ast.expr) -> bool:
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
        and node.func.id == "len"


class Candidates:
    """What the reference's comparisons say is worth trying."""

    def __init__(self) -> None:
        self.numbers: list[int | float] = []
        self.texts: list[str] = []  # exact texts compared: tried at any answer
        self.other_texts: list[str] = []  # texts tried where the example has a text

    def number(self, value: int | float) -> None:
        step = 1
        for candidate in (value, value - step, value + step):
            if value >= 0 > candidate:
                continue
            if candidate not in self.numbers:
                self.numbers.append(candidate)

    def text(self, value: str) -> None:
        if value not in self.texts:
            self.texts.append(value)
        other = next(n for n in OTHER_NAMES if n != value)
        if other not in self.other_texts:
            self.other_texts.append(other)

    def contained(self, value: str) -> None:
        if not value:
            return
        for candidate in (f"ali{value}shop", "".join(OTHER_NAMES).replace(value, "")):
            if candidate and candidate not in self.other_texts:
                self.other_texts.append(candidate)

    def length(self, value: int) -> None:
        for size in (value - 1, value, value + 1):
            text = ("abcdefghij" * (size // 10 + 1))[:size] if 0 <= size <= 1000 else None
            if text is not None and text not in self.other_texts:
                self.other_texts.append(text)

    @property
    def compared_texts(self) -> set[str]:
        return set(self.texts)


def candidates(tree: ast.AST) -> Candidates:
    """The values worth trying, from every comparison of the program."""
    constants = _constants(tree)
    found = Candidates()
    for node in ast.walk(tree):
        if not isinstance(node, ast.Compare):
            continue
        sides = [node.left, *node.comparators]
        for left, op, right in zip(sides, node.ops, sides[1:], strict=False):
            for this, other in ((left, right), (right, left)):
                value = _value(this, constants)
                if value is _Changing:
                    continue
                if isinstance(op, (ast.In, ast.NotIn)):
                    if this is left and isinstance(value, str):
                        found.contained(value)
                    continue
                if _is_number(value):
                    assert isinstance(value, (int, float))
                    if _is_len(other):
                        found.length(int(value))
                    else:
                        found.number(value)
                elif isinstance(value, str):
                    found.text(value)
            if isinstance(op, (ast.In, ast.NotIn)) and isinstance(right, (ast.List, ast.Tuple,
                                                                          ast.Set)):
                for item in right.elts:
                    value = _value(item, constants)
                    if isinstance(value, str):
                        found.text(value)
                    elif _is_number(value):
                        assert isinstance(value, (int, float))
                        found.number(value)
    if found.numbers:
        found.numbers.append(max(abs(n) for n in found.numbers) + 100)
    return found


def _shown(number: int | float, like: str) -> str:
    if isinstance(number, float) and number.is_integer() and "." not in like:
        number = int(number)
    if isinstance(number, float):
        return repr(number)
    return str(number)


def _variant(answers: list[str], compared: set[str]) -> list[str]:
    """Every answer the program does not compare changed for another of its kind."""
    changed = []
    for answer in answers:
        if answer in compared:
            changed.append(answer)
        elif NUMBER.match(answer.strip()):
            number = float(answer) if "." in answer else int(answer)
            changed.append(_shown(number + 3, answer))
        elif answer:
            changed.append(next(n for n in OTHER_NAMES if n != answer))
        else:
            changed.append(answer)
    return changed


def _unique(sets: Iterable[list[str]], limit: int) -> list[list[str]]:
    kept: list[list[str]] = []
    for answers in sets:
        if answers not in kept:
            kept.append(answers)
        if len(kept) >= limit:
            break
    return kept


def derived_sets(solution: str, example: list[str]) -> list[list[str]]:
    """The sets of answers worth trying on a program like ``solution`` (the example's
    first); only the example when the program asks nothing."""
    try:
        tree = ast.parse(solution)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return [list(example)]
    if not asks_for_input(tree):
        return [list(example)]
    found = candidates(tree)
    positions = list(example) or [""]
    numeric = [bool(NUMBER.match(a.strip())) for a in positions]

    def replaced(index: int, value: str) -> list[str]:
        answers = list(positions)
        answers[index] = value
        return answers

    sets: list[list[str]] = [list(example), _variant(list(example), found.compared_texts)]
    for index in range(len(positions)):
        if numeric[index] or not example:
            sets += [replaced(index, _shown(n, positions[index])) for n in found.numbers]
        sets += [replaced(index, t) for t in found.texts]
        if not numeric[index] or not example:
            sets += [replaced(index, t) for t in found.other_texts]
    return _unique(sets, MAX_SETS)


def input_sets(exercise: CodingExercise) -> list[list[str]]:
    """The sets of answers an exercise's output is checked with: the example's first,
    then the pack's own cases or, without them, the derived ones."""
    check = exercise.output
    if check is not None and check.cases:
        return _unique([list(exercise.inputs), *[list(c) for c in check.cases]], 1 + MAX_SETS)
    return derived_sets(exercise.solution, list(exercise.inputs))


# -- arguments of checked calls ------------------------------------------------------------

MAX_BOUNDARY_CALLS = 8


def boundary_arguments(solution: str, function: str, given: list[list[object]]
                       ) -> list[list[object]]:
    """Calls worth adding to a function's given ones: for each parameter the reference
    compares with a number (``hours <= 40``), the number, one below and one above, the
    other arguments as in the first given call. None without a given call to start from."""
    if not given:
        return []
    try:
        tree = ast.parse(solution)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return []
    definition = next((node for node in ast.walk(tree) if isinstance(node, ast.FunctionDef)
                       and node.name == function), None)
    if definition is None:
        return []
    parameters = [a.arg for a in definition.args.args]
    base = list(given[0])
    constants = _constants(tree)
    values: dict[int, Candidates] = {}
    for node in ast.walk(definition):
        if not isinstance(node, ast.Compare):
            continue
        sides = [node.left, *node.comparators]
        for left, op, right in zip(sides, node.ops, sides[1:], strict=False):
            if isinstance(op, (ast.In, ast.NotIn, ast.Is, ast.IsNot)):
                continue
            for this, other in ((left, right), (right, left)):
                value = _value(other, constants)
                if isinstance(this, ast.Name) and this.id in parameters and _is_number(value):
                    assert isinstance(value, (int, float))
                    values.setdefault(parameters.index(this.id), Candidates()).number(value)
    calls: list[list[object]] = []
    for index, found in sorted(values.items()):
        if index >= len(base) or not _is_number(base[index]):
            continue
        for number in found.numbers:
            if isinstance(base[index], int) and isinstance(number, float) \
                    and number.is_integer():
                number = int(number)
            arguments = list(base)
            arguments[index] = number
            if arguments not in given and arguments not in calls:
                calls.append(arguments)
    return calls[:MAX_BOUNDARY_CALLS]
