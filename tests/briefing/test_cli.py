"""``liaison brief`` on the command line: names or ids, options, and its errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from liaison.cli.main import main
from liaison.services.app import Liaison
from tests.briefing.conftest import BISHKEK, KZ_KG, SCRIPTS, read_pdf


def _run(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data), "brief", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_the_bishkek_pack_from_one_command(
    sample_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    points = tmp_path / "points.txt"
    points.write_text(f"- {SCRIPTS['kk']}\n- {SCRIPTS['uz']}\n", encoding="utf-8")
    out = tmp_path / "bishkek.pdf"
    code, stdout, stderr = _run(
        capsys, sample_dir, "--event", BISHKEK, "--bilateral", KZ_KG, "-o", str(out),
        "--marking", "RESTRICTED", "--talking-points", str(points),
    )  # fmt: skip
    assert (code, stderr) == (0, "")
    pdf = read_pdf(out)
    assert stdout.startswith(f"Wrote {out} ({len(pdf.pages)} pages).\n")
    assert f"{BISHKEK}: the record lacks a photo of" in stdout
    assert SCRIPTS["kk"] in pdf.text and SCRIPTS["uz"] in pdf.text
    assert f"Page 1 of {len(pdf.pages)}" in pdf.pages[0] and "RESTRICTED" in pdf.pages[0]


def test_ids_sections_counterparts_and_json(
    sample_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Liaison.open(sample_dir) as app:
        event = app.events.resolve(BISHKEK)
    out = tmp_path / "note.pdf"
    code, stdout, _err = _run(
        capsys, sample_dir, "--event", event, "-o", str(out), "--sections", "agenda,counterparts",
        "--counterpart", "Gulnara Batyrova", "--language", "ru", "--json",
    )  # fmt: skip
    assert code == 0
    report = json.loads(stdout)
    assert report["notes"] == [BISHKEK] and report["draft"] is False and report["path"] == str(out)
    pdf = read_pdf(out)
    assert report["pages"] == len(pdf.pages)
    assert "22 ноября 2023 г." in pdf.pages[0]
    assert "Гульнара Батырова · Gulnara Batyrova" in pdf.text and "Abdullah Eren" not in pdf.text
    assert "Annex: minutes" not in pdf.text


def test_errors_name_what_is_wrong_and_write_nothing(
    sample_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.pdf"
    code, _out, stderr = _run(capsys, sample_dir, "--event", "The 99th meeting", "-o", str(out))
    assert (code, stderr) == (1, "liaison: error: Event: no record matches “The 99th meeting”.\n")
    code, _out, stderr = _run(capsys, sample_dir, "-o", str(out))
    assert (code, stderr) == (
        1,
        "liaison: error: Choose at least one event or bilateral meeting to brief on.\n",
    )
    code, _out, stderr = _run(capsys, sample_dir, "--event", BISHKEK, "-o", str(tmp_path / "no" / "x.pdf"))
    assert code == 1 and "Cannot write the briefing to" in stderr and "No such file or directory" in stderr
    code, _out, stderr = _run(capsys, sample_dir, "--event", BISHKEK, "-o", str(out), "--language", "xx")
    assert code == 1 and "Language: “xx” is not a language" in stderr
    code, _out, stderr = _run(
        capsys, sample_dir, "--event", BISHKEK, "-o", str(out), "--talking-points", str(tmp_path / "none.txt")
    )
    assert code == 1 and "Cannot read" in stderr
    code, _out, stderr = _run(capsys, sample_dir, "--event", BISHKEK, "-o", str(out), "--sections", "gossip")
    assert code == 2 and "unknown section gossip" in stderr
    with Liaison.open(sample_dir) as app:  # someone who is not at the 5th meeting
        outsider = app.contacts.create({"name": "Ayşe Yılmaz"})
    code, _out, stderr = _run(
        capsys, sample_dir, "--event", BISHKEK, "-o", str(out), "--counterpart", outsider["id"]
    )
    assert code == 1 and "Ayşe Yılmaz takes part in none of these meetings" in stderr
    assert list(tmp_path.iterdir()) == []


def test_the_brief_language_does_not_change_the_language_of_the_messages(
    sample_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.pdf"
    code = main(
        ["--data-dir", str(sample_dir), "--language", "ru", "brief", "--event", BISHKEK, "-o", str(out)]
    )
    stdout = capsys.readouterr().out
    assert code == 0 and "Wrote" not in stdout  # said in Russian, not English
    code = main(
        [
            "--data-dir",
            str(sample_dir),
            "--language",
            "en",
            "brief",
            "--event",
            BISHKEK,
            "-o",
            str(out),
            "--language",
            "kk",
        ]
    )
    stdout = capsys.readouterr().out
    assert code == 0 and "Wrote" in stdout  # the PDF's dates are Kazakh; the messages stay English
    assert "қараша" in " ".join(read_pdf(out).pages)
