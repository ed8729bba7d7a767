"""Events the coder gives on unlabelled news, and what changed against an earlier run: the
precision check for a change to the coder (read every added and dropped event by hand).

    python bench/events_diff.py --out /tmp/after.jsonl
    python bench/events_diff.py --out /tmp/after.jsonl --against /tmp/before.jsonl

Texts: every TR-News article and every sixth LGL article of `../shared/eval/geo` (their place
labels are for the geocoder; no event label exists for them, so nothing here was tuned on).
Run the same command on the code before a change (a `git worktree` of it, with PYTHONPATH set)
to get the file to compare against. `--hide FILE` (TR-News doc ids, one a line) counts the changes
in those articles without printing them: a round's held-out articles (eval/events_tr17).
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.append(str(Path(__file__).resolve().parents[1]))  # after PYTHONPATH: an older checkout can run this file

from eventwire.pipeline import Pipeline  # noqa: E402

GEO = Path(__file__).resolve().parents[2] / "shared" / "eval" / "geo"


def texts(folder: Path) -> list[tuple[str, str]]:
    """(id, text) of the articles: TR-News in full, every sixth LGL article."""
    def read(name: str) -> list[dict]:
        with open(folder / name, encoding="utf-8") as f:
            return [json.loads(line) for line in f if line.strip()]
    rows = read("trnews.jsonl") + read("lgl.jsonl")[3::6]
    return [(f"n{i}", r["text"]) for i, r in enumerate(rows)]


def describe(actor) -> str:
    return "-" if actor is None else (actor.actor or f"'{actor.text}'")


def run(folder: Path, out: Path) -> int:
    pipe = Pipeline()
    n = 0
    with open(out, "w", encoding="utf-8") as f:
        for doc_id, text in texts(folder):
            for e in pipe.process_text(text, published=None, doc_id=doc_id).events:
                f.write(json.dumps({"doc": doc_id, "sentence": e.evidence[:200],
                                    "event": f"{e.cameo} {describe(e.source)}->{describe(e.target)} [{e.trigger}]"})
                        + "\n")
                n += 1
    return n


def hidden_docs(folder: Path, ids_file: Path | None) -> set[str]:
    """The run's doc keys ("n12") of the TR-News articles whose ids `ids_file` lists."""
    if ids_file is None:
        return set()
    wanted = set(ids_file.read_text().split())
    with open(folder / "trnews.jsonl", encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    return {f"n{i}" for i, r in enumerate(rows) if r["doc_id"] in wanted}


def compare(before: Path, after: Path, hidden: set[str] = frozenset()) -> None:
    def load(path: Path) -> Counter:
        with open(path, encoding="utf-8") as f:
            return Counter((d["doc"], d["sentence"], d["event"]) for d in map(json.loads, f))
    old, new = load(before), load(after)
    added, gone = new - old, old - new
    for (doc, sentence, event) in sorted(added):
        if doc not in hidden:
            print(f"NEW  {event} | {sentence}")
    for (doc, sentence, event) in sorted(gone):
        if doc not in hidden:
            print(f"GONE {event} | {sentence}")
    print(f"{sum(old.values())} -> {sum(new.values())} events; {sum(added.values())} new, {sum(gone.values())} gone")
    if hidden:
        n_added = sum(v for k, v in added.items() if k[0] in hidden)
        n_gone = sum(v for k, v in gone.items() if k[0] in hidden)
        print(f"(of which in the {len(hidden)} hidden articles, not printed: {n_added} new, {n_gone} gone)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--geo", type=Path, default=GEO, help="the folder holding trnews.jsonl and lgl.jsonl")
    ap.add_argument("--out", type=Path, required=True, help="where to write this run's events (JSON lines)")
    ap.add_argument("--against", type=Path, help="an earlier run's file to compare with")
    ap.add_argument("--hide", type=Path, help="TR-News doc ids (one a line) whose changes are counted, not printed")
    args = ap.parse_args()
    if not (args.geo / "trnews.jsonl").exists():
        sys.exit(f"{args.geo}: no trnews.jsonl here (the shared evaluation sets are absent)")
    print(f"{run(args.geo, args.out)} events written to {args.out}")
    if args.against is not None:
        compare(args.against, args.out, hidden_docs(args.geo, args.hide))


if __name__ == "__main__":
    main()
