"""Time and memory of one long plain-text report (docs/limits.md): the sample corpus's text
repeated to 2 MB, written to a .txt file, then read and coded by `extract()` in one process.

    python bench/long_document.py                  # no time limit
    python bench/long_document.py --doc-timeout 60 # under the default limit
"""
from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eventwire.inputs import iter_documents  # noqa: E402
from eventwire.pipeline import extract  # noqa: E402
from eventwire.records import DocumentResult, RawDocument  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default=str(Path(__file__).resolve().parents[1] / "corpus" / "whitehouse"))
    ap.add_argument("--mb", type=float, default=2.0)
    ap.add_argument("--doc-timeout", type=float, default=0.0, help="0: no limit")
    args = ap.parse_args()
    body = "\n\n".join(d.text for d in iter_documents([args.corpus]) if isinstance(d, RawDocument))
    size = int(args.mb * 1024 * 1024)
    text = ("\n\n".join([body] * (size // len(body.encode()) + 1)))[:size]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "long.txt"
        path.write_text(text)
        started = time.perf_counter()
        (result,) = extract([path], doc_timeout=args.doc_timeout)
        elapsed = time.perf_counter() - started
    print(f"document       {len(text):,} characters")
    print(f"read + code    {elapsed:.1f} s (model load included)")
    if isinstance(result, DocumentResult):
        print(f"result         {len(result.sentences):,} sentences, {len(result.events):,} events, "
              f"{len(result.claims):,} claims")
    else:
        print(f"result         {result}")
    print(f"peak RSS       {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
