"""Strikes and weapons that act are their state's military (session 13): "Israeli air strikes killed 27
people" is ISRMIL acting, not the Israeli government; "Russian shelling wounded five civilians", where the
tagger reads "shelling" as an auxiliary, still names its doer. Only the doer: a condemned strike keeps the
code its owner gives, and a weapon acted on is no actor."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, source", [
    ("Israeli air strikes killed at least 27 people across the Gaza Strip on Tuesday.", "ISRMIL"),
    ("A Russian drone attack killed two people in Sumy.", "RUSMIL"),
    ("Russian shelling wounded five civilians in Kherson.", "RUSMIL"),
    ("A Russian missile hit a school in Kharkiv.", "RUSMIL"),
])
def test_a_strike_or_weapon_that_acts_is_its_states_military(pipe, text, source):
    events = pipe.process_text(text, published="2025-06-03").events
    assert any(e.cameo[:2] in ("18", "19") and e.source is not None and e.source.actor == source for e in events)


def test_a_condemned_strike_is_not_made_military(pipe):
    events = pipe.process_text("The United States strongly condemns Russia's missile strikes across Ukraine.",
                               published="2025-06-03").events
    condemn = next(e for e in events if e.cameo[:2] == "11")
    assert condemn.source.actor == "USAGOV" and condemn.target.actor == "RUSGOV"
