"""Triggers the coder's own rules recognise beyond the table rows (data/event_triggers.tsv), and the
checks that keep a row from matching a verb that means something else. EventCoder._match (coder.py)
applies them in its order.

- "Thank you, Mr. President, for your leadership": 051 with no subject (`_thanks_for`); "Critics
  called him a dictator": 111 (`_name_calling`); "A judge ordered the two activists freed on bail":
  084 (`_ordered_freed`);
- "threatened freedom of navigation" is no threat, nothing is aimed at anyone (`_threat_aimed`); "met
  the needs" is no meeting, no one is met (`_object_names_actor`);
- `rule_requirements`: the words the pre-parse filter must let through for these rules.

`TriggerChecks` is a mixin of EventCoder because the two checks read the parties of the parse
(PartyReader) and the resolver; the triggers and their tests are plain constants and functions.
"""
from __future__ import annotations

from spacy.tokens import Token

from .ace_news import rigged_vehicle
from .lexicon import inflections, Trigger
from .syntax import (_BOMBS, _COMMENTING, _DECLINING, _is_passive, _joint_subject, _members, prep_objects, _SILENT,
                     _WITHHELD, _WITHHOLDING)


_DENYING = {"deny", "refute", "dispute"}


def _own_doing(clause: Token) -> bool:
    """The clause's subject is the speaker's own side, named by a pronoun: "it had supplied", "its
    troops had shelled", "they were not involved"."""
    return any(s.dep_ == "nsubj" and (s.pos_ == "PRON" or any(p.dep_ == "poss" and p.pos_ == "PRON" for p in s.children))
               for s in clause.children)


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
    for verb in _MOOD_VERBS:  # "said he was optimistic that" (wire20)
        for form in inflections(verb) | ({"is", "was", "were", "are", "am", "been", "'s", "'re"} if verb == "be" else set()):
            needs.setdefault(form, []).append(frozenset(_HOPEFUL | _GLOOMY))
    return needs


# What a threat threatens to do: "threatened retaliation", "threatened sanctions".
_THREAT_OBJECTS = {"action", "retaliation", "sanction", "force", "war", "strike", "attack", "reprisal", "response",
                   "consequence", "measure", "invasion", "boycott", "veto", "violence", "punishment", "tariff"}


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


# Weather a forecast warns of: no threat anyone makes.
_WEATHER = {"storm", "rain", "rainfall", "snow", "snowfall", "drizzle", "flood", "flooding", "wind", "gust", "heat",
            "heatwave", "temperature", "hurricane", "typhoon", "tornado", "frost", "ice", "fog", "weather",
            "thunderstorm", "blizzard", "cyclone", "drought", "hail", "sleet", "forecast", "forecaster"}


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


# Acts of breaking off or sending away that a participle of naming explains with a new word of its own
# (rec20): "cut diplomatic ties with the UAE, calling it an aggressor state" (161, and 111 for the name);
# "expelled the envoy, calling him a spy". (A criticism told again stays one: "poured scorn on the claims,
# calling them ridiculous".)
_BREAKING_ACTS = {"cut", "sever", "break", "expel", "recall", "suspend", "close", "downgrade", "freeze", "halt",
                  "withdraw", "ban", "revoke"}


def _name_calling(verb: Token) -> bool:
    if verb.lemma_.lower() not in _NAMING_VERBS:
        return False
    if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj") and verb.head.pos_ in ("VERB", "AUX") \
            and verb.head.lemma_.lower() not in _BREAKING_ACTS:
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


# A party's stated mood about what is to come (`_mood_of`): hope is an optimistic comment (013), gloom a
# pessimistic one (012).
_HOPEFUL = {"optimistic", "upbeat", "hopeful", "confident", "bullish"}
_GLOOMY = {"pessimistic", "gloomy", "downbeat", "despondent"}
_MOOD_VERBS = {"be", "remain", "sound", "appear", "seem"}
_OPTIMISM = Trigger("optimistic", frozenset(), frozenset(), "013", "none")
_PESSIMISM = Trigger("pessimistic", frozenset(), frozenset(), "012", "none")
# Subjects whose mood is no party's comment: "the outlook is gloomy", "markets were upbeat".
_MOODLESS = {"it", "this", "that", "there", "what", "outlook", "mood", "market", "markets", "investor", "investors",
             "trader", "traders", "forecast", "prospect", "prospects", "picture", "weather", "sky", "economy"}


def _mood_of(verb: Token) -> Trigger | None:
    """A party saying it is hopeful or gloomy about what is to come (wire20): "Colombia's chief negotiator
    said he was optimistic that the ceasefire could be extended", "the minister remained upbeat about the
    talks" (013); "Egypt's foreign minister was pessimistic about a deal" (012). The adjective must be the
    copula's complement and its subject a party or a person (a market, an outlook or the weather is no one's
    comment; a party the tables cannot code is dropped by the guards like any statement by no one)."""
    if verb.lemma_.lower() not in _MOOD_VERBS:
        return None
    moods = [c for c in verb.children if c.dep_ == "acomp" and c.lower_ in _HOPEFUL | _GLOOMY]
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if not moods or subject is None or subject.lemma_.lower() in _MOODLESS or subject.lower_ in _MOODLESS:
        return None
    if subject.lower_ == "you" or verb.sent.text.rstrip().endswith("?"):
        return None  # "are you confident that Congress is going to support ...?": a question, no comment (session 17)
    return _OPTIMISM if moods[0].lower_ in _HOPEFUL else _PESSIMISM


class TriggerChecks:
    """Checks that a table row's verb means the act: a threat aimed, an actor named as object."""

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
        # ("threatened two guards with a knife": people the tables do not code are still someone)
        return any(self._actors(o) or self._possessors(o) or o.lemma_.lower() in _THREAT_OBJECTS
                   or (o.pos_ == "NOUN" and o.tag_ == "NNS" and self._agentive(o)) for o in objects)

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
