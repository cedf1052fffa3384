"""The client's three-way text merge (used to rebase typing made during a push)."""

from __future__ import annotations

from liaison.sync.merge import merge_text


def test_edits_of_different_parts_are_combined() -> None:
    base = "1. Opening.\n\n2. Agenda.\n\n3. Other business.\n"
    ours = base.replace("Opening.", "Opening. The Chair welcomed all.")
    theirs = base.replace("Other business.", "Other business. Baku next.")
    assert merge_text(base, ours, theirs) == (
        "1. Opening. The Chair welcomed all.\n\n2. Agenda.\n\n3. Other business. Baku next.\n"
    )


def test_trivial_cases() -> None:
    assert merge_text("a", "a", "b") == "b"
    assert merge_text("a", "b", "a") == "b"
    assert merge_text("a", "b", "b") == "b"
    assert merge_text(None, "new", None) == "new"
    # the server emptied the field, we added to its end: both edits stand
    assert merge_text("Түркістан", "Түркістан қаласы", None) == " қаласы"


def test_overlapping_edits_are_a_conflict_never_a_silent_loss() -> None:
    # fuzzy patching turns this into "d", losing the server's words
    assert merge_text("abc", "abd", "xyz") is None
    assert merge_text("Next meeting in Astana.", "Next meeting in Bishkek.", "Next meeting in Baku.") is None
    # edits of different words are not an overlap
    assert (
        merge_text(
            "The delegation of Kazakhstan", "The delegation of Kyrgyzstan", "The delegations of Kazakhstan."
        )
        == "The delegations of Kyrgyzstan."
    )


def test_insertions_at_one_point_keep_both_the_servers_first() -> None:
    assert (
        merge_text("Start. End.", "Start. Ours. End.", "Start. Theirs. End.") == "Start. Theirs. Ours. End."
    )
