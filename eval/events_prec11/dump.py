"""Print the events the pipeline codes in the national and international news of
eval/events_prec11/documents.txt, for reading by hand against eval/events_gold.md, events_blind.md and
events_news.md (issue #9, round 11: precision on war, security, diplomacy, politics, trade, business,
and some sport and science pages, where every event is spurious).

    PYTHONHASHSEED=0 python eval/events_prec11/dump.py [--out X.jsonl] [--against before.jsonl]

documents.txt names one document a line: "tr:N" is row N of ../shared/eval/geo/trnews.jsonl (odd N only:
another round reads the even ones), "lgl:N" row N of ../shared/eval/geo/lgl.jsonl (N % 6 in 4, 5: round 10
read 0-2, bench/events_diff.py reads 3), "x:ID" the page of ../shared/eval/extraction/html whose id starts
with ID (pages no eval file names). No eval file scores these documents, so nothing here was tuned on.
Output as round 9's dump (one line per event, '~' for negated or hypothetical ones, which are not counted);
readings.tsv holds every verdict, verdicts.py counts them.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from eventwire.inputs import iter_documents  # noqa: E402
from eventwire.pipeline import Pipeline  # noqa: E402
from eventwire.records import RawDocument  # noqa: E402

# Round 9's dump prints, writes and compares the events; this one only reads other sources.
_spec = importlib.util.spec_from_file_location("events_round9_dump", ROOT / "eval" / "events_round9" / "dump.py")
round9 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(round9)

SHARED = ROOT.parent / "shared" / "eval"
ROWS = {"tr": SHARED / "geo" / "trnews.jsonl", "lgl": SHARED / "geo" / "lgl.jsonl"}


def documents(listing: Path, pipeline: Pipeline):
    """(name, DocumentResult) of every document the list names."""
    rows: dict[str, list[dict]] = {}
    for name in (n.strip() for n in listing.read_text().splitlines()):
        if not name:
            continue
        corpus, _, key = name.partition(":")
        if corpus == "x":
            pages = sorted((SHARED / "extraction" / "html").glob(key + "*.html.gz"))
            docs = [d for p in pages[:1] for d in iter_documents([str(p)]) if isinstance(d, RawDocument)]
            if not docs:
                sys.exit(f"{listing}: {name}: no readable page of that id under {SHARED}/extraction/html")
            yield name, pipeline.process(docs[0])
            continue
        if corpus not in ROWS or not key.isdigit():
            sys.exit(f"{listing}: {name!r}: expected tr:N, lgl:N or x:ID")
        if corpus not in rows:
            with open(ROWS[corpus], encoding="utf-8") as f:
                rows[corpus] = [json.loads(line) for line in f if line.strip()]
        yield name, pipeline.process_text(rows[corpus][int(key)]["text"], published=None, doc_id=name)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--list", default=str(Path(__file__).parent / "documents.txt"))
    ap.add_argument("--out")
    ap.add_argument("--against", help="an earlier --out file: print the stated events added and gone")
    args = ap.parse_args()
    if args.against and not args.out:
        sys.exit("--against needs --out")
    round9.report(documents(Path(args.list), Pipeline()), args.out, args.against)


if __name__ == "__main__":
    main()
