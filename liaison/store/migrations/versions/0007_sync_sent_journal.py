"""The journal of this machine's confirmed pushes (``sync_sent``), from which a Secretariat server
restored from a backup is sent again what it lost.

Revision ID: 0007_sync_sent
Revises: 0006
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0007_sync_sent'
down_revision: str | None = '0006'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        'sync_sent',
        sa.Column('entity', sa.String(length=40), nullable=False),
        sa.Column('record_id', sa.String(length=36), nullable=False),
        sa.Column('field', sa.String(length=80), nullable=False),
        sa.Column('rev', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('entity', 'record_id', 'field', name=op.f('pk_sync_sent')),
    )
    with op.batch_alter_table('sync_sent', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_sent_rev'), ['rev'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('sync_sent', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_sent_rev'))
    op.drop_table('sync_sent')
