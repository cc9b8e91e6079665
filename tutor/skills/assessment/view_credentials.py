"""A learner's supervised assessments, and their credentials (trainer mode, issue #21).

The trainer chooses a learner, then "Credentials": each assessment the learner took is
listed with its figures, and for one that passed, was confirmed by the supervising
trainer and was done on this PC, "Make the credential" signs it with the centre's key
(the trainer password opens it) and saves it in a folder the trainer chooses (a USB
stick): the certificate (PDF, with its QR code), the badge (PNG), the credential (.json)
and its keystroke log (.evidence.json).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tutor.credentials import centre, results
from tutor.errors import TutorError
from tutor.i18n.qt import translate_error, translated
from tutor.skills.assessment import credential as issuing
from tutor.skills.assessment.engine import SKILL
from tutor.skills.assessment.model import CONTEXT
from tutor.store.attempts import attempts_of
from tutor.ui.centre_view import PasswordPrompt
from tutor.ui.credential_files import save_credential_files
from tutor.ui.fitting import fit_to_screen
from tutor.ui.retranslate import Retranslating
from tutor.ui.style import set_role, ui_icon


class CredentialsDialog(Retranslating, QDialog):
    """The registry's ``trainer_learner`` dialog: ``CredentialsDialog(context, parent)``."""

    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.learner = context.db, context.learner
        self.setObjectName("credentialsDialog")
        self.intro = QLabel()
        self.intro.setObjectName("credentialsIntro")
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("credentialsTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        for column, mode in enumerate((QHeaderView.ResizeMode.ResizeToContents,
                                       QHeaderView.ResizeMode.ResizeToContents,
                                       QHeaderView.ResizeMode.Stretch,
                                       QHeaderView.ResizeMode.ResizeToContents)):
            header.setSectionResizeMode(column, mode)
        self.table.itemSelectionChanged.connect(self._selected)
        self.why = QLabel()
        self.why.setObjectName("credentialsWhy")
        self.why.setWordWrap(True)
        self.status = set_role(QLabel(), "status")
        self.status.setObjectName("credentialsStatus")
        self.status.setWordWrap(True)
        self.make = set_role(self._button("credentialsMake", "check"), "primary")
        self.make.clicked.connect(self.make_credential)
        self.close_button = self._button("credentialsClose", "back")
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.make)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        for widget in (self.intro, self.table, self.why, self.status):
            layout.addWidget(widget, 1 if widget is self.table else 0)
        layout.addLayout(buttons)
        self.results: list[tuple[Any, issuing.Result]] = []
        self.retranslate()
        self.refresh()
        fit_to_screen(self, QSize(860, 520))

    @staticmethod
    def _button(name: str, icon: str) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        button.setIcon(ui_icon(icon))
        return button

    def refresh(self) -> None:
        rows = sorted(attempts_of(self.db, self.learner.id, SKILL),
                      key=lambda a: a.finished_at, reverse=True)
        self.results = [(row, issuing.Result(row.skill, row.exercise_id, row.finished_at, row.passed,
                                             row.details or {}, row.provenance)) for row in rows]
        self.table.setRowCount(len(self.results))
        for index, (row, result) in enumerate(self.results):
            definition = result.details.get("definition", {})
            figures = result.details.get("figures", {})
            shown = ", ".join(
                f"{translated('credentials', name)}: "
                f"{results.figure_text(figures, key, form)}"
                for key, name, _type, form in results.RESULTS.get(definition.get("kind", "task"), ())[:2]
                if key in figures)
            why = issuing.refusal(result)
            cells = (row.finished_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                     translated(CONTEXT, str(definition.get("name", row.exercise_id))),
                     shown,
                     self.tr("Yes") if why is None else self.tr("No"))
            for column, text in enumerate(cells):
                self.table.setItem(index, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.resizeRowsToContents()
        if self.results:
            self.table.selectRow(0)
        self._selected()

    def _current(self) -> issuing.Result | None:
        rows = self.table.selectionModel().selectedRows()
        return self.results[rows[0].row()][1] if rows else None

    def _selected(self) -> None:
        result = self._current()
        why = issuing.refusal(result) if result is not None else None
        has_key = centre.centre_card(self.db) is not None
        self.make.setEnabled(result is not None and why is None and has_key)
        if result is None:
            self.why.setText(self.tr("No supervised assessment yet. Start one with "
                                     "\"Start an assessment\"."))
        elif not has_key:
            self.why.setText(self.tr("Set up the centre's key first (\"Centre and credentials\")."))
        else:
            self.why.setText("" if why is None else translated("credentials", why))

    def ask_password(self) -> str | None:
        prompt = PasswordPrompt(self.tr("Sign the credential"), self.tr(
            "The centre's key signs the credential. Type the trainer password to open it."),
            [("credentialsPassword", self.tr("Trainer password"))], self)
        try:
            return prompt.values()[0] if prompt.exec() == QDialog.DialogCode.Accepted else None
        finally:
            prompt.deleteLater()

    def choose_folder(self) -> Path | None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Where to save the credential"))
        return Path(folder) if folder else None

    def make_credential(self) -> None:
        result = self._current()
        if result is None or issuing.refusal(result) is not None:
            return
        password = self.ask_password()
        if password is None:
            return
        try:
            unlocked = centre.unlock(self.db, password)
        except TutorError as error:
            self.status.setText(translate_error(error))
            return
        folder = self.choose_folder()
        if folder is None:
            return
        credential = issuing.issue(unlocked, self.learner.display_name, result, datetime.now(UTC))
        try:
            written = save_credential_files(folder, credential, result.details.get("evidence"),
                                            self.learner.ui_language, CONTEXT)
        except TutorError as error:
            self.status.setText(translate_error(error))
            return
        self.status.setText(self.tr("Saved in {folder}: {files}").format(
            folder=str(folder), files=", ".join(path.name for path in written)))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Credentials: {name}").format(name=self.learner.display_name))
        self.intro.setText(self.tr(
            "A credential says, signed by the centre, what the learner did in a supervised "
            "assessment. An employer can check it with no internet. Only a passed assessment "
            "that you confirmed gets one."))
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Assessment"), self.tr("Result"), self.tr("Credential")])
        self.table.setAccessibleName(self.tr("The learner's assessments"))
        for button, text in ((self.make, self.tr("Make the credential")),
                             (self.close_button, self.tr("Close"))):
            button.setText(text)
            button.setAccessibleName(text)
