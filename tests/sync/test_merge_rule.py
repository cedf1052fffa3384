"""The long-text merge is one rule on both ends (liaison.protocol.textmerge), and it stops in
time: a merge that runs out of time is a conflict, never a merge of a diff cut short."""

from __future__ import annotations

import time

from liaison.protocol import textmerge
from liaison.secretariat import merge as server_merge
from liaison.sync import merge as client_merge

# The ancestor is over 100 characters and has line breaks: the desktop's own copy of the merge
# diffed it line by line first, the server character by character, and they disagreed here (the
# desktop kept a conflict in its inbox for what the server merges).
BASE = (
    "Kyrgyzstan of agreed camp delegation agreed forum youth forum the forum minister.\n"
    " Kazakhstan host the host minister.\n the to of in"
)
SERVER = (
    "forum of agreed camp delegation agreed forum youth forum the camp minister.\n"
    " Kazakhstan host the host minister.\n the to in"
)
CLIENT = (
    "Kyrgyzstan of agreed camp delegation agreed forum forum forum the forum minister.\n"
    " Kazakhstan host the host the forum to of in"
)


def test_the_desktop_rebases_by_exactly_the_servers_rule() -> None:
    ok, on_server = server_merge.merge_text(BASE, SERVER, CLIENT)
    assert ok and on_server == (
        "forum of agreed camp delegation agreed forum forum forum the camp minister.\n"
        " Kazakhstan host the host the forum to in"
    )
    assert client_merge.merge_text(BASE, CLIENT, SERVER) == on_server


def test_a_merge_past_its_deadline_is_a_conflict_even_when_it_would_merge() -> None:
    base, server, client = "One. Two. Three.", "One! Two. Three.", "One. Two. Three!"
    assert textmerge.combine(base, server, client) == "One! Two. Three!"
    assert textmerge.combine(base, server, client, deadline=time.time() - 1) is None
    assert server_merge.merge_text(base, server, client, deadline=time.time() - 1) == (False, None)
    result = server_merge.merge_fields(
        {"notes": base}, {"notes": server}, {"notes": client}, long_text={"notes"}, deadline=time.time() - 1
    )
    assert result.values == {"notes": server}
    assert result.conflicts == {"notes": {"base": base, "server": server, "client": client}}


def _pathological(size: int) -> tuple[str, str, str]:
    """Texts whose half-match search is quadratic: one repeated character, different at both
    ends (diff-match-patch's Diff_Timeout does not stop that search)."""
    return "x" + "=" * size + "y", "z" + "=" * size + "w", "x" + "=" * size + "y."


def test_a_pathological_merge_gives_up_in_time_on_both_ends() -> None:
    base, server, client = _pathological(150_000)  # without the bound: tens of seconds each
    started = time.perf_counter()
    assert server_merge.merge_text(base, server, client) == (False, None)
    assert client_merge.merge_text(base, client, server) is None
    assert time.perf_counter() - started < 2 * textmerge.DIFF_TIMEOUT_S + 2


def test_a_large_ordinary_merge_still_merges() -> None:
    lines = [
        f"{number}. The delegation of Kazakhstan took the floor on item {number}.\n"
        for number in range(20_000)
    ]
    base = "".join(lines)  # about 1.2 million characters, as long as a long day's minutes can be
    server = base.replace("item 10.\n", "item 10 and proposed a youth camp.\n")
    client = base.replace("item 19990.\n", "item 19990. Adopted.\n")
    started = time.perf_counter()
    ok, merged = server_merge.merge_text(base, server, client)
    assert ok and merged is not None
    assert "proposed a youth camp" in merged and "19990. Adopted." in merged and len(merged) > len(base)
    assert client_merge.merge_text(base, client, server) == merged
    assert time.perf_counter() - started < textmerge.DIFF_TIMEOUT_S
