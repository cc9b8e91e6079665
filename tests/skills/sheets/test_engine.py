"""The workbook: recalculation in dependency order, circular references, and the edits
of a spreadsheet with undo."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tutor.skills.sheets import formulas as fx
from tutor.skills.sheets.cell_text import parse_input
from tutor.skills.sheets.engine import Workbook
from tutor.skills.sheets.number_formats import format_kind, with_decimals
from tutor.skills.sheets.references import parse_cell
from tutor.skills.sheets.values import CIRC


def typed(book, cells, sheet="Sheet1"):
    for ref, text in cells.items():
        row, col = parse_cell(ref)
        book.set_input(sheet, row, col, text)


def value(book, ref, sheet="Sheet1"):
    return book.value_of(ref, sheet)


def test_an_edit_recalculates_what_depends_on_it_in_order():
    book = Workbook()
    # written in an order where a naive top-to-bottom pass would be wrong
    typed(book, {"A1": "=A2*2", "A2": "=A3+1", "A3": "5", "B1": "=SUM(A1:A3)"})
    assert (value(book, "A1"), value(book, "A2"), value(book, "B1")) == (12.0, 6.0, 23.0)
    typed(book, {"A3": "10"})
    assert (value(book, "A1"), value(book, "A2"), value(book, "B1")) == (22.0, 11.0, 43.0)


def test_a_long_chain_does_not_overflow_the_stack():
    book = Workbook()
    book.set_contents("Sheet1", {(0, 0): 1.0, **{(r, 0): f"=A{r}+1" for r in range(1, 3000)}})
    assert value(book, "A3000") == 3000.0
    book.set_content("Sheet1", 0, 0, 100.0)
    assert value(book, "A3000") == 3099.0


def test_circular_references_are_reported_never_looping():
    book = Workbook()
    typed(book, {"A1": "=B1+1", "B1": "=A1+1", "C1": "=A1*2", "D1": "=D1", "E1": "7"})
    assert value(book, "A1") == CIRC and value(book, "B1") == CIRC
    assert value(book, "D1") == CIRC
    assert value(book, "C1") == CIRC  # it depends on the cycle
    assert {("Sheet1", 0, 0), ("Sheet1", 0, 1), ("Sheet1", 0, 3)} <= book.circular
    typed(book, {"B1": "3"})  # the cycle is broken
    assert (value(book, "A1"), value(book, "C1")) == (4.0, 8.0)
    assert ("Sheet1", 0, 0) not in book.circular


def test_formulas_referring_to_a_range_follow_edits_inside_it():
    book = Workbook()
    typed(book, {"A1": "1", "A2": "2", "B1": "=SUM(A1:A5)", "C1": "=COUNTIF(A:A,\">1\")"})
    typed(book, {"A5": "10"})
    assert value(book, "B1") == 13.0 and value(book, "C1") == 2.0


def test_fill_down_adjusts_relative_references_and_keeps_absolute_ones():
    book = Workbook()
    typed(book, {"B1": "16%", "C4": "40", "C5": "85", "C6": "12", "D4": "=C4*$B$1"})
    book.fill_down("Sheet1", (3, 3, 5, 3))
    assert book.content("Sheet1", 5, 3) == "=C6*$B$1"
    assert value(book, "D5") == pytest.approx(13.6)
    book.undo()
    assert book.content("Sheet1", 5, 3) is None
    book.redo()
    assert value(book, "D6") == pytest.approx(1.92)


def test_fill_right_and_paste():
    book = Workbook()
    typed(book, {"A1": "1", "B1": "2", "C1": "3", "A2": "=A1*10"})
    book.fill_right("Sheet1", (1, 0, 1, 2))
    assert [value(book, r) for r in ("A2", "B2", "C2")] == [10.0, 20.0, 30.0]
    clip = book.copy("Sheet1", (1, 0, 1, 0))
    book.paste("Sheet1", 4, 1, clip)
    assert book.content("Sheet1", 4, 1) == "=B4*10"
    book.paste_text("Sheet1", 9, 0, "5\t6\n7\t=A10+B10")
    assert value(book, "B11") == 11.0


def test_insert_and_delete_rows_keep_references_right():
    book = Workbook()
    typed(book, {"A1": "1", "A2": "2", "A3": "3", "B1": "=SUM(A1:A3)", "B2": "=A3*2"})
    book.insert_rows("Sheet1", 1)
    assert book.content("Sheet1", 0, 1) == "=SUM(A1:A4)"
    assert book.content("Sheet1", 2, 1) == "=A4*2"
    typed(book, {"A2": "10"})
    assert value(book, "B1") == 16.0
    book.delete_rows("Sheet1", 3)  # the row of A4, which B3 uses
    assert book.content("Sheet1", 2, 1) == "=#REF!*2"
    assert value(book, "B3") == "#REF!"
    assert book.content("Sheet1", 0, 1) == "=SUM(A1:A3)"
    book.undo()
    assert value(book, "B3") == 6.0


def test_sort_moves_whole_rows_with_their_formulas():
    book = Workbook()
    rows = [("Tea", 2, 40), ("Soap", 1.2, 95), ("Salt", 0.4, 18)]
    for r, (name, price, sold) in enumerate(rows, start=2):
        typed(book, {f"A{r}": name, f"B{r}": str(price), f"C{r}": str(sold),
                     f"D{r}": f"=B{r}*C{r}"})
    book.sort("Sheet1", (1, 0, 3, 3), 2, descending=True)
    assert [value(book, f"A{r}") for r in (2, 3, 4)] == ["Soap", "Tea", "Salt"]
    assert [value(book, f"D{r}") for r in (2, 3, 4)] == pytest.approx([114.0, 80.0, 7.2])
    book.sort("Sheet1", (1, 0, 3, 3), 0)
    assert [value(book, f"A{r}") for r in (2, 3, 4)] == ["Salt", "Soap", "Tea"]


def test_several_sheets():
    book = Workbook()
    other = book.add_sheet()
    assert other.name == "Sheet2"
    typed(book, {"A1": "5"}, sheet="Sheet2")
    typed(book, {"A1": "=Sheet2!A1*2"})
    assert value(book, "A1") == 10.0
    typed(book, {"A1": "6"}, sheet="Sheet2")
    assert value(book, "A1") == 12.0


def test_what_a_learner_types_is_read_as_calc_reads_it():
    assert parse_input("12") == (12.0, None)
    assert parse_input("1,250") == (1250.0, None)
    assert parse_input("2,5", decimal_comma=True) == (2.5, None)
    assert parse_input("15%") == (0.15, "0%")
    assert parse_input("2024-03-05")[0] == fx.evaluate("=DATE(2024,3,5)")
    assert parse_input("=a1+1") == ("=a1+1", None)
    assert parse_input("Rice") == ("Rice", None)
    assert parse_input("'12") == ("12", None)


def test_formats_and_decimals():
    book = Workbook()
    typed(book, {"A1": "2.5"})
    book.set_format("Sheet1", (0, 0, 0, 0), '"$"#,##0.00')
    assert book.display("Sheet1", 0, 0) == "$2.50"
    assert format_kind('"$"#,##0.00') == "currency"
    assert format_kind("0.0%") == "percent"
    assert format_kind("dd/mm/yyyy") == "date"
    assert with_decimals("0.00", 3) == "0.000"
    assert with_decimals('"$"#,##0.00', 0) == '"$"#,##0'


@given(st.lists(st.integers(-50, 50), min_size=1, max_size=20))
@settings(max_examples=50)
def test_incremental_recalculation_equals_a_full_one(values):
    book = Workbook()
    contents = {(i, 0): float(v) for i, v in enumerate(values)}
    contents.update({(i, 1): f"=A{i + 1}*2+SUM($A$1:A{i + 1})" for i in range(len(values))})
    book.set_contents("Sheet1", contents)
    book.set_content("Sheet1", 0, 0, 99.0)
    incremental = [book.value("Sheet1", i, 1) for i in range(len(values))]
    book.recalculate_all()
    assert incremental == [book.value("Sheet1", i, 1) for i in range(len(values))]


cells = st.sampled_from(["A1", "A2", "A3", "B1", "B2", "B3", "C1", "C2"])
formula = st.one_of(
    st.builds(lambda a, b: f"={a}+{b}", cells, cells),
    st.builds(lambda a: f"=SUM(A1:{a})*2", cells),
    st.builds(lambda a, b: f'=IF({a}>3,{b},"x")', cells, cells),
    st.builds(lambda a: f"=IFERROR(1/{a},0)", cells),
    st.integers(-5, 5).map(str),
)


@given(st.lists(st.tuples(cells, formula), min_size=1, max_size=25))
@settings(max_examples=400, deadline=None)
def test_any_sequence_of_edits_terminates_and_matches_a_full_recalculation(edits):
    book = Workbook()
    for ref, text in edits:
        row, col = parse_cell(ref)
        book.set_input("Sheet1", row, col, text)
    seen = {ref: book.value_of(ref) for ref in ("A1", "A2", "A3", "B1", "B2", "B3", "C1", "C2")}
    circular = set(book.circular)
    book.recalculate_all()
    assert seen == {ref: book.value_of(ref) for ref in seen}
    assert circular == book.circular
    for sheet, row, col in book.circular:
        assert book.value(sheet, row, col) == CIRC
