"""Spreadsheet formulas: a tokenizer, a Pratt parser and an evaluator that agree with
LibreOffice Calc and Excel on the operators, references, error values and the functions
beginners meet at work.

Pure Python, no Qt. A formula is parsed once into a tree of closures
(``compile_formula``); the workbook (``engine.py``) calls them with a
:class:`~tutor.skills.sheets.values.Context` that reads cell values. Below this module,
each imported one way: the values and their conversions (``values.py``), cell addresses
(``references.py``), the function registry (``registry.py``) filled by the functions
(``functions.py``, SUM, VLOOKUP...), and number format codes (``number_formats.py``).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass

import tutor.skills.sheets.functions  # noqa: F401  (registers SUM, IF... in FUNCTIONS)
from tutor.skills.sheets.references import (
    MAX_COLS,
    MAX_ROWS,
    RefParts,
    format_ref,
    parse_ref,
)
from tutor.skills.sheets.registry import FUNCTIONS, Node, missing
from tutor.skills.sheets.values import (
    ERRORS,
    MAX_TEXT,
    NAME,
    NUM,
    REF,
    VALUE,
    Area,
    Context,
    ErrorValue,
    FormulaError,
    TooMuchWork,
    arithmetic,
    compare,
    single,
    to_number,
    to_text,
)

# -- tokens --------------------------------------------------------------------------

_SHEET = r"(?:'(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!"
_CELLREF = r"\$?[A-Za-z]{1,3}\$?[0-9]{1,7}"
_TOKEN = re.compile(
    rf"""
    (?P<space>\s+)
  | (?P<string>"(?:[^"]|"")*")
  | (?P<error>\#(?:DIV/0!|VALUE!|REF!|NAME\?|N/A|NUM!|NULL!))
  | (?P<ref>(?:{_SHEET})?(?:{_CELLREF}(?::{_CELLREF})?|\$?[A-Za-z]{{1,3}}:\$?[A-Za-z]{{1,3}})
        (?![A-Za-z0-9_(]))
  | (?P<number>(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?)
  | (?P<func>[A-Za-z_][A-Za-z0-9_.]*(?=\s*\())
  | (?P<name>[A-Za-z_][A-Za-z0-9_.]*)
  | (?P<op><>|<=|>=|[-+*/^&=<>%(),;])
    """,
    re.VERBOSE,
)


@dataclass(frozen=True)
class Token:
    kind: str  # string error ref number func name op end
    text: str
    start: int


def tokenize(formula: str) -> list[Token]:
    """Split a formula (without its leading ``=``) into tokens; spaces are dropped."""
    tokens: list[Token] = []
    position = 0
    while position < len(formula):
        match = _TOKEN.match(formula, position)
        if match is None:
            raise FormulaError("unexpected character", position)
        kind = match.lastgroup or ""
        if kind != "space":
            tokens.append(Token(kind, match.group(), position))
        position = match.end()
    tokens.append(Token("end", "", len(formula)))
    return tokens


# -- the names of functions in files ------------------------------------------------

# Excel writes the functions newer than Excel 2007 with a prefix in its files
# (_xlfn.IFS, _xlfn.STDEV.S, _xlfn._xlws.SORT), and LibreOffice Calc keeps it when it
# saves an .xlsx; the function is the same.
_PREFIXES = ("_XLFN.", "_XLWS.")
# The ones Excel needs that prefix for in a file, among those Tutor knows.
NEWER_FUNCTIONS = frozenset(
    "IFS IFNA SWITCH XLOOKUP XMATCH CONCAT TEXTJOIN MAXIFS MINIFS STDEV.S STDEV.P "
    "VAR.S VAR.P XOR".split())


def function_name(text: str) -> str:
    """A function's name as Tutor knows it: upper case, without Excel's file prefixes."""
    name = text.upper()
    while name.startswith(_PREFIXES):
        name = name[6:]
    return name


def without_prefixes(formula: str) -> str:
    """``formula`` as a learner reads it in Calc or Excel: ``=_xlfn.IFS(...)`` becomes
    ``=IFS(...)`` (text between quotes is left alone)."""
    if "_xl" not in formula.lower():
        return formula
    try:
        tokens = tokenize(formula[1:])
    except FormulaError:
        return formula
    out, last = [], 0
    body = formula[1:]
    for token in tokens:
        if token.kind == "func" and token.text.upper().startswith(_PREFIXES):
            out.append(body[last:token.start])
            out.append(token.text[len(token.text) - len(function_name(token.text)):])
            last = token.start + len(token.text)
    out.append(body[last:])
    return "=" + "".join(out)


def with_prefixes(formula: str) -> str:
    """``formula`` as Excel expects it in a file: ``_xlfn.`` before its newer functions
    (without it Excel shows #NAME? until the cell is typed again)."""
    try:
        tokens = tokenize(formula[1:])
    except FormulaError:
        return formula
    out, last = [], 0
    body = formula[1:]
    for token in tokens:
        if token.kind == "func" and token.text.upper() in NEWER_FUNCTIONS:
            out.append(body[last:token.start])
            out.append("_xlfn." + token.text)
            last = token.start + len(token.text)
    out.append(body[last:])
    return "=" + "".join(out)


# -- rewriting references ----------------------------------------------------------


def rewrite_refs(formula: str, change: Callable[[RefParts], RefParts | None]) -> str:
    """``formula`` (with its ``=``) with each reference replaced by ``change(ref)``;
    ``None`` means the reference is gone and becomes ``#REF!``."""
    body = formula[1:]
    try:
        tokens = tokenize(body)
    except FormulaError:
        return formula
    out, last = [], 0
    for token in tokens:
        if token.kind != "ref":
            continue
        out.append(body[last:token.start])
        new = change(parse_ref(token.text))
        out.append("#REF!" if new is None else format_ref(new))
        last = token.start + len(token.text)
    out.append(body[last:])
    return "=" + "".join(out)


def shift_formula(formula: str, rows: int, cols: int) -> str:
    """The formula copied ``rows`` down and ``cols`` right: relative parts move."""

    def move(ref: RefParts) -> RefParts | None:
        r1 = ref.r1 if ref.abs_r1 else ref.r1 + rows
        r2 = ref.r2 if ref.abs_r2 else ref.r2 + rows
        c1 = ref.c1 if ref.abs_c1 else ref.c1 + cols
        c2 = ref.c2 if ref.abs_c2 else ref.c2 + cols
        if min(r1, r2, c1, c2) < 0 or max(r1, r2) >= MAX_ROWS or max(c1, c2) >= MAX_COLS:
            return None
        return RefParts(ref.sheet, r1, c1, r2, c2, ref.abs_r1, ref.abs_c1, ref.abs_r2,
                        ref.abs_c2, ref.whole_columns)

    return rewrite_refs(formula, move)


# -- the parser ----------------------------------------------------------------------

# A formula longer than Excel's own limit, or nested deeper than this (parentheses,
# function calls, signs), is not parsed: the parser and the evaluator recurse once per
# level, and a file may hold "((((...". A chain like =A1+A2+...+A900 is not nesting: it is
# parsed and evaluated as one flat list, left to right.
MAX_FORMULA_LENGTH = 8192
MAX_NESTING = 100

_INFIX = {
    "=": 10, "<>": 10, "<": 10, ">": 10, "<=": 10, ">=": 10,
    "&": 20, "+": 30, "-": 30, "*": 40, "/": 40, "^": 50,
}
_POSTFIX = 60  # %
_PREFIX = 70  # unary minus binds tighter than ^ : =-2^2 is 4


@dataclass
class Compiled:
    """A parsed formula: call ``run(context)`` for its value."""

    run: Node
    refs: tuple[RefParts, ...]
    functions: frozenset[str]
    volatile: bool


class _Parser:
    def __init__(self, text: str) -> None:
        self.tokens = tokenize(text)
        self.index = 0
        self.refs: list[RefParts] = []
        self.functions: set[str] = set()
        self.depth = 0

    def peek(self) -> Token:
        return self.tokens[self.index]

    def take(self) -> Token:
        token = self.tokens[self.index]
        self.index += 1
        return token

    def expect(self, text: str) -> None:
        token = self.take()
        if token.text != text:
            raise FormulaError(f"expected {text}", token.start)

    def expression(self, power: int = 0) -> Node:
        first = self.prefix()
        steps: list[tuple[str, Node | None]] = []  # applied to the value so far, in order
        while True:
            token = self.peek()
            if token.kind != "op":
                break
            if token.text == "%":
                if _POSTFIX <= power:
                    break
                self.take()
                steps.append(("%", None))
                continue
            bp = _INFIX.get(token.text)
            if bp is None or bp <= power:
                break
            self.take()
            # left-associative, ^ included, as in Excel
            steps.append((token.text, self.expression(bp)))
        if not steps:
            return first
        if len(steps) == 1:
            op, right = steps[0]
            return _percent(first) if right is None else _binary(op, first, right)
        return _chain(first, steps)

    def prefix(self) -> Node:
        self.depth += 1
        try:
            if self.depth > MAX_NESTING:
                raise FormulaError("too deeply nested", self.peek().start)
            return self._prefix()
        finally:
            self.depth -= 1

    def _prefix(self) -> Node:
        token = self.take()
        kind = token.kind
        if kind == "number":
            number = float(token.text)
            return lambda ctx: number
        if kind == "string":
            text = token.text[1:-1].replace('""', '"')
            return lambda ctx: text
        if kind == "error":
            error = ERRORS[ErrorValue(token.text.upper())]
            return lambda ctx: error
        if kind == "ref":
            return self.reference(token)
        if kind == "func":
            return self.call(token)
        if kind == "name":
            upper = token.text.upper()
            if upper in ("TRUE", "FALSE"):
                flag = upper == "TRUE"
                return lambda ctx: flag
            return lambda ctx: NAME
        if kind == "op" and token.text in ("-", "+"):
            operand = self.expression(_PREFIX)
            if token.text == "+":
                return operand
            return _negate(operand)
        if kind == "op" and token.text == "(":
            inner = self.expression()
            self.expect(")")
            return inner
        raise FormulaError("unexpected " + (token.text or "end of formula"), token.start)

    def reference(self, token: Token) -> Node:
        ref = parse_ref(token.text)
        self.refs.append(ref)

        def area(ctx: Context) -> object:
            sheet = ref.sheet or ctx.sheet
            if not ctx.sheet_exists(sheet):
                return REF
            r2 = ref.r2
            if ref.whole_columns:
                r2 = max(0, ctx.used_rows(sheet) - 1)
            return Area(sheet, min(ref.r1, r2), min(ref.c1, ref.c2), max(ref.r1, r2),
                        max(ref.c1, ref.c2), ctx)

        return area

    def call(self, token: Token) -> Node:
        name = function_name(token.text)
        self.functions.add(name)
        self.expect("(")
        args: list[Node] = []
        if self.peek().text != ")":
            while True:
                if self.peek().text in (",", ";", ")"):
                    args.append(missing)  # an empty argument, as in ROUND(A1,)
                else:
                    args.append(self.expression())
                if self.peek().text in (",", ";"):
                    self.take()
                    continue
                break
        self.expect(")")
        spec = FUNCTIONS.get(name)
        if spec is None:
            return lambda ctx: NAME
        function, low, high, lazy = spec
        if not (low <= len(args) <= high):
            raise FormulaError(f"wrong number of arguments for {name}", token.start)
        if lazy:
            return lambda ctx: function(ctx, *args)

        def run(ctx: Context) -> object:
            return function(*[arg(ctx) for arg in args])

        return run


def _negate(operand: Node) -> Node:
    def run(ctx: Context) -> object:
        number = to_number(operand(ctx))
        return number if isinstance(number, ErrorValue) else -number

    return run


def _percent(operand: Node) -> Node:
    def run(ctx: Context) -> object:
        number = to_number(operand(ctx))
        return number if isinstance(number, ErrorValue) else number / 100

    return run


def _binary(op: str, left: Node, right: Node) -> Node:
    step = _STEPS[op]

    def run(ctx: Context) -> object:
        return step(left(ctx), right, ctx)

    return run


def _chain(first: Node, steps: list[tuple[str, Node | None]]) -> Node:
    """``first`` then each operator with its right operand, left to right: what nested
    binary nodes compute, without one level of recursion per operator."""
    plan = [(_STEPS[op], right) for op, right in steps]

    def run(ctx: Context) -> object:
        value = first(ctx)
        for step, right in plan:
            value = step(value, right, ctx)
        return value

    return run


def _percent_step(a: object, right: Node | None, ctx: Context) -> object:
    number = to_number(a)
    return number if isinstance(number, ErrorValue) else number / 100


def _arithmetic_step(op: str) -> Callable[[object, Node | None, Context], object]:
    def step(left: object, right: Node | None, ctx: Context) -> object:
        a = to_number(left)
        if isinstance(a, ErrorValue):
            return a
        assert right is not None
        b = to_number(right(ctx))
        if isinstance(b, ErrorValue):
            return b
        return arithmetic(op, a, b)

    return step


def _concat_step(left: object, right: Node | None, ctx: Context) -> object:
    a = to_text(left)
    if isinstance(a, ErrorValue):
        return a
    assert right is not None
    b = to_text(right(ctx))
    if isinstance(b, ErrorValue):
        return b
    if len(a) + len(b) > MAX_TEXT:
        return VALUE
    return a + b


def _comparison_step(test: Callable[[int], bool]) -> Callable[[object, Node | None, Context],
                                                              object]:
    def step(left: object, right: Node | None, ctx: Context) -> object:
        a = single(left)
        if isinstance(a, ErrorValue):
            return a
        assert right is not None
        b = single(right(ctx))
        if isinstance(b, ErrorValue):
            return b
        return test(compare(a, b))

    return step


_STEPS: dict[str, Callable[[object, Node | None, Context], object]] = {
    "%": _percent_step,
    **{op: _arithmetic_step(op) for op in "+-*/^"},
    "&": _concat_step,
    "=": _comparison_step(lambda c: c == 0), "<>": _comparison_step(lambda c: c != 0),
    "<": _comparison_step(lambda c: c < 0), ">": _comparison_step(lambda c: c > 0),
    "<=": _comparison_step(lambda c: c <= 0), ">=": _comparison_step(lambda c: c >= 0),
}


def compile_formula(formula: str) -> Compiled:
    """Parse ``formula`` (with or without its leading ``=``). Raises FormulaError."""
    text = formula[1:] if formula.startswith("=") else formula
    if len(text) > MAX_FORMULA_LENGTH:
        raise FormulaError("formula too long", MAX_FORMULA_LENGTH)
    parser = _Parser(text)
    if parser.peek().kind == "end":
        raise FormulaError("empty formula", 0)
    run = parser.expression()
    end = parser.peek()
    if end.kind != "end":
        raise FormulaError("unexpected " + end.text, end.start)
    functions = frozenset(parser.functions)
    return Compiled(run, tuple(parser.refs), functions, "TODAY" in functions)


def evaluate(formula: str, context: Context | None = None) -> object:
    """The value of one formula (a reference gives its single value)."""
    ctx = context or Context()
    try:
        result = compile_formula(formula).run(ctx)
    except FormulaError:
        return NAME
    except TooMuchWork:
        return VALUE
    return final_value(result)


def final_value(result: object) -> object:
    """What a cell shows for a formula's result: an empty cell reads as 0."""
    result = single(result)
    if result is None:
        return 0.0
    if isinstance(result, float) and not math.isfinite(result):
        return NUM
    if isinstance(result, str) and len(result) > MAX_TEXT:
        return VALUE  # Excel's limit: no cell shows more text
    return result
