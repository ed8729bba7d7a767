"""Matches that are no event in ACE 2005-style news (issue #9, session 13, eval/events_ace16/).

Writing 300 sentences in the registers of the ACE 2005 corpus (2003-era newswire, broadcast-news
transcripts, weblogs) found these classes of wrong events: a court appeal coded as an appeal to
someone (020), a campaign rally coded as a protest (141), a resignation no one demanded coded as
acceding to a demand (083), an act told after "without" coded as done. Each rule takes (match,
source, target, undergone) like the other rules of `guards._NOT_EVENTS` and says True when the
match states no event; tests in tests/test_event_ace16.py.
"""
from __future__ import annotations

import re

from spacy.tokens import Token

from ..records import Actor
from ..times import WEEKDAY_NAMES
from .rules import LONE_ATTACKERS
from .lexicon import Trigger
from .syntax import _BLASTS, _FIGHTING, _PROJECTILES

# What a court appeal is against: a decision of a court or of the authorities about a person.
_LEGAL_DECISIONS = {"conviction", "verdict", "sentence", "ruling", "judgment", "judgement", "acquittal",
                    "extradition", "deportation", "sentencing", "decision", "case", "order", "fine", "penalty"}
# Who appeals in court, or hears the appeal.
_LEGAL_PARTIES = {"court", "judge", "justice", "lawyer", "attorney", "defendant", "prosecutor", "prosecution",
                  "defence", "defense", "counsel", "tribunal", "panel"}
# What a court does with an appeal.
_APPEAL_HANDLING = {"file", "lodge", "hear", "reject", "uphold", "dismiss", "deny", "win", "lose", "grant", "consider",
                    "review", "launch", "submit"}


def court_appeal(word: Token) -> bool:
    """ "Lawyers for the former minister filed an appeal against his conviction", "the cleric appealed
    the verdict", "the Supreme Court heard arguments in the appeal of a Guantanamo detainee": an appeal
    in court (ACE 2005's Justice.Appeal) asks a higher court to undo a decision; it is no appeal to
    anyone for aid, a policy or a meeting (CAMEO 02), and maps to no CAMEO event. "Lawyers appealed
    for calm" and "the UN appealed to donors" stay appeals. `word` is the verb "appeal" or the noun."""
    if word.lemma_.lower() not in ("appeal", "appeals"):
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("for", "to") and not any(
            g.lemma_.lower() in _LEGAL_PARTIES | _LEGAL_DECISIONS for g in c.subtree) for c in word.children):
        return False  # "appealed for calm", "an appeal to donors"
    own = {t.lemma_.lower() for t in word.subtree}
    if own & _LEGAL_DECISIONS:
        return True  # "appealed the verdict", "an appeal against his conviction"
    head = word.head
    if word.pos_ == "NOUN" and head.lemma_.lower() in _APPEAL_HANDLING:
        return True  # "filed an appeal", "heard the appeal", "rejected his appeal"
    if word.dep_ == "pobj" and head.head.lemma_.lower() in _LEGAL_PARTIES | _APPEAL_HANDLING | {"argument", "hearing"}:
        return True  # "heard arguments in the appeal of", "a ruling on the appeal"
    subject = next((c for c in (head if word.pos_ == "NOUN" else word).children
                    if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.lemma_.lower() in _LEGAL_PARTIES


def appeal_in_court(m, source: Actor | None, target: Actor | None, undergone: bool) -> bool:
    """The verb rule of `court_appeal`: "the cleric appealed the verdict", "his lawyers filed an appeal
    against the sentence", "prosecutors lodged an appeal", "the Supreme Court agreed to consider the
    appeal" (no policy option considered, 014). (A court rejecting an appeal stays a rejection, 12:
    rules.court_denying_a_request_rejects.)"""
    if m.trigger.cameo[:2] not in ("01", "02", "03"):
        return False
    if m.verb.lemma_.lower() == "appeal":
        return m.trigger.cameo[:2] == "02" and court_appeal(m.verb)
    return m.obj is not None and court_appeal(m.obj)


# Ground a force takes ("take" rows of 192 in data/event_triggers.tsv).
_GROUND = {"city", "town", "village", "airport", "airfield", "air base", "airbase", "base", "port", "hill", "stronghold",
           "capital"}


def ground_not_taken(m, source: Actor | None, target: Actor | None, undergone: bool) -> bool:
    """ "Tourists took the train to the city", "took a bus from the airport": the town is where one
    goes, not what is taken; "rebels took the town of Goma" and "took over the city" take it (192)."""
    return m.verb.lemma_.lower() == "take" and m.trigger.cameo == "192" and m.obj is not None \
        and m.obj.lemma_.lower() in _GROUND and m.obj.dep_ not in ("dobj", "nsubjpass")


# Rallies of an election campaign or a celebration, not a protest.
_CAMPAIGN_WORDS = {"campaign", "election", "electoral", "reelection", "re-election", "pep", "victory", "fundraising",
                   "fund-raising", "primary", "caucus", "inaugural"}


def campaign_rally(m, source: Actor | None, target: Actor | None, undergone: bool) -> bool:
    """ "Kerry held a campaign rally in Toledo", "the senator staged an election rally in Des Moines",
    "thousands attended a victory rally for the president-elect": a candidate's rally is campaigning,
    no protest (CAMEO 14 is dissent against someone). "Opposition supporters held a rally against the
    election results" stays a protest."""
    if m.trigger.cameo[:2] != "14":
        return False
    rally = m.obj if m.obj is not None and m.obj.lemma_.lower() in ("rally", "meeting", "event") else None
    if rally is None:
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("against", "over") for c in rally.children):
        return False
    return any(c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in _CAMPAIGN_WORDS for c in rally.children)


# Words of pressure that make a resignation an accession to demands (CAMEO 0832).
_PRESSURE = {"pressure", "protest", "demand", "call", "scandal", "criticism", "outcry", "ultimatum", "force",
             "oust", "unrest", "impeachment", "confidence", "demonstration", "resignation", "amid", "blame",
             "accusation", "allegation", "failure", "defeat", "condemnation", "uproar", "rally", "strike", "revolt",
             "riot", "backlash", "furore", "furor", "fire", "row", "dispute"}


def resignation_not_demanded(m, source: Actor | None, target: Actor | None, undergone: bool) -> bool:
    """ "Mahmoud Abbas resigned as Palestinian prime minister after four months in office", "he has
    stepped down as chairman", "the minister resigned for health reasons": a resignation with no
    demand, protest or scandal in the sentence is a change of post (ACE 2005's End-Position), no
    accession to demands for a change in leadership (CAMEO 0832, our 083). "The interior minister
    resigned amid mass protests" and "stepped down under pressure from the army" stay 083."""
    if m.trigger.cameo != "083" or m.verb.lemma_.lower() not in ("resign", "step"):
        return False
    if m.verb.dep_ in ("xcomp", "ccomp") and not any(c.dep_ == "nsubj" and c.lower_ in ("i", "we")
                                                      for c in m.verb.children):
        # "agreed to resign", "declined to resign", "announces that he is resigning": framed, kept; a quoted
        # "I resign with a heavy heart, ...," Bond wrote is the resignation itself (evlgl17)
        return False
    # (the resignation's own letter or speech is no demand for it: "I resign with a heavy heart, ...,"
    # Bond wrote in a resignation letter; evlgl17)
    said = [t for t in m.verb.doc if not (t.lemma_.lower() == "resignation" and (
        t.dep_ == "compound" or t.head.lemma_.lower() in _OWN_WORDS))]
    words = {t.lemma_.lower() for t in said} | {t.lower_ for t in said}
    return not words & _PRESSURE


# What one resigns in: a resignation's own letter, speech or statement.
_OWN_WORDS = {"letter", "speech", "statement", "announcement", "note", "message", "email", "e-mail"}


def act_done_without(m, source: Actor | None, target: Actor | None, undergone: bool) -> bool:
    """ "The two ministers met in Cairo without reaching agreement on Gaza", "the troops took the
    town without firing a shot", "left without signing the accord": an act told after "without" did
    not happen."""
    verb = m.verb
    return verb.tag_ == "VBG" and verb.dep_ in ("pcomp", "pobj") and verb.head.lower_ == "without"


# What a court does when it agrees to take a case up.
_COURT_TAKING_UP = {"hear", "review", "consider", "take", "examine", "rule"}


def court_taking_up_a_case(m, source: Actor | None, target: Actor | None, undergone: bool) -> bool:
    """ "The Supreme Court agreed to hear the appeal of the Guantanamo prisoners", "the court agreed to
    review the case", "a federal judge agreed to consider the motion": a court taking a case up is its
    procedure, no intent to cooperate with anyone (CAMEO 03)."""
    if m.trigger.cameo[:2] != "03" or source is None or source.sector != "JUD":
        return False
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in _COURT_TAKING_UP for c in m.verb.children)


# Words of a verdict or a charge, whose "of"/"for"/"with" names the crime (besides guards._LEGAL_ACTS,
# which holds only harm): "found guilty of providing material support", "convicted of selling arms".
_VERDICT_WORDS = {"guilty", "innocent", "convict", "charge", "sentence", "jail", "imprison", "arrest", "indict",
                  "acquit", "prosecute", "try", "detain", "plead", "execute", "fine", "punish", "extradite"}
# (Not "accused of": "Ukraine accuses Russia of sending the tanks" is left as it was; guards._the_crime_charged
# leaves it too.)


def crime_in_a_verdict(m, source: Actor | None, target: Actor | None, undergone: bool) -> bool:
    """ "A federal jury found the Lackawanna man guilty of providing material support to al-Qaida", "the
    exporter was convicted of selling missile parts to Iran", "the banker was charged with transferring
    funds to Hamas": what a verdict or a charge says someone did is the charge, told as background to
    the legal act (coded), whatever its code (guards._the_crime_charged takes harm the same way)."""
    verb = m.verb
    prep = verb.head if verb.dep_ == "pcomp" else None
    if prep is None or prep.lower_ not in ("of", "for", "with") or prep.head.i == prep.i:
        return False
    holder = prep.head
    if holder.lemma_.lower() in ("guilty", "innocent"):
        # a verdict ("found guilty of", "pleaded guilty to"), not a judgement ("the army was guilty of
        # violating the ceasefire 70 times": the violations are told)
        return holder.head.lemma_.lower() in ("find", "plead", "declare", "rule", "prove", "judge", "adjudge")
    return holder.lemma_.lower() in _VERDICT_WORDS


_SCORE = re.compile(r"(?<![\d-])\d{1,3}-\d{1,3}(?![\d-])")  # "11-2", "31-7", "6-5": a game's score


# Words that make a sentence with a score about harm after all.
_HARM_WORDS = {"dead", "death", "die", "body", "wound", "wounded", "injure", "injured", "gun", "shoot", "shooting",
               "shot", "stabbing", "stab", "knife", "attack", "gunman", "gunfire", "bomb", "police", "hospital",
               "murder", "victim", "people", "person", "man", "woman", "child", "civilian", "soldier", "officer",
               "fan", "supporter", "riot"}


def beaten_in_a_game(m, source: Actor | None, target: Actor | None, undergone: bool) -> bool:
    """ "The Sox got killed again tonight, 11-2", "Liverpool were slaughtered 5-0 at Anfield", "we
    murdered them 42-3": a team beaten by a score is no violence."""
    if m.trigger.cameo[:2] not in ("18", "19", "20"):
        return False
    doc = m.verb.doc
    if not _SCORE.search(doc.text):
        return False
    words = {t.lemma_.lower() for t in doc if t.i != m.verb.i} | {t.lower_ for t in doc if t.i != m.verb.i}
    return not words & _HARM_WORDS


def shipping_out_oneself(m, source: Actor | None, target: Actor | None, undergone: bool) -> bool:
    """ "My brother ships out to Kuwait next month", "the unit shipped out for Iraq on Monday": someone
    shipping out leaves for a posting; it expels no one (the generated "ship out" row, 166, is for
    "shipped out the diplomats")."""
    verb = m.verb
    return verb.lemma_.lower() == "ship" and m.trigger.cameo == "166" \
        and not any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children)


# Why the wounded or the dead are flown: their care or their return, not a deployment.
_CARE = {"wounded", "injured", "treatment", "hospital", "medical", "remains", "body", "coffin", "casualty", "evacuate",
         "evacuation", "sick", "injury"}


def the_wounded_flown_out(m, source: Actor | None, target: Actor | None, undergone: bool) -> bool:
    """ "The soldiers who were wounded in Sunday's ambush are being flown to Germany for treatment",
    "the bodies of the three soldiers were flown home": flying the wounded or the dead sends no
    force (the row "fly troops", 154, is for "troops were flown from Germany to Turkey")."""
    if m.trigger.cameo != "154" or m.verb.lemma_.lower() not in ("fly", "airlift"):
        return False
    words = {t.lemma_.lower() for t in m.verb.doc} | {t.lower_ for t in m.verb.doc}
    return bool(words & _CARE)


# Named entity types of a date or a time: "on Friday", "on March 3".
_TIME_ENTS = {"DATE", "TIME"}
_DAYS = WEEKDAY_NAMES | {"weekend"}


def called_on_someone(call: Token) -> bool:
    """Whether "call" asks someone ("called on NATO to discuss", "called upon the parties to talk"), not
    a phone call placed on a day: "Bush called Putin on Friday to discuss the Iraq resolution" (ACE 2005's
    Phone-Write; sources._frame_of reads a call to talk as a call, not an appeal)."""
    for prep in (c for c in call.children if c.dep_ == "prep" and c.lower_ in ("on", "upon")):
        objects = [o for o in prep.children if o.dep_ == "pobj"]
        if objects and all(o.ent_type_ in _TIME_ENTS or o.lower_ in _DAYS for o in objects):
            continue
        return True
    return False


# Agreements an act is done under: its terms, not what it acts on.
_FRAMEWORKS = {"deal", "agreement", "accord", "plan", "treaty", "pact", "arrangement", "ceasefire", "truce",
               "framework", "roadmap", "understanding", "deal"}


def framework_of_the_act(word: Token) -> bool:
    """ "Israeli troops withdrew from Bethlehem under a security deal", "the prisoners were freed under
    the Oslo accords", "troops pulled back under the ceasefire agreement": the agreement an act is done
    under is no object of the act (targets._objects leaves it out, so "withdraw" + "deal", 127, does not
    match and the withdrawal is one, 087)."""
    return word.dep_ == "pobj" and word.head.lower_ in ("under", "per") and word.lemma_.lower() in _FRAMEWORKS


# Works and shows, which "bomb", "kill" or "destroy" as successes and flops.
_WORKS = {"speech", "show", "film", "movie", "album", "song", "joke", "debut", "sequel", "concert", "book", "novel",
          "episode", "performance", "ad", "advert", "commercial", "pitch", "band", "comedy", "musical", "gig", "sitcom"}
# (not "series" or "set": "a series of attacks left 130 people dead")


def work_that_bombs_or_kills(m, source: Actor | None, target: Actor | None, undergone: bool) -> bool:
    """ "Bush's speech last night bombed", "the new Radiohead album just destroys everything else out this
    year", "the sequel killed at the box office": a work or a show that bombs, kills or destroys is a flop
    or a hit, no violence."""
    if m.trigger.cameo[:2] not in ("18", "19", "20"):
        return False
    subject = next((c for c in m.verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lemma_.lower() in _WORKS and not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in subject.children)


def _year_long_ago(token: Token) -> bool:
    """ "in 1258", "in 680", "since 1099": a year before 1900, not a count of something ("in 1500 homes")."""
    if not (token.is_digit and 2 <= len(token.text) <= 4 and 100 <= int(token.text) < 1900):
        return False
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if following is not None and following.pos_ in ("NOUN", "PROPN"):
        return False
    return token.i > 0 and token.doc[token.i - 1].lower_ in ("in", "since", "of", "by", "until", "around", "circa")


def long_ago(m, source: Actor | None, target: Actor | None, undergone: bool) -> bool:
    """ "Historians estimate that the Mongols killed millions when they sacked Baghdad in 1258", "the
    Battle of Karbala in 680 killed Imam Hussein", "Napoleon's army withdrew from Moscow in 1812": what
    happened centuries ago is history told, no news event (a year before 1900 in the clause)."""
    chain = [m.verb]
    while chain[-1].dep_ in ("advcl", "conj", "xcomp", "relcl", "ccomp") and chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    # the year dates the act's own clause or a finite clause of time on it ("when they sacked Baghdad in 1258"),
    # not a participle describing something ("stormed the fortress, built in 1700, on Tuesday")
    dated = {v.i for v in chain} | {c.i for v in chain for c in v.children if c.dep_ == "advcl"
                                    and any(k.dep_ in ("nsubj", "nsubjpass") for k in c.children)}
    # or the act that is the clause's subject: "The Battle of Karbala in 680 killed Imam Hussein"
    dated |= {c.i for v in chain for c in v.children if c.dep_ in ("nsubj", "nsubjpass")}
    return any(_year_long_ago(t) and t.head.head.i in dated for t in chain[-1].subtree)


# What explodes by accident: vehicles, tanks and plants, not bombs.
_ACCIDENTAL_BLASTS = {"tanker", "truck", "lorry", "boiler", "gas", "pipeline", "tank", "cylinder", "plant", "factory",
                      "reactor", "furnace", "main", "depot", "warehouse", "well", "fireworks", "firework", "battery"}
_ATTACK_WORDS = {"bomb", "explosive", "explosives", "suicide", "attack", "attacker", "militant", "insurgent", "device",
                 "rigged", "packed", "booby-trapped", "detonate", "bomber", "terrorist", "sabotage", "rocket", "missile"}


def killed_by_an_accidental_blast(m, source: Actor | None, target: Actor | None, undergone: bool) -> bool:
    """ "The tanker exploded on the highway, killing the driver", "a gas cylinder blew up in a restaurant,
    injuring 12": harm told by a participle of an explosion of a vehicle, a tank or a plant, with no bomb or
    attacker in the sentence, is an accident (like "died in a house fire": guards._accident)."""
    if m.trigger.cameo[:2] not in ("18", "19") or m.verb.dep_ not in ("advcl", "conj"):
        return False
    blast = m.verb.head
    if blast.lemma_.lower() not in ("explode", "blow", "burst", "detonate", "ignite", "go"):
        return False
    subject = next((c for c in blast.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lemma_.lower() not in _ACCIDENTAL_BLASTS:
        return False
    return not {t.lemma_.lower() for t in m.verb.doc} & _ATTACK_WORDS


# Vehicles made into bombs, and the words that say so.
_VEHICLES = {"car", "truck", "van", "vehicle", "tanker", "bus", "motorcycle", "motorbike", "ambulance", "boat", "lorry",
             "minibus", "pickup", "suv", "cart", "bicycle", "taxi"}
_LADEN = {"pack", "lade", "laden", "load", "rig", "fill", "stuff", "packed", "loaded", "rigged", "filled", "stuffed"}
_CHARGES = {"explosive", "explosives", "bomb", "bombs", "tnt", "dynamite", "ied", "device"}


def rigged_vehicle(subject: Token) -> bool:
    """ "A car packed with explosives exploded near the embassy", "a truck laden with explosives blew up
    outside the U.N. headquarters", "a booby-trapped car went off": a vehicle made into a bomb explodes
    as a bombing (triggers._blast, 183)."""
    if subject.lemma_.lower() not in _VEHICLES:
        return False
    if any(c.lower_ in ("booby-trapped", "explosive-laden", "explosives-laden", "bomb-laden")
           or (c.lemma_.lower() in ("trap", "lade", "laden") and any(g.lower_ in ("booby", "explosive", "explosives", "bomb")
                                                                   for g in c.children))
           for c in subject.children):
        return True  # ("booby-trapped" parsed as "booby" "-" "trapped")
    return any(c.dep_ in ("acl", "amod") and c.lemma_.lower() in _LADEN
               and any(t.lemma_.lower() in _CHARGES for t in c.subtree) for c in subject.children)


def private_travel(m, source: Actor | None, target: Actor | None, undergone: bool) -> bool:
    """ "The suspect flew to Mexico after the shooting", "the couple travelled to Spain", "refugees
    travelled to the border": a trip by a private person or a suspect is no state visit (042); officials
    flying or travelling to a capital visit it ("the Israeli prime minister flew to Washington"). So is
    an arrival ("Munene arrived in the UK from Nairobi in 2002", "the family arrived in Canada as
    refugees"; "Blinken arrived in Kyiv" stays a visit; evlgl17)."""
    if m.trigger.cameo != "042" or m.verb.lemma_.lower() not in ("fly", "travel", "arrive"):
        return False
    return source is None or source.actor is None or source.sector in ("CRM", "CVL", "BUS", "EDU", "MED") \
        or source.text.lower().split()[-1] in LONE_ATTACKERS | {"suspect", "suspects"}  # ("the gunman": REB)


def bought_from_no_state(m, source: Actor | None, target: Actor | None, undergone: bool) -> bool:
    """Arms bought with no state named as the seller are procurement, not a transfer between parties (072
    needs a giver): "Germany and the Netherlands will buy Raytheon's Stinger missile", "Poland bought 250
    Abrams tanks" (a company or no one sells); "Egypt bought 24 fighters from the United States" stays 072
    (session 13: the corpus' fact sheet on allies' purchases)."""
    if m.verb.lemma_.lower() not in ("buy", "purchase") or m.trigger.cameo[:2] != "07":
        return False
    return source is None or not source.country


NOT_EVENTS = (bought_from_no_state, private_travel, the_wounded_flown_out, appeal_in_court, ground_not_taken, campaign_rally, resignation_not_demanded, act_done_without, court_taking_up_a_case,
              crime_in_a_verdict, beaten_in_a_game, shipping_out_oneself, work_that_bombs_or_kills, long_ago,
              killed_by_an_accidental_blast)


# --- session 14 (eval/events_ace17/)
# Harm done to people (as harm._HARM_TO_A_PERSON_VERBS).
_HARM_VERBS = {"kill", "wound", "injure", "hurt", "maim"}


def attack_noun_misparsed_as_modified(verb: Token) -> bool:
    """ "The blast, which ripped through a crowded market in Baquba, killed at least 18 people", "The
    explosion, heard across the city, killed nine": after a relative clause or an appositive the small
    parser may hang the main verb on the attack noun as a modifier; a past-tense verb (VBD, or a VBN
    right after the closing comma: "The blast, which tore through a busy street in Karachi, killed at least 12
    people") with an object of its own is the noun's predicate, and its victims underwent the attack
    (session 14, eval/events_ace17/; used by harm._undergone and guards._label). Not "the bombing killed"
    read right (nsubj, harm._undergone), nor "the attack ordered by the general" (a participle, no object)."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN") or verb.lemma_.lower() not in _HARM_VERBS:
        return False
    noun = verb.head
    if verb.tag_ == "VBN" and not (verb.i > 0 and verb.doc[verb.i - 1].text == ","):
        return False  # (a participle only right after the clause's closing comma)
    return noun.lemma_.lower() in _FIGHTING | _BLASTS | _PROJECTILES and noun.i < verb.i \
        and any(c.dep_ == "dobj" for c in verb.children)


# The wounded who die later: no doer named, the attack told before (190, as "died of his wounds").
_WOUNDED_DIED = Trigger("die (the wounded)", frozenset(), frozenset(), "190", "from")
_THE_WOUNDED = {"wounded", "injured"}


def wounded_who_died(verb: Token) -> Token | None:
    """ "Two of the wounded, a woman and her 6-year-old son, later died in hospital", "one of the injured died
    overnight", "two more of the injured died overnight", "one of the wounded Iraqis died on Sunday": people wounded in an attack told before who die
    are killed in it (ACE 2005's Life.Die; session 14, eval/events_ace17/). The subject counting them is
    returned. Not "the wounded were flown out" (no death), nor "two of the passengers died" (no wound), nor "one of the
    injured climbers died" (injured, with no attack in the sentence: an accident)."""
    if verb.lemma_.lower() != "die":
        return None
    if not any(t.lower_ == "wounded" for t in verb.doc) and not any(
            t.lemma_.lower() in _FIGHTING | _BLASTS | _PROJECTILES for t in verb.doc):
        return None  # the injured of an attack ("the toll from the bombing"), not of a fall or a crash
    for subject in verb.children:
        if subject.dep_ != "nsubj":
            continue
        if subject.lower_ in _THE_WOUNDED and any(k.lower_ == "the" for k in subject.children):
            return subject  # "the wounded died"
        if any(p.dep_ == "prep" and p.lower_ == "of" and p.head in (subject, *subject.children) and any(
                o.lower_ in _THE_WOUNDED or any(a.dep_ == "amod" and a.lower_ in _THE_WOUNDED for a in o.children)
                for o in p.children) for p in subject.subtree):
            return subject  # ("two more of the injured", "one of the wounded Iraqis")
    return None


# Protests said to have taken place, no one named: "there were protests in at least sixty cities" (141).
_PROTESTS_THERE_WERE = Trigger("protest (there were)", frozenset(), frozenset(), "141", "none")
_PROTEST_NOUNS = {"protest", "demonstration", "rally", "march", "riot", "sit-in"}


def protests_there_were(verb: Token) -> Token | None:
    """ "there were protests in at least sixty cities around the world this weekend", "there was a big
    demonstration outside the U.S. embassy in Seoul today", "there have been anti-war rallies in every major
    city": a protest said to have taken place is a demonstration though no one is named (as
    local_news.protest_held for "a rally was held"; session 14, eval/events_ace17/). The protest noun is
    returned. Not "there were no protests", "there will be a march" (modal), nor "there were calls for
    protests" (the noun is not the subject)."""
    if verb.lemma_.lower() != "be" or not any(c.dep_ == "expl" and c.lower_ == "there" for c in verb.children):
        return None
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ in ("attr", "nsubj") and c.lemma_.lower() in _PROTEST_NOUNS
                 and not any(k.dep_ == "det" and k.lower_ == "no" for k in c.children)), None)


# Critics and reviewers: what they "slaughter", "savage" or "kill" is a work they review.
_REVIEWERS = {"critic", "reviewer", "review", "audience", "fan", "viewer", "reader"}


def work_panned(m, source: Actor | None, target: Actor | None, undergone: bool) -> bool:
    """ "The critics slaughtered the new Matrix movie", "reviewers savaged his second album", "the sequel was
    killed by the critics": a work attacked by critics, or any work that is the object of a killing or
    destroying verb, is panned, no violence (as `work_that_bombs_or_kills` for the work as subject;
    session 14, eval/events_ace17/). Not "the bombing of the film studio" (a place, not a work)."""
    if m.trigger.cameo[:2] not in ("18", "19", "20"):
        return False
    done_to = [c for c in m.verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if any(c.lemma_.lower() in _WORKS and not any(k.dep_ == "prep" and k.lower_ == "of" for k in c.children)
           for c in done_to):
        return True
    doers = [c for c in m.verb.children if c.dep_ == "nsubj"] + [
        o for p in m.verb.children if p.dep_ == "agent" for o in p.children if o.dep_ == "pobj"]
    return any(d.lemma_.lower() in _REVIEWERS for d in doers) and target is None


# Employers outside the state: newsrooms, companies, clubs and teams.
_EMPLOYERS = {"network", "newspaper", "paper", "channel", "station", "magazine", "company", "firm", "club", "team",
              "studio", "publisher", "broadcaster", "airline", "bank", "university", "school", "league"}


def staff_fired_by_an_employer(m, source: Actor | None, target: Actor | None, undergone: bool) -> bool:
    """ "the network fired its correspondent for giving an interview to Iraqi television", "the newspaper
    sacked its editor", "the club fired its coach": a firm, newsroom or club dismissing its own staff is no
    sanction by a state (172 is kept for a government or a leader firing officials: "Putin fired his prime
    minister"; session 14, eval/events_ace17/)."""
    if m.trigger.cameo != "172" or m.verb.lemma_.lower() not in ("fire", "sack", "dismiss"):
        return False
    subject = next((c for c in m.verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lemma_.lower() in _EMPLOYERS and (source is None or source.actor is None
                                                                             or source.sector in ("MED", "BUS"))


NOT_EVENTS += (work_panned, staff_fired_by_an_employer)
