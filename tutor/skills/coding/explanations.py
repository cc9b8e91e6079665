"""Errors in plain words: why a learner's program did not run to a good end, for people
who write their first lines of Python ("Did you mean 'quantity'?", "a line that starts
with 'if' must end with a colon").

Pure Python (no Qt). Learner code is never executed here: it is only parsed (``ast``),
and the errors come from runs in the sandbox's child. Messages are English sources
marked ``QT_TRANSLATE_NOOP("coding", ...)``; the GUI translates them
(``tutor.i18n.qt.translated``), ``tutor grade`` prints English.
"""

from __future__ import annotations

import ast
import builtins
import difflib
import re
import warnings
from dataclasses import dataclass, field
from typing import Any

from tutor.i18n import QT_TRANSLATE_NOOP
from tutor.skills.coding.sandbox import Limits, Outcome

CONTEXT = "coding"  # the translation context of the skill's messages


def parse(code: str) -> ast.Module | SyntaxError:
    """The program's syntax tree, or the error that stops Python from reading it."""
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
_COMPARE = re.compile(
    r"'[<>=!]+' not supported between instances of '(str|int|float)' and '(str|int|float)'")
_ARITHMETIC_TEXT = re.compile(r"unsupported operand type\(s\) for .*'str'|can't multiply sequence")
_INT_VALUE = re.compile(r"invalid literal for int\(\) with base \d+: (.*)$")
_FLOAT_VALUE = re.compile(r"could not convert string to float: (.*)$")
_ATTRIBUTE = re.compile(r"'(\w+)' object has no attribute '(\w+)'")
_KINDS = {"str": str, "list": list, "dict": dict, "int": int, "float": float, "tuple": tuple,
          "set": set}


def syntax_info(exc: SyntaxError) -> dict[str, Any]:
    """A syntax error found by ``parse``, as the runner's child reports errors."""
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
            "or a text grow very big, in a loop perhaps?"), {}, line)
    if status == "output":
        return explain_output_cap(outcome, limits)
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


def explain_output_cap(outcome: Outcome, limits: Limits | None) -> Explanation:
    """The output cap stopped the program: it printed too much. That says nothing of
    a loop that never ends (a loop of 3,000 prints ends, and is stopped all the same);
    only the time limit says that."""
    cap = limits.output_chars if limits else Limits().output_chars
    lines = outcome.output.count("\n")
    return Explanation(QT_TRANSLATE_NOOP(
        "coding", "Your program printed too much: more than {limit} characters (the "
        "first {lines} lines are shown), so Tutor stopped it. Print less: fewer lines, "
        "or only what the task asks for."), {"limit": cap, "lines": lines})


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
            matches = difflib.get_close_matches(match.group(2).lower(), known, n=1, cutoff=0.6)
            if matches:
                params["close"] = matches[0]
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
            "or a text grow very big, in a loop perhaps?"), {}, line)
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

