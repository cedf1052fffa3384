"""Bad input gets a clear error and leaves nothing behind: no PDF, no half-written file, no
temporary file; a PDF that was there before stays as it was."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from liaison.briefing import BriefingCancelled, BriefingRequest, Subject, write_briefing
from liaison.briefing.errors import (
    MarkingTooLong,
    NothingToBrief,
    OutputError,
    OutputIsFolder,
    UnknownLanguage,
)
from liaison.errors import KnownError
from liaison.services.app import Liaison
from liaison.services.errors import NotFoundError
from tests.briefing.conftest import BISHKEK


def _request(app: Liaison, **options: object) -> BriefingRequest:
    return BriefingRequest(subjects=(Subject("event", app.events.resolve(BISHKEK)),), **options)  # type: ignore[arg-type]


def _nothing_left(folder: Path) -> None:
    assert [p.name for p in folder.iterdir()] == []


def test_an_unknown_event_is_named_and_nothing_is_written(sample: Liaison, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    request = BriefingRequest(subjects=(Subject("event", "no-such-id"),))
    with pytest.raises(NotFoundError) as raised:
        write_briefing(sample, request, out / "pack.pdf")
    assert raised.value.message() == "There is no Event with the id no-such-id."
    _nothing_left(out)


def test_a_deleted_bilateral_is_not_briefed_on(own_sample: Liaison, tmp_path: Path) -> None:
    bilateral = own_sample.bilaterals.list()[0]["id"]
    own_sample.bilaterals.delete(bilateral)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(NotFoundError, match="no Bilateral meeting"):
        write_briefing(
            own_sample, BriefingRequest(subjects=(Subject("bilateral", bilateral),)), out / "x.pdf"
        )
    _nothing_left(out)


@pytest.mark.parametrize("where", ["missing/pack.pdf", "a-file/pack.pdf"])
def test_an_unwritable_path_fails_before_the_work_and_says_why(
    sample: Liaison, tmp_path: Path, where: str
) -> None:
    (tmp_path / "a-file").write_text("not a folder")
    target = tmp_path / where
    calls: list[int] = []
    with pytest.raises(OutputError) as raised:
        write_briefing(sample, _request(sample), target, progress=lambda done, total: calls.append(done))
    message = raised.value.message()
    assert message.startswith(f"Cannot write the briefing to {target}: ") and message.endswith(
        "Nothing was written."
    )
    assert calls == []  # refused before any work
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file"]


def test_a_folder_is_not_a_file_name(sample: Liaison, tmp_path: Path) -> None:
    with pytest.raises(OutputIsFolder, match="is a folder"):
        write_briefing(sample, _request(sample), tmp_path)
    _nothing_left(tmp_path)


def test_a_failed_build_keeps_the_previous_pdf(sample: Liaison, tmp_path: Path) -> None:
    target = tmp_path / "pack.pdf"
    target.write_bytes(b"%PDF- the one printed yesterday")
    with pytest.raises(UnknownLanguage) as raised:
        write_briefing(sample, _request(sample, language="xx"), target)
    assert "“xx” is not a language" in raised.value.message()
    assert target.read_bytes() == b"%PDF- the one printed yesterday"
    assert [p.name for p in tmp_path.iterdir()] == ["pack.pdf"]


def test_a_cancel_half_way_leaves_no_file(sample: Liaison, tmp_path: Path) -> None:
    cancel = threading.Event()

    def progress(done: int, total: int) -> None:
        if done > total // 2:  # in the middle of laying out pages
            cancel.set()

    with pytest.raises(BriefingCancelled):
        write_briefing(sample, _request(sample), tmp_path / "pack.pdf", progress=progress, cancel=cancel)
    _nothing_left(tmp_path)


def test_an_error_raised_by_the_progress_callback_leaves_no_file(sample: Liaison, tmp_path: Path) -> None:
    class Stop(Exception):
        pass

    def progress(done: int, total: int) -> None:
        if done > 300:
            raise Stop  # as the desktop's job control does when Cancel is pressed

    with pytest.raises(Stop):
        write_briefing(sample, _request(sample), tmp_path / "pack.pdf", progress=progress)
    _nothing_left(tmp_path)


def test_requests_that_make_no_sense_are_refused_with_a_message() -> None:
    with pytest.raises(NothingToBrief) as nothing:
        BriefingRequest(subjects=())
    assert nothing.value.message() == "Choose at least one event or bilateral meeting to brief on."
    with pytest.raises(MarkingTooLong) as long:
        BriefingRequest(subjects=(Subject("event", "x"),), marking="SECRET " * 20)
    assert long.value.message().startswith("Marking: at most 60 characters")
    assert isinstance(long.value, KnownError)


def test_markings_are_tidied(sample: Liaison) -> None:
    request = BriefingRequest(
        subjects=(Subject("event", "x"), Subject("event", "x")), marking="  RESTRICTED \n "
    )
    assert request.marking == "RESTRICTED"
    assert request.subjects == (Subject("event", "x"),)  # the same note once
