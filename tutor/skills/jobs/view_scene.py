"""The picture of a boxes task: a flat 640x400 street scene (sky, a sun, a pavement and
grass) with each ``SceneObject`` drawn as a simple, recognisable picture filling its box.

The picture is an illustration, the same in every theme (as ``style.keycaps_icon``): its
colours are the normal theme's, by role, so the learner sees the same scene the gold
boxes were made on. Drawing is vector work in scene coordinates (640x400), scaled to the
rectangle asked for, so the scene is sharp at any size and deterministic.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

from tutor.skills.jobs.model import SCENE_HEIGHT, SCENE_WIDTH, SceneObject
from tutor.ui.style import NORMAL

HORIZON = 230  # where the sky ends, in scene pixels


def ink(role: str) -> QColor:
    """A colour of the normal theme by role; ``fingers.xx`` names a keyboard finger's."""
    if role.startswith("fingers."):
        return QColor(NORMAL.fingers[role.split(".", 1)[1]])
    if role.startswith("series."):
        return QColor(NORMAL.series[int(role.split(".", 1)[1])])
    return QColor(getattr(NORMAL, role))


def scene_pixmap(scene: Sequence[SceneObject], size: QSize | None = None) -> QPixmap:
    """The scene as a picture of ``size`` (640x400 when not given); the picture keeps the
    scene's ratio inside ``size`` (the rest is the normal background)."""
    size = size or QSize(SCENE_WIDTH, SCENE_HEIGHT)
    pixmap = QPixmap(size)
    pixmap.fill(ink("background"))
    painter = QPainter(pixmap)
    draw_scene(painter, scene, fitted(QRectF(0, 0, size.width(), size.height())))
    painter.end()
    return pixmap


def fitted(rect: QRectF) -> QRectF:
    """The largest 640x400-shaped rectangle centred in ``rect``."""
    scale = min(rect.width() / SCENE_WIDTH, rect.height() / SCENE_HEIGHT)
    w, h = SCENE_WIDTH * scale, SCENE_HEIGHT * scale
    return QRectF(rect.x() + (rect.width() - w) / 2, rect.y() + (rect.height() - h) / 2, w, h)


def draw_scene(painter: QPainter, scene: Sequence[SceneObject], rect: QRectF) -> None:
    """Draw the scene stretched onto ``rect`` (give it a 640x400-shaped one, see
    :func:`fitted`). The painter's state is restored afterwards."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.translate(rect.topLeft())
    painter.scale(rect.width() / SCENE_WIDTH, rect.height() / SCENE_HEIGHT)
    painter.setClipRect(QRectF(0, 0, SCENE_WIDTH, SCENE_HEIGHT))
    _background(painter)
    for thing in scene:
        box = QRectF(thing.x, thing.y, thing.w, thing.h)
        painter.save()
        DRAWERS[thing.thing](painter, box)
        painter.restore()
    painter.restore()


def _background(p: QPainter) -> None:
    p.setPen(Qt.PenStyle.NoPen)
    p.fillRect(QRectF(0, 0, SCENE_WIDTH, HORIZON), ink("selection"))  # sky
    p.setBrush(ink("fingers.lm"))
    p.drawEllipse(QPointF(560, 60), 32, 32)  # the sun
    p.setBrush(ink("surface"))
    for cx, cy in ((120, 70), (300, 45)):  # two clouds
        for dx, r in ((-22, 16), (0, 22), (22, 16)):
            p.drawEllipse(QPointF(cx + dx, cy), r, r * 0.8)
    p.fillRect(QRectF(0, HORIZON, SCENE_WIDTH, 40), ink("header"))  # pavement
    p.fillRect(QRectF(0, HORIZON + 40, SCENE_WIDTH, SCENE_HEIGHT), ink("good_background"))
    p.setPen(QPen(ink("border"), 2))
    for x in range(0, SCENE_WIDTH, 64):  # paving stones
        p.drawLine(QPointF(x, HORIZON), QPointF(x - 12, HORIZON + 40))
    p.drawLine(QPointF(0, HORIZON + 40), QPointF(SCENE_WIDTH, HORIZON + 40))


def _at(box: QRectF, fx: float, fy: float) -> QPointF:
    """The point at fractions ``fx``, ``fy`` of ``box``."""
    return QPointF(box.x() + box.width() * fx, box.y() + box.height() * fy)


def _part(box: QRectF, fx: float, fy: float, fw: float, fh: float) -> QRectF:
    """The part of ``box`` at fractions (x, y, width, height)."""
    return QRectF(box.x() + box.width() * fx, box.y() + box.height() * fy,
                  box.width() * fw, box.height() * fh)


def _fill(p: QPainter, role: str, outline: str = "heading", width: float = 1.5) -> None:
    p.setBrush(QBrush(ink(role)))
    p.setPen(QPen(ink(outline), width) if outline else Qt.PenStyle.NoPen)


def _person(p: QPainter, b: QRectF) -> None:
    line = max(1.5, b.width() * 0.04)
    _fill(p, "heading", "heading", line)  # legs
    p.drawRoundedRect(_part(b, 0.30, 0.58, 0.16, 0.40), 3, 3)
    p.drawRoundedRect(_part(b, 0.54, 0.58, 0.16, 0.40), 3, 3)
    _fill(p, "fingers.lr", "heading", line)  # arms (skin), then the shirt over them
    p.drawRoundedRect(_part(b, 0.08, 0.26, 0.16, 0.36), 4, 4)
    p.drawRoundedRect(_part(b, 0.76, 0.26, 0.16, 0.36), 4, 4)
    _fill(p, "series.1", "heading", line)
    p.drawRoundedRect(_part(b, 0.20, 0.22, 0.60, 0.40), 6, 6)
    _fill(p, "fingers.lr", "heading", line)  # the head
    head = _part(b, 0.30, 0.0, 0.40, 0.22)
    p.drawEllipse(head)
    _fill(p, "code_keyword", "", 0)  # hair
    p.drawChord(head, 0, 180 * 16)


def _car(p: QPainter, b: QRectF) -> None:
    line = max(1.5, b.height() * 0.03)
    _fill(p, "bad", "heading", line)
    cabin = QPolygonF([_at(b, 0.22, 0.42), _at(b, 0.32, 0.06), _at(b, 0.70, 0.06),
                       _at(b, 0.82, 0.42)])
    p.drawPolygon(cabin)
    p.drawRoundedRect(_part(b, 0.0, 0.38, 1.0, 0.40), 8, 8)
    _fill(p, "selection", "heading", line)  # windows
    p.drawPolygon(QPolygonF([_at(b, 0.28, 0.40), _at(b, 0.35, 0.13), _at(b, 0.49, 0.13),
                             _at(b, 0.49, 0.40)]))
    p.drawPolygon(QPolygonF([_at(b, 0.53, 0.40), _at(b, 0.53, 0.13), _at(b, 0.67, 0.13),
                             _at(b, 0.76, 0.40)]))
    _fill(p, "fingers.lm", "heading", 1)  # lights
    p.drawRect(_part(b, 0.92, 0.48, 0.07, 0.08))
    radius = min(b.width() * 0.11, b.height() * 0.22)
    for fx in (0.22, 0.78):  # wheels
        _fill(p, "heading", "heading", 1)
        p.drawEllipse(_at(b, fx, 0.78), radius, radius)
        _fill(p, "border_strong", "", 0)
        p.drawEllipse(_at(b, fx, 0.78), radius * 0.45, radius * 0.45)


def _bicycle(p: QPainter, b: QRectF) -> None:
    radius = min(b.width() * 0.22, b.height() * 0.30)
    back, front = _at(b, 0.25, 1.0), _at(b, 0.75, 1.0)
    back.setY(b.bottom() - radius - 1)
    front.setY(b.bottom() - radius - 1)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.setPen(QPen(ink("heading"), max(2.0, radius * 0.16)))
    p.drawEllipse(back, radius, radius)
    p.drawEllipse(front, radius, radius)
    pedal = QPointF(b.x() + b.width() * 0.47, back.y())
    seat = QPointF(b.x() + b.width() * 0.38, b.y() + b.height() * 0.22)
    bar = QPointF(b.x() + b.width() * 0.70, b.y() + b.height() * 0.15)
    p.setPen(QPen(ink("series.0"), max(2.5, radius * 0.18), Qt.PenStyle.SolidLine,
                  Qt.PenCapStyle.RoundCap))
    p.drawPolyline(QPolygonF([back, pedal, seat, back]))
    p.drawPolyline(QPolygonF([pedal, QPointF(bar.x() - b.width() * 0.02, seat.y() + 4), seat]))
    p.drawLine(front, bar)
    p.setPen(QPen(ink("heading"), max(3.0, radius * 0.22), Qt.PenStyle.SolidLine,
                  Qt.PenCapStyle.RoundCap))
    p.drawLine(QPointF(seat.x() - b.width() * 0.08, seat.y()),
               QPointF(seat.x() + b.width() * 0.06, seat.y()))  # saddle
    p.drawLine(bar, QPointF(bar.x() - b.width() * 0.08, bar.y() - b.height() * 0.02))


def _bag(p: QPainter, b: QRectF) -> None:
    line = max(2.0, b.width() * 0.05)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.setPen(QPen(ink("code_keyword"), max(3.0, b.width() * 0.08)))
    p.drawArc(_part(b, 0.28, 0.02, 0.44, 0.50), 0, 180 * 16)  # the handle
    _fill(p, "series.2", "code_keyword", line)
    p.drawRoundedRect(_part(b, 0.02, 0.28, 0.96, 0.70), 8, 8)
    p.setPen(QPen(ink("code_keyword"), line))
    p.drawLine(_at(b, 0.04, 0.50), _at(b, 0.96, 0.50))  # the flap
    _fill(p, "fingers.lm", "code_keyword", 1)
    p.drawRect(_part(b, 0.44, 0.46, 0.12, 0.10))  # the clasp


def _phone(p: QPainter, b: QRectF) -> None:
    radius = min(b.width(), b.height()) * 0.15
    _fill(p, "heading", "heading", 1)
    p.drawRoundedRect(b.adjusted(1, 1, -1, -1), radius, radius)
    _fill(p, "fingers.rm", "", 0)  # the screen
    p.drawRect(_part(b, 0.12, 0.10, 0.76, 0.72))
    _fill(p, "surface", "", 0)
    p.drawEllipse(_at(b, 0.5, 0.90), b.width() * 0.08, b.width() * 0.08)  # the button
    _fill(p, "surface", "", 0)  # app squares on the screen
    for row in range(3):
        for col in range(2):
            p.drawRoundedRect(_part(b, 0.22 + col * 0.32, 0.18 + row * 0.2, 0.22, 0.12), 2, 2)


def _bottle(p: QPainter, b: QRectF) -> None:
    line = max(1.5, b.width() * 0.04)
    _fill(p, "good", "heading", line)
    p.drawRect(_part(b, 0.36, 0.08, 0.28, 0.22))  # the neck
    path = QPainterPath()
    path.moveTo(_at(b, 0.36, 0.28))
    path.cubicTo(_at(b, 0.36, 0.36), _at(b, 0.08, 0.36), _at(b, 0.08, 0.46))
    path.lineTo(_at(b, 0.08, 0.96))
    path.quadTo(_at(b, 0.08, 1.0), _at(b, 0.2, 1.0))
    path.lineTo(_at(b, 0.8, 1.0))
    path.quadTo(_at(b, 0.92, 1.0), _at(b, 0.92, 0.96))
    path.lineTo(_at(b, 0.92, 0.46))
    path.cubicTo(_at(b, 0.92, 0.36), _at(b, 0.64, 0.36), _at(b, 0.64, 0.28))
    path.closeSubpath()
    p.drawPath(path)
    _fill(p, "surface", "heading", 1)  # the label
    p.drawRect(_part(b, 0.08, 0.56, 0.84, 0.22))
    _fill(p, "bad", "heading", line)  # the cap
    p.drawRoundedRect(_part(b, 0.32, 0.0, 0.36, 0.10), 2, 2)


def _tree(p: QPainter, b: QRectF) -> None:
    _fill(p, "code_keyword", "heading", 1.5)
    p.drawRect(_part(b, 0.42, 0.55, 0.16, 0.45))  # the trunk
    _fill(p, "good", "heading", 1.5)
    p.drawEllipse(_part(b, 0.0, 0.22, 0.55, 0.42))
    p.drawEllipse(_part(b, 0.45, 0.22, 0.55, 0.42))
    p.drawEllipse(_part(b, 0.15, 0.0, 0.70, 0.50))
    _fill(p, "fingers.li", "", 0)  # light on the leaves
    p.drawEllipse(_part(b, 0.30, 0.10, 0.22, 0.14))


def _house(p: QPainter, b: QRectF) -> None:
    line = max(1.5, b.width() * 0.015)
    _fill(p, "note", "heading", line)
    p.drawRect(_part(b, 0.08, 0.42, 0.84, 0.58))  # the walls
    _fill(p, "series.4", "heading", line)
    p.drawPolygon(QPolygonF([_at(b, 0.0, 0.44), _at(b, 0.5, 0.0), _at(b, 1.0, 0.44)]))
    _fill(p, "code_keyword", "heading", line)
    p.drawRect(_part(b, 0.42, 0.66, 0.16, 0.34))  # the door
    _fill(p, "selection", "heading", line)
    for fx in (0.16, 0.66):  # windows with their crosses
        window = _part(b, fx, 0.54, 0.18, 0.18)
        p.drawRect(window)
        p.drawLine(QPointF(window.center().x(), window.top()),
                   QPointF(window.center().x(), window.bottom()))
        p.drawLine(QPointF(window.left(), window.center().y()),
                   QPointF(window.right(), window.center().y()))


def _dog(p: QPainter, b: QRectF) -> None:
    line = max(1.5, b.width() * 0.02)
    _fill(p, "series.2", "heading", line)
    for fx in (0.18, 0.30, 0.58, 0.70):  # legs
        p.drawRoundedRect(_part(b, fx, 0.55, 0.09, 0.45), 2, 2)
    p.setPen(QPen(ink("series.2"), max(3.0, b.height() * 0.08), Qt.PenStyle.SolidLine,
                  Qt.PenCapStyle.RoundCap))
    p.drawLine(_at(b, 0.10, 0.45), _at(b, 0.0, 0.22))  # the tail
    _fill(p, "series.2", "heading", line)
    p.drawEllipse(_part(b, 0.08, 0.30, 0.72, 0.38))  # the body
    p.drawEllipse(_part(b, 0.62, 0.05, 0.34, 0.40))  # the head
    p.drawEllipse(_part(b, 0.82, 0.22, 0.18, 0.16))  # the snout
    _fill(p, "code_keyword", "heading", line)
    p.drawEllipse(_part(b, 0.64, 0.06, 0.12, 0.30))  # an ear
    _fill(p, "heading", "", 0)
    p.drawEllipse(_at(b, 0.82, 0.18), max(1.5, b.width() * 0.025), max(1.5, b.width() * 0.025))
    p.drawEllipse(_at(b, 0.985, 0.27), max(1.5, b.width() * 0.02), max(1.5, b.width() * 0.02))


def _chair(p: QPainter, b: QRectF) -> None:
    line = max(1.5, b.width() * 0.03)
    _fill(p, "series.3", "heading", line)
    p.drawRect(_part(b, 0.12, 0.0, 0.14, 1.0))  # the back leg and the back's post
    p.drawRoundedRect(_part(b, 0.12, 0.02, 0.70, 0.14), 3, 3)  # the top of the back
    p.drawRect(_part(b, 0.68, 0.02, 0.14, 0.52))
    p.drawRect(_part(b, 0.28, 0.18, 0.38, 0.08))  # a slat
    p.drawRect(_part(b, 0.72, 0.55, 0.14, 0.45))  # the front leg
    p.drawRoundedRect(_part(b, 0.02, 0.50, 0.96, 0.12), 3, 3)  # the seat


DRAWERS: dict[str, Callable[[QPainter, QRectF], None]] = {
    "person": _person, "car": _car, "bicycle": _bicycle, "bag": _bag, "phone": _phone,
    "bottle": _bottle, "tree": _tree, "house": _house, "dog": _dog, "chair": _chair,
}
