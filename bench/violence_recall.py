"""Sentence recall of violent events on real local news: the Gun Violence Corpus (GVC, dev).

GVC marks, in each of its 78 articles, the words that mention a shooting incident's events
(someone shot, hit, injured, killed). A sentence holding a mention of firing a gun, hitting,
injuring or a death is a gold sentence; eventwire finds it when it codes an assault, fight or
mass-violence event (CAMEO 18, 19, 20) in that sentence (a second line also counts police violence
on people, 175). Also printed: how many sentences
eventwire gives such an event, and the share of them that are gold sentences (a precision
bound: GVC does not mark every sentence that tells of violence).

GVC was made for linking (bench/linking.py). Sessions 8 and 9 read the sentences it marks that
eventwire missed, as leads for general rules (each tested on sentences of our own): the figure is
no longer a blind one.

    python bench/violence_recall.py ../shared/eval/coref/gvc
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eventwire.pipeline import Pipeline  # noqa: E402

_KINDS = {"firing_a_gun", "hitting", "injuring", "death"}
_VIOLENT_ROOTS = {"18", "19", "20"}


def gold_sentences(folder: Path) -> tuple[list[dict], dict[str, set[int]]]:
    docs = [json.loads(line) for line in (folder / "documents.jsonl").open(encoding="utf-8")]
    gold: dict[str, set[int]] = defaultdict(set)
    for line in (folder / "event_mentions.jsonl").open(encoding="utf-8"):
        mention = json.loads(line)
        parts = mention.get("description", "").split(".")
        if len(parts) > 1 and parts[1] in _KINDS:
            gold[mention["doc_id"]].add(mention["sent_id"])
    return docs, gold


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", type=Path, help="the GVC folder (documents.jsonl, event_mentions.jsonl)")
    args = ap.parse_args()
    if not (args.folder / "documents.jsonl").exists():
        sys.exit(f"{args.folder}: no documents.jsonl here (the GVC set lives in ../shared/eval/coref/gvc)")
    docs, gold = gold_sentences(args.folder)
    pipe = Pipeline()
    found_gold = total_gold = with_event = found_with_police = 0
    for doc in docs:
        texts = [" ".join(tokens) for tokens in doc["sentences"]]
        result = pipe.process_text("\n\n".join(texts), published=doc.get("date"), doc_id=doc["doc_id"][:12])
        hit: set[int] = set()
        repressed: set[int] = set()  # police violence on people (175), since session 9 no longer 19
        for event in result.events:
            evidence = event.evidence.strip()
            where = {sid for sid, text in zip(doc["sentence_ids"], texts) if evidence and evidence in text}
            if event.cameo[:2] in _VIOLENT_ROOTS:
                hit |= where
            elif event.cameo.startswith("175"):
                repressed |= where
        wanted = gold.get(doc["doc_id"], set())
        total_gold += len(wanted)
        found_gold += len(wanted & hit)
        with_event += len(hit)
        found_with_police += len(wanted & (hit | repressed))
    print(f"GVC: {len(docs)} documents, {total_gold} sentences mentioning shots, hits, injuries or deaths")
    print(f"sentence recall: {found_gold} of {total_gold} ({found_gold / max(1, total_gold):.3f})")
    print(f"sentences given a violent event: {with_event}, of them marked in GVC: {found_gold} "
          f"({found_gold / max(1, with_event):.3f})")
    print(f"sentence recall counting police violence on people (175) too: {found_with_police} of {total_gold} "
          f"({found_with_police / max(1, total_gold):.3f})")


if __name__ == "__main__":
    main()
