"""``liaison attach``, ``attachments``, ``attachment get`` and ``attachment remove``: the issue's
exact forms, on a real data folder, files read back."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from tests.cli.conftest import Run

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"


def event(ok: Any) -> dict[str, Any]:
    result: dict[str, Any] = ok(
        "event", "add", "--kind", "diaspora_forum", "--title", "Diaspora Forum", "--start-date", "2024-05-30"
    )
    return result


def test_attach_list_get_remove_restore(ok: Any, run: Run, tmp_path: Path) -> None:
    forum = event(ok)
    source = tmp_path / "Joint Activity Plan 2024.pdf"
    source.write_bytes(PDF)
    attached = ok("attach", "event", forum["id"], str(source))
    assert set(attached) == {"id", "name", "sha256", "size"}
    assert attached["name"] == source.name and attached["size"] == len(PDF)
    assert attached["sha256"] == hashlib.sha256(PDF).hexdigest()
    by_name = ok("attach", "event", "Diaspora Forum", str(source), "--name", "copy.pdf")  # a name names it
    listed = ok("attachments", "event", forum["id"])
    assert [(a["id"], a["local"]) for a in listed] == [(attached["id"], True), (by_name["id"], True)]
    assert {"id", "name", "sha256", "size", "local"} <= set(listed[0])

    target = tmp_path / "out.pdf"
    got = run("attachment", "get", attached["id"], "-o", str(target))
    assert got.code == 0, got.err
    assert target.read_bytes() == PDF

    removed = run("attachment", "remove", attached["id"])
    assert removed.code == 0 and f"liaison attachment restore {attached['id']}" in removed.out
    assert [a["id"] for a in ok("attachments", "event", forum["id"])] == [by_name["id"]]
    restored = ok("attachment", "restore", attached["id"])
    assert restored["id"] == attached["id"]
    assert len(ok("attachments", "event", forum["id"])) == 2
    text = run("attachments", "event", forum["id"])
    assert "Joint Activity Plan 2024.pdf" in text.out and "here" in text.out


def test_refusals_are_one_line_naming_the_file(ok: Any, run: Run, tmp_path: Path) -> None:
    forum = event(ok)
    fake = tmp_path / "agenda.pdf"
    fake.write_bytes(b"<html>404</html>")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    for path in (fake, empty, tmp_path / "missing.pdf"):
        result = run("attach", "event", forum["id"], str(path))
        assert result.code == 1 and result.out == ""
        assert path.name in result.err and "Traceback" not in result.err
        assert len(result.err.strip().splitlines()) == 1
    bad_kind = run("attach", "institution", forum["id"], str(fake))
    assert bad_kind.code == 1 and "cannot be attached" in bad_kind.err
    assert ok("attachments", "event", forum["id"]) == []


def test_an_unusual_kind_is_attached_with_a_warning(ok: Any, run: Run, tmp_path: Path) -> None:
    forum = event(ok)
    slides = tmp_path / "slides.key"
    slides.write_bytes(b"\x00\x01keynote")
    result = run("attach", "event", forum["id"], str(slides), "--json")
    assert result.code == 0
    assert "slides.key is not a PDF" in result.err
    assert result.json()["name"] == "slides.key"


def test_get_of_a_file_only_on_the_secretariat_says_so(
    ok: Any, run: Run, data_dir: Path, tmp_path: Path
) -> None:
    from liaison.services.app import Liaison
    from liaison.store.blobs import BlobInfo
    from tests.services.test_attachments import from_another_laptop

    forum = event(ok)
    with Liaison.open(data_dir) as app:
        info = BlobInfo(hashlib.sha256(b"elsewhere").hexdigest(), 3_355_443)
        record = from_another_laptop(app, "events", forum["id"], "signed.pdf", info)
    assert ok("attachments", "event", forum["id"])[0]["local"] is False
    result = run("attachment", "get", record["id"], "-o", str(tmp_path / "x.pdf"))
    assert result.code == 1 and "signed.pdf (3.2 MB) is only on the Secretariat" in result.err
    assert not (tmp_path / "x.pdf").exists()


def test_search_json_hits_inside_a_file_carry_the_attachment(ok: Any, tmp_path: Path) -> None:
    forum = event(ok)
    source = tmp_path / "agenda.txt"
    source.write_text("Session three: the Qazalem diaspora centre", encoding="utf-8")
    attached = ok("attach", "event", forum["id"], str(source))
    hits = ok("search", "Qazalem")
    assert [(h["kind"], h["id"], h["attachment"]) for h in hits] == [("event", forum["id"], attached["id"])]
    assert "agenda.txt" in hits[0]["subtitle"]
    assert [h["attachment"] for h in ok("search", "Diaspora Forum")] == [None]
