"""Score a `bench/claims_dump.py --json` run against this round's attribution labels (round cltr17).

    python eval/claims_tr17/score.py RUN.json eval/claims_tr17/gold_tuned.tsv            # figures + errors
    python eval/claims_tr17/score.py RUN.json eval/claims_tr17/gold_heldout.tsv --quiet  # figures only

The labels (gold_*.tsv) hold no article text: doc, sentence index (as `eval/claims_tr17/sentences.py` and the
pipeline number them), speaker (alternatives joined by "/"; "-" = no speaker, a passive or "reportedly" report;
"*" = not scored), country, cue, a content key (a few words of the content) and the named channel `via`.

Matching (one-to-one, in label order): a predicted claim of the same document whose sentence index is within 2
of the label's (the TR-News texts break sentences at line ends) and whose content holds the content key
(compared lower-case, without quotation marks and apostrophes, spaces collapsed). Content precision = matched
predictions / predictions; recall = matched labels / labels. Speaker accuracy, over matched pairs: an
alternative in the predicted speaker's text or title ("-": no predicted speaker, or one of the alternatives).
Via accuracy, over matched pairs: no label via ↔ empty predicted via; else the label's last word in a predicted
via entry. With --quiet only the figures are printed (the held-out part is run that way).

All 45 articles turned out to be those of `eval/claims_news.jsonl` (its split rule: `dev` when the SHA-1 of
"trnews-<doc_id>" is even). The figures are also given for the documents of each of its halves, and the error
listings show only documents of its `dev` half: the `test` half's errors are not printed.
"""
import csv
import hashlib
import json
import re
import sys

_MARKS = re.compile(r"[\"'\u2018\u2019\u201c\u201d`]")


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", _MARKS.sub("", text or "")).strip().lower()


def speaker_ok(gold: str, claim: dict) -> bool:
    if gold == "*":
        return True
    alts = [a.strip().lower() for a in gold.split("/") if a.strip()]
    said = " ".join(x for x in (claim.get("speaker"), claim.get("title")) if x).lower()
    if not said:
        return "-" in alts
    return any(a != "-" and a in said for a in alts)


def via_ok(gold: str, claim: dict) -> bool:
    if not gold:
        return not claim["via"]
    head = gold.split()[-1].lower()
    return any(head in v.lower() for v in claim["via"])


def news_split(doc: str) -> str:
    """The half of eval/claims_news.jsonl that holds this TR-News document (claims_news.md's split rule)."""
    name = "trnews-" + doc.split(":")[-1]
    return "dev" if int(hashlib.sha1(name.encode()).hexdigest(), 16) % 2 == 0 else "test"


def score(run: list[dict], gold: list[dict]):
    preds = [(d["doc"], c) for d in run for c in d["claims"]]
    used, pairs, missed = set(), [], []
    for g in gold:
        key, s = norm(g["content_key"]), int(g["sentence"])
        cands = [(abs(c["s"] - s), i) for i, (doc, c) in enumerate(preds)
                 if i not in used and doc == g["doc"] and abs(c["s"] - s) <= 2 and key in norm(c["content"])]
        if cands:
            i = min(cands)[1]
            used.add(i)
            pairs.append((g, preds[i][1]))
        else:
            missed.append(g)
    spurious = [p for i, p in enumerate(preds) if i not in used]
    return preds, pairs, missed, spurious


def figures(run: list[dict], gold: list[dict], label: str) -> None:
    preds, pairs, missed, spurious = score(run, gold)
    sp = sum(speaker_ok(g["speaker"], c) for g, c in pairs)
    via = sum(via_ok(g["via"], c) for g, c in pairs)
    named = [(g, c) for g, c in pairs if g["via"]]
    n = max(1, len(pairs))
    print(f"{label}: labels {len(gold)} predicted {len(preds)} matched {len(pairs)} | content P"
          f" {len(pairs) / max(1, len(preds)):.3f} R {len(pairs) / max(1, len(gold)):.3f} | speaker acc {sp / n:.3f}"
          f" ({sp}/{len(pairs)}) | via acc {via / n:.3f} (named via right {sum(via_ok(g['via'], c) for g, c in named)}"
          f" of {len(named)})")
    return preds, pairs, missed, spurious


def main():
    run = json.load(open(sys.argv[1]))
    gold = list(csv.DictReader(open(sys.argv[2], encoding="utf-8"), delimiter="\t"))
    figures(run, gold, "all")
    for half in ("dev", "test"):
        part = [d for d in run if news_split(d["doc"]) == half]
        figures(part, [g for g in gold if news_split(g["doc"]) == half], f"claims_news {half} docs ({len(part)})")
    if "--quiet" in sys.argv:
        return
    dev = [d for d in run if news_split(d["doc"]) == "dev"]
    preds, pairs, missed, spurious = score(dev, [g for g in gold if news_split(g["doc"]) == "dev"])
    print("\n## missed labels (claims_news dev docs only)")
    for g in missed:
        print(f"  {g['doc']} s{g['sentence']} | {g['speaker']} | {g['cue']} | {g['content_key']}")
    print("\n## predictions matching no label (claims_news dev docs only)")
    for doc, c in spurious:
        print(f"  {doc} s{c['s']} | {c['speaker']} | {c['cue']} | {c['content'][:150]}")
    print("\n## matched, wrong speaker or via (claims_news dev docs only)")
    for g, c in pairs:
        if not speaker_ok(g["speaker"], c) or not via_ok(g["via"], c):
            print(f"  {g['doc']} s{g['sentence']} | gold {g['speaker']} via={g['via']!r} | pred {c['speaker']}"
                  f" via={c['via']} | {g['content_key']}")


if __name__ == "__main__":
    main()
