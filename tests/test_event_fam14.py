"""Forms found by writing wire sentences family by family, round 2 (session 11, issue #9, fam14;
eval/events_fam14): aid dispatched or shipped, land returned, a truce accepted, humanitarian convoys
allowed in, a veto lifted, a government pressed for arms, aid funding halted, chemical weapons used,
snap drills, troops dispatched; and no event for an investor's demand for yields, a team's withdrawal
from a tournament or a seller's threat to raise prices. Each test runs the real pipeline; the last
ones check that the new readings do not take over other uses."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest


sys.path.insert(0, str(Path(__file__).parent))
from event_coding import coded, codes, coded_roots as roots  # noqa: E402


@pytest.mark.parametrize("text, expected", [
    ("Qatar dispatched a team of rescue workers to earthquake-stricken Turkey.", ("07", "QATGOV", "TURGOV")),
    ("The UAE dispatched medical supplies to Gaza via Egypt.", ("07", "AREGOV", "PSEGOV")),
    ("India shipped vaccines to Nepal as part of its humanitarian assistance programme.", ("07", "INDGOV", "NPLGOV")),
    ("Japan shipped tents and blankets to the quake zone in Turkey.", ("07", "JPNGOV", None)),
])
def test_aid_dispatched_or_shipped_is_aid(pipe, text, expected):
    assert expected in roots(pipe, text)


@pytest.mark.parametrize("text, expected", [
    ("Russia dispatched troops to Kazakhstan at the request of its government.", ("154", "RUSGOV", "KAZGOV")),
    ("Washington dispatched a warship to the Taiwan Strait.", ("154", "USAGOV", None)),
])
def test_troops_dispatched_are_a_deployment(pipe, text, expected):
    assert expected in coded(pipe, text)


@pytest.mark.parametrize("text, expected", [
    ("Armenia returned four villages to Azerbaijan under a border deal.", ("084", "ARMGOV", "AZEGOV")),
    ("Azerbaijan returned the district of Lachin to Armenian control.", ("084", "AZEGOV", "ARMGOV")),
])
def test_land_handed_back_is_a_return(pipe, text, expected):
    assert expected in coded(pipe, text)


@pytest.mark.parametrize("text", [
    "Hezbollah accepted a truce with Israel on Wednesday.",
    "The Houthis accepted an armistice with Saudi Arabia.",
])
def test_a_truce_accepted_is_coded_as_a_ceasefire_accepted(pipe, text):
    assert any(c == "030" for c in codes(pipe, text))


@pytest.mark.parametrize("text, expected", [
    ("Ethiopia allowed humanitarian convoys into Tigray for the first time in months.", ("086", "ETHGOV")),
    ("Israel allowed 200 trucks of aid into Gaza on Sunday.", ("086", "ISRGOV")),
])
def test_humanitarian_convoys_allowed_in_are_access_granted(pipe, text, expected):
    assert expected in [(c, s) for c, s, _ in coded(pipe, text)]


@pytest.mark.parametrize("text, expected", [
    ("Turkey lifted its veto on Sweden's NATO membership.", ("080", "TURGOV")),
    ("Hungary dropped its veto on the EU aid package for Ukraine.", ("080", "HUNGOV")),
    ("Budapest withdrew its veto on Sweden's accession.", ("080", "HUNGOV")),
])
def test_a_veto_given_up_is_yielding(pipe, text, expected):
    assert expected in [(c, s) for c, s, _ in coded(pipe, text)]


@pytest.mark.parametrize("text, expected", [
    ("Kyiv pressed Washington for long-range missiles.", ("10", "UKRGOV", "USAGOV")),
    ("Warsaw pressed Berlin for war reparations.", ("10", "POLGOV", "DEUGOV")),
])
def test_pressing_a_government_for_something_is_a_demand(pipe, text, expected):
    assert expected in roots(pipe, text)


@pytest.mark.parametrize("text, expected", [
    ("The World Bank halted funding to Afghanistan after the Taliban takeover.", "162"),
    ("Canada halted funding to UNRWA in January.", "162"),
    ("The United States halted funding for the WHO.", "162"),
])
def test_aid_funding_stopped_is_aid_stopped(pipe, text, expected):
    assert expected in codes(pipe, text)


@pytest.mark.parametrize("text, expected", [
    ("Syrian government forces used chemical weapons against civilians in Ghouta.", ("20", "SYRMIL")),
    ("Saddam Hussein's forces used poison gas against the Kurds of Halabja.", ("20", "IRQMIL")),
    ("Assad's regime dropped chlorine bombs on the town of Saraqeb.", ("20", "SYRGOV")),
])
def test_chemical_weapons_used_are_mass_violence(pipe, text, expected):
    assert expected in [(c[:2], s) for c, s, _ in coded(pipe, text)]


@pytest.mark.parametrize("text", [
    "Belarus began snap military exercises near the Polish border.",
    "Russia began snap combat readiness drills in the Baltic Sea.",
])
def test_snap_drills_are_a_show_of_force(pipe, text):
    assert "150" in codes(pipe, text)


@pytest.mark.parametrize("text", [
    "Investors demanded higher yields on Italian bonds.",
    "Bondholders demanded a bigger premium for Greek debt.",
    "The team withdrew from the tournament after an injury crisis.",
    "The Russian team withdrew from the championship.",
    "Retailers threatened to raise prices if tariffs go up.",
    "Landlords threatened to hike rents.",
])
def test_market_and_sport_uses_are_no_event(pipe, text):
    assert coded(pipe, text) == []


@pytest.mark.parametrize("text", [
    "The club dispatched its reserve team to the cup match.",
    "The company shipped its new phones to retailers in Europe.",
    "The coach pressed for a replay after the match.",
    "The mayor allowed the convoy of trucks to pass through the town during the festival.",
])
def test_the_new_verbs_outside_conflict_give_no_event(pipe, text):
    assert coded(pipe, text) == []


@pytest.mark.parametrize("text, expected", [
    ("Washington threatened to raise tariffs on Chinese goods.", ("13", "USAGOV")),
    ("Ukraine demanded the return of its stolen grain.", ("10", "UKRGOV")),
    ("Russian forces withdrew from the city of Kherson.", ("08", "RUSMIL")),
    ("Russia threatened to use nuclear weapons if NATO intervened.", ("13", "RUSGOV")),
])
def test_real_threats_demands_and_withdrawals_stay(pipe, text, expected):
    got = [(c[:2], s) for c, s, _ in coded(pipe, text)]
    assert expected in got and not any(c.startswith("20") for c in codes(pipe, text))


def test_a_budget_frozen_in_financing_is_no_aid_stopped(pipe):
    assert coded(pipe, "The state was forced to freeze about 2.6 billion dollars in financing for infrastructure "
                       "projects.") == []


@pytest.mark.parametrize("text", [
    "Britain ordered its diplomats to leave Kabul.",
    "Washington ordered non-essential diplomats to leave Kyiv.",
    "Paris ordered its embassy staff to leave Niamey.",
])
def test_a_government_moving_its_own_diplomats_expels_no_one(pipe, text):
    assert coded(pipe, text) == []


def test_a_foreign_diplomat_ordered_to_leave_is_still_expelled(pipe):
    assert coded(pipe, "Russia ordered Estonia's ambassador to leave.") == [("174", "RUSGOV", "ESTGOV")]


def test_an_investigators_team_dispatched_is_no_aid(pipe):
    assert "073" not in codes(pipe, "The safety agency is dispatching a team to Detroit to investigate a collision.")


def test_a_purpose_clause_shares_the_intent_of_the_act_it_serves(pipe):
    assert "086" not in codes(pipe, "Israel has agreed to open its borders with Gaza to allow humanitarian aid "
                                    "into the enclave.")


def test_a_purpose_clause_under_an_appeal_leaves_the_appeal(pipe):
    assert ("020", None, "USALEG") in coded(pipe, "And I urge the Congress to pass this funding quickly to help "
                                                   "Ukraine continue to succeed against Russian aggression.")


def test_help_offered_in_a_purpose_clause_is_intent(pipe):
    assert ("033", "USAGOV", "UGAMIL") in coded(pipe, "President Obama has offered to send troops to Uganda to help "
                                                      "African troops pursue the LRA.")
