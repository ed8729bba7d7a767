"""Each coding rule (events/rules.py) on its own: no parser needed."""
from __future__ import annotations

import pytest

from eventwire.events import rules
from eventwire.events.rules import Coding
from eventwire.records import Actor

RUS_TROOPS = Actor("Russian troops", "RUSMIL", "RUS", "MIL")
OFFICERS = Actor("officers", "USAMIL", "USA", "MIL")
PROTESTERS = Actor("protesters", "OPP", None, "OPP")
VILLAGE = Actor("the village", "CVL", None, "CVL")
CHINA = Actor("China", "CHNGOV", "CHN", "GOV")


def test_arresting_officers_are_police():
    c = rules.apply(Coding("173", OFFICERS, None, verb="arrest"))
    assert c.source.sector == "COP" and c.source.actor == "USACOP"


def test_protesters_wrecking_property_riot():
    assert rules.apply(Coding("171", PROTESTERS, None)).code == "145"
    assert rules.apply(Coding("171", RUS_TROOPS, None)).code == "171"


def test_troops_marching_show_force():
    assert rules.apply(Coding("141", RUS_TROOPS, None, verb="march")).code == "154"
    assert rules.apply(Coding("141", PROTESTERS, None, verb="march")).code == "141"


def test_captured_land_is_not_people_acted_on():
    assert rules.apply(Coding("192", RUS_TROOPS, VILLAGE)).target is None
    assert rules.apply(Coding("192", RUS_TROOPS, CHINA)).target == CHINA


@pytest.mark.parametrize("verb, context, target, code", [
    ("hold", {"hold", "exercise"}, None, "150"),            # Russia held an exercise
    ("hold", {"hold", "joint", "exercise"}, None, "062"),   # Russia held joint exercises
    ("take", {"take", "part", "exercise"}, None, "062"),   # Belarus took part in exercises
    ("hold", {"hold", "exercise"}, CHINA, "062"),           # Russia held an exercise with China
])
def test_own_exercise_is_a_show_of_force_a_joint_one_cooperation(verb, context, target, code):
    assert rules.apply(Coding("062", RUS_TROOPS, target, verb=verb, noun="exercise", context=context)).code == code


@pytest.mark.parametrize("code, negated, expected", [
    ("046", False, ("036", False, False)),   # will hold talks: intent to meet
    ("072", False, ("033", False, False)),   # will provide military aid: intent to aid
    ("046", True, ("125", False, False)),    # will not negotiate: refusal
    ("190", False, ("138", False, False)),   # will attack: threat of force
    ("120", False, ("120", False, False)),   # will withdraw from the treaty: the rejection is made
    ("091", False, ("091", False, True)),    # will investigate: not yet done
])
def test_a_stated_future_act_is_an_intention_a_refusal_or_a_threat(code, negated, expected):
    assert rules.stated_future(code, negated) == expected


def test_a_government_protesting_complains_officially():
    japan = Actor("Tokyo", "JPNGOV", "JPN", "GOV")
    students = Actor("students", "EDU", None, "EDU")
    assert rules.apply(Coding("140", japan, None, verb="protest")).code == "114"
    assert rules.apply(Coding("140", students, None, verb="protest")).code == "140"
    assert rules.apply(Coding("141", japan, None, verb="march")).code == "141"


# --- crime and courts (session 7) ------------------------------------------------------------

SMITH = Actor("Smith")
NEIGHBOUR = Actor("his neighbour", "CVL", None, "CVL")
GUNMEN = Actor("gunmen", "REB", None, "REB")
SOLDIERS = Actor("two soldiers", "MIL", None, "MIL")


@pytest.mark.parametrize("code, source, target, words, expected", [
    ("190", SMITH, NEIGHBOUR, {"shoot"}, "180"),                    # a man shot his neighbour
    ("193", None, NEIGHBOUR, {"kill", "knife"}, "180"),             # killed in a knife attack
    ("190", None, NEIGHBOUR, {"kill", "car", "bomb"}, "183"),       # a car bomb killed ...
    ("190", GUNMEN, NEIGHBOUR, {"kill", "suicide", "bomber"}, "183"),  # a suicide bomber killed ...
    ("190", PROTESTERS, None, {"storm", "palace"}, "145"),          # demonstrators stormed the palace
    ("190", RUS_TROOPS, NEIGHBOUR, {"kill"}, "190"),                # troops killed civilians
    ("190", GUNMEN, NEIGHBOUR, {"kill"}, "180"),                    # gunmen killed villagers: no army
    ("190", GUNMEN, SOLDIERS, {"kill"}, "190"),                     # gunmen killed two soldiers: fighting
    ("190", GUNMEN, NEIGHBOUR, {"kill", "militant"}, "190"),        # ... in a clause of war
    ("193", None, SOLDIERS, {"shoot"}, "193"),                      # two soldiers were shot dead
    ("190", None, NEIGHBOUR, {"kill", "landmine", "blast"}, "190"),  # a landmine blast
    ("190", PROTESTERS, CHINA, {"launch", "missile"}, "190"),       # protesters firing missiles fight
])
def test_violence_by_private_people_is_unconventional(code, source, target, words, expected):
    assert rules.apply(Coding(code, source, target, sentence_words=words)).code == expected


@pytest.mark.parametrize("told", ["the attack", "the strikes", "the shooting", "the drone strikes"])
def test_an_attack_told_before_is_no_private_doer(told):
    # "the attack wounded three soldiers": the coder keeps the attack as the doer until the document
    # lends the real one; the rules read it as no one named (an armed conflict's), not as a person
    # (Smith shooting soldiers is an assault)
    coding = Coding("190", Actor(told), SOLDIERS, sentence_words={"wound"})
    assert rules.apply(coding).code == "190"
    assert rules.apply(Coding("190", SMITH, SOLDIERS, sentence_words={"wound"})).code == "180"


def test_charges_brought_are_legal_action_and_charging_that_is_an_accusation():
    police = Actor("police", "COP", None, "COP")
    assert rules.apply(Coding("112", None, NEIGHBOUR, verb="charge", passive=True)).code == "173"
    assert rules.apply(Coding("112", police, NEIGHBOUR, verb="charge")).code == "173"
    assert rules.apply(Coding("112", Actor("Amnesty", "NGOAMN", None, "NGO"), police, verb="charge")).code == "112"


def test_workers_striking_hold_a_strike():
    crew = Actor("cabin crew", "LAB", None, "LAB")
    assert rules.apply(Coding("190", crew, None, verb="strike", sentence_words={"crew", "strike"})).code == "143"
    assert rules.apply(Coding("190", RUS_TROOPS, None, verb="strike",
                              sentence_words={"troop", "strike"})).code == "190"


def test_hitting_back_in_words_is_criticism():
    assert rules.apply(Coding("190", CHINA, None, verb="hit", context={"hit", "back", "at"},
                              sentence_words={"hit", "back", "control"})).code == "111"
    assert rules.apply(Coding("190", CHINA, None, verb="hit", context={"hit", "back", "airstrike"},
                              sentence_words={"hit", "back", "airstrike"})).code == "190"
