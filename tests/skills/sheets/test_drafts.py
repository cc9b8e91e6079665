"""What the spreadsheet room keeps so nothing typed is lost, without a screen: a sheet as
a draft and back, bounded, a damaged draft ignored, the task to reopen, the passed ones."""

import json
from types import SimpleNamespace

import pytest

from tutor.skills.sheets import drafts
from tutor.skills.sheets.engine import Workbook, start_workbook
from tutor.skills.sheets.model import SheetsExercise


def exercise(**fields):
    return SheetsExercise.model_validate({
        "id": "small-budget", "title": "A budget", "instructions": "Add it up.",
        "cells": {"A1": "Rent", "B1": 40, "A2": "Food", "B2": 25},
        "checks": [{"cell": "B3", "equals": "=B1+B2"}], **fields})


def worked_on():
    book = Workbook(["Sheet1", "Costs"])
    book.set_input("Sheet1", 0, 0, "$5")
    book.set_input("Sheet1", 2, 1, "=SUM(B1:B2)")
    book.set_input("Costs", 3, 2, "=Sheet1!A1*2")
    book.set_input("Sheet1", 1, 0, "Rice")
    book.set_bold("Sheet1", (1, 0, 1, 0), True)
    book.set_width("Sheet1", 0, 14.5)
    book.add_chart("Sheet1", (0, 0, 2, 1), "line", "Costs")
    return book


def test_a_sheet_comes_back_from_its_draft_as_it_was():
    book = worked_on()
    data = json.loads(json.dumps(drafts.to_draft(book)))  # as the settings store it
    again = drafts.from_draft(data)
    assert again is not None
    assert drafts.to_draft(again) == drafts.to_draft(book)
    assert [s.name for s in again.sheets] == ["Sheet1", "Costs"]
    assert again.display("Sheet1", 0, 0) == "$5.00"
    assert again.value("Costs", 3, 2) == 10  # formulas calculated again
    assert again.cell("Sheet1", 1, 0).bold
    assert again.sheet("Sheet1").widths == {0: 14.5}
    assert again.sheet("Sheet1").charts[0].kind == "line"


@pytest.mark.parametrize("damaged", [
    None, "text", {}, {"v": 99, "sheets": []}, {"v": 1, "sheets": []},
    {"v": 1, "sheets": [{"name": "S", "cells": [[-1, 0, "x"]], "widths": [], "charts": []}]},
    {"v": 1, "sheets": [{"name": "S", "cells": [[0, 0, {"a": 1}]], "widths": [],
                         "charts": []}]},
    {"v": 1, "sheets": [{"name": "S", "cells": [[0, 0, "x" * 40_000]], "widths": [],
                         "charts": []}]},
    {"v": 1, "sheets": [{"name": "S", "cells": [[0, 0, 1, 5]], "widths": [], "charts": []}]},
    {"v": 1, "sheets": [{"name": "S", "cells": [], "widths": [[0, "wide"]], "charts": []}]},
    {"v": 1, "sheets": [{"name": "S", "cells": [], "widths": [],
                         "charts": [["pie", 0, 0, 1, 1, ""]]}]},
    {"v": 1, "sheets": [{"name": "S", "cells": [], "widths": [], "charts": []},
                        {"name": "s", "cells": [], "widths": [], "charts": []}]},
    {"v": 1, "sheets": [{"name": "", "cells": [], "widths": [], "charts": []}]},
    {"v": 1, "sheets": [{"name": "S", "cells": [[True, 0, 1]], "widths": [], "charts": []}]},
])
def test_a_damaged_draft_is_ignored_and_the_task_opens_at_its_start(damaged):
    assert drafts.from_draft(damaged) is None
    task = exercise()
    key = drafts.draft_key("pack", task.id)
    book = drafts.task_workbook({key: damaged}, "pack", task)
    assert drafts.to_draft(book) == drafts.to_draft(start_workbook(task))


def test_a_task_opens_with_the_learners_draft():
    task = exercise()
    book = start_workbook(task)
    book.set_input("Sheet1", 2, 1, "=B1+B2")
    start = drafts.to_draft(start_workbook(task))
    settings = {drafts.draft_key("pack", task.id): drafts.draft_value(book, start)}
    opened = drafts.task_workbook(settings, "pack", task)
    assert opened.content("Sheet1", 2, 1) == "=B1+B2" and opened.value("Sheet1", 2, 1) == 65
    assert drafts.task_workbook(settings, "other-pack", task).content("Sheet1", 2, 1) is None


def test_nothing_is_kept_for_an_untouched_sheet_and_a_huge_one_is_refused():
    task = exercise()
    start = drafts.to_draft(start_workbook(task))
    book = start_workbook(task)
    assert drafts.draft_value(book, start) is None
    assert not drafts.is_changed(book, start)
    book.set_input("Sheet1", 5, 5, "x")
    assert drafts.is_changed(book, start)
    assert drafts.draft_value(book, start) is not None
    book.set_contents("Sheet1", {(row, 0): "a line of text " * 4 for row in range(5000)})
    assert not drafts.fits(book)
    with pytest.raises(ValueError):
        drafts.draft_value(book, start)


def test_the_room_reopens_at_the_task_the_learner_was_on():
    tasks = [("p1", "a"), ("p1", "b"), ("p2", "a")]
    assert drafts.where_to_open(tasks, drafts.place("p2", "a")) == 2
    assert drafts.where_to_open(tasks, "p1/b") == 1
    assert drafts.where_to_open(tasks, "p1/gone") == 0
    assert drafts.where_to_open(tasks, None) == 0
    assert drafts.where_to_open(tasks, 42) == 0


def test_passed_tasks_are_those_with_a_passed_attempt():
    attempts = [SimpleNamespace(pack_id="p", exercise_id="a", passed=False),
                SimpleNamespace(pack_id="p", exercise_id="b", passed=True),
                SimpleNamespace(pack_id="p", exercise_id="a", passed=True),
                SimpleNamespace(pack_id="q", exercise_id="c", passed=False)]
    assert drafts.passed_tasks(attempts) == {("p", "a"), ("p", "b")}
