"""Root conventions (session 15, issue #9; eval/events_root18/): where the coder found the event but gave it a
different CAMEO root than the manuals (eval/events_gold.md, eval/events_blind.md) prescribe. An armed group's
gunfire on police or civilians is 180, a fire bomb thrown at a building 183, an exchange of fire a fight (19)
whoever the sides are, an honour bestowed praise (051), reservations about a party criticism (111), a person
captured in a relative clause detained (173), an order to a foreign government a demand (10). Sentences
written for these tests, apart from the labelled sets. Each test runs the real pipeline."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from event_coding import coded, coded_roots  # noqa: E402


# --- an armed group's violence on police or people: 180 (not 19)
@pytest.mark.parametrize("text, expected", [
    ("Armed men opened fire on a police station in the town, wounding three officers.", ("180", "REB", "COP")),
    ("Gunmen killed six villagers in an attack on a market in the north.", ("180", "REB", "CVL")),
    ("Twelve people were killed in an ISIS attack in Baghdad.", ("180", "IMGMUSISI", "IRQCVL")),
    ("Taliban fighters stormed a police post overnight, killing four officers.", ("180", "AFGREB", "AFGCOP")),
])
def test_armed_group_on_police_or_people_is_assault(pipe, text, expected):
    assert expected in coded(pipe, text)


@pytest.mark.parametrize("text, expected", [
    ("Gunmen fired on a security patrol near the border town, officials said.", ("180", "REB", None)),
    ("Attackers opened fire on the convoy of the provincial governor.", ("180", None, "GOV")),
])
def test_gunmen_on_anyone_but_fighters_is_assault(pipe, text, expected):
    assert expected in coded(pipe, text)


@pytest.mark.parametrize("text, root", [
    ("A gunman opened fire on soldiers guarding the embassy.", "19"),
    ("Insurgents ambushed an army convoy, killing five soldiers.", "19"),
    ("Rebels shelled the town with mortars, killing three civilians.", "19"),
    ("Militants clashed with police in the capital on Friday.", "19"),
])
def test_armed_group_fighting_stays_a_fight(pipe, text, root):
    assert root in [r for r, _, _ in coded_roots(pipe, text)]
    assert "18" not in [r for r, _, _ in coded_roots(pipe, text)]


@pytest.mark.parametrize("text", [
    "The two sides exchanged fire across the border for several hours.",
    "Both armies traded gunfire along the ceasefire line overnight.",
])
def test_an_exchange_of_fire_is_a_fight(pipe, text):
    assert [r for r, _, _ in coded_roots(pipe, text)] == ["19"]


# --- fire bombs thrown at a building: 183; at police in a protest, or stones: 145
@pytest.mark.parametrize("text", [
    "Youths hurled petrol bombs into a bank branch, police said.",
    "Someone lobbed a molotov cocktail at the synagogue late on Saturday.",
])
def test_fire_bomb_thrown_at_a_building_is_a_bombing(pipe, text):
    assert [c for c, _, _ in coded(pipe, text)] == ["183"]


@pytest.mark.parametrize("text", [
    "Protesters hurled petrol bombs at riot police.",
    "Masked youths threw stones at the bank.",
])
def test_fire_bombs_at_police_and_stones_stay_a_riot(pipe, text):
    assert [c for c, _, _ in coded(pipe, text)] == ["145"]


# --- an honour bestowed: 051
@pytest.mark.parametrize("text, expected", [
    ("The king awarded the French envoy the Order of Merit.", ("051", "GOV", "FRAGOV")),
    ("Kyiv conferred a state decoration on the Polish president.", ("051", "UKRGOV", "POLGOV")),
])
def test_an_honour_bestowed_is_praise(pipe, text, expected):
    assert coded(pipe, text) == [expected]


# --- reservations about a party: 111 (as "concerned at X's ...", eval/events_blind.md)
def test_reservations_about_a_party_are_criticism(pipe):
    assert coded(pipe, "Paris expressed serious reservations about Moscow's proposal.") == [
        ("111", "FRAGOV", "RUSGOV")]


def test_reservations_about_nothing_named_stay_pessimism(pipe):
    assert [c for c, _, _ in coded(pipe, "Berlin voiced misgivings about the economy.")] in ([], ["012"])


# --- a person captured in a relative clause: 173; a town: 192
def test_person_captured_in_a_relative_clause_is_detained(pipe):
    assert ("173", "UKRMIL", None) in coded(
        pipe, "Commander Ivanov, who was captured by Ukrainian troops last week, appeared on television.")


def test_town_captured_in_a_relative_clause_is_occupied(pipe):
    assert [c for c, _, _ in coded(pipe, "Bakhmut, which was captured by Russian forces in May, lies in ruins.")] == ["192"]


def test_a_bunch_of_prisoners_handed_over_are_released(pipe):
    assert coded(pipe, "The Brits handed over a bunch of detainees to the Afghan police.") == [
        ("084", "GBRCVL", "AFGCOP")]


# --- an order to a foreign government: a demand (10)
@pytest.mark.parametrize("text, expected", [
    ("Erdogan ordered Assad to halt the shelling of Idlib.", ("100", "TURGOV", "SYRGOV")),
    ("Obama said he ordered Putin to cut it out.", ("100", "USAGOV", "RUSGOV")),
])
def test_an_order_to_a_foreign_government_is_a_demand(pipe, text, expected):
    assert coded(pipe, text) == [expected]


def test_an_order_to_ones_own_side_stays_the_act(pipe):
    assert [c[:2] for c, _, _ in coded(pipe, "Trump ordered the Pentagon to halt military aid to Ukraine.")] == ["16"]


# --- denying what another party alleges: 016, also when the parser makes the party the object of "deny"
@pytest.mark.parametrize("text, expected", [
    ("The ministry denied UN claims that its forces had tortured detainees.", ("016", "GOV", "IGOUNO")),
    ("Hanoi denied Chinese reports that its boats rammed a fishing trawler.", ("016", "VNMGOV", "CHNGOV")),
])
def test_denying_anothers_claims_is_a_denial(pipe, text, expected):
    assert expected in coded(pipe, text)


def test_denying_a_party_something_stays_a_refusal(pipe):
    assert [c[:2] for c, _, _ in coded(pipe, "Hungary denied Ukraine the right to use its airspace.")] == ["12"]


# --- money paid toward a country's rebuilding: economic aid 071 (not trade 061)
def test_money_paid_toward_rebuilding_is_economic_aid(pipe):
    assert coded(pipe, "Japan's paying about two billion dollars toward rebuilding Afghanistan.") == [
        ("071", "JPNGOV", None)]


def test_money_paid_for_goods_stays_trade(pipe):
    assert [c for c, _, _ in coded(pipe, "Russia paid Turkey two billion dollars for the gas.")] == ["061"]


# --- an act looked forward to is planned: an intention (036 for a meeting or discussion), not done
@pytest.mark.parametrize("text, expected", [
    ("Biden said he looks forward to discussing trade with the Japanese prime minister.", ("036", "USAGOV", "JPNGOV")),
    ("Erdogan said he looked forward to hosting the Russian president in Ankara.", ("036", "TURGOV", "RUSGOV")),
])
def test_a_meeting_looked_forward_to_is_an_intention(pipe, text, expected):
    assert coded(pipe, text) == [expected]
