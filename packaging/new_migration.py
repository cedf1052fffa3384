"""Developer tool: autogenerate a new Alembic revision from the models.

Usage: python packaging/new_migration.py "what changed"
It builds a scratch database at the current head, diffs it against the models and writes the
new revision under liaison/store/migrations/versions/ for you to review and edit.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command

from liaison.store.engine import make_engine
from liaison.store.migrate import alembic_config


def main() -> None:
    message = sys.argv[1] if len(sys.argv) > 1 else "schema change"
    with tempfile.TemporaryDirectory() as folder:
        engine = make_engine(Path(folder) / "scratch.sqlite3")
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), "head")
        with engine.begin() as connection:
            command.revision(alembic_config(connection), message=message, autogenerate=True)
        engine.dispose()


if __name__ == "__main__":
    main()
