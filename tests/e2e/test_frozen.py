"""The frozen app (issue 8): the one-folder bundle that build/build.sh makes, run as a
trainer would run it from a USB stick, with no Python on the PC.

The bundle is not built by the test: CI builds it first (``bash build/build.sh``) and
points ``TUTOR_FROZEN_BUNDLE`` at it (the ``Tutor`` folder or its executable). Without
it these tests are skipped on a developer's machine and fail in CI (``CI`` set), so a
CI that forgot to build cannot pass quietly.

    bash build/build.sh
    TUTOR_FROZEN_BUNDLE=build/out/dist/Tutor ./dev.sh test tests/e2e/test_frozen.py
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
pytestmark = [pytest.mark.e2e, pytest.mark.slow]

EXECUTABLE = "Tutor.exe" if sys.platform == "win32" else "tutor"


def _bundle() -> Path:
    value = os.environ.get("TUTOR_FROZEN_BUNDLE", "")
    if not value:
        message = ("TUTOR_FROZEN_BUNDLE is not set: build the bundle with build/build.sh "
                   "and point it at build/out/dist/Tutor")
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    path = Path(value).resolve()
    folder = path if path.is_dir() else path.parent
    if not (folder / EXECUTABLE).is_file():
        pytest.fail(f"no {EXECUTABLE} in {folder} (TUTOR_FROZEN_BUNDLE)")
    return folder


@pytest.fixture(scope="module")
def bundle() -> Path:
    return _bundle()


@pytest.fixture
def env(tmp_path):
    """What a lab PC gives: no TUTOR_* settings, no Python variables, offscreen Qt."""
    clean = {k: v for k, v in os.environ.items()
             if not k.startswith(("TUTOR_", "PYTHON", "VIRTUAL_ENV"))}
    clean.update(QT_QPA_PLATFORM="offscreen", TUTOR_LANGUAGE="en", HOME=str(tmp_path / "home"),
                 XDG_DATA_HOME=str(tmp_path / "home" / "share"))
    return clean


def frozen(bundle: Path, *args: str, env: dict, cwd: Path, timeout: float = 90):
    """Runs the frozen executable from another folder (it must not rely on the cwd)."""
    return subprocess.run([str(bundle / EXECUTABLE), *args], capture_output=True, text=True,
                          check=False, env=env, cwd=cwd, timeout=timeout)


def wait_for_log(log: Path, text: str, process: subprocess.Popen, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if log.is_file() and text in log.read_text(encoding="utf-8", errors="replace"):
            return True
        if process.poll() is not None:
            return False
        time.sleep(0.05)
    return False


def test_the_command_line_works_frozen(bundle, env, tmp_path):
    data = tmp_path / "data"
    where = frozen(bundle, "--data-dir", str(data), "where", env=env, cwd=tmp_path)
    assert where.returncode == 0, where.stderr
    assert str(data) in where.stdout and "tutor.sqlite3" in where.stdout
    version = frozen(bundle, "--version", env=env, cwd=tmp_path)
    assert version.returncode == 0 and version.stdout.startswith("Tutor ")
    check = frozen(bundle, "--data-dir", str(data), "lessons", "check", env=env, cwd=tmp_path)
    assert check.returncode == 0, check.stdout + check.stderr
    assert "0 with problems" in check.stderr
    shipped = len(list((ROOT / "lessons").rglob("*.toml")))
    assert f"{shipped} pack file(s) checked" in check.stderr  # every pack is in the bundle


def test_the_app_starts_shows_the_picker_and_quits_on_sigterm(bundle, env, tmp_path):
    data = tmp_path / "data"
    app = subprocess.Popen([str(bundle / EXECUTABLE), "--data-dir", str(data)], env=env,
                           cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    log = data / "logs" / "tutor.log"
    try:
        shown = wait_for_log(log, "first window shown", app, 60)
        output = "" if shown else (app.stdout.read().decode(errors="replace")
                                   if app.poll() is not None else "")
        assert shown, f"no picker: {output}\n{log.read_text() if log.exists() else 'no log'}"
        time.sleep(1.0)  # the picker stays up
        assert app.poll() is None
        app.send_signal(signal.SIGTERM)
        assert app.wait(timeout=30) == 0
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
    text = log.read_text(encoding="utf-8")
    assert "Traceback" not in text, text
    assert "data folder" in text and "(option)" in text
    assert text.rstrip().endswith("Tutor closed"), text[-2000:]
    assert "first window shown" in text
    # The picker of a first start needs no database: it is made at the first input
    # (issue 17). The bundle's Alembic makes it for a command that needs it.
    where = frozen(bundle, "--data-dir", str(data), "where", env=env, cwd=tmp_path)
    assert where.returncode == 0, where.stdout + where.stderr
    assert (data / "tutor.sqlite3").is_file()  # created and migrated by the bundle's Alembic


def _coding_exercises():
    for pack_file in sorted((ROOT / "lessons" / "coding" / "en").glob("*.toml")):
        pack = tomllib.loads(pack_file.read_text(encoding="utf-8"))
        for exercise in pack["exercises"]:
            yield pack["id"], exercise


def test_a_coding_exercise_runs_through_the_frozen_runner(bundle, env, tmp_path):
    exercises = list(_coding_exercises())
    # The first exercise, one that asks input(), and the last one (functions, data).
    chosen = [exercises[0], exercises[-1]]
    chosen += [e for e in exercises if "input(" in e[1].get("solution", "")][:1]
    for pack_id, exercise in chosen:
        answer = tmp_path / f"{exercise['id']}.py"
        answer.write_text(exercise["solution"].strip() + "\n", encoding="utf-8")
        result = frozen(bundle, "--data-dir", str(tmp_path / "data"), "grade", "--exercise",
                        f"{pack_id}/{exercise['id']}", str(answer), env=env, cwd=tmp_path)
        assert result.returncode == 0, (exercise["id"], result.stdout, result.stderr)
        verdict = json.loads(result.stdout)
        assert verdict["passed"] is True and verdict["score"] == 1, verdict
    pack_id, exercise = exercises[0]
    wrong = tmp_path / "wrong.py"
    wrong.write_text("import math\nprint(math.sqrt(16)\n", encoding="utf-8")  # a syntax error
    result = frozen(bundle, "--data-dir", str(tmp_path / "data"), "grade", "--exercise",
                    f"{pack_id}/{exercise['id']}", str(wrong), env=env, cwd=tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    assert json.loads(result.stdout)["passed"] is False


def test_the_learner_modules_import_in_the_frozen_runner(bundle, env, tmp_path):
    """Every standard module a beginner may import is inside the bundle."""
    from tutor.skills.coding.sandbox import LEARNER_MODULES

    workdir = tmp_path / "run"
    workdir.mkdir()
    program = "".join(f"import {name}\n" for name in LEARNER_MODULES) + "print('imported')\n"
    (workdir / "program.py").write_text(program, encoding="utf-8")
    # The command line the app's runner uses for a frozen build (sandbox.child_command).
    result = frozen(bundle, "--run-learner-code", "--time-limit", "20", str(workdir),
                    env=env, cwd=workdir, timeout=60)
    messages = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    printed = "".join(m["s"] for m in messages if m["t"] == "out")
    assert printed == "imported\n", result.stdout + result.stderr
    assert messages[-1]["t"] == "end" and messages[-1]["status"] == "ok", messages


def test_progress_is_exported_and_imported_frozen(bundle, env, tmp_path):
    a, b, usb = tmp_path / "a", tmp_path / "b", tmp_path / "usb"
    usb.mkdir()
    env = {**env, "TUTOR_TRAINER_PASSWORD": "kakuma-2026"}
    # The bundle creates and migrates the database of PC "a", where the trainer sets a
    # password (the trainer's commands ask for it)...
    for pc in (a, b):
        made = frozen(bundle, "--data-dir", str(pc), "trainer", "password", env=env, cwd=tmp_path)
        assert made.returncode == 0, made.stderr
    report = frozen(bundle, "--data-dir", str(a), "report", "--format", "csv", "--out",
                    str(tmp_path / "class.csv"), env=env, cwd=tmp_path)
    assert report.returncode == 0, report.stderr
    # ...a learner works there (written with the source's own storage code)...
    setup = (
        "import sys; from datetime import datetime, UTC; from tutor import startup; "
        "from tutor.store.learners import create_learner; "
        "from tutor.store.attempts import record_attempt; "
        "rt = startup.start(sys.argv[1]); l = create_learner(rt.db, 'Amina Yusuf', 'sun'); "
        "now = datetime.now(UTC); "
        "[record_attempt(rt.db, l.id, 'typing', f'e{i}', 'p', '1', now, now, 1.0, True) "
        "for i in range(3)]; rt.close()"
    )
    subprocess.run([sys.executable, "-c", setup, str(a)], cwd=ROOT, check=True, timeout=60)
    out = frozen(bundle, "--data-dir", str(a), "progress", "export", "--learner",
                 "amina yusuf", "--out", str(usb), env=env, cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    [file] = list(usb.glob("*.tutorprogress"))
    # ...and carries it to PC "b".
    loaded = frozen(bundle, "--data-dir", str(b), "progress", "import", str(file), env=env,
                    cwd=tmp_path)
    assert loaded.returncode == 0, loaded.stderr
    summary = json.loads(loaded.stdout.splitlines()[0])
    assert summary["attempts_added"] == 3 and summary["new_profile"] is True
    pdf = frozen(bundle, "--data-dir", str(b), "report", "--format", "pdf", "--out",
                 str(tmp_path / "class.pdf"), env=env, cwd=tmp_path)
    assert pdf.returncode == 0, pdf.stderr
    assert (tmp_path / "class.pdf").read_bytes().startswith(b"%PDF")


def test_a_credential_is_verified_frozen(bundle, env, tmp_path):
    """``tutor verify`` in the bundle (Ed25519, RFC 8785, the PDF reader and the verifier
    page all inside): a certificate made by the source's own code, with the centre's card
    given, is valid with its keystroke log; one changed letter is not; the employers'
    page is shipped."""
    made = tmp_path / "made"
    made.mkdir()
    setup = (
        "import sys, json, pathlib; from datetime import datetime, UTC, timedelta; "
        "from tests.skills.assessment.test_credential import typed_run, result_of; "
        "from tutor.store.db import open_database; from tutor import trainer; "
        "from tutor.credentials import centre; "
        "from tutor.skills.assessment import credential; "
        "from tutor.ui.credential_files import save_credential_files; "
        "out = pathlib.Path(sys.argv[1]); db = open_database(f'sqlite:///{out}/c.sqlite3'); "
        "trainer.set_password(db, 'kakuma-2026'); now = datetime.now(UTC); "
        "c = centre.set_up(db, 'Kakuma Learning Centre', 'Kakuma', 'kakuma-2026', now); "
        "(out / 'card.json').write_text(json.dumps(c.card)); run = typed_run(); "
        "cred = credential.issue(c, 'Amina Yusuf', result_of(run), now); "
        "save_credential_files(out, cred, run.log, 'fr'); db.dispose()"
    )
    subprocess.run([sys.executable, "-c", setup, str(made)], cwd=ROOT, check=True, timeout=120,
                   env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    [pdf] = list(made.glob("*.pdf"))
    data = tmp_path / "employer"
    checked = frozen(bundle, "--data-dir", str(data), "verify", "--centre", str(made / "card.json"),
                     str(pdf), "--evidence", env=env, cwd=tmp_path)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert checked.stdout.startswith("Valid: Kakuma Learning Centre signed")
    assert "the PDF's attachment evidence.json is the one the credential names" in checked.stdout
    [badge] = list(made.glob("*.png"))
    unknown = frozen(bundle, "--data-dir", str(data), "verify", str(badge), env=env, cwd=tmp_path)
    assert unknown.returncode == 1 and unknown.stdout.startswith("Unknown centre")
    [original] = [p for p in made.glob("*.json") if not p.name.endswith(".evidence.json")
                  and p.name != "card.json"]
    changed = tmp_path / "changed.json"
    changed.write_text(original.read_text().replace("Amina Yusuf", "Amina Yusef"))
    tampered = frozen(bundle, "--data-dir", str(data), "verify", "--centre", str(made / "card.json"),
                      str(changed), env=env, cwd=tmp_path)
    assert tampered.returncode == 1 and tampered.stdout.startswith("Not valid")
    assert (bundle / "assets" / "credentials" / "verifier.html").is_file() or \
        list(bundle.rglob("verifier.html"))


def test_portable_mode_keeps_the_data_beside_the_executable(bundle, env, tmp_path):
    """A copy of the bundle on a "stick": the portable marker keeps everything in data/."""
    stick = tmp_path / "stick" / "Tutor"
    shutil.copytree(bundle, stick, symlinks=True)
    shutil.rmtree(stick / "data", ignore_errors=True)
    (stick / "portable").write_text("portable\n")
    where = frozen(stick, "where", env=env, cwd=tmp_path)
    assert where.returncode == 0, where.stderr
    assert str(stick / "data") in where.stdout, where.stdout
    env = {**env, "TUTOR_TRAINER_PASSWORD": "kakuma-2026"}
    assert frozen(stick, "trainer", "password", env=env, cwd=tmp_path).returncode == 0
    report = frozen(stick, "report", "--format", "csv", "--out", str(tmp_path / "c.csv"),
                    env=env, cwd=tmp_path)
    assert report.returncode == 0, report.stderr
    assert (stick / "data" / "tutor.sqlite3").is_file()
    assert (stick / "data" / "logs" / "tutor.log").is_file()
    assert not (tmp_path / "home" / "share" / "Tutor").exists()
    # Without the marker but with the data folder (as unzipped): still portable.
    (stick / "portable").unlink()
    again = frozen(stick, "where", env=env, cwd=tmp_path)
    assert str(stick / "data") in again.stdout, again.stdout


def test_the_usb_layout_is_built(bundle):
    assert (bundle / "portable").is_file()
    assert (bundle / "data").is_dir()
    internal = bundle / "_internal"
    assert (internal / "assets" / "fonts" / "NotoSansArabic-Regular.ttf").is_file()
    assert (internal / "assets" / "fonts" / "OFL.txt").is_file()
    assert list((internal / "tutor" / "i18n").glob("tutor_*.qm"))
    assert (internal / "tutor" / "store" / "migrations" / "env.py").is_file()
    translations = {p.name for p in internal.rglob("qt*_*.qm")}
    assert translations <= {"qtbase_fr.qm", "qtbase_ar.qm"}, translations
    dropped = [p.name for p in internal.rglob("*") if "gtk" in p.name.lower()
               or "QtQml" in p.name or "QtQuick" in p.name or "QtNetwork" in p.name]
    assert not dropped, dropped


def test_the_frozen_app_joins_a_centre_server(bundle, env, tmp_path):
    """The bundle's own psycopg and libpq (issue 22): ``tutor server init``, ``join``,
    ``status`` and ``where`` against a real PostgreSQL server that checks passwords,
    started here; then the server stops and ``status`` says so. The lab password is in
    no output, and in no file of the data folder but the settings; the bundle's runner
    refuses that file to a learner's program."""
    from tests.store.test_server import PASSWORD, admin_url, start_password_server
    from tutor.store.db import SCHEMA_HEAD

    data = tmp_path / "data"
    env = {**env, "TUTOR_TRAINER_PASSWORD": "kakuma-2026"}
    (tmp_path / "admin").write_text(admin_url(pg := start_password_server()))
    (tmp_path / "lab").write_text(PASSWORD)
    stopped = False
    try:
        init = frozen(bundle, "--data-dir", str(data), "server", "init", "--admin-url-file",
                      str(tmp_path / "admin"), "--lab-password-file", str(tmp_path / "lab"),
                      "--database", "frozen", env=env, cwd=tmp_path)
        assert init.returncode == 0, init.stdout + init.stderr
        url = init.stdout.split("tutor server join ")[1].split()[0]
        assert frozen(bundle, "--data-dir", str(data), "trainer", "password", env=env,
                      cwd=tmp_path).returncode == 0
        joined = frozen(bundle, "--data-dir", str(data), "server", "join", url,
                        "--server-password-file", str(tmp_path / "lab"), env=env, cwd=tmp_path)
        assert joined.returncode == 0, joined.stdout + joined.stderr
        status = frozen(bundle, "--data-dir", str(data), "server", "status", env=env, cwd=tmp_path)
        assert status.returncode == 0, status.stdout + status.stderr
        assert f"reachable: yes (schema {SCHEMA_HEAD})" in status.stdout
        where = frozen(bundle, "--data-dir", str(data), "where", env=env, cwd=tmp_path)
        assert where.returncode == 0, where.stderr
        assert "centre server: postgresql+psycopg://tutor_lab:***@:5432/frozen" in where.stdout
        pg.stop()
        stopped = True
        down = frozen(bundle, "--data-dir", str(data), "server", "status", env=env, cwd=tmp_path)
        assert down.returncode == 1 and "reachable: no (" in down.stdout, down.stdout + down.stderr
    finally:
        if not stopped:
            pg.stop()
    run = tmp_path / "run"
    run.mkdir()
    (run / "program.py").write_text(
        f"try:\n    print(open({str(data / 'centre-server.json')!r}).read())\n"
        "except PermissionError:\n    print('refused')\n")
    snoop = frozen(bundle, "--run-learner-code", "--protect", str(data), str(run), env=env,
                   cwd=run, timeout=60)
    messages = [json.loads(line) for line in snoop.stdout.splitlines() if line.startswith("{")]
    assert "".join(m["s"] for m in messages if m["t"] == "out") == "refused\n", snoop.stdout
    for result in (init, joined, status, where, down, snoop):
        shown = result.stdout + result.stderr
        assert PASSWORD not in shown and "Traceback" not in shown, shown
    files = [p for p in data.rglob("*") if p.is_file() and p.name != "centre-server.json"]
    assert any(p.name == "tutor.log" for p in files)
    assert not [p for p in files if PASSWORD.encode() in p.read_bytes()]


def test_the_spelling_worker_answers_frozen(bundle, env, tmp_path):
    """The command the app starts for its dictionaries (``tutor.spelling_worker``), from
    the bundle: the dictionaries and spylls are inside it."""
    requests = "".join(json.dumps({"id": n, "call": call, "args": args}) + "\n" for n, (call, args)
                       in enumerate([("misspellings", ["I confim the meeting", "en"]),
                                     ("misspellings", ["أؤكد موعد الاجتماعع", "ar"]),
                                     ("suggestions", ["Tusday", "en", 3, 60])], 1))
    result = subprocess.run([str(bundle / EXECUTABLE), "--spelling-worker"], input=requests,
                            capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120,
                            check=False)
    assert result.returncode == 0, result.stderr
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    assert answers[0] == {"id": 1, "ok": [[2, 6, "confim"]]}
    assert answers[1]["ok"][0][2] == "الاجتماعع"
    assert answers[2] == {"id": 3, "ok": ["Tuesday"]}


def test_the_bundles_code_has_no_docstrings_and_keeps_its_asserts(bundle):
    """build/docstrings.py at work: less memory, the same checks."""
    import dis
    import marshal
    import types

    def codes(code):
        yield code
        for constant in code.co_consts:
            if isinstance(constant, types.CodeType):
                yield from codes(constant)

    compiled = next(bundle.rglob("tutor/spelling_worker.pyc"))
    found = list(codes(marshal.loads(compiled.read_bytes()[16:])))
    strings = [c for code in found for c in code.co_consts if isinstance(c, str)]
    assert not [s for s in strings if s.startswith(("The spelling dictionaries in a process",
                                                    "The child's answer to"))]
    assert "--spelling-worker" in strings  # other strings stay
    assert any(i.opname == "LOAD_ASSERTION_ERROR" for code in found
               for i in dis.get_instructions(code))
