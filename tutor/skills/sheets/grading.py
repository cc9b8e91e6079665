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
from tutor.skills.sheets.engine import Cell, Key, Workbook, start_workbook
from tutor.skills.sheets.formulas import Compiled, compile_formula, shift_formula
from tutor.skills.sheets.model import Check, SheetsExercise, cells_of
from tutor.skills.sheets.number_formats import format_decimals, format_kind
from tutor.skills.sheets.references import (
    cell_name,
    column_index,
    column_letters,
    format_ref,
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
    "mixed": QT_TRANSLATE_NOOP(
        "sheets", "{cell} is right. {ref} stays in place in the direction you filled, "
        "which is all this task needs. {absolute}, with both dollar signs, is the usual "
        "choice: it stays in place whichever way the formula is copied."),
    "moved": QT_TRANSLATE_NOOP(
        "sheets", "{cell} is wrong: the formula was filled from {first} and {ref} moved "
        "with it. Write {fixed} with dollar signs, so it stays in place."),
    "follow": QT_TRANSLATE_NOOP(
        "sheets", "The formula in {cell} gives the right result now, but not when {input} "
        "changes. Use the cells in the formula, not numbers typed into it."),
    "follow_any": QT_TRANSLATE_NOOP(
        "sheets", "The formula in {cell} gives the right result now, but not when the "
        "numbers change. Use the cells in the formula, not numbers typed into it."),
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


def _fb(criterion: str, passed: bool, key: str, weight: float, essential: bool = True,
        **params: object) -> Feedback:
    return Feedback(criterion, passed, M[key], params, CONTEXT, weight, essential)


def _show(value: object) -> str:
    if value is None:
        return '""'
    if isinstance(value, str) and not isinstance(value, ErrorValue):
        return f'"{value}"'
    return to_text(value) if not isinstance(value, ErrorValue) else str(value)


def _same(actual: object, expected: object, tolerance: float) -> bool:
    if isinstance(expected, bool) or isinstance(actual, bool):
        return actual is expected or actual == expected and type(actual) is type(expected)
    if isinstance(expected, ErrorValue) or isinstance(actual, ErrorValue):
        return isinstance(actual, ErrorValue) and actual == expected
    if isinstance(expected, float | int):
        if not isinstance(actual, float | int):
            return False
        return math.isclose(actual, expected, rel_tol=1e-9, abs_tol=max(tolerance, 1e-12))
    if isinstance(expected, str):
        return isinstance(actual, str) and (
            actual.strip().casefold() == expected.strip().casefold())
    return actual == expected


# A function a task names may be written with its newer form, which does the same and
# more (IFS for IF, COUNTIFS for COUNTIF, XLOOKUP for VLOOKUP...).
ALTERNATIVES = {
    "IF": {"IFS"}, "COUNTIF": {"COUNTIFS"}, "SUMIF": {"SUMIFS"},
    "AVERAGEIF": {"AVERAGEIFS"}, "VLOOKUP": {"XLOOKUP"}, "HLOOKUP": {"XLOOKUP"},
    "CONCATENATE": {"CONCAT", "TEXTJOIN"}, "STDEV": {"STDEV.S"}, "STDEVP": {"STDEV.P"},
}


def _uses_function(used: set[str] | frozenset[str], wanted: str) -> bool:
    return wanted in used or bool(ALTERNATIVES.get(wanted, set()) & set(used))


def _check_cell(book: Workbook, check: Check, default_sheet: str) -> Feedback:
    assert check.cell is not None
    sheet_name, cells = cells_of(check.cell, default_sheet)
    sheet = book.find_sheet(sheet_name)
    shown = check.cell
    first = cells[0]
    w, essential = check.weight, check.essential
    # the way a range is filled: down (several rows), right (several columns)
    down = len({r for r, _ in cells}) > 1
    right = len({c for _, c in cells}) > 1
    wants_formula = bool(check.formula or check.function or check.absolute)
    mixed: str | None = None  # the mixed reference accepted, if any (for the advice)

    def fail(key: str, **params: object) -> Feedback:
        return _fb(criterion, False, key, w, essential, **params)

    for row, col in cells:
        name = check.cell if len(cells) == 1 else cell_name(row, col)
        criterion = name
        cell = sheet.cells.get((row, col)) if sheet else None
        content = cell.content if cell else None
        value = book.value(sheet_name, row, col) if sheet else None
        expected: object = check.value
        expected_formula = None
        if check.equals is not None:
            expected_formula = shift_formula(check.equals, row - first[0], col - first[1])
            expected = book.evaluate(expected_formula, sheet_name, row, col) if sheet else None
        needs_content = expected is not None or wants_formula
        if needs_content and content is None:
            return fail("empty", cell=name)
        is_formula = cell is not None and cell.is_formula()
        compiled = _compiled(content) if is_formula else None
        if wants_formula and not is_formula:
            return fail("formula", cell=name)
        if wants_formula and not (compiled and compiled.refs):
            return fail("constant", cell=name)
        if sheet and (sheet.name, row, col) in book.circular:
            return fail("circular", cell=name)
        if check.absolute and compiled is not None:
            want = check.absolute.replace("$", "").upper()
            fixed = _fixed_use(compiled, want, down, right)
            if fixed is None:
                return fail("absolute", cell=name, absolute=_dollars(want))
            if fixed != _dollars(want):
                mixed = fixed
        if expected is not None and not _same(value, expected, check.tolerance):
            moved = _moved(sheet.cells.get(first) if sheet else None, check.equals, down,
                           right) if (row, col) != first else None
            if moved is not None:
                return fail("moved", cell=name, first=cell_name(*first), ref=moved[0],
                            fixed=moved[1])
            if isinstance(value, ErrorValue):
                return fail("error", cell=name, error=str(value))
            return fail("value", cell=name, actual=_show(value), expected=_show(expected))
        if isinstance(value, ErrorValue) and expected is None:
            return fail("error", cell=name, error=str(value))
        if check.function and compiled is not None and not _uses_function(
                compiled.functions, check.function):
            return fail("function", cell=name, function=check.function)
        code = cell.number_format if cell else "General"
        if check.format is not None and format_kind(code) != check.format:
            return fail(check.format, cell=name)
        if check.decimals is not None and (format_kind(code) in ("general", "date")
                                           or format_decimals(code) != check.decimals):
            return fail("decimals", cell=name, decimals=check.decimals)
        if check.bold is not None and bool(cell and cell.bold) != check.bold:
            return fail("bold" if check.bold else "not_bold", cell=name)
    if wants_formula and check.equals is not None and sheet is not None:
        broken = _not_following(book, sheet.name, cells, check)
        if broken is not None:
            criterion = broken[0]
            if broken[1]:
                return fail("follow", cell=broken[0], input=broken[1])
            return fail("follow_any", cell=broken[0])
    if mixed is not None:
        return _fb(shown, True, "mixed", w, essential, cell=shown, ref=mixed,
                   absolute=_dollars(check.absolute or ""))
    return _fb(shown, True, "right", w, essential, cell=shown)


def _compiled(content: object) -> Compiled | None:
    try:
        return compile_formula(str(content))
    except FormulaError:
        return None


def _dollars(cell: str) -> str:
    row, col = parse_cell(cell.replace("$", ""))
    return f"${column_letters(col)}${row + 1}"


def _fixed_use(compiled: Compiled, cell: str, down: bool, right: bool) -> str | None:
    """How the formula writes ``cell`` when the parts that filling moves are fixed
    ($B$1, or B$1 when filled down only, $B1 when filled right only); None when it
    does not use ``cell`` so."""
    row, col = parse_cell(cell)
    # a formula in one cell is not filled: the task's $B$1 is what is asked
    need_row, need_col = (down, right) if (down or right) else (True, True)
    best = None
    for ref in compiled.refs:
        for r, c, abs_r, abs_c in ((ref.r1, ref.c1, ref.abs_r1, ref.abs_c1),
                                   (ref.r2, ref.c2, ref.abs_r2, ref.abs_c2)):
            if (r, c) != (row, col) or (need_row and not abs_r) or (need_col and not abs_c):
                continue
            text = f"{'$' if abs_c else ''}{column_letters(c)}{'$' if abs_r else ''}{r + 1}"
            if abs_r and abs_c:
                return text
            best = text
    return best


def _moved(first: Cell | None, expected: str | None, down: bool, right: bool
           ) -> tuple[str, str] | None:
    """A reference the task fixes with $ (like $E$2:$F$7) that the learner's first
    formula of a filled range writes so that filling moves it (E2:F7): (as written,
    as it should be)."""
    if first is None or expected is None or not first.is_formula():
        return None
    learner, wanted = _compiled(first.content), _compiled(expected)
    if learner is None or wanted is None:
        return None
    for target in wanted.refs:
        fixed_rows = target.abs_r1 and target.abs_r2
        fixed_cols = target.abs_c1 and target.abs_c2
        if not ((down and fixed_rows) or (right and fixed_cols)):
            continue
        for ref in learner.refs:
            if (ref.r1, ref.c1, ref.r2, ref.c2, ref.whole_columns) != (
                    target.r1, target.c1, target.r2, target.c2, target.whole_columns):
                continue
            if (down and fixed_rows and not (ref.abs_r1 and ref.abs_r2)) or (
                    right and fixed_cols and not (ref.abs_c1 and ref.abs_c2)):
                return format_ref(ref), format_ref(target)
    return None


# -- a formula follows its cells -----------------------------------------------------

MAX_CELLS_TRIED = 5_000  # larger workbooks are not recalculated again for this check
MAX_CELLS_SEARCHED = 1_000  # up to this size, the number not followed is named
MAX_INPUTS = 200


def _not_following(book: Workbook, sheet: str, cells: list[tuple[int, int]],
                   check: Check) -> tuple[str, str] | None:
    """Whether the learner's formulas give the task's result when the numbers they
    should be computed from change (they do now, as the value was checked): a formula
    with a number typed into it (=B1*5, =C4*0.16) gives the right value today and a
    wrong one tomorrow. Returns (the cell, the number it does not follow, or "") or None."""
    if sum(len(s.cells) for s in book.sheets) > MAX_CELLS_TRIED or check.equals is None:
        return None
    first = cells[0]
    formulas = {(r, c): shift_formula(check.equals, r - first[0], c - first[1])
                for r, c in cells}
    inputs = _typed_inputs(book, sheet, list(formulas.values()))
    if not inputs:
        return None
    changes = {key: _other_number(book.value_at(key), index)
               for index, key in enumerate(inputs)}
    wrong = _first_wrong(book, sheet, formulas, changes, check.tolerance)
    if wrong is None:
        return None
    if sum(len(s.cells) for s in book.sheets) > MAX_CELLS_SEARCHED:
        return wrong, ""
    for key in inputs[:12]:  # which number: one at a time
        if _first_wrong(book, sheet, formulas, {key: changes[key]}, check.tolerance):
            name = cell_name(key[1], key[2])
            return wrong, (name if key[0] == sheet else f"{key[0]}!{name}")
    return wrong, ""


def _other_number(value: object, index: int) -> float:
    number = float(value) if isinstance(value, float | int) else 0.0
    return number * 1.5 + 7 + index


def _first_wrong(book: Workbook, sheet: str, formulas: dict[tuple[int, int], str],
                 changes: dict[Key, float], tolerance: float) -> str | None:
    other = _changed_copy(book, changes)
    for (row, col), formula in formulas.items():
        expected = other.evaluate(formula, sheet, row, col)
        if not _same(other.value(sheet, row, col), expected, tolerance):
            return cell_name(row, col)
    return None


def _changed_copy(book: Workbook, changes: dict[Key, float]) -> Workbook:
    other = Workbook([s.name for s in book.sheets])
    other._today = book._today
    for source, target in zip(book.sheets, other.sheets, strict=True):
        target.cells = {k: Cell(c.content, c.number_format, c.bold)
                        for k, c in source.cells.items()}
    for (name, row, col), number in changes.items():
        found = other.find_sheet(name)
        if found is not None and (row, col) in found.cells:
            found.cells[(row, col)].content = number
    other.recalculate_all()
    return other


def _typed_inputs(book: Workbook, sheet: str, formulas: list[str]) -> list[Key]:
    """The typed numbers the formulas compute from, through the formulas they read."""
    seen: set[Key] = set()
    inputs: list[Key] = []
    stack: list[Key] = []

    def read(formula: str, here: str) -> None:
        compiled = _compiled(formula)
        for ref in compiled.refs if compiled else ():
            found = book.find_sheet(ref.sheet or here)
            if found is None:
                continue
            bottom = found.used_rows() - 1 if ref.whole_columns else max(ref.r1, ref.r2)
            top, left, right = min(ref.r1, ref.r2), min(ref.c1, ref.c2), max(ref.c1, ref.c2)
            if (bottom - top + 1) * (right - left + 1) > len(found.cells):
                keys = [k for k in found.cells
                        if top <= k[0] <= bottom and left <= k[1] <= right]
            else:
                keys = [(r, c) for r in range(top, bottom + 1)
                        for c in range(left, right + 1) if (r, c) in found.cells]
            stack.extend((found.name, r, c) for r, c in keys)

    for formula in formulas:
        read(formula, sheet)
    while stack and len(seen) < MAX_CELLS_TRIED:
        key = stack.pop()
        if key in seen:
            continue
        seen.add(key)
        cell = book.sheet(key[0]).cells.get((key[1], key[2]))
        if cell is None:
            continue
        if cell.is_formula():
            read(str(cell.content), key[0])
        elif isinstance(cell.content, float | int) and not isinstance(cell.content, bool):
            inputs.append(key)
    return sorted(inputs)[:MAX_INPUTS]


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
        return _fb("sort", False, key, check.weight, check.essential, **params)

    def rows_of(workbook: Workbook) -> list[tuple[str, ...]]:
        return sorted(tuple(_show(workbook.value(sheet_name, r, c)) for c in range(left,
                                                                                   right + 1))
                      for r in range(top, bottom + 1))

    if start is not None and start.find_sheet(sheet_name) and rows_of(start) != rows_of(book):
        return _fb("sort", False, "rows_changed", check.weight, check.essential, **params)
    keys = [book.value(sheet_name, r, by) for r in range(top, bottom + 1)]
    keys = [k for k in keys if k not in (None, "")]
    step = -1 if check.order == "descending" else 1
    in_order = all(compare(a, b) * step <= 0 for a, b in zip(keys, keys[1:], strict=False))
    return _fb("sort", in_order, "sorted" if in_order else key, check.weight,
               check.essential, **params)


def _check_chart(book: Workbook, check: Check) -> Feedback:
    charts = [c for s in book.sheets for c in s.charts]
    wanted = check.chart
    ok = any(wanted == "any" or c.kind == wanted for c in charts)
    if ok:
        return _fb("chart", True, "chart", check.weight, check.essential)
    key = {"line": "no_line_chart", "bar": "no_bar_chart"}.get(wanted or "", "no_chart")
    return _fb("chart", False, key, check.weight, check.essential)


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
