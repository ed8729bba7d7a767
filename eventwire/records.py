"""The record types that flow through the pipeline and out of the store.

Every stage reads and writes these; the JSON output schema (docs/schema.md)
is exactly `DocumentResult.to_dict()`.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from typing import Any


@dataclass
class RawDocument:
    """A document as read from disk, before any language processing.

    `text` is the plain article text after extraction and boilerplate
    removal; every character offset in the output refers to it.
    """

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None  # ISO date YYYY-MM-DD
    site: str | None = None
    path: str | None = None  # file it came from (plus ":line" / "#item" where relevant)
    format: str | None = None  # html, txt, md, jsonl, feed
    # Not part of the output schema: what the reader had to fix or drop (invalid dates,
    # guessed encodings), and the seconds reading took (counted against the document's limit).
    warnings: list["ReadWarning"] = field(default_factory=list, compare=False, repr=False)
    read_seconds: float = field(default=0.0, compare=False, repr=False)


@dataclass
class ReadWarning:
    """Something in an input that was fixed or dropped while the document was kept:
    `path` names the file (plus ":line" or "#item" where known)."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


@dataclass
class ReadError:
    """One input that could not be read; the batch goes on without it."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


@dataclass
class Actor:
    """A resolved participant: CAMEO-style code = country (ISO-3) + sector."""

    text: str
    actor: str | None = None  # e.g. RUSGOV, CHNMIL, NATO (IGO codes carry no country)
    country: str | None = None  # ISO 3166 alpha-3
    sector: str | None = None  # GOV, MIL, REB, OPP, BUS, MED, IGO, ...
    title: str | None = None  # "Deputy Secretary of State" (speakers only)
    # claim speakers only: how `country` was known — "speaker" (the speaker's own words: title,
    # affiliation, known name), "other mention" (another mention in the document), "document default",
    # "dateline" (see eventwire/claims/countries.py)
    country_basis: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "actor": self.actor, "country": self.country, "sector": self.sector}


@dataclass
class Place:
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None


@dataclass
class Quantity:
    value: float
    unit: str
    text: str


@dataclass
class Sentence:
    id: str
    index: int
    start: int
    end: int
    text: str


@dataclass
class Event:
    id: str
    sentence_id: str
    evidence: str
    span: tuple[int, int]
    cameo: str
    plover: str | None
    plover_mode: str | None
    goldstein: float | None
    source: Actor | None
    target: Actor | None
    # Every party acting together, in text order: the parties of a mutual action (talks, a
    # joint exercise, a clash), where source and target are its first two; or the co-authors
    # of a one-way act ("Russia and China condemned the sanctions"), source being the first.
    # Empty for a single actor. One action stays one event however many take part.
    participants: list[Actor] = field(default_factory=list)
    # How each role was filled: "parse" (named in the sentence; an actor the tables cannot code
    # keeps its text with no code), "document" (from the document: an official statement's
    # voice, the one country a report is about, a named exercise's parties), None (no one).
    source_from: str | None = None
    target_from: str | None = None
    date: str | None = None
    date_text: str | None = None
    date_basis: str | None = None  # explicit | relative | publication | claim: how `date` was found
    locations: list[Place] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    negated: bool = False
    hypothetical: bool = False
    claim_id: str | None = None
    confidence: float = 0.5
    trigger: str | None = None  # the words that signalled the event (not in the JSON schema)
    trigger_span: tuple[int, int] | None = None  # document offsets of the trigger
    # A definite mention of an exercise or operation ("the drills", "these exercises") that names
    # neither it nor its parties: it may be one the document already reported (not in the schema).
    anaphoric: bool = False
    # A reaction to an act the document reported before ("condemned these attacks", "praised
    # the operation"): the CAMEO roots that act may have; its doer is this event's target
    # (events/document.py resolve_reactions; not in the schema).
    reacts_to: frozenset[str] = field(default_factory=frozenset, compare=False)
    # The incident (eventwire/link) the store linked this event into; None outside the store
    # and for negated or hypothetical events (not in the extract schema).
    incident_id: str | None = field(default=None, compare=False)
    # How the event was found: "rules" (the coder's trigger tables and rules) or "learned" (the
    # learned root model's stage, events/learned.py, where the rules coded nothing).
    found_by: str = "rules"

    @property
    def mutual(self) -> bool:
        """Whether the participants act toward each other (the target is one of them)."""
        return len(self.participants) >= 2 and self.target is not None \
            and any(p.actor == self.target.actor for p in self.participants)

    def directed(self) -> list["Event"]:
        """This event in the per-actor convention of PETRARCH, ICEWS and GDELT: a mutual action
        becomes one copy per ordered pair of parties (A meets B = A→B and B→A), a co-authored
        act one copy per author; an event of one actor stays itself. For comparison with data
        coded that way."""
        if len(self.participants) < 2:
            return [self]
        if not self.mutual:
            return [replace(self, source=a) for a in self.participants]
        return [replace(self, source=a, target=b) for a in self.participants
                for b in self.participants if a is not b and a.actor != b.actor]

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "sentence_id": self.sentence_id,
            "evidence": self.evidence,
            "span": list(self.span),
            "cameo": self.cameo,
            "plover": self.plover,
            "plover_mode": self.plover_mode,
            "goldstein": self.goldstein,
            "source": self.source.to_dict() if self.source else None,
            "target": self.target.to_dict() if self.target else None,
            "participants": [a.to_dict() for a in self.participants],
            "source_from": self.source_from,
            "target_from": self.target_from,
            "date": self.date,
            "date_text": self.date_text,
            "date_basis": self.date_basis,
            "locations": [asdict(p) for p in self.locations],
            "quantities": [asdict(q) for q in self.quantities],
            "names": list(self.names),
            "negated": self.negated,
            "hypothetical": self.hypothetical,
            "claim_id": self.claim_id,
            "confidence": self.confidence,
            "found_by": self.found_by,
        }


@dataclass
class Claim:
    id: str
    sentence_id: str
    evidence: str
    span: tuple[int, int]
    speaker: Actor | None
    cue: str | None
    content: str | None
    quote: str | None = None
    direct: bool = False
    stance: str = "assert"  # assert | deny
    hedged: bool = False
    via: list[str] = field(default_factory=list)
    date: str | None = None
    contradicts: list[str] = field(default_factory=list)
    content_span: tuple[int, int] | None = None  # document offsets of `content` (not in the JSON schema)
    # The same claim across stored documents (Store.claims; eventwire/link/claims.py): claim_reports,
    # claim_outlets, claim_independent_outlets, claim_first_reported, claim_last_reported (not in the schema).
    corroboration: dict[str, Any] = field(default_factory=dict, compare=False)

    def to_dict(self) -> dict[str, Any]:
        speaker = None
        if self.speaker is not None:
            speaker = {
                "text": self.speaker.text,
                "title": self.speaker.title,
                "actor": self.speaker.actor,
                "country": self.speaker.country,
                "sector": self.speaker.sector,
                "country_basis": self.speaker.country_basis,
            }
        return {
            "id": self.id,
            "sentence_id": self.sentence_id,
            "evidence": self.evidence,
            "span": list(self.span),
            "speaker": speaker,
            "cue": self.cue,
            "content": self.content,
            "quote": self.quote,
            "direct": self.direct,
            "stance": self.stance,
            "hedged": self.hedged,
            "via": list(self.via),
            "date": self.date,
            "contradicts": list(self.contradicts),
        }


@dataclass
class DocumentResult:
    """Everything the pipeline learned from one document."""

    document: RawDocument
    sentences: list[Sentence] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    # Persons the document names, as incident linking compares them (link.incidents.person_keys):
    # evidence that two reports of a shooting by no one named are one incident (not in the schema).
    people: frozenset[str] = field(default_factory=frozenset)

    def to_dict(self) -> dict[str, Any]:
        d = self.document
        return {
            "document": {"id": d.id, "title": d.title, "url": d.url, "published": d.published, "site": d.site},
            "events": [e.to_dict() for e in self.events],
            "claims": [c.to_dict() for c in self.claims],
        }
