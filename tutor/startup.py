"""What the app and the command line both do first: find the data folder, start the log,
open the database and load the lesson packs.

The app shows its first screen before the heavy part: ``prepare`` finds the folder and
starts the log (the standard library only); the picker reads its rows with
``Runtime.picker_rows`` (``sqlite3``, no SQLAlchemy); the database (SQLAlchemy, Alembic
when the schema is not current), the skills (pydantic models) and the lesson packs load
afterwards, off the GUI thread (``Runtime.load``), or on first use from any attribute.
The command line calls ``start``, which does it all at once. This module imports none
of the heavy parts itself (``tests/test_startup.py`` checks it).

``prepare`` also keeps the centre server's password away from the programs Tutor starts
(the coding room runs a learner's program as the same OS user): a developer's
``TUTOR_DATABASE_URL`` is read once and removed from the environment, and on Linux Tutor
makes itself non-dumpable (``prctl(PR_SET_DUMPABLE, 0)``: its ``/proc/PID/environ`` and
``/proc/PID/mem`` are then for root alone, and no other process of the user may trace
it) and erases the address from the environment block it started with, which
``/proc/PID/environ`` shows for the whole life of a process.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from tutor import __version__, paths
from tutor.logs import setup_logging

if TYPE_CHECKING:
    from tutor.content import Catalogue
    from tutor.skills import Skill
    from tutor.store.db import Database, PickerRows

log = logging.getLogger(__name__)

PR_SET_DUMPABLE = 4  # linux/prctl.h
PR_GET_DUMPABLE = 3
_data_folder: Path | None = None


class Runtime:
    """The data folder, the log, and, loaded when first needed: the database, the
    installed skills and the lesson packs (``catalogue``)."""

    def __init__(
        self,
        location: paths.DataLocation,
        log_file: Path,
        url: str,
        db: Database | None = None,
        skills: dict[str, Skill] | None = None,
        catalogue: Catalogue | None = None,
    ) -> None:
        self.location = location
        self.log_file = log_file
        self.url = url
        self._db = db
        self._skills = skills
        self._catalogue = catalogue
        # One loader at a time: the background thread, or the GUI thread that needed a
        # part first (it then waits for the thread's part rather than doing it twice).
        self._lock = threading.RLock()
        self._hardened = False

    # -- the parts, each loaded once on first use -------------------------------------
    @property
    def db(self) -> Database:
        if self._db is None:
            with self._lock:
                if self._db is None:
                    from tutor.store.db import open_database

                    self._db = open_database(self.url)
        return self._db

    @db.setter
    def db(self, value: Database) -> None:
        self._db = value

    @property
    def skills(self) -> dict[str, Skill]:
        if self._skills is None:
            with self._lock:
                if self._skills is None:
                    from tutor.skills import installed_skills

                    self._skills = installed_skills()
        return self._skills

    @skills.setter
    def skills(self, value: dict[str, Skill]) -> None:
        self._skills = value

    @property
    def catalogue(self) -> Catalogue:
        if self._catalogue is None:
            with self._lock:
                if self._catalogue is None:
                    self.reload_lessons()
        assert self._catalogue is not None
        return self._catalogue

    @catalogue.setter
    def catalogue(self, value: Catalogue) -> None:
        self._catalogue = value

    @property
    def loaded(self) -> bool:
        """Whether the database, the skills and the packs are all there."""
        return None not in (self._db, self._skills, self._catalogue)

    @property
    def db_open(self) -> bool:
        return self._db is not None

    def load(self) -> None:
        """Open the database, then the skills and the packs (the app's background
        thread calls this after the first paint; no Qt here)."""
        self.db  # noqa: B018 - each property loads its part
        self.skills  # noqa: B018
        self.catalogue  # noqa: B018

    def picker_rows(self) -> PickerRows | None:
        """The picker's rows read without SQLAlchemy, or None (see ``read_picker``)."""
        from tutor.store.db import read_picker

        if self._db is not None:
            return None
        return read_picker(self.url)

    # -- lessons ----------------------------------------------------------------------
    def lesson_roots(self) -> list[Path]:
        return [paths.resource("lessons"), self.location.lessons]

    def pack_cache(self) -> Path:
        """Where the hashes of packs that passed every check are kept."""
        return self.location.path / "cache"

    def reload_lessons(self) -> Catalogue:
        from tutor.content import load_catalogue

        with self._lock:
            self._catalogue = load_catalogue(
                self.lesson_roots(), self.skills, cache=self.pack_cache(),
                trusted=[paths.resource("lessons")])
            return self._catalogue

    def server_url(self) -> str | None:
        """The centre server this PC sends its attempts to (password included: for
        connecting only), or None (``tutor.store.server.server_url``)."""
        from tutor.store.server import server_url

        return server_url(self.location.path)

    def close(self) -> None:
        if self._db is not None:
            self._db.dispose()

    def harden(self) -> None:
        """``harden_process`` once: non-dumpable, the developer's variable erased."""
        if not self._hardened:
            self._hardened = True
            from tutor.store.db import ENV_DATABASE_URL

            harden_process(ENV_DATABASE_URL)


def prepare(
    data_dir: str | os.PathLike[str] | None = None,
    environ: Mapping[str, str] | None = None,
    harden: bool = True,
) -> Runtime:
    """Resolve and create the data folder, start logging: a Runtime whose database,
    skills and packs load on first use.

    ``harden=False`` (the app) leaves ``Runtime.harden`` for after the first paint
    (ctypes costs a few milliseconds of the start-up; no program of a learner can run
    before the picker), unless a developer's ``TUTOR_DATABASE_URL`` was there: then it
    is erased at once."""
    from tutor.store.db import ENV_DATABASE_URL, database_url

    global _data_folder
    taken = None
    if ENV_DATABASE_URL in os.environ or (environ is not None and ENV_DATABASE_URL in environ):
        from tutor.store.server import take_environment

        taken = take_environment(environ)
    environ = os.environ if environ is None else environ
    location = paths.prepare(paths.resolve_data_dir(data_dir, environ))
    _data_folder = location.path
    log_file = setup_logging(location.logs)
    log.info("Tutor %s, Python %s on %s; data folder %s (%s)", __version__,
             sys.version.split()[0], system_name(), location.path, location.reason)
    url = database_url(location.database)
    log.info("database %s", url)
    if taken:
        log.info("centre server %s (from %s)", taken, ENV_DATABASE_URL)
    runtime = Runtime(location, log_file, url)
    if harden or taken:
        runtime.harden()
    return runtime


def system_name() -> str:
    """The system, its release and the machine, for the log. Not platform.platform():
    on Linux it reads the interpreter's binary and runs "uname -p"; ``os.uname`` is what
    ``platform`` itself reads there, without importing it before the first window."""
    uname = getattr(os, "uname", None)
    if uname is not None:
        found = uname()
        return f"{found.sysname} {found.release} {found.machine}"
    import platform  # Windows

    return f"{platform.system()} {platform.release()} {platform.machine()}"


def data_folder() -> Path | None:
    """The data folder of this process (once ``prepare`` has run): the coding room's
    runner keeps learners' programs out of it."""
    return _data_folder


def harden_process(*erase: str) -> bool:
    """Linux: make this process non-dumpable, and erase the variables named ``erase``
    from the environment block it started with (once they are out of ``os.environ``).
    True when the process is non-dumpable afterwards. Elsewhere nothing (False)."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
            log.warning("prctl(PR_SET_DUMPABLE) failed: errno %d", ctypes.get_errno())
        names = [name.encode() + b"=" for name in erase if name not in os.environ]
        if names:
            _erase_initial_environment(names)
        return bool(libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0)
    except (OSError, AttributeError, ValueError) as exc:
        log.warning("could not harden the process: %s", exc)
        return False


def _erase_initial_environment(prefixes: list[bytes]) -> None:
    """Zero the ``NAME=value`` strings starting with ``prefixes`` in the block between
    ``env_start`` and ``env_end`` of ``/proc/self/stat`` (the process's initial
    environment, which ``/proc/PID/environ`` reads). libc's ``environ`` no longer points
    at them once the variables are unset, so nothing reads those bytes any more."""
    import ctypes

    with open("/proc/self/stat", "rb") as handle:
        stat = handle.read(4096)
    fields = stat.rsplit(b")", 1)[1].split()
    start, end = int(fields[47]), int(fields[48])  # fields 50 and 51 of proc(5)
    if not 0 < start < end or end - start > 1 << 22:
        return
    block = ctypes.string_at(start, end - start)
    offset = 0
    for entry in block.split(b"\0"):
        if entry.startswith(tuple(prefixes)):
            ctypes.memset(start + offset, 0, len(entry))
        offset += len(entry) + 1


def start(
    data_dir: str | os.PathLike[str] | None = None,
    environ: Mapping[str, str] | None = None,
    load_lessons: bool = True,
) -> Runtime:
    """Resolve the data folder, start logging, open and migrate the database (and load
    the skills and, unless told not to, the lesson packs)."""
    runtime = prepare(data_dir, environ)
    runtime.db  # noqa: B018 - open and migrate now: the command line reports its errors
    runtime.skills  # noqa: B018
    if load_lessons:
        runtime.reload_lessons()
    return runtime
