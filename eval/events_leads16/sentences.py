"""The documents of round evdet16 and their sentences (no coder is run here).

docs.txt lists 23 documents, sorted: "lgl:ID" is the LGL article with doc_id ID in
../shared/eval/geo/lgl.jsonl, "x:ID" the page of ../shared/eval/extraction (its `articleBody`,
from ground-truth.json). No eval/events_* file or folder named them before this round.
Every third (0-based index % 3 == 2) is held out. Sentences are those of
`eventwire.annotate.split_sentences` (the pipeline's own splitter), so labels and predictions
share offsets.

    .venv/bin/python eval/events_leads16/sentences.py tuned|heldout   # prints doc, idx, start, text
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[2] / "shared" / "eval"


def halves() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {"tuned": [], "heldout": []}
    for line in (HERE / "docs.txt").read_text().splitlines():
        key, part = line.split("\t")
        out[part].append(key)
    return out


def documents() -> dict[str, dict]:
    """key -> {"id", "title", "url", "text"} for every document of docs.txt."""
    wanted = {k for ks in halves().values() for k in ks}
    out = {}
    with (SHARED / "geo" / "lgl.jsonl").open() as f:
        for line in f:
            r = json.loads(line)
            if f"lgl:{r['doc_id']}" in wanted:
                out[f"lgl:{r['doc_id']}"] = {"id": r["doc_id"], "title": r["title"], "url": r["url"],
                                             "text": r["text"]}
    gt = json.loads((SHARED / "extraction" / "ground-truth.json").read_text())
    for k in wanted:
        if k.startswith("x:"):
            page = gt[k[2:]]
            out[k] = {"id": k[2:14], "title": None, "url": page["url"], "text": page["articleBody"]}
    return out


def sentences(doc: dict):
    from eventwire.annotate import split_sentences
    return split_sentences(doc["id"], doc["text"])


if __name__ == "__main__":
    part = sys.argv[1]
    docs = documents()
    for key in halves()[part]:
        d = docs[key]
        print(f"=== {key} | {d['title']} | {d['url']}")
        for s in sentences(d):
            print(f"{key}\t{s.index}\t{s.start}\t{s.text}")
