"""The articles of round evlgl15 and their sentences (no coder is run here).

The first 60 rows of /tmp/ew/s12/lgl_events_pool.txt (0-based row numbers of
../shared/eval/geo/lgl.jsonl); positions 3, 6, 9, ... (1-based) are held out.
Sentences are those of `eventwire.annotate.split_sentences` (the pipeline's own
splitter), so labels and predictions share offsets.

    .venv/bin/python eval/events_lgl15/sentences.py tuned|heldout   # prints row, doc, idx, start, text
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
LGL = HERE.parents[2] / "shared" / "eval" / "geo" / "lgl.jsonl"
POOL = Path("/tmp/ew/s12/lgl_events_pool.txt")


def pool_rows() -> list[int]:
    """The 60 rows, from the pool file, or from rows.txt (a copy kept beside this script)."""
    local = HERE / "rows.txt"
    src = local if local.exists() else POOL
    return [int(x) for x in src.read_text().split()][:60]


def halves() -> dict[str, list[int]]:
    rows = pool_rows()
    return {"tuned": [r for i, r in enumerate(rows) if (i + 1) % 3 != 0],
            "heldout": [r for i, r in enumerate(rows) if (i + 1) % 3 == 0]}


def articles() -> dict[int, dict]:
    wanted = set(pool_rows())
    out = {}
    with LGL.open() as f:
        for i, line in enumerate(f):
            if i in wanted:
                out[i] = json.loads(line)
    return out


def sentences(row: int, article: dict):
    from eventwire.annotate import split_sentences
    return split_sentences(article["doc_id"], article["text"])


if __name__ == "__main__":
    part = sys.argv[1]
    arts = articles()
    for row in halves()[part]:
        a = arts[row]
        print(f"=== row {row} doc {a['doc_id']} | {a['title']} | {a['url']}")
        for s in sentences(row, a):
            print(f"{row}\t{a['doc_id']}\t{s.index}\t{s.start}\t{s.text}")
