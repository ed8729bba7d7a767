"""Number, print and count the claims of a `bench/claims_dump.py --json` output (round clprec19).

    python eval/claims_prec19/table.py RUN.json                          # numbered claims, for reading
    python eval/claims_prec19/table.py RUN.json --verdicts V.tsv --tsv OUT.tsv   # join verdicts, print counts

Verdict lines are `key<TAB>tags<TAB>note`, key = doc|sentence|content's first 40 chars (as
eval/claims_news15/table.py); a claim without a line is right. `tags` is a comma list of:
  not-claim   no attribution (or not a proposition, rules 2/3/11-13 of claims_gold.md, A-H of claims_blind.md)
  wrong-span  content too far off to match by half overlap, or the wrong clause
  duplicate   a second claim for an attribution already given
  long / short  content boundary off but still matching (too long / too short)
  wrong-speaker  content right, speaker wrong;  speaker-text  right referent under a wrong text (counted right)
  via-wrong / via-missing   channel wrong or a named channel missing;  stance-wrong
Claims of round clpol17's act cues (commitments, requests, praise/blame, questions) and know/hope are counted
apart, as bench/claims_eval.py leaves them out of every labelled set's score. Content precision = claims without not-claim / wrong-span / duplicate over all predicted; speaker and via
accuracy are on those content-right claims.
"""
import csv
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from eventwire.claims import political_news  # noqa: E402


def scored(cue):
    """Whether bench/claims_eval.py scores a claim of this cue against the labelled sets (round clpol17's
    commitments, requests, judgements, questions and "know"/"hope" are left out)."""
    return not political_news.act_cue(cue) and cue not in ("know", "hope")


def key(doc, c):
    return f"{doc}|{c['s']}|{c['content'][:40]}".replace("\n", " ")


def load(path):
    out = {}
    for line in open(path, encoding="utf-8"):
        p = line.rstrip("\n").split("\t")
        if len(p) >= 2 and p[0] != "key":
            out[p[0]] = (p[1], p[2] if len(p) > 2 else "")
    return out


def counts(rows):
    acts = [r for r in rows if not scored(r["c"]["cue"])]
    act_bad = sum(1 for r in acts if r["tags"])
    rows = [r for r in rows if scored(r["c"]["cue"])]
    n = len(rows)
    tags = Counter(t for r in rows for t in r["tags"])
    bad = {"not-claim", "wrong-span", "duplicate"}
    ok = [r for r in rows if not bad & set(r["tags"])]
    spk = sum(1 for r in ok if "wrong-speaker" not in r["tags"])
    via = sum(1 for r in ok if not {"via-wrong", "via-missing"} & set(r["tags"]))
    return (f"predicted {n} content-right {len(ok)} precision {len(ok) / max(1, n):.3f} "
            f"speaker {spk}/{len(ok)} {spk / max(1, len(ok)):.3f} via {via}/{len(ok)} {via / max(1, len(ok)):.3f} "
            + " ".join(f"{k}={v}" for k, v in sorted(tags.items()))
            + f" | not scored (clpol17 acts, know/hope): {len(acts)}, of them wrong {act_bad}")


def main():
    data = json.load(open(sys.argv[1]))
    verdicts = load(sys.argv[sys.argv.index("--verdicts") + 1]) if "--verdicts" in sys.argv else {}
    rows = []
    for doc in data:
        for c in doc["claims"]:
            k = key(doc["doc"], c)
            v, note = verdicts.get(k, ("right", ""))
            tags = [t for t in v.split(",") if t and t != "right"]
            rows.append({"key": k, "doc": doc["doc"], "c": c, "tags": tags, "note": note})
    if "--tsv" in sys.argv:
        w = csv.writer(open(sys.argv[sys.argv.index("--tsv") + 1], "w", encoding="utf-8"), delimiter="\t",
                       lineterminator="\n")
        w.writerow(["key", "doc", "sentence", "speaker", "cue", "via", "content", "verdict", "note"])
        for r in rows:
            c = r["c"]
            w.writerow([r["key"], r["doc"], c["s"], c["speaker"], c["cue"], "|".join(c["via"]), c["content"],
                        ",".join(r["tags"]) or "right", r["note"]])
    if "--tsv" in sys.argv or "--count" in sys.argv:
        print(counts(rows))
        return
    last = None
    for i, r in enumerate(rows):
        c = r["c"]
        if (r["doc"], c["s"]) != last:
            print(f"\n## {r['doc'][:40]} s{c['s']}: {c['sent']}")
            last = (r["doc"], c["s"])
        print(f"  [{i}]{'' if scored(c['cue']) else ' (ACT)'} {c['speaker']} ({c['country']}) | {c['cue']} | via={c['via']} | {c['content']}\n"
              f"      KEY {r['key']}")


if __name__ == "__main__":
    main()
