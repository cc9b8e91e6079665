"""Alembic environment: migrations run on the connection Tutor hands over.

Developers create a new revision with
``alembic -c tutor/store/alembic.ini revision --autogenerate -m "what changed"``
and then update ``SCHEMA_HEAD`` in ``tutor/store/db.py``.
"""

from alembic import context
from sqlalchemy import create_engine

from tutor.store.models import Base, UTCDateTime

config = context.config
connection = config.attributes.get("connection")


def render_item(type_, obj, autogen_context):
    """Migrations name plain SQLAlchemy types, never the app's own classes."""
    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime(timezone=True)"
    return False


def run(conn) -> None:
    context.configure(
        connection=conn,
        target_metadata=Base.metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things; Alembic copies tables
        compare_type=True,
        render_item=render_item,
    )
    with context.begin_transaction():
        context.run_migrations()


if connection is not None:
    run(connection)
else:  # the alembic command line, for developers
    url = config.get_main_option("sqlalchemy.url")
    if url is None:
        raise SystemExit("alembic.ini has no sqlalchemy.url")
    with create_engine(url).begin() as conn:
        run(conn)
