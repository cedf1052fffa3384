"""The one error the protocol's validating decoders raise."""

from __future__ import annotations

from liaison.errors import KnownError
from liaison.i18n import QT_TRANSLATE_NOOP
from liaison.protocol.constants import BAD_REQUEST


class ProtocolError(KnownError):
    """A message that does not follow the protocol, naming the offending ``field`` (a path such as
    ``changes[3].record_id``, or ``body``).

    The server answers it with HTTP 400 and the error body ``{"error": code, "message": reason,
    "field": field}``; the client shows it when the *server's* answer is malformed (a wrong URL,
    a proxy's error page), so the template is marked for translation.
    """

    template = QT_TRANSLATE_NOOP("Errors", "The Secretariat server's message is not valid: {field}: {reason}")

    def __init__(self, reason: str, *, field: str = "body", code: str = BAD_REQUEST) -> None:
        self.reason = reason
        self.field = field
        self.code = code
        super().__init__(field=field, reason=reason)
