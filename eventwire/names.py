"""Named military exercises, operations, patrols and campaigns.

    find_names("Russia and China launched the Okean-2024 naval exercises.")
    -> [(30, 40, "Okean-2024")]

Generic patterns, not a list of answers:

* a capitalised word or words joined by spaces or slashes with a year
  suffix ("Okean-2024", "Northern/Interaction-2024", "RIMPAC 2024",
  "Joint Sword-2024A"), when exercise vocabulary (exercise, drills,
  maneuvers, war games, patrol, operation ...) is nearby or the name is a
  known recurring one;
* a title word and capitalised words: "Operation Spiderweb", "Operation
  Prosperity Guardian", "Exercise Talisman Sabre";
* a name after "codenamed", "dubbed", "called" ... — quoted, or unquoted
  after "codenamed" or after exercise vocabulary ("an exercise called
  Freedom Edge");
* two or more capitalised words right before exercise vocabulary ("the
  Pacific Vanguard exercise"), unless they are only places, demonyms or
  service names ("the Russian Navy drills", "Black Sea drills");
* known recurring names ("Ulchi Freedom Shield", "Sea Breeze") from
  ``eventwire/data/names_known.txt``, an optional recall boost.

Word classes live in ``eventwire/data/names_lexicon.tsv``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

__all__ = ["find_names"]

_DATA = Path(__file__).parent / "data"
_WINDOW = 100  # characters either side searched for exercise vocabulary

_CAP = r"[A-Z][\w'’]*(?:-[A-Za-z][\w'’]*)*"  # "Al-Aqsa", "Rah-e-Nijat"
_YEAR = r"(?:19|20)\d\d[A-Z]?"


def _alt(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


@dataclass(frozen=True)
class _Lex:
    vocab: list
    prefixes: list
    cues: list
    block: frozenset
    demonyms: frozenset
    generic: frozenset
    known: list


@lru_cache(maxsize=1)
def _lex() -> _Lex:
    roles: dict[str, list[str]] = {}
    lines = [l for l in (_DATA / "names_lexicon.tsv").read_text(encoding="utf-8").splitlines()
             if l.strip() and not l.startswith("#")]
    for line in lines[1:]:
        word, role = line.split("\t")[:2]
        roles.setdefault(role, []).append(word)
    known = [l.strip() for l in (_DATA / "names_known.txt").read_text(encoding="utf-8").splitlines()
             if l.strip() and not l.startswith("#")]
    return _Lex(roles["vocab"], roles["prefix"], roles["cue"], frozenset(roles["block"]),
                frozenset(roles["demonym"]), frozenset(roles["generic"]), known)


@lru_cache(maxsize=1)
def _rx() -> dict:
    lx = _lex()
    seq = rf"{_CAP}(?:(?:\s+|/){_CAP}){{0,3}}"
    vocab = _alt(lx.vocab)
    return {
        "vocab": re.compile(rf"(?i)\b(?:{vocab})\b"),
        "year": re.compile(rf"(?<![\w/-])(?P<name>{seq})(?:-|\s+)(?P<year>{_YEAR})\b(?![-/–]\d)"),
        "prefix": re.compile(
            rf"\b(?P<prefix>{_alt(lx.prefixes)})\s+(?P<name>{_CAP}(?:\s+(?:of\s+the\s+|of\s+|the\s+)?{_CAP}){{0,4}})"
            rf"(?:(?:-|\s+){_YEAR}\b)?"
        ),
        "cue_quoted": re.compile(rf"\b(?:{_alt(lx.cues)})\s+[\"“‘'«](?P<name>[A-Z][^\"”’'»]{{1,60}}?)[\"”’'»]"),
        "cue_bare": re.compile(
            rf"\b(?P<cue>{_alt(lx.cues)})\s+(?P<name>{seq}(?:(?:-|\s+){_YEAR}\b)?)"
        ),
        "before_vocab": re.compile(
            rf"(?<![\w/-])(?P<name>{_CAP}(?:(?:\s+|/){_CAP}){{0,3}})\s+"
            r"(?:(?:joint|naval|military|air|live-fire|strategic|command-staff|tactical|annual)\s+){0,2}"
            r"(?:exercises?|drills?|war\s*games|wargames|maneuvers|manoeuvres|patrols?)\b"
        ),
        "known": re.compile(rf"(?<![\w/-])(?P<name>{_alt(lx.known)})(?:(?:-|\s+){_YEAR})?\b(?!-)")
        if lx.known else None,
    }


def _vocab_near(text: str, start: int, end: int) -> bool:
    window = text[max(0, start - _WINDOW):end + _WINDOW]
    return bool(_rx()["vocab"].search(window))


def _words(name: str) -> list[str]:
    return [w for w in re.split(r"[\s/]+", name) if w]


def _strip_leading(text: str, start: int, name: str) -> tuple[int, str] | None:
    """Drop leading function words, months, demonyms, possessives and
    service names ("In Okean" -> "Okean", "NATO's Steadfast Defender")."""
    lx = _lex()
    while True:
        m = re.match(r"([^\s/]+)(\s+|/)", name)
        word = m.group(1) if m else ""
        possessive = re.search(r"['’]s$", word) is not None
        if not m or not (word in lx.block or word in lx.demonyms or possessive):
            break
        start += m.end()
        name = name[m.end():]
    words = _words(name)
    if not words or words[0] in lx.block:
        return None
    return start, name


def _generic(word: str) -> bool:
    """A word that alone makes no name: function word, service, demonym or
    region ("Russian-Chinese" counts when each part does)."""
    lx = _lex()
    return all(p in lx.block or p in lx.demonyms or p in lx.generic for p in word.split("-"))


def _is_known(name: str) -> bool:
    core = re.sub(rf"(?:-|\s+){_YEAR}$", "", name)
    return core in _lex().known


def find_names(text: str) -> list[tuple[int, int, str]]:
    """Names of exercises, operations, patrols, drills and campaigns in
    `text`, as (start, end, name as written), in text order."""
    if not text or not re.search(r"[A-Z]", text):
        return []
    lx = _lex()
    rx = _rx()
    cands: list[tuple[int, int]] = []

    for m in rx["year"].finditer(text):
        got = _strip_leading(text, m.start("name"), m.group("name"))
        if not got:
            continue
        start, name = got
        words = _words(name)
        # a year suffix is a strong sign: only function words and demonyms disqualify
        if all(w in lx.block or w in lx.demonyms for w in words):
            continue
        hyphen = text[m.end("name"):m.start("year")] == "-"
        # "Okean-2024" near exercise vocabulary; a spaced year ("Freedom Edge 2024")
        # needs two words or an acronym, so "Kyiv 2024" is no name
        spaced_ok = len(words) >= 2 or re.fullmatch(r"[A-Z]{4,}", name) is not None
        if _is_known(name) or (_vocab_near(text, start, m.end()) and (hyphen or spaced_ok)):
            cands.append((start, m.end()))

    for m in rx["prefix"].finditer(text):
        words = _words(m.group("name"))
        if words[0] in lx.block or all(_generic(w) for w in words):
            continue
        cands.append((m.start(), m.end()))

    for m in rx["cue_quoted"].finditer(text):
        # "codenamed" always introduces a name; "called", "dubbed" only near exercise words
        if m.group(0).lower().startswith("code") or _vocab_near(text, m.start(), m.end()):
            cands.append((m.start("name"), m.end("name")))
    for m in rx["cue_bare"].finditer(text):
        cue = m.group("cue").lower()
        before = text[max(0, m.start() - 40):m.start()]
        if not (cue.startswith("code") or rx["vocab"].search(before)):
            continue
        got = _strip_leading(text, m.start("name"), m.group("name"))
        if got:
            cands.append((got[0], m.end("name")))

    for m in rx["before_vocab"].finditer(text):
        got = _strip_leading(text, m.start("name"), m.group("name"))
        if not got:
            continue
        start, name = got
        words = _words(name)
        if any(w in lx.block for w in words) or all(_generic(w) for w in words):
            continue
        if len(words) >= 2 or re.fullmatch(r"[A-Z]{4,}", name) or _is_known(name):
            cands.append((start, m.end("name")))

    for m in rx["known"].finditer(text) if rx["known"] else ():
        name = m.group(0)
        multiword = len(_words(m.group("name"))) >= 2
        if multiword or name != m.group("name") or _vocab_near(text, m.start(), m.end()):
            cands.append((m.start(), m.end()))

    # longest wins where candidates overlap
    cands = sorted(set(cands), key=lambda c: (-(c[1] - c[0]), c[0]))
    kept: list[tuple[int, int]] = []
    for a, b in cands:
        b = a + len(text[a:b].rstrip(" .,;:"))
        if all(b <= x or a >= y for x, y in kept):
            kept.append((a, b))
    return [(a, b, text[a:b]) for a, b in sorted(kept)]
