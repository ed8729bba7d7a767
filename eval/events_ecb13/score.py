"""Counts for the held-out ECB+ topics of round 13: codable acts, our hits, our events and how many
of them have a labelled root (a precision bound by root), from a dump.py output and
heldout_labels.tsv (roots labelled by reading before any output of these topics was seen).

Prints counts only, never which acts were missed (the held-out topics stay blind).

    python eval/events_ecb13/score.py /tmp/ecb13.jsonl
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def labels(path: Path) -> dict[tuple[str, int], set[str] | None]:
    out: dict[tuple[str, int], set[str] | None] = {}
    for line in path.open(encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        doc, sent, roots = line.rstrip("\n").split("\t")
        out[(doc, int(sent))] = None if roots == "?" else set(roots.split(","))
    return out


def main() -> None:
    dump = Path(sys.argv[1])
    gold = labels(HERE / "heldout_labels.tsv")
    topics = {28, 29, 31, 32, 33}  # dump.HELD_OUT
    acts = hits = events = right = sentences = 0
    for line in dump.open(encoding="utf-8"):
        r = json.loads(line)
        if r["topic"] not in topics:
            continue
        want = gold.get((r["doc"], r["sent"]), set())
        if want is None:
            continue  # doubtful by the rules: not counted
        sentences += 1
        roots = {e["code"][:2] for e in r["events"] if not e["negated"] and not e["hypothetical"]}
        acts += len(want)
        hits += len(want & roots)
        for e in r["events"]:
            if e["negated"] or e["hypothetical"]:
                continue
            events += 1
            right += e["code"][:2] in want
    print(f"held-out topics {sorted(topics)}: {sentences} sentences counted")
    print(f"codable acts (distinct roots per sentence): {acts}; found at the right root: {hits} ({hits / max(1, acts):.3f})")
    print(f"our stated events there: {events}; at a labelled root: {right} ({right / max(1, events):.3f})")


if __name__ == "__main__":
    main()
