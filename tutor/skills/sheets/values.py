"""The values of spreadsheet formulas and their conversions, as Excel and LibreOffice
Calc have them.

Values are ``float`` (numbers and dates, as day serials of the 1900 system), ``str``,
``bool``, ``None`` (an empty cell) or :class:`ErrorValue`. A reference evaluates to an
:class:`Area`, which functions read as a range and operators read as one value
(:func:`single`). A :class:`Context` is what formulas read: the workbook (``engine.py``)
subclasses it. Pure Python; the bottom of the formula engine (it imports nothing of it).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass

# -- errors --------------------------------------------------------------------------


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


class TooMuchWork(ValueError):
    """A formula that would read more cells than Tutor reads for one formula or one
    recalculation (like =SUM(A1:XFD1048576), 17 billion cells): the cell shows #VALUE!
    instead of the program stopping for hours."""


# What Excel and Calc allow in one cell's text; a longer result is #VALUE!.
MAX_TEXT = 32_767
# Cells one formula may read at once (two whole columns), and cells one recalculation
# may read in all (Context.charge).
MAX_AREA_CELLS = 2 * 1_048_576
MAX_RECALC_READS = 4 * 1_048_576


def is_error(value: object) -> bool:
    return isinstance(value, ErrorValue)


# -- areas (what a reference evaluates to) and what formulas read -------------------


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

    @property
    def size(self) -> int:
        return self.rows * self.cols

    def values(self) -> Iterator[object]:
        """Every cell's value, row by row (empty cells as None)."""
        self.context.charge(self.size)
        yield from self.context.area_values(self)

    def grid(self) -> list[list[object]]:
        self.context.charge(self.size)
        return [[self.value(r, c) for c in range(self.cols)] for r in range(self.rows)]


class Context:
    """What formulas read: the workbook's cell values. ``engine.py`` subclasses it."""

    sheet = ""  # the sheet of the formula being evaluated
    here: tuple[int, int] | None = None  # the formula's cell (row, col), if in one

    def cell_value(self, sheet: str, row: int, col: int) -> object:
        return None

    def sheet_exists(self, sheet: str) -> bool:
        return True

    def used_rows(self, sheet: str) -> int:
        return 0

    def charge(self, cells: int) -> None:
        """Count ``cells`` about to be read; raises TooMuchWork past the limits, before
        reading them."""
        if cells > MAX_AREA_CELLS:
            raise TooMuchWork(cells)

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


def approx_equal(a: float, b: float) -> bool:
    """LibreOffice's rtl::math::approxEqual."""
    if a == b:
        return True
    return abs(a - b) < abs(a) * (1.0 / (16777216.0 * 16777216.0))


def approx_add(a: float, b: float) -> float:
    """LibreOffice's rtl::math::approxAdd: a sum that is zero but for rounding noise is 0."""
    if ((a < 0 < b) or (b < 0 < a)) and approx_equal(a, -b):
        return 0.0
    return a + b


def single(value: object) -> object:
    """A reference used as one value: its only cell (a range gives #VALUE!)."""
    if isinstance(value, Area):
        if value.rows == 1 and value.cols == 1:
            return value.value(0, 0)
        # implicit intersection with the formula's row or column, as Excel and Calc do
        ctx = value.context
        here = ctx.here
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


# -- arithmetic and comparison -------------------------------------------------------


def arithmetic(op: str, a: float, b: float) -> object:
    """``a op b`` for the operators + - * / ^, with the errors of Excel and Calc."""
    if op == "+":
        return approx_add(a, b)
    if op == "-":
        return approx_add(a, -b)
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


def kind_rank(value: object) -> int:
    """Where a kind of value sorts: numbers 0, text 1, booleans 2."""
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
    ra, rb = kind_rank(a), kind_rank(b)
    if ra != rb:
        return -1 if ra < rb else 1
    if ra == 1:
        x, y = str(a).casefold(), str(b).casefold()
        return (x > y) - (x < y)
    fa, fb = float(a), float(b)  # type: ignore[arg-type]
    if approx_equal(fa, fb):
        return 0
    return -1 if fa < fb else 1
