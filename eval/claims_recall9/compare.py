"""Match the claims `bench/claims_dump.py --json` printed against attributions.tsv (issue #14, recall round 9).

    python bench/claims_dump.py --list eval/claims_recall9/docs.txt --json /tmp/dump.json
    python eval/claims_recall9/compare.py /tmp/dump.json [--verdicts eval/claims_recall9/verdicts_after.tsv]

An attribution is found when a claim of the same document and sentence has the attribution's key words in its
content (quotation marks and case ignored). Claims matching no attribution are printed for judging by hand;
`--verdicts` (doc, s, content's first 40 characters, speaker as printed, verdict) holds the reader's judgements: for a claim matching no
attribution "right" (an attribution the list missed or a piece of one) or "wrong"; for a claim matching one,
"wrong-speaker" when its speaker is not the attribution's source. A claim is right when it matches an attribution
with the right speaker, or is judged "right".
"""
import csv, json, re, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def norm(t):
    return re.sub(r"\s+", " ", re.sub(r"[\"“”‘’']", "", t or "")).lower().strip()


def main():
    dump = json.loads(Path(sys.argv[1]).read_text())
    verdicts = {}
    if "--verdicts" in sys.argv:
        for r in csv.DictReader(open(sys.argv[sys.argv.index("--verdicts") + 1]), delimiter="\t"):
            verdicts[(r["doc"], int(r["s"]), r["content"][:40], r["speaker"] or None)] = r["verdict"]
    claims = {r["doc"]: r["claims"] for r in dump}
    gold = list(csv.DictReader(open(HERE / "attributions.tsv"), delimiter="\t"))
    used = set()
    found = missed = 0
    by_form = {}
    miss_rows = []
    for g in gold:
        doc, s, key = g["doc"], int(g["s"]), norm(g["key"])
        hit = None
        for i, c in enumerate(claims.get(doc, [])):
            if c["s"] == s and key in norm(c["content"]) and (doc, i) not in used:
                hit = i
                break
        f = by_form.setdefault(g["form"], [0, 0])
        f[1] += 1
        if hit is None:
            missed += 1
            miss_rows.append(g)
        else:
            used.add((doc, hit))
            found += 1
            f[0] += 1
    extra = [(doc, i, c) for doc, cs in claims.items() for i, c in enumerate(cs) if (doc, i) not in used]
    right = sum(verdicts.get((d, c["s"], c["content"][:40], c["speaker"])) == "right" for d, _, c in extra)
    wrong = sum(verdicts.get((d, c["s"], c["content"][:40], c["speaker"])) == "wrong" for d, _, c in extra)
    wrong_speaker = sum(verdicts.get((d, c["s"], c["content"][:40], c["speaker"])) == "wrong-speaker"
                        for d, i in used for c in [claims[d][i]])
    total = sum(map(len, claims.values()))
    print(f"attributions {len(gold)}: found {found}, missed {missed} (recall {found / len(gold):.3f})")
    print(f"claims right (found with the right speaker, or judged right): {found - wrong_speaker + right} of {total} "
          f"({(found - wrong_speaker + right) / total:.3f}); found with a wrong speaker {wrong_speaker}")
    print(f"claims {sum(map(len, claims.values()))}: matching an attribution {found}, others {len(extra)} "
          f"(judged right {right}, wrong {wrong}, unjudged {len(extra) - right - wrong})")
    for form, (a, b) in sorted(by_form.items(), key=lambda x: -x[1][1]):
        print(f"  {form:24s} {a}/{b}")
    print("\nMISSED")
    for g in miss_rows:
        print(f"  {g['doc']} s{g['s']} | {g['source']} | {g['cue']} | {g['key']} | {g['form']}")
    print("\nOTHER CLAIMS")
    for d, _, c in extra:
        v = verdicts.get((d, c["s"], c["content"][:40], c["speaker"]), "?")
        print(f"  [{v}] {d} s{c['s']} | {c['speaker']} | {c['cue']} | via={c['via']} | {c['content']}")


if __name__ == "__main__":
    main()
