"""The command line treats stored text as data and fails loudly (issue 10, items 1 and 2).

One store per module, built with the real pipeline from the ISW page and a hostile document
whose title, text and file path hold rich markup, terminal control sequences, an OSC 8 link
and a spreadsheet formula.
"""
from __future__ import annotations

import csv
import io
import json
import re
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner
from rich.console import Console

from eventwire import cli, output
from eventwire.cli import main

PAGE = Path(__file__).parent / "fixtures" / "pages" / "isw_russia_china.html"

ESC_CLEAR = "\x1b[2J"
OSC8 = "\x1b]8;;http://evil.example/\x1b\\click here\x1b]8;;\x1b\\"
FORMULA = '=HYPERLINK("http://evil.example","x")'
TITLE = f"Evil [/x] [bold red]RED[/] {ESC_CLEAR} \x9b31m \u202eelbat title"
TEXT = (f"Russia and China held joint naval exercises in the Sea of Japan on 10 September 2024 "
        f"[/x] [bold red]altered[/]. {ESC_CLEAR} The Russian defence ministry said {OSC8} that the drills "
        f"were defensive. {FORMULA} China denied that it supplies weapons to Russia.")


def invoke(*args: str):
    return CliRunner().invoke(main, list(args))


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> dict[str, str]:
    """The ISW page and the hostile document, ingested together; the input's path and the
    store's path both hold markup (`[bold red]x[/x]` spans a folder and a file name)."""
    root = tmp_path_factory.mktemp("out")
    folder = root / "in [bold red]x["
    folder.mkdir()
    hostile = folder / "x] evil.jsonl"
    record = {"id": "evil-doc", "title": TITLE, "text": TEXT, "published": "2024-09-11",
              "url": "http://ex.com/a?[/x]"}
    hostile.write_text(json.dumps(record) + "\n{not json\n", encoding="utf-8")
    db = str(folder / "x] store.db")
    result = invoke("ingest", str(PAGE), str(hostile), "--db", db)
    return {"db": db, "hostile": str(hostile), "ingest_exit": result.exit_code, "ingest_stdout": result.stdout,
            "ingest_stderr": result.stderr, "root": str(root)}


def no_raw_controls(s: str) -> bool:
    return not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", s)


# --- 1. stored text is data -------------------------------------------------------------------
def test_ingest_with_markup_in_paths_does_not_crash_and_reports_the_failure_literally(store):
    # the bad line of the hostile file fails; the batch goes on and the path is printed as it is
    assert store["ingest_exit"] == 1
    assert "stored                │ 2" in store["ingest_stdout"]
    assert f"{store['hostile']}:2" in store["ingest_stderr"]
    assert "ingest: 1 failed, 2 stored, 0 duplicates" in store["ingest_stderr"]
    assert "x] store.db" in store["ingest_stdout"]  # the title holds the store's path, literally


def test_show_prints_markup_literally_and_escapes_control_characters(store):
    result = invoke("show", "evil-doc", "--db", store["db"])
    assert result.exit_code == 0, result.output
    shown = result.stdout
    assert no_raw_controls(shown)
    assert r"Evil [/x] [bold red]RED[/] \x1b[2J \x9b31m \u202eelbat title" in shown
    assert "[/x] [bold red]altered[/]." in shown  # evidence exactly as in the document
    assert "http://ex.com/a?[/x]" in shown
    assert FORMULA in shown


def test_claims_table_and_events_table_do_not_crash_on_hostile_text(store):
    claims = invoke("claims", "--db", store["db"])
    assert claims.exit_code == 0 and "the drills were defensive" in claims.stdout
    events = invoke("events", "--db", store["db"], "--actor", "RUS")
    assert events.exit_code == 0 and "x] store.db" in events.stdout and no_raw_controls(events.stdout)


def test_extract_table_title_holds_escaped_controls_and_literal_markup(store):
    result = invoke("extract", store["hostile"], "--format", "table")
    assert result.exit_code == 1  # the bad line
    assert no_raw_controls(result.stdout)
    assert r"[/x] [bold red]RED[/] \x1b[2J" in result.stdout


def test_json_output_escapes_every_control_character_and_keeps_the_text_exact(store):
    result = invoke("claims", "--db", store["db"], "--about", "drills", "--format", "json")
    assert result.exit_code == 0
    assert no_raw_controls(result.stdout)
    (row,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert OSC8 in row["evidence"] and ESC_CLEAR in row["evidence"]
    extracted = invoke("extract", store["hostile"])
    assert no_raw_controls(extracted.stdout) and "\\u009b" in extracted.stdout
    assert json.loads(extracted.stdout.splitlines()[0])["document"]["title"] == TITLE


def test_csv_neutralises_formula_cells_escapes_controls_and_keeps_negative_numbers(store):
    events = invoke("events", "--db", store["db"], "--format", "csv", "--all")
    assert events.exit_code == 0 and no_raw_controls(events.stdout)
    rows = list(csv.DictReader(io.StringIO(events.stdout)))
    hostile = [r for r in rows if r["document_id"] == "evil-doc"]
    formula = [r for r in hostile if FORMULA in r["evidence"]]
    assert formula and all(r["evidence"].startswith("'=HYPERLINK(") for r in formula)
    assert any(r["goldstein"].startswith("-") for r in rows)  # numbers stay numbers
    assert all(not r["goldstein"].startswith("'") for r in rows)
    claims = invoke("claims", "--db", store["db"], "--format", "csv")
    assert no_raw_controls(claims.stdout)
    cells = [c for r in csv.reader(io.StringIO(claims.stdout)) for c in r]
    assert any(r"\x1b]8;;http://evil.example/\x1b\click here" in c for c in cells)
    assert not any(c[:1] in ("=", "+", "@", "\t", "\r") and len(c) > 1 for c in cells)


@pytest.mark.parametrize("cell, safe", [
    ("=1+1", "'=1+1"), ("+cmd", "'+cmd"), ("-2+3", "'-2+3"), ("@SUM(A1)", "'@SUM(A1)"),
    ("\tx", "'\\x09x"), ("\rx", "'\\x0dx"), ("-4.0", "-4.0"), ("+7", "+7"), ("-", "-"), ("plain", "plain"),
    ("a\x1b[2Jb", "a\\x1b[2Jb"), (-4.0, -4.0), (None, None),
])
def test_csv_cell(cell, safe):
    assert output.csv_cell(cell) == safe


def test_tables_keep_codes_and_dates_whole_when_narrow(store, monkeypatch):
    monkeypatch.setattr(cli, "out", Console(width=72))
    result = invoke("events", "--db", store["db"], "--dyad", "RUS", "CHN")
    assert result.exit_code == 0
    assert re.search(r"│ 2024-09-\d\d │", result.stdout)  # a date on one line
    assert "│ 062" in result.stdout and "RUSGOV" in result.stdout and "CHNGOV" in result.stdout
    t = output.table("t", [("date", "date"), ("cameo", "code"), ("source", "actor"), ("text", "text")])
    output.add_row(t, ("2024-09-10", "0212 (hypothetical)", "IGOUNOIAEA (International Atomic Energy Agency)",
                       "word " * 40))
    narrow = Console(width=50, file=io.StringIO())
    narrow.print(t)
    rendered = narrow.file.getvalue()
    assert "2024-09-10" in rendered and "0212" in rendered and "IGOUNOIAEA" in rendered


# --- 2. exit codes and messages ---------------------------------------------------------------
def test_ingest_exits_1_with_counts_when_every_input_failed(tmp_path):
    result = invoke("ingest", str(tmp_path / "missing.html"), "--db", str(tmp_path / "s.db"))
    assert result.exit_code == 1
    assert "ingest: 1 failed, 0 stored, 0 duplicates" in result.stderr


QUERIES = [["events"], ["claims"], ["timeline"], ["show", "evil-doc"], ["stats"]]


@pytest.mark.parametrize("command", QUERIES, ids=lambda c: c[0])
def test_a_query_on_a_missing_store_creates_nothing_and_exits_2(tmp_path, command):
    db = tmp_path / "typo" / "eventwire.db"
    result = invoke(*command, "--db", str(db))
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        f"Error: no eventwire store at {db} (give --db, or make one with `eventwire ingest FILES --db {db}`)"]
    assert result.stdout == ""
    assert not db.parent.exists()


def _foreign(tmp_path: Path) -> Path:
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    conn.commit()
    conn.close()
    return path


def _tables(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    finally:
        conn.close()


@pytest.mark.parametrize("command", QUERIES + [["ingest", str(PAGE)]], ids=lambda c: c[0])
def test_a_foreign_sqlite_file_is_refused_and_left_alone(tmp_path, command):
    path = _foreign(tmp_path)
    result = invoke(*command, "--db", str(path))
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "without eventwire's tables" in result.stderr
    assert _tables(path) == {"invoices"}


def test_a_file_that_is_not_sqlite_is_refused(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("hello\n")
    for command in (["events"], ["ingest", str(PAGE)]):
        result = invoke(*command, "--db", str(path))
        assert result.exit_code == 2 and "not an SQLite database" in result.stderr
    assert path.read_text() == "hello\n"


def test_queries_leave_the_store_unchanged(store):
    before = Path(store["db"]).read_bytes()
    assert invoke("stats", "--db", store["db"]).exit_code == 0
    assert Path(store["db"]).read_bytes() == before


@pytest.mark.parametrize("args, said", [
    (["--actor", "XYZGOV"], "unknown country 'XYZ' in actor code 'XYZGOV'; did you mean"),
    (["--actor", "QQQQ"], "unknown actor code 'QQQQ'"),
    (["--actor", "RUSGUV"], "did you mean RUSGOV"),
    (["--dyad", "RUS", "CHNN"], "did you mean CHN"),
    (["--plover", "COOPERAT"], "did you mean COOPERATE"),
    (["--plover", "FIGHT"], "unknown PLOVER type 'FIGHT'; known types: ACCUSE, AGREE"),
    (["--cameo", "99"], "unknown CAMEO code '99'; did you mean 19 (Fight)"),
    (["--cameo", "fight"], "did you mean 19 (Fight)"),
    (["--country-of-location", "RUSS"], "did you mean RUS"),
])
def test_unknown_codes_exit_2_with_did_you_mean(store, args, said):
    result = invoke("events", "--db", store["db"], *args)
    assert result.exit_code == 2 and said in result.stderr and result.stdout == ""


def test_unknown_speaker_actor_and_timeline_codes_exit_2(store):
    assert "did you mean" in invoke("claims", "--db", store["db"], "--actor", "CHNGUV").stderr
    assert invoke("timeline", "--db", store["db"], "--cameo", "99").exit_code == 2


@pytest.mark.parametrize("args", [["--actor", "rus"], ["--actor", "IGO"], ["--actor", "IGOWSTNATMIL"],
                                  ["--cameo", "0"], ["--plover", "cooperate"]])
def test_known_codes_in_any_form_are_accepted(store, args):
    assert invoke("events", "--db", store["db"], *args).exit_code == 0


def test_empty_results_say_so(store):
    for command, said in ((["events", "--name", "Nothing-Like-This"], "no events match"),
                          (["events", "--name", "Nothing-Like-This", "--format", "json"], "no events match"),
                          (["timeline", "--since", "2030"], "no events match"),
                          (["claims", "--about", "zebras"], "no claims match"),
                          (["claims", "--about", "zebras", "--format", "json"], "no claims match")):
        result = invoke(*command, "--db", store["db"])
        assert result.exit_code == 0 and result.stderr.strip() == said and result.stdout == "", command


def test_since_and_until_take_a_year_or_a_month(store):
    def ids(*args: str) -> set[str]:
        result = invoke("events", "--db", store["db"], "--format", "json", *args)
        assert result.exit_code == 0, result.output
        return {json.loads(x)["id"] for x in result.stdout.splitlines()}

    every = ids()
    assert every and ids("--since", "2024") == every == ids("--since", "2024-09", "--until", "2024-09")
    assert ids("--since", "2024-09-10", "--until", "2024-09-10") <= every
    assert ids("--until", "2023") == set()
    claims = invoke("claims", "--db", store["db"], "--since", "2024-09", "--format", "json")
    assert claims.exit_code == 0 and claims.stdout.strip()
    result = invoke("events", "--db", store["db"], "--since", "2024-10", "--until", "2024-09")
    assert result.exit_code == 2 and "is after --until" in result.stderr


def test_near_takes_coordinates_and_says_which_place_it_chose(store):
    by_name = invoke("events", "--db", store["db"], "--near", "Sea of Japan", "--km", "800", "--format", "json")
    assert by_name.exit_code == 0 and "Northern/Interaction-2024" in by_name.stdout
    m = re.search(r"near Sea of Japan.*\((-?[\d.]+), (-?[\d.]+)\), within 800 km", by_name.stderr)
    assert m, by_name.stderr
    point = f"{m.group(1)},{m.group(2)}"
    by_point = invoke("events", "--db", store["db"], "--near", point, "--km", "800", "--format", "json")
    assert by_point.exit_code == 0 and by_point.stdout == by_name.stdout
    assert f"near {m.group(1)}, {m.group(2)} (coordinates), within 800 km" in by_point.stderr
    far = invoke("events", "--db", store["db"], "--near", "-33.92,18.42", "--km", "50")
    assert far.exit_code == 0 and "no events match" in far.stderr
    bad = invoke("events", "--db", store["db"], "--near", "95,30")
    assert bad.exit_code == 2 and "latitude" in bad.stderr


@pytest.mark.parametrize("command", [
    ["events", "--since", "2024-02-30"], ["events", "--until", "2023-02-29"], ["timeline", "--since", "2024-13"],
    ["claims", "--until", "2024-04-31"], ["ingest", str(PAGE), "--published", "2024-02-30"],
    ["extract", str(PAGE), "--published", "2023-02-29"],
])
def test_impossible_dates_are_refused_everywhere(store, command):
    result = invoke(*command, "--db", store["db"]) if command[0] != "extract" else invoke(*command)
    assert result.exit_code == 2 and "no such date" in result.stderr


def test_published_still_needs_a_whole_date():
    result = invoke("extract", str(PAGE), "--published", "2024-09")
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.stderr


def test_events_as_geojson_are_points_at_longitude_latitude_with_the_report(store):
    result = invoke("events", "--db", store["db"], "--format", "geojson")
    assert result.exit_code == 0, result.output
    collection = json.loads(result.stdout)
    assert collection["type"] == "FeatureCollection" and collection["features"]
    for feature in collection["features"]:
        lon, lat = feature["geometry"]["coordinates"]
        assert feature["geometry"]["type"] == "Point" and -180 <= lon <= 180 and -90 <= lat <= 90
        assert feature["properties"]["url"] and feature["properties"]["evidence"]
    seas = {f["properties"]["locations"] for f in collection["features"]}
    assert any("Sea of Japan" in places for places in seas)  # the ISW page's exercise, placed at sea
    assert no_raw_controls(result.stdout)
