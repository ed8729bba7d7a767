"""Print the events the pipeline codes in the TR-News articles of eval/events_recall10/documents.txt,
for reading by hand against the labelling rules of eval/events_gold.md, events_blind.md and events_news.md
(issue #9, round 11: recall from reading news).

    PYTHONHASHSEED=0 python eval/events_recall10/dump.py [--out X.jsonl] [--against before.jsonl]

documents.txt names one article a line: "trnews:N" is row N of ../shared/eval/geo/trnews.jsonl (only even
N: another reading takes the odd rows). The page is read as a reporter printed it, the headline (the row's
title) first. No eval file scores these articles, so nothing here was tuned on; misses.tsv holds what a
labeller codes and the coder gives before and after.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from eventwire.pipeline import Pipeline  # noqa: E402

# Round 9's dump prints, writes and compares the events; this one only reads another source.
_spec = importlib.util.spec_from_file_location("events_round9_dump", ROOT / "eval" / "events_round9" / "dump.py")
round9 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(round9)

TRNEWS = ROOT.parent / "shared" / "eval" / "geo" / "trnews.jsonl"


def articles(listing: Path) -> list[tuple[str, str]]:
    """(name, headline + text) of every article the list names."""
    with open(TRNEWS, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    out = []
    for name in (n.strip() for n in listing.read_text().splitlines()):
        if not name:
            continue
        corpus, _, index = name.partition(":")
        if corpus != "trnews" or not index.isdigit() or int(index) >= len(rows):
            sys.exit(f"{listing}: {name!r}: expected trnews:N with N below {len(rows)}")
        row = rows[int(index)]
        out.append((name, f"{row['title']}\n\n{row['text']}"))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--list", default=str(Path(__file__).parent / "documents.txt"))
    ap.add_argument("--out")
    ap.add_argument("--against", help="an earlier --out file: print the stated events added and gone")
    args = ap.parse_args()
    if args.against and not args.out:
        sys.exit("--against needs --out")
    pipeline = Pipeline()
    round9.report(((name, pipeline.process_text(text, published=None, doc_id=name))
                   for name, text in articles(Path(args.list))), args.out, args.against)


if __name__ == "__main__":
    main()
