"""Indexes for the Today view: open action items by due date, an event's draft minutes.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06
"""

from collections.abc import Sequence

from alembic import op

revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain CREATE INDEX (no table rebuild): a large record migrates in one pass over each table.
    op.create_index(
        'ix_action_items_live_status_due_date', 'action_items', ['deleted', 'status', 'due_date', 'id'], unique=False
    )
    op.create_index('ix_minutes_event_live_status', 'minutes', ['event_id', 'deleted', 'status'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_minutes_event_live_status', table_name='minutes')
    op.drop_index('ix_action_items_live_status_due_date', table_name='action_items')
