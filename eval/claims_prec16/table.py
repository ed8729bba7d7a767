"""Turn a `bench/claims_dump.py --json` output into a numbered claims table for judging (round clprec16, copied from eval/claims_news15).

    python eval/claims_news15/table.py /tmp/held.json > claims.txt          # for reading
    python eval/claims_news15/table.py /tmp/held.json --tsv verdicts.tsv    # TSV with the verdicts joined

A verdicts file holds lines `key<TAB>verdict<TAB>note`, key = doc|sentence|content's first 40 chars; a claim
without a line is `right`. Verdicts: right, speaker-text (the right referent under a wrong text, e.g.
"company flat-out"; counted right), not-claim, wrong-span, wrong-speaker.
"""
import csv
import json
import sys


def key(doc, c):
    return f"{doc}|{c['s']}|{c['content'][:40]}".replace("\n", " ")


def main():
    data = json.load(open(sys.argv[1]))
    verdicts = {}
    if "--verdicts" in sys.argv:
        for line in open(sys.argv[sys.argv.index("--verdicts") + 1], encoding="utf-8"):
            p = line.rstrip("\n").split("\t")
            if len(p) >= 2 and p[0] != "key":
                verdicts[p[0]] = (p[1], p[2] if len(p) > 2 else "")
    rows = []
    for doc in data:
        for c in doc["claims"]:
            k = key(doc["doc"], c)
            v, note = verdicts.get(k, ("right", ""))
            rows.append((k, doc["doc"], c["s"], c["speaker"], c["cue"], c["content"], v, note, c["sent"]))
    if "--tsv" in sys.argv:
        w = csv.writer(open(sys.argv[sys.argv.index("--tsv") + 1], "w", encoding="utf-8"), delimiter="\t",
                       lineterminator="\n")
        w.writerow(["key", "doc", "sentence", "speaker", "cue", "content", "verdict", "note"])
        for r in rows:
            w.writerow(r[:8])
        from collections import Counter
        cnt = Counter(r[6] for r in rows)
        ok = cnt['right'] + cnt['speaker-text']
        print(f"predicted {len(rows)} right {ok} ({ok / max(1, len(rows)):.3f})", dict(cnt))
        return
    last = None
    for i, r in enumerate(rows):
        if r[8] != last:
            print(f"\n## {r[1]} s{r[2]}: {r[8]}")
            last = r[8]
        print(f"  [{i}] {r[3]!s} | {r[4]} | {r[5]}")


if __name__ == "__main__":
    main()
