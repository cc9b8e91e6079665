"""The code editor: line numbers, Python colours, auto-indent, Tab as four spaces,
matching brackets, zoom, and a marked error line. Code is always left to right."""

from __future__ import annotations

import keyword
import re

from PySide6.QtCore import QRect, QRegularExpression, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextOption,
)
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

INDENT = "    "
OPENING = {"(": ")", "[": "]", "{": "}"}
CLOSING = {v: k for k, v in OPENING.items()}
BUILTINS = ("print", "input", "int", "float", "str", "len", "range", "list", "dict", "sum",
            "min", "max", "round", "abs", "sorted", "type", "bool", "enumerate", "zip")
MIN_POINTS, MAX_POINTS = 9.0, 36.0


def _format(colour: str, bold: bool = False, italic: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setForeground(QColor(colour))
    if bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    fmt.setFontItalic(italic)
    return fmt


class PythonHighlighter(QSyntaxHighlighter):
    """Keywords, built-in functions, numbers, texts and comments, in calm colours with
    enough contrast on white (WCAG AA)."""

    IN_TRIPLE_SINGLE, IN_TRIPLE_DOUBLE = 1, 2

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.keyword = _format("#7c2d12", bold=True)
        self.builtin = _format("#1d4ed8")
        self.number = _format("#047857")
        self.string = _format("#a21caf")
        self.comment = _format("#4b5563", italic=True)
        words = "|".join(keyword.kwlist)
        self.rules = [
            (QRegularExpression(rf"\b({words})\b"), self.keyword),
            (QRegularExpression(rf"\b({'|'.join(BUILTINS)})\b(?=\s*\()"), self.builtin),
            (QRegularExpression(r"\b\d+(\.\d+)?\b"), self.number),
        ]
        self.string_pattern = QRegularExpression(
            r"""[fFrRbB]?("([^"\\\n]|\\.)*"?|'([^'\\\n]|\\.)*'?)""")

    def highlightBlock(self, text: str) -> None:  # noqa: N802
        for pattern, fmt in self.rules:
            matches = pattern.globalMatch(text)
            while matches.hasNext():
                match = matches.next()
                self.setFormat(match.capturedStart(), match.capturedLength(), fmt)
        self.setCurrentBlockState(0)
        start = 0
        state = self.previousBlockState()
        if state in (self.IN_TRIPLE_SINGLE, self.IN_TRIPLE_DOUBLE):
            quote = "'''" if state == self.IN_TRIPLE_SINGLE else '"""'
            end = text.find(quote)
            if end < 0:
                self.setFormat(0, len(text), self.string)
                self.setCurrentBlockState(state)
                return
            self.setFormat(0, end + 3, self.string)
            start = end + 3
        index = start
        while index < len(text):
            char = text[index]
            if char == "#":
                self.setFormat(index, len(text) - index, self.comment)
                return
            if text.startswith(('"""', "'''"), index):
                quote = text[index:index + 3]
                end = text.find(quote, index + 3)
                if end < 0:
                    self.setFormat(index, len(text) - index, self.string)
                    self.setCurrentBlockState(
                        self.IN_TRIPLE_DOUBLE if quote == '"""' else self.IN_TRIPLE_SINGLE)
                    return
                self.setFormat(index, end + 3 - index, self.string)
                index = end + 3
                continue
            if char in "\"'":
                match = self.string_pattern.match(text, index)
                length = match.capturedLength() if match.hasMatch() else 1
                self.setFormat(index, length, self.string)
                index += max(1, length)
                continue
            index += 1


class LineNumbers(QWidget):
    def __init__(self, editor: CodeEditor) -> None:
        super().__init__(editor)
        self.setObjectName("codeLineNumbers")
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.editor = editor

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(self.editor.line_number_width(), 0)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        self.editor.paint_line_numbers(event)


class CodeEditor(QPlainTextEdit):
    """A plain-text editor for Python, made for people who type slowly."""

    zoom_changed = Signal(float)

    def __init__(self, parent: QWidget | None = None, read_only: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("codeEditor")
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # code is never mirrored
        option = self.document().defaultTextOption()
        option.setTextDirection(Qt.LayoutDirection.LeftToRight)
        option.setWrapMode(QTextOption.WrapMode.NoWrap)
        self.document().setDefaultTextOption(option)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.setTabChangesFocus(False)
        self.setReadOnly(read_only)
        self.highlighter = PythonHighlighter(self.document())
        self.numbers = LineNumbers(self)
        self.points = 13.0
        self.error_line: int | None = None
        self.blockCountChanged.connect(self._update_margin)
        self.updateRequest.connect(self._scroll_numbers)
        self.cursorPositionChanged.connect(self.refresh_marks)
        self.set_points(self.points)

    # -- look ---------------------------------------------------------------------------
    def set_points(self, points: float) -> None:
        self.points = max(MIN_POINTS, min(MAX_POINTS, points))
        family = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()
        # A widget's own style sheet wins over the app's text size for this widget.
        self.setStyleSheet(
            f"QPlainTextEdit {{ font-family: '{family}', monospace; font-size: {self.points:.1f}pt;"
            " background: #ffffff; color: #111827; border: 2px solid #94a3b8;"
            " border-radius: 8px; }"
            " QPlainTextEdit:focus { border: 3px solid #1d4ed8; }")
        font = QFont(family)
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(self.points)
        self.setFont(font)
        self.numbers.setFont(font)
        self.setTabStopDistance(self.fontMetrics().horizontalAdvance(" ") * 4)
        self._update_margin()
        self.zoom_changed.emit(self.points)

    def zoom(self, steps: int) -> None:
        self.set_points(self.points + 2 * steps)

    def line_number_width(self) -> int:
        digits = max(2, len(str(self.blockCount())))
        return 14 + self.fontMetrics().horizontalAdvance("9") * digits

    def _update_margin(self, _count: int = 0) -> None:
        self.setViewportMargins(self.line_number_width(), 0, 0, 0)

    def _scroll_numbers(self, rect: QRect, dy: int) -> None:
        if dy:
            self.numbers.scroll(0, dy)
        else:
            self.numbers.update(0, rect.y(), self.numbers.width(), rect.height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        box = self.contentsRect()
        self.numbers.setGeometry(QRect(box.left(), box.top(), self.line_number_width(),
                                       box.height()))

    def paint_line_numbers(self, event: QPaintEvent) -> None:
        painter = QPainter(self.numbers)
        painter.fillRect(event.rect(), QColor("#e2e8f0"))
        block = self.firstVisibleBlock()
        number = block.blockNumber()
        top = round(self.blockBoundingGeometry(block).translated(self.contentOffset()).top())
        bottom = top + round(self.blockBoundingRect(block).height())
        current = self.textCursor().blockNumber()
        while block.isValid() and top <= event.rect().bottom():
            if block.isVisible() and bottom >= event.rect().top():
                line = number + 1
                if line == self.error_line:
                    painter.fillRect(0, top, self.numbers.width(), bottom - top, QColor("#fecaca"))
                painter.setPen(QColor("#111827") if number == current else QColor("#475569"))
                painter.drawText(0, top, self.numbers.width() - 6, bottom - top,
                                 Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                                 | Qt.AlignmentFlag.AlignAbsolute,
                                 str(line))
            block = block.next()
            top = bottom
            bottom = top + round(self.blockBoundingRect(block).height())
            number += 1
        painter.end()

    # -- marks: the error line and matching brackets --------------------------------------
    def mark_error_line(self, line: int | None) -> None:
        self.error_line = line
        self.refresh_marks()
        self.numbers.update()

    def refresh_marks(self) -> None:
        selections = []
        if self.error_line is not None and 0 < self.error_line <= self.blockCount():
            selection = QTextEdit.ExtraSelection()
            selection.format.setBackground(QColor("#fee2e2"))
            selection.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
            cursor = QTextCursor(self.document().findBlockByNumber(self.error_line - 1))
            selection.cursor = cursor
            selections.append(selection)
            # Not by colour alone: the line's text is also underlined with a red wave.
            wave = QTextEdit.ExtraSelection()
            wave.format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            wave.format.setUnderlineColor(QColor("#b91c1c"))
            line = QTextCursor(cursor)
            line.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
            wave.cursor = line
            selections.append(wave)
        for position in self.matching_brackets():
            selection = QTextEdit.ExtraSelection()
            selection.format.setBackground(QColor("#bfdbfe"))
            selection.format.setForeground(QColor("#111827"))
            cursor = self.textCursor()
            cursor.setPosition(position)
            cursor.movePosition(QTextCursor.MoveOperation.NextCharacter,
                                QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selections.append(selection)
        self.setExtraSelections(selections)

    def matching_brackets(self) -> tuple[int, ...]:
        """Positions of the bracket next to the cursor and of its partner."""
        text = self.toPlainText()
        position = self.textCursor().position()
        for at in (position, position - 1):
            if 0 <= at < len(text) and text[at] in "()[]{}":
                partner = find_partner(text, at)
                return (at, partner) if partner is not None else (at,)
        return ()

    # -- typing -------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key, modifiers = event.key(), event.modifiers()
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and (
                modifiers & Qt.KeyboardModifier.ControlModifier):
            # Tab indents, so Ctrl+Tab (Ctrl+Shift+Tab) is the keyboard's way out.
            forward = key == Qt.Key.Key_Tab and not modifiers & Qt.KeyboardModifier.ShiftModifier
            QWidget.focusNextPrevChild(self, forward)
            return
        if self.isReadOnly():
            super().keyPressEvent(event)
            return
        if modifiers & Qt.KeyboardModifier.ControlModifier and key in (
            Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(1)
            return
        if modifiers & Qt.KeyboardModifier.ControlModifier and key == Qt.Key.Key_Minus:
            self.zoom(-1)
            return
        cursor = self.textCursor()
        if key == Qt.Key.Key_Tab and not modifiers & Qt.KeyboardModifier.ControlModifier:
            if cursor.hasSelection():
                self._shift_lines(+1)
            else:
                column = cursor.positionInBlock()
                cursor.insertText(" " * (4 - column % 4))
            return
        if key == Qt.Key.Key_Backtab:
            self._shift_lines(-1)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            line = cursor.block().text()[: cursor.positionInBlock()]
            indent = line[: len(line) - len(line.lstrip(" "))]
            if line.rstrip().endswith(":"):
                indent += INDENT
            elif re.match(r"\s*(return|break|continue|pass)\b", line) and indent:
                indent = indent[:-4]
            cursor.insertText("\n" + indent)
            self.ensureCursorVisible()
            return
        if key == Qt.Key.Key_Backspace and not cursor.hasSelection():
            before = cursor.block().text()[: cursor.positionInBlock()]
            if before and not before.strip(" "):  # only spaces: back to the last stop
                remove = len(before) % 4 or 4
                for _ in range(remove):
                    cursor.deletePreviousChar()
                return
        super().keyPressEvent(event)

    def _shift_lines(self, direction: int) -> None:
        cursor = self.textCursor()
        start = self.document().findBlock(cursor.selectionStart())
        end = self.document().findBlock(cursor.selectionEnd())
        cursor.beginEditBlock()
        block = start
        while block.isValid():
            line_cursor = QTextCursor(block)
            if direction > 0:
                line_cursor.insertText(INDENT)
            else:
                text = block.text()
                spaces = min(4, len(text) - len(text.lstrip(" ")))
                for _ in range(spaces):
                    line_cursor.deleteChar()
            if block == end:
                break
            block = block.next()
        cursor.endEditBlock()


def find_partner(text: str, at: int) -> int | None:
    """The position of the bracket matching ``text[at]`` (ignoring texts in quotes is
    left out on purpose: beginners' brackets inside quotes are rare and harmless)."""
    char = text[at]
    if char in OPENING:
        depth, step, mine, theirs = 0, 1, char, OPENING[char]
    else:
        depth, step, mine, theirs = 0, -1, char, CLOSING[char]
    index = at
    while 0 <= index < len(text):
        if text[index] == mine:
            depth += 1
        elif text[index] == theirs:
            depth -= 1
            if depth == 0:
                return index
        index += step
    return None
