"""Issue 11 acceptance: five reports of one drill from four outlets (one a word-for-word wire copy)
and a report of another drill, through the real pipeline into a real store: one incident with three
independent outlets, a separate second incident, and nothing new on re-ingest."""
from __future__ import annotations

from pathlib import Path

from eventwire import ingest
from eventwire.link.incidents import family
from eventwire.store import Store

WIRE = ("Russian and Chinese warships began the Northern Interaction-2024 joint naval exercise in the Sea of "
        "Japan on Tuesday, Russia's defence ministry said. More than 400 sailors and 15 ships from the two "
        "navies will practise anti-submarine warfare and air defence during the drills, the ministry added.")
REPORTS = {
    # the wire story as filed, and the same text carried word for word by a second outlet
    "reuters": ("2024-09-10", "https://www.reuters.com/world/asia-pacific/russia-china-drills-2024-09-10/",
                "Russia, China start naval drills in Sea of Japan", WIRE),
    "straitstimes": ("2024-09-10", "https://www.straitstimes.com/asia/east-asia/russia-china-naval-drills",
                     "Russia, China start naval drills", WIRE),
    # the same drill in the words of other outlets
    "apnews": ("2024-09-10", "https://apnews.com/article/russia-china-navy-exercise-northern-interaction",
               "China and Russia launch joint naval exercise",
               "China and Russia launched the Northern Interaction-2024 naval exercise in the Sea of Japan on "
               "Tuesday. Warships and aircraft from both countries are taking part, China's defence ministry "
               "said in a statement."),
    "aljazeera": ("2024-09-11", "https://www.aljazeera.com/news/2024/9/11/china-russia-navy-drills",
                  "Chinese and Russian navies hold drills near Japan",
                  "Chinese and Russian naval forces held the Northern Interaction-2024 exercise in the Sea of "
                  "Japan on September 10, as Japan's government said it was watching the manoeuvres closely."),
    "apnews-later": ("2024-09-12", "https://apnews.com/article/china-russia-drills-second-day",
                     "Russian, Chinese warships continue drills in Sea of Japan",
                     "On Wednesday Russian and Chinese warships conducted anti-submarine drills in the Sea of "
                     "Japan as part of the Northern Interaction-2024 exercise, the Russian navy said."),
}
OTHER = ("tass-2023", ("2023-07-21", "https://tass.com/defense/north-security-2023",
                       "Russian, Chinese navies hold North/Interaction-2023 drills",
                       "Russian and Chinese warships held the North/Interaction-2023 naval exercise in the Sea "
                       "of Japan on 20 July 2023, the Russian Pacific Fleet said."))


def write(folder: Path, name: str, report: tuple[str, str, str, str]) -> None:
    published, url, title, text = report
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.md").write_text(f"---\ntitle: {title}\ndate: {published}\nsource_url: {url}\n---\n{text}\n",
                                       encoding="utf-8")


def drill_incidents(store: Store) -> list:
    return [i for i in store.incidents() if (i.cameo or "")[:2] in family("06")]


def test_five_reports_of_one_drill_are_one_incident_with_three_independent_outlets(tmp_path):
    for name, report in REPORTS.items():
        write(tmp_path / "in", name, report)
    write(tmp_path / "in", *OTHER)
    with Store(tmp_path / "s.db") as store:
        ingest([tmp_path / "in"], store)
        drills = drill_incidents(store)
        assert len(drills) == 2, [(i.id, i.documents) for i in drills]
        one = next(i for i in drills if "reuters" in i.documents)
        other = next(i for i in drills if i is not one)
        # the copy is kept as a report of the wire story, not coded again
        assert set(one.documents) == {"reuters", "apnews", "aljazeera", "apnews-later"}
        assert [c["outlet"] for c in one.copies] == ["straitstimes.com"]
        assert sorted(one.outlet_names) == ["aljazeera.com", "apnews.com", "reuters.com", "straitstimes.com"]
        assert one.outlets == 4 and one.independent_outlets == 3
        assert one.first_reported == "2024-09-10" and one.last_reported == "2024-09-12"
        assert other.documents == ["tass-2023"] and other.independent_outlets == 1
        before = ([i.to_dict() for i in store.incidents()], len(store.events()), store.stats())
        ingest([tmp_path / "in"], store)  # again: nothing changes
        assert ([i.to_dict() for i in store.incidents()], len(store.events()), store.stats()) == before
