"""Intentions and threats stated without an intention verb: "take steps to", "is committed
to", "will not hesitate to" (events/coder.py frames, rules.stated_future)."""
from __future__ import annotations




def stated(pipe, text):
    return [e for e in pipe.process_text(text, published="2024-10-01").events if not e.negated and not e.hypothetical]


def test_taking_steps_to_strengthen_cooperation_is_an_intention_of_whoever_takes_them(pipe):
    events = stated(pipe, "NATO will take further steps to strengthen its cooperation with Ukraine.")
    assert [(e.cameo[:2], e.source.actor, e.target.actor) for e in events] == [("03", "IGOWSTNAT", "UKRGOV")]


def test_a_group_word_subject_of_a_purpose_infinitive_keeps_its_text(pipe):
    events = stated(pipe, "Allies will take further steps to strengthen our cooperation with Ukraine.")
    assert events and events[0].source.text == "Allies" and events[0].target.actor == "UKRGOV"


def test_committed_to_supporting_is_a_promise_not_aid_given(pipe):
    events = stated(pipe, "The United States remains fully committed to supporting Ukraine.")
    assert [e.cameo[:2] for e in events] == ["03"], events


def test_will_not_hesitate_is_a_threat_made_now(pipe):
    events = stated(pipe, "China will not hesitate to strike back.")
    assert [(e.cameo, e.source.actor) for e in events] == [("138", "CHNGOV")]
    events = stated(pipe, "The United States will not hesitate to take further action to protect its people.")
    assert [(e.cameo, e.source.actor) for e in events] == [("130", "USAGOV")]


def test_hesitating_is_no_threat(pipe):
    assert not stated(pipe, "Iran hesitated to respond.")
    assert not stated(pipe, "He did not hesitate to say so.")


def test_remaining_committed_is_an_intent_though_tagged_an_adjective():
    from eventwire.pipeline import Pipeline
    pipe = Pipeline()
    events = pipe.process_text("Japan remains committed to the defense of the Philippines.",
                               published="2024-09-11").events
    assert [(e.cameo[:2], e.source.actor, e.negated) for e in events] == [("03", "JPNGOV", False)]
    events = pipe.process_text("Japan is not committed to the defense of the Philippines.",
                               published="2024-09-11").events
    assert all(e.negated for e in events if e.cameo[:2] == "03")
