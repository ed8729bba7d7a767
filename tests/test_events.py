"""Event coding: each CAMEO family, actors from the parse, modality, one event per action."""
from __future__ import annotations

import pytest

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline()


def code(pipe: Pipeline, text: str, published: str = "2024-09-11"):
    return pipe.process_text(text, published=published).events


def facts(events):
    return [e for e in events if not e.negated and not e.hypothetical]


def only(pipe, text):
    events = facts(code(pipe, text))
    assert len(events) == 1, [(e.cameo, e.source, e.target) for e in events]
    return events[0]


def dyad(event):
    return (event.source.country if event.source else None, event.target.country if event.target else None)


def test_joint_exercise_is_military_cooperation_between_both_parties(pipe):
    e = only(pipe, "Russia and China engage in joint naval exercises in the Sea of Japan.")
    assert e.cameo == "062" and e.plover == "COOPERATE"
    assert set(dyad(e)) == {"RUS", "CHN"}
    assert e.goldstein == pytest.approx(7.4)


def test_coordinated_demonyms_give_both_militaries(pipe):
    e = only(pipe, "Russian and Chinese forces also began the Northern/Interaction-2024 exercises.")
    assert e.cameo == "062"
    assert {e.source.actor, e.target.actor} == {"RUSMIL", "CHNMIL"}


def test_support_to_defense_industry_is_aid(pipe):
    e = only(pipe, "China provides very substantial support to Russia's defense industry.")
    assert e.cameo.startswith("07") and e.plover == "AID"
    assert dyad(e) == ("CHN", "RUS")


def test_weapons_deliveries_are_military_aid(pipe):
    e = only(pipe, "The United States delivered air defense systems to Ukraine.")
    assert e.cameo == "072"
    assert dyad(e) == ("USA", "UKR")


def test_consult_meeting_and_phone_call(pipe):
    e = only(pipe, "Chinese Foreign Minister Wang Yi met with Russian Foreign Minister Sergei Lavrov in Beijing.")
    assert e.cameo.startswith("04") and e.plover == "CONSULT"
    assert dyad(e) == ("CHN", "RUS")
    call = only(pipe, "President Biden called President Zelenskyy on Tuesday.")
    assert call.cameo == "041" and call.plover_mode == "phone"


def test_appeal_with_complement_is_one_event(pipe):
    e = only(pipe, "Ukraine urged China to stop supporting Russia.")
    assert e.cameo.startswith("02") and e.plover == "REQUEST"
    assert dyad(e) == ("UKR", "CHN")


def test_future_cooperation_is_intent(pipe):
    e = only(pipe, "Moscow and Beijing will deepen their military cooperation.")
    assert e.cameo.startswith("03") and e.plover == "AGREE"


def test_praise_is_diplomatic_cooperation(pipe):
    e = only(pipe, "France praised Ukraine for its courage.")
    assert e.cameo == "051" and e.plover == "SUPPORT"


def test_criticize_and_accuse(pipe):
    e = only(pipe, "NATO condemned Russia over the drone incursion.")
    assert e.cameo == "111" and e.plover == "ACCUSE" and e.target.country == "RUS"
    events = facts(code(pipe, "Kyiv accused Moscow of shelling the Zaporizhzhia nuclear plant."))
    accusation = [e for e in events if e.cameo == "112"]
    assert len(accusation) == 1 and dyad(accusation[0]) == ("UKR", "RUS")
    # The alleged act is coded as Moscow's, not Kyiv's.
    alleged = [e for e in events if e.cameo.startswith("19")]
    assert all(e.source.country == "RUS" for e in alleged)


def test_threat_of_force(pipe):
    e = only(pipe, "Iran threatened to attack Israel.")
    assert e.cameo == "138" and e.plover == "THREATEN"
    assert dyad(e) == ("IRN", "ISR")


def test_sanctions(pipe):
    e = only(pipe, "The United States imposed new sanctions on Russia.")
    assert e.cameo == "163" and dyad(e) == ("USA", "RUS")


def test_exhibit_force_and_mobilize(pipe):
    e = only(pipe, "Russia deployed troops to the Belarusian border.")
    assert e.cameo.startswith("15") and e.plover == "MOBILIZE"


def test_attack(pipe):
    e = only(pipe, "Russian forces attacked Ukrainian positions near Kupiansk.")
    assert e.cameo.startswith("19") and e.plover == "ASSAULT"
    assert e.source.actor == "RUSMIL" and e.target.country == "UKR"


def test_missile_strike_is_aerial(pipe):
    e = only(pipe, "Russia launched missile strikes on Ukraine overnight.")
    assert e.cameo == "195" and e.plover_mode == "aerial"


def test_denial_is_coded_and_the_denied_act_is_not_a_fact(pipe):
    events = code(pipe, "Chinese officials continue to deny supporting Russia's war effort.")
    denial = [e for e in events if e.cameo == "016"]
    assert denial and denial[0].source.actor == "CHNGOV"
    assert all(e.negated for e in events if e.cameo.startswith("07"))


def test_negated_and_hypothetical_are_marked(pipe):
    events = code(pipe, "China did not supply weapons to Russia.")
    assert events and all(e.negated for e in events)
    events = code(pipe, "Russia could attack a NATO member within five years.")
    assert events and all(e.hypothetical for e in events)
    events = code(pipe, "If Russia attacks Lithuania, NATO will respond.")
    assert all(e.hypothetical for e in events if e.cameo.startswith("19"))


def test_passive_voice_finds_the_agent(pipe):
    e = only(pipe, "Sanctions were imposed on Iran by the European Union.")
    assert e.cameo == "163" and e.target.country == "IRN"


def test_sentences_without_events_give_none(pipe):
    assert facts(code(pipe, "The weather in Kyiv was mild and sunny this week.")) == []
    assert facts(code(pipe, "The report has 40 pages and three annexes.")) == []


def test_evidence_offsets_point_into_the_text(pipe):
    text = "Heavy rain fell. Russia and China launched joint naval exercises on 10 September."
    result = pipe.process_text(text, published="2024-09-11")
    (e,) = facts(result.events)
    start, end = e.span
    assert text[start:end] == e.evidence
    assert text[e.trigger_span[0]:e.trigger_span[1]].startswith("launched")


def test_a_country_word_in_a_company_name_is_not_a_government(pipe):
    events = facts(code(pipe, "American Airlines offered to fly the stranded passengers home."))
    assert all(e.source is None or e.source.sector != "GOV" for e in events)


def test_releasing_a_document_is_not_releasing_prisoners(pipe):
    assert facts(code(pipe, "The Department of Defense released its first National Defense Industrial Strategy.")) == []
    e = only(pipe, "Israel released 150 Palestinian prisoners on Wednesday.")
    assert e.cameo == "084" and dyad(e) == ("ISR", "PSE")


def test_an_order_to_ones_own_forces_is_the_ordered_act(pipe):
    e = only(pipe, "Putin ordered Russian troops to attack Kyiv.")
    assert e.cameo.startswith("19") and e.source.actor == "RUSMIL" and e.target.country == "UKR"


def test_appeal_by_passive_pressure(pipe):
    e = only(pipe, "Obama is being pressured by Congress to help Iran.")
    assert e.plover == "REQUEST" and e.source.actor == "USALEG" and e.target.actor == "USAGOV"


def test_showing_something_is_not_a_demonstration(pipe):
    assert facts(code(pipe, "Israel demonstrated a remarkable capacity to defend itself.")) == []
    e = only(pipe, "Russian troops marched across the border into Ukraine.")
    assert e.plover == "MOBILIZE"  # soldiers marching are not protesters


def test_modality_reaches_subordinate_acts(pipe):
    events = code(pipe, "Russia could end this war tomorrow by withdrawing its forces from Ukraine.")
    assert events and all(e.hypothetical for e in events)


def test_statements(pipe):
    e = only(pipe, "The Kremlin declined to comment on the report.")
    assert e.cameo == "011" and e.source.actor == "RUSGOV" and e.plover is None
    e = only(pipe, "Ukraine expressed condolences to the families of the victims in Turkey.")
    assert e.cameo == "018"
