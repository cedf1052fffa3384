"""Talking points kept per note in the data folder: written in one transaction, read back,
removed when emptied, never queued for sync."""

from __future__ import annotations

from pathlib import Path

from liaison.briefing import Subject, store_talking_points, stored_talking_points
from liaison.services.app import Liaison


def test_talking_points_are_kept_per_note_and_an_empty_text_forgets_them(
    app: Liaison, data_dir: Path
) -> None:
    event, bilateral = Subject("event", "e-1"), Subject("bilateral", "b-1")
    text = "- Ask about the Qazalem portal: Қазақстан, oʻ gʻ, ő ű, ə\n- Thank the hosts"
    pending = app.pending_changes()
    store_talking_points(app, {event: text, bilateral: "Bring the MoU draft"})
    assert app.pending_changes() == pending  # local to this folder: nothing to sync
    with Liaison.open(data_dir) as again:  # another connection sees what was committed
        assert stored_talking_points(again, [event, bilateral, Subject("event", "e-2")]) == {
            event: text,
            bilateral: "Bring the MoU draft",
        }
    store_talking_points(app, {bilateral: ""})
    assert stored_talking_points(app, [event, bilateral]) == {event: text}
    assert stored_talking_points(app, []) == {}
