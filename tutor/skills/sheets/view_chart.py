"""The chart of the spreadsheet room: draws the labels and series that ``charts.py``
reads from the workbook, as bars or a line, in the theme's colours."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from tutor.skills.sheets.charts import ChartData, chart_data
from tutor.skills.sheets.engine import Chart, Workbook
from tutor.ui.style import colour, palette


class ChartView(QWidget):
    """A simple bar or line chart of a range: the first column names the bars, the
    other columns are the series; a first row of text gives their names."""

    visibility_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sheetsChart")
        self.setMinimumSize(QSize(260, 200))
        self.book: Workbook | None = None
        self.sheet = ""
        self.chart: Chart | None = None

    def show_chart(self, book: Workbook, sheet: str, chart: Chart | None) -> None:
        self.book, self.sheet, self.chart = book, sheet, chart
        self.setVisible(chart is not None)
        self.update()
        self.visibility_changed.emit()

    def contents(self) -> ChartData:
        """The labels and series it shows."""
        assert self.book is not None and self.chart is not None
        return chart_data(self.book, self.sheet, self.chart)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), colour("surface"))
        if self.book is None or self.chart is None:
            painter.end()
            return
        data = self.contents()
        line = painter.fontMetrics().height()  # (taller in Arabic: nothing is cut)
        area = QRectF(self.rect()).adjusted(48, line + 10, -12, -line - 16)
        painter.setPen(QPen(colour("border_strong"), 1))
        painter.drawRect(QRectF(self.rect()).adjusted(0, 0, -1, -1))
        low, span = data.low, data.span

        def y(value: float) -> float:
            return area.bottom() - (value - low) / span * area.height()

        painter.setPen(QPen(colour("muted"), 1))
        painter.drawLine(QPointF(area.left(), y(0)), QPointF(area.right(), y(0)))
        painter.drawLine(area.bottomLeft(), area.topLeft())
        painter.drawText(QRectF(0, area.top() - line / 2, 44, line), Qt.AlignmentFlag.AlignRight,
                         data.top_label())
        count = max(len(data.labels), 1)
        slot = area.width() / count
        colours = palette().series
        for s, series in enumerate(data.series):
            points = series.values
            shade = QColor(colours[s % len(colours)])
            if self.chart.kind == "line":
                painter.setPen(QPen(shade, 3))
                pts = [QPointF(area.left() + slot * (i + 0.5), y(v)) for i, v in enumerate(points)]
                for a, b in zip(pts, pts[1:], strict=False):
                    painter.drawLine(a, b)
                painter.setBrush(shade)
                for p in pts:
                    painter.drawEllipse(p, 4, 4)
            else:
                width = slot * 0.7 / max(len(data.series), 1)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(shade)
                for i, v in enumerate(points):
                    x = area.left() + slot * i + slot * 0.15 + width * s
                    painter.drawRect(QRectF(x, min(y(v), y(0)), width, abs(y(v) - y(0))))
            painter.setPen(shade)
            painter.drawText(QRectF(area.left() + 110 * s, 4, 108, line + 2),
                             Qt.AlignmentFlag.AlignLeft, series.name)
        painter.setPen(colour("surface_text"))
        for i, label in enumerate(data.labels):
            text = painter.fontMetrics().elidedText(label, Qt.TextElideMode.ElideRight,
                                                    int(slot) - 2)
            painter.drawText(QRectF(area.left() + slot * i, area.bottom() + 4, slot, line + 4),
                             Qt.AlignmentFlag.AlignHCenter, text)
        painter.end()
