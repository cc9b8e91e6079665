"""The trainer's "Credentials" for a learner: the assessments listed, a credential made
only for a passed, confirmed one, saved as a certificate PDF, a badge PNG, the .json and
its keystroke log, each of which verifies; reached from the trainer's screen through the
registry."""

from __future__ import annotations

import json
import subprocess
from datetime import timedelta

import pytest
from PySide6.QtWidgets import QPushButton

from tests.skills.assessment.test_credential import PASSWORD, START, typed_run
from tutor import trainer
from tutor.credentials import carriers, centre, evidence, verify
from tutor.credentials.verify import Verdict
from tutor.skills.assessment.view_credentials import CredentialsDialog
from tutor.store.attempts import save_attempt
from tutor.store.learners import create_learner
from tutor.ui.trainer_view import TrainerContext


@pytest.fixture
def amina(runtime):
    learner = create_learner(runtime.db, "Amina Yusuf", "sun", "fr")
    confirmed = typed_run()
    save_attempt(runtime.db, learner.id, confirmed.attempt(START + timedelta(minutes=5), True))
    unconfirmed = typed_run(seed=9)
    save_attempt(runtime.db, learner.id, unconfirmed.attempt(START + timedelta(days=1), False))
    return learner, confirmed


def dialog_for(qtbot, runtime, learner) -> CredentialsDialog:
    dialog = CredentialsDialog(TrainerContext(runtime.db, runtime.catalogue, runtime.skills, learner))
    qtbot.addWidget(dialog)
    return dialog


def test_a_credential_is_made_for_the_confirmed_test_only(qtbot, runtime, amina, tmp_path):
    learner, run = amina
    trainer.set_password(runtime.db, PASSWORD)
    tmp_path = tmp_path / "stick"
    tmp_path.mkdir()
    dialog = dialog_for(qtbot, runtime, learner)
    assert dialog.table.rowCount() == 2
    assert not dialog.make.isEnabled()  # no centre key yet
    assert "centre" in dialog.why.text().lower()
    centre.set_up(runtime.db, "Kakuma Learning Centre", "Kakuma, Kenya", PASSWORD, START)
    dialog.refresh()
    # newest first: the unconfirmed one of the next day
    assert not dialog.make.isEnabled() and "confirm" in dialog.why.text()
    dialog.table.selectRow(1)
    assert dialog.make.isEnabled() and dialog.why.text() == ""
    dialog.ask_password = lambda: "wrong password"
    dialog.choose_folder = lambda: tmp_path
    dialog.make.click()
    assert "password" in dialog.status.text() and list(tmp_path.iterdir()) == []
    dialog.ask_password = lambda: PASSWORD
    dialog.make.click()
    names = sorted(p.name for p in tmp_path.iterdir())
    stem = "Amina Yusuf - Typing test 5 minutes - 2026-12-06"
    assert names == sorted(f"{stem}{suffix}" for suffix in (".json", ".evidence.json", ".png", ".pdf"))
    cards = [centre.centre_card(runtime.db)]
    for suffix in (".json", ".png", ".pdf"):
        data = (tmp_path / f"{stem}{suffix}").read_bytes()
        result = verify.verify_bytes(data, cards, START + timedelta(days=2))
        assert result.verdict is Verdict.VALID, suffix
    pdf = (tmp_path / f"{stem}.pdf").read_bytes()
    log = json.loads(carriers.files_in_pdf(pdf)["evidence.json"])
    assert evidence.digest(log) == evidence.digest(run.log)
    # The certificate is in the learner's language (French) and says who, what, how much.
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / f"{stem}.pdf"), "-"],
                          capture_output=True, text=True, check=True).stdout
    # (60,0: the figures are written as French writes them; the credential keeps "60.0")
    assert "Amina Yusuf" in text and "60,0" in text and "Kakuma Learning Centre" in text


def test_the_trainers_screen_opens_it_for_the_chosen_learner(qtbot, amina, trainer_screen, on_modal):
    screen, _told = trainer_screen
    screen.refresh()
    button = screen.findChild(QPushButton, "trainer_learner_assessment")
    assert button is not None and button.accessibleName() == "Credentials"
    opened = []
    on_modal(lambda d: (opened.append(d.learner.display_name), d.accept()))
    row = next(i for i, r in enumerate(screen.rows) if r.name == "Amina Yusuf")
    screen.table.selectRow(row)
    button.click()
    assert opened == ["Amina Yusuf"]


def test_the_printed_certificates_qr_code_reads_back_as_the_credential(qtbot, runtime, amina, tmp_path):
    """The certificate's page rendered at 150 dpi (a print, or a phone's photo of it) and
    its QR code read by ZXing: it carries the whole credential, which verifies."""
    import numpy
    import zxingcpp
    from PySide6.QtGui import QImage

    from tutor.skills.assessment import credential as issuing
    from tutor.skills.assessment.model import CONTEXT
    from tutor.ui.credential_files import certificate_pdf

    learner, run = amina
    trainer.set_password(runtime.db, PASSWORD)
    kakuma = centre.set_up(runtime.db, "Kakuma Learning Centre", "Kakuma, Kenya", PASSWORD, START)
    attempt = run.attempt(START + timedelta(minutes=5), True)
    result = issuing.Result(attempt.skill, attempt.exercise_id, attempt.finished_at, attempt.passed,
                            attempt.details, None)
    credential = issuing.issue(kakuma, "Amina Yusuf", result, START + timedelta(minutes=6))
    pdf = certificate_pdf(credential, run.log, tmp_path / "certificate.pdf", "ar", CONTEXT)
    subprocess.run(["pdftoppm", "-png", "-r", "150", "-singlefile", str(pdf), str(tmp_path / "page")],
                   check=True, timeout=60)
    assert not (tmp_path / "page-2.png").exists()  # one page
    image = QImage(str(tmp_path / "page.png")).convertToFormat(QImage.Format.Format_Grayscale8)
    pixels = numpy.array(image.constBits(), dtype=numpy.uint8).reshape(image.height(), image.bytesPerLine())
    found = [code.text for code in zxingcpp.read_barcodes(pixels[:, :image.width()])]
    assert len(found) == 1 and found[0].startswith("TVC1:")
    assert json.loads(carriers.from_qr_text(found[0])) == credential
    checked = verify.verify_bytes(found[0].encode(), [kakuma.card], START + timedelta(days=1))
    assert checked.verdict is Verdict.VALID


def test_the_skills_dialogs_are_in_one_menu_so_the_table_keeps_its_rows(qtbot, amina, trainer_screen,
                                                                        on_modal):
    """At 1024x600 the trainer's table must show rows: the skills' own dialogs for a
    learner are actions of one menu button, each opening its dialog."""
    screen, _told = trainer_screen
    screen.window().resize(1024, 600)
    screen.refresh()
    menu = screen.learner_menu_button.menu()
    names = [action.text() for action in menu.actions()]
    assert "Credentials" in names and "Start an assessment" in names and "Typing thresholds" in names
    assert not screen.buttons["learner:assessment"].isVisible()
    assert screen.learner_menu_button.isVisible()
    row = next(i for i, r in enumerate(screen.rows) if r.name == "Amina Yusuf")
    screen.table.selectRow(row)
    opened = []
    on_modal(lambda d: (opened.append(type(d).__name__), d.accept()))
    next(a for a in menu.actions() if a.text() == "Credentials").trigger()
    assert opened == ["CredentialsDialog"]
    qtbot.wait(50)
    assert screen.table.viewport().height() >= 5 * screen.table.verticalHeader().defaultSectionSize()
