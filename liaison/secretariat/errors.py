"""What the Secretariat's administrator can get wrong, each with a one-line message.

The admin command prints :meth:`~liaison.errors.KnownError.message` and exits with
:data:`EXIT_USAGE`-style codes (see :mod:`liaison.secretariat.cli`); never a traceback.
"""

from __future__ import annotations

from liaison.errors import CONTEXT, KnownError
from liaison.i18n import QT_TRANSLATE_NOOP


class SecretariatError(KnownError):
    """A failure of the server's administration with a message for the administrator."""

    exit_code = 1


class DatabaseUnavailableError(SecretariatError):
    template = QT_TRANSLATE_NOOP(CONTEXT, "Cannot use the database {url}: {reason}")
    exit_code = 3


class BadDatabaseUrlError(SecretariatError):
    template = QT_TRANSLATE_NOOP(
        CONTEXT, "Unsupported database URL {url}: use sqlite:///PATH, a file path, or postgresql://..."
    )
    exit_code = 2


class NotInitialisedError(SecretariatError):
    template = QT_TRANSLATE_NOOP(
        CONTEXT, "The database {url} is not a Liaison Secretariat database yet: run 'init' first."
    )
    exit_code = 3


class SchemaMismatchError(SecretariatError):
    template = QT_TRANSLATE_NOOP(
        CONTEXT, "The database {url} has schema version {found}; this server needs version {needed}."
    )
    exit_code = 3


class UnknownStateError(SecretariatError):
    template = QT_TRANSLATE_NOOP(CONTEXT, "State: “{code}” is not one of {codes}.")
    exit_code = 2


class InvalidNameError(SecretariatError):
    template = QT_TRANSLATE_NOOP(CONTEXT, "{field}: {reason}")
    exit_code = 2


class DuplicateInstitutionError(SecretariatError):
    template = QT_TRANSLATE_NOOP(CONTEXT, "An institution named “{name}” already exists.")


class UnknownInstitutionError(SecretariatError):
    template = QT_TRANSLATE_NOOP(CONTEXT, "There is no institution named “{name}”.")


class DuplicateUserError(SecretariatError):
    template = QT_TRANSLATE_NOOP(CONTEXT, "A user named “{username}” already exists.")


class UnknownUserError(SecretariatError):
    template = QT_TRANSLATE_NOOP(CONTEXT, "There is no user named “{username}”.")


class WeakPasswordError(SecretariatError):
    template = QT_TRANSLATE_NOOP(CONTEXT, "Password: {reason}")
    exit_code = 2


class CertificateError(SecretariatError):
    template = QT_TRANSLATE_NOOP(CONTEXT, "Cannot use the certificate {path}: {reason}")
    exit_code = 2


class ServeError(SecretariatError):
    template = QT_TRANSLATE_NOOP(CONTEXT, "Cannot serve on {host}:{port}: {reason}")
