"""One event per action: a verb or a noun that tells part of an event already coded, or the same
act told twice, gives no second event; separate acts of one sentence stay separate.

- "stormed the headquarters, killing five officers": the participle is the same attack
  (`_part_of_another`); "held talks" gives no noun event for "talks" (`_taken_by_verbs`);
- "The Treasury imposed sanctions on the network, freezing the assets of six companies": one act
  (`_same_act_told_again`);
- "was convicted of fraud and sentenced to two years": two steps of the law, two events
  (`_another_legal_step`); "Gunmen attacked the parliament, with at least 12 people killed": the dead
  are the attack's victims, one event (`_victims_of_attacks`).

Plain functions over matches and events: none reads the coder's state.
"""
from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Token

from ..actors import _DETERMINERS
from ..records import Event, Sentence
from . import rules
from .harm import _toll_told_on
from .nouns import _CONDEMNING, definite, NounMatch, pinned, setting_verb, SINGLE_HOSTILE_ACTS
from .parties import _code, _COUNTING_NOUNS, _PRONOUNS
from .placing import _TOPIC_VERBS
from .syntax import (_ACCUSE_VERBS, _BLAST, _DENY_VERBS, is_coded, _is_passive, _Match, prep_objects,
                     _restrictive_relative, _VIOLENT_ROOTS)
from .targets import _AMOUNT_NOUNS, _objects


# The word lists and code maps the coding rules share live in rules.py.
_EXERCISES = rules.EXERCISES


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
                    for o in m.verb.children if o.dep_ == "dobj" and (
                        (any(c.dep_ == "poss" for c in o.children) and pinned(o))
                        # ("denounced the arrest of three journalists by Belarusian police": a single
                        # hostile act, reported when its doer and whom it hit are named)
                        or o.lemma_.lower() in SINGLE_HOSTILE_ACTS)}


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
