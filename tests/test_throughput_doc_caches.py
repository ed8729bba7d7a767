"""What the coder asks of a sentence again and again (its dateline, its lemmas) is worked out once
per parsed sentence and kept on the doc; the answers are those worked out afresh, before and after
the entity recogniser has run on the same doc."""
from __future__ import annotations

from eventwire import annotate
from eventwire.events.persons import _dateline_end, _find_dateline_end
from eventwire.events.syntax import _sentence_lemmas


def test_the_dateline_kept_on_the_doc_follows_the_entities_added_later():
    text = "GAZA CITY, Palestinian Territories: Israeli strikes killed 12 people overnight."
    [doc] = list(annotate.parse([text], entities=False))
    before = _dateline_end(doc)
    assert before == _find_dateline_end(doc)
    annotate.recognize_entities([doc])
    after = _dateline_end(doc)
    assert after == _find_dateline_end(doc)
    assert doc[:after].text.endswith(":")  # with entities the place names open a dateline


def test_the_lemmas_kept_on_the_doc_are_the_sentence_s():
    [doc] = list(annotate.parse(["Russian forces shelled Kharkiv on Monday."], entities=False))
    assert _sentence_lemmas(doc) == {t.lemma_.lower() for t in doc}
    assert _sentence_lemmas(doc) is _sentence_lemmas(doc)  # worked out once
