"""Same-sentence root disagreements between the coder and the labels, over all TUNED/DEV material.

A disagreement: in one record (sentence) a gold event and a predicted event whose CAMEO roots differ,
neither of them matched at root level by the evaluator. It costs a false positive and a miss at once.
They are grouped by (gold root, predicted root, trigger) with counts and record ids.

Sources (tuned/dev parts only; the held-out parts are never read here):
  - `--split dev` of eval/events_gold.jsonl, eval/events_blind.jsonl, eval/events_news.jsonl, coded as
    `eventwire eval` codes them (`evaluate.code_records`: sentences alone, blind paragraphs in context);
  - the tuned halves of the article pools of eval/events_lgl15/score.py (eval/events_lgl15 itself,
    eval/events_tr17, eval/events_lgl17): each article coded as one document, events assigned to
    sentences (`evaluate.assign_events`), as score.py does;
  - the tuned sentence files of eval/events_ace16, eval/events_ace17, eval/events_cam17 (`sentences.txt`;
    never `held_out.txt`), in the format of eval/events_ace16/run.py.

Matching is the evaluator's own: `evaluate.score_record` (root pairs by maximum matching) for the first
two kinds; the unmatched gold and unmatched predictions of a record are then paired as
`evaluate._confusion` pairs them (same actors first, then any). The ACE-style files carry root
alternatives ("18|19") that the evaluator's GoldEvent cannot hold, so for them run.py's own rule is used:
an expectation none of whose roots any valid event has, beside a valid event whose root is in none of
the line's expectations.

    .venv/bin/python eval/events_root18/confusions.py                 # table, every source
    .venv/bin/python eval/events_root18/confusions.py --only ace      # one family of sources (gold|pool|ace)
    .venv/bin/python eval/events_root18/confusions.py --min 2         # recurring groups only
"""
from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "eval" / "events_lgl15"))

from eventwire import evaluate as ev  # noqa: E402

GOLD_FILES = ["eval/events_gold.jsonl", "eval/events_blind.jsonl", "eval/events_news.jsonl"]
POOLS = [None, "eval/events_tr17", "eval/events_lgl17"]  # None = eval/events_lgl15 itself
ACE_FILES = [("eval/events_ace16/sentences.txt", "2003-05-01"), ("eval/events_ace17/sentences.txt", "2003-05-01"),
             ("eval/events_cam17/sentences.txt", "2020-06-01")]


def trig(p) -> str:
    return (p.trigger or "?").lower()


def pair_unmatched(rs: ev.RecordScore) -> list[tuple[int, int]]:
    """(gold index, prediction index) of root-unmatched events, paired as evaluate._confusion pairs them."""
    pairs = rs.pairs.get("root", [])
    gold_left = sorted(set(range(len(rs.record.events))) - {g for g, _ in pairs})
    pred_left = sorted(set(range(len(rs.predicted))) - {p for _, p in pairs})
    gold_left = [i for i in gold_left if ev.gold_counts("root", rs.record.events[i])]
    out = []

    def same_actors(g, p) -> bool:
        return ev.actor_country_matches(g.source, p.source) and ev.actor_country_matches(g.target, p.target)

    for rule in (same_actors, lambda g, p: True):
        for a, b in ev.max_matching(len(gold_left), len(pred_left),
                                    lambda a, b: rule(rs.record.events[gold_left[a]], rs.predicted[pred_left[b]])):
            out.append((gold_left[a], pred_left[b]))
        gold_left = [i for i in gold_left if i not in {g for g, _ in out}]
        pred_left = [j for j in pred_left if j not in {p for _, p in out}]
    return out


def from_scores(source: str, scores, found) -> None:
    for rs in scores:
        for i, j in pair_unmatched(rs):
            g, p = rs.record.events[i], rs.predicted[j]
            if g.root != ev.pred_root(p):
                found[(g.root, ev.pred_root(p), trig(p))].append(
                    (f"{source}:{rs.record.id}", g.describe(), ev.describe_event(p), rs.record.text))


def gold_sets(pipe, mapping, found, totals) -> None:
    coder, doc_coder = ev.pipeline_coder(pipe), ev.pipeline_document_coder(pipe)
    for f in GOLD_FILES:
        gs = ev.load_gold(ROOT / f, mapping, "dev")
        preds = ev.code_records(gs.records, coder, doc_coder)
        scores = [ev.score_record(r, p) for r, p in zip(gs.records, preds)]
        totals[Path(f).stem + " dev"] = scores
        from_scores(Path(f).stem, scores, found)


def pools(pipe, mapping, found, totals) -> None:
    from build_labels import load_pool
    import score
    from eventwire.records import RawDocument

    for pool_dir in POOLS:
        pool, folder = load_pool(pool_dir)
        dated = getattr(pool, "published", score.published)
        labels = score.read_labels("tuned", folder)
        arts = pool.articles()
        scores = []
        for row in pool.halves()["tuned"]:
            a = arts[row]
            sents = pool.sentences(row, a)
            raw = RawDocument(id=a["doc_id"], text=a["text"], title=a["title"], url=a["url"], published=dated(a["url"]))
            events = pipe.process_batch([raw])[0].events
            for s, preds in zip(sents, ev.assign_events(events, [(s.start, s.end) for s in sents])):
                gold = [ev._gold_event(g, "cameo", mapping) for g in labels[(str(row), s.index)]]
                rec = ev.GoldRecord(id=f"{row}:{s.index}", text=s.text, date=None, kind="cameo", events=gold)
                scores.append(ev.score_record(rec, preds))
        name = folder.name + " tuned"
        totals[name] = scores
        from_scores(folder.name, scores, found)


def ace(pipe, found, totals) -> None:
    for f, published in ACE_FILES:
        name = Path(f).parent.name
        n_lines = n_conf = 0
        for k, line in enumerate((ROOT / f).read_text().splitlines(), 1):
            if "||" not in line or line.startswith("#"):
                continue
            n_lines += 1
            text, exp = [x.strip() for x in line.split("||")]
            exps = [e.split() for e in exp.split(";")]
            evs = [e for e in pipe.process_text(text, published=published).events if ev._valid(e)]
            allowed = {r for e in exps if e[0] != "none" for r in e[0].split("|")}
            false = [e for e in evs if not any(e.cameo.startswith(r) for r in allowed)]
            missed = [e[0] for e in exps if e[0] != "none" and not any(
                x.cameo.startswith(r) for x in evs for r in e[0].split("|"))]
            for roots, p in zip(missed, false):
                n_conf += 1
                found[(roots.split("|")[0][:2], ev.pred_root(p), trig(p))].append(
                    (f"{name}:{k}", roots, ev.describe_event(p), text))
        totals[name + " tuned"] = (n_lines, n_conf)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", choices=["gold", "pool", "ace"], default=None)
    ap.add_argument("--min", type=int, default=1, help="show groups with at least this many cases")
    ap.add_argument("--texts", action="store_true", help="print each case's sentence")
    args = ap.parse_args()
    from eventwire.pipeline import Pipeline

    book = ev.default_codebook_path()
    mapping = ev.load_cameo_plover_map(book) if book else None
    pipe = Pipeline()
    found: dict[tuple, list] = defaultdict(list)
    totals: dict = {}
    if args.only in (None, "gold"):
        gold_sets(pipe, mapping, found, totals)
    if args.only in (None, "pool"):
        pools(pipe, mapping, found, totals)
    if args.only in (None, "ace"):
        ace(pipe, found, totals)
    for name, t in totals.items():
        if isinstance(t, tuple):
            print(f"# {name}: {t[0]} lines, {t[1]} disagreements")
            continue
        tal = ev.Tally()
        for rs in t:
            tal.add(rs.tallies["root"])
        n = sum(1 for rs in t for i, j in pair_unmatched(rs) if rs.record.events[i].root != ev.pred_root(rs.predicted[j]))
        print(f"# {name}: root gold {tal.gold} pred {tal.predicted} matched {tal.matched} "
              f"P {tal.precision:.3f} R {tal.recall:.3f}; disagreements {n}")
    total = sum(len(v) for v in found.values())
    print(f"# same-sentence root disagreements: {total} in {len(found)} groups")
    by_pair: dict[tuple, int] = defaultdict(int)
    for (g, p, _t), cases in found.items():
        by_pair[(g, p)] += len(cases)
    print("# by (gold root, predicted root): " + ", ".join(f"{g}->{p} {n}" for (g, p), n in
                                                         sorted(by_pair.items(), key=lambda x: -x[1])))
    for (g, p, t), cases in sorted(found.items(), key=lambda x: (-len(x[1]), x[0])):
        if len(cases) < args.min:
            continue
        print(f"{len(cases):3d}  gold {g} pred {p}  [{t}]  " + " ".join(c[0] for c in cases))
        if args.texts:
            for rid, gd, pd, text in cases:
                print(f"       {rid}: gold {gd} | pred {pd} | {text[:170]}")


if __name__ == "__main__":
    main()
