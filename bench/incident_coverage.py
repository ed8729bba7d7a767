"""How many gold incidents of a coreference folder (layout of ../shared/eval/coref/gvc:
documents.jsonl with doc_id, subtopic = incident, date, title, sentences) end up as one of our
incidents, after ingesting its documents through the real pipeline into a fresh store.

    python bench/incident_coverage.py ../shared/eval/coref/gvc [--db /tmp/gvc.db]

A rough document-level figure (not the mention-level CoNLL score of issue 11, item 7): for each
gold incident reported by 2+ documents, whether one of our incidents holds events of 2+ of its
documents (linked) and of all of them (whole); and how many of our multi-document incidents mix
documents of different gold incidents (false merges).  A document kept as a copy of another
(same or near-same text) counts as a member of that document's incidents.
"""
from __future__ import annotations

import argparse
import json
import re
import tempfile
from collections import defaultdict
from pathlib import Path

from eventwire import ingest
from eventwire.store import Store

_NO_SPACE_BEFORE = re.compile(r" ([,.;:!?%)\]'’]|n't|'s)")


def detokenize(tokens: list[str]) -> str:
    return _NO_SPACE_BEFORE.sub(r"\1", " ".join(tokens)).replace("( ", "(")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("folder")
    ap.add_argument("--db")
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    docs = [json.loads(line) for line in (Path(args.folder) / "documents.jsonl").read_text().splitlines() if line]
    work = Path(tempfile.mkdtemp(prefix="coverage-"))
    records = work / "documents.jsonl"
    with records.open("w") as f:
        for d in docs:
            sentences = d["sentences"][1:] if d["sentences"] and d.get("title") and \
                detokenize(d["sentences"][0]) == d["title"] else d["sentences"]
            f.write(json.dumps({"id": d["doc_id"], "title": d.get("title"), "published": d.get("date"),
                                "text": "\n".join(detokenize(s) for s in sentences)}) + "\n")
    gold = {d["doc_id"]: d["subtopic"] for d in docs}
    with Store(args.db or work / "store.db") as store:
        ingest([records], store, workers=args.workers)
        ours: dict[str, set[str]] = defaultdict(set)
        events = 0
        for incident in store.incidents():
            ours[incident.id] |= set(incident.documents)
            ours[incident.id] |= {c["source"].rsplit("#", 1)[-1] for c in incident.copies}  # copies kept
            events += incident.reports
    by_gold: dict[str, set[str]] = defaultdict(set)
    for doc, topic in gold.items():
        by_gold[topic].add(doc)
    multi = {t: ds for t, ds in by_gold.items() if len(ds) >= 2}
    linked = sum(1 for ds in multi.values() if any(len(ds & mine) >= 2 for mine in ours.values()))
    whole = sum(1 for ds in multi.values() if any(ds <= mine for mine in ours.values()))
    spanning = [mine for mine in ours.values() if len(mine) >= 2]
    mixed = sum(1 for mine in spanning if len({gold.get(d) for d in mine}) > 1)
    print(f"documents {len(docs)}, gold incidents {len(by_gold)} ({len(multi)} with 2+ documents)")
    print(f"our incidents {len(ours)} over {events} events; {len(spanning)} hold 2+ documents, {mixed} of them mix gold incidents")
    print(f"gold incidents with 2+ documents linked (2+ of their documents in one of ours): {linked}/{len(multi)}; "
          f"whole (all in one): {whole}/{len(multi)}")


if __name__ == "__main__":
    main()
