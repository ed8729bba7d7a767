"""Article-extraction benchmark: trafilatura alone vs trafilatura + our filter.

    python bench/extraction.py [--data ../shared/eval/extraction] [--show]

Runs over the scrapinghub article-extraction benchmark (`html/*.html.gz`,
`ground-truth.json` = {id: {"articleBody", "url"}}) and prints, for plain
trafilatura and for trafilatura followed by `clean_text`:

- the benchmark metric: 4-word shingles per document, precision and recall
  averaged over documents (each document's counts normalised), F1 of the two
  averages, as in the benchmark's evaluate.py;
- pages whose output still holds boilerplate-looking lines, by an independent
  probe (the regexes below, not our pattern file) and by our own detector;
- speed: extraction pages/s, and pages/s through `iter_documents` end to end.

Exits 0 with a message when the set is absent.
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eventwire.inputs import iter_documents  # noqa: E402
from eventwire.inputs.boilerplate import boilerplate_lines, clean_text  # noqa: E402
from eventwire.inputs.html import extract_article  # noqa: E402
from eventwire.inputs.readers import decode  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "eval" / "extraction"

# Independent probe for leftovers: the kinds of line named in the task
# (link lists, appeals, app promotions, share/cookie prompts, copyright, credits).
PROBE = re.compile(
    r"^\W*(read (also|more|next)|see (also|more)|also read|related( \w+)?\s*:|more on this|recommended|"
    r"click here|subscribe to|sign up (for|to)|follow us|share this|dear reader|support (independent|our)|"
    r"©|copyright|photo\s*:|image\s*:|advertisement$)"
    r"|\b(get the [\w ]{1,30} app|download (our|the) [\w ]{0,20}app|all rights reserved|getty images|we use cookies)\b",
    re.IGNORECASE,
)
_TOKEN = re.compile(r"\w+")


def shingles(text: str, n: int = 4) -> Counter:
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i:i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i:i + n])


def tp_fp_fn(true: str, pred: str) -> tuple[float, float, float]:
    t, p = shingles(true), shingles(pred)
    tp = sum((t & p).values())
    fp = sum((p - t).values())
    fn = sum((t - p).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def scores(counts: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    def prec(tp, fp, fn):
        return 1.0 if fp == fn == 0 else 0.0 if tp == fp == 0 else tp / (tp + fp)

    def rec(tp, fp, fn):
        return 1.0 if fp == fn == 0 else 0.0 if tp == fn == 0 else tp / (tp + fn)

    ps = [prec(*c) for c in counts if c[0] + c[1] > 0]
    rs = [rec(*c) for c in counts if c[0] + c[2] > 0]
    p, r = sum(ps) / len(ps), sum(rs) / len(rs)
    return p, r, 2 * p * r / (p + r)


def probe_lines(text: str) -> list[str]:
    return [ln for ln in text.splitlines() if ln.strip() and len(ln.split()) <= 40 and PROBE.search(ln.strip())]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--show", action="store_true", help="print leftover and removed lines per page")
    args = ap.parse_args()
    truth_file, pages = args.data / "ground-truth.json", sorted((args.data / "html").glob("*.html.gz"))
    if not truth_file.exists() or not pages:
        print(f"extraction benchmark not found under {args.data}; nothing to measure")
        return 0
    truth = json.loads(truth_file.read_text(encoding="utf-8"))

    raw_counts, clean_counts = [], []
    probe_before = probe_after = ours_before = ours_after = 0
    changed_pages = 0
    extract_time = filter_time = 0.0
    for path in pages:
        key = path.name.split(".")[0]
        gold = truth.get(key, {}).get("articleBody", "")
        page = decode(gzip.decompress(path.read_bytes()), html=True)
        t0 = time.perf_counter()
        article = extract_article(page, url=truth.get(key, {}).get("url"))
        t1 = time.perf_counter()
        raw = article.text if article else ""
        cleaned = clean_text(raw, wrapped=False)  # as the HTML reader calls it
        t2 = time.perf_counter()
        extract_time += t1 - t0
        filter_time += t2 - t1
        raw_counts.append(tp_fp_fn(gold, raw))
        clean_counts.append(tp_fp_fn(gold, cleaned))
        pb, pa = probe_lines(raw), probe_lines(cleaned)
        probe_before += bool(pb)
        probe_after += bool(pa)
        ours_before += bool(boilerplate_lines(raw, wrapped=False))
        ours_after += bool(boilerplate_lines(cleaned, wrapped=False))
        changed_pages += cleaned != raw
        if args.show and (pb or cleaned != raw):
            removed = set(raw.splitlines()) - set(cleaned.splitlines())
            print(f"--- {key[:12]}")
            for line in sorted(removed):
                print(f"  removed: {line[:110]}")
            for line in pa:
                print(f"  LEFT:    {line[:110]}")

    n = len(pages)
    p0, r0, f0 = scores(raw_counts)
    p1, r1, f1 = scores(clean_counts)
    print(f"pages: {n}")
    print(f"{'':24}{'precision':>10}{'recall':>10}{'F1':>8}{'pages with leftovers (probe / ours)':>38}")
    print(f"{'trafilatura':24}{p0:10.3f}{r0:10.3f}{f0:8.3f}{probe_before:>26} / {ours_before}")
    print(f"{'trafilatura + filter':24}{p1:10.3f}{r1:10.3f}{f1:8.3f}{probe_after:>26} / {ours_after}")
    print(f"pages changed by the filter: {changed_pages}")
    print(f"speed: extraction {n / extract_time:.1f} pages/s, filter {n / filter_time:.0f} pages/s")

    t0 = time.perf_counter()
    results = list(iter_documents([args.data / "html"]))
    elapsed = time.perf_counter() - t0
    errors = [r for r in results if not hasattr(r, "text")]
    print(f"iter_documents end to end (gunzip, decode, extract, filter): {len(results) / elapsed:.1f} pages/s, "
          f"{len(errors)} read errors")
    for e in errors[:5]:
        print(f"  {e}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
