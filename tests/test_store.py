"""The SQLite store: round trips, idempotency, atomicity, queries, migrations."""
from __future__ import annotations

import sqlite3
from dataclasses import replace

import pytest

from eventwire import store as store_module
from eventwire.records import (
    Actor,
    Claim,
    DocumentResult,
    Event,
    Place,
    Quantity,
    RawDocument,
    Sentence,
)
from eventwire.store import Store, content_hash

RUSMIL = Actor("Russian forces", "RUSMIL", "RUS", "MIL")
RUSGOV = Actor("the Kremlin", "RUSGOV", "RUS", "GOV")
UKRMIL = Actor("Ukrainian troops", "UKRMIL", "UKR", "MIL")
UKRGOV = Actor("Kyiv", "UKRGOV", "UKR", "GOV")
CHNGOV = Actor("Beijing", "CHNGOV", "CHN", "GOV")
NATO = Actor("NATO", "NATO", None, "IGO")
USAGOV = Actor("John Kirby", "USAGOV", "USA", "GOV", title="National Security Council spokesman")


def make_result(doc_id: str = "doc1", text: str | None = None, published: str = "2024-09-11") -> DocumentResult:
    """A hand-built document with two sentences, three events and two claims."""
    s1 = "Russian forces shelled Kharkiv on Monday, killing 3 civilians."
    s2 = 'Kirby said Beijing denied supplying drones to Russia, according to ISW.'
    text = text or f"{s1} {s2}"
    doc = RawDocument(
        id=doc_id, text=text, title="Russia strikes Kharkiv", url=f"https://example.org/{doc_id}",
        published=published, site="example.org", path=f"/data/{doc_id}.html", format="html",
    )
    o2 = len(s1) + 1
    sentences = [
        Sentence(f"{doc_id}:s0", 0, 0, len(s1), s1),
        Sentence(f"{doc_id}:s1", 1, o2, o2 + len(s2), s2),
    ]
    claims = [
        Claim(
            id=f"{doc_id}:c0", sentence_id=f"{doc_id}:s1", evidence=s2, span=(o2, o2 + len(s2)),
            speaker=USAGOV, cue="said", content="Beijing denied supplying drones to Russia",
            quote=None, direct=False, stance="assert", hedged=True, via=["ISW", "Reuters"],
            date="2024-09-10", contradicts=[f"{doc_id}:c1"], content_span=(o2 + 11, o2 + 52),
        ),
        Claim(
            id=f"{doc_id}:c1", sentence_id=f"{doc_id}:s1", evidence=s2, span=(o2 + 11, o2 + len(s2)),
            speaker=CHNGOV, cue="denied", content="supplying drones to Russia", quote="no drones",
            direct=True, stance="deny", hedged=False, via=[], date=None, contradicts=[f"{doc_id}:c0"],
            content_span=None,
        ),
    ]
    events = [
        Event(
            id=f"{doc_id}:e0", sentence_id=f"{doc_id}:s0", evidence=s1, span=(0, len(s1)),
            cameo="195", plover="ASSAULT", plover_mode="aerial", goldstein=-10.0,
            source=RUSMIL, target=UKRMIL, date="2024-09-09", date_text="on Monday",
            locations=[Place("Kharkiv", "UKR", 49.99, 36.23)],
            quantities=[Quantity(3.0, "civilians killed", "3 civilians")],
            names=["Kharkiv", "Kupiansk Operation"], negated=False, hypothetical=False,
            claim_id=None, confidence=0.8, trigger="shelled", trigger_span=(15, 22),
        ),
        Event(
            id=f"{doc_id}:e1", sentence_id=f"{doc_id}:s1", evidence=s2, span=(o2, o2 + len(s2)),
            cameo="0621", plover="AID", plover_mode=None, goldstein=3.4,
            source=CHNGOV, target=RUSGOV, date=None, names=["Shahed"], negated=True,
            claim_id=f"{doc_id}:c1", confidence=0.6,
        ),
        Event(
            id=f"{doc_id}:e2", sentence_id=f"{doc_id}:s1", evidence=s2, span=(o2, o2 + 10),
            cameo="010", plover="Cooperate", plover_mode=None, goldstein=0.0,
            source=USAGOV, target=None, date="2024-09-10",
        ),
    ]
    return DocumentResult(document=doc, sentences=sentences, events=events, claims=claims)


def count_rows(store: Store) -> dict[str, int]:
    tables = ["documents", "sentences", "events", "event_names", "claims", "claim_contradictions", "actors"]
    return {t: store._conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "test.db") as s:
        yield s


@pytest.fixture
def filled(store):
    """Three documents: doc1 (Sept 2024), doc2 (NATO/UKR, Oct 2024), doc3 (undated events)."""
    store.add(make_result("doc1"))
    s = "NATO pledged air defence to Kyiv."
    doc2 = DocumentResult(
        document=RawDocument("doc2", s, published="2024-10-02"),
        sentences=[Sentence("doc2:s0", 0, 0, len(s), s)],
        events=[
            Event("doc2:e0", "doc2:s0", s, (0, len(s)), "057", "AGREE", None, 8.0, NATO, UKRGOV,
                  date="2024-10-01", names=["Patriot"]),
            Event("doc2:e1", "doc2:s0", s, (0, len(s)), "0621", "AID", None, 3.4, UKRGOV, RUSMIL,
                  hypothetical=True),
        ],
        claims=[Claim("doc2:c0", "doc2:s0", s, (0, len(s)), NATO, "pledged", "air defence", stance="assert")],
    )
    store.add(doc2)
    s = "Ukrainian troops attacked Russian positions."
    doc3 = DocumentResult(
        document=RawDocument("doc3", s, published=None),
        sentences=[Sentence("doc3:s0", 0, 0, len(s), s)],
        events=[Event("doc3:e0", "doc3:s0", s, (0, len(s)), "190", "ASSAULT", None, -10.0, UKRMIL, RUSMIL)],
    )
    store.add(doc3)
    return store


def ids(records) -> list[str]:
    return [r.id for r in records]


# ---------------------------------------------------------------------- hashing, round trip


def test_content_hash_ignores_whitespace_only():
    a = RawDocument("a", "Russian forces  shelled\nKharkiv. ")
    b = RawDocument("b", " Russian forces shelled Kharkiv.")
    c = RawDocument("c", "Russian forces shelled Kharkov.")
    assert content_hash(a) == content_hash(b)
    assert content_hash(a) != content_hash(c)
    assert len(content_hash(a)) == 64


def test_round_trip_every_field(store):
    original = make_result("doc1")
    assert store.add(original) == "stored"
    back = store.document("doc1")
    assert back is not None
    assert back.document == original.document
    assert back.sentences == original.sentences
    assert back.events == original.events  # Actor, Place, Quantity, names, spans, claim_id, ...
    assert back.claims == original.claims  # speaker title, via, contradicts, content_span, ...
    assert back.to_dict() == original.to_dict()
    assert isinstance(back.events[0].span, tuple) and isinstance(back.events[0].trigger_span, tuple)
    assert isinstance(back.events[0].locations[0], Place)
    assert isinstance(back.events[0].quantities[0], Quantity)
    assert store.document("nope") is None


def test_documents_listing(filled):
    docs = filled.documents()
    assert [d.id for d in docs] == ["doc1", "doc2", "doc3"]
    assert docs[0].text.startswith("Russian forces shelled")
    assert [d.id for d in filled.documents(limit=2)] == ["doc1", "doc2"]


# ---------------------------------------------------------------------- idempotency, collisions, atomicity


def test_adding_same_content_twice_is_duplicate(store):
    result = make_result("doc1")
    assert store.add(result) == "stored"
    before = count_rows(store)
    assert store.has_document(content_hash(result.document))
    # Same content under another id, with different whitespace: still a duplicate.
    again = make_result("other-id", text=result.document.text.replace(" ", "  \n"))
    assert store.add(again) == "duplicate"
    assert store.add(result) == "duplicate"
    assert count_rows(store) == before


def test_id_collision_with_different_content(store):
    first = make_result("doc1")
    store.add(first)
    second = make_result("doc1", text=first.document.text + " Kyiv responded.")
    # Same id from another source (the same source with new text is a new version:
    # tests/test_store_versions.py).
    second.document.url, second.document.path = "https://example.net/doc1", "/other/doc1.html"
    assert store.add(second) == "stored"
    new_id = "doc1-" + content_hash(second.document)[:8]
    assert [d.id for d in store.documents()] == ["doc1", new_id]
    back = store.document(new_id)
    assert back.document.text == second.document.text
    assert [s.id for s in back.sentences] == [f"{new_id}:s0", f"{new_id}:s1"]
    assert ids(back.events) == [f"{new_id}:e0", f"{new_id}:e1", f"{new_id}:e2"]
    assert back.events[1].sentence_id == f"{new_id}:s1"
    assert back.events[1].claim_id == f"{new_id}:c1"
    assert back.claims[0].contradicts == [f"{new_id}:c1"]
    assert back.claims[1].sentence_id == f"{new_id}:s1"
    # The caller's object is untouched and the first document is intact.
    assert second.document.id == "doc1" and second.events[0].id == "doc1:e0"
    assert store.document("doc1") == first


def test_failed_insert_leaves_no_partial_rows(store):
    store.add(make_result("doc1"))
    before = count_rows(store)
    bad = make_result("doc2", published="2024-09-12")
    bad.document.text += " Another day."
    bad.events[2] = replace(bad.events[2], sentence_id="no-such-sentence")  # foreign key fails
    with pytest.raises(sqlite3.IntegrityError):
        store.add(bad)
    assert count_rows(store) == before
    assert store.document("doc2") is None
    assert store.document("doc1") == make_result("doc1")
    # The store is still usable afterwards, and the fixed document goes in.
    bad.events[2] = replace(bad.events[2], sentence_id="doc2:s1")
    assert store.add(bad) == "stored"


def test_exception_midway_rolls_back(store, monkeypatch):
    store.add(make_result("doc1"))
    before = count_rows(store)

    def boom(self, result):
        raise RuntimeError("disk on fire")

    # Document, sentences and claims are inserted before events.
    monkeypatch.setattr(Store, "_insert_events", boom)
    other = make_result("doc2")
    other.document.text += " Another day."
    with pytest.raises(RuntimeError, match="disk on fire"):
        store.add(other)
    assert count_rows(store) == before
    assert not store.has_document(content_hash(other.document))


def test_delete_cascades_from_document(filled):
    filled._conn.execute("DELETE FROM documents WHERE id = 'doc1'")
    counts = count_rows(filled)
    assert counts["documents"] == 2
    assert counts["sentences"] == 2
    assert counts["events"] == 3
    assert counts["claims"] == 1
    assert counts["claim_contradictions"] == 0
    assert filled._conn.execute("SELECT count(*) FROM event_names WHERE event_id LIKE 'doc1%'").fetchone()[0] == 0


# ---------------------------------------------------------------------- event queries


def test_events_default_excludes_negated_and_hypothetical(filled):
    assert ids(filled.events()) == ["doc1:e0", "doc1:e2", "doc2:e0", "doc3:e0"]
    everything = filled.events(include_negated=True)
    assert set(ids(everything)) == {"doc1:e0", "doc1:e1", "doc1:e2", "doc2:e0", "doc2:e1", "doc3:e0"}
    # Ordered by date (event date, else published); undated events last.
    assert ids(everything)[-1] == "doc3:e0"
    assert ids(everything)[:3] == ["doc1:e0", "doc1:e2", "doc1:e1"]


def test_events_actor_filter(filled):
    assert ids(filled.events(actor="RUS", include_negated=True)) == ["doc1:e0", "doc1:e1", "doc2:e1", "doc3:e0"]
    assert ids(filled.events(actor="rusgov", include_negated=True)) == ["doc1:e1"]
    assert ids(filled.events(actor="NATO")) == ["doc2:e0"]
    assert ids(filled.events(actor="UKR")) == ["doc1:e0", "doc2:e0", "doc3:e0"]
    assert filled.events(actor="RU") == []  # not a country code, no prefix match
    assert filled.events(actor="FRA") == []


def test_events_dyad_filter(filled):
    assert ids(filled.events(dyad=("RUS", "UKR"))) == ["doc1:e0", "doc3:e0"]
    assert ids(filled.events(dyad=("UKR", "RUS"))) == ["doc1:e0", "doc3:e0"]
    assert ids(filled.events(dyad=("RUSMIL", "UKRMIL"))) == ["doc1:e0", "doc3:e0"]
    assert ids(filled.events(dyad=("NATO", "UKR"))) == ["doc2:e0"]
    assert filled.events(dyad=("CHN", "UKR")) == []


def test_events_cameo_and_plover_filters(filled):
    assert ids(filled.events(cameo="19")) == ["doc1:e0", "doc3:e0"]
    assert ids(filled.events(cameo="195")) == ["doc1:e0"]
    assert ids(filled.events(cameo="06", include_negated=True)) == ["doc1:e1", "doc2:e1"]
    assert ids(filled.events(cameo="062", include_negated=True)) == ["doc1:e1", "doc2:e1"]
    assert filled.events(cameo="0622", include_negated=True) == []
    assert ids(filled.events(plover="assault")) == ["doc1:e0", "doc3:e0"]
    assert ids(filled.events(plover="COOPERATE")) == ["doc1:e2"]
    assert filled.events(plover="ASSAU") == []  # exact, not prefix


def test_events_date_filters(filled):
    # doc1:e1 has no date of its own: it falls back to the published 2024-09-11.
    assert ids(filled.events(since="2024-09-10", include_negated=True)) == ["doc1:e2", "doc1:e1", "doc2:e0", "doc2:e1"]
    assert ids(filled.events(until="2024-09-10")) == ["doc1:e0", "doc1:e2"]  # inclusive
    assert ids(filled.events(since="2024-09-10", until="2024-09-10")) == ["doc1:e2"]
    assert ids(filled.events(until="2024-09", include_negated=True)) == ["doc1:e0", "doc1:e2", "doc1:e1"]
    from datetime import date

    assert ids(filled.events(since=date(2024, 10, 1))) == ["doc2:e0"]


def test_events_name_document_limit(filled):
    assert ids(filled.events(name="kupiansk")) == ["doc1:e0"]
    assert ids(filled.events(name="PATRIOT")) == ["doc2:e0"]
    assert filled.events(name="shahed") == []  # the Shahed event is negated
    assert ids(filled.events(name="shahed", include_negated=True)) == ["doc1:e1"]
    assert ids(filled.events(document="doc2", include_negated=True)) == ["doc2:e0", "doc2:e1"]
    assert ids(filled.events(limit=2)) == ["doc1:e0", "doc1:e2"]
    assert ids(filled.events(actor="RUS", cameo="19", since="2024-09-01")) == ["doc1:e0"]


def test_events_df(filled):
    df = filled.events_df(include_negated=True)
    assert len(df) == 6
    for col in ["id", "document_id", "date", "cameo", "goldstein", "plover", "plover_mode",
                "source_actor", "source_text", "target_actor", "target_text", "evidence",
                "span_start", "span_end", "names", "locations", "negated", "hypothetical",
                "claim_id", "confidence"]:
        assert col in df.columns
    row = df.set_index("id").loc["doc1:e0"]
    assert row["names"] == "Kharkiv; Kupiansk Operation"
    assert row["locations"] == "Kharkiv"
    assert row["source_actor"] == "RUSMIL" and row["target_text"] == "Ukrainian troops"
    assert row["span_start"] == 0 and row["goldstein"] == -10.0
    assert df.set_index("id").loc["doc1:e1", "negated"] == True  # noqa: E712
    assert list(filled.events_df(cameo="19")["id"]) == ["doc1:e0", "doc3:e0"]
    empty = filled.events_df(actor="FRA")
    assert empty.empty and "cameo" in empty.columns


# ---------------------------------------------------------------------- claim queries


def test_claims_filters(filled):
    assert ids(filled.claims()) == ["doc1:c0", "doc1:c1", "doc2:c0"]
    assert ids(filled.claims(speaker="KIRBY")) == ["doc1:c0"]
    assert ids(filled.claims(speaker="security council")) == ["doc1:c0"]  # matches the title
    assert ids(filled.claims(actor="CHN")) == ["doc1:c1"]
    assert ids(filled.claims(actor="NATO")) == ["doc2:c0"]
    assert ids(filled.claims(stance="DENY")) == ["doc1:c1"]
    assert ids(filled.claims(contradicted=True)) == ["doc1:c0", "doc1:c1"]
    assert ids(filled.claims(contradicted=False)) == ["doc2:c0"]
    assert ids(filled.claims(since="2024-09-11")) == ["doc1:c1", "doc2:c0"]  # c1 falls back to published
    assert ids(filled.claims(until="2024-09-10")) == ["doc1:c0"]
    assert ids(filled.claims(document="doc2")) == ["doc2:c0"]
    assert ids(filled.claims(limit=1)) == ["doc1:c0"]
    c0 = filled.claims(speaker="kirby")[0]
    assert c0.contradicts == ["doc1:c1"] and c0.via == ["ISW", "Reuters"]
    assert c0.speaker.title == "National Security Council spokesman"


def test_add_contradiction(filled):
    filled.add_contradiction("doc2:c0", "doc1:c0")
    filled.add_contradiction("doc1:c0", "doc2:c0")  # idempotent
    assert filled.claims(document="doc2")[0].contradicts == ["doc1:c0"]
    assert filled.claims(speaker="kirby")[0].contradicts == ["doc1:c1", "doc2:c0"]
    assert ids(filled.claims(contradicted=True)) == ["doc1:c0", "doc1:c1", "doc2:c0"]
    assert filled._conn.execute("SELECT count(*) FROM claim_contradictions").fetchone()[0] == 4
    with pytest.raises(KeyError):
        filled.add_contradiction("doc1:c0", "missing")
    with pytest.raises(ValueError):
        filled.add_contradiction("doc1:c0", "doc1:c0")


def test_contradiction_with_claim_stored_later(store):
    first = make_result("doc1")
    first.claims[0].contradicts = ["doc1:c1", "later:c0"]
    store.add(first)
    s = "Moscow rejected the claim."
    later = DocumentResult(
        document=RawDocument("later", s),
        sentences=[Sentence("later:s0", 0, 0, len(s), s)],
        claims=[Claim("later:c0", "later:s0", s, (0, len(s)), RUSGOV, "rejected", "the claim", stance="deny")],
    )
    store.add(later)
    assert store.claims(document="later")[0].contradicts == ["doc1:c0"]


def test_claims_df(filled):
    df = filled.claims_df()
    assert list(df["id"]) == ["doc1:c0", "doc1:c1", "doc2:c0"]
    row = df.set_index("id").loc["doc1:c0"]
    assert row["speaker_actor"] == "USAGOV" and row["via"] == "ISW; Reuters"
    assert row["contradicts"] == "doc1:c1" and row["hedged"] == True  # noqa: E712
    assert list(filled.claims_df(stance="deny")["id"]) == ["doc1:c1"]


# ---------------------------------------------------------------------- stats


def test_stats(filled):
    st = filled.stats(top=3)
    assert st["documents"] == 3 and st["sentences"] == 4
    assert st["events"] == 6 and st["events_asserted"] == 4
    assert st["claims"] == 3 and st["contradictions"] == 1
    assert st["actors"] == 7  # RUSMIL UKRMIL CHNGOV RUSGOV USAGOV NATO UKRGOV
    # Asserted events only; doc1:e2 has no target so forms no dyad.
    assert st["top_dyads"] == [
        {"source": "NATO", "target": "UKRGOV", "count": 1},
        {"source": "RUSMIL", "target": "UKRMIL", "count": 1},
        {"source": "UKRMIL", "target": "RUSMIL", "count": 1},
    ]
    assert {"cameo": "19", "count": 2} in st["top_cameo_roots"]
    assert st["top_cameo_roots"][0] == {"cameo": "19", "count": 2}
    assert st["top_plover"][0] == {"plover": "ASSAULT", "count": 2}
    assert [(a["code"], a["mentions"]) for a in st["top_actors"]] == [("RUSMIL", 3), ("CHNGOV", 2), ("NATO", 2)]
    assert st["date_range"] == {"first": "2024-09-09", "last": "2024-10-02"}


def test_actors_table_updated_on_insert(filled):
    rows = {r["code"]: dict(r) for r in filled._conn.execute("SELECT * FROM actors")}
    assert rows["RUSMIL"]["mentions"] == 3  # doc1:e0, doc2:e1, doc3:e0
    assert rows["RUSMIL"]["first_seen"] == "2024-09-09"
    assert rows["RUSMIL"]["last_seen"] == "2024-10-02"
    assert rows["NATO"]["country"] is None and rows["NATO"]["sector"] == "IGO"
    assert rows["NATO"]["mentions"] == 2  # one event, one claim
    assert rows["USAGOV"]["mentions"] == 2


# ---------------------------------------------------------------------- schema, files, concurrency


def test_schema_version_and_reopen(tmp_path):
    path = tmp_path / "db.sqlite"
    with Store(path) as s:
        assert s.schema_version() == store_module.SCHEMA_VERSION
        first = s._conn.execute("SELECT version, applied_at FROM schema_migrations").fetchall()
        s.add(make_result("doc1"))
        assert s._conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert s._conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    with Store(path) as s:
        again = s._conn.execute("SELECT version, applied_at FROM schema_migrations").fetchall()
        assert [tuple(r) for r in again] == [tuple(r) for r in first]
        assert len(s.documents()) == 1
        names = {r[0] for r in s._conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        for index in ["idx_events_date", "idx_events_cameo", "idx_events_plover", "idx_events_source",
                      "idx_events_target", "idx_claims_speaker", "idx_claims_stance"]:
            assert index in names


def test_new_migration_applied_once_on_reopen(tmp_path, monkeypatch):
    path = tmp_path / "db.sqlite"
    Store(path).close()
    step = (store_module.SCHEMA_VERSION + 1, ["CREATE TABLE extra (x INTEGER)"])
    monkeypatch.setattr(store_module, "MIGRATIONS", [*store_module.MIGRATIONS, step])
    with Store(path) as s:
        assert s.schema_version() == step[0]
        assert [r[0] for r in s._conn.execute("SELECT version FROM schema_migrations ORDER BY version")] == [
            v for v, _ in store_module.MIGRATIONS
        ]
    Store(path).close()  # would fail with "table extra already exists" if re-run


def test_failed_migration_is_rolled_back(tmp_path, monkeypatch):
    path = tmp_path / "db.sqlite"
    Store(path).close()
    step = (store_module.SCHEMA_VERSION + 1, ["CREATE TABLE extra (x INTEGER)", "THIS IS NOT SQL"])
    monkeypatch.setattr(store_module, "MIGRATIONS", [*store_module.MIGRATIONS, step])
    with pytest.raises(sqlite3.OperationalError):
        Store(path)
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT max(version) FROM schema_migrations").fetchone()[0] == store_module.SCHEMA_VERSION
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'extra'").fetchone()[0] == 0
    conn.close()


def test_env_var_sets_default_path(tmp_path, monkeypatch):
    target = tmp_path / "sub" / "env.db"
    monkeypatch.setenv("EVENTWIRE_DB", str(target))
    with Store() as s:
        s.add(make_result("doc1"))
        assert s.path == str(target)
    assert target.exists()


def test_default_path_without_env(tmp_path, monkeypatch):
    monkeypatch.delenv("EVENTWIRE_DB", raising=False)
    monkeypatch.chdir(tmp_path)
    Store().close()
    assert (tmp_path / "eventwire.db").exists()


def test_reader_not_blocked_by_open_write(tmp_path):
    path = tmp_path / "db.sqlite"
    writer = Store(path)
    writer.add(make_result("doc1"))
    writer._conn.execute("BEGIN IMMEDIATE")
    writer._insert_document(RawDocument("pending", "uncommitted text"), "f" * 64)
    reader = Store(path)  # opening and reading must not wait for the writer
    assert [d.id for d in reader.documents()] == ["doc1"]
    writer._conn.execute("COMMIT")
    assert [d.id for d in reader.documents()] == ["doc1", "pending"]
    reader.close()
    writer.close()


def test_country_code_matches_prefix_or_country_column(store):
    # Resolvers may fill only the code, or only the country: "RUS" finds both,
    # while a longer code matches exactly.
    s = "Wagner fighters seized the Bakhmut road near Russian civilians."
    wagner = Actor("Wagner fighters", "RUSREB", None, None)
    civilians = Actor("Russian civilians", None, "RUS", None)
    store.add(DocumentResult(
        document=RawDocument("w", s, published="2023-05-01"),
        sentences=[Sentence("w:s0", 0, 0, len(s), s)],
        events=[
            Event("w:e0", "w:s0", s, (0, 30), "1951", "ASSAULT", None, -9.5, wagner, None),
            Event("w:e1", "w:s0", s, (0, len(s)), "180", "ASSAULT", None, -9.0, None, civilians),
        ],
        claims=[Claim("w:c0", "w:s0", s, (0, len(s)), wagner, "said", "seized")],
    ))
    assert ids(store.events(actor="RUS")) == ["w:e0", "w:e1"]
    assert ids(store.events(actor="RUSREB")) == ["w:e0"]
    assert store.events(actor="RUSRE") == []
    assert ids(store.claims(actor="rus")) == ["w:c0"]


def test_partial_dates_overlap_bounds(store):
    s = "Fighting continued in September around Pokrovsk in 2024."
    def ev(i, when):
        return Event(f"p:e{i}", "p:s0", s, (0, len(s)), "190", "ASSAULT", None, -10.0, RUSMIL, UKRMIL, date=when)
    store.add(DocumentResult(
        document=RawDocument("p", s, published="2024-12-01"),
        sentences=[Sentence("p:s0", 0, 0, len(s), s)],
        events=[ev(0, "2024-09"), ev(1, "2024"), ev(2, "2024-08-31"), ev(3, "2024-10-01")],
    ))
    # Month and year periods overlap the day range; the exact days outside it do not.
    assert ids(store.events(since="2024-09-15", until="2024-09-20")) == ["p:e1", "p:e0"]
    assert ids(store.events(since="2024-09", until="2024-09")) == ["p:e1", "p:e0"]
    assert ids(store.events(until="2024-08")) == ["p:e1", "p:e2"]
    assert ids(store.events(since="2025")) == []


def test_lowercase_stored_codes_still_match(store):
    s = "russian forces shelled kharkiv."
    src = Actor("russian forces", "rusmil", "rus", "mil")
    store.add(DocumentResult(
        document=RawDocument("l", s),
        sentences=[Sentence("l:s0", 0, 0, len(s), s)],
        events=[Event("l:e0", "l:s0", s, (0, len(s)), "195", "assault", None, -10.0, src, None)],
    ))
    assert ids(store.events(actor="RUS")) == ["l:e0"]
    assert ids(store.events(actor="RUSMIL", plover="ASSAULT")) == ["l:e0"]
    assert store.events(actor="RUS")[0].source == src  # stored as given


def test_events_near_a_point_and_location_country(filled):
    # e0 happened in Kharkiv (49.99, 36.23).
    near_kharkiv = ids(filled.events(near=(50.0, 36.3), km=50))
    assert near_kharkiv and all(i.endswith(":e0") for i in near_kharkiv)
    assert filled.events(near=(55.75, 37.62), km=300) == []  # Moscow is ~640 km away
    assert ids(filled.events(near=(55.75, 37.62), km=1000)) == near_kharkiv
    assert ids(filled.events(location_country="ukr")) == near_kharkiv
    assert filled.events(location_country="RUS") == []


def test_events_near_an_unknown_place_is_a_clear_error(filled):
    with pytest.raises(ValueError, match="unknown place"):
        filled.events(near="Nowhereville-on-Nothing")


def test_every_party_of_a_mutual_action_is_found(store):
    s = "The United States, Russia and Switzerland met in Geneva."
    usa, che = Actor("The United States", "USAGOV", "USA", "GOV"), Actor("Switzerland", "CHEGOV", "CHE", "GOV")
    meeting = Event("m:e0", "m:s0", s, (0, len(s)), "040", "CONSULT", None, 1.0, usa, RUSGOV,
                    participants=[usa, RUSGOV, che])
    store.add(DocumentResult(
        document=RawDocument("m", s, published="2024-06-01"),
        sentences=[Sentence("m:s0", 0, 0, len(s), s)],
        events=[meeting],
    ))
    # the third party is neither source nor target, yet the meeting is hers too
    assert ids(store.events(actor="CHE")) == ["m:e0"]
    assert ids(store.events(dyad=("RUS", "CHE"))) == ["m:e0"]
    assert ids(store.events(dyad=("CHE", "USA"))) == ["m:e0"]
    assert store.events(dyad=("CHE", "CHN")) == []
    assert store.events()[0].participants == [usa, RUSGOV, che]
    assert store.events_df()["participants"].tolist() == ["USAGOV; RUSGOV; CHEGOV"]


def test_each_author_of_a_co_authored_act_is_found(store):
    s = "Russia and China condemned the US strikes."
    usa = Actor("the US", "USAGOV", "USA", "GOV")
    condemn = Event("c:e0", "c:s0", s, (0, len(s)), "111", "ACCUSE", None, -2.0, RUSGOV, usa,
                    participants=[RUSGOV, CHNGOV])
    store.add(DocumentResult(
        document=RawDocument("c", s, published="2024-06-01"),
        sentences=[Sentence("c:s0", 0, 0, len(s), s)],
        events=[condemn],
    ))
    assert ids(store.events(dyad=("CHN", "USA"))) == ["c:e0"]
    assert ids(store.events(dyad=("USA", "RUS"))) == ["c:e0"]
    assert store.events(dyad=("RUS", "CHN")) == []  # co-authors did nothing to each other


def test_impossible_date_bounds_are_refused_by_the_api(tmp_path):
    with Store(tmp_path / "s.db") as store:
        for bad in ("2024-02-30", "2024-13", "12345", "not a date"):
            with pytest.raises(ValueError, match="not a date"):
                store.events(since=bad)
        assert store.events(since="2024") == [] and store.events(until="2024-09") == []


def test_event_exports_carry_the_report_and_the_place_without_a_join(store):
    s = "Russian forces shelled Kharkiv."
    event = Event("x:e0", "x:s0", s, (0, len(s)), "194", "ASSAULT", None, -9.0,
                  Actor("Russian forces", "RUSMIL", "RUS", "MIL"), Actor("Kharkiv", "UKR", "UKR"),
                  locations=[Place("Kharkiv", "UKR", 49.99, 36.23)], date="2024-06-01", date_basis="explicit")
    store.add(DocumentResult(
        document=RawDocument("x", s, title="Shelling of Kharkiv", url="https://news.example/kharkiv",
                             published="2024-06-02"),
        sentences=[Sentence("x:s0", 0, 0, len(s), s)], events=[event]))
    row = store.events_df(actor="RUSMIL").iloc[0]
    assert (row["url"], row["title"], row["outlet"]) == ("https://news.example/kharkiv", "Shelling of Kharkiv",
                                                        "news.example")
    assert (row["latitude"], row["longitude"], row["cameo_root"], row["quad_class"]) == (49.99, 36.23, "19", 4)
    assert row["date_basis"] == "explicit"
