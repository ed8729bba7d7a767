"""The articles of round evtr17 (TR-News, issue #9) and their sentences (no coder is run here).

The pool is the 45 TR-News doc ids of /tmp/ew/s14/unused_trnews.json (copied to docs.txt),
texts in ../shared/eval/geo/trnews.jsonl. Split fixed before any run: the ids sorted as
strings; the id at 0-based index i with i % 3 == 2 is held out (15 articles), the other 30 are
tuned on. Sentences are those of `eventwire.annotate.split_sentences` (the pipeline's own
splitter), so labels and predictions share offsets. This module is the pool interface that
eval/events_lgl15/score.py and build_labels.py take with `--pool eval/events_tr17`:
halves(), articles(), sentences(row, article), published(url); a "row" here is a doc id.

    .venv/bin/python eval/events_tr17/pool.py tuned|heldout   # prints doc, idx, start, text
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TRNEWS = HERE.parents[2] / "shared" / "eval" / "geo" / "trnews.jsonl"
FIXED_DATE = "2016-12-19"  # TR-News is mostly December 2016 news


def doc_ids() -> list[str]:
    return sorted((HERE / "docs.txt").read_text().split())


def halves() -> dict[str, list[str]]:
    ids = doc_ids()
    return {"tuned": [d for i, d in enumerate(ids) if i % 3 != 2],
            "heldout": [d for i, d in enumerate(ids) if i % 3 == 2]}


def articles() -> dict[str, dict]:
    wanted = set(doc_ids())
    out = {}
    with TRNEWS.open() as f:
        for line in f:
            a = json.loads(line)
            if a["doc_id"] in wanted:
                out[a["doc_id"]] = a
    return out


def sentences(row: str, article: dict):
    from eventwire.annotate import split_sentences
    return split_sentences(article["doc_id"], article["text"])


def published(url: str) -> str:
    """The date the address carries (/2016/12/14/, /2016-06-27/), else FIXED_DATE."""
    m = re.search(r"/(20\d\d)[/-](\d\d)[/-](\d\d)/", url)
    if m and 1 <= int(m.group(2)) <= 12:
        return f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
    return FIXED_DATE


if __name__ == "__main__":
    part = sys.argv[1]
    arts = articles()
    for row in halves()[part]:
        a = arts[row]
        print(f"=== doc {row} | {a['title']} | {a['url']}")
        for s in sentences(row, a):
            print(f"{row}\t{s.index}\t{s.start}\t{s.text}")
