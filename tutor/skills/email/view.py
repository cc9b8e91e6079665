"""The email room: the list of tasks, the practice mail client of a task, and the
graded result. Every finished task is one attempt, recorded before the screen says
"saved". Thin over ``engine.py``."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from tutor.content import LessonPack
from tutor.errors import TutorError
from tutor.grading import Verdict
from tutor.i18n.qt import translate_error, translated
from tutor.profiles import lesson_language
from tutor.skills.email import engine, spelling
from tutor.skills.email.mail import Mail, learner_address, to_eml
from tutor.skills.email.model import Document, EmailExercise
from tutor.skills.email.view_client import MailClient
from tutor.store.attempts import attempts_of, record_attempt
from tutor.store.learners import set_skill_settings, skill_settings
from tutor.ui.retranslate import Retranslating
from tutor.ui.rooms import RoomHost
from tutor.ui.style import set_role

log = logging.getLogger(__name__)
SKILL_ID = "email"


def make_room(host: RoomHost) -> EmailRoom:
    return EmailRoom(host)


def draft_to_json(mail: Mail) -> dict:
    return mail.as_details()


def draft_from_json(data: dict, documents: dict[str, Document]) -> Mail:
    return Mail(
        sender=str(data.get("from", "")), to=tuple(data.get("to", [])),
        cc=tuple(data.get("cc", [])), bcc=tuple(data.get("bcc", [])),
        subject=str(data.get("subject", "")), body=str(data.get("body", "")),
        attachments=tuple(documents[n] for n in data.get("attachments", []) if n in documents),
        in_reply_to=str(data.get("in_reply_to", "")),
    )


class TaskList(Retranslating, QWidget):
    task_chosen = Signal(str, str)  # pack id, exercise id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emailTasks")
        self.title = set_role(QLabel(), "title")
        self.hint = set_role(QLabel(), "subtitle")
        self.hint.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("emailTaskList")
        self.list.itemActivated.connect(self._start)
        self.start_button = set_role(QPushButton(), "primary")
        self.start_button.setObjectName("emailStartTask")
        self.start_button.clicked.connect(lambda: self._start(self.list.currentItem()))
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.start_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        self.retranslate()

    def show_tasks(self, packs: list[LessonPack], passed: set[str]) -> None:
        self.list.clear()
        first = None
        for pack in packs:
            header = QListWidgetItem(pack.title)
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            self.list.addItem(header)
            for exercise in pack.exercises:
                done = f"{pack.id}/{exercise.id}" in passed
                item = QListWidgetItem(("✓  " if done else "     ") + exercise.title)
                item.setData(Qt.ItemDataRole.UserRole, (pack.id, exercise.id))
                state = self.tr("done") if done else self.tr("not done yet")
                item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{exercise.title}, {state}")
                self.list.addItem(item)
                if first is None and not done:
                    first = item
        if first is not None:
            self.list.setCurrentItem(first)

    def _start(self, item: QListWidgetItem | None) -> None:
        if item is None or item.data(Qt.ItemDataRole.UserRole) is None:
            return
        pack_id, exercise_id = item.data(Qt.ItemDataRole.UserRole)
        self.task_chosen.emit(pack_id, exercise_id)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Email"))
        self.hint.setText(self.tr("Choose a task. Each one is an email to read, write or "
                                  "check, like at work."))
        self.list.setAccessibleName(self.tr("Tasks"))
        self.start_button.setText(self.tr("Start the task"))
        self.start_button.setAccessibleName(self.start_button.text())


class ResultView(Retranslating, QWidget):
    """The graded result: each criterion met or not with its hint, the score, that the
    attempt is saved, and the model answer."""

    again = Signal()
    next_task = Signal()
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emailResult")
        self.passed = False  # the last verdict shown
        self.headline = set_role(QLabel(), "title")
        self.headline.setObjectName("emailResultHeadline")
        self.score = set_role(QLabel(), "subtitle")
        self.score.setObjectName("emailScore")
        self.saved = set_role(QLabel(), "hint")
        self.saved.setObjectName("emailSavedLabel")
        self.criteria = QListWidget()
        self.criteria.setObjectName("emailCriteria")
        self.criteria.setWordWrap(True)
        self.criteria.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.criteria.setStyleSheet("QListWidget#emailCriteria::item { padding: 3px; }")
        self.model_title = set_role(QLabel(), "subtitle")
        self.model_answer = QPlainTextEdit()
        self.model_answer.setObjectName("emailModelAnswer")
        self.model_answer.setReadOnly(True)
        self.yours_title = set_role(QLabel(), "subtitle")
        self.yours = QPlainTextEdit()
        self.yours.setObjectName("emailYourAnswer")
        self.yours.setReadOnly(True)
        self.again_button = QPushButton()
        self.again_button.setObjectName("emailTryAgain")
        self.next_button = set_role(QPushButton(), "primary")
        self.next_button.setObjectName("emailNextTask")
        self.back_button = QPushButton()
        self.back_button.setObjectName("emailResultBack")
        self.again_button.clicked.connect(self.again.emit)
        self.next_button.clicked.connect(self.next_task.emit)
        self.back_button.clicked.connect(self.back.emit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch()
        buttons.addWidget(self.again_button)
        buttons.addWidget(self.next_button)
        card = set_role(QFrame(), "card")
        card_layout = QVBoxLayout(card)
        card_layout.addWidget(self.headline)
        card_layout.addWidget(self.score)
        card_layout.addWidget(self.criteria, 3)
        answers = QHBoxLayout()
        for title, text in ((self.yours_title, self.yours),
                            (self.model_title, self.model_answer)):
            column = QVBoxLayout()
            column.addWidget(title)
            column.addWidget(text)
            answers.addLayout(column)
        card_layout.addLayout(answers, 2)
        card_layout.addWidget(self.saved)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(card, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def show_verdict(self, verdict: Verdict, model_answer: str, has_next: bool,
                     yours: str = "", kind: str = "write") -> None:
        self.kind = kind
        self.headline.setText(self.tr("Well done!") if verdict.passed else
                              self.tr("Not yet. Read the hints and try again."))
        self.score.setText(self.tr("Score: {percent}%").format(
            percent=round(verdict.score * 100)))
        self.criteria.clear()
        for feedback in verdict.feedback:
            params = {k: QCoreApplication.translate("email", v) if k in engine.FIELD_PARAMS
                      else v for k, v in feedback.params.items()}
            text = translated(feedback.context, feedback.message, params)
            item = QListWidgetItem(("✔  " if feedback.passed else "✘  ") + text)
            item.setForeground(Qt.GlobalColor.darkGreen if feedback.passed else Qt.GlobalColor.darkRed)
            item.setData(Qt.ItemDataRole.UserRole, feedback.criterion)
            state = self.tr("met") if feedback.passed else self.tr("not met")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{state}: {text}")
            self.criteria.addItem(item)
        self.model_title.setVisible(bool(model_answer))
        self.model_answer.setVisible(bool(model_answer))
        self.retranslate()
        self.model_answer.setPlainText(model_answer)
        self.yours_title.setVisible(bool(yours))
        self.yours.setVisible(bool(yours))
        self.yours.setPlainText(yours)
        self.next_button.setEnabled(has_next)
        self.passed = verdict.passed

    def focus_first(self) -> None:
        """Where the keyboard goes on: the next task once passed, else "Try again"."""
        (self.next_button if self.passed and self.next_button.isEnabled()
         else self.again_button).setFocus()

    def retranslate(self) -> None:
        self.criteria.setAccessibleName(self.tr("What was checked"))
        self.model_title.setText(self.tr("An example of a good answer")
                                 if getattr(self, "kind", "write") == "write"
                                 else self.tr("Why each message is real or fake"))
        self.model_answer.setAccessibleName(self.model_title.text())
        self.yours_title.setText(self.tr("Your email"))
        self.yours.setAccessibleName(self.yours_title.text())
        for button, text in ((self.again_button, self.tr("Try again")),
                             (self.next_button, self.tr("Next task")),
                             (self.back_button, self.tr("Back to the tasks"))):
            button.setText(text)
            button.setAccessibleName(text)


class EmailRoom(QWidget):
    attempt_saved = Signal(object)  # the Attempt, once it is on disk

    def __init__(self, host: RoomHost, clock: Callable[[], datetime] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emailRoom")
        self.host = host
        self.clock = clock or (lambda: datetime.now(UTC))
        self.me = learner_address(host.learner.display_name)
        self.settings = skill_settings(host.learner, SKILL_ID)
        self.packs = self._packs()
        # Load the dictionaries (about 0.1 s each) before the learner starts typing.
        for language in sorted({p.language for p in self.packs}):
            threading.Thread(target=spelling.preload, args=(language,), daemon=True,
                             name=f"spelling-{language}").start()
        self.pack: LessonPack | None = None
        self.exercise: EmailExercise | None = None
        self.started: datetime | None = None
        self.client: MailClient | None = None
        self.last_verdict: Verdict | None = None
        self.sent: dict[str, list[Mail]] = {}  # this session's Sent folder, per task

        self.tasks = TaskList()
        self.tasks.task_chosen.connect(self.open_task)
        self.result = ResultView()
        self.result.again.connect(lambda: self.open_task(self.pack.id, self.exercise.id))
        self.result.next_task.connect(self.open_next)
        self.result.back.connect(self.show_tasks)
        self.stack = QStackedWidget()
        self.stack.setObjectName("emailPages")
        self.stack.addWidget(self.tasks)
        self.stack.addWidget(self.result)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.setFocusProxy(self.tasks.list)  # the keyboard starts in the tasks: Enter starts one
        self.show_tasks()

    # -- tasks ------------------------------------------------------------------------
    def _packs(self) -> list[LessonPack]:
        catalogue = self.host.catalogue
        packs = catalogue.packs_in(SKILL_ID, lesson_language(self.host.learner))
        return sorted(packs, key=lambda p: (p.path.name, p.id))

    def _passed(self) -> set[str]:
        return {f"{a.pack_id}/{a.exercise_id}"
                for a in attempts_of(self.host.db, self.host.learner.id, SKILL_ID) if a.passed}

    def show_tasks(self) -> None:
        self._close_client()
        self.tasks.show_tasks(self.packs, self._passed())
        self.stack.setCurrentWidget(self.tasks)
        if self.isVisible():
            self.tasks.list.setFocus()

    def _ordered(self) -> list[tuple[LessonPack, EmailExercise]]:
        return [(p, e) for p in self.packs for e in p.exercises]  # type: ignore[misc]

    def open_next(self) -> None:
        order = self._ordered()
        keys = [(p.id, e.id) for p, e in order]
        index = keys.index((self.pack.id, self.exercise.id))
        if index + 1 < len(order):
            self.open_task(*keys[index + 1])

    def open_task(self, pack_id: str, exercise_id: str) -> None:
        pack = next(p for p in self.packs if p.id == pack_id)
        exercise = pack.exercise(exercise_id)
        self._close_client()
        self.pack, self.exercise = pack, exercise
        self.started = self.clock()
        spelling.preload(pack.language)
        documents = engine.documents_for(exercise, pack.language)
        known_files = {d.name: d for d in documents}
        for message in exercise.inbox:
            known_files.update({a.name: a for a in message.attachments})
        saved = self.settings.get("drafts", {}).get(self._key())
        draft = draft_from_json(saved, known_files) if saved else None
        contacts = engine.contacts_for(pack.exercises)  # type: ignore[arg-type]
        allowed = engine.task_words(exercise, [self.host.learner.display_name])
        self.client = MailClient(exercise, pack.language, self.me,
                                 self.host.learner.display_name, contacts, documents,
                                 allowed, draft)
        self.client.box.sent = list(self.sent.get(self._key(), []))
        self.client.mail_sent.connect(self.finish_email)
        self.client.phishing_done.connect(self.finish_phishing)
        self.client.answer_given.connect(self.finish_reading)
        self.client.back_requested.connect(self.show_tasks)
        self.client.draft_saved.connect(self.save_draft)
        self.client.eml_requested.connect(self.ask_where_to_save)
        self.stack.addWidget(self.client)
        self.stack.setCurrentWidget(self.client)
        self.client.message_list.setFocus()  # arrows read the messages one by one

    def _close_client(self) -> None:
        if self.client is not None:
            self.client.composer.autosave.stop()
            self.stack.removeWidget(self.client)
            self.client.deleteLater()
            self.client = None

    def _key(self) -> str:
        return f"{self.pack.id}/{self.exercise.id}"

    # -- drafts and files -------------------------------------------------------------
    def save_draft(self, mail: Mail | None) -> None:
        drafts = dict(self.settings.get("drafts", {}))
        if mail is None:
            if self._key() not in drafts:
                return
            drafts.pop(self._key())
        else:
            drafts[self._key()] = draft_to_json(mail)
        try:
            learner = set_skill_settings(self.host.db, self.host.learner.id, SKILL_ID,
                                         {"drafts": drafts})
        except TutorError:
            log.exception("draft not saved")
            return
        self.settings = skill_settings(learner, SKILL_ID)

    def ask_where_to_save(self, mail: Mail) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the email as a file"),
            str(Path.home() / f"{self.exercise.id}.eml"), self.tr("Email files (*.eml)"))
        if path:
            self.save_eml(mail, Path(path))

    def save_eml(self, mail: Mail, path: Path) -> bool:
        try:
            path.write_bytes(to_eml(replace(mail, date=mail.date or self.clock())))
        except OSError as exc:
            self.client.composer.status.setText(
                self.tr("The file could not be saved: {reason}").format(
                    reason=exc.strerror or str(exc)))
            return False
        self.client.composer.status.setText(self.tr("Saved as {path}").format(path=str(path)))
        return True

    # -- finishing a task: grade, record, show ----------------------------------------
    def finish_email(self, mail: Mail) -> None:
        mail = replace(mail, date=self.clock())
        self.sent.setdefault(self._key(), []).append(mail)
        verdict = engine.grade_email(mail, self.exercise, self.pack.language,
                                     self.host.learner.display_name)
        own = engine.own_text(mail.body)
        misspelled = spelling.misspellings(own, self.pack.language,
                                           engine.task_words(self.exercise,
                                                             [self.host.learner.display_name]))
        metrics = {"words": len(engine.words(own)), "misspellings": len(misspelled),
                   "criteria_met": sum(f.passed for f in verdict.feedback),
                   "criteria": len(verdict.feedback)}
        self._record(verdict, metrics, {"email": mail.as_details()},
                     self.exercise.model_answer, own)

    def finish_phishing(self, reports: dict[str, set[str]]) -> None:
        verdict = engine.grade_phishing(reports, self.exercise)
        fakes = {m.id for m in self.exercise.inbox if m.phishing}
        box = self.client.box
        metrics = {"reported": len(reports), "fakes": len(fakes),
                   "fakes_found": len(fakes & set(reports)),
                   "real_reported": len(set(reports) - fakes),
                   "links_clicked": len(box.links_clicked),
                   "messages_opened": len(box.read)}
        explanations = "\n\n".join(
            f"{'⚠' if m.phishing else '✔'} {m.subject}\n{m.explanation}"
            for m in self.exercise.inbox if m.explanation)
        self._record(verdict, metrics,
                     {"reports": {k: sorted(v) for k, v in reports.items()}}, explanations)

    def finish_reading(self, choice: int) -> None:
        message = next(m for m in self.exercise.inbox if m.id == self.exercise.about)
        opened = bool({a.name for a in message.attachments} & self.client.box.opened_attachments)
        verdict = engine.grade_reading(choice, opened, self.exercise)
        self._record(verdict, {"opened_attachment": opened,
                               "messages_opened": len(self.client.box.read)},
                     {"choice": choice}, "")

    def _record(self, verdict: Verdict, metrics: dict, details: dict, model_answer: str,
                yours: str = "") -> None:
        finished = self.clock()
        details = {**details, "kind": self.exercise.kind, "language": self.pack.language,
                   "criteria": verdict.as_json()["feedback"]}
        order = [(p.id, e.id) for p, e in self._ordered()]
        has_next = order.index((self.pack.id, self.exercise.id)) + 1 < len(order)
        try:
            attempt = record_attempt(
                self.host.db, self.host.learner.id, SKILL_ID, self.exercise.id, self.pack.id,
                self.pack.version, self.started or finished, finished, verdict.score,
                verdict.passed, metrics=metrics, details=details)
        except TutorError as exc:
            self.result.show_verdict(verdict, model_answer, has_next, yours,
                                 self.exercise.kind)
            self.result.saved.setText(translate_error(exc))
            self.stack.setCurrentWidget(self.result)
            self.result.focus_first()
            return
        self.last_verdict = verdict
        self.result.show_verdict(verdict, model_answer, has_next, yours,
                                 self.exercise.kind)
        self.result.saved.setText(self.tr("Your work is saved."))
        self._close_client()
        self.stack.setCurrentWidget(self.result)
        self.result.focus_first()
        self.attempt_saved.emit(attempt)
        self.host.progress_changed()
