"""Bad inputs: each gives one clear ReadError, never an exception, and the
rest of the batch still comes through."""
from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from eventwire.inputs import MAX_BYTES, iter_documents
from eventwire.records import RawDocument, ReadError

FIX = Path(__file__).parent / "fixtures" / "inputs"
GOOD_TEXT = "Ethiopia and Eritrea signed a border agreement in Asmara, officials said.\n"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"


def read_with_good_neighbour(tmp_path: Path, name: str, data: bytes) -> ReadError:
    """Read a bad file between two good ones; return its single error."""
    bad = tmp_path / name
    bad.write_bytes(data)
    (tmp_path / "a_good.txt").write_text(GOOD_TEXT)
    (tmp_path / "z_good.txt").write_text(GOOD_TEXT)
    out = list(iter_documents([tmp_path / "a_good.txt", bad, tmp_path / "z_good.txt"]))
    assert [type(x).__name__ for x in out] == ["RawDocument", "ReadError", "RawDocument"], out
    error = out[1]
    assert error.path == str(bad)
    assert "\n" not in str(error)
    return error


def test_empty_file(tmp_path):
    assert "empty file" in read_with_good_neighbour(tmp_path, "empty.txt", b"").message


def test_whitespace_only_file(tmp_path):
    assert "empty" in read_with_good_neighbour(tmp_path, "blank.md", b"  \n\n\t\n").message


def test_png_bytes(tmp_path):
    error = read_with_good_neighbour(tmp_path, "picture.html", PNG)
    assert "binary file" in error.message and "PNG" in error.message


def test_nul_bytes(tmp_path):
    error = read_with_good_neighbour(tmp_path, "blob.txt", b"abc\x00\x01\x02def" * 50)
    assert "binary file" in error.message and "NUL" in error.message


def test_truncated_gzip(tmp_path):
    packed = gzip.compress(GOOD_TEXT.encode() * 200)
    error = read_with_good_neighbour(tmp_path, "cut.txt.gz", packed[: len(packed) // 2])
    assert "truncated gzip" in error.message


def test_corrupt_gzip(tmp_path):
    packed = bytearray(gzip.compress(GOOD_TEXT.encode() * 20))
    packed[12:40] = b"\xff" * 28
    assert "gzip" in read_with_good_neighbour(tmp_path, "broken.txt.gz", bytes(packed)).message


def test_misencoded_text_is_detected_and_read(tmp_path):
    target = tmp_path / "latin.txt"
    target.write_bytes("Der Außenminister sagte in Zürich, die Gespräche über die Waffenruhe würden fortgesetzt. "
                       "Später äußerte sich auch die Regierung.".encode("cp1252"))
    (doc,) = iter_documents([target])
    assert isinstance(doc, RawDocument)
    assert "Außenminister" in doc.text and "Zürich" in doc.text and "äußerte" in doc.text


def test_cyrillic_legacy_encoding_is_read(tmp_path):
    target = tmp_path / "ru.txt"
    target.write_bytes("Войска России атаковали Харьков ночью, сообщили власти области.".encode("cp1251"))
    (doc,) = iter_documents([target])
    assert doc.text.startswith("Войска России атаковали Харьков")


def test_garbage_bytes_are_reported(tmp_path):
    # high bytes and control characters, no NUL: decodes as nothing sensible
    garbage = bytes((i * 97 + 13) % 254 + 1 for i in range(4000))
    error = read_with_good_neighbour(tmp_path, "garbage.txt", garbage)
    assert "mis-encoded" in error.message or "binary" in error.message


def test_huge_file_is_refused_before_reading(tmp_path):
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as fh:  # sparse: no real disk use
        fh.truncate(MAX_BYTES)
    (tmp_path / "good.txt").write_text(GOOD_TEXT)
    out = list(iter_documents([huge, tmp_path / "good.txt"]))
    assert isinstance(out[0], ReadError) and "too large" in out[0].message
    assert isinstance(out[1], RawDocument)


def test_malformed_html_without_text(tmp_path):
    error = read_with_good_neighbour(tmp_path, "broken.html", b"<html><body><div><p></div></span><<<>>> </b")
    assert "no article text" in error.message


def test_malformed_feed(tmp_path):
    feed = b'<?xml version="1.0"?><rss version="2.0"><channel><title>X</title><item><title>Unclosed'
    error = read_with_good_neighbour(tmp_path, "broken.rss", feed)
    assert "malformed feed" in error.message


def test_truncated_feed_keeps_complete_items(tmp_path):
    feed = (FIX / "world.rss").read_text()
    cut = feed[: feed.index("<title>Colombia") + 20]
    target = tmp_path / "cut.rss"
    target.write_text(cut)
    out = list(iter_documents([target]))
    assert isinstance(out[0], RawDocument) and out[0].text.startswith("Iran's navy seized")
    assert isinstance(out[-1], ReadError) and out[-1].path == str(target)
    assert out[-1].message.startswith("malformed feed (")
    assert len(out) == 2


def test_rss_file_that_is_not_a_feed(tmp_path):
    error = read_with_good_neighbour(tmp_path, "notes.rss", b"just some words, not xml")
    assert "feed" in error.message


def test_xml_that_is_not_a_feed(tmp_path):
    error = read_with_good_neighbour(tmp_path, "config.xml", b'<?xml version="1.0"?><config><a>1</a></config>')
    assert "not an RSS/Atom feed" in error.message


def test_malformed_jsonl_lines_keep_the_good_ones():
    out = list(iter_documents([FIX / "bad.jsonl"]))
    good = [d.id for d in out if isinstance(d, RawDocument)]
    errors = {Path(e.path).name: e.message for e in out if isinstance(e, ReadError)}
    assert good == ["good-1", "good-2"]
    assert errors == {
        "bad.jsonl:3": "invalid JSON (Expecting ',' delimiter at column 41)",
        "bad.jsonl:4": "missing 'id'",
        "bad.jsonl:5": "missing 'text' or 'html'",
        "bad.jsonl:7": "expected a JSON object, got list",
    }
    first = next(e for e in out if isinstance(e, ReadError))
    assert str(first).endswith("bad.jsonl:3: invalid JSON (Expecting ',' delimiter at column 41)")


def test_nonexistent_path():
    (error,) = iter_documents(["/no/such/place/article.html"])
    assert isinstance(error, ReadError)
    assert error.path == "/no/such/place/article.html"
    assert "no such file" in error.message


def test_unsupported_extension(tmp_path):
    error = read_with_good_neighbour(tmp_path, "report.pdf", b"%PDF-1.4 whatever")
    assert "unsupported file type (.pdf" in error.message


def test_markdown_with_broken_front_matter(tmp_path):
    error = read_with_good_neighbour(tmp_path, "bad.md", b"---\ntitle: [unclosed\n---\nText of the note.\n")
    assert "front matter" in error.message


def test_page_that_is_all_boilerplate(tmp_path):
    page = b"<html><body><article><p>Read more: Another story</p><p>Subscribe to our newsletter today.</p></article></body></html>"
    error = read_with_good_neighbour(tmp_path, "junk.html", page)
    assert "no article text" in error.message


@pytest.mark.parametrize("name", ["x.html", "x.txt", "x.md", "x.jsonl", "x.rss", "x.atom", "x.xml", "x.html.gz"])
def test_random_bytes_never_raise(tmp_path, name):
    target = tmp_path / name
    target.write_bytes(bytes(range(256)) * 8)
    out = list(iter_documents([target]))
    assert len(out) == 1 and isinstance(out[0], ReadError)


def test_mixed_batch_keeps_going(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "img.htm").write_bytes(PNG)
    out = list(iter_documents([tmp_path, FIX / "readout.md", "/missing.txt", FIX / "bad.jsonl"]))
    kinds = [type(x).__name__ for x in out]
    assert kinds.count("RawDocument") == 3  # readout + two good jsonl lines
    assert kinds.count("ReadError") == 7


def test_gzip_bomb_is_refused(tmp_path, monkeypatch):
    from eventwire.inputs import readers

    monkeypatch.setattr(readers, "MAX_BYTES", 10_000)
    small = gzip.compress(b"Fighting resumed near Bakhmut. " * 1000)  # 31 kB unpacked, tiny packed
    assert len(small) < 10_000
    error = read_with_good_neighbour(tmp_path, "bomb.txt.gz", small)
    assert "too large after gzip decompression" in error.message


def test_declared_legacy_charset_in_html(tmp_path):
    page = ('<html><head><meta charset="windows-1251"><title>Новости</title></head><body><article>'
            '<p>Российские войска обстреляли Херсон из артиллерии, сообщила областная администрация. '
            'Пострадали три человека, повреждены жилые дома и линии электропередачи.</p></article></body></html>')
    target = tmp_path / "ru.html"
    target.write_bytes(page.encode("cp1251"))
    (doc,) = iter_documents([target])
    assert isinstance(doc, RawDocument)
    assert "Российские войска обстреляли Херсон" in doc.text


def test_utf16_with_bom_is_text(tmp_path):
    target = tmp_path / "wide.txt"
    target.write_bytes("\ufeffJordan recalled its ambassador from Israel.".encode("utf-16-le"))
    (doc,) = iter_documents([target])
    assert doc.text == "Jordan recalled its ambassador from Israel."


def test_empty_jsonl(tmp_path):
    assert "empty" in read_with_good_neighbour(tmp_path, "none.jsonl", b"\n\n").message


def test_a_document_that_stalls_processing_is_skipped_and_the_batch_goes_on(monkeypatch):
    """The outcome, not the wall time: the stalling document is reported with the timeout
    message and its neighbours are processed in full (no test here asserts a duration)."""
    import threading

    from eventwire import pipeline as pl

    real_document = pl.Pipeline._document
    never = threading.Event()

    def stall_on_poison(self, raw, *args, **kwargs):
        if "POISON" in raw.text:
            never.wait(300)  # a pathological page: far longer than the limit
        return real_document(self, raw, *args, **kwargs)

    monkeypatch.setattr(pl.Pipeline, "_document", stall_on_poison)
    docs = [RawDocument("good1", GOOD_TEXT), RawDocument("bad", "POISON " + GOOD_TEXT, path="/data/bad.txt"),
            RawDocument("good2", GOOD_TEXT)]
    out = list(pl.process_stream(docs, doc_timeout=0.5))
    assert [type(x).__name__ for x in out] == ["DocumentResult", "ReadError", "DocumentResult"]
    assert out[1].path == "/data/bad.txt"
    assert str(out[1]) == "/data/bad.txt: processing took longer than 0.5 s; document skipped"
    assert out[0].events and out[2].events  # the neighbours were processed in full


@pytest.mark.parametrize("page", [b"<svg><html>", b"<svg><html><p>Ethiopia and Eritrea signed a border agreement.</p>"])
def test_broken_trees_that_trip_trafilatura_are_errors_or_text(tmp_path, page):
    # found by tests/test_fuzz.py: an <svg> holding <html> made htmldate fail inside trafilatura
    target = tmp_path / "svg.html"
    target.write_bytes(page)
    (item,) = iter_documents([target])
    if isinstance(item, ReadError):
        assert item.message == "no article text found in HTML"
    else:
        assert "Ethiopia and Eritrea signed" in item.text


def test_feed_with_references_to_no_character(tmp_path):
    # found by tests/test_fuzz.py: &#xD800; made feedparser fail on a lone surrogate
    target = tmp_path / "refs.rss"
    target.write_text('<rss version="2.0"><channel><title>W</title><item><title>Deal &#xD800;&#0;</title>'
                      "<description>Ethiopia and Eritrea signed a border agreement &#55296;.</description></item>"
                      "</channel></rss>")
    (doc,) = iter_documents([target])
    assert isinstance(doc, RawDocument) and "Ethiopia and Eritrea signed" in doc.text
