"""The centre and its credentials, in trainer mode (issue #21, point 1): a dialog opened
from the trainer's screen, in three tabs.

- **The centre**: the first time, the centre's key is set up (name, place, the trainer's
  password); then the centre card is shown (name, place, the key's fingerprint, its date)
  and saved as a ``.json`` file, printed as a page with its QR code, and the verifier page
  for employers is saved with the cards this installation trusts.
- **The key**: a backup (``.tutorcentre``) to keep on a USB stick, moving the key to this
  PC from a backup, replacing the key (lost or stolen: ``compromised``; a planned change:
  ``replaced``), and the centre's name and place.
- **Partner centres**: the cards of other centres this installation trusts.

Every action that uses the key asks the trainer's password. Widgets only: the key and the
cards are ``tutor.credentials.centre``'s, the verifier page ``verifier_page``'s.
"""

from __future__ import annotations

import html
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QLocale, QSize, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tutor import trainer
from tutor.credentials import carriers, centre, multibase, proof
from tutor.credentials.verifier_page import write_verifier
from tutor.errors import TutorError
from tutor.i18n import QT_TRANSLATE_NOOP, is_right_to_left
from tutor.i18n.qt import translate_error, translated, ui_language
from tutor.store.db import Database
from tutor.ui.credential_files import WRITE_FAILED, qr_image, write_page_pdf
from tutor.ui.fitting import FlowLayout, fit_to_screen, scrolled
from tutor.ui.retranslate import Retranslating
from tutor.ui.style import NORMAL, set_role, ui_icon

CONTEXT = "CentreDialog"
READ_FAILED = QT_TRANSLATE_NOOP("errors", "The file {name} cannot be read.")
QR_WIDTH = 420  # the picture's pixels at most; the page shows it some 8 cm wide


def read_bounded(path: Path, limit: int) -> bytes:
    """At most ``limit + 1`` bytes of ``path`` (the caller refuses more than ``limit``)."""
    try:
        with path.open("rb") as file:
            return file.read(limit + 1)
    except OSError:
        raise TutorError(READ_FAILED, name=path.name) from None


def write_bytes(path: Path, data: bytes) -> None:
    try:
        path.write_bytes(data)
    except OSError:
        raise TutorError(WRITE_FAILED, name=path.name) from None


def card_day(card: dict[str, Any]) -> str:
    """The day the card was issued, in the trainer's language."""
    moment = proof.parse_iso(card.get("issued"))
    if moment is None:
        return ""
    day = moment.astimezone().date()
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


# The printed card page's words (lupdate finds them here; translated when printed).
PAGE_TEXTS = {
    "title": QT_TRANSLATE_NOOP("CentreDialog", "Centre card"),
    "fingerprint": QT_TRANSLATE_NOOP("CentreDialog", "Key fingerprint"),
    "employers": QT_TRANSLATE_NOOP(
        "CentreDialog", "To check a certificate from this centre, open the verifier file (verifier.html) "
        "in a web browser, or scan the certificate's QR code with it. No internet is needed."),
    "match": QT_TRANSLATE_NOOP(
        "CentreDialog", "The fingerprint above must match the one the verifier shows for this centre."),
    "day": QT_TRANSLATE_NOOP("CentreDialog", "Card made on {day}"),
    "no_qr": QT_TRANSLATE_NOOP("CentreDialog", "This card is too big for a QR code: give the card "
                               "file (.json) with this page."),
}


def card_page_html(card: dict[str, Any], rtl: bool, qr_width: int | None = QR_WIDTH) -> str:
    """The printed card page: for employers and partner centres (see ``card_page_pdf``)."""
    words = {key: html.escape(translated(CONTEXT, text, {"day": card_day(card)}))
             for key, text in PAGE_TEXTS.items()}
    name, place = html.escape(card["name"]), html.escape(card.get("place", ""))
    direction, align = ("rtl", "right") if rtl else ("ltr", "left")
    return (
        f'<html><body dir="{direction}" style="font-family: sans-serif; font-size: 12pt;">'
        f'<div dir="{direction}" align="{align}">'
        f'<p style="font-size: 14pt; color: {NORMAL.accent};"><b>{words["title"]}</b></p>'
        f'<p style="font-size: 28pt;"><b>{name}</b></p>'
        f'<p style="font-size: 18pt;">{place}</p>'
        f'<p style="font-size: 12pt;">{words["fingerprint"]}</p>'
        f'<p style="font-size: 30pt; font-family: monospace;"><b>'
        f'{html.escape(multibase.fingerprint(card["key"]))}</b></p>'
        + (f'<p align="center"><img src="tutor:card-qr.png" width="{qr_width}" height="{qr_width}"></p>'
           if qr_width else f'<p style="font-size: 13pt;"><b>{words["no_qr"]}</b></p>') +
        f'<p style="font-size: 13pt;">{words["employers"]}</p>'
        f'<p style="font-size: 11pt;">{words["match"]}</p>'
        f'<p style="font-size: 9pt;">{words["day"]}<br>'
        f'<span style="font-family: monospace;">{html.escape(card["key"])}</span></p>'
        "</div></body></html>")


def card_page_pdf(card: dict[str, Any], path: Path) -> Path:
    """The centre card as a printable A4 page: name, place, the key's fingerprint in large
    type, the card's QR code (``TCC1:``; a card too big for a QR code, one with some thirty
    keys replaced, gets a sentence instead) and how an employer checks a certificate. In
    the trainer's language, right to left in Arabic."""
    rtl = is_right_to_left(ui_language())
    picture = qr_image(carriers.qr_text(card, carriers.CARD_QR_PREFIX), QR_WIDTH)
    page = card_page_html(card, rtl, picture.width() if picture is not None else None)
    return write_page_pdf(page, {"card-qr.png": picture} if picture is not None else {}, path,
                          f"{card['name']} — Tutor", rtl=rtl, margins_mm=18)


def _certify_this_pc(db: Database, unlocked: centre.Centre) -> None:
    """This PC's installation certificate, signed by the centre's key of now (issue #21,
    point 6): after the centre is set up or moved here, and after its key is replaced (a
    certificate signed by a key that is lost holds no more)."""
    from tutor.credentials import installation

    installation.certify(db, unlocked, datetime.now(UTC))


class PasswordPrompt(QDialog):
    """Asks one password or two (a backup's and this PC's), with what will happen."""

    def __init__(self, title: str, intro: str, fields: list[tuple[str, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("centrePasswordPrompt")
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        self.intro = QLabel(intro)
        self.intro.setObjectName("centrePasswordIntro")
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.fields: list[QLineEdit] = []
        for name, label_text in fields:
            label = QLabel(label_text)
            label.setWordWrap(True)
            field = QLineEdit()
            field.setObjectName(name)
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setAccessibleName(label_text)
            label.setBuddy(field)
            layout.addWidget(label)
            layout.addWidget(field)
            self.fields.append(field)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.setObjectName("centrePasswordButtons")
        for which, name, text in ((QDialogButtonBox.StandardButton.Ok, "centrePasswordOk", self.tr("OK")),
                                  (QDialogButtonBox.StandardButton.Cancel, "centrePasswordCancel",
                                   self.tr("Cancel"))):
            button = buttons.button(which)
            button.setObjectName(name)
            button.setText(text)
            button.setAccessibleName(text)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def values(self) -> list[str]:
        return [field.text() for field in self.fields]


def _button(name: str, icon: str = "", primary: bool = False) -> QPushButton:
    button = QPushButton()
    button.setObjectName(name)
    if icon:
        button.setIcon(ui_icon(icon))
    if primary:
        set_role(button, "primary")
    return button


def _line(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setMaxLength(centre.MAX_NAME)
    return edit


def _wrapped(role: str = "") -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return set_role(label, role) if role else label


class CentreDialog(Retranslating, QDialog):
    """The centre's key, its card, its backups and the partner centres (see the module)."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("centreDialog")
        self.db = db
        self.reason_chosen: centre.Reason | None = None

        # -- the centre: set up, or its card ----------------------------------------------
        self.setup_intro = _wrapped()
        self.setup_name = _line("centreSetupName")
        self.setup_name.setText(trainer.centre_name(db))
        self.setup_place = _line("centreSetupPlace")
        self.setup_password = QLineEdit()
        self.setup_password.setObjectName("centreSetupPassword")
        self.setup_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.setup_button = _button("centreSetUp", "lock", primary=True)
        self.setup_button.clicked.connect(self.set_up)
        self.setup_password.returnPressed.connect(self.set_up)
        self.setup_move_hint = _wrapped("hint")
        self.setup_move_button = _button("centreSetupMove", "switch-person")
        self.setup_move_button.clicked.connect(self.restore)
        self.certify_hint = _wrapped("hint")
        self.certify_button = _button("centreCertifyLabPc", "check")
        self.certify_button.clicked.connect(self.certify_lab_pc)
        self.certified = _wrapped()
        self.certified.setObjectName("centreCertified")
        self.setup_form = QFormLayout()
        self.setup_labels = [QLabel(), QLabel(), QLabel()]
        for label, field in zip(self.setup_labels, (self.setup_name, self.setup_place, self.setup_password),
                                strict=True):
            label.setBuddy(field)
            self.setup_form.addRow(label, field)
        setup_page = QWidget()
        setup_layout = QVBoxLayout(setup_page)
        setup_layout.addWidget(self.setup_intro)
        setup_layout.addLayout(self.setup_form)
        setup_layout.addWidget(self.setup_button, 0, Qt.AlignmentFlag.AlignLeading)
        setup_layout.addSpacing(12)
        setup_layout.addWidget(self.setup_move_hint)
        setup_layout.addWidget(self.setup_move_button, 0, Qt.AlignmentFlag.AlignLeading)
        setup_layout.addSpacing(12)
        setup_layout.addWidget(self.certify_hint)
        setup_layout.addWidget(self.certify_button, 0, Qt.AlignmentFlag.AlignLeading)
        setup_layout.addWidget(self.certified)
        setup_layout.addStretch(1)

        self.card_name, self.card_place = _wrapped("cue"), _wrapped()
        self.card_fingerprint = _wrapped("title")
        self.card_fingerprint.setObjectName("centreFingerprint")
        self.card_date = _wrapped()
        self.card_labels = [QLabel(), QLabel(), QLabel(), QLabel()]
        card_form = QFormLayout()
        for label, value in zip(self.card_labels, (self.card_name, self.card_place,
                                                   self.card_fingerprint, self.card_date), strict=True):
            card_form.addRow(label, value)
        self.card_hint = _wrapped("hint")
        self.save_card_button = _button("centreSaveCard", "check")
        self.print_card_button = _button("centrePrintCard", "info")
        self.verifier_button = _button("centreSaveVerifier", "search")
        self.save_card_button.clicked.connect(self.save_card)
        self.print_card_button.clicked.connect(self.print_card)
        self.verifier_button.clicked.connect(self.save_verifier)
        card_buttons = FlowLayout()
        for button in (self.save_card_button, self.print_card_button, self.verifier_button):
            card_buttons.addWidget(button)
        card_page = QWidget()
        card_layout = QVBoxLayout(card_page)
        card_layout.addLayout(card_form)
        card_layout.addWidget(self.card_hint)
        card_layout.addLayout(card_buttons)
        card_layout.addStretch(1)
        self.centre_stack = QStackedWidget()
        self.centre_stack.addWidget(setup_page)
        self.centre_stack.addWidget(card_page)

        # -- the key: backup, move here, replace, rename ---------------------------------
        self.backup_box, self.move_box = QGroupBox(), QGroupBox()
        self.replace_box, self.rename_box = QGroupBox(), QGroupBox()
        self.backup_text, self.move_text = _wrapped(), _wrapped()
        self.backup_button = _button("centreBackup", "lock")
        self.move_button = _button("centreMove", "switch-person")
        self.backup_button.clicked.connect(self.backup)
        self.move_button.clicked.connect(self.restore)
        for box, text, button in ((self.backup_box, self.backup_text, self.backup_button),
                                  (self.move_box, self.move_text, self.move_button)):
            box_layout = QVBoxLayout(box)
            box_layout.addWidget(text)
            box_layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeading)
        self.reason_lost = QRadioButton()
        self.reason_lost.setObjectName("centreReasonCompromised")
        self.reason_planned = QRadioButton()
        self.reason_planned.setObjectName("centreReasonReplaced")
        self.reasons = QButtonGroup(self)
        self.reasons.addButton(self.reason_lost)
        self.reasons.addButton(self.reason_planned)
        self.replace_warning = _wrapped("error")
        self.replace_warning.setObjectName("centreReplaceWarning")
        self.replace_button = _button("centreReplace", "warning")
        self.replace_button.clicked.connect(self.replace)
        replace_layout = QVBoxLayout(self.replace_box)
        replace_layout.addWidget(self.reason_lost)
        replace_layout.addWidget(self.reason_planned)
        replace_layout.addWidget(self.replace_warning)
        replace_layout.addWidget(self.replace_button, 0, Qt.AlignmentFlag.AlignLeading)
        self.rename_name = _line("centreRenameName")
        self.rename_place = _line("centreRenamePlace")
        self.rename_labels = [QLabel(), QLabel()]
        self.rename_button = _button("centreRename", "settings")
        self.rename_button.clicked.connect(self.rename)
        self.rename_place.returnPressed.connect(self.rename)
        rename_layout = QFormLayout(self.rename_box)
        for label, field in zip(self.rename_labels, (self.rename_name, self.rename_place), strict=True):
            label.setBuddy(field)
            rename_layout.addRow(label, field)
        rename_row = QHBoxLayout()
        rename_row.addWidget(self.rename_button)
        rename_row.addStretch(1)
        rename_layout.addRow(rename_row)
        key_page = QWidget()
        key_layout = QVBoxLayout(key_page)
        for box in (self.backup_box, self.move_box, self.replace_box, self.rename_box):
            key_layout.addWidget(box)
        key_layout.addStretch(1)

        # -- partner centres --------------------------------------------------------------
        self.partners_intro = _wrapped()
        self.partners = QListWidget()
        self.partners.setObjectName("centrePartners")
        self.partners.setWordWrap(True)
        self.partners.currentItemChanged.connect(lambda *_: self._enable())
        self.add_partner_button = _button("centreAddPartner", "add-person")
        self.remove_partner_button = _button("centreRemovePartner", "close")
        self.add_partner_button.clicked.connect(self.add_partner)
        self.remove_partner_button.clicked.connect(self.remove_partner)
        partner_buttons = QHBoxLayout()
        partner_buttons.addWidget(self.add_partner_button)
        partner_buttons.addWidget(self.remove_partner_button)
        partner_buttons.addStretch(1)
        partners_page = QWidget()
        partners_layout = QVBoxLayout(partners_page)
        partners_layout.addWidget(self.partners_intro)
        partners_layout.addWidget(self.partners, 1)
        partners_layout.addLayout(partner_buttons)

        # -- the dialog --------------------------------------------------------------------
        self.tabs = QTabWidget()
        self.tabs.setObjectName("centreTabs")
        self.tabs.addTab(scrolled(self.centre_stack, "centreCentreArea"), "")
        self.tabs.addTab(scrolled(key_page, "centreKeyArea"), "")
        self.tabs.addTab(partners_page, "")
        self.tabs.tabBar().setObjectName("centreTabBar")
        self.status = _wrapped("hint")
        self.status.setObjectName("centreStatus")
        self.close_button = _button("centreClose", "back")
        self.close_button.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self.retranslate()
        self.refresh()
        fit_to_screen(self, QSize(900, 580))

    # -- questions (replaced in tests) ------------------------------------------------------
    def ask_passwords(self, title: str, intro: str, fields: list[tuple[str, str]]) -> list[str] | None:
        prompt = PasswordPrompt(title, intro, fields, self)
        try:
            return prompt.values() if prompt.exec() == QDialog.DialogCode.Accepted else None
        finally:
            prompt.deleteLater()

    def ask_password(self, title: str, intro: str) -> str | None:
        values = self.ask_passwords(title, intro, [("centrePassword", self.tr("Trainer password"))])
        return values[0] if values else None

    def choose_save(self, title: str, name: str, pattern: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self, title, name, pattern)
        return Path(path) if path else None

    def choose_open(self, title: str, pattern: str) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(self, title, "", pattern)
        return Path(path) if path else None

    # -- what is shown ------------------------------------------------------------------------
    def card(self) -> dict[str, Any] | None:
        return centre.centre_card(self.db)

    def refresh(self) -> None:
        card = self.card()
        self.centre_stack.setCurrentIndex(0 if card is None else 1)
        if card is not None:
            self.card_name.setText(card["name"])
            self.card_place.setText(card.get("place", "") or "—")
            self.card_fingerprint.setText(multibase.fingerprint(card["key"]))
            self.card_fingerprint.setToolTip(card["key"])
            self.card_date.setText(card_day(card))
            self.rename_name.setText(card["name"])
            self.rename_place.setText(card.get("place", ""))
        from tutor.credentials import installation

        cert = installation.certificate(self.db)
        self.certified.setText(self.tr("This computer is certified by {centre}.").format(
            centre=cert["centreName"]) if cert else self.tr("This computer is not certified yet."))
        self.partners.clear()
        own = card["centre"] if card else None
        for trusted in centre.trusted_cards(self.db):
            text = f"{trusted['name']} — {trusted.get('place', '')} · {multibase.fingerprint(trusted['key'])}"
            if trusted["centre"] == own:
                text += "  " + self.tr("(this centre)")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, trusted["centre"])
            self.partners.addItem(item)
        self._enable()

    def _enable(self) -> None:
        has_card = self.card() is not None
        for widget in (self.backup_button, self.replace_button, self.rename_button,
                       self.rename_name, self.rename_place, self.reason_lost, self.reason_planned):
            widget.setEnabled(has_card)
        item = self.partners.currentItem()
        own = self.card()
        self.remove_partner_button.setEnabled(
            item is not None and (own is None or item.data(Qt.ItemDataRole.UserRole) != own["centre"]))

    def say(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        set_role(self.status, "error" if error else "hint")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    def fail(self, error: BaseException) -> None:
        self.say(translate_error(error), error=True)

    # -- the centre ---------------------------------------------------------------------------
    def set_up(self) -> None:
        name, place = self.setup_name.text(), self.setup_place.text()
        try:
            made = centre.set_up(self.db, name, place, self.setup_password.text(), datetime.now(UTC))
        except TutorError as exc:
            self.setup_password.clear()
            self.fail(exc)
            return
        self.setup_password.clear()
        trainer.set_centre_name(self.db, made.card["name"])
        self._certify(made)
        self.refresh()
        self.say(self.tr("The centre's key is ready. Save or print the centre card for employers."))

    def _certify(self, unlocked: centre.Centre) -> None:
        try:
            _certify_this_pc(self.db, unlocked)
        except TutorError as exc:
            self.fail(exc)

    def save_card(self) -> None:
        card = self.card()
        if card is None:
            return
        path = self.choose_save(self.tr("Save the centre card"), "centre-card.json",
                                self.tr("Centre card") + " (*.json)")
        if path is None:
            return
        try:
            write_bytes(path, json.dumps(card, ensure_ascii=False, indent=2).encode("utf-8"))
        except TutorError as exc:
            self.fail(exc)
            return
        self.say(self.tr("Saved: {path}").format(path=str(path)))

    def print_card(self) -> None:
        card = self.card()
        if card is None:
            return
        path = self.choose_save(self.tr("Print the card page (PDF)"), "centre-card.pdf", "PDF (*.pdf)")
        if path is None:
            return
        try:
            card_page_pdf(card, path)
        except TutorError as exc:
            self.fail(exc)
            return
        self.say(self.tr("Saved: {path}").format(path=str(path)))

    def save_verifier(self) -> None:
        path = self.choose_save(self.tr("Save the verifier for employers"), "verifier.html",
                                self.tr("Web page") + " (*.html)")
        if path is None:
            return
        try:
            write_verifier(path, centre.trusted_cards(self.db))
        except TutorError as exc:
            self.fail(exc)
            return
        self.say(self.tr("Saved: {path}. Copy it to the employer's computer or a USB stick; it opens in "
                         "any web browser.").format(path=str(path)))

    # -- the key -----------------------------------------------------------------------------------
    def backup(self) -> None:
        password = self.ask_password(self.tr("Back up the key"), self.tr(
            "Type the trainer password. The backup opens only with this password: remember it."))
        if password is None:
            return
        try:
            data = centre.backup(self.db, password)
        except TutorError as exc:
            self.fail(exc)
            return
        path = self.choose_save(self.tr("Back up the key"), "centre-key.tutorcentre",
                                self.tr("Centre key backup") + " (*.tutorcentre)")
        if path is None:
            return
        try:
            write_bytes(path, data)
        except TutorError as exc:
            self.fail(exc)
            return
        self.say(self.tr("Saved: {path}. Keep it in a safe place: with its password, it signs "
                         "certificates in your centre's name.").format(path=str(path)))

    def certify_lab_pc(self) -> None:
        """A lab PC that does not keep the centre's key: its progress files are signed in
        the centre's name, certified with the key's backup (used once, not kept)."""
        from tutor.credentials import installation

        path = self.choose_open(self.tr("Certify this lab computer"),
                                self.tr("Centre key backup") + " (*.tutorcentre)")
        if path is None:
            return
        password = self.ask_passwords(
            self.tr("Certify this lab computer"),
            self.tr("The backup opens with the trainer password of the PC it was made on. The key "
                    "is used once to certify this computer and is not kept here."),
            [("centreBackupPassword", self.tr("The backup's password"))])
        if password is None:
            return
        try:
            data = read_bounded(path, centre.MAX_BACKUP_BYTES)
            cert = installation.certify_from_backup(self.db, data, password[0], datetime.now(UTC))
        except TutorError as exc:
            self.fail(exc)
            return
        self.refresh()
        self.say(self.tr("This computer is certified by {centre}: its progress files are signed "
                         "in the centre's name.").format(centre=cert["centreName"]))

    def restore(self) -> None:
        path = self.choose_open(self.tr("Move the key to this PC"),
                                self.tr("Centre key backup") + " (*.tutorcentre)")
        if path is None:
            return
        values = self.ask_passwords(
            self.tr("Move the key to this PC"),
            self.tr("The backup opens with the trainer password of the PC it was made on. On this PC, "
                    "the key will then open with this PC's trainer password."),
            [("centreBackupPassword", self.tr("The backup's password")),
             ("centrePassword", self.tr("Trainer password of this PC"))])
        if values is None:
            return
        try:
            data = read_bounded(path, centre.MAX_BACKUP_BYTES)
            moved = centre.restore(self.db, data, values[0], values[1], datetime.now(UTC))
        except TutorError as exc:
            self.fail(exc)
            return
        if not trainer.centre_name(self.db):
            trainer.set_centre_name(self.db, moved.card["name"])
        self._certify(moved)
        self.refresh()
        self.say(self.tr("The key of {name} is on this PC now.").format(name=moved.card["name"]))

    def replace(self) -> None:
        reason: centre.Reason | None = (
            "compromised" if self.reason_lost.isChecked()
            else "replaced" if self.reason_planned.isChecked() else None)
        if reason is None:
            self.say(self.tr("First choose why the key is replaced."), error=True)
            return
        warning = (self.tr("Every certificate signed with the old key will show as NOT valid, old ones too. "
                           "Make the certificates you still need again after this.")
                   if reason == "compromised" else
                   self.tr("Certificates signed before today stay valid."))
        password = self.ask_password(self.tr("Replace the key"), warning + "\n\n" + self.tr(
            "Type the trainer password to replace the key."))
        if password is None:
            return
        try:
            replaced = centre.replace_key(self.db, password, reason, datetime.now(UTC))
        except TutorError as exc:
            self.fail(exc)
            return
        self._certify(replaced)
        self.reasons.setExclusive(False)
        self.reason_lost.setChecked(False)
        self.reason_planned.setChecked(False)
        self.reasons.setExclusive(True)
        self.refresh()
        self.say(self.tr("The key was replaced. Give the new centre card and a new verifier file to "
                         "employers and partner centres."))

    def rename(self) -> None:
        password = self.ask_password(self.tr("Change the name and place"), self.tr(
            "Type the trainer password. The centre card is signed again with the new name."))
        if password is None:
            return
        try:
            renamed = centre.rename(self.db, password, self.rename_name.text(), self.rename_place.text(),
                                    datetime.now(UTC))
        except TutorError as exc:
            self.fail(exc)
            return
        trainer.set_centre_name(self.db, renamed.card["name"])
        self.refresh()
        self.say(self.tr("Saved. Give the new centre card to employers and partner centres."))

    # -- partner centres ---------------------------------------------------------------------
    def add_partner(self) -> None:
        path = self.choose_open(self.tr("Add a centre card"), self.tr("Centre card") + " (*.json)")
        if path is None:
            return
        try:
            card = centre.parse_card(read_bounded(path, centre.MAX_CARD_BYTES))
        except TutorError as exc:
            self.fail(exc)
            return
        own = self.card()
        if own is not None and card["centre"] == own["centre"]:
            self.say(self.tr("This is the card of this centre. It is trusted already."), error=True)
            return
        centre.trust(self.db, card)
        self.refresh()
        self.say(self.tr("{name} is a partner centre now: its certificates show as valid here.").format(
            name=card["name"]))

    def remove_partner(self) -> None:
        item = self.partners.currentItem()
        if item is None:
            return
        centre.forget(self.db, item.data(Qt.ItemDataRole.UserRole))
        self.refresh()
        self.say(self.tr("Removed. Certificates of that centre show as from an unknown centre now."))

    # -- text ------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Centre and credentials"))
        for index, text in enumerate((self.tr("The centre"), self.tr("The key"), self.tr("Partner centres"))):
            self.tabs.setTabText(index, text)
        self.tabs.setAccessibleName(self.tr("Centre and credentials"))
        self.tabs.tabBar().setAccessibleName(self.tr("Centre and credentials"))
        self.setup_intro.setText(self.tr(
            "Set up your centre's key once. Tutor signs the certificates it makes with this key, so "
            "an employer can check that a certificate comes from your centre and was not changed."))
        for label, text in zip(self.setup_labels, (self.tr("Centre name"), self.tr("Place (town, country)"),
                                                   self.tr("Trainer password")), strict=True):
            label.setText(text)
            label.buddy().setAccessibleName(text)
        self.setup_move_hint.setText(self.tr(
            "Is your centre set up on another PC already? Bring its key here from a backup file."))
        self.certify_hint.setText(self.tr(
            "A lab computer that does not keep the key: certify it with the key's backup, so the "
            "progress files made here are signed in the centre's name."))
        names = {
            self.certify_button: self.tr("Certify this lab computer"),
            self.setup_button: self.tr("Set up the centre's key"),
            self.setup_move_button: self.tr("Move the key to this PC"),
            self.save_card_button: self.tr("Save the centre card"),
            self.print_card_button: self.tr("Print the card page (PDF)"),
            self.verifier_button: self.tr("Save the verifier for employers"),
            self.backup_button: self.tr("Back up the key"),
            self.move_button: self.tr("Move the key to this PC"),
            self.replace_button: self.tr("Replace the key"),
            self.rename_button: self.tr("Change the name and place"),
            self.add_partner_button: self.tr("Add a centre card"),
            self.remove_partner_button: self.tr("Remove"),
            self.close_button: self.tr("Close"),
        }
        for button, text in names.items():
            button.setText(text)
            button.setAccessibleName(text)
        card_words = (self.tr("Name"), self.tr("Place"), self.tr("Key fingerprint"), self.tr("Made on"))
        for label, text in zip(self.card_labels, card_words, strict=True):
            label.setText(text)
        self.card_hint.setText(self.tr(
            "Give the centre card (a file or the printed page) to employers and partner centres. "
            "The verifier for employers is one file: it checks your certificates in a web browser, "
            "with no internet."))
        self.backup_box.setTitle(self.tr("Back up the key"))
        self.backup_text.setText(self.tr(
            "Keep a copy of the key on a USB stick, in a safe place, in case this PC breaks. "
            "It opens with today's trainer password."))
        self.move_box.setTitle(self.tr("Move the key to this PC"))
        self.move_text.setText(self.tr(
            "Bring the centre's key from a backup file, to sign certificates on this PC too."))
        self.replace_box.setTitle(self.tr("Replace the key"))
        self.reason_lost.setText(self.tr("The old key is lost, or someone else may have it"))
        self.reason_planned.setText(self.tr("A planned change"))
        for radio in (self.reason_lost, self.reason_planned):
            radio.setAccessibleName(radio.text())
        self.replace_warning.setText(self.tr(
            "Careful: if the old key is lost or someone else may have it, every certificate signed "
            "with it shows as NOT valid, old ones too. After a planned change, certificates made "
            "before it stay valid."))
        self.rename_box.setTitle(self.tr("Name and place"))
        for label, text in zip(self.rename_labels, (self.tr("Centre name"), self.tr("Place (town, country)")),
                               strict=True):
            label.setText(text)
            label.buddy().setAccessibleName(text)
        self.partners_intro.setText(self.tr(
            "Certificates from the centres listed here show as valid on this PC. Add a partner "
            "centre from its centre card (a .json file)."))
        self.partners.setAccessibleName(self.tr("Trusted centres"))
        if self.card() is not None:
            self.refresh()
