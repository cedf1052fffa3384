"""Meeting mode's text and the others' text: what someone else wrote into the same minutes, merged
into the documents on screen (three-way, against what this window last saved), so that neither
their words nor the ones typed since are lost, and the officer's cursor stays where they type."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QTextCursor, QTextDocument

from liaison.errors import KnownError
from liaison.sync.merge import merge_text
from liaison.ui.meeting.draft import DECISIONS, NOTES, SUMMARY_KEY
from liaison.ui.tasks import Op

if TYPE_CHECKING:
    from liaison.ui.meeting.agenda import AgendaPanel


class TextMerger:
    """Merges others' text into the documents of an :class:`~liaison.ui.meeting.agenda.AgendaPanel`."""

    def __init__(self, panel: AgendaPanel) -> None:
        self.panel = panel

    def merge_synced(self) -> None:
        """A sync finished: text someone else wrote into these minutes (merged by the server)
        may now be in the record. Merge it into what is on screen, three-way against what this
        window last saved, so that neither their words nor the ones typed since are lost (the
        next autosave would otherwise write the screen's text over theirs)."""
        panel = self.panel
        services, writer = panel.services, panel.writer

        def read() -> tuple[dict[tuple[str, str], str], dict[tuple[str, str], str]]:
            found: dict[tuple[str, str], str] = {}
            try:
                if writer.minutes_id:
                    found[SUMMARY_KEY] = services.minutes.get(writer.minutes_id).get("summary") or ""
                for slot_key, entry_id in writer.entry_ids.items():
                    entry = services.minutes_entries.get(entry_id)
                    found[(slot_key, NOTES)] = entry.get("notes") or ""
                    found[(slot_key, DECISIONS)] = entry.get("decisions") or ""
            except KnownError:  # deleted by the sync meanwhile: nothing to merge into
                return {}, {}
            # On the worker, after every save queued before: this is the ancestor of what was read.
            return found, dict(writer.bases)

        Op(panel.tasks, panel, read).success(self._merge_texts).run()

    def _merge_texts(self, result: tuple[dict[tuple[str, str], str], dict[tuple[str, str], str]]) -> None:
        found, ancestors = result
        for key, theirs in found.items():
            base = ancestors.get(key)
            doc = self.panel.docs.get(key)
            if doc is None or base is None or theirs == base or self.panel.writer.bases.get(key) != base:
                continue  # unchanged, or saved again since it was read (the next sync merges it)
            ours = doc.toPlainText()
            merged = merge_text(base, ours, theirs)
            if merged is None:  # both rewrote the same passage: keep both, for the officer to tidy
                merged = ours + "\n\n" + theirs
            self.panel.writer.bases[key] = theirs
            if merged != ours:
                self.replace_text(doc, merged)

    def replace_text(self, doc: QTextDocument, text: str) -> None:
        before = doc.toPlainText()
        positions = [
            (edit, edit.textCursor().position())
            for edit in (self.panel.notes_edit, self.panel.decisions_edit, self.panel.summary_edit)
            if edit.document() is doc
        ]
        cursor = QTextCursor(doc)
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(text)  # one undo step; the autosave stores the merged text
        for edit, position in positions:
            # Keep the cursor with the text after it (the officer goes on typing where they were).
            after = before[position:]
            moved = edit.textCursor()
            moved.setPosition(len(text) - len(after) if text.endswith(after) else min(position, len(text)))
            edit.setTextCursor(moved)

    def merge_stored(self, merged: dict[tuple[str, str], tuple[str, str]]) -> None:
        """A save found text stored by someone else since (key: (what was typed, what is stored)):
        merge it into the text on screen, where the officer may have typed on since the save."""
        for key, (typed, stored) in merged.items():
            doc = self.panel.docs.get(key)
            if doc is None:
                continue
            current = doc.toPlainText()  # the officer may have typed on since the save
            text = merge_text(typed, current, stored)
            self.replace_text(doc, text if text is not None else current + "\n\n" + stored)
