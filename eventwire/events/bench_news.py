"""Precision on the bench articles (issue #9, round 12): matches that are no event there.

Reading every event the coder gave on the articles of odd position among the 216 that
bench/events_diff.py codes (TR-News and LGL local and national news; eval/events_prec12/) found these
classes of wrong events; each is one named rule over a trigger match, run with the other no-event
rules of `guards._NOT_EVENTS` (tests in tests/test_event_precision_bench.py). Each takes (match,
source, target, undergone) like those rules and says True when the match states no event.
"""
from __future__ import annotations

from ..records import Actor
from .syntax import prep_objects

# Verbs of an appeal (02) whose object is asked to do something.
_APPEALING = {"ask", "urge", "call", "appeal", "encourage", "implore", "beg", "invite", "remind", "request"}
# The public as a crowd of individuals: residents, donors, a congregation, an audience.
_THE_PUBLIC = {"resident", "public", "donor", "congregation", "worshipper", "parishioner", "volunteer", "viewer",
               "reader", "listener", "fan", "driver", "motorist", "parent", "traveler", "traveller", "tourist",
               "commuter", "consumer", "customer", "shopper", "homeowner", "visitor", "passenger", "everyone",
               "anyone", "neighbor", "neighbour"}
# (not "community": "we call on the international community to do the same" asks states)


def appeal_to_the_public(m, source: Actor | None, target: Actor | None, undergone: bool) -> bool:
    """ "Spokeswoman Sandy Holmes is asking potential donors to stay away", "the police chief urged
    residents to register for the alert system", "the governor stopped in Moorhead, urging state
    residents to join the flood fight", "we're asking our donors to remember the rescue": advice or a
    charity's plea to the public is no appeal between political actors (CAMEO 02 asks another actor
    for a policy, aid or a meeting; guards._advice_to_the_public takes "warned drivers"). An appeal
    to a government, a country's people named as such ("urged Ukrainians to stand firm") or
    protesters is kept."""
    if m.trigger.cameo[:2] != "02" or m.verb.lemma_.lower() not in _APPEALING:
        return False
    if target is not None and target.actor and target.sector not in ("CVL", None, ""):
        return False
    asked = [c for c in m.verb.children if c.dep_ in ("dobj", "nsubjpass")]
    asked += prep_objects(m.verb, "on")  # "called on residents to ..."
    return bool(asked) and all(a.lemma_.lower() in _THE_PUBLIC for a in asked)


# Verbs of a plot: what is plotted has not been done.
_PLOTTING = {"plot", "conspire", "scheme"}
# Verbs of a plan, which threatens only when a political actor announces it (eval/events_gold.md rule 4).
_PLANNING = {"plan", "prepare", "intend"}


def plotted_or_planned_crime(m, source: Actor | None, target: Actor | None, undergone: bool) -> bool:
    """ "police arrested two teenagers accused of plotting a terror attack", "admitted to having
    plotted to execute a base employee", "prosecutors said Abdulkader planned to murder the military
    official": a plot, or a crime a private person planned, did not happen and threatens no one
    (eval/events_gold.md rules 2 and 4; the arrest or sentence is coded). A plan a state or an armed
    group announces ("Russia is preparing to invade", "the rebels plan to attack the city") stays a
    threat, and a plot carried out ("the attack they plotted killed 12") keeps its verb."""
    if m.trigger.cameo[:2] not in ("13", "18", "19", "20"):
        return False
    v = m.verb
    for _ in range(3):
        if v.dep_ not in ("xcomp", "dobj", "conj", "pcomp") or v.head.i == v.i:
            return False
        v = v.head
        lemma = v.lemma_.lower()
        if lemma in _PLOTTING or v.lower_ in ("plotting", "plotted"):
            return True
        if lemma in _PLANNING:
            return source is None or not source.actor or source.sector in ("CRM", "CVL", "")
    return False


# Titles of a town's or county's own government and staff.
_LOCAL_TITLES = {"mayor", "alderman", "aldermen", "selectman", "selectmen", "councilman", "councilmen", "councilwoman",
                 "councillor", "councillors", "councilor", "councilors", "assessor", "assessors"}
# Bodies that are local when a town or county qualifies them, or when they stand bare ("the council").
_LOCAL_BODIES = {"council", "commission", "commissioner", "commissioners", "board", "supervisors", "manager"}
_LOCAL_PLACES = {"city", "county", "town", "municipal", "village", "borough", "parish", "township"}
# Words that make a council or commission a national or international one ("the Security Council",
# "the European Commission", "the National Security Council").
_NOT_LOCAL = {"security", "european", "eu", "national", "federal", "un", "u.n.", "world", "international", "atlantic",
              "state", "human", "rights", "election", "electoral", "ministerial", "trade", "energy", "nuclear"}
# What a body does in its own sittings: voice concern, agree, meet or discuss, ask, turn down.
_PROCEEDINGS_ROOTS = {"01", "02", "03", "04", "12"}


def _local(actor: Actor | None) -> bool:
    """Whether the party's own words name a town's or county's council, members or staff ("Paris City
    Council", "Mayor Jesse Freelen", "the council", "Madison County commissioners"); never an
    international or national body ("the UN Security Council", "the European Commission")."""
    if actor is None or (actor.actor or "").startswith(("IGO", "NGO")):
        return False
    words = {w.lower().strip(".,:") for w in actor.text.replace("’s", "").replace("'s", "").split()}
    if words & _NOT_LOCAL:
        return False
    if words & _LOCAL_TITLES:
        return True
    bodies = words & _LOCAL_BODIES
    if bodies == {"manager"}:
        return bool(words & _LOCAL_PLACES)  # "the city manager", not "the campaign manager"
    # "the council", "Commissioners": bare, qualified by a town or county, or a title before names
    # ("Commissioners Stanley Thomas and John Pethel")
    text = [w.lower().strip(".,:") for w in actor.text.split() if w.lower() != "the"]
    named = [w for w in actor.text.split() if w[:1].isupper() and w.lower() != "the"
             and w.lower().strip(".,:") not in bodies | _LOCAL_PLACES]
    return bool(bodies) and (bool(words & _LOCAL_PLACES) or not named or text[:1][0] in bodies)


def proceedings_of_a_local_body(m, source: Actor | None, target: Actor | None, undergone: bool) -> bool:
    """ "Paris City Council asked the city manager to expand the plan", "the city manager asked
    council members directly", "Mayor Jesse Freelen agreed", "the council rejected a disannexation
    request and discussed the budget", "commissioners voted to dismiss the assessors": a town's or
    county's council, its members and staff asking, agreeing, discussing and deciding among
    themselves are its own sittings, with no CAMEO category (eval/events_news.md rule 5, a domestic
    regulation or appointment). A local body dealing with another party ("the mayor of Kyiv met the
    German chancellor", "the council condemned the attack") or asking for something outside ("the
    mayor of Mariupol called for a humanitarian corridor") is kept."""
    if m.trigger.cameo[:2] not in _PROCEEDINGS_ROOTS or not (_local(source) or _local(target)):
        return False
    if (source is not None and not _local(source) and source.actor) or (target is not None and not _local(target)):
        return False  # another party: a state, a company, a coded person
    if m.trigger.cameo[:2] == "02":
        # an appeal stays inside the body only when it asks the body's own people
        asked = [c for c in m.verb.children if c.dep_ in ("dobj", "nsubjpass")]
        return bool(asked) and all(a.lower_ in _LOCAL_TITLES | _LOCAL_BODIES or a.lemma_.lower() in ("member", "staff")
                                   for a in asked)
    return True


NOT_EVENTS = (appeal_to_the_public, plotted_or_planned_crime, proceedings_of_a_local_body)
