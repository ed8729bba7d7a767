"""Issue #14, round clprec16: claims precision and speaker accuracy on business and political wire copy
(eval/claims_prec16/). Each case is a general class of wrong or missing claim found on the round's tuned LGL
articles, its own wire-style sentences or the lead's list, written again in other words, with the nearby forms
that must keep (or must not get) their claim."""
from __future__ import annotations

import pytest

from claims_runner import claims_in


def _found(text: str, **kw) -> list[tuple[str | None, str, str]]:
    return [(c.speaker and c.speaker.text, c.cue, c.content) for c in claims_in(text, **kw)]


# --- a reporting verb in the to-infinitive of an expectation is the expected act, not a speech cue

@pytest.mark.parametrize("sentence, speaker, content", [
    ("Analysts expect the company to report a loss for the third quarter.", "Analysts",
     "the company to report a loss for the third quarter"),
    ("Economists expect the government to announce that growth slowed.", "Economists",
     "the government to announce that growth slowed"),
    ("Wall Street expects Apple to report record iPhone sales.", "Wall Street", "Apple to report record iPhone sales"),
])
def test_an_expected_report_is_the_expectation_not_a_claim_of_the_reporter(sentence, speaker, content):
    assert _found(sentence) == [(speaker, "expect", content)]


@pytest.mark.parametrize("sentence", [
    "Investors want the bank to confirm that the dividend is safe.",
    "The law requires companies to disclose that their data was sold.",
    "The regulator ordered the firm to announce that the product had been recalled.",
])
def test_a_required_or_wanted_report_is_no_claim(sentence):
    assert _found(sentence) == []


def test_the_object_of_a_verb_that_makes_it_happen_still_speaks():
    assert _found("The leak prompted officials to admit that the plant had failed.") == [
        ("officials", "admit", "the plant had failed")]


# --- content ends: a per-cent sign and a closed bracket are part of what was said

@pytest.mark.parametrize("sentence, content", [
    ("The report showed unemployment rose to 5.3%.", "unemployment rose to 5.3%"),
    ("The company said its margin fell to 12%.", "its margin fell to 12%"),
    ("Turnout was 61%, officials said.", "Turnout was 61%"),
    ("According to the poll, support fell to 38%.", "support fell to 38%"),
    ("The ministry said prices rose 4 per cent (year on year).", "prices rose 4 per cent (year on year)"),
])
def test_a_per_cent_sign_and_a_closed_bracket_end_the_content(sentence, content):
    assert [c for _, _, c in _found(sentence)] == [content]


def test_a_stray_bracket_of_the_writer_is_left_out():
    assert [c for _, _, c in _found("(The minister said the port was shelled.)")] == ["the port was shelled"]


# --- what is feared, or had been expected, named by an event noun

@pytest.mark.parametrize("sentence, speaker, content", [
    ("Investors fear another downgrade.", "Investors", "another downgrade"),
    ("Officials fear a repeat of the 2008 crisis.", "Officials", "a repeat of the 2008 crisis"),
    ("Many in Kyiv fear a new Russian offensive in the spring.", "Many in Kyiv",
     "a new Russian offensive in the spring"),
    ("Analysts polled by Reuters had expected earnings of 85 cents a share.", "Analysts",
     "earnings of 85 cents a share"),
])
def test_a_feared_or_expected_event_is_a_claim(sentence, speaker, content):
    assert _found(sentence) == [(speaker, "fear" if "fear" in sentence else "expect", content)]


@pytest.mark.parametrize("sentence", [
    "Residents fear the police.",
    "They did not fear a recession.",
    "I fear a recession.",
    "Farmers fear for their crops.",
])
def test_fear_of_no_event_or_negated_or_the_writers_is_no_claim(sentence):
    assert _found(sentence) == []
