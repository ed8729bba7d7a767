"""Cross-document event coreference with the store's linking rule, on gold event mentions.

    python bench/linking.py ../shared/eval/coref/gvc
    python bench/linking.py ../shared/eval/coref/ecbplus --split dev

FOLDER is in the layout of ../shared/eval/coref/gvc (../shared/eval/README.md): documents.jsonl
(`doc_id`, `date` or none, `title`, `sentences` as token lists, `sentence_ids`, optional `split`)
and event_mentions.jsonl (`doc_id`, `sent_id`, `token_ids`, `text`, optional `head_lemma`,
`cluster` = the gold chain, optional `split`).

Each gold mention becomes an Event as the pipeline would make it for the store: its trigger lemma
(the folder's `head_lemma`, else spaCy's lemma of the mention's head word), a date (a day named in
its sentence by eventwire.times, else the first day its document names near its publication date,
else the publication date), its sentence's places (eventwire.places; else its document's) and no
coded party (the mentions are shootings, deaths, arrests... that carry no CAMEO actors).  The
persons a document names (spaCy PERSON entities, by last name) are the document-level evidence.
The mentions are then linked in document order by `eventwire.link.incidents.cluster`, the store's
own decision (`best`): nothing here decides which mentions corefer.

Scores: MUC, B-cubed and CEAF-e (entity-based) from `scorch` (the CoNLL-2012 reference
definitions), and their mean, the CoNLL F1, on the last line.  The baseline printed before it is
"same head lemma within the same publication day" (issue 11), computed here on the same mentions.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

from scorch import scores

from eventwire.link.incidents import cluster, person_keys
from eventwire.records import Event

NEWLINE_TOKENS = {"//n"}  # GVC marks paragraph ends with a token of its own
NEAR_PUBLICATION = timedelta(days=7)  # a day named this close before publication may be the happening's


def read_jsonl(path: Path) -> list[dict]:
    if not path.is_file():
        sys.exit(f"bench/linking.py: {path}: no such file (expected the layout of ../shared/eval/coref/gvc)")
    rows = []
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    sys.exit(f"bench/linking.py: {path}:{n}: not JSON ({exc.msg})")
    return rows


def scored(gold: list[set], response: list[set]) -> dict[str, tuple[float, float, float]]:
    """(recall, precision, F1) of each metric; 'conll' is the mean F1 of the three."""
    found = {"MUC": scores.muc(gold, response), "B3": scores.b_cubed(gold, response),
             "CEAF-e": scores.ceaf_e(gold, response)}
    out = {k: tuple(float(x) for x in v) for k, v in found.items()}
    f1 = sum(v[2] for v in out.values()) / 3
    out["conll"] = (f1, f1, f1)
    return out


def partition(assignment: dict[str, object]) -> list[set]:
    groups: dict[object, set] = defaultdict(set)
    for mention, key in assignment.items():
        groups[key].add(mention)
    return list(groups.values())


class Document:
    """A folder document as text, with each token's character offsets."""

    def __init__(self, row: dict) -> None:
        self.id = row["doc_id"]
        self.published = (row.get("date") or "")[:10] or None
        self.title = row.get("title")
        ids = row.get("sentence_ids") or list(range(len(row["sentences"])))
        parts: list[str] = []
        self.offsets: dict[tuple[int, int], tuple[int, int]] = {}  # (sent_id, token index) -> span
        self.sentence_spans: dict[int, tuple[int, int]] = {}
        pos = 0
        for sid, tokens in zip(ids, row["sentences"]):
            start = pos
            for i, token in enumerate(tokens):
                if token in NEWLINE_TOKENS:
                    continue
                if pos > start:
                    parts.append(" ")
                    pos += 1
                self.offsets[(sid, i)] = (pos, pos + len(token))
                parts.append(token)
                pos += len(token)
            self.sentence_spans[sid] = (start, pos)
            parts.append("\n")
            pos += 1
        self.text = "".join(parts)


def analyse(documents: list[Document]) -> tuple[dict, dict, dict, dict]:
    """spaCy parses, people per document, places per sentence and dates per sentence."""
    from eventwire.annotate import parser
    from eventwire.places import default_geocoder
    from eventwire.times import find_time_expressions

    nlp, geocoder = parser(), default_geocoder()
    parses, people, places, days = {}, {}, {}, {}
    for doc, parsed in zip(documents, nlp.pipe(d.text for d in documents)):
        parses[doc.id] = parsed
        people[doc.id] = person_keys(ent.text for ent in parsed.ents if ent.label_ == "PERSON")
        context = geocoder.document_context(doc.text)
        for sid, (start, end) in doc.sentence_spans.items():
            span = parsed.char_span(start, end, alignment_mode="expand")
            if span is None:
                continue
            places[(doc.id, sid)] = [p for _, _, p in geocoder.places_in(span, context)]
            found = [r.date for r in find_time_expressions(doc.text[start:end], doc.published)
                     if r.date and len(r.date) == 10]
            days[(doc.id, sid)] = found
    return parses, people, places, days


def happening_day(doc: Document, days: dict) -> str | None:
    """The first day the document names at most NEAR_PUBLICATION before its publication, else
    the publication date."""
    if not doc.published:
        return None
    try:
        published = date.fromisoformat(doc.published)
    except ValueError:
        return None
    for sid in doc.sentence_spans:
        for day in days.get((doc.id, sid), []):
            try:
                d = date.fromisoformat(day)
            except ValueError:
                continue
            if published - NEAR_PUBLICATION <= d <= published:
                return day
    return doc.published


def mention_events(mentions: list[dict], documents: dict[str, Document], analysis) -> tuple[list[Event], list[dict]]:
    """An Event per gold mention, and the mentions kept: one whose document or tokens are not in
    documents.jsonl is reported on stderr and left out of the scores (gold and response alike)."""
    parses, _, places, days = analysis
    doc_day = {d.id: happening_day(d, days) for d in documents.values()}
    doc_places = {d: [p for (doc, _), ps in places.items() if doc == d for p in ps] for d in documents}
    events, kept = [], []
    for m in mentions:
        doc = documents.get(m.get("doc_id"))
        spans = [doc.offsets[(m.get("sent_id"), t)] for t in m.get("token_ids") or []
                 if (m.get("sent_id"), t) in doc.offsets] if doc else []
        if not spans or not m.get("mention_id") or m.get("cluster") is None:
            print(f"bench/linking.py: mention {m.get('mention_id')!r} left out: document {m.get('doc_id')!r}, "
                  f"sentence {m.get('sent_id')!r}, tokens {m.get('token_ids')!r} not in documents.jsonl "
                  "(or no mention_id or cluster)", file=sys.stderr)
            continue
        kept.append(m)
        start, end = min(s for s, _ in spans), max(e for _, e in spans)
        lemma = m.get("head_lemma")
        if not lemma:
            span = parses[doc.id].char_span(start, end, alignment_mode="expand")
            lemma = span.root.lemma_ if span is not None and len(span) else m.get("text")
        own_days = days.get((doc.id, m["sent_id"]), [])
        sentence = doc.sentence_spans[m["sent_id"]]
        events.append(Event(
            id=m["mention_id"], sentence_id=f"{doc.id}:s{m['sent_id']}",
            evidence=doc.text[sentence[0]:sentence[1]], span=(start, end), cameo="", plover=None,
            plover_mode=None, goldstein=None, source=None, target=None,
            date=own_days[0] if own_days else doc_day[doc.id],
            locations=_unique_places([*places.get((doc.id, m["sent_id"]), []), *doc_places[doc.id]]),
            trigger=lemma, trigger_span=(start, end)))
    return events, kept


def _unique_places(places: list) -> list:
    """A mention's places: its sentence's, then the rest of its report's (a report is about one
    place, often named once in its first lines), each name once."""
    seen, out = set(), []
    for p in places:
        if p.name.casefold() not in seen:
            seen.add(p.name.casefold())
            out.append(p)
    return out


def baseline(mentions: list[dict], events: list[Event], documents: dict[str, Document]) -> dict[str, object]:
    """Same head lemma within the same publication day."""
    return {m["mention_id"]: ((e.trigger or "").casefold(), documents[m["doc_id"]].published or m["doc_id"])
            for m, e in zip(mentions, events)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--split", help="only documents and mentions of this split (e.g. dev, train)")
    args = ap.parse_args()

    rows = read_jsonl(args.folder / "documents.jsonl")
    mention_rows = read_jsonl(args.folder / "event_mentions.jsonl")
    splits = sorted({str(r.get("split")) for r in rows if r.get("split") is not None})
    if args.split:
        if args.split not in splits:
            sys.exit(f"bench/linking.py: {args.folder}: no split {args.split!r} (has: {', '.join(splits) or 'none'})")
        rows = [r for r in rows if r.get("split") == args.split]
        mention_rows = [m for m in mention_rows if m.get("split", args.split) == args.split]
    documents = {}
    for n, r in enumerate(rows, 1):
        try:
            documents[r["doc_id"]] = Document(r)
        except (KeyError, TypeError) as exc:  # one bad line is reported, the rest are scored
            print(f"bench/linking.py: {args.folder / 'documents.jsonl'}: record {n} left out ({exc!r})", file=sys.stderr)
    order = {d: n for n, d in enumerate(documents)}  # the store links in ingest order
    mention_rows.sort(key=lambda m: (order.get(m.get("doc_id"), len(order)), m.get("sent_id") or 0,
                                     min(m.get("token_ids") or [0])))

    analysis = analyse(list(documents.values()))
    events, mention_rows = mention_events(mention_rows, documents, analysis)
    if not events:
        sys.exit(f"bench/linking.py: {args.folder}: no mention to score")
    linked = cluster(events, people=analysis[1])

    gold = partition({m["mention_id"]: m["cluster"] for m in mention_rows})
    print(f"{args.folder} split={args.split or 'all'}: {len(documents)} documents, {len(mention_rows)} mentions, "
          f"{len(gold)} gold chains")
    for name, assignment in (("baseline (same head lemma, same day)", baseline(mention_rows, events, documents)),
                             ("eventwire linking", linked)):
        result = scored(gold, partition(assignment))
        print(f"{name}: {len(set(assignment.values()))} clusters")
        for metric in ("MUC", "B3", "CEAF-e"):
            r, p, f = result[metric]
            print(f"  {metric:7s} R {r:.3f}  P {p:.3f}  F1 {f:.3f}")
        print(f"  CoNLL F1 {result['conll'][2]:.3f}")
    print(f"baseline_conll_f1={scored(gold, partition(baseline(mention_rows, events, documents)))['conll'][2]:.3f}")
    print(f"conll_f1={scored(gold, partition(linked))['conll'][2]:.3f}")


if __name__ == "__main__":
    main()
