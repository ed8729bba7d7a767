"""The page gate's question: is an event political (a coded party, force or coercion by or on an
actor whose kind makes it political, violence done to people, a crime told as a noun)? Read by the
pipeline to keep events of pages the learned detector does not read as political."""
from __future__ import annotations

from ..records import Event
from .syntax import _PEOPLE_SECTORS, _REPRESSIVE_ROOTS, _STATE_SECTORS, _VIOLENT_ROOTS, is_coded


def is_political(event: Event) -> bool:
    """An event with a coded party, a use of force or coercion by or on an actor whose kind
    alone makes it political ("rebels hijacked a bus", "a soldier was wounded"), or violence done
    to people, though no country is known; "critics asked", "calling the police" are not."""
    parties = [event.source, event.target, *event.participants]
    if any(is_coded(a) for a in parties):
        return True
    if event.cameo[:2] in _VIOLENT_ROOTS | {"17"} and event.target is not None and event.target.sector in _PEOPLE_SECTORS:
        return True  # "a man was shot in the head", "a man was charged with murder": violence, legal action
    if event.cameo[:2] in _VIOLENT_ROOTS | {"14"} and event.source is not None \
            and event.source.sector in _PEOPLE_SECTORS | {"OPP", "CRM"}:
        return True  # "masked youths attacked banks", "thousands of demonstrators rallied": violence, protest
    if event.cameo[:2] in _VIOLENT_ROOTS and any(
            a is not None and a.text.split()[0].rstrip(".") in ("Mr", "Mrs", "Ms", "Miss") for a in parties):
        return True  # "Mr. Garrett then swung it at Mr. Rudolph": a person, not a team or a product
    trigger = (event.trigger or "").lower().split()
    if (event.cameo[:2] in _VIOLENT_ROOTS or event.cameo[:3] == "145") and not any(parties) \
            and trigger and trigger[-1] in _CRIME_NOUNS:
        return True  # "a shooting at a Toledo nightclub left one man dead": no one named, a crime still
    if event.cameo[:3] == "183":
        return True  # "Bomb explodes outside Athens bank": a bombing, whoever set it
    if event.cameo[:2] == "09" and event.source is not None and event.source.sector in ("COP", "JUD", "SPY"):
        return True  # "a police sergeant searched the hotel room": a police investigation
    return event.cameo[:2] in _REPRESSIVE_ROOTS and any(
        a is not None and a.sector in _STATE_SECTORS | {"REB", "CRM"} for a in parties) \
        or ((event.cameo[:2] in _VIOLENT_ROOTS or event.cameo[:3] == "145")
            and any(a is not None and a.sector == "OPP" for a in parties))


# Nouns of crime and unrest no sport or business page uses for its own doings ("attack" it does).
_CRIME_NOUNS = {"shooting", "shootings", "stabbing", "stabbings", "bombing", "bombings", "massacre", "killing",
                "killings", "murder", "murders", "assassination", "riot", "riots", "rioting", "hijacking",
                "kidnapping", "arson", "explosion", "blast", "gunfire", "shootout", "firebombing", "spree",
                "rampage",
                # shots heard or reported to police (nouns.shots_heard; round gvc16): "shots rang out"
                "shot", "shots", "gunshot", "gunshots", "shelling"}


def is_political_force(event: Event) -> bool:
    """A political event of threat, coercion or violence: kept on any page, even one that reads
    as sport or business (pipeline `Pipeline._vouched`)."""
    return event.cameo[:2] in _REPRESSIVE_ROOTS and is_political(event)
