"""Once, at start: offer to remove the sample records an older version loaded into the officer's
own record (see :mod:`liaison.services.old_sample`). The search runs on the database worker;
nothing is asked when there is nothing to remove, and the question is never asked again,
whatever the answer (``liaison demo --remove-old`` does the same on the command line)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from liaison.i18n import Context
from liaison.services.old_sample import OFFERED, OldSample, find_old_sample, remove_old_sample
from liaison.ui.tasks import Op, show_error

if TYPE_CHECKING:
    from liaison.ui.main_window import MainWindow


class OldSampleOffer(Context):
    """The question's strings (a context lupdate reads, plural forms included)."""


def offer_old_sample_removal(window: MainWindow) -> None:
    services = window.services
    if services is None or services.store.read_only:
        return

    def look() -> OldSample | None:
        if services.settings.is_training() or services.settings.get(OFFERED):
            return None
        found = find_old_sample(services)
        if not found.found:
            services.settings.set(OFFERED, True)  # nothing there: never looked for again
        return found

    Op(window.tasks, window, look).success(lambda found: _ask(window, found)).run()


def _ask(window: MainWindow, found: OldSample | None) -> None:
    if found is None or not found.found:
        return
    services = window.services
    assert services is not None
    box = QMessageBox(
        QMessageBox.Icon.Question,
        OldSampleOffer.tr("Sample records in your record"),
        "",
        parent=window,
    )
    box.setText(
        OldSampleOffer.tr(
            "An earlier version of Liaison loaded the sample data (fictional officers, the Bishkek meeting…) into your own record. %n sample record(s) that you have not changed can be removed.",  # noqa: E501 - one literal for Qt Linguist
            None,
            len(found.removable),
        )
    )
    details = []
    if found.kept:
        details.append(
            OldSampleOffer.tr(
                "Kept: %n record(s) you changed or that your own records refer to:",
                None,
                len(found.kept),
            )
        )
        details.extend(f"• {title}" for _entity, _id, title, _why in found.kept[:10])
        if len(found.kept) > 10:
            details.append("…")
    details.append(
        OldSampleOffer.tr(
            "The sample stays available in the training record (File → Open the training record…).",
        )
    )
    box.setInformativeText("\n".join(details))
    remove = box.addButton(OldSampleOffer.tr("&Remove them"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(OldSampleOffer.tr("&Keep them"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(remove)
    window.old_sample_box = box

    def answered() -> None:
        window.old_sample_box = None
        chosen = box.clickedButton() is remove
        box.deleteLater()
        if not chosen:
            Op(window.tasks, window, lambda: services.settings.set(OFFERED, True)).run()
            return

        def done(result: OldSample) -> None:
            for page in window.pages.built.values():
                page.reload()
            window.statusBar().showMessage(
                OldSampleOffer.tr("Removed %n sample record(s).", None, result.removed)
                + (
                    " " + OldSampleOffer.tr("Kept %n you changed or linked to.", None, len(result.kept))
                    if result.kept
                    else ""
                ),
                10000,
            )

        Op(window.tasks, window, lambda: remove_old_sample(services)).success(done).failure(
            lambda error: show_error(window, error)
        ).run()

    box.finished.connect(lambda _code: answered())
    box.open()
