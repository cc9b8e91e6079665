"""The compose window of the practice mail client: To, Cc, Bcc with autocomplete,
subject, body with spelling marks as the learner types, attachments from Documents,
signature, Send. Thin: the rules are in ``mail.py``, ``spelling.py``, ``engine.py`` and
``grading.py``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import cache

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QIcon,
    QKeySequence,
    QShortcut,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSizePolicy,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tutor import spelling
from tutor.paths import resource
from tutor.skills.email.mail import Mail, split_addresses, with_signature
from tutor.skills.email.model import Document
from tutor.skills.email.screen_text import address_text
from tutor.ui.retranslate import Retranslating
from tutor.ui.style import Themed, colour, set_role

LTR = Qt.LayoutDirection.LeftToRight


@cache
def attachment_icon() -> QIcon:
    return QIcon(str(resource("assets", "email", "attachment.svg")))


class AddressEdit(QLineEdit):
    """An address field: several addresses separated by commas, completed from the
    contacts as the learner types. Addresses always read left to right."""

    def __init__(self, name: str, contacts: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setLayoutDirection(LTR)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.completer_ = QCompleter(QStringListModel(contacts, self), self)
        self.completer_.setObjectName(f"{name}Completer")
        self.completer_.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer_.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer_.setWidget(self)
        self.completer_.activated.connect(self.insert_completion)
        self.textEdited.connect(self._complete)

    def _last(self) -> str:
        return self.text().replace(";", ",").split(",")[-1].strip()

    def _complete(self) -> None:
        prefix = self._last()
        if len(prefix) >= 2:
            self.completer_.setCompletionPrefix(prefix)
            if self.completer_.completionCount():
                self.completer_.complete()
                return
        popup = self.completer_.popup()
        if popup is not None:
            popup.hide()

    def insert_completion(self, entry: str) -> None:
        before = self.text().replace(";", ",").split(",")[:-1]
        self.setText(", ".join([b.strip() for b in before if b.strip()] + [entry]) + ", ")

    def entries(self) -> tuple[str, ...]:
        return tuple(split_addresses(self.text()))


class SpellingMarks(QSyntaxHighlighter):
    """Wavy underlines (red, the theme's "spelling") under misspelled words, block by
    block as the learner types."""

    def __init__(self, editor: QTextEdit, language: str, allowed: set[str]) -> None:
        super().__init__(editor.document())
        self.language = language
        self.allowed = allowed
        self.mark = QTextCharFormat()
        self.mark.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        self.mark.setUnderlineColor(colour("spelling"))

    def set_colour(self, wave: QColor) -> None:
        """The theme changed: the marks already made change colour too."""
        if self.mark.underlineColor() != wave:
            self.mark.setUnderlineColor(wave)
            self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        for found in spelling.misspellings(text, self.language, self.allowed):
            self.setFormat(found.start, found.length, self.mark)


def _corrector(cursor: QTextCursor, text: str) -> Callable[[bool], None]:
    """A menu action's slot: put ``text`` in place of the word ``cursor`` selects."""
    def correct(_checked: bool = False) -> None:
        cursor.insertText(text)
    return correct


class BodyEdit(Themed, QTextEdit):
    """The body: plain text, with corrections offered on a right click."""

    def __init__(self, language: str, allowed: set[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emailBody")
        self.setAcceptRichText(False)
        # Tab goes on to Send, as in web mail: a keyboard user must not be stuck here.
        self.setTabChangesFocus(True)
        self.language = language
        self.allowed = allowed
        self.marks = SpellingMarks(self, language, allowed)

    def apply_theme(self) -> None:
        self.marks.set_colour(colour("spelling"))

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu()
        cursor = self.cursorForPosition(event.pos())
        cursor.select(QTextCursor.SelectionType.WordUnderCursor)
        word = cursor.selectedText()
        if word and spelling.misspellings(word, self.language, self.allowed):
            first = menu.actions()[0] if menu.actions() else None
            for suggestion in spelling.suggestions(word, self.language):
                action = menu.addAction(suggestion)
                action.triggered.connect(_corrector(QTextCursor(cursor), suggestion))
                if first is not None:
                    menu.insertAction(first, action)
            if first is not None:
                menu.insertSeparator(first)
        menu.exec(event.globalPos())
        menu.deleteLater()


class Composer(Retranslating, QWidget):
    """Write an email. ``send_requested`` carries the finished Mail."""

    send_requested = Signal(object)
    discarded = Signal()
    draft_changed = Signal(object)  # the Mail, a moment after the learner stops typing
    save_requested = Signal(object)

    def __init__(self, me: str, signature: str, contacts: list[str], documents: list[Document],
                 language: str, allowed: set[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emailComposer")
        self.me = me
        self.signature = signature
        self.documents = {d.name: d for d in documents}
        self.base = Mail(sender=me)
        self.attached: list[Document] = []

        self.heading = set_role(QLabel(), "subtitle")
        self.heading.setObjectName("emailComposeHeading")
        self.from_label = QLabel(address_text(me, self.isRightToLeft()))
        self.from_label.setObjectName("emailFrom")
        # A long address is cut rather than widen the window; its tooltip has it whole.
        self.from_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.from_label.setToolTip(me)
        self.to_edit = AddressEdit("emailTo", contacts)
        self.cc_edit = AddressEdit("emailCc", contacts)
        self.bcc_edit = AddressEdit("emailBcc", contacts)
        self.subject_edit = QLineEdit()
        self.subject_edit.setObjectName("emailSubject")
        self.body = BodyEdit(language, allowed)
        # The body grows to the height left; the rest stays as small as it can.
        self.body.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.body.setMinimumHeight(self.body.fontMetrics().lineSpacing() * 2 + 12)
        self.labels = {key: QLabel() for key in ("from", "to", "cc", "bcc", "subject")}
        # Cc and Bcc open from buttons beside To, as in Gmail and Thunderbird; a field
        # that has addresses stays open.
        self.cc_toggle = QToolButton(self)  # a parent first: shown early, never a window
        self.cc_toggle.setObjectName("emailShowCc")
        self.bcc_toggle = QToolButton(self)
        self.bcc_toggle.setObjectName("emailShowBcc")
        for toggle, edit in ((self.cc_toggle, self.cc_edit), (self.bcc_toggle, self.bcc_edit)):
            toggle.setAutoRaise(True)
            toggle.clicked.connect(lambda _=False, e=edit: self.show_copy_field(e, focus=True))
        to_row = QHBoxLayout()
        to_row.setSpacing(4)
        to_row.addWidget(self.to_edit, 1)
        to_row.addWidget(self.cc_toggle)
        to_row.addWidget(self.bcc_toggle)
        self.form = QFormLayout()
        self.form.setVerticalSpacing(4)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.addRow(self.labels["to"], to_row)
        for key, field in (("cc", self.cc_edit), ("bcc", self.bcc_edit),
                           ("subject", self.subject_edit)):
            self.labels[key].setBuddy(field)
            self.form.addRow(self.labels[key], field)
        self.labels["to"].setBuddy(self.to_edit)
        header_fields: tuple[QLineEdit, ...] = (self.to_edit, self.cc_edit, self.bcc_edit,
                                                 self.subject_edit)
        for header_field in header_fields:
            # Header fields as compact as a mail client's: the body gets the height.
            header_field.setStyleSheet("QLineEdit { padding-top: 3px; padding-bottom: 3px; }")
        for copy_field in (self.cc_edit, self.bcc_edit):
            self._set_copy_field(copy_field, False)

        self.attach_button = QToolButton()
        self.attach_button.setObjectName("emailAttach")
        set_role(self.attach_button, "compact")  # small, with a frame where the keyboard is
        self.attach_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.attach_button.setIcon(attachment_icon())
        self.attach_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.attach_menu = QMenu(self.attach_button)
        self.attach_menu.setObjectName("emailAttachMenu")
        for name in self.documents:
            action = self.attach_menu.addAction(name)
            action.setObjectName(f"emailAttachDoc:{name}")
            action.triggered.connect(lambda _=False, n=name: self.attach(n))
        self.attach_button.setMenu(self.attach_menu)
        self.chip_row = QWidget()
        self.chip_row.setObjectName("emailAttachments")
        self.chips = QHBoxLayout(self.chip_row)
        self.chips.setContentsMargins(0, 0, 0, 0)
        self.chips.setSpacing(6)
        self.chip_row.hide()
        # One row for what the window is, who it is from and what goes with it.
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addSpacing(12)
        top.addWidget(self.labels["from"])
        top.addWidget(self.from_label, 1)
        top.addWidget(self.attach_button)

        self.signature_box = QCheckBox()
        self.signature_box.setObjectName("emailSignature")
        self.send_button = set_role(QPushButton(), "primary")
        self.send_button.setObjectName("emailSend")
        self.save_button = QPushButton()
        self.save_button.setObjectName("emailSaveEml")
        self.discard_button = QPushButton()
        self.discard_button.setObjectName("emailDiscard")
        self.status = set_role(QLabel(), "error")
        self.status.setObjectName("emailComposeStatus")
        self.status.setWordWrap(True)
        self.status.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.signature_box)
        buttons.addStretch()
        buttons.addWidget(self.discard_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.send_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addLayout(self.form)
        layout.addWidget(self.chip_row)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

        self.send_button.clicked.connect(self._send)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):  # as in most mail clients
            send = QShortcut(QKeySequence(keys), self)
            send.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            send.activated.connect(self._send)
        self.discard_button.clicked.connect(self.discarded.emit)
        self.save_button.clicked.connect(lambda: self.save_requested.emit(self.mail()))
        self.autosave = QTimer(self)
        self.autosave.setSingleShot(True)
        self.autosave.setInterval(1500)
        self.autosave.timeout.connect(lambda: self.draft_changed.emit(self.mail()))
        for header_field in header_fields:
            header_field.textChanged.connect(self._edited)
        self.body.textChanged.connect(self._edited)
        self.retranslate()

    # -- state ------------------------------------------------------------------------
    def start(self, mail: Mail) -> None:
        """Fill the window with a new email, a reply, a forward or a draft."""
        self.base = mail
        for edit, entries in ((self.to_edit, mail.to), (self.cc_edit, mail.cc),
                              (self.bcc_edit, mail.bcc)):
            edit.setText(", ".join(entries) + (", " if entries else ""))
        self.subject_edit.setText(mail.subject)
        self.body.setPlainText(mail.body)
        self.attached = list(mail.attachments)
        self.signature_box.setChecked(False)
        self.say("")
        for edit, entries in ((self.cc_edit, mail.cc), (self.bcc_edit, mail.bcc)):
            self._set_copy_field(edit, bool(entries))
        self._show_chips()
        self.autosave.stop()
        cursor = self.body.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.Start)
        self.body.setTextCursor(cursor)
        (self.to_edit if not mail.to else self.body).setFocus()

    def mail(self) -> Mail:
        mail = replace(self.base, sender=self.me, to=self.to_edit.entries(),
                       cc=self.cc_edit.entries(), bcc=self.bcc_edit.entries(),
                       subject=self.subject_edit.text().strip(),
                       body=self.body.toPlainText(), attachments=tuple(self.attached))
        if self.signature_box.isChecked():
            mail = with_signature(mail, self.signature)
        return mail

    def attach(self, name: str) -> None:
        document = self.documents.get(name)
        if document is None or any(d.name == name for d in self.attached):
            return
        self.attached.append(document)
        self._show_chips()
        self._edited()

    def remove_attachment(self, name: str) -> None:
        self.attached = [d for d in self.attached if d.name != name]
        self._show_chips()
        self._edited()

    def _show_chips(self) -> None:
        while self.chips.count():
            item = self.chips.takeAt(0)
            chip = item.widget() if item is not None else None
            if chip is not None:
                chip.deleteLater()
        for document in self.attached:
            chip = QToolButton()
            chip.setObjectName(f"emailRemoveAttachment:{document.name}")
            set_role(chip, "bar")
            chip.setText(f"{document.name}  ✕")
            chip.setIcon(attachment_icon())
            chip.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            chip.setLayoutDirection(LTR)
            chip.setAccessibleName(self.tr("Remove the attachment {name}").format(
                name=document.name))
            chip.setToolTip(chip.accessibleName())
            chip.clicked.connect(lambda _=False, n=document.name: self.remove_attachment(n))
            self.chips.addWidget(chip)
        self.chip_row.setVisible(bool(self.attached))

    def show_copy_field(self, edit: AddressEdit, focus: bool = False) -> None:
        """Open the Cc or Bcc field (its button beside To goes)."""
        self._set_copy_field(edit, True)
        if focus:
            edit.setFocus()

    def _set_copy_field(self, edit: AddressEdit, shown: bool) -> None:
        self.form.setRowVisible(edit, shown)
        toggle = self.cc_toggle if edit is self.cc_edit else self.bcc_toggle
        toggle.setVisible(not shown)

    def say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def _edited(self) -> None:
        self.say("")
        self.autosave.start()

    def _send(self) -> None:
        mail = self.mail()
        if not (mail.to or mail.cc or mail.bcc):
            self.say(self.tr("Who is this email for? Write an address in To."))
            self.to_edit.setFocus()
            return
        self.autosave.stop()
        self.send_requested.emit(mail)

    # -- text -------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.heading.setText(self.tr("New email"))
        texts = {"from": self.tr("From"), "to": self.tr("To"), "cc": self.tr("Cc"),
                 "bcc": self.tr("Bcc"), "subject": self.tr("Subject")}
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.from_label.setAccessibleName(self.tr("From: your address"))
        self.to_edit.setAccessibleName(self.tr("To: the people the email is for"))
        self.to_edit.setToolTip(self.to_edit.accessibleName())
        self.cc_edit.setAccessibleName(
            self.tr("Cc, copy: these people get it too, and everyone sees their address"))
        self.cc_edit.setToolTip(self.cc_edit.accessibleName())
        self.bcc_edit.setAccessibleName(
            self.tr("Bcc, hidden copy: these people get it, and nobody sees their address"))
        self.bcc_edit.setToolTip(self.bcc_edit.accessibleName())
        self.subject_edit.setAccessibleName(self.tr("Subject"))
        for toggle, text, name in (
            (self.cc_toggle, self.tr("Cc"), self.tr("Add Cc: a copy for other people")),
            (self.bcc_toggle, self.tr("Bcc"), self.tr("Add Bcc: a hidden copy"))):
            toggle.setText(text)
            toggle.setAccessibleName(name)
            toggle.setToolTip(name)
        self.body.setAccessibleName(self.tr("Your message"))
        self.attach_button.setText(self.tr("Attach"))
        self.attach_button.setAccessibleName(self.tr("Attach a file from Documents"))
        self.attach_button.setToolTip(self.attach_button.accessibleName())
        self.signature_box.setText(self.tr("Add my signature"))
        self.signature_box.setAccessibleName(self.signature_box.text())
        for button, text in ((self.send_button, self.tr("Send")),
                             (self.save_button, self.tr("Save as a file")),
                             (self.discard_button, self.tr("Discard"))):
            button.setText(text)
            button.setAccessibleName(text)
        self.send_button.setToolTip(self.tr("Send the email (Ctrl+Enter)"))
        self._show_chips()
