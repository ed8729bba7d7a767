"""What the cascade costs: events found when only some sentences are parsed (the pipeline's
pre-parse filter, then entities only where events or claim cues are) against a full parse
with entities of every sentence. Prints events found each way, the share lost, and the time.

    python bench/cascade.py corpus/whitehouse
    python bench/cascade.py corpus/whitehouse --eval      # also the texts of ../shared/eval/events and eval/*.jsonl

An event is identified by (document, sentence, CAMEO code, source, target, negated, hypothetical).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eventwire.evaluate import default_gold_paths, load_gold  # noqa: E402
from eventwire.inputs import iter_documents  # noqa: E402
from eventwire.pipeline import Pipeline  # noqa: E402
from eventwire.records import RawDocument, ReadError  # noqa: E402


def _key(doc_id, e):
    who = lambda a: None if a is None else (a.actor or a.text.lower())  # noqa: E731
    return (doc_id, e.sentence_id, e.cameo, who(e.source), who(e.target), e.negated, e.hypothetical)


def run(pipe: Pipeline, docs: list[RawDocument]) -> tuple[set, float]:
    t0 = time.perf_counter()
    found = set()
    for i in range(0, len(docs), 16):
        for result in pipe.process_batch(docs[i:i + 16]):
            found |= {_key(result.document.id, e) for e in result.events}
    return found, time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="*", default=["corpus/whitehouse"])
    ap.add_argument("--eval", action="store_true", help="also every sentence of the labelled event sets")
    ap.add_argument("--show", action="store_true", help="list the events the cascade loses")
    args = ap.parse_args()
    sets: dict[str, list[RawDocument]] = {}
    if args.paths:
        sets["documents: " + ", ".join(args.paths)] = [d for d in iter_documents(args.paths)
                                                         if not isinstance(d, ReadError)]
    if args.eval:
        for path in default_gold_paths() + sorted(Path("eval").glob("events_*.jsonl")):
            gs = load_gold(path)
            sets[path.name] = [RawDocument(r.id, r.text, published=r.date) for r in gs.records]
    cascade, full = Pipeline(), Pipeline(parse_all=True)
    cascade.process_text("Russian forces attacked Ukrainian positions.")  # load models before timing
    print(f"{'set':45} {'docs':>6} {'full':>7} {'cascade':>8} {'lost':>6} {'lost %':>7} {'full s':>7} {'cascade s':>9}")
    total_full = total_lost = 0
    for name, docs in sets.items():
        ref, t_full = run(full, docs)
        got, t_cascade = run(cascade, docs)
        lost = len(ref - got)
        total_full += len(ref)
        total_lost += lost
        print(f"{name[:45]:45} {len(docs):>6} {len(ref):>7} {len(got):>8} {lost:>6} "
              f"{100 * lost / max(len(ref), 1):>6.2f}% {t_full:>7.1f} {t_cascade:>9.1f}")
        if args.show:
            for key in sorted(ref - got, key=str):
                print("    lost:", key)
    print(f"{'all':45} {'':>6} {total_full:>7} {'':>8} {total_lost:>6} {100 * total_lost / max(total_full, 1):>6.2f}%")


if __name__ == "__main__":
    main()
