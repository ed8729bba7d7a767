"""Print the events the pipeline codes in the sample of round 12: the articles of odd position
(n1, n3, ..., n215) among the 216 that bench/events_diff.py codes (every TR-News article, then every
sixth LGL article of ../shared/eval/geo), for reading by hand against eval/events_gold.md,
events_blind.md and events_news.md (issue #9, round 12: precision on the bench articles).

    PYTHONHASHSEED=0 python eval/events_prec12/dump.py [--out X.jsonl] [--against before.jsonl]

Output as round 9's dump (one line per event, '~' for negated or hypothetical ones, which are not
counted); readings.tsv holds every verdict, verdicts.py counts them.
"""
from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from events_diff import GEO, texts  # noqa: E402
from eventwire.pipeline import Pipeline  # noqa: E402

# Round 9's dump prints, writes and compares the events; this one only picks other documents.
_spec = importlib.util.spec_from_file_location("events_round9_dump", ROOT / "eval" / "events_round9" / "dump.py")
round9 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(round9)


def sample() -> list[tuple[str, str]]:
    """(id, text) of the articles of odd position among bench/events_diff.py's texts (the fixed rule)."""
    return [(doc_id, text) for doc_id, text in texts(GEO) if int(doc_id[1:]) % 2 == 1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out")
    ap.add_argument("--against", help="an earlier --out file: print the stated events added and gone")
    args = ap.parse_args()
    if args.against and not args.out:
        sys.exit("--against needs --out")
    pipe = Pipeline()
    round9.report(((d, pipe.process_text(t, published=None, doc_id=d)) for d, t in sample()),
                  args.out, args.against)


if __name__ == "__main__":
    main()
