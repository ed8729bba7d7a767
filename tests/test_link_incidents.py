"""Incidents (eventwire/link): events of one happening linked across reports, at ingest,
through the real pipeline and a real SQLite store."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from eventwire import ingest
from eventwire.link.incidents import compatible, dates_compatible
from eventwire.records import Actor, Event, Place
from eventwire.store import Store

REPORTS = {
    # two outlets, one named exercise, different wording
    "reuters-drills": ("2024-09-12", "https://www.reuters.com/world/drills-1",
                       "Russia and China began the joint naval exercise Northern Interaction-2024 in the Sea of "
                       "Japan on 10 September 2024, the Russian defence ministry said."),
    "ap-drills": ("2024-09-11", "https://apnews.com/article/drills-2",
                  "China and Russia launched the Northern Interaction-2024 naval drills in the Sea of Japan on "
                  "Tuesday, with warships and aircraft from both navies."),
    # another dyad
    "ap-okinawa": ("2024-03-05", "https://apnews.com/article/other-3",
                   "The United States and Japan held a joint military exercise near Okinawa on 3 March 2024."),
    # the same dyad and sea, a year and a half earlier
    "reuters-2023": ("2023-03-07", "https://www.reuters.com/world/drills-6",
                     "Russia and China held a joint naval exercise in the Sea of Japan on 5 March 2023."),
}
MONTH = ("2024-10-02", "https://www.scmp.com/news/drills-4",
         "Russia and China held joint naval drills in the Sea of Japan in September 2024.")
CLAIMED = ("2024-10-05", "https://tass.com/politics/5",
           "The Kremlin said that Russian and Chinese warships held joint patrols near Alaska on 4 October 2024.")
LATER = ("2024-09-13", "https://www.aljazeera.com/news/drills-7",
         "Chinese and Russian warships held the Northern Interaction-2024 exercise in the Sea of Japan on Thursday.")


def write(folder: Path, name: str, report: tuple[str, str, str]) -> Path:
    published, url, text = report
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.md"
    path.write_text(f"---\ntitle: {name}\ndate: {published}\nsource_url: {url}\n---\n{text}\n", encoding="utf-8")
    return path


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    for name, report in REPORTS.items():
        write(tmp_path / "in", name, report)
    return tmp_path / "in"


def incident_of(store: Store, document: str) -> str:
    ids = {e.incident_id for e in store.events(document=document)}
    assert len(ids) == 1 and None not in ids, ids
    return ids.pop()


def test_two_reports_of_one_exercise_become_one_incident_and_other_happenings_stay_apart(tmp_path, corpus):
    with Store(tmp_path / "s.db") as store:
        ingest([corpus], store)
        drill = incident_of(store, "reuters-drills")
        assert incident_of(store, "ap-drills") == drill
        assert incident_of(store, "ap-okinawa") != drill  # another dyad
        assert incident_of(store, "reuters-2023") != drill  # far-apart dates
        [incident] = store.incidents(name="Northern Interaction")
        assert incident.id == drill
        assert incident.reports == 2 and incident.outlets == 2
        assert sorted(incident.outlet_names) == ["apnews.com", "reuters.com"]
        assert sorted(incident.documents) == ["ap-drills", "reuters-drills"]
        assert incident.first_reported == "2024-09-11" and incident.last_reported == "2024-09-12"
        assert incident.date == "2024-09-10" and incident.cameo.startswith("06")
        assert {"RUSGOV", "CHNGOV"} <= set(incident.participants)
        # every report stays attached: event, sentence, document, url, title, outlet, published
        urls = {m["url"] for m in incident.mentions}
        assert urls == {REPORTS["reuters-drills"][1], REPORTS["ap-drills"][1]}
        assert all(m["sentence"] and m["title"] and m["published"] for m in incident.mentions)
        assert len(store.incidents()) == 3
        assert store.check().clean


def test_reingest_adds_nothing_and_a_new_report_joins_the_existing_incident(tmp_path, corpus):
    with Store(tmp_path / "s.db") as store:
        ingest([corpus], store)
        before = [(i.id, i.events) for i in store.incidents()]
        summary = ingest([corpus], store)
        assert summary.stored == 0 and summary.duplicates == len(REPORTS)
        assert [(i.id, i.events) for i in store.incidents()] == before
        drill = incident_of(store, "reuters-drills")
        ingest([write(tmp_path / "later", "aljazeera-drills", LATER)], store)
        assert incident_of(store, "aljazeera-drills") == drill
        [incident] = store.incidents(name="Northern Interaction")
        assert incident.reports == 3 and incident.outlets == 3
        assert len(store.incidents()) == len(before)
        assert store.check().clean


def test_a_month_precision_date_links_with_a_day_inside_it(tmp_path, corpus):
    with Store(tmp_path / "s.db") as store:
        ingest([corpus], store)
        ingest([write(tmp_path / "m", "scmp-month", MONTH)], store)
        [event] = store.events(document="scmp-month")
        assert event.date == "2024-09"
        assert event.incident_id == incident_of(store, "reuters-drills")
        assert event.incident_id != incident_of(store, "reuters-2023")


def test_claim_only_incidents_are_flagged_with_whose_claim(tmp_path, corpus):
    with Store(tmp_path / "s.db") as store:
        ingest([corpus, write(tmp_path / "c", "tass-patrol", CLAIMED)], store)
        [patrol] = store.incidents(document="tass-patrol")
        assert patrol.claim_only and patrol.claimed_by and patrol.claimed_by[0].startswith("RUS")
        [okinawa] = store.incidents(document="ap-okinawa")
        assert not okinawa.claim_only and okinawa.claimed_by == []


def test_check_finds_and_repair_relinks_events_without_an_incident(tmp_path, corpus):
    with Store(tmp_path / "s.db") as store:
        ingest([corpus], store)
        before = sorted((i.id, tuple(sorted(i.events))) for i in store.incidents())
        store._conn.execute("UPDATE events SET incident_id = NULL")  # as a store before schema 6
        store._conn.execute("INSERT INTO incidents(id, cameo_root, created_at) VALUES ('i:gone', '06', 'x')")
        report = store.check()
        assert report.found["events without an incident"] == 4 and report.found["incidents without events"] >= 1
        assert store.check(repair=True).fixed
        assert store.check().clean
        assert sorted(len(e) for _, e in before) == sorted(len(i.events) for i in store.incidents())


# --- the rule, on hand-built events ---------------------------------------------------------------
RUS, CHN, USA = (Actor(c, c + "GOV", c, "GOV") for c in ("RUS", "CHN", "USA"))


def ev(cameo="062", source=RUS, target=CHN, date="2024-09-10", names=(), places=(), participants=()):
    return Event("d:e1", "d:s1", "x", (0, 1), cameo, None, None, None, source, target,
                 participants=list(participants), date=date, names=list(names), locations=list(places))


def test_rule_code_family_actors_dates_places_and_names():
    assert compatible(ev(), ev(cameo="150"))  # exercises: 06 and 15 together
    assert not compatible(ev(), ev(cameo="190"))
    assert not compatible(ev(), ev(source=USA))  # another dyad
    assert compatible(ev(), ev(target=Actor("someone")))  # an uncoded actor matches anything
    nobody = Actor("unknown gunmen")
    other = dict(source=nobody, target=None)
    # no coded party: across reports not on date and family alone ...
    assert not compatible(ev(**other), replace(ev(**other), sentence_id="e:s1"))
    # ... but within one report, or across reports naming the same person or place that day
    assert compatible(ev(**other), replace(ev(**other), sentence_id="d:s4"))
    people = {"d": frozenset({"smith"}), "e": frozenset({"smith", "jones"}), "f": frozenset({"brown"})}
    assert compatible(ev(**other), replace(ev(**other), sentence_id="e:s1"), people)
    assert not compatible(ev(**other), replace(ev(**other), sentence_id="f:s1"), people)
    town = Place("Kokomo", "USA", 40.49, -86.13)
    assert compatible(ev(**other, places=[town]), replace(ev(**other, places=[town]), sentence_id="f:s1"))
    assert not compatible(ev(**other, places=[town]), replace(ev(**other, places=[town], date="2024-09-14"),
                                                              sentence_id="f:s1"))
    # uncoded happenings by their trigger's family: a death is not an injury
    killed, died, hurt = (replace(ev(cameo="", **other), trigger=t) for t in ("kill", "die", "wound"))
    assert compatible(killed, died) and not compatible(killed, hurt)
    assert compatible(ev(date="2024-09"), ev(date="2024-09-30")) and not compatible(ev(date="2024-08"), ev())
    assert compatible(ev(date="2024-09-11"), ev()) and not compatible(ev(date="2024-09-13"), ev())
    assert not compatible(ev(date=None), ev(date=None))  # undated: only through a shared name
    assert compatible(ev(date=None, names=["Okean-2024"]), ev(names=["OKEAN 2024"]))
    assert compatible(ev(date="2024-09-30", names=["Okean-2024"]), ev(names=["okean-2024"]))
    sea = Place("Sea of Japan", None, 40.0, 135.0)
    baltic = Place("Baltic Sea", None, 58.0, 20.0)
    assert compatible(ev(places=[sea]), ev(places=[sea])) and not compatible(ev(places=[sea]), ev(places=[baltic]))
    joint = dict(source=RUS, target=CHN, participants=[RUS, CHN])
    assert compatible(ev(**joint), ev(source=CHN, target=None))
    assert not compatible(ev(**joint), ev(source=USA, target=None))
    assert dates_compatible("2024", "2024-12-31", 0) and not dates_compatible("2024", "2025-01-02", 0)


def test_a_new_version_of_a_report_moves_its_events_and_leaves_no_empty_incident(tmp_path, corpus):
    with Store(tmp_path / "s.db") as store:
        ingest([corpus], store)
        drill = incident_of(store, "reuters-drills")
        # the AP page is edited into a report of something else; the Okinawa page disappears into it
        published, url, _ = REPORTS["ap-drills"]
        write(corpus, "ap-drills", (published, url, "Iran and Iraq signed a border security agreement in "
                                                     "Baghdad on 10 September 2024."))
        write(corpus, "ap-okinawa", (REPORTS["ap-okinawa"][0], REPORTS["ap-okinawa"][1],
                                     "The United States and Japan held talks in Tokyo on 3 March 2024."))
        summary = ingest([corpus], store)
        assert summary.updated == 2
        [incident] = store.incidents(name="Northern Interaction")
        assert incident.id == drill and incident.documents == ["reuters-drills"] and incident.reports == 1
        assert incident_of(store, "ap-drills") != drill
        # the old exercise's incident went with its only event; the talks start their own (an id,
        # once free, may be taken again)
        [talks] = store.incidents(document="ap-okinawa")
        assert talks.reports == 1 and not talks.cameo.startswith("06")
        assert store._conn.execute("SELECT count(*) FROM incidents").fetchone()[0] == len(store.incidents())
        assert store.check().clean


SHOOTINGS = {
    "gazette-shooting": ("2024-05-02", "https://www.gazette.example/news/1",
                         "Unknown attackers shot dead a shopkeeper, Tom Hadley, outside his store on Wednesday. "
                         "The attackers fled and no group has claimed the killing."),
    "courier-shooting": ("2024-05-03", "https://www.courier.example/news/2",
                         "A shopkeeper, Tom Hadley, was shot dead by unknown attackers on Wednesday, his brother said. "
                         "Nobody has been arrested over the killing."),
    "courier-other": ("2024-05-03", "https://www.courier.example/news/3",
                      "Unknown attackers shot dead a taxi driver, Sam Brennick, on Wednesday. "
                      "The attackers fled and no group has claimed the killing."),
}


def test_reports_of_a_shooting_by_no_one_named_link_through_the_person_they_name(tmp_path):
    for name, report in SHOOTINGS.items():
        write(tmp_path / "in", name, report)
    with Store(tmp_path / "s.db") as store:
        ingest([tmp_path / "in"], store)
        people = dict(store._conn.execute("SELECT document_id, group_concat(name) FROM document_people"
                                          " GROUP BY document_id"))
        assert people["gazette-shooting"] == "hadley" and people["courier-other"] == "brennick"
        hadley = incident_of(store, "gazette-shooting")
        assert incident_of(store, "courier-shooting") == hadley
        assert incident_of(store, "courier-other") != hadley
        assert store.check().clean
