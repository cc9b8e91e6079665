"""The log file: rotating, in the data folder, where trainers can find it.

Tracebacks go here, never on a learner's screen.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_NAME = "tutor.log"
_FORMAT = "%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"


def setup_logging(folder: Path, level: int = logging.INFO) -> Path:
    """Log to ``folder/tutor.log`` (1 MB, 5 old files kept). Returns the file's path."""
    path = folder / LOG_NAME
    root = logging.getLogger()
    for old in list(root.handlers):
        if getattr(old, "_tutor", False):
            root.removeHandler(old)
            old.close()
    try:
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=5, encoding="utf-8", delay=True
        )
    except OSError:  # a read-only stick: keep running, log nowhere
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter(_FORMAT))
    handler._tutor = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    logging.getLogger("alembic.runtime.plugins").setLevel(logging.WARNING)
    return path
