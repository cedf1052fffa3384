"""File → Import… and File → Export… in the window: real widgets, the real worker, real files."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QComboBox, QWizard
from pytestqt.qtbot import QtBot

from liaison.services.app import Liaison
from liaison.ui.export_dialog import ExportDialog
from liaison.ui.import_wizard import ImportWizard
from liaison.ui.main_window import MainWindow
from liaison.ui.tasks import TaskManager
from tests.transfer import fixtures as fx


@pytest.fixture
def window(qtbot: QtBot, app: Liaison, tasks: TaskManager) -> MainWindow:
    main = MainWindow(app, tasks)
    qtbot.addWidget(main)
    main.show()
    return main


def _wizard(window: MainWindow) -> ImportWizard:
    window.transfer.import_action.trigger()
    wizard = window.transfer.wizard
    assert isinstance(wizard, ImportWizard)
    return wizard


def test_import_wizard_maps_previews_and_imports(
    qtbot: QtBot, window: MainWindow, app: Liaison, tmp_path: Path
) -> None:
    app.contacts.create({"name": "Someone", "emails": ["a.zh@example.kz"]})
    wizard = _wizard(window)
    wizard.path.setText(str(fx.delegation_xlsx(tmp_path / "delegation.xlsx")))
    with qtbot.waitSignal(wizard.preview_ready, timeout=10_000):
        wizard.next()
    assert wizard.sheet.count() == 2 and wizard.sheet.currentText() == "Делегация"
    mapping = {
        wizard.columns.item(r, 0).text(): wizard.columns.cellWidget(r, 1).currentData()  # type: ignore[union-attr]
        for r in range(wizard.columns.rowCount())
    }
    assert mapping["Lavozimi"] == "position" and mapping["Электронная почта"] == "emails"
    with qtbot.waitSignal(wizard.preview_ready, timeout=10_000):
        wizard.next()
    statuses = [wizard.rows.item(r, 1).text() for r in range(wizard.rows.rowCount())]
    assert statuses == ["matches an existing contact", "new", "new"]
    assert wizard.rows.item(1, 0).text() == "6"  # the row number as the spreadsheet shows it
    assert "+77010000004" in [wizard.rows.item(1, c).text() for c in range(wizard.rows.columnCount())]
    wizard.grab().save(str(tmp_path / "wizard.png"))
    with qtbot.waitSignal(wizard.imported, timeout=20_000) as imported:
        wizard.button(QWizard.WizardButton.FinishButton).click()
    assert imported.args[0].created == 2
    assert app.contacts.count() == 3
    qtbot.waitUntil(lambda: "Imported" in window.statusBar().currentMessage())


def test_wizard_changes_the_mapping_and_the_encoding(
    qtbot: QtBot, window: MainWindow, app: Liaison, tmp_path: Path
) -> None:
    path = tmp_path / "odd.csv"
    path.write_bytes("Kim;Posta kutusu\nIşık Yılmaz;isik@ytb.gov.tr\nBad;nope@\n".encode("cp1254"))
    wizard = _wizard(window)
    wizard.path.setText(str(path))
    with qtbot.waitSignal(wizard.preview_ready, timeout=10_000):
        wizard.next()
    assert "cp1254" in wizard.encoding.currentText()
    for row in range(wizard.columns.rowCount()):
        combo = wizard.columns.cellWidget(row, 1)
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(combo.findData("name" if row == 0 else "emails"))
    with qtbot.waitSignal(wizard.preview_ready, timeout=10_000):
        wizard.next()
    assert wizard.rows.item(0, 3).text() == "Işık Yılmaz"
    assert wizard.rows.item(1, 1).text() == "invalid" and "nope@" in wizard.rows.item(1, 2).text()
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    finish.click()  # invalid rows: nothing is written, the wizard says which
    qtbot.waitUntil(lambda: "Rows 3" in wizard.summary.text(), timeout=10_000)
    assert app.contacts.count() == 0
    wizard.skip_invalid.setChecked(True)
    with qtbot.waitSignal(wizard.imported, timeout=10_000):
        finish.click()
    assert [c["name"] for c in app.contacts.list()] == ["Işık Yılmaz"]


def test_export_dialog_and_the_contact_list_menu(
    qtbot: QtBot, window: MainWindow, app: Liaison, tmp_path: Path
) -> None:
    first = app.contacts.create({"name": "Гүлнара Батырова"})
    app.contacts.create({"name": "Işık Yılmaz"})
    page = window.show_entity("contacts")
    page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10_000)
    page.select(first["id"])
    assert window.transfer.export_selected_action in page.view.actions()
    window.transfer.export_selected_action.trigger()
    dialog = window.transfer.dialog
    assert isinstance(dialog, ExportDialog)
    dialog.format.setCurrentIndex(dialog.format.findData("xlsx"))
    out = tmp_path / "selected.xlsx"
    dialog.path.setText(str(out))
    with qtbot.waitSignal(dialog.exported, timeout=10_000):
        dialog.accept()
    rows = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))
    assert [r[0] for r in rows[1:]] == ["Гүлнара Батырова"]
    window.transfer.export_action.trigger()
    full = window.transfer.dialog
    assert isinstance(full, ExportDialog) and full.what.count() == 5
    full.path.setText(str(tmp_path / "all.vcf"))
    with qtbot.waitSignal(full.exported, timeout=10_000):
        full.accept()
    assert (tmp_path / "all.vcf").read_text(encoding="utf-8").count("BEGIN:VCARD") == 2
