"""The practice mail client of one task: folders, message list, reading pane, the
phishing report and the compose window. It shows the task's ``engine.Mailbox`` and
forwards what the learner does to it; the task's rules are in ``engine.py`` and
``grading.py``."""

from __future__ import annotations

import html
from datetime import datetime

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QEvent,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTime,
    QUrl,
    Signal,
)
from PySide6.QtGui import QFont, QTextCursor
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tutor.skills.email.engine import Mailbox
from tutor.skills.email.grading import CLUE_TEXT
from tutor.skills.email.mail import (
    LINK,
    Mail,
    display_name,
    forward,
    received,
    reply_to,
)
from tutor.skills.email.model import CLUES, Document, EmailExercise, cue
from tutor.skills.email.screen_text import (
    address_text,
    addresses_text,
    date_pattern,
    isolate,
    name_text,
    subject_text,
)
from tutor.skills.email.view_compose import LTR, Composer, attachment_icon
from tutor.ui.fitting import CurrentPageStack
from tutor.ui.instruction import InstructionBar
from tutor.ui.style import set_role

FOLDERS = ("inbox", "sent", "drafts", "spam")


def body_html(body: str) -> str:
    """The body for the reading pane: escaped, links as real anchors."""
    parts, last = [], 0
    for match in LINK.finditer(body):
        parts.append(html.escape(body[last:match.start()]))
        parts.append(f'<a href="{html.escape(match.group(2), quote=True)}">'
                     f"{html.escape(match.group(1))}</a>")
        last = match.end()
    parts.append(html.escape(body[last:]))
    return "<div>" + "".join(parts).replace("\n", "<br>") + "</div>"


def when_text(moment: datetime) -> str:
    """A message's date and time in the learner's locale, in the one pattern of the
    client's screen (task times are wall-clock times)."""
    locale = QLocale()
    pattern = date_pattern(locale.dateFormat(QLocale.FormatType.ShortFormat),
                           locale.timeFormat(QLocale.FormatType.ShortFormat))
    return locale.toString(QDateTime(QDate(moment.year, moment.month, moment.day),
                                     QTime(moment.hour, moment.minute)), pattern)


class SubjectLines(QStyledItemDelegate):
    """The subject column: a subject longer than the column takes a second line (the
    view wraps it, and cuts it with "…" only at the end of that line)."""

    def __init__(self, view: QTreeWidget) -> None:
        super().__init__(view)
        self.view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
                 ) -> QSize:
        hint = super().sizeHint(option, index)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        metrics = option.fontMetrics
        room = self.view.columnWidth(index.column()) - 12
        lines = 2 if room > 0 and metrics.horizontalAdvance(text) > room else 1
        return QSize(hint.width(), max(hint.height(), lines * metrics.lineSpacing() + 6))


class MessageBody(QTextBrowser):
    """The text of a message. Tab goes from link to link; a link reached so says where
    it goes, as pointing at it with the mouse does: a keyboard user must be able to
    check a link without opening it."""

    link_focused = Signal(QUrl)

    def focusNextPrevChild(self, next: bool) -> bool:
        moved = super().focusNextPrevChild(next)
        cursor = self.textCursor()
        if self.hasFocus() and cursor.hasSelection():
            inside = QTextCursor(self.document())
            inside.setPosition(cursor.selectionStart() + 1)
            href = inside.charFormat().anchorHref()
            if href:
                self.link_focused.emit(QUrl(href))
        return moved


class MailClient(QWidget):
    mail_sent = Signal(object)  # Mail
    phishing_done = Signal(object)  # dict id -> set of clues
    answer_given = Signal(int)
    back_requested = Signal()
    draft_saved = Signal(object)  # Mail or None
    eml_requested = Signal(object)  # Mail

    def __init__(self, exercise: EmailExercise, language: str, me: str, signature: str,
                 contacts: list[str], documents: list[Document], allowed: set[str],
                 box: Mailbox, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emailClient")
        self.exercise = exercise
        self.language = language
        self.me = me
        self.messages = {m.id: m for m in exercise.inbox}
        self.box = box  # the engine's: what is in the folders, what the learner did
        self.folder = "inbox"
        self.current: str | None = None
        self.current_attachment: Document | None = None

        # The task, above the client.
        self.task_title = set_role(QLabel(exercise.title), "subtitle")
        self.task_title.setObjectName("emailTaskTitle")
        self.task_text = QLabel(exercise.instructions)
        self.task_text.setObjectName("emailTaskInstructions")
        self.task_text.setWordWrap(True)
        self.task_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.task_bar = InstructionBar("emailTask", self.task_text)
        self.task_bar.limit_lines(2)  # longer instructions scroll: the client keeps its room
        self.task_bar.show_cue(cue(exercise), language)
        self.back_button = QPushButton()
        self.back_button.setObjectName("emailBackToTasks")
        self.back_button.clicked.connect(self.back_requested.emit)
        self.finish_button = set_role(QPushButton(), "primary")
        self.finish_button.setObjectName("emailFinishPhishing")
        self.finish_button.clicked.connect(lambda: self.phishing_done.emit(
            {k: set(v) for k, v in self.box.reports.items()}))
        card = set_role(QFrame(), "card")
        card.setObjectName("emailTaskCard")
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(10, 6, 10, 6)
        card_layout.setSpacing(4)
        self.task_title.setWordWrap(True)
        self.task_bar.add_action(self.back_button)  # under "Read aloud": one short card
        top = QHBoxLayout()
        top.addWidget(self.task_title, 1)
        top.addWidget(self.finish_button)
        card_layout.addLayout(top)
        card_layout.addWidget(self.task_bar)
        self.question = QLabel(exercise.question)
        self.question.setObjectName("emailQuestion")
        self.question.setWordWrap(True)
        self.question.setStyleSheet("font-weight: 600;")
        self.choices = QButtonGroup(self)
        self.choice_buttons: list[QRadioButton] = []
        self.check_button = set_role(QPushButton(), "primary")
        self.check_button.setObjectName("emailCheckAnswer")
        self.check_button.clicked.connect(self._answer)
        if exercise.kind == "read":
            card_layout.addWidget(self.question)
            for index, choice in enumerate(exercise.choices):
                button = QRadioButton(choice)
                button.setObjectName(f"emailChoice:{index}")
                button.setAccessibleName(choice)
                self.choices.addButton(button, index)
                self.choice_buttons.append(button)
                card_layout.addWidget(button)
        self.answer_status = set_role(QLabel(), "error")
        self.answer_status.setObjectName("emailAnswerStatus")
        finish_row = QHBoxLayout()
        finish_row.addWidget(self.answer_status)
        finish_row.addStretch()
        finish_row.addWidget(self.check_button)
        card_layout.addLayout(finish_row)

        # Folders.
        self.write_button = set_role(QPushButton(), "primary")
        self.write_button.setObjectName("emailWrite")
        self.write_button.clicked.connect(self.write_new)
        self.folders = QListWidget()
        self.folders.setObjectName("emailFolders")
        for key in FOLDERS:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.folders.addItem(item)
        self.folders.currentRowChanged.connect(self._folder_chosen)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.write_button)
        left_layout.addWidget(self.folders, 1)

        # Messages.
        self.message_list = QTreeWidget()
        self.message_list.setObjectName("emailMessageList")
        self.message_list.setRootIsDecorated(False)
        self.message_list.setColumnCount(3)
        # A subject that does not fit goes on a second line, and is cut (…) only at
        # the end of that; its tooltip has it whole.
        self.message_list.setWordWrap(True)
        self.message_list.setUniformRowHeights(False)
        self.message_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.message_list.setItemDelegateForColumn(1, SubjectLines(self.message_list))
        header = self.message_list.header()
        header.setObjectName("emailMessageListHeader")
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, header.ResizeMode.Interactive)
        header.setSectionResizeMode(1, header.ResizeMode.Stretch)
        header.setSectionResizeMode(2, header.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(40)
        # (rows are as tall as their wrapped subject: measured again at a new width)
        header.sectionResized.connect(lambda *_: self.message_list.doItemsLayout())
        self.message_list.setColumnWidth(0, 100)
        self.message_list.currentItemChanged.connect(self._message_chosen)

        # Reading pane.
        self.reader = QWidget()
        self.reader.setObjectName("emailReader")
        self.read_subject = set_role(QLabel(), "subtitle")
        self.read_subject.setObjectName("emailReadSubject")
        self.read_subject.setWordWrap(True)
        self.read_headers = QLabel()
        self.read_headers.setObjectName("emailReadHeaders")
        self.read_headers.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.read_headers.setWordWrap(True)
        self.read_body = MessageBody()
        self.read_body.setObjectName("emailReaderBody")
        self.read_body.setOpenLinks(False)
        self.read_body.setOpenExternalLinks(False)
        self.read_body.highlighted.connect(self._link_hovered)
        self.read_body.link_focused.connect(self._link_hovered)
        self.read_body.anchorClicked.connect(self._link_clicked)
        self.read_body.setMinimumHeight(self.read_body.fontMetrics().lineSpacing() * 2 + 16)
        self.link_target = set_role(QLabel(), "hint")
        self.link_target.setObjectName("emailLinkTarget")
        self.link_target.setWordWrap(True)
        self.link_target.hide()  # shown with something to say
        self.attachment_row = QHBoxLayout()
        self.attachment_text = QPlainTextEdit()
        self.attachment_text.setObjectName("emailAttachmentText")
        self.attachment_text.setReadOnly(True)
        self.attachment_text.setMaximumHeight(150)
        self.attachment_text.hide()
        self.reply_button = QPushButton()
        self.reply_button.setObjectName("emailReply")
        self.reply_all_button = QPushButton()
        self.reply_all_button.setObjectName("emailReplyAll")
        self.forward_button = QPushButton()
        self.forward_button.setObjectName("emailForward")
        self.report_button = QPushButton()
        self.report_button.setObjectName("emailReportPhishing")
        self.reply_button.clicked.connect(lambda: self.respond("reply"))
        self.reply_all_button.clicked.connect(lambda: self.respond("reply_all"))
        self.forward_button.clicked.connect(lambda: self.respond("forward"))
        self.report_button.clicked.connect(self.start_report)
        actions = QHBoxLayout()
        for respond in (self.reply_button, self.reply_all_button, self.forward_button):
            actions.addWidget(respond)
        actions.addStretch()
        actions.addWidget(self.report_button)
        reader_layout = QVBoxLayout(self.reader)
        reader_layout.setContentsMargins(8, 2, 8, 2)
        reader_layout.setSpacing(4)
        reader_layout.addLayout(actions)
        reader_layout.addWidget(self.read_subject)
        reader_layout.addWidget(self.read_headers)
        reader_layout.addWidget(self.read_body, 1)
        reader_layout.addWidget(self.link_target)
        reader_layout.addLayout(self.attachment_row)
        reader_layout.addWidget(self.attachment_text)

        # Reporting a fake: why?
        self.reporter = QWidget()
        self.reporter.setObjectName("emailReporter")
        self.report_title = set_role(QLabel(), "subtitle")
        self.report_title.setWordWrap(True)
        self.report_question = QLabel()
        self.report_question.setWordWrap(True)
        self.reason_boxes: dict[str, QCheckBox] = {}
        reporter_layout = QVBoxLayout(self.reporter)
        reporter_layout.setContentsMargins(8, 4, 8, 4)
        reporter_layout.addWidget(self.report_title)
        # The reasons scroll inside when the screen is small: "Report it" stays in view.
        reasons = QWidget()
        reasons.setObjectName("emailReasons")
        reasons_layout = QVBoxLayout(reasons)
        reasons_layout.setContentsMargins(0, 0, 0, 0)
        reasons_layout.addWidget(self.report_question)
        for clue in CLUES:
            reason = QCheckBox()
            reason.setObjectName(f"emailReason:{clue}")
            self.reason_boxes[clue] = reason
            reasons_layout.addWidget(reason)
        reasons_layout.addStretch()
        self.reasons_area = QScrollArea()
        self.reasons_area.setObjectName("emailReasonsArea")
        self.reasons_area.setWidget(reasons)
        self.reasons_area.setWidgetResizable(True)
        self.reasons_area.setFrameShape(QFrame.Shape.NoFrame)
        self.reasons_area.viewport().setAutoFillBackground(False)
        reasons.setAutoFillBackground(False)
        reporter_layout.addWidget(self.reasons_area, 1)
        self.report_status = set_role(QLabel(), "error")
        self.report_status.setObjectName("emailReportStatus")
        self.confirm_report = set_role(QPushButton(), "primary")
        self.confirm_report.setObjectName("emailConfirmReport")
        self.cancel_report = QPushButton()
        self.cancel_report.setObjectName("emailCancelReport")
        self.confirm_report.clicked.connect(self.confirm_reported)
        self.cancel_report.clicked.connect(self._cancel_report)
        report_buttons = QHBoxLayout()
        report_buttons.addStretch()
        report_buttons.addWidget(self.cancel_report)
        report_buttons.addWidget(self.confirm_report)
        reporter_layout.addWidget(self.report_status)
        reporter_layout.addLayout(report_buttons)

        self.composer = Composer(me, signature, contacts, documents, language, allowed)
        self.composer.send_requested.connect(self._sent)
        self.composer.discarded.connect(self._discarded)
        self.composer.draft_changed.connect(self._draft)
        self.composer.save_requested.connect(self.eml_requested.emit)

        self.pane = CurrentPageStack()  # as small as the page shown needs
        self.pane.setObjectName("emailPane")
        for widget in (self.reader, self.reporter, self.composer):
            self.pane.addWidget(widget)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.setObjectName("emailSplitter")
        split.setChildrenCollapsible(False)
        split.addWidget(left)
        split.addWidget(self.message_list)
        split.addWidget(self.pane)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 2)
        split.setStretchFactor(2, 3)
        split.setSizes([140, 460, 460])

        # The task above the client; on a short screen (extra-large text on 600 pixels)
        # the task scrolls inside its own area and the learner may drag the line
        # between them, so the client's Send and "Report it" stay on the screen.
        self.task_area = QScrollArea()
        self.task_area.setObjectName("emailTaskArea")
        self.task_area.setAccessibleName(self.tr("The task"))
        self.task_area.setWidget(card)
        self.task_area.setWidgetResizable(True)
        self.task_area.setFrameShape(QFrame.Shape.NoFrame)
        self.task_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.task_area.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
        self.task_area.viewport().setAutoFillBackground(False)
        self.task_area.setMaximumHeight(card.sizeHint().height() + 4)
        rows = QSplitter(Qt.Orientation.Vertical)
        rows.setObjectName("emailTaskSplitter")
        rows.setChildrenCollapsible(False)
        rows.addWidget(self.task_area)
        rows.addWidget(split)
        rows.setStretchFactor(0, 0)
        rows.setStretchFactor(1, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        layout.addWidget(rows, 1)
        # Only now, inside the client: shown while still without a parent, a button
        # would open as a window of its own and take the keyboard from the main window.
        self.finish_button.setVisible(exercise.kind == "phishing")
        self.check_button.setVisible(exercise.kind == "read")
        self.answer_status.setVisible(exercise.kind == "read")

        self.retranslate()
        self.folders.setCurrentRow(0)
        self._show_reader()

    # -- folders and messages ---------------------------------------------------------
    def _folder_chosen(self, row: int) -> None:
        if row < 0:
            return
        self.folder = FOLDERS[row]
        self.fill_messages()

    def show_folder(self, key: str) -> None:
        self.folders.setCurrentRow(FOLDERS.index(key))

    def fill_messages(self) -> None:
        self.message_list.blockSignals(True)
        self.message_list.clear()
        rtl = self.isRightToLeft()
        # key, who, subject, date, unread
        rows: list[tuple[str, list[str], str, str, bool]] = []
        if self.folder in ("inbox", "spam"):
            for message_id in getattr(self.box, self.folder):
                m = self.messages[message_id]
                mail = received(self.exercise, m, self.me)
                when = when_text(mail.date) if mail.date else ""
                rows.append((message_id, [display_name(m.sender)], m.subject, when,
                             message_id not in self.box.read))
        elif self.folder == "sent":
            for index, mail in enumerate(self.box.sent):
                who = [display_name(e) for e in (*mail.to, *mail.cc, *mail.bcc)]
                rows.append((f"sent:{index}", who, mail.subject, "", False))
        elif self.box.draft is not None:
            draft = self.box.draft
            rows.append(("draft", list(draft.to), draft.subject or self.tr("(no subject)"),
                         "", False))
        for key, who, subject, when, unread in rows:
            item = QTreeWidgetItem([", ".join(name_text(w, rtl) for w in who),
                                    subject_text(subject, rtl),
                                    isolate(when) if rtl and when else when])
            item.setData(0, Qt.ItemDataRole.UserRole, key)
            for column, whole in enumerate((", ".join(who), subject, when)):
                item.setToolTip(column, whole)
                item.setData(column, Qt.ItemDataRole.AccessibleTextRole, whole)
            if unread:
                font = QFont(item.font(0))
                font.setBold(True)
                for column in range(3):
                    item.setFont(column, font)
            self.message_list.addTopLevelItem(item)
        self.message_list.blockSignals(False)
        self._count_folders()
        if self.pane.currentWidget() is not self.composer:
            self.current = None
            self._show_reader()

    def _count_folders(self) -> None:
        names = {"inbox": self.tr("Inbox"), "sent": self.tr("Sent"),
                 "drafts": self.tr("Drafts"), "spam": self.tr("Spam")}
        counts = self.box.folder_counts()
        for row, key in enumerate(FOLDERS):
            text = names[key] + (f" ({counts[key]})" if counts[key] else "")
            self.folders.item(row).setText(text)
            self.folders.item(row).setData(Qt.ItemDataRole.AccessibleTextRole, text)

    def open_message(self, key: str) -> None:
        """Select a message in the list, as a click does."""
        for index in range(self.message_list.topLevelItemCount()):
            item = self.message_list.topLevelItem(index)
            if item is not None and item.data(0, Qt.ItemDataRole.UserRole) == key:
                self.message_list.setCurrentItem(item)
                return
        raise KeyError(key)

    def _message_chosen(self, item: QTreeWidgetItem | None,
                        _previous: QTreeWidgetItem | None = None) -> None:
        if item is None:
            return
        key = item.data(0, Qt.ItemDataRole.UserRole)
        if key == "draft" and self.box.draft is not None:
            self.compose(self.box.draft)
            return
        self.current = key
        if key in self.messages:
            self.box.read.add(key)
            font = QFont(item.font(0))
            font.setBold(False)
            for column in range(3):
                item.setFont(column, font)
            self._count_folders()
        self._show_reader()

    def current_mail(self) -> Mail | None:
        if self.current is None:
            return None
        if self.current.startswith("sent:"):
            return self.box.sent[int(self.current.split(":")[1])]
        return received(self.exercise, self.messages[self.current], self.me)

    def _show_reader(self) -> None:
        self.pane.setCurrentWidget(self.reader)
        mail = self.current_mail()
        self._say_link("")
        self.attachment_text.hide()
        while self.attachment_row.count():
            item = self.attachment_row.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        is_inbox = self.current in self.messages
        for button in (self.reply_button, self.reply_all_button, self.forward_button):
            button.setEnabled(is_inbox)
        self.report_button.setEnabled(is_inbox and self.current not in self.box.reports)
        if mail is None:
            self.read_subject.setText(self.tr("Choose a message in the list to read it."))
            self.read_headers.clear()
            self.read_body.clear()
            return
        rtl = self.isRightToLeft()
        self.read_subject.setText(subject_text(mail.subject, rtl))
        self.read_subject.setAccessibleName(mail.subject)
        lines = [self.tr("From: {who}").format(who=address_text(mail.sender, rtl)),
                 self.tr("To: {who}").format(who=addresses_text(mail.to, rtl))]
        if mail.cc:
            lines.append(self.tr("Cc: {who}").format(who=addresses_text(mail.cc, rtl)))
        if mail.bcc:
            lines.append(self.tr("Bcc: {who}").format(who=addresses_text(mail.bcc, rtl)))
        if mail.date:
            lines.append(isolate(when_text(mail.date)) if rtl else when_text(mail.date))
        # One paragraph per line, each in the screen's direction.
        self.read_headers.setText("".join(f"<div>{html.escape(line)}</div>" for line in lines))
        self.read_body.setHtml(body_html(mail.body))
        if mail.attachments:
            label = QLabel(self.tr("Attachments:"))
            self.attachment_row.addWidget(label)
        for document in mail.attachments:
            button = QPushButton(attachment_icon(), document.name)
            button.setObjectName(f"emailAttachment:{document.name}")
            button.setLayoutDirection(LTR)
            button.setAccessibleName(self.tr("Open the attachment {name}").format(
                name=document.name))
            button.clicked.connect(lambda _=False, d=document: self.open_attachment(d))
            self.attachment_row.addWidget(button)
        self.attachment_row.addStretch()

    def open_attachment(self, document: Document) -> None:
        opens = self.box.open_attachment(document)
        self.attachment_text.show()
        if not opens:
            self.attachment_text.setPlainText(self.tr(
                "Tutor does not open {name}. A file like this can hold a virus: open an "
                "attachment only when you know the sender and expected the file.").format(
                    name=document.name))
        else:
            self.attachment_text.setPlainText(document.text)
        self.attachment_text.setAccessibleName(document.name)

    def _link_hovered(self, url: QUrl) -> None:
        if url.isEmpty():
            return
        self._say_link(self.tr("This link goes to: {target}").format(target=url.toString()))

    def _link_clicked(self, url: QUrl) -> None:
        self.box.click_link(url.toString())
        self._say_link(self.tr(
            "Tutor never opens links. In a real mail client this would open {target}. "
            "Check where a link goes before you click it.").format(target=url.toString()))

    def _say_link(self, text: str) -> None:
        self.link_target.setText(text)
        self.link_target.setVisible(bool(text))

    # -- reporting phishing -----------------------------------------------------------
    def start_report(self) -> None:
        if self.current not in self.messages:
            return
        message = self.messages[self.current]
        self.report_title.setText(self.tr("Report “{subject}” as phishing").format(
            subject=subject_text(message.subject, self.isRightToLeft())))
        for box in self.reason_boxes.values():
            box.setChecked(False)
        self.report_status.clear()
        self.pane.setCurrentWidget(self.reporter)
        self.reason_boxes[CLUES[0]].setFocus()  # Space ticks, Tab goes to the next reason

    def _cancel_report(self) -> None:
        self._show_reader()
        self.report_button.setFocus()

    def confirm_reported(self) -> None:
        reasons = {c for c, box in self.reason_boxes.items() if box.isChecked()}
        if not reasons:
            self.report_status.setText(self.tr("Tick at least one reason."))
            return
        if self.current is None:
            return
        self.box.report(self.current, reasons)
        self.current = None
        self.fill_messages()
        self.message_list.setFocus()  # on to the next message

    # -- writing ----------------------------------------------------------------------
    def write_new(self) -> None:
        self.compose(self.box.draft or Mail(sender=self.me))

    def respond(self, how: str) -> None:
        mail = self.current_mail()
        if mail is None or self.current not in self.messages:
            return
        when = when_text(mail.date) if mail.date else None  # as the list shows it
        if how == "forward":
            self.compose(forward(mail, self.me, self.language, when), self.tr("Forward"))
        else:
            self.compose(reply_to(mail, self.me, self.language, everyone=how == "reply_all",
                                  when=when),
                         self.tr("Reply all") if how == "reply_all" else self.tr("Reply"))

    def compose(self, mail: Mail, heading: str = "") -> None:
        self.composer.start(mail)
        self.composer.heading.setText(heading or self.tr("New email"))
        self.pane.setCurrentWidget(self.composer)

    def _draft(self, mail: Mail) -> None:
        self.box.keep_draft(mail)
        self._count_folders()
        self.draft_saved.emit(mail)

    def _discarded(self) -> None:
        self.composer.autosave.stop()
        self.box.discard_draft()
        self.draft_saved.emit(None)
        self.fill_messages()
        self._show_reader()
        self.message_list.setFocus()

    def _sent(self, mail: Mail) -> None:
        self.box.send(mail)
        self.draft_saved.emit(None)
        self._show_reader()
        self.mail_sent.emit(mail)

    def _answer(self) -> None:
        choice = self.choices.checkedId()
        if choice < 0:
            self.answer_status.setText(self.tr("Choose an answer first."))
            return
        self.answer_status.clear()
        self.answer_given.emit(choice)

    # -- text -------------------------------------------------------------------------
    def retranslate(self) -> None:
        for button, text in (
            (self.back_button, self.tr("Back to the tasks")),
            (self.finish_button, self.tr("I have checked every message")),
            (self.check_button, self.tr("Check my answer")),
            (self.write_button, self.tr("✎ New email")),
            (self.reply_button, self.tr("Reply")),
            (self.reply_all_button, self.tr("Reply all")),
            (self.forward_button, self.tr("Forward")),
            (self.report_button, self.tr("Report phishing")),
            (self.confirm_report, self.tr("Report it")),
            (self.cancel_report, self.tr("Cancel")),
        ):
            button.setText(text)
            button.setAccessibleName(text)
        self.folders.setAccessibleName(self.tr("Folders"))
        self.message_list.setAccessibleName(self.tr("Messages"))
        self.message_list.header().setAccessibleName(self.tr("Columns of the message list"))
        self.message_list.setHeaderLabels([self.tr("From"), self.tr("Subject"), self.tr("Date")])
        self.read_body.setAccessibleName(self.tr("The message"))
        self.attachment_text.setAccessibleName(self.tr("The attachment"))
        self.report_question.setText(self.tr("Why do you think it is a fake? Tick every "
                                             "reason you see."))
        for clue, box in self.reason_boxes.items():
            text = QCoreApplication.translate("email", CLUE_TEXT[clue])
            box.setText(text)
            box.setAccessibleName(text)
        self._count_folders()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.pane.currentWidget() is self.reader:
                self._show_reader()
        super().changeEvent(event)
