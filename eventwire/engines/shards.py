"""Results as Parquet shards, partitioned by publication month, and merged into a store later.

    eventwire ingest reports/ --engine dask --out shards/     # write_shards
    eventwire load shards/ --db eventwire.db                  # load_shards

Layout: one table per record kind, each partitioned by the document's publication month
(`unknown` for a document without a date):

    shards/documents/month=2024-09/part-<run>-<flush>.parquet
    shards/sentences/month=2024-09/part-...   shards/events/...   shards/claims/...
    shards/copies/month=.../part-...          (the same text again from another source)

so `pandas.read_parquet("shards/events")` or DuckDB's
`read_parquet('shards/events/*/*.parquet', hive_partitioning = true)` reads a kind directly,
with `month` as a column. Every row carries `record`, the written document it belongs to
(unique per document written, in writing order), and `document_id`. The columns are the
store's (eventwire/store.py) with lists as Parquet lists and structs; they hold everything a
`DocumentResult` holds, so loading stores what an ingest would have.

Each flush writes its files for every kind under one name, documents last, each by rename
from a hidden temporary file: a reader (and `load`) never sees half a file, and a document
whose row is there has its sentences, events and claims there too.
"""
from __future__ import annotations

import os
import re
import secrets
import time
from collections import defaultdict
from pathlib import Path
from typing import Callable, Iterable, Iterator

import pyarrow as pa
import pyarrow.parquet as pq

from ..inputs import iter_documents
from ..pipeline import IngestSummary, process_stream, store_results
from ..records import Actor, Claim, DocumentResult, Event, Place, Quantity, RawDocument, ReadError, Sentence

FORMAT_VERSION = "1"
FORMAT_KEY = b"eventwire_shards"
# Documents buffered before their rows are written: a few MB of rows, and few files per month.
FLUSH_DOCUMENTS = 500

_ACTOR = [("text", pa.string()), ("actor", pa.string()), ("country", pa.string()), ("sector", pa.string()),
          ("title", pa.string()), ("country_basis", pa.string())]
_ACTOR_STRUCT = pa.struct(_ACTOR)
_PLACE_STRUCT = pa.struct([("name", pa.string()), ("country", pa.string()), ("lat", pa.float64()),
                           ("lon", pa.float64())])
_QUANTITY_STRUCT = pa.struct([("value", pa.float64()), ("unit", pa.string()), ("text", pa.string())])


def _role(prefix: str) -> list[tuple[str, pa.DataType]]:
    return [(f"{prefix}_{name}", kind) for name, kind in _ACTOR]


_DOCUMENT_FIELDS = [("record", pa.string()), ("id", pa.string()), ("text", pa.string()), ("title", pa.string()),
                    ("url", pa.string()), ("published", pa.string()), ("site", pa.string()),
                    ("path", pa.string()), ("format", pa.string()), ("people", pa.list_(pa.string()))]
SCHEMAS: dict[str, pa.Schema] = {
    "documents": pa.schema(_DOCUMENT_FIELDS),
    "copies": pa.schema(_DOCUMENT_FIELDS),
    "sentences": pa.schema([
        ("record", pa.string()), ("document_id", pa.string()), ("id", pa.string()), ("idx", pa.int32()),
        ("start", pa.int64()), ("end", pa.int64()), ("text", pa.string())]),
    "events": pa.schema([
        ("record", pa.string()), ("document_id", pa.string()), ("id", pa.string()), ("sentence_id", pa.string()),
        ("evidence", pa.string()), ("span_start", pa.int64()), ("span_end", pa.int64()),
        ("cameo", pa.string()), ("plover", pa.string()), ("plover_mode", pa.string()), ("goldstein", pa.float64()),
        *_role("source"), *_role("target"), ("participants", pa.list_(_ACTOR_STRUCT)),
        ("source_from", pa.string()), ("target_from", pa.string()),
        ("date", pa.string()), ("date_text", pa.string()), ("date_basis", pa.string()),
        ("locations", pa.list_(_PLACE_STRUCT)), ("quantities", pa.list_(_QUANTITY_STRUCT)),
        ("names", pa.list_(pa.string())), ("negated", pa.bool_()), ("hypothetical", pa.bool_()),
        ("claim_id", pa.string()), ("confidence", pa.float64()), ("trigger", pa.string()),
        ("trigger_start", pa.int64()), ("trigger_end", pa.int64()), ("anaphoric", pa.bool_()),
        ("reacts_to", pa.list_(pa.string()))]),
    "claims": pa.schema([
        ("record", pa.string()), ("document_id", pa.string()), ("id", pa.string()), ("sentence_id", pa.string()),
        ("evidence", pa.string()), ("span_start", pa.int64()), ("span_end", pa.int64()), *_role("speaker"),
        ("cue", pa.string()), ("content", pa.string()), ("quote", pa.string()), ("direct", pa.bool_()),
        ("stance", pa.string()), ("hedged", pa.bool_()), ("via", pa.list_(pa.string())), ("date", pa.string()),
        ("contradicts", pa.list_(pa.string())), ("content_start", pa.int64()), ("content_end", pa.int64())]),
}
# Written in this order, documents last (see the module's docstring).
KINDS = ("sentences", "events", "claims", "copies", "documents")
_MONTH = re.compile(r"\d{4}-\d{2}")


class ShardError(ValueError):
    """A shard folder that cannot be read (named in the message)."""


class _BadFile(Exception):
    def __init__(self, file: Path, message: str) -> None:
        super().__init__(message)
        self.error = ReadError(str(file), message)


def month_of(published: str | None) -> str:
    """The partition of a document: its publication month, YYYY-MM, or "unknown"."""
    return published[:7] if published and _MONTH.match(published) else "unknown"


# --- writing ---------------------------------------------------------------------------------
class ShardWriter:
    """Buffers results and writes them as Parquet shards under `out` (see the module's docstring)."""

    def __init__(self, out: str | Path, flush_every: int = FLUSH_DOCUMENTS) -> None:
        self.out = Path(out)
        if self.out.exists() and not self.out.is_dir():
            raise ShardError(f"{self.out}: not a folder (--out needs a folder for the shards)")
        self.out.mkdir(parents=True, exist_ok=True)
        # Sortable: a later run's records sort after an earlier run's, and load keeps that order.
        self.run = time.strftime("%Y%m%dT%H%M%S", time.gmtime()) + "-" + secrets.token_hex(3)
        self.flush_every = flush_every
        self.files: list[Path] = []
        self._rows: dict[str, dict[str, list[dict]]] = {kind: defaultdict(list) for kind in KINDS}
        self._written = self._buffered = self._flushes = 0

    def _record(self) -> str:
        self._written += 1
        self._buffered += 1
        return f"{self.run}-{self._written:09d}"

    def add(self, result: DocumentResult) -> None:
        doc = result.document
        record, month = self._record(), month_of(doc.published)
        rows = self._rows
        rows["documents"][month].append(_document_row(record, doc, result.people))
        base = {"record": record, "document_id": doc.id}
        rows["sentences"][month] += [base | {"id": s.id, "idx": s.index, "start": s.start, "end": s.end,
                                             "text": s.text} for s in result.sentences]
        rows["events"][month] += [base | _event_row(e) for e in result.events]
        rows["claims"][month] += [base | _claim_row(c) for c in result.claims]
        self._maybe_flush()

    def add_copy(self, raw: RawDocument) -> None:
        """The same text as a document written before, from another source: `load` keeps it as a
        copy of that document (Store.add_copy), as `ingest` does."""
        self._rows["copies"][month_of(raw.published)].append(_document_row(self._record(), raw))
        self._maybe_flush()

    def _maybe_flush(self) -> None:
        if self._buffered >= self.flush_every:
            self.flush()

    def flush(self) -> None:
        if not self._buffered:
            return
        name = f"part-{self.run}-{self._flushes:05d}.parquet"
        for kind in KINDS:
            for month, rows in sorted(self._rows[kind].items()):
                if rows:
                    self.files.append(_write(self.out / kind / f"month={month}" / name, kind, rows))
            self._rows[kind].clear()
        self._buffered = 0
        self._flushes += 1

    def close(self) -> None:
        self.flush()

    def __enter__(self) -> ShardWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _write(path: Path, kind: str, rows: list[dict]) -> Path:
    schema = SCHEMAS[kind].with_metadata({FORMAT_KEY: FORMAT_VERSION.encode()})
    path.parent.mkdir(parents=True, exist_ok=True)
    # Hidden while written: Parquet readers (pyarrow, DuckDB globs) skip dot-files.
    tmp = path.with_name("." + path.name + ".tmp")
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), tmp)
    os.replace(tmp, path)
    return path


def _document_row(record: str, doc: RawDocument, people: Iterable[str] = ()) -> dict:
    return {"record": record, "id": doc.id, "text": doc.text, "title": doc.title, "url": doc.url,
            "published": doc.published, "site": doc.site, "path": doc.path, "format": doc.format,
            "people": sorted(people)}


def _actor_cells(prefix: str, actor: Actor | None) -> dict:
    return {f"{prefix}_{name}": getattr(actor, name) if actor else None for name, _ in _ACTOR}


def _actor_struct(actor: Actor) -> dict:
    return {name: getattr(actor, name) for name, _ in _ACTOR}


def _event_row(e: Event) -> dict:
    trigger = e.trigger_span or (None, None)
    return {
        "id": e.id, "sentence_id": e.sentence_id, "evidence": e.evidence, "span_start": e.span[0],
        "span_end": e.span[1], "cameo": e.cameo, "plover": e.plover, "plover_mode": e.plover_mode,
        "goldstein": e.goldstein, **_actor_cells("source", e.source), **_actor_cells("target", e.target),
        "participants": [_actor_struct(a) for a in e.participants],
        "source_from": e.source_from, "target_from": e.target_from,
        "date": e.date, "date_text": e.date_text, "date_basis": e.date_basis,
        "locations": [{"name": p.name, "country": p.country, "lat": p.lat, "lon": p.lon} for p in e.locations],
        "quantities": [{"value": q.value, "unit": q.unit, "text": q.text} for q in e.quantities],
        "names": list(e.names), "negated": e.negated, "hypothetical": e.hypothetical, "claim_id": e.claim_id,
        "confidence": e.confidence, "trigger": e.trigger, "trigger_start": trigger[0], "trigger_end": trigger[1],
        "anaphoric": e.anaphoric, "reacts_to": sorted(e.reacts_to),
    }


def _claim_row(c: Claim) -> dict:
    content = c.content_span or (None, None)
    return {
        "id": c.id, "sentence_id": c.sentence_id, "evidence": c.evidence, "span_start": c.span[0],
        "span_end": c.span[1], **_actor_cells("speaker", c.speaker), "cue": c.cue, "content": c.content,
        "quote": c.quote, "direct": c.direct, "stance": c.stance, "hedged": c.hedged, "via": list(c.via),
        "date": c.date, "contradicts": list(c.contradicts), "content_start": content[0], "content_end": content[1],
    }


def write_shards(paths: Iterable[str | Path], out: str | Path, published: str | None = None, workers: int = 1,
                 on_item: Callable[[object], None] | None = None, doc_timeout: float | None = None,
                 engine=None) -> IngestSummary:
    """Extract and code files and folders as `ingest` does (local processes, or `engine`), and
    write the results as shards under `out` instead of a store. A text read twice in the run
    is coded once; the second read is written as a copy. `stored` counts documents written,
    `duplicates` the copies."""
    from ..store import content_hash

    summary = IngestSummary()
    seen: set[str] = set()

    def read_before(raw: RawDocument) -> bool:
        digest = content_hash(raw)
        if digest in seen:
            return True
        seen.add(digest)
        return False

    with ShardWriter(out) as writer:
        for item in process_stream(iter_documents(paths, published=published), workers=workers,
                                   skip=read_before, doc_timeout=doc_timeout, engine=engine):
            if isinstance(item, ReadError):
                summary.failed.append(item)
            elif isinstance(item, RawDocument):
                summary.read += 1
                summary.duplicates += 1
                writer.add_copy(item)
            else:
                summary.read += 1
                summary.stored += 1
                summary.events += len(item.events)
                summary.claims += len(item.claims)
                writer.add(item)
            if on_item is not None:
                on_item(item)
    return summary


# --- reading and loading -------------------------------------------------------------------------
def read_shards(path: str | Path) -> Iterator[DocumentResult | RawDocument | ReadError]:
    """The documents written under `path`, as results, in the order they were written (run by
    run), then the copies (as RawDocuments); a file that cannot be read is a ReadError naming
    it, and its documents are left out. ShardError when `path` holds no shards."""
    root = Path(path)
    if not root.is_dir():
        raise ShardError(f"{root}: no such folder of shards")
    documents = sorted(root.glob("documents/month=*/*.parquet"))
    copies = sorted(root.glob("copies/month=*/*.parquet"))
    if not documents and not copies:
        raise ShardError(f"{root}: no eventwire shards here (expected {root}/documents/month=YYYY-MM/part-*.parquet)")
    return _read(root, documents, copies)


def _read(root: Path, documents: list[Path], copies: list[Path]) -> Iterator[DocumentResult | RawDocument | ReadError]:
    flushes: dict[str, list[Path]] = defaultdict(list)  # one flush's files share a name across months
    for file in documents:
        flushes[file.name].append(file)
    for name in sorted(flushes):
        found: list[tuple[str, DocumentResult]] = []
        for file in flushes[name]:
            try:
                found += _results(root, file)
            except _BadFile as exc:
                yield exc.error
        for _, result in sorted(found, key=lambda pair: pair[0]):
            yield result
    for file in copies:
        try:
            rows = _rows(file, "copies")
        except _BadFile as exc:
            yield exc.error
            continue
        for row in sorted(rows, key=lambda r: r["record"]):
            yield _raw(row)


def _rows(file: Path, kind: str) -> list[dict]:
    """The rows of one shard file; _BadFile when it is not one of ours."""
    try:
        table = pq.read_table(file)
    except (OSError, pa.ArrowException) as exc:
        raise _BadFile(file, f"not a readable Parquet file: {exc}") from exc
    version = (table.schema.metadata or {}).get(FORMAT_KEY)
    if version is None:
        raise _BadFile(file, "not an eventwire shard (no eventwire_shards version in its metadata)")
    if int(version) > int(FORMAT_VERSION):
        raise _BadFile(file, f"shard format version {version.decode()} is newer than this eventwire's "
                             f"{FORMAT_VERSION}; upgrade eventwire to load it")
    missing = set(SCHEMAS[kind].names) - set(table.schema.names)
    if missing:
        raise _BadFile(file, f"not a {kind} shard: columns {', '.join(sorted(missing))} missing")
    return table.select(SCHEMAS[kind].names).to_pylist()


def _results(root: Path, documents_file: Path) -> list[tuple[str, DocumentResult]]:
    month_dir, name = documents_file.parent.name, documents_file.name
    children: dict[str, dict[str, list[dict]]] = {}
    for kind in ("sentences", "events", "claims"):
        by_record: dict[str, list[dict]] = defaultdict(list)
        file = root / kind / month_dir / name
        if file.exists():
            for row in _rows(file, kind):
                by_record[row["record"]].append(row)
        children[kind] = by_record
    out = []
    for row in _rows(documents_file, "documents"):
        record = row["record"]
        result = DocumentResult(
            _raw(row),
            [Sentence(s["id"], s["idx"], s["start"], s["end"], s["text"]) for s in children["sentences"][record]],
            [_event(e) for e in children["events"][record]],
            [_claim(c) for c in children["claims"][record]],
            frozenset(row.get("people") or ()))
        out.append((record, result))
    return out


def _raw(row: dict) -> RawDocument:
    return RawDocument(id=row["id"], text=row["text"], title=row["title"], url=row["url"],
                       published=row["published"], site=row["site"], path=row["path"], format=row["format"])


def _actor(row: dict, prefix: str) -> Actor | None:
    cells = {name: row[f"{prefix}_{name}"] for name, _ in _ACTOR}
    return Actor(**cells) if any(v is not None for v in cells.values()) else None


def _span(start: int | None, end: int | None) -> tuple[int, int] | None:
    return None if start is None else (start, end)


def _event(r: dict) -> Event:
    return Event(
        id=r["id"], sentence_id=r["sentence_id"], evidence=r["evidence"], span=(r["span_start"], r["span_end"]),
        cameo=r["cameo"], plover=r["plover"], plover_mode=r["plover_mode"], goldstein=r["goldstein"],
        source=_actor(r, "source"), target=_actor(r, "target"),
        participants=[Actor(**a) for a in r["participants"]],
        source_from=r["source_from"], target_from=r["target_from"],
        date=r["date"], date_text=r["date_text"], date_basis=r["date_basis"],
        locations=[Place(**p) for p in r["locations"]], quantities=[Quantity(**q) for q in r["quantities"]],
        names=list(r["names"]), negated=r["negated"], hypothetical=r["hypothetical"], claim_id=r["claim_id"],
        confidence=r["confidence"], trigger=r["trigger"], trigger_span=_span(r["trigger_start"], r["trigger_end"]),
        anaphoric=r["anaphoric"], reacts_to=frozenset(r["reacts_to"]))


def _claim(r: dict) -> Claim:
    return Claim(
        id=r["id"], sentence_id=r["sentence_id"], evidence=r["evidence"], span=(r["span_start"], r["span_end"]),
        speaker=_actor(r, "speaker"), cue=r["cue"], content=r["content"], quote=r["quote"], direct=r["direct"],
        stance=r["stance"], hedged=r["hedged"], via=list(r["via"]), date=r["date"],
        contradicts=list(r["contradicts"]), content_span=_span(r["content_start"], r["content_end"]))


def load_shards(path: str | Path, store, on_item: Callable[[object], None] | None = None) -> IngestSummary:
    """Merge the shards under `path` into `store` through the store's document write path
    (`Store.add` with the contradiction linker, so incidents and contradiction links are made
    as at ingest; copies through `Store.add_copy`), each document in its own transaction.
    Loading the same shards again adds nothing (every document is then a duplicate)."""
    return store_results(read_shards(path), store, on_item)  # ingest's own writing and counting
