"""Print the events the pipeline codes in the local and crime news of eval/events_round10/documents.txt,
for reading by hand against eval/events_news.md's labelling rules (issue #9, round 10: precision).

    PYTHONHASHSEED=0 python eval/events_round10/dump.py [--out X.jsonl] [--against before.jsonl]

documents.txt names one article a line: "lgl:N" is row N of ../shared/eval/geo/lgl.jsonl (only rows
N % 6 in 0, 1, 2: bench/events_diff.py reads the rows N % 6 == 3), "gvc:N" row N of
../shared/eval/coref/gvc/documents.jsonl (tokens joined with eventwire.evaluate.detokenize).
No eval file scores these articles, so nothing here was tuned on.

One line per stated event (negated and hypothetical ones, which the eval sets do not score, are
printed with a '~' and not counted): document, sentence, CAMEO code, source -> target, trigger.
With --against (a file an earlier --out run wrote) the stated events added and gone are printed.
Nothing is scored here; the right/wrong counts in docs/events.md come from reading this output
(readings.tsv holds every verdict).
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from eventwire.evaluate import detokenize  # noqa: E402
from eventwire.pipeline import Pipeline  # noqa: E402

# Round 9's dump prints, writes and compares the events; this one only reads other sources.
_spec = importlib.util.spec_from_file_location("events_round9_dump", ROOT / "eval" / "events_round9" / "dump.py")
round9 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(round9)

SHARED = ROOT.parent / "shared" / "eval"
SOURCES = {"lgl": SHARED / "geo" / "lgl.jsonl", "gvc": SHARED / "coref" / "gvc" / "documents.jsonl"}


def articles(listing: Path) -> list[tuple[str, str, str | None]]:
    """(name, text, date) of every article the list names."""
    rows: dict[str, list[dict]] = {}
    out = []
    for name in (n.strip() for n in listing.read_text().splitlines()):
        if not name:
            continue
        corpus, _, index = name.partition(":")
        if corpus not in SOURCES or not index.isdigit():
            sys.exit(f"{listing}: {name!r}: expected lgl:N or gvc:N")
        if corpus not in rows:
            with open(SOURCES[corpus], encoding="utf-8") as f:
                rows[corpus] = [json.loads(line) for line in f if line.strip()]
        r = rows[corpus][int(index)]
        if corpus == "gvc":
            out.append((name, "\n".join(detokenize(s) for s in r["sentences"]), r.get("date")))
        else:
            out.append((name, r["text"], None))
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
    round9.report(((name, pipeline.process_text(text, published=date, doc_id=name))
                   for name, text, date in articles(Path(args.list))), args.out, args.against)


if __name__ == "__main__":
    main()
