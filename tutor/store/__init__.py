"""Storage of learners and attempts (SQLAlchemy 2; SQLite by default, PostgreSQL too).

Nothing above this package knows which database it talks to.
"""

from tutor.store.db import Database, open_database
from tutor.store.models import Attempt, Learner

__all__ = ["Attempt", "Database", "Learner", "open_database"]
