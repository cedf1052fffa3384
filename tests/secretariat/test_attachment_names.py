"""A pushed attachment whose name holds a path separator or a control character is rejected by
the server (the protocol's rule, :mod:`liaison.protocol.file_names`), with its reason, and
nothing of it is stored; the rest of the push goes on. Over real HTTPS on loopback."""

from __future__ import annotations

import hashlib
from typing import Any

import pytest

from liaison.protocol.file_names import file_name_problem
from tests.secretariat.officers import World, change, new_id

HOSTILE = [
    "../../etc/passwd",
    "/tmp/escaped.pdf",
    "a\\b.pdf",
    "..",
    " .. ",
    "line\nbreak.pdf",
    "bell\x07.pdf",
    "esc\x1b[2J.pdf",  # a terminal's clear-screen
    "report\u202efdp.exe",  # right-to-left override: reads as "reportexe.pdf"
    "zero\u200bwidth.pdf",
    "para\u2029graph.pdf",
    "",
    "   ",
    "x" * 256 + ".pdf",
]


def attachment(name: Any, owner_id: str | None = None, **more: Any) -> dict[str, Any]:
    data = b"%PDF-1.4 plan"
    return change(
        entity="attachments",
        fields={
            "owner_entity": "events",
            "owner_id": owner_id or new_id(),
            "name": name,
            "media_type": "application/pdf",
            "size": len(data),
            "sha256": hashlib.sha256(data).hexdigest(),
            "role": None,
            **more,
        },
    )


@pytest.mark.parametrize("name", HOSTILE)
def test_the_protocol_names_what_is_wrong_with_a_file_name(name: str) -> None:
    assert file_name_problem(name) is not None


@pytest.mark.parametrize(
    "name", ["Plan 2024.pdf", "Қазақ тілі — хат.docx", ".hidden.txt", "a..b.pdf", "x" * 251 + ".pdf"]
)
def test_ordinary_names_pass(name: str) -> None:
    assert file_name_problem(name) is None


def test_a_hostile_name_is_rejected_with_its_reason_and_nothing_is_stored(world: World) -> None:
    good = attachment("Plan 2024.pdf")
    bad = [attachment(name) for name in HOSTILE]
    results = world.aigerim.push(good, *bad)
    assert results[0]["status"] == "applied"
    for item, result in zip(bad, results[1:], strict=True):
        assert result["status"] == "rejected", (item["fields"]["name"], result)
        assert result["record"] is None and result["rev"] == 0
        assert "file's name" in result["message"], result["message"]
        # kept for its author, so that nothing typed is lost, and for them alone
        assert result["conflict"]["kind"] == "rejected"
        assert result["conflict"]["fields"]["name"]["client"] == item["fields"]["name"]
    assert "path separator" in results[1]["message"] and "control character" in results[6]["message"]
    assert "U+202E" in results[9]["message"]
    # nothing of them is stored: a colleague (and their author) pulls the good file only
    records, conflicts, _ = world.nurlan.pull_all()
    assert [r["id"] for r in records.values()] == [good["record_id"]]
    assert conflicts == []
    mine, my_conflicts, _ = world.aigerim.pull_all()
    assert list(mine) == [good["record_id"]] and len(my_conflicts) == len(HOSTILE)


def test_renaming_a_file_to_a_hostile_name_is_rejected_and_the_file_keeps_its_name(world: World) -> None:
    good = attachment("Plan 2024.pdf")
    rev = world.aigerim.push_one(good)["rev"]
    rename = change(
        good["record_id"], entity="attachments", op="update", base_rev=rev, fields={"name": "../plan.pdf"}
    )
    result = world.aigerim.push_one(rename)
    assert result["status"] == "rejected" and "path separator" in result["message"]
    assert result["record"]["fields"]["name"] == "Plan 2024.pdf"  # the record as the server keeps it
    # an edit that does not touch the name still goes in; so does a delete
    moved = change(
        good["record_id"], entity="attachments", op="update", base_rev=rev, fields={"role": "agenda"}
    )
    assert world.aigerim.push_one(moved)["status"] == "applied"
    records, _, _ = world.nurlan.pull_all()
    assert records[good["record_id"]]["fields"]["name"] == "Plan 2024.pdf"


def test_a_name_is_checked_on_attachments_only(world: World) -> None:
    """A contact may be called anything a person is called; "name" is a file's only on a file."""
    person = change(fields={"name": "Ali / Veli"})
    assert world.aigerim.push_one(person)["status"] == "applied"
