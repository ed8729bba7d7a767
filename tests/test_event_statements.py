"""The language of statements, diplomacy and cooperation as governments and news state it: thanks,
information withheld, criticism as "under attack", acts labelled crimes, training with allies,
light-verb meetings, reviews and inquiries, sanctions campaigns, force posture in fact sheets
(data/event_triggers.tsv, data/event_nouns.tsv, events/rules.py, events/coder.py)."""
from __future__ import annotations

import pytest

from eventwire.records import RawDocument


def coded(pipe, text, title=None, url=None):
    """(code, source, target) of the stated events: codes as a user sees them, actors as codes
    (or their text when the tables cannot code them)."""
    result = pipe.process(RawDocument(id="t", text=text, title=title, url=url, published="2024-07-01"))

    def name(actor):
        return None if actor is None else (actor.actor or actor.text)
    return [(e.cameo, name(e.source), name(e.target)) for e in result.events if not e.negated and not e.hypothetical]


REMARKS = "Remarks by President Biden on the Ukraine Compact"


def test_a_verbless_thanks_is_the_speakers_praise(pipe):
    assert coded(pipe, "Thanks to Japan and to all the partners.", REMARKS) == [("051", "USAGOV", "JPNGOV")]
    events = coded(pipe, "And thanks to all partners for the Patriots and other air defense systems, so that our "
                         "people could withstand Russian attacks.", REMARKS)
    assert [(c, s) for c, s, _ in events if c[:2] == "05"] == [("051", "USAGOV")]


def test_thanks_to_as_because_of_is_no_praise(pipe):
    assert not [e for e in coded(pipe, "Thanks to American support, Ukraine held the line.") if e[0][:2] == "05"]
    assert not [e for e in coded(pipe, "Thanks to the steady supply of weapons, Ukraine has regained territory.")
                if e[0][:2] == "05"]


def test_expressed_thanks_are_praise_of_whom_they_thank(pipe):
    assert ("051", "POLGOV", "JPNGOV") in coded(pipe, "Poland expressed its thanks to Japan for its support.")


def test_information_withheld_is_a_comment_declined(pipe):
    assert coded(pipe, "The Russian defence ministry gave no details.") == [("011", "RUSMIL", None)]
    assert coded(pipe, "The Kremlin did not provide reporters with further information.") == [("011", "RUSGOV", None)]


def test_providing_information_or_sharing_it_is_no_silence(pipe):
    assert not [e for e in coded(pipe, "The Kremlin provided reporters with further information.") if e[0] == "011"]
    events = coded(pipe, "Poland did not share information with Ukraine.")
    assert not [e for e in events if e[0] == "011"]


def test_a_politician_under_attack_is_criticised(pipe):
    assert coded(pipe, "Senator Warren was under attack from Republicans.") == [("111", "USAPTY", "USALEG")]
    assert [c for c, _, _ in coded(pipe, "The German minister came under fire for his remarks.")] == ["111"]


def test_positions_under_fire_are_attacked(pipe):
    assert coded(pipe, "Ukrainian positions were under fire from Russian troops.") == [("190", "RUSMIL", "UKRGOV")]
    assert coded(pipe, "Ukrainian soldiers came under attack from Russian drones.")[0][0][:2] in ("18", "19")


def test_an_act_labelled_a_crime_is_an_accusation_of_its_doer(pipe):
    assert coded(pipe, "Russia's strikes on Kyiv constitute war crimes.", "Statement from President Biden") \
        == [("112", "USAGOV", "RUSGOV")]
    assert [c for c, _, _ in coded(pipe, "These attacks fit the textbook definition of terrorism.",
                                   "Statement from President Biden on the Houthis")] == ["112"]


def test_intensified_training_with_allies_is_intended_military_cooperation(pipe):
    assert coded(pipe, "Poland will intensify training with the armed forces of Lithuania.")[0][:2] \
        == ("031", "POLGOV")
    assert coded(pipe, "Poland intensified training with Lithuanian troops.")[0][:2] == ("062", "POLGOV")


def test_doing_a_meeting_or_a_call_is_consulting(pipe):
    assert coded(pipe, "President Macron did a meeting with the G7.") == [("040", "FRAGOV", "IGOG7")]
    assert coded(pipe, "Scholz did a call with President Zelenskyy.")[0][0] == "041"


def test_a_review_conducted_and_an_inquiry_received_are_investigations(pipe):
    assert coded(pipe, "The Pentagon conducted a review of its programs in Yemen.")[0][:2] == ("090", "USAMIL")
    assert coded(pipe, "Meta received an inquiry from the European Commission.")[0][:2] == ("090", "IGOEUREEC")


def test_maximum_pressure_is_sanctions(pipe):
    assert coded(pipe, "President Trump restored maximum pressure on Iran.") == [("163", "USAGOV", "IRNGOV")]


def test_a_fact_sheet_providing_deployments_shows_force(pipe):
    sheet = "FACT SHEET: U.S. Contributions to NATO Deterrence and Defense"
    site = "https://www.whitehouse.gov/briefing-room/statements-releases/2024/07/11/fact-sheet-nato/"
    assert coded(pipe, "Providing enhanced rotational deployments in the Baltic region, including armored "
                       "and aviation forces.", sheet, site) == [("154", "USAGOV", None)]


def test_force_posture_enhancements_that_continue_are_made(pipe):
    assert coded(pipe, "The United States continues to make force posture enhancements in Europe.") \
        == [("154", "USAGOV", None)]
    # wanted, not made
    assert coded(pipe, "The United States wants to make force posture enhancements in Europe.") == []


STATEMENT = "Statement from President Joe Biden"


def test_support_stated_as_steadfast_is_support(pipe):
    assert coded(pipe, "My commitment to the security of Israel is unwavering.", STATEMENT) \
        == [("051", "USAGOV", "ISRGOV")]
    assert coded(pipe, "Japan's support for Ukraine remains ironclad.") == [("051", "JPNGOV", "UKRGOV")]


def test_advisers_sent_are_aid_and_planned_ones_an_intention(pipe):
    assert coded(pipe, "The United States sent military advisers to Niger.") == [("072", "USAGOV", "NERGOV")]
    assert [c[:2] for c, _, _ in coded(pipe, "The Department of State plans to send an advisor to the Ministry "
                                             "of Strategic Industries of Ukraine.")] == ["03"]


def test_a_welcome_the_parser_splits_keeps_its_object(pipe):
    events = coded(pipe, "President Biden welcomed President Yoon's announcement of the ROK's new Indo-Pacific "
                         "Strategy and the two leaders discussed the importance of strengthening cooperation.")
    assert ("051", "USAGOV", "KORGOV") in events and not [e for e in events if e[0] == "043"]
    assert coded(pipe, "And President Biden moved heaven and earth to get the national security funding for "
                       "Ukraine passed.") == []


def test_aid_announced_in_amounts_is_aid_of_its_kind(pipe):
    assert coded(pipe, "The United States has announced $1 billion in new security assistance to Ukraine.") \
        == [("072", "USAGOV", "UKRGOV")]
    assert coded(pipe, "Vice President Harris announced an additional $53 million in humanitarian support to "
                       "Ukraine.") == [("073", "USAGOV", "UKRGOV")]


def test_investments_and_sanctions_announced_in_amounts_are_no_aid(pipe):
    assert coded(pipe, "Korean companies have announced more than $100 billion in new investments in the "
                       "United States.") == []
    assert [c for c, _, _ in coded(pipe, "Britain announced the first tranche of sanctions on Russia.")] == ["163"]


def test_welcoming_anothers_act_is_praise_not_hosting(pipe):
    assert coded(pipe, "President Biden welcomed the courageous support to Ukraine offered by Japan.")[0][:2] \
        == ("051", "USAGOV")
    assert coded(pipe, "President Biden welcomed Prime Minister Kishida to the White House.")[0][0] == "043"


def test_a_coalition_assembled_is_support_rallied(pipe):
    assert coded(pipe, "The United States has assembled a coalition of more than 50 nations.")[0][:2] \
        == ("053", "USAGOV")


def test_sanctions_expanded_or_signed_into_an_order_are_sanctions(pipe):
    assert coded(pipe, "The EU expanded sanctions on Belarus.") == [("163", "IGOEUREEC", "BLRGOV")]
    assert coded(pipe, "President Biden signed a new sanctions executive order.") == [("163", "USAGOV", None)]


def test_sanctions_a_resolution_aims_at_are_not_imposed(pipe):
    events = coded(pipe, "Hungary will support a resolution that aims to tighten sanctions and impose a naval "
                         "blockade against Serbia.")
    assert [c[:2] for c, _, _ in events] == ["03"]


def test_readiness_to_respond_is_a_threat_made_now(pipe):
    assert coded(pipe, "If Russia attacks our allies, NATO is prepared to respond.")[-1] \
        == ("130", "IGOWSTNAT", "RUSGOV")
    assert coded(pipe, "The company is preparing to respond to the lawsuit.") == []


def test_declining_to_say_or_confirm_is_declining_to_comment(pipe):
    assert ("011", "USAMIL", None) in coded(pipe, "The Pentagon declined to say how many troops were deployed.")
    assert coded(pipe, "The Kremlin refused to confirm the report.") == [("011", "RUSGOV", None)]


def test_refusing_talks_or_recognition_is_still_a_rejection(pipe):
    assert [c[:2] for c, _, _ in coded(pipe, "Russia declined to join the talks.")] == ["12"]
    assert [c[:2] for c, _, _ in coded(pipe, "Moscow refused to recognize the election.")] == ["12"]


def test_a_counterpart_of_a_named_nationality_is_met_or_hosted(pipe):
    assert coded(pipe, "Blinken hosted his Indian counterpart in Washington.") == [("043", "USAGOV", "INDGOV")]
    assert coded(pipe, "NATO met its capability targets.") == []


def test_a_government_protest_is_an_official_complaint(pipe):
    assert coded(pipe, "Tokyo protested the incursion.") == [("114", "JPNGOV", None)]
    assert [c for c, _, _ in coded(pipe, "Hundreds of students protested outside parliament in Tbilisi.")][0][:2] \
        == "14"


def test_blocking_a_decision_is_a_veto_and_blocking_aid_a_blockade(pipe):
    assert coded(pipe, "Hungary blocked the EU aid package for Ukraine.")[0][:2] == ("129", "HUNGOV")
    assert coded(pipe, "Russia blocked aid deliveries to Mariupol.")[0][:2] == ("191", "RUSGOV")


def test_aid_pledged_in_a_currency_is_one_pledge(pipe):
    assert coded(pipe, "Germany pledged 500 million euros in military aid to Ukraine.") \
        == [("033", "DEUGOV", "UKRGOV")]


def test_a_stated_policy_to_act_is_the_intention_of_whose_policy_it_is():
    from eventwire.pipeline import Pipeline
    events = Pipeline().process_text("It is the policy of the United States to cooperate with its regional "
                                     "partners against the Houthis.", published="2025-03-01").events
    assert [(e.cameo[:2], e.source.actor) for e in events] == [("03", "USAGOV")]


def test_a_text_is_no_doer():
    from eventwire.pipeline import Pipeline
    events = Pipeline().process_text("The Statement of Intent increases cooperation between the United States "
                                     "and Ukraine.", published="2025-03-01").events
    assert events == []


# --- no event ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, title", [
    # a pleasantry is no praise
    ("Thanks for coming over.", REMARKS),
    ("Thanks.", REMARKS),
    # a definition met without a crime is no accusation
    ("She meets the definition of a refugee.", None),
    ("The plan constitutes a step forward.", None),
    # training with no partner is no cooperation
    ("Ukraine intensified training of its troops.", None),
    ("Japan expanded training and support for climate resilience efforts.", None),
    # a commitment described otherwise, or to a principle, is no event
    ("The commitment is unwavering.", None),
    ("Our unwavering support for Ukraine is a moral duty.", STATEMENT),
    ("He emphasized the United States' enduring commitment to the complete denuclearization of the Korean "
     "Peninsula.", STATEMENT),
    # a place visited is no one met
    ("Senator McKinley visited the southern U.S. border.", None),
])
def test_what_a_statement_only_describes_is_no_event(pipe, text, title):
    assert coded(pipe, text, title) == []
