"""The rules of the spreadsheet room, without a screen: the decimal buttons, the money
button, numbers with a decimal comma, a chart's series and labels, the sort column,
the clipboard, the circular-reference message's cell and the finished attempt."""

from datetime import UTC, datetime, timedelta

import pytest

from tutor.grading import Feedback, Verdict
from tutor.skills.sheets.cell_text import (
    content_text,
    decimal_comma_text,
    parse_input,
    shown_text,
    uses_decimal_comma,
)
from tutor.skills.sheets.charts import chart_data
from tutor.skills.sheets.engine import Chart, TaskWork, Workbook, sort_column
from tutor.skills.sheets.model import SheetsExercise
from tutor.skills.sheets.number_formats import currency_format, stepped_decimals
from tutor.skills.sheets.references import parse_cell


def typed(book, cells, sheet="Sheet1"):
    for ref, text in cells.items():
        row, col = parse_cell(ref)
        book.set_input(sheet, row, col, text)


# -- the format buttons --------------------------------------------------------------


@pytest.mark.parametrize("code, more, fewer", [
    ("General", "0.0", "0"),  # General: one decimal more, or a whole number
    ("0", "0.0", "0"),  # never fewer than none
    ("0.00", "0.000", "0.0"),
    ('"$"#,##0.00', '"$"#,##0.000', '"$"#,##0.0'),  # money stays money
    ('#,##0.00 "€"', '#,##0.000 "€"', '#,##0.0 "€"'),
    ("0%", "0.0%", "0%"),
    ("0.0%", "0.00%", "0%"),
    ("#,##0", "#,##0.0", "#,##0"),
    ("dd/mm/yyyy", "0.0", "0"),  # a date becomes a number, as from General
    ("0.0000000000", "0.0000000000", "0.000000000"),  # ten places at most
])
def test_more_and_fewer_decimals(code, more, fewer):
    assert stepped_decimals(code, more=True) == more
    assert stepped_decimals(code, more=False) == fewer


def test_the_money_button_puts_dollars_and_pounds_before_and_others_after():
    assert currency_format("$") == '"$"#,##0.00'
    assert currency_format("£") == '"£"#,##0.00'
    assert currency_format("€") == '#,##0.00 "€"'
    assert currency_format('F"CFA') == '#,##0.00 "FCFA"'  # a quote cannot break the code


# -- the decimal comma ---------------------------------------------------------------


def test_french_uses_a_decimal_comma_and_the_other_languages_a_point():
    assert uses_decimal_comma("fr")
    assert not any(uses_decimal_comma(code) for code in ("en", "ar", "sw"))


def test_a_number_with_a_decimal_comma_has_narrow_spaces_between_thousands():
    assert decimal_comma_text("1,234.5") == "1\u202f234,5"
    assert decimal_comma_text("0.625") == "0,625"
    assert decimal_comma_text("12") == "12"


def test_the_grid_shows_numbers_with_a_decimal_comma_but_not_text_or_errors():
    assert shown_text(2.5, decimal_comma=True) == "2,5"
    assert shown_text(2.5) == "2.5"
    assert shown_text(1234.5, "#,##0.00", decimal_comma=True) == "1\u202f234,50"
    assert shown_text("v1.2, final", decimal_comma=True) == "v1.2, final"
    assert shown_text(True, decimal_comma=True) == "TRUE"
    assert shown_text(None, decimal_comma=True) == ""


def test_the_formula_bar_shows_numbers_with_a_decimal_comma_but_formulas_as_in_excel():
    assert content_text(2.5, decimal_comma=True) == "2,5"
    assert content_text(2.5) == "2.5"
    assert content_text("=ROUND(A1*2.5,1)", decimal_comma=True) == "=ROUND(A1*2.5,1)"
    assert content_text(False) == "FALSE" and content_text(None) == ""
    # what the bar shows, typed back, is the same number
    assert parse_input(content_text(0.125, True), decimal_comma=True) == (0.125, None)


def test_a_workbook_read_with_a_decimal_comma_shows_its_numbers_so():
    book = Workbook()
    book.decimal_comma = True
    typed(book, {"A1": "2,5", "A2": "=A1/4", "A3": "x.y"})
    assert [book.shown("Sheet1", r, 0) for r in range(3)] == ["2,5", "0,625", "x.y"]
    assert book.display("Sheet1", 1, 0) == "0.625"  # for a chart's labels: as computed


# -- charts --------------------------------------------------------------------------


def chart_of(cells, rect, sheet="Sheet1"):
    book = Workbook()
    typed(book, cells)
    return chart_data(book, sheet, Chart("bar", rect))


def test_a_header_row_names_the_series_and_a_text_column_names_the_bars():
    data = chart_of({"A1": "Month", "B1": "Sales", "C1": "Costs",
                     "A2": "Jan", "B2": "120", "C2": "80",
                     "A3": "Feb", "B3": "150", "C3": "95"}, (0, 0, 2, 2))
    assert data.labels == ["Jan", "Feb"]
    assert [(s.name, s.values) for s in data.series] == [
        ("Sales", [120.0, 150.0]), ("Costs", [80.0, 95.0])]


def test_without_a_header_the_series_are_named_by_their_column():
    data = chart_of({"A1": "Jan", "B1": "5", "A2": "Feb", "B2": "7"}, (0, 0, 1, 1))
    # "Jan" is text: the first row is taken as titles, as Calc does
    assert data.labels == ["Feb"] and data.series[0].name == "5"
    data = chart_of({"A1": "1", "B1": "5", "A2": "2", "B2": "7"}, (0, 0, 1, 1))
    assert data.labels == ["1", "2"]  # a first column of numbers is a series, not labels
    assert [(s.name, s.values) for s in data.series] == [("A", [1.0, 2.0]), ("B", [5.0, 7.0])]


def test_one_column_of_numbers_is_one_series_with_the_row_numbers_as_labels():
    data = chart_of({"C3": "4", "C4": "9"}, (2, 2, 3, 2))
    assert data.labels == ["3", "4"]
    assert [(s.name, s.values) for s in data.series] == [("C", [4.0, 9.0])]


def test_cells_that_are_not_numbers_count_zero_in_a_series():
    data = chart_of({"A1": "Item", "B1": "Qty", "A2": "Rice", "B2": "n/a",
                     "A3": "Oil", "B3": "TRUE", "A4": "Salt"}, (0, 0, 3, 1))
    assert data.labels == ["Rice", "Oil", "Salt"]
    assert data.series[0].values == [0.0, 0.0, 0.0]


def test_the_value_axis_always_includes_zero():
    data = chart_of({"A1": "3", "A2": "7.456"}, (0, 0, 1, 0))
    assert (data.low, data.high, data.span) == (0.0, 7.456, 7.456)
    assert data.top_label() == "7.46"
    data = chart_of({"A1": "-4", "A2": "-1"}, (0, 0, 1, 0))
    assert (data.low, data.high, data.span) == (-4.0, 0.0, 4.0)
    data = chart_of({}, (0, 0, 1, 0))
    assert (data.low, data.high, data.span) == (0.0, 0.0, 1.0)  # never divides by zero


# -- editing rules -------------------------------------------------------------------


def test_a_sort_goes_by_the_current_column_if_it_is_in_the_selection():
    assert sort_column((0, 1, 5, 3), 2) == 2
    assert sort_column((0, 1, 5, 3), 3) == 3
    assert sort_column((0, 1, 5, 3), 0) == 1  # outside: the selection's first column
    assert sort_column((0, 1, 5, 3), 7) == 1


def test_the_circular_reference_message_names_the_first_cell_of_the_sheet():
    book = Workbook(["Sheet1", "Sheet2"])
    assert book.first_circular("Sheet1") is None
    typed(book, {"C5": "=C5+1", "B7": "=B7", "A1": "1"})
    typed(book, {"A1": "=A1"}, sheet="Sheet2")
    assert book.first_circular("Sheet1") == "C5"  # row 5 comes before row 7
    assert book.first_circular("Sheet2") == "A1"


def test_paste_uses_the_own_copy_while_the_clipboard_holds_its_text():
    book = Workbook()
    typed(book, {"A1": "2", "B1": "=A1*10"})
    book.set_format("Sheet1", (0, 1, 0, 1), "0.00")
    copied = book.copy("Sheet1", (0, 0, 0, 1))
    pasted = book.paste_clipboard("Sheet1", 1, 0, copied.text(), copied)
    assert pasted == (1, 0, 1, 1)
    assert book.content("Sheet1", 1, 1) == "=A2*10"  # the formula follows
    assert book.cell("Sheet1", 1, 1).number_format == "0.00"  # with its format
    # another program's text: values only, one per cell
    assert book.paste_clipboard("Sheet1", 2, 0, "5\t=A3+1\n", copied) == (2, 0, 2, 1)
    assert book.value("Sheet1", 2, 1) == 6.0
    assert book.cell("Sheet1", 2, 1).number_format == "General"
    assert book.paste_clipboard("Sheet1", 3, 0, "", copied) is None  # nothing to paste
    assert book.paste_clipboard("Sheet1", 3, 0, "", None) is None


# -- the finished attempt ------------------------------------------------------------


def exercise():
    return SheetsExercise.model_validate({
        "id": "total", "title": "A total", "instructions": "Add up B1 and B2 in B3.",
        "cells": {"A1": "Rent", "B1": 40, "A2": "Food", "B2": 15},
        "checks": [{"cell": "B3", "value": 55, "formula": True}, {"cell": "A1", "bold": True}],
    })


def test_a_task_starts_with_its_workbook_and_builds_the_attempt_to_record():
    started = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)
    work = TaskWork("sheets-en-test", "1.2", exercise(), started)
    assert work.book.value("Sheet1", 0, 1) == 40.0
    typed(work.book, {"B3": "=B1+B2", "C3": "=B3*2"})
    verdict = Verdict.from_feedback([
        Feedback("B3", True, "{cell} is right.", {"cell": "B3"}, "sheets", 1.0),
        Feedback("A1", False, "Make {cell} bold.", {"cell": "A1"}, "sheets", 1.0),
    ], 1.0)
    finished = started + timedelta(minutes=4)
    attempt = work.attempt(verdict, finished)
    assert (attempt.skill, attempt.pack_id, attempt.pack_version, attempt.exercise_id) == (
        "sheets", "sheets-en-test", "1.2", "total")
    assert (attempt.started_at, attempt.finished_at) == (started, finished)
    assert (attempt.score, attempt.passed) == (0.5, False)
    assert attempt.metrics == {"checks": 2, "failed": 1, "formulas": 2}
    assert attempt.details == {"failed": ["A1"]}


def test_the_attempt_counts_the_formulas_of_the_workbook_being_checked():
    work = TaskWork("p", "1", exercise(), datetime(2025, 1, 1, tzinfo=UTC))
    opened = Workbook()
    typed(opened, {"A1": "=1+1"})
    work.book = opened  # a file opened during the task is the work checked
    attempt = work.attempt(Verdict.from_feedback([], 1.0), datetime(2025, 1, 1, 0, 1,
                                                                    tzinfo=UTC))
    assert attempt.metrics["formulas"] == 1
