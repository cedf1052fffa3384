"""How record tables look: one line per row, fixed heights, the title column taking the room."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableView

WIDE_COLUMNS = ("title", "name")


def configure_table(view: QTableView, columns: Sequence[str]) -> None:
    """One line per row, fixed row height (cheap for a million rows), the title column wide.
    Tab leaves the table for the next control (Qt's tables move from cell to cell with it, and
    with whole-row selection that changed the record, so the editor was out of the keyboard's
    reach); the arrows move within it."""
    view.setTabKeyNavigation(False)
    view.verticalHeader().hide()
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    rows = view.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(view.fontMetrics().height() + 10)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setDefaultSectionSize(130)
    header.setStretchLastSection(False)
    wide = next((n for n, column in enumerate(columns) if column in WIDE_COLUMNS), len(columns) - 1)
    header.setSectionResizeMode(wide, QHeaderView.ResizeMode.Stretch)
    for number, column in enumerate(columns):
        if column == "number":  # models.NUMBER: a narrow column of 1, 2, 3…
            header.setSectionResizeMode(number, QHeaderView.ResizeMode.ResizeToContents)
