"""Import batches: what each import created and filled (for undo), and its rows' source keys.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0006'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('import_batches',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('file_name', sa.Text(), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('summary', sa.JSON(), nullable=False),
    sa.Column('undone_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_import_batches'))
    )
    op.create_table('import_items',
    sa.Column('seq', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('batch_id', sa.String(length=36), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('action', sa.String(length=8), nullable=False),
    sa.Column('source_key', sa.String(length=120), nullable=True),
    sa.Column('changes', sa.JSON(), nullable=True),
    sa.ForeignKeyConstraint(['batch_id'], ['import_batches.id'], name=op.f('fk_import_items_batch_id_import_batches'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_import_items'))
    )
    with op.batch_alter_table('import_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_import_items_batch_id'), ['batch_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_import_items_record_id'), ['record_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_import_items_source_key'), ['source_key'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('import_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_import_items_source_key'))
        batch_op.drop_index(batch_op.f('ix_import_items_record_id'))
        batch_op.drop_index(batch_op.f('ix_import_items_batch_id'))

    op.drop_table('import_items')
    op.drop_table('import_batches')
