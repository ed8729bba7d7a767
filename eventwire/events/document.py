"""Document context for events: one event per named exercise or operation in a document.

Analysis prose reports an exercise over several sentences: who leads it, who takes part, the
forces, the seas, the dates ("The Okean-2024 exercises, conducted by Russia, draw on Chinese
ships ... The PLA Navy is represented by three ships and 15 aircraft ... The drills include a
patrol in the Pacific"). Each sentence alone gives a piece; the record wants one event with all
of them. So, within a document:

1. each event takes the exercise or operation name nearest its trigger in its sentence;
2. events of one name (and one family) become one event: the first mention, holding every
   party, place, count and name the others add;
3. a later definite mention that names neither the exercise nor its parties ("the drills",
   "these exercises") is the latest exercise of the document, not a new one (and one that gives a
   name the latest exercise lacks, "The drills, named 'North/Interaction-2023', involve ...", names it); so is any other
   such mention of an act the document already reported ("today's attack on Israel", after
   "Iran launched 200 missiles at Israel"): the latest event of its family and target;
4. a sentence that names an exercise but holds no event of its own lends its counted forces
   and places to that exercise ("In Okean-2024 the PLA took part with three ships").
"""
from __future__ import annotations

import re
from typing import Callable

from ..actors import default_resolver
from ..records import Actor, Event, Place, Quantity, Sentence
from .parties import distinct_coded
from .syntax import _VIOLENT_ROOTS, group_of_parties, is_coded
from .lexicon import default_lexicon

_EXERCISE_WORDS = re.compile(r"\b(exercises?|drills?|maneuvers?|manoeuvres?|war ?games?|wargames?|patrols?)\b",
                             re.IGNORECASE)
# Families one exercise can be coded in: joint (062) or one side's show of force (15x).
_EXERCISE_ROOTS = {"06", "15"}

NameFinder = Callable[[str], list[tuple[int, int, str]]]
PlaceFinder = Callable[[Sentence], list[Place]]
CountFinder = Callable[[str], list[Quantity]]


def is_exercise(event: Event) -> bool:
    return event.cameo[:2] in _EXERCISE_ROOTS and bool(_EXERCISE_WORDS.search(event.trigger or ""))


def gather_operations(events: list[Event], sentences: list[Sentence], find_names: NameFinder,
                      counts: CountFinder | None = None) -> list[Event]:
    """The document's events with each named exercise or operation as one event (see module)."""
    by_id = {s.id: s for s in sentences}
    name_of = {id(e): _nearest_name(e, by_id.get(e.sentence_id), find_names) for e in events}
    kept: list[Event] = []
    entities: dict[tuple[str, str], Event] = {}
    latest: Event | None = None
    last_of_family: dict[str, Event] = {}
    for event in events:
        name = name_of[id(event)]
        family = "ex" if event.cameo[:2] in _EXERCISE_ROOTS else event.cameo[:2]
        if name is not None:
            key = (_norm(name), family)
            entity = entities.get(key)
            if entity is None and family == "ex" and event.anaphoric and latest is not None and not latest.names:
                # "The drills, named 'North/Interaction-2023', involve 10 warships": the name of the
                # exercise the document has just reported
                entity = entities[key] = latest
                latest.names = [name] + [n for n in latest.names if n != name]
            if entity is None:
                entities[key] = event
                event.names = [name] + [n for n in event.names if n != name]
                kept.append(event)
            else:
                _merge(entity, event)
            if family == "ex":
                latest = entities[key]
            continue
        if event.anaphoric and latest is not None and is_exercise(event):
            _merge(latest, event)  # "the drills draw on Belarusian units": the latest exercise
            continue
        earlier = last_of_family.get(event.cameo[:2])
        if event.anaphoric and earlier is not None and _same_target(earlier, event):
            _merge(earlier, event, joint=False)  # "today's attack on Israel only demonstrates ..."
            continue
        if is_exercise(event):
            latest = event
        last_of_family[event.cameo[:2]] = event
        kept.append(event)
    _name_told_exercises(kept, sentences, entities, find_names)
    if counts is not None and entities:
        _lend_counts(kept, sentences, entities, find_names, counts)
    return kept


# "the exercise, code-named", "these drills, dubbed", "the operation, called": a name given to an
# exercise already told.
_NAMED_AFTER = re.compile(r"\b(?:the|this|these|those)\s+(?:[\w-]+\s+){0,2}(?:exercises?|drills?|maneuvers?|manoeuvres?|"
                          r"war ?games?|wargames?|patrols?),?\s+(?:code-?named|dubbed|named|called|known as)\s+[\"'“‘]?$",
                          re.IGNORECASE)


def _name_told_exercises(events: list[Event], sentences: list[Sentence], entities: dict[tuple[str, str], Event],
                         find_names: NameFinder) -> None:
    """A sentence that holds no event but names the exercise just told names it: "Beijing launched
    large-scale drills around Taiwan. ... the Eastern Theatre Command said the exercise, code-named
    Strait Thunder-2025B, involved army, navy and rocket force units" (so "the drills, dubbed Joint
    Sword-2024A, simulated a blockade"). The latest exercise of an earlier sentence with no name
    takes it; its forces and places are lent as for any named exercise."""
    with_events = {e.sentence_id for e in events}
    for sentence in sentences:
        if sentence.id in with_events:
            continue
        for start, _, name in find_names(sentence.text):
            if not _NAMED_AFTER.search(sentence.text[max(0, start - 80):start]) or (_norm(name), "ex") in entities:
                continue
            told = [e for e in events if is_exercise(e) and _sentence_number(e.sentence_id) < _sentence_number(sentence.id)]
            if told and not told[-1].names:
                told[-1].names = [name]
                entities[(_norm(name), "ex")] = told[-1]


def drop_repeated_sentences(events: list[Event]) -> list[Event]:
    """A page that prints its text twice (a summary list, then the story; a newsletter block)
    reports each act once: an event of a sentence repeated word for word, with the same code
    and parties as one already kept, is dropped."""
    first_sentence: dict[tuple, str] = {}  # each key's first sentence: one sentence may hold two like acts
    kept = []
    for event in events:
        key = (" ".join(event.evidence.split()).lower(), event.cameo, event.negated,
               *((a.actor, a.text) if a is not None else None for a in (event.source, event.target)))
        if first_sentence.setdefault(key, event.sentence_id) == event.sentence_id:
            kept.append(event)
    return kept


def _same_target(earlier: Event, mention: Event) -> bool:
    """Whether a mention can be the earlier act: it names no target, or the same country's."""
    if mention.target is None or not mention.target.country:
        return True
    return earlier.target is not None and earlier.target.country == mention.target.country


def _nearest_name(event: Event, sentence: Sentence | None, find_names: NameFinder) -> str | None:
    if sentence is None or not event.names:
        return None
    found = find_names(sentence.text)
    if not found:
        return None
    at = (event.trigger_span[0] - sentence.start) if event.trigger_span else 0
    return min(found, key=lambda f: min(abs(f[0] - at), abs(f[1] - at)))[2]


# How surely a date was found (records.Event.date_basis): a stated date beats a fallback.
_DATE_BASIS_RANK = {"publication": 0, "claim": 1, "relative": 2, "explicit": 3}


def _norm(name: str) -> str:
    return re.sub(r"[\s\-–/]+", "-", name.strip().lower())


def _merge(entity: Event, other: Event, joint: bool = True) -> None:
    """Add what `other` says of the same happening to `entity` (its first report). `joint`: an
    exercise, which a second side's mention makes a joint one."""
    parties = distinct_coded([entity.source, entity.target, *entity.participants,
                         other.source, other.target, *other.participants]) if joint else []
    mutual = joint and (entity.cameo[:2] == "06" or other.cameo[:2] == "06")
    if entity.source is None and other.source is not None:
        entity.source, entity.source_from = other.source, "document"
    if (mutual or len(parties) >= 2) and len(parties) >= 2:
        if entity.cameo[:2] != "06":  # a second side makes one side's drill a joint one
            info = default_lexicon().code(other.cameo if other.cameo[:2] == "06" else "062")
            entity.cameo, entity.plover, entity.plover_mode, entity.goldstein = \
                info.code, info.plover, info.plover_mode, info.goldstein
        first = entity.source if entity.source is not None and entity.source.actor else parties[0]
        others = [p for p in parties if p.actor != first.actor]
        if entity.target is None or entity.target.actor == first.actor:
            entity.target, entity.target_from = others[0], "document"
        entity.participants = [first] + others
    elif entity.target is None and other.target is not None:
        entity.target, entity.target_from = other.target, "document"
    if joint or not entity.locations:  # a later mention's sentence may place something else
        entity.locations += [p for p in other.locations if all(p.name != q.name for q in entity.locations)]
    entity.quantities += [q for q in other.quantities if q not in entity.quantities]
    entity.names += [n for n in other.names if n not in entity.names]
    if other.date is not None and (entity.date is None
                                   or _DATE_BASIS_RANK.get(other.date_basis, 0) > _DATE_BASIS_RANK.get(entity.date_basis, 0)):
        # "The drills, which began on Monday, ...": a later mention's stated date beats the
        # publication date the first mention fell back on
        entity.date, entity.date_text, entity.date_basis = other.date, other.date_text, other.date_basis
    entity.confidence = max(entity.confidence, other.confidence)


def _lend_counts(events: list[Event], sentences: list[Sentence], entities: dict[tuple[str, str], Event],
                 find_names: NameFinder, counts: CountFinder) -> None:
    with_events = {e.sentence_id for e in events}
    by_name = {name: entity for (name, _), entity in entities.items()}
    for sentence in sentences:
        if sentence.id in with_events:
            continue
        for _, _, name in find_names(sentence.text):
            entity = by_name.get(_norm(name))
            if entity is not None:
                entity.quantities += [q for q in counts(sentence.text) if q not in entity.quantities]


_TOLD_ATTACK = re.compile(r"^(?:the|these|those|this|that|[\w-]+'s)\s+(?:[\w-]+\s+){0,3}"
                          r"(?:strikes?|airstrikes?|attacks?|raids?|shelling|bombardment|bombing|assault|offensive|"
                          r"shooting|ambush|missiles?|drones?|rockets?)$")


# The act a verb or noun names, as "the strikes" or "the shelling" names it later.
_ACT_OF = {"struck": "strike", "strike": "strike", "airstrike": "strike", "attacked": "attack", "shelled": "shelling",
           "bombed": "bombing", "bombarded": "bombardment", "raided": "raid", "assaulted": "assault"}


def _stem(word: str) -> str:
    word = word[:-1] if word.endswith("s") and not word.endswith("ss") else word
    return _ACT_OF.get(word, word)


# Weapons launched or fired are strikes and attacks when told again: "Russia launched 574 drones and 40
# missiles at Ukraine ... The strikes hit energy facilities in Lviv".
_LAUNCH_WORDS = {"launched", "launch", "launches", "fired", "fire", "fires"}
_LAUNCHED_WEAPONS = {"drone", "missile", "rocket", "shell", "bomb", "projectile", "munition"}


def _attack_stems(trigger: str | None) -> set[str]:
    """The words a later mention may name this attack by: its trigger's own ("struck" -> "strike"),
    and "strike"/"attack" for weapons launched or fired."""
    words = (trigger or "").lower().split()
    stems = {_stem(w) for w in words}
    if set(words) & _LAUNCH_WORDS and stems & _LAUNCHED_WEAPONS:
        stems |= {"strike", "attack"}
    return stems


def is_told_attack(words: str) -> bool:
    """ "the strikes", "Sunday's missile attack", "these drone attacks": an attack named as
    one already told."""
    return bool(_TOLD_ATTACK.match(words))


def resolve_references(events: list[Event], speakers: list[tuple[str, Actor]] | None = None) -> None:
    """Who "he", "she", "they" and "the two leaders" are, when the sentence leaves them
    uncoded: the doer of the document's previous event or the speaker of its previous claim (a
    named person for "he"/"she": "President Biden emphasized ... He raised concerns"), or the
    parties of its previous joint event for "the two leaders". Filled from the document.
    `speakers`: (sentence id, speaker) of the document's claims."""
    last_person: Actor | None = None
    last_any: Actor | None = None
    last_body: Actor | None = None  # a state or organisation: what "it" can be ...
    last_body_at = ""  # ... in the next sentence
    last_pair: list[Actor] = []
    attackers: dict[str, Event] = {}  # the latest attack, by its word: whose "the strikes" were
    forces: dict[str, Actor] = {}  # the latest forces named with their country, by sector: whose "the troops" are
    said = sorted(((_sentence_number(sid), a) for sid, a in speakers or [] if a is not None and a.actor
                   and _named_person(a)), key=lambda x: x[0])
    people = _people_by_surname([a for e in events for a in (e.source, e.target)] + [a for _, a in said])
    # armed groups named as sentences' subjects or doers: whom "the group", "the militants" are
    named_groups = sorted(((_sentence_number(sid), a) for sid, a in speakers or [] if a is not None and a.actor
                           and a.sector == "REB"), key=lambda x: x[0])
    last_group: Actor | None = None
    for event in events:
        _name_surnames(event, people)
        here = _sentence_number(event.sentence_id)
        while said and said[0][0] < here:  # a speaker named in an earlier sentence
            last_person = said.pop(0)[1]
        while named_groups and named_groups[0][0] < here:
            last_group = named_groups.pop(0)[1]
        source = event.source
        group = source is not None and group_of_parties(source.text) and len(last_pair) >= 2 \
            and (not source.country or event.source_from == "document")
        if group:
            # "The three leaders welcomed ...": the parties of the last joint act. An act they aim at
            # someone else is theirs together ("The leaders condemned the deployment of DPRK troops":
            # the three condemn the DPRK); one with no other target is among them.
            own = event.target if is_coded(event.target) and event.target_from == "parse" \
                and all(event.target.actor != p.actor for p in last_pair) else None
            first = last_pair[0]  # the words stay as written ("The two leaders"), the code is found
            event.source = Actor(source.text, first.actor, first.country, first.sector, first.title)
            event.participants = list(last_pair)
            event.source_from = "document"
            if own is None and event.cameo[:2] in ("03", "04", "05", "06"):
                event.target, event.target_from = last_pair[1], "document"
            elif own is None and event.target is not None and event.target.actor in {p.actor for p in last_pair}:
                # "The national security advisors condemned the test": not one of them condemned
                event.target, event.target_from = None, None
        elif source is not None and not source.country and source.sector != "IGO":
            word = source.text.lower()
            if word in ("he", "she") and last_person is not None:
                event.source = Actor(source.text, last_person.actor, last_person.country, last_person.sector,
                                     last_person.title)
                event.source_from = "document"
            elif _GROUP_MENTION.match(word) and last_group is not None and source.sector in ("REB", None):
                # "JNIM claimed the raid ... The group has stepped up attacks since 2022" (session 17)
                event.source = Actor(source.text, last_group.actor, last_group.country, last_group.sector)
                event.source_from = "document"
            elif word == "it" and last_body is not None and _adjacent(last_body_at, event.sentence_id):
                event.source = Actor(source.text, last_body.actor, last_body.country, last_body.sector)
                event.source_from = "document"
            elif source.actor is None and is_told_attack(word) and event.cameo[:2] in _VIOLENT_ROOTS:
                # "The strikes killed at least five civilians": the doer of the attack told before
                told = attackers.get(_stem(word.split()[-1]))
                if told is not None:
                    doer = told.source
                    event.source = Actor(source.text, doer.actor, doer.country, doer.sector)
                    event.source_from = "document"
                    victim, struck = event.target, told.target
                    if victim is not None and (not victim.country or (
                            event.target_from == "document" and victim.country == doer.country)) \
                            and victim.sector in ("CVL", "MIL", "COP", "MED", "HLH", "EDU", None) \
                            and struck is not None and struck.country and struck.country != doer.country:
                        # the document's country is the attacker's: the dead are where the attack struck
                        event.target = Actor(victim.text, f"{struck.country}{victim.sector or ''}", struck.country,
                                             victim.sector)
                        event.target_from = "document"
                else:
                    event.source, event.source_from = None, None
            elif word == "they" and (last_pair or last_any is not None):
                event.source = last_pair[0] if last_pair else last_any
                if last_pair and event.target is None and event.cameo[:2] in ("03", "04", "05", "06"):
                    event.target, event.participants = last_pair[1], list(last_pair)
                event.source_from = "document"
        _forces_told_before(event, forces)
        _not_acting_on_itself(event)
        if event.source is not None and event.source.country and event.cameo[:2] in _VIOLENT_ROOTS \
                and not event.negated:
            for stem in _attack_stems(event.trigger):  # "launched strikes": who the strikes were by
                attackers[stem] = event
        if event.source is not None and event.source.actor and event.source.sector == "REB" \
                and event.source_from == "parse" and not _GROUP_MENTION.match(event.source.text.lower()):
            last_group = event.source
        if event.source is not None and event.source.actor and event.source_from == "parse":
            last_any = event.source
            if _named_person(event.source):
                last_person = event.source
            elif event.source.sector in ("GOV", "IGO", "MIL", None) and not event.source.title:
                last_body, last_body_at = event.source, event.sentence_id
        # (a one-way act names no pair: "Biden underscored the commitment to the defense of Japan")
        parties = distinct_coded(event.participants) or (
            distinct_coded([event.source, event.target]) if event.cameo[:2] == "04" else [])
        if len(parties) >= 2 and event.source_from == "parse":
            last_pair = parties  # "Biden met Yoon ... The two leaders discussed"


# A definite mention of an armed group already named: "the group", "the militants", "the militia".
# ("the rebels", "the militants" name a side in a war of several groups: not the last one named)
_GROUP_MENTION = re.compile(r"^the (?:group|faction|organi[sz]ation|movement)$")


_DEFINITE_FORCES = re.compile(r"^the (?:troops|soldiers|forces|fighters|units|militants|servicemen|contingent)$", re.I)


def _forces_told_before(event: Event, forces: dict[str, Actor]) -> None:
    """ "North Korea sent 10,000 troops to Russia ... Seoul believes the troops have taken part in
    combat in Kursk": bare "the troops" are the forces last named with their country, not of the
    country the sentence names (the coder placed them by "Seoul" or "Kursk"). Remembers forces
    named with a nationality ("North Korean soldiers", "Russian forces") for later sentences."""
    for role in ("source", "target"):
        actor = getattr(event, role)
        if actor is None or not actor.sector or actor.sector not in ("MIL", "REB"):
            continue
        if _DEFINITE_FORCES.match(actor.text.strip()):
            told = forces.get(actor.sector)
            if told is not None and told.country and told.country != actor.country:
                setattr(event, role, Actor(actor.text, told.actor, told.country, told.sector, actor.title))
                setattr(event, f"{role}_from", "document")
        elif actor.country and getattr(event, f"{role}_from") == "parse":
            forces[actor.sector] = actor
    source = event.source
    if event.cameo[:2] == "15" and source is not None and source.country and source.sector in ("GOV", "MIL") \
            and not event.negated:
        # "Pyongyang is preparing to send additional troops": the troops sent are its own
        forces["MIL"] = Actor(source.text, f"{source.country}MIL", source.country, "MIL")


def _not_acting_on_itself(event: Event) -> None:
    """ "Finer ... discussed U.S. assistance": a doer lent from the document (a surname, "he")
    can get the code of a country the sentence names only as a modifier of a thing; a government
    acting on itself is one country read twice, so such a target is left open (as EventCoder
    does for roles the document's voice fills, coder._not_itself). A target that is a country
    itself ("defied the US") or someone's ("Mr Trump's proposal") stays, and people, police,
    rebels and parties may act on their own kind."""
    s, t = event.source, event.target
    if s is None or t is None or not s.actor or s.actor != t.actor or event.source_from != "document" \
            or (s.sector or "") in ("CVL", "COP", "CRM", "REB", "OPP", "PTY", "") or len(event.participants) >= 2:
        return
    words = t.text.split()
    country_modifies_a_thing = len(words) >= 2 and words[-1].islower() and "'s" not in t.text \
        and "’s" not in t.text and any(w[:1].isupper() for w in words[:-1])
    if country_modifies_a_thing:
        event.target, event.target_from = None, None


def _people_by_surname(actors: list[Actor | None]) -> dict[str, Actor]:
    """Coded named people of the document (a country, an IGO or a sector) by surname ("Principal Deputy National Security Advisor
    Jon Finer" -> "Finer": USAGOV); a surname two people of different codes share is left out."""
    found: dict[str, Actor | None] = {}
    for actor in actors:
        # (an official of the statement's own government may get its country only later: "GOV")
        if actor is None or not actor.actor or not _named_person(actor):
            continue
        surname = actor.text.split()[-1].strip(".,")
        if not surname[:1].isupper() or surname.lower() in _NOT_SURNAMES \
                or default_resolver().resolve(surname) is not None:
            continue  # ("Lebanon Police", "Environment Canada": a word the tables know is no surname)
        known = found.get(surname, actor)
        if known is None:
            continue
        if known.sector == actor.sector and not (known.country and actor.country and known.country != actor.country):
            found[surname] = known if known.country else actor  # the placed reading of the same person
        else:
            found[surname] = None  # two people, one surname
    return {k: v for k, v in found.items() if v is not None}


# Last words of titled phrases that are no surnames ("the Secretary of State", "the President").
_NOT_SURNAMES = {"president", "minister", "secretary", "state", "affairs", "defense", "defence", "states",
                 "leader", "chairman", "advisor", "adviser", "spokesperson", "spokesman", "ambassador", "envoy"}


# Titles of address before a surname ("Mr. Sullivan", "Gen. Milley"): the person named before.
_ADDRESS_TITLES = {"mr", "mrs", "ms", "miss", "dr", "sir", "madam", "gen", "col", "lt", "sgt", "capt", "adm", "maj"}


def _name_surnames(event: Event, people: dict[str, Actor]) -> None:
    """ "Finer met with Ukrainian President Zelenskyy": a person the sentence names by surname
    only, whom the document named with a title before, keeps that code."""
    for role in ("source", "target"):
        actor: Actor | None = getattr(event, role)
        if actor is None or actor.country or actor.sector == "IGO":
            continue
        words = actor.text.split()
        if not 1 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
            continue
        known = people.get(words[-1].strip(".,"))
        name = " ".join(w for w in words if w.rstrip(".").lower() not in _ADDRESS_TITLES)  # "Mr. Sullivan"
        if known is None or not name or (len(name.split()) > 1 and not known.text.endswith(name)):
            continue
        named = Actor(actor.text, known.actor, known.country, known.sector, known.title)
        setattr(event, role, named)
        setattr(event, f"{role}_from", "document")
        event.participants = [named if p is actor else p for p in event.participants]


def _sentence_number(sentence_id: str) -> int:
    try:
        return int(sentence_id.rsplit(":s", 1)[1])
    except (IndexError, ValueError):
        return -1


def _adjacent(earlier: str, later: str) -> bool:
    """Whether two sentence ids ("doc:s4", "doc:s5") are the same or consecutive sentences."""
    first, second = _sentence_number(earlier), _sentence_number(later)
    return first >= 0 and second >= 0 and 0 <= second - first <= 1


# NATO's own usage, which official and allied writing follows: capitalised "Allies" and "the
# Alliance" are NATO and its members ("Allies adopted a Defense Production Action Plan").
_ALLIANCE_WORDS = re.compile(r"^(?:(?:the|our|these|NATO|all|fellow)\s+)?(?:Allies|Alliance)$")
_NAMES_NATO = re.compile(r"\bNATO\b|North Atlantic (?:Treaty|Alliance)")


def resolve_alliance(events: list[Event], text: str) -> None:
    """In a document about NATO, an uncoded "Allies" / "the Alliance" is NATO (filled from the
    document). Lowercase "allies" stays as written: Russia has allies too."""
    if not _NAMES_NATO.search(text):
        return
    for event in events:
        for role in ("source", "target"):
            actor = getattr(event, role)
            if actor is not None and actor.actor is None and _ALLIANCE_WORDS.match(actor.text.strip()):
                setattr(event, role, Actor(actor.text, "IGOWSTNAT", None, "IGO"))
                setattr(event, f"{role}_from", "document")


# The EU named by its seat or as "the bloc" (evwar18)
_UNION_WORDS = re.compile(r"^(?:the\s+)?(?:(?:27|twenty-seven)[- ](?:nation|member|country)\s+|European\s+)?"
                          r"(?:bloc|Union|Commission)$|^Brussels$", re.IGNORECASE)
_NAMES_EU = re.compile(r"\bEU\b|\bE\.U\.|European (?:Union|Commission|Council)")


def resolve_union(events: list[Event], text: str) -> None:
    """In a document about the European Union, "Brussels", "the bloc", "the 27-nation bloc" and "the
    Commission" are the EU (filled from the document), as "the Alliance" is NATO in one about NATO:
    "French President Emmanuel Macron pressed Brussels to use its anti-coercion instrument", "Beijing warned
    the bloc against striking any deal", "German Chancellor Friedrich Merz urged the Commission to conclude
    a quick agreement". Elsewhere Brussels stays Belgium's capital."""
    if not _NAMES_EU.search(text):
        return
    for event in events:
        for role in ("source", "target"):
            actor = getattr(event, role)
            if actor is None or not _UNION_WORDS.match(actor.text.strip()):
                continue
            if actor.country is None or actor.actor == "BELGOV":
                setattr(event, role, Actor(actor.text, "IGOEUREEC", None, "IGO"))
                setattr(event, f"{role}_from", "document")


def unresolved_it(event: Event) -> bool:
    """"It" as a doer that no earlier event of the document names: nothing to report."""
    return event.source is not None and event.source.actor is None and event.source.text.lower() == "it"


def resolve_reactions(events: list[Event]) -> None:
    """Whom a reaction is aimed at when it names only the act: "Iran launched missiles at
    Israel ... I condemn this attack" condemns Iran. The doer of the document's latest earlier
    act of that kind is the target, filled from the document."""
    for n, event in enumerate(events):
        if not event.reacts_to or event.target is not None:
            continue
        # (drills condemned are the exercise told, joint or one side's show of force: "Beijing launched
        # large-scale drills ... Lai condemned the drills as a blatant provocation")
        act = next((e for e in reversed(events[:n]) if (e.cameo[:2] in event.reacts_to or (
                    event.reacts_to & _EXERCISE_ROOTS and is_exercise(e)))
                    and not e.negated and not e.hypothetical and e.source is not None), None)
        if act is None or act.source is None or (event.source is not None and act.source.actor
                                                 and act.source.actor == event.source.actor):
            continue
        event.target, event.target_from = act.source, "document"


def _named_person(actor: Actor) -> bool:
    """ "President Biden", "Deputy Secretary of State Kurt Campbell": one named person (a title
    or a capitalised name of two words or more that is not a plural group or a country)."""
    words = actor.text.split()
    return bool(actor.title) or (len(words) >= 2 and all(w[:1].isupper() for w in words[-2:])
                                 and not actor.text.lower().endswith(("s", "states", "nations")))
