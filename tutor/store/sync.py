"""The syncer: a lab PC's outbox delivered to the centre server, again and again.

``Syncer.run_once(now)`` delivers what waits (in batches, ``tutor.store.outbox.deliver``)
and, every few minutes, copies the server's learners to this PC (``pull_learners``, a
bounded number of pages at a time). ``Syncer.run`` is the loop a background thread runs:
every few seconds while the server answers, backing off to once a minute while it does
not. Nothing here raises because of the server, and nothing here knows about Qt: the
status (``SyncStatus``) and the attempts delivered are handed to callbacks.
"""

from __future__ import annotations

import logging
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy.exc import SQLAlchemyError

from tutor.store import outbox
from tutor.store.db import Database

log = logging.getLogger(__name__)

INTERVAL_S = 3.0  # between runs while the server answers
MAX_BACKOFF_S = 60.0  # between tries while it does not: 3, 6, 12, 24, 48, 60, 60...
PULL_EVERY = timedelta(minutes=5)
PULL_PAGES = 4  # learner pages (of 500) copied per run; the next run goes on from there


@dataclass(frozen=True)
class SyncStatus:
    pending: int  # attempts of this PC the server does not have yet
    delivered_total: int  # attempts this syncer saw the server confirm
    last_ok: datetime | None  # when the server was last reached
    last_error: str | None  # why the last run did not deliver everything; None if it did

    @property
    def reached(self) -> bool:
        return self.last_error is None


class Syncer:
    """Delivers ``local_db``'s outbox to the centre server at ``server_url``."""

    def __init__(self, local_db: Database, server_url: str, *, batch: int = outbox.BATCH,
                 max_batches: int = 10, pull_every: timedelta | None = PULL_EVERY,
                 on_delivered: Callable[[list[uuid.UUID]], None] | None = None,
                 on_status: Callable[[SyncStatus], None] | None = None,
                 on_pulled: Callable[[list[uuid.UUID]], None] | None = None) -> None:
        self.local_db = local_db
        self.server_url = server_url
        self.batch = batch
        self.max_batches = max_batches
        self.pull_every = pull_every
        self.on_delivered = on_delivered
        self.on_status = on_status
        self.on_pulled = on_pulled  # learners whose profile or attempts came from the server
        self._wanted: set[uuid.UUID] = set()  # learners to bring up to date first
        self._wanted_lock = threading.Lock()
        self._server: Database | None = None
        self._failures = 0
        self._more = False  # the last run stopped with full batches still waiting
        self._last_pull: datetime | None = None
        self._pull_after: uuid.UUID | None = None
        self._stop = threading.Event()
        self._wake = threading.Event()
        self.status = SyncStatus(0, 0, None, None)

    @property
    def server(self) -> Database:
        if self._server is None:
            self._server = outbox.server_database(self.server_url)
        return self._server

    def run_once(self, now: datetime) -> SyncStatus:
        """One round: deliver what waits (up to ``max_batches`` batches), then pull the
        server's learners if it is time. Returns (and keeps) the status."""
        delivered_total = self.status.delivered_total
        last_ok = self.status.last_ok
        error: str | None = None
        self._more = False
        try:
            for _ in range(self.max_batches):
                result = outbox.deliver(self.local_db, self.server, self.batch)
                if result.delivered or (result.error is not None and result.reached):
                    last_ok = now  # the server answered
                    delivered_total += len(result.delivered)
                    if self.on_delivered is not None:
                        self.on_delivered(result.delivered)
                if result.error is not None:
                    error = result.error
                    break
                if len(result.delivered) < self.batch:
                    break
            else:
                self._more = True
            if error is None:
                error = self._pull_wanted()
            if error is None and self._pull_due(now):
                try:
                    self._pull(now)
                    last_ok = now
                except SQLAlchemyError as exc:
                    error = outbox.describe(exc)
                    if outbox.is_unreachable(exc):
                        self.server.dispose()
                        log.info("pulling learners: %s", error)
                    else:
                        log.warning("pulling learners: %s", error)
            pending = outbox.pending(self.local_db)
        except Exception as exc:  # this PC's own database, or a bug: logged, tried again
            log.exception("synchronising with the centre server failed")
            error = outbox.describe(exc)
            pending = self.status.pending
        if error is None:
            self._failures = 0
        else:
            self._failures += 1
            self._more = False
        self.status = SyncStatus(pending, delivered_total, last_ok, error)
        if self.on_status is not None:
            self.on_status(self.status)
        return self.status

    def want_learner(self, learner_id: uuid.UUID) -> None:
        """A learner opened their profile at this PC: bring their profile and attempts
        from the server at the next run (soon, unless the server is known to be away)."""
        with self._wanted_lock:
            self._wanted.add(learner_id)
        self.nudge()

    def _pull_wanted(self) -> str | None:
        """Pull the wanted learners (after delivering: the server then has this PC's
        attempts, and the counts compared are right). The error, or None."""
        with self._wanted_lock:
            wanted, self._wanted = sorted(self._wanted), set()
        if not wanted:
            return None
        try:
            pulled = outbox.pull_learners(self.server, self.local_db, learner_ids=wanted)
        except SQLAlchemyError as exc:
            with self._wanted_lock:
                self._wanted.update(wanted)  # tried again at the next run
            if outbox.is_unreachable(exc):
                self.server.dispose()
            return outbox.describe(exc)
        self._tell_pulled(pulled)
        return None

    def _tell_pulled(self, pulled: outbox.Pulled) -> None:
        if pulled.changed and self.on_pulled is not None:
            self.on_pulled(sorted(pulled.changed))

    def _pull_due(self, now: datetime) -> bool:
        if self.pull_every is None:
            return False
        return self._last_pull is None or self._pull_after is not None \
            or now - self._last_pull >= self.pull_every

    def _pull(self, now: datetime) -> None:
        pulled = outbox.pull_learners(self.server, self.local_db, max_pages=PULL_PAGES,
                                      after=self._pull_after)
        self._tell_pulled(pulled)
        self._pull_after = None if pulled.complete else pulled.after
        if pulled.complete:
            self._last_pull = now
        if pulled.learners_added or pulled.learners_updated or pulled.attempts_added:
            log.info("from the centre server: %d learners added, %d updated, %d attempts",
                     pulled.learners_added, pulled.learners_updated, pulled.attempts_added)

    def next_delay(self) -> float:
        """Seconds until the next run: none when full batches still wait, a few while
        the server answers, doubling up to a minute while it does not."""
        if self._failures:
            return min(MAX_BACKOFF_S, INTERVAL_S * 2 ** (self._failures - 1))
        return 0.0 if self._more else INTERVAL_S

    def nudge(self) -> None:
        """Something new waits (an attempt was just saved): run soon, unless the server
        is known to be away (then the back-off stands)."""
        if not self._failures:
            self._wake.set()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()

    def run(self, clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        """Run until ``stop()``: the loop of a background thread."""
        while not self._stop.is_set():
            self.run_once(clock())
            self._wake.wait(self.next_delay())
            self._wake.clear()
        self.close()

    def close(self) -> None:
        if self._server is not None:
            self._server.dispose()
