"""Score eventwire on the evlgl15 LGL labels: tuned and held-out halves, separately.

Each article is coded as one document by `eventwire.pipeline.Pipeline` (title, URL and the
publication date read from the URL when it carries one, else 2009-03-25: LGL is March 2009
local news). Predicted events go to the labelled sentence whose span holds their trigger
(`evaluate.assign_events`), and each sentence is scored like a CAMEO record of `eventwire eval`
(`evaluate.score_record`: root, dyad by country, PLOVER; negated and hypothetical predictions
are dropped). Misses and false positives are printed for the tuned half only; the held-out half
prints totals only (never read its per-sentence output).

    .venv/bin/python eval/events_lgl15/score.py            # both halves, tuned details
    .venv/bin/python eval/events_lgl15/score.py --quiet    # totals only
    .venv/bin/python eval/events_lgl15/score.py --pool eval/events_tr17   # another round's pool

`--pool DIR` scores another round's articles: DIR holds a `pool.py` (halves, articles, sentences and
optionally published, as this folder's sentences.py), or only a rows.txt of LGL rows (read with this
folder's sentences.py), and its labels_*.tsv (build_labels.load_pool).
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1]))

from eventwire import evaluate as ev  # noqa: E402
from eventwire.pipeline import Pipeline  # noqa: E402
from eventwire.records import RawDocument  # noqa: E402
from build_labels import load_pool  # noqa: E402

FIXED_DATE = "2009-03-25"
_MONTHS = {m: i for i, m in enumerate(
    "jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)}


def published(url: str) -> str:
    """The date an LGL article's address carries (/2009/03/23/, 20090320, /2009/mar/23/), else FIXED_DATE."""
    m = re.search(r"(20\d\d)/(\d\d)/(\d\d)/", url) or re.search(r"/(20\d\d)(\d\d)(\d\d)", url)
    if m and 1 <= int(m.group(2)) <= 12:
        return f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
    m = re.search(r"(20\d\d)/([a-z]{3})/(\d\d?)/", url)
    if m and m.group(2) in _MONTHS:
        return f"{m.group(1)}-{_MONTHS[m.group(2)]:02d}-{int(m.group(3)):02d}"
    return FIXED_DATE


def read_labels(part: str, folder: Path = HERE) -> dict[tuple[str, int], list[dict]]:
    out: dict[tuple[str, int], list[dict]] = defaultdict(list)
    with (folder / f"labels_{part}.tsv").open() as f:
        for r in csv.DictReader(f, delimiter="\t"):
            key = (r["row"], int(r["sent"]))
            out.setdefault(key, [])
            if r["cameo"] != "-":
                out[key].append({"code": r["cameo"], "source": None if r["source"] == "-" else r["source"],
                                 "target": None if r["target"] == "-" else r["target"], "note": r["note"]})
    return out


def run(part: str, pipe: Pipeline, details: bool, mapping, pool_dir: str | None = None) -> dict[str, ev.Tally]:
    pool, folder = load_pool(pool_dir)
    dated = getattr(pool, "published", published)
    labels = read_labels(part, folder)
    arts = pool.articles()
    totals = {lvl: ev.Tally() for lvl in ("root", "dyad", "plover")}
    empty = spurious = 0
    lines = []
    for row in pool.halves()[part]:
        a = arts[row]
        sents = pool.sentences(row, a)
        raw = RawDocument(id=a["doc_id"], text=a["text"], title=a["title"], url=a["url"],
                          published=dated(a["url"]))
        events = pipe.process_batch([raw])[0].events
        per_sentence = ev.assign_events(events, [(s.start, s.end) for s in sents])
        for s, preds in zip(sents, per_sentence):
            gold = [ev._gold_event(g, "cameo", mapping) for g in labels[(str(row), s.index)]]
            rec = ev.GoldRecord(id=f"{row}:{s.index}", text=s.text, date=None, kind="cameo", events=gold)
            rs = ev.score_record(rec, preds)
            for lvl in totals:
                totals[lvl].add(rs.tallies[lvl])
            if not gold:
                empty += 1
                spurious += bool(rs.predicted)
            if details:
                matched_g = {g for g, _ in rs.pairs["root"]}
                matched_p = {p for _, p in rs.pairs["root"]}
                dyad_g = {g for g, _ in rs.pairs["dyad"]}
                for i, g in enumerate(gold):
                    if i not in matched_g:
                        lines.append(f"MISS {row}:{s.index} gold {g.describe()} | {s.text[:160]}")
                    elif i not in dyad_g:
                        p = rs.predicted[[pp for gg, pp in rs.pairs['root'] if gg == i][0]]
                        lines.append(f"DYAD {row}:{s.index} gold {g.describe()} pred {ev.describe_event(p)} | {s.text[:120]}")
                for j, p in enumerate(rs.predicted):
                    if j not in matched_p:
                        lines.append(f"FP   {row}:{s.index} pred {ev.describe_event(p)} [{p.trigger}] | {s.text[:160]}")
    if details:
        print("\n".join(lines))
    print(f"== {part}: sentences without gold events {empty}, with a prediction {spurious}")
    for lvl, t in totals.items():
        print(f"   {lvl:6s} gold {t.gold:3d} pred {t.predicted:3d} matched {t.matched:3d}  "
              f"P {t.precision:.3f} R {t.recall:.3f} F1 {t.f1:.3f}")
    return totals


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quiet", action="store_true", help="totals only, for both halves")
    ap.add_argument("--tuned-only", action="store_true", help="the tuned half only (while fixing)")
    ap.add_argument("--pool", default=None, help="another round's folder (pool.py + labels_*.tsv)")
    args = ap.parse_args()
    book = ev.default_codebook_path()
    mapping = ev.load_cameo_plover_map(book) if book else None
    pipe = Pipeline()
    run("tuned", pipe, details=not args.quiet, mapping=mapping, pool_dir=args.pool)
    if not args.tuned_only:
        run("heldout", pipe, details=False, mapping=mapping, pool_dir=args.pool)


if __name__ == "__main__":
    main()
