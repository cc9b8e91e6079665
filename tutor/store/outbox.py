"""The outbox: a lab PC's attempts on their way to the centre server.

Offline first: a lab PC commits every attempt in its own SQLite database, and a trigger
(migration 0004) adds an outbox row in that same transaction. ``deliver`` copies queued
attempts to the centre server (PostgreSQL), with their learner when the server does not
know them yet, idempotently by UUID (``ON CONFLICT DO NOTHING``: delivering twice adds
nothing, as a progress file's union), in one server transaction per batch; only once that
transaction is committed are the rows taken out of the outbox. A server that cannot be
reached (stopped, a cable pulled, a timeout) leaves the outbox as it is and says so in
the result: nothing here raises to the screen because of the server.

``pull_learners`` copies the other way: the server's learners, and the attempts of theirs
this PC lacks, so that any learner can sit at any PC.

Everything read from the server is read in bounded pages.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Table, delete, func, select, text, update
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError, SQLAlchemyError
from sqlalchemy.exc import TimeoutError as PoolTimeout

from tutor.store.db import Database
from tutor.store.models import Attempt, Learner, LearnerAlias, OutboxEntry

log = logging.getLogger(__name__)

ATTEMPTS: Table = Attempt.__table__  # type: ignore[assignment]
LEARNERS: Table = Learner.__table__  # type: ignore[assignment]
ALIASES: Table = LearnerAlias.__table__  # type: ignore[assignment]
OUTBOX: Table = OutboxEntry.__table__  # type: ignore[assignment]

BATCH = 200  # attempts per server transaction
IN_CHUNK = 500  # ids in one ``IN (...)``
CONNECT_TIMEOUT_S = 3
STATEMENT_TIMEOUT_MS = 20_000  # a server that answers but hangs is a server not reached
# What a lab PC's connection asks of libpq (a URL's own values win): give up connecting
# after 3 s, and notice a dead peer (cable pulled, server lost power) within ~20 s.
CONNECTION_OPTIONS = {
    "connect_timeout": str(CONNECT_TIMEOUT_S),
    "keepalives": "1",
    "keepalives_idle": "10",
    "keepalives_interval": "3",
    "keepalives_count": "3",
    "tcp_user_timeout": "20000",
    "application_name": "tutor-lab-pc",
}
PROFILE = ("display_name", "picture", "ui_language", "keyboard_layout", "text_size",
           "settings", "pin_hash", "archived", "updated_at", "name_key")
UNREACHABLE = "the centre server cannot be reached"
REFUSED = "the centre server refused the results"


def server_database(url: str) -> Database:
    """The centre server at ``url`` (an SQLAlchemy URL), with the timeouts a lab PC needs.

    Nothing is connected yet; the schema is the server's business (``tutor server init``),
    so it is not migrated from here."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "postgresql":
        missing = {key: value for key, value in CONNECTION_OPTIONS.items()
                   if key not in parsed.query}
        parsed = parsed.update_query_dict(missing)
    return Database(parsed.render_as_string(hide_password=False))


@dataclass(frozen=True)
class Delivered:
    """What one ``deliver`` did."""

    delivered: list[uuid.UUID] = field(default_factory=list)  # now on the server, out of the outbox
    added: int = 0  # of them, the ones the server did not have before
    learners_added: int = 0
    pending: int = 0  # still in the outbox
    reached: bool = True  # False: the server could not be reached; nothing changed
    error: str | None = None  # why some or all of the batch is still waiting


def pending(local_db: Database) -> int:
    """How many attempts wait for the centre server."""
    with local_db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(OUTBOX)) or 0)


def queued_ids(local_db: Database, limit: int | None = None) -> list[uuid.UUID]:
    """The attempts in the outbox, in the order ``deliver`` takes them."""
    query = select(OUTBOX.c.attempt_id).order_by(OUTBOX.c.tries, OUTBOX.c.queued_at,
                                                 OUTBOX.c.attempt_id)
    if limit is not None:
        query = query.limit(limit)
    with local_db.reading() as session:
        return list(session.scalars(query))


def trigger_present(local_db: Database) -> bool:
    """Whether SQLite adds an outbox row with every attempt (migration 0004's trigger)."""
    with local_db.reading() as session:
        found = session.execute(text(
            "SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = 'outbox_on_new_attempt'"))
        return found.first() is not None


def is_unreachable(exc: BaseException) -> bool:
    """A server that is down, far or hanging, as opposed to one that refused the data."""
    if isinstance(exc, OperationalError | InterfaceError | PoolTimeout | OSError):
        return True
    return isinstance(exc, DBAPIError) and exc.connection_invalidated


def describe(exc: BaseException) -> str:
    """One line for the log and the status: what went wrong, never a password (psycopg's
    messages name the host and the user, not the password)."""
    reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    first = reason[0] if reason else type(exc).__name__
    prefix = UNREACHABLE if is_unreachable(exc) else REFUSED
    return f"{prefix}: {first}"[:200]


def _insert(connection: Connection, table: Table, rows: Sequence[dict[str, Any]],
            key: str) -> int:
    """Insert ``rows``, skipping those whose ``key`` is already there; how many were added."""
    if not rows:
        return 0
    # RETURNING names only the rows added (a row count is not reliable for many rows).
    return len(connection.execute(_insert_statement(connection, table, key), list(rows)).all())


def _insert_statement(connection: Connection, table: Table, key: str) -> Any:
    """INSERT ... ON CONFLICT (key) DO NOTHING RETURNING key, in the connection's dialect."""
    if connection.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert  # type: ignore[assignment]
    return insert(table).on_conflict_do_nothing(index_elements=[key]).returning(table.c[key])


def _chunks(items: Sequence[Any], size: int = IN_CHUNK) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _rows(connection: Connection, table: Table, column: str,
          values: Sequence[Any]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for chunk in _chunks(values):
        found += [dict(row) for row in connection.execute(
            select(table).where(table.c[column].in_(chunk))).mappings()]
    return found


def _server_transaction(server_db: Database, work: Any) -> Any:
    """Run ``work(connection)`` in one server transaction; once again at once when the pool
    handed out a connection the server had closed (after a restart)."""
    for attempt in range(2):
        try:
            with server_db.engine.begin() as connection:
                if connection.dialect.name == "postgresql":
                    connection.execute(text(f"SET LOCAL statement_timeout = {STATEMENT_TIMEOUT_MS}"))
                return work(connection)
        except DBAPIError as exc:
            if attempt == 0 and exc.connection_invalidated:
                continue
            raise
    raise AssertionError("unreachable")


def _send(connection: Connection, attempts: list[dict[str, Any]],
          learners: dict[uuid.UUID, dict[str, Any]],
          aliases: list[dict[str, Any]]) -> tuple[int, int]:
    """Put ``attempts`` on the server (one transaction, the caller's); (added, learners added).

    A learner the server lacks is added with the aliases of theirs this PC knows, unless the
    server knows their id as an alias (profiles merged there): then the attempts go to the
    profile it was merged into."""
    wanted = sorted({row["learner_id"] for row in attempts})
    known = {row["id"] for row in _rows(connection, LEARNERS, "id", wanted)}
    missing = [learner_id for learner_id in wanted if learner_id not in known]
    merged = {row["alias_id"]: row["learner_id"]
              for row in _rows(connection, ALIASES, "alias_id", missing)}
    new = [learners[learner_id] for learner_id in missing
           if learner_id not in merged and learner_id in learners]
    learners_added = _insert(connection, LEARNERS, new, "id")
    new_ids = {row["id"] for row in new}
    _insert(connection, ALIASES, [row for row in aliases if row["learner_id"] in new_ids],
            "alias_id")
    sent = [{**row, "learner_id": merged.get(row["learner_id"], row["learner_id"])}
            for row in attempts]
    added = 0
    for chunk in _chunks(sent, 100):
        added += _insert(connection, ATTEMPTS, list(chunk), "id")
    return added, learners_added


def deliver(local_db: Database, server_db: Database, limit: int = BATCH) -> Delivered:
    """Copy up to ``limit`` queued attempts to the server in one transaction, then take
    them out of the outbox. Never raises because of the server (see ``Delivered``)."""
    ids = queued_ids(local_db, limit)
    if not ids:
        return Delivered()
    with local_db.reading() as session:
        connection = session.connection()
        attempts = _rows(connection, ATTEMPTS, "id", ids)
        learner_ids = sorted({row["learner_id"] for row in attempts})
        learners = {row["id"]: row for row in _rows(connection, LEARNERS, "id", learner_ids)}
        aliases = _rows(connection, ALIASES, "learner_id", learner_ids)
    for row in learners.values():
        row["last_used_at"] = None  # when this PC last opened them is this PC's business
    try:
        added, learners_added = _server_transaction(
            server_db, lambda connection: _send(connection, attempts, learners, aliases))
    except SQLAlchemyError as exc:
        if is_unreachable(exc):
            log.info("outbox: %s", describe(exc))
            server_db.engine.dispose()  # the next try starts with new connections
            return Delivered(pending=pending(local_db), reached=False, error=describe(exc))
        log.warning("outbox: a batch of %d was refused (%s): each is tried alone", len(ids),
                    describe(exc))
        return _one_by_one(local_db, server_db, attempts, learners, aliases, ids)
    _done(local_db, ids)
    return Delivered(ids, added, learners_added, pending(local_db))


def _one_by_one(local_db: Database, server_db: Database, attempts: list[dict[str, Any]],
                learners: dict[uuid.UUID, dict[str, Any]], aliases: list[dict[str, Any]],
                ids: list[uuid.UUID]) -> Delivered:
    """A refused batch, each attempt alone: the good ones go, a bad one stays in the outbox
    with its error and goes behind the others (``tries``)."""
    by_id = {row["id"]: row for row in attempts}
    done: list[uuid.UUID] = [attempt_id for attempt_id in ids if attempt_id not in by_id]
    added = learners_added = 0
    error: str | None = None
    for attempt_id in ids:
        row = by_id.get(attempt_id)
        if row is None:
            continue
        try:
            one, learner = _server_transaction(
                server_db, lambda connection, row=row: _send(connection, [row], learners, aliases))
        except SQLAlchemyError as exc:
            error = describe(exc)
            if is_unreachable(exc):
                break
            log.warning("outbox: attempt %s refused: %s", attempt_id, error)
            with local_db.writing() as session:
                session.execute(update(OUTBOX).where(OUTBOX.c.attempt_id == attempt_id)
                                .values(tries=OUTBOX.c.tries + 1, last_error=error))
            continue
        done.append(attempt_id)
        added += one
        learners_added += learner
    _done(local_db, done)
    return Delivered(done, added, learners_added, pending(local_db), error=error,
                     reached=error is None or not error.startswith(UNREACHABLE))


def _done(local_db: Database, ids: Sequence[uuid.UUID]) -> None:
    if not ids:
        return
    with local_db.writing() as session:
        for chunk in _chunks(ids):
            session.execute(delete(OUTBOX).where(OUTBOX.c.attempt_id.in_(chunk)))


@dataclass(frozen=True)
class Pulled:
    learners_added: int = 0
    learners_updated: int = 0
    attempts_added: int = 0
    complete: bool = True  # False: stopped at ``max_pages``; ``after`` is where to go on
    after: uuid.UUID | None = None
    changed: frozenset[uuid.UUID] = frozenset()  # learners added, updated or given attempts


def pull_learners(server_db: Database, local_db: Database, page_size: int = 500,
                  max_pages: int | None = None, after: uuid.UUID | None = None,
                  learner_ids: Sequence[uuid.UUID] | None = None) -> Pulled:
    """Copy the server's learners into this PC's database, with the attempts of theirs this
    PC lacks: by UUID; a profile is replaced only by a newer one (``updated_at``), so a
    change made on this PC and not yet seen by the server stays. Read in pages of
    ``page_size`` learners (by id, from ``after``), at most ``max_pages`` of them; only
    ``learner_ids`` when given. Errors are the caller's (``Syncer`` keeps them)."""
    added: set[uuid.UUID] = set()
    updated: set[uuid.UUID] = set()
    given: dict[uuid.UUID, int] = {}

    def result(complete: bool) -> Pulled:
        return Pulled(len(added), len(updated), sum(given.values()), complete, after,
                      frozenset(added | updated | set(given)))

    pages = 0
    wanted = sorted(set(learner_ids)) if learner_ids is not None else None
    while max_pages is None or pages < max_pages:
        query = select(LEARNERS).order_by(LEARNERS.c.id).limit(page_size)
        if wanted is not None:
            chunk = wanted[pages * page_size:(pages + 1) * page_size]
            if not chunk:
                return result(True)
            query = query.where(LEARNERS.c.id.in_(chunk))
        elif after is not None:
            query = query.where(LEARNERS.c.id > after)
        with server_db.engine.connect() as server:
            page = [dict(row) for row in server.execute(query).mappings()]
            counts = _attempt_counts(server, [row["id"] for row in page])
        pages += 1
        if not page:
            if wanted is None:
                return result(True)
            continue
        after = page[-1]["id"]
        _merge_profiles(local_db, page, added, updated)
        given.update(_pull_attempts(server_db, local_db, counts))
        if wanted is None and len(page) < page_size:
            return result(True)
    return result(False)


def _attempt_counts(connection: Connection, learner_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, int]:
    counts: dict[uuid.UUID, int] = {}
    for chunk in _chunks(learner_ids):
        counts.update((learner_id, int(count)) for learner_id, count in connection.execute(
            select(ATTEMPTS.c.learner_id, func.count()).where(ATTEMPTS.c.learner_id.in_(chunk))
            .group_by(ATTEMPTS.c.learner_id)))
    return counts


def _merge_profiles(local_db: Database, page: list[dict[str, Any]], added: set[uuid.UUID],
                    updated: set[uuid.UUID]) -> None:
    """Add the page's learners this PC lacks and update those the server has newer (their
    ids go into ``added`` and ``updated``)."""
    with local_db.writing() as session:
        connection = session.connection()
        local = {row["id"]: row for row in _rows(connection, LEARNERS, "id",
                                                 [row["id"] for row in page])}
        new = []
        for row in page:
            mine = local.get(row["id"])
            if mine is None:
                new.append({**row, "last_used_at": None})
            elif row["updated_at"] > mine["updated_at"]:
                session.execute(update(LEARNERS).where(LEARNERS.c.id == row["id"])
                                .values({key: row[key] for key in PROFILE}))
                updated.add(row["id"])
        if new:
            statement = _insert_statement(connection, LEARNERS, "id")
            added.update(connection.execute(statement, new).scalars())


def _pull_attempts(server_db: Database, local_db: Database,
                   server_counts: dict[uuid.UUID, int]) -> dict[uuid.UUID, int]:
    """The server's attempts of these learners that this PC lacks. Only learners whose
    counts differ are compared id by id (this PC's undelivered attempts can hide a gap
    for a while: once delivered, the counts differ and the gap is filled)."""
    with local_db.reading() as session:
        local_counts = _attempt_counts(session.connection(), list(server_counts))
    differ = [learner_id for learner_id, count in server_counts.items()
              if local_counts.get(learner_id, 0) != count]
    added: dict[uuid.UUID, int] = {}
    for learner_id in differ:
        with local_db.reading() as session:
            have = set(session.scalars(select(ATTEMPTS.c.id).where(ATTEMPTS.c.learner_id == learner_id)))
        with server_db.engine.connect() as server:
            theirs = list(server.scalars(select(ATTEMPTS.c.id).where(ATTEMPTS.c.learner_id == learner_id)))
        lacking = [attempt_id for attempt_id in theirs if attempt_id not in have]
        for chunk in _chunks(lacking, 200):
            with server_db.engine.connect() as server:
                rows = _rows(server, ATTEMPTS, "id", chunk)
            count = _store_pulled(local_db, rows)
            if count:
                added[learner_id] = added.get(learner_id, 0) + count
    return added


def _store_pulled(local_db: Database, rows: list[dict[str, Any]]) -> int:
    """Attempts from the server, added without queueing them back to it (the trigger's
    outbox rows are removed in the same transaction)."""
    with local_db.writing() as session:
        connection = session.connection()
        added = _insert(connection, ATTEMPTS, rows, "id")
        for chunk in _chunks([row["id"] for row in rows]):
            connection.execute(delete(OUTBOX).where(OUTBOX.c.attempt_id.in_(chunk)))
    return added

