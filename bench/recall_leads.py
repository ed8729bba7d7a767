"""Recall leads: sentences the learned detector is sure report an event but the rules leave
empty — where the lexicon or the role rules miss something (events/detector.py, LEAD_THRESHOLD).

    python bench/recall_leads.py corpus/whitehouse ../shared/eval/extraction/html --top 60
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eventwire.events.detector import LEAD_THRESHOLD, default_detector  # noqa: E402
from eventwire.inputs import iter_documents  # noqa: E402
from eventwire.pipeline import Pipeline  # noqa: E402
from eventwire.records import ReadError  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--threshold", type=float, default=LEAD_THRESHOLD)
    ap.add_argument("--top", type=int, default=50)
    args = ap.parse_args()
    docs = [d for d in iter_documents(args.paths) if not isinstance(d, ReadError)]
    pipe, det = Pipeline(), default_detector()
    leads, sentences_total = [], 0
    for i in range(0, len(docs), 16):
        for result in pipe.process_batch(docs[i:i + 16]):
            with_events = {e.sentence_id for e in result.events}
            empty = [s for s in result.sentences if s.id not in with_events and 6 <= len(s.text.split()) <= 60]
            sentences_total += len(result.sentences)
            for s, score in zip(empty, det.scores([s.text for s in empty]) if empty else []):
                if score >= args.threshold:
                    leads.append((float(score), s.text))
    leads.sort(reverse=True)
    print(f"{len(docs)} documents, {sentences_total} sentences; {len(leads)} sentences with P(event) >= "
          f"{args.threshold} and no event coded")
    for score, text in leads[:args.top]:
        print(f"{score:.2f}  {text[:200]}")


if __name__ == "__main__":
    main()
