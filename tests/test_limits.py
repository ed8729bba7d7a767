"""Per-document time limits and long documents (docs/limits.md).

No test here asserts a duration: each checks the outcome (which documents are reported as
over the limit, which are processed) under a small limit.
"""
from __future__ import annotations

import threading

import pytest

from eventwire import limits, pipeline as pl
from eventwire.inputs import readers
from eventwire.records import DocumentResult, RawDocument

GOOD_TEXT = "Ethiopia and Eritrea signed a border agreement in Asmara, officials said.\n"
PAGE = ("<html><head><title>Border deal</title></head><body><article><p>Ethiopia and Eritrea signed a border "
        "agreement in Asmara on Tuesday, officials said, ending a dispute that had lasted two decades.</p>"
        "<p>The foreign ministers of both countries attended the ceremony.</p></article></body></html>")
_never = threading.Event()


def stall(*_args, **_kwargs):
    _never.wait(300)  # far longer than any limit used here


@pytest.fixture
def stall_on_poison(monkeypatch):
    """Documents whose text holds POISON stall in coding."""
    real = pl.Pipeline._document

    def document(self, raw, *args, **kwargs):
        if "POISON" in raw.text:
            stall()
        return real(self, raw, *args, **kwargs)

    monkeypatch.setattr(pl.Pipeline, "_document", document)


def kinds(items) -> list[str]:
    return [type(x).__name__ for x in items]


def test_the_limit_applies_to_each_document_not_to_the_batch(stall_on_poison):
    # two stalling documents inside one batch: each is reported on its own, every other
    # document of the batch (and after it) is coded
    docs = [RawDocument(f"d{n}", ("POISON " if n in (2, 5) else "") + GOOD_TEXT, path=f"/in/d{n}.txt")
            for n in range(pl.BATCH_SIZE + 2)]
    out = list(pl.process_stream(docs, doc_timeout=0.5))
    assert kinds(out) == ["ReadError" if n in (2, 5) else "DocumentResult" for n in range(len(docs))]
    assert str(out[2]) == "/in/d2.txt: processing took longer than 0.5 s; document skipped"
    assert all(r.events for r in out if isinstance(r, DocumentResult))


def test_each_document_has_the_whole_limit(monkeypatch):
    # five documents that each take most of the limit all pass: the limit is not shared
    real = pl.Pipeline._document
    monkeypatch.setattr(pl.Pipeline, "_document", lambda self, *a, **k: (_never.wait(0.3), real(self, *a, **k))[1])
    docs = [RawDocument(f"d{n}", GOOD_TEXT) for n in range(5)]
    out = list(pl.process_stream(docs, doc_timeout=3))
    assert kinds(out) == ["DocumentResult"] * 5


def test_reading_and_html_extraction_are_within_the_limit(tmp_path, monkeypatch):
    real = readers.extract_article

    def extract(page, url=None):
        if "POISON" in page:
            stall()
        return real(page, url=url)

    real(PAGE)  # (the extractor's first call loads its modules: not reading time, and slow on a loaded machine)
    monkeypatch.setattr(readers, "extract_article", extract)
    (tmp_path / "a.html").write_text(PAGE)
    (tmp_path / "b.html").write_text(PAGE.replace("<p>The foreign", "<p>POISON. The foreign"))
    (tmp_path / "c.txt").write_text(GOOD_TEXT)
    out = list(pl.extract([tmp_path], doc_timeout=0.5))
    assert kinds(out) == ["DocumentResult", "ReadError", "DocumentResult"]
    assert str(out[1]) == f"{tmp_path / 'b.html'}: reading took longer than 0.5 s; file skipped"


def test_a_stalling_record_of_a_jsonl_file_keeps_the_records_before_it(tmp_path, monkeypatch):
    real = readers._jsonl_record

    def record(line, loc, published):
        if "POISON" in line:
            stall()
        return real(line, loc, published)

    monkeypatch.setattr(readers, "_jsonl_record", record)
    (tmp_path / "feed.jsonl").write_text(
        '{"id": "a", "text": "%s"}\n{"id": "b", "text": "POISON"}\n{"id": "c", "text": "%s"}\n'
        % (GOOD_TEXT.strip(), GOOD_TEXT.strip()))
    (tmp_path / "z.txt").write_text(GOOD_TEXT)
    out = list(pl.extract([tmp_path], doc_timeout=0.5))
    assert kinds(out) == ["DocumentResult", "ReadError", "DocumentResult"]
    assert out[0].document.id == "a" and out[2].document.id == "z"
    assert "reading took longer than 0.5 s; the rest of the file skipped" in str(out[1])


def test_reading_time_counts_against_the_documents_limit(monkeypatch):
    # 0.4 s reading + 0.4 s coding under a 0.6 s limit: over
    real = pl.Pipeline._document
    monkeypatch.setattr(pl.Pipeline, "_document", lambda self, *a, **k: (_never.wait(0.4), real(self, *a, **k))[1])

    def read():
        _never.wait(0.4)
        yield RawDocument("slow", GOOD_TEXT, path="/in/slow.txt")
        yield RawDocument("fast", GOOD_TEXT, path="/in/fast.txt")

    out = list(pl.process_stream(read(), doc_timeout=0.6))
    assert kinds(out) == ["ReadError", "DocumentResult"]
    assert "took longer than 0.6 s" in str(out[0])


def test_the_limit_comes_from_the_environment(monkeypatch, stall_on_poison):
    monkeypatch.setenv("EVENTWIRE_DOC_TIMEOUT", "0.5")
    docs = [RawDocument("bad", "POISON " + GOOD_TEXT, path="/in/bad.txt"), RawDocument("good", GOOD_TEXT)]
    out = list(pl.process_stream(docs))
    assert kinds(out) == ["ReadError", "DocumentResult"]
    assert "longer than 0.5 s" in str(out[0])


def test_ingest_passes_the_limit_on(tmp_path, stall_on_poison):
    from eventwire.store import Store

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("POISON " + GOOD_TEXT)
    (tmp_path / "in" / "b.txt").write_text(GOOD_TEXT)
    with Store(tmp_path / "e.db") as store:
        summary = pl.ingest([tmp_path / "in"], store, doc_timeout=0.5)
    assert summary.stored == 1
    assert [str(f) for f in summary.failed] == [
        f"{tmp_path / 'in' / 'a.txt'}: processing took longer than 0.5 s; document skipped"]


@pytest.mark.parametrize("value, env, expected", [
    (None, None, 60.0), (5, None, 5.0), ("2.5", None, 2.5), (None, "7", 7.0), (3, "7", 3.0), (0, None, 0.0),
])
def test_resolve_doc_timeout(monkeypatch, value, env, expected):
    if env is None:
        monkeypatch.delenv("EVENTWIRE_DOC_TIMEOUT", raising=False)
    else:
        monkeypatch.setenv("EVENTWIRE_DOC_TIMEOUT", env)
    assert limits.resolve_doc_timeout(value) == expected


@pytest.mark.parametrize("value", ["soon", "-1", "nan"])
def test_a_bad_limit_is_refused_naming_its_origin(monkeypatch, value):
    monkeypatch.setenv("EVENTWIRE_DOC_TIMEOUT", value)
    with pytest.raises(ValueError, match="EVENTWIRE_DOC_TIMEOUT"):
        limits.resolve_doc_timeout()
    with pytest.raises(ValueError, match="doc_timeout"):
        limits.resolve_doc_timeout(value)


def test_zero_means_no_limit(stall_on_poison, monkeypatch):
    seen = []
    monkeypatch.setattr(limits.signal, "setitimer", lambda *a: seen.append(a))
    list(pl.process_stream([RawDocument("good", GOOD_TEXT)], doc_timeout=0))
    assert seen == []


def test_paragraph_chunks_cover_the_text_at_line_breaks():
    text = "\n".join(f"Paragraph {n} " + "word " * (n % 17) for n in range(400))
    chunks = list(pl.paragraph_chunks(text, 300))
    assert "".join(piece for _, piece in chunks) == text
    assert all(text[offset:offset + len(piece)] == piece for offset, piece in chunks)
    assert all(len(piece) <= 300 for _, piece in chunks)
    assert all(piece.endswith("\n") for _, piece in chunks[:-1])
    # a line longer than the piece is cut at a space
    long_line = "word " * 200
    assert all(len(p) <= 300 for _, p in pl.paragraph_chunks(long_line, 300))
    assert "".join(p for _, p in pl.paragraph_chunks(long_line, 300)) == long_line


def test_a_long_document_is_coded_in_pieces_with_offsets_into_the_whole_text(monkeypatch):
    paragraphs = [
        "Russian troops attacked the town of Izium on Monday, the Ukrainian defence ministry said.",
        "\"We will not negotiate under fire,\" President Zelensky told reporters in Kyiv.",
        "Ethiopia and Eritrea signed a border agreement in Asmara, officials said.",
        "Police arrested 40 protesters in Tbilisi after clashes outside parliament.",
    ] * 6
    text = "\n\n".join(paragraphs)
    monkeypatch.setattr(pl, "CHUNK_CHARS", 400)
    pieces = list(pl.paragraph_chunks(text, 400))
    assert len(pieces) > 5
    result = pl.process_document(pl.Pipeline(), RawDocument("long", text, title="Roundup"), limit=0)
    sentence_ids = [s.id for s in result.sentences]
    assert sentence_ids == [f"long:s{n}" for n in range(1, len(sentence_ids) + 1)]
    assert [s.index for s in result.sentences] == list(range(len(sentence_ids)))
    assert all(text[s.start:s.end] == s.text for s in result.sentences)
    assert [e.id for e in result.events] == [f"long:e{n}" for n in range(1, len(result.events) + 1)]
    assert len(result.events) >= 12  # the attacks, agreements and arrests of every piece
    for e in result.events:
        assert e.sentence_id in sentence_ids
        assert text[e.span[0]:e.span[1]] == e.evidence
        if e.claim_id:
            assert e.claim_id in {c.id for c in result.claims}
    claim_ids = [c.id for c in result.claims]
    assert claim_ids == [f"long:c{n}" for n in range(1, len(claim_ids) + 1)]
    assert len(claim_ids) >= 6
    for c in result.claims:
        assert text[c.span[0]:c.span[1]] and c.sentence_id in sentence_ids
        assert set(c.contradicts) <= set(claim_ids)


def test_a_long_document_goes_through_process_stream_in_pieces(monkeypatch):
    monkeypatch.setattr(pl, "CHUNK_CHARS", 200)
    calls = []
    real = pl.Pipeline.process
    monkeypatch.setattr(pl.Pipeline, "process", lambda self, raw: (calls.append(len(raw.text)), real(self, raw))[1])
    # twelve different sentences (a sentence printed twice on one page is one act)
    text = "\n\n".join(GOOD_TEXT.strip().replace("officials said", f"officials said on day {n + 1}") for n in range(12))
    (result,) = pl.process_stream([RawDocument("long", text)], doc_timeout=30)
    assert isinstance(result, DocumentResult) and result.document.text == text
    assert len(calls) >= 1 + 4 and max(calls[1:]) <= 200  # the warm-up, then the pieces
    assert len(result.events) == 12


@pytest.mark.slow
def test_the_limit_holds_in_worker_processes(tmp_path, stall_on_poison):
    for n in range(6):
        (tmp_path / f"d{n}.txt").write_text(("POISON " if n == 3 else "") + GOOD_TEXT)
    out = list(pl.extract([tmp_path], workers=2, doc_timeout=1))
    assert kinds(out) == ["DocumentResult"] * 3 + ["ReadError"] + ["DocumentResult"] * 2
    assert str(out[3]) == f"{tmp_path / 'd3.txt'}: processing took longer than 1 s; document skipped"
