"""Draw the third blind event set (eval/events_news.jsonl) from ECB+ news sentences.

ECB+ (../shared/eval/coref/ecbplus/documents.jsonl, CC BY 3.0) holds, for 770 news
documents in 33 topics, only their annotated sentences, tokenized. This script picks
sentences by topic, writes one record per sentence with a `text_ref` (the repository
keeps no article text; `eventwire.evaluate` resolves the reference with the same
detokenizer) and, with --with-text, the detokenized text for labelling.

    PYTHONPATH=. .venv/bin/python scripts/sample_event_news.py --out /tmp/news_sample.jsonl --with-text

Deterministic: fixed seed, sorted inputs. Rules (eval/events_news.md):
- ~60% of sentences from SECURITY topics, ~40% from OTHER topics (spurious-event check);
- topics are taken round-robin inside each group, so each topic gives about the same number;
- at most 3 sentences per document, sentences of 5-70 tokens;
- dev/test split BY TOPIC (no topic in both), each group split on its own, greedily
  balancing the number of drawn sentences;
- ids evn-000... in one fixed random order over the whole set.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from eventwire.evaluate import default_eval_dir, detokenize  # noqa: E402

SEED = 20261206
N_SECURITY = 198
N_OTHER = 132
MAX_PER_DOC = 3
MIN_TOKENS, MAX_TOKENS = 5, 70

# Topics chosen by reading their sentences. War, terrorism, crime/police/courts,
# riots, politics/appointments (ECB+ has no war topic; piracy and a bombing come closest).
SECURITY = {
    3: "a convicted killer escapes from a Texas jail and is recaptured by marshals",
    8: "a bomb explodes at a bank in Athens; bank workers killed in riots",
    9: "Bush administration cuts endangered-species protections; biologists appeal to Obama",
    11: "parliamentary elections in Turkmenistan",
    12: "the Indian navy captures Somali pirates in the Gulf of Aden",
    14: "arson at a Waitrose supermarket; a man charged",
    16: "gang members arrested and tried for murdering a Los Angeles sheriff's deputy",
    18: "shooting at an office party; the gunman charged with murder",
    19: "police shoot a teenager in Athens; riots across Greece",
    21: "hit-and-run deaths; the drivers charged",
    22: "a woman accused of murdering coworkers at an ice-cream store",
    24: "armed robbers steal diamonds from a Paris jewellery store",
    26: "a Mafia boss dies in jail after a police raid",
    32: "a man stabs his ex-girlfriend and mother to death; trial",
    33: "a girl killed by a stray bullet in Albany; murder trial and verdict",
    34: "Obama offers Sanjay Gupta the post of Surgeon General",
    35: "an NFL player arrested for drunk driving",
}
# The other topics: celebrities, sports, business, disasters, technology, deaths.
OTHER = {
    1: "actress Tara Reid enters rehab",
    2: "Hugh Jackman named Oscars host",
    4: "pin-up model Bettie Page dies",
    5: "the 76ers fire coach Maurice Cheeks",
    6: "Chris Weitz to direct the 'New Moon' sequel",
    7: "Wladimir Klitschko defends his heavyweight title",
    10: "the Angels and Mark Teixeira contract talks",
    13: "fire at the Wasilla Bible Church",
    20: "earthquake off Iran's southern coast",
    23: "a climber dies in a fall on Mount Cook",
    25: "Reggie Bush injured, out for the season",
    27: "Microsoft patches an Internet Explorer flaw",
    28: "Watergate informant Mark Felt dies",
    29: "the Colts clinch a playoff berth",
    30: "undersea internet cables cut in the Mediterranean",
    31: "Tyler Hansbrough breaks North Carolina's scoring record",
}


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def draw(docs: list[dict], topics: dict[int, str], n: int, rng: random.Random) -> list[tuple[int, str, int]]:
    """(topic, doc id, sentence id) drawn round-robin over topics."""
    pools: dict[int, list[tuple[str, int]]] = defaultdict(list)
    for d in docs:
        if d["topic"] not in topics:
            continue
        ok = [sid for sid, toks in zip(d["sentence_ids"], d["sentences"]) if MIN_TOKENS <= len(toks) <= MAX_TOKENS]
        rng.shuffle(ok)
        pools[d["topic"]] += [(d["doc_id"], sid) for sid in ok[:MAX_PER_DOC]]
    for t in sorted(pools):
        pools[t].sort()
        rng.shuffle(pools[t])
    drawn: list[tuple[int, str, int]] = []
    order = sorted(pools)
    while len(drawn) < n and any(pools.values()):
        for t in order:
            if pools[t] and len(drawn) < n:
                drawn.append((t, *pools[t].pop()))
    return drawn


def split_topics(drawn: list[tuple[int, str, int]], rng: random.Random) -> dict[int, str]:
    """Topics to dev/test, greedily balancing the drawn sentences (largest topic first)."""
    sizes: dict[int, int] = defaultdict(int)
    for t, _, _ in drawn:
        sizes[t] += 1
    topics = sorted(sizes, key=lambda t: (-sizes[t], rng.random()))
    load_ = {"dev": 0, "test": 0}
    out: dict[int, str] = {}
    for t in topics:
        side = min(load_, key=lambda s: (load_[s], s))
        out[t] = side
        load_[side] += sizes[t]
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ecbplus", type=Path, default=default_eval_dir() / "coref" / "ecbplus" / "documents.jsonl")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--with-text", action="store_true", help="add the detokenized text (for labelling only)")
    args = ap.parse_args()
    docs = sorted(load(args.ecbplus), key=lambda d: d["doc_id"])
    tokens = {(d["doc_id"], sid): toks for d in docs for sid, toks in zip(d["sentence_ids"], d["sentences"])}
    rng = random.Random(SEED)
    records = []
    for group, topics, n in (("security", SECURITY, N_SECURITY), ("other", OTHER, N_OTHER)):
        drawn = draw(docs, topics, n, rng)
        splits = split_topics(drawn, rng)
        records += [(group, t, doc, sid, splits[t]) for t, doc, sid in drawn]
    rng.shuffle(records)
    with args.out.open("w", encoding="utf-8") as fh:
        for i, (group, t, doc, sid, split) in enumerate(records):
            rec = {"id": f"evn-{i:03d}", "text_ref": {"ecbplus": doc, "sent_id": sid}, "date": None,
                   "expected": None, "split": split, "stratum": group, "topic": t}
            if args.with_text:
                rec["text"] = detokenize(tokens[(doc, sid)])
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    by = defaultdict(int)
    for group, _, _, _, split in records:
        by[(split, group)] += 1
    print(f"{len(records)} records -> {args.out}: " + ", ".join(f"{k[0]}/{k[1]} {v}" for k, v in sorted(by.items())))


if __name__ == "__main__":
    main()
