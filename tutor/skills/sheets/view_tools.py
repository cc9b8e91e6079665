"""The tool bar of the spreadsheet room: its buttons in rows that wrap, at most
``max_rows`` of them; the buttons that do not fit go into a "More" menu. So the bar never
squeezes its buttons to empty boxes, never widens the room beyond a small screen, and
never takes the grid's height (the room lowers ``max_rows`` on a small screen)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QAction, QResizeEvent
from PySide6.QtWidgets import QMenu, QSizePolicy, QToolButton, QWidget

Plan = tuple[list[tuple[QToolButton, QRect]], list[QToolButton], int]


class ToolStrip(QWidget):
    def __init__(self, more: QToolButton, parent: QWidget | None = None,
                 spacing: int = 4) -> None:
        super().__init__(parent)
        self.buttons: list[QToolButton] = []
        self.more = more
        more.setParent(self)
        self.menu = QMenu(more)
        self.menu.setObjectName("sheetsMoreMenu")
        more.setMenu(self.menu)
        self.menu.aboutToShow.connect(self._fill_menu)
        more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.max_rows = 2
        self.spacing = spacing
        self.hidden: list[QToolButton] = []
        self.unwanted: set[QToolButton] = set()  # buttons the room does not show now
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def add(self, button: QToolButton) -> None:
        button.setParent(self)
        self.buttons.append(button)

    def set_wanted(self, button: QToolButton, wanted: bool) -> None:
        """Show ``button`` in the bar (or its menu), or leave it out altogether."""
        if wanted == (button not in self.unwanted):
            return
        if wanted:
            self.unwanted.discard(button)
        else:
            self.unwanted.add(button)
        self.updateGeometry()
        self._arrange()

    def wanted(self) -> list[QToolButton]:
        return [b for b in self.buttons if b not in self.unwanted]

    def set_max_rows(self, rows: int) -> None:
        if rows != self.max_rows:
            self.max_rows = rows
            self.updateGeometry()
            self._arrange()

    # -- the plan: where each button goes for a width ------------------------------------
    def _row_height(self) -> int:
        return max([b.sizeHint().height() for b in [*self.wanted(), self.more]] or [0])

    def plan(self, width: int) -> Plan:
        """(button, place) for the buttons shown, the buttons in the menu, rows used."""
        height = self._row_height()
        more_width = self.more.sizeHint().width()

        def place(reserve: bool) -> Plan:
            shown: list[tuple[QToolButton, QRect]] = []
            x, row = 0, 0
            buttons = self.wanted()
            for index, button in enumerate(buttons):
                wide = button.sizeHint().width()
                if x and x + wide > width:
                    x, row = 0, row + 1
                last_row = row == self.max_rows - 1
                room = width - (more_width + self.spacing if reserve and last_row else 0)
                if row >= self.max_rows or (last_row and x and x + wide > room):
                    return shown, buttons[index:], row + 1
                shown.append((button, QRect(x, row * (height + self.spacing), wide, height)))
                x += wide + self.spacing
            return shown, [], row + 1

        shown, hidden, rows = place(reserve=False)
        if hidden:
            shown, hidden, rows = place(reserve=True)
        return shown, hidden, min(rows, self.max_rows)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        rows = self.plan(width)[2]
        return rows * self._row_height() + (rows - 1) * self.spacing

    def sizeHint(self) -> QSize:
        width = sum(b.sizeHint().width() + self.spacing for b in self.wanted())
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        wanted = self.wanted()
        first = wanted[0].sizeHint().width() if wanted else 0
        width = first + self.spacing + self.more.sizeHint().width()
        return QSize(width, self.heightForWidth(width))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def _arrange(self) -> None:
        shown, hidden, _ = self.plan(self.width())
        right_to_left = self.isRightToLeft()
        last = QRect()
        for button, place in shown:
            if right_to_left:
                place = QRect(self.width() - place.x() - place.width(), place.y(),
                              place.width(), place.height())
            button.setGeometry(place)
            button.show()
            last = place
        for button in [*hidden, *self.unwanted]:
            button.hide()
        self.more.setVisible(bool(hidden))
        if hidden:
            wide = self.more.sizeHint().width()
            y = last.y() if last.isValid() else 0
            x = (last.x() - self.spacing - wide if right_to_left
                 else (last.right() + 1 + self.spacing if last.isValid() else 0))
            self.more.setGeometry(QRect(x, y, wide, self._row_height()))
        if hidden != self.hidden:
            self.hidden = hidden
            self._fill_menu()

    def _fill_menu(self) -> None:
        """The "More" menu: the buttons that do not fit, as the bar would run them."""
        self.menu.clear()
        for button in self.hidden:
            submenu = button.menu()
            if submenu is not None:  # (its own menu, as a submenu: the button keeps it)
                submenu.setTitle(button.text())
                self.menu.addMenu(submenu)
                continue
            action = QAction(button.text(), self.menu)
            action.setToolTip(button.toolTip())
            action.triggered.connect(button.click)
            action.setEnabled(button.isEnabled())
            self.menu.addAction(action)

    def retranslated(self) -> None:
        """The buttons' words changed: measure again, and name the menu's entries again."""
        self.hidden = []
        self.updateGeometry()
        self._arrange()
