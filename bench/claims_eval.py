"""Measure eventwire.claims against the hand-labelled gold set eval/claims_gold.jsonl.

    python bench/claims_eval.py [--corpus ../shared/corpus/whitehouse] [--verbose]

Every sentence of each gold document is parsed with the real spaCy pipeline
(not only the cue sentences), documents are read with eventwire.inputs, and
sentences come from eventwire.annotate.split_sentences — the indices in the
gold file refer to that split (each gold row also carries the sentence's first
words, checked here so a changed splitter cannot silently shift the labels).

Matching: a predicted claim matches a gold claim of the same sentence when
the gold head word occurs in the predicted speaker's text or title, or both
name the same (non-null) speaker country; each gold claim matches at most one
prediction. Printed: detection P/R (a claim in the right sentence, any
speaker), speaker P/R (matched as above), speaker-country accuracy on matched
claims with a gold country, stance accuracy on matched claims, and deny P/R.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eventwire import annotate  # noqa: E402
from eventwire.actors import default_resolver  # noqa: E402
from eventwire.claims import extract_claims  # noqa: E402
from eventwire.inputs import iter_documents  # noqa: E402
from eventwire.records import RawDocument  # noqa: E402


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def _doc_path(name: str, corpus: Path) -> Path:
    p = ROOT / name
    return p if p.exists() else corpus / name


def _matches(pred, gold: dict) -> bool:
    sp = pred.speaker
    if sp is None:
        return False
    head = (gold.get("head") or "").lower()
    words = {w.strip("().,'’").lower() for w in f"{sp.text} {sp.title or ''}".split()}
    if head and head in words:
        return True
    return bool(gold.get("country")) and gold["country"] == sp.country


class _Score:
    def __init__(self) -> None:
        self.docs = self.pred = self.gold = self.det = self.sp = 0
        self.country_ok = self.country_n = self.stance_ok = 0
        self.deny_pred = self.deny_gold = self.deny_tp = 0

    def report(self, label: str) -> None:
        print(f"[{label}] documents {self.docs}; gold claims {self.gold}, predicted {self.pred}")
        print(f"  detection  P {_ratio(self.det, self.pred):.3f}  R {_ratio(self.det, self.gold):.3f}")
        print(f"  speaker    P {_ratio(self.sp, self.pred):.3f}  R {_ratio(self.sp, self.gold):.3f}")
        print(f"  country    acc {_ratio(self.country_ok, self.country_n):.3f} "
              f"on {self.country_n} matched claims with a gold country")
        print(f"  stance     acc {_ratio(self.stance_ok, self.sp):.3f} on {self.sp} matched claims")
        print(f"  deny       P {_ratio(self.deny_tp, self.deny_pred):.3f}  R {_ratio(self.deny_tp, self.deny_gold):.3f}"
              f"  ({self.deny_pred} predicted, {self.deny_gold} gold)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", default=str(ROOT / "eval" / "claims_gold.jsonl"))
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus" / "whitehouse"))
    ap.add_argument("--verbose", "-v", action="store_true")
    args = ap.parse_args(argv)

    rows = [json.loads(line) for line in Path(args.gold).read_text().splitlines() if line.strip()]
    docs: dict[str, str] = {}  # document -> split (dev | heldout)
    gold_by_doc: dict[str, list[dict]] = defaultdict(list)
    for r in rows:  # rows with sentence null mark documents read and found to hold no claim
        docs.setdefault(r["doc"], r.get("split", "dev"))
        if r.get("sentence") is not None:
            gold_by_doc[r["doc"]].append(r)

    resolver = default_resolver()
    scores: dict[str, _Score] = defaultdict(_Score)
    for name, split in docs.items():
        path = _doc_path(name, Path(args.corpus))
        read = [d for d in iter_documents([str(path)]) if isinstance(d, RawDocument)]
        if not read:
            print(f"cannot read {path}", file=sys.stderr)
            return 2
        doc = read[0]
        sentences = annotate.split_sentences(doc.id, doc.text)
        parsed = dict(zip((s.index for s in sentences), annotate.parse(s.text for s in sentences)))
        claims = extract_claims(doc, sentences, parsed, resolver)
        index_of = {s.id: s.index for s in sentences}
        gold = gold_by_doc[name]
        for g in gold:
            if not sentences[g["sentence"]].text.startswith(g["text"]):
                print(f"gold drift in {name} s{g['sentence']}: {sentences[g['sentence']].text[:60]!r}",
                      file=sys.stderr)
                return 2
        for sc in (scores[split], scores["all"]):
            sc.docs += 1
            sc.pred += len(claims)
            sc.gold += len(gold)
            sc.deny_pred += sum(c.stance == "deny" for c in claims)
            sc.deny_gold += sum(g["stance"] == "deny" for g in gold)
        used: set[int] = set()
        det_used: set[int] = set()
        for c in claims:
            si = index_of[c.sentence_id]
            same = [i for i, g in enumerate(gold) if g["sentence"] == si]
            d = next((i for i in same if i not in det_used), None)
            m = next((i for i in same if i not in used and _matches(c, gold[i])), None)
            for sc in (scores[split], scores["all"]):
                sc.det += d is not None
                if m is not None:
                    g = gold[m]
                    sc.sp += 1
                    if g.get("country"):
                        sc.country_n += 1
                        sc.country_ok += c.speaker.country == g["country"]
                    sc.stance_ok += c.stance == g["stance"]
                    sc.deny_tp += c.stance == "deny" and g["stance"] == "deny"
            if d is not None:
                det_used.add(d)
            if m is not None:
                used.add(m)
            if args.verbose:
                sp = c.speaker
                print(f"{'ok' if m is not None else '  '} PRED {name[:40]} s{si}: {sp.text if sp else None!r} "
                      f"[{sp.country if sp else None}] {c.cue} {c.stance} via={c.via} date={c.date} "
                      f":: {c.content[:70]!r}")
        if args.verbose:
            for i, g in enumerate(gold):
                if i not in used:
                    print(f"   MISS {name[:40]} s{g['sentence']}: {g['speaker']!r} [{g['country']}] {g['cue']}")

    for label in ("dev", "heldout", "all"):
        if label in scores:
            scores[label].report(label)
    return 0


if __name__ == "__main__":
    sys.exit(main())
