"""The centre and its credentials in trainer mode, through the real dialog: set up, the
card saved and printed, backup and restore on a second PC, a replaced key, partner
centres, the verifier page, and wrong passwords that change nothing."""

from __future__ import annotations

import json
import subprocess
import unicodedata
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import segno
from pypdf import PdfReader
from PySide6.QtCore import QRect
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QLineEdit,
    QTabBar,
    QWidget,
)

from tests.ui.accessibility import unnamed
from tutor import startup, trainer
from tutor.credentials import carriers, centre, installation, multibase, proof, verifier_page
from tutor.ui.centre_view import CentreDialog
from tutor.ui.style import apply_text_size

PASSWORD = "kakuma-2026"
STUB = ('<html><head><script id="tutor-trusted-centres" type="application/json">[]</script>'
        "<script>/* the verifier */</script></head><body></body></html>")


class Answers:
    """What the trainer would answer in the dialog's questions, and what it said."""

    def __init__(self, dialog: CentreDialog) -> None:
        self.passwords: list[list[str] | None] = []
        self.saved: list[Path | None] = []
        self.opened: list[Path | None] = []
        self.asked: list[str] = []
        dialog.ask_passwords = self.ask  # type: ignore[method-assign]
        dialog.choose_save = lambda title, name, pattern: self.saved.pop(0)  # type: ignore[method-assign]
        dialog.choose_open = lambda title, pattern: self.opened.pop(0)  # type: ignore[method-assign]

    def ask(self, title: str, intro: str, fields: list[tuple[str, str]]) -> list[str] | None:
        self.asked.append(intro)
        return self.passwords.pop(0)


def open_dialog(qtbot, db) -> tuple[CentreDialog, Answers]:
    dialog = CentreDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog, Answers(dialog)


@pytest.fixture
def dialog(qtbot, runtime, translations, tmp_path):
    trainer.set_password(runtime.db, PASSWORD)
    trainer.set_centre_name(runtime.db, "Kakuma Learning Centre")
    return open_dialog(qtbot, runtime.db)


def card_of(db) -> dict[str, Any]:
    card = centre.centre_card(db)
    assert card is not None
    return card


def set_up(dialog: CentreDialog, password: str = PASSWORD, place: str = "Kakuma, Kenya") -> None:
    dialog.setup_place.setText(place)
    dialog.setup_password.setText(password)
    dialog.setup_button.click()


@pytest.fixture
def other_pc(tmp_path):
    """A second installation (another PC of the centre, or a partner centre)."""
    other = startup.start(tmp_path / "other-pc")
    trainer.set_password(other.db, "other-pc-secret")
    yield other
    other.close()


def test_set_up_with_a_wrong_then_the_right_password(dialog, runtime):
    dialog, _answers = dialog
    db = runtime.db
    assert dialog.centre_stack.currentIndex() == 0
    assert dialog.setup_name.text() == "Kakuma Learning Centre"  # from the trainer's screen
    assert dialog.setup_password.echoMode() == QLineEdit.EchoMode.Password
    set_up(dialog, "wrong-password")
    assert dialog.status.text() == "That is not the trainer password."
    assert dialog.status.property("role") == "error"
    assert centre.centre_card(db) is None and installation.certificate(db) is None
    assert dialog.setup_password.text() == ""
    assert dialog.centre_stack.currentIndex() == 0

    dialog.setup_name.setText("  Kakuma   Learning Centre  ")
    set_up(dialog)
    card = card_of(db)
    assert card is not None and centre.card_problem(card) is None
    assert (card["name"], card["place"]) == ("Kakuma Learning Centre", "Kakuma, Kenya")
    assert centre.unlock(db, PASSWORD).did == card["key"]
    assert dialog.centre_stack.currentIndex() == 1
    # The fingerprint is the key's last 12 characters in groups of 4.
    assert dialog.card_fingerprint.text() == f"{card['key'][-12:-8]} {card['key'][-8:-4]} {card['key'][-4:]}"
    assert dialog.card_name.text() == "Kakuma Learning Centre"
    assert dialog.status.property("role") == "hint"
    # This PC's installation certificate, signed by the new key.
    certificate = installation.certificate(db)
    assert certificate is not None and installation.certificate_problem(certificate) is None
    assert proof.check(certificate).did == card["key"]
    assert certificate["centre"] == card["centre"]


def test_the_card_is_saved_as_a_file_that_parses(dialog, runtime, tmp_path):
    dialog, answers = dialog
    set_up(dialog)
    path = tmp_path / "centre-card.json"
    answers.saved.append(path)
    dialog.save_card_button.click()
    assert centre.parse_card(path.read_bytes()) == centre.centre_card(runtime.db)
    assert dialog.status.text() == f"Saved: {path}"
    answers.saved.append(None)  # the trainer closed the file dialog: nothing written
    dialog.save_card_button.click()
    assert answers.saved == []


def picture_in_pdf(pdf: Path, folder: Path) -> QImage:
    """The one picture of the PDF, as it is stored in it (poppler's pdfimages)."""
    listed = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True,
                            check=True, timeout=60).stdout.splitlines()[2:]
    assert len(listed) == 1 and listed[0].split()[8] == "image"  # kept exactly, not a JPEG
    subprocess.run(["pdfimages", "-png", str(pdf), str(folder / "picture")], check=True, timeout=60)
    found = sorted(folder.glob("picture-*.png"))
    assert len(found) == 1
    picture = QImage(str(found[0]))
    assert not picture.isNull() and picture.width() == picture.height()
    return picture


def test_the_card_page_pdf_has_the_name_the_fingerprint_and_the_qr(dialog, runtime, tmp_path):
    dialog, answers = dialog
    set_up(dialog)
    card = card_of(runtime.db)
    path = tmp_path / "card.pdf"
    answers.saved.append(path)
    dialog.print_card_button.click()
    assert dialog.status.text() == f"Saved: {path}"
    assert len(PdfReader(path).pages) == 1
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True, timeout=60).stdout
    text = " ".join(unicodedata.normalize("NFKC", text).split())  # ("ﬁ" is one glyph in the font)
    assert "Kakuma Learning Centre" in text and "Kakuma, Kenya" in text
    assert multibase.fingerprint(card["key"]) in text
    assert "open the verifier file" in text and "No internet is needed." in text
    # The picture is the QR code of "TCC1:" + the card: every module, read at its centre,
    # is dark exactly where segno's matrix of that text is (4 light modules of border).
    matrix = segno.make(carriers.qr_text(card, "TCC1:"), error="m", micro=False).matrix
    picture = picture_in_pdf(path, tmp_path)
    side = len(matrix) + 8
    assert picture.width() % side == 0
    step = picture.width() // side
    read = [[picture.pixelColor((x + 4) * step + step // 2, (y + 4) * step + step // 2).lightness() < 128
             for x in range(len(matrix))] for y in range(len(matrix))]
    assert read == [[bool(module) for module in row] for row in matrix]
    # A place that cannot be written: said, nothing else happens.
    answers.saved.append(tmp_path / "no-such-folder" / "card.pdf")
    dialog.print_card_button.click()
    assert dialog.status.text() == "The file card.pdf cannot be written. Choose another place."
    # And that text carries the card.
    assert json.loads(carriers.from_qr_text(carriers.qr_text(card, "TCC1:"))) == card


def test_backup_then_restore_on_a_second_pc_gives_the_same_card(qtbot, dialog, runtime, other_pc,
                                                                  tmp_path):
    dialog, answers = dialog
    set_up(dialog)
    card = card_of(runtime.db)
    backup = tmp_path / "usb" / "centre-key.tutorcentre"
    backup.parent.mkdir()
    answers.passwords.append(["wrong-password"])
    dialog.backup_button.click()
    assert dialog.status.text() == "That password does not open the centre's key."
    assert not backup.exists()
    answers.passwords.append([PASSWORD])
    answers.saved.append(backup)
    dialog.backup_button.click()
    assert backup.is_file() and dialog.status.text().startswith(f"Saved: {backup}.")

    second, on_second = open_dialog(qtbot, other_pc.db)
    assert second.centre_stack.currentIndex() == 0
    # The backup's password wrong: nothing changes on the second PC.
    on_second.opened.append(backup)
    on_second.passwords.append(["other-pc-secret", "other-pc-secret"])
    second.setup_move_button.click()
    assert second.status.text() == "That password does not open the centre's key."
    assert centre.centre_card(other_pc.db) is None
    # This PC's trainer password wrong: nothing changes either.
    on_second.opened.append(backup)
    on_second.passwords.append([PASSWORD, PASSWORD])
    second.move_button.click()
    assert second.status.text() == "That is not the trainer password."
    assert centre.centre_card(other_pc.db) is None
    on_second.opened.append(backup)
    on_second.passwords.append([PASSWORD, "other-pc-secret"])
    second.move_button.click()
    assert centre.centre_card(other_pc.db) == card
    # On the second PC the key opens with that PC's trainer password.
    assert centre.unlock(other_pc.db, "other-pc-secret").did == card["key"]
    assert second.centre_stack.currentIndex() == 1
    assert second.card_fingerprint.text() == multibase.fingerprint(card["key"])
    assert trainer.centre_name(other_pc.db) == "Kakuma Learning Centre"
    certificate = installation.certificate(other_pc.db)
    assert certificate is not None and proof.check(certificate).did == card["key"]
    assert second.status.text() == "The key of Kakuma Learning Centre is on this PC now."


def test_replace_the_key_puts_the_old_one_on_the_revocation_list(dialog, runtime):
    dialog, answers = dialog
    db = runtime.db
    set_up(dialog)
    first = card_of(db)
    dialog.replace_button.click()  # no reason chosen yet
    assert dialog.status.text() == "First choose why the key is replaced."
    assert answers.asked == []
    dialog.reason_lost.setChecked(True)
    answers.passwords.append(["wrong-password"])
    dialog.replace_button.click()
    assert "NOT valid" in answers.asked[-1]  # the warning is in the question itself
    assert dialog.status.text() == "That password does not open the centre's key."
    assert centre.centre_card(db) == first
    answers.passwords.append([PASSWORD])
    dialog.replace_button.click()
    card = card_of(db)
    assert card["centre"] == first["centre"] and card["key"] != first["key"]
    assert [(r["key"], r["reason"]) for r in card["revoked"]] == [(first["key"], "compromised")]
    assert centre.card_problem(card) is None
    assert dialog.card_fingerprint.text() == multibase.fingerprint(card["key"])
    assert not dialog.reason_lost.isChecked()  # the next replacement asks again
    assert proof.check(installation.certificate(db)).did == card["key"]  # this PC certified again

    dialog.reason_planned.setChecked(True)
    answers.passwords.append([PASSWORD])
    dialog.replace_button.click()
    third = card_of(db)
    assert [(r["key"], r["reason"]) for r in third["revoked"]] == [
        (first["key"], "compromised"), (card["key"], "replaced")]
    assert "stay valid" in answers.asked[-1]


def test_rename_signs_the_card_again(dialog, runtime):
    dialog, answers = dialog
    db = runtime.db
    set_up(dialog)
    first = card_of(db)
    dialog.rename_name.setText("Kakuma Digital Centre")
    dialog.rename_place.setText("Kakuma 3, Kenya")
    answers.passwords.append(None)  # the trainer pressed Cancel
    dialog.rename_button.click()
    assert centre.centre_card(db) == first
    answers.passwords.append(["wrong-password"])
    dialog.rename_button.click()
    assert dialog.status.text() == "That password does not open the centre's key."
    assert centre.centre_card(db) == first and trainer.centre_name(db) == "Kakuma Learning Centre"
    answers.passwords.append([PASSWORD])
    dialog.rename_button.click()
    card = card_of(db)
    assert (card["name"], card["place"], card["key"]) == ("Kakuma Digital Centre", "Kakuma 3, Kenya",
                                                         first["key"])
    assert centre.card_problem(card) is None
    assert trainer.centre_name(db) == "Kakuma Digital Centre"
    assert dialog.card_name.text() == "Kakuma Digital Centre"


def test_partner_centres_are_added_from_a_card_listed_and_removed(dialog, runtime, other_pc, tmp_path):
    dialog, answers = dialog
    db = runtime.db
    set_up(dialog)
    partner = centre.set_up(other_pc.db, "Nairobi Skills Hub", "Nairobi, Kenya", "other-pc-secret",
                            datetime(2026, 12, 1, 9, 0, tzinfo=UTC)).card
    card_file = tmp_path / "nairobi.json"
    card_file.write_text(json.dumps(partner), encoding="utf-8")
    tampered = tmp_path / "tampered.json"
    tampered.write_text(json.dumps({**partner, "name": "Someone Else"}), encoding="utf-8")
    answers.opened.append(tampered)
    dialog.add_partner_button.click()
    assert dialog.status.text() == \
        "This file is not a centre card, or it was changed after it was signed."
    assert len(centre.trusted_cards(db)) == 1
    own = tmp_path / "own.json"
    own.write_text(json.dumps(card_of(db)), encoding="utf-8")
    answers.opened.append(own)
    dialog.add_partner_button.click()
    assert dialog.status.text() == "This is the card of this centre. It is trusted already."
    answers.opened.append(card_file)
    dialog.add_partner_button.click()
    assert partner in centre.trusted_cards(db)
    rows = [dialog.partners.item(i).text() for i in range(dialog.partners.count())]
    assert len(rows) == 2 and any("Nairobi Skills Hub" in row and multibase.fingerprint(partner["key"])
                                  in row for row in rows)
    own_row = next(i for i, row in enumerate(rows) if "(this centre)" in row)
    dialog.partners.setCurrentRow(own_row)
    assert not dialog.remove_partner_button.isEnabled()  # this centre's own card stays
    dialog.partners.setCurrentRow(1 - own_row)
    assert dialog.remove_partner_button.isEnabled()
    dialog.remove_partner_button.click()
    assert partner not in centre.trusted_cards(db) and dialog.partners.count() == 1


def test_the_verifier_page_is_written_with_the_trusted_cards(dialog, runtime, other_pc, tmp_path,
                                                             monkeypatch):
    dialog, answers = dialog
    set_up(dialog)
    partner = centre.set_up(other_pc.db, "Nairobi Skills Hub", "", "other-pc-secret",
                            datetime(2026, 12, 1, 9, 0, tzinfo=UTC)).card
    centre.trust(runtime.db, partner)
    stub = tmp_path / "stub-verifier.html"
    stub.write_text(STUB, encoding="utf-8")
    monkeypatch.setattr(verifier_page, "verifier_source", lambda: stub)
    target = tmp_path / "verifier.html"
    answers.saved.append(target)
    dialog.verifier_button.click()
    page = target.read_text(encoding="utf-8")
    start = page.index('type="application/json">') + len('type="application/json">')
    cards = json.loads(page[start:page.index("</script>", start)])
    assert sorted(card["name"] for card in cards) == ["Kakuma Learning Centre", "Nairobi Skills Hub"]
    assert cards == centre.trusted_cards(runtime.db)
    assert page.endswith("<script>/* the verifier */</script></head><body></body></html>")
    # No verifier page in this copy of Tutor: said, nothing written.
    monkeypatch.setattr(verifier_page, "verifier_source", lambda: tmp_path / "none.html")
    answers.saved.append(tmp_path / "second.html")
    dialog.verifier_button.click()
    assert dialog.status.text() == \
        "The verifier page is missing from this copy of Tutor. Install Tutor again."
    assert not (tmp_path / "second.html").exists()


def test_the_shipped_verifier_page_takes_the_cards(dialog, runtime, tmp_path):
    dialog, answers = dialog
    set_up(dialog)
    target = tmp_path / "verifier.html"
    answers.saved.append(target)
    dialog.verifier_button.click()
    page = target.read_text(encoding="utf-8")
    assert json.dumps(card_of(runtime.db)["key"]) in page
    assert len(page) > len(verifier_page.verifier_source().read_text(encoding="utf-8"))


def test_the_real_password_question(dialog, runtime, tmp_path, on_modal):
    dialog, answers = dialog
    set_up(dialog)
    del dialog.ask_passwords  # the dialog's own question this time

    def type_password(prompt):
        field = prompt.findChild(QLineEdit, "centrePassword")
        assert field.echoMode() == QLineEdit.EchoMode.Password
        assert unnamed(prompt) == []
        field.setText(PASSWORD)
        prompt.accept()

    on_modal(type_password)
    backup = tmp_path / "key.tutorcentre"
    answers.saved.append(backup)
    dialog.backup_button.click()
    found = json.loads(backup.read_text(encoding="utf-8"))
    assert found["card"] == centre.centre_card(runtime.db)


def test_every_control_is_named_before_and_after_set_up(dialog):
    dialog, _answers = dialog
    assert unnamed(dialog) == []
    set_up(dialog)
    assert unnamed(dialog) == []


def outside(dialog: QWidget) -> list[str]:
    """Visible controls of the dialog that lie outside it (a tab's page scrolls)."""
    QApplication.processEvents()
    bounds = QRect(0, 0, dialog.width(), dialog.height())
    found = []
    for control in dialog.findChildren(QWidget):
        if not isinstance(control, (QAbstractButton, QLineEdit, QTabBar)) or not control.isVisible():
            continue
        parent = control.parentWidget()
        while parent is not None and not isinstance(parent, QAbstractScrollArea):
            parent = parent.parentWidget()
        if parent is not None and parent is not dialog:
            continue
        rect = QRect(control.mapTo(dialog, control.rect().topLeft()), control.size())
        if not bounds.contains(rect):
            found.append(control.objectName())
    return found


@pytest.mark.parametrize("language", ["en", "ar"])
def test_it_fits_a_lab_screen_in_large_text(qtbot, runtime, translations, tmp_path, qapp, language):
    translations.use(language)
    apply_text_size(qapp, "xlarge")
    trainer.set_password(runtime.db, PASSWORD)
    dialog, _answers = open_dialog(qtbot, runtime.db)
    hint = dialog.minimumSizeHint()
    assert hint.width() <= 1024 and hint.height() <= 600
    assert dialog.width() <= 1024 and dialog.height() <= 600
    assert dialog.isRightToLeft() == (language == "ar")
    for state in ("set up", "card"):
        for index in range(dialog.tabs.count()):
            dialog.tabs.setCurrentIndex(index)
            assert outside(dialog) == [], (state, index)
        dialog.grab().save(str(tmp_path / f"centre-{language}-{state}.png"))
        set_up(dialog)


def test_the_trainer_screen_opens_the_dialog(qtbot, window, runtime, on_modal):
    from tests.ui.test_trainer import fill_password

    on_modal(fill_password(PASSWORD, PASSWORD))
    window.picker.trainer_button.click()
    screen = window.trainer_screen
    button = screen.buttons["centre_key"]
    assert button.text() == "Centre and credentials" and button.accessibleName() == button.text()

    def set_up_there(dialog):
        assert isinstance(dialog, CentreDialog)
        dialog.setup_name.setText("Dadaab Training Centre")
        set_up(dialog)
        dialog.accept()

    on_modal(set_up_there)
    button.click()
    assert card_of(runtime.db)["name"] == "Dadaab Training Centre"
    assert screen.centre.text() == "Dadaab Training Centre"  # the screen's field follows


def test_a_lab_pc_is_certified_with_the_backup_and_keeps_no_key(qtbot, dialog, runtime, other_pc,
                                                                  tmp_path):
    """Issue #21, point 6: a lab PC signs its progress files in the centre's name without
    keeping the centre's key: certified once with the key's backup."""
    dialog, answers = dialog
    set_up(dialog)
    card = card_of(runtime.db)
    backup = tmp_path / "centre-key.tutorcentre"
    backup.write_bytes(centre.backup(runtime.db, PASSWORD))
    lab, on_lab = open_dialog(qtbot, other_pc.db)
    assert lab.certified.text() == "This computer is not certified yet."
    on_lab.opened.append(backup)
    on_lab.passwords.append(["not-the-password"])
    lab.certify_button.click()
    assert lab.status.text() == "That password does not open the centre's key."
    assert installation.certificate(other_pc.db) is None
    on_lab.opened.append(backup)
    on_lab.passwords.append([PASSWORD])
    lab.certify_button.click()
    certificate = installation.certificate(other_pc.db)
    assert certificate is not None and proof.check(certificate).did == card["key"]
    assert lab.certified.text() == "This computer is certified by Kakuma Learning Centre."
    assert centre.centre_card(other_pc.db) is None  # the key did not stay
    assert [c["centre"] for c in centre.trusted_cards(other_pc.db)] == [card["centre"]]
    assert lab.centre_stack.currentIndex() == 0
