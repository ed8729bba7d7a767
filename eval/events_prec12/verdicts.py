"""Write eval/events_prec12/readings.tsv from the round-12 verdicts and print the counts.

    PYTHONHASHSEED=0 python eval/events_prec12/dump.py --out before.jsonl   # on the code before (19ff8a7)
    PYTHONHASHSEED=0 python eval/events_prec12/dump.py --out after.jsonl    # on this branch
    python eval/events_prec12/verdicts.py before.jsonl after.jsonl eval/events_prec12/readings.tsv

V holds the verdict of every stated event of the "before" run, article by article in the order dump.py
prints them (R = root right by eval/events_gold.md, events_blind.md and events_news.md, with a note for a
wrong or uncoded party or doubt; W = wrong, with its class). An event of the "after" run with the same
sentence and event line keeps its verdict; NEW holds the verdicts of events the round's changes
recoded or added. An event neither covers stops the script: read it and add its verdict.
"""
import importlib.util
import sys
from pathlib import Path

# Round 11's script joins the verdicts with the runs, writes the readings and prints the counts.
_spec = importlib.util.spec_from_file_location("events_prec11_verdicts",
                                               Path(__file__).resolve().parents[1] / "events_prec11" / "verdicts.py")
prec11 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(prec11)

V = {
"n1": "R R R W:not-an-event(generic-trend;ambush-attacks-increase) R W:not-an-event(future;will-face-charges)",
"n5": "W:not-an-event(not-political;turkey-pardon)",
"n7": "R R R R:party(British-target-coded-USACVL) W:not-an-event(planned-crime;planned-to-murder) R",
"n9": "W:not-an-event(acquittal;court-exonerated) R R:party(supporters-coded-OPP) W:not-an-event(private;witness-agreed)",
"n11": "R R:doubt(primary-endorsement-051) R W:not-an-event(content-of-a-proposal;proposal-to-ban)",
"n13": "R",
"n15": "R R:party(native-of-Mexico-coded-MEXGOV) R",
"n19": "R",
"n23": "R:doubt(attempted-bombing) R R W:not-an-event(plotted-attack;accused-of-plotting) W:right-act-wrong-root(spate-of-civilian-attacks-190-not-18) R",
"n27": "R R",
"n31": "R",
"n33": "R R R",
"n39": "R R:party(regime-coded-GOV-no-country) R R:party(speaker-uncoded)",
"n43": "R:doubt(labour-strike-prepared-133)",
"n45": "R:history(first-to-ratify) R:party(activists-coded-TUNGOV)",
"n57": "R",
"n61": "R",
"n67": "W:not-an-event(health;concerned-about-dengue-impact) W:not-an-event(appeal-to-the-public;donors-asked-to-stay-away) W:not-an-event(modality-missed;wont-be-able-to-donate)",
"n69": "R R R:party(Kentucky-man-coded-JORCVL)",
"n77": "R R:party(Edmonton-London-coded-CAN) R",
"n81": "W:not-an-event(appeal-to-the-public;charity-asking-donors)",
"n85": "R R R R:doubt(same-stabbing-as-found-wounded) R R R:party(RCMP-uncoded) R",
"n87": "R R R:party(victims-as-source)",
"n89": "R",
"n93": "W:not-an-event(accident;passenger-injured-in-crash)",
"n97": "W:not-an-event(business;airline-apologised)",
"n107": "R R W:not-an-event(purpose-clause;hired-to-investigate) R R:doubt(sports-body-officials-resign-083) R R R:doubt(dismissed-reports-120-or-016)",
"n111": "R R W:not-an-event(generic;mental-health-system-contributes) R R",
"n113": "W:not-an-event(disaster;villages-destroyed)",
"n115": "W:not-an-event(description;programme-funded)",
"n119": "W:not-an-event(disaster-relief;effort-to-bus-volunteers) W:not-an-event(disaster-relief;deploying-a-flood-wall) W:not-an-event(appeal-to-the-public;residents-urged-to-join-flood-fight) W:not-an-event(disaster-relief;guard-soldiers-committed-to-flood) W:not-an-event(appeal-to-the-public;residents-urged-to-register) R",
"n121": "R W:not-an-event(purpose-clause;conference-to-discuss) R W:not-an-event(description;troops-stationed) R W:not-an-event(not-a-comment;only-concerned-about-interests) R",
"n123": "R:doubt(medical-examiner-investigates-death)",
"n127": "R",
"n129": "R W:not-an-event(description;differences-in-shootings) W:not-an-event(scripture-quote;strike-the-shepherd) R:party(Churchill-uncoded) W:not-an-event(religion;asked-for-a-sign) W:not-an-event(appeal-to-the-public;asked-congregation-to-sing)",
"n137": "R:doubt(businessman-met-governor) W:not-an-event(modality-missed;does-not-intend-to-ask) W:not-an-event(business;committed-to-build-hotel) W:not-an-event(business;conceded-hotel-late) W:not-an-event(business;intended-to-ask) W:not-an-event(business;reluctant-to-loan) R:doubt(businessman-met-governor)",
"n139": "R",
"n143": "W:not-an-event(civil-drill;drill-scheduled)",
"n151": "W:not-an-event(business;company-leases-jail-from-county)",
"n153": "W:not-an-event(rescue;search-for-missing-climbers)",
"n155": "R:party(source-CVL) R:doubt(mental-health-custody) W:not-an-event(suicide-threat) R R:party(we-police-uncoded) R R:doubt(declined-to-identify-011)",
"n161": "W:not-an-event(generic-future;will-arrest-refugees) W:not-an-event(generic;committee-members-agree)",
"n165": "W:not-an-event(traffic;refused-to-stop) R R W:not-an-event(cooperation-within-police;assisted-by-officers)",
"n167": "R",
"n171": "R:doubt(resignation-083) R W:not-an-event(generic;first-instance) W:not-an-event(party-politics;refused-to-join-party) R R W:not-an-event(internal-appointment;dismissed-governors) W:not-an-event(business;suppliers-cracking-down)",
"n173": "R:doubt(local-appeal)",
"n177": "R R W:right-act-wrong-root(police-raid-190-not-09) W:not-an-event(immigration;arrived-in-the-UK) W:not-an-event(private;funding-daughters-education)",
"n179": "R R",
"n181": "W:right-act-wrong-root+wrong-actor(found-shot-dead-193-not-18;surname-Paris-as-FRAGOV) W:right-act-wrong-root+wrong-actor(shot-193-not-18;surname-Paris-as-FRAGOV) W:not-an-event(description;providing-assistance)",
"n189": "W:not-an-event(domestic-veto)",
"n193": "W:not-an-event(charity;help-provide-food)",
"n201": "R W:right-act-wrong-root+wrong-actor(found-fatally-shot-coded-175-by-the-investigating-police) R",
"n203": "W:not-an-event(promise-to-do-best) W:not-an-event(description;office-providing-help)",
"n209": "W:not-an-event(local-council-proceedings;council-asked-city-manager) W:not-an-event(local-council-proceedings;asked-to-meet) W:not-an-event(local-council-proceedings;asked-council-members) W:not-an-event(local-council-proceedings;expressed-concern) W:not-an-event(local-council-proceedings;agreed) W:not-an-event(local-council-proceedings;agreed-that) W:not-an-event(local-council-proceedings;agreed-that) W:not-an-event(local-council-proceedings;asked-to-schedule-a-meeting) W:not-an-event(local-council-proceedings;rejected-disannexation-request) W:not-an-event(local-council-proceedings;discussed) W:not-an-event(local-council-proceedings;executive-session)",
"n211": "R R",
}
NEW: dict = {}


def main() -> None:
    prec11.write_readings(V, NEW, "round 12 reading: every stated event of the articles of odd position of "
                          "bench/events_diff.py", *sys.argv[1:4], by_class=True)


if __name__ == "__main__":
    main()
