"""Start-up (issue 17): the picker's rows read without SQLAlchemy, the no-command path of
the command line, and lesson packs checked once (the cache of packs that passed)."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.content.conftest import DEMO, GOOD
from tutor import startup
from tutor.cli import app_arguments
from tutor.content.packs import PackCache, load_catalogue
from tutor.store.app_settings import StoredGateState
from tutor.store.db import read_picker
from tutor.store.learners import create_learner, list_learners, mark_used, set_archived

ROOT = Path(__file__).resolve().parents[1]

# -- the picker's rows ----------------------------------------------------------------


def test_the_picker_rows_are_the_stores_learners_in_the_same_order(runtime):
    db = runtime.db
    start = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
    people = [create_learner(db, name, "sun", pin="2580" if name == "Omar" else None,
                             ui_language="fr" if name == "Ana" else "en",
                             now=start + timedelta(minutes=i))
              for i, name in enumerate(["Ana", "omar", "Omar", "Zainab", "Émile", "Bea"])]
    mark_used(db, people[3].id, now=start + timedelta(days=2))
    set_archived(db, people[5].id)
    StoredGateState(db).put(str(people[2].id), 3, 1234.5)
    rows = read_picker(runtime.url)
    assert rows is not None and rows.exists
    expected = list_learners(db)
    assert [(p.id, p.display_name, p.picture, p.pin_hash, p.ui_language) for p in rows.learners] \
        == [(p.id, p.display_name, p.picture, p.pin_hash, p.ui_language) for p in expected]
    assert people[5].id not in {p.id for p in rows.learners}
    assert json.loads(rows.settings[f"gate:{people[2].id}"]) == [3, 1234.5]


def test_no_database_yet_gives_no_rows_and_creates_nothing(tmp_path):
    rows = read_picker(f"sqlite:///{tmp_path / 'tutor.sqlite3'}")
    assert rows is not None and not rows.exists and rows.learners == []
    assert not (tmp_path / "tutor.sqlite3").exists()


def test_the_fast_path_steps_aside_when_it_cannot_answer(tmp_path, runtime):
    assert read_picker("postgresql://tutor@server/tutor") is None
    assert read_picker("sqlite://") is None
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"not a database at all" * 100)
    assert read_picker(f"sqlite:///{broken}") is None
    old = tmp_path / "old.sqlite3"
    with sqlite3.connect(old) as conn:
        conn.execute("CREATE TABLE alembic_version (version_num TEXT)")
        conn.execute("INSERT INTO alembic_version VALUES ('0001')")
    assert read_picker(f"sqlite:///{old}") is None  # to be migrated by the store first
    conn.close()


def test_prepare_opens_nothing_until_asked(data_dir):
    runtime = startup.prepare(data_dir)
    try:
        assert not runtime.db_open and not runtime.loaded
        rows = runtime.picker_rows()
        assert rows is not None and not rows.exists
        assert not (data_dir / "tutor.sqlite3").exists()
        runtime.load()
        assert runtime.loaded and runtime.catalogue.packs
        assert (data_dir / "cache" / PackCache.NAME).is_file()
    finally:
        runtime.close()


# -- the command line without a command ------------------------------------------------


@pytest.mark.parametrize("arguments, data_dir", [
    ([], None), (["--data-dir", "d"], "d"), (["--data-dir=d"], "d"),
])
def test_opening_the_app_needs_no_parser(arguments, data_dir):
    opening = app_arguments(arguments)
    assert opening is not None and opening.data_dir == data_dir


@pytest.mark.parametrize("arguments", [
    ["--data-dir"], ["--data-dir="], ["where"], ["--data-dir", "d", "where"], ["--version"],
    ["--data-dir", "--version"], ["-h"],
])
def test_anything_else_goes_to_the_parser(arguments):
    assert app_arguments(arguments) is None


# -- lesson packs checked once -----------------------------------------------------------


@pytest.fixture
def skills():
    return {"demo": DEMO}


@pytest.fixture
def shipped(tmp_path):
    """A folder standing for the program's own lessons/, with one good pack."""
    folder = tmp_path / "program" / "lessons"
    folder.mkdir(parents=True)
    (folder / "demo.toml").write_text(GOOD, encoding="utf-8")
    return folder


def load(folder: Path, skills, cache: Path, trusted: Path | None = None):
    return load_catalogue([folder], skills, cache=cache,
                          trusted=[trusted or folder])


def vouched(monkeypatch) -> list[bool]:
    """Whether each pack checked was vouched for by the cache (its guards skipped)."""
    from tutor.content import packs

    seen: list[bool] = []
    original = packs.check_pack_text

    def spy(text, path, skills, guarded=True):
        seen.append(not guarded)
        return original(text, path, skills, guarded)

    monkeypatch.setattr(packs, "check_pack_text", spy)
    return seen


def test_a_pack_that_passed_is_not_guarded_again_until_it_changes(
        shipped, skills, tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    seen = vouched(monkeypatch)
    first = load(shipped, skills, cache)
    assert list(first.packs) == ["demo-en-basics"] and seen == [False]
    stored = json.loads((cache / PackCache.NAME).read_text())
    assert len(stored["passed"]) == 1 and stored["tutor"]
    second = load(shipped, skills, cache)
    assert seen == [False, True]
    assert second.packs["demo-en-basics"].exercises == first.packs["demo-en-basics"].exercises
    # One changed byte: checked in full again, with the precise error of today.
    broken = GOOD.replace('title = "The first one"', 'titel = "The first one"')
    (shipped / "demo.toml").write_text(broken, encoding="utf-8")
    third = load(shipped, skills, cache)
    plain = load_catalogue([shipped], skills)
    assert seen[-1] is False
    assert [str(p) for p in third.problems] == [str(p) for p in plain.problems] != []
    assert "unknown key 'titel' (did you mean 'title'?)" in str(third.problems[1])


def test_the_cache_vouches_only_for_the_programs_own_packs(shipped, skills, tmp_path,
                                                          monkeypatch):
    cache = tmp_path / "cache"
    trainers = tmp_path / "data" / "lessons"
    trainers.mkdir(parents=True)
    (trainers / "mine.toml").write_text(GOOD.replace("demo-en-basics", "mine"), "utf-8")
    seen = vouched(monkeypatch)
    load_catalogue([trainers], skills, cache=cache, trusted=[shipped])
    load_catalogue([trainers], skills, cache=cache, trusted=[shipped])
    assert seen == [False, False]  # a trainer's folder is writable by learners


def test_a_tampered_cache_cannot_let_a_deep_pack_past_its_guard(skills, tmp_path):
    """Even listed, a file outside the program's lessons gets every check."""
    cache = tmp_path / "cache"
    cache.mkdir()
    trainers = tmp_path / "lessons"
    trainers.mkdir()
    deep = GOOD + "extra = " + "[" * 200 + "]" * 200 + "\n"
    (trainers / "deep.toml").write_text(deep, encoding="utf-8")
    key = PackCache.key(deep.encode(), skills)
    (cache / PackCache.NAME).write_text(json.dumps(
        {"format": PackCache.FORMAT, "tutor": __import__("tutor").__version__,
         "passed": [key]}))
    catalogue = load_catalogue([trainers], skills, cache=cache, trusted=[tmp_path / "program"])
    assert not catalogue.packs
    assert "nested 200 deep" in str(catalogue.problems[0])


@pytest.mark.parametrize("damage", [
    b"", b"{not json", b"[]", b'{"format": 1}', b'{"format": 1, "tutor": "0.0.0", "passed": []}',
    b'{"format": 1, "tutor": "%s", "passed": 7}', b"[" * 100_000, b"\xff\xfe",
])
def test_a_damaged_cache_is_ignored_and_rebuilt(shipped, skills, tmp_path, damage,
                                                monkeypatch):
    import tutor

    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / PackCache.NAME).write_bytes(damage.replace(b"%s", tutor.__version__.encode()))
    seen = vouched(monkeypatch)
    catalogue = load(shipped, skills, cache)
    assert list(catalogue.packs) == ["demo-en-basics"] and seen == [False]
    assert len(json.loads((cache / PackCache.NAME).read_text())["passed"]) == 1


def test_another_version_or_other_skills_check_again(shipped, skills, tmp_path, monkeypatch):
    from tutor.content import packs

    cache = tmp_path / "cache"
    load(shipped, skills, cache)
    seen = vouched(monkeypatch)
    monkeypatch.setattr(packs, "__version__", "99.0")
    load(shipped, skills, cache)
    assert seen == [False]
    other = {**skills, "other": skills["demo"]}
    load(shipped, other, cache)
    load(shipped, other, cache)
    assert seen == [False, False, True]


def test_a_read_only_cache_folder_changes_nothing(shipped, skills, tmp_path):
    cache = tmp_path / "cache"
    cache.write_text("a file where the folder should be")
    assert list(load(shipped, skills, cache).packs) == ["demo-en-basics"]


# -- the picker's first page, before the store (issue 17, a centre's thousands) ----------


def test_the_picker_reads_its_first_page_and_the_others_when_asked(runtime):
    from tutor.store.learners import recent_learners
    from tutor.ui.picker import PAGE, search_in

    db = runtime.db
    start = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
    for i in range(45):
        create_learner(db, f"Learner {i:02d}", "sun", now=start + timedelta(minutes=i % 20))
    set_archived(db, recent_learners(db, 3, 1)[0].id)
    rows = read_picker(runtime.url)
    assert rows is not None and len(rows.learners) == 44
    first = rows.learners[:PAGE]  # read at start-up: the same page as the store's
    assert [p.key for p in first] == [str(p.id) for p in recent_learners(db, 0, PAGE)]
    assert [p.id for p in first] == [p.id for p in recent_learners(db, 0, PAGE)]
    rest = rows.learners[PAGE:44]  # another page: read when asked, in the same order
    assert [p.key for p in rest] == [str(p.id) for p in recent_learners(db, PAGE, 14)]
    assert [p.key for p in rows.learners] == [str(p.id) for p in recent_learners(db, 0, 50)]
    # a search typed before the store has loaded finds a learner of any page
    last = recent_learners(db, 43, 1)[0]
    assert [p.key for p in search_in(rows.learners, last.display_name, PAGE)] == [str(last.id)]


def test_an_id_the_fast_path_cannot_read_leaves_it_to_the_store(runtime):
    create_learner(runtime.db, "Amina", "sun")
    with sqlite3.connect(Path(runtime.url.removeprefix("sqlite:///"))) as conn:
        conn.execute("UPDATE learners SET id = 'not-a-uuid'")
    conn.close()
    assert read_picker(runtime.url) is None


START_UP = """
import sys
import tutor.ui.qt_import, tutor.app
from tutor import startup
runtime = startup.prepare(sys.argv[1], harden=False)
rows = runtime.picker_rows()
assert rows is not None and len(rows.learners) == 1, rows
print(" ".join(sorted(sys.modules)))
"""

NOT_BEFORE_THE_PICKER = ("dataclasses", "json", "platformdirs", "ctypes", "uuid", "platform",
                         "unicodedata", "sqlalchemy", "pydantic", "PySide6.QtSvg")


def test_the_start_up_path_leaves_out_what_the_picker_does_not_use(runtime, tmp_path):
    """Each of these cost the first paint milliseconds (measured for issue 17): the ids are
    made UUIDs when a learner is chosen, the process is hardened (ctypes) after the paint,
    platformdirs only finds a folder nobody named, JSON only reads a paused PIN."""
    create_learner(runtime.db, "Amina", "sun")
    runtime.close()
    done = subprocess.run([sys.executable, "-c", START_UP, str(runtime.location.path)],
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    loaded = set(done.stdout.split())
    assert "sqlite3" in loaded and "tutor.ui.main_window" in loaded
    assert sorted(loaded.intersection(NOT_BEFORE_THE_PICKER)) == []


# -- PySide's __feature__ import hook -----------------------------------------------------

SOURCE_KEPT = """
import linecache, sys
import PySide6.QtCore
if sys.argv[1] == "dropped":
    import tutor.ui.qt_import
from tutor.text import fold  # the hook reads the module an import statement returns
print(any(name.endswith("text.py") for name in linecache.cache))
"""


@pytest.mark.parametrize("hook, kept", [("kept", "True"), ("dropped", "False")])
def test_modules_imported_after_pyside_are_not_read_again_for_its_features(hook, kept):
    """With PySide's hook, every module imported later is read whole and its lines kept
    (``linecache``: 25 MB for SQLAlchemy, pydantic and alembic); without it, not."""
    done = subprocess.run([sys.executable, "-c", SOURCE_KEPT, hook], capture_output=True,
                          text=True, timeout=120, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == kept


def test_tutor_uses_no_pyside_feature():
    """Dropping the hook is only right while no module asks for a feature."""
    users = [str(path.relative_to(ROOT)) for path in (ROOT / "tutor").rglob("*.py")
             if "__feature__" in path.read_text(encoding="utf-8")
             and path.name != "qt_import.py"]
    assert users == []


# -- after the first paint ----------------------------------------------------------------

AFTER_PAINT = """
import ctypes, gc, sys
import tutor.ui.qt_import
import tutor.app as app_module
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

def reported():
    from PySide6 import QtCore
    print("at the paint: collector", gc.isenabled(), "Qt namespace", "Qt" in QtCore.__dict__,
          flush=True)
    def after():
        dumpable = ctypes.CDLL(None).prctl(3, 0, 0, 0, 0)
        from tutor.memory import caches_in_children
        print("after: collector", gc.isenabled(), "dumpable", dumpable,
              "caches in children", caches_in_children(), flush=True)
        QApplication.quit()
    QTimer.singleShot(0, after)

app_module.report_paint = reported
gc.disable()  # as the command line does
sys.exit(app_module.run_app(sys.argv[1]))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl is Linux's")
def test_the_collector_and_the_hardening_come_back_once_the_picker_is_painted(data_dir):
    done = subprocess.run([sys.executable, "-c", AFTER_PAINT, str(data_dir)],
                          capture_output=True, text=True, timeout=120, cwd=ROOT,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    # The Qt namespace's 94 Python enums (about 15 ms) are made after the paint, if at all
    # (tutor/ui/by_name.py).
    assert done.stdout.splitlines() == ["at the paint: collector False Qt namespace False",
                                        "after: collector True dumpable 0 caches in "
                                        "children True"]


NAMESPACE_AT_PAINT = """
import sys
import tutor.ui.qt_import
import tutor.app as app_module
from PySide6 import QtCore
from PySide6.QtWidgets import QApplication

def reported():
    print("Qt namespace at the paint", "Qt" in QtCore.__dict__, flush=True)
    QApplication.quit()

app_module.report_paint = reported
sys.exit(app_module.run_app(sys.argv[1]))
"""


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_picker_with_learners_is_painted_without_the_qt_namespace(runtime, language):
    """Tiles, a learner with a PIN, right to left: the picker's first paint names no
    ``QtCore.Qt`` (94 enums, about 15 ms: tutor/ui/by_name.py); the window still works
    after it (the namespace is made then, on first use)."""
    from tutor.store.learners import set_pin

    amina = create_learner(runtime.db, "Amina", "sun")
    create_learner(runtime.db, "Hassan", "tree")
    set_pin(runtime.db, amina.id, "4321")
    folder = runtime.location.path
    runtime.close()
    done = subprocess.run([sys.executable, "-c", NAMESPACE_AT_PAINT, str(folder)],
                          capture_output=True, text=True, timeout=120, cwd=ROOT,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen",
                               "TUTOR_LANGUAGE": language})
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["Qt namespace at the paint False"]
