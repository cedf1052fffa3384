"""Search through the real FTS5 index: the table of cases every officer's language must pass.

Each case stores records through the services and asserts what a typed query finds. The unit
tests of the key itself live in tests/text; these prove the index, the query builder and the
ranking together.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import text

from liaison.services import search
from liaison.services.app import Liaison
from liaison.text import KEY_VERSION, fts_prefix_query

# (language, stored name, typed query)
FINDS = [
    ("tr", "Işık", "isik"),
    ("tr", "IŞIK", "isik"),
    ("tr", "Işık", "IŞIK"),
    ("tr", "İstanbul", "istanbul"),
    ("tr", "ISTANBUL", "İstanbul"),
    ("tr", "Yurtdışı Türkler ve Akraba Topluluklar Başkanlığı", "yurtdisi turkler"),
    ("tr", "Şahin Gündoğdu", "sahin gundogdu"),
    ("tr", "Çağrı Öztürk", "cagri ozturk"),
    ("az", "Məmmədov", "mammadov"),
    ("az", "Əliyeva Gülnarə", "aliyeva"),
    ("az", "Diasporla İş üzrə Dövlət Komitəsi", "diasporla is uzra"),
    ("kk", "Сапарбекұлы", "saparbekuly"),
    ("kk", "Отандастар Қоры", "otandastar qory"),
    ("kk", "Otandastar Qory", "Отандастар"),
    ("kk", "Тоқаев", "tokayev"),
    ("kk", "Ғалым Әбілқайыр", "galym"),
    ("ky", "Омуралиев", "omuraliev"),
    ("ky", "Omuraliev", "Омуралиев"),
    ("ky", "Батырова Гульнара", "batyrova"),
    ("ky", "Бишкек", "bishkek"),
    ("ky", "Өмүрбек Үсөнов", "omurbek"),
    ("uz", "Oʻzbekiston", "ozbekiston"),
    ("uz", "O‘zbekiston", "o'zbekiston"),
    ("uz", "Gʻulomov", "g'ulomov"),
    ("uz", "G'ulomov", "gʻulomov"),
    ("uz", "Xorazm", "Хоразм"),
    ("uz", "Жасур", "jasur"),
    ("hu", "Gödöllő", "godollo"),
    ("hu", "Szőke Márton", "szoke marton"),
    ("hu", "Külügyi és Külgazdasági Minisztérium", "kulugyi"),
    ("ru", "Андрей Ерлан", "andrei yerlan"),
    ("ru", "Юсуф", "yusuf"),
    ("ru", "Шахин", "Şahin"),
    ("en", "Representation Office in Budapest", "represent"),
    ("en", "5th Meeting of Ministers", "5th meet"),
    # Azerbaijani and Turkish c is English j and Cyrillic дж; ç is English ch and Cyrillic ч
    ("az", "Ceyhun Bayramov", "Jeyhun"),
    ("az", "Ceyhun Bayramov", "Джейхун"),
    ("az", "Ceyhun Bayramov", "Jeyhun Bayramov"),
    ("az", "Jeyhun Bayramov", "Ceyhun"),
    ("az", "Джейхун Байрамов", "Ceyhun Bayramov"),
    ("az", "Cəlil Məmmədov", "Jalil"),
    ("az", "Cəlil Məmmədov", "Джалил"),
    ("tr", "Çelik", "Chelik"),
    ("tr", "Çelik", "Челик"),
    ("tr", "Çelik", "Celik"),
    ("tr", "Cengiz", "Jengiz"),
    # ə is a in English, e in Turkish, either in Russian
    ("az", "Cəlil Məmmədov", "Memmedov"),
    ("az", "Cəlil Məmmədov", "Celil"),
    ("az", "Cəlil Məmmədov", "Mammadov"),
    ("az", "Cəlil Məmmədov", "Мамедов"),
    ("az", "Cəlil Məmmədov", "Celil Memmedov"),
    ("az", "Əliyeva Gülnarə", "Eliyeva Gulnare"),
    ("kk", "Әлихан Бөкейхан", "Elihan"),
    ("en", "Council of Europe", "council"),
    ("en", "Council of Europe", "Coun"),
]

# Search-as-you-type: every prefix of the query as typed, letter by letter, keeps finding it.
TYPED = [
    ("Омуралиев", "Омуралиев"),
    ("Omuraliev", "омуралиев"),
    ("Işık", "ışık"),
    ("Məmmədov", "məmmədov"),
    ("Məmmədov", "mammadov"),
    ("Gödöllő", "godollo"),
    ("Saparbekuly", "сапарбекұлы"),
    ("Shukurov", "shukurov"),
    ("Chingiz", "çingiz"),
    ("Ceyhun", "jeyhun"),
    ("Ceyhun", "джейхун"),
    ("Cəlil", "celil"),
    ("Cəlil", "jalil"),
    ("Məmmədov", "memmedov"),
    ("Çelik", "chelik"),
    ("Council", "council"),
]


@pytest.mark.parametrize(("language", "stored", "query"), FINDS)
def test_query_finds_the_stored_name(app: Liaison, language: str, stored: str, query: str) -> None:
    target = app.contacts.create({"name": stored})
    app.contacts.create({"name": "Unrelated Person"})
    hits = app.search(query)
    assert target["id"] in [hit.id for hit in hits], f"{language}: {query!r} should find {stored!r}"


@pytest.mark.parametrize(("stored", "typed"), TYPED)
def test_every_prefix_typed_keeps_finding(app: Liaison, stored: str, typed: str) -> None:
    target = app.contacts.create({"name": stored})
    for end in range(2, len(typed) + 1):
        assert target["id"] in [hit.id for hit in app.search(typed[:end])], typed[:end]


def test_unrelated_names_are_not_found(app: Liaison) -> None:
    app.contacts.create({"name": "Омуралиев"})
    app.contacts.create({"name": "Gödöllő"})
    assert app.search("batyrova") == []
    assert app.search("zzz") == []


def test_nonsense_finds_nothing_in_the_sample_record(app: Liaison) -> None:
    """ "zzqx" folded to "j" (z + kh = zh), and a prefix "j" matched 29 records of the sample."""
    from liaison.services import sample

    sample.load_sample_data(app)
    assert len(app.search("j")) > 10  # the sample has names with j
    for nonsense in ("zzqx", "zkh", "zzzzzz"):
        assert len(app.search(nonsense)) <= 2, nonsense


def test_english_c_words_still_find_only_themselves(app: Liaison) -> None:
    council = app.institutions.create({"name": "Council of Europe"})
    app.contacts.create({"name": "Ceyhun Bayramov"})
    app.contacts.create({"name": "Jalil Jounson"})
    assert [hit.id for hit in app.search("council")] == [council["id"]]
    assert [hit.id for hit in app.search("council of europe")] == [council["id"]]


def test_search_covers_every_kind_and_ranks_title_hits_first(app: Liaison) -> None:
    qory = app.institutions.create({"name": "NJSC Otandastar Qory", "state_code": "KZ"})
    person = app.contacts.create({"name": "Сапарбекұлы", "institution_id": qory["id"]})
    event = app.events.create(
        {"kind": "ministerial_meeting", "title": "5th Meeting", "start_date": "2023-11-22", "city": "Bishkek"}
    )
    app.agenda.create({"event_id": event["id"], "title": "Diaspora Youth Forum organisation"})
    minutes = app.minutes.create({"event_id": event["id"]})
    app.minutes_entries.create({"minutes_id": minutes["id"], "decisions": "Qazalem portal presented"})
    bilateral = app.bilaterals.create(
        {"event_id": event["id"], "title": "Otandastar Qory – Kyrgyz ministry", "date": "2023-11-22"}
    )
    app.bilateral_parties.create({"bilateral_id": bilateral["id"], "contact_id": person["id"]})
    action = app.actions.create(
        {"title": "Share the Qazalem portal concept", "assignee_institution_id": qory["id"]}
    )
    plan = app.plans.create(
        {"year": 2024, "title": "Diaspora Joint Activity Plan of the OTS for the year 2024"}
    )
    app.activities.create({"plan_id": plan["id"], "title": "Capacity Building Training in New York"})

    kinds = {hit.kind: hit.id for hit in app.search("qazalem")}
    assert kinds == {"minutes": minutes["id"], "action": action["id"]}
    assert [hit.id for hit in app.search("youth forum", kinds=["event"])] == [event["id"]]
    assert [hit.id for hit in app.search("new york")] == [plan["id"]]
    assert bilateral["id"] in [hit.id for hit in app.search("saparbekuly")]
    ranked = [hit.id for hit in app.search("otandastar")]
    # title hits first, then those found in the body (the person and the action through the institution)
    assert set(ranked[:2]) == {qory["id"], bilateral["id"]}
    assert set(ranked[2:]) == {person["id"], action["id"]}


def test_index_follows_renames_and_deletes(app: Liaison) -> None:
    ministry = app.institutions.create({"name": "Ministry of Labour"})
    person = app.contacts.create({"name": "Gulnara Batyrova", "institution_id": ministry["id"]})
    app.institutions.update(ministry["id"], {"name": "Ministry of Labour, Social Security and Migration"})
    assert person["id"] in [hit.id for hit in app.search("migration", kinds=["contact"])]
    app.contacts.update(person["id"], {"name": "Гульнара Батырова"})
    assert [hit.title for hit in app.search("batyrova", kinds=["contact"])] == ["Гульнара Батырова"]
    app.contacts.delete(person["id"])
    assert app.search("batyrova") == []


def test_hostile_query_text_is_just_text(app: Liaison) -> None:
    app.contacts.create({"name": "NEAR AND OR NOT"})
    for query in ['"', "*", "AND", "a OR b", "title:x", "(", "NEAR(a b)", "-x", "^", "' OR 1=1 --"]:
        app.search(query)  # must not raise
    assert len(app.search("near and or not")) == 1


def test_rebuild_gives_the_same_index(app: Liaison) -> None:
    app.contacts.create({"name": "Омуралиев"})
    app.institutions.create({"name": "OTS Secretariat"})
    before = [(h.kind, h.id) for h in app.search("o")]
    assert app.rebuild_search_index() == 2
    assert [(h.kind, h.id) for h in app.search("o")] == before


def test_an_index_of_an_older_key_is_rebuilt_on_open(data_dir: Path) -> None:
    with Liaison.open(data_dir) as app:
        celil = app.contacts.create({"name": "Cəlil Məmmədov"})
        app.events.create({"title": "Xorazm forum", "kind": "diaspora_forum", "start_date": "2024-05-01"})
        with app.store.write() as session:  # as version 1 wrote it: no e spelling, kh = h
            session.execute(text("UPDATE search_fts SET title = 'calil mamadov' WHERE title LIKE 'calil%'"))
            session.execute(text("UPDATE search_fts SET title = 'horazm forum' WHERE title LIKE 'xorazm%'"))
            session.execute(text("UPDATE settings SET value = '1' WHERE key = 'search_key_version'"))
        assert app.search("Memmedov") == []
    with Liaison.open(data_dir) as app:
        assert [hit.id for hit in app.search("Memmedov")] == [celil["id"]]
        assert [hit.kind for hit in app.search("Xorazm")] == ["event"]
        assert app.settings.get(search.KEY_VERSION_SETTING) == KEY_VERSION
    with Liaison.open(data_dir) as app:  # stamped: no second rebuild
        assert not search.ensure_current(app.store)


def test_a_new_data_folder_is_stamped_without_a_rebuild(app: Liaison) -> None:
    assert app.settings.get(search.KEY_VERSION_SETTING) == KEY_VERSION


def test_the_bulk_index_is_the_index_of_one_at_a_time(app: Liaison) -> None:
    """``create_many`` (and a first sync) index new records in bulk, contacts folding shared
    parts once; the keys and titles must be exactly what indexing each record alone gives."""
    ministry = app.institutions.create({"name": "Diasporla İş üzrə Dövlət Komitəsi", "state_code": "AZ"})
    rows = [
        {
            "name": "Əliyeva Gülnarə",
            "latin_name": "Aliyeva Gulnara",
            "honorific": "Xanım",
            "position": "Şöbə müdiri",
            "institution_id": ministry["id"],
            "state_code": "AZ",
            "emails": ["g.aliyeva@example.az", "office@example.az"],
            "tags": ["2024 forum", "youth"],
            "notes": "Met in Bishkek; speaks Russian.",
        },
        {"name": "Омуралиев Бакыт", "position": "Шöбə müdiri", "state_code": "KG"},
        {"name": "Ann", "position": "Şöbə müdiri", "institution_id": ministry["id"]},
    ]
    app.contacts.create_many(rows)

    def index() -> list[tuple[object, ...]]:
        with app.store.read() as session:
            return sorted(
                tuple(row)
                for row in session.execute(
                    text(
                        "SELECT d.record_id, d.title, d.subtitle, f.title, f.body FROM search_docs d "
                        "JOIN search_fts f ON f.rowid = d.id"
                    )
                )
            )

    app.institutions.create_many(
        [
            {"name": "Otandastar Qory", "short_name": "OQ", "state_code": "KZ", "city": "Astana"},
            {"name": "Yurtdışı Türkler ve Akraba Topluluklar Başkanlığı", "parent_id": ministry["id"]},
        ]
    )
    bulk = index()
    assert len(bulk) == 6
    app.rebuild_search_index()  # one record at a time
    assert index() == bulk


# -- ranking only when it is cheap -----------------------------------------------------------------

# The query text of the ranked search before the rank-only-when-cheap change: bm25 over every
# match, joined to search_docs. Narrow queries must keep exactly this order.
BM25_ORDER = (
    "SELECT d.record_id FROM (SELECT rowid, rank FROM search_fts WHERE search_fts MATCH :match "
    "ORDER BY rank LIMIT :limit) AS f JOIN search_docs AS d ON d.id = f.rowid ORDER BY f.rank"
)


def bm25_order(app: Liaison, query: str, limit: int = 50) -> list[str]:
    match = fts_prefix_query(query)
    assert match is not None
    with app.store.read() as session:
        rows = session.execute(text(BM25_ORDER), {"match": f"{{title body}} : ({match})", "limit": limit})
        return [row[0] for row in rows]


@pytest.fixture
def crowded(app: Liaison) -> dict[str, list[str]]:
    """More than RANK_AT_MOST records match "o": 1,100 only in the body ("Officer"), created
    first, then 30 whose names start with "O" (so index order alone would put them last)."""
    assert search.RANK_AT_MOST < 1130
    body = app.contacts.create_many(
        [{"name": f"Aliev {n:04d}", "position": "Officer for diaspora"} for n in range(1100)]
    )
    titles = app.contacts.create_many([{"name": f"Omarov {n:02d}"} for n in range(30)])
    return {"body": body, "titles": titles}


def matches_o(hit: search.Hit) -> bool:
    return "Omarov" in hit.title or hit.title.startswith("Aliev")


def test_a_first_letter_over_many_records_lists_title_matches_first(
    app: Liaison, crowded: dict[str, list[str]]
) -> None:
    hits = app.search("o")
    ids = [hit.id for hit in hits]
    assert len(hits) == 50
    assert ids[:30] == crowded["titles"]  # the names starting with "o", in index order
    assert ids[30:] == crowded["body"][:20]  # then the other matches, in index order
    assert all(matches_o(hit) for hit in hits)
    assert [hit.rank for hit in hits] == list(range(50))
    assert [hit.id for hit in app.search("O", kinds=["contact"])] == ids
    assert app.search("o", kinds=["event"]) == []


def test_a_long_list_over_many_records_fills_beyond_the_probe(
    app: Liaison, crowded: dict[str, list[str]]
) -> None:
    ids = [hit.id for hit in app.search("o", limit=1100)]
    assert len(ids) == len(set(ids)) == 1100
    assert ids[:30] == crowded["titles"]
    assert ids[30:] == crowded["body"][:1070]
    everything = [hit.id for hit in app.search("o", limit=5000)]
    assert sorted(everything) == sorted(crowded["titles"] + crowded["body"])


def test_a_narrow_query_is_ranked_as_before(app: Liaison, crowded: dict[str, list[str]]) -> None:
    qory = app.institutions.create({"name": "NJSC Otandastar Qory", "state_code": "KZ"})
    app.contacts.create({"name": "Otandastar Bekov", "notes": "otandastar otandastar"})
    app.contacts.create({"name": "Aida Sarieva", "institution_id": qory["id"]})
    app.actions.create({"title": "Write to the Otandastar Qory board", "assignee_institution_id": qory["id"]})
    for query in ["otandastar", "ota", "omarov 1", "aliev 00", "qory", "officer 00"]:
        expected = bm25_order(app, query)
        assert expected, query
        assert [hit.id for hit in app.search(query)] == expected, query
    # the session variant (resolving names) ranks however many records match
    with app.store.read() as session:
        assert [hit.id for hit in search.search(session, "o")] == bm25_order(app, "o")
        assert [hit.rank for hit in search.search(session, "o", limit=3)] == [0, 1, 2]


def test_searches_from_many_threads_while_writing(app: Liaison) -> None:
    app.contacts.create_many([{"name": f"Omuraliev {n}"} for n in range(200)])
    errors: list[BaseException] = []

    def searching() -> None:
        try:
            for n in range(40):
                hits = app.search("omuraliev" if n % 2 else "o")
                assert len(hits) == 50
                assert all("Omuraliev" in hit.title for hit in hits)
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=searching) for _ in range(4)]
    for thread in threads:
        thread.start()
    for n in range(20):
        app.contacts.create({"name": f"Omuraliev extra {n}"})
    for thread in threads:
        thread.join()
    assert errors == []
    assert app.store.engine.pool.checkedout() == 0  # type: ignore[attr-defined]
    assert app.search("") == []
    with pytest.raises(ValueError, match="unknown search kinds"):
        app.search("o", kinds=["nonsense"])
