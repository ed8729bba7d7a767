"""List the documents that hold any blind record of our labelled sets, so that a reading round can keep them out
of its pool (session 16: a list built from `"split": "test"` alone missed claims_gold's `test2` rows).

    python eval/blind_documents.py            # one document id a line: White House stems (wh-….md) and extraction
                                              # page ids as the eval files name them
    python eval/blind_documents.py --counts   # how many blind records each split name holds, per file

A record is blind when its split is anything but "dev" (test, test2, heldout, ...); records with no split are
not counted (sets that are wholly tuned on, or split elsewhere by document lists).
"""
from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent
OPEN_SPLITS = {"dev", None}


def blind_records(root: Path = ROOT):
    """(file, split, document id) of every blind record under eval/."""
    for path in sorted(root.glob("*.jsonl")) + sorted(root.glob("*/*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise SystemExit(f"{path}:{n}: not JSON ({exc})")
            split = record.get("split")
            if split in OPEN_SPLITS:
                continue
            doc = str(record.get("doc") or record.get("text_ref") or record.get("id") or "").split("#")[0]
            yield path.relative_to(root), split, doc


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--counts", action="store_true", help="records per file and split instead of document ids")
    args = ap.parse_args()
    if args.counts:
        for (path, split), n in sorted(Counter((str(p), s) for p, s, _ in blind_records()).items()):
            print(f"{n:5d}  {split:8s}  {path}")
        return
    for doc in sorted({d for _, _, d in blind_records() if d}):
        print(doc)


if __name__ == "__main__":
    main()
