"""A file whose name a server of an earlier release let through (a path separator, a control
character: sent by a client that skipped the desktop's check) still reaches a laptop, which
syncs on and shows the name in a safe form; today's server refuses such a name
(tests/secretariat/test_attachment_names.py). Real HTTPS server on loopback, real data folders."""

from __future__ import annotations

import hashlib
import uuid
from pathlib import Path

import pytest

from liaison.cli.main import main
from liaison.secretariat import push as server_push
from liaison.services.attachments import safe_file_name
from tests.sync.conftest import Laptop

PDF = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"
HOSTILE = "../../escaped\x1b[2J\u202e.pdf"


def test_a_laptop_holding_a_hostile_name_from_an_older_server_syncs_on_and_shows_it_safely(
    laptop: Laptop, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    nurlan = laptop("nurlan")
    nurlan.sync()
    laptop("aigerim", login=False)  # her account, on the server
    # A tampered client of aigerim's pushes to a server of an earlier release, which took any name.
    monkeypatch.setattr(server_push, "_bad_field", lambda change: None)
    event_id, file_id = str(uuid.uuid4()), str(uuid.uuid4())
    digest = hashlib.sha256(PDF).hexdigest()
    with nurlan.server.client(nurlan.server.login("aigerim")) as http:
        sent = http.put(f"/v1/blobs/{digest}", params={"offset": 0, "size": len(PDF)}, content=PDF)
        assert sent.status_code < 300, sent.text
        answer = http.post(
            "/v1/push",
            json={
                "changes": [
                    {
                        "change_id": str(uuid.uuid4()),
                        "entity": "events",
                        "record_id": event_id,
                        "op": "create",
                        "base_rev": 0,
                        "fields": {"kind": "diaspora_forum", "title": "Forum", "start_date": "2024-05-30"},
                        "visibility": "institution",
                    },
                    {
                        "change_id": str(uuid.uuid4()),
                        "entity": "attachments",
                        "record_id": file_id,
                        "op": "create",
                        "base_rev": 0,
                        "fields": {
                            "owner_entity": "events",
                            "owner_id": event_id,
                            "name": HOSTILE,
                            "media_type": "application/pdf",
                            "size": len(PDF),
                            "sha256": digest,
                        },
                        "visibility": "institution",
                    },
                ]
            },
        )
    assert [r["status"] for r in answer.json()["results"]] == ["applied", "applied"]
    monkeypatch.undo()  # the server is upgraded: it refuses such names from now on

    summary = nurlan.sync()
    assert summary.pulled >= 2
    (arrived,) = nurlan.app.attachments.for_record("event", event_id)
    assert arrived["name"] == HOSTILE  # kept as the record says
    shown = safe_file_name(arrived["name"])
    assert "/" not in shown and "\x1b" not in shown and "\u202e" not in shown and shown.endswith(".pdf")

    # the command line lists it under its safe form: no escape sequence reaches the terminal
    capsys.readouterr()
    assert main(["--data-dir", str(nurlan.app.data_dir), "attachments", "event", event_id]) == 0
    listed = capsys.readouterr().out
    assert shown in listed and "\x1b" not in listed and "../" not in listed

    # a copy is written under the safe name, inside the folder asked for
    (tmp_path / "out").mkdir()
    copy = nurlan.app.attachments.save_copy(file_id, tmp_path / "out" / shown)
    assert (tmp_path / "out" / shown).read_bytes() == PDF and copy["id"] == file_id
    assert not list(tmp_path.glob("escaped*"))

    # editing the file's event (its visibility follows to the file) syncs as ever: the name is
    # not sent again, so nothing is refused
    nurlan.app.events.update(event_id, {"title": "Forum, renamed", "visibility": "shared"})
    summary = nurlan.sync()
    assert summary.pushed == 2 and summary.rejected == 0 and summary.conflicts == 0
    assert nurlan.app.attachments.get(file_id)["visibility"] == "shared"
    assert nurlan.sync().pending == 0
