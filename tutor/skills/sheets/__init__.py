"""The spreadsheets skill: a practice grid with an Excel-compatible formula engine,
graded tasks, and .xlsx in and out.

The formula engine, each module importing only those above it:

- ``values.py``: the value types (errors, areas), conversions and comparison;
- ``references.py``: cell and range addresses ("B3", "Sheet2!$A$1:C3");
- ``registry.py``: the function registry, filled by ``functions.py`` (SUM, VLOOKUP...);
- ``number_formats.py``: number format codes ("0.00", "dd/mm/yyyy") and the format buttons;
- ``formulas.py``: tokenizer, parser and evaluator of formulas.

The room:

- ``model.py``: the exercise model of lesson packs (the starting cells and the checks);
- ``cell_text.py``: what is typed into a cell and what a cell shows (decimal comma);
- ``engine.py``: the workbook, its recalculation in dependency order, edits and undo; the
  task being done, which builds the finished attempt;
- ``charts.py``: which cells of a selection become a chart's series and labels;
- ``grading.py``: the grading of a workbook against a task, and ``tutor grade FILE.xlsx``;
- ``xlsx.py``: open and save ``.xlsx`` with openpyxl;
- ``view.py`` (the room), ``view_grid.py`` (the grid), ``view_chart.py`` (the chart): Qt.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from tutor.i18n import QT_TRANSLATE_NOOP
from tutor.skills import Skill
from tutor.skills.sheets.model import SheetsExercise

SKILL = Skill(
    id="sheets",
    title=QT_TRANSLATE_NOOP("skills", "Spreadsheets"),
    icon="sheets.svg",
    exercise_model=SheetsExercise,
    view="tutor.skills.sheets.view:make_room",
    description=QT_TRANSLATE_NOOP(
        "skills", "Tables, formulas, sorting and charts, as in LibreOffice Calc and Excel"),
    grade_file="tutor.skills.sheets.grading:grade_file",
    cli="tutor.skills.sheets:add_commands",
    placement_item="tutor.skills.sheets.view_placement:make_item",
)


def add_commands(subcommands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``tutor sheets eval FILE.xlsx``."""
    sheets = subcommands.add_parser("sheets", help="work with spreadsheet files")
    actions = sheets.add_subparsers(dest="sheets_command", metavar="ACTION", required=True)
    evaluate = actions.add_parser(
        "eval", help='print the computed value of every formula cell as JSON '
        '({"Sheet!A1": value})')
    evaluate.add_argument("file", type=Path, metavar="FILE.xlsx")
    evaluate.set_defaults(func=_eval_command)


def _eval_command(args: argparse.Namespace) -> int:
    from tutor.skills.sheets.xlsx import load_workbook

    if not args.file.is_file():
        print(f"tutor: {args.file}: no such file", file=sys.stderr)
        return 2
    book = load_workbook(args.file)
    print(json.dumps(book.computed_values(), ensure_ascii=False, indent=2))
    return 0
