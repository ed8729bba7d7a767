"""Precision from reading the bench articles (issue #9, round 12): events the coder gave on the
articles of odd position among the 216 that bench/events_diff.py codes (eval/events_prec12/) that
eval/events_gold.md, events_blind.md and events_news.md say are no event. Each test is one general
class found by reading (docs/events.md "Precision from reading the bench articles (round 12)"), in
wordings of our own, with the forms that are real events and must stay."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from eventwire.pipeline import Pipeline

sys.path.insert(0, str(Path(__file__).parent))
from event_coding import coded  # noqa: E402


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline()


def roots(events) -> list[str]:
    return [code[:2] for code, _, _ in events]


def test_an_appeal_to_the_public_is_no_appeal_between_actors(pipe):
    # advice or a charity's plea to residents, donors or a congregation: no CAMEO 02 event
    assert coded(pipe, "The police chief urged residents to register for the city's emergency alert system.") == []
    assert coded(pipe, "Touring the flooded towns on Friday, the governor urged local residents to join the "
                       "sandbagging effort.") == []
    assert coded(pipe, "A spokeswoman for the blood service is asking potential donors to stay away from the "
                       "affected areas.") == []
    assert coded(pipe, "The pastor asked the congregation to join him in singing a hymn.") == []
    # an appeal to a government, to a country's people named as such, or to protest, is kept
    assert roots(coded(pipe, "Zelensky called on Western countries to send more air defence systems.")) == ["02"]
    assert coded(pipe, "The EU urged Serbia to recognise Kosovo.") == [("022", "IGOEUREEC", "SRBGOV")]
    assert roots(coded(pipe, "The president urged Ukrainians to stand firm against the Russian invasion.")) == ["02"]
    assert roots(coded(pipe, "The opposition leader called on residents of Minsk to join the protest on Sunday.")) \
        == ["02"]


def test_a_plotted_or_privately_planned_crime_did_not_happen(pipe):
    # the arrest or charge is the event; the plotted attack is not
    assert coded(pipe, "German police arrested two teenagers accused of plotting a terror attack on a public "
                       "institution in Aschaffenburg.") == [("173", "DEUCOP", "DEUCVL")]
    assert roots(coded(pipe, "The men were charged with plotting an attack on the parliament in Berlin.")) == ["17"]
    assert coded(pipe, "Prosecutors said the defendant planned to murder the military official at his home.") == []
    assert coded(pipe, "Two brothers conspired to bomb a synagogue in Manchester, the court heard.") == []
    # a plan a state or an armed group announces threatens; a plotted attack carried out happened
    assert roots(coded(pipe, "Russia is preparing to invade Ukraine, Biden said.")) == ["13"]
    assert roots(coded(pipe, "The rebels plan to attack the city next week, their commander said.")) == ["13"]
    assert roots(coded(pipe, "The attack they plotted killed 12 people in Kabul.")) == ["18"]
    assert roots(coded(pipe, "Gunmen attacked a police station in Kidal on Tuesday.")) == ["18"]
