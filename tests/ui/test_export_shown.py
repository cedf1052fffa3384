"""Export "the contacts shown": exactly what the contact list's filter shows, every one of them,
read back by the csv module and openpyxl."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
from pytestqt.qtbot import QtBot

from liaison.services.app import Liaison
from liaison.ui.export_dialog import SHOWN, ExportDialog
from liaison.ui.main_window import MainWindow


def test_the_filtered_list_is_exported_exactly(
    qtbot: QtBot, window: MainWindow, app: Liaison, tmp_path: Path
) -> None:
    app.contacts.create({"name": "Кубанычбек Омуралиев", "emails": ["k.omuraliev@example.kg"]})
    app.contacts.create({"name": "Omuraliev Aibek"})
    app.contacts.create({"name": "Işık Yılmaz"})
    app.contacts.create({"name": "Aigerim Saparbekuly"})
    page = window.show_entity("contacts")
    page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == 4, timeout=10_000)
    page.filter.setText("omuraliev")
    page.apply_filter()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    shown = sorted(page.model.index(r, 0).data() for r in range(page.model.rowCount()))

    assert window.transfer.export_shown_action in page.view.actions()
    window.transfer.export_shown_action.trigger()
    dialog = window.transfer.dialog
    assert isinstance(dialog, ExportDialog) and dialog.what.currentData() == SHOWN
    dialog.format.setCurrentIndex(dialog.format.findData("csv"))
    out = tmp_path / "shown.csv"
    dialog.path.setText(str(out))
    with qtbot.waitSignal(dialog.exported, timeout=10_000):
        dialog.accept()
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert sorted(row[0] for row in rows[1:]) == shown == ["Omuraliev Aibek", "Кубанычбек Омуралиев"]

    # File → Export offers the same choice while the list is filtered, beside all contacts.
    window.transfer.export_action.trigger()
    full = window.transfer.dialog
    assert isinstance(full, ExportDialog) and full.what.findData(SHOWN) >= 0
    assert full.what.currentData() == "contacts"
    full.what.setCurrentIndex(full.what.findData(SHOWN))
    full.format.setCurrentIndex(full.format.findData("xlsx"))
    book = tmp_path / "shown.xlsx"
    full.path.setText(str(book))
    with qtbot.waitSignal(full.exported, timeout=10_000):
        full.accept()
    values = list(openpyxl.load_workbook(book).active.iter_rows(values_only=True))
    assert sorted(r[0] for r in values[1:]) == shown

    # Without a filter there is nothing narrower to offer.
    page.filter.clear()
    page.apply_filter()
    window.transfer.export_action.trigger()
    plain = window.transfer.dialog
    assert isinstance(plain, ExportDialog) and plain.what.findData(SHOWN) < 0
    plain.reject()
