"""Finding contacts that are one person (liaison.services.duplicates) on a real data folder."""

from __future__ import annotations

from typing import Any

import pytest

from liaison.services import duplicates as d
from liaison.services.app import Liaison


def _add(app: Liaison, name: str, **values: Any) -> str:
    return str(app.contacts.create({"name": name, **values})["id"])


def _groups(app: Liaison) -> list[tuple[set[str], list[str], float]]:
    return [(set(g.ids), list(g.reasons), g.score) for g in app.find_duplicates()]


def test_the_same_person_across_scripts_spellings_and_word_order(app: Liaison) -> None:
    qory = str(app.institutions.create({"name": "Otandastar Qory"})["id"])
    cyrillic = _add(app, "Кубанычбек Омуралиев", institution_id=qory)
    latin = _add(app, "Kubanychbek Omuraliev", institution_id=qory)
    turned = _add(app, "Omuraliev Kubanychbek")
    _add(app, "Aigerim Saparbekuly")
    groups = _groups(app)
    assert len(groups) == 1
    ids, reasons, score = groups[0]
    assert ids == {cyrillic, latin, turned}
    assert d.OTHER_SCRIPT in reasons and d.WORD_ORDER in reasons and d.SAME_INSTITUTION in reasons
    assert 0.5 <= score <= 1


def test_azerbaijani_name_in_either_order_and_with_e_for_schwa_is_not_needed(app: Liaison) -> None:
    first = _add(app, "Məmmədov Əli")
    second = _add(app, "Əli Məmmədov")
    third = _add(app, "Ali Mammadov")
    assert [ids for ids, _r, _s in _groups(app)] == [{first, second, third}]


def test_shared_email_or_phone(app: Liaison) -> None:
    first = _add(app, "Gulnara Batyrova", emails=["G.Batyrova@example.kg"])
    second = _add(app, "Г. Батырова", emails=["g.batyrova@example.kg"])
    third = _add(app, "Nurlan Abenov", phones=["+996 312 62 45 00"])
    fourth = _add(app, "N. Abenov", phones=["+996312624500"])
    groups = {frozenset(ids): reasons for ids, reasons, _s in _groups(app)}
    assert groups == {frozenset({first, second}): [d.SAME_EMAIL], frozenset({third, fourth}): [d.SAME_PHONE]}


def test_near_spellings(app: Liaison) -> None:
    first = _add(app, "Muhammadjon Yusupov")
    second = _add(app, "Mukhammadzhon Yusupov")  # kh = h, zh = j: the key makes them one
    third = _add(app, "Nursultan Abdrakhmanov")
    fourth = _add(app, "Nursoltan Abdrahmanov")  # u/o: one edit
    groups = {frozenset(ids): reasons for ids, reasons, _s in _groups(app)}
    assert frozenset({first, second}) in groups
    assert groups[frozenset({third, fourth})] == [d.NEAR_SPELLING]


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Aigerim Saparbekuly", "Aigerim Nurlanova"),  # a first name and an institution
        ("Ali Aliyev", "Ali Valiyev"),  # near, but not at its first letter
        ("Ali Aliyev", "Eli Aliyev"),  # short words must be equal
        ("Kanat", "Kanat"),  # one word names nothing
        ("Ayşe Kaya", "Ayşe Kara"),
    ],
)
def test_different_people_sharing_a_first_name_and_an_institution(app: Liaison, one: str, other: str) -> None:
    qory = str(app.institutions.create({"name": "Otandastar Qory"})["id"])
    _add(app, one, institution_id=qory)
    _add(app, other, institution_id=qory)
    if one == other:  # same one-word name: still "same name", the only thing they share
        assert all(reasons == [d.SAME_NAME, d.SAME_INSTITUTION] for _i, reasons, _s in _groups(app))
    else:
        assert _groups(app) == []


def test_different_emails_lower_the_score_and_namesakes_do_not_chain(app: Liaison) -> None:
    _add(app, "Ali Aliyev", emails=["ali1@example.az"])
    _add(app, "Ali Aliyev", emails=["ali2@example.az"])
    assert _groups(app) == []  # namesakes with addresses of their own
    qory = str(app.institutions.create({"name": "Otandastar Qory"})["id"])
    same = [_add(app, "Kanat Omarov", emails=[f"k{i}@example.kz"], institution_id=qory) for i in range(2)]
    (group,) = _groups(app)
    assert group[0] == set(same) and d.THRESHOLD <= group[2] < d.WEIGHTS[d.SAME_NAME]
    for _ in range(d.COMMON_NAME):
        _add(app, "Kanat Omarov", institution_id=qory)
    assert all(not set(same) <= ids for ids, _r, _s in _groups(app))  # too common to say anything


def test_deleted_contacts_are_left_out(app: Liaison) -> None:
    first = _add(app, "Omuraliev Jasur")
    app.contacts.delete(_add(app, "Омуралиев Жасур"))
    _add(app, "Someone Else")
    assert _groups(app) == []
    assert first
