"""A small line chart drawn with QPainter (PySide6-Essentials has no QtCharts).

Several series, each with its own scale (top value) and pen; a dashed line tells one
series from another without colour. Time runs left to right in every language."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from tutor.ui.style import colour


@dataclass
class Series:
    label: str  # shown at the top of its scale, e.g. "40" or "100%"
    colour: str  # a role of the theme's palette: "chart_speed", "chart_score"
    values: list[float] = field(default_factory=list)
    top: float = 100.0
    dashed: bool = False


class LineChart(QWidget):
    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setMinimumHeight(200)
        self.series: list[Series] = []
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)

    def set_series(self, series: list[Series]) -> None:
        self.series = series
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        margin = 40
        width, height = self.width() - 2 * margin, self.height() - 2 * margin
        painter.setPen(QPen(colour("border_strong"), 1))
        painter.drawRect(margin, margin, width, height)
        for index, series in enumerate(self.series):
            if not series.values:
                continue
            count = max(1, len(series.values) - 1)
            pen = QPen(colour(series.colour), 3)
            if series.dashed:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            previous = None
            for n, value in enumerate(series.values):
                here = QPointF(margin + width * n / count,
                               margin + height * (1 - min(value, series.top) / series.top))
                if previous is not None:
                    painter.drawLine(previous, here)
                painter.drawEllipse(here, 4, 4)
                previous = here
            painter.setPen(colour(series.colour))
            x = 4 if index == 0 else margin + width + 4
            painter.drawText(x, margin + 12, series.label)
        painter.setPen(colour("text"))
        painter.drawText(4, margin + height, "0")
        painter.end()
