"""Coding as a placement item: say what a short program prints.

The program is the exercise's example, or its reference solution, when it is short (at
most :data:`MAX_LINES` lines) and asks nothing (no ``input()``); failing both, one that
asks, with the exercise's own answers, said to the learner (then a longer one). It runs in
the coding sandbox (:mod:`tutor.skills.coding.sandbox`, bounded in time) to get what it
really prints, and the learner chooses among three outputs: the real one and two made
from it by small, deterministic changes (:func:`wrong_outputs`), in an order fixed by
the exercise. Choosing emits ``answered`` with a :class:`~tutor.grading.Verdict`.
Nothing is recorded here: the placement records its own attempt.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from tutor.content import LessonPack
from tutor.grading import Feedback, Verdict
from tutor.i18n import QT_TRANSLATE_NOOP
from tutor.skills.coding.model import CodingExercise
from tutor.skills.coding.sandbox import Limits, Outcome, Run
from tutor.ui.style import set_role

MAX_LINES = 6
LONGEST = 10  # lines: a longer program when no short one will do
CHOICES = 3
LIMITS = Limits(time_s=3.0, output_chars=2_000)
CONTEXT = "CodingPlacement"
RIGHT = QT_TRANSLATE_NOOP("CodingPlacement", "The output chosen is what the program prints.")


def _lines(code: str) -> list[str]:
    return [line for line in code.strip("\n").splitlines() if line.strip()]


def programs(exercise: CodingExercise) -> list[tuple[str, list[str]]]:
    """The programs the item may ask about, best first, each with the answers it is given
    to ``input()``: the example, then the solution, when short and asking nothing; then
    those that ask, answered with the exercise's ``inputs``; then the same up to
    :data:`LONGEST` lines (a list written one item a line)."""
    found = [code.strip("\n") for code in (exercise.example, exercise.solution)
             if code.strip() and len(_lines(code)) <= LONGEST and "print(" in code]
    found.sort(key=lambda code: (len(_lines(code)) > MAX_LINES, "input(" in code))
    return [(code, list(exercise.inputs) if "input(" in code else []) for code in found]


def normalised(output: str) -> str:
    """An output as compared: trailing spaces of each line and the last line breaks
    left out."""
    return "\n".join(line.rstrip() for line in output.rstrip("\n").split("\n"))


def wrong_outputs(output: str, count: int = CHOICES - 1) -> list[str]:
    """``count`` plausible wrong outputs, each a small change of ``output``: a number
    one more, the lines in the other order, the text in its quotes, the last line
    left out, the first line twice (the first changes that differ, in that order)."""
    real = normalised(output)
    lines = real.split("\n")
    made: list[str] = []
    number = re.search(r"\d+", real)
    if number is not None:
        made.append(real[:number.start()] + str(int(number.group()) + 1) + real[number.end():])
    if len(lines) > 1:
        made.append("\n".join(reversed(lines)))
    made.append("\n".join([f'"{lines[0]}"', *lines[1:]]))
    if len(lines) > 1:
        made.append("\n".join(lines[:-1]))
    made.append("\n".join([lines[0], *lines]))
    wrong: list[str] = []
    for candidate in made:
        if candidate != real and candidate not in wrong:
            wrong.append(candidate)
    return wrong[:count]


def choices_for(output: str, rng: random.Random) -> list[str]:
    """The real output and the wrong ones, shuffled by ``rng``."""
    choices = [normalised(output), *wrong_outputs(output)]
    rng.shuffle(choices)
    return choices


class CodingPlacementItem(QWidget):
    """What does this program print? Three outputs to choose from."""

    answered = Signal(object)  # tutor.grading.Verdict

    def __init__(self, pack: LessonPack, exercise: CodingExercise,
                 clock: Callable[[], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("codingPlacementItem")
        self.exercise = exercise
        self.rng = random.Random(f"{pack.id}/{exercise.id}")  # one order for everyone
        self.candidates = programs(exercise)
        self.program = ""
        self.answers: list[str] = []
        self.output: str | None = None  # what the program really prints
        self.verdict: Verdict | None = None
        self.run: Run | None = None

        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.question = set_role(QLabel(), "subtitle")
        self.question.setObjectName("codingPlacementQuestion")
        self.question.setWordWrap(True)
        self.code = QLabel()
        self.code.setObjectName("codingPlacementProgram")
        self.code.setFont(mono)
        self.code.setTextFormat(Qt.TextFormat.PlainText)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.code.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # code reads left to right
        self.code.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        set_role(self.code, "card")
        self.given = set_role(QLabel(), "hint")
        self.given.setObjectName("codingPlacementAnswers")
        self.given.setWordWrap(True)
        self.status = set_role(QLabel(), "hint")
        self.status.setObjectName("codingPlacementStatus")
        self.status.setWordWrap(True)
        self.buttons: list[QPushButton] = []
        row = QHBoxLayout()
        for index in range(CHOICES):
            button = QPushButton()
            button.setObjectName(f"codingPlacementChoice:{index}")
            button.setFont(mono)
            set_role(button, "output-choice")  # (larger, as the program above)
            button.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            button.setMinimumHeight(60)
            button.hide()
            button.clicked.connect(lambda _=False, i=index: self.choose(i))
            row.addWidget(button)
            self.buttons.append(button)
        self.choices: list[str] = []

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.question)
        layout.addWidget(self.code)
        layout.addWidget(self.given)
        layout.addWidget(self.status)
        layout.addLayout(row)
        layout.addStretch(1)

        self.timer = QTimer(self)
        self.timer.setInterval(30)
        self.timer.timeout.connect(self._poll)
        self.retranslate()
        self._next_program()

    # -- the program's real output ---------------------------------------------------------
    def _next_program(self) -> None:
        """Run the next candidate program (a program that fails is passed over)."""
        if not self.candidates:
            self.status.setText(self.tr("This question cannot be shown. Go on to the "
                                        "next one."))
            self._answer(False)
            return
        self.program, self.answers = self.candidates.pop(0)
        self.run = Run(self.program, LIMITS)
        self.run.start()
        self.timer.start()
        self._poll()

    def _poll(self) -> None:
        run = self.run
        if run is None:
            return
        for kind, value in run.poll():
            if kind == "input":
                run.answer(self.answers.pop(0) if self.answers else None)
            elif kind == "end":
                self._ran(value)
                return
        if run.outcome is not None:
            self._ran(run.outcome)

    def _ran(self, outcome: Outcome) -> None:
        self.timer.stop()
        self.run = None
        if outcome.status != "ok" or not outcome.output.strip():
            self._next_program()
            return
        self.output = normalised(outcome.output)
        self.choices = choices_for(self.output, self.rng)
        given = programs(self.exercise)
        answers = next((a for code, a in given if code == self.program), [])
        self.code.setText(self.program)
        self.given.setVisible(bool(answers))
        self.given.setText(self.tr("When the program asks, the person types: {answers}")
                           .format(answers=", ".join(answers)))
        for button, text in zip(self.buttons, self.choices, strict=True):
            button.setText(text)
            button.setAccessibleName(text)
            button.show()
        self.status.clear()
        self.buttons[0].setFocus()

    @property
    def ready(self) -> bool:
        """The choices are shown."""
        return self.output is not None

    # -- the answer ------------------------------------------------------------------------
    def choose(self, index: int) -> None:
        if self.output is None or self.verdict is not None:
            return
        self._answer(self.choices[index] == self.output)
        for button in self.buttons:
            button.setEnabled(False)

    def _answer(self, right: bool) -> None:
        if self.verdict is not None:
            return
        self.verdict = Verdict.from_feedback([Feedback("output", right, RIGHT,
                                                       context=CONTEXT, essential=True)])
        self.answered.emit(self.verdict)

    def stop(self) -> None:
        """Stop a program still running (the placement moved on)."""
        self.timer.stop()
        if self.run is not None:
            self.run.stop()
            self.run.poll()
            self.run = None

    def retranslate(self) -> None:
        self.question.setText(self.tr("What does this program print? Choose its output."))
        self.status.setText(self.tr("Getting the program ready..."))
        self.setAccessibleName(self.tr("What the program prints"))
        self.code.setAccessibleName(self.tr("The program"))


def make_item(pack: LessonPack, exercise: CodingExercise, clock: Callable[[], object],
              parent: QWidget | None = None) -> QWidget:
    """The coding skill's placement item (``SKILL.placement_item``)."""
    return CodingPlacementItem(pack, exercise, clock, parent)
