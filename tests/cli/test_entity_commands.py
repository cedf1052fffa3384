"""add/list/show/edit/delete/restore, generated for every entity from its field declarations."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from liaison.cli.entity_commands import option_strings
from liaison.cli.main import build_parser, main
from liaison.services.entities import BY_KEY, CONTACTS, ENTITIES, EVENTS, PARTICIPANTS, PLAN_ACTIVITIES

Run = Callable[..., Any]

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    [action] = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(action.choices)


def institution(ok: Run, name: str = "Otandastar Qory", **extra: str) -> dict[str, Any]:
    options = [item for key, value in extra.items() for item in (f"--{key.replace('_', '-')}", value)]
    result: dict[str, Any] = ok("institution", "add", "--name", name, *options)
    return result


# -- the generated command tree ---------------------------------------------------------------
def test_every_entity_has_its_six_commands() -> None:
    commands = subcommands(build_parser())
    for spec in ENTITIES.values():
        actions = set(subcommands(commands[spec.key]))
        if spec.generic_editing:
            assert {"add", "list", "show", "edit", "delete", "restore"} <= actions
        else:  # attachments: written only by their own commands (bytes first, then the row)
            assert {"show", "restore"} <= actions and not {"add", "edit"} & actions


def test_options_follow_the_field_declarations() -> None:
    by_field = {f.name: option_strings(f) for f in CONTACTS.fields}
    assert by_field["latin_name"] == ["--latin-name"]
    assert by_field["institution_id"] == ["--institution"]
    assert by_field["owner_institution_id"] == ["--owner-institution"]
    assert by_field["emails"] == ["--email", "--emails"]
    assert by_field["phones"] == ["--phone", "--phones"]
    assert by_field["photo"] == ["--photo"]
    assert option_strings(EVENTS.field("host_institution_id")) == ["--host-institution"]
    assert option_strings(PARTICIPANTS.field("event_id")) == ["--event"]
    assert option_strings(PLAN_ACTIVITIES.field("responsible_states")) == [
        "--responsible-state",
        "--responsible-states",
    ]


def test_every_field_of_every_entity_has_an_option() -> None:
    commands = subcommands(build_parser())
    for spec in ENTITIES.values():
        if not spec.generic_editing:
            continue
        add = subcommands(commands[spec.key])["add"]
        strings = {s for action in add._actions for s in action.option_strings}
        for f in spec.fields:
            assert set(option_strings(f)) <= strings, (spec.key, f.name)
            if f.is_list:
                [action] = [a for a in add._actions if option_strings(f)[0] in a.option_strings]
                assert isinstance(action, argparse._AppendAction)


# -- the exact forms --------------------------------------------------------------------------
def test_contact_add_json_prints_the_whole_record_with_its_id(ok: Run) -> None:
    home = institution(ok)
    contact = ok(
        "contact", "add", "--name", "Омуралиев Бакыт", "--latin-name", "Bakyt Omuraliev",
        "--institution", "otandastar qory",
        "--email", "B.Omuraliev@Diaspora.KG", "--email", "bakyt@example.org",
        "--phone", "+996 312 62 13 58",
    )  # fmt: skip
    assert len(contact["id"]) == 36
    assert contact["name"] == "Омуралиев Бакыт"
    assert contact["institution_id"] == home["id"]
    assert contact["emails"] == ["B.Omuraliev@diaspora.kg", "bakyt@example.org"]
    assert contact["phones"] == ["+996312621358"]
    assert contact["photo"] is False
    assert contact["created_at"][:4].isdigit() and "T" in contact["created_at"]
    assert [c["id"] for c in ok("contact", "list")] == [contact["id"]]


def test_add_without_json_prints_labelled_fields(run: Run, ok: Run) -> None:
    institution(ok)
    result = run(
        "contact", "add", "--name", "Işık Ayşe", "--institution", "Otandastar Qory", "--tag", "forum"
    )
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert lines[0].startswith("Id: ")
    assert "Name: Işık Ayşe" in lines
    assert any(line.startswith("Institution: Otandastar Qory [") for line in lines)
    assert "Tags: forum" in lines


def test_show_list_edit_delete_restore_round_trip(run: Run, ok: Run) -> None:
    contact = ok(
        "contact", "add", "--name", "Gulnara Batyrova", "--latin-name", "G. Batyrova", "--notes", "a\nb"
    )
    cid = contact["id"]

    shown = run("contact", "show", cid)
    assert shown.code == 0
    assert "Name: Gulnara Batyrova" in shown.out
    assert "Notes: a\n  b" in shown.out  # long text keeps its lines, indented
    assert ok("contact", "show", "gulnara batyrova")["id"] == cid  # by name as well as by id

    listing = run("contact", "list")
    assert listing.code == 0
    assert cid in listing.out and "Gulnara Batyrova (G. Batyrova)" in listing.out

    edited = ok("contact", "edit", cid, "--position", "Head of Department", "--clear", "latin-name")
    assert edited["position"] == "Head of Department"
    assert edited["latin_name"] is None
    assert edited["notes"] == "a\nb"  # not given: unchanged

    deleted = run("contact", "delete", cid)
    assert deleted.code == 0 and "Deleted Gulnara Batyrova" in deleted.out
    assert ok("contact", "list") == []
    missing = run("contact", "show", cid)
    assert missing.code == 1 and missing.out == ""
    assert [c["id"] for c in ok("contact", "list", "--include-deleted")] == [cid]
    assert ok("contact", "show", cid, "--include-deleted")["deleted"] is True

    restored = ok("contact", "restore", cid)
    assert restored["deleted"] is False
    assert ok("contact", "show", cid)["position"] == "Head of Department"


def test_delete_takes_the_children_and_restore_brings_them_back(ok: Run) -> None:
    event = ok(
        "event",
        "add",
        "--kind",
        "diaspora-forum",
        "--title",
        "Diaspora Forum 2024",
        "--start-date",
        "2024-05-14",
    )
    ok("agenda-item", "add", "--event", "Diaspora Forum 2024", "--title", "Opening", "--position", "1")
    removed = ok("event", "delete", event["id"])
    assert [r["kind"] for r in removed] == ["event", "agenda-item"]
    assert ok("agenda-item", "list") == []
    ok("event", "restore", event["id"])
    assert [a["title"] for a in ok("agenda-item", "list")] == ["Opening"]


def test_edit_changes_only_the_given_fields(ok: Run) -> None:
    event = ok(
        "event", "add", "--kind", "ministerial_meeting", "--title", "5th Meeting", "--number", "5",
        "--start-date", "2023-11-22", "--city", "Bishkek", "--country", "kg",
    )  # fmt: skip
    edited = ok("event", "edit", "5th meeting", "--venue", "Ala-Too Hall")
    assert (edited["venue"], edited["city"], edited["country"], edited["number"]) == (
        "Ala-Too Hall",
        "Bishkek",
        "KG",
        5,
    )
    assert edited["id"] == event["id"]


# -- references -------------------------------------------------------------------------------
def test_references_are_resolved_by_name_or_id(ok: Run) -> None:
    ministry = institution(ok, "Ministry of Foreign Affairs of Kazakhstan", short_name="MFA KZ")
    agency = ok("institution", "add", "--name", "Otandastar Qory", "--parent", "MFA KZ")  # by short name
    assert agency["parent_id"] == ministry["id"]
    event = ok(
        "event", "add", "--kind", "diaspora_forum", "--title", "Diaspora Forum", "--start-date", "2024-05-14",
        "--host-institution", agency["id"],
    )  # fmt: skip
    assert event["host_institution_id"] == agency["id"]
    contact = ok("contact", "add", "--name", "Aigerim", "--institution", "OTANDASTAR QORY")
    participant = ok(
        "participant", "add", "--event", "diaspora forum", "--contact", contact["id"], "--attended", "yes"
    )
    assert (participant["event_id"], participant["contact_id"], participant["attended"]) == (
        event["id"], contact["id"], True,
    )  # fmt: skip
    assert ok("participant", "edit", participant["id"], "--attended", "no")["attended"] is False


def test_an_ambiguous_name_asks_for_the_id(run: Run, ok: Run) -> None:
    institution(ok, "Diaspora Center")
    institution(ok, "Diaspora Center")
    result = run("contact", "add", "--name", "X", "--institution", "Diaspora Center")
    assert result.code == 1
    assert "Institution:" in result.err and "give the id" in result.err


# -- validation -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("options", "expected"),
    [
        (
            ["--email", "not-an-address"],
            "liaison: error: E-mail: “not-an-address” is not a valid e-mail address.",
        ),
        (["--phone", "12345"], "liaison: error: Phone: “12345” is not a valid phone number"),
        (["--institution", "No Such Body"], "liaison: error: Institution: no record matches “No Such Body”."),
        (["--state-code", "XX"], "liaison: error: State: “XX” is not an OTS state code"),
    ],
)
def test_a_wrong_value_names_the_field_and_writes_nothing(
    run: Run, ok: Run, options: list[str], expected: str
) -> None:
    result = run("contact", "add", "--name", "Aibek", *options, "--json")
    assert result.code == 1
    assert result.out == ""
    assert result.err.startswith(expected)
    assert "Traceback" not in result.err
    assert ok("contact", "list") == []


def test_every_wrong_field_is_reported_at_once(run: Run) -> None:
    result = run(
        "contact", "add", "--name", "Aibek", "--email", "bad", "--phone", "1", "--institution", "nope"
    )
    assert result.code == 1
    lines = result.err.splitlines()
    assert [line.split(":")[2].strip() for line in lines] == ["Institution", "E-mail", "Phone"]
    assert all(line.startswith("liaison: error: ") for line in lines)


def test_required_fields_are_checked_by_the_services(run: Run, ok: Run) -> None:
    result = run("event", "add", "--title", "No kind, no date")
    assert result.code == 1
    assert "Kind is required." in result.err and "Start date is required." in result.err
    contact = ok("contact", "add", "--name", "Aibek")
    cleared = run("contact", "edit", contact["id"], "--clear", "name")
    assert cleared.code == 1 and "Name is required." in cleared.err


def test_setting_and_clearing_one_field_is_refused(run: Run, ok: Run) -> None:
    contact = ok("contact", "add", "--name", "Aibek")
    result = run("contact", "edit", contact["id"], "--position", "Adviser", "--clear", "position")
    assert result.code == 1 and "Position is both given and cleared" in result.err


def test_an_unknown_field_is_a_usage_error(run: Run) -> None:
    assert run("contact", "list", "--where", "shoe_size=42").code == 2
    assert run("contact", "list", "--where", "no-equals-sign").code == 2
    assert run("contact", "edit", "x", "--clear", "shoe_size").code == 2
    assert run("contact", "add", "--shoe-size", "42").code == 2
    assert run("contact", "add", "--name", "x", "--lat", "y").code == 2  # no abbreviations


# -- photos -----------------------------------------------------------------------------------
def test_a_photo_is_read_from_a_file(run: Run, ok: Run, tmp_path: Path) -> None:
    photo = tmp_path / "photo.png"
    photo.write_bytes(PNG)
    contact = ok("contact", "add", "--name", "Aibek", "--photo", str(photo))
    assert ok("contact", "show", contact["id"])["photo"] is True
    assert "Photo: image, 1 KB" in run("contact", "show", contact["id"]).out
    assert ok("contact", "edit", contact["id"], "--clear", "photo")["photo"] is False


def test_a_missing_photo_file_is_an_error_not_a_traceback(run: Run, ok: Run, tmp_path: Path) -> None:
    result = run("contact", "add", "--name", "Aibek", "--photo", str(tmp_path / "nope.png"))
    assert result.code == 1
    assert result.err.startswith("liaison: error: Cannot read ") and "nope.png" in result.err
    text = tmp_path / "not-an-image.png"
    text.write_text("hello")
    result = run("contact", "add", "--name", "Aibek", "--photo", str(text))
    assert result.code == 1 and "Photo must be a PNG or JPEG image" in result.err
    assert ok("contact", "list") == []


# -- list -------------------------------------------------------------------------------------
def test_list_filters_with_where(ok: Run) -> None:
    home = institution(ok)
    ok("contact", "add", "--name", "Aibek", "--state-code", "KG", "--tag", "forum", "--tag", "youth")
    ok(
        "contact",
        "add",
        "--name",
        "Dana",
        "--state-code",
        "KZ",
        "--institution",
        home["id"],
        "--tag",
        "forum",
    )
    ok("contact", "add", "--name", "Emre", "--state-code", "TR")

    def names(*where: str) -> list[str]:
        return [c["name"] for c in ok("contact", "list", *(w for item in where for w in ("--where", item)))]

    assert names("state_code=kg") == ["Aibek"]
    assert names("state-code=KZ") == ["Dana"]
    assert names("institution=otandastar qory") == ["Dana"]  # a reference by name
    assert names("institution=") == ["Aibek", "Emre"]  # empty: no institution
    assert names("tag=forum") == ["Aibek", "Dana"]  # a list field holds the value
    assert names("tag=forum", "tag=youth") == ["Aibek"]
    assert names("tag=forum", "state_code=KZ") == ["Dana"]
    assert names("tags=") == ["Emre"]


def test_list_pages_with_limit_and_offset(run: Run, ok: Run) -> None:
    for name in ("Aibek", "Bolat", "Chingiz", "Dana"):
        ok("contact", "add", "--name", name)
    assert [c["name"] for c in ok("contact", "list", "--limit", "2")] == ["Aibek", "Bolat"]
    assert [c["name"] for c in ok("contact", "list", "--limit", "2", "--offset", "2")] == ["Chingiz", "Dana"]
    assert [c["name"] for c in ok("contact", "list", "--offset", "3")] == ["Dana"]
    assert run("contact", "list", "--limit", "-1").code == 2


def test_list_prints_an_aligned_table(run: Run, ok: Run) -> None:
    institution(ok, short_name="OQ")
    ok("contact", "add", "--name", "Омуралиев Бакыт", "--position", "Director", "--institution", "OQ")
    ok("contact", "add", "--name", "Işık", "--state-code", "TR")
    lines = run("contact", "list").out.splitlines()
    assert lines[0].split() == ["Id", "Contact", "Position", "Institution", "State"]
    assert set(lines[1]) <= {"-", " "}
    column = lines[0].index("Position")
    [omuraliev] = [line for line in lines if "Омуралиев" in line]
    assert omuraliev[column:].startswith("Director")  # the columns line up
    assert "Otandastar Qory (OQ)" in "\n".join(lines)
    assert run("agenda-item", "list").out.strip() == "No records."


def test_every_entity_lists_shows_and_edits(run: Run, ok: Run) -> None:
    """One record of each kind through the generic commands, also checking the human output."""
    ok("institution", "add", "--name", "Secretariat", "--kind", "secretariat", "--state-code", "OTS")
    ok("contact", "add", "--name", "Aibek")
    ok("event", "add", "--kind", "summit", "--title", "Summit", "--start-date", "2024-11-06")
    ok("bilateral", "add", "--title", "KZ-HU talks", "--date", "2024-11-06", "--event", "Summit")
    ok("plan", "add", "--year", "2025", "--title", "JAP 2025")
    commands = {
        "position": ["--contact", "Aibek", "--position", "Adviser", "--start-date", "2020-01-01"],
        "delegation": ["--event", "Summit", "--state-code", "KZ"],
        "minutes": ["--event", "Summit", "--title", "Minutes of the Summit"],
        "bilateral-party": ["--bilateral", "KZ-HU talks", "--state-code", "HU"],
        "action": ["--title", "Send the report", "--due-date", "2025-01-31"],
        "activity": [
            "--plan",
            "JAP 2025",
            "--title",
            "Camp",
            "--responsible-state",
            "KZ",
            "--responsible-state",
            "kg",
        ],
        "document": ["--title", "Declaration", "--kind", "declaration", "--event", "Summit"],
    }
    made = {key: ok(key, "add", *options) for key, options in commands.items()}
    made["minutes-entry"] = ok(
        "minutes-entry", "add", "--minutes", made["minutes"]["id"], "--heading", "Item 1"
    )
    assert made["activity"]["responsible_states"] == ["KZ", "KG"]
    for key, record in made.items():
        assert run(key, "show", record["id"]).code == 0, key
        assert record["id"] in run(key, "list").out, key
        edited = ok(key, "edit", record["id"], "--visibility", "shared")
        assert edited["visibility"] == "shared", key
    assert ok("minutes-log", "list") == []


@pytest.mark.parametrize("key", [spec.key for spec in ENTITIES.values()])
def test_help_of_every_command_works(key: str, capsys: pytest.CaptureFixture[str]) -> None:
    generic = ("add", "list", "show", "edit", "delete", "restore")
    for action in generic if BY_KEY[key].generic_editing else ("show", "restore"):
        assert main([key, action, "--help"]) == 0
        assert f"usage: liaison {key} {action}" in capsys.readouterr().out
