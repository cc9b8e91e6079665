import itertools

import pytest

from tests.store.postgres import PostgresServer
from tutor.store.db import open_database

_names = itertools.count()


@pytest.fixture(scope="session")
def postgres():
    server = PostgresServer()
    yield server
    server.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request, data_dir):
    """Each storage test runs on SQLite and on PostgreSQL."""
    if request.param == "sqlite":
        url = f"sqlite:///{data_dir / 'tutor.sqlite3'}"
    else:
        url = request.getfixturevalue("postgres").fresh_database(f"t{next(_names)}")
    database = open_database(url)
    yield database
    database.dispose()


@pytest.fixture
def sqlite_db(data_dir):
    database = open_database(f"sqlite:///{data_dir / 'tutor.sqlite3'}")
    yield database
    database.dispose()
