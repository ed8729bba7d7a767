"""Issue #14, round clpol17: recall of every attribution form in political news (the PolNeAR style: US and
European campaign, Congress, court and foreign-policy coverage). Each case is a general form missed on the
round's tuned sentences (eval/claims_pol17/sentences.tsv), written again in other words, with the nearby forms
that must keep (or must not get) a claim."""
from __future__ import annotations

import pytest

from claims_runner import claims_in
from eventwire.claims import political_news


def _found(text: str, **kw) -> list[tuple[str | None, str, str]]:
    return [(c.speaker and c.speaker.text, c.cue, c.content) for c in claims_in(text, **kw)]


# --- commitments: what the speaker vows, pledges, promises or threatens to do

@pytest.mark.parametrize("sentence, speaker, cue, content", [
    ("Zelensky vowed to retake every inch of occupied territory.", "Zelensky", "vow to",
     "to retake every inch of occupied territory"),
    ("The new coalition pledged to hold a referendum on the treaty within two years.", "new coalition", "pledge to",
     "to hold a referendum on the treaty within two years"),
    ("The governor promised to veto any bill that raised property taxes.", "governor", "promise to",
     "to veto any bill that raised property taxes"),
    ("Trump threatened to pull the United States out of NATO.", "Trump", "threaten to",
     "to pull the United States out of NATO"),
])
def test_a_commitment_is_a_claim_of_what_is_committed_to(sentence, speaker, cue, content):
    assert _found(sentence) == [(speaker, cue, content)]


@pytest.mark.parametrize("sentence", [
    "The donors pledged $7 billion for reconstruction.",  # money given, no proposition
    "The senator did not promise to support the bill.",  # negated
    "The governor will vow to fight the ruling.",  # not yet made
    "We pledge to defend every inch of allied territory.",  # the writer's own voice
])
def test_money_negated_future_or_own_commitments_are_none(sentence):
    assert _found(sentence) == []


# --- requests: whom the speaker urges or asks to do what, and what is called for

@pytest.mark.parametrize("sentence, speaker, cue, content", [
    ("Senate Democrats urged the administration to release the intelligence report.", "Senate Democrats", "urge",
     "the administration to release the intelligence report"),
    ("Kyiv pressed its allies to speed up deliveries of air defence systems.", "Kyiv", "press",
     "its allies to speed up deliveries of air defence systems"),
    ("The attorneys general asked the Supreme Court to take up the case.", "attorneys general", "ask",
     "the Supreme Court to take up the case"),
    ("Republicans called on the secretary to resign.", "Republicans", "call on", "the secretary to resign"),
    ("Several senators called for an independent investigation into the leak.", "Several senators", "call for",
     "an independent investigation into the leak"),
    ("The European Parliament called for new sanctions against Iran.", "European Parliament", "call for",
     "new sanctions against Iran"),
])
def test_a_request_is_a_claim_of_whom_it_asks_to_do_what(sentence, speaker, cue, content):
    assert _found(sentence) == [(speaker, cue, content)]


@pytest.mark.parametrize("sentence", [
    "The plan calls for deep cuts to the agency.",  # a thing, no speaker
    "The senator asked for a lawyer.",  # nobody asked to act
    "They called the meeting to order.",
    "She will urge lawmakers to back the deal.",  # not yet made
    "He did not ask them to leave.",
])
def test_things_calling_for_and_unmade_requests_are_none(sentence):
    assert _found(sentence) == []


# --- praise and blame with their ground

@pytest.mark.parametrize("sentence, speaker, cue, content", [
    ("Macron praised the agreement as a historic step for European defence.", "Macron", "praise as",
     "the agreement as a historic step for European defence"),
    ("Democrats blamed the Republican majority for the collapse of the border deal.", "Democrats", "blame for",
     "the Republican majority for the collapse of the border deal"),
    ("Teachers' unions criticised the plan for ignoring rural schools.", "Teachers' unions", "criticize for",
     "the plan for ignoring rural schools"),
    ("Critics have criticised the government's handling of the crisis as chaotic.", "Critics", "criticize as",
     "the government's handling of the crisis as chaotic"),
    ("The White House blamed the shutdown on House Republicans.", "White House", "blame on",
     "the shutdown on House Republicans"),
])
def test_praise_and_blame_with_their_ground_are_claims(sentence, speaker, cue, content):
    assert _found(sentence) == [(speaker, cue, content)]


@pytest.mark.parametrize("sentence", [
    "The president praised the troops.",  # no ground given
    "The senator criticized it.",
])
def test_praise_without_a_ground_is_none(sentence):
    assert _found(sentence) == []


# --- questions put with "whether" / "if"

@pytest.mark.parametrize("sentence, speaker, content", [
    ("The justices asked whether the former president could be prosecuted for official acts.", "justices",
     "whether the former president could be prosecuted for official acts"),
    ("Legal scholars have questioned whether the law is constitutional.", "Legal scholars",
     "whether the law is constitutional"),
    ("The senator asked the general if the troops would be home by Christmas.", "senator",
     "if the troops would be home by Christmas"),
])
def test_a_question_put_is_a_claim(sentence, speaker, content):
    assert [(s, c) for s, _, c in _found(sentence)] == [(speaker, content)]


@pytest.mark.parametrize("sentence", [
    "Bashar Assad, asked if the army would move on Idlib, declined to answer.",  # the one asked
    "Reporters did not ask whether the deal was final.",
    "The senator asked what the plan would cost.",  # a wh-question names no proposition
])
def test_the_one_asked_and_wh_questions_are_none(sentence):
    assert _found(sentence) == []


def test_the_act_cues_are_known_to_the_scorer_and_statements_are_not():
    assert all(political_news.act_cue(c) for c in ("vow to", "urge", "call for", "call on", "praise as",
                                                   "blame on", "ask whether"))
    assert not any(political_news.act_cue(c) for c in ("say", "promise", "warn", "call", "warn of", "accuse"))


# --- knowledge, hope and doubt with a clause

@pytest.mark.parametrize("sentence, speaker, cue, content", [
    ("Officials know that the ceasefire is fragile.", "Officials", "know", "the ceasefire is fragile"),
    ("Israeli officials hope a deal can be reached before Ramadan.", "Israeli officials", "hope",
     "a deal can be reached before Ramadan"),
    ("European diplomats doubt that Beijing will press Moscow to end the war.", "European diplomats", "doubt",
     "Beijing will press Moscow to end the war"),
])
def test_knowledge_hope_and_doubt_are_attributed(sentence, speaker, cue, content):
    assert _found(sentence) == [(speaker, cue, content)]


@pytest.mark.parametrize("sentence", [
    "I know that this is hard.",
    "As you know, the vote is on Monday.",
    "He did not know that the gun was loaded.",
    "The senator hopes to win re-election.",  # an aim, no proposition
    "The suspect is known to police.",
    "There is no doubt that the economy is slowing.",
    "The hope is that the talks will resume.",  # the writer's, nobody owns it
])
def test_own_negated_or_clauseless_knowledge_and_hope_are_none(sentence):
    assert _found(sentence) == []


# --- nominal cues: a promise, pledge, assurance, expectation or hope that …

@pytest.mark.parametrize("sentence, speaker, content", [
    ("Putin's promise that the operation would be over in weeks proved hollow.", "Putin",
     "the operation would be over in weeks"),
    ("The minister's assurance that no jobs would be lost was repeated in parliament.", "minister",
     "no jobs would be lost"),
    ("Washington's expectation that Beijing would restrain Moscow has not been met.", "Washington",
     "Beijing would restrain Moscow"),
])
def test_a_possessed_promise_or_expectation_is_a_claim(sentence, speaker, content):
    assert [(s, c) for s, _, c in _found(sentence)] == [(speaker, content)]


def test_a_feared_blockade_is_an_event_feared():
    assert _found("Many in Taiwan fear a Chinese blockade.") == [("Many in Taiwan", "fear", "a Chinese blockade")]
    assert _found("Residents fear the police.") == []


# --- a closing ", a new poll shows." read by the parser as a noun in apposition

@pytest.mark.parametrize("sentence, source, content", [
    ("Republican voters think the party should move on from Trump, a new poll shows.", "new poll",
     "Republican voters think the party should move on from Trump"),
    ("Democrats believe the economy is improving, a Gallup poll shows.", "Gallup poll",
     "Democrats believe the economy is improving"),
])
def test_a_closing_poll_frame_read_as_a_noun_is_the_polls_claim(sentence, source, content):
    found = _found(sentence)
    assert (source, "show", content) in found
    assert all(", a" not in c for _, _, c in found)  # the frame is in no content


def test_a_plural_noun_ending_a_sentence_is_no_frame():
    assert _found("The senator visited the border towns and the farm shows.") == []


# --- roles of political and court news a later pronoun goes on from

@pytest.mark.parametrize("text, speaker, content", [
    ("The congressman met with donors in Florida. Later, he told Fox News that he was considering a run for "
     "Senate.", "congressman", "he was considering a run for Senate"),
    ("The judge denied the motion on Friday. She said the defense had waited too long.", "judge",
     "the defense had waited too long"),
])
def test_a_pronoun_goes_on_from_a_political_or_court_role(text, speaker, content):
    assert [(s, c) for s, _, c in _found(text)] == [(speaker, content)]


# --- an act promised or a fault admitted, named by its noun

@pytest.mark.parametrize("sentence, speaker, content", [
    ("The chairman promised a full investigation.", "chairman", "a full investigation"),
    ("Tehran vowed revenge for the killing of its general.", "Tehran", "revenge for the killing of its general"),
    ("The agency acknowledged mistakes in its handling of the case.", "agency",
     "mistakes in its handling of the case"),
    ("The minister admitted failures in the evacuation.", "minister", "failures in the evacuation"),
])
def test_an_act_promised_or_a_fault_admitted_is_a_claim(sentence, speaker, content):
    assert [(s, c) for s, _, c in _found(sentence)] == [(speaker, content)]


@pytest.mark.parametrize("sentence", [
    "The ruling party has already conceded defeat in the capital.",
    "The donors pledged $7 billion for the reconstruction of Gaza.",
    "The school admitted forty new students.",
])
def test_defeat_money_or_people_are_no_promise_or_admission(sentence):
    assert _found(sentence) == []


# --- more requests and commitments: a "that" clause asked for, a warning to act, a complement after a phrase

@pytest.mark.parametrize("sentence, speaker, cue, content", [
    ("The senator urged that the vote be delayed.", "senator", "urge", "the vote be delayed"),
    ("Washington demanded that Israel halt the offensive.", "Washington", "demand", "Israel halt the offensive"),
    ("China warned the United States not to interfere in its internal affairs.", "China", "warn to",
     "the United States not to interfere in its internal affairs"),
    ("The senator vowed on Tuesday to block the nomination.", "senator", "vow to", "to block the nomination"),
    ("Merkel lauded the agreement as a breakthrough.", "Merkel", "laud as", "the agreement as a breakthrough"),
])
def test_more_requests_and_commitments(sentence, speaker, cue, content):
    assert _found(sentence) == [(speaker, cue, content)]


def test_a_plain_warning_stays_a_statement_scored_as_before():
    assert _found("Officials warned that the dam could fail.") == [("Officials", "warn", "the dam could fail")]
    assert not political_news.act_cue("warn") and political_news.act_cue("warn to")


def test_a_line_ending_on_blast_is_no_wrapped_sentence():
    # ("blast" is no cue word: a hard-wrapped line ending on the noun is not run on into the next)
    text = ("Seven people have been arrested in connection with the blast\n"
            "Images from the scene showed the bus reduced to a smouldering wreck.")
    assert [(s, cue) for s, cue, _ in _found(text)] == [("Images from the scene", "show")]


@pytest.mark.parametrize("line", ["Seven people were hurt as protesters clashed with the press",
                                  "The talks stalled over Russian demands"])
def test_a_line_ending_on_a_request_noun_is_no_wrapped_sentence(line):
    # the words of requests, promises and questions send sentences to the parser but a line ending on one
    # ("the press", "demands") is not run on into the next (lexicon.FRAME_CUE_WORDS)
    text = f"{line}\nImages from the scene showed the bus reduced to a smouldering wreck."
    assert [(s, cue) for s, cue, _ in _found(text)] == [("Images from the scene", "show")]


def test_a_time_is_no_speaker_of_a_request():
    assert _found("The past two months warned first responders to be vigilant.") == []
    assert _found("Health officials warned first responders to be vigilant.") == [
        ("Health officials", "warn to", "first responders to be vigilant")]
