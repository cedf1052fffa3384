"""Pulling: pages of records and conflicts after the cursor, each applied in one transaction
together with the cursor, so a page is applied entirely and remembered, or not at all.

The mass-delete guard: a page that would delete live local records is not applied at once; the
pages after it are read (up to :data:`LOOKAHEAD_PAGES`) and the deletions counted, and if they
come to more than :data:`MASS_DELETE_SHARE` of the live records here and more than
:data:`MASS_DELETE_MIN`, nothing of them is applied and :class:`MassDeleteError` asks the
officer (a wrong or wiped server must not wipe the laptops). Confirmed, the same sync applies
them.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from queue import Empty, Queue
from typing import TYPE_CHECKING

from liaison.protocol import constants as c
from liaison.protocol.errors import ProtocolError
from liaison.protocol.messages import ChangesResponse, decode_changes_response
from liaison.services.replica import Applied, RemoteRecord, apply_records, live_count, would_delete
from liaison.sync import conflicts
from liaison.sync.errors import MassDeleteError, ServerError
from liaison.sync.push import remote
from liaison.sync.state import CURSOR, cursor_in

if TYPE_CHECKING:
    from liaison.sync.client import Run

PAGE_LIMIT = c.MAX_PAGE_LIMIT
LOOKAHEAD_PAGES = 20
PREFETCH = 2
MASS_DELETE_SHARE = 0.5
MASS_DELETE_MIN = 20


@dataclass
class PullStats:
    pages: int = 0
    records: int = 0
    conflicts: int = 0
    new_conflicts: int = 0
    server_seq: int = 0
    cursor: int = 0
    applied: Applied | None = None


def _fetch(run: Run, after: int) -> ChangesResponse:
    answer = run.call("GET", c.CHANGES_PATH, params={"after": after, "limit": PAGE_LIMIT})
    try:
        page = decode_changes_response(answer)
    except ProtocolError as error:
        raise ServerError(status="changes", message=f"{error.field}: {error.reason}") from error
    if page["next_after"] < after:
        raise ServerError(status="changes", message="the server's cursor went backwards")
    return page


def _pages(run: Run, after: int) -> Iterator[ChangesResponse]:
    """The pages after ``after``, in order. When there is more than one, the next pages are
    fetched and decoded on a thread while the caller writes the current one (the server's
    work and the network overlap the local writes); at most :data:`PREFETCH` wait."""
    page = _fetch(run, after)
    yield page
    if not page["has_more"]:
        return
    queue: Queue[ChangesResponse | BaseException | None] = Queue(maxsize=PREFETCH)
    stop = threading.Event()

    def fetch(after: int) -> None:
        try:
            while not stop.is_set():
                page = _fetch(run, after)
                queue.put(page)
                if not page["has_more"]:
                    break
                after = page["next_after"]
        except BaseException as error:  # handed to the caller, raised there
            queue.put(error)
            return
        queue.put(None)

    thread = threading.Thread(target=fetch, args=(page["next_after"],), name="liaison-pull", daemon=True)
    thread.start()
    try:
        while True:
            item = queue.get()
            if item is None:
                return
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()
        while thread.is_alive():  # unblock a producer waiting on a full queue
            with contextlib.suppress(Empty):
                queue.get(timeout=0.05)
        thread.join()


def pull(run: Run, *, allow_mass_delete: bool) -> PullStats:
    stats = PullStats(applied=Applied())
    with run.app.store.read() as session:
        after = cursor_in(run.app, session)
    stats.cursor = after
    waiting: list[tuple[ChangesResponse, list[RemoteRecord]]] = []
    deleting = 0
    for page in _pages(run, after):
        run.check_cancel()
        stats.server_seq = max(stats.server_seq, page["server_seq"])
        records = [remote(record) for record in page["records"]]
        if not allow_mass_delete:
            with run.app.store.read() as session:
                count = would_delete(session, records)
            if count or waiting:
                waiting.append((page, records))
                deleting += count
                if page["has_more"] and len(waiting) < LOOKAHEAD_PAGES:
                    continue
                _guard(run, deleting)
                for held, held_records in waiting:
                    _apply(run, stats, held, held_records)
                waiting, deleting = [], 0
                if not page["has_more"]:
                    break
                continue
        _apply(run, stats, page, records)
        if not page["has_more"]:
            break
    return stats


def _guard(run: Run, deleting: int) -> None:
    if deleting <= MASS_DELETE_MIN:
        return
    with run.app.store.read() as session:
        total = live_count(session)
    if deleting > total * MASS_DELETE_SHARE:
        raise MassDeleteError(count=deleting, total=total)


def _apply(run: Run, stats: PullStats, page: ChangesResponse, records: list[RemoteRecord]) -> None:
    with run.app.store.write(foreign_keys=False) as session:
        applied = apply_records(session, records)
        for conflict in page["conflicts"]:
            if conflicts.store_server_conflict(session, conflict):
                stats.new_conflicts += 1
        cursor = max(cursor_in(run.app, session), page["next_after"])
        run.app.settings.set_in(session, CURSOR, cursor)
    assert stats.applied is not None
    stats.applied.add(applied)
    stats.pages += 1
    stats.records += len(records)
    stats.conflicts += len(page["conflicts"])
    stats.cursor = cursor
    run.progress("pull", stats.records, None)
