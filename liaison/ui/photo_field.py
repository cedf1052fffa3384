"""A contact's photo in the editor: the field (:class:`ImageWidget`) and what it is told about a
photo whose bytes are not on this computer (:class:`StoredPhoto`).

The contact's record holds the photo's bytes only when they are here and sound; a photo whose
bytes are on the Secretariat (not downloaded yet), were set aside as damaged, or are missing
reads as no bytes at all. The field says which it is ("The photo is on the Secretariat (48 KB),
not downloaded to this computer yet." with **Download**; "…damaged…: choose the photo again"),
and **Remove** removes such a photo too (a tombstone that syncs, as any removal). Downloading
runs on the database worker through ``services.attachments.ensure_local`` — the path Open takes
in the Files tab (the sync layer's downloader, or the error saying why it cannot).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton, QWidget

from liaison.services.app import Liaison
from liaison.services.attachments import UnreadableFileError, reason_text, size_text
from liaison.services.contact_photos import PhotoState, PhotoWhere
from liaison.services.fields import Field
from liaison.services.records import Record
from liaison.ui.fields import FieldWidget
from liaison.ui.language import Retranslating
from liaison.ui.tasks import Op, TaskManager, show_error

PHOTO = "photo"


class ImageWidget(Retranslating, FieldWidget):
    """The photo: Choose…, Remove, and — for a photo whose bytes are only on the Secretariat —
    Download.

    Decision — how the field learns about a photo that is not here: its value stays what the
    record dict holds (the bytes, or ``None``), the contract the export, the vCard, the briefing
    and the sync read, so nothing new travels in the record. Beside it, the editor calls
    :meth:`show_stored` after loading a contact without bytes, with what
    ``attachments.photo_state`` found (:class:`StoredPhoto` asks on the worker). Removing such a
    photo leaves the value ``None`` — equal to the record's, so no change by the usual
    comparison — and :meth:`clears_stored` tells the editor to send ``photo: None`` all the
    same. An unchanged photo that is not here is therefore never sent, and saving other fields
    never deletes it."""

    download_requested = Signal(dict)
    """The officer asked to download the photo: its attachment record."""

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self._data: bytes | None = None
        self._stored: PhotoState | None = None
        self._remove_stored = False
        self._downloading = False
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.choose = QPushButton(self)
        self.download = QPushButton(self)
        self.remove = QPushButton(self)
        self._layout.addWidget(self.label, 1)
        self._layout.addWidget(self.choose)
        self._layout.addWidget(self.download)
        self._layout.addWidget(self.remove)
        self.choose.clicked.connect(self._choose)
        self.download.clicked.connect(self._download)
        self.remove.clicked.connect(self._remove)
        self.setFocusProxy(self.choose)
        self.retranslate()

    def retranslate(self) -> None:
        self.choose.setText(self.tr("Choose…"))
        self.remove.setText(self.tr("Remove"))
        self.download.setText(self.tr("Download"))
        self.download.setAccessibleName(self.tr("Download the photo from the Secretariat"))
        self.download.setToolTip(self.download.accessibleName())
        self._show_state()

    def _line(self) -> str:
        stored = self._stored
        if self._data:
            return self.tr("A photo is attached.")
        if stored is None or self._remove_stored:
            return self.tr("No photo.")
        if self._downloading:
            return self.tr("Downloading the photo from the Secretariat…")
        if stored.where is PhotoWhere.ON_THE_SECRETARIAT:
            return self.tr(
                "The photo is on the Secretariat (%1), not downloaded to this computer yet."
            ).replace("%1", size_text(stored.size or 0))
        if stored.where is PhotoWhere.DAMAGED:
            return self.tr(
                "The photo's file on this computer was damaged, so it was set aside and is not used. Choose the photo again to fix it."  # noqa: E501 - one literal for Qt Linguist
            )
        if stored.where is PhotoWhere.MISSING:
            return self.tr(
                "The photo's file is missing from this computer and never reached the Secretariat. Choose the photo again."  # noqa: E501 - one literal for Qt Linguist
            )
        return self.tr("A photo is attached.") if stored.where is PhotoWhere.HERE else self.tr("No photo.")

    def _show_state(self) -> None:
        self.label.setText(self._line())
        stored = self._stored
        offer = not self._data and not self._remove_stored and stored is not None and stored.downloadable
        self.download.setVisible(offer)
        self.download.setEnabled(not self._downloading)

    def _set(self, value: Any) -> None:
        self._data = value if isinstance(value, bytes) else None
        self._stored = None
        self._remove_stored = False
        self._downloading = False
        self._show_state()

    def show_stored(self, state: PhotoState | None) -> None:
        """What is stored for the record shown when its value holds no bytes (see the class's
        docstring); ``None``: nothing known beyond the value."""
        self._stored = state
        self._remove_stored = False
        self._downloading = False
        self._show_state()

    def clears_stored(self) -> bool:
        """The officer removed a photo the value never held (its bytes not here)."""
        return self._data is None and self._remove_stored

    def _choose(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a photo"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if not path:
            return
        try:
            with open(path, "rb") as handle:
                data = handle.read()
        except OSError as error:  # gone since it was picked, a folder, no permission…
            show_error(self, UnreadableFileError(name=Path(path).name, reason=reason_text(error)))
            return
        self._data = data
        self._show_state()
        self._emit()

    def _download(self) -> None:
        stored = self._stored
        if stored is None or stored.attachment is None or not stored.downloadable or self._downloading:
            return
        self._downloading = True
        self._show_state()
        self.download_requested.emit(dict(stored.attachment))

    def download_failed(self) -> None:
        """The download did not come: Download is offered again."""
        self._downloading = False
        self._show_state()

    def _remove(self) -> None:
        stored = self._stored
        self._data = None
        self._remove_stored = stored is not None and stored.attachment is not None
        self._show_state()
        self._emit()

    def value(self) -> Any:
        return self._data


class StoredPhoto(QObject):
    """The editor's part for a contact's photo that is not here: asks ``photo_state`` on the
    worker when a contact without photo bytes is loaded and tells the field, and downloads the
    photo when the field asks (``ensure_local`` on the worker, then the contact's photo read
    again). An answer for a contact no longer shown, or for a field edited since, is dropped."""

    downloaded = Signal(str, bytes)
    """The photo of this contact (its id) was downloaded: its bytes, as the record now holds them."""

    def __init__(self, services: Liaison, tasks: TaskManager, widget: ImageWidget) -> None:
        super().__init__(widget)
        self.services = services
        self.tasks = tasks
        self.widget = widget
        self.contact_id: str | None = None
        widget.download_requested.connect(self.download)

    def load(self, record: Record | None) -> None:
        """After the editor shows ``record`` (``None``: a new contact)."""
        self.contact_id = None if record is None else str(record["id"])
        if record is None or record.get(PHOTO):
            return  # nothing stored yet, or the bytes are here: the value says it
        self._ask(self.contact_id)

    def _ask(self, contact_id: str | None) -> None:
        if contact_id is None:
            return
        attachments = self.services.attachments

        def show(state: PhotoState) -> None:
            if (
                self.contact_id == contact_id
                and self.widget.value() is None
                and not self.widget.clears_stored()
            ):
                self.widget.show_stored(state)

        Op(self.tasks, self.widget, lambda: attachments.photo_state(contact_id)).success(show).run()

    def download(self, attachment: dict[str, Any]) -> None:
        contact_id = self.contact_id
        if contact_id is None:
            return
        attachments, contacts = self.services.attachments, self.services.contacts

        def work() -> bytes | None:
            attachments.ensure_local(attachment)  # the sync layer's downloader, as Open
            photo = contacts.get(contact_id).get(PHOTO)  # read and checked as the record reads it
            return photo if isinstance(photo, bytes) else None

        def done(photo: bytes | None) -> None:
            if self.contact_id != contact_id:
                return
            if photo is None:  # not sound after all: say what it is now
                self._ask(contact_id)
                return
            self.downloaded.emit(contact_id, photo)

        def failed(error: BaseException) -> None:
            show_error(self.widget, error)
            if self.contact_id == contact_id:
                self.widget.download_failed()

        Op(self.tasks, self.widget, work).success(done).failure(failed).run()
