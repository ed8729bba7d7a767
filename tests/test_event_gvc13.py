"""Violent events and their victims in local news (issue #9, round 13, gvc13): a victim found or
taken to hospital "with a gunshot wound" (`nouns.wounded`), "five others were injured"
(`harm._counted_others`), friends, roommates, teammates and kin as people (actor_sectors.tsv), a
gun that "went off, striking" someone (`harm._gun_went_off`), a car that "drove by and fired
shots" (`harm._shooting_vehicle`), "the fatal shooting of <name>" (`nouns._named_victims`). Every
sentence is written for these tests, in wordings of our own; the negatives must stay empty."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from eventwire.pipeline import Pipeline

sys.path.insert(0, str(Path(__file__).parent))
from event_coding import coded  # noqa: E402

# A first sentence that sets the page as crime news (an event of no coded party is kept only in
# a document the detector reads as such reporting: pipeline._vouched)
_LEAD = "Police said a man was wounded in a shooting in Dayton on Friday night."


def told(pipe: Pipeline, sentence: str) -> list[tuple[str, str | None, str | None, str | None, str | None]]:
    """(code, source code, source text, target code, target text) of the events of `sentence`,
    read after the crime-news lead."""
    result = pipe.process_text(f"{_LEAD}\n\n{sentence}", published="2015-06-01")
    return [(e.cameo, e.source.actor if e.source else None, e.source.text if e.source else None,
             e.target.actor if e.target else None, e.target.text if e.target else None)
            for e in result.events if sentence in e.evidence and not e.negated and not e.hypothetical]


# --- a victim who bears a gunshot or stab wound ----------------------------------------------------

@pytest.mark.parametrize("text, victim", [
    ("A 22-year-old man was found early Sunday with a gunshot wound to the neck.", "A 22-year-old man"),
    ("Deputies found a woman with several gunshot wounds in a parked car.", "a woman"),
    ("The teenager arrived at the emergency room with a bullet wound to his thigh.", "The teenager"),
    ("His cousin had a gunshot wound to the shoulder.", "His cousin"),
    ("Police found Marcus Bell with a gunshot wound to the leg.", "Marcus Bell"),
])
def test_a_person_with_a_gunshot_wound_was_shot_by_no_one_named(pipe, text, victim):
    assert told(pipe, text) == [("180", None, None, "CVL", victim)]


def test_a_wound_told_by_its_hospital_trip_is_the_one_taken_there(pipe):
    # "with" hangs on "hospital": the one taken bears the wound, not the hospital (HLH)
    assert told(pipe, "The clerk was taken to a hospital with stab wounds to the arm.") == [
        ("182", None, None, "CVL", "The clerk")]


def test_rushed_to_hospital_with_a_wound_and_later_died(pipe):
    assert told(pipe, "Jones was rushed to a local hospital with a gunshot wound to the chest and later died.") == [
        ("180", None, None, "CVL", "Jones")]


@pytest.mark.parametrize("text", [
    "He was found with a self-inflicted gunshot wound.",  # a suicide: no act against anyone
    "The cause of death was a gunshot wound to the head.",  # a cause, no bearer
    "The trauma center treats hundreds of gunshot wounds a year.",  # a kind, no one shot
    "She was treated for a knee injury after the game.",  # no weapon: no violence
])
def test_wounds_with_no_bearer_or_self_inflicted_are_no_event(pipe, text):
    assert told(pipe, text) == []


# --- "others" counted, friends and kin --------------------------------------------------------------

@pytest.mark.parametrize("text, victims", [
    ("Three others were wounded in the shooting.", "Three others"),
    ("Officials said five others were injured.", "five others"),
])
def test_others_with_a_number_are_people_harmed(pipe, text, victims):
    assert told(pipe, text) == [("180", None, None, "CVL", victims)]


@pytest.mark.parametrize("text", [
    "The others were released from the hospital.",
    "Four others said they heard shots.",
])
def test_others_with_no_harm_or_no_number_are_no_event(pipe, text):
    # (the shots heard are a shooting with no doer and no target since round gvc16, nouns.shots_heard;
    # the others who heard them are harmed by none)
    assert [c for c, *_, victims in told(pipe, text) if c[:2] in ("18", "19") and victims
            and "others" in victims.lower()] == []


@pytest.mark.parametrize("text, code", [
    ("A 19-year-old stabbed his teammate outside the gym.", "182"),
    ("Her ex-boyfriend shot her coworker in the parking lot.", "180"),
    ("The man shot his roommate during an argument over rent.", "180"),
])
def test_friends_teammates_and_coworkers_are_people(pipe, text, code):
    assert coded(pipe, text) == [(code, "CVL", "CVL")]


def test_a_friend_who_had_been_shot_is_a_victim(pipe):
    assert coded(pipe, "His friend had been shot twice.") == [("180", None, "CVL")]


def test_a_friend_shooting_a_video_harms_no_one(pipe):
    assert coded(pipe, "His friend shot a video of the concert.") == []


# --- a gun going off ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, victim", [
    ("The shotgun went off, hitting his nephew in the leg.", "his nephew"),
    ("While he was cleaning the pistol, it discharged and struck his wife.", "his wife"),
    ("The rifle went off and struck his brother in the leg.", "his brother"),  # a shot, no air strike (190)
])
def test_whom_a_gun_hits_when_it_goes_off_is_the_target(pipe, text, victim):
    assert told(pipe, text) == [("180", None, None, "CVL", victim)]


@pytest.mark.parametrize("text", [
    "The alarm went off, waking the neighbors.",
    "The fireworks went off, startling the crowd.",
])
def test_other_things_going_off_are_no_event(pipe, text):
    assert told(pipe, text) == []


# --- a vehicle that fires -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, doer", [
    ("An unknown car drove by and fired shots at them.", "An unknown car"),
    ("A gray van pulled up and fired several shots at the house.", "A gray van"),
])
def test_a_car_that_fires_keeps_its_text_as_the_doer(pipe, text, doer):
    assert [(c, sc, st) for c, sc, st, _, _ in told(pipe, text)] == [("180", None, doer)]


def test_a_truck_hitting_a_pedestrian_is_traffic(pipe):
    assert told(pipe, "A pickup truck struck a pedestrian on Main Street.") == []


# --- the victim a violence noun names -----------------------------------------------------------------

@pytest.mark.parametrize("text, code", [
    ("Detectives said a quarrel over money led to the fatal shooting of Andre Collins.", "180"),
    ("Hundreds gathered for a vigil after the stabbing of Maria Lopez on Friday.", "182"),
])
def test_a_named_person_a_violence_noun_befell_is_its_target(pipe, text, code):
    # (alone: after a shooting told before, "the fatal shooting of ..." is that shooting again)
    assert coded(pipe, text) == [(code, None, "CVL")]


def test_a_place_after_a_violence_noun_is_no_person(pipe):
    # "the shelling of Gaza City": a city, not one of the people (CVL)
    events = told(pipe, "The shelling of Gaza City continued overnight, residents said.")
    assert all(t != "CVL" for _, _, _, t, _ in events)


def test_a_named_battle_is_no_victim(pipe):
    # "the Battle of Kyiv": a named event, Kyiv no person harmed
    assert all(t != "CVL" for _, _, t in coded(pipe, "The volunteers fought in the Battle of Kyiv and won."))


@pytest.mark.parametrize("text", [
    "Two miners died and 14 others were injured in a methane explosion at the colliery, officials said.",
    "One person died while six others were injured in the valley, after heavy rain caused mudslides, the agency said.",
])
def test_others_harmed_in_a_disaster_or_a_fuel_blast_are_no_attack(pipe, text):
    assert [c for c, *_ in coded(pipe, text) if c[:2] in ("18", "19")] == []


def test_others_after_named_soldiers_are_no_civilians(pipe):
    # "wounded two others": more of the soldiers just named, not civilians
    assert all(t is None or not t.endswith("CVL") for _, _, t in coded(
        pipe, "A roadside bomb near Kirkuk on Monday killed one U.S. soldier and wounded three others, the army said."))


# --- shots fired, whoever fired them --------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Witnesses told police that shots were fired at the car around midnight.",
    "At least a dozen rounds were fired into the apartment on Elm Street early Sunday.",
])
def test_shots_fired_report_a_shooting_with_no_doer(pipe, text):
    assert [(c[:2], sc) for c, sc, *_ in told(pipe, text)] == [("18", None)]


@pytest.mark.parametrize("text", [
    "Officers said no shots were fired.",
    "Warning shots were fired into the air.",
    "Shots were fired in the air at the celebration.",
])
def test_no_shots_warning_shots_and_shots_in_the_air_are_no_attack(pipe, text):
    assert told(pipe, text) == []


# --- the toll a relative clause tells of a new act --------------------------------------------------------

def test_the_toll_of_a_shooting_police_investigate_is_reported(pipe):
    events = coded(pipe, "Officers are investigating a shooting outside a bar in Flint on Sunday that left one man dead.")
    assert [(c[:2], s) for c, s, t in events if c[:2] == "18"] == [("18", None)]
    assert any(c[:2] == "18" and t is not None and t.endswith("CVL") for c, s, t in events)


@pytest.mark.parametrize("text", [
    "The shooting that left two people dead was the city's tenth homicide this year.",  # the one told before
    "Police are investigating a shooting that left the neighbors shaken.",  # no harm told
])
def test_a_toll_clause_on_a_known_act_or_with_no_harm_is_no_new_event(pipe, text):
    assert [c for c, *_ in coded(pipe, text) if c[:2] in ("18", "19")] == []
