"""The question asked when an officer makes private a record others already have.

A shared record (the institution's, or everyone's) that reached the Secretariat is on
colleagues' computers. Making it private, the officer chooses what happens to those copies:

- **Withdraw it from the others** (Alt+W): it is removed, with what it holds (an event's
  agenda and minutes, a contact's posts), from every other officer's record at their next sync
  (their unsent edits of it are kept in their conflict inbox); it stays here, private, with its
  history.
- **Keep their copies** (Alt+K, and Enter): they keep the version they have; what is written
  from now on stays on this computer. Nothing leaves and nothing disappears: the default.
- **Cancel** (Esc): nothing is saved; the form keeps what was typed.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

WITHDRAW = "withdraw"
KEEP = "keep"


class GoingPrivateDialog(QMessageBox):
    """Withdraw, keep, or cancel (see the module docstring); :meth:`choice` after ``exec``."""

    def __init__(self, parent: QWidget | None, title: str, visibility: str) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Make the record private"))
        self.setAccessibleName(self.tr("Make the record private"))
        self.setText(self.tr("Make “%1” private?").replace("%1", title))
        who = (
            self.tr("Officers of your institution already have it.")
            if visibility == "institution"
            else self.tr("Every officer who syncs with the Secretariat may already have it.")
        )
        self.setInformativeText(
            who
            + " "
            + self.tr(
                "Withdraw it: it is removed, with what it holds, from their computers at their next "
                "sync and stays here, private, with its history. Keep their copies: they keep the "
                "version they have, and what you write from now on stays on this computer."
            )
        )
        self.setAccessibleDescription(self.informativeText())
        self.withdraw = self.addButton(
            self.tr("&Withdraw it from the others"), QMessageBox.ButtonRole.AcceptRole
        )
        self.withdraw.setAccessibleName(self.tr("Withdraw it from the others"))
        self.withdraw.setAccessibleDescription(
            self.tr("Removed from the other officers' computers at their next sync; kept here")
        )
        self.keep = self.addButton(self.tr("&Keep their copies"), QMessageBox.ButtonRole.AcceptRole)
        self.keep.setAccessibleName(self.tr("Keep their copies"))
        self.keep.setAccessibleDescription(self.tr("They keep the version they have; later edits stay here"))
        self.cancel = self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.keep)
        self.setEscapeButton(self.cancel)

    def choice(self) -> str | None:
        """``WITHDRAW``, ``KEEP``, or ``None`` (cancelled: nothing is saved)."""
        clicked: QAbstractButton | None = self.clickedButton()
        if clicked is self.withdraw:
            return WITHDRAW
        if clicked is self.keep:
            return KEEP
        return None


def ask_going_private(parent: QWidget | None, title: str, visibility: str) -> str | None:
    """Ask (modal); ``WITHDRAW``, ``KEEP`` or ``None`` for cancel."""
    dialog = GoingPrivateDialog(parent, title, visibility)
    dialog.exec()
    return dialog.choice()
