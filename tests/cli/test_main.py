"""The entry point: data directory, version, the window, errors and exit codes, output encoding;
and the real console script end to end."""

from __future__ import annotations

import io
import json
import os
import subprocess
import types
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import liaison
from liaison.cli import main as cli_main
from liaison.cli.main import main
from liaison.cli.output import ensure_utf8
from liaison.services.app import Liaison

Run = Callable[..., Any]


# -- data directory and version ---------------------------------------------------------------
def test_version_prints_the_version_and_the_data_directory(run: Run, data_dir: Path) -> None:
    result = run("--version")
    assert result.code == 0
    assert result.out.splitlines() == [f"liaison {liaison.__version__}", f"Data directory: {data_dir}"]


def test_the_data_directory_comes_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("LIAISON_DATA_DIR", str(tmp_path / "from-env"))
    assert main(["contact", "add", "--name", "Aibek"]) == 0
    assert (tmp_path / "from-env" / "liaison.sqlite3").is_file()
    capsys.readouterr()
    assert main(["--version"]) == 0
    assert f"Data directory: {tmp_path / 'from-env'}" in capsys.readouterr().out


def test_data_dir_may_follow_the_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["contact", "add", "--name", "Aibek", "--data-dir", str(tmp_path / "late")]) == 0
    assert (tmp_path / "late" / "liaison.sqlite3").is_file()
    capsys.readouterr()
    assert main(["--data-dir", str(tmp_path / "late"), "contact", "list", "--json"]) == 0
    assert [c["name"] for c in json.loads(capsys.readouterr().out)] == ["Aibek"]


# -- the desktop window -----------------------------------------------------------------------
def test_without_a_command_the_window_opens(
    run: Run, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[Path] = []

    def run_window(path: Path) -> int:
        opened.append(path)
        return 0

    fake = types.SimpleNamespace(run=run_window)
    monkeypatch.setattr(
        cli_main.importlib, "import_module", lambda name: fake if name == "liaison.ui.app" else None
    )
    assert run().code == 0
    assert opened == [data_dir]


def test_without_the_window_a_clear_message_and_exit_2(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    def missing(name: str) -> Any:
        raise ModuleNotFoundError(f"No module named {name!r}", name=name)

    monkeypatch.setattr(cli_main.importlib, "import_module", missing)
    result = run()
    assert result.code == 2
    assert result.out == ""
    assert (
        "The desktop window is not installed in this build; use a subcommand, see liaison --help"
        in result.err
    )


def test_a_module_missing_inside_the_window_is_a_bug(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(name: str) -> Any:
        raise ModuleNotFoundError("No module named 'liaison.ui.widgets'", name="liaison.ui.widgets")

    monkeypatch.setattr(cli_main.importlib, "import_module", broken)
    with pytest.raises(ModuleNotFoundError):
        run()


# -- errors -----------------------------------------------------------------------------------
def test_a_file_that_is_not_a_database(run: Run, data_dir: Path) -> None:
    (data_dir / "liaison.sqlite3").write_bytes(b"PK\x03\x04 this is a zip, not SQLite" * 10)
    result = run("contact", "list", "--json")
    assert result.code == 1
    assert result.out == ""
    assert (
        result.err
        == f"liaison: error: {data_dir / 'liaison.sqlite3'} is not a Liaison database (or it is damaged).\n"
    )


def test_a_data_directory_that_is_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert main(["--data-dir", str(blocker / "data"), "contact", "list"]) == 1
    assert capsys.readouterr().err.startswith(
        f"liaison: error: The data folder {blocker / 'data'} cannot be used"
    )


def test_usage_errors_exit_2(run: Run) -> None:
    assert run("no-such-command").code == 2
    assert run("contact").code == 2  # an action is required
    assert run("contact", "show").code == 2  # and its id
    result = run("contact", "add", "--name")
    assert result.code == 2 and "usage: liaison contact add" in result.err


def test_help_exits_0(run: Run) -> None:
    result = run("--help")
    assert result.code == 0
    assert "search" in result.out and "contact" in result.out and "agenda-item" in result.out


def test_ctrl_c_exits_130(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(cls: type[Liaison], data_dir: Any = None) -> Liaison:
        raise KeyboardInterrupt

    monkeypatch.setattr(Liaison, "open", classmethod(interrupted))
    result = run("contact", "list")
    assert result.code == 130
    assert "Traceback" not in result.err


def test_a_bug_is_not_hidden(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(cls: type[Liaison], data_dir: Any = None) -> Liaison:
        raise RuntimeError("a genuine bug")

    monkeypatch.setattr(Liaison, "open", classmethod(broken))
    with pytest.raises(RuntimeError, match="a genuine bug"):
        run("contact", "list")


# -- output encoding --------------------------------------------------------------------------
@pytest.mark.parametrize("encoding", ["ascii", "latin-1", "cp1252"])
def test_a_stream_that_cannot_write_names_is_switched_to_utf8(encoding: str) -> None:
    stream = io.TextIOWrapper(io.BytesIO(), encoding=encoding)
    ensure_utf8(stream)
    assert stream.encoding == "utf-8"
    stream.write("Омуралиев Işık")
    stream.flush()
    assert isinstance(stream.buffer, io.BytesIO)
    assert stream.buffer.getvalue().decode("utf-8") == "Омуралиев Işık"


def test_a_stream_that_can_write_names_is_left_alone() -> None:
    stream = io.TextIOWrapper(io.BytesIO(), encoding="utf-16")
    ensure_utf8(stream)
    assert stream.encoding == "utf-16"


# -- the real console script ------------------------------------------------------------------
def test_console_script_end_to_end(console: Callable[..., Any], tmp_path: Path) -> None:
    data = str(tmp_path / "data")
    ascii_locale = {"PYTHONIOENCODING": "ascii"}  # names must still come out, as UTF-8
    added = console(
        "--data-dir", data, "contact", "add", "--name", "Омуралиев Бакыт", "--json", env=ascii_locale
    )
    assert added.returncode == 0, added.stderr
    contact = json.loads(added.stdout)
    found = console("--data-dir", data, "search", "omuraliev", "--json", env=ascii_locale)
    assert found.returncode == 0, found.stderr
    assert [(h["kind"], h["id"], h["title"]) for h in json.loads(found.stdout)] == [
        ("contact", contact["id"], "Омуралиев Бакыт")
    ]
    shown = console("--data-dir", data, "contact", "show", contact["id"], env=ascii_locale)
    assert "Name: Омуралиев Бакыт" in shown.stdout.splitlines()


def test_console_script_errors_and_exit_codes(console: Callable[..., Any], tmp_path: Path) -> None:
    data = str(tmp_path / "data")
    invalid = console("--data-dir", data, "contact", "add", "--name", "Işık", "--email", "işık@", "--json",
                      env={"PYTHONIOENCODING": "ascii"})  # fmt: skip
    assert invalid.returncode == 1
    assert invalid.stdout == ""
    assert invalid.stderr == "liaison: error: E-mail: “işık@” is not a valid e-mail address.\n"
    assert json.loads(console("--data-dir", data, "contact", "list", "--json").stdout) == []

    usage = console("--data-dir", data, "contact", "add", "--bogus")
    assert usage.returncode == 2 and "usage: liaison" in usage.stderr and "Traceback" not in usage.stderr

    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "liaison.sqlite3").write_text("not a database at all")
    foreign = console("--data-dir", str(broken), "contact", "list")
    assert foreign.returncode == 1
    assert foreign.stderr.startswith("liaison: error: ") and "is not a Liaison database" in foreign.stderr
    assert "Traceback" not in foreign.stderr


def test_console_script_into_a_closed_pipe(ok: Run, data_dir: Path, console_argv: list[str]) -> None:
    for n in range(30):
        ok("contact", "add", "--name", f"Contact {n}")
    environment = {key: value for key, value in os.environ.items() if key != "LIAISON_DATA_DIR"}
    with subprocess.Popen(
        [*console_argv, "--data-dir", str(data_dir), "contact", "list"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=environment,
    ) as process:
        assert process.stdout is not None
        process.stdout.close()  # like `| head -0`: the reader is gone before anything is written
        _, stderr = process.communicate(timeout=120)
    assert process.returncode == 1
    assert b"Traceback" not in stderr and b"Exception ignored" not in stderr
