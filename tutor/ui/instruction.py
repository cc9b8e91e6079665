"""The instructions of a task as every skill room shows them: a picture of what to do and
a few short words in the learner's language (``tutor.cues``), the full instructions, and
a "Read aloud" button (``tutor.ui.speech``)."""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QIcon, QTextDocumentFragment, QTransform
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tutor import cues
from tutor.i18n.qt import ui_language
from tutor.paths import resource
from tutor.ui.retranslate import Retranslating
from tutor.ui.speech import speaker
from tutor.ui.style import set_role

ICON = 44  # pixels, before the learner's text size
MIRRORED = frozenset({"reply", "reply-all", "forward"})  # arrows turn round right to left


def cue_pixmap_path(icon: str) -> str:
    return str(resource("assets", "icons", "cues", f"{icon}.svg"))


# "=" that starts a formula: at the start, or after a space, a colon or a mark; then a
# function or a cell ("=SUM(", "=B2*C2"), not the "=" of "B2>=50".
FORMULA = re.compile(r"(?:^|(?<=[\s:\u200e]))\u200e?(=[A-Za-z$(][^\s\u200e]*)\u200e?")


def with_formulas_left_to_right(text: str) -> str:
    """Right-to-left instructions as rich text in which each formula ("=SUM(B2:B9)")
    stands on a line of its own, laid out left to right. Inside an Arabic sentence, Qt's
    labels put a formula's characters in the wrong order, left-to-right marks or not;
    a left-to-right table cell is laid out right."""
    blocks = []
    for line in text.strip().split("\n"):
        start = 0
        for match in FORMULA.finditer(line):
            before = line[start:match.start()].strip()
            if before:
                blocks.append(f'<div dir="rtl">{html.escape(before)}</div>')
            blocks.append('<table dir="ltr" align="right"><tr><td>'
                          f"{html.escape(match.group(1))}</td></tr></table>")
            start = match.end()
        rest = line[start:].strip()
        if rest or start == 0:
            blocks.append(f'<div dir="rtl">{html.escape(rest) or "&nbsp;"}</div>')
    return "".join(blocks)


def plain(text: str) -> str:
    """What a voice should read of a label's text (rich text loses its tags)."""
    if "<" in text and re.search(r"<[a-zA-Z/][^>]*>", text):
        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    return " ".join(text.split())


class InstructionBar(Retranslating, QFrame):
    """``name`` prefixes the objectNames (``<name>Cue``, ``<name>ReadAloud``...);
    ``text`` is the room's own label for the full instructions, placed inside."""

    def __init__(self, name: str, text: QLabel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}Bar")
        self.cue: cues.Cue | None = None
        self.language = "en"  # the lesson's language, which the voice reads
        self.text_for_voice: Callable[[], str] | None = None  # default: the labels' text

        self.icon = QLabel()
        self.icon.setObjectName(f"{name}Cue")
        self.icon.setProperty("role", "cue-icon")
        self.icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.icon.setFixedSize(QSize(ICON + 12, ICON + 12))
        self.words = set_role(QLabel(), "cue")
        self.words.setObjectName(f"{name}CueWords")
        self.words.setWordWrap(True)
        self.text = text
        self.read_aloud = QToolButton()
        self.read_aloud.setObjectName(f"{name}ReadAloud")
        self.read_aloud.setProperty("role", "bar")
        self.read_aloud.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.read_aloud.setIconSize(QSize(28, 28))
        self.read_aloud.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.read_aloud.clicked.connect(self.toggle_reading)
        self.problem = set_role(QLabel(), "error")
        self.problem.setObjectName(f"{name}SpeechProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()

        words = QVBoxLayout()
        words.setSpacing(2)
        words.addWidget(self.words)
        words.addWidget(self.text)
        words.addWidget(self.problem)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(words, 1)
        self._actions = QVBoxLayout()  # Read aloud, and any button a room adds below it
        self._actions.addWidget(self.read_aloud)
        self._actions.addStretch()
        row.addLayout(self._actions)
        self._words_layout = words
        self.scroll_area: QScrollArea | None = None
        self._lines = 0
        speaker().speaking.connect(self._speaking)
        speaker().problem.connect(self._show_problem)
        self._reading = False
        self.retranslate()

    def add_action(self, widget: QWidget) -> None:
        """A room's own button for the task (a hint...), under "Read aloud"."""
        self._actions.insertWidget(self._actions.count() - 1, widget)

    def limit_lines(self, lines: int) -> None:
        """Long instructions scroll after ``lines`` lines, so the work area (a
        spreadsheet's grid) keeps its room on a small screen."""
        if self.scroll_area is None:
            self.scroll_area = QScrollArea()
            self.scroll_area.setObjectName(f"{self.objectName()}Scroll")
            self.scroll_area.setAccessibleName(self.tr("Instructions"))
            self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
            self.scroll_area.setWidgetResizable(True)
            self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self._words_layout.replaceWidget(self.text, self.scroll_area)
            self.scroll_area.setWidget(self.text)
            self.scroll_area.viewport().setAutoFillBackground(False)  # the room's own background
            self.text.setAutoFillBackground(False)  # (setWidget turned it on)
        self._lines = lines
        self._fit()

    def _fit(self) -> None:
        if self.scroll_area is not None:
            # Lines as tall as in the tallest of the fonts (Arabic letters stand taller).
            font = self.text.font()
            spacing = self.text.fontMetrics().lineSpacing()
            for family in font.families():
                one = QFont(font)
                one.setFamilies([family])
                spacing = max(spacing, QFontMetrics(one).lineSpacing())
            self.scroll_area.setMaximumHeight(self._lines * spacing + 12)

    def show_cue(self, cue: cues.Cue, language: str) -> None:
        """Show ``cue`` for instructions written in ``language`` (the lesson's)."""
        if self._reading:
            speaker().stop()
        self.cue, self.language = cue, language
        self.problem.hide()
        self._fit()  # (the learner's text size may have changed)
        self.retranslate()

    def voice_text(self) -> str:
        if self.text_for_voice is not None:
            return self.text_for_voice()
        words = self.words.text() if self._same_language() else ""
        return " ".join(part for part in (plain(words), plain(self.text.text())) if part)

    def toggle_reading(self) -> None:
        if self._reading:
            speaker().stop()
            return
        self._show_problem(self, speaker().say(self.voice_text(), self.language, self))

    def _show_problem(self, owner: object, problem: str | None) -> None:
        if owner is self:
            self.problem.setVisible(problem is not None)
            self.problem.setText(problem or "")

    def _same_language(self) -> bool:
        """The short words are in the screens' language; they are read too when the
        lesson is in that language."""
        return ui_language() == self.language

    def _speaking(self, owner: object) -> None:
        reading = owner is self
        if reading != self._reading:
            self._reading = reading
            self.retranslate()

    def hideEvent(self, event) -> None:
        """Leaving the task (another screen, another task) stops the voice."""
        if self._reading:
            speaker().stop()
        super().hideEvent(event)

    def retranslate(self) -> None:
        if self.cue is not None:
            pixmap = QIcon(cue_pixmap_path(self.cue.icon)).pixmap(QSize(ICON, ICON))
            if self.cue.icon in MIRRORED and self.isRightToLeft():
                pixmap = pixmap.transformed(QTransform().scale(-1, 1))  # reply points back
            self.icon.setPixmap(pixmap)
        words = QCoreApplication.translate(cues.CONTEXT, self.cue.words) if self.cue else ""
        self.words.setText(words)
        self.words.setVisible(bool(words))
        self.icon.setAccessibleName(words)
        if self._reading:
            self.read_aloud.setText(self.tr("Stop"))
            self.read_aloud.setAccessibleName(self.tr("Stop reading"))
        else:
            self.read_aloud.setText(self.tr("Read aloud"))
            self.read_aloud.setAccessibleName(self.tr("Read the instructions aloud"))
        self.read_aloud.setIcon(QIcon(cue_pixmap_path("stop" if self._reading else "speaker")))

