"""The `eventwire` command: a thin layer over the Python API (pipeline, store, evaluate).

Exit codes: 0 done (an empty result is a message on stderr, not an error); 1 some input failed
(`ingest`, `extract`) or `show` found no such document; 2 a usage error: a bad option value
(impossible date, unknown code or place) or a store that is missing, foreign or newer than this
program.  Everything printed goes through eventwire.output, which shows stored text literally.
"""
from __future__ import annotations

import calendar
import difflib
import os
import re
import sqlite3
import sys
import time
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import quote

import click
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from . import output
from .output import add_row, say, table
from .records import RawDocument, ReadError

# Piped or captured output is not folded to 80 columns: tables stay readable in logs and files.
out = Console() if sys.stdout.isatty() else Console(width=160)
err = Console(stderr=True) if sys.stderr.isatty() else Console(stderr=True, width=160)

DATA = Path(__file__).parent / "data"

DB_OPTION = click.option("--db", envvar="EVENTWIRE_DB", default="eventwire.db", show_default=True,
                         help="SQLite store (or set EVENTWIRE_DB).")
FORMAT_OPTION = click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table",
                             show_default=True)

EXPORT_FORMAT_OPTION = click.option(
    "--format", "fmt", type=click.Choice(["table", "json", "csv", "geojson", "parquet"]), default="table",
    show_default=True, help="json: JSON Lines; geojson: one FeatureCollection of the located rows (a point each); "
                            "parquet: needs --out.")
PRESET_OPTION = click.option("--preset", type=click.Choice(["gdelt", "plover"]),
                             help="Name and code the columns as GDELT 2.0 events or PLOVER do (docs/cli.md).")
OUT_OPTION = click.option("--out", "out_file", type=click.Path(dir_okay=False, writable=True),
                          help="Write to this file instead of standard output.")


# --- dates -------------------------------------------------------------------------------
_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def _checked_date(value: str, partial: bool) -> str:
    """`value` as an ISO date (YYYY-MM-DD, or YYYY / YYYY-MM when `partial`); BadParameter
    naming what is wrong when it is not one, or is a day that does not exist (2024-02-30)."""
    form = "YYYY, YYYY-MM or YYYY-MM-DD" if partial else "YYYY-MM-DD"
    m = _DATE.fullmatch(value.strip())
    if m is None or (not partial and m.group(3) is None):
        raise click.BadParameter(f"expected {form}, got {value!r}")
    year, month, day = m.group(1), m.group(2), m.group(3)
    if month is not None and not 1 <= int(month) <= 12:
        raise click.BadParameter(f"no such date: {value.strip()!r} (there is no month {int(month)})")
    if day is not None:
        last = calendar.monthrange(int(year), int(month))[1]
        if not 1 <= int(day) <= last:
            raise click.BadParameter(f"no such date: {value.strip()!r} "
                                     f"({calendar.month_name[int(month)]} {year} has {last} days)")
    return value.strip()


def _iso_date(ctx, param, value):
    """A full date: --published."""
    return None if value is None else _checked_date(value, partial=False)


def _period(ctx, param, value):
    """A year, month or day: --since, --until (the store compares at the coarser precision)."""
    return None if value is None else _checked_date(value, partial=True)


def _check_range(since: str | None, until: str | None) -> None:
    if since and until:
        n = min(len(since), len(until))
        if since[:n] > until[:n]:
            raise click.BadParameter(f"--since {since} is after --until {until}", param_hint=("--since",))


# --- the store ---------------------------------------------------------------------------
_OUR_TABLES = {"schema_migrations", "documents", "events"}


class StoreRefused(click.ClickException):
    """A --db that is missing, not ours, or newer than this program: one line, exit 2."""

    exit_code = 2

    def format_message(self) -> str:
        return output.visible(self.message)


def _ro_uri(path: str | Path) -> str:
    return "file:" + quote(str(Path(path).resolve())) + "?mode=ro"


def _db_state(db: str) -> tuple[str, int | None]:
    """What is at `db`: missing, directory, empty, not-sqlite, unreadable, blank (SQLite, no
    tables), foreign (tables, none of ours) or ours; with our schema version when ours.
    Looks through a read-only connection: nothing is created or changed."""
    path = Path(db)
    if not path.exists():
        return "missing", None
    if path.is_dir():
        return "directory", None
    try:
        with open(path, "rb") as f:
            head = f.read(16)
    except OSError:
        return "unreadable", None
    if not head:
        return "empty", None
    if head != b"SQLite format 3\x00":
        return "not-sqlite", None
    try:
        conn = sqlite3.connect(_ro_uri(path), uri=True)
        try:
            names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            version = None
            if _OUR_TABLES <= names:
                version = conn.execute("SELECT max(version) FROM schema_migrations").fetchone()[0] or 0
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return "unreadable", None
    if not names:
        return "blank", None
    if version is None:
        return "foreign", None
    return "ours", version


def _refuse(db: str, state: str, version: int | None) -> None:
    from .store import SCHEMA_VERSION

    reason = {
        "missing": "no eventwire store at {db} (give --db, or make one with `eventwire ingest FILES --db {db}`)",
        "directory": "{db} is a directory, not an eventwire store",
        "empty": "{db} is an empty file, not an eventwire store",
        "blank": "{db} is an SQLite database without tables, not an eventwire store",
        "not-sqlite": "{db} is not an SQLite database, so not an eventwire store",
        "unreadable": "{db} cannot be read as an SQLite database",
        "foreign": "{db} is an SQLite database without eventwire's tables; refusing to use it",
        "newer": "{db} has store schema version {version}, newer than this eventwire's {ours}; "
                 "upgrade eventwire to read it",
    }[state]
    raise StoreRefused(reason.format(db=db, version=version, ours=SCHEMA_VERSION))


def _query_store(db: str):
    """The store at `db` opened read-only for a query; exit 2 with one line when there is no
    eventwire store there (nothing is created) or it is newer than this program."""
    from .store import SCHEMA_VERSION, Store

    if db.startswith("file:"):  # an SQLite URI: the caller chose the mode
        return Store(db)
    state, version = _db_state(db)
    if state != "ours":
        _refuse(db, state, version)
    if version > SCHEMA_VERSION:
        _refuse(db, "newer", version)
    if version < SCHEMA_VERSION:
        return Store(db)  # our own older store: brought up to date once, as any open does
    try:
        return Store(_ro_uri(db))
    except sqlite3.OperationalError as exc:  # e.g. a hot journal only a writer can roll back
        raise StoreRefused(f"cannot open {db} read-only: {exc}") from exc


def _ingest_store(db: str):
    """The store to write to: a new one when `db` does not exist (or is an empty file), else
    only one of ours; another SQLite database or file is refused (exit 2), never altered."""
    from .store import SCHEMA_VERSION, Store

    if not db.startswith("file:") and db != ":memory:":
        state, version = _db_state(db)
        if state not in ("missing", "empty", "blank", "ours"):
            _refuse(db, state, version)
        if state == "ours" and version > SCHEMA_VERSION:
            _refuse(db, "newer", version)
    return Store(db)


def _store_has(db: str, sql: str, params: tuple) -> bool:
    """Whether a read-only query on the store at `db` returns a row (False when it cannot)."""
    if db.startswith("file:") or not Path(db).is_file():
        return False
    try:
        conn = sqlite3.connect(_ro_uri(db), uri=True)
        try:
            return conn.execute(sql, params).fetchone() is not None
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return False


# --- codes -------------------------------------------------------------------------------
def _tsv(name: str) -> list[list[str]]:
    rows = []
    for raw in (DATA / name).read_text(encoding="utf-8").splitlines():
        if raw.strip() and not raw.startswith("#"):
            rows.append(raw.split("\t"))
    return rows


@lru_cache(maxsize=1)
def _vocabulary() -> dict[str, Any]:
    """The codes eventwire emits: CAMEO codes (with labels) and PLOVER types from cameo.tsv;
    countries (pycountry alpha-3 and the data files' extra codes), actor sectors
    (actor_sectors.tsv, actor_orgs.tsv) and organisation codes (actor_orgs.tsv, actor_people.tsv)."""
    import pycountry

    cameo = {row[0]: row[1] for row in _tsv("cameo.tsv") if len(row) > 1}
    plover = {row[3] for row in _tsv("cameo.tsv") if len(row) > 3 and row[3] not in ("", "-")}
    three = re.compile(r"[A-Z]{3}")
    countries = {c.alpha_3 for c in pycountry.countries}
    countries |= {row[1] for row in _tsv("actor_aliases.tsv") if len(row) > 1 and three.fullmatch(row[1])}
    sectors = {row[1] for row in _tsv("actor_sectors.tsv") if len(row) > 1 and row[1]}
    orgs = set()
    for row in _tsv("actor_orgs.tsv"):
        code, country, sector = (row + ["", "", ""])[1:4]
        if sector:
            sectors.add(sector)
        if code and not country:
            orgs.add(code)
        elif country and three.fullmatch(country):
            countries.add(country)
    for row in _tsv("actor_people.tsv"):
        if len(row) > 1 and row[1]:
            (countries if three.fullmatch(row[1]) else orgs).add(row[1])
    org_heads = {code[:3] for code in orgs}  # IGO, IMG, NGO: every code of that kind
    return {"cameo": cameo, "plover": plover, "countries": countries, "sectors": sectors,
            "orgs": orgs, "org_heads": org_heads}


def _actor_code_known(code: str) -> bool:
    v = _vocabulary()
    if len(code) == 3:
        return code in v["countries"] or code in v["org_heads"]
    bases = [b for b in v["orgs"] if code.startswith(b)] + ([code[:3]] if code[:3] in v["countries"] else [])
    for base in bases:
        rest = code[len(base):]
        if len(rest) % 3 == 0 and all(rest[i:i + 3] in v["sectors"] for i in range(0, len(rest), 3)):
            return True
    return False


def _suggest(word: str, candidates, n: int = 3, cutoff: float = 0.6) -> list[str]:
    return difflib.get_close_matches(word, sorted(candidates), n=n, cutoff=cutoff)


def _unknown(kind: str, value: str, suggestions: list[str], option: str, fallback: str = "") -> click.BadParameter:
    hint = f"; did you mean {', '.join(suggestions)}?" if suggestions else (f"; {fallback}" if fallback else "")
    return click.BadParameter(output.visible(f"unknown {kind} {value!r}{hint}"), param_hint=(option,))


def _check_actor(value: str | None, db: str, option: str) -> str | None:
    """An actor code as the store matches it (upper case), or exit 2 with suggestions."""
    if value is None:
        return None
    code = value.strip().upper()
    if not code:
        raise click.BadParameter("empty actor code", param_hint=(option,))
    if _actor_code_known(code):
        return code
    seen = (_store_has(db, "SELECT 1 FROM actors WHERE substr(code, 1, 3) = ? OR country = ? LIMIT 1", (code, code))
            if len(code) == 3 else _store_has(db, "SELECT 1 FROM actors WHERE code = ? LIMIT 1", (code,)))
    if seen:  # a code this store holds is known, whatever the data files say
        return code
    v = _vocabulary()
    candidates = v["countries"] | v["orgs"] | v["org_heads"]
    kind = "actor code"
    if len(code) > 3:
        candidates |= {c + s for c in v["countries"] for s in v["sectors"]}
        rest = code[3:]
        if len(rest) % 3 == 0 and all(rest[i:i + 3] in v["sectors"] for i in range(0, len(rest), 3)):
            kind = f"country {code[:3]!r} in actor code"  # the sector is fine, the country is not
    raise _unknown(kind, value, _suggest(code, candidates), option,
                   "codes are a country's ISO-3 (RUS), optionally with a sector (RUSGOV, RUSMIL), "
                   "or an organisation (IGOWSTNAT)")


def _check_country(value: str | None, option: str) -> str | None:
    if value is None:
        return None
    code = value.strip().upper()
    countries = _vocabulary()["countries"]
    if code in countries:
        return code
    raise _unknown("country code", value, _suggest(code, countries), option)


def _check_cameo(value: str | None, db: str) -> str | None:
    if value is None:
        return None
    code = value.strip()
    cameo = _vocabulary()["cameo"]
    if code.isdigit() and any(known.startswith(code) for known in cameo):
        return code
    if code and _store_has(db, "SELECT 1 FROM events WHERE substr(cameo, 1, ?) = ? LIMIT 1", (len(code), code)):
        return code
    if code.isdigit():
        matches = _suggest(code, cameo, cutoff=0.5)
    else:  # a word: the codes whose label holds it, or looks like it
        word = code.casefold()
        matches = [c for c, label in cameo.items() if word and word in label.casefold()][:3]
        if not matches:
            by_label = {label.casefold(): c for c, label in cameo.items()}
            matches = [by_label[x] for x in _suggest(word, by_label, cutoff=0.5)]
    suggestions = [f"{c} ({cameo[c]})" for c in matches]
    raise _unknown("CAMEO code", value, suggestions, "--cameo", "give a code or prefix such as 19 or 190")


def _check_plover(value: str | None, db: str) -> str | None:
    if value is None:
        return None
    name = value.strip().upper()
    types = _vocabulary()["plover"]
    if name in types or (name and _store_has(db, "SELECT 1 FROM events WHERE upper(plover) = ? LIMIT 1", (name,))):
        return name
    raise _unknown("PLOVER type", value, _suggest(name, types, cutoff=0.5), "--plover",
                   "known types: " + ", ".join(sorted(types)))


# --- places ------------------------------------------------------------------------------
def _near_point(value: str, km: float) -> tuple[float, float]:
    """`--near`: coordinates "LAT,LON" or a place name (places.near_point); says on stderr which
    point was chosen."""
    from .places import near_point

    try:
        point = near_point(value)
    except ValueError as exc:
        raise click.BadParameter(f"{value!r}: {exc}", param_hint=("--near",)) from None
    if point is None:
        raise click.BadParameter(f"unknown place {value!r}: give another name or coordinates as LAT,LON",
                                 param_hint=("--near",))
    lat, lon, where = point
    say(err, ("near", "dim"), f" {lat:g}, {lon:g} (coordinates), within {km:g} km" if where is None
        else f" {where} ({lat:g}, {lon:g}), within {km:g} km")
    return lat, lon


# --- commands ----------------------------------------------------------------------------
DOC_TIMEOUT_OPTION = click.option(
    "--doc-timeout", type=click.FloatRange(min=0), envvar="EVENTWIRE_DOC_TIMEOUT", default=None,
    show_default="60", help="Seconds allowed per document (reading, extraction and coding); 0 = no limit.")


@click.group()
@click.version_option(package_name="eventwire")
def main() -> None:
    """Turn war and security reporting into sourced, coded events and claims."""


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@DB_OPTION
@click.option("--published", callback=_iso_date, help="Publication date (YYYY-MM-DD) for documents that carry none.")
@click.option("--workers", type=click.IntRange(min=1), default=os.cpu_count() or 1, show_default="the cores",
              help="Processes to use (an input of one batch, a few documents, is coded in this process).")
@DOC_TIMEOUT_OPTION
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="Where documents are coded: local processes, or a Dask cluster (the eventwire[dask] extra; "
                   "docs/cluster.md).")
@click.option("--scheduler", metavar="tcp://HOST:PORT",
              help="With --engine dask: an existing Dask scheduler (--workers is then ignored); "
                   "without it a local cluster of --workers processes is started.")
@click.option("--out", "shards_out", type=click.Path(file_okay=False), default=None,
              help="Write Parquet shards to this folder instead of storing (load them with `eventwire load`).")
@click.option("--progress/--no-progress", "show_progress", default=None,
              help="Files done of the total, documents per second, time left and the current file, on stderr "
                   "[default: when stderr is a terminal; elsewhere a line every few seconds].")
def ingest(paths: tuple[str, ...], db: str, published: str | None, workers: int, doc_timeout: float | None,
           engine: str, scheduler: str | None, shards_out: str | None, show_progress: bool | None) -> None:
    """Read files, folders, URLs and standard input, code them, and store the results.

    PATHS are files and folders, http(s) URLs of pages or RSS/Atom feeds (a feed's items are
    stored with their linked pages) or - for one input on standard input (docs/live.md).
    Exits 1 when any input failed (the others are stored), 2 when --db is not an eventwire store."""
    from .pipeline import ingest as run_ingest

    runner = _engine(engine, scheduler, workers)
    if shards_out is not None:
        _ingest_shards(paths, shards_out, published, workers, doc_timeout, runner)
        return

    reported: set[int] = set()
    with _ingest_store(db) as store, _IngestProgress(paths, show_progress) as progress:
        def tick(item: Any) -> None:
            if isinstance(item, ReadError):
                reported.add(id(item))
                say(err, ("error", "red"), " ", str(item))
            progress.advance(item)

        summary = _on_engine(lambda: run_ingest(paths, store, published=published, workers=workers, on_item=tick,
                                                doc_timeout=doc_timeout, engine=runner))
        totals = store.stats()
    failed = list(summary.failed)
    t = table(f"ingest → {db}", [("", "text"), ("", "text")], show_header=False)
    for label, value in (("documents read", summary.read), ("stored", summary.stored),
                         ("updated (new version)", summary.updated), ("skipped as duplicates", summary.duplicates),
                         ("kept as copies", summary.copies),
                         ("failed", len(failed)), ("events stored", summary.events),
                         ("claims stored", summary.claims)):
        add_row(t, (label, value))
    add_row(t, ("store now holds", f"{totals['documents']} documents, {totals['events']} events, "
                                   f"{totals['claims']} claims"))
    out.print(t)
    for failure in failed:
        if id(failure) not in reported:
            say(err, ("error", "red"), " ", str(failure))
    if failed:
        say(err, f"ingest: {len(failed)} failed, {summary.stored} stored, {summary.duplicates} duplicates")
        sys.exit(1)


def _engine(engine: str, scheduler: str | None, workers: int):
    """The `engine` argument of ingest for --engine/--scheduler (None: local processes)."""
    if engine != "dask":
        if scheduler:
            raise click.BadParameter("needs --engine dask", param_hint=("--scheduler",))
        return None
    try:
        from .engines.dask import DaskEngine
    except ImportError as exc:
        raise click.UsageError(f"--engine dask needs the dask extra ({exc}): pip install 'eventwire[dask]'") from exc
    if scheduler is not None and not re.fullmatch(r"(tcp|tls|inproc|ucx|ws|wss)://\S+", scheduler):
        raise click.BadParameter(f"expected a Dask scheduler address like tcp://HOST:PORT, got {scheduler!r}",
                                 param_hint=("--scheduler",))
    return DaskEngine(scheduler=scheduler, workers=workers)


def _on_engine(run):
    """Run `run()`; a cluster that cannot be used is one `Error:` line and exit 2."""
    from .engines import EngineError

    try:
        return run()
    except EngineError as exc:
        raise click.UsageError(str(exc)) from exc


def _shards_module():
    try:
        from .engines import shards
    except ImportError as exc:
        raise click.UsageError(f"Parquet shards need pyarrow ({exc}): pip install pyarrow==26.0.1") from exc
    return shards


def _ingest_shards(paths, folder: str, published, workers: int, doc_timeout, runner) -> None:
    """`ingest --out`: Parquet shards instead of a store (eventwire/engines/shards.py)."""
    shards = _shards_module()
    ShardError, write_shards = shards.ShardError, shards.write_shards

    def tick(item: Any) -> None:
        if isinstance(item, ReadError):
            say(err, ("error", "red"), " ", str(item))

    try:
        summary = _on_engine(lambda: write_shards(paths, folder, published=published, workers=workers, on_item=tick,
                                                  doc_timeout=doc_timeout, engine=runner))
    except ShardError as exc:
        raise click.BadParameter(str(exc), param_hint=("--out",)) from exc
    t = table(f"ingest → {folder}", [("", "text"), ("", "text")], show_header=False)
    for label, value in (("documents read", summary.read), ("written", summary.stored),
                         ("written as copies", summary.duplicates), ("failed", len(summary.failed)),
                         ("events written", summary.events), ("claims written", summary.claims)):
        add_row(t, (label, value))
    add_row(t, ("load with", f"eventwire load {folder}"))
    out.print(t)
    if summary.failed:
        say(err, f"ingest: {len(summary.failed)} failed, {summary.stored} written")
        sys.exit(1)


@main.command()
@click.argument("shards", type=click.Path(file_okay=False))
@DB_OPTION
def load(shards: str, db: str) -> None:
    """Merge Parquet shards written by `ingest --out SHARDS` into the store.

    Each document goes in as ingest would store it (incidents, contradiction links, copies);
    loading the same shards again adds nothing. Exits 1 when a shard file or document failed,
    2 when SHARDS holds no shards or --db is not an eventwire store."""
    module = _shards_module()
    ShardError, load_shards, read_shards = module.ShardError, module.load_shards, module.read_shards
    try:
        read_shards(shards)  # checks that there are shards before the store is touched
    except ShardError as exc:
        raise click.BadParameter(str(exc), param_hint=("SHARDS",)) from exc
    with _ingest_store(db) as store:
        def tick(item: Any) -> None:
            if isinstance(item, ReadError):
                say(err, ("error", "red"), " ", str(item))

        summary = load_shards(shards, store, on_item=tick)
        totals = store.stats()
    t = table(f"load {shards} → {db}", [("", "text"), ("", "text")], show_header=False)
    for label, value in (("documents read", summary.read), ("stored", summary.stored),
                         ("updated (new version)", summary.updated), ("skipped as duplicates", summary.duplicates),
                         ("kept as copies", summary.copies), ("failed", len(summary.failed)),
                         ("events stored", summary.events), ("claims stored", summary.claims)):
        add_row(t, (label, value))
    add_row(t, ("store now holds", f"{totals['documents']} documents, {totals['events']} events, "
                                   f"{totals['claims']} claims"))
    out.print(t)
    if summary.failed:
        say(err, f"load: {len(summary.failed)} failed, {summary.stored} stored, {summary.duplicates} duplicates")
        sys.exit(1)


class _IngestProgress:
    """`ingest --progress`: input files done of the total, documents and their rate, time left and
    the file being read, on stderr.  Live (rich) on a terminal; with --progress elsewhere (a log, a
    pipe) a plain line every EVERY_S seconds and one at the end; with neither, nothing."""

    EVERY_S = 5.0

    def __init__(self, paths: tuple[str, ...], show: bool | None) -> None:
        from .inputs.readers import iter_paths

        self.live = bool(err.is_terminal and show is not False)
        self.lines = bool(show and not self.live)
        self.total = sum(1 for _ in iter_paths(paths)) if (self.live or self.lines) else 0
        self.files: set[str] = set()
        self.current = ""
        self.docs = 0
        self.started = self.said = time.monotonic()
        self.bar = Progress(SpinnerColumn(), TextColumn("ingest"), BarColumn(), MofNCompleteColumn(),
                            TextColumn("files · {task.fields[docs]} docs, {task.fields[rate]} docs/s ·"),
                            TimeRemainingColumn(), TextColumn("left · {task.fields[file]}"), TimeElapsedColumn(),
                            console=err, transient=True, disable=not self.live)
        self.task = self.bar.add_task("ingest", total=self.total or None, docs=0, rate="-", file="")

    def __enter__(self) -> _IngestProgress:
        self.bar.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.lines and self.docs:
            self._line(done=True)
        self.bar.__exit__(*exc)

    def advance(self, item: Any) -> None:
        doc = item if isinstance(item, (ReadError, RawDocument)) else item.document
        path = doc.path or getattr(doc, "url", None)
        path = re.sub(r":\d+$", "", str(path or "")) or "?"  # a record of a .jsonl or feed: its file
        self.docs += not isinstance(item, ReadError)
        if path not in self.files:
            self.files.add(path)
            self.current = path
        rate = self.docs / max(1e-9, time.monotonic() - self.started)
        # the file in hand counts as done once the next one starts (workers may interleave them)
        self.bar.update(self.task, completed=max(0, len(self.files) - 1), docs=self.docs, rate=f"{rate:.1f}",
                        file=Path(self.current).name)
        if self.lines and time.monotonic() - self.said >= self.EVERY_S:
            self._line()

    def _line(self, done: bool = False) -> None:
        self.said = now = time.monotonic()
        elapsed = now - self.started
        finished = len(self.files) if done else max(0, len(self.files) - 1)
        left = (self.total - finished) * elapsed / finished if finished else None
        eta = "-" if left is None else f"{int(left) // 60}:{int(left) % 60:02d}"
        say(err, f"ingest: {finished}/{self.total} files, {self.docs} documents, "
                 f"{self.docs / max(1e-9, elapsed):.1f} docs/s, {eta} left, {int(elapsed)} s elapsed"
                 + ("" if done else f" · {self.current}"))


@main.command()
@click.argument("sources_file", metavar="SOURCES", type=click.Path(dir_okay=False))
@DB_OPTION
@click.option("--every", default="15m", show_default=True, help="Time from one round to the next: 30s, 15m, 1h.")
@click.option("--once", is_flag=True, help="One round, then exit (for cron); exit 1 if any source failed.")
@click.option("--workers", default=1, show_default=True, help="Processes to use (one per core).")
@DOC_TIMEOUT_OPTION
def watch(sources_file: str, db: str, every: str, once: bool, workers: int, doc_timeout: float | None) -> None:
    """Poll the pages and feeds listed in SOURCES (one URL a line, # comments) and store what is new.

    Each round sends conditional requests (ETag, Last-Modified), codes only new feed items and
    changed pages, and prints each source's status; a failing source is reported, skipped for
    a while, and the others go on. The list is read again each round. Ctrl-C stops cleanly."""
    from .watch import Watcher, WatchListError, parse_interval, read_sources

    try:
        interval = parse_interval(every)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint=("--every",)) from None
    try:
        current = read_sources(sources_file)
    except WatchListError as exc:
        raise click.BadParameter(output.visible(str(exc)), param_hint=("SOURCES",)) from None

    def sources() -> list[str]:
        nonlocal current
        try:
            current = read_sources(sources_file)
        except WatchListError as exc:
            say(err, ("warning", "yellow"), " ", f"{exc}; watching the previous list")
        return current

    any_failed = False

    def report(n: int, statuses) -> None:
        nonlocal any_failed
        from datetime import datetime, timezone

        when = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M:%S UTC")
        t = table(f"round {n} · {when} → {db}", [("source", "text"), ("status", "code"), ("new", "number"),
                                                  ("stored", "number"), ("duplicates", "number"), ("failed", "number"),
                                                  ("note", "text")])
        for s in statuses:
            add_row(t, (s.url, s.state, s.new_items, s.stored, s.duplicates, s.failed, s.message))
            any_failed = any_failed or s.state == "failed"
        out.print(t)
        for s in statuses:
            for warning in s.warnings:
                say(err, ("warning", "yellow"), " ", str(warning))
            for error in s.errors:
                say(err, ("error", "red"), " ", str(error))
        for error in watcher.unattributed:
            any_failed = True
            say(err, ("error", "red"), " ", str(error))

    def waiting(seconds: float) -> None:
        from datetime import datetime, timedelta, timezone

        at = (datetime.now(timezone.utc) + timedelta(seconds=seconds)).strftime("%H:%M:%S UTC")
        say(err, f"watch: next round at {at}; Ctrl-C stops")

    with _ingest_store(db) as store, Watcher(store, sources, workers=workers, doc_timeout=doc_timeout) as watcher:
        try:
            watcher.run(interval, rounds=1 if once else None, on_round=report, on_wait=waiting)
        except KeyboardInterrupt:
            say(err, f"watch: stopped after {watcher.rounds} round{'s' * (watcher.rounds != 1)}; "
                     "everything stored so far is kept")
            return
    if once and any_failed:
        sys.exit(1)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--published", callback=_iso_date, help="Publication date (YYYY-MM-DD) for documents that carry none.")
@click.option("--workers", type=click.IntRange(min=1), default=os.cpu_count() or 1, show_default="the cores",
              help="Processes to use (an input of one batch, a few documents, is coded in this process).")
@click.option("--format", "fmt", type=click.Choice(["json", "table"]), default="json", show_default=True,
              help="json: one JSON object per document (JSON Lines).")
@DOC_TIMEOUT_OPTION
def extract(paths: tuple[str, ...], published: str | None, workers: int, fmt: str, doc_timeout: float | None) -> None:
    """Code files, folders, URLs or - (standard input) without storing anything; print the records.

    Exits 1 when any input failed."""
    from .pipeline import extract as run_extract

    failed = done = 0
    for item in run_extract(paths, published=published, workers=workers, doc_timeout=doc_timeout):
        if isinstance(item, ReadError):
            failed += 1
            say(err, ("error", "red"), " ", str(item))
            continue
        done += 1
        if fmt == "json":
            sys.stdout.write(output.json_line(item.to_dict()))
        else:
            _print_events(f"{item.document.id}: {item.document.title or ''}", item.events)
            _print_claims(item.claims)
    if failed:
        say(err, f"extract: {failed} failed, {done} coded")
        sys.exit(1)


def event_filters(command):
    """The filters `events` and `timeline` share (Store.events takes the same names)."""
    for option in reversed([
        click.option("--actor", help="Actor code or country (RUSGOV, RUS); source or target."),
        click.option("--dyad", nargs=2, help="Two actors, either direction: --dyad RUS CHN."),
        click.option("--cameo", help="CAMEO code prefix: 06, 062."),
        click.option("--plover", help="PLOVER type: COOPERATE."),
        click.option("--since", callback=_period, help="From this year, month or day: 2024, 2024-09, 2024-09-01."),
        click.option("--until", callback=_period, help="Up to this year, month or day (inclusive)."),
        click.option("--name", help="Named operation or exercise (substring): Okean."),
        click.option("--text", help="Words of the event's sentence (full-text, FTS5 syntax): 'drone strike'."),
    ]):
        command = option(command)
    return command


def _event_filters(db: str, filters: dict[str, Any]) -> dict[str, Any]:
    """The set filters, checked (dates, codes) and normalised; exit 2 on a bad one."""
    filters = {k: v for k, v in filters.items() if v not in (None, (), False)}
    _check_range(filters.get("since"), filters.get("until"))
    if "actor" in filters:
        filters["actor"] = _check_actor(filters["actor"], db, "--actor")
    if "dyad" in filters:
        filters["dyad"] = tuple(_check_actor(a, db, "--dyad") for a in filters["dyad"])
    if "cameo" in filters:
        filters["cameo"] = _check_cameo(filters["cameo"], db)
    if "plover" in filters:
        filters["plover"] = _check_plover(filters["plover"], db)
    if "location_country" in filters:
        filters["location_country"] = _check_country(filters["location_country"], "--country-of-location")
    if "text" in filters:
        from .store import _fts_query

        try:
            _fts_query(filters["text"])
        except ValueError as exc:
            raise click.BadParameter(str(exc), param_hint=("--text",)) from None
    if "near" in filters:
        filters["near"] = _near_point(filters["near"], filters["km"])
    else:
        filters.pop("km", None)
    return filters


def _none_match(what: str) -> None:
    say(err, f"no {what} match")


@main.command()
@DB_OPTION
@event_filters
@click.option("--near", help="Place name or LAT,LON (50.45,30.52): events located within --km of it.")
@click.option("--km", default=500.0, show_default=True, type=click.FloatRange(min=0, min_open=True))
@click.option("--country-of-location", "location_country", help="ISO-3 country of the event's place.")
@click.option("--all", "include_negated", is_flag=True, help="Include negated and hypothetical events.")
@click.option("--limit", type=click.IntRange(min=0))
@EXPORT_FORMAT_OPTION
@PRESET_OPTION
@OUT_OPTION
def events(db: str, fmt: str, preset: str | None, out_file: str | None, **filters: Any) -> None:
    """Query stored events."""
    _check_export(fmt, preset, out_file)
    with _query_store(db) as store:
        filters = _event_filters(db, filters)
        if fmt == "table":
            found = store.events(**filters)
            if found:
                _print_events(f"events in {db}", found)
        else:
            frame = store.events_df(preset=preset, **filters)
            found = not frame.empty
            _export(frame, fmt, out_file)
    if not found:
        _none_match("events")


@main.command()
@DB_OPTION
@event_filters
@click.option("--near", help="Place name or LAT,LON (50.45,30.52): incidents with an event within --km of it.")
@click.option("--km", default=500.0, show_default=True, type=click.FloatRange(min=0, min_open=True))
@click.option("--country-of-location", "location_country", help="ISO-3 country of an event's place.")
@click.option("--limit", type=click.IntRange(min=0))
@EXPORT_FORMAT_OPTION
@PRESET_OPTION
@OUT_OPTION
def incidents(db: str, fmt: str, preset: str | None, out_file: str | None, **filters: Any) -> None:
    """Query incidents: the events of one happening linked across reports, with their corroboration
    (reports, outlets, documents, first reported, known only through claims)."""
    _check_export(fmt, preset, out_file)
    with _query_store(db) as store:
        filters = _event_filters(db, filters)
        if fmt == "json" and not preset and not out_file:  # each incident with its reports, nested
            found = store.incidents(**filters)
            for incident in found:
                sys.stdout.write(output.json_line(incident.to_dict()))
        elif fmt != "table":
            frame = store.incidents_df(preset=preset, **filters)
            found = not frame.empty
            _export(frame, fmt, out_file)
        else:
            found = store.incidents(**filters)
            if found:
                _print_incidents(f"incidents in {db}", found)
    if not found:
        _none_match("incidents")


@main.command()
@DB_OPTION
@click.option("--by", type=click.Choice(["year", "month", "day"]), default="month", show_default=True)
@event_filters
@FORMAT_OPTION
def timeline(db: str, by: str, fmt: str, **filters: Any) -> None:
    """Events per period with their mean Goldstein score and PLOVER types: how a relation evolved."""
    with _query_store(db) as store:
        filters = _event_filters(db, filters)
        frame = store.timeline(by=by, **filters)
    if frame.empty:
        if fmt == "csv":
            _write_frame(frame, fmt)
        _none_match("events")
        return
    if fmt != "table":
        _write_frame(frame, fmt)
        return
    t = table(f"events by {by}", [(str(col), "date" if col == "period" else "number") for col in frame.columns])
    for row in frame.itertuples(index=False):
        add_row(t, row)
    out.print(t)


@main.command()
@DB_OPTION
@click.option("--speaker", help="Speaker name, title or group (substring).")
@click.option("--actor", help="Speaker actor code or country.")
@click.option("--stance", type=click.Choice(["assert", "deny"]))
@click.option("--contradicted", is_flag=True, default=None, help="Only claims that another claim contradicts.")
@click.option("--about", help="Words that must all be in the claim's content: --about 'China Russia support'.")
@click.option("--since", callback=_period, help="From this year, month or day: 2024, 2024-09, 2024-09-01.")
@click.option("--until", callback=_period, help="Up to this year, month or day (inclusive).")
@click.option("--limit", type=click.IntRange(min=0))
@FORMAT_OPTION
def claims(db: str, fmt: str, **filters: Any) -> None:
    """Query stored claims: who said what, via whom, and who denies it."""
    with _query_store(db) as store:
        filters = {k: v for k, v in filters.items() if v is not None}
        _check_range(filters.get("since"), filters.get("until"))
        if "actor" in filters:
            filters["actor"] = _check_actor(filters["actor"], db, "--actor")
        if fmt == "table":
            found = store.claims(**filters)
            _print_claims(found)
        else:
            frame = store.claims_df(**filters)
            found = not frame.empty
            _write_frame(frame, fmt)
    if not found:
        _none_match("claims")


@main.command()
@click.argument("document_id")
@DB_OPTION
def show(document_id: str, db: str) -> None:
    """A stored document's events and claims, each with its evidence.  Exits 1 when there is no such document."""
    with _query_store(db) as store:
        result = store.document(document_id)
    if result is None:
        say(err, f"no document {document_id!r} in {db}")
        sys.exit(1)
    d = result.document
    out.print(output.line((d.title or d.id, "bold")), soft_wrap=True)
    out.print(output.line(d.url or d.path or "", f"  published {d.published or '?'}  ", d.site or ""),
              soft_wrap=True)
    out.print()
    out.print(output.line((f"{len(result.events)} events", "bold")))
    for e in result.events:
        flags = " (negated)" if e.negated else " (hypothetical)" if e.hypothetical else ""
        where = ", ".join(p.name for p in e.locations)
        authors = " + ".join(_actor_cell(a) for a in e.participants) if e.participants else _actor_cell(e.source)
        dyad = " ↔ ".join(_actor_cell(a) for a in e.participants) if e.mutual else \
            f"{authors or '?'} → {_actor_cell(e.target) or '?'}"
        out.print(output.line(f"{e.id}  ", (e.cameo, "bold"), f" {e.plover or '-'}", (flags, "dim"),
                              f"  {dyad}  {e.date or ''}  {where}  {', '.join(e.names)}"), soft_wrap=True)
        out.print(output.line((f"    “{e.evidence}” [{e.span[0]}:{e.span[1]}]"
                               + (f"  claim {e.claim_id}" if e.claim_id else "")
                               + (f"  incident {e.incident_id}" if e.incident_id else ""), "dim")), soft_wrap=True)
    out.print()
    out.print(output.line((f"{len(result.claims)} claims", "bold")))
    for c in result.claims:
        speaker = "?" if c.speaker is None else f"{c.speaker.text} [{c.speaker.actor or '?'}]"
        out.print(output.line(f"{c.id}  {speaker} {c.cue or ''} ({c.stance}{', hedged' if c.hedged else ''})  "
                              f"{c.date or ''}  via {' ← '.join(c.via) or '-'}"
                              + (f"  contradicts {', '.join(c.contradicts)}" if c.contradicts else "")),
                  soft_wrap=True)
        out.print(output.line((f"    {c.content or ''}", "dim")), soft_wrap=True)


@main.command()
@DB_OPTION
@click.option("--top", default=10, show_default=True, type=click.IntRange(min=0))
def stats(db: str, top: int) -> None:
    """What the store holds: counts, top dyads, top event types."""
    with _query_store(db) as store:
        s = store.stats(top=top)
    _print_stats(s, db)


@main.command(name="eval")
@click.argument("gold", nargs=-1, type=click.Path())
@click.option("--details", is_flag=True, help="Per-root confusion table.")
@click.option("--json", "json_path", type=click.Path(), help="Write the figures as JSON here.")
@click.option("--gate", "baseline", type=click.Path(exists=True),
              help="Fail when a figure drops below its floor in this baseline file.")
@click.option("--split", help="Only records whose `split` field is this (e.g. test: a held-out part).")
@click.option("--whole-documents", is_flag=True,
              help="Code in-context records (sets with `para`) in their whole document, as ingest does, "
                   "rather than their paragraph alone.")
def evaluate(gold: tuple[str, ...], details: bool, json_path: str | None, baseline: str | None,
             split: str | None, whole_documents: bool) -> None:
    """Measure event coding against labelled gold files (default: ../shared/eval/events)."""
    from .evaluate import run

    sys.exit(run(list(gold), details=details, json_path=json_path, baseline=baseline,
                 gate=baseline is not None, console=out, split=split, whole_documents=whole_documents))


# --- printing (all through eventwire.output: stored text is shown literally) ----------------
def _actor_cell(actor) -> str:
    return "" if actor is None else f"{actor.actor or '?'} ({actor.text})"


def _print_events(title: str, events) -> None:
    t = table(title, [("date", "date"), ("cameo", "code"), ("plover", "code"), ("source", "actor"),
                      ("target", "actor"), ("where", "text"), ("names", "text"), ("numbers", "text"),
                      ("trigger", "text")])
    for e in events:
        flags = " (negated)" if e.negated else " (hypothetical)" if e.hypothetical else ""
        # a mutual action: the first party, then everyone it acted with
        target = "↔ " + ", ".join(_actor_cell(a) for a in e.participants[1:]) if e.mutual else _actor_cell(e.target)
        source = _actor_cell(e.source) if e.mutual or not e.participants else \
            " + ".join(_actor_cell(a) for a in e.participants)
        add_row(t, (e.date, f"{e.cameo}{flags}", e.plover, source, target,
                    ", ".join(p.name for p in e.locations), ", ".join(e.names),
                    ", ".join(f"{q.value:g} {q.unit}" for q in e.quantities), e.trigger))
    out.print(t)


def _print_incidents(title: str, incidents) -> None:
    t = table(title, [("id", "code"), ("date", "date"), ("cameo", "code"), ("plover", "code"),
                      ("parties", "actor"), ("where", "text"), ("names", "text"), ("reports", "number"),
                      ("outlets", "number"), ("first reported", "date"), ("claim only", "text")])
    for i in incidents:
        parties = " + ".join(i.participants) if i.participants else \
            f"{i.source or '?'} → {i.target or '?'}"
        claim = ("by " + ", ".join(i.claimed_by)) if i.claim_only and i.claimed_by else "yes" if i.claim_only else ""
        add_row(t, (i.id, i.date, i.cameo, i.plover, parties, ", ".join(i.locations), ", ".join(i.names),
                    i.reports, i.outlets, i.first_reported, claim))
    out.print(t)


def _print_claims(claims) -> None:
    if not claims:
        return
    t = table("claims", [("speaker", "actor"), ("cue", "text"), ("stance", "code"), ("content", "text"),
                         ("via", "text"), ("date", "date"), ("contradicts", "text")])
    for c in claims:
        speaker = "" if c.speaker is None else f"{c.speaker.text} [{c.speaker.actor or '?'}]"
        add_row(t, (speaker, c.cue, c.stance, c.content, " ← ".join(c.via), c.date, ", ".join(c.contradicts)))
    out.print(t)


_CODE_COLUMNS = {"source", "target", "actor", "code", "cameo", "root", "plover", "country", "date", "period"}


def _print_stats(s: dict, db: str) -> None:
    t = table(db, [("", "text"), ("", "number")], show_header=False)
    for key in ("documents", "copies", "sentences", "events", "incidents", "claims", "actors"):
        if key in s:
            add_row(t, (key, s[key]))
    out.print(t)
    for key, title in (("top_dyads", "top dyads"), ("top_cameo_roots", "top CAMEO roots"),
                       ("top_plover", "top PLOVER types"), ("top_actors", "top actors")):
        rows = s.get(key) or []
        if not rows:
            continue
        first = rows[0]
        cols = list(first.keys()) if isinstance(first, dict) else [f"col{i}" for i in range(len(first))]
        values = [list(r.values()) if isinstance(r, dict) else list(r) for r in rows]
        kinds = []
        for i, c in enumerate(cols):
            numeric = all(isinstance(v[i], (int, float)) and not isinstance(v[i], bool) for v in values)
            kinds.append((str(c), "number" if numeric else "code" if str(c) in _CODE_COLUMNS else "text"))
        tt = table(title, kinds)
        for v in values:
            add_row(tt, v)
        out.print(tt)


@main.command()
@click.argument("a")
@click.argument("b")
@DB_OPTION
@click.option("--by", type=click.Choice(["week", "month", "year"]), default="month", show_default=True)
@click.option("--since", callback=_period, help="From this year, month or day: 2024, 2024-09, 2024-09-01.")
@click.option("--until", callback=_period, help="Up to this year, month or day (inclusive).")
@click.option("--cameo", help="CAMEO code prefix, e.g. 19 or 062.")
@click.option("--plot", "plot", type=click.Path(dir_okay=False), help="Also draw the chart into this PNG file.")
@FORMAT_OPTION
def dyad(a: str, b: str, db: str, by: str, fmt: str, plot: str | None, **filters: Any) -> None:
    """How the relation between two actors evolved: incidents per period by quad class and net
    Goldstein score in each direction, counted over incidents, not reports."""
    a, b = a.upper(), b.upper()
    with _query_store(db) as store:
        filters = _event_filters(db, {"dyad": (a, b), **filters})
        a, b = filters.pop("dyad")
        frame = store.dyad(a, b, by=by, **filters)
    if plot:
        from .charts import dyad_chart

        dyad_chart(frame, a, b, plot)
        say(err, "chart written to ", plot)
    if frame.empty:
        _none_match("incidents")
        return
    table_frame = frame.reset_index().assign(period=lambda f: f["period"].astype(str))
    if fmt == "table":
        columns = [("period", "date")] + [(c, "number") for c in frame.columns]
        t = table(f"{a} and {b} by {by}: incidents by quad class, net Goldstein", columns)
        for row in table_frame.itertuples(index=False):
            add_row(t, [row[0]] + [f"{v:g}" if isinstance(v, float) else v for v in row[1:]])
        out.print(t)
    else:
        _write_frame(table_frame, fmt)


def _check_export(fmt: str, preset: str | None, out_file: str | None) -> None:
    if fmt == "parquet" and not out_file:
        raise click.BadParameter("Parquet is a binary file: give --out FILE.parquet", param_hint="--format")
    if fmt == "table" and (preset or out_file):
        raise click.BadParameter("--preset and --out need --format csv, json, parquet or geojson",
                                 param_hint="--preset/--out")


def _export(frame, fmt: str, out_file: str | None) -> None:
    """An events or incidents frame in an export format (eventwire/exports.py), to --out or stdout."""
    from . import exports

    try:
        exports.write(frame, "jsonl" if fmt == "json" else fmt, out_file)
    except OSError as exc:
        raise click.ClickException(f"{out_file}: cannot write ({exc.strerror or exc})") from exc
    if out_file:
        say(err, f"{len(frame)} rows written to ", out_file)


def _write_frame(frame, fmt: str) -> None:
    if fmt == "json":
        output.write_jsonl(frame, sys.stdout)
    elif fmt == "geojson":
        output.write_geojson(frame, sys.stdout)
    else:
        output.write_csv(frame, sys.stdout)


@main.command()
@DB_OPTION
@click.option("--repair", is_flag=True, help="Fix what is found: orphan rows, unlinked documents, missing "
                                             "contradiction links, actor counts (integrity errors are only reported).")
def check(db: str, repair: bool) -> None:
    """Check the store: SQLite integrity, orphan rows, contradiction links, actor counts."""
    from pathlib import Path

    from .store import SchemaVersionError, Store

    if db != ":memory:" and not db.startswith("file:") and not Path(db).is_file():
        err.print(f"no store at {db}", markup=False, highlight=False)
        sys.exit(1)
    try:
        with Store(db) as store:
            report = store.check(repair=repair)
    except SchemaVersionError as exc:
        err.print(str(exc), markup=False, highlight=False, soft_wrap=True)
        sys.exit(1)
    for line in report.lines():
        out.print(line, markup=False, highlight=False, soft_wrap=True)
    sys.exit(0 if report.clean or (repair and report.fixed) else 1)


@main.command()
@DB_OPTION
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(min=0, max=65535))
@click.option("--allow-writes", is_flag=True,
              help="Refused: this version has no write endpoints and always serves read-only.")
def serve(db: str, host: str, port: int, allow_writes: bool) -> None:
    """A read-only web app and JSON API over the store (docs/web.md)."""
    if allow_writes:
        raise StoreRefused("--allow-writes: this version of `eventwire serve` has no write endpoints; "
                           "start it without --allow-writes to serve read-only")
    state, version = _db_state(db)
    if state != "ours":
        _refuse(db, state, version)
    import uvicorn

    from .serve import create_app
    from .serve.app import StoreUnavailable

    try:
        app = create_app(db)
    except StoreUnavailable as exc:
        raise StoreRefused(str(exc)) from exc
    say(err, ("serve", "dim"), f" {db} read-only at http://{host}:{port}/")
    uvicorn.run(app, host=host, port=port, log_level="warning")


if __name__ == "__main__":
    main()
