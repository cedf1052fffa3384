"""Attachments' metadata syncs through a real HTTPS server like any record: to the officers of
the same institution, never to another institution's for an institution-only record, never
at all for a private one; the owner's delete travels to its files. (The bytes go by their own
endpoints, which the sync of attachments adds; until then the second laptop says the file is
only on the Secretariat.)"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from liaison.services.attachments import OnlyOnSecretariatError
from liaison.sync.files import DOWNLOAD_BUDGET_MB
from tests.sync.conftest import Laptop

PDF = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"


def forum(app: Any, **extra: Any) -> dict[str, Any]:
    return app.events.create(
        {"kind": "diaspora_forum", "title": "Diaspora Forum", "start_date": "2024-05-30", **extra}
    )


def test_metadata_reaches_the_same_institution_only(laptop: Laptop, tmp_path: Path) -> None:
    aigerim, nurlan = laptop("aigerim"), laptop("nurlan")
    bakyt = laptop("bakyt", "Ministry of Foreign Affairs", "KG")
    source = tmp_path / "Plan 2024.pdf"
    source.write_bytes(PDF)
    ours = forum(aigerim.app, visibility="institution")
    private = forum(aigerim.app, visibility="private", title="Private notes")
    shared = forum(aigerim.app, visibility="shared", title="Open forum")
    plan = aigerim.app.attachments.attach("event", ours["id"], source).record
    hidden = aigerim.app.attachments.attach("event", private["id"], source).record
    public = aigerim.app.attachments.attach("event", shared["id"], source, name="Programme.pdf").record
    assert hidden["visibility"] == "private" and public["visibility"] == "shared"
    nurlan.app.settings.set(DOWNLOAD_BUDGET_MB, 0)  # no background download: the metadata alone
    aigerim.sync()
    nurlan.sync()
    bakyt.sync()

    (arrived,) = nurlan.app.attachments.for_record("event", ours["id"])
    assert arrived["id"] == plan["id"] and arrived["sha256"] == plan["sha256"] and arrived["size"] == len(PDF)
    assert arrived["local"] is False  # the metadata, not the bytes (its download: test_attachment_sync)
    with pytest.raises(OnlyOnSecretariatError):
        nurlan.app.attachments.save_copy(plan["id"], tmp_path / "copy.pdf")
    assert nurlan.app.attachments.count({"id": hidden["id"]}, include_deleted=True) == 0  # private never left
    assert {r["id"] for r in bakyt.app.attachments.list()} == {public["id"]}  # another institution

    aigerim.app.events.delete(ours["id"])
    aigerim.sync()
    nurlan.sync()
    assert nurlan.app.attachments.for_record("event", ours["id"]) == []
    assert nurlan.app.attachments.get(plan["id"], include_deleted=True)["deleted"]
