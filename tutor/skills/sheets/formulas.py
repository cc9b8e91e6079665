"""Spreadsheet formulas: a tokenizer, a Pratt parser and an evaluator that agree with
LibreOffice Calc and Excel on the operators, references, error values and the functions
beginners meet at work.

Pure Python, no Qt. A formula is parsed once into a tree of closures
(``compile_formula``); the workbook (``engine.py``) calls them with a :class:`Context`
that reads cell values. The functions (SUM, VLOOKUP...) are in ``functions.py``, number
format codes in ``number_formats.py``.

Values are ``float`` (numbers and dates, as day serials of the 1900 system), ``str``,
``bool``, ``None`` (an empty cell) or :class:`ErrorValue`. A reference evaluates to a
:class:`Area`, which functions read as a range and operators read as one value.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

# -- values --------------------------------------------------------------------------


class ErrorValue(str):
    """An error value as Excel and Calc show it: ``#DIV/0!``, ``#VALUE!``..."""

    __slots__ = ()

    def __repr__(self) -> str:
        return f"ErrorValue({str(self)!r})"


DIV0 = ErrorValue("#DIV/0!")
VALUE = ErrorValue("#VALUE!")
REF = ErrorValue("#REF!")
NAME = ErrorValue("#NAME?")
NA = ErrorValue("#N/A")
NUM = ErrorValue("#NUM!")
CIRC = ErrorValue("#CIRC!")  # a cell that uses itself (Calc shows Err:522)
ERRORS = {e: e for e in (DIV0, VALUE, REF, NAME, NA, NUM, ErrorValue("#NULL!"))}


class FormulaError(Exception):
    """A formula that cannot be read (a syntax error). ``position`` is 0-based."""

    def __init__(self, message: str, position: int = 0) -> None:
        super().__init__(message)
        self.position = position


def is_error(value: object) -> bool:
    return isinstance(value, ErrorValue)


# -- cell addresses ------------------------------------------------------------------

MAX_ROWS = 1_048_576
MAX_COLS = 16_384


def column_letters(col: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA."""
    letters = ""
    col += 1
    while col:
        col, rest = divmod(col - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def column_index(letters: str) -> int:
    index = 0
    for char in letters.upper():
        index = index * 26 + ord(char) - 64
    return index - 1


def cell_name(row: int, col: int) -> str:
    return f"{column_letters(col)}{row + 1}"


_CELL = re.compile(r"^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$")


def parse_cell(text: str) -> tuple[int, int]:
    """``"B3"`` (or ``"$B$3"``) -> (row 2, col 1)."""
    match = _CELL.match(text.strip())
    if not match:
        raise ValueError(f"not a cell: {text!r}")
    row, col = int(match.group(2)) - 1, column_index(match.group(1))
    if not (0 <= row < MAX_ROWS and 0 <= col < MAX_COLS):
        raise ValueError(f"not a cell: {text!r}")
    return row, col


def parse_range(text: str) -> tuple[int, int, int, int]:
    """``"A1:C3"`` or ``"B2"`` -> (top, left, bottom, right), 0-based, inclusive."""
    first, _, last = text.partition(":")
    r1, c1 = parse_cell(first)
    r2, c2 = parse_cell(last) if last else (r1, c1)
    return min(r1, r2), min(c1, c2), max(r1, r2), max(c1, c2)


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


# -- references ----------------------------------------------------------------------


@dataclass(frozen=True)
class RefParts:
    """A reference as written: sheet (or ""), corners, and which parts are absolute."""

    sheet: str
    r1: int
    c1: int
    r2: int
    c2: int
    abs_r1: bool = False
    abs_c1: bool = False
    abs_r2: bool = False
    abs_c2: bool = False
    whole_columns: bool = False


_PART = re.compile(r"^(\$?)([A-Za-z]{1,3})(\$?)([0-9]{1,7})$")
_COLPART = re.compile(r"^(\$?)([A-Za-z]{1,3})$")


def split_sheet(text: str) -> tuple[str, str]:
    if "!" not in text:
        return "", text
    sheet, _, rest = text.rpartition("!")
    if sheet.startswith("'"):
        sheet = sheet[1:-1].replace("''", "'")
    return sheet, rest


def parse_ref(text: str) -> RefParts:
    sheet, rest = split_sheet(text)
    first, _, last = rest.partition(":")
    last = last or first
    m1, m2 = _PART.match(first), _PART.match(last)
    if m1 and m2:
        return RefParts(
            sheet,
            int(m1.group(4)) - 1, column_index(m1.group(2)),
            int(m2.group(4)) - 1, column_index(m2.group(2)),
            bool(m1.group(3)), bool(m1.group(1)), bool(m2.group(3)), bool(m2.group(1)),
        )
    k1, k2 = _COLPART.match(first), _COLPART.match(last)
    if k1 and k2:
        return RefParts(sheet, 0, column_index(k1.group(2)), MAX_ROWS - 1,
                        column_index(k2.group(2)), True, bool(k1.group(1)), True,
                        bool(k2.group(1)), whole_columns=True)
    raise FormulaError("not a reference")


def quote_sheet(sheet: str) -> str:
    if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", sheet) and not _CELL.match(sheet):
        return sheet
    return "'" + sheet.replace("'", "''") + "'"


def format_ref(ref: RefParts) -> str:
    prefix = f"{quote_sheet(ref.sheet)}!" if ref.sheet else ""
    if ref.whole_columns:
        return (f"{prefix}{'$' if ref.abs_c1 else ''}{column_letters(ref.c1)}:"
                f"{'$' if ref.abs_c2 else ''}{column_letters(ref.c2)}")

    def part(row: int, col: int, abs_row: bool, abs_col: bool) -> str:
        return f"{'$' if abs_col else ''}{column_letters(col)}{'$' if abs_row else ''}{row + 1}"

    first = part(ref.r1, ref.c1, ref.abs_r1, ref.abs_c1)
    if (ref.r1, ref.c1) == (ref.r2, ref.c2) and (ref.abs_r1, ref.abs_c1) == (
        ref.abs_r2, ref.abs_c2
    ):
        return prefix + first
    return f"{prefix}{first}:{part(ref.r2, ref.c2, ref.abs_r2, ref.abs_c2)}"


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


# -- areas (what a reference evaluates to) -------------------------------------------


@dataclass(frozen=True)
class Area:
    sheet: str
    r1: int
    c1: int
    r2: int
    c2: int
    context: Context

    @property
    def rows(self) -> int:
        return self.r2 - self.r1 + 1

    @property
    def cols(self) -> int:
        return self.c2 - self.c1 + 1

    def value(self, row: int, col: int) -> object:
        return self.context.cell_value(self.sheet, self.r1 + row, self.c1 + col)

    def values(self) -> Iterator[object]:
        """Every cell's value, row by row (empty cells as None)."""
        yield from self.context.area_values(self)

    def grid(self) -> list[list[object]]:
        return [[self.value(r, c) for c in range(self.cols)] for r in range(self.rows)]


class Context:
    """What formulas read: the workbook's cell values. ``engine.py`` subclasses it."""

    sheet = ""  # the sheet of the formula being evaluated

    def cell_value(self, sheet: str, row: int, col: int) -> object:
        return None

    def sheet_exists(self, sheet: str) -> bool:
        return True

    def used_rows(self, sheet: str) -> int:
        return 0

    def area_values(self, area: Area) -> Iterator[object]:
        for row in range(area.r1, area.r2 + 1):
            for col in range(area.c1, area.c2 + 1):
                yield self.cell_value(area.sheet, row, col)

    def today(self) -> dt.date:
        return dt.date.today()


# -- conversions ---------------------------------------------------------------------

EPOCH = dt.date(1899, 12, 30)


def date_serial(day: dt.date) -> float:
    return float((day - EPOCH).days)


def serial_date(serial: float) -> dt.date:
    return EPOCH + dt.timedelta(days=int(math.floor(serial)))


def _approx_equal(a: float, b: float) -> bool:
    # LibreOffice's rtl::math::approxEqual
    if a == b:
        return True
    return abs(a - b) < abs(a) * (1.0 / (16777216.0 * 16777216.0))


def _approx_add(a: float, b: float) -> float:
    # LibreOffice's rtl::math::approxAdd: a sum that is zero but for rounding noise is 0
    if ((a < 0 < b) or (b < 0 < a)) and _approx_equal(a, -b):
        return 0.0
    return a + b


def single(value: object) -> object:
    """A reference used as one value: its only cell (a range gives #VALUE!)."""
    if isinstance(value, Area):
        if value.rows == 1 and value.cols == 1:
            return value.value(0, 0)
        # implicit intersection with the formula's row or column, as Excel and Calc do
        ctx = value.context
        here = getattr(ctx, "here", None)
        if here is not None and value.sheet == ctx.sheet:
            row, col = here
            if value.cols == 1 and value.r1 <= row <= value.r2:
                return value.value(row - value.r1, 0)
            if value.rows == 1 and value.c1 <= col <= value.c2:
                return value.value(0, col - value.c1)
        return VALUE
    return value


_NUMBER_TEXT = re.compile(r"^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$")


def text_to_number(text: str) -> float | ErrorValue:
    stripped = text.strip()
    if _NUMBER_TEXT.match(stripped):
        return float(stripped)
    percent = stripped.endswith("%") and text_to_number(stripped[:-1])
    if isinstance(percent, float):
        return percent / 100
    try:
        return date_serial(dt.date.fromisoformat(stripped))
    except ValueError:
        pass
    if re.fullmatch(r"[+-]?\d{1,3}(,\d{3})+(\.\d*)?", stripped):
        return float(stripped.replace(",", ""))
    return VALUE


def to_number(value: object) -> float | ErrorValue:
    value = single(value)
    if isinstance(value, ErrorValue):
        return value
    if value is None:
        return 0.0
    if isinstance(value, bool):
        return 1.0 if value else 0.0
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, str):
        return text_to_number(value)
    return VALUE


def number_text(number: float) -> str:
    """A number as General format writes it: up to 15 significant digits."""
    if number == 0:
        return "0"
    if number == int(number) and abs(number) < 1e15:
        return str(int(number))
    text = f"{number:.15g}"
    if "e" in text:
        mantissa, _, exponent = text.partition("e")
        sign = exponent[0]
        text = f"{mantissa}E{sign}{int(exponent[1:]):02d}"
    return text


def to_text(value: object) -> str | ErrorValue:
    value = single(value)
    if isinstance(value, ErrorValue):
        return value
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float | int):
        return number_text(float(value))
    return str(value)


def to_bool(value: object) -> bool | ErrorValue:
    value = single(value)
    if isinstance(value, ErrorValue):
        return value
    if value is None:
        return False
    if isinstance(value, bool):
        return value
    if isinstance(value, float | int):
        return value != 0
    if isinstance(value, str):
        if value.upper() in ("TRUE", "FALSE"):
            return value.upper() == "TRUE"
    return VALUE


def finite(number: float) -> float | ErrorValue:
    return number if math.isfinite(number) else NUM


# -- comparison ----------------------------------------------------------------------


def _rank(value: object) -> int:
    if isinstance(value, bool):
        return 2
    if isinstance(value, str):
        return 1
    return 0


def compare(a: object, b: object) -> int:
    """-1, 0 or 1 as Excel orders values: numbers < text < booleans; text ignores case."""
    if a is None:
        a = "" if isinstance(b, str) else (False if isinstance(b, bool) else 0.0)
    if b is None:
        b = "" if isinstance(a, str) else (False if isinstance(a, bool) else 0.0)
    ra, rb = _rank(a), _rank(b)
    if ra != rb:
        return -1 if ra < rb else 1
    if ra == 1:
        x, y = str(a).casefold(), str(b).casefold()
        return (x > y) - (x < y)
    fa, fb = float(a), float(b)  # type: ignore[arg-type]
    if _approx_equal(fa, fb):
        return 0
    return -1 if fa < fb else 1


# -- the parser ----------------------------------------------------------------------

Node = Callable[[Context], object]
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
        left = self.prefix()
        while True:
            token = self.peek()
            if token.kind != "op":
                break
            if token.text == "%":
                if _POSTFIX <= power:
                    break
                self.take()
                left = _percent(left)
                continue
            bp = _INFIX.get(token.text)
            if bp is None or bp <= power:
                break
            self.take()
            right = self.expression(bp)  # left-associative, ^ included, as in Excel
            left = _binary(token.text, left, right)
        return left

    def prefix(self) -> Node:
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
        name = token.text.upper()
        if name.startswith("_XLFN."):
            name = name[6:]
        self.functions.add(name)
        self.expect("(")
        args: list[Node] = []
        if self.peek().text != ")":
            while True:
                if self.peek().text in (",", ";", ")"):
                    args.append(_missing)  # an empty argument, as in ROUND(A1,)
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


def _missing(ctx: Context) -> object:
    return None


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


def _arith(op: str, a: float, b: float) -> object:
    if op == "+":
        return _approx_add(a, b)
    if op == "-":
        return _approx_add(a, -b)
    if op == "*":
        return finite(a * b)
    if op == "/":
        return DIV0 if b == 0 else finite(a / b)
    # ^
    if a == 0 and b == 0:
        return NUM
    if a == 0 and b < 0:
        return DIV0
    try:
        result = a**b
    except (OverflowError, ZeroDivisionError):
        return NUM
    if isinstance(result, complex):
        return NUM
    return finite(result)


def _binary(op: str, left: Node, right: Node) -> Node:
    if op in "+-*/^":

        def arith(ctx: Context) -> object:
            a = to_number(left(ctx))
            if isinstance(a, ErrorValue):
                return a
            b = to_number(right(ctx))
            if isinstance(b, ErrorValue):
                return b
            return _arith(op, a, b)

        return arith
    if op == "&":

        def concat(ctx: Context) -> object:
            a = to_text(left(ctx))
            if isinstance(a, ErrorValue):
                return a
            b = to_text(right(ctx))
            if isinstance(b, ErrorValue):
                return b
            return a + b

        return concat
    test = {
        "=": lambda c: c == 0, "<>": lambda c: c != 0, "<": lambda c: c < 0,
        ">": lambda c: c > 0, "<=": lambda c: c <= 0, ">=": lambda c: c >= 0,
    }[op]

    def comparison(ctx: Context) -> object:
        a = single(left(ctx))
        if isinstance(a, ErrorValue):
            return a
        b = single(right(ctx))
        if isinstance(b, ErrorValue):
            return b
        return test(compare(a, b))

    return comparison


def compile_formula(formula: str) -> Compiled:
    """Parse ``formula`` (with or without its leading ``=``). Raises FormulaError."""
    text = formula[1:] if formula.startswith("=") else formula
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
    return final_value(result)


def final_value(result: object) -> object:
    """What a cell shows for a formula's result: an empty cell reads as 0."""
    result = single(result)
    if result is None:
        return 0.0
    if isinstance(result, float) and not math.isfinite(result):
        return NUM
    return result


# -- the function registry (filled by functions.py) -------------------------------

FUNCTIONS: dict[str, tuple[Callable[..., object], int, int, bool]] = {}


def function(name: str, low: int, high: int = 255, lazy: bool = False):  # type: ignore[no-untyped-def]
    """Register a spreadsheet function taking ``low`` to ``high`` arguments; a ``lazy``
    one gets the context and its arguments unevaluated (IF, IFERROR)."""

    def register(fn):  # type: ignore[no-untyped-def]
        FUNCTIONS[name] = (fn, low, high, lazy)
        return fn

    return register


from tutor.skills.sheets import functions as _functions  # noqa: E402,F401  (registers them)
from tutor.skills.sheets.number_formats import format_number, is_date_format  # noqa: E402,F401
