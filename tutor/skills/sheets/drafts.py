"""What the spreadsheet room keeps in the learner's sheets settings, so nothing typed is
lost: the sheet of each task as the learner left it (a draft, saved as it changes and
restored when the task opens again), the task they were on, and the tasks they passed.

A draft is plain JSON (the learner's settings are a JSON column): the sheets' cells
(content, number format, bold), column widths and charts. It is bounded: a workbook whose
draft would pass :data:`MAX_DRAFT_CHARS` is not kept (the room then asks before its work
could be dropped), and a draft read back is checked like a file, so a damaged one is
ignored, never trusted. Pure Python.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Protocol

from tutor.skills.sheets.engine import Cell, Chart, Sheet, Workbook, start_workbook
from tutor.skills.sheets.model import SheetsExercise
from tutor.skills.sheets.number_formats import GENERAL
from tutor.skills.sheets.references import MAX_COLS, MAX_ROWS
from tutor.skills.sheets.values import MAX_TEXT

VERSION = 1
LAST = "last"  # the key of "PACK/EXERCISE": the task the learner was on
MAX_DRAFT_CHARS = 200_000  # the JSON of one draft (a task's sheet has a few hundred cells)
MAX_SHEETS = 50
MAX_FORMAT_CHARS = 255


def draft_key(pack_id: str, exercise_id: str) -> str:
    """The key of a task's draft in the learner's sheets settings."""
    return f"sheet:{pack_id}/{exercise_id}"


def place(pack_id: str, exercise_id: str) -> str:
    """The value of :data:`LAST` for a task."""
    return f"{pack_id}/{exercise_id}"


def where_to_open(tasks: Sequence[tuple[str, str]], last: object) -> int:
    """The index in ``tasks`` ((pack, exercise) pairs, in the list's order) of the task
    the learner was on, or 0 (the first) when it is gone or there was none."""
    if isinstance(last, str):
        pack_id, _, exercise_id = last.partition("/")
        for index, task in enumerate(tasks):
            if task == (pack_id, exercise_id):
                return index
    return 0


class _Finished(Protocol):
    pack_id: str
    exercise_id: str
    passed: bool


def passed_tasks(attempts: Iterable[_Finished]) -> set[tuple[str, str]]:
    """The (pack, exercise) pairs a learner has passed, from their sheets attempts."""
    return {(a.pack_id, a.exercise_id) for a in attempts if a.passed}


# -- a workbook as a draft, and back ---------------------------------------------------


def to_draft(book: Workbook) -> dict[str, Any]:
    """The workbook as JSON-ready data (see the module)."""
    sheets = []
    for sheet in book.sheets:
        cells = []
        for (row, col), cell in sorted(sheet.cells.items()):
            entry: list[Any] = [row, col, cell.content]
            if cell.number_format != GENERAL or cell.bold:
                entry.append(cell.number_format)
            if cell.bold:
                entry.append(True)
            cells.append(entry)
        sheets.append({
            "name": sheet.name,
            "cells": cells,
            "widths": [[col, width] for col, width in sorted(sheet.widths.items())],
            "charts": [[c.kind, *c.rect, c.title] for c in sheet.charts],
        })
    return {"v": VERSION, "sheets": sheets}


def draft_text(book: Workbook) -> str:
    return json.dumps(to_draft(book), ensure_ascii=False, separators=(",", ":"))


def fits(book: Workbook) -> bool:
    """Whether the workbook's draft is small enough to keep."""
    return len(draft_text(book)) <= MAX_DRAFT_CHARS


def from_draft(data: object) -> Workbook | None:
    """The workbook of a draft, or None when it is not one (damaged, too large, from
    another version): the task then opens at its start."""
    if not isinstance(data, Mapping) or data.get("v") != VERSION:
        return None
    try:
        if len(json.dumps(data)) > 2 * MAX_DRAFT_CHARS:
            return None
        sheets = [_sheet(raw) for raw in data["sheets"]]
    except (KeyError, TypeError, ValueError):
        return None
    names = {s.name.casefold() for s in sheets}
    if not sheets or len(sheets) > MAX_SHEETS or len(names) != len(sheets):
        return None
    book = Workbook([s.name for s in sheets])
    book.sheets = sheets
    book._index_sheets()
    book.recalculate_all()
    return book


def _sheet(raw: Any) -> Sheet:
    name = raw["name"]
    if not isinstance(name, str) or not 0 < len(name) <= 100:
        raise ValueError("sheet name")
    sheet = Sheet(name)
    for entry in raw["cells"]:
        row, col, content = entry[0], entry[1], entry[2]
        number_format = entry[3] if len(entry) > 3 else GENERAL
        bold = entry[4] if len(entry) > 4 else False
        if not (_index(row, MAX_ROWS) and _index(col, MAX_COLS)):
            raise ValueError("cell")
        if isinstance(content, int) and not isinstance(content, bool):
            content = float(content)
        if isinstance(content, float) and not math.isfinite(content):
            raise ValueError("number")
        if not (content is None or isinstance(content, bool | float)
                or (isinstance(content, str) and len(content) <= MAX_TEXT + 1)):
            raise ValueError("content")
        if not isinstance(number_format, str) or len(number_format) > MAX_FORMAT_CHARS:
            raise ValueError("format")
        sheet.cells[(row, col)] = Cell(content, number_format, bold is True)
    for col, width in raw["widths"]:
        if not _index(col, MAX_COLS) or not isinstance(width, int | float):
            raise ValueError("width")
        sheet.widths[col] = max(1.0, min(100.0, float(width)))
    for kind, top, left, bottom, right, title in raw["charts"]:
        rect = (top, left, bottom, right)
        if kind not in ("bar", "line") or not all(_index(n, MAX_ROWS) for n in rect) or \
                not isinstance(title, str):
            raise ValueError("chart")
        sheet.charts.append(Chart(kind, rect, title[:200]))
    return sheet


def _index(value: object, limit: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value < limit


# -- a task's draft ----------------------------------------------------------------------


def task_workbook(settings: Mapping[str, Any], pack_id: str,
                  exercise: SheetsExercise) -> Workbook:
    """The workbook a task opens with: the learner's draft, or the task's start."""
    book = from_draft(settings.get(draft_key(pack_id, exercise.id)))
    return book if book is not None else start_workbook(exercise)


def is_changed(book: Workbook, start: Mapping[str, Any]) -> bool:
    """Whether the learner changed the sheet from the task's start (``start``: the
    start's :func:`to_draft`): work that "Start again" or opening a file would replace."""
    return to_draft(book) != start


def draft_value(book: Workbook, start: Mapping[str, Any]) -> dict[str, Any] | None:
    """What to keep under the task's draft key: the draft, or None when the sheet is the
    task's start (``start``: its :func:`to_draft`), nothing to keep. Raises ValueError
    when the draft is too large to keep."""
    data = to_draft(book)
    if data == start:
        return None
    if len(json.dumps(data, ensure_ascii=False, separators=(",", ":"))) > MAX_DRAFT_CHARS:
        raise ValueError("draft too large")
    return data
