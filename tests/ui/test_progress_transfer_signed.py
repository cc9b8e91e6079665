"""Loading a signed progress file says how many activities a centre vouched for, and how
many could not be checked and why."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from datetime import UTC, datetime, timedelta

from PySide6.QtWidgets import QWidget

from tutor import trainer
from tutor.credentials import centre, installation
from tutor.store.attempts import record_attempt
from tutor.store.db import open_database
from tutor.store.learners import create_learner
from tutor.store.progress_file import ImportSummary, export_learner
from tutor.ui.progress_transfer import ProgressTransfer, provenance_text

T0 = datetime(2026, 5, 4, 8, 0, tzinfo=UTC)


def kakuma_file(tmp_path, edited: int = 0):
    """Three attempts from Kakuma's certified PC; the first ``edited`` ones changed."""
    pc_a = open_database(f"sqlite:///{tmp_path / 'pc-a.sqlite3'}")
    try:
        trainer.set_password(pc_a, "trainer-secret")
        kakuma = centre.set_up(pc_a, "Kakuma Learning Centre", "Kakuma", "trainer-secret", T0)
        installation.certify(pc_a, kakuma, T0)
        amina = create_learner(pc_a, "Amina", "elephant", "en")
        for n in range(3):
            t = T0 + timedelta(minutes=n)
            record_attempt(pc_a, amina.id, "typing", f"e{n}", "typing-en", "1", t, t, 0.5, False,
                           metrics={"wpm": 20 + n})
        path = tmp_path / "amina.tutorprogress"
        export_learner(pc_a, amina.id, path)
    finally:
        pc_a.dispose()
    if edited:
        with zipfile.ZipFile(path) as archive:
            manifest = json.loads(archive.read("manifest.json"))
            lines = [json.loads(x) for x in archive.read("attempts.jsonl").decode().splitlines()]
        for line in lines[:edited]:
            line["passed"] = True
        data = "".join(json.dumps(line) + "\n" for line in lines).encode()
        manifest["sha256"] = hashlib.sha256(data).hexdigest()
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr("manifest.json", json.dumps(manifest))
            archive.writestr("attempts.jsonl", data)
        path.write_bytes(buffer.getvalue())
    return path, kakuma.card


def load(qtbot, db, path):
    parent = QWidget()
    qtbot.addWidget(parent)
    transfer = ProgressTransfer(parent)
    told: list[str] = []
    transfer.tell = told.append  # type: ignore[method-assign,assignment]
    transfer.choose_open_path = lambda: path  # type: ignore[method-assign]
    return transfer.load(db), told


def test_loading_says_what_was_checked_and_what_could_not_be(qtbot, tmp_path, db):
    path, card = kakuma_file(tmp_path, edited=1)
    centre.trust(db, card)
    summary, told = load(qtbot, db, path)
    assert summary is not None and summary.added == 3
    lines = told[-1].splitlines()
    assert lines[0] == "Welcome, Amina! Your progress is loaded: 3 activities."
    assert "Checked: signed at Kakuma Learning Centre: 2" in lines
    assert "Could not be checked (changed after it was signed): 1" in lines
    assert any("reports and certificates do not count them" in line for line in lines)


def test_on_a_pc_with_no_centre_nothing_is_said_of_checks(qtbot, tmp_path, db):
    path, _ = kakuma_file(tmp_path)
    summary, told = load(qtbot, db, path)
    assert summary is not None and summary.unverified == {installation.UNKNOWN_CENTRE: 3}
    assert told[-1] == "Welcome, Amina! Your progress is loaded: 3 activities."


def test_the_lines_for_a_trainers_import(qapp):
    import uuid

    summary = ImportSummary(uuid.uuid4(), "Amina", False, False, 0, 5,
                            verified={"Kakuma Learning Centre": 3, "Dadaab Centre": 1},
                            unverified={"unknown centre": 1}, now_verified=1)
    assert provenance_text(summary).splitlines() == [
        "Checked: signed at Dadaab Centre: 1",
        "Checked: signed at Kakuma Learning Centre: 3",
        "Could not be checked (from a centre this computer does not trust): 1",
        "Could not be checked before, and now checked: 1",
        "Activities that could not be checked stay in the learner's progress, but reports "
        "and certificates do not count them.",
    ]
