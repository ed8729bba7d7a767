"""Session 16, the lead's event fixes (issue #9), found on probe pages written before any change: insisting on a
fact is no demand, others' forces keep no country of the sentence or the speaker, and "its" in a reported clause
is the clause's own subject's."""
from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from eventwire.actors import of_others
from eventwire.pipeline import Pipeline
from eventwire.records import Actor


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline()


def _events(pipe, text):
    return pipe.process_text(text, published="2024-05-01").events


@pytest.mark.parametrize("text", [
    "The Pentagon insisted that Ukraine does not need more time to train on the F-16s.",
    "Moscow insisted the strike had hit only military targets.",
    "Beijing has repeatedly denied supplying lethal aid, insisting that its trade with Russia is normal commerce.",
])
def test_insisting_that_something_is_so_is_no_demand(pipe, text):
    assert not [e for e in _events(pipe, text) if e.cameo.startswith("10")]


@pytest.mark.parametrize("text, target", [
    ("Kyiv insisted that Russia withdraw its troops from Zaporizhzhia.", "RUSGOV"),
    ("Warsaw insists Berlin should pay war reparations.", "DEUGOV"),
    ("Kyiv insisted that the children be returned.", None),
    ("The EU insisted on a ceasefire in Gaza.", None),
])
def test_insisting_on_what_is_to_be_done_stays_a_demand(pipe, text, target):
    demands = [e for e in _events(pipe, text) if e.cameo.startswith("10")]
    assert demands
    if target:
        assert demands[0].target is not None and demands[0].target.actor == target


def test_others_forces_take_no_country_from_the_speaker(pipe):
    events = _events(pipe, "Lavrov warned that any deployment of Western troops would make them legitimate targets.")
    troops = [a for e in events for a in (e.source, e.target) if a is not None and a.text == "Western troops"]
    assert troops and all(a.country is None for a in troops)      # not RUSMIL: Lavrov's country


def test_own_forces_in_a_state_report_are_still_its_own(pipe):
    events = _events(pipe, "Ukraine's air force said air defenses shot down 80 drones over Kyiv.")
    assert any(e.source is not None and e.source.actor == "UKRMIL" for e in events)


@pytest.mark.parametrize("phrase, others", [
    ("Western troops", True), ("foreign mercenaries", True), ("enemy drones", True), ("allied aircraft", True),
    ("Russian troops", False), ("the troops", False), ("air defenses", False),
])
def test_of_others_reads_the_phrase(phrase, others):
    assert of_others(Actor(phrase, "MIL", None, "MIL")) is others


@pytest.mark.parametrize("text, actor", [
    # (session 17: forces a state moves are no target, so the doer's "its" is read where it acts)
    ("Kyiv said Moscow had moved its troops closer to the border.", None),
    ("Kyiv said Russia claimed its troops had captured two villages near Pokrovsk.", "RUSMIL"),
    ("Budanov told the Economist that Russia had moved its Black Sea Fleet submarines to Novorossiysk.", None),
])
def test_its_in_a_reported_clause_is_the_clause_subjects(pipe, text, actor):
    events = _events(pipe, text)
    assert events
    roles = [a for e in events for a in (e.source, e.target) if a is not None and a.text.startswith("its")]
    assert all(a.country != "UKR" for a in roles)
    if actor:
        assert any(a.actor == actor for a in roles)


def test_its_still_means_the_reporting_state_when_the_clause_has_no_state_subject(pipe):
    events = _events(pipe, "Ukraine's military said its forces repelled 12 attacks near Pokrovsk.")
    assert any(e.source is not None and e.source.actor == "UKRMIL" for e in events)


@pytest.mark.parametrize("text, country", [
    ("Ukrainian drones hit an oil refinery in the Russian city of Ryazan, sparking a large fire.", "RUS"),
    ("Russian missiles hit a power plant in the Ukrainian city of Dnipro.", "UKR"),
    ("A drone struck an apartment block in the port city of Odesa.", "UKR"),
])
def test_the_city_of_a_town_names_the_struck_country(pipe, text, country):
    strikes = [e for e in _events(pipe, text) if e.cameo.startswith(("18", "19"))]
    assert strikes and strikes[0].target is not None and strikes[0].target.country == country


def test_a_weapon_striking_a_town_is_not_the_towns_own(pipe):
    [strike] = [e for e in _events(pipe, "A drone struck an apartment block in Odesa.") if e.cameo.startswith("19")]
    assert strike.source is not None and strike.source.country is None     # not UKRMIL


def test_killed_in_a_national_drone_strike_the_nation_s_military_did_it_to_the_dead(pipe):
    [e] = _events(pipe, "Three soldiers were killed in a Ukrainian drone strike.")
    assert e.source is not None and e.source.actor == "UKRMIL"       # not UKRGOV, and "drone" is no party
    assert e.target is not None and e.target.text == "Three soldiers"


def test_the_attacks_repelled_are_the_nations_military(pipe):
    [e] = _events(pipe, "Ukrainian forces repelled 41 Russian assaults near Pokrovsk.")
    assert e.target is not None and e.target.actor == "RUSMIL"


@pytest.mark.parametrize("text, target", [
    ("The President reaffirmed the unwavering support of the United States for Ukraine.", "UKRGOV"),
    ("Scholz pledged the support of Germany to Moldova.", "MDAGOV"),
])
def test_support_of_one_for_another_is_aimed_at_the_other(pipe, text, target):
    [e] = _events(pipe, text)
    assert e.target is not None and e.target.actor == target


def test_a_condemned_attack_is_its_owners_even_behind_coordinated_weapons(pipe):
    [e] = [e for e in _events(pipe, "The President condemned Russia's latest missile and drone attacks against "
                                    "Ukraine's energy infrastructure.") if e.cameo.startswith("11")]
    assert e.target is not None and e.target.actor == "RUSGOV"


def test_prosecuting_a_war_is_no_prosecution(pipe):
    assert not [e for e in _events(pipe, "Products and services enable Russia to prosecute its illegal war.")
                if e.cameo.startswith("17")]
    assert [e for e in _events(pipe, "Prosecutors will prosecute the former minister for corruption.")
            if e.cameo.startswith("13") or e.cameo.startswith("17")]
