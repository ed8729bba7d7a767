"""Issue #14, round clwh15: precision of claims on White House prose (readouts, statements, remarks
transcripts). Each class was found on the round's tuning documents or on the forms the labelling rules of
eval/claims_blind.md exclude; every sentence here was written for the round in the style of the class (none
is copied from a document), with the nearby forms that must keep their claim (eval/claims_wh15/README.md)."""
from __future__ import annotations

import pytest

from claims_runner import claims_in


def _only(text: str):
    claims = claims_in(text)
    assert len(claims) == 1, [(c.cue, c.content) for c in claims]
    return claims[0]


# --- the writer's own voice: the first person with others, "our two countries" (rule F) ---------------------

@pytest.mark.parametrize("text", [
    "Prime Minister Kishida and I reaffirmed that our alliance has never been stronger.",
    "President Biden and I agreed that we must keep the sea lanes of the region open.",
    "PRESIDENT MARCOS:  The President and I confirmed that the treaty covers our coast guard.",
    "Our two countries confirmed that trilateral exercises will continue next year.",
    "My administration has made clear that we will defend every inch of allied territory.",
    "Both our governments have stressed that the strait must remain open to commercial shipping.",
])
def test_the_first_person_with_others_is_the_writers_own_voice(text):
    assert claims_in(text) == []


@pytest.mark.parametrize("text, head", [
    ("President Biden and Prime Minister Kishida reaffirmed that the alliance has never been stronger.", "Biden"),
    ("Our allies have told us that Russian units are massing near the border.", "allies"),
    ("President Yoon told me that the North has fired three more missiles this week.", "Yoon"),
    ("The two governments confirmed that joint exercises will continue next year.", "governments"),
])
def test_others_near_the_first_person_still_speak(text, head):
    claim = _only(text)
    assert head in claim.speaker.text


# --- "few" believers: nearly nobody, like negated cognition ------------------------------------------------

@pytest.mark.parametrize("text", [
    "Few experts believed that Kyiv would hold out for more than a month.",
    "Very few observers predicted that the talks would produce a ceasefire.",
    "Not many diplomats believed that the truce would survive the winter.",
])
def test_what_few_believed_is_no_claim(text):
    assert claims_in(text) == []


@pytest.mark.parametrize("text", [
    "A few officials said that the negotiations had stalled over the prisoner exchange.",
    "Many officials said that the negotiations had stalled over the prisoner exchange.",
])
def test_a_few_or_many_officials_still_speak(text):
    assert _only(text).content == "the negotiations had stalled over the prisoner exchange"


# --- speech expected or scheduled, not yet made -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Secretary is expected to announce that the United States will send more air defense interceptors.",
    "The President is set to tell the summit that the alliance will admit two new members.",
    "The envoy is scheduled to say that the corridor will reopen on Monday.",
])
def test_speech_expected_or_scheduled_is_no_claim(text):
    assert claims_in(text) == []


@pytest.mark.parametrize("text, content", [
    ("The Secretary announced that the United States will send more air defense interceptors.",
     "the United States will send more air defense interceptors"),
    ("Analysts expected that the talks would collapse within a week.", "the talks would collapse within a week"),
])
def test_speech_made_and_a_held_expectation_keep_their_claim(text, content):
    assert _only(text).content == content


# --- content: the writer's present rebuttal after a past cue is no part of what was said -------------------

@pytest.mark.parametrize("text, content", [
    ("The Kremlin claimed that its troops had withdrawn from the town, but its tanks are still in the square.",
     "its troops had withdrawn from the town"),
    ("Putin believed that the coalition would fall apart within weeks, but the coalition is larger today.",
     "the coalition would fall apart within weeks"),
])
def test_a_present_but_clause_after_a_past_cue_is_the_writers(text, content):
    assert _only(text).content == content


@pytest.mark.parametrize("text, tail", [
    # a present cue: the "but" clause is what is said too
    ("The authority says the depot received the shipment last week, but the fuel needs to be tested.",
     "the fuel needs to be tested"),
    # backshifted: still the report
    ("Officials said the convoy was hit near the border, but the drivers escaped unharmed.",
     "the drivers escaped unharmed"),
])
def test_a_but_clause_in_the_reports_own_tense_stays(text, tail):
    assert _only(text).content.endswith(tail)


# --- content: a closing "a decision the President welcomed" is the writer's comment -------------------------

@pytest.mark.parametrize("text, content", [
    ("The Prime Minister announced that Japan would raise its defense budget, a decision the President welcomed.",
     "Japan would raise its defense budget"),
    ("Pyongyang claimed the launch put a satellite into orbit, a claim the allies rejected.",
     "the launch put a satellite into orbit"),
    ("The President told the families that their loved ones would come home, a message he repeated on Sunday.",
     "their loved ones would come home"),
])
def test_a_closing_comment_on_the_act_is_no_content(text, content):
    # (round war18: "…, a claim the allies rejected" is also the allies' denial of the same content, a second
    # claim; tests/test_claims_war18.py)
    claims = claims_in(text)
    assert claims and all(c.content == content for c in claims)
    assert [c.stance for c in claims][0] == "assert"


def test_an_apposition_of_what_was_reported_stays():
    claim = _only("The ministry said the drones struck a depot, a facility that stored aviation fuel.")
    assert claim.content == "the drones struck a depot, a facility that stored aviation fuel"


# --- content: the speaker's narrated next act ("…, and he directed …") --------------------------------------

@pytest.mark.parametrize("text, content", [
    ("The President said the United States would not stand by, and he directed his team to prepare options.",
     "the United States would not stand by"),
    ("The Vice President said the United States would stand by Manila, and she toured the coast guard "
     "headquarters.", "the United States would stand by Manila"),
    ("The leaders affirmed that the alliance would endure, and they pledged to meet again in the spring.",
     "the alliance would endure"),
])
def test_the_speakers_next_act_is_no_content(text, content):
    # (round clpol17: "they pledged to meet again" is a commitment claim of its own, cue "pledge to")
    from eventwire.claims import political_news
    assert [c.content for c in claims_in(text) if not political_news.act_cue(c.cue)] == [content]


@pytest.mark.parametrize("text, content", [
    # the "he" may be the soldier of the clause: it stays with what was said
    ("The governor said the soldier was wounded at the checkpoint and he crawled to safety.",
     "the soldier was wounded at the checkpoint and he crawled to safety"),
    # a past modal: still what was said
    ("The President said the United States would help Kyiv, and he would ask Congress for new funds.",
     "the United States would help Kyiv, and he would ask Congress for new funds"),
])
def test_a_conjunct_that_may_be_reported_stays(text, content):
    assert _only(text).content == content


# --- content: "and," + an inserted phrase + the clause's second predicate ----------------------------------

@pytest.mark.parametrize("text, tail", [
    ("The Secretary reaffirmed that Washington will keep its commitments to the region and, in close "
     "coordination with Seoul, deter any aggression against its allies.", "deter any aggression against its allies"),
    ("The National Security Advisor conveyed that the United States remains committed to Ukraine's defense and, "
     "together with allies, will continue to impose costs on Russia.", "will continue to impose costs on Russia"),
])
def test_the_second_predicate_after_an_inserted_phrase_is_content(text, tail):
    claim = _only(text)
    assert claim.content.endswith(tail)


def test_the_speakers_next_act_after_an_inserted_phrase_is_not():
    claim = _only("The Secretary said that the United States is ready to help and, in a separate statement, "
                  "announced new sanctions on Iran.")
    assert claim.content == "the United States is ready to help"


# --- content: semicolons — a series of that-clauses is one claim; a clause of the writer's after one is not --

@pytest.mark.parametrize("text, content", [
    ("The leaders affirmed that the alliance is ironclad; that they will deepen cooperation on space; and that "
     "they oppose any unilateral change to the status quo.",
     "the alliance is ironclad; that they will deepen cooperation on space; and that they oppose any unilateral "
     "change to the status quo"),
    ("The ministers reiterated that the sanctions remain in force; and that they will be tightened if the attacks "
     "go on.", "the sanctions remain in force; and that they will be tightened if the attacks go on"),
])
def test_a_series_of_that_clauses_after_semicolons_is_one_content(text, content):
    assert _only(text).content == content


@pytest.mark.parametrize("text, content", [
    ("Officials said the port was shelled; residents fled north.", "the port was shelled"),
    ("The Kremlin said the drills were routine; they began a week after the talks collapsed.",
     "the drills were routine"),
])
def test_the_writers_clause_after_a_semicolon_is_no_content(text, content):
    assert _only(text).content == content


def test_a_semicolon_inside_the_speakers_quotation_stays():
    claim = _only('The minister said: "The port was shelled; residents fled north."')
    assert claim.content.rstrip(".") == "The port was shelled; residents fled north"
