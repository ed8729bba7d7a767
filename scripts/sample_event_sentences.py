#!/usr/bin/env python3
"""Draw a reproducible sample of sentences for the held-out event gold set.

Sources:
  * corpus/whitehouse/*.md  -- White House readouts/statements (public domain);
    the publication date is the front matter's ``date``.
  * the politics/security pages of the scrapinghub extraction benchmark
    (../shared/eval/extraction/ground-truth.json), chosen by keywords in the URL
    and the article body; the date comes from the URL, else from the page's
    HTML metadata (trafilatura), else null.

About 60% of the sample are sentences holding a likely event trigger (met,
talks, sanctions, attack, killed, aid, protest, ...), about 40% other
sentences (most hold no codable event: they measure spurious events).
Sentences that are exact duplicates of ones in eval/claims_gold.jsonl or
eval/dates_gold.jsonl are left out. Output: one JSON object a line with
``id``, ``text``, ``date``, ``doc``, ``split``, ``stratum`` and
``expected: null`` -- the labels are written by hand afterwards
(see eval/events_gold.md).

    python scripts/sample_event_sentences.py --out /tmp/events_sample.jsonl
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
SEED = 20261129
TARGET = 200
EVENT_SHARE = 0.6
NEWS_SHARE = 0.4          # share of the sample drawn from the news pages
MAX_PER_DOC = 3           # spread the sample over many documents

# A likely event trigger (verb or noun) anywhere in the sentence.
EVENT_WORDS = re.compile(
    r"\b(met|meet(s|ing)?|talks?|call(ed|s)?|spoke|discuss(ed|es)?|visit(ed|s)?|"
    r"host(ed|s)?|sanction(s|ed)?|attack(s|ed)?|strike(s)?|struck|kill(ed|ing|s)?|"
    r"aid|assistance|weapons?|arms|agree(d|ment|ments)?|sign(ed|s)?|protest(s|ed|ers)?|"
    r"condemn(s|ed)?|accus(e|ed|es)|urge(d|s)?|call(ed)? on|den(y|ied|ies)|"
    r"exercises?|arrest(ed|s)?|detain(ed|s)?|troops|invasion|invade(d)?|"
    r"shell(ing|ed)|bomb(ing|ed|s)?|missiles?|drones?|fire(d)?|threat(en|ened|ens)?|"
    r"warn(ed|s)?|impos(e|ed|es)|expel(led)?|withdr(ew|aw|awn)|deploy(ed|s)?|"
    r"charged?|indict(ed|ment)|sentenced?|released?|rall(y|ies|ied)|clash(es|ed)?|"
    r"provide(d|s)?|deliver(ed|ies|y)?|announce(d|s)?|pledge(d|s)?|welcome(d|s)?|"
    r"prais(e|ed)|criticiz(e|ed)|reject(ed|s)?|demand(ed|s)?|negotiat(e|ed|ions))\b",
    re.I,
)

# News pages: keywords in the URL select the candidates; the body must also
# carry several security/politics words (an impeachment or war story, not a
# gadget review that happens to say "strike").
URL_WORDS = re.compile(
    r"russia|ukrain|china|hong-kong|taliban|hostage|israel|settlement|military|"
    r"esper|coast-guard|impeach|sondland|trump|morales|bolivia|killed|protest|"
    r"police|arrest|court|prison|guards|epstein|assange|investigation|sanction|"
    r"tariff|trade-deal|al-tanf|rukban|iran|syria|deportees|migrants|senate|"
    r"igp|stabbed|hitler|tories|white-house|panarmenian|news/275221|"
    r"royal|world-europe|slaughter",
    re.I,
)
BODY_WORDS = re.compile(
    r"\b(military|troops|war|police|arrest(ed)?|court|protest(ers|s)?|sanctions?|"
    r"government|president|minister|officials?|killed|attack|embassy|diplomat\w*|"
    r"security|forces|prisoners?|charged|investigation|senate|congress|election)\b",
    re.I,
)
MIN_BODY_HITS = 8          # ... or at least MIN_SHORT_HITS at MIN_DENSITY per 1,000 chars
MIN_SHORT_HITS, MIN_DENSITY = 3, 2.0

# Abbreviations after which a full stop does not end a sentence.
ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Jr|Sr|St|Gen|Lt|Col|Sgt|Capt|Adm|Gov|Sen|Rep|Rev|Prof|"
    r"No|Nos|Vol|Inc|Ltd|Co|Corp|vs|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|"
    r"Nov|Dec|approx|e\.g|i\.e)|\b[A-Z](?:\.[A-Z])*)\.$"
)


def split_sentences(text: str) -> list[str]:
    """A simple rule splitter: end at . ! ? (plus closing quotes/brackets)
    followed by whitespace and an upper-case letter, digit or opening quote,
    unless the full stop closes a known abbreviation or an initial."""
    out: list[str] = []
    for para in re.split(r"\n\s*\n", text):
        para = re.sub(r"\s+", " ", para).strip()
        if not para:
            continue
        start = 0
        for m in re.finditer(r"[.!?][\"'”’)\]]*\s+(?=[A-Z0-9“\"‘(])", para):
            head = para[start:m.start() + 1]
            if para[m.start()] == "." and ABBREV.search(head):
                continue
            out.append(para[start:m.end()].strip())
            start = m.end()
        if start < len(para):
            out.append(para[start:].strip())
    return out


def clean_markdown(body: str) -> str:
    body = re.sub(r"!\[[^\]]*\]\([^)]*\)", " ", body)          # images
    body = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", body)       # links -> text
    body = body.replace("\\", "")
    # transcript corrections "<s>invalidated</s> [invaded]" -> "invaded"
    body = re.sub(r"<s>[^<]*</s>\s*\[([^\]]*)\]", r"\1", body)
    body = re.sub(r"</?s>", "", body)
    lines = []
    for line in body.splitlines():
        s = line.strip()
        if s.startswith("#") or s in {"###", "\\###"}:
            lines.append("")
            continue
        s = re.sub(r"^([-*•]|\d+\.)\s+", "", s)                # bullets
        s = re.sub(r"[*_]{1,3}([^*_]+)[*_]{1,3}", r"\1", s)     # emphasis
        lines.append(s)
    return "\n".join(lines)


def read_whitehouse(folder: Path) -> list[tuple[str, str, str]]:
    """(doc, date, text) for each White House markdown file."""
    docs = []
    for path in sorted(folder.glob("*.md")):
        raw = path.read_text(encoding="utf-8")
        date = None
        body = raw
        if raw.startswith("---"):
            _, front, body = raw.split("---", 2)
            m = re.search(r"^date:\s*'?(\d{4}-\d{2}-\d{2})", front, re.M)
            date = m.group(1) if m else None
        docs.append((path.name, date, clean_markdown(body)))
    return docs


MONTHS = {m: i for i, m in enumerate(
    "jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}


def date_from_url(url: str) -> str | None:
    m = re.search(r"/(20\d\d)/(\d\d)/(\d\d)/", url)
    if m:
        return "-".join(m.groups())
    m = re.search(r"/(20\d\d)/([a-z]{3})/(\d\d?)/", url)
    if m and m.group(2) in MONTHS:
        return f"{m.group(1)}-{MONTHS[m.group(2)]:02d}-{int(m.group(3)):02d}"
    m = re.search(r"/(20\d\d)-(\d\d)-(\d\d)/", url)
    if m:
        return "-".join(m.groups())
    m = re.search(r"/(20\d\d)(\d\d)(\d\d)\d{6,}", url)          # sputnik ids
    if m:
        return "-".join(m.groups())
    m = re.search(r"/(20\d\d)/(\d\d)/(\d\d)", url)
    if m:
        return "-".join(m.groups())
    return None


def date_from_html(path: Path) -> str | None:
    if not path.exists():
        return None
    try:
        from trafilatura import extract_metadata
    except ImportError:
        return None
    with gzip.open(path, "rt", encoding="utf-8", errors="replace") as fh:
        meta = extract_metadata(fh.read())
    return meta.date if meta and meta.date else None


def read_news(gt_path: Path) -> list[tuple[str, str, str]]:
    """(url, date, text) for the politics/security pages of the benchmark."""
    pages = json.loads(gt_path.read_text(encoding="utf-8"))
    docs = []
    for pid in sorted(pages):
        url, body = pages[pid]["url"], pages[pid]["articleBody"]
        if not URL_WORDS.search(url):
            continue
        hits = len(BODY_WORDS.findall(body))
        dense = hits >= MIN_SHORT_HITS and hits / (len(body) / 1000) >= MIN_DENSITY
        if hits < MIN_BODY_HITS and not dense:
            continue
        if sum(c.isascii() for c in body) < 0.97 * len(body):   # English only
            continue
        date = date_from_url(url) or date_from_html(gt_path.parent / "html" / f"{pid}.html.gz")
        docs.append((url, date, body))
    return docs


def usable(sentence: str) -> bool:
    words = sentence.split()
    if not 6 <= len(words) <= 60:
        return False
    if not sentence[0].isupper() and not sentence[0] in "“\"":
        return False
    if re.search(r"https?://|@\w|\bclick here\b|\bsubscribe\b|\bread more\b", sentence, re.I):
        return False
    if sentence.rstrip()[-1] not in ".!?\"”’)":
        return False                                         # headings, captions
    return True


def known_sentences() -> set[str]:
    seen: set[str] = set()
    for name, key in (("claims_gold.jsonl", "text"), ("dates_gold.jsonl", "sentence")):
        path = REPO / "eval" / name
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    seen.add((json.loads(line).get(key) or "").strip())
    return seen


def pool(docs, source: str, exclude: set[str]) -> dict[str, list[dict]]:
    strata: dict[str, list[dict]] = {"event": [], "other": []}
    seen: set[str] = set()
    for doc, date, text in docs:
        for sent in split_sentences(text):
            if not usable(sent) or sent in exclude or sent in seen:
                continue
            seen.add(sent)
            kind = "event" if EVENT_WORDS.search(sent) else "other"
            strata[kind].append({"text": sent, "date": date, "doc": doc, "source": source})
    return strata


def draw(candidates: list[dict], n: int, rng: random.Random, per_doc: dict[str, int]) -> list[dict]:
    """n candidates in random order, at most MAX_PER_DOC per document."""
    order = candidates[:]
    rng.shuffle(order)
    picked = []
    for cand in order:
        if len(picked) == n:
            break
        if per_doc.get(cand["doc"], 0) >= MAX_PER_DOC:
            continue
        per_doc[cand["doc"]] = per_doc.get(cand["doc"], 0) + 1
        picked.append(cand)
    return picked


def sample(target: int = TARGET, seed: int = SEED, wh_dir: Path | None = None,
           gt_path: Path | None = None) -> list[dict]:
    wh_dir = wh_dir or REPO / "corpus" / "whitehouse"
    gt_path = gt_path or REPO.parent / "shared" / "eval" / "extraction" / "ground-truth.json"
    exclude = known_sentences()
    wh = pool(read_whitehouse(wh_dir), "whitehouse", exclude)
    news = pool(read_news(gt_path), "news", exclude) if gt_path.exists() else {"event": [], "other": []}
    rng = random.Random(seed)
    per_doc: dict[str, int] = {}
    n_news = round(target * NEWS_SHARE) if news["event"] else 0
    n_wh = target - n_news
    picked = []
    for strata, n in ((news, n_news), (wh, n_wh)):
        n_event = round(n * EVENT_SHARE)
        picked += [dict(c, stratum="event") for c in draw(strata["event"], n_event, rng, per_doc)]
        picked += [dict(c, stratum="other") for c in draw(strata["other"], n - n_event, rng, per_doc)]
    rng.shuffle(picked)
    half = len(picked) // 2
    records = []
    for i, c in enumerate(picked):
        records.append({"id": f"evh-{i:03d}", "text": c["text"], "date": c["date"],
                        "doc": c["doc"], "split": "dev" if i < half else "test",
                        "stratum": c["stratum"], "expected": None})
    return records


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default="-", help="output JSONL (default stdout)")
    ap.add_argument("--n", type=int, default=TARGET)
    ap.add_argument("--seed", type=int, default=SEED)
    args = ap.parse_args(argv)
    records = sample(args.n, args.seed)
    fh = sys.stdout if args.out == "-" else open(args.out, "w", encoding="utf-8")
    for r in records:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    if fh is not sys.stdout:
        fh.close()
    kinds = {}
    for r in records:
        kinds[(r["doc"].startswith("http"), r["stratum"])] = kinds.get((r["doc"].startswith("http"), r["stratum"]), 0) + 1
    print(f"{len(records)} sentences; (news?, stratum) counts: {kinds}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
