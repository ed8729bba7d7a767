"""`eventwire serve` in a real browser (issue 12): Playwright for Python driving Debian's
Chromium (`/usr/bin/chromium`, never a downloaded browser) against the app served by uvicorn on
127.0.0.1.  Every page loads with no console error and no request leaving localhost; a filter
changes the results and the URL; clicking an event reaches its highlighted sentence; the map
shows markers; the hostile document stays inert.  Skipped, saying why, without Chromium or
Playwright."""
from __future__ import annotations

import socket
import threading
import time
from pathlib import Path
from urllib.parse import urlparse

import pytest

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]

if not Path(CHROMIUM).exists():
    pytest.skip(f"browser tests need Debian's Chromium at {CHROMIUM} (apt-get install chromium)",
                allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api",
                               reason="browser tests need Playwright for Python (pip install playwright)")
uvicorn = pytest.importorskip("uvicorn")

from eventwire.serve import create_app  # noqa: E402
from serve_store import HOSTILE_ID, build_store  # noqa: E402


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    db = build_store(tmp_path_factory.mktemp("serve_browser"))
    port = free_port()
    config = uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning", lifespan="off")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > deadline:
            pytest.fail("the server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        try:
            b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        except Exception as exc:  # a Chromium that cannot start here (missing libraries)
            pytest.skip(f"Chromium at {CHROMIUM} did not start: {exc}")
        yield b
        b.close()


class Watched:
    """A page that records console errors, page errors, dialogs and every request's host."""

    def __init__(self, browser) -> None:
        self.context = browser.new_context()
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.hosts: set[str] = set()
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.on("request", lambda r: self.hosts.add(urlparse(r.url).hostname or urlparse(r.url).scheme))

    def check(self) -> None:
        assert self.errors == []
        assert self.dialogs == []
        assert self.hosts <= {"127.0.0.1", "data"}, self.hosts

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def watched(browser):
    w = Watched(browser)
    yield w
    w.close()


def test_every_page_loads_with_no_console_error_and_nothing_leaving_localhost(server, watched):
    for path in ("/", "/events", "/claims", "/map", "/api/docs", f"/documents/{HOSTILE_ID}",
                 "/?dyad=RUS&dyad=CHN&by=month", "/actors/RUS", "/network", "/dyads/RUS/CHN"):
        response = watched.page.goto(server + path)
        assert response.status == 200, path
        watched.page.wait_for_load_state("networkidle")
    watched.check()


def test_a_filter_changes_the_results_and_the_url(server, watched):
    page = watched.page
    page.goto(server + "/events?limit=1000")
    before = page.locator("#events tbody a.evidence-link").count()
    page.fill("input[name=actor]", "RUS")
    page.fill("input[name=cameo]", "06")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**/events?*actor=RUS*")
    assert "cameo=06" in page.url
    after = page.locator("#events tbody a.evidence-link").count()
    assert 0 < after < before
    assert page.input_value("input[name=actor]") == "RUS"  # kept in the form after the reload
    watched.check()


def test_clicking_an_event_reaches_its_highlighted_sentence(server, watched):
    page = watched.page
    page.goto(server + "/events?dyad=RUS&dyad=CHN")
    link = page.locator("#events tbody a.evidence-link").first
    evidence = link.inner_text()
    link.click()
    page.wait_for_url("**/documents/**#*")
    target = page.locator("mark:target, mark:has(span:target)")
    assert target.count() == 1
    sync_api.expect(target.first).to_be_in_viewport()
    assert evidence.strip()[:40] in page.locator("#doc-text").inner_text()
    assert target.first.inner_text().strip()[:30] == evidence.strip()[:30]
    watched.check()


def test_the_map_shows_markers_with_popups_linking_to_the_evidence(server, watched):
    page = watched.page
    page.goto(server + "/map")
    page.wait_for_selector("path.event-marker", timeout=15000)
    sync_api.expect(page.locator("#map-status")).to_contain_text("located", timeout=15000)
    markers = page.locator("path.event-marker")
    assert markers.count() > 0
    assert page.locator("svg path:not(.event-marker)").count() > 50  # the country outlines
    every = markers.count()
    layers = page.locator(".leaflet-control-layers-overlays input[type=checkbox]")
    assert layers.count() == 2  # reported, claimed
    reported = page.locator("path.event-marker.reported").count()
    layers.nth(1).uncheck()  # hide the claimed layer
    assert page.locator("path.event-marker").count() == reported
    layers.nth(1).check()
    assert page.locator("path.event-marker").count() == every
    page.locator("#map-year").fill("1")  # the first year only
    sync_api.expect(page.locator("#map-year-label")).to_have_text("2024")
    assert 0 < page.locator("path.event-marker").count() <= every
    page.locator("#map-year").fill("0")
    sync_api.expect(page.locator("#map-year-label")).to_have_text("all years")
    assert page.locator("path.event-marker").count() == every
    area = page.locator("#map").bounding_box()
    inside = [b for b in (markers.nth(i).bounding_box() for i in range(every)) if b and
              area["x"] + 60 < b["x"] < area["x"] + area["width"] - 60 and
              area["y"] + 60 < b["y"] < area["y"] + area["height"] - 60]
    assert inside
    x, y = inside[0]["x"] + inside[0]["width"] / 2, inside[0]["y"] + inside[0]["height"] / 2
    page.mouse.click(x, y)
    link = page.locator(".leaflet-popup-content a.evidence-link")
    sync_api.expect(link).to_be_visible()
    assert link.get_attribute("href").startswith("/documents/")
    page.wait_for_timeout(500)  # let the popup's pan into view finish before clicking in it
    with page.expect_navigation():
        link.click()
    assert "/documents/" in page.url and "#" in page.url
    assert page.locator("mark:target, mark:has(span:target)").count() == 1
    page.wait_for_load_state("networkidle")
    watched.check()


def test_the_hostile_document_stays_inert(server, watched):
    page = watched.page
    page.goto(server + f"/documents/{HOSTILE_ID}")
    page.wait_for_load_state("networkidle")
    assert page.evaluate("window.__pwned") is None
    assert page.locator("#doc-text script, #doc-text img").count() == 0
    assert page.locator("script").count() == 0
    shown = page.locator("#doc-text").inner_text()
    assert "<script>window.__pwned = 1;" in shown and "onerror=" in shown
    assert "<script>" in page.locator("h1").inner_text()
    page.goto(server + "/events?limit=1000")
    page.goto(server + "/map")
    sync_api.expect(page.locator("#map-status")).to_contain_text("located", timeout=15000)
    assert page.evaluate("window.__pwned") is None
    watched.check()


def test_dragging_across_the_chart_zooms_to_those_periods(server, watched):
    page = watched.page
    page.goto(server + "/?dyad=RUS&dyad=CHN&by=day")
    bars = page.locator("#timeline-chart a.bar")
    periods = sorted({bars.nth(i).get_attribute("data-period") for i in range(bars.count())})
    assert len(periods) >= 2
    box = page.locator("#timeline-chart").bounding_box()
    page.mouse.move(box["x"] + 45, box["y"] + box["height"] / 2)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] - 45, box["y"] + box["height"] / 2, steps=8)
    with page.expect_navigation():
        page.mouse.up()
    assert f"since={periods[0]}" in page.url and f"until={periods[-1]}" in page.url
    assert "dyad=RUS" in page.url and "by=day" in page.url
    assert page.input_value("input[name=since]") == periods[0]
    # a click on a bar opens that period's events
    first = page.locator("#timeline-chart a.bar rect").first
    with page.expect_navigation():
        first.click()
    assert "/events?" in page.url and "since=" in page.url
    watched.check()
