"""Session 16, the lead's claims fixes (issue #14): channels named after the clause, relays that are not outlets,
cited material, speakers the parser split off their verb, and a closing frame read as a second subject."""
from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline()


def _claims(pipe, text):
    return pipe.process_text(text, published="2024-05-01").claims


@pytest.mark.parametrize("text, outlet, content_end", [
    ("Lavrov warned that any deployment of Western troops would make them legitimate targets, in remarks to state "
     "television.", "state television", "legitimate targets"),
    ("Peskov said the talks had stalled, in an interview with the newspaper Izvestia.", "Izvestia", "had stalled"),
    ("Shoigu said the offensive had succeeded, in an interview with Rossiya 24.", "Rossiya 24", "had succeeded"),
])
def test_a_closing_interview_or_remarks_is_the_channel_not_content(pipe, text, outlet, content_end):
    [c] = _claims(pipe, text)
    assert c.content.endswith(content_end)
    assert outlet in c.via


def test_closing_remarks_to_reporters_are_cut_from_the_content_and_relay_nothing(pipe):
    [c] = _claims(pipe, "The minister said the border would stay closed, in comments to reporters on Tuesday.")
    assert c.content == "the border would stay closed"
    assert c.via == []


def test_a_government_body_citing_sources_relays_them(pipe):
    [c] = _claims(pipe, "According to the Ukrainian General Staff, which cited partisan sources, Russia moved two "
                        "brigades toward Kupiansk.")
    assert c.speaker.text == "partisan sources"
    assert c.via == ["Ukrainian General Staff"]      # a relay though it is no outlet
    [c] = _claims(pipe, "The governor said, citing the regional police, that four people were killed.")
    assert "police" in c.speaker.text and c.via == ["governor"]


def test_hearers_who_are_no_relay_stay_out_of_the_chain(pipe):
    [c] = _claims(pipe, "Russia told Ukraine that the talks were over.")
    assert c.via == []


@pytest.mark.parametrize("text, speaker", [
    ("According to the Ukrainian General Staff, which cited intelligence intercepts, Russia moved two brigades "
     "toward Kupiansk.", "UKRMIL"),
    ("The Washington Post reported, citing leaked documents, that Egypt planned to supply rockets to Russia.",
     "USAMED"),
])
def test_intercepts_and_documents_cited_do_not_speak(pipe, text, speaker):
    [c] = _claims(pipe, text)
    assert c.speaker.actor == speaker


@pytest.mark.parametrize("text, speaker, actor", [
    ("Estonian intelligence estimates that Russia can produce about three million artillery shells a year.",
     "Estonian intelligence", "ESTSPY"),
    ("South Korean intelligence believes that Pyongyang has sent more troops.", "South Korean intelligence",
     "KORSPY"),
])
def test_a_national_service_keeps_its_nationality_when_the_parser_hangs_it_on_the_verb(pipe, text, speaker, actor):
    [c] = _claims(pipe, text)
    assert c.speaker.text == speaker and c.speaker.actor == actor


def test_a_closing_frame_read_as_a_second_subject_still_reports_the_clause(pipe):
    claims = _claims(pipe, "The strike, which Moscow says targeted a weapons depot, killed at least nine civilians, "
                           "local authorities said.")
    said = [c for c in claims if c.speaker and c.speaker.text == "local authorities"]
    assert said and said[0].content.startswith("The strike") and said[0].content.endswith("nine civilians")
    assert any(c.speaker and c.speaker.text == "Moscow" and "weapons depot" in c.content for c in claims)


@pytest.mark.parametrize("text, first, second, source", [
    ("Sudan's army said on Sunday it had recaptured a strategic bridge over the Nile north of Khartoum, while "
     "shelling by the paramilitary Rapid Support Forces (RSF) killed at least 12 civilians in El Fasher, according to "
     "a local resistance committee.", "north of Khartoum", "12 civilians in El Fasher", "local resistance committee"),
    ("The army said it had retaken the bridge, while rebel shelling killed 12 civilians in the city, according to "
     "medics.", "retaken the bridge", "killed 12 civilians in the city", "medics"),
])
def test_a_closing_according_to_sources_the_while_clause_before_it(pipe, text, first, second, source):
    claims = _claims(pipe, text)
    said = [c for c in claims if c.cue == "say"]
    according = [c for c in claims if c.cue == "according to"]
    assert said and said[0].content.endswith(first) and said[0].via == []
    assert according and according[0].content.endswith(second) and according[0].speaker.text == source


def test_a_closing_according_to_without_a_contrast_still_relays_the_claim(pipe):
    [c] = _claims(pipe, "The army said it had retaken the bridge, according to state media.")
    assert c.content == "it had retaken the bridge" and c.via == ["state media"]
