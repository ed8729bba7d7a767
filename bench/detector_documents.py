"""How political each document reads to the learned detector: the 90th percentile of its sentences'
P(event) (events/detector.py), the figure the pipeline uses to keep or drop events no party of
which can be coded (pipeline.UNCODED_EVENT_THRESHOLD).

    python bench/detector_documents.py ../shared/eval/extraction/html
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
    args = ap.parse_args()
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


if __name__ == "__main__":
    main()
