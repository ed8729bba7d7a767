"""Input validation: what a reader fixes or drops in a document it keeps is a warning naming
the file and line (or feed item) and the value; what it cannot take is one ReadError."""
from __future__ import annotations

import json
import logging

import pytest

from eventwire.inputs import iter_documents, normalize_date
from eventwire.records import RawDocument, ReadError, ReadWarning

TEXT = "Ethiopia and Eritrea signed a border agreement in Asmara, officials said."


def jsonl(tmp_path, *records, name="in.jsonl"):
    path = tmp_path / name
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records))
    return path


@pytest.mark.parametrize("value", [12345, "not a date", "2024-13-45", "2024-02-30", "2023-02-29", True, [2024, 9, 11],
                                   {"y": 2024}, "2024", "12345"])
def test_an_invalid_published_date_is_a_warning_and_the_document_is_kept_without_it(tmp_path, value, caplog):
    path = jsonl(tmp_path, {"id": "ok", "text": TEXT, "published": "2024-09-11"},
                 {"id": "bad", "text": TEXT, "published": value})
    with caplog.at_level(logging.WARNING, logger="eventwire.inputs"):
        ok, bad = iter_documents([path])
    assert ok.published == "2024-09-11" and ok.warnings == []
    assert isinstance(bad, RawDocument) and bad.published is None
    (warning,) = bad.warnings
    assert isinstance(warning, ReadWarning)
    assert warning.path == f"{path}:2"
    assert f"invalid 'published' {json.dumps(value)}: not a date" in warning.message
    assert [r.getMessage() for r in caplog.records] == [f"warning: {path}:2: {warning.message}"]


def test_an_invalid_date_falls_back_to_the_given_publication_date(tmp_path):
    path = jsonl(tmp_path, {"id": "bad", "text": TEXT, "date": "2024-13-45"})
    (doc,) = iter_documents([path], published="2024-09-01")
    assert doc.published == "2024-09-01"
    assert "invalid 'date' \"2024-13-45\"" in doc.warnings[0].message


@pytest.mark.parametrize("value, expected", [
    ("2024-09-11", "2024-09-11"), ("2024-02-29", "2024-02-29"), ("2024-02-30", None), ("2024-13-45", None),
    ("2023-02-29", None), ("Wed, 11 Sep 2024 10:00:00 GMT", "2024-09-11"), ("Fri, 30 Feb 2024 10:00:00 GMT", None),
    ("2024/02/30", None), ("20240230", None), (12345, None), (20240911, None), ("12345", None), ("not a date", None),
    ("", None), (None, None), (True, None), ("9" * 500, None),
])
def test_normalize_date_refuses_impossible_dates(value, expected):
    assert normalize_date(value) == expected


def test_published_fallback_that_is_impossible_is_refused():
    with pytest.raises(ValueError, match="2024-02-30"):
        iter_documents(["x.txt"], published="2024-02-30")


@pytest.mark.parametrize("value, expected", [(12345, "12345"), (12.0, "12"), (1.5, "1.5"), (" a  b ", "a b"),
                                             (-3, "-3")])
def test_numeric_ids_become_strings(tmp_path, value, expected):
    (doc,) = iter_documents([jsonl(tmp_path, {"id": value, "text": TEXT})])
    assert isinstance(doc, RawDocument) and doc.id == expected


@pytest.mark.parametrize("value, message", [
    (True, "'id' must be a string or a number, got true"),
    ([1, 2], "'id' must be a string or a number, got a list"),
    ({"a": 1}, "'id' must be a string or a number, got an object"),
    (None, "missing 'id'"),
    ("   ", "missing 'id' (empty)"),
])
def test_other_ids_are_refused_with_a_clear_error(tmp_path, value, message):
    path = jsonl(tmp_path, {"id": value, "text": TEXT}, {"id": "next", "text": TEXT})
    error, good = iter_documents([path])
    assert isinstance(error, ReadError) and str(error) == f"{path}:1: {message}"
    assert good.id == "next"


def test_nan_id_is_refused(tmp_path):
    path = jsonl(tmp_path, '{"id": NaN, "text": "%s"}' % TEXT)
    (error,) = iter_documents([path])
    assert isinstance(error, ReadError) and "'id' must be a string or a number, got NaN" in error.message


def test_non_string_text_is_refused_and_non_string_title_is_dropped_with_a_warning(tmp_path):
    path = jsonl(tmp_path, {"id": "a", "text": ["not", "text"]}, {"id": "b", "text": TEXT, "title": {"x": 1}, "site": 7})
    error, doc = iter_documents([path])
    assert str(error) == f"{path}:1: 'text' must be a string, got [\"not\", \"text\"]"
    assert doc.title is None and doc.site == "7"
    assert [str(w) for w in doc.warnings] == [f"{path}:2: 'title' must be a string, got {{\"x\": 1}}; ignored"]


def test_markdown_front_matter_date_warning_names_its_line(tmp_path):
    path = tmp_path / "note.md"
    path.write_text(f"---\ntitle: Border deal\nsite: Example News\ndate: 2024-02-30\n---\n{TEXT}\n")
    (doc,) = iter_documents([path])
    assert doc.published is None and doc.title == "Border deal"
    assert [str(w) for w in doc.warnings] == [
        f"{path}:4: invalid 'date' \"2024-02-30\": not a date (a real day is needed, e.g. 2024-09-11); ignored"]


def test_markdown_front_matter_number_date_is_refused(tmp_path):
    path = tmp_path / "note.md"
    path.write_text(f"---\npublished: 12345\n---\n{TEXT}\n")
    (doc,) = iter_documents([path])
    assert doc.published is None and doc.warnings[0].path == f"{path}:2"


def test_feed_item_with_a_bad_date_is_kept_with_a_warning(tmp_path):
    path = tmp_path / "feed.rss"
    path.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
                    f'<item><title>Deal</title><description>{TEXT}</description><pubDate>not a date</pubDate></item>'
                    f'<item><title>Deal 2</title><description>{TEXT}</description>'
                    '<pubDate>Wed, 11 Sep 2024 10:00:00 GMT</pubDate></item></channel></rss>')
    first, second = iter_documents([path])
    assert first.published is None and [str(w) for w in first.warnings] == [
        f"{path}#1: invalid 'published' \"not a date\": not a date (a real day is needed, e.g. 2024-09-11); ignored"]
    assert second.published == "2024-09-11" and second.warnings == []


def test_invalid_utf8_in_utf8_text_is_replaced_with_a_warning_naming_file_and_line(tmp_path, caplog):
    path = tmp_path / "report.txt"
    path.write_bytes("Der Außenminister sagte in Zürich:\n".encode() + b"die Gespr\xe4che gehen weiter.\n"
                     + "Später äußerte sich die Regierung.\n".encode())
    with caplog.at_level(logging.WARNING, logger="eventwire.inputs"):
        (doc,) = iter_documents([path])
    assert "Außenminister" in doc.text and "Gespr\ufffdche" in doc.text
    (warning,) = doc.warnings
    assert warning.path == f"{path}:2"
    assert warning.message == ("invalid UTF-8 (byte 0xe4 at offset 46); decoded as UTF-8 with 1 invalid byte(s) "
                               "replaced by U+FFFD")
    assert caplog.records and str(path) in caplog.records[0].getMessage()


def test_legacy_encoding_is_read_with_a_warning_naming_the_guessed_charset(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Der Außenminister sagte in Zürich, die Gespräche über die Waffenruhe würden fortgesetzt. "
                     "Später äußerte sich auch die Regierung.".encode("cp1252"))
    (doc,) = iter_documents([path])
    assert "Außenminister" in doc.text
    (warning,) = doc.warnings
    assert warning.path == f"{path}:1"
    assert warning.message.startswith("not valid UTF-8 (byte 0xdf at offset 6); decoded as ") and "cp125" in warning.message
    assert warning.message.endswith(" (guessed)")


def test_encoding_warning_of_a_jsonl_file_goes_on_its_first_document_only(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_bytes(b'{"id": "a", "text": "Der Au\xdfenminister sagte in Z\xfcrich etwas."}\n'
                     b'{"id": "b", "text": "Die Regierung \xe4u\xdferte sich sp\xe4ter."}\n')
    a, b = iter_documents([path])
    assert "Außenminister" in a.text and "äußerte" in b.text
    assert len(a.warnings) == 1 and a.warnings[0].path == f"{path}:1" and "guessed" in a.warnings[0].message
    assert b.warnings == []


def test_declared_charset_and_valid_utf8_give_no_warning(tmp_path):
    page = ('<html><head><meta charset="windows-1251"></head><body><article><p>Российские войска обстреляли Херсон '
            'из артиллерии, сообщила областная администрация.</p></article></body></html>')
    (tmp_path / "ru.html").write_bytes(page.encode("cp1251"))
    (tmp_path / "ok.txt").write_text("Zürich: " + TEXT)
    docs = list(iter_documents([tmp_path]))
    assert all(isinstance(d, RawDocument) and d.warnings == [] for d in docs)
