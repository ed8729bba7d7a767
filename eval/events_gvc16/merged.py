"""GVC sentence recall by half, crediting the sentences of later mentions merged into an earlier act
(round gvc16, issue #9; a measurement aid, not a change to the coder).

`document.gather_operations` makes "The shooting happened at 11 p.m." the same act as the article's
earlier "Two men were shot ..." (one act, one event), so the later sentence carries no event of its
own and `eval/events_gvc13/halves.py` counts it a miss. This script records, for each merged mention,
its evidence on the event it joins and credits both sentences. Half B is counted only.

    python eval/events_gvc16/merged.py ../shared/eval/coref/gvc [--misses A_misses.json]
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "eval" / "events_gvc13"))

from halves import half  # noqa: E402
from violence_recall import _VIOLENT_ROOTS, gold_sentences  # noqa: E402

from eventwire.events import document  # noqa: E402
from eventwire.pipeline import Pipeline  # noqa: E402

_MERGED: dict[int, list[str]] = {}
_original_merge = document._merge


def _recording_merge(entity, other, joint=True):
    _MERGED.setdefault(id(entity), []).extend([other.evidence, *_MERGED.get(id(other), [])])
    return _original_merge(entity, other, joint)


document._merge = _recording_merge


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", type=Path)
    ap.add_argument("--misses", type=Path)
    args = ap.parse_args()
    docs, gold = gold_sentences(args.folder)
    pipe = Pipeline()
    counts = {h: {"gold": 0, "found": 0, "with_event": 0} for h in "AB"}
    rows = []
    for doc in docs:
        h = half(doc["doc_id"])
        texts = [" ".join(tokens) for tokens in doc["sentences"]]
        _MERGED.clear()
        result = pipe.process_text("\n\n".join(texts), published=doc.get("date"), doc_id=doc["doc_id"][:12])
        hit: set[int] = set()
        for event in result.events:
            if event.cameo[:2] not in _VIOLENT_ROOTS:
                continue
            for evidence in [event.evidence, *_MERGED.get(id(event), [])]:
                evidence = evidence.strip()
                hit |= {sid for sid, text in zip(doc["sentence_ids"], texts) if evidence and evidence in text}
        wanted = gold.get(doc["doc_id"], set())
        c = counts[h]
        c["gold"] += len(wanted)
        c["found"] += len(wanted & hit)
        c["with_event"] += len(hit)
        if h == "A" and args.misses:
            rows += [{"doc": doc["doc_id"], "sid": sid, "text": text} for sid, text in zip(doc["sentence_ids"], texts)
                     if sid in wanted and sid not in hit]
    for h in "AB":
        c = counts[h]
        print(f"half {h} (merged mentions credited): recall {c['found']} of {c['gold']} "
              f"({c['found'] / max(1, c['gold']):.3f}); sentences with a violent event {c['with_event']}, "
              f"marked {c['found']} ({c['found'] / max(1, c['with_event']):.3f})")
    if args.misses:
        args.misses.write_text(json.dumps(rows, indent=0), encoding="utf-8")


if __name__ == "__main__":
    main()
