"""The centre server (issue 22, points 2 and 3): this PC's settings for it, a server
prepared by ``init_server`` whose lab role can only add and read, and the words when it
cannot be reached. Against a real PostgreSQL server that checks passwords (SCRAM)."""

from __future__ import annotations

import json
import os
import stat
import time

import psycopg
import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import ProgrammingError
from sqlalchemy.pool import NullPool

from tests.store.postgres import PostgresServer
from tutor.errors import StorageError
from tutor.store import server
from tutor.store.db import SCHEMA_HEAD, database_url, open_database
from tutor.store.learners import create_learner

PASSWORD = "Kakuma-Lab-7319"  # the lab PCs' password in these tests: found nowhere it must not be
pytestmark = pytest.mark.process


def start_password_server() -> PostgresServer:
    """A throw-away server where the superuser ``tutor`` logs in without a password (the
    administrator) and every other role with its password (SCRAM-SHA-256)."""
    pg = PostgresServer()
    (pg.data / "pg_hba.conf").write_text(
        "local all tutor trust\nlocal all all scram-sha-256\n", encoding="utf-8")
    admin = psycopg.connect(f"host={pg.root} user=tutor dbname=postgres", autocommit=True)
    admin.execute("CREATE ROLE probe LOGIN")
    admin.execute("SELECT pg_reload_conf()")
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:  # until the new rules apply to new connections
        try:
            psycopg.connect(f"host={pg.root} user=probe dbname=postgres").close()
        except psycopg.OperationalError:
            break
        time.sleep(0.05)
    else:
        pytest.fail("the test server never asked for passwords")
    admin.close()
    return pg


@pytest.fixture(scope="module")
def pg():
    found = start_password_server()
    yield found
    found.stop()


def admin_url(pg: PostgresServer, password: str = "") -> str:
    secret = f":{password}" if password else ""
    return f"postgresql://tutor{secret}@/postgres?host={pg.root}"


def lab_url(pg: PostgresServer, database: str, password: str = PASSWORD,
            role: str = server.LAB_ROLE) -> str:
    return f"postgresql+psycopg://{role}:{password}@/{database}?host={pg.root}"


@pytest.fixture(autouse=True)
def no_address_from_the_environment():
    server.forget_environment()
    yield
    server.forget_environment()


# -- this PC's settings --------------------------------------------------------------------


def test_joining_keeps_the_settings_for_this_user_alone(data_dir):
    assert server.server_url(data_dir) is None
    settings = server.join(data_dir, "postgresql://tutor_lab@centre-pc:5433/kakuma", PASSWORD)
    path = data_dir / server.SETTINGS_FILE
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert json.loads(path.read_text()) == {"host": "centre-pc", "port": 5433, "database": "kakuma",
                                            "role": "tutor_lab", "password": PASSWORD}
    assert server.server_url(data_dir) == \
        f"postgresql+psycopg://tutor_lab:{PASSWORD}@centre-pc:5433/kakuma"
    assert server.shown_url(data_dir) == "postgresql+psycopg://tutor_lab:***@centre-pc:5433/kakuma"
    assert PASSWORD not in repr(settings) and PASSWORD not in settings.redacted()
    # Joined again: replaced whole, and no temporary file is left beside it.
    server.join(data_dir, f"postgresql://tutor_lab:{PASSWORD}x@centre-pc/tutor")
    assert json.loads(path.read_text())["password"] == PASSWORD + "x"
    assert json.loads(path.read_text())["port"] == 5432  # PostgreSQL's own port
    assert sorted(p.name for p in data_dir.iterdir()) == [server.SETTINGS_FILE]
    assert server.leave(data_dir) is True
    assert server.server_url(data_dir) is None and not path.exists()
    assert server.leave(data_dir) is False


def test_a_unix_socket_server_is_kept_and_given_back(data_dir):
    url = f"postgresql://tutor_lab:{PASSWORD}@/tutor?host=/run/postgresql"
    server.join(data_dir, url)
    assert server.server_url(data_dir) == \
        f"postgresql+psycopg://tutor_lab:{PASSWORD}@:5432/tutor?host=%2Frun%2Fpostgresql"
    assert json.loads((data_dir / server.SETTINGS_FILE).read_text())["host"] == "/run/postgresql"


@pytest.mark.parametrize("content", [
    b"not json", b"[]", b'{"host": "h"}', b"\xff\xfe",
    b'{"host": "h", "port": "5432", "database": "d", "role": "r", "password": "p"}',
    b'{"host": "h", "port": 99999, "database": "d", "role": "r", "password": "p"}',
    b'{"host": "h", "port": 5432, "database": "d", "role": "r", "password": 7}',
    b'{"host": "h", "database": "d", "role": "r", "password": "p", "x": "' + b"a" * 20_000 + b'"}',
])
def test_settings_that_are_not_ours_mean_working_alone(data_dir, content):
    (data_dir / server.SETTINGS_FILE).write_bytes(content)
    assert server.server_url(data_dir) is None


@pytest.mark.parametrize("url", [
    "mysql://tutor_lab:Kakuma-Lab-7319@centre/tutor",  # not PostgreSQL
    "postgresql://tutor_lab:Kakuma-Lab-7319@/tutor",  # no server
    "postgresql://:Kakuma-Lab-7319@centre/tutor",  # no role
    "Kakuma-Lab-7319 is not an address",
])
def test_what_is_not_a_servers_address_is_refused_without_repeating_it(data_dir, url):
    with pytest.raises(server.ServerError) as refused:
        server.join(data_dir, url)
    assert "not a centre server's address" in str(refused.value)
    assert PASSWORD not in str(refused.value)
    assert not (data_dir / server.SETTINGS_FILE).exists()


def test_the_developers_variable_is_taken_out_of_the_environment(data_dir, monkeypatch):
    url = f"postgresql+psycopg://tutor_lab:{PASSWORD}@dev-server/tutor"
    monkeypatch.setenv("TUTOR_DATABASE_URL", url)
    assert server.take_environment() == "postgresql+psycopg://tutor_lab:***@dev-server/tutor"
    assert "TUTOR_DATABASE_URL" not in os.environ
    assert server.server_url(data_dir) == url  # it wins over a joined server...
    server.join(data_dir, f"postgresql://tutor_lab:{PASSWORD}@centre/tutor")
    assert server.server_url(data_dir) == url
    server.forget_environment()
    assert "centre" in server.server_url(data_dir)
    # ...and it never replaces this PC's own database: attempts are committed here first.
    assert database_url(data_dir / "tutor.sqlite3") == f"sqlite:///{data_dir / 'tutor.sqlite3'}"


def test_saslprep_as_rfc_4013s_examples():
    assert server.saslprep("I\u00adX") == "IX"  # soft hyphen: mapped to nothing
    assert server.saslprep("user") == "user"
    assert server.saslprep("USER") == "USER"  # case is kept
    assert server.saslprep("\u00aa") == "a"  # NFKC
    assert server.saslprep("\u2168") == "IX"  # NFKC
    assert server.saslprep("a\u00a0b") == "a b"  # a no-break space is a space
    # Prohibited (a control character) or broken bidirectional text: used as it is.
    assert server.saslprep("x\u0085y") == "x\u0085y"
    assert server.saslprep("\u0627\u0031") == "\u0627\u0031"


# -- a server prepared for a centre --------------------------------------------------------


def connect(url: str):
    return create_engine(url, poolclass=NullPool).connect()


def add_learner(url: str, name: str):
    """A learner added through the store's own code (whatever columns the schema has)."""
    db = open_database(url)
    try:
        return create_learner(db, name, "sun")
    finally:
        db.dispose()


def refused_by_the_server(url: str, statement: str, **values) -> bool:
    with connect(url) as conn:
        try:
            conn.execute(text(statement), values)
        except ProgrammingError as exc:
            assert isinstance(exc.orig, psycopg.errors.InsufficientPrivilege), exc
            return True
        conn.rollback()
        return False


def test_init_server_prepares_a_database_the_lab_role_can_only_add_to(pg):
    done = server.init_server(admin_url(pg), "kakuma", PASSWORD)
    assert done.created and done.schema == SCHEMA_HEAD and done.lab_role == "tutor_lab"
    socket = str(pg.root).replace("/", "%2F")
    assert done.join_url == f"postgresql+psycopg://tutor_lab@:5432/kakuma?host={socket}"
    assert PASSWORD not in repr(done)
    lab = lab_url(pg, "kakuma")
    assert server.check_server(lab).schema == SCHEMA_HEAD
    # The lab PC's store works through the role: a learner and an attempt are added...
    person = add_learner(lab, "Amina Yusuf")
    with connect(lab) as conn:
        conn.execute(text(
            "INSERT INTO attempts (id, learner_id, skill, exercise_id, pack_id, pack_version, "
            "started_at, finished_at, score, passed, metrics, details) VALUES "
            "('0b5f4c1e-7d43-4c43-9d5e-0c3c1f7e8a11', :learner, 'typing', 'e1', 'p', '1', "
            "now(), now(), 1.0, true, '{}', '{}')"), {"learner": person.id.hex})
        conn.execute(text("INSERT INTO learner_aliases (alias_id, learner_id, created_at) "
                          "VALUES ('6c0a7f52-3f5e-4b38-9a39-45f1d7a3b2c0', :l, now())"),
                     {"l": person.id.hex})
        conn.commit()
        assert conn.execute(text("SELECT count(*) FROM attempts")).scalar() == 1
        assert conn.execute(text("SELECT display_name FROM learners")).scalar() == "Amina Yusuf"
    # ...and the server itself refuses everything else.
    for statement in (
        "UPDATE attempts SET score = 0",
        "DELETE FROM attempts",
        "UPDATE learners SET display_name = 'someone else'",
        "DELETE FROM learners",
        "DELETE FROM learner_aliases",
        "TRUNCATE attempts",
        "SELECT * FROM app_settings",
        "INSERT INTO app_settings (key, value) VALUES ('trainer_password', 'x')",
        "UPDATE alembic_version SET version_num = '0001'",
        "CREATE TABLE mine (x int)",
        "DROP TABLE attempts",
        "ALTER TABLE attempts ADD COLUMN x int",
    ):
        assert refused_by_the_server(lab, statement), statement
    with connect(lab) as conn:  # nothing changed
        assert conn.execute(text("SELECT count(*), min(score) FROM attempts")).one() == (1, 1.0)


def test_init_server_again_renews_the_password_and_keeps_the_data(pg):
    first = server.init_server(admin_url(pg), "again", PASSWORD)
    add_learner(lab_url(pg, "again"), "Omar")
    second = server.init_server(admin_url(pg), "again", "a-new-password-2026")
    assert first.created and not second.created
    assert server.check_server(lab_url(pg, "again")).state == "refused"  # the old one
    new = lab_url(pg, "again", "a-new-password-2026")
    with connect(new) as conn:
        assert conn.execute(text("SELECT display_name FROM learners")).scalar() == "Omar"


def test_a_trainer_role_may_change_a_profile_but_delete_nothing(pg):
    done = server.init_server(admin_url(pg), "withtrainer", PASSWORD, "Trainer-Pass-5521")
    assert done.trainer_role == "tutor_trainer"
    trainer = lab_url(pg, "withtrainer", "Trainer-Pass-5521", "tutor_trainer")
    add_learner(trainer, "Grace")
    with connect(trainer) as conn:
        conn.execute(text("UPDATE learners SET picture = 'moon'"))
        conn.commit()
    assert refused_by_the_server(trainer, "DELETE FROM learners")
    assert refused_by_the_server(trainer, "UPDATE attempts SET score = 0")
    assert refused_by_the_server(trainer, "SELECT * FROM app_settings")


def test_a_non_ascii_password_logs_in_as_the_server_checks_it(pg):
    """The SCRAM verifier is made here, not by the server: an Arabic password with a
    soft hyphen (mapped to nothing by SASLprep, on both sides) must still log in."""
    password = "\u0643\u0644\u0645\u0629\u00ad\u0633\u0631\u0020\u0645\u0631\u0648\u0631"
    server.init_server(admin_url(pg), "arabic", password)
    assert server.check_server(lab_url(pg, "arabic", password)).ok
    assert server.check_server(lab_url(pg, "arabic", "wrong-password")).state == "refused"


@pytest.mark.parametrize("database, password, words", [
    ("kakuma centre", PASSWORD, "letters, digits and _"),
    ('x"; DROP DATABASE postgres; --', PASSWORD, "letters, digits and _"),
    ("tutor", "short", "at least 8 characters"),
])
def test_init_server_refuses_a_bad_name_or_a_short_password(pg, database, password, words):
    with pytest.raises(server.ServerError) as refused:
        server.init_server(admin_url(pg), database, password)
    assert words in str(refused.value)


def test_reachability_says_what_is_true(pg, tmp_path):
    server.init_server(admin_url(pg), "reach", PASSWORD)
    assert server.check_server(lab_url(pg, "reach")).state == "ok"
    refused = server.check_server(lab_url(pg, "reach", "not-the-password"))
    assert refused.state == "refused" and "password authentication failed" in refused.detail
    nowhere = f"postgresql+psycopg://tutor_lab:{PASSWORD}@/reach?host={tmp_path}"
    gone = server.check_server(nowhere)
    assert gone.state == "unreachable" and PASSWORD not in gone.detail
    # A closed port on this machine: refused at once, within the 3 s connect timeout.
    started = time.monotonic()
    closed = server.check_server(f"postgresql+psycopg://tutor_lab:{PASSWORD}@127.0.0.1:9/reach")
    assert closed.state == "unreachable" and time.monotonic() - started < 4
    other = server.check_server(lab_url(pg, "reach").replace("/reach", "/postgres"))
    assert other.state == "not prepared" and "alembic_version" in other.detail


def test_an_unreachable_server_gets_words_that_do_not_blame_the_database(tmp_path, caplog):
    with pytest.raises(StorageError) as caught:
        open_database(f"postgresql+psycopg://tutor_lab:{PASSWORD}@/tutor?host={tmp_path}")
    words = str(caught.value)
    assert words == ("The centre server cannot be reached. Your work is kept on this PC and "
                     "will be sent when it is back.")
    assert "database" not in words.lower()
    assert "cannot be reached" in caplog.text and PASSWORD not in caplog.text


def test_a_server_that_refuses_this_pc_is_said_so(pg):
    server.init_server(admin_url(pg), "refuses", PASSWORD)
    with pytest.raises(StorageError) as caught:
        open_database(lab_url(pg, "refuses", "an-old-password"))
    assert "did not accept this PC" in str(caught.value)
    assert "an-old-password" not in str(caught.value)


def test_an_unreachable_administrator_is_a_message(tmp_path):
    with pytest.raises(StorageError) as caught:
        server.init_server(f"postgresql://tutor:Admin-4471@/postgres?host={tmp_path}", "tutor",
                           PASSWORD)
    assert "cannot be reached" in str(caught.value) and "Admin-4471" not in str(caught.value)


def test_the_outbox_delivers_and_pulls_through_the_lab_role_alone(pg, data_dir):
    """What a lab PC does with the server (tutor.store.outbox) needs no right beyond the
    lab role's: 3 attempts of one learner delivered with her profile, 2 of a learner
    made at another PC, and that learner pulled to the first PC with her 2 attempts."""
    from datetime import UTC, datetime

    from tutor.store import outbox
    from tutor.store.attempts import record_attempt

    server.init_server(admin_url(pg), "outboxed", PASSWORD)
    lab = outbox.server_database(lab_url(pg, "outboxed"))
    here = open_database(f"sqlite:///{data_dir / 'tutor.sqlite3'}")
    elsewhere = open_database(f"sqlite:///{data_dir / 'other.sqlite3'}")
    try:
        now = datetime.now(UTC)
        amina = create_learner(here, "Amina Yusuf", "sun")
        for number in range(3):
            record_attempt(here, amina.id, "typing", f"e{number}", "p", "1", now, now, 1.0, True)
        assert outbox.pending(here) == 3
        sent = outbox.deliver(here, lab)
        assert sent.reached and sent.added == 3 and sent.learners_added == 1, sent
        assert outbox.pending(here) == 0
        grace = create_learner(elsewhere, "Grace Banda", "moon")
        for number in range(2):
            record_attempt(elsewhere, grace.id, "email", f"m{number}", "p", "1", now, now, 0.5, False)
        assert outbox.deliver(elsewhere, lab).added == 2
        pulled = outbox.pull_learners(lab, here)
        assert pulled.learners_added == 1 and pulled.attempts_added == 2, pulled
    finally:
        here.dispose()
        elsewhere.dispose()
        lab.dispose()
    with connect(lab_url(pg, "outboxed")) as conn:
        assert conn.execute(text("SELECT count(*) FROM attempts")).scalar() == 5
