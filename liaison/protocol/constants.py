"""Numbers and names both ends must agree on: versions, headers, paths, error codes, limits."""

from __future__ import annotations

from typing import Final

PROTOCOL_VERSION: Final = 1
"""The protocol this code speaks; sent by the client in :data:`PROTOCOL_HEADER`."""
MIN_PROTOCOL_VERSION: Final = 1
"""The oldest client protocol the server still accepts; older → HTTP 426 ``client_too_old``."""

PROTOCOL_HEADER: Final = "Liaison-Protocol"
SCHEMA_HEADER: Final = "Liaison-Schema"
"""The client's local schema revision (e.g. ``"0001"``): informs the server's logs and lets a
later server refuse a schema it knows to be broken; v1 only checks that it is present."""
EPOCH_HEADER: Final = "Liaison-Epoch"
"""The server epoch the client last synced with (a UUID, from ``GET /v1/status``), sent with
pushes and pulls: a server whose epoch differs (restored from a backup) refuses them with 409
:data:`SERVER_RESTORED` instead of merging them against a timeline it no longer has."""

ECHO_HEADER: Final = "Liaison-Echo"
"""A sync's own random id (a UUID), sent with each of its pushes: a server that knows it marks
the records its answers told in full and says so (``echo`` in the answer, the same id); the
sync's pull then asks, with the query parameter :data:`ECHO_PARAMETER`, not to be sent those
records back. A server of an earlier release ignores the header and says nothing: everything
is pulled, as before."""
ECHO_PARAMETER: Final = "echo"

API_PREFIX: Final = "/v1"
LOGIN_PATH: Final = "/v1/login"
LOGOUT_PATH: Final = "/v1/logout"
STATUS_PATH: Final = "/v1/status"
PUSH_PATH: Final = "/v1/push"
CHANGES_PATH: Final = "/v1/changes"
RESOLVE_PATH: Final = "/v1/conflicts/{conflict_id}/resolve"
OPENAPI_PATH: Final = "/openapi.json"
BLOBS_PREFIX: Final = "/v1/blobs/"
BLOB_PATH: Final = "/v1/blobs/{sha256}"
"""``GET``: an attached file's bytes by their SHA-256 (``Range`` honoured), for an officer who may
see a live attachment naming them; ``PUT ?offset=N&size=T``: a chunk of them (raw bytes)."""
BLOB_UPLOAD_PATH: Final = "/v1/blobs/{sha256}/upload"
"""``GET``: how much of an upload the server holds (``{"sha256", "offset", "complete"}``, and
from servers that take more than :data:`MAX_BLOB_CHUNK_BYTES` in one ``PUT``,
:data:`BLOB_MAX_CHUNK_FIELD`)."""
BLOB_MAX_CHUNK_FIELD: Final = "max_chunk"
"""The upload status's announcement of the most one ``PUT`` of a file may carry on this server
(bytes). A server that does not announce it takes :data:`MAX_BLOB_CHUNK_BYTES` (every server
does); the client sends at most what it was told."""

# Error codes of the error body {"error": code, "message": ..., "field"?: ...}.
BAD_REQUEST: Final = "bad_request"  # 400 malformed JSON, wrong types, unknown entity, bad uuid, bad gzip
UNAUTHORIZED: Final = "unauthorized"  # 401 no/unknown/revoked token, wrong credentials, revoked user
FORBIDDEN: Final = "forbidden"  # 403 the user may not see or touch this
NOT_FOUND: Final = "not_found"  # 404 no such path or conflict
METHOD_NOT_ALLOWED: Final = "method_not_allowed"  # 405
SERVER_RESTORED: Final = "server_restored"  # 409 Liaison-Epoch is not the server's: it was restored
TOO_LARGE: Final = "too_large"  # 413 body over the endpoint's limit (before or after decompression)
UNSUPPORTED_ENCODING: Final = "unsupported_encoding"  # 415 a Content-Encoding other than gzip/identity
CLIENT_TOO_OLD: Final = "client_too_old"  # 426 protocol header missing or below MIN_PROTOCOL_VERSION
TOO_MANY_REQUESTS: Final = "too_many_requests"  # 429 too many failed logins: wait Retry-After seconds
SERVER_ERROR: Final = "server_error"  # 500 a bug; never for bad input
UNAVAILABLE: Final = "unavailable"  # 503 the server's database is unreachable or busy: retry later
CONFLICT_CODE: Final = "upload_conflict"  # 409 a file chunk not where the server is, or an upload in progress
UNPROCESSABLE: Final = "hash_mismatch"  # 422 a file's bytes do not hash to the name they were sent under
ERROR_CODES: Final = frozenset(
    {
        BAD_REQUEST,
        UNAUTHORIZED,
        FORBIDDEN,
        NOT_FOUND,
        METHOD_NOT_ALLOWED,
        SERVER_RESTORED,
        TOO_LARGE,
        UNSUPPORTED_ENCODING,
        CLIENT_TOO_OLD,
        TOO_MANY_REQUESTS,
        SERVER_ERROR,
        UNAVAILABLE,
        CONFLICT_CODE,
        UNPROCESSABLE,
    }
)

# Limits.
MAX_PUSH_CHANGES: Final = 2000
"""Changes per ``POST /v1/push`` this server takes; every push's answer says so
(``max_changes``). Four times the 500 of earlier servers: a first push of 200,000 changes paid
each batch's fixed costs (a disk flush on the server and two transactions on the laptop, a
request) 400 times. The memory a push costs is bounded by its body
(:data:`MAX_PUSH_BODY_BYTES`), not by its count of changes."""
BASE_PUSH_CHANGES: Final = 500
"""Changes per push that every server takes (servers before ``max_changes`` took 500 and do
not say): a client sends no more until an answer announces more."""
MAX_PAGE_LIMIT: Final = 1000
"""Largest ``limit`` of ``GET /v1/changes``."""
DEFAULT_PAGE_LIMIT: Final = 500
MAX_PUSH_BODY_BYTES: Final = 16 * 1024 * 1024
"""Largest push body, before and after gzip decompression. One change of any kind fits (a
10-million-character photo, two million characters of text at four bytes each), and the
client cuts its batches at :data:`PUSH_BATCH_CHARS` of field text, well below it. The bound is
what keeps the server's memory in check: a push is parsed whole, a full one costing the
server about four times its size, two at a time and only one of them large
(``liaison.secretariat.rations``; ``tests/benchmarks/README.md``, "Load under attack")."""
MAX_BODY_BYTES: Final = MAX_PUSH_BODY_BYTES
"""The largest body any endpoint takes (the push's)."""
MAX_LOGIN_BODY_BYTES: Final = 16 * 1024
"""Largest login body, before and after decompression: a 200-character name and a
1,024-character password, every character escaped (``\\uXXXX\\uXXXX``), fit in 13 KiB."""
MAX_EMPTY_BODY_BYTES: Final = 1024
"""Largest body of an endpoint that takes none (status, changes, logout, resolve)."""
PUSH_BATCH_CHARS: Final = 3_000_000
"""The client stops adding changes to a push batch once their fields' text reaches this many
characters (a batch of one change may be longer): at four UTF-8 bytes a character at most, a
batch stays under :data:`MAX_PUSH_BODY_BYTES`."""
GZIP_MIN_BYTES: Final = 1024
"""Bodies at least this long are sent gzipped (``Content-Encoding: gzip``); shorter ones plain."""
GZIP_LEVEL: Final = 1
"""Fastest level: JSON still shrinks ~5x, and on a fast link CPU is the cost that shows."""
MAX_TEXT_CHARS: Final = 2_000_000
"""Longest string value of a field (the store's own limits are lower; this only bounds abuse)."""
MAX_IMAGE_CHARS: Final = 10_000_000
"""Longest base64 image value."""
MAX_LIST_ITEMS: Final = 200
MAX_NAME_CHARS: Final = 200
"""Longest username, device name or institution name."""
MAX_PASSWORD_CHARS: Final = 1024
MAX_BLOB_BYTES: Final = 50 * 1024 * 1024
"""Largest attached file (the desktop's own limit, ``liaison.services.attachments.MAX_FILE_BYTES``)."""
MAX_BLOB_CHUNK_BYTES: Final = 8 * 1024 * 1024
"""Largest chunk of one ``PUT /v1/blobs/{sha256}``: half the reverse proxy's 16 MiB
``client_max_body_size`` (packaging/secretariat), so that a proxy never refuses one."""
BLOB_CHUNK_BYTES: Final = MAX_BLOB_CHUNK_BYTES
"""What the client sends per ``PUT`` (streamed from the file, never read whole) to a server that
announces no larger :data:`BLOB_MAX_CHUNK_FIELD` (an older one), and after a larger request was
refused (413) or made no progress (a proxy in between that buffers bodies or limits them): the
most every server takes, since every chunk costs a round trip."""
MAX_BLOB_REQUEST_BYTES: Final = MAX_BLOB_BYTES
"""What a server takes in one ``PUT`` by default (``serve --upload-chunk-mb``), and announces:
a whole file, streamed in one request (one round trip; a cut connection costs only the bytes
that were in flight, since the server keeps what arrived)."""

# Record vocabulary.
OP_CREATE: Final = "create"
OP_UPDATE: Final = "update"
OP_DELETE: Final = "delete"
OPS: Final = (OP_CREATE, OP_UPDATE, OP_DELETE)

PRIVATE: Final = "private"
INSTITUTION: Final = "institution"
SHARED: Final = "shared"
VISIBILITIES: Final = (PRIVATE, INSTITUTION, SHARED)
SYNCED_VISIBILITIES: Final = (INSTITUTION, SHARED)
"""What may travel; ``private`` never leaves the machine and the server refuses it."""

APPLIED: Final = "applied"
MERGED: Final = "merged"
CONFLICT: Final = "conflict"
REJECTED: Final = "rejected"
STATUSES: Final = (APPLIED, MERGED, CONFLICT, REJECTED)

KIND_FIELD: Final = "field"
KIND_EDIT_DELETE: Final = "edit_delete"
KIND_REJECTED: Final = "rejected"
CONFLICT_KINDS: Final = (KIND_FIELD, KIND_EDIT_DELETE, KIND_REJECTED)

MERGED_INTO: Final = "merged_into"
"""A contact's delete that is a merge names the contact that replaces it (see the package
docstring, "Merged contacts"); a pulled tombstone of a merged contact carries it too."""
MERGEABLE: Final = ("contacts",)
MAX_MERGES_PER_PUSH: Final = 20
"""Merges (deletes with ``merged_into``) one push may hold; more are rejected. Each moves every
reference to the merged contact, which the server finds by reading the referring records'
fields while it holds the writers' lock: bounded so that no push holds it long. The desktop
cuts its batches at this many."""
"""The entities whose records may be merged into another (``merged_into`` on their delete)."""

VISIBILITY_FIELD: Final = "visibility"
"""Name under which a visibility disagreement appears in a conflict's ``fields``."""

STATE_CODES: Final = ("TR", "AZ", "KZ", "KG", "UZ", "HU", "TM", "TRNC", "OTS")
"""The states an institution on the server can belong to (the same codes as the desktop's
reference table: members, observers, the Secretariat)."""
