"""The typing screen's widgets: the on-screen keyboard, the text, and the screen that
takes the learner's keys (including dead keys and input methods) to the engine."""

from __future__ import annotations

import html
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QColor,
    QFont,
    QFontInfo,
    QInputMethodEvent,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
    QResizeEvent,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from tutor import cues
from tutor.i18n.qt import translated
from tutor.skills.typing.engine import Outcome, TypingSession
from tutor.skills.typing.layout_guess import LayoutGuess
from tutor.skills.typing.layouts import (
    FINGER_NAMES,
    SHIFT_LEFT,
    SHIFT_RIGHT,
    Key,
    Layout,
    Stroke,
    keycap,
)
from tutor.skills.typing.typed_text import (
    CONTEXT,
    KEY_NAMES,
    Kind,
    line_of,
    runs,
    unfold_presentation_forms,
    wrap_positions,
    wrong_key_note,
)
from tutor.ui.instruction import InstructionBar
from tutor.ui.style import Themed, colour, palette, set_role, set_style_sheet


def _ink(fill: QColor) -> QColor:
    """The theme's strong text colour, or its background colour when that stands out
    better on ``fill`` (dark letters on the light finger colours in high contrast)."""
    strong, paper = colour("heading"), colour("background")

    def contrast(a: QColor, b: QColor) -> float:
        return abs(a.lightnessF() - b.lightnessF())

    return strong if contrast(strong, fill) >= contrast(paper, fill) else paper


def _heat(errors: int, most: int) -> QColor:
    """A key that caused ``errors``: darker with more errors; a light shade of the bad
    colour on a light theme, the bad colour itself on a dark one (where its shade is
    hardly told from the background)."""
    light_theme = colour("background").lightnessF() > 0.5
    base = colour("bad_background") if light_theme else colour("bad")
    return base.darker(100 + int(60 * errors / most))


class KeyboardWidget(QWidget):
    """Draws a layout: keys coloured by finger, the next key and Shift outlined, the
    home-row bumps; or, in heat-map mode, each key by how many errors it caused."""

    def __init__(self, layout: Layout, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("typingKeyboard")
        self.layout_ = layout
        self.next_strokes: tuple[Stroke, ...] = ()
        self.wrong = ""  # a wrong key typed where the lesson stopped: the due key is pointed at
        self.heat: dict[str, int] = {}  # character -> errors (heat-map mode)
        self.heat_mode = False
        # A keyboard is a physical thing: it never mirrors, even in Arabic.
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(self.SMALLEST)

    SMALLEST = QSize(320, 104)
    LARGEST_UNIT = 64.0  # pixels: a key's largest size

    def sizeHint(self) -> QSize:
        return QSize(760, 260)

    def show_next(self, strokes: tuple[Stroke, ...], wrong: str = "") -> None:
        if strokes != self.next_strokes or wrong != self.wrong:
            self.next_strokes = strokes
            self.wrong = wrong
            self.update()

    def unit(self) -> float:
        """The size of a key, in pixels: the same for every layout of the main block
        (15.5 keys wide, 5.2 rows high), the keypad's own size for the keypad."""
        columns = max(k.column + k.width for k in self.layout_.keys) + 0.5
        rows = max(k.row for k in self.layout_.keys) + 1.2
        columns = 15.5 if columns > 8 else max(columns, 8.0)
        rows = max(rows, 5.2)
        return min(self.width() / columns, self.height() / rows, self.LARGEST_UNIT)

    def show_heat(self, errors_by_char: dict[str, int]) -> None:
        self.heat_mode = True
        self.heat = dict(errors_by_char)
        self.update()

    def _key_errors(self, key: Key) -> int:
        return sum(n for c, n in self.heat.items() if c and self._key_types(key, c))

    def _key_types(self, key: Key, char: str) -> bool:
        strokes = self.layout_.strokes_for(char)
        return any(s.key.pos == key.pos for s in strokes)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # A keyboard does not mirror: in an Arabic window, "(" stays "(" on its key (a
        # right-to-left painter drew it as ")" and moved the Shift signs' corner).
        painter.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        columns = max(k.column + k.width for k in self.layout_.keys) + 0.5
        unit = self.unit()
        x0 = (self.width() - unit * columns) / 2
        gap = unit * 0.08
        font = QFont(self.font())
        font.setPixelSize(max(9, int(unit * 0.38)))
        painter.setFont(font)
        small = QFont(font)
        small.setPixelSize(max(7, int(unit * 0.24)))
        next_positions = {s.key.pos for s in self.next_strokes}
        shift_needed = {s.shift_key for s in self.next_strokes if s.shift}
        # After a wrong key: the key due is filled in the focus colour, the key pressed
        # instead outlined in the error colour, dashed.
        pointing = bool(self.wrong) and not self.heat_mode
        pressed = {s.key.pos for s in self.layout_.strokes_for(self.wrong)} if pointing else set()
        most = max([self._key_errors(k) for k in self.layout_.keys] + [1])
        # One colour per finger, told apart by lightness as well as hue; the finger's
        # name is always written too, so colour is never the only clue.
        fingers, plain = palette().fingers, colour("header")
        next_key, edge = colour("focus"), colour("muted")
        for key in self.layout_.keys:
            rect = QRectF(x0 + key.column * unit + gap, key.row * unit + gap,
                          key.width * unit - 2 * gap, unit - 2 * gap)
            if self.heat_mode:
                errors = self._key_errors(key)
                fill = _heat(errors, most) if errors else colour("background")
            else:
                fill = QColor(fingers[key.finger]) if key.finger in fingers else plain
            target = (key.pos in next_positions or key.pos in shift_needed) and not self.heat_mode
            if target and pointing:
                fill = next_key
            if key.pos in pressed and not target:
                pen = QPen(colour("bad"), 3, Qt.PenStyle.DashLine)
            else:
                pen = QPen(next_key if target else edge, (6 if pointing else 4) if target else 1)
            painter.setPen(pen)
            painter.setBrush(fill)
            painter.drawRoundedRect(rect, unit * 0.12, unit * 0.12)
            if target and pointing:
                self._draw_pointer(painter, rect, unit)
            painter.setPen(_ink(fill))
            label, corner = keycap(key)
            painter.setFont(small if key.pos in (SHIFT_LEFT, SHIFT_RIGHT, "NMLK") else font)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)
            if corner:
                painter.setFont(small)
                painter.drawText(rect.adjusted(unit * 0.1, unit * 0.02, 0, 0),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, corner)
            if self.heat_mode and self._key_errors(key):
                painter.setFont(small)
                painter.drawText(rect.adjusted(0, 0, -4, -2),
                                 Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                                 str(self._key_errors(key)))
            if key.base and key.base in self.layout_.bumps:
                y = rect.bottom() - unit * 0.18
                painter.drawLine(int(rect.center().x() - unit * 0.12), int(y),
                                 int(rect.center().x() + unit * 0.12), int(y))
        # The two Shift keys, on the bottom row's ends, unless the layout file has them.
        if any(k.pos in (SHIFT_LEFT, SHIFT_RIGHT) for k in self.layout_.keys) or \
                not any(k.shift for k in self.layout_.keys):  # e.g. the numeric keypad
            painter.end()
            return
        bottom = max(k.row for k in self.layout_.keys if k.pos != "SPCE")
        row_keys = [k for k in self.layout_.keys if k.row == bottom]
        first = min(k.column for k in row_keys)
        last = max(k.column + k.width for k in row_keys)
        for name, left, right in ((SHIFT_LEFT, 0.0, first), (SHIFT_RIGHT, last, 15.0)):
            if right - left < 0.5:
                continue
            rect = QRectF(x0 + left * unit + gap, bottom * unit + gap,
                          (right - left) * unit - 2 * gap, unit - 2 * gap)
            target = name in shift_needed and not self.heat_mode
            painter.setPen(QPen(next_key if target else edge, 4 if target else 1))
            painter.setBrush(plain)
            painter.drawRoundedRect(rect, unit * 0.12, unit * 0.12)
            painter.setPen(_ink(plain))
            painter.setFont(small)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, "⇧ Shift")
        painter.end()

    def _draw_pointer(self, painter: QPainter, rect: QRectF, unit: float) -> None:
        """A small triangle pointing down at the key's top edge, in the error colour."""
        painter.save()
        size = unit * 0.2
        top = rect.top() + unit * 0.04
        x = rect.right() - size * 1.4
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour("bad"))
        painter.drawPolygon(QPolygonF([QPointF(x - size, top), QPointF(x + size, top),
                                       QPointF(x, top + size * 1.2)]))
        painter.restore()


class TextDisplay(Themed, QLabel):
    """The text to type, two lines at a time: what is done, the current character,
    each error marked in colour *and* underlined (a wrong key where the lesson stopped
    shown where it was typed), and what comes next.

    The lines and the size of the letters follow the room it is given: as large as the
    theme's text size asks when there is room, smaller on a small screen (never below
    :attr:`SMALLEST` pixels), so the text never pushes the keyboard off the screen.
    Its paper and ink are the theme's surface colours (so the colours of the text, also
    the theme's, stand out on it in high contrast too)."""

    SMALLEST = 14  # pixels: the letters' smallest size
    LINE = 44  # characters per line at most

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("typingText")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(False)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
        set_role(self, "typing-text")
        self._text = ""
        self._lines: list[tuple[int, int]] = [(0, 0)]
        self._pixels = self.SMALLEST
        self._rtl = False
        self._session: TypingSession | None = None
        self._fitted_for = QSize()
        self.setAccessibleName(self.tr("Text to type"))
        self.apply_theme()

    def apply_theme(self) -> None:
        colours = palette()
        # (a thin padding: the letters' size, not the frame, takes the room)
        set_style_sheet(self, f"QLabel {{ background: {colours.surface}; "
                              f"color: {colours.surface_text}; padding: 2px 8px; }}")
        if self._session is not None:
            self.render(self._session)

    # -- size -----------------------------------------------------------------------------
    def _largest_pixels(self) -> int:
        info = QFontInfo(self.font())
        return max(self.SMALLEST, info.pixelSize())

    def _line_spacing(self) -> int:
        # Arabic letters come from a font whose own lines are already tall.
        return 115 if self._rtl else 135

    def _measure(self, pixels: int, html_text: str) -> QSize:
        document = QTextDocument()
        document.setDefaultFont(self.font())
        document.setDocumentMargin(0)
        document.setHtml(f'<div style="font-size:{pixels}px; '
                         f'line-height:{self._line_spacing()}%">{html_text}</div>')
        return document.size().toSize()

    def _two_lines(self, pixels: int) -> int:
        """The height of two lines of the text (or of Latin letters before a text)."""
        sample = html.escape(self._text[:12] or "Typing") + "<br>" + html.escape(
            self._text[:12] or "Typing")
        return self._measure(pixels, sample).height()

    def _frame(self) -> QSize:
        margins = self.contentsMargins()
        return QSize(margins.left() + margins.right() + 2 * self.margin() + 8,
                     margins.top() + margins.bottom() + 2 * self.margin() + 8)

    def minimumSizeHint(self) -> QSize:
        frame = self._frame()
        return QSize(frame.width() + 160, frame.height() + self._two_lines(self.SMALLEST))

    def sizeHint(self) -> QSize:
        # (no more than the minimum's height: the keyboard takes its room first, the
        # text the rest, with letters as large as that rest allows)
        frame = self._frame()
        return QSize(frame.width() + 600, self.minimumSizeHint().height())

    def _fit(self) -> None:
        """The largest letters (up to the theme's) with which two lines of the text fit
        the room given, and the lines at that size."""
        frame = self._frame()
        width = max(80, self.width() - frame.width())
        height = max(20, self.height() - frame.height())
        text = self._text or "Typing"
        pixels = self._largest_pixels()
        while True:
            per_char = max(1.0, self._measure(pixels, html.escape(text)).width() / len(text))
            chars = max(8, min(self.LINE, int(width * 0.9 / per_char)))
            if pixels <= self.SMALLEST or self._two_lines(pixels) <= height:
                break
            pixels = max(self.SMALLEST, pixels - 2)
        self._pixels = pixels
        self._lines = wrap_positions(self._text, chars)
        self._fitted_for = self.size()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._session is not None and self.size() != self._fitted_for:
            self._fit()
            self.render(self._session)

    # -- the text -----------------------------------------------------------------------
    def set_text_to_type(self, text: str, rtl: bool) -> None:
        self._rtl = rtl
        self._text = text
        self._fit()
        self.updateGeometry()

    @property
    def lines(self) -> list[tuple[int, int]]:
        """The lines of the text as shown now: (start, end) positions."""
        return list(self._lines)

    def render(self, session: TypingSession) -> None:  # type: ignore[override]
        self._session = session
        index = line_of(self._lines, session.position)
        shown = self._lines[index: index + 2]  # the line being typed and the next
        styles = _span_styles()
        rows = ["".join(_span(styles[kind], text) for kind, text in runs(session, start, end))
                for start, end in shown]
        direction = "rtl" if self._rtl else "ltr"
        self.setText(f'<div dir="{direction}" style="font-size:{self._pixels}px; '
                     f'line-height:{self._line_spacing()}%">' + "<br>".join(rows) + "</div>")


def _span_styles() -> dict[Kind, str]:
    """The look of each kind of character, in the theme in use: an error is also
    underlined, and the character due is also underlined on a block of colour."""
    colours = palette()
    return {
        "done": f"color:{colours.good};",
        "wrong": f"color:{colours.bad}; text-decoration:underline; "
                 f"background:{colours.bad_background};",
        "current": f"background:{colours.focus}; color:{colours.surface}; "
                   "text-decoration:underline;",
        "todo": f"color:{colours.surface_text};",
    }


def _span(style: str, text: str) -> str:
    # A space to type is shown as a block of the current character's colour.
    text = html.escape(text).replace(" ", "&nbsp;").replace("\n", "↵")
    return f'<span style="{style}">{text}</span>'


# Keys that must never disturb a lesson: a learner's hand slips on them.
IGNORED_KEYS = {
    Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Meta, Qt.Key.Key_Super_L,
    Qt.Key.Key_Super_R, Qt.Key.Key_Alt, Qt.Key.Key_AltGr, Qt.Key.Key_Control,
    Qt.Key.Key_Shift, Qt.Key.Key_CapsLock, Qt.Key.Key_Escape, Qt.Key.Key_Menu,
    Qt.Key.Key_Insert, Qt.Key.Key_Delete, Qt.Key.Key_Home, Qt.Key.Key_End,
    Qt.Key.Key_PageUp, Qt.Key.Key_PageDown, Qt.Key.Key_Left, Qt.Key.Key_Right,
    Qt.Key.Key_Up, Qt.Key.Key_Down,
}


class TypingScreen(QWidget):
    """Takes the learner's keys and shows the text, the keyboard and live figures.

    Characters come from ``keyPressEvent`` (ordinary keys) and from
    ``inputMethodEvent`` (what a dead key or an input method composes: AZERTY ``^`` then
    ``e`` is one ``ê``; Arabic through an input method), never from key codes, so the
    learner's keyboard layout decides what a key types, as in every other program.
    """

    finished = Signal()
    layout_mismatch = Signal(str)  # the layout the keys seem to come from

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("typingScreen")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, True)
        self.clock: Callable[[], float] = time.monotonic
        self.session: TypingSession | None = None
        self.layout_: Layout | None = None
        self.other_layouts: list[Layout] = []
        self.guess: LayoutGuess | None = None
        self._instruction_line = 0  # pixels: a line of the instructions

        self.instructions = set_role(QLabel(), "subtitle")
        self.instructions.setObjectName("typingInstructions")
        self.instructions.setWordWrap(True)
        self.instruction_bar = InstructionBar("typing", self.instructions)
        self.instruction_bar.read_aloud.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys type
        self.instruction_bar.limit_lines(2)  # the text to type and the keyboard come first
        scroll = self.instruction_bar.scroll_area
        assert scroll is not None  # made by limit_lines
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.text = TextDisplay()
        self.finger = set_role(QLabel(), "subtitle")
        self.finger.setObjectName("typingFinger")
        self.finger.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stats = set_role(QLabel(), "hint")
        self.stats.setObjectName("typingStats")
        self.paused = set_role(QLabel(), "hint")
        self.paused.setObjectName("typingPaused")
        for label in (self.finger, self.stats, self.paused):
            label.setWordWrap(True)  # a narrow window wraps them, never widens
        self.warning = set_role(QLabel(), "error")
        self.warning.setObjectName("typingWarning")
        self.warning.setWordWrap(True)
        self.warning.hide()
        self.offer = QPushButton()
        self.offer.setObjectName("typingOtherCourse")
        self.offer.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing keeps the keyboard
        self.offer.setAccessibleName(self.tr("Open the course for this keyboard"))
        self.offer.hide()
        self.keyboard: KeyboardWidget | None = None
        self._keyboard_box = QVBoxLayout()
        # One row under the text: the figures, the finger to use, a pause (the keyboard
        # keeps its room on a small screen with large text).
        figures = QHBoxLayout()
        figures.addWidget(self.stats, 1)
        figures.addWidget(self.finger, 2)
        figures.addWidget(self.paused, 1, Qt.AlignmentFlag.AlignRight)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.setSpacing(6)
        layout.addWidget(self.instruction_bar)
        layout.addWidget(self.warning)
        layout.addWidget(self.offer, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.text, 1)
        layout.addLayout(figures)
        # The keyboard takes the room it is given first (up to its share of the screen,
        # see resizeEvent), the text the rest: so it is drawn at the same size whatever
        # the lesson's language and its instructions.
        layout.addLayout(self._keyboard_box, 10)

        self._pause_timer = QTimer(self)
        self._pause_timer.setInterval(1000)
        self._pause_timer.timeout.connect(self._check_pause)
        self._last_key = 0.0
        self.setAccessibleName(self.tr("Typing exercise"))

    # -- set up -------------------------------------------------------------------------
    def start(self, session: TypingSession, layout: Layout, instructions: str,
              show_keyboard: bool = True, other_layouts: list[Layout] | None = None,
              cue: cues.Cue = cues.TYPE_TEXT, language: str = "en") -> None:
        self.session = session
        self.layout_ = layout
        self.other_layouts = other_layouts or []
        self.guess = LayoutGuess(layout, self.other_layouts)
        self.warning.hide()
        self.offer.hide()
        self.instructions.setText(instructions)
        self.instruction_bar.show_cue(cue, language)
        scroll = self.instruction_bar.scroll_area
        if scroll is not None:  # (two lines of the instructions, as the bar measures them)
            self._instruction_line = max(1, (scroll.maximumHeight() - 12) // 2)
            self._size_instructions()
        self.text.set_text_to_type(session.text, layout.direction == "rtl")
        if self.keyboard is not None:
            self._keyboard_box.removeWidget(self.keyboard)
            self.keyboard.hide()  # gone from the screen now, deleted later
            self.keyboard.deleteLater()
        self.keyboard = KeyboardWidget(layout)
        self.keyboard.setAccessibleName(self.tr("Keyboard"))
        # Into the layout first: shown without a parent, it would open as a window of
        # its own for a moment and take the keyboard away from the main window.
        self._keyboard_box.addWidget(self.keyboard)
        self.keyboard.setVisible(show_keyboard)
        self._size_keyboard()
        self.paused.clear()
        self._pause_timer.start()
        self._refresh()
        self.setFocus()

    # -- input --------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        session = self.session
        if session is None or session.finished:
            return
        key = event.key()
        if key == Qt.Key.Key_Backspace:
            now = self.clock()
            session.backspace(now)
            self._after_input(now)
            return
        if key in IGNORED_KEYS or event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.MetaModifier
        ):
            return
        text = event.text()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            text = "\n" if "\n" in session.text else ""
        if not text or not text.isprintable() and text != "\n":
            return  # a dead key's first press, or nothing printable: wait for the rest
        self._type(text)

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:
        if event.commitString():
            self._type(event.commitString())
        event.accept()

    def inputMethodQuery(self, query: Qt.InputMethodQuery) -> object:
        if query == Qt.InputMethodQuery.ImEnabled:
            return True
        if query == Qt.InputMethodQuery.ImHints:
            hints = Qt.InputMethodHint.ImhNoPredictiveText | Qt.InputMethodHint.ImhNoAutoUppercase
            return hints.value
        return super().inputMethodQuery(query)

    def focusNextPrevChild(self, next: bool) -> bool:
        return False  # Tab never leaves the lesson

    def _type(self, text: str) -> None:
        session = self.session
        assert session is not None
        now = self.clock()
        text = unfold_presentation_forms(text)
        for char in text:
            expected = session.expected
            if session.type_char(char, now) == Outcome.WRONG:
                self._watch_layout(expected, char)
        self._after_input(now)

    def _after_input(self, now: float) -> None:
        self._last_key = now
        self.paused.clear()
        self._refresh()
        if self.session is not None and self.session.finished:
            self._pause_timer.stop()
            self.finished.emit()

    def _watch_layout(self, expected: str, typed: str) -> None:
        """Keys that fit another layout (a QWERTY keyboard on an AZERTY course)."""
        assert self.guess is not None
        self.guess.wrong_key(expected, typed)
        guess = self.guess.guess
        if guess is None:
            return
        other = guess.layout
        if other is not None:
            self.warning.setText(self.tr(
                "Your keyboard seems to type like the {layout} keyboard, not like "
                "this course's. Choose the course for your keyboard, or ask your "
                "trainer to change the keyboard setting of the computer."
            ).format(layout=other.title))
            self.warning.show()
            if self.offer.property("layout") != other.id or self.offer.isHidden():
                self.offer.setText(self.tr("Open the course for the {layout} keyboard")
                                   .format(layout=other.title))
                self.offer.setAccessibleName(self.offer.text())
                self.offer.setProperty("layout", other.id)
                self.offer.show()
                self.layout_mismatch.emit(other.id)
        elif guess.latin:
            self.warning.setText(self.tr(
                "Your keyboard is typing Latin letters. Switch the computer's keyboard "
                "to Arabic (often with Alt+Shift), then go on."
            ))
            self.warning.show()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._size_keyboard()
        self._size_instructions()

    def _size_keyboard(self) -> None:
        """The keyboard's height: 30% of the window's (the same whatever the
        lesson's language, its instructions and the bar above), never more than 45% of
        the screen's, nor keys larger than the keyboard's largest."""
        if self.keyboard is not None:
            largest = int(KeyboardWidget.LARGEST_UNIT * 5.2) + 2
            share = min(int(self.window().height() * 0.3), int(self.height() * 0.45))
            self.keyboard.setMaximumHeight(
                max(KeyboardWidget.SMALLEST.height(), min(largest, share)))

    SHORT = 520  # pixels: a screen this short shows one line of the instructions (scrolling)

    def _size_instructions(self) -> None:
        """Two lines of the instructions, one on a short screen (they scroll), so the
        text to type keeps large letters."""
        scroll = self.instruction_bar.scroll_area
        if scroll is None or not self._instruction_line:
            return
        lines = 1 if self.height() < self.SHORT else 2
        scroll.setMinimumHeight(self._instruction_line + 12)
        scroll.setMaximumHeight(lines * self._instruction_line + 12)

    # -- display ------------------------------------------------------------------------
    def _refresh(self) -> None:
        session, layout = self.session, self.layout_
        if session is None or layout is None:
            return
        self.text.render(session)
        strokes = layout.strokes_for(session.expected) if not session.finished else ()
        if self.keyboard is not None:
            self.keyboard.show_next(strokes, session.pending)
        self._announce(session)
        if strokes:
            names = [translated("typing", FINGER_NAMES[s.key.finger]) for s in strokes[-1:]]
            if strokes[-1].shift:
                side = translated("typing", FINGER_NAMES[
                    "rp" if strokes[-1].shift_key == SHIFT_RIGHT else "lp"])
                self.finger.setText(self.tr("{finger}, with Shift under your {other}").format(
                    finger=names[0], other=side))
            elif len(strokes) > 1:
                self.finger.setText(self.tr("First the accent key, then: {finger}").format(
                    finger=names[0]))
            else:
                self.finger.setText(names[0])
        else:
            self.finger.clear()
        metrics = session.metrics()
        if metrics.active_seconds < 3:  # too early to say a speed
            self.stats.setText(self.tr("Accuracy: {accuracy}%").format(
                accuracy=round(metrics.accuracy)) if metrics.keystrokes else "")
        else:
            self.stats.setText(
                self.tr("Speed: {wpm} words per minute · Accuracy: {accuracy}%")
                .format(wpm=round(metrics.wpm), accuracy=round(metrics.accuracy)))

    def _announce(self, session: TypingSession) -> None:
        """A wrong key where the lesson stopped, told to a screen reader: the text's
        description says which key came and which is due."""

        def name(char: str) -> str:
            return translated(CONTEXT, KEY_NAMES[char]) if char in KEY_NAMES else char

        note = wrong_key_note(session)
        description = "" if note is None else translated(
            CONTEXT, note[0], {key: name(char) for key, char in note[1].items()})
        if description != self.text.accessibleDescription():
            self.text.setAccessibleDescription(description)
            if self.keyboard is not None:
                self.keyboard.setAccessibleDescription(description)
            QAccessible.updateAccessibility(
                QAccessibleEvent(self.text, QAccessible.Event.DescriptionChanged))
            if description:
                QAccessible.updateAccessibility(
                    QAccessibleEvent(self.text, QAccessible.Event.Alert))

    def _check_pause(self) -> None:
        session = self.session
        if session is None or session.finished or not session.log:
            return
        if self.clock() - self._last_key > 10:
            self.paused.setText(self.tr("Paused. Type the next key to go on."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.setAccessibleName(self.tr("Typing exercise"))
            self._refresh()
        super().changeEvent(event)
