"""Recall from reading (issue #9, round 9): events a labeller following eval/events_gold.md and
eval/events_blind.md codes in White House readouts and statements no eval set uses, which the coder
left out or coded under another root. Each test is one general class found by reading
(docs/events.md "Recall from reading (round 9)"; the list of misses is in eval/events_round9_recall/):
sanctions told as costs imposed, threats told as what a side "made clear" it would do, concern about
a named party's acts, and thanks given by saying "I want to thank"."""
from __future__ import annotations

import sys
from pathlib import Path


from eventwire.pipeline import Pipeline
from eventwire.records import RawDocument

sys.path.insert(0, str(Path(__file__).parent))
from event_coding import coded, roots  # noqa: E402


WHITE_HOUSE = "https://www.whitehouse.gov/briefing-room/statements-releases/2024/07/01/statement/"


def statement(pipe: Pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    """(code, source, target) of the stated events of a White House statement (its "we" and "I"
    are the US government)."""
    result = pipe.process(RawDocument(id="t", text=text, title="Statement", url=WHITE_HOUSE, published="2024-07-01"))
    return [(e.cameo, e.source.actor if e.source else None, e.target.actor if e.target else None)
            for e in result.events if not e.negated and not e.hypothetical]


def test_costs_imposed_are_sanctions(pipe: Pipeline) -> None:
    # the White House's word for sanctions; done, it is 163 on whom they fall
    assert ("163", "USAGOV", "RUSGOV") in coded(pipe, "The United States imposed severe costs on Russia on Tuesday.")
    assert ("163", "GBRGOV", "IRNGOV") in coded(
        pipe, "Britain imposed new economic costs on Iran after the drone attacks.")
    # stated as the future (or under a stated condition) it is a threat of sanctions, made now
    future = statement(pipe, "We will work with our allies and partners to impose additional swift and severe "
                         "economic costs on Russia.")
    assert [(c[:2], s, t) for c, s, t in future] == [("13", "USAGOV", "RUSGOV")]
    assert roots(coded(pipe, "President Biden was clear that, if Russia undertakes a further invasion of Ukraine, "
                             "the United States will respond decisively and impose swift and severe costs on "
                             "Russia.")) == ["13"]
    # a cost that is no sanction is no event
    assert coded(pipe, "The storm imposed heavy costs on farmers.") == []


def test_made_clear_that_a_side_would_respond_is_a_threat(pipe: Pipeline) -> None:
    sentence = ("President Biden made clear that the U.S. and our Allies would respond with strong economic "
                "and other measures in the event of military escalation.")
    assert [(c[:2], s) for c, s, _ in coded(pipe, sentence)] == [("13", "USAGOV")]
    assert roots(coded(pipe, "The minister was clear that Germany would respond with sanctions.")) == ["13"]
    # "would" outside such a statement stays hypothetical, and an impersonal "it is clear" states no one's threat
    assert coded(pipe, "Germany would respond with sanctions in that case.") == []
    assert coded(pipe, "It is clear that the European Union would respond with sanctions.") == []


def test_concern_about_a_named_party_is_criticism(pipe: Pipeline) -> None:
    events = coded(pipe, "President Biden voiced the deep concerns of the United States about Russia's "
                         "escalation of forces surrounding Ukraine.")
    assert events == [("111", "USAGOV", "RUSGOV")]
    assert ("111", "JPNGOV", "CHNGOV") in coded(
        pipe, "Japan's foreign minister expressed concern over China's military activities near Taiwan.")
    # concerns discussed in talks are the talks (eval/events_gold.md's labels)
    assert roots(coded(pipe, "The two leaders discussed their shared concerns over China's support for Russia.")) \
        in ([], ["04"])
    # concern about no one stays a pessimistic comment
    assert [c for c, _, _ in coded(pipe, "The French finance minister expressed concern about the economy.")] == ["012"]


def test_thanks_given_by_saying_i_want_to_thank(pipe: Pipeline) -> None:
    assert statement(pipe, "I want to thank Chancellor Scholz for his close partnership.") == [
        ("051", "USAGOV", "DEUGOV")]
    assert roots(statement(pipe, "We would like to congratulate President Zelenskyy on the agreement.")) == ["05"]
    # a wish to do something else is still an intention, and someone else's wish is not the act
    assert roots(statement(pipe, "I want to visit Kyiv next month.")) == ["03"]
    assert roots(coded(pipe, "He does not want to thank Moscow.")) != ["05"]


def test_strikes_a_leader_orders_are_the_leaders_attack(pipe: Pipeline) -> None:
    assert [(c[:2], s) for c, s, _ in statement(
        pipe, "During that call, the President directed strikes against three locations utilized by Kataib "
              "Hezbollah.")] == [("19", "USAGOV")]
    assert [(c[:2], s, t) for c, s, t in statement(pipe, "The President authorized strikes against Houthi targets in Yemen.")] \
        == [("19", "USAGOV", "YEMREB")]
    # a strike a union orders is a labour strike
    assert [c for c, _, _ in coded(pipe, "The union ordered a strike at the port.")] == ["143"]


def test_talks_had_with_adjectives_before_them(pipe: Pipeline) -> None:
    # "had candid, constructive, and substantive discussions": the parser makes "had" the first
    # adjective's auxiliary; the talks are still the subject's
    events = coded(pipe, "Jake Sullivan and Wang Yi had candid, constructive, and substantive discussions on key "
                         "issues.")
    assert [(c[:2], s, t) for c, s, t in events] == [("04", "USAGOV", "CHNGOV")]
    assert coded(pipe, "Candid, constructive, and substantive discussions on key issues.") == []


def test_acting_or_responding_if_something_happens_is_a_threat(pipe: Pipeline) -> None:
    assert [(c[:2], s) for c, s, _ in statement(
        pipe, "The United States will act at a time and in a manner of our choosing should these attacks "
              "continue.")] == [("13", "USAGOV")]
    assert ("130", "JPNGOV", "CHNGOV") in coded(pipe, "Japan will respond if China sends more ships to the islands.")
    assert ("130", "RUSGOV", "IGOWSTNAT") in coded(
        pipe, "The Kremlin said it would retaliate if NATO deployed troops in Ukraine.")
    # no condition, or another sense of the verb: no threat
    for sentence in ("The ministry will respond to the letter if it is confirmed.",
                     "The government acted quickly after the floods.",
                     "Japan will act in the interest of peace."):
        assert "13" not in roots(coded(pipe, sentence)), sentence
