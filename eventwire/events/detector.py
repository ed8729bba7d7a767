"""A small learned sentence detector: does this sentence report a codable event, and of which
CAMEO quad class?

It is a linear model - two TF-IDF blocks over words and word bigrams (content words only; all
words) and a multinomial logistic regression over six classes (no event, quad 0..4) - trained
by scripts/train_event_detector.py and shipped as eventwire/data/event_detector.npz. The runtime needs only numpy and `re`; it reproduces
scikit-learn's probabilities to within 1e-6 (the training script checks this).

    from eventwire.events.detector import default_detector
    det = default_detector()
    det.scores(["Rebels shelled the town, killing 12.", "Whisk the eggs."])  # P(event)
    det.score("Rebels shelled the town, killing 12.")
    det.quad_probabilities(texts)   # P(quad class | event), columns quad 0..4
    det.probabilities(texts)        # the six class probabilities, column 0 = no event

Thresholds (docs/detector.md has the figures behind them): `GATE_THRESHOLD` keeps most event
sentences and drops most ordinary text (use it, OR-ed with trigger words, to decide what to
parse);
`LEAD_THRESHOLD` flags sentences that are very likely events (use it to list sentences the
rules coded nothing in, as recall leads).
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np

DEFAULT_PATH = Path(__file__).resolve().parent.parent / "data" / "event_detector.npz"

QUAD_LABELS = (
    "statement/appeal (CAMEO 01-02)",
    "verbal cooperation (03-05)",
    "material cooperation (06-08)",
    "verbal conflict (09-13, 16)",
    "material conflict (14-15, 17-20)",
)

GATE_THRESHOLD = 0.05
LEAD_THRESHOLD = 0.90


class EventDetector:
    """Scores sentences with the shipped (or a given) weights file."""

    def __init__(self, path: str | Path | None = None) -> None:
        path = Path(path) if path is not None else DEFAULT_PATH
        with np.load(path, allow_pickle=False) as z:
            coef = np.asarray(z["coef"], dtype=np.float64)
            self._intercept = np.asarray(z["intercept"], dtype=np.float64)
            self.classes = tuple(str(c) for c in z["classes"])
            self._token = re.compile(str(z["token_pattern"]))
            self.meta = json.loads(str(z["meta"])) if "meta" in z else {}
            # blocks of features, each its own vocabulary, idf and stop words, l2-normalised on
            # its own; columns of coef follow the blocks in order
            self._blocks = []
            offset = 0
            for i in range(int(z["blocks"])):
                vocab = str(z[f"block{i}_vocab"]).split("\n")
                stop = str(z[f"block{i}_stop_words"])
                self._blocks.append((
                    {w: offset + j for j, w in enumerate(vocab)},
                    frozenset(stop.split("\n")) if stop else frozenset(),
                ))
                offset += len(vocab)
            self._idf = np.concatenate([np.asarray(z[f"block{i}_idf"], dtype=np.float64)
                                        for i in range(len(self._blocks))])
        self.n_features = offset
        # one contiguous column per class, for the weighted bincounts below
        self._coef_cols = [np.ascontiguousarray(coef[k]) for k in range(coef.shape[0])]
        if len(self._idf) != offset or coef.shape != (len(self.classes), offset):
            raise ValueError(f"{path}: inconsistent detector weights")

    def _features(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Sparse TF-IDF rows as (row ids, feature ids, values, l2-normalised per block)."""
        findall = self._token.findall
        n = len(texts)
        rows: list[int] = []
        cols: list[int] = []
        counts: list[int] = []
        for r, text in enumerate(texts):
            all_toks = findall(text.lower()) if text else []
            if not all_toks:
                continue
            for b, (vocab, stop) in enumerate(self._blocks):
                toks = [w for w in all_toks if w not in stop] if stop else all_toks
                vocab_get = vocab.get
                c: dict[int, int] = {}
                for w in toks:
                    j = vocab_get(w)
                    if j is not None:
                        c[j] = c.get(j, 0) + 1
                for a, w in zip(toks, toks[1:]):
                    j = vocab_get(a + " " + w)
                    if j is not None:
                        c[j] = c.get(j, 0) + 1
                if c:
                    rows.extend([r * len(self._blocks) + b] * len(c))
                    cols.extend(c.keys())
                    counts.extend(c.values())
        seg = np.asarray(rows, dtype=np.intp)  # (row, block) segment id
        col = np.asarray(cols, dtype=np.intp)
        val = (np.log(np.asarray(counts, dtype=np.float64)) + 1.0) * self._idf[col]
        if len(val):
            norms = np.sqrt(np.bincount(seg, weights=val * val, minlength=n * len(self._blocks)))
            val = val / norms[seg]
        return seg // len(self._blocks), col, val

    def decision(self, texts: Iterable[str]) -> np.ndarray:
        """Linear scores (n, 6), before the softmax."""
        texts = _as_list(texts)
        n = len(texts)
        row, col, val = self._features(texts)
        out = np.empty((n, len(self.classes)), dtype=np.float64)
        for k, w in enumerate(self._coef_cols):
            out[:, k] = np.bincount(row, weights=val * w[col], minlength=n) + self._intercept[k]
        return out

    def probabilities(self, texts: Iterable[str]) -> np.ndarray:
        """Class probabilities (n, 6); column 0 is "no event", columns 1..5 quad 0..4."""
        z = self.decision(texts)
        z -= z.max(axis=1, keepdims=True) if len(z) else 0.0
        np.exp(z, out=z)
        z /= z.sum(axis=1, keepdims=True)
        return z

    def scores(self, texts: Iterable[str]) -> np.ndarray:
        """P(event) for each text, shape (n,)."""
        return 1.0 - self.probabilities(texts)[:, 0]

    def score(self, text: str) -> float:
        """P(event) for one text."""
        return float(self.scores([text])[0])

    def quad_probabilities(self, texts: Iterable[str]) -> np.ndarray:
        """P(quad class | event), shape (n, 5); columns follow QUAD_LABELS."""
        p = self.probabilities(texts)[:, 1:]
        return p / p.sum(axis=1, keepdims=True)


def _as_list(texts: Iterable[str]) -> list[str]:
    if isinstance(texts, str):
        raise TypeError("pass a list of texts (or use score() for one)")
    return ["" if t is None else str(t) for t in texts]


@lru_cache(maxsize=1)
def default_detector() -> EventDetector:
    """The shipped detector, loaded once."""
    return EventDetector()
