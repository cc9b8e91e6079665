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
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tutor.errors import TutorError
from tutor.grading import Feedback, Verdict
from tutor.i18n import QT_TRANSLATE_NOOP
from tutor.skills.coding.explanations import CONTEXT, Explanation, explain, parse, syntax_info
from tutor.skills.coding.model import CONSTRUCTS, CallCheck, CodingExercise, OutputCheck, RuleCheck
from tutor.skills.coding.sandbox import Limits, Outcome, Run

if TYPE_CHECKING:
    from tutor.content.packs import LessonPack

FATAL = frozenset({"timeout", "memory", "output", "crash", "failed"})
MAX_CODE_CHARS = 100_000
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
    planned = []
    for number, check in enumerate(exercise.calls):
        for args in [*check.args, *random_arguments(check, seed + number)]:
            planned.append({"function": check.function, "args": args, "check": number})
    return planned


def run_together(runs: list[Run], answers: list[list[str]]) -> list[Outcome]:
    """Start several runs at once (they use both cores) and wait for them all."""
    for run in runs:
        run.start()
    pending = [list(a) for a in answers]
    while any(r.outcome is None for r in runs):
        for run, queue in zip(runs, pending, strict=True):
            if run.outcome is not None:
                continue
            for kind, _value in run.poll(timeout=0.01):
                if kind == "input":
                    run.answer(queue.pop(0) if queue else None)
    return [r.outcome for r in runs if r.outcome is not None]  # all of them, now


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
    that run asked for nothing, it is used as is (one process less)."""
    if len(code) > MAX_CODE_CHARS:
        raise TutorError(QT_TRANSLATE_NOOP("coding", "The program is too long to check."))
    seed = random.randrange(2**31) if seed is None else seed
    limits = limits_for(exercise, time_limit)
    calls = planned_calls(exercise, seed)
    tree = parse(code)
    feedback: list[Feedback] = []
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
    if isinstance(tree, SyntaxError):
        outcome = Outcome("error", error=syntax_info(tree))
        reference = None
    else:
        runs = [] if reusable else [Run(code, limits, calls)]
        if needs_reference:
            runs.append(Run(exercise.solution, limits, calls))
        answers = [list(exercise.inputs)] * len(runs)
        outcomes = run_together(runs, answers)
        outcome = seen if reusable and seen is not None else outcomes[0]
        reference = outcomes[-1] if needs_reference else None
    explanation = explain(outcome, code, limits)
    runs_ok = explanation is None
    if explanation is None:
        feedback.append(Feedback("runs", True, QT_TRANSLATE_NOOP(
            "coding", "Your program runs to the end without an error."), context=CONTEXT))
    else:
        feedback.append(Feedback("runs", False, explanation.source, explanation.params,
                                 context=CONTEXT))
    if runs_ok and exercise.output is not None:
        expected = exercise.output.expected
        if expected is None:
            expected = reference.program_output if reference else ""
        feedback.append(check_output(exercise.output, outcome.program_output, expected))
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


def check_output(check: OutputCheck, got: str, expected: str) -> Feedback:
    mine, theirs = normalise(got, check), normalise(expected, check)
    if mine == theirs:
        return Feedback("output", True, QT_TRANSLATE_NOOP("coding", "The output is right."),
                        context=CONTEXT)
    shown_got, shown_expected = got.replace("\r\n", "\n").split("\n"), expected.split("\n")
    params: dict[str, Any] = {"hint": check.hint}
    if not any(line.strip() for line in mine):
        source = QT_TRANSLATE_NOOP(
            "coding", "Your program printed nothing. It should print:\n{expected}")
        params["expected"] = expected.strip("\n")
    else:
        index = next((i for i, (a, b) in enumerate(zip(mine, theirs, strict=False)) if a != b),
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
    if check.hint:
        source = source + "\n{hint}"
    return Feedback("output", False, source, params, context=CONTEXT)


# -- calls of the learner's functions ----------------------------------------------------


def _same(mine: dict[str, Any], theirs: dict[str, Any]) -> bool:
    if "float" in theirs and "float" in mine:
        a, b = mine["float"], theirs["float"]
        return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))
    return mine.get("repr") == theirs.get("repr") and "repr" in mine


def call_text(function: str, args: list[Any]) -> str:
    return f"{function}({', '.join(repr(a) for a in args)})"


def check_calls(exercise: CodingExercise, calls: list[dict[str, Any]], outcome: Outcome,
                reference: Outcome | None) -> list[Feedback]:
    by_index = {c.get("i"): c for c in outcome.calls}
    expected = {c.get("i"): c for c in (reference.calls if reference else [])}
    feedback = []
    for number, check in enumerate(exercise.calls):
        criterion = f"call:{check.function}"
        problem: Feedback | None = None
        extra: Feedback | None = None
        for index, call in enumerate(calls):
            if call["check"] != number:
                continue
            mine, theirs = by_index.get(index, {}), expected.get(index, {})
            text = call_text(check.function, call["args"])
            params = {"name": check.function, "call": text, "hint": check.hint}
            if mine.get("missing"):
                problem = Feedback(criterion, False, QT_TRANSLATE_NOOP(
                    "coding", "There is no function named {name}. Write it with: def {name}(...):"),
                    params, context=CONTEXT)
            elif "error" in mine:
                why = explain(Outcome("error", error=mine["error"]), "", None)
                problem = Feedback(criterion, False, QT_TRANSLATE_NOOP(
                    "coding", "{call} stopped with an error:"), params, context=CONTEXT)
                if why is not None:  # said on its own line, translated on its own
                    extra = Feedback(criterion, False, why.source, why.params,
                                     context=CONTEXT, weight=0.0)
            elif not _same(mine, theirs):
                params.update(got=mine.get("repr", "?"), expected=theirs.get("repr", "?"))
                if mine.get("repr") == "None" and mine.get("printed"):
                    source = QT_TRANSLATE_NOOP(
                        "coding", "{call} gives None: your function prints its result. "
                        "Give it back with return instead.")
                elif mine.get("repr") == "None":
                    source = QT_TRANSLATE_NOOP(
                        "coding", "{call} gives None: the function needs a line with return.")
                else:
                    source = QT_TRANSLATE_NOOP(
                        "coding", "{call} gives {got}, but it should give {expected}.")
                problem = Feedback(criterion, False, source, params, context=CONTEXT)
            if problem is not None:
                if check.hint:
                    problem = Feedback(criterion, False, problem.message + "\n{hint}",
                                       problem.params, context=CONTEXT)
                break
        feedback.append(problem or Feedback(criterion, True, QT_TRANSLATE_NOOP(
            "coding", "Your function {name} gives the right results."),
            {"name": check.function}, context=CONTEXT))
        if extra is not None:
            feedback.append(extra)
    return feedback



# -- rules on the syntax tree ------------------------------------------------------------


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
    return Feedback(f"rule:{number}", ok, PACK_TEXT, {"text": rule.message}, context=CONTEXT)


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
