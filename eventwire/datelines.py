"""Wire datelines, kept out of the parse.

"OUAGADOUGOU, 3 June 2025 (AFP) - Jihadist fighters killed at least 50 soldiers ..., security
sources told AFP": the small English model reads the dateline as part of the clause and makes a
mess of it (the place becomes the subject, "fighters" the object, the trailing "told AFP" loses
its content). The events coder and the claims finder each carried patches for some of these
misreadings; the parse itself is now given the sentence with its dateline blanked out (spaces,
same length, so every offset still points into the original), and the dateline is read from the
original text by the places stage and the claims' country default.

Written by hand (a regular expression): no library knows wire datelines. The forms:
"KYIV, Ukraine (AP) —", "MOSCOW, July 20 (Reuters) -", "TAIPEI, 14 October 2025 (Reuters) -",
"GAZA CITY/JERUSALEM (Reuters) -", "Kyiv (Reuters) -", "Kyiv, 16 September 2025 —", "(CNN) —", "NEW DELHI, India, March 3
(Xinhua) --" and a bare place in capitals, "WASHINGTON —", when the gazetteer knows it.
"""
from __future__ import annotations

import re

# Where a parsed sentence keeps the dateline it was parsed without (read by the places stage).
DATELINE_KEY = "eventwire.dateline"
_CAPS_PLACE = r"[A-Z][A-Z'’.\-]+(?:[ /][A-Z][A-Z'’.\-]+){0,3}"
_TITLE_PLACE = r"[A-Z][a-z'’.\-]+(?:[ /][A-Z][a-z'’.\-]+){0,2}"
_REGION = r"(?:,[ ]+[A-Z][\w.'’\-]*(?:[ ][A-Z][\w.'’\-]*){0,2})"
_DATE = (r"(?:,[ ]+(?:\d{1,2}[ ]+[A-Z][a-z]{2,8}\.?(?:[ ]+\d{4})?"
         r"|[A-Z][a-z]{2,8}\.?[ ]+\d{1,2}(?:,?[ ]+\d{4})?))")
_WIRE = r"(?:[ ]*\([A-Z][\w.&'’ \-]{1,30}\))"
_DASH = r"[ ]*(?:—|–|--+|-|_)[ ]+(?=[\"“'‘A-Z0-9(])"
# A place with region, date or wire ("KYIV, Ukraine (AP) —"), a place in title case with a wire or a date
# ("Kyiv (Reuters) -", "Kyiv, 16 September 2025 —"), a wire alone ("(CNN) —"), or a place in capitals closed
# by a dash alone ("WASHINGTON —": checked against the gazetteer).
_FULL = re.compile(rf"(?:{_CAPS_PLACE}(?:{_REGION}{{0,2}}{_DATE}?{_WIRE}|{_REGION}{{1,2}}{_DATE}?|{_DATE}){_WIRE}?"
                   rf"|{_TITLE_PLACE}{_REGION}{{0,2}}{_DATE}?{_WIRE}|{_TITLE_PLACE}{_REGION}{{0,2}}{_DATE}"
                   rf"|{_WIRE}){_DASH}")
_BARE = re.compile(rf"(?P<place>{_CAPS_PLACE}){_DASH}")


def dateline_length(text: str) -> int:
    """Characters of a wire dateline opening `text`, with the dash and spaces after it; 0 if none."""
    m = _FULL.match(text)
    if m:
        return m.end()
    m = _BARE.match(text)
    if m and sum(c.isupper() for c in m.group("place")) >= 3 and _known_place(m.group("place")):
        return m.end()
    return 0


def without_dateline(text: str) -> str:
    """`text` with an opening dateline replaced by spaces (same length)."""
    n = dateline_length(text)
    return " " * n + text[n:] if n else text


# A bare "NATO —" or "ISW —" is no dateline: the place must be a country, a province or a city this big.
_BARE_CITY_POPULATION = 50_000


def _known_place(name: str) -> bool:
    from .places import default_geocoder
    geocoder = default_geocoder()
    return any(e.kind in ("country", "subdivision") or (e.kind == "city" and e.population >= _BARE_CITY_POPULATION)
               for part in name.split("/") for e in geocoder.candidates(part.strip().title()))


def dateline_country(text: str) -> str | None:
    """The country of the place an opening wire dateline names ("PORT SUDAN, May 8 (Reuters) -" -> SDN,
    "ERBIL, Iraq, July 16 -" -> IRQ by its region), by the gazetteer (the most populous place of that name;
    a region naming a country wins); None with no dateline or no place known."""
    n = dateline_length(text)
    if not n:
        return None
    head = re.sub(r"\([^)]*\)", " ", text[:n])
    parts = [p.strip(" -—–_") for p in head.split(",")]
    from .places import default_geocoder
    geocoder = default_geocoder()
    for region in parts[1:3]:
        countries = {e.country for e in geocoder.candidates(region.title()) if e.kind == "country" and e.country}
        if len(countries) == 1:
            return countries.pop()
    place = parts[0].split("/")[0].strip()
    if not place:
        return None
    found = [e for e in geocoder.candidates(place.title()) if e.country]
    return max(found, key=lambda e: (e.kind == "country", e.population)).country if found else None

