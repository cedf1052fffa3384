"""The command line reads as the window does (issue 14, item 9): status and kind keys by their
translated labels ("open", "in_progress" leaked into Turkish output), states by name, phone
numbers in international format, languages by name."""

from __future__ import annotations

from liaison.services.app import Liaison
from tests.cli.conftest import Run


def test_statuses_states_phones_and_languages_read_in_the_chosen_language(app: Liaison, run: Run) -> None:
    contact = app.contacts.create(
        {
            "name": "Elif Işık",
            "state_code": "TR",
            "phones": ["+90 312 218 40 62"],
            "languages": ["tr", "de"],
        }
    )
    app.actions.create({"title": "Circulate the concept note", "status": "in_progress"})
    listed = run("--language", "tr", "action", "list")
    assert listed.code == 0, listed.err
    assert "in_progress" not in listed.out and "Sürüyor" in listed.out
    shown = run("--language", "ru", "contact", "show", contact["id"])
    assert shown.code == 0, shown.err
    assert "Турция" in shown.out  # the state by name
    assert "+90 312 218 40 62" in shown.out and "+903122184062" not in shown.out
    assert "турецкий" in shown.out and "немецкий" in shown.out  # languages by name, in Russian
    english = run("--language", "en", "contact", "show", contact["id"])
    assert "Turkish, German" in english.out
    # --json stays machine-readable: keys and E.164, as stored.
    assert '"+903122184062"' in run("contact", "show", contact["id"], "--json").out
