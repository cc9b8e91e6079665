"""The email room: the list of tasks, the practice mail client of a task, and the
graded result. Every finished task is one attempt, recorded before the screen says
"saved". Thin over ``engine.py`` (the task being done, drafts, the attempt) and
``grading.py``."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tutor import spelling
from tutor.content import LessonPack
from tutor.errors import TutorError
from tutor.grading import Verdict
from tutor.i18n.qt import translate_error, translated
from tutor.profiles import lesson_language
from tutor.skills.email import engine
from tutor.skills.email.engine import SKILL_ID, Finished, TaskWork
from tutor.skills.email.grading import FIELD_PARAMS
from tutor.skills.email.mail import Mail, learner_address, to_eml
from tutor.skills.email.view_client import MailClient
from tutor.store.attempts import attempts_of
from tutor.store.learners import set_skill_settings, skill_settings
from tutor.ui.fitting import CurrentPageStack
from tutor.ui.retranslate import Retranslating
from tutor.ui.rooms import RoomHost
from tutor.ui.style import Themed, colour, set_role

log = logging.getLogger(__name__)


def make_room(host: RoomHost) -> EmailRoom:
    room = EmailRoom(host)
    if host.start_at is not None:  # the home's "Next step"
        pack_id, exercise_id = host.start_at
        pack = next((p for p in room.packs if p.id == pack_id), None)
        if pack is not None and any(e.id == exercise_id for e in engine.tasks_of(pack)):
            room.open_task(pack_id, exercise_id)
    return room


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
            for exercise in engine.tasks_of(pack):
                done = engine.task_key(pack.id, exercise.id) in passed
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


_PASSED = Qt.ItemDataRole.UserRole + 1  # a criterion's item: met or not


class ResultView(Themed, Retranslating, QWidget):
    """The graded result: each criterion met or not with its hint, the score, that the
    attempt is saved, and the model answer."""

    again = Signal()
    next_task = Signal()
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emailResult")
        self.passed = False  # the last verdict shown
        self.kind = "write"  # of the task whose verdict is shown
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
            params = {k: QCoreApplication.translate("email", v) if k in FIELD_PARAMS
                      else v for k, v in feedback.params.items()}
            text = translated(feedback.context, feedback.message, params)
            item = QListWidgetItem(("✔  " if feedback.passed else "✘  ") + text)
            item.setData(Qt.ItemDataRole.UserRole, feedback.criterion)
            item.setData(_PASSED, feedback.passed)
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
        self.apply_theme()

    def apply_theme(self) -> None:
        """Met criteria in the theme's colour for right, the others in its colour for
        wrong."""
        good, bad = colour("good"), colour("bad")
        for row in range(self.criteria.count()):
            item = self.criteria.item(row)
            item.setForeground(good if item.data(_PASSED) else bad)

    def focus_first(self) -> None:
        """Where the keyboard goes on: the next task once passed, else "Try again"."""
        (self.next_button if self.passed and self.next_button.isEnabled()
         else self.again_button).setFocus()

    def retranslate(self) -> None:
        self.criteria.setAccessibleName(self.tr("What was checked"))
        self.model_title.setText(self.tr("An example of a good answer")
                                 if self.kind == "write"
                                 else self.tr("Why each message is real or fake"))
        self.model_answer.setAccessibleName(self.model_title.text())
        self.yours_title.setText(self.tr("Your email"))
        self.yours.setAccessibleName(self.yours_title.text())
        for button, text in ((self.again_button, self.tr("Try again")),
                             (self.next_button, self.tr("Next task")),
                             (self.back_button, self.tr("Back to the tasks"))):
            button.setText(text)
            button.setAccessibleName(text)


class _DictionaryUse:
    """Counts the open email rooms; RELEASE_AFTER_MS after the last one closes (a learner
    who goes back to it at once does not wait for a new load), the spelling
    dictionaries' memory goes back to the system."""

    RELEASE_AFTER_MS = 10_000
    rooms = 0

    @classmethod
    def opened(cls, room: QWidget) -> None:
        cls.rooms += 1
        room.destroyed.connect(cls.closed)

    @classmethod
    def closed(cls, *_: object) -> None:
        cls.rooms -= 1
        if cls.rooms == 0:
            QTimer.singleShot(cls.RELEASE_AFTER_MS, cls._release_if_unused)

    @classmethod
    def _release_if_unused(cls) -> None:
        if cls.rooms == 0:
            spelling.release()


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
        # Load the dictionaries (0.5 to 1.6 s) before the learner starts typing; give
        # their memory back a little after the last email room closes.
        for language in sorted({p.language for p in self.packs}):
            threading.Thread(target=spelling.preload, args=(language,), daemon=True,
                             name=f"spelling-{language}").start()
        _DictionaryUse.opened(self)
        self.work: TaskWork | None = None  # the task open, or last finished
        self.client: MailClient | None = None
        self.last_verdict: Verdict | None = None
        self.sent: dict[str, list[Mail]] = {}  # this session's Sent folder, per task

        self.tasks = TaskList()
        self.tasks.task_chosen.connect(self.open_task)
        self.result = ResultView()
        self.result.again.connect(self.open_again)
        self.result.next_task.connect(self.open_next)
        self.result.back.connect(self.show_tasks)
        self.stack = CurrentPageStack()  # as small as the page shown needs
        self.stack.setObjectName("emailPages")
        self.stack.addWidget(self.tasks)
        self.stack.addWidget(self.result)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.setFocusProxy(self.tasks.list)  # the keyboard starts in the tasks: Enter starts one
        self.show_tasks()

    def hasHeightForWidth(self) -> bool:
        """The room takes the height the window gives it (lists and texts scroll inside):
        a scroll area around it must not make it as tall as its wrapped labels would
        like, which pushed Send and "Report it" below a 600-pixel screen."""
        return False

    # -- tasks ------------------------------------------------------------------------
    def _packs(self) -> list[LessonPack]:
        catalogue = self.host.catalogue
        return engine.ordered_packs(
            catalogue.packs_in(SKILL_ID, lesson_language(self.host.learner)))

    def show_tasks(self) -> None:
        self._close_client()
        attempts = attempts_of(self.host.db, self.host.learner.id, SKILL_ID)
        self.tasks.show_tasks(self.packs, engine.passed_tasks(attempts))
        self.stack.setCurrentWidget(self.tasks)
        if self.isVisible():
            self.tasks.list.setFocus()

    def open_again(self) -> None:
        if self.work is not None:
            self.open_task(self.work.pack_id, self.work.exercise.id)

    def open_next(self) -> None:
        following = self._next_task()
        if following is not None:
            self.open_task(*following)

    def _next_task(self) -> tuple[str, str] | None:
        if self.work is None:
            return None
        return engine.next_task(self.packs, self.work.pack_id, self.work.exercise.id)

    def open_task(self, pack_id: str, exercise_id: str) -> None:
        pack = next(p for p in self.packs if p.id == pack_id)
        exercise = engine.task_in(pack, exercise_id)
        self._close_client()
        name = self.host.learner.display_name
        work = TaskWork.open(pack, exercise, name, self.clock(), self.settings,
                             self.sent.get(engine.task_key(pack_id, exercise_id), []))
        self.work = work
        spelling.preload(pack.language)
        contacts = engine.contacts_for(engine.tasks_of(pack))
        client = MailClient(exercise, pack.language, self.me, name, contacts,
                            work.documents(), work.allowed_words(), work.box)
        client.mail_sent.connect(self.finish_email)
        client.phishing_done.connect(self.finish_phishing)
        client.answer_given.connect(self.finish_reading)
        client.back_requested.connect(self.show_tasks)
        client.draft_saved.connect(self.save_draft)
        client.eml_requested.connect(self.ask_where_to_save)
        self.client = client
        self.stack.addWidget(client)
        self.stack.setCurrentWidget(client)
        client.message_list.setFocus()  # arrows read the messages one by one

    def _close_client(self) -> None:
        if self.client is not None:
            self.client.composer.autosave.stop()
            self.stack.removeWidget(self.client)
            self.client.deleteLater()
            self.client = None

    # -- drafts and files -------------------------------------------------------------
    def save_draft(self, mail: Mail | None) -> None:
        """Keep (or, with None, drop) the draft of the open task: the engine says what
        to write, this writes it."""
        if self.work is None:
            return
        change = self.work.draft_settings(self.settings, mail)
        if change is None:
            return
        try:
            learner = set_skill_settings(self.host.db, self.host.learner.id, SKILL_ID, change)
        except TutorError:
            log.exception("draft not saved")
            return
        self.settings = skill_settings(learner, SKILL_ID)

    def ask_where_to_save(self, mail: Mail) -> None:
        name = self.work.exercise.id if self.work is not None else "email"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the email as a file"),
            str(Path.home() / f"{name}.eml"), self.tr("Email files (*.eml)"))
        if path:
            self.save_eml(mail, Path(path))

    def save_eml(self, mail: Mail, path: Path) -> bool:
        try:
            path.write_bytes(to_eml(replace(mail, date=mail.date or self.clock())))
        except OSError as exc:
            self._compose_status(self.tr("The file could not be saved: {reason}").format(
                reason=exc.strerror or str(exc)))
            return False
        self._compose_status(self.tr("Saved as {path}").format(path=str(path)))
        return True

    def _compose_status(self, text: str) -> None:
        if self.client is not None:
            self.client.composer.say(text)

    # -- finishing a task: the engine grades and builds the attempt, the host records it --
    def finish_email(self, mail: Mail) -> None:
        if self.work is None:
            return
        finished = self.work.send(mail, self.clock())
        if finished.mail is not None:
            self.sent.setdefault(self.work.key, []).append(finished.mail)
        self._record(self.work, finished)

    def finish_phishing(self, reports: dict[str, set[str]]) -> None:
        if self.work is not None:
            self._record(self.work, self.work.report_done(reports, self.clock()))

    def finish_reading(self, choice: int) -> None:
        if self.work is not None:
            self._record(self.work, self.work.answer(choice, self.clock()))

    def _record(self, work: TaskWork, finished: Finished) -> None:
        verdict, kind = finished.verdict, work.exercise.kind
        has_next = self._next_task() is not None
        try:
            attempt = self.host.finish(finished.attempt)
        except TutorError as exc:
            self.result.show_verdict(verdict, finished.shown_answer, has_next, finished.yours,
                                     kind)
            self.result.saved.setText(translate_error(exc))
            self.stack.setCurrentWidget(self.result)
            self.result.focus_first()
            return
        self.last_verdict = verdict
        self.result.show_verdict(verdict, finished.shown_answer, has_next, finished.yours, kind)
        self.result.saved.setText(self.tr("Your work is saved."))
        self._close_client()
        self.stack.setCurrentWidget(self.result)
        self.result.focus_first()
        self.attempt_saved.emit(attempt)
