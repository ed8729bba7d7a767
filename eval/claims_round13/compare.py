"""Match the claims `dump.py --json` printed against a list of attributions read by hand (issue #14, round 13).

    python eval/claims_round13/dump.py --list eval/claims_round13/docs_tuned.txt --json /tmp/t.json
    python eval/claims_round13/compare.py /tmp/t.json eval/claims_round13/attributions_tuned.tsv \
        --verdicts eval/claims_round13/readings.tsv [--summary]

The matching is round 9's (`eval/claims_recall9/compare.py`): an attribution is found when a claim of the same
document and sentence holds its key words (quotation marks and case ignored). Claims that match none are judged by
hand in `readings.tsv` (doc, s, content's first 40 characters, speaker as printed, verdict, note): "right" (an
attribution the list missed, or a piece of one) or "wrong"; a matched claim whose speaker is not the source is
"wrong-speaker". A claim is right when it matches an attribution with the right speaker, or is judged right.
`--summary` prints the counts only (used on the held-out third, whose misses were not read).
"""
import csv, json, re, sys
from pathlib import Path


def norm(t):
    return re.sub(r"\s+", " ", re.sub(r"[\"“”‘’']", "", t or "")).lower().strip()


def main():
    dump = json.loads(Path(sys.argv[1]).read_text())
    gold = list(csv.DictReader(open(sys.argv[2]), delimiter="\t"))
    verdicts = {}
    if "--verdicts" in sys.argv:
        for r in csv.DictReader(open(sys.argv[sys.argv.index("--verdicts") + 1]), delimiter="\t"):
            verdicts[(r["doc"], int(r["s"]), r["content"][:40], r["speaker"] or None)] = r["verdict"]
    claims = {r["doc"]: r["claims"] for r in dump}
    used, miss_rows, by_form = set(), [], {}
    for g in gold:
        doc, s, key = g["doc"], int(g["s"]), norm(g["key"])
        hit = next((i for i, c in enumerate(claims.get(doc, []))
                    if c["s"] == s and key in norm(c["content"]) and (doc, i) not in used), None)
        f = by_form.setdefault(g["form"], [0, 0])
        f[1] += 1
        if hit is None:
            miss_rows.append(g)
        else:
            used.add((doc, hit))
            f[0] += 1
    found = len(used)
    v = lambda d, c: verdicts.get((d, c["s"], c["content"][:40], c["speaker"]))
    extra = [(d, c) for d, cs in claims.items() for i, c in enumerate(cs) if (d, i) not in used]
    right = sum(v(d, c) == "right" for d, c in extra)
    wrong = sum(v(d, c) == "wrong" for d, c in extra)
    wsp = sum(v(d, claims[d][i]) == "wrong-speaker" for d, i in used)
    total = sum(map(len, claims.values()))
    good = found - wsp + right
    print(f"attributions {len(gold)}: found {found}, missed {len(gold) - found} (recall {found / len(gold):.3f})")
    print(f"claims {total}: right {good} ({good / max(total, 1):.3f}); matched {found} (wrong speaker {wsp}); "
          f"others {len(extra)} (judged right {right}, wrong {wrong}, unjudged {len(extra) - right - wrong})")
    for form, (a, b) in sorted(by_form.items(), key=lambda x: -x[1][1]):
        print(f"  {form:16s} {a}/{b}")
    if "--summary" in sys.argv:
        return
    print("\nMISSED")
    for g in miss_rows:
        print(f"  {g['doc']} s{g['s']} | {g['source']} | {g['cue']} | {g['key']} | {g['form']}")
    print("\nMATCHED (speaker | key | content)")
    for d, i in sorted(used):
        c = claims[d][i]
        print(f"  [{v(d, c) or ''}] {d} s{c['s']} | {c['speaker']} | via={c['via']} | {c['content'][:90]}")
    print("\nOTHER CLAIMS")
    for d, c in extra:
        print(f"  [{v(d, c) or '?'}] {d} s{c['s']} | {c['speaker']} | {c['cue']} | via={c['via']} | {c['content']}")


if __name__ == "__main__":
    main()
