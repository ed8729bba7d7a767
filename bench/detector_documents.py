"""How political each document reads to the learned detector: the 90th percentile of its sentences'
P(event) (events/detector.py), the figure the pipeline uses to keep or drop events no party of
which can be coded (pipeline.UNCODED_EVENT_THRESHOLD), and on a page of READ_AS_A_PAGE or more
sentences every event but force and coercion.

    python bench/detector_documents.py ../shared/eval/extraction/html
    python bench/detector_documents.py ../shared/eval/extraction/html --events   # and the events the gate drops
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eventwire.annotate import split_sentences  # noqa: E402
from eventwire.events.detector import default_detector  # noqa: E402
from eventwire.inputs import iter_documents  # noqa: E402
from eventwire.pipeline import UNCODED_EVENT_THRESHOLD  # noqa: E402
from eventwire.records import ReadError  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--events", action="store_true",
                    help="code each document with and without the gate and print the events it drops")
    args = ap.parse_args()
    if args.events:
        dropped_events(args.paths)
        return
    det = default_detector()
    rows = []
    for doc in iter_documents(args.paths):
        if isinstance(doc, ReadError):
            continue
        sentences = [s.text for s in split_sentences(doc.id, doc.text)]
        if sentences:
            rows.append((float(np.percentile(det.scores(sentences), 90)), doc.title or doc.id))
    rows.sort()
    for score, title in rows:
        print(f"{score:.2f}  {'keeps' if score >= UNCODED_EVENT_THRESHOLD else 'drops'}  {title[:90]}")
    kept = sum(score >= UNCODED_EVENT_THRESHOLD for score, _ in rows)
    print(f"{len(rows)} documents; threshold {UNCODED_EVENT_THRESHOLD}: uncoded events kept in {kept}, "
          f"dropped in {len(rows) - kept}")


def dropped_events(paths: list[str]) -> None:
    """The events the detector gate takes out, document by document (the gate off: threshold 0)."""
    from eventwire import pipeline

    pipe = pipeline.Pipeline()
    threshold = pipeline.UNCODED_EVENT_THRESHOLD
    total = 0
    for doc in iter_documents(paths):
        if isinstance(doc, ReadError):
            continue
        pipeline.UNCODED_EVENT_THRESHOLD = 0.0
        everything = pipe.process(doc).events
        pipeline.UNCODED_EVENT_THRESHOLD = threshold
        kept = {e.id for e in pipe.process(doc).events}
        gone = [e for e in everything if e.id not in kept]
        if gone:
            print(f"{(doc.title or doc.id)[:90]}")
        for e in gone:
            who = [(a.actor or repr(a.text)) if a is not None else "-" for a in (e.source, e.target)]
            print(f"    {e.cameo} {who[0]} -> {who[1]} [{e.trigger}] | {e.evidence[:110]}")
        total += len(gone)
    print(f"{total} events dropped by the gate (threshold {threshold})")


if __name__ == "__main__":
    main()
