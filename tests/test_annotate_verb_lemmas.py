"""spaCy's rule lemmatizer reads some verbs in -e as their shorter namesakes ("hoped" -> "hop",
"staged" -> "stage" -> "stag", "raped" -> "rap"); the project parser puts them right after it, so
frames ("hopes to visit") and triggers ("staged a protest", "waged war") read the right verb."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from eventwire import annotate

sys.path.insert(0, str(Path(__file__).parent))
from event_coding import coded  # noqa: E402


@pytest.mark.parametrize("text, word, lemma", [
    ("Zelensky hopes to visit Washington.", "hopes", "hope"),
    ("Clashes raged in Tripoli overnight.", "raged", "rage"),
    ("Activists staged a protest outside the embassy.", "staged", "stage"),
    ("Russia waged war on Ukraine.", "waged", "wage"),
    ("He was fined $500.", "fined", "fine"),
    ("The army retook the town.", "retook", "retake"),
    # the shorter verbs keep their own lemma
    ("The rabbit hopped away.", "hopped", "hop"),
    ("The singer rapped about the war.", "rapped", "rap"),
])
def test_verb_lemmas(text, word, lemma):
    doc = annotate.parser()(text)
    assert next(t.lemma_ for t in doc if t.text == word) == lemma


def test_nouns_are_left_alone():
    doc = annotate.parser()("The hops and rags were on the stage.")
    assert [t.lemma_ for t in doc if t.text in ("hops", "rags")] == ["hop", "rag"]


def test_a_hope_to_visit_is_no_visit(pipe):
    # "hopes to visit": an intention (036), not a visit that took place (042)
    assert [c for c, _, _ in coded(pipe, "Ukraine's president hopes to visit Washington next month.")] == ["036"]
