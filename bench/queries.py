"""Query latency on a store of a million events: p50/p95 of the main queries, and the store's size.

    python bench/queries.py                        # build (or reuse) /tmp/eventwire-bench/1m.db, run 20 times each
    python bench/queries.py --events 200000 --runs 10 --db /tmp/small.db
    python bench/queries.py --build-only           # only make the store

The store is made the way a user's grows: the bundled corpus (corpus/whitehouse) is ingested
once through the real pipeline, then its rows are replicated inside SQLite (INSERT ... SELECT)
with every id suffixed `~<copy>` and every date (event, claim, publication, incident) moved on
by 7 days per copy, so a million events spread over about 15 years of reports.  Every table is
copied together (documents, sentences, claims, events, names, contradiction links, incidents,
copies, signatures), so the copy is as consistent as the original; the store's own triggers
fill its indexes (actor, place, text) as each row is written, and actor counts are recounted at
the end.  A store made earlier is reused when it holds enough events (delete it to rebuild).

Each query runs once to warm the cache, then `--runs` times through the CLI (in process, the
code path `eventwire events ... --format json` takes); the figures are wall-clock milliseconds.

On a shared machine the figures follow its load, so a change is best judged against the code before
it in the same minutes: `--against DIR STORE` runs each query alternately here (on --db) and with the
eventwire in DIR (a checkout, e.g. `git worktree add /tmp/before main`) on STORE, each in a process
of its own, and prints both.

    python bench/queries.py --db /tmp/new.db --against /tmp/before /tmp/old.db
"""
from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# the eventwire measured: this tree's, or another checkout's (--against starts this file on it)
sys.path.insert(0, os.environ.get("EVENTWIRE_BENCH_CODE", str(ROOT)))

from click.testing import CliRunner  # noqa: E402

from eventwire.cli import main as cli  # noqa: E402
from eventwire.store import Store  # noqa: E402

SHIFT_DAYS = 7  # each copy's dates move on by this many days


def _shifted(col: str, days: str) -> str:
    """SQL for a date column (YYYY-MM-DD, YYYY-MM or YYYY) moved on by `days` days."""
    return (f"CASE WHEN {col} IS NULL THEN NULL"
            f" WHEN length({col}) = 10 THEN date({col}, {days})"
            f" WHEN length({col}) = 7 THEN strftime('%Y-%m', {col} || '-01', {days})"
            f" WHEN length({col}) = 4 THEN strftime('%Y', {col} || '-01-01', {days})"
            f" ELSE {col} END")


# How each copied column is rewritten: ids get the copy's suffix (:s), dates are shifted (:d);
# others are copied as they are.  Integer primary keys are left out (SQLite gives new ones).
ID, DATE, URL = "id", "date", "url"
REWRITE: dict[str, dict[str, str]] = {
    "documents": {"id": ID, "content_hash": ID, "source": ID, "published": DATE, "url": URL},
    "sentences": {"id": ID, "document_id": ID},
    "claims": {"id": ID, "document_id": ID, "sentence_id": ID, "date": DATE},
    "events": {"id": ID, "document_id": ID, "sentence_id": ID, "claim_id": ID, "incident_id": ID, "date": DATE},
    "event_names": {"event_id": ID},
    "claim_contradictions": {"claim_a": ID, "claim_b": ID},
    "incidents": {"id": ID, "first_date": DATE},
    "document_copies": {"id": "skip", "document_id": ID, "source": ID, "published": DATE},
    "document_signatures": {"document_id": ID},
    "document_bands": {"document_id": ID},
    "document_versions": {"id": "skip", "document_id": ID, "published": DATE},
}


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]


def replicate(db: Path, target_events: int, say=print) -> None:
    """Copy the store's rows until it holds at least `target_events` events (see the docstring)."""
    store = Store(db)  # brings it to this code's schema (and registers the functions triggers use)
    conn = store._conn
    base = conn.execute("SELECT count(*) FROM events").fetchone()[0]
    if base == 0:
        raise SystemExit(f"{db}: no events to replicate")
    copies = -(-target_events // base) - 1
    tables = [t for t in REWRITE if conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (t,)).fetchone()]
    last = {t: conn.execute(f"SELECT max(rowid) FROM {t}").fetchone()[0] or 0 for t in tables}
    statements = {}
    for table in tables:
        cols, exprs = [], []
        for col in _columns(conn, table):
            how = REWRITE[table].get(col)
            if how == "skip":
                continue
            cols.append(f'"{col}"')
            exprs.append({ID: f'"{col}" || :s', DATE: _shifted(f'"{col}"', ":d"),
                          URL: f'"{col}" || \'#copy\' || :k'}.get(how, f'"{col}"'))
        statements[table] = (f"INSERT INTO {table}({', '.join(cols)}) SELECT {', '.join(exprs)}"
                             f" FROM {table} WHERE rowid <= {last[table]}")
    conn.execute("PRAGMA foreign_keys = OFF")  # rows are copied whole, parents first
    started = time.perf_counter()
    for k in range(1, copies + 1):
        params = {"s": f"~{k}", "d": f"+{k * SHIFT_DAYS} days", "k": str(k)}
        conn.execute("BEGIN")
        for table in tables:
            conn.execute(statements[table], params)
        conn.execute("COMMIT")
        if k % 50 == 0 or k == copies:
            say(f"  copy {k}/{copies}  {time.perf_counter() - started:.0f} s", file=sys.stderr)
    conn.execute("PRAGMA foreign_keys = ON")
    with store._write():
        store._recount_actors(None)
    conn.execute("ANALYZE")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()


def build(db: Path, target_events: int, base: Path | None) -> None:
    db.parent.mkdir(parents=True, exist_ok=True)
    tmp = db.with_suffix(".building")
    for stale in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        stale.unlink(missing_ok=True)
    t0 = time.perf_counter()
    if base is not None:
        shutil.copy(base, tmp)
    else:
        result = CliRunner().invoke(cli, ["ingest", str(ROOT / "corpus" / "whitehouse"), "--db", str(tmp),
                                          "--workers", str(os.cpu_count() or 1)])
        if result.exit_code != 0:
            raise SystemExit(f"ingest failed:\n{result.output}")
    t_ingest = time.perf_counter() - t0
    t0 = time.perf_counter()
    replicate(tmp, target_events)
    t_copy = time.perf_counter() - t0
    tmp.rename(db)
    print(f"built {db}: corpus ingest {t_ingest:.0f} s, replication {t_copy:.0f} s", file=sys.stderr)


QUERIES: list[tuple[str, list[str]]] = [
    # pages of 100 (what a user or the web app reads first), JSON Lines
    ("events --dyad RUS CHN", ["events", "--dyad", "RUS", "CHN", "--format", "json", "--limit", "100"]),
    ("events --actor RUSMIL", ["events", "--actor", "RUSMIL", "--format", "json", "--limit", "100"]),
    ("events --actor RUS", ["events", "--actor", "RUS", "--format", "json", "--limit", "100"]),
    ("events --cameo 19", ["events", "--cameo", "19", "--format", "json", "--limit", "100"]),
    ("events --since 2024-03-01 --until 2024-03-31",
     ["events", "--since", "2024-03-01", "--until", "2024-03-31", "--format", "json", "--limit", "100"]),
    ("events --near Kyiv --km 100", ["events", "--near", "Kyiv", "--km", "100", "--format", "json", "--limit", "100"]),
    ("events --near Kyiv (500 km)", ["events", "--near", "Kyiv", "--format", "json", "--limit", "100"]),
    ("events --near 'Sea of Japan'", ["events", "--near", "Sea of Japan", "--format", "json", "--limit", "100"]),
    ("events --actor RUSMIL --cameo 1 --since 2030", ["events", "--actor", "RUSMIL", "--cameo", "1", "--since", "2030",
                                                      "--format", "json", "--limit", "100"]),
    ("claims --about 'sanctions Russia'",
     ["claims", "--about", "sanctions Russia", "--format", "json", "--limit", "100"]),
    ("incidents --dyad RUS CHN", ["incidents", "--dyad", "RUS", "CHN", "--format", "json", "--limit", "20"]),
    # whole answers
    ("events --dyad RUS CHN, every row", ["events", "--dyad", "RUS", "CHN", "--format", "json"]),
    ("timeline --dyad RUS USA --by month", ["timeline", "--dyad", "RUS", "USA", "--by", "month", "--format", "json"]),
    ("timeline --actor CHN --by year", ["timeline", "--actor", "CHN", "--by", "year", "--format", "json"]),
    ("stats", ["stats"]),
]


def run(db: Path, runs: int, only: str | None) -> None:
    runner = CliRunner()
    size = sum(p.stat().st_size for p in (db, Path(f"{db}-wal")) if p.exists())
    with Store(db) as store:
        counts = {t: store._conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                  for t in ("documents", "sentences", "events", "claims", "incidents")}
    print(f"store {db}: {size / 2**30:.2f} GiB, " + ", ".join(f"{n:,} {t}" for t, n in counts.items()))
    print(f"{'query':50} {'rows':>7} {'p50 ms':>8} {'p95 ms':>8}")
    worst = 0.0
    for label, args in QUERIES:
        if only and only not in label:
            continue
        argv = [*args[:1], "--db", str(db), *args[1:]]
        first = runner.invoke(cli, argv)  # warm the cache
        if first.exit_code != 0:
            raise SystemExit(f"{label}: exit {first.exit_code}\n{first.output}")
        rows = len(first.stdout.splitlines()) if "json" in args else "-"
        times = []
        for _ in range(runs):
            t0 = time.perf_counter()
            result = runner.invoke(cli, argv)
            times.append((time.perf_counter() - t0) * 1000)
            assert result.exit_code == 0, result.output
        times.sort()
        p50 = statistics.median(times)
        p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
        worst = max(worst, p95)
        print(f"{label:50} {rows:>7} {p50:8.0f} {p95:8.0f}", flush=True)
    print(f"worst p95 {worst:.0f} ms (target < 200 ms)")


def serve_queries(db: Path) -> None:
    """The other side of --against: run each query label read from stdin once, print its ms."""
    runner = CliRunner()
    labelled = dict(QUERIES)
    for line in sys.stdin:
        args = labelled[line.strip()]
        t0 = time.perf_counter()
        result = runner.invoke(cli, [*args[:1], "--db", str(db), *args[1:]])
        if result.exit_code != 0:
            raise SystemExit(f"{line.strip()}: exit {result.exit_code}\n{result.output}")
        print(f"{(time.perf_counter() - t0) * 1000:.3f}", flush=True)


def run_against(db: Path, other: Path, other_db: Path, runs: int, only: str | None) -> None:
    """Each query alternately with this code on `db` and with the code in `other` on `other_db`."""
    import subprocess

    def start(code: Path, store: Path) -> subprocess.Popen:
        return subprocess.Popen([sys.executable, __file__, "--serve", "--db", str(store)], stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, text=True, cwd=code,
                                env={**os.environ, "EVENTWIRE_BENCH_CODE": str(code.resolve())})

    sides = [start(other, other_db), start(ROOT, db)]

    def ask(side: subprocess.Popen, label: str) -> float:
        side.stdin.write(label + "\n")
        side.stdin.flush()
        answer = side.stdout.readline()
        if not answer:
            raise SystemExit(f"{label}: the worker stopped")
        return float(answer)

    def p50_p95(times: list[float]) -> tuple[float, float]:
        times = sorted(times)
        return statistics.median(times), times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]

    print(f"{'query':50} {'other p50':>9} {'p95':>6} {'this p50':>9} {'p95':>6}   ({other} on {other_db} | {db})")
    for label, _ in QUERIES:
        if only and only not in label:
            continue
        times: list[list[float]] = [[], []]
        for k in range(runs + 1):  # the first of each warms the cache
            for i, side in enumerate(sides):
                ms = ask(side, label)
                if k:
                    times[i].append(ms)
        (a50, a95), (b50, b95) = map(p50_p95, times)
        print(f"{label:50} {a50:9.0f} {a95:6.0f} {b50:9.0f} {b95:6.0f}", flush=True)
    for side in sides:
        side.stdin.close()
        side.wait()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", type=Path, default=Path("/tmp/eventwire-bench/1m.db"),
                    help="The store to use, built here when missing or too small.")
    ap.add_argument("--events", type=int, default=1_000_000, help="At least this many events.")
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--base", type=Path, help="Replicate this store instead of ingesting the corpus.")
    ap.add_argument("--build-only", action="store_true")
    ap.add_argument("--only", help="Run only the queries whose label contains this.")
    ap.add_argument("--against", nargs=2, type=Path, metavar=("DIR", "STORE"),
                    help="Also run each query with the eventwire in DIR on STORE, alternately with this one.")
    ap.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)  # --against's worker
    args = ap.parse_args()
    if args.serve:
        serve_queries(args.db)
        return
    have = 0
    if args.db.exists():
        conn = sqlite3.connect(f"file:{args.db}?mode=ro", uri=True)
        have = conn.execute("SELECT count(*) FROM events").fetchone()[0]
        conn.close()
    if have < args.events:
        if args.db.exists():
            print(f"{args.db} holds {have:,} events, fewer than {args.events:,}: rebuilding", file=sys.stderr)
            args.db.unlink()
        build(args.db, args.events, args.base)
    if args.against:
        run_against(args.db, *args.against, args.runs, args.only)
    elif not args.build_only:
        run(args.db, args.runs, args.only)


if __name__ == "__main__":
    main()
