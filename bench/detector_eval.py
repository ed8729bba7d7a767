"""Held-out figures for the sentence event detector (eventwire/events/detector.py).

    PYTHONPATH=. python bench/detector_eval.py [--details N]

None of these sets is used in training (scripts/train_event_detector.py):
  eval/events_gold.jsonl                 dev and test splits separately (news records carry a
                                         text_ref into ../shared/eval/extraction, resolved here)
  ../shared/eval/events/up_petr2_gsr_validation.jsonl
  ../shared/eval/events/plover_gsr_cameo_manual.jsonl
A sentence is positive when its `expected` list is non-empty.

For each set: precision / recall / F1 / share of sentences passed at fixed thresholds
(including the shipped GATE_THRESHOLD and LEAD_THRESHOLD), the threshold that keeps 99% of
that set's positives and what share of its negatives would still pass there, ROC AUC; then
sentences/s on one core.
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import numpy as np

from eventwire.evaluate import QUAD_OF_ROOT, _referenced_text, default_eval_dir
from eventwire.events.detector import GATE_THRESHOLD, LEAD_THRESHOLD, EventDetector, default_detector

ROOT = Path(__file__).resolve().parent.parent
THRESHOLDS = sorted({0.02, GATE_THRESHOLD, 0.1, 0.25, 0.5, 0.75, LEAD_THRESHOLD})


def load(path: Path, split: str | None = None):
    """(texts, has-event labels, ids, gold quad classes per record as sets of ints)."""
    texts, labels, ids, quads = [], [], [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        if split and rec.get("split") != split:
            continue
        text = rec.get("text")
        if text is None and rec.get("text_ref"):
            text = _referenced_text(rec["text_ref"])
        if not text or rec.get("expected") is None:
            continue
        texts.append(text)
        labels.append(bool(rec["expected"]))
        ids.append(str(rec.get("id")))
        q = set()
        for e in rec["expected"]:
            code = str(e.get("code") or "")
            if code.isdigit() and code[:2] in QUAD_OF_ROOT:  # CAMEO codes only
                q.add(int(QUAD_OF_ROOT[code[:2]]))
        quads.append(q)
    return texts, np.array(labels, dtype=bool), ids, quads


def auc(scores: np.ndarray, y: np.ndarray) -> float:
    pos, neg = scores[y], scores[~y]
    if not len(pos) or not len(neg):
        return float("nan")
    greater = (pos[:, None] > neg[None, :]).sum() + 0.5 * (pos[:, None] == neg[None, :]).sum()
    return float(greater / (len(pos) * len(neg)))


def prf(scores, y, thr):
    pred = scores >= thr
    tp = int((pred & y).sum())
    p = tp / pred.sum() if pred.sum() else float("nan")
    r = tp / y.sum() if y.sum() else float("nan")
    f = 2 * p * r / (p + r) if p + r > 0 else 0.0
    return p, r, f, float(pred.mean())


def report(name: str, texts, y, ids, det: EventDetector, details: int, quads=None) -> dict:
    s = det.scores(texts)
    print(f"\n== {name}: {len(texts)} sentences, {int(y.sum())} with events, {int((~y).sum())} without;"
          f" base rate {y.mean():.2f}; ROC AUC {auc(s, y):.3f}")
    print("  threshold  precision  recall   F1    passed")
    for t in THRESHOLDS:
        p, r, f, passed = prf(s, y, t)
        tag = " (gate)" if t == GATE_THRESHOLD else " (lead)" if t == LEAD_THRESHOLD else ""
        print(f"  {t:9.2f}  {p:9.3f}  {r:6.3f}  {f:5.3f}  {passed:6.3f}{tag}")
    out = {"n": len(texts), "pos": int(y.sum()), "auc": auc(s, y)}
    if y.sum():
        t99 = float(np.quantile(s[y], 0.01, method="lower"))
        p, r, f, passed = prf(s, y, t99)
        print(f"  keep 99% of positives: threshold {t99:.3f}, recall {r:.3f}, precision {p:.3f}, "
              f"negatives passed {np.mean(s[~y] >= t99) if (~y).any() else float('nan'):.3f}, "
              f"all sentences passed {passed:.3f}")
        out["thr99"] = t99
    if quads and any(quads):
        top = np.argmax(det.quad_probabilities(texts), axis=1)
        hit = [int(top[i]) in q for i, q in enumerate(quads) if q]
        print(f"  quad class (CAMEO gold): top-1 in the gold quads on {np.mean(hit):.3f} of {len(hit)} "
              f"event sentences (majority-class rate {_majority(quads):.3f})")
    if details:
        order = np.argsort(s)
        print("  lowest-scored positives:")
        for i in [i for i in order if y[i]][:details]:
            print(f"    {s[i]:.3f} {ids[i]} {texts[i][:140]}")
        print("  highest-scored negatives:")
        for i in [i for i in order[::-1] if not y[i]][:details]:
            print(f"    {s[i]:.3f} {ids[i]} {texts[i][:140]}")
    return out


def _majority(quads) -> float:
    counts = np.bincount([c for q in quads for c in q], minlength=5)
    best = int(np.argmax(counts))
    return float(np.mean([best in q for q in quads if q]))


def _training_module():
    import importlib.util

    path = ROOT / "scripts" / "train_event_detector.py"
    spec = importlib.util.spec_from_file_location("train_event_detector", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def ordinary_pages(det: EventDetector) -> list[str]:
    """Sentences and boilerplate lines of the extraction pages the training script holds out
    (non-political pages, same filters as its negatives; lines also seen in training dropped)."""
    tr = _training_module()
    skip = tr.excluded_pages()
    seen = {t.lower() for t, _, _ in tr.build_data()}
    rows = [r for r in tr.load_article_negatives(skip, heldout=True) + tr.load_boilerplate_negatives(skip, heldout=True)
            if r[0].lower() not in seen]
    texts = [r[0] for r in rows]
    pages = {r[2] for r in rows if r[2].startswith("article:")}
    s = det.scores(texts)
    print(f"\n== held-out ordinary pages (no event by construction): {len(texts)} lines from "
          f"{len(pages)} pages ({sum(r[2].startswith('boilerplate') for r in rows)} boilerplate)")
    print("  threshold  passed (false positives)")
    for t in THRESHOLDS:
        print(f"  {t:9.2f}  {np.mean(s >= t):6.3f}")
    return texts


def speed(det: EventDetector, texts: list[str], repeat: int = 20) -> float:
    batch = (texts * (1 + 20000 // max(1, len(texts))))[:20000]
    det.scores(batch[:100])
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        det.scores(batch)
        best = min(best, time.perf_counter() - t0)
    return len(batch) / best


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="held-out figures for the event detector")
    ap.add_argument("--details", type=int, default=0, help="print the N worst errors per set")
    args = ap.parse_args(argv)
    det = default_detector()
    print(f"detector: {det.n_features} features, trained on {det.meta.get('n_pos')} positives / "
          f"{det.meta.get('n_neg')} negatives (C={det.meta.get('C')}); "
          f"GATE_THRESHOLD {GATE_THRESHOLD}, LEAD_THRESHOLD {LEAD_THRESHOLD}")
    all_texts: list[str] = []
    gold = ROOT / "eval" / "events_gold.jsonl"
    for split in ("dev", "test"):
        texts, y, ids, quads = load(gold, split)
        report(f"eval/events_gold.jsonl [{split}]", texts, y, ids, det, args.details, quads)
        all_texts += texts
    events = default_eval_dir() / "events"
    for name in ("up_petr2_gsr_validation.jsonl", "plover_gsr_cameo_manual.jsonl"):
        path = events / name
        if not path.is_file():
            print(f"\n== {name}: not found at {path}; skipped")
            continue
        texts, y, ids, quads = load(path)
        report(name, texts, y, ids, det, args.details, quads)
        all_texts += texts
    ordinary_pages(det)
    sps = speed(det, all_texts)
    size = Path(det.__class__.__init__.__globals__["DEFAULT_PATH"]).stat().st_size
    print(f"\nspeed: {sps:,.0f} sentences/s (one core, batches of 20,000 held-out sentences); "
          f"weights {size / 1024:.0f} KiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
