"""From a supervised assessment to a credential, its files, and ``tutor verify``: the
credential states the result the keystroke log replays to; a changed log, a log of a
machine, and every refusal (not passed, not confirmed, not done here) are caught."""

from __future__ import annotations

import copy
import json
import math
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tutor import cli, trainer
from tutor.credentials import carriers, centre, evidence, evidence_check, results, verify
from tutor.credentials.verify import Verdict
from tutor.skills.assessment import credential as issuing
from tutor.skills.assessment.definitions import TYPING_TEXT, assessment
from tutor.skills.assessment.engine import AssessmentRun

START = datetime(2026, 12, 6, 10, 0, tzinfo=UTC)
PASSWORD = "trainer-secret"


def typed_run(gap_ms: float = 170, spread: float = 0.35, characters: int = 1500,
              seed: int = 4) -> AssessmentRun:
    """A typing test: ``characters`` of the text typed at a person's pace (log-normal
    gaps around ``gap_ms``), then the five minutes run out."""
    definition = assessment("typing-5min")
    assert definition is not None
    run = AssessmentRun(definition, START, "Grace Banda")
    rng = random.Random(seed)
    ms = 0
    for char in TYPING_TEXT[:characters]:
        ms += max(1, int(rng.lognormvariate(math.log(gap_ms), spread))) if spread else int(gap_ms)
        run.record(ms, "key", char)
    run.tick(300_000)
    return run


def result_of(run: AssessmentRun, confirmed: bool = True, provenance=None) -> issuing.Result:
    attempt = run.attempt(START + timedelta(minutes=5), confirmed)
    return issuing.Result(attempt.skill, attempt.exercise_id, attempt.finished_at, attempt.passed,
                          attempt.details, provenance)


@pytest.fixture
def kakuma(db):
    trainer.set_password(db, PASSWORD)
    return centre.set_up(db, "Kakuma Learning Centre", "Kakuma, Kenya", PASSWORD, START)


def test_a_passed_confirmed_typing_test_gets_a_credential_stating_its_figures(kakuma):
    run = typed_run()
    result = result_of(run)
    credential = issuing.issue(kakuma, "Amina Yusuf", result, START + timedelta(minutes=6))
    # 1,500 characters in 5 minutes: 1,500 / 5 / 5 = 60 gross words a minute, no error.
    assert results.stated_results(credential) == {
        "net_wpm": "60.0", "errors": "0", "gross_wpm": "60.0", "accuracy": "100.0"}
    achievement = credential["credentialSubject"]["achievement"]
    assert achievement["id"] == "urn:tutor:assessment:typing-5min:1"
    assert "at most 3 errors" in achievement["criteria"]["narrative"]
    assert credential["evidence"][0]["id"] == evidence.digest(run.log)
    later = START + timedelta(days=1)
    assert verify.verify_credential(credential, [kakuma.card], later).verdict is Verdict.VALID
    report = evidence_check.check_for(credential, b"{}", Path("x.json"), None)
    assert not report.ok and "no keystroke log found" in report.lines[0]


def test_refusals(kakuma):
    assert issuing.refusal(result_of(typed_run(), confirmed=False)) == issuing.NOT_CONFIRMED
    assert issuing.refusal(result_of(typed_run(), provenance={"verified": True})) == issuing.NOT_HERE
    # 400 characters in 5 minutes: 16 words a minute, below the 40 of the rule
    slow = result_of(typed_run(characters=400))
    assert not slow.passed and issuing.refusal(slow) == issuing.NOT_PASSED
    with pytest.raises(ValueError):
        issuing.issue(kakuma, "Amina", slow, START)
    other = issuing.Result("typing", "home-row", START, True, {}, None)
    assert issuing.refusal(other) == issuing.NOT_AN_ASSESSMENT


def _write(tmp_path: Path, credential: dict, log: dict | None) -> Path:
    path = tmp_path / "amina.json"
    path.write_text(json.dumps(credential), encoding="utf-8")
    if log is not None:
        (tmp_path / "amina.evidence.json").write_text(json.dumps(log), encoding="utf-8")
    return path


def test_the_evidence_replays_to_the_stated_result_and_a_changed_log_is_caught(kakuma, tmp_path):
    run = typed_run()
    credential = issuing.issue(kakuma, "Amina Yusuf", result_of(run), START)
    path = _write(tmp_path, credential, run.log)
    report = evidence_check.check_for(credential, path.read_bytes(), path, None)
    assert report.ok, report.lines
    assert "the one the credential names" in report.lines[0]
    assert any("net_wpm 60.0" in line for line in report.lines)
    changed = copy.deepcopy(run.log)
    changed["events"][10][0] += 1  # one key a millisecond later
    _write(tmp_path, credential, changed)
    report = evidence_check.check_for(credential, path.read_bytes(), path, None)
    assert not report.ok and "is NOT the one" in report.lines[0]


def test_a_machines_typing_is_flagged(kakuma, tmp_path):
    """Keys 5 ms apart, all the same: faster than fingers and a machine's rhythm. The
    centre would not certify it (the trainer watched...), but if it did, the replay
    flags it."""
    run = typed_run(gap_ms=5, spread=0)
    credential = issuing.issue(kakuma, "Amina Yusuf", result_of(run), START)
    path = _write(tmp_path, credential, run.log)
    report = evidence_check.check_for(credential, path.read_bytes(), path, None)
    assert not report.ok
    flagged = "\n".join(report.lines)
    assert "faster than fingers" in flagged and "machine's rhythm" in flagged


def test_tutor_verify_on_the_command_line(kakuma, db, data_dir, tmp_path, capsys):
    run = typed_run()
    credential = issuing.issue(kakuma, "Amina Yusuf", result_of(run), datetime.now(UTC))
    path = _write(tmp_path, credential, run.log)
    card = tmp_path / "kakuma-card.json"
    card.write_text(json.dumps(kakuma.card), encoding="utf-8")
    elsewhere = str(tmp_path / "employer")  # an employer's PC: trusts nothing yet
    assert cli.main(["--data-dir", elsewhere, "verify", str(path)]) == cli.EXIT_PROBLEMS
    assert "Unknown centre" in capsys.readouterr().out
    assert cli.main(["--data-dir", elsewhere, "verify", "--centre", str(card), str(path),
                     "--evidence"]) == cli.EXIT_OK
    out = capsys.readouterr().out
    assert out.startswith("Valid: Kakuma Learning Centre signed")
    assert "learner:     Amina Yusuf" in out and "Net words per minute: 60.0" in out
    assert "nothing a human hand does not do" in out
    # the centre's own PC trusts its own card
    assert cli.main(["--data-dir", str(data_dir), "verify", str(path)]) == cli.EXIT_OK
    capsys.readouterr()
    tampered = tmp_path / "tampered.json"
    tampered.write_text(json.dumps(credential).replace("Amina Yusuf", "Amina Yusef"), encoding="utf-8")
    assert cli.main(["--data-dir", elsewhere, "verify", "--centre", str(card), str(tampered)]) == 1
    assert capsys.readouterr().out.startswith("Not valid: this credential was changed")
    qr = tmp_path / "qr.txt"
    qr.write_text(carriers.qr_text(credential), encoding="ascii")
    assert cli.main(["--data-dir", elsewhere, "verify", "--centre", str(card), str(qr)]) == cli.EXIT_OK
    capsys.readouterr()
    assert cli.main(["--data-dir", elsewhere, "verify", str(tmp_path / "missing.json")]) == cli.EXIT_USAGE
