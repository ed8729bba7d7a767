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


# --- a quotation that lost its closing mark does not run on into the writer's narrative

def test_a_continued_quotation_stops_where_the_writer_names_the_speaker():
    text = ('Woodstock Mayor Michael Harding was cautious. "Hopefully, they will follow very quickly," the mayor said. '
            '"There appears to be a lot of negotiation going on in the background. Harding, though, was impressed '
            'with the provincial government\'s promise of housing money. Harding, an advocate for affordable '
            'housing, applauded these "additional supports" for the poor. "These are badly needed," the mayor said. '
            '"So are the new housing units." Hardeman, though, did express concerns about the deficit. The budget '
            'also cuts income taxes.')
    contents = [c for _, _, c in _found(text)]
    assert "There appears to be a lot of negotiation going on in the background." in contents
    assert not any(c.startswith(("Harding", "Hardeman", "The budget")) for c in contents)


def test_a_continued_quotation_that_mentions_another_name_goes_on():
    text = ('"The deal is done," Harding said. "Hardeman is wrong about this. We have the votes."')
    contents = [c for _, _, c in _found(text)]
    assert "Hardeman is wrong about this." in contents and "We have the votes." in contents


# --- "according to X" does not take in another speaker's coordinated report

@pytest.mark.parametrize("sentence, first, second", [
    ('Canada scrambled fighters to "send a strong signal," according to Defence Minister Peter MacKay, and Prime '
     'Minister Stephen Harper sternly declared that Canada would not be intimidated.',
     ("Peter MacKay", 'Canada scrambled fighters to "send a strong signal,"'),
     ("Stephen Harper", "Canada would not be intimidated")),
    ("According to Noether, the warrant gave state officials seven days to finish their search, but Thomas said he "
     "hoped it could be completed by tonight.",
     ("Noether", "the warrant gave state officials seven days to finish their search"),
     ("Thomas", "he hoped it could be completed by tonight")),
    ("According to the ministry, exports fell 3%, but analysts said the decline would be brief.",
     ("ministry", "exports fell 3%"), ("analysts", "the decline would be brief")),
])
def test_according_to_stops_before_a_coordinated_report(sentence, first, second):
    assert [(s, c) for s, _, c in _found(sentence)] == [first, second]


def test_according_to_keeps_a_coordinated_predicate_of_its_own():
    assert [c for _, _, c in _found("According to the police, the suspect fled and was later arrested.")] == [
        "the suspect fled and was later arrested"]


# --- speakers: a name after an honorific, a hyphenated surname

@pytest.mark.parametrize("text, speaker", [
    ('Landowner Rosemary Henson said: "I bitterly resent being thrown to the wolves." But Mr Wood said the '
     'development would bring investment to Bicester. He added the infrastructure the town needed would only come '
     'with a large development.', "Mr Wood"),
    ("Councillor Anne Lee said the vote was rigged. Dr Okafor said the ballots were counted twice. He added that "
     "observers had been present.", "Dr Okafor"),
])
def test_he_added_goes_on_from_a_speaker_named_with_an_honorific(text, speaker):
    assert _found(text)[-1][0] == speaker


def test_a_hyphenated_surname_is_a_person_a_later_he_goes_on_from():
    text = ('"Egypt seeks peace," President Hosni Mubarak declared. "It is for this reason that Egypt keeps close '
            'contacts," Mustafa El-Feki, a senior adviser, told reporters. "Egypt wants a stable Sudan," El-Feki stressed. "At the same time we should work for a more democratic Sudan," he '
            'concluded.')
    assert _found(text)[-1][:2] == ("Mustafa El-Feki", "conclude")


# --- "cited X as saying": the one cited speaks; no "cited as" claim of the outlet's

def test_cited_as_saying_is_no_claim_of_the_citing_outlet():
    assert _found("Interfax cited the Federal Security Service as saying 12 died.") == []
    assert _found("Reuters cited a senior official as saying talks had stalled.") == [
        ("senior official", "say", "talks had stalled")]


# --- a list of participles sharing the reported clause's perfect is part of it

@pytest.mark.parametrize("sentence, content", [
    ("Backers said it would have reduced the city's reliance on fossil fuels, provided more dependable power and "
     "created good jobs.",
     "it would have reduced the city's reliance on fossil fuels, provided more dependable power and created good "
     "jobs"),
    ("The company said it had cut costs, closed two plants and sold its shipping unit.",
     "it had cut costs, closed two plants and sold its shipping unit"),
])
def test_participles_listed_after_the_clause_are_part_of_it(sentence, content):
    assert [c for _, _, c in _found(sentence)] == [content]


def test_the_speakers_next_act_after_and_stays_out():
    # (round clpol17: the call is now a request claim of its own, "call for" [a ceasefire]; it stays out of what
    # was said)
    assert [(cue, c) for _, cue, c in _found("The minister said the port had been shelled and called for a ceasefire.")] \
        == [("say", "the port had been shelled"), ("call for", "a ceasefire")]


# --- a recording that shows someone as saying something: the one shown speaks

@pytest.mark.parametrize("sentence, speaker, content", [
    ("A video shows the mayor as saying that the bridge would reopen in May.", "mayor",
     "the bridge would reopen in May"),
    ("TASS quoted Peskov as saying the talks had failed.", "Peskov", "the talks had failed"),
])
def test_shown_or_quoted_as_saying_gives_the_one_shown(sentence, speaker, content):
    assert [(s, c) for s, _, c in _found(sentence)] == [(speaker, content)]


# --- filed documents and records speak through show/reveal

@pytest.mark.parametrize("sentence, speaker, content", [
    ("The filing showed that the chief executive sold 10,000 shares.", "filing",
     "the chief executive sold 10,000 shares"),
    ("The indictment shows that the men met in Vienna.", "indictment", "the men met in Vienna"),
    ("Emails reveal that the minister knew of the problem.", "Emails", "the minister knew of the problem"),
])
def test_filed_documents_and_records_show_findings(sentence, speaker, content):
    assert [(s, c) for s, _, c in _found(sentence)] == [(speaker, content)]


def test_a_budget_showing_a_plain_figure_is_no_claim():
    assert _found("The budget shows a deficit of 14 billion dollars.") == []


# --- the speaker's next act and the writer's comments after a reported clause stay out of it

@pytest.mark.parametrize("sentence, content", [
    ("The spokesman said the company was cooperating with investigators and declined to comment further.",
     "the company was cooperating with investigators"),
    ("Police said a man was arrested but declined to name him.", "a man was arrested"),
    ("Officials said the talks had stalled and refused to say when they would resume.", "the talks had stalled"),
    ("The White House said Tuesday that the president would veto the bill, setting up a clash with Congress.",
     "the president would veto the bill"),
    ("The company said it would cut 2,000 jobs, sending its shares down 5%.", "it would cut 2,000 jobs"),
    ("The company said demand remained strong, despite signs of a slowdown in China.", "demand remained strong"),
])
def test_next_acts_and_the_writers_comments_are_cut_from_the_content(sentence, content):
    assert [c for _, _, c in _found(sentence)] == [content]


@pytest.mark.parametrize("sentence, content", [
    ("The company said sales declined and profits fell.", "sales declined and profits fell"),
    ("Witnesses said the troops were advancing, shelling villages on the way.",
     "the troops were advancing, shelling villages on the way"),
    ("The minister said the talks would continue despite the violence.",
     "the talks would continue despite the violence"),
])
def test_the_clauses_own_words_stay(sentence, content):
    assert [c for _, _, c in _found(sentence)] == [content]


def test_despite_reports_is_cut_and_the_reports_are_their_own_claim():
    found = _found("The minister insisted on Monday that the talks would continue, despite reports that they had "
                   "collapsed.")
    assert ("minister", "insist", "the talks would continue") in found


# --- wire frames: an interview with an outlet before a short clause; "whose" before a speaker

def test_said_in_an_interview_with_an_outlet_that_a_short_clause():
    found = _found("The company's chief executive, John Smith, said in an interview with CNBC that demand was "
                   "slowing.")
    assert [(s, c) for s, _, c in found] == [("John Smith", "demand was slowing")]


def test_a_real_relative_clause_on_the_frame_noun_is_no_content():
    assert _found("The minister told reporters at the meeting that he attended that talks failed.") == [] or all(
        c != "he attended" for _, _, c in _found("The minister told reporters at the meeting that he attended that "
                                                 "talks failed."))


def test_whose_is_no_part_of_the_speaker():
    found = _found("The bank, whose chief executive has said he wants to expand in Asia, bought a Singapore lender.")
    assert [(s, c) for s, _, c in found] == [("chief executive", "he wants to expand in Asia")]
