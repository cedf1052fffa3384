"""Alembic environment: runs only on a connection handed over by liaison.store.migrate."""

from __future__ import annotations

from alembic import context

from liaison.store.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError(
        "Liaison's migrations run through liaison.store.migrate.upgrade(), not the alembic CLI"
    )

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite alters tables by copying them; batch mode does that for us
    transactional_ddl=True,  # SQLite has transactional DDL: a failed migration leaves no trace
)
with context.begin_transaction():
    context.run_migrations()
