"""Quantities: counted forces and assets, casualties and sums of money.

    find_quantities("the PLA took part with three ships, one vessel and 15 aircraft")
    -> [(23, 34, Quantity(3.0, "ship", "three ships")),
        (36, 46, Quantity(1.0, "vessel", "one vessel")),
        (51, 62, Quantity(15.0, "aircraft", "15 aircraft"))]

Three families of patterns, tried in this order so a number is counted once:

* money: a currency symbol or code before the amount ("$12 billion",
  "€500 million", "USD 5m") or a currency word after it ("1.5 billion
  euros", "2 trillion yuan") -> unit is the ISO 4217 code;
* casualties: a number with a casualty word after it ("12 people were
  killed", "at least 30 dead", "1,000 casualties") or a casualty verb before
  it ("killed 12 people") -> unit "killed", "wounded", "captured", "missing"
  or "casualty";
* forces and assets: a number followed by a unit noun, with at most three
  modifiers between ("three Chinese naval ships", "two Su-34 fighter jets").

Numbers are digits ("2,000", "1.5 million") or words ("three",
"twenty-five", "a dozen"). Vague amounts ("dozens of drones", "hundreds of
troops") are skipped: they give no value. Years, dates, ordinals,
percentages, ages ("45-year-old"), model codes ("Okean-2024", "S-400") and
digit runs such as phone numbers are not quantities. Word lists live in
``eventwire/data/quantities_*.tsv``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from eventwire.records import Quantity

__all__ = ["find_quantities", "unit_family", "Quantity"]

_DATA = Path(__file__).parent / "data"


def _rows(name: str) -> list[list[str]]:
    """Rows of a tab-separated data file, without comments and header."""
    rows = []
    for line in (_DATA / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append(line.split("\t"))
    return rows[1:]  # first non-comment row is the header


def _alt(words) -> str:
    """Regex alternation, longest first, spaces matching any whitespace."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


@dataclass(frozen=True)
class _Lexicon:
    units: dict  # surface -> (unit, family)
    numbers: dict  # word -> (value, kind)
    currencies: dict  # surface -> (code, position)
    approx: list
    modifiers: frozenset
    persons: frozenset
    casualty: dict  # word -> unit
    verbs: dict  # verb -> unit
    singular: frozenset  # unit surfaces that have a distinct plural ("ship", not "aircraft")
    kin: frozenset  # "mother of 12": the number counts children
    not_after: frozenset  # nouns that turn a unit word into a modifier ("tank battalions")


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    units, singular = {}, set()
    for forms, unit, family in _rows("quantities_units.tsv"):
        row = [f.strip().lower() for f in forms.split(",")]
        for f in row:
            units[f] = (unit, family)
            plurals = (f + "s", f + "es", f[:-1] + "ies", f[:-3] + "men")
            if any(pl in row for pl in plurals if pl != f):
                singular.add(f)
    numbers = {w: (float(v), k) for w, v, k in _rows("quantities_numbers.tsv")}
    currencies = {s: (c, p) for s, c, p in _rows("quantities_currencies.tsv")}
    approx, modifiers, persons, casualty, verbs, not_after, kin = [], set(), set(), {}, {}, set(), set()
    for row in _rows("quantities_words.tsv"):
        word, role = row[0], row[1]
        if role == "approx":
            approx.append(word)
        elif role == "modifier":
            modifiers.add(word.lower())
        elif role == "person":
            persons.add(word.lower())
        elif role == "casualty":
            casualty[word] = row[2]
        elif role == "verb":
            verbs[word] = row[2]
        elif role == "not_after":
            not_after.add(word.lower())
        elif role == "kin":
            kin.add(word.lower())
    return _Lexicon(units, numbers, currencies, approx, frozenset(modifiers), frozenset(persons), casualty, verbs,
                    frozenset(singular), frozenset(kin), frozenset(not_after))


@lru_cache(maxsize=1)
def _patterns() -> dict:
    lx = _lexicon()
    words = _alt(lx.numbers)
    numwords = rf"(?:{words})\b(?:(?:[\s-]+|\s+and\s+)(?:{words})\b)*"
    digits = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
    scale = r"(?:\s+(?P<scale>thousand|million|billion|trillion))?"
    number = rf"(?:(?P<digits>{digits}){scale}|(?P<words>{numwords}))"
    before = _alt(s for s, (_, p) in lx.currencies.items() if p == "before")
    after = _alt(s for s, (_, p) in lx.currencies.items() if p in ("after", "scaled"))
    person = _alt(lx.persons)
    modifier = rf"(?:{_alt(lx.modifiers)}|[A-Z][\w'’.]*(?:-[\w]+)*|[A-Za-z]+-?\d+[\w-]*)"
    aux = r"(?:(?:were|was|are|is|have\s+been|has\s+been|had\s+been|been|being|got|reportedly|reported|also|allegedly|all)\s+)*"
    return {
        # a number not glued to a word, hyphen, slash or another number
        "number": re.compile(rf"(?<![\w.,/+#$€£¥₴₽₩₪-]){number}(?![\w%]|-\w|[.,/]\d|:\d|\s+\d|\s*(?:per\s*cent|percent)\b)", re.I),
        "money_before": re.compile(
            rf"(?<![\w])(?P<cur>{before})\s?(?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)"
            r"(?:(?:\s*|-)(?P<scale>thousand|million|billion|trillion|bn|mn|tn|m|k)\b)?(?:\s+(?:US\s+)?dollars\b)?",
            re.I,
        ),
        "money_after": re.compile(rf"(?<![\w.,]){number}\s*(?P<cur>{after})\b", re.I),
        "money_short": re.compile(rf"(?<![\w.,])(?P<num>{digits})\s?(?P<scale>bn|mn|tn)\s+(?P<cur>{after})\b", re.I),
        "approx": re.compile(rf"(?:\b(?:{_alt(lx.approx)})\s+)$", re.I),
        "modifier": re.compile(rf"\s+{modifier}(?=\s|,)"),
        "joined_modifier": re.compile(r"(?:,|\s+(?:and|or|&))(?=\s+[A-Z])"),
        "unit": re.compile(rf"\s+(?P<unit>{_alt(lx.units)})\b(?!-)", re.I),
        "casualty_after": re.compile(
            rf"(?:\s+{modifier}){{0,3}}?(?:\s+(?i:{person}))?\s+(?i:{aux})(?P<cas>(?i:{_alt(lx.casualty)}))\b(?!-)"
        ),
        "verb_before": re.compile(rf"\b(?P<verb>{_alt(lx.verbs)})\s+(?:(?:{_alt(lx.approx)})\s+)?$", re.I),
        "person_after": re.compile(
            rf"(?:\s+{modifier}){{0,2}}?\s+(?P<person>(?i:{person}|{_alt(u for u, (_, f) in lx.units.items() if f == 'personnel')}))\b"
        ),
        "boundary": re.compile(r"\s*(?:[.,;:)!?]|$|\s(?:and|in|on|at|during|when|while|including|after|near|overnight|across|as)\b)", re.I),
    }


def unit_family(unit: str) -> str | None:
    """The family of a normalised unit: naval, air, munition, ground,
    personnel, casualty or money (None if unknown)."""
    lx = _lexicon()
    for u, fam in lx.units.values():
        if u == unit:
            return fam
    if unit in set(lx.casualty.values()) | set(lx.verbs.values()):
        return "casualty"
    if unit in {c for c, _ in lx.currencies.values()}:
        return "money"
    return None


def _word_value(text: str) -> float | None:
    """Value of a run of number words: "twenty-five", "two hundred and fifty",
    "a dozen", "three million"."""
    nums = _lexicon().numbers
    tokens = re.split(r"[\s-]+", text.lower().strip())
    total, current, i, seen = 0.0, 0.0, 0, False
    while i < len(tokens):
        # multiword entries first ("half a dozen", "a dozen")
        for n in (3, 2, 1):
            phrase = " ".join(tokens[i:i + n])
            if phrase in nums:
                break
        else:
            if tokens[i] == "and":
                i += 1
                continue
            return None
        value, kind = nums[phrase]
        if kind == "unit":
            current += value
        elif kind == "multiplier":
            current = (current or 1) * value
        else:  # scale
            total += (current or 1) * value
            current = 0
        seen = True
        i += n
    return total + current if seen else None


_SCALES = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9, "bn": 1e9,
           "trillion": 1e12, "tn": 1e12}


def _value(m: re.Match, num_group: str = "digits") -> float | None:
    digits = m.groupdict().get(num_group)
    if digits:
        v = float(digits.replace(",", ""))
        scale = m.groupdict().get("scale")
        return v * _SCALES[scale.lower()] if scale else v
    words = m.groupdict().get("words")
    return _word_value(words) if words else None


def _extend_approx(text: str, start: int) -> int:
    m = _patterns()["approx"].search(text, 0, start)
    return m.start() if m else start


def _is_year_like(text: str, m: re.Match) -> bool:
    d = m.group("digits")
    if not d or m.group("scale") or not re.fullmatch(r"(?:19|20)\d\d", d):
        return False
    before = text[max(0, m.start() - 12):m.start()].lower()
    return bool(re.search(r"\b(?:in|since|of|by|until|from|during|the|early|late|mid)\s+$", before))


def _model_designation(text: str, start: int) -> bool:
    """A digit right after a capitalised word inside a sentence names a model
    ("German Leopard 2 tanks"), unless that word starts the sentence."""
    m = re.search(r"(?:^|([.!?:;]\s+|\S\s+))([A-Z][\w-]*) $", text[max(0, start - 40):start])
    if not m:
        return False
    sentence_start = m.group(1) is None or m.group(1).strip() in (".", "!", "?", ":", ";")
    return not sentence_start


def find_quantities(text: str) -> list[tuple[int, int, Quantity]]:
    """Quantities in `text` with their character offsets, in text order."""
    if not text or not re.search(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozen|hundred)", text, re.I):
        return []
    p = _patterns()
    lx = _lexicon()
    found: list[tuple[int, int, Quantity]] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    def emit(a: int, b: int, value: float, unit: str) -> None:
        a = _extend_approx(text, a)
        found.append((a, b, Quantity(value=value, unit=unit, text=text[a:b])))
        taken.append((a, b))

    # 1. money
    for m in p["money_before"].finditer(text):
        code = lx.currencies[re.sub(r"\s+", " ", m.group("cur").lower())][0]
        v = float(m.group("num").replace(",", ""))
        if m.group("scale"):
            v *= _SCALES[m.group("scale").lower()]
        if free(m.start(), m.end()):
            emit(m.start(), m.end(), v, code)
    for rx in (p["money_short"], p["money_after"]):
        for m in rx.finditer(text):
            code, pos = lx.currencies[re.sub(r"\s+", " ", m.group("cur").lower())]
            num_text = text[m.start():m.start("cur")]
            if pos == "scaled" and not re.search(r"(?i)million|billion|trillion|\b(?:bn|mn|tn)\b", num_text):
                continue
            if rx is p["money_short"]:
                v = float(m.group("num").replace(",", "")) * _SCALES[m.group("scale").lower()]
            else:
                v = _value(m)
            if v is not None and free(m.start(), m.end()):
                emit(m.start(), m.end(), v, code)

    # 2 and 3: every bare number, tried as a casualty count and then as a unit count
    for m in p["number"].finditer(text):
        if not free(m.start(), m.end()) or _is_year_like(text, m):
            continue
        if m.group("words") and re.search(r"(?i)\bno\s+$", text[max(0, m.start() - 4):m.start()]):
            continue  # "no one was killed"
        value = _value(m)
        if value is None:
            continue
        if m.group("digits") and _model_designation(text, m.start()):
            continue  # "Leopard 2 tanks", "Falcon 9": part of a name
        kin = re.search(r"(\w+)\s+of\s+$", text[max(0, m.start() - 30):m.start()])
        if kin and kin.group(1).lower() in lx.kin:
            continue  # "a mother of 12 was killed"
        # casualty word after: "12 people were killed", "30 dead", "1,000 casualties"
        c = p["casualty_after"].match(text, m.end())
        if c:
            unit = lx.casualty[_key(c.group("cas"), lx.casualty)]
            emit(m.start(), c.end(), value, unit)
            continue
        # casualty verb before: "killed 12 people", "wounding at least five"
        v = p["verb_before"].search(text, max(0, m.start() - 40), m.start())
        if v:
            pa = p["person_after"].match(text, m.end())
            end = pa.end() if pa else m.end()
            if pa or p["boundary"].match(text, m.end()):
                unit = lx.verbs[_key(v.group("verb"), lx.verbs)]
                a = v.start()  # the evidence reads "killed at least 12 people"
                found.append((a, end, Quantity(value=value, unit=unit, text=text[a:end])))
                taken.append((a, end))
                continue
        # unit noun after, past at most three modifiers ("13,000 Russian and Belarusian troops": modifiers
        # joined by "and", "or" or a comma count as one run)
        pos = m.end()
        for _ in range(6):
            u = p["unit"].match(text, pos)
            if u:
                surface = re.sub(r"\s+", " ", u.group("unit").lower())
                nxt = re.match(r"\s+([A-Za-z]+)", text[u.end():u.end() + 30])
                if nxt and nxt.group(1).lower() in lx.not_after:
                    break  # "two tank battalions"
                if value != 1 and surface in lx.singular:
                    break  # "Falcon 9 rocket": a model number, not a count
                emit(m.start(), u.end(), value, lx.units[surface][0])
                break
            mod = p["modifier"].match(text, pos)
            if not mod and pos > m.end():
                joined = p["joined_modifier"].match(text, pos)
                mod = joined and p["modifier"].match(text, joined.end())
            if not mod:
                break
            pos = mod.end()
    found.sort(key=lambda t: t[0])
    return found


def _key(word: str, table: dict) -> str:
    w = re.sub(r"\s+", " ", word)
    if w in table:
        return w
    low = w.lower()
    return next(k for k in table if k.lower() == low)
