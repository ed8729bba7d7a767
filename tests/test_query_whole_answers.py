"""Whole answers (every matching event, a timeline, the store's stats) read the cheaper way give
what they gave before, on a real store: the events' incident counts (reports, outlets, independent
outlets, articles, first and last reported) read on their own equal the counts of whole incidents,
the CLI prints the same JSON Lines, and a dyad answered by event_dyads (schema 9) equals the old
join of two actors' rows, also after a store of schema 8 is migrated."""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pandas
import pytest
from click.testing import CliRunner

from eventwire import exports
from eventwire import store as store_module
from eventwire.cli import main
from eventwire.output import write_jsonl
from eventwire.store import SCHEMA_VERSION, Store

sys.path.insert(0, str(Path(__file__).parent))
from store_records import make_corpus, reference_store  # noqa: E402

# One naval exercise reported by two outlets in their own words, and one report reposted by a third.
REPORTS = [
    {"id": "exercise-reuters", "published": "2024-10-01", "site": "Reuters", "url": "https://www.reuters.com/a",
     "text": "Russian and Chinese warships held a joint naval exercise in the Sea of Japan on Monday, "
             "the Russian defence ministry said."},
    {"id": "exercise-ap", "published": "2024-10-02", "url": "https://apnews.com/b",
     "text": "Russia and China held a joint naval exercise in the Sea of Japan on Monday, officials said."},
    {"id": "exercise-repost", "published": "2024-10-03", "url": "https://www.yahoo.com/c",
     "text": "Russian and Chinese warships held a joint naval exercise in the Sea of Japan on Monday, "
             "the Russian defence ministry said."},
]
COUNTS = ["reports", "outlets", "independent_outlets", "articles", "first_reported", "last_reported"]
FILTERS = [{}, {"dyad": ("RUS", "CHN")}, {"dyad": ("CHN", "RUS")}, {"actor": "USA"}, {"actor": "RUS"},
           {"dyad": ("USA", "CHN")}, {"cameo": "04", "limit": 5}]


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    corpus = make_corpus(tmp_path_factory.mktemp("corpus") / "corpus")
    (corpus / "exercise.jsonl").write_text("".join(json.dumps(r) + "\n" for r in REPORTS), encoding="utf-8")
    path = tmp_path_factory.mktemp("store") / "store.db"
    with Store(path) as store:
        import eventwire

        eventwire.ingest([corpus], store)
    return path


def old_events_df(store: Store, **filters) -> pandas.DataFrame:
    """events_df with its incidents' counts from whole incidents (every member event read and
    summarised by link.incidents.summarise), as it was made before."""
    frame = store.events_df(corroboration=False, **filters)
    wanted = sorted({i for i in frame["incident_id"] if isinstance(i, str)})
    incidents = exports.add_export_columns(store._incident_frame(store._incidents_by_id(wanted)))
    return exports.add_export_columns(frame, incidents.set_index("id"))


def test_incident_counts_read_on_their_own_equal_whole_incidents(db):
    with Store(db) as store:
        every = store.events_df()
        # the store has what the counts are about: several reports, outlets and a copy per incident
        assert every["reports"].max() >= 2 and every["outlets"].max() >= 2
        assert (every["articles"] > every["reports"]).any() and store.stats()["copies"] >= 1
        assert (every["first_reported"] != every["last_reported"]).any()
        for filters in FILTERS:
            new = store.events_df(**filters)
            pandas.testing.assert_frame_equal(new, old_events_df(store, **filters))
            for preset in ("gdelt", "plover"):
                pandas.testing.assert_frame_equal(store.events_df(preset=preset, **filters),
                                                  exports.to_preset(old_events_df(store, **filters), preset))


def test_the_cli_prints_the_same_json_lines(db, capsys):
    with Store(db) as store:
        expected = old_events_df(store, dyad=("RUS", "CHN"))
    assert len(expected) >= 2
    write_jsonl(expected, sys.stdout)
    before = capsys.readouterr().out
    result = CliRunner().invoke(main, ["events", "--db", str(db), "--dyad", "RUS", "CHN", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert result.stdout == before
    assert {r["id"]: r["outlets"] for r in map(json.loads, before.splitlines())} == dict(
        zip(expected["id"], expected["outlets"]))


def _join_of_actor_rows(store: Store, a: str, b: str) -> list[str]:
    """The events schema 7-8 answered a dyad with: two actors' event_actors rows joined per event."""
    roles = store_module._DYAD_ROLES
    return [r[0] for r in store._conn.execute(
        "SELECT e.id FROM events e JOIN documents d ON d.id = e.document_id WHERE e.id IN (SELECT x.event_id FROM"
        f" event_actors x JOIN event_actors y ON y.key = ? AND y.event_id = x.event_id WHERE x.key = ? AND {roles})"
        " AND e.negated = 0 AND e.hypothetical = 0 ORDER BY coalesce(e.date, d.published) IS NULL,"
        " coalesce(e.date, d.published), e.id", (b, a))]


def _assert_dyads_as_joined(store: Store) -> None:
    keys = [k for (k,) in store._conn.execute("SELECT DISTINCT key FROM event_actors ORDER BY key")]
    assert {"RUS", "CHN", "USA"} <= set(keys)
    asked = 0
    for a in keys:
        for b in keys:
            if a <= b:
                expected = _join_of_actor_rows(store, a, b)
                assert [e.id for e in store.events(dyad=(a, b))] == expected, (a, b)
                assert [e.id for e in store.events(dyad=(b, a))] == expected, (b, a)
                asked += bool(expected)
    assert asked >= 10


def test_dyads_answer_as_the_join_of_actor_rows(db):
    with Store(db) as store:
        _assert_dyads_as_joined(store)


def test_a_schema_8_store_is_migrated_and_its_dyads_kept_by_writes(db, tmp_path):
    old = tmp_path / "old.db"
    corpus = make_corpus(tmp_path / "corpus")
    patch = pytest.MonkeyPatch()
    patch.setattr(store_module, "MIGRATIONS", [m for m in store_module.MIGRATIONS if m[0] <= 8])
    try:
        reference_store(corpus, old)
        with Store(old) as store:
            assert store.schema_version() == 8
            assert not store._conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'event_dyads'").fetchone()
    finally:
        patch.undo()
    with Store(old) as store:
        assert store.schema_version() == SCHEMA_VERSION == 9
        assert store._conn.execute("SELECT count(*) FROM event_dyads").fetchone()[0] > 0
        assert store.check().clean
        _assert_dyads_as_joined(store)
    # later writes keep the pairs: a new document, a document replaced by a new version, one deleted
    (corpus / "exercise.jsonl").write_text("".join(json.dumps(r) + "\n" for r in REPORTS), encoding="utf-8")
    first = sorted(corpus.glob("*.md"))[0]
    first.write_text(first.read_text() + "\n\nRussia and China condemned the United States on Tuesday.\n")
    import eventwire

    with Store(old) as store:
        eventwire.ingest([corpus], store)
        store._conn.execute("DELETE FROM documents WHERE id = ?", (sorted(corpus.glob("*.md"))[1].stem,))
        assert store.check().found["query indexes out of date"] == 0
        _assert_dyads_as_joined(store)
        assert store.events(dyad=("RUS", "CHN"))


def test_timeline_and_stats_of_a_dyad_are_those_of_its_events(db):
    """The timeline counted in SQL over event_dyads equals counting events_df's rows."""
    with Store(db) as store:
        for by, filters in (("month", {"dyad": ("RUS", "CHN")}), ("year", {"dyad": ("USA", "CHN")}),
                            ("day", {}), ("month", {"actor": "USA"})):
            frame = store.events_df(**filters)
            timeline = store.timeline(by=by, **filters)
            width = {"year": 4, "month": 7, "day": 10}[by]
            when = frame["date"].fillna(frame["published"]).fillna("").str.slice(0, width)
            counted = when[when.str.len() == width].value_counts().sort_index()
            assert timeline.set_index("period")["events"].to_dict() == counted.to_dict()
        stats = store.stats()
        assert stats["events_asserted"] == len(store.events()) == sum(
            n for (n,) in store._conn.execute("SELECT count(*) FROM events WHERE negated = 0 AND hypothetical = 0"))


def test_stats_counts_follow_every_write(db, tmp_path):
    """stats' top lists come from event_tally (schema 9): after events are negated, recoded, given
    no PLOVER type or deleted by hand (UPDATE, DELETE), they still equal counting the events."""
    path = tmp_path / "edited.db"
    shutil.copy(db, path)
    with Store(path) as store:
        conn = store._conn
        assert store.stats(top=50) == stats_by_counting(store, top=50)
        ids = [r[0] for r in conn.execute("SELECT id FROM events WHERE negated = 0 AND hypothetical = 0"
                                          " AND source_actor IS NOT NULL ORDER BY id LIMIT 8")]
        conn.execute("UPDATE events SET negated = 1 WHERE id = ?", (ids[0],))
        conn.execute("UPDATE events SET cameo = '190', plover = 'ASSAULT' WHERE id = ?", (ids[1],))
        conn.execute("UPDATE events SET plover = NULL, target_actor = NULL WHERE id = ?", (ids[2],))
        conn.execute("UPDATE events SET source_actor = 'xyzgov' WHERE id IN (?, ?)", (ids[3], ids[4]))
        conn.execute("UPDATE events SET goldstein = 1.0 WHERE id = ?", (ids[5],))  # not counted: no change
        conn.execute("UPDATE events SET hypothetical = 1 WHERE id = ?", (ids[6],))
        conn.execute("UPDATE events SET hypothetical = 0 WHERE id = ?", (ids[6],))
        conn.execute("DELETE FROM events WHERE id = ?", (ids[7],))
        assert store.stats(top=50) == stats_by_counting(store, top=50)
        assert store.check().found["query indexes out of date"] == 0


def stats_by_counting(store: Store, top: int) -> dict:
    """stats with its asserted counts and top lists counted over the events, as before schema 9."""
    out = store.stats(top=top)
    conn, asserted = store._conn, "e.negated = 0 AND e.hypothetical = 0"
    out["events_asserted"] = conn.execute(f"SELECT count(*) FROM events e WHERE {asserted}").fetchone()[0]
    out["top_dyads"] = [{"source": s, "target": t, "count": n} for s, t, n in conn.execute(
        f"SELECT source_actor, target_actor, count(*) AS n FROM events e WHERE {asserted} AND source_actor IS NOT"
        " NULL AND target_actor IS NOT NULL GROUP BY source_actor, target_actor ORDER BY n DESC, source_actor,"
        " target_actor LIMIT ?", (top,))]
    roots: dict[str, int] = {}
    for code, n in conn.execute(f"SELECT cameo, count(*) FROM events e WHERE {asserted} GROUP BY cameo"):
        roots[code[:2]] = roots.get(code[:2], 0) + n
    out["top_cameo_roots"] = [{"cameo": r, "count": n} for r, n in sorted(roots.items(), key=lambda x: (-x[1], x[0]))][:top]
    out["top_plover"] = [{"plover": p, "count": n} for p, n in conn.execute(
        f"SELECT plover, count(*) AS n FROM events e WHERE {asserted} AND plover IS NOT NULL GROUP BY plover"
        " ORDER BY n DESC, plover LIMIT ?", (top,))]
    return out
