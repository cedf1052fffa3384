"""Meeting mode on a disk that fills up: the text stays on screen, the status says "Disk full —
not saved", saves are retried, and everything typed is saved once there is space again. A real
small disk (a tmpfs), not a mock."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from liaison.services.app import Liaison
from liaison.ui import autosave
from tests.disk import small_disk
from tests.ui.test_meeting_mode import Opener, agenda_ids, make_event, open_mode, stored

__all__ = ["open_mode"]  # the fixture, used by name


def test_a_full_disk_keeps_the_text_and_saves_it_when_space_returns(
    tmp_path: Path, open_mode: Opener, qtbot: Any
) -> None:
    with small_disk(tmp_path / "disk", "8m") as disk:
        services = Liaison.open(disk.root / "data")
        try:
            event_id = make_event(services)
            items = agenda_ids(services, event_id)
            mode = open_mode(services, event_id)
            qtbot.keyClicks(mode.notes_edit, "Before the disk filled.")
            qtbot.waitUntil(
                lambda: stored(services, event_id, items[0], "notes") == "Before the disk filled.",
                timeout=5000,
            )
            disk.fill()
            typed = " Agreed: youth exchange in Baku. " + "Details " * 2000
            mode.notes_edit.moveCursor(mode.notes_edit.textCursor().MoveOperation.End)
            mode.notes_edit.insertPlainText(typed)
            qtbot.waitUntil(lambda: mode.autosaver.state == autosave.FAILED, timeout=10_000)
            assert mode.save_label.text() == "Disk full — not saved"
            assert mode.save_banner.isVisible() and "full" in mode.save_error_label.text()
            assert mode.notes_edit.toPlainText() == "Before the disk filled." + typed
            assert stored(services, event_id, items[0], "notes") == "Before the disk filled."

            disk.free()  # the retry saves it, without another keystroke
            qtbot.waitUntil(
                lambda: stored(services, event_id, items[0], "notes") == "Before the disk filled." + typed,
                timeout=20_000,
            )
            qtbot.waitUntil(lambda: mode.autosaver.state == autosave.SAVED, timeout=5000)
            assert mode.save_label.text() == "Saved" and not mode.save_banner.isVisible()
            mode.close()
        finally:
            services.close()
