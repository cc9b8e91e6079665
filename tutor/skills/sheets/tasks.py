"""Spreadsheet tasks: what a lesson pack declares (the starting cells and what is
checked) and the grading of a workbook against it. Pure Python."""

from __future__ import annotations

import math
import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from tutor import cues
from tutor.content.schema import ExerciseBase
from tutor.grading import Feedback, Verdict
from tutor.i18n import QT_TRANSLATE_NOOP
from tutor.skills.sheets import formulas as fx
from tutor.skills.sheets.engine import Workbook, format_decimals, format_kind, parse_input

CONTEXT = "sheets"
CellValue = float | bool | str


def _check_ref(text: str, ranges: bool = True) -> str:
    sheet, rest = fx.split_sheet(text)
    try:
        if ranges:
            fx.parse_range(rest)
        else:
            fx.parse_cell(rest)
    except ValueError:
        raise ValueError(f"{text!r} is not a cell like B3 or a range like A2:C6") from None
    return text


class Check(BaseModel):
    """One thing checked. Either ``cell`` (a cell or a range, each cell checked), or
    ``sorted`` (a range whose rows must be sorted by column ``by``), or ``chart``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    cell: str | None = None
    value: CellValue | None = None  # the value it must show
    tolerance: float = Field(default=1e-6, ge=0)
    equals: str | None = None  # a formula whose value it must show (relative to the
    # first cell of the range)
    formula: bool = False  # it must hold a formula, not a typed number
    function: str | None = None  # the formula must use this function
    absolute: str | None = None  # the formula must use this cell as $B$1
    format: Literal["general", "number", "currency", "percent", "date"] | None = None
    decimals: int | None = Field(default=None, ge=0, le=10)
    bold: bool | None = None
    sorted: str | None = None
    by: str | None = None  # the column letter of the sort key
    order: Literal["ascending", "descending"] = "ascending"
    chart: Literal["bar", "line", "any"] | None = None
    weight: float = Field(default=1.0, gt=0, le=100)

    @field_validator("cell", "sorted")
    @classmethod
    def _a_range(cls, text: str | None) -> str | None:
        return None if text is None else _check_ref(text)

    @field_validator("absolute")
    @classmethod
    def _a_cell(cls, text: str | None) -> str | None:
        return None if text is None else _check_ref(text.replace("$", ""), ranges=False)

    @field_validator("equals")
    @classmethod
    def _a_formula(cls, text: str | None) -> str | None:
        if text is None:
            return None
        try:
            fx.compile_formula(text)
        except fx.FormulaError as exc:
            raise ValueError(f"the formula {text!r} cannot be read: {exc}") from None
        return text if text.startswith("=") else "=" + text

    @field_validator("function")
    @classmethod
    def _a_function(cls, name: str | None) -> str | None:
        if name is not None and name.upper() not in fx.FUNCTIONS:
            raise ValueError(f"unknown function {name!r}")
        return None if name is None else name.upper()

    @field_validator("by")
    @classmethod
    def _a_column(cls, letters: str | None) -> str | None:
        if letters is not None and not re.fullmatch(r"[A-Za-z]{1,3}", letters):
            raise ValueError("'by' is a column letter, like B")
        return None if letters is None else letters.upper()

    @model_validator(mode="after")
    def _one_kind(self) -> Check:
        kinds = [self.cell is not None, self.sorted is not None, self.chart is not None]
        if sum(kinds) != 1:
            raise ValueError("a check has exactly one of 'cell', 'sorted' or 'chart'")
        if self.sorted is not None and self.by is None:
            raise ValueError("a 'sorted' check needs 'by', the column to sort by")
        return self


class SheetsExercise(ExerciseBase):
    """A spreadsheet task of a lesson pack."""

    instructions: str = Field(min_length=1, max_length=4000)
    hint: str = Field(default="", max_length=2000)
    sheet: str = Field(default="Sheet1", min_length=1, max_length=31)
    cells: dict[str, CellValue] = {}  # the starting cells: "A1" or "Sheet2!A1" -> content
    formats: dict[str, str] = {}  # cell or range -> number format code
    bold: list[str] = []  # cells or ranges in bold at the start
    widths: dict[str, float] = {}  # column letter -> width in characters
    currency: str = Field(default="$", min_length=1, max_length=4)
    checks: list[Check] = Field(min_length=1)
    pass_mark: float = Field(default=1.0, gt=0, le=1)

    @field_validator("cells", "formats")
    @classmethod
    def _cell_keys(cls, table: dict[str, object]) -> dict[str, object]:
        for key in table:
            _check_ref(key)
        return table

    @field_validator("bold")
    @classmethod
    def _bold_keys(cls, cells: list[str]) -> list[str]:
        for key in cells:
            _check_ref(key)
        return cells

    @field_validator("widths")
    @classmethod
    def _width_keys(cls, table: dict[str, float]) -> dict[str, float]:
        for key in table:
            if not re.fullmatch(r"[A-Za-z]{1,3}", key):
                raise ValueError(f"{key!r} is not a column letter")
        return table


def _cells_of(ref: str, default_sheet: str) -> tuple[str, list[tuple[int, int]]]:
    sheet, rest = fx.split_sheet(ref)
    top, left, bottom, right = fx.parse_range(rest)
    return sheet or default_sheet, [(r, c) for r in range(top, bottom + 1)
                                    for c in range(left, right + 1)]


def start_workbook(exercise: SheetsExercise) -> Workbook:
    """The workbook a learner starts the task with."""
    names = [exercise.sheet]
    for key in exercise.cells:
        sheet, _ = fx.split_sheet(key)
        if sheet and sheet.casefold() not in (n.casefold() for n in names):
            names.append(sheet)
    book = Workbook(names)
    for key, content in exercise.cells.items():
        sheet, cells = _cells_of(key, exercise.sheet)
        if isinstance(content, str):
            content, implied = parse_input(content) if not content.startswith("=") else (
                content, None)
        else:
            implied = None
        for row, col in cells:
            book._put(sheet, row, col, content)
            if implied:
                book.sheet(sheet).cells[(row, col)].number_format = implied
    for key, code in exercise.formats.items():
        sheet, cells = _cells_of(key, exercise.sheet)
        for row, col in cells:
            book.sheet(sheet).cells.setdefault((row, col), _blank()).number_format = code
    for key in exercise.bold:
        sheet, cells = _cells_of(key, exercise.sheet)
        for row, col in cells:
            book.sheet(sheet).cells.setdefault((row, col), _blank()).bold = True
    for letters, width in exercise.widths.items():
        book.sheet(exercise.sheet).widths[fx.column_index(letters)] = width
    book.recalculate_all()
    return book


def _blank():  # type: ignore[no-untyped-def]
    from tutor.skills.sheets.engine import Cell

    return Cell()


# -- grading -------------------------------------------------------------------------

M = {
    "right": QT_TRANSLATE_NOOP("sheets", "{cell} is right."),
    "empty": QT_TRANSLATE_NOOP("sheets", "{cell} is empty. Something should be there."),
    "formula": QT_TRANSLATE_NOOP(
        "sheets", "{cell} has a typed number. Type a formula instead: start with = so the "
        "spreadsheet calculates it."),
    "constant": QT_TRANSLATE_NOOP(
        "sheets", "The formula in {cell} only has numbers. Use the cells instead (like "
        "=B2+B3), so the result changes when they change."),
    "error": QT_TRANSLATE_NOOP(
        "sheets", "{cell} shows the error {error}. Check the formula in this cell."),
    "circular": QT_TRANSLATE_NOOP(
        "sheets", "The formula in {cell} uses its own cell (a circular reference)."),
    "value": QT_TRANSLATE_NOOP("sheets", "{cell} shows {actual}, but it should show {expected}."),
    "function": QT_TRANSLATE_NOOP("sheets", "The formula in {cell} should use the {function} "
                                  "function."),
    "absolute": QT_TRANSLATE_NOOP(
        "sheets", "The formula in {cell} should use {absolute} with dollar signs, so it does "
        "not move when you fill down."),
    "currency": QT_TRANSLATE_NOOP("sheets", "Show {cell} as money (currency format)."),
    "percent": QT_TRANSLATE_NOOP("sheets", "Show {cell} as a percentage."),
    "date": QT_TRANSLATE_NOOP("sheets", "Show {cell} as a date."),
    "number": QT_TRANSLATE_NOOP("sheets", "Show {cell} as a number."),
    "general": QT_TRANSLATE_NOOP("sheets", "Remove the special format of {cell}."),
    "decimals": QT_TRANSLATE_NOOP("sheets", "Show {cell} with {decimals} decimal places."),
    "bold": QT_TRANSLATE_NOOP("sheets", "Make {cell} bold."),
    "not_bold": QT_TRANSLATE_NOOP("sheets", "{cell} should not be bold."),
    "sorted": QT_TRANSLATE_NOOP("sheets", "The rows {range} are sorted by column {column}."),
    "not_sorted_up": QT_TRANSLATE_NOOP(
        "sheets", "Sort the rows {range} by column {column}, from smallest to largest "
        "(A to Z)."),
    "not_sorted_down": QT_TRANSLATE_NOOP(
        "sheets", "Sort the rows {range} by column {column}, from largest to smallest "
        "(Z to A)."),
    "rows_changed": QT_TRANSLATE_NOOP(
        "sheets", "Some rows of {range} were changed or lost while sorting. Undo and sort "
        "the whole table."),
    "chart": QT_TRANSLATE_NOOP("sheets", "There is a chart of the data."),
    "no_chart": QT_TRANSLATE_NOOP(
        "sheets", "Make a chart: select the data, then press Chart."),
    "no_line_chart": QT_TRANSLATE_NOOP(
        "sheets", "Make a line chart: select the data, then press Chart and choose Line."),
    "no_bar_chart": QT_TRANSLATE_NOOP(
        "sheets", "Make a bar chart: select the data, then press Chart and choose Bars."),
}


def _fb(criterion: str, passed: bool, key: str, weight: float, **params: object) -> Feedback:
    return Feedback(criterion, passed, M[key], params, CONTEXT, weight)


def _show(value: object) -> str:
    if value is None:
        return '""'
    if isinstance(value, str) and not isinstance(value, fx.ErrorValue):
        return f'"{value}"'
    return fx.to_text(value) if not isinstance(value, fx.ErrorValue) else str(value)


def _same(actual: object, expected: object, tolerance: float) -> bool:
    if isinstance(expected, bool) or isinstance(actual, bool):
        return actual is expected or actual == expected and type(actual) is type(expected)
    if isinstance(expected, float | int):
        if not isinstance(actual, float | int) or isinstance(actual, fx.ErrorValue):
            return False
        return math.isclose(actual, expected, rel_tol=1e-9, abs_tol=max(tolerance, 1e-12))
    if isinstance(expected, str):
        return isinstance(actual, str) and not isinstance(actual, fx.ErrorValue) and (
            actual.strip().casefold() == expected.strip().casefold())
    return actual == expected


def _check_cell(book: Workbook, check: Check, default_sheet: str) -> Feedback:
    assert check.cell is not None
    sheet_name, cells = _cells_of(check.cell, default_sheet)
    sheet = book.find_sheet(sheet_name)
    shown = check.cell
    first = cells[0]
    for row, col in cells:
        name = fx.cell_name(row, col) if len(cells) > 1 or not check.cell else check.cell
        if len(cells) == 1:
            name = check.cell
        criterion = name
        cell = sheet.cells.get((row, col)) if sheet else None
        content = cell.content if cell else None
        value = book.value(sheet_name, row, col) if sheet else None
        w = check.weight
        expected = check.value
        if check.equals is not None:
            expected = book.evaluate(fx.shift_formula(check.equals, row - first[0],
                                                      col - first[1]),
                                     sheet_name, row, col) if sheet else None
        needs_content = expected is not None or check.formula or check.function or (
            check.absolute)
        if needs_content and content is None:
            return _fb(criterion, False, "empty", w, cell=name)
        is_formula = cell is not None and cell.is_formula()
        if (check.formula or check.function or check.absolute) and not is_formula:
            return _fb(criterion, False, "formula", w, cell=name)
        if is_formula and (check.formula or check.function or check.absolute) and not (
            _compiles(content) and fx.compile_formula(str(content)).refs
        ):
            return _fb(criterion, False, "constant", w, cell=name)
        if sheet and (sheet.name, row, col) in book.circular:
            return _fb(criterion, False, "circular", w, cell=name)
        if isinstance(value, fx.ErrorValue) and not isinstance(expected, fx.ErrorValue):
            return _fb(criterion, False, "error", w, cell=name, error=str(value))
        if expected is not None and not _same(value, expected, check.tolerance):
            return _fb(criterion, False, "value", w, cell=name, actual=_show(value),
                       expected=_show(expected))
        if check.function and is_formula:
            used = fx.compile_formula(str(content)).functions if _compiles(content) else set()
            if check.function not in used:
                return _fb(criterion, False, "function", w, cell=name, function=check.function)
        if check.absolute and is_formula:
            want = check.absolute.replace("$", "").upper()
            if not _uses_absolute(str(content), want):
                row_a, col_a = fx.parse_cell(want)
                dollars = f"${fx.column_letters(col_a)}${row_a + 1}"
                return _fb(criterion, False, "absolute", w, cell=name, absolute=dollars)
        code = cell.number_format if cell else "General"
        if check.format is not None and format_kind(code) != check.format:
            return _fb(criterion, False, check.format, w, cell=name)
        if check.decimals is not None and (format_kind(code) in ("general", "date")
                                           or format_decimals(code) != check.decimals):
            return _fb(criterion, False, "decimals", w, cell=name, decimals=check.decimals)
        if check.bold is not None and bool(cell and cell.bold) != check.bold:
            return _fb(criterion, False, "bold" if check.bold else "not_bold", w, cell=name)
    return _fb(shown, True, "right", check.weight, cell=shown)


def _compiles(content: object) -> bool:
    try:
        fx.compile_formula(str(content))
    except fx.FormulaError:
        return False
    return True


def _uses_absolute(formula: str, cell: str) -> bool:
    row, col = fx.parse_cell(cell)
    for ref in fx.compile_formula(formula).refs:
        corners = [(ref.r1, ref.c1, ref.abs_r1, ref.abs_c1), (ref.r2, ref.c2, ref.abs_r2,
                                                              ref.abs_c2)]
        for r, c, abs_r, abs_c in corners:
            if (r, c) == (row, col) and abs_r and abs_c:
                return True
    return False


def _check_sorted(book: Workbook, check: Check, default_sheet: str,
                  start: Workbook | None) -> Feedback:
    assert check.sorted is not None and check.by is not None
    sheet_name, rest = fx.split_sheet(check.sorted)
    sheet_name = sheet_name or default_sheet
    top, left, bottom, right = fx.parse_range(rest)
    by = fx.column_index(check.by)
    params = {"range": check.sorted, "column": check.by}
    key = "not_sorted_down" if check.order == "descending" else "not_sorted_up"
    if book.find_sheet(sheet_name) is None:
        return _fb("sort", False, key, check.weight, **params)

    def rows_of(workbook: Workbook) -> list[tuple[str, ...]]:
        return sorted(tuple(_show(workbook.value(sheet_name, r, c)) for c in range(left,
                                                                                   right + 1))
                      for r in range(top, bottom + 1))

    if start is not None and start.find_sheet(sheet_name) and rows_of(start) != rows_of(book):
        return _fb("sort", False, "rows_changed", check.weight, **params)
    keys = [book.value(sheet_name, r, by) for r in range(top, bottom + 1)]
    keys = [k for k in keys if k not in (None, "")]
    step = -1 if check.order == "descending" else 1
    in_order = all(fx.compare(a, b) * step <= 0 for a, b in zip(keys, keys[1:], strict=False))
    return _fb("sort", in_order, "sorted" if in_order else key, check.weight, **params)


def _check_chart(book: Workbook, check: Check) -> Feedback:
    charts = [c for s in book.sheets for c in s.charts]
    wanted = check.chart
    ok = any(wanted == "any" or c.kind == wanted for c in charts)
    if ok:
        return _fb("chart", True, "chart", check.weight)
    key = {"line": "no_line_chart", "bar": "no_bar_chart"}.get(wanted or "", "no_chart")
    return _fb("chart", False, key, check.weight)


def grade_workbook(exercise: SheetsExercise, book: Workbook) -> Verdict:
    """One feedback entry per check, naming the cell and what is wrong."""
    start = start_workbook(exercise) if any(c.sorted for c in exercise.checks) else None
    # A workbook made in Calc or Excel may call its first sheet otherwise.
    default = exercise.sheet if book.find_sheet(exercise.sheet) else book.sheets[0].name
    if start is not None and default != exercise.sheet:
        start.sheets[0].name = default
        start._index_sheets()
    feedback = []
    for check in exercise.checks:
        if check.cell is not None:
            feedback.append(_check_cell(book, check, default))
        elif check.sorted is not None:
            feedback.append(_check_sorted(book, check, default, start))
        else:
            feedback.append(_check_chart(book, check))
    return Verdict.from_feedback(feedback, exercise.pass_mark)


def cue(exercise: SheetsExercise) -> cues.Cue:
    """The picture and short words above a task's instructions: what its checks ask for
    (a chart, a sort, a formula, a format), else typing in the cells."""
    checks = exercise.checks
    if any(c.chart for c in checks):
        return cues.MAKE_CHART
    if any(c.sorted for c in checks):
        return cues.SORT_TABLE
    if any(c.formula or c.function or c.absolute or c.equals for c in checks):
        return cues.WRITE_FORMULA
    if any(c.format or c.decimals is not None or c.bold is not None for c in checks):
        return cues.FORMAT_CELLS
    return cues.TYPE_IN_CELLS
