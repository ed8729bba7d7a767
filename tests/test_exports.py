"""Exports that need no join (eventwire/exports.py): events and incidents as CSV, JSON Lines,
Parquet and GeoJSON that pandas and GeoPandas open as they are, and the GDELT and PLOVER presets,
from a real store filled by the real pipeline."""
from __future__ import annotations

import io
from pathlib import Path

import pandas
import pytest

from eventwire import exports, ingest
from eventwire.cli import main
from eventwire.store import Store
from click.testing import CliRunner

REPORTS = {
    "reuters": ("2024-09-12", "https://www.reuters.com/world/drills-1",
                "Russia and China began the joint naval exercise Northern Interaction-2024 in the Sea of Japan on "
                "10 September 2024, the Russian defence ministry said."),
    "apnews": ("2024-09-11", "https://apnews.com/article/drills-2",
               "China and Russia launched the Northern Interaction-2024 naval drills in the Sea of Japan on "
               "Tuesday, with warships and aircraft from both navies."),
    "romania": ("2024-05-20", "https://www.euronews.com/romania-3",
                "Romanian troops held a military exercise with Moldova near Cincu on 18 May 2024."),
}


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("exports")
    for name, (published, url, text) in REPORTS.items():
        (folder / "in").mkdir(exist_ok=True)
        (folder / "in" / f"{name}.md").write_text(
            f"---\ntitle: {name} report\ndate: {published}\nsource_url: {url}\n---\n{text}\n", encoding="utf-8")
    with Store(folder / "s.db") as store:
        ingest([folder / "in"], store)
    return folder / "s.db"


def drill(frame: pandas.DataFrame) -> pandas.DataFrame:
    return frame[frame["cameo"].str.startswith(("06", "15")) & frame["source_country"].isin(["RUS", "CHN"])]


def test_events_carry_report_place_date_precision_and_corroboration(db):
    with Store(db) as store:
        events = store.events_df()
    rows = drill(events)
    assert len(rows) == 2 and set(rows["outlet"]) == {"reuters.com", "apnews.com"}
    assert set(rows["url"]) == {REPORTS["reuters"][1], REPORTS["apnews"][1]}
    assert (rows["reports"] == 2).all() and (rows["outlets"] == 2).all() and (rows["independent_outlets"] == 2).all()
    assert (rows["date_precision"] == "day").all() and set(rows["date_start"]) == {"2024-09-10"}
    assert rows["latitude"].between(33, 52).all() and rows["longitude"].between(127, 142).all()  # Sea of Japan
    assert set(rows["quad_class"]) <= {1, 2} and set(rows["source_from"]) <= {"parse", "document"}


@pytest.mark.parametrize("kind", ["events", "incidents"])
@pytest.mark.parametrize("preset", [None, "gdelt", "plover"])
def test_every_format_opens_in_pandas_and_geopandas_as_it_is(db, tmp_path, kind, preset):
    geopandas = pytest.importorskip("geopandas")
    runner = CliRunner()
    base = [kind, "--db", str(db)] + (["--preset", preset] if preset else [])
    with Store(db) as store:
        expected = store.events_df(preset=preset) if kind == "events" else store.incidents_df(preset=preset)
    frames = {}
    for fmt, reader in (("csv", pandas.read_csv), ("json", lambda p: pandas.read_json(p, lines=True)),
                        ("parquet", pandas.read_parquet)):
        out = tmp_path / f"{kind}.{fmt}"
        done = runner.invoke(main, [*base, "--format", fmt, "--out", str(out)])
        assert done.exit_code == 0, done.output
        frames[fmt] = reader(out)
        assert list(frames[fmt].columns) == list(expected.columns) and len(frames[fmt]) == len(expected)
    first = expected.columns[0]
    assert list(frames["parquet"][first]) == list(expected[first]) == list(frames["csv"][first])
    done = runner.invoke(main, [*base, "--format", "geojson", "--out", str(tmp_path / "x.geojson")])
    assert done.exit_code == 0, done.output
    shapes = geopandas.read_file(tmp_path / "x.geojson")
    located = expected[expected.columns[[c in ("latitude", "ActionGeo_Lat") for c in expected.columns]][0]].notna()
    assert len(shapes) == located.sum() > 0 and (shapes.geometry.geom_type == "Point").all()
    assert shapes.crs is not None and shapes.crs.to_epsg() == 4326  # RFC 7946: WGS 84 longitude, latitude


def test_gdelt_preset_has_its_columns_and_codes(db):
    with Store(db) as store:
        events, gdelt = store.events_df(), store.events_df(preset="gdelt")
        incidents = store.incidents_df(preset="gdelt")
    assert list(gdelt.columns) == [theirs for theirs, _ in exports.COLUMNS["gdelt"]]
    assert list(incidents.columns) == list(gdelt.columns)
    rows = gdelt[gdelt["GlobalEventID"].isin(drill(events)["id"])]
    assert len(rows) == 2
    assert set(rows["Actor1Code"]) | set(rows["Actor2Code"]) >= {"RUSGOV", "CHNGOV"} or \
        set(rows["Actor1CountryCode"]) | set(rows["Actor2CountryCode"]) == {"RUS", "CHN"}
    assert (rows["SQLDATE"] == 20240910).all() and (rows["MonthYear"] == 202409).all()
    assert set(rows["EventRootCode"]) <= {"06", "15"} and (rows["NumSources"] == 2).all()
    assert (rows["NumMentions"] == 2).all() and (rows["NumArticles"] == 2).all()
    assert set(rows["SOURCEURL"]) == {REPORTS["reuters"][1], REPORTS["apnews"][1]}
    assert (rows["DATEADDED"] > 20240101000000).all()
    assert set(rows["ActionGeo_FullName"]) == {"Sea of Japan"}
    # GDELT's conventions where they differ from ours: Romania is ROM in CAMEO, Russia RS in FIPS 10-4
    romania = gdelt[gdelt["GlobalEventID"].isin(events[events["document_id"] == "romania"]["id"])]
    assert "ROM" in set(romania["Actor1CountryCode"]) and "ROU" not in set(romania["Actor1CountryCode"])
    organisation = exports.to_preset(pandas.DataFrame({"id": ["x"], "date": ["2024-05-02"], "cameo": ["042"],
                                                       "source_actor": ["IGOUNO"], "source_country": [None]}), "gdelt")
    assert organisation["Actor1Type1Code"][0] == "IGO" and organisation["SQLDATE"][0] == 20240502
    assert exports.to_preset(pandas.DataFrame({"id": ["x"], "date": ["2024-05"], "cameo": ["190"],
                                               "place_country": ["RUS"]}), "gdelt")["ActionGeo_CountryCode"][0] == "RS"


def test_plover_preset_names_actor_and_recipient_with_plover_sectors(db):
    with Store(db) as store:
        events, plover = store.events_df(), store.events_df(preset="plover")
    assert list(plover.columns) == [theirs for theirs, _ in exports.COLUMNS["plover"]]
    rows = plover[plover["id"].isin(drill(events)["id"])]
    assert set(rows["actor_country"]) <= {"RUS", "CHN"} and set(rows["source_text_id"]) == {"reuters", "apnews"}
    assert set(rows["event_type"]) <= {"MOBILIZE", "COOPERATE", "CONSULT"} and (rows["date"] == "2024-09-10").all()
    # CAMEO's MED (media) is PLOVER's JRN; CAMEO's HLH (health) is PLOVER's MED
    coded = exports.to_preset(pandas.DataFrame({
        "id": ["a", "b"], "date": ["2024", None], "cameo": ["010", "010"], "source_actor": ["RUSMED", "GBRHLH"],
        "source_country": ["RUS", "GBR"], "target_actor": [None, None], "target_country": [None, None]}), "plover")
    assert list(coded["actor_sector"]) == ["JRN", "MED"] and coded["date"][0] == "2024-01-01"


def test_parquet_needs_a_file_and_unknown_presets_are_named():
    assert CliRunner().invoke(main, ["events", "--format", "parquet"]).exit_code == 2
    with pytest.raises(ValueError, match="unknown preset 'acled'"):
        exports.to_preset(pandas.DataFrame({"id": [], "date": [], "cameo": []}), "acled")
    with pytest.raises(ValueError, match="binary file"):
        exports.write(pandas.DataFrame({"a": [1]}), "parquet", io.StringIO())
    buffer = io.StringIO()
    exports.write(pandas.DataFrame({"a": ["=1+1"]}), "csv", buffer)
    assert buffer.getvalue().splitlines()[1] == "'=1+1"  # the CSV stays spreadsheet-safe
