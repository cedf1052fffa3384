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


def test_help_is_in_the_language_asked_for(run: Run) -> None:
    turkish = run("--language", "tr", "--help")
    assert turkish.code == 0
    assert turkish.out.startswith("kullanım: liaison")
    assert "seçenekler:" in turkish.out and "komutlar:" in turkish.out
    assert "bu yardımı göster ve çık" in turkish.out and "show this help" not in turkish.out
    assert "Kişiler: add, list" in turkish.out  # entity names translated, command names as typed
    russian = run("--language", "ru", "contact", "list", "--help")
    assert "использование: liaison contact list" in russian.out
    assert "только записи, у которых FIELD равно VALUE" in russian.out
    assert russian.out.count("параметры:") == 1  # the shared options join the parser's own
    assert "-h, --help" in run("--language", "kk", "brief", "--help").out
    english = run("--language", "en", "--help")
    assert english.out.startswith("usage: liaison") and "options:" in english.out
