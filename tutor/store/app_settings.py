"""Settings of this installation (not of a learner): the trainer's password hash, the
centre's name, the installation's id."""

from __future__ import annotations

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
