"""The grading of a spreadsheet task: the learner's workbook against the task's checks,
one feedback entry per check naming the cell and what is wrong (a value, a formula that
should use a function or a $B$1, a format, a sort, a chart); and ``tutor grade`` of an
.xlsx file made in Calc or Excel. Pure Python."""

from __future__ import annotations

import math
from pathlib import Path
from typing import TYPE_CHECKING

from tutor.grading import Feedback, Verdict
from tutor.i18n import QT_TRANSLATE_NOOP
from tutor.skills.sheets.engine import Workbook, start_workbook
from tutor.skills.sheets.formulas import compile_formula, shift_formula
from tutor.skills.sheets.model import Check, SheetsExercise, cells_of
from tutor.skills.sheets.number_formats import format_decimals, format_kind
from tutor.skills.sheets.references import (
    cell_name,
    column_index,
    column_letters,
    parse_cell,
    parse_range,
    split_sheet,
)
from tutor.skills.sheets.values import ErrorValue, FormulaError, compare, to_text

if TYPE_CHECKING:
    from tutor.content.packs import LessonPack

CONTEXT = "sheets"

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
    if isinstance(value, str) and not isinstance(value, ErrorValue):
        return f'"{value}"'
    return to_text(value) if not isinstance(value, ErrorValue) else str(value)


def _same(actual: object, expected: object, tolerance: float) -> bool:
    if isinstance(expected, bool) or isinstance(actual, bool):
        return actual is expected or actual == expected and type(actual) is type(expected)
    if isinstance(expected, float | int):
        if not isinstance(actual, float | int) or isinstance(actual, ErrorValue):
            return False
        return math.isclose(actual, expected, rel_tol=1e-9, abs_tol=max(tolerance, 1e-12))
    if isinstance(expected, str):
        return isinstance(actual, str) and not isinstance(actual, ErrorValue) and (
            actual.strip().casefold() == expected.strip().casefold())
    return actual == expected


def _check_cell(book: Workbook, check: Check, default_sheet: str) -> Feedback:
    assert check.cell is not None
    sheet_name, cells = cells_of(check.cell, default_sheet)
    sheet = book.find_sheet(sheet_name)
    shown = check.cell
    first = cells[0]
    for row, col in cells:
        name = cell_name(row, col) if len(cells) > 1 or not check.cell else check.cell
        if len(cells) == 1:
            name = check.cell
        criterion = name
        cell = sheet.cells.get((row, col)) if sheet else None
        content = cell.content if cell else None
        value = book.value(sheet_name, row, col) if sheet else None
        w = check.weight
        expected: object = check.value
        if check.equals is not None:
            expected = book.evaluate(shift_formula(check.equals, row - first[0],
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
            _compiles(content) and compile_formula(str(content)).refs
        ):
            return _fb(criterion, False, "constant", w, cell=name)
        if sheet and (sheet.name, row, col) in book.circular:
            return _fb(criterion, False, "circular", w, cell=name)
        if isinstance(value, ErrorValue) and not isinstance(expected, ErrorValue):
            return _fb(criterion, False, "error", w, cell=name, error=str(value))
        if expected is not None and not _same(value, expected, check.tolerance):
            return _fb(criterion, False, "value", w, cell=name, actual=_show(value),
                       expected=_show(expected))
        if check.function and is_formula:
            used = compile_formula(str(content)).functions if _compiles(content) else set()
            if check.function not in used:
                return _fb(criterion, False, "function", w, cell=name, function=check.function)
        if check.absolute and is_formula:
            want = check.absolute.replace("$", "").upper()
            if not _uses_absolute(str(content), want):
                row_a, col_a = parse_cell(want)
                dollars = f"${column_letters(col_a)}${row_a + 1}"
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
        compile_formula(str(content))
    except FormulaError:
        return False
    return True


def _uses_absolute(formula: str, cell: str) -> bool:
    row, col = parse_cell(cell)
    for ref in compile_formula(formula).refs:
        corners = [(ref.r1, ref.c1, ref.abs_r1, ref.abs_c1), (ref.r2, ref.c2, ref.abs_r2,
                                                              ref.abs_c2)]
        for r, c, abs_r, abs_c in corners:
            if (r, c) == (row, col) and abs_r and abs_c:
                return True
    return False


def _check_sorted(book: Workbook, check: Check, default_sheet: str,
                  start: Workbook | None) -> Feedback:
    assert check.sorted is not None and check.by is not None
    sheet_name, rest = split_sheet(check.sorted)
    sheet_name = sheet_name or default_sheet
    top, left, bottom, right = parse_range(rest)
    by = column_index(check.by)
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
    in_order = all(compare(a, b) * step <= 0 for a, b in zip(keys, keys[1:], strict=False))
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


def grade_file(pack: LessonPack, exercise: SheetsExercise, path: Path) -> Verdict:
    """``tutor grade``: the verdict of an .xlsx file for a spreadsheet task."""
    from tutor.skills.sheets.xlsx import load_workbook  # openpyxl, only when a file is graded

    return grade_workbook(exercise, load_workbook(Path(path)))
