"""``tutor server ...`` and ``tutor where`` (issue 22, point 2), and the password kept from
the coding room's runner (point 3): every command is run with known passwords, and
neither appears on the screen, in the log or in what a learner's program can read."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest

from tests.store.test_server import PASSWORD, admin_url, start_password_server
from tutor.store.db import SCHEMA_HEAD
from tutor.store.server import SETTINGS_FILE

ROOT = Path(__file__).parents[1]
ADMIN_SECRET = "Admin-Secret-4471"  # in the administrator's address (the test server trusts it)
TRAINER = "kakuma-2026"
pytestmark = pytest.mark.process


@pytest.fixture(scope="module")
def pg():
    found = start_password_server()
    yield found
    found.stop()


def clean_environment(**more: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TUTOR_", "PYTHON"))}
    return {**env, "TUTOR_LANGUAGE": "en", **more}


def tutor(*args: str | Path, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "tutor", *map(str, args)], capture_output=True,
                          text=True, timeout=120, env=env, cwd=cwd, stdin=subprocess.DEVNULL)


def nothing_shows(secrets: list[str], results: list[subprocess.CompletedProcess], data: Path) -> None:
    """No secret on the screen or in any file of the data folder (the settings file
    aside), and no traceback."""
    for result in results:
        shown = result.stdout + result.stderr
        assert "Traceback" not in shown, (result.args, shown)
        for secret in secrets:
            assert secret not in shown, (result.args, shown)
    files = [p for p in data.rglob("*") if p.is_file() and p.name != SETTINGS_FILE]
    assert any(p.name == "tutor.log" for p in files)
    for path in files:
        content = path.read_bytes()
        for secret in secrets:
            assert secret.encode() not in content, path


def test_every_server_command_keeps_the_passwords_to_itself(pg, tmp_path):
    data = tmp_path / "data"
    env = clean_environment(TUTOR_TRAINER_PASSWORD=TRAINER)
    (tmp_path / "admin").write_text(admin_url(pg, ADMIN_SECRET) + "\n")
    (tmp_path / "lab").write_text(PASSWORD + "\n")
    (tmp_path / "wrong").write_text("not-the-lab-password\n")
    done = []

    def run(*args, env=env):
        result = tutor("--data-dir", data, *args, env=env, cwd=tmp_path)
        done.append(result)
        return result

    init = run("server", "init", "--admin-url-file", tmp_path / "admin", "--database", "clitest",
               "--lab-password-file", tmp_path / "lab")
    assert init.returncode == 0, init.stderr
    [line] = [line for line in init.stdout.splitlines() if line.startswith("on each lab PC: ")]
    url = line.removeprefix("on each lab PC: tutor server join ")
    assert url.startswith("postgresql+psycopg://tutor_lab@") and "/clitest" in url
    assert "database clitest (created)" in init.stdout
    # Joining is the trainer's: refused without the trainer password...
    assert run("trainer", "password").returncode == 0
    no_trainer = run("server", "join", url, "--server-password-file", tmp_path / "lab",
                     env=clean_environment())
    assert no_trainer.returncode == 2 and "trainer password" in no_trainer.stderr
    # ...refused by the server with a wrong lab password (and nothing kept)...
    wrong = run("server", "join", url, "--server-password-file", tmp_path / "wrong")
    assert wrong.returncode == 1 and "refused this PC" in wrong.stderr, wrong.stderr
    assert "password authentication failed" in wrong.stderr
    assert not (data / SETTINGS_FILE).exists()
    # ...and kept with the right one, read from a file or from the environment.
    joined = run("server", "join", url, "--server-password-file", tmp_path / "lab")
    assert joined.returncode == 0 and joined.stdout.startswith("joined the centre server"), joined
    again = run("server", "join", url, env={**env, "TUTOR_SERVER_PASSWORD": PASSWORD})
    assert again.returncode == 0, again.stderr
    status = run("server", "status")
    assert status.returncode == 0, status.stdout + status.stderr
    assert f"reachable: yes (schema {SCHEMA_HEAD})" in status.stdout
    assert status.stdout.startswith("centre server: postgresql+psycopg://tutor_lab:***@")
    assert "run `tutor server init` again" not in status.stderr
    where = run("where")
    assert where.returncode == 0
    assert "centre server: postgresql+psycopg://tutor_lab:***@:5432/clitest" in where.stdout
    assert "database:    sqlite:///" in where.stdout  # the PC's own file, where work is saved first
    # A server left behind by an upgrade of the lab PCs: said, with what to do.
    with psycopg.connect(f"host={pg.root} user=tutor dbname=clitest", autocommit=True) as admin:
        admin.execute("UPDATE alembic_version SET version_num = '0001'")
    old = run("server", "status")
    assert old.returncode == 0 and "reachable: yes (schema 0001)" in old.stdout
    assert f"this Tutor's schema is {SCHEMA_HEAD}: run `tutor server init` again" in old.stderr
    left = run("server", "leave")
    assert left.returncode == 0 and "works alone" in left.stdout
    alone = run("server", "status")
    assert alone.returncode == 1 and "none (this PC works alone)" in alone.stdout
    nothing_shows([PASSWORD, ADMIN_SECRET], done, data)
    log = (data / "logs" / "tutor.log").read_text()
    assert "joined the centre server postgresql+psycopg://tutor_lab:***@" in log


def test_an_unreachable_server_is_a_message_not_a_traceback(tmp_path):
    data = tmp_path / "data"
    env = clean_environment(TUTOR_TRAINER_PASSWORD=TRAINER, TUTOR_SERVER_PASSWORD=PASSWORD)
    nowhere = f"postgresql://tutor_lab@/tutor?host={tmp_path / 'no-server'}"
    results = [tutor("--data-dir", data, "trainer", "password", env=env, cwd=tmp_path)]
    joined = tutor("--data-dir", data, "server", "join", nowhere, env=env, cwd=tmp_path)
    assert joined.returncode == 0, joined.stderr  # kept: the server may be off today
    assert "cannot be reached now" in joined.stderr and "wait on this PC" in joined.stderr
    status = tutor("--data-dir", data, "server", "status", env=env, cwd=tmp_path)
    assert status.returncode == 1 and "reachable: no (" in status.stdout, status.stdout
    admin = tutor("--data-dir", data, "server", "init", "--database", "tutor",
                  env={**env, "TUTOR_ADMIN_URL": nowhere.replace("tutor_lab", f"postgres:{ADMIN_SECRET}"),
                       "TUTOR_LAB_PASSWORD": PASSWORD}, cwd=tmp_path)
    assert admin.returncode == 1
    assert "The centre server cannot be reached." in admin.stderr
    nothing_shows([PASSWORD, ADMIN_SECRET], results + [joined, status, admin], data)


def test_tutor_where_shows_a_developers_server_without_its_password(tmp_path):
    data = tmp_path / "data"
    env = clean_environment(
        TUTOR_DATABASE_URL=f"postgresql+psycopg://tutor_lab:{PASSWORD}@dev-server/tutor")
    where = tutor("--data-dir", data, "where", env=env, cwd=tmp_path)
    assert where.returncode == 0, where.stderr
    assert "centre server: postgresql+psycopg://tutor_lab:***@dev-server/tutor" in where.stdout
    assert f"database:    sqlite:///{data / 'tutor.sqlite3'}" in where.stdout
    nothing_shows([PASSWORD], [where], data)


# -- what a learner's program can read ----------------------------------------------------

# The learner's program: it tries the parent's /proc files, its own environment, and
# Tutor's data folder (DATA is replaced by the folder's path).
SNOOP = '''
import os, sqlite3
parent = os.getppid()
for name in ("environ", "cmdline"):
    try:
        with open(f"/proc/{parent}/{name}", "rb") as handle:
            print(name, "read:", handle.read(1 << 20).replace(b"\\0", b" ").decode("latin-1"))
    except OSError as exc:
        print(name, "refused:", type(exc).__name__)
print("own environment:", dict(os.environ))
for attempt in (lambda: open(os.path.join(DATA, "centre-server.json")).read(),
                lambda: os.listdir(DATA),
                lambda: sqlite3.connect(os.path.join(DATA, "tutor.sqlite3")).execute(
                    "SELECT * FROM app_settings").fetchall()):
    try:
        print("data folder:", attempt())
    except OSError as exc:
        print("data folder refused:", type(exc).__name__)
'''

# The app's side, in its own process: start as the app does, join (or not), run SNOOP
# through the real runner, and say what it saw.
APP = '''
import ctypes, faulthandler, json, os, sys, tempfile
from pathlib import Path
from tutor import startup
from tutor.store import server
from tutor.skills.coding.sandbox import Limits, run_program
data = Path(sys.argv[1])
runtime = startup.start(data, load_lessons=False)
if len(sys.argv) > 3:  # the address in a file: on the command line, /proc/PID/cmdline has it
    server.join(data, Path(sys.argv[3]).read_text())
    Path(sys.argv[3]).unlink()
code = Path(sys.argv[2]).read_text().replace("DATA", repr(str(data)))
outcome = run_program(code, limits=Limits(time_s=30, output_chars=1_000_000))
with tempfile.TemporaryFile("w+") as dump:  # faulthandler still writes after prctl
    faulthandler.dump_traceback(file=dump)
    dump.seek(0)
    dumped = dump.read()
print(json.dumps({"status": outcome.status, "output": outcome.output, "errors": outcome.errors,
                  "dumpable": ctypes.CDLL(None).prctl(3, 0, 0, 0, 0), "faulthandler": dumped,
                  "variable": "TUTOR_DATABASE_URL" in os.environ, "url": runtime.server_url()}))
runtime.close()
'''


def run_app(tmp_path: Path, env: dict[str, str], *join: str) -> dict:
    data = tmp_path / "data"
    (tmp_path / "snoop.py").write_text(SNOOP)
    (tmp_path / "app.py").write_text(APP)
    if join:
        (tmp_path / "join").write_text(join[0])
    done = subprocess.run([sys.executable, str(tmp_path / "app.py"), str(data),
                           str(tmp_path / "snoop.py"), *([str(tmp_path / "join")] if join else [])],
                          capture_output=True, text=True,
                          timeout=120, env=env, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.splitlines()[-1])
    assert seen["status"] == "ok", seen
    assert seen["dumpable"] == 0  # prctl(PR_SET_DUMPABLE, 0) at start-up
    assert 'File "' in seen["faulthandler"]
    return seen


def what_the_program_saw(seen: dict) -> tuple[str, str]:
    lines = seen["output"].splitlines()
    environ = next(line for line in lines if line.startswith("environ "))
    return environ, seen["output"] + seen["errors"]


def test_a_joined_pcs_password_never_reaches_a_learners_program(tmp_path):
    """The packaged flow: the password is in the settings file, never in the environment;
    the program finds it neither in its parent's environment nor in the data folder."""
    url = f"postgresql://tutor_lab:{PASSWORD}@centre-pc/tutor"
    seen = run_app(tmp_path, clean_environment(PYTHONPATH=str(ROOT)), url)
    assert PASSWORD in seen["url"]  # the app has it...
    environ, everything = what_the_program_saw(seen)
    assert PASSWORD not in everything  # ...the learner's program does not
    if environ.startswith("environ read:"):  # as root: read, and nothing there
        assert "PATH=" in environ
    assert everything.count("data folder refused: PermissionError") == 3


def test_a_developers_variable_is_gone_from_the_process_a_program_can_look_at(tmp_path):
    """TUTOR_DATABASE_URL in the app's initial environment: out of os.environ, erased from
    the block /proc/PID/environ shows, and that file is for root alone (non-dumpable)."""
    url = f"postgresql+psycopg://tutor_lab:{PASSWORD}@dev-server/tutor"
    seen = run_app(tmp_path, clean_environment(PYTHONPATH=str(ROOT), TUTOR_DATABASE_URL=url))
    assert seen["url"] == url and seen["variable"] is False
    environ, everything = what_the_program_saw(seen)
    assert PASSWORD not in everything
    if os.geteuid() == 0:  # root reads any /proc file: the erased block is what shows
        assert environ.startswith("environ read:") and "PATH=" in environ
    else:  # anyone else is refused, the process being non-dumpable
        assert environ == "environ refused: PermissionError"
    log = (tmp_path / "data" / "logs" / "tutor.log").read_text()
    assert "centre server postgresql+psycopg://tutor_lab:***@dev-server/tutor" in log
    assert PASSWORD not in log
