"""Saving a learner's progress to a file, and loading it on another PC.

The work is done by ``tutor.store.progress_file``; this module asks where, asks the
PIN or whether a same-named learner is the same person, and says what happened.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from tutor.credentials.centre import trusted_cards
from tutor.credentials.installation import WHY
from tutor.errors import TutorError
from tutor.i18n.qt import translate_error, translated
from tutor.pins import is_valid_pin
from tutor.store.db import Database
from tutor.store.learners import set_pin
from tutor.store.models import Learner
from tutor.store.progress_file import (
    SUFFIX,
    ImportSummary,
    PinRequired,
    default_file_name,
    export_learner,
    import_progress,
    needs_pin,
    plan_import,
    read_progress_file,
)


class ProgressTransfer(QObject):
    """The dialogs of a progress file. The ``choose_*`` and ``ask_*`` methods are the
    only places that wait for the learner, so tests can answer them."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.window = parent

    # -- questions (replaced in tests) -----------------------------------------------------
    def choose_save_path(self, suggested: Path) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Save my progress"), str(suggested),
            self.tr("Tutor progress (*{suffix})").format(suffix=SUFFIX))
        return Path(path) if path else None

    def choose_open_path(self) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Load progress from a file"), str(_documents()),
            self.tr("Tutor progress (*{suffix})").format(suffix=SUFFIX))
        return Path(path) if path else None

    def ask_pin(self, name: str) -> str | None:
        pin, ok = QInputDialog.getText(
            self.window, self.tr("PIN"),
            self.tr("{name}, type your 4 secret numbers.").format(name=name),
            QLineEdit.EchoMode.Password)
        return pin if ok else None

    def ask_new_pin(self, name: str) -> str | None:
        """A learner new to this PC, who had a PIN where the file was made, chooses one
        here (a file never carries a PIN). None: they chose none."""
        while True:
            pin, ok = QInputDialog.getText(
                self.window, self.tr("PIN"),
                self.tr("{name}, choose 4 secret numbers to protect your profile on this "
                        "computer.").format(name=name), QLineEdit.EchoMode.Password)
            if not ok:
                return None
            again, ok = QInputDialog.getText(
                self.window, self.tr("PIN"), self.tr("Type the same 4 numbers again."),
                QLineEdit.EchoMode.Password)
            if not ok:
                return None
            if is_valid_pin(pin) and pin == again:
                return pin
            self.tell(self.tr("The two PINs must be the same 4 numbers. Try again."))

    def ask_same_person(self, name: str) -> bool:
        answer = QMessageBox.question(
            self.window, self.tr("Load progress from a file"),
            self.tr("There is already a learner called {name} on this computer. Is it the "
                    "same person? If you say yes, the progress is added to that learner.")
            .format(name=name))
        return answer == QMessageBox.StandardButton.Yes

    def tell(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Progress"), text,
                          QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("progressMessage")
        box.exec()

    # -- actions ---------------------------------------------------------------------------
    def save(self, db: Database, learner: Learner) -> Path | None:
        target = self.choose_save_path(_documents() / default_file_name(learner))
        if target is None:
            return None
        if target.suffix != SUFFIX:
            target = target.with_name(target.name + SUFFIX)
        try:
            summary = export_learner(db, learner.id, target)
        except TutorError as exc:
            self.tell(translate_error(exc))
            return None
        self.tell(self.tr("Saved: {count} activities in {path}. Take this file to the "
                          "other computer and load it there.")
                  .format(count=summary.attempts, path=str(summary.path)))
        return summary.path

    def load(self, db: Database) -> ImportSummary | None:
        path = self.choose_open_path()
        if path is None:
            return None
        try:
            progress = read_progress_file(path)
            plan = plan_import(db, progress)
            link: uuid.UUID | None = None
            if plan.local_id is None and plan.same_name:
                local_id, name = plan.same_name[0]
                if self.ask_same_person(name):
                    link = local_id
            pin = None
            target = plan.local_id or link
            owner = needs_pin(db, target) if target is not None else None
            if owner is not None:  # this PC's PIN of the learner, never the file's
                pin = self.ask_pin(owner)
                if pin is None:
                    return None
            summary = import_progress(db, progress, pin=pin, link_to=link)
        except PinRequired:
            self.tell(self.tr("That is not the right PIN. Nothing was loaded."))
            return None
        except TutorError as exc:
            self.tell(translate_error(exc))
            return None
        if summary.created:
            text = self.tr("Welcome, {name}! Your progress is loaded: {added} activities.")
        elif summary.added:
            text = self.tr("{name}: {added} new activities added ({already} were already "
                           "on this computer).")
        else:
            text = self.tr("{name}: this computer already had all these activities. "
                           "Nothing changed.")
        text = text.format(name=summary.learner_name, added=summary.added, already=summary.already)
        if summary.verified or trusted_cards(db):  # (no centre here: nothing was checkable)
            text += "\n\n" + provenance_text(summary)
        self.tell(text)
        if summary.choose_pin:
            new_pin = self.ask_new_pin(summary.learner_name)
            if new_pin is not None:
                try:
                    set_pin(db, summary.learner_id, new_pin)
                except TutorError as exc:
                    self.tell(translate_error(exc))
        return summary


def provenance_text(summary: ImportSummary) -> str:
    """What the checks of a file's activities found, one line per centre and per reason:
    for the trainer's import as for a learner's (the words blame no one)."""
    translate = QCoreApplication.translate
    lines = [translate("ProgressTransfer", "Checked: signed at {centre}: {count}")
             .format(centre=centre, count=count) for centre, count in sorted(summary.verified.items())]
    lines += [translate("ProgressTransfer", "Could not be checked ({why}): {count}")
              .format(why=translated("credentials", WHY.get(why, why)), count=count)
              for why, count in sorted(summary.unverified.items())]
    if summary.now_verified:
        lines.append(translate("ProgressTransfer", "Could not be checked before, and now "
                                                   "checked: {count}").format(count=summary.now_verified))
    if summary.unverified:
        lines.append(translate("ProgressTransfer", "Activities that could not be checked stay in "
                               "the learner's progress, but reports and certificates do not "
                               "count them."))
    return "\n".join(lines)


def _documents() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found or Path.home())
