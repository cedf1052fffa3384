"""A push's answer, decoded from its bytes in one msgspec call."""

from __future__ import annotations

from typing import Annotated, Any, Literal

import msgspec

from liaison.protocol import constants as c
from liaison.protocol.errors import ProtocolError
from liaison.protocol.messages import PushResponse, Record, Result, decode_conflict
from liaison.services.replica import RecordId, RemoteRecord


class _Result(msgspec.Struct, gc=False):
    change_id: RecordId
    status: Literal["applied", "merged", "conflict", "rejected"]
    rev: Annotated[int, msgspec.Meta(ge=0)]
    record: RemoteRecord | None = None
    conflict: Any = None
    message: Annotated[str, msgspec.Meta(max_length=2000)] | None = None


class _Answer(msgspec.Struct, gc=False):
    results: Annotated[list[_Result], msgspec.Meta(max_length=c.MAX_PUSH_CHANGES)]
    server_seq: Annotated[int, msgspec.Meta(ge=0)]
    max_changes: Annotated[int, msgspec.Meta(ge=1)] | None = None
    echo: RecordId | None = None


_ANSWER = msgspec.json.Decoder(_Answer)


def decode_answer(data: bytes) -> PushResponse:
    """A push's answer from its bytes: decoded and checked by msgspec in one call (records as
    the pull's pages are: their shape, not each value, which writing stores as its column
    wants it), conflicts by the protocol's own decoder. The protocol's generic decoder, value
    by value, took a tenth of a first push of 100,000 contacts. Malformed: a
    :class:`ProtocolError` (the transport's server error)."""
    try:
        answer = _ANSWER.decode(data)
        results: list[Result] = [
            {
                "change_id": item.change_id,
                "status": item.status,
                "rev": item.rev,
                "record": None if item.record is None else _record(item.record),
                "conflict": None
                if item.conflict is None
                else decode_conflict(item.conflict, f"results[{i}].conflict"),
                "message": item.message,
            }
            for i, item in enumerate(answer.results)
        ]
    except msgspec.DecodeError as error:  # ValidationError included
        raise ProtocolError(str(error)[:300]) from None
    decoded: PushResponse = {"results": results, "server_seq": answer.server_seq}
    if answer.max_changes is not None:
        decoded["max_changes"] = answer.max_changes
    if answer.echo is not None:
        decoded["echo"] = answer.echo
    return decoded


def _record(remote: RemoteRecord) -> Record:
    record: Record = {
        "entity": remote.entity,
        "id": remote.id,
        "rev": remote.rev,
        "deleted": remote.deleted,
        "visibility": remote.visibility,
        "owner_institution_id": remote.owner_institution_id,
        "fields": remote.fields,
    }
    if remote.hidden:
        record["hidden"] = True
    if remote.merged_into is not None:
        record[c.MERGED_INTO] = remote.merged_into
    return record
