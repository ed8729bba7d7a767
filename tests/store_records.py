"""A small real corpus and what a store holds of it, row for row: for comparing two ways of
filling a store (tests/test_shards.py, tests/test_dask_engine.py)."""
from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

WHITEHOUSE = Path(__file__).parents[1] / "corpus" / "whitehouse"
# Short White House documents from five months with events and claims.
DOCUMENTS = [
    "wh-2021-11-16-readout-of-president-bidens-virtual-meeting-with-president-xi-jinping-of-the-peoples-repu.md",
    "wh-2021-12-30-statement-by-press-secretary-jen-psaki-on-president-bidens-phone-call-with-president-vlad.md",
    "wh-2022-02-12-readout-of-president-bidens-call-with-president-vladimir-putin-of-russia.md",
    "wh-2022-09-29-readout-of-vice-president-harriss-meeting-with-president-yoon-of-the-republic-of-korea.md",
    "wh-2022-11-21-readout-of-vice-president-harriss-meeting-with-president-marcos-of-the-philippines.md",
    "wh-2023-12-29-statement-from-president-joe-biden-on-russias-aerial-assault-on-ukraine.md",
]
# Two reports that contradict each other (linked when stored), and a wire copy of the first.
CLAIMS = [
    {"id": "a", "published": "2024-09-11", "text": "US officials said that China provides substantial military "
                                                   "support to Russia's defense industry."},
    {"id": "b", "published": "2024-09-12", "text": "Chinese officials deny supporting Russia's war effort, a "
                                                   "foreign ministry spokesperson said."},
    {"id": "a-wire", "published": "2024-09-12", "text": "US officials said that China provides substantial "
                                                        "military support to Russia's defense industry."},
]


def make_corpus(folder: Path) -> Path:
    """The corpus, plus an empty .jsonl file that fails to read (one bad file, the rest goes on)."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in DOCUMENTS:
        shutil.copy(WHITEHOUSE / name, folder / name)
    (folder / "claims.jsonl").write_text("".join(json.dumps(c) + "\n" for c in CLAIMS), encoding="utf-8")
    (folder / "zz-empty.jsonl").write_text("\n", encoding="utf-8")
    return folder


def reference_store(corpus: Path, db: Path) -> Path:
    """The reference both ways are compared with: the corpus stored by an ordinary ingest in
    this process (8 documents, the wire copy kept as a copy, the empty file failed)."""
    import eventwire
    from eventwire.store import Store

    with Store(db) as store:
        summary = eventwire.ingest([corpus], store)
    assert summary.stored == 8 and summary.copies == 1 and len(summary.failed) == 1
    return db


# When a row was written, not what it says.
_WHEN = {"ingested_at", "created_at", "replaced_at"}


def _rows(conn: sqlite3.Connection, table: str, order: str, drop: set[str] = frozenset()) -> list[dict]:
    rows = conn.execute(f"SELECT * FROM {table} ORDER BY {order}").fetchall()
    return [{k: r[k] for k in r.keys() if k not in _WHEN | drop} for r in rows]


def store_records(db: str | Path) -> dict[str, list]:
    """Everything a store holds about its documents, in a stable order: documents, sentences,
    events (codes, actors, offsets, dates, places...), claims, contradiction links, copies,
    actor counts, and which events share an incident (incident ids themselves aside)."""
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        incidents: dict[str, list[str]] = {}
        for event_id, incident in conn.execute("SELECT id, incident_id FROM events WHERE incident_id IS NOT NULL"):
            incidents.setdefault(incident, []).append(event_id)
        return {
            "documents": _rows(conn, "documents", "id"),
            "sentences": _rows(conn, "sentences", "id"),
            "events": _rows(conn, "events", "id", drop={"incident_id"}),
            "claims": _rows(conn, "claims", "id"),
            "contradictions": _rows(conn, "claim_contradictions", "claim_a, claim_b"),
            "copies": _rows(conn, "document_copies", "document_id, source", drop={"id"}),
            "actors": _rows(conn, "actors", "code"),
            "incidents": sorted(sorted(ids) for ids in incidents.values()),
        }
    finally:
        conn.close()


def assert_same_records(got: dict[str, list], expected: dict[str, list]) -> None:
    """Row for row, naming the first table and row that differ."""
    for table, rows in expected.items():
        assert len(got[table]) == len(rows), f"{table}: {len(got[table])} rows, expected {len(rows)}"
        for n, (a, b) in enumerate(zip(got[table], rows)):
            assert a == b, f"{table} row {n} differs:\n got      {a}\n expected {b}"
