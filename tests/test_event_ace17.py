"""ACE 2005-style news, second round (session 14, issue #9; eval/events_ace17/): 2003-era wire, broadcast
transcripts and weblogs. Deaths of the wounded, tolls counted with no noun, attack nouns the parser hangs a
modifier on, money wired or handed over, brigades sent, troops arriving, verdicts of not guilty, recruits and
reservists, and 2003-era officials. Worded apart from the probe sentences of eval/events_ace17/. Each test runs
the real pipeline."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest


sys.path.insert(0, str(Path(__file__).parent))
from event_coding import coded, coded_roots as roots  # noqa: E402


@pytest.mark.parametrize("text, target", [
    ("An Iraqi policeman died of his wounds on Monday.", "IRQCOP"),
    ("Two of the hostages later died from their injuries.", "CVL"),
])
def test_the_wounded_who_die_of_their_wounds_are_killed(pipe, text, target):
    assert [(r, t) for r, _, t in roots(pipe, text)] == [("18", target)]


@pytest.mark.parametrize("text", [
    "He died of injuries sustained in a fall at his home.",
    "The girl died from her injuries two days after the car crash.",
])
def test_injuries_from_an_accident_are_no_attack(pipe, text):
    assert coded(pipe, text) == []


@pytest.mark.parametrize("text", [
    "The blast, which tore through a busy street in Karachi, killed at least 12 people.",
    "The explosion, heard across the city, killed nine people.",
])
def test_an_attack_noun_before_a_relative_clause_or_appositive_still_kills(pipe, text):
    assert [(r, t) for r, _, t in roots(pipe, text)] in ([("18", "CVL")], [("18", "PAKCVL")])


@pytest.mark.parametrize("text", [
    "The airstrike left six dead and 20 wounded.",
    "The raid left two dead.",
])
def test_a_toll_counted_with_no_noun_is_people_killed(pipe, text):
    assert [(r, t) for r, _, t in roots(pipe, text)] == [("19", "CVL")]


@pytest.mark.parametrize("text", ["The storm left four dead.", "The crash left three dead and nine injured."])
def test_a_toll_of_no_attack_is_no_event(pipe, text):
    assert coded(pipe, text) == []


def test_a_toll_the_parser_hangs_on_the_attack_noun(pipe):
    # "left" read as a participle on "shelling"; a participle with an object and a toll is the predicate
    assert [r for r, _, _ in roots(pipe, "The shelling of the camp left at least 30 refugees dead.")] == ["19"]


@pytest.mark.parametrize("text, expected", [
    ("Iran wired $5 million to Hezbollah last year.", ("070", "IRNGOV", "LBNREB")),
    ("Saudi Arabia handed Jordan $200 million in cash.", ("070", "SAUGOV", "JORGOV")),
])
def test_money_wired_or_handed_to_a_party_is_aid(pipe, text, expected):
    assert coded(pipe, text) == [expected]


@pytest.mark.parametrize("text", ["The house was wired to the grid.", "She handed the cashier a hundred dollars."])
def test_wiring_and_handing_with_no_party_are_no_event(pipe, text):
    assert coded(pipe, text) == []


def test_brigades_and_battalions_sent_are_troops_deployed(pipe):
    assert [(c, s) for c, s, _ in coded(pipe, "Britain sent a battalion of paratroopers to Kabul.")] == [("154", "GBRGOV")]


@pytest.mark.parametrize("text, expected", [
    ("The first British paratroopers arrived in Kabul on Sunday.", "154"),
    ("The army chief arrived in Islamabad on Monday.", "042"),
    ("The defence minister arrived in Kuwait on Sunday.", "042"),
])
def test_troops_arriving_deploy_but_a_commander_arriving_visits(pipe, text, expected):
    assert [c for c, _, _ in coded(pipe, text)] == [expected]


def test_a_verdict_of_not_guilty_is_an_acquittal(pipe):
    assert coded(pipe, "A military court found the two officers not guilty of manslaughter.")[0][0] == "081"
    assert coded(pipe, "The court found the officer guilty of manslaughter.")[0][0] == "173"


def test_recruits_killed_are_the_forces_they_joined(pipe):
    assert coded(pipe, "A car bomb killed 20 police recruits outside the academy.") == [("183", None, "COP")]
    assert coded(pipe, "Hamas recruits teenagers online.") == []


def test_reservists_moved_show_force(pipe):
    assert coded(pipe, "Hundreds of Israeli reservists were mobilized and sent to the Lebanese border.")[0][:2] \
        == ("154", "ISRMIL")


@pytest.mark.parametrize("text, expected", [
    ("Wolfowitz met Karzai in Kabul on Sunday.", ("040", "USAGOV", "AFGGOV")),
    ("Paul Bremer held talks with Iraqi Kurdish leader Jalal Talabani in Baghdad.", ("040", "USAGOV", "IRQGOV")),
    ("Qureia met Mofaz in Jerusalem.", ("040", "PSEGOV", "ISRGOV")),
])
def test_2003_era_officials_are_known(pipe, text, expected):
    assert coded(pipe, text, published="2003-06-01") == [expected]


@pytest.mark.parametrize("text", [
    "The critics destroyed the new Bond film.",
    "The sequel was killed by the critics.",
])
def test_a_work_panned_is_no_violence(pipe, text):
    assert coded(pipe, text) == []


def test_a_studio_bombed_is_still_an_attack(pipe):
    assert [r for r, _, _ in roots(pipe, "Militants bombed the film studio.")] == ["19"]


def test_staff_fired_by_a_newsroom_is_no_sanction_but_a_minister_fired_is(pipe):
    assert coded(pipe, "The network fired its Baghdad correspondent over the interview.") == []
    assert [c for c, _, _ in coded(pipe, "Putin fired his prime minister.")] == ["172"]


@pytest.mark.parametrize("text", ["Police picked up three suspects in Karachi.", "Two militants were picked up at a checkpoint."])
def test_suspects_picked_up_are_detained(pipe, text):
    assert [c for c, _, _ in coded(pipe, text)] == ["173"]


@pytest.mark.parametrize("text", ["He picked up the phone.", "The coast guard picked up 30 survivors."])
def test_picking_up_things_or_survivors_is_no_arrest(pipe, text):
    assert coded(pipe, text) == []


@pytest.mark.parametrize("text", [
    "One of the wounded Iraqis died on Sunday.",
    "Three of the wounded died in hospitals in Baghdad.",
])
def test_the_wounded_who_die_later_are_killed(pipe, text):
    assert [(r, t) for r, _, t in roots(pipe, text)] == [("18", "IRQCVL")]


@pytest.mark.parametrize("text", ["One of the injured climbers died on the mountain.", "Two of the passengers died."])
def test_the_injured_of_no_attack_who_die_are_no_event(pipe, text):
    assert coded(pipe, text) == []


def test_a_named_person_killed_in_an_attack_told_in_apposition(pipe):
    assert coded(pipe, "Ahmed Khalil, killed in the shelling of Jabaliya on Monday, was buried in Gaza.") \
        == [("190", None, "PSECVL")]


@pytest.mark.parametrize("text, expected", [
    ("Insurgents attacked a convoy of the 101st Airborne Division near Mosul.", ("190", "REB", "USAMIL")),
    ("Royal Marines seized the port of Umm Qasr.", ("192", "GBRMIL", None)),
])
def test_iraq_war_units_are_their_armies(pipe, text, expected):
    assert coded(pipe, text, published="2003-06-01") == [expected]


def test_protests_there_were_in_a_place(pipe):
    assert [c for c, _, _ in coded(pipe, "There were anti-war demonstrations in Cairo and Amman on Friday.")] == ["141"]


@pytest.mark.parametrize("text", [
    "There were no protests in Cairo on Friday.",
    "There will be a march in Cairo on Saturday.",
    "There were calls for protests in Cairo.",
])
def test_protests_denied_planned_or_called_for_are_not_held(pipe, text):
    assert coded(pipe, text) == []


@pytest.mark.parametrize("text, expected", [
    ("Chirac spoke by telephone with Sharon about the road map.", ("041", "FRAGOV", None)),
    ("Rumsfeld talked with Chalabi in Baghdad on Tuesday.", ("040", "USAGOV", None)),
])
def test_an_official_consulting_a_person_the_tables_do_not_know(pipe, text, expected):
    assert coded(pipe, text, published="2003-06-01") == [expected]


@pytest.mark.parametrize("text", ["Blair spoke to the BBC on Sunday.", "I've spoken to John about it."])
def test_speaking_to_a_broadcaster_or_by_no_state_is_no_consultation(pipe, text):
    assert coded(pipe, text) == []
