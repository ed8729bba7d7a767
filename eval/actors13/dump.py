"""Print every event the pipeline codes on the texts of round actors13 (issue #9, dyad precision), with the
text and the code of each party, for reading the actor codes by hand.

Texts: the 216 articles bench/events_diff.py codes (every TR-News article, every sixth LGL article of
../shared/eval/geo) and the ECB+ documents of topics 2 5 8 11 14 18 20 21 22 23 25 28 29 31 32 33
(../shared/eval/coref/ecbplus; the other topics hold documents of eval/events_news.jsonl's test half and
are never read).

    PYTHONHASHSEED=0 python eval/actors13/dump.py --out X.jsonl [--against before.jsonl]

One JSON line per event: doc, sentence index, code, source and target as [text, code], trigger, flags,
sentence. --against prints the events whose code or parties changed.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from events_diff import GEO, texts  # noqa: E402

ECB = ROOT.parent / "shared" / "eval" / "coref" / "ecbplus" / "documents.jsonl"
ECB_TOPICS = {2, 5, 8, 11, 14, 18, 20, 21, 22, 23, 25, 28, 29, 31, 32, 33}


def _detok(tokens: list[str]) -> str:
    out = ""
    for t in tokens:
        if out and not (t in ".,;:!?)'" or t in ("'s", "n't", "''") or out.endswith(("(", "``"))):
            out += " "
        out += t
    return out.replace("`` ", '"').replace(" ''", '"').replace("``", '"').replace("''", '"')


def ecb_texts() -> list[tuple[str, str]]:
    rows = []
    with open(ECB, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if d["topic"] in ECB_TOPICS:
                rows.append((d["doc_id"], "\n".join(_detok(s) for s in d["sentences"])))
    return rows


def sample() -> list[tuple[str, str]]:
    return texts(GEO) + ecb_texts()


def _party(a) -> list | None:
    return None if a is None else [a.text, a.actor or ""]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--against")
    args = ap.parse_args()
    from eventwire.pipeline import Pipeline
    pipe = Pipeline()
    with open(args.out, "w", encoding="utf-8") as f:
        for doc_id, text in sample():
            res = pipe.process_text(text, published=None, doc_id=doc_id)
            for e in res.events:
                f.write(json.dumps({"doc": doc_id, "sent": e.sentence_id, "from": [e.source_from, e.target_from],
                                    "code": e.cameo, "source": _party(e.source), "target": _party(e.target),
                                    "trigger": e.trigger,
                                    "flags": ("neg " if e.negated else "") + ("hyp" if e.hypothetical else ""),
                                    "sentence": e.evidence}) + "\n")
    if args.against:
        def load(p):
            return [json.loads(x) for x in open(p, encoding="utf-8")]
        key = lambda d: (d["doc"], d["sentence"], d["trigger"])  # noqa: E731
        old = {key(d): d for d in load(args.against)}
        new = {key(d): d for d in load(args.out)}
        for k in sorted(set(old) | set(new)):
            a, b = old.get(k), new.get(k)
            sig = lambda d: d and (d["code"], d["source"], d["target"])  # noqa: E731
            if sig(a) != sig(b):
                print(k[0], "|", sig(a), "=>", sig(b), "|", k[1][:160])


if __name__ == "__main__":
    main()
