import subprocess
import sys
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from tutor.errors import StorageError
from tutor.store.db import MIGRATIONS, SCHEMA_HEAD, Database, database_url, open_database
from tutor.store.models import Base


def pragma(db, name):
    with db.engine.connect() as conn:
        return conn.exec_driver_sql(f"PRAGMA {name}").scalar()


def test_sqlite_is_set_up_for_durability(sqlite_db):
    db = sqlite_db
    assert pragma(db, "journal_mode") == "wal"
    assert pragma(db, "synchronous") == 2  # FULL
    assert pragma(db, "foreign_keys") == 1
    assert pragma(db, "busy_timeout") >= 10_000


def test_schema_is_created_at_the_newest_revision(db):
    assert db.schema_version() == SCHEMA_HEAD
    assert db.integrity_ok()


def test_schema_head_constant_matches_the_migration_files():
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    assert ScriptDirectory.from_config(config).get_current_head() == SCHEMA_HEAD


def test_models_and_migrations_agree(db):
    """A model change without a migration would fail here."""
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_opening_again_keeps_data_and_skips_migration(data_dir):
    url = f"sqlite:///{data_dir / 't.sqlite3'}"
    first = open_database(url)
    with first.engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE marker (x)")
    first.dispose()
    second = open_database(url)
    with second.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM marker").scalar() == 0
    second.dispose()


def test_the_pcs_own_database_is_always_its_sqlite_file(tmp_path, monkeypatch):
    """Issue #22: a lab PC commits every attempt in its own SQLite first; a centre
    server (TUTOR_DATABASE_URL for developers, centre-server.json when joined) only
    receives them from the outbox."""
    monkeypatch.setenv("TUTOR_DATABASE_URL", "postgresql+psycopg://tutor@centre-server/tutor")
    assert database_url(tmp_path / "x.sqlite3") == f"sqlite:///{tmp_path / 'x.sqlite3'}"


def test_a_damaged_database_is_reported_and_left_untouched(tmp_path):
    broken = tmp_path / "tutor.sqlite3"
    content = b"this is not a database, but it might be someone's progress" * 100
    broken.write_bytes(content)
    with pytest.raises(StorageError) as caught:
        open_database(f"sqlite:///{broken}")
    assert "Nothing has been changed" in str(caught.value)
    assert broken.read_bytes() == content


@pytest.mark.process
def test_two_programs_creating_the_database_at_once(tmp_path):
    """Two lab windows started together on an empty data folder both open it."""
    url = f"sqlite:///{tmp_path / 'race.sqlite3'}"
    code = (
        "import sys; from tutor.store.db import open_database; "
        f"d = open_database({url!r}); print(d.schema_version())"
    )
    children = [
        subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True, cwd=Path(__file__).parents[2])
        for _ in range(4)
    ]
    results = [child.communicate(timeout=60) for child in children]
    for child, (out, err) in zip(children, results, strict=True):
        assert child.returncode == 0, err
        assert out.strip() == SCHEMA_HEAD


def _reader_holding_the_file(path, seconds):
    """A program reading a rollback-journal database: its shared lock keeps any other
    from switching the file to WAL until it ends, ``seconds`` later."""
    import sqlite3
    import threading

    reader = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    reader.execute("CREATE TABLE t (x)")
    reader.execute("BEGIN")
    reader.execute("SELECT * FROM t").fetchall()
    timer = threading.Timer(seconds, lambda: (reader.execute("COMMIT"), reader.close()))
    timer.start()
    return timer


def test_switching_to_wal_waits_for_a_program_that_holds_the_file(tmp_path):
    """SQLite's busy timeout does not cover ``PRAGMA journal_mode = WAL`` in every case
    (a program closing its last connection can make it answer "locked" at once: the
    race above failed so on CI). Here the opener's own busy timeout is 0, so only the
    retry can wait for the reader."""
    import sqlite3

    from tutor.store.db import _wal_mode

    path = tmp_path / "held.sqlite3"
    timer = _reader_holding_the_file(path, 0.2)
    opener = sqlite3.connect(path, isolation_level=None)
    opener.execute("PRAGMA busy_timeout = 0")
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        opener.execute("PRAGMA journal_mode = WAL")  # what happened without the retry
    assert _wal_mode(opener.cursor(), timeout_s=5) == "wal"
    timer.join()
    opener.close()


def test_switching_to_wal_gives_up_after_its_budget(tmp_path):
    import sqlite3
    import time

    from tutor.store.db import _wal_mode

    path = tmp_path / "held.sqlite3"
    timer = _reader_holding_the_file(path, 1.0)
    opener = sqlite3.connect(path, isolation_level=None)
    opener.execute("PRAGMA busy_timeout = 0")
    started = time.monotonic()
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        _wal_mode(opener.cursor(), timeout_s=0.1)
    assert time.monotonic() - started < 0.9
    timer.join()
    opener.close()


def test_a_full_disk_is_a_clear_message_and_loses_nothing_saved(sqlite_db):
    """SQLite reports a full disk as SQLITE_FULL; a page limit produces the same error."""
    from datetime import UTC, datetime

    from tutor.store.attempts import attempts_of, record_attempt
    from tutor.store.learners import create_learner

    ana = create_learner(sqlite_db, "Ana", "sun")
    now = datetime.now(UTC)
    record_attempt(sqlite_db, ana.id, "typing", "e1", "p", "1", now, now, 1.0, True)
    with sqlite_db.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()

    @__import__("sqlalchemy").event.listens_for(sqlite_db.engine, "connect")
    def limit(dbapi_connection, record):
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 1}")

    sqlite_db.engine.dispose()
    with pytest.raises(StorageError) as caught:
        for _ in range(50):  # each attempt carries a big keystroke log
            record_attempt(sqlite_db, ana.id, "typing", "e2", "p", "1", now, now, 0.5, False,
                           details={"keys": ["x" * 100] * 200})
    assert "disk is full" in str(caught.value)
    assert [a.exercise_id for a in attempts_of(sqlite_db, ana.id)][0] == "e1"
    assert sqlite_db.integrity_ok()


def test_migrations_go_down_and_up_again(db):
    """Every migration can be reversed, so a failed upgrade can be undone by a developer."""
    from alembic import command

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with db.engine.execution_options(sqlite_begin="IMMEDIATE").begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "base")
    assert db.schema_version() is None
    db.migrate()
    assert db.schema_version() == SCHEMA_HEAD


def test_a_database_from_the_first_release_opens_in_this_one(tmp_path):
    """Made at revision 0001 with a learner and an attempt; opened now, nothing lost."""
    from datetime import UTC, datetime

    from alembic import command
    from sqlalchemy import text

    from tutor.store.attempts import attempts_of
    from tutor.store.learners import get_learner

    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    old = Database(url)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with old.engine.execution_options(sqlite_begin="IMMEDIATE").begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")
        conn.execute(text(
            "INSERT INTO learners VALUES ('0123456789abcdef0123456789abcdef', 'Amina', "
            "'sun', 'sw', 'us', 'normal', '{}', NULL, '2025-01-01 10:00:00', "
            "'2025-01-01 10:00:00', NULL, 0)"))
        conn.execute(text(
            "INSERT INTO attempts VALUES ('fedcba9876543210fedcba9876543210', "
            "'0123456789abcdef0123456789abcdef', 'typing', 'fj', 'typing-sw', '1.0', "
            "'2025-01-02 10:00:00', '2025-01-02 10:05:00', 1.0, 1, '{\"wpm\": 12}', '{}')"))
    old.dispose()
    assert Database(url).schema_version() == "0001"
    db = open_database(url)
    assert db.schema_version() == SCHEMA_HEAD
    import uuid

    amina = get_learner(db, uuid.UUID("0123456789abcdef0123456789abcdef"))
    assert amina.display_name == "Amina" and amina.created_at.tzinfo is not None
    [attempt] = attempts_of(db, amina.id)
    assert attempt.metrics == {"wpm": 12}
    assert attempt.finished_at == datetime(2025, 1, 2, 10, 5, tzinfo=UTC)
    db.dispose()
