"""Shared fixtures. Every test gets its own data folder; nothing touches the real one."""

from __future__ import annotations

import os
from pathlib import Path

# pytest-qt aborts without a platform when there is no display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

import tutor.ui.qt_import  # noqa: F401 - as the app: PySide's import hook out
from tutor import startup
from tutor.store.db import Database, open_database

GUI_FIXTURES = {"qtbot", "qapp"}
TESTS = Path(__file__).parent


def pytest_collection_modifyitems(config, items):
    """Mark every test that opens widgets ``gui`` (it asks for qtbot or qapp, directly or
    through another fixture, or lives in tests/ui) and every test under tests/e2e ``e2e``,
    and every test that starts a PostgreSQL server ``process``, so ``./dev.sh fast`` runs the
pure logic alone."""
    for item in items:
        parts = item.path.relative_to(TESTS).parts
        if GUI_FIXTURES & set(getattr(item, "fixturenames", ())) or "ui" in parts:
            item.add_marker(pytest.mark.gui)
        if "e2e" in parts:
            item.add_marker(pytest.mark.e2e)
        callspec = getattr(item, "callspec", None)
        if "postgres" in getattr(item, "fixturenames", ()) or (
                callspec is not None and "postgresql" in callspec.params.values()):
            item.add_marker(pytest.mark.process)


@pytest.fixture(autouse=True)
def isolated_environment(tmp_path_factory, monkeypatch):
    """No test reads or writes the user's real data folder or settings."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.delenv("TUTOR_DATA_DIR", raising=False)
    monkeypatch.delenv("TUTOR_DATABASE_URL", raising=False)
    monkeypatch.setenv("TUTOR_LANGUAGE", "en")


@pytest.fixture
def data_dir(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def db(data_dir) -> Database:
    database = open_database(f"sqlite:///{data_dir / 'tutor.sqlite3'}")
    yield database
    database.dispose()


@pytest.fixture
def runtime(data_dir):
    rt = startup.start(data_dir)
    yield rt
    rt.close()
