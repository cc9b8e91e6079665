"""The coding skill's rules: exercises, checks, error explanations and progress.

Pure Python (no Qt). Learner code is never executed here: it runs in a child process
(``sandbox``); this module only parses it (``ast``) and compares what the runs report.

An exercise declares its checks in its lesson pack:

- ``output``: the expected output (whitespace and case rules); without ``expected`` the
  reference solution's output is the expectation;
- ``calls``: calls of the learner's function on given and random arguments, compared
  with the reference solution's results;
- ``rules``: structural checks on the syntax tree ("use a for loop", "do not write the
  answer as a number"), each with its message in the pack's language.

Messages of this module are English sources marked ``QT_TRANSLATE_NOOP("coding", ...)``;
the GUI translates them (``tutor.i18n.qt.translated``), ``tutor grade`` prints English.
"""

from __future__ import annotations

import ast
import builtins
import difflib
import hashlib
import os
import random
import re
import warnings
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from tutor.content.schema import ExerciseBase
from tutor.errors import TutorError
from tutor.grading import Feedback, Verdict
from tutor.i18n import QT_TRANSLATE_NOOP
from tutor.skills.coding.sandbox import Limits, Outcome, Run

CONTEXT = "coding"
FATAL = frozenset({"timeout", "memory", "output", "crash", "failed"})
MAX_CODE_CHARS = 100_000
PACK_TEXT = "{text}"  # a message already in the learner's language (from the pack)

# -- the exercise model, as written in lesson packs -----------------------------------

CONSTRUCTS = {
    "for": (ast.For,),
    "while": (ast.While,),
    "if": (ast.If,),
    "def": (ast.FunctionDef,),
    "return": (ast.Return,),
    "list": (ast.List, ast.ListComp),
    "dict": (ast.Dict, ast.DictComp),
    "fstring": (ast.JoinedStr,),
    "assign": (ast.Assign, ast.AugAssign, ast.AnnAssign),
    "augassign": (ast.AugAssign,),
    "compare": (ast.Compare,),
    "boolop": (ast.BoolOp,),
    "break": (ast.Break,),
    "try": (ast.Try,),
    "import": (ast.Import, ast.ImportFrom),
}


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class OutputCheck(_Strict):
    expected: str | None = None  # None: the reference solution's output
    case: Literal["exact", "ignore"] = "exact"
    spaces: Literal["exact", "trailing", "collapse"] = "trailing"
    hint: str = ""  # shown when the output is wrong (in the pack's language)


ARG_PATTERN = re.compile(
    r"^(int:-?\d+:-?\d+|float:-?\d+(\.\d+)?:-?\d+(\.\d+)?|choice:.+|ints:\d+:\d+:-?\d+:-?\d+|word)$"
)


class CallCheck(_Strict):
    function: str = Field(pattern=r"^[A-Za-z_][A-Za-z0-9_]*$")
    args: list[list[Any]] = []  # given argument lists
    random: list[str] = []  # one generator per parameter: int:A:B, float:A:B, choice:a|b, ints:N:M:A:B, word
    count: int = Field(default=5, ge=0, le=50)  # how many random calls
    hint: str = ""

    @model_validator(mode="after")
    def _generators(self) -> CallCheck:
        for spec in self.random:
            if not ARG_PATTERN.match(spec):
                raise ValueError(f"unknown random argument {spec!r} "
                                 "(int:A:B, float:A:B, choice:a|b|c, ints:N:M:A:B or word)")
        if not self.args and not self.random:
            raise ValueError("give args, random or both")
        return self


class RuleCheck(_Strict):
    require: str = ""  # a construct of CONSTRUCTS or "call:NAME"
    forbid: str = ""
    forbid_value: str | int | float | None = None  # a literal that must not appear
    message: str = Field(min_length=1)

    @model_validator(mode="after")
    def _one_rule(self) -> RuleCheck:
        given = [bool(self.require), bool(self.forbid), self.forbid_value is not None]
        if sum(given) != 1:
            raise ValueError("a rule has exactly one of require, forbid, forbid_value")
        for construct in (self.require, self.forbid):
            if construct and construct not in CONSTRUCTS and not re.match(
                r"^call:[A-Za-z_][A-Za-z0-9_]*$", construct
            ):
                raise ValueError(f"unknown construct {construct!r} "
                                 f"(one of {', '.join(CONSTRUCTS)} or call:NAME)")
        return self


class WrongAnswer(_Strict):
    """A typical wrong answer, for the pack's own tests: it must fail ``fails``."""

    code: str = Field(min_length=1)
    fails: str = Field(min_length=1)  # a criterion id: runs, output, call:NAME, rule:N


class CodingExercise(ExerciseBase):
    explanation: str = Field(min_length=1)
    example: str = ""  # code the learner can run to see the idea
    task: str = Field(min_length=1)
    starter: str = ""  # what the editor holds at first
    solution: str = Field(min_length=1)
    hints: list[str] = Field(default_factory=list)
    inputs: list[str] = Field(default_factory=list)  # answers to input() when checking
    output: OutputCheck | None = None
    calls: list[CallCheck] = Field(default_factory=list)
    rules: list[RuleCheck] = Field(default_factory=list)
    wrong: list[WrongAnswer] = Field(default_factory=list)
    time_limit: float = Field(default=5.0, gt=0, le=60)  # seconds; a trainer may change it
    reveal_after: int = Field(default=3, ge=0, le=20)  # tries before "Show the solution"


# -- running and grading --------------------------------------------------------------


ENV_TIME_LIMIT = "TUTOR_CODING_TIME_LIMIT"


def limits_for(exercise: CodingExercise | None, time_limit: float | None = None,
               environ: dict[str, str] | None = None) -> Limits:
    """The limits of a run. The time limit is, first that applies: ``time_limit`` (a
    trainer's setting for a learner), ``TUTOR_CODING_TIME_LIMIT`` (seconds, for a whole
    lab of slow PCs), the exercise's ``time_limit``, 5 seconds."""
    environ = os.environ if environ is None else environ
    seconds = time_limit
    if not seconds:
        try:
            seconds = float(environ.get(ENV_TIME_LIMIT, "") or 0) or None
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
    return [r.outcome for r in runs]  # type: ignore[misc]


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
    needs_reference = bool(calls) or (exercise.output is not None and exercise.output.expected is None)
    # A run the learner watched counts when nothing differs in a checked run, and
    # always when it went badly wrong (no need to wait for a second endless loop).
    reusable = seen is not None and (
        seen.status in FATAL
        or (not exercise.inputs and not calls and seen.inputs_asked == 0
            and seen.status != "stopped"))
    if seen is not None and seen.status in FATAL:
        needs_reference = False
    if isinstance(tree, SyntaxError):
        outcome = Outcome("error", error=_syntax_info(tree))
        reference = None
    else:
        runs = [] if reusable else [Run(code, limits, calls)]
        if needs_reference:
            runs.append(Run(exercise.solution, limits, calls))
        answers = [list(exercise.inputs)] * len(runs)
        outcomes = run_together(runs, answers)
        outcome = seen if reusable else outcomes[0]  # type: ignore[assignment]
        reference = outcomes[-1] if needs_reference else None
    explanation = explain(outcome, code, limits)
    runs_ok = explanation is None
    if runs_ok:
        feedback.append(Feedback("runs", True, QT_TRANSLATE_NOOP(
            "coding", "Your program runs to the end without an error."), context=CONTEXT))
    else:
        feedback.append(Feedback("runs", False, explanation.source, explanation.params,  # type: ignore[union-attr]
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
        index = next((i for i, (a, b) in enumerate(zip(mine, theirs)) if a != b),
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


# -- structure ---------------------------------------------------------------------------


def parse(code: str) -> ast.Module | SyntaxError:
    try:
        with warnings.catch_warnings():  # "invalid escape sequence" and the like
            warnings.simplefilter("ignore")
            return ast.parse(code, "program.py")
    except SyntaxError as exc:  # IndentationError and TabError too
        return exc
    except (ValueError, RecursionError, MemoryError) as exc:  # null bytes, absurd nesting
        error = SyntaxError(str(exc))
        error.lineno = 1
        return error


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
        ok = not has_value(tree, rule.forbid_value)  # type: ignore[arg-type]
    return Feedback(f"rule:{number}", ok, PACK_TEXT, {"text": rule.message}, context=CONTEXT)


# -- errors explained ----------------------------------------------------------------------


@dataclass(frozen=True)
class Explanation:
    """An error in plain words: an English source (marked for translation), its
    parameters and the line of the program it points at (or None)."""

    source: str
    params: dict[str, Any] = field(default_factory=dict)
    line: int | None = None

    def format(self) -> str:
        try:
            return self.source.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return self.source


BLOCK_WORDS = ("if", "elif", "else", "for", "while", "def", "try", "except", "with", "class")

_TEXT_NUMBER = re.compile(
    r"can only concatenate str|unsupported operand type\(s\) for \+=?: '(int|float)' and 'str'")
_COMPARE = re.compile(r"'[<>=!]+' not supported between instances of '(str|int|float)' and '(str|int|float)'")
_ARITHMETIC_TEXT = re.compile(r"unsupported operand type\(s\) for .*'str'|can't multiply sequence")
_INT_VALUE = re.compile(r"invalid literal for int\(\) with base \d+: (.*)$")
_FLOAT_VALUE = re.compile(r"could not convert string to float: (.*)$")
_ATTRIBUTE = re.compile(r"'(\w+)' object has no attribute '(\w+)'")
_KINDS = {"str": str, "list": list, "dict": dict, "int": int, "float": float, "tuple": tuple,
          "set": set}


def _syntax_info(exc: SyntaxError) -> dict[str, Any]:
    return {"type": type(exc).__name__, "message": str(exc), "line": exc.lineno,
            "offset": exc.offset, "msg": exc.msg, "text": (exc.text or "").rstrip("\n")}


def explain(outcome: Outcome, code: str, limits: Limits | None) -> Explanation | None:
    """Why the program did not run to a good end, in plain words; None when it did."""
    status = outcome.status
    seconds = f"{limits.time_s:g}" if limits else "5"
    if status == "ok" or (status == "exit" and outcome.exit_code == 0):
        return None
    if status == "timeout":
        return Explanation(QT_TRANSLATE_NOOP(
            "coding", "Your program was still running after {seconds} seconds, so it was "
            "stopped. A while loop whose condition never becomes false runs for ever: check "
            "that something inside the loop changes it."), {"seconds": seconds})
    if status == "memory":
        line = (outcome.error or {}).get("line")
        return Explanation(QT_TRANSLATE_NOOP(
            "coding", "Your program used too much memory, so it was stopped. Does a list "
            "or a text grow in a loop that never ends?"), {}, line)
    if status == "output":
        return Explanation(QT_TRANSLATE_NOOP(
            "coding", "Your program printed too much, so it was stopped. Is there a print "
            "inside a loop that never ends?"))
    if status == "stopped":
        return Explanation(QT_TRANSLATE_NOOP("coding", "You stopped the program."))
    if status == "crash":
        return Explanation(QT_TRANSLATE_NOOP(
            "coding", "The program stopped suddenly (it crashed). Python itself had a "
            "problem; try again, and tell your trainer if it happens again."))
    if status == "exit":
        return Explanation(QT_TRANSLATE_NOOP(
            "coding", "The program ended early with the exit code {code}."),
            {"code": outcome.exit_code})
    if status == "failed":
        return Explanation(QT_TRANSLATE_NOOP(
            "coding", "The program could not be started: {detail}"),
            {"detail": outcome.errors.strip()})
    error = outcome.error or {}
    return explain_error(error, code)


def explain_error(error: dict[str, Any], code: str) -> Explanation:
    kind = error.get("type", "Exception")
    message = str(error.get("message", ""))
    line = error.get("line")
    params: dict[str, Any] = {"line": line if line is not None else "?"}
    if kind in ("SyntaxError", "IndentationError", "TabError"):
        return _explain_syntax(kind, error, code, params)
    if kind == "NameError":
        name = error.get("name") or _quoted(message)
        params["name"] = name
        close = did_you_mean(name or "", code)
        if close:
            params["close"] = close
            return Explanation(QT_TRANSLATE_NOOP(
                "coding", "Line {line}: Python does not know the name '{name}'. Did you mean "
                "'{close}'?"), params, line)
        return Explanation(QT_TRANSLATE_NOOP(
            "coding", "Line {line}: Python does not know the name '{name}'. Give it a value "
            "first (name = ...), check its spelling, or put it in quotes if it is text."),
            params, line)
    if kind == "TypeError":
        if _TEXT_NUMBER.search(message):
            return Explanation(QT_TRANSLATE_NOOP(
                "coding", "Line {line}: you are adding text and a number. Python cannot add "
                "them. Turn the number into text with str(...), or the text into a number "
                "with int(...)."), params, line)
        if _COMPARE.search(message):
            return Explanation(QT_TRANSLATE_NOOP(
                "coding", "Line {line}: you are comparing text with a number. input() always "
                "gives text: turn it into a number with int(input(...))."), params, line)
        if _ARITHMETIC_TEXT.search(message):
            return Explanation(QT_TRANSLATE_NOOP(
                "coding", "Line {line}: you are calculating with text. input() always gives "
                "text: turn it into a number with int(...) or float(...)."), params, line)
        params["detail"] = message
        if "argument" in message:
            return Explanation(QT_TRANSLATE_NOOP(
                "coding", "Line {line}: a function got the wrong number of values between "
                "its brackets ({detail})."), params, line)
        return Explanation(QT_TRANSLATE_NOOP(
            "coding", "Line {line}: a value of the wrong kind is used here ({detail})."),
            params, line)
    if kind == "ValueError":
        match = _INT_VALUE.search(message) or _FLOAT_VALUE.search(message)
        if match:
            params["value"] = match.group(1)
            params["function"] = "int()" if "int()" in message else "float()"
            return Explanation(QT_TRANSLATE_NOOP(
                "coding", "Line {line}: {function} can only turn a number written in digits "
                "into a number, but it got {value}. Type a number, like 42."), params, line)
        params["detail"] = message
        return Explanation(QT_TRANSLATE_NOOP(
            "coding", "Line {line}: this value cannot be used here ({detail})."), params, line)
    if kind == "ZeroDivisionError":
        return Explanation(QT_TRANSLATE_NOOP(
            "coding", "Line {line}: your program divided by zero, which is impossible. Check "
            "the number after /, // or %."), params, line)
    if kind == "IndexError":
        return Explanation(QT_TRANSLATE_NOOP(
            "coding", "Line {line}: there is no item at this position in the list. Positions "
            "start at 0, and the last one is len(list) - 1."), params, line)
    if kind == "KeyError":
        params["key"] = message
        return Explanation(QT_TRANSLATE_NOOP(
            "coding", "Line {line}: the dictionary has no key {key}. Check its spelling, or "
            "add it first."), params, line)
    if kind == "AttributeError":
        match = _ATTRIBUTE.search(message)
        if match:
            params["kind"], params["name"] = match.group(1), match.group(2)
            known = [n for n in dir(_KINDS.get(match.group(1), object)) if not n.startswith("_")]
            close = difflib.get_close_matches(match.group(2).lower(), known, n=1, cutoff=0.6)
            if close:
                params["close"] = close[0]
                return Explanation(QT_TRANSLATE_NOOP(
                    "coding", "Line {line}: a {kind} has no '{name}'. Did you mean "
                    "'{close}'?"), params, line)
        params["detail"] = message
        return Explanation(QT_TRANSLATE_NOOP(
            "coding", "Line {line}: this is not possible here ({detail})."), params, line)
    if kind == "RecursionError":
        params["function"] = error.get("function", "?")
        return Explanation(QT_TRANSLATE_NOOP(
            "coding", "Line {line}: the function {function} calls itself again and again, "
            "without end. A function that calls itself needs a case where it stops."),
            params, line)
    if kind == "EOFError":
        return Explanation(QT_TRANSLATE_NOOP(
            "coding", "Line {line}: the program asked for an answer with input(), but there "
            "was no answer left to give. Does it ask more questions than the exercise "
            "says?"), params, line)
    if kind == "MemoryError":
        return Explanation(QT_TRANSLATE_NOOP(
            "coding", "Your program used too much memory, so it was stopped. Does a list "
            "or a text grow in a loop that never ends?"), {}, line)
    params.update(kind=kind, detail=message)
    return Explanation(QT_TRANSLATE_NOOP("coding", "Line {line}: {kind}: {detail}"), params, line)


def _quoted(message: str) -> str:
    match = re.search(r"'([^']*)'", message)
    return match.group(1) if match else ""


def names_in(code: str) -> set[str]:
    """The names a program defines or uses, for 'did you mean'."""
    tree = parse(code)
    if isinstance(tree, SyntaxError):
        return set(re.findall(r"[A-Za-z_]\w*", code))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            found.add(node.id)
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            found.add(node.name)
        elif isinstance(node, ast.arg):
            found.add(node.arg)
        elif isinstance(node, ast.alias):
            found.add((node.asname or node.name).split(".")[0])
    return found


COMMON_BUILTINS = ("print", "input", "int", "float", "str", "len", "range", "list", "dict",
                   "round", "sum", "min", "max", "sorted", "abs", "True", "False", "None")


def did_you_mean(name: str, code: str) -> str | None:
    if not name:
        return None
    candidates = sorted(names_in(code) - {name}) + list(COMMON_BUILTINS)
    for candidate in candidates:  # Print -> print, TOTAL -> total
        if candidate.casefold() == name.casefold():
            return candidate
    close = difflib.get_close_matches(name, candidates, n=1, cutoff=0.7)
    if close:
        return close[0]
    builtin_names = [n for n in dir(builtins) if not n.startswith("_") and n.islower()]
    close = difflib.get_close_matches(name, builtin_names, n=1, cutoff=0.8)
    return close[0] if close else None


def _explain_syntax(kind: str, error: dict[str, Any], code: str,
                    params: dict[str, Any]) -> Explanation:
    msg = str(error.get("msg") or error.get("message") or "")
    line = error.get("line")
    lines = code.split("\n")
    text = (error.get("text") or (lines[line - 1] if line and 0 < line <= len(lines) else ""))
    stripped = text.strip()
    first_word = re.match(r"[a-z]+", stripped)
    params["detail"] = msg
    if kind == "TabError" or "inconsistent use of tabs" in msg:
        return Explanation(QT_TRANSLATE_NOOP(
            "coding", "Line {line} mixes tabs and spaces. Indent with 4 spaces only (the Tab "
            "key here types 4 spaces)."), params, line)
    if kind == "IndentationError" or "indent" in msg:
        after = re.search(r"after '(\w+)' statement on line (\d+)", msg)
        if "expected an indented block" in msg:
            params["block_line"] = int(after.group(2)) if after else (line or 1) - 1
            return Explanation(QT_TRANSLATE_NOOP(
                "coding", "Line {line}: after the line ending with ':' (line {block_line}), "
                "the next lines must be indented: start them with 4 spaces."), params, line)
        if "unexpected indent" in msg:
            return Explanation(QT_TRANSLATE_NOOP(
                "coding", "Line {line} starts with spaces, but it should not: only the lines "
                "inside an if, a loop or a def are indented."), params, line)
        if "unindent does not match" in msg:
            return Explanation(QT_TRANSLATE_NOOP(
                "coding", "Line {line}: its spaces at the start do not match the lines "
                "above. Lines of the same block start at the same place."), params, line)
        return Explanation(QT_TRANSLATE_NOOP(
            "coding", "Line {line}: the spaces at the start of the line are not right "
            "({detail})."), params, line)
    if "expected ':'" in msg or (
        first_word and first_word.group(0) in BLOCK_WORDS and not stripped.endswith(":")
        and "never closed" not in msg and "unterminated" not in msg
    ):
        params["word"] = first_word.group(0) if first_word else ""
        return Explanation(QT_TRANSLATE_NOOP(
            "coding", "Line {line}: a line that starts with '{word}' must end with a colon "
            "':'."), params, line)
    bracket = re.search(r"'([(\[{])' was never closed", msg)
    if bracket:
        params["bracket"] = bracket.group(1)
        params["closing"] = {"(": ")", "[": "]", "{": "}"}[bracket.group(1)]
        return Explanation(QT_TRANSLATE_NOOP(
            "coding", "Line {line}: a bracket '{bracket}' is opened but never closed. Add "
            "'{closing}' where it should end."), params, line)
    unmatched = re.search(r"unmatched '([)\]}])'|closing parenthesis '([)\]}])'", msg)
    if unmatched:
        params["bracket"] = unmatched.group(1) or unmatched.group(2)
        return Explanation(QT_TRANSLATE_NOOP(
            "coding", "Line {line}: there is a closing bracket '{bracket}' without its "
            "opening bracket, or the brackets do not match."), params, line)
    if "unterminated string" in msg or "EOL while scanning" in msg or "unterminated triple" in msg:
        return Explanation(QT_TRANSLATE_NOOP(
            "coding", "Line {line}: a text is opened with a quote but not closed. Put the "
            "same quote \" at its end."), params, line)
    if "Missing parentheses in call to" in msg:
        return Explanation(QT_TRANSLATE_NOOP(
            "coding", "Line {line}: print needs brackets: print(\"Hello\")."), params, line)
    if "Maybe you meant '==' " in msg or "cannot assign to" in msg and "==" in msg:
        return Explanation(QT_TRANSLATE_NOOP(
            "coding", "Line {line}: to compare two values, use == (two equal signs). One "
            "= gives a value to a variable."), params, line)
    if "invalid character" in msg:
        return Explanation(QT_TRANSLATE_NOOP(
            "coding", "Line {line} has a character Python does not accept ({detail}). Use "
            "straight quotes \" and ', typed on the keyboard."), params, line)
    if "forgot a comma" in msg:
        return Explanation(QT_TRANSLATE_NOOP(
            "coding", "Line {line}: something is missing between two values. Did you forget "
            "a comma, or a + between a text and a variable?"), params, line)
    return Explanation(QT_TRANSLATE_NOOP(
        "coding", "Line {line}: Python cannot understand this line ({detail}). Check its "
        "brackets, quotes and colons."), params, line)


# -- a learner's work on one exercise -------------------------------------------------------


@dataclass
class ExerciseWork:
    """Tries, hints and a revealed solution, between opening an exercise and finishing
    it. Times come from the caller (testable without sleeping)."""

    exercise: CodingExercise
    started: datetime
    tries: int = 0
    hints_shown: int = 0
    revealed: bool = False
    last: Grading | None = None

    def next_hint(self) -> str | None:
        if self.hints_shown >= len(self.exercise.hints):
            return None
        self.hints_shown += 1
        return self.exercise.hints[self.hints_shown - 1]

    def shown_hints(self) -> list[str]:
        return list(self.exercise.hints[: self.hints_shown])

    @property
    def can_reveal(self) -> bool:
        return self.tries >= self.exercise.reveal_after

    def reveal(self) -> str:
        if not self.can_reveal:
            raise TutorError(QT_TRANSLATE_NOOP(
                "coding", "Try a few more times before you look at the solution."))
        self.revealed = True
        return self.exercise.solution

    def graded(self, grading: Grading) -> None:
        self.tries += 1
        self.last = grading

    def attempt(self, code: str, finished: datetime) -> dict[str, Any]:
        """The fields of the attempt to record (a revealed solution halves the score)."""
        verdict = self.last.verdict if self.last else Verdict(False, 0.0)
        score = verdict.score * (0.5 if self.revealed else 1.0)
        return {
            "started": self.started,
            "finished": finished,
            "score": round(score, 4),
            "passed": verdict.passed,
            "metrics": {"tries": self.tries, "hints": self.hints_shown,
                        "revealed": self.revealed,
                        "seconds": round((finished - self.started).total_seconds(), 1)},
            "details": {"code": code[:20_000], "revealed_solution": self.revealed,
                        "feedback": verdict.as_json()["feedback"],
                        "status": self.last.outcome.status if self.last else None},
        }


def now() -> datetime:
    return datetime.now(UTC)


def code_key(pack_id: str, exercise_id: str) -> str:
    """The key of a learner's draft in their coding settings."""
    return f"code:{pack_id}/{exercise_id}"


def digest(code: str) -> str:
    return hashlib.sha256(code.encode()).hexdigest()[:16]


# -- tutor grade ---------------------------------------------------------------------------


def grade_file(pack, exercise: CodingExercise, path: Path) -> Verdict:  # type: ignore[no-untyped-def]
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
