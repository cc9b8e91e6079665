"""Reading and writing ``.xlsx`` files with openpyxl, so a learner's work goes to
LibreOffice Calc or Excel and comes back. openpyxl keeps formulas as text; the values
are always computed by our engine."""

from __future__ import annotations

import datetime as dt
import warnings
import zipfile
from pathlib import Path

from tutor.errors import TutorError
from tutor.i18n import QT_TRANSLATE_NOOP
from tutor.skills.sheets.engine import Cell, Chart, Sheet, Workbook
from tutor.skills.sheets.formulas import with_prefixes, without_prefixes
from tutor.skills.sheets.number_formats import GENERAL
from tutor.skills.sheets.references import (
    column_index,
    column_letters,
    parse_range,
    split_sheet,
)
from tutor.skills.sheets.values import date_serial

MAX_CELLS = 200_000


class SheetsFileError(TutorError):
    """A spreadsheet file that cannot be read or written."""


def _content(value: object) -> object:
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, dt.datetime):
        serial = date_serial(value.date())
        seconds = value.hour * 3600 + value.minute * 60 + value.second
        return serial + seconds / 86400
    if isinstance(value, dt.date):
        return date_serial(value)
    if isinstance(value, dt.time):
        return (value.hour * 3600 + value.minute * 60 + value.second) / 86400
    text = getattr(value, "text", None)  # ArrayFormula
    if isinstance(text, str):
        value = text if text.startswith("=") else "=" + text
    if isinstance(value, str):
        if value.startswith("="):
            value = without_prefixes(value)
        return value
    return str(value)


def load_workbook(path: Path) -> Workbook:
    import openpyxl

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            book = openpyxl.load_workbook(path, data_only=False)
    except (OSError, zipfile.BadZipFile, KeyError, ValueError, TypeError) as exc:
        raise SheetsFileError(
            QT_TRANSLATE_NOOP("errors", "{file} is not a spreadsheet Tutor can open ({reason})."),
            file=str(path), reason=type(exc).__name__,
        ) from exc
    workbook = Workbook([ws.title for ws in book.worksheets])
    count = 0
    for ws, sheet in zip(book.worksheets, workbook.sheets, strict=True):
        for row in ws.iter_rows():
            for item in row:
                content = _content(item.value)
                bold = bool(item.font and item.font.b)
                number_format = item.number_format or GENERAL
                if content is None and not bold and number_format == GENERAL:
                    continue
                count += 1
                if count > MAX_CELLS:
                    raise SheetsFileError(
                        QT_TRANSLATE_NOOP("errors", "{file} has too many cells for Tutor."),
                        file=str(path))
                sheet.cells[(item.row - 1, item.column - 1)] = Cell(content, number_format, bold)
        for letter, dimension in ws.column_dimensions.items():
            if dimension.width and dimension.customWidth:
                sheet.widths[column_index(letter)] = float(dimension.width)
        for chart in getattr(ws, "_charts", []):
            sheet.charts.append(_read_chart(chart, sheet))
    workbook.recalculate_all()
    return workbook


def _read_chart(chart: object, sheet: Sheet) -> Chart:
    kind = "line" if type(chart).__name__ == "LineChart" else "bar"
    rect = (0, 0, 0, 0)
    try:
        refs = []
        for series in chart.series:  # type: ignore[attr-defined]
            for ref in (series.val.numRef.f if series.val and series.val.numRef else None,
                        series.cat.strRef.f if series.cat and series.cat.strRef else None,
                        series.cat.numRef.f if series.cat and series.cat.numRef else None):
                if ref:
                    refs.append(parse_range(split_sheet(ref.replace("$", ""))[1]))
        if refs:
            rect = (min(r[0] for r in refs), min(r[1] for r in refs),
                    max(r[2] for r in refs), max(r[3] for r in refs))
    except (AttributeError, ValueError):
        pass
    return Chart(kind, rect)


def save_workbook(workbook: Workbook, path: Path) -> None:
    import openpyxl
    from openpyxl.chart import BarChart, LineChart, Reference
    from openpyxl.styles import Font

    book = openpyxl.Workbook()
    book.remove(book.active)
    for sheet in workbook.sheets:
        ws = book.create_sheet(sheet.name)
        for (row, col), cell in sorted(sheet.cells.items()):
            target = ws.cell(row=row + 1, column=col + 1)
            target.value = (with_prefixes(str(cell.content)) if cell.is_formula()
                            else cell.content)
            if cell.number_format != GENERAL:
                target.number_format = cell.number_format
            if cell.bold:
                target.font = Font(bold=True)
        for col, width in sheet.widths.items():
            ws.column_dimensions[column_letters(col)].width = width
        for index, chart in enumerate(sheet.charts):
            top, left, bottom, right = chart.rect
            drawing = LineChart() if chart.kind == "line" else BarChart()
            if chart.title:
                drawing.title = chart.title
            header = not isinstance(workbook.value(sheet.name, top, right), float)
            if right > left:
                data = Reference(ws, min_col=left + 2, min_row=top + 1, max_col=right + 1,
                                 max_row=bottom + 1)
                labels = Reference(ws, min_col=left + 1, min_row=top + 2 if header else top + 1,
                                   max_row=bottom + 1)
                drawing.add_data(data, titles_from_data=header)
                drawing.set_categories(labels)
            else:
                data = Reference(ws, min_col=left + 1, min_row=top + 1, max_row=bottom + 1)
                drawing.add_data(data, titles_from_data=header)
            ws.add_chart(drawing, f"{column_letters(right + 2)}{top + 1 + 16 * index}")
    try:
        book.save(path)
    except OSError as exc:
        raise SheetsFileError(
            QT_TRANSLATE_NOOP("errors", "Tutor could not save {file} ({reason})."),
            file=str(path), reason=exc.strerror or type(exc).__name__,
        ) from exc
