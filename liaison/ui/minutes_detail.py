"""The lower half of the minutes panel: the selected minutes' status (agreed: read-only), a
read-only preview of their entries, and their log (who agreed or reopened them, when, why), with
the read that gathers them (:func:`read_minutes_detail`, run on the database worker)."""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QStyle,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from liaison.services.app import Liaison
from liaison.services.entities import MINUTES, MINUTES_LOG
from liaison.services.records import Record
from liaison.ui.i18n import choice_labels, format_date
from liaison.ui.language import Retranslating


@dataclass(frozen=True)
class PreviewEntry:
    title: str  # the agenda item's title, else the entry's heading
    heading: str | None  # the entry's own heading when it differs from the title
    notes: str | None
    decisions: str | None


@dataclass(frozen=True)
class MinutesDetail:
    """What the lower half of the panel shows about one set of minutes."""

    minutes: Record
    log: tuple[Record, ...]
    entries: tuple[PreviewEntry, ...]


def read_minutes_detail(services: Liaison, minutes_id: str) -> MinutesDetail:
    """The minutes, their log (oldest first) and entries (in order), in one read."""
    with services.minutes.read() as session:
        minutes = services.minutes.get_in(session, minutes_id)
        log = services.minutes_log.list_in(session, {"minutes_id": minutes_id}, order_by=["at"])
        entries = services.minutes_entries.list_in(session, {"minutes_id": minutes_id})
        agenda_ids = {entry["agenda_item_id"] for entry in entries if entry.get("agenda_item_id")}
        titles = {
            item["id"]: item["title"]
            for item in services.agenda.list_in(session, {"id": agenda_ids}, include_deleted=True)
        }
    preview = []
    for entry in entries:
        agenda_title = titles.get(entry.get("agenda_item_id") or "")
        heading = entry.get("heading")
        title = agenda_title or heading or ""
        preview.append(
            PreviewEntry(
                title=title,
                heading=heading if heading and heading != title else None,
                notes=entry.get("notes"),
                decisions=entry.get("decisions"),
            )
        )
    return MinutesDetail(minutes, tuple(log), tuple(preview))


def escaped(value: Any) -> str:
    """``value`` as text for the preview's HTML."""
    return html.escape(str(value), quote=True)


def _paragraphs(text: str) -> str:
    return "".join(f"<p>{escaped(part).replace(chr(10), '<br>')}</p>" for part in text.strip().split("\n\n"))


def _local(moment: datetime) -> datetime:
    """A stored (naive UTC) moment in the computer's time zone, for display."""
    return moment.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


class MinutesDetailView(Retranslating, QWidget):
    """What the :class:`~liaison.ui.minutes_panel.MinutesPanel` shows of the selected minutes."""

    LOG_COLUMNS = 4

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The read-only notice, in the palette's tool-tip colours (a theme's "note" colours).
        self.banner = QFrame(self)
        self.banner.setObjectName("minutesReadOnlyBanner")
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner.setAutoFillBackground(True)
        self.banner.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.banner.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.banner_icon = QLabel(self.banner)
        self.banner_icon.setForegroundRole(QPalette.ColorRole.ToolTipText)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        lock = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
        self.banner_icon.setPixmap(lock.pixmap(size, size))
        self.banner_text = QLabel(self.banner)
        self.banner_text.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.banner_text.setWordWrap(True)
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.setContentsMargins(8, 6, 8, 6)
        banner_layout.addWidget(self.banner_icon, 0, Qt.AlignmentFlag.AlignTop)
        banner_layout.addWidget(self.banner_text, 1)
        self.banner.hide()

        self.preview = QTextBrowser(self)
        self.preview.setOpenLinks(False)
        self.preview.document().setDocumentMargin(10)

        self.log_label = QLabel(self)
        self.log = QTreeWidget(self)
        self.log.setColumnCount(self.LOG_COLUMNS)
        self.log.setRootIsDecorated(False)
        self.log.setAlternatingRowColors(True)
        self.log.header().setStretchLastSection(True)
        self.log_label.setBuddy(self.log)
        rows = self.log.fontMetrics().height() + 6
        self.log.setMaximumHeight(rows * 6)  # a few lines; the entries get the room

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.log_label)
        layout.addWidget(self.log)
        self.retranslate()

    def retranslate(self) -> None:
        """The fixed texts (the panel shows its detail again on the same language change)."""
        self.banner_text.setAccessibleName(self.tr("Minutes status"))
        self.preview.setAccessibleName(self.tr("Preview of the minutes"))
        self.log_label.setText(self.tr("&Log"))
        self.log.setHeaderLabels([self.tr("When"), self.tr("Action"), self.tr("By"), self.tr("Reason")])
        self.log.setAccessibleName(self.tr("Log of the minutes"))

    def show_detail(self, detail: MinutesDetail | None, placeholder: str) -> None:
        """Show ``detail``; None: no minutes chosen, ``placeholder`` says what to do."""
        self.log.clear()
        if detail is None:
            self.banner.hide()
            self.log.hide()
            self.log_label.hide()
            self.preview.setHtml(placeholder)
            return
        minutes = detail.minutes
        if minutes["status"] == "agreed":
            when = (
                format_date(minutes["agreed_on"]) if minutes.get("agreed_on") else self.tr("an unknown date")
            )
            self.banner_text.setText(
                self.tr("Agreed on %1 — read-only. Reopen to change.").replace("%1", when)
            )
            self.banner.show()
        else:
            self.banner.hide()
        actions = choice_labels(MINUTES_LOG.name, MINUTES_LOG.field("action"))
        for row in detail.log:
            item = QTreeWidgetItem(
                [
                    format_date(_local(row["at"])) if row.get("at") else "",
                    actions.get(row["action"], row["action"]),
                    row.get("by_name") or "",
                    row.get("reason") or "",
                ]
            )
            item.setToolTip(3, row.get("reason") or "")
            self.log.addTopLevelItem(item)
        for column in range(self.LOG_COLUMNS - 1):
            self.log.resizeColumnToContents(column)
        self.log.setVisible(bool(detail.log))  # drafts never agreed have no log: the entries get the room
        self.log_label.setVisible(bool(detail.log))
        self.preview.setHtml(self._preview_html(detail))

    def _preview_html(self, detail: MinutesDetail) -> str:
        minutes = detail.minutes
        status = choice_labels(MINUTES.name, MINUTES.field("status")).get(
            minutes["status"], minutes["status"]
        )
        title = MINUTES.title(minutes) or self.tr("Untitled minutes")  # (lupdate skips f-strings)
        parts = [f"<h3>{escaped(title)}</h3>"]
        parts.append(f"<p><i>{escaped(status)}</i></p>")
        if minutes.get("summary"):
            parts.append(_paragraphs(minutes["summary"]))
        if not detail.entries:
            empty = self.tr("No entries yet. Take notes in meeting mode.")
            parts.append(f"<p><i>{escaped(empty)}</i></p>")
        for number, entry in enumerate(detail.entries, start=1):
            title = entry.title or self.tr("Other business")
            parts.append(f"<h4>{number}. {escaped(title)}</h4>")
            if entry.heading:
                parts.append(f"<p><i>{escaped(entry.heading)}</i></p>")
            if entry.notes:
                parts.append(_paragraphs(entry.notes))
            if entry.decisions:
                label = escaped(self.tr("Decisions:"))
                parts.append(f"<p><b>{label}</b></p><blockquote>{_paragraphs(entry.decisions)}</blockquote>")
        return "".join(parts)
