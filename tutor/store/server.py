"""The centre server: one PostgreSQL database for a whole lab (issue 22).

A lab PC always works on its own SQLite file; the centre server receives its attempts
(``tutor.store.outbox``) and lends it the centre's learners. This module keeps which
server this PC is joined to, and prepares a server for a centre:

- ``join(data_dir, url)`` / ``leave(data_dir)`` / ``server_url(data_dir)``: the server's
  settings (host, port, database, role, password) kept in the data folder, in
  ``centre-server.json``, written atomically and readable by this OS user alone (mode
  0600; on Windows the user's own data folder is what protects it). The password is
  never in an environment variable, never printed and never logged: what is shown is
  ``redacted_url``.
- ``TUTOR_DATABASE_URL`` (a developer's shortcut, never the packaged flow) names a server
  too; ``take_environment`` reads it once at start-up and removes it from ``os.environ``
  so that no program Tutor starts inherits it.
- ``init_server(admin_url, database, lab_password)``: creates the database if it is
  missing, runs Tutor's migrations as its owner, and creates the role ``tutor_lab`` the
  lab PCs log in with: it may read learners, their aliases and attempts, and add them;
  it can change or delete nothing, and cannot see the settings (the trainer password's
  hash, the centre's keys).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging
import os
import re
import stringprep
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tutor.atomic_write import sync_folder, write_atomically
from tutor.errors import StorageError
from tutor.i18n import QT_TRANSLATE_NOOP
from tutor.store.db import (
    ENV_DATABASE_URL,
    Database,
    redacted_url,
    server_out_of_reach,
    server_refused,
    server_refused_this_pc,
    server_unreachable,
)

if TYPE_CHECKING:
    from sqlalchemy.engine import URL, Connection

log = logging.getLogger(__name__)

SETTINGS_FILE = "centre-server.json"
MAX_SETTINGS_BYTES = 16_384  # a few hundred bytes in practice; anything bigger is not ours
DRIVER = "postgresql+psycopg"
DEFAULT_PORT = 5432
DEFAULT_DATABASE = "tutor"
LAB_ROLE = "tutor_lab"
TRAINER_ROLE = "tutor_trainer"
CONNECT_TIMEOUT_S = 3
MIN_PASSWORD = 8
# The tables a lab PC reads and adds to; everything else (app_settings: the trainer
# password's hash, the centre's key; the outbox...) it cannot touch.
LAB_TABLES = ("learners", "learner_aliases", "attempts")
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,62}")


class ServerError(StorageError):
    """A centre server that cannot be joined, reached or prepared."""


# -- the settings of this PC --------------------------------------------------------------


@dataclass(frozen=True)
class ServerSettings:
    """Where the centre server is and how this PC logs in (the password is not shown by
    ``repr``)."""

    host: str
    port: int
    database: str
    role: str
    password: str = field(repr=False)

    def url(self) -> str:
        """The SQLAlchemy address, password included: for connecting, never for showing."""
        return self._url().render_as_string(hide_password=False)

    def redacted(self) -> str:
        return self._url().render_as_string(hide_password=True)

    def _url(self) -> URL:
        from sqlalchemy.engine import URL

        if self.host.startswith("/"):  # a Unix socket's folder
            return URL.create(DRIVER, self.role, self.password or None, None, self.port,
                              self.database, query={"host": self.host})
        return URL.create(DRIVER, self.role, self.password or None, self.host, self.port,
                          self.database)

    def to_json(self) -> dict[str, Any]:
        return {"host": self.host, "port": self.port, "database": self.database,
                "role": self.role, "password": self.password}


def parse_url(url: str, password: str | None = None) -> ServerSettings:
    """A server's address (``postgresql://ROLE@HOST[:PORT]/DATABASE``, the password in it
    or given apart) as settings; ``ServerError`` with the reason when it is not one."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url.strip())
    except (ArgumentError, ValueError):  # its words repeat the address: not shown
        raise _bad_address("it is not written postgresql://ROLE@SERVER/DATABASE") from None
    if parsed.get_backend_name() not in ("postgresql", "postgres"):
        raise _bad_address("it is not a postgresql:// address")
    host = parsed.host or _query_value(parsed.query, "host") or ""
    if not host:
        raise _bad_address("it names no server (postgresql://ROLE@SERVER/DATABASE)")
    if not parsed.username:
        raise _bad_address("it names no role (postgresql://ROLE@SERVER/DATABASE)")
    secret = password if password is not None else (parsed.password or "")
    return ServerSettings(host=str(host), port=int(parsed.port or DEFAULT_PORT),
                          database=parsed.database or DEFAULT_DATABASE,
                          role=parsed.username, password=str(secret))


def _query_value(query: Mapping[str, Any], name: str) -> str | None:
    value = query.get(name)
    if isinstance(value, tuple):
        value = value[0] if value else None
    return None if value is None else str(value)


def _bad_address(reason: str) -> ServerError:
    return ServerError(
        QT_TRANSLATE_NOOP("errors", "This is not a centre server's address ({reason})."),
        reason=reason)


def settings_file(data_dir: Path) -> Path:
    return Path(data_dir) / SETTINGS_FILE


def read_settings(data_dir: Path) -> ServerSettings | None:
    """The joined server's settings, or None (not joined, or a file that is not ours:
    logged, and treated as not joined)."""
    path = settings_file(data_dir)
    try:
        with open(path, "rb") as handle:
            raw = handle.read(MAX_SETTINGS_BYTES + 1)
    except FileNotFoundError:
        return None
    except OSError as exc:
        log.warning("cannot read %s: %s", path, exc.strerror or exc)
        return None
    try:
        if len(raw) > MAX_SETTINGS_BYTES:
            raise ValueError("too big")
        data = json.loads(raw.decode("utf-8"))
        if not isinstance(data, dict):
            raise ValueError("not an object")
        values = {name: data[name] for name in ("host", "database", "role", "password")}
        if not all(isinstance(value, str) for value in values.values()):
            raise ValueError("a value is not text")
        port = data.get("port", DEFAULT_PORT)
        if not isinstance(port, int) or isinstance(port, bool) or not 0 < port < 65536:
            raise ValueError("the port is not a port number")
        return ServerSettings(port=port, **values)
    except (ValueError, KeyError, UnicodeDecodeError) as exc:
        log.warning("%s is not a centre server's settings (%s): not joined", path, exc)
        return None


def join(data_dir: Path, url: str, password: str | None = None) -> ServerSettings:
    """Keep ``url`` (and ``password``, when the address does not carry it) as this PC's
    centre server. Written to a new file, made readable by this user alone and synced
    before it replaces the old one, so a power cut leaves the old settings or the new."""
    settings = parse_url(url, password)
    write_settings(data_dir, settings)
    log.info("joined the centre server %s", settings.redacted())
    return settings


def write_settings(data_dir: Path, settings: ServerSettings) -> None:
    path = settings_file(data_dir)
    data = json.dumps(settings.to_json(), ensure_ascii=False, indent=1).encode("utf-8")
    write_atomically(path, data, private=True)


def leave(data_dir: Path) -> bool:
    """Forget the centre server; False when this PC had none."""
    path = settings_file(data_dir)
    try:
        path.unlink()
    except FileNotFoundError:
        return False
    sync_folder(path.parent)
    log.info("left the centre server")
    return True


# A developer's TUTOR_DATABASE_URL, taken out of the environment at start-up.
_from_environment: str | None = None


def take_environment(environ: Mapping[str, str] | None = None) -> str | None:
    """Read ``TUTOR_DATABASE_URL`` once (from ``environ``, by default ``os.environ``) and
    remove it from ``os.environ``, so that the coding room's runner and any other program
    Tutor starts never inherit it. Returns the redacted address, or None."""
    global _from_environment
    found = (os.environ if environ is None else environ).get(ENV_DATABASE_URL)
    os.environ.pop(ENV_DATABASE_URL, None)
    if found:
        _from_environment = found
        return redacted_url(found)
    return None


def forget_environment() -> None:
    """Drop the address ``take_environment`` kept (tests, and a new start in-process)."""
    global _from_environment
    _from_environment = None


def server_url(data_dir: Path) -> str | None:
    """The SQLAlchemy address of this PC's centre server, password included, or None when
    this PC works alone. A developer's ``TUTOR_DATABASE_URL`` wins over the joined one."""
    if _from_environment:
        return _from_environment
    settings = read_settings(data_dir)
    return settings.url() if settings is not None else None


def shown_url(data_dir: Path) -> str | None:
    """The same address as ``server_url``, without its password: for screens and logs."""
    url = server_url(data_dir)
    return None if url is None else redacted_url(url)


# -- is it there? ------------------------------------------------------------------------


@dataclass(frozen=True)
class Reachability:
    """What one try to reach the server found: ``state`` is ``ok``, ``unreachable``,
    ``refused`` (it answered but did not accept this PC) or ``not prepared`` (no Tutor
    schema there, or another problem), with the server's own first line as ``detail``
    (it never holds the password)."""

    state: str
    detail: str = ""
    schema: str | None = None

    @property
    def ok(self) -> bool:
        return self.state == "ok"


def check_server(url: str, timeout: float = CONNECT_TIMEOUT_S) -> Reachability:
    """Connect once (``timeout`` seconds at most to connect) and read the schema's
    version."""
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    try:
        engine = _engine(url, timeout)
    except ServerError as exc:
        return Reachability("not prepared", str(exc))
    try:
        with engine.connect() as conn:
            version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        return Reachability("ok", schema=None if version is None else str(version))
    except DBAPIError as exc:
        detail = _server_words(exc)
        if server_refused_this_pc(exc):
            return Reachability("refused", detail)
        if server_out_of_reach(exc):
            return Reachability("unreachable", detail)
        return Reachability("not prepared", detail)
    finally:
        engine.dispose()


def _server_words(exc: BaseException) -> str:
    """The server's or the driver's own message, one line (no password is ever in it)."""
    text = str(getattr(exc, "orig", None) or exc)
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    # psycopg: "connection failed: connection to server ... failed: FATAL: ..." and a hint
    return (lines[0] if lines else type(exc).__name__)[:300]


def _engine(url: str, timeout: float) -> Any:
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    try:
        return create_engine(url, poolclass=NullPool,
                             connect_args={"connect_timeout": max(1, round(timeout))})
    except ImportError as exc:  # the driver is not there: a broken installation
        log.error("PostgreSQL's driver cannot be loaded: %s", exc)
        raise ServerError(QT_TRANSLATE_NOOP(
            "errors", "This copy of Tutor cannot talk to a centre server (its PostgreSQL "
            "driver is missing). Your work is kept on this PC.")) from None


# -- preparing a server ------------------------------------------------------------------


@dataclass(frozen=True)
class ServerSetup:
    """What ``init_server`` did, to tell the trainer (no password in it)."""

    database: str
    created: bool  # False: the database was there already (roles and rights renewed)
    schema: str | None
    lab_role: str
    join_url: str  # what lab PCs join: postgresql://tutor_lab@HOST:PORT/DATABASE
    trainer_role: str | None = None


def init_server(admin_url: str, database: str, lab_password: str,
                trainer_password: str | None = None) -> ServerSetup:
    """Prepare a PostgreSQL server for a centre, as its administrator (``admin_url``: a
    superuser such as ``postgres``, or a role with CREATEDB and CREATEROLE).

    Creates ``database`` when it is missing (owned by the administrator's role), runs all
    of Tutor's migrations in it as that owner, and creates (or gives a new password to)
    the role ``tutor_lab``, which may only SELECT learners, their aliases, attempts and
    the schema's version and INSERT learners, aliases and attempts. With
    ``trainer_password``, also ``tutor_trainer``: the same, and it may change a learner's
    profile (UPDATE learners), for a trainer's PC. Running it again is safe: it renews
    the rights (after an upgrade added tables) and the passwords.
    """
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    if not _IDENTIFIER.fullmatch(database):
        raise ServerError(QT_TRANSLATE_NOOP(
            "errors", "A database's name is made of letters, digits and _ (at most 63), "
            "like tutor or kakuma_centre."))
    for secret in (lab_password, trainer_password):
        if secret is not None and len(secret) < MIN_PASSWORD:
            raise ServerError(QT_TRANSLATE_NOOP(
                "errors", "A centre server's password needs at least {count} characters."),
                count=MIN_PASSWORD)
    admin = _admin_address(admin_url)
    roles = {LAB_ROLE: lab_password}
    if trainer_password is not None:
        roles[TRAINER_ROLE] = trainer_password
    engine = _engine(admin.render_as_string(hide_password=False), CONNECT_TIMEOUT_S)
    try:
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            created = not conn.execute(
                text("SELECT 1 FROM pg_database WHERE datname = :name"), {"name": database}
            ).scalar()
            if created:
                conn.exec_driver_sql(
                    f'CREATE DATABASE "{database}" ENCODING \'UTF8\' TEMPLATE template0')
                log.info("centre server: database %s created", database)
            for role, password in roles.items():
                _make_role(conn, role, password)
    except DBAPIError as exc:
        raise _admin_failure(exc) from None
    finally:
        engine.dispose()
    target = admin.set(database=database).render_as_string(hide_password=False)
    server = Database(target)
    try:
        server.migrate()  # as the owner: the tables belong to the administrator's role
        schema = server.schema_version()
        with server.engine.begin() as conn:
            _grant(conn, database, trainer=trainer_password is not None)
    except DBAPIError as exc:
        raise _admin_failure(exc) from None
    finally:
        server.dispose()
    lab = ServerSettings(_host_of(admin), int(admin.port or DEFAULT_PORT), database, LAB_ROLE, "")
    log.info("centre server %s prepared (schema %s)", lab.redacted(), schema)
    return ServerSetup(database, created, schema, LAB_ROLE, lab.redacted(),
                       TRAINER_ROLE if trainer_password is not None else None)


def _admin_address(admin_url: str) -> URL:
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        url = make_url(admin_url.strip())
    except (ArgumentError, ValueError):  # its words repeat the address: not shown
        raise _bad_address("it is not written postgresql://ROLE:PASSWORD@SERVER/DATABASE") from None
    if url.get_backend_name() not in ("postgresql", "postgres"):
        raise _bad_address("it is not a postgresql:// address")
    return url.set(drivername=DRIVER, database=url.database or "postgres")


def _host_of(url: URL) -> str:
    return str(url.host or _query_value(url.query, "host") or "localhost")


def _admin_failure(exc: BaseException) -> ServerError | StorageError:
    words = _server_words(exc)
    log.error("preparing the centre server failed: %s", words)
    if server_out_of_reach(exc):
        return server_unreachable()
    if server_refused_this_pc(exc):
        return server_refused()
    return ServerError(QT_TRANSLATE_NOOP(
        "errors", "The centre server could not be prepared: {reason}"), reason=words)


def _make_role(conn: Connection, role: str, password: str) -> None:
    """CREATE or ALTER the role with a SCRAM verifier made here, so that the password
    itself never travels to the server nor appears in its statement log."""
    from sqlalchemy import text

    verifier = scram_verifier(password)
    exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :name"),
                          {"name": role}).scalar()
    verb = "ALTER" if exists else "CREATE"
    conn.exec_driver_sql(
        f"{verb} ROLE {role} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT "
        f"NOREPLICATION NOBYPASSRLS PASSWORD '{verifier}'")


def _grant(conn: Connection, database: str, trainer: bool) -> None:
    """The rights of the roles, from nothing: what is not granted here is refused."""
    tables = ", ".join(LAB_TABLES)
    roles = [LAB_ROLE] + ([TRAINER_ROLE] if trainer else [])
    statements = [
        f'REVOKE ALL ON DATABASE "{database}" FROM PUBLIC',
        "REVOKE ALL ON SCHEMA public FROM PUBLIC",
    ]
    for role in roles:
        statements += [
            f'REVOKE ALL ON DATABASE "{database}" FROM {role}',
            f'GRANT CONNECT ON DATABASE "{database}" TO {role}',
            f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {role}",
            f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM {role}",
            f"GRANT USAGE ON SCHEMA public TO {role}",
            f"GRANT SELECT ON {tables}, alembic_version TO {role}",
            f"GRANT INSERT ON {tables} TO {role}",
        ]
    if trainer:
        statements.append(f"GRANT UPDATE ON learners TO {TRAINER_ROLE}")
    for statement in statements:
        conn.exec_driver_sql(statement)


# -- SCRAM-SHA-256, as PostgreSQL stores a password (RFC 5802, RFC 7677) ------------------


def scram_verifier(password: str, salt: bytes | None = None, iterations: int = 4096) -> str:
    """The verifier PostgreSQL keeps for ``password`` (as ``psql``'s ``\\password`` makes
    it on the client), after SASLprep as the server applies it."""
    salt = os.urandom(16) if salt is None else salt
    salted = hashlib.pbkdf2_hmac("sha256", saslprep(password).encode("utf-8"), salt, iterations)
    client_key = hmac.new(salted, b"Client Key", hashlib.sha256).digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", hashlib.sha256).digest()

    def b64(data: bytes) -> str:
        return base64.b64encode(data).decode("ascii")

    return f"SCRAM-SHA-256${iterations}:{b64(salt)}${b64(stored_key)}:{b64(server_key)}"


def saslprep(password: str) -> str:
    """RFC 4013 as PostgreSQL applies it (``pg_saslprep``): spaces mapped to a space,
    "nothing" characters removed, NFKC; a password with prohibited characters or broken
    bidirectional text is used as it is, as the server does."""
    if password.isascii():  # as the server: pure ASCII is used as it is
        return password
    mapped = "".join(
        " " if stringprep.in_table_c12(ch) else ch
        for ch in password if not stringprep.in_table_b1(ch))
    normal = unicodedata.normalize("NFKC", mapped)
    prohibited = (stringprep.in_table_c12, stringprep.in_table_c21_c22, stringprep.in_table_c3,
                  stringprep.in_table_c4, stringprep.in_table_c5, stringprep.in_table_c6,
                  stringprep.in_table_c7, stringprep.in_table_c8, stringprep.in_table_c9,
                  stringprep.in_table_a1)
    if any(check(ch) for ch in normal for check in prohibited):
        return password
    if any(stringprep.in_table_d1(ch) for ch in normal):
        if any(stringprep.in_table_d2(ch) for ch in normal):
            return password
        if not (stringprep.in_table_d1(normal[0]) and stringprep.in_table_d1(normal[-1])):
            return password
    return normal
