"""Contacts → Find duplicates…: pairs side by side, merge (undoable) and not a duplicate, with the
keyboard, on a real record."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from liaison.services.app import Liaison
from liaison.services.duplicate_review import candidate_pairs, not_duplicates
from liaison.ui.duplicates_dialog import DuplicatesDialog
from liaison.ui.tasks import TaskManager

ALT = Qt.KeyboardModifier.AltModifier


def record(app: Liaison) -> dict[str, Any]:
    ministry = app.institutions.create({"name": "Ministry of Labour, Social Security and Migration"})
    cyrillic = app.contacts.create(
        {
            "name": "Кубанычбек Омуралиев",
            "emails": ["k.omuraliev@example.kg"],
            "institution_id": ministry["id"],
        }
    )
    latin = app.contacts.create(
        {"name": "Kubanychbek Omuraliev", "emails": ["K.Omuraliev@example.kg"], "phones": ["+996312624500"]}
    )
    one = app.contacts.create({"name": "Aigerim Saparbekuly", "emails": ["aigerim@example.kz"]})
    two = app.contacts.create({"name": "Aigerim Saparbekuly", "emails": ["aigerim@example.kz"]})
    event = app.events.create({"kind": "summit", "title": "Summit", "start_date": "2024-11-06"})
    participant = app.participants.create({"event_id": event["id"], "contact_id": latin["id"]})
    return {"cyrillic": cyrillic, "latin": latin, "one": one, "two": two, "participant": participant}


def open_dialog(qtbot: QtBot, app: Liaison, tasks: TaskManager) -> DuplicatesDialog:
    dialog = DuplicatesDialog(app, tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.loaded)
    return dialog


def test_the_pairs_model_passes_qt_model_checks(
    qtbot: QtBot, app: Liaison, tasks: TaskManager, qtmodeltester: Any
) -> None:
    record(app)
    dialog = open_dialog(qtbot, app, tasks)
    assert dialog.model.rowCount() == 2
    qtmodeltester.check(dialog.model)
    dialog.model.remove_row(0)
    qtmodeltester.check(dialog.model)


def test_merge_side_by_side_with_the_keyboard_and_undo(
    qtbot: QtBot, app: Liaison, tasks: TaskManager, tmp_path: Path
) -> None:
    made = record(app)
    dialog = open_dialog(qtbot, app, tasks)
    names = {dialog.model.index(r, 0).data() for r in range(2)} | {
        dialog.model.index(r, 1).data() for r in range(2)
    }
    assert {"Кубанычбек Омуралиев", "Kubanychbek Omuraliev", "Aigerim Saparbekuly"} <= names
    # Walk to the Omuraliev pair with the arrows.
    assert dialog.view.hasFocus()
    while "Omuraliev" not in (dialog.model.index(dialog.view.currentIndex().row(), 1).data() or "") + (
        dialog.model.index(dialog.view.currentIndex().row(), 0).data() or ""
    ):
        QTest.keyClick(dialog.view, Qt.Key.Key_Down)
    pair = dialog.current_pair()
    assert pair is not None
    headers = [dialog.compare.horizontalHeaderItem(c).text() for c in (0, 1)]
    assert sorted(headers) == sorted(["Кубанычбек Омуралиев", "Kubanychbek Omuraliev"])
    cells = [[dialog.compare.item(r, c).text() for c in (0, 1)] for r in range(dialog.compare.rowCount())]
    assert ["Ministry of Labour, Social Security and Migration", ""] in cells or [
        "",
        "Ministry of Labour, Social Security and Migration",
    ] in cells
    assert dialog.compare.accessibleName() and dialog.view.accessibleName()
    QTest.qWait(50)
    dialog.grab().save(str(tmp_path / "duplicates.png"))
    # Keep the Cyrillic one: Alt+1 or Alt+2, whichever names it; then Alt+M.
    key = Qt.Key.Key_1 if pair.first == made["cyrillic"]["id"] else Qt.Key.Key_2
    QTest.keyClick(dialog, key, ALT)
    qtbot.waitUntil((dialog.keep_first if key == Qt.Key.Key_1 else dialog.keep_second).isChecked)
    QTest.keyClick(dialog, Qt.Key.Key_M, ALT)
    qtbot.waitUntil(lambda: app.contacts.count() == 3)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)  # the answer reaches the window after the commit
    kept = app.contacts.get(made["cyrillic"]["id"])
    assert kept["phones"] == ["+996312624500"]  # united
    assert app.participants.get(made["participant"]["id"])["contact_id"] == kept["id"]  # moved
    assert dialog.model.rowCount() == 1 and "Merged" in dialog.status.text()
    assert dialog.undo_button.isEnabled()

    QTest.keyClick(dialog, Qt.Key.Key_U, ALT)
    qtbot.waitUntil(lambda: app.contacts.count() == 4)
    assert app.participants.get(made["participant"]["id"])["contact_id"] == made["latin"]["id"]
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2)


def test_not_a_duplicate_is_remembered(qtbot: QtBot, app: Liaison, tasks: TaskManager) -> None:
    made = record(app)
    dialog = open_dialog(qtbot, app, tasks)
    while dialog.current_pair() is not None and made["one"]["id"] not in (
        dialog.current_pair().first,  # type: ignore[union-attr]
        dialog.current_pair().second,  # type: ignore[union-attr]
    ):
        QTest.keyClick(dialog.view, Qt.Key.Key_Down)
    QTest.keyClick(dialog, Qt.Key.Key_N, ALT)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    assert app.contacts.count() == 4  # nothing merged
    assert not_duplicates(app) == {tuple(sorted([made["one"]["id"], made["two"]["id"]]))}
    assert all(made["one"]["id"] not in (p.first, p.second) for p in candidate_pairs(app))
    again = open_dialog(qtbot, app, tasks)  # not offered again
    assert again.model.rowCount() == 1
