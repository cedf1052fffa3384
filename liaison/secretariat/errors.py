"""What the Secretariat's administrator can get wrong, each with a one-line message, and what
the HTTP API refuses to an officer although the request is well formed.

The admin command prints :meth:`~liaison.errors.KnownError.message` and exits with
:data:`EXIT_USAGE`-style codes (see :mod:`liaison.secretariat.cli`); never a traceback. A
:class:`RequestRefusedError` becomes its HTTP ``status`` with the protocol's error body (see
:mod:`liaison.secretariat.app`); the server speaks English, the client words its own message.
"""

from __future__ import annotations

from liaison.errors import KnownError
from liaison.protocol.constants import SERVER_RESTORED


class SecretariatError(KnownError):
    """A failure of the server's administration with a message for the administrator."""

    exit_code = 1


class DatabaseUnavailableError(SecretariatError):
    template = "Cannot use the database {url}: {reason}"
    exit_code = 3


class ServerExtraMissingError(SecretariatError):
    template = "This needs the server's libraries ({module} is not installed): pip install 'liaison[server]'"
    exit_code = 2


class BadDatabaseUrlError(SecretariatError):
    template = "Unsupported database URL {url}: use sqlite:///PATH, a file path, or postgresql://..."
    exit_code = 2


class NotInitialisedError(SecretariatError):
    template = "The database {url} is not a Liaison Secretariat database yet: run 'init' first."
    exit_code = 3


class SchemaMismatchError(SecretariatError):
    template = (
        "The database {url} has schema version {found}; this server needs version {needed} "
        "('init' upgrades an older database in place)."
    )
    exit_code = 3


class UnknownStateError(SecretariatError):
    template = "State: “{code}” is not one of {codes}."
    exit_code = 2


class InvalidNameError(SecretariatError):
    template = "{field}: {reason}"
    exit_code = 2


class DuplicateInstitutionError(SecretariatError):
    template = "An institution named “{name}” already exists."


class UnknownInstitutionError(SecretariatError):
    template = "There is no institution named “{name}”."


class DuplicateUserError(SecretariatError):
    template = "A user named “{username}” already exists."


class UnknownUserError(SecretariatError):
    template = "There is no user named “{username}”."


class WeakPasswordError(SecretariatError):
    template = "Password: {reason}"
    exit_code = 2


class CertificateError(SecretariatError):
    template = "Cannot use the certificate {path}: {reason}"
    exit_code = 2


class ServeError(SecretariatError):
    template = "Cannot serve on {host}:{port}: {reason}"


class WorkersNeedPostgresError(SecretariatError):
    template = (
        "--workers {workers}: several processes need PostgreSQL; on SQLite run one process "
        "(one writer at a time on one file: more processes would only queue for it)."
    )
    exit_code = 2


class BackupNotSupportedError(SecretariatError):
    template = (
        "backup copies SQLite databases only; back PostgreSQL up with its own tool: "
        "pg_dump --format=custom --file=FILE DBNAME (restore with pg_restore), see the README."
    )


class BackupExistsError(SecretariatError):
    template = "{path} already exists; give another file, or --force to replace it."


class BackupError(SecretariatError):
    template = "Cannot write the backup {path}: {reason}"
    exit_code = 2


class NoFilesFolderError(SecretariatError):
    template = (
        "Which files folder? Give --files-dir DIR (or set $LIAISON_SECRETARIAT_FILES) as for serve: "
        "a PostgreSQL database has no default one."
    )
    exit_code = 2


class RequestRefusedError(KnownError):
    """A well-formed request the officer may not make: answered with ``status`` and the error
    body of that status's code (:data:`liaison.protocol.FORBIDDEN` for 403)."""

    status = 403
    code: str | None = None  # the error body's code when the status's own is not it


class ResolveForbiddenError(RequestRefusedError):
    """Only a conflict's author and officers of its record's owner institution may resolve it:
    the others who see it (a shared record's conflict reaches everyone) could not act on it,
    and resolving it would close it in the inboxes of those who can."""

    template = (
        "Only the conflict's author ({author}) and officers of the institution that owns the record "
        "({institution}) may resolve this conflict."
    )


class ServerRestoredError(RequestRefusedError):
    """The client's ``Liaison-Epoch`` is not this database's: the database was restored from a
    backup (or declared restored) since the client last synced. Nothing of the request was
    applied; the client reads the new epoch from ``GET /v1/status``, sends again what the
    database lacks and reads the record again (:mod:`liaison.sync.restore`)."""

    status = 409
    code = SERVER_RESTORED
    template = (
        "The server's database was restored from a backup since this computer last synced "
        "(epoch {epoch}); read GET /v1/status and send again what it lacks."
    )
