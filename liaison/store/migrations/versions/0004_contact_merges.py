"""Contact merges, kept so that a merge can be undone.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('contact_merges',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('keep_id', sa.String(length=36), nullable=False),
    sa.Column('other_id', sa.String(length=36), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('undone_at', sa.DateTime(), nullable=True),
    sa.Column('record', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contact_merges'))
    )
    with op.batch_alter_table('contact_merges', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contact_merges_keep_id'), ['keep_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_contact_merges_other_id'), ['other_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('contact_merges', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contact_merges_other_id'))
        batch_op.drop_index(batch_op.f('ix_contact_merges_keep_id'))
    op.drop_table('contact_merges')
