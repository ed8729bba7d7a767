"""Write eval/events_round10/readings.tsv from the round-10 verdicts and print the counts.

    PYTHONHASHSEED=0 python eval/events_round10/dump.py --out before.jsonl   # on the code before (af0aa94)
    PYTHONHASHSEED=0 python eval/events_round10/dump.py --out after.jsonl    # on this branch
    python eval/events_round10/verdicts.py before.jsonl after.jsonl eval/events_round10/readings.tsv

V holds the verdict of every stated event of the "before" run, article by article in the order dump.py
prints them (R = root right by eval/events_news.md, with a note for a wrong or uncoded party or doubt;
W = wrong, with its class). An event of the "after" run with the same sentence and event line keeps its
verdict; NEW holds the verdicts of the events the round's changes recoded. An event neither covers stops
the script: read it and add its verdict.
"""
import json
import sys

V = {
"lgl:0": "R R R R:party R",
"lgl:30": "R R W:right-act-wrong-root(announcing-an-indictment-115-not-173)",
"lgl:36": "R R R R",
"lgl:48": "W:future-charge-coded-as-threat-132",
"lgl:102": "R R W:right-act-wrong-root(court-denied-a-request-016-not-12) R",
"lgl:132": "R R W:harm-of-an-act-told-as-status(suffered-wounds) R R R W:right-act-wrong-root(police-opened-fire-180-not-175) R:party",
"lgl:156": "R R R W:not-an-event(calling-for-help)",
"lgl:186": "W:not-an-event(no-one-injured) R R:party",
"lgl:198": "R R R R R",
"lgl:216": "R R W:not-an-event(light-verb-worked-with-beside-arrests)",
"lgl:234": "W:not-an-event(sport-shoot-a-three-pointer)",
"lgl:300": "R W:not-an-event(persuade-to-surrender-087) R:doubtful-080-surrender-to-police R",
"lgl:336": "R R R R R R R",
"lgl:408": "R",
"lgl:1": "R:party R R R",
"lgl:67": "R R R:party W:not-an-event(robber-demanded-cash) R R",
"lgl:91": "W:not-an-event(police-arrived-at-address) R R W:not-an-event(asked-if-question) R",
"lgl:121": "R R R W:not-an-event(plea-deal-drop-charges) R W:right-act-wrong-root(captured-person-192-not-173) R:party W:not-an-event(plans-to-ask-coded-as-done) R:party R R:party",
"lgl:193": "R",
"lgl:235": "R R R R R R",
"lgl:241": "R W:right-act-wrong-root(police-shooting-nominal-180-not-175;label) R R W:right-act-wrong-root(police-fired-shots-190-not-175)",
"lgl:505": "R W:not-an-event(robber-asking-for-change) W:wrong-root-and-restrictive-relative(struck-190) W:not-an-event(robber-demanded-wallet) W:wrong-root-and-restrictive-relative(struck-190)",
"lgl:2": "R",
"lgl:26": "R",
"lgl:74": "R R W:right-act-wrong-root(refused-to-discuss-125-not-011) R",
"lgl:152": "R R R",
"lgl:188": "W:not-an-event(officers-called-in-041) W:not-an-event(called-for-backup) R R",
"lgl:434": "R W:not-an-event(campaign-promise) W:not-an-event(wants-to-cut-red-tape-035)",
"gvc:3": "W:not-an-event(suicide-in-restrictive-relative) R W:not-an-event(generic-to-see-a-child-be-killed)",
"gvc:22": "R R R R W:not-an-event(self-inflicted-accidental-shot-herself) W:not-an-event(related-link-headline) W:not-an-event(generic-aggregate-killed-or-injured) W:duplicate(killed-or-injured-one-statement) W:not-an-event(aggregate-cases-prosecuted-since-2005) R W:duplicate(shots-were-fired-of-the-killing) R W:not-an-event(accidentally-shot-himself) R R W:not-an-event(plans-to-call-for-coded-as-done) R",
"gvc:27": "R W:not-an-event(private-guards-patrolled-150) R",
"gvc:36": "R R R R R W:not-an-event(suicide-threat-kill-himself-138) W:not-an-event(private-request-asked-him-to-leave) R W:not-an-event(habitual-offers-counseling) W:right-act-wrong-root(police-deploy-taser-154-not-175) R R",
"gvc:56": "R R W:not-an-event(generic-when-people-get-shot) W:not-an-event(presupposed-whoever-fired) R",
"gvc:68": "R R R R R W:not-an-event(private-trade) W:not-an-event(aggregate-statistic-injured)",
}
def verdicts(path):
    rows=[json.loads(l) for l in open(path)]
    return [r for r in rows if r["stated"]]
before = verdicts(sys.argv[1])
after = verdicts(sys.argv[2])
out = ["# run\tverdict\tnote\tdocument\tsentence\tevent\ttext",
       "# round 10 reading: every stated event of eval/events_round10/documents.txt judged against eval/events_news.md; R = root right (note: a wrong or uncoded party, or doubt), W = wrong (note: class)"]
judged = {}
by_doc = {}
for r in before:
    by_doc.setdefault(r["doc"], []).append(r)
for doc, rs in by_doc.items():
    vs = V[doc].split()
    assert len(vs) == len(rs), (doc, len(vs), len(rs))
    for r, v in zip(rs, vs):
        verdict, _, note = v.partition(":")
        judged[(r["doc"], r["sentence"], r["event"])] = (verdict, note)
        out.append("\t".join(["before", verdict, note, r["doc"], str(r["s"]), r["event"], r["sentence"]]))
assert set(by_doc) == set(V), set(V) ^ set(by_doc)
NEW = {("lgl:102","120"): "court-denied-request-120", ("lgl:121","173"): "captured-173", ("lgl:30","173"): "indictment-173", ("gvc:36","175"): "taser-175"}
for r in after:
    k = (r["doc"], r["sentence"], r["event"])
    if k in judged:
        verdict, note = judged[k]
    else:
        note = NEW[(r["doc"], r["event"][:3])]; verdict = "R"
    out.append("\t".join(["after", verdict, note, r["doc"], str(r["s"]), r["event"], r["sentence"]]))
open(sys.argv[3], "w").write("\n".join(out) + "\n")
for run in ("before", "after"):
    rows = [l.split("\t") for l in out if l.startswith(run + "\t")]
    right = sum(r[1] == "R" for r in rows)
    print(run, len(rows), "right", right, "wrong", len(rows) - right, "precision %.3f" % (right / len(rows)))
