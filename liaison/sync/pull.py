"""Pulling: pages of records and conflicts after the cursor (not the records this sync's pushes
were told in full, when the server marked them: :mod:`liaison.sync.echo`), applied (a few pages
together, up to :data:`GROUP_RECORDS` records) in one transaction with the cursor, so a page is applied
entirely and remembered, or not at all. These transactions are not flushed to the disk one by
one (``Store.write(durable=False)``): a power cut can undo the last of them, cursor included,
and the next sync pulls those pages again.

The mass-delete guard: a page that would delete live local records is not applied at once; the
pages after it are read (up to :data:`LOOKAHEAD_PAGES`) and the deletions counted; when they
are many and the pull goes on, the rest of the pull is read too (counted and dropped, fetched
again to be written), so a deletion is judged whole. Every deletion of one pull counts against
the live records there were before it: if they come to more than :data:`MASS_DELETE_SHARE` of
those and more than :data:`MASS_DELETE_MIN`, nothing of them is applied and
:class:`MassDeleteError` asks the officer (a wrong or wiped server must not wipe the laptops).
Confirmed, the same sync applies them.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from queue import Empty, Queue
from typing import TYPE_CHECKING, Annotated, Any

import msgspec

from liaison.protocol import constants as c
from liaison.protocol.errors import ProtocolError
from liaison.protocol.messages import Conflict, decode_conflict
from liaison.services.replica import Applied, RemoteRecord, apply_records, live_count, would_delete
from liaison.sync import conflicts
from liaison.sync.errors import MassDeleteError, ServerError, ServerWentBackError
from liaison.sync.restore import recovering
from liaison.sync.state import CURSOR, EPOCH, RECOVERY, cursor_in

if TYPE_CHECKING:
    from liaison.sync.client import Run

PAGE_LIMIT = c.MAX_PAGE_LIMIT
LOOKAHEAD_PAGES = 20
PREFETCH = 12
GROUP_RECORDS = 10_000
"""Pages are written together until they hold this many records: each transaction rewrites
every index page it touched, and a thousand random ids touch most of them, so a first sync
written a page at a time wrote its indexes two hundred times over."""
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
    refresh: bool = False


class Page(msgspec.Struct, gc=False):
    """One ``GET /v1/changes`` answer (``liaison.protocol``'s ``ChangesResponse``), decoded
    from its bytes in one msgspec call, records straight into :class:`RemoteRecord`: parsing a
    first sync's pages with ``json`` and then checking and copying every record cost more than
    writing them. Conflicts (a handful) are checked by the protocol's own decoder."""

    records: Annotated[list[RemoteRecord], msgspec.Meta(max_length=c.MAX_PAGE_LIMIT)]
    conflicts: Annotated[list[Any], msgspec.Meta(max_length=c.MAX_PAGE_LIMIT)]
    next_after: Annotated[int, msgspec.Meta(ge=0)]
    has_more: bool
    server_seq: Annotated[int, msgspec.Meta(ge=0)]
    epoch: Annotated[str, msgspec.Meta(max_length=36)] | None = None
    checked_conflicts: list[Conflict] = msgspec.field(default_factory=list)


_PAGE = msgspec.json.Decoder(Page)


def decode_page(data: bytes) -> Page:
    """A page from the answer's bytes; anything malformed is a :class:`ProtocolError`."""
    try:
        page = _PAGE.decode(data)
        page.checked_conflicts = [
            decode_conflict(item, f"conflicts[{i}]") for i, item in enumerate(page.conflicts)
        ]
    except msgspec.DecodeError as error:  # ValidationError included: "… - at `$.records[3].id`"
        raise ProtocolError(str(error)[:300]) from None
    return page


def _fetch(run: Run, after: int, *, refresh: bool = False) -> Page:
    # a page that is not one is a ServerError from the transport (decode_page's ProtocolError)
    params = {"after": after, "limit": PAGE_LIMIT, **run.echo.pull_params(refresh=refresh)}
    page: Page = run.call("GET", c.CHANGES_PATH, params=params, decode=decode_page)
    if page.next_after < after:
        raise ServerError(status="changes", message="the server's cursor went backwards")
    if page.server_seq < after:
        raise ServerWentBackError(server_seq=page.server_seq, cursor=after)
    return page


def _pages(run: Run, after: int, *, refresh: bool = False) -> Iterator[Page]:
    """The pages after ``after``, in order. When there is more than one, the next pages are
    fetched and decoded on a thread while the caller writes the current ones (the server's
    work and the network overlap the local writes); at most :data:`PREFETCH` wait, a group's
    worth and more, so the next group is in by the time this one is written."""
    page = _fetch(run, after, refresh=refresh)
    yield page
    if not page.has_more:
        return
    queue: Queue[Page | BaseException | None] = Queue(maxsize=PREFETCH)
    stop = threading.Event()

    def fetch(after: int) -> None:
        try:
            while not stop.is_set():
                page = _fetch(run, after, refresh=refresh)
                queue.put(page)
                if not page.has_more:
                    break
                after = page.next_after
        except BaseException as error:  # handed to the caller, raised there
            queue.put(error)
            return
        queue.put(None)

    thread = threading.Thread(target=fetch, args=(page.next_after,), name="liaison-pull", daemon=True)
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
    try:
        return _pull(run, stats, allow_mass_delete=allow_mass_delete)
    finally:
        if stats.records:
            run.app.store.checkpoint()  # the pulled transactions let the WAL grow


def _pull(run: Run, stats: PullStats, *, allow_mass_delete: bool) -> PullStats:
    with run.app.store.read() as session:
        after = cursor_in(run.app, session)
        until = recovering(run.app, session)
    stats.cursor = after
    # Reading a restored server again: what it sends is written whatever its revision, and
    # what it lacks is being sent again, not deleted (liaison.sync.restore).
    stats.refresh = until is not None
    guard = None if allow_mass_delete or stats.refresh else _Guard(run)
    batch: list[Page] = []
    waiting: list[Page] = []
    deleting = 0
    for page in _pages(run, after, refresh=stats.refresh):
        run.check_cancel()
        stats.server_seq = max(stats.server_seq, page.server_seq)
        if guard is not None:
            with run.app.store.read() as session:
                count = would_delete(session, page.records)
            if count or waiting:
                _apply(run, stats, batch)  # the pages before these go first, as they came
                batch = []
                waiting.append(page)
                deleting += count
                if page.has_more and len(waiting) < LOOKAHEAD_PAGES:
                    continue
                whole = page.has_more and deleting > MASS_DELETE_MIN
                if whole:  # many, and more to come: count the rest of the pull before writing any
                    deleting += _deletions_after(run, page.next_after)
                guard.check(deleting)
                _apply(run, stats, waiting)
                waiting = []
                if whole:
                    guard = None  # the whole pull was counted, and allowed
                else:
                    guard.passed += deleting
                deleting = 0
                if not page.has_more:
                    break
                continue
        batch.append(page)
        if not page.has_more or sum(len(held.records) for held in batch) >= GROUP_RECORDS:
            _apply(run, stats, batch)
            batch = []
        if not page.has_more:
            break
    if until is not None and stats.cursor >= until:
        with run.app.store.write() as session:
            run.app.settings.set_in(session, RECOVERY, None)
    return stats


class _Guard:
    """The mass-delete guard over one whole pull: every deletion it lets through counts against
    the live records there were before the first of them (a pull of many windows is not
    judged window by window, each against what the one before left)."""

    def __init__(self, run: Run) -> None:
        self.run = run
        self.before: int | None = None
        self.passed = 0

    def check(self, deleting: int) -> None:
        count = self.passed + deleting
        if count <= MASS_DELETE_MIN:
            return
        if self.before is None:
            with self.run.app.store.read() as session:
                self.before = live_count(session) + self.passed
        if count > self.before * MASS_DELETE_SHARE:
            raise MassDeleteError(count=count, total=self.before)


def _deletions_after(run: Run, after: int) -> int:
    """How many live records here the pages after ``after`` would delete: read, counted and
    dropped (fetched again when they are written), so that a deletion of many windows is
    judged whole before any of it is written, without holding it all in memory."""
    count = 0
    while True:
        run.check_cancel()
        page = _fetch(run, after)
        with run.app.store.read() as session:
            count += would_delete(session, page.records)
        if not page.has_more:
            return count
        after = page.next_after


def _apply(run: Run, stats: PullStats, pages: list[Page]) -> None:
    """Write ``pages`` and move the cursor past them, in one transaction."""
    if not pages:
        return
    records: list[RemoteRecord] = [record for page in pages for record in page.records]
    with run.app.store.write(foreign_keys=False, durable=False) as session:
        applied = apply_records(session, records, refresh=stats.refresh)
        for page in pages:
            for conflict in page.checked_conflicts:
                if conflicts.store_server_conflict(session, conflict):
                    stats.new_conflicts += 1
        cursor = max(cursor_in(run.app, session), pages[-1].next_after)
        run.app.settings.set_in(session, CURSOR, cursor)
        if run.epoch is None and pages[-1].epoch is not None:  # the first sync that knows of epochs
            run.epoch = pages[-1].epoch
            run.app.settings.set_in(session, EPOCH, run.epoch)
    assert stats.applied is not None
    stats.applied.add(applied)
    stats.pages += len(pages)
    stats.records += len(records)
    stats.conflicts += sum(len(page.checked_conflicts) for page in pages)
    stats.cursor = cursor
    run.progress("pull", stats.records, None)
