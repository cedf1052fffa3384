"""The briefing dialog's **Options** tab: the sections to print, the marking and the pack's title."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from liaison.briefing import MARKINGS, Section
from liaison.i18n import QT_TRANSLATE_NOOP

SECTION_LABELS: dict[Section, str] = {
    Section.AGENDA: QT_TRANSLATE_NOOP("BriefingDialog", "Agenda (or topics)"),
    Section.DELEGATIONS: QT_TRANSLATE_NOOP("BriefingDialog", "Delegations (or parties)"),
    Section.COUNTERPARTS: QT_TRANSLATE_NOOP("BriefingDialog", "Counterpart profiles"),
    Section.TALKING_POINTS: QT_TRANSLATE_NOOP("BriefingDialog", "Talking points"),
    Section.PLAN: QT_TRANSLATE_NOOP("BriefingDialog", "Joint Action Plan activities"),
    Section.MINUTES: QT_TRANSLATE_NOOP("BriefingDialog", "Last minutes (annex)"),
}


class OptionsTab(QWidget):
    """Sections (all ticked at first), the marking (offered, or typed) and the title."""

    changed = Signal()
    """An option changed: the preview is out of date."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        options = QVBoxLayout(self)
        self.sections_box = QGroupBox(self)
        sections_layout = QVBoxLayout(self.sections_box)
        self.section_boxes: dict[Section, QCheckBox] = {}
        for section in Section:
            box = QCheckBox(self.sections_box)
            box.setChecked(True)
            box.toggled.connect(lambda *_: self.changed.emit())
            sections_layout.addWidget(box)
            self.section_boxes[section] = box
        form = QFormLayout()
        self.marking = QComboBox(self)
        self.marking.setEditable(True)
        self.marking.addItems(list(MARKINGS))
        self.marking.currentTextChanged.connect(lambda *_: self.changed.emit())
        self.title_edit = QLineEdit(self)
        self.title_edit.textChanged.connect(lambda *_: self.changed.emit())
        self.marking_label = QLabel(self)
        self.marking_label.setBuddy(self.marking)
        self.title_label = QLabel(self)
        self.title_label.setBuddy(self.title_edit)
        form.addRow(self.marking_label, self.marking)
        form.addRow(self.title_label, self.title_edit)
        options.addWidget(self.sections_box)
        options.addLayout(form)
        options.addStretch(1)

    def retranslate(self) -> None:
        self.sections_box.setTitle(self.tr("Sections (the cover is always there)"))
        for section, box in self.section_boxes.items():
            box.setText(QCoreApplication.translate("BriefingDialog", SECTION_LABELS[section]))
        self.marking.setToolTip(
            self.tr("Printed at the top and bottom of every page; type any other marking")
        )
        self.title_edit.setPlaceholderText(self.tr("Where the trip goes (for a pack of several notes)"))
        self.marking_label.setText(self.tr("&Marking:"))
        self.title_label.setText(self.tr("&Title:"))

    def sections(self) -> frozenset[Section]:
        return frozenset(section for section, box in self.section_boxes.items() if box.isChecked())
