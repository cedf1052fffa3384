"""The briefing dialog's Papers tab: no papers, an annex, or first pages of the chosen PDFs;
real widgets offscreen, the real worker, the PDF read back with pypdf."""

from __future__ import annotations

import os
from collections.abc import Mapping
from io import BytesIO
from pathlib import Path
from typing import Any

import pypdf
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from liaison.briefing import Papers, Subject
from liaison.services.app import Liaison
from liaison.services.attachments import OnlyOnSecretariatError
from liaison.ui.briefing_dialog import BriefingDialog
from liaison.ui.tasks import TaskManager
from tests.briefing.test_papers import signed_plan
from tests.services.test_attachment_search import pdf_bytes
from tests.services.test_attachments import from_another_laptop
from tests.ui.test_briefing_dialog import BISHKEK, make, open_dialog, profiled
from tests.ui.test_briefing_dialog import pdf_text as text_of


def pages_of(pdf: bytes) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in pypdf.PdfReader(BytesIO(pdf)).pages]


def row_texts(dialog: BriefingDialog) -> dict[str, str]:
    """Each paper's line in the list: name → what the line says, with its tick."""
    listing = dialog.papers.listing
    rows = {}
    for row in range(listing.count()):
        item = listing.item(row)
        name, _, detail = item.text().partition("\n")
        ticked = "[x]" if item.checkState() == Qt.CheckState.Checked else "[ ]"
        rows[name] = f"{ticked} {detail}"
    return rows


def test_papers_listed_chosen_downloaded_and_their_first_pages_appended(
    qtbot: QtBot, sample_app: Liaison, tasks: TaskManager, tmp_path: Path
) -> None:
    app = sample_app
    event = app.events.resolve(BISHKEK)
    plan_file = tmp_path / "Signed plan 2024.pdf"
    plan_file.write_bytes(signed_plan(3))
    plan = app.attachments.attach("event", event, plan_file).record
    remote = pdf_bytes("REMOTE MEMO PAGE 1", "REMOTE MEMO PAGE 2")
    info = app.attachments.blobs.add_stream([remote])
    memo = from_another_laptop(app, "events", event, "Memo from Baku.pdf", info)
    app.attachments.blobs.discard(info.sha256)  # attached on another laptop: only on the Secretariat
    gone = app.attachments.blobs.add_stream([pdf_bytes("NEVER HERE")])
    unreachable = from_another_laptop(app, "events", event, "Unreachable.pdf", gone)
    app.attachments.blobs.discard(gone.sha256)
    asked: list[str] = []

    def download(record: Mapping[str, Any]) -> None:  # the sync layer's downloader, without a network
        asked.append(str(record["name"]))
        if record["id"] == unreachable["id"]:
            raise OnlyOnSecretariatError(name=record["name"], size="1 KB")  # offline, say
        app.attachments.blobs.add_stream([remote], expected_sha256=str(record["sha256"]))

    app.attachments.downloader = download
    dialog = open_dialog(qtbot, app, tasks, Subject("event", event))
    dialog.tabs.setCurrentWidget(dialog.papers)
    qtbot.waitUntil(lambda: dialog.papers.listing.count() >= 4)
    rows = row_texts(dialog)
    assert rows["Signed plan 2024.pdf"].startswith("[x] PDF · ") and rows["Signed plan 2024.pdf"].endswith(
        " · on this computer"
    )
    assert rows["Memo from Baku.pdf"].endswith(" · on the Secretariat")
    assert rows["Agenda of the 5th meeting (sample).txt"].startswith("[x] TXT · ")
    assert not dialog.papers.listing.isEnabled()  # "No papers" is the default
    assert dialog.papers.listing.accessibleName() == "Papers"
    assert dialog.papers.pages.accessibleName() == "Pages of each PDF"
    assert dialog.request().papers == Papers.NONE

    dialog.papers.set_mode(Papers.FIRST_PAGES)
    dialog.papers.pages.setValue(2)
    assert dialog.papers.listing.isEnabled() and dialog.papers.pages.isEnabled()
    assert row_texts(dialog)["Memo from Baku.pdf"].endswith(
        "on the Secretariat: downloaded when the preview is made"
    )
    [agenda] = dialog.papers.listing.findItems("Agenda of the 5th", Qt.MatchFlag.MatchStartsWith)
    agenda.setCheckState(Qt.CheckState.Unchecked)  # left out of the pack
    shots = os.environ.get("LIAISON_SCREENSHOTS")
    if shots:
        dialog.grab().save(str(Path(shots) / "briefing-papers.png"))
    make(qtbot, dialog)
    briefing = dialog.briefing
    assert briefing is not None
    assert sorted(asked) == ["Memo from Baku.pdf", "Unreachable.pdf"]  # downloaded first, on the worker
    assert app.attachments.is_local(memo) and not app.attachments.is_local(unreachable)
    pages = pages_of(briefing.pdf)
    assert len(pages) == briefing.pages == dialog.document.pageCount()
    appended = ["REMOTE MEMO PAGE 1", "REMOTE MEMO PAGE 2", "SIGNED PLAN PAGE 1", "SIGNED PLAN PAGE 2"]
    assert sorted(pages[-4:]) == appended  # the first 2 pages of each, after the pack's own
    assert "SIGNED PLAN PAGE 3" not in pages
    text = text_of(briefing.pdf)
    annex = next(page for page in pages if "Papers on file" in page and "In this pack" in page)
    assert "Signed plan 2024.pdf" in annex and "its first 2 pages, at the end of the pack" in annex
    assert "Unreachable.pdf" in annex and "listed only (not downloaded to this computer)" in annex
    assert "Agenda of the 5th meeting (sample).txt" not in text  # unticked
    assert "Papers on file: Signed plan 2024.pdf" in profiled(briefing.pdf)  # bookmarked
    assert "1 paper could not be downloaded from the Secretariat" in dialog.status.text()
    qtbot.waitUntil(lambda: row_texts(dialog).get("Memo from Baku.pdf", "").endswith("on this computer"))

    dialog.papers.set_mode(Papers.LIST)  # the annex only: nothing appended, nothing downloaded
    assert dialog.stale
    make(qtbot, dialog)
    assert dialog.briefing is not None and dialog.briefing is not briefing
    listed = pages_of(dialog.briefing.pdf)
    assert not any("SIGNED PLAN PAGE" in page for page in listed)
    assert any("Papers on file" in page and "Memo from Baku.pdf" in page for page in listed)
    assert plan["name"] in text_of(dialog.briefing.pdf)
    assert sorted(asked) == ["Memo from Baku.pdf", "Unreachable.pdf"]


def test_a_note_added_later_brings_its_papers_ticked(
    qtbot: QtBot, sample_app: Liaison, tasks: TaskManager, tmp_path: Path
) -> None:
    """Like counterparts, the tab keeps what the officer unticked: the papers of a note whose list
    has not come back from the worker yet are in the pack."""
    dialog = open_dialog(qtbot, sample_app, tasks)
    dialog.papers.set_mode(Papers.LIST)
    event = sample_app.events.resolve(BISHKEK)
    assert dialog.add_subject(Subject("event", event))
    request = dialog.request()  # at once: the list is still on its way
    assert request.papers == Papers.LIST and request.attachment_ids is None
    assert request.excluded_attachments == frozenset()
    qtbot.waitUntil(lambda: dialog.papers.listing.count() >= 1)
    dialog.papers.none_button.click()
    excluded = dialog.request().excluded_attachments
    assert excluded and all(sample_app.attachments.get(i)["owner_id"] for i in excluded)
    dialog.papers.all_button.click()
    assert dialog.request().excluded_attachments == frozenset()


def test_a_file_never_synced_whose_bytes_are_gone_reads_missing_not_on_the_secretariat(
    qtbot: QtBot, sample_app: Liaison, tasks: TaskManager
) -> None:
    """Attached here, never synced, its bytes then lost (removed by hand, set aside as damaged):
    it is nowhere else, so the list must not promise a download from the Secretariat."""
    app = sample_app
    event = app.events.resolve(BISHKEK)
    info = app.attachments.blobs.add_stream([pdf_bytes("LOST PAGE")])
    app.attachments.create_from_blob("events", event, "Lost minutes.pdf", info)  # no server revision
    app.attachments.blobs.discard(info.sha256)
    dialog = open_dialog(qtbot, app, tasks, Subject("event", event))
    dialog.tabs.setCurrentWidget(dialog.papers)
    dialog.papers.set_mode(Papers.FIRST_PAGES)
    qtbot.waitUntil(lambda: "Lost minutes.pdf" in row_texts(dialog))
    line = row_texts(dialog)["Lost minutes.pdf"]
    assert line.endswith("missing from this computer — attach it again")
    assert "Secretariat" not in line


def test_a_damaged_paper_is_said_in_the_status_and_left_out(
    qtbot: QtBot, sample_app: Liaison, tasks: TaskManager, tmp_path: Path
) -> None:
    """A PDF whose copy here changed on the disk: the preview is made without its pages, the
    annex lists it as damaged, and the status line names it and says what to do."""
    app = sample_app
    event = app.events.resolve(BISHKEK)
    plan_file = tmp_path / "Signed plan 2024.pdf"
    plan_file.write_bytes(signed_plan(2))
    plan = app.attachments.attach("event", event, plan_file).record
    stored = app.attachments.blobs.path(plan["sha256"])
    data = bytearray(stored.read_bytes())
    data[len(data) // 2] ^= 0xFF  # one byte flipped by a failing disk
    stored.write_bytes(bytes(data))
    dialog = open_dialog(qtbot, app, tasks, Subject("event", event))
    dialog.papers.set_mode(Papers.FIRST_PAGES)
    make(qtbot, dialog)
    assert dialog.briefing is not None
    assert not any("SIGNED PLAN" in page for page in pages_of(dialog.briefing.pdf))
    assert "listed only (its copy on this computer is damaged and was set aside)" in text_of(
        dialog.briefing.pdf
    )
    status = dialog.status.text()
    assert "Damaged on this computer" in status and "Signed plan 2024.pdf" in status, status
    assert not stored.exists() and list((app.data_dir / "files" / "damaged").iterdir())
