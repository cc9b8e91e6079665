"""Guards against a binding bug seen in PySide6 6.12.0 on Python 3.11: every call of a
C++ method returning void took one reference from None, and after some thousands of
keystrokes (each repaint calls dozens of them) Python aborted with "deallocating None"."""

import sys

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFont, QImage, QPainter


def test_void_qt_calls_leave_none_alone():
    image = QImage(64, 64, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    font, colour, rect = QFont(), QColor("#123456"), QRectF(1, 1, 20, 20)
    before = sys.getrefcount(None)
    for _ in range(200):
        painter.setFont(font)
        painter.setPen(colour)
        painter.drawRoundedRect(rect, 3.0, 3.0)
    after = sys.getrefcount(None)
    painter.end()
    assert abs(after - before) < 100
