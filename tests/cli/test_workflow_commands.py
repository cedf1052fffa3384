"""search, minutes agree/reopen, action overdue, settings, reindex and demo."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

Run = Callable[..., Any]


# -- search -----------------------------------------------------------------------------------
def test_search_finds_a_cyrillic_name_by_its_latin_form(ok: Run) -> None:
    ok("institution", "add", "--name", "Kyrgyz Diaspora Center")
    contact = ok("contact", "add", "--name", "Омуралиев Бакыт", "--institution", "Kyrgyz Diaspora Center")
    hits = ok("search", "omuraliev")
    assert [(h["kind"], h["id"]) for h in hits] == [("contact", contact["id"])]
    assert hits[0]["title"] == "Омуралиев Бакыт"
    assert hits[0]["subtitle"] == "Kyrgyz Diaspora Center"
    assert hits[0]["rank"] == 0  # the position in the ranked list


def test_search_finds_a_turkish_name_without_its_letters(ok: Run) -> None:
    contact = ok("contact", "add", "--name", "Işık Ayşe", "--state-code", "TR")
    assert [h["id"] for h in ok("search", "isik")] == [contact["id"]]
    assert [h["id"] for h in ok("search", "IŞIK", "ayse")] == [contact["id"]]  # several words


def test_search_kind_and_limit(run: Run, ok: Run) -> None:
    ok("institution", "add", "--name", "Diaspora Forum Committee")
    ok(
        "event",
        "add",
        "--kind",
        "diaspora_forum",
        "--title",
        "Diaspora Forum 2024",
        "--start-date",
        "2024-05-14",
    )
    ok("contact", "add", "--name", "Aibek", "--notes", "met at the diaspora forum")
    assert {h["kind"] for h in ok("search", "diaspora forum")} == {"institution", "event", "contact"}
    assert [h["kind"] for h in ok("search", "diaspora forum", "--kind", "event")] == ["event"]
    kinds = {h["kind"] for h in ok("search", "diaspora forum", "--kind", "event", "--kind", "contact")}
    assert kinds == {"event", "contact"}
    assert len(ok("search", "diaspora forum", "--limit", "1")) == 1
    assert run("search", "forum", "--kind", "shoe").code == 2


def test_search_prints_a_table(run: Run, ok: Run) -> None:
    ok("contact", "add", "--name", "Омуралиев Бакыт", "--position", "Director")
    result = run("search", "omuraliev")
    assert result.code == 0
    lines = result.out.splitlines()
    assert lines[0].split() == ["Kind", "Title", "Details", "Id"]
    assert lines[2].startswith("Contact") and "Омуралиев Бакыт" in lines[2] and "Director" in lines[2]
    assert run("search", "nothing-like-this").out.strip() == "Nothing found."


# -- minutes ----------------------------------------------------------------------------------
def test_minutes_agree_and_reopen(run: Run, ok: Run) -> None:
    ok(
        "event",
        "add",
        "--kind",
        "ministerial_meeting",
        "--title",
        "5th Meeting",
        "--start-date",
        "2023-11-22",
    )
    minutes = ok("minutes", "add", "--event", "5th meeting", "--title", "Minutes of the 5th Meeting")
    mid = minutes["id"]
    ok("settings", "set", "officer_name", "Aizada Officer")

    agreed = ok("minutes", "agree", mid)
    assert agreed["status"] == "agreed"
    assert agreed["agreed_on"] == date.today().isoformat()
    refused = run("minutes", "edit", mid, "--summary", "changed")
    assert refused.code == 1 and "read-only" in refused.err
    again = run("minutes", "agree", mid)
    assert again.code == 1 and "already agreed" in again.err

    assert run("minutes", "reopen", mid).code == 2  # --reason is required
    reopened = ok("minutes", "reopen", mid, "--reason", "Typo in item 3", "--by", "Secretariat")
    assert (reopened["status"], reopened["agreed_on"]) == ("draft", None)
    assert ok("minutes", "edit", mid, "--summary", "changed")["summary"] == "changed"
    not_agreed = run("minutes", "reopen", mid, "--reason", "again")
    assert not_agreed.code == 1 and "not agreed" in not_agreed.err

    log = ok("minutes-log", "list", "--where", f"minutes={mid}")
    assert [(e["action"], e["by_name"], e["reason"]) for e in log] == [
        ("agreed", "Aizada Officer", None),
        ("reopened", "Secretariat", "Typo in item 3"),
    ]
    human = run("minutes", "agree", mid, "--by", "Chair")
    assert human.code == 0 and "Status: Agreed" in human.out.splitlines()  # the label, as the window shows it


def test_minutes_of_an_unknown_id(run: Run) -> None:
    result = run("minutes", "agree", "no-such-id")
    assert result.code == 1
    assert result.err == "liaison: error: There is no Minutes with the id no-such-id.\n"


# -- actions ----------------------------------------------------------------------------------
def test_action_overdue_lists_open_actions_past_their_due_date(run: Run, ok: Run) -> None:
    past, future = (
        (date.today() - timedelta(days=30)).isoformat(),
        (date.today() + timedelta(days=30)).isoformat(),
    )
    ok("institution", "add", "--name", "Otandastar Qory")
    late = ok("action", "add", "--title", "Send the report", "--due-date", past, "--assignee-institution",
              "Otandastar Qory")  # fmt: skip
    started = ok(
        "action", "add", "--title", "Book the hall", "--due-date", "2020-01-01", "--status", "in progress"
    )
    ok("action", "add", "--title", "Done already", "--due-date", past, "--status", "done")
    ok("action", "add", "--title", "Not yet due", "--due-date", future)
    ok("action", "add", "--title", "No due date")
    assert [a["id"] for a in ok("action", "overdue")] == [started["id"], late["id"]]
    table = run("action", "overdue")
    assert table.code == 0
    assert (
        "Send the report" in table.out and "Otandastar Qory" in table.out and "Not yet due" not in table.out
    )
    ok("action", "edit", "send the report", "--status", "done")
    assert [a["id"] for a in ok("action", "overdue")] == [started["id"]]


# -- settings ---------------------------------------------------------------------------------
def test_settings_home_institution_by_name(run: Run, ok: Run) -> None:
    home = ok("institution", "add", "--name", "Otandastar Qory")
    assert ok("settings", "set", "home_institution_id", "otandastar qory") == {
        "home_institution_id": home["id"]
    }
    assert run("settings", "get", "home_institution_id").out == home["id"] + "\n"
    contact = ok("contact", "add", "--name", "Aibek")
    assert contact["owner_institution_id"] == home["id"]  # new records belong to the home institution
    ok("settings", "set", "officer_name", "  Aizada  ")
    assert ok("settings", "get") == {
        "home_institution_id": home["id"],
        "officer_name": "Aizada",
        "language": None,
    }
    listing = run("settings", "get")
    assert f"home_institution_id: Otandastar Qory [{home['id']}]" in listing.out
    ok("settings", "set", "officer_name", "")
    assert run("settings", "get", "officer_name").out == ""


def test_settings_errors(run: Run) -> None:
    unknown = run("settings", "set", "home_institution_id", "Nowhere")
    assert unknown.code == 1
    assert unknown.err == "liaison: error: Home institution: no record matches “Nowhere”.\n"
    assert run("settings", "set", "colour", "blue").code == 2
    assert run("settings", "set", "officer_name", "x" * 201).code == 1


# -- data -------------------------------------------------------------------------------------
def test_reindex_prints_the_count(run: Run, ok: Run) -> None:
    ok("contact", "add", "--name", "Aibek")
    ok("institution", "add", "--name", "Otandastar Qory")
    ok("event", "add", "--kind", "summit", "--title", "Summit", "--start-date", "2024-11-06")
    ok("agenda-item", "add", "--event", "Summit", "--title", "Opening")  # part of the event's entry
    assert ok("reindex") == {"indexed": 3, "files_read": 0}
    result = run("reindex")
    assert result.code == 0 and result.out == "Rebuilt the search index: 3 records.\n"
    assert [h["kind"] for h in ok("search", "aibek")] == ["contact"]


def test_search_says_files_not_read_yet_and_reindex_reads_them(run: Run, ok: Run, data_dir: Path) -> None:
    """Files attached before search read inside files: ``search`` says so (on standard error, its
    table unchanged), ``reindex`` reads them, and then they are found by what they say."""
    from liaison.services.app import Liaison

    with Liaison.open(data_dir) as app:
        plan = app.plans.create({"title": "Plan 2024", "year": 2024})
        info = app.attachments.blobs.add_stream([b"Bekova chairs the working group.\n"])
        app.attachments.create_from_blob("joint_action_plans", plan["id"], "note.txt", info)
    before = run("search", "Bekova")
    assert before.out == "Nothing found.\n"
    assert before.err == "1 attached file not read for search yet: liaison reindex reads them.\n"
    assert ok("search", "Bekova") == []  # --json: nothing on standard error
    result = run("reindex")
    assert result.code == 0 and result.out.endswith("Read 1 attached file for search.\n")
    after = run("search", "Bekova")
    assert after.err == "" and "note.txt" in after.out
    assert ok("reindex")["files_read"] == 0


def test_demo_loads_the_training_record_never_the_own_one(run: Run, ok: Run, data_dir: Path) -> None:
    ok("event", "add", "--kind", "summit", "--title", "Summit", "--start-date", "2024-11-06")
    counts = ok("demo")
    assert isinstance(counts, dict) and sum(counts.values()) > 200
    assert [e["title"] for e in ok("event", "list")] == ["Summit"]  # the own record: untouched
    training = ["--data-dir", str(data_dir / "training")]
    events = ok(*training, "event", "list")
    assert len(events) == counts["events"]
    assert set(ok("demo").values()) == {0}  # a second load adds nothing (before: everything twice)
    assert len(ok(*training, "event", "list")) == counts["events"]
    assert set(ok(*training, "demo").values()) == {0}  # named directly: the same training record
    assert ok("demo", "--remove") == {"removed": True, "path": str(data_dir / "training")}
    assert not (data_dir / "training").exists()


def test_demo_prints_a_summary(run: Run) -> None:
    result = run("demo")
    assert result.code == 0, result.err
    assert result.out.startswith("Loaded the sample data into the training record ")
    assert "never syncs" in result.out


def test_duplicates_lists_groups_with_score_and_reasons(run: Run, ok: Run) -> None:
    assert ok("duplicates") == []
    assert run("duplicates").out.strip() == "No duplicates found."
    first = ok("contact", "add", "--name", "Кубанычбек Омуралиев", "--email", "k.omuraliev@example.kg")
    second = ok("contact", "add", "--name", "Omuraliev Kubanychbek", "--email", "K.Omuraliev@example.kg")
    ok("contact", "add", "--name", "Aigerim Saparbekuly")
    (group,) = ok("duplicates")
    assert sorted(group["ids"]) == sorted([first["id"], second["id"]])
    assert 0.5 <= group["score"] <= 1
    assert group["reasons"] == [
        "same e-mail",
        "same name in another script",
        "same name, words in another order",
    ]
    table = run("duplicates").out
    assert "Omuraliev Kubanychbek" in table and "same e-mail" in table
    assert "aynı e-posta" in run("--language", "tr", "duplicates").out


def test_contact_merge_and_unmerge(run: Run, ok: Run) -> None:
    keep = ok("contact", "add", "--name", "Кубанычбек Омуралиев", "--email", "k@example.kg")
    other = ok("contact", "add", "--name", "Kubanychbek Omuraliev", "--email", "ko@example.kg")
    merged = ok("contact", "merge", keep["id"], other["id"])
    assert merged["id"] == keep["id"] and merged["merge"]
    assert ok("contact", "show", keep["id"])["emails"] == ["k@example.kg", "ko@example.kg"]
    assert [c["id"] for c in ok("contact", "list")] == [keep["id"]]
    assert run("contact", "unmerge", merged["merge"]).code == 0
    assert sorted(c["id"] for c in ok("contact", "list")) == sorted([keep["id"], other["id"]])
    again = run("contact", "unmerge", merged["merge"])
    assert again.code != 0 and "undone already" in again.err and "Traceback" not in again.err
    same = run("contact", "merge", keep["id"], keep["id"])
    assert same.code != 0 and "itself" in same.err


def test_demo_remove_old_cleans_a_sample_an_older_version_loaded_into_the_own_record(
    run: Run, ok: Run, data_dir: Path
) -> None:
    from liaison.services.app import Liaison
    from tests.services.test_old_sample import load_the_old_way

    with Liaison.open(data_dir) as app:
        load_the_old_way(app)  # a data folder made the old way
        summit = app.events.create({"kind": "summit", "title": "Summit", "start_date": "2024-11-06"})
        edited = app.contacts.list()[0]
        app.contacts.update(edited["id"], {"notes": "Called him about the forum."})
    preview = ok("demo", "--remove-old", "--dry-run")
    assert preview["removable"] > 200 and preview["removed"] == 0
    assert [(k["id"], k["why"]) for k in preview["kept"]] == [(edited["id"], "changed")]
    text = run("demo", "--remove-old")
    assert text.code == 0, text.err
    assert "Removed" in text.out and "changed since" in text.out and edited["name"] in text.out
    assert [e["title"] for e in ok("event", "list")] == [summit["title"]]
    assert ok("contact", "show", edited["id"])["notes"] == "Called him about the forum."
    again = ok("demo", "--remove-old")
    assert again["removed"] == 0 and again["removable"] == 0


def test_duplicates_leaves_out_pairs_marked_not_a_duplicate_unless_all(ok: Run, data_dir: Path) -> None:
    from liaison.services.app import Liaison
    from liaison.services.duplicate_review import mark_not_duplicate

    first = ok("contact", "add", "--name", "Aigerim Saparbekuly", "--email", "aigerim@example.kz")
    second = ok("contact", "add", "--name", "Aigerim Saparbekuly", "--email", "aigerim@example.kz")
    assert len(ok("duplicates")) == 1
    with Liaison.open(data_dir) as app:
        mark_not_duplicate(app, second["id"], first["id"])
    assert ok("duplicates") == []
    assert [sorted(g["ids"]) for g in ok("duplicates", "--all")] == [sorted([first["id"], second["id"]])]
