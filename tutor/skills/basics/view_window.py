"""The practice screen of a ``window`` exercise: a small desktop drawn inside the room,
with a practice window (a title bar with minimise, maximise or restore and close, a
resize grip, dragged by its title bar), an icon that opens it, and a taskbar where it
goes when minimised.

Where the window is and what state it is in are :mod:`tutor.skills.basics.windows`'s
(pure): this page draws ``windows.shown(...)``, turns the learner's drags and clicks into
its functions, and asks ``windows.outcome`` whether the step is done. Right to left, the
title bar's buttons are on the left (as Windows puts them in Arabic) and the grip in the
bottom left corner.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, QSize, Qt, QTimer, Signal
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
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tutor.paths import resource
from tutor.skills.basics import windows
from tutor.skills.basics.engine import StepsWork
from tutor.skills.basics.model import BasicsExercise
from tutor.skills.basics.view_keys import ink_on
from tutor.skills.basics.windows import Window
from tutor.ui.retranslate import Retranslating
from tutor.ui.style import Themed, colour, set_role, set_style_sheet

PAUSE_MS = 700  # a done step stays on the screen this long before the next one
GRIP = 22  # pixels: the resize grip's side


def app_icon() -> QIcon:
    return QIcon(str(resource("assets", "icons", "basics", "window-app.svg")))


class CaptionButton(QToolButton):
    """A title bar button, drawn: minimise (a line), maximise (a square), restore (two
    squares), close (a cross, on the error colour under the pointer)."""

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setObjectName(f"basicsWindow_{kind}")
        self.setFixedSize(QSize(46, 34))
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover, True)

    def set_kind(self, kind: str) -> None:
        if kind != self.kind:
            self.kind = kind
            self.setObjectName(f"basicsWindow_{kind}")
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        hover = self.underMouse() or self.hasFocus()
        fill = colour("header")
        if hover:
            fill = colour("bad") if self.kind == "close" else colour("selection")
            painter.fillRect(self.rect(), fill)
        pen = QPen(ink_on(fill), 2)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        c = QRectF(self.rect()).center()
        s = 7.0
        if self.kind == "minimise":
            painter.drawLine(QPointF(c.x() - s, c.y() + 1), QPointF(c.x() + s, c.y() + 1))
        elif self.kind == "maximise":
            painter.drawRect(QRectF(c.x() - s, c.y() - s, 2 * s, 2 * s))
        elif self.kind == "restore":
            painter.drawRect(QRectF(c.x() - s, c.y() - s + 4, 2 * s - 4, 2 * s - 4))
            painter.drawPolyline([QPointF(c.x() - s + 4, c.y() - s + 4),
                                  QPointF(c.x() - s + 4, c.y() - s),
                                  QPointF(c.x() + s, c.y() - s),
                                  QPointF(c.x() + s, c.y() + s - 4),
                                  QPointF(c.x() + s - 4, c.y() + s - 4)])
        else:
            painter.drawLine(QPointF(c.x() - s, c.y() - s), QPointF(c.x() + s, c.y() + s))
            painter.drawLine(QPointF(c.x() - s, c.y() + s), QPointF(c.x() + s, c.y() - s))
        painter.end()


class TitleBar(QFrame):
    """The window's title bar: dragged to move the window, double-clicked to maximise or
    restore it. Reports the drag as the distance from where it began."""

    dragged = Signal(int, int)  # dx, dy from the press, in pixels
    dropped = Signal()
    double_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("basicsWindowTitleBar")
        self._pressed_at: QPointF | None = None
        self.setCursor(Qt.CursorShape.ArrowCursor)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._pressed_at = event.globalPosition()
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pressed_at is not None:
            delta = event.globalPosition() - self._pressed_at
            self.dragged.emit(round(delta.x()), round(delta.y()))
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pressed_at is not None and event.button() == Qt.MouseButton.LeftButton:
            delta = event.globalPosition() - self._pressed_at
            self._pressed_at = None
            self.dragged.emit(round(delta.x()), round(delta.y()))
            self.dropped.emit()
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._pressed_at = None
            self.double_clicked.emit()
        event.accept()


class Grip(QWidget):
    """The resize grip in the window's bottom corner (the left one right to left)."""

    dragged = Signal(int, int)
    dropped = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("basicsWindowGrip")
        self.setFixedSize(QSize(GRIP, GRIP))
        self._pressed_at: QPointF | None = None

    def set_on_left(self, on_left: bool) -> None:
        self.setCursor(Qt.CursorShape.SizeBDiagCursor if on_left
                       else Qt.CursorShape.SizeFDiagCursor)
        self.on_left = on_left
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._pressed_at = event.globalPosition()
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pressed_at is not None:
            delta = event.globalPosition() - self._pressed_at
            self.dragged.emit(round(delta.x()), round(delta.y()))
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pressed_at is not None and event.button() == Qt.MouseButton.LeftButton:
            delta = event.globalPosition() - self._pressed_at
            self._pressed_at = None
            self.dragged.emit(round(delta.x()), round(delta.y()))
            self.dropped.emit()
        event.accept()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(colour("muted"), 2))
        w = float(self.width())
        for n in (1, 2, 3):  # three short diagonal lines toward the corner
            t = n * w / 4
            if getattr(self, "on_left", False):
                painter.drawLine(QPointF(0, w - t), QPointF(t, w))
            else:
                painter.drawLine(QPointF(w, w - t), QPointF(w - t, w))
        painter.end()


class PracticeWindow(QFrame):
    """The practice window: its title bar, a few words inside and the grip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("basicsPracticeWindow")
        self.title_bar = TitleBar()
        self.icon = QLabel()
        self.icon.setObjectName("basicsWindowIcon")
        self.icon.setPixmap(app_icon().pixmap(QSize(22, 22)))
        self.title = QLabel()
        self.title.setObjectName("basicsWindowTitle")
        self.minimise = CaptionButton("minimise")
        self.maximise = CaptionButton("maximise")
        self.close_button = CaptionButton("close")
        bar = QHBoxLayout(self.title_bar)
        bar.setContentsMargins(8, 0, 0, 0)
        bar.setSpacing(0)
        bar.addWidget(self.icon)
        bar.addSpacing(8)
        bar.addWidget(self.title, 1)
        for button in (self.minimise, self.maximise, self.close_button):
            bar.addWidget(button)
        self.words = QLabel()
        self.words.setObjectName("basicsWindowWords")
        self.words.setWordWrap(True)
        self.words.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        self.words.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.grip = Grip(self)
        column = QVBoxLayout(self)
        column.setContentsMargins(2, 2, 2, 2)
        column.setSpacing(0)
        column.addWidget(self.title_bar)
        inside = QVBoxLayout()
        inside.setContentsMargins(10, 8, 10, GRIP)
        inside.addWidget(self.words, 1)
        column.addLayout(inside, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.place_grip()

    def place_grip(self) -> None:
        on_left = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        self.grip.set_on_left(on_left)
        x = 3 if on_left else self.width() - GRIP - 3
        self.grip.move(x, self.height() - GRIP - 3)
        self.grip.raise_()


class DesktopIcon(QToolButton):
    """The window's icon on the practice desktop: a double click (or Enter) opens it."""

    opened = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("basicsDesktopIcon")
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        self.setIcon(app_icon())
        self.setIconSize(QSize(48, 48))
        self.setAutoRaise(True)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.opened.emit()
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.opened.emit()
        else:
            super().keyPressEvent(event)


class Desktop(QFrame):
    """The practice desktop: the window and the icon lie on it where the page puts them."""

    resized = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("basicsDesktop")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(QSize(320, 200))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resized.emit()


class WindowPage(Themed, Retranslating, QWidget):
    """A ``window`` exercise's practice screen (see the module's docstring)."""

    progressed = Signal()

    def __init__(self, exercise: BasicsExercise, work: StepsWork, clock: Callable[[], float],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("basicsWindowPage")
        self.exercise = exercise
        self.work = work
        self.clock = clock
        self.pause_ms = PAUSE_MS
        self.shown_index = -1
        self.placed = False  # put in the middle of the desktop once it has a size
        self.window_state = windows.first_window((640, 320))
        self.start_state = self.window_state  # as the step found it
        self._drag_from: Window | None = None

        self.desktop = Desktop()
        self.icon = DesktopIcon(self.desktop)
        self.practice_window = PracticeWindow(self.desktop)
        self.taskbar = QFrame()
        self.taskbar.setObjectName("basicsTaskbar")
        set_role(self.taskbar, "bar")
        self.task_button = QToolButton()
        self.task_button.setObjectName("basicsTaskbarButton")
        self.task_button.setIcon(app_icon())
        self.task_button.setIconSize(QSize(30, 30))
        self.task_button.setCheckable(True)
        self.task_button.setFixedSize(QSize(56, 44))
        bar = QHBoxLayout(self.taskbar)
        bar.setContentsMargins(8, 2, 8, 2)
        bar.addWidget(self.task_button)
        bar.addStretch()

        column = QVBoxLayout(self)
        column.setContentsMargins(8, 4, 8, 4)
        column.setSpacing(0)
        column.addWidget(self.desktop, 1)
        column.addWidget(self.taskbar)

        win = self.practice_window
        win.title_bar.dragged.connect(self._title_dragged)
        win.title_bar.dropped.connect(lambda: self._dropped("move"))
        win.title_bar.double_clicked.connect(
            lambda: self._act(*windows.title_double_clicked(self.window_state)))
        win.grip.dragged.connect(self._grip_dragged)
        win.grip.dropped.connect(lambda: self._dropped("resize"))
        win.minimise.clicked.connect(lambda: self._act("minimise",
                                                       windows.minimised(self.window_state)))
        win.maximise.clicked.connect(self._maximise_or_restore)
        win.close_button.clicked.connect(lambda: self._act("close",
                                                           windows.closed(self.window_state)))
        self.icon.opened.connect(lambda: self._act("open", windows.opened(self.window_state)))
        self.task_button.clicked.connect(
            lambda: self._act(*windows.taskbar_clicked(self.window_state)))
        self.desktop.resized.connect(self._desktop_resized)
        self.retranslate()
        self.apply_theme()
        self.show_step()

    # -- looks and words ----------------------------------------------------------------
    def apply_theme(self) -> None:
        set_style_sheet(self.desktop, "QFrame#basicsDesktop { background: "
                                      f"{colour('surface_alt').name()};"
                                      f" border: 1px solid {colour('border').name()}; }}")
        set_style_sheet(self.practice_window, "QFrame#basicsPracticeWindow { background: "
                                     f"{colour('surface').name()}; border: 2px solid "
                                     f"{colour('border_strong').name()}; border-radius: 6px; }}"
                                     " QFrame#basicsWindowTitleBar { background: "
                                     f"{colour('header').name()}; border: none; }}"
                                     f" QLabel {{ color: {colour('surface_text').name()};"
                                     " background: transparent; }"
                                     " QLabel#basicsWindowTitle { color: "
                                     f"{ink_on(colour('header')).name()}; font-weight: 600; }}")
        # To open the window: its icon and its taskbar button ringed, as the form's
        # current control is.
        opening = self.work.step is not None and self.work.step.do == "open" \
            and self.window_state.state == "closed"
        ring = f"border: 3px dashed {colour('focus').name()}; border-radius: 8px;"
        set_style_sheet(self.icon, f"QToolButton#basicsDesktopIcon {{ {ring} }}" if opening
                        else "")
        set_style_sheet(self.task_button, f"QToolButton#basicsTaskbarButton {{ {ring} }}"
                        if opening else "")

    def retranslate(self) -> None:
        self.practice_window.title.setText(self.tr("Notes"))
        self.practice_window.words.setText(self.tr(
            "This is a window. Move it, change its size, make it small or large, close it "
            "and open it again."))
        self.icon.setText(self.tr("Notes"))
        self.icon.setAccessibleName(self.tr("Notes"))
        self.task_button.setAccessibleName(self.tr("Notes"))
        self.task_button.setToolTip(self.tr("Notes"))
        self.practice_window.title_bar.setAccessibleName(self.tr("Title bar"))
        self.practice_window.grip.setAccessibleName(self.tr("Change the size"))
        self.practice_window.minimise.setAccessibleName(self.tr("Minimise"))
        self.practice_window.close_button.setAccessibleName(self.tr("Close"))
        self._name_maximise()
        self.desktop.setAccessibleName(self.tr("Practice desktop"))
        self.taskbar.setAccessibleName(self.tr("Taskbar"))

    def _name_maximise(self) -> None:
        restore = self.window_state.state == "maximised"
        self.practice_window.maximise.setAccessibleName(self.tr("Restore") if restore
                                               else self.tr("Maximise"))
        self.practice_window.maximise.setToolTip(self.practice_window.maximise.accessibleName())
        self.practice_window.minimise.setToolTip(self.practice_window.minimise.accessibleName())
        self.practice_window.close_button.setToolTip(self.practice_window.close_button.accessibleName())

    # -- drawing the state --------------------------------------------------------------
    def area(self) -> tuple[int, int]:
        return max(1, self.desktop.width()), max(1, self.desktop.height())

    def _desktop_resized(self) -> None:
        if not self.placed and self.desktop.width() > 1:
            self.placed = True
            first = windows.first_window(self.area())
            self.window_state = Window(self.window_state.state, first.rect)
            self.start_state = Window(self.start_state.state, first.rect)
        else:
            self.window_state = windows.fitted(self.window_state, self.area())
        self._draw()

    def _draw(self) -> None:
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        icon_size = self.icon.sizeHint()
        self.icon.setGeometry(QRect(QPoint(self.desktop.width() - icon_size.width() - 12 if rtl
                                           else 12, 12), icon_size))
        rect = windows.shown(self.window_state, self.area())
        if rect is None:
            self.practice_window.hide()
        else:
            self.practice_window.setGeometry(rect.x, rect.y, rect.w, rect.h)
            self.practice_window.show()
            self.practice_window.raise_()
            self.practice_window.place_grip()
        state = self.window_state.state
        self.practice_window.maximise.set_kind("restore" if state == "maximised" else "maximise")
        self.practice_window.grip.setVisible(state == "normal")
        self.task_button.setChecked(state in ("normal", "maximised"))
        self.task_button.setEnabled(True)
        self._name_maximise()
        self.apply_theme()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._draw()

    # -- the step -----------------------------------------------------------------------
    def show_step(self) -> None:
        """Set the window up for ``work.step`` (once per step)."""
        step = self.work.step
        if step is None or self.shown_index == self.work.index:
            return
        self.shown_index = self.work.index
        self.window_state = windows.ready(step, self.window_state)
        self.start_state = self.window_state
        self._draw()

    # -- what the learner does ----------------------------------------------------------
    def _maximise_or_restore(self) -> None:
        if self.window_state.state == "maximised":
            self._act("restore", windows.restored(self.window_state))
        else:
            self._act("maximise", windows.maximised(self.window_state))

    def _title_dragged(self, dx: int, dy: int) -> None:
        if self._drag_from is None:
            self._drag_from = self.window_state
        self.window_state = windows.moved(self._drag_from, dx, dy, self.area())
        self._draw()

    def _grip_dragged(self, dx: int, dy: int) -> None:
        if self._drag_from is None:
            self._drag_from = self.window_state
        on_left = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        self.window_state = windows.resized(self._drag_from, dx, dy, self.area(), on_left)
        self._draw()

    def _dropped(self, action: str) -> None:
        before = self._drag_from or self.window_state
        self._drag_from = None
        self._act(action, self.window_state, before)

    def _act(self, action: str, after: Window, before: Window | None = None) -> None:
        step = self.work.step
        before = before or self.window_state
        self.window_state = after
        if step is None or self.shown_index != self.work.index:
            self._draw()
            return
        result = windows.outcome(step, self.start_state, action, after)
        now = self.clock()
        if result == "done":
            self.work.done(now)
            QTimer.singleShot(self.pause_ms, self.show_step)
        elif result == "slip":
            self.work.slip(now, f"did {action}")
            self.window_state = windows.ready(step, before)  # put back
        self._draw()
        if result:
            self.progressed.emit()
