"""attempt provenance, and settings values of any length

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-06

An attempt brought in a progress file records where it comes from (verified by which
centre, or why not); NULL for the attempts recorded on this PC, which every attempt
already in the database is. A setting's value becomes text of any length: the centre
cards a PC trusts are kept in one value, more than 1,000 characters with two of them
(PostgreSQL refused that; SQLite never checked the length).
"""

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('attempts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('provenance', sa.JSON(none_as_null=True), nullable=True))
    with op.batch_alter_table('app_settings', schema=None) as batch_op:
        batch_op.alter_column('value', existing_type=sa.String(length=1000), type_=sa.Text(),
                              existing_nullable=False)


def downgrade() -> None:
    with op.batch_alter_table('app_settings', schema=None) as batch_op:
        batch_op.alter_column('value', existing_type=sa.Text(), type_=sa.String(length=1000),
                              existing_nullable=False)
    with op.batch_alter_table('attempts', schema=None) as batch_op:
        batch_op.drop_column('provenance')
