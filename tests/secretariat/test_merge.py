"""The merge rules on their own: field by field, and long text three-way."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from liaison.secretariat.merge import changed_fields, edits, merge_fields, merge_text

MINUTES = (
    "1. Opening. The Chair opened the meeting.\n\n"
    "2. Diaspora Forum 2025. Kazakhstan offered to host.\n\n"
    "3. Any other business. None.\n"
)


def test_field_changed_by_the_client_only_takes_the_clients_value() -> None:
    result = merge_fields(
        {"city": "Bishkek", "title": "A"}, {"city": "Bishkek", "title": "A"}, {"city": "Astana"}
    )
    assert result.values == {"city": "Astana", "title": "A"}
    assert result.clean and result.changed and not result.combined


def test_field_changed_on_the_server_only_keeps_the_servers_value() -> None:
    result = merge_fields({"city": "Bishkek"}, {"city": "Baku"}, {"city": "Bishkek"})
    assert result.values == {"city": "Baku"}
    assert result.clean and not result.changed


def test_both_sides_set_the_same_value() -> None:
    result = merge_fields({"city": "Bishkek"}, {"city": "Baku"}, {"city": "Baku"})
    assert result.values == {"city": "Baku"} and result.clean


def test_scalar_changed_differently_keeps_the_server_value_and_reports_the_clients() -> None:
    result = merge_fields(
        {"city": "Bishkek", "number": 5}, {"city": "Baku", "number": 5}, {"city": "Astana", "number": 6}
    )
    assert result.values == {"city": "Baku", "number": 6}
    assert result.conflicts == {"city": {"base": "Bishkek", "server": "Baku", "client": "Astana"}}


def test_no_base_treats_every_base_value_as_empty() -> None:
    result = merge_fields(None, {"city": "Baku", "venue": None}, {"city": "Astana", "venue": "Hall"})
    assert result.values == {"city": "Baku", "venue": "Hall"}
    assert set(result.conflicts) == {"city"}


def test_lists_are_scalars() -> None:
    result = merge_fields({"tags": ["a"]}, {"tags": ["a", "b"]}, {"tags": ["a", "c"]}, long_text={"notes"})
    assert result.values == {"tags": ["a", "b"]} and set(result.conflicts) == {"tags"}


def test_two_delegates_editing_different_items_of_the_minutes_both_keep_their_text() -> None:
    server = MINUTES.replace("opened the meeting.", "opened the meeting and welcomed the delegations.")
    client = MINUTES.replace("None.", "Hungary proposed a youth exchange.")
    result = merge_fields({"notes": MINUTES}, {"notes": server}, {"notes": client}, long_text={"notes"})
    assert result.clean and result.changed
    merged = result.values["notes"]
    assert "welcomed the delegations" in merged and "Hungary proposed a youth exchange." in merged
    assert merged.count("Diaspora Forum 2025") == 1


def test_overlapping_edits_of_long_text_are_a_conflict_and_the_server_text_stays() -> None:
    server = MINUTES.replace("Kazakhstan offered to host.", "Azerbaijan offered to host.")
    client = MINUTES.replace("Kazakhstan offered to host.", "Uzbekistan offered to host.")
    result = merge_fields({"notes": MINUTES}, {"notes": server}, {"notes": client}, long_text={"notes"})
    assert result.values["notes"] == server
    assert result.conflicts["notes"] == {"base": MINUTES, "server": server, "client": client}


def test_text_added_at_the_same_place_by_both_is_kept_servers_first() -> None:
    ok, merged = merge_text("Notes:\n", "Notes:\nServer line.\n", "Notes:\nClient line.\n")
    assert ok and merged == "Notes:\nServer line.\nClient line.\n"
    ok, merged = merge_text(None, "server", "client")
    assert ok and merged == "serverclient"


def test_fuzzy_patching_would_lose_the_servers_words_the_merge_does_not() -> None:
    # diff-match-patch's patch_apply turns this into "d"; the server's "xyz" must survive
    assert merge_text("abc", "xyz", "abd") == (False, None)


def test_a_long_text_field_holding_a_non_string_is_merged_as_a_scalar() -> None:
    result = merge_fields({"notes": "a"}, {"notes": "b"}, {"notes": 3}, long_text={"notes"})
    assert set(result.conflicts) == {"notes"}


def test_emptied_text_becomes_none() -> None:
    assert merge_text("abc", "abc", "") == (True, "")
    assert merge_text("ab", "b", "a") == (True, None)


def test_changed_fields_lists_what_the_server_changed_since_the_base() -> None:
    assert changed_fields({"a": 1, "b": 2}, {"a": 1, "b": 3, "c": None}) == {
        "b": {"base": 2, "server": 3, "client": None}
    }


def test_edits_are_in_base_coordinates() -> None:
    assert edits("one two three", "one 2 three") == [(4, 7, "2")]
    assert edits("", "new") == [(0, 0, "new")]


_words = st.lists(
    st.sampled_from(["alpha", "beta", "gamma", "delta", "ә", "ğ", "oʻ"]), min_size=1, max_size=4
)


@settings(max_examples=150, deadline=None)
@given(
    paragraphs=st.lists(_words.map(" ".join), min_size=4, max_size=8),
    data=st.data(),
)
def test_edits_to_different_paragraphs_always_merge_and_keep_both(
    paragraphs: list[str], data: st.DataObject
) -> None:
    base_paragraphs = [f"{i}. {text}." for i, text in enumerate(paragraphs)]
    i = data.draw(st.integers(0, len(paragraphs) - 1), label="server paragraph")
    j = data.draw(
        st.integers(0, len(paragraphs) - 1).filter(lambda k: abs(k - i) > 1), label="client paragraph"
    )
    server_paragraphs = list(base_paragraphs)
    client_paragraphs = list(base_paragraphs)
    server_paragraphs[i] = f"{i}. SERVER REWROTE THIS."
    client_paragraphs[j] = base_paragraphs[j] + " CLIENT ADDED THIS."
    ok, merged = merge_text(
        "\n\n".join(base_paragraphs), "\n\n".join(server_paragraphs), "\n\n".join(client_paragraphs)
    )
    expected = list(base_paragraphs)
    expected[i], expected[j] = server_paragraphs[i], client_paragraphs[j]
    assert ok and merged == "\n\n".join(expected)


@settings(max_examples=200, deadline=None)
@given(base=st.text(max_size=40), server=st.text(max_size=40), client=st.text(max_size=40))
def test_a_clean_merge_never_drops_a_sides_whole_edit(base: str, server: str, client: str) -> None:
    ok, merged = merge_text(base, server, client)
    if not ok:
        return
    text = merged or ""
    # when one side did not change the text, the merge is exactly the other side's text
    if server == base:
        assert text == client
    if client == base:
        assert text == server
    # everything each side inserted is in the result, in its order
    for side in (server, client):
        for start, end, inserted in edits(base, side):
            assert inserted in text, (start, end, inserted)
