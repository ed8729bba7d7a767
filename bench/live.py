"""Live sources, measured: the bundled corpus served as web pages and one RSS feed from a real
HTTP server on 127.0.0.1, then fetched, coded and stored by `watch` rounds.

    python bench/live.py                 # corpus/whitehouse, all documents
    python bench/live.py --limit 40      # fewer

Prints: fetching and extracting every linked page without coding (the cost of the web
layer); round 1 of `watch` (fetch, code, store everything); round 2 with nothing new (the
feed answers 304); round 3 after one new item (only its page is fetched). The per-host pause
is set to 0 here (one local host would otherwise cost a second a page); a real watch pays it.
"""
from __future__ import annotations

import argparse
import email.utils
import sys
import tempfile
import time
from datetime import datetime, timezone
from html import escape
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import yaml  # noqa: E402
from markdown_it import MarkdownIt  # noqa: E402

import eventwire  # noqa: E402
from eventwire.inputs import iter_documents  # noqa: E402
from eventwire.inputs.web import Fetcher  # noqa: E402
from eventwire.records import RawDocument  # noqa: E402
from eventwire.watch import Watcher  # noqa: E402
from local_site import Site, rss  # noqa: E402


def pages(folder: Path, limit: int | None) -> list[tuple[str, str, str, str]]:
    """(slug, title, date, html) of each markdown document, as an outlet would publish it."""
    md = MarkdownIt("commonmark")
    out = []
    for path in sorted(folder.glob("*.md"))[:limit]:
        text = path.read_text(encoding="utf-8")
        _, front, body = text.split("---", 2)
        meta = yaml.safe_load(front)
        title, date = str(meta.get("title", path.stem)), str(meta.get("date", ""))
        html = (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{escape(title)}</title>"
                f"<meta property='article:published_time' content='{date}'></head><body>"
                f"<nav><a href='/'>Home</a> <a href='/briefing-room'>Briefing Room</a></nav><article>"
                f"<h1>{escape(title)}</h1>{md.render(body)}</article><footer>The White House</footer></body></html>")
        out.append((path.stem, title, date, html))
    return out


def rfc822(date: str) -> str:
    when = datetime.fromisoformat(date).replace(hour=12, tzinfo=timezone.utc)
    return email.utils.format_datetime(when, usegmt=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", nargs="?", default=str(ROOT / "corpus" / "whitehouse"))
    ap.add_argument("--limit", type=int)
    ap.add_argument("--workers", type=int, default=1)
    args = ap.parse_args()

    docs = pages(Path(args.folder), args.limit)
    site = Site()
    for slug, _, _, html in docs:
        site.set(f"/briefing-room/{slug}.html", html)

    def publish(items) -> None:
        site.set("/feed.xml", rss([{"title": escape(t), "link": site.url(f"/briefing-room/{s}.html"),
                                    "date": rfc822(d), "summary": escape(t)} for s, t, d, _ in items]),
                 content_type="application/rss+xml", etag=f'"{len(items)}"')

    publish(docs[:-1])
    feed = site.url("/feed.xml")
    words = sum(len(h.split()) for *_, h in docs[:-1])
    print(f"{len(docs) - 1} pages in one RSS feed on {feed} ({words:,} words of HTML)")

    started = time.perf_counter()
    with Fetcher(host_delay=0) as fetcher:
        read = list(iter_documents([feed], fetcher=fetcher))
    took = time.perf_counter() - started
    ok = sum(isinstance(d, RawDocument) for d in read)
    print(f"fetch + extract only: {took:.2f} s for {ok} pages ({ok / took:.1f} pages/s), "
          f"{len(read) - ok} failed, {len(site.requests)} requests")

    with tempfile.TemporaryDirectory() as tmp, eventwire.Store(Path(tmp) / "live.db") as store, \
            Watcher(store, [feed], fetcher=Fetcher(host_delay=0), workers=args.workers) as watcher:
        for n, label in ((1, "first round (everything new)"), (2, "second round (nothing new)"),
                         (3, "third round (one new item)")):
            if n == 3:
                publish(docs)
            before = len(site.requests)
            started = time.perf_counter()
            (status,) = watcher.round()
            took = time.perf_counter() - started
            totals = store.stats()
            print(f"watch {label}: {took:.2f} s, {len(site.requests) - before} requests, "
                  f"status {status.state}{' (304)' if status.not_modified else ''}, new items {status.new_items}, "
                  f"stored {status.stored}, failed {status.failed}; store: {totals['documents']} documents, "
                  f"{totals['events']} events")
    site.close()


if __name__ == "__main__":
    main()
