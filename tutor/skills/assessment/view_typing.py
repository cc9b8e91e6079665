"""The typing test's page: the printed text to copy, and the line where the learner types.

The line shows what the keystroke log makes of the keys (``evidence.TypedText``): the
room's event filter takes each key pressed there into the log and the line shows the
result, so the learner types only at the end of their text (Backspace takes back the
last character; the mouse and the arrows move nothing), and what is shown is what a
verifier rebuilds. The printed text keeps the place being copied in view. Both are
English work text, left to right in every language of the screens.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QTextBrowser, QVBoxLayout, QWidget

from tutor.skills.assessment.definitions import TYPING_TEXT
from tutor.ui.retranslate import Retranslating
from tutor.ui.style import set_role


class TypingTest(Retranslating, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assessmentTypingTest")
        self.label = set_role(QLabel(), "hint")
        self.printed = QTextBrowser()
        self.printed.setObjectName("assessmentPrintedText")
        self.printed.setPlainText(TYPING_TEXT)
        self.printed.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay on the line
        self.printed.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.printed.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        font = self.printed.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.printed.setFont(font)
        self.line_label = set_role(QLabel(), "hint")
        self.line = QPlainTextEdit()
        self.line.setObjectName("assessmentTypingLine")
        self.line.setReadOnly(True)  # the keys come through the log (see the docstring)
        self.line.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.line.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.line.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.line.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.line.setFont(font)
        self.line.setMinimumHeight(70)
        self.line.setMaximumHeight(130)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.printed, 3)
        layout.addWidget(self.line_label)
        layout.addWidget(self.line, 1)
        self.setFocusProxy(self.line)
        self.retranslate()

    def show_typed(self, typed: str) -> None:
        """The typed text (from the log), its end in view, and the place in the printed
        text kept in view."""
        self.line.setPlainText(typed)
        self.line.moveCursor(QTextCursor.MoveOperation.End)
        self.line.ensureCursorVisible()
        cursor = self.printed.textCursor()
        cursor.setPosition(min(len(typed) + 80, len(TYPING_TEXT)))
        self.printed.setTextCursor(cursor)
        self.printed.ensureCursorVisible()

    def retranslate(self) -> None:
        self.label.setText(self.tr("Copy this text:"))
        self.printed.setAccessibleName(self.tr("The text to copy"))
        self.line_label.setText(self.tr("Type here:"))
        self.line.setAccessibleName(self.tr("Your typing"))
