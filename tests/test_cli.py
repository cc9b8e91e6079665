import subprocess
import sys
from pathlib import Path

import pytest

from tests.content.conftest import DEMO, GOOD
from tutor import cli

ROOT = Path(__file__).parents[1]


def run_tutor(*args, env=None, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "tutor", *args], capture_output=True,
                          text=True, timeout=60, env=env, cwd=cwd)


@pytest.mark.process
def test_lessons_check_passes_on_the_shipped_packs():
    result = run_tutor("lessons", "check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 with problems" in result.stderr


def test_lessons_check_reports_file_and_line(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr("tutor.skills.installed_skills", lambda: {"demo": DEMO})
    good = tmp_path / "good.toml"
    good.write_text(GOOD)
    bad = tmp_path / "bad.toml"
    bad.write_text(GOOD.replace("min_wpm = 12", "speed = 12"))
    assert cli.main(["lessons", "check", str(good)]) == 0
    capsys.readouterr()
    assert cli.main(["lessons", "check", str(tmp_path)]) == 1
    out, err = capsys.readouterr()
    assert out.strip() == f"{bad}:18: unknown key 'speed'"
    assert "2 pack file(s) checked: 1 good, 1 with problems." in err


def test_lessons_check_on_a_missing_path(tmp_path, capsys):
    assert cli.main(["lessons", "check", str(tmp_path / "nope")]) == 1
    assert "no such file or folder" in capsys.readouterr().err


@pytest.mark.process
def test_data_dir_option_creates_the_database_there(tmp_path):
    target = tmp_path / "x"
    result = run_tutor("--data-dir", str(target), "where")
    assert result.returncode == 0, result.stderr
    assert (target / "tutor.sqlite3").is_file()
    assert (target / "logs" / "tutor.log").is_file()
    assert f"data folder: {target} (option)" in result.stdout


@pytest.mark.process
def test_environment_variable_is_used(tmp_path):
    import os

    env = {**os.environ, "TUTOR_DATA_DIR": str(tmp_path / "env")}
    result = run_tutor("where", env=env)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "env" / "tutor.sqlite3").is_file()


@pytest.mark.process
def test_portable_copy_keeps_its_data_beside_it(tmp_path):
    """A copy of the checkout with a `portable` marker, as on a USB stick."""
    import os
    import shutil

    stick = tmp_path / "stick" / "Tutor"
    for part in ("tutor", "assets", "lessons"):
        shutil.copytree(ROOT / part, stick / part, ignore=shutil.ignore_patterns("__pycache__"))
    (stick / "portable").write_text("")
    env = {k: v for k, v in os.environ.items() if not k.startswith("TUTOR_")}
    env["PYTHONPATH"] = str(stick)
    result = run_tutor("where", env=env, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert f"data folder: {stick / 'data'} (portable)" in result.stdout
    assert (stick / "data" / "tutor.sqlite3").is_file()


@pytest.mark.process
def test_unwritable_data_dir_is_a_message_not_a_traceback(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("")
    result = run_tutor("--data-dir", str(blocker / "sub"), "where")
    assert result.returncode == 1
    assert "cannot write in its data folder" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.process
def test_version():
    result = run_tutor("--version")
    assert result.returncode == 0 and result.stdout.startswith("Tutor ")


def test_grade_runs_the_skills_grader(tmp_path, monkeypatch, capsys):
    import dataclasses
    import json

    demo = dataclasses.replace(DEMO, grade_file="tests.test_cli:grade_demo")
    monkeypatch.setattr("tutor.skills.installed_skills", lambda: {"demo": demo})
    (tmp_path / "data" / "lessons").mkdir(parents=True)
    (tmp_path / "data" / "lessons" / "demo.toml").write_text(GOOD)
    answer = tmp_path / "answer.txt"
    answer.write_text("asdf jkl;")
    args = ["--data-dir", str(tmp_path / "data"), "grade", "--exercise", "demo-en-basics/first"]
    assert cli.main([*args, str(answer)]) == 0
    assert json.loads(capsys.readouterr().out)["passed"] is True
    answer.write_text("nope")
    assert cli.main([*args, str(answer)]) == 1
    assert json.loads(capsys.readouterr().out)["feedback"][0]["message"] == "Type: asdf jkl;"
    assert cli.main([*args[:-1], "demo-en-basics/nope", str(answer)]) == 2
    assert "no exercise" in capsys.readouterr().err


def grade_demo(pack, exercise, path):
    from tutor.grading import Feedback, Verdict

    ok = path.read_text().strip() == exercise.text.strip()
    return Verdict.from_feedback([Feedback("text", ok, "Type: {text}", {"text": exercise.text.strip()})])


@pytest.mark.process
def test_progress_export_and_import_from_the_command_line(tmp_path):
    import json
    import os

    env = {k: v for k, v in os.environ.items() if not k.startswith("TUTOR_")}
    setup = (
        "import sys; from datetime import datetime, UTC; from tutor import startup; "
        "from tutor.store.learners import create_learner; "
        "from tutor.store.attempts import record_attempt; "
        "rt = startup.start(sys.argv[1]); l = create_learner(rt.db, 'Amina Yusuf', 'sun'); "
        "now = datetime.now(UTC); "
        "[record_attempt(rt.db, l.id, 'typing', f'e{i}', 'p', '1', now, now, 1.0, True) "
        "for i in range(4)]"
    )
    subprocess.run([sys.executable, "-c", setup, str(tmp_path / "a")], cwd=ROOT, check=True)
    usb = tmp_path / "usb"
    usb.mkdir()
    # A learner at the keyboard cannot export someone's progress: the trainer can.
    refused = run_tutor("--data-dir", str(tmp_path / "a"), "progress", "export",
                        "--learner", "amina yusuf", "--out", str(usb), env=env)
    assert refused.returncode == 2 and "no trainer password yet" in refused.stderr
    env["TUTOR_TRAINER_PASSWORD"] = "kakuma-2026"
    for pc in ("a", "b"):
        assert run_tutor("--data-dir", str(tmp_path / pc), "trainer", "password",
                         env=env).returncode == 0
    wrong = run_tutor("--data-dir", str(tmp_path / "a"), "progress", "export", "--learner",
                      "amina yusuf", "--out", str(usb), env={**env, "TUTOR_TRAINER_PASSWORD": "x"})
    assert wrong.returncode == 2 and "not the trainer password" in wrong.stderr
    assert list(usb.iterdir()) == []
    out = run_tutor("--data-dir", str(tmp_path / "a"), "progress", "export",
                    "--learner", "amina yusuf", "--out", str(usb), env=env)
    assert out.returncode == 0, out.stderr
    [file] = list(usb.glob("Amina-Yusuf-*.tutorprogress"))
    assert "4 attempt(s)" in out.stdout
    bad = usb / "broken.tutorprogress"
    bad.write_bytes(file.read_bytes()[:100])
    loaded = run_tutor("--data-dir", str(tmp_path / "b"), "progress", "import", str(file),
                       str(bad), env=env)
    assert loaded.returncode == 1
    assert "broken.tutorprogress" in loaded.stderr and "damaged" in loaded.stderr
    summary = json.loads(loaded.stdout.splitlines()[0])
    assert summary["attempts_added"] == 4 and summary["new_profile"] is True
    again = run_tutor("--data-dir", str(tmp_path / "b"), "progress", "import", str(file), env=env)
    assert again.returncode == 0
    assert json.loads(again.stdout)["attempts_added"] == 0
    missing = run_tutor("--data-dir", str(tmp_path / "a"), "progress", "export",
                        "--learner", "Nobody", "--out", str(usb), env=env)
    assert missing.returncode == 2 and "matches nobody" in missing.stderr
