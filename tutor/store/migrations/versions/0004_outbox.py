"""the outbox: attempts waiting for the centre server

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06

A lab PC commits every attempt in its own SQLite database first; the centre server gets
it later from the outbox (``tutor.store.outbox``). On SQLite a trigger adds the outbox row
in the very transaction that adds the attempt, whatever code adds it, and the attempts
already there are queued now, so a PC joined to a server later sends its whole history
(the server keeps one copy of each attempt, by its UUID). On PostgreSQL (the centre
server itself) the table is made but stays empty: there is no trigger.

A later migration that copies the attempts table on SQLite (``batch_alter_table`` on
attempts) drops its triggers: it must run ``OUTBOX_TRIGGER`` again (a test checks the
trigger is there at the newest revision).
"""

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

OUTBOX_TRIGGER = (
    "CREATE TRIGGER outbox_on_new_attempt AFTER INSERT ON attempts "
    "BEGIN INSERT OR IGNORE INTO outbox (attempt_id, queued_at, tries) "
    "VALUES (NEW.id, datetime('now'), 0); END"
)


def upgrade() -> None:
    op.create_table('outbox',
    sa.Column('attempt_id', sa.Uuid(), nullable=False),
    sa.Column('queued_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('tries', sa.Integer(), nullable=False),
    sa.Column('last_error', sa.String(length=200), nullable=True),
    sa.PrimaryKeyConstraint('attempt_id', name=op.f('pk_outbox'))
    )
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.create_index('ix_outbox_tries_queued', ['tries', 'queued_at'], unique=False)
    if op.get_bind().dialect.name == 'sqlite':
        op.execute("INSERT INTO outbox (attempt_id, queued_at, tries) "
                   "SELECT id, datetime('now'), 0 FROM attempts")
        op.execute(OUTBOX_TRIGGER)


def downgrade() -> None:
    if op.get_bind().dialect.name == 'sqlite':
        op.execute("DROP TRIGGER IF EXISTS outbox_on_new_attempt")
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_index('ix_outbox_tries_queued')
    op.drop_table('outbox')
