"""The data-entry page of the typing room: a table to copy, one field per column, and
"Next row". Keys are counted and rows checked by ``engine.DataEntrySession``; when the
last row is in, the page emits ``finished`` and the room records the drill.

Its texts keep the room's translation context (``TypingRoom``), where they always were.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tutor.skills.typing.engine import DataEntrySession
from tutor.skills.typing.lessons import cue
from tutor.skills.typing.model import TypingExercise
from tutor.ui.instruction import InstructionBar
from tutor.ui.retranslate import Retranslating
from tutor.ui.style import set_role, ui_icon


class DataEntryPage(Retranslating, QWidget):
    finished = Signal()  # the last row is in: ``session`` holds the drill

    def __init__(self, clock: Callable[[], float], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.session: DataEntrySession | None = None
        self.instructions = set_role(QLabel(), "subtitle")
        self.instructions.setWordWrap(True)
        self.bar = InstructionBar("dataEntry", self.instructions)
        self.table = QTableWidget()
        self.table.setObjectName("dataEntryTable")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.form = QFormLayout()
        self.fields: list[QLineEdit] = []
        self.submit = set_role(QPushButton(), "primary")
        self.submit.setObjectName("dataEntrySubmit")
        self.submit.setIcon(ui_icon("check"))
        self.submit.clicked.connect(self.submit_row)
        self.status = set_role(QLabel(), "hint")
        self.status.setObjectName("dataEntryStatus")
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.form)
        layout.addWidget(self.submit, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.status)
        self.retranslate()

    def start(self, exercise: TypingExercise, language: str) -> None:
        self.session = DataEntrySession.of(exercise)
        self.instructions.setText(exercise.instructions)
        self.bar.show_cue(cue(exercise), language)
        table = self.table
        table.clear()
        table.setColumnCount(len(exercise.columns))
        table.setRowCount(len(exercise.rows))
        table.setHorizontalHeaderLabels(exercise.columns)
        for r, row in enumerate(exercise.rows):
            for c, value in enumerate(row):
                table.setItem(r, c, QTableWidgetItem(value))
        table.resizeColumnsToContents()  # every value readable in full
        table.horizontalHeader().setStretchLastSection(True)
        while self.form.rowCount():
            self.form.removeRow(0)
        self.fields = []
        for index, column in enumerate(exercise.columns):
            field = QLineEdit()
            field.setObjectName(f"dataEntryField{index}")
            field.setAccessibleName(column)
            field.installEventFilter(self)
            field.returnPressed.connect(self.submit_row)
            self.form.addRow(column, field)
            self.fields.append(field)
        self._select_row()

    def focus_first(self) -> None:
        self.fields[0].setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.KeyPress and self.session is not None
                and watched in self.fields):
            self.session.key(self.clock())
        return False

    def _select_row(self) -> None:
        session = self.session
        assert session is not None
        if not session.finished:
            self.table.selectRow(session.row)
        self.status.setText(
            QCoreApplication.translate("TypingRoom", "Row {row} of {count}").format(
                row=session.row_number, count=len(session.rows)))

    def submit_row(self) -> None:
        session = self.session
        if session is None or session.finished:
            return
        session.submit([f.text() for f in self.fields])
        for field in self.fields:
            field.clear()
        self._select_row()
        if not session.finished:
            self.focus_first()
            return
        self.finished.emit()

    def retranslate(self) -> None:
        text = QCoreApplication.translate("TypingRoom", "Next row")
        self.submit.setText(text)
        self.submit.setAccessibleName(text)
        name = QCoreApplication.translate("TypingRoom", "Table to copy")
        self.table.setAccessibleName(name)
        for header, object_name in ((self.table.horizontalHeader(), "dataEntryColumns"),
                                    (self.table.verticalHeader(), "dataEntryRows")):
            header.setObjectName(object_name)
            header.setAccessibleName(name)
