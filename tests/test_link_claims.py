"""Corroboration per claim (eventwire/link/claims.py): the same speaker saying the same thing in
several documents, counted across reports and outlets, through the real pipeline and store."""
from __future__ import annotations

import json

from click.testing import CliRunner

from eventwire import ingest
from eventwire.cli import main
from eventwire.store import Store

SAID = "Kremlin spokesman Dmitry Peskov said that the drills were not directed against any third country."
REPORTS = {
    "tass": ("2024-09-10", "https://tass.com/politics/1", SAID + " The exercise runs until Sunday."),
    "rt": ("2024-09-11", "https://www.rt.com/russia/2", "Moscow defended the naval manoeuvres. " + SAID),
    "nhk": ("2024-09-11", "https://www3.nhk.or.jp/news/3",
            "Kremlin spokesman Dmitry Peskov said that sanctions would not change Russia's course."),
}


def test_the_same_claim_in_several_documents_is_counted_across_them(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, (published, url, text) in REPORTS.items():
        (folder / f"{name}.md").write_text(f"---\ntitle: {name}\ndate: {published}\nsource_url: {url}\n---\n{text}\n",
                                           encoding="utf-8")
    with Store(tmp_path / "s.db") as store:
        ingest([folder], store)
        frame = store.claims_df(speaker="Peskov")
    drills = frame[frame["content"].str.contains("third country", na=False)]
    assert set(drills["document_id"]) == {"tass", "rt"}
    assert (drills["claim_reports"] == 2).all() and (drills["claim_outlets"] == 2).all()
    assert (drills["claim_independent_outlets"] == 2).all()
    assert (drills["claim_first_reported"] == "2024-09-10").all() and (drills["claim_last_reported"] == "2024-09-11").all()
    sanctions = frame[frame["content"].str.contains("sanctions", na=False)]
    assert len(sanctions) == 1 and sanctions["claim_reports"].iloc[0] == 1  # another thing said: its own
    with Store(tmp_path / "s.db") as store:
        said = [c for c in store.claims(speaker="Peskov") if "third country" in (c.content or "")]
    assert [c.corroboration["claim_reports"] for c in said] == [2, 2]
    assert {c.corroboration["claim_outlets"] for c in said} == {2}
    done = CliRunner().invoke(main, ["claims", "--db", str(tmp_path / "s.db"), "--speaker", "Peskov", "--format", "json"])
    lines = [json.loads(x) for x in done.output.splitlines() if x.startswith("{")]
    assert sorted(x["claim_reports"] for x in lines) == [1, 2, 2]
