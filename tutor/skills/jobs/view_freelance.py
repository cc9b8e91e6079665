"""The freelancing task widgets: a proposal (or a profile) to write, and items to put in
order. Made by ``view_tasks.make_task_widget``; each emits ``answered(answer)`` once:

- proposal: the text written (``str``, at most ``freelance.MAX_PROPOSAL_CHARS``);
- order: the items in the learner's order (``list[str]``).

The job post and the items stay left to right in an Arabic interface (they are the
contract's words). Both fit about 1000x430 pixels.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from tutor.skills.jobs.freelance import MAX_PROPOSAL_CHARS, shuffled, word_count
from tutor.skills.jobs.model import Task
from tutor.skills.jobs.view_tasks import TaskWidget, _task_text
from tutor.ui.style import colour, set_role

LTR = Qt.LayoutDirection.LeftToRight
ITEM_ROLE = Qt.ItemDataRole.UserRole  # an order item's own words (its text shows a number)


class ProposalTask(TaskWidget):
    """The job post on the left (read-only), the proposal's box on the right with its
    word count under it. Tab leaves the box (so the keyboard reaches Submit)."""

    def __init__(self, task: Task, parent: QWidget | None = None) -> None:
        super().__init__(task, parent)
        self.post = _task_text(task.text, "jobsPost")
        self.post_title = set_role(QLabel(), "hint")
        self.post_title.setBuddy(self.post)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("jobsProposal")
        self.editor.setLayoutDirection(LTR)
        self.editor.setTabChangesFocus(True)
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.editor.textChanged.connect(self._changed)
        self.editor_title = set_role(QLabel(), "hint")
        self.editor_title.setBuddy(self.editor)
        self.count = set_role(QLabel(), "hint")
        self.count.setObjectName("jobsWordCount")
        left = QVBoxLayout()
        left.addWidget(self.post_title)
        left.addWidget(self.post, 1)
        right = QVBoxLayout()
        right.addWidget(self.editor_title)
        right.addWidget(self.editor, 1)
        right.addWidget(self.count)
        row = QHBoxLayout()
        row.addLayout(left, 2)
        row.addLayout(right, 3)
        self.body.addLayout(row)
        self.setFocusProxy(self.editor)
        self.update_submit()
        self.retranslate()

    def _changed(self) -> None:
        text = self.editor.toPlainText()
        if len(text) > MAX_PROPOSAL_CHARS:  # a paste of a whole book stops here
            with QSignalBlocker(self.editor):
                self.editor.setPlainText(text[:MAX_PROPOSAL_CHARS])
            self.editor.moveCursor(self.editor.textCursor().MoveOperation.End)
        self._show_count()
        self.update_submit()

    def _show_count(self) -> None:
        count = word_count(self.editor.toPlainText())
        rubric = self.task.rubric
        if rubric is not None:
            words = self.tr("Words: {count} (asked: {min} to {max})").format(
                count=count, min=rubric.min_words, max=rubric.max_words)
        else:
            words = self.tr("Words: {count}").format(count=count)
        self.count.setText(words)
        self.count.setAccessibleName(words)

    def answer(self) -> str:
        return self.editor.toPlainText()[:MAX_PROPOSAL_CHARS]

    def ready(self) -> bool:
        return bool(self.editor.toPlainText().strip())

    def submit_answer(self) -> None:
        super().submit_answer()
        if self.done:
            self.editor.setReadOnly(True)

    def default_prompt(self) -> str:
        return self.tr("Read the job post, then write your proposal: a greeting, what you "
                       "will do, one experience like this job, your price and your time, a "
                       "closing and your name.")

    def retranslate(self) -> None:
        super().retranslate()
        self.post_title.setText(self.tr("The job post"))
        self.post.setAccessibleName(self.tr("The job post"))
        self.editor_title.setText(self.tr("Your text"))
        self.editor.setAccessibleName(self.tr("Your text"))
        self.editor.setPlaceholderText(self.tr("Write here."))
        self._show_count()


class OrderList(QListWidget):
    """The items, reordered with the mouse (press on one, drag it onto another's place,
    release; Escape gives up) or with Alt+Up and Alt+Down on the chosen one.

    The drag is the list's own (mouse events, a line where the item will go), not Qt's
    drag and drop: it works the same under any platform plugin and with a real mouse
    driven by xdotool."""

    move_requested = Signal(int)  # -1: up, +1: down
    drop_requested = Signal(int, int)  # from row, to row

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pressed_row = -1
        self.pressed_at = QPoint()
        self.dragging = False
        self.target = -1
        self.enabled_input = True

    def row_at(self, point: QPoint) -> int:
        """The row a point of the viewport is on (above the first: 0; below the last:
        the last)."""
        index = self.indexAt(point)
        if index.isValid():
            return index.row()
        if self.count() == 0:
            return -1
        first = self.visualItemRect(self.item(0))
        return 0 if point.y() < first.top() else self.count() - 1

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.enabled_input:
            self.pressed_row = self.indexAt(event.position().toPoint()).row()
            self.pressed_at = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        if self.pressed_row >= 0 and event.buttons() & Qt.MouseButton.LeftButton:
            if not self.dragging and ((point - self.pressed_at).manhattanLength()
                                      >= QApplication.startDragDistance()):
                self.dragging = True
                self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            if self.dragging:
                self.target = self.row_at(point)
                self.viewport().update()
                return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self.dragging and event.button() == Qt.MouseButton.LeftButton:
            source, target = self.pressed_row, self.row_at(event.position().toPoint())
            self._end_drag()
            if source >= 0 and target >= 0 and source != target:
                self.drop_requested.emit(source, target)
            return
        self.pressed_row = -1
        super().mouseReleaseEvent(event)

    def _end_drag(self) -> None:
        self.dragging = False
        self.pressed_row = self.target = -1
        self.viewport().unsetCursor()
        self.viewport().update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.dragging and event.key() == Qt.Key.Key_Escape:
            self._end_drag()
            return
        if event.modifiers() & Qt.KeyboardModifier.AltModifier and event.key() in (
                Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_requested.emit(-1 if event.key() == Qt.Key.Key_Up else 1)
            return
        super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.dragging or not 0 <= self.target < self.count():
            return
        # A thick line where the item will go: above the target when moving up, below it
        # when moving down.
        rect = self.visualItemRect(self.item(self.target))
        y = rect.top() if self.target < self.pressed_row else rect.bottom()
        painter = QPainter(self.viewport())
        painter.setPen(QPen(colour("focus"), 4))
        painter.drawLine(rect.left() + 2, y, rect.right() - 2, y)
        painter.end()


class OrderTask(TaskWidget):
    """The items shuffled (the same way every time for a task, never already in order),
    numbered; drag one to its place, or choose it and press Up or Down (or Alt+Up and
    Alt+Down)."""

    def __init__(self, task: Task, parent: QWidget | None = None) -> None:
        super().__init__(task, parent)
        self.list = OrderList()
        self.list.setObjectName("jobsOrder")
        self.list.setLayoutDirection(LTR)
        self.list.setWordWrap(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)
        self.list.setSpacing(3)
        for item in shuffled(task):
            entry = QListWidgetItem(item)
            entry.setData(ITEM_ROLE, item)
            self.list.addItem(entry)
        self.list.setCurrentRow(0)
        self.list.move_requested.connect(self.move_step)
        self.list.drop_requested.connect(self.move_to)
        self.list.currentRowChanged.connect(lambda *_: self._buttons())
        self.up = QPushButton()
        self.up.setObjectName("jobsOrderUp")
        self.up.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowUp))
        self.up.clicked.connect(lambda: self.move_step(-1))
        self.down = QPushButton()
        self.down.setObjectName("jobsOrderDown")
        self.down.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowDown))
        self.down.clicked.connect(lambda: self.move_step(1))
        self.hint = set_role(QLabel(), "hint")
        self.hint.setWordWrap(True)
        buttons = QVBoxLayout()
        buttons.addWidget(self.up)
        buttons.addWidget(self.down)
        buttons.addWidget(self.hint)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(buttons)
        self.body.addLayout(row)
        self.setFocusProxy(self.list)
        self._number()
        self.retranslate()

    def items(self) -> list[str]:
        return [str(self.list.item(row).data(ITEM_ROLE)) for row in range(self.list.count())]

    def move_step(self, step: int) -> None:
        """Move the chosen item one place up (-1) or down (+1); it stays chosen."""
        row = self.list.currentRow()
        self.move_to(row, row + step)

    def move_to(self, row: int, target: int) -> None:
        """Move the item of ``row`` to ``target`` (the others make room); it is chosen."""
        if self.done or not (0 <= row < self.list.count() and 0 <= target < self.list.count()):
            return
        if row != target:
            item = self.list.takeItem(row)
            self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
        self._number()

    def _number(self) -> None:
        for row in range(self.list.count()):  # (changing a text moves no row)
            item = self.list.item(row)
            words = str(item.data(ITEM_ROLE))
            if item.text() != f"{row + 1}.  {words}":
                item.setText(f"{row + 1}.  {words}")
                item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{row + 1}. {words}")
        self._buttons()

    def _buttons(self) -> None:
        row = self.list.currentRow()
        self.up.setEnabled(not self.done and row > 0)
        self.down.setEnabled(not self.done and 0 <= row < self.list.count() - 1)

    def answer(self) -> list[str]:
        return self.items()

    def submit_answer(self) -> None:
        super().submit_answer()
        if self.done:
            self.list.enabled_input = False
            self._buttons()

    def default_prompt(self) -> str:
        return self.tr("Put the steps in the right order: drag a step to its place, or "
                       "choose it and press Up or Down.")

    def retranslate(self) -> None:
        super().retranslate()
        self.list.setAccessibleName(self.tr("The steps, in your order"))
        self.up.setText(self.tr("Up"))
        self.up.setAccessibleName(self.tr("Move the step up"))
        self.up.setToolTip(self.tr("Move the step up (Alt+Up)"))
        self.down.setText(self.tr("Down"))
        self.down.setAccessibleName(self.tr("Move the step down"))
        self.down.setToolTip(self.tr("Move the step down (Alt+Down)"))
        self.hint.setText(self.tr("Or press Alt+Up and Alt+Down."))
