"""The look of the app: text size, colours, icons. One stylesheet, made from the
learner's text size, applied to the whole application.

Every colour comes from here. The stylesheet covers what Qt's style sheets can reach;
what a widget paints itself (a keyboard, a chart, a code editor's colours, a verdict in
rich text) takes its colours from :func:`palette`, the theme in use (normal or high
contrast), by role name: ``colour("bad")``. A widget that builds its own style sheet or
rich text from the palette mixes in :class:`Themed`, whose ``apply_theme()`` runs again
when the theme changes.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import NamedTuple

from PySide6 import QtCore  # QtCore.Qt only after the first paint: tutor/ui/by_name.py
from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, QSize
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QApplication

from tutor.paths import resource
from tutor.profiles import TEXT_SIZES
from tutor.ui.app_wide import app_wide_change


class Palette(NamedTuple):
    """The colours of one theme, by role (CSS colour names or #rrggbb). A named tuple,
    not a dataclass: nothing before the picker's first paint imports dataclasses."""

    name: str
    text: str  # ordinary text
    background: str  # behind everything
    surface: str  # cards, boxes, paper-like areas (a sheet's grid, an editor)
    surface_text: str  # text on ``surface``
    surface_alt: str  # a quiet block inside a surface (an example's code)
    header: str  # a grid's row and column headers, a keyboard's keys
    border: str
    border_strong: str
    muted: str  # secondary text, a grid's lines' labels
    heading: str  # strong text on a surface
    accent: str  # the app's own colour (primary buttons, titles of certificates)
    focus: str  # where the keyboard is
    selection: str  # selected cells or text (background)
    selection_text: str
    good: str  # a passed criterion, a right letter
    good_background: str
    bad: str  # a failed criterion, a wrong letter, an error
    bad_background: str
    spelling: str  # the wave under a misspelt word
    note: str  # a task's yellow note (background)
    note_text: str
    disabled: str
    disabled_background: str
    console: str  # a program's output (background)
    console_text: str
    console_error: str
    console_answer: str  # what the learner typed in answer to input()
    code_keyword: str
    code_builtin: str
    code_number: str
    code_string: str
    code_comment: str
    chart_speed: str  # typing speed in a chart
    chart_score: str  # scores in a chart
    series: tuple[str, ...]  # a spreadsheet chart's series, in order
    fingers: Mapping[str, str]  # keyboard keys, by finger


NORMAL = Palette(
    name="normal",
    text="#111827", background="#f8fafc", surface="#ffffff", surface_text="#111827",
    surface_alt="#f1f5f9", header="#e2e8f0", border="#cbd5e1", border_strong="#94a3b8",
    muted="#475569", heading="#0f172a", accent="#0f766e", focus="#1d4ed8",
    selection="#bfdbfe", selection_text="#111827",
    good="#15803d", good_background="#d1fae5", bad="#b91c1c", bad_background="#fee2e2",
    spelling="#dc2626", note="#fef9c3", note_text="#111827",
    disabled="#6b7280", disabled_background="#e5e7eb",
    console="#0f172a", console_text="#f8fafc", console_error="#fca5a5",
    console_answer="#86efac",
    code_keyword="#7c2d12", code_builtin="#1d4ed8", code_number="#047857",
    code_string="#a21caf", code_comment="#4b5563",
    chart_speed="#1d4ed8", chart_score="#15803d",
    series=("#0f766e", "#1d4ed8", "#b45309", "#7c3aed", "#be123c"),
    fingers={"lp": "#f9a8d4", "lr": "#fdba74", "lm": "#fde047", "li": "#86efac",
             "th": "#e2e8f0", "ri": "#5eead4", "rm": "#93c5fd", "rr": "#c4b5fd",
             "rp": "#f0abfc"},
)

# White and yellow on black, as the stylesheet's HIGH_CONTRAST below; colours a learner
# must tell apart (right and wrong, the fingers) stay, made lighter or stronger.
HIGH_CONTRAST_PALETTE = Palette(
    name="high-contrast",
    text="#ffffff", background="#000000", surface="#000000", surface_text="#ffffff",
    surface_alt="#1f1f1f", header="#ffffff", border="#ffffff", border_strong="#ffffff",
    muted="#ffffff", heading="#ffffff", accent="#ffd400", focus="#ffd400",
    selection="#ffd400", selection_text="#000000",
    good="#7dff7d", good_background="#003d00", bad="#ffb4b4", bad_background="#4d0000",
    spelling="#ff6b6b", note="#000000", note_text="#ffffff",
    disabled="#bfbfbf", disabled_background="#333333",
    console="#000000", console_text="#ffffff", console_error="#ffb4b4",
    console_answer="#7dff7d",
    code_keyword="#ffd400", code_builtin="#8fd3ff", code_number="#7dff7d",
    code_string="#ffb0ff", code_comment="#d0d0d0",
    chart_speed="#8fd3ff", chart_score="#7dff7d",
    series=("#ffd400", "#8fd3ff", "#7dff7d", "#ffb0ff", "#ff9f6b"),
    fingers=NORMAL.fingers,
)

_current: Palette = NORMAL


def palette() -> Palette:
    """The theme in use."""
    return _current


def colour(role: str) -> QColor:
    """A colour of the theme in use, by role: ``colour("bad")``."""
    return QColor(getattr(_current, role))


class Themed:
    """Mix into a QWidget subclass (first among its bases) that has ``apply_theme()``,
    which builds its own style sheet or rich text from :func:`palette`: it runs again
    when the theme changes (Qt sends StyleChange when the application's style sheet
    does). ``apply_theme`` must be idempotent: setting the same style sheet again sends
    no new event."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.StyleChange:
            self.apply_theme()  # type: ignore[attr-defined]
        super().changeEvent(event)  # type: ignore[misc]


def set_style_sheet(widget, sheet: str) -> None:
    """``widget.setStyleSheet(sheet)`` unless it is already that (no event loop)."""
    if widget.styleSheet() != sheet:
        widget.setStyleSheet(sheet)


BASE_POINTS = 12.0  # "normal": larger than desktop defaults, for beginners
TILE_ICON = 96  # pixels at normal size


def points(text_size: str) -> float:
    return BASE_POINTS * TEXT_SIZES.get(text_size, 1.0)


def stylesheet(text_size: str) -> str:
    pt = points(text_size)
    return f"""
QWidget {{ font-size: {pt:.1f}pt; color: #111827; }}
QMainWindow, QDialog, QStackedWidget > QWidget {{ background: #f8fafc; }}
QLabel[role="title"] {{ font-size: {pt * 1.8:.1f}pt; font-weight: 600; }}
QLabel[role="subtitle"] {{ font-size: {pt * 1.25:.1f}pt; color: #374151; }}
QLabel[role="hint"] {{ color: #4b5563; }}
QLabel[role="error"] {{ color: #991b1b; font-weight: 600; }}
QLabel[role="cue"] {{ font-size: {pt * 1.2:.1f}pt; font-weight: 600; color: #0f172a; }}
QLabel[role="cue-icon"] {{ background: #ffffff; border: 2px solid #cbd5e1; border-radius: 10px; }}
QScrollArea, QWidget#qt_scrollarea_viewport, QWidget#tileGridInner {{ background: transparent; }}
QScrollBar:vertical {{ width: 18px; background: #e2e8f0; border-radius: 9px; }}
QScrollBar::handle:vertical {{ background: #64748b; border-radius: 9px; min-height: 40px; }}
QScrollBar::add-line, QScrollBar::sub-line {{ height: 0px; width: 0px; }}
QToolButton[role="tile"] {{
    background: #ffffff; border: 2px solid #cbd5e1; border-radius: 14px;
    padding: 10px; font-size: {pt * 1.15:.1f}pt;
}}
QToolButton[role="tile"][compact="true"] {{ padding: 2px; font-size: {pt * 0.9:.1f}pt; }}
QToolButton[role="tile"]:hover {{ border-color: #0f766e; background: #f0fdfa; }}
QToolButton[role="tile"]:checked {{ border: 4px solid #0f766e; background: #ccfbf1; }}
QToolButton#newLearnerTile {{ background: #ccfbf1; border: 2px dashed #0f766e; }}
QToolButton#newLearnerTile:focus {{ border: 3px solid #1d4ed8; }}
QToolButton#nextStepTile {{
    background: #ccfbf1; border: 3px solid #0f766e; font-size: {pt * 1.3:.1f}pt;
    font-weight: 600; padding: 4px 16px;
}}
QToolButton#nextStepTile:hover {{ background: #99f6e4; }}
QToolButton#nextStepTile:focus {{ border: 4px solid #1d4ed8; }}
QLabel#codingPlacementProgram, QPushButton[role="output-choice"] {{ font-size: {pt * 1.25:.1f}pt; }}
QToolButton[role="tile"]:disabled {{ color: #6b7280; background: #e5e7eb; }}
QToolButton[role="tile"]:focus, QPushButton:focus, QLineEdit:focus {{
    border: 3px solid #1d4ed8;
}}
/* Keyboard focus must show on every control that takes it, not only on buttons. A list
   or text box keeps the same frame width focused or not (its inside does not move). */
QAbstractItemView, QPlainTextEdit, QTextEdit {{ border: 2px solid #cbd5e1; padding: 1px; }}
QToolButton[role="bar"]:focus, QComboBox:focus, QCheckBox:focus, QRadioButton:focus {{
    border: 3px solid #1d4ed8;
}}
QToolButton[role="compact"] {{
    border: 3px solid transparent; border-radius: 8px; padding: 1px 6px; background: transparent;
}}
QToolButton[role="compact"]:hover {{ background: #f1f5f9; }}
QToolButton[role="compact"]:focus {{ border: 3px solid #1d4ed8; }}
QAbstractItemView:focus, QPlainTextEdit:focus, QTextEdit:focus {{
    border: 3px solid #1d4ed8; padding: 0px;
}}
QTabBar::tab {{
    background: #e2e8f0; border: 3px solid transparent; border-radius: 6px;
    padding: 4px 12px; margin-right: 4px;
}}
QTabBar::tab:selected {{ background: #ffffff; border-color: #94a3b8; }}
QTabBar::tab:focus {{ border-color: #1d4ed8; }}
QCheckBox, QRadioButton {{ border: 3px solid transparent; border-radius: 6px; padding: 2px; }}
QPushButton, QToolButton[role="bar"] {{
    background: #ffffff; border: 2px solid #94a3b8; border-radius: 10px;
    padding: 8px 16px; min-height: {pt * 2:.0f}px;
}}
QPushButton:hover, QToolButton[role="bar"]:hover {{ background: #f1f5f9; }}
QPushButton[role="primary"] {{ background: #0f766e; color: #ffffff; border-color: #0f766e; }}
QPushButton[role="primary"]:hover {{ background: #115e59; }}
QPushButton[role="primary"]:focus {{ border: 3px solid #1d4ed8; text-decoration: underline; }}
QPushButton[role="primary"]:disabled {{ background: #94a3b8; border-color: #94a3b8; }}
QPushButton[role="digit"] {{ font-size: {pt * 1.6:.1f}pt; min-width: {pt * 4:.0f}px; }}
QLineEdit {{
    background: #ffffff; border: 2px solid #94a3b8; border-radius: 8px; padding: 8px;
}}
QLineEdit[role="pin"] {{ font-size: {pt * 2.2:.1f}pt; letter-spacing: 8px; }}
QLabel[role="typing-text"] {{
    font-size: {pt * 2.3:.1f}pt; background: #ffffff; border: 2px solid #cbd5e1;
    border-radius: 12px; padding: 12px;
}}
QFrame[role="bar"] {{ background: #e2e8f0; border-bottom: 1px solid #cbd5e1; }}
QFrame[role="card"] {{ background: #ffffff; border: 1px solid #cbd5e1; border-radius: 12px; }}
"""


HIGH_CONTRAST = """
QWidget { color: #ffffff; background: #000000; }
QMainWindow, QDialog, QStackedWidget > QWidget { background: #000000; }
QLabel[role="subtitle"], QLabel[role="hint"] { color: #ffffff; }
QLabel[role="error"] { color: #ffb4b4; text-decoration: underline; }
QLabel[role="cue"] { color: #ffffff; }
QLabel[role="cue-icon"] { background: #ffffff; border: 3px solid #ffd400; }
QFrame[role="bar"], QFrame[role="card"] { background: #000000; border: 2px solid #ffffff; }
QToolButton[role="tile"], QPushButton, QToolButton[role="bar"], QLineEdit, QComboBox {
    background: #ffffff; color: #000000; border: 3px solid #ffffff;
}
QToolButton#newLearnerTile { background: #ffffff; border: 4px dashed #ffd400; }
QToolButton#newLearnerTile:focus { border: 4px solid #ffd400; }
QToolButton#nextStepTile { background: #ffd400; color: #000000; border: 4px solid #ffd400; }
QToolButton#nextStepTile:focus { border: 4px solid #ffffff; }
QToolButton[role="tile"]:checked, QPushButton[role="primary"] {
    background: #ffd400; color: #000000; border-color: #ffd400;
}
QToolButton[role="tile"]:focus, QPushButton:focus, QLineEdit:focus, QComboBox:focus,
QToolButton[role="bar"]:focus, QCheckBox:focus, QRadioButton:focus {
    border: 4px solid #ffd400;
}
QToolButton[role="compact"] { background: #ffffff; color: #000000; border: 3px solid #ffffff; }
QToolButton[role="compact"]:focus { border: 3px solid #ffd400; }
QAbstractItemView, QPlainTextEdit, QTextEdit { border: 3px solid #ffffff; padding: 1px; }
QAbstractItemView:focus, QPlainTextEdit:focus, QTextEdit:focus {
    border: 4px solid #ffd400; padding: 0px;
}
QTabBar::tab { background: #000000; color: #ffffff; border-color: #ffffff; }
QTabBar::tab:selected { background: #ffffff; color: #000000; }
QTabBar::tab:focus { border-color: #ffd400; }
QCheckBox::indicator, QRadioButton::indicator {
    width: 18px; height: 18px; background: #000000; border: 3px solid #ffffff;
}
QCheckBox::indicator { border-radius: 4px; }
QRadioButton::indicator { border-radius: 12px; }
QCheckBox::indicator:checked, QRadioButton::indicator:checked { background: #ffd400; }
QPushButton[role="primary"]:focus { border: 4px solid #ffffff; text-decoration: underline; }
QLabel[role="typing-text"] { border: 3px solid #ffd400; }  /* colours: the palette, in the widget */
"""


def apply_text_size(app: QApplication, text_size: str, high_contrast: bool = False) -> None:
    """The learner's text size (and high-contrast theme) for the whole application."""
    global _current
    _current = HIGH_CONTRAST_PALETTE if high_contrast else NORMAL
    font = QFont(app.font())
    font.setPointSizeF(points(text_size))
    with app_wide_change():
        app.setFont(font)
        app.setStyleSheet(stylesheet(text_size) + (HIGH_CONTRAST if high_contrast else ""))


def tile_icon_size(text_size: str) -> QSize:
    side = round(TILE_ICON * TEXT_SIZES.get(text_size, 1.0))
    return QSize(side, side)


@cache
def avatar_icon(picture: str) -> QIcon:
    path = resource("assets", "avatars", f"{picture}.svg")
    return QIcon(str(path)) if path.is_file() else QIcon()


def keycaps_icon(keys: tuple[str, ...], cap: int = 44) -> QIcon:
    """A row of keycaps, drawn left to right as on the keyboard, whatever the language."""
    gap = cap // 6
    pixmap = QPixmap(len(keys) * (cap + gap) - gap, cap)
    pixmap.fill(QtCore.Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont(painter.font())
    font.setPixelSize(int(cap * 0.5))
    painter.setFont(font)
    for index, key in enumerate(keys):
        box = QRectF(index * (cap + gap) + 1, 1, cap - 2, cap - 2)
        painter.setPen(QPen(QColor(NORMAL.muted), 2))  # keycaps look like keys in both
        painter.setBrush(QColor(NORMAL.surface_alt))  # themes (drawn on a white cue box)
        painter.drawRoundedRect(box, 6, 6)
        painter.setPen(QColor(NORMAL.heading))
        painter.drawText(box, QtCore.Qt.AlignmentFlag.AlignCenter, key)
    painter.end()
    return QIcon(pixmap)


@cache
def skill_icon(file_name: str) -> QIcon:
    path = resource("assets", "skills", file_name)
    return QIcon(str(path)) if path.is_file() else ui_icon("app")


@cache
def ui_icon(name: str) -> QIcon:
    path = resource("assets", "icons", f"{name}.svg")
    if not path.is_file():
        return QIcon()
    if name in MIRRORED_ICONS:
        return QIcon(MirroringIconEngine(QIcon(str(path))))
    return QIcon(str(path))


# Icons that point somewhere: in a right-to-left language "back" points right.
MIRRORED_ICONS = frozenset({"back"})


class MirroringIconEngine(QIconEngine):
    """Draws an icon mirrored while the application is laid out right to left (Arabic),
    decided at each paint, so a change of language turns the arrows round."""

    def __init__(self, icon: QIcon) -> None:
        super().__init__()
        self.icon = icon

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode,
              state: QIcon.State) -> None:
        if QGuiApplication.layoutDirection() == QtCore.Qt.LayoutDirection.RightToLeft:
            painter.save()
            painter.translate(rect.x() * 2 + rect.width(), 0)
            painter.scale(-1, 1)
            self.icon.paint(painter, rect, QtCore.Qt.AlignmentFlag.AlignCenter, mode, state)
            painter.restore()
        else:
            self.icon.paint(painter, rect, QtCore.Qt.AlignmentFlag.AlignCenter, mode, state)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(QtCore.Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return MirroringIconEngine(self.icon)


def set_role(widget, role: str):
    """Give a widget a style role (see ``stylesheet``); returns the widget."""
    widget.setProperty("role", role)
    return widget
