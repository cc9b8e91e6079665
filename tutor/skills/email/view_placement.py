"""An email task as a placement item: one task of the email skill, done compactly with
the room's own widgets and graded by its own engine, never recorded (the placement's
attempt is the one recorded).

- a write task: the message it answers (for a reply or a forward) beside the room's
  compose window, filled as the room fills it (To, "Re:" and the quoted message); Send;
- a reading task: the message and its attachment beside the question and its choices;
- a phishing task: the room's mail client (messages, "Report phishing" and its reasons)
  under the instructions, and "I have checked every message".

When the learner has finished, ``answered`` carries the skill's ``Verdict``; the widget
then takes no more input. The rules are ``engine.TaskWork``'s, the grading
``grading.py``'s.
"""

from __future__ import annotations

import html
import threading
from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from tutor import spelling
from tutor.content import LessonPack
from tutor.skills.email import engine
from tutor.skills.email.engine import Finished, TaskWork
from tutor.skills.email.mail import Mail, forward, learner_address, received, reply_to
from tutor.skills.email.model import Document, EmailExercise, cue
from tutor.skills.email.screen_text import address_text, addresses_text, isolate, subject_text
from tutor.skills.email.view_client import MailClient, MessageBody, body_html, when_text
from tutor.skills.email.view_compose import LTR, Composer, attachment_icon
from tutor.ui.instruction import InstructionBar
from tutor.ui.retranslate import Retranslating
from tutor.ui.style import set_role

LARGE_TEXT = 15  # points: a large text size, as the room counts it
TALL = 480  # pixels: from this height the instructions show 3 lines, not 2


def make_item(pack: LessonPack, exercise: EmailExercise, clock: Callable[[], datetime | float],
              parent: QWidget | None = None, learner_name: str = "") -> EmailPlacementItem:
    """The placement item of ``exercise`` (the registry's ``placement_item`` hook)."""
    return EmailPlacementItem(pack, exercise, clock, parent, learner_name)


def moment(clock: Callable[[], datetime | float]) -> datetime:
    """The time now for the skill's engine. The placement's clock gives seconds (it times
    its items with ``time.monotonic``); a clock that gives a ``datetime`` (tests) is used
    as it is. The moment only dates the engine's attempt, which is never recorded, and the email sent."""
    now = clock()
    return now if isinstance(now, datetime) else datetime.now(UTC)


class ItemLayout(QVBoxLayout):
    """The layout of what the item's scroll area holds: it takes the height the
    placement gives (texts and lists scroll inside) rather than the height its wrapped
    words would like, so the buttons stay in view; below its minimum, it scrolls."""

    def hasHeightForWidth(self) -> bool:
        return False


class MessagePane(Retranslating, QWidget):
    """One received message, as the client's reading pane shows it: subject, sender and
    date, the text (links say where they go and never open), its attachments."""

    def __init__(self, work: TaskWork, mail: Mail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emailPlacementMessage")
        self.work = work
        self.mail = mail
        self.subject = set_role(QLabel(), "subtitle")
        self.subject.setObjectName("emailPlacementSubject")
        self.subject.setWordWrap(True)
        self.headers = QLabel()
        self.headers.setObjectName("emailPlacementHeaders")
        self.headers.setWordWrap(True)
        self.headers.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body = MessageBody()
        self.body.setObjectName("emailPlacementBody")
        self.body.setOpenLinks(False)
        self.body.setOpenExternalLinks(False)
        self.body.setMinimumHeight(self.body.fontMetrics().lineSpacing() * 2 + 16)
        self.body.setHtml(body_html(mail.body))
        self.body.highlighted.connect(self._link_shown)
        self.body.link_focused.connect(self._link_shown)
        self.body.anchorClicked.connect(self._link_clicked)
        self.link_target = set_role(QLabel(), "hint")
        self.link_target.setObjectName("emailPlacementLinkTarget")
        self.link_target.setWordWrap(True)
        self.link_target.hide()
        self.attachment_buttons: list[QPushButton] = []
        attachments = QHBoxLayout()
        self.attachments_label = QLabel()
        attachments.addWidget(self.attachments_label)
        for document in mail.attachments:
            button = QPushButton(attachment_icon(), document.name)
            button.setObjectName(f"emailAttachment:{document.name}")
            button.setLayoutDirection(LTR)
            button.clicked.connect(lambda _=False, d=document: self.open_attachment(d))
            self.attachment_buttons.append(button)
            attachments.addWidget(button)
        attachments.addStretch()
        self.attachments_label.setVisible(bool(mail.attachments))
        self.attachment_text = QPlainTextEdit()
        self.attachment_text.setObjectName("emailPlacementAttachmentText")
        self.attachment_text.setReadOnly(True)
        self.attachment_text.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addWidget(self.subject)
        layout.addWidget(self.headers)
        layout.addWidget(self.body, 3)
        layout.addWidget(self.link_target)
        layout.addLayout(attachments)
        layout.addWidget(self.attachment_text, 2)
        self.retranslate()

    def open_attachment(self, document: Document) -> None:
        opens = self.work.box.open_attachment(document)
        self.attachment_text.setPlainText(document.text if opens else QCoreApplication.translate(
            "MailClient",
            "Tutor does not open {name}. A file like this can hold a virus: open an "
            "attachment only when you know the sender and expected the file.").format(
                name=document.name))
        self.attachment_text.setAccessibleName(document.name)
        self.attachment_text.show()

    def _link_shown(self, url: QUrl) -> None:
        if not url.isEmpty():
            self._say_link(QCoreApplication.translate(
                "MailClient", "This link goes to: {target}").format(target=url.toString()))

    def _link_clicked(self, url: QUrl) -> None:
        self.work.box.click_link(url.toString())
        self._say_link(QCoreApplication.translate(
            "MailClient",
            "Tutor never opens links. In a real mail client this would open {target}. "
            "Check where a link goes before you click it.").format(target=url.toString()))

    def _say_link(self, text: str) -> None:
        self.link_target.setText(text)
        self.link_target.setVisible(bool(text))

    def retranslate(self) -> None:
        mail, rtl = self.mail, self.isRightToLeft()
        self.subject.setText(subject_text(mail.subject, rtl))
        self.subject.setAccessibleName(mail.subject)
        lines = [QCoreApplication.translate("MailClient", "From: {who}").format(
                     who=address_text(mail.sender, rtl)),
                 QCoreApplication.translate("MailClient", "To: {who}").format(
                     who=addresses_text(mail.to, rtl))]
        if mail.cc:
            lines.append(QCoreApplication.translate("MailClient", "Cc: {who}").format(
                who=addresses_text(mail.cc, rtl)))
        if mail.date:
            lines.append(isolate(when_text(mail.date)) if rtl else when_text(mail.date))
        self.headers.setText("".join(f"<div>{html.escape(line)}</div>" for line in lines))
        self.body.setAccessibleName(QCoreApplication.translate("MailClient", "The message"))
        self.attachments_label.setText(QCoreApplication.translate("MailClient", "Attachments:"))
        for button, document in zip(self.attachment_buttons, self.mail.attachments,
                                    strict=True):
            button.setAccessibleName(QCoreApplication.translate(
                "MailClient", "Open the attachment {name}").format(name=document.name))
        if not self.attachment_text.accessibleName():
            self.attachment_text.setAccessibleName(
                QCoreApplication.translate("MailClient", "The attachment"))


class EmailPlacementItem(Retranslating, QWidget):
    """One email task as a placement item; ``answered`` carries its ``Verdict``."""

    answered = Signal(object)  # tutor.grading.Verdict

    def __init__(self, pack: LessonPack, exercise: EmailExercise,
                 clock: Callable[[], datetime | float], parent: QWidget | None = None,
                 learner_name: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("emailPlacementItem")
        self.exercise = exercise
        self.clock = clock
        self.finished: Finished | None = None
        language = pack.language
        threading.Thread(target=spelling.preload, args=(language,), daemon=True,
                         name=f"spelling-{language}").start()
        self.me = learner_address(learner_name)
        # No drafts: nothing of a placement item is kept in the learner's settings.
        self.work = TaskWork.open(pack, exercise, learner_name, moment(clock), {})
        contacts = engine.contacts_for(engine.tasks_of(pack))

        self.instructions = QLabel(exercise.instructions)
        self.instructions.setObjectName("emailPlacementInstructions")
        self.instructions.setWordWrap(True)
        self.instructions.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.task_bar = InstructionBar("emailPlacement", self.instructions)
        self._lines = 2
        self.task_bar.limit_lines(self._lines)  # more when there is room (resizeEvent)
        self.task_bar.show_cue(cue(exercise), language)

        self.message: MessagePane | None = None
        self.composer: Composer | None = None
        self.client: MailClient | None = None
        self.choices = QButtonGroup(self)
        self.choice_buttons: list[QRadioButton] = []
        self.question: QLabel | None = None
        self.check_button: QPushButton | None = None
        self.status = set_role(QLabel(), "error")
        self.status.setObjectName("emailPlacementStatus")
        self.status.setWordWrap(True)
        self.status.hide()

        # Everything scrolls inside when the placement gives the item less than it needs
        # (a forward with its attachment, in Arabic, on a 600-pixel screen).
        self.content = QWidget()
        self.content.setObjectName("emailPlacementContent")
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("emailPlacementScroll")
        self.scroll_area.setWidget(self.content)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.viewport().setAutoFillBackground(False)
        self.content.setAutoFillBackground(False)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)
        layout = ItemLayout(self.content)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        self.finish_button: QPushButton | None = None
        layout.addWidget(self.task_bar)
        if exercise.kind == "phishing":
            # The room's client, without its task card (which scrolls away on a small
            # screen): the instructions above, as for the other tasks, and "I have
            # checked every message" under "Read aloud".
            self.client = MailClient(exercise, language, self.me, learner_name, contacts,
                                     self.work.documents(), self.work.allowed_words(),
                                     self.work.box)
            self.client.task_area.hide()
            self.finish_button = set_role(QPushButton(), "primary")
            self.finish_button.setObjectName("emailPlacementFinish")
            self.finish_button.clicked.connect(
                lambda: self._reported({k: set(v) for k, v in self.work.box.reports.items()}))
            self.task_bar.add_action(self.finish_button)
            layout.addWidget(self.client, 1)
            self.setFocusProxy(self.client.message_list)  # arrows read the messages
            self.retranslate()
            return
        about = next((m for m in exercise.inbox if m.id == exercise.about), None)
        original = received(exercise, about, self.me) if about is not None else None
        if original is not None:
            self.message = MessagePane(self.work, original)
        work_area: QWidget
        if exercise.kind == "read":
            work_area = self._question_pane()
        else:
            self.composer = Composer(self.me, learner_name, contacts, self.work.documents(),
                                     language, self.work.allowed_words())
            self.composer.discard_button.hide()  # nothing to throw away or keep as a file
            self.composer.save_button.hide()
            self.composer.signature_box.setVisible(bool(learner_name.strip()))
            self.composer.send_requested.connect(self._sent)
            self._start_email(original, language)
            work_area = self.composer
        if self.message is None:
            layout.addWidget(work_area, 1)
        else:
            split = QSplitter(Qt.Orientation.Horizontal)
            split.setObjectName("emailPlacementSplitter")
            split.setChildrenCollapsible(False)
            split.addWidget(self.message)  # (its text scrolls inside)
            split.addWidget(work_area)
            split.setStretchFactor(0, 2)
            split.setStretchFactor(1, 3)
            split.setSizes([400, 600])  # the message gets its share from the start
            layout.addWidget(split, 1)
        layout.addWidget(self.status)
        # Where the keyboard starts when the placement gives the item the focus.
        if self.composer is not None:
            self.setFocusProxy(self.composer.body if self.composer.to_edit.text()
                               else self.composer.to_edit)
        elif self.choice_buttons:
            self.setFocusProxy(self.choice_buttons[0])
        self.retranslate()

    def _question_pane(self) -> QWidget:
        pane = QWidget()
        pane.setObjectName("emailPlacementQuestionPane")
        self.question = QLabel(self.exercise.question)
        self.question.setObjectName("emailPlacementQuestion")
        self.question.setWordWrap(True)
        self.question.setStyleSheet("font-weight: 600;")
        column = QVBoxLayout(pane)
        column.setContentsMargins(8, 4, 8, 4)
        column.addWidget(self.question)
        for index, choice in enumerate(self.exercise.choices):
            button = QRadioButton(choice)
            button.setObjectName(f"emailChoice:{index}")
            button.setAccessibleName(choice)
            self.choices.addButton(button, index)
            self.choice_buttons.append(button)
            column.addWidget(button)
        column.addStretch()
        self.check_button = set_role(QPushButton(), "primary")
        self.check_button.setObjectName("emailPlacementCheck")
        self.check_button.clicked.connect(self._checked)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.check_button)
        column.addLayout(row)
        return pane

    def _start_email(self, original: Mail | None, language: str) -> None:
        """The compose window as the room opens it for this task's action."""
        assert self.composer is not None
        action = self.exercise.action
        when = when_text(original.date) if original is not None and original.date else None
        if original is None or action == "new":
            self.composer.start(Mail(sender=self.me))
            heading = QCoreApplication.translate("MailClient", "New email")
        elif action == "forward":
            self.composer.start(forward(original, self.me, language, when))
            heading = QCoreApplication.translate("MailClient", "Forward")
        else:
            everyone = action == "reply_all"
            self.composer.start(reply_to(original, self.me, language, everyone=everyone,
                                         when=when))
            heading = (QCoreApplication.translate("MailClient", "Reply all") if everyone
                       else QCoreApplication.translate("MailClient", "Reply"))
        self.composer.heading.setText(heading)
        self.composer.autosave.stop()

    # -- finishing: the engine grades, the placement gets the verdict ----------------------
    def _sent(self, mail: Mail) -> None:
        assert self.composer is not None
        self.composer.autosave.stop()
        self._answer(self.work.send(mail, moment(self.clock)))

    def _checked(self) -> None:
        choice = self.choices.checkedId()
        if choice < 0:
            self.status.setText(QCoreApplication.translate("MailClient",
                                                           "Choose an answer first."))
            self.status.show()
            return
        self._answer(self.work.answer(choice, moment(self.clock)))

    def _reported(self, reports: dict[str, set[str]]) -> None:
        self._answer(self.work.report_done(reports, moment(self.clock)))

    def _answer(self, finished: Finished) -> None:
        if self.finished is not None:
            return  # answered once
        self.finished = finished
        self.status.hide()
        for part in (self.composer, self.client, self.check_button, self.finish_button,
                     *self.choice_buttons):
            if part is not None:
                part.setEnabled(False)
        self.answered.emit(finished.verdict)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The instructions are the task: as many lines as the height allows (3 from
        480 pixels, else 2, one fewer in large text; longer ones scroll)."""
        super().resizeEvent(event)
        lines = 3 if self.height() >= TALL else 2
        if self.font().pointSizeF() >= LARGE_TEXT:  # (large text: one line fewer)
            lines -= 1
        if lines != self._lines:
            self._lines = lines
            self.task_bar.limit_lines(lines)

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("An email task"))
        self.scroll_area.setAccessibleName(self.accessibleName())
        if self.finish_button is not None:
            text = QCoreApplication.translate("MailClient", "I have checked every message")
            self.finish_button.setText(text)
            self.finish_button.setAccessibleName(text)
        if self.check_button is not None:
            text = QCoreApplication.translate("MailClient", "Check my answer")
            self.check_button.setText(text)
            self.check_button.setAccessibleName(text)
