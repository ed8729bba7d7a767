"""Harm done to people: who underwent an attack, whom it killed or wounded, and the toll a sentence
tells.

- "a roadside bomb exploded ..., killing two officers": the officers are the attack's target
  (`HarmReader._harmed`); "Dozens have been killed in sectarian clashes": a bare count is people;
- "The attack left one officer dead": an attack told by its toll (`_toll_left`, `_toll_trigger`);
  "killed 13 soldiers and wounded 56 more": one attack, not two (`_toll_told_on`);
- "the gun accidentally went off, striking Anderson": no one is named who shot (`_gun_went_off`,
  `_undergone`).

`HarmReader` is a mixin of EventCoder: `_harmed` is a phase of EventCoder._event and reads the party
reader, `_toll_trigger` reads the noun table. The rest are plain functions.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ..records import Actor
from .ace_news import attack_noun_misparsed_as_modified, _WOUNDED_DIED
from .lexicon import Trigger
from .nouns import _compound_matches, _needs_met
from .parties import _CROWD_COUNTS, _phrase_text, _placed_name, _Roles
from .placing import people_of, _PLACED_PEOPLE
from .syntax import (_ATTACK_NOUNS, _BLAST, _BLASTS, _BOMBS, _done_to_people, _FIGHTING, _harm_in_an_act, _HARM_VERBS,
                     _HARMING_ROOTS, has_prep, _headline_participle, is_coded, _is_passive, _Match, _named_by_role,
                     _PATIENT_VERBS, prep_objects, _PROJECTILES, _reduced_passive, _TOLL_LEFT, _VEHICLES,
                     _VIOLENT_ROOTS)


# The harm an act did, counted in a killing's toll: "killed 13 soldiers and wounded 56 more".
_KILLING = {"kill", "slay"}
_WOUNDING = {"wound", "injure", "hurt", "maim"}


def _toll_told_on(m: _Match, attacks: set[int]) -> bool:
    """ "A suicide car bomb in central Turkey has killed 13 soldiers aboard a bus and wounded 56 more"
    (TR-News, round evtr17), "A roadside bomb near Kirkuk on Monday killed one U.S. soldier and wounded
    three others" (GVC), "Officials said the bombing killed 12 people and injured dozens more": the wounded
    are the rest of one attack's toll, not a second attack (eval/events_gold.md rule 1, one action = one
    event). Only a wounding verb joined to a killing one, with no subject of its own ("Police killed one
    gunman and troops wounded two" has two doers: two acts)."""
    verb = m.verb
    return verb.dep_ == "conj" and verb.head.i in attacks and verb.lemma_.lower() in _WOUNDING \
        and verb.head.lemma_.lower() in _KILLING and m.trigger.cameo[:2] in _VIOLENT_ROOTS \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _undergone(m: _Match) -> bool:
    """ "was attacked", "came under fire", "a roadside bomb killed two soldiers": the victim is
    known, the attacker is not named."""
    verb = m.verb
    return _is_passive(verb) or m.trigger.target == "from" or _gun_went_off(verb) \
        or any(c.dep_ == "nsubj" and (c.lemma_.lower() in _FIGHTING | _BLASTS | _PROJECTILES
                                      # "a truck rammed into the crowd, killing 86": driven as a weapon
                                      or (c.lemma_.lower() in _VEHICLES and v.lemma_.lower() in _RAMMING))
               for v in (verb, verb.head if verb.dep_ in ("advcl", "conj") else verb) for c in v.children) \
        or _attack_gerund_subject(verb) or attack_noun_misparsed_as_modified(verb)


# Gerunds of attacks that the small tagger may read as a verb or an auxiliary when they open the clause.
_ATTACK_GERUNDS = {"shelling", "bombing", "shooting", "bombardment", "gunfire", "stabbing", "strafing"}


def _attack_gerund_subject(verb: Token) -> bool:
    """ "Shelling wounded five civilians in Kherson", "Bombing killed 12 people in Mosul overnight":
    an attack named by a gerund that opens the clause is its subject though the tagger reads it as an
    auxiliary or a verb; whoever it harmed underwent the attack, no doer named (round gvc16, issue #9:
    harm is reported whoever did it). Not "Shooting the messenger solves nothing" (a gerund with an
    object)."""
    return verb.lemma_.lower() in _HARM_TO_A_PERSON_VERBS and any(
        c.i < verb.i and c.dep_ in ("aux", "csubj", "nsubj") and c.lower_ in _ATTACK_GERUNDS
        and not any(k.dep_ == "dobj" for k in c.children) for c in verb.children)


_HARM_TO_A_PERSON_VERBS = {"kill", "wound", "injure", "hurt", "maim"}


_RAMMING = {"ram", "plow", "plough", "mow", "barrel"}


def _shooting_vehicle(verb: Token) -> Token | None:
    """ "an unknown car drove by and fired shots at them", "a dark SUV pulled up and opened fire on
    the group", "a van sprayed bullets into the crowd": a vehicle that fires stands for the people
    in it; returns the vehicle (its phrase is kept as the doer's text, with no code). The small
    parser often makes the vehicle the head of "drove ... and fired" (an "acl"), so the firing
    verb's clause is climbed through conjuncts and modifiers. A car that hits someone is traffic
    (`guards._accident`), so only firing verbs count."""
    if verb.lemma_.lower() not in ("fire", "shoot", "open", "spray", "pepper"):
        return None
    v = verb
    for _ in range(3):
        subject = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return subject if subject.lemma_.lower() in _VEHICLES - {"driver", "motorist"} else None
        if v.dep_ == "acl" and v.head.lemma_.lower() in _VEHICLES - {"driver", "motorist"}:
            return v.head
        if v.dep_ not in ("conj", "acl", "advcl") or v.head.i == v.i:
            return None
        v = v.head
    return None


_FIREARMS = {"gun", "handgun", "pistol", "rifle", "shotgun", "revolver", "firearm", "weapon", "it"}


def _gun_went_off(verb: Token) -> bool:
    """ "the gun accidentally went off, striking Anderson", "it discharged, hitting Schriefer in the
    chest", "The pistol fired and hit his cousin": a gun going off names no one who shot; the one it
    hit underwent the harm (the harm verb's participle or second verb, on a gun's or "it"'s going
    off, discharging or firing with no object)."""
    if verb.dep_ not in ("advcl", "conj") or verb.head.i == verb.i:
        return False
    head = verb.head
    lemma = head.lemma_.lower()
    off = lemma == "go" and any(c.dep_ in ("prt", "advmod") and c.lower_ == "off" for c in head.children)
    if not (off or lemma in ("discharge", "fire", "misfire")) or any(c.dep_ == "dobj" for c in head.children):
        return False
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in _FIREARMS for c in head.children)


# A crowd counted, not named: "Thousands rallied", "Hundreds marched".
def _counted_others(noun: Token) -> bool:
    """ "Five others were injured", "two others were wounded in the shooting", "three others were
    shot": "others" with a number, the subject of a passive harm, counts people harmed beside those
    named (not "others said" or "the others were released": no number, no toll; nor "killed one U.S.
    soldier and wounded two others": an object "others" are more of the kind just named)."""
    return noun.lower_ == "others" and noun.dep_ == "nsubjpass" \
        and any(c.dep_ == "nummod" and c.like_num for c in noun.children)


_TOLL_WORDS = {"dead", "wounded", "injured", "killed", "maimed",
               "paralyzed", "paralysed", "hospitalized", "hospitalised"}  # (round gvc16: "left a boy paralyzed")


_CARE = {"hospital", "hospitals", "clinic", "trauma", "er", "emergency"}


def _sent_to_hospital(verb: Token) -> bool:
    """An attack that "sent" people to a hospital harmed them (round gvc16): "a shooting at an
    after-hours club that sent four men to the hospital", "A stabbing at a bus stop sent two
    teenagers to hospital", "the blast sent dozens to hospitals". The people are the target, as
    with "left ... wounded" (`_toll_left`); "sent aid to the hospital" has no attack as subject."""
    return verb.lemma_.lower() == "send" and any(c.dep_ == "dobj" for c in verb.children) \
        and any(o.lemma_.lower() in _CARE or o.lower_ in _CARE for o in prep_objects(verb, "to"))


_SERIES_NOUNS = {"series", "string", "spate", "wave", "string", "volley", "barrage", "salvo"}


# Fights that leave a toll as attacks do (round evdet16): "A three-hour shootout Thursday left four gunmen
# killed", "a firefight with militants left two soldiers dead", "the battle left 40 fighters dead".
_GUNFIGHTS = {"shootout", "shoot-out", "firefight", "gunfight", "gunbattle", "battle", "skirmish"}


def _toll_attack(verb: Token) -> Token | None:
    """The attack noun that "left" a toll: the subject, or what a series of it counts."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "acl" and any(c.dep_ == "dobj" for c in verb.children) \
            and any(c.dep_ == "oprd" and c.lower_ in _TOLL_WORDS for c in verb.children):
        # "The shelling of the camp left at least 17 refugees dead": the parser hangs "left" on the act as
        # a participle, but a participle "left" with an object and a toll is the act's predicate (ace17)
        subject = verb.head
    if subject is not None and verb.dep_ == "relcl" and subject.tag_ in ("WDT", "WP", "IN") \
            and subject.lower_ in ("that", "which"):
        subject = verb.head  # "a shooting ... that left two people dead": the act the clause is on
    if subject is not None and subject.lemma_.lower() in _SERIES_NOUNS:  # "a series of attacks"
        subject = next(iter(prep_objects(subject, "of")), subject)
    if subject is None:
        return None
    lemma = subject.lemma_.lower()
    if lemma not in _ATTACK_NOUNS | _BLASTS | {"explosion", "blast", "violence", "clash", "fighting", "gunfire",
                                               "stabbing"} | _GUNFIGHTS \
            or lemma in ("fire", "missile", "drone", "rocket"):  # (a fire left people homeless; a missile is a weapon)
        return None
    if lemma in ("explosion", "blast") and not any(t.lemma_.lower() in _BOMBS | {"suicide", "bomb", "terrorist"}
                                                   for t in subject.subtree):
        return None  # "a gas explosion at a curry restaurant left one person dead": an accident, unless a bomb's
    return subject


def _toll_left(verb: Token) -> bool:
    if _sent_to_hospital(verb):
        return _toll_attack(verb) is not None
    if verb.lemma_.lower() != "leave" or _toll_attack(verb) is None:
        return False
    # the toll: "left one officer dead" (a predicate), "left five civilians dead" (the object's modifier)
    return any(t.lower_ in _TOLL_WORDS and (t.dep_ in ("oprd", "amod", "acomp", "ccomp", "xcomp") or _toll_as_clause(t))
               and t.head in (verb, *[o for o in verb.children if o.dep_ == "dobj"]) for t in verb.subtree)


def _toll_as_clause(t: Token) -> bool:
    """The toll the parser reads as a clause of its own right after the object: "A skirmish on the border
    left three Indian troops wounded", "left four gunmen killed" ("wounded", "killed" an adverbial
    clause of "left", or "killed" a participle on "gunmen"; round evdet16)."""
    if t.dep_ == "acl" and t.head.dep_ == "dobj" and t.head.head.lemma_.lower() == "leave":
        return t.i == t.head.i + 1 and not any(True for _ in t.children)
    objects = [o for o in t.head.children if o.dep_ == "dobj"]
    return t.dep_ == "advcl" and t.head.lemma_.lower() == "leave" and bool(objects) \
        and t.i == max(w.i for w in objects[0].subtree) + 1 and not any(c.dep_ in ("nsubj", "dobj") for c in t.children)


class HarmReader:
    """Whom violence was done to, and the code of an attack told by its toll."""

    def _toll_trigger(self, verb: Token) -> Trigger:
        """The code of an attack told by its toll: the attack noun's own row where a specific one fits
        ("The knife attack in Solingen left three dead" is 182, as the noun table codes a knife attack)."""
        attack = _toll_attack(verb)
        for trigger in self.lexicon.nouns.get(attack.lemma_.lower()) or ():
            if trigger.needs and _compound_matches(attack, trigger) and _needs_met(attack, trigger):
                return replace(_TOLL_LEFT, cameo=trigger.cameo)
        return _TOLL_LEFT

    def _harmed(self, m: _Match, r: _Roles, home: str | None) -> None:
        """Whom violence or coercion was done to: the dead an attack's clause names, a bare count
        of people, the people of the one country the clause is set in."""
        verb, target, places = m.verb, r.target, r.places
        if m.trigger is _WOUNDED_DIED and (target is None or not is_coded(target)):
            # "Two more of the injured died overnight": the dead are people, of the place's country below
            target = Actor(_phrase_text(m.obj, with_of=True), "CVL", None, "CVL")
        if m.trigger is _BLAST or (m.trigger.cameo[:2] in _VIOLENT_ROOTS and (target is None or not is_coded(target))):
            # "a roadside bomb exploded ..., killing two officers", "shelled a displacement camp near
            # El Fasher, killing at least 40 civilians": whom the attack killed, before where
            harmed = [v for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG"
                      for v in (c, *c.conjuncts)  # ("wounding both and killing a receptionist")
                      if v.lemma_.lower() in _HARM_VERBS]
            target = next((a for v in harmed for a in self._actors_of_dep(v, ("dobj",))), None) \
                or next((Actor(_phrase_text(o, with_of=False), "CVL", None, "CVL") for v in harmed
                         for o in v.children if o.dep_ == "dobj" and o.pos_ == "NOUN" and self._agentive(o)),
                        None) or target  # (someone the tables do not know is one of the people)
        if (target is None or target in places) and m.trigger.cameo[:2] in _VIOLENT_ROOTS \
                and (verb.lemma_.lower() in _PATIENT_VERBS | {"attack", "assault", "beat", "hit"} or _gun_went_off(verb)):
            # "Hiller admitted killing two coworkers": people named by what they do, whom the
            # tables have no role for, are people
            unnamed = not verb.doc.has_annotation("ENT_IOB")
            target = next((Actor(_phrase_text(o, with_of=False), "CVL", None, "CVL")
                           for v in (verb, *verb.conjuncts) for o in v.children
                           if o.dep_ == "dobj" and self.resolver.resolve(o.text) is None and (
                               (o.pos_ == "NOUN" and _named_by_role(o.lemma_.lower()))
                               # "shot and killed Na'lisha Gravely": a person the tables do not know
                               # (not "hitting 'Takin' It to the Streets'", "beat Nadal": songs and sport)
                               or (o.pos_ == "PROPN" and (o.ent_type_ == "PERSON" or unnamed)
                                   and (v.lemma_.lower() in _PATIENT_VERBS or _gun_went_off(v))))), None) or target
        if (target is None or target in places) and m.trigger.cameo[:2] in _VIOLENT_ROOTS \
                and verb.lemma_.lower() in _PATIENT_VERBS and (_is_passive(verb) or verb.dep_ == "acl") \
                and _harm_in_an_act(verb):
            # "Mohammed Baqir al-Hakim, killed in the car bombing at the Imam Ali shrine", "Akila al-Hashimi was
            # wounded in the ambush": a person the tables do not know, harmed in an attack, is one of the
            # people (ace17)
            victim = verb.head if verb.dep_ == "acl" else next(
                (c for c in verb.children if c.dep_ == "nsubjpass"), None)
            unnamed = not verb.doc.has_annotation("ENT_IOB")  # (as for "shot and killed Na'lisha Gravely" above)
            if victim is not None and victim.pos_ == "PROPN" and (victim.ent_type_ == "PERSON" or unnamed) \
                    and self.resolver.resolve(victim.text) is None and self._place_actor(victim) is None:
                target = Actor(_phrase_text(victim, with_of=False), "CVL", None, "CVL")
        if m.trigger is _BLAST:
            if target is None and home:  # "a bomb went off in the market", in a report about one country
                target = Actor(home, home, home)
                r.from_document.add("target")
        place_only = target is not None and target in places
        if (target is None or place_only) and m.trigger.cameo[:2] in _HARMING_ROOTS \
                and not m.trigger.cameo.startswith("192"):
            # ("Police arrest dozens at a protest in London": the people, placed below, before the city)
            # "Dozens have been killed in sectarian clashes", "strikes on Kharkiv killed five": a
            # bare count of people is people (not "dozens of IS members", "two of their vehicles")
            counted = [c for c in verb.children
                       if (c.dep_ == "nsubjpass" and _is_passive(verb) or c.dep_ == "dobj"
                           # ("2 dead, 1 wounded in shooting": a headline's count, the act named)
                           or (c.dep_ == "nsubj" and _reduced_passive(verb) and _harm_in_an_act(verb)))
                       and (c.lower_ in _CROWD_COUNTS or (c.like_num and c.pos_ == "NUM") or _counted_others(c))
                       and not has_prep(c, "of")]
            if not counted and verb.dep_ == "acl" and verb.head.like_num and (
                    (verb.head.dep_ == "ROOT" and _headline_participle(verb)) or _harm_in_an_act(verb)):
                counted = [verb.head]  # "Three killed in Kabul blast"
            if not counted and m.trigger.verb == _TOLL_LEFT.verb:
                # "The clashes, which began after Friday prayers, left four dead and 60 wounded": the toll's
                # count, no noun (ace17)
                counted = [n for c in verb.children if c.dep_ == "oprd" and c.lower_ in _TOLL_WORDS
                           for n in c.children if n.dep_ == "nummod" and n.like_num][:1]
            if counted:
                target = Actor(_phrase_text(counted[0], with_of=False) if _counted_others(counted[0]) else counted[0].text,
                               "CVL", None, "CVL")
        # (soldiers and police killed or wounded, no side named, are the place's too: "two soldiers
        # were shot dead near Kidal" = Mali's, as ACLED codes them when no other side is told)
        forces_hit = target is not None and target.sector in ("MIL", "COP") and target.actor == target.sector \
            and (r.source is None or r.source.actor is None) and m.trigger.cameo[:2] in _VIOLENT_ROOTS
        if target is not None and not target.country and (target.sector in _PLACED_PEOPLE or forces_hit) \
                and verb.dep_ != "relcl" and _done_to_people(m.trigger.cameo):
            # "Two people were killed in a knife attack at a Walmart in southern China": the people
            # of the one country the sentence's places lie in (not a nationality: the attackers');
            # so are "two journalists detained in Istanbul"
            clause = [t for c in [verb, *verb.conjuncts] for t in c.subtree]  # not "a UK-based group said"
            # (nor a label on the people: "four men convicted of spying for Israel" are not Israel's)
            labels = {t.i for n in clause if n.pos_ in ("NOUN", "PROPN") for c in n.children
                      if c.dep_ in ("acl", "relcl") and c.i > n.i for t in c.subtree}
            clause = [t for t in clause if t.i not in labels]
            own = set(target.text.split())  # "Matthew Flores was killed": a name, not the town of Flores
            # (a town the recogniser calls a nationality is still a town after "near": "near Kidal")
            names = [t for t in clause if t.pos_ == "PROPN" and t.head.lower_ != "based" and t.text not in own
                     and not t.text[:1].islower()  # ("possession of marijuana": a tagger's proper noun in lower case)
                     and (t.ent_type_ not in ("DATE", "TIME", "NORP", "ORDINAL", "CARDINAL") or _placed_name(t))]
            countries = {a.country for t in names if t.ent_type_ != "NORP" or _placed_name(t)
                         for a in [self._place_actor(t) or (self.resolver.resolve(t.text) if t.ent_type_ in
                                                            ("GPE", "LOC") else None)]
                         if a is not None and a.country}
            # (names of no known place do not unplace them: "Woman stabbed while jogging near
            # Briarcliff", "was shot on Southland Vista Court", in a report about one country, are
            # its people; evlgl17)
            place = next(iter(countries)) if len(countries) == 1 else home if not countries else None
            if not countries and place is not None and r.source is not None and r.source.country == place \
                    and r.source.sector == "MIL" and m.trigger.cameo[:2] in _VIOLENT_ROOTS:
                # "Two people were wounded in Russian shelling", in a page whose one country is the
                # attackers': the home the page's words give is theirs, not the victims' (no place named)
                place = None
            if place is not None:
                target = replace(target, actor=f"{place}{target.sector}", country=place) if forces_hit \
                    else people_of(target, place, m.trigger.cameo)
                if len(countries) != 1:  # "Several people were arrested", in a report about one country
                    r.from_document.add("target")
        r.target = target
