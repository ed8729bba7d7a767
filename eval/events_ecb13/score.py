"""Counts for round 13's ECB+ topics: codable acts, our hits, our events and how many of them have a
labelled root (precision by root), from a dump.py output and a labels file.

- held-out topics 28 29 31 32 33 (heldout_labels.tsv, roots labelled by reading before any output of these
  topics was seen): counts only, never which acts were missed (they stay blind);
- tuned topics 2 5 8 11 14 18 20 21 22 23 25 (tuned_labels.tsv, labelled while reading our output):
  with --readings FILE.tsv also one line per sentence with an act or an event, its verdict.

    python eval/events_ecb13/score.py /tmp/ecb13.jsonl                       # held out
    python eval/events_ecb13/score.py /tmp/ecb13.jsonl --tuned               # tuned
    python eval/events_ecb13/score.py --readings BEFORE.jsonl AFTER.jsonl eval/events_ecb13/readings.tsv
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


def verdict(want: set[str], events: list[dict]) -> str:
    """ "acts 17,18: found 17 | events 2, right 1" for one sentence."""
    stated = [e for e in events if not e["negated"] and not e["hypothetical"]]
    roots = {e["code"][:2] for e in stated}
    right = sum(e["code"][:2] in want for e in stated)
    acts = ",".join(sorted(want)) or "-"
    found = ",".join(sorted(want & roots)) or "-"
    codes = ",".join(e["code"] for e in stated) or "-"
    return f"acts {acts}: found {found} | events {codes}: right {right} of {len(stated)}"


def readings(before: Path, after: Path, out: Path) -> None:
    """readings.tsv: every tuned-topic sentence with a labelled act or an event before or after, its verdict
    before and after (the held-out topics are not listed: their misses stay unread)."""
    gold = labels(HERE / "tuned_labels.tsv")
    tuned = {2, 5, 8, 11, 14, 18, 20, 21, 22, 23, 25}
    old = {(r["doc"], r["sent"]): r for r in map(json.loads, before.open(encoding="utf-8"))}
    with out.open("w", encoding="utf-8") as fh:
        fh.write("# doc\tsent\tverdict before\tverdict after (acts: labelled roots, found at that root; events: our "
                 "stated codes, how many at a labelled root; ? = doubtful, not counted)\n")
        for line in after.open(encoding="utf-8"):
            r = json.loads(line)
            key = (r["doc"], r["sent"])
            if r["topic"] not in tuned:
                continue
            want = gold.get(key, set())
            if want is None:
                fh.write(f"{r['doc']}\t{r['sent']}\t?\t?\n")
                continue
            if not want and not old[key]["events"] and not r["events"]:
                continue
            fh.write(f"{r['doc']}\t{r['sent']}\t{verdict(want, old[key]['events'])}\t{verdict(want, r['events'])}\n")


def main() -> None:
    if sys.argv[1] == "--readings":
        readings(Path(sys.argv[2]), Path(sys.argv[3]), Path(sys.argv[4]))
        return
    dump = Path(sys.argv[1])
    tuned = "--tuned" in sys.argv
    gold = labels(HERE / ("tuned_labels.tsv" if tuned else "heldout_labels.tsv"))
    topics = {2, 5, 8, 11, 14, 18, 20, 21, 22, 23, 25} if tuned else {28, 29, 31, 32, 33}  # dump.TUNED, HELD_OUT
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
    print(f"{'tuned' if tuned else 'held-out'} topics {sorted(topics)}: {sentences} sentences counted")
    print(f"codable acts (distinct roots per sentence): {acts}; found at the right root: {hits} ({hits / max(1, acts):.3f})")
    print(f"our stated events there: {events}; at a labelled root: {right} ({right / max(1, events):.3f})")


if __name__ == "__main__":
    main()
