"""Code events: who did what to whom, from the dependency parse of one sentence.

A trigger lexicon (data/event_triggers.tsv) maps a verb, optionally with a particle and an
object noun, to a CAMEO code; the parse supplies the actors (subject, object, prepositional
objects, passives, coordination, control verbs); modality and negation come from the verb's
dependents. Each code is looked up in data/cameo.tsv for its Goldstein score and PLOVER type.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Iterable

from spacy.tokens import Doc, Token

from ..actors import _DETERMINERS, ActorResolver, default_resolver, of_others
from ..places import SUBDIVISION_WORDS, subdivision_names
from ..records import Actor, Event, Sentence
from . import rules
from .ace_news import _PROTESTS_THERE_WERE, _WOUNDED_DIED, attack_noun_misparsed_as_modified, protests_there_were, wounded_who_died, called_on_someone, framework_of_the_act, rigged_vehicle
from .guards import _not_an_event
from .lexicon import Lexicon, Trigger, default_lexicon, inflections
from .modality import (unestablished, _FUTURE_MODALS, _HYPOTHETICAL_MODALS, _LITOTES, _conditional, _conditional_response, _failed,
                       _framed, _in_reported_speech, _modal, _modality_chain, _must_clause, _negated, _no_comment,
                       _withheld_object,
                       _performed_by_saying)
from .nouns import (_CONDEMNING, NounMatch, NounRoles, _compound_matches, _modifier_actors, _needs_met, definite,
                    governing_verb, looked_forward_to, match_nouns, noun_roles, pinned, planned, promised_act, reported, setting_verb)
from .syntax import (charge_denied_after, _ACCIDENTS, _building_fire, _ACCUSE_VERBS, _AIM_NOUNS, _ALLEGING, _ASPECT_VERBS, _ATTACK_NOUNS, _BLAST, _BLASTS,
                     _BOMBS, _CEASE_VERBS, _COMMAND_VERBS, _COMMENTING, _DECLINING, _DENY_VERBS, _DOCUMENT_NOUNS,
                     _FEELING_VERBS, _FIGHTING, _FIRST_PERSON, _FOUND_VERBS, _FRAMES, _HARMING_ROOTS, _HARM_VERBS,
                     _Match, _PATIENT_VERBS, _PEOPLE_NOUNS, _PEOPLE_SECTORS, _PROJECTILES, _REPRESSIVE_ROOTS, _SILENT,
                     _STATE_SECTORS, _STATUS_VERBS, _STEP_NOUNS, _TOLL_LEFT, _VEHICLES, _VIOLENT_ROOTS, _WEAPONS, _WITHHELD,
                     _WITHHOLDING, fronted_participle, inverted_participle, inverted_subjects, _counted_shot, _done_to_people, _harm_in_an_act, _headline_participle, _is_passive,
                     _joint_subject, _left_harmed, _locative_participle, _stated_intention, _heading, _subjects_hung_on_a_place, _members, _named_by_role, _reduced_passive,
                     _participle_after_a_place_taken, group_of_parties, _restrictive_relative, _sentence_lemmas, _subject_chain, has_prep, is_coded, misread_main_verb,
                     prep_objects)

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
    "13": ("against", "with"), "14": ("against", "outside", "at"), "15": ("against", "toward", "towards", "to"),
    "16": ("on", "against", "from", "with", "to"), "17": ("on", "against", "for", "from", "at"), "18": ("on", "against", "at"),
    "19": ("on", "against", "at", "into", "with", "to"), "20": ("on", "against"),
}
_ACTOR_MODIFIERS = {"compound", "amod", "poss", "nmod", "npadvmod", "nummod", "case"}
_PRONOUNS = {"it", "they", "he", "she", "we", "i", "you", "them", "who", "which", "that"}

# Ending an action: ending aid reduces relations, ending fighting de-escalates.
_CEASE_CODES = {"04": "164", "05": "160", "06": "160", "07": "162", "18": "087", "19": "087", "20": "087",
                "16": "081", "17": "080"}
_WATERS = {"gulf", "sea", "strait", "straits", "ocean", "bay", "channel", "lake", "river", "sound"}
_PLACE_KINDS = {"city", "admin1", "region", "subdivision"}
_PLACE_PREPS = {"in", "near", "around", "toward", "towards", "into", "outside", "on", "at"}
# Verbs a happening does by itself: "clashes erupted in Dhaka".
_BREAKING = {"erupt", "break", "occur", "flare", "rage", "happen", "unfold", "take"}
_LIGHT_NOUNS = {"effort", "process", "program", "programme", "operation", "campaign", "package", "mission",
                "day", "week", "month", "hour",  # "launched ten days of war games"
                "initiative", "plan", "deal", "activity", "work", "part", "round", "series", "wave", "batch",
                "tranche", "set", "number", "lot", "amount", "shipment", "delivery", "state",
                # "announced a surge of military assistance", "raised other matters of concern",
                # "announcing new measures of support for Ukraine" (aid, not the threat "announced measures")
                "surge", "matter", "measure"}
# The word lists and code maps the coding rules share live in rules.py.
_EXERCISES = rules.EXERCISES
_REFUSALS = rules.REFUSALS
_THREAT_CODES = rules.THREAT_CODES
_COOPERATIVE_ROOTS = rules.COOPERATIVE_ROOTS
# Threats, demands and refusals are aimed at whoever must meet their condition.
_CONDITIONED_ROOTS = {"10", "12", "13"}
_FORCE_ROOTS = {"15", "17", "18", "19", "20"}
# Families where parties named together act on each other ("Russia and China held talks /
# signed a deal / held joint drills / agreed to a truce / cut ties / clashed"). Elsewhere a
# second subject is a co-author, not a target ("Russia and China condemned the plan").
_MUTUAL_ROOTS = {"03", "04", "05", "06", "08", "16", "19"}
# ... and where "with X" makes the act mutual ("held talks with", "signed a deal with",
# "clashed with"), except acts whose roles differ: visiting, hosting, mediating, cutting ties.
_WITH_MUTUAL_ROOTS = {"03", "04", "05", "06", "08", "19"}
_ONE_WAY_CODES = ("042", "043", "044", "045")
_MAX_JOINT = 4


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


def _part_of_another(m: _Match, framing: set[int], protests: set[int], attacks: set[int],
                     roots: dict[int, str] | None = None) -> bool:
    """A verb trigger that tells part of another event, or no event: a frame's complement (but a
    denial or an accusation stays one), a topic, a restrictive relative clause or a hedge ("as
    alleged"), a protest's demand, an attack's participle ("stormed ..., killing five") or a
    second passive of one attack ("was shot and killed")."""
    if m.verb.i in framing and m.verb.lemma_.lower() not in _DENY_VERBS | _ACCUSE_VERBS:
        return True
    if _topical(m.verb) or _restrictive_relative(m.verb) or _as_hedge(m.verb):
        return True
    if m.verb.dep_ in ("advcl", "xcomp") and m.verb.head.i in protests \
            and m.trigger.cameo[:2] in ("02", "10", "11"):
        return True
    if m.verb.tag_ == "VBG" and m.verb.dep_ in ("advcl", "conj") and m.trigger.cameo[:2] in _VIOLENT_ROOTS \
            and (m.verb.head.i in attacks or (m.verb.dep_ == "conj" and m.verb.head.tag_ == "VBG"
                                              and m.verb.head.head.i in attacks)):
        return True
    if roots is not None and _same_act_told_again(m, roots):
        return True
    if m.trigger is _BLAST and m.verb.dep_ == "advcl" and (m.verb.head.i in attacks or (
            m.verb.head.dep_ in ("advcl", "conj") and m.verb.head.head.i in attacks)):
        # "Three soldiers were killed when a roadside bomb exploded near their convoy", "two officers
        # were killed, while the chief remained in critical condition after a bomb exploded": the blast is the attack the harm tells, one
        # event with the victims as its target (round evprec15: duplicates)
        return True
    if _toll_told_on(m, attacks):
        return True
    # "was shot and killed": one attack on one victim
    return m.verb.dep_ == "conj" and m.verb.head.i in attacks and m.trigger.cameo[:2] in _VIOLENT_ROOTS \
        and _is_passive(m.verb) and _is_passive(m.verb.head) \
        and not any(c.dep_ in ("nsubjpass", "dobj") for c in m.verb.children)


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


def _same_act_told_again(m: _Match, roots: dict[int, str]) -> bool:
    """ "ordered the United States to reinforce NATO's eastern flank, sending additional rotational
    forces to Europe", "The Treasury imposed sanctions on the network, freezing the assets of six
    companies", "The ministers met in Rome, holding talks on grain exports": a participle set off
    after a verb of the same CAMEO root says how that act was done; it is one action, one event
    (eval/events_gold.md rule 1; round evprec15: duplicates). `roots`: verb index -> root of each
    verb trigger of the sentence. A participle of another root stays an act of its own ("met the
    minister, pledging $50 million": a meeting and a promise)."""
    verb = m.verb
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.head.i == verb.i:
        return False
    if roots.get(verb.head.i) != m.trigger.cameo[:2]:
        return False
    first = min(t.i for t in verb.subtree)
    return first > 0 and verb.doc[first - 1].text in (",", "—", "–")


def _taken_by_verbs(matches: list[_Match]) -> set[int]:
    """The words the verb triggers hold, so no noun event is made of them: the verbs, their
    objects ("held talks", "condemned the attack") and what an amount is of, the subject an
    attack's harm names ("Russian missile strikes on Kyiv killed five": the strike is the
    killing), a counting subject ("the first deployment of NATO troops arrived")."""
    taken = {m.verb.i for m in matches} | {o.i for m in matches for o in _objects(m.verb)} \
        | {m.obj.i for m in matches if m.obj is not None}
    # "extended $500 million in economic assistance": what the amount is of is the verb's too
    taken |= {n.i for m in matches for o in _objects(m.verb) if o.like_num or o.lemma_.lower() in _AMOUNT_NOUNS
              for n in prep_objects(o, ("in", "of"), by="lemma")}
    taken |= {c.i for m in matches if m.trigger.cameo[:2] in _VIOLENT_ROOTS
              for c in m.verb.children if c.dep_ == "nsubj"}
    taken |= {c.i for m in matches for c in m.verb.children
              if c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in _COUNTING_NOUNS}
    # ("During a meeting with Wang Yi, Blinken raised concerns": the meeting is an event of its own)
    taken = {i for i in taken if setting_verb(matches[0].verb.doc[i]) is None} if matches else taken
    # "condemned the PRC's deliberate collision with two Philippine vessels ... on August 19": an act
    # condemned with its doer is an event of its own when pinned down (nouns.reported decides)
    return taken - {o.i for m in matches if m.verb.lemma_.lower() in _CONDEMNING
                    for o in m.verb.children if o.dep_ == "dobj" and any(c.dep_ == "poss" for c in o.children)
                    and pinned(o)}


def _gerund_subject_read_as_aux(c: Token, verb: Token) -> bool:
    """An "-ing" noun the parser made the auxiliary of the verb after it, with its own modifier: "Russian
    shelling wounded five civilians" (shelling/aux ← wounded) is the subject, and its nationality the doer
    (session 13; "Russian shelling killed five" parses right; with no modifier, `_attack_gerund_subject`
    keeps the harm as undergone)."""
    return c.dep_ == "aux" and c.tag_ == "VBG" and c.i < verb.i and verb.tag_ in ("VBD", "VBZ", "VBP") \
        and not any(x.dep_ in ("nsubj", "nsubjpass") for x in verb.children) \
        and any(x.dep_ in ("amod", "det", "compound", "poss") for x in c.children)


_ARMED_THINGS = _ATTACK_NOUNS | _WEAPONS  # (strikes and weapons: `_armed_act_of`)


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


def _one_report_each(events: list[Event], separate: set[int]) -> list[Event]:
    """One event per action the sentence reports, though its verbs and nouns told it twice."""
    # "met X ... to discuss efforts": a target-less event that repeats one with a target
    # (same family, same source) is the same action seen twice.
    targeted = {(_family(e.cameo), _code(e.source), e.negated) for e in events if e.target is not None}
    events = [e for e in events if e.target is not None or id(e) in separate
              or (_family(e.cameo), _code(e.source), e.negated) not in targeted]
    # "killed one soldier and wounded two others": an event naming no one we can code that
    # repeats the family of another event in the sentence is that event again.
    named = {_family(e.cameo) for e in events if is_coded(e.source) or is_coded(e.target)}
    events = [e for e in events if is_coded(e.source) or is_coded(e.target) or _family(e.cameo) not in named
              or _another_legal_step(e, events) or _another_doer(e, events)]
    # "Gunmen attacked the parliament, with at least 12 people killed": the dead of a doerless
    # harm are the victims of the attack the sentence names a doer for
    # (its victims become the attack's target when the attack names none)
    return _victims_of_attacks(events)


def _another_doer(event: Event, events: list[Event]) -> bool:
    """An uncoded armed act whose doer (a force: troops, air defences, police, gunmen) the sentence names,
    and names apart from every coded event of its family, is another act, not the same one told twice
    (session 13): "Russian forces launched 120 drones at Ukraine overnight, adding that air defenses shot
    down 80 drones" (the defenders' act), "Russian troops fired missiles at Odesa, and air defence units
    shot down six of them"; but "killed one soldier and wounded two others" (no doer of its own) stays one
    act."""
    source = event.source
    if source is None or event.source_from != "parse" or source.text.lower() in _PRONOUNS \
            or event.cameo[:2] not in _VIOLENT_ROOTS or event.hypothetical or event.negated \
            or source.sector not in ("MIL", "REB", "COP"):
        return False  # (armed acts only: in talk and threats a second subject is mostly the same act's party)
    family = _family(event.cameo)
    return all(e.source is not None and e.source.text.lower() != source.text.lower()
               and not (set(source.text.lower().split()) & set(e.source.text.lower().split()) - _DETERMINERS)
               for e in events if e is not event and _family(e.cameo) == family
               and (is_coded(e.source) or is_coded(e.target)))



def _another_legal_step(event: Event, events: list[Event]) -> bool:
    """ "was arrested by Danbury police ... where he was charged with first-degree sexual assault",
    "was convicted of fraud and sentenced to two years": an arrest, a charge, a conviction and a
    sentence are separate acts of the police and the courts (173 each; docs/events.md "Crime,
    courts and headlines"), not one act told twice, though the second names no one coded
    ("arrested two men and detained three others" is one step, one act)."""
    step = _legal_step(event)
    return step is not None and all(_legal_step(e) != step for e in events if e is not event
                                    and e.cameo[:2] == "17" and (is_coded(e.source) or is_coded(e.target)))


def _legal_step(event: Event) -> str | None:
    """Which step of a criminal case a 17 event's trigger word names (`_LEGAL_STEPS`), if any."""
    if event.cameo[:2] != "17" or not event.trigger:
        return None
    word = event.trigger.split()[0].lower()
    return next((step for lemma, step in _LEGAL_STEPS.items() if word.startswith(lemma[:5])), None)


def _coded_noun_roles(noun: Token, roles: NounRoles, code: str, context: set[str], where: set[str],
                      doc: Doc) -> tuple[str, Actor | None, Actor | None, list[Actor]]:
    """A noun event's code, source, target and joint parties from its phrase's roles (`roles`:
    events.nouns.noun_roles) and the coding rules. `where`: the countries of its places (the one
    country's people are its victims)."""
    parties = distinct_coded(roles.participants)
    if len(parties) < 2 and code[:2] in _FORCE_ROOTS:
        # "clashes between police and protesters in Dhaka": sides of no stated country are
        # still the sides (placed by the document below)
        parties = _distinct_sides(roles.participants)
    sources = roles.sources
    targets = [people_of(t, next(iter(where)), code) for t in roles.targets] if len(where) == 1 \
        else roles.targets
    if code[:2] in _MUTUAL_ROOTS and len(parties) >= 2:
        source, target = parties[0], parties[1]
    else:
        source = sources[0] if sources else (parties[0] if parties else None)
        target = next((t for t in targets if source is None or _code(t) != _code(source)), None)
        coded = distinct_coded(sources)
        parties = coded if len(coded) >= 2 else []
    coding = rules.apply(rules.Coding(code, source, target, noun=noun.lemma_.lower(), context=context,
                                      sentence_words=_sentence_lemmas(doc)))
    if len(parties) >= 2 and (coding.source, coding.target) == (target, source):
        parties = [parties[1], parties[0], *parties[2:]]  # "clashes between police and protesters"
    if coding.code[:2] not in _MUTUAL_ROOTS:
        parties = []  # a riot is the protesters' act, not a joint one
    return coding.code, coding.source, coding.target, parties


def _speaker_of_noun(noun: Token, code: str) -> Actor | None:
    """ "Thanks to all partners for ...", "our support for Ukraine remains ironclad": the
    speaker's own act, with no one else named."""
    if noun.lower_ == "thanks" and noun.dep_ in ("ROOT", "conj", "npadvmod"):
        return first_person("I")
    if code == "051":
        return next((first_person("I" if c.lower_ == "my" else "we") for c in noun.children
                     if c.dep_ == "poss" and c.lower_ in ("my", "our")), None)
    return None


def _placed_noun_roles(code: str, source: Actor | None, target: Actor | None, parties: list[Actor],
                       where: set[str], home: str | None, voice: str | None
                       ) -> tuple[Actor | None, Actor | None, list[Actor], set[str]]:
    """Sides of no stated country placed: in the one country of a clash or a protest ("clashes
    between police and protesters in Dhaka": the police of the place), else officials of the
    statement's voice or the document's country. Returns the roles and those the document filled."""
    from_document: set[str] = set()
    if len(where) == 1 and code[:2] in _FORCE_ROOTS | {"14"}:
        place = next(iter(where))
        local = _STATE_SECTORS | (_PEOPLE_SECTORS if code[:2] == "14" else set())  # rioters too
        source, target = (a if a is None else people_of(_placed_state(a, place, local), place, code)
                          for a in (source, target))
        parties = [people_of(_placed_state(a, place, local), place, code) for a in parties]
    if source is not None and not source.country and not is_coded(source) and source.sector in _STATE_SECTORS:
        country = voice or home
        if country:
            source = Actor(source.text, f"{country}{source.sector}", country, source.sector, source.title)
            from_document.add("source")
    return source, target, parties, from_document


def _noun_modality(noun: Token, code: str) -> tuple[str, bool, bool]:
    """A noun event's code as its sentence states it, with whether it is negated ("no talks",
    "the talks did not take place") or hypothetical (a modal or a condition on the verb it
    hangs from; a stated future is an intention, a refusal or a threat)."""
    verb = governing_verb(noun) if noun.lower_ != "thanks" else None  # thanks are given now, whatever follows
    negated = any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children) \
        or (verb is not None and noun.dep_ in ("nsubj", "nsubjpass", "dobj") and _negated(verb))
    modal = next((md for v in _modality_chain(verb) if (md := _modal(v))), None) if verb is not None else None
    hypothetical = False
    if modal in _FUTURE_MODALS or planned(noun):  # ("planning for a call between ...": intended)
        code, negated, hypothetical = rules.stated_future(code, negated)
    elif modal in _HYPOTHETICAL_MODALS - {"must"} or (verb is not None and _conditional(verb)):
        hypothetical = True
    return code, negated, hypothetical


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


class EventCoder:
    """Turns one parsed sentence into coded events."""

    def __init__(self, resolver: ActorResolver | None = None, lexicon: Lexicon | None = None) -> None:
        self.resolver = resolver or default_resolver()
        self.lexicon = lexicon or default_lexicon()
        # Surnames of the people the document being coded names, with the actor the people table
        # gives the full name, if any (document_persons); set by code().
        self._persons: dict[str, Actor | None] = {}
        # The places the document being coded is about (places.DocContext), set by code().
        self._context: Iterable[str] = ()
        # Set while _pronoun_owner reads a clause subject's actors (which may hold another "its")
        self._owning = False

    # --- public -------------------------------------------------------------------------
    def code(self, sentence: Sentence, doc: Doc, first_id: int = 1, doc_id: str = "doc",
             home: str | None = None, voice: str | None = None,
             persons: dict[str, Actor | None] | None = None, context: Iterable[str] = ()) -> list[Event]:
        """Events of one parsed sentence. `home`: the one country the whole document is about,
        if any; officials, police or troops the sentence leaves unplaced belong to it. `voice`:
        the country an official statement speaks for; its unplaced officials acting are its own.
        `persons`: surnames of the people the document names (document_persons): such a name
        alone is that person, not a town or a capital ("Melton Lewis Paris ... Paris had been shot",
        "Palestinian President Mahmoud Abbas ... Abbas reiterated"). `context`: the places the
        document is about (geocoder.document_context): a town named as a party is looked up with
        them, as the geocoder does ("gunmen fired on a security patrol in Karak" in a report from
        Jordan is Jordan's Karak, not Pakistan's)."""
        self._persons = persons or {}
        self._context = context
        matches = [m for m in (self._match(t) for t in doc) if m is not None]
        seen: set[tuple] = set()  # (family, source, target, negated) of the events kept so far
        separate: set[int] = set()  # events that stand alone though another names a target
        events = self._verb_events(matches, sentence, doc, home, voice, seen, separate)
        events += self._noun_events(matches, sentence, doc, home, voice, seen)
        events = _past_link_list(_one_report_each(events, separate), sentence, doc)
        if _READ_MORE.match(sentence.text):
            events = []  # "READ MORE: EU-Canada trade deal clears legal hurdle": a link to another story
        for n, event in enumerate(events, start=first_id):
            event.id = f"{doc_id}:e{n}"
        return events

    def _verb_events(self, matches: list[_Match], sentence: Sentence, doc: Doc, home: str | None,
                     voice: str | None, seen: set[tuple], separate: set[int]) -> list[Event]:
        """The events of the verb triggers, one per action: a verb that is part of another's
        event (a frame's complement, a protest's demand, an attack's participle) gives none."""
        # Frame verbs (agree, urge, deny...) whose complement is itself an event are coded
        # through the complement, so one action gives one event; a denial stays an event too.
        framing = {head.i for head in (self._frame_of(m.verb)[1] for m in matches) if head is not None}
        # "staged a rally to demand reforms", "blocked roads demanding his return": what the
        # protesters demand is the protest's cause, not a second event.
        protests = {m.verb.i for m in matches if m.trigger.cameo[:2] == "14"}
        # "stormed the headquarters, killing five officers": the participle tells what the
        # attack did; it is the same act.
        attacks = {m.verb.i for m in matches if m.trigger.cameo[:2] in _VIOLENT_ROOTS}
        roots = {m.verb.i: m.trigger.cameo[:2] for m in matches}
        events: list[Event] = []
        for m in matches:
            if _part_of_another(m, framing, protests, attacks, roots):
                continue
            made = self._event(m, sentence, doc, home, voice)
            extra = self._also_condemned(m, made) + self._also_visited(m, made)
            for event in made + extra + self._also_targeted(m, made + extra):
                key = (_family(event.cameo), _code(event.source), _code(event.target), event.negated)
                if event.cameo[:2] == "17":  # "was arrested and charged with murder": two steps of the law
                    key += (_LEGAL_STEPS.get(m.verb.lemma_.lower()),)
                if event.cameo[:2] in _VIOLENT_ROOTS and event.target is None and _own_object(m.verb):
                    # "fired at warships, launched attacks on infrastructure and attacked
                    # vessels": each verb with its own object is an attack of its own
                    key += (m.verb.i,)
                    separate.add(id(event))
                if key in seen:
                    continue
                seen.add(key)
                events.append(event)
        return events

    def _also_condemned(self, m: _Match, made: list[Event]) -> list[Event]:
        """ "condemned the DPRK's destabilizing missile tests and Russia's brutal and illegal invasion of
        Ukraine", "condemned the DPRK's continued development of ..., and Russian aggression in Ukraine":
        the owner of each further act condemned is criticised too (round 11). `made`: the verb's own
        events."""
        if m.trigger.cameo[:2] != "11":
            return []
        first = next((e for e in made if e.cameo[:2] == "11" and is_coded(e.target)), None)
        if first is None:
            return []
        extra: list[Event] = []
        for obj in (c for c in m.verb.children if c.dep_ == "dobj"):
            for item in obj.conjuncts:
                owners = [a for c in item.children if c.dep_ == "poss" for a in self._actors(c)] or [
                    a for c in item.children if c.dep_ in ("amod", "compound") for a in _modifier_actors(c, self)]
                for owner in owners:
                    if owner.actor and (owner.country or owner.sector == "IGO") and owner.actor != first.target.actor and not (
                            first.source is not None and owner.actor == first.source.actor):
                        extra.append(replace(first, target=owner, target_from="parse"))
        return extra

    def _also_targeted(self, m: _Match, made: list[Event]) -> list[Event]:
        """ "Russia warned Finland and Sweden against joining NATO", "Pyongyang denounced joint drills
        by the United States, South Korea and Japan": an act aimed at several coordinated parties is
        aimed at each (one event per target, the PETRARCH/ICEWS convention). Only parties the tables
        code, each once; a mutual act keeps its participants instead. `made`: the verb's own events."""
        first = next((e for e in made if is_coded(e.target) and not e.mutual), None)
        if first is None or m.verb.lemma_.lower() in _TOPIC_VERBS:
            return []  # ("discussed China and Taiwan": topics, not parties)
        verb = m.verb
        holders = [verb] + ([m.obj] if m.obj is not None else [])
        heads = [c for h in holders for c in h.children if c.dep_ in ("dobj", "dative")]
        heads += [o for h in holders for o in prep_objects(h, ("to", "against", "with", "on", "at", "by", "toward",
                                                                 "towards", "for", "over"), by="lemma")]
        done = {a.actor for a in (first.source, first.target) if a is not None and a.actor}
        done |= {e.target.actor for e in made if e.target is not None and e.target.actor}
        extra: list[Event] = []
        for head in heads:
            if not any(a.actor == first.target.actor for a in self._actors(head)):
                continue
            for other in head.conjuncts:
                for actor in self._actors(other):
                    if actor.actor and actor.actor not in done and (actor.country or actor.sector == "IGO"):
                        done.add(actor.actor)
                        extra.append(replace(first, target=actor, target_from="parse"))
        return extra

    def _also_visited(self, m: _Match, made: list[Event]) -> list[Event]:
        """ "Biden visited Kyiv, Ukraine and Warsaw, Poland", "Blinken visited Japan and South Korea":
        a trip to places of several countries is a visit to each (042 each); two towns of one country
        are one visit. `made`: the verb's own events."""
        first = next((e for e in made if e.cameo == "042" and e.target is not None and e.target.country), None)
        if first is None:
            return []
        seen = {first.target.country} | ({first.source.country} if first.source and first.source.country else set())
        extra: list[Event] = []
        for obj in (c for c in m.verb.children if c.dep_ == "dobj"):
            for t in obj.subtree:
                if t.i == obj.i or t.ent_type_ != "GPE" or t.dep_ not in ("conj", "appos", "npadvmod"):
                    continue
                for place in self._actors(t):
                    if place.country and place.country not in seen:
                        seen.add(place.country)
                        extra.append(replace(first, target=Actor(place.text, f"{place.country}GOV", place.country, "GOV"),
                                             target_from="parse"))
        return extra

    def _noun_events(self, matches: list[_Match], sentence: Sentence, doc: Doc, home: str | None,
                     voice: str | None, seen: set[tuple]) -> list[Event]:
        """Events stated as nouns ("the arrest of three journalists", "Russian strikes on Kyiv")
        that no verb event already holds."""
        nouns = match_nouns(doc, self.lexicon, _taken_by_verbs(matches))
        parts = _parts_of_exercises(nouns)
        events: list[Event] = []
        for nm in nouns:
            if nm.noun.i in parts:
                continue  # "an exercise that comprises air and ground drills": one exercise
            for event in self._noun_event(nm, sentence, doc, home, voice):
                key = (_family(event.cameo), _code(event.source), _code(event.target), event.negated)
                if key in seen:
                    continue
                seen.add(key)
                events.append(event)
        return events

    # --- trigger matching ---------------------------------------------------------------
    def _match(self, verb: Token) -> _Match | None:
        if verb.pos_ not in ("VERB", "AUX") and not verb.tag_.startswith("VB") \
                and not (verb.dep_ == "acomp" and verb.lower_.endswith("ed") and verb.lower_ in self.lexicon.verb_of_form) \
                and not _clause_head(verb):
            return None  # but "remains fully committed to supporting": a participle the tagger calls an adjective
        if verb.dep_ in ("amod", "acomp") and not any(c.dep_ in ("dobj", "prep", "agent", "xcomp") for c in verb.children):
            return None  # "it's striking that", "a threatening letter": a description, not an act
        if _no_comment(verb):
            return _Match(verb, _NO_COMMENT, None)
        if charge_denied_after(verb) is not None:
            return _Match(verb, _CHARGE_DENIED, None)  # "..., a charge Abu Dhabi denies": 016
        if _thanks_for(verb):
            return _Match(verb, _THANKS_FOR, None)  # "Thank you, Mr. President, for your leadership": 051
        if _guest_welcomed(verb):
            return _Match(verb, _HOSTING, next(c for c in verb.children if c.dep_ == "dobj"))  # 043
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _DECLINING and _withheld_object(verb):
            return None  # "declined to give details": the declining verb's comment declined (011), no aid refused
        if _conditional_response(verb):
            return _Match(verb, _RESPONSE_THREAT, None)  # "will act ... should these attacks continue"
        candidates = self.lexicon.triggers.get(verb.lemma_.lower()) \
            or self.lexicon.triggers.get(self.lexicon.verb_of_form.get(verb.lower_, ""))
        if verb.lemma_.lower() in _ASSEMBLY_VERBS and any(
                c.dep_ == "nsubj" and _counted(c).lemma_.lower() in _PROTESTERS for c in verb.children):
            return _Match(verb, _ASSEMBLY, None)  # "Hundreds of demonstrators gathered outside the cathedral"
        if _blast(verb):
            return _Match(verb, _BLAST, None)  # "A car bomb exploded in Mogadishu"
        if (freed := _ordered_freed(verb)) is not None:
            return _Match(verb, _ORDERED_RELEASE, freed)  # "A judge ordered the two activists freed on bail"
        if verb.lemma_.lower() in _RELEASING and verb.tag_ == "VBN" \
                and any(_ordered_freed(h) is not None for h in (verb.head, verb.head.head)):
            return None  # the participle of that order: the order is the release, no demand of another
        if _toll_left(verb):
            return _Match(verb, self._toll_trigger(verb), None)  # "The attack left one officer dead"
        if verb.dep_ == "conj" and verb.lower_ in _TOLL_WORDS and _toll_left(verb.head):
            return None  # "... dead and three people wounded": the same toll of the same attack
        if (protests := protests_there_were(verb)) is not None:
            return _Match(verb, _PROTESTS_THERE_WERE, protests)  # "there were protests in sixty cities"
        if (wounded := wounded_who_died(verb)) is not None:
            return _Match(verb, _WOUNDED_DIED, wounded)  # "Two of the wounded later died in hospital"
        if _name_calling(verb):
            return _Match(verb, _NAME_CALLING, None)  # "Critics called him a dictator"
        if (judged := _judged_in_speech(verb)) is not None:
            return _Match(verb, _JUDGED_IN_SPEECH, judged)  # "Moscow said the sanctions were illegitimate"
        if not candidates:
            if _must_clause(verb):  # "Russia said Sudan must return the helicopter"
                return _Match(verb, _DEMAND, None)
            return None
        # Particles and prepositions of phrasal verbs, and the fixed noun of idioms ("take part").
        preps = {c.lemma_.lower() for c in verb.children
                 if (c.dep_ in ("prep", "prt", "agent", "dative", "dobj") and not _temporal(c))
                 or (c.dep_ == "advmod" and c.lower_ in _ADVERB_PARTICLES)  # ("pulled back": tagged an adverb)
                 or (c.dep_ in ("advmod", "npadvmod") and c.lower_ in _BEARINGS  # "advanced northwest of Avdiivka"
                     and has_prep(c, "of"))}
        if any(c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               for c in verb.children):
            preps.add("to")  # "ordered the ambassador to leave": the table's "order to leave"
        if any(c.dep_ in ("advcl", "ccomp") and c.i > verb.i
               and any(k.dep_ == "mark" and k.lower_ == "for" and k.i == verb.i + 1 for k in c.children)
               for c in verb.children):
            # "called for the perpetrators to be brought to justice": the parser makes "for" the mark
            # of the clause that follows; it is the verb's own "call for"
            preps.add("for")
        objects = list(_objects(verb)) + _misparsed_objects(verb) + _listed_objects(verb) + [
            # "Jury finds Andrew Lopez guilty": the verdict the parser hangs on the verb as a clause
            c for c in verb.children if c.dep_ in ("ccomp", "oprd") and c.pos_ == "ADJ"] + [
            # "Jury finds suspect in Troy office shooting guilty": or deeper, on the object's words
            t for t in verb.subtree if verb.lemma_.lower() == "find" and t.lower_ in ("guilty", "innocent")
            and t.i > verb.i and not (t.dep_ == "amod" and t.i < t.head.i)]  # (not "found the guilty party's car")
        # ("found a former Kraft Foods company employee guilty of murder": after its noun, the verdict)
        for trigger in candidates:
            if trigger.preps and not (trigger.preps & preps):
                continue
            if trigger.preps and not trigger.objects and trigger.target == "prep" \
                    and (trigger.preps & preps) <= _AIMING_PREPS and any(
                        c.dep_ == "dobj" and self._agentive(c) for c in verb.children):
                # "shot three people at a birthday party": with a person as object, "at" says where
                # ("fired rockets at Israel" keeps its aim: a weapon is no one)
                continue
            if not trigger.objects:
                if trigger.target == "actor" and not self._object_names_actor(verb, trigger):
                    continue
                if trigger.target == "intrans" and any(
                        c.dep_ == "dobj" and not any(a.lower_ in _MISREAD_PLACE_PREPS for a in c.children)
                        for c in verb.children):
                    continue  # "demonstrated its resolve" is not a demonstration (but "rallied outside parliament")
                if trigger.cameo[:2] == "13" and not self._threat_aimed(verb):
                    continue  # "threatened freedom of navigation": endangered, not a threat made
                return _Match(verb, trigger, None)
            for obj in objects:
                if _lemma_matches(obj, trigger.objects):
                    return _Match(verb, trigger, obj)
            if trigger.objects & _EXERCISES:
                # "took part in Zapad-2025": a named exercise is an exercise
                named = _operation_tokens(verb.doc)
                for obj in objects:
                    if obj.i in named:
                        return _Match(verb, trigger, obj)
        return _Match(verb, _DEMAND, None) if _must_clause(verb) else None

    def _toll_trigger(self, verb: Token) -> Trigger:
        """The code of an attack told by its toll: the attack noun's own row where a specific one fits
        ("The knife attack in Solingen left three dead" is 182, as the noun table codes a knife attack)."""
        attack = _toll_attack(verb)
        for trigger in self.lexicon.nouns.get(attack.lemma_.lower()) or ():
            if trigger.needs and _compound_matches(attack, trigger) and _needs_met(attack, trigger):
                return replace(_TOLL_LEFT, cameo=trigger.cameo)
        return _TOLL_LEFT

    def _threat_aimed(self, verb: Token) -> bool:
        """A threat names whom it is aimed at or what it threatens to do: "threatened Kyiv",
        "threatened further action against Russia", "threatened to cut off electricity". With
        only a thing as object ("threatened freedom of navigation") the verb means endangered."""
        if verb.dep_ == "acl" and verb.tag_ == "VBN" and not any(
                c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "prep" and c.lower_ == "with") for c in verb.children):
            return False  # "a region threatened by Islamic extremists": endangered, no threat made
        if any(t.lemma_.lower() in _WEATHER for t in verb.subtree):
            return False  # "forecasters warned that a storm could drop an inch of rain": a forecast
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if not objects:
            # "warned of cloudy weather", "warned of a humanitarian catastrophe": a forecast, not
            # a threat; "warned of consequences", "warned of retaliation" are threats
            about = prep_objects(verb, ("of", "about"), by="lemma")
            return not about or any(self._actors(o) or o.lemma_.lower() in _THREAT_OBJECTS for o in about)
        if any(c.dep_ in ("xcomp", "ccomp", "dative") for c in verb.children):
            return True
        about = prep_objects(verb, ("of", "about"), by="lemma")
        if about and all(o.lemma_.lower() not in _THREAT_OBJECTS for o in about) and all(
                (a.sector in ("CVL", None) and not a.country) for o in objects for a in self._actors(o)):
            return False  # "warning residents about two recent scams": advice to people, not a threat
        for holder in [verb, *objects]:
            if any(self._actors(o) for o in prep_objects(holder)):
                return True
        return any(self._actors(o) or self._possessors(o) or o.lemma_.lower() in _THREAT_OBJECTS for o in objects)

    def _object_names_actor(self, verb: Token, trigger: Trigger) -> bool:
        """ "met Lavrov", "helped Ukraine", "X and Y met" - not "met the needs", "supports" alone.
        Meeting someone takes the person; helping may name the owner ("support the defense of Ukraine")."""
        owner_counts = not trigger.cameo.startswith("04")
        has_object = any(c.dep_ == "dobj" for c in verb.children)
        if _is_passive(verb) and self._patients(verb):
            return True
        for subject in (c for c in verb.children if c.dep_ == "nsubj"):
            if not has_object and (len(_members(subject)) > 1 or _joint_subject(subject)):
                return True
        for c in verb.children:
            if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _INFORMATION_NOUNS:
                continue  # "released the name of a woman", "released footage of the soldiers"
            if c.dep_ in ("dobj", "dative") or (c.dep_ == "nsubjpass"):
                # meeting someone takes the person, not "NATO's capability targets"
                named = self._actors(c) if owner_counts or c.pos_ == "PROPN" \
                    else ([] if self.resolver.resolve(c.text) is None
                          and (c.lemma_.lower() not in _MET_PEOPLE or self.resolver.resolve(_modified(c)) is None)
                          else [True])
                if c.ent_type_ in ("PERSON", "GPE", "NORP") or named \
                        or (owner_counts and self._possessors(c)):
                    return True
            if c.dep_ in ("ccomp", "xcomp") and self._actors_of_dep(c, ("nsubj",)) \
                    and not (c.dep_ == "ccomp" and verb.lemma_.lower() in _DENYING and _own_doing(c)):
                # "helping Moscow rebuild", "Putin denies Ukraine has statehood" (but "denied that its
                # troops had shelled the village" says they did not do it: no one is rejected)
                return True
        if _place_read_as_adverb(verb) is not None and self._actors(_place_read_as_adverb(verb)):
            return True
        return any(self._actors(o) for o in prep_objects(verb, ("with", "to", "against"), by="lemma"))

    # --- one event ----------------------------------------------------------------------
    def _event(self, m: _Match, sentence: Sentence, doc: Doc, home: str | None = None,
               voice: str | None = None) -> list[Event]:
        """One event from a matched trigger: its roles from the parse, phase by phase (each a
        method below, in this order), then its code, modality and evidence."""
        verb = m.verb
        r = self._parsed_roles(m)
        if r is None:
            return []
        self._framed_roles(m, r)
        self._joint_parties(r)
        self._chosen_target(m, r, doc)
        self._placed_roles(m, r, doc, home, voice)
        self._harmed(m, r, home)
        undergone = _undergone(m)
        self._unnamed_doer(m, r, undergone, voice)
        r.source, r.target = _local_namesake(r.source, home), _local_namesake(r.target, home)
        source, target, frame, frame_verb, places = r.source, r.target, r.frame, r.frame_verb, r.places
        joint, elsewhere, co_authors, from_document = r.joint, r.elsewhere, r.co_authors, r.from_document
        if _not_an_event(m, source, target, undergone) is not None:
            return []

        context = _context_lemmas(verb, m.obj)
        code = self.lexicon.refine(m.trigger.cameo, context)
        coding = rules.apply(rules.Coding(
            code, source, target, verb=verb.lemma_.lower(), noun=m.obj.lemma_.lower() if m.obj is not None else None,
            context=context, target_is_place=target is not None and target in places,
            subject_is_person=_person_subject(verb), sentence_words=_sentence_lemmas(doc),
            passive=_is_passive(verb) or _reduced_passive(verb),
            objects=frozenset(c.lemma_.lower() for c in verb.children if c.dep_ == "dobj")))
        code, source, target = coding.code, coding.source, coding.target
        code = _person_supported(m, code)
        source, target = _not_itself(source, target, _is_passive(verb) or _reduced_passive(verb), from_document)
        code, negated, hypothetical = self._modality(m, code, frame, frame_verb)
        if code[:2] == "03":
            code = self.lexicon.refine(code, context)

        info = self.lexicon.code(code)
        start = sentence.start
        first = min([verb.i] + ([m.obj.i] if m.obj is not None else []))
        last = max([verb.i] + ([m.obj.i] if m.obj is not None else []))
        # (the verb with its object noun, up to "conducted a series of glide bomb strikes": what a later
        # "the strikes" names, document.resolve_references)
        trigger_text = doc[first:last + 1].text if last - first < 8 else verb.text
        confidence = 0.45 + 0.2 * bool(m.trigger.objects) + 0.1 * bool(m.trigger.preps) \
            + 0.15 * (source is not None and target is not None)
        event = Event(
            id="", sentence_id=sentence.id, evidence=sentence.text,
            span=(sentence.start, sentence.end), cameo=info.code,
            plover=info.plover, plover_mode=info.plover_mode, goldstein=info.goldstein,
            source=source, target=target, negated=negated, hypothetical=hypothetical,
            confidence=round(min(confidence, 0.95), 2), trigger=trigger_text,
            trigger_span=(start + doc[first].idx, start + doc[last].idx + len(doc[last])),
            source_from=("document" if "source" in from_document else "parse") if source is not None else None,
            target_from=("document" if "target" in from_document else "parse") if target is not None else None,
        )
        if target is None and info.code[:2] in _REACTION_ROOTS:
            event.reacts_to = self._referenced_act(verb, m.obj)
        return [self._parties(event, joint, elsewhere, co_authors, m)]

    # --- the roles of one event, phase by phase (called by _event in this order) -------------
    def _parsed_roles(self, m: _Match) -> _Roles | None:
        """Doers, targets and places as the parse states them (None: no event)."""
        verb = m.verb
        frame, frame_verb = self._frame_of(verb)
        sources = self._sources(verb if frame_verb is None else frame_verb, verb)
        targets = self._targets(m, conditioned=frame in ("threaten", "demand", "refuse"))
        if frame_verb is not None and frame_verb.pos_ == "NOUN":
            sources = self._possessors(frame_verb) or sources  # "the policy of the United States", "our aim"
        places = self._place_targets(m)  # where the act took place, as actors (read several times below)
        if _done_to_people(m.trigger.cameo) and (_is_passive(verb) or _reduced_passive(verb)) \
                and verb.lemma_.lower() not in _ALLEGING and not self._patients(verb):
            # "William Goble, 26, was arrested", "Okruashvili was sentenced": a person the tables
            # do not know, harmed or tried, is one of the people (placed below like other victims)
            targets = self._named_people(verb) + targets
        elif _done_to_people(m.trigger.cameo) and not targets and any(
                c.dep_ == "nsubj" and c.lemma_.lower() in _PROJECTILES | _BLASTS for c in verb.children):
            # "a stray bullet killed 10-year-old Kathina Thomas": whom the weapon hit, named or not
            doc_entities = verb.doc.has_annotation("ENT_IOB")  # (the first pass parses without them)
            targets = [Actor(_phrase_text(c, with_of=False), "CVL", None, "CVL") for c in verb.children
                       if c.dep_ == "dobj" and ((c.pos_ == "PROPN" and (c.ent_type_ == "PERSON" or not doc_entities))
                                                or (c.pos_ == "NOUN" and self._agentive(c)))]
        if m.trigger is _NO_COMMENT:
            # "could not be reached for comment": the one silent is the subject, passive or not
            sources = sources or self._actors_of_dep(verb, ("nsubj", "nsubjpass"))
            targets = []
        if m.trigger.cameo == "112" and verb.lemma_.lower() in _LABELLING_VERBS:
            labelled = self._labelled_act(verb)
            if labelled is None:
                return None
            sources, targets = labelled
        if m.trigger.target == "from":
            sources, targets = self._received_from(m, sources)
        if not sources and m.trigger.cameo.startswith(_SENT_AWAY_CODES) and _is_passive(verb):
            # "was extradited from Spain", "were deported from the United States": the country
            # that sends them away
            sources = [a for o in prep_objects(verb, "from") for a in self._actors(o) if a.country]
        return _Roles(sources, targets, places, frame, frame_verb)

    def _received_from(self, m: _Match, sources: list[Actor]) -> tuple[list[Actor], list[Actor]]:
        """ "Ukraine received weapons from Denmark": the giver acts, the receiver is the target.
        Returns (sources, targets)."""
        verb = m.verb
        givers = [a for holder in [verb] + ([m.obj] if m.obj is not None else [])
                  for o in prep_objects(holder, "from", by="lemma") for a in self._actors(o)]
        if not givers and m.obj is not None:
            # "faced Palestinian criticism", "came under Russian attack": the nationality says who
            givers = [a for c in m.obj.children if c.dep_ in ("amod", "compound")
                      for t in (c, *c.conjuncts) if t.ent_type_ in ("NORP", "GPE") for a in self._actors(t)]
        if not sources and m.trigger.cameo[:2] in _VIOLENT_ROOTS | {"17"}:  # ("Gomes faces two counts of murder")
            # "Dolan died from a gunshot wound": the one who underwent it, as the text names them
            victim = self._unnamed_subject(verb, verb)
            sources = [victim] if victim is not None and victim.text.lower() not in ("it", "this", "that") else []
            if sources and sources[0].actor is None and sources[0].text.lower() not in _PERSONAL_PRONOUNS:
                sources = [Actor(sources[0].text, "CVL", None, "CVL")]  # someone, one of the people
        return givers, sources

    def _framed_roles(self, m: _Match, r: _Roles) -> None:
        """Roles under a frame: the accused does the alleged act, the one urged or warned is the
        target, an order to one's own side is the ordered act."""
        verb, frame, frame_verb = m.verb, r.frame, r.frame_verb
        sources, targets = r.sources, r.targets
        if frame == "accuse" and frame_verb is not None:
            # "Kyiv accused Moscow of shelling the plant": the alleged act is Moscow's; never the
            # accuser's, even when the tables cannot code the accused ("accused the North of
            # sending troops": named as the text names it)
            accused = [c for c in frame_verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")]
            sources = self._actors_of_dep(frame_verb, ("dobj",)) \
                or [Actor(_phrase_text(c), None, None, None) for c in accused] or sources
        addressees = self._actors_of_dep(frame_verb, ("dobj",)) if frame in ("appeal", "demand", "threaten") else []
        if frame == "appeal" and not addressees:
            # "Poland called on NATO to deploy more troops": whom the call is made on
            addressees = [a for o in prep_objects(frame_verb, ("on", "upon")) for a in self._actors(o) if is_coded(a)]
        if frame == "threaten" and addressees:
            # "Beijing warned Washington against arming Taiwan": the warning is aimed at Washington.
            targets, addressees = addressees, []
        if addressees and sources and sources[0].country and sources[0].country == addressees[0].country \
                and frame_verb.lemma_.lower() in _COMMAND_VERBS:
            # An order to one's own side ("Putin ordered Russian troops to attack Kyiv") is
            # coded as the ordered act, done by those ordered.
            sources, frame, frame_verb = addressees, None, None
        elif frame == "appeal" and frame_verb is not None:
            # "X urged Y to withdraw": X appeals, Y is the target.
            targets = addressees or self._actors_of_dep(verb, ("nsubj",)) or targets
        if frame in ("appeal", "demand") and frame_verb is not None and _is_passive(frame_verb):
            # "Obama is being pressured by Congress to help Iran": Congress asks Obama.
            sources = [a for p in frame_verb.children if p.dep_ == "agent"
                       for c in p.children if c.dep_ == "pobj" for a in self._actors(c)]
            targets = self._actors_of_dep(frame_verb, ("nsubjpass",)) or targets
        if frame == "demand" and frame_verb is not None and _must_clause(verb):
            targets = self._actors_of_dep(verb, ("nsubj",)) or targets  # "... that China must ..."
        if frame in ("appeal", "demand") and frame_verb is not None and not sources and _is_passive(verb) \
                and not _is_passive(frame_verb):
            # "The EU called for all hostages to be released": the act asked for names no doer; the
            # one who asks is the appeal's source
            sources = self._actors_of_dep(frame_verb, ("nsubj",))
        r.sources, r.targets, r.frame, r.frame_verb = sources, targets, frame, frame_verb

    @staticmethod
    def _joint_parties(r: _Roles) -> None:
        """ "Russia and China held talks (in Beijing)": each party acts toward the others; "Russia
        and China condemned the sanctions": both did it (co-authors)."""
        parties = {a.actor for a in r.sources} | {a.actor for a in r.places}
        if len(r.sources) >= 2:
            # "Canada and India expelled each other's diplomats": the other side, not a third party
            r.targets = [t for t in r.targets if not _EACH_OTHER.search(t.text)]
        if len(r.sources) >= 2 and all(t.actor in parties for t in r.targets):
            r.joint = r.sources
            # "... condemned the strikes in Syria": where, not with whom
            r.elsewhere = [t for t in r.targets if t.actor not in {a.actor for a in r.sources}]
            r.sources, r.targets = r.sources[:1], r.sources[1:2]
        r.source = r.sources[0] if r.sources else None
        r.co_authors = r.sources

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

    def _placed_roles(self, m: _Match, r: _Roles, doc: Doc, home: str | None, voice: str | None) -> None:
        """Officials, troops or police of no stated country placed: a statement's own officials are
        its author's; "Rwandan rebels demanded the removal of President X": an unplaced state actor
        in a sentence that names a single country belongs to it (so do "ethnic Albanians" in a
        sentence set in Serbia); with no country in the sentence, the document's."""
        source, target = r.source, r.target

        protest = m.trigger.cameo[:2] == "14"

        def unplaced(a: Actor | None) -> bool:  # UN or NATO troops belong to no country
            # (and people protesting in a town are its people: "Thousands of Shiites marched through Najaf")
            return a is not None and not a.country and not is_coded(a) and not of_others(a) and not (
                # "The three leaders agreed to deter DPRK aggression": the leaders of the meeting, whom
                # the document names (document.resolve_references), not of the country the sentence names
                a is source and group_of_parties(a.text) and not voice) and (
                a.sector in _STATE_SECTORS or _ethnic(a) or (protest and a is source and a.sector in _PEOPLE_SECTORS))

        if protest and unplaced(source) and source.sector in _PEOPLE_SECTORS \
                and (where := self._where_people_protest(m.verb, home)) is not None:
            # "Protesters rallied outside the Russian embassy in Vilnius": Lithuanians, whatever
            # other country the sentence names
            source = Actor(source.text, f"{where}{source.sector}", where, source.sector, source.title)
        if voice and unplaced(source) and not _ethnic(source):
            # "National Security Advisor Sullivan discussed concerns over China's actions", in a
            # White House readout: the statement's own officials, whatever else it names
            source = Actor(source.text, f"{voice}{source.sector}", voice, source.sector, source.title)
            r.from_document.add("source")
        if any(unplaced(a) for a in (source, target)):
            # (a town the actor tables do not know, tagged as a place, names its country through the
            # gazetteer: "Thousands of Shiites marched through Najaf"; read in the document's country
            # first: "detectives in Alexandria", in a report from Virginia, are American)
            context = (home,) if home else ()
            # (a country's name in several words is read whole: "in northern Burkina Faso", not
            # "Burkina" and "Faso"; an outlet's country is no one else's: "security sources told AFP")
            whole = {t.i: e.text for e in doc.ents if e.label_ in ("GPE", "LOC", "NORP") for t in e}
            naming = {t.i: c for t in doc if (t.ent_type_ in ("GPE", "NORP") or t.pos_ == "PROPN")
                      and (t.ent_type_ != "PERSON" or self._place_read_as_person(t))
                      and not (t.i and doc[t.i - 1].lower_ == "ethnic")
                      and not self.resolver.is_outlet(t.text)
                      and (c := self.resolver.country_of(whole.get(t.i, t.text)) or (
                          t.ent_type_ in ("GPE", "LOC") and (town := self._place_actor(t, context)) is not None
                          and town.country))}
            source, target = (_placed_by_own_town(a, home) if unplaced(a) else a for a in (source, target))
            in_sentence = set(naming.values())
            named = set(in_sentence) or ({home} if home else set())  # (a copy: popped below)
            if len(named) == 1:
                country = named.pop()
                placed = [Actor(a.text, f"{country}{a.sector}", country, a.sector, a.title) if unplaced(a) else a
                          for a in (source, target)]
                if _attacked_state(m.trigger.cameo, source, target, country) and unplaced(source):
                    placed[0] = source  # "Drones attacked the Russian city of Kursk": not Russia's drones
                if _attacked_state(m.trigger.cameo, target, source, country) and unplaced(target):
                    placed[1] = target  # "The US shot down most of the drones": not America's drones
                naming_words = [doc[i] for i, c in naming.items() if c == country]
                if in_sentence and unplaced(source) and (m.trigger.cameo[:2] in _AIMED_AT_OTHERS or (
                        m.trigger.cameo[:2] == "04" and m.verb.lemma_.lower() in _TOPIC_VERBS
                        and not has_prep(m.verb))) \
                        and _named_only_in_object(m.verb, naming_words, topic=m.trigger.cameo[:2] == "04") \
                        and (m.trigger.cameo[:2] in _AIMED_AT_OTHERS - _FORCE_ROOTS
                             or all(t.ent_type_ == "NORP" or t.pos_ == "ADJ" for t in naming_words)):
                    # (force used on people: only their nationality says they are foreign, "arrested two
                    # Russian nationals"; "arrested Vernon Adkins, 40, of McKee" names where he lives)
                    # "The Treasury Department sanctioned 16 entities involved in Iran's drone
                    # program": the one country named is the object's, not the sanctioner's
                    placed[0] = source
                if in_sentence and m.trigger.cameo[:2] == "04" and _venue_only(
                        m.verb, [doc[i] for i, c in naming.items() if c == country]):
                    # "The two leaders met on the sidelines of the G20 summit in Bali": where they met,
                    # not whose leaders they are
                    placed = [source, target]
                if None in placed or placed[0].actor != placed[1].actor:  # not one body acting on itself
                    if not in_sentence:
                        r.from_document |= {role for role, a in (("source", source), ("target", target))
                                            if unplaced(a)}
                    source, target = placed
                elif m.trigger.cameo[:2] in _REPRESSIVE_ROOTS and target is not None \
                        and any(e.text == target.text and e.label_ in ("GPE", "LOC") for e in doc.ents):
                    # "President X declared a state of siege in Haiti": on the people there
                    source = placed[0]
                    target = Actor(target.text, f"{country}CVL", country, "CVL")
        r.source, r.target = source, target

    def _where_people_protest(self, verb: Token, home: str | None) -> str | None:
        """The one country of the places a protest is set in ("in Vilnius", "outside parliament in
        Warsaw", "through the streets of Tbilisi" read as "in"): protesters of no stated country
        are people of the place they march in. None when the places name no country or several."""
        context = (home,) if home else ()
        countries = set()
        for t in verb.subtree:
            if t.dep_ != "pobj" or t.pos_ != "PROPN" or t.head.lower_ not in _LOCATIVE_PREPOSITIONS | {"of"}:
                continue
            if t.head.lower_ == "of" and t.head.head.lemma_.lower() not in ("street", "centre", "center", "capital"):
                continue  # "the streets of Tbilisi", but not "the resignation of Pashinyan"
            for place in (t, *t.conjuncts):  # "in London and Paris": two countries, none chosen
                country = self.resolver.place_country(place.text)
                if country is None and (town := self._place_actor(place, context)) is not None:
                    country = town.country
                if country:
                    countries.add(country)
        return countries.pop() if len(countries) == 1 else None

    def _place_read_as_person(self, t: Token) -> bool:
        """A capital or country the small model tagged as a person, where the sentence puts it as a
        place: "protesters marched on parliament in Yerevan", "a rally outside Tbilisi", "police in
        Chisinau detained ...". It names its country like any place word (only a name, short name or
        capital counts: `ActorResolver.place_country`, so "in Jackson" or "near Lincoln" stay names)."""
        return t.dep_ == "pobj" and t.head.lower_ in _LOCATIVE_PREPOSITIONS \
            and self.resolver.place_country(t.text) is not None

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
            if place is not None:
                target = replace(target, actor=f"{place}{target.sector}", country=place) if forces_hit \
                    else people_of(target, place, m.trigger.cameo)
                if len(countries) != 1:  # "Several people were arrested", in a report about one country
                    r.from_document.add("target")
        r.target = target

    def _unnamed_doer(self, m: _Match, r: _Roles, undergone: bool, voice: str | None) -> None:
        """A doer the tables cannot code keeps its text with no code (GDELT's blank actor codes):
        a subject, a passive's agent, an attack told before ("the strikes killed five"), forces
        deployed, a fact sheet's author."""
        verb, frame_verb, source, target = m.verb, r.frame_verb, r.source, r.target
        if source is None and not undergone:
            # "Unknown attackers shot dead two soldiers", "the officials agreed"
            source = self._unnamed_subject(verb if frame_verb is None else frame_verb, verb)
            if source is not None and source.text.lower() in _CROWD_COUNTS and m.trigger.cameo[:2] != "14":
                source = None  # "Thousands rallied": a crowd protests; "Scores taken hostage" are victims
            if source is not None and source.actor is None and source.text.lower() == "it" and not is_coded(target):
                source = None  # "it's reinforcing the concern": a state's "it" acts on someone named
        if source is None and m.trigger.cameo[:2] in _VIOLENT_ROOTS and (vehicle := _shooting_vehicle(verb)) is not None:
            source = Actor(_phrase_text(vehicle, with_of=False))  # "a car drove by and fired shots at them"
        if source is None and _is_passive(verb):
            # "was shot dead by unknown attackers": the agent the tables cannot code keeps its text
            agents = [o for p in verb.children if p.dep_ == "agent" for o in p.children if o.dep_ == "pobj"]
            if agents and self._agentive(agents[0]) and agents[0].lower_ not in _NO_ONE:
                source = Actor(_phrase_text(agents[0], with_of=False))
        if source is None and m.trigger.cameo[:2] in _VIOLENT_ROOTS:
            # "the strikes killed at least five civilians": an attack the document already told of;
            # its doer is lent by events.document.resolve_references (or the marker is dropped there)
            told = next((c for c in verb.children if c.dep_ == "nsubj" and c.lemma_.lower() in _ATTACK_NOUNS
                         and definite(c)), None)
            if told is not None:
                source = Actor(_phrase_text(told, with_of=False))
        if source is None and m.trigger.verb == _TOLL_LEFT.verb:
            # "a series of attacks by Islamic State militants left 130 people dead": the attack's "by"
            attack = _toll_attack(verb)
            source = next((a for o in prep_objects(attack, "by") for a in self._actors(o)), None) \
                if attack is not None else None
        if source is None and _is_passive(verb) and verb.lemma_.lower() in ("launch", "fire") and target is not None \
                and target.country and target.sector == "MIL" \
                and any(c.dep_ == "nsubjpass" and c.lemma_.lower() in _WEAPONS | _PROJECTILES for c in verb.children):
            # "The missiles were launched from an area south of Pyongyang": whose the weapons fired are, fired them
            source, target = target, None
        if source is None and _is_passive(verb) and m.trigger.cameo[:2] == "15" and target is not None \
                and target.sector in ("MIL", "COP", "REB") and (target.sector != "REB" or target.country):
            # "Troops were deployed to the capital": the forces deployed are the show of force (so are a
            # state's irregulars: "Russian paramilitaries from the Africa Corps are deployed in Ouagadougou")
            source = target
            target = next((t for t in r.targets if t.actor != source.actor and t.country != source.country), None)
        if source is None and not undergone and voice and _bullet(verb if frame_verb is None else frame_verb) \
                and not _heading(verb):
            # "Providing enhanced rotational deployments in the Baltic region": a fact sheet's
            # subjectless item is what the statement's author does
            source = Actor("(the statement's author)", f"{voice}GOV", voice, "GOV")
            r.from_document.add("source")
        r.source, r.target = source, target

    def _labelled_act(self, verb: Token) -> tuple[list[Actor], list[Actor]] | None:
        """ "These attacks fit the textbook definition of terrorism", "Russia's strikes constitute
        war crimes": the one who says so accuses (the speaker, named later like "I") the doer of the
        act (its possessor or nationality). None unless an act is labelled a crime."""
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
        label = {t.lemma_.lower() for o in _objects(verb) for t in o.subtree}
        if not subjects or not label & _CRIME_LABELS or subjects[0].lemma_.lower() in _CRIME_LABELS:
            return None
        act = subjects[0]
        doers = self._possessors(act) + [a for c in act.children if c.dep_ in ("amod", "compound")
                                         and c.ent_type_ in ("NORP", "GPE") for a in self._actors(c)]
        return [first_person("I")], doers

    def _modality(self, m: _Match, code: str, frame: str | None, frame_verb: Token | None) -> tuple[str, bool, bool]:
        """The code as the sentence states it, with whether it is negated or hypothetical: a
        failed or ceased act, a frame (intended, asked, demanded, refused, threatened, denied,
        alleged), a litotes, a stated future, a modal or a condition. Returns (code, negated,
        hypothetical)."""
        verb = m.verb
        if m.trigger is _NO_COMMENT:
            return code, False, False  # "could not be reached for comment" states a fact
        negated = _negated(verb) or (frame_verb is not None and _negated(frame_verb)) or _failed(verb)
        if (verb.lemma_.lower(), m.trigger.cameo) in _LITOTES:
            negated = not negated  # "had no comment" declines to comment; "had a comment" does not
        hypothetical = False
        modal = next((md for v in _modality_chain(verb) if (md := _modal(v))), None) \
            or (frame_verb is not None and _modal(frame_verb))
        if verb.dep_ == "xcomp" and _performed_by_saying(verb.head, verb):
            modal = None  # "we would like to congratulate": congratulated in the saying
        if (not modal or modal == "might") and frame is None and _scheduled(verb):
            # "is due to meet", "is to make an official visit": a planned meeting is an
            # intention (036); anything else scheduled has not happened yet
            modal = "will" if code[:2] in _COOPERATIVE_ROOTS else "might"
        root = code[:2]
        if _failed(verb) and root in _COOPERATIVE_ROOTS and frame is None:
            # "failed to reach an agreement": cooperation sought and not achieved is a rejection.
            code, negated = _REFUSALS.get(root, "120"), False
            root = code[:2]
        if self._ceased(verb):
            code = _CEASE_CODES.get(root, code)
            root = code[:2]
        if frame == "intent" and root not in _COOPERATIVE_ROOTS:
            pass  # "pledged to expel the leaders": the act itself is what is coded
        elif frame == "intent":
            code = _framed(code, "intent") or "030"
        elif frame == "appeal":
            code = _framed(code, "appeal") or "020"
        elif frame == "demand":
            code = _framed(code, "demand") or "100"
        elif frame == "refuse":
            code = _REFUSALS.get(root, "120")
        elif frame == "threaten":
            code = "138" if root in _FORCE_ROOTS else "132" if root == "16" else "130"
        elif frame == "deny":
            negated = True  # the complement is what is denied; the denial is its own event
        elif frame == "accuse":
            hypothetical = True  # an alleged act is the accuser's claim, not an established fact
        elif frame == "consider":
            code = "014"  # "was considering sending troops": an option weighed (syntax._CONSIDER_VERBS)
        if verb.dep_ in ("acl", "ccomp", "relcl") and verb.head.pos_ == "NOUN" \
                and verb.head.lemma_.lower() in _ALLEGATION_NOUNS:
            hypothetical = True  # "arrested him on charges he killed his mother": alleged, not established
        if unestablished(verb):
            hypothetical = True  # "it is unclear whether", "there is no evidence that", "could not confirm that"
        if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in ("allege", "rumor", "rumour"):
            # "it is alleged he raped a girl", "prosecutors alleged that he stole": the allegation
            # is the event (112), what it alleges is not established (as with "accused X of")
            hypothetical = True
        future = modal in _FUTURE_MODALS or (modal == "would" and _in_reported_speech(verb))
        if (m.trigger.target == "from" and root == "17" and (modal or _ahead_of(verb))) \
                or (root == "17" and modal in _FUTURE_MODALS and _is_passive(verb)
                    and verb.lemma_.lower() in _LEGAL_STEPS
                    and not any(c.dep_ == "agent" for c in verb.children)):
            # "where he will stand trial", "before he stands trial": a trial undergone, still to come,
            # is neither a threat by the one tried nor a prosecution yet (round 13); so is a court's
            # step to come with no one named to take it: "The suspect will be arraigned Friday",
            # "He will be sentenced on May 4" (evlgl15)
            hypothetical = True
        elif frame is None and future and _comment_kept_up(verb, code):
            pass  # "we will continue to condemn Russia's shuttering of media": condemned now, and still
        elif frame is None and future:
            code, negated, hypothetical = rules.stated_future(code, negated)
        elif frame == "intent" and root in ("14", "18", "19", "20"):
            code = _THREAT_CODES[root]  # "vowed to fight", "pledged to strike back"
        elif modal in _HYPOTHETICAL_MODALS - {"must"} or (_conditional(verb) and code[:2] != "13"):
            # (a threat is made when it is said, its condition part of it: "if X attacks, we are
            # prepared to respond")
            hypothetical = True
        return code, negated, hypothetical

    def _referenced_act(self, verb: Token, obj: Token | None) -> frozenset[str]:
        """The roots of an act named by the object as already known: "condemned these
        attacks", "expressed condolences over the shooting", "praised the operation". An act
        with its own doer in the phrase ("Russia's attack") is coded where it stands."""
        heads = [obj] if obj is not None else []
        heads += [c for c in verb.children if c.dep_ == "dobj"]
        heads += [o for h in list(heads) + [verb]
                  for o in prep_objects(h, ("for", "over", "about", "of", "on", "after"), by="lemma")]
        for noun in heads:
            if noun.pos_ != "NOUN" or not definite(noun):
                continue
            if any(c.dep_ == "poss" and c.lower_ not in ("its", "their") for c in noun.children) \
                    or any(self._actors(c) for c in noun.children if c.dep_ in ("amod", "compound", "nmod")):
                continue
            rows = [t for t in self.lexicon.nouns.get(noun.lemma_.lower(), []) if len(t.noun.split()) == 1]
            if rows:
                return frozenset(t.cameo[:2] for t in rows)
        return frozenset()

    def _noun_event(self, nm: NounMatch, sentence: Sentence, doc: Doc, home: str | None = None,
                    voice: str | None = None) -> list[Event]:
        """One event stated as a noun, with the roles its phrase names (events.nouns)."""
        noun = nm.noun
        roles = noun_roles(nm, self)
        if not reported(noun, self, roles):
            return []
        context = {t.lemma_.lower() for t in noun.subtree} | {noun.lemma_.lower()}
        code = self.lexicon.refine(nm.trigger.cameo, context)
        code = self._promised_code(noun, code)
        where = {a.country for a in self._noun_places(noun)}
        code, source, target, parties = _coded_noun_roles(noun, roles, code, context, where, doc)
        if source is None:
            source = _speaker_of_noun(noun, code)
        source, target, parties, from_document = _placed_noun_roles(code, source, target, parties, where,
                                                                    home, voice)
        code, negated, hypothetical = _noun_modality(noun, code)
        info = self.lexicon.code(code)
        first = noun.i - (len(nm.trigger.noun.split()) - 1) if " " in nm.trigger.noun else noun.i
        confidence = 0.4 + 0.15 * (source is not None) + 0.15 * (target is not None or len(parties) >= 2)
        event = Event(
            id="", sentence_id=sentence.id, evidence=sentence.text, span=(sentence.start, sentence.end),
            cameo=info.code, plover=info.plover, plover_mode=info.plover_mode, goldstein=info.goldstein,
            source=source, target=target, participants=parties[:_MAX_JOINT] if len(parties) >= 2 else [],
            negated=negated, hypothetical=hypothetical, confidence=round(min(confidence, 0.9), 2),
            trigger=doc[first:noun.i + 1].text,
            trigger_span=(sentence.start + doc[first].idx, sentence.start + noun.idx + len(noun)),
            source_from=("document" if "source" in from_document else "parse") if source is not None else None,
            target_from="parse" if target is not None else None,
            # "the drills", "these exercises": a mention of something already known (not "the Zapad drills")
            anaphoric=(source is None and not parties and definite(noun) and not any(c.pos_ == "PROPN"
                                                                                     for c in noun.lefts))
            or _exercise_told_again(noun),
        )
        return [event]

    def _promised_code(self, noun: Token, code: str) -> str:
        """A promise's code from the act it promises: "commitment to provide drones to Ukraine" is an
        intention to give aid (033), "a pledge to hold talks" an intention to meet (036); a bare
        "commitment" (030) otherwise."""
        act = promised_act(noun)
        if code[:2] != "03" or act is None:
            return code
        m = self._match(act)
        if m is None or m.trigger.cameo[:2] not in _COOPERATIVE_ROOTS or m.trigger.cameo[:2] == "03":
            return code
        return rules.intended(self.lexicon.refine(m.trigger.cameo, {t.lemma_.lower() for t in act.subtree}))

    def _noun_places(self, noun: Token) -> list[Actor]:
        """The country a noun's event took place in: "the arrest of three journalists in Minsk"."""
        found: list[Actor] = []
        # "clashes erupted in Dhaka": the verb the happening does holds its place
        holders = [noun] + ([noun.head] if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in _BREAKING else [])
        for t in (t for h in holders for t in (h.subtree if h is noun else prep_objects(h, deps=None))):
            if t.dep_ == "pobj" and t.head.lemma_.lower() in ("in", "near", "into") and t.ent_type_ == "GPE":
                found += [a for a in self._actors(t) if a.country]
        return found

    def _parties(self, event: Event, joint: list[Actor], elsewhere: list[Actor], co_authors: list[Actor],
                 m: _Match) -> Event:
        """Name every party acting together in `participants`: the parties of a mutual action
        (source and target are its first two), or the co-authors of a one-way act ("Russia and
        China condemned the sanctions": source is the first). One action stays one event
        however many take part; a second subject of a one-way act is not its target."""
        root = event.cameo[:2]
        if joint and root not in _MUTUAL_ROOTS and not _reciprocal(m.verb):
            event = replace(event, source=joint[0], target=elsewhere[0] if elsewhere else None)
            return self._co_authored(event, joint)
        if joint:
            parties = joint
        elif event.source is not None and event.target is not None and root in _WITH_MUTUAL_ROOTS \
                and not event.cameo.startswith(_ONE_WAY_CODES):
            partners = self._partners(m)
            if event.target.actor not in {p.actor for p in partners}:
                return self._co_authored(event, co_authors)
            parties = [event.source, event.target] + partners
        else:
            return self._co_authored(event, co_authors)
        if not joint and event.source is not None and not is_coded(event.source):
            # "Finer met with Andriy Yermak and Ukrainian military officials": the one who met them
            # stays the doer (named later from the document), whom they met the targets
            others = distinct_coded(parties[1:])
            return replace(event, participants=[event.source] + others[:_MAX_JOINT - 1]) if len(others) > 1 \
                else event
        unique = distinct_coded(parties)
        if len(unique) < 2:
            return event
        return replace(event, source=unique[0], target=unique[1], participants=unique[:_MAX_JOINT])

    @staticmethod
    def _co_authored(event: Event, authors: list[Actor]) -> Event:
        unique = distinct_coded(authors)
        if len(unique) < 2 or event.source is None or event.source.actor != unique[0].actor \
                or (event.target is not None and any(a.actor == event.target.actor for a in unique)):
            return event
        return replace(event, participants=unique[:_MAX_JOINT])

    def _partners(self, m: _Match) -> list[Actor]:
        """Who the act is done together with: "talks with X", "a deal with X", "clashed with X"."""
        holders = [m.verb] + ([m.obj] if m.obj is not None else [])
        return [a for holder in holders for o in prep_objects(holder, ("with", "alongside"), by="lemma")
                for a in self._actors(o)]

    def _frame_of(self, verb: Token) -> tuple[str | None, Token | None]:
        """The verb that frames this one as intended, requested, refused, threatened or denied,
        looking up through aspect verbs ("continue to deny", "urged X to stop supporting")."""
        if _must_clause(verb):
            return "demand", verb.head
        v = verb
        if (first := _conjoined_complement(verb)) is not None:
            v = first  # "agreed to provide radars and to train Philippine pilots": framed as the first is
        for _ in range(4):
            if _stated_intention(v):
                return "intent", v.head.head  # "Allies will announce their intention to provide ..."
            promised = promised_act(v.head) if v.dep_ == "acl" else None
            if promised is not None and promised.i == v.i:
                # "Australia's $30 million commitment to provide drones to Ukraine", "Putin's offer to
                # mediate between India and Pakistan": what a promise promises is intended, by its owner
                return "intent", v.head
            if v.dep_ == "pcomp" and v.head.lower_ == "by" and v.head.head.pos_ in ("VERB", "AUX") \
                    and v.head.head.i != v.head.i:
                # "accused Moscow of violating the truce by shelling Kharkiv": the means shares
                # the frame of the act it serves.
                return self._frame_of(v.head.head)
            report = v.head
            if v.dep_ in ("acl", "ccomp") and report.pos_ == "NOUN" and report.lemma_.lower() in _DENIED_NOUNS \
                    and report.dep_ == "dobj" and report.head.lemma_.lower() in _DENY_VERBS \
                    and any(c.dep_ == "mark" and c.lower_ == "that" for c in v.children):
                # "denied reports that China is supplying weapons", "dismissed claims that it had sent
                # drones": what the denied report says is denied, not told as done
                return "deny", report.head
            infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)
            if v.head.i == v.i or not (v.dep_ in ("xcomp", "ccomp", "pcomp", "pobj")
                                   or (v.dep_ == "advcl" and infinitive)):
                return None, None
            head = v.head
            if v.dep_ == "pobj" or (head.pos_ == "ADP" and head.head.i != head.i):
                head = head.head  # "called for talks", "deny supporting"
            if v.dep_ == "pcomp" and head.pos_ in ("NOUN", "PROPN") and head.dep_ == "dobj" \
                    and head.head.lemma_.lower() in _ACCUSING_VERBS:
                head = head.head  # "accused the rebels of attacking": the parser hangs "of" on the accused
            lemma = head.lemma_.lower()
            if (stated := charge_denied_after(head)) is not None and stated.i == v.i:
                return None, None  # "X has accused Y of Z, a charge Y denies": the accusation is stated
            if looked_forward_to(v):
                return "intent", head  # "I look forward to discussing these issues with President Xi" (036)
            # A finite "that" clause is reported content, not a framed act (except denials).
            finite_clause = v.dep_ == "ccomp" and not infinitive
            if lemma == "call" and v.lemma_.lower() in _CONVERSATION_VERBS \
                    and not called_on_someone(head):
                return None, None  # "called his Russian counterpart to discuss the crisis": a call, no appeal
            if _performed_by_saying(head, v):
                return None, None  # "I want to thank Chancellor Scholz": the thanks is given
            for name, verbs in _FRAMES:
                if lemma in verbs and (not finite_clause or name == "deny"):
                    if v.dep_ == "advcl" and name not in ("appeal", "demand"):
                        continue
                    own_subject = any(c.dep_ == "nsubj" for c in v.children) \
                        or any(c.dep_ == "dobj" for c in head.children)
                    if name == "intent" and own_subject and lemma in ("want", "expect", "hope", "propose"):
                        return "appeal", head  # "wants Putin to attack": asks someone else
                    return name, head
            if lemma == "be" and v.dep_ == "xcomp" and infinitive:
                # "It is the policy of the United States to cooperate with ...": the stated aim is
                # the intention of whoever's policy it is (sources from the noun, _parsed_roles)
                aim = next((c for c in head.children if c.dep_ == "attr" and c.lemma_.lower() in _AIM_NOUNS), None)
                if aim is not None:
                    return "intent", aim
            if v.dep_ == "advcl" and infinitive and head.dep_ in ("xcomp", "ccomp"):
                # a purpose clause shares the intent of the complement it serves: "agreed to open its
                # borders to allow humanitarian aid", "offered to send troops to help African forces",
                # "is willing to provide expertise to help the UN" (only intent: "urge Congress to pass
                # the funding to help Ukraine" stays the appeal to Congress it was)
                name, frame = self._frame_of(head)
                if name in ("intent", "consider"):  # "considering sending troops to Haiti to lead a mission"
                    return name, frame
            if lemma not in _ASPECT_VERBS and lemma not in _CEASE_VERBS:
                return None, None
            v = head
        return None, None

    @staticmethod
    def _ceased(verb: Token) -> bool:
        """ "stop supporting", "halt attacks": the action is being ended, not done."""
        head = verb.head
        return verb.dep_ in ("xcomp", "pcomp") and head.i != verb.i and head.lemma_.lower() in _CEASE_VERBS

    # --- actors -------------------------------------------------------------------------
    def _sources(self, verb: Token, action: Token) -> list[Actor]:
        if _thanks_for(action) or _guest_welcomed(action):
            return [first_person("I")]  # "Thank you, Mr. President, for ...": the speaker thanks
        if _is_passive(action):
            for prep in action.children:
                if prep.dep_ == "agent":
                    found = [a for c in prep.children if c.dep_ == "pobj" for a in self._actors(c)]
                    # "was hit by Russian shelling": the attack's nationality says who did it
                    return found or [a for c in prep.children if c.dep_ in ("pobj", "pcomp")
                                     and (c.lemma_.lower() in _ATTACK_NOUNS or c.lower_ in _ATTACK_NOUNS)
                                     for m in c.children if m.dep_ in ("amod", "compound", "poss")
                                     for a in self._actors(m) if a.country or is_coded(a)]
            # "killed in Israeli tank shelling": the attack noun names who did it ("were killed and
            # 20 injured in the Russian attack": the coordinated participle's phrase is shared).
            for prep in [*action.children, *(c for v in action.conjuncts if _is_passive(v) or v.tag_ == "VBN"
                                              for c in v.children)]:
                if prep.dep_ == "prep" and prep.lemma_ in ("in", "by"):
                    for noun in (c for c in prep.children if c.dep_ == "pobj"):
                        # "in Israeli tank shelling": the parser may split the compound and
                        # read "shelling" as a verb after the object "tank".
                        after = noun.nbor() if noun.i + 1 < len(noun.doc) else noun
                        if (noun.lemma_.lower() in _ATTACK_NOUNS or after.lower_ in _ATTACK_NOUNS) \
                                and not _building_fire(noun):  # ("killed in Athens bank fire": a blaze)
                            found = [a for c in noun.lefts if c.dep_ in ("amod", "compound", "poss", "nmod")
                                     for t in c.subtree
                                     # ("in Little Rock shooting": where it happened, not who shot)
                                     if not (t.ent_type_ in ("GPE", "LOC", "FAC") and c.dep_ == "compound"
                                             and self.resolver.resolve(t.text) is None)
                                     for a in self._actors(t)]
                            # "killed in a Ukrainian drone strike": the nationality names the doer, its
                            # military (the weapon word beside it is the means, no second party; session 16)
                            found = [_armed_act_of(noun, a) for a in found if a.country] or found
                            if found:
                                return found
                        if noun.lemma_.lower() in _FIGHTING | {"exchange"}:
                            # "killed in an exchange of fire with Pakistani troops": the other side
                            found = [a for t in noun.subtree if t.dep_ == "prep" and t.lower_ == "with"
                                     for o in t.children if o.dep_ == "pobj" for a in self._actors(o)]
                            if found:
                                return found
            return []
        for v in _subject_chain(verb):
            # (a passive's subject is its patient; "is committed to" is a stance, not a passive)
            # ("Obama is scheduled to attend": the controller; "were killed or wounded": a patient)
            subjects = [c for c in v.children if c.dep_ in ("nsubj", "csubj")
                        or (c.dep_ == "nsubjpass" and (not _is_passive(v) or (
                            v.i != action.i and not (action.dep_ == "conj" and action.head.i == v.i))))
                        or _gerund_subject_read_as_aux(c, v)]
            if len(subjects) > 1:
                # "Iraqi officials: car bomb kills 20": the headline's source before a colon, which
                # the parser makes a second subject, says it; it did not do it (round 11)
                subjects = [c for c in subjects if not (c.i + 1 < len(c.doc) and c.doc[c.i + 1].text == ":")]
            # ("Food Security Dialogue: The U.S. Department of Agriculture ... will establish": a fact
            # sheet's label, the parser hanging the real subject on it as an apposition)
            subjects = [a for c in subjects for a in (
                [x for x in c.children if x.dep_ == "appos" and x.i > c.i + 1] if headline_source(c) else [c])]
            if not subjects and v.i == verb.i:
                subjects = _subjects_hung_on_a_place(v)  # "During Putin's visit to Pyongyang, Russia and the DPRK agreed"
            if v.dep_ == "relcl" and v.head.pos_ in ("NOUN", "PROPN") and (
                    any(c.dep_ == "aux" and c.lemma_.lower() == "say" for c in v.children)
                    or (v.i != verb.i and v.lemma_.lower() in _SAYING and any(c.tag_ in ("WP", "WDT") for c in subjects))):
                # "a man who police say shot his son" (parsed with "say" as an auxiliary, or with
                # "who" and "police" both subjects of "say"): the man did it, not the police
                return [a for a in self._actors(v.head)]
            if subjects and v.dep_ == "relcl" and v.head.pos_ in ("NOUN", "PROPN") \
                    and all(s.tag_ in ("WDT", "WP") for s in subjects):
                # "NATO, which deployed...": the antecedent; "UN Security Council Resolution 2803,
                # which endorsed the plan": a text acts for whoever its name says issued it
                if v.head.lemma_.lower() in _DOCUMENT_NOUNS:
                    return [a for c in v.head.children if c.dep_ in ("compound", "poss", "nmod")
                            for a in self._actors(c) if is_coded(a)]
                # not "helicopters that attack"; "a man, who stabbed her": people are someone
                return [a for a in self._actors(v.head) if is_coded(a) or a.sector in _PEOPLE_SECTORS | {"CRM"}]
            if subjects:
                # "We will support Ukraine": the speaker, whom the pipeline names later (the
                # quoted speaker, or the voice of an official statement).
                return [_armed_act_of(s, a) for s in subjects for a in self._actors(s)] \
                    or [first_person(s.text) for s in subjects if s.lower_ in _FIRST_PERSON] \
                    or [a for s in subjects if s.lemma_.lower() in _FIGHTING for a in self._fighters(s)]
            if v.dep_ == "pcomp" and v.head.lemma_ in ("for", "of") and v.head.head.i != v.head.i:
                # "jailed a student for helping...", "accused Moscow of shelling...": the
                # object of the main verb is who did the act.
                holder = v.head.head
                if holder.pos_ in ("NOUN", "PROPN") and holder.dep_ == "dobj":
                    # "accused the rebels of attacking a convoy": the parser hangs "of" on the object
                    doer, holder = holder, holder.head
                else:
                    doer = next((c for c in holder.children if c.dep_ == "dobj"), None)
                doers = self._actors(doer) if doer is not None else []
                if doers:
                    return doers
                if doer is not None and doer.pos_ in ("NOUN", "PROPN") \
                        and holder.lemma_.lower() in _ACCUSING_VERBS:
                    # "accused the North of sending troops": the accused did it, named but not coded;
                    # never the accuser
                    return [Actor(_phrase_text(doer), None, None, None)]
            if v.dep_ == "relcl" and v.head.pos_ in ("NOUN", "PROPN"):
                return self._actors(v.head)
            if v.dep_ == "acl" and v.head.pos_ in ("NOUN", "PROPN") and (v.tag_ != "VBN" or misread_main_verb(v)) \
                    and not _locative_participle(v) and not _stated_intention(v) \
                    and not _participle_after_a_place_taken(v):
                if v.head.lemma_.lower() in _ISSUED_TEXTS | _STATEMENT_TEXTS and v.head.dep_ == "dobj" \
                        and v.head.head.i != v.head.i:
                    # "signed an Executive Order imposing tariffs on India": whoever issued it acts
                    return self._sources(v.head.head, v.head.head)
                return self._actors(v.head)
        if verb.dep_ == "ROOT" and verb.tag_ in ("VBD", "VBZ", "VBP") \
                and not any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
            # "Earlier today, Iran—and its proxies operating out of Yemen—launched an air attack": a
            # subject set off by dashes, which the parser hangs on a word before the verb
            for t in verb.doc[:verb.i]:
                if t.dep_ in ("appos", "dep", "npadvmod") and t.pos_ in ("PROPN", "NOUN") and t.head.pos_ != "ADP":
                    found = [a for m in (t, *t.conjuncts) for a in self._actors(m)]
                    if found:
                        return found
        return []

    def _fighters(self, fighting: Token) -> list[Actor]:
        """ "Fighting between the army and the RSF killed dozens", "clashes between police and
        protesters left two dead": the sides of the fighting did it."""
        holders = [fighting] + ([fighting.head] if fighting.head.lemma_.lower() in ("erupt", "break", "flare") else [])
        return [a for h in holders for o in prep_objects(h, ("between", "among", "by"), by="lemma")
                for a in self._actors(o)]

    def _unnamed_subject(self, verb: Token, action: Token) -> Actor | None:
        """The subject as the text says it, when the tables give it no code: "Unknown
        attackers", "the two leaders", "they". Expletives and relative pronouns name no one."""
        for v in _subject_chain(verb):
            subjects = [c for c in v.children if (c.dep_ == "nsubj"
                        or (c.dep_ == "nsubjpass" and (v.i != action.i or not _is_passive(v))))
                        and not headline_source(c)]
            if len(subjects) > 1 and any(c.text == "-" for c in subjects) \
                    and all(b.i == a.i + 1 for a, b in zip(subjects, subjects[1:])):
                # "an ex-employee opened fire": a hyphenated word the parser splits into three
                # subjects; its head is the last (round 13, ECB+)
                subjects = [subjects[-1]]
            if subjects:
                s = subjects[0]
                if s.lower_ == "it" and s.dep_ == "nsubj" and v.lemma_ != "be" and v.pos_ == "VERB":
                    if v.dep_ == "conj" and v.head.pos_ in ("VERB", "AUX"):
                        # "Iran is supporting Russia, and it's supporting Hamas": the first clause's subject
                        earlier = [a for c in v.head.children if c.dep_ == "nsubj" for a in self._actors(c)
                                   if a.sector in ("GOV", "IGO", "MIL", None) and not a.title]
                        return earlier[0] if earlier else None
                    if v.dep_ == "ROOT" and all(t.dep_ in ("cc", "advmod", "punct") for t in s.doc[:s.i]):
                        # "It also shelled Kharkiv": a state or body named before, if the document
                        # has one (events/document.py resolve_references); else dropped there
                        return Actor(s.text)
                    return None
                if s.lower_ in _NO_ONE or s.pos_ not in ("NOUN", "PROPN", "PRON", "NUM") or s.i < _dateline_end(s.doc) \
                        or s.lemma_.lower() in _ATTACK_NOUNS | _BLASTS | _PROJECTILES | _ACCIDENTS | {"explosion", "blast"}:
                    return None  # "a roadside bombing killed...": what did it, not who
                issued = self._issued_in(s)
                if issued is not None:
                    return issued
                return Actor(_phrase_text(s, with_of=False)) if self._agentive(s) else None
            if v.dep_ == "relcl" and v.head.pos_ in ("NOUN", "PROPN"):
                return Actor(_phrase_text(v.head, with_of=False))
            stepped = v.tag_ == "VB" and any(c.lower_ == "to" for c in v.children) \
                and any(c.dep_ == "dobj" and c.lemma_.lower() in _STEP_NOUNS for c in v.head.children)
            if v.dep_ == "advcl" and not stepped and (any(c.dep_ == "mark" for c in v.children) or v.tag_ != "VBG"):
                return None  # "As alleged, the defendants had...": another clause's subject
            # ("took steps to strengthen": the infinitive of a step taken shares its clause's subject)
            # ("went on a rampage, killing seven": a participle shares its clause's subject)
        return None

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

    def _issued_in(self, subject: Token) -> Actor | None:
        """ "A report released in the Rwandan capital", "a statement issued in Moscow": a text
        speaks for the country it was issued in."""
        for part in subject.children:
            if part.dep_ == "acl" and part.tag_ == "VBN":
                for o in prep_objects(part, ("in", "from", "by"), by="lemma"):
                    country = self.resolver.country_of(_phrase_text(o)) \
                        or next((a.country for a in self._actors(o) if a.country), None)
                    if country:
                        return Actor(_phrase_text(subject, with_of=False), country, country)
        return None

    def _targets(self, m: _Match, conditioned: bool = False) -> list[Actor]:
        """Candidate targets, best first: the patient of a passive, the object, a
        prepositional object, the owner of the object, the subject of a complement
        ("demanded that the US cancel..."), and last the country the act took place in."""
        verb = m.verb
        found: list[Actor] = []
        if verb.lemma_.lower() in _REPELLING:
            # "repelled the Russian attack on Kyiv": fought whoever attacked, not the place attacked
            for obj in (c for c in verb.children if c.dep_ == "dobj"):
                found += [a for c in obj.lefts if c.dep_ in ("poss", "amod", "compound", "nmod")
                          for a in self._actors(c) if a.country]
        if _is_passive(verb):
            found += self._patients(verb)
        found += self._actors_of_dep(verb, ("dative",))
        objects_first = m.trigger.target in ("obj", "actor")
        if objects_first:
            found += self._object_actors(m)
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
        if verb.lemma_.lower() in _FEELING_VERBS:
            preps = preps + ("by",)  # "alarmed by Russia's nuclear rhetoric": what the feeling is about
        elif _act_done_by(verb, m.trigger.cameo):
            preps = preps + ("by",)  # "North Korea condemned the drills by South Korea" (cam17)
        # What the trigger noun is aimed at first: in "imposed sanctions on five Iranian officials over
        # drone deliveries to Russia" the parser hangs "to Russia" on the verb
        aimed = tuple(p for p in ("on", "against") if p in object_preps)
        if m.obj is not None and m.obj.lemma_.lower() in _SHARED_NOUNS and "with" not in preps:
            preps = preps + ("with",)  # "closed its border with Somalia": the parser hangs "with" on the verb
        holders = ([(m.obj, aimed)] if m.obj is not None and aimed else []) + [(verb, preps)] \
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
        for holder in holders:
            for prep in holder.children:
                if prep.dep_ == "prep" and prep.lemma_.lower() in ("in", "into"):
                    for pobj in prep.children:
                        if pobj.dep_ == "pobj" and pobj.pos_ == "NOUN":
                            # "in Russia's Krasnodar region": the region's country
                            pobj = next((c for c in pobj.children if c.dep_ == "poss"), pobj)
                        town_noun = pobj.dep_ == "pobj" and pobj.lemma_.lower() in _TOWN_NOUNS
                        if town_noun:
                            town, pobj = pobj, _town_named(pobj)
                            if pobj.i != town.i and not any(a.country for a in self._actors(pobj)):
                                # ("the Russian city of Ryazan", a town the tables do not know: its nationality)
                                pobj = next((c for c in town.children if c.dep_ in ("amod", "compound")
                                             and c.ent_type_ in ("NORP", "GPE")), pobj)
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

    def _possessors(self, token: Token) -> list[Actor]:
        """Whose thing it is: "Russia's defense industry", "the deployment of DPRK troops"."""
        found = [a for c in token.children if c.dep_ == "poss" for a in self._actors(c)]
        if not found and token.pos_ == "NOUN":
            for prep in token.children:
                if prep.dep_ == "prep" and prep.lemma_ == "of":
                    found += [a for o in prep.children if o.dep_ == "pobj" for a in self._actors(o)]
        return found

    def _object_actors(self, m: _Match) -> list[Actor]:
        """The actors the verb's direct objects name, but not the trigger's own noun of the doer's
        act: "reaffirmed U.S. support for Ukraine" is support from the U.S., not to it."""
        found = self._actors_of_dep(m.verb, ("dobj",))
        if not _own_act(m):
            return found
        mine = {a.country for c in m.obj.lefts if c.dep_ in ("poss", "compound", "amod", "nmod")
                for a in self._actors(c) if a.country}  # (not "the security assistance Ukraine needs")
        return [a for a in found if a.country not in mine]

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
        own = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != head.i
                    and c.lower_ not in _PRONOUNS and c.i not in {t.i for t in head.subtree}
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
        entity = next((e for e in head.doc.ents if e.start <= head.i < e.end), None)
        named_place = entity is not None and entity.label_ in ("GPE", "LOC")
        placed = head.dep_ == "dobj" or (head.dep_ == "pobj" and head.head.lower_ in _PLACE_PREPS)
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
        if head.ent_type_ in ("ORG", "FAC") and not (placed and entity is not None and len(entity) == 1):
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


# --- parse helpers ------------------------------------------------------------------------
# Verbs whose object is a topic: what is inside it is talked about, not reported as done, and a
# place in it ("discussed the situation in Gaza") is no one met there.
_TOPIC_VERBS = {"discuss", "review", "address", "debate", "consider", "examine", "explore", "study", "assess"}


# Acts aimed at another party (demands, criticism, rejections, threats, sanctions): a country named
# only in their object is the other party's.
# What two parties share, whose "with" names the other: "its border with Somalia", "its ties with Iran".
_SHARED_NOUNS = {"border", "frontier", "crossing", "tie", "relation", "link"}
_AIMED_AT_OTHERS = {"10", "11", "12", "13", "16", "17", "18", "19", "20"}


def _named_only_in_object(verb: Token, naming: list[Token], topic: bool = False) -> bool:
    """Whether every word that names the sentence's one country lies inside the verb's direct object
    (not in a place phrase there: "arrested activists in Minsk" names where; but in what is
    discussed, a `topic`, "the situation in Gaza" names no one there)."""
    inside = {t.i for c in verb.children if c.dep_ == "dobj" for t in c.subtree}
    return bool(naming) and all(t.i in inside and (topic or not (t.head.dep_ == "prep" and t.head.lower_ in
                                                                  ("in", "near", "at"))) for t in naming)


_DENYING = {"deny", "refute", "dispute"}
# what a denial denies, when it names the report ("denied reports that ...")
_DENIED_NOUNS = {"report", "claim", "allegation", "accusation", "suggestion", "rumour", "rumor", "assertion",
                 "charge", "speculation", "story", "account", "assessment"}


def _own_doing(clause: Token) -> bool:
    """The clause's subject is the speaker's own side, named by a pronoun: "it had supplied", "its
    troops had shelled", "they were not involved"."""
    return any(s.dep_ == "nsubj" and (s.pos_ == "PRON" or any(p.dep_ == "poss" and p.pos_ == "PRON" for p in s.children))
               for s in clause.children)


def _venue_only(verb: Token, naming: list[Token]) -> bool:
    """Every word naming the country sits in a place phrase of the meeting ("in Bali", "at the summit
    in Geneva"), between the verb and the name."""
    def in_venue(t: Token) -> bool:
        while t.i != verb.i and t.head.i != t.i:
            if t.dep_ == "pobj" and t.head.lower_ in ("in", "at"):
                return True
            t = t.head
        return False
    return bool(naming) and all(in_venue(t) for t in naming)


def _attacked_state(cameo: str, source: Actor | None, target: Actor | None, country: str) -> bool:
    """An armed attack on a state's government, forces or towns, by weapons the sentence gives
    no country ("Drones attacked the Russian city of Kursk", "Kyiv was struck by missiles"): the
    attackers are not that state's own. (Its police or soldiers turning on its people are: the
    target there is people, not the state.)"""
    return cameo[:2] in _VIOLENT_ROOTS and source is not None and source.sector in ("MIL", "") \
        and source.text.lower().split()[-1].rstrip("s") in _WEAPONS \
        and target is not None and target.country == country and target.sector in ("GOV", "MIL", None) \
        and is_coded(target)  # (a town struck is the state's too: "A drone struck an apartment block in Odesa")




# A crowd counted, not named: "Thousands rallied", "Hundreds marched".
def _counted_others(noun: Token) -> bool:
    """ "Five others were injured", "two others were wounded in the shooting", "three others were
    shot": "others" with a number, the subject of a passive harm, counts people harmed beside those
    named (not "others said" or "the others were released": no number, no toll; nor "killed one U.S.
    soldier and wounded two others": an object "others" are more of the kind just named)."""
    return noun.lower_ == "others" and noun.dep_ == "nsubjpass" \
        and any(c.dep_ == "nummod" and c.like_num for c in noun.children)


_CROWD_COUNTS = {"hundreds", "thousands", "dozens", "tens", "millions", "scores", "dozen", "score", "both"}
# Gathering is protesting when protesters gather (and only then: leaders gather for summits).
_ASSEMBLY_VERBS = {"gather", "assemble", "converge", "congregate", "mass", "amass", "flock", "swarm"}
_PROTESTERS = {"protester", "protestor", "demonstrator", "activist", "marcher", "rioter", "striker", "picketer"}
_ASSEMBLY = Trigger("gather", frozenset(), frozenset(), "141", "intrans")
_EXPLODING = {"explode", "detonate", "blow", "go"}


def _blast(verb: Token) -> bool:
    """A bomb as the subject of exploding: "a roadside bomb exploded", "an explosive device
    went off", "a car bomb blew up" (not "a shell exploded": artillery is coded as an attack)."""
    lemma = verb.lemma_.lower()
    if lemma not in _EXPLODING or any(c.dep_ == "dobj" for c in verb.children):
        return False
    if lemma in ("go", "blow") and not any(c.dep_ == "prt" and c.lower_ in ("off", "up") for c in verb.children):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and (c.lemma_.lower() in _BOMBS or rigged_vehicle(c))
               for c in verb.children)


def rule_requirements() -> dict[str, list[frozenset[str]]]:
    """For the pre-parse filter, the triggers the coder's own rules add to the tables: each form
    of a gathering verb with the words (protesters) that make it a protest, each form of a
    declining or silent verb with "comment", each form of an exploding verb with a bomb."""
    people = frozenset(w for p in _PROTESTERS for w in (p, p + "s"))
    needs: dict[str, list[frozenset[str]]] = {}
    for verb in _ASSEMBLY_VERBS:
        for form in inflections(verb):
            needs.setdefault(form, []).append(people)
    for verb in _DECLINING | _SILENT:
        for form in inflections(verb):
            needs.setdefault(form, []).append(frozenset(_COMMENTING | {"comments"}))
    for verb in _DECLINING:  # "declined to give details" (evwar18)
        for form in inflections(verb):
            needs.setdefault(form, []).append(frozenset(_WITHHELD | {"details", "answers"}))
    for form in inflections("comment"):  # "did not comment on the strike" (evwar18)
        needs.setdefault(form, []).append(frozenset({"not", "n't", "never"}))
    bombs = frozenset(w for b in _BOMBS for w in (b, b + "s"))
    for verb in _EXPLODING:
        for form in inflections(verb):
            needs.setdefault(form, []).append(bombs)
    for verb in _WITHHOLDING:
        for form in inflections(verb):
            needs.setdefault(form, []).append(frozenset(_WITHHELD | {"details", "comments", "answers"}))
    return needs
# Amounts an act gives or takes: "$500 million in assistance", "a tranche of aid".
_AMOUNT_NOUNS = {"million", "billion", "trillion", "tranche", "package", "share", "batch", "shipment", "worth",
                 "euro", "dollar", "pound", "yen", "yuan", "ruble", "rouble", "franc",  # "500 million euros in military aid"
                 # measures of what is given (cam17): "delivered 40 tonnes of humanitarian aid", "sent 200 truckloads
                 # of food", "shipped 5,000 barrels of fuel"
                 "tonne", "ton", "kilogram", "kilo", "litre", "liter", "gallon", "barrel", "truckload", "planeload",
                 "shipload", "consignment", "cargo", "load"}
# Acts that answer an earlier one: a statement about it, praise, criticism.
_REACTION_ROOTS = {"01", "05", "11"}


# "traded accusations", "exchanged threats", "swapped insults": the act goes both ways.
_RECIPROCAL_VERBS = {"trade", "exchange", "swap"}
_QUARREL_VERBS = {"clash", "skirmish", "spar", "quarrel", "feud", "bicker", "wrangle"}
_EACH_OTHER = re.compile(r"\b(each other|one another)\b", re.I)


def _reciprocal(verb: Token) -> bool:
    """ "Serbia and Kosovo traded accusations", "China and the Philippines accused each other of
    ramming": each party does it to the other, so joint subjects are the two sides of one act
    (as in talks or clashes), not co-authors of an act aimed elsewhere."""
    if verb.lemma_.lower() in _RECIPROCAL_VERBS and any(c.dep_ == "dobj" for c in verb.children):
        return True
    if verb.lemma_.lower() in _QUARREL_VERBS:
        return True  # "the German and French ministers clashed over the budget": with each other
    return any(t.lower_ == "other" and t.i > verb.i and t.head.i in (verb.i, *(c.i for c in verb.children))
               and t.i > 0 and verb.doc[t.i - 1].lower_ == "each" for t in verb.subtree) \
        or any(t.lower_ == "another" and t.i > 0 and verb.doc[t.i - 1].lower_ == "one"
               and t.head.i in (verb.i, *(c.i for c in verb.children)) for t in verb.subtree)


# Matches that are not events, each a named rule (checked in order by _not_an_event).
def _two_unplaced_people(source: Actor, target: Actor, cameo: str) -> bool:
    """ "A man killed his girlfriend": two people of no country share the bare code CVL but are
    not one party; the one harmed stays the target (not "the man defended himself")."""
    return cameo[:2] in _HARMING_ROOTS and not source.country and not target.country \
        and target.text.lower() != source.text.lower() \
        and target.text.lower().split()[-1] not in ("himself", "herself", "themselves", "itself")


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


    # (the subject itself, not "a bomb blast at a market in Kabul left 12 people dead")


def _not_itself(source: Actor | None, target: Actor | None, passive: bool,
                from_document: set[str] | frozenset[str] = frozenset({"source"})) -> tuple[Actor | None, Actor | None]:
    """ "The presidents discussed the U.S.-Russia dialogue", "the advisors agreed that the United
    States and the Philippines will coordinate", "U.S. personnel were targeted by a drone": when
    the document's voice or country fills a role the sentence leaves unnamed, the same code in the
    other role is that country named in the sentence, not a second party; the subject keeps it
    (the target of a passive), the other role is left open. Two roles both named in the sentence
    stay ("Haley attacked Trump's proposal"), and people, police, rebels and parties may act on
    their own kind ("a man shot his neighbour")."""
    if source is None or target is None or not source.actor or source.actor != target.actor \
            or (source.sector or "") in ("CVL", "COP", "CRM", "REB", "OPP", "PTY", "") or not from_document:
        return source, target
    if "source" in from_document and "target" not in from_document and re.search(r"['\u2019]s\b", target.text):
        # "their governments have accepted the United States' proposal": the one whose proposal
        # it is was named; the voice's guess at the doer was not
        return None, target
    return (None, target) if passive else (source, None)


# A line that links to another story ("READ MORE: ...", "RELATED: ..."): its acts are that story's.
_READ_MORE = re.compile(r"\s*(READ MORE|RELATED|SEE ALSO|ALSO READ|READ ALSO|MORE|WATCH|LISTEN|RECOMMENDED)\b[^:\n]{0,20}:")


def _past_link_list(events: list[Event], sentence: Sentence, doc: Doc) -> list[Event]:
    """ "... Rep. Ilhan Omar Hillicon Valley: Progressives oppose ... | Senators call for 5G
    security coordinator | Louisiana hit by ransomware attack ...": a page's list of headlines
    glued into a sentence by the extractor. Past the first of two or more '|' the words are
    other stories' headlines, not this sentence's acts (verb or noun)."""
    pipes = [sentence.start + t.idx for t in doc if t.text == "|"]
    if len(pipes) < 2:
        return events
    return [e for e in events if e.trigger_span is None or e.trigger_span[0] < pipes[0]]


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


def _person_supported(m: _Match, code: str) -> str:
    """ "During the primaries, she supported Senator Marco Rubio", "he supported Trump": support
    for a person is endorsement (051); aid (07) goes to states, forces and peoples."""
    if code[:2] != "07" or m.verb.lemma_.lower() not in ("support", "back", "endorse"):
        return code
    objects = [c for c in m.verb.children if c.dep_ == "dobj"]
    if objects and all(o.ent_type_ == "PERSON" and o.pos_ == "PROPN" for o in objects):
        return "051"
    return code


def _topical(verb: Token) -> bool:
    """ "discussed U.S. and ROK efforts to provide humanitarian assistance": the act lies inside
    a topic of discussion."""
    t = verb
    for _ in range(8):
        if t.head.i == t.i:
            return False
        if t.dep_ in ("dobj", "pobj") and t.pos_ in ("NOUN", "PROPN"):
            holder = t.head.head if t.dep_ == "pobj" else t.head
            if holder.lemma_.lower() in _TOPIC_VERBS:
                return True
        t = t.head
    return False


def _as_hedge(verb: Token) -> bool:
    """ "As alleged, the defendants ...", "as reported earlier": a subjectless "as" clause points
    at something said elsewhere; it reports no act of its own."""
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children) \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _clause_head(token: Token) -> bool:
    """ "Protesters storm parliament", "as police open fire": in a headline's clipped style the
    tagger may call the verb a noun or an adjective; with a subject and an object it is a verb."""
    return (token.pos_ in ("NOUN", "ADJ") and token.dep_ in ("ROOT", "advcl", "conj", "ccomp")
            and any(c.dep_ == "nsubj" for c in token.children) and any(c.dep_ == "dobj" for c in token.children)) \
        or _counted_shot(token)


def _operation_tokens(doc: Doc) -> set[int]:
    """Tokens inside a named exercise or operation ("Zapad-2025", "Operation Spiderweb")."""
    if "eventwire_operations" not in doc.user_data:
        from ..names import find_names

        spans = [doc.char_span(a, b, alignment_mode="expand") for a, b, _ in find_names(doc.text)]
        doc.user_data["eventwire_operations"] = {t.i for span in spans if span is not None for t in span}
    return doc.user_data["eventwire_operations"]


def _bullet(verb: Token) -> bool:
    """A fact sheet's item: the sentence opens with a gerund that has no subject ("Providing
    enhanced rotational deployments ...", "Scheduling the site for transfer ...")."""
    root = verb
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    return root.dep_ == "ROOT" and root.tag_ == "VBG" and root.i == min(t.i for t in root.subtree if not t.is_punct) \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in root.children)


# Comments a speaker makes by saying them: statements, praise and support, criticism, rejection.
_COMMENT_CODES = ("01", "051", "052", "11", "12")


def _comment_kept_up(verb: Token, code: str) -> bool:
    """ "We will continue to condemn Russia's shuttering of independent media", "the United States
    will continue to stand with Ukraine", "we'll keep rejecting these claims": a comment the speaker
    goes on making is made now (the condemnation, the support), not an intention; aid or talks
    continued stay intentions ("will continue to provide aid" = 033)."""
    if not code.startswith(_COMMENT_CODES):
        return False
    v = verb
    while v.dep_ == "conj" and v.head.i != v.i:
        v = v.head
    return v.dep_ == "xcomp" and v.head.lemma_.lower() in ("continue", "keep") and v.head.i != v.i


def _own_object(verb: Token) -> bool:
    return any(c.dep_ == "dobj" or (c.dep_ == "prep" and any(o.dep_ == "pobj" for o in c.children))
               for c in verb.children)


def _parts_of_exercises(nouns: list[NounMatch]) -> set[int]:
    """Drills or patrols inside an exercise's own phrase ("an exercise of Russian and Belarusian
    forces that comprises air and ground drills near Brest and a patrol") are parts of it."""
    exercises = [n.noun for n in nouns if n.noun.lemma_.lower() in _EXERCISES]
    parts: set[int] = set()
    for ex in exercises:
        inside = {t.i for t in ex.subtree}
        parts |= {n.noun.i for n in nouns if n.noun.i != ex.i and n.noun.i in inside
                  and n.noun.lemma_.lower() in _EXERCISES}
    return parts


def _code(actor: Actor | None) -> str | None:
    """An actor's code, or its text when the tables give it none."""
    return (actor.actor or actor.text.lower()) if actor else None


_PERSONAL_PRONOUNS = {"i", "we", "he", "she", "they"}
# Particles of phrasal verbs the tagger reads as adverbs: "pulled back from Kyiv", "pushed back Russian troops".
_ADVERB_PARTICLES = {"back", "out", "away", "off", "down"}  # ("shot down": tagged an adverb too)
# Bearings the tagger reads as adverbs of the verb, with the place after "of" (front-line reports).
_BEARINGS = {"north", "south", "east", "west", "northwest", "northeast", "southwest", "southeast",
             "north-west", "north-east", "south-west", "south-east"}
# Prepositions of place the tagger reads as adjectives: "rallied outside parliament".
_MISREAD_PLACE_PREPS = {"outside", "inside", "near", "around", "across", "opposite", "beside"}
# Prepositions of aim ("shot at", "fired on"), which also say where an act happened.
_AIMING_PREPS = frozenset({"at", "on", "into"})
_REPELLING = {"repel", "repulse", "thwart", "foil", "rebuff", "counter", "fend", "beat", "withstand", "intercept"}
# Texts that act for whoever issues them: "an order imposing tariffs", "a decree banning".
_ISSUED_TEXTS = {"order", "decree", "law", "resolution", "bill", "directive", "memorandum", "proclamation",
                 "legislation", "act", "measure", "package", "regulation", "rule", "ordinance", "sanction"}
# Texts whose participle says what their signers say (round evdet16): "A group of opposition parties signed a
# joint statement condemning the arrest", "the G7 issued a statement condemning Russia's attacks", "twelve
# countries signed a letter urging restraint": the signers condemn, urge.
_STATEMENT_TEXTS = {"statement", "letter", "declaration", "communique", "communiqué", "petition", "appeal"}
_PARTNERING_NOUNS = {"partnership", "coordination", "cooperation", "concert", "conjunction", "collaboration",
                     "consultation", "solidarity", "alliance", "tandem", "lockstep", "league", "step"}
# What a threat threatens to do: "threatened retaliation", "threatened sanctions".
_THREAT_OBJECTS = {"action", "retaliation", "sanction", "force", "war", "strike", "attack", "reprisal", "response",
                   "consequence", "measure", "invasion", "boycott", "veto", "violence", "punishment", "tariff"}
# Subjects that name no one: expletives, relative and demonstrative pronouns, "what".
_NO_ONE = {"it", "there", "you", "this", "that", "these", "those", "which", "what", "who", "whom", "one", "something",
           "anything", "everything", "nothing", "all", "both", "each", "some", "many", "most", "none"}


def first_person(text: str) -> Actor:
    """A speaker saying "we" or "I", not yet known: no code until the pipeline names it."""
    return Actor(text=text, actor=None, country=None, sector=None)


# People placed where an act was done to them: private people of every trade, and suspects (CRM):
# "The suspect, Marcin Przydacz, 23, ... was arrested at the scene", "police arrested two suspects in
# Leeds", in a report about one country, are its people (evlgl17).
_PLACED_PEOPLE = _PEOPLE_SECTORS | {"CRM"}


def people_of(actor: Actor, country: str, cameo: str) -> Actor:
    """People acted on where the act took place are, unless the text says otherwise, people of
    that country ("four children were killed in shelling in Gaza" = PSECVL, "arrested six
    protesters in Minsk" = BLROPP); ACLED codes victims the same way. Only for acts done to
    people (force, coercion, threats), not for occupying land; other actors stay as they are."""
    sector = actor.sector or "CVL"
    if not (cameo[:2] in _REPRESSIVE_ROOTS or _done_to_people(cameo)) or cameo.startswith("192") or actor.country \
            or actor.actor not in (None, actor.sector) or sector not in _PLACED_PEOPLE:
        return actor
    return replace(actor, actor=f"{country}{sector}", country=country, sector=sector)


    # ("Demonstrators stormed the presidential palace": protesters using force, a riot)


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


# What is released or published about people, not people set free.
_INFORMATION_NOUNS = {"name", "identity", "detail", "result", "finding", "video", "footage", "image", "photo",
                      "photograph", "picture", "data", "figure", "list", "record", "document", "file", "transcript",
                      "recording", "statement", "report", "information", "description", "sketch"}


# People and bodies one meets, hosts or visits, named by nationality ("his Indian counterpart"), not places
# ("visited the southern U.S. border")
_MET_PEOPLE = {"counterpart", "delegation", "envoy", "official", "minister", "leader", "president", "premier",
               "chancellor", "ambassador", "diplomat", "secretary", "negotiator", "commander", "general", "king"}


def _modified(noun: Token) -> str:
    """The noun with its adjectives and compounds, not its owner: "his Indian counterpart" ->
    "Indian counterpart" (an official), "NATO's capability targets" -> "capability targets" (no one)."""
    return " ".join(t.text for t in [*noun.lefts, noun] if t is noun or t.dep_ in ("amod", "compound"))


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


_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
             "tonight", "weekend", "morning", "evening", "night", "week", "month", "year"}


# Verbs that say who or what an exercise brings in: "the drills also involved Indian observers".
_BRINGS_IN = {"involve", "include", "draw", "feature", "bring", "see", "gather", "attract", "comprise"}


def _exercise_told_again(noun: Token) -> bool:
    """ "The drills, which began on September 12, also involved Indian and Iranian observers and a contingent
    of 65 Indian soldiers": a definite exercise noun with no side of its own ("the drills", not "the Russian
    drills", "the Zapad drills") as the subject of what it brings in is the exercise already told; the
    parties named in the verb's object join it (events.document)."""
    return noun.dep_ == "nsubj" and noun.lemma_.lower() in _EXERCISES and definite(noun) \
        and noun.head.lemma_.lower() in _BRINGS_IN \
        and not any(c.dep_ in ("amod", "compound", "poss", "nmod") for c in noun.lefts)


def _a_time(token: Token) -> bool:
    """A day, date or time ("Wednesday", "last week", "March 3")."""
    return token.ent_type_ in ("DATE", "TIME") or token.lower_ in _WEEKDAYS


def _dateline_end(doc: Doc) -> int:
    """Index just past a wire-copy dateline ("KYIV, Ukraine:", "GAZA CITY -"), 0 if none: a
    short run of place names opening the sentence and closed by a colon or dash. Kept on the
    doc (asked for every actor), once without entities and once with them."""
    key = "eventwire.dateline_end." + ("ents" if doc.has_annotation("ENT_IOB") else "no_ents")
    if key not in doc.user_data:
        doc.user_data[key] = _find_dateline_end(doc)
    return doc.user_data[key]


# Ordering someone freed is freeing them (084), as "ordered the release of" is (round evdet16).
_ORDERED_RELEASE = Trigger("order (a release)", frozenset(), frozenset(), "084", "obj")
_RELEASING = {"free", "release"}


def _ordered_freed(verb: Token) -> Token | None:
    """The one an order frees: "A judge ordered the two activists freed on bail", "The court ordered the
    journalist released", "Gilani ordered all lawyers and political activists arrested over the past week
    to be freed immediately" (the parser makes the participle a clause on "ordered" or a modifier of its
    object). None when the verb is no order or frees no one named."""
    if verb.lemma_.lower() not in ("order", "direct"):
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    for o in objects:
        if any(p.dep_ == "acl" and p.tag_ == "VBN" and p.lemma_.lower() in _RELEASING and p.i == o.i + 1
               for p in o.children):
            return o
    for c in verb.children:
        if c.dep_ in ("ccomp", "xcomp") and c.tag_ == "VBN" and c.lemma_.lower() in _RELEASING:
            if any(t.dep_ == "mark" for t in c.children) or (
                    any(t.lower_ == "be" for t in c.children) and not any(t.lower_ == "to" for t in c.children)):
                return None  # "ordered that the journalist be released": demanded, not done (wire15)
            subject = next((t for t in c.children if t.dep_ in ("nsubj", "nsubjpass")), None)
            return subject if subject is not None else (objects[0] if objects else None)
    return None


def _place_read_as_adverb(verb: Token) -> Token | None:
    """A named place right after the verb that the parser reads as an adverbial noun, not the object:
    "Senior U.S. military official visits Georgia" (a headline; "Georgia" an npadvmod of "visits"),
    "Turkish minister visits Georgia" (round evdet16). None if there is a real object."""
    if any(c.dep_ == "dobj" for c in verb.children) or verb.i + 1 >= len(verb.doc):
        return None
    after = verb.doc[verb.i + 1]
    return after if after.dep_ == "npadvmod" and after.head.i == verb.i and after.pos_ == "PROPN" \
        and after.ent_type_ in ("GPE", "") else None


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


# Verbs of coming together: where they happen is a venue, not a party.
_GATHERING = {"meet", "convene", "gather", "reconvene", "assemble"}
# Talks somewhere are held there, with no one of the place as a party.
_TALKS_HELD = {"talk", "talks", "negotiation", "negotiations", "meeting", "summit", "consultation", "dialogue",
               "conference", "round"}


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


# Verbs that report what someone else did: "a man who police say killed his wife".
_SAYING = {"say", "allege", "believe", "suspect", "think", "claim", "report", "accuse"}
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


def _context_lemmas(verb: Token, obj: Token | None) -> set[str]:
    words = _context_words(verb, obj)
    if any(t.lemma_.lower() == "air" and t.head.lower_ in ("in", "into") for t in verb.subtree):
        words.discard("air")  # "fired shots in the air": where, not an air strike
    return words - _feelings_of_people(verb)


def _feelings_of_people(verb: Token) -> set[str]:
    """The words of what people in the clause feel about, which are not what the act is about
    (round 13, ECB+): "fought pitched battles with striking protestors furious at brutal budget cuts"
    is no fight against a budget (190 -> 111 by event_context.tsv), nor "clashed with workers angry
    over the pension plan". Only an adjective of feeling placed after its noun, with its phrase."""
    out: set[str] = set()
    for t in verb.subtree:
        if t.pos_ == "ADJ" and t.lemma_.lower() in _FEELING_ADJECTIVES and t.head.pos_ in ("NOUN", "PROPN") \
                and t.i > t.head.i and t.head.i != verb.i:
            out |= {w.lemma_.lower() for w in t.subtree if w.i != t.i}
    return out


_FEELING_ADJECTIVES = {"furious", "angry", "upset", "outraged", "incensed", "enraged", "frustrated", "unhappy",
                       "disgruntled", "dissatisfied", "opposed", "bitter"}


def _context_words(verb: Token, obj: Token | None) -> set[str]:
    words = {verb.lemma_.lower()}
    for root in [obj] if obj is not None else []:
        words.update(t.lemma_.lower() for t in root.subtree)
    for c in verb.children:
        if c.dep_ == "prep" and c.lemma_.lower() in _CIRCUMSTANCE_PREPS:
            continue  # "as a result of the weak policy, they fired at warships": why, not what
        if c.dep_ in ("dobj", "prep", "agent", "attr", "advmod", "npadvmod", "xcomp", "ccomp", "prt"):
            words.update(t.lemma_.lower() for t in c.subtree)
    return words


_CIRCUMSTANCE_PREPS = {"as", "because", "after", "before", "during", "amid", "amidst", "despite", "following",
                       "since", "under", "given", "due"}


# Acts that send people away, whose passive names the sender with "from": extradition, expulsion,
# deportation.
_SENT_AWAY_CODES = ("063", "166", "174")
# A trigger's own object noun that names the doer's act ("reaffirmed U.S. support for Ukraine"): its
# possessor is the doer's side. (Welcoming or praising "France's support" is about France's.)
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


# Local bodies named after their town: "Lebanon Police", "Jordan High School", "Georgia Fire Department".
_LOCAL_BODIES = {"police", "sheriff", "fire", "school", "county", "township", "city", "council", "court", "jail",
                 "hospital", "university", "college", "borough", "village", "library", "department",
                 "board", "commission", "schools", "sheriff's"}


# labels the small model gives towns it does not know ("shelled Kramatorsk" as a product)
_MISREAD_TOWN_LABELS = ("PRODUCT", "WORK_OF_ART", "EVENT")
# verbs whose object is said to have done the act of their "of"/"for" gerund ("accused X of shelling")
# (the accusing frame's verbs, and those that punish, praise or thank someone "for" an act)
_ACCUSING_VERBS = frozenset(_ACCUSE_VERBS | {"denounce", "fault", "convict", "indict", "arrest", "jail", "sentence",
                                             "punish", "sanction", "praise", "thank", "commend", "credit"})
# prepositions that aim an act at what follows ("marched on parliament", "fired into the crowd")
_AIMED_PREPS = frozenset({"on", "upon", "at", "into", "toward", "towards", "against"})
# prepositions that set what follows as a place ("in Yerevan", "outside Tbilisi")
_LOCATIVE_PREPOSITIONS = frozenset({"in", "near", "outside", "inside", "through", "across", "around", "at"})


def _local_namesake(actor: Actor | None, home: str | None) -> Actor | None:
    """ "taken into custody by Lebanon Police", in a report about Kentucky: the police of a town of
    the document's own country that shares its name with another country, not that country's."""
    if actor is None or home is None or not actor.country or actor.country == home:
        return actor
    words = [w for w in actor.text.split() if w.lower() not in ("the", "a")]
    # ("Dublin Arts Council", "Berlin Police Department": the body's word may come later)
    if len(words) < 2 or not any(w.lower() in _LOCAL_BODIES for w in words[1:4]) or not words[0][:1].isupper():
        return actor
    from ..places import default_geocoder  # the gazetteer is built on first use

    if not any(e.country == home and e.kind == "city" for e in default_geocoder().candidates(words[0])):
        return actor
    return replace(actor, actor=f"{home}{actor.sector or ''}", country=home)


# The word after a town's name in its police or court: "Danbury police", "Gwinnett County Sheriff's Office"
_TOWN_FORCES = {"police", "sheriff", "sheriff's", "court", "courts", "prosecutor", "prosecutors", "prosecutor's",
                "department", "office", "patrol", "deputies", "marshals", "jail", "detectives", "officers"}


# Words before "police" that name no town: "State Police", "Capitol Police", "Federal Police"
_NOT_TOWNS = {"state", "federal", "national", "capitol", "military", "secret", "border", "traffic", "transit",
              "campus", "university", "park", "port", "airport", "tribal", "highway", "royal", "metropolitan",
              "metro", "municipal", "local", "riot", "special"}


def _placed_by_own_town(actor: Actor | None, home: str | None) -> Actor | None:
    """Police, a court or a council named by their town are that town's country, whatever other
    countries the sentence names: "Gomez, a native of Mexico, was arrested by Danbury police",
    "Hudson police arrested a Canadian trucker", "the Gainesville Police Department charged a
    Jordanian man". The town is read in the document's country (`home`) first, else it must be a
    town of one country only; a country's name ("Mexican police") is no town."""
    if actor is None or actor.sector not in ("COP", "JUD"):
        return actor
    words = [w for w in actor.text.split() if w.lower() not in ("the", "a", "an")]
    body = next((k for k, w in enumerate(words) if k and w.lower() in _TOWN_FORCES), None)
    if body is None or not all(w[:1].isupper() and w.lower() not in _TOWN_FORCES | _NOT_TOWNS for w in words[:body]):
        return actor  # ("Police officers in Kokomo": "Police" is no town; "State Police", "Capitol Police")
    from ..places import default_geocoder  # the gazetteer is built on first use

    name = " ".join(words[:body])
    gazetteer = default_geocoder()
    towns = [e for e in gazetteer.candidates(name) if e.kind in ("city", "county")]
    if not towns and name.lower().endswith(" county"):  # "Gwinnett County Police"
        towns = [e for e in gazetteer.candidates(name[: -len(" county")]) if e.kind in ("city", "county")]
    countries = {e.country for e in towns if e.country}
    country = home if home in countries else (next(iter(countries)) if len(countries) == 1 else None)
    if country is None:
        return actor
    return Actor(actor.text, f"{country}{actor.sector}", country, actor.sector, actor.title)


def _no_known_party(actor: Actor | None) -> bool:
    """A headline's head noun the tables know no party for: no entry at all, or a bare word for a
    private person ("Girl", "Woman", "Teen": CVL with no country), which the title case of "Girl,
    16, attacked in Lancaster park", "Woman, 54, stabbed near park", "Teen, 17, shot in Overland"
    makes a proper noun the other readings of the passive's patient pass over (evlgl17)."""
    return actor is None or (actor.country is None and actor.actor == "CVL" and actor.sector == "CVL")


def _placed_state(actor: Actor | None, country: str, sectors: set[str] = _STATE_SECTORS) -> Actor | None:
    """Police, troops or officials of no stated country, placed in the country they act in."""
    if actor is None or actor.country or is_coded(actor) or actor.sector not in sectors:
        return actor
    return replace(actor, actor=f"{country}{actor.sector}", country=country)


# Nouns whose clause is alleged: "on charges he killed", "allegations that troops looted".
_ALLEGATION_NOUNS = {"charge", "allegation", "accusation", "suspicion", "claim", "rumor", "rumour", "indictment"}
# What one phones someone to do: "called his counterpart to discuss the crisis" is a call (041).
_CONVERSATION_VERBS = {"discuss", "talk", "express", "congratulate", "thank", "offer", "review", "brief",
                       "convey", "exchange", "coordinate", "consult", "update", "reaffirm", "condole"}
# Weather a forecast warns of: no threat anyone makes.
_WEATHER = {"storm", "rain", "rainfall", "snow", "snowfall", "drizzle", "flood", "flooding", "wind", "gust", "heat",
            "heatwave", "temperature", "hurricane", "typhoon", "tornado", "frost", "ice", "fog", "weather",
            "thunderstorm", "blizzard", "cyclone", "drought", "hail", "sleet", "forecast", "forecaster"}
# Steps of the law that are acts of their own when one sentence tells several.
_LEGAL_STEPS = {"arrest": "arrest", "detain": "arrest", "apprehend": "arrest", "charge": "charge", "indict": "charge",
                "convict": "convict", "sentence": "sentence", "jail": "sentence", "imprison": "sentence",
                "arraign": "charge"}


def _family(code: str) -> str:
    """The family of an act for telling repeats apart: its CAMEO root, except that violence is
    one family whether conventional (19) or not (18): "gunmen attacked the parliament, with 12
    people killed" tells one attack, its dead coded 18 when no doer is named."""
    if code[:2] == "16":
        return code[:3]  # "cut ties with Cuba and imposed an embargo": two measures (recall from news, round 11)
    return "19" if code[:3] in ("180", "182", "183") else code[:2]  # (an abduction stays its own)


def _victims_of_attacks(events: list[Event]) -> list[Event]:
    """Fold a doerless violent event into the attack of the same family the sentence names a doer
    for: one attack, whose target is the harmed people if it named no other."""
    out = list(events)
    for harm in [e for e in events if e.source is None and e.cameo[:2] in _VIOLENT_ROOTS
                 and not _another_legal_step(e, events)]:  # ("arrested by police ..., where he was charged")
        attack = next((e for e in out if e.source is not None and not e.negated
                       and _family(e.cameo) == _family(harm.cameo)), None)
        if attack is None:
            continue
        if attack.target is None and harm.target is not None:
            out[out.index(attack)] = replace(attack, target=harm.target, target_from=harm.target_from)
        out.remove(harm)
    return out


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


def _ethnic(actor: Actor) -> bool:
    """An ethnic group ("ethnic Albanians"), whose country is where they live."""
    return "ethnic" in actor.text.lower().split()


def _temporal(prep: Token) -> bool:
    """ "on Tuesday", "in September": a time, not the preposition of a phrasal verb."""
    return any(o.ent_type_ in ("DATE", "TIME") for o in prep.children if o.dep_ == "pobj")


# ("is scheduled to attend a summit" is not here: the PETRARCH validation set codes it as done, 044/042,
# and the release gate holds the coder to that set)
_SCHEDULING = {"due"}
# What "X is to ..." is said of when it states a purpose or a task, not a plan: "the aim is to deter".
_NOT_PLANNERS = _AIM_NOUNS | {"task", "job", "idea", "step", "challenge", "role", "duty", "point", "answer",
                              "solution", "way", "option", "hope", "dream", "need", "problem", "first", "next"}


def _scheduled(verb: Token) -> bool:
    """ "Peres is to make an official visit to Prague", "the French president is due to visit
    Beijing": an act on the calendar, not done yet (round 11). "The aim is to deter Russia" states a
    purpose, not a plan."""
    if verb.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    head = verb.head
    if head.lemma_.lower() in _SCHEDULING or head.lower_ in _SCHEDULING:
        return True
    if head.lemma_ != "be" or head.tag_ not in ("VBZ", "VBP", "VBD"):
        return False
    if verb.lemma_.lower() == "blame":
        return False  # "it is Putin who is to blame": an accusation made now
    subjects = [c for c in head.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(s.lemma_.lower() not in _NOT_PLANNERS and s.pos_ in ("PROPN", "NOUN", "PRON")
                                  and s.tag_ not in ("WP", "WDT")
                                  and s.lower_ not in ("it", "this", "that", "what") for s in subjects)


_DEMAND = Trigger("must", frozenset(), frozenset(), "100", "none")
# A side saying it will act or respond if something happens threatens (130): "The United States will
# act at a time and in a manner of our choosing should these attacks continue", "will act firmly ...
# in response to actions by Russia", "made clear that we would respond if ...". The condition is the
# threat's own; without one ("will act as mediator", "will respond to the letter") it is no event.
_RESPONSE_THREAT = Trigger("respond", frozenset(), frozenset(), "130", "none")


# "declined to comment", "did not respond to a request for comment", "could not be reached for
# comment": CAMEO 011, decline comment. Their shapes are phrases around a verb, not a verb's
# object, so they are recognised here rather than as table rows.
_NO_COMMENT = Trigger("comment", frozenset(), frozenset(), "011", "none")
# Thanks with no subject, to "you", for something (`_thanks_for`): praise by the speaker (051)
_THANKS_FOR = Trigger("thank", frozenset(), frozenset(), "051", "none")


def _thanks_for(verb: Token) -> bool:
    """A speaker's thanks with no subject, to the one addressed, for something (evwar18): "Thank you so
    much, Mr. President, for your efforts to stop the killing", "Thank you, Prime Minister, for your
    leadership", "thank you all for your support for Ukraine". Praise (051) by the speaker, whom the
    pipeline names (a transcript's speaker label, a statement's voice). Plain "Thank you very much" or
    "thank you for being here" thanks for no act of anyone's and stays none."""
    if verb.lemma_.lower() != "thank" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    if not any(c.dep_ == "dobj" and c.lower_ == "you" for c in verb.children):
        return False
    reasons = [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for o in c.children
               if o.dep_ in ("pobj", "pcomp")]
    return any(o.pos_ in ("NOUN", "PROPN") and o.lemma_.lower() not in _COURTESIES for o in reasons)


# What a speaker thanks the room for out of courtesy, praising no act: "thank you for your patience",
# "for the kind introduction", "for that question", "for those kind words"
_COURTESIES = {"time", "coming", "being", "attention", "patience", "introduction", "question", "words", "word",
               "remark", "comment", "opportunity", "applause"}


def _conjoined_complement(verb: Token) -> Token | None:
    """The first of coordinated complements, whose frame the later ones share (evwar18): "The EU urged
    Russia to stop its attacks and to withdraw its troops" (both asked), "Japan agreed to provide radars
    and to train Philippine pilots" (both intended), "Moscow denied shelling the plant and killing
    civilians" (both denied). Only an infinitive or a gerund joined to an infinitive or gerund complement
    ("Russia attacked Kyiv and Ukraine shelled Belgorod" are two main clauses; "said it had struck ... and
    killed ..." is reported, not framed)."""
    if verb.dep_ != "conj" or verb.head.i == verb.i:
        return None
    first = verb.head
    if first.dep_ not in ("xcomp", "pcomp") or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    own_to = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if not (own_to or verb.tag_ in ("VB", "VBG")):
        return None
    return first


# A guest one is honoured to have here (`_guest_welcomed`): the speaker hosts (043)
_HOSTING = Trigger("have", frozenset(), frozenset(), "043", "obj")
_HOST_FEELINGS = {"honor", "honour", "pleasure", "privilege", "delight", "joy"}


def _guest_welcomed(verb: Token) -> bool:
    """A host's words of welcome in remarks (evwar18): "It's a great honor to have President Zelenskyy of
    Ukraine with us today", "It is a pleasure to have Prime Minister Carney here at the White House", "it's
    a privilege to have the King with us" -- the speaker hosts the guest (043). "have" must hang from the
    honour and take a person (a name or a title) with "here" or "with us"."""
    if verb.lemma_.lower() != "have" or verb.dep_ not in ("xcomp", "acl") \
            or verb.head.lemma_.lower() not in _HOST_FEELINGS | {"be"}:
        return False
    if verb.head.lemma_.lower() == "be" and not any(c.dep_ == "attr" and c.lemma_.lower() in _HOST_FEELINGS
                                                   for c in verb.head.children):
        return False
    guest = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if guest is None or not (guest.ent_type_ == "PERSON" or guest.pos_ == "PROPN"):
        return False
    here = [t for t in (*verb.children, *guest.children)
            if (t.dep_ == "advmod" and t.lower_ == "here")
            or (t.dep_ == "prep" and t.lower_ == "with" and any(o.lower_ == "us" for o in t.children))]
    return bool(here)


# A trailing "..., a charge X denies" (syntax.charge_denied_after): the accused denies responsibility (016)
_CHARGE_DENIED = Trigger("deny", frozenset(), frozenset(), "016", "none")
# Labelling an act a crime: "these attacks fit the definition of terrorism", "constitute war crimes"
_LABELLING_VERBS = {"constitute", "amount", "fit", "meet"}
_CRIME_LABELS = {"terrorism", "terrorist", "genocide", "crime", "aggression", "atrocity", "violation", "massacre"}
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


def _person_subject(verb: Token) -> bool:
    """The clause's subject names one person: "Warren was under attack", "the Senator came under fire";
    "who" of a relative clause hung on a person's name stands for it ("Abu Hamza, who was captured by British
    forces in 2004, ...": round evroot18)."""
    if verb.dep_ == "relcl" and verb.head.ent_type_ == "PERSON" and any(
            s.dep_ in ("nsubj", "nsubjpass") and s.lower_ in ("who", "whom") for s in verb.children):
        return True
    return any(c.ent_type_ == "PERSON" or (c.lemma_.lower() in _PERSON_TITLES and c.tag_ in ("NN", "NNP"))
               for s in verb.children if s.dep_ in ("nsubj", "nsubjpass") for c in s.subtree)


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


# Calling someone names of abuse denounces them (CAMEO 111): "Trump calls Fidel Castro 'brutal dictator'",
# "Critics called him a dictator", "has called the claims 'indecent'". Other names stay no event
# (`_naming_call`: "called Jerusalem 'the key for peace'"). A short hand list: the sentiment lexicons we
# looked at (AFINN) lack the political names of abuse (dictator, tyrant, thug, puppet).
_NAME_CALLING = Trigger("call", frozenset(), frozenset(), "111", "obj")
_NAMING_VERBS = {"call", "brand", "label", "dub"}
_ABUSE = {"dictator", "tyrant", "despot", "thug", "terrorist", "criminal", "murderer", "butcher", "liar",
          "traitor", "fascist", "nazi", "racist", "puppet", "aggressor", "war criminal", "indecent", "ridiculous",
          "absurd", "outrageous", "shameful", "disgraceful", "despicable", "deplorable", "unacceptable",
          "illegitimate", "irresponsible", "reckless", "provocation", "provocative", "hypocritical", "barbaric",
          "cowardly", "heinous", "senseless", "insulting", "lie", "nonsense", "propaganda", "hoax", "slander",
          "baseless", "groundless", "unfounded", "terror", "terrorism", "atrocity", "genocide", "massacre",
          "crime", "disgrace", "farce", "sham"}


def _name_calling(verb: Token) -> bool:
    if verb.lemma_.lower() not in _NAMING_VERBS:
        return False
    if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj") and verb.head.pos_ in ("VERB", "AUX"):
        return False  # "poured scorn on the claims, calling them ridiculous": the scorn, told again
    if any((c.dep_ in ("prep", "prt") and c.lower_ in ("for", "on", "upon", "off", "in", "back", "up"))
           or c.dep_ == "xcomp" for c in verb.children):
        return False  # "called for", "called on", "called off", "called Putin to discuss"
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    names = [c for c in verb.children if c.dep_ in ("oprd", "ccomp", "acomp", "attr")]
    if len(objects) > 1:
        names += objects[1:]  # "branded the militants terrorists": the second object is the name
    if objects and any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in objects[0].children):
        names.append(objects[0])  # a headline's "calls Fidel Castro 'brutal dictator'" misread as a possessive
    words = set()
    for name in names:
        words |= {name.lemma_.lower(), name.lower_}
        words |= {t.lemma_.lower() for t in name.children if t.dep_ in ("amod", "compound", "dobj", "attr", "acomp")}
    return bool(words & _ABUSE)


# Judging in reported speech (round evdet16): "Russia's deputy foreign minister said the remarks were
# 'unfair'", "Georgia says the Joint Control Commission is unbalanced", "China said the US statement was
# irresponsible": the speaker criticises (111) what is judged, or its owner.
_JUDGED_IN_SPEECH = Trigger("say (a judgment)", frozenset(), frozenset(), "111", "obj")
_SPEECH_OF_JUDGING = {"say", "declare", "state", "insist", "charge", "complain"}
_JUDGMENTS = _ABUSE | {"unfair", "unjust", "unjustified", "unwarranted", "unbalanced", "biased", "illegal", "unlawful",
                       "counterproductive", "destabilizing", "destabilising", "blackmail", "interference"}


# Words said by others: calling them baseless denies them (016), it does not criticise a party.
_SAID_THINGS = {"accusation", "allegation", "claim", "charge", "report", "assertion", "rumour", "rumor", "talk",
                "speculation", "suggestion"}


def _judged_in_speech(verb: Token) -> Token | None:
    """What a speaker calls by a word of abuse or disapproval in a "that" clause: the subject of
    "were 'unfair'" in "Russia's deputy foreign minister said the remarks were 'unfair'", of "is
    unbalanced" in "Georgia says the Joint Control Commission is unbalanced". None for other clauses
    ("said the talks were useful") and for negated judgments ("said the vote was not illegal")."""
    if verb.lemma_.lower() not in _SPEECH_OF_JUDGING or any(c.dep_ == "neg" for c in verb.children):
        return None
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.lemma_.lower() == "be"):
        if any(c.dep_ == "neg" for c in clause.children) or any(c.tag_ == "MD" for c in clause.children):
            return None  # "said the vote was not illegal", "said a strike would be illegal"
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.lower_ in ("it", "this", "that", "there", "what"):
            continue
        if subject.lemma_.lower() in _SAID_THINGS:
            return None  # "said the accusations were baseless", "said talk of sanctions was groundless": a denial
        judged = [c for c in clause.children if c.dep_ in ("acomp", "attr")]
        words = {w for j in judged for w in (j.lemma_.lower(), j.lower_)} | {
            t.lemma_.lower() for j in judged for t in j.children if t.dep_ in ("amod", "compound")}
        if words & _JUDGMENTS:
            return subject
    return None


def headline_source(subject: Token) -> bool:
    """A headline's source before a colon, which the parser makes the subject of a verb after it,
    says what follows; it did not do it (round 13, ECB+): "Sheriff: Michigan office shooting kills
    1, injures 2", "Cops: Queens woman killed in hit-and-run", "Police: man shot his neighbour"."""
    doc = subject.doc
    start = subject.sent.start if doc.has_annotation("SENT_START") else 0
    return subject.i + 1 < len(doc) and doc[subject.i + 1].text == ":" and 0 <= subject.i - start <= 3 \
        and subject.left_edge.i >= start


# Where a person is put when taken in: "taken into custody", "placed in detention".
_HOLDING_PLACES = {"custody", "detention", "jail", "prison"}


def _held(verb: Token) -> bool:
    """A verb of being taken or held somewhere ("being taken into custody", "being placed in
    detention", "after being booked into jail") or arrested: what happens to a person, never a thing."""
    return verb.lemma_.lower() in ("arrest", "detain", "jail", "imprison") or any(
        o.lemma_.lower() in _HOLDING_PLACES for o in prep_objects(verb))


def _ahead_of(verb: Token) -> bool:
    """A clause of a time still to come: "before he stands trial", "until she goes on trial"."""
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("before", "until", "till", "once")
                                        for c in verb.children)


def _subject_after_comma(verb: Token, deps: tuple[str, ...]) -> Token | None:
    """Of two subjects the parser gives one verb, the one after a comma, when the first has a participle
    of its own: "Soldier killed in Kabul blast, suspect arrested" -> suspect (the soldier was killed)."""
    subjects = [c for c in verb.children if c.dep_ in deps]
    if len(subjects) < 2 or not any(c.dep_ == "acl" for c in subjects[0].children):
        return None
    commas = [t.i for t in verb.doc[subjects[0].i:verb.i] if t.text in (",", ";")]
    after = [c for c in subjects if commas and c.i > commas[-1]]
    return after[0] if after else None


# Nouns for a settlement or an area that a name or a nationality follows: "in the Russian city of Ryazan"
_TOWN_NOUNS = {"city", "town", "village", "region", "province", "oblast", "district", "port", "capital", "settlement",
               "suburb", "outskirts", "county", "municipality"}


def _town_named(noun: Token) -> Token:
    """The word that names the place of "the <nationality> city of <Town>": the town ("hit an oil refinery in
    the Russian city of Ryazan" -> Ryazan; "in the port city of Odesa" -> Odesa), else the nationality ("in a
    Ukrainian village" -> Ukrainian), else the noun itself (session 16)."""
    named = next((x for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                  for x in p.children if x.dep_ == "pobj" and x.pos_ == "PROPN"), None)
    if named is not None:
        return named
    return next((c for c in noun.children if c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE")), noun)
