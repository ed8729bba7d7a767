"""Recall leads on the tuned documents of round evdet16 (issue #9 item 5): every sentence the learned
detector scores at or above `LEAD_THRESHOLD` while the rules code no event in it, and, for reading
beside them, the events the rules did code (one line each, '~' = negated/hypothetical).

    PYTHONHASHSEED=0 .venv/bin/python eval/events_leads16/leads.py [--all] [--part tuned]

--all prints every sentence with its detector score (for labelling whole documents).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1]))

from eventwire import evaluate as ev  # noqa: E402
from eventwire.events.detector import LEAD_THRESHOLD, default_detector  # noqa: E402
from eventwire.pipeline import Pipeline  # noqa: E402
from eventwire.records import RawDocument  # noqa: E402
from score import published  # noqa: E402
from sentences import documents, halves, sentences  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--part", default="tuned", choices=["tuned"])  # the held-out half is never listed
    ap.add_argument("--all", action="store_true")
    args = ap.parse_args()
    docs, pipe, det = documents(), Pipeline(), default_detector()
    n_leads = n_sents = 0
    for key in halves()[args.part]:
        d = docs[key]
        sents = sentences(d)
        raw = RawDocument(id=d["id"], text=d["text"], title=d["title"], url=d["url"],
                          published=published(d["url"]))
        events = pipe.process_batch([raw])[0].events
        per = ev.assign_events(events, [(s.start, s.end) for s in sents])
        scores = det.scores([s.text for s in sents])
        print(f"=== {key} | {d['title']}")
        for s, preds, p in zip(sents, per, scores):
            n_sents += 1
            coded = [e for e in preds if not (e.negated or e.hypothetical)]
            lead = p >= LEAD_THRESHOLD and not coded and 6 <= len(s.text.split()) <= 60
            n_leads += lead
            if args.all or lead or preds:
                mark = "LEAD" if lead else "    "
                print(f"{mark} {key.split(':')[1][:8]}:{s.index:<3d} {p:.2f}  {s.text[:260]}")
                for e in preds:
                    flag = "~" if (e.negated or e.hypothetical) else " "
                    print(f"        {flag}{ev.describe_event(e)} [{e.trigger}]")
    print(f"# {n_sents} sentences, {n_leads} leads (P(event) >= {LEAD_THRESHOLD}, no event coded)")


if __name__ == "__main__":
    main()
