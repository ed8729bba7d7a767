"""Print the events the pipeline codes on the round-15 pool of extraction-benchmark pages (issue #9,
round "evprec15": precision on pages that are mostly not about war), for reading by hand against
eval/events_gold.md and eval/events_blind.md.

    PYTHONHASHSEED=0 python eval/events_prec15/dump.py --half heldout|tuning [--out X.jsonl] [--against Y.jsonl]

The pool is eval/events_prec15/pool.txt (60 pages, lines `x:<id>`; text = `articleBody` of
../shared/eval/extraction/ground-truth.json). The split is fixed by position in that file: every third
page (positions 3, 6, ..., 60) is held out, the other 40 are the tuning pages. The publication date is
taken from the page URL when it carries one (/YYYY/MM/DD/), else none.

Output as round 9's dump (one line per event, '~' for negated or hypothetical ones, which are not
counted); with --against only the stated events added and gone.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from eventwire.pipeline import Pipeline  # noqa: E402

GROUND_TRUTH = ROOT.parent / "shared" / "eval" / "extraction" / "ground-truth.json"
POOL = Path(__file__).with_name("pool.txt")

_spec = importlib.util.spec_from_file_location("events_round9_dump", ROOT / "eval" / "events_round9" / "dump.py")
round9 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(round9)


def split() -> dict[str, list[str]]:
    """{'heldout': ids at positions 3, 6, ...; 'tuning': the rest} (1-based positions in pool.txt)."""
    ids = [line.strip()[2:] for line in POOL.read_text().splitlines() if line.strip().startswith("x:")]
    return {"heldout": [x for i, x in enumerate(ids, 1) if i % 3 == 0],
            "tuning": [x for i, x in enumerate(ids, 1) if i % 3 != 0]}


def date_of(url: str) -> str | None:
    m = re.search(r"/(20\d\d)[/-](\d\d)[/-](\d\d)/", url or "")
    return f"{m[1]}-{m[2]}-{m[3]}" if m else None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--half", choices=("heldout", "tuning"), required=True)
    ap.add_argument("--out")
    ap.add_argument("--against", help="an earlier --out file: print the stated events added and gone")
    args = ap.parse_args()
    if args.against and not args.out:
        sys.exit("--against needs --out")
    pages = json.loads(GROUND_TRUTH.read_text(encoding="utf-8"))
    pipe = Pipeline()

    def results():
        for x in split()[args.half]:
            page = pages[x]
            yield x[:10], pipe.process_text(page["articleBody"], published=date_of(page.get("url")), doc_id=x[:10])

    round9.report(results(), args.out, args.against)


if __name__ == "__main__":
    main()
