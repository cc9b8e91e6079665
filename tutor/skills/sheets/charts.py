"""What a chart shows of its cells, as Calc and Excel read a selection: a first row
with text names the series, a first column that is not all numbers names the bars (the
categories), every other column is a series. Pure Python; ``view_chart.py`` draws it."""

from __future__ import annotations

from dataclasses import dataclass

from tutor.skills.sheets.engine import Chart, Workbook
from tutor.skills.sheets.references import column_letters
from tutor.skills.sheets.values import number_text


@dataclass(frozen=True)
class Series:
    name: str
    values: list[float]  # one per category; a cell that is not a number counts 0


@dataclass(frozen=True)
class ChartData:
    labels: list[str]  # the categories, along the bottom
    series: list[Series]

    @property
    def low(self) -> float:
        """The bottom of the value axis: 0, or the lowest value if it is below 0."""
        return min(min(self._values()), 0.0)

    @property
    def high(self) -> float:
        """The top of the value axis: 0, or the highest value if it is above 0."""
        return max(max(self._values()), 0.0)

    @property
    def span(self) -> float:
        return (self.high - self.low) or 1.0

    def top_label(self) -> str:
        """The number written at the top of the value axis."""
        return number_text(round(self.high, 2))

    def _values(self) -> list[float]:
        return [v for s in self.series for v in s.values] or [0.0]


def _number(value: object) -> float | None:
    return float(value) if isinstance(value, float | int) and not isinstance(
        value, bool) else None


def chart_data(book: Workbook, sheet: str, chart: Chart) -> ChartData:
    """The labels and series of ``chart`` (a range of ``sheet``) from the cells' values."""
    top, left, bottom, right = chart.rect
    header = any(isinstance(book.value(sheet, top, c), str) for c in range(left, right + 1))
    first_data = top + 1 if header and bottom > top else top
    label_col = left if right > left and any(
        _number(book.value(sheet, r, left)) is None for r in range(first_data, bottom + 1)
    ) else None
    labels = [book.display(sheet, r, label_col) if label_col is not None else str(r + 1)
              for r in range(first_data, bottom + 1)]
    series = []
    for col in range(left, right + 1):
        if col == label_col:
            continue
        name = book.display(sheet, top, col) if header else column_letters(col)
        values = [_number(book.value(sheet, r, col)) or 0.0
                  for r in range(first_data, bottom + 1)]
        series.append(Series(name, values))
    return ChartData(labels, series)
