"""Claims in White House statements, readouts, fact sheets and wire copy (issue #14, round 6, read off the
extractor's output on unlabelled White House documents and news pages): content boundaries around a frame, forms
the parser misreads, the speaker of a title-named person and of an issued statement."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from claims_runner import claims_in  # noqa: E402


def _show(claims):
    return [(c.speaker and c.speaker.text, c.cue, c.content) for c in claims]


def _only(claims):
    assert len(claims) == 1, _show(claims)
    return claims[0]


@pytest.mark.parametrize("text, speaker, content", [
    # a frame set between the content's words is no part of the content's text
    ("A major part of the reason that additional resources are needed, McKinley said, is the flow of drugs into "
     "the country.", "McKinley",
     "A major part of the reason that additional resources are needed is the flow of drugs into the country"),
    ("We are, as my friend Madeleine Albright said, “the indispensable nation.”", "Madeleine Albright",
     "We are “the indispensable nation.”"),
    # a second "as" frame joined to the first is frame too
    ("As President Biden said in Vilnius last year and as NATO allies have agreed, Ukraine's future is in NATO.",
     "Biden", "Ukraine's future is in NATO"),
])
def test_the_frame_inside_or_beside_the_content_is_left_out(text, speaker, content):
    c = _only(claims_in(text))
    assert (c.speaker.text, c.content) == (speaker, content)
    # the span still runs over the whole content, frame included, as for a quotation split around its cue
    assert c.content_span[1] - c.content_span[0] >= len(content)


@pytest.mark.parametrize("text, speaker, content", [
    # a participle misread as the complement of "told"
    ("McCormick, who has split from many fellow Republicans on the voucher program, told cheering teachers that "
     "they weren't asking for the moon.", "McCormick", "they weren't asking for the moon"),
    # the clause hung on the relative clause of the hearer
    ("Association President Keith Gambill told a few thousand teachers who covered the Statehouse lawn that the "
     "Legislature should direct money from the cash reserves toward helping schools.", "Keith Gambill",
     "the Legislature should direct money from the cash reserves toward helping schools"),
    # the complementizer read as the object of the clause's verb stays out of the content
    ("This past week, Vice President Harris announced at the Munich Security Conference that the State Department "
     "has determined that Russian officials have committed crimes against humanity.", "Harris",
     "the State Department has determined that Russian officials have committed crimes against humanity"),
    # a relative pronoun the parser made the cue's subject, the reported predicate made the main verb
    ("The leaders discussed the effort to preserve peace across the Taiwan Strait, which the Vice President "
     "underscored is an essential element of a free and open Indo-Pacific.", "Vice President",
     "is an essential element of a free and open Indo-Pacific"),
])
def test_clauses_the_parser_hangs_elsewhere(text, speaker, content):
    claims = [c for c in claims_in(text) if c.cue != "determine"]
    c = _only(claims)
    assert (c.speaker.text, c.content) == (speaker, content)


def test_determined_that_is_a_finding_and_determined_to_is_none():
    c = _only(claims_in("Based on a careful analysis of the law, the Secretary of State recently determined that "
                        "members of Russia's forces have committed crimes against humanity in Ukraine."))
    assert (c.cue, c.speaker.text, c.content) == (
        "determine", "Secretary of State", "members of Russia's forces have committed crimes against humanity in Ukraine")
    assert claims_in("We are determined to hold Russia accountable.") == []
    assert claims_in("Investigators have not yet determined what caused the crash.") == []
    # the finding inside an announcement is the finder's, relayed by the announcer
    claims = claims_in("Vice President Harris announced that the State Department has determined that Russian "
                       "officials have committed crimes against humanity.")
    inner = next(c for c in claims if c.cue == "determine")
    assert (inner.speaker.text, inner.via[0]) == ("State Department", "Harris")


@pytest.mark.parametrize("text, speaker, content", [
    ("The Electoral Commission, which regulates campaign finances, issued a statement warning that voters are "
     "entitled to transparency from campaigners.", "Electoral Commission",
     "voters are entitled to transparency from campaigners"),
    ("The ministry released a report saying that 40 soldiers were killed.", "ministry", "40 soldiers were killed"),
])
def test_who_issued_a_statement_says_what_it_says(text, speaker, content):
    c = _only(claims_in(text))
    assert (c.speaker.text, c.content) == (speaker, content)
    # a text found, not issued, speaks for nobody named
    assert claims_in("Police found a note saying that the bomb would go off.") == []


def test_the_organisation_before_a_title_is_not_the_speaker():
    c = _only(claims_in("In a letter calling for the meeting, CPUC President Marybel Batjer said that lack of "
                        "service is not a mere inconvenience."))
    assert (c.speaker.text, c.speaker.title) == ("Marybel Batjer", "President")


def test_two_closing_single_marks_close_a_quotation():
    text = ("The Electoral Commission issued a statement warning that “voters are entitled to transparency and "
            "integrity from campaigners in the lead-up to an election.’’ Critically, however, it pointed out that it "
            "doesn’t have “a role in regulating election campaign content.’’ With the absence of law, campaigns "
            "have already been pressing the boundaries to get attention. The chairman of the party described the "
            "doctored video as lighthearted satire.")
    claims = claims_in(text)
    # two claims of the commission, and the writer's next sentences are no continuation of its quotation
    assert [c.speaker.text for c in claims] == ["Electoral Commission", "Electoral Commission"], _show(claims)
    assert not any(c.cue.endswith("(continued)") for c in claims)
    assert claims[0].content == "voters are entitled to transparency and integrity from campaigners in the lead-up " \
                                "to an election."


def test_a_person_the_title_names_is_the_role_in_the_text():
    text = ("The United States and the Philippines enjoy an alliance. The Vice President announced that the United "
            "States and the Philippines are initiating negotiations on a civil nuclear agreement.")
    c = _only(claims_in(text, title="FACT SHEET: Vice President Harris Launches New Initiatives to Strengthen "
                                    "U.S.-Philippines Alliance"))
    assert (c.speaker.text, c.speaker.title, c.speaker.country) == ("Kamala Harris", "Vice President", "USA")
    # without the title the role stays the role
    c = _only(claims_in(text))
    assert c.speaker.text == "Vice President"


def test_the_previous_holder_of_a_role_is_not_the_one_in_office():
    text = ("Remarks by President Biden. All of us should reject the dangerous statements made by the previous "
            "president that invited Russia to invade our NATO Allies. He said if an Ally did not pay its dues, he "
            "would encourage Russia to do whatever it wants.")
    claims = claims_in(text, title="Remarks by President Biden on the Reported Death of Aleksey Navalny")
    said = next(c for c in claims if c.cue == "say")
    assert said.speaker.text != "Joe Biden", _show(claims)
    assert "previous president" in said.speaker.text


def test_a_role_of_another_rank_is_another_person():
    claims = claims_in("President Biden spoke to the troops. February is Black History Month, as the Vice President "
                       "pointed out.", title="Remarks by President Biden to Department of Defense Personnel")
    assert _only(claims).speaker.text == "Vice President"
    claims = claims_in("Vice President Harris arrived in Seoul. The President said that the alliance is strong.")
    assert _only(claims).speaker.text == "President"
    # the same role still finds its holder
    claims = claims_in("Defense Minister Rustem Umerov arrived in Brussels. The minister said that Ukraine needs more "
                       "air defense.")
    assert _only(claims).speaker.text == "Rustem Umerov"


@pytest.mark.parametrize("text", [
    "You know, many of you in the Muslim American community, and so many others are outraged and hurting, saying to "
    "yourselves, “Here we go again,” with Islamophobia and distrust.",
    "Many of you have said that the war must end.",
    "Some of us believe that the war must end.",
])
def test_the_speakers_own_side_or_audience_makes_no_claim(text):
    assert claims_in(text) == []


def test_a_group_of_others_still_speaks():
    c = _only(claims_in("Many of them have said that the war must end."))
    assert (c.speaker.text, c.content) == ("Many of them", "the war must end")


@pytest.mark.parametrize("text", [
    # a belief the speaker only supposes
    "And to be frank, I imagine that many of the people in this room today thought that might be the case.",
    # an idea is no speaker
    "We also have to get out of a mindset that says everything has to be the most whiz-bang thing ever.",
    # a quotation of questions only, with the frame inside it and over two sentences
    "One little girl said, “Mr. President” — she spoke a little English — “is my brother and my daddy — are they "
    "going to be okay? Will I see them again?” Without their husbands, they fled.",
])
def test_supposed_beliefs_ideas_and_questions_are_no_claims(text):
    assert claims_in(text) == [], _show(claims_in(text))


def test_a_quotation_opening_with_a_question_goes_on_with_its_assertion():
    c = _only(claims_in("Peskov said, “Why would we attack a hospital? We have no reason to do so.”"))
    assert (c.speaker.text, c.content, c.direct) == ("Peskov", "We have no reason to do so.", True)
    # an indirect question stays no claim
    assert claims_in("He explained how the attack happened.") == []


@pytest.mark.parametrize("text, speaker, cue, content", [
    # readout forms: "has made clear that" (the clause parsed as the adjective's subject), "conveyed that",
    # a reporting noun whose possessive is the one voicing it
    ("President Biden has made clear that the United States will defend every inch of NATO territory.", "Biden",
     "make clear", "the United States will defend every inch of NATO territory"),
    ("Sullivan conveyed that the United States stands with Ukraine.", "Sullivan", "convey",
     "the United States stands with Ukraine"),
    ("The President expressed his view that the conflict must end.", "President", "view", "the conflict must end"),
    # "they" in a relative clause is the main clause's plural subject
    ("The Leaders condemned Russia's war, which they said has caused immense suffering.", "Leaders", "say",
     "has caused immense suffering"),
])
def test_readout_forms(text, speaker, cue, content):
    c = _only(claims_in(text))
    assert (c.speaker.text, c.cue, c.content) == (speaker, cue, content)


def test_conveyed_condolences_report_nothing():
    assert claims_in("The President conveyed his condolences to the families of the victims.") == []


def test_a_joint_statement_is_the_pairs():
    c = _only(claims_in("President Biden and President Yoon affirmed that the United States and the ROK are "
                        "committed to advancing economic cooperation."))
    assert c.speaker.text == "President Biden and President Yoon"
    assert c.speaker.country is None  # two countries: none of them alone
    c = _only(claims_in("President Biden and Prime Minister Kishida underscored that they oppose any unilateral "
                        "attempts to change the status quo by force."))
    assert c.speaker.text == "President Biden and Prime Minister Kishida"


def test_an_outlet_cited_at_the_top_does_not_relay_another_outlets_report():
    text = ("WeWork is reportedly being investigated by the New York State Attorney General. According to Reuters, "
            "the attorney general's questions include whether the founder engaged in self-dealing. A company "
            "spokesperson said that the company is cooperating in the matter. This comes less than a week after "
            "Bloomberg reported WeWork is the subject of a Securities and Exchange Commission inquiry.")
    via = {c.speaker.text if c.speaker else None: c.via for c in claims_in(text, site="TechCrunch")}
    assert via["Bloomberg"] == ["TechCrunch"]
    # the page still retells Reuters for everything else
    assert via["company spokesperson"] == ["Reuters", "TechCrunch"]


@pytest.mark.parametrize("text, speaker, content", [
    # two clauses of one report, each hung on the frame after them
    ("Selling a product is difficult, but altering behavior is much more difficult, Hege said.", "Hege",
     "Selling a product is difficult, but altering behavior is much more difficult"),
    # the day of the statement is no part of it
    ("Berrien County Health Department officials said Monday the victim was one of two people who contracted the "
     "virus.", "Berrien County Health Department officials",
     "the victim was one of two people who contracted the virus"),
    # the speaker's next act after the content
    ("The group said on Twitter that the contract has confused employees with pay discrepancies, and demanded a "
     "deadline extension.", "group", "the contract has confused employees with pay discrepancies"),
    # the writer's participle after a mid-sentence "according to", and an agency's dateline
    ("(Reuters) — The New York State Attorney General is investigating WeWork, according to two people familiar "
     "with the matter, adding to a mounting series of problems for the company.",
     "two people familiar with the matter", "The New York State Attorney General is investigating WeWork"),
    # a title-case heading glued above the sentence
    ("Cannabis Use Disorder is Rising in U.S. States Where Weed is Legal\nRates of cannabis use disorder have risen "
     "in U.S. states where the drug has been legalized, according to a study.", "study",
     "Rates of cannabis use disorder have risen in U.S. states where the drug has been legalized"),
])
def test_news_page_boundaries(text, speaker, content):
    c = _only(claims_in(text))
    assert (c.speaker.text, c.content) == (speaker, content)


def test_a_thing_shown_says_no_quotation():
    assert claims_in('Video shows dramatic rescue of 8-year-old kidnapping victim: "We got her!"') == []
    # a date that is the subject's stays
    c = _only(claims_in("Officials said Monday's strike killed 12 people."))
    assert c.content == "Monday's strike killed 12 people"
    # a hard-wrapped line is no heading
    c = _only(claims_in("Two policemen\n            were wounded and the assailants fled in a car, the statement "
                        "said."))
    assert c.content.startswith("Two policemen")


def test_the_intelligence_community_assesses():
    c = _only(claims_in("The intelligence community assesses with high confidence that Russia was behind the attack."))
    assert (c.speaker.text, c.cue, c.content) == ("intelligence community", "assess", "Russia was behind the attack")
    # the complementizer the parser read as a relative pronoun stays out; a demonstrative subject stays in
    assert _only(claims_in("The commission highlights that crime has fallen.")).content == "crime has fallen"
    assert _only(claims_in("Peskov said that was wrong and unacceptable.")).content == "that was wrong and unacceptable"
