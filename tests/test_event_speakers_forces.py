"""Forces a state body's report names with no country are that state's own (session 13): "Romania's
defence ministry said air defences intercepted a drone over Tulcea county" is ROUMIL intercepting, one
of issue #9's six sentences told as a report. Not when they act on the state's own people or places, and
not when the report names their country."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, trigger, source", [
    ("Romania's defence ministry said air defences intercepted a drone over Tulcea county overnight.",
     "intercepted", "ROUMIL"),
    ("The Ukrainian air force said air defence units shot down 40 drones over the Kyiv region.",
     "shot", "UKRMIL"),
    ("The Pentagon said troops had withdrawn from the base in Syria.", "withdrawn", "USAMIL"),
])
def test_a_state_bodys_unplaced_forces_are_its_own(pipe, text, trigger, source):
    events = pipe.process_text(text, published="2025-03-14").events
    event = next(e for e in events if e.trigger.startswith(trigger))
    assert event.source is not None and event.source.actor == source


def test_forces_the_report_places_keep_their_country(pipe):
    events = pipe.process_text("Ukraine's defence ministry said Russian troops withdrew from two villages.",
                               published="2025-03-14").events
    assert any(e.source is not None and e.source.actor == "RUSMIL" for e in events)
    assert not any(e.source is not None and e.source.actor == "UKRMIL" for e in events)
