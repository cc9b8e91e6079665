"""Widgets that keep the window within a lab PC's screen (1024x600 and up).

- :class:`TopBar`: the bar's buttons show their words when they fit, and only their
  icons (words in the tooltip and accessible name) when the window is narrow, so the bar
  never asks for more width than the screen has and never cuts a word in half.
- :class:`CurrentPageStack`: a stacked widget that asks for the size of the page shown,
  not of the largest page ever shown (Qt's stack measures every page, so one room in
  extra-large text kept the window large for good).
- :func:`scrolled`: a frameless scroll area around a screen, so a screen that needs more
  room than the window has scrolls instead of growing the window off the screen.
- :func:`fit_to_screen`: the window's first size, within the screen's available area.
- :class:`FlowLayout`: a row of buttons that wraps instead of widening the screen.
"""

from __future__ import annotations

from PySide6 import QtCore  # QtCore.Qt only after the first paint: tutor/ui/by_name.py
from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QLayout,
    QLayoutItem,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QWidget,
)

from tutor.ui.by_name import set_by_name


class TopBar(QFrame):
    """A bar of tool buttons (``buttons``, made with their words beside the icon) around
    a stretch; see the module."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons: list[QToolButton] = []
        self.elided: list[QLabel] = []
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(0, hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def fit(self) -> None:
        """Words beside the icons if they all fit in the bar's width, else icons only."""
        visible = [b for b in self.buttons if not b.isHidden()]
        with_words = sum(_width_with_words(b) for b in visible)
        others = sum(label.sizeHint().width() for label in self.elided if not label.isHidden())
        margins = self.contentsMargins().left() + self.contentsMargins().right() + 12 * (
            len(visible) + len(self.elided) + 1)
        words = with_words + min(others, 260) + margins <= self.width()
        for button in visible:
            _show_words(button, words)


# The bar's buttons come with their words beside the icon; fit() keeps in a property of
# each whether it still shows them. (Styles by name, not read back: reading a tool button's
# style makes PySide build the whole Qt namespace, and the picker's bar is fitted before
# its first paint: tutor/ui/by_name.py.)
_WORDS, _ICON_ONLY = "ToolButtonTextBesideIcon", "ToolButtonIconOnly"


def _shows_words(button: QToolButton) -> bool:
    return button.property("fitted_words") is not False


def _show_words(button: QToolButton, words: bool) -> None:
    if _shows_words(button) != words:
        set_by_name(button, toolButtonStyle=_WORDS if words else _ICON_ONLY)
        button.setProperty("fitted_words", words)


def _width_with_words(button: QToolButton) -> int:
    if _shows_words(button):
        return button.sizeHint().width()
    set_by_name(button, toolButtonStyle=_WORDS)
    width = button.sizeHint().width()
    set_by_name(button, toolButtonStyle=_ICON_ONLY)
    return width


class CurrentPageStack(QStackedWidget):
    """A stack that measures only the page shown (see the module)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentChanged.connect(self._measure_current)

    def _measure_current(self, index: int) -> None:
        for n in range(self.count()):
            page = self.widget(n)
            if page is None:
                continue
            policy = QSizePolicy.Policy.Preferred if n == index else QSizePolicy.Policy.Ignored
            page.setSizePolicy(policy, policy)
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.sizeHint() if page is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.minimumSizeHint() if page is not None else super().minimumSizeHint()

    def heightForWidth(self, width: int) -> int:
        # Qt's stack answers with the tallest page's *preferred* height for that width,
        # and a scroll area takes it as the least height: a screen with word-wrapped
        # text then scrolled at 1024x600 although it fitted. No height-for-width here:
        # the scroll area gives the page the viewport's height, or its minimum if larger.
        return -1


class ElidedLabel(QLabel):
    """A one-line label that shows "…" where its text does not fit, instead of asking
    for the width of the whole text (a learner's long name in the bar)."""

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance("…") * 4, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(min(hint.width(), 260), hint.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        mode = QtCore.Qt.TextElideMode.ElideRight
        shown = self.fontMetrics().elidedText(self.text(), mode, self.contentsRect().width())
        # "Leading" edge: drawItemText mirrors AlignLeft in a right-to-left layout.
        alignment = QtCore.Qt.AlignmentFlag.AlignVCenter | QtCore.Qt.AlignmentFlag.AlignLeft
        self.style().drawItemText(painter, self.contentsRect(), int(alignment), self.palette(),
                                  self.isEnabled(), shown, self.foregroundRole())
        painter.end()


def scrolled(widget: QWidget, object_name: str) -> QScrollArea:
    area = QScrollArea()
    area.setObjectName(object_name)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setWidget(widget)
    return area


def fit_to_screen(window: QWidget, wanted: QSize) -> None:
    """Resize ``window`` to ``wanted``, or to the screen's available area if smaller."""
    screen = window.screen()
    if screen is None:
        window.resize(wanted)
        return
    available = screen.availableGeometry()
    window.resize(min(wanted.width(), available.width()),
                  min(wanted.height(), available.height()))


class FlowLayout(QLayout):
    """Widgets in a row that wraps onto the next line when the row is full (a row of
    buttons that must fit 1024 pixels in any language and text size). Follows the
    layout direction (right to left in Arabic)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 8) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> QtCore.Qt.Orientation:
        return QtCore.Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            if not item.isEmpty():
                size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, apply: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line = 0, area.y(), 0
        parent = self.parentWidget()
        rtl = parent is not None and parent.isRightToLeft()
        for item in self._items:
            if item.isEmpty():
                continue
            hint = item.sizeHint()
            if x and x + hint.width() > area.width():
                x, y, line = 0, y + line + self._spacing, 0
            if apply:
                left = area.right() - x - hint.width() + 1 if rtl else area.x() + x
                item.setGeometry(QRect(left, y, hint.width(), hint.height()))
            x += hint.width() + self._spacing
            line = max(line, hint.height())
        return y + line - rect.y() + margins.bottom()
