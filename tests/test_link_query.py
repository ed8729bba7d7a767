"""Querying incidents: Store.incidents / incidents_df with the events filters, the
`eventwire incidents` command in table, JSON and CSV, and incident ids in `events` output."""
from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from eventwire import ingest
from eventwire.cli import main
from eventwire.store import INCIDENT_DF_COLUMNS, Store

from test_link_incidents import CLAIMED, REPORTS, write

FIELDS = {"id", "cameo", "plover", "source", "target", "participants", "date", "locations", "reports",
          "outlets", "documents", "first_reported", "claim_only"}


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    folder = tmp_path_factory.mktemp("reports")
    for name, report in {**REPORTS, "tass-patrol": CLAIMED}.items():
        write(folder, name, report)
    path = str(folder / "store.db")
    with Store(path) as store:
        ingest([folder], store)
    return path


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def test_store_incidents_take_the_events_filters(db):
    with Store(db) as store:
        assert [i.names for i in store.incidents(name="northern")] == [["Northern Interaction-2024"]]
        dyad = store.incidents(dyad=("RUS", "CHN"))
        assert len(dyad) == 3  # the 2024 drill, the 2023 one, the claimed patrol
        assert [i.date for i in dyad] == sorted(i.date for i in dyad)
        assert store.incidents(dyad=("USA", "JPN"))[0].locations == ["Okinawa"]
        assert store.incidents(since="2024-09", until="2024-09")[0].reports == 2
        assert len(store.incidents(limit=1)) == 1
        assert store.incidents(actor="FRA") == []
        frame = store.incidents_df(dyad=("RUS", "CHN"))
        assert list(frame.columns)[:len(INCIDENT_DF_COLUMNS)] == INCIDENT_DF_COLUMNS and len(frame) == 3
        assert {"date_precision", "date_start", "date_end", "cameo_root", "quad_class", "articles"} <= set(frame.columns)
        assert frame["reports"].tolist() and set(frame["claim_only"]) == {True, False}


def test_incidents_command_json_has_every_field(db):
    result = run("incidents", "--db", db, "--format", "json", "--dyad", "RUS", "CHN")
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.output.splitlines()]
    assert len(records) == 3
    for record in records:
        assert FIELDS <= set(record)
    drill = next(r for r in records if r["names"])
    assert drill["reports"] == 2 and drill["outlets"] == 2
    assert sorted(drill["documents"]) == ["ap-drills", "reuters-drills"]
    assert drill["first_reported"] == "2024-09-11"
    assert {m["url"] for m in drill["mentions"]} == {REPORTS["ap-drills"][1], REPORTS["reuters-drills"][1]}
    patrol = next(r for r in records if "tass-patrol" in r["documents"])
    assert patrol["claim_only"] is True and patrol["claimed_by"]


def test_incidents_command_csv_and_table(db):
    result = run("incidents", "--db", db, "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert len(rows) == 4 and FIELDS <= set(rows[0])
    drill = next(r for r in rows if r["names"])
    assert drill["reports"] == "2" and drill["outlets"] == "2"
    assert sorted(drill["documents"].split("; ")) == ["ap-drills", "reuters-drills"]
    table = run("incidents", "--db", db, "--name", "Northern")
    assert table.exit_code == 0 and "Northern" in table.output and "RUSGOV" in table.output
    none = run("incidents", "--db", db, "--actor", "FRA")
    assert none.exit_code == 0 and "no incidents match" in none.output


def test_events_output_carries_the_incident_id(db):
    with Store(db) as store:
        incident = store.incidents(name="northern")[0].id
    rows = list(csv.DictReader(io.StringIO(run("events", "--db", db, "--format", "csv").output)))
    assert "incident_id" in rows[0]
    assert sorted(r["document_id"] for r in rows if r["incident_id"] == incident) == ["ap-drills", "reuters-drills"]
    lines = run("events", "--db", db, "--format", "json", "--name", "Northern").output.splitlines()
    assert {json.loads(line)["incident_id"] for line in lines} == {incident}
