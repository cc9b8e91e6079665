"""The rules behind the grid's Calc and Excel habits, without a screen: an entry
completed when it ends (parentheses, capitals), a date for DATE's result, values typed by
language (money, percentages, dates), point mode, Ctrl+arrows, Tab then Enter, the active
cell of a selection, and the values of formulas kept in a saved .xlsx."""

import zipfile
from datetime import date, datetime

import pytest

from tests.skills.sheets.libreoffice import calc_values, needs_soffice
from tutor.skills.sheets.cell_text import date_format, parse_input, uses_month_first
from tutor.skills.sheets.engine import Workbook, sort_column
from tutor.skills.sheets.entry import (
    Pointer,
    can_point,
    completed_formula,
    gives_a_date,
    point_at,
    range_name,
    stepped,
)
from tutor.skills.sheets.navigation import EntryRow, data_edge, selection_rect, used_corner
from tutor.skills.sheets.references import parse_cell
from tutor.skills.sheets.values import date_serial
from tutor.skills.sheets.xlsx import cached_value, load_workbook, save_workbook

# -- an entry completed when it ends --------------------------------------------------


@pytest.mark.parametrize("typed, kept", [
    ("=SUM(B2:B8", "=SUM(B2:B8)"),  # Calc adds the missing parenthesis
    ("=sum(b4:b8)", "=SUM(B4:B8)"),  # and shows function names and references in capitals
    ("=round(sum(a1:a3),2", "=ROUND(SUM(A1:A3),2)"),
    ("=(1+2", "=(1+2)"),
    ("=if(a1>=50,true,false)", "=IF(A1>=50,TRUE,FALSE)"),
    ('=upper("abc")&b1', '=UPPER("abc")&B1'),  # text between quotes stays as typed
    ('="total (all', '="total (all"'),  # an open text is closed, its "(" not counted
    ("=$b$1*c4", "=$B$1*C4"),
    ("=Sheet2!b3+sheet1!a1", "=Sheet2!B3+sheet1!A1"),  # sheet names as typed
    ("=sum(a:a)", "=SUM(A:A)"),
    ("=B1+B2", "=B1+B2"),
    ("=1+", "=1+"),  # an incomplete formula is left for the error it shows
    ("Hello (world", "Hello (world"),  # text is not a formula
    ("=", "="),
])
def test_a_formula_is_completed_and_capitalised_when_the_entry_ends(typed, kept):
    assert completed_formula(typed) == kept


def test_the_workbook_keeps_the_completed_formula_and_its_value():
    book = Workbook()
    for row, number in enumerate((10, 20, 30)):
        book.set_input("Sheet1", row, 1, str(number))
    book.set_input("Sheet1", 3, 1, "=sum(b1:b3")
    assert book.content("Sheet1", 3, 1) == "=SUM(B1:B3)"
    assert book.value("Sheet1", 3, 1) == 60


@pytest.mark.parametrize("formula, date", [
    ("=DATE(2026,12,25)", True),
    ("=date(2026, 12, 25)", True),
    ("=TODAY()", True),
    ("=DATE(2026,12,25)+1", False),  # only one call of a date function
    ("=YEAR(A1)", False),
    ("=A1", False),
    ("=SUM(DATE(2026,1,1))", False),
])
def test_which_formulas_give_a_date(formula, date):
    assert gives_a_date(formula) is date


def test_a_date_formula_shows_a_date_in_the_learners_order():
    book = Workbook()
    book.set_input("Sheet1", 0, 0, "=DATE(2026,12,25)")
    assert book.display("Sheet1", 0, 0) == "25/12/2026"
    book.month_first = True
    book.set_input("Sheet1", 1, 0, "=date(2026,12,25)")
    assert book.display("Sheet1", 1, 0) == "12/25/2026"
    # a format the learner chose stays
    book.set_input("Sheet1", 0, 0, "=DATE(2027,1,2)")
    assert book.display("Sheet1", 0, 0) == "02/01/2027"
    book.set_format("Sheet1", (2, 0, 2, 0), "0.00")
    book.set_input("Sheet1", 2, 0, "=DATE(2026,12,25)")
    assert book.display("Sheet1", 2, 0) == "46381.00"


# -- values typed by language ---------------------------------------------------------


@pytest.mark.parametrize("typed, comma, month_first, value, shown", [
    ("$5", False, True, 5.0, "$5.00"),  # a number in currency format, as Calc
    ("$1,250.5", False, True, 1250.5, "$1,250.50"),
    ("-$5", False, True, -5.0, "-$5.00"),
    ("5 €", True, False, 5.0, "5.00 €"),
    ("5,50 €", True, False, 5.5, "5.50 €"),
    ("€3", False, False, 3.0, "3.00 €"),
    ("12%", False, True, 0.12, "12%"),
    ("12,5 %", True, False, 0.125, "12.50%"),
    ("12/25/2026", False, True, date_serial(date(2026, 12, 25)),
     "12/25/2026"),
    ("25/12/2026", True, False, date_serial(date(2026, 12, 25)),
     "25/12/2026"),
    ("25/12/26", False, False, date_serial(date(2026, 12, 25)),
     "25/12/2026"),
    ("2026-12-25", False, True, date_serial(date(2026, 12, 25)),
     "2026-12-25"),
])
def test_typed_values_become_numbers_with_formats_as_calc_reads_them(
        typed, comma, month_first, value, shown):
    book = Workbook()
    book.decimal_comma, book.month_first = comma, month_first
    book.set_input("Sheet1", 0, 0, typed)
    assert book.value("Sheet1", 0, 0) == pytest.approx(value)
    assert book.display("Sheet1", 0, 0) == shown


@pytest.mark.parametrize("typed, comma, month_first", [
    ("25/12/2026", False, True),  # no 25th month in English: text, as in Calc
    ("12/25/2026", True, False),  # no 25th month in French either
    ("31/02/2026", False, False),
    ("$", False, True),
    ("5 $ 5", False, True),
    ("-$-5", False, True),
    ("5,50 €", False, True),  # a decimal comma is not read in English
    ("Item", False, True),
])
def test_what_is_not_a_value_in_the_learners_language_stays_text(typed, comma, month_first):
    assert parse_input(typed, comma, month_first) == (typed, None)


def test_english_writes_the_month_first_and_the_others_the_day():
    assert uses_month_first("en")
    assert not any(uses_month_first(lang) for lang in ("fr", "ar", "sw"))
    assert date_format(True) == "mm/dd/yyyy" and date_format(False) == "dd/mm/yyyy"


def test_the_date_button_uses_the_learners_order():
    book = Workbook()
    book.month_first = True
    assert book.date_format() == "mm/dd/yyyy"


# -- point mode -----------------------------------------------------------------------


@pytest.mark.parametrize("text, cursor, points", [
    ("=", 1, True),
    ("=B2*", 4, True),
    ("=SUM(", 5, True),
    ("=SUM(B2,", 8, True),
    ("=B2+ ", 5, True),  # spaces after the operator
    ("=B2:", 4, True),
    ("=B2", 3, False),  # after a reference: a click ends the entry
    ("=SUM(B2)", 8, False),
    ('="a+', 4, False),  # inside text
    ("=B2*2", 3, False),  # the cursor in the middle, after B2
    ("Total", 5, False),  # not a formula
    ("", 0, False),
])
def test_where_a_click_inserts_a_reference(text, cursor, points):
    assert can_point(text, cursor) is points


def test_pointing_inserts_moves_and_stretches_a_reference():
    text, pointer = point_at("=SUM(", 5, None, parse_cell("B2"), extend=False)
    assert text == "=SUM(B2" and pointer.end == 7
    text, pointer = point_at(text, pointer.end, pointer, parse_cell("B8"), extend=True)
    assert text == "=SUM(B2:B8"
    text, pointer = point_at(text, pointer.end, pointer, parse_cell("C3"), extend=False)
    assert text == "=SUM(C3"  # a click without Shift points at one cell again
    # typed on: the next click starts a new reference after the operator
    text = text + ")*"
    text, second = point_at(text, len(text), None, parse_cell("A1"), extend=False)
    assert text == "=SUM(C3)*A1"
    assert point_at("=B2", 3, None, (0, 0), extend=False) is None


def test_a_range_is_named_from_its_top_left_cell():
    assert range_name((7, 1), (1, 1)) == "B2:B8"
    assert range_name((2, 3), (2, 3)) == "D3"
    assert range_name((0, 2), (4, 0)) == "A1:C5"


def test_arrows_point_from_the_cell_being_typed_in_then_from_the_pointer():
    here = parse_cell("C5")
    assert stepped(None, here, 100, 26, -1, 0) == parse_cell("C4")
    pointer = Pointer(1, 2, parse_cell("C4"), parse_cell("C4"))
    assert stepped(pointer, here, 100, 26, 0, -1) == parse_cell("B4")
    assert stepped(None, (0, 0), 100, 26, -1, -1) == (0, 0)  # never off the sheet


# -- moving ---------------------------------------------------------------------------


def column(*filled_rows: int):
    """A sheet whose column A holds the given rows (0-based)."""
    return lambda row, col: col == 0 and row in filled_rows


@pytest.mark.parametrize("filled, start, down, end", [
    ((0, 1, 2, 3, 4), 0, 1, 4),  # in a block: its last cell
    ((0, 1, 2, 6, 7), 2, 1, 6),  # at the block's end: the next block's first cell
    ((0, 1, 2, 6, 7), 4, 1, 6),  # from a blank: the next filled cell
    ((0, 1, 2), 2, 1, 99),  # nothing below: the sheet's last row
    ((3,), 0, 1, 3),
    ((0, 1, 2, 6, 7), 7, -1, 6),
    ((0, 1, 2, 6, 7), 6, -1, 2),
    ((0, 1, 2), 1, -1, 0),
    ((), 50, -1, 0),
    ((99,), 99, 1, 99),  # at the edge: stays
])
def test_ctrl_arrows_jump_to_the_edge_of_the_data_as_in_calc(filled, start, down, end):
    assert data_edge(column(*filled), start, 0, down, 0, 100, 26) == (end, 0)


def test_ctrl_right_and_left_follow_the_same_rule():
    row = lambda r, c: r == 0 and c in (0, 1, 2, 5)  # noqa: E731
    assert data_edge(row, 0, 0, 0, 1, 100, 26) == (0, 2)
    assert data_edge(row, 0, 2, 0, 1, 100, 26) == (0, 5)
    assert data_edge(row, 0, 5, 0, 1, 100, 26) == (0, 25)
    assert data_edge(row, 0, 5, 0, -1, 100, 26) == (0, 2)


def test_tab_tab_enter_goes_back_to_the_column_the_row_started_in():
    entry = EntryRow()
    entry.tab(1)  # B1, Tab
    entry.tab(2)  # C1, Tab
    assert entry.enter(0, 3) == (1, 1)  # D1, Enter: B2, not D2 (a staircase)
    assert entry.enter(1, 1) == (2, 1)  # then straight down
    entry.tab(1)
    entry.moved()  # an arrow or a click forgets the row's start
    assert entry.enter(3, 4) == (4, 4)
    entry.tab(4)
    assert entry.enter(5, 5, down=-1) == (4, 4)  # Shift+Enter goes up


def test_a_selection_keeps_its_active_cell_and_a_sort_goes_by_its_column():
    # dragged from D2 to A6: the active cell is D2, where the drag started
    rect = selection_rect(parse_cell("D2"), parse_cell("A6"))
    assert rect == (1, 0, 5, 3)
    assert sort_column(rect, parse_cell("D2")[1]) == 3
    assert sort_column(rect, 7) == 0  # an active cell outside: the first column


def test_ctrl_end_goes_to_the_last_used_row_and_column():
    assert used_corner({(0, 0): 1, (5, 1): 2, (2, 4): 3}) == (5, 4)
    assert used_corner([]) == (0, 0)


# -- the values of formulas in a saved file -------------------------------------------


def a_workbook():
    book = Workbook()
    inputs = {"A1": "2", "A2": "=A1*2", "A3": '="a<"&A1', "A4": "=A1>1", "A5": "=1/0",
              "A6": "=sum(a1:a2", "A7": "=IFS(A1>1,1.5)", "A8": "=DATE(2026,12,25)",
              "A9": "=Z99", "A10": "=A10+1"}
    for ref, text in inputs.items():
        book.set_input("Sheet1", *parse_cell(ref), text)
    return book


def test_a_saved_file_keeps_the_value_of_each_formula(tmp_path):
    import openpyxl

    path = tmp_path / "work.xlsx"
    save_workbook(a_workbook(), path)
    cached = openpyxl.load_workbook(path, data_only=True).active
    assert [cached[f"A{n}"].value for n in range(2, 11)] == [
        4, "a<2", True, "#DIV/0!", 6, 1.5, datetime(2026, 12, 25), 0, None]  # circular: none
    with zipfile.ZipFile(path) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert '<c r="A6"><f>SUM(A1:A2)</f><v>6</v></c>' in xml
    again = load_workbook(path)  # and Tutor reads its own file back, formulas and all
    assert again.content("Sheet1", 5, 0) == "=SUM(A1:A2)" and again.value("Sheet1", 5, 0) == 6


@pytest.mark.parametrize("value, cached", [
    (4.0, ("n", "4")), (2.5, ("n", "2.5")), (True, ("b", "1")), ("a&b", ("str", "a&amp;b")),
    (None, ("n", "0")), (float("inf"), None),
])
def test_cached_values_as_the_file_writes_them(value, cached):
    assert cached_value(value) == cached


@needs_soffice
@pytest.mark.slow
def test_libreoffice_shows_the_values_of_a_saved_file(tmp_path):
    path = tmp_path / "work.xlsx"
    save_workbook(a_workbook(), path)
    rows = calc_values(path, tmp_path)
    assert [r[0] for r in rows[:7]] == ["2", "4", "a<2", "TRUE", "#DIV/0!", "6", "1.5"]
