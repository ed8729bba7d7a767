"""Names the whole document gives, read once per document for the coder: the surnames of the
people it names, the places of its context that only people's names or origins put there, and where a
wire dateline ends in a parse.

- "Melton Lewis Paris ... Paris had been shot": in this document Paris is a person's surname
  (`document_persons`), not a town or a capital;
- "Gomez, a native of Mexico, was arrested by Danbury police": Mexico is only where he comes from
  (`origin_only_places`); the document is not set there;
- "KYIV, Ukraine - Russian drones struck ...": the clause begins after the dateline (`_dateline_end`),
  so the capitals of "KYIV" are no subject.

Plain functions: they read a document's parses and text, not the coder's state. The pipeline calls
the first three before coding a document; the party and source readers ask where a dateline ends.
"""
from __future__ import annotations

import re
from typing import Iterable

from spacy.tokens import Doc, Token

from ..actors import ActorResolver, default_resolver
from ..records import Actor


_PLACE_KINDS = {"city", "admin1", "region", "subdivision"}


_PERSON_WITH_AGE = re.compile(r"\b[A-Z][a-z]+(?:[ \t]+(?:[A-Z]\.|[A-Z][a-z]+))*[ \t]+([A-Z][a-z]+),[ \t]+"
                              r"(?:age[ \t]+)?\d{1,3},")


_TITLED_SURNAME = re.compile(r"\b(?:Officer|Deputy|Detective|Sheriff|Trooper|Sgt\.?|Sergeant|Cpl\.?|Judge|Coach|"
                             r"Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Rev\.?|Pastor|Constable|Councilman|Councilwoman|"
                             r"Commissioner)[ \t]+([A-Z][a-z]+)\b(?![ \t]+[A-Z])")


def document_persons(docs: Iterable[Doc], text: str,
                     resolver: ActorResolver | None = None) -> dict[str, Actor | None]:
    """Surnames of the people a document names: the last word of a name of two or more words the
    recogniser calls a person (and no gazetteer place), of a name with an age ("Terry Lee Jolly,
    60,") and of a titled surname ("Officer Rogers"); each with the actor the people table gives
    the full name ("Mahmoud Abbas" -> PSEGOV), else None. EventCoder.code reads a later bare
    mention as that person ("Paris had been shot", "Jackson was being held", "Abbas reiterated"),
    not as a town; two people of one surname with different codes leave it None."""
    from ..places import default_geocoder  # the gazetteer is built on first use
    resolver = resolver or default_resolver()
    found: dict[str, Actor | None] = {}
    named: dict[str, set] = {}
    for doc in docs:
        for ent in doc.ents:
            if ent.label_ != "PERSON" or len(ent) < 2 \
                    or not all(t.is_alpha and t.text[:1].isupper() for t in ent):
                continue
            place = default_geocoder().resolve_entry(ent.text)
            if place is not None and place.kind in _PLACE_KINDS | {"country"}:
                continue  # ("Chasiv Yar", "Costa Rica" tagged as people)
            known = resolver.resolve(ent.text) if resolver.names_person(ent.text) else None
            named.setdefault(ent[-1].text, set()).add(known.actor if known is not None else None)
            if known is not None and known.country:
                found[ent[-1].text] = known
    for surname in (m.group(1) for p in (_PERSON_WITH_AGE, _TITLED_SURNAME) for m in p.finditer(text)):
        named.setdefault(surname, set()).add(None)
    return {surname: (found.get(surname) if len(codes) == 1 else None) for surname, codes in named.items()}


# Titles of address of police officers ("Officer Rogers", "Deputy Smith", "Det. Jones"): the
# tables read a bare "officer" as a soldier's and "deputy" as a legislator's (_without_name).
_POLICE_ADDRESS = {"officer", "police officer", "trooper", "state trooper", "deputy", "detective", "det", "constable",
                   "patrolman", "patrol officer", "sheriff's deputy"}


def person_only_places(context, docs: dict[int, Doc], starts: dict[int, int], text: str) -> set[str]:
    """Codes of the document's context (places.DocContext) that only people's names put there:
    every mention of each name that gave the country lies inside a name of two or more words
    the recogniser calls a person ("Troopers arrested Jordan Smith", "a gunman killed Chad
    Williams" are about no Jordan, no Chad). `docs`: the parsed sentences by index; `starts`:
    each sentence's offset in `text`."""
    sources = getattr(context, "sources", None) or {}
    spans = [(starts[i] + e.start_char, starts[i] + e.end_char) for i, doc in docs.items() if i in starts
             for e in doc.ents if e.label_ == "PERSON" and len(e) >= 2]
    if not spans:
        return set()
    lowered = text.lower()
    out = set()
    for code, keys in sources.items():
        if code not in context or not keys or any(k.startswith("#") for k in keys):
            continue
        mentions = [m.span() for k in keys for m in re.finditer(rf"(?<!\w){re.escape(k)}(?!\w)", lowered)]
        if mentions and all(any(a <= s and e <= b for a, b in spans) for s, e in mentions):
            out.add(code)
    return out


# Where a person comes from, around a country's name or its people's adjective: "a native of Mexico",
# "born in Iran", "a French national", "Mexican-born"
_ORIGIN_BEFORE = re.compile(r"(?:\b(?:native|citizen|national|immigrant|emigrant)s? of|\bborn in|"
                            r"\b(?:immigrated|emigrated) from|\bimmigrants? from)\s+(?:the\s+)?$")


_ORIGIN_AFTER = re.compile(r"^(?:-born\b|\s+(?:nationals?|citizens?|natives?|immigrants?|emigres?|"
                           r"exchange students?|tourists?)\b)")


def origin_only_places(context, text: str) -> set[str]:
    """Countries of the document's context (places.DocContext) named only as where people come
    from: "Gomez, a native of Mexico, was arrested by Danbury police", "bail for a French national
    charged with lying", "born in Iran, she moved to Texas in 1973". A local report about a suspect
    born abroad is still about its own country: its police, courts and victims are that country's
    (the document's home, `pipeline._home`). A country named otherwise even once ("returned to
    Mexico", "Mexican officials") is not origin-only."""
    sources = getattr(context, "sources", None) or {}
    lowered = text.lower()
    out = set()
    for code, keys in sources.items():
        if code not in context or "-" in code or not keys or any(k.startswith("#") for k in keys):
            continue
        mentions = [m.span() for k in keys for m in re.finditer(rf"(?<!\w){re.escape(k)}(?!\w)", lowered)]
        if mentions and all(_ORIGIN_BEFORE.search(lowered[max(0, s - 40):s]) or _ORIGIN_AFTER.match(lowered[e:e + 30])
                            for s, e in mentions):
            out.add(code)
    return out


def _dateline_end(doc: Doc) -> int:
    """Index just past a wire-copy dateline ("KYIV, Ukraine:", "GAZA CITY -"), 0 if none: a
    short run of place names opening the sentence and closed by a colon or dash. Kept on the
    doc (asked for every actor), once without entities and once with them."""
    key = "eventwire.dateline_end." + ("ents" if doc.has_annotation("ENT_IOB") else "no_ents")
    if key not in doc.user_data:
        doc.user_data[key] = _find_dateline_end(doc)
    return doc.user_data[key]


def _capitals_of_dateline(w: Token) -> bool:
    """A word in capitals opening wire copy is a dateline's place whatever the tagger calls it:
    "BEIRUT, Lebanon — Israel struck ..." (tagged an adverb), "ISLAMABAD, Pakistan — Pakistan agreed
    ..." (round evdet16)."""
    return w.is_alpha and w.is_upper and len(w) > 2


def _subject_past_dateline(token: Token) -> list[Token]:
    """The phrase the parser hangs on a dateline's place as an apposition is the clause's real
    subject: "ISLAMABAD, Pakistan — Pakistan agreed Monday to reinstate a fired chief justice"
    (ISLAMABAD parsed as subject, the second Pakistan as its apposition), "BEIRUT, Lebanon — Israel
    struck a village" (round evdet16)."""
    end = _dateline_end(token.doc)
    if token.dep_ not in ("nsubj", "nsubjpass"):
        return []
    return [t for t in token.subtree if t.dep_ == "appos" and t.i >= end and t.pos_ in ("PROPN", "NOUN")
            and t.head.i < end]


def _find_dateline_end(doc: Doc) -> int:
    for t in doc[:8]:
        free = t.text == ":" or (t.i > 0 and bool(doc[t.i - 1].whitespace_))  # not "Nak-yon"
        if t.text in (":", "-", "--", "—", "–") and t.i > 0 and free:
            if t.i + 1 < len(doc) and doc[t.i + 1].is_lower:
                return 0  # "Russia — and its ally Belarus — held drills": a parenthesis, no dateline
            head = doc[:t.i]
            if any(w.ent_type_ in ("GPE", "LOC") or (w.is_alpha and w.is_upper and len(w) > 1) for w in head) \
                    and all(w.pos_ in ("PROPN", "PUNCT", "ADJ", "NUM") or w.ent_type_ in ("GPE", "LOC", "DATE")
                            or _capitals_of_dateline(w)
                            for w in head):  # ("MOSCOW, July 20 (Reuters) -": the day and the agency too)
                return t.i + 1
            return 0
    return 0
