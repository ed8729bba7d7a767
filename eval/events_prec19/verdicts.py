"""Verdicts on the stated events of a dump (eval/events_round9/dump.py --out), read by hand against
eval/events_gold.md and eval/events_blind.md (actors in context, as events_blind.md rule A).

    python eval/events_prec19/verdicts.py eval/events_prec19/tuned_before.jsonl --out eval/events_prec19/tuned_before.tsv

Classes: R right; RT wrong root; WA wrong actor (source/target/country/sector); NE not an event; DUP duplicate.
Events not listed in VERDICTS are R (each was read). Keys: (the start of the document's name, sentence,
CAMEO code, trigger); the note says why.
"""
from __future__ import annotations

import argparse
import json
import re
from collections import Counter

VERDICTS = {
    # doc 0 Biden-Putin call 2021
    ("wh-2021-01-26-readout-of-president-joseph-r-bide", 5, "130", "act"): ("WA", "threat in response to actions by Russia: target RUS missing"),
    # doc 1 remarks to DoD personnel
    ("wh-2021-02-10-remarks-by-president-biden-to-depa", 5, "043", "welcoming"): ("WA", "Austin (USAGOV) welcomed the VP: target USAMIL"),
    ("wh-2021-02-10-remarks-by-president-biden-to-depa", 16, "032", "defend"): ("NE", "purpose clause 'to defend'"),
    ("wh-2021-02-10-remarks-by-president-biden-to-depa", 24, "031", "work"): ("NE", "working with one's own Secretary"),
    ("wh-2021-02-10-remarks-by-president-biden-to-depa", 28, "060", "worked"): ("NE", "worked with our own ambassador (biography)"),
    ("wh-2021-02-10-remarks-by-president-biden-to-depa", 56, "012", "worried"): ("NE", "private worry, no political comment"),
    ("wh-2021-02-10-remarks-by-president-biden-to-depa", 66, "100", "issued the order"): ("NE", "an order to one's own forces is no demand"),
    ("wh-2021-02-10-remarks-by-president-biden-to-depa", 84, "154", "deployed"): ("NE", "participial modifier 'our troops deployed around the world'"),
    # doc 4 disinformation statement
    ("wh-2022-03-05-statement-by-nsc-spokesperson-emil", 1, "120", "reject"): ("NE", "purpose clause 'to reject efforts'; source wrong"),
    ("wh-2022-03-05-statement-by-nsc-spokesperson-emil", 2, "070", "provided critical assistance"): ("WA", "the United States provided it, not Russia"),
    ("wh-2022-03-05-statement-by-nsc-spokesperson-emil", 10, "032", "stand"): ("RT", "'will continue to ... stand with' is 051 support"),
    # doc 6 Harris-Yoon
    ("wh-2022-09-29-readout-of-vice-president-harriss-", 8, "040", "discussed"): ("WA", "discussion topic China taken as target"),
    # doc 7 annexation
    ("wh-2022-09-30-statement-from-president-biden-on-", 10, "020", "reject"): ("WA", "appeal to the international community: target RUS is the content"),
    ("wh-2022-09-30-statement-from-president-biden-on-", 10, "022", "stand"): ("DUP", "second content of the same 'I urge'"),
    # doc 8 Biden-Yoon 2022
    ("wh-2022-11-13-readout-of-president-joe-bidens-me", 1, "195", "launch"): ("NE", "missile test inside what is condemned, and no air strike"),
    ("wh-2022-11-13-readout-of-president-joe-bidens-me", 4, "040", "discussed"): ("WA", "'the two leaders' KORGOV->GOV, should be USAGOV+KORGOV"),
    # doc 10 ROK state visit
    ("wh-2023-04-26-fact-sheet-republic-of-korea-state", 5, "040", "discuss"): ("NE", "purpose clause: 'launched an NCG to discuss'"),
    ("wh-2023-04-26-fact-sheet-republic-of-korea-state", 5, "060", "cooperate"): ("NE", "purpose clause: 'to ... cooperate'"),
    ("wh-2023-04-26-fact-sheet-republic-of-korea-state", 8, "154", "Deployments"): ("NE", "heading word, the commitment is coded"),
    ("wh-2023-04-26-fact-sheet-republic-of-korea-state", 33, "033", "support"): ("NE", "money for one's own industry's investments"),
    ("wh-2023-04-26-fact-sheet-republic-of-korea-state", 38, "032", "sign a joint statement"): ("WA", "source 'Joint Efforts' (heading); the two nations"),
    ("wh-2023-04-26-fact-sheet-republic-of-korea-state", 38, "070", "support"): ("DUP", "part of the same commitment; target USAGOV wrong"),
    ("wh-2023-04-26-fact-sheet-republic-of-korea-state", 40, "154", "reinforces"): ("NE", "a dialogue reinforcing a commitment"),
    ("wh-2023-04-26-fact-sheet-republic-of-korea-state", 45, "060", "collaborating"): ("NE", "inside the restrictive relative describing the framework"),
    ("wh-2023-04-26-fact-sheet-republic-of-korea-state", 49, "090", "conduct a joint study"): ("RT", "a joint study is intended cooperation (03), not an investigation"),
    ("wh-2023-04-26-fact-sheet-republic-of-korea-state", 50, "060", "strengthen space and cyber cooperation"): ("RT", "'committed to strengthen cooperation' is 03"),
    ("wh-2023-04-26-fact-sheet-republic-of-korea-state", 59, "030", "committed"): ("WA", "KOICA (KORGOV) and USAID not coded"),
    ("wh-2023-04-26-fact-sheet-republic-of-korea-state", 59, "060", "cooperate"): ("DUP", "second infinitive of the same commitment"),
    ("wh-2023-04-26-fact-sheet-republic-of-korea-state", 62, "051", "support"): ("RT", "signed an MOU (057); 'to support' is its purpose"),
    ("wh-2023-04-26-fact-sheet-republic-of-korea-state", 68, "064", "cooperate"): ("RT", "renewed an MOU (057); 'to cooperate' is its purpose"),
    # doc 11 Biden-Zelenskyy
    ("wh-2023-09-21-remarks-by-president-biden-and-pre", 23, "070", "support"): ("RT", "support for a diplomatic effort is political (051/03), no aid"),
    ("wh-2023-09-21-remarks-by-president-biden-and-pre", 33, "033", "tanks will be delivered"): ("WA", "USA tanks delivered to Ukraine: target UKR, not USAMIL"),
    # doc 13 co-production fact sheet
    ("wh-2023-12-06-fact-sheet-the-white-house-announc", 1, "072", "contributes"): ("NE", "restrictive relative inside a purpose ('seek to advance a base that ...')"),
    ("wh-2023-12-06-fact-sheet-the-white-house-announc", 6, "057", "signed a Statement"): ("WA", "'Ministry of Defence of Ukraine' coded GBRMIL"),
    ("wh-2023-12-06-fact-sheet-the-white-house-announc", 9, "064", "provided Ukraine with technical data"): ("WA", "source USABUS: the Department of Defense (USAGOV) and industry"),
    # doc 14 NSA trilateral
    ("wh-2023-12-08-readout-of-national-security-advis", 4, "040", "discussed"): ("WA", "discussion topic DPRK taken as target"),
    ("wh-2023-12-08-readout-of-national-security-advis", 7, "051", "praised the courageous work"): ("WA", "'He' = Sullivan (USAGOV), coded GOV"),
    # doc 15 NSA call
    ("wh-2023-12-17-readout-of-national-security-advis", 2, "0312", "agreed"): ("RT", "'agreed that X was ...' is accord with a view (019), no intention"),
    ("wh-2023-12-17-readout-of-national-security-advis", 4, "064", "share missile warning data"): ("NE", "the importance of their work to share (a label)"),
    # doc 18 Iran attack statement
    ("wh-2024-04-13-statement-from-president-joe-biden", 4, "051", "reaffirm America’s ironclad commitment"): ("NE", "purpose clause 'to reaffirm'"),
    # doc 19 NATO summit 2024
    ("wh-2024-07-10-fact-sheet-the-2024-nato-summit-in", 0, "017", "marking the historic 75th Anniversary"): ("NE", "an anniversary marked is no act"),
    ("wh-2024-07-10-fact-sheet-the-2024-nato-summit-in", 4, "051", "reiterating their commitment"): ("WA", "commitment that Ukraine's future is in NATO: target UKR, not USAGOV"),
    ("wh-2024-07-10-fact-sheet-the-2024-nato-summit-in", 5, "032", "defend"): ("NE", "purpose: 'ensuring Allies are prepared to ... defend'"),
    ("wh-2024-07-10-fact-sheet-the-2024-nato-summit-in", 24, "032", "appoint a senior civilian representative"): ("WA", "target UKRCVL ('civilian' is the envoy's kind)"),
    ("wh-2024-07-10-fact-sheet-the-2024-nato-summit-in", 55, "051", "endorsed"): ("RT", "Allies adopting objectives is 057 (events_blind.md)"),
    ("wh-2024-07-10-fact-sheet-the-2024-nato-summit-in", 75, "057", "updated NATO’s Counterterrorism guidelines"): ("WA", "target the actor itself"),
    # doc 20 IPP contributions
    ("wh-2024-07-11-fact-sheet-united-states-welcomes-", 9, "053", "built a global coalition"): ("WA", "target RUS from 'in response to Russia's war'"),
    ("wh-2024-07-11-fact-sheet-united-states-welcomes-", 14, "080", "allow"): ("NE", "generic: partnerships allow sharing"),
    ("wh-2024-07-11-fact-sheet-united-states-welcomes-", 14, "064", "share expertise"): ("NE", "generic: partnerships allow sharing"),
    ("wh-2024-07-11-fact-sheet-united-states-welcomes-", 21, "072", "assistance"): ("WA", "a total 'to Ukraine': target missing"),
    ("wh-2024-07-11-fact-sheet-united-states-welcomes-", 25, "163", "imposed"): ("WA", "'the Government' is Australia's (context), coded USAGOV"),
    # doc 21 Biden-IPP
    ("wh-2024-07-11-readout-of-president-bidens-meetin", 5, "012", "expressed grave concern"): ("RT", "concern over X's acts is 111 (events_blind.md)"),
    ("wh-2024-07-11-readout-of-president-bidens-meetin", 6, "040", "discussed"): ("WA", "discussion topic taken as target (RUS)"),
    ("wh-2024-07-11-readout-of-president-bidens-meetin", 10, "043", "welcomed"): ("RT", "welcomed that others intend to meet: 051, no host"),
    # doc 24 Harris on Iran
    ("wh-2024-10-01-remarks-by-vice-president-harris-o", 7, "072", "support"): ("RT", "'I fully support the President's order' is endorsement 051"),
    ("wh-2024-10-01-remarks-by-vice-president-harris-o", 7, "190", "targeting"): ("NE", "participial modifier 'missiles targeting Israel'"),
    # doc 25 Sullivan-Shin
    ("wh-2024-10-25-readout-of-national-security-advis", 4, "040", "discussed"): ("WA", "discussion topic DPRK taken as target"),
    ("wh-2024-10-25-readout-of-national-security-advis", 9, "050", "expanded into a truly global partnership"): ("NE", "a relationship's growth, no act"),
    ("wh-2024-10-25-readout-of-national-security-advis", 10, "030", "agreed"): ("RT", "'agreed that the Alliance is poised' is 019"),
    # doc 26 sanctions statement
    ("wh-2025-01-10-statement-from-deputy-national-sec", 16, "163", "sanctioned"): ("DUP", "state 'are now sanctioned' of the sanctions coded before"),
    ("wh-2025-01-10-statement-from-deputy-national-sec", 30, "190", "invasion"): ("NE", "onset dating something else ('Shortly after Russia's invasion')"),
    # doc 27 Indo-Pacific
    ("wh-2025-01-10-the-united-states-enduring-commitm", 7, "110", "challenged over a dozen excessive maritime claims"): ("WA", "'DoD' not resolved (USAGOV)"),
    ("wh-2025-01-10-the-united-states-enduring-commitm", 36, "060", "Deepening cooperation"): ("NE", "bold heading"),
    ("wh-2025-01-10-the-united-states-enduring-commitm", 46, "070", "support"): ("DUP", "same 'support' as the 051"),
    ("wh-2025-01-10-the-united-states-enduring-commitm", 50, "072", "support"): ("NE", "purpose: 'launched a program to support'"),
    ("wh-2025-01-10-the-united-states-enduring-commitm", 70, "154", "deployed"): ("RT", "technology deployed is no force deployment"),
    ("wh-2025-01-10-the-united-states-enduring-commitm", 90, "050", "Forging deeper ties"): ("NE", "bold heading"),
    ("wh-2025-01-10-the-united-states-enduring-commitm", 92, "190", "battle"): ("WA", "DPRK forces entering battle: source PRKMIL missing"),
    ("wh-2025-01-10-the-united-states-enduring-commitm", 100, "060", "worked"): ("WA", "source TZA: DoD/USAID are USA"),
    ("wh-2025-01-10-the-united-states-enduring-commitm", 100, "073", "deliver humanitarian relief"): ("WA", "source TZA"),
}


# Events of the after-dump that the before-dump did not have (read the same way), and one whose reading
# changes because its companion went: "We support a strong and independent ASEAN" keeps only 070, no longer
# a duplicate of the 051 the heading guard dropped, but a wrong root.
AFTER = {
    ("wh-2023-04-26-fact-sheet-republic-of-korea-state", 62, "057", "signed an MOU"):
        ("WA", "'The organizations' (USAID's and KOICA's partners) not coded"),
    ("wh-2025-01-10-the-united-states-enduring-commitm", 46, "070", "support"):
        ("RT", "support for ASEAN's independence is 051, no aid"),
    # the actor faults of the before-dump mended (same trigger, new parties)
    ("wh-2022-09-29-readout-of-vice-president-harriss-", 8, "040", "discussed", "USAGOV->-"): ("R", "topic no target"),
    ("wh-2023-12-08-readout-of-national-security-advis", 4, "040", "discussed", "USAGOV->-"): ("R", "topic no target"),
    ("wh-2024-07-11-readout-of-president-bidens-meetin", 6, "040", "discussed", "USAGOV->KORGOV"): ("R", "the leaders met"),
    ("wh-2024-10-25-readout-of-national-security-advis", 4, "040", "discussed", "USAGOV->-"): ("R", "topic no target"),
    ("wh-2023-12-06-fact-sheet-the-white-house-announc", 6, "057", "signed a Statement", "USAMIL->UKRMIL"): ("R", ""),
    ("wh-2025-01-10-the-united-states-enduring-commitm", 7, "110", "challenged over a dozen excessive maritime claims",
     "USAMIL->-"): ("R", "DoD"),
    ("wh-2025-01-10-the-united-states-enduring-commitm", 100, "060", "worked", "USAMIL->PHLGOV"): ("R", "DoD"),
    ("wh-2025-01-10-the-united-states-enduring-commitm", 100, "073", "deliver humanitarian relief", "USAMIL->-"):
        ("R", "DoD"),
}

def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("dump")
    ap.add_argument("--out")
    ap.add_argument("--verdicts", default=None, help="python file holding another VERDICTS dict")
    ap.add_argument("--after", action="store_true", help="also the verdicts on events new after the round (AFTER)")
    args = ap.parse_args()
    verdicts = VERDICTS
    if args.verdicts:
        ns: dict = {}
        exec(open(args.verdicts, encoding="utf-8").read(), ns)
        verdicts = ns["VERDICTS"]
    if args.after:
        verdicts = {**verdicts, **AFTER}
    rows = [json.loads(l) for l in open(args.dump, encoding="utf-8")]
    docs: list[str] = []
    out, counts, used = [], Counter(), set()
    for r in rows:
        if r["doc"] not in docs:
            docs.append(r["doc"])
        if not r["stated"]:
            continue
        code = r["event"].split()[0]
        trigger = re.search(r"\[(.*)\]$", r["event"]).group(1)
        pair = r["event"].split()[1]
        doc = next((k[0] for k in verdicts if r["doc"].startswith(k[0])), r["doc"])
        long_key = (doc, r["s"], code, trigger, pair)
        key = long_key if long_key in verdicts else (doc, r["s"], code, trigger)
        cls, note = verdicts.get(key, ("R", ""))
        used.add(key) if key in verdicts else None
        counts[cls] += 1
        out.append("\t".join([r["doc"], str(r["s"]), r["event"], cls, note]))
    for key in set(verdicts) - used:
        print("verdict not used:", key)
    n = sum(counts.values())
    print(f"{n} stated events: " + ", ".join(f"{k} {counts[k]}" for k in ("R", "RT", "WA", "NE", "DUP")),
          f"precision (R/stated) {counts['R'] / n:.3f}; root right (R+WA) {(counts['R'] + counts['WA']) / n:.3f}")
    if args.out:
        with open(args.out, "w", encoding="utf-8") as f:
            f.write("doc\tsentence\tevent\tverdict\tnote\n" + "\n".join(out) + "\n")


if __name__ == "__main__":
    main()
