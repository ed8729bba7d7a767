"""Forms found by writing and labelling a set of war and security reporting (wire briefs, think-tank
assessments, defence-ministry summaries, UN/OSCE statements, live blogs, analysis prose) before running the
coder (session 17, issue #9, evrec20; eval/events_rec20): a clause describing whom an attack struck does not
change how it struck; a boat hit with water cannon is repressed; warning shots show force; diplomats sent
home or ordered out are expelled; calls resisted are rejected; ships and jets dispatched, warships diverted
are forces deployed; a comment by "they" waits for the document to say who; a participle of naming after a
break of ties is its own criticism; a vow of punishment threatens; an act named in an expression of concern,
its doer and victims counted, is reported.
Every sentence is written for these tests (none is from the labelled set); each runs the real pipeline.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest


sys.path.insert(0, str(Path(__file__).parent))
from event_coding import coded, codes  # noqa: E402


def _has(found, code, source=None, target=None):
    return any(c == code and (source is None or (s or "").startswith(source))
               and (target is None or (t or "").startswith(target)) for c, s, t in found)


# --- a clause describing whom an attack struck does not refine the attack (coder._said_of_the_struck) ------

@pytest.mark.parametrize("text", [
    "The strike killed four fighters, including a commander accused of planning the assault on the barracks.",
    "Soldiers killed a rebel leader blamed for the proposal to attack the town.",
    "Commandos killed six insurgents, among them a bomb-maker suspected of planning attacks on the capital.",
])
def test_what_the_struck_planned_is_no_criticism(pipe, text):
    found = codes(pipe, text)
    assert found and found[0][:2] == "19", found
    assert "111" not in found


@pytest.mark.parametrize("text", [
    "Special forces raided a compound that was used to store drones.",
    "Soldiers stormed a warehouse where rockets were kept.",
])
def test_what_the_struck_held_is_no_air_strike(pipe, text):
    assert "195" not in codes(pipe, text)


def test_an_attack_on_a_plan_stays_criticism(pipe):
    assert codes(pipe, "The opposition attacked the government's budget plan.") == ["111"]


# --- water cannon, warning shots -------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Two Vietnamese fishing boats were blasted with water cannon by Chinese coast guard vessels near the Paracels.",
    "Riot police doused the marchers with tear gas outside the parliament in Tbilisi.",
])
def test_water_cannon_and_tear_gas_repress(pipe, text):
    assert "175" in codes(pipe, text)


def test_blasting_in_words_stays_criticism(pipe):
    assert codes(pipe, "The senator blasted the administration's new trade deal.") == ["111"]


@pytest.mark.parametrize("text", [
    "Greek coast guards fired warning shots at a Turkish fishing boat off Lesbos.",
    "Indian troops fired warning shots after Chinese soldiers approached their post in Ladakh.",
])
def test_warning_shots_show_force(pipe, text):
    found = codes(pipe, text)
    assert found[:1] == ["150"], found
    assert not any(c[:2] == "19" for c in found)


def test_shots_fired_at_a_convoy_stay_an_attack(pipe):
    assert codes(pipe, "Militants fired shots at a United Nations convoy near Goma.")[0][:2] == "19"


# --- expulsions told as idioms -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, source, target", [
    ("Estonia sent three Russian diplomats home on Tuesday.", "EST", "RUS"),
    ("Belgrade ordered out two Croatian diplomats over the spying affair.", "SRB", "HRV"),
])
def test_diplomats_sent_home_are_expelled(pipe, text, source, target):
    assert _has(coded(pipe, text), "166", source, target)
    assert "050" not in codes(pipe, text)


def test_an_ambassador_sent_abroad_is_no_expulsion(pipe):
    assert "166" not in codes(pipe, "Japan sent a new ambassador to Seoul.")


# --- calls resisted are rejected ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Chancellor Merz has resisted calls from his coalition partners to send Taurus missiles to Ukraine.",
    "The Hungarian government resisted pressure from Brussels to drop its veto.",
])
def test_calls_resisted_are_rejected(pipe, text):
    assert "120" in codes(pipe, text)


# --- forces dispatched or diverted -------------------------------------------------------------------------

@pytest.mark.parametrize("text, source", [
    ("Japan dispatched fighter jets to shadow the Russian bombers over the Sea of Japan.", "JPN"),
    ("Taiwan said it had dispatched ships and missile systems to monitor the Chinese fleet.", "TWN"),
    ("A French frigate was diverted to escort the tanker through the Strait of Hormuz.", "FRA"),
])
def test_forces_dispatched_are_deployed(pipe, text, source):
    assert _has(coded(pipe, text), "154", source)


def test_inspectors_dispatched_still_investigate(pipe):
    assert "090" in codes(pipe, "The IAEA dispatched inspectors to the Zaporizhzhia plant.")


def test_a_merchant_ship_diverted_is_no_deployment(pipe):
    assert "154" not in codes(pipe, "Maersk diverted two container ships around the Cape of Good Hope.")


# --- a comment by "they" waits for the document (guards._statement_by_no_one) --------------------------------

def test_condolences_by_they_are_the_council_s(pipe):
    text = ("The members of the Security Council condemned the attack on the peacekeepers. "
            "They expressed their sympathy to the families of the victims.")
    assert _has(coded(pipe, text), "018", "IGO")


def test_a_statement_by_they_stays_no_event(pipe):
    assert coded(pipe, "They issued a statement on Monday evening.") == []


# --- naming after a break of ties (triggers._name_calling) --------------------------------------------------

def test_naming_after_ties_cut_is_criticism(pipe):
    found = codes(pipe, "Niger severed diplomatic relations with Ukraine on Sunday, calling it a terrorist state.")
    assert "161" in found and "111" in found


def test_scorn_told_again_stays_one(pipe):
    found = codes(pipe, "The ministry poured scorn on the report, calling it ridiculous.")
    assert found.count("111") <= 1


# --- a vow of punishment threatens (rules.vow_to_punish_threatens) -------------------------------------------

@pytest.mark.parametrize("text", [
    "Pakistan's prime minister vowed to bring the bombers to justice.",
    "The governor pledged to hold the attackers accountable.",
])
def test_vow_to_punish_threatens(pipe, text):
    assert "130" in codes(pipe, text)


def test_vow_of_aid_stays_an_intention(pipe):
    assert codes(pipe, "Canada pledged to provide $500 million in military aid to Ukraine.")[0][:2] == "03"


# --- an act named in an expression of concern (nouns._alarm_felt, _victims_counted) ---------------------------

def test_concern_about_a_counted_detention_reports_it(pipe):
    found = coded(pipe, "The UN human rights office expressed concern about the detention of three Georgian "
                        "activists by police in Tbilisi.")
    assert _has(found, "111", "IGO")
    assert _has(found, "173", "GEO")


def test_concern_about_a_generic_act_reports_nothing_more(pipe):
    found = codes(pipe, "Rights groups expressed concern about the arrests of activists.")
    assert "173" not in found


def test_they_in_a_clause_of_feeling_is_no_speaker(pipe):
    assert "018" not in codes(pipe, "We were glad that they shared our concern and acted on it quickly.")


# --- a wire report's home is its dateline's country when the body names it again (pipeline._dateline_home) ----

def test_dateline_country_places_the_ministry(pipe):
    text = ("BAMAKO, Nov 18 (Reuters) - Jihadist fighters killed 14 Malian soldiers near Diafarabe on Monday. "
            "Russian instructors were travelling with the convoy, one source said. Mali's junta has ruled since 2021. "
            "The defence ministry condemned the attack.")
    assert _has(coded(pipe, text), "111", "MLI")


def test_a_hub_dateline_is_no_home(pipe):
    text = ("NAIROBI, March 3 (Reuters) - Somali pirates hijacked a bulk carrier off Eyl, officials in Puntland said. "
            "The navy said it was tracking the vessel.")
    assert not any((s or "").startswith("KEN") for _, s, _ in coded(pipe, text))


# --- armed groups placed by the document only (placing._names_a_country) ------------------------------------------

def test_guerrillas_in_a_report_from_one_country_are_its_own(pipe):
    text = ("BOGOTA (Reuters) - Colombian troops fought dissidents in Cauca province on Friday. "
            "President Petro broke off peace talks with the guerrillas.")
    assert _has(coded(pipe, text), "164", "COLGOV", "COLREB")


def test_militants_attacking_a_named_country_stay_unplaced(pipe):
    found = coded(pipe, "The militants fired rockets at Israel overnight.")
    assert not any(s == "ISRREB" for _, s, _ in found)


def test_a_group_blamed_by_an_unplaced_ministry_stays_unplaced(pipe):
    text = ("KHARTOUM, May 8 (Reuters) - Drones struck a power station in Khartoum on Thursday, days after the "
            "United Arab Emirates denied arming the RSF. The foreign ministry blamed the paramilitary group for the attack.")
    assert not any(t == "AREREB" for _, _, t in coded(pipe, text))


# --- protests faced; median lines crossed and airspace entered ---------------------------------------------------

def test_protests_faced_are_protests_against_the_subject(pipe):
    assert _has(coded(pipe, "Georgia's ruling party faces mass demonstrations over the suspended EU talks."),
                "141", None, "GEO")


@pytest.mark.parametrize("text", [
    "Two Russian fighter jets entered Finnish airspace near Porvoo on Friday.",
    "Eleven Chinese warplanes crossed the median line of the strait on Tuesday morning.",
])
def test_airspace_entered_or_median_line_crossed_shows_force(pipe, text):
    found = codes(pipe, text)
    assert "150" in found and "192" not in found


def test_an_airliner_entering_airspace_is_no_show_of_force(pipe):
    assert "150" not in codes(pipe, "A Qatar Airways airliner entered Iranian airspace after a detour.")


def test_troops_entering_a_town_still_occupy(pipe):
    assert "192" in codes(pipe, "Russian troops entered the town of Kupiansk.")


def test_warning_shots_are_aimed_at_the_boat(pipe):
    assert _has(coded(pipe, "Philippine troops fired warning shots at a Chinese militia vessel near Thitu."),
                "150", "PHL", "CHN")
