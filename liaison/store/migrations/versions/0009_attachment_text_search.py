"""Search inside attached files: the text read from each file's bytes (attachment_texts, one
row per SHA-256, local and derived) and search_docs.owner_id (a hit on a file's text opens its
owner record). Existing attachments are read on the next ``index_pending`` (no text is read
inside a migration: a migration must stay quick and never fail on a damaged PDF).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0009'
down_revision: str | None = '0008'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('attachment_texts',
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('key', sa.Text(), nullable=False),
    sa.Column('key_version', sa.String(length=40), nullable=False),
    sa.Column('pages', sa.Integer(), nullable=False),
    sa.Column('truncated', sa.Boolean(), nullable=False),
    sa.Column('extractor', sa.Integer(), nullable=False),
    sa.Column('read_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('sha256', name=op.f('pk_attachment_texts'))
    )
    # a plain ADD COLUMN (nullable): SQLite needs no table copy, and the FTS table is untouched
    op.add_column('search_docs', sa.Column('owner_id', sa.String(length=36), nullable=True))


def downgrade() -> None:
    op.execute("DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_docs WHERE owner_id IS NOT NULL)")
    op.execute("DELETE FROM search_docs WHERE owner_id IS NOT NULL")
    with op.batch_alter_table('search_docs', schema=None) as batch_op:
        batch_op.drop_column('owner_id')
    op.drop_table('attachment_texts')
