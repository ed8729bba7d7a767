#!/usr/bin/env python3
"""Draw a reproducible sample of WHOLE PARAGRAPHS for the blind in-context
event gold set (eval/events_blind.jsonl; rules in eval/events_blind.md).

Every sentence of a drawn paragraph becomes one record (sentences without an
event count too), so the set measures spurious events as well as recall, and
the evaluator can code each paragraph as one document (context: "we" in a
White House statement, "the two leaders", "the ministry").

Sources:
  * ../shared/corpus/whitehouse/*.md -- White House documents (public domain);
    records carry the sentence text.
  * news pages of the scrapinghub extraction benchmark
    (../shared/eval/extraction/ground-truth.json, ``articleBody``); records
    carry only ``text_ref`` offsets, never the text.

Exclusions: every document used by eval/events_gold.jsonl or
eval/claims_gold.jsonl, the extraction pages used by any gold file, documents
that share a sentence with a file under tests/fixtures, and the four corpus
files tests/test_pipeline.py copies.  White House documents used by
eval/dates_gold.jsonl (a date set; 111 of the 116 corpus files are taken by
the three sets together) are admitted -- there are only five untouched ones --
but no paragraph holding a dates_gold sentence is drawn from them (see
eval/events_blind.md).

Per document at most MAX_PARAS_WH (White House) / MAX_PARAS (news) paragraphs
of 1-6 sentences, most of them holding a likely event trigger; longer
paragraphs are preferred.  Documents, not sentences, are split
into dev and test (greedy balancing of sentence counts in a seeded random
order), so context never crosses halves.

    .venv/bin/python scripts/sample_event_paragraphs.py --out /tmp/blind_sample.jsonl

(the project venv: trafilatura dates news pages whose URL carries no date).

The output holds the sentence text of news records too, beside their text_ref
(for labelling only; never commit it: eval/events_blind.jsonl keeps only the
text_ref of news records), and ``expected: null`` / ``topic: null`` to be
filled in by hand (eval/events_blind.md).
"""
from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "scripts"))
from sample_event_sentences import ABBREV, EVENT_WORDS  # noqa: E402

SEED = 20261206
MAX_PARAS = 3               # per news page
MAX_PARAS_WH = 4            # per White House document (only 24 are admissible; see the docstring)
MAX_SENTS = 6
MAX_WORDS = 80              # a longer sentence is usually a run-on list or a splitter failure
SHARED = REPO.parent / "shared"
WH_DIR = SHARED / "corpus" / "whitehouse"
GT_PATH = SHARED / "eval" / "extraction" / "ground-truth.json"

# News pages chosen by reading the not-yet-used English pages of the extraction
# benchmark (the security/politics pages were all taken by eval/events_gold.jsonl):
# crime/police, border security, trade war and diplomacy, impeachment politics,
# state investigations; a few unrelated pages for spurious-event checks.
NEWS_PAGES = [
    "51d066b0",   # nbcdfw: kidnapped Fort Worth girl rescued (police)
    "2c46804d",   # cbsnews: same kidnapping, arrest
    "9e8c9f08",   # politifact: drugs across the US-Mexico border
    "b6906ca0",   # politifact: tariffs / trade war
    "d605bdef",   # cnn: US-China trade talks weigh on markets
    "57d46c9d",   # reuters: trade doubts, markets
    "aec5deea",   # AP: Democratic debate questions, impeachment
    "8380689f",   # snopes: Yovanovitch testimony
    "87bf6057",   # washington examiner: Prince Andrew / Epstein
    "1ace8c85",   # techcrunch: NY attorney general investigating WeWork
    "06e5123e",   # venturebeat: same investigation
    "7ab16ade",   # wsj: is football violence a crime
    "360c732d",   # cityam: Alibaba listing in Hong Kong
    "16c30add",   # vox: Delhi air pollution, government response
    "776a1c04",   # usatoday: South Dakota anti-meth campaign
    "156770d6",   # thehill: same campaign, governor
    "d0382c0d",   # timesunion: PG&E power shutoff over fire danger
    "374ac9a5",   # cnbc: Emirates order, Dubai Airshow
    "c00962aa",   # thespacereview: NASA launch system, Congress
    "7f93c194",   # newsweek: cannabis use disorder, state laws
]

SECURITY_WORDS = re.compile(
    r"\b(military|troops|war|wars|attack\w*|strikes?|missiles?|killed|weapons?|defen[cs]e|"
    r"security|sanction\w*|terror\w*|police|arrest\w*|kidnap\w*|charged|court|prison|"
    r"Houthis?|Hamas|Gaza|Ukraine|Russia\w*|NATO|China|Iran\w*|Korea\w*|Japan\w*|"
    r"tariffs?|trade|talks|met|meeting|call|ambassador|border|drugs?|investigat\w*)\b",
    re.I,
)


def split_spans(text: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end) of one paragraph string: end at . ! ? (plus
    closing quotes/brackets) followed by whitespace and an upper-case letter,
    digit or opening quote, unless the full stop closes an abbreviation."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in re.finditer(r"[.!?][\"'”’)\]]*\s+(?=[A-Z0-9“\"‘(])", text):
        if text[m.start()] == "." and ABBREV.search(text[start:m.start() + 1]):
            continue
        end = m.start() + len(m.group(0).rstrip())
        spans.append((start, end))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans


def clean_inline(s: str) -> str:
    s = re.sub(r"!\[[^\]]*\]\([^)]*\)", " ", s)
    s = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", s)
    s = s.replace("\\", "")
    s = re.sub(r"<s>[^<]*</s>\s*\[([^\]]*)\]", r"\1", s)
    s = re.sub(r"</?s>", "", s)
    s = re.sub(r"</?(span|em|strong|b|i|u)\b[^>]*>", "", s)      # inline HTML left by the converter
    s = re.sub(r"[*_]{1,3}([^*_]+)[*_]{1,3}", r"\1", s)
    return s.replace("\u00a0", " ")


def wh_paragraphs(body: str) -> list[str]:
    """Paragraphs of a White House markdown body: blank-line separated blocks;
    a bullet starts a paragraph of its own; headings are dropped."""
    paras: list[list[str]] = [[]]
    for line in body.splitlines():
        s = line.strip()
        if not s or s.startswith("#") or s in {"###", "\\###"}:
            paras.append([])
            continue
        if re.match(r"^([-*•]|\d+\.)\s+", s):
            paras.append([])
            s = re.sub(r"^([-*•]|\d+\.)\s+", "", s)
        paras[-1].append(s)
    out = []
    for p in paras:
        text = re.sub(r"\s+", " ", clean_inline(" ".join(p))).strip()
        if text:
            out.append(text)
    return out


def read_whitehouse() -> list[dict]:
    titles = {}                             # index.jsonl holds the unfolded front-matter titles
    for line in (WH_DIR / "index.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            titles[r["file"]] = re.sub(r"\s+", " ", r["title"].replace("\u00a0", " ")).strip()
    docs = []
    for path in sorted(WH_DIR.glob("*.md")):
        raw = path.read_text(encoding="utf-8")
        _, front, body = raw.split("---", 2)
        date = re.search(r"^date:\s*'?(\d{4}-\d{2}-\d{2})", front, re.M).group(1)
        title = titles.get(path.name, path.stem)
        paras = []
        for text in wh_paragraphs(body):
            paras.append([(text[a:b], None) for a, b in split_spans(text)])
        docs.append({"doc": path.name, "title": title, "date": date, "source": "whitehouse",
                     "paras": paras})
    return docs


def news_date(url: str) -> str | None:
    from sample_event_sentences import date_from_url
    return date_from_url(url)


def read_news() -> list[dict]:
    pages = json.loads(GT_PATH.read_text(encoding="utf-8"))
    by_prefix = {pid[:8]: pid for pid in pages}
    docs = []
    for pre in NEWS_PAGES:
        pid = by_prefix[pre]
        body, url = pages[pid]["articleBody"], pages[pid]["url"]
        paras = []
        pos = 0
        for line in body.split("\n"):
            start = pos
            pos += len(line) + 1
            if not line.strip():
                continue
            lead = len(line) - len(line.lstrip())
            text = line.strip()
            paras.append([(text[a:b], (start + lead + a, start + lead + b))
                          for a, b in split_spans(text)])
        date = news_date(url)
        if date is None:
            from sample_event_sentences import date_from_html
            date = date_from_html(GT_PATH.parent / "html" / f"{pid}.html.gz")
            date = date[:10] if date else None
        title = url.rstrip("/").rsplit("/", 1)[-1]
        docs.append({"doc": pid, "title": title, "url": url, "date": date, "source": "news",
                     "paras": paras})
    return docs


def excluded_docs() -> tuple[set[str], set[str]]:
    """(documents to leave out, sentences of dates_gold)."""
    docs: set[str] = set()
    for name in ("events_gold.jsonl", "claims_gold.jsonl", "dates_gold.jsonl"):
        for line in (REPO / "eval" / name).read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            r = json.loads(line)
            d = r.get("doc")
            if name == "dates_gold.jsonl" and d and d.startswith("wh-"):
                continue                    # admitted, paragraph-level exclusion below
            if d:
                docs.add(d)
            if isinstance(r.get("text_ref"), dict):
                docs.add(r["text_ref"].get("extraction"))
    dates_sents = set()
    for line in (REPO / "eval" / "dates_gold.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            s = json.loads(line).get("sentence")
            if s:
                dates_sents.add(re.sub(r"\s+", " ", s).strip())
    docs |= {p.name for p in sorted((REPO / "corpus" / "whitehouse").glob("*.md"))[:4]}
    return docs, dates_sents


def fixture_text() -> str:
    parts = []
    for path in (REPO / "tests" / "fixtures").rglob("*"):
        if not path.is_file():
            continue
        try:
            data = gzip.open(path, "rt", encoding="utf-8").read() if path.suffix == ".gz" \
                else path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue
        parts.append(re.sub(r"\s+", " ", data))
    return "\n".join(parts)


def usable_para(sents: list[tuple[str, object]], dates_sents: set[str]) -> bool:
    if not 1 <= len(sents) <= MAX_SENTS:
        return False
    words = sum(len(s.split()) for s, _ in sents)
    if words < 8:
        return False
    for s, _ in sents:
        if len(s.split()) > MAX_WORDS or len(s.split()) < 3:
            return False
        if re.search(r"https?://|@\w|\bclick here\b|\bsubscribe\b|\bread more\b|^_+$", s, re.I):
            return False
        if any(d in s or s in d for d in dates_sents if len(s) > 30):
            return False
    last = sents[-1][0].rstrip()
    if last[-1] not in ".!?\"”’)":
        return False                        # headings, captions, datelines
    if sents[0][0].isupper() and len(sents[0][0].split()) < 8 and len(sents) == 1:
        return False                        # all-caps subheading
    return True


def sample(seed: int = SEED) -> list[dict]:
    rng = random.Random(seed)
    exclude, dates_sents = excluded_docs()
    fixtures = fixture_text()
    docs = [d for d in read_whitehouse() + read_news() if d["doc"] not in exclude]
    picked_docs = []
    for d in docs:
        sents = [s for p in d["paras"] for s, _ in p]
        if any(len(s) > 60 and s in fixtures for s in sents):
            continue
        cands = [(i, p) for i, p in enumerate(d["paras"], 1) if usable_para(p, dates_sents)]
        event = [c for c in cands if any(EVENT_WORDS.search(s) for s, _ in c[1])]
        other = [c for c in cands if c not in event]
        rng.shuffle(event)
        rng.shuffle(other)
        # longer paragraphs first (stable after the shuffle): more context per paragraph
        event.sort(key=lambda c: -min(len(c[1]), 4))
        other.sort(key=lambda c: -min(len(c[1]), 4))
        cap = MAX_PARAS_WH if d["source"] == "whitehouse" else MAX_PARAS
        n_event = min(len(event), cap - 1)
        chosen = event[:n_event] + other[:cap - n_event]
        chosen += event[n_event:n_event + cap - len(chosen)]
        chosen.sort()
        if chosen:
            picked_docs.append((d, chosen))
    # split by document: seeded order, each document to the half with fewer sentences
    order = picked_docs[:]
    rng.shuffle(order)
    split_of = {}
    for source in ("whitehouse", "news"):      # balance each source on its own
        size = {"dev": 0, "test": 0}
        for d, chosen in sorted((x for x in order if x[0]["source"] == source),
                                key=lambda x: -sum(len(p) for _, p in x[1])):
            half = "dev" if size["dev"] <= size["test"] else "test"
            split_of[d["doc"]] = half
            size[half] += sum(len(p) for _, p in chosen)
    records = []
    for d, chosen in order:
        for pnum, para in chosen:
            for snum, (text, span) in enumerate(para, 1):
                r = {"id": None, "doc": d["doc"], "title": d["title"], "para": pnum,
                     "sent": snum, "date": d["date"]}
                if d["source"] == "news":
                    r["text_ref"] = {"extraction": d["doc"], "start": span[0], "end": span[1]}
                    r["url"] = d["url"]
                r["text"] = text
                r["expected"] = None
                r["split"] = split_of[d["doc"]]
                r["topic"] = None
                r["source"] = d["source"]
                records.append(r)
    for i, r in enumerate(records):
        r["id"] = f"evb-{i:03d}"
    return records


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default="-", help="output JSONL with text (for labelling; default stdout)")
    ap.add_argument("--seed", type=int, default=SEED)
    args = ap.parse_args(argv)
    records = sample(args.seed)
    fh = sys.stdout if args.out == "-" else open(args.out, "w", encoding="utf-8")
    for r in records:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    if fh is not sys.stdout:
        fh.close()
    from collections import Counter
    c = Counter((r["split"], r["source"]) for r in records)
    docs = len({r["doc"] for r in records})
    paras = len({(r["doc"], r["para"]) for r in records})
    print(f"{len(records)} sentences, {paras} paragraphs, {docs} documents; {dict(c)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
