"""Record-level errors of the TUNED part of eval/events_rec20/events_rec20.jsonl (never the held-out part).

    PYTHONPATH=. .venv/bin/python eval/events_rec20/errors.py [--all] [FILE]

Prints each tuned record whose root-level gold and prediction differ (--all: every record; --dyad: records whose root matches outnumber their type+dyad matches), with the
paragraph's title; FILE may be another in-context set (its dev half: --dev).
"""
import sys

from eventwire.evaluate import (code_records, describe_event, load_gold, pipeline_coder,
                                pipeline_document_coder, score_record)


def main(argv):
    show_all = "--all" in argv
    dyad = "--dyad" in argv
    split = "dev" if "--dev" in argv else "tuned"
    files = [a for a in argv if not a.startswith("--")] or ["eval/events_rec20/events_rec20.jsonl"]
    gs = load_gold(files[0], None, split)
    preds = code_records(gs.records, pipeline_coder(), pipeline_document_coder())
    miss = extra = 0
    for r, p in zip(gs.records, preds):
        rs = score_record(r, p)
        t = rs.tallies["root"]
        bad = t.matched < t.gold or t.matched < t.predicted
        if dyad:
            d = rs.tallies[[k for k in rs.tallies if "dyad" in k][0]]
            bad = d.matched < t.matched
        miss += t.gold - t.matched
        extra += t.predicted - t.matched
        if bad or show_all:
            print(f"{r.id} [{r.doc}#{r.para}] {r.text}")
            print("   gold:", "; ".join(g.describe() for g in r.events) or "-")
            print("   pred:", "; ".join(describe_event(e) + f" <{e.trigger}>" for e in rs.predicted) or "-",
                  f"(root matched {t.matched})")
    print(f"missed gold {miss}, unmatched predictions {extra}")


if __name__ == "__main__":
    main(sys.argv[1:])
