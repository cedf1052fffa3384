"""What can go wrong in a sync, as errors the officer is shown (the desktop and the command line
both catch :class:`SyncError` and show :meth:`~liaison.errors.KnownError.message`).

Each says what happened and what is safe: a failed sync never loses a local change (the outbox
is cleared only for what the server confirmed), so most messages say the changes are kept.
"""

from __future__ import annotations

from liaison.errors import KnownError
from liaison.i18n import QT_TRANSLATE_NOOP


class SyncError(KnownError):
    """Any failure of login, sync or logout."""

    template = QT_TRANSLATE_NOOP("Errors", "Sync failed; your changes are kept.")


class NotLoggedInError(SyncError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "This data folder is not connected to a Secretariat server yet: log in first."
    )


class TrainingRecordError(SyncError):
    """This data folder is a training record (the sample): it never syncs."""

    template = QT_TRANSLATE_NOOP(
        "Errors",
        "This is the training record (sample data); it never syncs with the Secretariat. "
        "Open your own record to sync.",
    )


class LoginRequiredError(SyncError):
    """The server no longer accepts the device token (revoked, or the user was), or the token
    is gone (it lived in memory only, and this is a new session)."""

    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The Secretariat server at {url} needs you to log in again ({reason}). "
        "Your changes are kept and will be sent after you log in.",
    )


class WrongCredentialsError(SyncError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "The Secretariat server refused the user name or the password ({message})."
    )


class BadServerAddressError(SyncError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "“{url}” is not a server address; write it as https://host or https://host:port."
    )


class InsecureServerError(SyncError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "Refusing to talk to {url} over plain http://: use https:// (plain http is allowed only "
        "to this computer, for testing).",
    )


class CaFileError(SyncError):
    template = QT_TRANSLATE_NOOP("Errors", "The certificate authority file {path} cannot be used: {reason}")


class OfflineError(SyncError):
    """The server cannot be reached: no network, a wrong address, the server is down, or it
    stopped answering. Retried with backoff before this is raised."""

    template = QT_TRANSLATE_NOOP(
        "Errors",
        "Cannot reach the Secretariat server at {url} ({reason}). "
        "Your changes are kept and will be sent at the next sync.",
    )


class CertificateError(SyncError):
    """The server's certificate was refused: signed by an authority this computer does not trust,
    issued for another name, expired. Never retried and never bypassed."""

    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The server at {url} did not prove it is the Secretariat's ({reason}); nothing was sent. "
        "If the Secretariat uses its own certificate authority, log in again with its CA file.",
    )


class ClientTooOldError(SyncError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The Secretariat server needs a newer version of Liaison: please update Liaison. "
        "Your changes are kept. ({message})",
    )


class MassDeleteError(SyncError):
    """A pull would delete more than the guard allows; nothing of it was applied. Sync again
    with the officer's confirmation (``allow_mass_delete=True``, ``liaison sync --yes``)."""

    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The server's changes would delete {count} of the {total} records on this computer; "
        "nothing was deleted. If that is expected, confirm and sync again.",
    )

    def __init__(self, count: int, total: int) -> None:
        self.count = count
        self.total = total
        super().__init__(count=count, total=total)


class ServerError(SyncError):
    """The server failed (5xx, still failing after the retries), or answered something that is
    not the protocol (a proxy's page)."""

    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The Secretariat server failed ({status}: {message}). Your changes are kept; try again later.",
    )


class ServerWentBackError(SyncError):
    """The server's sequence number is below this folder's cursor: its database went back in time
    (restored from a backup). Handled by the sync itself (``liaison.sync.restore``), which
    repairs and syncs again; never shown as such."""

    template = QT_TRANSLATE_NOOP(
        "Errors", "The Secretariat server went back in time (restored from a backup); sync again."
    )

    def __init__(self, *, server_seq: int, cursor: int) -> None:
        self.server_seq = server_seq
        self.cursor = cursor
        super().__init__()


class ServerRefusedError(SyncError):
    """A 4xx the client cannot fix by itself (a bug on one side, or a forbidden operation);
    ``status`` and ``code`` (the error body's) say which."""

    template = QT_TRANSLATE_NOOP(
        "Errors", "The Secretariat server refused the request ({status}: {message})."
    )

    def __init__(self, *, status: int, message: str, code: str = "") -> None:
        self.status = status
        self.code = code
        super().__init__(status=status, message=message)


class ConflictNotYoursError(SyncError):
    """The officer marked resolved a conflict that only its author and officers of the record's
    owner institution may resolve (the server answers 403). It stays open in the inbox."""

    template = QT_TRANSLATE_NOOP(
        "Errors",
        "Only {author}, whose change it is, and officers of the institution that owns “{title}” "
        "may resolve this conflict. It stays in your conflict inbox.",
    )


class SyncCancelledError(SyncError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "Sync was cancelled; what was exchanged before is saved, the rest is kept for later."
    )


class SyncBusyError(SyncError):
    template = QT_TRANSLATE_NOOP("Errors", "A sync of this data folder is already running.")


class KeyringError(SyncError):
    template = QT_TRANSLATE_NOOP("Errors", "The system keyring failed: {reason}")


class FileNotOnServerError(SyncError):
    """A file's bytes the server does not give this officer (404): not uploaded yet by the
    laptop that attached it, or no longer theirs to see."""

    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The file {name} cannot be downloaded from the Secretariat: it is not there yet (the "
        "laptop that attached it has not synced since) or no longer yours to see. Try again later.",
    )


class FileDamagedOnTheWayError(SyncError):
    """The server found that an uploaded file's bytes do not hash to its name (422)."""

    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The file {name} arrived damaged at the Secretariat (its SHA-256 did not match) and was not "
        "kept; it is sent again at the next sync. Your record is unchanged.",
    )
