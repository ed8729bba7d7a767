"""The articles of round evlgl15 and their sentences (no coder is run here).

The first 60 rows of /tmp/ew/s12/lgl_events_pool.txt (0-based row numbers of
../shared/eval/geo/lgl.jsonl); positions 3, 6, 9, ... (1-based) are held out.
Sentences are those of `eventwire.annotate.split_sentences` (the pipeline's own
splitter), so labels and predictions share offsets.

    .venv/bin/python eval/events_lgl15/sentences.py tuned|heldout   # prints row, doc, idx, start, text
    .venv/bin/python eval/events_lgl15/sentences.py tuned --dir eval/events_lgl17   # another round

Another round's folder (`--dir`, e.g. eval/events_lgl17) holds its own rows.txt (its articles in
its chosen order) and labels; the same rule holds out positions 3, 6, 9, ... of that list.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
LGL = HERE.parents[2] / "shared" / "eval" / "geo" / "lgl.jsonl"
POOL = Path("/tmp/ew/s12/lgl_events_pool.txt")


def pool_rows(folder: Path = HERE) -> list[int]:
    """The round's rows: rows.txt in its folder (for this round a copy of the pool file's first 60)."""
    local = folder / "rows.txt"
    if local.exists():
        return [int(x) for x in local.read_text().split()]
    return [int(x) for x in POOL.read_text().split()][:60]


def halves(folder: Path = HERE) -> dict[str, list[int]]:
    rows = pool_rows(folder)
    return {"tuned": [r for i, r in enumerate(rows) if (i + 1) % 3 != 0],
            "heldout": [r for i, r in enumerate(rows) if (i + 1) % 3 == 0]}


def articles(folder: Path = HERE) -> dict[int, dict]:
    wanted = set(pool_rows(folder))
    out = {}
    with LGL.open() as f:
        for i, line in enumerate(f):
            if i in wanted:
                out[i] = json.loads(line)
    return out


def sentences(row: int, article: dict):
    from eventwire.annotate import split_sentences
    return split_sentences(article["doc_id"], article["text"])


def round_dir(argv: list[str]) -> Path:
    """The folder given by `--dir PATH` in argv (removed from it), else this round's."""
    if "--dir" in argv:
        i = argv.index("--dir")
        folder = Path(argv[i + 1]).resolve()
        del argv[i:i + 2]
        return folder
    return HERE


if __name__ == "__main__":
    folder = round_dir(sys.argv)
    part = sys.argv[1]
    arts = articles(folder)
    for row in halves(folder)[part]:
        a = arts[row]
        print(f"=== row {row} doc {a['doc_id']} | {a['title']} | {a['url']}")
        for s in sentences(row, a):
            print(f"{row}\t{a['doc_id']}\t{s.index}\t{s.start}\t{s.text}")
