"""Placing the parties a sentence leaves without a country: officials, troops, police, protesters
and victims get the country the sentence, the statement's voice or the document puts them in.

- "Protesters rallied outside the Russian embassy in Vilnius": Lithuanians, the people of the place
  they march in, whatever other country the sentence names (`Placing._where_people_protest`);
- "four children were killed in shelling in Gaza": PSECVL, people of the place the act was done in
  (`people_of`);
- "taken into custody by Lebanon Police", in a report about Kentucky: the police of an American town,
  not Lebanon's (`_local_namesake`).

`Placing` is a mixin of EventCoder: `_placed_roles` is a phase of EventCoder._event and reads the
resolver and the party reader. The rest are plain functions.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from ..actors import of_others
from ..records import Actor
from .parties import _Roles
from .syntax import (_done_to_people, group_of_parties, has_prep, is_coded, _Match, _PEOPLE_SECTORS, _REPRESSIVE_ROOTS,
                     _STATE_SECTORS, _VIOLENT_ROOTS, _WEAPONS)


_FORCE_ROOTS = {"15", "17", "18", "19", "20"}


# --- parse helpers ------------------------------------------------------------------------
# Verbs whose object is a topic: what is inside it is talked about, not reported as done, and a
# place in it ("discussed the situation in Gaza") is no one met there.
_TOPIC_VERBS = {"discuss", "review", "address", "debate", "consider", "examine", "explore", "study", "assess"}


_AIMED_AT_OTHERS = {"10", "11", "12", "13", "16", "17", "18", "19", "20"}


def _named_only_in_object(verb: Token, naming: list[Token], topic: bool = False) -> bool:
    """Whether every word that names the sentence's one country lies inside the verb's direct object
    (not in a place phrase there: "arrested activists in Minsk" names where; but in what is
    discussed, a `topic`, "the situation in Gaza" names no one there)."""
    inside = {t.i for c in verb.children if c.dep_ == "dobj" for t in c.subtree}
    return bool(naming) and all(t.i in inside and (topic or not (t.head.dep_ == "prep" and t.head.lower_ in
                                                                  ("in", "near", "at"))) for t in naming)


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


def _weapon_named(actor: Actor) -> bool:
    """The phrase's head word is a weapon ("drones", "a missile", "Shahed drones")."""
    return actor.text.lower().split()[-1].rstrip("s") in _WEAPONS


def _attacked_state(cameo: str, source: Actor | None, target: Actor | None, country: str) -> bool:
    """An armed attack on a state's government, forces or towns, by weapons the sentence gives
    no country ("Drones attacked the Russian city of Kursk", "Kyiv was struck by missiles"): the
    attackers are not that state's own. (Its police or soldiers turning on its people are: the
    target there is people, not the state.)"""
    return cameo[:2] in _VIOLENT_ROOTS and source is not None and source.sector in ("MIL", "") \
        and _weapon_named(source) \
        and target is not None and target.country == country and target.sector in ("GOV", "MIL", None) \
        and is_coded(target)  # (a town struck is the state's too: "A drone struck an apartment block in Odesa")


def _weapon_of_no_country(cameo: str, source: Actor | None) -> bool:
    """An armed act by weapons the sentence gives no country ("Drones struck Port Sudan for a third day", "Missiles
    hit the port"): whose they are, the places they struck do not say."""
    return cameo[:2] in _VIOLENT_ROOTS and source is not None and not source.country and _weapon_named(source)


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


# Local bodies named after their town: "Lebanon Police", "Jordan High School", "Georgia Fire Department".
_LOCAL_BODIES = {"police", "sheriff", "fire", "school", "county", "township", "city", "council", "court", "jail",
                 "hospital", "university", "college", "borough", "village", "library", "department",
                 "board", "commission", "schools", "sheriff's"}


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


def _placed_state(actor: Actor | None, country: str, sectors: set[str] = _STATE_SECTORS) -> Actor | None:
    """Police, troops or officials of no stated country, placed in the country they act in."""
    if actor is None or actor.country or is_coded(actor) or actor.sector not in sectors:
        return actor
    return replace(actor, actor=f"{country}{actor.sector}", country=country)


def _ethnic(actor: Actor) -> bool:
    """An ethnic group ("ethnic Albanians"), whose country is where they live."""
    return "ethnic" in actor.text.lower().split()


class Placing:
    """Places unplaced officials, forces and people (a phase of EventCoder._event)."""

    def _placed_roles(self, m: _Match, r: _Roles, doc: Doc, home: str | None, voice: str | None) -> None:
        """Officials, troops or police of no stated country placed: a statement's own officials are
        its author's; "Rwandan rebels demanded the removal of President X": an unplaced state actor
        in a sentence that names a single country belongs to it (so do "ethnic Albanians" in a
        sentence set in Serbia); with no country in the sentence, the document's. Armed groups of no
        stated country are placed only by the document, when the sentence names no country and the
        other party is the document's own state (rec20): "President Petro broke off talks with the
        guerrillas", in a report from Colombia, are Colombian guerrillas; "The militants attacked
        Israel" names a country, and the militants stay unplaced; so do "the paramilitary group" a
        ministry of no stated country blames."""
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
                if unplaced(source) and (_attacked_state(m.trigger.cameo, source, target, country)
                                         or _weapon_of_no_country(m.trigger.cameo, source)):
                    # "Drones attacked the Russian city of Kursk", "Drones struck Port Sudan": not Russia's
                    # or Sudan's drones (a weapon is not placed where it strikes; session 17)
                    placed[0] = source
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
        if home and any(a is not None and a.sector == "REB" and not a.country and not is_coded(a)
                        for a in (source, target)) and any(a is not None and a.country == home
                                                           for a in (source, target)) \
                and not self._names_a_country(doc):
            placed_rebels = [_placed_state(a, home, {"REB"}) for a in (source, target)]
            r.from_document |= {role for role, a, p in (("source", source, placed_rebels[0]),
                                                        ("target", target, placed_rebels[1])) if a is not p}
            source, target = placed_rebels
        r.source, r.target = source, target

    def _names_a_country(self, doc: Doc) -> bool:
        """Whether the sentence names a country or its people ("Iran-aligned", "in Syria")."""
        return any(self.resolver.country_of(e.text) for e in doc.ents if e.label_ in ("GPE", "NORP"))

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
