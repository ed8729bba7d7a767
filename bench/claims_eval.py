"""Measure eventwire.claims against the hand-labelled gold set eval/claims_gold.jsonl.

    python bench/claims_eval.py [--mode full|pipeline|both] [--split test] [--verbose] [--no-doc-default]
        [--corpus ../shared/corpus/whitehouse] [--extraction ../shared/eval/extraction]
    python bench/claims_eval.py --gold eval/claims_blind.jsonl --mode pipeline --split dev
    python bench/claims_eval.py --gold eval/claims_news.jsonl --mode pipeline --split dev [--trnews PATH]

With a gold file whose rows carry content spans (eval/claims_blind.jsonl, eval/claims_news.jsonl) it also
prints content precision/recall (spans overlapping by half of each, one-to-one),
speaker accuracy and channel (`via`) accuracy on the content matches; see
eval/claims_blind.md.

Documents: White House files are read with eventwire.inputs from --corpus (or a
repository path); gold rows with "corpus": "extraction" name a page of the
extraction benchmark, whose article text (`articleBody` in ground-truth.json)
is read at run time from --extraction — the gold file stores only
sentence-level labels, not the articles. When that folder is absent those
documents are skipped, and the run says so.

Two modes (`--mode both` runs each):
- full: every sentence is parsed with the full spaCy pipeline and handed to
  extract_claims — what the claims stage can do with complete input;
- pipeline: `eventwire.pipeline.Pipeline().process(RawDocument(...))`, with its
  sentence filter (only cue or trigger+actor sentences are parsed) and partial
  NER — what users get.

Sentence indices in the gold file refer to eventwire.annotate.split_sentences
of the document text; each row also carries the sentence's first words,
checked here so a changed splitter cannot silently shift the labels.

Matching: a predicted claim matches a gold claim of the same sentence when one
of the gold head words ("Machine|group") occurs in the predicted speaker's text
or title, or both name the same (non-null) speaker country; a gold claim with
head null (an unnamed source: "reportedly", "is said to") matches a prediction
without speaker. Each gold claim matches at most one prediction. Printed (with
-v also each prediction, "CW" marking a matched claim whose country is wrong, "CN"
one whose gold country is null but that was given one):
detection P/R (a claim in the right sentence, any speaker), speaker P/R
(matched as above), speaker-country accuracy on matched claims with a gold
country (and how many matched claims whose gold country is null were given one:
errors the accuracy does not count), stance accuracy on matched claims, and deny P/R.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eventwire import annotate  # noqa: E402
from eventwire.actors import default_resolver  # noqa: E402
from eventwire.claims import extract_claims  # noqa: E402
from eventwire.claims import political_news  # noqa: E402
from eventwire.claims.lexicon import _lexicon  # noqa: E402
from eventwire.inputs import iter_documents  # noqa: E402
from eventwire.records import RawDocument  # noqa: E402

SPLITS = ("dev", "tuned", "heldout", "test", "test2", "all")
_BELIEF_CUES = frozenset(_lexicon().lemmas("belief"))
_UNLABELLED_CUES = frozenset({"know", "hope"})  # claims_blind.md rule A (round clpol17 added them as cues)


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def _doc_path(name: str, corpus: Path) -> Path:
    p = ROOT / name
    return p if p.exists() else corpus / name


def _matches(pred, gold: dict) -> bool:
    sp = pred.speaker
    head = gold.get("head")
    if sp is None:
        return head is None  # an unnamed-source claim
    if head is None:
        return False
    words = {w.strip("().,'’").lower() for w in f"{sp.text} {sp.title or ''}".split()}
    if any(h.lower() in words for h in head.split("|")):
        return True
    return bool(gold.get("country")) and gold["country"] == sp.country


class _Score:
    def __init__(self) -> None:
        self.docs = self.pred = self.gold = self.det = self.sp = 0
        self.country_ok = self.country_n = self.stance_ok = 0
        self.null_n = self.null_given = 0  # matched claims whose gold country is null
        self.deny_pred = self.deny_gold = self.deny_tp = 0
        self.spans = False  # gold rows carry content spans (claims_blind.jsonl)
        self.c_match = self.c_speaker = self.c_via = self.c_via_named = self.c_via_named_ok = 0

    def report(self, label: str) -> None:
        print(f"[{label}] documents {self.docs}; gold claims {self.gold}, predicted {self.pred}")
        print(f"  detection  P {_ratio(self.det, self.pred):.3f}  R {_ratio(self.det, self.gold):.3f}")
        print(f"  speaker    P {_ratio(self.sp, self.pred):.3f}  R {_ratio(self.sp, self.gold):.3f}")
        print(f"  country    acc {_ratio(self.country_ok, self.country_n):.3f} "
              f"on {self.country_n} matched claims with a gold country; "
              f"{self.null_given} of {self.null_n} with a null gold country given one")
        print(f"  stance     acc {_ratio(self.stance_ok, self.sp):.3f} on {self.sp} matched claims")
        print(f"  deny       P {_ratio(self.deny_tp, self.deny_pred):.3f}  R {_ratio(self.deny_tp, self.deny_gold):.3f}"
              f"  ({self.deny_pred} predicted, {self.deny_gold} gold)")
        if self.spans:
            print(f"  content    P {_ratio(self.c_match, self.pred):.3f}  R {_ratio(self.c_match, self.gold):.3f}"
                  f"  ({self.c_match} content matches)")
            print(f"  speaker    acc {_ratio(self.c_speaker, self.c_match):.3f} on content matches")
            print(f"  via        acc {_ratio(self.c_via, self.c_match):.3f} on content matches; "
                  f"{self.c_via_named_ok} of {self.c_via_named} with a named gold channel right")


_TRNEWS: dict[str, RawDocument] = {}


def _trnews_document(name: str, path: Path) -> RawDocument | None:
    """A TR-News article (eval/claims_news.jsonl) as the project's JSONL reader gives it: the file's rows
    carry `doc_id`, not the `id` the reader requires, so they are re-keyed as `trnews-<doc_id>` first."""
    if not _TRNEWS and path.exists():
        import tempfile

        with tempfile.TemporaryDirectory() as tmp:
            keyed = Path(tmp) / "trnews.jsonl"
            with keyed.open("w", encoding="utf-8") as out:
                for line in path.read_text(encoding="utf-8").splitlines():
                    if line.strip():
                        row = json.loads(line)
                        out.write(json.dumps({**row, "id": f"trnews-{row['doc_id']}"}) + "\n")
            _TRNEWS.update((d.id, d) for d in iter_documents([str(keyed)]) if isinstance(d, RawDocument))
    return _TRNEWS.get(name)


def _load_document(name: str, row: dict, args, ground_truth: dict | None) -> RawDocument | None:
    if row.get("corpus") == "trnews":  # news articles of TR-News (claims_news.jsonl)
        return _trnews_document(name, Path(args.trnews))
    if row.get("corpus") == "extraction_html":  # the page's HTML read by eventwire.inputs (blind split)
        path = Path(args.extraction) / "html" / f"{name}.html.gz"
        read = [d for d in iter_documents([str(path)]) if isinstance(d, RawDocument)] if path.exists() else []
        return read[0] if read else None
    if row.get("corpus") == "extraction":
        if ground_truth is None or name not in ground_truth:
            return None
        page = ground_truth[name]
        return RawDocument(id=name[:12], text=page["articleBody"], url=page.get("url"), format="html")
    path = _doc_path(name, Path(args.corpus))
    read = [d for d in iter_documents([str(path)]) if isinstance(d, RawDocument)] if path.exists() else []
    return read[0] if read else None


def _claims_full(doc: RawDocument, resolver, no_default: bool = False):
    sentences = annotate.split_sentences(doc.id, doc.text)
    parsed = dict(zip((s.index for s in sentences), annotate.parse(s.text for s in sentences)))
    # an empty document context switches off the single-country default (claims/countries.py)
    return sentences, extract_claims(doc, sentences, parsed, resolver, doc_countries=set() if no_default else None)


def _claims_pipeline(doc: RawDocument, pipeline):
    result = pipeline.process(doc)
    return result.sentences, result.claims


def run(mode: str, docs: dict, gold_by_doc: dict, first_row: dict, args, ground_truth) -> dict[str, _Score]:
    if mode == "pipeline":
        from eventwire.pipeline import Pipeline

        pipeline = Pipeline()
    else:
        resolver = default_resolver()
    scores: dict[str, _Score] = defaultdict(_Score)
    skipped: list[str] = []
    for name, split in docs.items():
        doc = _load_document(name, first_row[name], args, ground_truth)
        if doc is None:
            skipped.append(name)
            continue
        if mode == "pipeline":
            sentences, claims = _claims_pipeline(doc, pipeline)
        else:
            sentences, claims = _claims_full(doc, resolver, args.no_doc_default)
        if not args.spans:
            # claims_gold.jsonl left cognition and evidence cues out (its labelling rule 3): the belief
            # cues added for issue #14 are not scored against it
            # — nor on sentences that continue a quotation (its rule 13: a quotation is one claim)
            claims = [c for c in claims if c.cue not in _BELIEF_CUES and not (c.cue or "").endswith("(continued)")]
        if not args.all_cues:
            # commitments, requests, praise and blame, questions put (round clpol17, claims/political_news.py:
            # "vowed to …", "urged X to …", "called for …", "praised X as …", "asked whether …") and knowledge
            # and hope ("know", "hope") are attributions in the PolNeAR style but no claims by the labelling rules
            # of all three sets (claims_blind.md rule A: "`know`, … `hope` are not cues"; claims_news.md: "orders
            # and questions are not claims"; claims_gold.md rule 3): not scored against them (--all-cues does)
            claims = [c for c in claims if not political_news.act_cue(c.cue) and c.cue not in _UNLABELLED_CUES]
        index_of = {s.id: s.index for s in sentences}
        gold = gold_by_doc[name]
        for g in gold:
            if not _same_sentence(sentences[g["sentence"]].text, g):
                sys.exit(f"gold drift in {name} s{g['sentence']}: {sentences[g['sentence']].text[:60]!r}")
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
                        sc.country_ok += c.speaker is not None and c.speaker.country == g["country"]
                    elif g.get("head"):
                        sc.null_n += 1
                        sc.null_given += c.speaker is not None and c.speaker.country is not None
                    sc.stance_ok += c.stance == g["stance"]
                    sc.deny_tp += c.stance == "deny" and g["stance"] == "deny"
            if d is not None:
                det_used.add(d)
            if m is not None:
                used.add(m)
            if args.verbose:
                sp = c.speaker
                gc = gold[m].get("country") if m is not None else None
                wrong = m is not None and gc and (sp is None or sp.country != gc)
                extra = m is not None and not gc and gold[m].get("head") and sp is not None and sp.country
                print(f"{'CW' if wrong else 'CN' if extra else 'ok' if m is not None else '  '} PRED {name[:40]} s{si}: {sp.text if sp else None!r} "
                      f"[{sp.country if sp else None}{' gold ' + gc if wrong else ''}] {c.cue} {c.stance} via={c.via} date={c.date} "
                      f":: {(c.content or '')[:70]!r}")
        if args.spans:
            _score_content(claims, gold, doc, (scores[split], scores["all"]), args.verbose, name)
        if args.verbose:
            for i, g in enumerate(gold):
                if i not in used:
                    print(f"   MISS {name[:40]} s{g['sentence']}: {g['speaker']!r} [{g['country']}] {g['cue']} "
                          f"{g['stance']}")
    if skipped:
        print(f"({mode}) skipped {len(skipped)} document(s) whose text is not available "
              f"(--corpus / --extraction): {', '.join(s[:24] for s in skipped[:5])}"
              f"{' …' if len(skipped) > 5 else ''}", file=sys.stderr)
    return scores


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Content spans match when they overlap by at least half of each one's length."""
    inter = min(a[1], b[1]) - max(a[0], b[0])
    return inter > 0 and inter >= 0.5 * (a[1] - a[0]) and inter >= 0.5 * (b[1] - b[0])


def _via_ok(pred, gold: dict, site: str | None) -> bool:
    """Gold null: no channel other than the document's own outlet; else the gold head word in a channel."""
    via = [v for v in pred.via if not (site and v.lower() == site.lower())]
    if not gold.get("via"):
        return not via
    heads = gold["via"].lower().split()
    return any(any(h in v.lower() for h in heads[-1:]) for v in via)


def _score_content(claims, gold: list[dict], doc: RawDocument, scores, verbose: bool, name: str) -> None:
    """Content recall/precision (spans), speaker and channel accuracy on the content matches."""
    for g in gold:
        a, b = g["content_span"]
        if "content_sha1" in g and hashlib.sha1(doc.text[a:b].encode("utf-8")).hexdigest() != g["content_sha1"]:
            sys.exit(f"content drift in {name} s{g['sentence']}")
        if "content" in g and doc.text[a:b] != g["content"]:
            sys.exit(f"content drift in {name} s{g['sentence']}: {doc.text[a:b][:60]!r}")
    # greedy one-to-one, largest overlap first
    pairs = []
    for ci, c in enumerate(claims):
        if c.content_span is None:
            continue
        for gi, g in enumerate(gold):
            span = tuple(g["content_span"])
            if _overlap(tuple(c.content_span), span):
                inter = min(c.content_span[1], span[1]) - max(c.content_span[0], span[0])
                pairs.append((-inter, ci, gi))
    pairs.sort()
    c_used: set[int] = set()
    g_used: dict[int, int] = {}
    for _, ci, gi in pairs:
        if ci in c_used or gi in g_used:
            continue
        c_used.add(ci)
        g_used[gi] = ci
    for sc in scores:
        sc.spans = True
        for gi, ci in g_used.items():
            c, g = claims[ci], gold[gi]
            sc.c_match += 1
            sc.c_speaker += _matches(c, g)
            ok = _via_ok(c, g, doc.site)
            sc.c_via += ok
            if g.get("via"):
                sc.c_via_named += 1
                sc.c_via_named_ok += ok
    if verbose:
        for gi, g in enumerate(gold):
            if gi not in g_used:
                print(f"   CONTENT MISS {name[:40]} s{g['sentence']}: {g['speaker']!r} {g['cue']} via={g.get('via')}")
            else:
                c = claims[g_used[gi]]
                sp = c.speaker.text if c.speaker else None
                flags = ("" if _matches(c, g) else " SPEAKER") + ("" if _via_ok(c, g, doc.site) else " VIA")
                if flags:
                    print(f"   CONTENT OK{flags} {name[:40]} s{g['sentence']}: gold {g['speaker']!r}/{g.get('via')} "
                          f"pred {sp!r}/{c.via}")
        for ci, c in enumerate(claims):
            if ci not in c_used:
                print(f"   CONTENT FP {name[:40]}: {c.speaker.text if c.speaker else None!r} {c.cue} "
                      f":: {(c.content or '')[:70]!r}")


def _same_sentence(text: str, g: dict) -> bool:
    """Drift check: the gold sentence begins with the labelled text. News-page sentences are
    kept as a length and SHA-1 of that text (the pages' text is not copied into the repo)."""
    if "text_sha1" in g:
        return hashlib.sha1(text[:g["text_len"]].encode("utf-8")).hexdigest() == g["text_sha1"]
    return g.get("text") is None or text.startswith(g["text"])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", default=str(ROOT / "eval" / "claims_gold.jsonl"))
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus" / "whitehouse"))
    ap.add_argument("--extraction", default=str(ROOT.parent / "shared" / "eval" / "extraction"))
    ap.add_argument("--trnews", default=str(ROOT.parent / "shared" / "eval" / "geo" / "trnews.jsonl"),
                    help="TR-News articles (the documents of eval/claims_news.jsonl)")
    ap.add_argument("--mode", choices=("full", "pipeline", "both"), default="both")
    ap.add_argument("--split", choices=SPLITS, default="all", help="score only this split's documents")
    ap.add_argument("--verbose", "-v", action="store_true")
    ap.add_argument("--all-cues", action="store_true",
                    help="score every claim, also the cues the sets' labelling rules leave out (know, hope, "
                         "commitments, requests, judgements, questions: round clpol17)")
    ap.add_argument("--no-doc-default", action="store_true",
                    help="full mode: without the single-country default for speaker countries (ablation)")
    args = ap.parse_args(argv)

    rows = [json.loads(line) for line in Path(args.gold).read_text().splitlines() if line.strip()]
    docs: dict[str, str] = {}  # document -> split (dev | heldout | test)
    first_row: dict[str, dict] = {}
    gold_by_doc: dict[str, list[dict]] = defaultdict(list)
    for r in rows:  # rows with sentence null mark documents read and found to hold no claim
        if args.split != "all" and r.get("split", "dev") != args.split:
            continue
        docs.setdefault(r["doc"], r.get("split", "dev"))
        first_row.setdefault(r["doc"], r)
        if r.get("sentence") is not None:
            gold_by_doc[r["doc"]].append(r)

    args.spans = any("content_span" in r for r in rows)  # claims_blind.jsonl: content, speaker, via scored
    ground_truth = None
    gt_path = Path(args.extraction) / "ground-truth.json"
    if any(r.get("corpus") == "extraction" for r in first_row.values()):  # articleBody of ground-truth.json
        if gt_path.exists():
            ground_truth = json.loads(gt_path.read_text(encoding="utf-8"))
        else:
            print(f"{gt_path} not found: the extraction-benchmark pages of the gold set are skipped",
                  file=sys.stderr)

    for mode in (("full", "pipeline") if args.mode == "both" else (args.mode,)):
        scores = run(mode, docs, gold_by_doc, first_row, args, ground_truth)
        print(f"== mode: {mode}")
        for label in SPLITS:
            if label in scores:
                scores[label].report(label)
    return 0


if __name__ == "__main__":
    sys.exit(main())
