"""Wire ledes of international news (session 14, issue #9; eval/events_cam17/): the verbal and cooperative acts
between states, CAMEO roots 01-17, as Reuters, AP, AFP and Xinhua state them. Rows of the `# --- cam17` block
of data/event_triggers.tsv and the rules named in each test. Worded apart from the probe sentences of
eval/events_cam17/. Each test runs the real pipeline."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest


sys.path.insert(0, str(Path(__file__).parent))
from event_coding import coded, coded_roots as roots  # noqa: E402


# --- rows

@pytest.mark.parametrize("text, expected", [
    ("The State Department pressed Egypt to release the detained activists.", ("02", "USAGOV", "EGYGOV")),
    ("Berlin pressed Ankara to release the jailed journalist.", ("02", "DEUGOV", "TURGOV")),
])
def test_pressing_a_state_to_act_is_an_appeal(pipe, text, expected):
    assert expected in roots(pipe, text)


def test_pressed_charges_stay_legal_action_and_pressing_a_button_is_nothing(pipe):
    assert roots(pipe, "Prosecutors in Athens pressed charges against the ship's captain.")[0][0] == "17"
    assert coded(pipe, "The pilot pressed the button twice.") == []


@pytest.mark.parametrize("text, expected", [
    ("Tehran pledged to retaliate against Israel.", ("13", "IRNGOV", "ISRGOV")),
    ("Canada promised to retaliate against the new U.S. duties on steel.", ("13", "CANGOV", "USAGOV")),
])
def test_retaliation_vowed_or_promised_is_a_threat(pipe, text, expected):
    assert roots(pipe, text)[:1] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("The African Union sent peacekeepers to Somalia.", ("074", "IGOAFRAFU", "SOMGOV")),
    ("India dispatched a peacekeeping contingent to South Sudan.", ("074", "INDGOV", "SSDGOV")),
])
def test_peacekeepers_sent_are_peacekeeping_not_an_intention(pipe, text, expected):
    assert coded(pipe, text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("The Treasury removed the Colombian rebel group from its terrorism blacklist.", "081"),
    ("Washington took Sudan off its list of state sponsors of terrorism.", "081"),
])
def test_taken_off_a_blacklist_eases_sanctions(pipe, text, expected):
    assert [c for c, _, _ in coded(pipe, text)][:1] == [expected]


def test_an_inquiry_ordered_is_an_investigation(pipe):
    # PETRARCH-2 codes ORDER INQUIRY as a demand (101)
    assert [r for r, _, _ in roots(pipe, "The Kenyan president ordered an inquiry into the police shootings.")] == ["09"]


def test_a_ruling_ignored_is_defiance(pipe):
    assert [(c, s) for c, s, _ in coded(pipe, "Moscow ignored the court's ruling on the Crimean prisoners.")][:1] \
        == [("128", "RUSGOV")]


@pytest.mark.parametrize("text", [
    "Opposition parties boycotted the presidential election in Chad.",
    "Several Arab delegations boycotted the summit in protest.",
])
def test_an_event_boycotted_is_a_protest_boycott(pipe, text):
    assert [c for c, _, _ in coded(pipe, text)][:1] == ["143"]


def test_goods_boycotted_stay_a_sanction(pipe):
    assert [c for c, _, _ in coded(pipe, "Turkey boycotted French goods over the cartoons.")][:1] == ["163"]


@pytest.mark.parametrize("text, expected", [
    ("Armenia froze negotiations with Azerbaijan after the shelling.", ("164", "ARMGOV", "AZEGOV")),
    ("Seoul halted talks with Pyongyang.", ("164", "KORGOV", "PRKGOV")),
])
def test_talks_halted_or_frozen(pipe, text, expected):
    assert coded(pipe, text)[:1] == [expected]


def test_extradited_to_a_state_is_cooperation_with_that_state(pipe):
    assert coded(pipe, "Italy extradited a suspected mafia boss to Brazil.") == [("063", "ITAGOV", "BRAGOV")]


@pytest.mark.parametrize("text, expected", [
    ("Saudi Arabia delivered 500 tonnes of food aid to Sudan.", ("07", "SAUGOV", "SDNGOV")),
    ("Turkey sent 300 truckloads of relief supplies to Syria.", ("07", "TURGOV", "SYRGOV")),
])
def test_measures_of_aid_given_are_aid(pipe, text, expected):
    # targets._AMOUNT_NOUNS: the measure's "of" object is what is given
    assert roots(pipe, text)[:1] == [expected]


# --- rules

def test_one_partys_war_games_show_force_and_joint_ones_cooperate(pipe):
    # rules.own_exercise_shows_force: the row "war game" leaves "game" as the noun
    assert coded(pipe, "Pakistan held naval war games in the Arabian Sea.")[:1] == [("150", "PAKGOV", None)]
    assert [c for c, _, _ in coded(pipe, "China and Russia held joint war games in the Sea of Japan.")][:1] == ["062"]


@pytest.mark.parametrize("text, expected", [
    ("Germany is considering sending air defence systems to Poland.", ("014", "DEUGOV")),
    ("The White House is weighing imposing new tariffs on Chinese steel.", ("014", "USAGOV")),
    ("Australia is mulling expelling the Chinese ambassador.", ("014", "AUSGOV")),
])
def test_weighing_an_act_is_considering_an_option_not_the_act(pipe, text, expected):
    # syntax._CONSIDER_VERBS, the frame "consider" (coder._modality): CAMEO 014, and nothing sent or imposed
    events = coded(pipe, text)
    assert [(c, s) for c, s, _ in events] == [expected]


def test_considering_an_act_leaves_its_purpose_clause_unstated(pipe):
    events = coded(pipe, "Rwanda is considering deploying troops to Mozambique to protect the gas project.")
    assert [c for c, _, _ in events] == ["014"]


@pytest.mark.parametrize("text, expected", [
    ("A spokeswoman for the French foreign ministry declined to comment.", ("011", "FRAGOV", None)),
    ("A spokesman for the Japanese prime minister declined to comment on the report.", ("011", "JPNGOV", None)),
])
def test_a_spokesperson_for_a_body_is_that_body(pipe, text, expected):
    # parties._member_of_body: "for" names the body, whose country the spokesperson takes
    assert coded(pipe, text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("China's condemnation of Japan angered Tokyo.", ("111", "CHNGOV", "JPNGOV")),
    ("Russia's criticism of Finland's decision drew a rebuke from Helsinki.", ("111", "RUSGOV", "FINGOV")),
    ("Morocco's recognition of Israel surprised the region.", ("054", "MARGOV", "ISRGOV")),
])
def test_what_is_said_of_someone_names_the_target(pipe, text, expected):
    # nouns.noun_roles: a spoken act's "of" phrase is its target
    assert expected in coded(pipe, text)


@pytest.mark.parametrize("text, expected", [
    ("Beijing condemned the naval patrol by Australia.", ("111", "CHNGOV", "AUSGOV")),
    ("Egypt welcomed the decision by Ethiopia to resume talks.", ("051", "EGYGOV", "ETHGOV")),
])
def test_a_reaction_to_an_act_done_by_x_is_aimed_at_x(pipe, text, expected):
    # targets._act_done_by: the parser hangs "by X" on the reacting verb
    assert coded(pipe, text)[:1] == [expected]


def test_a_passive_reactions_by_is_still_its_doer(pipe):
    assert coded(pipe, "The raid was condemned by Jordan.")[:1] == [("111", "JORGOV", None)]


def test_criticism_aimed_at_someone_names_the_target(pipe):
    # targets._TARGET_PREPS["11"] has "at": "lashed out at", "hit out at"
    assert coded(pipe, "Venezuela's president lashed out at Colombia over the border closure.")[:1] \
        == [("111", "VENGOV", "COLGOV")]


def test_a_proposal_studied_is_an_option_considered(pipe):
    assert [(c, s) for c, s, _ in coded(pipe, "Tokyo is studying a proposal to lift the ban on arms exports.")] \
        == [("014", "JPNGOV")]


@pytest.mark.parametrize("text", [
    "France asked India to use its influence on Moscow to end the fighting in Ukraine.",
    "The Arab League urged Washington to use its leverage to halt the offensive in Gaza.",
])
def test_what_a_means_asked_of_another_is_for_is_not_done(pipe, text):
    # guards._asked_of_another, guards._purpose_read_as_complement: only the appeal is an event
    assert [r for r, _, _ in roots(pipe, text)] == ["02"]


def test_a_means_used_keeps_its_purpose(pipe):
    assert [(r, s) for r, s, _ in roots(pipe, "Russia used glide bombs to strike Kharkiv.")][:1] == [("19", "RUSGOV")]


@pytest.mark.parametrize("text, expected", [
    ("The Colombian government and rebels resumed peace talks in Havana.", ("04", "COLGOV", "COLREB")),
    ("The Yemeni government and opposition held talks in Riyadh.", ("04", "YEMGOV", "YEMOPP")),
])
def test_a_bare_role_after_a_nationality_shares_it(pipe, text, expected):
    # parties._shared_nationality
    assert roots(pipe, text)[:1] == [expected]


def test_a_coordinated_party_with_its_own_name_keeps_it(pipe):
    assert roots(pipe, "Nigerian troops and Boko Haram fighters clashed near Maiduguri.")[:1] == [("19", "NGAMIL", "NGAREB")]


@pytest.mark.parametrize("text, expected", [
    ("Two Chinese destroyers sailed near the Senkaku Islands on Friday.", ("150", "CHN")),
    ("Russian warplanes flew over the Baltic Sea near Estonian airspace.", ("150", "RUS")),
])
def test_armed_craft_passing_near_a_place_show_force(pipe, text, expected):
    assert [(c, (s or "")[:3]) for c, s, _ in coded(pipe, text)][:1] == [expected]


@pytest.mark.parametrize("text", [
    "The governor flew over the burned hillsides on Sunday.",
    "Holidaymakers sailed around the Greek islands.",
])
def test_passing_by_unarmed_people_is_no_show_of_force(pipe, text):
    # guards._passage_of_no_force
    assert coded(pipe, text) == []


def test_pressing_troops_on_the_ground_is_no_appeal(pipe):
    # guards._pressed_to_nothing: no "to" clause, no "on/over/about/for" topic
    assert [r for r, _, _ in roots(pipe, "Russian units pressed Ukrainian defenders outside Avdiivka.")] != ["02"]
    assert roots(pipe, "Paris pressed Beijing on its support for Moscow.")[:1] == [("02", "FRAGOV", "CHNGOV")]


def test_a_by_phrase_after_a_person_blamed_is_no_acts_doer(pipe):
    # targets._act_done_by needs an act noun as the object, right before "by"
    assert coded(pipe, "Lukashenko blamed the opposition for the unrest by foreign agents.")[:1] \
        != [("112", "BLRGOV", "CVL")]


@pytest.mark.parametrize("text, expected", [
    ("Croatia's parliament approved Montenegro's bid to join the EU.", ("051", "HRVLEG", "MNEGOV")),
    ("Turkey ratified Sweden's membership of NATO on Thursday.", ("051", "TURGOV", "SWEGOV")),
])
def test_a_states_accession_approved_or_ratified_is_endorsed(pipe, text, expected):
    assert coded(pipe, text)[:1] == [expected]


def test_a_treaty_named_after_a_city_is_no_act_on_its_state(pipe):
    # syntax._DOCUMENT_NOUNS has "statute": a text is no actor
    assert coded(pipe, "Ukraine ratified the Rome Statute on Wednesday.") == [("057", "UKRGOV", None)]
