"""Events stated as nouns: "the arrest of three journalists in Minsk", "Russian missile strikes on
Kyiv", "negotiations between Armenian and Azerbaijani delegations", "the Vostok-2022 exercises,
hosted by Russia, draw on Chinese and Indian contingents".

Analysis prose states its most important events this way, so a noun from the noun table
(data/event_nouns.tsv) is an event when the sentence reports it as a specific happening: it
does something or something happens to it ("the talks ended", "the arrest drew condemnation"),
or it names who, whom or where ("Israel's airstrike on Gaza"). A noun that only labels or is
talked about ("amid protests", "called for talks", "to prevent attacks") is not.

Roles come from the noun phrase: the possessor ("Russia's attack"), an actor modifier ("Russian
strikes", "US-Russia talks", "a Russian-led exercise"), "by X", "led/hosted/conducted by X",
"between X and Y", "of X" (the party of an exercise, the patient of an arrest), the noun's
target prepositions ("strikes on Kyiv"), and the verb it is the subject of ("the drills draw on
Belarusian units", "involve Chinese ships").
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from ..records import Actor
from .lexicon import Lexicon, NounTrigger
from .rules import EXERCISES
from .syntax import has_prep, prep_objects
from .ace_news import court_appeal

if TYPE_CHECKING:  # the coder passes itself in; no import cycle at run time
    from .coder import EventCoder


@dataclass
class NounMatch:
    noun: Token
    trigger: NounTrigger


@dataclass
class NounRoles:
    sources: list[Actor]
    targets: list[Actor]
    participants: list[Actor]  # every party acting together (mutual acts: talks, drills)


# A noun governed by these prepositions is a time frame or a topic, not a reported happening:
# "died during protests", "amid clashes", "despite sanctions", "talks about the attack".
_FRAMING_PREPS = {"amid", "amidst", "during", "despite", "since", "about", "regarding", "concerning", "over",
                  "without", "like", "unlike", "than", "for", "toward", "towards", "of", "as",
                  # "at the summit", "building on the summit": the setting or the topic
                  "at", "on", "ahead", "before"}
# Verbs whose object is talked about, wanted or feared, not reported as having happened.
_NOT_REPORTING = {"call", "demand", "urge", "seek", "want", "prevent", "deter", "avoid", "fear", "threaten",
                  "plan", "prepare", "propose", "discuss", "consider", "debate", "warn", "risk", "hope", "expect",
                  "push", "ask", "need", "oppose", "support", "favor", "favour", "welcome", "encourage",
                  "back", "endorse", "reject", "rebuff", "spurn", "snub", "rule", "stop", "halt", "end", "pause", "suspend", "resume",
                  "escalate", "justify", "deserve", "allow", "permit", "authorize", "authorise", "order",
                  "impose", "lift", "ease", "extend", "approve", "threat", "face", "investigate",
                  "cover", "study", "describe", "mark", "commemorate", "remember", "mention", "compare",
                  # works about it: "the film depicts the bombing of Dresden"
                  "depict", "portray", "dramatize", "dramatise", "recount", "recall", "chronicle", "reenact",
                  "call", "pledge", "promise", "vow", "agree", "offer", "intend", "aim", "try", "attempt",
                  # speech about it: "emphasized the United States' enduring commitment to ..."
                  "emphasize", "emphasise", "stress", "reaffirm", "reiterate", "underscore",
                  "acknowledge", "recognize", "recognise", "cite", "praise", "condemn", "denounce", "criticize",
                  "criticise", "deny", "review", "address", "raise", "share", "underline",
                  # a plot is not carried out: "accused of plotting a terror attack" (round 12)
                  "plot", "conspire"}
# Verbs that report a happening of their subject ("the talks ended", "the arrest drew
# condemnation") — any verb does, except those of the list above, copulas and seems.
# "continues to make force posture enhancements": the act goes on, it is not wanted
_ASPECTUAL = {"continue", "begin", "start", "keep", "proceed", "resume", "commence"}
# Support stated as steadfast: "our commitment to Israel is unwavering" (event_nouns.tsv, 051)
STEADFAST = {"unwavering", "ironclad", "steadfast", "unshakeable", "unshakable", "unbreakable", "resolute",
             "rock-solid", "undiminished", "firm"}
_NOT_HAPPENING = {"be", "seem", "appear", "remain", "become", "mean", "require", "need", "deserve",
                  "constitute", "amount", "fit"}  # ("the strikes constitute war crimes": labelled, not told)
# Verbs of a count going up or down: a plural of acts as their subject is a trend, not a happening
# (`_trend_of_acts`).
_TRENDS = {"increase", "rise", "decline", "decrease", "fall", "drop", "double", "triple", "surge", "soar", "climb",
           "spike", "dwindle"}
# Verbs that offer a happening as proof of something (round evprec15).
_EVIDENCING = {"demonstrate", "show", "prove", "underscore", "underline", "illustrate", "highlight", "confirm",
               "reflect", "exemplify", "epitomize", "epitomise", "remind", "reveal"}


def _offered_as_evidence(noun: Token) -> bool:
    """ "today's attack on Israel only further demonstrates that fact", "The shelling of Kharkiv shows
    that Moscow has no interest in peace", "Beijing's drills around Taiwan underscore the risk": a
    happening made the subject of a verb of proving is offered as evidence for a claim; the sentence
    comments on it and does not report it (eval/events_blind.md rule B: a mention of an event the
    paragraph has already told is not coded again)."""
    head = noun.head
    return noun.dep_ == "nsubj" and head.lemma_.lower() in _EVIDENCING \
        and any(c.dep_ in ("ccomp", "dobj") for c in head.children)


# Violence a report may give only its place and time: "a shooting in Madisonville on Friday".
_VIOLENCE = {"shooting", "stabbing", "bombing", "attack", "airstrike", "strike", "shelling", "ambush", "raid",
             "massacre", "killing", "murder", "assassination", "clash", "firefight", "gunfight", "shootout",
             "fighting"}  # ("heavy fighting near Chasiv Yar"; "the fighting", "a pause in fighting" are told before)
# "a pause in fighting", "an end to the shelling": what stops is not reported happening.
_CESSATIONS = {"pause", "halt", "lull", "break", "end", "cessation", "stop", "suspension", "freeze", "moratorium",
               "de-escalation", "reduction", "decline"}
# "the beginning of a Russian invasion of Ukraine": what begins is happening.
_ONSETS = {"beginning", "start", "onset", "outbreak", "launch", "opening", "first"}
# "the drills draw on Belarusian units", "involve Chinese ships": the verb's objects take part.
_TAKING_PART = {"involve", "include", "draw", "feature", "comprise", "bring", "gather", "unite", "engage"}
# "conducted by Russia", "hosted by China", "led by the US": who holds the event.
_HOLDING = {"lead", "host", "conduct", "organize", "organise", "stage", "hold", "carry", "launch", "mount",
            "sponsor", "command", "run", "direct", "execute", "perform", "claim", "order", "plan", "fire"}
# Acts done to someone: their "of" phrase names the patient ("the arrest of three journalists").
_PATIENT_OF_ROOTS = {"17", "18", "174", "161", "16", "19", "20"}  # "the shelling of Kharkiv", "a blockade of Taiwan"
# Verbal acts: "condemnation from the EU", "support from Washington" name the speaker.
_SPOKEN_ROOTS = {"01", "02", "03", "05", "10", "11", "12", "13"}
_MUTUAL_ROOTS = {"03", "04", "05", "06", "08", "16", "19"}
_TIME_ENTS = {"DATE", "TIME"}
# Being somewhere for a joint act ("is in Moscow for talks", "were in Geneva for negotiations"): the
# subject takes part. (Travelling there is a visit the verb codes.)
_BEING_THERE = {"be", "remain", "stay"}


def _there_for(noun: Token) -> bool:
    """ "is in Moscow for talks", "were in Geneva for negotiations": someone present at a place for
    the act (not "ready for talks", "the time is right for talks")."""
    head = noun.head
    return noun.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() in _BEING_THERE \
        and any(c.dep_ == "prep" and c.i < head.i and c.lower_ in ("in", "at") for c in head.head.children)


# Verbs that carry out the act their object names: the subject is the doer.
_DOING_VERBS = {"launch", "carry", "conduct", "stage", "mount", "begin", "start", "hold", "undertake", "wage",
                "intensify", "step", "escalate", "leverage", "expand", "tighten", "unveil", "deliver",
                "make", "perform", "execute", "commit", "organize", "organise", "host", "complete", "announce",
                "declare", "kick", "conclude", "wrap", "finish", "resume", "provide", "send"}
# A leader overseeing a display of force holds it (root 15 only: "the UN will oversee the prisoner
# exchange" is no exchange by the UN).
_OVERSEEING = {"oversee", "supervise", "guide", "inspect", "observe", "watch"}
# What an amount is of is the act: "$2.5 billion in assistance", "a tranche of aid".
_AMOUNTS = {"million", "billion", "trillion", "tranche", "package", "batch", "shipment", "worth",
            # "conducted a series of missile and drone strikes against Ukraine"
            "series", "wave", "barrage", "round", "spate", "string", "salvo", "volley"}
# ... and verbs whose "in" phrase names it: "engaged in attacks", "persisted in its strikes"
_ENGAGING_VERBS = {"engage", "persist", "indulge", "specialize", "specialise"}
# Verbs a happening does by itself: "clashes erupted", "fighting broke out", "talks took place".
_BREAKING_OUT = {"erupt", "break", "occur", "flare", "rage", "resume", "continue", "escalate", "intensify",
                 "take", "happen", "unfold", "spread", "begin", "start", "end", "ensue"}
_FORCE_ROOTS = {"18", "19", "20"}
_PLACE_OR_TIME_ENTS = {"GPE", "LOC", "FAC"} | _TIME_ENTS


def match_nouns(doc: Doc, lexicon: Lexicon, taken: set[int]) -> list[NounMatch]:
    """Noun triggers of a parsed sentence; `taken`: tokens already part of a verb's event
    ("held talks": the verb's object)."""
    found: list[NounMatch] = []
    for token in doc:
        if (token.pos_ not in ("NOUN", "PROPN") and not _gerund_subject(token)) or token.i in taken \
                or token.dep_ in ("compound", "amod"):
            continue
        if token.tag_ in ("NNP", "NNPS") and token.i > 0 and token.text[:1].isupper() and any(
                c.dep_ == "compound" and c.tag_ in ("NNP", "NNPS") for c in token.children):
            continue  # "the Highway Patrol reported", "Border Patrol agents": a body's name, not an act
        candidates = lexicon.nouns.get(token.lemma_.lower()) or lexicon.nouns.get(token.lower_)
        if not candidates and "-" in token.lower_:  # "counter-offensive", "air-strike"
            candidates = lexicon.nouns.get(token.lower_.split("-")[-1])
        for trigger in candidates or ():
            if _compound_matches(token, trigger) and _needs_met(token, trigger):
                found.append(NounMatch(token, trigger))
                break
    return found


def _gerund_subject(token: Token) -> bool:
    """A fight named as a subject the tagger reads as a gerund (evwar18): "Fighting between the military and
    the Arakan Army has displaced more than 400,000 people", "Clashing between rival militias has killed
    dozens", "Shelling of Kharkiv continued overnight" -- the noun of the same act, with its "between"/"of"
    phrase (a gerund with an object, "Shelling Kharkiv ...", is the verb's)."""
    return token.tag_ == "VBG" and token.dep_ in ("nsubj", "nsubjpass") \
        and not any(c.dep_ in ("dobj", "nsubj", "aux") for c in token.children) \
        and any(c.dep_ == "prep" and c.lower_ in ("between", "of", "in", "on") for c in token.children)


def _compound_matches(token: Token, trigger: NounTrigger) -> bool:
    words = trigger.noun.split()
    if len(words) == 1:
        return True
    modifiers = [c for c in token.lefts if c.dep_ in ("compound", "amod", "nmod")]
    lemmas = [c.lemma_.lower() for c in modifiers] + [c.lower_ for c in modifiers]
    return all(w in lemmas for w in words[:-1])


# Nouns whose "of" phrase is the instrument, not the patient: "Russia's use of these missiles against Ukraine"
_INSTRUMENT_NOUNS = {"use", "employment"}


def _aimed(token: Token, trigger: NounTrigger) -> bool:
    """The noun or its "of" object has one of the row's target prepositions ("against Ukraine")."""
    holders = [token] + prep_objects(token, "of", by="lemma")
    return any(prep_objects(h, trigger.target_preps, by="lemma") for h in holders)


def _needs_met(token: Token, trigger: NounTrigger) -> bool:
    if not trigger.needs:
        return True
    words = {c.lemma_.lower() for c in token.lefts if c.dep_ in ("compound", "amod", "nmod")}
    words |= {c.lower_ for c in token.lefts if c.dep_ in ("compound", "amod", "nmod")}
    words |= _predicated(token)
    for o in prep_objects(token, ("of", "for", "with"), by="lemma"):
        words |= {t.lemma_.lower() for t in o.subtree}
    if "-" in token.lower_:
        words |= set(token.lower_.split("-")[:-1])
    if token.lemma_.lower() in _INSTRUMENT_NOUNS and not _aimed(token, trigger):
        return False  # "the use of drones in agriculture": a weapon's use is an attack when aimed at someone
    if trigger.noun == "strike" and trigger.cameo == "190" and any(
            (o.pos_ == "PROPN" and o.ent_type_ not in _TIME_ENTS) or o.lemma_.lower() in _STRUCK_THINGS
            for o in prep_objects(token, ("on", "against"))):
        # "Israeli strikes on Gaza", "Ukrainian strikes on Russian oil refineries": a strike aimed at a
        # named place or party, or at what armies strike, is an attack (not "a strike on Monday")
        return True
    return bool(words & trigger.needs)


# What strikes hit in war reporting (a labour strike is "at" a plant, "over" pay, not "on" it).
_STRUCK_THINGS = {"refinery", "city", "town", "village", "position", "target", "infrastructure", "base", "airfield",
                  "airbase", "airport", "port", "depot", "facility", "plant", "grid", "hospital", "school", "building",
                  "convoy", "ship", "vessel", "headquarters", "camp", "bridge", "substation", "warehouse", "site",
                  "region", "area", "capital", "stronghold", "hideout", "compound", "installation", "territory"}


# Encounters a clause can be set in: "In a call with Modi, Biden reaffirmed ...".
_ENCOUNTERS = {"call", "conversation", "meeting", "talk", "videoconference", "discussion", "phone"}
# Verbs that tell someone something in such an encounter: the one told took part.
_TELLING = {"tell", "assure", "inform", "urge", "ask", "brief", "thank", "congratulate", "warn", "reassure",
            "press", "invite", "remind"}


def _encounter_told_before(noun: Token) -> bool:
    """ "The two leaders held talks in Beijing. During the meeting, Xi urged Washington to stop arming
    Taiwan", "In that call, the President raised ...": an encounter named by "the" or "that" with no
    one of its own ("with Modi", "between the ministers", "their") points back to one the text has
    told; it sets the scene and is not a second meeting (eval/events_blind.md rule B; round evprec15:
    duplicates). "In a call with Prime Minister Modi, President Biden ..." tells one."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "that", "this", "these", "those") for c in noun.children) \
        and not any(c.dep_ in ("poss", "compound") or (c.dep_ == "prep" and c.lower_ in ("with", "between", "among"))
                    for c in noun.children) \
        and not any(c.dep_ == "amod" and c.lower_ in ("phone", "telephone", "video", "virtual") for c in noun.children)


def _past_misattached_infinitive(verb: Token, noun: Token) -> Token:
    """ "In a phone call late last week to mark the 30th anniversary of Israeli-Egyptian peace, Peres told
    Mubarak ...": the parser hangs the fronted "In a phone call" on the subjectless infinitive "to mark",
    which it reads as a complement of "told"; the encounter sets the clause of "told" (round evdet16).
    "During a call on Monday to discuss the war, Biden assured Scholz ..." likewise."""
    if verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) \
            and verb.dep_ in ("ccomp", "advcl", "xcomp") and verb.head.pos_ in ("VERB", "AUX") \
            and noun.i < verb.i < verb.head.i:
        return verb.head
    return verb


def setting_verb(noun: Token) -> Token | None:
    """The clause an encounter noun sets ("In a phone call late last week, Peres told Mubarak ..."):
    its verb, or None."""
    head = noun.head
    if noun.dep_ != "pobj" or noun.lemma_.lower() not in _ENCOUNTERS or head.lower_ not in ("in", "during") \
            or head.head.i == head.i or head.head.pos_ not in ("VERB", "AUX"):
        return None
    if _encounter_told_before(noun):
        return None
    verb = _past_misattached_infinitive(head.head, noun)
    # (fronted, "In a call with Modi, Biden ...", or one of its own, "... in a call with Modi";
    # not "agreed to US mediation in the final status talks": talks to come)
    own = noun.i < verb.i or any(c.dep_ == "det" and c.lower_ in ("a", "an") or c.dep_ == "poss" for c in noun.children)
    return verb if own and any(c.dep_ == "nsubj" for c in verb.children) else None


# Words of arranging a meeting ahead (round 11)
_PLANNING = {"plan", "planning", "preparation", "prepare", "arrangement", "arrange"}
_MEETINGS = _ENCOUNTERS | {"summit", "visit", "negotiation", "consultation"}


def looked_forward_to(act: Token) -> bool:
    """An act someone looks forward to is one they intend (evwar18; eval/events_gold.md: "I look forward to
    discussing" = 036): "We look forward to the Quad Leaders' Summit in India later this year", "The
    President looks forward to his visit to Tokyo", "I look forward to working with the new government".
    The act is the object of "to" hanging from "look" with "forward" (whatever the parser calls
    "forward"). The one test for nouns and for verbs (sources._frame_of)."""
    head = act.head
    if act.dep_ not in ("pobj", "pcomp") or head.lower_ != "to":
        return False
    verb = head.head
    return verb.lemma_.lower() == "look" and any(c.lower_ == "forward" for c in verb.children)


def planned(noun: Token) -> bool:
    """A meeting being planned, scheduled or prepared: "including planning for a call between President Biden and
    President Xi in the coming weeks", "preparations for a summit between the two leaders", "Talks between X and Y
    are scheduled for next month"; or looked
    forward to ("We look forward to the Quad Leaders' Summit in India", `looked_forward_to`)."""
    head = noun.head
    if noun.lemma_.lower() in _MEETINGS and looked_forward_to(noun):
        return True
    if noun.lemma_.lower() in _MEETINGS and noun.dep_ == "nsubjpass" and head.lemma_.lower() in _SCHEDULING:
        return True  # "Talks between Armenia and Azerbaijan are scheduled for next month" (session 17)
    return noun.lemma_.lower() in _MEETINGS and noun.dep_ == "pobj" and head.lower_ == "for" \
        and head.head.lemma_.lower() in _PLANNING


# Verbs whose passive subject is a meeting set for later: "are scheduled for", "is planned", "was set for".
_SCHEDULING = {"schedule", "plan", "set", "slate", "expect", "arrange", "reschedule"}


# What is yet to be: "future talks with Syria and Iran", "a possible meeting", "the proposed strikes"
_NOT_YET = {"future", "possible", "potential", "proposed", "prospective", "eventual", "hypothetical", "would-be"}
# Consent or a plan for an act: its object is what is wanted, not done ("gave his go-ahead to signing of
# two treaties", "approval for the deployment of troops", "a proposal for talks")
_CONSENT_NOUNS = {"go-ahead", "approval", "permission", "authorization", "authorisation", "consent", "blessing",
                  "proposal", "plan", "bid", "request", "invitation", "demand", "offer"}


def yet_to_be(noun: Token) -> bool:
    """An act the sentence names as yet to happen (evlgl15): "Clinton kept her options open concerning
    future talks with Syria and Iran", "a possible meeting between the leaders"; or what a consent
    or a plan is for: "Medvedev gave his go-ahead to signing of two treaties with Abkhazia",
    "approval for the deployment of 3,000 troops", "a proposal for talks with Iran". (A planned
    meeting told as intended, "planning for a call between X and Y", is `planned`.)"""
    if any(c.dep_ == "amod" and c.lower_ in _NOT_YET for c in noun.children):
        return True
    t = noun
    for _ in range(3):  # ("go-ahead to signing of two treaties": through the "of" of the act's name)
        if t.dep_ not in ("pobj", "pcomp") or t.head.dep_ != "prep":
            return False
        holder = t.head.head
        if holder.pos_ in ("VERB", "AUX"):
            # "gave his go-ahead to signing ...": the preposition hangs on the verb of the consent
            return any(c.dep_ == "dobj" and _consent(c) for c in holder.children)
        if _consent(holder):
            return True
        if holder.pos_ not in ("NOUN", "PROPN"):
            return False
        t = holder
    return False


def _consent(noun: Token) -> bool:
    """ "approval", "permission", "a proposal", "go-ahead" (split "go - ahead"), "green light"."""
    word = noun.lower_
    if word == "ahead":
        return any(c.lower_ == "go" for c in noun.children)
    if word == "light":
        return any(c.lower_ == "green" for c in noun.children)
    return noun.pos_ in ("NOUN", "PROPN") and word in _CONSENT_NOUNS


def governing_verb(noun: Token) -> Token | None:
    """The verb whose clause the noun belongs to (up through prepositions and nouns)."""
    t = noun
    for _ in range(5):
        if t.head.i == t.i:
            return None
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            return t
    return None


def reported(noun: Token, coder: "EventCoder", roles: NounRoles) -> bool:
    """Whether the sentence reports the noun's event as a specific happening, rather than naming
    it as a time frame, a topic, or something wanted, feared or talked about."""
    head = noun.head
    named = bool(roles.sources or roles.targets or roles.participants)
    if noun.lower_ == "thanks":
        # "Thanks to all partners for ...": a verbless sentence of thanks; not "thanks to the
        # steady supply of weapons, Ukraine advanced" (because of)
        return _thanks_given(noun)
    if _scope_of_a_rule(noun) or civil_drill(noun) or _stance_against(noun) or yet_to_be(noun):
        return False
    if court_appeal(noun):
        return False  # "heard arguments in the appeal of a detainee": a court appeal (ace_news)
    if noun.lemma_.lower() in _SHOT_NOUNS:
        # ("a booster shot", "his shot hit the post": no)
        return shots_heard(noun) or responded_to_reports(noun) or bool(_gunshot_to_the_body(noun))
    if noun.lemma_.lower() in _VICTIM_NOUNS:
        return victims_attended(noun)  # "located seven shooting victims"; not "153 gunshot victims this year"
    if not named and (shots_heard(noun) or responded_to_reports(noun) or _happening_told(noun)
                      or arrest_made(noun)):
        return True  # "heard gunfire", "responded to reports of a shooting", "when the shooting occurred"
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in _STRETCHES \
            and head.head.i != noun.i:
        # "after days of protests by Turks", "Weeks of talks between X and Y ended": the happening
        # stands where its stretch of time stands ("amid days of protests" stays a setting)
        return reported(head.head, coder, roles)
    if _answered(noun) or _rehearsed(noun):
        return False
    if responsibility_claimed_for(noun) is not None:
        # "Houthi rebels claimed responsibility for a drone attack on a vessel": the claim (015) tells it, and
        # CAMEO's coders code the claim alone (up_petr2: "al-Shabab is claiming responsibility for a deadly
        # attack ... at an upscale mall" is 015 only; session 17 tried the attack too and took it back)
        return False
    if noun.dep_ in ("nsubj", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
        if not named and any(c.dep_ == "det" and c.lower_ in ("these", "those", "this", "that", "such")
                             for c in noun.children):
            return False  # "These attacks fit the definition of terrorism": already reported, a comment
        # "the talks ended", "the arrest drew condemnation" - not "sanctions are a tool", "my
        # commitment to Israel is unwavering" (a copula describes, it does not report); with no
        # one named, only a happening pinned to a place or time ("The protests began in June"),
        # or a later mention of an exercise the document reports ("the drills involve 400 troops")
        if _predicated(noun) & STEADFAST:
            return True  # "my commitment to Israel is unwavering": support stated, now
        if head.lemma_.lower() in _NOT_HAPPENING or _offered_as_evidence(noun) or _trend_of_acts(noun):
            return False
        return named or _specific(noun, roles) or (noun.lemma_.lower() in EXERCISES and definite(noun)) \
            or _pinned_happening(noun) or trial_opened(noun)
    if not named and noun.lemma_.lower() in _VIOLENCE and _specific(noun, roles) and not definite(noun) \
            and not (noun.dep_ == "pobj" and head.lemma_.lower() in _FRAMING_PREPS) and not _in_purpose_clause(noun):
        return True  # "investigating a shooting in Madisonville", "dead after an overnight shooting in Little Rock"
    if not named:
        return False  # "nationalist riots", "developmental assistance": no one named, a label
    if noun.dep_ == "dobj" and head.pos_ in ("VERB", "AUX") and (
            any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in head.children)):
        return False  # "police will no longer tolerate rallies by X": not a happening
    if noun.dep_ == "ROOT" or (noun.dep_ == "appos" and _specific(noun, roles)):
        return True  # a headline or caption: "Russian missile strikes on Kyiv"
    verb = governing_verb(noun)
    if verb is not None and verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN") \
            and verb.doc[min(t.i for t in verb.subtree) - 1].text != ",":
        return False  # "individuals associated with Russia's occupation": a label of someone else
    if noun.dep_ == "pobj" and head.head.lemma_.lower() in _CESSATIONS:
        return False  # "agreed to a daily pause in fighting"
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in _ONSETS \
            and (roles.sources or roles.targets) and not _in_purpose_clause(noun) \
            and not (head.head.dep_ == "dobj" and head.head.head.lemma_.lower() in _NOT_REPORTING) \
            and not _time_since_onset(head.head):
        return True  # "the beginning of a Russian invasion of Ukraine": it has begun
    if setting_verb(noun) is not None and len(roles.participants) >= 2:
        return True  # "In a call with Prime Minister Modi, President Biden reaffirmed ...": it took place
    if _there_for(noun) and roles.sources and (roles.targets or roles.participants):
        return True  # "is in Moscow for talks with his Russian counterpart": they are being held
    if planned(noun) and len(roles.participants) >= 2:
        return True  # "planning for a call between President Biden and President Xi": intended (036)
    if noun.dep_ == "pobj" and head.lower_ in ("about", "over", "at") and _alarm_felt(head.head) \
            and _condemned_act_pinned(noun, roles):
        return True  # "expressed deep concern about the detention of two journalists by Russian authorities in Kherson"
    if noun.dep_ == "pobj" and (head.lemma_.lower() in _FRAMING_PREPS or not (roles.sources or roles.targets
                                                                             or len(roles.participants) >= 2)):
        return False  # "in those daily meetings": a circumstance, unless it names who and whom
    if noun.dep_ == "dobj" and head.lemma_.lower() in _CONDEMNING and _condemned_act_pinned(noun, roles):
        return True  # "condemned the PRC's deliberate collision with two Philippine vessels ... on August 19"
    if noun.dep_ == "dobj" and head.lemma_.lower() in _NOT_REPORTING:
        return False
    if _in_purpose_clause(noun):
        return False
    return _specific(noun, roles)


# Nouns of an answer to something ("a proportional response to the hacking").
_RESPONSE_NOUNS = {"response", "reaction", "retaliation", "reply", "answer", "riposte"}


def _answered(noun: Token) -> bool:
    """ "The president has promised a 'proportional' response to the hacking of the Democratic Party"
    (TR-News, round evtr17), "a measured reaction to the shelling of Belgorod", "Moscow's answer to the
    expulsion of its diplomats": the act a response answers is named, not told (as "in response to the
    attack", eval/events_blind.md rule B; "for" already frames: "retaliation for the killing")."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.head.lemma_.lower() in _RESPONSE_NOUNS


# Verbs of acting an event out in an exercise, not doing it.
_REHEARSING = {"rehearse", "simulate", "practise", "practice", "wargame", "war-game", "model", "enact", "stage"}


def _rehearsed(noun: Token) -> bool:
    """An act an exercise rehearses is played, not done (session 14, the lead): "the Zapad-2025 exercise
    rehearsed the planning of tactical nuclear weapons use and a counteroffensive against a notional NATO
    force", "the drills simulated a blockade of key ports and strikes on ships", "troops practised an
    assault on a fortified position". The noun hangs on the verb through objects, "of" and coordination
    ("staged a protest" is a protest: "stage" counts only with a simulation's object, "a mock attack")."""
    node = noun
    for _ in range(6):
        if node.dep_ not in ("dobj", "pobj", "prep", "conj", "compound", "appos") or node.head.i == node.i:
            return False
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            lemma = node.lemma_.lower()
            if lemma == "stage":
                return any(c.lower_ in ("mock", "simulated", "notional") for c in noun.children)
            return lemma in _REHEARSING
    return False


def _trend_of_acts(noun: Token) -> bool:
    """ "Group: Ambush attacks on officers increase" (a CNN subheading, TR-News, round evtr17), "Attacks on
    journalists rose sharply in 2016", "Kidnappings of foreign workers have doubled since March": acts
    counted in the plural, with no article, as the subject of a rise or fall are a trend told, not one
    act that happened ("The attacks on the convoy rose to a climax" has its article: not this rule)."""
    return noun.dep_ == "nsubj" and noun.tag_ == "NNS" and noun.head.lemma_.lower() in _TRENDS \
        and not any(c.dep_ in ("det", "poss", "nummod") for c in noun.children)


def _time_since_onset(onset: Token) -> bool:
    """An onset that dates something else: "since the start of Russia's full-scale invasion in
    February 2022, Poland has taken in ...", "one year since the outbreak of the war", "until the
    beginning of the offensive". The act is presupposed as the clock's start, not reported."""
    return onset.dep_ == "pobj" and onset.head.lower_ in ("since", "until", "till")


# Stretches of time a happening fills: "days of protests", "weeks of talks" (recall from reading news, round 11).
_STRETCHES = {"hour", "day", "night", "week", "weekend", "month", "year", "decade"}


# Verbs of condemning: their object is a label ("condemning these attacks") unless it is pinned down
_CONDEMNING = {"condemn", "denounce", "deplore", "decry"}


# Single hostile acts (not a war, an occupation or "aggression", which a condemnation names as a label):
# condemned with their doer and the party they hit, they are reported.
SINGLE_HOSTILE_ACTS = (_VIOLENCE - {"fighting", "clash"}) | {
    "bombardment", "assault", "arrest", "detention", "abduction", "kidnapping", "expulsion", "execution", "seizure",
    "interception", "hijacking", "downing", "incursion", "sentencing", "jailing", "deportation"}


def responsibility_claimed_for(noun: Token) -> Token | None:
    """The verb of "claimed responsibility for <the act>" ("Houthi rebels claimed responsibility for a drone
    attack on a commercial vessel", "the group took responsibility for the bombing in Quetta"): the claim (015)
    tells the act, which is not coded a second time (`reported`). None otherwise (not "denied responsibility")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for":
        return None
    holder = prep.head
    verb = holder.head if holder.lemma_.lower() in ("responsibility", "credit") and holder.dep_ == "dobj" else holder
    if verb.lemma_.lower() not in ("claim", "take", "accept", "assume", "admit") or verb.pos_ not in ("VERB", "AUX") \
            or not any(c.dep_ == "dobj" and c.lemma_.lower() in ("responsibility", "credit") for c in verb.children) \
            or any(c.dep_ == "neg" for c in verb.children):
        return None
    return verb


# What alarm is felt about (rec20): "expressed deep concern about the detention of ...", "alarm over the killing of ...".
_ALARM = {"concern", "alarm", "outrage", "dismay", "shock", "horror", "condemnation"}


def _alarm_felt(word: Token) -> bool:
    """ "concern (about)", or a verb voicing it ("voiced alarm over", the parser hanging "over" on the verb)."""
    return word.lemma_.lower() in _ALARM or (word.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _ALARM for c in word.children))


def _condemned_act_pinned(noun: Token, roles: NounRoles) -> bool:
    """ "condemned the People's Republic of China's deliberate collision with two Philippine Coast
    Guard vessels ... near Sabina Shoal ... on August 19": an act condemned with its doer named and
    pinned to a place or a date is reported (eval/events_blind.md rule B: participants, place or
    time); so is one whose doer is named and whose victims are counted (rec20: "condemned the killing
    of at least 40 civilians ... by the Rapid Support Forces", "concern about the detention of two
    Ukrainian journalists by Russian occupation authorities"), and a single hostile act with its doer and
    the party it hit (session 17: "condemned the shelling of Kharkiv by Russian forces", "denounced the
    arrest of three journalists by Belarusian police", "deplored Russia's drone attack on Odesa").
    "condemned these attacks", "condemned Russia's aggression (against Ukraine)", "the killing of
    civilians" stay labels."""
    if not any(a.actor for a in roles.sources):
        return False
    # (a whole state hit is the war's label: "condemned Russia's attack on Ukraine"; a town, people or a
    # post hit is one act: "Russia's drone attack on Odesa", "the arrest of three journalists")
    return pinned(noun) or _victims_counted(noun) or (noun.lemma_.lower() in SINGLE_HOSTILE_ACTS and any(
        t.actor and t.actor != s.actor and t.sector != "GOV" for t in roles.targets for s in roles.sources))


def _victims_counted(noun: Token) -> bool:
    """The noun's "of" phrase counts whom it was done to: "the killing of at least 40 civilians", "the
    detention of two Ukrainian journalists" (a number, not "the killing of civilians")."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        o.dep_ == "pobj" and any(n.dep_ == "nummod" or n.like_num for n in o.children) for o in c.children)
        for c in noun.children)


def pinned(noun: Token) -> bool:
    """The noun phrase names when, or where by a place preposition ("near Sabina Shoal", "on August 19")."""
    # the noun's own words, not its owner's nor the next item's ("the DPRK's missile tests and Russia's
    # invasion of Ukraine": Ukraine is whom, not where)
    outside = {t.i for c in noun.children if c.dep_ in ("poss", "conj", "cc") for t in c.subtree}
    own = [t for t in noun.subtree if t.i not in outside and t.i != noun.i]
    return any(t.ent_type_ in _TIME_ENTS for t in own) or any(
        t.ent_type_ in ("GPE", "LOC", "FAC") and t.head.dep_ == "prep"
        and t.head.lower_ in ("in", "near", "at", "off", "along", "over", "around", "outside") for t in own)


# Verbs that say a happening took place: "the shooting happened just after 2 a.m.".
_OCCURRING = {"happen", "occur", "unfold", "erupt", "last", "take",
              "continue", "rage", "resume", "intensify", "flare"}  # "Heavy fighting continued in Khartoum on Sunday"


def _pinned_happening(noun: Token) -> bool:
    """ "The shooting happened just after 2 a.m. outside a nightclub", "the riot lasted for three
    nights": violence or unrest said to take place, with its place or time on the verb."""
    head = noun.head
    lemma = head.lemma_.lower()
    if noun.lemma_.lower() not in _VIOLENCE | _UNREST or lemma not in _OCCURRING \
            or (lemma == "take" and not any(c.lower_ == "place" for c in head.children)):
        return False
    if not noun.doc.has_annotation("ENT_IOB"):  # (the cheap pre-parse: let the full parse decide)
        return any(c.dep_ in ("prep", "npadvmod", "advmod") for c in head.children)
    return any(t.ent_type_ in _PLACE_OR_TIME_ENTS for c in head.children if c.i != noun.i and c.dep_ != "punct"
               for t in c.subtree)


# Shots as a noun (round gvc16): only heard, ringing out or reported to the police is a shooting
# ("a booster shot", "a shot at the title", "his shot hit the post" are none; event_nouns.tsv row "shot|gunshot").
_SHOT_NOUNS = {"shot", "gunshot"}
# What reports the sound of shots or shelling: "gunshots rang out", "gunfire echoed", "shots woke him".
_HEARD = {"shot", "gunshot", "gunfire", "shelling", "bombardment", "shooting",
          # "Heavy fighting was reported near Bakhmut", "witnesses reported clashes in the old city"
          "fighting", "clash", "firefight", "gunfight", "gunbattle", "shootout"}
_SOUNDING = {"ring", "echo", "crackle", "erupt", "sound", "pierce", "shatter", "wake", "awaken", "startle", "break",
             "rattle", "boom", "punctuate"}
_HEARING = {"hear", "report"}  # ("reported hearing numerous shots": through "hearing")
_NOISES = {"sound", "noise", "crack", "burst", "volley", "rattle", "report", "echo"}


def shots_heard(noun: Token) -> bool:
    """Shots, gunfire or shelling heard or sounding report a shooting or an attack whoever fired
    (round gvc16; issue #9: no event is dropped because its doer is not named): "Neighbors reported
    hearing numerous shots", "residents heard heavy shelling overnight", "Shots rang out near the
    market", "gunshots and screams woke him up", "awoke to the sound of gunfire". Not shots no one
    heard ("no shots were heard"), ones feared or wanted ("could hear shots", "to hear gunfire"), nor
    warning or celebratory shots."""
    if noun.lemma_.lower() not in _HEARD and noun.lower_ not in _HEARD:
        return False
    if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children) \
            or any(c.lower_ in ("warning", "celebratory", "ceremonial", "blank") for c in noun.children):
        return False
    t = noun
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in _NOISES:
        t = t.head.head  # "the sound of the gunshots", "a burst of gunfire"
    head = t.head
    verb = head.lemma_.lower()
    if t.dep_ in ("dobj", "nsubjpass") and verb in _HEARING:
        hearing = head
    elif t.dep_ == "nsubj" and verb in _SOUNDING and not (verb == "break" and not any(
            c.lower_ == "out" for c in head.children)):
        hearing = head
    elif t.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_.lower() in ("wake", "awake", "awaken") \
            and t is not noun:
        hearing = head.head  # "were awoken to the sound of the gunshots"
    else:
        return False
    if verb == "report" and t.dep_ == "dobj" and noun.lemma_.lower() in _SHOT_NOUNS:
        return False  # ("reported his shot"; "reported hearing shots" is heard)
    chain = [hearing, *([hearing.head] if hearing.dep_ in ("xcomp", "ccomp", "conj") else [])]
    return not any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ not in ("would",))
                   or (c.dep_ == "aux" and c.lower_ == "to") for v in chain[:1] for c in v.children)


# What police answer: "responded to reports of a shooting", "a 911 call about shots fired".
_CALLS = {"report", "call"}
_ANSWERING = {"respond", "answer", "rush", "race", "arrive", "dispatch", "send", "call", "receive", "get"}


def responded_to_reports(noun: Token) -> bool:
    """Violence the police were called to is reported (round gvc16): "Police responded to reports
    of a shooting on Elm Street", "deputies were dispatched after a call about shots fired",
    "officers received reports of gunfire". Not a possible or suspected one ("calls of a possible
    shooting") nor a report no one answered ("reports of shootings are common")."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("of", "about"):
        return False
    if any(c.lower_ in ("possible", "suspected", "potential", "false", "unconfirmed") for c in noun.children):
        return False
    calls = noun.head.head
    if calls.lemma_.lower() not in _CALLS or calls.pos_ != "NOUN":
        return False
    holder = calls.head.head if calls.dep_ == "pobj" else calls.head if calls.dep_ == "dobj" else None
    return holder is not None and holder.lemma_.lower() in _ANSWERING


# Deaths from a shot: "died of a gunshot to the head", "is dead after a gunshot to the chest".
_DYING = {"die", "dead", "succumb", "perish"}


def _gunshot_to_the_body(noun: Token) -> Token | None:
    """The one who died of "a gunshot to the chest" (round gvc16): "A 22-year-old man is dead after a
    gunshot to the chest", "the boy died from a gunshot to the head". The gunshot must hit a part of
    the body ("to the ..."), and the one who died is the subject of "died" or of "is dead"; None
    otherwise ("a gunshot rang out" is shots_heard's)."""
    if noun.lemma_.lower() != "gunshot" or noun.dep_ != "pobj" or noun.head.lower_ not in ("after", "from", "of") \
            or not any(c.dep_ == "prep" and c.lower_ == "to" for c in noun.children):
        return None
    owner = noun.head.head
    if owner.lemma_.lower() not in _DYING and not any(c.lemma_.lower() in _DYING and c.dep_ in ("acomp", "oprd")
                                                     for c in owner.children):
        return None
    return next((c for c in owner.children if c.dep_ in ("nsubj", "nsubjpass")), None)


# Victims of a kind of violence (event_nouns.tsv rows "victim" needing shooting, gunshot, stabbing)
_VICTIM_NOUNS = {"victim"}
# What responders do with the people a shooting left: they are news of that shooting.
_ATTENDING = {"find", "locate", "discover", "treat", "transport", "take", "rush", "airlift", "evacuate", "carry"}


def victims_attended(noun: Token) -> bool:
    """Victims of a shooting or stabbing whom responders found, treated or took away, or whom the
    police were called to, were shot or stabbed (round gvc16; the victims are the target, no doer
    named): "First responders located seven shooting victims", "Medics treated two stabbing victims
    at the scene", "Police responded to reports of two gunshot victims". A count of victims over a
    period ("There have been 153 gunshot victims this year"), victims as a kind ("a support group
    for gunshot victims") or as speakers ("shooting victims testified") are none."""
    if responded_to_reports(noun):
        return True
    head = noun.head
    if noun.dep_ not in ("dobj", "nsubjpass") or head.lemma_.lower() not in _ATTENDING:
        return False
    return not any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in head.children)


def arrest_made(noun: Token) -> bool:
    """An arrest said to be made is an arrest, whoever made it (round gvc16): "An arrest was made on
    Monday", "two arrests have been made in the case". Not "no arrests have been made" (negated
    elsewhere, and not told here), nor one still to come ("an arrest could be made soon")."""
    head = noun.head
    return noun.lemma_.lower() == "arrest" and noun.dep_ == "nsubjpass" and head.lemma_.lower() == "make" \
        and not any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children) \
        and not any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in head.children)


# Verbs of taking place with no place or time needed in a clause of time: "when the shooting occurred".
_TAKING_PLACE = {"happen", "occur", "unfold", "erupt"}
_WHEN_MARKS = {"when", "as", "after", "before", "while", "once"}


def _happening_told(noun: Token) -> bool:
    """Violence said to take place with neither place nor time named, in a clause of time or with the
    occasion it was part of (round gvc16): "the mother and child were visiting relatives when the
    shooting occurred", "Witnesses said the stabbing happened during a wedding reception", "the
    shooting took place while the family was asleep". Not how or why it happened ("police do not
    know how the shooting happened"), not one negated or wanted."""
    head = noun.head
    lemma = head.lemma_.lower()
    if noun.lemma_.lower() not in _VIOLENCE or noun.dep_ != "nsubj" or noun.tag_ == "NNS" \
            or not (lemma in _TAKING_PLACE or (lemma == "take" and any(c.lower_ == "place" for c in head.children))):
        return False
    kids = list(head.children)
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD")
           or (c.tag_ in ("WRB", "WP", "WDT") and c.lower_ not in _WHEN_MARKS) for c in kids):
        return False  # ("how the shooting happened", "where it occurred")
    if head.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in _WHEN_MARKS for c in kids):
        return True
    return any(c.dep_ == "prep" and c.lower_ in ("during", "at", "inside", "outside", "near", "behind", "in")
               for c in kids) or any(c.dep_ == "advcl" and any(
                   m.dep_ == "mark" and m.lower_ in _WHEN_MARKS for m in c.children) for c in kids)


# Proceedings whose opening is the prosecution itself (eval/events_news.md rule 2: a trial that begins is 173)
_PROCEEDINGS = {"trial", "retrial", "martial", "court-martial"}  # ("court-martial": "martial" its head)
_OPENING = {"begin", "start", "open", "commence", "resume", "get"}


def trial_opened(noun: Token) -> bool:
    """A trial said to begin, whoever is tried and whether or not the tables code them: "Trial begins
    for Kraft shooting suspect", "The murder trial of a suspended employee starts Monday", "the
    retrial of the two officers opened in Cairo" ("get" only as "got under way"). Not one wanted,
    feared or denied ("the trial will not start", "before the trial began" is still told)."""
    head = noun.head
    lemma = head.lemma_.lower()
    if noun.lemma_.lower() not in _PROCEEDINGS or noun.dep_ != "nsubj" or lemma not in _OPENING:
        return False
    if lemma == "get" and not any(c.lower_ in ("underway", "under") for c in head.children):
        return False
    return not any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in head.children)


# Unrest a report may give only its time and place ("the riot lasted for three nights").
_UNREST = {"riot", "rioting", "unrest", "protest", "demonstration", "hijacking", "kidnapping", "arson", "robbery",
           "explosion", "blast"}


# Stances and rules taken against a kind of act (round 11): "Canada's stand against the killing of civilians".
_STANCES = {"stand", "stance", "position", "fight", "struggle", "campaign", "crusade", "opposition", "law",
            "legislation", "measure", "resolution", "safeguard", "protection", "convention", "norm", "speak"}


def _stance_against(noun: Token) -> bool:
    """ "Canada's stand against the indiscriminate killing of civilians is appreciated", "a law
    against the torture of prisoners", "spoke out against the arrest of journalists": what a stance
    or a rule is against is named, not reported (eval/events_gold.md rule 2: a label). A protest,
    a resolution's vote or a war waged against someone is not touched: only the act named after
    "against" is."""
    head = noun.head
    return noun.dep_ == "pobj" and head.lower_ == "against" and head.head.lemma_.lower() in _STANCES


# Verbs that tell what a treaty, law or guarantee covers: "extends to armed attacks on ...".
_SCOPE_VERBS = {"extend", "apply", "cover", "encompass"}


def _scope_of_a_rule(noun: Token) -> bool:
    """ "the Mutual Defense Treaty, which extends to armed attacks on Philippine armed forces",
    "sanctions that apply to arms transfers": what a rule covers is a kind of act, not one that
    happened (unless it is one already told: "applies to the attack of May 3")."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "to":
        verb = head.head
    elif noun.dep_ == "dobj":
        verb = head
    else:
        return False
    return verb.lemma_.lower() in _SCOPE_VERBS and not definite(noun)


# What a drill rehearses when it is no military exercise: "a tornado drill", "an evacuation exercise".
_CIVIL_EMERGENCIES = {"fire", "tornado", "earthquake", "evacuation", "emergency", "disaster", "lockdown", "shooter",
                      "weather", "safety", "flood", "tsunami", "hurricane", "storm", "shelter", "fallout", "quake"}


def _live_fire(word: Token) -> bool:
    """ "live-fire drills", "live fire exercises": firing weapons, a military drill, not a fire drill."""
    i = word.i
    doc = word.doc
    return word.lower_ == "fire" and ((i >= 1 and doc[i - 1].lower_ == "live")
                                       or (i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ == "live"))


def civil_drill(noun: Token) -> bool:
    """ "Schools held a tornado drill", "the fire department conducted an evacuation exercise",
    "Wednesday's drill and the state's Severe Weather Awareness Week": a rehearsal for a fire,
    storm or earthquake is no military exercise (150)."""
    if noun.lemma_.lower() not in EXERCISES:
        return False
    if any(c.lemma_.lower() in _CIVIL_EMERGENCIES and not _live_fire(c)
           for c in noun.children if c.dep_ in ("compound", "amod", "nmod")):
        return True
    words = [t.lower_ for t in noun.sent]
    return any(a == "severe" and b == "weather" for a, b in zip(words, words[1:]))


def _predicated(noun: Token) -> set[str]:
    """What a copula says the subject is: "our support for Ukraine remains ironclad" -> ironclad."""
    head = noun.head
    if noun.dep_ != "nsubj" or head.lemma_.lower() not in ("be", "remain", "stay"):
        return set()
    return {w for c in head.children if c.dep_ == "acomp" for w in (c.lemma_.lower(), c.lower_)}


def _thanks_given(noun: Token) -> bool:
    """ "Thanks to America and to all the partners." (a verbless sentence), "expressed thanks to
    Japan": thanks given; not "thanks to X" as "because of X", which leans on a verb of its own."""
    t = noun
    while t.dep_ in ("conj", "appos") and t.head.i != t.i:
        t = t.head
    if t.dep_ == "dobj" and t.head.lemma_.lower() in _THANKING_VERBS:
        return True
    if not any(c.lower_ == "to" for c in t.children):
        return False  # "Thanks.", "Thanks for coming over": a pleasantry, no one thanked for anything
    if t.dep_ == "ROOT":
        return True
    # "And thanks to all partners for the Patriots, ...": opening the sentence, thanking for
    # something (the parser hangs it on a later verb)
    opening = all(w.pos_ in ("CCONJ", "ADV", "INTJ", "PUNCT") for w in noun.doc[:noun.i])
    thanked_for = any(has_prep(o, "for") for to in t.children if to.lower_ == "to"
                      for o in to.children if o.dep_ == "pobj") or has_prep(t, "for")
    return opening and thanked_for


_THANKING_VERBS = {"express", "extend", "convey", "offer", "give", "send", "voice", "reiterate"}


def definite(noun: Token) -> bool:
    """ "the drills", "these exercises", "its patrol": a mention of something already known."""
    return any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "these", "those", "this", "that", "its", "their")
               # "today's attack", "Sunday's strikes": the day's act, already told
               or (c.dep_ == "poss" and c.ent_type_ in ("DATE", "TIME"))
               for c in noun.children)


def _specific(noun: Token, roles: NounRoles) -> bool:
    """A happening the text pins down: who did it or to whom, where or when."""
    if roles.sources or roles.targets or len(roles.participants) >= 2:
        return True
    # (the cheap pre-parse has no entities: a proper name stands in for a place, so that the
    # sentence gets the full parse that decides)
    unnamed = not noun.doc.has_annotation("ENT_IOB")
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lemma_.lower() in ("in", "near", "on", "at", "over", "along", "off"):
            if any(o.ent_type_ in _PLACE_OR_TIME_ENTS or (unnamed and o.pos_ == "PROPN") for o in prep.subtree):
                return True
            if prep.lemma_.lower() == "near" and any(o.pos_ == "PROPN" for o in prep.subtree):
                return True  # "near Chasiv Yar": a town NER takes for a person
    return any(c.ent_type_ in _TIME_ENTS for c in noun.children)


def _in_purpose_clause(noun: Token) -> bool:
    """ "to prevent attacks", "in order to hold talks": wanted, not done."""
    t = noun
    for _ in range(6):
        if t.head.i == t.i:
            return False
        t = t.head
        if t.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children) \
                and t.dep_ in ("advcl", "xcomp", "acl", "relcl", "ccomp") \
                and not (t.dep_ == "xcomp" and t.head.lemma_.lower() in _ASPECTUAL):
            return True
    return False


def _named_victims(objects: list[Token], root: str) -> list[Actor]:
    """ "the fatal shooting of 15-year-old Javon Wilson", "the stabbing of Maria Lopez", "the killing of
    Tyrone Mills": a person the tables do not know, named as whom violence befell, is one of the
    people (CVL), as the verb's named victim is ("shot and killed Na'lisha Gravely"). Only for
    violence (18-20) and only names the recogniser calls people: "the shelling of Kharkiv" is a place."""
    if root not in _FORCE_ROOTS or not objects or objects[0].head.head.lemma_.lower() not in _HARM_TO_A_PERSON:
        return []  # ("the Battle of Kyiv", "the invasion of Ukraine": no person's harm)
    from .parties import _phrase_text
    return [Actor(_phrase_text(o, with_of=False), "CVL", None, "CVL") for o in objects if _person_named(o)]


# Violence nouns done to one person: their "of" name is whom it befell.
_HARM_TO_A_PERSON = {"shooting", "stabbing", "killing", "murder", "beating", "slaying", "assassination",
                     "strangling", "strangulation", "torture", "kidnapping", "abduction", "wounding"}


# A name the small recogniser calls a person, an organisation or nothing is a person when only
# people undergo the act (docs/events.md "People the small NER misreads"); places, peoples and
# named events ("the Battle of Kyiv") are not.
_PERSON_ENTS = {"PERSON", "ORG", ""}


def _person_named(token: Token) -> bool:
    """A proper name that is no place: "Javon Wilson", "Marcus Bell" (which the small model may call an
    organisation); not "Kharkiv", "Gaza" or the Kyiv of "the Battle of Kyiv"."""
    return token.pos_ == "PROPN" and token.ent_type_ in _PERSON_ENTS


# Wounds that tell someone was shot or stabbed (event_nouns.tsv rows "wound|injury" with gunshot, bullet, stab ...)
_WOUNDS = {"wound", "injury"}
# Verbs whose subject bears the wound that is their object: "had a bullet wound to the head".
_BEARING = {"have", "sustain", "receive", "suffer", "bear", "take"}
_PERSONAL = {"he", "she", "they", "him", "her", "them"}


def wounded(noun: Token, coder: "EventCoder") -> list[Actor]:
    """Who bears a gunshot or stab wound, the victim of a shooting or stabbing whose doer the text
    may not name: "Jones was rushed to a local hospital with a gunshot wound to the chest",
    "officers found a man with gunshot wounds in the alley", "A male was found dead with gunshot
    wounds", "the child also had a bullet wound to the head". A self-inflicted wound is no one's
    act against anyone (eval/events_news.md rule 1), and a wound named as a cause ("the cause was a
    gunshot wound") or as a kind ("treating gunshot wounds") has no bearer: no event."""
    if noun.lemma_.lower() not in _WOUNDS and _gunshot_to_the_body(noun) is None:
        return []
    if any(t.lower_ in ("self", "self-inflicted", "inflicted") for t in noun.subtree if t.i < noun.i):
        return []
    head = noun.head
    holder = _gunshot_to_the_body(noun)  # "is dead after a gunshot to the chest" (gvc16)
    if holder is None and noun.dep_ == "pobj" and head.lower_ == "with":
        owner = head.head
        if owner.pos_ == "ADJ" and owner.dep_ in ("oprd", "acomp", "amod"):
            owner = owner.head  # "found dead with gunshot wounds": who was found
        if owner.dep_ == "pobj" and owner.head.head.pos_ in ("VERB", "AUX"):
            owner = owner.head.head  # "was taken to a hospital with stab wounds": the one taken, not the hospital
        if owner.pos_ in ("NOUN", "PROPN", "PRON"):
            holder = owner  # "a man with gunshot wounds"
        elif owner.pos_ in ("VERB", "AUX"):
            kids = {c.dep_: c for c in owner.children}
            holder = kids.get("dobj") or kids.get("nsubjpass") or kids.get("nsubj")
    elif holder is None and noun.dep_ == "dobj" and head.lemma_.lower() in _BEARING:
        holder = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if holder is None:
        return []
    actors = coder._actors(holder)
    if actors:
        return actors
    if holder.lower_ in _PERSONAL or _person_named(holder):
        from .parties import _phrase_text
        return [Actor(_phrase_text(holder, with_of=False), "CVL", None, "CVL")]
    return []


def noun_roles(match: NounMatch, coder: "EventCoder") -> NounRoles:
    """Who did it, to whom, and who took part, from the noun phrase and the verb it governs."""
    noun, root = match.noun, match.trigger.cameo[:2]
    sources: list[Actor] = []
    targets: list[Actor] = []
    parties: list[Actor] = []
    mutual = root in _MUTUAL_ROOTS
    givers: list[Actor] = []  # who a "from" phrase names: each makes the act on its own
    own_words = set(match.trigger.noun.split()[:-1]) | set(match.trigger.needs)
    bodily = noun.lemma_.lower() in _WOUNDS or _gunshot_to_the_body(noun) is not None
    for c in noun.lefts:
        if c.dep_ == "poss":
            # "Russia's attack"; but "the boy's gunshot wound" is the boy's to bear
            (targets if bodily else sources).extend(coder._actors(c))
        elif c.dep_ in ("amod", "compound", "nmod", "npadvmod"):
            # "Russian missile strikes": the actor may hang on the trigger's own modifier
            found = _modifier_actors(c, coder) if c.lemma_.lower() not in own_words else \
                [a for m in c.lefts if m.dep_ in ("amod", "compound", "nmod") for a in _modifier_actors(m, coder)]
            (parties if mutual else sources).extend(found)
    holders = [noun]
    if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in _BREAKING_OUT:
        holders.append(noun.head)  # "clashes erupted between X and Y": the verb holds the noun's phrases
    for prep in (c for h in holders for c in h.children):
        if prep.dep_ not in ("prep", "agent"):
            continue
        word = prep.lemma_.lower()
        objects = [o for o in prep.children if o.dep_ == "pobj"]
        actors = [a for o in objects for a in coder._actors(o)]
        if word == "by":
            sources += actors
        elif word in ("between", "among", "amongst"):
            parties += actors
        elif word == "from" and (root in _SPOKEN_ROOTS or match.trigger.cameo.startswith("166")):
            sources += actors  # "condemnation from the EU", "the expulsion of diplomats from Germany"
            givers += actors
        elif word == "of" and noun.lemma_.lower() in _INSTRUMENT_NOUNS:
            # "Russia's use of Iranian drones against Ukrainian cities": the "of" phrase is the weapon,
            # and the parser may hang the aim on it
            aims = [w for o in objects for w in prep_objects(o, match.trigger.target_preps, by="lemma")]
            targets += [a for w in aims for a in (coder._actors(w) or coder._possessors(w) or [
                m for c in w.children if c.dep_ in ("amod", "compound") for m in _modifier_actors(c, coder)])]
        elif word == "of":
            if match.trigger.cameo[:3] in _PATIENT_OF_ROOTS or root in _PATIENT_OF_ROOTS:
                targets += actors or _named_victims(objects, root)  # "the arrest of three journalists"
            elif root in _SPOKEN_ROOTS and "of" in match.trigger.target_preps:
                # what is said of someone is said about them (cam17): "Saudi Arabia's criticism of Canada's
                # remarks", "Israel's recognition of Kosovo", "the EU's praise of Serbia" (the row names "of")
                targets += actors or [a for o in objects for a in coder._possessors(o)]
            elif mutual:
                parties += actors  # "an exercise of Russian and Belarusian forces"
            else:
                sources += actors  # "the bombardment of the city" has no actor; "the offensive of X"
        elif word == "with" and any(o.lemma_.lower() == "participation" for o in objects):
            # "with Chinese participation", "with the participation of X"
            parties += [a for o in objects for c in o.children for a in
                        (_modifier_actors(c, coder) if c.dep_ in ("amod", "compound", "poss") else
                         [x for p in ([c] if c.dep_ == "prep" else []) for w in p.children if w.dep_ == "pobj"
                          for x in coder._actors(w)])]
        elif word == "with" and mutual:
            parties += actors  # "talks with Iran"
        elif word in match.trigger.target_preps:
            targets += actors or [a for o in objects for a in coder._possessors(o)]
    if not sources and noun.dep_ == "dobj" and noun.head.lemma_.lower() in _CONDEMNING:
        # "condemned the bombardment of Sumy by Russian troops": an active verb has no agent, so the
        # "by" the parser hangs on it is the condemned act's doer
        sources += [a for w in prep_objects(noun.head, "by", by="lemma") for a in coder._actors(w)]
    if not sources:
        # "the interception of a North Korean missile by Japan": the parser often hangs the
        # "by" phrase on the "of" object
        sources += [a for o in prep_objects(noun, "of", by="lemma")
                    for by in o.children if by.dep_ in ("prep", "agent") and (by.lemma_.lower() == "by" or (
                        by.lemma_.lower() == "from" and match.trigger.cameo.startswith("166")))
                    for w in by.children if w.dep_ == "pobj" for a in coder._actors(w)]
    if all(not a.country for a in sources):
        # "the DPRK's ongoing support to Russia, including the deployment of troops": a part of
        # an act named with its doer is that doer's (through coordination: "and transfer of ...");
        # troops named with no country are the doer's troops
        member = noun
        while member.dep_ == "conj" and member.head.i != member.i:
            member = member.head
        including = member.head if member.dep_ == "pobj" else None
        owners = [a for c in including.head.children if c.dep_ == "poss" for a in coder._actors(c) if a.country] \
            if including is not None and including.lower_ in ("including", "like") \
            and including.head.pos_ == "NOUN" and including.head.i != including.i else []
        if owners:
            country = owners[0].country
            sources = [replace(a, actor=f"{country}{a.sector or ''}", country=country) for a in sources] or owners
    for part in noun.children:
        if part.dep_ in ("acl", "relcl") and part.lemma_.lower() in _HOLDING:
            # "conducted by Russia", "led by the US", "hosted by China"
            sources += [a for agent in part.children if agent.dep_ == "agent"
                        for o in agent.children if o.dep_ == "pobj" for a in coder._actors(o)]
        elif mutual and part.dep_ in ("acl", "relcl") and part.lemma_.lower() in _TAKING_PART:
            parties += _taking_part(part, coder)  # "exercises involving Chinese ships"
    head = noun.head
    if mutual and noun.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in _TAKING_PART:
        parties += _taking_part(head, coder)  # "the drills draw on Belarusian units"
    doing = head if noun.dep_ == "dobj" and head.lemma_.lower() in _DOING_VERBS else \
        head.head if noun.dep_ == "pobj" and head.lemma_.lower() == "in" \
        and head.head.lemma_.lower() in _ENGAGING_VERBS else None
    if doing is None and noun.dep_ == "pobj" and head.lemma_.lower() in ("in", "of") and head.head.dep_ == "dobj" \
            and (head.head.like_num or head.head.lemma_.lower() in _AMOUNTS) \
            and head.head.head.lemma_.lower() in _DOING_VERBS:
        doing = head.head.head  # "announced $2.5 billion in new military assistance for Kyiv"
    if doing is None and noun.dep_ == "ROOT":
        doing = _misparsed_have(noun)
    if doing is None and noun.dep_ == "pobj" and head.lower_ == "with" \
            and head.head.lemma_.lower() in ("retaliate", "respond", "react", "hit", "strike"):
        doing = head.head  # "Beijing retaliated with tariffs on American soybeans"
    if doing is None and noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in _ONSETS \
            and head.head.dep_ == "dobj" and head.head.head.lemma_.lower() in _DOING_VERBS:
        doing = head.head.head  # "The Russian Ministry of Defense announced the start of snap nuclear exercises"
    if doing is None and noun.dep_ == "dobj" and root == "15" and head.lemma_.lower() in _OVERSEEING:
        doing = head  # "Kim Jong Un oversaw the test of a new ICBM": a leader watching his forces' display
    if doing is None and mutual and _there_for(noun):
        doing = head.head  # "The Chinese defense minister is in Moscow for talks with his Russian counterpart"
    if not sources and not (mutual and len(parties) >= 2) and doing is not None:
        # "Iran launched an unprecedented air attack", "the US leveraged new sanctions", "the
        # militants engaged in attacks": whoever carries the act out is the subject of the verb
        doers = coder._sources(doing, doing)
        sources += [a for a in doers if a.actor or a.text.lower() in ("we", "i")]
    if not targets and root in _FORCE_ROOTS:
        # "an air attack against military facilities in Israel": the country attacked
        own = {a.country for a in sources + parties}
        targets += [a for a in coder._noun_places(noun) if a.country not in own]
    setting = setting_verb(noun)
    if setting is not None and mutual and not sources:
        # "In a call with Prime Minister Modi, President Biden reaffirmed ...", "In a phone call,
        # Peres told President Mubarak ...": the clause's subject held it, with whom the noun or
        # the telling verb names
        speakers = [a for a in coder._sources(setting, setting) if a.actor or a.text.lower() in ("we", "i")]
        told = [a for c in setting.children if c.dep_ in ("dobj", "dative") for a in coder._actors(c)] \
            if setting.lemma_.lower() in _TELLING else []
        known = {a.actor for a in parties}
        parties = speakers + parties + [a for a in told if a.actor not in known]
    if mutual and sources and not _given_separately(sources, givers, parties):
        # the host or leader is the first party of a joint act: "hosted by Russia, draw on ..."
        parties = sources + parties
    elif not mutual and parties and not sources:
        sources = parties
        parties = []
    if bodily and not targets:
        targets += wounded(noun, coder)  # "was rushed to a hospital with a gunshot wound"
    if noun.lemma_.lower() in _VICTIM_NOUNS and not targets:
        from .parties import _phrase_text
        targets += [Actor(_phrase_text(noun, with_of=False), "CVL", None, "CVL")]  # "seven shooting victims" (gvc16)
    promised = promised_act(noun)
    if root == "03" and not targets and promised is not None:
        # "Australia's $30 million commitment to provide drones to Ukraine": whom the promised act is for
        # (a party, not a thing: "drones" are no one)
        targets += [a for c in promised.children if c.dep_ in ("dative", "dobj") for a in coder._actors(c)
                    if a.country or a.sector == "IGO"] \
            or [a for o in prep_objects(promised, ("to", "for")) for a in coder._actors(o)
                if a.country or a.sector == "IGO"]
    return NounRoles(sources, targets, parties)


# Nouns of a promise, whose infinitive is what is promised (they are events of their own, 030/033).
PROMISES = {"commitment", "pledge", "promise", "offer", "vow"}


def promised_act(noun: Token) -> Token | None:
    """The act a promise noun promises: the verb of its infinitive ("Australia's $30 million
    commitment to provide drones to Ukraine", "pledges from Japan and Canada to supply Moldova with
    fuel", "an offer to mediate between the two"), or None."""
    if noun.lemma_.lower() not in PROMISES:
        return None
    return next((v for v in noun.children if v.dep_ == "acl" and v.pos_ in ("VERB", "AUX")
                 and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)), None)


def _given_separately(sources: list[Actor], givers: list[Actor], parties: list[Actor]) -> bool:
    """Whether the noun's doers are givers its "from" phrase lists, each making the act on its own,
    not parties acting together: "commitments from the European Commission, Japan, Canada and the
    United Kingdom to provide Ukraine with assistance", "pledges from Germany and France",
    "an offer of talks from Beijing" are each giver's pledge or offer (to the act's target), not a
    pact between the givers. A noun that names its parties too ("a pledge between A and B", "talks
    with Iran") stays a joint act."""
    return bool(givers) and not parties and all(any(s is g for g in givers) for s in sources)


def _misparsed_have(noun: Token) -> Token | None:
    """ "Sullivan and Wang had candid, constructive, and substantive discussions": the parser reads
    "had" as the auxiliary of the first adjective and the noun as the sentence's root; the "had"
    with its subject is the verb that carries the act out."""
    for modifier in noun.children:
        if modifier.dep_ == "amod":
            for aux in modifier.children:
                if aux.dep_ == "aux" and aux.lemma_.lower() == "have" and any(c.dep_ == "nsubj" for c in aux.children):
                    return aux
    return None


def _modifier_actors(token: Token, coder: "EventCoder") -> list[Actor]:
    """Actors a modifier names: "Russian", "US-Russia" (both), "Russian-led" (the leader)."""
    found: list[Actor] = []
    for member in [token, *token.conjuncts]:
        if member.lemma_.lower() in ("lead", "host", "back", "sponsor") and member.tag_ == "VBN":
            # "Russian-led": the actor hangs on the participle
            found += [a for c in member.children if c.dep_ in ("npadvmod", "compound", "amod", "nmod")
                      for a in _modifier_actors(c, coder)]
            continue
        actor = coder.resolver.resolve(member.text)
        if actor is not None and (actor.country or actor.sector == "IGO"
                                  # "the police shooting of an unarmed man": whose force, though no country
                                  or (actor.sector in ("COP", "MIL") and member.dep_ == "compound"
                                      and member.head.lemma_.lower() in _VIOLENCE)):
            found.append(actor)
        for c in member.lefts:  # "US-Russia": "US" hangs on "Russia"
            if c.dep_ in ("compound", "amod", "nmod") and c.pos_ in ("PROPN", "ADJ", "NOUN"):
                found = _modifier_actors(c, coder) + found
    return found


# What an act draws from others that is no part in it (round 11)
_REACTIONS = {"condemnation", "criticism", "rebuke", "protest", "outrage", "ire", "praise", "response", "reaction",
              "censure", "concern", "warning", "fire"}


def _taking_part(verb: Token, coder: "EventCoder") -> list[Actor]:
    """Who a joint act draws in: "involve Chinese ships", "draw on Belarusian units" (not "drew
    condemnation": only "draw on/from" takes part)."""
    found: list[Actor] = []
    drawing = verb.lemma_.lower() == "draw"
    if any(c.dep_ == "dobj" and (drawing or c.lemma_.lower() in _REACTIONS) for c in verb.children):
        # "Russia's strike on Kyiv drew condemnation from the EU", "drew sharp criticism from Washington":
        # who reacts took no part (and what is drawn is no party)
        return found
    for c in verb.children:
        if c.dep_ in ("dobj", "attr") and not drawing:
            found += coder._actors(c)
        elif c.dep_ == "prep" and c.lemma_.lower() in ("on", "from", "with"):
            found += [a for o in c.children if o.dep_ == "pobj" for a in coder._actors(o)]
    return found
