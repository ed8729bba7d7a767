"""The named rules that say a trigger match is no event (events/coder.py _NOT_EVENTS), each on
a sentence where it must fire and one where it must not."""
from __future__ import annotations

import pytest

from eventwire import annotate
from eventwire.events import coder as coding


def verdicts(pipe, text: str) -> list[str | None]:
    """For each trigger match of the sentence, the rule that rejects it (None: an event)."""
    doc = next(iter(annotate.parse([text], entities=True)))
    c = pipe.coder
    out = []
    for m in (c._match(t) for t in doc):
        if m is None:
            continue
        source = (c._sources(m.verb, m.verb) or [None])[0] or c._unnamed_subject(m.verb, m.verb)
        targets = c._targets(m)
        undergone = coding._is_passive(m.verb)
        out.append(coding._not_an_event(m, source, targets[0] if targets else None, undergone))
    return out


@pytest.mark.parametrize("text, rule", [
    ("Two Ukrainian soldiers were killed in a helicopter crash near Kherson.", "_accident"),
    ("It was agreed that the talks would resume.", "_no_doer"),
    ("Several officials had been accused of corruption.", "_label"),
    ("As we speak, the situation is changing.", "_talk_to_no_one"),
    ("A protestor demolished the building.", "_lone_person"),
    ("Associated Press writers in Beirut and Moscow contributed to this report.", "_byline"),
])
def test_a_rule_rejects_what_is_not_an_event(pipe, text, rule):
    assert rule in verdicts(pipe, text)


@pytest.mark.parametrize("text", [
    "Russian missiles killed two pilots near Kherson.",
    "Thirty people were injured by Russian shelling.",
    "Thirty people had been injured.",  # harm to people is reported, whoever did it
    "Blinken spoke with Wang Yi on Tuesday.",
    "Protesters demolished the statue of the dictator in Kyiv.",
])
def test_no_rule_rejects_a_reported_act(pipe, text):
    assert None in verdicts(pipe, text), verdicts(pipe, text)
