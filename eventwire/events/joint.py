"""Parties acting together: the sides of a mutual act, which act on each other, and the co-authors
of a one-way act.

- "Russia and China held talks": one event, Russia with China, both listed as parties
  (`JointParties._joint_parties`, `_parties`);
- "Russia and China condemned the sanctions": both did it, co-authors of one act (`_co_authored`);
- "Serbia and Kosovo traded accusations": each does it to the other (`_reciprocal`).

`JointParties` is a mixin of EventCoder: `_joint_parties` is a phase of EventCoder._event and
`_parties` its last step; `_partners` reads the party reader.
"""
from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Token

from ..records import Actor, Event
from .parties import distinct_coded, _Roles
from .syntax import is_coded, _Match, prep_objects


# Families where parties named together act on each other ("Russia and China held talks /
# signed a deal / held joint drills / agreed to a truce / cut ties / clashed"). Elsewhere a
# second subject is a co-author, not a target ("Russia and China condemned the plan").
_MUTUAL_ROOTS = {"03", "04", "05", "06", "08", "16", "19"}
# ... and where "with X" makes the act mutual ("held talks with", "signed a deal with",
# "clashed with"), except acts whose roles differ: visiting, hosting, mediating, cutting ties.
_WITH_MUTUAL_ROOTS = {"03", "04", "05", "06", "08", "19"}
_ONE_WAY_CODES = ("042", "043", "044", "045")
_MAX_JOINT = 4


# "traded accusations", "exchanged threats", "swapped insults": the act goes both ways.
_RECIPROCAL_VERBS = {"trade", "exchange", "swap"}
_QUARREL_VERBS = {"clash", "skirmish", "spar", "quarrel", "feud", "bicker", "wrangle"}
_EACH_OTHER = re.compile(r"\b(each other|one another)\b", re.I)


def _reciprocal(verb: Token) -> bool:
    """ "Serbia and Kosovo traded accusations", "China and the Philippines accused each other of
    ramming": each party does it to the other, so joint subjects are the two sides of one act
    (as in talks or clashes), not co-authors of an act aimed elsewhere."""
    if verb.lemma_.lower() in _RECIPROCAL_VERBS and any(c.dep_ == "dobj" for c in verb.children):
        return True
    if verb.lemma_.lower() in _QUARREL_VERBS:
        return True  # "the German and French ministers clashed over the budget": with each other
    return any(t.lower_ == "other" and t.i > verb.i and t.head.i in (verb.i, *(c.i for c in verb.children))
               and t.i > 0 and verb.doc[t.i - 1].lower_ == "each" for t in verb.subtree) \
        or any(t.lower_ == "another" and t.i > 0 and verb.doc[t.i - 1].lower_ == "one"
               and t.head.i in (verb.i, *(c.i for c in verb.children)) for t in verb.subtree)


class JointParties:
    """Joint parties and co-authors of one event (a phase and the last step of EventCoder._event)."""

    @staticmethod
    def _joint_parties(r: _Roles) -> None:
        """ "Russia and China held talks (in Beijing)": each party acts toward the others; "Russia
        and China condemned the sanctions": both did it (co-authors)."""
        parties = {a.actor for a in r.sources} | {a.actor for a in r.places}
        if len(r.sources) >= 2:
            # "Canada and India expelled each other's diplomats": the other side, not a third party
            r.targets = [t for t in r.targets if not _EACH_OTHER.search(t.text)]
        if len(r.sources) >= 2 and all(t.actor in parties for t in r.targets):
            r.joint = r.sources
            # "... condemned the strikes in Syria": where, not with whom
            r.elsewhere = [t for t in r.targets if t.actor not in {a.actor for a in r.sources}]
            r.sources, r.targets = r.sources[:1], r.sources[1:2]
        r.source = r.sources[0] if r.sources else None
        r.co_authors = r.sources

    def _parties(self, event: Event, joint: list[Actor], elsewhere: list[Actor], co_authors: list[Actor],
                 m: _Match) -> Event:
        """Name every party acting together in `participants`: the parties of a mutual action
        (source and target are its first two), or the co-authors of a one-way act ("Russia and
        China condemned the sanctions": source is the first). One action stays one event
        however many take part; a second subject of a one-way act is not its target."""
        root = event.cameo[:2]
        if event.source is None and not joint and m.obj is not None and root in _MUTUAL_ROOTS:
            # "Talks between Armenia and Azerbaijan were held in Washington", "A meeting between Putin and Erdogan
            # was held": the parties of the held talks, named on the talks (session 17)
            between = distinct_coded([a for o in prep_objects(m.obj, ("between", "among"), by="lemma")
                                      for t in (o, *o.conjuncts) for a in self._actors(t)])
            if len(between) >= 2:
                return replace(event, source=between[0], target=between[1], participants=between[:_MAX_JOINT],
                               source_from="parse")
        if joint and root not in _MUTUAL_ROOTS and not _reciprocal(m.verb):
            event = replace(event, source=joint[0], target=elsewhere[0] if elsewhere else None)
            return self._co_authored(event, joint)
        if joint:
            parties = joint
        elif event.source is not None and event.target is not None and root in _WITH_MUTUAL_ROOTS \
                and not event.cameo.startswith(_ONE_WAY_CODES):
            partners = self._partners(m)
            if event.target.actor not in {p.actor for p in partners}:
                return self._co_authored(event, co_authors)
            parties = [event.source, event.target] + partners
        else:
            return self._co_authored(event, co_authors)
        if not joint and event.source is not None and not is_coded(event.source):
            # "Finer met with Andriy Yermak and Ukrainian military officials": the one who met them
            # stays the doer (named later from the document), whom they met the targets
            others = distinct_coded(parties[1:])
            return replace(event, participants=[event.source] + others[:_MAX_JOINT - 1]) if len(others) > 1 \
                else event
        unique = distinct_coded(parties)
        if len(unique) < 2:
            return event
        return replace(event, source=unique[0], target=unique[1], participants=unique[:_MAX_JOINT])

    @staticmethod
    def _co_authored(event: Event, authors: list[Actor]) -> Event:
        unique = distinct_coded(authors)
        if len(unique) < 2 or event.source is None or event.source.actor != unique[0].actor \
                or (event.target is not None and any(a.actor == event.target.actor for a in unique)):
            return event
        return replace(event, participants=unique[:_MAX_JOINT])

    def _partners(self, m: _Match) -> list[Actor]:
        """Who the act is done together with: "talks with X", "a deal with X", "clashed with X"."""
        holders = [m.verb] + ([m.obj] if m.obj is not None else [])
        return [a for holder in holders for o in prep_objects(holder, ("with", "alongside"), by="lemma")
                for a in self._actors(o)]
