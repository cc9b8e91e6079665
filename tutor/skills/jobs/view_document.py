"""The picture of a data-entry document: a paper of the document's kind (a form, an
invoice, a receipt, an ID card with a photo placeholder) with its title and each field's
label and value, a rotated stamp, the whole paper turned by ``skew`` degrees, and the
handwritten fields in dark blue ink, each letter a little off the line and turned.

Deterministic: the handwriting's jitter comes from a generator seeded by the text (CRC32,
not Python's salted ``hash``), the fonts are the shipped Noto Sans at pixel sizes, and
the colours are the normal theme's by role (the paper looks the same in every theme).
"""

from __future__ import annotations

import random
import zlib
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QPainter,
    QPen,
    QPixmap,
    QTransform,
)

from tutor.paths import resource
from tutor.skills.jobs.model import Document, DocumentField
from tutor.skills.jobs.view_scene import ink

FAMILY = "Noto Sans"
PAPER_WIDTH = 600.0  # the paper is laid out at this width (A4-like kinds), then scaled
MARGIN = 14  # around the turned paper, in the picture's pixels
STAMP_BAND = 84.0  # the room below the fields that a stamp takes
MAX_WIDTH = 3000  # a picture is never wider nor higher than these (bounded memory):
MAX_HEIGHT = 8000  # a long paper asked wide is drawn narrower


def _ensure_font() -> None:
    if FAMILY in QFontDatabase.families():
        return
    for name in ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"):
        path = resource("assets", "fonts", name)
        if path.is_file():
            QFontDatabase.addApplicationFont(str(path))


def _font(pixels: float, bold: bool = False, italic: bool = False) -> QFont:
    font = QFont(FAMILY)
    font.setPixelSize(max(1, round(pixels)))
    font.setBold(bold)
    font.setItalic(italic)
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    return font


@dataclass(frozen=True)
class _Look:
    """How one kind of paper is laid out, in paper pixels."""

    width: float
    text: float  # the size of the fields' letters
    title: float
    label_share: float  # the part of a row the label takes (side by side)
    stacked: bool  # the label above the value (a form's boxes)


LOOKS = {
    "form": _Look(PAPER_WIDTH, 17, 26, 1.0, True),
    "invoice": _Look(PAPER_WIDTH, 17, 30, 0.42, False),
    "receipt": _Look(360.0, 16, 22, 0.5, False),
    "id-card": _Look(PAPER_WIDTH, 17, 24, 0.40, False),
}


def document_pixmap(document: Document, width: int = 520) -> QPixmap:
    """The document as a picture ``width`` pixels wide (its height follows the paper),
    narrower when it would be higher than ``MAX_HEIGHT``."""
    _ensure_font()
    width = max(120, min(MAX_WIDTH, int(width)))
    paper = _Paper(document)
    w, h = paper.size()
    turn = QRectF(-w / 2, -h / 2, w, h)
    bounds = QTransform().rotate(document.skew).mapRect(turn)
    scale = (width - 2 * MARGIN) / bounds.width()
    if bounds.height() * scale + 2 * MARGIN > MAX_HEIGHT:
        scale = (MAX_HEIGHT - 2 * MARGIN) / bounds.height()
        width = max(2 * MARGIN + 1, round(bounds.width() * scale + 2 * MARGIN))
    height = round(bounds.height() * scale + 2 * MARGIN)
    pixmap = QPixmap(width, height)
    pixmap.fill(ink("border_strong"))  # the desk under the paper
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.translate(width / 2, height / 2)
    painter.scale(scale, scale)
    painter.rotate(document.skew)
    painter.translate(-w / 2, -h / 2)
    paper.draw(painter)
    painter.end()
    return pixmap


class _Paper:
    """Lays out and draws one document in paper coordinates (origin at its corner)."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.look = LOOKS[document.kind]
        self.pad = 28.0 if document.kind != "receipt" else 20.0
        self.line = QFontMetricsF(_font(self.look.text)).lineSpacing()
        self.title_height = QFontMetricsF(_font(self.look.title, bold=True)).lineSpacing() * 1.6
        self.photo = QRectF()
        if document.kind == "id-card":
            self.photo = QRectF(self.pad, self.pad + self.title_height, 140, 180)
        left = self.pad + (self.photo.width() + 20 if document.kind == "id-card" else 0)
        self.left = left
        self.inner = self.look.width - left - self.pad
        self.rows = [self._row_height(field) for field in document.fields]

    # -- layout ----------------------------------------------------------------------
    def _label_width(self) -> float:
        return self.inner if self.look.stacked else self.inner * self.look.label_share

    def _value_width(self) -> float:
        return self.inner - 12 if self.look.stacked else self.inner - self._label_width() - 8

    def _row_height(self, field: DocumentField) -> float:
        value_lines = len(_wrap(field.value, self._value_font(field), self._value_width()))
        label_lines = len(_wrap(field.label, _font(self.look.text * 0.8 if self.look.stacked
                                                   else self.look.text, bold=True),
                                self._label_width()))
        value_height = max(1, value_lines) * self.line * (1.25 if field.handwritten else 1.0)
        if self.look.stacked:
            return label_lines * self.line * 0.8 + value_height + 22
        return max(label_lines * self.line, value_height) + 12

    def _value_font(self, field: DocumentField) -> QFont:
        if field.handwritten:
            return _font(self.look.text * 1.2, italic=True)
        return _font(self.look.text)

    def size(self) -> tuple[float, float]:
        top = self.pad + self.title_height
        body = sum(self.rows)
        if self.document.kind == "id-card":
            body = max(body, self.photo.height() + 10)
        bottom = self.pad + (40 if self.document.kind in ("invoice", "receipt") else 10)
        if self.document.stamp:  # the stamp has its own place: it hides no value
            bottom += STAMP_BAND
        return self.look.width, top + body + bottom

    # -- drawing ---------------------------------------------------------------------
    def draw(self, p: QPainter) -> None:
        w, h = self.size()
        kind = self.document.kind
        p.setPen(QPen(ink("border_strong"), 1.5))
        p.setBrush(ink("fingers.rm") if kind == "id-card" else ink("surface"))
        if kind == "id-card":
            p.drawRoundedRect(QRectF(0, 0, w, h), 22, 22)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(ink("series.1"))
            p.drawRoundedRect(QRectF(0, 0, w, self.pad + self.title_height - 8), 22, 22)
            p.drawRect(QRectF(0, 22, w, self.pad + self.title_height - 30))
        else:
            p.drawRect(QRectF(0, 0, w, h))
        self._title(p, w)
        if kind == "id-card":
            self._photo(p)
        y = self.pad + self.title_height
        for field, height in zip(self.document.fields, self.rows, strict=True):
            self._field(p, field, y, height)
            y += height
        if kind in ("invoice", "receipt"):
            p.setPen(QPen(ink("muted"), 1.5, Qt.PenStyle.DashLine if kind == "receipt"
                          else Qt.PenStyle.SolidLine))
            p.drawLine(QPointF(self.pad, y + 14), QPointF(w - self.pad, y + 14))
        if self.document.stamp:
            self._stamp(p, w, h)

    def _title(self, p: QPainter, w: float) -> None:
        kind = self.document.kind
        font = _font(self.look.title, bold=True)
        p.setFont(font)
        p.setPen(ink("surface") if kind == "id-card" else ink("heading"))
        align = (Qt.AlignmentFlag.AlignHCenter if kind in ("receipt", "form")
                 else Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignVCenter
        box = QRectF(self.pad, self.pad * 0.5, w - 2 * self.pad, self.title_height)
        p.drawText(box, int(align), _elided(self.document.title, font, box.width()))
        if kind in ("invoice", "form"):
            p.setPen(QPen(ink("accent"), 3))
            p.drawLine(QPointF(self.pad, self.pad * 0.5 + self.title_height),
                       QPointF(w - self.pad, self.pad * 0.5 + self.title_height))

    def _photo(self, p: QPainter) -> None:
        box = self.photo
        p.setPen(QPen(ink("border_strong"), 2))
        p.setBrush(ink("surface_alt"))
        p.drawRect(box)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(ink("muted"))
        p.drawEllipse(QPointF(box.center().x(), box.top() + box.height() * 0.38),
                      box.width() * 0.2, box.height() * 0.17)
        p.drawChord(QRectF(box.left() + box.width() * 0.15, box.top() + box.height() * 0.6,
                           box.width() * 0.7, box.height() * 0.7), 0, 180 * 16)

    def _field(self, p: QPainter, field: DocumentField, y: float, height: float) -> None:
        look = self.look
        label_font = _font(look.text * 0.8 if look.stacked else look.text, bold=True)
        p.setFont(label_font)
        p.setPen(ink("muted") if look.stacked else ink("heading"))
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                    | Qt.TextFlag.TextWordWrap)
        label_box = QRectF(self.left, y + 4, self._label_width(), height)
        p.drawText(label_box, flags, field.label)
        if look.stacked:
            label_lines = len(_wrap(field.label, label_font, self._label_width()))
            top = y + 4 + label_lines * self.line * 0.8 + 2
            box = QRectF(self.left, top, self.inner, y + height - 6 - top)
            p.setPen(QPen(ink("border_strong"), 1.2))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(box)
            value_box = box.adjusted(6, 2, -6, 0)
        else:
            x = self.left + self._label_width() + 8
            value_box = QRectF(x, y + 4, self._value_width(), height - 4)
            if self.document.kind in ("invoice", "form"):
                p.setPen(QPen(ink("border"), 1))
                p.drawLine(QPointF(self.left, y + height), QPointF(self.left + self.inner,
                                                                      y + height))
            elif self.document.kind == "receipt":
                p.setPen(QPen(ink("border"), 1, Qt.PenStyle.DotLine))
                p.drawLine(QPointF(self.left, y + height - 2),
                           QPointF(self.left + self.inner, y + height - 2))
        if field.handwritten:
            _handwrite(p, field.value, self._value_font(field), value_box, self.line * 1.25)
        else:
            p.setFont(self._value_font(field))
            p.setPen(ink("surface_text"))
            align = Qt.AlignmentFlag.AlignRight if (
                field.kind == "amount" and not look.stacked) else Qt.AlignmentFlag.AlignLeft
            p.drawText(value_box, int(align | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap),
                       field.value)

    def _stamp(self, p: QPainter, w: float, h: float) -> None:
        text = self.document.stamp.upper()
        font = _font(28, bold=True)
        metrics = QFontMetricsF(font)
        box_w = min(w * 0.7, metrics.horizontalAdvance(text) + 36)
        box_h = metrics.height() + 18
        seed = random.Random(zlib.crc32(text.encode("utf-8")))
        angle = -(6 + seed.random() * 8)
        p.save()
        p.translate(w - self.pad - box_w * 0.6, h - self.pad - STAMP_BAND / 2)
        p.rotate(angle)
        stamp_ink = ink("bad")
        stamp_ink.setAlpha(190)
        p.setPen(QPen(stamp_ink, 4))
        p.setBrush(Qt.BrushStyle.NoBrush)
        frame = QRectF(-box_w / 2, -box_h / 2, box_w, box_h)
        p.drawRoundedRect(frame, 8, 8)
        p.setPen(QPen(stamp_ink, 1.5))
        p.drawRoundedRect(frame.adjusted(5, 5, -5, -5), 5, 5)
        p.setFont(font)
        p.drawText(frame, int(Qt.AlignmentFlag.AlignCenter), _elided(text, font, box_w - 20))
        p.restore()


def _elided(text: str, font: QFont, width: float) -> str:
    return QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, max(10.0, width))


def _wrap(text: str, font: QFont, width: float) -> list[str]:
    """``text`` cut into lines no wider than ``width`` (at spaces; a word too long for a
    line is cut by letters). At most 200 letters come in, so this is bounded."""
    metrics = QFontMetricsF(font)
    lines: list[str] = []
    line = ""
    for word in text.split(" "):
        candidate = f"{line} {word}" if line else word
        if metrics.horizontalAdvance(candidate) * 1.08 <= width or not line and not word:
            line = candidate
            continue
        if line:
            lines.append(line)
        line = ""
        for letter in word:  # a word longer than a line
            if line and metrics.horizontalAdvance(line + letter) * 1.08 > width:
                lines.append(line)
                line = ""
            line += letter
    lines.append(line)
    return lines


def ink_colour() -> QColor:
    """The handwriting's dark blue ink."""
    return ink("focus").darker(160)


def _handwrite(p: QPainter, text: str, font: QFont, box: QRectF, line_height: float) -> None:
    """Draw ``text`` letter by letter as if by hand: each letter a little above or below
    the line and a little turned, the amounts drawn from a generator seeded by the text."""
    rng = random.Random(zlib.crc32(text.encode("utf-8")))
    metrics = QFontMetricsF(font)
    p.save()
    p.setPen(ink_colour())
    p.setFont(font)
    y = box.top() + metrics.ascent()
    for line in _wrap(text, font, box.width()):
        x = box.left() + rng.uniform(0, 4)
        drift = rng.uniform(-0.012, 0.012)  # the line of writing climbs or falls a little
        for letter in line:
            advance = metrics.horizontalAdvance(letter) * rng.uniform(0.98, 1.08)
            if not letter.isspace():
                p.save()
                p.translate(x, y + rng.uniform(-2.0, 2.0) + (x - box.left()) * drift)
                p.rotate(rng.uniform(-7.0, 7.0))
                p.drawText(QPointF(0, 0), letter)
                p.restore()
            x += advance
        y += line_height
    p.restore()
