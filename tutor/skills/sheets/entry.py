"""Typing into a cell as Calc and Excel take it: a formula finished when the entry ends
(missing parentheses and quotes added, function names and references in capitals), the
number format a formula's result takes (a date for ``=DATE(...)``), and point mode: while
a formula is typed after "=" or an operator, a click on a cell or an arrow key puts the
cell's reference into it. Pure Python; the grid (``view_grid.py``) asks these rules.
"""

from __future__ import annotations

from dataclasses import dataclass

from tutor.skills.sheets.formulas import tokenize
from tutor.skills.sheets.references import cell_name
from tutor.skills.sheets.values import FormulaError

# Functions whose result is a date: Calc and Excel show it with a date format.
DATE_FUNCTIONS = frozenset({"DATE", "TODAY", "DATEVALUE", "EDATE", "EOMONTH", "WORKDAY"})
# After these, a reference may follow: a click on a cell (or an arrow key) inserts one.
BEFORE_A_REFERENCE = frozenset("=+-*/^&(,;<>:")


def _inside_text(before: str) -> bool:
    """Whether the end of ``before`` (a formula's start) is inside "quoted text"."""
    return before.count('"') % 2 == 1


def completed_formula(text: str) -> str:
    """A formula as the cell keeps it when the entry ends, as Calc does: an unclosed
    "text" gets its quote, missing ")" are added, and function names, references and
    TRUE/FALSE are put in capitals (``=sum(b4:b8`` becomes ``=SUM(B4:B8)``). Text
    between quotes and sheet names are left as typed; anything else is not a formula and
    comes back unchanged."""
    if not text.startswith("=") or len(text) < 2:
        return text
    body = text[1:]
    if _inside_text(body):
        body += '"'
    depth = 0
    in_text = False
    for char in body:
        if char == '"':
            in_text = not in_text
        elif not in_text and char == "(":
            depth += 1
        elif not in_text and char == ")":
            depth -= 1
    if depth > 0:
        body += ")" * depth
    try:
        tokens = tokenize(body)
    except FormulaError:
        return "=" + body
    out, last = [], 0
    for token in tokens:
        end = token.start + len(token.text)
        if token.kind in ("func", "error") or (
                token.kind == "name" and token.text.upper() in ("TRUE", "FALSE")):
            new = token.text.upper()
        elif token.kind == "ref":
            sheet, bang, cells = token.text.rpartition("!")
            new = sheet + bang + cells.upper()
        else:
            continue
        out.append(body[last:token.start])
        out.append(new)
        last = end
    out.append(body[last:])
    return "=" + "".join(out)


def gives_a_date(formula: str) -> bool:
    """Whether the formula's result is a date, so that Calc shows it with a date format:
    the formula is one call of DATE, TODAY... (``=DATE(2026,12,25)``)."""
    if not formula.startswith("="):
        return False
    try:
        tokens = tokenize(formula[1:])
    except FormulaError:
        return False
    if len(tokens) < 4 or tokens[0].kind != "func" or tokens[1].text != "(":
        return False
    if tokens[0].text.upper() not in DATE_FUNCTIONS:
        return False
    depth = 0
    for index, token in enumerate(tokens[1:], start=1):
        if token.kind == "op" and token.text == "(":
            depth += 1
        elif token.kind == "op" and token.text == ")":
            depth -= 1
            if depth == 0:
                return tokens[index + 1].kind == "end"
    return False


# -- point mode -----------------------------------------------------------------------


def can_point(text: str, cursor: int) -> bool:
    """Whether a click on a cell (or an arrow key) inserts its reference at ``cursor``
    rather than ending the entry: the text is a formula, the cursor follows "=", an
    operator, "(" or "," (spaces between are allowed), and is not inside "text"."""
    if not text.startswith("="):
        return False
    before = text[:cursor].rstrip()
    if not before or _inside_text(before):
        return False
    return before[-1] in BEFORE_A_REFERENCE


def range_name(anchor: tuple[int, int], corner: tuple[int, int]) -> str:
    """The reference of the cells between two corners: "B2", or "B2:B8" top left first."""
    top, bottom = sorted((anchor[0], corner[0]))
    left, right = sorted((anchor[1], corner[1]))
    first = cell_name(top, left)
    return first if (top, left) == (bottom, right) else f"{first}:{cell_name(bottom, right)}"


@dataclass
class Pointer:
    """A reference being pointed at in a formula: where it starts in the text, how long
    it is, and the cells it names (``anchor`` where pointing started, ``corner`` where
    it is now; Shift moves the corner alone, making a range)."""

    start: int
    length: int
    anchor: tuple[int, int]
    corner: tuple[int, int]

    @property
    def end(self) -> int:
        return self.start + self.length

    def rect(self) -> tuple[int, int, int, int]:
        return (min(self.anchor[0], self.corner[0]), min(self.anchor[1], self.corner[1]),
                max(self.anchor[0], self.corner[0]), max(self.anchor[1], self.corner[1]))

    def put(self, text: str) -> str:
        """``text`` with this pointer's reference in place of what it had inserted."""
        name = range_name(self.anchor, self.corner)
        new = text[:self.start] + name + text[self.end:]
        self.length = len(name)
        return new


def point_at(text: str, cursor: int, pointer: Pointer | None, cell: tuple[int, int],
             extend: bool) -> tuple[str, Pointer] | None:
    """Point at ``cell`` while typing ``text`` with the cursor at ``cursor``: the new text
    and pointer, or None when the formula does not take a reference there. A pointer
    whose reference ends at the cursor is moved (``extend``: to a range from its anchor);
    otherwise a new reference is inserted at the cursor."""
    if pointer is not None and pointer.end == cursor and pointer.end <= len(text):
        if not extend:
            pointer.anchor = cell
        pointer.corner = cell
        return pointer.put(text), pointer
    if not can_point(text, cursor):
        return None
    pointer = Pointer(cursor, 0, cell, cell)
    return pointer.put(text), pointer


def stepped(pointer: Pointer | None, here: tuple[int, int], rows: int, cols: int,
            down: int, right: int) -> tuple[int, int]:
    """The cell an arrow key points at next: one step from the pointer's corner, or from
    the cell being typed in when nothing is pointed at yet; within the sheet."""
    row, col = pointer.corner if pointer is not None else here
    return (min(max(row + down, 0), rows - 1), min(max(col + right, 0), cols - 1))
