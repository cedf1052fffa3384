"""Where the record lives, without importing the database layer.

Kept apart from :mod:`liaison.store.engine` so that plain ``liaison`` can name the data
directory and put the window on screen before SQLAlchemy is imported (see liaison/ui/app.py).
"""

from __future__ import annotations

import os
from pathlib import Path

ENV_DATA_DIR = "LIAISON_DATA_DIR"


def default_data_dir() -> Path:
    """The platform's per-user data directory for Liaison."""
    import platformdirs  # only when neither --data-dir nor the variable names one (5 ms)

    return platformdirs.user_data_path("Liaison", appauthor=False)


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """``--data-dir`` if given, else ``$LIAISON_DATA_DIR``, else the platform default."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser()
    return default_data_dir()
