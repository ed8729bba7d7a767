"""Events stated as nouns ("the arrest of three journalists in Minsk", "Russian strikes on Kyiv",
"our support for Ukraine remains ironclad"): their code, roles, place and modality. events.nouns
finds the nouns and the roles their phrase names; this room codes them.

- "clashes between police and protesters in Dhaka": a mutual act of the two sides, placed in
  Bangladesh (`_coded_noun_roles`, `_placed_noun_roles`);
- "a commitment to provide drones to Ukraine": an intention to give aid, 033 (`_promised_code`);
- "no talks", "the talks did not take place": negated (`_noun_modality`).

`NounEventCoder` is a mixin of EventCoder: `_noun_event` reads the lexicon, the resolver and the
trigger matcher (EventCoder._match).
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ..records import Actor, Event, Sentence
from . import rules
from .joint import _MAX_JOINT, _MUTUAL_ROOTS
from .modality import _conditional, _FUTURE_MODALS, _HYPOTHETICAL_MODALS, _modal, _modality_chain, _negated
from .nouns import definite, governing_verb, noun_roles, NounMatch, NounRoles, planned, promised_act, reported
from .parties import _code, distinct_coded, _distinct_sides, first_person
from .placing import _FORCE_ROOTS, people_of, _placed_state
from .repeats import _exercise_told_again
from .syntax import is_coded, _PEOPLE_SECTORS, prep_objects, _sentence_lemmas, _STATE_SECTORS


# Verbs a happening does by itself: "clashes erupted in Dhaka".
_BREAKING = {"erupt", "break", "occur", "flare", "rage", "happen", "unfold", "take"}


# The word lists and code maps the coding rules share live in rules.py.
_COOPERATIVE_ROOTS = rules.COOPERATIVE_ROOTS


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


class NounEventCoder:
    """Codes one event stated as a noun (called by EventCoder._noun_events)."""

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
