"""One widget per kind of job task, made by :func:`make_task_widget`.

Each widget shows the task, lets the learner answer, and emits ``answered(answer)`` once,
when "Submit" (objectName ``jobsSubmit``) is pressed; ``answer()`` gives the answer so
far. The answers' shapes are the engine's (JSON-able):

- classify: the label chosen (``str``; keys 1 to 9 choose too);
- entities: ``[[start, end, label], ...]``, character offsets into the task's text (end
  excluded), a selection snapped to whole words before it is marked;
- boxes: ``[[x, y, w, h], ...]``, whole pixels of the 640x400 scene, whatever the size
  the scene is drawn at; boxes under 3 pixels are ignored;
- data-entry: ``{"values": {field name: text}, "keystrokes": n}``, counting every key
  press in the form's boxes that changes or moves the text (Backspace too);
- review: the items marked wrong: field names for a document, ``["label"]`` (or ``[]``)
  for a label.

The task's own words (its text, labels, document) stay left to right in an Arabic
interface. The widgets fit about 1000x430 pixels: long parts scroll.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QFont,
    QIcon,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from tutor.skills.jobs.model import SCENE_HEIGHT, SCENE_WIDTH, Document, Task
from tutor.skills.jobs.view_document import document_pixmap
from tutor.skills.jobs.view_scene import DRAWERS, draw_scene, ink
from tutor.ui.fitting import FlowLayout
from tutor.ui.retranslate import Retranslating
from tutor.ui.style import colour, set_role, ui_icon

LTR = Qt.LayoutDirection.LeftToRight
MIN_BOX = 3  # scene pixels: a smaller drag is a click, not a box
# The colours of the entity labels, in order (pale: the text stays readable on them).
LABEL_COLOURS = ("fingers.li", "fingers.rm", "fingers.lr", "fingers.rp", "fingers.lm",
                 "fingers.ri", "fingers.rr", "fingers.lp")
EDGE_PUNCTUATION = ".,;:!?\"'()[]{}«»“”‘’"
ZOOMS = (0.6, 0.8, 1.0, 1.25, 1.5, 2.0, 2.5)
DOCUMENT_WIDTH = 460  # pixels of the document's picture at zoom 1


def make_task_widget(task: Task, parent: QWidget | None = None) -> TaskWidget:
    """The widget that does ``task``: one class per kind (a review of a document or of a
    label)."""
    if task.kind == "classify":
        return ClassifyTask(task, parent)
    if task.kind == "entities":
        return EntitiesTask(task, parent)
    if task.kind == "boxes":
        return BoxesTask(task, parent)
    if task.kind == "data-entry":
        return DataEntryTask(task, parent)
    if task.kind == "review":
        if task.document is not None and task.submitted_fields:
            return DocumentReviewTask(task, parent)
        return LabelReviewTask(task, parent)
    if task.kind == "transcribe":
        from tutor.skills.jobs.view_transcribe import TranscribeTask

        return TranscribeTask(task, parent)
    if task.kind == "proposal":
        from tutor.skills.jobs.view_freelance import ProposalTask

        return ProposalTask(task, parent)
    if task.kind == "order":
        from tutor.skills.jobs.view_freelance import OrderTask

        return OrderTask(task, parent)
    raise ValueError(f"unknown task kind: {task.kind}")


def _scroll(widget: QWidget, name: str) -> QScrollArea:
    area = QScrollArea()
    area.setObjectName(name)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(widget)
    return area


def _button(name: str) -> QPushButton:
    button = QPushButton()
    button.setObjectName(name)
    return button


def _swatch(role: str, side: int = 18) -> QIcon:
    pixmap = QPixmap(side, side)
    pixmap.fill(ink(role))
    painter = QPainter(pixmap)
    painter.setPen(QPen(ink("heading"), 2))
    painter.drawRect(QRect(0, 0, side - 1, side - 1))
    painter.end()
    return QIcon(pixmap)


def _task_text(text: str, name: str) -> QPlainTextEdit:
    """A task's text: read-only, wrapped, left to right."""
    view = QPlainTextEdit(text)
    view.setObjectName(name)
    view.setReadOnly(True)
    view.setLayoutDirection(LTR)
    view.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
    # (its size hint ignored in the height: the task fits a small screen's page; the
    # text scrolls inside)
    view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
    view.setMinimumHeight(70)
    return view


class TaskWidget(Retranslating, QWidget):
    """What every task widget shares: the prompt on top, the task's parts, a row of
    actions ending with "Submit"; ``answered`` is emitted once."""

    answered = Signal(object)

    def __init__(self, task: Task, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.task = task
        self.done = False
        self.prompt = set_role(QLabel(), "subtitle")
        self.prompt.setObjectName("jobsPrompt")
        self.prompt.setWordWrap(True)
        if task.prompt:
            self.prompt.setLayoutDirection(LTR)
        self.submit = set_role(_button("jobsSubmit"), "primary")
        self.submit.setIcon(ui_icon("check"))
        self.submit.setAutoDefault(True)  # Enter presses it when it has the keyboard
        self.submit.clicked.connect(self.submit_answer)
        self.action_row = QHBoxLayout()
        self.action_row.addStretch(1)
        self.action_row.addWidget(self.submit)
        self.top = QHBoxLayout()
        self.top.addWidget(self.prompt, 1)
        self.body = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.top)
        layout.addLayout(self.body, 1)
        layout.addLayout(self.action_row)

    def answer(self) -> object:
        raise NotImplementedError

    def ready(self) -> bool:
        """Whether the answer may be submitted now."""
        return True

    def submit_answer(self) -> None:
        if self.done or not self.ready():
            return
        self.done = True
        self.submit.setEnabled(False)
        self.answered.emit(self.answer())

    def update_submit(self) -> None:
        self.submit.setEnabled(not self.done and self.ready())

    def default_prompt(self) -> str:
        return ""

    def retranslate(self) -> None:
        self.prompt.setText(self.task.prompt or self.default_prompt())
        self.submit.setText(self.tr("Submit"))
        self.submit.setAccessibleName(self.tr("Submit"))


# -- classify ----------------------------------------------------------------------------


class ClassifyTask(TaskWidget):
    """The message and one large radio button per label; keys 1 to 9 choose."""

    def __init__(self, task: Task, parent: QWidget | None = None) -> None:
        super().__init__(task, parent)
        self.text = _task_text(task.text, "jobsText")
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        choices = QWidget()
        choices.setObjectName("jobsChoices")
        choices.setLayoutDirection(LTR)
        size = QApplication.font().pointSizeF()
        choices.setStyleSheet(
            f"QRadioButton {{ font-size: {max(size, 9.0) * 1.2:.1f}pt; padding: 6px; }}"
            " QRadioButton::indicator { width: 22px; height: 22px; }")
        column = QVBoxLayout(choices)
        self.radios: list[QRadioButton] = []
        for index, label in enumerate(task.labels):
            radio = QRadioButton(f"{index + 1}.  {label}" if index < 9 else label)
            radio.setObjectName(f"jobsChoice{index}")
            radio.setAccessibleName(label)
            self.group.addButton(radio, index)
            column.addWidget(radio)
            self.radios.append(radio)
        column.addStretch(1)
        self.group.idToggled.connect(lambda *_: self.update_submit())
        row = QHBoxLayout()
        row.addWidget(self.text, 3)
        row.addWidget(_scroll(choices, "jobsChoicesArea"), 2)
        self.body.addLayout(row)
        self.setFocusProxy(self.radios[0] if self.radios else self.text)
        self.update_submit()
        self.retranslate()

    def choose(self, index: int) -> None:
        if 0 <= index < len(self.radios) and not self.done:
            self.radios[index].setChecked(True)
            self.radios[index].setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_9 and not event.modifiers() & ~(
                Qt.KeyboardModifier.KeypadModifier):
            self.choose(key - Qt.Key.Key_1)
            return
        super().keyPressEvent(event)

    def answer(self) -> str:
        index = self.group.checkedId()
        return self.task.labels[index] if index >= 0 else ""

    def ready(self) -> bool:
        return self.group.checkedId() >= 0

    def default_prompt(self) -> str:
        return self.tr("Read the message, then choose its label (or press its number).")

    def retranslate(self) -> None:
        super().retranslate()
        self.text.setAccessibleName(self.tr("The message"))


# -- entities ----------------------------------------------------------------------------


def snap_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """A selection widened to whole words (to the spaces round it), then trimmed of the
    spaces and punctuation at its ends; ``(n, n)`` when nothing is left."""
    start, end = max(0, min(start, end)), min(len(text), max(start, end))
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start == end:
        return start, start
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    while start < end and text[start] in EDGE_PUNCTUATION:
        start += 1
    while end > start and text[end - 1] in EDGE_PUNCTUATION:
        end -= 1
    return start, end


class EntitiesTask(TaskWidget):
    """Select words in the text, then a label's button marks them; marks are shown in
    their label's colour and listed; "Remove mark" removes the mark the cursor is in."""

    def __init__(self, task: Task, parent: QWidget | None = None) -> None:
        super().__init__(task, parent)
        self.marks: list[tuple[int, int, str]] = []
        self.colours = {label: LABEL_COLOURS[i % len(LABEL_COLOURS)]
                        for i, label in enumerate(task.labels)}
        self.text = QTextEdit()
        self.text.setObjectName("jobsText")
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.text.setMinimumHeight(90)  # (see _task_text)
        self.text.setPlainText(task.text)
        self.text.setReadOnly(True)
        self.text.setLayoutDirection(LTR)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.label_row = QWidget()
        self.label_row.setObjectName("jobsMarkButtons")
        self.label_row.setLayoutDirection(LTR)
        flow = FlowLayout(self.label_row)
        flow.setContentsMargins(0, 0, 0, 0)
        self.label_buttons: list[QPushButton] = []
        for index, label in enumerate(task.labels):
            button = _button(f"jobsMark{index}")
            button.setText(label)
            button.setIcon(_swatch(self.colours[label]))
            button.clicked.connect(lambda _=False, name=label: self.mark(name))
            flow.addWidget(button)
            self.label_buttons.append(button)
        self.list = QListWidget()
        self.list.setObjectName("jobsMarks")
        self.list.setLayoutDirection(LTR)
        self.list.itemClicked.connect(self._list_clicked)
        self.remove = _button("jobsRemoveMark")
        self.remove.clicked.connect(self.remove_mark)
        self.list_title = set_role(QLabel(), "hint")
        left = QVBoxLayout()
        left.addWidget(self.text, 1)
        left.addWidget(self.label_row)
        right = QVBoxLayout()
        right.addWidget(self.list_title)
        right.addWidget(self.list, 1)
        right.addWidget(self.remove)
        row = QHBoxLayout()
        row.addLayout(left, 3)
        row.addLayout(right, 1)
        self.body.addLayout(row)
        self.setFocusProxy(self.text)
        self._show_marks()
        self.retranslate()

    def selection(self) -> tuple[int, int]:
        cursor = self.text.textCursor()
        return cursor.selectionStart(), cursor.selectionEnd()

    def select(self, start: int, end: int) -> None:
        """Select ``text[start:end]`` (as a drag or Shift and the arrows would)."""
        cursor = self.text.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.text.setTextCursor(cursor)

    def mark(self, label: str) -> None:
        """Mark the selection (snapped to words) as ``label``; it replaces the marks it
        overlaps."""
        if self.done:
            return
        start, end = snap_to_words(self.task.text, *self.selection())
        if start == end:
            return
        self.marks = [m for m in self.marks if m[1] <= start or m[0] >= end]
        self.marks.append((start, end, label))
        self.marks.sort()
        cursor = self.text.textCursor()
        cursor.setPosition(end)
        self.text.setTextCursor(cursor)
        self._show_marks()

    def mark_at(self, position: int) -> int:
        """The index of the mark holding the text position, or -1."""
        inside = [i for i, (start, end, _label) in enumerate(self.marks) if start <= position < end]
        after = [i for i, (_start, end, _label) in enumerate(self.marks) if position == end]
        return (inside or after or [-1])[0]

    def remove_mark(self) -> None:
        if self.done:
            return
        cursor = self.text.textCursor()
        index = self.mark_at(cursor.selectionStart())
        if index < 0 and self.list.currentRow() >= 0:
            index = self.list.currentRow()
        if index >= 0:
            del self.marks[index]
            self._show_marks()

    def _list_clicked(self, item: QListWidgetItem) -> None:
        index = self.list.row(item)
        if 0 <= index < len(self.marks):
            cursor = self.text.textCursor()
            cursor.setPosition(self.marks[index][0])
            self.text.setTextCursor(cursor)

    def _show_marks(self) -> None:
        selections = []
        for start, end, label in self.marks:
            selection = QTextEdit.ExtraSelection()
            cursor = self.text.textCursor()
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            fmt = QTextCharFormat()
            fmt.setBackground(ink(self.colours.get(label, LABEL_COLOURS[0])))
            fmt.setForeground(ink("surface_text"))
            fmt.setFontUnderline(True)
            selection.format = fmt
            selections.append(selection)
        self.text.setExtraSelections(selections)
        self.list.clear()
        for start, end, label in self.marks:
            item = QListWidgetItem(_swatch(self.colours.get(label, LABEL_COLOURS[0])),
                                   f"{label}: {self.task.text[start:end]}")
            self.list.addItem(item)
        self.remove.setEnabled(bool(self.marks) and not self.done)

    def answer(self) -> list[list[object]]:
        return [[start, end, label] for start, end, label in self.marks]

    def default_prompt(self) -> str:
        return self.tr("Select words in the text, then click their label to mark them.")

    def retranslate(self) -> None:
        super().retranslate()
        self.text.setAccessibleName(self.tr("The text to mark"))
        for button, label in zip(self.label_buttons, self.task.labels, strict=True):
            button.setAccessibleName(self.tr("Mark as {label}").format(label=label))
        self.list_title.setText(self.tr("Marks"))
        self.list.setAccessibleName(self.tr("Marks"))
        self.remove.setText(self.tr("Remove mark"))
        self.remove.setAccessibleName(self.tr("Remove mark"))


# -- boxes -------------------------------------------------------------------------------


class SceneCanvas(QWidget):
    """The scene, scaled down to fit (never up), on which the mouse draws boxes: press,
    drag, release. A click on a box selects it; Delete removes the selected box. Boxes
    are kept in scene pixels. Enter asks for the answer to be submitted."""

    changed = Signal()
    submit_requested = Signal()

    def __init__(self, task: Task, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.task = task
        self.boxes: list[QRectF] = []
        self.selected = -1
        self.start: QPointF | None = None
        self.current: QPointF | None = None
        self.enabled_input = True
        self.setObjectName("jobsScene")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # (its size hint is the whole 640x400 scene: ignored in the height, so the task
        # fits the page on a small screen; the scene is drawn to the height it gets)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.setMinimumHeight(180)
        self.setMinimumSize(SCENE_WIDTH // 2, SCENE_HEIGHT // 2)
        self.setCursor(Qt.CursorShape.CrossCursor)

    def sizeHint(self) -> QSize:
        return QSize(SCENE_WIDTH, SCENE_HEIGHT)

    def scale(self) -> float:
        return min(1.0, self.width() / SCENE_WIDTH, self.height() / SCENE_HEIGHT)

    def scene_rect(self) -> QRectF:
        """Where the scene is drawn in the widget."""
        scale = self.scale()
        w, h = SCENE_WIDTH * scale, SCENE_HEIGHT * scale
        return QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)

    def to_scene(self, point: QPointF) -> QPointF:
        rect, scale = self.scene_rect(), self.scale()
        x = (point.x() - rect.x()) / scale
        y = (point.y() - rect.y()) / scale
        return QPointF(min(max(x, 0.0), SCENE_WIDTH), min(max(y, 0.0), SCENE_HEIGHT))

    def to_widget(self, point: QPointF) -> QPointF:
        """Where a scene point is in the widget (for tests and the room's hints)."""
        rect, scale = self.scene_rect(), self.scale()
        return QPointF(rect.x() + point.x() * scale, rect.y() + point.y() * scale)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.enabled_input:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self.start = self.current = self.to_scene(event.position())
            self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self.start is not None:
            self.current = self.to_scene(event.position())
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self.start is None:
            return
        end = self.to_scene(event.position())
        box = QRectF(self.start, end).normalized()
        self.start = self.current = None
        if box.width() >= MIN_BOX and box.height() >= MIN_BOX:
            self.boxes.append(box)
            self.selected = len(self.boxes) - 1
        else:  # a click: select the box under it (the last drawn first), or none
            self.selected = next((i for i in range(len(self.boxes) - 1, -1, -1)
                                  if self.boxes[i].contains(end)), -1)
        self.update()
        self.changed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.selected >= 0:
            self.remove_selected()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):  # done: as Submit
            self.submit_requested.emit()
            return
        super().keyPressEvent(event)

    def remove_selected(self) -> None:
        if 0 <= self.selected < len(self.boxes) and self.enabled_input:
            del self.boxes[self.selected]
            self.selected = -1
            self.update()
            self.changed.emit()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self.scene_rect()
        draw_scene(painter, self.task.scene, rect)
        scale = self.scale()

        def on_screen(box: QRectF) -> QRectF:
            return QRectF(rect.x() + box.x() * scale, rect.y() + box.y() * scale,
                          box.width() * scale, box.height() * scale)

        for index, box in enumerate(self.boxes):
            chosen = index == self.selected
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(colour("surface"), 5))  # a light halo: seen on any colour
            painter.drawRect(on_screen(box))
            painter.setPen(QPen(colour("bad") if chosen else colour("focus"), 3,
                                Qt.PenStyle.DashLine if chosen else Qt.PenStyle.SolidLine))
            painter.drawRect(on_screen(box))
        if self.start is not None and self.current is not None:
            painter.setPen(QPen(colour("focus"), 2, Qt.PenStyle.DashLine))
            painter.drawRect(on_screen(QRectF(self.start, self.current).normalized()))
        if self.hasFocus():
            painter.setPen(QPen(colour("focus"), 3))
            painter.drawRect(rect.adjusted(1, 1, -1, -1))
        painter.end()


def thing_picture(thing: str, side: int = 44) -> QPixmap:
    """A small picture of a thing to box, as the scene draws it."""
    pixmap = QPixmap(side, side)
    pixmap.fill(ink("surface"))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    DRAWERS[thing](painter, QRectF(4, 4, side - 8, side - 8))
    painter.end()
    return pixmap


class BoxesTask(TaskWidget):
    """Draw a box round each thing of the task's kind in the scene."""

    def __init__(self, task: Task, parent: QWidget | None = None) -> None:
        super().__init__(task, parent)
        self.thing = task.labels[0] if task.labels else ""
        self.picture = QLabel()
        self.picture.setObjectName("jobsThingPicture")
        if self.thing in DRAWERS:
            self.picture.setPixmap(thing_picture(self.thing))
        self.top.insertWidget(0, self.picture)
        self.canvas = SceneCanvas(task)
        self.canvas.changed.connect(self._changed)
        self.canvas.submit_requested.connect(self.submit_answer)
        self.body.addWidget(self.canvas, 1)
        self.count = set_role(QLabel(), "hint")
        self.count.setObjectName("jobsBoxCount")
        self.remove = _button("jobsRemoveBox")
        self.remove.clicked.connect(self.canvas.remove_selected)
        self.action_row.insertWidget(0, self.count)
        self.action_row.insertWidget(1, self.remove)
        self.setFocusProxy(self.canvas)
        self._changed()
        self.retranslate()

    def _changed(self) -> None:
        self.remove.setEnabled(self.canvas.selected >= 0 and not self.done)
        self.count.setText(self.tr("Boxes drawn: {count}").format(count=len(self.canvas.boxes)))

    def submit_answer(self) -> None:
        super().submit_answer()
        if self.done:
            self.canvas.enabled_input = False
            self._changed()

    def answer(self) -> list[list[int]]:
        result = []
        for box in self.canvas.boxes:
            x, y = round(box.left()), round(box.top())
            result.append([x, y, round(box.right()) - x, round(box.bottom()) - y])
        return result

    def thing_name(self) -> str:
        names = {
            "person": self.tr("person"), "car": self.tr("car"), "bicycle": self.tr("bicycle"),
            "bag": self.tr("bag"), "phone": self.tr("phone"), "bottle": self.tr("bottle"),
            "tree": self.tr("tree"), "house": self.tr("house"), "dog": self.tr("dog"),
            "chair": self.tr("chair"),
        }
        return names.get(self.thing, self.thing)

    def default_prompt(self) -> str:
        return self.tr("Draw a box round each {thing} in the picture: press, drag, release. "
                       "Click a box and press Delete to remove it.").format(
            thing=self.thing_name())

    def retranslate(self) -> None:
        super().retranslate()
        self.canvas.setAccessibleName(self.tr("The picture: draw the boxes here"))
        self.picture.setAccessibleName(self.thing_name())
        self.remove.setText(self.tr("Remove box"))
        self.remove.setAccessibleName(self.tr("Remove box"))
        self._changed()


# -- data entry --------------------------------------------------------------------------


class CountingLineEdit(QLineEdit):
    """A line edit that counts the key presses that change or move its text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.keystrokes = 0

    def keyPressEvent(self, event: QKeyEvent) -> None:
        before = (self.text(), self.cursorPosition(), self.selectionStart(),
                  self.selectedText())
        super().keyPressEvent(event)
        if (self.text(), self.cursorPosition(), self.selectionStart(),
                self.selectedText()) != before:
            self.keystrokes += 1


class DocumentView(Retranslating, QWidget):
    """A document's picture in a scroll area, with zoom out and in."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.setMinimumHeight(160)  # (the paper scrolls inside; see SceneCanvas)
        self.document = document
        self.zoom = ZOOMS.index(1.0)
        self.picture = QLabel()
        self.picture.setObjectName("jobsDocumentPicture")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.area = _scroll(self.picture, "jobsDocument")
        self.area.setWidgetResizable(False)
        self.area.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_out = _button("jobsZoomOut")
        self.zoom_out.setText("−")
        self.zoom_out.clicked.connect(lambda: self.set_zoom(self.zoom - 1))
        self.zoom_in = _button("jobsZoomIn")
        self.zoom_in.setText("+")
        self.zoom_in.clicked.connect(lambda: self.set_zoom(self.zoom + 1))
        self.zoom_label = set_role(QLabel(), "hint")
        bar = QHBoxLayout()
        bar.addWidget(self.zoom_out)
        bar.addWidget(self.zoom_label)
        bar.addWidget(self.zoom_in)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.area, 1)
        self.set_zoom(self.zoom)
        self.retranslate()

    def set_zoom(self, index: int) -> None:
        self.zoom = max(0, min(len(ZOOMS) - 1, index))
        pixmap = document_pixmap(self.document, round(DOCUMENT_WIDTH * ZOOMS[self.zoom]))
        self.picture.setPixmap(pixmap)
        self.picture.resize(pixmap.size())
        self.zoom_out.setEnabled(self.zoom > 0)
        self.zoom_in.setEnabled(self.zoom < len(ZOOMS) - 1)
        self.zoom_label.setText(f"{round(ZOOMS[self.zoom] * 100)} %")

    def retranslate(self) -> None:
        self.zoom_out.setAccessibleName(self.tr("Zoom out"))
        self.zoom_out.setToolTip(self.tr("Zoom out"))
        self.zoom_in.setAccessibleName(self.tr("Zoom in"))
        self.zoom_in.setToolTip(self.tr("Zoom in"))
        self.area.setAccessibleName(self.tr("The document"))
        self.picture.setAccessibleName(self.tr("The document"))


class DataEntryTask(TaskWidget):
    """The document on the left, a form on the right: one box per field; Tab and Enter
    go to the next box, Enter in the last one submits.

    **Double entry**, as data-entry firms check their work: when the task carries a first
    keyer's values (``submitted_fields``), the learner keys the document as the second
    keyer; at Submit, the fields where the two entries differ are shown, with what the
    first keyer typed, for the learner to check against the document and correct before
    submitting again (``scoring.double_entry_diff``). With no difference, the first
    Submit is the answer."""

    def __init__(self, task: Task, parent: QWidget | None = None) -> None:
        super().__init__(task, parent)
        assert task.document is not None
        self.document = DocumentView(task.document)
        form_widget = QWidget()
        form_widget.setObjectName("jobsForm")
        form_widget.setLayoutDirection(LTR)
        form = QFormLayout(form_widget)
        self.fields: list[CountingLineEdit] = []
        for field in task.document.fields:
            edit = CountingLineEdit()
            edit.setObjectName(f"jobsField:{field.name}")
            edit.setAccessibleName(field.label)
            edit.setMaxLength(200)
            label = QLabel(field.label)
            label.setBuddy(edit)
            label.setWordWrap(True)
            form.addRow(label, edit)
            self.fields.append(edit)
        for index, edit in enumerate(self.fields):
            edit.returnPressed.connect(lambda i=index: self._enter(i))
            if index:
                QWidget.setTabOrder(self.fields[index - 1], edit)
        # double entry: under each box, what the first keyer typed where the two differ
        self.first_keyer: list[QLabel] = []
        for index, field in enumerate(task.document.fields):
            note = set_role(QLabel(), "error")
            note.setObjectName(f"jobsFirstKeyer:{field.name}")
            note.setWordWrap(True)
            note.hide()
            form.insertRow(2 * index + 1, "", note)
            self.first_keyer.append(note)
        self.checking: list[str] = []  # the fields shown to check (double entry)
        row = QHBoxLayout()
        row.addWidget(self.document, 1)
        form_area = _scroll(form_widget, "jobsFormArea")
        form_area.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        form_area.setMinimumHeight(160)  # (the fields scroll inside; see SceneCanvas)
        row.addWidget(form_area, 1)
        self.body.addLayout(row)
        self.setFocusProxy(self.fields[0])
        self.retranslate()

    def submit_answer(self) -> None:
        first = self.task.submitted_fields
        if first and not self.checking and not self.done:
            from tutor.skills.jobs.scoring import double_entry_diff

            assert self.task.document is not None
            values = self.answer()["values"]
            assert isinstance(values, dict)
            differ = double_entry_diff({k: first.get(k, "") for k in values}, values)
            if differ:
                self.checking = differ
                self._show_differences()
                return
        super().submit_answer()
        if self.done:
            for edit in self.fields:
                edit.setReadOnly(True)

    def _show_differences(self) -> None:
        assert self.task.document is not None
        first = self.task.submitted_fields
        focus = None
        for field, edit, note in zip(self.task.document.fields, self.fields,
                                     self.first_keyer, strict=True):
            differs = field.name in self.checking
            note.setVisible(differs)
            note.setText(self.tr("The first keyer typed: {value}").format(
                value=first.get(field.name, "") or self.tr("(empty)")) if differs else "")
            set_role(edit, "error" if differs else "")
            edit.style().polish(edit)
            if differs and focus is None:
                focus = edit
        self.prompt.setText(self.default_prompt())
        if focus is not None:
            focus.setFocus()

    def _enter(self, index: int) -> None:
        if index + 1 < len(self.fields):
            self.fields[index + 1].setFocus(Qt.FocusReason.TabFocusReason)
        else:
            self.submit_answer()

    def keystrokes(self) -> int:
        return sum(edit.keystrokes for edit in self.fields)

    def answer(self) -> dict[str, object]:
        assert self.task.document is not None
        values = {field.name: edit.text()
                  for field, edit in zip(self.task.document.fields, self.fields, strict=True)}
        return {"values": values, "keystrokes": self.keystrokes()}

    def default_prompt(self) -> str:
        if self.checking:
            return self.tr("Double entry: where your entry and the first keyer's differ, "
                           "check against the document, correct yours if needed, then "
                           "Submit.")
        if self.task.submitted_fields:
            return self.tr("Double entry: type each field of the document as the second "
                           "keyer; your entry is then compared with the first keyer's. "
                           "Tab goes to the next field; Enter in the last field submits.")
        return self.tr("Type each field of the document into the form. Tab goes to the next "
                       "field; Enter in the last field submits.")


# -- review ------------------------------------------------------------------------------


class DocumentReviewTask(TaskWidget):
    """Another worker's values beside the document, each with a "Wrong" box."""

    def __init__(self, task: Task, parent: QWidget | None = None) -> None:
        super().__init__(task, parent)
        assert task.document is not None
        self.document = DocumentView(task.document)
        items = QWidget()
        items.setObjectName("jobsReviewItems")
        grid = QGridLayout(items)
        self.header_label = set_role(QLabel(), "hint")
        self.header_value = set_role(QLabel(), "hint")
        grid.addWidget(self.header_label, 0, 0)
        grid.addWidget(self.header_value, 0, 1)
        self.checks: dict[str, QCheckBox] = {}
        self.values: list[QLabel] = []
        row = 1
        for field in task.document.fields:
            if field.name not in task.submitted_fields:
                continue
            label = QLabel(field.label)
            label.setLayoutDirection(LTR)
            label.setWordWrap(True)
            value = QLabel(task.submitted_fields[field.name])
            value.setObjectName(f"jobsSubmitted:{field.name}")
            value.setLayoutDirection(LTR)
            value.setWordWrap(True)
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            font = QFont(value.font())
            font.setBold(True)
            value.setFont(font)
            check = QCheckBox()
            check.setObjectName(f"jobsWrong:{field.name}")
            grid.addWidget(label, row, 0)
            grid.addWidget(value, row, 1)
            grid.addWidget(check, row, 2)
            self.checks[field.name] = check
            self.values.append(value)
            row += 1
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(row, 1)
        layout = QHBoxLayout()
        layout.addWidget(self.document, 1)
        layout.addWidget(_scroll(items, "jobsReviewArea"), 1)
        self.body.addLayout(layout)
        first = next(iter(self.checks.values()), None)
        if first is not None:
            self.setFocusProxy(first)
        self.retranslate()

    def answer(self) -> list[str]:
        return [name for name, check in self.checks.items() if check.isChecked()]

    def submit_answer(self) -> None:
        super().submit_answer()
        if self.done:
            for check in self.checks.values():
                check.setEnabled(False)

    def default_prompt(self) -> str:
        return self.tr("Check another worker's typing against the document: tick "
                       "\"Wrong\" beside each value that is not what the document says.")

    def retranslate(self) -> None:
        super().retranslate()
        self.header_label.setText(self.tr("Field"))
        self.header_value.setText(self.tr("Typed by the other worker"))
        assert self.task.document is not None
        labels = {field.name: field.label for field in self.task.document.fields}
        for value in self.values:
            if not value.text():
                value.setText(self.tr("(empty)"))
        for name, check in self.checks.items():
            check.setText(self.tr("Wrong"))
            check.setAccessibleName(self.tr("{field} is wrong").format(field=labels[name]))


class LabelReviewTask(TaskWidget):
    """Another worker's label for a message, with a "Wrong" box."""

    def __init__(self, task: Task, parent: QWidget | None = None) -> None:
        super().__init__(task, parent)
        self.text = _task_text(task.text, "jobsText")
        self.chosen_title = set_role(QLabel(), "hint")
        self.chosen = QLabel(task.submitted)
        self.chosen.setObjectName("jobsSubmitted:label")
        self.chosen.setLayoutDirection(LTR)
        self.chosen.setWordWrap(True)
        font = QFont(self.chosen.font())
        font.setBold(True)
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * 1.3)
        self.chosen.setFont(font)
        self.check = QCheckBox()
        self.check.setObjectName("jobsWrong:label")
        self.labels_title = set_role(QLabel(), "hint")
        self.labels = QLabel("\n".join(task.labels))
        self.labels.setLayoutDirection(LTR)
        self.labels.setWordWrap(True)
        side = QWidget()
        column = QVBoxLayout(side)
        column.addWidget(self.chosen_title)
        column.addWidget(self.chosen)
        column.addWidget(self.check, 0, Qt.AlignmentFlag.AlignLeading)
        column.addSpacing(12)
        column.addWidget(self.labels_title)
        column.addWidget(self.labels)
        column.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.text, 3)
        row.addWidget(_scroll(side, "jobsReviewArea"), 2)
        self.body.addLayout(row)
        self.setFocusProxy(self.check)
        self.retranslate()

    def answer(self) -> list[str]:
        return ["label"] if self.check.isChecked() else []

    def submit_answer(self) -> None:
        super().submit_answer()
        if self.done:
            self.check.setEnabled(False)

    def default_prompt(self) -> str:
        return self.tr("Check another worker's label for this message: tick \"Wrong\" if "
                       "it is not the right one.")

    def retranslate(self) -> None:
        super().retranslate()
        self.text.setAccessibleName(self.tr("The message"))
        self.chosen_title.setText(self.tr("The other worker chose:"))
        self.check.setText(self.tr("Wrong"))
        self.check.setAccessibleName(self.tr("The label chosen is wrong"))
        self.labels_title.setText(self.tr("The labels of this project:"))

