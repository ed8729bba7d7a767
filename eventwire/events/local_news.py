"""Precision on local and crime news (issue #9, round 10): matches that are no event there.

Reading every event the coder gave on 40 local and crime news articles no eval set uses
(eval/events_round10/) found these classes of wrong events; each is one named rule over a
trigger match, run with the other no-event rules of `guards._NOT_EVENTS` (tests in
tests/test_event_precision_local_news.py). Each takes (match, source, target, undergone)
like those rules and says True when the match states no event.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..records import Actor

_REFLEXIVES = {"himself", "herself", "themselves", "itself", "myself", "yourself", "ourselves", "oneself"}
_HARM_VERBS = {"shoot", "kill", "stab", "injure", "wound", "hurt", "harm", "hang", "strangle", "cut", "burn"}


def _objects(verb: Token) -> list[Token]:
    """The verb's direct objects with their conjuncts ("shot his wife and himself")."""
    out = []
    for o in (c for c in verb.children if c.dep_ == "dobj"):
        out.append(o)
        out.extend(c for c in o.conjuncts)
    return out


def harm_to_oneself(m, source: Actor | None, target: Actor | None, undergone: bool) -> bool:
    """ "before shooting himself", "Mariah shot herself in the neck", "accidentally shot himself":
    a suicide or an accident with one's own gun is no act against anyone (eval/events_news.md
    rule 1: a suicide = no event). "shot his wife and then himself" still shoots his wife."""
    if m.trigger.cameo[:2] not in ("18", "19") or m.verb.lemma_.lower() not in _HARM_VERBS:
        return False
    objects = _objects(m.verb)
    if not objects or not all(o.lower_ in _REFLEXIVES for o in objects):
        return False
    # "shot her and her mother before killing himself": the coder tells the two as one act at
    # "killing"; the harm done to others around it keeps the event
    near = [a for a in m.verb.ancestors][:3] + [t for t in m.verb.subtree if t.i != m.verb.i]
    return not any(t.pos_ == "VERB" and t.lemma_.lower() in _HARM_VERBS
                   and any(o.lower_ not in _REFLEXIVES for o in _objects(t)) for t in near)


# What a robber asks for: the demand is the robbery's words, not a demand of CAMEO's 10.
_LOOT = {"cash", "money", "wallet", "purse", "change", "valuables", "phone", "cellphone", "keys", "key",
         "everything", "register", "drawer", "jewelry", "jewellery", "bag", "handbag", "belongings", "cigarette"}
_ROBBERY_WORDS = {"gun", "gunpoint", "knife", "knifepoint", "rob", "robbery", "robber", "teller", "weapon",
                  "holdup", "hold-up", "mugger", "mug", "mugging", "handgun", "pistol", "clerk", "cashier"}


def robber_s_demand(m, source: Actor | None, target: Actor | None, undergone: bool) -> bool:
    """ "showed the teller the butt of his gun and demanded cash", "demanded the 18-year-old
    place his wallet on the ground", "After asking them for change, the man said": what a robber
    asks for is how the robbery is told (coded as 180 where the robbery is), no demand (10) or
    appeal (02) between parties."""
    if m.trigger.cameo[:2] not in ("10", "02"):
        return False
    if source is not None and source.sector not in (None, "CVL", "CRM"):
        return False  # ("protesters demanded money for the victims")
    sentence = {t.lemma_.lower() for t in m.verb.sent}
    if not sentence & _ROBBERY_WORDS:
        return False
    said = [t for c in m.verb.children if c.dep_ in ("dobj", "prep", "ccomp", "xcomp", "dative")
            for t in c.subtree]
    return any(t.lemma_.lower() in _LOOT or t.lower_ in _LOOT for t in said)


_HELP = {"help", "backup", "back-up", "assistance", "ambulance", "medic", "reinforcement", "reinforcements"}
_QUESTION_MARKS = {"if", "whether"}


def question_or_call_for_help(m, source: Actor | None, target: Actor | None, undergone: bool) -> bool:
    """ "asked him if he was Brian O'Connor": a question, no appeal; "heard the victim calling for
    help", "officers called for backup": a cry for help or a request for more officers is no
    appeal between parties (02)."""
    if m.trigger.cameo[:2] != "02":
        return False
    verb = m.verb
    lemma = verb.lemma_.lower()
    if lemma == "ask" and any(c.dep_ == "ccomp" and any(g.dep_ == "mark" and g.lower_ in _QUESTION_MARKS
                                                         for g in c.children) for c in verb.children):
        return True
    if lemma in ("call", "ask", "cry", "scream", "yell", "shout", "radio", "beg"):
        asked = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "for"
                 for o in p.children if o.dep_ == "pobj"]
        asked += [c for c in verb.children if c.dep_ == "dobj"]
        # (a bare "help": "called for more help for the city's addicts" appeals for a policy)
        return any(o.lemma_.lower() in _HELP and all(c.dep_ == "det" for c in o.children) for o in asked)
    return False


_RESPONDERS = {"officer", "deputy", "trooper", "police", "agent", "firefighter", "paramedic", "unit", "team",
               "detective", "patrol", "medic", "swat"}


def responders_called_in(m, source: Actor | None, target: Actor | None, undergone: bool) -> bool:
    """ "Off-duty officers from three agencies were called in to break up a bar brawl": officers
    sent for are no phone call (04) or appeal (02) between parties."""
    verb = m.verb if m.verb.lemma_.lower() == "call" else m.verb.head
    if verb.lemma_.lower() != "call" or not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if not any(c.dep_ == "prt" and c.lower_ in ("in", "out", "up") for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    return any(s.lemma_.lower() in _RESPONDERS for s in subjects)


def nobody_harmed(m, source: Actor | None, target: Actor | None, undergone: bool) -> bool:
    """ "No one injured in Newberry home invasion", "Nobody was hurt": no one harmed is no harm
    (the headline's "No one ... injured" is parsed as a noun phrase the negation check misses)."""
    verb = m.verb
    people = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    if verb.dep_ == "acl":
        people.append(verb.head)  # ("No one injured": "injured" modifies "one")
    return any(p.lower_ in ("nobody", "no-one", "noone")
               or (p.lower_ in ("one", "none") and any(c.lower_ == "no" for c in p.children))
               for p in people)


# What is shot in sport, in photography and film: no one is shot.
_SHOT_THINGS = {"three-pointer", "pointer", "3-pointer", "basket", "jumper", "hoop", "layup", "free-throw",
                "throw", "puck", "par", "birdie", "eagle", "bogey", "photo", "photograph", "picture", "video",
                "film", "footage", "movie", "episode", "commercial", "pool", "clay", "target", "round", "goal",
                "ball", "scene", "selfie", "portrait", "documentary"}


def shot_in_sport_or_film(m, source: Actor | None, target: Actor | None, undergone: bool) -> bool:
    """ "always ready to shoot a three-pointer", "shot a 2-under-par round", "shooting a video":
    a shot at a basket or a camera's shot harms no one."""
    if m.verb.lemma_.lower() != "shoot":
        return False
    objects = _objects(m.verb)
    return bool(objects) and all(o.lemma_.lower() in _SHOT_THINGS or o.lower_ in _SHOT_THINGS for o in objects)


_CALL_OUTS = {"address", "scene", "apartment", "block", "call", "report", "complaint", "disturbance", "incident",
              "location", "store", "intersection"}


def responders_arriving(m, source: Actor | None, target: Actor | None, undergone: bool) -> bool:
    """ "Officer Kosinski arrived at the address in response to the call": officers reaching a
    scene are no visit (042) between parties."""
    if m.trigger.cameo[:2] != "04" or m.verb.lemma_.lower() not in ("arrive", "respond", "come", "go"):
        return False
    if source is not None and source.actor is not None and source.sector != "COP":
        return False  # ("the President arrived at the scene of the flooding" visits)
    places = [o for p in m.verb.children if p.dep_ == "prep" for o in p.subtree]
    return any(t.lemma_.lower() in _CALL_OUTS for t in places)


def private_guards_patrolling(m, source: Actor | None, target: Actor | None, undergone: bool) -> bool:
    """ "a handful of men in black T-shirts patrolled the property", "security guards patrol the
    lot": private people guarding a place show no military force (15)."""
    if m.trigger.cameo[:2] != "15" or m.verb.lemma_.lower() not in ("patrol", "guard", "police"):
        return False
    return source is not None and source.sector in (None, "", "CVL", "CRM") and not source.country


# What is fired when a shooting is told by its shots: "shots were fired", "several rounds were fired".
_SHOTS = {"shot", "round", "gunshot", "bullet"}
# Shots that harm no one: a warning, a salute, a celebration.
_HARMLESS_SHOTS = {"warning", "celebratory", "ceremonial", "salute", "blank", "tranquilizer", "tranquiliser"}


def shots_fired(verb: Token) -> bool:
    """ "Several shots were fired outside the bar around 2 a.m.", "neighbors reported a fight before
    shots were fired", "at least 20 rounds were fired into the home": shots fired report a shooting
    whoever fired them (as a headline's "Deadly shooting at Kraft plant" does: `guards._no_doer`
    keeps it with no doer). Not warning shots, a salute or shots in celebration, and not "no shots
    were fired"."""
    if verb.lemma_.lower() != "fire" or not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    shots = [c for c in verb.children if c.dep_ == "nsubjpass" and c.lemma_.lower() in _SHOTS]
    if not shots or any(c.lower_ == "no" for s in shots for c in s.children if c.dep_ == "det"):
        return False
    words = {t.lemma_.lower() for t in verb.sent} | {t.lower_ for t in verb.sent}
    return not words & _HARMLESS_SHOTS and "air" not in {o.lower_ for p in verb.children if p.dep_ == "prep"
                                                           for o in p.children}


NOT_EVENTS = (harm_to_oneself, robber_s_demand, question_or_call_for_help, responders_called_in, nobody_harmed,
              shot_in_sport_or_film, responders_arriving, private_guards_patrolling)
