"""Every actor code read wrong in round actors13 (issue #9, dyad precision), with the class of the
error and the codes a reader accepts; verdicts before and after, readings.tsv, and the counts.

    python eval/actors13/verdicts.py before.jsonl after.jsonl [eval/actors13/readings.tsv]

`before.jsonl` / `after.jsonl`: `eval/actors13/dump.py --out` runs at the branch point (f6c757c) and
on this branch. Each entry names an event by document, the start of its sentence, and the role
(source or target) whose code was wrong before; the verdict of a run is "right" when the code is
one the reader accepts, "gone" when the run has no such event (or the role is empty), else
"wrong". Every other event of the 673 coded before was read and its parties' codes found right
(or uncoded), as were the events the branch changed (dump.py --against), listed in README.md.
"""
from __future__ import annotations

import csv
import json
import sys

ANY = None  # the reader accepts any code but the wrong one (e.g. none at all)

# (doc, sentence start, role, class, code read wrong before, codes accepted)
ITEMS = [
    # --- a person's name read as a place (town, capital, country) ---------------------------------
    ("n181", "On June 1, 2007, Melton Lewis Paris", "target", "person as place", "FRAGOV", {"USACVL", "CVL"}),
    ("n181", "Paris had been shot once", "target", "person as place", "FRAGOV", {"USACVL", "CVL"}),
    ("n202", "Hornsburger met Bakari", "target", "person as place", "MYS", ANY),
    ("n209", "Rogers also expressed concern", "source", "person as place", "USA", ANY),
    ("n165", "Rogers discovered a Methamphetamine", "source", "person as place", "USA", ANY),
    ("n210", "Jackson was being held", "target", "person as place", "USA", {"USACVL", "CVL"}),
    ("n211", "Addressing an audience", "source", "person as place", "PAK", {"PSEGOV"}),
    ("n154", "Grisham and Pierce met", "source", "person as place", "USA", ANY),
    ("n122", "Lindsay received $40", "target", "person as place", "USA", ANY),
    ("n198", "Murder victim Matthew Flores", "target", "person as place", "BRACVL", {"USACVL", "CVL"}),
    ("n201", "Ozark police cordoned", "target", "person as role noun", "REL", {"USACVL", "CVL"}),
    ("n201", "Dean Curtis / News-Leader", "target", "person as role noun", "REL", {"USACVL", "CVL", "USABUS", "BUS"}),
    ("n9", "Kellogg later retracted", "source", "surname of a table person", "USAGOV", ANY),
    # --- a common word or a holiday read as a town ---------------------------------------------------
    ("n69", "He is charged with Assault", "target", "word as place", "JORCVL", {"USACVL", "CVL"}),
    ("n20", "On Friday, BA cabin crew", "target", "word as place", "USA", ANY),
    ("n50", "The explosion Sunday morning", "target", "saint's name as place", "USA", ANY),
    # --- a place resolved against the wrong country ---------------------------------------------------
    ("n38", "In another attack, gunmen fired", "target", "place, wrong country", "PAK", {"JOR"}),
    ("n77", "Reanne Morgan 18", "target", "place, wrong country", "CANCVL", {"GBRCVL", "CVL"}),
    ("n66", "They vandalised a number", "target", "place, wrong country", "CANBUS", {"AUSBUS", "BUS"}),
    ("n160", "Terry Lee Jolly, 60, Lebanon", "target", "place, wrong country", "LBNGOV", ANY),
    ("n160", "Jolly, who has no prior", "source", "place, wrong country", "LBNCOP", {"USACOP", "COP"}),
    ("n160", "Lebanon Police and the Boone", "source", "place, wrong country", "LBNCOP", {"USACOP", "COP"}),
    ("n209", "Paris City Council asked", "target", "place, wrong country", "FRAGOV", {"USAEDU", "USAGOV", "EDU"}),
    ("n209", "Dr. Anglin agreed", "source", "place, wrong country", "FRAGOV", {"USAEDU", "USAGOV", "EDU"}),
    ("n202", "XENIA", "source", "place, wrong country", "GEOCVL", {"USACVL", "CVL"}),
    ("n88", "\u201cWe want to help the general public", "source", "place, wrong country", "GBRGOV", {"CANGOV", "GOV"}),
    ("n88", "\u201cNot to oversimplify", "source", "place, wrong country", "GBRGOV", {"CANGOV", "GOV"}),
    ("n88", "\u201cWhen people talk about", "source", "place, wrong country", "GBRGOV", {"CANGOV", "GOV"}),
    ("n88", "City agencies that are part", "source", "place, wrong country", "GBRGOV", {"CANGOV", "GOV"}),
    ("14_3ecbplus", "Man charged with arson", "target", "place, wrong country", "NZLCVL", {"GBRCVL", "CVL"}),
    ("14_6ecbplus", "Police are continuing", "source", "place, wrong country", "NZLCOP", {"GBRCOP", "COP"}),
    ("14_9ecbplus", "Breaking: man charged", "target", "place, wrong country", "NZLCVL", {"GBRCVL", "CVL"}),
    ("14_9ecbplus", "A man has been charged on suspicion", "target", "place, wrong country", "USACVL", {"GBRCVL", "CVL"}),
    ("32_4ecbplus", "A man has been remanded", "target", "place, wrong country", "USACVL", {"GBRCVL", "CVL"}),
    ("32_6ecbplus", "Man charged with murdering", "target", "place, wrong country", "USACVL", {"GBRCVL", "CVL"}),
    ("n56", "Pallister's Costa Rica travels", "target", "place, wrong country", "CRIGOV", ANY),
    ("n84", "VICTORIA - The home", "target", "dateline as party", "CVL", set()),
    # --- the sector of a title, a role noun or a person of a country ---------------------------------
    ("n137", "Dan Adkins, vice president", "source", "company title as GOV", "USAGOV", {"USABUS", "BUS"}),
    ("n137", "He said he does not intend", "source", "company title as GOV", "USAGOV", {"USABUS", "BUS"}),
    ("n137", "Carper said he was told that Adkins", "source", "company title as GOV", "USAGOV", {"USABUS", "BUS"}),
    ("n137", "Adkins acknowledges", "source", "company title as GOV", "USAGOV", {"USABUS", "BUS"}),
    ("n137", "Matt Turner, spokesman", "source", "company title as GOV", "USAGOV", {"USABUS", "BUS"}),
    ("n137", "With the referendum on table games", "target", "company title as GOV", "USAGOV", {"USABUS", "BUS"}),
    ("n6", "Richard Spencer, leader", "target", "institute title as GOV", "USAGOV", ANY),
    ("n104", "A minister of the Evangelical", "target", "church title as GOV", "GOV", {"TURREL", "USAREL", "REL"}),
    ("n104", "WASHINGTON (RNS) Evangelical leaders", "source", "church title as GOV", "GOV", {"USAREL", "REL"}),
    ("n15", "Gomez, a native of Mexico", "target", "person of a country as GOV", "MEXGOV", {"MEXCVL"}),
    ("n60", "David Leslie Hickson, 34", "target", "person of a country as GOV", "NZLGOV", {"NZLCVL"}),
    ("23_11ecbplus", "New Zealand: British Climber", "target", "person of a country as GOV", "GBRGOV", {"GBRCVL"}),
    ("23_6ecbplus", "Australian, English climbers", "target", "person of a country as GOV", "AUSGOV", {"AUSCVL"}),
    ("n86", "Rebels would follow", "target", "person of a country as GOV", "RUSCVL", {"RUSGOV"}),
    ("n98", "Deputies from the Black Hawk", "source", "officers, deputies: MIL, LEG", "LEG", {"USACOP", "COP"}),
    ("n165", "Officer Rogers is in charge", "source", "officers, deputies: MIL, LEG", "USAMIL", {"USACOP", "COP"}),
    ("n66", "Officers say in the last", "source", "officers, deputies: MIL, LEG", "AUSMIL", {"AUSCOP", "COP"}),
    ("n66", "\"We have significant behavioural", "target", "officers, deputies: MIL, LEG", "AUSMIL", ANY),
    ("n72", "Fish & Wildlife officer", "source", "officers, deputies: MIL, LEG", "USAMIL", ANY),
    ("n48", "On Sunday morning, Sen. Marco Rubio", "source", "title in the text overruled", "USAGOV", {"USALEG"}),
    ("n164", "Republican Town Committee", "source", "party official as CVL", "USACVL", {"USAPTY", "PTY"}),
    ("n46", "Following a pay dispute", "target", "sports club as GOV", "QATGOV", ANY),
    ("n120", "Alexandria detectives worked", "target", "organisation name as CRM", "CRM", ANY),
    ("n121", "Egypt proposed a United Nations", "target", "organisation of an act", "SDNJUD", ANY),
    ("8_3ecb", "A Woodburn police officer and state police", "target", "police officer as CVL", "CVL", {"USACOP", "COP"}),
    # --- who a pronoun, a title or a document default stands for ---------------------------------------
    ("n0", "After shooting the ambassador", "target", "reference", "TURGOV", {"RUSGOV"}),
    ("n0", "Karlov was several minutes", "target", "reference", "TURCVL", {"RUSGOV", "RUS", "RUSCVL"}),
    ("n12", "He defied the US", "source", "reference", "USAGOV", {"CUBGOV"}),
    ("n18", "The president urged Mr Trump", "source", "reference", "RUSGOV", {"USAGOV"}),
    ("n45", "They called on the government", "source", "reference", "TUNGOV", ANY),
    ("n60", "A man who fatally stabbed", "target", "reference", "NZLCVL", {"AUSCVL", "CVL"}),
    ("n60", "Hickson was also sentenced", "target", "reference", "NZLCVL", {"AUSCVL", "CVL"}),
    ("n74", "\"Violence of this nature", "source", "reference", "CHNMED", ANY),
    ("n107", "Christopher Burrows", "source", "reference", "USACOP", ANY),
    ("n104", "Brunson, a North Carolina native", "target", "reference", "TURCVL", {"USACVL"}),
]


# Events the branch changed whose codes were not wrong before (no country, or right): (doc,
# sentence start, role, note, verdict before, verdict after), read by hand.
CHANGED = [
    ("18_14ecb", "Vancouver police have arrested", "source", "placed by the document's places", "no country", "right"),
    ("33_5ecb", "Last May, a stray bullet", "target", "placed by the document's places", "no country", "right"),
    ("n24", "But Mr Marra's arrest", "source", "placed by the document's places", "no country", "right"),
    ("n24", "Raffaele Marra was arrested", "target", "placed by the document's places", "no country", "right"),
    ("18_3ecb", "Police allege Eric Allen", "source", "the shooter, not the police (175 -> 180)", "wrong", "uncoded"),
    ("22_11ecbplus", "Female Employee Yvonne Hiller", "source", "the shooter's CVL lost", "right", "uncoded"),
    ("n104", "Brunson, a North Carolina native", "target", "text of the target changed, code not", "wrong", "wrong"),
    ("n48", "On Sunday morning, Sen. Marco Rubio", "target", "'a Tillerson pick' now a target (012 -> 111)", "-",
     "right"),
]


def _load(path: str) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _code(event: dict, role: str) -> str | None:
    party = event.get(role)
    return (party[1] or None) if party else None


def verdict(events: list[dict], item: tuple) -> tuple[str, str, str]:
    """(verdict, code, event) of the item in one run."""
    doc, start, role, _, wrong, accepted = item
    found = [e for e in events if e["doc"] == doc and e["sentence"].startswith(start) and _code(e, role) is not None]
    if not found:
        return "gone", "", ""
    codes = [_code(e, role) for e in found]
    shown = "; ".join(f"{e['code']} {_code(e, 'source') or '-'}->{_code(e, 'target') or '-'}" for e in found)
    if wrong in codes:
        return "wrong", wrong, shown
    if accepted is ANY or all(c in accepted for c in codes):
        return "right", ",".join(codes), shown
    return "wrong", ",".join(codes), shown


def main() -> None:
    before, after = _load(sys.argv[1]), _load(sys.argv[2])
    out = sys.argv[3] if len(sys.argv) > 3 else None
    rows, counts = [], {}
    for item in ITEMS:
        vb, cb, eb = verdict(before, item)
        va, ca, ea = verdict(after, item)
        assert vb == "wrong", (item, vb, cb)  # every entry was read wrong before
        rows.append([item[0], item[1], item[2], item[3], eb, vb, ea, va])
        counts.setdefault(item[3], [0, 0, 0])
        counts[item[3]][0] += 1
        counts[item[3]][1] += va == "wrong"
        counts[item[3]][2] += va == "gone"
    if out:
        with open(out, "w", encoding="utf-8", newline="") as f:
            f.write("# round actors13: every actor code read wrong in the events dump.py prints at f6c757c, "
                    "with its verdict on this branch (python eval/actors13/verdicts.py before.jsonl after.jsonl)\n")
            w = csv.writer(f, delimiter="\t", lineterminator="\n")
            w.writerow(["doc", "sentence", "role", "class", "event before", "verdict before", "event after",
                        "verdict after"])
            w.writerows(rows)
            f.write("# changed by the branch, not read wrong before: doc, sentence, role, note, verdict before, "
                    "verdict after\n")
            w.writerows([list(c) for c in CHANGED])
    print(f"{len(before)} events before, {len(after)} after")
    print(f"{'class':32} wrong before  wrong after  gone after")
    for cls, (n, wrong, gone) in counts.items():
        print(f"{cls:32} {n:12} {wrong:12} {gone:11}")
    total = sum(c[0] for c in counts.values())
    print(f"{'all':32} {total:12} {sum(c[1] for c in counts.values()):12} {sum(c[2] for c in counts.values()):11}")


if __name__ == "__main__":
    main()
