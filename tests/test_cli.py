"""The command line: a thin layer over the API, every command exercised on a real store."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.cli import main

PAGE = Path(__file__).parent / "fixtures" / "pages" / "isw_russia_china.html"


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    path = str(tmp_path_factory.mktemp("cli") / "cli.db")
    result = CliRunner().invoke(main, ["ingest", str(PAGE), "--db", path])
    assert result.exit_code == 0, result.output
    assert "stored" in result.output
    return path


def run(*args: str) -> str:
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def test_ingest_twice_reports_the_duplicate(db):
    out = run("ingest", str(PAGE), "--db", db)
    assert "skipped as duplicates │ 1" in out


def test_extract_prints_one_json_object_per_document():
    out = run("extract", str(PAGE))
    (line,) = out.strip().splitlines()
    record = json.loads(line)
    assert record["document"]["published"] == "2024-09-11"
    assert any(e["cameo"] == "062" for e in record["events"])


def test_events_filters_and_formats(db):
    rows = [json.loads(x) for x in run("events", "--db", db, "--dyad", "RUS", "CHN", "--cameo", "06",
                                       "--format", "json").splitlines() if x]
    assert rows and all(r["cameo"].startswith("06") for r in rows)
    csv_out = run("events", "--db", db, "--name", "Okean", "--format", "csv")
    assert csv_out.splitlines()[0].startswith("id,") and "Okean-2024" in csv_out
    near = run("events", "--db", db, "--near", "Sea of Japan", "--km", "800", "--format", "json")
    assert "Northern/Interaction-2024" in near
    assert run("events", "--db", db, "--actor", "CHN", "--plover", "AID").count("CHN") >= 1


def test_events_near_unknown_place_is_a_usage_error(db):
    result = CliRunner().invoke(main, ["events", "--db", db, "--near", "Nowhereville-on-Nothing"])
    assert result.exit_code == 2 and "unknown place" in result.output


def test_claims_show_and_stats(db):
    denials = run("claims", "--db", db, "--stance", "deny", "--format", "json")
    assert denials.strip() and all(json.loads(x)["stance"] == "deny" for x in denials.splitlines() if x)
    shown = run("show", "isw_russia_china", "--db", db)
    assert "Russia and China expand military-technical cooperation" in shown
    assert "062" in shown and "COOPERATE" in shown and "claims" in shown
    stats = run("stats", "--db", db)
    assert "top dyads" in stats and "COOPERATE" in stats


def test_claims_about_a_subject_with_their_contradictions(db):
    rows = [json.loads(x) for x in run("claims", "--db", db, "--about", "support Russia", "--format", "json").splitlines() if x]
    stances = {r["stance"] for r in rows}
    assert stances == {"assert", "deny"}  # Campbell's claim of Chinese support, and the Chinese denial
    assert all("support" in r["content"].lower() and "russia" in r["content"].lower() for r in rows)
    assert any(r["contradicts"] for r in rows)


def test_show_unknown_document_fails_clearly(db):
    result = CliRunner().invoke(main, ["show", "no-such-doc", "--db", db])
    assert result.exit_code == 1 and "no document" in result.output


def test_bad_published_date_is_rejected():
    result = CliRunner().invoke(main, ["extract", str(PAGE), "--published", "11/09/2024"])
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output


def test_timeline_counts_events_per_period(db):
    rows = [json.loads(x) for x in run("timeline", "--db", db, "--dyad", "RUS", "CHN", "--by", "day",
                                       "--format", "json").splitlines() if x]
    by_day = {r["period"]: r for r in rows}
    assert by_day["2024-09-10"]["events"] >= 2 and by_day["2024-09-10"]["COOPERATE"] >= 2
    assert all(r["goldstein"] is not None for r in rows)
    assert "events by month" in run("timeline", "--db", db)
