"""The parties a phrase of the parse names: from the head of a noun phrase to actor codes
(country + sector), one per coordinated member, with the document's people, places and unknown
organisations taken into account.

- "the foreign ministers of India and Pakistan": INDGOV and PAKGOV (`_role_of_each`);
- "a spokeswoman for the German foreign ministry": the body's sector and country, DEUGOV
  (`_member_of_body`);
  "Alibaba leaders": people of an organisation, no government's (`_of_unknown_organisation`);
- "shelled Kharkiv": a town the actor tables do not know stands for its country (`_place_actor`).

Also the record of one event's roles (`_Roles`), the text of an actor phrase (`_phrase_text`) and the
small actor helpers every other room shares (`first_person`, `distinct_coded`, `_code`, `_counted`).

`PartyReader` is a mixin of EventCoder: its methods read the coder's actor resolver (`self.resolver`)
and the document's persons and places (`self._persons`, `self._context`, set by EventCoder.code) and
call each other. What needs none of that is a plain function.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Iterable

from spacy.tokens import Doc, Token

from ..actors import ActorResolver
from ..places import subdivision_names, SUBDIVISION_WORDS
from ..records import Actor
from ..times import WEEKDAY_NAMES
from .persons import _dateline_end, _PLACE_KINDS, _POLICE_ADDRESS, _subject_past_dateline
from .syntax import (_ATTACK_NOUNS, _DOCUMENT_NOUNS, is_coded, _members, _named_by_role, _PATIENT_VERBS,
                     _PEOPLE_NOUNS, prep_objects, _STATE_SECTORS, _WEAPONS)


_ACTOR_MODIFIERS = {"compound", "amod", "poss", "nmod", "npadvmod", "nummod", "case"}
_PRONOUNS = {"it", "they", "he", "she", "we", "i", "you", "them", "who", "which", "that"}


_WATERS = {"gulf", "sea", "strait", "straits", "ocean", "bay", "channel", "lake", "river", "sound"}


_PLACE_PREPS = {"in", "near", "around", "toward", "towards", "into", "outside", "on", "at"}


@dataclass
class _Roles:
    """The roles of one event as the coder fills them, phase by phase (EventCoder._event)."""
    sources: list[Actor]
    targets: list[Actor]
    places: list[Actor]  # where the act took place, as actors
    frame: str | None
    frame_verb: Token | None
    source: Actor | None = None
    target: Actor | None = None
    joint: list[Actor] = field(default_factory=list)  # parties acting together
    elsewhere: list[Actor] = field(default_factory=list)  # places named as targets of a joint act
    co_authors: list[Actor] = field(default_factory=list)  # "Russia and China condemned": both did it
    from_document: set[str] = field(default_factory=set)  # roles the document, not the sentence, filled


_CROWD_COUNTS = {"hundreds", "thousands", "dozens", "tens", "millions", "scores", "dozen", "score", "both"}


# "Appealed to the West": a bloc of states, not Cameroon's West Region.
_COMPASS = {"west", "east", "north", "south", "midwest", "mideast"}
# Verbs done to people, beyond those with no other reading: "Jackson was beaten and strangled".
_HARMED_PEOPLE = {"beat", "strangle", "choke", "rape", "assault", "torture", "punch"}


# Titles of address and rank before a surname in local and wire news: a name after them is a
# person ("Officer Rogers", "Sheriff Taylor", "Dr. Anglin"; _person_name, document_persons).
_NAME_TITLES = {"mr", "mrs", "ms", "miss", "dr", "sir", "madam", "gen", "col", "lt", "sgt", "capt", "adm", "maj",
                "rep", "sen", "mister", "monsieur", "herr", "officer", "deputy", "detective", "sheriff", "trooper",
                "judge", "coach", "rev", "reverend", "pastor", "constable", "sergeant", "corporal", "cpl",
                "councilman", "councilwoman", "commissioner", "inspector", "prof", "professor", "mayor", "gov"}


# Verbs done only to people: their object is a person, though a town bears the name ("shot
# Wilson in the head", "Paris had been shot"; _person_name). Not "accuse", "charge", "fine",
# "sanction": states are accused and sanctioned.
_DONE_TO_PEOPLE = {"shoot", "stab", "wound", "injure", "murder", "kidnap", "abduct", "strangle", "rape", "behead",
                   "assassinate", "hospitalize", "hospitalise", "choke", "torture", "punch", "slay", "arrest",
                   "detain", "jail", "imprison", "handcuff", "arraign"}


def _age_follows(doc: Doc, end: int) -> bool:
    """ "Wilson, 26, was arrested", "Mr Carroll (48)": an age after a name makes it a person's."""
    if end + 1 >= len(doc) or doc[end].text not in (",", "("):
        return False
    age = doc[end + 1]
    if doc[end + 1].lower_ == "age" and end + 2 < len(doc):
        age = doc[end + 2]
    if not (age.is_digit and len(age.text) <= 3):
        return False
    after = doc[age.i + 1].text if age.i + 1 < len(doc) else "."
    return after in (",", ")", ".", ";", "and", "of")


def _without_name(resolver: ActorResolver, phrase: str, name: str) -> Actor | None:
    """The actor the words around a person's name code ("Murder victim Matthew Flores" -> CVL,
    "Jordan Smith, 22, of Springfield" -> none), keeping the whole phrase as its text."""
    rest = re.sub(r"\s+", " ", phrase.replace(name, " ")).strip(" ,;:-")
    if not any(c.isalpha() for c in rest):
        return None
    if rest.rstrip(".").lower() in _POLICE_ADDRESS:
        return Actor(phrase, "COP", None, "COP")  # "Officer Rogers", "Trooper Smith": a police officer
    actor = resolver.resolve(rest)
    if actor is not None and actor.country and rest.split()[-1].lower() in ("national", "citizen", "native"):
        # "New Zealand national Campbell Paterson": one of that country's people
        return Actor(phrase, f"{actor.country}CVL", actor.country, "CVL")
    return None if actor is None else replace(actor, text=phrase)


def _us_state_follows(doc: Doc, end: int) -> bool:
    """ "Paris, Missouri", "Athens, Ga.": a town named with its US state after a comma (not
    "Washington, D.C.": the capital's district is no state)."""
    if end + 1 >= len(doc) or doc[end].text != ",":
        return False
    states = subdivision_names("US")
    return doc[end + 1].text in states or (end + 2 < len(doc) and f"{doc[end + 1].text} {doc[end + 2].text}" in states)


def _placed_name(token: Token) -> bool:
    """A name after a place preposition that the recogniser calls a nationality ("near Kidal")."""
    return token.ent_type_ == "NORP" and token.dep_ == "pobj" and token.head.lower_ in _PLACE_PREPS


# The words of states' formal names, around a country word: "the Russian Federation", "the
# Kingdom of Saudi Arabia", "the Democratic People's Republic of Korea" (_unknown_organisation).
_STATE_FORMS = {"federation", "republic", "kingdom", "union", "states", "commonwealth", "emirates", "sultanate",
                "principality", "duchy", "confederation", "state"}  # ("United Russia" is a party: no state form;


# "the State of Palestine", "the State of Qatar" are states' formal names)
_STATE_NAME_WORDS = {"federation", "republic", "kingdom", "united", "union", "federal", "democratic", "people",
                     "islamic", "arab", "socialist", "commonwealth", "state", "states", "of", "emirate", "emirates",
                     "sultanate", "principality", "grand", "duchy", "confederation", "plurinational", "bolivarian"}


# Words before a person's name (_place_actor): a name they precede is no town.
_HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "madam", "gen", "col", "lt", "sgt", "capt", "adm", "maj",
               "rep", "sen", "mister", "monsieur", "herr"}


def _code(actor: Actor | None) -> str | None:
    """An actor's code, or its text when the tables give it none."""
    return (actor.actor or actor.text.lower()) if actor else None


_PERSONAL_PRONOUNS = {"i", "we", "he", "she", "they"}


def first_person(text: str) -> Actor:
    """A speaker saying "we" or "I", not yet known: no code until the pipeline names it."""
    return Actor(text=text, actor=None, country=None, sector=None)


# Nouns that count or group the actor they govern: "hundreds of UN troops", "a group of
# Ukrainian lawmakers", "dozens of Russian drones".
_COUNTING_NOUNS = {"ten", "tens", "hundred", "hundreds", "thousand", "thousands", "dozen", "dozens", "million",
                   "millions", "score", "scores", "group", "number", "handful", "couple", "lot", "unit", "contingent",
                   "bunch",  # ("handed over a bunch of prisoners": round evroot18)
                   "detachment", "column", "convoy", "squad", "team", "batch", "wave", "swarm", "fleet",
                   "deployment", "patch", "brigade", "battalion", "regiment", "member",
                   "some", "many", "several", "most", "all", "few"}


def _counted(head: Token) -> Token:
    """The noun a counting head governs: "hundreds of UN troops" -> "troops"."""
    for _ in range(3):  # "hundreds of thousands of people"
        counting = head.pos_ != "PROPN" and (head.lemma_.lower() in _COUNTING_NOUNS or head.lower_ in _COUNTING_NOUNS)
        if not (counting or head.pos_ == "NUM"):
            return head  # "the Group of Seven" is a name
        counted = next((o for o in prep_objects(head, "of") if o.pos_ in ("NOUN", "PROPN")), None)
        if counted is None:
            return head
        head = counted
    return head


_WEEKDAYS = WEEKDAY_NAMES | {"today", "yesterday", "tonight", "weekend", "morning", "evening", "night", "week", "month",
                             "year"}


def _a_time(token: Token) -> bool:
    """A day, date or time ("Wednesday", "last week", "March 3")."""
    return token.ent_type_ in ("DATE", "TIME") or token.lower_ in _WEEKDAYS


_PERSONAL = {"it", "they", "he", "she", "we"}


def _antecedent(pronoun: Token) -> Token | None:
    """ "Hungary said it will support...": a pronoun subject of reported speech is the speaker."""
    if pronoun.lower_ not in _PERSONAL or pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    subject = _reporting_subject(pronoun.head)
    if subject is not None and pronoun.lower_ in ("he", "she") and (
            subject.tag_ in ("NNS", "NNPS") or subject.lemma_.lower() in _COLLECTIVE_REPORTERS):
        return None  # "Police say the boy was playing with a gun when he shot himself": not the police
    if subject is not None and pronoun.lower_ == "it" and (
            subject.tag_ in ("NNS", "NNPS") or subject.ent_type_ == "PERSON"):
        return None  # "The car ... when it blew up, officials said": a thing, not the officials (round 11)
    return subject


# Reporters that are bodies, never "he" or "she".
_COLLECTIVE_REPORTERS = {"police", "government", "ministry", "department", "office", "agency", "army", "military",
                         "authority", "authorities", "court", "committee", "council", "company", "report", "media",
                         "kremlin", "pentagon", "administration", "embassy", "family", "statement"}


def _reporting_subject(clause: Token) -> Token | None:
    """The subject of the clause that reports `clause` ("Hungary said [it will support]"), up
    through complements, coordination and adverbials: a name or a noun, not a pronoun."""
    for _ in range(4):
        if clause.dep_ not in ("ccomp", "conj", "xcomp", "advcl") or clause.head.i == clause.i:
            return None
        adverbial = clause.dep_ == "advcl"
        clause = clause.head
        if adverbial and any(o.pos_ == "PROPN" and o.ent_type_ in ("GPE", "ORG", "NORP")
                             for c in clause.children if c.dep_ in ("dobj", "dative")
                             or (c.dep_ == "prep" and c.lower_ in ("to", "with", "against", "for", "from"))
                             for o in ([c] if c.dep_ != "prep" else [t for t in c.children if t.dep_ == "pobj"])):
            return None  # "if China provides support to Russia as it conducts attacks": which one is "it"?
        for subject in (c for c in clause.children if c.dep_ == "nsubj"):
            if subject.lower_ not in _PRONOUNS and subject.pos_ in ("PROPN", "NOUN"):
                return subject
    return None


def _phrases(head: Token, with_of: bool = True) -> list[str]:
    """Text of the actor noun phrase, split where coordinated modifiers name several actors
    ("Russian and Chinese forces" -> "Russian forces", "Chinese forces")."""
    for mod in head.lefts:
        if mod.dep_ in ("amod", "compound", "nmod") and mod.conjuncts:  # "US and British activists"
            return [f"{m.text} {head.text}" for m in (mod, *mod.conjuncts)]
    return [_phrase_text(head, with_of)]


def _phrase_text(head: Token, with_of: bool = True) -> str:
    """The head with its modifiers; with `with_of`, its "of" phrase too ("the President of
    Russia", "the Ministry of Defense") - wanted for roles and names, not for things
    ("the transcript of his call with the Ukrainian president")."""
    keep = [head]
    for c in head.lefts:
        if c.dep_ in _ACTOR_MODIFIERS or c.dep_ == "det":
            keep.extend(c.subtree)
    for c in head.rights:
        if c.dep_ == "prep" and c.lemma_ == "of" and with_of \
                and not any(o.dep_ == "pcomp" and o.pos_ in ("VERB", "AUX") for o in c.children):
            # (not "accused the rebels of attacking a convoy": what they are accused of is no part of the name)
            keep.extend(c.subtree)
        elif c.dep_ == "compound" or (c.dep_ == "flat"):
            keep.append(c)
    lo = min(t.i for t in keep)
    hi = max(t.i for t in keep)
    if lo < head.i:
        # a wire dateline is no modifier: "KYIV, Ukraine - Russian drones" (the dash read as a hyphen)
        lo = max(lo, min(_dateline_end(head.doc), head.i))
    while hi > head.i and head.doc[hi].text in (",", ";", ":", "-", "–", "—"):
        hi -= 1  # "the village of Um Kadada, looting homes": the comma closes the phrase, it is no part of it
    return head.doc[lo:hi + 1].text


# labels the small model gives towns it does not know ("shelled Kramatorsk" as a product)
_MISREAD_TOWN_LABELS = ("PRODUCT", "WORK_OF_ART", "EVENT")


def _distinct_sides(actors: Iterable[Actor]) -> list[Actor]:
    """Actors with a code or a sector, one per code."""
    out: list[Actor] = []
    for a in actors:
        if a.actor and all(o.actor != a.actor for o in out):
            out.append(a)
    return out


def distinct_coded(actors: Iterable[Actor | None]) -> list[Actor]:
    """Coded actors, each code once, in order."""
    unique: list[Actor] = []
    for a in actors:
        if is_coded(a) and all(a.actor != u.actor for u in unique):
            unique.append(a)
    return unique


_PERSON_TITLES = {"senator", "lawmaker", "congressman", "congresswoman", "minister", "secretary", "president",
                  "governor", "mayor", "candidate", "leader", "chairman", "chairwoman", "speaker", "premier"}


def _we_named(pronoun: Token) -> Token | None:
    """Who "we" are when an apposition names them (evwar18), as joint statements open: "We, the Foreign
    Ministers of Australia, India, Japan, and the United States, met today in Washington", "We, the
    Leaders of the G7, condemn ...", "We, the undersigned governments, ..."; the apposition's head, whose
    actors are the speakers."""
    if pronoun.tag_ != "PRP":
        return None  # ("The US, Russia, and Switzerland met": the country, not the pronoun)
    return next((c for c in pronoun.children if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN")), None)


class PartyReader:
    """Reads the parties a phrase of the parse names (the coder's resolver, the document's persons and places)."""

    def _agentive(self, head: Token) -> bool:
        """Whether a subject the tables cannot code still names someone who can act: a name, a
        personal pronoun, a role or group word ("attackers", "the two leaders", "militants"),
        not a thing ("parallel production", "the articles", "our action")."""
        if head.pos_ == "PROPN" or head.lower_ in _PERSONAL_PRONOUNS:
            return True
        if head.lower_ in _CROWD_COUNTS:  # "Thousands rallied in Tbilisi"
            return True
        if head.pos_ == "NUM":  # "the two discussed": the two parties named before
            return any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
        if self.resolver.resolve(head.text) is not None:
            return True
        lemma = head.lemma_.lower()
        if lemma in _PEOPLE_NOUNS:
            return True
        return _named_by_role(lemma)

    def _possessors(self, token: Token) -> list[Actor]:
        """Whose thing it is: "Russia's defense industry", "the deployment of DPRK troops"."""
        found = [a for c in token.children if c.dep_ == "poss" for a in self._actors(c)]
        if not found:
            # "Russia's latest missile and drone attacks": the parser hangs the owner on the first of the
            # coordinated modifiers
            found = [a for c in token.lefts if c.dep_ in ("nmod", "compound") and c.pos_ == "NOUN"
                     and any(x.dep_ == "conj" for x in c.children)
                     for p in c.children if p.dep_ == "poss" for a in self._actors(p)]
        if not found and token.pos_ == "NOUN":
            for prep in token.children:
                if prep.dep_ == "prep" and prep.lemma_ == "of":
                    found += [a for o in prep.children if o.dep_ == "pobj" for a in self._actors(o)]
        return found

    def _actors_of_dep(self, verb: Token, deps: tuple[str, ...]) -> list[Actor]:
        return [a for c in verb.children if c.dep_ in deps for a in self._actors(c)]

    def _actors(self, token: Token) -> list[Actor]:
        """Actors named by the noun phrase headed by `token`, one per coordinated member."""
        out: list[Actor] = []
        if token.i < _dateline_end(token.doc):
            # "GAZA CITY, Palestinian Territories: ...": where the report was filed
            return [a for t in _subject_past_dateline(token) for a in self._actors(t)]
        members = _members(token)
        if token.lower_ in ("we", "us") and token.tag_ == "PRP" and (named := _we_named(token)) is not None:
            return self._actors(named)  # "We, the Foreign Ministers of Australia, India, Japan and the United States,"
        if token.lower_ in ("they", "we") and (antecedent := _antecedent(token)) is not None:
            members = _members(antecedent)  # "Russia and China said they would...": both
        for head in members:
            head = _counted(head)
            if head.lemma_.lower() in _DOCUMENT_NOUNS:
                continue  # "the Treaty on Conventional Forces in Europe" is a text, not an actor
            if head.pos_ == "PROPN" and head.lemma_.lower() in _WATERS:
                continue  # "the Gulf of Oman", "the Sea of Japan": water, not the state named in it
            if head.lower_ in _PRONOUNS:
                antecedent = _antecedent(head)
                if antecedent is None:
                    continue
                head = antecedent
            if head.lemma_.lower() == "party" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children) \
                    and not any(c.dep_ in ("amod", "compound", "poss") or (c.dep_ == "prep" and c.lower_ in ("of", "to"))
                                for c in head.children):
                continue  # "opened fire at a party": a gathering (a political one is named or qualified)
            if self._unknown_organisation(head) or self._of_unknown_organisation(head):
                continue  # "American Airlines", "Lexus Philippines": a company, not a state actor
            if head.lower_ == "old" and any(t.lower_ in ("year", "years", "month", "months") for t in head.lefts) \
                    and (head.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
                         or (head.dep_ == "ROOT" and any(c.dep_ == "acl" for c in head.children))):
                # "A 17-year-old was shot": a person of that age (the tokenizer splits the hyphens)
                first = min(t.i for t in head.subtree)
                out.append(self._located(head, Actor(head.doc[first:head.i + 1].text, "CVL", None, "CVL")))
                continue
            role_or_name = head.pos_ == "PROPN" or self.resolver.resolve(head.text) is not None
            shared = self._role_of_each(head) if role_or_name else []
            if shared:
                out += [a for a in shared if all(o.actor != a.actor for o in out)]
                continue
            name = self._person_name(head)
            if name is not None and self.resolver.names_person(name):
                name = None  # "Mahmoud Abbas", "President Karimov": a person the tables code
            for phrase in _phrases(head, with_of=role_or_name):
                if self.resolver.is_source_org(phrase):
                    continue
                if name is not None and self._persons.get(name) is not None:
                    actor = replace(self._persons[name], text=phrase)  # "Mahmoud Abbas ... Abbas said"
                elif name is not None:
                    # "Jordan Smith, 22", "Murder victim Matthew Flores": only the words around the
                    # name may code the person ("Murder victim" -> CVL), never a place word in it; a
                    # name the tables or the gazetteer read as a place is a private person (CVL)
                    actor = _without_name(self.resolver, phrase, name)
                    if actor is None and ((read := self.resolver.resolve(name)) is not None and read.country
                                          or self._place_actor(head, people=True) is not None):
                        actor = Actor(phrase, "CVL", None, "CVL")
                else:
                    actor = self.resolver.resolve(phrase) or self._place_actor(head)
                actor = self._member_of_body(head, actor)
                if actor is not None and actor.country and head.lemma_.lower() == "national" and head.pos_ == "NOUN":
                    actor = replace(actor, actor=f"{actor.country}CVL", sector="CVL")  # "a Chinese national"
                if actor is not None and actor.country and actor.country != "USA" and any(
                        t.pos_ == "PROPN" and t.i != head.i and _us_state_follows(t.doc, t.i + 1) for t in head.subtree):
                    # "a 25-year-old Paris, Missouri, man": of the American town, not of France
                    bare = self.resolver.resolve(head.text)
                    sector = bare.sector if bare is not None else None
                    actor = Actor(phrase, f"USA{sector or ''}", "USA", sector)
                actor = self._local_namesake(head, actor)
                if (actor is None or not actor.country) and not _a_time(head):
                    # (not a day's "apposition": "fired missiles on Wednesday, South Korea's Joint Chiefs of
                    # Staff said" is the speaker the parser hung there)
                    for appos in (c for c in head.children if c.dep_ == "appos"):
                        actor = self.resolver.resolve(_phrase_text(appos)) or actor
                        if actor and actor.country:
                            break
                if actor is not None and not actor.country and actor.sector not in (None, "IGO") \
                        and (shared_country := self._shared_nationality(head)) is not None:
                    actor = replace(actor, actor=f"{shared_country}{actor.sector}", country=shared_country)
                if actor is not None and not actor.country and actor.sector != "IGO":
                    actor = self._located(head, actor)
                if actor is not None and not actor.country and actor.sector in _STATE_SECTORS:
                    owner = self._pronoun_owner(head)  # "Ukraine's military said its forces repelled ..."
                    if owner is not None:
                        actor = replace(actor, actor=f"{owner}{actor.sector}", country=owner)
                if actor is not None and actor.actor and all(a.actor != actor.actor for a in out):
                    out.append(actor)
        return out

    def _role_of_each(self, head: Token) -> list[Actor]:
        """ "the foreign ministers of India and Pakistan", "the leaders of Russia and China": a
        plural role of several countries is that role of each."""
        if head.tag_ not in ("NNS", "NNPS") and not (head.tag_ == "NNP" and head.lower_.endswith("s")):
            return []  # (a capitalised plural the tagger calls NNP: "the Foreign Ministers of Australia, India, ...")
        role = self.resolver.resolve(head.text)
        if role is None or role.country or not role.sector:
            return []
        owners = prep_objects(head, "of")
        members = [m for o in owners for m in _members(o)]
        if len(members) < 2:
            return []
        # (the whole name of a member: "the United States" is not "States")
        countries = [self.resolver.country_of(m.text) or self.resolver.country_of(_phrase_text(m, with_of=False))
                     for m in members]
        if not all(countries):
            return []
        return [Actor(_phrase_text(head, with_of=False), f"{c}{role.sector}", c, role.sector, role.title)
                for c in dict.fromkeys(countries)]

    def _pronoun_owner(self, head: Token) -> str | None:
        """The country "its" or "their" stands for, when the clause reports what a state or its
        forces said: the subject of the reporting verb ("Ukraine's military said its forces ...")."""
        if not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in head.children):
            return None
        clause = head.head
        while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
            clause = clause.head
        inside = {t.i for t in head.subtree}
        own = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i not in inside
                    and c.lower_ not in _PRONOUNS
                    and not any(x.dep_ == "poss" and x.tag_ == "PRP$" for x in c.children)),
                   None) if clause.pos_ in ("VERB", "AUX") else None
        if own is not None and not self._owning:
            # "Budanov said Russia had moved its Black Sea Fleet submarines": the clause's own state subject owns
            # them, not the one reporting (session 16). (_owning: the subject's own phrase may hold another "its":
            # "Russia and its allies moved their troops")
            self._owning = True
            try:
                country = next((a.country for a in self._actors(own) if a.country and a.sector in ("GOV", "MIL", None)
                                and a.actor == a.country + (a.sector or "")), None)
            finally:
                self._owning = False
            if country is not None:
                return country
        subject = _reporting_subject(head.head)
        if subject is None or subject.i == head.i:
            return None
        return next((a.country for a in self._actors(subject) if a.country), None)

    def _place_actor(self, head: Token, context: tuple[str, ...] = (), people: bool = False) -> Actor | None:
        """ "shelled Kharkiv", "exercises in Alaska": a city or province the actor tables do not
        know stands for its country (CAMEO codes places by country), looked up in the
        gazetteer. The small parser often tags towns as people, so a one-word "person" that is
        a sizeable town counts too; multi-word names of people never do. It also tags towns as
        nationalities: one after a place preposition ("near Kidal") counts if it is a town of
        some size."""
        if head.pos_ != "PROPN" or head.ent_type_ not in ("GPE", "LOC", "PERSON", "ORG", "FAC", "NORP", "",
                                                          *_MISREAD_TOWN_LABELS):
            return None
        entity = next((e for e in head.doc.ents if e.start <= head.i < e.end), None)
        if entity is not None and len(entity) > 1 and entity[-1].lower_ in _PROVINCE_WORDS \
                and entity[-1].text[:1].isupper():
            # "deployed troops to Kursk Oblast", "in Zaporizhzhia Oblast": a province, whatever label the small
            # model gives it (it often calls them people; session 17)
            from ..places import default_geocoder  # the gazetteer is built on first use

            entry = default_geocoder().resolve_entry(entity.text)
            if entry is not None and entry.country:
                return Actor(entity.text, entry.country, entry.country)
        if not people and self._person_name(head) is not None:
            return None  # "A 15-year-old boy shot Wilson", "Officer Rogers": a person, not a town
        nationality = head.ent_type_ == "NORP"
        if nationality and not _placed_name(head):
            return None  # "Malian soldiers": a nationality
        if head.text[:1].islower() or head.lower_ in _COMPASS:
            return None  # a tagger's proper noun in lower case ("marijuana") names no town, nor "the West"
        if head.lower_ in _PERSON_TITLES:
            return None  # "Sri Lanka's Minister of Posts": a title, though a gazetteer alias matches it (round 11)
        if head.ent_type_ == "PERSON" and head.dep_ in ("dobj", "nsubjpass") \
                and head.head.lemma_.lower() in _PATIENT_VERBS | _HARMED_PEOPLE:
            return None  # "Antoine shot Anderson": one shot, stabbed or arrested is a person, not a town
        named_place = entity is not None and entity.label_ in ("GPE", "LOC")
        placed = head.dep_ == "dobj" or (head.dep_ == "pobj" and head.head.lower_ in _PLACE_PREPS) \
            or _struck_place_of(head)
        if head.dep_ == "conj" and not placed:  # "struck Kharkiv and Odesa"
            first_member = head.head
            while first_member.dep_ == "conj" and first_member.head.i != first_member.i:
                first_member = first_member.head
            placed = first_member.dep_ == "dobj" or (
                first_member.dep_ == "pobj" and first_member.head.lower_ in _PLACE_PREPS)
        if head.ent_type_ in _MISREAD_TOWN_LABELS:
            # "shelled Kramatorsk" (a "product"), "struck Kharkiv and Odesa" (a "work of art"): the small
            # model's label is no place, so only where places stand, and the word alone, as a town
            if not (placed or (head.dep_ == "pobj" and head.head.lower_ in ("against", "upon"))):
                return None
            placed, entity = True, None
        if head.ent_type_ in ("ORG", "FAC") and not (placed and entity is not None and (
                len(entity) == 1 or _sizeable_town(entity.text))):
            return None  # ("also shelled Kharkiv": the small parser tags a town as an organisation)
        if not named_place and entity is not None and len(entity) > 1 and not placed:
            return None  # "Joe Biden": a person (but "shelled Chasiv Yar" names a town)
        first = entity.start if entity is not None else head.i
        if first > 0 and head.doc[first - 1].lower_.rstrip(".") in _HONORIFICS:
            return None  # "Mr. Año", "Gen. Kidal": a person's name, though a town bears it
        from ..places import default_geocoder  # the gazetteer is built on first use

        name = entity.text if entity is not None else head.text
        end = entity.end if entity is not None else head.i + 1
        if entity is None and head.i > 0 and head.doc[head.i - 1].dep_ == "compound" \
                and head.doc[head.i - 1].head.i == head.i and head.doc[head.i - 1].pos_ == "PROPN" \
                and default_geocoder().resolve_entry(f"{head.doc[head.i - 1].text} {name}") is None:
            return None  # "on Christmas Day and Boxing Day": the name is the whole, and no place
        if not named_place and not default_geocoder().knows_name(name):
            return None  # "charged with Assault", "Grisham and Pierce met": a spelling like a town's is none
        if _us_state_follows(head.doc, end):
            return Actor(name, "USA", "USA")  # "a Paris, Missouri, man": the American town
        entry = None
        if end < len(head.doc) and head.doc[end].lower_ in SUBDIVISION_WORDS:
            # "Plateau state" is Nigeria's, though a bare "Plateau" is a department of Benin
            entry = default_geocoder().resolve_entry(f"{name} {head.doc[end].text}")
        entry = entry or default_geocoder().resolve_entry(name, context or self._context)
        if entry is None or not entry.country:
            return None
        if nationality:  # a place of 20,000 people or more ("said in Arabic" names none)
            return Actor(name, entry.country, entry.country, None, None) if entry.population >= 20_000 else None
        if entry.kind not in _PLACE_KINDS:
            return None
        # The small parser often tags towns as people ("occupied Avdiivka"): a "person" counts as
        # a town when it stands where places stand (object of the act, "in/near X") and is a
        # town of some size, elsewhere only a sizeable one-word town.
        if not named_place and entry.kind == "city" and entry.population < (10_000 if placed else 50_000):
            return None
        return Actor(name, entry.country, entry.country, None, None)

    def _local_namesake(self, head: Token, actor: Actor | None) -> Actor | None:
        """ "Lebanon Police", "Paris Junior College president", "a Georgia jail": in a report set
        in a US state, a town or state that bears a country's or a capital's name is that town or
        state, when the geocoder, reading the whole document, places the name there (as it does
        the report's places); the actor is of that country ("Lebanon Police" in an Indiana report
        is USACOP, not Lebanon's police). Not a demonym ("Lebanese police")."""
        if actor is None or not actor.country or not self._context:
            return actor
        names = [t for t in head.subtree if t.i <= head.i and t.pos_ == "PROPN" and t.ent_type_ != "NORP"
                 and (t is head or t.dep_ in ("compound", "poss", "nmod", "amod"))
                 and self.resolver.place_country(t.text) == actor.country]
        if len(names) != 1:
            return actor
        from ..places import default_geocoder  # the gazetteer is built on first use
        entry = default_geocoder().resolve_entry(names[0].text, self._context)
        if entry is None or entry.kind not in ("city", "admin1") or not entry.country \
                or entry.country == actor.country or entry.country not in self._context:
            return actor
        if names[0] is head and entry.kind == "admin1":
            return actor  # "Allies will consult with Georgia": a state's name alone is the country ("a Georgia jail" is not)
        return replace(actor, actor=f"{entry.country}{actor.sector or ''}", country=entry.country)

    def _member_of_body(self, head: Token, actor: Actor | None) -> Actor | None:
        """ "officers from the Kentucky State Police", "deputies from the sheriff's office", "an
        official with the Interior Ministry": a generic person noun (data/actor_sectors.tsv flag
        weak, and "deputies", whom the table reads as legislators) takes the sector of the body
        it is from, with or at, and its country when it has none of its own. The one who speaks "for" a
        body is its spokesperson (cam17): "A spokeswoman for the German foreign ministry declined to comment",
        "a spokesman for the Israeli prime minister's office" (DEUGOV, ISRGOV; the body's country also
        when the sectors agree)."""
        if head.pos_ != "NOUN" or not (self.resolver.weak_role(head.text) or head.lemma_.lower() == "deputy"):
            return actor
        body = next((b for o in prep_objects(head, ("from", "with", "at", "for"))
                     for b in [self.resolver.resolve(_phrase_text(o))] if b is not None and b.sector), None)
        if body is not None and body.country and actor is not None and actor.sector == body.sector \
                and not actor.country:
            return replace(actor, actor=f"{body.country}{body.sector}", country=body.country)
        if body is None or body.sector in ("CVL", "IGO") or (actor is not None and actor.sector == body.sector):
            return actor
        country = (actor.country if actor is not None else None) or body.country
        return Actor(actor.text if actor is not None else _phrase_text(head, with_of=False),
                     f"{country or ''}{body.sector}", country, body.sector, actor.title if actor is not None else None)

    def _person_name(self, head: Token) -> str | None:
        """The text of the person's name `head` belongs to, when the sentence or the document shows
        it is a person's name and so no place, whatever town or country bears it (None otherwise):
        - a name of two or more words the recogniser calls a person and no gazetteer place is
          ("Melton Lewis Paris, 51, was found shot", "Officers arrested Jordan Smith");
        - a name with an age after it ("Wilson, 26, was arrested", "Mr Carroll (48)");
        - a name after a title of address or rank ("Officer Rogers", "Dr. Anglin", "Sheriff Taylor");
        - the object of a verb done only to people ("A 15-year-old boy shot Wilson in the head",
          "Hornsburger kidnapped Bakari", "Paris had been shot once in the head");
        - a surname of a person the document names in full (`self._persons`: "Isaac Jackson ...
          Jackson was being held"), unless the sentence uses it as a place ("in Jackson, Miss.")."""
        if head.pos_ != "PROPN" or not head.text[:1].isupper():
            return None
        doc = head.doc
        entity = next((e for e in doc.ents if e.start <= head.i < e.end), None)
        if entity is not None and entity.label_ not in ("PERSON", "GPE", "LOC", "ORG", "NORP", "FAC"):
            return None
        person = entity is not None and entity.label_ == "PERSON"
        start, end = (entity.start, entity.end) if person else (head.i, head.i + 1)
        while end - start > 1 and (doc[start].lower_.rstrip(".") in _NAME_TITLES or (
                (role := self.resolver.resolve(doc[start].text)) is not None and not role.country)):
            start += 1  # "Detective Tyler", "President Biden": the title is no part of the name
        name = doc[start:end].text
        if person and end - start >= 2 and all(t.is_alpha and t.text[:1].isupper() for t in doc[start:end]):
            from ..places import default_geocoder  # the gazetteer is built on first use
            place = default_geocoder().resolve_entry(name)
            if place is None or place.kind not in _PLACE_KINDS | {"country"}:
                return name
        if _age_follows(doc, end):
            return name
        if start > 0 and doc[start - 1].lower_.rstrip(".") in _NAME_TITLES and doc[start - 1].text[:1].isupper():
            return name
        verb = head.head
        if head.dep_ in ("dobj", "nsubjpass") and verb.pos_ == "VERB" and verb.lemma_.lower() in _DONE_TO_PEOPLE \
                and not (entity is not None and entity.label_ in ("GPE", "LOC") and end - start > 1):
            return name
        if head.text in self._persons and end - start == 1 and not _us_state_follows(doc, end) \
                and not (head.dep_ == "pobj" and head.head.lower_ in _PLACE_PREPS | {"from", "of", "to"}):
            return name
        return None

    def _of_unknown_organisation(self, head: Token) -> bool:
        """ "Alibaba leaders", "Boeing's executives": people of an organisation the tables do not
        know are its people, not a government's (but "Hamas officials", "Kremlin officials")."""
        if head.pos_ != "NOUN" or head.lemma_.lower() not in ("leader", "executive", "official", "boss", "chief",
                                                              "spokesman", "spokeswoman", "spokesperson"):
            return False
        # (an untagged name counts too: the small NER often leaves "Alibaba" untagged; round 11)
        owners = [c for c in head.children if c.dep_ in ("compound", "poss") and c.pos_ == "PROPN"
                  and c.ent_type_ in ("ORG", "")]
        return bool(owners) and all(self.resolver.resolve(_phrase_text(o, with_of=False)) is None
                                    and not self._country_word(o.text) for o in owners)

    def _unknown_organisation(self, head: Token) -> bool:
        """A named organisation or product we have no code for. A country word inside its
        name ("Lexus Philippines") does not make it that country's government; a role word
        does ("the British High Commission")."""
        if head.pos_ != "PROPN" or head.ent_type_ not in ("ORG", "PRODUCT", "FAC", "WORK_OF_ART", "EVENT"):
            return False
        entity = next((e for e in head.doc.ents if e.start <= head.i < e.end), None)
        if entity is None:
            return False
        words = [t for t in entity if t.is_alpha and t.lower_ != "the"]
        rest = [t for t in words if not self._country_word(t.text)]
        if len(rest) == len(words):
            return False  # no country word inside: nothing to misread (and NER mislabels people)
        if head.ent_type_ == "FAC" and _sizeable_town(entity.text):
            return False  # "Drones struck Port Sudan": a city named after its country, not a company
        if all(t.lower_ in _STATE_NAME_WORDS for t in rest) and any(t.lower_ in _STATE_FORMS for t in rest):
            return False  # "the Russian Federation", "the Islamic Republic of Iran": the state's own name
        return bool(rest) and self.resolver.resolve(" ".join(t.text for t in rest)) is None \
            and all(self.resolver.resolve(t.text) is None for t in rest)

    def _shared_nationality(self, head: Token) -> str | None:
        """A bare role coordinated after one with a nationality shares it (cam17): "the Venezuelan
        government and opposition" (VENOPP), "Sudanese troops and police", "the Afghan government and
        army". Only a member with no modifier of its own ("Israeli troops and Hamas militants" name both)."""
        if head.dep_ != "conj" or head.pos_ != "NOUN" \
                or any(c.dep_ in ("amod", "compound", "poss", "nmod") for c in head.children):
            return None
        first = head
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        for c in first.children:
            if c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE") and self._country_word(c.text):
                return self.resolver.resolve(c.text).country
        return None

    def _country_word(self, word: str) -> bool:
        """A country name, capital or demonym standing alone ("Nigeria", "American"), not a
        country-specific institution ("Congress")."""
        actor = self.resolver.resolve(word)
        return actor is not None and actor.country is not None and actor.sector == "GOV" \
            and actor.title is None

    def _located(self, head: Token, actor: Actor) -> Actor:
        """ "a court in Guyana", "rebels from Syria": a bare sector gets its place's country."""
        # ("the victims of Russia's strikes": what befell them, not where they are from)
        befell = head.lemma_.lower() in ("victim", "survivor")
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lemma_.lower() in ("in", "from", "of", "across", "throughout") \
                    and not (befell and prep.lemma_.lower() == "of"):
                for pobj in prep.children:
                    if pobj.dep_ != "pobj":
                        continue
                    # "a court in Guyana", "ministers from the Georgian government"
                    country = self.resolver.country_of(pobj.text) if pobj.ent_type_ == "GPE" else None
                    if country is None and pobj.pos_ in ("NOUN", "PROPN"):
                        owner = self.resolver.resolve(_phrase_text(pobj))
                        country = owner.country if owner is not None and owner.sector != "IGO" else None
                    if country:
                        return Actor(actor.text, f"{country}{actor.sector or ''}", country, actor.sector,
                                     actor.title)
        return actor


_ARMED_THINGS = _ATTACK_NOUNS | _WEAPONS  # (strikes and weapons: `_armed_act_of`)

# Acts whose "of" names the place they befall: "the bombardment of Kharkiv", "the siege of Mariupol".
_PLACE_OF_ACTS = _ATTACK_NOUNS | {"siege", "blockade", "capture", "encirclement", "storming", "occupation",
                                  "liberation", "evacuation", "fall", "defence", "defense"}


# Words that close a province's name ("Kursk Oblast", "Kalbajar District", "Black Hawk County"); not "State",
# which closes universities and teams too ("Ohio State beat Michigan").
_PROVINCE_WORDS = frozenset(w for w in SUBDIVISION_WORDS if w != "state")


def _sizeable_town(name: str) -> bool:
    """A name of several words the small model tags as a facility or an organisation that the gazetteer knows as
    a city of 100,000 or more or a capital ("Drones struck Port Sudan", "shelled Kryvyi Rih"): where it stands
    as a place, it is that city (session 17; a smaller namesake of a company or a building stays unplaced)."""
    from ..places import default_geocoder  # (built on first use)

    entry = default_geocoder().resolve_entry(name)
    return entry is not None and entry.kind == "city" and (entry.population >= 100_000 or entry.capital)


def _struck_place_of(head: Token) -> bool:
    """ "condemned the bombardment of Kharkiv", "after the fall of Avdiivka": the name after "of" an act done
    to a place stands where places stand (the small model tags such towns as organisations)."""
    return head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.i != head.head.i \
        and head.head.head.lemma_.lower() in _PLACE_OF_ACTS


def _armed_act_of(subject: Token, actor: Actor) -> Actor:
    """A strike or a weapon that acts is its state's military: "Israeli air strikes killed 27 people",
    "A Russian missile hit a school", "Russian shelling wounded five" give ISRMIL, RUSMIL (the nationality
    alone reads as the government). Only the doer: "condemned Russia's missile strikes" keeps its target's
    code, and a weapon that is acted on ("the launch of a missile") is no actor here (session 13)."""
    if actor.sector != "GOV" or not actor.country:
        return actor
    if subject.lemma_.lower() in _ARMED_THINGS or subject.lower_ in _ARMED_THINGS:
        return replace(actor, actor=f"{actor.country}MIL", sector="MIL")
    return actor
