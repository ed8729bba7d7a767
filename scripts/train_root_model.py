"""Train the learned CAMEO root model (eventwire/events/learned.py; round learn19, issue #9).

One-vs-rest logistic regressions, one per CAMEO root 01-20, over the sentence detector's own
TF-IDF features (eventwire/events/detector.py: its two blocks, vocabulary and idf, unchanged),
on the material of eval/events_learn19/build_training.py. A ConfliBERT training row carries only
its quad class: it is a negative for the roots outside that class and left out of the others.

    .venv/bin/pip install 'scikit-learn==1.9.1'               # training only
    .venv/bin/python eval/events_learn19/build_training.py --out /tmp/learn19_training.jsonl
    .venv/bin/python scripts/train_root_model.py /tmp/learn19_training.jsonl [--cv] [--out PATH]

--cv prints 5-fold cross-validated (grouped BY DOCUMENT) per-root precision/recall at a few
thresholds before training on everything. The weights file keeps, per root, the coefficients
whose magnitude is at least PRUNE (float32, sparse), and the detector weights' checksum so a
retrained detector is noticed at load time.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

ROOTS = tuple(f"{i:02d}" for i in range(1, 21))
QUAD_ROOTS = {0: ("01", "02"), 1: ("03", "04", "05"), 2: ("06", "07", "08"),
              3: ("09", "10", "11", "12", "13", "16"), 4: ("14", "15", "17", "18", "19", "20")}
C = 10.0
PRUNE = 1e-3
THRESHOLDS = (0.3, 0.5, 0.7, 0.9)


def features(texts):
    from scipy.sparse import csr_matrix
    from eventwire.events.detector import default_detector
    det = default_detector()
    row, col, val = det._features(texts)
    return csr_matrix((val, (row, col)), shape=(len(texts), det.n_features))


def labels(rows):
    """y (n, 20) in {0,1}; mask (n, 20): whether the row says anything about that root."""
    n = len(rows)
    y = np.zeros((n, len(ROOTS)), dtype=np.int8)
    mask = np.ones((n, len(ROOTS)), dtype=bool)
    for i, r in enumerate(rows):
        for root in r["roots"]:
            if root in ROOTS:
                y[i, ROOTS.index(root)] = 1
        if r.get("quad") is not None:
            for root in QUAD_ROOTS[r["quad"]]:
                mask[i, ROOTS.index(root)] = False
    return y, mask


def fit(X, y, mask):
    from sklearn.linear_model import LogisticRegression
    coef = np.zeros((len(ROOTS), X.shape[1]))
    inter = np.full(len(ROOTS), -10.0)
    for k in range(len(ROOTS)):
        m = mask[:, k]
        yk = y[m, k]
        if yk.sum() < 2:
            continue
        clf = LogisticRegression(C=C, class_weight="balanced", max_iter=2000)
        clf.fit(X[m], yk)
        coef[k] = clf.coef_[0]
        inter[k] = clf.intercept_[0]
    return coef, inter


def predict(X, coef, inter):
    z = X @ coef.T + inter
    return 1.0 / (1.0 + np.exp(-z))


def cross_validate(rows, X, y, mask, folds=5):
    from sklearn.model_selection import GroupKFold
    groups = [r["doc"] for r in rows]
    P = np.zeros(y.shape)
    for tr, te in GroupKFold(n_splits=folds).split(X, groups=groups):
        coef, inter = fit(X[tr], y[tr], mask[tr])
        P[te] = predict(X[te], coef, inter)
    ours = np.array([r.get("quad") is None for r in rows])  # score on our own labelled rows only
    print(f"5-fold CV by document, scored on our own labelled rows ({ours.sum()} sentences; "
          f"ConfliBERT rows train only)")
    print("root  gold " + "  ".join(f"P/R@{t:.1f}" for t in THRESHOLDS))
    tot = {t: [0, 0] for t in THRESHOLDS}
    for k, root in enumerate(ROOTS):
        g = y[ours, k].astype(bool)
        p = P[ours, k]
        cells = []
        for t in THRESHOLDS:
            hit = p >= t
            tp = int((hit & g).sum())
            tot[t][0] += tp
            tot[t][1] += int(hit.sum())
            prec = tp / hit.sum() if hit.sum() else float("nan")
            rec = tp / g.sum() if g.sum() else float("nan")
            cells.append(f"{prec:.2f}/{rec:.2f}({int(hit.sum())})")
        print(f"{root}  {int(g.sum()):4d} " + "  ".join(cells))
    gold = int(y[ours].sum())
    print("all   " + f"{gold:4d} " + "  ".join(
        f"{tot[t][0] / max(tot[t][1], 1):.2f}/{tot[t][0] / gold:.2f}({tot[t][1]})" for t in THRESHOLDS))
    # sentence level: top root of a sentence with no gold event at a threshold (false alarms)
    neg = ours & (y.sum(axis=1) == 0)
    for t in THRESHOLDS:
        print(f"no-event sentences given some root >= {t}: {int((P[neg].max(axis=1) >= t).sum())} of {int(neg.sum())}")
    return P


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("training")
    ap.add_argument("--cv", action="store_true")
    ap.add_argument("--out", default=str(REPO / "eventwire" / "data" / "event_roots.npz"))
    args = ap.parse_args()
    rows = [json.loads(l) for l in Path(args.training).read_text(encoding="utf-8").splitlines() if l.strip()]
    X = features([r["text"] for r in rows])
    y, mask = labels(rows)
    if args.cv:
        cross_validate(rows, X, y, mask)
    coef, inter = fit(X, y, mask)
    coef[np.abs(coef) < PRUNE] = 0.0
    k_idx, f_idx = np.nonzero(coef)
    det_path = REPO / "eventwire" / "data" / "event_detector.npz"
    meta = {"roots": list(ROOTS), "C": C, "prune": PRUNE, "rows": len(rows),
            "detector_sha1": hashlib.sha1(det_path.read_bytes()).hexdigest(),
            "trained_by": "scripts/train_root_model.py"}
    np.savez_compressed(args.out, root_index=k_idx.astype(np.int8), feature_index=f_idx.astype(np.int32),
                        weight=coef[k_idx, f_idx].astype(np.float32), intercept=inter.astype(np.float64),
                        n_features=np.int64(X.shape[1]), meta=np.str_(json.dumps(meta)))
    # the numpy runtime must reproduce these probabilities
    from eventwire.events.learned import RootModel
    rm = RootModel(args.out)
    sample = [r["text"] for r in rows[:300]]
    ref = predict(features(sample), coef.astype(np.float32).astype(np.float64), inter)
    diff = float(np.abs(rm.probabilities(sample) - ref).max())
    print(f"wrote {args.out} ({Path(args.out).stat().st_size // 1024} KiB, {len(k_idx)} weights); "
          f"runtime max diff {diff:.1e}")
    if diff > 1e-5:
        raise SystemExit("runtime does not reproduce the trained model")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
