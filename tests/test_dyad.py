"""Dyad analytics (Store.dyad, `eventwire dyad`): how a relation evolved, per period and direction,
counted over incidents rather than reports, with empty periods filled."""
from __future__ import annotations

from pathlib import Path

import pandas
import pytest
from click.testing import CliRunner

import eventwire
from eventwire.cli import main


def _write(folder: Path, name: str, title: str, date: str, url: str, text: str) -> None:
    (folder / name).write_text(f"---\ntitle: '{title}'\ndate: '{date}'\nsource_url: {url}\n---\n\n{text}\n",
                               encoding="utf-8")


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    folder = tmp_path_factory.mktemp("dyad")
    _write(folder, "a.md", "Joint drills", "2024-01-15", "https://one.example/a",
           "Russia and China held the Northern/Interaction-2024 joint naval exercises in the Sea of Japan on "
           "January 14, 2024.")
    _write(folder, "b.md", "Drills under way", "2024-01-16", "https://two.example/b",
           "Russian and Chinese warships began the Northern/Interaction-2024 joint exercises in the Sea of Japan on "
           "January 14, 2024, officials said.")
    _write(folder, "c.md", "Sanctions", "2024-04-02", "https://three.example/c",
           "China imposed sanctions on Russian companies on April 1, 2024.")
    path = str(folder / "store.db")
    with eventwire.Store(path) as store:
        eventwire.ingest([folder], store)
    return path


def test_periods_are_a_filled_period_index_and_reports_of_one_incident_count_once(db):
    with eventwire.Store(db) as store:
        frame = store.dyad("RUS", "CHN", by="month")
    assert isinstance(frame.index, pandas.PeriodIndex)
    assert [str(p) for p in frame.index] == ["2024-01", "2024-02", "2024-03", "2024-04"]
    january = frame.loc[pandas.Period("2024-01", freq="M")]
    # two outlets report one exercise: one incident of material cooperation
    assert january["RUS>CHN q2"] + january["CHN>RUS q2"] == 1
    february = frame.loc[pandas.Period("2024-02", freq="M")]
    # an empty month is there, at zero (only the moving average carries January over)
    assert february[[c for c in frame.columns if not c.endswith(" ma")]].sum() == 0
    april = frame.loc[pandas.Period("2024-04", freq="M")]
    assert april["CHN>RUS q4"] == 1 and april["CHN>RUS goldstein"] < 0  # sanctions: material conflict


def test_the_cli_prints_the_table_and_draws_the_chart(db, tmp_path):
    png = tmp_path / "rus-chn.png"
    result = CliRunner().invoke(main, ["dyad", "RUS", "CHN", "--db", db, "--by", "month", "--plot", str(png),
                                       "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0].startswith("period,RUS>CHN q1")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 5000


def test_an_unknown_period_or_code_is_refused(db):
    with eventwire.Store(db) as store, pytest.raises(ValueError, match="week, month or year"):
        store.dyad("RUS", "CHN", by="decade")
    assert CliRunner().invoke(main, ["dyad", "XYZ", "CHN", "--db", db]).exit_code == 2
