"""Title Case headlines are parsed in sentence case, so the news they state is found; names stay
as written and ordinary sentences are left alone."""
from __future__ import annotations

import pytest

from eventwire.headlines import is_title_case, sentence_case


def test_common_words_of_a_title_case_headline_are_lower_cased_and_names_kept():
    text = "Russia And China Hold Joint Naval Drills In The Sea Of Japan"
    cased = sentence_case(text)
    assert cased == "Russia and China hold joint naval drills in the Sea Of Japan"
    assert len(cased) == len(text)  # offsets still point into the original
    assert sentence_case("White House Condemns Houthi Attacks In Red Sea") == \
        "White House condemns Houthi attacks in Red Sea"
    assert sentence_case("Female Employee Yvonne Hiller Kills Two In Kraft Shooting") == \
        "Female employee Yvonne Hiller kills two in kraft shooting"


@pytest.mark.parametrize("text", [
    "President Biden met Prime Minister Modi in New Delhi.",
    "The foreign ministers of India and Pakistan met in Islamabad on Thursday.",
    "NATO Allies Agreed",  # too short to tell
])
def test_ordinary_sentences_are_left_as_they_are(text):
    assert not is_title_case(text)
    assert sentence_case(text) == text


@pytest.mark.parametrize("text, root", [
    ("Female Employee Yvonne Hiller Kills Two In Kraft Shooting", "18"),
    ("Kraft Shooting: Yvonne Hiller Charged With Two Counts Of Murder", "17"),
    ("Turkey Condemns Attack On Embassy In Jordan", "11"),
])
def test_a_title_case_headline_yields_its_event(pipe, text, root):
    events = pipe.process_text(text, published="2024-05-10").events
    assert root in [e.cameo[:2] for e in events], [(e.cameo, e.trigger) for e in events]
    # the evidence is the headline as written
    assert all(e.evidence == text for e in events)
