"""Fuzzing every reader with Hypothesis: html, txt, md with front matter, jsonl, RSS/Atom and
gzip. Each generated file gives documents, or ReadErrors that name it (and its line or item)
in one clear line: never an exception out of `iter_documents`, never an "unexpected error",
never a hang (each file is read under a time limit).

The default run tries a few hundred files (FUZZ_EXAMPLES per reader); the campaign behind
the `slow` marker tries thousands (FUZZ_CAMPAIGN per reader):

    python -m pytest -q tests/test_fuzz.py -m slow -s      # prints the case counts
"""
from __future__ import annotations

import gzip
import json
import shutil
import tempfile
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from eventwire.inputs import iter_documents
from eventwire.limits import DocumentTimeout, time_limit
from eventwire.records import RawDocument, ReadError

FUZZ_EXAMPLES = 40      # per reader, default run (7 readers: 280 files)
FUZZ_CAMPAIGN = 1000    # per reader, -m slow (7 readers: 7,000 files)
HANG_S = 30             # reading one small file never takes this long
CASES: Counter = Counter()
OUTCOMES: Counter = Counter()  # files that gave at least one document / only errors

_DIR = Path(tempfile.mkdtemp(prefix="eventwire-fuzz-"))


def profile(n: int):
    return settings(max_examples=n, deadline=None, database=None, derandomize=n == FUZZ_EXAMPLES,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                           HealthCheck.filter_too_much])


# --- building blocks ---------------------------------------------------------------------
PROSE = st.sampled_from([
    "Russian", "troops", "attacked", "Kharkiv", "on", "Monday", "the", "ministry", "said", ".", ",", "\"", "'",
    "Zürich", "Außenminister", "Войска", "атаковали", "北京", "police", "arrested", "protesters", "in", "Tbilisi",
    "President", "Biden", "met", "Xi", "talks", "ceasefire", "\n", "\n\n", "signed", "agreement", "with", "Ukraine",
])
WORDS = st.sampled_from([
    "😀", "\u202e", "\u200b", "\ufeff", "\x00", "\x1b[2J",
    "[bold red]", "[/x]", "=cmd|' /C calc'!A0", "&amp;", "&#0;", "&#xD800;", "&nbsp;", "\r\n", "\n", "\n\n", "\t",
    "Read more", "Subscribe to our newsletter", "©", "2024-09-11", "2024-02-30", "12345", "http://example.com/a",
])
# mostly words of news prose, with odd tokens and random text mixed in
TEXT = st.lists(st.one_of(PROSE, PROSE, PROSE, PROSE, WORDS, st.text(max_size=12)), max_size=60).map(" ".join)
DATES = st.one_of(st.sampled_from(["2024-09-11", "2024-13-45", "2024-02-30", "not a date", "12345", "",
                                   "Wed, 11 Sep 2024 10:00:00 GMT", "Fri, 30 Feb 2024 99:00:00 GMT", "20240911",
                                   "11 September 2024", "2024/09/11", "9999-99-99T99:99", "0000-00-00", "yesterday",
                                   "1e308", "2024-09-11T01:00+03:00", "२०२४-०९-११"]),
                  st.text(max_size=30))
JSON_VALUES = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=40), DATES),
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)),
    max_leaves=12)
ENCODINGS = st.sampled_from(["utf-8"] * 6 + ["utf-8-sig", "utf-16", "utf-16-le", "cp1252", "cp1251", "latin-1",
                                              "shift_jis"])


@st.composite
def encoded(draw, text_strategy):
    text = draw(text_strategy)
    return text.encode(draw(ENCODINGS), errors="replace")


@st.composite
def mutated(draw, data_strategy):
    """The data, or the data damaged: truncated, bytes overwritten, random bytes spliced in."""
    data = draw(data_strategy)
    how = draw(st.sampled_from(["as is", "as is", "truncate", "overwrite", "splice"]))
    if not data or how == "as is":
        return data
    at = draw(st.integers(0, len(data)))
    if how == "truncate":
        return data[:at]
    junk = draw(st.binary(min_size=1, max_size=16))
    if how == "overwrite":
        return data[:at] + junk + data[at + len(junk):]
    return data[:at] + junk + data[at:]


@st.composite
def html_pages(draw):
    pieces = st.one_of(TEXT, st.sampled_from([
        "<p>", "</p>", "<div>", "</div>", "<article>", "</article>", "<script>", "</script>", "<style>", "<!--",
        "-->", "<title>", "</title>", "<h1>", "<br/>", "<table><tr><td>", "</td></tr></table>", "<ul><li>",
        "<![CDATA[", "]]>", "<?xml version='1.0'?>", "<!DOCTYPE html>", '<meta charset="windows-1251">',
        '<meta charset="no-such-charset">', '<meta property="article:published_time" content="2024-02-30">',
        '<time datetime="2024-13-45">', '<a href="javascript:x">', "<s>", "<nav>", "<footer>", "<svg>", "<<<>>>",
        "<html>", "<body>", "</body></html>", "<p" * 5, "&", "<" * 3]))
    body = "".join(draw(st.lists(pieces, max_size=80)))
    return draw(encoded(st.just(body)))


@st.composite
def markdown_files(draw):
    keys = st.sampled_from(["title", "date", "published", "published_time", "url", "source_url", "site",
                            "site_name", "tags", "? complex", "&anchor", "*alias", "!!timestamp", "<<"])
    values = st.one_of(DATES, TEXT.map(lambda t: t.replace("\n", " ")),
                       st.sampled_from(["[unclosed", "{a: 1}", "!!timestamp 2024-02-30", "!!python/object:os.system",
                                        "*nothing", "&a [1, *a]", "|", ">", "'quoted", '"quoted"', "- a", ": :",
                                        "~", "null", "true", "1e9999", "0x1F", "2024-02-30 10:00:00"]))
    lines = draw(st.lists(st.tuples(keys, values).map(lambda kv: f"{kv[0]}: {kv[1]}"), max_size=8))
    closing = draw(st.sampled_from(["---", "...", "--", ""]))
    body = draw(st.lists(st.one_of(TEXT, st.sampled_from(["# Heading", "> quote", "* item", "1. item", "```",
                                                          "[link](http://x)", "<div>raw</div>", "\\###", "|a|b|",
                                                          "---", "***bold***"])), max_size=30))
    front = "---\n" + "\n".join(lines) + f"\n{closing}\n" if draw(st.booleans()) else ""
    return draw(encoded(st.just(front + "\n".join(body))))


@st.composite
def jsonl_files(draw):
    def record():
        keys = {"id": st.one_of(st.text(max_size=10), st.integers(), st.floats(), JSON_VALUES),
                "text": st.one_of(TEXT, JSON_VALUES), "html": st.one_of(html_pages().map(
                    lambda b: b.decode("utf-8", "replace")), JSON_VALUES),
                "title": st.one_of(TEXT, JSON_VALUES), "url": st.one_of(st.just("http://example.com/x"), JSON_VALUES),
                "published": st.one_of(DATES, JSON_VALUES), "date": DATES, "site": JSON_VALUES}
        chosen = draw(st.lists(st.sampled_from(sorted(keys)), unique=True, max_size=len(keys)))
        if draw(st.integers(0, 4)):  # most records have an id and a text
            chosen = ["id", "text"] + [k for k in chosen if k not in ("id", "text")]
        record = {k: draw(keys[k]) for k in chosen}
        if "id" in record and draw(st.booleans()):
            record["id"] = draw(st.one_of(st.text(min_size=1, max_size=10), st.integers()))
        if "text" in record and draw(st.booleans()):
            record["text"] = draw(TEXT)
        return record

    lines = []
    for _ in range(draw(st.integers(0, 6))):
        kind = draw(st.sampled_from(["record", "record", "record", "json", "junk", "blank"]))
        if kind == "record":
            lines.append(json.dumps(record(), ensure_ascii=draw(st.booleans()), allow_nan=True))
        elif kind == "json":
            lines.append(json.dumps(draw(JSON_VALUES)))
        elif kind == "junk":
            lines.append(draw(TEXT).replace("\n", " "))
        else:
            lines.append("")
    text = "\n".join(lines) + draw(st.sampled_from(["", "\n", "\r\n", "[" * 100_000]))
    return draw(encoded(st.just(text)))


@st.composite
def feeds(draw):
    atom = draw(st.booleans())
    field = st.one_of(TEXT, st.sampled_from(["<![CDATA[<p>Troops attacked Kharkiv.</p>]]>", "&lt;b&gt;x&lt;/b&gt;",
                                             "&undefined;", "<p>unclosed", "]]>", "&#xD800;"]))
    items = []
    for _ in range(draw(st.integers(0, 5))):
        title, body, date = draw(field), draw(field), draw(DATES)
        link = draw(st.sampled_from(["http://example.com/a", "urn:uuid:1", "", "javascript:alert(1)"]))
        if atom:
            items.append(f"<entry><title>{title}</title><link href='{link}'/><updated>{date}</updated>"
                         f"<content type='html'>{body}</content></entry>")
        else:
            items.append(f"<item><title>{title}</title><link>{link}</link><pubDate>{date}</pubDate>"
                         f"<description>{body}</description></item>")
    head = draw(st.sampled_from(['<?xml version="1.0" encoding="utf-8"?>', '<?xml version="1.0" encoding="latin-1"?>',
                                 "", '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>']))
    channel = draw(field)
    if atom:
        text = f'{head}<feed xmlns="http://www.w3.org/2005/Atom"><title>{channel}</title>{"".join(items)}</feed>'
    else:
        text = f'{head}<rss version="2.0"><channel><title>{channel}</title>{"".join(items)}</channel></rss>'
    return draw(encoded(st.just(text)))


@st.composite
def gzipped(draw):
    name, inner = draw(st.sampled_from([("x.txt", encoded(TEXT)), ("x.html", html_pages()), ("x.md", markdown_files()),
                                        ("x.jsonl", jsonl_files()), ("x.rss", feeds())]))
    data = gzip.compress(draw(inner))
    if draw(st.booleans()):
        data = draw(mutated(st.just(data)))
    return name + ".gz", data


# --- the property ------------------------------------------------------------------------
def check(name: str, data: bytes, reader: str) -> None:
    CASES[reader] += 1
    path = _DIR / name
    path.write_bytes(data)
    try:
        with time_limit(HANG_S):
            out = list(iter_documents([path]))
    except DocumentTimeout:  # pragma: no cover - iter_documents turns it into a ReadError
        pytest.fail(f"reading {name} hung ({len(data)} bytes)")
    assert out, "no result at all"
    OUTCOMES[reader, "documents" if any(isinstance(x, RawDocument) for x in out) else "errors only"] += 1
    for item in out:
        assert isinstance(item, (RawDocument, ReadError)), item
        if isinstance(item, ReadError):
            assert item.path == str(path) or item.path.startswith((f"{path}:", f"{path}#")), item
            assert item.message and item.message.isprintable(), item  # one line, nothing for a terminal
            assert "unexpected error" not in item.message, item
            assert "took longer than" not in item.message, item  # a hang, stopped by the limit
        else:
            assert item.text.strip() and isinstance(item.id, str) and item.id
            assert item.published is None or len(item.published) == 10
            assert all(isinstance(getattr(item, k), (str, type(None))) for k in ("title", "url", "site"))
            for warning in item.warnings:
                assert str(path) in warning.path and warning.message.isprintable()
    if not name.removesuffix(".gz").endswith((".jsonl", ".rss", ".atom", ".xml")):
        assert len(out) == 1, out  # one document or one error per single-document file


READERS = {
    "html": st.tuples(st.just("x.html"), mutated(html_pages())),
    "txt": st.tuples(st.just("x.txt"), mutated(st.one_of(encoded(TEXT), st.binary(max_size=3000)))),
    "md": st.tuples(st.just("x.md"), mutated(markdown_files())),
    "jsonl": st.tuples(st.just("x.jsonl"), mutated(jsonl_files())),
    "rss": st.tuples(st.sampled_from(["x.rss", "x.atom", "x.xml"]), mutated(feeds())),
    "gz": gzipped(),
    "bytes": st.tuples(st.sampled_from(["x.html", "x.txt", "x.md", "x.jsonl", "x.rss", "x.xml", "x.txt.gz"]),
                       st.binary(max_size=4000)),
}


def _fuzz(reader: str, n: int):
    @profile(n)
    @given(READERS[reader])
    def run(case):
        check(case[0], case[1], reader)

    run()


@pytest.mark.parametrize("reader", sorted(READERS))
def test_fuzz_readers(reader):
    _fuzz(reader, FUZZ_EXAMPLES)
    assert CASES[reader] >= FUZZ_EXAMPLES


@pytest.mark.slow
@pytest.mark.parametrize("reader", sorted(READERS))
def test_fuzz_campaign(reader):
    before = CASES[reader]
    _fuzz(reader, FUZZ_CAMPAIGN)
    print(f"\nfuzz campaign: {reader}: {CASES[reader] - before} files")
    assert CASES[reader] - before >= FUZZ_CAMPAIGN


def teardown_module(module):
    shutil.rmtree(_DIR, ignore_errors=True)
    if CASES:
        print(f"\nfuzzed files: {dict(sorted(CASES.items()))}, total {sum(CASES.values())}; "
              "files giving documents: " + ", ".join(f"{r} {OUTCOMES[r, 'documents']}" for r in sorted(CASES)))
