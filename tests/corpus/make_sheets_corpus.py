"""Build the spreadsheet corpus: learners' answers to the shipped spreadsheet tasks, as
.xlsx files of the three tools a learner meets (Tutor, Excel, LibreOffice Calc), and the
manifest ``tests/corpus/sheets.toml`` that says what a fair trainer decides for each.

    .venv/bin/python tests/corpus/make_sheets_corpus.py          # everything
    .venv/bin/python tests/corpus/make_sheets_corpus.py --no-soffice   # not the Calc files

How each file is made (the manifest's ``saved_by``):
- ``tutor``: written by openpyxl, as Tutor's own Save writes it;
- ``excel``: written by openpyxl the way Excel writes it: ``_xlfn.`` before the newer
  functions (IFS, IFNA, XLOOKUP...), formulas filled down stored as one shared formula;
- ``libreoffice``: the same workbook, opened and saved again by LibreOffice Calc
  (``soffice --headless --convert-to xlsx``), all the files in one run: Calc writes
  ``FALSE()`` for FALSE, its own number formats, its own charts.

Every answer is one line of the table ANSWERS below: the task (by its English id; the
other packs have the same tasks in the same order), what the learner did, and the verdict.
The data of each task comes from the shipped pack, so an answer is the same in the four
languages with the pack's own words and numbers.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import openpyxl  # noqa: E402
from openpyxl.chart import BarChart, LineChart, Reference  # noqa: E402
from openpyxl.styles import Font  # noqa: E402

from tutor.content.packs import load_catalogue  # noqa: E402
from tutor.skills import installed_skills  # noqa: E402
from tutor.skills.sheets.engine import start_workbook  # noqa: E402
from tutor.skills.sheets.model import SheetsExercise  # noqa: E402
from tutor.skills.sheets.references import cell_name, parse_cell  # noqa: E402

CORPUS = ROOT / "tests" / "corpus"
MANIFEST = CORPUS / "sheets.toml"
LANGUAGES = ("en", "fr", "ar", "sw")
PACKS = {  # the two packs of each language
    language: {"first-steps": f"sheets-{language}-{first}", "at-work": f"sheets-{language}-{work}"}
    for language, first, work in (("en", "first-steps", "at-work"),
                                  ("fr", "premiers-pas", "au-travail"),
                                  ("ar", "first-steps", "at-work"),
                                  ("sw", "first-steps", "at-work"))
}
# The first sheet's name as each tool calls it in the learner's language.
CALC_SHEET = {"en": "Sheet1", "fr": "Feuille1", "ar": "ورقة1", "sw": "Sheet1"}
CURRENCY_CODES = {  # what the Money button of Calc or Excel writes, per task currency
    "$": '"$"#,##0.00', "€": '#,##0.00\\ "€"', "JOD": '#,##0.00\\ "JOD"',
    "KSh": '"KSh"\\ #,##0.00', "TSh": '"TSh"\\ #,##0.00',
}


@dataclass
class Answer:
    task: str  # the English id of the task ("first-steps/shopping-list")
    name: str  # the file's name, without .xlsx
    passed: bool
    why: str
    saved_by: str = "tutor"  # tutor, excel or libreoffice
    # what the learner did, given the task: {cell: content}, formats, bold...
    cells: Callable[[Task], dict[str, object]] = lambda t: {}
    formats: Callable[[Task], dict[str, str]] = lambda t: {}
    bold: list[str] = field(default_factory=list)
    sort: tuple[str, str, bool] | None = None  # (range, column, descending)
    sort_one_column: bool = False  # sorts the column alone (the others stay)
    chart: str | None = None  # "bar" or "line", of the task's A1:B7
    shared: list[str] = field(default_factory=list)  # ranges Excel stores as one formula


@dataclass
class Task:
    """A shipped task in one language, with the words its checks expect."""

    language: str
    pack_id: str
    exercise: SheetsExercise

    @property
    def ref(self) -> str:
        return f"{self.pack_id}/{self.exercise.id}"

    def expected(self, cell: str) -> str:
        """The ``equals`` formula of the check on ``cell``."""
        for check in self.exercise.checks:
            if check.cell and check.cell.split(":")[0] == cell and check.equals:
                return check.equals
        raise KeyError(cell)

    def quoted(self, cell: str, index: int = 0) -> str:
        """The ``index``-th quoted word of the expected formula of ``cell``."""
        return re.findall(r'"([^"]*)"', self.expected(cell))[index]

    def value(self, cell: str) -> object:
        """The value a check expects in ``cell``."""
        for check in self.exercise.checks:
            if check.cell == cell and check.value is not None:
                return check.value
        return self.exercise.cells.get(cell)

    @property
    def currency(self) -> str:
        return CURRENCY_CODES.get(self.exercise.currency,
                                  f'#,##0.00\\ "{self.exercise.currency}"')


def down(formula: str, first: int, last: int, column: str) -> dict[str, object]:
    """``formula`` (written for row ``first``) filled down to ``last`` in ``column``,
    shifted as a spreadsheet does: relative rows move, ``$`` rows stay."""
    out: dict[str, object] = {}
    for row in range(first, last + 1):
        shift = row - first

        def move(match: re.Match[str], shift: int = shift) -> str:
            col_abs, letters, row_abs, number = match.groups()
            new = int(number) if row_abs else int(number) + shift
            return f"{col_abs}{letters}{row_abs}{new}"

        out[f"{column}{row}"] = _outside_quotes(
            formula, lambda text, move=move: re.sub(
                r"(\$?)\b([A-Z]{1,3})(\$?)([0-9]+)\b", move, text))
    return out


def _outside_quotes(formula: str, change: Callable[[str], str]) -> str:
    parts = re.split(r'("(?:[^"]|"")*")', formula)
    return "".join(p if p.startswith('"') else change(p) for p in parts)


def sums(task: Task, cells: list[str]) -> float:
    return float(sum(float(task.exercise.cells[c]) for c in cells))  # type: ignore[arg-type]


# -- the answers --------------------------------------------------------------------

A = Answer
ANSWERS: list[Answer] = [
    # typing data
    A("first-steps/shopping-list", "shopping-list-typed", True,
      "the list typed as asked (3 typed as a whole number)",
      cells=lambda t: {c.cell: (int(c.value) if isinstance(c.value, float)
                                and c.value.is_integer() else c.value)
                       for c in t.exercise.checks if c.cell}),
    A("first-steps/shopping-list", "shopping-list-no-titles", False,
      "the items and prices without the titles of the columns (A1, B1)",
      cells=lambda t: {c.cell: c.value for c in t.exercise.checks
                       if c.cell and c.cell not in ("A1", "B1")}),
    A("first-steps/shopping-list", "shopping-list-calc", True,
      "the list typed in LibreOffice Calc, with the titles in bold", saved_by="libreoffice",
      cells=lambda t: {c.cell: c.value for c in t.exercise.checks if c.cell},
      bold=["A1", "B1"]),
    # formulas
    A("first-steps/first-formula", "first-formula-calc", True,
      "=B1+B2, and B1 changed to 20, saved by LibreOffice Calc", saved_by="libreoffice",
      cells=lambda t: {"B3": "=B1+B2", "B1": 20}),
    A("first-steps/first-formula", "first-formula-typed-total", False,
      "the total typed as a number in B3, not a formula",
      cells=lambda t: {"B3": 20 + float(t.exercise.cells["B2"]), "B1": 20}),  # type: ignore[arg-type]
    A("first-steps/first-formula", "first-formula-sum", True,
      "=SUM(B1:B2) instead of =B1+B2: another formula that adds the same cells",
      cells=lambda t: {"B3": "=SUM(B1:B2)", "B1": 20}),
    A("first-steps/hours-times-rate", "hours-times-rate-reversed", True,
      "=B2*B1: the same product written the other way round",
      cells=lambda t: {"B3": "=B2*B1"}),
    A("first-steps/hours-times-rate", "hours-times-rate-typed-rate", False,
      "=B1*5: the rate typed into the formula, so a change of B2 is not followed",
      cells=lambda t: {"B3": f"=B1*{t.exercise.cells['B2']:g}"}),
    # SUM, AVERAGE, MIN, MAX
    A("first-steps/week-of-sales", "week-of-sales-calc", True,
      "=SUM(B2:B8), saved by LibreOffice Calc", saved_by="libreoffice",
      cells=lambda t: {"B9": "=SUM(B2:B8)"}),
    A("first-steps/week-of-sales", "week-of-sales-wrong-range", False,
      "=SUM(B2:B7): Sunday is left out of the total",
      cells=lambda t: {"B9": "=SUM(B2:B7)"}),
    A("first-steps/average-score", "average-score-excel", True,
      "=AVERAGE(B2:B6) in a workbook as Excel writes it", saved_by="excel",
      cells=lambda t: {"B7": "=AVERAGE(B2:B6)"}),
    A("first-steps/average-score", "average-score-typed", False,
      "the average worked out and typed as a number",
      cells=lambda t: {"B7": sums(t, ["B2", "B3", "B4", "B5", "B6"]) / 5}),
    A("first-steps/lowest-highest", "lowest-highest-swapped", False,
      "MAX in the cell of the lowest and MIN in the cell of the highest",
      cells=lambda t: {"B9": "=MAX(B2:B8)", "B10": "=MIN(B2:B8)"}),
    A("first-steps/lowest-highest", "lowest-highest-calc", True,
      "=MIN(B2:B8) and =MAX(B2:B8), saved by LibreOffice Calc", saved_by="libreoffice",
      cells=lambda t: {"B9": "=MIN(B2:B8)", "B10": "=MAX(B2:B8)"}),
    # formats
    A("first-steps/bold-titles", "bold-titles-calc", True,
      "the three titles in bold, saved by LibreOffice Calc", saved_by="libreoffice",
      bold=["A1", "B1", "C1"]),
    A("first-steps/bold-titles", "bold-titles-two", False,
      "only two of the three titles in bold", bold=["A1", "B1"]),
    A("first-steps/money-format", "money-format-calc", True,
      "the prices in the currency format with 2 decimals, saved by LibreOffice Calc",
      saved_by="libreoffice", formats=lambda t: dict.fromkeys(
          ("B2", "B3", "B4", "B5"), t.currency)),
    A("first-steps/money-format", "money-format-plain-decimals", False,
      "2 decimals but no currency: the prices are not shown as money",
      formats=lambda t: dict.fromkeys(("B2", "B3", "B4", "B5"), "0.00")),
    A("first-steps/small-budget", "small-budget-typed-left", False,
      "the money left worked out and typed as a number in B10",
      cells=lambda t: {"B9": "=SUM(B4:B8)",
                       "B10": float(t.exercise.cells["B2"]) - sums(  # type: ignore[arg-type]
                           t, ["B4", "B5", "B6", "B7", "B8"])}),
    A("first-steps/small-budget", "small-budget-one-formula", True,
      "=B2-SUM(B4:B8) in B10: another formula with the same result",
      cells=lambda t: {"B9": "=SUM(B4:B8)", "B10": "=B2-SUM(B4:B8)"}),
    # percentages
    A("first-steps/savings-percent", "savings-percent-calc", True,
      "=B2/B1 shown as a percentage, saved by LibreOffice Calc", saved_by="libreoffice",
      cells=lambda t: {"B3": "=B2/B1"}, formats=lambda t: {"B3": "0%"}),
    A("first-steps/savings-percent", "savings-percent-no-format", False,
      "=B2/B1 but not shown as a percentage (0.15)",
      cells=lambda t: {"B3": "=B2/B1"}),
    # filling down, absolute references
    A("at-work/fill-down", "fill-down-calc", True,
      "=B2*C2 filled down to D6, saved by LibreOffice Calc", saved_by="libreoffice",
      cells=lambda t: down("=B2*C2", 2, 6, "D")),
    A("at-work/fill-down", "fill-down-typed-rest", False,
      "a formula in D2, then the other amounts typed as numbers",
      cells=lambda t: {"D2": "=B2*C2", **{
          f"D{r}": float(t.exercise.cells[f"B{r}"]) * float(  # type: ignore[arg-type]
              t.exercise.cells[f"C{r}"]) for r in range(3, 7)}}),  # type: ignore[arg-type]
    A("at-work/invoice-tax", "invoice-tax-mixed", True,
      "=C4*B$1: the row of the rate is fixed, which is all filling down needs",
      cells=lambda t: down("=C4*B$1", 4, 7, "D")),
    A("at-work/invoice-tax", "invoice-tax-excel-shared", True,
      "=C4*$B$1 filled down, stored by Excel as one shared formula", saved_by="excel",
      cells=lambda t: down("=C4*$B$1", 4, 7, "D"), shared=["D4:D7"]),
    A("at-work/invoice-tax", "invoice-tax-calc", True,
      "=C4*$B$1 filled down, saved by LibreOffice Calc", saved_by="libreoffice",
      cells=lambda t: down("=C4*$B$1", 4, 7, "D")),
    A("at-work/invoice-tax", "invoice-tax-relative", False,
      "=C4*B1 filled down: B1 becomes B2, B3... and the tax of the other rows is wrong",
      cells=lambda t: down("=C4*B1", 4, 7, "D")),
    A("at-work/invoice-tax", "invoice-tax-typed-rate", False,
      "=C4*0.16: the rate typed into each formula instead of the cell B1",
      cells=lambda t: down("=C4*0.16", 4, 7, "D")),
    A("at-work/invoice-total", "invoice-total-no-money", False,
      "the right formulas, but the amounts to pay are not shown as money",
      cells=lambda t: {**down("=C4+D4", 4, 7, "E"), "E8": "=SUM(E4:E7)"}),
    A("at-work/invoice-total", "invoice-total-calc", True,
      "the right formulas shown as money, saved by LibreOffice Calc", saved_by="libreoffice",
      cells=lambda t: {**down("=C4+D4", 4, 7, "E"), "E8": "=SUM(E4:E7)"},
      formats=lambda t: {f"E{r}": t.currency for r in range(4, 9)}),
    # COUNTIF, SUMIF with criteria and wildcards
    A("at-work/attendance", "attendance-wildcard-calc", True,
      'COUNTIF with a wildcard ("p*": every word starting with p), saved by LibreOffice Calc',
      saved_by="libreoffice",
      cells=lambda t: {"E1": f'=COUNTIF(B2:B11,"{t.quoted("E1")[0]}*")',
                       "E2": f'=COUNTIF(B2:B11,"{t.quoted("E2")}")'}),
    A("at-work/attendance", "attendance-typed-count", False,
      "the present counted with COUNTIF, the absent counted by hand and typed",
      cells=lambda t: {"E1": t.expected("E1"), "E2": 3}),
    A("at-work/spending-by-type", "spending-by-type-whole-columns", True,
      "=SUMIF(B:B,E2,C:C): whole columns instead of $B$2:$B$9, filled down",
      cells=lambda t: down("=SUMIF(B:B,E2,C:C)", 2, 4, "F")),
    A("at-work/spending-by-type", "spending-by-type-typed-word", False,
      'the word typed in the formula ("food") and filled down: every row adds the food',
      cells=lambda t: down(f'=SUMIF($B$2:$B$9,"{t.exercise.cells["E2"]}",$C$2:$C$9)',
                           2, 4, "F")),
    # VLOOKUP
    A("at-work/price-list", "price-list-calc", True,
      "=VLOOKUP(A2,$E$2:$F$7,2,FALSE) filled down, saved by LibreOffice Calc (FALSE())",
      saved_by="libreoffice", cells=lambda t: down("=VLOOKUP(A2,$E$2:$F$7,2,FALSE)", 2, 5, "B")),
    A("at-work/price-list", "price-list-iferror-calc", True,
      "VLOOKUP inside IFERROR(...,0), saved by LibreOffice Calc", saved_by="libreoffice",
      cells=lambda t: down("=IFERROR(VLOOKUP(A2,$E$2:$F$7,2,FALSE),0)", 2, 5, "B")),
    A("at-work/price-list", "price-list-ifna-excel", True,
      'VLOOKUP inside IFNA(...,""), as Excel writes it (_xlfn.IFNA)', saved_by="excel",
      cells=lambda t: down('=_xlfn.IFNA(VLOOKUP(A2,$E$2:$F$7,2,0),"")', 2, 5, "B")),
    A("at-work/price-list", "price-list-relative", False,
      "=VLOOKUP(A2,E2:F7,2,FALSE) filled down: the list moves and the last code is not found",
      cells=lambda t: down("=VLOOKUP(A2,E2:F7,2,FALSE)", 2, 5, "B")),
    A("at-work/price-list", "price-list-approximate", False,
      "VLOOKUP without FALSE: an approximate match in a list that is not sorted",
      cells=lambda t: down("=VLOOKUP(A2,$E$2:$F$7,2)", 2, 5, "B")),
    # IF
    A("at-work/pass-or-fail", "pass-or-fail-boundary", False,
      "B2>50 instead of B2>=50: a score of exactly 50 fails",
      cells=lambda t: down(t.expected("C2").replace(">=", ">"), 2, 9, "C")),
    A("at-work/pass-or-fail", "pass-or-fail-reversed", True,
      "the test written the other way round: IF(B2<50, fail, pass)",
      cells=lambda t: down(f'=IF(B2<50,"{t.quoted("C2", 1)}","{t.quoted("C2", 0)}")',
                           2, 9, "C")),
    A("at-work/pass-or-fail", "pass-or-fail-ifs-excel", True,
      "IFS with TRUE for the other scores, as Excel writes it (_xlfn.IFS)", saved_by="excel",
      cells=lambda t: down(f'=_xlfn.IFS(B2>=50,"{t.quoted("C2", 0)}",TRUE,'
                           f'"{t.quoted("C2", 1)}")', 2, 9, "C")),
    A("at-work/pass-or-fail", "pass-or-fail-calc", True,
      "the IF of the task filled down, saved by LibreOffice Calc", saved_by="libreoffice",
      cells=lambda t: down(t.expected("C2"), 2, 9, "C")),
    # sorting
    A("at-work/sort-names", "sort-names-one-column", False,
      "only the names sorted: the phone numbers stay where they were",
      sort=("A2:C9", "A", False), sort_one_column=True),
    A("at-work/sort-best-seller", "sort-best-seller-calc", True,
      "sorted by sales, largest first, saved by LibreOffice Calc", saved_by="libreoffice",
      sort=("A2:C8", "C", True)),
    A("at-work/sort-best-seller", "sort-best-seller-ascending", False,
      "sorted by sales but smallest first", sort=("A2:C8", "C", False)),
    # charts
    A("at-work/sales-chart", "sales-chart-calc", True,
      "a bar chart of the months and sales, saved by LibreOffice Calc",
      saved_by="libreoffice", chart="bar"),
    A("at-work/sales-chart", "sales-chart-none", False, "no chart at all"),
]


# -- building the files -------------------------------------------------------------


def tasks_by_language() -> dict[str, dict[str, Task]]:
    """{language: {English task id: the task of that language}}: the packs of each
    language have the same tasks in the same order."""
    catalogue = load_catalogue([ROOT / "lessons" / "sheets"], installed_skills())
    english = {name: catalogue.packs[pack_id] for name, pack_id in PACKS["en"].items()}
    out: dict[str, dict[str, Task]] = {}
    for language in LANGUAGES:
        table: dict[str, Task] = {}
        for name, pack_id in PACKS[language].items():
            pack = catalogue.packs[pack_id]
            for first, exercise in zip(english[name].exercises, pack.exercises, strict=True):
                table[f"{name}/{first.id}"] = Task(language, pack.id, exercise)
        out[language] = table
    return out


def _contents(task: Task) -> tuple[dict[tuple[int, int], object], dict[tuple[int, int], str],
                                   set[tuple[int, int]]]:
    """The task's starting cells, formats and bold cells, as the learner opens them."""
    book = start_workbook(task.exercise)
    sheet = book.sheets[0]
    contents = {k: c.content for k, c in sheet.cells.items() if c.content is not None}
    formats = {k: c.number_format for k, c in sheet.cells.items()
               if c.number_format != "General"}
    bold = {k for k, c in sheet.cells.items() if c.bold}
    return contents, formats, bold


def write_answer(answer: Answer, task: Task, path: Path) -> None:
    contents, formats, bold = _contents(task)
    for ref, content in answer.cells(task).items():
        contents[parse_cell(ref)] = content
    for ref, code in answer.formats(task).items():
        formats[parse_cell(ref)] = code
    bold |= {parse_cell(ref) for ref in answer.bold}
    if answer.sort:
        _sort(contents, *answer.sort, one_column=answer.sort_one_column)
    book = openpyxl.Workbook()
    ws = book.active
    calc = answer.saved_by == "libreoffice"
    ws.title = CALC_SHEET[task.language] if calc else task.exercise.sheet
    for (row, col), content in sorted(contents.items()):
        if isinstance(content, float) and content.is_integer() and answer.saved_by != "tutor":
            content = int(content)
        ws.cell(row=row + 1, column=col + 1, value=content)
    for (row, col), code in formats.items():
        ws.cell(row=row + 1, column=col + 1).number_format = code
    for row, col in bold:
        ws.cell(row=row + 1, column=col + 1).font = Font(bold=True)
    for letters, width in task.exercise.widths.items():
        ws.column_dimensions[letters].width = width
    if answer.chart:
        chart = BarChart() if answer.chart == "bar" else LineChart()
        chart.add_data(Reference(ws, min_col=2, min_row=1, max_row=7), titles_from_data=True)
        chart.set_categories(Reference(ws, min_col=1, min_row=2, max_row=7))
        ws.add_chart(chart, "D2")
    book.save(path)
    if answer.shared:
        _share_formulas(path, answer.shared)


def _sort(contents: dict[tuple[int, int], object], rng: str, by: str, descending: bool,
          one_column: bool) -> None:
    first, last = rng.split(":")
    top, left = parse_cell(first)
    bottom, right = parse_cell(last)
    key_col = parse_cell(by + "1")[1]
    rows = [[contents.get((r, c)) for c in range(left, right + 1)]
            for r in range(top, bottom + 1)]
    ordered = sorted(rows, key=lambda r: (str(r[key_col - left]).casefold()
                                          if isinstance(r[key_col - left], str)
                                          else r[key_col - left]), reverse=descending)
    for index, row in enumerate(ordered):
        for offset, value in enumerate(row):
            if one_column and left + offset != key_col:
                continue
            contents[(top + index, left + offset)] = value


def _share_formulas(path: Path, ranges: list[str]) -> None:
    """Store each range's formulas as Excel does when a formula is filled: the first
    cell holds ``<f t="shared" ref=... si=...>``, the others only ``<f t="shared" si=.../>``."""
    with zipfile.ZipFile(path) as archive:
        files = {name: archive.read(name) for name in archive.namelist()}
    name = "xl/worksheets/sheet1.xml"
    xml = files[name].decode("utf-8")
    for index, rng in enumerate(ranges):
        first, last = rng.split(":")
        top, col = parse_cell(first)
        bottom, _ = parse_cell(last)
        for row in range(top, bottom + 1):
            ref = cell_name(row, col)
            pattern = re.compile(rf'(<c r="{ref}"[^>]*>)<f>([^<]*)</f>')
            if row == top:
                xml, count = pattern.subn(
                    rf'\1<f t="shared" ref="{rng}" si="{index}">\2</f>', xml)
            else:
                xml, count = pattern.subn(rf'\1<f t="shared" si="{index}"/>', xml)
            assert count == 1, (path, ref)
    files[name] = xml.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for member, data in files.items():
            archive.writestr(member, data)


def soffice_resave(sources: list[Path], out: Path, work: Path) -> None:
    """Open each file in LibreOffice Calc and save it again as .xlsx into ``out``, in
    one run of ``soffice --headless``."""
    program = shutil.which("soffice") or shutil.which("libreoffice")
    if program is None:
        raise SystemExit("LibreOffice (soffice) is needed for the Calc-saved answers")
    out.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [program, f"-env:UserInstallation=file://{work / 'lo-profile'}", "--headless",
         "--norestore", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out),
         *map(str, sources)],
        check=True, capture_output=True, timeout=600, cwd=work,
    )


def build(target: Path, *, soffice: bool = True, only_libreoffice: bool = False) -> list[Path]:
    """Write the answers' files under ``target/<language>/``; the Calc-saved ones through
    LibreOffice (one run for all). Returns the files written."""
    tasks = tasks_by_language()
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as temp:
        work = Path(temp)
        calc_sources: list[tuple[Path, Path]] = []
        for language in LANGUAGES:
            (target / language).mkdir(parents=True, exist_ok=True)
            for answer in ANSWERS:
                if only_libreoffice and answer.saved_by != "libreoffice":
                    continue
                task = tasks[language][answer.task]
                final = target / language / f"{answer.name}.xlsx"
                if answer.saved_by == "libreoffice":
                    if not soffice:
                        continue
                    source = work / f"{language}-{answer.name}.xlsx"
                    write_answer(answer, task, source)
                    calc_sources.append((source, final))
                else:
                    write_answer(answer, task, final)
                    written.append(final)
        if calc_sources:
            soffice_resave([s for s, _ in calc_sources], work / "calc", work)
            for source, final in calc_sources:
                shutil.move(str(work / "calc" / source.name), final)
                written.append(final)
    return written


def manifest_text() -> str:
    tasks = tasks_by_language()
    lines = [
        "# The spreadsheet corpus: learners' answers to the shipped tasks and the verdict a",
        "# fair trainer gives. Written by tests/corpus/make_sheets_corpus.py (edit the",
        "# table there and run it again). saved_by: the tool that wrote the file (tutor,",
        "# excel, or libreoffice: re-saved by LibreOffice Calc with soffice --headless).",
        "",
    ]
    for language in LANGUAGES:
        for answer in ANSWERS:
            task = tasks[language][answer.task]
            lines += [
                "[[answer]]",
                f'exercise = "{task.ref}"',
                f'language = "{language}"',
                f'file = "sheets/{language}/{answer.name}.xlsx"',
                f"passed = {'true' if answer.passed else 'false'}",
                f"why = {_toml_string(answer.why)}",
                f'saved_by = "{answer.saved_by}"',
                "",
            ]
    return "\n".join(lines)


def _toml_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--no-soffice", action="store_true",
                        help="do not remake the files saved by LibreOffice Calc")
    args = parser.parse_args(argv)
    files = build(CORPUS / "sheets", soffice=not args.no_soffice)
    MANIFEST.write_text(manifest_text(), encoding="utf-8")
    print(f"{len(files)} files under {CORPUS / 'sheets'}, manifest {MANIFEST}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
