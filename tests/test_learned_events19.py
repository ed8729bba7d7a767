"""Round learn19 (issue #9 item 5): the learned root model and its stage behind the rules
(eventwire/events/learned.py). Sentences written for these tests."""
from __future__ import annotations

import numpy as np
import pytest

from eventwire.events.learned import DEFAULT_PATH, ROOTS, RootModel, asserted, default_root_model
from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def learned():
    return Pipeline(learned=True)


@pytest.fixture(scope="module")
def rules():
    return Pipeline(learned=False)


def _codes(result):
    return [(e.cameo, e.source.actor if e.source else None, e.target.actor if e.target else None, e.found_by)
            for e in result.events]


def test_weights_load_and_score_twenty_roots():
    model = RootModel(DEFAULT_PATH)
    probs = model.probabilities(["Troops killed four suspected insurgents in a raid on a hideout.", "Whisk the eggs and add the flour."])
    assert probs.shape == (2, len(ROOTS))
    assert np.all((probs >= 0) & (probs <= 1))
    assert model.meta["roots"] == list(ROOTS)
    # a violent act reads as force (19) far more than as cooking does
    assert probs[0, ROOTS.index("19")] > 0.5 > probs[1, ROOTS.index("19")]


def test_model_separates_roots_on_new_wordings():
    model = default_root_model()
    assert model.root_scores("The foreign ministers held talks in Vienna on the nuclear file.")["04"] > 0.8
    assert model.root_scores("Police detained dozens of protesters outside parliament.")["17"] > 0.5


def test_stage_codes_a_troop_movement_the_rules_miss(learned, rules):
    text = "Army units moved about 40 tanks toward the northern border over the weekend."
    assert rules.process_text(text, published="2024-05-01").events == []
    got = _codes(learned.process_text(text, published="2024-05-01"))
    assert got == [("150", "MIL", None, "learned")]


def test_stage_defers_where_the_rules_read_a_trigger_and_found_no_event(learned):
    # "died" is a trigger the rules read and their guard drops (an accident); the model, which
    # reads 18 here, must not overrule them
    for text in ("The woman died from her injuries three days after the motorway crash.",
                 "A spokeswoman for the defence ministry declined to comment on the report."):
        assert [e for e in learned.process_text(text, published="2024-05-01").events
                if e.found_by == "learned"] == []


def test_learned_event_is_marked_in_the_json(learned):
    events = learned.process_text("Army units moved about 40 tanks toward the northern border over the weekend.",
                                  published="2024-05-01").events
    assert [e.to_dict()["found_by"] for e in events] == ["learned"]


@pytest.mark.parametrize("text", [
    "The band released a new album on Friday.",          # 08 reads high, but no party the tables know
    "The company reported a rise in quarterly profits.",
    "Fans celebrated in the streets after the final whistle.",
])
def test_stage_codes_nothing_without_an_event(learned, text):
    assert learned.process_text(text, published="2024-05-01").events == []


def test_stage_does_not_code_an_unasserted_act(learned):
    # a plan and a negation: the model may read root 15, the verb states no act
    for text in ("Army units will move about 40 tanks toward the northern border next month.",
                 "Army units did not move any tanks toward the northern border over the weekend."):
        assert [e for e in learned.process_text(text, published="2024-05-01").events
                if e.found_by == "learned"] == []


def test_asserted_reads_modality():
    from eventwire import annotate
    docs = list(annotate.parse(["Rebels attacked the convoy.", "Rebels could attack the convoy.",
                                "If rebels attack the convoy, troops will respond."], entities=False))
    verb = lambda d: next(t for t in d if t.lemma_ == "attack")  # noqa: E731
    assert asserted(verb(docs[0]))
    assert not asserted(verb(docs[1]))
    assert not asserted(verb(docs[2]))


def test_switch_off_gives_the_rules_output_exactly(rules, monkeypatch):
    text = ("Army units moved about 40 tanks toward the northern border over the weekend. "
            "The foreign ministers held talks in Vienna on Tuesday. "
            "The band released a new album on Friday.")
    monkeypatch.delenv("EVENTWIRE_LEARNED", raising=False)
    off = Pipeline(learned=False).process_text(text, published="2024-05-01")
    assert [e.to_dict() for e in off.events] == [e.to_dict() for e in rules.process_text(text, published="2024-05-01").events]
    assert all(e.found_by == "rules" for e in off.events)
    monkeypatch.setenv("EVENTWIRE_LEARNED", "0")
    assert Pipeline().learned is None
    monkeypatch.setenv("EVENTWIRE_LEARNED", "1")
    assert Pipeline().learned is not None


def test_stage_leaves_the_rules_events_untouched():
    # with nothing the model is sure enough of, the stage changes none of the rules' events
    text = ("The foreign ministers held talks in Vienna on Tuesday. Police detained dozens of "
            "protesters outside parliament. Army units moved about 40 tanks toward the border.")
    on = Pipeline(learned=True)
    on.learned.add_threshold = 1.01
    off = Pipeline(learned=False)
    a = on.process_text(text, published="2024-05-01").events
    b = off.process_text(text, published="2024-05-01").events
    assert b and [e.to_dict() for e in a] == [e.to_dict() for e in b]
