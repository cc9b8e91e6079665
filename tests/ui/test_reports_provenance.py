"""Reports and certificates count this PC's results and verified ones, and say in words
how many results brought from another computer could not be checked and were left out."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from datetime import UTC, datetime, timedelta

import pytest

from tests.ui.test_reports import pdf_text as pdf_layout
from tutor import trainer
from tutor.credentials import centre, installation
from tutor.store.attempts import record_attempt
from tutor.store.db import open_database
from tutor.store.learners import create_learner, get_learner
from tutor.store.progress_file import export_learner, import_progress, read_progress_file
from tutor.ui.reports import certificate_pdf, class_report_pdf, learner_report_pdf

T0 = datetime(2026, 5, 4, 8, 0, tzinfo=UTC)
LEFT_OUT = "Results brought from another computer that could not be checked, and are not counted here: 2"


def forge(path):
    """Two records of the file raised to 88 words per minute, the manifest's SHA-256
    computed again, as a forger would."""
    with zipfile.ZipFile(path) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        lines = [json.loads(line) for line in archive.read("attempts.jsonl").decode().splitlines()]
    for line in lines[:2]:
        line["metrics"] = {"wpm": 88, "accuracy": 100}
    data = "".join(json.dumps(line) + "\n" for line in lines).encode()
    manifest["sha256"] = hashlib.sha256(data).hexdigest()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("manifest.json", json.dumps(manifest))
        archive.writestr("attempts.jsonl", data)
    path.write_bytes(buffer.getvalue())


def pdf_text(path) -> str:
    """The PDF's words, with lines and columns joined by single spaces."""
    return " ".join(pdf_layout(path).split())


@pytest.fixture
def imported(runtime, tmp_path):
    """Amina's four typing results from Kakuma's PC (wpm 30, 31, 32, 33), two of them
    forged to 88, imported on this PC, which trusts Kakuma."""
    pc_a = open_database(f"sqlite:///{tmp_path / 'pc-a.sqlite3'}")
    try:
        trainer.set_password(pc_a, "trainer-secret")
        kakuma = centre.set_up(pc_a, "Kakuma Learning Centre", "Kakuma", "trainer-secret", T0)
        installation.certify(pc_a, kakuma, T0)
        amina = create_learner(pc_a, "Amina Yusuf", "elephant", "en")
        for n in range(4):
            t = T0 + timedelta(minutes=n)
            record_attempt(pc_a, amina.id, "typing", f"e{n}", "typing-en", "1", t, t, 1.0, True,
                           metrics={"wpm": 30 + n, "accuracy": 96.0})
        file = tmp_path / "amina.tutorprogress"
        export_learner(pc_a, amina.id, file)
    finally:
        pc_a.dispose()
    forge(file)
    trainer.set_centre_name(runtime.db, "Dadaab Centre")
    centre.trust(runtime.db, kakuma.card)
    summary = import_progress(runtime.db, read_progress_file(file), trusted=True)
    assert summary.unverified == {installation.EDITED: 2}
    return get_learner(runtime.db, amina.id)


def test_the_report_and_certificate_leave_unchecked_results_out_and_say_so(qapp, runtime, imported,
                                                                           tmp_path):
    totals = {s: runtime.catalogue.exercise_count(s, "en") for s in runtime.skills}
    # The best speed counted: 33 (of 32 and 33, the two verified), never the forged 88.
    report = pdf_text(learner_report_pdf(runtime.db, imported, runtime.skills, totals,
                                         tmp_path / "report.pdf"))
    assert "33.0 words per minute" in report and "88" not in report
    assert LEFT_OUT in report
    certificate = pdf_text(certificate_pdf(runtime.db, imported, runtime.skills, totals,
                                           tmp_path / "certificate.pdf"))
    assert "33.0 words per minute" in certificate and "88" not in certificate
    assert LEFT_OUT in certificate


def test_the_class_report_leaves_them_out_and_says_so(qapp, runtime, imported, tmp_path):
    totals = {s: 1 for s in runtime.skills}
    text = pdf_text(class_report_pdf(runtime.db, runtime.skills, totals, tmp_path / "class.pdf"))
    assert "Amina Yusuf" in text and "33.0" in text and "88" not in text
    assert "are not counted in this report (for all learners: 2)" in text


def test_a_report_with_nothing_left_out_says_nothing_of_it(qapp, runtime, tmp_path):
    amina = create_learner(runtime.db, "Amina Yusuf", "elephant", "en")
    record_attempt(runtime.db, amina.id, "typing", "e0", "typing-en", "1", T0, T0, 1.0, True,
                   metrics={"wpm": 30, "accuracy": 96.0})
    text = pdf_text(learner_report_pdf(runtime.db, amina, runtime.skills, {}, tmp_path / "r.pdf"))
    assert "30.0 words per minute" in text and "could not be checked" not in text
