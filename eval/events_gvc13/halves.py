"""GVC sentence recall of violent events by half (round 13, issue #9).

Splits the Gun Violence Corpus documents of `bench/violence_recall.py` into two halves by
`sha1(doc_id)[0] in '01234567'` (half A: read while tuning) and the rest (half B: blind, only
counted, never printed). For each half prints sentence recall (gold sentences given an event of
CAMEO root 18, 19 or 20) and the share of sentences given such an event that GVC marks.
Same logic as bench/violence_recall.py (its gold_sentences; evidence found in a sentence's text).

    python eval/events_gvc13/halves.py ../shared/eval/coref/gvc [--misses A_misses.json]

`--misses` writes half A's gold sentences with what was coded in them (half B is never written).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from violence_recall import _VIOLENT_ROOTS, gold_sentences  # noqa: E402

from eventwire.pipeline import Pipeline  # noqa: E402


def half(doc_id: str) -> str:
    return "A" if hashlib.sha1(doc_id.encode()).hexdigest()[0] in "01234567" else "B"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", type=Path)
    ap.add_argument("--misses", type=Path, help="write half A's gold sentences and their codes here")
    args = ap.parse_args()
    docs, gold = gold_sentences(args.folder)
    pipe = Pipeline()
    counts = {h: {"docs": 0, "gold": 0, "found": 0, "with_event": 0} for h in "AB"}
    rows = []
    for doc in docs:
        h = half(doc["doc_id"])
        texts = [" ".join(tokens) for tokens in doc["sentences"]]
        result = pipe.process_text("\n\n".join(texts), published=doc.get("date"), doc_id=doc["doc_id"][:12])
        hit: set[int] = set()
        codes: dict[int, list[str]] = {}
        for event in result.events:
            evidence = event.evidence.strip()
            where = {sid for sid, text in zip(doc["sentence_ids"], texts) if evidence and evidence in text}
            for sid in where:
                codes.setdefault(sid, []).append(
                    f"{event.cameo} {event.source.actor if event.source else None}"
                    f"->{event.target.actor if event.target else None}")
            if event.cameo[:2] in _VIOLENT_ROOTS:
                hit |= where
        wanted = gold.get(doc["doc_id"], set())
        c = counts[h]
        c["docs"] += 1
        c["gold"] += len(wanted)
        c["found"] += len(wanted & hit)
        c["with_event"] += len(hit)
        if h == "A" and args.misses:
            for sid, text in zip(doc["sentence_ids"], texts):
                if sid in wanted or sid in hit:
                    rows.append({"doc": doc["doc_id"], "sid": sid, "gold": sid in wanted, "hit": sid in hit,
                                 "codes": codes.get(sid, []), "text": text})
    for h in "AB":
        c = counts[h]
        print(f"half {h}: {c['docs']} documents; sentence recall {c['found']} of {c['gold']} "
              f"({c['found'] / max(1, c['gold']):.3f}); sentences given a violent event {c['with_event']}, "
              f"marked {c['found']} ({c['found'] / max(1, c['with_event']):.3f})")
    if args.misses:
        args.misses.write_text(json.dumps(rows, indent=0), encoding="utf-8")


if __name__ == "__main__":
    main()
