"""Incidents: events from different sentences and documents that describe one happening.

The rule (docs/linking.md), deterministic and explainable:

  * code family: the same CAMEO root, or any of the exercise/posture roots 06 and 15;
  * parties: the coded countries of the two events do not conflict.  A joint action (two or
    more participants) matches another whose coded parties are a subset or superset of its
    own; a directed one matches when neither its source nor its target country differs
    from the other's (a role left uncoded or empty matches anything).  Two events neither
    of which has a coded party need other evidence (below);
  * date: each date (YYYY, YYYY-MM or YYYY-MM-DD) is the period it names; the periods must
    overlap, a day being widened by DAY_SLACK days.  With a shared named exercise or
    operation the slack is NAMED_SLACK days, and undated events link only through a shared
    name;
  * place: when both have coordinates, some place of one lies within MAX_KM of some place
    of the other;
  * a shared name (Event.names, compared without case, spaces or punctuation) is the
    strongest evidence;
  * kind: an event without a CAMEO code is compared by its trigger lemma's family (triggers.py);
  * no coded party on either side: the same report, or a shared name; across reports the same
    day and a shared place name, or a person both reports name (`people`, document id -> names;
    PEOPLE_SLACK days, NAMED_SLACK with a shared place too).

A month or a year overlapping a date, without a shared name, also needs coded parties on both
sides, one's within the other's.
An event joins the best-scoring incident all of whose events it is compatible with (ties: the
oldest incident); with none it starts a new incident, whose id is `i:<its event id>`.
"""
from __future__ import annotations

import calendar
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Iterable, Mapping
from urllib.parse import urlsplit

from ..records import Actor, Event
from .triggers import trigger_family

EXERCISE_ROOTS = frozenset({"06", "15"})
DAY_SLACK = 1
NAMED_SLACK = 45
PEOPLE_SLACK = 7  # reports naming the same person: a follow-up days later
MAX_KM = 300.0

_ORG_SECTORS = frozenset({"IGO", "NGO", "IMG"})
_NON_WORD = re.compile(r"[\W_]+")


def family(cameo: str | None) -> tuple[str, ...]:
    """The CAMEO roots an event of this code may link with."""
    root = (cameo or "")[:2]
    return tuple(sorted(EXERCISE_ROOTS)) if root in EXERCISE_ROOTS else (root,)


def name_key(name: str | None) -> str:
    """A name compared without case, spaces or punctuation: "Okean 2024" = "OKEAN-2024"."""
    return _NON_WORD.sub("", (name or "").casefold())


def date_range(value: str | None) -> tuple[date, date] | None:
    """The first and last day a YYYY, YYYY-MM or YYYY-MM-DD date names (None: undated or malformed)."""
    if not value:
        return None
    try:
        parts = [int(p) for p in value.strip()[:10].split("-")]
        if len(parts) == 1:
            return date(parts[0], 1, 1), date(parts[0], 12, 31)
        if len(parts) == 2:
            last = calendar.monthrange(parts[0], parts[1])[1]
            return date(parts[0], parts[1], 1), date(parts[0], parts[1], last)
        day = date(parts[0], parts[1], parts[2])
        return day, day
    except (ValueError, IndexError):
        return None


def dates_compatible(a: str | None, b: str | None, slack_days: int) -> bool:
    ra, rb = date_range(a), date_range(b)
    if ra is None or rb is None:
        return False
    slack = timedelta(days=slack_days)
    return ra[0] - slack <= rb[1] and rb[0] - slack <= ra[1]


def _code(actor: Actor | None) -> str | None:
    """An actor's country (its code for organisations); None when uncoded."""
    if actor is None or not actor.actor:
        return None
    if actor.country:
        return actor.country.upper()
    # an organisation (NATO, IGOUNO) is a party; a bare sector ("MIL": "both navies") is not
    return actor.actor.upper() if len(actor.actor) > 3 or actor.sector in _ORG_SECTORS else None


def parties(event: Event) -> set[str]:
    """The coded countries (or organisation codes) taking part in an event."""
    found = {_code(a) for a in (event.source, event.target, *event.participants)}
    found.discard(None)
    return found  # type: ignore[return-value]


def actors_compatible(a: Event, b: Event) -> bool:
    pa, pb = parties(a), parties(b)
    if not pa and not pb:
        return False
    if not pa or not pb:
        return True
    joint_a = {c for c in map(_code, a.participants) if c}
    joint_b = {c for c in map(_code, b.participants) if c}
    if len(joint_a) >= 2 or len(joint_b) >= 2:
        return pa <= pb or pb <= pa
    for role in ("source", "target"):
        x, y = _code(getattr(a, role)), _code(getattr(b, role))
        if x and y and x != y:
            return False
    return True


def _points(event: Event) -> list[tuple[float, float]]:
    return [(p.lat, p.lon) for p in event.locations if p.lat is not None and p.lon is not None]


def _km(p: tuple[float, float], q: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*p, *q))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def places_compatible(a: Event, b: Event) -> bool:
    pa, pb = _points(a), _points(b)
    if not pa or not pb:
        return True
    return any(_km(p, q) <= MAX_KM for p in pa for q in pb)


def shared_names(a: Event, b: Event) -> bool:
    keys = {name_key(n) for n in a.names} - {""}
    return any(name_key(n) in keys for n in b.names)


def _precise(value: str) -> bool:
    return len(value.strip()) >= 10


def document_of(event: Event) -> str | None:
    """The document an event was reported in (its sentence id is `<document>:s<n>`)."""
    sentence = event.sentence_id or ""
    return sentence.rsplit(":s", 1)[0] if ":s" in sentence else None


def kinds(event: Event) -> tuple[str, ...]:
    """What kind of happening an event is, for linking: its CAMEO family; an event without a code
    (a shooting, a death) by the family of its trigger lemma (eventwire/link/triggers.py)."""
    if event.cameo:
        return family(event.cameo)
    word = trigger_family(event.trigger)
    return (f"~{word}",) if word else ()


def person_keys(names: Iterable[str]) -> frozenset[str]:
    """Persons as linking compares them: by last name, case-folded ("Officer Jane Doe" -> "doe")."""
    return frozenset(n.split()[-1].casefold() for n in names if n.split() and len(n.split()[-1]) > 1)


def _people_of(event: Event, people: Mapping[str, frozenset[str]] | None) -> frozenset[str]:
    return (people or {}).get(document_of(event) or "", frozenset())


def shared_places(a: Event, b: Event) -> bool:
    keys = {name_key(p.name) for p in a.locations} - {""}
    return any(name_key(p.name) in keys for p in b.locations)


def _unparty_compatible(a: Event, b: Event, people: Mapping[str, frozenset[str]] | None) -> bool:
    """Two events neither of which has a coded party (a shooting, a blast by unknown attackers):
    the same report with dates that do not conflict, or a shared name; across reports, the same
    day (each precise, within DAY_SLACK) and a shared person named in both reports or, when a
    report names nobody, a shared place."""
    named = shared_names(a, b)
    same_report = document_of(a) is not None and document_of(a) == document_of(b)
    if same_report or named:
        return a.date is None or b.date is None or dates_compatible(
            a.date, b.date, NAMED_SLACK if named else DAY_SLACK)
    ka, kb = _people_of(a, people), _people_of(b, people)
    if a.date is None and b.date is None:  # undated reports: the same person at the same place
        return bool(ka & kb) and shared_places(a, b)
    if not (a.date and b.date and _precise(a.date) and _precise(b.date)):
        return False
    if ka & kb and dates_compatible(a.date, b.date, NAMED_SLACK if shared_places(a, b) else PEOPLE_SLACK):
        return True  # the same person (at the same place: a follow-up weeks later)
    return dates_compatible(a.date, b.date, DAY_SLACK) and shared_places(a, b)


def compatible(a: Event, b: Event, people: Mapping[str, frozenset[str]] | None = None) -> bool:
    """Whether two events may describe the same happening (the rule in the module docstring).
    `people`: optional person names per document id (evidence for events without coded parties)."""
    if not set(kinds(a)) & set(kinds(b)):
        return False
    if not places_compatible(a, b):
        return False
    if not parties(a) and not parties(b):
        return _unparty_compatible(a, b, people)
    if not actors_compatible(a, b):
        return False
    named = shared_names(a, b)
    if a.date is None or b.date is None:
        return named
    if not dates_compatible(a.date, b.date, NAMED_SLACK if named else DAY_SLACK):
        return False
    if named or (_precise(a.date) and _precise(b.date)):
        return True
    # a month or a year holds many happenings: without a shared name, both need coded parties,
    # one's within the other's
    pa, pb = parties(a), parties(b)
    return bool(pa) and bool(pb) and (pa <= pb or pb <= pa)


def score(a: Event, b: Event, people: Mapping[str, frozenset[str]] | None = None) -> float:
    """How strongly two compatible events look like one happening (higher is stronger)."""
    s = 0.0
    if shared_names(a, b):
        s += 4
    if document_of(a) is not None and document_of(a) == document_of(b):
        s += 2
    if a.date and a.date == b.date:
        s += 1 + 0.1 * len(a.date)  # the same day beats the same month
    if a.cameo and a.cameo == b.cameo:
        s += 1
    if a.trigger and b.trigger and a.trigger.casefold() == b.trigger.casefold():
        s += 0.5
    pa, pb = parties(a), parties(b)
    if pa and pa == pb:
        s += 1
    if _people_of(a, people) & _people_of(b, people):
        s += 1
    if _points(a) and _points(b):
        s += 1
    return s


def best(event: Event, candidates: dict[str, tuple[int, list[Event]]],
         people: Mapping[str, frozenset[str]] | None = None) -> str | None:
    """The incident id `event` should join: candidates map incident id -> (incident order, its
    events).  An incident qualifies when the event is compatible with every one of its events
    (no chaining: a coarse date or an uncoded actor cannot bridge two happenings); the
    best-scoring one wins (its best-matching event's score), ties going to the oldest incident.
    The store and bench/linking.py both decide through this function."""
    ranked = [(-max(score(event, m, people) for m in members), order, incident)
              for incident, (order, members) in candidates.items()
              if members and all(compatible(event, m, people) for m in members)]
    return min(ranked)[2] if ranked else None


def cluster(events: list[Event], people: Mapping[str, frozenset[str]] | None = None) -> dict[str, str]:
    """Link events in the order given, as the store does at ingest (each joins `best` among the
    incidents so far, or starts `i:<its id>`): event id -> incident id.  Candidates are every
    incident sharing a kind with the event (the store narrows them by date and name first)."""
    incidents: dict[str, tuple[int, list[Event]]] = {}
    by_kind: dict[str, set[str]] = {}
    found: dict[str, str] = {}
    for event in events:
        ids = set().union(*(by_kind.get(k, set()) for k in kinds(event))) if kinds(event) else set()
        incident = best(event, {i: incidents[i] for i in ids}, people)
        if incident is None:
            incident = f"i:{event.id}"
            incidents[incident] = (len(incidents), [])
        incidents[incident][1].append(event)
        for k in kinds(event):
            by_kind.setdefault(k, set()).add(incident)
        found[event.id] = incident
    return found


def outlet(site: str | None, url: str | None) -> str | None:
    """Who published a document: its site name, else its URL's host (without www.)."""
    if site and site.strip():
        site = site.strip()
        return site[4:] if site.lower().startswith("www.") else site
    if url:
        host = urlsplit(url.strip()).hostname
        if host:
            return host[4:] if host.startswith("www.") else host
    return None


# ---------------------------------------------------------------------- the incident record


@dataclass
class Incident:
    """One real-world happening and every report of it (Store.incidents)."""

    id: str
    cameo: str
    plover: str | None
    source: str | None
    target: str | None
    participants: list[str]
    date: str | None
    locations: list[str]
    names: list[str]
    events: list[str]
    documents: list[str]
    outlet_names: list[str]
    first_reported: str | None
    last_reported: str | None
    claim_only: bool
    claimed_by: list[str]
    mentions: list[dict[str, Any]] = field(default_factory=list)
    copies: list[dict[str, Any]] = field(default_factory=list)  # same text from other sources
    independent_outlet_names: list[str] = field(default_factory=list)  # outlets of original texts
    # for exports without a join: the lead report's roles (how each was filled) and trigger, the
    # first report's document, the first located place, the mean Goldstein score
    source_text: str | None = None
    target_text: str | None = None
    source_country: str | None = None
    source_sector: str | None = None
    target_country: str | None = None
    target_sector: str | None = None
    source_from: str | None = None
    target_from: str | None = None
    trigger: str | None = None
    date_basis: str | None = None
    goldstein: float | None = None
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    place: str | None = None
    place_country: str | None = None
    latitude: float | None = None
    longitude: float | None = None

    @property
    def reports(self) -> int:
        return len(self.events)

    @property
    def outlets(self) -> int:
        return len(self.outlet_names)

    @property
    def independent_outlets(self) -> int:
        """Outlets with their own text: copies of one text collapsed into its first report."""
        return len(self.independent_outlet_names)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "cameo": self.cameo, "plover": self.plover, "source": self.source,
            "target": self.target, "participants": list(self.participants), "date": self.date,
            "locations": list(self.locations), "names": list(self.names), "reports": self.reports,
            "outlets": self.outlets, "independent_outlets": self.independent_outlets,
            "outlet_names": list(self.outlet_names),
            "documents": list(self.documents), "first_reported": self.first_reported,
            "last_reported": self.last_reported, "claim_only": self.claim_only,
            "claimed_by": list(self.claimed_by), "events": list(self.events),
            "mentions": [dict(m) for m in self.mentions], "copies": [dict(c) for c in self.copies],
            **{k: getattr(self, k) for k in EXPORT_FIELDS},
        }


EXPORT_FIELDS = ("source_text", "target_text", "source_country", "source_sector", "target_country", "target_sector", "source_from",
                 "target_from", "trigger", "date_basis", "goldstein", "url", "title", "outlet", "place",
                 "place_country", "latitude", "longitude")


def _most_common(values: list[str | None]) -> str | None:
    """The most frequent value (ties: the first seen); None when there is none."""
    present = [v for v in values if v]
    if not present:
        return None
    counts = Counter(present)
    return max(present, key=lambda v: (counts[v], -present.index(v)))


def _unique(values) -> list:
    return list(dict.fromkeys(v for v in values if v))


def _lead(events: list[Event]) -> Event | None:
    """The report whose roles are best coded (source and target with a country or organisation,
    then coded participants; ties: the first): it gives the incident's source and target."""
    if not events:
        return None
    return max(events, key=lambda e: (sum(1 for a in (e.source, e.target) if _code(a)),
                                      sum(1 for a in e.participants if _code(a)), -events.index(e)))


def summarise(incident_id: str, reports: list[tuple[Event, dict[str, Any]]],
              copies: dict[str, list[dict[str, Any]]] | None = None) -> Incident:
    """An incident from its events, each with where it was reported (document id, url, title,
    outlet, published, and the claim and its speaker when it is reported in one), and the
    copies of those documents from other sources (document id -> copies)."""
    events = [e for e, _ in reports]
    dated = sorted((e.date for e in events if e.date), key=lambda d: (-len(d), d))
    documents = _unique(r["document"] for _, r in reports)
    copied = [c for d in documents for c in (copies or {}).get(d, [])]
    published = sorted(r["published"] for r in [*(r for _, r in reports), *copied] if r.get("published"))
    own = _unique(r.get("outlet") for _, r in reports)
    lead = _lead(events)
    dated_event = next((e for e in events if e.date == (dated[0] if dated else None)), lead)
    located = next((p for e in events for p in e.locations if p.lat is not None and p.lon is not None), None)
    first = min((r for _, r in reports), key=lambda r: (r.get("published") is None, r.get("published") or ""),
                default={})
    scores = [e.goldstein for e in events if e.goldstein is not None]
    return Incident(
        id=incident_id,
        cameo=_most_common([e.cameo for e in events]) or "",
        plover=_most_common([e.plover for e in events]),
        source=lead.source.actor if lead and lead.source else None,
        target=lead.target.actor if lead and lead.target else None,
        participants=_unique(a.actor for e in events for a in e.participants),
        date=dated[0] if dated else None,
        locations=_unique(p.name for e in events for p in e.locations),
        names=_unique(n for e in events for n in e.names),
        events=[e.id for e in events],
        documents=documents,
        outlet_names=_unique([*own, *(c.get("outlet") for c in copied)]),
        first_reported=published[0] if published else None,
        last_reported=published[-1] if published else None,
        claim_only=bool(events) and all(e.claim_id for e in events),
        claimed_by=_unique(r.get("claimed_by") for _, r in reports),
        mentions=[r for _, r in reports],
        copies=copied,
        independent_outlet_names=own,
        source_text=lead.source.text if lead and lead.source else None,
        target_text=lead.target.text if lead and lead.target else None,
        source_country=lead.source.country if lead and lead.source else None,
        source_sector=lead.source.sector if lead and lead.source else None,
        target_country=lead.target.country if lead and lead.target else None,
        target_sector=lead.target.sector if lead and lead.target else None,
        source_from=lead.source_from if lead else None,
        target_from=lead.target_from if lead else None,
        trigger=lead.trigger if lead else None,
        date_basis=dated_event.date_basis if dated_event else None,
        goldstein=round(sum(scores) / len(scores), 2) if scores else None,
        url=first.get("url"), title=first.get("title"), outlet=first.get("outlet"),
        place=located.name if located else None, place_country=located.country if located else None,
        latitude=located.lat if located else None, longitude=located.lon if located else None,
    )
