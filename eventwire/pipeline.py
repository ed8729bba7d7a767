"""The pipeline: extract -> segment -> annotate -> code events -> claims -> places/times/numbers.

`Pipeline` turns `RawDocument`s into `DocumentResult`s; `extract()` and `ingest()` are the
two jobs users run (the CLI only wraps them). `extract()` and `ingest()` code each document
on its own, under its own time limit (docs/limits.md; long documents in pieces), with
`workers > 1` in separate processes, each loading the language model once;
`Pipeline.process_batch` codes several together (one parser call), for evaluation.
"""
from __future__ import annotations

import gc
import multiprocessing as mp
import os
import re
import time
from importlib import resources
from dataclasses import dataclass, field, replace
from itertools import chain, islice
from pathlib import Path
from typing import Callable, Iterable, Iterator

import numpy as np
from spacy.tokens import Doc

from . import annotate, claims as claims_stage
from .actors import default_resolver, DocumentResolver, of_others
from .events import (EventCoder, default_lexicon, is_coded, is_first_person, is_political, is_political_force,
                     people_of)
from .events.persons import document_persons, origin_only_places, person_only_places
from .events.triggers import rule_requirements
from .link.incidents import person_keys
from .events.detector import default_detector
from .events import learned as learned_stage
from .events.document import (drop_repeated_sentences, gather_operations, resolve_alliance, resolve_reactions,
                              resolve_union,
                              resolve_references, unresolved_it)
from .inputs import iter_documents
from .limits import DEFAULT_DOC_TIMEOUT_S, DocumentTimeout, resolve_doc_timeout, time_limit
from .names import find_names
from .places import default_geocoder
from .datelines import dateline_country, dateline_length
from .quantities import find_quantities
from .records import Actor, DocumentResult, Event, RawDocument, ReadError, Sentence
from .times import resolve_date, tense_of

BATCH_SIZE = 8
# A batch handed to a worker also ends once it holds this much text (or more, with one long
# document): the run ends when the last worker finishes, and with batches of 8 whole documents
# (up to 120,000 characters, 3 s of coding) one worker idled for seconds at the end while the
# other coded the last batch. Smaller batches cost no measurable parse time (bench/throughput.py).
STREAM_BATCH_CHARS = 16_000
# How political a document must read (90th percentile of the learned detector's P(event) over its
# sentences, events/detector.py) for events no party of which can be coded to be kept (and, on a
# page of READ_AS_A_PAGE sentences or more, any event but force and coercion). On the
# extraction set's news pages reviews, sport, science and lifestyle score 0.01-0.13, politics,
# crime and war 0.37-1.0 (bench/detector_documents.py).
UNCODED_EVENT_THRESHOLD = float(os.environ.get("EVENTWIRE_UNCODED_THRESHOLD", "0.2"))
# From this many sentences a document's detector reading is the page's topic, not one
# sentence's wording: below the threshold only force and coercion are kept from it.
READ_AS_A_PAGE = 8
# Names whose words look like verbs to the word filter ("United States": states).
_NAMES_LIKE_VERBS = re.compile(r"\bUnited States\b|\bUnited Nations\b|\bArmed Forces\b")


_NOT_GIVEN = object()  # (an argument left out, where None is a value)


class Pipeline:
    """One process's pipeline; models and tables load on first use, once."""

    def __init__(self, parse_all: bool = False, learned: bool | None = None) -> None:
        """`parse_all`: parse every sentence with entities, no cascade (the reference the
        cascade's recall is measured against: bench/cascade.py). `learned`: run the learned
        root model's stage after the coder (events/learned.py); None = the environment's
        EVENTWIRE_LEARNED (off unless set to 1)."""
        self.parse_all = parse_all
        self.resolver = default_resolver()
        self.coder = EventCoder(self.resolver, default_lexicon())
        self.geocoder = default_geocoder()
        # What makes a sentence worth the full parse: a claim cue, or an event trigger
        # together with a name that can code an actor.
        self.trigger_words = default_lexicon().surface_forms()
        self.trigger_needs = default_lexicon().requirements()
        for form, needs in rule_requirements().items():  # "demonstrators gathered": coder rules
            self.trigger_words |= {form}
            self.trigger_needs.setdefault(form, []).extend(needs)
        self.noun_words = default_lexicon().noun_forms()
        self.detector = default_detector()
        self.cue_words = claims_stage.CUE_WORDS
        if learned is None:
            learned = learned_stage.enabled_by_default()
        self.learned = learned_stage.LearnedStage(self.coder) if learned else None

    # --- single documents -----------------------------------------------------------------
    def process(self, raw: RawDocument) -> DocumentResult:
        return self.process_batch([raw])[0]

    def process_text(self, text: str, published: str | None = None, doc_id: str = "doc") -> DocumentResult:
        return self.process(RawDocument(id=doc_id, text=text, published=published))

    def process_texts(self, items: Iterable[tuple[str, str | None, str]]) -> Iterator[DocumentResult]:
        raws = (RawDocument(id=doc_id, text=text, published=published) for text, published, doc_id in items)
        for batch in _batches(raws, BATCH_SIZE * 4):
            yield from self.process_batch(batch)

    # --- batches ----------------------------------------------------------------------------
    def process_batch(self, raws: list[RawDocument]) -> list[DocumentResult]:
        """Process documents together: one parser call for all their candidate sentences."""
        split = [annotate.split_sentences(raw.id, raw.text) for raw in raws]
        # Who "we" and "I" are in an official statement ("Statement from President Biden..."),
        # and the countries each document is about.
        voices = [self.resolver.document_voice(raw.title, raw.url) for raw in raws]
        contexts = [self.geocoder.document_context(raw.text) for raw in raws]
        homes = [_document_home(context, voice, raw.text) for context, voice, raw in zip(contexts, voices, raws)]
        wanted = [[s for s in sentences
                   if (self.parse_all and len(s.text) <= annotate.MAX_SENTENCE_CHARS)
                   or self._worth_parsing(s.text, voiced=voice is not None, placed=home is not None)]
                  for sentences, voice, home in zip(split, voices, homes)]
        if self.learned is not None and not self.parse_all:
            wanted = [self._learned_wants(sentences, group) for sentences, group in zip(split, wanted)]
        docs = iter(annotate.parse((s.text for group in wanted for s in group), entities=False))
        parsed_all = [{s.index: next(docs) for s in group} for group in wanted]
        # Entities only where they are used: sentences that hold an event (places, actors) or
        # a claim cue (speakers). Events are coded again once entities are there.
        # Sentences left without entities were coded here already and hold no event; only
        # the others are coded (again) below.
        quotes = [claims_stage.quotation_spans(raw.text) if group else [] for raw, group in zip(raws, wanted)]
        need = [{s.index for s in group
                 if self.parse_all or self._needs_entities(s, parsed[s.index], home, _country(voice), spans)}
                for group, parsed, home, voice, spans in zip(wanted, parsed_all, homes, voices, quotes)]
        annotate.recognize_entities([parsed[i] for indices, parsed in zip(need, parsed_all) for i in indices])
        return [self._document(raw, sentences, {i: parsed[i] for i in indices}, parsed, voice, context, home)
                for raw, sentences, indices, parsed, voice, context, home
                in zip(raws, split, need, parsed_all, voices, contexts, homes)]

    def _learned_wants(self, sentences: list[Sentence], group: list[Sentence]) -> list[Sentence]:
        """The cascade's sentences and those the learned stage asks to parse (events/learned.py
        `LearnedStage.wants`), in document order."""
        chosen = {s.index for s in group}
        rest = [s for s in sentences if s.index not in chosen and len(s.text) <= annotate.MAX_SENTENCE_CHARS]
        extra = {s.index for s, ok in zip(rest, self.learned.wants([s.text for s in rest], annotate.words_of)) if ok}
        return [s for s in sentences if s.index in chosen or s.index in extra] if extra else group

    def _needs_entities(self, sentence: Sentence, doc: Doc, home: str | None = None,
                        voice: str | None = None, quotes: list[tuple[int, int]] | None = None) -> bool:
        """Entities for a sentence that holds an event (coded here on the parse alone), and for one
        with a claim cue word, unless it holds neither an attribution (the claims stage's finder,
        on the parse alone) nor a proper noun: the claims stage reads such a sentence only for the
        persons it names (claims/speakers.py `_register_persons`), and there are none. `quotes`:
        the document's quotation spans (None: every cue sentence gets entities)."""
        if annotate.words_of(sentence.text) & self.cue_words:
            if quotes is None or any(t.pos_ == "PROPN" for t in doc) \
                    or claims_stage.attributed(doc, sentence.start, quotes):
                return True
        return bool(self.coder.code(sentence, doc, home=home, voice=voice))

    def _worth_parsing(self, text: str, voiced: bool = False, placed: bool = False) -> bool:
        """Cheap test before the parser: a claim cue, or a trigger with the words it needs and
        someone to do it - an actor name, "we"/"I" where the document's voice is known, or
        "police", "troops", "the ministry" where the document is about one country."""
        if len(text) > annotate.MAX_SENTENCE_CHARS:
            return False
        words = annotate.words_of(_NAMES_LIKE_VERBS.sub(" ", text))
        if words & self.cue_words:
            return True
        # Any trigger word is reason enough: an event is kept even when no actor can be coded
        # ("Unknown attackers shot dead two soldiers"), so the filter does not ask for one.
        forms = words & self.trigger_words
        return bool(words & self.noun_words) or any(
            need is None or need & words for form in forms for need in self.trigger_needs[form]) \
            or (bool(forms) and bool(find_names(text)))  # "took part in Zapad-2025": a named exercise

    def _document(self, raw: RawDocument, sentences: list[Sentence], coded: dict[int, Doc],
                  parsed: dict[int, Doc], voice: Actor | None = None, context=None,
                  home: str | None | object = _NOT_GIVEN) -> DocumentResult:
        """`coded`: the parsed sentences that may hold events (with entities); `parsed`: all
        parsed sentences, for the claims stage; `voice`: who "we" is outside quotations;
        `context`: the places the document is about (geocoder.document_context); `home`: the
        `_document_home` of that context and voice, where the caller has it already (it is
        worked out again only when places named only for persons leave the context)."""
        if context is None:
            context, home = self.geocoder.document_context(raw.text), _NOT_GIVEN
        named = person_only_places(context, coded, {s.index: s.start for s in sentences}, raw.text)
        if named:  # ("Troopers arrested Jordan Smith": no report about Jordan)
            context = _context_without(context, named)
        if named or home is _NOT_GIVEN:
            home = _document_home(context, voice, raw.text)
        # the acronyms the page defines ("South Korea's National Intelligence Service (NIS)") code as their names
        resolver = DocumentResolver.for_text(self.resolver, raw.text)
        persons = document_persons(coded.values(), raw.text, resolver)
        events: list[Event] = []
        readings: dict[int, str | None] = {}
        root_probs = learned_stage.sentence_probabilities(
            self.learned.model, [s for s in sentences if s.index in parsed]) if self.learned else {}
        shared, self.coder.resolver = self.coder.resolver, resolver
        try:
            for sentence in sentences:
                doc = coded.get(sentence.index)
                if doc is None:
                    if self.learned is None or sentence.index not in parsed:
                        continue
                    found = []
                else:
                    found = self.coder.code(sentence, doc, first_id=len(events) + 1, doc_id=raw.id, home=home,
                                            voice=_country(voice), persons=persons, context=context)
                if self.learned is not None:
                    # (events/learned.py: a rule event of a root the model rules out is dropped; a
                    # sentence the rules coded nothing in may get the model's root-level event)
                    doc = doc if doc is not None else parsed[sentence.index]
                    found = self.learned.veto(found, root_probs) if found else [
                        e for e in [self.learned.add(sentence, doc, root_probs[sentence.id], len(events) + 1, raw.id)]
                        if e is not None]
                if found:
                    self._enrich(found, sentence, doc, raw.published, context, readings)
                    events.extend(found)
        finally:
            self.coder.resolver = shared
        if _is_sports_report(raw.text):
            # "Switzerland beat Gibraltar 6-0", "Ottawa held on to beat Detroit": games, not wars
            events = [e for e in events if e.cameo[:2] not in _VIOLENT_ROOTS | {"14", "17"}]  # "rallied to beat"
        events = drop_repeated_sentences(_drop_headline_repeats(events, sentences, raw.title))
        events = gather_operations(events, sentences, find_names,
                                   lambda text: [q for _, _, q in find_quantities(text)])
        claims = claims_stage.extract_claims(raw, sentences, parsed, resolver, doc_countries=context)
        resolve_alliance(events, raw.text)
        resolve_union(events, f"{raw.title or ''}\n{raw.text}")
        resolve_references(events, [(c.sentence_id, c.speaker) for c in claims]
                           + _main_subjects(sentences, parsed, resolver))
        events = [e for e in events if not unresolved_it(e)]
        resolve_reactions(events)
        for n, event in enumerate(events, start=1):
            event.id = f"{raw.id}:e{n}"
        claims_stage.link_contradictions(claims)
        _attribute(events, claims, readings)
        events = _name_first_person(events, claims, voice, _speaker_turns(sentences, resolver, voice))
        events = self._vouched(events, sentences)
        people = person_keys(ent.text for doc in coded.values() for ent in doc.ents if ent.label_ == "PERSON")
        return DocumentResult(raw, sentences, events, claims, people)

    def _vouched(self, events: list[Event], sentences: list[Sentence]) -> list[Event]:
        """Events kept only in a document the learned detector reads as political or security
        reporting (events/detector.py: the 90th percentile of its sentences' P(event)):
        - an event whose parties the tables cannot code at all ("Swift accused Braun", "We
          traveled to Google's offices"; force used by or on rebels, police or troops of no known
          country counts as coded);
        - on a page of some length, every event but force and coercion: a sports report's
          "Spain defending champion Croatia", a car review's "Lexus Philippines offers" are no
          diplomacy, though a name in them codes; a brawl on the pitch is still one.
        Elsewhere events are the rules' alone to decide."""
        if UNCODED_EVENT_THRESHOLD <= 0:
            return events
        if len(sentences) >= READ_AS_A_PAGE:
            doubtful = [e for e in events if not is_political_force(e)]
        else:
            doubtful = [e for e in events if not is_political(e)]
        if not doubtful:
            return events
        scores = self.detector.scores([s.text for s in sentences])
        if float(np.percentile(scores, 90)) >= UNCODED_EVENT_THRESHOLD:
            return events
        return [e for e in events if e not in doubtful]

    def _enrich(self, events: list[Event], sentence: Sentence, doc: Doc, published: str | None,
                context: set[str], readings: dict[int, str | None]) -> None:
        """Where, when, how many and which operation: shared by the sentence's events.
        `readings` gets each event's clause reading (episodic, state, generic, ...)."""
        places = self.geocoder.places_in(doc, context)
        quantities = find_quantities(sentence.text)
        names = [n for _, _, n in find_names(sentence.text)]
        # (places stay the sentence's: a court, a town or a dateline placing one act mostly places the
        # others too, and the people of the place are the victims' country: `_place_people`)
        places = [p for _, _, p in places]
        own_quantities = _clause_shares(doc, events, sentence.start, quantities, shared_until=_dateline_chars(doc))
        for event in events:
            trigger = _token_at(doc, event.trigger_span[0] - sentence.start) if event.trigger_span else None
            if trigger is not None and trigger.pos_ in ("NOUN", "PROPN"):
                # "The drills, which began on Monday, include ...": a noun's event is dated by the
                # clause that tells it took place
                trigger = next((c for c in trigger.children if c.dep_ in ("relcl", "acl") and c.pos_ == "VERB"
                                and c.lemma_.lower() in _TAKING_PLACE), trigger)
            # With the trigger, the publication date stands in only for a happening of the news
            # day: generic, habitual and stative clauses, plans and conditions stay undated.
            when = resolve_date(sentence.text, published,
                                tense=tense_of(trigger) if trigger is not None else None, verb=trigger)
            event.date, event.date_text, event.date_basis = when.date, when.text, when.basis
            readings[id(event)] = when.reading
            event.locations = list(places)
            event.quantities = own_quantities[id(event)]
            event.names = list(names)
            _place_people(event)


# Verbs of a relative clause that date the noun they hang on ("the drills, which began on Monday").
_TAKING_PLACE = {"begin", "start", "end", "conclude", "finish", "open", "close", "take", "occur", "happen",
                 "hold", "conduct", "launch", "stage", "kick", "get", "wrap"}


# Assault, fight, mass violence: what a sports report uses the words of without the deeds.
_VIOLENT_ROOTS = {"18", "19", "20"}


def _sports_words() -> frozenset[str]:
    with resources.files("eventwire.data").joinpath("event_sports.txt").open(encoding="utf-8") as f:
        return frozenset(w.strip().lower() for w in f if w.strip() and not w.startswith("#"))


_SPORTS_WORDS = _sports_words()


def _is_sports_report(text: str) -> bool:
    """A match report or roundup: three or more different words only sports writing uses."""
    return len(annotate.words_of(text) & _SPORTS_WORDS) >= 3


def _surname_of(text: str, place: str) -> bool:
    """ "Murder victim Matthew Flores": the place is the last word of a person's name the phrase
    ends with (a capitalised word before it), so no place the person is in ("a Vancouver man",
    "the villages of Foua and Kfraya in Idlib" are placed by theirs)."""
    words = text.split()
    return len(words) >= 2 and words[-1] == place and words[-2][:1].isupper() and words[-2].isalpha()


def _place_people(event: Event) -> None:
    """The coder places people by the places its parse links to the act; where the parse links
    none ("killed in shelling in the east of the Gaza Strip"), the sentence's geocoded places
    do, when they all lie in one country (events.people_of)."""
    countries = {p.country for p in event.locations if p.country
                 and not (event.target is not None and _surname_of(event.target.text, p.name))}
    if event.target is not None and len(countries) == 1:
        event.target = people_of(event.target, countries.pop(), event.cameo)


def _clause_shares(doc: Doc, events: list[Event], offset: int, items: list, shared_until: int = 0) -> dict[int, list]:
    """Each event's share of a sentence's (start, end, item) counts: an item inside the clause
    of one event's trigger is that event's (and its conjuncts'), the nearest trigger above it winning;
    an item in no event's clause (the frame's "officials said in Kyiv") or in the dateline is every
    event's. "Ukrainian drones struck a refinery in Rostov Oblast, while Russia launched 574 drones and
    40 missiles at Ukraine": the drones and missiles counted are Russia's attack's, not the refinery
    strike's. Written by hand: the parse links each phrase to its clause; no library assigns them."""
    triggers: dict[int, list[Event]] = {}
    for event in events:
        token = _token_at(doc, event.trigger_span[0] - offset) if event.trigger_span else None
        if token is not None:
            triggers.setdefault(token.i, []).append(event)
    shares: dict[int, list] = {id(e): [] for e in events}
    for start, end, item in items:
        owners = events
        token = _token_at(doc, start)
        if len(triggers) > 1 and token is not None and start >= shared_until:
            node = token
            while True:
                if node.i in triggers:
                    heads = [node, *node.conjuncts]
                    owners = [e for t in heads for e in triggers.get(t.i, [])]
                    owners += [e for i, found in triggers.items() if i not in {t.i for t in heads}
                               and _within_clause(doc[i], heads) for e in found]
                    break
                if node.head.i == node.i:
                    break
                node = node.head
        for event in owners:
            shares[id(event)].append(item)
    return shares


def _within_clause(token, heads: list) -> bool:
    """Is `token` (another event's trigger) inside the clause of one of `heads` with no subject of its
    own on the way: "a man who carried out a vicious assault leaving her with stab wounds has been
    jailed in Edmonton" (the wounds share the jailing's place), not "... while Russia launched 574 drones"
    (a clause with its own doer keeps its own counts and places)."""
    node = token
    while node.head.i != node.i:
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WP", "WDT") for c in node.children):
            return False  # (a relative clause's "who" is the noun it hangs on, not a doer of its own)
        node = node.head
        if any(node.i == h.i for h in heads):
            return True
    return False


def _dateline_chars(doc: Doc) -> int:
    """Length of the dateline the sentence was parsed without (eventwire/datelines.py), 0 if none."""
    return len(doc.user_data.get(annotate.DATELINE_KEY, ""))


def _token_at(doc: Doc, char: int):
    for token in doc:
        if token.idx <= char < token.idx + len(token):
            return token
    return None


# Clause readings a statement dates: what it says is so, or usually so, as of when it is said.
_STATED_READINGS = {"state", "habitual", "generic"}


# Verbal acts (statements, appeals, intentions, consultations' announcements, praise, demands,
# criticism, rejections, threats, protests' calls): they happen when they are said.
_SPEECH_ACT_ROOTS = {"01", "02", "03", "05", "10", "11", "12", "13"}


def _attribute(events: list[Event], claims, readings: dict[int, str | None]) -> None:
    """An event reported inside a claim's content belongs to that claim; with no time of its
    own it is dated by the statement ("Campbell told POLITICO on 10 September that China
    provides..."), not by the publication. A state the claim asserts holds when it is said,
    and so does a verbal act: "Putin said Moscow and Beijing would deepen cooperation" is
    an intention expressed that day; "officials continue to deny" is a denial made then."""
    for event in events:
        if event.trigger_span is None:
            continue
        spoken = event.cameo[:2] in _SPEECH_ACT_ROOTS
        for claim in claims:
            span = claim.content_span
            if span and span[0] <= event.trigger_span[0] < span[1]:
                event.claim_id = claim.id
                speaker = claim.speaker
                if event.source is None and event.cameo[:2] == "17" and speaker is not None and speaker.actor \
                        and speaker.sector in ("COP", "JUD", "MIL"):
                    # "Police said three men were arrested in Nairobi": who reports an arrest made it
                    # (police of the country where it happened, when the speaker names none)
                    where = event.target.country if event.target is not None else None
                    if not speaker.country and where:
                        speaker = Actor(speaker.text, f"{where}{speaker.sector}", where, speaker.sector, speaker.title)
                    event.source, event.source_from = speaker, "parse"
                _speakers_own_forces(event, speaker)
                stated = event.date is None and (readings.get(id(event)) in _STATED_READINGS or spoken)
                if (event.date_basis == "publication" or stated) and claim.date:
                    event.date, event.date_basis = claim.date, "claim"
                break
        else:
            # the act is the statement itself ("Chinese officials deny supporting..."): its date
            said = next((c for c in claims if c.sentence_id == event.sentence_id and c.date
                         and c.span[0] <= event.trigger_span[0] < c.span[1]), None)
            if said is not None and spoken and event.date is None:
                event.date, event.date_basis = said.date, "claim"


def _speakers_own_forces(event: Event, speaker: Actor | None) -> None:
    """Forces named with no country in a state body's report are that state's own, unless they act
    on the state's own people or ground: "Ukraine's air force said air defenses shot down 80 drones over
    Kyiv" (UKRMIL), "the Pentagon said troops had withdrawn from the base" (USAMIL); but not "the
    governor said troops shelled the village" (troops shelling the governor's own country are the
    enemy's). Session 13: the issue's "air defence intercepted a drone" inside an air force's report."""
    source = event.source
    if source is None or source.sector != "MIL" or source.country or speaker is None \
            or not speaker.country or speaker.sector not in ("GOV", "MIL") or of_others(source):
        return
    target = event.target
    if target is not None and target.country == speaker.country:
        return
    if event.cameo[:2] in _VIOLENT_ROOTS and target is not None and target.sector != "MIL":
        return  # force on people or places ("troops shelled the village"): whose troops, the report must say
    event.source = Actor(source.text, f"{speaker.country}MIL", speaker.country, "MIL")


_FIRST_PERSON = {"we", "i"}


def _country(actor: Actor | None) -> str | None:
    return actor.country if actor is not None else None


def _document_home(context, voice: Actor | None, text: str) -> str | None:
    """`_home` of the document, leaving out countries named only as where people come from
    ("Gomez, a native of Mexico, was arrested by Danbury police": a report about the US;
    persons.origin_only_places)."""
    origins = origin_only_places(context, text)
    if origins:
        context = _context_without(context, origins)
    return _home(context, voice) or _dateline_home(context, text)


def _dateline_home(context, text: str) -> str | None:
    """A wire report that names several countries is about the one its dateline is in, when the body
    names that country again (rec20): "PORT SUDAN, May 8 (Reuters) - Drones struck ... in Port Sudan ...
    long-range drones supplied by the United Arab Emirates. The army blamed the RSF": the army is
    Sudan's; "BAMAKO (Reuters) - ... Malian soldiers ... Russian instructors": Mali's. A hub's dateline
    over a neighbour's news ("DUBAI (Reuters) - Yemen's Houthi movement said", "NAIROBI - Somali pirates")
    names no home: the body does not name the hub's country again, or names it in fewer of its sentences
    than another country ("BEIRUT - Syrian rebels shelled ... Lebanon's Hezbollah ...")."""
    countries = {c for c in context if c and "-" not in c}
    if len(countries) < 2:
        return None
    country = dateline_country(text)
    if country is None or country not in countries:
        return None
    body = text[dateline_length(text):]
    geocoder = default_geocoder()
    mentions: dict[str, int] = {}
    for part in re.split(r"(?<=[.!?])\s+", body):
        for c in geocoder.document_context(part):
            if c and "-" not in c:
                mentions[c] = mentions.get(c, 0) + 1
    # (its sentences name it more often than any other: "BEIRUT (Reuters) - ... Syrian rebels ... Lebanon's
    # Hezbollah" is about Syria, not Lebanon)
    mine = mentions.get(country, 0)
    return country if mine and all(n < mine for c, n in mentions.items() if c != country) else None


def _context_without(context, codes: set[str]):
    """The document context without some of its countries (a places.DocContext, or a plain set of
    country codes where a caller passes one)."""
    return context.minus(codes) if hasattr(context, "minus") else set(context) - codes


def _home(context, voice: Actor | None = None) -> str | None:
    """Where a document's unplaced officials belong: the one country it is about (its places
    and names point to no other), else the one an official statement speaks for, else None."""
    countries = {c for c in context if c and "-" not in c}
    return countries.pop() if len(countries) == 1 else _country(voice)


# A transcript's turn label at the start of a sentence: "PRESIDENT ZELENSKYY:", "THE VICE
# PRESIDENT:", "Q:", "MS. JEAN-PIERRE:" (capitals, then a colon).
_TURN_LABEL = re.compile(r"^\s*((?:[A-Z][A-Z.'\-]*\s+){0,5}[A-Z][A-Z.'\-]*)\s*:\s")
_QUESTIONERS = {"Q", "QUESTION", "REPORTER", "AUDIENCE MEMBER", "PARTICIPANT", "MODERATOR"}
_SPEAKER_HONORIFICS = ("MR.", "MS.", "MRS.", "DR.", "THE ", "ADMIRAL ", "GENERAL ", "SECRETARY ", "AMBASSADOR ")


def _speaker_turns(sentences: list[Sentence], resolver, voice: Actor | None) -> dict[str, Actor | None]:
    """Who speaks each sentence of a transcript, by its turn labels: "I" after "PRESIDENT
    ZELENSKYY:" is Zelenskyy, not the author the title names; after "Q:" a reporter, whom no
    code names. A label the tables cannot code ("MS. JEAN-PIERRE:") or "THE PRESIDENT:" is the
    document's own voice. Sentences before the first label, and documents without labels, get
    nothing here (the document's voice applies)."""
    turns: dict[str, Actor | None] = {}
    current: Actor | None = None
    labelled = False
    for sentence in sentences:
        match = _TURN_LABEL.match(sentence.text)
        label = " ".join(match.group(1).split()) if match else ""
        if label in _QUESTIONERS:
            labelled, current = True, None
        elif label:
            who = resolver.resolve(label.title())
            if who is not None and who.title and (who.country or who.sector == "IGO"):
                labelled, current = True, who
            elif label.startswith(_SPEAKER_HONORIFICS):
                labelled, current = True, voice
            # else a fact sheet's heading ("UKRAINE:", "MSI EMBEDDED ADVISOR:"), not a speaker
        if labelled:
            turns[sentence.id] = current
    return turns


def _main_subjects(sentences: list[Sentence], parsed: dict[int, Doc], resolver) -> list[tuple[str, Actor]]:
    """The coded subject of each parsed sentence's main verb ("President Biden emphasized the
    importance of..."), whom a later "he" or "she" may mean even when the sentence holds no event."""
    found = []
    for sentence in sentences:
        doc = parsed.get(sentence.index)
        if doc is None:
            continue
        for root in (t for t in doc if t.dep_ == "ROOT"):
            for subject in (c for c in root.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"):
                words = [t for t in subject.subtree if t.dep_ not in ("relcl", "acl", "appos", "punct")]
                actor = resolver.resolve(doc[words[0].i:words[-1].i + 1].text) if words else None
                if actor is not None and actor.actor:
                    found.append((sentence.id, actor))
    return found


def _name_first_person(events: list[Event], claims, voice: Actor | None,
                       turns: dict[str, Actor | None] | None = None) -> list[Event]:
    """"We will support Ukraine": inside a quotation "we" is the speaker's side, elsewhere the
    speaker of the transcript's turn (`turns`) or the document's voice (an official statement)."""
    speakers = {c.id: c.speaker for c in claims}
    turns = turns or {}
    kept = []
    for event in events:
        if is_first_person(event.source):
            speaker = speakers.get(event.claim_id)
            own = turns.get(event.sentence_id, voice)
            who = speaker if speaker is not None and speaker.actor and (speaker.country or speaker.sector == "IGO") \
                else own
            if who is not None:
                event.source = Actor(event.source.text, who.actor, who.country, who.sector, who.title)
                if event.target is not None and event.target.actor == who.actor:
                    event.target = None  # "we ... support our own leaders": not an act on oneself
                event.source_from = "document" if speaker is None or who is own else "parse"
        kept.append(event)  # an unnamed "we" keeps its text: no event is dropped for want of a code
    return kept


def _drop_headline_repeats(events: list[Event], sentences: list[Sentence], title: str | None) -> list[Event]:
    """A headline restates the story: its event is dropped when the body codes the same one
    (same family and actors), so one action stays one event."""
    if not title or not sentences or sentences[0].text.strip() != title.strip():
        return events
    headline = sentences[0].id
    body = {(e.cameo[:2], _actor_code(e.source), _actor_code(e.target)) for e in events if e.sentence_id != headline}
    # ... and a headline event that names no one ("two joint exercises get under way") is the
    # body's event of that family when there is one
    families = {e.cameo[:2] for e in events if e.sentence_id != headline}
    kept = [e for e in events
            if e.sentence_id != headline or not (
                (e.cameo[:2], _actor_code(e.source), _actor_code(e.target)) in body
                or (not is_coded(e.source) and not is_coded(e.target) and e.cameo[:2] in families))]
    if len(kept) != len(events):
        for n, event in enumerate(kept, start=1):
            event.id = event.id.rsplit(":e", 1)[0] + f":e{n}"
    return kept


def _actor_code(actor) -> str | None:
    return actor.actor if actor is not None else None


def _batches(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


# --- running over many documents, in one process or several -------------------------------
# Each document has its own time limit (eventwire/limits.py, docs/limits.md): from the moment
# its reader starts on it to the end of its coding. A document that overruns is reported, not
# stored, and the run goes on. Ordinary pages take well under a second.
DOC_TIME_LIMIT_S = DEFAULT_DOC_TIMEOUT_S
ProcessingTimeout = DocumentTimeout  # the name earlier code and tests used
_time_limit = time_limit
# A document longer than this is coded in pieces of whole paragraphs of at most this many
# characters, one after another, so memory and the cost of the document-wide steps stay
# bounded; each piece has the per-document time limit (a 2 MB report is about 25 pieces).
# Document-wide context (the places a document is about, who "we" is, references to
# earlier events, contradictions) is then that of the piece.
CHUNK_CHARS = 80_000
# At most this much text is coded in one parser call across the documents of a batch (about
# 7 s of coding on one core; see _safe_batch).
BATCH_CHARS = 100_000

_WORKER: Pipeline | None = None


def _worker_init() -> None:
    global _WORKER
    _WORKER = _warm(Pipeline())
    # The models' and tables' half a million objects live as long as the worker: the collector
    # need not walk them again and again (0.3-0.4 s per process over the bundled corpus).
    gc.freeze()


# Loading the models (on first use) is not part of any document's time.
_WARM_UP = RawDocument("warm-up", "Russian troops attacked the town of Izium on Monday, the Ukrainian "
                                  "defence ministry said. \"We will respond,\" President Zelensky told reporters.")


def _warm(pipeline: Pipeline) -> Pipeline:
    pipeline.process(_WARM_UP)
    return pipeline


def _worker_run(batch: list[RawDocument], limit: float | None = None) -> list[DocumentResult | ReadError]:
    return _safe_batch(_WORKER, batch, limit)


def _timeout_error(raw: RawDocument, limit: float, what: str = "processing") -> ReadError:
    return ReadError(raw.path or raw.id, f"{what} took longer than {limit:g} s; document skipped")


def _safe_batch(pipeline: Pipeline, batch: list[RawDocument],
                limit: float | None = None) -> list[DocumentResult | ReadError]:
    """Process the documents of the batch, each under its own time limit (`limit` seconds,
    less what reading it took; None: resolved as in `resolve_doc_timeout`, 0: none), so a
    document that fails or stalls fails alone.

    The batch's short documents are first coded together (one parser call for all their
    sentences: bigger batches, 5-15% less parse and NER time; the same records), under the
    smallest of their limits; if that fails or overruns, each document is coded again on its
    own, so a stalling document costs at most twice its limit and its batch-mates nothing."""
    limit = _limit(limit)
    together = _together(pipeline, _coded_together(batch, limit), limit)
    out: list[DocumentResult | ReadError] = []
    for raw in batch:
        if id(raw) in together:
            out.append(together[id(raw)])
            continue
        try:
            out.append(process_document(pipeline, raw, limit))
        except DocumentTimeout:
            out.append(_timeout_error(raw, limit))
        except Exception as exc:  # noqa: BLE001 - reported per document, batch goes on
            out.append(ReadError(raw.path or raw.id, f"processing failed: {type(exc).__name__}: {exc}"))
    return out


def _coded_together(batch: list[RawDocument], limit: float) -> list[RawDocument]:
    """The documents of a batch worth coding together: short ones, not slow to read, up to
    BATCH_CHARS of text in all (a batch that would need a sizeable share of the limit is
    better coded document by document than retried)."""
    chosen, size = [], 0
    for raw in batch:
        if len(raw.text) <= CHUNK_CHARS and not (limit and raw.read_seconds > limit / 2) \
                and size + len(raw.text) <= BATCH_CHARS:
            chosen.append(raw)
            size += len(raw.text)
    return chosen


def _together(pipeline: Pipeline, raws: list[RawDocument], limit: float) -> dict[int, DocumentResult]:
    """Results of `raws` coded in one `process_batch`, by id() of each document; {} when it
    fails or overruns (the caller then codes each document alone)."""
    if len(raws) < 2:
        return {}
    budget = min(max(limit - raw.read_seconds, 1e-3) for raw in raws) if limit else None
    try:
        with time_limit(budget):
            return {id(raw): result for raw, result in zip(raws, pipeline.process_batch(raws))}
    except (DocumentTimeout, Exception):  # noqa: BLE001 - every document is tried again alone
        return {}


def _limit(limit: float | None) -> float:
    return resolve_doc_timeout(limit, default=DOC_TIME_LIMIT_S)


def process_document(pipeline: Pipeline, raw: RawDocument, limit: float | None = None) -> DocumentResult:
    """One document under its time limit (raises DocumentTimeout); long ones in pieces."""
    limit = _limit(limit)
    budget = max(limit - raw.read_seconds, 1e-3) if limit else None
    if len(raw.text) <= CHUNK_CHARS:
        with time_limit(budget):
            return pipeline.process(raw)
    parts: list[tuple[int, DocumentResult]] = []
    for n, (offset, text) in enumerate(paragraph_chunks(raw.text, CHUNK_CHARS)):
        with time_limit(budget if n == 0 else limit):
            parts.append((offset, pipeline.process(replace(raw, text=text, warnings=[]))))
    return _merge(raw, parts)


def paragraph_chunks(text: str, size: int) -> Iterator[tuple[int, str]]:
    """(offset, piece) of `text` in pieces of whole lines of at most `size` characters (a
    longer line is cut at a space). Sentences never run across a line break
    (annotate.split_sentences), so the pieces' sentences are the text's."""
    start = 0
    while start < len(text):
        end = start + size
        if end >= len(text):
            yield start, text[start:]
            return
        cut = text.rfind("\n", start, end)
        if cut <= start:
            cut = text.rfind(" ", start, end)
        cut = cut + 1 if cut > start else end
        yield start, text[start:cut]
        start = cut


def _merge(raw: RawDocument, parts: list[tuple[int, DocumentResult]]) -> DocumentResult:
    """One result from the pieces' results: offsets into the whole text, ids renumbered."""
    merged = DocumentResult(raw)
    for offset, part in parts:
        sentence_ids: dict[str, str] = {}
        for s in part.sentences:
            new = Sentence(f"{raw.id}:s{len(merged.sentences) + 1}", len(merged.sentences),
                           s.start + offset, s.end + offset, s.text)
            sentence_ids[s.id] = new.id
            merged.sentences.append(new)
        claim_ids = {c.id: f"{raw.id}:c{len(merged.claims) + n}" for n, c in enumerate(part.claims, 1)}
        for c in part.claims:
            c.id, c.sentence_id = claim_ids[c.id], sentence_ids.get(c.sentence_id, c.sentence_id)
            c.span = _shift(c.span, offset)
            c.content_span = _shift(c.content_span, offset)
            c.contradicts = [claim_ids.get(x, x) for x in c.contradicts]
            merged.claims.append(c)
        for e in part.events:
            e.id = f"{raw.id}:e{len(merged.events) + 1}"
            e.sentence_id = sentence_ids.get(e.sentence_id, e.sentence_id)
            e.span, e.trigger_span = _shift(e.span, offset), _shift(e.trigger_span, offset)
            e.claim_id = claim_ids.get(e.claim_id, e.claim_id) if e.claim_id else None
            merged.events.append(e)
    return merged


def _shift(span, offset: int):
    return None if span is None else (span[0] + offset, span[1] + offset)


def _timed_reads(items: Iterable[RawDocument | ReadError], limit: float) -> Iterator[RawDocument | ReadError]:
    """`items` with each document's reading under its time limit: the time the reader takes
    to produce a document is recorded on it (`read_seconds`) and counted against its limit.
    Readers from `iter_documents` turn a timeout into a ReadError for the file and go on."""
    it = iter(items)
    while True:
        started = time.monotonic()
        try:
            with time_limit(limit):
                item = next(it)
        except StopIteration:
            return
        except DocumentTimeout:  # not from iter_documents' readers: nothing more to read
            yield ReadError("(inputs)", f"reading took longer than {limit:g} s; the rest of the inputs skipped")
            return
        if isinstance(item, RawDocument):
            item.read_seconds = time.monotonic() - started
        yield item


def _stream_batches(items: Iterable[RawDocument | ReadError], skip: Callable[[RawDocument], bool] | None,
                    limit: float) -> Iterator[tuple[bool, list]]:
    """(needs processing, items) in input order: the documents to code in batches of at most
    BATCH_SIZE that end once they hold STREAM_BATCH_CHARS of text; read errors, skipped
    documents and documents whose reading overran `limit` (as errors) one by one."""
    pending: list[RawDocument] = []
    size = 0
    for item in items:
        if isinstance(item, ReadError) or (skip is not None and skip(item)):
            if pending:
                yield True, pending
                pending, size = [], 0
            yield False, [item]
            continue
        if limit and item.read_seconds >= limit:
            if pending:
                yield True, pending
                pending, size = [], 0
            yield False, [_timeout_error(item, limit, "reading")]
            continue
        pending.append(item)
        size += len(item.text)
        if len(pending) >= BATCH_SIZE or size >= STREAM_BATCH_CHARS:
            yield True, pending
            pending, size = [], 0
    if pending:
        yield True, pending


def process_stream(items: Iterable[RawDocument | ReadError], workers: int = 1,
                   skip: Callable[[RawDocument], bool] | None = None,
                   doc_timeout: float | None = None,
                   engine=None) -> Iterator[DocumentResult | ReadError | RawDocument]:
    """Results in input order. Read errors pass through; documents for which `skip`
    returns True (asked once per document) come back unprocessed, as the RawDocument itself.
    `doc_timeout`: seconds allowed per document, reading included (None: $EVENTWIRE_DOC_TIMEOUT
    or DOC_TIME_LIMIT_S; 0: no limit); a document over it comes back as a ReadError.
    `engine`: where the batches are coded instead of local processes, e.g.
    `eventwire.engines.DaskEngine` (anything with `run(batches, limit)` yielding results in
    input order, each batch coded by `_worker_run`)."""
    limit = _limit(doc_timeout)
    items = _timed_reads(items, limit)

    if engine is not None:
        yield from engine.run(_stream_batches(items, skip, limit), limit)
        return

    stream = _stream_batches(items, skip, limit)
    if workers > 1:
        # An input of one batch is coded here: starting processes, each loading the model, would
        # cost more than it saves (and a command on one page answers at once).
        head: list = []
        for item in stream:
            head.append(item)
            if sum(work for work, _ in head) >= 2:
                break
        small = sum(work for work, _ in head) < 2
        stream = chain(head, stream)
        if small:
            workers = 1
    if workers <= 1:
        pipeline = _warm(Pipeline())
        for work, batch in stream:
            yield from (_safe_batch(pipeline, batch, limit) if work else batch)
        return

    ctx = mp.get_context("fork" if hasattr(os, "fork") else "spawn")
    with ctx.Pool(workers, initializer=_worker_init) as pool:
        # Keep a few batches in flight per worker so memory stays flat on big runs.
        window: list = []
        for work, batch in stream:
            window.append(pool.apply_async(_worker_run, (batch, limit)) if work else batch)
            if len(window) >= workers * 4:
                yield from _ready(window.pop(0))
        for pending in window:
            yield from _ready(pending)


def _ready(pending) -> list:
    return pending.get() if hasattr(pending, "get") else pending


def extract(paths: Iterable[str | Path], published: str | None = None,
            workers: int = 1, doc_timeout: float | None = None, engine=None) -> Iterator[DocumentResult | ReadError]:
    """Read and process files and folders; yields one result (or read error) per document.
    `doc_timeout`: seconds allowed per document; `engine`: see `process_stream`."""
    yield from process_stream(iter_documents(paths, published=published), workers=workers,
                              doc_timeout=doc_timeout, engine=engine)


@dataclass
class IngestSummary:
    read: int = 0
    stored: int = 0
    duplicates: int = 0
    failed: list[ReadError] = field(default_factory=list)
    events: int = 0
    claims: int = 0
    updated: int = 0  # documents that replaced their stored version (new text or new metadata)
    copies: int = 0  # duplicates from another source, kept as copies of the stored document


def ingest(paths: Iterable[str | Path], store, published: str | None = None, workers: int = 1,
           on_item: Callable[[object], None] | None = None, doc_timeout: float | None = None,
           engine=None) -> IngestSummary:
    """Extract and store; each document, with its contradiction links, in its own transaction.

    Documents that would change nothing (same content, same metadata) are recognised before
    any language processing and add nothing; new text from a stored document's source, or
    new metadata for the same text, replaces the stored version ("updated"). First, any
    stored document whose claims were never linked (an older version's crash, the Python
    API without a linker) is linked: `Store.check(repair=True, thorough=False)`. `doc_timeout`:
    seconds allowed per document (reading, extraction and coding; see `process_stream`).
    `engine`: where documents are coded (None: `workers` local processes; a
    `eventwire.engines.DaskEngine`: a Dask cluster); the writing stays here, in this process.
    """
    from .store import content_hash

    seen: set[str] = set()

    def nothing_to_do(raw: RawDocument) -> bool:
        h = content_hash(raw)
        if h in seen:
            return True
        seen.add(h)
        outcome, merged = store.plan(raw)
        if outcome == "duplicate":
            return True
        for name in ("title", "url", "published", "site"):  # a metadata update keeps stored values
            setattr(raw, name, getattr(merged, name))       # the new read lacks
        return False

    return store_results(process_stream(iter_documents(paths, published=published), workers=workers,
                                        skip=nothing_to_do, doc_timeout=doc_timeout, engine=engine),
                         store, on_item)


def store_results(items: Iterable[DocumentResult | RawDocument | ReadError], store,
                  on_item: Callable[[object], None] | None = None) -> IngestSummary:
    """Write coded documents into `store` and count them, as ingest does (also for Parquet
    shards: engines/shards.load_shards): first any stored document whose claims were never
    linked is linked, then each result goes in with its contradiction links in its own
    transaction (one that fails is reported and the rest goes on); a RawDocument is a read
    whose text is stored already, kept as a copy after the batch."""
    summary = IngestSummary()
    skipped: list[RawDocument] = []
    linker = ClaimLinker(store, default_resolver())
    try:
        store.check(repair=True, linker=linker, thorough=False)
    except Exception as exc:  # noqa: BLE001 - reported; the new documents still go in
        summary.failed.append(ReadError(str(getattr(store, "path", "store")),
                                        f"linking stored documents failed: {type(exc).__name__}: {exc}"))
    for item in items:
        if isinstance(item, ReadError):
            summary.failed.append(item)
        elif isinstance(item, RawDocument):
            summary.read += 1
            summary.duplicates += 1
            skipped.append(item)
        else:
            summary.read += 1
            try:
                outcome = store.add(item, linker=linker)
            except Exception as exc:  # noqa: BLE001 - one document fails, the batch goes on
                summary.failed.append(ReadError(item.document.path or item.document.id,
                                                f"could not be stored: {type(exc).__name__}: {exc}"))
            else:
                if outcome == "duplicate":
                    summary.duplicates += 1
                else:
                    if outcome == "updated":
                        summary.updated += 1
                    else:
                        summary.stored += 1
                    summary.events += len(item.events)
                    summary.claims += len(item.claims)
        if on_item is not None:
            on_item(item)
    # The same text from another source (a wire copy): kept as a copy of the stored document,
    # after the batch, so that a copy read before its original was stored is kept too.
    for raw in skipped:
        try:
            summary.copies += bool(store.add_copy(raw))
        except Exception as exc:  # noqa: BLE001 - reported; the rest goes on
            summary.failed.append(ReadError(raw.path or raw.id, f"copy could not be stored: {type(exc).__name__}: {exc}"))
    return summary


class ClaimLinker:
    """Finds contradictions between a document's claims and stored ones, for `Store.add` and
    `Store.check` to write in the document's own transaction.

    Contradicting claims share a subject country (see claims.contradictions): the store keeps
    each claim's subject and hands the linker only stored claims about the same country, read
    inside the write transaction, so claims another process stored a moment ago are seen too.
    Propositions are computed once per distinct claim and kept."""

    _MAX_KEYS = 200_000

    def __init__(self, store=None, resolver=None) -> None:
        self.store = store
        self.resolver = resolver if resolver is not None else default_resolver()
        self._keys: dict[tuple, object] = {}

    def key(self, claim):
        """The claim's proposition (claims.proposition_key), cached by what it depends on."""
        speaker = claim.speaker
        cache_key = (claim.content, claim.stance, speaker.country if speaker else None,
                     speaker.text if speaker else None)
        found = self._keys.get(cache_key)
        if found is None:
            if len(self._keys) >= self._MAX_KEYS:
                self._keys.clear()
            found = self._keys[cache_key] = claims_stage.proposition_key(claim, self.resolver)
        return found

    def subject(self, claim) -> str | None:
        return self.key(claim).subject

    def links(self, new: list, old: list) -> list[tuple[str, str]]:
        """(new id, old id) pairs that contradict."""
        from .claims.contradictions import contradicts

        keys = {c.id: self.key(c) for c in [*new, *old]}
        return [(a.id, b.id) for a in new for b in old
                if a.id != b.id and contradicts(a, b, self.resolver, _keys=keys)]

    def link(self, document_id: str) -> int:
        """Link one stored document's claims (in its own transaction); the number of links."""
        return self.store.link_document(document_id, self)
