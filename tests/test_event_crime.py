"""Crime, courts and disasters as news reports them: violence by private people is CAMEO's
unconventional violence (18), not an army's fighting (19); charges, indictments, convictions and
sentences are legal action (173); who a participle says someone is ("a man charged with murder")
is no new charge; accidents and disasters are no attacks; pleas are no appeals."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest


sys.path.insert(0, str(Path(__file__).parent))
from event_coding import coded  # noqa: E402


# --- who uses violence decides its family -------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Smith shot his neighbor after an argument, police said.",
    "Two people were killed and at least nine injured in a knife attack at a Walmart in southern China.",
    "A 25-year-old man was shot and killed Saturday night in Chicago.",
])
def test_violence_by_private_people_is_unconventional(pipe, text):
    assert [c[:2] for c, _, _ in coded(pipe, text)] == ["18"]


@pytest.mark.parametrize("text", [
    "Israeli troops killed three Palestinians in Jenin.",
    "Unknown attackers shot dead two soldiers near Kidal on Tuesday.",
    "Georgian demonstrators launched missiles at the Georgian government.",
    "A landmine blast killed three soldiers in Mali's Mopti region.",
])
def test_armies_arms_and_soldiers_keep_it_fighting(pipe, text):
    assert [c[:2] for c, _, _ in coded(pipe, text)] == ["19"]


def test_bombs_no_army_drops_are_bombings(pipe):
    assert [c for c, _, _ in coded(pipe, "A car bomb killed a Russian journalist near Moscow.")] == ["183"]
    assert [c for c, _, _ in coded(pipe, "A suicide bomber killed at least 12 people at a market in Maiduguri.")] \
        == ["183"]


def test_a_gunman_who_fled_his_job_and_opened_fire_did_it(pipe):
    text = ("A fired accountant bought a shotgun the day after he lost his job, then returned to the office "
            "and opened fire on his bosses, wounding both and killing a receptionist.")
    assert [(c[:2], t) for c, _, t in coded(pipe, text)] == [("18", "CVL")]


def test_protesters_using_force_riot(pipe):
    assert [c for c, _, _ in coded(pipe, "Demonstrators stormed the presidential palace.")] == ["145"]
    assert [c for c, _, _ in coded(pipe, "Three killed as rioters bomb Greek bank")] == ["145"]


def test_police_firing_tear_gas_at_demonstrators_aim_at_the_demonstrators(pipe):
    assert coded(pipe, "Police fired tear gas at demonstrators in Nairobi.") == [("175", "KENCOP", "KENOPP")]
    # ... but those arrested "at a protest" are the people, not the protest
    assert [t for _, _, t in coded(pipe, "Police arrest dozens at pro-Palestinian protest in London")] == ["GBRCVL"]


# --- legal action ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "A 23-year-old man has been charged with the murders of his mother and sister.",
    "Man charged with murdering mother and sister in Cumbria",
    "Prosecutors charged three men with terrorism on Monday.",
    "A grand jury indicted the former president.",
    "A jury on Tuesday convicted a man in the shooting at an accounting firm.",
    "35-year-old Gomes faces two counts of murder.",
])
def test_charges_indictments_and_convictions_are_legal_action(pipe, text):
    assert "173" in [c[:3] for c, _, _ in coded(pipe, text)]


def test_charging_that_is_still_an_accusation(pipe):
    assert "112" in [c[:3] for c, _, _ in coded(pipe, "Amnesty charged that police tortured detainees.")]
    assert [c[:3] for c, _, _ in coded(pipe, "The opposition charged the government with corruption.")] == ["112"]


@pytest.mark.parametrize("text", [
    "Prosecutors showed the footage at the trial of the two youths charged with murdering Horton.",
    "A provisional trial date has been set in the case of a son accused of killing his mother in Millom.",
])
def test_who_a_participle_says_someone_is_is_no_new_charge(pipe, text):
    assert not [c for c, _, _ in coded(pipe, text) if c[:2] in ("11", "17")]


def test_an_order_to_leave_the_country_is_an_expulsion(pipe):
    assert [(c[:2], s, t) for c, s, t in coded(pipe, "Mali ordered the French ambassador to leave within 72 hours.")] \
        == [("17", "MLIGOV", "FRAGOV")]


# --- calls ----------------------------------------------------------------------------------

def test_two_leaders_speaking_by_phone_is_a_call(pipe):
    text = ("Russia and Ukraine traded accusations over the attack on the dam. "
            "The two presidents spoke by phone on Friday.")
    assert "041" in [c for c, _, _ in coded(pipe, text)]


# --- who underwent it, and what is only alleged ----------------------------------------------

def test_a_victim_told_of_in_a_comma_relative_clause_is_reported(pipe):
    text = ("Employees were coping Saturday with the death of their boss, who was gunned down at their "
            "office Christmas party.")
    assert [c[:2] for c, _, _ in coded(pipe, text)] == ["18"]


def test_someone_named_by_their_job_is_charged(pipe):
    text = ("A former employee who opened fire at an office Christmas party, killing one man, has been "
            "charged with first-degree murder, police said Saturday.")
    assert ("173", "CVL") in [(c, t) for c, _, t in coded(pipe, text)]


def test_what_a_charge_says_someone_did_is_alleged(pipe):
    text = "Police arrested him on charges he killed his mother and ex-girlfriend."
    assert [c[:2] for c, _, _ in coded(pipe, text)] == ["17"]  # the killing is alleged, not reported


def test_a_named_shooter_firing_the_shot_is_violence(pipe):
    text = ('Two men were shot dead outside a bar in Chicago on Friday, police said. '
            '"Jermayne fired the shot," the detective said.')
    events = pipe.process_text(text, published="2024-05-10").events
    assert [(e.cameo[:2], e.source.text) for e in events if e.trigger.startswith("fired")] == [("18", "Jermayne")]


# --- not what it seems ----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # a plea in court is no appeal
    "Munir Abdulkader, 22, had pleaded guilty on March 24 to attempted murder.",
    # disasters, accidents and names released: no one's attack
    "Iranian earthquake tremor hits Dubai",
    "Ten people were killed and at least 50 injured when an earthquake razed mud-brick villages on Qeshm.",
    "Queens grandmother killed by a drunk hit-and-run driver",
    "Authorities have released the name of a woman who was struck and killed by a motorist.",
    "A hunter in China has been hit by the deadly bubonic plague.",
    # ending a custom, forecasting rain, a patrol's name
    "Spain is hoping to kill off its famed siesta naps by moving to a new time zone.",
    "Weather service officials warned that a storm system could drop up to an inch of rain.",
    "The Highway Patrol reported that a truck traveled off the road near Holliday.",
    # markets rallying or supported: no protest and no aid
    "Not just the Sensex, even the Nifty has been rallying at a time when concerns over the economy are growing.",
    "The Indian market's high valuations are being supported by a combination of factors.",
])
def test_what_only_sounds_like_crime_or_force_is_no_event(pipe, text):
    assert coded(pipe, text) == []


def test_workers_who_will_strike_threaten_a_strike_not_an_attack(pipe):
    found = coded(pipe, "On Friday, BA cabin crew based at Heathrow said they would strike on Christmas Day.")
    assert [c[:2] for c, _, _ in found] == ["13"] and found[0][0] != "138", found


def test_a_town_named_with_its_us_state_is_american(pipe):
    found = coded(pipe, "A 25-year-old Paris, Missouri, man was arrested Friday on drunk driving charges.")
    assert [(c, t) for c, _, t in found] == [("173", "USACVL")]


@pytest.mark.parametrize("capital", ["Washington, D.C.", "Washington, DC,"])
def test_a_visitor_in_the_us_capital_keeps_his_country(pipe, capital):
    # the District of Columbia is a subdivision in the gazetteer's table, but no state a town lies in
    found = coded(pipe, f"Foreign Minister Wang Yi in {capital} condemned the sanctions.")
    assert [(c, s) for c, s, _ in found] == [("111", "CHNGOV")]


def test_shots_fired_in_the_air_are_no_air_strike(pipe):
    found = coded(pipe, "Altintas, the gunman, also fired shots in the air at the gallery in Ankara.")
    assert found and all(c != "195" for c, _, _ in found), found


def test_an_attack_told_before_stays_an_attack(pipe):
    text = "Militants attacked a base in eastern Syria on Sunday. The attack wounded three U.S. service-members."
    events = pipe.process_text(text, published="2024-05-10").events
    assert [e.cameo[:2] for e in events if e.trigger.startswith("wounded")] in (["19"], [])
    assert all(e.cameo[:2] == "19" for e in events if e.cameo[:2] in ("18", "19")), [(e.cameo, e.trigger) for e in events]


@pytest.mark.parametrize("text, target", [
    ("Two soldiers were shot dead near Kidal on Tuesday.", "MLIMIL"),
    ("Three police officers were killed in an ambush in Niger.", "NERCOP"),
    ("Russian troops killed two Ukrainian soldiers near Bakhmut.", "UKRMIL"),
])
def test_soldiers_and_police_hit_with_no_side_named_are_the_place_s(pipe, text, target):
    assert [t for _, _, t in coded(pipe, text)] == [target]
