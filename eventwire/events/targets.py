"""Whom an act is aimed at: the candidate targets a verb's parse names, best first, and the one
target chosen among them.

- "imposed sanctions on Iran", "support for Ukraine": the preposition names the target, by CAMEO family
  (`_TARGET_PREPS`, `_OBJECT_TARGET_PREPS`);
- "Okruashvili was sentenced": the passive's subject, a person the tables do not know, is one of the
  people (`TargetReader._named_people`, `_patients`);
- "killed 12 civilians in Kharkiv": the people stay the target, as people of Ukraine, not the city
  (`_chosen_target`); "arrived in Amman", no one else named: the place's country (`_place_targets`).

Also the nouns a verb acts on (`_objects`, `_listed_objects`, `_misparsed_objects`), which the
trigger matcher reads too.

`TargetReader` is a mixin of EventCoder: its methods call the party reader and each other, and
`_chosen_target` is a phase of EventCoder._event. Helpers that need only the parse are plain functions.
"""
from __future__ import annotations

from typing import Iterable

from spacy.tokens import Doc, Token

from ..records import Actor
from .ace_news import framework_of_the_act
from .parties import _armed_act_of, _counted, _phrase_text, _Roles
from .placing import people_of, _TOPIC_VERBS
from .syntax import (_ATTACK_NOUNS, _counted_shot, _DOCUMENT_NOUNS, _FEELING_VERBS, _FIGHTING, _FOUND_VERBS,
                     fronted_participle, _HARMING_ROOTS, has_prep, _headline_participle, inverted_participle,
                     inverted_subjects, is_coded, _is_passive, _left_harmed, _Match, misread_attack_noun, _PATIENT_VERBS, _PEOPLE_SECTORS,
                     prep_objects, _reduced_passive, _REPRESSIVE_ROOTS, _STATUS_VERBS, _VIOLENT_ROOTS)
from .triggers import _JUDGED_IN_SPEECH, _ORDERED_RELEASE, _place_read_as_adverb


# Which prepositions introduce the target, by CAMEO family: "met with X", "sanctions on X",
# "support to/for X", "attacks on/against X". A meeting "on Russia" is about Russia, not with it.
_DEFAULT_TARGET_PREPS = ("to", "against", "with", "toward", "towards")
# On the object noun the preposition names whom the thing is for or against: "sanctions on
# Iran", "support for Ukraine", "aid to Gaza".
# "calls by Belarus's rulers", "an offer from Afghanistan", "the removal of X": whose the thing is.
_OBJECT_TARGET_PREPS = ("to", "for", "on", "against", "with", "toward", "towards", "into", "upon", "by", "from", "of",
                        "between")


_TARGET_PREPS = {
    # comments are about someone: "expressed concern about Russia's buildup"
    "01": ("to", "with", "about", "over", "regarding", "at"),
    # (cam17: criticism aimed "at" someone, "lashed out at Saudi Arabia")
    "02": ("to", "on", "upon"), "03": ("to", "with"), "04": ("with", "to", "between"),
    "05": ("with", "to", "for"), "06": ("with", "to", "alongside"), "07": ("to", "for"), "08": ("to", "for", "from", "of"),
    "09": ("into", "against"), "10": ("to", "from", "of", "on", "upon"), "11": ("against", "with", "over", "about", "at"),
    "12": ("from", "of", "to"),
    # (rec20: force is shown at whom it is aimed, "drills around Taiwan", "warning shots at a patrol boat")
    "13": ("against", "with"), "14": ("against", "outside", "at"), "15": ("against", "toward", "towards", "to", "around", "near", "at"),
    "16": ("on", "against", "from", "with", "to"), "17": ("on", "against", "for", "from", "at"), "18": ("on", "against", "at"),
    "19": ("on", "against", "at", "into", "with", "to"), "20": ("on", "against"),
}


_LIGHT_NOUNS = {"effort", "process", "program", "programme", "operation", "campaign", "package", "mission",
                "day", "week", "month", "hour",  # "launched ten days of war games"
                "initiative", "plan", "deal", "activity", "work", "part", "round", "series", "wave", "batch",
                "tranche", "set", "number", "lot", "amount", "shipment", "delivery", "state",
                # "announced a surge of military assistance", "raised other matters of concern",
                # "announcing new measures of support for Ukraine" (aid, not the threat "announced measures")
                "surge", "matter", "measure"}


# Threats, demands and refusals are aimed at whoever must meet their condition.
_CONDITIONED_ROOTS = {"10", "12", "13"}


# Acts aimed at another party (demands, criticism, rejections, threats, sanctions): a country named
# only in their object is the other party's.
# What two parties share, whose "with" names the other: "its border with Somalia", "its ties with Iran".
_SHARED_NOUNS = {"border", "frontier", "crossing", "tie", "relation", "link"}


# Amounts an act gives or takes: "$500 million in assistance", "a tranche of aid".
_AMOUNT_NOUNS = {"million", "billion", "trillion", "tranche", "package", "share", "batch", "shipment", "worth",
                 "euro", "dollar", "pound", "yen", "yuan", "ruble", "rouble", "franc",  # "500 million euros in military aid"
                 # measures of what is given (cam17): "delivered 40 tonnes of humanitarian aid", "sent 200 truckloads
                 # of food", "shipped 5,000 barrels of fuel"
                 "tonne", "ton", "kilogram", "kilo", "litre", "liter", "gallon", "barrel", "truckload", "planeload",
                 "shipload", "consignment", "cargo", "load"}


# Matches that are not events, each a named rule (checked in order by _not_an_event).
def _talked_about(m: _Match) -> bool:
    """A discussion's object is its topic, not whom one talked with (round evprec19): "The Vice
    President and the President discussed China and Taiwan", "the two officials discussed recent
    actions taken by the DPRK", "reviewed Russia's troop movements" name no party met; only "with"
    does ("discussed the war with President Macron"). Meetings told by a noun ("held talks on Iran
    with ...") and other roots keep their objects."""
    return m.trigger.cameo[:2] == "04" and m.verb.pos_ == "VERB" and m.verb.lemma_.lower() in _TOPIC_VERBS


def _two_unplaced_people(source: Actor, target: Actor, cameo: str) -> bool:
    """ "A man killed his girlfriend": two people of no country share the bare code CVL but are
    not one party; the one harmed stays the target (not "the man defended himself")."""
    return cameo[:2] in _HARMING_ROOTS and not source.country and not target.country \
        and target.text.lower() != source.text.lower() \
        and target.text.lower().split()[-1] not in ("himself", "herself", "themselves", "itself")


# Bearings the tagger reads as adverbs of the verb, with the place after "of" (front-line reports).
_BEARINGS = {"north", "south", "east", "west", "northwest", "northeast", "southwest", "southeast",
             "north-west", "north-east", "south-west", "south-east"}


_REPELLING = {"repel", "repulse", "thwart", "foil", "rebuff", "counter", "fend", "beat", "withstand", "intercept"}


_PARTNERING_NOUNS = {"partnership", "coordination", "cooperation", "concert", "conjunction", "collaboration",
                     "consultation", "solidarity", "alliance", "tandem", "lockstep", "league", "step"}


def _month_name(token: Token) -> bool:
    """ "March 31", "on March 4", "in March": the month, not a march (evlgl15; capitalised with a day or
    a year next to it, or tagged a date)."""
    if token.text != "March":
        return False
    near = [token.doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(token.doc)]
    return token.ent_type_ == "DATE" or any(t.like_num for t in near) or any(
        c.lower_ in ("in", "on", "since", "until", "by", "early", "late", "mid") for c in near[:1])


def _lemma_matches(token: Token, lemmas: frozenset[str]) -> bool:
    if _month_name(token):
        return False  # "holding the next public forum ... on March 31": a date, no march
    lemma = token.lemma_.lower()
    if lemma in lemmas or token.lower_ in lemmas:
        return True
    if "-" in lemma and lemma.replace("-", "") in lemmas:  # "cease-fire", "pull-back"
        return True
    modifiers = [c.lemma_.lower() for c in token.lefts if c.dep_ in ("compound", "amod")]
    for k in range(1, len(modifiers) + 1):  # "war game", "three-day cease-fire"
        mods = modifiers[-k:]
        if {f"{' '.join(mods)} {lemma}", f"{''.join(mods)}{lemma}", f"{'-'.join(mods)}-{lemma}"} & lemmas:
            return True
    # "mediation efforts", "aid package": the modifier names the thing when the head is light.
    return lemma in _LIGHT_NOUNS and any(m in lemmas for m in modifiers)


_DONE_BY_ROOTS = {"05", "11", "12"}


def _act_done_by(verb: Token, cameo: str) -> bool:
    """A reaction to an act whose doer the parser hangs on the verb as "by X" (cam17): "North Korea
    blasted the joint military drills by Seoul and Washington", "the EU welcomed the decision by Serbia",
    "Iran rejected the proposal by Washington" criticise, praise, reject the act's doer. Only for an
    active verb whose direct object is a thing (an act) the "by" phrase directly follows (a passive's "by"
    is its doer: "was condemned by the UN"; "blamed me for the outrage by his own people" is no act's doer)."""
    if cameo[:2] not in _DONE_BY_ROOTS or _is_passive(verb):
        return False
    ends = {max(t.i for t in c.subtree) + 1 for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"}
    return any(c.dep_ == "prep" and c.lower_ == "by" and c.i in ends for c in verb.children)


def _objects(verb: Token) -> Iterable[Token]:
    """Nouns the verb acts on: objects, attributes, passive subjects, prepositional objects."""
    for c in verb.children:
        if c.dep_ in ("dobj", "attr", "nsubjpass", "dative", "oprd"):
            yield c
            if _counted(c) is not c:  # "expelled dozens of refugees"
                yield _counted(c)
            yield from c.conjuncts  # "launched air and artillery strikes"
            if c.lemma_.lower() in _LIGHT_NOUNS | _AMOUNT_NOUNS:  # "take part in exercises", "a package of aid",
                # "froze 200 billion euros in Russian central bank assets"
                yield from prep_objects(c)
        elif c.dep_ in ("prep", "agent"):
            if c.lower_ == "out":  # "walked out of the Black Sea Grain Initiative"
                yield from prep_objects(c, "of")
            for o in c.children:
                if o.dep_ in ("pobj", "pcomp") and not framework_of_the_act(o):
                    yield o
        elif c.dep_ == "xcomp":
            yield c
        elif c.dep_ in ("advmod", "acomp", "oprd") and c.lower_ in _FIRE_STATES:
            yield c  # "set their house ablaze": the state the object is set in names the act


# Words of a thing set burning, which the parser reads as adverbs (`_objects`): "two men came in, set their
# house ablaze" (TR-News, round evtr17), "rioters set the police station alight", "set the car afire".
_FIRE_STATES = {"ablaze", "alight", "afire"}


def _listed_objects(verb: Token) -> list[Token]:
    """ "raised the importance of cross-Strait peace, the U.S. commitment to freedom of navigation,
    concerns about PRC support for Russia's defense industrial base, and ...": the parser chains a
    long list of objects as appositions of the first; each is the verb's object (round 11)."""
    chain: list[Token] = []
    todo = [c for c in verb.children if c.dep_ == "dobj"]
    while todo:
        for c in todo.pop().children:
            if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > verb.i and c not in chain:
                chain.append(c)
                todo.append(c)
    # a list of three or more ("particularly air defense" after "Ukraine's ability" names the same thing)
    return [t for c in chain for t in (c, *c.conjuncts)] if len(chain) >= 2 else []


def _misparsed_objects(verb: Token) -> list[Token]:
    """ "welcomed President Yoon's announcement of the strategy and the two leaders discussed ...":
    the parser makes the object the subject of the next clause; a clause with no "that" and
    no comma, whose subject directly follows the verb and is joined by "and" to the real
    subject, is the verb's object and a new clause (not "get the funding passed")."""
    if any(c.dep_ == "dobj" for c in verb.children):
        return []
    # "Russian forces have made marginal gains west of Donetsk City": the parser makes the bearing
    # a clause and the object its subject
    bearing = [s for c in verb.children if c.dep_ == "ccomp" and c.lower_ in _BEARINGS
               and has_prep(c, "of")
               for s in c.children if s.dep_ == "nsubj" and s.pos_ == "NOUN" and s.i < c.i]
    return bearing + _reduced_relative_objects(verb) + [s for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i
            and not any(m.dep_ == "mark" for m in c.children)
            for s in c.children if s.dep_ == "nsubj" and s.pos_ == "NOUN"
            and min(t.i for t in s.subtree) == verb.i + 1
            and any(j.dep_ == "conj" for j in s.children)]  # (the next clause's subject, joined by "and")


def _reduced_relative_objects(verb: Token) -> list[Token]:
    """ "Air defences downed 30 of 35 drones launched overnight", "shot down most of the missiles
    fired at Kyiv": the parser reads the object and the participle after it ("launched", "fired") as
    a clause of its own. A past participle (VBN) with no auxiliary and no "that", whose subject
    directly follows the verb (or its particle), is a reduced relative on the verb's object; a real
    clause has a finite verb ("Kyiv said Russia launched 40 drones": VBD)."""
    found: list[Token] = []
    for c in verb.children:
        if c.dep_ != "ccomp" or c.tag_ != "VBN" or c.i < verb.i \
                or any(a.dep_ in ("aux", "auxpass", "mark") for a in c.children):
            continue
        after = max([verb.i] + [p.i for p in verb.children if p.dep_ == "prt"]) + 1
        for s in c.children:
            if s.dep_ == "nsubj" and s.left_edge.i == after and s.pos_ in ("NOUN", "NUM", "PROPN", "ADJ"):
                found.append(s)
                if _counted(s) is not s:  # "30 of 35 Shahed drones" -> "drones"
                    found.append(_counted(s))
    return found


# Verbs of coming together: where they happen is a venue, not a party.
_GATHERING = {"meet", "convene", "gather", "reconvene", "assemble"}
# Talks somewhere are held there, with no one of the place as a party.
_TALKS_HELD = {"talk", "talks", "negotiation", "negotiations", "meeting", "summit", "consultation", "dialogue",
               "conference", "round"}


# A trigger's own object noun that names the doer's act ("reaffirmed U.S. support for Ukraine"): its
# possessor is the doer's side. (Welcoming or praising "France's support" is about France's.)
# Roots of judging another's act (praise, disapproval, rejection): the act's owner is the target
_JUDGED_ROOTS = {"05", "11", "12"}
_OWN_ACT_NOUNS = {"support", "commitment", "solidarity", "backing", "pledge", "assistance", "aid", "help"}
_OWNING_VERBS = {"reaffirm", "reiterate", "express", "voice", "declare", "underscore", "underline", "emphasize",
                 "emphasise", "stress", "affirm", "restate", "pledge", "promise", "offer", "provide", "extend", "give",
                 "announce", "confirm", "signal", "show", "demonstrate", "send", "deliver"}


def _own_act(m: _Match) -> bool:
    return m.obj is not None and m.obj.lemma_.lower() in _OWN_ACT_NOUNS and m.verb.lemma_.lower() in _OWNING_VERBS


# Crimes only a person is charged with (a company is charged with fraud).
_PERSONAL_CRIMES = {"assault", "murder", "rape", "manslaughter", "homicide", "robbery", "burglary", "kidnapping",
                    "battery", "stabbing", "shooting", "killing", "dui", "arson", "theft", "abuse"}


# What is done to people only, never to a company or a body.
_ONLY_PEOPLE = {"sentence", "jail", "imprison", "arrest", "kill", "shoot", "stab", "murder", "wound", "injure",
                "execute", "behead", "kidnap", "abduct", "convict", "detain"}


# What "Both" undergoes as people (evlgl17): the police's and the courts' acts, and harm.
_PEOPLE_PASSIVES = {"charge", "arrest", "sentence", "convict", "jail", "imprison", "detain", "indict", "arraign",
                    "book", "cite", "shoot", "stab", "kill", "injure", "wound", "beat", "attack", "assault"}


# What only people undergo at the hands of the police or a court: its passive subject is someone (evlgl15).
_LEGAL_PATIENT_VERBS = {"arraign", "indict", "sentence", "convict", "arrest", "jail", "imprison", "detain"}
# Verbs whose subject ends up undergoing their complement: "wound up being stabbed", "got shot".
_ENDED_UP = {"wind", "end", "get"}


# prepositions that aim an act at what follows ("marched on parliament", "fired into the crowd")
_AIMED_PREPS = frozenset({"on", "upon", "at", "into", "toward", "towards", "against"})


def _no_known_party(actor: Actor | None) -> bool:
    """A headline's head noun the tables know no party for: no entry at all, or a bare word for a
    private person ("Girl", "Woman", "Teen": CVL with no country), which the title case of "Girl,
    16, attacked in Lancaster park", "Woman, 54, stabbed near park", "Teen, 17, shot in Overland"
    makes a proper noun the other readings of the passive's patient pass over (evlgl17)."""
    return actor is None or (actor.country is None and actor.actor == "CVL" and actor.sector == "CVL")


def _temporal(prep: Token) -> bool:
    """ "on Tuesday", "in September": a time, not the preposition of a phrasal verb."""
    return any(o.ent_type_ in ("DATE", "TIME") for o in prep.children if o.dep_ == "pobj")


# Where a person is put when taken in: "taken into custody", "placed in detention".
_HOLDING_PLACES = {"custody", "detention", "jail", "prison"}


def _held(verb: Token) -> bool:
    """A verb of being taken or held somewhere ("being taken into custody", "being placed in
    detention", "after being booked into jail") or arrested: what happens to a person, never a thing."""
    return verb.lemma_.lower() in ("arrest", "detain", "jail", "imprison") or any(
        o.lemma_.lower() in _HOLDING_PLACES for o in prep_objects(verb))


def _subject_after_comma(verb: Token, deps: tuple[str, ...]) -> Token | None:
    """Of two subjects the parser gives one verb, the one after a comma, when the first has a participle
    of its own: "Soldier killed in Kabul blast, suspect arrested" -> suspect (the soldier was killed)."""
    subjects = [c for c in verb.children if c.dep_ in deps]
    if len(subjects) < 2 or not any(c.dep_ == "acl" for c in subjects[0].children):
        return None
    commas = [t.i for t in verb.doc[subjects[0].i:verb.i] if t.text in (",", ";")]
    after = [c for c in subjects if commas and c.i > commas[-1]]
    return after[0] if after else None


class TargetReader:
    """Reads the targets of a verb's parse and chooses one (a phase of EventCoder._event)."""

    def _chosen_target(self, m: _Match, r: _Roles, doc: Doc) -> None:
        """The one target: people rather than their city, a coded party rather than a bare sector,
        another country's rather than one's own; else the people of one's own country acted on,
        the place an event commented on happened, the country of an official met abroad."""
        verb, source, places, targets = m.verb, r.source, r.places, r.targets
        # "killed 12 civilians in Kharkiv", "arrested six protesters in Minsk": the people stay
        # the target, as people of that country, rather than the city.
        where = {a.country for a in places if a.country}
        if len(where) == 1:
            targets = [people_of(t, next(iter(where)), m.trigger.cameo) for t in targets]
        # Prefer a target with a country (or an IGO) over a bare sector ("its troops").
        # ... and, of two, the one of another country ("lodged a protest with Beijing over the detention
        # of a Japanese citizen": Japan protests to China)
        own = r.sources[0].country if r.sources and r.sources[0].country else None
        # (those harmed before where: "a landmine blast killed three soldiers in Mali's Mopti region")
        last = places if m.trigger.cameo[:2] in _HARMING_ROOTS else []
        targets = sorted(targets, key=lambda a: (a in last, not is_coded(a), own is not None and a.country == own))
        target = next((t for t in targets if not source or t.actor != source.actor
                       or _two_unplaced_people(source, t, m.trigger.cameo)), None)
        if target is None and source is not None and source.country and m.trigger.cameo[:2] in _REPRESSIVE_ROOTS \
                and m.trigger.cameo != "192":  # taking a town back in one's own country is not a crackdown
            # "imposed a curfew in Cizre", "threatened a curfew in Algiers": a government acting
            # in its own country acts on the people there.
            local = next((t for t in places + targets if t.country == source.country
                          and t.sector in (None, "GOV")), None)
            if local is not None:
                target = Actor(local.text, f"{local.country}CVL", local.country, "CVL")
        if target is None and m.obj is not None and m.trigger.cameo[:2] == "01":
            # "claimed responsibility for the attack in Kenya's capital", "expressed sorrow
            # over the shooting in Dnipro": a comment on an event concerns where it happened.
            about = [t for c in verb.children if c.dep_ not in ("nsubj", "nsubjpass") for t in c.subtree]
            target = next((a for t in about if t.ent_type_ == "GPE" and t.dep_ != "compound"
                           # ("for the casualties of Russia's strikes": the doer, not where)
                           and not (t.dep_ == "poss" and t.head.lemma_.lower() in _ATTACK_NOUNS | _FIGHTING)
                           and not any(h.lemma_.lower() == "behalf" for h in t.ancestors)  # (for whom one speaks)
                           for a in self._actors(t) if a.country and (not source or a.country != source.country)),
                          None)
        if target is not None and not is_coded(target) and target.sector in ("GOV", "MIL") \
                and m.trigger.cameo[:2] == "04" and source is not None and source.country:
            # "held talks with President X during a visit to Beirut": an unplaced official met
            # abroad belongs to the one other country the sentence names.
            subject = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
            others = {c for t in doc if t.pos_ == "PROPN" and t.ent_type_ != "PERSON" and t.i not in subject
                      and (c := self.resolver.country_of(t.text)) and c != source.country}
            if len(others) == 1:
                country = others.pop()
                target = Actor(target.text, f"{country}{target.sector}", country, target.sector, target.title)
        r.targets, r.target = targets, target

    def _targets(self, m: _Match, conditioned: bool = False) -> list[Actor]:
        """Candidate targets, best first: the patient of a passive, the object, a
        prepositional object, the owner of the object, the subject of a complement
        ("demanded that the US cancel..."), and last the country the act took place in."""
        verb = m.verb
        found: list[Actor] = []
        if _talked_about(m):
            return self._talked_with(verb)
        if verb.lemma_.lower() in _REPELLING:
            # "repelled the Russian attack on Kyiv": fought whoever attacked, not the place attacked
            for obj in (c for c in verb.children if c.dep_ == "dobj"):
                # (the attack's nationality is its military: "repelled 41 Russian assaults" -> RUSMIL)
                found += [_armed_act_of(obj, a) for c in obj.lefts if c.dep_ in ("poss", "amod", "compound", "nmod")
                          for a in self._actors(c) if a.country]
        if _is_passive(verb):
            found += self._patients(verb)
        elif misread_attack_noun(verb) is not None and _is_passive(verb.head):
            found += self._patients(verb.head)  # "A school was damaged in Russian shelling": the school
        found += self._actors_of_dep(verb, ("dative",))
        objects_first = m.trigger.target in ("obj", "actor")
        if objects_first and m.trigger.cameo[:2] in _JUDGED_ROOTS:
            found += self._judged_doers(verb)
        if objects_first:
            found += self._object_actors(m)
            if not found and m.trigger.cameo[:2] in _JUDGED_ROOTS:
                # "condemned Russia's latest missile and drone attacks against Ukraine's energy infrastructure":
                # the act judged is its owner's, ahead of whom the act was aimed at (session 16)
                found += [a for c in verb.children if c.dep_ == "dobj" for a in self._possessors(c)]
            if (place := _place_read_as_adverb(verb)) is not None:
                found += self._actors(place)  # "Senior U.S. military official visits Georgia"
        if m.trigger is _JUDGED_IN_SPEECH and m.obj is not None:
            # "China said the US statement was irresponsible": whose statement it is, or who is judged
            found += [a for c in m.obj.children if c.dep_ in ("poss", "compound", "amod", "nmod")
                      for a in self._actors(c) if a.country or a.sector == "IGO"] or self._actors(m.obj)
        if m.trigger is _ORDERED_RELEASE and m.obj is not None:
            found += self._actors(m.obj)  # "The court ordered the journalist released": the one freed
        preps = _TARGET_PREPS.get(m.trigger.cameo[:2], _DEFAULT_TARGET_PREPS)
        if m.trigger.target == "prep":
            # a row's own aimed preposition names its target: "marched on parliament", "charged at
            # the lines" (not a place preposition: "massed in the square" is where)
            preps = preps + tuple(sorted(p for p in m.trigger.preps & _AIMED_PREPS if p not in preps))
        if m.trigger.cameo[:2] in _VIOLENT_ROOTS and any(c.dep_ == "dobj" for c in verb.children):
            # "hit an oil refinery with long-range drones": with an object struck, "with" names the weapon
            preps = tuple(p for p in preps if p != "with")
        # On a text ("the Treaty on Conventional Forces", "a resolution on Iran") only its
        # parties are targets ("an agreement with the EU"), not its subject.
        object_preps = ("with", "between", "to", "by") if m.obj is not None \
            and m.obj.lemma_.lower() in _DOCUMENT_NOUNS else _OBJECT_TARGET_PREPS + preps
        if m.trigger.cameo[:2] == "04":  # "a meeting on Russia and Ukraine" is about them, not with them
            object_preps = tuple(p for p in object_preps if p not in ("on", "of", "about", "over"))
        if m.obj is not None and m.obj.lemma_.lower() in ("package", "tranche", "batch"):
            # "announced an additional $15.8 million package of support for Ukraine": the parser hangs the
            # recipient on what the package holds (session 17)
            found += [a for held in prep_objects(m.obj, ("of",), by="lemma")
                      for o in prep_objects(held, ("for", "to"), by="lemma") for a in self._actors(o)]
        if m.obj is not None and m.obj.lemma_.lower() in _OWN_ACT_NOUNS:
            # "reaffirmed the unwavering support of the United States for Ukraine": "of" names whose support it
            # is (the doer's side), "for" whom; the parser may hang "for Ukraine" on the owner (session 16)
            object_preps = tuple(p for p in object_preps if p != "of")
            found += [a for owner in prep_objects(m.obj, ("of",), by="lemma")
                      for o in prep_objects(owner, ("for", "to"), by="lemma") for a in self._actors(o)]
        if verb.lemma_.lower() in _FEELING_VERBS:
            preps = preps + ("by",)  # "alarmed by Russia's nuclear rhetoric": what the feeling is about
        elif _act_done_by(verb, m.trigger.cameo):
            preps = preps + ("by",)  # "North Korea condemned the drills by South Korea" (cam17)
        # What the trigger noun is aimed at first: in "imposed sanctions on five Iranian officials over
        # drone deliveries to Russia" the parser hangs "to Russia" on the verb
        aimed = tuple(p for p in ("on", "against") if p in object_preps)
        if m.obj is not None and m.obj.lemma_.lower() in _SHARED_NOUNS and "with" not in preps:
            preps = preps + ("with",)  # "closed its border with Somalia": the parser hangs "with" on the verb
        # ("pulled its troops back from Kyiv", "moved out of Kherson": the parser hangs the phrase on the particle)
        particles = [(c, preps) for c in verb.children if c.dep_ in ("prt", "advmod")
                     and c.lower_ in ("back", "out", "away", "off")]
        holders = ([(m.obj, aimed)] if m.obj is not None and aimed else []) + [(verb, preps)] + particles \
            + ([(m.obj, object_preps)] if m.obj is not None else [])
        read: set[int] = set()
        for holder, allowed in holders:
            for prep in holder.children:
                if prep.dep_ in ("prep", "dative", "agent") and prep.lemma_.lower() in allowed and prep.i not in read:
                    read.add(prep.i)
                    for pobj in prep.children:
                        if pobj.dep_ == "pobj" and pobj.lemma_.lower() != "behalf" \
                                and not (prep.lower_ == "at" and m.trigger.cameo[:2] == "17"
                                         and pobj.lemma_.lower() in self.lexicon.nouns):
                            # ("expressed condolences on behalf of the United States": for whom one
                            # speaks, not to whom)
                            # ("fired tear gas at demonstrators", but "arrested dozens at a protest")
                            # "strikes on Ukraine's energy infrastructure": whose the thing is
                            found += self._actors(pobj) or self._possessors(pobj)
        if not objects_first:
            found += [a for a in self._object_actors(m) if a.country]
        dobjs = [c for c in verb.children if c.dep_ == "dobj" and (m.obj is None or c.i != m.obj.i)]
        # "ratified an agreement with the EU", "ordered strikes on Kyiv", "rejected calls by
        # Moscow", "dismissed an appeal from the President": whom the thing concerns or whose it is.
        for obj in dobjs:
            found += [a for o in prep_objects(obj, preps + ("on", "against", "by", "from"), by="lemma")
                      for a in self._actors(o)]
        for obj in ([m.obj] if m.obj is not None else []) + dobjs:
            if obj is m.obj and _own_act(m):
                continue  # "reaffirmed U.S. support for Ukraine": whose support it is, the doer's side
            found += self._possessors(obj)
            # "condemned the move announced by US Secretary of State Pompeo": whose move it is
            found += [a for part in obj.children if part.dep_ == "acl" and part.tag_ == "VBN"
                      for agent in part.children if agent.dep_ == "agent"
                      for o in agent.children if o.dep_ == "pobj" for a in self._actors(o)]
        for comp in verb.children:  # "helping Moscow (to) rebuild", "demanded that the US cancel"
            if comp.dep_ in ("ccomp", "xcomp"):
                found += self._actors_of_dep(comp, ("nsubj",))
        if not found:
            found = self._nested_targets(verb, m.obj)
        if not found:
            found = self._complement_targets(verb)
        if not found and m.trigger.cameo[:2] == "14":
            found = self._protested(verb)
        if not found and (conditioned or m.trigger.cameo[:2] in _CONDITIONED_ROOTS):
            found = self._conditioned(verb) + self._conditioned(verb.head)
        return found + self._place_targets(m)

    def _judged_doers(self, verb: Token) -> list[Actor]:
        """Who did the act a judgement is about, as its "by" phrase names them: "condemned the shelling of
        Kharkiv by Russian forces" (RUSMIL), "denounced the arrest of three journalists by Belarusian
        police" (BLRCOP), "praised the release of the hostages by Hamas": the doer is judged, ahead of
        whom the act hit (the parser may hang "by" on the act's "of" object)."""
        acts = [o for o in verb.children if o.dep_ == "dobj" and o.lemma_.lower() in self.lexicon.nouns]
        doers = [w for o in acts for w in (prep_objects(o, "by", by="lemma")
                                           + [x for of in prep_objects(o, "of", by="lemma")
                                              for x in prep_objects(of, "by", by="lemma")])]
        if acts and not doers and not _is_passive(verb):
            doers = prep_objects(verb, "by", by="lemma")  # (an active verb has no agent: the act's "by")
        return [a for w in doers for a in self._actors(w)]

    def _talked_with(self, verb: Token) -> list[Actor]:
        """Whom a discussion was held with: the objects of its "with" (`_talked_about`), also where the
        parser hangs it on the topic ("discussed the war in Ukraine with President Macron")."""
        holders = [verb] + [c for c in verb.children if c.dep_ == "dobj"]
        return [a for h in holders for o in prep_objects(h, ("with",), by="lemma") for a in self._actors(o)]

    def _complement_targets(self, verb: Token) -> list[Actor]:
        """A frame verb coded on its own ("promised to continue military aid to Mozambique",
        "refused to commit troops to the mission"): whom its complement's act is aimed at,
        else where it would happen ("threatened to impose a curfew in Algiers")."""
        found: list[Actor] = []
        places: list[Actor] = []
        for comp in (c for c in verb.children if c.dep_ == "xcomp"):
            found += self._actors_of_dep(comp, ("dobj", "dative"))
            for holder in [comp] + [c for c in comp.children if c.dep_ == "dobj"]:
                for prep in holder.children:
                    if prep.dep_ not in ("prep", "dative"):
                        continue
                    objects = [o for o in prep.children if o.dep_ == "pobj"]
                    if prep.lemma_.lower() in ("to", "with", "against", "on"):
                        found += [a for o in objects for a in self._actors(o)]
                        # "refused to respond to a demand from the US President": whose it is
                        found += [a for o in objects if o.pos_ == "NOUN"
                                  for w in prep_objects(o, ("from", "by"), by="lemma") for a in self._actors(w)]
                    elif prep.lemma_.lower() in ("in", "into"):
                        places += [a for o in objects if o.ent_type_ in ("GPE", "LOC")
                                   for a in self._actors(o) if a.country]
        return found or places

    def _nested_targets(self, verb: Token, obj: Token | None) -> list[Actor]:
        """A target one noun further down: "a suspension of air links with Serbia",
        "mobilized reservists for a possible war against Iraq"."""
        nouns = [o for prep in verb.children if prep.dep_ == "prep" and not _temporal(prep)
                 for o in prep.children if o.dep_ == "pobj" and o.pos_ == "NOUN"]
        for holder in [c for c in verb.children if c.dep_ == "dobj"] + ([obj] if obj is not None else []):
            # ("a package of aid to Kyiv", "$500 million in assistance to Manila")
            nouns += [o for o in prep_objects(holder, ("of", "in"), by="lemma") if o.pos_ == "NOUN"]
        # "in partnership with the European Union": a co-actor, not whom the act is aimed at
        nouns = [n for n in nouns if n.lemma_.lower() not in _PARTNERING_NOUNS]
        if obj is not None and obj.lemma_.lower() in _OWN_ACT_NOUNS:
            # "commitment to stand with Ukraine", "support to help Kyiv defend itself": whom the
            # pledged act is for
            nouns += [v for v in obj.children if v.dep_ in ("acl", "relcl") and v.pos_ == "VERB"
                      and any(a.dep_ == "aux" and a.lower_ == "to" for a in v.children)]
        return [a for noun in nouns if noun.lemma_.lower() not in _DOCUMENT_NOUNS
                for o in prep_objects(noun, ("against", "with", "on", "to", "toward", "towards"), by="lemma")
                for a in self._actors(o)]

    def _protested(self, verb: Token) -> list[Actor]:
        """Whom a protest is aimed at, named in its purpose: "demonstrated to demand reforms by
        Suharto's government", "calling for independence from Iraq", "blocked a road to show
        their disapproval of the United States' policies"."""
        clauses = [c for c in verb.children if c.dep_ in ("advcl", "xcomp")]
        clauses += [c for c in verb.children if c.dep_ == "prep" and any(
            o.lemma_.lower() == "protest" for o in c.children if o.dep_ == "pobj")]
        return [a for clause in clauses for t in clause.subtree
                if t.dep_ in ("pobj", "poss", "dobj") and t.pos_ in ("PROPN", "NOUN")
                for a in self._actors(t) if a.country or a.sector == "IGO"]

    def _conditioned(self, verb: Token) -> list[Actor]:
        """Whom a threat or demand is aimed at when only its condition names them: "threatened
        to stop the talks if the United States goes ahead", "... unless Baghdad accepted"."""
        found: list[Actor] = []
        for holder in [verb] + [c for c in verb.children if c.dep_ == "xcomp"]:
            for clause in holder.children:
                if clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "until")
                                                  for c in clause.children):
                    found += self._actors_of_dep(clause, ("nsubj", "nsubjpass"))
        return found

    def _place_targets(self, m: _Match) -> list[Actor]:
        """The country the act took place in: "arrived in Amman", "lifted a curfew in
        Montenegro", "evacuate settlements in Gaza" (the last resort for a target)."""
        found: list[Actor] = []
        if m.verb.lemma_.lower() in _GATHERING and m.trigger.cameo[:2] == "04":
            return found  # "the two sides met in Doha": a venue, not a host
        if m.obj is not None and m.obj.lemma_.lower() in _TALKS_HELD and m.trigger.cameo[:2] != "04":
            # "suspended talks in Addis Ababa", "broke off negotiations in Geneva": a venue (but one
            # attending "a summit in Switzerland" goes there: 04)
            return found
        holders = [m.verb] + [c for c in m.verb.children if c.dep_ == "dobj" or (m.obj is not None and c.i == m.obj.i)]
        if m.trigger.cameo[:2] == "04" and m.verb.lemma_.lower() in _TOPIC_VERBS:
            # "discussed the situation in Gaza": a topic's place is no one met (but "attend a summit
            # in Switzerland", "visited a critical energy site in Ukraine" go there)
            holders = [m.verb]
        # "fired shells at targets in Jericho": where the aimed-at things are
        # ("exploded near a checkpoint in Kandahar", "outside the embassy in Kabul")
        holders += [o for o in prep_objects(m.verb, ("at", "on", "against", "near", "outside", "inside", "by"),
                                            by="lemma") if o.pos_ == "NOUN"]
        # (the cheap pre-parse has no entities: a proper name may be the place, so that the
        # sentence gets the full parse that decides)
        unnamed = not m.verb.doc.has_annotation("ENT_IOB")
        forceful = m.trigger.cameo[:2] in _REPRESSIVE_ROOTS  # where force is used, a town is named
        # ("attacked near Bakhmut", "shelled positions around Kupiansk": force used by a town is used in its
        # country; a meeting "near Geneva" has its venue read elsewhere)
        near = ("near", "around", "outside") if forceful and m.trigger.cameo[:2] in _VIOLENT_ROOTS else ()
        for holder in holders:
            for prep in holder.children:
                if prep.dep_ == "prep" and (prep.lemma_.lower() in ("in", "into") or (
                        prep.lower_ in near and holder.i in (m.verb.i, m.obj.i if m.obj is not None else -1))):
                    for pobj in prep.children:
                        if pobj.dep_ == "pobj" and pobj.pos_ == "NOUN":
                            # "in Russia's Krasnodar region": the region's country
                            pobj = next((c for c in pobj.children if c.dep_ == "poss"), pobj)
                        # (a place struck; "imposed a curfew in the town of Cizre" is on its people, read below)
                        town_noun = pobj.dep_ == "pobj" and pobj.lemma_.lower() in _TOWN_NOUNS \
                            and m.trigger.cameo[:2] in ("18", "19", "20")
                        if town_noun:
                            town, pobj = pobj, _town_named(pobj)
                            if pobj.i != town.i and not any(a.country for a in self._actors(pobj)):
                                # ("the Russian city of Ryazan", a town the tables do not know: its nationality)
                                pobj = _nationality_of(town) or pobj
                        # (the small NER calls many towns people or nothing: "in Kremenchuk")
                        if pobj.dep_ in ("amod", "compound") and pobj.ent_type_ in ("NORP", "GPE"):
                            found += [a for a in self._actors(pobj) if a.country][:1]  # "in a Ukrainian village"
                        elif pobj.dep_ in ("pobj", "poss") and (pobj.ent_type_ == "GPE" or (pobj.pos_ == "PROPN" and (
                                town_noun or  # ("the city of Ryazan": a town, whatever the small NER calls it)
                                unnamed or (forceful and pobj.ent_type_ in ("", "PERSON", "LOC"))))):
                            found += [a for a in self._actors(pobj) if a.country]
        return found

    def _named_people(self, verb: Token) -> list[Actor]:
        """The passive's subject as a person of no known role: a name the parser calls a person
        (in the pre-parse, with no entities yet, any proper name), someone named by what they do,
        the noun a headline's participle or a relative "who" stands for."""
        unnamed = not verb.doc.has_annotation("ENT_IOB")
        holder = verb.head if verb.dep_ == "conj" and verb.head.i != verb.i and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) else verb  # "was beaten and strangled"
        people = [c for c in holder.children if c.dep_ in ("nsubjpass", "nsubj") and (
            (c.pos_ == "PROPN" and (c.ent_type_ in ("PERSON", "") or unnamed  # (the small NER misses many)
                                    # "Lohan was sentenced": only a person is, whatever NER guessed
                                    or (c.ent_type_ in ("ORG", "GPE", "NORP") and verb.lemma_.lower() in _ONLY_PEOPLE
                                        and self.resolver.resolve(c.text) is None)))
            # "a former employee ... has been charged": someone named by what they do
            or (c.pos_ == "NOUN" and c.tag_ == "NN" and self.resolver.resolve(c.text) is None and self._agentive(c))
            # "A Danbury stonework mason was arraigned", "the bookkeeper was sentenced": only people
            # undergo a court's or the police's acts, whatever their trade (evlgl15)
            or (c.pos_ == "NOUN" and verb.lemma_.lower() in _LEGAL_PATIENT_VERBS and self.resolver.resolve(c.text) is None)
            # "He was sentenced to life in prison": someone the text has named before; so are "Both
            # were charged with disturbing the peace", "Both were arrested at the scene" (evlgl17)
            or (c.dep_ == "nsubjpass" and (c.lower_ in ("he", "she", "they")
                                           or (c.lower_ == "both" and verb.lemma_.lower() in _PEOPLE_PASSIVES))))]
        # "One of them, Abdi Warsame, 41, was arrested", "One of the suspects, a 19-year-old from Leeds, was
        # charged": a share of a group whose apposition names the person (evwar18)
        people += [a for c in holder.children if c.dep_ == "nsubjpass" and c.lower_ in ("one", "two", "both", "another")
                   and verb.lemma_.lower() in _LEGAL_PATIENT_VERBS | _PEOPLE_PASSIVES
                   for a in c.children if a.dep_ == "appos" and (a.pos_ == "PROPN" or self._agentive(a))]
        if inverted_participle(verb):  # "Arrested were Darryl Keith Warden, 44, ... and Sheila D. Williams"
            people += [c for c in inverted_subjects(verb) if c.pos_ == "PROPN" or self._agentive(c)]
        if fronted_participle(verb):  # "Charged with impaired driving, man was wearing bright green"
            people += [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass") and (
                (c.pos_ == "PROPN" and c.ent_type_ in ("PERSON", "")) or (c.pos_ == "NOUN" and self._agentive(c)))
                and _no_known_party(self.resolver.resolve(c.text))]
        head = verb.head
        unknown_head = head.pos_ in ("NOUN", "PROPN") and _no_known_party(self.resolver.resolve(head.text))
        if unknown_head and head.pos_ == "NOUN" and _headline_participle(verb) and self._agentive(head):
            people.append(head)  # "Mich. accountant charged with murder": the person the headline tells of
        if unknown_head and head.pos_ == "PROPN" and _headline_participle(verb) and (
                head.ent_type_ in ("PERSON", "") or unnamed or any(
                    t.lemma_.lower() in _PERSONAL_CRIMES for t in verb.subtree)):
            people.append(head)  # "Mason charged with sex assault": a person, whatever NER guessed
        if unknown_head and verb.dep_ == "relcl" and any(c.dep_ == "nsubjpass" and c.lower_ == "who"
                                                         for c in verb.children) \
                and verb.lemma_.lower() not in _STATUS_VERBS and not any(a.lower_ == "had" for a in verb.children):
            # "their boss, who was gunned down": "who" is always someone, whatever the noun it stands
            # for (not who someone is, "a figure who was later convicted", nor their past, "who had been jailed")
            people.append(head)
        return [Actor(_phrase_text(c, with_of=False), "CVL", None, "CVL") for c in people]

    def _patients(self, verb: Token) -> list[Actor]:
        """Who a passive verb happens to: its subject, the noun a reduced relative hangs on
        ("soldiers killed in Ukraine"), or the subject it shares with a coordinated verb."""
        found = self._actors_of_dep(verb, ("nsubjpass",) + (("nsubj",) if _reduced_passive(verb) else ()))
        nearest = _subject_after_comma(verb, ("nsubjpass",) + (("nsubj",) if _reduced_passive(verb) else ()))
        if nearest is not None:
            # "Soldier killed in Kabul blast, suspect arrested", "Woman killed in hit-run, driver charged": a
            # headline's second clause; its subject is the one after the comma (round 13)
            found = self._actors(nearest) or ([Actor(_phrase_text(nearest, with_of=False), None, None, "CVL")]
                                              if self._agentive(nearest) else [])
        if not found and verb.dep_ == "pcomp" and verb.head.lower_ in ("after", "before", "upon", "since") \
                and _is_passive(verb) and verb.head.head.pos_ in ("VERB", "AUX"):
            # "Vermelhudo is dead after being stabbed": the clause's subject underwent it
            # ("she returned and opened fire before being taken into custody": the subject of the
            # first of coordinated verbs, round 13; a pronoun kept as its text)
            clause = verb.head.head
            while (clause.dep_ == "conj" or (clause.dep_ in ("advcl", "xcomp") and clause.tag_ == "VBG")) \
                    and not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
                clause = clause.head  # ("opened fire, killing two women ... before being taken into custody")
            subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
            found = [a for c in subjects for a in self._actors(c)] or [
                Actor(_phrase_text(c, with_of=False), "CVL", None, "CVL") for c in subjects
                if c.pos_ == "PROPN" and c.ent_type_ in ("PERSON", "", "ORG", "GPE")
                and self.resolver.resolve(c.text) is None and verb.lemma_.lower() in _ONLY_PEOPLE] or [
                Actor(c.text, None, None, "CVL") for c in subjects if c.lower_ in ("he", "she", "they") and _held(verb)]
        if not found and _counted_shot(verb):
            found = [Actor(c.text, "CVL", None, "CVL") for c in verb.children if c.dep_ == "nummod"][:1]
        if not found and _left_harmed(verb):
            found = self._actors_of_dep(verb.head, ("dobj",))  # "left two men wounded"
        if not found and verb.dep_ in ("xcomp", "oprd") and verb.head.lemma_.lower() in _FOUND_VERBS | _ENDED_UP:
            # "a man was found shot", "wound up being stabbed in the back", "got shot"
            found = self._actors_of_dep(verb.head, ("nsubjpass", "nsubj"))
        if not found and (verb.dep_ == "acl" or (verb.dep_ == "relcl" and verb.lemma_.lower() in _PATIENT_VERBS and any(
                c.dep_ == "nsubjpass" and c.tag_ in ("WP", "WDT") for c in verb.children))):
            found = self._actors(verb.head)  # ("a man who was killed"): the relative's antecedent
            if not found and verb.dep_ == "relcl" and verb.lemma_.lower() in _ONLY_PEOPLE | {"charge"} \
                    and verb.head.pos_ == "PROPN" and verb.head.ent_type_ == "PERSON" \
                    and not any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children):
                # "Yvonne Hiller, who has been arrested and charged with the shooting, ...": a person
                # the tables cannot code, kept as text (round 13); not a past perfect's background
                # ("Adli Yaish, who had been arrested 15 months ago")
                found = [Actor(_phrase_text(verb.head, with_of=False), "CVL", None, "CVL")]
        if not found and verb.dep_ == "acl" and verb.head.like_num and verb.head.dep_ == "pobj" \
                and verb.head.head.lower_ == "of":
            found = self._actors(verb.head.head.head)  # "Father of four killed in shooting": the father
        if not found and verb.dep_ == "ROOT" and _is_passive(verb) \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            # "Boy, 3, killed by father": a headline's subject the tagger read as an interjection
            found = [a for c in verb.lefts if c.dep_ in ("intj", "dep", "npadvmod") and c.pos_ != "PRON"
                     for a in self._actors(c) if a.sector in _PEOPLE_SECTORS]
        if not found and verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            found = self._actors_of_dep(verb.head, ("nsubj", "nsubjpass"))
            if not found and verb.head.dep_ == "relcl" and _is_passive(verb.head):
                found = self._patients(verb.head)  # "who has been arrested and charged with ...": the same one
        return found

    def _object_actors(self, m: _Match) -> list[Actor]:
        """The actors the verb's direct objects name, but not the trigger's own noun of the doer's
        act: "reaffirmed U.S. support for Ukraine" is support from the U.S., not to it."""
        found = self._actors_of_dep(m.verb, ("dobj",))
        own_forces = [o for o in m.verb.children if o.dep_ == "dobj" and _own_forces(o)]
        if own_forces:
            # "pulled its troops back from Kyiv", "withdrew their forces from the border": the doer's own
            # forces are moved, not acted on (`_own_forces`)
            own = {a.actor for o in own_forces for a in self._actors(o)}
            found = [a for a in found if a.actor not in own]
        if not _own_act(m):
            return found
        mine = {a.country for c in m.obj.lefts if c.dep_ in ("poss", "compound", "amod", "nmod")
                for a in self._actors(c) if a.country}  # (not "the security assistance Ukraine needs")
        return [a for a in found if a.country not in mine]


# Forces a state moves, which its possessive pronoun makes its own: "its troops", "their forces".
_FORCE_NOUNS = {"troop", "force", "soldier", "army", "unit", "personnel", "contingent", "peacekeeper", "battalion",
                "brigade", "division", "warship", "ship", "fleet", "aircraft", "jet"}


def _own_forces(obj: Token) -> bool:
    """ "its troops", "their remaining forces", "our soldiers": forces a possessive pronoun gives to the
    doer, which the act moves (withdraws, deploys, sends) rather than aims at."""
    return obj.lemma_.lower() in _FORCE_NOUNS and any(
        c.dep_ == "poss" and c.lower_ in ("its", "their", "our", "his", "her", "my") for c in obj.children)


# Nouns for a settlement or an area that a name or a nationality follows: "in the Russian city of Ryazan"
_TOWN_NOUNS = {"city", "town", "village", "region", "province", "oblast", "district", "port", "capital", "settlement",
               "suburb", "outskirts", "county", "municipality"}


def _town_named(noun: Token) -> Token:
    """The word that names the place of "the <nationality> city of <Town>": the town ("hit an oil refinery in
    the Russian city of Ryazan" -> Ryazan; "in the port city of Odesa" -> Odesa), else the nationality ("in a
    Ukrainian village" -> Ukrainian), else the noun itself (session 16)."""
    named = next((x for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                  for x in p.children if x.dep_ == "pobj" and x.pos_ == "PROPN"), None)
    return named if named is not None else _nationality_of(noun) or noun


def _nationality_of(noun: Token) -> Token | None:
    """The nationality or country word in front of a place noun ("the Russian city", "a Ukrainian village")."""
    return next((c for c in noun.children if c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE")), None)
