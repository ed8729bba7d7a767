"""Dates: find the time expression of a sentence and resolve it against the
publication date.

    resolve_date("Russia launched the drills on 10 September.", "2024-09-11")
    -> DateResult(date="2024-09-10", text="on 10 September", basis="explicit",
                  granularity="day", end=None, span=(27, 42))

    # in the pipeline: pass the event's token, so the clause decides whether
    # an undated event may take the publication date
    resolve_date(sentence.text, published, tense=tense_of(trigger), verb=trigger)

How it works: a cheap regular expression first decides whether the text can
hold a time expression at all (most sentences cannot, and they return at
once). Otherwise a set of rules finds candidate expressions — explicit dates,
ranges, months, years, weekdays and relative phrases — and resolves each one
itself, because the policy that matters for news (which year an undated
"10 September" belongs to, which "Friday" a Friday article means) is not
dateparser's. dateparser does the arithmetic of "N units ago" phrases
("three weeks ago", "a fortnight ago", "48 hours ago"); its search_dates is
not used, because it reads "may", "march", "second" and "sun" as dates.

Policies (documented here because callers will ask):

* Day and month without a year take the publication year; if that puts the
  date more than ~2 months after publication, the previous year (reporting
  looks back). With ``tense="future"`` a date more than two weeks in the
  past moves to the next year instead. "on the 5th" is a day of the
  publication month, or of the month before if that day is still ahead.
* A bare weekday ("on Tuesday") is the most recent such day on or before
  publication — "Friday" in a Friday article is that Friday. "last Tuesday"
  is strictly before publication; "next Tuesday", or any weekday with
  ``tense="future"``, is the next one after it.
* "last night" is the day before publication. "overnight" is the night that
  ended on the publication morning: date = the day before, end = the
  publication day (news published in the morning reports the night just
  past).
* "last week" / "this week" / "next week" are Monday-to-Sunday ranges
  (granularity "day", with ``end``); "over the weekend" is the most recent
  Saturday-Sunday on or before publication; "over the past week / month /
  year" and "in the past 24 hours" are spans that end on publication day.
* "in August" has month granularity ("YYYY-MM"), "in 2023" year granularity;
  a range ("9-10 September") gives date = its start and end = its end.
* If several expressions occur, the most specific one wins (the one
  covering the fewest days: a day, a week, a month, a year), and the
  earliest among equals.
* Without a time expression the publication date is used only when the
  event verb is in the present or past tense and, if the caller passes the
  event's spaCy token (``verb=``), only when its clause reports a happening
  of the news day (`clause_reading` is "episodic": "Sullivan thanked",
  "is holding talks", "has launched", "we condemn"). Generic, habitual,
  stative, modal or conditional and past-perfect clauses ("Russia considers
  NATO a threat", "China supplies Russia with parts", "has long opposed",
  "if Russia attacks", "had warned") keep a null date; `DateResult.reading`
  says which. Without ``verb`` the tense alone decides, as before.
* With ``verb``, a time expression inside a relative clause that does not
  hold the event ("Meetup, which it acquired in 2017") does not date it, and
  a future event is not dated by a genitive day ("today's meeting will
  lead to ...").
* Some expressions say "there is no date" and so also block that fallback:
  anaphoric times ("later that evening", "the next morning"), whose day the
  text gave in an earlier sentence;
  vague ages or lower bounds ("a few days ago", "weeks ago", "more than 30
  years ago"; "less than a week ago" is the span up to publication, "nearly
  a year ago" the year), windows ahead ("over the next year" — unlike "next year", the
  calendar year) and "overnight" with a future verb ("won't change
  overnight"). "N years ago tomorrow" is a day (an anniversary).
* "since 1970" after a superlative or ordinal in the same clause ("the
  lowest rate since 1970", "the first update since 2010") is a comparison
  baseline and dates nothing (cue words: data/times_baseline_cues.txt).
  "of 1961" after a capitalised name word ("Foreign Assistance Act of 1961")
  is part of the name.
* Seasons with this/last/next or a year ("this summer", "in spring of
  2024") have year granularity: the year the season starts in.
* "from Monday to Wednesday" / "between Saturday and Monday" is a day range
  whose end is resolved like a bare weekday.
* Tense filters the expressions: a future event is not dated by a day that
  is already over (if only such days are written, the date is null), and a
  past event not by a day more than two days ahead (then the publication
  date is used).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

__all__ = ["DateResult", "resolve_date", "find_time_expressions", "tense_of", "clause_reading",
           "fallback_basis"]


@dataclass
class DateResult:
    date: str | None = None  # ISO: YYYY-MM-DD, YYYY-MM (month) or YYYY (year)
    text: str | None = None  # the time expression as written
    basis: str | None = None  # explicit | relative | publication | None
    granularity: str | None = None  # day | month | year | None
    end: str | None = None  # end of a range, same format as `date`
    span: tuple[int, int] | None = None  # character offsets in the given text
    # how the event's clause reads when `resolve_date` was given its verb:
    # episodic | state | generic | habitual | anterior | modal (see clause_reading)
    reading: str | None = None


# --------------------------------------------------------------------------
# vocabulary (calendar constants, not a lexicon worth a data file)

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
_WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3,
    "friday": 4, "saturday": 5, "sunday": 6,
}
# The names of the days, for the stages that read a day word as a time, not a party or a place
# (events.parties, events.ace_news, events.learned, claims.cues add their own neighbours).
WEEKDAY_NAMES = frozenset(_WEEKDAYS)

# Any month with a day or year next to it.
_MON = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
# A month standing alone must be a full, capitalised name ("in August");
# "May" and "March" also need a preposition in front (modal verb, protest march).
_MON_ALONE = (
    r"(?:January|February|April|June|July|August|September|Sept\.|October|November|December)"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"
_DASH = r"\s*(?:-|–|—|to|and|until|till|through)\s*"
_QUAL = r"(?:(?:early|late|mid|the\s+(?:start|beginning|middle|end)\s+of)[\s-]+)?"
_PREP = r"(?:in|since|during|by|until|till|from|through|throughout|before|after|of|for|last|this|next|early|late|mid)"

_UNITS_WORDS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
                "fourteen fifteen sixteen seventeen eighteen nineteen").split()
_TENS_WORDS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_NUMBER_WORDS = {w: i for i, w in enumerate(_UNITS_WORDS)}
_NUMBER_WORDS.update({w: 20 + 10 * i for i, w in enumerate(_TENS_WORDS)}, a=1, an=1)
# "two", "fifteen", "seventy-five", "75"
_NUMWORDS = (
    rf"(?:(?:{'|'.join(_TENS_WORDS)})(?:[\s-](?:{'|'.join(_UNITS_WORDS[1:10])}))?"
    rf"|{'|'.join(sorted(_UNITS_WORDS[1:], key=len, reverse=True))}|an?|\d{{1,3}})"
)


def _number(words: str) -> int | None:
    """Value of a _NUMWORDS match: "seventy-five" -> 75."""
    if words.isdigit():
        return int(words)
    parts = re.split(r"[\s-]+", words.lower())
    if not all(p in _NUMBER_WORDS for p in parts):
        return None
    return sum(_NUMBER_WORDS[p] for p in parts)


_ORD_RE = re.compile(r"(?:st|nd|rd|th)$")

# Cheap gate: anything that can start a time expression. Most sentences in a
# news article fail it and cost one regex search.
_PREFILTER = re.compile(
    r"(?i:\b(?:jan|feb|apr|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\bmarch\b|\bmay\b"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend"
    r"|yesterday|today|tonight|tomorrow|overnight|night|morning|evening|afternoon"
    r"|\bago\b|\bweek|\bmonth|\byear|hours|summer|winter|spring|autumn|\bfall\b|\bday\b"
    r")|\b(?:19|20)\d\d\b|\d{1,2}/\d{1,2}|\b\d{1,2}(?:st|nd|rd|th)\b"
)


def _load_words(name: str) -> frozenset[str]:
    path = Path(__file__).with_name("data") / name
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip().lower() for w in lines if w.strip() and not w.startswith("#"))


_BASELINE_CUES = _load_words("times_baseline_cues.txt")
# the clause before "since": "the lowest rate since 1970", "the first such update since 2010"
_BASELINE_LEFT = re.compile(r"([^,;:—–()]{0,60})$")


def _is_baseline(text: str, start: int) -> bool:
    """True if the expression at `start` is "since X" after a superlative or
    ordinal in the same clause: a comparison, not the event's date."""
    if not re.match(r"(?i)since\b", text[start:]):
        return False
    left = _BASELINE_LEFT.search(text[:start]).group(1).lower()
    return any(w in _BASELINE_CUES for w in re.findall(r"[a-z]+", left)[-6:])


_GENITIVE = re.compile(r"['\u2019]s\b")


def _compares_with_now(text: str) -> bool:
    """A comparison baseline ("the lowest rate since 1970") measures a state
    against the present: even a stative clause then speaks of now."""
    return any(_is_baseline(text, m.start()) for m in re.finditer(r"(?i)\bsince\b", text))


@dataclass
class _Cand:
    start: int
    end: int
    date: str | None
    end_date: str | None
    granularity: str
    basis: str


def _width(r: "DateResult") -> int:
    """Days an expression covers: the narrowest expression of a sentence wins."""
    if r.granularity == "year":
        return 366
    if r.granularity == "month":
        return 31
    if r.date and r.end and r.granularity == "day":
        return (dt.date.fromisoformat(r.end) - dt.date.fromisoformat(r.date)).days + 1
    return 1 if r.granularity == "day" else 999


def _last_day(r: "DateResult") -> dt.date:
    """The last day a resolved expression covers."""
    if r.end and len(r.end) == 10:
        return dt.date.fromisoformat(r.end)
    if r.granularity == "year":
        return dt.date(int(r.date[:4]), 12, 31)
    if r.granularity == "month":
        y, m = int(r.date[:4]), int(r.date[5:7])
        return _shift_first(y, m) - dt.timedelta(days=1)
    return dt.date.fromisoformat(r.date[:10])


def _first_day(r: "DateResult") -> dt.date:
    """The first day a resolved expression covers."""
    parts = [int(x) for x in r.date.split("-")] + [1, 1]
    return dt.date(parts[0], parts[1], parts[2])


def _shift_first(y: int, m: int) -> dt.date:
    """First day of the month after y-m."""
    return dt.date(y + (m == 12), m % 12 + 1, 1)


def _iso(d: dt.date) -> str:
    return d.isoformat()


def _parse_pub(published: str | None) -> dt.date | None:
    if not published:
        return None
    m = re.match(r"(\d{4})-?(\d{2})-?(\d{2})", published.strip())
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _month_num(token: str) -> int:
    return _MONTHS[token.lower().rstrip(".")]


def _day_num(token: str) -> int:
    return int(_ORD_RE.sub("", token.lower()))


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _infer_year(m: int, d: int, pub: dt.date, tense: str | None) -> dt.date | None:
    """Year for a day and month written without one (see module policy)."""
    cand = _safe_date(pub.year, m, d)
    if cand is None:  # 29 February in a non-leap publication year
        cand = _safe_date(pub.year - 1, m, d) or _safe_date(pub.year + 1, m, d)
        return cand
    if tense == "future":
        if cand < pub - dt.timedelta(days=14):
            cand = _safe_date(pub.year + 1, m, d)
    elif cand > pub + dt.timedelta(days=62):
        cand = _safe_date(pub.year - 1, m, d)
    return cand


def _infer_month_year(m: int, pub: dt.date, tense: str | None) -> int:
    diff = (m - pub.month)
    if tense == "future":
        return pub.year + 1 if diff < 0 else pub.year
    return pub.year - 1 if diff > 2 else pub.year


def _shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    idx = y * 12 + (m - 1) + k
    return idx // 12, idx % 12 + 1


# --------------------------------------------------------------------------
# rules: each returns candidates found in the text

def _explicit_day(y: str | None, mon: int, day: int, pub, tense) -> str | None:
    if y:
        d = _safe_date(int(y), mon, day)
    elif pub:
        d = _infer_year(mon, day, pub, tense)
    else:
        return None
    return _iso(d) if d else None


# Ranges first: "9-10 September", "on the night of 9–10 September 2024",
# "between 9 and 12 September", "September 9-10", "30 August - 2 September".
_RANGE_DMY = re.compile(
    rf"(?i)\b(?:(?:on\s+)?the\s+night\s+of\s+|between\s+|from\s+)?({_DAY})(?:\s+({_MON}))?{_DASH}({_DAY})\s+(?:of\s+)?({_MON})(?:,?\s+({_YEAR}))?\b"
)
_RANGE_MDY = re.compile(
    rf"(?i)\b(?:between\s+|from\s+)?({_MON})\s+({_DAY}){_DASH}(?:({_MON})\s+)?({_DAY})(?:,?\s+({_YEAR}))?\b(?![:\d])"
)
_ISO = re.compile(r"\b((?:19|20)\d\d)-(0[1-9]|1[0-2])-([0-3]\d)\b")
_DMY = re.compile(rf"(?i)\b(?:on\s+|since\s+|by\s+|until\s+|from\s+)?({_DAY})\s+(?:of\s+)?({_MON})(?:,?\s+({_YEAR}))?\b(?!-\d)")
_MDY = re.compile(rf"(?i)\b(?:on\s+|since\s+|by\s+|until\s+|from\s+)?({_MON})\s+({_DAY})(?:,?\s+({_YEAR}))?\b(?![:\d]|,\d|\.\d|\s*%|-\w)")
# Day-first numeric dates. A dot is accepted only with a year ("10.09.2024"),
# since "1.5" is a decimal; "24/7" and "9/11" are phrases, and "2/3 of" a
# fraction, not dates.
_NUMERIC = re.compile(
    r"(?<![\d/.])(?:on\s+)?([0-3]?\d)/([01]?\d)(?:/((?:19|20)?\d\d))?(?![\d/])"
    r"|(?<![\d.])([0-3]?\d)\.([01]?\d)\.((?:19|20)\d\d)(?!\d)"
)
_NUMERIC_PHRASES = {"24/7", "9/11"}
# "on the 10th": a day of the current month (or of the previous one if it lies ahead)
_DAY_ONLY = re.compile(r"(?i)\b(?:on|since|by|until)\s+the\s+([12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b(?!\s+(?:of\b|anniversary|century|day|time|floor))")
_MONTH_YEAR = re.compile(rf"(?i)\b(?:{_PREP}\s+)?{_QUAL}({_MON})(?:\s+of)?[\s,]+({_YEAR})\b(?!-\d)")
_MONTH_ALONE = re.compile(
    rf"\b(?:(?:(?i:{_PREP})\s+)?(?i:{_QUAL})({_MON_ALONE})"
    rf"|(?i:in|since|by|until|during|last|next|this|of|early|late|mid)[\s-]+(?i:{_QUAL})(May|March))"
    rf"\b(?![\s,]+(?:{_DAY}\b|{_YEAR}))"
)
_YEAR_RE = re.compile(
    rf"(?i)\b(?:{_PREP}|the\s+(?:start|beginning|middle|end)\s+of)\s+{_QUAL}({_YEAR})\b(?![-–/]\d|\s*%)"
)
_WEEKDAY = re.compile(
    r"(?i)\b(?:(on|last|next|this|past|previous|coming)\s+)?"
    r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?\b"
)
# "(more than) N units ago (tomorrow)": a lower bound ("more than", "over")
# gives no date, an upper bound ("less than a week ago") the span up to
# publication, an approximation ("nearly a year ago") the date itself; a
# trailing day word makes an anniversary ("two years ago tomorrow").
_AGO = re.compile(
    rf"(?i)\b(?:(more\s+than|over|at\s+least|less\s+than|under|nearly|almost|about|around|some|roughly)\s+)?"
    rf"({_NUMWORDS}|a\s+couple\s+of|several|a\s+few|many)\s+(hours?|days?|weeks?|months?|years?|decades?|fortnights?)\s+ago"
    rf"(?:\s+(today|tomorrow|yesterday))?\b"
)
# "weeks ago", "just days ago": past, but no date can be given
_AGO_BARE = re.compile(r"(?i)\b(?:hours|days|weeks|months|years|decades)\s+ago\b")
_WEEKDAY_NAMES = r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_WEEKDAY_RANGE = re.compile(
    rf"(?i)\b(?:from|between)\s+{_WEEKDAY_NAMES}\s+(?:to|through|until|till|and)\s+{_WEEKDAY_NAMES}\b"
)
# Anaphoric times ("that evening", "later that day", "the next morning") refer
# to a time the text gave earlier: this sentence alone cannot date them, and
# they are no reason to use the publication date either.
_ANAPHORIC = re.compile(
    r"(?i)\b(?:(?:later|earlier)\s+)?that\s+(?:day|morning|afternoon|evening|night|week|month|year)\b"
    r"|\bthe\s+(?:next|following)\s+(?:day|morning|afternoon|evening|night|week|month)\b"
)
_SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
# A season needs a year or this/last/next: "in the fall" alone may be "the fall of Kabul".
_SEASON = re.compile(
    rf"(?i)\b(?:(?:in|during|by|until|since|throughout)\s+)?(?:(this|last|next|the)\s+)?"
    rf"(?:(?:early|late|mid)[\s-]+)?(spring|summer|autumn|fall|winter)"
    rf"(?:(?:\s+of)?\s+({_YEAR}))?\b"
)
_RELATIVE = re.compile(
    r"(?i)\b("
    r"the\s+day\s+before\s+yesterday|yesterday(?:\s+(?:morning|afternoon|evening))?"
    r"|(?:earlier\s+|later\s+)?today|this\s+(?:morning|afternoon|evening)|tonight|tomorrow"
    r"|last\s+night|overnight|(?:in|during|over)\s+the\s+(?:past|last)\s+(?:24|twenty-four)\s+hours"
    r"|(?:(?:in|over|during|for)\s+)?(?:the\s+(?:past|last)|past)\s+(?:week|month|year)"
    r"|(?:(?:in|over|during|for|within)\s+)?the\s+(?:next|coming)\s+(?:week|month|year)"
    r"|(?:(?:early|late|earlier|later)\s+)?(?:in\s+)?(?:last|this|next|the\s+previous)\s+(?:week|month|year)"
    r"|(?:over|at|during|on)\s+the\s+weekend|(?:last|this|next)\s+weekend"
    r")\b"
)


def _candidates(text: str, pub: dt.date | None, tense: str | None) -> list[_Cand]:
    out: list[_Cand] = []

    def add(m: re.Match, date, end, gran, basis):
        out.append(_Cand(m.start(), m.end(), date, end, gran, basis))

    for m in _RANGE_DMY.finditer(text):
        d1, mon1, d2, mon2, y = m.groups()
        m2 = _month_num(mon2)
        m1 = _month_num(mon1) if mon1 else m2
        a, b = _day_num(d1), _day_num(d2)
        if mon1 is None and a >= b:
            continue
        end = _explicit_day(y, m2, b, pub, tense)
        start = _explicit_day(y, m1, a, pub, tense)
        if start and end and start > end:  # "30 December - 2 January 2025"
            start = _explicit_day(str(int(end[:4]) - 1), m1, a, pub, tense)
        add(m, start, end, "day", "explicit")
    for m in _RANGE_MDY.finditer(text):
        mon1, d1, mon2, d2, y = m.groups()
        m1 = _month_num(mon1)
        m2 = _month_num(mon2) if mon2 else m1
        a, b = _day_num(d1), _day_num(d2)
        if mon2 is None and a >= b:
            continue
        add(m, _explicit_day(y, m1, a, pub, tense), _explicit_day(y, m2, b, pub, tense), "day", "explicit")
    for m in _ISO.finditer(text):
        d = _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if d:
            add(m, _iso(d), None, "day", "explicit")
    for rx in (_DMY, _MDY):
        for m in rx.finditer(text):
            if rx is _DMY:
                day, mon, y = m.groups()
            else:
                mon, day, y = m.groups()
            if mon.lower().rstrip(".") in ("may", "mar") and not (y or mon[0].isupper()):
                continue  # "troops may 10" is not a date
            add(m, _explicit_day(y, _month_num(mon), _day_num(day), pub, tense), None, "day", "explicit")
    for m in _NUMERIC.finditer(text):
        g = m.groups()
        day, mon, y = (g[0], g[1], g[2]) if g[0] else (g[3], g[4], g[5])
        core = f"{day}/{mon}"
        if core in _NUMERIC_PHRASES or not (1 <= int(mon) <= 12 and 1 <= int(day) <= 31):
            continue
        # without a year, "2/3" is a fraction: only "10/09" (or "on 2/9") reads as a date
        if not y and not (len(day) == 2 and len(mon) == 2) and not m.group(0).lower().startswith("on"):
            continue
        if re.match(r"\s+of\b", text[m.end():]):
            continue
        if y and len(y) == 2:
            y = "20" + y
        add(m, _explicit_day(y, int(mon), int(day), pub, tense), None, "day", "explicit")
    for m in _DAY_ONLY.finditer(text):
        d = int(m.group(1))
        if pub is None:
            add(m, None, None, "day", "explicit")
            continue
        y, mo = pub.year, pub.month
        if (d > pub.day) != (tense == "future"):
            y, mo = _shift_month(y, mo, -1 if tense != "future" else 1)
        found = _safe_date(y, mo, d)
        if found:
            add(m, _iso(found), None, "day", "explicit")
    for m in _MONTH_YEAR.finditer(text):
        mon, y = m.groups()
        add(m, f"{int(y):04d}-{_month_num(mon):02d}", None, "month", "explicit")
    for m in _MONTH_ALONE.finditer(text):
        g = 1 if m.group(1) else 2
        mon = _month_num(m.group(g))
        lead = text[m.start():m.start(g)].lower()
        if pub is None:
            add(m, None, None, "month", "explicit")
            continue
        if "last" in lead.split():
            y = pub.year if mon < pub.month else pub.year - 1
        elif "next" in lead.split():
            y = pub.year if mon > pub.month else pub.year + 1
        else:
            y = _infer_month_year(mon, pub, tense)
        add(m, f"{y:04d}-{mon:02d}", None, "month", "explicit")
    for m in _YEAR_RE.finditer(text):
        before = re.search(r"([A-Z][a-z]+)\s+$", text[:m.start()])
        if m.group(0).lower().startswith("of") and before and before.group(1).lower() not in _MONTHS \
                and before.group(1).lower() not in _SEASONS:
            continue  # "the Foreign Assistance Act of 1961": part of a name
        add(m, m.group(1), None, "year", "explicit")
    for m in _SEASON.finditer(text):
        _add_season(out, m, pub)
    for m in _WEEKDAY.finditer(text):
        if not m.group(2)[0].isupper():
            continue  # weekday names are capitalised; guards odd tokens
        _add_weekday(out, m, pub, tense)
    for m in _WEEKDAY_RANGE.finditer(text):
        _add_weekday_range(out, m, pub, tense)
    for m in _AGO.finditer(text):
        _add_ago(out, m, pub)
    for m in _AGO_BARE.finditer(text):
        out.append(_Cand(m.start(), m.end(), None, None, "day", "relative"))
    for m in _ANAPHORIC.finditer(text):
        out.append(_Cand(m.start(), m.end(), None, None, "day", "relative"))
    # a baseline "since X" does not date the sentence
    out = [c for c in out if not _is_baseline(text, c.start)]
    for m in _RELATIVE.finditer(text):
        _add_relative(out, m, pub, tense)
    return out


def _add_weekday(out: list[_Cand], m: re.Match, pub, tense) -> None:
    if pub is None:
        out.append(_Cand(m.start(), m.end(), None, None, "day", "relative"))
        return
    mod = (m.group(1) or "").lower()
    wd = _WEEKDAYS[m.group(2).lower()]
    back = (pub.weekday() - wd) % 7  # days since the most recent such day (0 = today)
    if mod in ("next", "coming") or (tense == "future" and mod not in ("last", "past", "previous")):
        fwd = (wd - pub.weekday()) % 7 or 7
        d = pub + dt.timedelta(days=fwd)
    elif mod in ("last", "past", "previous"):
        d = pub - dt.timedelta(days=back or 7)
    else:
        d = pub - dt.timedelta(days=back)
    out.append(_Cand(m.start(), m.end(), _iso(d), None, "day", "relative"))


@lru_cache(maxsize=512)
def _dateparser_relative(expr: str, base: dt.date) -> dt.date | None:
    import dateparser  # imported lazily: only relative phrases need it

    settings = {
        "RELATIVE_BASE": dt.datetime(base.year, base.month, base.day, 12),
        "DATE_ORDER": "DMY",
        "PREFER_DAY_OF_MONTH": "first",
    }
    got = dateparser.parse(expr, languages=["en"], settings=settings)
    return got.date() if got else None


def _add_ago(out: list[_Cand], m: re.Match, pub) -> None:
    bound, qty, unit, anchor = m.groups()
    unit = unit.lower().rstrip("s")
    gran = {"month": "month", "year": "year", "decade": "year"}.get(unit, "day")
    anchor = (anchor or "").lower()
    if anchor:
        gran = "day"  # "two years ago tomorrow" names a day

    bound = re.sub(r"\s+", " ", (bound or "").lower())

    def put(date, end=None):
        out.append(_Cand(m.start(), m.end(), date, end, gran, "relative"))

    if pub is None:
        return put(None)
    qty = re.sub(r"\s+", " ", qty.lower())
    if qty in ("several", "a few", "a couple of", "many") or unit == "decade" \
            or bound in ("more than", "over", "at least"):
        # vague or a lower bound ("more than 30 years ago"): past, but no date to give;
        # a date-less candidate also keeps the publication date from being used
        return put(_iso(pub) if unit == "hour" else None)
    base = pub + dt.timedelta(days={"tomorrow": 1, "yesterday": -1}.get(anchor, 0))
    if anchor and unit in ("year", "month"):
        # an anniversary keeps the day of the month (dateparser moves it to the 1st)
        n = _number(qty)
        if n is None:
            return
        y, mo = _shift_month(base.year, base.month, -n * (12 if unit == "year" else 1))
        d = _safe_date(y, mo, base.day) or _safe_date(y, mo, base.day - 1)
    else:
        n = _number(qty)
        d = _dateparser_relative(f"{n} {unit}s ago", base) if n is not None else None
    if d is None:
        return
    if bound in ("less than", "under"):
        gran = "day"
        return put(_iso(d), _iso(pub))  # "less than a week ago": some day since then
    put(_iso(d) if gran == "day" else (d.strftime("%Y-%m") if gran == "month" else str(d.year)))


def _add_weekday_range(out: list[_Cand], m: re.Match, pub, tense) -> None:
    """"from Monday to Wednesday": the end is resolved like a bare weekday
    (the next one in the future tense) and the start is the days before it."""
    a, b = _WEEKDAYS[m.group(1).lower()], _WEEKDAYS[m.group(2).lower()]
    if pub is None:
        out.append(_Cand(m.start(), m.end(), None, None, "day", "relative"))
        return
    length = (b - a) % 7
    if tense == "future":
        start = pub + dt.timedelta(days=(a - pub.weekday()) % 7 or 7)
        end = start + dt.timedelta(days=length)
    else:
        end = pub - dt.timedelta(days=(pub.weekday() - b) % 7)
        start = end - dt.timedelta(days=length)
    out.append(_Cand(m.start(), m.end(), _iso(start), _iso(end), "day", "relative"))


def _add_season(out: list[_Cand], m: re.Match, pub) -> None:
    """"this summer", "in the spring of 2024": year granularity (the year the
    season starts in), since a season is no calendar month."""
    mod, season, year = (m.group(1) or "").lower(), m.group(2).lower(), m.group(3)
    if not year and mod not in ("this", "last", "next"):
        return
    if season == "fall" and not (year or mod in ("this", "last", "next")):
        return
    if year:
        y = int(year)
    elif pub is None:
        out.append(_Cand(m.start(), m.end(), None, None, "year", "relative"))
        return
    else:
        s = _SEASONS[season]
        if mod == "this":
            y = pub.year - 1 if s == 12 and pub.month <= 2 else pub.year
        elif mod == "last":  # the most recent such season that is over
            y = pub.year if s + 3 <= pub.month else pub.year - 1
        else:
            y = pub.year if s > pub.month else pub.year + 1
    out.append(_Cand(m.start(), m.end(), str(y), None, "year", "explicit" if year else "relative"))


def _add_relative(out: list[_Cand], m: re.Match, pub, tense) -> None:
    phrase = re.sub(r"\s+", " ", m.group(1).lower())

    def put(date, end=None, gran="day"):
        out.append(_Cand(m.start(), m.end(), date, end, gran, "relative"))

    if pub is None:
        gran = "month" if "month" in phrase else "year" if "year" in phrase else "day"
        put(None, None, gran)
        return
    day = dt.timedelta(days=1)
    if phrase.startswith("the day before yesterday"):
        return put(_iso(pub - 2 * day))
    if phrase.startswith("yesterday") or phrase == "last night":
        return put(_iso(pub - day))
    if phrase in ("today", "earlier today", "later today", "tonight") or re.fullmatch(
        r"this (?:morning|afternoon|evening)", phrase
    ):
        return put(_iso(pub))
    if phrase == "tomorrow":
        return put(_iso(pub + day))
    if phrase == "overnight" and tense == "future":
        return put(None)  # "won't change overnight": "suddenly", not a night
    if phrase == "overnight" or "hours" in phrase:
        return put(_iso(pub - day), _iso(pub))
    if "weekend" in phrase:
        sat = pub - dt.timedelta(days=(pub.weekday() - 5) % 7)
        if phrase.startswith("next"):
            sat = sat + dt.timedelta(days=7)
        elif phrase.startswith("last") and pub.weekday() >= 5:
            sat = sat - dt.timedelta(days=7)
        return put(_iso(sat), _iso(sat + day))
    if re.search(r"\bthe (?:next|coming) ", phrase):
        return put(None)  # "over the next year": a window ahead, not a date
    words = phrase.split()
    unit = words[-1] if words[-1] in ("week", "month", "year") else None
    if unit is None:
        return
    if "past" in words or words[-3:-1] == ["the", "last"]:
        # "over the past year" is a span that ends at publication, not a calendar unit
        back = {"week": 7, "month": 30, "year": 365}[unit]
        return put(_iso(pub - dt.timedelta(days=back)), _iso(pub))
    which = next((w for w in words if w in ("last", "this", "next", "previous")), "this")
    k = {"last": -1, "previous": -1, "this": 0, "next": 1}[which]
    if unit == "week":
        monday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(weeks=k)
        end = monday + dt.timedelta(days=6)
        if k == 0 and words[0] == "earlier":
            end = pub
        put(_iso(monday), _iso(end))
    elif unit == "month":
        y, mo = _shift_month(pub.year, pub.month, k)
        put(f"{y:04d}-{mo:02d}", None, "month")
    else:
        put(str(pub.year + k), None, "year")


# --------------------------------------------------------------------------
# public API

def find_time_expressions(text: str, published: str | None = None, *, tense: str | None = None) -> list[DateResult]:
    """All time expressions in `text`, resolved, in text order (no overlaps:
    the longest expression at a place wins)."""
    if not text or not _PREFILTER.search(text):
        return []
    pub = _parse_pub(published)
    cands = _candidates(text, pub, tense)
    # Longest first, then drop anything overlapping an accepted expression.
    cands.sort(key=lambda c: (-(c.end - c.start), c.start))
    kept: list[_Cand] = []
    for c in cands:
        if all(c.end <= k.start or c.start >= k.end for k in kept):
            kept.append(c)
    kept.sort(key=lambda c: c.start)
    return [
        DateResult(
            date=c.date, text=text[c.start:c.end], basis=c.basis,
            granularity=c.granularity, end=c.end_date, span=(c.start, c.end),
        )
        for c in kept
    ]


def resolve_date(text: str, published: str | None, *, tense: str | None = None, verb=None) -> DateResult:
    """The date of the sentence or clause `text`, resolved against
    `published` (ISO date). `tense` is the tense of the event's verb
    ("past", "present", "future" or None; see `tense_of`). `verb`, the
    event's spaCy token (verb or nominal trigger) if known, lets the clause
    decide the publication-date fallback (see `clause_reading`): a generic,
    habitual, stative, modal or past-perfect clause with no time expression
    stays undated. Without `verb` the fallback depends on the tense alone.
    With `verb` and no `tense`, the tense is `tense_of(verb)`. `verb` should
    come from a parse of `text` itself (same character offsets); then a date
    in a relative clause that does not hold the event is not used."""
    if verb is not None and tense is None:
        tense = tense_of(verb)
    result = _resolve(text, published, tense, verb)
    if verb is not None:
        result.reading = clause_reading(verb)
    return result


def _resolve(text: str, published: str | None, tense: str | None, verb) -> DateResult:
    found = find_time_expressions(text, published, tense=tense)
    if found and verb is not None:
        # a date inside a relative clause belongs to that clause's own event
        found = [r for r in found if not _in_other_relative_clause(r.span, verb, text)]
    pub = _parse_pub(published)
    if found and tense == "future" and pub is not None:
        # a date already past cannot be when a future event happens: in "this
        # Summit, after the one on June 14, 2021, will convene ..." it belongs
        # to another clause. If only such dates are written, nothing is known.
        # A genitive day ("today's meeting", "Tuesday's vote") dates its noun,
        # a meeting already held or under way, not what will follow from it.
        ahead = [r for r in found if (not r.date or _last_day(r) >= pub)
                 and not (r.granularity == "day" and _GENITIVE.match(text, r.span[1]))]
        if not ahead:
            return DateResult()
        found = ahead
    elif found and tense == "past" and pub is not None:
        # likewise a past event is not dated by a day still ahead ("we have
        # announced aid through January 20"); two days of slack for time zones
        # and readouts dated the evening before.
        found = [r for r in found if not r.date or _first_day(r) <= pub + dt.timedelta(days=2)]
    if found:
        resolved = [r for r in found if r.date] or found
        # narrowest first; at equal width a written date beats a weekday or "yesterday"
        return min(resolved, key=lambda r: (_width(r), r.basis != "explicit", r.span[0]))
    if pub is not None and tense in ("past", "present") and (
        verb is None or fallback_basis(verb, tense) or _compares_with_now(text)
    ):
        return DateResult(date=_iso(pub), basis="publication", granularity="day")
    return DateResult()


_FUTURE_AUX = {"will", "'ll", "shall", "wo", "would", "'d"}
_CONTRACTED = {"'re": "be", "'m": "be", "'ve": "have", "'ll": "will", "'d": "would"}


def _aux_lower(token) -> str:
    """An auxiliary's form with typographic apostrophes straightened ("we’ll")."""
    return token.lower_.replace("\u2019", "'")


def _aux_lemma(token) -> str:
    """An auxiliary's lemma, also for contractions written with a typographic
    apostrophe, which the parser leaves unlemmatised ("we’re", "we’ve")."""
    low = _aux_lower(token)
    if low in _CONTRACTED:
        return _CONTRACTED[low]
    if low == "'s":  # "is" or "has": "’s launching", "’s been hit" / "’s launched", "’s helped Ukraine"
        head = token.head
        if head.tag_ == "VBG":
            return "be"
        has_object = any(c.dep_ in ("dobj", "ccomp", "dative") for c in head.children)
        return "be" if token.dep_ == "auxpass" and not has_object else "have"
    return token.lemma_.lower()
_MODAL_AUX = {"may", "might", "could", "should", "must", "can", "ca", "ought"}


def tense_of(token, _depth: int = 0) -> str | None:
    """Tense of a spaCy verb token: "past", "present", "future" or None
    (modal or undeterminable). Perfects ("has been", "have struck") count as
    past; "will"/"would"/"shall" and "going to" as future. A noun (an event
    nominal such as "attack") takes the tense of the verb that governs it."""
    if token.pos_ not in ("VERB", "AUX") and token.tag_[:2] != "VB":
        # a nominal trigger ("the attack on Kyiv killed five") takes the tense of its verb
        head = token.head
        while head.i != token.i and head.pos_ not in ("VERB", "AUX") and _depth < 3:
            token, head, _depth = head, head.head, _depth + 1
        return tense_of(head, _depth + 1) if head.pos_ in ("VERB", "AUX") and head.i != token.i else None
    auxes = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
    lowers = [_aux_lower(a) for a in auxes]
    if any(a in _FUTURE_AUX for a in lowers):
        return "future"
    if any(a in _MODAL_AUX for a in lowers):
        return None
    if any(_aux_lemma(a) == "have" for a in auxes):
        return "past"
    # "is going to strike": the head is "going" with an infinitive under it.
    if token.dep_ == "xcomp" and token.head.lower_ == "going" and any(c.lower_ == "to" for c in token.children):
        return "future"
    for a in auxes:  # the finite auxiliary carries the tense ("was killed", "is firing")
        if "Fin" in a.morph.get("VerbForm"):
            t = a.morph.get("Tense")
            if t:
                return "past" if t[0] == "Past" else "present"
    if "Fin" in token.morph.get("VerbForm") or token.tag_ in ("VBD", "VBZ", "VBP"):
        t = token.morph.get("Tense")
        if t:
            return "past" if t[0] == "Past" else "present"
    # Non-finite verbs ("continued to shell", "and shelled") take their head's tense.
    if token.dep_ in ("xcomp", "conj", "advcl", "ccomp") and token.head.i != token.i and _depth < 3:
        return tense_of(token.head, _depth + 1)
    if token.tag_ == "VBD":
        return "past"
    return None


# --------------------------------------------------------------------------
# Clause reading: may the publication date stand in for a missing date?
#
# A sentence with no time expression is dated by its publication only when it
# reports a happening of the news day ("Sullivan thanked Cho", "Russia is
# holding talks", "three people have died", "the United States condemns the
# strikes"). A clause that states what is generally or lastingly the case
# ("Russia considers NATO a threat", "X is the largest supplier", "China
# remains committed to ...", "the festival typically runs five days", "has
# long opposed") describes no dated happening, and its date stays null.
#
# The test follows the standard diagnostics of aspect and genericity
# (Vendler 1957; Comrie, "Aspect", 1976; Krifka et al., "Genericity: an
# introduction", 1995; Friedrich & Palmer's situation-entity types, 2014):
#   * modals ("may", "can", "should") and conditions ("if Russia attacks")
#     make no claim that anything happened;
#   * frequency and long-duration adjuncts ("usually", "often", "has long",
#     "for decades", "every year") make a clause habitual;
#   * the past perfect ("had invited") places the event before another past
#     time that this clause does not give (Reichenbach's E < R < S);
#   * the progressive ("is holding", "were looking into") is episodic;
#   * the English simple present of a dynamic verb is habitual or generic
#     ("China supplies Russia with parts"), except for speech acts, which
#     report what is being said now ("Police say", "we condemn");
#   * a stative verb ("be", "remain", "consider", "have") describes a state;
#     in the simple present, the past, or a perfect of duration ("has been")
#     it dates nothing, unless it is an existential "there is/was" (which
#     introduces a happening: "there was an explosion");
#   * a present state placed at the time of writing ("is now blocked",
#     "currently holds") or a copula/passive with a prepositional complement
#     of place or circumstance ("is in critical condition", "are with us":
#     Carlson's stage-level predicates) holds now, so it is news of the day;
#   * a bare plural subject with a present verb is generic
#     ("Tanks are expensive");
#   * everything else (past and present-perfect dynamic verbs) is episodic.
# Word lists: data/times_stative_verbs.txt, data/times_habitual_cues.txt,
# data/times_performative_verbs.txt.

_STATIVE = _load_words("times_stative_verbs.txt")
_HABITUAL_CUES = _load_words("times_habitual_cues.txt")
_PERFORMATIVE = _load_words("times_performative_verbs.txt")

# adverbs that place a present state at the time of writing
_NOW = frozenset({"now", "currently", "presently"})

READINGS = ("episodic", "state", "generic", "habitual", "anterior", "modal")


def _predicate(token):
    """The verb whose tense and aspect frame the event word: a nominal
    trigger climbs to its governing verb ("the attack ... killed"); a
    non-finite verb with no auxiliary of its own ("continued to shell", "and
    shelled") to the verb it depends on."""
    depth = 0
    while token.pos_ not in ("VERB", "AUX") and token.tag_[:2] != "VB":
        if token.head.i == token.i or depth > 3:
            return None
        token, depth = token.head, depth + 1
    while (depth < 6 and token.dep_ in ("xcomp", "conj", "advcl", "pcomp") and token.head.i != token.i
           and token.head.pos_ in ("VERB", "AUX") and not _finite(token)
           and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)):
        token, depth = token.head, depth + 1
    return token


def _finite(verb) -> bool:
    """The verb or one of its auxiliaries carries tense ("shelled", "has
    shelled"); participles and infinitives ("airlifting", "to shell") do not."""
    return any("Fin" in t.morph.get("VerbForm") or t.tag_ in ("VBD", "VBZ", "VBP", "MD")
               for t in [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))])


def _habitual_cue(verb) -> bool:
    """A frequency or long-duration adjunct on the verb: "often", "has long",
    "for decades", "every year"."""
    for c in verb.children:
        if c.dep_ in ("advmod", "npadvmod") and c.lower_ in _HABITUAL_CUES:
            return True
        if c.dep_ == "npadvmod" and any(d.dep_ == "det" and d.lower_ in ("every", "each") for d in c.children):
            return True
        if c.dep_ == "prep" and c.lower_ in ("for", "over"):
            if any(o.dep_ == "pobj" and o.lower_ in _HABITUAL_CUES for o in c.children):
                return True
    return False


def _generic_subject(verb) -> bool:
    """A bare plural common noun as subject ("Tanks are expensive", "Drones
    cost little"): a kind, not a particular (Carlson's bare plurals). Bare
    singulars are left out: the parser tags many company and place names as
    common nouns."""
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN" and c.tag_ == "NNS":
            return not any(d.dep_ in ("det", "poss", "nummod", "predet") or d.tag_ in ("CD", "PRP$")
                           for d in c.children)
    return False


def _in_other_relative_clause(span: tuple[int, int], event, text: str) -> bool:
    """True if the time expression at `span` sits in a relative clause, or another clause with a subject of its
    own (`_own_clause`), that does not hold the event word: in "WeWork is cutting costs at
    Meetup, which it acquired in 2017" the year dates the acquisition, and in
    "commitments made at the November 2023 Summit" the month dates the
    commitments, not the event of the main clause."""
    doc = event.doc
    if doc.text != text:  # the parse is of other text: no way to place the expression
        return False
    inside = [t for t in doc if span[0] <= t.idx < span[1]]
    if not inside:
        return False
    ids = {t.i for t in inside}
    head = next((t for t in inside if t.head.i not in ids or t.head.i == t.i), inside[0])
    above_event = {event.i, *(a.i for a in event.ancestors)}
    t = head
    while t.i not in above_event and t.head.i != t.i:
        if t.dep_ == "relcl":  # participles ("a letter posted on Tuesday") are left alone
            return True
        if _own_clause(t):
            return True
        t = t.head
    return False


# Subordinators of a clause whose time is the main clause's too ("killed when their vehicle struck a mine on Tuesday"),
# or starts its span ("has stepped up attacks since the junta expelled French troops in 2022": eval/dates_gold.md rule 10).
_SAME_TIME_MARKS = {"when", "as", "while", "whilst", "once", "since", "until", "till"}


def _own_clause(verb) -> bool:
    """A coordinated or subordinate clause with a subject of its own dates its own act (session 17): in "Niger
    recalled its ambassador last month, and the two countries are expected to hold talks next week" the week is
    the talks'; in "... last month after Mali expelled its envoy on Tuesday" Tuesday is the expulsion's. A
    shared subject ("attacked the town and killed five on Monday") or a when-clause shares the time."""
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ not in ("conj", "advcl"):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return False
    return verb.dep_ == "conj" or not any(c.dep_ in ("mark", "advmod") and c.lower_ in _SAME_TIME_MARKS
                                          for c in verb.children)  # ("when" is often an adverb)


def _stage_level(verb, lemma: str, passive: bool) -> bool:
    """A copula or passive whose complement is a prepositional phrase ("is in
    critical condition", "are together with us", "is listed in stable
    condition"): locative and prepositional predicates describe temporary
    states of a moment (Carlson's stage-level predicates), true at the time
    of writing, unlike nominal and adjectival ones ("is the largest
    supplier", "is essential")."""
    if not (lemma == "be" or passive):
        return False
    objects = {"attr", "acomp", "dobj", "oprd", "ccomp", "xcomp"}
    kids = list(verb.children)
    return (any(c.dep_ == "prep" and c.lower_ in _LOCATIVE_PREPS for c in kids)
            and not any(c.dep_ in objects for c in kids)
            and not any(c.dep_ == "expl" for c in kids))


# Prepositions of place and circumstance ("in critical condition", "at risk",
# "under fire", "with us"); not "about", "of", "for", "like", which build
# individual-level predicates ("is about trust", "is of concern").
_LOCATIVE_PREPS = frozenset(
    "in at on under with without near inside outside behind among amid beside "
    "aboard within beyond across along around".split()
)


def clause_reading(token) -> str | None:
    """How the clause of an event word (a spaCy token: the verb, or a nominal
    trigger) presents it: "episodic" (a happening, or a situation going on
    now), "state", "generic", "habitual", "anterior" (past perfect: before
    another past time), "modal" (possible, required, hypothetical), or None
    when the parse gives no verb to judge."""
    verb = _predicate(token)
    if verb is None:
        return None
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    lowers = {_aux_lower(a) for a in auxes}
    if lowers & (_MODAL_AUX | {"would", "'d"}):
        return "modal"
    if _habitual_cue(verb):
        return "habitual"
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children):
        return "modal"  # a condition: "if Russia attacks", nothing has happened
    perfect = [a for a in auxes if _aux_lemma(a) == "have"]
    if perfect and perfect[0].tag_ == "VBD":
        return "anterior"
    if (verb.tag_ == "VBG" and any(_aux_lemma(a) == "be" and a.dep_ == "aux" for a in auxes)) \
            or any(a.tag_ == "VBG" and a.dep_ == "auxpass" for a in auxes):
        return "episodic"  # progressive ("is holding", "is being investigated"): going on now
    passive = any(a.dep_ == "auxpass" and _aux_lemma(a) == "be" for a in auxes)
    finite = next((a for a in auxes if "Fin" in a.morph.get("VerbForm")), None)
    tense_src = finite if finite is not None else verb
    # participles carry Tense=Pres/Past in their morphology but no tense of their own
    present = tense_src.tag_ in ("VBZ", "VBP") or (
        "Fin" in tense_src.morph.get("VerbForm") and tense_src.morph.get("Tense") == ["Pres"])
    lemma = verb.lemma_.lower()
    existential = any(c.dep_ == "expl" for c in verb.children)
    stative = lemma in _STATIVE and not passive and not existential
    if present and not perfect and any(c.dep_ == "advmod" and c.lower_ in _NOW for c in verb.children):
        return "episodic"  # "is now blocked", "currently holds": a state placed at the time of writing
    if present and not perfect and _stage_level(verb, lemma, passive):
        return "episodic"  # "is in critical condition", "are with us": a temporary state, now
    if present and not perfect:
        if lemma in _PERFORMATIVE and not passive:
            return "episodic"  # "Police say", "we condemn": a statement made now
        if _generic_subject(verb) and not existential:
            return "generic"
        if stative:
            return "state"
        if passive:
            return "state"  # "is listed", "is considered": a resulting state
        return "habitual"  # simple present of a dynamic verb: a habit or a rule
    if stative:
        return "state"  # "was far too little", "has long been", "has had"
    return "episodic"


def fallback_basis(token, tense: str | None = None) -> str | None:
    """"publication" if an event with no time expression may take the
    publication date — its clause reports a happening of the news day, in the
    present or recent past — else None. `token` is the event's spaCy token
    (verb or nominal trigger); `tense` defaults to `tense_of(token)`."""
    if tense is None:
        tense = tense_of(token)
    if tense not in ("past", "present"):
        return None
    return "publication" if clause_reading(token) in ("episodic", None) else None
