"""Signed progress files (format 2): each attempt carries a proof by the installation that
recorded it, the manifest the installation's certificate by its centre; the importing
PC keeps, per attempt, whether a centre it trusts vouches for it, or why not. The PC that
imports (``db``) is SQLite and PostgreSQL in turn."""

from __future__ import annotations

import hashlib
import io
import json
import uuid
import zipfile
from datetime import UTC, datetime, timedelta

import nacl.exceptions
import nacl.signing
import pytest
import rfc8785
import sqlalchemy as sa
from alembic import command
from alembic.config import Config

from tutor import trainer
from tutor.credentials import centre, installation, multibase
from tutor.store.attempts import attempts_of, record_attempt
from tutor.store.db import MIGRATIONS, SCHEMA_HEAD, open_database
from tutor.store.learners import create_learner
from tutor.store.models import Attempt
from tutor.store.overview import BestMetric, class_overview
from tutor.store.progress_file import (
    FORMAT_VERSION,
    describe,
    export_learner,
    import_progress,
    parse_progress_bytes,
    read_progress_file,
)

T0 = datetime(2026, 5, 4, 8, 0, tzinfo=UTC)
PASSWORD = "trainer-secret"
SPEED = BestMetric("typing", "wpm", "accuracy")


@pytest.fixture
def pc_a(tmp_path):
    """Kakuma's PC: the centre is set up here and this installation is certified."""
    database = open_database(f"sqlite:///{tmp_path / 'pc-a.sqlite3'}")
    trainer.set_password(database, PASSWORD)
    kakuma = centre.set_up(database, "Kakuma Learning Centre", "Kakuma, Kenya", PASSWORD, T0)
    installation.certify(database, kakuma, T0)
    database.kakuma = kakuma  # type: ignore[attr-defined]  # (the test's handle on it)
    yield database
    database.dispose()


@pytest.fixture
def amina(pc_a):
    """Six typing attempts: wpm 20, 21, ..., 25; scores 0.5, 0.6, ..., 1.0."""
    learner = create_learner(pc_a, "Amina Yusuf", "elephant", "en")
    for n in range(6):
        t = T0 + timedelta(minutes=10 * n)
        record_attempt(pc_a, learner.id, "typing", f"lesson-{n}", "typing-en", "1.0", t,
                       t + timedelta(minutes=3), 0.5 + n / 10, n >= 2,
                       metrics={"wpm": 20 + n, "accuracy": 95.5}, details={"typed": "fjfj é"})
    return learner


@pytest.fixture
def good_file(tmp_path, pc_a, amina):
    path = tmp_path / "amina.tutorprogress"
    assert export_learner(pc_a, amina.id, path).attempts == 6
    return path


def members_of(path):
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def rewrite(path, change_lines=None, change_manifest=None):
    """What a forger does: change attempts.jsonl and compute the manifest's SHA-256 again."""
    members = members_of(path)
    lines = [json.loads(line) for line in members["attempts.jsonl"].decode().splitlines()]
    if change_lines:
        change_lines(lines)
    data = "".join(json.dumps(line, sort_keys=True) + "\n" for line in lines).encode()
    manifest = json.loads(members["manifest.json"])
    manifest["sha256"] = hashlib.sha256(data).hexdigest()
    if change_manifest:
        change_manifest(manifest)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", json.dumps(manifest))
        archive.writestr("attempts.jsonl", data)
    path.write_bytes(buffer.getvalue())
    return path


def provenances(db, learner_id):
    return {a.exercise_id: a.provenance for a in attempts_of(db, learner_id)}


def test_a_file_from_a_trusted_centre_is_verified_record_by_record(db, pc_a, amina, good_file):
    manifest = json.loads(members_of(good_file)["manifest.json"])
    assert manifest["format_version"] == FORMAT_VERSION == 2
    assert [c["key"] for c in manifest["certificates"]] == [installation.installation_did(pc_a)]
    centre.trust(db, pc_a.kakuma.card)
    summary = import_progress(db, read_progress_file(good_file), trusted=True)
    assert summary.added == 6
    assert (summary.verified, summary.unverified) == ({"Kakuma Learning Centre": 6}, {})
    kept = provenances(db, amina.id)
    assert len(kept) == 6 and all(p["verified"] for p in kept.values())
    one = kept["lesson-0"]
    assert one["centre"] == pc_a.kakuma.card["centre"]
    assert one["centreName"] == "Kakuma Learning Centre"
    assert one["installation"] == installation.installation_id(pc_a)
    assert one["certificate"] == installation.certificate(pc_a)
    assert describe(summary)["attempts_verified"] == {"Kakuma Learning Centre": 6}
    # This PC's own attempts have no provenance: NULL in the database.
    assert all(a.provenance is None for a in attempts_of(pc_a, amina.id))
    again = import_progress(db, read_progress_file(good_file), trusted=True)
    assert (again.added, again.already, again.now_verified) == (0, 6, 0)


def test_one_score_changed_by_a_forger_is_flagged_and_the_others_verified(db, pc_a, amina, good_file):
    def cheat(lines):
        lines[0]["score"] = 1.0  # was 0.5
        lines[0]["passed"] = True

    rewrite(good_file, cheat)
    centre.trust(db, pc_a.kakuma.card)
    summary = import_progress(db, read_progress_file(good_file), trusted=True)
    assert summary.added == 6  # the file is read: the record is kept, and marked
    assert summary.verified == {"Kakuma Learning Centre": 5}
    assert summary.unverified == {installation.EDITED: 1}
    kept = provenances(db, amina.id)
    assert kept["lesson-0"] == {"verified": False, "why": "edited"}
    assert all(kept[f"lesson-{n}"]["verified"] for n in range(1, 6))


def test_a_file_from_a_centre_not_trusted_is_unverified(db, good_file):
    summary = import_progress(db, read_progress_file(good_file), trusted=True)
    assert summary.verified == {} and summary.unverified == {installation.UNKNOWN_CENTRE: 6}


def test_a_centre_key_revoked_as_compromised_unverifies_its_pcs(db, pc_a, good_file):
    later = datetime.now(UTC) + timedelta(hours=1)
    replaced = centre.replace_key(pc_a, PASSWORD, "compromised", later)
    centre.trust(db, replaced.card)  # the newer card, with the old key withdrawn
    summary = import_progress(db, read_progress_file(good_file), trusted=True)
    assert summary.unverified == {installation.REVOKED: 6}


def test_a_centre_key_replaced_after_the_certificate_still_vouches(db, pc_a, good_file):
    replaced = centre.replace_key(pc_a, PASSWORD, "replaced", datetime.now(UTC))
    centre.trust(db, replaced.card)
    summary = import_progress(db, read_progress_file(good_file), trusted=True)
    assert summary.verified == {"Kakuma Learning Centre": 6}


def test_a_version_1_file_still_imports_as_unsigned(db, pc_a, amina, good_file):
    def strip(lines):
        for line in lines:
            line.pop("proof")

    def version_1(manifest):
        manifest["format_version"] = 1
        manifest.pop("certificates")

    rewrite(good_file, strip, version_1)
    centre.trust(db, pc_a.kakuma.card)
    summary = import_progress(db, read_progress_file(good_file), trusted=True)
    assert summary.added == 6 and summary.unverified == {installation.UNSIGNED: 6}


def test_a_proof_left_in_a_version_1_file_is_not_taken_for_one(db, pc_a, good_file):
    rewrite(good_file, change_manifest=lambda m: m.update(format_version=1))
    centre.trust(db, pc_a.kakuma.card)
    summary = import_progress(db, read_progress_file(good_file), trusted=True)
    assert summary.unverified == {installation.UNSIGNED: 6}


def test_a_record_signature_checks_with_libsodium_over_the_same_hash_data(pc_a, good_file):
    """hashData by hand from the spec: SHA-256 of the canonical proof options (the record
    has no @context), then SHA-256 of the canonical record without its proof. libsodium
    (PyNaCl) checks the installation's signature, and the certificate's by the centre."""
    members = members_of(good_file)
    record = json.loads(members["attempts.jsonl"].decode().splitlines()[0])
    signed_proof = record.pop("proof")
    options = {k: v for k, v in signed_proof.items() if k != "proofValue"}
    hash_data = (hashlib.sha256(rfc8785.dumps(options)).digest()
                 + hashlib.sha256(rfc8785.dumps(record)).digest())
    assert len(hash_data) == 64
    did = signed_proof["verificationMethod"].split("#")[0]
    assert did == installation.installation_did(pc_a)
    signature = multibase.from_multibase(signed_proof["proofValue"])
    nacl.signing.VerifyKey(multibase.public_key(did)).verify(hash_data, signature)
    record["score"] = 1.0
    changed = (hashlib.sha256(rfc8785.dumps(options)).digest()
               + hashlib.sha256(rfc8785.dumps(record)).digest())
    with pytest.raises(nacl.exceptions.BadSignatureError):
        nacl.signing.VerifyKey(multibase.public_key(did)).verify(changed, signature)
    # The certificate in the manifest: signed by the centre's key, checked the same way.
    cert = json.loads(members["manifest.json"])["certificates"][0]
    cert_proof = cert.pop("proof")
    cert_options = {k: v for k, v in cert_proof.items() if k != "proofValue"}
    nacl.signing.VerifyKey(multibase.public_key(pc_a.kakuma.did)).verify(
        hashlib.sha256(rfc8785.dumps(cert_options)).digest()
        + hashlib.sha256(rfc8785.dumps(cert)).digest(),
        multibase.from_multibase(cert_proof["proofValue"]))


def test_verified_attempts_travel_on_with_their_proofs_and_unverified_ones_without(
        db, tmp_path, pc_a, amina, good_file):
    """Kakuma's file (one score forged) goes to a PC of another centre, which trusts
    Kakuma; that PC's file goes on to a third PC that trusts Kakuma: Kakuma's five
    genuine attempts are still Kakuma's, the forged one is unsigned (the middle PC did
    not vouch for it), and the middle PC's own attempt is signed by the middle PC."""
    rewrite(good_file, lambda lines: lines[0].update(score=1.0))
    trainer.set_password(db, "dadaab-secret")
    dadaab = centre.set_up(db, "Dadaab Centre", "Dadaab, Kenya", "dadaab-secret", T0)
    installation.certify(db, dadaab, T0)
    centre.trust(db, pc_a.kakuma.card)
    import_progress(db, read_progress_file(good_file), trusted=True)
    t = T0 + timedelta(days=1)
    record_attempt(db, amina.id, "typing", "lesson-9", "typing-en", "1.0", t, t, 0.9, True,
                   metrics={"wpm": 30, "accuracy": 97.0})
    onward = tmp_path / "onward.tutorprogress"
    export_learner(db, amina.id, onward)
    assert len(json.loads(members_of(onward)["manifest.json"])["certificates"]) == 2
    third = open_database(f"sqlite:///{tmp_path / 'third.sqlite3'}")
    try:
        centre.trust(third, pc_a.kakuma.card)
        centre.trust(third, dadaab.card)
        summary = import_progress(third, read_progress_file(onward), trusted=True)
        assert summary.verified == {"Kakuma Learning Centre": 5, "Dadaab Centre": 1}
        assert summary.unverified == {installation.UNSIGNED: 1}
        kept = provenances(third, amina.id)
        assert kept["lesson-1"]["installation"] == installation.installation_id(pc_a)
        assert kept["lesson-9"]["installation"] == installation.installation_id(db)
    finally:
        third.dispose()


def test_a_verified_copy_replaces_an_unverified_one(db, tmp_path, pc_a, amina, good_file):
    genuine = tmp_path / "genuine.tutorprogress"
    genuine.write_bytes(good_file.read_bytes())
    rewrite(good_file, lambda lines: lines[0].update(score=1.0))
    centre.trust(db, pc_a.kakuma.card)
    import_progress(db, read_progress_file(good_file), trusted=True)
    assert {a.exercise_id: a.score for a in attempts_of(db, amina.id)}["lesson-0"] == 1.0
    summary = import_progress(db, read_progress_file(genuine), trusted=True)
    assert (summary.added, summary.already, summary.now_verified) == (0, 6, 1)
    row = {a.exercise_id: a for a in attempts_of(db, amina.id)}["lesson-0"]
    assert row.score == 0.5 and (row.provenance or {})["verified"]  # the figures as recorded
    # And an unverified copy never touches a verified attempt.
    again = import_progress(db, read_progress_file(good_file), trusted=True)
    assert again.now_verified == 0
    assert {a.exercise_id: a.score for a in attempts_of(db, amina.id)}["lesson-0"] == 0.5


def test_the_class_figures_for_reports_leave_unverified_attempts_out(db, pc_a, amina, good_file):
    """The forger raised the slowest attempt (wpm 20) to 99 words per minute. Worked
    example: all six attempts of the file, the forged one unverified, plus one of this
    PC's (wpm 22, failed). On the trainer's screen: 7 tries, best 99 (counted as
    before). For reports: 6 tries (7 - 1), best 25 (the best of 21..25 and 22), 1 left
    out; passed: lesson-2..5 and the forged lesson-0 (passed=True) -> 5 on the screen,
    4 in reports."""
    rewrite(good_file, lambda lines: lines[0].update(passed=True, metrics={"wpm": 99, "accuracy": 100}))
    centre.trust(db, pc_a.kakuma.card)
    import_progress(db, read_progress_file(good_file), trusted=True)
    t = T0 + timedelta(days=2)
    record_attempt(db, amina.id, "typing", "lesson-7", "typing-en", "1.0", t, t, 0.2, False,
                   metrics={"wpm": 22, "accuracy": 80.0})
    screen = {row.id: row for row in class_overview(db, SPEED)}[amina.id]
    assert (screen.skills["typing"].attempts, screen.skills["typing"].passed) == (7, 5)
    assert (screen.best_wpm, screen.unverified, screen.left_out) == (99, 1, 0)
    report = {row.id: row for row in class_overview(db, SPEED, verified_only=True)}[amina.id]
    assert (report.skills["typing"].attempts, report.skills["typing"].passed) == (6, 4)
    assert (report.best_wpm, report.best_accuracy, report.unverified, report.left_out) == (25, 95.5, 1, 1)


def test_too_many_certificates_are_refused(good_file):
    def flood(manifest):
        manifest["certificates"] = manifest["certificates"] * 101

    rewrite(good_file, change_manifest=flood)
    from tutor.store.progress_file import ProgressFileError

    with pytest.raises(ProgressFileError):
        parse_progress_bytes(good_file.read_bytes(), "x.tutorprogress")


def test_the_migration_gives_existing_attempts_no_provenance(db):
    """A database at revision 0002 with a learner and an attempt is migrated: the attempt
    is kept, as this PC's (no provenance), and a setting may now hold more than 1,000
    characters (PostgreSQL checked the old length)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with db.engine.execution_options(sqlite_begin="IMMEDIATE").begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0002")
    assert db.schema_version() == "0002"
    meta = sa.MetaData()
    learners = sa.Table("learners", meta, *(sa.Column(n, t) for n, t in (
        ("id", sa.Uuid()), ("display_name", sa.String()), ("picture", sa.String()),
        ("ui_language", sa.String()), ("keyboard_layout", sa.String()), ("text_size", sa.String()),
        ("settings", sa.JSON()), ("created_at", sa.DateTime(timezone=True)),
        ("updated_at", sa.DateTime(timezone=True)), ("archived", sa.Boolean()))))
    attempts = sa.Table("attempts", meta, *(sa.Column(n, t) for n, t in (
        ("id", sa.Uuid()), ("learner_id", sa.Uuid()), ("skill", sa.String()),
        ("exercise_id", sa.String()), ("pack_id", sa.String()), ("pack_version", sa.String()),
        ("started_at", sa.DateTime(timezone=True)), ("finished_at", sa.DateTime(timezone=True)),
        ("score", sa.Float()), ("passed", sa.Boolean()), ("metrics", sa.JSON()),
        ("details", sa.JSON()))))
    learner, attempt = uuid.uuid4(), uuid.uuid4()
    with db.engine.begin() as conn:
        conn.execute(learners.insert().values(
            id=learner, display_name="Amina", picture="sun", ui_language="sw",
            keyboard_layout="us", text_size="normal", settings={}, created_at=T0, updated_at=T0,
            archived=False))
        conn.execute(attempts.insert().values(
            id=attempt, learner_id=learner, skill="typing", exercise_id="fj", pack_id="typing-sw",
            pack_version="1.0", started_at=T0, finished_at=T0, score=1.0, passed=True,
            metrics={"wpm": 12}, details={}))
    with db.engine.execution_options(sqlite_begin="IMMEDIATE").begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")  # as Database.migrate does
    assert db.schema_version() == SCHEMA_HEAD
    with db.reading() as session:
        kept = session.get(Attempt, attempt)
        assert kept is not None and kept.metrics == {"wpm": 12} and kept.provenance is None
        assert session.scalar(sa.select(sa.func.count()).select_from(Attempt)
                              .where(Attempt.provenance.is_(None))) == 1
    from tutor.store.app_settings import get_setting, set_setting

    set_setting(db, "long", "x" * 5000)
    assert get_setting(db, "long") == "x" * 5000
