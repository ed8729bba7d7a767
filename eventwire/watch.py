"""Watching pages and feeds: poll each source, store only what is new.

    with eventwire.Store("eventwire.db") as store:
        watcher = Watcher(store, read_sources("feeds.txt"))
        for status in watcher.round():          # one round: every source once
            print(status.url, status.state, status.stored)
        watcher.run(every=15 * 60)              # rounds until interrupted

Each round asks every source with a conditional request (If-None-Match / If-Modified-Since
from the ETag and Last-Modified it answered last time): an unchanged source answers 304
and costs nothing more. A changed feed's items are compared with those already seen (by
link, else by a digest of title and text) and only new items' pages are fetched and coded;
the store's own duplicate check catches the same text under another link. A source that
fails is reported and the round goes on; after repeated failures it is skipped for 1, 3,
7, 15 rounds (and for as long as a server's Retry-After asks). What a source answered and
which items were seen is kept in the store (tables `watch_sources`, `watch_items`, created
here, outside the numbered schema migrations), so a watch can stop and resume, or run
from cron as `eventwire watch FEEDS.txt --once`.
"""
from __future__ import annotations

import datetime as dt
import os
import re
import select
import signal
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path

from .inputs.web import FetchError, Fetcher, Response, feed_items, is_url, item_key, linked_page, read_response
from .limits import DocumentTimeout
from .records import DocumentResult, RawDocument, ReadError, ReadWarning

__all__ = ["Watcher", "SourceStatus", "read_sources", "parse_interval", "WatchListError"]

MAX_SKIP_ROUNDS = 15  # a source failing again and again is still tried every 16 rounds

STATE_TABLES = [
    """CREATE TABLE IF NOT EXISTS watch_sources (
        url TEXT PRIMARY KEY,
        etag TEXT,
        last_modified TEXT,
        last_checked TEXT,
        last_stored TEXT,
        last_error TEXT,
        failures INTEGER NOT NULL DEFAULT 0,
        skip_rounds INTEGER NOT NULL DEFAULT 0,
        not_before TEXT
    )""",
    """CREATE TABLE IF NOT EXISTS watch_items (
        source_url TEXT NOT NULL,
        item_key TEXT NOT NULL,
        first_seen TEXT NOT NULL,
        PRIMARY KEY (source_url, item_key)
    )""",
]


class WatchListError(ValueError):
    """A watch list that cannot be used; the message names the file and line."""


def read_sources(path: str | Path) -> list[str]:
    """The URLs of a watch list: one a line; blank lines and `#` comments (whole lines or
    after a URL) ignored; duplicates kept once. WatchListError names each bad line."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise WatchListError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise WatchListError(f"{path}: cannot read ({getattr(exc, 'strerror', None) or exc})") from None
    urls: list[str] = []
    problems = []
    for n, line in enumerate(text.splitlines(), 1):
        entry = re.sub(r"\s+#.*$", "", line).strip()
        if not entry or entry.startswith("#"):
            continue
        if not is_url(entry) or " " in entry:
            problems.append(f"{path}:{n}: not an http(s) URL: {entry[:80]!r}")
        elif entry not in urls:
            urls.append(entry)
    if problems:
        raise WatchListError("; ".join(problems))
    if not urls:
        raise WatchListError(f"{path}: no URLs (one http(s) URL a line, # for comments)")
    return urls


_INTERVAL = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|sec|m|min|h|hr|d)?\s*$", re.IGNORECASE)


def parse_interval(value: str | float) -> float:
    """Seconds in "90", "30s", "15m", "1h", "1d"; ValueError otherwise."""
    if isinstance(value, (int, float)):
        seconds = float(value)
    else:
        m = _INTERVAL.match(value)
        if m is None:
            raise ValueError(f"expected a duration such as 30s, 15m, 1h, got {value!r}")
        unit = (m.group(2) or "s").lower()[0]
        seconds = float(m.group(1)) * {"s": 1, "m": 60, "h": 3600, "d": 86400}[unit]
    if seconds <= 0:
        raise ValueError(f"expected a duration above zero, got {value!r}")
    return seconds


@dataclass
class SourceStatus:
    """What one round did with one source. `state`: new (something stored), unchanged (304,
    or nothing new), failed (the source, or some of its items), waiting (skipped this round
    after failures)."""

    url: str
    state: str = "unchanged"
    not_modified: bool = False  # answered 304
    new_items: int = 0  # pages or feed items not seen before, read this round
    stored: int = 0  # stored, or replacing a stored version
    duplicates: int = 0  # text already stored (under another link, or unchanged)
    errors: list[ReadError] = field(default_factory=list)
    warnings: list[ReadWarning] = field(default_factory=list)  # e.g. a linked page replaced by the item's text
    message: str = ""

    @property
    def failed(self) -> int:
        return len(self.errors)


def wait(seconds: float) -> None:
    """Sleep `seconds`, but end at once when a signal handler runs meanwhile (Ctrl-C raises its
    KeyboardInterrupt here), whenever the signal comes.

    `time.sleep` checks for signals only when its system call is interrupted. A Ctrl-C that lands
    just before that call starts (its handler has run, the sleep has not begun) or that the kernel
    hands to another thread interrupts nothing, and the watch would sleep out the whole interval
    (an hour with `--every 1h`) before stopping. Here the signal's wakeup byte (signal.set_wakeup_fd)
    ends the wait however it comes. Outside the main thread, where no handler runs, this is
    `time.sleep`."""
    if threading.current_thread() is not threading.main_thread():
        time.sleep(seconds)
        return
    r, w = os.pipe()
    try:
        os.set_blocking(r, False)
        os.set_blocking(w, False)
        previous = signal.set_wakeup_fd(w, warn_on_full_buffer=False)
        try:
            select.select([r], [], [], seconds)
        finally:
            signal.set_wakeup_fd(previous)
    finally:
        os.close(r)
        os.close(w)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def _stamp(when: dt.datetime | None = None) -> str:
    return (when or _now()).isoformat(timespec="seconds")


class Watcher:
    """Polls `sources` (URLs of pages or RSS/Atom feeds) into `store`.

    `sources` may be a list of URLs or a callable returning one, asked each round (the CLI
    re-reads the watch list so it can be edited while watching)."""

    def __init__(self, store, sources: list[str] | Callable[[], list[str]], fetcher: Fetcher | None = None,
                 workers: int = 1, doc_timeout: float | None = None, published: str | None = None,
                 on_item: Callable[[object], None] | None = None) -> None:
        """`on_item`: called with each document's result (DocumentResult, RawDocument skipped
        as a duplicate, or ReadError) as it is stored, as `ingest`'s is: for progress."""
        self.store = store
        self.on_item = on_item
        self._sources = sources
        self.fetcher = fetcher if fetcher is not None else Fetcher()
        self._own_fetcher = fetcher is None
        self.workers, self.doc_timeout, self.published = workers, doc_timeout, published
        self.rounds = 0
        self.unattributed: list[ReadError] = []  # last round's failures no source could be named for
        # The store's connection and transactions: this state belongs with the records it
        # describes (one file to back up), so it lives in the store's database.
        with store._write() as conn:
            for statement in STATE_TABLES:
                conn.execute(statement)

    def close(self) -> None:
        if self._own_fetcher:
            self.fetcher.close()

    def __enter__(self) -> Watcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def sources(self) -> list[str]:
        return list(self._sources() if callable(self._sources) else self._sources)

    # ------------------------------------------------------------------------- state
    def _state(self, url: str) -> dict:
        row = self.store._conn.execute("SELECT * FROM watch_sources WHERE url = ?", (url,)).fetchone()
        return dict(row) if row is not None else {"url": url, "etag": None, "last_modified": None,
                                                  "failures": 0, "skip_rounds": 0, "not_before": None}

    def _save(self, url: str, **values) -> None:
        columns = ["url", *values]
        with self.store._write() as conn:
            conn.execute("INSERT OR IGNORE INTO watch_sources(url) VALUES (?)", (url,))
            conn.execute(f"UPDATE watch_sources SET {', '.join(f'{c} = ?' for c in columns[1:])} WHERE url = ?",
                         (*values.values(), url))

    def _seen(self, url: str) -> set[str]:
        return {r[0] for r in self.store._conn.execute(
            "SELECT item_key FROM watch_items WHERE source_url = ?", (url,))}

    def _mark_seen(self, url: str, key: str) -> None:
        with self.store._write() as conn:
            conn.execute("INSERT OR IGNORE INTO watch_items(source_url, item_key, first_seen) VALUES (?, ?, ?)",
                         (url, key, _stamp()))

    def _failed(self, status: SourceStatus, state: dict, exc: FetchError) -> None:
        failures = state["failures"] + 1
        skip = min(2 ** (failures - 1) - 1, MAX_SKIP_ROUNDS)
        not_before = _stamp(_now() + dt.timedelta(seconds=exc.retry_after)) if exc.retry_after else None
        status.state, status.message = "failed", exc.message
        status.errors.append(ReadError(status.url, exc.message))
        if skip:
            status.message += f" ({failures} failures in a row: skipped for the next {skip} round{'s' * (skip > 1)})"
        self._save(status.url, last_checked=_stamp(), last_error=exc.message, failures=failures,
                   skip_rounds=skip, not_before=not_before)

    def _waiting(self, status: SourceStatus, state: dict) -> bool:
        """Whether the source sits this round out (after failures, or as its server asked)."""
        if state["not_before"] and state["not_before"] > _stamp():
            status.state = "waiting"
            status.message = f"the server asked to wait until {state['not_before']}"
            return True
        if state["skip_rounds"] > 0:
            status.state = "waiting"
            left = state["skip_rounds"] - 1
            status.message = (f"{state['failures']} failures in a row (last: {state.get('last_error')}); "
                              f"tried again {'next round' if not left else f'in {left + 1} rounds'}")
            self._save(status.url, skip_rounds=left)
            return True
        return False

    # ------------------------------------------------------------------------ rounds
    def round(self) -> list[SourceStatus]:
        """Every source once; the status of each, in the order of the list."""
        from .pipeline import ingest
        from .store import content_hash

        urls = self.sources()
        statuses = {url: SourceStatus(url) for url in urls}
        tags: dict[str, tuple[str, str]] = {}  # document path → (source, item key)
        answered: dict[str, Response] = {}

        def documents() -> Iterator[RawDocument | ReadError]:
            for url in urls:
                yield from self._read_source(statuses[url], tags, answered)

        def settle(item: object) -> None:
            """Count each coded, skipped or failed document against its source as it comes
            back, and remember an item as seen once its text is in the store."""
            if self.on_item is not None:
                self.on_item(item)
            if isinstance(item, DocumentResult):
                raw = item.document
            elif isinstance(item, (RawDocument, ReadError)):
                raw = item
            else:
                return
            tag = tags.get(raw.path or "")
            if tag is None:
                return
            url, key = tag
            status = statuses[url]
            if isinstance(item, ReadError):
                status.errors.append(item)
                return
            if not self.store.has_document(content_hash(raw)) and not isinstance(item, RawDocument):
                return  # not stored (the store refused it): reported by ingest, tried again next round
            if isinstance(item, RawDocument):
                status.duplicates += 1
            else:
                status.stored += 1
            self._mark_seen(url, key)

        docs = documents()
        first = next(docs, None)
        failed_elsewhere: list[ReadError] = []
        if first is not None:
            summary = ingest(chain([first], docs), self.store, workers=self.workers, on_item=settle,
                             doc_timeout=self.doc_timeout)
            # failures not reported through on_item (a document the store refused)
            reported = {id(e) for s in statuses.values() for e in s.errors}
            for error in summary.failed:
                if id(error) in reported:
                    continue
                tag = next((t for p, t in tags.items() if error.path and (p == error.path)), None)
                if tag is not None:
                    statuses[tag[0]].errors.append(error)
                else:
                    failed_elsewhere.append(error)
        for url, response in answered.items():
            status = statuses[url]
            if status.errors:
                status.state = "failed"
                n = len(status.errors)
                status.message = (f"{n} item{'s' * (n > 1)} failed; the source is read in full again next round"
                                  if response.kind == "feed" else status.errors[0].message)
                self._save(url, last_checked=_stamp())  # no validators kept: the next round re-reads it
                continue
            status.state = "new" if status.stored else "unchanged"
            values = dict(last_checked=_stamp(), last_error=None, failures=0, skip_rounds=0, not_before=None)
            if not response.not_modified:
                values.update(etag=response.etag, last_modified=response.last_modified)
            if status.stored:
                values["last_stored"] = _stamp()
            self._save(url, **values)
        self.rounds += 1
        self.unattributed = failed_elsewhere
        return [statuses[url] for url in urls]

    def _read_source(self, status: SourceStatus, tags: dict, answered: dict) -> Iterator[RawDocument | ReadError]:
        url = status.url
        state = self._state(url)
        if self._waiting(status, state):
            return
        try:
            response = self.fetcher.get(url, etag=state["etag"], last_modified=state["last_modified"])
        except FetchError as exc:
            self._failed(status, state, exc)
            return
        answered[url] = response
        if response.not_modified:
            status.not_modified = True
            status.message = "not modified (HTTP 304)"
            return
        if response.kind != "feed":
            for doc in read_response(response, self.published):
                status.new_items += isinstance(doc, RawDocument)
                if isinstance(doc, ReadError):
                    status.errors.append(doc)
                    continue
                tags[doc.path] = (url, url)
                yield doc
            return
        seen = self._seen(url)
        for item in feed_items(response):
            if isinstance(item, ReadError):
                status.errors.append(item)
                continue
            key = item_key(item)
            if key in seen:
                continue
            status.new_items += 1
            try:
                doc = linked_page(item, self.fetcher, self.published)
            except DocumentTimeout as exc:  # the document's time limit, which counts its fetching
                limit = f"{exc.args[0]} s" if exc.args else "the limit"
                status.errors.append(ReadError(item.path or url, f"fetching {item.url} took longer than {limit}; "
                                                                 "tried again next round"))
                continue
            if isinstance(doc, RawDocument):
                status.warnings.extend(doc.warnings)
            tags[doc.path] = (url, key)
            yield doc

    def run(self, every: float, rounds: int | None = None,
            on_round: Callable[[int, list[SourceStatus]], None] | None = None,
            sleep: Callable[[float], None] = wait,
            on_wait: Callable[[float], None] | None = None) -> int:
        """Rounds every `every` seconds (from the start of one to the start of the next) until
        `rounds` are done, or for ever; `on_round(n, statuses)` after each, and `on_wait(seconds)`
        just before each wait between rounds. Returns the number of rounds. KeyboardInterrupt
        passes through (what was stored stays stored)."""
        done = 0
        while rounds is None or done < rounds:
            started = time.monotonic()
            statuses = self.round()
            done += 1
            if on_round is not None:
                on_round(done, statuses)
            if rounds is not None and done >= rounds:
                break
            pause = max(0.0, every - (time.monotonic() - started))
            if on_wait is not None:
                on_wait(pause)
            sleep(pause)
        return done
