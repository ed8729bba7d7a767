"""Write the round-15 verdict tables from the dumps and print the counts (issue #9, round evprec15).

    python eval/events_prec15/verdicts.py

Reads the *.jsonl dumps in this folder (dump.py --out with the page gate, ungated.py without it; "before"
= the branch point c4f5f16, "after" = this branch) and the verdicts below, one per stated event, keyed
by (page, sentence index, event line): R = right by eval/events_gold.md and events_blind.md (note: a
wrong party or doubt), W = wrong (note: not-an-event / wrong-root / duplicate, with its class). An
event no verdict covers stops the script.
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

V = {
    # tuning pages, gated pipeline
    ("b37be3535e", 1, "090 EDU->- [examined]"): "W\tnot-an-event(research;researchers-examined-how-hibernation-would-affect-a-mission)",
    ("ea25dd7edf", 31, "112 -->CHNGOV [accused]"): "R\tdoubt(agentless-passive-accusation-in-2003-background)",
    ("ea25dd7edf", 33, "012 CHNCVL->- [worry]"): "W\tnot-an-event(negated-no-need-to-worry;a-public's-mood)",
    ("ef2b3f268a", 3, "030 USABUS->USA [offered]"): "W\tnot-an-event(business;airline-offers-a-service;place-as-target)",
    ("fde930b018", 2, "090 USAJUD->- [investigating]"): "R\tparty(state-attorney-general-is-USAGOV-not-JUD)",
    ("fde930b018", 11, "130 'Peng Mei'->- [threatening]"): "R\tdoubt(company-PR-director-threatening-legal-action;source-uncoded)",
    # held-out pages, ungated (the gated pipeline codes nothing there)
    ("291a8bf33e", 12, "061 'the two tech giants'->- [coordinate efforts]"): "W\tnot-an-event(business;companies-coordinate)",
    ("65bf3048b5", 11, "090 'we'->- [examining]"): "W\tnot-an-event(product-review;we're-examining-the-laptop)",
    ("65bf3048b5", 88, "180 'The 16-inch MacBook Pro'->- [hit]"): "W\tnot-an-event(a-thing-hit-a-level;noise-44-dBa)",
    ("65bf3048b5", 181, "030 'Amazon'->- [offering]"): "W\tnot-an-event(business;retailer-offering-discounts)",
    ("8634d1211c", 24, "100 'Ferro'->- [demanded]"): "W\tnot-an-event(business;price-demanded-by-a-shareholder)",
    ("8634d1211c", 35, "035 'the merger'->BUS [allow]"): "W\tnot-an-event(business;what-a-merger-would-allow)",
    ("8634d1211c", 55, "020 'Doctor'->- [asks]"): "W\tnot-an-event(reporting;an-analyst-asks-a-question)",
    ("9eef8162bb", 45, "020 HLH->- [ask]"): "W\tnot-an-event(generic;doctors-don't-think-to-ask)",
    ("e1c7023ee2", 2, "090 'ESA'->- [investigated]"): "W\tnot-an-event(research;agency-investigated-how-hibernation-would-impact-design)",
    ("ec3878db7e", 1, "023 'I'->- [want to help]"): "W\tnot-an-event(lifestyle;author-wants-to-help-readers)",
}

RUNS = [  # (table, run label, dump file)
    ("tuned_before.tsv", "gated-before", "tuned_before.jsonl"),
    ("tuned_after.tsv", "gated-after", "tuned_after.jsonl"),
    ("heldout_before.tsv", "gated-before", "heldout_before.jsonl"),
    ("heldout_before.tsv", "ungated-before", "heldout_ungated_before.jsonl"),
    ("heldout_after.tsv", "gated-after", "heldout_after.jsonl"),
    ("heldout_after.tsv", "ungated-after", "heldout_ungated_after.jsonl"),
]


def main() -> None:
    tables: dict[str, list[str]] = {}
    for table, run, name in RUNS:
        lines = tables.setdefault(table, [
            "# run\tverdict\tnote\tdocument\tsentence\tevent\ttext",
            "# round evprec15: every stated event judged against eval/events_gold.md and events_blind.md; R = root "
            "right (note: party or doubt), W = wrong (note: class). gated = the pipeline as shipped; ungated = the "
            "learned page gate (Pipeline._vouched) off, what the rules alone give"])
        right = wrong = 0
        for row in map(json.loads, open(HERE / name, encoding="utf-8")):
            if not row["stated"]:
                continue
            key = (row["doc"], row["s"], row["event"].replace("  [", " [").strip())
            verdict = V.get(key)
            if verdict is None:
                sys.exit(f"no verdict for {key} ({name}): read it and add one")
            right += verdict.startswith("R")
            wrong += verdict.startswith("W")
            lines.append(f"{run}\t{verdict}\t{row['doc']}\t{row['s']}\t{row['event']}\t{row['sentence']}")
        n = right + wrong
        print(f"{table:20} {run:15} stated {n:3}  right {right:3}  wrong {wrong:3}  precision "
              f"{right / n:.3f}" if n else f"{table:20} {run:15} stated   0  (precision undefined)")
    for table, lines in tables.items():
        (HERE / table).write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
