"""What this data folder remembers about its server, in the local ``settings`` table.

Settings live in the database, so they travel with the data folder (and a copy of the folder is
a copy of its sync state: two copies of one folder are one device to the server; log in again
on the copy to make it a device of its own). The token is not here: see ``credentials``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from liaison.services.app import Liaison
from liaison.services.settings import SIGNED_IN_USER

SERVER_URL = "sync.server_url"
USERNAME = SIGNED_IN_USER
CA_FILE = "sync.ca_file"
DEVICE = "sync.device_id"
"""The server's id for this device (from login)."""
INSTITUTION = "sync.institution"
"""The officer's institution on the server: ``{"id", "name", "state"}``."""
CURSOR = "sync.cursor"
"""The server sequence number everything up to which has been pulled and applied."""
EPOCH = "sync.epoch"
"""The server epoch this folder last synced with (``GET /v1/status``): sent with every push and
pull, so that a server restored from a backup refuses them instead of merging them."""
RECOVERY = "sync.recovery"
"""While a pull after a restored server runs: ``{"until": server_seq, "since": epoch_seq}``.
Until the cursor reaches ``until``, every record pulled is written whatever its revision and
the mass-delete guard is off (see ``liaison.sync.restore``)."""
LAST_RESTORE = "sync.last_restore"
"""What the last repair after a restored server did (shown once by the next sync's summary)."""
LAST_SYNC = "sync.last_sync"
"""When the last sync finished (UTC, ISO text): shown to the officer, never used to decide."""


@dataclass(frozen=True)
class Connection:
    """Where this folder syncs to, as login left it."""

    server_url: str
    username: str
    ca_file: str | None
    device_id: str | None
    institution: dict[str, Any] | None


def connection(app: Liaison) -> Connection | None:
    with app.store.read() as session:
        return connection_in(app, session)


def connection_in(app: Liaison, session: Session) -> Connection | None:
    get = app.settings.get_in
    url, user = get(session, SERVER_URL), get(session, USERNAME)
    if not url or not user:
        return None
    institution = get(session, INSTITUTION)
    return Connection(
        server_url=str(url),
        username=str(user),
        ca_file=get(session, CA_FILE) or None,
        device_id=get(session, DEVICE) or None,
        institution=institution if isinstance(institution, dict) else None,
    )


def cursor_in(app: Liaison, session: Session) -> int:
    value = app.settings.get_in(session, CURSOR, 0)
    return int(value) if isinstance(value, int) else 0
