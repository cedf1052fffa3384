"""The briefing dialog's **Papers** tab: what the pack does with the files attached to its
records, and which of them.

The officer chooses **No papers**, **List them in an annex** ("Papers on file": name, kind, size,
date attached, the record it is attached to) or **List them and append the first pages** of the
PDFs (1 to 10 pages each), and ticks the papers (:func:`liaison.briefing.paper_candidates`: the
files of each note's event or bilateral meeting, the event's documents and minutes, and the
plans the note quotes; read on the worker when the notes change). Each line says the file's
kind, size and whether it is on this computer.

- **Unticked, not ticked**: like counterparts, the tab keeps the papers the officer *unticked*
  (``BriefingRequest.excluded_attachments``): the papers of a note added a moment ago, whose list
  is still on its way from the worker, are in the pack, not dropped.
- **Decision — files only on the Secretariat are downloaded first**: with first pages, Make
  preview downloads the ticked PDFs not on this computer before it builds the pack (on the
  worker, as Open does, :func:`liaison.briefing.fetch_papers`), since the officer asked for
  their pages. One that cannot be downloaded (offline, signed out, not on the Secretariat yet)
  does not stop the pack: the annex lists it as not downloaded and the status line says how
  many. A list-only annex needs no bytes and downloads nothing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from liaison.briefing import MAX_FIRST_PAGES, Paper, Papers, Subject, paper_candidates
from liaison.services.app import Liaison
from liaison.services.attachments import size_text
from liaison.ui.briefing_notes import plain_list
from liaison.ui.tasks import Latest, TaskManager

PAPER_ROLE = Qt.ItemDataRole.UserRole


class PapersTab(QWidget):
    """See the module docstring."""

    changed = Signal()
    """What the pack does with its papers changed: the preview is out of date."""

    def __init__(self, services: Liaison, tasks: TaskManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self.excluded: set[str] = set()
        self.papers: list[Paper] = []
        self._reads = Latest(tasks, self)
        self._loaded = False
        self.modes = QButtonGroup(self)
        self.mode_buttons: dict[Papers, QRadioButton] = {}
        for mode in Papers:
            button = QRadioButton(self)
            self.modes.addButton(button)
            self.mode_buttons[mode] = button
        self.mode_buttons[Papers.NONE].setChecked(True)
        self.modes.buttonToggled.connect(self._mode_toggled)
        self.pages = QSpinBox(self)
        self.pages.setRange(1, MAX_FIRST_PAGES)
        self.pages.valueChanged.connect(lambda _value: self.changed.emit())
        self.pages_label = QLabel(self)
        self.pages_label.setBuddy(self.pages)
        self.list_label = QLabel(self)
        self.list_label.setWordWrap(True)
        self.listing = QListWidget(self)
        plain_list(self.listing)
        self.listing.itemChanged.connect(self._paper_toggled)
        self.all_button = QPushButton(self)
        self.all_button.clicked.connect(lambda: self._check_all(True))
        self.none_button = QPushButton(self)
        self.none_button.clicked.connect(lambda: self._check_all(False))
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setEnabled(False)  # the muted colour of a hint
        self._lay_out()
        self._enable()

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        for mode in Papers:
            layout.addWidget(self.mode_buttons[mode])
        pages_form = QFormLayout()
        pages_form.setContentsMargins(24, 0, 0, 0)  # under the first-pages choice it belongs to
        pages_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        pages_form.addRow(self.pages_label, self.pages)
        layout.addLayout(pages_form)
        layout.addWidget(self.list_label)
        layout.addWidget(self.listing, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.all_button)
        buttons.addWidget(self.none_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.hint)

    def retranslate(self) -> None:
        self.mode_buttons[Papers.NONE].setText(self.tr("No papers"))
        self.mode_buttons[Papers.LIST].setText(self.tr("&List them in an annex (Papers on file)"))
        self.mode_buttons[Papers.FIRST_PAGES].setText(
            self.tr("List them and append the &first pages of the PDFs")
        )
        self.pages_label.setText(self.tr("Pa&ges of each PDF:"))
        self.pages.setAccessibleName(self.tr("Pages of each PDF"))
        self.pages.setToolTip(self.tr("How many pages of each chosen PDF follow the pack (1 to 10)"))
        self.list_label.setText(self.tr("Papers attached to the records of these notes:"))
        self.listing.setAccessibleName(self.tr("Papers"))
        self.all_button.setText(self.tr("All papers"))
        self.all_button.setAccessibleName(self.tr("Tick all papers"))
        self.none_button.setText(self.tr("No paper"))
        self.none_button.setAccessibleName(self.tr("Untick all papers"))
        self.hint.setText(
            self.tr(
                "PDFs only on the Secretariat are downloaded when the preview is made; one that cannot "
                "be is listed in the annex as not downloaded. Photos are not papers."
            )
        )
        self._show()

    # -- the choice ---------------------------------------------------------------------------------
    def mode(self) -> Papers:
        for mode, button in self.mode_buttons.items():
            if button.isChecked():
                return mode
        return Papers.NONE

    def set_mode(self, mode: Papers) -> None:
        self.mode_buttons[Papers(mode)].setChecked(True)

    def _mode_toggled(self, _button: QRadioButton, checked: bool) -> None:
        if checked:
            self._enable()
            self._show()  # "downloaded when made" is said only with first pages
            self.changed.emit()

    def _enable(self) -> None:
        mode = self.mode()
        self.pages.setEnabled(mode == Papers.FIRST_PAGES)
        self.pages_label.setEnabled(mode == Papers.FIRST_PAGES)
        for widget in (self.listing, self.list_label, self.all_button, self.none_button):
            widget.setEnabled(mode != Papers.NONE)

    def to_download(self) -> list[str]:
        """The ticked PDFs not on this computer, when their first pages are asked for."""
        if self.mode() != Papers.FIRST_PAGES:
            return []
        return [
            paper.id
            for paper in self.papers
            if paper.path is None and paper.kind == "PDF" and paper.id not in self.excluded
        ]

    # -- the list ------------------------------------------------------------------------------------
    def refresh(self, subjects: tuple[Subject, ...]) -> None:
        """Read the papers of ``subjects`` on the worker (a later call wins)."""
        services = self.services
        self._reads.run(lambda: paper_candidates(services, subjects), self._fill)

    def _fill(self, papers: list[Paper]) -> None:
        self.papers = papers
        self._loaded = True
        self._show()

    def _show(self) -> None:
        self.listing.blockSignals(True)
        self.listing.clear()
        appending = self.mode() == Papers.FIRST_PAGES
        for paper in self.papers:
            if paper.path is not None:
                where = self.tr("on this computer")
            elif paper.missing:  # attached here, never synced, its bytes gone: attach it again
                where = self.tr("missing from this computer — attach it again")
            elif appending and paper.kind == "PDF":
                where = self.tr("on the Secretariat: downloaded when the preview is made")
            else:
                where = self.tr("on the Secretariat")
            item = QListWidgetItem(
                f"{paper.name}\n{paper.kind} · {size_text(paper.size)} · {where}", self.listing
            )
            item.setData(PAPER_ROLE, paper.id)
            item.setToolTip(f"{paper.name}\n{paper.owner_title}")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = paper.id not in self.excluded
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        if self._loaded and not self.papers:
            item = QListWidgetItem(
                self.tr("No papers are attached to the records of these notes."), self.listing
            )
            item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.listing.blockSignals(False)

    def _paper_toggled(self, item: QListWidgetItem) -> None:
        paper_id = item.data(PAPER_ROLE)
        if paper_id is None:
            return
        if item.checkState() == Qt.CheckState.Checked:
            self.excluded.discard(paper_id)
        else:
            self.excluded.add(paper_id)
        self.changed.emit()

    def _check_all(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for row in range(self.listing.count()):
            item = self.listing.item(row)
            if item.data(PAPER_ROLE) is not None:
                item.setCheckState(state)
