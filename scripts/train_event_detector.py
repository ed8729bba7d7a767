"""Train the sentence-level event detector shipped as eventwire/data/event_detector.npz.

    PYTHONPATH=. python scripts/train_event_detector.py            # writes the weights
    PYTHONPATH=. python scripts/train_event_detector.py --dump-negatives /tmp/neg.tsv

Needs scikit-learn (the `train` extra) and the shared evaluation folder (../shared/eval, or
$EVENTWIRE_EVAL_DIR). The runtime (eventwire/events/detector.py) needs only numpy.

Data (docs/detector.md gives the reasoning):
  positives  ../shared/eval/events/conflibert_cameo_pentaclass_train.jsonl, the quad class
             (0-4) of each sentence's event -> classes 1..5 here;
  negatives  class 0 ("no event"):
             (a) sentences of English article bodies in ../shared/eval/extraction/ground-truth.json
                 from pages that are not about politics, security, crime or the law (the page
                 list POLITICAL_PAGES below was read by hand), with every sentence dropped that
                 names a violence, security or political word (SECURITY_WORDS) - those pages are
                 negatives for political events, not for violence words;
             (b) boilerplate lines (cookie notices, copyright, share/subscribe prompts, photo
                 credits, navigation) found in the same pages' HTML by eventwire's own
                 boilerplate patterns, link lists excluded (they can carry headlines).
  Pages referenced by eval/events_gold.jsonl or eval/claims_gold.jsonl are never used; one
  usable page in five (heldout_page) is kept out for bench/detector_eval.py.

Model: two TF-IDF blocks over lower-cased words and word bigrams (sklearn's default token
pattern; one block with sklearn's English stop words removed before bigrams are formed, one
with all words; sublinear tf, each block l2-normalised) + multinomial logistic regression over 6 classes
(none, quad 0..4). P(event) = 1 - P(none). Everything is seeded; the script checks that the
numpy runtime reproduces sklearn's probabilities within 1e-6 before it reports success.
"""
from __future__ import annotations

import argparse
import collections
import gzip
import json
import random
import re
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
SEED = 13
OUT = ROOT / "eventwire" / "data" / "event_detector.npz"
CLASSES = ["none", "quad0", "quad1", "quad2", "quad3", "quad4"]
TOKEN_PATTERN = r"(?u)\b\w\w+\b"  # sklearn's default; detector.py uses the same
MAX_PER_PAGE = 60

# Extraction pages read by hand and judged to be (partly) about politics, government, the law,
# crime or violence: never used as negatives. Prefixes of the page ids.
POLITICAL_PAGES = {
    "06e5123e": "state attorney general investigates WeWork",
    "1ace8c85": "state attorney general investigates WeWork",
    "bc13ff87": "WeWork layoffs (follows the investigation story)",
    "08f79376": "NFL fight on the field, suspensions",
    "7ab16ade": "is football violence a crime",
    "156770d6": "South Dakota governor's anti-meth campaign",
    "3f65af7b": "South Dakota governor's anti-meth campaign",
    "776a1c04": "South Dakota governor's anti-meth campaign",
    "c13b9c0e": "South Dakota governor's anti-meth campaign",
    "16c30add": "Delhi air pollution, government measures",
    "076f4f33": "fact check, Delhi pollution",
    "2c46804d": "kidnapping and rescue",
    "51d066b0": "kidnapping and rescue",
    "e372e42c": "stabbing in Berlin",
    "f6ac15a4": "burglary report (not English)",
    "42aad16b": "NASA (government agency) contracts",
    "c50845a7": "NASA (government agency) contracts",
    "d1c57d78": "NASA (government agency) contracts",
    "432362af": "plague in China, authorities' measures",
    "8b194530": "plague in China, authorities' measures",
    "ba4dfe2d": "plague in China, authorities' measures",
    "ea25dd7e": "plague in China, authorities' measures",
    "c467d507": "state officials, disease fatality",
    "d0382c0d": "PG&E shutoff, regulators",
    "57d46c9d": "markets and US-China trade talks",
    "d605bdef": "markets and US-China trade talks",
    "55bb6340": "markets digest, politics",
    "65408257": "Indian economy and government policy",
    "b0cf2bbf": "South Korean government energy roadmap",
    "b6906ca0": "PolitiFact, tariffs",
    "9e8c9f08": "PolitiFact, congressman's claim",
    "8380689f": "Snopes, ambassador Yovanovitch",
    "87bf6057": "Prince Andrew / Epstein opinion",
    "7f93c194": "cannabis legalisation by states",
    "360c732d": "Alibaba listing in Hong Kong (protests)",
    "aec5deea": "questions before a political debate",
    "fde930b0": "tech news digest (regulation, politics)",
    "21486419": "religion and communities (Indonesian)",
    "7837c9d6": "history of a religious split (Indonesian)",
}

# A negative sentence naming any of these is dropped: the pages are negatives for political
# events, not evidence that these words are harmless. Matched case-insensitively at word start.
SECURITY_WORDS = re.compile(
    r"\b(kill|dead|death|dies?\b|died|dying|murder|attack|assault|shoot|shot|gun|bomb|blast|"
    r"explo|war\b|wars\b|warfare|fight|fought|battle|clash|strike|struck|beat|wound|injur|hurt|"
    r"arrest|detain|jail|prison|kidnap|abduct|hostage|raid|seiz|captur|invad|invasion|troop|"
    r"soldier|army|armies|military|militar|militan|terror|weapon|missile|rocket|police|polic|"
    r"violen|riot|protest|sanction|threat|destroy|destruct|fire\b|fired|firing|gunfire|stab|"
    r"crime|criminal|charged|charges|sue\b|sued|lawsuit|court|judge|prosecut|investigat|"
    r"govern|president|minister|parliament|congress|senat|lawmaker|legislat|election|vote|"
    r"voter|campaign|official|mayor|state department|embassy|ambassador|diplomat|treaty|"
    r"tariff|trade war|regulator|authorit|democrat|republican|white house|kremlin|nato\b|"
    r"united nations|\bun\b|\beu\b|european union|sheriff|agency|federal|ministry|nation\b|"
    r"refugee|border|ban\b|banned|accus|condemn|demand|negotiat|summit|talks\b|deal\b|"
    r"agreement|sign\b|signed|allian|ally|allies)",
    re.IGNORECASE,
)

_EN_STOP = set(
    "the a an and or of to in on for with is are was were be been it this that as at by from "
    "but not you your we our they their he she his her its have has had will would can".split()
)
_SENT_SPLIT = re.compile(r"(?<=[.!?])[\"'”’)\]]?\s+(?=[\"'“‘(\[]?[A-Z0-9])")


def eval_dir() -> Path:
    import os

    env = os.environ.get("EVENTWIRE_EVAL_DIR")
    return Path(env) if env else ROOT.parent / "shared" / "eval"


def excluded_pages() -> set[str]:
    """Page ids that our own gold sets reference: kept out of training."""
    out: set[str] = set()
    for name in ("events_gold.jsonl", "claims_gold.jsonl"):
        path = ROOT / "eval" / name
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            rec = json.loads(line)
            ref = rec.get("text_ref") or {}
            for v in (ref.get("extraction"), rec.get("doc")):
                if v:
                    out.add(str(v))
    return out


def stop_share(text: str) -> float:
    words = re.findall(r"[^\W\d_]+", text.lower())
    return sum(w in _EN_STOP for w in words) / max(1, len(words))


def is_english(sentence: str) -> bool:
    words = re.findall(r"[^\W\d_]+", sentence.lower())
    if len(words) < 5:
        return False
    letters = [c for c in sentence if c.isalpha()]
    if sum(c.isascii() for c in letters) < 0.97 * len(letters):
        return False
    return sum(w in _EN_STOP for w in words) >= 0.15 * len(words)


def split_sentences(body: str) -> list[str]:
    out = []
    for para in body.split("\n"):
        for s in _SENT_SPLIT.split(para.strip()):
            s = " ".join(s.split())
            if s:
                out.append(s)
    return out


def load_positives() -> list[tuple[str, int, str]]:
    rows = []
    path = eval_dir() / "events" / "conflibert_cameo_pentaclass_train.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        codes = {str(e["code"]) for e in rec["expected"]}
        assert len(codes) == 1, rec["id"]
        rows.append((rec["text"], 1 + int(codes.pop()), "conflibert"))
    return rows


def heldout_page(page: str) -> bool:
    """One usable page in five is kept out of training, to measure how many ordinary
    (non-political) sentences still pass the detector: bench/detector_eval.py reads them."""
    return int(page[:8], 16) % 5 == 0


def page_ok(page: str, skip: set[str], heldout: bool = False) -> bool:
    if page in skip or page[:8] in POLITICAL_PAGES:
        return False
    return heldout_page(page) == heldout


def load_article_negatives(skip: set[str], heldout: bool = False) -> list[tuple[str, int, str]]:
    gt = json.loads((eval_dir() / "extraction" / "ground-truth.json").read_text(encoding="utf-8"))
    rng = random.Random(SEED)
    rows = []
    for page in sorted(gt):
        if not page_ok(page, skip, heldout):
            continue
        body = gt[page].get("articleBody", "")
        if stop_share(body) < 0.2:  # not an English page
            continue
        sents = []
        for s in split_sentences(body):
            n = len(s.split())
            if n < 5 or n > 80 or not is_english(s) or SECURITY_WORDS.search(s):
                continue
            sents.append(s)
        sents = sorted(set(sents))
        rng.shuffle(sents)
        rows += [(s, 0, f"article:{page[:8]}") for s in sents[:MAX_PER_PAGE]]
    return rows


def load_boilerplate_negatives(skip: set[str], heldout: bool = False) -> list[tuple[str, int, str]]:
    from lxml import html as lxml_html

    from eventwire.inputs.boilerplate import classify

    html_dir = eval_dir() / "extraction" / "html"
    seen: set[str] = set()
    rows = []
    for path in sorted(html_dir.glob("*.html.gz")):
        page = path.name.split(".")[0]
        if not page_ok(page, skip, heldout):
            continue
        try:
            tree = lxml_html.fromstring(gzip.open(path).read())
        except Exception:  # noqa: BLE001 - a page that does not parse gives no lines
            continue
        for bad in tree.xpath("//script|//style|//noscript"):
            bad.drop_tree()
        for text in tree.xpath("//body//text()"):
            s = " ".join(str(text).split())
            if len(s.split()) < 2 or s.lower() in seen:
                continue
            cat = classify(s)
            if not cat or cat == "linklist" or SECURITY_WORDS.search(s):
                continue
            seen.add(s.lower())
            rows.append((s, 0, f"boilerplate:{cat}"))
    return rows


def build_data() -> list[tuple[str, int, str]]:
    skip = excluded_pages()
    rows = load_positives() + load_article_negatives(skip) + load_boilerplate_negatives(skip)
    # a text in two classes would be noise: keep its first occurrence
    seen, out = set(), []
    for r in rows:
        if r[0] not in seen:
            seen.add(r[0])
            out.append(r)
    return out


# Two TF-IDF blocks, each l2-normalised on its own, side by side: content words (English stop
# words removed before bigrams are formed) separate political/security text from everything
# else; all words (function words included) carry the reporting style that tells an event
# from background within political text. (stop_words: None or "english".)
BLOCKS = ({"stop_words": "english"}, {"stop_words": None})


class Features:
    """The blocks' vectorizers side by side (scipy hstack of their TF-IDF matrices)."""

    def __init__(self):
        from sklearn.feature_extraction.text import TfidfVectorizer

        self.vecs = [
            TfidfVectorizer(
                lowercase=True, token_pattern=TOKEN_PATTERN, ngram_range=(1, 2), min_df=2,
                stop_words=b["stop_words"], sublinear_tf=True, norm="l2", smooth_idf=True,
                dtype=np.float64,
            )
            for b in BLOCKS
        ]

    def fit_transform(self, texts):
        import scipy.sparse as sp

        return sp.hstack([v.fit_transform(texts) for v in self.vecs]).tocsr()

    def transform(self, texts):
        import scipy.sparse as sp

        return sp.hstack([v.transform(texts) for v in self.vecs]).tocsr()


def make_vectorizer() -> Features:
    return Features()


def class_weights(y) -> dict[int, float]:
    """"No event" and "event" weigh half each; the five quad classes share theirs equally."""
    n = len(y)
    counts = collections.Counter(int(v) for v in y)
    w = {0: n / 2 / counts[0]}
    for c in range(1, len(CLASSES)):
        w[c] = n / 2 / (len(CLASSES) - 1) / counts[c]
    return w


def make_model(C: float, y):
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=C, max_iter=5000, class_weight=class_weights(y), random_state=SEED)


def oof_scores(texts, y, C, folds=5):
    """Out-of-fold class probabilities (stratified, seeded)."""
    from sklearn.model_selection import StratifiedKFold

    P = np.zeros((len(texts), len(CLASSES)))
    for tr, te in StratifiedKFold(folds, shuffle=True, random_state=SEED).split(texts, y):
        vec = make_vectorizer()
        X = vec.fit_transform([texts[i] for i in tr])
        m = make_model(C, y[tr]).fit(X, y[tr])
        P[te] = m.predict_proba(vec.transform([texts[i] for i in te]))
    return P


def summarize(P, y, label=""):
    from sklearn.metrics import average_precision_score, roc_auc_score

    pe = 1 - P[:, 0]
    pos = y > 0
    quad_acc = float(np.mean(np.argmax(P[pos, 1:], axis=1) + 1 == y[pos]))
    thr99 = float(np.quantile(pe[pos], 0.01))
    thr95 = float(np.quantile(pe[pos], 0.05))
    print(
        f"{label} AUC {roc_auc_score(pos, pe):.4f}  AP {average_precision_score(pos, pe):.4f}  "
        f"quad acc (positives) {quad_acc:.3f}  thr@99%rec {thr99:.3f} "
        f"(negatives passed {np.mean(pe[~pos] >= thr99):.3f})  thr@95%rec {thr95:.3f} "
        f"(negatives passed {np.mean(pe[~pos] >= thr95):.3f})"
    )
    return thr99, thr95


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", default=str(OUT))
    ap.add_argument("--dump-negatives", help="write the training rows as TSV (for reading)")
    ap.add_argument("--C", type=float, default=None, help="skip the C search")
    args = ap.parse_args(argv)
    np.random.seed(SEED)

    rows = build_data()
    texts = [r[0] for r in rows]
    y = np.array([r[1] for r in rows])
    src = collections.Counter(r[2].split(":")[0] for r in rows)
    print(f"training rows {len(rows)}: positives {int((y > 0).sum())}, negatives {int((y == 0).sum())} "
          f"{dict(src)}; per class {dict(collections.Counter(CLASSES[i] for i in y))}")
    if args.dump_negatives:
        with open(args.dump_negatives, "w", encoding="utf-8") as fh:
            for t, c, s in rows:
                fh.write(f"{CLASSES[c]}\t{s}\t{t}\n")

    if args.C is None:
        best = None
        for C in (1.0, 3.0, 10.0, 30.0):
            P = oof_scores(texts, y, C)
            from sklearn.metrics import log_loss

            ll = log_loss(y, P)
            summarize(P, y, f"C={C:<5} logloss {ll:.4f}")
            if best is None or ll < best[0]:
                best = (ll, C)
        C = best[1]
    else:
        C = args.C
    P = oof_scores(texts, y, C)
    thr99, thr95 = summarize(P, y, f"chosen C={C} (5-fold out-of-fold)")

    vec = make_vectorizer()
    X = vec.fit_transform(texts)
    model = make_model(C, y).fit(X, y)
    assert list(model.classes_) == list(range(len(CLASSES)))
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    arrays = {}
    n_features = 0
    for i, v in enumerate(vec.vecs):
        vocab = sorted(v.vocabulary_, key=v.vocabulary_.get)
        arrays[f"block{i}_vocab"] = np.array("\n".join(vocab))
        arrays[f"block{i}_idf"] = v.idf_.astype(np.float64)
        arrays[f"block{i}_stop_words"] = np.array("\n".join(sorted(v.get_stop_words() or ())))
        n_features += len(vocab)
    np.savez_compressed(
        out,
        blocks=np.array(len(vec.vecs)),
        coef=model.coef_.astype(np.float64),
        intercept=model.intercept_.astype(np.float64),
        classes=np.array(CLASSES),
        token_pattern=np.array(TOKEN_PATTERN),
        thresholds=np.array([thr99, thr95]),
        meta=np.array(json.dumps({
            "C": C, "seed": SEED, "n_pos": int((y > 0).sum()), "n_neg": int((y == 0).sum()),
            "features": n_features, "sklearn": __import__("sklearn").__version__,
            "oof_threshold_99_recall": thr99, "oof_threshold_95_recall": thr95,
        })),
        **arrays,
    )
    print(f"wrote {out} ({out.stat().st_size / 1024:.0f} KiB, {n_features} features)")

    # The numpy runtime must give sklearn's numbers.
    sys.path.insert(0, str(ROOT))
    from eventwire.events.detector import EventDetector

    det = EventDetector(out)
    check = random.Random(SEED).sample(texts, 200) + [
        "Rebels shelled the town overnight, killing 12 civilians, officials said.",
        "Preheat the oven to 180C and whisk the eggs with the sugar.",
        "", "   ", "Ünïcödé wörds — and “quotes” état-major; 42 tanks!",
    ]
    want = model.predict_proba(vec.transform(check))
    got = det.probabilities(check)
    diff = float(np.max(np.abs(want - got)))
    print(f"numpy vs sklearn on {len(check)} sentences: max |diff| {diff:.2e}")
    if diff > 1e-6:
        print("MISMATCH between numpy runtime and sklearn", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
