"""Reading and writing ``.xlsx`` files with openpyxl, so a learner's work goes to
LibreOffice Calc or Excel and comes back. openpyxl keeps formulas as text; the values
are always computed by our engine."""

from __future__ import annotations

import datetime as dt
import io
import math
import re
import struct
import warnings
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from tutor.errors import TutorError
from tutor.i18n import QT_TRANSLATE_NOOP
from tutor.skills.sheets.engine import Cell, Chart, Sheet, Workbook
from tutor.skills.sheets.formulas import with_prefixes, without_prefixes
from tutor.skills.sheets.number_formats import GENERAL
from tutor.skills.sheets.references import (
    MAX_COLS,
    MAX_ROWS,
    cell_name,
    column_index,
    column_letters,
    parse_range,
    split_sheet,
)
from tutor.skills.sheets.values import ERRORS, MAX_TEXT, ErrorValue, date_serial

MAX_CELLS = 100_000
# Formulas (shared ones counted in each cell): each is parsed and calculated in Python.
MAX_FORMULAS = 10_000


class SheetsFileError(TutorError):
    """A spreadsheet file that cannot be read or written."""


# -- limits, checked before openpyxl reads the file --------------------------------
#
# An .xlsx is a zip of XML files, and openpyxl builds an object for every cell, row,
# style, merged cell... it reads: a 50 KB file can ask for billions. So the zip's
# directory, the members' declared sizes and the XML's elements are counted first, by
# reading the bytes as they come (no XML parsing, nothing kept), and a file over any
# limit is refused before openpyxl sees it. The limits are far above what a learner's
# or a trainer's workbook holds (Excel's own limits where there is one).

MAX_FILE_BYTES = 32 * 2**20  # the file on disk
MAX_DIRECTORY_BYTES = 2**20  # the zip's central directory (about 10,000 members)
MAX_MEMBERS = 2_000
MAX_MEMBER_BYTES = 32 * 2**20  # one member, unpacked (zipfile stops at the declared size)
MAX_TOTAL_BYTES = 64 * 2**20  # all members, unpacked
MAX_RATIO = 1_000  # unpacked / packed size of a member over RATIO_FROM bytes
RATIO_FROM = 2**20
MAX_ELEMENTS = 1_500_000  # XML elements in all members
MAX_ROW_ELEMENTS = 250_000  # <row>: openpyxl keeps an object for each with a height...
MAX_COL_ELEMENTS = 16_384  # <col>: ...or a width
MAX_SPANNED = 200_000  # cells merged ranges and hyperlinks cover (openpyxl makes each one)
MAX_SHEETS = 255
MAX_NAMES = 10_000  # defined names
MAX_STRINGS = 1_000_000  # shared strings
MAX_TAG_BYTES = 2**20  # one tag and the text after it (a cell holds 32,767 characters)
MAX_FORMULA_BYTES = 4 * 8192  # one formula as written in the XML (with &amp; and such)
MAX_FORMULA_WORK = 8 * 2**20  # formula text to read, a shared formula counted in each cell
CHUNK = 2**20

_PREFIX = rb"<(?:[A-Za-z_][\w.-]*:)?"
_ELEMENT = re.compile(rb"<[A-Za-z_]")
_COUNTED = re.compile(_PREFIX + rb"(c|f|row|col|sheet|definedName|si)[\s/>]")
_SPAN = re.compile(_PREFIX + rb"(?:mergeCell|hyperlink)\s[^>]*?\bref\s*=\s*[\"']([^\"']*)")
_FORMULA = re.compile(_PREFIX + rb"f(\s[^>]*?)?(/?)>([^<]*)")
_SHARED = re.compile(rb"\bt\s*=\s*[\"']shared[\"']")
_SHARED_INDEX = re.compile(rb"\bsi\s*=\s*[\"']\s*(\d{1,9})")
_DOCTYPE = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_SPAN_REF = re.compile(r"\$?([A-Za-z]{1,3})\$?([0-9]{1,7})(?::\$?([A-Za-z]{1,3})\$?([0-9]{1,7}))?$")

M_NOT_SPREADSHEET = QT_TRANSLATE_NOOP(
    "errors", "{file} is not a spreadsheet Tutor can open ({reason}).")
M_TOO_MANY_CELLS = QT_TRANSLATE_NOOP("errors", "{file} has too many cells for Tutor.")
M_TOO_LARGE = QT_TRANSLATE_NOOP(
    "errors", "{file} is too large for Tutor: it unpacks to more than {limit} MB, or into "
    "too many parts.")
M_TOO_MANY_PARTS = QT_TRANSLATE_NOOP(
    "errors", "{file} has too many sheets, rows, columns, names or styles for Tutor.")
M_FORMULA_TOO_LONG = QT_TRANSLATE_NOOP(
    "errors", "{file} has formulas too long for Tutor (one formula can have at most "
    "8,192 characters).")
M_BAD_NUMBER = QT_TRANSLATE_NOOP(
    "errors", "{file} has a number Tutor cannot use in {cell} on the sheet {sheet}.")
M_LONG_TEXT = QT_TRANSLATE_NOOP(
    "errors", "{file} has more text in {cell} on the sheet {sheet} than a cell can hold "
    "(32,767 characters).")
M_OUTSIDE = QT_TRANSLATE_NOOP(
    "errors", "{file} has a cell outside the 1,048,576 rows and 16,384 columns of a sheet.")
M_NO_SHEET = QT_TRANSLATE_NOOP("errors", "{file} has no sheet of cells.")
M_TOO_COMPLEX = QT_TRANSLATE_NOOP(
    "errors", "{file} has too many formulas that depend on each other for Tutor to "
    "calculate.")


def _refuse(path: Path, message: str, **params: object) -> SheetsFileError:
    return SheetsFileError(message, file=str(path), **params)


@dataclass
class _Counts:
    """What the scan of a file's members found."""

    elements: int = 0
    spanned: int = 0
    formula_work: int = 0
    tags: dict[bytes, int] = field(default_factory=dict)
    masters: dict[int, int] = field(default_factory=dict)  # shared formula -> its length
    sharers: dict[int, int] = field(default_factory=dict)  # shared formula -> cells using it


def _directory_size(path: Path, size: int) -> tuple[int, int] | None:
    """(members, bytes) of the zip's central directory as its end record declares them,
    read before zipfile builds an object for each member; None if there is no end record
    (zipfile then says the file is not a zip)."""
    with open(path, "rb") as handle:
        tail_size = min(size, 22 + 65_535 + 20 + 56)
        handle.seek(size - tail_size)
        tail = handle.read(tail_size)
    end = tail.rfind(b"PK\x05\x06")
    if end < 0 or len(tail) < end + 22:
        return None
    members, directory = struct.unpack("<H", tail[end + 10:end + 12])[0], struct.unpack(
        "<I", tail[end + 12:end + 16])[0]
    zip64 = tail.rfind(b"PK\x06\x06", 0, end)
    if zip64 >= 0 and len(tail) >= zip64 + 56:
        members = max(members, struct.unpack("<Q", tail[zip64 + 32:zip64 + 40])[0])
        directory = max(directory, struct.unpack("<Q", tail[zip64 + 40:zip64 + 48])[0])
    return members, directory


def _check_package(path: Path) -> None:
    """Refuse a file whose zip or XML goes past the limits, before openpyxl reads it."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise _refuse(path, M_TOO_LARGE, limit=MAX_TOTAL_BYTES // 2**20)
        declared = _directory_size(path, size)
        if declared is not None and (declared[0] > MAX_MEMBERS
                                     or declared[1] > MAX_DIRECTORY_BYTES):
            raise _refuse(path, M_TOO_LARGE, limit=MAX_TOTAL_BYTES // 2**20)
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            total = sum(info.file_size for info in members)
            if len(members) > MAX_MEMBERS or total > MAX_TOTAL_BYTES or any(
                    info.file_size > MAX_MEMBER_BYTES or (
                        info.file_size > RATIO_FROM
                        and info.file_size > MAX_RATIO * max(info.compress_size, 1))
                    for info in members):
                raise _refuse(path, M_TOO_LARGE, limit=MAX_TOTAL_BYTES // 2**20)
            counts = _Counts()
            for info in members:
                if not info.is_dir():
                    _scan_member(path, archive, info, counts)
    except SheetsFileError:
        raise
    except Exception as exc:  # zipfile and its decompressors: BadZipFile, OSError, EOFError...
        raise _refuse(path, M_NOT_SPREADSHEET, reason=type(exc).__name__) from exc
    tags = counts.tags
    if (tags.get(b"c", 0) > MAX_CELLS or counts.spanned > MAX_SPANNED
            or tags.get(b"f", 0) > MAX_FORMULAS):
        raise _refuse(path, M_TOO_MANY_CELLS)
    if (counts.elements > MAX_ELEMENTS or tags.get(b"row", 0) > MAX_ROW_ELEMENTS
            or tags.get(b"col", 0) > MAX_COL_ELEMENTS or tags.get(b"sheet", 0) > MAX_SHEETS
            or tags.get(b"definedName", 0) > MAX_NAMES
            or tags.get(b"si", 0) > MAX_STRINGS):
        raise _refuse(path, M_TOO_MANY_PARTS)
    shared = sum(counts.masters.get(index, 0) * cells for index, cells in counts.sharers.items())
    if counts.formula_work + shared > MAX_FORMULA_WORK:
        raise _refuse(path, M_FORMULA_TOO_LONG)


def _scan_member(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo,
                 counts: _Counts) -> None:
    """Count one member's elements as its bytes come, a chunk at a time; each piece
    scanned ends before a "<", so no tag is cut in two."""
    carry = b""
    with archive.open(info) as member:
        while True:
            chunk = member.read(CHUNK)
            data = carry + chunk
            cut = data.rfind(b"<") if chunk else len(data)
            if cut <= 0:
                if len(data) > MAX_TAG_BYTES:
                    raise _refuse(path, M_NOT_SPREADSHEET, reason="tag too long")
                carry = data
                if not chunk:
                    return
                continue
            _scan_piece(path, data[:cut], counts)
            carry = data[cut:]
            if len(carry) > MAX_TAG_BYTES:
                raise _refuse(path, M_NOT_SPREADSHEET, reason="tag too long")
            if not chunk:
                return


def _scan_piece(path: Path, piece: bytes, counts: _Counts) -> None:
    if _DOCTYPE.search(piece):  # no part of an .xlsx has a DTD: entities are refused
        raise _refuse(path, M_NOT_SPREADSHEET, reason="DOCTYPE")
    counts.elements += len(_ELEMENT.findall(piece))
    tags = counts.tags
    for name in _COUNTED.findall(piece):
        tags[name] = tags.get(name, 0) + 1
    for ref in _SPAN.findall(piece):
        counts.spanned += _span(ref.decode("latin-1"))
        if counts.spanned > MAX_SPANNED:
            raise _refuse(path, M_TOO_MANY_CELLS)
    for attributes, closed, text in _FORMULA.findall(piece):
        length = 0 if closed else len(text)
        if length > MAX_FORMULA_BYTES:
            raise _refuse(path, M_FORMULA_TOO_LONG)
        counts.formula_work += length
        if attributes and _SHARED.search(attributes):
            index = _SHARED_INDEX.search(attributes)
            key = int(index.group(1)) if index else -1
            if length:
                counts.masters[key] = max(counts.masters.get(key, 0), length)
            else:
                counts.sharers[key] = counts.sharers.get(key, 0) + 1
        if counts.formula_work > MAX_FORMULA_WORK:
            raise _refuse(path, M_FORMULA_TOO_LONG)


def _span(ref: str) -> int:
    """How many cells a merged range or a hyperlink's ref covers (1 if it is not read
    as a range: openpyxl then fails on it, and the file is refused)."""
    match = _SPAN_REF.match(ref.strip())
    if not match or not match.group(3):
        return 1
    rows = abs(int(match.group(4)) - int(match.group(2))) + 1
    cols = abs(column_index(match.group(3)) - column_index(match.group(1))) + 1
    return rows * cols


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
    """The workbook in the .xlsx file at ``path``, its formulas calculated by Tutor.
    Raises SheetsFileError for a file that is not one, or too large to read safely."""
    path = Path(path)
    _check_package(path)
    import openpyxl

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            book = openpyxl.load_workbook(path, data_only=False)
    except Exception as exc:  # openpyxl fails on a malformed file in every way there is
        raise _refuse(path, M_NOT_SPREADSHEET, reason=type(exc).__name__) from exc
    if not book.worksheets:
        raise _refuse(path, M_NO_SHEET)
    workbook = Workbook([ws.title for ws in book.worksheets])
    count = 0
    for ws, sheet in zip(book.worksheets, workbook.sheets, strict=True):
        # ws._cells: the cells in the file. ws.iter_rows() would make every cell of the
        # rectangle from A1 to the last one (17 billion for a file with one in XFD1048576).
        for (row, col), item in ws._cells.items():
            content = _file_content(path, sheet.name, row, col, item.value)
            bold = bool(item.font and item.font.b)
            number_format = item.number_format or GENERAL
            if content is None and not bold and number_format == GENERAL:
                continue
            count += 1
            if count > MAX_CELLS:
                raise _refuse(path, M_TOO_MANY_CELLS)
            if not (1 <= row <= MAX_ROWS and 1 <= col <= MAX_COLS):
                raise _refuse(path, M_OUTSIDE)
            if len(number_format) > MAX_FORMAT_LENGTH:
                raise _refuse(path, M_NOT_SPREADSHEET, reason="number format")
            sheet.cells[(row - 1, col - 1)] = Cell(content, number_format, bold)
        for letter, dimension in ws.column_dimensions.items():
            if dimension.width and dimension.customWidth:
                width = float(dimension.width)
                if math.isfinite(width):
                    sheet.widths[column_index(letter)] = max(0.0, min(width, 255.0))
        for chart in getattr(ws, "_charts", []):
            sheet.charts.append(_read_chart(chart, sheet))
    workbook.recalculate_all()
    if workbook.too_complex:
        raise _refuse(path, M_TOO_COMPLEX)
    return workbook


MAX_FORMAT_LENGTH = 255  # Excel's limit for a number format code


def _file_content(path: Path, sheet: str, row: int, col: int, value: object) -> object:
    """A cell's content read from a file: numbers finite and in a float, text no longer
    than a cell holds; SheetsFileError otherwise."""
    try:
        content = _content(value)
    except (OverflowError, ValueError) as exc:  # an int of 4,000 digits, a date beyond 9999
        raise _refuse(path, M_BAD_NUMBER, cell=cell_name(row - 1, col - 1),
                      sheet=sheet) from exc
    if isinstance(content, float) and not math.isfinite(content):
        raise _refuse(path, M_BAD_NUMBER, cell=cell_name(row - 1, col - 1), sheet=sheet)
    if isinstance(content, str) and len(content) > MAX_TEXT + 1:  # + its "="
        raise _refuse(path, M_LONG_TEXT, cell=cell_name(row - 1, col - 1), sheet=sheet)
    return content


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
    buffer = io.BytesIO()
    book.save(buffer)
    cached = {ws.path.lstrip("/"): _formula_values(workbook, ws.title)
              for ws in book.worksheets}
    try:
        with zipfile.ZipFile(buffer) as built, zipfile.ZipFile(
                path, "w", zipfile.ZIP_DEFLATED) as out:
            for info in built.infolist():
                data = built.read(info)
                if cached.get(info.filename):
                    data = _with_cached_values(data.decode("utf-8"),
                                               cached[info.filename]).encode("utf-8")
                out.writestr(info, data)
    except OSError as exc:
        raise SheetsFileError(
            QT_TRANSLATE_NOOP("errors", "Tutor could not save {file} ({reason})."),
            file=str(path), reason=exc.strerror or type(exc).__name__,
        ) from exc


# -- the values of formulas, kept in the file -------------------------------------------
#
# openpyxl writes a formula without its value (<f>A1*2</f><v/>). Excel and Calc compute it
# again, but a viewer that does not (a phone's, a web preview, a grader reading the
# values) shows a blank: so each formula's value, as Tutor computed it, goes into <v>.

_FORMULA_CELL = re.compile(r'<c r="([A-Z]+[0-9]+)"((?: s="[0-9]+")?)><f>([^<]*)</f><v ?/></c>')


def _formula_values(workbook: Workbook, sheet: str) -> dict[str, object]:
    """``{"B9": value}`` for the formulas of ``sheet``."""
    found = workbook.find_sheet(sheet)
    if found is None:
        return {}
    return {cell_name(row, col): workbook.value(found.name, row, col)
            for (row, col), cell in found.cells.items() if cell.is_formula()}


def cached_value(value: object) -> tuple[str, str] | None:
    """A formula's value as a cell of the file keeps it: (its type attribute, the text of
    <v>), or None when it has none Excel knows (a circular reference)."""
    if isinstance(value, ErrorValue):
        return ("e", str(value)) if value in ERRORS else None
    if isinstance(value, bool):
        return "b", "1" if value else "0"
    if value is None:
        return "n", "0"  # Excel and Calc show an empty cell's value as 0
    if isinstance(value, int | float):
        if not math.isfinite(value):
            return None
        number = float(value)
        return "n", str(int(number)) if number.is_integer() and abs(number) < 2**53 else repr(
            number)
    text = str(value)
    return "str", text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _with_cached_values(xml: str, values: dict[str, object]) -> str:
    """A worksheet's XML as openpyxl wrote it, with the formulas' values in their <v>."""

    def fill(match: re.Match[str]) -> str:
        ref, style, formula = match.groups()
        cached = cached_value(values.get(ref)) if ref in values else None
        if cached is None:
            return match.group()
        kind, text = cached
        kind_attribute = "" if kind == "n" else f' t="{kind}"'
        return f'<c r="{ref}"{style}{kind_attribute}><f>{formula}</f><v>{text}</v></c>'

    return _FORMULA_CELL.sub(fill, xml)
