"""The practice screen of a ``keys`` exercise: a large text box (two for a ``tab`` step),
a picture of the learner's own keyboard with the next key lit, and a Caps Lock light.

The rules are in :mod:`tutor.skills.basics.keys`; this page hands them each key (its name,
what it typed, the box before and after) and tells the work (``work.done`` /
``work.slip``), then emits ``progressed``.
"""

from __future__ import annotations

import html
import sys
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QInputMethodEvent,
    QKeyEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPolygonF,
    QShowEvent,
    QTextOption,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from tutor.skills.basics import keys
from tutor.skills.basics.engine import StepsWork
from tutor.skills.basics.keys import Box, Cap, Hint, Keys, Press
from tutor.skills.basics.model import BasicsExercise
from tutor.skills.typing.layouts import SHIFT_LEFT, SHIFT_RIGHT, Layout
from tutor.ui.retranslate import Retranslating
from tutor.ui.style import Themed, colour, set_role, set_style_sheet

# Qt's keys by the names of keys.KEY_NAMES.
QT_KEYS: dict[Qt.Key, str] = {
    Qt.Key.Key_Return: "Enter", Qt.Key.Key_Enter: "Enter", Qt.Key.Key_Space: "Space",
    Qt.Key.Key_Backspace: "Backspace", Qt.Key.Key_Delete: "Delete",
    Qt.Key.Key_Shift: "Shift", Qt.Key.Key_CapsLock: "CapsLock", Qt.Key.Key_Tab: "Tab",
    Qt.Key.Key_Backtab: "Tab", Qt.Key.Key_Left: "Left", Qt.Key.Key_Right: "Right",
    Qt.Key.Key_Up: "Up", Qt.Key.Key_Down: "Down", Qt.Key.Key_Escape: "Escape",
    Qt.Key.Key_Control: "Control", Qt.Key.Key_Alt: "Alt", Qt.Key.Key_AltGr: "AltGr",
    Qt.Key.Key_Meta: "Meta",
}
LARGEST_POINTS = 24.0  # the large words of the page, in extra-large text too
PAUSE_MS = 700  # a done step stays on the screen this long before the next one


def ink_on(fill: QColor) -> QColor:
    """The theme's strong text or its background, whichever stands out on ``fill``."""
    strong, paper = colour("heading"), colour("background")
    if abs(strong.lightnessF() - fill.lightnessF()) >= abs(paper.lightnessF() - fill.lightnessF()):
        return strong
    return paper


def larger(factor: float) -> str:
    """A style sheet's font size ``factor`` times the learner's text size (a widget's
    own style sheet wins over the application's for it)."""
    points = QApplication.font().pointSizeF()
    return f"{max(points, min(points * factor, LARGEST_POINTS)):.1f}pt"


def native_caps_lock(event: QKeyEvent) -> bool | None:
    """Caps Lock's state as the system gives it with a key (X11 and Windows), or None."""
    platform = QApplication.platformName()
    native = event.nativeModifiers()
    if platform == "xcb":
        return bool(native & 0x2)  # X11's LockMask
    if platform == "windows":
        return bool(native & 0x100)  # Qt's flag for Caps Lock in a Windows key event
    return None


def system_caps_lock() -> bool | None:
    """Caps Lock's state now, where the system can be asked without a key (Windows)."""
    if sys.platform == "win32":
        import ctypes

        return bool(ctypes.windll.user32.GetKeyState(0x14) & 1)
    return None


class KeyboardPicture(QWidget):
    """The learner's keyboard, drawn whole: the keys of a step lit in the focus colour
    (the key, and Shift or AltGr held with it), the Caps Lock key's light on or off.
    A keyboard is a thing on the desk: it never mirrors, even in Arabic."""

    def __init__(self, layout: Layout, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("basicsKeyboard")
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.lit = Keys()
        self.caps_on = False
        self.set_layout(layout)
        self.setMinimumSize(QSize(240, 80))

    def set_layout(self, layout: Layout) -> None:
        self.own_caps = keys.keyboard(layout)
        self._pick_caps()

    def _pick_caps(self) -> None:
        """The learner's keyboard, or the layout it is switched to for a key of another
        (an Arabic keyboard switched to English for a Latin letter)."""
        other = self.lit.other_layout
        self.caps = keys.keyboard(keys.learner_layout(other)) if other else self.own_caps
        self.size_ = keys.keyboard_size(self.caps)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(720, 276)

    def show_keys(self, lit: Keys, caps_on: bool) -> None:
        """Light ``lit``; a key of the other layout (an Arabic keyboard's Latin letters)
        shows that layout's picture, as the keyboard is once switched."""
        if (lit, caps_on) != (self.lit, self.caps_on):
            self.lit, self.caps_on = lit, caps_on
            self._pick_caps()

    def unit(self) -> float:
        return min((self.width() - 4) / self.size_[0], (self.height() - 4) / self.size_[1], 60.0)

    def cap_rect(self, cap: Cap) -> QRectF:
        unit = self.unit()
        x0 = (self.width() - unit * self.size_[0]) / 2
        y0 = (self.height() - unit * self.size_[1]) / 2
        return QRectF(x0 + cap.x * unit, y0 + cap.y * unit, cap.w * unit, cap.h * unit)

    def _words(self) -> dict[str, str]:
        return {"Escape": self.tr("Esc"), "Delete": self.tr("Del"), "Control": self.tr("Ctrl"),
                "Alt": self.tr("Alt"), "AltGr": self.tr("Alt Gr")}

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # Left to right, whatever the application: else "(" is drawn as ")" in Arabic.
        painter.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        unit = self.unit()
        gap = max(1.0, unit * 0.07)
        font = QFont(self.font())
        font.setPixelSize(max(8, int(unit * 0.4)))
        small = QFont(font)
        small.setPixelSize(max(7, int(unit * 0.26)))
        plain, lit, edge = colour("surface_alt"), colour("focus"), colour("muted")
        lit_names = self.lit.all
        words = self._words()
        for cap in self.caps:
            rect = self.cap_rect(cap)
            path = QPainterPath()
            path.addRoundedRect(rect.adjusted(gap, gap, -gap, -gap), unit * 0.1, unit * 0.1)
            if cap.second:
                x, y, w, h = cap.second
                other = QRectF(rect.x() + (x - cap.x) * unit, rect.y() + (y - cap.y) * unit,
                               w * unit, h * unit)
                # The two parts of an L-shaped Enter overlap by the gap: one key.
                joined = QPainterPath()
                joined.addRoundedRect(other.adjusted(gap, -gap * 3, -gap, -gap),
                                      unit * 0.1, unit * 0.1)
                path = path.united(joined)
            on = cap.name in lit_names
            fill = lit if on else plain
            painter.setPen(QPen(colour("heading") if on else edge, 3 if on else 1))
            painter.setBrush(fill)
            painter.drawPath(path)
            ink = ink_on(fill)
            inner = rect.adjusted(gap * 2, gap, -gap * 2, -gap)
            if self._draw_symbol(painter, cap, inner, ink, unit):
                continue
            painter.setPen(ink)
            if cap.name in words or cap.name.startswith("F"):
                painter.setFont(small)
                painter.drawText(inner, Qt.AlignmentFlag.AlignCenter,
                                 words.get(cap.name, cap.label))
                continue
            painter.setFont(font)
            painter.drawText(inner, Qt.AlignmentFlag.AlignCenter, cap.label)
            painter.setFont(small)
            if cap.corner:
                painter.drawText(inner, Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignLeft
                                 | Qt.AlignmentFlag.AlignTop,
                                 cap.corner)
            if cap.altgr:
                painter.drawText(inner, Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignRight
                                 | Qt.AlignmentFlag.AlignBottom, cap.altgr)
        painter.end()

    def _draw_symbol(self, painter: QPainter, cap: Cap, rect: QRectF, ink: QColor,
                     unit: float) -> bool:
        """Draws the symbol of a key that has one (drawn, not a font's character, so it
        shows whatever fonts the PC has); False for a key printed with letters."""
        name = cap.name
        pen = QPen(ink, max(1.5, unit * 0.07))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        s = unit * 0.22  # the size of a symbol's parts
        c = rect.center()
        if name in ("Left", "Right", "Up", "Down"):
            t = min(rect.width(), rect.height()) * 0.28
            points = {"Left": [(-t, 0), (t, -t), (t, t)], "Right": [(t, 0), (-t, -t), (-t, t)],
                      "Up": [(0, -t), (-t, t), (t, t)], "Down": [(0, t), (-t, -t), (t, -t)]}
            painter.setBrush(ink)
            painter.drawPolygon(QPolygonF([QPointF(c.x() + x, c.y() + y)
                                           for x, y in points[name]]))
            return True
        if name == "Backspace":  # a long arrow to the left
            left, right = c.x() - s * 2.2, c.x() + s * 2.2
            painter.drawLine(QPointF(left, c.y()), QPointF(right, c.y()))
            painter.drawPolyline(QPolygonF([QPointF(left + s, c.y() - s), QPointF(left, c.y()),
                                            QPointF(left + s, c.y() + s)]))
            return True
        if name == "Enter":  # down, then left: ↵
            x = rect.right() - s * 1.5
            top = rect.top() + rect.height() * 0.3
            bottom = top + s * 1.8
            left = x - s * 3
            painter.drawPolyline(QPolygonF([QPointF(x, top), QPointF(x, bottom),
                                            QPointF(left, bottom)]))
            painter.drawPolyline(QPolygonF([QPointF(left + s, bottom - s), QPointF(left, bottom),
                                            QPointF(left + s, bottom + s)]))
            return True
        if name == "Tab":  # an arrow to a bar: ⇥
            left, right = rect.left() + s, rect.left() + s * 4
            painter.drawLine(QPointF(left, c.y()), QPointF(right, c.y()))
            painter.drawPolyline(QPolygonF([QPointF(right - s, c.y() - s), QPointF(right, c.y()),
                                            QPointF(right - s, c.y() + s)]))
            painter.drawLine(QPointF(right + s * 0.4, c.y() - s * 1.2),
                             QPointF(right + s * 0.4, c.y() + s * 1.2))
            return True
        if name in (SHIFT_LEFT, SHIFT_RIGHT, "CapsLock"):  # a hollow arrow up: ⇧ (⇪)
            x = rect.left() + s * 2.2 if name != SHIFT_RIGHT else c.x()
            y = c.y() - s * 0.3 if name == "CapsLock" else c.y()
            arrow = QPolygonF([QPointF(x, y - s * 1.4), QPointF(x + s * 1.3, y),
                               QPointF(x + s * 0.6, y), QPointF(x + s * 0.6, y + s * 1.1),
                               QPointF(x - s * 0.6, y + s * 1.1), QPointF(x - s * 0.6, y),
                               QPointF(x - s * 1.3, y)])
            painter.drawPolygon(arrow)
            if name == "CapsLock":
                painter.drawLine(QPointF(x - s * 0.6, y + s * 1.7),
                                 QPointF(x + s * 0.6, y + s * 1.7))
                # The key's light, as real keyboards have: lit while Caps Lock is on.
                light = QRectF(rect.right() - s * 1.6, rect.top() + s * 0.4, s, s)
                painter.setPen(QPen(ink, 1))
                painter.setBrush(colour("good") if self.caps_on else Qt.BrushStyle.NoBrush)
                painter.drawEllipse(light)
            return True
        if name == "Meta":  # four panes
            side = s * 0.7
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(ink)
            for dx in (-1, 0.15):
                for dy in (-1, 0.15):
                    painter.drawRect(QRectF(c.x() + dx * side, c.y() + dy * side,
                                            side * 0.85, side * 0.85))
            return True
        return name == "SPCE"


class CapsLockLight(Themed, Retranslating, QFrame):
    """Whether Caps Lock is on, for one who cannot read: a light, and the letter the
    keys now make ("A" on, "a" off)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("basicsCapsLock")
        self.on = False
        self.light = QLabel()
        self.light.setObjectName("basicsCapsLockLight")
        self.light.setFixedSize(QSize(26, 26))
        self.letter = QLabel()
        self.letter.setObjectName("basicsCapsLockLetter")
        self.letter.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.words = set_role(QLabel(), "hint")
        self.words.setObjectName("basicsCapsLockWords")
        self.words.setWordWrap(True)
        row = QHBoxLayout(self)  # one row: it fits beside a small keyboard
        row.setContentsMargins(4, 2, 4, 2)
        row.setSpacing(8)
        row.addWidget(self.light)
        row.addWidget(self.letter)
        row.addWidget(self.words, 1)
        self.set_on(False)

    def set_on(self, on: bool) -> None:
        self.on = on
        self.letter.setText("A" if on else "a")
        self.retranslate()
        self.apply_theme()

    def retranslate(self) -> None:
        self.words.setText(self.tr("Caps Lock on") if self.on else self.tr("Caps Lock off"))
        self.setAccessibleName(self.words.text())

    def apply_theme(self) -> None:
        fill = colour("good").name() if self.on else "transparent"
        set_style_sheet(self.light, f"background: {fill}; border: 3px solid "
                                    f"{colour('heading').name()}; border-radius: 13px;")
        set_style_sheet(self.letter, f"font-size: {larger(1.6)}; font-weight: 700;")


class PracticeBox(Themed, QPlainTextEdit):
    """A large text box that tells, for each key, its name, what it typed and the text
    and cursor before and after (``pressed``). It keeps every key, Tab and Escape too:
    the exercise is about keys."""

    pressed = Signal(object, bool, object)  # a keys.Press, Shift held, Caps Lock or None
    tab_pressed = Signal()

    def __init__(self, index: int, lines: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index = index
        self.lines = lines
        self.setTabChangesFocus(False)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.apply_theme()

    def apply_theme(self) -> None:
        set_style_sheet(self, f"QPlainTextEdit {{ font-size: {larger(1.8)}; }}")
        self._fit_height()

    def _fit_height(self) -> None:
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff if self.lines == 1
                                        else Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap if self.lines == 1
                             else QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.ensurePolished()
        line = QFontMetricsF(self.font()).lineSpacing()
        frame = self.frameWidth() * 2 + self.contentsMargins().top() * 2 + 14
        self.setFixedHeight(int(line * self.lines + frame))

    def set_direction(self, direction: Qt.LayoutDirection) -> None:
        """Right to left for Arabic text: the empty box's cursor on the right too."""
        self.setLayoutDirection(direction)
        option = self.document().defaultTextOption()
        option.setTextDirection(direction)
        rtl = direction == Qt.LayoutDirection.RightToLeft
        option.setAlignment(Qt.AlignmentFlag.AlignAbsolute | (
            Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft))
        self.document().setDefaultTextOption(option)

    def box(self) -> Box:
        return Box(self.toPlainText(), self.textCursor().position())

    def set_box(self, text: str, cursor: int) -> None:
        self.setPlainText(text)
        moved = self.textCursor()
        moved.setPosition(max(0, min(cursor, len(text))))
        self.setTextCursor(moved)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        name = QT_KEYS.get(Qt.Key(event.key()), "")
        before = self.box()
        if name == "Tab" or name == "Escape" or self.isReadOnly():
            event.accept()  # Tab goes to the next box (the page decides); Escape stays
        elif name == "Enter" and self.lines == 1:
            event.accept()  # a one-line box takes no new line
        else:
            super().keyPressEvent(event)
        event.accept()
        if self.isReadOnly():
            return
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        typed = event.text() if not name or name == "Enter" else ""
        self.pressed.emit(Press(name, typed, before, self.box(), self.index), shift,
                          native_caps_lock(event))
        if name == "Tab":
            self.tab_pressed.emit()

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:
        before = self.box()
        super().inputMethodEvent(event)
        if event.commitString() and not self.isReadOnly():
            self.pressed.emit(Press("", event.commitString(), before, self.box(), self.index),
                              False, None)

    def focusNextPrevChild(self, next: bool) -> bool:
        return False  # Tab is a key of the exercise



class KeysPage(Themed, Retranslating, QWidget):
    """A ``keys`` exercise's practice screen (see the module's docstring)."""

    progressed = Signal()

    def __init__(self, exercise: BasicsExercise, work: StepsWork, clock: Callable[[], float],
                 parent: QWidget | None = None, *, keyboard_layout: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("basicsKeysPage")
        self.exercise = exercise
        self.work = work
        self.clock = clock
        # The learner's layout: given, or found once the page is in the room (its host's
        # learner); the US one until then.
        self.layout_given = keyboard_layout is not None
        self.layout_ = keys.learner_layout(keyboard_layout or keys.FALLBACK_LAYOUT)
        self.pause_ms = PAUSE_MS
        self.shown_index = -1  # the step set up on the screen
        self.focus = 0  # which box has the keyboard
        self.caps_on = bool(system_caps_lock())

        self.wanted = QLabel()
        self.wanted.setObjectName("basicsKeysWanted")
        self.wanted.setTextFormat(Qt.TextFormat.RichText)
        self.wanted.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.wanted.setWordWrap(True)
        self.wanted.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.boxes = [PracticeBox(0, 2), PracticeBox(1, 1)]
        self.box_marks = [QLabel("1"), QLabel("2")]
        for number, (box, mark) in enumerate(zip(self.boxes, self.box_marks, strict=True)):
            box.setObjectName(f"basicsKeysBox{number + 1}")
            mark.setObjectName(f"basicsKeysBoxMark{number + 1}")
            box.pressed.connect(self._pressed)
            box.tab_pressed.connect(self._tab)
        self.keyboard = KeyboardPicture(self.layout_)
        self.caps_light = CapsLockLight()
        self.next_words = QLabel()
        self.next_words.setObjectName("basicsKeysNext")
        self.next_words.setWordWrap(True)
        self.next_words.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.switch_words = set_role(QLabel(), "hint")
        self.switch_words.setObjectName("basicsKeysSwitchLayout")
        self.switch_words.setWordWrap(True)
        self.switch_words.hide()

        boxes = QGridLayout()
        boxes.setContentsMargins(0, 0, 0, 0)
        for row, (box, mark) in enumerate(zip(self.boxes, self.box_marks, strict=True)):
            boxes.addWidget(mark, row, 0)
            boxes.addWidget(box, row, 1)
        boxes.setColumnStretch(1, 1)
        # The keyboard takes what is left; the Caps Lock light and a note beside it.
        below = QHBoxLayout()
        below.addWidget(self.keyboard, 1)
        side = QVBoxLayout()
        side.addWidget(self.next_words)
        side.addWidget(self.caps_light)
        side.addStretch()
        self.side = QWidget()
        self.side.setObjectName("basicsKeysSide")
        self.side.setLayout(side)
        self.side.setMaximumWidth(260)
        below.addWidget(self.side)
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 4, 8, 4)
        column.setSpacing(6)
        column.addWidget(self.wanted)
        column.addLayout(boxes)
        column.addWidget(self.switch_words)  # seldom: a Latin letter on an Arabic keyboard
        column.addLayout(below, 1)
        self.retranslate()
        self.apply_theme()
        self.show_step()

    def apply_theme(self) -> None:
        if self.shown_index >= 0:
            self._show_wanted()  # its colours are the theme's
        sheet = f"font-size: {larger(1.8)}; font-weight: 700;"
        for label in (self.wanted, *self.box_marks):
            set_style_sheet(label, sheet)
        set_style_sheet(self.next_words, f"font-size: {larger(1.3)}; font-weight: 600;")

    # -- the step -----------------------------------------------------------------------
    def _find_learner_layout(self) -> None:
        """The keyboard layout of the learner whose room holds this page (the room's
        ``host.learner``), when none was given."""
        if self.layout_given:
            return
        widget = self.parentWidget()
        while widget is not None:
            learner = getattr(getattr(widget, "host", None), "learner", None)
            layout_id = getattr(learner, "keyboard_layout", None)
            if isinstance(layout_id, str):
                self.layout_given = True
                if layout_id != self.layout_.id:
                    self.set_keyboard_layout(layout_id)
                return
            widget = widget.parentWidget()

    def set_keyboard_layout(self, layout_id: str) -> None:
        """Draw and light the keys of ``layout_id``'s keyboard."""
        self.layout_given = True
        self.layout_ = keys.learner_layout(layout_id)
        self.keyboard.set_layout(self.layout_)
        if self.shown_index >= 0:
            self._refresh()

    def showEvent(self, event: QShowEvent) -> None:
        self._find_learner_layout()
        super().showEvent(event)

    def show_step(self) -> None:
        """Set up the boxes for ``work.step`` (once per step: called again, it keeps
        what the learner did)."""
        self._find_learner_layout()
        step = self.work.step
        if step is None or self.shown_index == self.work.index:
            return
        self.shown_index = self.work.index
        two = step.do == "tab"
        first, second = self.boxes
        # The direction first: a box lays its text out as it is set.
        rtl = keys.is_right_to_left(step.text or step.start)
        for box in self.boxes:
            box.setReadOnly(False)
            box.set_direction(Qt.LayoutDirection.RightToLeft if rtl
                              else Qt.LayoutDirection.LeftToRight)
        first.set_box(keys.first_text(step), keys.first_cursor(step))
        second.set_box("", 0)
        second.setVisible(two)
        for mark in self.box_marks:
            mark.setVisible(two)
        first.lines = 2 if step.do == "press" else 1  # Enter makes a new line to see
        first._fit_height()
        self.wanted.setVisible(step.do != "press")
        self.focus = 0
        self.setFocusProxy(first)  # the room gives the page the keyboard: the box takes it
        first.setFocus()
        self._refresh()

    def retranslate(self) -> None:
        self.boxes[0].setAccessibleName(self.tr("Practice box"))
        self.boxes[1].setAccessibleName(self.tr("Second box"))
        self.keyboard.setAccessibleName(self.tr("Your keyboard"))
        self.wanted.setAccessibleName(self.tr("Text to type"))
        self.switch_words.setText(self.tr(
            "This letter is in the keyboard's other language: switch it with Alt + Shift."))
        if self.shown_index >= 0:
            self._refresh()

    def _hint(self) -> Hint | None:
        step = self.work.step
        if step is None:
            return None
        return keys.next_key(step, self.boxes[self.focus].box(), self.focus, self.caps_on)

    def _show_wanted(self) -> None:
        """The text to type: what is typed right so far in the colour of right answers,
        the next letter underlined, in the colour of the keyboard's lit keys."""
        step = self.work.step
        if step is None:
            return
        wanted = step.text
        done = 0
        if step.do in ("type", "tab") and not (step.do == "tab" and self.focus == 0):
            typed = self.boxes[self.focus].toPlainText()
            while done < min(len(typed), len(wanted)) and typed[done] == wanted[done]:
                done += 1
        direction = "rtl" if keys.is_right_to_left(wanted) else "ltr"

        def part(text: str) -> str:
            return html.escape(text).replace(" ", "&nbsp;")

        parts = []
        if done:
            parts.append(f'<span style="color:{colour("good").name()}">{part(wanted[:done])}</span>')
        if done < len(wanted) and step.do != "correct":
            parts.append(f'<span style="color:{colour("focus").name()}; text-decoration:'
                         f' underline">{part(wanted[done])}</span>{part(wanted[done + 1:])}')
        elif done < len(wanted):
            parts.append(part(wanted[done:]))
        self.wanted.setText(f'<div dir="{direction}">{"".join(parts)}</div>')

    def _refresh(self) -> None:
        self._show_wanted()
        hint = self._hint()
        lit = keys.keys_for(self.layout_, hint, self.caps_on)
        self.keyboard.show_keys(lit, self.caps_on)
        self.caps_light.set_on(self.caps_on)
        self.next_words.setText(self._say_keys(hint, lit))
        self.switch_words.setVisible(bool(lit.other_layout))

    def _say_keys(self, hint: Hint | None, lit: Keys) -> str:
        """The keys to press, in short words: "Shift + 1", "Alt Gr + à"."""
        if hint is None:
            return ""
        names = {"Enter": self.tr("Enter"), "Space": self.tr("Space"),
                 "Backspace": self.tr("Backspace"), "Delete": self.tr("Delete"),
                 "Shift": self.tr("Shift"), "CapsLock": self.tr("Caps Lock"),
                 "Tab": self.tr("Tab"), "Left": "←", "Right": "→", "Up": "↑", "Down": "↓",
                 "Escape": self.tr("Escape"), "AltGr": self.tr("Alt Gr")}
        if hint.key:
            return names.get(hint.key, hint.key)
        parts = [names["Shift"] if m in (SHIFT_LEFT, SHIFT_RIGHT) else names["AltGr"]
                 for m in dict.fromkeys(lit.modifiers)]
        labels = {cap.name: cap.label for cap in self.keyboard.caps}
        printed = [labels.get(name, "") for name in lit.keys]
        parts += [label for label in printed if label]
        if not printed or any(label.lower() == hint.char.lower() for label in printed):
            return "\u200e" + " + ".join(parts[:-1] + [hint.char]) if parts else hint.char
        # The key's own letter first, then what it makes: "Alt Gr + à = @".
        return "\u200e" + " + ".join(parts) + " = " + hint.char

    # -- input --------------------------------------------------------------------------
    def _pressed(self, press: Press, shift: bool, native_caps: bool | None) -> None:
        step = self.work.step
        if step is None or self.shown_index != self.work.index:
            return
        if native_caps is not None and press.key != "CapsLock":
            self.caps_on = native_caps  # the system knows (its state with this key)
        else:
            self.caps_on = keys.caps_lock_after(self.caps_on, press.key, press.typed, shift)
        result = keys.outcome(step, press)
        now = self.clock()
        if result == keys.DONE:
            self.work.done(now)
            for each in self.boxes:
                each.setReadOnly(True)
            self.keyboard.show_keys(Keys(), self.caps_on)
            self.caps_light.set_on(self.caps_on)
            self.next_words.setText("")
            QTimer.singleShot(self.pause_ms, self.show_step)
        else:
            if result == keys.SLIP:
                self.work.slip(now, self._slip_words(press))
            self._refresh()
        if result:
            self.progressed.emit()

    def _slip_words(self, press: Press) -> str:
        """A short English note for the trainer: what the learner pressed."""
        if press.key:
            return f"pressed {press.key}"
        return f"typed {press.typed!r}"

    def _tab(self) -> None:
        step = self.work.step
        if step is not None and step.do == "tab" and self.focus == 0 \
                and self.shown_index == self.work.index:
            self.focus = 1
            self.setFocusProxy(self.boxes[1])
            self.boxes[1].setFocus()
            self._refresh()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """A key while no box has the keyboard (a click elsewhere): given to the box."""
        box = self.boxes[self.focus]
        box.setFocus()
        box.keyPressEvent(event)
