"""PDF reports and certificates: written, readable, in the learner's language."""

import shutil
import subprocess
import sys
import unicodedata
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tutor import trainer
from tutor.store.attempts import record_attempt
from tutor.store.learners import create_learner
from tutor.ui.reports import certificate_pdf, class_report_pdf, learner_report_pdf

ROOT = Path(__file__).parents[2]


def pdf_text(path):
    if shutil.which("pdftotext") is None:
        pytest.fail("pdftotext is needed (Debian's poppler-utils): run ./dev.sh test")
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    return unicodedata.normalize("NFKC", text)  # "ﬁ" ligatures back to "fi"


@pytest.fixture
def learners(runtime):
    trainer.set_centre_name(runtime.db, "Kakuma Learning Centre")
    amina = create_learner(runtime.db, "Amina Yusuf", "elephant", "fr")
    now = datetime.now(UTC)
    for n in range(3):
        record_attempt(runtime.db, amina.id, "typing", f"e{n}", "typing-fr", "1", now, now,
                       1.0, True, metrics={"wpm": 21.5 + n, "accuracy": 96.0})
    return amina


def test_learner_report_and_certificate_in_the_learners_language(qapp, runtime, learners, tmp_path):
    totals = {s: runtime.catalogue.exercise_count(s, "fr") for s in runtime.skills}
    report = learner_report_pdf(runtime.db, learners, runtime.skills, totals,
                                tmp_path / "report.pdf")
    text = pdf_text(report)
    assert "Amina Yusuf" in text and "Kakuma Learning Centre" in text
    assert "23.5" in text  # the best speed
    certificate = certificate_pdf(runtime.db, learners, runtime.skills, totals,
                                  tmp_path / "certificate.pdf")
    text = pdf_text(certificate)
    assert "Amina Yusuf" in text
    assert "Attestation de réussite" in text  # in the learner's language, French
    assert "Certificate of achievement" not in text
    assert report.stat().st_size > 1000


def test_class_report_from_the_command_line(runtime, learners, tmp_path, monkeypatch):
    from tutor import trainer

    trainer.set_password(runtime.db, "kakuma-2026")
    monkeypatch.setenv("TUTOR_TRAINER_PASSWORD", "kakuma-2026")
    out = tmp_path / "class.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "tutor", "--data-dir", str(runtime.location.path), "report",
         "--format", "pdf", "--out", str(out)], cwd=ROOT, capture_output=True, text=True,
        timeout=60, env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert "Amina Yusuf" in pdf_text(out)
    csv_out = tmp_path / "class.csv"
    result = subprocess.run(
        [sys.executable, "-m", "tutor", "--data-dir", str(runtime.location.path), "report",
         "--format", "csv", "--out", str(csv_out)], cwd=ROOT, capture_output=True, text=True,
        timeout=60)
    assert result.returncode == 0, result.stderr
    assert "Amina Yusuf" in csv_out.read_text(encoding="utf-8-sig")


def test_class_report_in_arabic_is_written(qapp, runtime, learners, tmp_path):
    totals = {s: 1 for s in runtime.skills}
    out = class_report_pdf(runtime.db, runtime.skills, totals, tmp_path / "ar.pdf", "ar")
    assert "Amina Yusuf" in pdf_text(out)


def test_the_progress_report_shows_the_placements_levels(qapp, runtime, learners, tmp_path):
    from tutor.attempt import FinishedAttempt
    from tutor.store.attempts import save_attempt

    skills = ["basics", "typing", "email", "sheets", "coding"]
    when = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
    save_attempt(runtime.db, learners.id, FinishedAttempt(
        "placement", "placement", "1", "placement", when, when, 1.0, True,
        metrics={"levels": dict(zip(skills, (3, 1, 0, 2, 0), strict=True)),
                 "asked": dict.fromkeys(skills, 2), "stopped_early": False},
        details={"skills": skills, "top_levels": dict(zip(skills, (4, 4, 4, 4, 0),
                                                          strict=True)),
                 "work": "data-entry", "items": []}))
    totals = {s: 1 for s in runtime.skills}
    text = " ".join(pdf_text(learner_report_pdf(runtime.db, learners, runtime.skills, totals,
                                                tmp_path / "report.pdf")).split())
    # In Amina's language, French: each skill's level, the one not checked, the work.
    assert "Niveaux trouvés par le positionnement du lundi 2 novembre 2026" in text
    assert "Bases de l'ordinateur 3 sur 4" in text
    assert "Taper au clavier 1 sur 4" in text
    assert "sous le niveau 1" in text and "non vérifié" in text
    assert "Métier choisi Saisie de données et tâches en ligne" in text
