"""Forms found by labelling LGL local news before running the coder (session 14, issue #9, evlgl17;
eval/events_lgl17): a headline's victim with an age ("Girl, 16, attacked in ..."), "Both were
charged", a police report's inverted "Arrested were ..." and a fronted "Charged with ..., man ...",
a case "under investigation", a traffic citation, a knife held to a throat, a raid on a home by no
one named, victims and suspects of a one-country report placed in it though the clause names only
streets. And no event for a question ("asked what ..."), a rocket blasting off, a photo or an e-fit
released, paying for one's own family, falling against a railing, a winner's promise to
do the best job, a quoted resignation letter, a private person's arrival in a country. Every
sentence is written for these tests (none is from the labelled articles); each runs the real
pipeline.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest


sys.path.insert(0, str(Path(__file__).parent))
from event_coding import coded, codes, coded_roots as roots  # noqa: E402


# --- recall: forms of local crime news ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Woman, 62, assaulted in Riverside park.",
    "Teen, 17, stabbed in Overland park.",
])
def test_a_headline_victim_with_an_age_is_harmed(pipe, text):
    found = roots(pipe, text)
    assert [r for r, _, _ in found] == ["18"] and found[0][1] is None and found[0][2] is not None


@pytest.mark.parametrize("text, code", [
    ("Both were charged with criminal damage and resisting arrest.", "173"),
    ("Both were arrested at the scene by deputies.", "173"),
    ("Both were stabbed in the back outside the bar.", "182"),
])
def test_both_undergo_the_act(pipe, text, code):
    assert code in codes(pipe, text)


def test_both_elected_is_no_event(pipe):
    assert coded(pipe, "Both were elected to the school board in 2006.") == []


@pytest.mark.parametrize("text", [
    "Arrested were Jason Miller, 31, of Pine Road, and Carla Evans, 27, of Main Street.",
    "Arrested Saturday was Thomas Reed, 45, of Oak Lane.",
])
def test_an_inverted_arrest_names_its_patients(pipe, text):
    found = coded(pipe, text)
    assert [c for c, _, _ in found] == ["173"] and found[0][1] is None and found[0][2] is not None


@pytest.mark.parametrize("text", [
    "Charged with drunken driving, the motorist was released to a relative.",
    "Arrested on Sunday, the teenager spent the night in the county jail.",
])
def test_a_fronted_participle_is_said_of_the_main_subject(pipe, text):
    assert any(c == "173" and s is None and t is not None for c, s, t in coded(pipe, text))


def test_a_fronted_participle_of_no_legal_act_is_no_event(pipe):
    assert coded(pipe, "Elected in 2004, the mayor opened the new library on Monday.") == []


@pytest.mark.parametrize("text", [
    "The crash remains under investigation.",
    "The cause of the stabbing is still under investigation by county detectives.",
])
def test_a_case_under_investigation_is_investigated(pipe, text):
    assert [c for c, _, _ in coded(pipe, text)] == ["091"]


def test_a_person_under_investigation_is_the_target(pipe):
    found = coded(pipe, "The former mayor is under investigation for embezzlement.")
    assert [(c, s) for c, s, _ in found] == [("091", None)] and found[0][2] is not None


@pytest.mark.parametrize("text, expected", [
    ("Fire officials said the cause may be electrical, but the blaze remains under investigation.", []),
    ("The fire is under investigation as arson, police said.", ["091"]),
])
def test_a_fire_s_cause_under_investigation_is_no_crime_inquiry(pipe, text, expected):
    assert codes(pipe, text) == expected


def test_a_bridge_under_construction_is_no_event(pipe):
    assert coded(pipe, "The bridge remains under construction.") == []


@pytest.mark.parametrize("text", [
    "Robert Jenkins was cited for failure to stop at a red light, police said.",
    "The driver was cited for careless driving.",
])
def test_a_traffic_citation_is_a_charge(pipe, text):
    assert codes(pipe, text) == ["173"]


def test_cited_for_bravery_is_no_charge(pipe):
    assert "173" not in codes(pipe, "The firefighter was cited for bravery by the county.")


@pytest.mark.parametrize("text", [
    "The robber put a gun to the clerk's head and emptied the till.",
    "The robber held a knife to the cashier's throat and fled with the money.",
])
def test_a_weapon_held_to_the_throat_or_head_threatens(pipe, text):
    assert "130" in codes(pipe, text)


def test_something_else_held_to_the_head_threatens_no_one(pipe):
    assert "130" not in codes(pipe, "The nurse held an ice pack to the boy's head.")


def test_a_raid_on_a_flat_by_no_one_named_is_a_search(pipe):
    assert [c for c, _, _ in coded(pipe, "A raid on his flat in Leeds found forged documents.")] == ["091"]


def test_an_army_raid_stays_an_attack(pipe):
    assert [r for r, _, _ in roots(pipe, "An Israeli raid on a home in Jenin killed two men.")] == ["19"]


# --- whose victims and suspects ------------------------------------------------------------------

def test_a_victim_named_near_a_street_is_of_the_report_s_country(pipe):
    text = ("TULSA, Okla. - A man was shot Tuesday outside a shop in Tulsa, Oklahoma. "
            "The man was shot while walking near Briarwood Terrace, police said.")
    harmed = [t for c, s, t in coded(pipe, text) if c.startswith("18")]
    assert harmed and all(t == "USACVL" for t in harmed)


def test_an_arrested_suspect_is_of_the_report_s_country(pipe):
    text = ("SPRINGFIELD, Ill. - Police in Springfield, Illinois, arrested a burglar on Friday. "
            "The suspect, Adam Kowalski, 29, of the 1100 block of West Oak, was arrested at the scene.")
    found = [t for c, s, t in coded(pipe, text) if c == "173"]
    assert "USACRM" in found


def test_internal_security_forces_are_police(pipe):
    found = coded(pipe, "Lebanon's Internal Security Forces arrested two men in Tripoli.")
    assert [(c, s) for c, s, _ in found] == [("173", "LBNCOP")]


def test_security_forces_shelling_stay_troops(pipe):
    assert [(r, s) for r, s, _ in roots(pipe, "Syrian security forces shelled the town.")] == [("19", "SYRMIL")]


# --- no event --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # questions with a question word
    "Councilman Ortiz asked what the consultants would charge the city.",
    "The senator asked why the agency had waited so long.",
    # launches
    "The Chinese rocket blasted off from Jiuquan on Sunday.",
    "The shuttle blasted off for the space station at dawn.",
    # information released
    "Police have released an e-fit of a man they want to speak to.",
    "Detectives released CCTV images of two men seen near the shop.",
    # one's own family
    "Ruiz had been paying for her son's schooling in Mexico.",
    "She had been funding her grandson's college education.",
    # falling or driving into things
    "He slipped on the ice and fell, hitting a railing.",
    "The truck skidded and struck a utility pole.",
    # promises of effort
    "I promise I'll do the best job I can for this county.",
    "The new councilwoman pledged to work hard for every resident.",
    # a private person's arrival
    "Okafor arrived in Britain from Lagos in 2004.",
])
def test_no_event(pipe, text):
    assert coded(pipe, text) == []


def test_a_quoted_resignation_letter_accedes_to_no_demand(pipe):
    text = ("\"I resign with regret, as it has been a privilege to serve this town for eight years,\" "
            "Miller wrote in a resignation letter.")
    assert "083" not in codes(pipe, text)
    text = ("GROTON, Conn. - Town councilor Mark Bell has resigned. \"I resign with regret, as it has been a "
            "privilege to serve this town for eight years, and I thank the voters for their support,\" Bell "
            "wrote in a resignation letter.")
    assert "083" not in codes(pipe, text)


# The same forms inside a report, where the page and the document's country keep weaker events.

def test_paying_for_one_s_own_child_in_a_court_report_is_no_aid(pipe):
    text = ("OXFORD - A Nigerian nurse was jailed for fraud at Oxford Crown Court. "
            "Okafor had been funding her daughter's education in Lagos.")
    assert [r for r, _, _ in roots(pipe, text)] == ["17"]


def test_a_fall_against_a_railing_in_a_police_report_is_no_attack(pipe):
    text = ("WINONA, Minn. - Police are investigating a death in Winona. "
            "Police said he lost his balance and fell, hitting a railing.")
    assert not any(r in ("18", "19") for r, _, _ in roots(pipe, text))
    text = ("WINONA, Minn. - A man died after a fall, Winona police said. "
            "The ice was slippery, and he fell, hitting the concrete steps.")
    assert coded(pipe, text) == []


def test_a_winner_s_promise_in_an_election_report_is_no_intention(pipe):
    text = ("COLUMBUS, Ga. - Democratic incumbent Linda Hart has won the county clerk election. "
            "\"I promise I'll do the best job possible,\" Hart said.")
    assert coded(pipe, text) == []


# --- kept as they were ---------------------------------------------------------------------------

def test_criticism_by_blasting_stays(pipe):
    assert [r for r, _, _ in roots(pipe, "Senator Smith blasted the governor's budget plan.")] == ["11"]


def test_hostages_released_stay_released(pipe):
    assert [c[:2] for c in codes(pipe, "Hamas released two Israeli hostages on Sunday.")] == ["08"]


def test_a_state_funding_an_army_stays_aid(pipe):
    assert [r for r, _, _ in roots(pipe, "The United States is funding Ukraine's army.")] == ["07"]


def test_an_official_s_arrival_stays_a_visit(pipe):
    assert [(r, s) for r, s, _ in roots(pipe, "Blinken arrived in Kyiv on Wednesday.")] == [("04", "USAGOV")]


def test_a_resignation_amid_calls_for_it_stays(pipe):
    assert "083" in codes(pipe, "The minister resigned after weeks of calls for his resignation.")


def test_a_promise_to_a_party_stays_an_intention(pipe):
    assert [r for r, _, _ in roots(pipe, "Russia promised to deliver the missiles to Iran.")] == ["03"]


def test_a_car_striking_a_person_is_not_a_fixture_hit(pipe):
    # the accident rule decides a car hitting someone; a blow to a person is not a thing hit (an assault by
    # a gunman on a police officer is 18, eval/events_news.md rule 1; 19 before round evroot18)
    assert [r for r, _, _ in roots(pipe, "The gunman struck a police officer with a bat.")] == ["18"]
