"""Start-up: the window is on screen before the record is open, and the record arrives after.

The window shows before the services (SQLAlchemy, the models) are even imported; the worker
imports them and opens the record, then the window fills its pages. These tests hold that
order in place, because an innocent import at the top of a UI module would silently undo it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from liaison.services.app import Liaison
from liaison.services.entities import ENTITIES
from liaison.ui import app as ui_app
from liaison.ui.pages import PAGES
from liaison.ui.sections import SECTIONS


def test_the_window_modules_do_not_import_the_services() -> None:
    """What plain ``liaison`` imports before the window shows: no SQLAlchemy, no services."""
    code = (
        "import sys\n"
        "import liaison.cli.main, liaison.ui.app\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in {'sqlalchemy', 'alembic'}"
        " or m.startswith(('liaison.services', 'liaison.store.engine', 'liaison.store.models')))\n"
        "print(','.join(heavy))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "", f"imported before the window shows: {result.stdout}"


@pytest.mark.parametrize(
    "argv",
    [
        ["--language", "kk"],
        ["--language=kk", "--data-dir", "DIR"],
        ["--data-dir=DIR", "--language", "kk"],
    ],
)
def test_the_language_flag_alone_opens_the_window_as_lightly(argv: list[str], tmp_path: Path) -> None:
    """``liaison --language kk`` (with or without ``--data-dir``) is plain ``liaison`` in
    Kazakh: the window opens before SQLAlchemy or the services are imported."""
    argv = [str(tmp_path) if arg == "DIR" else arg.replace("=DIR", f"={tmp_path}") for arg in argv]
    code = (
        "import sys\n"
        "import liaison.ui.app\n"
        "from liaison import i18n\n"
        "from liaison.cli.main import main\n"
        "def run(data_dir):\n"
        "    heavy = sorted(m for m in sys.modules if m.split('.')[0] in {'sqlalchemy', 'alembic'}"
        " or m.startswith(('liaison.services', 'liaison.store.engine', 'liaison.store.models')))\n"
        "    print('heavy=' + ','.join(heavy))\n"
        "    print('language=' + str(i18n.command_line_language()))\n"
        "    print('data_dir=' + str(data_dir))\n"
        "    return 0\n"
        "liaison.ui.app.run = run\n"
        f"raise SystemExit(main({argv!r}))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LIAISON_DATA_DIR": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True, timeout=60
    )
    lines = dict(line.split("=", 1) for line in result.stdout.splitlines())
    assert lines["heavy"] == "", f"imported before the window shows: {lines['heavy'][:300]}"
    assert lines["language"] == "kk"
    assert Path(lines["data_dir"]) == tmp_path


def test_a_wrong_language_flag_is_refused_by_the_parser(capsys: pytest.CaptureFixture[str]) -> None:
    from liaison.cli.main import main

    assert main(["--language", "xx"]) == 2
    assert "--language" in capsys.readouterr().err


def test_the_sections_agree_with_the_pages_and_the_declarations() -> None:
    assert SECTIONS[0].entity == "today"  # the Today view first, then a page per entity
    assert [section.entity for section in SECTIONS[1:]] == [page.entity for page in PAGES]
    for section in SECTIONS[1:]:
        assert section.label == ENTITIES[section.entity].plural


def test_the_window_shows_first_and_the_record_attaches_after(qtbot: QtBot, data_dir: Path) -> None:
    with Liaison.open(data_dir) as seed:
        seed.contacts.create({"name": "Кубанычбек Омуралиев", "latin_name": "Kubanychbek Omuraliev"})
    startup = ui_app.start(data_dir, offer_sample=False)
    window = startup.window
    qtbot.addWidget(window)
    try:
        # Before the event loop has run, the window is up and the record is not open yet.
        assert window.isVisible()
        assert window.services is None and not startup.opened
        assert not window.meeting_action.isEnabled()
        assert window.statusBar().currentMessage()  # "Opening the record…"
        window.search.setText("omur")  # typing while it opens is kept and searched on attach
        qtbot.waitUntil(lambda: startup.opened, timeout=30000)
        assert window.services is startup.services and not startup.empty
        assert window.meeting_action.isEnabled()
        qtbot.waitUntil(lambda: window.current_page().loads >= 1, timeout=10000)  # the Today view first
        assert window.search.wait_for_results()
        assert [hit.title for hit in window.search.hits] == ["Кубанычбек Омуралиев (Kubanychbek Omuraliev)"]
    finally:
        window.close()
        startup.close()


def test_an_empty_record_is_offered_the_sample_data(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    offered: list[bool] = []
    monkeypatch.setattr(ui_app.MainWindow, "offer_sample_data", lambda self: offered.append(True))
    startup = ui_app.start(data_dir)
    qtbot.addWidget(startup.window)
    try:
        qtbot.waitUntil(lambda: bool(offered), timeout=30000)
        assert startup.empty
    finally:
        startup.window.close()
        startup.close()


def test_a_file_that_is_not_a_record_is_refused_with_a_message(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "liaison.sqlite3").write_bytes(b"these are minutes, not a database" * 100)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    startup = ui_app.start(tmp_path, offer_sample=False)
    qtbot.addWidget(startup.window)
    try:
        qtbot.waitUntil(lambda: startup.error is not None, timeout=30000)
        assert shown and "liaison.sqlite3" in shown[0]
        assert not startup.window.isVisible()
        assert startup.services is None
    finally:
        startup.close()
    assert (tmp_path / "liaison.sqlite3").read_bytes().startswith(b"these are minutes")


def test_closing_before_the_record_opens_closes_it_too(qtbot: QtBot, data_dir: Path) -> None:
    startup = ui_app.start(data_dir, offer_sample=False)
    qtbot.addWidget(startup.window)
    assert startup.window.close()  # nothing typed yet: closes at once, no question
    QApplication.processEvents()
    startup.close()  # waits for the worker; the record it opened is closed, not attached
    assert startup.services is None
    assert startup.future is None or startup.future.done()
