"""The practice area of the pointer exercises: targets appear one after another on a
canvas, and the real mouse does the work (moves, presses and releases, the wheel).

What each kind asks (the measures and the rules are ``pointer.py``'s and
``engine.py``'s; this module places, draws and forwards):

- ``hold``: a circle waits until the pointer is on it, then moves slowly to another
  place; the pointer follows it. A leg is done when the pointer stayed on the circle for
  most of it. A picture of a hand holding a mouse sits in the corner.
- ``point``: rest the pointer on the circle (``pointer.POINT_DWELL``); no click.
- ``click``: press the left button on the circle.
- ``double-click``: two presses of the left button, timed here from the presses (not
  by Qt's double-click event, which uses the system's setting) against the limit that
  adapts to the learner (``PointerWork.double_click_ms``).
- ``right-click``: press the right button on the circle; a menu of the exercise's
  items opens; choose the one asked for.
- ``drag``: ``file-to-folder``: hold the button on a file, move it onto a folder, let
  go; ``picture``: the pieces of a picture go into their slots.
- ``scroll``: the page is taller than its window; find the circle with the wheel or the
  scroll bar (as the exercise says) and click it.
- ``hover``: rest the pointer on a button until its tip shows; with ``choose``, a row
  of buttons, and the learner clicks the one whose tip is ``choose``.

The page reports each thing that happened with ``progressed(outcome)`` (``OUTCOMES``)
after it told the engine, and ``tip_shown(text)`` when a tip appears (the room reads it
aloud). Time comes from ``clock`` (``time.monotonic`` in the app, a fake in the tests),
and a steady ``tick`` (also called by the tests) moves the hold circle and measures how
long the pointer rests.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QIcon,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPixmap,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QMenu,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from tutor.paths import resource
from tutor.skills.basics import pointer
from tutor.skills.basics.engine import PointerWork
from tutor.skills.basics.model import BasicsExercise
from tutor.ui.style import colour, palette

TICK_MS = 30
FEEDBACK_MS = 450  # the right mark shows this long before the next target
TIP_FEEDBACK_MS = 1300  # a tip stays this long, to be read (and heard)
MARGIN = 14  # px kept free around the canvas' edge
HOLD_SPEED = 60.0  # px per second: slow
HOLD_LEG = (140.0, 280.0)  # px a leg goes, at most
MOVED = 8.0  # px a drag must go before it counts as one
SCROLL_PAGES = 4  # the scroll page is this many windows tall
MAX_PIECES = 9
# What ``progressed`` carries: counted ones first, then hints that count nothing.
COUNTED = ("hit", "miss", "slow", "apart", "wrong-button", "wrong-item", "lost")
HINTS = ("single", "use-bar", "use-wheel", "hold-button")
OUTCOMES = COUNTED + HINTS


def picture(name: str) -> QIcon:
    """A picture of ``assets/icons/basics/`` (an empty icon if it is not there)."""
    path = resource("assets", "icons", "basics", f"{name}.svg")
    return QIcon(str(path)) if path.is_file() else QIcon()


def hand_picture() -> QIcon:
    return picture("hold")


# The file and the folder of "put a file in a folder" look as in the practice explorer.
FILE_PICTURE = "explorer-text"
FOLDER_PICTURE = "explorer-folder"


@dataclass
class Piece:
    """A piece of the picture: ``index`` is its slot; ``at`` where its centre is."""

    index: int
    at: QPointF
    place: int = 0  # its place in the tray, where it goes back after a miss
    placed: bool = False


def grid_of(count: int) -> tuple[int, int]:
    """Columns and rows of a picture cut in ``count`` pieces (4: 2x2, 6: 3x2)."""
    columns = math.ceil(math.sqrt(count))
    return columns, math.ceil(count / columns)


class PointerCanvas(QWidget):
    """Where the targets appear; see the module."""

    progressed = Signal(str)
    tip_shown = Signal(str)

    def __init__(self, exercise: BasicsExercise, work: PointerWork,
                 clock: Callable[[], float], parent: QWidget | None = None,
                 rng: random.Random | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("basicsCanvas")
        self.exercise = exercise
        self.work = work
        self.clock = clock
        self.rng = rng or random.Random()
        self.kind = exercise.kind
        self.setMouseTracking(True)
        self.setMinimumSize(QSize(280, 200))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.centre = QPointF()  # the current target's centre
        self.has_target = False  # placed yet
        self.previous = QPointF(-1000, -1000)
        self.wheel_turning = False  # a wheel turn is moving the scroll bar
        self._last_press: tuple[int, QPointF, Qt.MouseButton] | None = None
        self.wheel_to: Callable[[QWheelEvent], object] | None = None  # the scroll page's
        self.pointer_at: QPointF | None = None  # where the pointer is (last move)
        self.waiting = False  # between a hit and the next target: input is ignored
        self.mark: tuple[QPointF, str] | None = None  # a right/wrong mark, where
        self.dwell = pointer.Dwell(pointer.HOVER_DWELL if self.kind == "hover"
                                   else pointer.POINT_DWELL)
        self.single_hinted = False
        # right-click
        self.menu: QMenu | None = None
        self.menu_aim: pointer.Aim | None = None
        # drag
        self.dragging = False
        self.grab_offset = QPointF()  # the press, from the dragged thing's centre
        self.press_at = QPointF()
        self.item = QPointF()  # file-to-folder: the file's centre
        self.home = QPointF()  # ... where it starts
        self.slot = QPointF()  # ... the folder's centre
        self.pieces: list[Piece] = []
        self.dragged: Piece | None = None
        self.picture: QPixmap | None = None
        # hover
        self.buttons: list[tuple[QPointF, str]] = []
        self.tip: tuple[QPointF, str] | None = None
        self.hovered: int | None = None
        # hold
        self.leg_from = QPointF()
        self.leg_to = QPointF()
        self.leg_started: float | None = None  # None: waiting for the pointer on it
        self.leg_seconds = 1.0

        self.mark_timer = QTimer(self)  # a wrong mark goes after a moment
        self.mark_timer.setSingleShot(True)
        self.mark_timer.setInterval(700)
        self.mark_timer.timeout.connect(self._clear_wrong_mark)
        self.next_timer = QTimer(self)
        self.next_timer.setSingleShot(True)
        self.next_timer.timeout.connect(self.next_target)
        self.ticker = QTimer(self)
        self.ticker.setInterval(TICK_MS)
        self.ticker.timeout.connect(self.tick)

    # -- sizes and places ------------------------------------------------------------------
    @property
    def right_to_left(self) -> bool:
        return self.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def area(self) -> QRectF:
        """Where targets may be, within the margin."""
        return QRectF(self.rect()).adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)

    def visible_area(self) -> QRectF:
        """The part of the canvas the learner sees (all of it but in a scroll page)."""
        region = self.visibleRegion().boundingRect()
        return QRectF(region) if not region.isEmpty() else QRectF(self.rect())

    def diameter(self) -> float:
        """The current target's diameter as drawn: the engine's size, smaller only when
        the canvas is too small for it."""
        room = min(self.width(), self.visible_area().height() if self.kind == "scroll"
                   else self.height()) - 2 * MARGIN
        if self.kind == "hover" and self.exercise.choose:
            room = min(room, (self.width() - 2 * MARGIN) / (len(self.exercise.tips) * 1.3))
        return float(max(16, min(self.work.size, room)))

    def _random_point(self, radius: float, box: QRectF | None = None) -> QPointF:
        box = box or self.area()
        left, right = box.left() + radius, box.right() - radius
        top, bottom = box.top() + radius, box.bottom() - radius
        if right < left:
            left = right = box.center().x()
        if bottom < top:
            top = bottom = box.center().y()
        best = QPointF(self.rng.uniform(left, right), self.rng.uniform(top, bottom))
        far = min(box.width(), box.height()) * 0.35
        for _ in range(12):  # away from the last one, so the pointer has to move
            if math.dist(_xy(best), _xy(self.previous)) >= far:
                break
            best = QPointF(self.rng.uniform(left, right), self.rng.uniform(top, bottom))
        return best

    def _side(self, fraction: float) -> float:
        """An x at ``fraction`` of the width from the reading side (left, or right in
        Arabic)."""
        x = self.width() * fraction
        return self.width() - x if self.right_to_left else x

    # -- targets ---------------------------------------------------------------------------
    def start(self) -> None:
        """The exercise opens: the first target."""
        self.ticker.start()
        self.next_target()

    def stop(self) -> None:
        self.ticker.stop()
        self.next_timer.stop()
        self.mark_timer.stop()
        if self.menu is not None:
            self.menu.close()

    def next_target(self) -> None:
        """Place the current target (after a hit, once the mark has shown)."""
        self.next_timer.stop()
        self.waiting = False
        self.mark = None
        self.tip = None
        self.hovered = None
        self.dwell.reset()
        self.single_hinted = False
        if self.work.finished:
            self.update()
            return
        self.work.show(self.clock())
        self.previous = self.centre if self.has_target else QPointF(-1000, -1000)
        self.has_target = True
        radius = self.diameter() / 2
        if self.kind == "drag" and self.exercise.drag == "file-to-folder":
            self._place_file_and_folder()
        elif self.kind == "drag":
            self._place_pieces()
        elif self.kind == "hover" and self.exercise.choose:
            self._place_buttons()
        elif self.kind == "scroll":
            self._place_far_away(radius)
        elif self.kind == "hold":
            if self.previous.x() < -999:
                self.centre = self._random_point(radius)
            self._new_leg(None)
        else:
            self.centre = self._random_point(radius)
        self.update()

    def _place_file_and_folder(self) -> None:
        size = self.diameter()
        box = self.area()
        top, bottom = box.top() + size / 2, box.bottom() - size / 2
        self.home = QPointF(self._side(0.2), self.rng.uniform(top, max(top, bottom)))
        self.item = QPointF(self.home)
        self.slot = QPointF(self._side(self.rng.uniform(0.62, 0.8)),
                            self.rng.uniform(top, max(top, bottom)))
        self.centre = self.item

    def _place_pieces(self) -> None:
        if self.pieces:
            return  # one picture for the whole exercise; the next piece is any left
        count = min(self.work.targets, MAX_PIECES)
        self.pieces = [Piece(n, QPointF()) for n in range(count)]
        order = list(range(count))
        self.rng.shuffle(order)
        for piece, place in zip(self.pieces, order, strict=True):
            piece.place = place
            piece.at = self._tray_place(place)
        self.picture = None

    def piece_side(self) -> float:
        columns, rows = grid_of(len(self.pieces) or 1)
        box = self.area()
        return float(max(24, min(self.exercise.start_size, box.width() / 2 / (columns + 0.3),
                                 box.height() / (rows + 0.2))))

    def slot_centre(self, index: int) -> QPointF:
        columns, rows = grid_of(len(self.pieces))
        side = self.piece_side()
        box = self.area()
        column, row = index % columns, index // columns
        if self.right_to_left:  # the picture reads from the right, as the page does
            column = columns - 1 - column
        left = box.center().x() + (box.width() / 2 - columns * side) / 2
        if self.right_to_left:
            left = box.left() + (box.width() / 2 - columns * side) / 2
        top = box.center().y() - rows * side / 2
        return QPointF(left + (column + 0.5) * side, top + (row + 0.5) * side)

    def _tray_place(self, place: int) -> QPointF:
        columns, rows = grid_of(len(self.pieces))
        side = self.piece_side()
        box = self.area()
        half = box.width() / 2
        column, row = place % columns, place // columns
        gap_x = (half - columns * side) / (columns + 1)
        gap_y = (box.height() - rows * side) / (rows + 1)
        x = box.left() + gap_x + column * (side + gap_x) + side / 2
        y = box.top() + gap_y + row * (side + gap_y) + side / 2
        return QPointF(self.width() - x if self.right_to_left else x, y)

    def _place_buttons(self) -> None:
        tips = list(self.exercise.tips)
        self.rng.shuffle(tips)
        size = self.diameter()
        gap = size * 0.3
        total = len(tips) * size + (len(tips) - 1) * gap
        box = self.area()
        left = box.center().x() - total / 2
        y = box.center().y() + size * 0.4  # room for the tip above
        self.buttons = [(QPointF(left + n * (size + gap) + size / 2, y), tip)
                        for n, tip in enumerate(tips)]
        if self.right_to_left:
            self.buttons.reverse()

    def _place_far_away(self, radius: float) -> None:
        seen = self.visible_area()
        height = self.height()
        if seen.center().y() < height / 2:  # near the top: the target is far below
            box = QRectF(MARGIN, height * 0.6, self.width() - 2 * MARGIN,
                         height * 0.4 - MARGIN)
        else:
            box = QRectF(MARGIN, MARGIN, self.width() - 2 * MARGIN, height * 0.4)
        self.centre = self._random_point(radius, box)

    def _new_leg(self, now: float | None) -> None:
        """The hold circle's next leg: it waits (``now`` None) until the pointer is on it."""
        radius = self.diameter() / 2
        box = self.area().adjusted(radius, radius, -radius, -radius)
        self.leg_from = QPointF(self.centre)
        length = self.rng.uniform(*HOLD_LEG)
        for _ in range(20):
            angle = self.rng.uniform(0, 2 * math.pi)
            to = QPointF(self.centre.x() + length * math.cos(angle),
                         self.centre.y() + length * math.sin(angle))
            if box.contains(to):
                break
        else:
            to = box.center() if not box.isEmpty() else QPointF(self.centre)
        self.leg_to = to
        self.leg_seconds = max(1.0, math.dist(_xy(self.leg_from), _xy(to)) / HOLD_SPEED)
        self.leg_started = now

    # -- the steady tick -------------------------------------------------------------------
    def tick(self) -> None:
        now = self.clock()
        if self.waiting or self.work.finished:
            return
        if self.kind == "hold":
            self._hold_tick(now)
        elif self.kind == "point":
            self._rest(now)
        elif self.kind == "hover":
            self._hover_tick(now)
        elif self.kind == "double-click" and not self.single_hinted:
            pending = self.work.clicks.pending
            if pending is not None and (now - pending.now) * 1000 > self.work.double_click_ms:
                self.single_hinted = True
                self.progressed.emit("single")

    def _inside(self, centre: QPointF, radius: float) -> bool:
        return self.pointer_at is not None and math.dist(_xy(self.pointer_at), _xy(centre)) <= radius

    def _rest(self, now: float) -> None:
        radius = self.diameter() / 2
        if self.dwell.feed(now, self._inside(self.centre, radius)):
            assert self.pointer_at is not None
            where = pointer.aim(self.pointer_at.x(), self.pointer_at.y(), self.centre.x(),
                                self.centre.y(), 2 * radius)
            self._hit(now, where, self.centre)
        else:
            self.update()  # the ring that fills while the pointer rests

    def _hover_tick(self, now: float) -> None:
        radius = self.diameter() / 2
        if self.exercise.choose:
            over = next((n for n, (c, _tip) in enumerate(self.buttons)
                         if self._inside(c, radius)), None)
            if over != self.hovered:
                self.hovered = over
                self.dwell.reset()
                self.tip = None
            if over is not None and self.tip is None and self.dwell.feed(now, True):
                centre, text = self.buttons[over]
                self.tip = (centre, text)
                self.tip_shown.emit(text)
            self.update()
            return
        inside = self._inside(self.centre, radius)
        if self.dwell.feed(now, inside):
            text = self.exercise.tips[self.work.index % len(self.exercise.tips)]
            self.tip = (QPointF(self.centre), text)
            assert self.pointer_at is not None
            where = pointer.aim(self.pointer_at.x(), self.pointer_at.y(), self.centre.x(),
                                self.centre.y(), 2 * radius)
            self.tip_shown.emit(text)
            self._hit(now, where, self.centre, TIP_FEEDBACK_MS)
        else:
            self.update()

    def hold_centre(self, now: float) -> QPointF:
        """Where the hold circle is at ``now``."""
        if self.leg_started is None:
            return QPointF(self.leg_from)
        share = min(1.0, (now - self.leg_started) / self.leg_seconds)
        return self.leg_from + (self.leg_to - self.leg_from) * share

    def _hold_tick(self, now: float) -> None:
        radius = self.diameter() / 2
        if self.leg_started is None:
            self.centre = QPointF(self.leg_from)
            if self._inside(self.centre, radius):
                self.leg_started = now  # the pointer is on it: off it goes
            self.update()
            return
        self.centre = self.hold_centre(now)
        distance = (math.dist(_xy(self.pointer_at), _xy(self.centre)) if self.pointer_at is not None
                    else float("inf"))
        self.work.hold_sample(now, min(distance, 1e6))
        if now - self.leg_started >= self.leg_seconds:
            followed = self.work.hold_end(now, radius)
            if followed:
                self._after(self.centre, "right", FEEDBACK_MS)
                self.progressed.emit("hit")
            else:
                self.centre = QPointF(self.leg_from)  # the same leg again
                self.leg_started = None
                self.mark = (QPointF(self.centre), "wrong")
                self.progressed.emit("lost")
        self.update()

    # -- what the learner did --------------------------------------------------------------
    def _hit(self, now: float, where: pointer.Aim | None, at: QPointF,
             pause_ms: int = FEEDBACK_MS) -> None:
        self.work.hit(now, where)
        self._after(at, "right", pause_ms)
        self.progressed.emit("hit")

    def _after(self, at: QPointF, mark: str, pause_ms: int) -> None:
        self.mark = (QPointF(at), mark)
        self.waiting = True
        self.next_timer.start(pause_ms)
        self.update()

    def _miss(self, now: float, where: pointer.Aim | None, at: QPointF,
              outcome: str = "miss") -> None:
        if outcome == "miss":
            self.work.miss(now, where)
        else:
            self.work.slip(now, outcome)
        self.mark = (QPointF(at), "wrong")
        self.mark_timer.start()
        self.update()
        self.progressed.emit(outcome)

    def _clear_wrong_mark(self) -> None:
        if self.mark is not None and self.mark[1] == "wrong":
            self.mark = None
            self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self.pointer_at = event.position()
        if self.dragging:
            if self.dragged is not None:
                self.dragged.at = self.pointer_at - self.grab_offset
            else:
                self.item = self.pointer_at - self.grab_offset
                self.centre = self.item
            self.update()
        elif self.kind in ("point", "hover"):
            self.tick()  # (the hold circle samples the pointer at the steady tick only)
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self.pointer_at = None
        super().leaveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        # Qt turns a second press that comes soon enough (by the system's setting) into
        # this event: it is a press like any other here, timed by the room. (Where Qt
        # sends it after the press itself, with the press's time and place, it is the
        # same press, taken once.)
        if self._last_press == (event.timestamp(), event.position(), event.button()):
            event.accept()
            return
        self._press(event)

    def _press(self, event: QMouseEvent) -> None:
        self._last_press = (event.timestamp(), event.position(), event.button())
        self.pointer_at = event.position()
        now = self.clock()
        event.accept()
        if self.waiting or self.work.finished:
            return
        x, y = self.pointer_at.x(), self.pointer_at.y()
        button = event.button()
        size = self.diameter()
        where = pointer.aim(x, y, self.centre.x(), self.centre.y(), size)
        if self.kind in ("click", "scroll"):
            if button != Qt.MouseButton.LeftButton:
                self._miss(now, None, self.pointer_at, "wrong-button")
            elif where.hit:
                self._hit(now, where, self.centre)
            else:
                self._miss(now, where, self.pointer_at)
        elif self.kind == "double-click":
            if button != Qt.MouseButton.LeftButton:
                self._miss(now, None, self.pointer_at, "wrong-button")
                return
            outcome = self.work.double_press(now, x, y, self.centre.x(), self.centre.y(),
                                             size)
            self.single_hinted = False
            if outcome == "double":
                self._after(self.centre, "right", FEEDBACK_MS)
                self.progressed.emit("hit")
            elif outcome == "first":
                self.mark = (QPointF(self.pointer_at), "first")
                self.update()
            else:
                self.mark = (QPointF(self.pointer_at), "wrong")
                self.mark_timer.start()
                self.update()
                self.progressed.emit(outcome)
        elif self.kind == "right-click":
            if not where.hit:
                self._miss(now, where, self.pointer_at)
            elif button == Qt.MouseButton.RightButton:
                self._open_menu(where, event)
            else:
                self._miss(now, None, self.pointer_at, "wrong-button")
        elif self.kind == "drag":
            self._grab(now, button)
        elif self.kind == "hover" and self.exercise.choose:
            self._choose_button(now, button)
        # point, hover (one target) and hold ask for no click: a press does nothing

    def _open_menu(self, where: pointer.Aim, event: QMouseEvent) -> None:
        self.menu_aim = where
        menu = QMenu(self)
        menu.setObjectName("basicsMenu")
        menu.setAccessibleName(self.exercise.title)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        menu.setFont(font)
        for item in self.exercise.menu:
            action = menu.addAction(item)
            action.setObjectName(f"basicsMenuItem:{item}")
            action.triggered.connect(lambda _checked=False, chosen=item: self.choose(chosen))
        menu.aboutToHide.connect(menu.deleteLater)
        self.menu = menu
        menu.popup(event.globalPosition().toPoint())

    def choose(self, item: str) -> None:
        """An item of the right-click menu was chosen."""
        now = self.clock()
        self.menu = None
        if self.waiting or self.work.finished:
            return
        if item == self.exercise.choose:
            self._hit(now, self.menu_aim, self.centre)
        else:
            self._miss(now, None, self.centre, "wrong-item")

    def _grab(self, now: float, button: Qt.MouseButton) -> None:
        assert self.pointer_at is not None
        if button != Qt.MouseButton.LeftButton:
            self._miss(now, None, self.pointer_at, "wrong-button")
            return
        if self.exercise.drag == "picture":
            side = self.piece_side()
            for piece in reversed(self.pieces):
                if not piece.placed and _in_square(self.pointer_at, piece.at, side):
                    self.dragged = piece
                    self.grab_offset = self.pointer_at - piece.at
                    break
            else:
                return  # a press beside the pieces: nothing to hold
        else:
            if not _in_square(self.pointer_at, self.item, self.diameter()):
                self._miss(now, None, self.pointer_at)
                return
            self.grab_offset = self.pointer_at - self.item
        self.dragging = True
        self.press_at = QPointF(self.pointer_at)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        event.accept()
        if not self.dragging:
            return
        self.dragging = False
        self.pointer_at = event.position()
        now = self.clock()
        moved = math.dist(_xy(self.pointer_at), _xy(self.press_at)) >= MOVED
        if self.exercise.drag == "picture":
            piece, self.dragged = self.dragged, None
            assert piece is not None
            if not moved:
                self.progressed.emit("hold-button")
                return
            slot = self.slot_centre(piece.index)
            where = pointer.drop(piece.at.x(), piece.at.y(), slot.x(), slot.y(),
                                 min(self.work.size, self.piece_side()))
            if where.hit:
                piece.at = slot
                piece.placed = True
                self._hit(now, where, slot)
            else:
                self._miss(now, where, piece.at)
                piece.at = self._tray_place(piece.place)
            self.update()
            return
        if not moved:
            self.item = QPointF(self.home)
            self.centre = self.item
            self.update()
            self.progressed.emit("hold-button")
            return
        where = pointer.drop(self.item.x(), self.item.y(), self.slot.x(), self.slot.y(),
                             self.folder_size())
        if where.hit:
            self.item = QPointF(self.slot)
            self._hit(now, where, self.slot)
        else:
            self._miss(now, where, self.item)
            self.item = QPointF(self.home)  # back where it was
            self.centre = self.item
            self.update()

    def folder_size(self) -> float:
        """The folder is a little larger than the file: a drop within it counts."""
        return self.diameter() * 1.3

    def _choose_button(self, now: float, button: Qt.MouseButton) -> None:
        assert self.pointer_at is not None
        size = self.diameter()
        for centre, tip in self.buttons:
            if _in_square(self.pointer_at, centre, size):
                where = pointer.aim(self.pointer_at.x(), self.pointer_at.y(), centre.x(), centre.y(), size)
                if button != Qt.MouseButton.LeftButton:
                    self._miss(now, None, self.pointer_at, "wrong-button")
                elif tip == self.exercise.choose:
                    self._hit(now, where, centre)
                else:
                    self._miss(now, where, centre, "wrong-item")
                return
        self._miss(now, None, self.pointer_at)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.kind == "scroll" and self.exercise.scroll_with == "bar":
            event.accept()  # the bar is asked for: the wheel does nothing
            self.progressed.emit("use-bar")
            return
        if self.kind == "scroll" and self.wheel_to is not None:
            self.work.scrolled("wheel")
            self.wheel_turning = True
            try:
                self.wheel_to(event)  # the page's scroll bar moves
            finally:
                self.wheel_turning = False
            event.accept()
            return
        event.ignore()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Everything keeps its place in proportion (the window changed size, or the
        page was laid out after the first target was placed)."""
        super().resizeEvent(event)
        old, new = event.oldSize(), event.size()
        if old.width() > 0 and old.height() > 0 and old != new:
            sx, sy = new.width() / old.width(), new.height() / old.height()

            def scaled(p: QPointF) -> QPointF:
                return QPointF(p.x() * sx, p.y() * sy)

            self.centre, self.previous = scaled(self.centre), scaled(self.previous)
            self.item, self.home, self.slot = (scaled(self.item), scaled(self.home),
                                               scaled(self.slot))
            self.leg_from, self.leg_to = scaled(self.leg_from), scaled(self.leg_to)
            self.buttons = [(scaled(c), tip) for c, tip in self.buttons]
            if self.tip is not None:
                self.tip = (scaled(self.tip[0]), self.tip[1])
            if self.mark is not None:
                self.mark = (scaled(self.mark[0]), self.mark[1])
        if self.kind == "drag" and self.exercise.drag == "picture" and self.pieces:
            for piece in self.pieces:
                if piece is not self.dragged:
                    piece.at = (self.slot_centre(piece.index) if piece.placed
                                else self._tray_place(piece.place))
            self.picture = None

    # -- drawing ---------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), colour("surface"))
        painter.setPen(QPen(colour("border"), 2))
        painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        if self.kind == "scroll":
            self._paint_page_lines(painter)
        if self.kind == "hold":
            self._paint_hand(painter)
        if self.has_target and (not self.work.finished or self.waiting):
            if self.kind == "drag" and self.exercise.drag == "picture":
                self._paint_picture(painter)
            elif self.kind == "drag":
                self._paint_file_and_folder(painter)
            elif self.kind == "hover" and self.exercise.choose:
                self._paint_buttons(painter)
            else:
                self._paint_target(painter)
        if self.tip is not None:
            self._paint_tip(painter, *self.tip)
        if self.mark is not None:
            self._paint_mark(painter, *self.mark)
        painter.end()

    def _paint_target(self, painter: QPainter) -> None:
        radius = self.diameter() / 2
        centre = self.centre
        if self.kind == "hold":
            on = self._inside(centre, radius)
            fill = QColor(colour("good") if on else colour("accent"))
            fill.setAlpha(90)
            painter.setBrush(fill)
            painter.setPen(QPen(colour("good") if on else colour("accent"), 5))
            painter.drawEllipse(centre, radius, radius)
            if self.leg_started is None:  # where it will go
                painter.setPen(QPen(colour("muted"), 3, Qt.PenStyle.DashLine))
                painter.drawLine(self.leg_from, self.leg_to)
            return
        if self.kind == "hover":
            tips = self.exercise.tips
            self._paint_button(painter, centre, 2 * radius, self._inside(centre, radius),
                               tips[self.work.index % len(tips)])
            self._paint_rest_ring(painter, centre, radius)
            return
        painter.setPen(QPen(colour("heading"), 2))
        painter.setBrush(colour("accent"))
        painter.drawEllipse(centre, radius, radius)
        painter.setBrush(colour("surface"))
        painter.drawEllipse(centre, radius * 0.66, radius * 0.66)
        painter.setBrush(colour("accent"))
        painter.drawEllipse(centre, radius * 0.33, radius * 0.33)
        if self.kind == "point":
            self._paint_rest_ring(painter, centre, radius)

    def _paint_rest_ring(self, painter: QPainter, centre: QPointF, radius: float) -> None:
        if self.dwell.since is None:
            return
        share = min(1.0, (self.clock() - self.dwell.since) / self.dwell.seconds)
        painter.setPen(QPen(colour("focus"), 7, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        box = QRectF(centre.x() - radius - 8, centre.y() - radius - 8, 2 * radius + 16,
                     2 * radius + 16)
        painter.drawArc(box, 90 * 16, -round(360 * 16 * share))

    def _paint_button(self, painter: QPainter, centre: QPointF, size: float,
                      over: bool, tip: str = "") -> None:
        box = QRectF(centre.x() - size / 2, centre.y() - size / 2, size, size)
        painter.setPen(QPen(colour("focus") if over else colour("border_strong"), 3))
        painter.setBrush(colour("selection") if over else colour("header"))
        painter.drawRoundedRect(box, size * 0.18, size * 0.18)
        # a dot of its own colour, so the learner sees which buttons they tried (the tip
        # says what each does)
        series = palette().series
        tips = self.exercise.tips
        index = tips.index(tip) if tip in tips else 0
        painter.setBrush(QColor(series[index % len(series)]) if series else colour("muted"))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(centre, size * 0.16, size * 0.16)

    def _paint_buttons(self, painter: QPainter) -> None:
        size = self.diameter()
        for n, (centre, tip) in enumerate(self.buttons):
            over = n == self.hovered
            self._paint_button(painter, centre, size, over, tip)
            if over and self.tip is None:
                self._paint_rest_ring(painter, centre, size / 2)

    def _paint_tip(self, painter: QPainter, at: QPointF, text: str) -> None:
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        painter.setFont(font)
        metrics = painter.fontMetrics()
        width = metrics.horizontalAdvance(text) + 28
        height = metrics.height() + 18
        size = self.diameter()
        x = min(max(at.x() - width / 2, 4), self.width() - width - 4)
        y = at.y() - size / 2 - height - 10
        if y < 4:
            y = at.y() + size / 2 + 10
        box = QRectF(x, y, width, height)
        painter.setPen(QPen(colour("border_strong"), 2))
        painter.setBrush(colour("note"))
        painter.drawRoundedRect(box, 8, 8)
        painter.setPen(colour("note_text"))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    def _paint_file_and_folder(self, painter: QPainter) -> None:
        size = self.diameter()
        folder = self.folder_size()
        for name, centre, side in ((FOLDER_PICTURE, self.slot, folder),
                                   (FILE_PICTURE, self.item, size)):
            box = QRectF(centre.x() - side / 2, centre.y() - side / 2, side, side)
            icon = picture(name)
            if not icon.isNull():
                icon.paint(painter, box.toRect())
                continue
            # (without the explorer's pictures: plain shapes in the theme's colours)
            painter.setPen(QPen(colour("heading"), 3))
            painter.setBrush(colour("note") if name == FOLDER_PICTURE else colour("surface_alt"))
            painter.drawRoundedRect(box.adjusted(side * 0.1, side * 0.2, -side * 0.1,
                                                 -side * 0.1), 8, 8)

    def _paint_picture(self, painter: QPainter) -> None:
        if not self.pieces:
            return
        side = self.piece_side()
        columns, rows = grid_of(len(self.pieces))
        if self.picture is None or self.picture.width() != round(columns * side):
            self.picture = self._draw_picture(columns, rows, side)
        # the slots: dashed squares where the pieces go
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for piece in self.pieces:
            slot = self.slot_centre(piece.index)
            painter.setPen(QPen(colour("border_strong"), 2, Qt.PenStyle.DashLine))
            painter.drawRect(QRectF(slot.x() - side / 2, slot.y() - side / 2, side, side))
        ordered = sorted(self.pieces, key=lambda p: (not p.placed, p is self.dragged))
        for piece in ordered:
            column, row = piece.index % columns, piece.index // columns
            source = QRectF(column * side, row * side, side, side)
            target = QRectF(piece.at.x() - side / 2, piece.at.y() - side / 2, side, side)
            painter.drawPixmap(target, self.picture, source)
            painter.setPen(QPen(colour("heading"), 1 if piece.placed else 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(target)

    def _draw_picture(self, columns: int, rows: int, side: float) -> QPixmap:
        """A simple scene (sky, sun, a house, a tree, grass), in the theme's colours, so
        each piece shows something to place by."""
        width, height = round(columns * side), round(rows * side)
        pixmap = QPixmap(width, height)
        pixmap.fill(colour("selection"))
        p = QPainter(pixmap)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        series = [QColor(c) for c in palette().series] or [colour("accent")]
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(colour("good"))
        p.drawRect(QRectF(0, height * 0.7, width, height * 0.3))
        p.setBrush(series[2 % len(series)])
        p.drawEllipse(QPointF(width * 0.82, height * 0.2), height * 0.13, height * 0.13)
        p.setBrush(series[4 % len(series)])
        house = QRectF(width * 0.18, height * 0.42, width * 0.34, height * 0.34)
        p.drawRect(house)
        roof = QPainterPath()
        roof.moveTo(house.left() - width * 0.04, house.top())
        roof.lineTo(house.center().x(), height * 0.2)
        roof.lineTo(house.right() + width * 0.04, house.top())
        roof.closeSubpath()
        p.setBrush(series[1 % len(series)])
        p.drawPath(roof)
        p.setBrush(colour("surface"))
        p.drawRect(QRectF(house.center().x() - width * 0.035, house.bottom() - height * 0.16,
                          width * 0.07, height * 0.16))
        p.setBrush(colour("heading"))
        p.drawRect(QRectF(width * 0.72, height * 0.5, width * 0.03, height * 0.25))
        p.setBrush(series[0])
        p.drawEllipse(QPointF(width * 0.735, height * 0.45), width * 0.09, height * 0.13)
        p.end()
        return pixmap

    def _paint_page_lines(self, painter: QPainter) -> None:
        """A long page: grey lines like text, so the learner sees it move."""
        painter.setPen(QPen(colour("header"), 8, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        step = 38
        for n, y in enumerate(range(30, self.height() - 20, step)):
            end = self.width() * (0.55 + 0.35 * ((n * 7) % 5) / 4)
            x0, x1 = 30.0, end - 30
            if self.right_to_left:
                x0, x1 = self.width() - x0, self.width() - x1
            painter.drawLine(QPointF(x0, y), QPointF(x1, y))

    def _paint_hand(self, painter: QPainter) -> None:
        side = min(150, self.height() // 3)
        pixmap = hand_picture().pixmap(QSize(side, side))
        x = MARGIN if not self.right_to_left else self.width() - MARGIN - side
        box = QRectF(x, self.height() - side - MARGIN, side, side)
        painter.save()
        if self.right_to_left:  # the hand and its arrows turn round
            painter.translate(box.x() * 2 + side, 0)
            painter.scale(-1, 1)
        painter.setOpacity(0.9)
        painter.drawPixmap(box.toRect(), pixmap)
        painter.restore()

    def _paint_mark(self, painter: QPainter, at: QPointF, mark: str) -> None:
        if mark == "first":
            painter.setPen(QPen(colour("focus"), 4))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(at, 14, 14)
            return
        good = mark == "right"
        radius = 26.0
        painter.setPen(QPen(colour("surface"), 3))
        painter.setBrush(colour("good") if good else colour("bad"))
        painter.drawEllipse(at, radius, radius)
        pen = QPen(colour("surface"), 7, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                   Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        if good:
            path = QPainterPath()
            path.moveTo(at.x() - 12, at.y() + 1)
            path.lineTo(at.x() - 3, at.y() + 10)
            path.lineTo(at.x() + 13, at.y() - 9)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
        else:
            painter.drawLine(QPointF(at.x() - 10, at.y() - 10), QPointF(at.x() + 10, at.y() + 10))
            painter.drawLine(QPointF(at.x() + 10, at.y() - 10), QPointF(at.x() - 10, at.y() + 10))


def _xy(point: QPointF) -> tuple[float, float]:
    return point.x(), point.y()


def _in_square(at: QPointF, centre: QPointF, side: float) -> bool:
    return abs(at.x() - centre.x()) <= side / 2 and abs(at.y() - centre.y()) <= side / 2


class PointerPage(QWidget):
    """The practice area of one pointer exercise (the page contract of the step kinds,
    for the pointer kinds): ``progressed(outcome)`` after the engine was told."""

    progressed = Signal(str)
    tip_shown = Signal(str)

    def __init__(self, exercise: BasicsExercise, work: PointerWork,
                 clock: Callable[[], float], parent: QWidget | None = None,
                 rng: random.Random | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("basicsPointerPage")
        self.exercise = exercise
        self.work = work
        self.canvas = PointerCanvas(exercise, work, clock, None, rng)
        self.canvas.progressed.connect(self.progressed)
        self.canvas.tip_shown.connect(self.tip_shown)
        self.scroll_area: QScrollArea | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if exercise.kind == "scroll":
            scroll = QScrollArea()
            scroll.setObjectName("basicsScrollArea")
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidgetResizable(True)
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            scroll.setVerticalScrollBarPolicy(
                Qt.ScrollBarPolicy.ScrollBarAlwaysOff if exercise.scroll_with == "wheel"
                else Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
            bar = scroll.verticalScrollBar()
            bar.setObjectName("basicsScrollBar")
            # A wide bar for a newcomer's first try (its colours stay the theme's).
            bar.setStyleSheet("QScrollBar:vertical { width: 34px; border-radius: 17px; }"
                              "QScrollBar::handle:vertical { border-radius: 17px;"
                              " min-height: 60px; }")
            bar.actionTriggered.connect(self._bar_used)
            scroll.setWidget(self.canvas)
            scroll.viewport().installEventFilter(self)
            self.canvas.wheel_to = lambda event: QApplication.sendEvent(bar, event)
            self.scroll_area = scroll
            layout.addWidget(scroll)
        else:
            layout.addWidget(self.canvas)
        self.retranslate()

    def _bar_used(self, _action: int) -> None:
        if not self.canvas.wheel_turning:
            self.work.scrolled("bar")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.scroll_area is not None and watched is self.scroll_area.viewport():
            if event.type() == QEvent.Type.Wheel and self.exercise.scroll_with == "bar":
                return True  # (the canvas said to use the bar)
            if event.type() == QEvent.Type.Resize:
                self._fit_page()
        return super().eventFilter(watched, event)

    def _fit_page(self) -> None:
        if self.scroll_area is not None:
            height = self.scroll_area.viewport().height()
            self.canvas.setMinimumHeight(max(600, height * SCROLL_PAGES))

    def show_step(self) -> None:
        """The exercise opens (or starts again): the first target."""
        self._fit_page()
        if self.scroll_area is not None:
            self.scroll_area.verticalScrollBar().setValue(0)
        self.canvas.start()

    def tick(self) -> None:
        self.canvas.tick()

    def stop(self) -> None:
        self.canvas.stop()

    def hideEvent(self, event) -> None:
        self.canvas.ticker.stop()
        super().hideEvent(event)

    def showEvent(self, event) -> None:
        if not self.work.finished and self.canvas.has_target:
            self.canvas.ticker.start()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.canvas.setAccessibleName(self.tr("Practice area: {title}").format(
            title=self.exercise.title))
        self.canvas.setAccessibleDescription(self.exercise.say)
        if self.scroll_area is not None:
            self.scroll_area.setAccessibleName(self.tr("A long page"))
            self.scroll_area.verticalScrollBar().setAccessibleName(self.tr("Scroll bar"))


