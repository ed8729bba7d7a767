"""Print the events the pipeline codes in the documents of eval/events_round9/documents.txt, for
reading by hand against eval/events_gold.md's labelling rules (issue #9, round 9: precision).

    PYTHONHASHSEED=0 python eval/events_round9/dump.py [--list eval/events_round9/documents.txt] [--out X.jsonl]
    PYTHONHASHSEED=0 python eval/events_round9/dump.py ../shared/corpus/whitehouse --out after.jsonl --against before.jsonl

Folders or files given on the command line are read instead of the list. With --against (a file an earlier
run wrote with --out, on the code before a change) the stated events added and gone are printed instead.

One line per stated event (negated and hypothetical ones, which the eval sets do not score, are
printed with a '~' and not counted): document, sentence, CAMEO code, source -> target, trigger.
Nothing is scored here; the right/wrong counts in docs/events.md come from reading this output.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from eventwire.inputs import iter_documents  # noqa: E402
from eventwire.pipeline import Pipeline  # noqa: E402
from eventwire.records import RawDocument  # noqa: E402

EXTRACTION = ROOT.parent / "shared" / "eval" / "extraction"


def paths(listing: Path) -> list[Path]:
    out = []
    for name in (n.strip() for n in listing.read_text().splitlines()):
        if not name:
            continue
        if name.startswith("x:"):  # an extraction-benchmark page by the start of its id
            found = sorted((EXTRACTION / "html").glob(name[2:] + "*.html.gz"))
            if not found:
                sys.exit(f"{listing}: {name}: no page of that id under {EXTRACTION}/html")
            out.append(found[0])
        else:
            out.append((ROOT / name).resolve() if not Path(name).is_absolute() else Path(name))
    return out


def describe(actor) -> str:
    return "-" if actor is None else (actor.actor or f"'{actor.text}'")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("paths", nargs="*", help="folders or files to read instead of the list")
    ap.add_argument("--list", default=str(Path(__file__).parent / "documents.txt"))
    ap.add_argument("--out")
    ap.add_argument("--against", help="an earlier --out file: print the stated events added and gone")
    args = ap.parse_args()
    if args.against and not args.out:
        sys.exit("--against needs --out")
    pipeline = Pipeline()
    chosen = sorted(f for p in args.paths for f in (Path(p).rglob("*") if Path(p).is_dir() else [Path(p)])
                    if f.is_file() and f.suffix in (".md", ".txt", ".html", ".gz")) if args.paths else None

    def results():
        for path in chosen if chosen is not None else paths(Path(args.list)):
            docs = [d for d in iter_documents([str(path)]) if isinstance(d, RawDocument)]
            if not docs:
                print(f"{path}: no document read", file=sys.stderr)
                continue
            yield path.name, pipeline.process(docs[0])

    report(results(), args.out, args.against)


def report(results, out: str | None, against: str | None) -> None:
    """Print each document's events (or, with `against`, only the stated events added and gone)
    and write them to `out`; `results` yields (document name, DocumentResult). Round 10's dump
    reads other sources and reports with this too."""
    rows, stated = [], 0
    for name, result in results:
        sents = {s.id: s for s in result.sentences}
        if not against:
            print(f"== {name}")
        for e in result.events:
            s = sents.get(e.sentence_id)
            mark = "~" if (e.negated or e.hypothetical) else " "
            stated += mark == " "
            parties = "+".join(describe(p) for p in e.participants) if len(e.participants) > 2 else ""
            line = f"{e.cameo} {describe(e.source)}->{describe(e.target)} {parties} [{e.trigger}]"
            if not against:
                print(f" {mark}s{s.index if s else '?'} {line}\n      {e.evidence[:300]}")
            rows.append({"doc": name, "s": s.index if s else None, "stated": mark == " ",
                         "event": line, "sentence": e.evidence[:300]})
    print(f"{stated} stated events, {len(rows) - stated} negated or hypothetical", file=sys.stderr)
    if out:
        with open(out, "w", encoding="utf-8") as f:
            f.writelines(json.dumps(r) + "\n" for r in rows)
    if against:
        compare(Path(against), rows)


def compare(before: Path, rows: list[dict]) -> None:
    """The stated events added and gone against an earlier run (as bench/events_diff.py does)."""
    def key(r: dict) -> tuple:
        return r["doc"], r["sentence"], r["event"]
    with open(before, encoding="utf-8") as f:
        old = Counter(key(r) for r in map(json.loads, f) if r["stated"])
    new = Counter(key(r) for r in rows if r["stated"])
    for doc, sentence, event in sorted(new - old):
        print(f"NEW  {event} | {doc} | {sentence}")
    for doc, sentence, event in sorted(old - new):
        print(f"GONE {event} | {doc} | {sentence}")
    print(f"{sum(old.values())} -> {sum(new.values())} stated events; "
          f"{sum((new - old).values())} new, {sum((old - new).values())} gone")


if __name__ == "__main__":
    main()
