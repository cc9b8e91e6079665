"""Workbooks as Calc and Excel write them (TRUE(), FALSE(), _xlfn. prefixes, the newer
functions, wildcards), and tasks graded on their intent: a mixed reference that fills
right, a reference that moved when filled, a number typed into a formula."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from tutor.content.packs import load_catalogue
from tutor.skills import installed_skills
from tutor.skills.sheets import formulas as fx
from tutor.skills.sheets.engine import Workbook, start_workbook
from tutor.skills.sheets.grading import grade_workbook
from tutor.skills.sheets.model import SheetsExercise
from tutor.skills.sheets.references import parse_cell
from tutor.skills.sheets.xlsx import load_workbook, save_workbook

ROOT = Path(__file__).parents[3]


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue([ROOT / "lessons" / "sheets"], installed_skills())


def task(catalogue, pack, exercise):
    return catalogue.packs[pack].exercise(exercise)


def fill(book, cells):
    for ref, text in cells.items():
        row, col = parse_cell(ref)
        book.set_input(book.sheets[0].name, row, col, text)


def fill_down(book, ref, formula, last_row):
    row, col = parse_cell(ref)
    fill(book, {ref: formula})
    book.fill_down(book.sheets[0].name, (row, col, last_row - 1, col))


def failed(verdict):
    return [f.text for f in verdict.feedback if not f.passed]


def table():
    book = Workbook()
    rows = [("SOAP", 1.2), ("bread", 2.0), ("beans", 3.0), ("b?x", 4.0), ("a*b", 5.0)]
    for index, (key, number) in enumerate(rows):
        book.set_content("Sheet1", index, 0, key)
        book.set_content("Sheet1", index, 1, number)
    return book


# -- formulas as the tools write them ------------------------------------------------


@pytest.mark.parametrize("formula, expected", [
    ('=VLOOKUP("SOAP",A1:B5,2,FALSE())', 1.2),
    ('=IFERROR(VLOOKUP("SOAP",A1:B5,2,FALSE()),0)', 1.2),  # not a silent 0
    ("=IF(B1>1,TRUE(),FALSE())", True), ("=TRUE()+TRUE()", 2.0),
    ('=VLOOKUP("b*",A1:B5,2,FALSE)', 2.0), ('=VLOOKUP("b~?x",A1:B5,2,FALSE)', 4.0),
    ('=COUNTIF(A:A,"b*")', 3.0), ('=SUMIF(A1:A5,"?????",B1:B5)', 5.0),
    ('=SUMIF(A1:A5,"a~*b",B1:B5)', 5.0), ('=MATCH("be*",A1:A5,0)', 3.0),
    ('=_xlfn.IFS(B1>1,"a",TRUE(),"b")', "a"), ('=_xlfn.IFS(B1>9,"a")', "#N/A"),
    ("=_xlfn.CONCAT(A1,A2)", "SOAPbread"), ("=_xlfn._xlws.SUM(B1:B2)", 3.2),
    ('=_xlfn.IFNA(VLOOKUP("zz",A1:B5,2,FALSE()),"none")', "none"),
    ('=_xlfn.IFNA(1/0,"none")', "#DIV/0!"),
    ('=_xlfn.SWITCH(B2,1,"one",2,"two","many")', "two"), ('=_xlfn.SWITCH(B2,9,"x")', "#N/A"),
    ('=_xlfn.MAXIFS(B1:B5,A1:A5,"b*")', 4.0), ('=_xlfn.MINIFS(B1:B5,A1:A5,"b*")', 2.0),
    ('=AVERAGEIFS(B1:B5,A1:A5,"b*")', 3.0), ('=_xlfn.TEXTJOIN("-",TRUE,A1:A3)', "SOAP-bread-beans"),
    ("=ROUND(_xlfn.STDEV.S(B1:B5),4)", 1.5192), ("=_xlfn.VAR.P(B2:B3)", 0.25),
    ('=_xlfn.XLOOKUP("beans",A1:A5,B1:B5)', 3.0), ('=_xlfn.XLOOKUP("BREAD",A1:A5,B1:B5)', 2.0),
    ('=_xlfn.XLOOKUP("zz",A1:A5,B1:B5)', "#N/A"), ('=_xlfn.XLOOKUP("zz",A1:A5,B1:B5,0)', 0.0),
    ('=_xlfn.XLOOKUP("b*",A1:A5,B1:B5)', "#N/A"),  # wildcards only when asked (mode 2)
    ('=_xlfn.XLOOKUP("b*",A1:A5,B1:B5,,2)', 2.0), ('=_xlfn.XLOOKUP("b*",A1:A5,B1:B5,,2,-1)', 4.0),
    ("=_xlfn.XLOOKUP(3.5,B1:B5,A1:A5,,-1)", "beans"), ("=_xlfn.XLOOKUP(3.5,B1:B5,A1:A5,,1)", "b?x"),
    ("=_xlfn.SINGLE(B2)", 2.0), ("=_xlfn.XOR(TRUE,TRUE)", False), ("=ISNA(NA())", True),
])
def test_formulas_from_calc_and_excel_files(formula, expected):
    book = table()
    value = book.evaluate(formula, "Sheet1", 0, 5)
    assert (str(value) if isinstance(expected, str) and expected.startswith("#") else
            value) == expected


def test_prefixes_are_dropped_for_the_learner_and_written_back_for_excel(tmp_path):
    assert fx.without_prefixes('=_xlfn.IFS(A1>1,"_xlfn.x",TRUE(),1)') == \
        '=IFS(A1>1,"_xlfn.x",TRUE(),1)'
    assert fx.without_prefixes("=_xlfn._xlws.SORT(A1:A3)") == "=SORT(A1:A3)"
    assert fx.with_prefixes('=IFS(A1>1,"IFS(",TRUE,2)+SUM(A1)') == \
        '=_xlfn.IFS(A1>1,"IFS(",TRUE,2)+SUM(A1)'
    book = table()
    book.set_content("Sheet1", 0, 5, "=_xlfn.STDEV.S(B1:B5)")
    path = tmp_path / "book.xlsx"
    save_workbook(book, path)
    with zipfile.ZipFile(path) as archive:
        assert "<f>_xlfn.STDEV.S(B1:B5)</f>" in archive.read(
            "xl/worksheets/sheet1.xml").decode()
    again = load_workbook(path)
    assert again.content("Sheet1", 0, 5) == "=STDEV.S(B1:B5)"
    assert again.value("Sheet1", 0, 5) == pytest.approx(1.5192103211866)


# -- the intent of a task ------------------------------------------------------------


def test_a_mixed_reference_that_fills_down_right_passes_with_advice(catalogue):
    exercise = task(catalogue, "sheets-en-at-work", "invoice-tax")
    book = start_workbook(exercise)
    fill_down(book, "D4", "=C4*B$1", 7)
    verdict = grade_workbook(exercise, book)
    assert verdict.passed, failed(verdict)
    advice = verdict.feedback[0]
    assert advice.passed and not verdict.missing_essentials
    assert "B$1" in advice.text and "$B$1" in advice.text and "usual" in advice.text
    fill_down(book, "D4", "=C4*$B$1", 7)
    assert "usual" not in grade_workbook(exercise, book).feedback[0].text
    for wrong in ("=C4*$B1", "=C4*B1", "=C4*0.16", "=C4*16%"):
        fill_down(book, "D4", wrong, 7)
        verdict = grade_workbook(exercise, book)
        assert not verdict.passed, wrong
        assert failed(verdict) == ["The formula in D4 should use $B$1 with dollar signs, so "
                                   "it does not move when you fill down."]
        assert verdict.missing_essentials[0].criterion == "D4"


def test_a_mixed_reference_filled_right_needs_the_column_fixed():
    exercise = SheetsExercise(
        id="t", title="t", instructions="t", cells={"A1": 2, "B2": 1, "C2": 2, "D2": 3},
        checks=[{"cell": "B3:D3", "equals": "=B2*$A$1", "absolute": "A1"}])
    for formula, passes in (("=B2*$A1", True), ("=B2*$A$1", True), ("=B2*A$1", False)):
        book = start_workbook(exercise)
        fill(book, {"B3": formula})
        book.fill_right("Sheet1", (2, 1, 2, 3))
        assert grade_workbook(exercise, book).passed is passes, formula


def test_a_range_that_moves_when_filled_is_named(catalogue):
    exercise = task(catalogue, "sheets-en-at-work", "price-list")
    book = start_workbook(exercise)
    fill_down(book, "B2", "=VLOOKUP(A2,E2:F7,2,FALSE)", 5)
    verdict = grade_workbook(exercise, book)
    assert failed(verdict) == ["B5 is wrong: the formula was filled from B2 and E2:F7 moved "
                               "with it. Write $E$2:$F$7 with dollar signs, so it stays in "
                               "place."]
    fill_down(book, "B2", "=XLOOKUP(A2,$E$2:$E$7,$F$2:$F$7)", 5)  # a newer lookup
    assert grade_workbook(exercise, book).passed


def test_a_number_typed_into_a_formula_fails(catalogue):
    exercise = task(catalogue, "sheets-en-first-steps", "hours-times-rate")
    book = start_workbook(exercise)
    fill(book, {"B3": "=B1*5"})
    verdict = grade_workbook(exercise, book)
    assert not verdict.passed
    assert failed(verdict) == ["The formula in B3 gives the right result now, but not when "
                               "B2 changes. Use the cells in the formula, not numbers typed "
                               "into it."]
    fill(book, {"B3": "=B2*B1"})
    assert grade_workbook(exercise, book).passed
    budget = task(catalogue, "sheets-en-first-steps", "small-budget")
    book = start_workbook(budget)
    fill(book, {"B9": "=SUM(B4:B8)", "B10": "=500-B9"})
    assert "not when B2 changes" in failed(grade_workbook(budget, book))[0]
    fill(book, {"C9": "=SUM(B4:B8)", "B10": "=B2-C9"})  # a helper cell of their own
    assert grade_workbook(budget, book).passed


def test_every_missing_essential_is_named(catalogue):
    exercise = task(catalogue, "sheets-en-first-steps", "lowest-highest")
    book = start_workbook(exercise)
    fill(book, {"B9": "=MAX(B2:B8)", "B10": "22"})
    verdict = grade_workbook(exercise, book)
    assert [f.criterion for f in verdict.missing_essentials] == ["B9", "B10"]


def test_a_check_a_pack_marks_not_essential_only_weighs_on_the_score():
    exercise = SheetsExercise(
        id="t", title="t", instructions="t", cells={"B1": 2, "B2": 3}, pass_mark=0.5,
        checks=[{"cell": "B3", "equals": "=B1+B2", "formula": True},
                {"cell": "B3", "bold": True, "essential": False}])
    book = start_workbook(exercise)
    fill(book, {"B3": "=B1+B2"})
    verdict = grade_workbook(exercise, book)
    assert verdict.passed and verdict.score == 0.5
    fill(book, {"B3": "5"})
    book.set_bold("Sheet1", (2, 1, 2, 1), True)
    verdict = grade_workbook(exercise, book)
    assert not verdict.passed and verdict.score == 0.5
