"""Training material for the learned root model (round learn19, issue #9 item 5).

Collects (source, document, sentence, gold CAMEO roots) from the TUNED / dev parts of our own
labelled sets only - never a test split, never a held-out part, never the shared floor sets:

- eval/events_{gold,blind,news}.jsonl: records with "split": "dev" only (the split is checked
  before anything else of a record is used);
- eval/events_war18/events_war18.jsonl: "split": "dev" only;
- eval/events_{lgl15,lgl17,tr17}: labels_tuned.tsv over the pipeline's sentences of the tuned
  articles (every sentence of those articles is labelled: no row = not in the tuned part);
- eval/events_wh15: labels_tuned.tsv over the "tuned" documents of sentences.txt;
- eval/events_leads16: labels_tuned.tsv (only the 32 sentences labelled there; the others of
  the tuned articles were not labelled and are left out);
- eval/events_{ace16,ace17,cam17,fam14}/sentences.txt (their tuned lines; held_out.txt never
  read); alternatives "18|19" count as every listed root;
- ../shared/eval/events/conflibert_cameo_pentaclass_train.jsonl: one event per sentence with
  only its QUAD class (0-4); such a row is a *partial* label: a negative for every root outside
  its quad class, unknown for the roots inside (`quad` field; `roots` empty).

A sentence with no gold event is a negative (roots = []). A document of the White House corpus
named by any non-dev record of events_gold/events_blind (only the `doc` field is read, nothing
else of such a record) is left out of every other source (wh15), so no test sentence can be
trained on; those sets' own dev records of such a document stay.

    .venv/bin/python eval/events_learn19/build_training.py [--out eval/events_learn19/training.jsonl]

prints the counts per source. Rows: {"source", "doc", "text", "roots": [..], "quad": int|null}.
Texts of our own written sets and the dev halves are stored only in the output file, which is
not committed (it holds article text); the weights hold vocabulary statistics only.
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
SHARED = REPO.parent / "shared" / "eval"
EVAL = REPO / "eval"

QUAD_ROOTS = {0: ("01", "02"), 1: ("03", "04", "05"), 2: ("06", "07", "08"),
              3: ("09", "10", "11", "12", "13", "16"), 4: ("14", "15", "17", "18", "19", "20")}


def _roots(codes) -> list[str]:
    out = []
    for c in codes:
        c = (c or "").strip()
        if len(c) >= 2 and c[:2].isdigit() and c[:2] not in out:
            out.append(c[:2])
    return out


def protected_docs() -> set[str]:
    """Documents named by a non-dev record of the gold/blind sets (only their `doc` field)."""
    out: set[str] = set()
    for name in ("events_gold.jsonl", "events_blind.jsonl"):
        for line in (EVAL / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                raw = json.loads(line)
                if raw.get("split") != "dev" and raw.get("doc"):
                    out.add(str(raw["doc"]))
    return out


def dev_records(path: Path, source: str):
    from eventwire.evaluate import _referenced_text
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        raw = json.loads(line)
        if raw.get("split") != "dev":
            continue
        text = raw.get("text")
        if text is None and isinstance(raw.get("text_ref"), dict):
            text = _referenced_text(raw["text_ref"])
        if not text or raw.get("expected") is None:
            continue
        ref = raw.get("text_ref") or {}
        doc = raw.get("doc") or ref.get("doc") or ref.get("ecbplus") or ref.get("page") or raw["id"]
        yield {"source": source, "doc": str(doc), "text": text,
               "roots": _roots(e.get("code") for e in raw["expected"]), "quad": None}


def _label_table(path: Path, key_cols: tuple[str, ...]) -> dict[tuple, list[str]]:
    out: dict[tuple, list[str]] = defaultdict(list)
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            key = tuple(str(row[c]).strip() for c in key_cols)
            out.setdefault(key, [])
            code = (row.get("cameo") or "").strip()
            if code and code != "-":
                out[key].extend(r for r in _roots([code]) if r not in out[key])
    return out


def lgl_like(folder: str, source: str):
    """events_lgl15 / events_lgl17 (sentences.py pool) and events_tr17 (pool.py)."""
    import importlib.util
    from eventwire.annotate import split_sentences
    labels = _label_table(EVAL / folder / "labels_tuned.tsv", ("doc_id", "sent"))
    if folder == "events_tr17":
        spec = importlib.util.spec_from_file_location("tr17pool", EVAL / folder / "pool.py")
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        arts = mod.articles()
        docs = [arts[d] for d in mod.halves()["tuned"]]
    else:
        spec = importlib.util.spec_from_file_location("lglsent", EVAL / "events_lgl15" / "sentences.py")
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        arts = mod.articles(EVAL / folder)
        docs = [arts[r] for r in mod.halves(EVAL / folder)["tuned"]]
    for a in docs:
        for s in split_sentences(a["doc_id"], a["text"]):
            key = (str(a["doc_id"]), str(s.index))
            if key in labels:
                yield {"source": source, "doc": f"{source}:{a['doc_id']}", "text": s.text,
                       "roots": labels[key], "quad": None}


def wh15():
    labels = _label_table(EVAL / "events_wh15" / "labels_tuned.tsv", ("doc", "paragraph", "sentence"))
    doc, part = None, None
    for line in (EVAL / "events_wh15" / "sentences.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("=== "):
            _, part, doc = line.split(" ", 3)[:3]
            continue
        if part != "tuned" or "\t" not in line:
            continue
        num, text = line.split("\t", 1)
        p, s = num.split(".")
        key = (doc, p, s)
        if key in labels:
            yield {"source": "wh15", "doc": doc, "text": text, "roots": labels[key], "quad": None}


def leads16():
    import importlib.util
    from eventwire.annotate import split_sentences
    labels = _label_table(EVAL / "events_leads16" / "labels_tuned.tsv", ("doc", "sent"))
    spec = importlib.util.spec_from_file_location("leadsent", EVAL / "events_leads16" / "sentences.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    docs = mod.documents()
    for key in mod.halves()["tuned"]:
        d = docs[key]
        for s in split_sentences(d["id"], d["text"]):
            k = (key, str(s.index))
            if k in labels:
                yield {"source": "leads16", "doc": key, "text": s.text, "roots": labels[k], "quad": None}


def written(folder: str, source: str):
    """sentence || ROOTS src=.. tgt=.. [; ...] | none; a document = the file's section (## ...)."""
    section = 0
    for line in (EVAL / folder / "sentences.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            section += line.startswith("##")
            continue
        if "||" not in line:
            continue
        text, exp = (p.strip() for p in line.split("||", 1))
        roots: list[str] = []
        for part in exp.split(";"):
            head = part.split()[0] if part.split() else "none"
            if head != "none":
                roots.extend(r for r in head.split("|") if r not in roots)
        yield {"source": source, "doc": f"{source}:s{section}", "text": text, "roots": roots, "quad": None}


def conflibert():
    path = SHARED / "events" / "conflibert_cameo_pentaclass_train.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        raw = json.loads(line)
        codes = {str(e.get("code")) for e in raw.get("expected") or []}
        if len(codes) != 1 or not next(iter(codes)).isdigit():
            continue
        yield {"source": "conflibert_train", "doc": raw["id"], "text": raw["text"], "roots": [],
               "quad": int(next(iter(codes)))}


def build() -> list[dict]:
    skip = protected_docs()
    gens = [
        dev_records(EVAL / "events_gold.jsonl", "gold_dev"),
        dev_records(EVAL / "events_blind.jsonl", "blind_dev"),
        dev_records(EVAL / "events_news.jsonl", "news_dev"),
        dev_records(EVAL / "events_war18" / "events_war18.jsonl", "war18_dev"),
        lgl_like("events_lgl15", "lgl15"), lgl_like("events_lgl17", "lgl17"), lgl_like("events_tr17", "tr17"),
        wh15(), leads16(),
        written("events_ace16", "ace16"), written("events_ace17", "ace17"),
        written("events_cam17", "cam17"), written("events_fam14", "fam14"),
        conflibert(),
    ]
    rows: list[dict] = []
    seen: dict[str, int] = {}
    for gen in gens:
        for r in gen:
            if r["doc"] in skip and r["source"] not in ("gold_dev", "blind_dev"):
                continue  # (a dev record of such a document is itself allowed)
            t = " ".join(r["text"].split())
            if t in seen:  # the same sentence in two sets: keep the first (labelled) copy
                continue
            seen[t] = len(rows)
            r["text"] = t
            rows.append(r)
    return rows


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(Path("/tmp") / "learn19_training.jsonl"))
    args = ap.parse_args()
    rows = build()
    with open(args.out, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    per = Counter(r["source"] for r in rows)
    pos = Counter(r["source"] for r in rows if r["roots"] or r["quad"] is not None)
    print(f"{'source':18} {'sentences':>9} {'with event':>10} {'docs':>5}")
    docs = defaultdict(set)
    for r in rows:
        docs[r["source"]].add(r["doc"])
    for s in per:
        print(f"{s:18} {per[s]:9d} {pos[s]:10d} {len(docs[s]):5d}")
    print(f"{'total':18} {len(rows):9d} {sum(pos.values()):10d}")
    roots = Counter(x for r in rows for x in r["roots"])
    print("roots:", " ".join(f"{k}:{v}" for k, v in sorted(roots.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
