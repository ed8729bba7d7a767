"""Work handed to worker processes comes in batches that end at STREAM_BATCH_CHARS of text, so
the workers finish together (pipeline._stream_batches); the records are those of one process."""
from __future__ import annotations

from pathlib import Path

import pytest

from eventwire import pipeline as pl
from eventwire.inputs import iter_documents
from eventwire.records import RawDocument, ReadError

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "whitehouse"


@pytest.fixture(scope="module")
def documents():
    """Ten corpus documents of 2,000-8,000 characters: about three char-bounded batches."""
    found = [d for d in iter_documents(sorted(CORPUS.iterdir())) if not isinstance(d, ReadError)]
    return [d for d in found if 2_000 <= len(d.text) <= 8_000][:10]


def test_batches_end_at_a_text_budget_as_well_as_a_document_count(documents):
    long = RawDocument("long", "Troops attacked the town. " * 2_000)  # 52,000 characters alone
    items = [long, *documents, ReadError("broken.html", "not HTML")]
    batches = list(pl._stream_batches(items, None, 0))
    coded = [batch for work, batch in batches if work]
    assert [x for _, batch in batches for x in batch] == items  # input order, nothing lost
    assert [long] in coded and batches[-1] == (False, [items[-1]])
    for batch in coded:
        assert len(batch) <= pl.BATCH_SIZE
        # a batch ends at the first document that brings it to the budget
        assert sum(len(d.text) for d in batch[:-1]) < pl.STREAM_BATCH_CHARS
    # every batch but the last, and those cut short by the read error, is full
    assert all(len(b) == pl.BATCH_SIZE or sum(len(d.text) for d in b) >= pl.STREAM_BATCH_CHARS for b in coded[:-1])
    assert len(coded) >= 3  # the old rule (8 documents) made two batches of these eleven


def test_two_workers_on_char_bounded_batches_give_the_records_of_one_process(documents):
    assert sum(len(d.text) for d in documents) > 2 * pl.STREAM_BATCH_CHARS
    one = [r.to_dict() for r in pl.process_stream(documents, workers=1)]
    two = [r.to_dict() for r in pl.process_stream(documents, workers=2)]
    assert two == one
    assert [r["document"]["id"] for r in two] == [d.id for d in documents]
    assert sum(len(r["events"]) for r in two) > 5
