"""The code editor: line numbers, Python colours, auto-indent, Tab as four spaces,
matching brackets, zoom, and a marked error line. Code is always left to right.

Its colours come from the theme (``tutor.ui.style``) and follow it when the learner
switches high contrast on or off."""

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

from tutor.ui.style import Themed, colour, palette, set_style_sheet

INDENT = "    "
OPENING = {"(": ")", "[": "]", "{": "}"}
CLOSING = {v: k for k, v in OPENING.items()}
BUILTINS = ("print", "input", "int", "float", "str", "len", "range", "list", "dict", "sum",
            "min", "max", "round", "abs", "sorted", "type", "bool", "enumerate", "zip")
MIN_POINTS, MAX_POINTS = 9.0, 36.0


def contrast(one: QColor, other: QColor) -> float:
    """WCAG's contrast ratio of two colours (1 to 21)."""

    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

        return (0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF())
                + 0.0722 * channel(c.blueF()))

    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def legible_on(background: QColor, *roles: str) -> QColor:
    """The first of the theme's ``roles`` that reads well on ``background`` (WCAG AA),
    or the one that reads best: the gutter's numbers on its grey, which high contrast
    makes white."""
    colours = [colour(role) for role in roles]
    for candidate in colours:
        if contrast(candidate, background) >= 4.5:
            return candidate
    return max(colours, key=lambda c: contrast(c, background))


def _format(role: str, bold: bool = False, italic: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setForeground(colour(role))
    if bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    fmt.setFontItalic(italic)
    return fmt


class PythonHighlighter(QSyntaxHighlighter):
    """Keywords, built-in functions, numbers, texts and comments, in calm colours with
    enough contrast on the editor's background (WCAG AA), from the theme."""

    IN_TRIPLE_SINGLE, IN_TRIPLE_DOUBLE = 1, 2

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        words = "|".join(keyword.kwlist)
        self.patterns = (
            QRegularExpression(rf"\b({words})\b"),
            QRegularExpression(rf"\b({'|'.join(BUILTINS)})\b(?=\s*\()"),
            QRegularExpression(r"\b\d+(\.\d+)?\b"),
        )
        self.string_pattern = QRegularExpression(
            r"""[fFrRbB]?("([^"\\\n]|\\.)*"?|'([^'\\\n]|\\.)*'?)""")
        self.theme = ""
        self.apply_theme()

    def apply_theme(self) -> None:
        """The colours of the theme in use; the text is coloured again if they changed."""
        if self.theme == palette().name:
            return
        first = not self.theme
        self.theme = palette().name
        self.keyword = _format("code_keyword", bold=True)
        self.builtin = _format("code_builtin")
        self.number = _format("code_number")
        self.string = _format("code_string")
        self.comment = _format("code_comment", italic=True)
        self.rules = list(zip(self.patterns, (self.keyword, self.builtin, self.number),
                              strict=True))
        if not first:
            self.rehighlight()

    def highlightBlock(self, text: str) -> None:
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

    def sizeHint(self) -> QSize:
        return QSize(self.editor.line_number_width(), 0)

    def paintEvent(self, event: QPaintEvent) -> None:
        self.editor.paint_line_numbers(event)


class CodeEditor(Themed, QPlainTextEdit):
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
    @staticmethod
    def family() -> str:
        return QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()

    def apply_theme(self) -> None:
        """The style sheet of the theme in use and of the learner's text size (a widget's
        own style sheet wins over the app's text size for this widget); the colours of
        the code, the line numbers and the marks follow."""
        p = palette()
        set_style_sheet(
            self,
            f"QPlainTextEdit {{ font-family: '{self.family()}', monospace;"
            f" font-size: {self.points:.1f}pt;"
            f" background: {p.surface}; color: {p.surface_text};"
            f" border: 2px solid {p.border_strong}; border-radius: 8px; }}"
            f" QPlainTextEdit:focus {{ border: 3px solid {p.focus}; }}")
        self.highlighter.apply_theme()
        self.refresh_marks()
        self.numbers.update()

    def set_points(self, points: float) -> None:
        self.points = max(MIN_POINTS, min(MAX_POINTS, points))
        family = self.family()
        self.apply_theme()
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

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        box = self.contentsRect()
        self.numbers.setGeometry(QRect(box.left(), box.top(), self.line_number_width(),
                                       box.height()))

    def paint_line_numbers(self, event: QPaintEvent) -> None:
        painter = QPainter(self.numbers)
        gutter, error = colour("header"), colour("bad_background")
        painter.fillRect(event.rect(), gutter)
        block = self.firstVisibleBlock()
        number = block.blockNumber()
        top = round(self.blockBoundingGeometry(block).translated(self.contentOffset()).top())
        bottom = top + round(self.blockBoundingRect(block).height())
        current = self.textCursor().blockNumber()
        while block.isValid() and top <= event.rect().bottom():
            if block.isVisible() and bottom >= event.rect().top():
                line = number + 1
                behind = gutter
                if line == self.error_line:
                    behind = error
                    painter.fillRect(0, top, self.numbers.width(), bottom - top, error)
                if number == current:
                    painter.setPen(legible_on(behind, "selection_text", "surface_text"))
                else:
                    painter.setPen(legible_on(behind, "muted", "selection_text", "surface_text"))
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
            selection.format.setBackground(colour("bad_background"))
            selection.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
            cursor = QTextCursor(self.document().findBlockByNumber(self.error_line - 1))
            selection.cursor = cursor
            selections.append(selection)
            # Not by colour alone: the line's text is also underlined with a red wave.
            wave = QTextEdit.ExtraSelection()
            wave.format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            wave.format.setUnderlineColor(colour("bad"))
            line = QTextCursor(cursor)
            line.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
            wave.cursor = line
            selections.append(wave)
        for position in self.matching_brackets():
            selection = QTextEdit.ExtraSelection()
            selection.format.setBackground(colour("selection"))
            selection.format.setForeground(colour("selection_text"))
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
    def keyPressEvent(self, event: QKeyEvent) -> None:
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
