"""Precision from reading the bench articles (issue #9, round 12): events the coder gave on the
articles of odd position among the 216 that bench/events_diff.py codes (eval/events_prec12/) that
eval/events_gold.md, events_blind.md and events_news.md say are no event. Each test is one general
class found by reading (docs/events.md "Precision from reading the bench articles (round 12)"), in
wordings of our own, with the forms that are real events and must stay."""
from __future__ import annotations

import sys
from pathlib import Path



sys.path.insert(0, str(Path(__file__).parent))
from event_coding import coded, roots  # noqa: E402


def test_an_appeal_to_the_public_is_no_appeal_between_actors(pipe):
    # advice or a charity's plea to residents, donors or a congregation: no CAMEO 02 event
    assert coded(pipe, "The police chief urged residents to register for the city's emergency alert system.") == []
    assert coded(pipe, "Touring the flooded towns on Friday, the governor urged local residents to join the "
                       "sandbagging effort.") == []
    assert coded(pipe, "The Red Cross asked donors to stay away from the flooded areas.") == []
    assert coded(pipe, "The charity is asking its donors to remember the shelter this holiday season.") == []
    assert coded(pipe, "The pastor asked the congregation to join him in singing a hymn.") == []
    # an appeal to a government, to a country's people named as such, or to protest, is kept
    assert roots(coded(pipe, "Zelensky called on Western countries to send more air defence systems.")) == ["02"]
    assert coded(pipe, "The EU urged Serbia to recognise Kosovo.") == [("022", "IGOEUREEC", "SRBGOV")]
    assert roots(coded(pipe, "The White House called on the international community to do the same.")) == ["02"]
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


def test_a_local_council_s_own_proceedings_are_no_event(pipe):
    # a town's or county's council, members and staff asking, agreeing, discussing among themselves
    assert coded(pipe, "Paris City Council asked the city manager to expand the strategic business plan "
                       "presented at Monday night's council meeting.") == []
    assert coded(pipe, "The city manager asked council members to approve the budget on Monday.") == []
    assert coded(pipe, "Mayor Jesse Freelen agreed that bringing Anglin into the equation is not a bad idea.") == []
    assert coded(pipe, "In other business the council rejected a disannexation request from three property "
                       "owners and discussed the budget.") == []
    assert coded(pipe, "County commissioners agreed to dismiss all four members of the tax board.") == []
    # a local body dealing with a state or asking for something outside is kept
    assert coded(pipe, "The mayor of Kyiv met the German chancellor on Tuesday.") == [("040", "UKRGOV", "DEUGOV")]
    assert roots(coded(pipe, "The mayor of Mariupol called for a humanitarian corridor to evacuate civilians.")) \
        == ["02"]
    assert roots(coded(pipe, "Mayor Klitschko asked Germany to send more generators.")) == ["02"]
    assert roots(coded(pipe, "Kharkiv's mayor accused Russia of shelling residential areas.")) == ["11"]
    assert roots(coded(pipe, "The city council condemned the attack on the synagogue.")) == ["11"]
    # national and international councils and commissions, and other managers, are no local body
    assert roots(coded(pipe, "The UN Security Council discussed the situation in Syria on Tuesday.")) == ["04"]
    assert roots(coded(pipe, "The National Security Council discussed the response.")) == ["04"]
    assert roots(coded(pipe, "The European Commission agreed to release the funds.")) == ["03"]
    assert coded(pipe, "The presidents of the European Council and European Commission joined the summit's "
                       "discussions.") == [("040", "IGOEUREEC", None)]
    assert coded(pipe, "NATO allies convened for the second meeting of the NATO-Ukraine Council in Washington.") \
        == [("040", "IGOWSTNAT", "UKRGOV")]
    assert roots(coded(pipe, "Paul Manafort, Trump's campaign manager, agreed to cooperate with prosecutors.")) == ["03"]
