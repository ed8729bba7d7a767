"""A batch's short documents are coded together (one parser call, for speed: pipeline._safe_batch);
the records must be those of each document coded alone, and a document that fails still fails alone."""
from __future__ import annotations

from pathlib import Path

import pytest

from eventwire import pipeline as pl
from eventwire.inputs import iter_documents
from eventwire.records import DocumentResult, ReadError

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "whitehouse"


@pytest.fixture(scope="module")
def documents():
    files = sorted(CORPUS.iterdir())[:6]
    return [d for d in iter_documents(files) if not isinstance(d, ReadError)]


@pytest.fixture(scope="module")
def pipeline():
    return pl._warm(pl.Pipeline())


def _alone(pipeline, raw):
    return pl.process_document(pipeline, raw, 0).to_dict()


def test_documents_coded_together_give_the_records_of_each_coded_alone(pipeline, documents, monkeypatch):
    calls = []
    real = pl.Pipeline.process_batch
    monkeypatch.setattr(pl.Pipeline, "process_batch", lambda self, raws: (calls.append(len(raws)), real(self, raws))[1])
    together = pl._safe_batch(pipeline, documents, 60)
    assert calls == [len(documents)]  # one call for the whole batch, no retry
    monkeypatch.undo()
    assert [r.to_dict() for r in together] == [_alone(pipeline, raw) for raw in documents]
    assert sum(len(r.events) for r in together) > 10 and any(r.claims for r in together)


def test_a_failing_document_fails_alone_and_the_others_keep_their_records(pipeline, documents, monkeypatch):
    expected = [_alone(pipeline, raw) for raw in documents]
    real = pl.Pipeline._document
    bad = documents[2].id

    def document(self, raw, *args, **kwargs):
        if raw.id == bad:
            raise ValueError("no such verb")
        return real(self, raw, *args, **kwargs)

    monkeypatch.setattr(pl.Pipeline, "_document", document)
    out = pl._safe_batch(pipeline, documents, 60)
    assert isinstance(out[2], ReadError)
    assert str(out[2]).endswith("processing failed: ValueError: no such verb")
    assert [r.to_dict() for n, r in enumerate(out) if n != 2] == [e for n, e in enumerate(expected) if n != 2]
    assert all(isinstance(r, DocumentResult) for n, r in enumerate(out) if n != 2)


def test_long_and_slowly_read_documents_are_coded_on_their_own(documents):
    long = documents[0].__class__("long", "Troops attacked the town. " * 4000)
    slow = documents[1].__class__("slow", "Troops attacked the town.")
    slow.read_seconds = 40.0
    chosen = pl._coded_together([long, slow, *documents], 60)
    assert long not in chosen and slow not in chosen
    assert sum(len(d.text) for d in chosen) <= pl.BATCH_CHARS
