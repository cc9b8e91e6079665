"""Every kind of hostile progress file is refused with a clear message, nothing changed;
and a folder of 200 files with 20 bad ones imports the 180 and reports the 20, in the
command line (here) and through the trainer's dialog (tests/ui/test_trainer.py)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from tests.hostile.progress_files import hostile_files
from tutor import cli
from tutor.store.attempts import record_attempt
from tutor.store.db import open_database
from tutor.store.learners import create_learner
from tutor.store.progress_file import ProgressFileError, export_learner, import_files, parse_progress_bytes

T0 = datetime(2026, 5, 4, 8, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def good(tmp_path_factory):
    folder = tmp_path_factory.mktemp("good")
    db = open_database(f"sqlite:///{folder / 'tutor.sqlite3'}")
    learner = create_learner(db, "Amina", "sun")
    for n in range(3):
        t = T0 + timedelta(minutes=n)
        record_attempt(db, learner.id, "typing", f"e{n}", "typing-en", "1.0", t, t, 0.5, n > 0,
                       metrics={"wpm": 12.0 + n, "accuracy": 95.0})
    export_learner(db, learner.id, folder / "good.tutorprogress")
    db.dispose()
    return (folder / "good.tutorprogress").read_bytes()


@pytest.fixture(scope="module")
def bad(good):
    return hostile_files(good)


def test_there_are_twenty_kinds(bad):
    assert len(bad) == 20


def test_each_kind_is_refused_with_a_message(bad):
    for kind, data in bad.items():
        with pytest.raises(ProgressFileError) as caught:
            parse_progress_bytes(data, f"{kind}.tutorprogress")
        assert f"{kind}.tutorprogress" in str(caught.value), kind


def make_folder(tmp_path, bad):
    """180 good files (one learner each) and the 20 bad ones, shuffled by name."""
    folder = tmp_path / "usb"
    folder.mkdir()
    pc = open_database(f"sqlite:///{tmp_path / 'pc.sqlite3'}")
    for index in range(180):
        learner = create_learner(pc, f"Learner {index:03}", "sun")
        t = T0 + timedelta(minutes=index)
        record_attempt(pc, learner.id, "email", "reply", "email-en", "1.0", t, t, 1.0, True)
        export_learner(pc, learner.id, folder / f"{index:03}-learner.tutorprogress")
    pc.dispose()
    for index, (kind, data) in enumerate(bad.items()):
        (folder / f"{index * 9:03}-bad-{kind}.tutorprogress").write_bytes(data)
    return sorted(folder.glob("*.tutorprogress"))


@pytest.mark.slow
def test_a_folder_of_200_files_with_20_bad_ones_in_the_command_line(tmp_path, bad, capsys):
    files = make_folder(tmp_path, bad)
    assert len(files) == 200
    password = tmp_path / "password.txt"
    password.write_text("kakuma-2026\n")
    assert cli.main(["--data-dir", str(tmp_path / "trainer"), "trainer", "password",
                     "--password-file", str(password)]) == 0
    capsys.readouterr()
    code = cli.main(["--data-dir", str(tmp_path / "trainer"), "progress", "import",
                     "--password-file", str(password), *map(str, files)])
    out, err = capsys.readouterr()
    assert code == cli.EXIT_PROBLEMS
    assert len([line for line in out.splitlines() if line.startswith("{")]) == 180
    refused = [line for line in err.splitlines() if "-bad-" in line]
    assert len(refused) == 20, err
    assert "180 file(s) imported, 20 refused, 180 attempt(s) added" in err
    with sqlite3.connect(tmp_path / "trainer" / "tutor.sqlite3") as conn:
        assert conn.execute("SELECT count(*) FROM learners").fetchone() == (180,)
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_an_unexpected_error_stops_only_its_file(tmp_path, bad, monkeypatch):
    files = make_folder(tmp_path, bad)[:30]
    from tutor.store import progress_file

    real = progress_file.read_progress_file

    def flaky(path):
        if path.name.startswith("010"):
            raise RuntimeError("a bug in one place")
        return real(path)

    monkeypatch.setattr(progress_file, "read_progress_file", flaky)
    db = open_database(f"sqlite:///{tmp_path / 'trainer.sqlite3'}")
    done = import_files(db, files)
    db.dispose()
    assert len(done.imported) + len(done.refused) == 30
    assert any("unexpected problem" in str(error) for _, error in done.refused)
