"""The shared protocol module on its own: decoders refuse what does not fit, gzip is bounded."""

from __future__ import annotations

import gzip
import uuid

import pytest

from liaison.protocol import (
    ENTITIES,
    LONG_TEXT_FIELDS,
    ProtocolError,
    compress,
    decode_change,
    decode_changes_response,
    decode_error,
    decode_json,
    decode_page_query,
    decompress,
    encode_body,
    encode_json,
)


def _change(**overrides: object) -> dict[str, object]:
    return {
        "change_id": str(uuid.uuid4()),
        "entity": "minutes_entries",
        "record_id": str(uuid.uuid4()),
        "op": "update",
        "base_rev": 4,
        "fields": {"notes": "text"},
        **overrides,
    }


def test_entities_and_long_text_fields() -> None:
    assert ENTITIES[0] == "institutions" and "plan_activities" in ENTITIES and len(ENTITIES) == 17
    assert ENTITIES[-1] == "attachments"
    assert LONG_TEXT_FIELDS["minutes_entries"] == {"notes", "decisions"}
    assert LONG_TEXT_FIELDS["contacts"] == {"notes"}
    assert LONG_TEXT_FIELDS["participants"] == frozenset()


def test_the_outbox_form_is_accepted() -> None:
    change = decode_change(
        _change(fields={"notes": "x", "visibility": "shared", "owner_institution_id": None, "deleted": False})
    )
    assert change["fields"] == {"notes": "x"} and change["visibility"] == "shared"
    with pytest.raises(ProtocolError) as error:
        decode_change(_change(fields={"deleted": True}))
    assert error.value.field == "change.fields.deleted"
    with pytest.raises(ProtocolError) as error:
        decode_change(_change(visibility="shared", fields={"visibility": "institution"}))
    assert error.value.field == "change.fields.visibility"


def test_errors_name_the_path_and_read_as_a_message() -> None:
    with pytest.raises(ProtocolError) as error:
        decode_changes_response(
            {
                "records": [{"entity": "contacts", "id": "x"}],
                "conflicts": [],
                "next_after": 0,
                "has_more": False,
                "server_seq": 0,
            }
        )
    assert error.value.field == "records[0].id"
    assert error.value.code == "bad_request"
    assert error.value.message() == (
        "The Secretariat server's message is not valid: records[0].id: must be a UUID in lower-case text form"
    )


def test_page_query() -> None:
    assert decode_page_query(None, None) == (0, 500)
    assert decode_page_query("12", "1000") == (12, 1000)
    for after, limit in (("-1", None), ("x", None), (None, "0"), (None, "1001"), (True, None)):
        with pytest.raises(ProtocolError):
            decode_page_query(after, limit)


def test_json_is_compact_utf8_and_strict() -> None:
    assert encode_json({"name": "Әлихан"}) == '{"name":"Әлихан"}'.encode()
    for bad in (b"\xff", b"NaN", b"{", b"[" * 50_000):
        with pytest.raises(ProtocolError):
            decode_json(bad)


def test_gzip_round_trip_threshold_and_bounds() -> None:
    small, headers = encode_body({"a": 1})
    assert "Content-Encoding" not in headers and decode_json(small) == {"a": 1}
    big, headers = encode_body({"a": "x" * 5000})
    assert headers["Content-Encoding"] == "gzip" and decode_json(decompress(big)) == {"a": "x" * 5000}
    assert decompress(compress(b"one") + compress(b"two")) == b"onetwo"
    with pytest.raises(ProtocolError) as error:
        decompress(gzip.compress(b"\0" * 10_000), limit=9_999)
    assert error.value.code == "too_large"
    assert decompress(gzip.compress(b"\0" * 10_000), limit=10_000) == b"\0" * 10_000
    for damaged in (b"", b"plain", compress(b"x" * 100)[:-6]):
        with pytest.raises(ProtocolError) as error:
            decompress(damaged)
        assert error.value.code == "bad_request"


def test_error_bodies_of_strangers_still_give_a_message() -> None:
    assert decode_error({"error": "forbidden", "message": "no", "field": "x"}) == {
        "error": "forbidden",
        "message": "no",
        "field": "x",
    }
    assert decode_error("<html>502 Bad Gateway</html>")["error"] == "bad_request"
