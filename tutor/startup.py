"""What the app and the command line both do first: find the data folder, start the log,
open the database and load the lesson packs."""

from __future__ import annotations

import logging
import os
import platform
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from tutor import __version__, paths
from tutor.content import Catalogue, load_catalogue
from tutor.logs import setup_logging
from tutor.skills import Skill, installed_skills
from tutor.store.db import Database, database_url, open_database, redacted_url

log = logging.getLogger(__name__)


@dataclass
class Runtime:
    location: paths.DataLocation
    db: Database
    skills: dict[str, Skill]
    log_file: Path
    catalogue: Catalogue = field(default_factory=Catalogue)

    def lesson_roots(self) -> list[Path]:
        return [paths.resource("lessons"), self.location.lessons]

    def reload_lessons(self) -> Catalogue:
        self.catalogue = load_catalogue(self.lesson_roots(), self.skills)
        return self.catalogue

    def close(self) -> None:
        self.db.dispose()


def start(
    data_dir: str | os.PathLike[str] | None = None,
    environ: Mapping[str, str] | None = None,
    load_lessons: bool = True,
) -> Runtime:
    """Resolve the data folder, start logging, open and migrate the database."""
    environ = os.environ if environ is None else environ
    location = paths.prepare(paths.resolve_data_dir(data_dir, environ))
    log_file = setup_logging(location.logs)
    log.info(
        "Tutor %s, Python %s on %s; data folder %s (%s)",
        __version__, platform.python_version(), platform.platform(), location.path,
        location.reason,
    )
    url = database_url(location.database, environ)
    log.info("database %s", redacted_url(url))
    db = open_database(url)
    runtime = Runtime(location, db, installed_skills(), log_file)
    if load_lessons:
        runtime.reload_lessons()
    return runtime

