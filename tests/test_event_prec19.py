"""Events of White House documents read by hand (issue #9, round evprec19): the general fault classes the
tuned half of the pool (eval/events_prec19/) showed. Every sentence here is written for the test, in other
wordings than the documents (other countries, other acts), with negatives that keep their old reading."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from event_coding import coded, roots  # noqa: E402


# --- a discussion's object is its topic, not a party met (targets._talked_about)

def test_topic_discussed_is_no_target(pipe):
    events = coded(pipe, "The Chancellor and the Prime Minister of Poland discussed Belarus and the Baltic states.")
    assert roots(events) == ["04"]
    assert all(target not in ("BLRGOV", "BLR") for _, _, target in events)


def test_deeds_of_a_state_discussed_are_no_target(pipe):
    events = coded(pipe, "Macron and Scholz discussed recent provocations by Iran in the Strait of Hormuz.")
    assert roots(events) == ["04"]
    assert all(target != "IRNGOV" for _, _, target in events)


def test_discussed_with_keeps_whom_one_talked_with(pipe):
    assert coded(pipe, "Erdogan discussed the grain corridor with Putin.") == [("040", "TURGOV", "RUSGOV")]
    # (the parser may hang "with" on the topic)
    assert coded(pipe, "The Spanish prime minister discussed the crisis in Venezuela with President Lula.") == [("040", "ESPGOV", "BRAGOV")]


# --- what a body or a text made is for is not done (guards._purpose_of_a_thing_made)

def test_memorandum_signed_to_cooperate_is_the_signing(pipe):
    assert codes_of(coded(pipe, "Kenya and Ethiopia signed an MOU to cooperate on border security.")) == ["057"]


def test_accord_renewed_to_share_data_is_the_renewal(pipe):
    assert codes_of(coded(pipe, "Japan and Australia renewed their memorandum to share intelligence on China.")) \
        == ["057"]


def test_group_launched_to_discuss_is_no_meeting(pipe):
    events = coded(pipe, "France and Germany launched a working group to discuss arms exports and coordinate sanctions.")
    assert "04" not in roots(events) and "06" not in roots(events)


def test_missiles_launched_to_strike_still_strike(pipe):
    assert "19" in roots(coded(pipe, "Iran launched missiles to strike Erbil."))


# --- rows: a memorandum signed under its short name, an accord renewed

def test_accord_renewed_is_an_agreement(pipe):
    assert coded(pipe, "Russia renewed its defense pact with Belarus.")[0][0] == "057"


# --- a metonym names its country only when no other is named (actors._metonym_of_another_country)

def test_ministry_of_defence_of_another_country(pipe):
    assert coded(pipe, "The Ministry of Defence of Estonia condemned the drone incursion.")[0][1] == "ESTMIL"
    assert coded(pipe, "The Ministry of Defence condemned the drone incursion.")[0][1] == "GBRMIL"


def test_dod_is_the_us_department_of_defense(pipe):
    assert coded(pipe, "DoD has signed an agreement with Poland on ammunition.")[0][1] == "USAMIL"


# --- concern over a party's acts is criticism, a Security Council named or not (rules.concern_about_a_party_is_criticism)

def test_concern_over_acts_breaching_security_council_resolutions(pipe):
    events = coded(pipe, "Seoul voiced deep concern over Pyongyang's arms shipments to Moscow, which breach "
                         "Security Council resolutions.")
    assert events[0][0] == "111" and events[0][1] == "KORGOV"


def test_concern_for_a_countrys_security_stays_pessimism(pipe):
    assert coded(pipe, "The minister expressed concern for Moldova's security.")[0][0] == "012"


# --- welcoming a happening told by a clause is approval, not hosting (rules.welcoming_a_happening_is_praise)

def test_welcomed_that_others_will_meet(pipe):
    assert roots(coded(pipe, "Tokyo welcomed that Seoul and Beijing plan to hold talks next month."))[0] == "05"


def test_welcoming_a_guest_stays_hosting(pipe):
    assert coded(pipe, "Macron welcomed Chancellor Scholz to the Elysee.")[0][0] == "043"
    # (a guest greeted: "Madam Chancellor, welcome.")
    assert "05" not in roots(coded(pipe, "PRESIDENT MACRON: Well, Madam Chancellor and Mr. Prime Minister, welcome."))


# --- supporting a decision endorses it (rules.supporting_a_decision_endorses)

def test_supporting_an_order_is_endorsement(pipe):
    events = coded(pipe, "Paris fully supports Kyiv's decision to send troops to the border.")
    assert events[0][0] == "051" and events[0][1] == "FRAGOV"


def test_supporting_a_country_with_arms_stays_aid(pipe):
    assert coded(pipe, "Norway supports Ukraine with air defense systems.")[0][0].startswith("07")


# --- agreeing that something is so is accord (rules.agreeing_on_a_view_is_accord)

def test_agreed_that_a_state_of_affairs_is_accord(pipe):
    assert coded(pipe, "Ankara and Baku agreed that their partnership was a model for the region.")[0][0] == "019"


def test_agreed_to_act_stays_an_intention(pipe):
    assert roots(coded(pipe, "Ankara and Baku agreed that their navies will hold joint drills."))[0] == "03"
    assert roots(coded(pipe, "Ankara and Baku agreed to expand trade."))[0] == "03"


# --- a fact sheet's bold or bracketed label before a colon names a topic (syntax._heading)

def test_bold_label_before_a_colon_is_no_act(pipe):
    events = coded(pipe, "**Strengthening cooperation with Gulf partners: ** Canada hosted two summits with "
                         "Qatar and Oman.")
    assert "06" not in roots(events)


def test_label_with_bracketed_acronym_before_a_colon_is_no_act(pipe):
    events = coded(pipe, "Deepening ties between the EU and the African Union (AU): Germany has championed "
                         "closer trade with Kenya.")
    assert all(not (code.startswith("05") and source == "IGOEUREEC") for code, source, _ in events)
    assert "05" not in roots(events)


# --- a designation announced lists a party (rows; guards._designation_of_no_listing)

def test_designation_of_a_group_announced_is_a_sanction(pipe):
    events = coded(pipe, "Canada announced the designation of the Wagner Group as a terrorist entity.")
    assert events and events[0][0] == "163" and events[0][1] == "CANGOV"


def test_designation_of_an_envoy_is_no_sanction(pipe):
    assert "16" not in roots(coded(pipe, "Rome announced the designation of a new envoy to Libya."))


# --- a past participle restricting its noun names it, it reports no act (guards._participle_naming_its_noun)

def test_troops_deployed_named_by_a_participle(pipe):
    events = coded(pipe, "Madrid thanked the troops deployed in Lebanon.")
    assert "15" not in roots(events) and roots(events) == ["05"]


def test_deployment_told_as_the_main_verb_stays(pipe):
    assert "15" in roots(coded(pipe, "Spain deployed two hundred soldiers in Lebanon on Monday."))


def codes_of(events):
    return [code for code, _, _ in events]
