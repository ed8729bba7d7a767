"""Written wire ledes of all twenty CAMEO roots (session 17, issue #9; eval/events_wire20/): rows of the
`# --- wire20` block of data/event_triggers.tsv (and its event_context.tsv / event_nouns.tsv rows) and the rules
named in each test. Worded apart from the sentences of eval/events_wire20/. Each test runs the real pipeline."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest


sys.path.insert(0, str(Path(__file__).parent))
from event_coding import coded, coded_roots as roots  # noqa: E402


# --- rows

@pytest.mark.parametrize("text, expected", [
    ("Japan's foreign minister sent condolences to the families of the victims of the ferry disaster in South Korea.",
     ("018", "JPNGOV", "KORCVL")),
    ("Britain's prime minister sent a message of sympathy to the Moroccan king after the earthquake.", ("018", "GBRGOV", None)),
])
def test_sympathy_sent_is_an_empathetic_comment(pipe, text, expected):
    assert expected in coded(pipe, text)


def test_concurring_with_a_position_is_accord(pipe):
    assert ("019", "CANGOV", "USAGOV") in coded(
        pipe, "Canada concurred with Washington's assessment of the threat, its defence minister said.")


def test_evidence_handed_to_prosecutors_is_judicial_cooperation(pipe):
    assert ("06", "COLGOV", "ECUJUD") in roots(
        pipe, "Colombian investigators handed over evidence to Ecuadorean prosecutors in the murder case.")


@pytest.mark.parametrize("text, expected", [
    ("Kazakhstan resumed oil exports to Germany through the Druzhba pipeline on Friday.", ("061", "KAZGOV", "DEUGOV")),
    ("Poland resumed arms deliveries to Ukraine after a two-week pause.", ("072", "POLGOV", "UKRGOV")),
])
def test_supplies_resumed_are_trade_and_weapons_resumed_aid(pipe, text, expected):
    assert expected in coded(pipe, text)


def test_a_loan_approved_by_a_lender_is_economic_aid(pipe):
    assert ("071", "IGOIMF", "PAKGOV") in coded(pipe, "The IMF approved a $3 billion loan to Pakistan on Wednesday.")


def test_merchant_ships_escorted_are_military_protection(pipe):
    assert roots(pipe, "Italian frigates escorted merchant ships through the Bab el-Mandeb strait.")[:1] == [("07", "ITAGOV", None)]


def test_a_curfew_ended_is_eased(pipe):
    assert ("081", "PERGOV", None) in coded(pipe, "Peru's government ended the curfew in Lima after a week of unrest.")


def test_a_foreign_deployment_accepted_lets_others_in(pipe):
    assert [r for r, _, _ in roots(pipe, "Lebanon accepted the deployment of additional UN peacekeepers along its "
                                         "southern border.")] == ["08"]


def test_a_probe_widened_is_investigating(pipe):
    assert roots(pipe, "Spanish prosecutors widened their investigation into the prime minister's wife.")[0][:2] == ("09", "ESPJUD")


def test_negotiators_recalled_halt_the_talks(pipe):
    assert ("164", "QATGOV", "EGYGOV") in coded(pipe, "Qatar recalled its negotiating team from Cairo after the talks stalled.")


def test_cooperation_suspended_reduces_relations(pipe):
    assert ("160", "NERGOV", "USAGOV") in coded(pipe, "Niger suspended its security cooperation with the United States.")


def test_a_party_dissolved_by_a_court_is_banned(pipe):
    assert ("172", "KHMJUD", "KHMOPP") in coded(pipe, "A court in Cambodia dissolved the main opposition party.")


def test_a_population_expelled_is_mass_expulsion(pipe):
    assert roots(pipe, "Militias expelled the Tutsi population of three villages in South Kivu.")[0][0] == "20"


@pytest.mark.parametrize("text, expected", [
    ("The junta ordered the UN mission to leave the country within 90 days.", ("166", "IGOUNO")),
    ("The military government ordered French soldiers to leave Burkina Faso.", ("166", "FRAMIL")),
])
def test_forces_and_missions_ordered_out_are_withdrawn_not_deported(pipe, text, expected):
    assert [(c, t) for c, _, t in coded(pipe, text)] == [expected]


def test_people_ordered_out_stay_deported(pipe):
    assert [c for c, _, _ in coded(pipe, "The government ordered 300 Afghan migrants to leave the country.")] == ["174"]


def test_executions_en_masse_are_mass_killing(pipe):
    assert roots(pipe, "Fighters carried out mass executions of prisoners near Raqqa.")[0][0] == "20"


# --- rules

@pytest.mark.parametrize("text, expected", [
    ("Colombia's chief negotiator said he was optimistic about the talks with the ELN.", ("013", "COLGOV", None)),
    ("Egypt's foreign minister was pessimistic about the prospects for a ceasefire.", ("012", "EGYGOV", None)),
    ("Chancellor Olaf Scholz remained confident that a deal with Washington could be reached.", ("013", "DEUGOV", None)),
])
def test_a_party_s_stated_hope_or_gloom_is_a_comment(pipe, text, expected):
    """triggers._mood_of"""
    assert expected in coded(pipe, text)


@pytest.mark.parametrize("text", [
    "Investors were upbeat about the earnings season.",
    "The outlook for the region is gloomy.",
    "The prime minister was not optimistic about the talks.",
])
def test_moods_of_markets_outlooks_and_negated_moods_are_no_comment(pipe, text):
    assert coded(pipe, text) == []


def test_an_unnamed_armed_group_claiming_an_attack_is_the_claimant(pipe):
    """guards._statement_by_no_one, _lone_person: _armed_group"""
    assert [c for c, _, _ in coded(pipe, "A jihadist faction claimed responsibility for the bombing in Kabul.")] == ["015"]
    assert [c for c, _, _ in coded(pipe, "A shadowy group calling itself the Eagles of Justice claimed responsibility "
                                         "for the drone strike.")] == ["015"]
    assert coded(pipe, "Someone claimed responsibility for the prank.") == []


@pytest.mark.parametrize("text", [
    "Had Kyiv received the jets in 2022, the war would look different today.",
    "Had Washington sanctioned the bank earlier, the money would never have left the country, a former official said.",
])
def test_a_condition_told_by_inversion_states_no_deed(pipe, text):
    """modality._inverted_condition"""
    assert coded(pipe, text) == []


def test_a_past_perfect_deed_without_inversion_stays(pipe):
    assert [c[:2] for c, _, _ in coded(pipe, "Officials said Washington had sent the tanks in March.")] == ["07"]


@pytest.mark.parametrize("text", [
    "The president struck a conciliatory tone toward Beijing in his speech.",
    "The finance minister struck an upbeat note on Friday about the economy.",
])
def test_a_tone_struck_is_no_blow(pipe, text):
    """guards._figure_struck"""
    assert not [c for c, _, _ in coded(pipe, text) if c[:2] in ("18", "19")]


def test_a_power_plant_struck_is_still_an_attack(pipe):
    assert roots(pipe, "Russian missiles struck a power plant in Kharkiv.")[0][0] == "19"


# --- second batch

def test_an_apology_offered_is_the_apology(pipe):
    assert [c for c, _, _ in coded(pipe, "Germany's president offered a formal apology to Namibia for the colonial-era "
                                         "killings.")][:1] == ["055"]


def test_foreign_troops_ordered_to_leave_are_expelled_not_asked(pipe):
    """rules.ordering_another_state_demands: _LEAVING"""
    assert ("166", "NERGOV", "USAMIL") in coded(pipe, "Niger's junta ordered U.S. troops to leave the country by September.")
    assert [c for c, _, _ in coded(pipe, "Ankara ordered Damascus to halt the shelling.")] == ["100"]


def test_people_driven_from_their_land_by_thousands_are_mass_expulsion(pipe):
    assert roots(pipe, "Soldiers drove thousands of people from their homes in Darfur.")[0][0] == "20"


@pytest.mark.parametrize("text", [
    "Government helicopters dropped barrel bombs filled with chlorine on Saraqeb, killing nine people.",
    "A sarin attack on the Ghouta suburbs by government forces killed hundreds of people.",
])
def test_chemical_attacks_use_weapons_of_mass_destruction(pipe, text):
    """rules.chemical_attack_uses_wmd"""
    assert [c for c, _, _ in coded(pipe, text)][:1] == ["204"]


def test_a_strike_on_a_chemical_plant_stays_conventional(pipe):
    assert [c[:2] for c, _, _ in coded(pipe, "A Ukrainian drone strike on a chemical plant in Novomoskovsk "
                                                 "killed two workers.")] == ["19"]


def test_what_a_vetoed_text_would_have_said_is_no_act(pipe):
    """guards._text_stopped"""
    assert [c for c, _, _ in coded(pipe, "China blocked a statement condemning the missile launch.")] == ["129"]
    assert [c[:2] for c, _, _ in coded(pipe, "The Security Council adopted a resolution demanding a ceasefire in "
                                             "Sudan.")] == ["10"]


def test_a_future_confirmed_is_an_intention(pipe):
    """modality._SPEECH_VERBS: confirm"""
    assert roots(pipe, "Rwanda confirmed it would send peacekeepers to the Central African Republic.")[:1] == [
        ("03", "RWAGOV", "CAFGOV")]


# --- third batch

def test_acts_below_an_appeal_s_complement_are_part_of_the_appeal(pipe):
    """guards._deep_in_an_appeal"""
    assert [c[:2] for c, _, _ in coded(pipe, "Mozambique asked the regional bloc to approve the deployment of troops "
                                             "to help its army fight the insurgents.")] == ["02"]
    assert roots(pipe, "Kyiv asked Berlin to deliver Taurus missiles.")[:1] == [("02", "UKRGOV", "DEUGOV")]


@pytest.mark.parametrize("text, expected", [
    ("The Indian government is considering a ban on Chinese apps.", ("014", "INDGOV")),
    ("Saudi Arabia deposited $3 billion in Pakistan's central bank to shore up its reserves.", ("071", "SAUGOV")),
    ("The junta handed power to a civilian transitional government.", ("080", "GOV")),
    ("Burkina Faso suspended the broadcasts of the BBC and Voice of America.", ("172", "BFAGOV")),
    ("North Korea warned of \"overwhelming\" countermeasures if the drills went ahead.", ("130", "PRKGOV")),
    ("The ICC prosecutor sought an arrest warrant for Myanmar's military chief.", ("173", "IGOICC")),
])
def test_third_batch_rows(pipe, text, expected):
    assert expected in [(c, s) for c, s, _ in coded(pipe, text)]


def test_consequences_warned_of_by_economists_are_no_threat(pipe):
    assert coded(pipe, "Economists warned of consequences for growth.") == []
