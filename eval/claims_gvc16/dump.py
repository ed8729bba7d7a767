"""Print ECB+ / GVC documents sentence by sentence, or the claims the pipeline finds in them (issue #14, round 13).

    python eval/claims_gvc16/dump.py --list eval/claims_gvc16/docs_tuned.txt --sentences   # text only, for listing
    python eval/claims_gvc16/dump.py --list eval/claims_gvc16/docs_tuned.txt --json /tmp/d.json

A list row is "ecb:<doc_id>" (`../shared/eval/coref/ecbplus/documents.jsonl`) or "gvc:<doc_id>"
(`../shared/eval/coref/gvc/documents.jsonl`). Both hold tokenised sentences ("Hollywood 's", "`` Australia , ''"),
which are joined back into ordinary text (`detok`) and given one paragraph each, in the order the set gives them;
a GVC title goes first as its own paragraph. The JSON has the shape of `bench/claims_dump.py --json`, so
`eval/claims_recall9/compare.py`'s matching is reused by `compare.py` here.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

SHARED = ROOT.parent / "shared" / "eval" / "coref"


def detok(tokens: list[str]) -> str:
    t = " ".join(tokens)
    t = re.sub(r"``\s*", '"', t)
    t = re.sub(r"\s*''", '"', t)
    t = re.sub(r" (n't|'s|'re|'ve|'ll|'d|'m|s')\b", r"\1", t)
    t = re.sub(r" ([,.;:!?%)\]])", r"\1", t)
    t = re.sub(r"([(\[$]) ", r"\1", t)
    # straight double quotes: drop the space inside each pair
    parts = t.split('"')
    for i in range(1, len(parts), 2):
        parts[i] = parts[i].strip()
    t = '"'.join(parts)
    t = re.sub(r"([“‘]) ", r"\1", t)                    # (round gvc16) curly marks hug their quotation
    t = re.sub(r" ([”’])(?=\s|$)", r"\1", t)
    t = re.sub(r"(\d)([.:,]) (\d)", r"\1\2\3", t)      # "5. 9", "8: 00", "120, 000"
    t = re.sub(r"(\w) - s\b", r"\1's", t)               # "the country - s history"
    t = re.sub(r"(\w) - (?=\w)", r"\1-", t)             # "hit - and - run"
    t = re.sub(r"\ba\. (\d)", r"a .\1", t)               # "a. 357 Magnum"
    return re.sub(r"\s+", " ", t).strip()


def _hug_straight_quotes(p: str) -> str:
    """(round gvc16) A straight mark closing a paragraph after a space closes the quotation it ends ('… legally
    owned. … preventable. "' -> '… preventable."'): the space came from joining GVC's tokens."""
    return re.sub(r'([.!?,]) "((?: ?//n)*)$', r'\1"\2', p)


def load(names: list[str]):
    want = {}
    for n in names:
        kind, _, did = n.partition(":")
        want.setdefault(kind, []).append(did)
    rows = {}
    for kind, fname in (("ecb", "ecbplus"), ("gvc", "gvc")):
        if kind not in want:
            continue
        for line in open(SHARED / fname / "documents.jsonl", encoding="utf-8"):
            r = json.loads(line)
            if r["doc_id"] in want[kind]:
                rows[f"{kind}:{r['doc_id']}"] = r
    from eventwire.records import RawDocument
    for n in names:
        r = rows[n]
        # sentences the set gives with consecutive ids share a paragraph; a line without final punctuation
        # (a headline) stands alone
        paras, last, opening = [], None, ""
        for sid, toks in zip(r["sentence_ids"], r["sentences"]):
            text = detok(toks)
            # (round gvc16) GVC gives a quotation's opening mark as a sentence of its own or at the end of the
            # sentence before ("… home. //n “"): it opens the next sentence, which starts a paragraph
            if text in ("“", '"') or text == "//n“" or text == "//n \"":
                opening, last = text.replace("//n", "").strip(), sid
                continue
            carried, opening = opening, ""
            if re.search(r"(?://n|[.!?]) “$", text):  # ("…, and “" goes on in the next sentence: joined below)
                text, opening = text[:-2].rstrip(), "“"
            text = carried + text
            # consecutive sentences share a paragraph; a line without final punctuation (a headline) stands alone
            # ("…, ”" ends a quotation whose frame follows: round gvc16 adds the curly closing marks)
            if paras and not carried and last is not None and sid == last + 1 \
                    and re.search(r"[.!?\"'”’“‘]$", paras[-1]):
                paras[-1] += ("" if paras[-1].endswith(("“", "‘")) else " ") + text
            else:
                paras.append(text)
            last = sid
        paras = [_hug_straight_quotes(p) for p in paras]
        if r.get("title") and detok(r["title"].split()) not in paras[:1]:
            paras.insert(0, r["title"])
        yield n, RawDocument(id=n.replace(":", "-"), text="\n\n".join(paras) + "\n", published=r.get("date"),
                             format="txt")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--list", required=True)
    ap.add_argument("--json")
    ap.add_argument("--sentences", action="store_true")
    args = ap.parse_args()
    names = [x.strip() for x in Path(args.list).read_text().splitlines() if x.strip() and not x.startswith("#")]
    if args.sentences:
        from eventwire.annotate import split_sentences
        for n, doc in load(names):
            print(f"== {n}")
            for s in split_sentences(doc.id, doc.text):
                print(f"  s{s.index}: {s.text}")
        return
    sys.path.insert(0, str(ROOT / "bench"))
    from claims_dump import claims_record, print_claims, write_records  # bench/claims_dump.py's records
    from eventwire.pipeline import Pipeline
    pipeline = Pipeline()
    records = []
    for n, doc in load(names):
        rec = claims_record(n, pipeline.process(doc), missed=False)  # (the corpus' documents name no outlet)
        print_claims(rec, roles=False)
        records.append(rec)
    write_records(records, args.json)

if __name__ == "__main__":
    main()
