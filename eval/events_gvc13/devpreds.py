"""devpreds.py ROOT FILE...: every dev-split record's predicted events with the code at ROOT (to diff two checkouts)."""
import json
import sys
sys.path.insert(0, sys.argv[1])
from eventwire.evaluate import load_gold  # noqa: E402
from eventwire.pipeline import Pipeline  # noqa: E402
pipe = Pipeline()
for path in sys.argv[2:]:
    for rec in load_gold(path, split="dev").records:
        res = pipe.process_text(rec.text, published=rec.date, doc_id=rec.id)
        evs = sorted(f"{e.cameo} {e.source.actor if e.source else None}->{e.target.actor if e.target else None}"
                     f"{' neg' if e.negated else ''}{' hyp' if e.hypothetical else ''}" for e in res.events)
        print(rec.id, "|", "; ".join(evs))
