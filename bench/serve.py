"""Latency of `eventwire serve`: p50/p95 of the events API and the pages, on the demo store and on
a store of at least 100,000 events made by repeating it.

    python bench/serve.py                      # ingests corpus/whitehouse into a temporary store first
    python bench/serve.py --db eventwire.db --events 100000 --runs 30

Requests go through FastAPI's TestClient (in process, no network), so the figures are the app's
own time: routing, the read-only store queries, JSON/HTML/CSV rendering.  The large store is a
copy of the demo store whose documents (with their sentences, events, claims and links) are
repeated under new ids until it holds --events events; the copy is written here, never the
store given.
"""
from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient  # noqa: E402

from eventwire.serve import create_app  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
URLS = [
    "/api/events?limit=100",
    "/api/events?dyad=RUS&dyad=CHN",
    "/api/events?actor=RUS&cameo=06&since=2024-01-01",
    "/api/events?limit=1000&format=csv",
    "/events",
    "/",
]

# Columns rewritten per copy: ids get a suffix, hashes too (they are unique).
REKEY = {
    "documents": ["id", "content_hash", "source"],
    "sentences": ["id", "document_id"],
    "claims": ["id", "document_id", "sentence_id"],
    "events": ["id", "document_id", "sentence_id", "claim_id"],
    "event_names": ["event_id"],
    "claim_contradictions": ["claim_a", "claim_b"],
}


def demo_store(folder: Path) -> str:
    from click.testing import CliRunner

    from eventwire.cli import main

    db = folder / "demo.db"
    result = CliRunner().invoke(main, ["ingest", str(ROOT / "corpus" / "whitehouse"), "--db", str(db),
                                       "--workers", "2"])
    if result.exit_code != 0:
        sys.exit(result.output)
    return str(db)


def repeated(src: str, dst: Path, target: int) -> str:
    shutil.copy(src, dst)
    conn = sqlite3.connect(dst)
    base = conn.execute("SELECT count(*) FROM events").fetchone()[0]
    copies = max(0, -(-target // max(1, base)) - 1)
    cols = {t: [r[1] for r in conn.execute(f"PRAGMA table_info({t})")] for t in REKEY}
    snapshot = {t: conn.execute(f"SELECT * FROM {t}").fetchall() for t in REKEY}
    with conn:
        for k in range(1, copies + 1):
            for table, rows in snapshot.items():
                keyed = [cols[table].index(c) for c in REKEY[table]]
                out = []
                for row in rows:
                    row = list(row)
                    for i in keyed:
                        if row[i] is not None:
                            row[i] = f"{row[i]}~{k}"
                    if table == "documents":  # rowid order and ids stay unique
                        pass
                    out.append(row)
                conn.executemany(f"INSERT INTO {table} VALUES ({', '.join('?' * len(cols[table]))})", out)
    conn.execute("ANALYZE")
    conn.close()
    return str(dst)


def measure(db: str, runs: int) -> list[tuple[str, float, float]]:
    client = TestClient(create_app(db))
    rows = []
    for url in URLS:
        client.get(url)  # warm
        times = []
        for _ in range(runs):
            t = time.perf_counter()
            r = client.get(url)
            times.append((time.perf_counter() - t) * 1000)
            assert r.status_code == 200, (url, r.text[:200])
        times.sort()
        rows.append((url, statistics.median(times), times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", help="The demo store (default: ingest corpus/whitehouse into a temporary one).")
    ap.add_argument("--events", type=int, default=100_000, help="Events in the large store.")
    ap.add_argument("--runs", type=int, default=30)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        demo = args.db or demo_store(Path(tmp))
        big = repeated(demo, Path(tmp) / "big.db", args.events)
        for label, db in (("demo", demo), ("large", big)):
            conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
            n_events, n_docs = (conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("events", "documents"))
            conn.close()
            print(f"{label} store: {n_events:,} events, {n_docs:,} documents ({args.runs} runs each)")
            for url, p50, p95 in measure(db, args.runs):
                print(f"  {url:<52} p50 {p50:7.1f} ms   p95 {p95:7.1f} ms")


if __name__ == "__main__":
    main()
