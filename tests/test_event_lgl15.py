"""Forms found by labelling LGL local news before running the coder (session 12, issue #9, evlgl15;
eval/events_lgl15): a town's police and courts belong to the town's country though a suspect's
foreign birth is named; a report about a suspect born abroad is still about its own country; an
arraignment is a charge and its subject a person whatever their trade; an arrest and a charge in one
sentence are two steps; prison terms "given"; empathy, speaking in favour, insults; release on bail.
And no event for firefighting, a fire's harm, rescues, acts yet to happen (future talks, a go-ahead
to sign), acts one only wishes to see, a town's public meetings, "hit school", rules for a class of
applicants, papers surrendered to a court, or the month of March. Every sentence is written for
these tests (none is from the labelled articles); each runs the real pipeline.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest


sys.path.insert(0, str(Path(__file__).parent))
from event_coding import coded, codes, coded_roots as roots  # noqa: E402


# --- whose police and courts --------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # a document about one US town, naming a suspect's foreign birth
    "WATERBURY - A Torrington roofer was charged Friday with burglary. Ortiz, a native of Honduras, "
    "was arrested by Torrington police on Thursday and taken to the Litchfield County jail.",
    "SAVANNAH, Ga. - A landscaper, a citizen of Guatemala, was arrested by Savannah police on Monday. "
    "He was held at the Chatham County jail.",
])
def test_town_police_are_american_though_the_suspect_was_born_abroad(pipe, text):
    arrests = [(s, t) for c, s, t in coded(pipe, text) if c == "173" and s]
    assert arrests and all(s == "USACOP" for s, _ in arrests)


def test_a_county_police_named_with_its_county_is_that_county_s_country(pipe):
    found = coded(pipe, "Cobb County Police arrested a Nigerian exchange student on Tuesday.")
    assert ("173", "USACOP", "NGACVL") in found or any(c == "173" and s == "USACOP" for c, s, _ in found)


def test_police_of_a_country_named_by_its_adjective_stay_that_country_s(pipe):
    assert any(c == "173" and s == "MEXCOP" for c, s, _ in
               coded(pipe, "Mexican police arrested two American tourists in Tijuana."))


def test_a_country_named_as_a_place_of_the_story_still_counts(pipe):
    # Mexico is where it happens, not where someone was born: police are not placed in the US
    found = coded(pipe, "Police arrested three men in Monterrey, Mexico, on Sunday.")
    assert all(s != "USACOP" for c, s, _ in found)


# --- courts and police: steps of a case -------------------------------------------------------

@pytest.mark.parametrize("text", [
    "A Hartford electrician was arraigned Monday on charges of arson.",
    "The bookkeeper was arraigned in district court on two counts of embezzlement.",
])
def test_an_arraignment_on_charges_is_legal_action_on_a_person(pipe, text):
    found = coded(pipe, text)
    assert any(c == "173" and t is not None and t.endswith("CVL") for c, _, t in found)


@pytest.mark.parametrize("text, steps", [
    ("Lopez, a native of Peru, was arrested by Bristol police and taken to the station, "
     "where he was charged with robbery.", 2),
    ("The clerk was convicted of theft in federal court and was sentenced to 18 months.", 2),
    ("Police arrested two men and detained three others.", 1),
])
def test_each_step_of_a_case_is_an_event(pipe, text, steps):
    assert codes(pipe, text).count("173") == steps


def test_a_judge_giving_probation_sentences(pipe):
    assert "173" in codes(pipe, "Judge Alvarez gave the former treasurer a life sentence on Friday.")


def test_released_on_bond_is_a_release(pipe):
    assert "084" in codes(pipe, "The suspect was released on $10,000 bond on Wednesday.")


# --- statements -------------------------------------------------------------------------------

def test_empathising_with_a_state_is_an_empathetic_comment(pipe):
    assert ("018", "FRAGOV", "UKRGOV") in coded(pipe, "Macron empathized with Ukraine over the blackouts.")


def test_speaking_in_favour_of_a_position_endorses_it(pipe):
    assert "05" in [r for r, _, _ in roots(pipe, "Germany's chancellor spoke in favour of the ceasefire proposal.")]


def test_insulting_a_president_is_criticism(pipe):
    assert ("111", "TURGOV", "FRAGOV") in coded(pipe, "Erdogan insulted the French president on Saturday.")


# --- no event ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Crews attacked the blaze from the roof of the warehouse.",
    "Firefighters launched an aggressive attack on the fire from the second floor.",
    "A grease fire gutted the restaurant and injured a cook, who later died at the hospital.",
    "The lifeguard dragged the boy out of the lake and started CPR.",
    "Rescuers pulled two people from the rubble of the collapsed garage.",
])
def test_fires_and_rescues_are_no_attacks(pipe, text):
    assert [r for r, _, _ in roots(pipe, text) if r in ("08", "17", "18", "19")] == []


def test_police_opening_fire_still_use_force(pipe):
    assert "175" in codes(pipe, "Kenyan police opened fire on protesters in Nairobi, killing two people.")


def test_taken_into_custody_is_still_an_arrest(pipe):
    assert "173" in codes(pipe, "Officers talked him down the stairs, and Texas police took him into custody.")


def test_troops_pulled_out_still_withdraw(pipe):
    assert "087" in codes(pipe, "Turkey pulled its troops out of northern Iraq.")


def test_a_gunman_s_killing_after_another_verb_stays_an_attack(pipe):
    assert "18" in [r for r, _, _ in roots(pipe, "The gunman entered the bank and killed two guards.")]


@pytest.mark.parametrize("text", [
    "Merkel left the door open to possible talks with Iran and Syria.",
    "The envoy spoke of future negotiations between Serbia and Kosovo.",
    "Putin gave his go-ahead to signing of a defence pact with Belarus.",
    "Parliament gave the green light to sending troops to Mali.",
])
def test_acts_yet_to_happen_are_no_events(pipe, text):
    assert [r for r, _, _ in roots(pipe, text) if r in ("04", "05", "15", "19")] == []


def test_talks_that_took_place_are_still_talks(pipe):
    assert "04" in [r for r, _, _ in roots(pipe, "Talks between Serbia and Kosovo ended without agreement.")]


@pytest.mark.parametrize("text", [
    "Many voters are hoping to see the senator give his backing to the Israeli plan.",
    "We would like to see Russia withdraw its troops from Georgia.",
])
def test_what_one_wishes_to_see_is_no_event(pipe, text):
    assert [r for r, _, _ in roots(pipe, text) if r in ("05", "08")] == []


@pytest.mark.parametrize("text", [
    "Marietta officials have scheduled three community meetings next month to talk about the bond plan.",
    "The county commission will hold a public hearing on the rezoning next Tuesday.",
    "Roswell to discuss new park plan.",
    "The school district is holding its next public forum on April 2 at the high school.",
])
def test_a_town_s_public_meetings_are_no_consultation(pipe, text):
    assert codes(pipe, text) == []


def test_a_capital_discussing_stands_for_its_government(pipe):
    assert "04" in [r for r, _, _ in roots(pipe, "Ankara discussed the proposal with Moscow.")]


@pytest.mark.parametrize("text", [
    "Most of the gap opens before the children even hit school, the principal said.",
    "Applicants must be residents of the county to apply for the scholarship, Smith said.",
    "Organizations must also be registered in Ohio and contribute to the council's mission, she said.",
    "The judge ruled he could leave jail, but he must surrender his passport and wear a monitor.",
    "The club is holding the next public forum on March 12 at the library.",
])
def test_reaching_rules_papers_and_months_are_no_events(pipe, text):
    assert codes(pipe, text) == []


def test_missiles_hitting_a_school_still_attack(pipe):
    assert "19" in [r for r, _, _ in roots(pipe, "Russian missiles hit a school in Kharkiv on Monday.")]


def test_a_march_held_is_still_a_demonstration(pipe):
    assert "141" in codes(pipe, "Thousands of teachers held a march through Lisbon on Saturday.")


def test_rebels_surrendering_weapons_still_yield(pipe):
    assert "08" in [r for r, _, _ in roots(pipe, "The rebels surrendered their weapons to the army.")]


def test_a_named_country_still_demanded_of(pipe):
    assert "10" in [r for r, _, _ in roots(pipe, "Russia must withdraw its troops, the French minister said.")]


@pytest.mark.parametrize("text", [
    "The suspect will be arraigned Friday in Superior Court.",
    "Both defendants will be sentenced on May 4.",
])
def test_a_court_step_still_to_come_is_no_event_and_no_threat(pipe, text):
    assert [r for r, _, _ in roots(pipe, text) if r in ("13", "17")] == []


def test_police_will_arrest_stays_a_threat(pipe):
    assert "13" in [r for r, _, _ in roots(pipe, "Turkish police will arrest anyone who joins the march, the governor said.")]


def test_police_is_no_town(pipe):
    # "Police" is also a town in Poland: officers named by their force are not placed there
    found = coded(pipe, "Police officers in Kokomo are investigating a shooting at a bar.")
    assert all(s != "POLCOP" for _, s, _ in found)
