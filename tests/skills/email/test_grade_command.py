"""`tutor grade --exercise PACK/TASK FILE.eml` through the email skill's grade_file hook."""

import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

from tests.skills.email.shipped import model_mail, task
from tutor import cli
from tutor.skills.email.mail import to_eml

ROOT = Path(__file__).parents[3]
TASK = "email-en-looking-for-work/apply-for-a-job"


def eml(tmp_path, name, mail):
    path = tmp_path / name
    path.write_bytes(to_eml(mail))
    return path


def grade(tmp_path, capsys, exercise, path):
    code = cli.main(["--data-dir", str(tmp_path / "data"), "grade", "--exercise", exercise,
                     str(path)])
    out = capsys.readouterr()
    return code, json.loads(out.out) if out.out.strip() else None, out.err


def test_a_good_and_a_bad_eml_for_the_same_task(tmp_path, capsys):
    pack, exercise = task(*TASK.split("/"))
    good = model_mail(exercise, "en")
    code, verdict, _ = grade(tmp_path, capsys, TASK, eml(tmp_path, "good.eml", good))
    assert code == 0 and verdict["passed"] is True and verdict["score"] == 1.0
    assert {f["criterion"] for f in verdict["feedback"]} >= {
        "recipients", "subject", "greeting", "closing", "facts", "attachments", "spelling"}
    bad = replace(good, attachments=good.attachments[:1],
                  body=good.body.replace("KA-2291", "the job"))
    code, verdict, _ = grade(tmp_path, capsys, TASK, eml(tmp_path, "bad.eml", bad))
    assert code == 1 and verdict["passed"] is False
    failed = {f["criterion"]: f["message"] for f in verdict["feedback"] if not f["passed"]}
    assert set(failed) == {"facts", "attachments"}
    assert "Cover_letter.pdf" in failed["attachments"] and "reference" in failed["facts"]


def test_a_hand_written_text_file_with_headers_is_graded(tmp_path, capsys):
    pack, exercise = task("email-fr-premiers-mails", "absence")
    text = ("To: sophie.martin@centre-formation.example\nSubject: Absence lundi\n\n"
            + exercise.model_answer + "\n")
    path = tmp_path / "absence.txt"
    path.write_text(text, encoding="utf-8")
    code, verdict, _ = grade(tmp_path, capsys, "email-fr-premiers-mails/absence", path)
    assert code == 0 and verdict["passed"]


def test_a_file_that_is_not_an_email_is_an_error_not_a_crash(tmp_path, capsys):
    path = tmp_path / "notes.eml"
    path.write_bytes(b"Dear Maria, I am sick.\n")
    code, verdict, err = grade(tmp_path, capsys, TASK, path)
    assert code == 2 and verdict is None
    assert "is not an email file" in err


def test_a_phishing_task_cannot_be_answered_by_a_file(tmp_path, capsys):
    path = eml(tmp_path, "x.eml", model_mail(task(*TASK.split("/"))[1], "en"))
    code, _, err = grade(tmp_path, capsys, "email-en-stay-safe/phishing-job-offers", path)
    assert code == 2 and "not an email to write" in err


def test_the_command_runs_in_its_own_process_without_qt(tmp_path):
    path = eml(tmp_path, "good.eml", model_mail(task(*TASK.split("/"))[1], "en"))
    code = ("import sys, tutor.cli; rc = tutor.cli.main(sys.argv[1:]); "
            "assert not [m for m in sys.modules if m.startswith('PySide6')]; sys.exit(rc)")
    result = subprocess.run(
        [sys.executable, "-c", code, "--data-dir", str(tmp_path / "d"), "grade", "--exercise",
         TASK, str(path)], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["passed"] is True


def test_an_unreadable_path_raises_a_translatable_error(tmp_path):
    import pytest

    from tutor.errors import TutorError
    from tutor.skills.email.grading import grade_file

    pack, exercise = task(*TASK.split("/"))
    with pytest.raises(TutorError) as raised:
        grade_file(pack, exercise, tmp_path)  # a folder, not a file
    assert raised.value.source.startswith("Cannot read {path}")
