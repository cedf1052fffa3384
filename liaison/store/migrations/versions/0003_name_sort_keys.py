"""Names sort as the officers' alphabets sort: a collation key beside the name, indexed.

Contacts and institutions get ``name_sort`` (``liaison.text.collate.sort_key(name)``), filled
here for every existing row; the lists' index moves from the name to it.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from liaison.text.collate import sort_key

revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TABLES = ("contacts", "institutions")


def upgrade() -> None:
    connection = op.get_bind()
    for table in _TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column('name_sort', sa.Text(), nullable=True))
            batch_op.drop_index(f'ix_{table}_live_name')
            batch_op.create_index(f'ix_{table}_live_name_sort', ['deleted', 'name_sort', 'id'], unique=False)
        rows = connection.execute(sa.text(f"SELECT id, name FROM {table}")).all()
        if rows:
            connection.execute(
                sa.text(f"UPDATE {table} SET name_sort = :key WHERE id = :id"),
                [{"key": sort_key(name), "id": record_id} for record_id, name in rows],
            )


def downgrade() -> None:
    for table in _TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(f'ix_{table}_live_name_sort')
            batch_op.create_index(f'ix_{table}_live_name', ['deleted', 'name', 'id'], unique=False)
            batch_op.drop_column('name_sort')
