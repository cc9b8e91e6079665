"""The coding skill's checks: a learner's program -> a verdict.

Learner code is never executed here: it runs in a child process (``sandbox``); this
module parses it (``ast``) and compares what the runs report with the exercise's
``output``, ``calls`` and ``rules`` (see ``model``) and with the reference solution.

Messages of this module are English sources marked ``QT_TRANSLATE_NOOP("coding", ...)``;
the GUI translates them (``tutor.i18n.qt.translated``), ``tutor grade`` prints English.
"""

from __future__ import annotations

import ast
import os
import random
import re
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tutor.errors import TutorError
from tutor.grading import Feedback, Verdict
from tutor.i18n import QT_TRANSLATE_NOOP
from tutor.skills.coding.explanations import CONTEXT, Explanation, explain, parse, syntax_info
from tutor.skills.coding.input_sets import boundary_arguments, input_sets
from tutor.skills.coding.model import (
    CONSTRUCTS,
    STRUCTURES,
    CallCheck,
    CodingExercise,
    OutputCheck,
    RuleCheck,
)
from tutor.skills.coding.sandbox import Limits, Outcome, Run

if TYPE_CHECKING:
    from tutor.content.packs import LessonPack

FATAL = frozenset({"timeout", "memory", "output", "crash", "failed"})
MAX_CODE_CHARS = 100_000
AT_ONCE = 4  # runs started together (two cores; each child may use memory up to its limit)
NAMED_FAILURES = 3  # failing answer sets or calls named in the feedback, per check
PACK_TEXT = "{text}"  # a message already in the learner's language (from the pack)

# -- running the learner's program and the reference solution ---------------------------

ENV_TIME_LIMIT = "TUTOR_CODING_TIME_LIMIT"


def limits_for(exercise: CodingExercise | None, time_limit: float | None = None,
               environ: Mapping[str, str] | None = None) -> Limits:
    """The limits of a run. The time limit is, first that applies: ``time_limit`` (a
    trainer's setting for a learner), ``TUTOR_CODING_TIME_LIMIT`` (seconds, for a whole
    lab of slow PCs), the exercise's ``time_limit``, 5 seconds."""
    variables: Mapping[str, str] = os.environ if environ is None else environ
    seconds = time_limit
    if not seconds:
        try:
            seconds = float(variables.get(ENV_TIME_LIMIT, "") or 0) or None
        except ValueError:
            seconds = None
    if seconds is not None:
        seconds = min(max(seconds, 0.2), 120.0)
    return Limits(time_s=seconds or (exercise.time_limit if exercise else Limits().time_s))


def random_arguments(check: CallCheck, seed: int) -> list[list[Any]]:
    rng = random.Random(seed)
    words = ["apple", "bread", "Nairobi", "team", "invoice", "Lilongwe", "amman", "Paris",
             "salary", "order", "ok", "a"]
    calls = []
    for _ in range(check.count if check.random else 0):
        args: list[Any] = []
        for spec in check.random:
            kind, _, rest = spec.partition(":")
            parts = rest.split(":")
            if kind == "int":
                args.append(rng.randint(int(parts[0]), int(parts[1])))
            elif kind == "float":
                args.append(round(rng.uniform(float(parts[0]), float(parts[1])), 2))
            elif kind == "choice":
                args.append(rng.choice(rest.split("|")))
            elif kind == "ints":
                size = rng.randint(int(parts[0]), int(parts[1]))
                args.append([rng.randint(int(parts[2]), int(parts[3])) for _ in range(size)])
            else:
                args.append(rng.choice(words))
        calls.append(args)
    return calls


def planned_calls(exercise: CodingExercise, seed: int) -> list[dict[str, Any]]:
    """The given calls, the calls at the boundaries of the reference's comparisons of
    its parameters, and the random calls."""
    planned = []
    for number, check in enumerate(exercise.calls):
        boundaries = boundary_arguments(exercise.solution, check.function, check.args)
        for args in [*check.args, *boundaries, *random_arguments(check, seed + number)]:
            planned.append({"function": check.function, "args": args, "check": number})
    return planned


def run_together(runs: list[Run], answers: list[list[str]],
                 at_once: int = AT_ONCE) -> list[Outcome]:
    """Run several programs, ``at_once`` at a time (they use both cores), answering their
    ``input()`` from ``answers``, and wait for them all. Each run has its own time limit,
    so the whole takes at most about ``len(runs) / at_once`` time limits."""
    pending = [list(a) for a in answers]
    waiting = list(range(len(runs)))
    running: list[int] = []
    while waiting or running:
        while waiting and len(running) < max(1, at_once):
            index = waiting.pop(0)
            runs[index].start()
            running.append(index)
        for index in list(running):
            run, queue = runs[index], pending[index]
            if run.outcome is None:
                for kind, _value in run.poll(timeout=0.01):
                    if kind == "input":
                        run.answer(queue.pop(0) if queue else None)
            if run.outcome is not None:
                running.remove(index)
    return [r.outcome for r in runs if r.outcome is not None]  # all of them, now


# The reference solution's outputs on sets of answers, kept between checks of the same
# exercise (a reference's output depends on its answers alone).
_REFERENCE_CACHE: OrderedDict[tuple[str, tuple[str, ...], float], Outcome] = OrderedDict()
_REFERENCE_CACHE_SIZE = 256


def _cached_reference(solution: str, answers: list[str], limits: Limits) -> Outcome | None:
    key = (solution, tuple(answers), limits.time_s)
    outcome = _REFERENCE_CACHE.get(key)
    if outcome is not None:
        _REFERENCE_CACHE.move_to_end(key)
    return outcome


def _keep_reference(solution: str, answers: list[str], limits: Limits, outcome: Outcome) -> None:
    if outcome.status not in ("ok", "error", "exit"):  # a slow machine is not the answer
        return
    _REFERENCE_CACHE[(solution, tuple(answers), limits.time_s)] = outcome
    while len(_REFERENCE_CACHE) > _REFERENCE_CACHE_SIZE:
        _REFERENCE_CACHE.popitem(last=False)


def run_on_answer_sets(code: str, solution: str, sets: list[list[str]], limits: Limits,
                       learner_limits: Limits | None = None,
                       ) -> list[tuple[list[str], Outcome, Outcome]]:
    """The learner's program (with ``learner_limits``, by default ``limits``) and the
    reference on each set of answers; the sets the reference cannot run to the end with
    are left out (they are not cases of the task)."""
    references: dict[int, Outcome] = {}
    runs: list[Run] = []
    answers: list[list[str]] = []
    owners: list[tuple[str, int]] = []
    for index, answer_set in enumerate(sets):
        cached = _cached_reference(solution, answer_set, limits)
        if cached is not None:
            references[index] = cached
        else:
            runs.append(Run(solution, limits))
            answers.append(answer_set)
            owners.append(("reference", index))
        runs.append(Run(code, learner_limits or limits))
        answers.append(answer_set)
        owners.append(("learner", index))
    outcomes = run_together(runs, answers)
    learners: dict[int, Outcome] = {}
    for (whose, index), outcome in zip(owners, outcomes, strict=True):
        if whose == "reference":
            references[index] = outcome
            _keep_reference(solution, sets[index], limits, outcome)
        else:
            learners[index] = outcome
    return [(answer_set, learners[i], references[i]) for i, answer_set in enumerate(sets)
            if references[i].status == "ok"]


@dataclass
class Grading:
    verdict: Verdict
    outcome: Outcome  # the learner's checked run
    explanation: Explanation | None  # when the program did not run to the end


def grade(
    exercise: CodingExercise,
    code: str,
    seen: Outcome | None = None,
    seed: int | None = None,
    time_limit: float | None = None,
) -> Grading:
    """Check ``code`` against the exercise. ``seen`` is the outcome of a run the
    learner just watched; when the exercise gives no inputs and checks no calls, and
    that run asked for nothing, it is used as is (one process less).

    A program that asks questions is first run with the example's answers (the
    exercise's ``inputs``); when that run ends well, it runs again on the other sets of
    answers (``input_sets``), beside the reference solution, and must print what the
    reference prints on each. Every criterion is essential: the output on every set of
    answers, each function's results and each rule the task names."""
    if len(code) > MAX_CODE_CHARS:
        raise TutorError(QT_TRANSLATE_NOOP("coding", "The program is too long to check."))
    seed = random.randrange(2**31) if seed is None else seed
    limits = limits_for(exercise, time_limit)
    calls = planned_calls(exercise, seed)
    tree = parse(code)
    feedback: list[Feedback] = []
    sets = input_sets(exercise) if exercise.output is not None else [list(exercise.inputs)]
    needs_reference = bool(calls) or (
        exercise.output is not None and exercise.output.expected is None)
    # A run the learner watched counts when nothing differs in a checked run, and
    # always when it went badly wrong (no need to wait for a second endless loop).
    reusable = seen is not None and (
        seen.status in FATAL
        or (not exercise.inputs and not calls and seen.inputs_asked == 0
            and seen.status != "stopped"))
    if seen is not None and seen.status in FATAL:
        needs_reference = False
    reference: Outcome | None = None
    if isinstance(tree, SyntaxError):
        outcome = Outcome("error", error=syntax_info(tree))
    else:
        runs = [] if reusable else [Run(code, limits, calls)]
        if needs_reference and not calls:
            reference = _cached_reference(exercise.solution, sets[0], limits)
        if needs_reference and reference is None:
            runs.append(Run(exercise.solution, limits, calls))
        outcomes = run_together(runs, [list(sets[0])] * len(runs))
        outcome = seen if reusable and seen is not None else outcomes[0]
        if needs_reference and reference is None:
            reference = outcomes[-1]
            if not calls:
                _keep_reference(exercise.solution, sets[0], limits, reference)
    explanation = explain(outcome, code, limits)
    runs_ok = explanation is None
    if explanation is None:
        feedback.append(Feedback("runs", True, QT_TRANSLATE_NOOP(
            "coding", "Your program runs to the end without an error."), context=CONTEXT,
            essential=True))
    else:
        feedback.append(Feedback("runs", False, explanation.source, explanation.params,
                                 context=CONTEXT, essential=True))
    if runs_ok and exercise.output is not None:
        expected = exercise.output.expected
        if expected is None:
            expected = reference.program_output if reference else ""
        results = [(sets[0], outcome, expected)]
        # The other sets: as long as the example's run took, with room to spare, so a
        # program that loops for ever on some answers does not keep the learner waiting.
        others = replace(limits, time_s=min(limits.time_s, max(2.0, 5 * outcome.seconds + 1)))
        if len(sets) > 1:
            results += [(answers, mine, theirs.program_output) for answers, mine, theirs
                        in run_on_answer_sets(code, exercise.solution, sets[1:], limits,
                                              others)]
        asks = len(sets) > 1 or bool(sets[0])
        feedback += check_outputs(exercise.output, results, code, others, asks)
    if runs_ok and exercise.calls:
        feedback += check_calls(exercise, calls, outcome, reference)
    if not isinstance(tree, SyntaxError):
        for number, rule in enumerate(exercise.rules, start=1):
            feedback.append(check_rule(rule, number, tree))
    return Grading(Verdict.from_feedback(feedback), outcome, explanation)


def shown_feedback(verdict: Verdict) -> list[Feedback]:
    """What a learner reads of a verdict: what went wrong, or everything when all passed."""
    return [f for f in verdict.feedback if not f.passed] or list(verdict.feedback)


# -- the output ---------------------------------------------------------------------------


def normalise(text: str, check: OutputCheck) -> list[str]:
    if check.case == "ignore":
        text = text.casefold()
    text = text.replace("\r\n", "\n")
    if text.endswith("\n"):  # print ends every line; the last newline is not a line
        text = text[:-1]
    lines = text.split("\n")
    if check.spaces == "trailing":
        lines = [line.rstrip() for line in lines]
    elif check.spaces == "collapse":
        lines = [" ".join(line.split()) for line in lines]
    if check.spaces != "exact":
        while lines and not lines[-1]:
            lines.pop()
        while lines and not lines[0]:
            lines.pop(0)
    return lines


# A number as print writes it, standing alone (not inside a word such as open123).
NUMBER_IN_TEXT = re.compile(r"(?<![\w.])-?\d+(?:\.\d+)?(?![\w]|\.\d)")


def _same_number(mine: str, theirs: str) -> bool:
    a, b = float(mine), float(theirs)
    return a == b or abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


def compare_line(mine: str, theirs: str, whole_number: bool = False) -> str:
    """``same``, ``whole`` (right but for a decimal where a whole number is asked) or
    ``different``. Numbers compare as numbers (``380.0`` is ``380``); the text around
    them compares as it is."""
    if mine == theirs:
        return "same"
    my_parts, their_parts = NUMBER_IN_TEXT.split(mine), NUMBER_IN_TEXT.split(theirs)
    my_numbers, their_numbers = NUMBER_IN_TEXT.findall(mine), NUMBER_IN_TEXT.findall(theirs)
    if my_parts != their_parts or len(my_numbers) != len(their_numbers):
        return "different"
    if not all(_same_number(a, b) for a, b in zip(my_numbers, their_numbers, strict=True)):
        return "different"
    if whole_number and any("." in a and "." not in b
                            for a, b in zip(my_numbers, their_numbers, strict=True)):
        return "whole"
    return "same"


def answers_text(answers: list[str]) -> str:
    return ", ".join(f"«{answer}»" for answer in answers)


def check_output(check: OutputCheck, got: str, expected: str, with_hint: bool = True) -> Feedback:
    mine, theirs = normalise(got, check), normalise(expected, check)
    verdicts = [compare_line(a, b, check.whole_number)
                for a, b in zip(mine, theirs, strict=False)]
    if len(mine) == len(theirs) and all(v == "same" for v in verdicts):
        return Feedback("output", True, QT_TRANSLATE_NOOP("coding", "The output is right."),
                        context=CONTEXT, essential=True)
    shown_got, shown_expected = got.replace("\r\n", "\n").split("\n"), expected.split("\n")
    params: dict[str, Any] = {"hint": check.hint}
    if not any(line.strip() for line in mine):
        source = QT_TRANSLATE_NOOP(
            "coding", "Your program printed nothing. It should print:\n{expected}")
        params["expected"] = expected.strip("\n")
    else:
        index = next((i for i, v in enumerate(verdicts) if v != "same"),
                     min(len(mine), len(theirs)))
        params["line"] = index + 1
        params["got"] = shown_got[index] if index < len(shown_got) and index < len(mine) else ""
        params["expected"] = (
            shown_expected[index] if index < len(shown_expected) and index < len(theirs) else "")
        if index >= len(theirs):
            source = QT_TRANSLATE_NOOP(
                "coding", "Line {line} of your output is one line too many: {got}")
        elif index >= len(mine):
            source = QT_TRANSLATE_NOOP(
                "coding", "Your output stops too early: line {line} should be: {expected}")
        elif verdicts[index] == "whole":
            source = QT_TRANSLATE_NOOP(
                "coding", "Line {line} of your output shows a decimal number where the task "
                "asks for a whole number:\nyours:     {got}\nexpected:  {expected}")
        elif mine[index].strip() == theirs[index].strip():
            source = QT_TRANSLATE_NOOP(
                "coding", "Line {line} of your output has spaces in the wrong place:\n"
                "yours:     «{got}»\nexpected:  «{expected}»")
        elif mine[index].casefold() == theirs[index].casefold():
            source = QT_TRANSLATE_NOOP(
                "coding", "Line {line} of your output has capital and small letters mixed "
                "up:\nyours:     {got}\nexpected:  {expected}")
        else:
            source = QT_TRANSLATE_NOOP(
                "coding", "Line {line} of your output is not right:\nyours:     {got}\n"
                "expected:  {expected}")
    if check.hint and with_hint:
        source = source + "\n{hint}"
    return Feedback("output", False, source, params, context=CONTEXT, essential=True)


def check_outputs(check: OutputCheck, results: list[tuple[list[str], Outcome, str]],
                  code: str, limits: Limits | None, asks: bool) -> list[Feedback]:
    """The output on every set of answers: ``results`` holds, for each, the answers, the
    learner's run and the expected output. Each failing set is named (up to
    ``NAMED_FAILURES``) with the answers typed and what went wrong; ``asks``: the
    program reads answers, so they are worth naming."""
    failures: list[list[Feedback]] = []
    for answers, outcome, expected in results:
        params = {"answers": answers_text(answers)}
        if len(answers) == 1:
            header = QT_TRANSLATE_NOOP("coding", "With the answer {answers}:")
        else:
            header = QT_TRANSLATE_NOOP("coding", "With the answers {answers}:")
        why = explain(outcome, code, limits)
        if why is not None:
            header = (QT_TRANSLATE_NOOP("coding", "With the answer {answers}, your program "
                                        "does not run to the end:") if len(answers) == 1 else
                      QT_TRANSLATE_NOOP("coding", "With the answers {answers}, your program "
                                        "does not run to the end:"))
            failures.append([Feedback("output", False, header, params, context=CONTEXT,
                                      essential=True),
                             Feedback("output", False, why.source, why.params,
                                      context=CONTEXT, weight=0.0)])
            continue
        result = check_output(check, outcome.program_output, expected, with_hint=not failures)
        if result.passed:
            continue
        if asks and answers:
            failures.append([Feedback("output", False, header, params, context=CONTEXT,
                                      essential=True),
                             Feedback("output", False, result.message, result.params,
                                      context=CONTEXT, weight=0.0)])
        else:
            failures.append([result])
    if not failures:
        if len(results) > 1:
            return [Feedback("output", True, QT_TRANSLATE_NOOP(
                "coding", "The output is right with each of the {count} sets of answers "
                "tried."), {"count": len(results)}, context=CONTEXT, essential=True)]
        return [Feedback("output", True, QT_TRANSLATE_NOOP("coding", "The output is right."),
                         context=CONTEXT, essential=True)]
    feedback: list[Feedback] = []
    for number, items in enumerate(failures[:NAMED_FAILURES]):
        for item in items:
            weight = item.weight if number == 0 else 0.0
            feedback.append(Feedback(item.criterion, False, item.message, item.params,
                                     context=item.context, weight=weight,
                                     essential=item.essential))
    if len(failures) > NAMED_FAILURES:
        feedback.append(Feedback("output", False, QT_TRANSLATE_NOOP(
            "coding", "Other sets of answers that give a wrong output too: {count}."),
            {"count": len(failures) - NAMED_FAILURES}, context=CONTEXT, weight=0.0))
    return feedback


# -- calls of the learner's functions ----------------------------------------------------


def _number(result: dict[str, Any]) -> float | None:
    """A call's result as a number, when it is one (an int or a float, not a bool)."""
    if "float" in result:
        return float(result["float"])
    if result.get("type") == "int":
        try:
            return float(int(result.get("repr", "")))
        except (ValueError, OverflowError):
            return None
    return None


def compare_results(mine: dict[str, Any], theirs: dict[str, Any],
                    whole_number: bool = False) -> str:
    """``same``, ``whole`` (the right number, but a decimal where the reference gives a
    whole number and the task asks for one) or ``different``. Numbers compare as
    numbers: ``380.0`` is ``380``."""
    a, b = _number(mine), _number(theirs)
    if a is not None and b is not None:
        if a != b and abs(a - b) > 1e-6 * max(1.0, abs(a), abs(b)):
            return "different"
        if whole_number and mine.get("type") == "float" and theirs.get("type") == "int":
            return "whole"
        return "same"
    return "same" if "repr" in mine and mine.get("repr") == theirs.get("repr") else "different"


def call_text(function: str, args: list[Any]) -> str:
    return f"{function}({', '.join(repr(a) for a in args)})"


def check_calls(exercise: CodingExercise, calls: list[dict[str, Any]], outcome: Outcome,
                reference: Outcome | None) -> list[Feedback]:
    """Each checked function's results; every failing call is named, up to
    ``NAMED_FAILURES`` per function."""
    by_index = {c.get("i"): c for c in outcome.calls}
    expected = {c.get("i"): c for c in (reference.calls if reference else [])}
    feedback = []
    for number, check in enumerate(exercise.calls):
        criterion = f"call:{check.function}"
        problems: list[list[Feedback]] = []
        more = 0
        named: set[str] = set()
        for index, call in enumerate(calls):
            if call["check"] != number:
                continue
            mine, theirs = by_index.get(index, {}), expected.get(index, {})
            text = call_text(check.function, call["args"])
            if text in named or "error" in theirs:  # a repeat, or not a case of the task
                continue
            params = {"name": check.function, "call": text, "hint": check.hint}
            problem: list[Feedback] = []
            if mine.get("missing"):
                problems = [[Feedback(criterion, False, QT_TRANSLATE_NOOP(
                    "coding", "There is no function named {name}. Write it with: def {name}(...):"),
                    params, context=CONTEXT, essential=True)]]
                more = 0
                break
            if "error" in mine:
                why = explain(Outcome("error", error=mine["error"]), "", None)
                problem = [Feedback(criterion, False, QT_TRANSLATE_NOOP(
                    "coding", "{call} stopped with an error:"), params, context=CONTEXT,
                    essential=True)]
                if why is not None:  # said on its own line, translated on its own
                    problem.append(Feedback(criterion, False, why.source, why.params,
                                            context=CONTEXT, weight=0.0))
            else:
                same = compare_results(mine, theirs, check.whole_number)
                if same == "same":
                    continue
                params.update(got=mine.get("repr", "?"), expected=theirs.get("repr", "?"))
                if same == "whole":
                    source = QT_TRANSLATE_NOOP(
                        "coding", "{call} gives {got}, but the task asks for a whole number: "
                        "{expected}.")
                elif mine.get("repr") == "None" and mine.get("printed"):
                    source = QT_TRANSLATE_NOOP(
                        "coding", "{call} gives None: your function prints its result. "
                        "Give it back with return instead.")
                elif mine.get("repr") == "None":
                    source = QT_TRANSLATE_NOOP(
                        "coding", "{call} gives None: the function needs a line with return.")
                else:
                    source = QT_TRANSLATE_NOOP(
                        "coding", "{call} gives {got}, but it should give {expected}.")
                problem = [Feedback(criterion, False, source, params, context=CONTEXT,
                                    essential=True)]
                if mine.get("repr") == "None" and not problems:  # the same for every call
                    problems, more = [problem], 0
                    break
            named.add(text)
            if len(problems) < NAMED_FAILURES:
                problems.append(problem)
            else:
                more += 1
        if not problems:
            feedback.append(Feedback(criterion, True, QT_TRANSLATE_NOOP(
                "coding", "Your function {name} gives the right results."),
                {"name": check.function}, context=CONTEXT, essential=True))
            continue
        for count, items in enumerate(problems):
            for position, item in enumerate(items):
                message = item.message
                if check.hint and count == 0 and position == 0:
                    message += "\n{hint}"
                feedback.append(Feedback(criterion, False, message, item.params,
                                         context=CONTEXT, essential=item.essential,
                                         weight=item.weight if count == 0 else 0.0))
        if more:
            feedback.append(Feedback(criterion, False, QT_TRANSLATE_NOOP(
                "coding", "Other calls of {name} that give a wrong result too: {count}."),
                {"count": more, "name": check.function}, context=CONTEXT, weight=0.0))
    return feedback


# -- rules on the syntax tree ------------------------------------------------------------


def _chain(node: ast.If) -> tuple[int, bool]:
    """An if statement's chain: how many elif branches, and whether it ends in else.
    An ``elif`` is an ``if`` alone in the else branch, written at the same column as
    the first ``if`` (``else:`` with an indented ``if`` below is not an elif)."""
    elifs = 0
    while len(node.orelse) == 1 and isinstance(node.orelse[0], ast.If) \
            and node.orelse[0].col_offset == node.col_offset:
        node = node.orelse[0]
        elifs += 1
    return elifs, bool(node.orelse)


def _is_range(node: ast.expr) -> bool:
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
        and node.func.id == "range"


def has_structure(tree: ast.AST, structure: str) -> bool:
    """Whether the program has the shape a rule names (``model.STRUCTURES``)."""
    for node in ast.walk(tree):
        if structure in ("if-else", "if-elif-else") and isinstance(node, ast.If):
            elifs, ends_in_else = _chain(node)
            if ends_in_else and (elifs or structure == "if-else"):
                return True
        elif structure == "for-each" and isinstance(node, (ast.For, ast.comprehension)):
            if not _is_range(node.iter):
                return True
    return False


def uses(tree: ast.AST, construct: str) -> bool:
    if construct.startswith("call:"):
        name = construct[5:]
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                func = node.func
                if (isinstance(func, ast.Name) and func.id == name) or (
                    isinstance(func, ast.Attribute) and func.attr == name
                ):
                    return True
        return False
    if construct in STRUCTURES:
        return has_structure(tree, construct)
    kinds = CONSTRUCTS[construct]
    return any(isinstance(node, kinds) for node in ast.walk(tree))


def has_value(tree: ast.AST, value: str | int | float) -> bool:
    """Whether the literal ``value`` is written in the program, outside data (the items
    of a list, tuple, set or dictionary written out are data, not the answer)."""
    data: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.List, ast.Tuple, ast.Set)):
            data.update(id(item) for item in node.elts)
        elif isinstance(node, ast.Dict):
            data.update(id(item) for item in node.values if item is not None)
    for node in ast.walk(tree):
        if id(node) in data:
            continue
        if isinstance(node, ast.Constant) and type(node.value) is not bool:
            if node.value == value or (isinstance(value, str) and isinstance(node.value, str)
                                       and value.strip() and value in node.value):
                return True
    return False


def check_rule(rule: RuleCheck, number: int, tree: ast.AST) -> Feedback:
    if rule.require:
        ok = uses(tree, rule.require)
    elif rule.forbid:
        ok = not uses(tree, rule.forbid)
    else:
        ok = rule.forbid_value is None or not has_value(tree, rule.forbid_value)
    return Feedback(f"rule:{number}", ok, PACK_TEXT, {"text": rule.message}, context=CONTEXT,
                    essential=True)


# -- tutor grade ---------------------------------------------------------------------------


def grade_file(pack: LessonPack, exercise: CodingExercise, path: Path) -> Verdict:
    """``tutor grade --exercise PACK/STEP FILE.py``."""
    try:
        code = path.read_bytes().decode("utf-8-sig")
    except OSError as exc:
        raise TutorError(QT_TRANSLATE_NOOP("coding", "Cannot read {file}: {reason}"),
                         file=str(path), reason=exc.strerror or str(exc)) from exc
    except UnicodeDecodeError as exc:
        raise TutorError(QT_TRANSLATE_NOOP("coding", "{file} is not UTF-8 text."),
                         file=str(path)) from exc
    return grade(exercise, code).verdict
