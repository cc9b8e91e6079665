"""A workbook: sheets of cells, recalculated in dependency order after each edit, with
the edits of a spreadsheet (fill, paste, insert and delete rows, sort, formats) and
undo/redo; the workbook a task starts with, and the task being done (:class:`TaskWork`),
which builds the finished attempt. Pure Python; the grid in ``view_grid.py`` shows it.

A cell's *content* is what the learner typed: ``None``, a number (``float``), ``bool``,
text, or a formula (text starting with ``=``). Its *value* is what it shows.
"""

from __future__ import annotations

import bisect
import copy
import datetime as dt
import functools
import itertools
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from tutor.attempt import FinishedAttempt
from tutor.grading import Verdict
from tutor.skills.sheets.cell_text import date_format, display_value, parse_input, shown_text
from tutor.skills.sheets.entry import completed_formula, gives_a_date
from tutor.skills.sheets.formulas import (
    Compiled,
    compile_formula,
    final_value,
    rewrite_refs,
    shift_formula,
)
from tutor.skills.sheets.model import SheetsExercise, cells_of
from tutor.skills.sheets.number_formats import GENERAL
from tutor.skills.sheets.references import (
    RefParts,
    cell_name,
    column_index,
    parse_cell,
    split_sheet,
)
from tutor.skills.sheets.values import (
    CIRC,
    MAX_RECALC_READS,
    NAME,
    VALUE,
    Area,
    Context,
    ErrorValue,
    FormulaError,
    TooMuchWork,
    compare,
    number_text,
)

SKILL_ID = "sheets"
Key = tuple[str, int, int]  # (sheet name, row, col), 0-based
Rect = tuple[int, int, int, int]  # top, left, bottom, right (inclusive)

# Links between formulas one recalculation follows (a formula reading a range of N
# formulas has N): 100,000 formulas each reading a column of 100,000 would be 10 billion.
MAX_LINKS = 2_000_000
BLOCK = 32  # rows per block of the index of formulas that read ranges


@dataclass
class Cell:
    content: object = None
    number_format: str = GENERAL
    bold: bool = False

    def is_formula(self) -> bool:
        return isinstance(self.content, str) and self.content.startswith("=") and len(
            self.content) > 1


@dataclass
class Chart:
    kind: str  # "bar" or "line"
    rect: Rect  # the data: first column labels, the others series (first row may be titles)
    title: str = ""


@dataclass
class Sheet:
    name: str
    cells: dict[tuple[int, int], Cell] = field(default_factory=dict)
    widths: dict[int, float] = field(default_factory=dict)  # column -> width in characters
    charts: list[Chart] = field(default_factory=list)

    def used_rows(self) -> int:
        return max((r for r, _ in self.cells), default=-1) + 1

    def used_cols(self) -> int:
        return max((c for _, c in self.cells), default=-1) + 1


class _Reader(Context):
    def __init__(self, book: Workbook) -> None:
        self.book = book
        self.here: tuple[int, int] | None = None
        self.reads = 0  # cells read by areas since start()
        self._used_rows: dict[str, int] = {}

    def start(self) -> None:
        """A new recalculation (or evaluation): the read budget starts again, and the
        sheets' sizes are measured again."""
        self.reads = 0
        self._used_rows.clear()

    def charge(self, cells: int) -> None:
        super().charge(cells)
        self.reads += cells
        if self.reads > MAX_RECALC_READS:
            raise TooMuchWork(self.reads)

    def cell_value(self, sheet: str, row: int, col: int) -> object:
        return self.book.value_at((sheet, row, col))

    def sheet_exists(self, sheet: str) -> bool:
        return self.book.find_sheet(sheet) is not None

    def used_rows(self, sheet: str) -> int:
        # measured once per recalculation: contents do not change during one
        if sheet not in self._used_rows:
            found = self.book.find_sheet(sheet)
            self._used_rows[sheet] = found.used_rows() if found else 0
        return self._used_rows[sheet]

    def area_values(self, area: Area) -> Iterator[object]:
        # Read only the stored cells for large sparse areas (whole columns).
        sheet = self.book.find_sheet(area.sheet)
        name = sheet.name if sheet else area.sheet
        size = (area.r2 - area.r1 + 1) * (area.c2 - area.c1 + 1)
        if sheet is not None and size > 4 * len(sheet.cells) + 64:
            # the stored cells in order, and the empty ones between them in runs
            cols = area.c2 - area.c1 + 1
            present = sorted(k for k in sheet.cells if area.r1 <= k[0] <= area.r2
                             and area.c1 <= k[1] <= area.c2)
            position = 0
            for row, col in present:
                at = (row - area.r1) * cols + col - area.c1
                yield from itertools.repeat(None, at - position)
                yield self.book.value_at((name, row, col))
                position = at + 1
            yield from itertools.repeat(None, size - position)
            return
        for row in range(area.r1, area.r2 + 1):
            for col in range(area.c1, area.c2 + 1):
                yield self.book.value_at((name, row, col))

    def today(self) -> dt.date:
        return self.book.today()


@dataclass
class Clip:
    """Copied cells: contents and formats, and where they came from."""

    origin: tuple[int, int]
    cells: list[list[Cell]]

    def text(self, book: Workbook | None = None) -> str:
        def show(cell: Cell) -> str:
            content = cell.content
            if content is None:
                return ""
            if isinstance(content, bool):
                return "TRUE" if content else "FALSE"
            if isinstance(content, float):
                return number_text(content)
            return str(content)

        return "\n".join("\t".join(show(c) for c in row) for row in self.cells)


class Workbook:
    def __init__(self, sheet_names: Iterable[str] = ("Sheet1",)) -> None:
        self.sheets: list[Sheet] = [Sheet(name) for name in sheet_names] or [Sheet("Sheet1")]
        self._by_name: dict[str, Sheet] = {}
        self._compiled: dict[Key, Compiled | None] = {}
        self._values: dict[Key, object] = {}
        self._precedents: dict[Key, list[tuple[str, Rect]]] = {}
        self._cell_dependents: dict[Key, set[Key]] = {}
        # formulas reading a range, by (sheet, column, block of rows) the range covers,
        # and ranges too large for that (whole columns)
        self._range_blocks: dict[tuple[str, int, int], set[Key]] = {}
        self._wide_ranges: dict[Key, list[tuple[str, Rect]]] = {}
        self._range_keys: dict[Key, list[tuple[str, int, int]]] = {}
        self.circular: set[Key] = set()
        self.too_complex = False  # the last recalculation gave up (MAX_LINKS)
        self._undo: list[tuple[str, list[Sheet]]] = []
        self._redo: list[tuple[str, list[Sheet]]] = []
        self._reader = _Reader(self)
        self._today: dt.date | None = None
        self._index_sheets()

    # -- time ---------------------------------------------------------------------------
    def today(self) -> dt.date:
        return self._today or dt.date.today()

    def set_today(self, day: dt.date | None) -> None:
        """The date TODAY() gives (None: the computer's date)."""
        self._today = day
        self.recalculate_all()

    # -- sheets -------------------------------------------------------------------------
    def _index_sheets(self) -> None:
        self._by_name = {s.name.casefold(): s for s in self.sheets}

    def find_sheet(self, name: str) -> Sheet | None:
        return self._by_name.get(name.casefold())

    def sheet(self, name: str | int = 0) -> Sheet:
        if isinstance(name, int):
            return self.sheets[name]
        found = self.find_sheet(name)
        if found is None:
            raise KeyError(name)
        return found

    def add_sheet(self, name: str | None = None) -> Sheet:
        self.checkpoint("add sheet")
        if name is None:
            number = len(self.sheets) + 1
            while self.find_sheet(f"Sheet{number}"):
                number += 1
            name = f"Sheet{number}"
        sheet = Sheet(name)
        self.sheets.append(sheet)
        self._index_sheets()
        self.recalculate_all()  # formulas that named this sheet now find it
        return sheet

    # -- reading ------------------------------------------------------------------------
    def cell(self, sheet: str, row: int, col: int) -> Cell:
        return self.sheet(sheet).cells.get((row, col)) or Cell()

    def content(self, sheet: str, row: int, col: int) -> object:
        return self.cell(sheet, row, col).content

    def value(self, sheet: str, row: int, col: int) -> object:
        found = self.find_sheet(sheet)
        return self.value_at((found.name if found else sheet, row, col))

    def value_at(self, key: Key) -> object:
        if key in self._values:
            return self._values[key]
        sheet = self._by_name.get(key[0].casefold())
        if sheet is None:
            return None
        cell = sheet.cells.get((key[1], key[2]))
        if cell is None:
            return None
        if cell.is_formula():
            return self._values.get((sheet.name, key[1], key[2]))
        return cell.content

    def value_of(self, ref: str, default_sheet: str | None = None) -> object:
        """The value of a cell named like ``"B3"`` or ``"Sheet2!B3"``."""
        sheet, row, col = self.locate(ref, default_sheet)
        return self.value(sheet, row, col)

    def locate(self, ref: str, default_sheet: str | None = None) -> Key:
        sheet, rest = split_sheet(ref)
        row, col = parse_cell(rest)
        return (sheet or default_sheet or self.sheets[0].name, row, col)

    def display(self, sheet: str, row: int, col: int) -> str:
        """The text the grid shows for a cell, with its number format."""
        cell = self.cell(sheet, row, col)
        return display_value(self.value(sheet, row, col), cell.number_format)

    def shown(self, sheet: str, row: int, col: int) -> str:
        """:meth:`display`, with a decimal comma when the workbook is read so (French)."""
        cell = self.cell(sheet, row, col)
        return shown_text(self.value(sheet, row, col), cell.number_format,
                          self.decimal_comma)

    def first_circular(self, sheet: str) -> str | None:
        """The first cell (like "B3") of ``sheet`` that uses itself, if any."""
        found = [k for k in self.circular if k[0] == sheet]
        return cell_name(*min(found)[1:]) if found else None

    def evaluate(self, formula: str, sheet: str, row: int = 0, col: int = 0) -> object:
        """The value of a formula as if it were in the given cell (nothing changes)."""
        try:
            compiled = compile_formula(formula)
        except FormulaError:
            return NAME
        self._reader.start()
        self._reader.sheet, self._reader.here = self.sheet(sheet).name, (row, col)
        try:
            return final_value(compiled.run(self._reader))
        except (RecursionError, ValueError, OverflowError, TypeError, ZeroDivisionError):
            return VALUE

    # -- undo ---------------------------------------------------------------------------
    def checkpoint(self, label: str) -> None:
        """Remember the workbook as it is, before an edit, for undo."""
        self._undo.append((label, copy.deepcopy(self.sheets)))
        del self._undo[:-100]
        self._redo.clear()

    def can_undo(self) -> bool:
        return bool(self._undo)

    def can_redo(self) -> bool:
        return bool(self._redo)

    def undo(self) -> bool:
        if not self._undo:
            return False
        label, sheets = self._undo.pop()
        self._redo.append((label, self.sheets))
        self._restore(sheets)
        return True

    def redo(self) -> bool:
        if not self._redo:
            return False
        label, sheets = self._redo.pop()
        self._undo.append((label, self.sheets))
        self._restore(sheets)
        return True

    def _restore(self, sheets: list[Sheet]) -> None:
        self.sheets = sheets
        self._index_sheets()
        self.recalculate_all()

    # -- editing ------------------------------------------------------------------------
    decimal_comma = False  # how typed numbers are read (French: 2,5)
    month_first = False  # how typed dates are read (English: 12/25/2026)

    def typed(self, text: str) -> tuple[object, str | None]:
        """What ``text`` typed into a cell becomes, as Calc takes it when the entry ends:
        the content (a formula completed and in capitals) and the number format it
        implies (money for "$5", a date for "25/12/2026" or "=DATE(2026,12,25)")."""
        content, implied = parse_input(text, self.decimal_comma, self.month_first)
        if isinstance(content, str) and content.startswith("=") and len(content) > 1:
            content = completed_formula(content)
            implied = self.date_format() if gives_a_date(content) else None
        return content, implied

    def date_format(self) -> str:
        """The date format of the learner's language (the Date button's)."""
        return date_format(self.month_first)

    def set_input(self, sheet: str, row: int, col: int, text: str) -> None:
        """The learner typed ``text`` into a cell (one undo step)."""
        content, implied = self.typed(text)
        self.checkpoint("type")
        self._put(sheet, row, col, content)
        target = self.sheet(sheet).cells.get((row, col))
        if implied and target is not None and target.number_format == GENERAL:
            target.number_format = implied
        self._changed([(self.sheet(sheet).name, row, col)])

    def set_contents(self, sheet: str, contents: dict[tuple[int, int], object],
                     undoable: bool = True) -> None:
        """Put several contents at once, one recalculation (and one undo step)."""
        if undoable:
            self.checkpoint("set")
        name = self.sheet(sheet).name
        for (row, col), content in contents.items():
            self._put(name, row, col, content)
        self._changed([(name, r, c) for r, c in contents])

    def set_content(self, sheet: str, row: int, col: int, content: object) -> None:
        """Put a content (no undo step: for loading and for programs)."""
        self.set_contents(sheet, {(row, col): content}, undoable=False)

    def _put(self, sheet: str, row: int, col: int, content: object) -> None:
        target = self.sheet(sheet)
        if isinstance(content, int) and not isinstance(content, bool):
            content = float(content)
        cell = target.cells.get((row, col))
        if cell is None:
            if content is None:
                return
            cell = target.cells[(row, col)] = Cell()
        cell.content = content
        if content is None and cell.number_format == GENERAL and not cell.bold:
            del target.cells[(row, col)]

    def clear(self, sheet: str, rect: Rect) -> None:
        self.checkpoint("clear")
        name = self.sheet(sheet).name
        keys = [(name, r, c) for r, c in list(self.sheet(sheet).cells) if _inside(r, c, rect)]
        for _, r, c in keys:
            self._put(name, r, c, None)
        self._changed(keys)

    def set_format(self, sheet: str, rect: Rect, number_format: str) -> None:
        self.checkpoint("format")
        for cell in self._cells_in(sheet, rect):
            cell.number_format = number_format

    def set_bold(self, sheet: str, rect: Rect, bold: bool) -> None:
        self.checkpoint("bold")
        for cell in self._cells_in(sheet, rect):
            cell.bold = bold

    def set_width(self, sheet: str, col: int, width: float, undoable: bool = True) -> None:
        if undoable:
            self.checkpoint("width")
        self.sheet(sheet).widths[col] = max(1.0, min(100.0, width))

    def add_chart(self, sheet: str, rect: Rect, kind: str = "bar", title: str = "") -> Chart:
        self.checkpoint("chart")
        chart = Chart(kind, rect, title)
        self.sheet(sheet).charts.append(chart)
        return chart

    def _cells_in(self, sheet: str, rect: Rect) -> Iterator[Cell]:
        cells = self.sheet(sheet).cells
        for row in range(rect[0], rect[2] + 1):
            for col in range(rect[1], rect[3] + 1):
                yield cells.setdefault((row, col), Cell())

    def copy(self, sheet: str, rect: Rect) -> Clip:
        cells = self.sheet(sheet).cells
        grid = [[copy.copy(cells.get((r, c), Cell())) for c in range(rect[1], rect[3] + 1)]
                for r in range(rect[0], rect[2] + 1)]
        return Clip((rect[0], rect[1]), grid)

    def paste(self, sheet: str, row: int, col: int, clip: Clip, undoable: bool = True) -> Rect:
        """Paste copied cells with their top-left at (row, col); formulas are adjusted
        as they are when copied in Calc or Excel. Returns the pasted area."""
        if undoable:
            self.checkpoint("paste")
        name = self.sheet(sheet).name
        cells = self.sheet(sheet).cells
        down, right = row - clip.origin[0], col - clip.origin[1]
        changed = []
        for i, line in enumerate(clip.cells):
            for j, source in enumerate(line):
                content = source.content
                if isinstance(content, str) and content.startswith("="):
                    content = shift_formula(content, down, right)
                target = cells.setdefault((row + i, col + j), Cell())
                target.number_format, target.bold = source.number_format, source.bold
                self._put(name, row + i, col + j, content)
                changed.append((name, row + i, col + j))
        self._changed(changed)
        return (row, col, row + len(clip.cells) - 1, col + len(clip.cells[0]) - 1)

    def paste_text(self, sheet: str, row: int, col: int, text: str) -> Rect:
        """Paste tab-separated text (from another program), one value per cell."""
        lines = text.rstrip("\n").split("\n")
        grid = [[Cell(*_typed_cell(parse_input(part.rstrip("\r"), self.decimal_comma,
                                               self.month_first)))
                 for part in line.split("\t")] for line in lines]
        width = max(len(cells) for cells in grid)
        for cells in grid:
            cells += [Cell() for _ in range(width - len(cells))]
        return self.paste(sheet, row, col, Clip((row, col), grid))

    def paste_clipboard(self, sheet: str, row: int, col: int, text: str,
                        copied: Clip | None) -> Rect | None:
        """Paste what the clipboard holds: the workbook's own copy (formats, formulas
        adjusted) while the clipboard still has its text, else the text of another
        program; None when there is nothing to paste."""
        if copied is not None and text == copied.text():
            return self.paste(sheet, row, col, copied)
        if text:
            return self.paste_text(sheet, row, col, text)
        return None

    def fill_down(self, sheet: str, rect: Rect) -> None:
        """Copy the top row of ``rect`` into the rows below it, adjusting references."""
        top, left, bottom, right = rect
        if bottom <= top:
            return
        clip = self.copy(sheet, (top, left, top, right))
        self.checkpoint("fill down")
        self._fill(sheet, clip, [(r, left) for r in range(top + 1, bottom + 1)])

    def fill_right(self, sheet: str, rect: Rect) -> None:
        top, left, bottom, right = rect
        if right <= left:
            return
        clip = self.copy(sheet, (top, left, bottom, left))
        self.checkpoint("fill right")
        self._fill(sheet, clip, [(top, c) for c in range(left + 1, right + 1)])

    def _fill(self, sheet: str, clip: Clip, targets: list[tuple[int, int]]) -> None:
        for row, col in targets:
            self.paste(sheet, row, col, clip, undoable=False)

    def insert_rows(self, sheet: str, at: int, count: int = 1) -> None:
        self.checkpoint("insert rows")
        self._move_rows(sheet, at, count)

    def delete_rows(self, sheet: str, at: int, count: int = 1) -> None:
        self.checkpoint("delete rows")
        self._move_rows(sheet, at, -count)

    def _move_rows(self, sheet_name: str, at: int, count: int) -> None:
        target = self.sheet(sheet_name)
        moved: dict[tuple[int, int], Cell] = {}
        for (row, col), cell in target.cells.items():
            if row < at:
                moved[(row, col)] = cell
            elif count < 0 and row < at - count:
                continue  # deleted
            else:
                moved[(row + count, col)] = cell
        target.cells = moved
        for chart in target.charts:
            top, left, bottom, right = chart.rect
            new_top = _moved_row(top, at, count, True)
            new_bottom = _moved_row(bottom, at, count, False)
            chart.rect = (at if new_top is None else new_top, left,
                          at if new_bottom is None else max(new_bottom, 0), right)

        def change_for(formula_sheet: str) -> Callable[[RefParts], RefParts | None]:
            def change(ref: RefParts) -> RefParts | None:
                pointed = ref.sheet or formula_sheet
                if pointed.casefold() != target.name.casefold() or ref.whole_columns:
                    return ref
                r1 = _moved_row(ref.r1, at, count, True)
                r2 = _moved_row(ref.r2, at, count, False)
                if r1 is None or r2 is None or r2 < r1:
                    return None
                return RefParts(ref.sheet, r1, ref.c1, r2, ref.c2, ref.abs_r1, ref.abs_c1,
                                ref.abs_r2, ref.abs_c2)

            return change

        for sheet in self.sheets:
            change = change_for(sheet.name)
            for cell in sheet.cells.values():
                if cell.is_formula():
                    cell.content = rewrite_refs(str(cell.content), change)
        self.recalculate_all()

    def sort(self, sheet: str, rect: Rect, by_col: int, descending: bool = False) -> None:
        """Sort the rows of ``rect`` by the values of column ``by_col`` (blanks last).
        Formulas move with their row, their relative references following."""
        top, left, bottom, right = rect
        target = self.sheet(sheet)
        rows = list(range(top, bottom + 1))

        def key(row: int) -> object:
            return self.value(sheet, row, by_col)

        blanks = [r for r in rows if key(r) in (None, "")]
        filled = [r for r in rows if key(r) not in (None, "")]

        def by_key(a: int, b: int) -> int:
            return compare(key(a), key(b))

        filled.sort(key=functools.cmp_to_key(by_key), reverse=descending)
        order = filled + blanks
        self.checkpoint("sort")
        old = {k: v for k, v in target.cells.items() if _inside(k[0], k[1], rect)}
        for k in old:
            del target.cells[k]
        for new_row, old_row in zip(rows, order, strict=True):
            for col in range(left, right + 1):
                cell = old.get((old_row, col))
                if cell is None:
                    continue
                if cell.is_formula():
                    cell.content = shift_formula(str(cell.content), new_row - old_row, 0)
                target.cells[(new_row, col)] = cell
        self.recalculate_all()

    # -- recalculation ------------------------------------------------------------------
    def recalculate_all(self) -> None:
        self._compiled.clear()
        self._values.clear()
        self._precedents.clear()
        self._cell_dependents.clear()
        self._range_blocks.clear()
        self._wide_ranges.clear()
        self._range_keys.clear()
        keys = []
        for sheet in self.sheets:
            for (row, col), cell in sheet.cells.items():
                if cell.is_formula():
                    key = (sheet.name, row, col)
                    self._register(key, str(cell.content))
                    keys.append(key)
        self._recalculate(set(keys), everything=True)

    def _register(self, key: Key, formula: str) -> None:
        try:
            compiled = compile_formula(formula)
        except FormulaError:
            compiled = None
        self._compiled[key] = compiled
        precedents: list[tuple[str, Rect]] = []
        if compiled is not None:
            for ref in compiled.refs:
                sheet = self.find_sheet(ref.sheet) if ref.sheet else self.find_sheet(key[0])
                name = sheet.name if sheet else ref.sheet
                rect = (min(ref.r1, ref.r2), min(ref.c1, ref.c2), max(ref.r1, ref.r2),
                        max(ref.c1, ref.c2))
                precedents.append((name, rect))
                if rect[0] == rect[2] and rect[1] == rect[3]:
                    self._cell_dependents.setdefault((name, rect[0], rect[1]), set()).add(key)
                else:
                    self._index_range(key, name, rect)
        self._precedents[key] = precedents

    def _index_range(self, key: Key, sheet: str, rect: Rect) -> None:
        top, left, bottom, right = rect
        blocks = range(top // BLOCK, bottom // BLOCK + 1)
        if len(blocks) * (right - left + 1) > 256:
            self._wide_ranges.setdefault(key, []).append((sheet, rect))
            return
        where = self._range_keys.setdefault(key, [])
        for col in range(left, right + 1):
            for block in blocks:
                self._range_blocks.setdefault((sheet, col, block), set()).add(key)
                where.append((sheet, col, block))

    def _unregister(self, key: Key) -> None:
        for name, rect in self._precedents.pop(key, []):
            if rect[0] == rect[2] and rect[1] == rect[3]:
                found = self._cell_dependents.get((name, rect[0], rect[1]))
                if found:
                    found.discard(key)
        self._wide_ranges.pop(key, None)
        for bucket in self._range_keys.pop(key, ()):
            found = self._range_blocks.get(bucket)
            if found:
                found.discard(key)
        self._compiled.pop(key, None)
        self._values.pop(key, None)

    def _changed(self, keys: list[Key]) -> None:
        for key in keys:
            self._unregister(key)
            cell = self.sheet(key[0]).cells.get((key[1], key[2]))
            if cell is not None and cell.is_formula():
                self._register(key, str(cell.content))
        self._recalculate(set(keys))

    def _dependents(self, key: Key) -> Iterator[Key]:
        yield from self._cell_dependents.get(key, ())
        name, row, col = key
        for dependent in self._range_blocks.get((name, col, row // BLOCK), ()):
            for sheet, rect in self._precedents.get(dependent, ()):
                if sheet == name and _inside(row, col, rect):
                    yield dependent
                    break
        for dependent, rects in self._wide_ranges.items():
            for sheet, rect in rects:
                if sheet == name and _inside(row, col, rect):
                    yield dependent
                    break

    def _recalculate(self, changed: set[Key], everything: bool = False) -> None:
        """Recompute every formula that depends on ``changed``, each after the cells it
        reads (Kahn's order); cells left in a cycle show #CIRC! and are listed in
        ``circular``. Never loops. ``everything``: ``changed`` is every formula (nothing
        else can depend on them). Past MAX_LINKS links between formulas, the formulas
        show #VALUE! and ``too_complex`` is set, rather than taking minutes."""
        self.too_complex = False
        dirty: set[Key] = set()
        if everything:
            dirty = {key for key in changed if key in self._compiled}
        queue = deque(() if everything else changed)
        while queue:
            key = queue.popleft()
            if key in self._compiled and key not in dirty:
                dirty.add(key)
            for dependent in self._dependents(key):
                if dependent not in dirty:
                    dirty.add(dependent)
                    queue.append(dependent)
        if not dirty:
            self.circular -= changed
            return
        waiting: dict[Key, int] = {}
        followers: dict[Key, list[Key]] = {}
        # the dirty formulas of each sheet, by column, their rows sorted: the ones a
        # range reads are found by bisection, not by trying each
        by_column: dict[str, dict[int, list[Key]]] = {}
        for key in dirty:
            by_column.setdefault(key[0], {}).setdefault(key[2], []).append(key)
        columns: dict[str, list[int]] = {}
        rows_of: dict[tuple[str, int], list[int]] = {}
        for name, found_columns in by_column.items():
            for col, keys in found_columns.items():
                keys.sort()
                rows_of[(name, col)] = [k[1] for k in keys]
            columns[name] = sorted(found_columns)
        links = 0
        for key in dirty:
            count = 0
            for name, rect in self._precedents.get(key, ()):
                top, left, bottom, right = rect
                if top == bottom and left == right:
                    if (name, top, left) in dirty:
                        followers.setdefault((name, top, left), []).append(key)
                        count += 1
                    continue
                sheet_columns = columns.get(name, [])
                for col in sheet_columns[bisect.bisect_left(sheet_columns, left):
                                         bisect.bisect_right(sheet_columns, right)]:
                    rows = rows_of[(name, col)]
                    first = bisect.bisect_left(rows, top)
                    last = bisect.bisect_right(rows, bottom)
                    count += last - first
                    if links + count > MAX_LINKS:
                        self._give_up(dirty)
                        return
                    for precedent in by_column[name][col][first:last]:
                        followers.setdefault(precedent, []).append(key)
            waiting[key] = count
            links += count
        ready = deque(k for k, n in waiting.items() if n == 0)
        reader = self._reader
        reader.start()
        values = self._values
        done: set[Key] = set()
        cycles: set[Key] = set()
        while True:
            while ready:
                key = ready.popleft()
                if key in done:
                    continue
                done.add(key)
                if key not in cycles:
                    values[key] = self._compute(key, reader)
                for follower in followers.get(key, ()):
                    waiting[follower] -= 1
                    if waiting[follower] == 0 and follower not in done:
                        ready.append(follower)
            stuck = [k for k in dirty if k not in done]
            if not stuck:
                break
            # What is left waits on a cycle: the cells of each cycle show #CIRC!, then
            # the cells after them are computed with that value, as if it were typed.
            members = _cycle_members(stuck, followers)
            for key in members:
                values[key] = CIRC
            cycles |= members
            ready.extend(members)
        self.circular = {k for k in self.circular if k not in dirty and k not in changed}
        self.circular |= cycles

    def _give_up(self, dirty: set[Key]) -> None:
        for key in dirty:
            self._values[key] = VALUE
        self.circular -= dirty
        self.too_complex = True

    def _compute(self, key: Key, reader: _Reader) -> object:
        compiled = self._compiled.get(key)
        if compiled is None:
            return NAME
        reader.sheet, reader.here = key[0], (key[1], key[2])
        try:
            return final_value(compiled.run(reader))
        except (RecursionError, ValueError, OverflowError, TypeError, ZeroDivisionError):
            return VALUE

    # -- whole workbook -----------------------------------------------------------------
    def formula_cells(self) -> Iterator[tuple[Sheet, int, int, Cell]]:
        for sheet in self.sheets:
            for (row, col), cell in sorted(sheet.cells.items()):
                if cell.is_formula():
                    yield sheet, row, col, cell

    def computed_values(self) -> dict[str, object]:
        """``{"Sheet!A1": value}`` for every formula cell (for ``tutor sheets eval``)."""
        out: dict[str, object] = {}
        for sheet, row, col, _ in self.formula_cells():
            value = self.value(sheet.name, row, col)
            out[f"{sheet.name}!{cell_name(row, col)}"] = json_value(value)
        return out


def json_value(value: object) -> object:
    if isinstance(value, ErrorValue):
        return str(value)
    if isinstance(value, float) and value == int(value) and abs(value) < 2**53:
        return int(value)
    return value


def _cycle_members(nodes: list[Key], followers: dict[Key, list[Key]]) -> set[Key]:
    """The nodes that are on a cycle (Tarjan's strongly connected components, without
    recursion): members of a component of two or more, or a node that follows itself."""
    inside = set(nodes)
    index: dict[Key, int] = {}
    low: dict[Key, int] = {}
    on_stack: set[Key] = set()
    stack: list[Key] = []
    members: set[Key] = set()
    counter = 0
    for root in nodes:
        if root in index:
            continue
        work = [(root, iter(followers.get(root, ())))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            advanced = False
            for child in children:
                if child not in inside:
                    continue
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(followers.get(child, ()))))
                    advanced = True
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            if advanced:
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1 or node in followers.get(node, ()):
                    members.update(component)
    return members


def _typed_cell(typed: tuple[object, str | None]) -> tuple[object, str]:
    """A pasted value's content and number format (General unless the text implied one)."""
    return typed[0], typed[1] or GENERAL


def _inside(row: int, col: int, rect: Rect) -> bool:
    return rect[0] <= row <= rect[2] and rect[1] <= col <= rect[3]


def _moved_row(row: int, at: int, count: int, first: bool) -> int | None:
    """Where row ``row`` goes when ``count`` rows are inserted (>0) or deleted (<0) at
    ``at``; the first/last row of a range that was deleted moves to the edge."""
    if row < at:
        return row
    if count > 0:
        return row + count
    gone_end = at - count  # first row after the deleted ones
    if row >= gone_end:
        return row + count
    return at if first else (at - 1 if at > 0 else None)


def sort_column(rect: Rect, column: int) -> int:
    """The column a sort of ``rect`` goes by: the current column, if it is inside the
    selection, else the selection's first."""
    return column if rect[1] <= column <= rect[3] else rect[1]


def start_workbook(exercise: SheetsExercise) -> Workbook:
    """The workbook a learner starts the task with."""
    names = [exercise.sheet]
    for key in exercise.cells:
        sheet, _ = split_sheet(key)
        if sheet and sheet.casefold() not in (n.casefold() for n in names):
            names.append(sheet)
    book = Workbook(names)
    for key, content in exercise.cells.items():
        sheet, cells = cells_of(key, exercise.sheet)
        typed: object = content
        implied: str | None = None
        if isinstance(content, str) and not content.startswith("="):
            typed, implied = parse_input(content)
        for row, col in cells:
            book._put(sheet, row, col, typed)
            if implied:
                book.sheet(sheet).cells[(row, col)].number_format = implied
    for key, code in exercise.formats.items():
        sheet, cells = cells_of(key, exercise.sheet)
        for row, col in cells:
            book.sheet(sheet).cells.setdefault((row, col), Cell()).number_format = code
    for key in exercise.bold:
        sheet, cells = cells_of(key, exercise.sheet)
        for row, col in cells:
            book.sheet(sheet).cells.setdefault((row, col), Cell()).bold = True
    for letters, width in exercise.widths.items():
        book.sheet(exercise.sheet).widths[column_index(letters)] = width
    book.recalculate_all()
    return book


@dataclass
class TaskWork:
    """A task being done: its workbook, from the start the task gives, and when it
    started. Times come from the caller (testable without a clock)."""

    pack_id: str
    pack_version: str
    exercise: SheetsExercise
    started: dt.datetime
    book: Workbook = field(init=False)

    def __post_init__(self) -> None:
        self.book = start_workbook(self.exercise)

    def attempt(self, verdict: Verdict, finished: dt.datetime) -> FinishedAttempt:
        """The attempt to record for ``verdict`` (the grading of :attr:`book`): how many
        checks, which failed, and how many formulas the workbook has."""
        failed = [f.criterion for f in verdict.feedback if not f.passed]
        return FinishedAttempt(
            skill=SKILL_ID, pack_id=self.pack_id, pack_version=self.pack_version,
            exercise_id=self.exercise.id, started_at=self.started, finished_at=finished,
            score=verdict.score, passed=verdict.passed,
            metrics={"checks": len(verdict.feedback), "failed": len(failed),
                     "formulas": sum(1 for _ in self.book.formula_cells())},
            details={"failed": failed},
        )
