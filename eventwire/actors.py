"""Actor resolution: a noun phrase -> CAMEO-style actor code (ISO-3 country + sector).

    >>> r = default_resolver()
    >>> r.resolve("US Deputy Secretary of State Kurt Campbell")
    Actor(text='US Deputy Secretary of State Kurt Campbell', actor='USAGOV', country='USA', sector='GOV',
          title='Deputy Secretary of State')

All knowledge lives in data files under eventwire/data/ (country names from pycountry; demonyms, capitals,
short forms and government metonyms in actor_aliases.tsv; organisations, people, role nouns and claim
sources in actor_orgs.tsv, actor_people.tsv, actor_sectors.tsv, actor_sources.tsv). The rules that turn
the matches into one code are documented in docs/actors.md.

Works on plain strings with a regex tokeniser (no spaCy): the phrase is tokenised, the lexicon is matched
longest-phrase-first, and the matches are split at the first preposition into the head noun phrase and its
complements ("the US ambassador | to China").
"""
from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from eventwire.records import Actor

DATA = Path(__file__).parent / "data"

# Words that end the head noun phrase: what follows is a complement ("President | of Russia").
# A middle initial between a first name and a surname: the tables list "Antony Blinken".
_MIDDLE_INITIAL = re.compile(r"\b([A-Z][a-z]+) [A-Z]\. ([A-Z][a-z]+)")
_BOUNDARY = frozenset(
    """of to in into from for at on with against near by over about after before during across inside outside
    within between among amid amidst toward towards via without through behind beyond along around including
    like than who whom which that whose where when based loyal""".split()
)
# Words before a surname that are no given name ("Mr Putin", "Gen. Gerasimov", "Sen. Rubio").
_HONORIFICS = frozenset("mr mrs ms miss dr sir dame madam mme prof gen lt col maj capt adm sgt sen rep gov amb "
                        "president premier minister chancellor king queen prince sheikh emir ayatollah".split())
# Hyphenated modifiers that name a sponsor or patron, not the actor's own country ("Iranian-backed militias").
_SPONSOR_SUFFIX = frozenset(
    "backed sponsored supported allied aligned funded armed trained controlled occupied installed appointed "
    "affiliated linked friendly leaning drafted influenced proxy proxies".split()
)
# "pro-Russian", "anti-Kremlin": the country is an attitude, not the actor.
_ATTITUDE_PREFIX = {"pro": "sponsor", "anti": "drop", "non": "drop", "ex": "keep", "post": "drop"}
_DETERMINERS = frozenset("the a an".split())
# -ing/-ed words that modify the next noun rather than start a clause ("UN peacekeeping chief", "armed groups").
_PREMODIFIERS = frozenset(
    "peacekeeping ruling governing leading warring opposing striking founding armed unarmed unnamed unidentified "
    "suspected alleged masked elected retired exiled jailed wounded injured displaced banned outlawed wanted "
    "backed united organized organised fighting".split()
)
# Words that may stand before a title and belong to it ("Deputy Secretary of State", "Vice Foreign Minister").
_TITLE_PREFIX = frozenset(
    "deputy vice acting first assistant under junior senior principal chief special foreign defense defence "
    "interior home finance economy justice energy health trade education culture labour labor transport "
    "prime state permanent executive supreme grand lt lieutenant major brigadier rear commanding".split()
)
# Head nouns that stand for their owner's assets: a role before them still names the actor ("a police station").
_ASSET_NOUNS = frozenset(
    "headquarters base bases station stations post posts convoy convoys checkpoint checkpoints compound camp camps "
    "barracks depot depots position positions vehicle vehicles patrol patrols building buildings office offices "
    "garrison outpost outposts facility facilities".split()
    # ... and collective nouns that a role word qualifies ("opposition coalition", "army sources")
    + "coalition coalitions group groups candidate candidates member members bloc blocs faction factions wing "
    "circles figures sources staff team teams alliance network networks cell cells ranks elements".split()
)
# Title heads that take capitalised portfolio words before them ("Planning and Investment Minister").
_PORTFOLIO_HEADS = frozenset("minister secretary commissioner ministers".split())

_TOKEN_RE = re.compile(
    r"(?P<w>\w+(?:(?:[./&]|'(?!s\b))\w+)*\.?)|(?P<poss>'s\b|')|(?P<hyph>-)|(?P<punct>[,;:()\[\]\"!?])"
)
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u201c": '"', "\u201d": '"',
                         "\u2013": "-", "\u2014": "-", "\u2010": "-", "\u2011": "-", "\u00a0": " "})

# Priority among lexicon entries that share the same words (higher wins).
_PRIORITY = {"source": 6, "org": 5, "person": 4, "country": 3, "role": 2, "block": 1}


@dataclass(frozen=True)
class _Entry:
    kind: str  # source | org | person | country | role | block
    country: str | None = None  # ISO3 (country/org/person/source)
    code: str | None = None  # IGO/IMG/NGO code for international bodies
    sector: str | None = None
    flags: frozenset = frozenset()  # role flags: title, weak; country alias kind: demonym, capital, ...
    exact: tuple[bool, ...] = ()  # per word: must match case exactly (acronyms: US, PLA, MoD)
    cap: bool = False  # first word must be capitalised in the text (names: Turkey, Chad, Jordan)
    given: frozenset = frozenset()  # a person's given names, when matched by the surname alone


@dataclass
class _Tok:
    surface: str  # as written, periods removed ("U.S." -> "US")
    key: str  # lowercased, accents stripped, periods removed
    kind: str  # w | poss | punct
    hyph_before: bool = False  # joined to the previous word by a hyphen


@dataclass
class _Item:
    entry: _Entry | None  # None: a word the lexicon does not know
    start: int  # token index range [start, end)
    end: int
    text: str
    poss: bool = False  # followed by a possessive 's
    role: str = "keep"  # keep | sponsor (X-backed, pro-X) | drop (anti-X)
    boundary: bool = False


def _plural(role_text: str) -> bool:
    """'leaders', 'Joint Chiefs of Staff' are groups, not a person's title ('Minister of Foreign Affairs' is)."""
    words = role_text.lower().split()
    head = words[0] if "of" in words else words[-1]
    return head.endswith("s") and not head.endswith(("ss", "us"))


# Sectors of bodies that are no part of the state: a title of one of them is that body's, not a
# government's (_institution_of).
_INSTITUTION_SECTORS = frozenset("BUS REL EDU MED NGO LAB HLH JUD LEG".split())


# Words that end a company's name ("Hartman & Tyner Inc."): the title before it is the company's.
_COMPANY_SUFFIXES = frozenset("inc corp ltd llc plc gmbh".split())


def _institution_of(role: _Item, head: list[_Item], tail: list[_Item]) -> str | None:
    """The sector of the body a state title belongs to when it names a non-state institution or
    company: in its complement, "vice president of Hartman & Tyner Inc." (BUS), "a minister of the
    Evangelical Presbyterian Church" (REL), "the president of the university" (EDU), "chairman of
    the union" (LAB); before it, "the university president", "Paris Junior College president".
    Not when the head names a country or an organisation of its own and the body is only in the
    complement ("Russia's Minister of Education", "the US Secretary of Labor" stay GOV)."""
    if "title" not in role.entry.flags:
        return None
    before = [it for it in head if it.entry is not None and it.entry.kind == "role" and it.end <= role.start]
    if before and before[-1].entry.sector in _INSTITUTION_SECTORS - {"JUD", "LEG"}:
        # (a state body's president before his name stays his government's: "French National
        # Assembly president Laurent Fabius")
        return before[-1].entry.sector
    if any(it.entry is not None and it.entry.kind in ("country", "org") and it.role == "keep" for it in head):
        return None
    if any(it.entry is None and it.text.rstrip(".").lower() in _COMPANY_SUFFIXES for it in tail):
        return "BUS"
    bodies = [it for it in tail if it.entry is not None and it.entry.kind in ("role", "org")]
    return bodies[-1].entry.sector if bodies and bodies[-1].entry.sector in _INSTITUTION_SECTORS else None


def _metonym_of_another_country(owner: "_Item", other: "_Item | None") -> "_Item":
    """A metonym names its country only when the phrase names no other (round evprec19): "the Ministry
    of Defence of Ukraine" is Ukraine's ministry, not Whitehall's; "the Pentagon" alone stays the US
    ("the Ministry of Defense of Ukraine", spelt as no metonym, already was Ukraine's)."""
    if owner.entry.kind == "country" and "metonym" in owner.entry.flags and other is not None \
            and other.entry.kind == "country" and "metonym" not in other.entry.flags \
            and other.entry.country and other.entry.country != owner.entry.country:
        return other
    return owner


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def _tokenize(text: str) -> list[_Tok]:
    toks: list[_Tok] = []
    hyph = False
    for m in _TOKEN_RE.finditer(text.translate(_QUOTES)):
        if m.lastgroup == "hyph":
            hyph = bool(toks) and toks[-1].kind == "w"
            continue
        raw = m.group()
        if m.lastgroup == "w":
            surface = _fold(raw.replace(".", ""))
            if not surface:
                continue
            key = surface.lower()
            if key in _DETERMINERS and not hyph:
                hyph = False
                continue
            toks.append(_Tok(surface, key, "w", hyph))
        elif m.lastgroup == "poss":
            toks.append(_Tok(raw, "'s", "poss"))
        else:
            toks.append(_Tok(raw, raw, "punct"))
        hyph = False
    return toks


def _is_exact(word: str) -> bool:
    """An alias word whose case must match: acronyms and mixed case (US, PLA, SPLM/A, MoD, G7)."""
    letters = [c for c in word if c.isalpha()]
    uppers = sum(c.isupper() for c in letters)
    return uppers >= 2 or (len(letters) == 1 and uppers == 1 and len(word) <= 3 and any(c.isdigit() for c in word))


def _read_tsv(name: str):
    with open(DATA / name, encoding="utf-8") as f:
        for row in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            if not row or row[0].startswith("#"):
                continue
            yield [c.strip() for c in row] + [""] * 4


# "Statement from President Joe Biden on ...", "Remarks by Secretary Blinken at ...",
# "Op-Ed by ...": the author of a statement, named in its title.
_VOICE_TITLE = re.compile(
    r"(?:joint\s+)?(?:statement|remarks|op-ed|message|letter|address|speech|press statement)s?\s+(?:from|by|of)\s+"
    r"(?P<who>.+?)(?=\s+(?:on|at|to|in|regarding|before|after|during|with|for|announcing|marking|celebrating)\s|[:;,|–—]|\s-\s|$)",
    re.I)


class ActorResolver:
    """Resolves noun phrases to actors. Build once (see default_resolver()); resolve() is pure and cached."""

    def __init__(self) -> None:
        self._lex: dict[tuple[str, ...], list[_Entry]] = {}
        self._maxlen = 1
        self._load()
        # First words of every name that can code an actor by itself (countries, capitals,
        # demonyms, organisations, people): a sentence with none of them cannot give an event.
        self._name_words = frozenset(key[0] for key, entries in self._lex.items()
                                     if any(e.kind in ("country", "org", "person") for e in entries))
        # First words of role nouns that place an actor in the state ("police", "troops",
        # "ministry"): enough where the document says which country it is about.
        self._state_role_words = frozenset(key[0] for key, entries in self._lex.items()
                                           if any(e.kind == "role" and e.sector in ("GOV", "MIL", "COP", "JUD", "LEG", "SPY")
                                                  and "weak" not in e.flags for e in entries))
        self._name_or_role_words = self._name_words | self._state_role_words

    # ------------------------------------------------------------------ loading
    def _add(self, alias: str, entry: _Entry) -> None:
        toks = [t for t in _tokenize(alias) if t.kind != "punct"]
        if not toks:
            return
        key = tuple(t.key for t in toks)
        exact = tuple(_is_exact(t.surface) for t in toks)
        cap = entry.kind != "role" and toks[0].surface[:1].isupper() and not exact[0]
        self._lex.setdefault(key, []).append(replace(entry, exact=exact, cap=cap))
        self._maxlen = max(self._maxlen, len(key))

    def _load(self) -> None:
        import pycountry

        # Country names from pycountry: name, official and common names; "Korea, Republic of" also as
        # "Republic of Korea" and, when no other country claims it, the bare "Korea".
        bare: dict[str, set[str]] = {}
        full: set[str] = set()
        names: list[tuple[str, str]] = []
        for c in pycountry.countries:
            for attr in ("name", "official_name", "common_name"):
                n = getattr(c, attr, None)
                if not n:
                    continue
                n = re.sub(r"\s*\(.*?\)", "", n).strip()
                n = re.sub(r"^the\s+", "", n, flags=re.I)
                if ", " in n:
                    head, tail = n.split(", ", 1)
                    names.append((f"{tail} {head}", c.alpha_3))
                    bare.setdefault(head, set()).add(c.alpha_3)
                else:
                    names.append((n, c.alpha_3))
                    full.add(n)
        for head, codes in bare.items():
            if len(codes) == 1 and head not in full:
                names.append((head, next(iter(codes))))
        for n, iso in names:
            self._add(n, _Entry("country", country=iso, flags=frozenset({"name"})))

        for alias, iso, sector, kind, *_ in _read_tsv("actor_aliases.tsv"):
            if kind == "block" or not iso:
                self._add(alias, _Entry("block"))
            else:
                self._add(alias, _Entry("country", country=iso, sector=sector or None, flags=frozenset({kind})))

        for names_, code, country, sector, *_ in _read_tsv("actor_orgs.tsv"):
            e = _Entry("org", country=country or None, code=None if country else code, sector=sector or None)
            for n in names_.split("|"):
                self._add(n, e)

        for names_, country, sector, *_ in _read_tsv("actor_people.tsv"):
            igo = not re.fullmatch(r"[A-Z]{3}", country)
            e = _Entry("person", country=None if igo else country, code=country if igo else None, sector=sector)
            full, *short = names_.split("|")
            self._add(full, e)
            # A surname alias names this person only when no other given name stands before it
            # ("Karimov" and "President Karimov" are Islam Karimov; "Ahmed Karimov" is someone else).
            given = frozenset(w.casefold() for w in full.split()[:-1])
            for n in short:
                self._add(n, replace(e, given=given) if len(n.split()) == 1 and given else e)

        for terms, sector, flags, *_ in _read_tsv("actor_sectors.tsv"):
            e = _Entry("role", sector=sector, flags=frozenset(f for f in flags.split(",") if f))
            for t in terms.split("|"):
                self._add(t, e)

        for names_, country, kind, *_ in _read_tsv("actor_sources.tsv"):
            e = _Entry("source", country=country or None, flags=frozenset({kind}))
            for n in names_.split("|"):
                self._add(n, e)

        self._sites = {domain.lower(): (actor, country or None, sector or None)
                       for domain, actor, country, sector, *_ in _read_tsv("actor_official_sites.tsv")}

    # ------------------------------------------------------------------ matching
    def _match(self, text: str) -> list[_Item]:
        toks = _tokenize(text)
        items: list[_Item] = []
        i, n = 0, len(toks)
        while i < n:
            t = toks[i]
            if t.kind == "poss":
                if items:
                    items[-1].poss = True
                i += 1
                continue
            if t.kind == "punct":
                # a comma or colon may end the head phrase ("A spokesman for the Taliban, Qari ..."); brackets do not
                if t.surface in ",;:" and items:
                    items.append(_Item(None, i, i + 1, t.surface, boundary=True))
                i += 1
                continue
            found = None
            for size in range(min(self._maxlen, n - i), 0, -1):
                span = toks[i:i + size]
                if span[-1].kind != "w" or any(s.kind == "punct" for s in span):
                    continue
                cands = self._lex.get(tuple(s.key for s in span))
                if not cands:
                    continue
                ok = [e for e in cands if self._case_ok(e, span) and not self._other_given_name(e, toks, i)]
                if ok:
                    found = (max(ok, key=lambda e: _PRIORITY[e.kind]), size)
                    break
            if found:
                entry, size = found
                item = _Item(entry, i, i + size, " ".join(s.surface for s in toks[i:i + size]))
            else:
                entry, size = None, 1
                item = _Item(None, i, i + 1, t.surface)
                prev = items[-1] if items else None
                if t.key in _BOUNDARY and not (t.key == "based" and t.hyph_before):
                    item.boundary = True  # ("Yemen-based militants": a modifier, not "based in")
                elif (t.key.endswith(("ing", "ed")) and t.surface.islower() and not t.hyph_before
                      and t.key not in _PREMODIFIERS
                      and prev is not None and prev.entry is not None and prev.entry.kind != "block"):
                    # a participle right after the head: "refugees fleeing ...", "Taliban ruled Afghanistan"
                    item.boundary = True
                elif t.hyph_before and prev is not None and prev.entry is not None and t.key in _SPONSOR_SUFFIX:
                    prev.role = "sponsor"
            # "pro-Russian", "anti-Western": the attitude prefix is the word just before, hyphen-joined
            if entry is not None and toks[i].hyph_before and items and items[-1].entry is None:
                attitude = _ATTITUDE_PREFIX.get(items[-1].text.lower())
                if attitude and attitude != "keep":
                    item.role = attitude
            items.append(item)
            i += size
        return items

    def _other_given_name(self, e: _Entry, toks: list[_Tok], i: int) -> bool:
        """A surname alias right after a capitalised given name that is not the person's own
        (a title or role word before it, "President Karimov", is no given name)."""
        if not e.given or i == 0:
            return False
        before = toks[i - 1]
        if before.kind != "w" or not before.surface[:1].isupper() or not before.surface.isalpha() \
                or before.key in e.given or before.key in _HONORIFICS:
            return False
        return not any(x.kind in ("role", "country") for x in self._lex.get((before.key,), []))

    @staticmethod
    def _case_ok(e: _Entry, span: list[_Tok]) -> bool:
        # acronyms keep their capitals ("US", not the pronoun "us"); names start with a capital ("Turkey")
        for tok, exact in zip(span, e.exact):
            if exact and not tok.surface.isupper() and not any(c.isupper() for c in tok.surface[1:]):
                return False
        if e.cap and not span[0].surface[:1].isupper() and not span[0].surface[:1].isdigit():
            return False
        return True

    # ------------------------------------------------------------------ deciding
    @staticmethod
    def _zones(items: list[_Item]) -> tuple[list[_Item], list[_Item]]:
        # the first boundary after at least one word; a leading preposition ("in central Baghdad") is skipped
        for k, it in enumerate(items):
            if it.boundary and k > 0:
                return items[:k], items[k + 1:]
        return items, []

    @staticmethod
    def _actorish(it: _Item) -> bool:
        return it.entry is not None and it.entry.kind in ("country", "org", "person") and it.role != "drop"

    def _pick_owner(self, zone: list[_Item], allow_sponsor: bool = False) -> _Item | None:
        """The item that gives the phrase its country (or IGO): a possessor, else the first country word,
        else an organisation or person; sponsors (X-backed, pro-X) only when asked."""
        cands = [it for it in zone if self._actorish(it) and (allow_sponsor or it.role != "sponsor")]
        if not cands:
            return None
        poss = [it for it in cands if it.poss]
        if poss:
            return poss[0]
        countries = [it for it in cands if it.entry.kind == "country"]
        if countries:
            return countries[0]
        return cands[0]

    @staticmethod
    def _source_head(head: list[_Item]) -> _Item | None:
        """The source that heads the phrase: a named outlet or think tank with no actor after it
        ("ISW", "POLITICO's sources", "Russian state media"; not "New York (CNN) French President Macron")."""
        idx = [k for k, it in enumerate(head) if it.entry is not None and it.entry.kind == "source"]
        if not idx:
            return None
        for it in head[idx[-1] + 1:]:
            e = it.entry
            if e is not None and (e.kind in ("country", "org", "person") or (e.kind == "role" and e.sector != "MED")):
                return None
        return head[idx[-1]]

    def _analyse(self, text: str):
        items = self._match(text)
        head, tail = self._zones(items)
        return items, head, tail

    @staticmethod
    def _drop_adjectival_roles(head: list[_Item]) -> None:
        """A role word that only modifies a common noun is not the head: "military cooperation",
        "submarine and missile technologies" name no actor (but "a police station" keeps its owner)."""
        words = [it for it in head if not it.boundary]
        if not words or words[-1].entry is not None:
            return
        last = words[-1].text
        if not last.isalpha() or not last.islower() or last in _ASSET_NOUNS:
            return
        for it in words:
            if it.entry is not None and it.entry.kind == "role":
                it.entry = None

    @lru_cache(maxsize=65536)
    def _resolve_key(self, text: str) -> tuple | None:
        items, head, tail = self._analyse(text)
        self._drop_adjectival_roles(head)
        if self._source_head(head) is not None:
            return None  # a source of claims, not an actor
        known_head = [it for it in head if it.entry is not None and it.role != "drop"
                      and it.entry.kind in ("country", "org", "person", "role")]
        owner = self._pick_owner(head)
        roles = [it for it in head if it.entry is not None and it.entry.kind == "role"]
        # ("the victims of Russia's strikes": what befell them, not whose people they are)
        cause = bool(roles) and "cause" in roles[-1].entry.flags
        if owner is None and not cause:
            owner = self._pick_owner(tail)
        elif owner is not None and not cause:
            owner = _metonym_of_another_country(owner, self._pick_owner(tail))
        if owner is None:
            owner = self._pick_owner(head, allow_sponsor=True) or (
                None if cause else self._pick_owner(tail, allow_sponsor=True))
        if not roles and not known_head:
            # nothing in the head ("the statement by officials"): the complement names the actor
            roles = [it for it in tail if it.entry is not None and it.entry.kind == "role"]
            if any(it.entry is not None and it.entry.kind == "source" for it in tail) and owner is None:
                return None
        if owner is None and not roles:
            return None

        sector, title_item = self._sector(head, tail, roles, owner)
        country = code = None
        if owner is not None:
            country, code = owner.entry.country, owner.entry.code
        if owner is not None and owner.entry.kind == "country" \
                and any(it.end == owner.start and it.text.lower() == "ethnic" for it in items):
            # "ethnic Albanians in Serbia", "ethnic Russians in Estonia": a people, not the state
            # of that name; the country they live in comes from the sentence, if anywhere.
            country, sector = None, sector if sector not in (None, "GOV") else "CVL"
        title = self._title(items, title_item) if title_item is not None else None
        if code:  # international body: keep its code, append a non-governmental role ("UN peacekeepers")
            if sector and sector not in ("GOV", "IGO", owner.entry.sector):
                actor = code + sector
            else:
                sector = owner.entry.sector or "IGO"
                actor = code
            return (actor, None, sector, title)
        if country is None and sector is None:
            return None
        actor = (country or "") + (sector or "")
        return (actor, country, sector, title)

    def _sector(self, head, tail, roles, owner):
        """Sector from the head role noun; weak person nouns (spokesman, official) borrow from a stronger
        word before them; organisations keep their own sector against GOV/MIL/REB roles."""
        title_item = None
        sector = None
        if roles:
            head_role = roles[-1]
            strong = [r for r in roles if "weak" not in r.entry.flags]
            if "title" in head_role.entry.flags and not _plural(head_role.text):
                title_item = head_role
            if "weak" in head_role.entry.flags:
                prev = [r for r in strong if r.start < head_role.start]
                if prev:
                    sector = prev[-1].entry.sector
                else:
                    mod = [it for it in head if self._actorish(it) and it.entry.sector and it.start < head_role.start
                           and not (it.entry.kind == "country" and it.entry.flags & {"capital", "name", "short",
                                                                                         "demonym", "people"})]
                    if mod:
                        sector = mod[-1].entry.sector
                    elif head_role in head:
                        comp = [it for it in tail if it.entry is not None and it.entry.sector and (
                            it.entry.kind in ("org", "person")
                            or (it.entry.kind == "role" and "weak" not in it.entry.flags)
                            or (it.entry.kind == "country" and "metonym" in it.entry.flags))]
                        if comp:
                            sector = comp[0].entry.sector
                    if sector is None:
                        sector = head_role.entry.sector
            else:
                sector = head_role.entry.sector
            org = [it for it in head if it.entry is not None and it.entry.kind == "org" and it.role == "keep"]
            if org and org[-1].entry.sector and sector in ("GOV", "MIL", "REB") and org[-1].entry.country:
                sector = org[-1].entry.sector
            body = _institution_of(head_role, head, tail)
            if sector == "GOV" and body is not None:
                sector = body
            return sector, title_item
        if owner is not None:
            # no role noun: the last actor word of the head decides ("US Congress" -> LEG, "Bosnian Serbs" -> CVL)
            last = [it for it in head if self._actorish(it) and it.role != "sponsor"] or [owner]
            e = last[-1].entry
            title = [it for it in head if it.end == last[-1].start and it.entry is not None and len(it.text) <= 4
                     and it.entry.kind == "country" and "metonym" in it.entry.flags and it.entry.sector]
            if e.kind == "person" and title:
                # "Sen. Marco Rubio": the office an abbreviated title in the text gives him ("Republican
                # Donald Trump" is no title)
                return title[0].entry.sector, None
            if e.code and owner.entry.kind == "country":
                return "GOV", None  # "the Russian Security Council": a national body, not the UN's
            if e.kind == "country":
                if e.sector:
                    return e.sector, None
                return ("CVL" if "people" in e.flags else "GOV"), None
            return e.sector, None
        return None, None

    @staticmethod
    def _title(items: list[_Item], role: _Item) -> str:
        words = role.text.split()
        k = items.index(role) - 1
        portfolio = role.text.split()[-1].lower() in _PORTFOLIO_HEADS
        while k >= 0:
            it = items[k]
            if it.entry is not None or it.boundary or it.poss:
                break
            w = it.text
            if w.lower() in _TITLE_PREFIX or (portfolio and (w[:1].isupper() or w.lower() in ("and", "&"))):
                words.insert(0, w)
                k -= 1
                continue
            break
        while words and words[0].lower() in ("and", "&"):
            words.pop(0)
        return " ".join(words)

    # ------------------------------------------------------------------ public interface
    def resolve(self, text: str) -> Actor | None:
        """The actor a noun phrase names, or None (no political actor, or a source of claims)."""
        text = (text or "").strip()
        if not text:
            return None
        key = self._resolve_key(text)
        if (key is None or not key[1]) and (plain := _MIDDLE_INITIAL.sub(r"\1 \2", text)) != text:
            # "Secretary of State Antony J. Blinken" is Antony Blinken, an American
            key = self._resolve_key(plain) or key
        if key is None:
            return None
        actor, country, sector, title = key
        return Actor(text=text, actor=actor or None, country=country, sector=sector, title=title)

    def place_country(self, text: str) -> str | None:
        """ISO3 of the country the text names as a place word only: its name, short name or capital
        ("Lebanon", "Georgia", "Paris"), not a demonym, a people, a metonym or a person ("German",
        "Kremlin", "Merkel"). Such a word may be a namesake town (events.coder `_local_namesake`)."""
        items = [it for it in self._match((text or "").strip()) if not it.boundary]
        if len(items) != 1 or items[0].entry is None or items[0].entry.kind != "country":
            return None
        e = items[0].entry
        return e.country if e.flags & {"name", "capital", "short"} else None

    def weak_role(self, word: str) -> bool:
        """Is the word a generic person noun that takes the sector of a body named with it
        ("officer", "official", "spokesman"; data/actor_sectors.tsv flag weak)?"""
        return any(e.kind == "role" and "weak" in e.flags for e in self._lex.get((_fold(word).lower(),), []))

    def names_person(self, text: str) -> bool:
        """Does the phrase name a person of the people table ("Mahmoud Abbas", "Putin", "President
        Karimov")? A name that is no such person gets no country from a place word inside it
        (events.coder `_person_name`: "Jordan Smith", "Melton Lewis Paris")."""
        return any(it.entry is not None and it.entry.kind == "person" for it in self._match((text or "").strip()))

    def mentions_actor(self, text: str, state_roles: bool = False) -> bool:
        """Cheap test, no parse: does the text contain the first word of any actor name (with
        `state_roles`, also of a state role noun such as "police", "troops", "ministry")?"""
        words = self._name_or_role_words if state_roles else self._name_words
        return any(t.key in words for t in _tokenize(text) if t.kind == "w")

    def document_voice(self, title: str | None = None, url: str | None = None) -> Actor | None:
        """Who speaks when a document says "we" or "I" outside any quotation: the author a
        statement's title names ("Statement from President Joe Biden on...", "Remarks by
        Secretary Blinken at..."), else the institution whose official site published it
        (data/actor_official_sites.tsv). None for ordinary news pages."""
        match = _VOICE_TITLE.match((title or "").replace("\u00a0", " "))
        if match:
            author = self.resolve(match.group("who"))
            if author is not None and (author.country or author.sector == "IGO"):
                return author
        host = (urlsplit(url).hostname or "").lower() if url else ""
        while host:
            if host in self._sites:
                actor, country, sector = self._sites[host]
                return Actor(text=host, actor=actor, country=country, sector=sector)
            host = host.partition(".")[2] if host.count(".") > 1 else ""
        return None

    def is_source_org(self, text: str) -> bool:
        """True for think tanks, media outlets and news agencies named as the head of the phrase."""
        _, head, _ = self._analyse((text or "").strip())
        return self._source_head(head) is not None

    def resolve_source(self, text: str) -> Actor | None:
        """A source of claims as a media actor: Actor(actor="USAMED", country="USA", sector="MED")."""
        text = (text or "").strip()
        _, head, _ = self._analyse(text)
        src = self._source_head(head)
        if src is None:
            return None
        country = src.entry.country
        owner = self._pick_owner(head)
        if owner is not None and owner.entry.kind == "country":
            country = owner.entry.country
        return Actor(text=text, actor=(country or "") + "MED", country=country, sector="MED")

    def country_of(self, text: str) -> str | None:
        """ISO3 of the country a phrase names (name, demonym, capital, short form, metonym), head first."""
        items, head, tail = self._analyse((text or "").strip())
        for kinds in (("country",), ("org", "person", "source")):
            for zone in (head, tail, items):
                for allow in (False, True):
                    cs = [it for it in zone if it.entry is not None and it.entry.kind in kinds and it.entry.country
                          and it.role != "drop" and (allow or it.role != "sponsor")]
                    if cs:
                        poss = [it for it in cs if it.poss]
                        return (poss or cs)[0].entry.country
        return None

    def is_outlet(self, text: str) -> bool:
        """Does the phrase name a news outlet or wire ("AFP", "Reuters", "the BBC", "RIA Novosti")? Its
        country is the outlet's, never that of the people or forces it reports on."""
        items, head, _ = self._analyse((text or "").strip())
        return any(it.entry is not None and it.entry.kind == "source" for it in head or items) \
            and not any(it.entry is not None and it.entry.kind == "country" for it in items)


@lru_cache(maxsize=1)
def default_resolver() -> ActorResolver:
    """The shared resolver (built once, about 0.1 s)."""
    return ActorResolver()


# Words that say a force or body belongs to several countries or to someone else's side, so no single country of the
# sentence, the document or the speaker is its own: "any deployment of Western troops" in Lavrov's warning is not
# Russia's; "foreign fighters", "allied aircraft", "enemy drones", "multinational forces".
_OTHERS_WORDS = frozenset("western foreign allied international multinational coalition enemy hostile overseas "
                          "outside peacekeeping".split())


def of_others(actor) -> bool:
    """Does the actor's phrase say it belongs to others or to many countries ("Western troops", "foreign
    mercenaries", "enemy drones")? Placing rules leave such an actor without a country."""
    if actor is None or not actor.text:
        return False
    return any(w.strip(",.'’") in _OTHERS_WORDS for w in actor.text.lower().replace("-", " ").split())


# --- acronyms a document defines ---------------------------------------------------------------------------------
# "South Korea's National Intelligence Service (NIS)", "the Russian Ministry of Defense (MoD)": a name, then its
# acronym in brackets. Written by hand: no library reads a document's own abbreviations into an actor table.
_DEFINED = re.compile(r"\(\s*(?P<acr>[A-Z][A-Za-z]{0,2}[A-Z][A-Za-z]{0,4})\s*\)")
_NAME_WORD = re.compile(r"[\w'’.-]+")


def _initials_match(acronym: str, words: list[str]) -> bool:
    """Do the capitals of `acronym` spell the capitalised words of the name, linking words optional
    ("NIS": National Intelligence Service; "MoD": Ministry of Defense; "UGS": Ukrainian General Staff)?"""
    caps = [c for c in acronym if c.isupper()]
    initials = [w[0] for w in words if w[:1].isupper()]
    if caps == initials:
        return True
    # letters for linking words too ("MoD" has the o of "of"): every word's initial, in order
    full = [w[0].upper() for w in words]
    return [c.upper() for c in acronym] == full


def defined_acronyms(text: str, resolver: "ActorResolver") -> dict[str, Actor]:
    """The acronyms a document defines for actors, with the actor the long name codes: "according to South Korea's
    National Intelligence Service (NIS)" -> NIS = KORSPY; "the Russian Ministry of Defense (MoD)" -> MoD = RUSMIL
    (not the British MoD of the tables); "the Ukrainian General Staff (UGS)". The long name is the shortest run of
    words before the bracket whose capitals spell the acronym, widened leftwards while that codes an actor with a
    country (so "South Korea's" comes with it). A bracket that spells nothing ("KYIV (AFP)") defines nothing."""
    found: dict[str, Actor] = {}
    for m in _DEFINED.finditer(text or ""):
        acronym = m.group("acr")
        if acronym in found:
            continue
        head = text[max(0, m.start() - 160):m.start()]
        head = re.split(r"[.;:!?\n()\"“”]", head)[-1]  # (within the clause before the bracket)
        words = _NAME_WORD.findall(head.split(",")[-1])
        best = None
        for n in range(1, min(len(words), 10) + 1):
            if not _initials_match(acronym, [w for w in words[-n:] if w.lower() not in ("the",)]):
                continue
            for k in range(n, min(len(words), n + 4) + 1):  # widen leftwards, over names only
                if k > n and not words[-k][:1].isupper():
                    break  # ("according to …", "The Philippines and the European Union (EU)": no wider)
                phrase = " ".join(words[-k:])
                actor = resolver.resolve(phrase)
                if actor is not None and actor.actor and (best is None or actor.country and not best.country):
                    best = actor
            if best is not None:
                break
        known = resolver.resolve(acronym) if best is not None else None
        if best is not None and (known is None or known.actor != best.actor):
            found[acronym] = best  # (only where the tables do not already say it: "the European Union (EU)")
    return found


class DocumentResolver:
    """An ActorResolver seen through one document's own acronyms: "NIS" in a page that wrote "South Korea's
    National Intelligence Service (NIS)" resolves as that service (KORSPY), also inside a phrase ("NIS Director
    Cho Tae-yong", "the MoD's statement"); every other question goes to the shared resolver."""

    def __init__(self, base: "ActorResolver", acronyms: dict[str, Actor]) -> None:
        self._base = base
        self._acronyms = acronyms
        self._pattern = re.compile(r"(?<![\w-])(" + "|".join(re.escape(a) for a in sorted(acronyms, key=len,
                                                                                           reverse=True))
                                   + r")(?![\w-])")

    @classmethod
    def for_text(cls, base, text: str):
        """The base resolver itself when the text defines no acronym for an actor."""
        acronyms = defined_acronyms(text, base)
        return cls(base, acronyms) if acronyms else base

    def __getattr__(self, name: str):
        return getattr(self._base, name)

    def _expanded(self, text: str) -> str | None:
        if not text or not self._pattern.search(text) or "(" in text:
            return None  # (not the definition itself: "the Russian Ministry of Defense (MoD)")
        return self._pattern.sub(lambda m: self._acronyms[m.group(1)].text, text)

    def resolve(self, text: str) -> Actor | None:
        text = (text or "").strip()
        expanded = self._expanded(text)
        if expanded is None:
            return self._base.resolve(text)
        actor = self._base.resolve(expanded)
        return replace(actor, text=text) if actor is not None else None

    def country_of(self, text: str) -> str | None:
        text = (text or "").strip()
        expanded = self._expanded(text)
        return self._base.country_of(expanded if expanded is not None else text)
