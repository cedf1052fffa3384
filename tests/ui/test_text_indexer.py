"""Files search cannot find inside yet (attached before this version, or their reading cut short)
are read at start-up on the database worker, a file a turn, stopped by a quit and resumed at the
next start (liaison/ui/text_indexer.py, ``AttachmentRecords.index_pending``)."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from liaison.services import file_text
from liaison.services.app import Liaison
from liaison.ui import app as ui_app
from liaison.ui.tasks import TaskManager
from liaison.ui.text_indexer import TextIndexer
from tests.services.test_attachment_search import PLAN_TEXT, file_hits, make_plan, pdf_bytes


def attach_unread(app: Liaison, name: str, data: bytes) -> dict[str, Any]:
    """Attach as an older version did: the row and the bytes, no text read."""
    plan = make_plan(app, f"Plan for {name}")
    info = app.attachments.blobs.add_stream([data])
    return app.attachments.create_from_blob("joint_action_plans", plan["id"], name, info)


def test_a_file_attached_without_its_text_is_found_after_start_up(qtbot: QtBot, data_dir: Path) -> None:
    with Liaison.open(data_dir) as seed:
        record = attach_unread(seed, "plan.pdf", pdf_bytes("Introduction", PLAN_TEXT))
        attach_unread(seed, "note.txt", b"Bekova chairs the working group.\n")
        assert file_hits(seed, "Qazalem") == [] and seed.attachments.pending_texts()
    startup = ui_app.start(data_dir, offer_sample=False)
    qtbot.addWidget(startup.window)
    try:
        qtbot.waitUntil(lambda: startup.opened, timeout=30_000)
        services = startup.services
        assert services is not None
        qtbot.waitUntil(lambda: bool(file_hits(services, "Qazalem")), timeout=30_000)
        assert [hit.attachment for hit in file_hits(services, "Qazalem")] == [record["id"]]
        qtbot.waitUntil(lambda: bool(file_hits(services, "Bekova")), timeout=30_000)
        assert services.attachments.pending_texts() == []
    finally:
        startup.window.close()
        startup.close()


def test_closing_the_window_stops_the_reading_and_the_next_start_reads_the_rest(
    qtbot: QtBot, app: Liaison, tasks: TaskManager
) -> None:
    for n in range(3):
        attach_unread(app, f"plan {n}.pdf", pdf_bytes(f"Page of plan {n}", PLAN_TEXT))
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    indexer = TextIndexer(app, tasks, window)
    indexer.start()
    window.close()  # before the worker's answer comes back: nothing more is read
    tasks.drain()
    qtbot.waitUntil(lambda: not indexer.running, timeout=10_000)
    assert indexer.read == 0 and len(app.attachments.pending_texts()) == 3
    window.show()  # the next start
    again = TextIndexer(app, tasks, window)
    with qtbot.waitSignal(again.finished, timeout=60_000) as finished:
        again.start()
    assert finished.args == [3]
    assert app.attachments.pending_texts() == [] and len(file_hits(app, "Qazalem")) == 3


class CancelAfter(threading.Event):
    """A cancel that becomes set after ``checks`` looks at it (between a PDF's pages)."""

    def __init__(self, checks: int) -> None:
        super().__init__()
        self.left = checks

    def is_set(self) -> bool:
        self.left -= 1
        return self.left < 0 or super().is_set()


def test_a_pdf_cut_short_keeps_nothing_and_is_read_whole_next_time(app: Liaison) -> None:
    attach_unread(app, "long.pdf", pdf_bytes(*(f"Page {n}" for n in range(20)), PLAN_TEXT))
    assert app.attachments.index_pending(cancel=CancelAfter(8)) == 0  # stopped inside the PDF
    assert app.attachments.pending_texts() and file_hits(app, "Qazalem") == []
    assert app.attachments.index_pending() == 1
    assert len(file_hits(app, "Qazalem")) == 1  # its last page was read: nothing cut


def test_a_crash_mid_way_resumes_with_the_files_not_done(
    app: Liaison, monkeypatch: pytest.MonkeyPatch
) -> None:
    for n in range(3):
        attach_unread(app, f"plan {n}.pdf", pdf_bytes(f"Plan {n}", PLAN_TEXT))
    read: list[str] = []
    real = file_text.extract_text

    def reading(path: Path, name: str, *args: Any, **kwargs: Any) -> file_text.Extracted:
        if len(read) == 2:
            raise SystemExit("the laptop lost power")  # nothing of the third is kept
        read.append(name)
        return real(path, name, *args, **kwargs)

    monkeypatch.setattr(file_text, "extract_text", reading)
    with pytest.raises(SystemExit):
        app.attachments.index_pending()
    assert len(app.attachments.pending_texts()) == 1
    monkeypatch.setattr(file_text, "extract_text", real)
    assert app.attachments.index_pending() == 1  # only the one not done
    assert len(file_hits(app, "Qazalem")) == 3
