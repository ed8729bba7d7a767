"""Paragraphs and sentences of the 14 White House documents of round evwh15.

Paragraphs and sentences are cut exactly as for eval/events_blind.jsonl
(scripts/sample_event_paragraphs.py: `wh_paragraphs`, `split_spans`); paragraph and
sentence numbers are 1-based. Documents are split by position in the pool list: every
third (positions 3, 6, 9, 12) is held out, the rest are tuned on.

    .venv/bin/python eval/events_wh15/paragraphs.py > eval/events_wh15/sentences.txt
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "scripts"))
from sample_event_paragraphs import WH_DIR, split_spans, wh_paragraphs  # noqa: E402

POOL = [
    "wh-2021-01-26-readout-of-president-joseph-r-biden-jr-call-with-president-vladimir-putin-of-russia.md",
    "wh-2021-03-31-statement-by-national-security-council-spokesperson-emily-horne-on-national-security-advi.md",
    "wh-2022-02-12-readout-of-president-bidens-call-with-president-vladimir-putin-of-russia.md",
    "wh-2022-03-05-statement-by-nsc-spokesperson-emily-horne-on-russian-disinformation-and-efforts-to-underm.md",
    "wh-2023-02-24-fact-sheet-on-one-year-anniversary-of-russias-invasion-of-ukraine-biden-administration-an.md",
    "wh-2023-09-21-remarks-by-president-biden-and-president-volodymyr-zelenskyy-of-ukraine-after-expanded-bi.md",
    "wh-2023-11-07-statement-from-national-security-advisor-jake-sullivan-on-united-states-suspension-of-the.md",
    "wh-2023-12-08-readout-of-national-security-advisor-jake-sullivans-trilateral-meeting-with-the-national.md",
    "wh-2024-04-02-readout-of-president-joe-bidens-call-with-president-xi-jinping-of-the-peoples-republic-of.md",
    "wh-2024-07-10-fact-sheet-the-2024-nato-summit-in-washington.md",
    "wh-2024-07-11-fact-sheet-united-states-welcomes-growing-contributions-to-global-security-from-natos-ind.md",
    "wh-2024-08-28-readout-of-national-security-advisor-jake-sullivans-meeting-with-vice-chairman-of-the-cen.md",
    "wh-2024-10-25-readout-of-national-security-advisor-jake-sullivans-meeting-with-director-of-national-sec.md",
    "wh-2025-01-10-statement-from-deputy-national-security-advisor-for-international-economics-and-deputy-di.md",
]
HELDOUT = {POOL[i - 1] for i in (3, 6, 9, 12)}


def documents():
    """(file, part, date, title, url, [[sentence, ...] per paragraph]) for each pool document."""
    titles = {}                     # index.jsonl holds the unfolded front-matter titles
    for line in (WH_DIR / "index.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            titles[r["file"]] = re.sub(r"\s+", " ", r["title"].replace("\u00a0", " ")).strip()
    for name in POOL:
        raw = (WH_DIR / name).read_text(encoding="utf-8")
        _, front, body = raw.split("---", 2)
        date = re.search(r"^date:\s*'?(\d{4}-\d{2}-\d{2})", front, re.M).group(1)
        title = titles.get(name, name)
        url_m = re.search(r"^source_url:\s*(\S+)", front, re.M)
        paras = [[text[a:b] for a, b in split_spans(text)] for text in wh_paragraphs(body)]
        yield (name, "heldout" if name in HELDOUT else "tuned", date, title,
               url_m.group(1) if url_m else None, paras)


def main() -> int:
    for name, part, date, title, _url, paras in documents():
        print(f"=== {part} {name} ({date}) {title}")
        for p, sents in enumerate(paras, 1):
            for s, text in enumerate(sents, 1):
                print(f"{p}.{s}\t{text}")
            print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
