"""Pages and feeds over HTTP, and standard input: `eventwire ingest URL` and `-`.

Every page and feed comes from a real HTTP server on 127.0.0.1 (tests/local_site.py)."""
from __future__ import annotations

import gzip
import logging
import sqlite3
import threading

import pytest
from click.testing import CliRunner

import eventwire
from eventwire.cli import main
from eventwire.inputs import iter_documents
from eventwire.inputs.web import Fetcher, FetchError, read_url
from eventwire.records import RawDocument, ReadError

from local_site import Route, Site, article, free_port, http_date, rss

DRILLS = article("Russia and China begin naval drills", [
    "Russian and Chinese warships began joint naval exercises in the Sea of Japan on Monday, "
    "the Russian Defence Ministry said.",
    "The drills involve ten ships and twenty aircraft, according to the ministry.",
], published="2024-09-09")
SANCTIONS = article("EU imposes new sanctions", [
    "The European Union imposed new sanctions on Iran on Tuesday over its supply of missiles to Russia.",
    "Iran denied sending ballistic missiles to Russia, its foreign ministry said.",
])
RSS_TYPE = "application/rss+xml"


def fast_fetcher(**options) -> Fetcher:
    """Short timeouts and waits, so failures are found quickly."""
    settings = dict(timeout=2.0, retries=1, backoff=0.01, host_delay=0.0)
    settings.update(options)
    return Fetcher(**settings)


@pytest.fixture
def site():
    s = Site()
    yield s
    s.close()


@pytest.fixture
def fast_env(monkeypatch):
    """The same short settings for code that makes its own Fetcher (ingest, the CLI)."""
    for name, value in (("EVENTWIRE_HTTP_TIMEOUT", "2"), ("EVENTWIRE_HTTP_RETRIES", "1"),
                        ("EVENTWIRE_HTTP_BACKOFF", "0.01"), ("EVENTWIRE_HTTP_HOST_DELAY", "0")):
        monkeypatch.setenv(name, value)


def news_feed(site: Site) -> None:
    site.set("/world/drills.html", DRILLS)
    site.set("/world/sanctions.html", SANCTIONS)
    site.set("/feed.xml", rss([
        {"title": "Naval drills in the Sea of Japan", "link": site.url("/world/drills.html"),
         "date": "Thu, 12 Sep 2024 08:00:00 GMT", "summary": "Warships sail east."},
        {"title": "Sanctions over missiles", "link": site.url("/world/sanctions.html"),
         "date": "Fri, 13 Sep 2024 08:00:00 GMT", "summary": "The EU acted."},
    ]), content_type=RSS_TYPE)


def read_all(url: str, fetcher: Fetcher) -> list[RawDocument | ReadError]:
    return list(read_url(url, fetcher))


def only_error(items) -> ReadError:
    (error,) = [i for i in items if isinstance(i, ReadError)]
    return error


# --- feeds ---------------------------------------------------------------------------------
def test_a_feed_url_is_ingested_with_its_linked_pages(site, fast_env, tmp_path):
    news_feed(site)
    with eventwire.Store(tmp_path / "s.db") as store:
        summary = eventwire.ingest([site.url("/feed.xml")], store)
        docs = {r["url"]: dict(r) for r in store._conn.execute("SELECT * FROM documents")}
        events = store.events_df()
        claims = store.claims_df()
    assert summary.stored == 2 and not summary.failed
    drills, sanctions = docs[site.url("/world/drills.html")], docs[site.url("/world/sanctions.html")]
    # the feed item's title and date are the metadata (the page says 2024-09-09)
    assert drills["title"] == "Naval drills in the Sea of Japan" and drills["published"] == "2024-09-12"
    assert sanctions["title"] == "Sanctions over missiles" and sanctions["published"] == "2024-09-13"
    assert drills["site"] == "Harbour Wire"
    # the text is the linked page's, not the feed's one-line summary, and no navigation
    assert "ten ships and twenty aircraft" in drills["text"] and "Warships sail east" not in drills["text"]
    assert "All rights reserved" not in drills["text"]
    # and it is coded: the exercise between Russia and China, Iran's denial
    joint = events[(events.document_id == drills["id"]) & events.cameo.str.startswith("06")]
    assert {"RUS", "CHN"} <= set(joint.source_country) | set(joint.target_country)
    denials = claims[(claims.document_id == sanctions["id"]) & (claims.stance == "deny")]
    assert set(denials.speaker_country) == {"IRN"}


def test_a_linked_page_that_fails_gives_the_item_summary_and_says_so(site, caplog):
    site.set("/world/gone.html", "server trouble", content_type="text/plain", status=500)
    site.set("/feed.xml", rss([{"title": "Talks in Geneva", "link": site.url("/world/gone.html"),
                                "date": "Thu, 12 Sep 2024 08:00:00 GMT",
                                "summary": "Russian and American diplomats met in Geneva on Thursday."}]),
             content_type=RSS_TYPE)
    with fast_fetcher() as fetcher, caplog.at_level(logging.WARNING, logger="eventwire.inputs"):
        (doc,) = list(iter_documents([site.url("/feed.xml")], fetcher=fetcher))
    assert isinstance(doc, RawDocument)
    assert doc.text == "Russian and American diplomats met in Geneva on Thursday."
    assert doc.title == "Talks in Geneva" and doc.published == "2024-09-12" and doc.id == "gone"
    (warning,) = doc.warnings
    assert site.url("/world/gone.html") in warning.message and "HTTP 500" in warning.message
    assert "feed item's own text" in warning.message
    assert "HTTP 500" in caplog.text  # shown to the user, not only kept on the document
    assert len(site.hits("/world/gone.html")) == 2  # tried again once (retries=1)


def test_robots_txt_is_honoured_for_pages_a_feed_links_to(site):
    site.set("/robots.txt", "User-agent: eventwire\nDisallow: /private/\n", content_type="text/plain")
    site.set("/private/memo.html", DRILLS)
    site.set("/world/sanctions.html", SANCTIONS)
    site.set("/feed.xml", rss([
        {"title": "Memo", "link": site.url("/private/memo.html"), "date": "Thu, 12 Sep 2024 08:00:00 GMT",
         "summary": "A memo on the drills."},
        {"title": "Sanctions", "link": site.url("/world/sanctions.html"), "date": "Fri, 13 Sep 2024 08:00:00 GMT",
         "summary": "The EU acted."}]), content_type=RSS_TYPE)
    with fast_fetcher() as fetcher:
        memo, sanctions = read_all(site.url("/feed.xml"), fetcher)
    assert not site.hits("/private/memo.html")
    assert memo.text == "A memo on the drills." and "robots.txt" in memo.warnings[0].message
    assert "Iran denied" in sanctions.text and not sanctions.warnings
    assert len(site.hits("/robots.txt")) == 1  # asked once per host


# --- pages -----------------------------------------------------------------------------------
def test_a_page_url_is_read_like_an_html_file_with_the_url_and_http_date(site):
    site.set("/world/sanctions.html", SANCTIONS, last_modified=http_date(2024, 9, 10))
    with fast_fetcher() as fetcher:
        (doc,) = read_all(site.url("/world/sanctions.html"), fetcher)
    assert doc.url == site.url("/world/sanctions.html") and doc.format == "html"
    assert doc.title == "EU imposes new sanctions" and doc.site == "Harbour Wire"
    assert doc.published == "2024-09-10"  # no date in the page: the server's Last-Modified
    assert doc.text.startswith("EU imposes new sanctions") and "Home" not in doc.text


def test_a_last_modified_of_the_moment_of_the_request_is_no_publication_date(site):
    """A page generated on each request says Last-Modified: now; taking that for its date would
    make every fetch a new version of it."""
    from email.utils import formatdate

    site.set("/live.html", SANCTIONS, last_modified=formatdate(usegmt=True))
    with fast_fetcher() as fetcher:
        (doc,) = read_all(site.url("/live.html"), fetcher)
    assert doc.published is None


def test_redirects_are_followed_and_the_final_url_kept(site):
    site.set("/world/drills.html", DRILLS)
    site.set("/r/1", "", status=301, headers={"Location": "/world/drills.html"})
    for n in range(1, 8):
        site.set(f"/loop/{n}", "", status=302, headers={"Location": f"/loop/{n + 1}"})
    with fast_fetcher(max_redirects=5) as fetcher:
        (doc,) = read_all(site.url("/r/1"), fetcher)
        error = only_error(read_all(site.url("/loop/1"), fetcher))
    assert doc.url == site.url("/world/drills.html") and doc.published == "2024-09-09"
    assert error.path == site.url("/loop/1") and "too many redirects" in error.message


def test_a_declared_charset_is_used_for_text_that_is_not_utf8(site):
    page = article("Une réunion à Genève", ["Les diplomates russes et américains se sont réunis à Genève "
                                              "jeudi, a déclaré le ministère."])
    site.set("/fr.html", page.replace('<meta charset="utf-8">', "").encode("iso-8859-1"),
             content_type="text/html; charset=iso-8859-1")
    with fast_fetcher() as fetcher:
        (doc,) = read_all(site.url("/fr.html"), fetcher)
    assert "réunis à Genève" in doc.text and not doc.warnings


def test_the_user_agent_names_eventwire(site):
    site.set("/world/drills.html", DRILLS)
    with fast_fetcher() as fetcher:
        read_all(site.url("/world/drills.html"), fetcher)
    agent = site.hits("/world/drills.html")[0].headers["User-Agent"]
    assert agent.startswith(f"eventwire/{eventwire.__version__} (+http")


# --- failures --------------------------------------------------------------------------------
def test_each_failing_source_is_named_with_its_problem_and_the_others_are_read(site):
    site.set("/ok.html", SANCTIONS)
    site.set("/broken", "oops", content_type="text/plain", status=500)
    site.set("/slow.html", DRILLS, delay=1.5)
    site.set("/big.html", "x" * 300_000)
    site.set("/big-unannounced.html", "<html><body><p>" + "word " * 80_000, send_length=False)
    site.set("/report.pdf", b"%PDF-1.7 ...", content_type="application/pdf")
    site.set("/data.json", '{"a": 1}', content_type="application/json")
    refused = f"http://127.0.0.1:{free_port()}/feed.xml"
    urls = [site.url(p) for p in ("/broken", "/slow.html", "/big.html", "/big-unannounced.html", "/report.pdf",
                                  "/data.json", "/missing.html")] + [refused, site.url("/ok.html")]
    with fast_fetcher(timeout=0.5, max_bytes=2**17) as fetcher:
        items = list(iter_documents(urls, fetcher=fetcher))
    errors = {e.path: e.message for e in items if isinstance(e, ReadError)}
    docs = [d for d in items if isinstance(d, RawDocument)]
    assert [d.url for d in docs] == [site.url("/ok.html")]
    assert errors[site.url("/broken")] == "HTTP 500 Internal Server Error (after 2 attempts)"
    assert "no answer within 0.5 s" in errors[site.url("/slow.html")]
    assert "too large" in errors[site.url("/big.html")] and "declared" in errors[site.url("/big.html")]
    assert "larger than the 0.125 MB limit; download stopped" in errors[site.url("/big-unannounced.html")]
    assert "unsupported content type 'application/pdf'" in errors[site.url("/report.pdf")]
    assert "unsupported content type 'application/json'" in errors[site.url("/data.json")]
    assert errors[site.url("/missing.html")] == "HTTP 404 Not Found"
    assert errors[refused].startswith("connection refused")
    assert len(site.hits("/broken")) == 2 and len(site.hits("/report.pdf")) == 1  # 5xx retried, 4xx/type not


def test_429_and_503_are_retried_as_the_server_asks(site):
    page = Route(SANCTIONS.encode())
    site.sequence("/busy.html", [Route(b"slow down", "text/plain", 429, {"Retry-After": "0"}),
                                 Route(b"down", "text/plain", 503), page])
    site.set("/later.html", "come back tomorrow", content_type="text/plain", status=503,
             headers={"Retry-After": "3600"})
    with fast_fetcher(retries=3) as fetcher:
        (doc,) = read_all(site.url("/busy.html"), fetcher)
        error = only_error(read_all(site.url("/later.html"), fetcher))
        with pytest.raises(FetchError) as raised:
            fetcher.get(site.url("/later.html"))
    assert "Iran denied" in doc.text and [r.status for r in site.hits("/busy.html")] == [429, 503, 200]
    # a wait longer than the longest backoff is not slept through: the fetch fails, saying when
    assert "HTTP 503" in error.message and "retry after 3600 s" in error.message
    assert raised.value.retry_after == 3600
    assert len(site.hits("/later.html")) == 2  # one per call, no retries


def test_one_request_at_a_time_per_host(site):
    site.set("/world/drills.html", DRILLS, delay=0.1)
    with fast_fetcher(host_delay=0.0) as fetcher:
        threads = [threading.Thread(target=fetcher.get, args=(site.url("/world/drills.html"),)) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert len(site.hits("/world/drills.html")) == 4 and site.max_in_flight == 1


# --- the command line and standard input -----------------------------------------------------
def test_cli_ingest_urls_stores_the_good_ones_and_exits_1_naming_the_bad(site, fast_env, tmp_path):
    site.set("/world/sanctions.html", SANCTIONS)
    site.set("/photo.png", b"\x89PNG\r\n\x1a\n...", content_type="image/png")
    db = str(tmp_path / "s.db")
    result = CliRunner().invoke(main, ["ingest", site.url("/photo.png"), site.url("/world/sanctions.html"),
                                       "--db", db])
    assert result.exit_code == 1, result.output
    assert f"{site.url('/photo.png')}: unsupported content type 'image/png'" in result.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT url FROM documents").fetchall() == [(site.url("/world/sanctions.html"),)]


def test_stdin_dash_reads_one_document_each_text_its_own(tmp_path):
    db = str(tmp_path / "s.db")
    runner = CliRunner()
    first = runner.invoke(main, ["ingest", "-", "--db", db, "--published", "2024-09-12"],
                          input="Iran denied sending ballistic missiles to Russia, its foreign ministry said.\n")
    second = runner.invoke(main, ["ingest", "-", "--db", db],
                           input=gzip.compress(SANCTIONS.encode()))
    again = runner.invoke(main, ["ingest", "-", "--db", db],
                          input="Iran denied sending ballistic missiles to Russia, its foreign ministry said.\n")
    assert (first.exit_code, second.exit_code, again.exit_code) == (0, 0, 0), first.output + second.output
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT id, format, published, title FROM documents ORDER BY rowid").fetchall()
        speakers = conn.execute("SELECT speaker_country, stance FROM claims").fetchall()
    assert len(rows) == 2  # a second text does not replace the first; the same text again adds nothing
    assert all(r[0].startswith("stdin-") for r in rows)
    assert [r[1] for r in rows] == ["txt", "html"] and rows[0][2] == "2024-09-12"
    assert rows[1][3] == "EU imposes new sanctions"
    assert ("IRN", "deny") in speakers


def test_stdin_that_is_empty_or_binary_is_refused_clearly(tmp_path):
    db = str(tmp_path / "s.db")
    empty = CliRunner().invoke(main, ["ingest", "-", "--db", db], input="  \n")
    binary = CliRunner().invoke(main, ["ingest", "-", "--db", db], input=b"%PDF-1.7\x00\x01")
    assert empty.exit_code == 1 and "<stdin>: empty input" in empty.stderr
    assert binary.exit_code == 1 and "<stdin>: binary file (PDF document), not text" in binary.stderr


def test_an_item_without_a_date_takes_its_page_date_before_the_fallback(site):
    site.set("/world/drills.html", DRILLS)
    site.set("/feed.xml", rss([{"title": "Drills", "link": site.url("/world/drills.html"), "date": "",
                                "summary": "Warships sail east."}]), content_type=RSS_TYPE)
    with fast_fetcher() as fetcher:
        (doc,) = list(iter_documents([site.url("/feed.xml")], published="2020-01-01", fetcher=fetcher))
    assert doc.published == "2024-09-09" and doc.title == "Drills"


@pytest.mark.slow
def test_fuzz_whatever_a_server_answers_gives_documents_or_one_clear_error():
    """Random bodies under random content types, statuses and encodings: every URL gives
    documents or ReadErrors naming it; nothing escapes, nothing hangs."""
    from hypothesis import HealthCheck, given, settings, strategies as st

    site = Site()
    fetcher = fast_fetcher(timeout=2.0, retries=0, max_bytes=2**16)
    bodies = st.one_of(
        st.binary(max_size=3000),
        st.text(max_size=2000).map(lambda t: t.encode("utf-8")),
        st.sampled_from([DRILLS, SANCTIONS, rss([{"title": "x", "link": "http://127.0.0.1:1/a", "date": "x",
                                                  "summary": "y"}])]).map(
            lambda t: t.encode("utf-8")),
    ).flatmap(lambda b: st.tuples(st.just(b), st.integers(0, len(b))).map(lambda p: p[0][:p[1]]))
    types = st.sampled_from(["text/html", "text/html; charset=utf-16", "application/rss+xml", "text/xml",
                             "application/atom+xml", "text/plain; charset=koi8-r", "", "application/x+xml",
                             "text/html; charset=nonsense", "image/png"])
    statuses = st.sampled_from([200, 200, 200, 204, 301, 404, 500])
    count = iter(range(10**6))

    @settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
    @given(bodies, types, statuses)
    def check(body, content_type, status):
        path = f"/f/{next(count)}"
        site.set(path, body, content_type=content_type, status=status)
        items = list(iter_documents([site.url(path)], fetcher=fetcher))
        assert items
        for item in items:
            assert isinstance(item, (RawDocument, ReadError))
            if isinstance(item, ReadError):
                assert item.path.startswith(site.url(path)) and item.message and "\n" not in item.message

    try:
        check()
    finally:
        fetcher.close()
        site.close()
