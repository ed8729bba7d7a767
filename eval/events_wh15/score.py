"""Score eventwire on the labelled White House paragraphs of round evwh15.

Each paragraph is coded as ONE document, as `eventwire eval` codes the in-context records
of eval/events_blind.jsonl: Pipeline.process_batch with the document's title, publication
date (from the file) and address (`evaluate.pipeline_document_coder`); each predicted event
goes to the sentence holding its trigger (`evaluate.assign_events`) and is scored per
sentence with the evaluator's own matching (`evaluate.score_record`): root = CAMEO root;
dyad = root plus source/target country (a null gold actor matches anything, `A+B` matches
either part). "dyad (both)" counts only gold events whose labels name both sides (a
mutual `A+B` source counts as both).

    PYTHONHASHSEED=0 .venv/bin/python eval/events_wh15/score.py            # totals + tuned details
    PYTHONHASHSEED=0 .venv/bin/python eval/events_wh15/score.py --quiet    # totals only

Per-sentence output is printed for the tuned part only; the held-out part prints totals.
"""
from __future__ import annotations

import argparse
import csv
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1]))

from paragraphs import documents  # noqa: E402

from eventwire.evaluate import (  # noqa: E402
    GoldEvent, GoldRecord, code_records, compatible, pipeline_document_coder, score_record,
)


def gold_event(code: str, source: str, target: str) -> GoldEvent:
    return GoldEvent(kind="cameo", code=code, source=source or None, target=target or None,
                     root=code[:2])


def load(part: str) -> list[GoldRecord]:
    """One GoldRecord per sentence of the part's documents, with its labelled events."""
    rows: dict[tuple[str, int, int], list[GoldEvent]] = defaultdict(list)
    with (HERE / f"labels_{part}.tsv").open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh, delimiter="\t"):
            key = (r["doc"], int(r["paragraph"]), int(r["sentence"]))
            rows.setdefault(key, [])
            if r["cameo"]:
                rows[key].append(gold_event(r["cameo"], r["source"], r["target"]))
    records = []
    for name, p_part, date, title, _url, paras in documents():
        if p_part != part:
            continue
        for p, sents in enumerate(paras, 1):
            for s, text in enumerate(sents, 1):
                assert (name, p, s) in rows, (name, p, s)
                records.append(GoldRecord(id=f"{name[:13]}#{p}.{s}", text=text, date=date,
                                          kind="cameo", events=rows[(name, p, s)], doc=name,
                                          para=p, title=title))
    return records


def both_known(g: GoldEvent) -> bool:
    return bool(g.source) and (bool(g.target) or "+" in g.source) and "---" not in g.source


def describe(e) -> str:
    src = e.source.actor if e.source and e.source.actor else (e.source.text if e.source else "·")
    tgt = e.target.actor if e.target and e.target.actor else (e.target.text if e.target else "·")
    return f"{e.cameo} {src}→{tgt} [{e.trigger}]"


def run(part: str, coder, details: bool) -> dict[str, float]:
    records = load(part)
    preds = code_records(records, coder=None, doc_coder=coder)
    tot = defaultdict(int)
    for rec, pr in zip(records, preds):
        sc = score_record(rec, pr)
        for level in ("root", "dyad"):
            t = sc.tallies[level]
            tot[f"{level}_gold"] += t.gold
            tot[f"{level}_pred"] += t.predicted
            tot[f"{level}_match"] += t.matched
        # dyad over the gold events that name both sides
        both = [i for i, g in enumerate(rec.events) if both_known(g)]
        tot["both_gold"] += len(both)
        tot["both_match"] += sum(1 for i, _j in sc.pairs["dyad"] if i in both)
        if not rec.events and sc.predicted:
            tot["spurious"] += 1
        tot["empty"] += not rec.events
        if details and part == "tuned":
            matched_g = {i for i, _ in sc.pairs["root"]}
            matched_p = {j for _, j in sc.pairs["root"]}
            misses = [g for i, g in enumerate(rec.events) if i not in matched_g]
            fps = [p for j, p in enumerate(sc.predicted) if j not in matched_p]
            dy_g = {i for i, _ in sc.pairs["dyad"]}
            dyad_miss = [g for i, g in enumerate(rec.events) if i in matched_g and i not in dy_g]
            if misses or fps or dyad_miss:
                print(f"{rec.id}  {rec.text[:150]}")
                for g in misses:
                    print(f"    MISS {g.describe()}")
                for g in dyad_miss:
                    pj = dict(sc.pairs["root"])[rec.events.index(g)]
                    print(f"    DYAD {g.describe()}  pred {describe(sc.predicted[pj])}")
                for p in fps:
                    print(f"    FP   {describe(p)}")
    def pr(level):
        g, p, m = tot[f"{level}_gold"], tot[f"{level}_pred"], tot[f"{level}_match"]
        return (m / p if p else 0.0, m / g if g else 0.0, g, p, m)
    out = {}
    for level in ("root", "dyad"):
        P, R, g, p, m = pr(level)
        out[level] = (P, R)
        print(f"{part:8s} {level:5s} gold {g:4d} pred {p:4d} matched {m:4d}  P {P:.3f}  R {R:.3f}")
    bg, bm = tot["both_gold"], tot["both_match"]
    print(f"{part:8s} dyad (both sides labelled) gold {bg} matched {bm}  R {bm / bg if bg else 0:.3f}")
    print(f"{part:8s} spurious: {tot['spurious']} of {tot['empty']} empty sentences")
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quiet", action="store_true", help="totals only")
    args = ap.parse_args(argv)
    coder = pipeline_document_coder()
    run("tuned", coder, details=not args.quiet)
    run("heldout", coder, details=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
