"""Entities (the costliest model after the parser) only where they are read: a sentence with a
claim cue word gets them when it holds an attribution or a proper noun, not otherwise
(pipeline.Pipeline._needs_entities); the records must be those of giving every cue sentence
entities."""
from __future__ import annotations

from pathlib import Path

import pytest

from eventwire import annotate
from eventwire import pipeline as pl
from eventwire.inputs import iter_documents
from eventwire.records import RawDocument, ReadError

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "whitehouse"
TEXT = ("We support the call for a ceasefire, and the announcement was welcome.\n"
        "Officials said the talks would resume next week.\n"
        "President Biden called it a good start.\n")


@pytest.fixture(scope="module")
def pipeline():
    return pl._warm(pl.Pipeline())


def _every_cue_sentence(self, sentence, doc, home=None, voice=None, quotes=None):
    return _NEEDS(self, sentence, doc, home, voice)  # no quotation spans: the rule before this change


_NEEDS = pl.Pipeline._needs_entities


def _with_entities(pipeline, raws, monkeypatch, every: bool):
    seen: list[str] = []
    real = annotate.recognize_entities

    def recognize(docs, **kwargs):
        seen.extend(doc.text for doc in docs)
        return real(docs, **kwargs)

    with monkeypatch.context() as m:
        m.setattr(annotate, "recognize_entities", recognize)
        if every:
            m.setattr(pl.Pipeline, "_needs_entities", _every_cue_sentence)
        results = [r.to_dict() for r in pipeline.process_batch(raws)]
    return results, seen


def test_a_cue_sentence_without_attribution_or_name_gets_no_entities(pipeline, monkeypatch):
    raw = RawDocument("cues", TEXT, published="2024-05-01")
    results, seen = _with_entities(pipeline, [raw], monkeypatch, every=False)
    assert "Officials said the talks would resume next week." in seen  # an attribution
    assert "President Biden called it a good start." in seen  # a name
    assert not any(text.startswith("We support the call") for text in seen)  # "call", "announcement": cue words only
    assert any(c["content"].startswith("the talks would resume") for c in results[0]["claims"])


def test_the_records_are_those_of_entities_on_every_cue_sentence(pipeline, monkeypatch):
    files = sorted(CORPUS.iterdir())[:12]
    raws = [d for d in iter_documents(files) if not isinstance(d, ReadError)]
    raws.append(RawDocument("cues", TEXT, published="2024-05-01"))
    now, fewer = _with_entities(pipeline, raws, monkeypatch, every=False)
    before, more = _with_entities(pipeline, raws, monkeypatch, every=True)
    assert now == before
    assert len(fewer) < len(more)
    assert sum(len(r["claims"]) for r in now) > 5 and sum(len(r["events"]) for r in now) > 20
