"""The lazy table model: Qt's model checks, paging, sorting, filtering, reference names."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from liaison.services.app import Liaison
from liaison.ui.models import ID_ROLE, RecordTableModel


def make_contacts(app: Liaison, count: int) -> str:
    home = app.institutions.create({"name": "Presidency for Turks Abroad", "short_name": "YTB"})
    app.contacts.create_many(
        [
            {"name": f"Delegate {n:04d}", "institution_id": home["id"], "state_code": "TR"}
            for n in range(count)
        ]
    )
    return str(home["id"])


def test_model_passes_qt_model_checks(app: Liaison, qtmodeltester: object) -> None:
    make_contacts(app, 30)
    model = RecordTableModel(app, "contacts", ["name", "institution_id", "state_code"], sortable=["name"])
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    model.sort(0, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_rows_arrive_a_page_at_a_time(app: Liaison) -> None:
    make_contacts(app, RecordTableModel.PAGE * 2 + 10)
    model = RecordTableModel(app, "contacts", ["name"], sortable=["name"])
    assert model.rowCount() == 0 and model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == RecordTableModel.PAGE
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == RecordTableModel.PAGE * 2 + 10
    assert not model.canFetchMore(QModelIndex())
    names = [model.data(model.index(row, 0)) for row in range(model.rowCount())]
    assert names == sorted(names)


def test_reference_columns_show_names_and_choices_show_labels(app: Liaison) -> None:
    make_contacts(app, 3)
    model = RecordTableModel(app, "contacts", ["name", "institution_id", "state_code"])
    model.fetchMore(QModelIndex())
    assert model.data(model.index(0, 1)) == "Presidency for Turks Abroad (YTB)"
    assert model.data(model.index(0, 2)) == "Türkiye"
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Institution"
    assert model.data(model.index(0, 0), ID_ROLE) == model.record(0)["id"]


def test_sorting_only_by_indexed_columns(app: Liaison) -> None:
    make_contacts(app, 5)
    model = RecordTableModel(app, "contacts", ["name", "state_code"], sortable=["name"])
    model.sort(0, Qt.SortOrder.DescendingOrder)
    model.fetchMore(QModelIndex())
    assert model.data(model.index(0, 0)) == "Delegate 0004"
    model.sort(1, Qt.SortOrder.AscendingOrder)  # not sortable: nothing changes
    assert model.data(model.index(0, 0)) == "Delegate 0004"


def test_filter_and_refresh_follow_the_database(app: Liaison) -> None:
    home = make_contacts(app, 5)
    model = RecordTableModel(app, "contacts", ["name"])
    model.set_filter({"institution_id": home})
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 5
    first = model.record(0)
    app.contacts.delete(first["id"])
    model.refresh()
    assert model.rowCount() == 4 and model.row_of(first["id"]) == -1
