"""What the app and the command line both do first: find the data folder, start the log,
open the database and load the lesson packs.

The app shows its first screen before the heavy part: ``prepare`` finds the folder and
starts the log (the standard library only); the picker reads its rows with
``Runtime.picker_rows`` (``sqlite3``, no SQLAlchemy); the database (SQLAlchemy, Alembic
when the schema is not current), the skills (pydantic models) and the lesson packs load
afterwards, off the GUI thread (``Runtime.load``), or on first use from any attribute.
The command line calls ``start``, which does it all at once. This module imports none
of the heavy parts itself (``tests/test_startup.py`` checks it).
"""

from __future__ import annotations

import logging
import os
import platform
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

    def close(self) -> None:
        if self._db is not None:
            self._db.dispose()


def prepare(
    data_dir: str | os.PathLike[str] | None = None,
    environ: Mapping[str, str] | None = None,
) -> Runtime:
    """Resolve and create the data folder, start logging: a Runtime whose database,
    skills and packs load on first use."""
    from tutor.store.db import database_url, redacted_url

    environ = os.environ if environ is None else environ
    location = paths.prepare(paths.resolve_data_dir(data_dir, environ))
    log_file = setup_logging(location.logs)
    log.info(
        "Tutor %s, Python %s on %s; data folder %s (%s)",
        # not platform.platform(): on Linux it reads the interpreter's binary and runs
        # "uname -p" (9 ms of a 230 ms start)
        __version__, platform.python_version(),
        f"{platform.system()} {platform.release()} {platform.machine()}", location.path,
        location.reason,
    )
    url = database_url(location.database, environ)
    log.info("database %s", redacted_url(url))
    return Runtime(location, log_file, url)


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
