"""Speaker countries at document level: what one mention of a person tells holds for every mention.

    speakers = infer_countries(speakers, registry.evidence, doc_countries, persons, dateline, nouns,
                               registry.noun_evidence, registry.stateless, resolver)   # see extract_claims

A claim's speaker gets its country where it is named ("Kremlin spokesman Dmitry Peskov"). News
often gives it once and then uses the surname, a pronoun or a bare name ("U.S. Ambassador to the
European Union Gordon Sondland" … "Sondland said"). Rules, in order, for a speaker without a country:

1. person evidence: every mention of a person in the document whose title, apposition, affiliation
   or possessive resolves to a country ("U.S. Ambassador …", "…, the Russian envoy", "China's
   ambassador", "a spokesperson for the Kremlin") is recorded in the registry under the person's
   name (`_Registry.evidence`) — not from a title with a `stateless` word ("a China expert": the
   country is the topic); a speaker whose name or surname matches a recorded person takes
   the country most of that person's mentions give (a tie gives nothing);
2. groups of named members ("Vindman and Williams", "Volker, Morrison and Hill") take the
   members' country when every member with evidence has the same one and at least one has;
2b. a common-noun speaker ("prosecutors", "the police", "the ministry") takes the country that
   other mentions of the same head noun in the document give ("Prosecutors in Sweden have
   dropped …" … "Prosecutors told …"; "Hong Kong police" … "police said"), when they agree —
   not for nouns too generic to name one body (data/claim_cues.tsv `generic`: source, people,
   man, …) nor `stateless` ones;
3. document default: when the document names exactly one country (the geocoder's document
   context: country names, demonyms, capitals, states and towns — "San Francisco", "Ohio" → USA)
   a speaker still without one takes it — unless it is a media or international speaker (sector
   MED/IGO, an IGO code); or a word of data/claim_cues.tsv `stateless` (analyst, expert,
   professor, company, …; also in another mention's title: "Doe, a China expert") or
   `postedrole` (envoy, ambassador: the one country may be the host) marks it as someone whose
   nationality the story's country does not imply; or it is a proper name the resolver does not
   know and no person of the document bears (a company or outlet: "Big Machine", "San Francisco
   Chronicle"). Measured on eval/claims_gold.jsonl before it was added: of the gold claims in
   single-country documents, 81 have that country, 32 have none (experts, media, private
   persons), 0 another country. The default sets `country` only: `actor` (the CAMEO code) and
   `sector` stay as resolved, so a speaker whose country comes from a default (3 or 4) is one
   with `country` set and no country prefix in `actor` (None, or the bare sector code "JUD").
4. dateline default: in a story opening with a wire dateline ("VIENNA —", "NEW DELHI:",
   "WASHINGTON (AP) —") that names several countries, the dateline's country plays the part of
   rule 3's single country, with the same exclusions: the people a correspondent quotes without a
   nationality are mostly local ("Interior Ministry", "officials", a deportee at the airport).
   Measured when added: 13 more gold claims right in each mode (AUT, IND, USA stories), none
   made wrong, no null-gold claim given a country.

A speaker that already has a country keeps it, and nothing guesses across several countries
without a dateline. `Actor.country_basis` says which way the country was known: from the speaker's own
words — `title` ("a senior US official"; "Russian Foreign Minister X" when the name alone is unknown),
`affiliation` ("a spokesman for the Ukrainian army"), `name` (a known person or body: "Peskov", "the
Kremlin") — else `other mention` (rules 1, 2, 2b), `document default` (3) or `dateline` (4).
"""
from __future__ import annotations

import re
from collections import Counter

from ..records import Actor
from .lexicon import _HONORIFICS, _lexicon

_NO_COUNTRY_SECTORS = {"MED", "IGO"}
_POSSESSIVE = re.compile(r"\s*['’]s$")


def _words(text: str) -> list[str]:
    return [w.strip(".,()\"“”'’").lower() for w in _POSSESSIVE.sub("", text or "").split()]


def _surname(text: str) -> str | None:
    ws = [w for w in _words(text) if w and w not in _HONORIFICS and w + "." not in _HONORIFICS]
    return ws[-1] if ws and ws[-1][:1].isalpha() else None


def person_country(name: str, evidence: dict[str, Counter]) -> str | None:
    """The country the document's mentions of the person `name` give (full name, else surname)."""
    votes: Counter = Counter()
    if name in evidence:
        votes = evidence[name]
    else:
        sur = _surname(name)
        if sur is None:
            return None
        for known, c in evidence.items():
            if _surname(known) == sur:
                votes = votes + c
    if not votes:
        return None
    return _vote(votes)  # mentions disagreeing evenly give no country rather than a coin toss


def _members(text: str) -> list[str]:
    """'Vindman and Williams' -> ['Vindman', 'Williams'] (empty for a single name)."""
    parts = [p.strip() for p in re.split(r",\s*(?:and\s+)?|\s+and\s+|\s*&\s*", text or "") if p.strip()]
    return parts if len(parts) > 1 else []


def _stateless(actor: Actor) -> bool:
    igo_code = bool(actor.actor) and actor.actor != (actor.sector or "")  # "NATO", "UNOIGO": no country
    if actor.sector in _NO_COUNTRY_SECTORS or igo_code:
        return True
    if _words(actor.text)[:1] and _words(actor.text)[0] in _lexicon().forms("bloc"):
        return True  # "Western intelligence", "allied officials": several countries, not the story's one
    if _words(actor.text)[:1] in (["our"], ["my"]):
        return True  # "Our intelligence community assesses …": the document's own side, not the country it is about
    words = set(_words(actor.text)) | set(_words(actor.title or ""))
    # an envoy or ambassador serves abroad: the story's one country is likely the host ("envoy to Ukraine")
    return bool(words & (set(_lexicon().forms("stateless")) | set(_lexicon().forms("postedrole"))))


def _with_country(a: Actor, country: str, code: bool, basis: str) -> Actor:
    actor = a.actor
    if code and (not actor or actor == a.sector):
        actor = country + (a.sector or "")
    elif actor and actor == a.sector:
        # a bare sector code ("GOV") next to a default country read as "GOV | USA" in the actors table:
        # the code takes the country too; `country_basis` says it is a default
        actor = country + actor
    return Actor(text=a.text, actor=actor, country=country, sector=a.sector, title=a.title, country_basis=basis)


def single_country(doc_countries) -> str | None:
    """The one country (ISO3) of a document context, or None when it names none or several."""
    cs = {c for c in (doc_countries or ()) if isinstance(c, str) and len(c) == 3 and c.isupper()}
    return next(iter(cs)) if len(cs) == 1 else None


def _unknown_name(actor: Actor, persons: set[str]) -> bool:
    """A proper name the resolver does not know and that names no person of the document ("Big
    Machine", "San Francisco Chronicle"): an organisation of unknown kind, likely a company or outlet."""
    titles = _lexicon().forms("titleword") | _lexicon().forms("role")
    words = [w for w in re.split(r"\s+", _POSSESSIVE.sub("", actor.text)) if w and w.lower().strip(".") not in titles]
    if actor.sector or not words or not all(w[:1].isupper() for w in words if w.isalpha()):
        return False
    sur = _surname(actor.text)
    return actor.text not in persons and not any(_surname(p) == sur for p in persons)


def dateline_country(text: str, resolver) -> str | None:
    """The country of a wire dateline opening the text ("VIENNA —", "NEW DELHI:", "HANOI, Vietnam (AP) —")."""
    from .speakers import _dateline_end

    end = _dateline_end(text or "")
    place = re.split(r"[(—–:]|\s-\s|\s--", (text or "")[:end])[0].strip(" ,-")
    if not place or place.startswith("("):
        return None
    try:
        return resolver.country_of(place.title())
    except Exception:
        return None


def _vote(votes: Counter | None) -> str | None:
    if not votes:
        return None
    ranked = votes.most_common(2)
    return None if len(ranked) > 1 and ranked[0][1] == ranked[1][1] else ranked[0][0]


def _named_in(name: str, names: set[str]) -> bool:
    sur = _surname(name)
    return name in names or (sur is not None and any(_surname(n) == sur for n in names))


_AFFILIATION = re.compile(r"\b(?:of|for|at|from|with)\s+(?:the\s+)?(\S.*)$")


def own_basis(a: Actor, resolver=None) -> str:
    """How the speaker's own words gave its country (issue #14: "recorded with how it was known"):
    `affiliation` — the body it speaks for ("a spokesman for the Ukrainian army"); `title` — a country or
    nationality in its role ("a senior US official"; "Russian Foreign Minister X" when the name alone is
    unknown); `name` — the name itself, a known person or body ("Peskov", "the Kremlin", "Ukraine's
    military"). Without a resolver: `speaker`."""
    if resolver is None:
        return "speaker"

    def country_of(text: str) -> str | None:
        try:
            r = resolver.resolve(text)
        except Exception:  # a resolver failure must not lose the claim
            return None
        return r.country if r is not None else None

    m = _AFFILIATION.search(a.text)
    if m and country_of(m.group(1)) == a.country:
        return "affiliation"
    words = a.text.split()
    role_words = _lexicon().forms("role")
    if words and (words[-1].lower() in role_words or words[-1].lower().rstrip("s") in role_words) \
            and words[-1][:1].islower():
        return "title"  # "senior US official", "Ukrainian commander"
    if a.title and country_of(a.text) != a.country:
        return "title"  # the name alone tells nothing: the country came with the title
    return "name"


def infer_countries(speakers: list[Actor | None], evidence: dict[str, Counter],
                    doc_countries=None, persons: set[str] | None = None,
                    dateline: str | None = None, nouns: list[str | None] | None = None,
                    noun_evidence: dict[str, Counter] | None = None,
                    stateless_persons: set[str] | None = None, resolver=None) -> list[Actor | None]:
    """Speakers with the country rules 1-4 give (see module doc); others unchanged. `persons`:
    the names of the document's persons (a proper name outside it gets no default); `dateline`:
    the country of the story's dateline (`dateline_country`); `nouns`: per speaker, the lemma of
    its head when that is a common noun ("prosecutors" -> "prosecutor"), with `noun_evidence` the
    countries the document's other mentions of that noun give (rule 2b); `stateless_persons`:
    persons titled with a `stateless` word somewhere in the document (no default for them)."""
    default = single_country(doc_countries) or dateline
    persons = persons or set()
    out: list[Actor | None] = []
    nouns = nouns or [None] * len(speakers)
    for a, noun in zip(speakers, nouns):
        if a is None or a.country:
            if a is not None and a.country_basis in (None, "speaker"):
                a = Actor(text=a.text, actor=a.actor, country=a.country, sector=a.sector, title=a.title,
                          country_basis=own_basis(a, resolver))
            out.append(a)
            continue
        members = _members(a.text)
        if members:
            cs = {person_country(m, evidence) for m in members} - {None}
            country = next(iter(cs)) if len(cs) == 1 else None
        else:
            country = person_country(a.text, evidence)
        if not country and noun and noun not in _lexicon().forms("generic") and not _stateless(a):
            country = _vote((noun_evidence or {}).get(noun))
        if country:
            out.append(_with_country(a, country, code=True, basis="other mention"))
        elif default and not _stateless(a) and not _unknown_name(a, persons) \
                and not _named_in(a.text, stateless_persons or set()):
            basis = "document default" if single_country(doc_countries) else "dateline"
            out.append(_with_country(a, default, code=False, basis=basis))
        else:
            out.append(a)
    return out
