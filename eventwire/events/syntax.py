"""Word lists and readings of the parse that the coder (coder.py) and its rooms (guards.py, modality.py,
political.py) share: which roots harm, which verbs frame an act, passives, coordinated members, phrases,
a match of a trigger."""
from __future__ import annotations

import re

from dataclasses import dataclass
from typing import Iterable

from spacy.tokens import Doc, Token

from ..actors import default_resolver
from ..records import Actor
from . import rules
from .lexicon import Trigger


# Verbs whose complement is not a fact but an intention, a request, a demand, a threat, a
# refusal or a denial; the complement's action decides the sub-code (see _FRAME_CODES).
_INTENT_VERBS = {"agree", "pledge", "promise", "vow", "swear", "commit", "plan", "intend", "offer", "decide",
                 "seek", "want", "hope", "prepare", "aim", "expect", "propose",
                 # adjectives heading the same frame: "is willing to", "is ready to"
                 "willing", "ready", "prepared", "eager", "determined", "keen", "open", "committed"}
_APPEAL_VERBS = {"urge", "call", "ask", "appeal", "request", "encourage", "invite", "press", "pressure", "push"}
_DEMAND_VERBS = {"demand", "insist", "order"}
# A command down a chain of command is carried out; an appeal, even to one's own side
# ("Congress asked the President to..."), stays an appeal.
_COMMAND_VERBS = {"order", "command", "instruct", "direct"}
_REFUSE_VERBS = {"refuse", "decline", "reject", "balk", "resist"}
_THREAT_VERBS = {"threaten", "warn"}
_DENY_VERBS = {"deny", "dismiss", "refute"}
_ACCUSE_VERBS = {"accuse", "blame", "charge", "suspect", "condemn", "criticize", "criticise"}
_ASPECT_VERBS = {"continue", "begin", "start", "keep", "try", "attempt", "resume", "seek", "go", "need"}
_CEASE_VERBS = {"stop", "cease", "halt", "end", "quit", "suspend"}
# Weighing an act is no act yet (cam17): "Kenya said it was considering sending troops to Haiti", "Washington is
# weighing imposing sanctions", "the EU is mulling suspending the deal" are CAMEO 014 (consider policy option).
_CONSIDER_VERBS = {"consider", "weigh", "mull", "contemplate"}
_FRAMES = (("intent", _INTENT_VERBS), ("appeal", _APPEAL_VERBS), ("demand", _DEMAND_VERBS),
           ("refuse", _REFUSE_VERBS), ("threaten", _THREAT_VERBS), ("deny", _DENY_VERBS),
           ("accuse", _ACCUSE_VERBS), ("consider", _CONSIDER_VERBS))
_ATTACK_NOUNS = rules.ATTACK_NOUNS
_DOCUMENT_NOUNS = {"treaty", "agreement", "accord", "convention", "pact", "protocol", "charter", "memorandum",
                   "declaration", "resolution", "act", "law", "bill",
                   "statute", "covenant"}  # cam17: "ratified the Rome Statute" is no act on Italy
# Fighting that kills, named by its sides: "fighting between X and Y killed dozens".
_FIGHTING = {"fighting", "fight", "downing", "clash", "battle", "combat", "hostility", "skirmish", "violence",
             "firefight", "gunfight", "shootout", "war", "conflict"} | _ATTACK_NOUNS
_BLASTS = {"bomb", "bombing", "explosion", "blast", "mine", "minefield", "ied", "shell", "grenade", "landmine",
           "device", "explosive"}
# What a gun or a launcher sends: "a stray bullet killed a girl" names the weapon, not who fired it.
_PROJECTILES = {"bullet", "gunfire", "gunshot", "shot", "shrapnel", "missile", "rocket", "mortar", "artillery"}
# Weapons as the doer of an attack: whose they are the sentence must say (soldiers seizing power in
# their own capital are that country's: "Mutinous soldiers seized power in Gabon"). One list for the
# coder's doers and the guards' "hit by" and "fired" readings.
_WEAPONS = {"drone", "uav", "missile", "rocket", "shell", "bomb", "warplane", "jet", "aircraft", "plane", "bomber",
            "helicopter", "munition", "projectile", "artillery", "mortar", "glide"}
# Non-state people a place can make of a country: civilians, protesters, journalists...
_PEOPLE_SECTORS = {"CVL", "OPP", "MED", "EDU", "LAB", "REF", "HLH", "REL", "BUS", "AGR"}
# Acts a government may turn on its own people.
_REPRESSIVE_ROOTS = {"13", "17", "18", "19", "20"}
_VIOLENT_ROOTS = {"18", "19", "20"}
_STATE_SECTORS = rules.STATE_SECTORS


@dataclass
class _Match:
    verb: Token
    trigger: Trigger
    obj: Token | None


# Acts that harm or coerce people: their unnamed victims are the people of where they happen.
_HARMING_ROOTS = {"17", "18", "19", "20"}
# Legal acts done to people: charged (112), sued (115), convicted or sentenced (116).
_JUDICIAL_CODES = ("112", "115", "116")


def _done_to_people(cameo: str) -> bool:
    """Acts whose victims or subjects, of no stated nationality, are people of the place."""
    return cameo[:2] in _HARMING_ROOTS or cameo.startswith(_JUDICIAL_CODES)


# A bomb going off is a bombing, whoever set it: "A car bomb exploded in Mogadishu".
_BLAST = Trigger("explode", frozenset(), frozenset(), "183", "intrans")
_HARM_VERBS = {"kill", "wound", "injure", "maim", "hurt", "hit", "strike"}
_BOMBS = {"bomb", "ied", "device", "explosive", "explosives", "vest", "landmine", "grenade", "car-bomb"}
# What goes off as a bombing, not as a gas main or a boiler.
_BOMBS = {"bomb", "car-bomb", "ied", "grenade", "explosive", "device", "bombs", "explosives"}


def _harm_in_an_act(verb: Token) -> bool:
    """ "wounded in shooting", "killed in Kabul blast": the harm's verb names the act it came of."""
    return any(o.lemma_.lower() in _FIGHTING | _BLASTS or o.lemma_.lower() in ("shoot", "stab")
               for o in prep_objects(verb, ("in", "during"), deps=("pobj", "pcomp")))


def _headline_participle(verb: Token) -> bool:
    """ "Man charged with murdering mother and sister in Cumbria", "Three killed in Kabul blast":
    a headline drops "is"; its participle on the sentence's head noun tells the news."""
    if verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD") and any(c.dep_ == "nsubj" for c in verb.children):
        return True  # "Kraft shooting: Yvonne Hiller charged with two counts": a clause with its subject
    head = verb.head
    if head.like_num and head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.i < head.i:
        head = head.head.head  # "Father of four killed in shooting"
    labelled = head.dep_ in ("appos", "dep") and head.head.dep_ == "ROOT" \
        and any(t.text == ":" for t in verb.doc[head.head.i:head.i])  # "Breaking: man charged with arson"
    # ("Fleeing suspect arrested": a first word the tagger calls the verb, on the head noun)
    fronted = head.dep_ == "dobj" and head.head.tag_ == "VBG" and head.head.i == 0 and head.head.dep_ == "ROOT"
    return verb.dep_ == "acl" and _participle(verb) and (head.dep_ == "ROOT" or labelled or fronted) \
        and (head.pos_ in ("NOUN", "PROPN", "NUM") or head.lower_ == "old") and head.i < verb.i \
        and not any(t.pos_ in ("VERB", "AUX") and t.dep_ == "ROOT" and not (fronted and t.i == 0) for t in verb.doc)


# "officials accused of corruption": an accusation no one is said to make labels, it does not report
_ALLEGING = {"accuse", "allege", "suspect", "blame", "implicate"}
# ... and so do these, as participles of a noun: "a man charged in the 2007 shooting"
_STATUS_VERBS = _ALLEGING | {"charge", "indict", "convict", "sentence", "jail", "imprison", "detain", "arrest",
                             "prosecute", "wanted", "hold"}  # ("a man being held in a jail on a murder charge")


def _counted_shot(token: Token) -> bool:
    """ "4 shot at party in Rice County", "Four shot during Halloween party": the headline's count
    of people shot, which the tagger reads as a number of shots."""
    return token.lower_ == "shot" and token.pos_ == "NOUN" and token.dep_ == "ROOT" \
        and any(c.dep_ == "nummod" and c.i < token.i for c in token.children) \
        and not any(c.dep_ == "det" for c in token.children)


def _new_victim(verb: Token) -> bool:
    """ "Police identified a man who was killed in a shooting": a passive harm told of someone
    the sentence first introduces (a, an, a number) is reported, not presupposed."""
    return verb.dep_ == "relcl" and _is_passive(verb) and verb.lemma_.lower() in _PATIENT_VERBS \
        and any((c.dep_ == "det" and c.lower_ in ("a", "an")) or c.dep_ == "nummod" for c in verb.head.children)


# Acts whose toll a relative clause may tell ("a shooting ... that left two people dead").
_TOLLED_ACTS = {"shooting", "stabbing", "attack", "bombing", "ambush", "assault", "rampage", "gunfire"}


def _new_toll(verb: Token) -> bool:
    """ "Police are investigating a shooting in Madisonville late Friday night that left two people
    dead", "a stabbing on Saturday that left a man dead": the toll a relative clause tells of an act
    first introduced (a, an) is reported, not presupposed, as a victim first introduced is
    (`_new_victim`). Only "left ... dead/wounded/injured" (harm._toll_left reads the toll)."""
    act = verb.head
    return verb.dep_ == "relcl" and verb.lemma_.lower() in ("leave", "send") and act.lemma_.lower() in _TOLLED_ACTS \
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in act.children) \
        and any(t.lower_ in ("dead", "wounded", "injured", "paralyzed", "paralysed", "hospital", "hospitalized")
                for t in verb.subtree)  # (gvc16: "that left a boy paralyzed", "that sent four men to the hospital")


def _restrictive_relative(verb: Token) -> bool:
    """ "the money NASA requested", "the sanctions we imposed": a relative clause that picks out
    a thing presupposes the act; one set off by a comma ("..., which Moscow began violating")
    reports it. So do its coordinated verbs and its infinitive: "a resolution that aims to
    tighten sanctions and impose a blockade" describes the resolution."""
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head  # "a base that captures X, provides materiel, and contributes to Y"
    if clause.dep_ == "xcomp" and clause.head.dep_ == "relcl":
        clause = clause.head
    if clause is not verb and not _relativized(clause):
        return False  # (a parse's stray relative, "Top stories The House ... voted to recognize")
    if clause.dep_ != "relcl" or _new_victim(clause) or _new_toll(clause):
        return False
    first = min(t.i for t in clause.subtree)
    return first == 0 or clause.doc[first - 1].text not in (",", "—", "–", "-", "(")


def _relativized(clause: Token) -> bool:
    """A relative clause opened by "that", "which", "who", not a cleft ("it is Putin who is to blame")."""
    return clause.dep_ == "relcl" and clause.head.dep_ != "attr" \
        and any(t.tag_ in ("WDT", "WP") or t.lower_ == "that" for t in clause.children if t.i < clause.i)


_FIRST_PERSON = {"we", "i"}
# Group and people words that name someone able to act, beyond the actor tables' roles.
_PEOPLE_NOUNS = {"attacker", "assailant", "someone", "somebody", "gunman", "gunmen", "man", "woman", "men", "women", "people", "group",
                 "militant", "fighter", "youth", "crowd", "mob", "leader", "delegation", "side", "party", "team",
                 "member", "resident", "villager", "student", "worker", "family", "relative", "unit", "force",
                 "sailor", "pilot", "crew", "guard", "agent", "staff", "official", "authority", "administration",
                 "partner", "ally", "country", "nation", "state", "government", "company", "firm", "organization",
                 "organisation", "coalition", "alliance", "bloc", "faction", "movement", "network", "cell",
                 "report", "study", "investigation", "inquiry", "statement", "court", "jury", "panel", "committee",
                 "council", "board", "agency", "ministry", "department", "office", "army", "navy", "police",
                 "militia", "regime", "junta", "opposition", "rebel", "insurgent", "separatist", "terrorist",
                 "hacker", "smuggler", "pirate", "kidnapper", "suspect", "shooter", "bomber", "sniper",
                 "teen", "teenager", "boy", "girl", "person", "individual", "child", "husband", "wife", "father",
                 "mother", "son", "daughter", "neighbor", "neighbour", "citizen", "inmate", "prisoner", "driver",
                 "guard", "gang", "mob", "crowd", "band", "squad", "battalion", "brigade", "regiment", "troop"}
# Endings of nouns that name people by what they do: "attacker", "protestor", "activist", "employee".
_PERSON_SUFFIXES = ("er", "or", "ist", "ant", "ian", "ee")
_THING_NOUNS_LIKE_PEOPLE = {"fee", "decree", "degree", "guarantee", "tree", "coffee", "knee", "spree", "jubilee",
                            "marquee", "pedigree", "settee", "toffee", "puree", "order", "border", "matter", "paper", "letter", "number", "center", "centre", "water",
                            "power", "other", "chapter", "factor", "sector", "error", "monitor", "tractor", "minister",
                            "meter", "filter", "corridor", "vector", "motor", "reactor", "operator", "indicator",
                            "plant", "grant", "account", "amount", "percent", "content", "incident", "moment",
                            "event", "component", "instrument", "element", "argument", "statement", "document",
                            "equipment", "investment", "agreement", "government", "movement", "implement",
                            "cancer", "winter", "summer", "quarter", "newspaper", "computer", "layer", "disaster",
                            # (session 17: "A proposed merger threatens Pentagon interests": a thing)
                            "merger", "transfer", "offer", "shelter", "barrier", "waiver", "charter", "trigger",
                            "banner", "poster", "container", "cluster", "disorder", "tender", "ledger", "character",
                            "chamber", "register", "rumor", "rumour", "humor", "humour", "terror", "theater",
                            "theatre", "answer", "pressure", "failure", "measure", "venture", "procedure", "closure"}


def _named_by_role(lemma: str) -> bool:
    """A noun that names a person by what they do: "attacker", "protestor", "coworker" (not "order")."""
    return lemma.endswith(_PERSON_SUFFIXES) and lemma not in _THING_NOUNS_LIKE_PEOPLE


def is_first_person(actor: Actor | None) -> bool:
    return actor is not None and actor.actor is None and actor.text.lower() in _FIRST_PERSON


def is_coded(actor: Actor | None) -> bool:
    """An actor we can place: a country, or an international, non-state or NGO code."""
    return actor is not None and bool(actor.country or (actor.actor or "").startswith(("IGO", "IMG", "NGO", "MNC")))


def _sentence_lemmas(doc: Doc) -> frozenset[str]:
    """The lower-cased lemmas of a sentence, kept on the doc (every event of it asks)."""
    key = "eventwire.lemmas"
    if key not in doc.user_data:
        doc.user_data[key] = frozenset(t.lemma_.lower() for t in doc)
    return doc.user_data[key]


def _prep_word(prep: Token, by: str) -> str:
    """The preposition as `prep_objects` matches it: its lower-cased text (`by="lower"`) or its
    lower-cased lemma (`by="lemma"`)."""
    if by == "lower":
        return prep.lower_
    if by == "lemma":
        return prep.lemma_.lower()
    raise ValueError(f"by must be 'lower' or 'lemma', not {by!r}")


def _named_preps(token: Token, preps: str | Iterable[str] | None, by: str) -> Iterable[Token]:
    """The token's "prep" children whose word (see `_prep_word`) is in `preps` (a word or a
    collection of them; None for any preposition), in the order of the sentence."""
    if isinstance(preps, str):
        preps = (preps,)  # (never a substring test: "o" is not "on")
    return (p for p in token.children if p.dep_ == "prep" and (preps is None or _prep_word(p, by) in preps))


def prep_objects(token: Token, preps: str | Iterable[str] | None = None, *,
                 deps: tuple[str, ...] | None = ("pobj",), by: str = "lower") -> list[Token]:
    """The objects of the token's prepositions named in `preps`, in the order of the sentence:
    "called on NATO to deploy" gives [NATO] for `prep_objects(called, ("on", "upon"))`, "the
    foreign ministers of India and Pakistan" [India] for `prep_objects(ministers, "of")`, "warned of
    retaliation" [retaliation] for `prep_objects(warned, ("of", "about"), by="lemma")`.

    `preps` is a word or a collection of words (None: any preposition; only children the parser
    labels "prep" count, never "agent" or "dative"); `by="lower"` matches the preposition's
    lower-cased text, `by="lemma"` its lower-cased lemma. `deps` are the labels of the objects
    taken (("pobj", "pcomp") for a clause too: "in shooting"; None for every child of the
    preposition). Each preposition's objects come after the previous one's; nothing is dropped
    or merged."""
    return [o for p in _named_preps(token, preps, by) for o in p.children if deps is None or o.dep_ in deps]


def has_prep(token: Token, preps: str | Iterable[str] | None = None, *, by: str = "lower") -> bool:
    """Whether the token has a preposition named in `preps` (matched as in `prep_objects`),
    whatever its object: "the security of the region" has "of", "talks with Iran" has "with",
    "respond to the letter" has "to"."""
    return any(True for _ in _named_preps(token, preps, by))


def _members(token: Token) -> list[Token]:
    """The coordinated members of a noun phrase. In a list of names ("the US, Russia and
    Switzerland") the parser often reads the second name as an apposition of the first; a
    name apposed to a name, itself heading a coordination, is one more member."""
    members = [token, *token.conjuncts]
    if token.pos_ == "PROPN":
        # ("Biden, Xi meet in California": a headline's two names before a plural verb)
        listed = token.dep_ == "nsubj" and token.head.tag_ in ("VBP", "VB") and token.tag_ == "NNP"
        for appos in (c for c in token.children if c.dep_ == "appos"):
            if appos.pos_ == "PROPN" and (appos.conjuncts or listed):
                members += [appos, *appos.conjuncts]
        if listed and token.i >= 2 and token.doc[token.i - 1].text == ",":
            # ("Russia, China hold joint naval drills": the first name read as an adverbial of the verb)
            first = token.doc[token.i - 2]
            if first.dep_ == "npadvmod" and first.head.i == token.head.i and first.pos_ == "PROPN":
                members = [first, *members]
    return members


# Words that count the parties of a plural subject: "the two leaders", "both sides".
_BOTH = {"two", "both", "three", "four"}


def _joint_subject(subject: Token) -> bool:
    """ "The foreign ministers of India and Pakistan met", "the two leaders met", "both sides
    met": a plural subject that names or counts several parties does the act together; so does a
    "we" they are apposed to (evwar18: "We, the Foreign Ministers of Australia, India, Japan, and the
    United States, met today in Washington")."""
    if subject.lower_ == "we" and subject.tag_ == "PRP":
        named = next((c for c in subject.children if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN")), None)
        return named is not None and (named.tag_ in ("NNS", "NNPS") or named.lower_.endswith("s")) \
            and any(len(_members(o)) > 1 for o in prep_objects(named, "of"))
    if subject.tag_ not in ("NNS", "NNPS"):
        return False
    if any(c.lower_ in _BOTH and c.dep_ in ("nummod", "det", "predet") for c in subject.children):
        return True
    if any(c.dep_ in ("amod", "compound", "nmod") and c.conjuncts
           and (c.ent_type_ in ("NORP", "GPE") or c.pos_ == "PROPN" or default_resolver().country_of(c.text))
           for c in subject.children):
        return True  # "Russian and Ukrainian negotiators met": one noun, two nationalities
    return any(len(_members(o)) > 1 or any(n.lower_ in _BOTH for n in o.children if n.dep_ == "nummod")
               for o in prep_objects(subject, "of"))


# Nouns of a light-verb phrase whose infinitive is the act: "take steps to", "make efforts to".
_STEP_NOUNS = {"step", "measure", "action", "effort", "move", "initiative"}
# Nouns of an intention its owner states or holds, whose infinitive is the owner's intended act:
# "Allies will announce their intention to provide", "reaffirmed its commitment to defend".
# (A commitment, pledge or promise is an event of its own, 030/033: its infinitive is what it promises.)
_INTENT_NOUNS = {"intention", "intent", "plan", "decision", "readiness", "willingness", "determination", "resolve"}


# Verbs whose object may be someone else's act, which the parser can hang as a gerund complement.
_ACTS_AS_OBJECTS = {"investigate", "probe", "condemn", "denounce", "deplore", "report", "confirm", "witness",
                    "film", "record", "mourn", "protest", "describe", "blame", "examine", "review"}


def _locative_participle(v: Token) -> bool:
    """ "protested outside the police station demanding justice": a participle hung on the place
    where the subject acted."""
    return v.dep_ == "acl" and v.tag_ == "VBG" and v.head.dep_ == "pobj" and v.head.head.i != v.head.i \
        and v.head.head.lower_ in ("outside", "in", "at", "near", "on", "into", "through", "before") \
        and v.head.head.head.pos_ in ("VERB", "AUX")


_PAIR_WORDS = {"the two leaders", "the two", "both leaders", "the leaders", "the two presidents", "the two sides",
               "both sides", "the two countries", "both countries", "the two ministers", "the two governments"}
# "the three leaders", "all three countries", "the leaders of the three countries", "the foreign ministers":
# the parties of the meeting just reported, however many
_GROUP_OF_PARTIES = re.compile(
    r"^(?:the|both|all|these)(?: (?:two|three|four|five|2|3|4|5))?"
    r" (?:leaders|presidents|prime ministers|heads of state|heads of government|sides|countries|governments"
    r"|nations|ministers|foreign ministers|defen[cs]e ministers|national security advisors|delegations)"
    r"(?: of the (?:two|three|four|five) (?:countries|nations|governments))?$")


def group_of_parties(words: str) -> bool:
    """Does the phrase name the parties of a joint act as a group ("The two leaders", "the three
    leaders", "All three countries")? Who they are, the document says (`resolve_references`)."""
    words = " ".join(words.lower().split())
    return words in _PAIR_WORDS or _GROUP_OF_PARTIES.match(words) is not None


# Places an attacker takes or enters, on which the parser hangs the attacker's next participle.
_PLACE_NOUNS = {"village", "town", "city", "camp", "settlement", "area", "neighbourhood", "neighborhood",
                "district", "region", "base", "hospital", "school", "market", "building", "compound", "port",
                "airport", "station", "checkpoint", "island", "province", "capital", "outpost", "position",
                "street", "square", "home", "house", "church", "mosque", "prison", "embassy", "office"}


def _participle_after_a_place_taken(v: Token) -> bool:
    """ "The RSF stormed the village of Um Kadada, looting homes and abducting women", "troops entered
    Bucha, killing civilians": a participle with its own object, set off by a comma after a place the
    subject acted on, is the subject's next act (the parser hangs it on the place). "attacked a convoy
    carrying aid" (no comma, no place) keeps the convoy as the one carrying."""
    if v.dep_ != "acl" or v.tag_ != "VBG" or v.head.dep_ != "dobj" or v.head.head.pos_ != "VERB":
        return False
    if not any(c.dep_ == "dobj" for c in v.children) or not any(t.text == "," for t in v.doc[v.head.i:v.i]):
        return False
    place = v.head
    named = place.ent_type_ in ("GPE", "LOC", "FAC") or any(
        o.ent_type_ in ("GPE", "LOC", "FAC") or o.pos_ == "PROPN"
        for p in place.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj")
    return (named or place.lemma_.lower() in _PLACE_NOUNS) \
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in v.head.head.children)


# Words a title leaves in lower case: "Imposing Costs on Russia", "Support for Ukraine".
_TITLE_SMALL_WORDS = {"a", "an", "the", "and", "or", "of", "on", "in", "to", "for", "with", "at", "by", "from", "as",
                      "into", "its", "their", "our", "vs", "via"}


def _heading(verb: Token) -> bool:
    """A fact sheet's heading, not an item: a line in title case with no closing stop ("Imposing
    Economic Costs on Russia", "Strengthening Ukraine's Energy Infrastructure"), or the label that
    leads an item before a colon ("Imposing extensive sanctions on Russia's economy: Today, the
    Departments of the Treasury and State will ..."; the act is told after the colon). A heading
    names a topic; it is no act of the statement's author."""
    sent = verb.sent
    words = [t for t in sent if t.is_alpha]
    if words and not sent[-1].is_punct and (
            all(t.text[0].isupper() or t.lower_ in _TITLE_SMALL_WORDS for t in words)
            # (a Title Case line reaches the parser in sentence case, events/headlines.py: a short
            # line with no stop and no finite verb is the heading still)
            or (len(words) <= 12 and not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in sent))):
        return True
    # (a colon glued to a bracket, "Partners (IPP):", is one token; a label may be set in bold, "**Deepening
    # cooperation with our Pacific partners: **": round evprec19)
    colon = next((t for t in sent if t.is_punct and t.text.endswith(":")), None)
    # (the parser may end the sentence at the colon: the item goes on in the next one)
    told_after = colon is not None and (sent.end - colon.i > 4 or (colon.i == sent.end - 1
                                                                  and len(verb.doc) - sent.end > 4))
    first = label_start(sent)
    return told_after and verb.i < colon.i and first.lower_.endswith("ing") and colon.i - first.i <= 15


def label_start(sent) -> Token:
    """The first word of a sentence, past the bullets and bold marks a fact sheet's label opens with
    ("**Deepening cooperation ...", "• Imposing costs ...")."""
    return next((t for t in sent if not t.is_punct and not t.is_space), sent[0])


def _subjects_hung_on_a_place(verb: Token) -> list[Token]:
    """ "During Putin's recent visit to Pyongyang, Russia and the DPRK committed to ...", "In Beijing,
    Xi and Lula signed ...": with no subject of its own, the verb's subjects are the list between the
    last comma and the verb, which the parser hangs on the place before the comma as its conjuncts."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children) or verb.dep_ != "ROOT":
        return []
    sent = verb.sent
    comma = next((t for t in reversed(sent[:verb.i - sent.start]) if t.text == ","), None)
    if comma is None or comma.i + 1 >= verb.i:
        return []
    between = verb.doc[comma.i + 1:verb.i]
    members = [t for t in between if t.dep_ == "conj" and t.pos_ in ("PROPN", "NOUN")]
    if not members or members[0].head.i > comma.i:
        return []  # the list must hang on a word before the comma
    inside = {i for mbr in members for i in range(min(x.i for x in mbr.subtree if x.i > comma.i),
                                                   mbr.i + 1)}
    if not all(t.i in inside or t.dep_ == "cc" for t in between):
        return []
    return members


# Verbs that state or hold an intention ("announced its plan to"), not ones that end or oppose it
# ("cancel plans to sell", "rejected the decision to").
_STATING_INTENT = {"announce", "confirm", "reaffirm", "reiterate", "declare", "state", "express", "signal", "unveil",
                   "outline", "detail", "make", "take", "have", "voice", "publish", "present"}


def _stated_intention(v: Token) -> bool:
    """An infinitive on an intention noun that is the object of the verb stating or holding it: the
    act is the verb's subject's ("Allies will announce their intention to provide €40 billion", "the
    ministry confirmed its plan to deploy two frigates", "Seoul reaffirmed its commitment to
    defend ..."). Not on an intention that is someone else's ("welcomed Japan's decision to send
    aid": the possessor differs from the subject)."""
    noun = v.head
    if not (v.dep_ == "acl" and noun.lemma_.lower() in _INTENT_NOUNS and noun.dep_ == "dobj"
            and noun.head.i != noun.i and noun.head.pos_ in ("VERB", "AUX")
            and noun.head.lemma_.lower() in _STATING_INTENT
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)):
        return False
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    return owner is None or owner.lower_ in ("its", "their", "our", "my", "his", "her")


# Auxiliaries and verbs that make a clause tell an act to come, not a view of how things are.
_FUTURE_AUX = {"will", "shall", "'ll", "would", "should", "must", "can", "could", "may", "might"}


def _view_stated(verb: Token) -> bool:
    """The verb's clause states how things are, not an act to come (round evprec19, rules.agreeing_on_a_view_is_accord):
    "agreed that the Alliance is poised to stand the test of time", "agreed that their engagement was an important
    exercise" - not "agreed that the two countries will continue to coordinate", "agreed that talks should resume",
    "agreed to meet", "agreed on steps"."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if not clauses or any(c.dep_ in ("xcomp", "dobj") for c in verb.children):
        return False
    return all(not any(a.dep_ in ("aux", "auxpass") and a.lower_ in _FUTURE_AUX for a in clause.children)
               and clause.tag_ != "VB" for clause in clauses)


def _in_process_of(v: Token) -> bool:
    """ "Japan is in the process of providing demining machines", "the ministry was in the process
    of delivering": an act under way, whose doer is the clause's subject."""
    of, process = v.head, v.head.head
    if not (v.dep_ == "pcomp" and v.tag_ == "VBG" and of.lower_ == "of" and process.lemma_.lower() == "process"
            and process.dep_ == "pobj"):
        return False
    into = process.head
    return into.lower_ == "in" and into.head.pos_ in ("VERB", "AUX") and into.head.i != into.i


def _subject_chain(verb: Token) -> Iterable[Token]:
    """The verb, then the verbs it inherits a subject from (coordination, control, adverbials,
    "is willing to X")."""
    v = verb
    for _ in range(6):
        yield v
        if v.dep_ == "acl" and v.head.lemma_.lower() in _STEP_NOUNS and v.head.dep_ == "dobj" \
                and v.head.head.i != v.head.i:
            v = v.head.head  # "Allies will take further steps to strengthen cooperation": the Allies will
        elif _stated_intention(v):
            v = v.head.head  # "Allies will announce their intention to provide": the Allies intend
        elif _in_process_of(v):
            v = v.head.head.head.head  # "Japan is in the process of providing": Japan provides
        elif _participle_after_a_place_taken(v):
            v = v.head.head  # "stormed the village, looting homes and abducting women": the attackers loot
        elif _locative_participle(v):
            # "protested outside the police station demanding justice": the protesters demand, not
            # the station (the parser hangs the participle on the nearest noun)
            v = v.head.head.head
        elif v.dep_ == "xcomp" and v.tag_ == "VBG" and v.head.lemma_.lower() in _ACTS_AS_OBJECTS:
            return  # "Toledo police investigate shooting at club": the shooting is not theirs
        elif v.dep_ == "attr" and v.tag_ == "VBG" and v.head.lemma_.lower() == "be" and v.head.i < v.i \
                and not any(c.dep_ == "det" for c in v.children):
            # "Qatar is mediating between Israel and Hamas": the parser makes "is" the verb and the
            # progressive participle its attribute (not "the problem is the fighting")
            v = v.head
        elif (reporter := _reporters_next_act(v)) is not None:
            v = reporter  # "Zelensky said Moscow was stalling and called for tougher sanctions": Zelensky called
        elif (v.dep_ in ("conj", "xcomp", "advcl", "pcomp", "acomp")
              or (v.dep_ == "dep" and v.tag_ in ("VBD", "VBZ", "VBP") and v.head.pos_ == "VERB" and v.head.i < v.i)
              # (a complement with no subject and no "that" after a verb with no object: the verb
              # before was a participle on the subject, "an employee recently let go ... opened fire")
              or (v.dep_ == "ccomp" and v.tag_ in ("VBD", "VBZ", "VBP") and v.head.pos_ == "VERB" and v.head.i < v.i
                  and not any(c.dep_ in ("mark", "nsubj", "nsubjpass") for c in v.children)
                  and not any(c.dep_ == "dobj" for c in v.head.children))) and v.head.i != v.i:
            # ("bought a shotgun, then returned and opened fire", "a former employee recently let go
            # from his job opened fire": a clause the parser leaves loosely attached, or calls the
            # complement of a verb before it, shares the subject before it)
            v = v.head
            # "united in our response and in condemning the attacks": through coordinated prepositions
            while v.pos_ == "ADP" and v.head.i != v.i:
                v = v.head
        else:
            return


_REPORTING_VERBS = {"say", "tell", "add", "state", "declare", "insist", "argue", "note", "write", "stress"}
# Verbal acts a speaker goes on to do after what he said: "said the talks had failed and urged Russia to withdraw".
_SPEAKERS_NEXT_ACTS = {"call", "urge", "demand", "appeal", "vow", "pledge", "promise", "ask", "welcome", "praise",
                       "condemn", "warn", "announce", "offer", "express", "thank"}


def _reporters_next_act(verb: Token) -> Token | None:
    """The reporting verb whose speaker also does `verb`, when the parser hung the speaker's next act on
    the clause he reported: "The minister said the talks had failed and urged Russia to withdraw" ("urged"
    a conjunct of "failed"), "Zelensky said Moscow was doing everything to prevent a meeting and called for
    tougher sanctions", "Macron said Europe must rearm and called on allies to raise spending". Only a
    verbal act in the reporting verb's own tense after a reported clause that has its own auxiliary, modal
    or copula; "said Russia attacked Kyiv and threatened Odesa" keeps Russia as the threatener. None if not."""
    if verb.dep_ != "conj" or verb.lemma_.lower() not in _SPEAKERS_NEXT_ACTS \
            or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return None
    node = verb.head
    for _ in range(6):
        if node.dep_ == "ccomp" and node.head.lemma_.lower() in _REPORTING_VERBS and node.head.i < node.i < verb.i:
            reporter = node.head
            framed = node.lemma_.lower() == "be" or any(c.dep_ in ("aux", "auxpass") for c in node.children)
            return reporter if framed and reporter.tag_ == verb.tag_ else None
        if node.head.i == node.i:
            return None
        node = node.head
    return None


# Participles that state a stance, not something done to the subject: "Vietnam is committed
# to reform", "Israel is opposed to French mediation" - the subject holds the stance.
_STANCE_PARTICIPLES = {"commit", "oppose", "determine", "prepare", "dedicate", "devote", "resolve"}


_FEELING_VERBS = rules.FEELING_VERBS


def _is_passive(verb: Token) -> bool:
    """ "were killed", and the reduced "soldiers killed in Ukraine", "a member jailed last year"."""
    if verb.lemma_.lower() in _STANCE_PARTICIPLES and not any(c.dep_ == "agent" for c in verb.children):
        return False
    if verb.lemma_.lower() in _FEELING_VERBS:
        return False  # "the United States is troubled by the reports": the subject feels, and says so
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return True
    if verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children):
        return True  # "Boy, 3, killed by father": a headline's participle with its agent
    if _counted_shot(verb):
        return True  # "4 shot at party"
    if _reduced_passive(verb):
        return True
    if verb.dep_ == "conj" and verb.tag_ in ("VBN", "VBD") and verb.head.tag_ in ("VBN", "VBD") \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return _is_passive(verb.head)  # "was shot and killed": the second verb shares the passive
    if verb.dep_ in ("xcomp", "oprd") and verb.tag_ == "VBN" and verb.lemma_.lower() in _PATIENT_VERBS \
            and verb.head.lemma_.lower() in _FOUND_VERBS and not any(c.dep_ == "dobj" for c in verb.children):
        return True  # "a man was found shot to death", "left wounded": the subject underwent it
    if _left_harmed(verb):
        return True
    if fronted_participle(verb) or inverted_participle(verb):
        return True
    return verb.dep_ == "acl" and _participle(verb) and not misread_main_verb(verb)


def fronted_participle(verb: Token) -> bool:
    """ "Charged with impaired driving, man was wearing bright green", "Arrested on Friday, the
    teenager was released on bail": a participle that opens the sentence, with no subject of its own,
    is a passive said of the main clause's subject (evlgl17)."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBN" and verb.i == verb.sent.start \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj") for c in verb.children) \
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.i > verb.i for c in verb.head.children)


def inverted_participle(verb: Token) -> bool:
    """ "Arrested were Darryl Keith Warden, 44, ... and Sheila D. Williams, 41", "Charged in the case
    is Mark Smith": a police report's inverted passive, the participle first and its subject after
    "were"/"is" (evlgl17)."""
    return verb.i == verb.sent.start and verb.tag_ == "VBN" and verb.dep_ == "ROOT" \
        and any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "be" and c.i > verb.i for c in verb.children) \
        and bool(inverted_subjects(verb))


def inverted_subjects(verb: Token) -> list[Token]:
    """The subjects after an inverted participle's "were": on the verb or on its "were"."""
    holders = [verb] + [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.lemma_ == "be"]
    return [c for h in holders for c in h.children if c.dep_ in ("nsubj", "nsubjpass", "attr") and c.i > verb.i
            and c.pos_ in ("PROPN", "NOUN")]


def misread_main_verb(verb: Token) -> bool:
    """ "Russian forces conducted at least 12 ground attacks near Kupyansk": the tagger reads the
    sentence's verb as a participle on its subject (a noun left as the root); a participle that
    directly follows that noun and takes a direct object is the main verb, active, and the noun
    its subject."""
    head = verb.head
    return verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD") and head.dep_ == "ROOT" \
        and head.pos_ in ("NOUN", "PROPN") and verb.i == head.i + 1 and any(c.dep_ == "dobj" for c in verb.children)


def misread_attack_noun(verb: Token) -> Token | None:
    """ "A school was damaged in Russian shelling on Monday", "homes were hit in Israeli bombing": the
    tagger reads the attack noun as a gerund clause on the main verb and the nationality before it as the
    preposition's object. Returns that nationality (the doer of the act the gerund names), else None."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "pcomp", "acl") or verb.i < 2 \
            or any(c.dep_ in ("dobj", "nsubj", "aux") for c in verb.children):
        return None
    before = verb.doc[verb.i - 1]
    # (the cheap first parse has no entities: a capitalised word there; the caller codes it)
    if before.dep_ != "pobj" or before.ent_type_ not in ("NORP", "GPE", "") or not before.text[:1].isupper() \
            or before.head.i != verb.i - 2 \
            or before.head.lower_ not in ("in", "by", "under", "amid", "during"):
        return None
    return before


def _left_harmed(verb: Token) -> bool:
    """ "A drive-by shooting left two men wounded": the object of "left" underwent the harm."""
    return verb.tag_ == "VBN" and verb.lemma_.lower() in _PATIENT_VERBS and verb.dep_ in ("advcl", "xcomp", "oprd", "ccomp") \
        and verb.head.lemma_.lower() == "leave" and any(c.dep_ == "dobj" for c in verb.head.children) \
        and not any(c.dep_ in ("dobj", "nsubj", "nsubjpass") for c in verb.children)


def _participle(verb: Token) -> bool:
    """A past participle, or a patient verb the tagger calls a past tense where only the participle
    fits ("Grandparents charged in fatal shooting": no object, hung on a noun)."""
    return verb.tag_ == "VBN" or (verb.tag_ == "VBD" and verb.lemma_.lower() in _PATIENT_VERBS
                                  and not any(c.dep_ in ("dobj", "nsubj") for c in verb.children))


# Verbs that report a state the subject was found in: "was found shot", "left wounded".
_FOUND_VERBS = {"find", "leave", "see", "discover", "report", "confirm", "declare", "pronounce"}
# Verbs a subject does not do without an object: with a subject and no object, in a
# headline's clipped style, the subject underwent it ("Teen shot and killed in Overland",
# "Two journalists detained in Minsk").
_PATIENT_VERBS = {"kill", "shoot", "wound", "injure", "arrest", "detain", "abduct", "kidnap", "jail", "execute",
                  "behead", "assassinate", "murder", "imprison", "slay", "stab", "hospitalize", "hospitalise",
                  # ("Man charged with murdering mother", "Teacher sentenced to 10 years")
                  "charge", "indict", "convict", "sentence", "accuse", "deport", "extradite", "fine",
                  "book"}  # ("Man booked for teen assault")


def _reduced_passive(verb: Token) -> bool:
    return verb.tag_ in ("VBD", "VBN") and verb.lemma_.lower() in _PATIENT_VERBS \
        and any(c.dep_ == "nsubj" for c in verb.children) \
        and not any(c.dep_ == "nsubj" and c.tag_ == "PRP" for c in verb.children) \
        and not any(c.dep_ == "mark" for c in verb.children) \
        and not any((c.dep_ in ("dobj", "dative", "ccomp", "xcomp", "attr", "oprd", "aux", "acomp")
                     # ("Man shot dead outside bar": "dead outside bar" misread as the object)
                     and not (c.dep_ == "dobj" and c.left_edge.lower_ == "dead" and c.left_edge.i == verb.i + 1)
                     and not (c.dep_ in ("oprd", "acomp") and c.lower_ == "dead")  # ("Teen shot dead in Chicago")
                     # ("Police officer shot in Chicago, two men arrested": a headline's first clause, round 13)
                     and not (c.dep_ == "ccomp" and c.i < verb.i and verb.doc[verb.i - 1].dep_ != "punct"
                              and any(t.text == "," for t in verb.doc[c.i:verb.i])))
                    or (c.dep_ == "prep" and c.lemma_.lower() in ("at", "into", "toward", "towards", "on", "back")
                        and any(o.dep_ in ("pobj", "pcomp") for o in c.children))  # ("police shot at during a stop")
                    or (c.dep_ == "advmod" and c.lower_ in ("dead", "back"))
                    or (c.dep_ == "npadvmod" and (c.like_num or c.pos_ == "NUM"))  # "Air defences shot down 25 of 30 drones"
                    for c in verb.children) \
        and not any(c.dep_ in ("dobj", "dative") for v in verb.conjuncts for c in v.children)  # "shot and killed a soldier"


# Nouns of an aim stated with "to": "it is the policy of the United States to ...", "our goal is to ...".
_AIM_NOUNS = {"policy", "goal", "aim", "intention", "objective", "priority", "plan", "mission", "purpose"}
_VEHICLES = {"car", "truck", "lorry", "vehicle", "bus", "train", "van", "tram", "motorcycle", "suv", "tractor",
             "driver", "motorist", "pickup", "sedan"}
# Causes of death that are no one's attack.
_ACCIDENTS = {"crash", "accident", "collision", "derailment", "fire", "blaze", "flood", "flooding", "earthquake",
              "storm", "hurricane", "typhoon", "cyclone", "avalanche", "landslide", "mudslide", "stampede",
              "heatwave", "drowning", "outbreak", "illness", "disease", "overdose", "quake", "tremor", "aftershock",
              "tsunami", "eruption", "wreck", "mishap", "hit-and-run", "tornado", "wildfire", "plague", "virus",
              "epidemic", "pandemic", "cholera", "ebola", "infection"}
_DECLINING = {"decline", "refuse"}
_SILENT = {"respond", "reply", "return", "reach", "answer"}
# Information withheld is a comment declined: "did not provide further information", "gave no details"
_WITHHOLDING = {"provide", "give", "offer", "disclose", "release"}
_WITHHELD = {"information", "detail", "comment", "explanation", "specific", "specifics", "response", "answer"}
# what is declined: "declined to comment", "... to elaborate", "declined to say how many", "refused to
# confirm the report", "declined to identify the officials" (not "declined to discuss X with Y": talks)
_COMMENTING = {"comment", "elaborate", "say", "specify", "disclose", "confirm", "identify", "reveal",
               "speculate", "detail"}
# --- recall from reading news (round 11, docs/events.md) -------------------------------------------
# What an attack leaves behind tells the attack: "The attack left one officer dead and three people
# wounded", "a series of attacks left 130 people dead". The attack noun is no doer (`_unnamed_subject`);
# its modifiers ("A Russian strike") are, and the rules give 18 when no one of arms is named.
_TOLL_LEFT = Trigger("leave (a toll)", frozenset(), frozenset(), "190", "obj")


# Buildings whose fire is a blaze: "a bank fire", "the warehouse fire", "a house fire".
_BUILDINGS = {"bank", "house", "home", "store", "shop", "supermarket", "building", "factory", "warehouse", "apartment",
              "hotel", "church", "school", "office", "mall", "restaurant", "club", "nightclub", "hospital", "plant",
              "barn", "tenement", "market", "mosque", "temple", "theatre", "theater", "cinema"}


def _building_fire(noun: Token) -> bool:
    """ "Three killed in Athens bank fire", "died in a house fire in Leeds", "a warehouse blaze":
    a fire named by the building that burned (round 13, ECB+)."""
    return noun.lemma_.lower() in ("fire", "blaze") and any(
        c.dep_ == "compound" and c.lemma_.lower() in _BUILDINGS for c in noun.children)


# --- round evwar18 ------------------------------------------------------------------------------------
# What a denial after a comma takes back: "..., a charge Abu Dhabi denies"
_CHARGE_NOUNS = {"charge", "accusation", "allegation", "claim", "assertion"}
_DENYING = {"deny", "dismiss", "refute", "reject", "dispute"}


def charge_denied_after(verb: Token) -> Token | None:
    """The reported clause a trailing "a charge X denies" follows (evwar18). The parser makes "Sudan's army
    has accused the Emirates of supplying the RSF with weapons, a charge Abu Dhabi denies" one sentence whose
    head is "denies", with the accusation as its complement; but the accusation is stated and the denial is
    the accused's answer (016), as in "..., an allegation Moscow rejects", "..., a claim Kyiv disputes".
    Returns that complement (the stated clause) when `verb` is such a denial, else None."""
    if verb.lemma_.lower() not in _DENYING:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    words = list(subject.subtree)
    first = words[0]
    if first.i == 0 or verb.doc[first.i - 1].text != "," or first.lower_ not in ("a", "an", "the"):
        return None
    if not any(w.lemma_.lower() in _CHARGE_NOUNS for w in words):
        return None
    return next((c for c in verb.children if c.dep_ == "ccomp" and c.i < first.i), None)
