"""Print the events the pipeline codes in the documents of eval/events_round9/documents.txt, for
reading by hand against eval/events_gold.md's labelling rules (issue #9, round 9: precision).

    PYTHONHASHSEED=0 python eval/events_round9/dump.py [--list eval/events_round9/documents.txt] [--out X.jsonl]

One line per stated event (negated and hypothetical ones, which the eval sets do not score, are
printed with a '~' and not counted): document, sentence, CAMEO code, source -> target, trigger.
Nothing is scored here; the right/wrong counts in docs/events.md come from reading this output.
"""
from __future__ import annotations

import argparse
import json
import sys
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
    ap.add_argument("--list", default=str(Path(__file__).parent / "documents.txt"))
    ap.add_argument("--out")
    args = ap.parse_args()
    pipeline = Pipeline()
    rows, stated = [], 0
    for path in paths(Path(args.list)):
        docs = [d for d in iter_documents([str(path)]) if isinstance(d, RawDocument)]
        if not docs:
            print(f"{path}: no document read", file=sys.stderr)
            continue
        result = pipeline.process(docs[0])
        sents = {s.id: s for s in result.sentences}
        print(f"== {path.name}")
        for e in result.events:
            s = sents.get(e.sentence_id)
            mark = "~" if (e.negated or e.hypothetical) else " "
            stated += mark == " "
            parties = "+".join(describe(p) for p in e.participants) if len(e.participants) > 2 else ""
            line = f"{e.cameo} {describe(e.source)}->{describe(e.target)} {parties} [{e.trigger}]"
            print(f" {mark}s{s.index if s else '?'} {line}\n      {e.evidence[:300]}")
            rows.append({"doc": path.name, "s": s.index if s else None, "stated": mark == " ",
                         "event": line, "sentence": e.evidence[:300]})
    print(f"{stated} stated events, {len(rows) - stated} negated or hypothetical", file=sys.stderr)
    if args.out:
        with open(args.out, "w", encoding="utf-8") as f:
            f.writelines(json.dumps(r) + "\n" for r in rows)


if __name__ == "__main__":
    main()
