"""Cell and range addresses: column letters, ``"B3"`` and ``"A1:C3"``, references as
formulas write them (``Sheet2!$B$1``, ``'My sheet'!A:A``). Pure Python."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tutor.skills.sheets.values import FormulaError

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
    """``"'My sheet'!B3"`` -> ("My sheet", "B3"); no sheet -> ("", text)."""
    if "!" not in text:
        return "", text
    sheet, _, rest = text.rpartition("!")
    if sheet.startswith("'"):
        sheet = sheet[1:-1].replace("''", "'")
    return sheet, rest


def parse_ref(text: str) -> RefParts:
    """A reference as a formula writes it; raises FormulaError if it is not one."""
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
