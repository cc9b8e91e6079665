"""What a lesson pack declares for a spreadsheet task: the starting cells, formats and
widths, and the checks made on the learner's workbook (:class:`SheetsExercise`); the cue
above its instructions. Pure Python; the grading is ``grading.py``."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from tutor import cues
from tutor.content.schema import ExerciseBase
from tutor.skills.sheets.formulas import compile_formula
from tutor.skills.sheets.references import parse_cell, parse_range, split_sheet
from tutor.skills.sheets.registry import FUNCTIONS
from tutor.skills.sheets.values import FormulaError

CellValue = float | bool | str


def _check_ref(text: str, ranges: bool = True) -> str:
    sheet, rest = split_sheet(text)
    try:
        if ranges:
            parse_range(rest)
        else:
            parse_cell(rest)
    except ValueError:
        raise ValueError(f"{text!r} is not a cell like B3 or a range like A2:C6") from None
    return text


class Check(BaseModel):
    """One thing checked. Either ``cell`` (a cell or a range, each cell checked), or
    ``sorted`` (a range whose rows must be sorted by column ``by``), or ``chart``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    cell: str | None = None
    value: CellValue | None = None  # the value it must show
    tolerance: float = Field(default=1e-6, ge=0)
    equals: str | None = None  # a formula whose value it must show (relative to the
    # first cell of the range)
    formula: bool = False  # it must hold a formula, not a typed number
    function: str | None = None  # the formula must use this function
    absolute: str | None = None  # the formula must use this cell as $B$1
    format: Literal["general", "number", "currency", "percent", "date"] | None = None
    decimals: int | None = Field(default=None, ge=0, le=10)
    bold: bool | None = None
    sorted: str | None = None
    by: str | None = None  # the column letter of the sort key
    order: Literal["ascending", "descending"] = "ascending"
    chart: Literal["bar", "line", "any"] | None = None
    weight: float = Field(default=1.0, gt=0, le=100)
    # What the task is about: not met, the answer fails whatever its score. A pack may
    # set it false for a check that only weighs on the score (with a pass_mark below 1).
    essential: bool = True

    @field_validator("cell", "sorted")
    @classmethod
    def _a_range(cls, text: str | None) -> str | None:
        return None if text is None else _check_ref(text)

    @field_validator("absolute")
    @classmethod
    def _a_cell(cls, text: str | None) -> str | None:
        return None if text is None else _check_ref(text.replace("$", ""), ranges=False)

    @field_validator("equals")
    @classmethod
    def _a_formula(cls, text: str | None) -> str | None:
        if text is None:
            return None
        try:
            compile_formula(text)
        except FormulaError as exc:
            raise ValueError(f"the formula {text!r} cannot be read: {exc}") from None
        return text if text.startswith("=") else "=" + text

    @field_validator("function")
    @classmethod
    def _a_function(cls, name: str | None) -> str | None:
        if name is not None and name.upper() not in FUNCTIONS:
            raise ValueError(f"unknown function {name!r}")
        return None if name is None else name.upper()

    @field_validator("by")
    @classmethod
    def _a_column(cls, letters: str | None) -> str | None:
        if letters is not None and not re.fullmatch(r"[A-Za-z]{1,3}", letters):
            raise ValueError("'by' is a column letter, like B")
        return None if letters is None else letters.upper()

    @model_validator(mode="after")
    def _one_kind(self) -> Check:
        kinds = [self.cell is not None, self.sorted is not None, self.chart is not None]
        if sum(kinds) != 1:
            raise ValueError("a check has exactly one of 'cell', 'sorted' or 'chart'")
        if self.sorted is not None and self.by is None:
            raise ValueError("a 'sorted' check needs 'by', the column to sort by")
        return self


class SheetsExercise(ExerciseBase):
    """A spreadsheet task of a lesson pack."""

    instructions: str = Field(min_length=1, max_length=4000)
    hint: str = Field(default="", max_length=2000)
    sheet: str = Field(default="Sheet1", min_length=1, max_length=31)
    cells: dict[str, CellValue] = {}  # the starting cells: "A1" or "Sheet2!A1" -> content
    formats: dict[str, str] = {}  # cell or range -> number format code
    bold: list[str] = []  # cells or ranges in bold at the start
    widths: dict[str, float] = {}  # column letter -> width in characters
    currency: str = Field(default="$", min_length=1, max_length=4)
    checks: list[Check] = Field(min_length=1)
    pass_mark: float = Field(default=1.0, gt=0, le=1)

    @field_validator("cells", "formats")
    @classmethod
    def _cell_keys(cls, table: dict[str, object]) -> dict[str, object]:
        for key in table:
            _check_ref(key)
        return table

    @field_validator("bold")
    @classmethod
    def _bold_keys(cls, cells: list[str]) -> list[str]:
        for key in cells:
            _check_ref(key)
        return cells

    @field_validator("widths")
    @classmethod
    def _width_keys(cls, table: dict[str, float]) -> dict[str, float]:
        for key in table:
            if not re.fullmatch(r"[A-Za-z]{1,3}", key):
                raise ValueError(f"{key!r} is not a column letter")
        return table


def cells_of(ref: str, default_sheet: str) -> tuple[str, list[tuple[int, int]]]:
    """The sheet (``default_sheet`` if ``ref`` names none) and cells of a cell or range."""
    sheet, rest = split_sheet(ref)
    top, left, bottom, right = parse_range(rest)
    return sheet or default_sheet, [(r, c) for r in range(top, bottom + 1)
                                    for c in range(left, right + 1)]


def cue(exercise: SheetsExercise) -> cues.Cue:
    """The picture and short words above a task's instructions: what its checks ask for
    (a chart, a sort, a formula, a format), else typing in the cells."""
    checks = exercise.checks
    if any(c.chart for c in checks):
        return cues.MAKE_CHART
    if any(c.sorted for c in checks):
        return cues.SORT_TABLE
    if any(c.formula or c.function or c.absolute or c.equals for c in checks):
        return cues.WRITE_FORMULA
    if any(c.format or c.decimals is not None or c.bold is not None for c in checks):
        return cues.FORMAT_CELLS
    return cues.TYPE_IN_CELLS
