"""The server-rendered pages of `eventwire serve` (issue 12): real data, filters kept in the URL,
the document page's highlighted sentences, and stored text shown as inert text."""
from __future__ import annotations

import html
import re
import warnings

import pytest

pytest.importorskip("httpx", reason="httpx (the test extra) is needed for FastAPI's TestClient")
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient  # noqa: E402

from eventwire.serve import create_app  # noqa: E402
from eventwire.serve.app import CSP  # noqa: E402
from serve_store import FORMULA, HOSTILE_ID, TEXT, build_store  # noqa: E402


@pytest.fixture(scope="module")
def client(tmp_path_factory) -> TestClient:
    return TestClient(create_app(build_store(tmp_path_factory.mktemp("serve_pages"))))


def page(client, url: str) -> str:
    r = client.get(url)
    assert r.status_code == 200, (url, r.text[:500])
    assert r.headers["content-type"].startswith("text/html")
    assert r.headers["content-security-policy"] == CSP
    return r.text


def no_inline_script_or_style(body: str) -> None:
    """Only external scripts and stylesheets: the CSP would block anything inline."""
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", body)
    assert "<style" not in body and " style=" not in body
    assert not re.search(r"<[a-zA-Z][^>]*\son[a-z]+=", body)  # no event handler attribute in any tag
    for src in re.findall(r'(?:src|href)="([^"]+)"', body):
        assert not src.startswith(("http:", "https:", "//")), src


def test_every_page_renders_real_data_without_inline_code(client):
    for url in ("/", "/events", "/claims", "/map", "/api/docs", f"/documents/{HOSTILE_ID}"):
        no_inline_script_or_style(page(client, url))
    dashboard = page(client, "/")
    assert "documents" in dashboard and 'id="top-dyads"' in dashboard and "<rect class=\"q" in dashboard
    assert "polyline" in dashboard  # the Goldstein line


def test_dashboard_lists_the_newest_incidents_with_their_reports(client):
    dashboard = page(client, "/")
    table = dashboard.split('id="newest-incidents"', 1)[1].split("</table>", 1)[0]
    assert table.count("<tr>") >= 2 and "first report" in table and "no incidents" not in table


def test_dashboard_chart_follows_the_chosen_dyad(client):
    chosen = page(client, "/?dyad=RUS&dyad=CHN&by=year")
    assert "RUS – CHN" in chosen and 'value="RUS"' in chosen and 'value="CHN"' in chosen
    assert "/api/timeline?dyad=RUS&amp;dyad=CHN&amp;by=year&amp;format=csv" in chosen


def rows(body: str) -> int:
    return body.count('class="evidence-link"')


def test_events_filters_change_the_table_and_stay_in_the_form_and_links(client):
    every = page(client, "/events?limit=1000")
    rus = page(client, "/events?actor=RUS&cameo=06&limit=1000")
    assert 0 < rows(rus) < rows(every)
    assert 'name="actor" value="RUS"' in rus and 'name="cameo" value="06"' in rus
    assert "/api/events?actor=RUS&amp;cameo=06&amp;limit=1000&amp;offset=0&amp;format=csv" in rus
    assert "No events match" in page(client, "/events?since=2031")
    first = page(client, "/events?limit=2")
    assert rows(first) == 2 and 'rel="next" href="/events?limit=2&amp;offset=2"' in first


def test_bad_filter_is_a_400_page_not_a_crash(client):
    r = client.get("/events?cameo=banana")
    assert r.status_code == 400 and "cameo" in r.text and r.headers["content-security-policy"] == CSP


def test_event_links_reach_their_highlighted_sentence(client):
    body = page(client, "/events?dyad=RUS&dyad=CHN&limit=1000")
    links = re.findall(r'href="/documents/([^"#]+)#([^"]+)"', body)
    assert links
    doc, anchor = links[0]
    from urllib.parse import unquote

    shown = page(client, f"/documents/{doc}")
    assert f'id="{html.escape(unquote(anchor))}"' in shown
    mark = re.search(rf'<mark class="[^"]*"[^>]* id="{re.escape(html.escape(unquote(anchor)))}"', shown) or \
        re.search(rf'<span id="{re.escape(html.escape(unquote(anchor)))}">', shown)
    assert mark


def test_hostile_document_is_inert_text(client):
    body = page(client, f"/documents/{HOSTILE_ID}")
    assert "&lt;script&gt;window.__pwned = 1;" in body
    assert "&lt;img src=x onerror=" in body
    assert "&lt;/mark&gt;&lt;/article&gt;" in body
    assert "<script>window" not in body and "<img" not in body
    assert body.count("<script") == 0  # the document page needs no script at all
    assert "\x1b" not in body and r"\x1b[31m" in body  # control characters shown escaped
    assert "javascript:alert(1)//&lt;b&gt;x&lt;/b&gt;" in body and 'href="javascript' not in body
    assert FORMULA in html.unescape(body)
    # every record's evidence is highlighted, and the highlighted text is the stored text
    marks = re.findall(r"<mark [^>]*>(.*?)</mark>", body, re.S)
    joined = html.unescape(re.sub(r"<span id=\"[^\"]*\"></span>", "", "".join(marks)))
    assert "Sea of Japan" in joined and "China denied" in joined
    assert html.unescape(re.sub(r"<[^>]+>", "", re.search(r'<article id="doc-text"[^>]*>(.*?)</article>', body,
                                                        re.S).group(1))).replace(r"\x1b", "\x1b") == TEXT
    for url in ("/events?limit=1000", "/claims", "/?dyad=RUS&dyad=CHN"):
        listing = page(client, url)
        assert "<script>window" not in listing and "<img" not in listing


def test_claims_page_shows_speaker_stance_and_contradictions_side_by_side(client):
    body = page(client, "/claims")
    assert "deny" in body and "assert" in body
    assert 'id="contradictions"' in body  # the hostile document asserts and denies
    denied = page(client, "/claims?stance=deny")
    assert rows(denied) < rows(body) and '<option selected>deny</option>' in denied


def test_map_page_points_at_the_api_with_its_filters(client):
    body = page(client, "/map?actor=RUS")
    assert 'data-events="/api/events?actor=RUS&amp;limit=1000"' in body
    assert 'src="/static/vendor/leaflet/leaflet.js"' in body
    assert client.get("/static/vendor/world-atlas/countries-110m.json").status_code == 200


def test_document_not_found_is_404(client):
    r = client.get("/documents/no-such-thing")
    assert r.status_code == 404 and r.headers["content-security-policy"] == CSP


def test_document_keeps_its_paragraphs(client):
    body = page(client, "/events?limit=1000")
    doc = next(d for d in re.findall(r'href="/documents/([^"#]+)#', body) if d != HOSTILE_ID)
    shown = page(client, f"/documents/{doc}")
    assert r"\x0a" not in shown and "\n" in re.search(r'<article id="doc-text"[^>]*>(.*?)</article>', shown, re.S).group(1)


def test_actor_page_shows_its_chart_counterparts_and_claims(client):
    body = page(client, "/actors/RUS")
    no_inline_script_or_style(body)
    assert "<h1>RUS</h1>" in body and 'id="partners"' in body and "<rect class=\"q" in body
    assert '<a href="/actors/CHNGOV">CHNGOV</a>' in body or "/actors/CHN" in body
    assert "/events?actor=RUS" in body
    assert page(client, "/actors/RUS?since=2031").count("<rect class=\"q") == 0
    assert client.get("/actors/XQZQ").status_code == 400
    assert "/actors/" in page(client, "/")


def test_network_page_links_actors_and_dyads(client):
    body = page(client, "/network")
    no_inline_script_or_style(body)
    assert '<a href="/actors/RUSGOV" class="node">' in body or 'href="/actors/RUS' in body
    assert re.search(r'<a href="/dyads/[A-Z]+/[A-Z]+"><line class="edge (coop|conflict|neutral)"', body)
    assert "<circle" not in page(client, "/network?since=2031")
    assert client.get("/network?nodes=x").status_code == 400


def test_dyad_page_charts_and_lists_the_pair(client):
    body = page(client, "/dyads/RUS/CHN?by=year")
    no_inline_script_or_style(body)
    assert '<a href="/actors/RUS">RUS</a> – <a href="/actors/CHN">CHN</a>' in body
    assert "<rect class=\"q" in body and rows(body) > 0
    assert rows(page(client, "/dyads/RUS/CHN?cameo=06")) < rows(body)
    assert 'action="/dyads/RUS/CHN"' in body
    assert client.get("/dyads/RUS/XQZQ").status_code == 400
    assert "/dyads/" in page(client, "/")


def test_a_chart_bar_leads_to_that_periods_events(client):
    body = page(client, "/?dyad=RUS&dyad=CHN&by=month")
    hrefs = re.findall(r'<a class="bar" data-period="[^"]*" href="([^"]+)">', body)
    assert hrefs and all("dyad=RUS&amp;dyad=CHN" in h for h in hrefs)
    first = html.unescape(hrefs[0])
    period = re.search(r"since=([0-9-]+)", first).group(1)
    assert f"until={period}" in first
    listing = page(client, first)
    assert rows(listing) > 0
    assert all(d.startswith(period) for d in re.findall(r'<td class="date">([^<]*)</td>', listing))


def test_dashboard_top_lists_follow_the_filters_but_the_dyad(client):
    every = page(client, "/")
    none = page(client, "/?since=2031")
    assert "(events matching the filters)" in none and "(events matching the filters)" not in every
    top = re.search(r'<table id="top-dyads">(.*?)</table>', none, re.S).group(1)
    assert "<td class=\"n\">" not in top  # nothing since 2031
    material = page(client, "/?cameo=06&dyad=RUS&dyad=CHN")
    assert "/api/dyads?cameo=06&amp;format=csv" in material
