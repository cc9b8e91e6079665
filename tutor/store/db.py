"""Opening the database: the PC's own SQLite file, and PostgreSQL for a centre server.

A PC always works on its own SQLite file, where every attempt is committed first; a
centre server (``tutor.store.server``: joined by the trainer, or ``TUTOR_DATABASE_URL``
for a developer) receives them from there, through the same ``Database`` with no change
above this package. SQLite runs in WAL mode with ``synchronous=FULL`` (a committed attempt survives a power
cut), foreign keys on and a busy timeout, and every write transaction starts with
``BEGIN IMMEDIATE`` so that two programs on one data folder wait for each other instead
of failing. The schema is migrated by Alembic when the database is opened.

SQLAlchemy is imported when a ``Database`` is made, not with this module: the learner
picker is shown from ``read_picker``, a few rows read with the standard library's
``sqlite3`` when the schema is already current, before SQLAlchemy has loaded.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, overload

from tutor.errors import StorageError, disk_full
from tutor.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    import uuid

    from sqlalchemy import Engine
    from sqlalchemy.orm import Session

log = logging.getLogger(__name__)

ENV_DATABASE_URL = "TUTOR_DATABASE_URL"
BUSY_TIMEOUT_MS = 15_000
# The newest migration; start-up skips Alembic entirely when the database is already
# there (a test checks this matches the newest file in migrations/versions).
SCHEMA_HEAD = "0005"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def database_url(database_file: Path) -> str:
    """The PC's own database. ``TUTOR_DATABASE_URL`` no longer replaces it: it names the
    centre server (``tutor.store.server``), which receives the attempts from here."""
    return f"sqlite:///{database_file}"


def redacted_url(url: str) -> str:
    """The database address for the log, without its password."""
    if "@" not in url:  # no user, no password (SQLite): no need to load SQLAlchemy
        return url
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


def _wal_mode(cursor: sqlite3.Cursor, timeout_s: float = BUSY_TIMEOUT_MS / 1000) -> str:
    """Ask for write-ahead logging and return the journal mode the file is in.

    SQLite's busy timeout does not cover this pragma in every case: while another
    program closes its last connection (checkpointing and removing the log) the
    pragma can answer "database is locked" at once. Measured: 4 of 300 races of six
    programs opening and closing one new file 15 times each failed so; with this
    retry, none of 300. The same budget as the busy timeout, then the error stands.
    """
    deadline = time.monotonic() + timeout_s
    pause = 0.005
    while True:
        try:
            return str(cursor.execute("PRAGMA journal_mode = WAL").fetchone()[0])
        except sqlite3.OperationalError as exc:
            text = str(exc).lower()
            if ("locked" not in text and "busy" not in text) or time.monotonic() >= deadline:
                raise
            time.sleep(pause)
            pause = min(pause * 2, 0.1)


def _configure_sqlite(engine: Engine) -> None:
    from sqlalchemy import event

    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection: sqlite3.Connection, record: Any) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        mode = _wal_mode(cursor)
        if mode.lower() != "wal":  # e.g. a network share without shared memory
            log.warning("SQLite journal mode is %s, not WAL", mode)
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(connection: Any) -> None:
        mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {mode}")


class Database:
    """An engine, and sessions for reading and for writing."""

    def __init__(self, url: str) -> None:
        from sqlalchemy import create_engine
        from sqlalchemy.orm import sessionmaker

        self.url = url
        self.engine = create_engine(url)
        self.is_sqlite = self.engine.dialect.name == "sqlite"
        if self.is_sqlite:
            _configure_sqlite(self.engine)
        writer = self.engine.execution_options(sqlite_begin="IMMEDIATE")
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        self._write = sessionmaker(writer, expire_on_commit=False)

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with guard_storage(), self._read() as session:
            yield session

    @contextmanager
    def snapshot(self) -> Iterator[Session]:
        """A read-only session whose queries all see one state of the database, however
        many there are and whatever others commit meanwhile: one transaction, REPEATABLE
        READ and READ ONLY on PostgreSQL (its default, READ COMMITTED, gives each query
        its own snapshot), a deferred transaction on SQLite (in WAL mode its first read
        fixes the snapshot until the end). A read-only repeatable read never fails
        because of others' writes."""
        with guard_storage(), self._read() as session:
            if self.is_sqlite:
                session.connection()  # BEGIN now: every query below is in it
            else:
                from sqlalchemy import text

                session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
                session.execute(text("SET TRANSACTION READ ONLY"))
            yield session

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """A session whose changes are committed when the block ends without error.

        Only once this block has returned is the data on disk: say "saved" after it.
        """
        with guard_storage(), self._write() as session, session.begin():
            yield session

    def migrate(self) -> None:
        """Bring the schema to the newest version, creating it in an empty database."""
        with guard_storage():
            if self.schema_version() == SCHEMA_HEAD:
                return
            from alembic import command
            from alembic.config import Config
            from sqlalchemy import text

            config = Config()
            config.set_main_option("script_location", str(MIGRATIONS))
            with self.engine.execution_options(sqlite_begin="IMMEDIATE").begin() as conn:
                if conn.dialect.name == "postgresql":
                    # One migrating program at a time on a shared server.
                    conn.execute(text("SELECT pg_advisory_xact_lock(7363526)"))
                config.attributes["connection"] = conn
                command.upgrade(config, "head")
            log.info("database schema migrated to %s", self.schema_version())

    def schema_version(self) -> str | None:
        from sqlalchemy import text
        from sqlalchemy.exc import DatabaseError, OperationalError

        with self.engine.connect() as conn:
            try:
                return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            except (OperationalError, DatabaseError) as exc:
                if "alembic_version" in str(exc) or "does not exist" in str(exc):
                    conn.rollback()
                    return None
                raise

    def integrity_ok(self) -> bool:
        if not self.is_sqlite:
            return True
        with self.engine.connect() as conn:
            return conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"

    def dispose(self) -> None:
        self.engine.dispose()


@contextmanager
def guard_storage() -> Iterator[None]:
    """Turn database failures a user can meet into messages they can act on."""
    from sqlalchemy.exc import DatabaseError, IntegrityError, InterfaceError, OperationalError

    try:
        yield
    except IntegrityError:  # a rule of the data was broken: the caller's business
        raise
    except OperationalError as exc:
        message = str(exc.orig or exc).lower()
        if "disk is full" in message or "no space" in message:
            raise disk_full() from exc
        if server_refused_this_pc(exc):
            log.warning("the centre server refused this PC: %s", _first_line(exc))
            raise server_refused() from exc
        if server_out_of_reach(exc):
            log.warning("the centre server cannot be reached: %s", _first_line(exc))
            raise server_unreachable() from exc
        if "locked" in message or "busy" in message:
            raise StorageError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Tutor is busy saving in another window. Wait a moment and try again.",
                )
            ) from exc
        raise _unreadable(exc) from exc
    except InterfaceError as exc:  # a connection to a server that went away
        log.warning("the centre server cannot be reached: %s", _first_line(exc))
        raise server_unreachable() from exc
    except DatabaseError as exc:
        raise _unreadable(exc) from exc
    except OSError as exc:
        if exc.errno == 28:  # ENOSPC
            raise disk_full() from exc
        raise


# What PostgreSQL and psycopg say when the server is not there, or stopped talking
# (stopped, restarting, a cable pulled, a host that does not answer); lower case.
_OUT_OF_REACH = (
    "could not connect", "connection refused", "connection failed", "timeout expired",
    "timed out", "server closed the connection", "connection is closed", "connection is lost",
    "could not translate host name", "no route to host", "network is unreachable",
    "terminating connection", "the database system is starting up",
    "the database system is shutting down", "the database system is in recovery mode",
    "consuming input failed", "ssl syscall error", "connection reset", "broken pipe",
    "could not receive data", "could not send data", "server conn crashed",
    "connection is bad", "ssl negotiation", ".s.pgsql.",  # the last: a local socket not there
)
# ... and when it is there but does not accept this PC: the wrong password, no such role
# or database, or a pg_hba.conf without a line for this PC.
_REFUSED = (
    "password authentication failed", "no pg_hba.conf entry", "role \"", "database \"",
    "pg_hba.conf rejects", "authentication failed",
)


def _first_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def server_refused_this_pc(exc: BaseException) -> bool:
    """Whether a server answered but refused the connection (password, role, database)."""
    message = str(getattr(exc, "orig", None) or exc).lower()
    if not any(word in message for word in _REFUSED):
        return False
    return ("does not exist" in message or "authentication" in message
            or "pg_hba.conf" in message)


def server_out_of_reach(exc: BaseException) -> bool:
    """Whether a database error means the server cannot be reached right now (as opposed
    to a server that refuses this PC, or a damaged database)."""
    if getattr(exc, "connection_invalidated", False):
        return True
    if server_refused_this_pc(exc):
        return False
    message = str(getattr(exc, "orig", None) or exc).lower()
    return any(word in message for word in _OUT_OF_REACH)


def server_unreachable() -> StorageError:
    """The words when the centre server cannot be reached: they do not blame the
    database, and say that the work is safe (it is committed on this PC first)."""
    return StorageError(
        QT_TRANSLATE_NOOP(
            "errors",
            "The centre server cannot be reached. Your work is kept on this PC and will be "
            "sent when it is back.",
        )
    )


def server_refused() -> StorageError:
    return StorageError(
        QT_TRANSLATE_NOOP(
            "errors",
            "The centre server did not accept this PC. Your work is kept on this PC. Ask "
            "your trainer to join this PC to the centre server again.",
        )
    )


def _unreadable(exc: Exception) -> StorageError:
    return StorageError(
        QT_TRANSLATE_NOOP(
            "errors",
            "Tutor cannot read its progress database ({reason}). Nothing has been changed "
            "or deleted. Ask your trainer for help: the details are in the log file.",
        ),
        reason=str(getattr(exc, "orig", None) or exc).splitlines()[0],
    )


class LearnerSummary(NamedTuple):
    """What the picker shows of a learner: the same names as ``models.Learner``'s. The
    id is kept as text (``key``) and made a UUID when asked: the ``uuid`` module (and
    ``platform``, which it imports on Linux) is not needed before the first paint."""

    key: str
    display_name: str
    picture: str
    pin_hash: str | None
    ui_language: str

    @property
    def id(self) -> uuid.UUID:
        import uuid

        return uuid.UUID(self.key)


class PickerRows:
    """What the first screen needs from the database, read without SQLAlchemy (plain
    classes here: nothing before the first paint imports dataclasses)."""

    def __init__(
        self,
        learners: Sequence[LearnerSummary] | None = None,
        settings: dict[str, str] | None = None,
        exists: bool = True,
    ) -> None:
        self.learners: Sequence[LearnerSummary] = [] if learners is None else learners
        self.settings: dict[str, str] = {} if settings is None else settings  # PIN pauses
        self.exists = exists  # False: no database yet (a first start); it is made later


SQLITE_PREFIX = "sqlite:///"


def sqlite_file(url: str) -> Path | None:
    """The file of a plain ``sqlite:///FILE`` address, or None for anything else."""
    if not url.startswith(SQLITE_PREFIX) or "?" in url:
        return None
    name = url[len(SQLITE_PREFIX):]
    return Path(name) if name and name != ":memory:" else None


_PICKER_COLUMNS = "id, display_name, picture, pin_hash, ui_language"
# ``learners.recent_learners``' order: the most recently used first, then by name.
_PICKER_ORDER = ("FROM learners WHERE archived = 0 "
                 "ORDER BY coalesce(last_used_at, created_at) DESC, name_key, id")


def _summaries(rows: list[Any]) -> list[LearnerSummary]:
    return [LearnerSummary(_uuid_text(id_), str(name), str(picture),
                           None if pin_hash is None else str(pin_hash), str(language))
            for id_, name, picture, pin_hash, language in rows]


def _uuid_text(stored: object) -> str:
    """A UUID as SQLAlchemy's Uuid type stores it in SQLite (32 hex digits), or with
    dashes, written as ``str(uuid.UUID(...))`` writes it."""
    digits = str(stored).replace("-", "").lower()
    if len(digits) != 32 or any(c not in "0123456789abcdef" for c in digits):
        raise ValueError(f"not a UUID: {stored!r}")
    return f"{digits[:8]}-{digits[8:12]}-{digits[12:16]}-{digits[16:20]}-{digits[20:]}"


class EarlyLearners(Sequence[LearnerSummary]):
    """The learners the picker lists before the store is open: their number and the
    first page, read at start-up; another page read when asked; everyone (for a search
    made before the store has loaded) read once when first asked, in the same order. A lab PC's picker
    does not read 20,000 learners before its first paint."""

    def __init__(self, path: Path, first: list[LearnerSummary], count: int) -> None:
        self._path = path
        self._first = first
        self._count = count
        self._everyone: list[LearnerSummary] | None = None

    def __len__(self) -> int:
        return self._count

    def _read(self, limit: int = -1, offset: int = 0) -> list[LearnerSummary] | None:
        """Rows ``offset`` to ``offset + limit`` in the picker's order (all: -1), or None
        when the file can no longer be read."""
        try:
            connection = _open_picker(self._path)
            try:
                return _summaries(connection.execute(
                    f"SELECT {_PICKER_COLUMNS} {_PICKER_ORDER} LIMIT ? OFFSET ?",
                    (limit, offset)).fetchall())
            finally:
                connection.close()
        except (sqlite3.Error, OSError, ValueError, TypeError) as exc:
            log.info("picker's learners not read again (%s): the first page only", exc)
            return None

    def _all(self) -> list[LearnerSummary]:
        if self._everyone is None:
            self._everyone = self._read()
            if self._everyone is None:
                self._everyone = list(self._first)
            self._count = len(self._everyone)
        return self._everyone

    @overload
    def __getitem__(self, index: int) -> LearnerSummary: ...

    @overload
    def __getitem__(self, index: slice) -> list[LearnerSummary]: ...

    def __getitem__(self, index: int | slice) -> LearnerSummary | list[LearnerSummary]:
        if isinstance(index, slice):
            start, stop, step = index.indices(self._count)
            if step == 1 and stop <= len(self._first):
                return self._first[start:stop]
            if step == 1 and self._everyone is None:  # another page: that page alone
                page = self._read(max(0, stop - start), start)
                if page is not None:
                    return page
            return self._all()[index]
        if 0 <= index < len(self._first):
            return self._first[index]
        return self._all()[index]

    def __iter__(self) -> Iterator[LearnerSummary]:
        return iter(self._all())


def _open_picker(path: Path) -> sqlite3.Connection:
    # mode=rw: never create the file here; the store makes and migrates it.
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True,
                           timeout=BUSY_TIMEOUT_MS / 1000)


def read_picker(url: str, settings_prefix: str = "gate:",
                first: int = 30) -> PickerRows | None:  # 30: the picker's PAGE
    """The learners the picker lists (not archived, the most recently used first, as
    ``learners.recent_learners`` orders them: their number and the ``first`` of them,
    the rest when asked) and the settings named ``settings_prefix...``, read with
    ``sqlite3`` alone.

    None when this fast path cannot answer: not an SQLite file, a schema that is not
    ``SCHEMA_HEAD`` (it must be migrated first), or any error (the slow path will say
    what is wrong). A database that does not exist yet gives empty rows.
    """
    path = sqlite_file(url)
    if path is None:
        return None
    if not path.exists():
        return PickerRows(exists=False)
    try:
        connection = _open_picker(path)
    except (sqlite3.Error, OSError):
        return None
    try:
        version = connection.execute("SELECT version_num FROM alembic_version").fetchall()
        if version != [(SCHEMA_HEAD,)]:
            return None
        count = connection.execute(
            "SELECT count(*) FROM learners WHERE archived = 0").fetchone()[0]
        page = _summaries(connection.execute(
            f"SELECT {_PICKER_COLUMNS} {_PICKER_ORDER} LIMIT ?", (first,)).fetchall())
        found = connection.execute(
            "SELECT key, value FROM app_settings WHERE substr(key, 1, ?) = ?",
            (len(settings_prefix), settings_prefix)).fetchall()
    except (sqlite3.Error, ValueError, TypeError) as exc:
        log.info("picker's fast read not possible (%s): the store will read", exc)
        return None
    finally:
        connection.close()
    return PickerRows(EarlyLearners(path, page, int(count)),
                      {str(key): str(value) for key, value in found})


def open_database(url: str) -> Database:
    """Open (creating if needed) and migrate the database at ``url``."""
    database = Database(url)
    database.migrate()
    return database
