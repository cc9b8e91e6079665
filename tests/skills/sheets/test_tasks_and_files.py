"""Tasks of the shipped packs, grading, .xlsx in and out, and the command line."""

import json
from pathlib import Path

import openpyxl
import pytest

from tests.skills.sheets.libreoffice import needs_soffice, resave_with_calc
from tutor import cli
from tutor.content.packs import load_catalogue
from tutor.skills import installed_skills
from tutor.skills.sheets import formulas as fx
from tutor.skills.sheets.engine import start_workbook
from tutor.skills.sheets.grading import grade_workbook
from tutor.skills.sheets.references import column_index, parse_cell, parse_range, split_sheet
from tutor.skills.sheets.xlsx import SheetsFileError, load_workbook, save_workbook

ROOT = Path(__file__).parents[3]


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue([ROOT / "lessons" / "sheets"], installed_skills())


def exercise(catalogue, pack, task):
    return catalogue.packs[pack].exercise(task)


def test_there_are_twenty_tasks_in_english_and_in_french(catalogue):
    assert catalogue.problems == []
    for language in ("en", "fr", "ar", "sw"):
        assert sum(len(p.exercises) for p in catalogue.for_skill("sheets", language)) >= 20


def test_no_task_passes_untouched(catalogue):
    for pack in catalogue.for_skill("sheets"):
        for task in pack.exercises:
            verdict = grade_workbook(task, start_workbook(task))
            assert not verdict.passed, f"{pack.id}/{task.id}"
            assert all(f.text for f in verdict.feedback)


def fill(book, cells, sheet=None):
    sheet = sheet or book.sheets[0].name
    for ref, text in cells.items():
        row, col = parse_cell(ref)
        book.set_input(sheet, row, col, text)


def test_a_budget_with_formulas_passes_and_typed_numbers_do_not(catalogue):
    task = exercise(catalogue, "sheets-en-first-steps", "small-budget")
    book = start_workbook(task)
    fill(book, {"B9": "=SUM(B4:B8)", "B10": "=B2-B9"})
    verdict = grade_workbook(task, book)
    assert verdict.passed and verdict.score == 1.0
    fill(book, {"B10": "55"})  # the right number, typed
    verdict = grade_workbook(task, book)
    assert not verdict.passed
    message = next(f.text for f in verdict.feedback if not f.passed)
    assert message.startswith("B10 has a typed number. Type a formula instead")
    fill(book, {"B10": "=500-445"})  # a formula, but of numbers worked out by hand
    message = next(f.text for f in grade_workbook(task, book).feedback if not f.passed)
    assert message.startswith("The formula in B10 only has numbers. Use the cells instead")


def test_feedback_names_the_cell_and_what_is_wrong(catalogue):
    task = exercise(catalogue, "sheets-en-at-work", "invoice-tax")
    book = start_workbook(task)
    fill(book, {"D4": "=C4*B1"})
    book.fill_down("Sheet1", (3, 3, 6, 3))
    texts = [f.text for f in grade_workbook(task, book).feedback if not f.passed]
    assert texts == ["The formula in D4 should use $B$1 with dollar signs, so it does not "
                     "move when you fill down."]
    fill(book, {"D4": "=C4*$B$1"})
    book.fill_down("Sheet1", (3, 3, 6, 3))
    fill(book, {"D6": "=C6*$B$2"})
    texts = [f.text for f in grade_workbook(task, book).feedback if not f.passed]
    assert texts == ["The formula in D6 should use $B$1 with dollar signs, so it does not "
                     "move when you fill down."]
    fill(book, {"D6": "=C6*$B$1+1"})
    texts = [f.text for f in grade_workbook(task, book).feedback if not f.passed]
    assert texts == ["D6 shows 2.92, but it should show 1.92."]
    fill(book, {"D6": "=C6*$B$1/0"})
    texts = [f.text for f in grade_workbook(task, book).feedback if not f.passed]
    assert texts == ["D6 shows the error #DIV/0!. Check the formula in this cell."]
    book.fill_down("Sheet1", (3, 3, 6, 3))
    assert grade_workbook(task, book).passed


def test_sorting_task_needs_whole_rows(catalogue):
    task = exercise(catalogue, "sheets-en-at-work", "sort-names")
    book = start_workbook(task)
    book.sort("Sheet1", (1, 0, 8, 0), 0)  # only the names: rows get mixed up
    feedback = grade_workbook(task, book).feedback[0]
    assert not feedback.passed and "were changed or lost" in feedback.text
    book.undo()
    book.sort("Sheet1", (1, 0, 8, 2), 0)
    assert grade_workbook(task, book).passed


def test_chart_task(catalogue):
    task = exercise(catalogue, "sheets-en-at-work", "sales-chart")
    book = start_workbook(task)
    book.add_chart("Sheet1", (0, 0, 6, 1), "line")
    assert not grade_workbook(task, book).passed
    book.add_chart("Sheet1", (0, 0, 6, 1), "bar")
    assert grade_workbook(task, book).passed


def test_xlsx_round_trip_keeps_formulas_formats_bold_widths_and_charts(tmp_path):
    from tutor.skills.sheets.engine import Workbook

    book = Workbook(["Budget", "Notes"])
    fill(book, {"A1": "Rent", "B1": "180", "B2": "=B1*2", "C1": "15%", "D1": "2024-03-05"})
    book.set_bold("Budget", (0, 0, 0, 0), True)
    book.set_format("Budget", (1, 1, 1, 1), '"$"#,##0.00')
    book.set_width("Budget", 0, 20)
    book.add_chart("Budget", (0, 0, 1, 1), "bar")
    fill(book, {"A1": "=Budget!B2+1"}, sheet="Notes")
    path = tmp_path / "work.xlsx"
    save_workbook(book, path)
    again = load_workbook(path)
    assert again.content("Budget", 1, 1) == "=B1*2"
    assert again.value("Notes", 0, 0) == 361.0
    assert again.cell("Budget", 0, 0).bold
    assert again.display("Budget", 1, 1) == "$360.00"
    assert again.display("Budget", 0, 2) == "15%"
    assert again.value("Budget", 0, 3) == fx.evaluate("=DATE(2024,3,5)")
    assert again.sheet("Budget").widths[0] == 20
    assert [c.kind for c in again.sheet("Budget").charts] == ["bar"]


def test_a_file_that_is_not_a_spreadsheet_is_a_clear_error(tmp_path):
    path = tmp_path / "bad.xlsx"
    path.write_text("hello")
    with pytest.raises(SheetsFileError, match="is not a spreadsheet Tutor can open"):
        load_workbook(path)


def test_sheets_eval_prints_every_formula_value(tmp_path, capsys):
    book = openpyxl.Workbook()
    book.active.title = "Sales"
    ws = book.active
    ws["A1"], ws["A2"], ws["A3"], ws["B1"] = 2, 3, "=A1*A2", '=IF(A3>5,"big","small")'
    ws["C1"] = "=1/0"
    book.save(tmp_path / "t.xlsx")
    assert cli.main(["--data-dir", str(tmp_path / "d"), "sheets", "eval",
                     str(tmp_path / "t.xlsx")]) == 0
    assert json.loads(capsys.readouterr().out) == {
        "Sales!A3": 6, "Sales!B1": "big", "Sales!C1": "#DIV/0!"}


def budget_answer(path, b10="=B2-B9"):
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "Sheet1"
    ws["A2"], ws["B2"] = "Money earned", 500
    for row, cost in zip(range(4, 9), (180, 150, 40, 15, 60), strict=True):
        ws[f"B{row}"] = cost
    ws["B9"], ws["B10"] = "=SUM(B4:B8)", b10
    book.save(path)
    return path


@needs_soffice
@pytest.mark.slow
def test_tutor_grade_on_a_workbook_saved_by_libreoffice(tmp_path, capsys):
    data = ["--data-dir", str(tmp_path / "data")]
    good = resave_with_calc(budget_answer(tmp_path / "good.xlsx"), tmp_path)
    code = cli.main([*data, "grade", "--exercise", "sheets-en-first-steps/small-budget",
                     str(good)])
    verdict = json.loads(capsys.readouterr().out)
    assert (code, verdict["passed"], verdict["score"]) == (0, True, 1.0)

    typed = tmp_path / "typed"
    typed.mkdir()
    bad = resave_with_calc(budget_answer(typed / "typed.xlsx", b10=55), typed)
    code = cli.main([*data, "grade", "--exercise", "sheets-en-first-steps/small-budget",
                     str(bad)])
    verdict = json.loads(capsys.readouterr().out)
    assert (code, verdict["passed"]) == (1, False)
    failed = [f for f in verdict["feedback"] if not f["passed"]]
    assert [f["criterion"] for f in failed] == ["B10"]
    assert "B10 has a typed number. Type a formula instead" in failed[0]["message"]


def solve(task):
    """Do what each check asks, the way a learner would, in the start workbook."""
    from tutor.skills.sheets.number_formats import currency_format

    book = start_workbook(task)
    for check in task.checks:
        if check.chart:
            book.add_chart(book.sheets[0].name, (0, 0, 6, 1),
                           "line" if check.chart == "line" else "bar")
        elif check.sorted:
            top, left, bottom, right = parse_range(check.sorted)
            book.sort(book.sheets[0].name, (top, left, bottom, right), column_index(check.by),
                      descending=check.order == "descending")
        else:
            sheet, rest = split_sheet(check.cell)
            sheet = sheet or task.sheet
            top, left, bottom, right = parse_range(rest)
            for row in range(top, bottom + 1):
                for col in range(left, right + 1):
                    if check.equals:
                        book.set_content(sheet, row, col,
                                         fx.shift_formula(check.equals, row - top, col - left))
                    elif check.value is not None:
                        book.set_content(sheet, row, col, check.value)
            rect = (top, left, bottom, right)
            if check.format == "currency":
                book.set_format(sheet, rect, currency_format(task.currency))
            elif check.format == "percent":
                book.set_format(sheet, rect, "0%")
            if check.bold:
                book.set_bold(sheet, rect, True)
    return book


def test_every_shipped_task_can_be_passed(catalogue):
    for pack in catalogue.for_skill("sheets"):
        for task in pack.exercises:
            verdict = grade_workbook(task, solve(task))
            assert verdict.passed, (pack.id, task.id, [f.text for f in verdict.feedback])


def test_a_trainers_mistakes_in_a_task_are_reported_with_their_line(tmp_path):
    from tutor.content.packs import check_pack

    pack = tmp_path / "mine.toml"
    pack.write_text('''id = "sheets-mine"
version = "1.0"
language = "en"
skill = "sheets"
title = "Mine"

[[exercises]]
id = "one"
title = "One"
instructions = "Add them."
[[exercises.checks]]
cell = "B99X"
equals = "=SUM(B2:B8"
fromula = true
''', encoding="utf-8")
    _, problems = check_pack(pack, installed_skills())
    texts = [str(p) for p in problems]
    assert any(t.endswith("mine.toml:14: unknown key 'fromula'") for t in texts), texts
    assert any("mine.toml:12:" in t and "'B99X' is not a cell like B3" in t for t in texts)
    assert any("cannot be read" in t for t in texts), texts
