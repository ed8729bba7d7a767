"""Code events: who did what to whom, from the dependency parse of one sentence.

A trigger lexicon (data/event_triggers.tsv) maps a verb, optionally with a particle and an
object noun, to a CAMEO code; the parse supplies the actors (subject, object, prepositional
objects, passives, coordination, control verbs); modality and negation come from the verb's
dependents. Each code is looked up in data/cameo.tsv for its Goldstein score and PLOVER type.

This room holds the order of the work, and the rules of code and modality; the rooms it calls do
the rest (docs/events.md, "Rooms of the events package"):
- `EventCoder.code`: the sentence's trigger matches (`_match`, with triggers.py), the events of the
  verbs (`_verb_events`) and of the nouns (`_noun_events`, noun_events.py), one per action (repeats.py);
- `EventCoder._event`: one event's roles, phase by phase - parsed (sources.py, targets.py), framed
  (sources.py), joint (joint.py), the target chosen (targets.py), placed (placing.py), harmed
  (harm.py), an unnamed doer (sources.py) - then the no-event guards (guards.py), the code
  (lexicon refinement, rules.py), the modality (`_modality`, modality.py) and the parties (joint.py).

Examples of what this room decides itself: "is to make an official visit to Prague" is an intention,
036 (`_scheduled`, in `_modality`); "we will continue to condemn ..." is condemned now, not intended
(`_comment_kept_up`); "stop supporting" ends the support (`_ceased`, `_CEASE_CODES`).
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterable

from spacy.tokens import Doc, Token

from ..actors import ActorResolver, default_resolver
from ..records import Actor, Event, Sentence
from . import rules
from .ace_news import _PROTESTS_THERE_WERE, protests_there_were, _WOUNDED_DIED, wounded_who_died
from .guards import _not_an_event
from .harm import HarmReader, _toll_left, _TOLL_WORDS, _undergone
from .joint import JointParties
from .lexicon import default_lexicon, Lexicon, Trigger
from .modality import (_conditional, _conditional_response, _failed, _framed, _FUTURE_MODALS, _HYPOTHETICAL_MODALS,
                       _in_reported_speech, _LITOTES, _modal, _modality_chain, _must_clause, _negated, _no_comment,
                       _performed_by_saying, unestablished, _withheld_object)
from .noun_events import NounEventCoder
from .nouns import definite, match_nouns, _modifier_actors
from .parties import _code, _counted, PartyReader, _PERSON_TITLES, _phrase_text, _Roles
from .placing import _FORCE_ROOTS, _local_namesake, Placing, _TOPIC_VERBS
from .repeats import (_family, _LEGAL_STEPS, _one_report_each, _own_object, _part_of_another,
                      _parts_of_exercises, _past_link_list, _READ_MORE, _taken_by_verbs)
from .sources import SourceReader
from .syntax import (_AIM_NOUNS, _ALLEGING, _BLAST, _BLASTS, _CEASE_VERBS, charge_denied_after, _counted_shot,
                     _DECLINING, _done_to_people, has_prep, is_coded, _is_passive, _Match, prep_objects, _PROJECTILES,
                     _reduced_passive, _sentence_lemmas, _view_stated, _VIOLENT_ROOTS)
from .targets import _BEARINGS, _lemma_matches, _listed_objects, _misparsed_objects, _objects, TargetReader, _temporal
from .triggers import (_ASSEMBLY, _ASSEMBLY_VERBS, _blast, _CHARGE_DENIED, _DEMAND, _guest_welcomed, _HOSTING,
                       _JUDGED_IN_SPEECH, _judged_in_speech, _mood_of, _NAME_CALLING, _name_calling, _NO_COMMENT, _ordered_freed,
                       _ORDERED_RELEASE, _PROTESTERS, _RELEASING, _RESPONSE_THREAT, _THANKS_FOR, _thanks_for,
                       TriggerChecks)


# Ending an action: ending aid reduces relations, ending fighting de-escalates.
_CEASE_CODES = {"04": "164", "05": "160", "06": "160", "07": "162", "18": "087", "19": "087", "20": "087",
                "16": "081", "17": "080"}
# The word lists and code maps the coding rules share live in rules.py.
_EXERCISES = rules.EXERCISES
_REFUSALS = rules.REFUSALS
_THREAT_CODES = rules.THREAT_CODES
_COOPERATIVE_ROOTS = rules.COOPERATIVE_ROOTS


class EventCoder(NounEventCoder, JointParties, SourceReader, HarmReader, TargetReader, TriggerChecks, Placing,
                 PartyReader):
    """Turns one parsed sentence into coded events. The readers it inherits are the rooms of the events
    package (parties.py, placing.py, triggers.py, targets.py, harm.py, sources.py, joint.py,
    noun_events.py): mixins, since their methods share the resolver, the lexicon and the document's
    persons and places this class holds, and call each other."""

    def __init__(self, resolver: ActorResolver | None = None, lexicon: Lexicon | None = None) -> None:
        self.resolver = resolver or default_resolver()
        self.lexicon = lexicon or default_lexicon()
        # Surnames of the people the document being coded names, with the actor the people table
        # gives the full name, if any (document_persons); set by code().
        self._persons: dict[str, Actor | None] = {}
        # The places the document being coded is about (places.DocContext), set by code().
        self._context: Iterable[str] = ()
        # Set while PartyReader._pronoun_owner reads a clause subject's actors (which may hold another "its")
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
        """The trigger `verb` is, if any: a word that acts as a verb (`_acts_as_verb`), then the coder's own
        rule triggers, each in its order (`_RULE_TRIGGERS`), then the table rows (`_table_match`)."""
        if not self._acts_as_verb(verb):
            return None
        for rule in self._RULE_TRIGGERS:
            found = rule(self, verb)
            if found is not None:
                return None if found is _NOT_A_TRIGGER else found
        return self._table_match(verb)

    def _acts_as_verb(self, verb: Token) -> bool:
        """A verb or a word the tagger misreads as one that acts, not a description ("a threatening letter")."""
        if verb.pos_ not in ("VERB", "AUX") and not verb.tag_.startswith("VB") \
                and not (verb.dep_ == "acomp" and verb.lower_.endswith("ed") and verb.lower_ in self.lexicon.verb_of_form) \
                and not _clause_head(verb):
            return False  # but "remains fully committed to supporting": a participle the tagger calls an adjective
        if verb.dep_ in ("amod", "acomp") and not any(c.dep_ in ("dobj", "prep", "agent", "xcomp") for c in verb.children):
            return False  # "it's striking that", "a threatening letter": a description, not an act
        return True

    # The coder's own rule triggers, asked in `_RULE_TRIGGERS` order before the table rows: each gives a
    # match, `_NOT_A_TRIGGER` (the word is no trigger at all) or None (the rule does not apply).
    def _comment_declined(self, verb: Token) -> _Match | None:
        """ "declined to comment", "did not comment on the strike": a comment declined (011)."""
        return _Match(verb, _NO_COMMENT, None) if _no_comment(verb) else None

    def _charge_denied(self, verb: Token) -> _Match | None:
        """ "..., a charge Abu Dhabi denies": the accused's denial (016)."""
        if charge_denied_after(verb) is not None:
            return _Match(verb, _CHARGE_DENIED, None)  # "..., a charge Abu Dhabi denies": 016
        return None

    def _thanked(self, verb: Token) -> _Match | None:
        """ "Thank you, Mr. President, for your leadership": thanks for an act (051)."""
        if _thanks_for(verb):
            return _Match(verb, _THANKS_FOR, None)  # "Thank you, Mr. President, for your leadership": 051
        return None

    def _guest_hosted(self, verb: Token) -> _Match | None:
        """ "It's a great honor to have President Zelenskyy of Ukraine with us": a guest hosted (043)."""
        if _guest_welcomed(verb):
            return _Match(verb, _HOSTING, next(c for c in verb.children if c.dep_ == "dobj"))  # 043
        return None

    def _details_declined(self, verb: Token) -> object | None:
        """ "declined to give details": no trigger (the declining verb's comment declined, 011; no aid refused)."""
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _DECLINING and _withheld_object(verb):
            return _NOT_A_TRIGGER  # "declined to give details": the declining verb's comment declined (011), no aid refused
        return None

    def _response_threatened(self, verb: Token) -> _Match | None:
        """ "will act ... should these attacks continue": a response threatened (130)."""
        if _conditional_response(verb):
            return _Match(verb, _RESPONSE_THREAT, None)  # "will act ... should these attacks continue"
        return None

    def _protesters_gathered(self, verb: Token) -> _Match | None:
        """ "Hundreds of demonstrators gathered outside the cathedral": a protest (141)."""
        if verb.lemma_.lower() in _ASSEMBLY_VERBS and any(
                c.dep_ == "nsubj" and _counted(c).lemma_.lower() in _PROTESTERS for c in verb.children):
            return _Match(verb, _ASSEMBLY, None)  # "Hundreds of demonstrators gathered outside the cathedral"
        return None

    def _bomb_exploded(self, verb: Token) -> _Match | None:
        """ "A car bomb exploded in Mogadishu": a bombing (triggers._blast)."""
        if _blast(verb):
            return _Match(verb, _BLAST, None)  # "A car bomb exploded in Mogadishu"
        return None

    def _release_ordered(self, verb: Token) -> _Match | None:
        """ "A judge ordered the two activists freed on bail": a release (084)."""
        if (freed := _ordered_freed(verb)) is not None:
            return _Match(verb, _ORDERED_RELEASE, freed)  # "A judge ordered the two activists freed on bail"
        return None

    def _release_participle(self, verb: Token) -> object | None:
        """ "freed" in "ordered the two activists freed": no trigger (the order is the release)."""
        if verb.lemma_.lower() in _RELEASING and verb.tag_ == "VBN" \
                and any(_ordered_freed(h) is not None for h in (verb.head, verb.head.head)):
            return _NOT_A_TRIGGER  # the participle of that order: the order is the release, no demand of another
        return None

    def _toll_told(self, verb: Token) -> _Match | None:
        """ "The attack left one officer dead": the attack, told by its toll (harm._toll_left)."""
        if _toll_left(verb):
            return _Match(verb, self._toll_trigger(verb), None)  # "The attack left one officer dead"
        return None

    def _toll_continued(self, verb: Token) -> object | None:
        """ "... dead and three people wounded": no trigger (the same toll of the same attack)."""
        if verb.dep_ == "conj" and verb.lower_ in _TOLL_WORDS and _toll_left(verb.head):
            return _NOT_A_TRIGGER  # "... dead and three people wounded": the same toll of the same attack
        return None

    def _protests_held(self, verb: Token) -> _Match | None:
        """ "there were protests in sixty cities": a protest no one is named for (ace_news.protests_there_were)."""
        if (protests := protests_there_were(verb)) is not None:
            return _Match(verb, _PROTESTS_THERE_WERE, protests)  # "there were protests in sixty cities"
        return None

    def _wounded_died(self, verb: Token) -> _Match | None:
        """ "Two of the wounded later died in hospital": killed in the attack (ace_news.wounded_who_died)."""
        if (wounded := wounded_who_died(verb)) is not None:
            return _Match(verb, _WOUNDED_DIED, wounded)  # "Two of the wounded later died in hospital"
        return None

    def _called_names(self, verb: Token) -> _Match | None:
        """ "Critics called him a dictator": name-calling (111)."""
        if _name_calling(verb):
            return _Match(verb, _NAME_CALLING, None)  # "Critics called him a dictator"
        return None

    def _judged_saying(self, verb: Token) -> _Match | None:
        """ "Moscow said the sanctions were illegitimate": a judgment in speech (111)."""
        if (judged := _judged_in_speech(verb)) is not None:
            return _Match(verb, _JUDGED_IN_SPEECH, judged)  # "Moscow said the sanctions were illegitimate"
        return None

    def _mood_told(self, verb: Token) -> _Match | None:
        """ "The negotiator said he was optimistic that ...": a party's hope (013) or gloom (012)."""
        if (mood := _mood_of(verb)) is not None:
            return _Match(verb, mood, None)  # "said he was optimistic that the ceasefire could be extended"
        return None

    _RULE_TRIGGERS = (_comment_declined, _charge_denied, _thanked, _guest_hosted, _details_declined,
                      _response_threatened, _protesters_gathered, _bomb_exploded, _release_ordered,
                      _release_participle, _toll_told, _toll_continued, _protests_held, _wounded_died,
                      _called_names, _judged_saying, _mood_told)

    def _table_match(self, verb: Token) -> _Match | None:
        """The first row of the verb table (data/event_triggers.tsv) the parse fits (`_row_match`); with
        no row for the verb, or none that fits, a "must" clause is a demand."""
        candidates = self.lexicon.triggers.get(verb.lemma_.lower()) \
            or self.lexicon.triggers.get(self.lexicon.verb_of_form.get(verb.lower_, ""))
        if not candidates:
            if _must_clause(verb):  # "Russia said Sudan must return the helicopter"
                return _Match(verb, _DEMAND, None)
            return None
        preps = _particles(verb)
        objects = _object_words(verb)
        for trigger in candidates:
            found = self._row_match(verb, trigger, preps, objects)
            if found is not None:
                return found
        return _Match(verb, _DEMAND, None) if _must_clause(verb) else None

    def _row_match(self, verb: Token, trigger: Trigger, preps: set[str], objects: list[Token]) -> _Match | None:
        """One table row: its particle or preposition, then its object noun, or the target it asks for."""
        if trigger.preps and not (trigger.preps & preps):
            return None
        if trigger.preps and not trigger.objects and trigger.target == "prep" \
                and (trigger.preps & preps) <= _AIMING_PREPS and any(
                    c.dep_ == "dobj" and self._agentive(c) for c in verb.children):
            # "shot three people at a birthday party": with a person as object, "at" says where
            # ("fired rockets at Israel" keeps its aim: a weapon is no one)
            return None
        if not trigger.objects:
            if trigger.target == "actor" and not self._object_names_actor(verb, trigger):
                return None
            if trigger.target == "intrans" and any(
                    c.dep_ == "dobj" and not any(a.lower_ in _MISREAD_PLACE_PREPS for a in c.children)
                    for c in verb.children):
                return None  # "demonstrated its resolve" is not a demonstration (but "rallied outside parliament")
            if trigger.cameo[:2] == "13" and not self._threat_aimed(verb):
                return None  # "threatened freedom of navigation": endangered, not a threat made
            return _Match(verb, trigger, None)
        for obj in objects:
            if _lemma_matches(obj, trigger.objects):
                if trigger.cameo == "015" and verb.lemma_.lower() in ("take", "assume") \
                        and not (has_prep(obj, "for") or any(c.dep_ == "prep" and c.lower_ == "for" and c.i > obj.i
                                                             for c in verb.children)):
                    continue  # "assumes its responsibilities to drive forward ...": a duty, not an act owned up to
                return _Match(verb, trigger, obj)
        if trigger.objects & _EXERCISES:
            # "took part in Zapad-2025": a named exercise is an exercise
            named = _operation_tokens(verb.doc)
            for obj in objects:
                if obj.i in named:
                    return _Match(verb, trigger, obj)
        return None

    # --- one event ----------------------------------------------------------------------
    def _event(self, m: _Match, sentence: Sentence, doc: Doc, home: str | None = None,
               voice: str | None = None) -> list[Event]:
        """One event from a matched trigger: its roles from the parse, phase by phase (each a
        method below, in this order), then the no-event guards, its code, modality and record."""
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
        if _not_an_event(m, r.source, r.target, undergone) is not None:
            return []

        context = _context_lemmas(m.verb, m.obj)
        code, source, target = self._coded(m, r, doc, context)
        code, negated, hypothetical = self._modality(m, code, r.frame, r.frame_verb)
        if code[:2] == "03":
            code = self.lexicon.refine(code, context)
        event = self._record(m, sentence, doc, code, source, target, negated, hypothetical, r.from_document)
        if target is None and event.cameo[:2] in _REACTION_ROOTS:
            event.reacts_to = self._referenced_act(m.verb, m.obj)
        return [self._parties(event, r.joint, r.elsewhere, r.co_authors, m)]

    def _coded(self, m: _Match, r: _Roles, doc: Doc, context: set[str]) -> tuple[str, Actor | None, Actor | None]:
        """The row's code refined by the words around the trigger (data/event_context.tsv) and the named
        rules (rules.py), support for a person read as endorsement, one party not read twice (`_not_itself`)."""
        verb, source, target = m.verb, r.source, r.target
        if m.trigger.cameo[:2] == "19":
            context = context - _said_of_the_struck(verb)  # ("killed a commander accused of planning the attack")
        code = self.lexicon.refine(m.trigger.cameo, context)
        coding = rules.apply(rules.Coding(
            code, source, target, verb=verb.lemma_.lower(), noun=m.obj.lemma_.lower() if m.obj is not None else None,
            context=context, target_is_place=target is not None and target in r.places,
            subject_is_person=_person_subject(verb), sentence_words=_sentence_lemmas(doc),
            passive=_is_passive(verb) or _reduced_passive(verb),
            objects=frozenset(c.lemma_.lower() for c in verb.children if c.dep_ == "dobj"),
            view_stated=_view_stated(verb), clause=any(c.dep_ == "ccomp" for c in verb.children)))
        code, source, target = coding.code, coding.source, coding.target
        code = _person_supported(m, code)
        source, target = _not_itself(source, target, _is_passive(verb) or _reduced_passive(verb), r.from_document)
        return code, source, target

    def _record(self, m: _Match, sentence: Sentence, doc: Doc, code: str, source: Actor | None,
                target: Actor | None, negated: bool, hypothetical: bool, from_document: set[str]) -> Event:
        """The event record: the code's Goldstein and PLOVER type, the trigger's words and span, a confidence."""
        verb = m.verb
        info = self.lexicon.code(code)
        start = sentence.start
        first = min([verb.i] + ([m.obj.i] if m.obj is not None else []))
        last = max([verb.i] + ([m.obj.i] if m.obj is not None else []))
        # (the verb with its object noun, up to "conducted a series of glide bomb strikes": what a later
        # "the strikes" names, document.resolve_references)
        trigger_text = doc[first:last + 1].text if last - first < 8 else verb.text
        confidence = 0.45 + 0.2 * bool(m.trigger.objects) + 0.1 * bool(m.trigger.preps) \
            + 0.15 * (source is not None and target is not None)
        return Event(
            id="", sentence_id=sentence.id, evidence=sentence.text,
            span=(sentence.start, sentence.end), cameo=info.code,
            plover=info.plover, plover_mode=info.plover_mode, goldstein=info.goldstein,
            source=source, target=target, negated=negated, hypothetical=hypothetical,
            confidence=round(min(confidence, 0.95), 2), trigger=trigger_text,
            trigger_span=(start + doc[first].idx, start + doc[last].idx + len(doc[last])),
            source_from=("document" if "source" in from_document else "parse") if source is not None else None,
            target_from=("document" if "target" in from_document else "parse") if target is not None else None,
        )

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

    @staticmethod
    def _ceased(verb: Token) -> bool:
        """ "stop supporting", "halt attacks": the action is being ended, not done."""
        head = verb.head
        return verb.dep_ in ("xcomp", "pcomp") and head.i != verb.i and head.lemma_.lower() in _CEASE_VERBS


# Acts that answer an earlier one: a statement about it, praise, criticism.
_REACTION_ROOTS = {"01", "05", "11"}

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


def _person_supported(m: _Match, code: str) -> str:
    """ "During the primaries, she supported Senator Marco Rubio", "he supported Trump": support
    for a person is endorsement (051); aid (07) goes to states, forces and peoples."""
    if code[:2] != "07" or m.verb.lemma_.lower() not in ("support", "back", "endorse"):
        return code
    objects = [c for c in m.verb.children if c.dep_ == "dobj"]
    if objects and all(o.ent_type_ == "PERSON" and o.pos_ == "PROPN" for o in objects):
        return "051"
    return code


def _clause_head(token: Token) -> bool:
    """ "Protesters storm parliament", "as police open fire": in a headline's clipped style the
    tagger may call the verb a noun or an adjective; with a subject and an object it is a verb."""
    return (token.pos_ in ("NOUN", "ADJ") and token.dep_ in ("ROOT", "advcl", "conj", "ccomp")
            and any(c.dep_ == "nsubj" for c in token.children) and any(c.dep_ == "dobj" for c in token.children)) \
        or _counted_shot(token)


# A rule trigger's answer that the word is no trigger at all (EventCoder._RULE_TRIGGERS).
_NOT_A_TRIGGER = object()


def _particles(verb: Token) -> set[str]:
    """The particles and prepositions of a phrasal verb, and the fixed noun of an idiom ("take part"), that
    a table row may ask for."""
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
    return preps


def _object_words(verb: Token) -> list[Token]:
    """The words a table row's object noun may be: the verb's objects, misparsed and listed ones, and a verdict."""
    return list(_objects(verb)) + _misparsed_objects(verb) + _listed_objects(verb) + [
        # "Jury finds Andrew Lopez guilty": the verdict the parser hangs on the verb as a clause
        c for c in verb.children if c.dep_ in ("ccomp", "oprd") and c.pos_ == "ADJ"] + [
        # "Jury finds suspect in Troy office shooting guilty": or deeper, on the object's words
        # ("found a former Kraft Foods company employee guilty of murder": after its noun, the verdict)
        t for t in verb.subtree if verb.lemma_.lower() == "find" and t.lower_ in ("guilty", "innocent")
        and t.i > verb.i and not (t.dep_ == "amod" and t.i < t.head.i)]  # (not "found the guilty party's car")


def _operation_tokens(doc: Doc) -> set[int]:
    """Tokens inside a named exercise or operation ("Zapad-2025", "Operation Spiderweb")."""
    if "eventwire_operations" not in doc.user_data:
        from ..names import find_names

        spans = [doc.char_span(a, b, alignment_mode="expand") for a, b, _ in find_names(doc.text)]
        doc.user_data["eventwire_operations"] = {t.i for span in spans if span is not None for t in span}
    return doc.user_data["eventwire_operations"]


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


# Particles of phrasal verbs the tagger reads as adverbs: "pulled back from Kyiv", "pushed back Russian troops".
_ADVERB_PARTICLES = {"back", "out", "away", "off", "down", "home"}  # ("shot down", "sent home": tagged adverbs too)
# Prepositions of place the tagger reads as adjectives: "rallied outside parliament".
_MISREAD_PLACE_PREPS = {"outside", "inside", "near", "around", "across", "opposite", "beside"}
# Prepositions of aim ("shot at", "fired on"), which also say where an act happened.
_AIMING_PREPS = frozenset({"at", "on", "into"})

    # ("Demonstrators stormed the presidential palace": protesters using force, a riot)


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


def _said_of_the_struck(verb: Token) -> set[str]:
    """The words of a clause that describes whom or what an attack struck, which say nothing of how it struck
    (rec20): "The raid killed 17 militants, including a commander accused of planning the palace attack" is no
    criticism of a plan (190 -> 111 by event_context.tsv), "the military said it had targeted a Hamas commander who
    was planning an attack" neither, and "struck a depot that stored drones" is no drone strike (190 -> 195). Only a
    relative or participial clause (relcl, acl) hung on a noun of the verb's object or prepositional phrases."""
    out: set[str] = set()
    for c in verb.children:
        if c.dep_ not in ("dobj", "prep", "nsubjpass", "attr", "dative"):
            continue
        for t in c.subtree:
            if t.dep_ in ("relcl", "acl") and t.head.pos_ in ("NOUN", "PROPN") and t.head.i != verb.i:
                out |= {w.lemma_.lower() for w in t.subtree}
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


# Nouns whose clause is alleged: "on charges he killed", "allegations that troops looted".
_ALLEGATION_NOUNS = {"charge", "allegation", "accusation", "suspicion", "claim", "rumor", "rumour", "indictment"}


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


# Labelling an act a crime: "these attacks fit the definition of terrorism", "constitute war crimes"
_LABELLING_VERBS = {"constitute", "amount", "fit", "meet"}


def _person_subject(verb: Token) -> bool:
    """The clause's subject names one person: "Warren was under attack", "the Senator came under fire";
    "who" of a relative clause hung on a person's name stands for it ("Abu Hamza, who was captured by British
    forces in 2004, ...": round evroot18)."""
    if verb.dep_ == "relcl" and verb.head.ent_type_ == "PERSON" and any(
            s.dep_ in ("nsubj", "nsubjpass") and s.lower_ in ("who", "whom") for s in verb.children):
        return True
    return any(c.ent_type_ == "PERSON" or (c.lemma_.lower() in _PERSON_TITLES and c.tag_ in ("NN", "NNP"))
               for s in verb.children if s.dep_ in ("nsubj", "nsubjpass") for c in s.subtree)


def _ahead_of(verb: Token) -> bool:
    """A clause of a time still to come: "before he stands trial", "until she goes on trial"."""
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("before", "until", "till", "once")
                                        for c in verb.children)


