"""Precision on national and international news (issue #9, round 11): matches that are no event there.

Reading every event the coder gave on 41 news documents no eval set uses (war, security, diplomacy,
politics, business, sport and science; eval/events_prec11/) found these classes of wrong events; each
is one named rule over a trigger match, run with the other no-event rules of `coder._NOT_EVENTS`
(tests in tests/test_event_precision_news.py). Each takes (match, source, target, undergone) like
those rules and says True when the match states no event.
"""
from __future__ import annotations

from ..records import Actor

# Diseases and natural forces: what they kill or destroy is no one's act (eval/events_news.md rule 6).
_NATURAL_DOERS = {"plague", "epidemic", "pandemic", "virus", "disease", "outbreak", "flu", "influenza", "cholera",
                  "ebola", "covid", "covid-19", "coronavirus", "measles", "malaria", "famine", "drought", "cancer",
                  "illness", "infection", "earthquake", "quake", "tremor", "aftershock", "storm", "hurricane",
                  "typhoon", "cyclone", "tornado", "flood", "flooding", "tsunami", "landslide", "mudslide",
                  "avalanche", "wildfire", "heatwave", "blizzard", "eruption", "volcano"}


def disease_or_disaster_as_doer(m, source: Actor | None, target: Actor | None, undergone: bool) -> bool:
    """ "the Black Death spread across Europe, killing up to 60 percent of its population", "the
    plague killed thousands", "a cholera outbreak has killed 40": a disease or a natural force
    harms no one by an act (the coder already drops "the earthquake killed 300"). "Soldiers
    spreading cholera" or "a bomb" are doers of another kind and keep the event."""
    if m.trigger.cameo[:2] not in ("17", "18", "19", "20") or source is None or source.actor:
        return False
    words = source.text.lower().replace("’s", "").replace("'s", "").split()
    return bool(words) and (words[-1] in _NATURAL_DOERS or words[-2:] == ["black", "death"])


# Who clubs and companies hire and fire: "hiring/firing a coach or director" is [] (events_news.md rule 6).
_FIRING_VERBS = {"sack", "fire", "dismiss", "axe", "ax", "oust", "replace", "remove"}
_STAFF_ROLES = {"boss", "manager", "coach", "player", "striker", "goalkeeper", "midfielder", "defender",
                "captain", "ceo", "executive", "chairman", "chairwoman", "director", "employee", "staff",
                "worker", "editor", "presenter", "host", "anchor", "conductor", "trainer", "skipper"}


def staff_sacked_by_a_club_or_company(m, source: Actor | None, target: Actor | None, undergone: bool) -> bool:
    """ "The Portuguese boss had been out of work since being sacked by Manchester United",
    "the network fired its chief executive": a club or a company firing its manager, coach or
    staff is sport or business (eval/events_news.md rule 6), whatever country the person is
    from. A state sacking an official ("Ukraine's president sacked the head of the army") is not
    touched: its doer is coded."""
    if m.trigger.cameo[:2] != "17" or m.verb.lemma_.lower() not in _FIRING_VERBS:
        return False
    if source is not None and source.actor and source.sector not in ("BUS", None, ""):
        return False
    fired = [c for c in m.verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if m.verb.dep_ in ("acl", "advcl", "pcomp") and not fired:
        fired = [m.verb.head]  # ("since being sacked by Manchester United": the clause's subject)
        fired += [c for v in m.verb.head.ancestors for c in v.children if c.dep_ in ("nsubj", "nsubjpass")][:1]
    words = {t.lemma_.lower() for f in fired for t in f.subtree}
    if target is not None:
        words |= set(target.text.lower().split())
    return bool(words & _STAFF_ROLES)


# What one is entitled or eligible to do: a right, not a deed.
_ENTITLED = {"entitle", "entitled", "eligible"}


def what_one_is_entitled_to(m, source: Actor | None, target: Actor | None, undergone: bool) -> bool:
    """ "the judge ruled that the agents were entitled to detain people who were present", "states
    are entitled to defend themselves", "refugees are eligible to receive aid": a right or an
    entitlement states no act (coder._not_permitted takes "not authorized to"). "Authorized forces
    to deploy" is an order carried out and is kept."""
    verb = m.verb
    head = verb.head
    if verb.dep_ != "xcomp" or head.i == verb.i:
        return False
    if head.lemma_.lower() in _ENTITLED or head.lower_ in _ENTITLED:
        return True
    # "have the right to strike back": a right held, not used
    return head.lemma_.lower() == "right" and head.pos_ == "NOUN"


NOT_EVENTS = (disease_or_disaster_as_doer, staff_sacked_by_a_club_or_company, what_one_is_entitled_to)
