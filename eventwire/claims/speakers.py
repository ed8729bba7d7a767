"""Speakers: noun phrase -> Actor, titles, and the document's registry of persons for later mentions."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from ..records import Actor
from .lexicon import (_HONORIFICS, _PRONOUN_GENDER, _PRONOUNS_GROUP, _PRONOUNS_PERSON, _QUOTE_CHARS, _SUBJ_DEPS,
                      _gender_of, _lexicon, _read_tsv)

# --------------------------------------------------------------------------
# person registry


@dataclass
class _Person:
    name: str
    actor: Actor


# Words that make a role phrase name another holder of the role than the one in office ("the previous president")
_OTHER_HOLDER = {"previous", "former", "late", "then", "next", "new", "outgoing", "incoming", "future", "ex",
                 "predecessor", "successor", "last", "first"}

# Words that make a role another office than the bare role ("Vice President" is not "President")
_RANK_WORDS = {"vice", "deputy", "assistant", "acting", "under", "associate", "junior", "lieutenant", "sub"}


@dataclass
class _Registry:
    persons: list[_Person] = field(default_factory=list)
    last_speaker: Actor | None = None  # last person who made a claim
    last_speaker_at: int = -10  # its sentence index
    last_group: Actor | None = None
    last_group_at: int = -10  # sentence index of last_group's claim
    subjects: list = field(default_factory=list)  # (sentence index, person subject or None)
    current: int = 0  # index of the sentence being read
    last_source: Actor | None = None  # last source organisation (media, think tank) that made a claim
    last_org: Actor | None = None  # last organisation or country that made a claim ("it said", "the statement said")
    last_org_at: int = -10
    genders: dict = field(default_factory=dict)  # person name -> m | f, where a first name or title tells
    evidence: dict = field(default_factory=dict)  # person name -> Counter of the countries its mentions give
    noun_evidence: dict = field(default_factory=dict)  # common head noun lemma -> Counter of countries
    stateless: set = field(default_factory=set)  # persons titled expert, analyst, … somewhere in the document

    def note_noun(self, head, actor: Actor) -> None:
        """A common-noun speaker or group with a country ("Prosecutors in Sweden", "Hong Kong police"),
        or a body's proper name with its country ("Ukraine's Air Force"): a later bare "prosecutors" /
        "the police" / "the Air Force" of the same document may be the same body."""
        if not actor.country or head is None:
            return
        # (and the acronym it gives in brackets: "South Korea's Joint Chiefs of Staff (JCS)" ... "the JCS said")
        acronym = _acronym(list(head.subtree))
        for key in (body_key(head), acronym.lower() if acronym else None):
            if key:
                self.noun_evidence.setdefault(key, Counter())[actor.country] += 1

    def add(self, name: str, actor: Actor, hint: list[str] | None = None) -> None:
        stateless = _lexicon().forms("stateless")
        if any(w.lower().strip(".,") in stateless for w in (actor.title or "").split()):
            # "a China expert", "a Ukraine analyst": the country in such a title is the topic, not the
            # person's; and an expert's nationality is not the story's (no document default)
            self.stateless.add(name)
            actor = Actor(text=actor.text, actor=actor.sector, country=None, sector=actor.sector, title=actor.title)
        elif actor.country:
            self.evidence.setdefault(name, Counter())[actor.country] += 1
        words = name.split()
        # the last word of a full name is the surname, not a first name ("Rabbi Sharyn Henry" is no "he")
        g = _gender_of((hint or []) + (actor.title or "").split() + (words[:-1] if len(words) > 1 else words))
        if g and name not in self.genders:
            self.genders[name] = g
        for p in self.persons:
            if p.name == name:
                if actor.title and not p.actor.title:
                    p.actor = actor
                self.persons.remove(p)
                self.persons.append(p)
                return
        self.persons.append(_Person(name, actor))

    def by_surname(self, word: str) -> Actor | None:
        word = word.lower().removesuffix("'s").removesuffix("’s")
        for p in reversed(self.persons):
            parts = [w.lower() for w in p.name.split()]
            if word in parts and not _pair_name(parts):
                return p.actor
        return None

    def by_role(self, role: str, phrase: str = "") -> Actor | None:
        """The last person whose title is the role phrase, else holds the role word."""
        phrase = phrase.lower()
        for p in reversed(self.persons):
            if phrase and p.actor.title and p.actor.title.lower() == phrase:
                return p.actor
        if set(phrase.split()) & _OTHER_HOLDER:
            return None  # "the previous president" is not President Biden
        rank = set(phrase.split()) & _RANK_WORDS
        for p in reversed(self.persons):
            if p.actor.title and re.search(rf"\b{re.escape(role)}\b", p.actor.title.lower()) \
                    and (not phrase or set(p.actor.title.lower().split()) & _RANK_WORDS == rank):
                return p.actor  # (but "the Vice President" is not President Biden, nor "the President" Harris)
        return None

    def gender(self, actor: Actor | None) -> str | None:
        return self.genders.get(actor.text) if actor is not None else None

    def fits(self, actor: Actor | None, gender: str | None) -> bool:
        """The person may be referred to by a pronoun of `gender` (unknown genders fit both)."""
        if actor is None:
            return False
        known = self.gender(actor)
        return gender is None or known is None or known == gender

    def learn_gender(self, actor: Actor, gender: str | None) -> None:
        """"she said" resolved to a person of unknown gender tells that person's gender."""
        if gender and actor.text not in self.genders:
            self.genders[actor.text] = gender

    def last_person(self, gender: str | None = None, named: frozenset = frozenset()) -> Actor | None:
        """he/she: the person subject of one of the two previous sentences, else the last person
        speaker of the last six sentences ("…,” she said" continues a quoted speaker), else the
        last person mentioned, else the last person speaker — each skipping persons whose
        known gender does not fit the pronoun (a "he" is not Stephanie Grisham), and persons the
        reported words name (`named`, see `_named_in_report`)."""
        fits = self.fits

        def fit(actor, g):
            return fits(actor, g) and not _named(actor, named)
        self.fits = fit  # (for the steps below; restored before returning)
        try:
            return self._last_person(gender)
        finally:
            self.fits = fits

    def _last_person(self, gender: str | None = None) -> Actor | None:
        for index, actor in reversed(self.subjects):
            if index < self.current - 2:
                break
            if actor is not None and self.fits(actor, gender):
                return actor
        if self.last_speaker is not None and self.last_speaker_at >= self.current - 6 \
                and self.fits(self.last_speaker, gender):
            if gender and self.gender(self.last_speaker) is None:
                # '"…," Purdin said. Rhonda Moore has worked with Purdin … "…," she said.': a person named
                # after the speaker of unknown gender, whose gender is the pronoun's, is the one meant
                at = next((i for i, p in enumerate(self.persons) if p.actor.text == self.last_speaker.text), None)
                later = [p.actor for p in self.persons[at + 1:] if self.gender(p.actor) == gender] \
                    if at is not None else []
                if later:
                    return later[-1]
            return self.last_speaker
        for p in reversed(self.persons):
            if self.fits(p.actor, gender):
                return p.actor
        return self.last_speaker if self.fits(self.last_speaker, gender) else None

    def note_group(self, actor: Actor, sentence_index: int) -> None:
        self.last_group, self.last_group_at = actor, sentence_index

    def note_subject(self, sentence_index: int, actor: Actor | None) -> None:
        self.subjects = [x for x in self.subjects if x[0] != sentence_index] + [(sentence_index, actor)]


def body_key(head) -> str | None:
    """What names a body across a document's mentions, without its country: a common noun's lemma
    ("prosecutors" -> "prosecutor"), or a proper name's words that are not a person's ("Ukraine's Air
    Force", "the Air Force" -> "air force"; "the Polish Operational Command" -> "operational command"), or
    an acronym ("the JCS" -> "jcs")."""
    if head is None:
        return None
    if head.pos_ == "NOUN":
        return head.lemma_.lower()
    if head.pos_ != "PROPN" or head.ent_type_ in ("PERSON", "GPE", "NORP"):
        return None
    if _is_acronym(head) and not any(c.dep_ == "compound" for c in head.children):
        return head.lower_  # "the JCS", "the NIS"
    words = [c for c in head.lefts if c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ not in ("GPE", "NORP")]
    return " ".join(t.lower_ for t in [*words, head]) if words else None


def _is_acronym(token) -> bool:
    return token.is_alpha and token.is_upper and 2 <= len(token) <= 6


def _copy_actor(a: Actor, text: str | None = None) -> Actor:
    return Actor(text=text or a.text, actor=a.actor, country=a.country, sector=a.sector, title=a.title)


# --------------------------------------------------------------------------
# noun phrases and speakers


def _np_tokens(head, *, keep_appos: bool = True, keep_conj: bool = True) -> list:
    """Tokens of the noun phrase headed by `head`, without clauses hanging off it (nor, with
    keep_conj=False, its conjuncts: "Volker, the envoy, and Tim Morrison" -> "Volker, the envoy"). A that-clause
    the parser hung on a misread name is no part of it either ("told local radio station WKYT that the road …",
    round cltr17)."""
    drop = {"relcl", "acl", "advcl", "punct", "ccomp"} | (set() if keep_appos else {"appos"}) | (
        set() if keep_conj else {"conj", "cc"})
    out = [head]
    for child in head.children:
        if child.dep_ in drop and not (child.dep_ == "punct" and child.text in "()"):
            continue
        if child.dep_ == "prep" and child.i > head.i and any(
                p.dep_ == "pobj" and p.ent_type_ in ("DATE", "TIME") for p in child.children):
            continue  # "Alden on Tuesday announced …": the date the parser hung on the speaker
        if child.dep_ == "prep" and child.lower_ == "as" and child.i > head.i \
                and head.doc[child.i - 1].lower_ != "such":
            continue  # "dismissed by critics as a sham": the characterisation the parser hung on the speaker
        out.extend(child.subtree)
    out.extend(_modifiers_left_on_the_verb(head))
    out.sort(key=lambda t: t.i)
    # trim edge punctuation and leading determiners
    # (and a relative "whose": "The bank, whose chief executive has said …" -> "chief executive", round clprec16)
    while out and (out[0].is_punct or out[0].dep_ == "det" or out[0].lower_ in ("'s", "whose")):
        out.pop(0)
    while out and (out[-1].is_punct and out[-1].text != ")" or out[-1].tag_ == "POS" and len(out) > 1):
        out.pop()  # (and the possessive ending of an owner: "the Pentagon's warning that …" -> "Pentagon")
    return out


def _modifiers_left_on_the_verb(head) -> list:
    """Words of a subject the parser hung on the verb when it read the subject as a compound of it ("Estonian
    intelligence estimates that …": "Estonian" modifies "estimates"; "South Korean intelligence believes …";
    "the British defence ministry says …"): the determiners, adjectives and compounds running up to the subject
    noun belong to the speaker."""
    verb = head.head
    if head.dep_ != "compound" or verb.i != head.i + 1 or verb.tag_ not in ("VBZ", "VBP", "VBD", "NNS"):
        return []
    out = []
    for c in sorted((c for c in verb.children if c.i < head.i), key=lambda c: -c.i):
        if c.dep_ not in ("amod", "compound", "det", "nmod", "poss") or c.right_edge.i + 1 != (out[-1].left_edge.i
                                                                                               if out else head.left_edge.i):
            break
        out.append(c)
    return [t for c in out for t in c.subtree]


def _text_of(tokens: list) -> str:
    """The document text from the first to the last token (keeps the original spacing)."""
    if not tokens:
        return ""
    return tokens[0].doc[tokens[0].i: tokens[-1].i + 1].text


def _cut_at_comma(tokens: list, head) -> list:
    """A speaker phrase ends at the first comma after its head ("Hezbollah, under an umbrella of ...")."""
    for k, t in enumerate(tokens):
        if t.i > head.i and t.text == ",":
            return tokens[:k]
    doc = head.doc
    for i in range(head.i + 1, tokens[-1].i + 1 if tokens else head.i + 1):
        if doc[i].text == ",":
            return [t for t in tokens if t.i < i]
    return tokens


def _acronym(tokens: list) -> str | None:
    """'Institute for the Study of War (ISW)' -> 'ISW'."""
    for a, b, c in zip(tokens, tokens[1:], tokens[2:]):
        if a.text == "(" and c.text == ")" and b.text.isupper() and len(b.text) >= 2:
            return b.text
    return None


def _person_entity(head):
    """The PERSON entity holding `head`, widened to the left over first names the NER left out."""
    for ent in head.doc.ents:
        if ent.label_ == "PERSON" and ent.start <= head.i < ent.end and not _place_name(ent.text):
            return _widen_name(ent)
    return None


@lru_cache(maxsize=1)
def _place_aliases() -> frozenset:
    return frozenset(row[0].lower() for row in _read_tsv("actor_aliases.tsv")
                     if len(row) >= 4 and row[3].strip() in ("capital", "short", "metonym"))


def _place_name(text: str) -> bool:
    """A capital or a country's short name the NER tagged PERSON ("Tbilisi says …"): a government speaking, no
    person a later "he said" could mean (round 9)."""
    return text.lower().removesuffix("'s").removesuffix("’s").strip() in _place_aliases()


def _widen_name(ent):
    doc, start = ent.doc, ent.start
    titles = _lexicon().forms("titleword") | _lexicon().forms("role")
    while start > 0:
        prev = doc[start - 1]
        if prev.pos_ != "PROPN" or prev.dep_ != "compound" or prev.lower_ in titles or prev.ent_type_ in (
                "GPE", "NORP", "ORG") or not prev.text[:1].isupper():
            break
        start -= 1
    return doc[start:ent.end] if start != ent.start else ent


def _resolve(resolver, text: str) -> Actor | None:
    if not text:
        return None
    try:
        a = resolver.resolve(text)
        if a is None and resolver.is_source_org(text):
            a = resolver.resolve_source(text)
        elif a is None:
            a = resolver.resolve_source(text)
    except Exception:  # a resolver failure must not lose the claim
        a = None
    if a is None:
        shaped = broadcaster_name(text)
        if shaped is not None:  # "FOX 5 News reported …": a local station the tables cannot list one by one
            a = Actor(text=text, actor=(shaped or "") + "MED", country=shaped or None, sector="MED")
    return a


# Names shaped like a broadcaster's (issue #14, chan14): a US call sign with its band or channel ("1010 WINS",
# "WCBS 880", "WABC-TV", "KTLA 5"), a network's local station ("FOX 5 News", "NBC 4", "CBS2", "PIX11"), a
# numbered channel ("Channel 12", "Channel 4 News", "News 12", "Kan 11"), a brand with a number before "NEWS"
# ("i24NEWS", "i24 News"). The value is the country the shape implies ("USA" for call signs and US networks),
# "" for none.
_CALL_SIGN = r"[KW][A-Z]{2,3}"
_BROADCASTER_SHAPES = [
    (re.compile(rf"(?:\d{{3,4}} {_CALL_SIGN}|{_CALL_SIGN} \d{{3,4}})(?: News| Radio)?"), "USA"),
    (re.compile(rf"{_CALL_SIGN}-(?:TV|FM|AM|DT|CD|LP)(?: ?\d{{1,2}})?(?: News)?"), "USA"),
    (re.compile(r"[KW][A-Z]{3} \d{1,2}(?: News)?"), "USA"),
    (re.compile(r"(?:FOX|Fox|NBC|CBS|ABC|CW|PIX|NY|WB|UPN) ?\d{1,2}(?: News| NEWS)?"), "USA"),
    (re.compile(r"(?:Channel|Kanal|Kan|News|TV|Canale|Cadena|Canal) ?\d{1,3}(?: News| NEWS)?"), ""),
    (re.compile(r"[A-Za-z]{1,3}\d{1,3} ?(?:NEWS|News)"), ""),
    (re.compile(r"\d{1,2} ?(?:NEWS|News)"), ""),  # "3News", "9 News" (round gvc16)
]


def broadcaster_name(text: str) -> str | None:
    """The country ("" for none) a broadcaster-shaped name implies, or None for a name of another shape:
    "1010 WINS" -> "USA", "FOX 5 News" -> "USA", "Channel 12" -> "", "i24NEWS" -> "", "G7" -> None."""
    name = re.sub(r"^(?:the|The) ", "", (text or "").strip())
    for rx, country in _BROADCASTER_SHAPES:
        if rx.fullmatch(name):
            return country
    return None


def _resolution_text(tokens: list) -> str:
    """The phrase handed to the actor resolver, without the country a posted role is sent to: the
    "envoy to Ukraine" is no Ukrainian, "China's ambassador to Britain" no Briton."""
    posted = _lexicon().forms("postedrole")
    drop: set[int] = set()
    for t in tokens:
        if t.lower_ in posted:
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ in ("to", "at"):
                    drop |= {x.i for x in c.subtree}
    # the parser may hang "to X" on a name after the role ("envoy to Ukraine Kurt Volker")
    for t in tokens:
        if t.lower_ in ("to", "at") and t.i > 0 and t.doc[t.i - 1].lower_ in posted:
            drop |= {x.i for x in t.subtree if x.ent_type_ in ("GPE", "NORP", "ORG", "LOC") or x.i == t.i
                     or x.dep_ in ("det", "pobj") and x.ent_type_ != "PERSON"}
    if not drop:
        return _text_of(tokens)
    return "".join(t.text_with_ws for t in tokens if t.i not in drop).strip(" ,")


def _person_np(head) -> list:
    """The phrase naming a person, for resolution: when the parser hung the name on a posted role's
    "to" ("China's ambassador to Britain Liu Xiaming"), the whole role phrase."""
    if head.dep_ in ("pobj", "compound", "appos"):
        up = head.head if head.dep_ == "pobj" else head
        while up.dep_ in ("compound", "appos") and up.head.i != up.i:
            up = up.head
        if up.dep_ == "pobj":
            up = up.head
        if up.lower_ in ("to", "at") and up.head.lower_ in _lexicon().forms("postedrole"):
            return _np_tokens(up.head, keep_conj=False)
        if up.i != head.i and up.pos_ == "NOUN" and (head.dep_ == "appos" or up.lower_ in _lexicon().forms("role")):
            # "China's ambassador to Britain, Liu Xiaming": the name stands in apposition to its role
            return _np_tokens(up, keep_conj=False)
    return _np_tokens(head, keep_conj=False)


def _is_source_org(resolver, text: str) -> bool:
    try:
        if bool(text) and bool(resolver.is_source_org(text)):
            return True
    except Exception:
        return False
    return broadcaster_name(text) is not None  # "told 1010 WINS", "FOX 5 News reported" (chan14)


def _strip_nationality(tokens: list) -> list:
    """Drop leading determiners, possessives and nationality words from a title."""
    out = list(tokens)
    while out and (out[0].dep_ in ("det", "poss", "case") or out[0].ent_type_ in ("GPE", "NORP")
                   or out[0].text in ("'s", ",")):
        out.pop(0)
    while out and (out[-1].is_punct or out[-1].dep_ == "case"):
        out.pop()
    return out


def _looks_like_title(tokens: list) -> bool:
    words = _lexicon().forms("titleword") | _lexicon().forms("role")
    return any(t.lower_ in words or (t.text[:1].isupper() and t.pos_ in ("PROPN", "NOUN")) for t in tokens)


def _title_from(tokens: list, ent) -> str | None:
    """Title words in front of a PERSON entity, or its apposition ("himself" is none)."""
    before = [t for t in tokens if t.i < ent.start]
    title = _strip_nationality(before)
    if title and _looks_like_title(title):
        return _text_of(title)
    head = ent.root
    for child in head.children:
        if child.dep_ == "appos" and _person_entity(child) is None:
            ap = _strip_nationality(_np_tokens(child))
            if ap and _looks_like_title(ap):
                return _text_of(ap)
    return None


_GENERIC_GROUP = {"those", "some", "many", "others", "several", "few", "most"}
_BE_CONTRACTIONS = {"’m", "'m", "’re", "'re"}
_VOCATIVE = {"mr.", "mr", "madam", "madame", "mister"}  # "Mr. President, …" addresses someone


_SUBJ_DEPS_SP = {"nsubj", "nsubjpass"}


_FIRST_PERSON = {"i", "me", "we", "us", "myself", "ourselves"}


def _takes_in_the_writer(head) -> bool:
    """A speaker that takes in the document's own voice: the first person coordinated with others, or "our/my"
    with a group noun the writer belongs to (data/claim_cues.tsv `ownbody`). What it says is first-person
    self-attribution (eval/claims_blind.md rule F, claims_gold.md rule 4), not a relayed claim (clwh15).

    - "President Biden and I reaffirmed that our alliance is the cornerstone of peace" (a turn of President
      Marcos: no claim);
    - "Our three countries confirmed that trilateral cooperation will continue"; "My administration has made
      clear that …" (no claim);
    - not "Our allies have told us that …", "our analysts indicate …", "my team tells me …": others, who speak.
    """
    if any(c.lower_ in _FIRST_PERSON for c in head.conjuncts):
        return True
    if head.dep_ in _SUBJ_DEPS_SP and any(c.dep_ in _SUBJ_DEPS_SP and c.i != head.i and c.lower_ in _FIRST_PERSON
                                          for c in head.head.children):
        return True  # (the parser's two subjects: "President Biden and I agreed", "I" a second nsubj)
    return head.lower_ in _lexicon().forms("ownbody") and any(
        c.dep_ == "poss" and c.lower_ in ("our", "my") for c in head.children)


_TURN_LABELS = {"q", "question", "q.", "reporter"}  # a transcript's question turn: "Q …", "QUESTION: …"


def _addressee_of_question(head):
    """The one a transcript's questioner addresses, parsed as the subject: a name or title right after the turn
    label and before a comma is no speaker (war18, press briefings). Returns the NP that is the speaker instead
    (the appositive after the comma, or the cue's other subject), None when there is none, or False when `head`
    is no such addressee.

    - "Q John, the Prime Minister's office said after the call that …" → the Prime Minister's office;
    - "QUESTION: Secretary General, the Hungarian Foreign Minister said this morning that …" → the Hungarian
      Foreign Minister;
    - "Q Karine, the Kremlin said on Monday that the talks had failed." → the Kremlin;
    - not "John Kirby, the spokesman, said …" (no turn label before the name).
    """
    doc = head.doc
    mods = [head] + [c for c in head.children if c.dep_ in ("compound", "amod", "det") and c.i < head.i]
    start = min(t.left_edge.i for t in mods)
    if head.i + 1 >= len(doc) or doc[head.i + 1].text != ",":
        return False
    before = [t for t in doc[:start]] + [t for t in doc[start:head.i] if t.lower_ in _TURN_LABELS]
    words = [t.lower_ for t in before if t.text != ":"]
    if not words or words[-1] not in _TURN_LABELS or len(words) > 1 or doc[start:head.i + 1].text.count(",") \
            or any(t.lower_ not in _TURN_LABELS and not t.is_title for t in doc[start:head.i + 1] if t.text != ":"):
        return False
    ap = next((c for c in head.children if c.dep_ == "appos" and c.i > head.i + 1), None)
    if ap is not None:
        return ap
    return next((c for c in head.head.children if c.dep_ in _SUBJ_DEPS_SP and c.i > head.i + 1), None)


def _speaker_from_np(head, resolver, registry: _Registry) -> Actor | None:
    """Resolve the noun phrase headed by `head` to a speaker Actor, using the registry."""
    lex = _lexicon()
    lower = head.lower_
    if _takes_in_the_writer(head):
        return None
    if lower in _BE_CONTRACTIONS:
        # "I’m told …": the parser made the contracted verb the subject; the pronoun under it is the one
        pron = next((c for c in head.children if c.pos_ == "PRON" or c.lower_ in _PRONOUNS_GROUP), None)
        if pron is None:
            return None
        head, lower = pron, pron.lower_
    other = _addressee_of_question(head)
    if other is not False:
        return _speaker_from_np(other, resolver, registry) if other is not None else None
    if lower in lex.forms("role") and any(c.dep_ == "compound" and c.lower_ in _VOCATIVE for c in head.children) \
            and head.i + 1 < len(head.doc) and head.doc[head.i + 1].text == ",":
        # "Q Mr. President, Majority Leader Schumer said …": the one addressed is not the speaker; the name
        # after the comma is
        ap = next((c for c in head.children if c.dep_ == "appos" and c.i > head.i), None)
        return _speaker_from_np(ap, resolver, registry) if ap is not None else None
    if lower in _GENERIC_GROUP and any(c.dep_ in ("prep", "relcl", "acl") for c in head.children):
        # "Those who believe …", "those in favor of punishment", "many in Hong Kong": a group named by what
        # it does or where it is
        text = _text_of(_cut_at_comma(_np_tokens(head), head)) or head.text
        a = _resolve(resolver, text)  # ("many in Hong Kong": the place tells the country)
        return Actor(text=text, actor=a.actor if a else None, country=a.country if a else None,
                     sector=a.sector if a else None, title=None)
    if lower in ("some", "many", "several", "most") and head.dep_ in _SUBJ_DEPS_SP and not list(head.children):
        # "Some have suggested …"; "The deportees … Some said …": some of the group just mentioned
        g = registry.last_group if registry.last_group is not None and registry.last_group_at >= registry.current - 2 \
            and not _is_document_text(registry.last_group.text) else None
        return Actor(text=head.text, actor=g.actor if g else None, country=g.country if g else None,
                     sector=g.sector if g else None, title=None)
    if head.pos_ == "PRON" or lower in _PRONOUNS_PERSON | _PRONOUNS_GROUP:
        if lower in _PRONOUNS_PERSON:
            gender = _PRONOUN_GENDER.get(lower)
            a = None
            if head.dep_ == "nsubj" and head.head.lemma_ in ("add", "continue") and registry.last_speaker is not None \
                    and registry.last_speaker_at >= registry.current - 2 and registry.fits(registry.last_speaker, gender):
                # '"…," according to the assistant district attorney. / The driver ran …, he added.': "added"
                # goes on from the one who spoke last
                a = registry.last_speaker
            named = _named_in_report(head)
            if a is not None and _named(a, named):
                a = None
            if a is None:
                a = _earlier_in_sentence(head, resolver, registry, gender)
                if a is not None and _named(a, named):
                    a = None
            if a is None:
                a = registry.last_person(gender, named)
            if a is None:
                return None
            registry.learn_gender(a, gender)
            return _copy_actor(a)
        # the subject of the nearest clause above the pronoun's own, when that is the sentence's main clause
        above = next((a for a in head.head.ancestors if any(c.dep_ in _SUBJ_DEPS and c.pos_ != "PRON"
                                                            for c in a.children)), None)
        plural = next((c for c in above.children if c.dep_ in _SUBJ_DEPS and c.pos_ != "PRON" and c.i < head.i
                       and c.ent_type_ != "PERSON"
                       and (c.tag_ in ("NNS", "NNPS") or any(x.dep_ == "conj" for x in c.children))), None) \
            if above is not None and above.dep_ == "ROOT" else None
        if lower == "they" and plural is not None:
            # "The Leaders condemned Russia's war, which they said has caused …": the main clause's plural subject
            return _group_actor(plural, resolver)
        if lower == "they" and registry.last_group is not None and registry.last_group_at >= registry.current - 2 \
                and not _is_document_text(registry.last_group.text):
            # (not records or data: "according to military records … They claim …" are the people suing)
            return _copy_actor(registry.last_group)
        if lower == "it" and head.dep_ in _SUBJ_DEPS and registry.last_org is not None \
                and registry.last_org_at >= registry.current - 2:
            # "…, it added", "which it said crashed": the organisation that spoke last, just before
            return _copy_actor(registry.last_org)
        return None  # I/we (the document's own voice), it, unresolvable they

    tokens = _np_tokens(head)
    full = _text_of(tokens)
    ent = _person_entity(head)
    partners = [c for c in head.children if c.dep_ == "conj" and _person_entity(c) is not None]
    if ent is not None and partners and (head.dep_ in _SUBJ_DEPS_SP or head.dep_ == "appos"
                                         and head.head.dep_ in _SUBJ_DEPS_SP) \
            and any(c.dep_ == "cc" and c.lower_ == "and" for c in head.children):
        # (also the pair named in apposition to a role: '"…," producers Craig Zadan and Neil Meron said' —
        # claims round 13)
        # "President Biden and President Yoon affirmed that …": a joint statement is the pair's, with a country
        # only when they share one
        members = [_resolve(resolver, _resolution_text(_person_np(m))) for m in [head] + partners]
        countries = {m.country if m is not None else None for m in members}
        country = countries.pop() if len(countries) == 1 else None
        return Actor(text=_text_of(_cut_at_comma(tokens, head)) if len(partners) == 1 else _text_of(tokens),
                     actor=None, country=country, sector=None, title=None)
    if ent is not None:
        name = _name_text([t for t in ent if t.lower_ not in _HONORIFICS]).removesuffix(" 's").removesuffix(" ’s")
        title = _title_from(tokens, ent)
        known = registry.by_surname(ent[-1].text) if len(ent) == 1 or ent[0].lower_ in _HONORIFICS else None
        if known is not None and not title:
            return _copy_actor(known)
        a = _resolve(resolver, _resolution_text(_person_np(head)))
        actor = Actor(text=name, actor=a.actor if a else None, country=a.country if a else None,
                      sector=a.sector if a else None, title=title or (a.title if a else None))
        if known is not None:
            actor = Actor(text=known.text, actor=actor.actor or known.actor, country=actor.country or known.country,
                          sector=actor.sector or known.sector, title=title or known.title)
        return actor

    # "The company that runs the AMAs, Dick Clark Productions", "Carlineo's attorney, Sonya Zoghlin":
    # a generic noun with a proper name in apposition is the named one
    if head.pos_ == "NOUN":
        # (not a name after "and": "a message from the Central Commission for Elections and Referenda of
        # Turkmenistan" — the parser made the second conjunct of the name an apposition; claims round 13)
        ap = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                   and c.ent_type_ not in ("GPE", "DATE", "NORP")
                   and head.doc[c.left_edge.i - 1].lower_ not in ("and", "or", "&")), None)
        if ap is not None:
            named = _speaker_from_np(ap, resolver, registry)
            if named is not None:
                if named.title is None and (_person_entity(ap) is not None or _looks_like_person(ap)):
                    named.title = _text_of(_strip_nationality(_np_tokens(head, keep_appos=False))) or None
                if named.country is None and named.title:
                    # "Sweden's deputy director of public prosecutions, Eva-Marie Persson": the role phrase
                    # tells the country the name does not
                    a = _resolve(resolver, _text_of(_np_tokens(head, keep_appos=False)))
                    if a is not None and a.country:
                        named = Actor(text=named.text, actor=named.actor or a.actor, country=a.country,
                                      sector=named.sector or a.sector, title=named.title, country_basis="title")
                return named

    # a bare surname the NER missed or mislabelled ("Campbell" as ORG)
    if head.pos_ == "PROPN":
        names = [t for t in tokens if t.pos_ == "PROPN" and t.lower_ not in _HONORIFICS]
        if len(names) == 1 or (tokens and tokens[0].lower_ in _HONORIFICS):
            known = registry.by_surname(head.text)
            if known is not None:
                return _copy_actor(known)

    # a definite role noun: "the minister", "the Vice President", "the official"
    det = [c for c in head.children if c.dep_ == "det" and c.lower_ == "the"]
    role = lex.forms("role").get(lower)
    if role and det and not any(t.ent_type_ in ("PERSON", "GPE", "NORP") for t in tokens):
        phrase = " ".join(t.text for t in tokens if t.dep_ != "det")
        known = registry.by_role(role, phrase)
        if known is None and role == "official" and registry.last_speaker is not None \
                and registry.last_speaker.sector in ("GOV", "MIL"):
            known = registry.last_speaker  # "the official said": the official who spoke last
        if known is not None:
            return _copy_actor(known)

    # publications: "the ISW report", "ISW's latest assessment"
    if head.lemma_.lower() in lex.lemmas("report") or lower in lex.forms("report"):
        for t in tokens:
            if t.i == head.i or t.pos_ not in ("PROPN", "NOUN"):
                continue
            org = " ".join(x.text for x in t.subtree if x.pos_ == "PROPN") or t.text
            if _is_source_org(resolver, org):
                a = resolver.resolve_source(org)
                return Actor(text=org, actor=a.actor if a else None, country=a.country if a else None,
                             sector=a.sector if a else None, title=None)
        # "the report", "the assessment" with nothing else: the source organisation last heard from
        if registry.last_source is not None and det and len(tokens) <= 2:
            return _copy_actor(registry.last_source)
        # "the statement said" after "the US military said in a statement": the organisation itself
        if registry.last_org is not None and registry.last_org_at >= registry.current - 2 and det and len(tokens) <= 2:
            return _copy_actor(registry.last_org)

    # "the ministry said" after "Russia's defence ministry said": the body of that name that spoke last
    if det and len(tokens) <= 2 and head.pos_ == "NOUN" and registry.last_org is not None \
            and registry.last_org_at >= registry.current - 4 \
            and registry.last_org.text.lower().split()[-1] in (lower, head.lemma_.lower()):
        return _copy_actor(registry.last_org)

    text = _text_of(_cut_at_comma(tokens, head)) or full
    acr = _acronym(tokens)
    a = _resolve(resolver, _resolution_text(_cut_at_comma(tokens, head)) or text)
    if a is None and acr:
        a = _resolve(resolver, acr)
    return Actor(text=text, actor=a.actor if a else None, country=a.country if a else None,
                 sector=a.sector if a else None, title=a.title if a else None)


def _is_document_text(text: str) -> bool:
    lex = _lexicon()
    last = text.split()[-1].lower() if text.split() else ""
    return last in lex.forms("evidence") or last in lex.forms("report")


def _pair_name(words: list[str]) -> bool:
    """A registered "person" that is two people ("Ahlstrom and Soule", one entity of the NER): a later bare
    "Soule said" / "Ahlstrom said" is that one person, not the pair (claims round clnews15: an article where
    eleven quotations of either founder went to "Ahlstrom and Soule")."""
    return "and" in words[1:-1] or "&" in words[1:-1]


def _named_in_report(head) -> frozenset:
    """The proper names in what a pronoun speaker reports (the subtree of its cue verb, less the pronoun):
    someone who reports does not name themselves in the third person, so none of these is the "he"/"she"
    (claims round clnews15). Real cases:

    - 'She said Ms. Shelby, the first black reporter hired by the Herald …, was always popular.' (she ≠ Shelby);
    - '“It could have been really easy for Mary Steenburgen to just put her name on something …,” she said.';
    - 'He revealed he needed money after Lambe and Evans convinced him to hand over his benefit cheque.'"""
    verb = head.head
    if verb is head or head.dep_ not in ("nsubj", "nsubjpass"):
        return frozenset()
    doc = head.doc
    # (only what is reported: "When the immunologist De’Broski Herbert … looked …, he thought he was seeing
    # things" names Herbert in the frame's adverbial clause, and the "he" is Herbert)
    reported = [t for c in verb.children if c.dep_ in ("ccomp", "xcomp", "parataxis") for t in c.subtree]
    return frozenset((t.text.lower(), doc[t.i - 1].text.lower() if t.i > 0 and doc[t.i - 1].pos_ == "PROPN"
                      and doc[t.i - 1].lower_ not in _HONORIFICS else "")
                     for t in reported
                     if t.pos_ == "PROPN" and t.i != head.i and t.text[:1].isupper() and len(t.text) > 2)


def _named(actor: Actor | None, named: frozenset) -> bool:
    """The actor's surname (the last word of its name) is among `named` (name, word before it), unless a
    different first name stands before it there ("Kristina Jones" is not named by "her husband, Tim Jones")."""
    if actor is None or not named or not actor.text:
        return False
    words = actor.text.replace(" - ", "-").split()
    last, first = words[-1].lower(), words[0].lower() if len(words) > 1 else ""
    return any(n == last and (not before or not first or before == first) for n, before in named)


def _earlier_in_sentence(head, resolver, registry: _Registry, gender: str | None) -> Actor | None:
    """"When Ghani announced the swap, he said ...", "Morrison did reference his testimony, in which
    he said ...": the last person named earlier in the sentence (a PERSON entity, or a known
    surname the NER missed), outside quotations and fitting the pronoun's gender."""
    doc = head.doc
    bound = _reporters_subject(head)
    if bound is not None:
        actor = registry.by_surname(bound.text) or _speaker_from_np(bound, resolver, registry)
        if actor is not None and registry.fits(actor, gender):
            return actor
    candidates: list[tuple[int, Actor]] = []
    # "Pearlman can't defend Eberhart effectively, …, he said": the persons named in the reported clause before a
    # closing frame are what was said about, like those in a quotation; the "he" is the one who spoke before
    said = set()
    if head.dep_ == "nsubj" and head.head.lower_ in _lexicon().forms("verb"):
        said = {t.i for c in head.head.children if c.dep_ == "ccomp" and c.i < head.i for t in c.subtree}
    for e in doc.ents:
        if e.label_ == "PERSON" and e.end <= head.i and not any(t.text in _QUOTE_CHARS for t in doc[e.end:head.i]) \
                and e.root.i not in said:
            known = registry.by_surname(e[-1].text)
            actor = known or _speaker_from_np(e.root, resolver, registry)
            if actor is not None:
                candidates.append((e.end, actor))
    for t in doc[:head.i]:
        if t.pos_ in ("PROPN", "NOUN") and t.ent_type_ not in ("PERSON", "GPE", "NORP") and t.text[:1].isupper() \
                and not any(x.text in _QUOTE_CHARS for x in doc[t.i + 1:head.i]) and t.i not in said:
            known = registry.by_surname(t.text)
            if known is not None:
                candidates.append((t.i + 1, known))
    for _, actor in sorted(candidates, key=lambda c: -c[0]):
        if registry.fits(actor, gender):
            return actor
    return None


def _reporters_subject(head):
    """'Clary said Harman lived in Alaska and said he thought Harman's father lived there': the subject
    pronoun of a reported clause is the named reporter, not the last person named before it. Only for a
    named reporter with no person as hearer ("Biden told Putin he …" stays open)."""
    verb = head.head
    if head.dep_ != "nsubj" or verb.dep_ != "ccomp":
        return None
    gov = verb.head
    while gov.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in gov.children):
        gov = gov.head
    lex = _lexicon()
    if gov.lower_ not in lex.forms("verb") and gov.lower_ not in lex.forms("belief"):
        return None
    if any(c.dep_ in ("dobj", "dative") and (c.ent_type_ == "PERSON" or c.pos_ == "PRON") for c in gov.children):
        return None
    subj = next((c for c in gov.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.i > head.i or subj.pos_ != "PROPN" or subj.ent_type_ not in ("PERSON", ""):
        return None
    return subj


# A wire dateline opening a story: "HANOI, Vietnam (AP) —", "NEW DELHI:", "WASHINGTON (Reuters) -", "(CNN)".
_DATELINE = re.compile(
    r"^\s*(?:[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,3}(?:, [A-Z0-9][A-Za-z0-9.]*(?: [A-Z0-9][A-Za-z0-9.]*){0,2}){0,2}"
    r"\s*(?:\([A-Za-z.&\- ]{1,20}\))?\s*(?:—|–|--|-|:)|\([A-Z][A-Za-z.&\- ]{1,15}\)\s*(?:—|–|--|-)?)\s*")


def _dateline_end(text: str) -> int:
    """Length of a dateline at the start of `text` (0 when there is none)."""
    m = _DATELINE.match(text)
    if not m:
        return 0
    head = re.match(r"\s*\(?([A-Z][A-Za-z.]+)", m.group())
    # a city in capitals ("HANOI", "NEW DELHI") or a wire in brackets ("(CNN)"), not "US-China:"
    if m.group().lstrip().startswith("(") or (head and head.group(1).isupper() and len(head.group(1)) >= 3):
        return m.end()
    return 0


def _past_dateline(head, dateline_end: int):
    """The speaker when the parser made the dateline the subject ("HANOI … — Esper accused"): the
    first noun of the subject's subtree after the dateline that hangs on a dateline word; None
    when the subject lies outside the dateline (it is kept) or nothing follows it."""
    if head is None or head.idx >= dateline_end:
        return head
    for t in head.subtree:
        if t.idx >= dateline_end and t.head.idx < dateline_end and t.pos_ in ("PROPN", "NOUN", "PRON"):
            return t
    # "MOSCOW (Reuters) - Kremlin spokesman Dmitry Peskov said": a second subject of the same verb
    return next((c for c in head.head.children if c.dep_ in _SUBJ_DEPS and c.idx >= dateline_end), None)


def _relay_name(actor: Actor) -> str:
    m = re.search(r"\(([A-Z][A-Za-z]{1,9})\)", actor.text)
    return m.group(1) if m else actor.text


_QUANTITY_HEADS = {"percent", "cent", "%", "majority", "minority", "half", "third", "quarter", "number", "share"}


def _note_speaker(registry: _Registry, speaker: Actor, head) -> None:
    ent = _person_entity(head)
    is_person = ent is not None or registry.by_surname(head.text) is not None or head.lower_ in _PRONOUNS_PERSON \
        or _looks_like_person(head) or _bare_surname(head, speaker) or _after_honorific(head) \
        or head.pos_ == "NOUN" and any(c.dep_ == "appos" and _looks_like_person(c) for c in head.children)
    role = _lexicon().forms("role").get(head.lower_)
    # "Vindman and Williams said": a group, not a person (a later "Williams" is Williams alone)
    coordinated = any(c.dep_ == "conj" for c in head.children)
    if (is_person or (role and speaker.title)) and not coordinated:
        registry.last_speaker, registry.last_speaker_at = speaker, registry.current
        registry.add(speaker.text, speaker)
    else:
        registry.note_group(speaker, registry.current)
        registry.note_noun(head, speaker)
        quantity = head.lower_ in _QUANTITY_HEADS or any(c.dep_ == "nummod" for c in head.children)
        if not coordinated and head.tag_ in ("NN", "NNP") and head.lower_ not in _PRONOUNS_GROUP and not quantity:
            # (not a share of people: "Only 8 percent believe …" is no body a later "the study found" refers to)
            # an organisation or country, for a later "it said" / "the statement said"
            registry.last_org, registry.last_org_at = speaker, registry.current
        elif registry.last_org is not None and speaker.text == registry.last_org.text:
            registry.last_org_at = registry.current  # "it"/"the statement" again: still that organisation
    if speaker.sector == "MED":
        registry.last_source = speaker


def _name_text(tokens: list) -> str:
    """A name's words as the text spaces them: "Mustafa El-Feki", not "Mustafa El - Feki" (round clprec16); a closing
    possessive stays a word of its own (" 's", which the callers cut)."""
    out = []
    for n, t in enumerate(tokens):
        out.append(t.text)
        if n + 1 < len(tokens):
            glued = tokens[n + 1].i == t.i + 1 and tokens[n + 1].tag_ != "POS"
            out.append(t.whitespace_ if glued else " ")
    return "".join(out)


def _no_children_but_hyphen_parts(head) -> bool:
    """A lone name, or the last part of a hyphenated one the parser split ("El-Feki", "Al-Sadr": "El" and "-" hang on
    "Feki") — round clprec16, LGL: "…," El-Feki stressed. … "…," he concluded.' gave the "he" to the president
    quoted before, as "El-Feki" was taken for no person."""
    kids = list(head.children)
    if not kids:
        return True
    doc = head.doc
    first = min(k.i for k in kids)
    return all(k.i < head.i and k.dep_ in ("compound", "punct") for k in kids) and first == head.i - 2 \
        and doc[head.i - 1].text in ("-", "‐") and not doc[first].whitespace_ and not doc[head.i - 1].whitespace_ \
        and doc[first].text[:1].isupper()


def _after_honorific(head) -> bool:
    """A proper noun right after an honorific ("Mr Wood said", "Mrs Patel said", "Dr. Okafor said"): a person, also
    when the NER tagged no PERSON (round clprec16; see `_honorific_mentions`)."""
    return head.pos_ == "PROPN" and head.i > 0 and head.doc[head.i - 1].lower_ in _HONORIFICS


def _bare_surname(head, speaker: Actor) -> bool:
    """"…, Kehoe said": a lone capitalised name (not an acronym) as the subject of a cue, that the resolver
    knows as no organisation, country or body, is a person's surname the NER took for an organisation; a
    later "he said" goes on from it (not from "the Villas at Coffman Park" it tagged PERSON)."""
    return head.tag_ == "NNP" and head.dep_ == "nsubj" and _no_children_but_hyphen_parts(head) and head.text.isalpha() \
        and head.text[:1].isupper() and not head.text.isupper() and len(head.text) > 2 \
        and head.ent_type_ in ("ORG", "") and speaker.actor is None and speaker.sector is None \
        and not head.lower_.endswith(("ministry", "office", "police", "department"))


def _looks_like_person(head) -> bool:
    """A name the NER did not tag PERSON ("Eswar Prasad, a trade professor at Cornell" as ORG): a
    proper noun with a known first name in front, or with a person noun in apposition."""
    from .lexicon import _gender_table

    if head.pos_ != "PROPN" or head.ent_type_ in ("GPE", "NORP", "LOC"):
        return False
    firsts = _gender_table()["first"]
    # "Eva-Marie Persson": a hyphenated first name is known when one of its parts is
    if any(c.dep_ == "compound" and any(p in firsts for p in c.lower_.split("-")) for c in head.children):
        return True
    roles = _lexicon().forms("role")

    def person_noun(t) -> bool:
        return t.pos_ == "NOUN" and (t.lower_ in roles or len(t.lower_) > 5 and t.lower_.endswith(
            ("er", "or", "ist", "ian", "ant", "ent")))
    # "Eswar Prasad, a trade professor" and "Sweden's deputy director …, Eva-Marie Persson"
    return any(c.dep_ == "appos" and person_noun(c) for c in head.children) or (
        head.dep_ == "appos" and person_noun(head.head)) or _who_relative(head)


def _who_relative(head) -> bool:
    """A name with a "who"/"whose" relative clause is a person's, whatever the NER took it for (round clprec19: "Montell
    Figgins, who represents Thomas, said …" tagged ORG, so a later "He said …" went to the lawyer quoted before).

    - "Tavio Brennock, who represents the driver, said …" (a person);
    - "Okonkwo Ume, whose firm built the bridge, said …" (a person);
    - not "Brennock Holdings, which owns the site, said …" ("which").
    """
    return any(c.dep_ == "relcl" and c.i > head.i and c.left_edge.lower_ in ("who", "whom", "whose")
               and c.left_edge.i > head.i for c in head.children)


def _no_person(ent) -> bool:
    """A PERSON entity that is used as no person, so no later "he"/"she": a place or thing after an article or
    possessive ("at the Villas at Coffman Park", "their Botox"), a modifier of a common noun ("Owens and Harris
    roads"), a place after "in" ("a bakery in Squirrel Hill"), an animal's name ("a spaniel named Moose")."""
    root = ent.root
    if _place_name(ent.text):
        return True
    if any(c.dep_ in ("det", "poss") and c.i < ent.start for c in root.children):
        return True
    if root.dep_ == "compound" and root.head.pos_ == "NOUN" or (
            root.dep_ == "conj" and root.head.dep_ == "compound" and root.head.head.pos_ == "NOUN"):
        return True
    if root.dep_ == "pobj" and root.head.lower_ == "in" and len(ent) > 1:
        return True
    return root.dep_ in ("oprd", "xcomp", "attr") and root.head.lemma_ == "name" and root.head.tag_ == "VBN"


def _register_persons(doc, resolver, registry: _Registry, sentence_index: int, quoted) -> None:
    """Persons mentioned in the sentence, in order, for later surname, role and pronoun mentions.

    PERSON entities are registered with their title words; a definite singular
    role phrase without a name ("the previous president") is registered as a
    person of its own unless it names a role of a known person. The person
    subject of the main clause is remembered for he/she in the next sentences. Names inside
    quotations (`quoted(token)`) are the quoted speaker's words and are skipped.
    """
    roles = _lexicon().forms("role")
    mentions: list[tuple[int, Actor]] = []
    for ent in doc.ents:
        if ent.label_ != "PERSON" or quoted(ent.root) or _no_person(ent):
            continue
        ent = _widen_name(ent)
        name = _name_text([t for t in ent if t.lower_ not in _HONORIFICS]).removesuffix(" 's").removesuffix(" ’s")
        if not name:
            continue
        known = registry.by_surname(name) if len(name.split()) == 1 else None
        if known is not None:
            title = _title_from(_np_tokens(ent.root, keep_conj=False), ent)
            if title:  # a later mention with its own title or apposition ("Doe, a China expert") tells more
                a = _resolve(resolver, _resolution_text(_person_np(ent.root)))
                registry.add(known.text, Actor(text=known.text, actor=a.actor if a else None,
                                               country=a.country if a else None,
                                               sector=a.sector if a else None, title=title))
            else:
                registry.add(known.text, known)  # a later surname mention: now the most recent
            mentions.append((ent.root.i, known))
            continue
        tokens = _np_tokens(ent.root, keep_conj=False)
        title = _title_from(tokens, ent)
        a = _resolve(resolver, _resolution_text(_person_np(ent.root)))
        actor = Actor(text=name, actor=a.actor if a else None, country=a.country if a else None,
                      sector=a.sector if a else None, title=title or (a.title if a else None))
        registry.add(name, actor, [t.text for t in doc[max(0, ent.start - 1):ent.end]])
        mentions.append((ent.root.i, actor))
    mentions += _honorific_mentions(doc, quoted, registry)
    for tok in doc:
        if tok.lower_ not in roles or tok.tag_ != "NN" or tok.ent_type_ == "PERSON" or quoted(tok):
            continue
        if not any(c.dep_ == "det" and c.lower_ in ("the", "a", "this", "that") for c in tok.children):
            continue
        if any(c.dep_ in ("compound", "appos") and c.ent_type_ == "PERSON" for c in tok.children):
            continue
        phrase_toks = [t for t in _np_tokens(tok, keep_appos=False) if t.i <= tok.i and t.dep_ != "det"]
        phrase = " ".join(t.text for t in phrase_toks)
        known = registry.by_role(roles[tok.lower_], phrase)
        if known is None:
            a = _resolve(resolver, phrase)
            known = Actor(text=phrase, actor=a.actor if a else None, country=a.country if a else None,
                          sector=a.sector if a else None, title=phrase)
            registry.add(phrase, known)
        mentions.append((tok.i, known))
    subject = None
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is not None:
        subj = next((c for c in root.children if c.dep_ in _SUBJ_DEPS), None)
        if subj is not None:
            subject = next((a for i, a in mentions if i == subj.i), None)
            if subject is None and subj.lower_ in _PRONOUNS_PERSON:
                subject = registry.last_person(_PRONOUN_GENDER.get(subj.lower_))
            if subject is None and subj.lower_ in roles and subj.text[:1].isupper():
                subject = registry.by_role(roles[subj.lower_], " ".join(
                    t.text for t in _np_tokens(subj, keep_appos=False) if t.dep_ != "det"))  # "The Vice President"
            elif subject is None and subj.pos_ in ("PROPN", "NOUN") and subj.text[:1].isupper():
                subject = registry.by_surname(subj.text)  # a known name the NER missed (or did not run on)
            if subject is None and not quoted(subj):
                subject = _unnamed_person(subj, registry)
        # a plural subject of the main clause or a clause joined to it is the antecedent for "they"
        if root.tag_ in ("NNS", "NNPS") and any(c.dep_ == "acl" and c.tag_ in ("VBN", "VBD") and c.i == root.i + 1
                                                 for c in root.children):
            # "The two officials condemned in the strongest possible terms …": the parser made the subject the
            # root and the verb a participle on it
            group = _group_actor(root, resolver)
            registry.note_group(group, sentence_index)
            registry.note_noun(root, group)
        for verb in [root] + [c for c in root.children if c.dep_ == "conj"]:
            for c in verb.children:
                if c.dep_ in _SUBJ_DEPS and c.pos_ != "PRON" and (
                        c.tag_ in ("NNS", "NNPS") or any(x.dep_ == "conj" for x in c.children)):
                    group = _group_actor(c, resolver)
                    registry.note_group(group, sentence_index)
                    registry.note_noun(c, group)
    registry.note_subject(sentence_index, subject)


def _unnamed_person(subj, registry: _Registry) -> Actor | None:
    """A person the story does not name, as the subject of the main clause, by a noun of known gender (a `title`
    row of data/claim_gender.tsv: woman, man, mother, boy …), registered for a "she"/"he" in the next sentences
    (round cltr17). Real case (TR-News): "A 19-year-old woman was also found with the 23-year-old woman and the
    man. / She claimed to be his girlfriend." (the claim was dropped: no person for "She"); also "An elderly man
    was pulled from the car. He said the driver had swerved." Not a noun with a name in it ("His mother, Jane
    Roe, …": the name is the person), nor a plural ("Two women …": "they")."""
    from .lexicon import _gender_table

    if subj.tag_ != "NN" or subj.lower_ not in _gender_table()["title"] \
            or any(t.ent_type_ == "PERSON" or t.pos_ == "PROPN" for t in subj.subtree):
        return None
    words = [t for t in _np_tokens(subj, keep_appos=False, keep_conj=False)
             if t.i <= subj.i and t.dep_ not in ("det", "poss", "predet")]
    text = _text_of(words)
    actor = Actor(text=text, actor=None, country=None, sector=None, title=None)
    registry.add(text, actor, [subj.lower_])
    return actor


_CAP_RUN = re.compile(r"(?:[A-Z][\w’'.\-]*\s){0,5}[A-Z][\w’'\-]*")


def _honorific_mentions(doc, quoted, registry: _Registry) -> list[tuple[int, Actor]]:
    """A surname after an honorific that the NER left out of any PERSON entity ("Mr Wood", "Mrs Patel", "Dr Okafor",
    British style without the period): a person, with the honorific's gender, so that a later "he"/"she" can find
    them (round clprec16, LGL).

    - 'Landowner Rosemary Henson … said: "…" But Mr Wood said the development would … He added …' → the "He" is
      Mr Wood (before: Rosemary Henson, whose first name the gender table did not know);
    - "Mrs Patel said the clinic would close. She added that …" → Mrs Patel;
    - not a name already in a PERSON entity ("Mr. Jones" the NER found), nor words inside a quotation.
    """
    out = []
    for tok in doc[:-1]:
        nxt = doc[tok.i + 1]
        if tok.lower_ not in _HONORIFICS or nxt.pos_ != "PROPN" or not nxt.text[:1].isupper() \
                or nxt.ent_type_ == "PERSON" or tok.ent_type_ == "PERSON" or quoted(nxt):
            continue
        name = nxt.text.removesuffix("’s").removesuffix("'s")
        known = registry.by_surname(name)
        if known is None:
            known = Actor(text=f"{tok.text} {name}", actor=None, country=None, sector=None, title=None)
        registry.add(known.text, known, [tok.text])
        out.append((nxt.i, known))
    return out


def _register_unparsed(text: str, resolver, registry: _Registry, sentence_index: int) -> None:
    """Persons named in a sentence the pipeline did not parse (no cue, no event), found by a cheap
    pattern: a run of capitalised words holding a known first name or an honorific ("Afghan
    President Ashraf Ghani", "Mr. Sullivan"). Later "he"/surname mentions can then find them; a
    person opening the sentence counts as its subject. Quoted text is the quoted speaker's words."""
    from .lexicon import _gender_table

    firsts = _gender_table()["first"]
    titles = _lexicon().forms("titleword") | _lexicon().forms("role")
    subject = None
    clean = re.sub(r"[\"“”][^\"“”]*[\"“”]", lambda m: " " * len(m.group()), text)
    for m in _CAP_RUN.finditer(clean):
        words = m.group().split()
        names = [w.strip(".,’'") for w in words]
        at = next((k for k, w in enumerate(names) if w.lower() in firsts or w.lower() in _HONORIFICS
                   or w.lower() + "." in _HONORIFICS), None)
        if at is None and subject is None and len(names) == 1 and _opens_clause(text[:m.start()], titles) \
                and re.match(r"\s+[a-z]", clean[m.end():]):
            # "Tuesday night, Walker collected about 69 percent …": a known surname opening the clause (round 9)
            known = registry.by_surname(names[0])
            if known is not None:
                registry.add(known.text, known)
                subject = known
            continue
        if at is None or at == len(names) - 1 and names[at].lower() not in firsts:
            continue
        person = [w for w in names[at:] if w.lower() not in _HONORIFICS and w.lower() + "." not in _HONORIFICS]
        if not person or len(person) > 4 or any(w.lower() in titles for w in person):
            continue
        name = " ".join(person).removesuffix("’s").removesuffix("'s")
        title_words = [w for w in names[:at] if w.lower() in titles or w[:1].isupper()]
        known = registry.by_surname(name) if len(person) == 1 else None
        if known is None:
            a = _resolve(resolver, " ".join(names))
            known = Actor(text=name, actor=a.actor if a else None, country=a.country if a else None,
                          sector=a.sector if a else None, title=" ".join(title_words) or None)
        registry.add(known.text, known, names)
        if subject is None and _opens_clause(text[:m.start()], titles) \
                and not re.match(r"\s*(?:and|or|&)\s+[A-Z]", clean[m.end():]):
            # (not names listed in a fragment the splitter cut off: "… and U.S. Sens. / Mitch McConnell and Jim
            # Bunning.", round 9)
            subject = known
    if subject is None:
        subject = _unnamed_person_opening(clean, registry)
    registry.note_subject(sentence_index, subject)


_UNNAMED_OPENING = re.compile(r"[\s\"“‘']*(?:An?|The)\s+(.+)")


def _unnamed_person_opening(text: str, registry: _Registry) -> Actor | None:
    """`_unnamed_person` for a sentence the pipeline did not parse: one opening "A/An/The [up to three lower-case
    words] <noun of known gender> <lower-case word …>" ("An elderly man was pulled from the car. / He said the
    driver had swerved"; "The woman was treated at the scene. / She told officers …"). Not "The man's lawyer …"
    (the noun is no subject), nor "The Smith family …"."""
    from .lexicon import _gender_table

    m = _UNNAMED_OPENING.match(text)
    if m is None:
        return None
    words = m.group(1).split()[:5]
    titles = _gender_table()["title"]
    k = next((k for k, w in enumerate(words[:4]) if w in titles), None)
    if k is None or k + 1 >= len(words) or not words[k + 1][:1].islower() \
            or any(not w[:1].islower() for w in words[:k]):
        return None
    text_ = " ".join(words[:k + 1])
    actor = Actor(text=text_, actor=None, country=None, sector=None, title=None)
    registry.add(text_, actor, [words[k]])
    return actor


def _opens_clause(before: str, titles) -> bool:
    """The text before a name in an unparsed sentence leaves the name its subject: nothing, a short fronted phrase
    ending in a comma ("Tuesday night, Walker collected …"), or a title ("Second-district magistrate Tom Baker
    echoed …", round 9; without these the next "he said" went to the speaker before)."""
    before = before.strip(" \"“”‘’'(")
    if not before:
        return True
    if before.endswith(",") and before.count(",") == 1 and len(before.split()) <= 5 and before[:1].isupper():
        return True
    words = before.split()
    return len(words) <= 4 and "," not in before and (
        words[-1].lower() in titles or words[-1].lower() in _TITLE_NOUNS or words[-1][:1].isupper()) \
        and all(w[:1].isupper() or w.lower() in titles or w.lower() in _TITLE_NOUNS for w in words)


# role nouns standing before a name that the title lexicon lacks
_TITLE_NOUNS = {"magistrate", "judge", "attorney", "coordinator", "chairman", "chairwoman", "chair", "councilman",
                "councilwoman", "commissioner", "supervisor", "trustee", "superintendent", "detective", "inspector",
                "sheriff", "officer", "spokesman", "spokeswoman", "manager", "founder", "owner", "professor"}


@lru_cache(maxsize=1)
def _known_people() -> list[tuple[str, list[str], str]]:
    """(full name, aliases, usual title) of the persons data/actor_people.tsv knows."""
    rows = []
    for row in _read_tsv("actor_people.tsv"):
        if len(row) >= 4 and row[3].strip():
            full, *short = row[0].split("|")
            rows.append((full, [full] + short, row[3].strip()))
    return rows


def register_title_persons(title: str, resolver, registry: _Registry) -> None:
    """Known persons a document's title names ("FACT SHEET: Vice President Harris Launches …"): a full name, or a
    surname after the person's usual title, so that "The Vice President announced …" in a text that never names
    her finds her. Title-case headlines defeat the name patterns used on sentences, hence the table."""
    for full, aliases, role in _known_people():
        for n in aliases:
            form = n if len(n.split()) > 1 else f"{role} {n}"
            if re.search(rf"(?<![\w.]){re.escape(form)}(?!\w)", title):
                a = _resolve(resolver, full)
                registry.add(full, Actor(text=full, actor=a.actor if a else None, country=a.country if a else None,
                                         sector=a.sector if a else None, title=role))
                break


def _group_actor(head, resolver) -> Actor:
    tokens = _np_tokens(head, keep_appos=False)
    text = _text_of(_cut_at_comma(tokens, head))
    a = _resolve(resolver, text)
    return Actor(text=text, actor=a.actor if a else None, country=a.country if a else None,
                 sector=a.sector if a else None, title=None)
