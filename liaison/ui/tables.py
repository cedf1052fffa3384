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
    # Long titles keep their beginning and their end ("5th Meeting of the … of the OTS"); the
    # whole text is the cell's tooltip (the models give it).
    view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
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


FIT_MAX = 170
"""The widest a column other than the title grows when it is fitted to its content."""


TITLE_WIDTH = (220, 380)
"""The title column, fitted: at least this, at most that (the other columns scroll beside it)."""


def fit_columns(view: QTableView, columns: Sequence[str]) -> None:
    """Fit the columns to the rows loaded: the title column between :data:`TITLE_WIDTH`, the
    others at most :data:`FIT_MAX` pixels (a long name is elided in the middle, and whole in its
    tooltip); the last column takes what room is left."""
    header = view.horizontalHeader()
    for number, _column in enumerate(columns):
        wide = header.sectionResizeMode(number) == QHeaderView.ResizeMode.Stretch
        if wide:
            header.setSectionResizeMode(number, QHeaderView.ResizeMode.Interactive)
        view.resizeColumnToContents(number)
        low, high = TITLE_WIDTH if wide else (0, FIT_MAX)
        header.resizeSection(number, max(low, min(header.sectionSize(number), high)))
    header.setStretchLastSection(True)
