"""Schema 7's query indexes (event_actors, event_places + R*Tree, claims and sentences FTS5, asserted-event
indexes) give the answers the schema-6 queries gave, on a real store made by the pipeline, after a migration
of an older store, and after `check --repair` rebuilds them; the query plans use them."""
from __future__ import annotations

import math
import re
import shutil
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pandas
import pytest
from click.testing import CliRunner

import eventwire
from eventwire import store as store_module
from eventwire.cli import main
from eventwire.store import SCHEMA_VERSION, Store, _distance_km

CORPUS = Path(__file__).parents[1] / "corpus" / "whitehouse"
# Reports with joint actions, mutual meetings, places, Russia and China, claims, undated events.
DOCUMENTS = [
    "wh-2023-04-26-fact-sheet-republic-of-korea-state-visit-to-the-united-states",
    "wh-2023-05-01-fact-sheet-investing-in-the-special-friendship-and-alliance-between-the-united-states-and",
    "wh-2025-01-10-the-united-states-enduring-commitment-to-the-indo-pacific-region",
    "wh-2022-02-15-remarks-by-president-biden-providing-an-update-on-russia-and-ukraine",
    "wh-2024-11-16-readout-of-president-joe-bidens-meeting-with-president-xi-jinping-of-the-peoples-republic",
    "wh-2024-12-08-remarks-by-apnsa-jake-sullivan-at-the-2024-reagan-national-defense-forum",
    "wh-2022-04-28-remarks-by-president-biden-on-the-request-to-congress-for-additional-funding-to-support-u",
    "wh-2021-02-10-remarks-by-president-biden-to-department-of-defense-personnel",
]
ACTORS = ["RUS", "CHN", "USA", "UKR", "KOR", "JPN", "PHL", "RUSGOV", "CHNGOV", "USAGOV", "USAMIL", "NATO", "EUR"]
DYADS = [("RUS", "UKR"), ("USA", "KOR"), ("USA", "CHN"), ("CHN", "USA"), ("USA", "JPN"), ("KOR", "JPN"),
         ("USAGOV", "CHNGOV"), ("RUS", "USA"), ("USA", "PHL"), ("USA", "USA")]
POINTS = [((37.57, 126.98), 300), ((50.45, 30.52), 500), ((40.0, 135.0), 1500), ((14.6, 121.0), 800),
          ((38.9, -77.0), 50), ((64.0, 179.5), 2000), ((85.0, 0.0), 1000)]


def _old_actor(columns: tuple[str, str], code: str) -> tuple[str, list]:
    actor, country = columns
    if len(code) == 3:
        return f"(({actor} >= ? AND {actor} < ?) OR {country} = ?)", [code, code[:-1] + chr(ord(code[-1]) + 1), code]
    return f"{actor} = ?", [code]


def _old_party(code: str) -> tuple[str, list]:
    clause, params = _old_actor(("json_extract(j.value, '$.actor')", "json_extract(j.value, '$.country')"), code)
    return f"EXISTS (SELECT 1 FROM json_each(e.participants) j WHERE {clause})", params


def old_ids(store: Store, actor: str | None = None, dyad: tuple[str, str] | None = None,
            near: tuple[tuple[float, float], float] | None = None, country: str | None = None) -> list[str]:
    """What schema 6's conditions (JSON per row, OR over columns, a distance per place) select."""
    clauses, params = ["e.negated = 0 AND e.hypothetical = 0"], []
    if actor:
        for clause, p in (_old_actor(("e.source_actor", "e.source_country"), actor),
                          _old_actor(("e.target_actor", "e.target_country"), actor), _old_party(actor)):
            clauses.append(clause)
            params += p
        clauses[1:] = ["(" + " OR ".join(clauses[1:]) + ")"]
    if dyad:
        a, b = dyad
        sa, pa = _old_actor(("e.source_actor", "e.source_country"), a)
        tb, pb = _old_actor(("e.target_actor", "e.target_country"), b)
        sb, pb2 = _old_actor(("e.source_actor", "e.source_country"), b)
        ta, pa2 = _old_actor(("e.target_actor", "e.target_country"), a)
        party_a, pa3 = _old_party(a)
        party_b, pb3 = _old_party(b)
        mutual = "EXISTS (SELECT 1 FROM json_each(e.participants) j WHERE json_extract(j.value, '$.actor') = e.target_actor)"
        clauses.append(f"(({sa} AND {tb}) OR ({sb} AND {ta}) OR ({party_a} AND {party_b} AND {mutual})"
                       f" OR ({party_a} AND {tb}) OR ({party_b} AND {ta}))")
        params += [*pa, *pb, *pb2, *pa2, *pa3, *pb3, *pa3, *pb, *pb3, *pa2]
    if near:
        (lat, lon), km = near
        clauses.append("EXISTS (SELECT 1 FROM json_each(e.locations) j WHERE distance_km("
                       "json_extract(j.value, '$.lat'), json_extract(j.value, '$.lon'), ?, ?) <= ?)")
        params += [lat, lon, km]
    if country:
        clauses.append("EXISTS (SELECT 1 FROM json_each(e.locations) j WHERE upper(json_extract(j.value, '$.country')) = ?)")
        params.append(country)
    sql = ("SELECT e.id FROM events e JOIN documents d ON d.id = e.document_id WHERE " + " AND ".join(clauses)
           + " ORDER BY coalesce(e.date, d.published) IS NULL, coalesce(e.date, d.published), e.id")
    return [r[0] for r in store._conn.execute(sql, params)]


def old_claim_ids(store: Store, about: str) -> list[str]:
    words = [w.casefold() for w in about.split()]
    sql = ("SELECT c.id FROM claims c JOIN documents d ON d.id = c.document_id WHERE "
           + " AND ".join(["instr(casefold(c.content), ?) > 0"] * len(words))
           + " ORDER BY coalesce(c.date, d.published) IS NULL, coalesce(c.date, d.published), c.id")
    return [r[0] for r in store._conn.execute(sql, words)]


def old_timeline(store: Store, by: str, **filters) -> pandas.DataFrame:
    """Schema 6's timeline: every matching event through events_df, counted in pandas."""
    width = {"year": 4, "month": 7, "day": 10}[by]
    frame = store.events_df(**filters)
    if frame.empty:
        return pandas.DataFrame(columns=["period", "events", "goldstein"])
    when = frame["date"].fillna(frame["published"]).fillna("")
    frame = frame.assign(period=when.str.slice(0, width), plover=frame["plover"].fillna("-"))
    frame = frame[frame["period"].str.len() == width]
    summary = frame.groupby("period").agg(events=("id", "size"), goldstein=("goldstein", "mean"))
    types = frame.pivot_table(index="period", columns="plover", values="id", aggfunc="size", fill_value=0)
    out = summary.join(types).reset_index()
    out["goldstein"] = out["goldstein"].round(2)
    return out


def old_events_df(store: Store, **filters) -> pandas.DataFrame:
    """events_df with its incidents' counts taken from whole incidents (every member event read and
    summarised), as before the counts were read on their own."""
    from eventwire import exports

    frame = store.events_df(corroboration=False, **filters)
    wanted = sorted({i for i in frame["incident_id"] if isinstance(i, str)})
    incidents = exports.add_export_columns(store._incident_frame(store._incidents_by_id(wanted)))
    return exports.add_export_columns(frame, incidents.set_index("id"))


def old_stats_parts(store: Store) -> dict:
    conn = store._conn
    first, last = conn.execute("SELECT min(d), max(d) FROM (SELECT coalesce(e.date, doc.published) AS d"
                               " FROM events e JOIN documents doc ON doc.id = e.document_id)").fetchone()
    roots = [{"cameo": r, "count": n} for r, n in conn.execute(
        "SELECT substr(cameo, 1, 2) AS root, count(*) AS n FROM events e WHERE e.negated = 0 AND e.hypothetical = 0"
        " GROUP BY root ORDER BY n DESC, root LIMIT 10")]
    asserted = "e.negated = 0 AND e.hypothetical = 0"
    dyads = [{"source": s, "target": t, "count": n} for s, t, n in conn.execute(
        f"SELECT source_actor, target_actor, count(*) AS n FROM events e WHERE {asserted} AND source_actor IS NOT NULL"
        " AND target_actor IS NOT NULL GROUP BY source_actor, target_actor ORDER BY n DESC, source_actor, target_actor"
        " LIMIT 10")]
    plover = [{"plover": p, "count": n} for p, n in conn.execute(
        f"SELECT plover, count(*) AS n FROM events e WHERE {asserted} AND plover IS NOT NULL GROUP BY plover"
        " ORDER BY n DESC, plover LIMIT 10")]
    return {"date_range": {"first": first, "last": last}, "top_cameo_roots": roots, "top_dyads": dyads,
            "top_plover": plover,
            "events_asserted": conn.execute(f"SELECT count(*) FROM events e WHERE {asserted}").fetchone()[0]}


def assert_same_answers(store: Store) -> None:
    """Every indexed filter selects what schema 6's conditions select, in the same order."""
    assert store.events(), "the store should hold events"
    for code in ACTORS:
        assert [e.id for e in store.events(actor=code)] == old_ids(store, actor=code), code
        # a page is the first rows of the whole answer, whether read in order or sorted
        for in_order_from, cap in ((5_000, 50_000), (1, 50_000), (1, 7)):
            store.IN_ORDER_FROM, store.SCAN_CAP = in_order_from, cap
            assert [e.id for e in store.events(actor=code, limit=3)] == old_ids(store, actor=code)[:3], code
            assert [e.id for e in store.events(actor=code, cameo="0", since="2023-05", limit=4)] == [
                e.id for e in store.events(actor=code, cameo="0", since="2023-05")][:4]
        del store.IN_ORDER_FROM, store.SCAN_CAP
    for since, until in (("2023", None), ("2023-04-26", "2024-01"), (None, "2022-03")):
        every = [e.id for e in store.events(since=since, until=until)]
        store.IN_ORDER_FROM, store.SCAN_CAP = 1, 5
        assert [e.id for e in store.events(since=since, until=until, limit=10)] == every[:10]
        del store.IN_ORDER_FROM, store.SCAN_CAP
    assert [e.id for e in store.events(limit=10)] == [e.id for e in store.events()][:10]
    for dyad in DYADS:
        assert [e.id for e in store.events(dyad=dyad)] == old_ids(store, dyad=dyad), dyad
        assert [e.id for e in store.events(dyad=dyad[::-1])] == old_ids(store, dyad=dyad), dyad
    for filters in ({"dyad": ("RUS", "CHN")}, {"dyad": ("USA", "KOR")}, {"actor": "USA"}, {}):
        pandas.testing.assert_frame_equal(store.events_df(**filters), old_events_df(store, **filters))
    for point, km in POINTS:
        assert [e.id for e in store.events(near=point, km=km)] == old_ids(store, near=(point, km)), point
        store.IN_ORDER_FROM = 1  # a page read in order
        assert [e.id for e in store.events(near=point, km=km, limit=2)] == old_ids(store, near=(point, km))[:2]
        del store.IN_ORDER_FROM
    for country in ("KOR", "UKR", "USA", "usa", "PHL"):
        assert [e.id for e in store.events(location_country=country)] == old_ids(store, country=country.upper())
    for about in ("Russia", "support russia", "sanctions", "ai", "nuclear weapons", "CHINA", "xyzzy"):
        assert [c.id for c in store.claims(about=about)] == old_claim_ids(store, about), about
    for by, filters in (("month", {"dyad": ("RUS", "UKR")}), ("year", {}), ("day", {"actor": "USA"}),
                        ("month", {"actor": "CHN", "since": "2024"})):
        # (means rounded to 2 places: a sum taken in another order may round a .xx5 the other way)
        pandas.testing.assert_frame_equal(store.timeline(by=by, **filters), old_timeline(store, by, **filters),
                                          check_exact=False, rtol=0, atol=0.0101)
    stats = store.stats()
    old = old_stats_parts(store)
    assert {k: stats[k] for k in old} == old and stats["top_dyads"] and stats["top_plover"]


@pytest.fixture(scope="module")
def reports(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("reports")
    for name in DOCUMENTS:
        shutil.copy(CORPUS / f"{name}.md", folder)
    return folder


@pytest.fixture(scope="module")
def schema6_store(reports, tmp_path_factory) -> Path:
    """A store written by the code before schema 7 (its migrations only), by the real pipeline."""
    path = tmp_path_factory.mktemp("old") / "old.db"
    patch = pytest.MonkeyPatch()
    patch.setattr(store_module, "MIGRATIONS", store_module.MIGRATIONS[:6])
    try:
        with Store(path) as store:
            eventwire.ingest([reports], store)
            assert store.schema_version() == 6
    finally:
        patch.undo()
    return path


@pytest.fixture(scope="module")
def new_store(reports, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("new") / "new.db"
    with Store(path) as store:
        eventwire.ingest([reports], store)
    return path


def test_indexed_filters_answer_as_before_on_a_new_store(new_store):
    with Store(new_store) as store:
        assert store.schema_version() == SCHEMA_VERSION >= 7
        assert store.check().clean
        assert store._conn.execute("SELECT count(*) FROM event_actors WHERE role = 'party'").fetchone()[0] > 0
        assert store._conn.execute("SELECT count(*) FROM event_places_rtree").fetchone()[0] > 0
        assert_same_answers(store)


def test_an_older_store_is_migrated_and_answers_as_before(schema6_store, tmp_path):
    path = tmp_path / "migrated.db"
    shutil.copy(schema6_store, path)
    with Store(path) as store:
        assert store.schema_version() == SCHEMA_VERSION >= 7
        assert store.check().clean  # the indexes were filled from the stored rows
        assert_same_answers(store)


def test_writes_after_migration_keep_the_indexes(schema6_store, reports, tmp_path):
    """A document replaced (new version), a document deleted: the triggers keep every index."""
    path = tmp_path / "edited.db"
    shutil.copy(schema6_store, path)
    edited = tmp_path / "edited"
    shutil.copytree(reports, edited)
    first = sorted(edited.iterdir())[0]
    first.write_text(first.read_text() + "\n\nRussian and Chinese warships held a joint exercise in the Sea of"
                     " Japan on Monday. Officials said that Russia supplies drones to Iran.\n")
    with Store(path) as store:
        eventwire.ingest([edited], store)
        store._conn.execute("DELETE FROM documents WHERE id = ?", (sorted(edited.iterdir())[1].stem,))
        assert store.check().found["query indexes out of date"] == 0
        assert_same_answers(store)


def test_check_finds_stale_indexes_and_repair_rebuilds_them(new_store, tmp_path):
    path = tmp_path / "damaged.db"
    shutil.copy(new_store, path)
    conn = sqlite3.connect(path)  # another tool: no triggers' functions, foreign keys off
    conn.execute("DELETE FROM event_actors WHERE role = 'party'")
    conn.execute("UPDATE event_places SET lat = lat + 10")
    conn.execute("DELETE FROM event_places_rtree WHERE id IN (SELECT id FROM event_places LIMIT 3)")
    conn.execute("INSERT INTO claims_fts(claims_fts) VALUES ('delete-all')")
    conn.execute("UPDATE sentences SET text = 'nothing here' WHERE rowid IN (SELECT rowid FROM sentences LIMIT 2)")
    conn.execute("UPDATE row_counts SET n = n + 7 WHERE name = 'sentences'")
    conn.execute("DELETE FROM event_order WHERE event_id IN (SELECT event_id FROM event_order LIMIT 2)")
    conn.execute("DELETE FROM event_dyads WHERE event_id IN (SELECT event_id FROM event_dyads WHERE a <> b LIMIT 2)")
    conn.execute("INSERT INTO event_dyads(a, b, event_id) SELECT 'AAA', 'ZZZ', id FROM events LIMIT 1")
    conn.execute("UPDATE event_tally SET n = n + 5 WHERE rowid = (SELECT min(rowid) FROM event_tally)")
    conn.commit()
    conn.close()
    with Store(path) as store:
        report = store.check()
        assert report.found["query indexes out of date"] > 0 and not report.clean
        assert store.check(repair=True).fixed
        assert store.check().clean
        assert_same_answers(store)
        assert store.stats()["sentences"] == store._conn.execute("SELECT count(*) FROM sentences").fetchone()[0]
    result = CliRunner().invoke(main, ["check", "--db", str(path)])
    assert result.exit_code == 0, result.output


def test_query_plans_use_the_indexes(new_store):
    with Store(new_store) as store:
        def plan(sql_params) -> str:
            sql, params = sql_params
            return " | ".join(r[3] for r in store._conn.execute("EXPLAIN QUERY PLAN " + sql, params))

        def events_sql(**filters):
            where = store._event_where(**filters)
            return store._EVENT_COLUMNS + where.events_from() + where.sql(), where.params

        # an actor is one range of event_actors' primary key (key first)
        assert "SEARCH a USING PRIMARY KEY (key=?)" in plan(events_sql(actor="CHNMIL"))
        assert "SEARCH a USING PRIMARY KEY (key=?)" in plan(events_sql(actor="RUS"))
        # a dyad is one range of event_dyads' primary key (schema 9), no join of two actors' rows
        dyad_plan = plan(events_sql(dyad=("RUS", "CHN")))
        assert dyad_plan.startswith("SEARCH p USING PRIMARY KEY (a=? AND b=?) | SEARCH e "), dyad_plan
        assert "event_actors" not in dyad_plan and "json_each" not in dyad_plan
        # the R*Tree answers the box: all four bounds are its constraints (D0B1D2B3: >=, <=, >=, <=)
        assert "r VIRTUAL TABLE INDEX 2:D0B1D2B3" in plan(events_sql(near=(40.0, 135.0), km=500))
        assert "idx_event_places_country" in plan(events_sql(location_country="KOR"))
        assert "idx_events_date" in plan(events_sql(since="2024-03-01", until="2024-03-31"))
        claims = ("SELECT c.id FROM claims c WHERE c.rowid IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH ?)",
                  ['"russia"'])
        assert "claims_fts VIRTUAL TABLE INDEX" in plan(claims)
        # a page of a common actor is read in event_order, without sorting the matches
        store.IN_ORDER_FROM = 1
        traced: list[str] = []
        store._conn.set_trace_callback(traced.append)
        store.events(actor="USA", limit=5)
        store._conn.set_trace_callback(None)
        (scan,) = [q for q in traced if "FROM event_order o CROSS JOIN events e" in q]
        in_order = " | ".join(r[3] for r in store._conn.execute("EXPLAIN QUERY PLAN " + scan))
        assert in_order.startswith("SCAN o |") and "TEMP B-TREE" not in in_order, in_order
        del store.IN_ORDER_FROM


def test_text_filter_finds_events_by_the_words_of_their_sentence(new_store):
    with Store(new_store) as store:
        every = store.events()
        word = "Ukraine"
        found = store.events(text=word)
        assert found and [e.id for e in found] == [
            e.id for e in every if word.lower() in re.findall(r"[^\W_]+", e.evidence.lower())]
        assert store.events(text="Ukraine NATO") == [e for e in found if "NATO" in e.evidence]
        assert store.events(text='"United States" NOT China')
        with pytest.raises(ValueError, match="text"):
            store.events(text="(unbalanced")


def test_near_takes_the_exact_distance_not_the_box(new_store):
    """A place inside the search box's corner but farther than km is left out."""
    with Store(new_store) as store:
        place = store._conn.execute("SELECT lat, lon FROM event_places WHERE lat IS NOT NULL LIMIT 1").fetchone()
        lat, lon = place
        corner = (lat + 4.0, lon + 4.0 / max(0.2, abs(math.cos(math.radians(lat)))))
        km = _distance_km(lat, lon, *corner) * 0.9
        got = [e.id for e in store.events(near=corner, km=km)]
        assert got == old_ids(store, near=(corner, km))
        assert all(any(p.lat is not None and _distance_km(p.lat, p.lon, *corner) <= km for p in e.locations)
                   for e in store.events(near=corner, km=km))


def test_near_distance_in_sql_is_the_python_distance(new_store):
    """`near` computes the distance in SQLite's math functions: the same value as _distance_km for
    every stored place, so the same events; a SQLite without them calls the Python function."""
    with Store(new_store) as store:
        assert store._math  # this SQLite has them (else the next lines test nothing new)
        places = store._conn.execute("SELECT lat, lon FROM event_places WHERE lat IS NOT NULL").fetchall()
        assert len(places) > 10
        for (lat, lon), km in [*POINTS, ((50, 30), 100), ((-33.9, 151.2), 20000)]:
            sql, params = store._distance_sql(lat, lon)
            got = [r[0] for r in store._conn.execute(
                f"SELECT {sql} FROM event_places p WHERE p.lat IS NOT NULL ORDER BY p.id", params)]
            assert got == [_distance_km(p_lat, p_lon, lat, lon) for p_lat, p_lon in store._conn.execute(
                "SELECT lat, lon FROM event_places WHERE lat IS NOT NULL ORDER BY id")]
            answer = [e.id for e in store.events(near=(lat, lon), km=km)]
            store._math = False
            assert [e.id for e in store.events(near=(lat, lon), km=km)] == answer
            store.IN_ORDER_FROM = 1
            assert [e.id for e in store.events(near=(lat, lon), km=km, limit=3)] == answer[:3]
            store._math = True
            assert [e.id for e in store.events(near=(lat, lon), km=km, limit=3)] == answer[:3]
            del store.IN_ORDER_FROM


def test_the_benchmark_store_is_replicated_consistently(new_store, tmp_path):
    """bench/queries.py's copies: every table copied together, ids suffixed, dates a week on per copy;
    the triggers index the copies and `check` finds nothing wrong with the result."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("bench_queries", Path(__file__).parents[1] / "bench" / "queries.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    path = tmp_path / "copies.db"
    shutil.copy(new_store, path)
    with Store(path) as store:
        base = store.stats()
        event = next(e for e in store.events() if e.date and len(e.date) == 10)
    bench.replicate(path, target_events=3 * base["events"], say=lambda *a, **k: None)
    with Store(path) as store:
        stats = store.stats()
        assert stats["events"] == 3 * base["events"] and stats["documents"] == 3 * base["documents"]
        assert stats["incidents"] == 3 * base["incidents"]
        copy = store._conn.execute("SELECT date FROM events WHERE id = ?", (f"{event.id}~2",)).fetchone()[0]
        assert copy == (date.fromisoformat(event.date) + timedelta(days=14)).isoformat()
        assert [e.id for e in store.events(actor="USA")] == old_ids(store, actor="USA")
        report = store.check()
        assert report.clean, report.lines()
