"""End-to-end throughput: read, code and store a folder of documents; print docs/s, words/s, peak RSS.

    python bench/throughput.py corpus/whitehouse --workers 2
    python bench/throughput.py corpus/whitehouse --workers 1 --no-store

Model loading is timed separately from processing, so the rate is what a long run sees.
"""
from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eventwire.inputs import iter_documents  # noqa: E402
from eventwire.pipeline import Pipeline, process_stream  # noqa: E402
from eventwire.records import DocumentResult, ReadError  # noqa: E402
from eventwire.store import Store  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--no-store", action="store_true", help="Measure extraction and coding only.")
    args = ap.parse_args()

    t0 = time.perf_counter()
    docs = [d for d in iter_documents(args.paths) if not isinstance(d, ReadError)]
    t_read = time.perf_counter() - t0
    words = sum(len(d.text.split()) for d in docs)

    t0 = time.perf_counter()
    Pipeline()  # warm the model cache in this process (workers fork from it)
    t_load = time.perf_counter() - t0

    events = claims = 0
    with tempfile.TemporaryDirectory() as tmp:
        store = None if args.no_store else Store(Path(tmp) / "bench.db")
        t0 = time.perf_counter()
        for item in process_stream(docs, workers=args.workers):
            if isinstance(item, DocumentResult):
                events += len(item.events)
                claims += len(item.claims)
                if store is not None:
                    store.add(item)
        elapsed = time.perf_counter() - t0
        if store is not None:
            store.close()

    rss_self = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rss_children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"documents          {len(docs)}  ({words} words)")
    print(f"workers            {args.workers}{'  (no store)' if args.no_store else ''}")
    print(f"read (extraction)  {t_read:.2f} s  ({len(docs) / t_read:.1f} docs/s)")
    print(f"model load         {t_load:.2f} s")
    print(f"process + store    {elapsed:.2f} s")
    print(f"throughput         {len(docs) / elapsed:.1f} docs/s, {words / elapsed:,.0f} words/s")
    print(f"end to end         {len(docs) / (elapsed + t_read):.1f} docs/s (reading included, model load excluded)")
    print(f"events / claims    {events} / {claims}")
    print(f"peak RSS           {rss_self:.0f} MB main, {rss_children:.0f} MB largest worker")


if __name__ == "__main__":
    main()
