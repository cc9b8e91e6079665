"""The practice screen of a ``controls`` exercise: a small form made from the lesson's
steps (text boxes, drop-down lists, radio buttons, check boxes, buttons, a menu bar), a
dialog with OK and Cancel drawn over it, and four areas that each show a pointer shape.

The rules are in :mod:`tutor.skills.basics.controls`; this page hands each action over as
an ``Act`` and tells the work (``work.done`` / ``work.slip``), then emits ``progressed``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QIcon,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenuBar,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from tutor.paths import resource
from tutor.skills.basics import controls
from tutor.skills.basics.controls import Act, group
from tutor.skills.basics.engine import StepsWork
from tutor.skills.basics.model import POINTER_SHAPES, BasicsExercise
from tutor.ui.fitting import FlowLayout, scrolled
from tutor.ui.retranslate import Retranslating
from tutor.ui.style import Themed, colour, set_role, set_style_sheet, ui_icon

PAUSE_MS = 700  # a done step stays on the screen this long before the next one
CURSORS = {"arrow": Qt.CursorShape.ArrowCursor, "hand": Qt.CursorShape.PointingHandCursor,
           "text": Qt.CursorShape.IBeamCursor, "busy": Qt.CursorShape.WaitCursor}


def shape_icon(shape: str) -> QIcon:
    """The picture of a pointer shape (``assets/icons/basics/controls-pointer-<shape>``)."""
    return QIcon(str(resource("assets", "icons", "basics", f"controls-pointer-{shape}.svg")))


class PointerArea(QFrame):
    """An area of the practice screen that shows one pointer shape when the pointer is
    over it, and looks like what shows it: nothing (the arrow), a link (the hand), a
    text box (the text cursor), something loading (busy). A click (or Space) answers."""

    chosen = Signal(str)

    def __init__(self, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"basicsPointerArea{number}")
        self.shape = "arrow"
        self.number = number
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(QSize(140, 80))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_shape(self, shape: str) -> None:
        self.shape = shape
        self.setCursor(CURSORS[shape])
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
                event.position().toPoint()):
            self.chosen.emit(self.shape)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.chosen.emit(self.shape)
        else:
            super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(3, 3, -3, -3)
        painter.setPen(QPen(colour("focus") if self.hasFocus() else colour("border_strong"),
                            4 if self.hasFocus() else 2))
        painter.setBrush(colour("surface"))
        painter.drawRoundedRect(rect, 10, 10)
        middle = rect.center()
        side = min(rect.width(), rect.height())
        if self.shape == "hand":  # a link: underlined words in the link colour
            font = painter.font()
            font.setUnderline(True)
            font.setPixelSize(max(12, int(side * 0.2)))
            painter.setFont(font)
            painter.setPen(colour("focus"))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.tr("Open the page"))
        elif self.shape == "text":  # an empty text box
            box = QRectF(0, 0, rect.width() * 0.7, side * 0.34)
            box.moveCenter(middle)
            painter.setPen(QPen(colour("border_strong"), 2))
            painter.setBrush(colour("background"))
            painter.drawRoundedRect(box, 4, 4)
        elif self.shape == "busy":  # something loading: a ring, a quarter of it dark
            ring = QRectF(0, 0, side * 0.4, side * 0.4)
            ring.moveCenter(middle)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(colour("border"), max(4.0, side * 0.06)))
            painter.drawEllipse(ring)
            painter.setPen(QPen(colour("accent"), max(4.0, side * 0.06)))
            painter.drawArc(ring, 90 * 16, -90 * 16)
        painter.end()


class Paper(QWidget):
    """A page of writing, in a window whose form has no controls (a menu bar lesson): the
    practice screen looks like a program with a document open."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("basicsPaper")
        self.setMinimumHeight(80)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        page = QRectF(self.rect()).adjusted(24, 12, -24, 0)
        painter.setPen(QPen(colour("border"), 1))
        painter.setBrush(colour("surface"))
        painter.drawRect(page)
        painter.setPen(QPen(colour("border_strong"), 6, Qt.PenStyle.SolidLine,
                            Qt.PenCapStyle.RoundCap))
        y, line = page.top() + 30, 0
        while y < page.bottom() - 12:
            length = page.width() - 60 - (line % 3) * page.width() * 0.15
            start = page.left() + 30
            if self.isRightToLeft():  # lines of writing start on the right
                start = page.right() - 30 - length
            painter.drawLine(int(start), int(y), int(start + length), int(y))
            y += 26
            line += 1
        painter.end()


class DialogBox(Retranslating, QFrame):
    """A dialog drawn over the practice form: a title bar, a question, OK and Cancel.
    Enter answers with the button that has the keyboard (OK at first), Escape cancels,
    as in every program."""

    answered = Signal(str)  # "OK" or "Cancel"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("basicsDialog")
        set_role(self, "card")
        self.title = set_role(QLabel(), "cue")
        self.title.setObjectName("basicsDialogTitle")
        self.question = QLabel()
        self.question.setObjectName("basicsDialogQuestion")
        self.question.setWordWrap(True)
        self.question_text = ""
        self.ok = QPushButton()
        self.ok.setObjectName("basicsDialogOK")
        self.cancel = QPushButton()
        self.cancel.setObjectName("basicsDialogCancel")
        self.ok.setIcon(ui_icon("check"))
        self.cancel.setIcon(ui_icon("close"))
        self.ok.clicked.connect(lambda: self.answered.emit("OK"))
        self.cancel.clicked.connect(lambda: self.answered.emit("Cancel"))
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.ok)
        buttons.addWidget(self.cancel)
        column = QVBoxLayout(self)
        column.setContentsMargins(14, 8, 14, 12)
        column.addWidget(self.title)
        column.addWidget(self.question, 1)
        column.addLayout(buttons)
        self.retranslate()

    def ask(self, question: str) -> None:
        self.question_text = question
        self.retranslate()
        self.show()
        self.raise_()
        self.ok.setFocus()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Question"))
        self.question.setText(self.question_text or self.tr("Save the changes?"))
        self.ok.setText(self.tr("OK"))
        self.cancel.setText(self.tr("Cancel"))
        self.ok.setAccessibleName(self.ok.text())
        self.cancel.setAccessibleName(self.cancel.text())
        self.setAccessibleName(self.title.text())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.answered.emit("Cancel")
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.answered.emit("Cancel" if self.cancel.hasFocus() else "OK")
        else:
            super().keyPressEvent(event)


class ControlsPage(Themed, Retranslating, QWidget):
    """A ``controls`` exercise's practice screen (see the module's docstring)."""

    progressed = Signal()

    def __init__(self, exercise: BasicsExercise, work: StepsWork, clock: Callable[[], float],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("basicsControlsPage")
        self.exercise = exercise
        self.work = work
        self.clock = clock
        self.pause_ms = PAUSE_MS
        self.shown_index = -1
        self.form = controls.practice_form(exercise)
        self._settled: dict[str, str] = {}  # a text box's text already judged
        self.rows: dict[tuple[str, str], QFrame] = {}  # (control, name) -> its row

        # The practice screen: a menu bar, then the form or the pointer's areas.
        self.practice = QFrame()
        self.practice.setObjectName("basicsControlsScreen")
        set_role(self.practice, "card")
        self.menu_bar = QMenuBar()
        self.menu_bar.setObjectName("basicsMenuBar")
        self.menu_bar.setNativeMenuBar(False)
        self.menu_bar.setVisible(bool(self.form.menus))
        self.menu_actions: dict[str, object] = {}
        for menu_name, items in self.form.menus:
            menu = self.menu_bar.addMenu(menu_name)
            menu.setObjectName(f"basicsMenu_{menu_name}")
            for item in items:
                action = menu.addAction(item)
                path = f"{menu_name}/{item}"
                self.menu_actions[path] = action
                action.triggered.connect(lambda _=False, p=path: self._act(Act("menu", p)))
        self.stack = QStackedWidget()
        self.stack.setObjectName("basicsControlsStack")
        self.form_widget = QWidget()
        self.form_widget.setObjectName("basicsForm")
        self._build_form()
        self.form_area = scrolled(self.form_widget, "basicsFormScroll")
        self.stack.addWidget(self.form_area)
        self.pointer_panel = QWidget()
        self.pointer_panel.setObjectName("basicsPointerPanel")
        self.pointer_panel.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self._build_pointer_panel()
        self.stack.addWidget(self.pointer_panel)
        inside = QVBoxLayout(self.practice)
        inside.setContentsMargins(4, 4, 4, 4)
        inside.addWidget(self.menu_bar)
        inside.addWidget(self.stack, 1)
        self.dialog = DialogBox(self.practice)
        self.dialog.hide()
        self.dialog.answered.connect(lambda value: self._act(Act("dialog", value=value)))

        column = QVBoxLayout(self)
        column.setContentsMargins(8, 4, 8, 4)
        column.addWidget(self.practice, 1)
        self.retranslate()
        self.apply_theme()
        self.show_step()

    # -- building -----------------------------------------------------------------------
    def _row(self, control: str, name: str) -> tuple[QFrame, QHBoxLayout]:
        row = QFrame()
        row.setObjectName(f"basicsRow_{control}_{len(self.rows)}")
        line = QHBoxLayout(row)
        line.setContentsMargins(6, 4, 6, 4)
        self.rows[(control, name)] = row
        self.form_layout.addWidget(row)
        return row, line

    def _build_form(self) -> None:
        self.form_layout = QVBoxLayout(self.form_widget)
        self.form_layout.setContentsMargins(8, 8, 8, 8)
        self.form_layout.setSpacing(4)
        self.text_boxes: dict[str, QLineEdit] = {}
        self.text_labels: dict[str, QLabel] = {}
        for number, label in enumerate(self.form.texts):
            _, line = self._row("text", label)
            words = QLabel(label)
            words.setObjectName(f"basicsTextLabel{number}")
            box = QLineEdit()
            box.setObjectName(f"basicsText{number}")
            box.setAccessibleName(label)
            words.setBuddy(box)
            box.textEdited.connect(lambda text, n=label: self._act(Act("text", n, text)))
            box.editingFinished.connect(lambda n=label: self._left_text_box(n))
            line.addWidget(words)
            line.addWidget(box, 1)
            self.text_boxes[label] = box
            self.text_labels[label] = words
        self.lists: dict[str, QComboBox] = {}
        for number, choices in enumerate(self.form.lists):
            name = group(choices)
            _, line = self._row("list", name)
            combo = QComboBox()
            combo.setObjectName(f"basicsList{number}")
            combo.addItem("")  # the empty line: every choice is an action
            combo.addItems(list(choices))
            combo.setMinimumContentsLength(max(len(c) for c in choices) + 2)
            combo.activated.connect(lambda index, b=combo, n=name: self._act(
                Act("list", n, b.itemText(index))))
            line.addWidget(combo)
            line.addStretch()
            self.lists[name] = combo
        self.radio_groups: dict[str, QButtonGroup] = {}
        for number, choices in enumerate(self.form.radios):
            name = group(choices)
            row, _ = self._row("radio", name)
            flow = FlowLayout(spacing=12)
            old = row.layout()
            assert old is not None
            QWidget().setLayout(old)  # the row's line gives way to a wrapping one
            row.setLayout(flow)
            buttons = QButtonGroup(row)
            for index, choice in enumerate(choices):
                radio = QRadioButton(choice)
                radio.setObjectName(f"basicsRadio{number}_{index}")
                radio.setAccessibleName(choice)
                buttons.addButton(radio, index)
                flow.addWidget(radio)
            buttons.buttonClicked.connect(lambda b, n=name: self._act(Act("radio", n, b.text())))
            self.radio_groups[name] = buttons
        self.check_boxes: dict[str, QCheckBox] = {}
        for number, label in enumerate(self.form.checks):
            _, line = self._row("check", label)
            check = QCheckBox(label)
            check.setObjectName(f"basicsCheck{number}")
            check.clicked.connect(lambda checked, n=label: self._act(
                Act("check", n, "on" if checked else "off")))
            line.addWidget(check)
            line.addStretch()
            self.check_boxes[label] = check
        self.buttons: dict[str, QPushButton] = {}
        if self.form.buttons:
            row, _ = self._row("button", "")
            flow = FlowLayout(spacing=10)
            old = row.layout()
            assert old is not None
            QWidget().setLayout(old)
            row.setLayout(flow)
            for number, name in enumerate(self.form.buttons):
                button = QPushButton(name)
                button.setObjectName(f"basicsButton{number}")
                button.setAccessibleName(name)
                button.clicked.connect(lambda _=False, n=name: self._act(Act("button", n)))
                flow.addWidget(button)
                self.buttons[name] = button
        self._line_up_labels()
        if not self.rows:
            self.form_layout.addWidget(Paper(), 1)
        else:
            self.form_layout.addStretch()

    def _line_up_labels(self) -> None:
        """The text boxes start at the same place, as in a real form."""
        widest = max((label.sizeHint().width() for label in self.text_labels.values()),
                     default=0)
        for label in self.text_labels.values():
            label.setMinimumWidth(widest)

    def _build_pointer_panel(self) -> None:
        self.find_picture = QLabel()
        self.find_picture.setObjectName("basicsPointerWanted")
        self.find_picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.find_words = set_role(QLabel(), "subtitle")
        self.find_words.setObjectName("basicsPointerWords")
        self.find_words.setWordWrap(True)
        top = QHBoxLayout()
        top.addStretch()
        top.addWidget(self.find_words)
        top.addWidget(self.find_picture)
        top.addStretch()
        grid = QGridLayout()
        grid.setSpacing(10)
        self.areas = [PointerArea(n) for n in range(len(POINTER_SHAPES))]
        for number, area in enumerate(self.areas):
            grid.addWidget(area, number // 2, number % 2)
            area.chosen.connect(lambda shape: self._act(Act("pointer", shape)))
        column = QVBoxLayout(self.pointer_panel)
        column.setContentsMargins(8, 4, 8, 8)
        column.addLayout(top)
        column.addLayout(grid, 1)

    # -- looks and words ----------------------------------------------------------------
    def apply_theme(self) -> None:
        # Large boxes to tick and circles to choose: a first mouse is not precise.
        side = max(22, round(QApplication.font().pointSizeF() * 2))
        set_style_sheet(self.form_widget,
                        f"QCheckBox::indicator, QRadioButton::indicator {{ width: {side}px;"
                        f" height: {side}px; }}")
        mark = colour("focus").name()
        for (control, name), row in self.rows.items():
            current = self._current_row() == (control, name)
            set_style_sheet(row, f"QFrame#{row.objectName()} {{ border: 3px dashed {mark};"
                                 " border-radius: 8px; }" if current else "")
        for area in self.areas:
            area.update()

    def retranslate(self) -> None:
        self.practice.setAccessibleName(self.tr("Practice form"))
        self.menu_bar.setAccessibleName(self.tr("Menu bar"))
        self.find_words.setText(self.tr("Click where the pointer looks like this:"))
        for label, words in self.text_labels.items():
            if not label:
                words.setText(self.tr("Your name"))
                self.text_boxes[label].setAccessibleName(words.text())
        self._line_up_labels()
        for label, check in self.check_boxes.items():
            check.setText(label or self.tr("I agree"))
            check.setAccessibleName(check.text())
        for combo in self.lists.values():
            combo.setAccessibleName(self.tr("Drop-down list"))
        for number, area in enumerate(self.areas):
            area.setAccessibleName(self.tr("Area {number}").format(number=number + 1))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_dialog()

    def _place_dialog(self) -> None:
        outer = self.practice.rect()
        hint = self.dialog.sizeHint()
        width = min(outer.width() - 20, max(hint.width(), 360, outer.width() // 2))
        height = min(outer.height() - 20, max(self.dialog.heightForWidth(width), hint.height()))
        self.dialog.setGeometry((outer.width() - width) // 2, (outer.height() - height) // 2,
                                width, height)

    # -- the step -----------------------------------------------------------------------
    def _current_row(self) -> tuple[str, str] | None:
        step = self.work.step
        if step is None or self.shown_index != self.work.index:
            return None
        if step.do in ("text", "check"):
            return step.do, step.target
        if step.do in ("radio", "list"):
            return step.do, group(step.choices)
        return None

    def show_step(self) -> None:
        """Set up the screen for ``work.step`` (once per step)."""
        step = self.work.step
        if step is None or self.shown_index == self.work.index:
            return
        self.shown_index = self.work.index
        self.form_widget.setEnabled(True)
        self.menu_bar.setEnabled(True)
        self.dialog.hide()
        if step.do == "pointer":
            self.stack.setCurrentWidget(self.pointer_panel)
            for area, shape in zip(self.areas, controls.pointer_areas(self.work.index),
                                   strict=True):
                area.set_shape(shape)
            self.find_picture.setPixmap(shape_icon(step.target).pixmap(QSize(56, 56)))
            self.find_picture.setAccessibleName(step.target)
            self.pointer_panel.setFocus()  # no area looks chosen before the learner acts
        else:
            self.stack.setCurrentWidget(self.form_area)
        if step.do == "dialog":
            self.form_widget.setEnabled(False)
            self.menu_bar.setEnabled(False)
            self._place_dialog()
            self.dialog.ask(step.target)
        elif step.do == "check":
            check = self.check_boxes[step.target]
            if check.isChecked() == (step.value == "on"):  # the step asks for a change
                check.setChecked(step.value != "on")
        elif step.do == "list":
            self.lists[group(step.choices)].setCurrentIndex(0)
        elif step.do == "radio":
            buttons = self.radio_groups[group(step.choices)]
            wanted = buttons.button(step.choices.index(step.value))
            if wanted is not None and wanted.isChecked():
                buttons.setExclusive(False)
                wanted.setChecked(False)
                buttons.setExclusive(True)
        elif step.do == "text":
            box = self.text_boxes[step.target]
            box.clear()
            self._settled[step.target] = ""
        # The room gives the page the keyboard: the text box of a text step takes it.
        if step.do == "text":
            self.setFocusProxy(self.text_boxes[step.target])
            self.text_boxes[step.target].setFocus()
        else:
            self.setFocusProxy(None)  # type: ignore[arg-type]  # (PySide's stubs lack None)
        row = self._current_row()
        if row is not None and row in self.rows:
            self.form_area.ensureWidgetVisible(self.rows[row])
        self.apply_theme()

    # -- what the learner does ----------------------------------------------------------
    def _left_text_box(self, name: str) -> None:
        text = self.text_boxes[name].text()
        if self._settled.get(name, "") == text:
            return  # left as it was: nothing to judge
        self._act(Act("text", name, text, left=True))

    def _act(self, act: Act) -> None:
        step = self.work.step
        if step is None or self.shown_index != self.work.index:
            return
        result = controls.outcome(step, act)
        if not result:
            return
        now = self.clock()
        if act.control == "text":
            self._settled[act.name] = act.value
        if result == "done":
            self.work.done(now)
            if act.control == "dialog":
                self.dialog.hide()
            self.apply_theme()
            QTimer.singleShot(self.pause_ms, self.show_step)
        else:
            self.work.slip(now, self._slip_words(act))
        self.progressed.emit()

    @staticmethod
    def _slip_words(act: Act) -> str:
        """A short English note for the trainer."""
        what = {"button": "clicked", "check": "set", "radio": "chose", "list": "chose",
                "text": "wrote in", "dialog": "answered", "menu": "chose",
                "pointer": "clicked the area of"}[act.control]
        return " ".join(part for part in (what, act.name, act.value) if part)[:80]
