"""The spreadsheets skill: a practice grid with an Excel-compatible formula engine,
graded tasks, and .xlsx in and out.

- ``formulas.py``: tokenizer, parser and evaluator of formulas (pure Python), with
  ``functions.py`` (SUM, VLOOKUP...) and ``number_formats.py`` ("0.00", "dd/mm/yyyy");
- ``engine.py``: the workbook, its recalculation in dependency order, edits and undo;
- ``xlsx.py``: open and save ``.xlsx`` with openpyxl;
- ``tasks.py``: the exercise model of lesson packs and the grading;
- ``view.py``: the room and the grid (Qt).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from tutor.i18n import QT_TRANSLATE_NOOP
from tutor.skills import Skill
from tutor.skills.sheets.tasks import SheetsExercise

SKILL = Skill(
    id="sheets",
    title=QT_TRANSLATE_NOOP("skills", "Spreadsheets"),
    icon="sheets.svg",
    exercise_model=SheetsExercise,
    view="tutor.skills.sheets.view:make_room",
    description=QT_TRANSLATE_NOOP(
        "skills", "Tables, formulas, sorting and charts, as in LibreOffice Calc and Excel"),
    grade_file="tutor.skills.sheets:grade_file",
    cli="tutor.skills.sheets:add_commands",
)


def grade_file(pack, exercise, path: Path):  # type: ignore[no-untyped-def]
    """``tutor grade``: the verdict of an .xlsx file for a spreadsheet task."""
    from tutor.skills.sheets.tasks import grade_workbook
    from tutor.skills.sheets.xlsx import load_workbook

    return grade_workbook(exercise, load_workbook(Path(path)))


def add_commands(subcommands) -> None:  # type: ignore[no-untyped-def]
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
