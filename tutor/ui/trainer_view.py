"""Trainer mode, behind the trainer's password: the class overview, bulk import of a
USB stick's progress files, learner management, CSV export and PDF reports."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tutor import trainer
from tutor.errors import TutorError
from tutor.i18n.qt import translate_error, translated
from tutor.skills import Skill, course_skills, load_hook
from tutor.startup import Runtime
from tutor.store.attempts import attempts_of
from tutor.store.learners import (
    get_learner,
    list_learners,
    set_archived,
    set_pin,
    set_skill_settings,
    skill_settings,
    update_learner,
)
from tutor.store.overview import PAGE_SIZE, class_page
from tutor.store.progress_file import SUFFIX, import_files, merge_learners
from tutor.ui.charts import LineChart, Series
from tutor.ui.fitting import FlowLayout
from tutor.ui.progress_transfer import provenance_text
from tutor.ui.retranslate import Retranslating
from tutor.ui.style import set_role, ui_icon


class PasswordDialog(QDialog):
    """Asks the trainer's password; on first use, sets it (typed twice)."""

    def __init__(self, runtime: Runtime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trainerPasswordDialog")
        self.runtime = runtime
        self.first_use = not trainer.has_password(runtime.db)
        self.setWindowTitle(self.tr("Trainer"))
        self.intro = QLabel(
            self.tr("First use: choose a trainer password (at least 6 characters). Learners "
                    "must not know it.") if self.first_use
            else self.tr("Type the trainer password."))
        self.intro.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setObjectName("trainerPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Trainer password"))
        self.again = QLineEdit()
        self.again.setObjectName("trainerPasswordAgain")
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.again.setAccessibleName(self.tr("The same password again"))
        self.again.setVisible(self.first_use)
        # Each box says what goes in it (the second one had no words).
        self.password_label = QLabel(self.tr("Trainer password"))
        self.password_label.setBuddy(self.password)
        self.again_label = QLabel(self.tr("The same password again"))
        self.again_label.setBuddy(self.again)
        self.again_label.setVisible(self.first_use)
        self.message = set_role(QLabel(), "error")
        self.message.setObjectName("trainerPasswordMessage")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.setObjectName("trainerPasswordButtons")
        for which, name, text in ((QDialogButtonBox.StandardButton.Ok, "trainerPasswordOk",
                                   self.tr("OK")),
                                  (QDialogButtonBox.StandardButton.Cancel,
                                   "trainerPasswordCancel", self.tr("Cancel"))):
            button = buttons.button(which)
            button.setObjectName(name)
            button.setText(text)
            button.setAccessibleName(text)
        buttons.accepted.connect(self.check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.intro, self.password_label, self.password, self.again_label,
                       self.again, self.message, buttons):
            layout.addWidget(widget)

    def check(self) -> None:
        db = self.runtime.db
        if self.first_use:
            if self.password.text() != self.again.text():
                self.message.setText(self.tr("The two passwords are not the same."))
                return
            try:
                trainer.set_password(db, self.password.text())
            except TutorError as exc:
                self.message.setText(translate_error(exc))
                return
            self.accept()
        else:
            result = trainer.try_password(db, self.password.text())
            if result.ok:
                self.accept()
                return
            self.password.clear()
            if result.paused:
                self.message.setText(self.tr(
                    "Too many wrong passwords. Wait {seconds} seconds, then try again.")
                    .format(seconds=max(1, round(result.wait_seconds))))
            else:
                self.message.setText(self.tr("That is not the trainer password."))


class ImportWorker(QObject):
    """Imports files one by one off the GUI thread; the window never freezes."""

    progressed = Signal(int, str)
    done = Signal(int, int, list, list)  # files imported, attempts added, failures, summaries

    def __init__(self, runtime: Runtime, files: list[Path]) -> None:
        super().__init__()
        self.runtime = runtime
        self.files = files
        self.cancelled = False

    def run(self) -> None:
        imported = added = 0
        failures: list[str] = []
        summaries: list = []
        try:
            done = import_files(self.runtime.db, self.files,
                                on_file=lambda index, file: self.progressed.emit(index, file.name),
                                cancelled=lambda: self.cancelled)
            imported, added = len(done.imported), done.added
            summaries = [summary for _file, summary in done.imported]
            failures = [f"{file.name}: {translate_error(error)}" for file, error in done.refused]
        except TutorError as exc:  # the database itself failed: say so, never hang
            failures.append(translate_error(exc))
        finally:
            self.progressed.emit(len(self.files), "")
            self.done.emit(imported, added, failures, summaries)


@dataclass(frozen=True)
class TrainerContext:
    """What a skill's trainer dialog is given (see ``tutor.skills``): the database, the
    lesson packs, the skills, and the learner chosen (None for a dialog about the
    class)."""

    db: Any
    catalogue: Any
    skills: Mapping[str, Skill]
    learner: Any = None


class TrainerScreen(Retranslating, QWidget):
    closed = Signal()
    # A skill's trainer dialog asked to open its room for a learner: (learner id, skill)
    open_room = Signal(str, str)

    def __init__(self, runtime: Runtime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trainerScreen")
        self.runtime = runtime
        self.rows: list[trainer.LearnerRow] = []  # the page shown
        self.offset = 0  # of the page, in the class (or the search's learners)
        self.total = 0
        self._thread: QThread | None = None
        self._worker: ImportWorker | None = None

        self.title = set_role(QLabel(), "title")
        self.centre = QLineEdit(trainer.centre_name(runtime.db))
        self.centre.setObjectName("trainerCentre")
        self.centre.editingFinished.connect(
            lambda: trainer.set_centre_name(self.runtime.db, self.centre.text()))
        self.centre_label = QLabel()
        self.table = QTableWidget()
        self.table.setObjectName("trainerOverview")
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        # A centre server's class is thousands: the table shows a page of them (in the
        # order of names), or those whose name has the search's letters.
        self.search = QLineEdit()
        self.search.setObjectName("trainerSearch")
        self.search.setClearButtonEnabled(True)
        self.search.addAction(ui_icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.textChanged.connect(self._search)
        self.search.setMaximumWidth(220)
        self.page_label = QLabel()
        self.page_label.setObjectName("trainerPage")
        self.buttons: dict[str, QPushButton] = {}
        self._menu_actions: dict[str, QAction] = {}
        actions: list[tuple[str, str, Callable[[], object]]] = [
            ("import", "add-person", self.import_folder), ("csv", "check", self.export_csv),
            ("class_pdf", "info", self.class_pdf), ("rename", "settings", self.rename),
            ("reset_pin", "lock", self.reset_pin), ("archive", "close", self.archive),
            ("merge", "switch-person", self.merge),
            ("report", "info", self.learner_pdf), ("certificate", "check", self.certificate),
            ("details", "search", self.details),
            ("centre_key", "lock", self.open_centre),
            ("close", "back", self.closed.emit),
            ("previous", "back", lambda: self._turn(-1)), ("next", "", lambda: self._turn(1)),
        ]
        # A skill's own settings for a learner (typing: the thresholds), from the registry.
        self.skill_settings = {skill.id: skill for skill in runtime.skills.values()
                               if skill.trainer_settings}
        actions += [(f"settings:{skill_id}", "text-size", partial(self.edit_skill_settings, skill_id))
                    for skill_id in self.skill_settings]
        # A skill's own view of the class (the placement: the class by level).
        self.skill_class = {skill.id: skill for skill in runtime.skills.values()
                            if skill.trainer_class}
        actions += [(f"class:{skill_id}", "search", partial(self.open_skill_class, skill_id))
                    for skill_id in self.skill_class]
        # A skill's own view of one learner (the assessments: results and credentials).
        self.skill_learner = {skill.id: skill for skill in runtime.skills.values()
                              if skill.trainer_learner}
        actions += [(f"learner:{skill_id}", "check", partial(self.open_skill_learner, skill_id))
                    for skill_id in self.skill_learner]
        for key, icon, slot in actions:
            button = QPushButton()
            button.setObjectName(f"trainer_{key.replace(':', '_')}")
            if icon:
                button.setIcon(ui_icon(icon))
            button.clicked.connect(slot)
            self.buttons[key] = button
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.search)
        for widget in (self.buttons["previous"], self.page_label, self.buttons["next"],
                       self.buttons["close"]):
            top.addWidget(widget)
        for widget in (self.buttons["previous"], self.page_label, self.buttons["next"]):
            widget.setVisible(False)  # until the class has more than one page
        centre_row = QHBoxLayout()
        centre_row.addWidget(self.centre_label)
        centre_row.addWidget(self.centre, 1)
        centre_row.addWidget(self.buttons["centre_key"])
        # Rows of buttons wrap rather than widen the screen beyond a lab PC's.
        # The skills' own dialogs (the class by level, a learner's thresholds, path,
        # assessments, credentials...) are behind one menu button each, so the table keeps
        # its rows on a lab PC's 1024x600 screen however many skills add a dialog.
        self.class_menu_button = self._menu_button(
            "trainer_class_skills", [f"class:{s}" for s in self.skill_class])
        self.learner_menu_button = self._menu_button(
            "trainer_learner_skills", [*(f"settings:{s}" for s in self.skill_settings),
                                       *(f"learner:{s}" for s in self.skill_learner)])
        class_row = FlowLayout()
        for key in ("import", "csv", "class_pdf"):
            class_row.addWidget(self.buttons[key])
        class_row.addWidget(self.class_menu_button)
        learner_row = FlowLayout()
        for key in ("details", "rename", "reset_pin", "archive", "merge"):
            learner_row.addWidget(self.buttons[key])
        learner_row.addWidget(self.learner_menu_button)
        for key in ("report", "certificate"):
            learner_row.addWidget(self.buttons[key])
        self.title.setWordWrap(True)
        self.table.setMinimumHeight(90)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addLayout(top)
        layout.addLayout(centre_row)
        layout.addLayout(class_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(learner_row)
        self.retranslate()

    def _menu_button(self, name: str, keys: list[str]) -> QPushButton:
        """A button whose menu holds the buttons ``keys`` (kept, hidden, as the actions'
        targets: each action clicks its button)."""
        button = QPushButton(self)
        button.setObjectName(name)
        button.setIcon(ui_icon("settings"))
        menu = QMenu(button)
        menu.setObjectName(f"{name}_menu")
        for key in keys:
            hidden = self.buttons[key]
            hidden.setParent(self)
            hidden.hide()
            action = menu.addAction(hidden.icon(), "")
            action.setObjectName(f"{hidden.objectName()}_action")
            action.triggered.connect(hidden.click)
            self._menu_actions[key] = action
        button.setMenu(menu)
        button.setVisible(bool(keys))
        return button

    # -- the overview ----------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the page shown again (its figures aggregated for its learners alone)."""
        skills = course_skills(self.runtime.skills)
        page = class_page(self.runtime.db, trainer.best_metric(), self.search.text(),
                          self.offset, PAGE_SIZE)
        self.rows, self.offset, self.total = page.rows, page.offset, page.total
        # Pages only when the class (or the search's learners) are more than one.
        paged = self.offset > 0 or self.total > PAGE_SIZE
        for button, enabled in ((self.buttons["previous"], self.offset > 0),
                                (self.buttons["next"], self.offset + PAGE_SIZE < self.total)):
            button.setVisible(paged)
            button.setEnabled(enabled)
        self.page_label.setVisible(paged)
        self._say_page()
        headers = [self.tr("Learner")] + [translated("skills", s.title) for s in skills.values()]
        headers += [self.tr("Best typing speed"), self.tr("Last activity"), self.tr("Needs help")]
        self.table.setSortingEnabled(False)
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            name = QTableWidgetItem(row.name)
            name.setData(Qt.ItemDataRole.UserRole, str(row.id))
            cells = [name]
            for skill_id in skills:
                summary = row.skills.get(skill_id)
                item = QTableWidgetItem()
                item.setData(Qt.ItemDataRole.DisplayRole, summary.passed if summary else 0)
                cells.append(item)
            wpm = QTableWidgetItem()
            wpm.setData(Qt.ItemDataRole.DisplayRole, round(row.best_wpm, 1) if row.best_wpm else 0.0)
            cells.append(wpm)
            last = row.last_activity.astimezone().strftime("%Y-%m-%d %H:%M") if row.last_activity else ""
            cells.append(QTableWidgetItem(last))
            notes = [", ".join(row.stuck_on)] if row.needs_help else []
            if row.unreadable:
                notes.append(self.tr("{count} activities cannot be read").format(
                    count=row.unreadable))
            help_item = QTableWidgetItem(("⚠ " + "; ".join(notes)) if notes else "")
            cells.append(help_item)
            for c, item in enumerate(cells):
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.table.setSortingEnabled(True)

    def _say_page(self) -> None:
        if self.total:
            text = self.tr("{first}–{last} of {total}").format(
                first=self.offset + 1, last=self.offset + len(self.rows), total=self.total)
        else:
            text = self.tr("No learner")
        self.page_label.setText(text)
        self.page_label.setAccessibleName(text)

    def _turn(self, pages: int) -> None:
        self.offset = max(0, self.offset + pages * PAGE_SIZE)
        self.refresh()

    def _search(self, _text: str) -> None:
        self.offset = 0
        self.refresh()

    def selected_id(self) -> uuid.UUID | None:
        items = self.table.selectedItems()
        if not items:
            return None
        first = self.table.item(items[0].row(), 0)
        return uuid.UUID(first.data(Qt.ItemDataRole.UserRole)) if first is not None else None

    def selected_learner(self):
        learner_id = self.selected_id()
        if learner_id is None:
            self.tell(self.tr("Choose a learner in the table first."))
            return None
        return get_learner(self.runtime.db, learner_id)

    # -- questions (replaced in tests) ---------------------------------------------------------
    def tell(self, text: str) -> None:
        QMessageBox.information(self, self.tr("Trainer"), text)

    def choose_folder(self) -> Path | None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder with progress files"))
        return Path(folder) if folder else None

    def choose_save(self, title: str, name: str, pattern: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self, title, name, pattern)
        return Path(path) if path else None

    def ask_text(self, title: str, label: str, value: str = "") -> str | None:
        text, ok = QInputDialog.getText(self, title, label, text=value)
        return text if ok else None

    def ask_item(self, title: str, label: str, items: list[str]) -> str | None:
        item, ok = QInputDialog.getItem(self, title, label, items, editable=False)
        return item if ok else None

    # -- class actions -------------------------------------------------------------------------
    def import_folder(self) -> None:
        folder = self.choose_folder()
        if folder is None:
            return
        files = sorted(folder.rglob(f"*{SUFFIX}"))
        if not files:
            self.tell(self.tr("No progress files in {folder}.").format(folder=str(folder)))
            return
        self._progress = QProgressDialog(self.tr("Loading progress files…"), self.tr("Stop"),
                                         0, len(files), self)
        self._progress.setObjectName("trainerImportProgress")
        self._progress.setWindowModality(Qt.WindowModality.WindowModal)
        self._progress.setMinimumDuration(0)
        worker = ImportWorker(self.runtime, files)
        thread = QThread(self)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        # Slots of this widget: Qt queues the worker's signals to the GUI thread, so no
        # widget is ever touched from the worker.
        worker.progressed.connect(self._import_progressed)
        worker.done.connect(self._import_done)
        self._progress.canceled.connect(self._import_cancel)
        thread.finished.connect(worker.deleteLater)
        self._worker, self._thread = worker, thread
        thread.start()

    @Slot(int, str)
    def _import_progressed(self, count: int, name: str) -> None:
        self._progress.setValue(count)

    @Slot()
    def _import_cancel(self) -> None:
        if self._worker is not None:
            self._worker.cancelled = True

    @Slot(int, int, list, list)
    def _import_done(self, imported: int, added: int, failures: list, summaries: list) -> None:
        assert self._thread is not None
        self._thread.quit()
        self._thread.wait()
        self._worker = None
        self._progress.close()
        self.refresh()
        text = self.tr("Files loaded: {files}. New activities: {added}.").format(
            files=imported, added=added)
        # For each learner, which activities were signed at which centre and which could
        # not be checked (issue #21): what reports and certificates will count.
        for summary in summaries:
            checks = provenance_text(summary)
            if checks:
                text += f"\n\n{summary.learner_name}:\n{checks}"
        if failures:
            text += "\n\n" + self.tr("Refused:") + "\n" + "\n".join(failures)
        self.last_import = (imported, added, failures)
        self.tell(text)

    def export_csv(self) -> None:
        path = self.choose_save(self.tr("Export the class (CSV)"), "class.csv", "CSV (*.csv)")
        if path is None:
            return
        # The whole class, not the page shown.
        rows = trainer.class_overview(self.runtime.db)
        path.write_text(trainer.overview_csv(rows, list(course_skills(self.runtime.skills))),
                        encoding="utf-8")
        self.tell(self.tr("Saved: {path}").format(path=str(path)))

    def _totals(self, language: str) -> dict[str, int]:
        return {s: self.runtime.catalogue.exercise_count(s, language) for s in self.runtime.skills}

    def class_pdf(self) -> None:
        from tutor.ui.reports import class_report_pdf

        path = self.choose_save(self.tr("Class report (PDF)"), "class.pdf", "PDF (*.pdf)")
        if path is not None:
            class_report_pdf(self.runtime.db, self.runtime.skills, self._totals("en"), path)
            self.tell(self.tr("Saved: {path}").format(path=str(path)))

    # -- learner actions ------------------------------------------------------------------------
    def details(self) -> None:
        learner = self.selected_learner()
        if learner is not None:
            dialog = LearnerDetailDialog(self.runtime, learner, self)
            dialog.exec()

    def rename(self) -> None:
        learner = self.selected_learner()
        if learner is None:
            return
        name = self.ask_text(self.tr("Rename"), self.tr("New name:"), learner.display_name)
        if name:
            try:
                update_learner(self.runtime.db, learner.id, display_name=name)
            except TutorError as exc:
                self.tell(translate_error(exc))
            self.refresh()

    def reset_pin(self) -> None:
        learner = self.selected_learner()
        if learner is not None:
            set_pin(self.runtime.db, learner.id, None)
            self.tell(self.tr("{name} has no PIN now.").format(name=learner.display_name))

    def archive(self) -> None:
        learner = self.selected_learner()
        if learner is not None:
            set_archived(self.runtime.db, learner.id)
            self.refresh()

    def merge(self) -> None:
        learner = self.selected_learner()
        if learner is None:
            return
        others = [person for person in list_learners(self.runtime.db) if person.id != learner.id]
        labels = [f"{person.display_name} ({str(person.id)[:8]})" for person in others]
        choice = self.ask_item(self.tr("Merge"), self.tr(
            "Which profile is the same person as {name}? Its activities move to {name}, "
            "and it disappears.").format(name=learner.display_name), labels)
        if choice is None:
            return
        other = others[labels.index(choice)]
        moved = merge_learners(self.runtime.db, learner.id, other.id)
        self.refresh()
        self.tell(self.tr("{count} activities moved to {name}.").format(
            count=moved, name=learner.display_name))

    def edit_skill_settings(self, skill_id: str, _checked: bool = False) -> None:
        """A skill's own dialog for the selected learner's settings of that skill."""
        learner = self.selected_learner()
        if learner is None:
            return
        dialog_class = load_hook(self.skill_settings[skill_id].trainer_settings)
        dialog = dialog_class(skill_settings(learner, skill_id), self,
                              self.context(learner))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            set_skill_settings(self.runtime.db, learner.id, skill_id, dialog.values())
            if getattr(dialog, "open_room", False):
                self.open_room.emit(str(learner.id), skill_id)
        dialog.deleteLater()

    def open_skill_class(self, skill_id: str, _checked: bool = False) -> None:
        """A skill's own dialog about the whole class."""
        dialog = load_hook(self.skill_class[skill_id].trainer_class)(self.context(), self)
        dialog.exec()
        dialog.deleteLater()

    def open_skill_learner(self, skill_id: str, _checked: bool = False) -> None:
        learner = self.selected_learner()
        if learner is None:
            return
        dialog = load_hook(self.skill_learner[skill_id].trainer_learner)(self.context(learner), self)
        dialog.exec()
        dialog.deleteLater()

    def context(self, learner: Any = None) -> TrainerContext:
        return TrainerContext(self.runtime.db, self.runtime.catalogue, self.runtime.skills,
                              learner)

    def open_centre(self) -> None:
        """The centre's key, its card, the verifier for employers, partner centres."""
        from tutor.ui.centre_view import CentreDialog

        dialog = CentreDialog(self.runtime.db, self)
        dialog.exec()
        dialog.deleteLater()
        self.centre.setText(trainer.centre_name(self.runtime.db))  # set up or renamed there

    def learner_pdf(self) -> None:
        self._learner_document("report")

    def certificate(self) -> None:
        self._learner_document("certificate")

    def _learner_document(self, kind: str) -> None:
        from tutor.ui.reports import certificate_pdf, learner_report_pdf

        learner = self.selected_learner()
        if learner is None:
            return
        path = self.choose_save(self.tr("Save as PDF"), f"{learner.display_name}-{kind}.pdf",
                                "PDF (*.pdf)")
        if path is None:
            return
        make = certificate_pdf if kind == "certificate" else learner_report_pdf
        make(self.runtime.db, learner, self.runtime.skills, self._totals(learner.ui_language), path)
        self.tell(self.tr("Saved: {path}").format(path=str(path)))

    # -- text -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(self.tr("Trainer: the class"))
        self.centre_label.setText(self.tr("Centre name:"))
        self.centre.setAccessibleName(self.tr("Centre name"))
        self.table.setAccessibleName(self.tr("The class"))
        self.search.setPlaceholderText(self.tr("Find a learner"))
        self.search.setAccessibleName(self.tr("Find a learner"))
        for index, button in enumerate(self.search.findChildren(QToolButton)):
            # The line edit's own search icon and clear button.
            button.setObjectName(f"trainerSearchButton{index}")
            button.setAccessibleName(self.tr("Clear") if index else self.tr("Find"))
        self._say_page()
        for header, name in ((self.table.horizontalHeader(), "trainerColumns"),
                             (self.table.verticalHeader(), "trainerRows")):
            header.setObjectName(name)
            header.setAccessibleName(self.tr("The class"))
        texts = {
            "import": self.tr("Load a folder of progress files"),
            "csv": self.tr("Export CSV"), "class_pdf": self.tr("Class report (PDF)"),
            "rename": self.tr("Rename"), "reset_pin": self.tr("Remove PIN"),
            "archive": self.tr("Archive"), "merge": self.tr("Merge"),
            "report": self.tr("Progress report"),
            "certificate": self.tr("Certificate"), "close": self.tr("Close"),
            "details": self.tr("Details"),
            "centre_key": self.tr("Centre and credentials"),
            "previous": self.tr("Previous"), "next": self.tr("Next"),
        }
        texts.update({f"settings:{skill_id}": translated("skills", skill.trainer_settings_label)
                      for skill_id, skill in self.skill_settings.items()})
        texts.update({f"class:{skill_id}": translated("skills", skill.trainer_class_label)
                      for skill_id, skill in self.skill_class.items()})
        texts.update({f"learner:{skill_id}": translated("skills", skill.trainer_learner_label)
                      for skill_id, skill in self.skill_learner.items()})
        for key, text in texts.items():
            self.buttons[key].setText(text)
            self.buttons[key].setAccessibleName(text)
            if key in self._menu_actions:
                self._menu_actions[key].setText(text)
        for menu_button, text in ((self.class_menu_button, self.tr("More about the class")),
                                  (self.learner_menu_button, self.tr("More for this learner"))):
            menu_button.setText(text)
            menu_button.setAccessibleName(text)


class LearnerDetailDialog(QDialog):
    """One learner over time: typing speed and the score of every try, and the list."""

    def __init__(self, runtime: Runtime, learner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("learnerDetailDialog")
        self.setWindowTitle(learner.display_name)
        attempts = attempts_of(runtime.db, learner.id)
        best = trainer.best_metric()
        speeds = [float(a.metrics[best.metric]) for a in attempts
                  if best and a.skill == best.skill and best.metric in a.metrics]
        top = max([40.0] + [s * 1.1 for s in speeds])
        self.chart = LineChart("learnerDetailChart")
        self.chart.set_series([
            Series(f"{top:.0f}", "chart_speed", speeds, top),
            Series("100%", "chart_score", [a.score * 100 for a in attempts], 100.0, dashed=True),
        ])
        self.chart.setAccessibleName(self.tr(
            "Typing speed (blue, words per minute) and the score of each try (green, dashed)"))
        self.legend = QLabel(self.chart.accessibleName())
        self.legend.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("learnerDetailList")
        self.list.setAccessibleName(self.tr("Tries"))
        for a in reversed(attempts):
            title = translated("skills", runtime.skills[a.skill].title) \
                if a.skill in runtime.skills else a.skill
            mark = "✓" if a.passed else "✗"
            self.list.addItem(f"{a.finished_at.astimezone():%Y-%m-%d %H:%M} · {title} · "
                              f"{a.exercise_id} · {round(a.score * 100)}% {mark}")
        close = QPushButton(self.tr("Close"))
        close.setObjectName("learnerDetailClose")
        close.setAccessibleName(close.text())
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.legend)
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.list, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        self.resize(800, 600)
