"""Write eval/events_prec11/readings.tsv from the round-11 verdicts and print the counts.

    PYTHONHASHSEED=0 python eval/events_prec11/dump.py --out before.jsonl   # on the code before (f0fe056)
    PYTHONHASHSEED=0 python eval/events_prec11/dump.py --out after.jsonl    # on this branch
    python eval/events_prec11/verdicts.py before.jsonl after.jsonl eval/events_prec11/readings.tsv

V holds the verdict of every stated event of the "before" run, document by document in the order dump.py
prints them (R = root right by eval/events_gold.md, events_blind.md and events_news.md, with a note for a
wrong or uncoded party or doubt; W = wrong, with its class). An event of the "after" run with the same
sentence and event line keeps its verdict; NEW holds the verdicts of the events the round's changes
recoded. An event neither covers stops the script: read it and add its verdict.
"""
import collections
import json
import sys

V = {
"tr:13": "W:not-an-event(feared-not-asserted;fears-Russia-is-hacking) R:party(target-Stein-uncoded)",
"tr:43": "R:doubt(labour-strike-prepared-133) W:not-an-event(business;pay-offer-rejected-by-union-members)",
"tr:45": "R:history(first-to-ratify) R:party(source-activists-coded-TUNGOV)",
"tr:61": "W:right-act-wrong-root(withdraw-a-state-from-a-partnership-035-not-127)",
"tr:87": "R:party R W:not-an-event(label;stand-against-the-killing) R:party(victims-as-source)",
"tr:107": "W:right-act-wrong-root(supplied-information-072-not-064) R:party W:not-an-event(purpose-clause;hired-to-investigate;business) R R:doubt(sports-body-officials-resign-083) R R R:doubt(dismissed-reports-120-or-016)",
"tr:113": "W:not-an-event(disaster;villages-destroyed-by-earthquakes)",
"lgl:22": "R R R W:not-an-event(description;neutral-refusing-to-take-sides) R:party(title-Minister-geocoded-DEU) W:not-an-event(characterisation-in-a-quote;this-is-a-barbaric-attack)",
"lgl:101": "R R",
"lgl:209": "R:party(OSCE-envoy-coded-GEOGOV) R",
"lgl:220": "R R W:not-an-event(participle;payments-agreed-to-in-the-future) R W:not-an-event(business;company-committed-to-bonuses) W:not-an-event(rhetorical;the-people-demand)",
"lgl:263": "R:party(Lebanese-army-coded-PSEMIL) R:doubt(clan-fight-190-or-180) R:party(Lebanese-army-coded-PSEMIL)",
"lgl:478": "W:right-act-wrong-root+wrong-actor(headline-source-before-colon-as-doer;car-bomb-190-not-183) R R:party(reporting-officials-as-doer;ISR-from-Shaab) R R:doubt(attack-190-or-183) R",
"lgl:479": "R W:not-an-event(demanded-act;demand-that-X-step-down) R:history",
"lgl:490": "R R:doubt(state-officials-negotiate) W:not-an-event(a-board's-own-sitting-036)",
"lgl:532": "R W:right-act-wrong-root(warned-that-much-remained-130-not-012) R:history",
"lgl:544": "W:right-act-wrong-root(court-dismissed-claims-016-not-12) W:right-act-wrong-root(court-dismissed-claims-016-not-12) R R:party W:not-an-event(entitled-to-detain)",
"lgl:562": "R:doubt(political-help-070)+party R:party(talks-with-foreign-leaders) W:right-act-wrong-root(is-to-make-a-visit-042-not-036) W:right-act-wrong-root(scheduled-to-meet-040-not-036)",
"lgl:563": "R R:history W:not-an-event(generic;we-negotiate-the-relations) R W:not-an-event(description;trying-to-find-solutions)",
"x:fde930b01859": "R W:not-an-event(business;company-denied-claims) W:not-an-event(business;PR-director-threatening-legal-action)",
"x:b0cf2bbf0192": "W:not-an-event(domestic-industrial-policy;unveiled-a-plan) W:not-an-event(domestic-industrial-policy;wants-to-help-manufacturers) W:not-an-event(description;hosts-manufacturers)",
"x:ba4dfe2d3e81": "W:not-an-event(disease;Black-Death-killing)",
"x:921019755f4a": "W:not-an-event(sport;manager-sacked-by-a-club)",
"x:65408257dbe4": "W:not-an-event(advertisement;offers-you)",
}
NEW = {
    ("lgl:532", "012"): ("R", "warned-that-012"),
    ("lgl:544", "120"): ("R", "court-dismissed-claims-120"),
    ("lgl:562", "036"): ("R", "is-to-make-a-visit-036"),
    ("tr:107", "064"): ("R", "supplied-information-064"),
    ("tr:61", "127"): ("R", "withdraw-from-a-partnership-127;party(the-US-as-target)"),
    ("lgl:478", "183"): ("R", "car-bomb-183;headline-source-dropped"),
    ("lgl:22", "180"): ("R", "victims-no-longer-DEU"),
}


def stated(path):
    with open(path, encoding="utf-8") as f:
        return [r for r in map(json.loads, f) if r["stated"]]


def wrong_class(note: str) -> str:
    """ "not-an-event(business;...)" -> "not-an-event: business"."""
    kind, _, rest = note.partition("(")
    return f"{kind}: {rest.split(';')[0].rstrip(')')}" if rest else kind


def write_readings(verdicts: dict, new: dict, reading: str, before_path: str, after_path: str, out_path: str,
                   by_class: bool = False) -> None:
    """Join the "before" run's events with their `verdicts` (document -> verdicts in order) and the
    "after" run's with the verdict of the same event before, else `new` ((document, code) -> (verdict,
    note)); write the readings file (`reading` says what was read) and print the counts. Round 12's
    script calls this too."""
    before, after = stated(before_path), stated(after_path)
    out = ["# run\tverdict\tnote\tdocument\tsentence\tevent\ttext",
           f"# {reading} judged against eval/events_gold.md, events_blind.md and events_news.md; R = root right "
           "(note: a wrong or uncoded party, or doubt), W = wrong (note: class)"]
    judged, by_doc = {}, {}
    for r in before:
        by_doc.setdefault(r["doc"], []).append(r)
    assert set(by_doc) == set(verdicts), set(verdicts) ^ set(by_doc)
    for doc, rs in by_doc.items():
        vs = verdicts[doc].split()
        assert len(vs) == len(rs), (doc, len(vs), len(rs))
        for r, v in zip(rs, vs):
            verdict, _, note = v.partition(":")
            judged[(r["doc"], r["sentence"], r["event"])] = (verdict, note)
            out.append("\t".join(["before", verdict, note, r["doc"], str(r["s"]), r["event"], r["sentence"]]))
    for r in after:
        k = (r["doc"], r["sentence"], r["event"])
        verdict, note = judged[k] if k in judged else new[(r["doc"], r["event"][:3])]
        out.append("\t".join(["after", verdict, note, r["doc"], str(r["s"]), r["event"], r["sentence"]]))
    with open(out_path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    for run in ("before", "after"):
        rows = [line.split("\t") for line in out if line.startswith(run + "\t")]
        right = sum(r[1] == "R" for r in rows)
        print(f"{run}: {len(rows)} stated events, {right} right, {len(rows) - right} wrong, "
              f"precision by reading {right / len(rows):.3f}")
        if by_class:
            classes = collections.Counter(wrong_class(r[2]) for r in rows if r[1] == "W")
            print("  wrong by class: " + ", ".join(f"{c} {n}" for c, n in classes.most_common()))


def main() -> None:
    write_readings(V, NEW, "round 11 reading: every stated event of eval/events_prec11/documents.txt", *sys.argv[1:4])


if __name__ == "__main__":
    main()
