"""The JSON/CSV API of `eventwire serve` (issue 12): the CLI's filters, pagination caps, CSV
that is formula-safe, strict headers on every response, and a store that nothing changes."""
from __future__ import annotations

import csv
import hashlib
import io
import warnings
from pathlib import Path

import pytest

pytest.importorskip("httpx", reason="httpx (the test extra) is needed for FastAPI's TestClient")
with warnings.catch_warnings():  # starlette asks for httpx2; httpx is what FastAPI documents
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient  # noqa: E402

from eventwire.serve import create_app  # noqa: E402
from eventwire.serve.app import CSP, MAX_LIMIT, StoreUnavailable  # noqa: E402
from serve_store import FORMULA, HOSTILE_ID, build_store  # noqa: E402


def digest(path: str) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    return build_store(tmp_path_factory.mktemp("serve_api"))


@pytest.fixture(scope="module")
def client(db) -> TestClient:
    return TestClient(create_app(db))


def items(client, url: str) -> list[dict]:
    r = client.get(url)
    assert r.status_code == 200, r.text
    return r.json()["items"]


def test_events_filters_change_the_results(client):
    every = items(client, "/api/events?limit=1000")
    assert len(every) > 5
    rus_chn = items(client, "/api/events?dyad=RUS&dyad=CHN&limit=1000")
    assert 0 < len(rus_chn) < len(every)
    assert items(client, "/api/events?dyad=RUS,CHN&limit=1000") == rus_chn
    cameo = items(client, "/api/events?cameo=06&limit=1000")
    assert cameo and all(e["cameo"].startswith("06") for e in cameo)
    assert len(cameo) < len(every)
    assert items(client, "/api/events?since=2030-01-01") == []
    near = items(client, "/api/events?near=Sea%20of%20Japan&km=300&limit=1000")
    assert near and any(e["document_id"] == HOSTILE_ID for e in near)
    assert all(any(p["lat"] is not None for p in e["locations"]) for e in near)
    assert all(e["document_id"] and e["quad_class"] in (1, 2, 3, 4, None) for e in every)


def test_bad_filter_values_are_a_clear_400(client):
    r = client.get("/api/events?actor=XQZQ")
    assert r.status_code == 400 and "actor" in r.json()["detail"]
    r = client.get("/api/events?since=2024-02-30")
    assert r.status_code == 400 and "no such date" in r.json()["detail"]
    assert client.get("/api/events?since=2025&until=2024").status_code == 400
    assert client.get("/api/events?dyad=RUS").status_code == 400


def test_claims_filters(client):
    every = items(client, "/api/claims?limit=1000")
    denied = items(client, "/api/claims?stance=deny")
    assert denied and len(denied) < len(every) and all(c["stance"] == "deny" for c in denied)
    about = items(client, "/api/claims?about=drills%20defensive")
    assert [c["document_id"] for c in about] == [HOSTILE_ID]
    assert all(c["speaker"] is None or "text" in c["speaker"] for c in every)


def test_pagination_is_capped_and_pages_do_not_overlap(client):
    assert client.get(f"/api/events?limit={MAX_LIMIT + 1}").status_code == 400
    assert client.get("/api/events?offset=-1").status_code == 400
    first = client.get("/api/events?limit=3").json()
    assert first["count"] == 3 and first["next"].endswith("limit=3&offset=3")
    second = client.get(first["next"]).json()
    assert {e["id"] for e in first["items"]}.isdisjoint(e["id"] for e in second["items"])
    every = items(client, "/api/events?limit=1000")
    assert [e["id"] for e in every[:6]] == [e["id"] for e in first["items"] + second["items"]]
    # the filters are kept in the next page's URL
    page = client.get("/api/events?actor=RUS&limit=1").json()
    assert "actor=RUS" in page["next"]
    assert items(client, "/api/dyads?limit=2").__len__() == 2


def test_csv_on_every_list_and_formula_safe(client):
    for url in ("/api/events", "/api/claims", "/api/dyads", "/api/actors", "/api/timeline", "/api/incidents"):
        r = client.get(url + "?format=csv")
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv"), url
        rows = list(csv.reader(io.StringIO(r.text)))
        assert len(rows) > 1, url
    r = client.get("/api/events?format=csv&limit=1000")
    rows = list(csv.DictReader(io.StringIO(r.text)))
    hostile = [row for row in rows if FORMULA in row["evidence"]]
    assert hostile and all(row["evidence"].startswith("'=") for row in hostile)
    cells = [c for row in csv.reader(io.StringIO(r.text)) for c in row]
    assert not any(c[:1] in ("=", "+", "@") for c in cells)
    assert "\x1b" not in r.text
    assert any(row["goldstein"].startswith("-") or row["goldstein"][:1].isdigit() for row in rows)
    assert len(list(csv.DictReader(io.StringIO(client.get("/api/events?format=csv&limit=2").text)))) == 2


def test_document_api_and_timeline(client):
    doc = client.get(f"/api/documents/{HOSTILE_ID}").json()
    assert doc["document"]["id"] == HOSTILE_ID and "<script>" in doc["document"]["text"]
    text = doc["document"]["text"]
    for e in doc["events"]:
        a, b = e["span"]
        assert text[a:b] == e["evidence"]
    assert client.get("/api/documents/nope").status_code == 404
    timeline = client.get("/api/timeline?dyad=RUS&dyad=CHN&by=year").json()["items"]
    assert timeline and all(r["events"] == r["q1"] + r["q2"] + r["q3"] + r["q4"] or r["events"] > 0 for r in timeline)


def test_strict_headers_on_every_response(client):
    for url in ("/", "/events", "/claims", "/map", f"/documents/{HOSTILE_ID}", "/api/events", "/api/docs",
                "/api/openapi.json", "/static/app.css", "/static/vendor/leaflet/leaflet.js", "/nope",
                "/api/events?actor=XQZQ", "/api/events?format=csv"):
        r = client.get(url)
        assert r.headers["content-security-policy"] == CSP, url
        assert r.headers["x-content-type-options"] == "nosniff", url
        assert r.headers["referrer-policy"] == "no-referrer", url
    assert "frame-ancestors 'none'" in CSP and "default-src 'none'" in CSP
    r = client.post("/api/events")
    assert r.headers["content-security-policy"] == CSP


def test_openapi_and_docs_are_local(client):
    schema = client.get("/api/openapi.json").json()
    assert "/api/events" in schema["paths"] and "/api/claims" in schema["paths"]
    page = client.get("/api/docs").text
    assert "/api/events" in page and "cdn" not in page.lower() and "https://" not in page
    assert client.get("/docs").status_code == 404 and client.get("/redoc").status_code == 404


def test_read_only_writes_refused_and_store_unchanged(db):
    before = digest(db)
    client = TestClient(create_app(db))
    for method in ("post", "put", "patch", "delete"):
        r = getattr(client, method)("/api/events")
        assert r.status_code == 405, method
        r = getattr(client, method)(f"/api/documents/{HOSTILE_ID}")
        assert r.status_code == 405, method
    client.get("/api/events?limit=1000")
    client.get("/")
    assert digest(db) == before
    with pytest.raises(StoreUnavailable):
        create_app(db, allow_writes=True)


def test_refuses_what_is_not_a_store(tmp_path):
    with pytest.raises(StoreUnavailable):
        create_app(tmp_path / "missing.db")
    assert not (tmp_path / "missing.db").exists()
    other = tmp_path / "notes.txt"
    other.write_text("hello")
    with pytest.raises(StoreUnavailable):
        create_app(other)


def test_head_is_a_get_without_body(client):
    r = client.head("/events")
    assert r.status_code == 200 and r.content == b""
    assert r.headers["content-security-policy"] == CSP
    assert client.head("/documents/nope").status_code == 404


def test_a_query_over_its_time_limit_is_stopped_with_503(db, monkeypatch):
    from eventwire.serve import app as serve_app

    monkeypatch.setattr(serve_app, "PROGRESS_STEPS", 1)  # the test store is small: look at every step
    slow = TestClient(create_app(db, query_timeout=0.0))
    r = slow.get("/api/events?limit=1000")
    assert r.status_code == 503 and "longer than" in r.json()["detail"]
    assert r.headers["content-security-policy"] == CSP


def test_dyads_follow_the_events_filters(client):
    every = items(client, "/api/dyads?limit=1000")
    rus = items(client, "/api/dyads?actor=RUS&limit=1000")
    assert rus and all("RUS" in (d["source"] + d["target"]) for d in rus)
    material = items(client, "/api/dyads?cameo=06&limit=1000")
    assert material and sum(d["count"] for d in material) < sum(d["count"] for d in every)
    assert items(client, "/api/dyads?since=2031") == []
    page = client.get("/api/dyads?actor=RUS&limit=1").json()
    assert page["next"] is None or "actor=RUS" in page["next"]


def test_actors_follow_the_events_filters(client):
    every = items(client, "/api/actors?limit=1000")
    assert every and "mentions" in every[0]
    material = items(client, "/api/actors?cameo=06&limit=1000")
    assert material and all(set(a) == {"code", "events"} for a in material)
    assert items(client, "/api/actors?since=2031") == []
    assert "events" in client.get("/api/actors?cameo=06&format=csv").text.splitlines()[0]


def test_serve_command_refuses_writes_and_missing_stores(db, tmp_path):
    from click.testing import CliRunner

    from eventwire.cli import main

    result = CliRunner().invoke(main, ["serve", "--db", db, "--allow-writes"])
    assert result.exit_code == 2 and "no write endpoints" in result.output
    result = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 2 and "no eventwire store" in result.output
    assert not (tmp_path / "none.db").exists()


def test_incidents_keep_every_report_and_take_the_events_filters(client):
    incidents = items(client, "/api/incidents?limit=1000")
    assert incidents and all(i["reports"] and i["documents"] for i in incidents)
    exercises = items(client, "/api/incidents?cameo=06&limit=1000")
    assert exercises and all(i["cameo"].startswith("06") for i in exercises)
    assert len(exercises) < len(incidents)
    assert client.get("/api/incidents?since=2024-02-30").status_code == 400
