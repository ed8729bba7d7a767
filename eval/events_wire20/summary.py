"""Counts only (for the held-out part): the summary table and per-root gold/pred/matched at the root level.

    .venv/bin/python eval/events_wire20/summary.py heldout     # or: tuned
Prints no sentence and no event of any record.
"""
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from eventwire.evaluate import (load_gold, pipeline_coder, code_records,  # noqa: E402
                                pred_root, _valid)

FILE = Path(__file__).resolve().parent / "events_wire20.jsonl"


def main(split: str) -> None:
    gs = load_gold(FILE)
    recs = [r for r, raw in zip(gs.records, _raw()) if raw["split"] == split]
    preds = code_records(recs, pipeline_coder())
    gold_n, pred_n, hit = Counter(), Counter(), Counter()
    false_lines = 0
    for rec, ps in zip(recs, preds):
        ps = [p for p in ps if _valid(p)]
        for g in rec.events:
            gold_n[g.root] += 1
        for p in ps:
            pred_n[pred_root(p)] += 1
        # root hits: greedy one-to-one by root
        left = [pred_root(p) for p in ps]
        for g in rec.events:
            if g.root in left:
                left.remove(g.root)
                hit[g.root] += 1
        if not rec.events and ps:
            false_lines += 1
    print(f"split={split} records={len(recs)}")
    print("root gold pred hit  P     R")
    for r in sorted(set(gold_n) | set(pred_n)):
        p = hit[r] / pred_n[r] if pred_n[r] else float("nan")
        q = hit[r] / gold_n[r] if gold_n[r] else float("nan")
        print(f"{r:4} {gold_n[r]:4} {pred_n[r]:4} {hit[r]:3}  {p:.2f}  {q:.2f}")
    G, P, H = sum(gold_n.values()), sum(pred_n.values()), sum(hit.values())
    print(f"all  {G:4} {P:4} {H:3}  {H / P:.3f} {H / G:.3f}   empty-gold records with events: {false_lines}")


def _raw():
    import json
    return [json.loads(line) for line in FILE.read_text(encoding="utf-8").splitlines() if line.strip()]


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tuned")
