"""Trace one sentence or a file of sentences (one a line): the events coded and, for each trigger the
coder matched but dropped, the name of the rule in events/guards.py that dropped it. A tool for
writing rules, not a measure.

    python bench/guard_trace.py [--date=YYYY-MM-DD] "Sentence one." sentences.txt ...
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from eventwire.events import coder as C, guards as G  # noqa: E402
from eventwire.pipeline import Pipeline  # noqa: E402


def main() -> None:
    fired = []
    rule = G._not_an_event

    def traced(m, source, target, undergone):
        name = rule(m, source, target, undergone)
        fired.append((m.verb.text, m.trigger.cameo, name, source and (source.text, source.actor),
                      target and (target.text, target.actor)))
        return name

    C._not_an_event = traced  # the coder looks the rule up in its own namespace
    args, date = sys.argv[1:], None
    if args and args[0].startswith("--date="):
        date, args = args[0][7:], args[1:]
    texts = [line.strip() for a in args for line in (open(a) if a.endswith(".txt") else [a]) if line.strip()]
    pipe = Pipeline()
    for text in texts:
        fired.clear()
        result = pipe.process_text(text, published=date)
        print("##", text[:200])
        for e in result.events:
            print("   EV", e.cameo, e.source and (e.source.text, e.source.actor), "->",
                  e.target and (e.target.text, e.target.actor), "trigger:", e.trigger,
                  "negated" if e.negated else "", "hypothetical" if e.hypothetical else "")
        for f in fired:
            if f[2]:
                print("   dropped by", f[2], f[:2], f[3:])
        if not fired and not result.events:
            print("   (no trigger matched)")


if __name__ == "__main__":
    main()
