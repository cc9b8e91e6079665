"""The log file: rotating, in the data folder, where trainers can find it.

Tracebacks go here, never on a learner's screen.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

LOG_NAME = "tutor.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
_FORMAT = "%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"


def rotate(path: Path, max_bytes: int = MAX_BYTES, backups: int = BACKUPS) -> None:
    """At start-up, a log of ``max_bytes`` or more becomes ``tutor.log.1`` (the older
    ones move up, the oldest beyond ``backups`` goes). Once per start rather than while
    writing: a day's log is a few kilobytes, and logging.handlers' rotating handler
    brings sockets and pickle into the start-up for it."""
    try:
        if path.stat().st_size < max_bytes:
            return
        for number in range(backups - 1, 0, -1):
            older = path.with_name(f"{path.name}.{number}")
            if older.exists():
                os.replace(older, path.with_name(f"{path.name}.{number + 1}"))
        os.replace(path, path.with_name(f"{path.name}.1"))
    except OSError:  # no log yet, or a read-only stick: the log goes on as it can
        return


def setup_logging(folder: Path, level: int = logging.INFO) -> Path:
    """Log to ``folder/tutor.log`` (rotated at 1 MB, 5 old files kept). Returns the
    file's path."""
    path = folder / LOG_NAME
    root = logging.getLogger()
    for old in list(root.handlers):
        if getattr(old, "_tutor", False):
            root.removeHandler(old)
            old.close()
    rotate(path)
    try:
        handler: logging.Handler = logging.FileHandler(path, encoding="utf-8", delay=True)
    except OSError:  # a read-only stick: keep running, log nowhere
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter(_FORMAT))
    handler._tutor = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    logging.getLogger("alembic.runtime.plugins").setLevel(logging.WARNING)
    return path
