"""Settings of this installation (not of a learner): the trainer's password hash, the
centre's name, the installation's id, the pauses after wrong PINs and passwords."""

from __future__ import annotations

import json
import math

from tutor.store.db import Database
from tutor.store.models import AppSetting


def get_setting(db: Database, key: str) -> str | None:
    with db.reading() as session:
        found = session.get(AppSetting, key)
        return found.value if found is not None else None


def set_setting(db: Database, key: str, value: str) -> None:
    with db.writing() as session:
        found = session.get(AppSetting, key)
        if found is None:
            session.add(AppSetting(key=key, value=value))
        else:
            found.value = value


class StoredGateState:
    """A ``tutor.pins.GateState`` kept in this database: wrong PINs and trainer passwords
    in a row, and pauses, survive closing and reopening Tutor."""

    PREFIX = "gate:"

    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self, key: str) -> tuple[int, float]:
        raw = get_setting(self.db, self.PREFIX + key)
        try:
            failures, until = json.loads(raw) if raw else (0, 0.0)
            return max(0, int(failures)), float(until) if math.isfinite(until) else 0.0
        except (ValueError, TypeError):
            return 0, 0.0

    def put(self, key: str, failures: int, paused_until: float) -> None:
        set_setting(self.db, self.PREFIX + key, json.dumps([failures, paused_until]))
