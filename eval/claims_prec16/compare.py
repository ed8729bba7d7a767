"""Carry verdicts from a judged run to a new run of the same documents (round clnews15).

    python eval/claims_news15/compare.py BEFORE.json VERDICTS.tsv AFTER.json [--new NEWVERDICTS.tsv] [--tsv OUT.tsv]

A claim of AFTER with the same key (doc|sentence|content's first 40 characters) and the same speaker as a claim of
BEFORE takes its verdict; the others are printed as NEW (to be judged; their verdicts go in NEWVERDICTS.tsv, same
format as VERDICTS.tsv; a line there also overrides a carried verdict). Prints the claims of BEFORE that are gone (LOST, with their verdict) and the counts.
"""
import sys
from collections import Counter

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from table import key  # noqa: E402
import json  # noqa: E402


def load_verdicts(path):
    out = {}
    for line in open(path, encoding="utf-8"):
        p = line.rstrip("\n").split("\t")
        if len(p) >= 2 and p[0] != "key":
            out[p[0]] = (p[1], p[2] if len(p) > 2 else "")
    return out


def claims(path):
    out = {}
    for doc in json.load(open(path)):
        for c in doc["claims"]:
            out[(key(doc["doc"], c), c["speaker"])] = c
    return out


def main():
    before, verdicts, after = claims(sys.argv[1]), load_verdicts(sys.argv[2]), claims(sys.argv[3])
    new_verdicts = load_verdicts(sys.argv[sys.argv.index("--new") + 1]) if "--new" in sys.argv else {}
    cnt, lost = Counter(), Counter()
    rows = []
    for k, c in after.items():
        if k[0] in new_verdicts:  # (a verdict of the new run wins: a duplicate left alone is a claim again)
            v = new_verdicts[k[0]][0]
        elif k in before:
            v = verdicts.get(k[0], ("right", ""))[0]
        else:
            v = "UNJUDGED"
            print(f"NEW  {k[0]}\n     speaker={c['speaker']} cue={c['cue']}\n     sent={c['sent']}\n     content={c['content']}")
        cnt[v] += 1
        note = (new_verdicts.get(k[0]) or (verdicts.get(k[0]) if k in before else None) or ("", ""))[1]
        rows.append((k[0], k[0].split("|")[0], str(c["s"]), str(c["speaker"]), c["cue"], c["content"].replace("\n", " "),
                     v, note))
    if "--tsv" in sys.argv:
        with open(sys.argv[sys.argv.index("--tsv") + 1], "w", encoding="utf-8") as out:
            out.write("key\tdoc\tsentence\tspeaker\tcue\tcontent\tverdict\tnote\n")
            for r in rows:
                out.write("\t".join(x.replace("\t", " ") for x in r) + "\n")
    for k, c in before.items():
        if k not in after:
            v = verdicts.get(k[0], ("right", ""))[0]
            lost[v] += 1
            print(f"LOST [{v}] {k[0]} speaker={k[1]}")
    ok = cnt["right"] + cnt["speaker-text"]
    print(f"after: predicted {sum(cnt.values())} right {ok} ({ok / max(1, sum(cnt.values())):.3f}) {dict(cnt)}")
    print(f"gone from before: {dict(lost)}")


if __name__ == "__main__":
    main()
