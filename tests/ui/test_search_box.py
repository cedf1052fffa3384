"""The search box searches on a thread of its own: typing never waits for the index."""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from pytestqt.qtbot import QtBot

from liaison.services.app import Liaison
from liaison.services.search import Hit
from liaison.ui.search_box import SearchBox
from tests.ui.conftest import type_text

SLOW_S = 0.3


class SlowSearch:
    """Liaison.search taking SLOW_S longer, recording what it was asked (on which thread)."""

    def __init__(self, app: Liaison) -> None:
        self.search = app.search
        self.texts: list[str] = []
        self.threads: set[str] = set()
        self.started = threading.Event()

    def __call__(self, text: str, *, limit: int = 50, kinds: Sequence[str] | None = None) -> list[Hit]:
        self.texts.append(text)
        self.threads.add(threading.current_thread().name)
        self.started.set()
        time.sleep(SLOW_S)
        return self.search(text, limit=limit, kinds=kinds)


@pytest.fixture
def slow(sample_app: Liaison, monkeypatch: pytest.MonkeyPatch) -> SlowSearch:
    slow = SlowSearch(sample_app)
    monkeypatch.setattr(sample_app, "search", slow)
    return slow


@pytest.fixture
def box(qtbot: QtBot, sample_app: Liaison) -> SearchBox:
    widget = SearchBox(sample_app)
    qtbot.addWidget(widget)
    widget.show()
    widget.setFocus()
    return widget


def test_keystrokes_never_wait_for_a_slow_search(qtbot: QtBot, box: SearchBox, slow: SlowSearch) -> None:
    shown: list[str] = []
    box.searched.connect(shown.append)
    for char in "omur":
        start = time.perf_counter()
        type_text(box, char)
        assert time.perf_counter() - start < SLOW_S / 3, f"typing {char!r} waited for the search"
        assert slow.started.wait(5)  # the search for "o" is running while the rest is typed
    assert box.text() == "omur"
    assert box.hits == []  # nothing has come back yet
    assert box.wait_for_results(5000)
    # "o" was running when the rest was typed; "om" and "omu" were superseded before they started
    assert slow.texts == ["o", "omur"]
    assert slow.threads == {"liaison-search"}
    assert shown == ["omur"]  # the hits for "o" came back after the text had changed: dropped
    assert box.shown_text == "omur"
    assert any("Омуралиев" in hit.title for hit in box.hits)
    assert box.popup.isVisible()
    assert box.results.count() == len(box.hits)


def test_hits_for_a_text_no_longer_typed_are_not_shown(
    qtbot: QtBot, box: SearchBox, slow: SlowSearch
) -> None:
    shown: list[str] = []
    box.searched.connect(shown.append)
    type_text(box, "o")
    assert slow.started.wait(5)
    type_text(box, "mur")
    box.clear()  # while "o" is being searched, "omur" waiting
    assert shown == [""]
    assert not box.popup.isVisible()
    qtbot.wait(int(SLOW_S * 1000) + 300)  # "o" has come back by now
    assert slow.texts == ["o"]  # "omur", pending when the box was cleared, was dropped
    assert shown == [""]
    assert box.hits == []
    assert not box.popup.isVisible()


def test_enter_before_the_hits_arrive_opens_the_first(qtbot: QtBot, box: SearchBox, slow: SlowSearch) -> None:
    type_text(box, "omuraliev")
    opened: list[tuple[str, str]] = []
    box.opened.connect(lambda kind, record_id: opened.append((kind, record_id)))
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert opened == []  # still searching
    with qtbot.waitSignal(box.opened, timeout=5000):
        pass
    assert box.hits
    assert opened == [(box.hits[0].kind, box.hits[0].id)]
    assert not box.popup.isVisible()


def test_typing_after_enter_cancels_the_pending_open(qtbot: QtBot, box: SearchBox, slow: SlowSearch) -> None:
    type_text(box, "omur")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    type_text(box, "aliev")
    opened: list[object] = []
    box.opened.connect(lambda *args: opened.append(args))
    assert box.wait_for_results(5000)
    assert box.hits
    assert opened == []


def test_results_arrive_without_a_slow_search(qtbot: QtBot, box: SearchBox) -> None:
    type_text(box, "5th meeting bishkek")
    with qtbot.waitSignal(box.searched, timeout=5000) as blocker:
        pass
    assert blocker.args == ["5th meeting bishkek"]
    assert box.hits[0].kind == "event"
    type_text(box, "zzzz")
    assert box.wait_for_results(5000)
    assert box.hits == []
    assert box.results.item(0).text() == "Nothing found."


def test_a_failing_search_says_so_in_the_list(
    qtbot: QtBot,
    box: SearchBox,
    sample_app: Liaison,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    def broken(text: str, **_: object) -> list[Hit]:
        raise RuntimeError("index gone")

    monkeypatch.setattr(sample_app, "search", broken)
    type_text(box, "omur")
    assert box.wait_for_results(5000)
    assert box.hits == []
    assert "failed" in box.results.item(0).text()
    assert "index gone" in caplog.text


def test_the_search_thread_ends_with_the_box(qtbot: QtBot, sample_app: Liaison) -> None:
    widget = SearchBox(sample_app)
    type_text(widget, "o")
    assert widget.wait_for_results(5000)
    thread = widget.searcher._thread
    assert thread is not None and thread.is_alive()
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    thread.join(5)
    assert not thread.is_alive()


def test_a_hit_inside_an_attached_file_shows_the_file_name(qtbot: QtBot, box: SearchBox) -> None:
    """The sample plan's attached briefing note (plain text) says "Points to raise"."""
    type_text(box, "points to raise")
    assert box.wait_for_results(5000)
    inside = [(row, hit) for row, hit in enumerate(box.hits) if hit.attachment]
    assert inside and inside[0][1].kind == "plan"
    text = box.results.item(inside[0][0]).text()
    assert "in the attached file Plan 2024 - briefing note (sample).txt" in text
