"""Storage of learners and attempts (SQLAlchemy 2; SQLite by default, PostgreSQL too).

Nothing above this package knows which database it talks to. Its names are imported on
first use (PEP 562), so the picker's fast path (``tutor.store.db.read_picker``) does not
load SQLAlchemy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tutor.store.db import Database, open_database
    from tutor.store.models import Attempt, Learner

__all__ = ["Attempt", "Database", "Learner", "open_database"]


def __getattr__(name: str) -> Any:
    if name in ("Database", "open_database"):
        from tutor.store import db

        return getattr(db, name)
    if name in ("Attempt", "Learner"):
        from tutor.store import models

        return getattr(models, name)
    raise AttributeError(name)
