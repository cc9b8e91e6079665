"""The data-entry test's page: the document (invoice lines) above, a form of one field per
column below; Enter or "Next row" gives the row (``submitted``) and empties the form.

Which row is being keyed and what counts come from the keystroke log
(``evidence.DataEntryTally``); the room shows the row it says (:meth:`show_row`). The
document and the values are English work records, left to right in every language.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tutor.credentials.evidence import MAX_VALUE
from tutor.skills.assessment.definitions import DATA_ENTRY_COLUMNS, DATA_ENTRY_ROWS
from tutor.ui.retranslate import Retranslating
from tutor.ui.style import set_role, ui_icon


class DataEntryTest(Retranslating, QWidget):
    submitted = Signal(list)  # the values of the row's fields, in column order

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assessmentDataEntryTest")
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.label = set_role(QLabel(), "hint")
        self.table = QTableWidget(len(DATA_ENTRY_ROWS), len(DATA_ENTRY_COLUMNS))
        self.table.setObjectName("assessmentDocument")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay in the form
        self.table.setHorizontalHeaderLabels(list(DATA_ENTRY_COLUMNS))
        for r, row in enumerate(DATA_ENTRY_ROWS):
            for c, value in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        for header, name in ((self.table.horizontalHeader(), "assessmentDocumentColumns"),
                             (self.table.verticalHeader(), "assessmentDocumentRows")):
            header.setObjectName(name)
        self.fields: list[QLineEdit] = []
        form = QGridLayout()
        for index, column in enumerate(DATA_ENTRY_COLUMNS):
            label = QLabel(column)
            field = QLineEdit()
            field.setObjectName(f"assessmentField{index}")
            field.setAccessibleName(column)
            field.setMaxLength(MAX_VALUE)
            field.returnPressed.connect(self.submit)
            label.setBuddy(field)
            form.addWidget(label, 0, index)
            form.addWidget(field, 1, index)
            self.fields.append(field)
        self.status = set_role(QLabel(), "hint")
        self.status.setObjectName("assessmentRowStatus")
        self.next_button = set_role(QPushButton(), "primary")
        self.next_button.setObjectName("assessmentNextRow")
        self.next_button.setIcon(ui_icon("check"))
        self.next_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.next_button.clicked.connect(self.submit)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(bottom)
        self.setFocusProxy(self.fields[0])
        self.row = 0
        self.show_row(0)
        self.retranslate()

    def submit(self) -> None:
        if self.row >= len(DATA_ENTRY_ROWS) or not self.isEnabled():
            return
        values = [field.text() for field in self.fields]
        for field in self.fields:
            field.clear()
        self.submitted.emit(values)
        if self.isEnabled():
            self.fields[0].setFocus()

    def show_row(self, row: int) -> None:
        """The row to key now (counted from 0), as the log says."""
        self.row = row
        if row < len(DATA_ENTRY_ROWS):
            self.table.selectRow(row)
            self.table.scrollTo(self.table.model().index(row, 0))
        self._status()

    def _status(self) -> None:
        self.status.setText(self.tr("Row {row} of {count}").format(
            row=min(self.row + 1, len(DATA_ENTRY_ROWS)), count=len(DATA_ENTRY_ROWS)))

    def retranslate(self) -> None:
        self.label.setText(self.tr("Key each line of the document into the form. Tab goes "
                                   "to the next field; Enter gives the row."))
        self.table.setAccessibleName(self.tr("The document"))
        for header in (self.table.horizontalHeader(), self.table.verticalHeader()):
            header.setAccessibleName(self.tr("The document"))
        self.next_button.setText(self.tr("Next row"))
        self.next_button.setAccessibleName(self.tr("Next row"))
        self._status()
