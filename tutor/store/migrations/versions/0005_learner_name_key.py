"""a learner's name folded for searching, and its index

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06

A centre server holds thousands of learners: the picker and the trainer find a name in
the database, by an index on the name as ``tutor.text.fold`` compares it (no case, no
accents), instead of loading every learner. The key is computed by Python (no database
folds accents the same way), for the learners already there in batches.
"""

import sqlalchemy as sa
from alembic import op

from tutor.store.models import name_key

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

BATCH = 1000


def upgrade() -> None:
    # A default for the rows already there (SQLite adds a NOT NULL column only with one);
    # every row gets its real key just below, and every new row from the model.
    with op.batch_alter_table('learners', schema=None) as batch_op:
        batch_op.add_column(sa.Column('name_key', sa.String(length=400), nullable=False,
                                      server_default=''))
    connection = op.get_bind()
    learners = sa.table('learners', sa.column('id', sa.Uuid), sa.column('display_name', sa.String),
                        sa.column('name_key', sa.String))
    rows = connection.execute(sa.select(learners.c.id, learners.c.display_name)).all()
    update = (learners.update().where(learners.c.id == sa.bindparam('learner'))
              .values(name_key=sa.bindparam('key')))
    for start in range(0, len(rows), BATCH):
        connection.execute(update, [{'learner': id_, 'key': name_key(name)}
                                    for id_, name in rows[start:start + BATCH]])
    if connection.dialect.name == 'postgresql':
        op.alter_column('learners', 'name_key', server_default=None)
    op.create_index('ix_learners_name_key', 'learners', ['archived', 'name_key'], unique=False,
                    postgresql_ops={'name_key': 'text_pattern_ops'})


def downgrade() -> None:
    op.drop_index('ix_learners_name_key', table_name='learners')
    with op.batch_alter_table('learners', schema=None) as batch_op:
        batch_op.drop_column('name_key')
