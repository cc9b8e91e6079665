"""Hostile spreadsheets: every limit of the .xlsx reader and the formula engine is
checked before the expensive step, and a file past one is a clean SheetsFileError (the
whole corpus runs under a memory limit in tests/test_hostile_inputs.py)."""

from __future__ import annotations

import io
import time
import zipfile

import openpyxl
import openpyxl.xml
import pytest

from tests.hostile import xlsx_files as hx
from tutor.errors import TutorError
from tutor.skills.sheets import engine as engine_module
from tutor.skills.sheets import formulas as fx
from tutor.skills.sheets.engine import Workbook
from tutor.skills.sheets.values import VALUE, FormulaError
from tutor.skills.sheets.xlsx import SheetsFileError, load_workbook


def write(tmp_path, data: bytes, name: str = "book.xlsx"):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def refused(tmp_path, data: bytes, match: str) -> SheetsFileError:
    with pytest.raises(SheetsFileError, match=match) as caught:
        load_workbook(write(tmp_path, data))
    assert isinstance(caught.value, TutorError)
    return caught.value


# -- the zip and the XML -------------------------------------------------------------


def test_a_hand_made_workbook_loads(tmp_path):
    book = load_workbook(write(tmp_path, hx.package([hx.sheet_xml(hx.BUDGET)])))
    assert book.value("Sheet1", 8, 1) == 300.0 and book.value("Sheet1", 9, 1) == 200.0


def test_openpyxl_reads_xml_through_defusedxml():
    assert openpyxl.xml.DEFUSEDXML is True
    bomb = hx.package([hx.sheet_xml(hx.row(1, ['<c r="A1" t="s"><v>0</v></c>']))],
                      strings=hx.shared_strings([b"&lol9;"], head=hx.LAUGHS))
    with pytest.raises(ValueError) as caught:  # openpyxl alone, without Tutor's scan
        openpyxl.load_workbook(io.BytesIO(bomb))
    causes, error = [], caught.value
    while error is not None:
        causes.append(type(error).__module__)
        error = error.__cause__ or error.__context__
    assert any(module.startswith("defusedxml") for module in causes)


@pytest.mark.parametrize("where", ["strings", "sheet", "external"])
def test_entities_are_refused_before_openpyxl(tmp_path, where):
    if where == "strings":
        data = hx.package([hx.sheet_xml(hx.row(1, ['<c r="A1" t="s"><v>0</v></c>']))],
                          strings=hx.shared_strings([b"&lol9;"], head=hx.LAUGHS))
    elif where == "sheet":
        data = hx.package([hx.DECLARATION + hx.LAUGHS + hx.sheet_xml(hx.BUDGET)[
            len(hx.DECLARATION):]])
    else:
        data = hx.package([hx.DECLARATION + b'<!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/'
                           b'passwd">]>' + hx.sheet_xml(hx.BUDGET)[len(hx.DECLARATION):]])
    refused(tmp_path, data, r"not a spreadsheet Tutor can open \(DOCTYPE\)")


def test_declared_sizes_member_counts_and_ratios_are_checked_before_unzipping(tmp_path):
    good = hx.package([hx.sheet_xml(hx.BUDGET)])
    refused(tmp_path, hx._patched_directory(good, hx._declare_size(0xFFFFFFF0)), "too large")
    refused(tmp_path, hx._many_members(), "too large")
    spaces = hx.package([hx.sheet_xml(hx.BUDGET, head=b" " * (40 * 2**20))])
    start = time.perf_counter()
    refused(tmp_path, spaces, "too large")
    assert time.perf_counter() - start < 2  # refused from the directory, nothing unpacked


def test_a_lying_size_and_encryption_are_clean_refusals(tmp_path):
    good = hx.package([hx.sheet_xml(hx.BUDGET)])
    refused(tmp_path, hx._patched_directory(good, hx._declare_size(10)), "BadZipFile")
    refused(tmp_path, hx._patched_directory(good, hx._encrypted), "not a spreadsheet")


def test_not_a_zip_empty_and_no_sheet(tmp_path):
    refused(tmp_path, b"", "BadZipFile")
    refused(tmp_path, bytes(range(256)) * 8, "BadZipFile")
    refused(tmp_path, hx.package([]), "no sheet")


# -- cells, before openpyxl makes them -----------------------------------------------


def test_cells_are_counted_before_openpyxl_loads_them(tmp_path, monkeypatch):
    from tutor.skills.sheets import xlsx

    monkeypatch.setattr(xlsx, "MAX_CELLS", 50)
    cells = "".join(hx.row(r, [hx.number(f"A{r}", "1")]) for r in range(1, 60))
    monkeypatch.setattr(openpyxl, "load_workbook", lambda *a, **k: pytest.fail("loaded"))
    refused(tmp_path, hx.package([hx.sheet_xml(cells)]), "too many cells")


def test_formulas_are_counted_with_shared_ones(tmp_path, monkeypatch):
    from tutor.skills.sheets import xlsx

    monkeypatch.setattr(xlsx, "MAX_FORMULAS", 20)
    cells = hx.row(1, ['<c r="A1"><f t="shared" ref="A1:A30" si="0">1+1</f></c>']) + "".join(
        hx.row(r, [f'<c r="A{r}"><f t="shared" si="0"/></c>']) for r in range(2, 31))
    refused(tmp_path, hx.package([hx.sheet_xml(cells)]), "too many cells")


@pytest.mark.parametrize("extra", [
    '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>',
    '<hyperlinks><hyperlink ref="A1:XFD1048576" location="Sheet1!A1"/></hyperlinks>',
])
def test_ranges_openpyxl_would_fill_cell_by_cell_are_refused(tmp_path, extra):
    refused(tmp_path, hx.package([hx.sheet_xml(hx.BUDGET, extra=extra)]), "too many cells")


def test_a_cell_in_the_far_corner_is_not_a_rectangle_of_17_billion(tmp_path):
    data = hx.package([hx.sheet_xml(hx.BUDGET + hx.row(1_048_576, [
        hx.number("XFD1048576", "7")]))])
    start = time.perf_counter()
    book = load_workbook(write(tmp_path, data))
    assert time.perf_counter() - start < 3
    assert book.value("Sheet1", 1_048_575, 16_383) == 7.0


def test_a_cell_beyond_the_last_row_is_refused(tmp_path):
    data = hx.package([hx.sheet_xml(hx.BUDGET + hx.row(3_000_000, [hx.number("A3000000", "1")]))])
    refused(tmp_path, data, "outside")


def test_many_sheets_names_and_rows_are_refused(tmp_path):
    refused(tmp_path, hx.package([hx.sheet_xml(hx.BUDGET)] * 300), "too many sheets")
    names = "".join(f'<definedName name="n{n}">Sheet1!$A$1</definedName>' for n in range(10_001))
    refused(tmp_path, hx.package([hx.sheet_xml(hx.BUDGET)], names=names), "too many sheets")
    rows = "".join(f'<row r="{r}" ht="30" customHeight="1"/>' for r in range(20, 260_000))
    refused(tmp_path, hx.package([hx.sheet_xml(hx.BUDGET + rows)]), "too many sheets")


def test_recursive_defined_names_are_not_followed(tmp_path):
    data = hx.package([hx.sheet_xml(hx.BUDGET + hx.row(11, [hx.formula("B11", "a+1")]))],
                      names='<definedName name="a">b</definedName>'
                            '<definedName name="b">a</definedName>')
    assert load_workbook(write(tmp_path, data)).value("Sheet1", 10, 1) == "#NAME?"


# -- numbers and text ----------------------------------------------------------------


@pytest.mark.parametrize(("value", "match"), [
    ("NaN", "not a spreadsheet|number Tutor cannot use"),
    ("-inf", "not a spreadsheet|number Tutor cannot use"),
    ("1E99999", "number Tutor cannot use in B2 on the sheet Sheet1"),
    ("9" * 4000, "number Tutor cannot use in B2"),
    ("9" * 5000, "not a spreadsheet"),
])
def test_numbers_that_are_not_finite_or_too_long_are_refused(tmp_path, value, match):
    data = hx.package([hx.sheet_xml(hx.BUDGET.replace("<v>500</v>", f"<v>{value}</v>"))])
    refused(tmp_path, data, match)


def test_a_date_beyond_year_9999_is_refused(tmp_path):
    data = hx.package([hx.sheet_xml(hx.BUDGET + hx.row(12, [
        '<c r="A12" t="d"><v>99999-01-01T00:00:00</v></c>']))])
    refused(tmp_path, data, "not a spreadsheet")


def test_text_longer_than_a_cell_holds_is_refused(tmp_path):
    data = hx.package([hx.sheet_xml(hx.BUDGET + hx.row(12, [hx.text("A12", "x" * 40_000)]))])
    refused(tmp_path, data, "more text in A12")
    big = hx.package([hx.sheet_xml(hx.BUDGET + hx.row(12, [hx.text("A12", "x" * 3_000_000)]))])
    refused(tmp_path, big, "tag too long")


def test_a_formula_too_long_or_shared_too_widely_is_refused(tmp_path):
    long = hx.package([hx.sheet_xml(hx.BUDGET + hx.row(12, [
        hx.formula("B12", "1" + "+1" * 20_000)]))])
    refused(tmp_path, long, "formulas too long")


# -- the formula engine --------------------------------------------------------------


def test_nesting_is_limited_before_the_parser_recurses():
    for text in ("=" + "(" * 4000 + "1" + ")" * 4000, "=" + "ABS(" * 500 + "1" + ")" * 500,
                 "=" + "-" * 8000 + "1"):
        with pytest.raises(FormulaError, match="nested"):
            fx.compile_formula(text)
    assert fx.evaluate("=" + "(" * 90 + "1" + ")" * 90) == 1.0
    assert fx.evaluate("=" + "ABS(" * 60 + "-2" + ")" * 60) == 2.0


def test_a_formula_longer_than_excel_allows_is_not_parsed():
    with pytest.raises(FormulaError, match="too long"):
        fx.compile_formula("=" + "1+" * 5000 + "1")


def test_long_chains_are_flat_and_keep_excel_order():
    assert fx.evaluate("=" + "+".join(["1"] * 4000)) == 4000.0
    assert fx.evaluate("=1-2-3") == -4.0
    assert fx.evaluate("=2^3^2") == 64.0  # left to right, as in Excel
    assert fx.evaluate("=1+2*3-4/2") == 5.0
    assert fx.evaluate("=-2^2") == 4.0
    assert fx.evaluate("=50%%") == 0.005
    assert fx.evaluate('="a"&"b"&1+1') == "ab2"
    assert fx.evaluate("=1<2=TRUE") is True
    assert fx.evaluate("=1/0+NA()") == "#DIV/0!"
    assert fx.evaluate("=1+2%*10") == 1.2


def test_a_giant_range_is_not_materialised():
    start = time.perf_counter()
    for text in ("=SUM(A1:XFD1048576)", "=SUMPRODUCT(A1:XFD1048576,A1:XFD1048576)",
                 "=TEXTJOIN(\",\",TRUE,A1:XFD1048576)"):
        assert fx.evaluate(text) == VALUE
    assert fx.evaluate("=VLOOKUP(1,A1:XFD1048576,2)") == "#N/A"  # reads column A only
    book = Workbook(["Sheet1", "Sheet2"])
    book.set_contents("Sheet1", {(0, 0): 2.0, (5, 0): 3.0, (0, 1): "=SUM(A1:XFD1048576)",
                                 (1, 1): "=SUM(A1:A1048576)", (2, 1): "=COUNTBLANK(A1:A1048576)",
                                 (3, 1): "=SUM(A:A)"})
    book.set_content("Sheet2", 0, 0, "=SUM(Sheet1!A1:XFD1048576)")
    assert [book.value("Sheet1", r, 1) for r in range(4)] == ["#CIRC!", 5.0, 1_048_574.0, 5.0]
    assert book.value("Sheet2", 0, 0) == VALUE
    assert time.perf_counter() - start < 3


def test_a_recalculation_reads_a_bounded_number_of_cells():
    book = Workbook()
    contents: dict[tuple[int, int], object] = {(0, 0): 1.0}
    contents.update({(r, 2): "=SUM(A1:B1048576)" for r in range(20)})
    start = time.perf_counter()
    book.set_contents("Sheet1", contents)
    values = [book.value("Sheet1", r, 2) for r in range(20)]
    assert 1.0 in values and VALUE in values  # the budget ran out on the way
    assert time.perf_counter() - start < 5


def test_text_stops_at_what_a_cell_holds():
    assert fx.evaluate('=REPT("abc",1E9)') == VALUE
    assert fx.evaluate('=REPT("",1E300)') == ""
    assert fx.evaluate('=SUBSTITUTE(REPT("a",30000),"a",REPT("b",30000))') == VALUE
    assert fx.evaluate('=REPT("a",20000)&REPT("b",20000)') == VALUE
    assert fx.evaluate('=CONCATENATE(REPT("a",20000),REPT("b",20000))') == VALUE
    book = Workbook()
    contents: dict[tuple[int, int], object] = {(0, 0): "x" * 1000}
    contents.update({(r, 0): f"=A{r}&A{r}" for r in range(1, 60)})
    book.set_contents("Sheet1", contents)
    assert book.value("Sheet1", 5, 0) == "x" * 32_000
    assert book.value("Sheet1", 59, 0) == VALUE


def test_cycles_are_found_without_recursion():
    book = Workbook()
    contents: dict[tuple[int, int], object] = {(r, 0): f"=A{r + 2}+1" for r in range(5000)}
    contents[(5000, 0)] = "=A1"
    book.set_contents("Sheet1", contents)
    assert len(book.circular) == 5001


def test_too_many_links_between_formulas_gives_up_cleanly(tmp_path, monkeypatch):
    monkeypatch.setattr(engine_module, "MAX_LINKS", 1000)
    book = Workbook()
    book.set_contents("Sheet1", {(r, 0): f"=SUM(B1:B{r + 1})" for r in range(100)}
                      | {(r, 1): "=1" for r in range(100)})
    assert book.too_complex and book.value("Sheet1", 50, 0) == VALUE
    cells = "".join(hx.row(r, [hx.formula(f"A{r}", f"SUM(B1:B{r})"), hx.formula(f"B{r}", "1")])
                    for r in range(1, 101))
    refused(tmp_path, hx.package([hx.sheet_xml(cells)]), "depend on each other")


def test_a_zip_with_unsafe_member_names_is_only_read(tmp_path):
    data = hx.package([hx.sheet_xml(hx.BUDGET)], extra={"../../evil.xml": b"<x/>"})
    assert load_workbook(write(tmp_path, data)).value("Sheet1", 8, 1) == 300.0
    assert not (tmp_path.parent.parent / "evil.xml").exists()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert "../../evil.xml" in archive.namelist()
