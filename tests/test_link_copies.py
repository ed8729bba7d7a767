"""Copies: the same text from another outlet or URL is kept as a copy of the stored report (its
outlet and date count for the incident), never coded twice; the same URL again is skipped."""
from __future__ import annotations

import json

from click.testing import CliRunner

from eventwire import ingest
from eventwire.cli import main
from eventwire.store import Store

from test_link_incidents import REPORTS, write

WIRE = REPORTS["reuters-drills"]
COPY = ("2024-09-13", "https://www.straitstimes.com/asia/drills-copy", WIRE[2])


def test_a_wire_copy_counts_as_an_outlet_without_being_coded_twice(tmp_path):
    first = tmp_path / "first"
    write(first, "reuters-drills", WIRE)
    write(first, "ap-drills", REPORTS["ap-drills"])
    db = tmp_path / "s.db"
    with Store(db) as store:
        ingest([first], store)
        events = len(store.events())
        summary = ingest([write(tmp_path / "copy", "straits-copy", COPY)], store)
        assert (summary.stored, summary.duplicates, summary.copies) == (0, 1, 1)
        assert len(store.events()) == events and store.document("straits-copy") is None
        assert [c["url"] for c in store.copies("reuters-drills")] == [COPY[1]]
        [incident] = store.incidents(name="Northern Interaction")
        assert incident.reports == 2 and sorted(incident.documents) == ["ap-drills", "reuters-drills"]
        assert incident.outlets == 3 and incident.independent_outlets == 2
        assert "straitstimes.com" in incident.outlet_names
        assert incident.last_reported == "2024-09-13"
        # again: nothing new; the same URL and the same content is skipped as before
        again = ingest([tmp_path / "copy", first], store)
        assert (again.stored, again.copies, again.duplicates) == (0, 0, 3)
        assert len(store.copies("reuters-drills")) == 1
        assert store.check().clean
    out = CliRunner().invoke(main, ["incidents", "--db", str(db), "--format", "json", "--name", "Northern"]).output
    record = json.loads(out)
    assert record["outlets"] == 3 and record["independent_outlets"] == 2
    assert record["copies"][0]["url"] == COPY[1] and record["copies"][0]["copy_of"] == "reuters-drills"


def test_a_copy_read_in_the_same_batch_as_its_original_is_kept(tmp_path):
    folder = tmp_path / "in"
    write(folder, "a-reuters", WIRE)
    write(folder, "b-straits", COPY)
    with Store(tmp_path / "s.db") as store:
        summary = ingest([folder], store)
        assert (summary.stored, summary.copies) == (1, 1)
        [incident] = store.incidents(name="Northern Interaction")
        assert incident.outlets == 2 and incident.independent_outlets == 1 and incident.reports == 1


LONG = ("Russia and China began the joint naval exercise Northern Interaction-2024 in the Sea of Japan on "
        "10 September 2024, the Russian defence ministry said. More than 15 warships and corvettes, two "
        "submarines and dozens of aircraft from both navies are taking part in the drills, which will run "
        "until the end of the month. The ministry said the exercise was planned long in advance and was not "
        "aimed at any third country, and that crews would practise anti-submarine warfare and joint "
        "artillery firing at sea and air targets.")
EDITED = LONG + " (Reporting by a wire correspondent; editing by the desk)"


def test_a_near_same_text_from_another_outlet_is_a_copy_and_a_different_text_is_not(tmp_path):
    with Store(tmp_path / "s.db") as store:
        ingest([write(tmp_path / "a", "wire", ("2024-09-12", "https://www.reuters.com/world/long", LONG))], store)
        events = len(store.events())
        summary = ingest([write(tmp_path / "b", "repost", ("2024-09-14", "https://www.thestar.com/long", EDITED))],
                         store)
        assert (summary.stored, summary.copies) == (0, 1)
        assert len(store.events()) == events and store.document("repost") is None
        [copy] = store.copies("wire")
        assert copy["url"] == "https://www.thestar.com/long" and 0.8 <= copy["similarity"] < 1
        [incident] = store.incidents(name="Northern Interaction")
        assert incident.outlets == 2 and incident.independent_outlets == 1
        # another report of the same drill, in its own words, is a report of its own
        other = ingest([write(tmp_path / "c", "ap-drills", REPORTS["ap-drills"])], store)
        assert (other.stored, other.copies) == (1, 0)
        # an edited version from the wire's own URL is a new version, not a copy
        edited = ingest([write(tmp_path / "d", "wire", ("2024-09-12", "https://www.reuters.com/world/long", EDITED))],
                        store)
        assert (edited.updated, edited.copies) == (1, 0)
        assert store.check().clean
