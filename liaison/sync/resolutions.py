"""Telling the server of the conflicts resolved on this computer (a step of every sync)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from liaison.protocol import constants as c
from liaison.sync import conflicts
from liaison.sync.errors import ConflictNotYoursError, ServerRefusedError

if TYPE_CHECKING:
    from liaison.sync.client import Run


def send_resolutions(run: Run) -> None:
    """Tell the server of conflicts resolved here. One the officer may not resolve (403) is
    put back in the inbox and, once the others are sent, raised as
    :class:`ConflictNotYoursError` (the pull waits for the next sync); one the server has
    no more for this officer (404: its record left their sight) has nothing to tell."""
    with run.app.store.read() as session:
        waiting = conflicts.pending_resolutions(session)
    refused: ConflictNotYoursError | None = None
    for conflict_id in waiting:
        run.check_cancel()
        try:
            run.call("POST", c.RESOLVE_PATH.format(conflict_id=conflict_id))
        except ServerRefusedError as error:
            if error.status == 403:
                with run.app.store.write() as session:
                    view = conflicts.reopen(session, conflict_id)
                if view is not None:
                    refused = refused or conflicts.not_yours(view.author, view.title)
                continue
            if error.status != 404:
                raise
        with run.app.store.write() as session:
            conflicts.resolution_sent(session, conflict_id)
    if refused is not None:
        raise refused
