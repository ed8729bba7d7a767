"""Remove non-article text (link lists, appeals, promotions, cookie and share
prompts, copyright lines, photo credits) from plain text.

Extractors such as trafilatura keep many of these lines, and plain-text or
markdown inputs carry them verbatim; left in, they become spurious events
("Russia attacks Ukraine every day" in a donation appeal). The patterns live
in `eventwire/data/boilerplate.tsv`; this module only decides what a "unit"
of text is and applies them.

A unit is a line, except in hard-wrapped paragraphs (plain text wrapped at a
fixed width), where the whole paragraph is one unit so that an appeal spread
over several lines goes as a whole.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "boilerplate.tsv"

DROP_THRESHOLD = 3  # sum of pattern weights at which a unit is boilerplate
LINK_LIST_MAX_ITEMS = 15  # headline lines dropped after a "Related" heading
HEADLINE_MAX_WORDS = 22

# Leading list bullets, brackets and quotes are not part of what a pattern sees.
_LEAD = re.compile(r"^[\s\-–—•*·▪►>»|\[\(“\"'‘]+")
_TRAIL = re.compile(r"[\s\]\)”\"'’|:»>]+$")
_WORD = re.compile(r"\w+")
_SENTENCE_END = re.compile(r"[.!?…;][\"'”’)\]]*$")
# Reported speech ("We rely on donations," she said): weak cues don't count
# there, since a quoted appeal is news, not furniture.
_REPORTED_SPEECH = re.compile(
    r"[\"“”]\s*,?\s*(?:\w+\s+){0,4}(?:said|says|told|added|wrote|explained|according)\b"
    r"|\b(?:said|says|told|added)\b[^\"“”]{0,40}[\"“]", re.IGNORECASE)


@dataclass(frozen=True)
class Pattern:
    category: str
    mode: str  # line | heading | full
    weight: int
    max_words: int
    regex: re.Pattern[str]


@lru_cache(maxsize=None)
def load_patterns(path: str | None = None) -> tuple[Pattern, ...]:
    """Read the pattern table (cached)."""
    patterns = []
    source = Path(path) if path else DATA_FILE
    for lineno, line in enumerate(source.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 5:
            raise ValueError(f"{source}:{lineno}: expected 5 tab-separated columns, got {len(cols)}")
        category, mode, weight, max_words, regex = cols
        if mode not in ("line", "heading", "full"):
            raise ValueError(f"{source}:{lineno}: unknown mode {mode!r}")
        patterns.append(Pattern(category, mode, int(weight), int(max_words), re.compile(regex, re.IGNORECASE)))
    return tuple(patterns)


def _core(unit: str) -> str:
    """The unit as the patterns see it: no bullets, brackets or quotes around."""
    return _TRAIL.sub("", _LEAD.sub("", unit)).strip()


def classify(unit: str) -> str | None:
    """The boilerplate category of one unit of text, or None for article text.

    Returns "heading" categories as `<category>-heading` so the caller knows a
    link list follows.
    """
    core = _core(unit)
    if not core:
        return None
    words = len(_WORD.findall(core))
    quoted = _REPORTED_SPEECH.search(core) is not None
    score = 0
    top = None
    for p in load_patterns():
        if p.max_words and words > p.max_words:
            continue
        if quoted and p.weight < DROP_THRESHOLD:
            continue
        if p.mode == "line":
            if p.regex.search(core):
                score += p.weight
                if top is None or p.weight > top[1]:
                    top = (p.category, p.weight)
        elif p.regex.fullmatch(core):
            return f"{p.category}-heading" if p.mode == "heading" else p.category
    if score >= DROP_THRESHOLD and top is not None:
        return top[0]
    return None


def _looks_like_headline(unit: str) -> bool:
    core = _core(unit)
    if not core:
        return False
    return len(_WORD.findall(core)) <= HEADLINE_MAX_WORDS and not _SENTENCE_END.search(core)


def _is_hard_wrapped(lines: list[str]) -> bool:
    """True for a paragraph wrapped at a fixed width (e.g. 72 columns).

    Wrapped lines are of similar length, mostly end mid-sentence, and none is
    much longer than a terminal line; trafilatura's one-paragraph-a-line output
    has lines of every length, most ending with a full stop.
    """
    if len(lines) < 2:
        return False
    body = [ln.rstrip() for ln in lines[:-1]]
    width = max(len(ln) for ln in lines)
    if width > 110 or width < 30:
        return False
    if any(len(ln) < 0.55 * width for ln in body):
        return False
    open_ends = sum(1 for ln in body if not _SENTENCE_END.search(ln))
    return open_ends * 2 >= len(body)


def _units(block: str, wrapped: bool | None = None) -> list[str]:
    lines = block.split("\n")
    if wrapped is None:
        wrapped = _is_hard_wrapped(lines)
    return [block] if wrapped and len(lines) > 1 else lines


def clean_text(text: str, *, wrapped: bool | None = None) -> str:
    """Drop boilerplate units from `text`; keep everything else verbatim.

    Paragraphs (blank-line blocks) and lines keep their order and separators;
    a dropped unit takes its line break with it, and blocks left empty vanish.
    `wrapped=False` says every line is a paragraph of its own (extractor
    output), `True` that blank-line blocks are hard-wrapped paragraphs; by
    default each block is judged by the shape of its lines.
    """
    blocks = re.split(r"\n[ \t]*\n+", text.replace("\r\n", "\n").replace("\r", "\n"))
    kept_blocks: list[str] = []
    in_link_list = 0  # headline units still to drop after a link-list heading
    for block in blocks:
        kept_units: list[str] = []
        for unit in _units(block, wrapped):
            if not unit.strip():
                continue
            kind = classify(unit)
            if kind is not None:
                in_link_list = LINK_LIST_MAX_ITEMS if kind.endswith("-heading") else 0
                continue
            if in_link_list and _looks_like_headline(unit):
                in_link_list -= 1
                continue
            in_link_list = 0
            kept_units.append(unit)
        if kept_units:
            kept_blocks.append("\n".join(kept_units))
    return "\n\n".join(kept_blocks)


def unwrap_paragraphs(text: str) -> str:
    """Join the lines of hard-wrapped paragraphs with spaces, so that each
    paragraph is one line (downstream, a line break ends a sentence)."""
    blocks = re.split(r"\n[ \t]*\n+", text)
    out = []
    for block in blocks:
        lines = block.split("\n")
        out.append(" ".join(ln.strip() for ln in lines) if _is_hard_wrapped(lines) else block)
    return "\n\n".join(out)


def boilerplate_lines(text: str, *, wrapped: bool | None = None) -> list[tuple[str, str]]:
    """The units `clean_text` would drop by pattern, as (category, unit) pairs.

    For reports and the extraction benchmark; headline lines dropped only
    because they follow a link-list heading are not listed.
    """
    found = []
    for block in re.split(r"\n[ \t]*\n+", text):
        for unit in _units(block, wrapped):
            kind = classify(unit)
            if kind is not None:
                found.append((kind.removesuffix("-heading"), unit.strip()))
    return found
