"""The Liaison sync protocol, version 1: what the desktop and the Secretariat server say.

Pure Python shared by both ends (no Qt, no SQLAlchemy, no HTTP library; diff-match-patch for the
long-text merge, :mod:`.textmerge`). This docstring is the protocol's documentation; the server
also publishes an OpenAPI description at ``/openapi.json``.

Transport
---------
HTTPS, JSON bodies in UTF-8 under ``/v1``. Every request carries ``Liaison-Protocol: 1`` and
``Liaison-Schema: <the client's local schema revision, e.g. "0001">``; a request without them, or
with a protocol below the server's :data:`MIN_PROTOCOL_VERSION`, gets HTTP 426 and the error body
``{"error": "client_too_old", ...}`` — the client tells the officer to update Liaison. Bodies of
:data:`GZIP_MIN_BYTES` or more travel gzipped (``Content-Encoding: gzip``) both ways; the server
accepts ``gzip`` and ``identity`` and answers 415 to any other encoding. A request body may not
exceed its endpoint's limit before or after decompression (413 ``too_large``):
:data:`MAX_LOGIN_BODY_BYTES` for a login, :data:`MAX_PUSH_BODY_BYTES` for a push (the client cuts
its batches at :data:`PUSH_BATCH_CHARS` of field text), :data:`MAX_EMPTY_BODY_BYTES` elsewhere. A
missing ``Liaison-Schema`` with a current protocol is a 400. Every endpoint but login needs
``Authorization: Bearer <device token>`` (401 ``unauthorized`` otherwise; a push is authenticated
before its body is read). Failed logins are throttled per user name and per address: 429
``too_many_requests`` with ``Retry-After`` (seconds).

Every 4xx (and the 500 of a bug) has the body ``{"error": code, "message": English text,
"field"?: path}``, codes in :mod:`liaison.protocol.constants`; ``field`` names what was wrong as a
path (``changes[3].record_id``, ``body``, ``limit``). Malformed input is never a 5xx; a server
whose database is down or busy answers 503 ``unavailable`` (with ``Retry-After``), which a client
may retry like a dropped connection.

Endpoints
---------
``POST /v1/login`` ``{username, password, device_name}`` → ``{token, device_id, user,
institution: {id, name, state}}``. Wrong credentials or a revoked user → 401. The server keeps a
scrypt hash of the password and a SHA-256 hash of the token (a random 256-bit token needs no slow
hash); the client keeps the token in the OS keyring and never the password.

``POST /v1/logout`` → ``{}``: revokes this device's token.

``GET /v1/status`` → ``{server_seq, user, institution, protocol, epoch, epoch_seq}``: the
client's one round trip when it has nothing to push and ``server_seq`` equals its cursor.

**Epochs** (a restored server). ``epoch`` is a random UUID naming the database's timeline and
``epoch_seq`` the sequence number it began at. It changes when the database is restored: every
``liaison-secretariat backup`` copy carries an epoch of its own, and ``liaison-secretariat
restored`` draws a new one after any other restore. The client keeps the epoch it synced with
(from its first page after signing in) and sends it as :data:`EPOCH_HEADER` with every push
and pull; a server in another epoch answers
409 ``server_restored`` and applies nothing. The client then (``liaison.sync.restore``) takes
the new epoch from ``/v1/status``, queues again every change of its own that the server
confirmed above ``epoch_seq`` (it keeps a journal of them), moves what it holds above
``epoch_seq`` back to it, and pulls from 0, writing what it is sent whatever its revision (the
numbers above ``epoch_seq`` are handed out again) and without the mass-delete guard. A cursor
above ``server_seq`` (a restore nobody declared) is treated the same way, from ``server_seq``.

``POST /v1/push`` ``{changes: [Change, ...]}`` (at most :data:`MAX_PUSH_CHANGES`; a client
sends at most :data:`~liaison.protocol.constants.BASE_PUSH_CHANGES` until an answer's
``max_changes`` says the server takes more) → ``{results: [Result, ...], server_seq,
max_changes}``, one result per change, in order::

    Change = {change_id: uuid, entity, record_id: uuid, op: "create"|"update"|"delete",
              base_rev: int, fields: {field: value}, visibility: "institution"|"shared"|null,
              owner_institution_id: uuid|null, merged_into?: uuid|null}
    Result = {change_id, status: "applied"|"merged"|"conflict"|"rejected", rev: int,
              record: Record|null, conflict: Conflict|null, message: str|null}

- ``entity`` is one of :data:`ENTITIES`; ``fields`` holds only that entity's fields
  (:data:`ENTITY_FIELDS`, with their wire types) — the changed ones for an update, all of them
  for a create; ``base_rev`` is the ``rev`` of the record the change was made on (0 for a
  create). ``visibility`` left out of a create makes it ``institution``; ``null`` on
  update/delete means unchanged.
  (For the outbox's convenience :func:`decode_change` also accepts ``visibility`` inside
  ``fields``, ignores ``owner_institution_id`` there and ``deleted: false``, a restore.)
- **File names**: an attachment's create or update whose ``name`` holds a path separator or a
  control character, is blank, "." or "..", or is longer than 255 characters
  (:func:`liaison.protocol.file_names.file_name_problem`) is ``rejected`` with the reason, and
  the rest of the push goes on. Pulled pages are not held to it: a name an earlier server took
  still reaches the laptops, which show and write it in a safe form.
- **Exactly once**: ``change_id`` is unique on the server. A change seen before (a retry after a
  dropped connection) changes nothing and gets the result stored the first time.
- **Permissions**, whatever the client sends: the owner institution of a record is set by the
  server, on create, to the pusher's institution. Only officers of the owner institution may
  update or delete a record; anyone else's change is ``rejected`` (and kept by the client as a
  conflict, so no words are lost). ``private`` is refused (``rejected``) on a create or delete.
  **Withdrawal**: an *update* whose ``visibility`` is ``private`` (its ``fields`` ignored) by an
  officer of the owner institution takes a record back from everyone: the server keeps it deleted
  and ``private``, and every officer, of the owner institution too, is sent it as a record that
  left their sight (``hidden``, below); the answer to the withdrawing officer is that tombstone
  too. A later update of it on the withdrawn revision or after (only the withdrawing laptop still
  has it) with ``institution`` or ``shared`` brings it back, as a restore; any other change of it
  is a ``conflict`` (``edit_delete``) kept for its author alone, with no server values.
  ``institution`` records reach only officers of the owner institution, ``shared`` ones everyone.
  The Secretariat's own institution has no special powers in v1. A record out of the pusher's
  sight is answered as if it did not exist (an update is rejected as "no such record", a delete is
  a no-op; a create may not take its id), and a change whose ``ref`` field names one is rejected
  (no child attached to a record its author may not see).
- **Merge**, field by field against the base revision (the server keeps every version of every
  record, so it always has the base). Client clocks never decide anything:
  * changed only by the client (server value == base value) → the client's value;
  * changed only on the server (client value == base value) → the server's value stays;
  * both changed to the same value → that value;
  * both changed a long-text field (:data:`LONG_TEXT_FIELDS`) → three-way merge
    (:mod:`liaison.protocol.textmerge`, the rule the desktop applies too): the edits base→client
    and base→server (diff-match-patch's diffs) are combined when they touch different parts of
    the base → ``merged``; edits that overlap, or a merge that does not finish in its time
    bound → a conflict for that field (the server's text stays);
  * both changed any other field to different values → the server's value stays (first writer
    wins, by sequence) and the client's goes into a conflict (status ``conflict``);
  * an update against a server-side delete, or a delete against a server-side edit → conflict
    of kind ``edit_delete``: the record stays as the server has it. An update whose ``base_rev``
    is at or after the delete (the client saw it) is a restore and un-deletes the record.
  ``visibility`` merges like a scalar field (it appears as ``"visibility"`` in conflicts).
  An update of a record the server does not have is ``rejected`` (kept by the client); a delete
  of one is ``applied`` with ``record: null``; deleting a deleted record changes nothing.
  The status is ``applied`` when the change went in as sent on the latest revision, ``merged``
  when other changes were combined with it cleanly, ``conflict`` when a conflict was recorded.
- ``rev`` of a record is the global sequence number of the change that last wrote it; a change
  that changes nothing keeps the record's ``rev``. Sequence numbers only ever increase; clients
  must not assume they are contiguous.

**Merged contacts.** A contact merged into another on a laptop is pushed as that laptop's
edits (its references moved, the kept contact's united fields) and then the merged contact's
delete with ``merged_into: <kept contact id>`` (ignored on anything but a contact's delete, and
on a contact the officer may not edit). The server then: folds into the kept contact what
others edited in the merged one since the merging officer saw it (instead of refusing the
delete); deletes it and keeps a redirect; and moves every live reference to it (the ``ref``
fields naming contacts, :data:`~liaison.protocol.entities.CONTACT_REFS`) to the kept contact, as
new versions everyone pulls — a participation that would give the kept contact a second one in
the same event or bilateral meeting (:data:`~liaison.protocol.entities.ONE_PER_PARENT`) is
deleted instead. Afterwards, a pushed create or update naming the merged contact in one of those
fields is stored naming the kept one (status ``merged``, the record as stored); an update of
the merged contact made without seeing the merge is folded into the kept contact field by field
against the version it was made on (lists take its additions and removals, long text merges
three-way, any other clash is a ``field`` conflict on the kept contact) and answered with the
merged contact's tombstone; a restore of the merged contact (an unmerge) ends the redirect. A
merged contact's tombstone, pulled or in an answer, carries ``merged_into``; the client then
moves its own references (live records, and changes waiting to be sent) to the kept contact.

``GET /v1/changes?after=<seq>&limit=<n ≤ 1000>`` → ``{records: [Record...], conflicts:
[Conflict...], next_after, has_more, server_seq, epoch}``: what changed after the cursor, the newest
state of each record once, ordered by sequence, only what the user may see, at most ``limit``
records and conflicts together. The client stores ``next_after`` as its cursor after applying the
page; ``has_more`` says to ask again. ::

    Record = {entity, id, rev, deleted, visibility, owner_institution_id, fields: {...},
              hidden?: true, merged_into?: uuid}
    Conflict = {id: uuid, entity, record_id, rev, kind: "field"|"edit_delete"|"rejected",
                fields: {field: {base, server, client}}, change_id, author: username,
                created_at: ISO 8601 UTC, resolved: bool}

A record that was shared and becomes ``institution``-only reaches the users who lose sight of it
as ``{entity, id, rev, "deleted": true, "hidden": true, "visibility": "institution",
"owner_institution_id": null, "fields": {}}`` — its id and nothing more — so that their copy is
removed (it is not deleted on the server). Conflicts reach every user who may see their record (a ``rejected``
one on a record its author may not see reaches only its author), and again with
``resolved: true`` once ``POST /v1/conflicts/<id>/resolve`` (→ the Conflict) marks one resolved;
the resolution itself travels as an ordinary change pushed by the client. Only the conflict's
author and officers of its record's owner institution may resolve it (nobody else may edit the
record); anyone else who sees it gets 403 ``forbidden``, and 404 ``not_found`` whoever may not
see it (or when there is no such conflict). Resolving a resolved conflict returns it unchanged.

**A sync's own pushes are not sent back** (announced as ``max_changes`` is). A client may send a
random id of its sync (a UUID, new for every sync) as ``Liaison-Echo`` with each push; a server
that knows it marks every record whose answer told it in full — applied or merged, no conflict,
the record as a pull would send it to that officer (not ``hidden``, not a merged contact's
tombstone), and not written again since — and answers ``echo: <the same id>``. That sync's pulls
may then add ``echo=<id>`` to ``GET /v1/changes``: the records so marked are left out (the cursor
moves past them). Everything else is sent as before: the records a merge moved, a conflict's
outcome and the conflict, anyone else's later write (which clears the mark). A server of an
earlier release ignores the header and never says ``echo``: the client then asks for nothing.
Why leaving them out loses nothing on the client: ``liaison.sync.echo``.
"""

from __future__ import annotations

from liaison.protocol.constants import (
    API_PREFIX,
    APPLIED,
    BAD_REQUEST,
    CHANGES_PATH,
    CLIENT_TOO_OLD,
    CONFLICT,
    CONFLICT_KINDS,
    DEFAULT_PAGE_LIMIT,
    EPOCH_HEADER,
    ERROR_CODES,
    FORBIDDEN,
    GZIP_MIN_BYTES,
    INSTITUTION,
    KIND_EDIT_DELETE,
    KIND_FIELD,
    KIND_REJECTED,
    LOGIN_PATH,
    LOGOUT_PATH,
    MAX_BODY_BYTES,
    MAX_EMPTY_BODY_BYTES,
    MAX_LOGIN_BODY_BYTES,
    MAX_PAGE_LIMIT,
    MAX_PUSH_BODY_BYTES,
    MAX_PUSH_CHANGES,
    MERGED,
    METHOD_NOT_ALLOWED,
    MIN_PROTOCOL_VERSION,
    NOT_FOUND,
    OP_CREATE,
    OP_DELETE,
    OP_UPDATE,
    OPS,
    PRIVATE,
    PROTOCOL_HEADER,
    PROTOCOL_VERSION,
    PUSH_BATCH_CHARS,
    PUSH_PATH,
    REJECTED,
    RESOLVE_PATH,
    SCHEMA_HEADER,
    SERVER_ERROR,
    SERVER_RESTORED,
    SHARED,
    STATE_CODES,
    STATUS_PATH,
    STATUSES,
    SYNCED_VISIBILITIES,
    TOO_LARGE,
    TOO_MANY_REQUESTS,
    UNAUTHORIZED,
    UNAVAILABLE,
    UNSUPPORTED_ENCODING,
    VISIBILITIES,
    VISIBILITY_FIELD,
)
from liaison.protocol.entities import ENTITIES, ENTITY_FIELDS, LONG_TEXT_FIELDS, WireType, is_long_text
from liaison.protocol.errors import ProtocolError
from liaison.protocol.messages import (
    Change,
    ChangesResponse,
    Conflict,
    ErrorBody,
    FieldConflict,
    InstitutionInfo,
    LoginRequest,
    LoginResponse,
    PushRequest,
    PushResponse,
    Record,
    Result,
    StatusResponse,
    decode_change,
    decode_changes_response,
    decode_conflict,
    decode_error,
    decode_institution,
    decode_login_request,
    decode_login_response,
    decode_page_query,
    decode_push_request,
    decode_push_response,
    decode_record,
    decode_result,
    decode_status_response,
    error_body,
    is_uuid,
)
from liaison.protocol.wire import (
    GZIP,
    JSON_TYPE,
    compress,
    decode_json,
    decompress,
    encode_body,
    encode_json,
    should_compress,
)

__all__ = [
    "API_PREFIX",
    "APPLIED",
    "BAD_REQUEST",
    "CHANGES_PATH",
    "CLIENT_TOO_OLD",
    "CONFLICT",
    "CONFLICT_KINDS",
    "DEFAULT_PAGE_LIMIT",
    "ENTITIES",
    "ENTITY_FIELDS",
    "EPOCH_HEADER",
    "ERROR_CODES",
    "FORBIDDEN",
    "GZIP",
    "GZIP_MIN_BYTES",
    "INSTITUTION",
    "JSON_TYPE",
    "KIND_EDIT_DELETE",
    "KIND_FIELD",
    "KIND_REJECTED",
    "LOGIN_PATH",
    "LOGOUT_PATH",
    "LONG_TEXT_FIELDS",
    "MAX_BODY_BYTES",
    "MAX_EMPTY_BODY_BYTES",
    "MAX_LOGIN_BODY_BYTES",
    "MAX_PAGE_LIMIT",
    "MAX_PUSH_BODY_BYTES",
    "MAX_PUSH_CHANGES",
    "MERGED",
    "METHOD_NOT_ALLOWED",
    "MIN_PROTOCOL_VERSION",
    "NOT_FOUND",
    "OPS",
    "OP_CREATE",
    "OP_DELETE",
    "OP_UPDATE",
    "PRIVATE",
    "PROTOCOL_HEADER",
    "PROTOCOL_VERSION",
    "PUSH_BATCH_CHARS",
    "PUSH_PATH",
    "REJECTED",
    "RESOLVE_PATH",
    "SCHEMA_HEADER",
    "SERVER_ERROR",
    "SERVER_RESTORED",
    "SHARED",
    "STATE_CODES",
    "STATUSES",
    "STATUS_PATH",
    "SYNCED_VISIBILITIES",
    "TOO_LARGE",
    "TOO_MANY_REQUESTS",
    "UNAUTHORIZED",
    "UNAVAILABLE",
    "UNSUPPORTED_ENCODING",
    "VISIBILITIES",
    "VISIBILITY_FIELD",
    "Change",
    "ChangesResponse",
    "Conflict",
    "ErrorBody",
    "FieldConflict",
    "InstitutionInfo",
    "LoginRequest",
    "LoginResponse",
    "ProtocolError",
    "PushRequest",
    "PushResponse",
    "Record",
    "Result",
    "StatusResponse",
    "WireType",
    "compress",
    "decode_change",
    "decode_changes_response",
    "decode_conflict",
    "decode_error",
    "decode_institution",
    "decode_json",
    "decode_login_request",
    "decode_login_response",
    "decode_page_query",
    "decode_push_request",
    "decode_push_response",
    "decode_record",
    "decode_result",
    "decode_status_response",
    "decompress",
    "encode_body",
    "encode_json",
    "error_body",
    "is_long_text",
    "is_uuid",
    "should_compress",
]
