"""ACE 2005-style news (session 13, issue #9; eval/events_ace16/): 2003-era wire, broadcast transcripts and
weblogs. Arms sold and bought, troops airlifted, flown or sent into a place, people captured, executed,
paroled, handed over or hurt in fighting, and the no-event rules of events/ace_news.py (court appeals,
campaign rallies, resignations no one demanded, acts done "without", verdicts' crimes, game scores, the
wounded flown out, towns one travels to). Worded apart from the probe sentences of eval/events_ace16/.
Each test runs the real pipeline."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest


sys.path.insert(0, str(Path(__file__).parent))
from event_coding import coded, coded_roots as roots  # noqa: E402


@pytest.mark.parametrize("text, expected", [
    ("Germany sold four submarines to Israel.", ("072", "DEUGOV", "ISRGOV")),
    ("India bought 36 fighter jets from France.", ("072", "FRAGOV", "INDGOV")),
    ("Poland purchased Patriot batteries from the United States.", ("072", "USAGOV", "POLGOV")),
])
def test_arms_sold_or_bought_between_states_are_military_aid(pipe, text, expected):
    assert coded(pipe, text) == [expected]


@pytest.mark.parametrize("text", [
    "Germany and the Netherlands will buy Raytheon's Stinger missile with European production.",
    "Poland bought 250 Abrams tanks last year.",
])
def test_arms_bought_from_no_state_are_procurement(pipe, text):
    # no giver: a company or no one sells (session 13, read on the corpus' fact sheet on allies' purchases)
    assert coded(pipe, text) == []


def test_a_stake_bought_is_no_event(pipe):
    assert coded(pipe, "The bank bought a stake in the company.") == []


@pytest.mark.parametrize("text, expected", [
    ("France airlifted 200 paratroopers to Bangui.", ("154", "FRAGOV")),
    ("Paris flew 300 soldiers to Abidjan on Sunday.", ("154", "FRAGOV")),
])
def test_troops_airlifted_or_flown_are_deployed(pipe, text, expected):
    assert [(c, s) for c, s, _ in coded(pipe, text)] == [expected]


def test_relief_airlifted_stays_aid(pipe):
    assert [c for c, _, _ in coded(pipe, "Britain airlifted tents and blankets to Pakistan.")] == ["073"]


def test_the_wounded_flown_home_are_no_deployment(pipe):
    assert coded(pipe, "The injured soldiers were flown home for treatment.") == []


def test_tanks_sent_into_a_place_are_deployed_but_sent_to_a_state_given(pipe):
    assert [r for r, _, _ in roots(pipe, "The army sent tanks into the refugee camp of Jenin.")] == ["15"]
    assert coded(pipe, "Canada sent tanks to Poland.") == [("072", "CANGOV", "POLGOV")]


@pytest.mark.parametrize("text, source", [
    ("Iran hanged three drug smugglers in Tehran.", "IRNGOV"),
    ("Singapore executed a convicted drug trafficker.", "SGPGOV"),
])
def test_people_put_to_death(pipe, text, source):
    assert [(c, s) for c, s, _ in coded(pipe, text)] == [("180", source)]


def test_a_named_leader_executed(pipe):
    assert [(c, t) for c, _, t in coded(pipe, "Saddam was executed on Saturday.")] == [("180", "IRQGOV")]


def test_a_plan_executed_is_no_killing(pipe):
    assert coded(pipe, "The ministry executed the budget plan.") == []


def test_parole_is_a_release(pipe):
    assert coded(pipe, "Israel paroled the Palestinian activist after ten years.") == [("084", "ISRGOV", "PSEOPP")]


def test_a_cell_busted_is_arrested(pipe):
    assert [(r, s) for r, s, _ in roots(pipe, "Pakistani police busted a militant cell in Karachi.")] == [("17", "PAKCOP")]


def test_a_commander_taken_out_is_attacked_a_loan_is_not(pipe):
    assert [(r, t) for r, _, t in roots(pipe, "A drone strike took out a top Taliban commander.")] == [("19", "AFGREB")]
    assert coded(pipe, "The minister took out a loan.") == []


def test_a_town_taken_is_seized_a_town_travelled_to_is_not(pipe):
    assert [c for c, _, _ in coded(pipe, "Rebels took the town of Goma on Tuesday.")] == ["192"]
    assert coded(pipe, "Tourists took the train to the city.") == []


def test_suspects_handed_over_between_states_are_extradited(pipe):
    assert coded(pipe, "Pakistan handed over three suspects to the United States.") == [("063", "PAKGOV", "USAGOV")]


@pytest.mark.parametrize("text, expected", [
    ("Nine Israelis were hurt in the bombing of a bus in Haifa.", ("18", "ISRCVL")),
    ("Twelve Palestinians were hurt in clashes with Israeli troops in Nablus.", ("19", "PSECVL")),
])
def test_people_hurt_in_fighting_are_its_victims(pipe, text, expected):
    assert [(r, t) for r, _, t in roots(pipe, text)] == [expected]


def test_the_economy_hurt_is_no_violence(pipe):
    assert coded(pipe, "The economy was hurt by the sanctions.") == []


def test_a_death_sentence_commuted_is_eased(pipe):
    assert [r for r, _, _ in roots(pipe, "Belarus commuted the death sentence of the opposition activist.")] == ["08"]


@pytest.mark.parametrize("text, expected", [
    ("American troops captured a former Iraqi general near Tikrit.", ("173", "USAMIL")),
    ("Syrian rebels captured two government soldiers near Aleppo.", ("181", "SYRREB")),
    ("Ukrainian forces captured the village of Klishchiivka.", ("192", "UKRMIL")),
])
def test_people_captured_are_detained_or_abducted_ground_occupied(pipe, text, expected):
    assert [(c, s) for c, s, _ in coded(pipe, text)] == [expected]


@pytest.mark.parametrize("text", [
    "The former prime minister appealed his conviction for corruption.",
    "Defence lawyers lodged an appeal against the verdict.",
    "The Supreme Court agreed to consider the appeal.",
    "The president held a campaign rally in Florida.",
    "Italy's interior minister resigned for personal reasons.",
    "Chelsea massacred Wolves 6-0 on Saturday.",
    "The reservists ship out to Iraq next week.",
])
def test_no_event(pipe, text):
    assert coded(pipe, text) == []


def test_an_appeal_for_aid_stays_an_appeal(pipe):
    assert [(r, s) for r, s, _ in roots(pipe, "The UN appealed for aid for Sudan.")] == [("02", "IGOUNO")]


def test_a_rally_against_the_government_stays_a_protest(pipe):
    assert [(r, s) for r, s, _ in roots(pipe, "The opposition held a rally against the government in Minsk.")] \
        == [("14", "BLROPP")]


def test_a_resignation_amid_protests_accedes(pipe):
    assert [c for c, _, _ in coded(pipe, "The prime minister resigned amid street protests.")] == ["083"]


def test_a_deal_not_reached_is_no_agreement(pipe):
    assert coded(pipe, "Israeli and Egyptian envoys met in Cairo without reaching a deal.") == [
        ("040", "ISRGOV", "EGYGOV")]


def test_the_crime_in_a_verdict_is_no_second_event(pipe):
    assert [r for r, _, _ in roots(pipe, "A jury found the businessman guilty of selling weapons to Iran.")] == ["17"]


def test_a_phone_call_placed_on_a_day_to_talk_is_a_call(pipe):
    assert [(c, s, t) for c, s, t in coded(pipe, "Bush called Putin on Friday to discuss the Iraq resolution.")] \
        == [("041", "USAGOV", "RUSGOV")]


def test_a_call_on_someone_to_talk_stays_an_appeal(pipe):
    assert [r for r, _, _ in roots(pipe, "The UN chief called on the parties to discuss a ceasefire.")] == ["02"]


def test_deaths_after_a_game_are_still_violence(pipe):
    assert [r for r, _, _ in roots(pipe, "Two people were killed in a shooting after the 3-1 win.")] == ["18"]


def test_a_withdrawal_under_a_deal_is_a_withdrawal(pipe):
    # the agreement an act is done under is no object of the act ("withdraw" + "deal" is 127)
    assert [c for c, _, _ in coded(pipe, "Israeli troops withdrew from Bethlehem on Wednesday under a security deal.")] \
        == ["087"]
    assert [c for c, _, _ in coded(pipe, "Russia withdrew from the grain deal in July.")] == ["127"]


def test_power_handed_over_is_yielded(pipe):
    assert coded(pipe, "British forces handed over control of Basra airport to the Iraqi army.") == [
        ("080", "GBRMIL", "IRQMIL")]


@pytest.mark.parametrize("text", [
    "A car packed with explosives exploded near the embassy, killing four.",
    "A truck laden with explosives blew up outside the UN headquarters in Baghdad.",
    "A booby-trapped car exploded in a market in Baquba, killing nine people.",
])
def test_a_vehicle_made_into_a_bomb_goes_off_as_a_bombing(pipe, text):
    assert [c for c, _, _ in coded(pipe, text)] == ["183"]


@pytest.mark.parametrize("text", [
    "The tanker exploded on the highway, killing the driver.",
    "A car exploded after the crash.",
    "Honestly, the president's speech last night bombed.",
    "Historians estimate that the Mongols killed millions when they sacked Baghdad in 1258.",
    "Napoleon's army burned Moscow in 1812.",
])
def test_accidents_flops_and_history_are_no_violence(pipe, text):
    assert coded(pipe, text) == []


def test_a_series_of_attacks_is_not_a_show(pipe):
    assert [r for r, _, _ in roots(pipe, "A series of attacks left 130 people dead in Paris on Friday.")] == ["18"]


def test_a_recent_year_is_not_history(pipe):
    assert [r for r, _, _ in roots(pipe, "Russian jets bombed the town in 2016.")] == ["19"]


def test_a_leader_flying_to_a_capital_visits_it(pipe):
    assert coded(pipe, "The Egyptian president flew to Paris on Monday for talks with Macron.")[:1] == [
        ("042", "EGYGOV", "FRAGOV")]


def test_troops_flying_somewhere_deploy(pipe):
    assert [(c, s) for c, s, _ in coded(pipe, "British paratroopers flew to Sierra Leone on Monday.")] == [
        ("154", "GBRMIL")]


def test_a_suspect_flying_abroad_visits_no_one(pipe):
    assert coded(pipe, "The gunman flew to Canada two days after the robbery.") == []


def test_troops_massing_show_force_protesters_massing_protest(pipe):
    assert [(c, s) for c, s, _ in coded(pipe, "Syrian troops massed along the Turkish border.")] == [("154", "SYRMIL")]
    assert [r for r, _, _ in roots(pipe, "Opposition supporters massed outside the electoral commission in Tbilisi.")] \
        == ["14"]


def test_an_old_year_describing_a_place_is_no_history(pipe):
    assert [r for r, _, _ in roots(pipe, "Russian troops stormed the fortress, built in 1700, on Tuesday.")] == ["19"]


def test_a_resignation_agreed_to_is_still_coded(pipe):
    assert [r for r, _, _ in roots(pipe, "The Greek prime minister agreed to resign on Sunday.")] == ["03"]


def test_guilty_as_a_judgement_tells_the_act(pipe):
    assert roots(pipe, "The rebels were guilty of violating the ceasefire agreement in Darfur.") == [("12", "REB", "SDNGOV")]
