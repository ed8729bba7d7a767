"""Write labels_heldout.tsv from the hand-written event lists below (round evdet16).

Every sentence of every held-out document gets a line; a sentence with no event gets one line with
cameo "-". Labels follow eval/events_gold.md (actors from the sentence only, plus world knowledge of
named entities; "-" = null). Written by reading the sentences printed by sentences.py, before any
coder run on these documents.

    .venv/bin/python eval/events_leads16/build_labels.py
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

# doc key -> {sentence index: [(cameo, source, target, note), ...]}; unlisted sentences are empty
HELDOUT = {
    "lgl:34605959": {
        0: [("111", "-", "FRA", "headline: filmmaker slammed (criticised)")],
        1: [("111", "FRAGOV", "-", "immigration minister criticized a film director; 'likening' is the reason, not coded")],
        2: [("111", "-", "FRA", "Lioret has criticized a French law")],
        3: [("111", "-", "-", "quoted criticism of the law ('is crazy'); speaker outside the sentence")],
        5: [("173", "-", "-", "76,000 Jews were arrested in France"),
            ("174", "-", "-", "and taken to concentration camps (deportation)")],
        7: [("111", "FRAGOV", "-", "Besson: comparison 'intolerable', Lioret 'crossed the red line'")],
        8: [("112", "-", "-", "promoters committing a deliberate slur (accusation)")],
        12: [("111", "-", "-", "Lindon spoke out, denouncing the conditions (one act)")],
        14: [("112", "-", "-", "quoted: people in Calais treated worse than dogs (accusation)")],
        15: [("111", "-", "-", "'I don't like that', Lindon told: disapproval of the treatment")],
    },
    "lgl:38543871": {
        2: [("013", "-", "RUSLEG", "hoped the State Duma would soon ratify")],
        4: [("040", "-", "-", "after two days of talks with government officials and Duma deputies (mutual)")],
        8: [("111", "-", "RUS", "Pangalos complained that Russia's obstinacy was hampering")],
        9: [("111", "-", "RUSGOV", "questioned arguments by Russian officials")],
        12: [("111", "-", "-", "nonratification 'even stranger' (criticism)")],
        15: [("111", "RUSLEG", "-", "Kosachyov criticized the protocol")],
        16: [("111", "-", "-", "'It has many shortcomings', he said")],
    },
    "lgl:39255113": {
        0: [("171", "ISR", "LBN", "headline: floods farmlands, destroys crops (one act, 1712)")],
        1: [("171", "ISR", "LBN", "deliberately flooded Lebanese farmlands, ruining crops")],
        2: [("090", "LBNMIL+IGOUNO", "-", "dispatched teams to look into the incident"),
            ("141", "LBNCVL", "-", "which drew protests from the southern residents (non-restrictive)")],
        5: [("020", "IGOUNO", "ISR", "reiterated calls for Israel to hand over maps")],
    },
    "lgl:40555978": {
        0: [("120", "USAGOV", "-", "headline: Sanford rejects aid")],
        1: [("120", "USAGOV", "-", "won't spend federal stimulus cash (refusal)"),
            ("120", "USAGOV", "USAGOV", "twice rebuffed by the White House (after-clause)")],
        2: [("111", "USAGOV", "USAGOV", "disappointed by the White House's decision")],
        3: [("120", "-", "-", "we will not be seeking the use of these federal funds (refusal)")],
        6: [("120", "USAGOV", "-", "Palin said she would reject a third of the money")],
        7: [("120", "USAGOV", "USAGOV", "Orszag denied his request")],
        8: [("120", "USAGOV", "USAGOV", "letter saying the money can't be used on debt (the rejection)")],
        10: [("033", "-", "USA", "South Carolina is to get $2.8 billion (planned provision)")],
        11: [("020", "USAGOV", "USAGOV", "the state's mayors had implored Sanford to take the money")],
        15: [("019", "USALEG", "-", "Clyburn disagrees (rule 3: (dis)agreement 019)")],
        17: [("111", "USALEG", "-", "'The governor is taking himself out of the game'")],
        18: [("012", "USALEG", "-", "taking the money raises the likelihood of a lawsuit (pessimistic)")],
    },
    "lgl:41447397": {
        0: [("173", "GEO", "GEOOPP", "headline")],
        1: [("173", "GEOCOP", "GEOOPP", "police arrested several opposition members"),
            ("112", "GEOOPP", "-", "party leader said it was a 'campaign of terror'")],
        2: [("100", "GEOOPP", "GEOGOV", "stepped up pressure on Saakashvili; 'to demand' is a purpose clause")],
        3: [("173", "-", "GEOOPP", "10 people had been arrested, including party members")],
        9: [("173", "-", "-", "the detained included the regional head and the driver")],
        10: [("112", "-", "-", "'The authorities have begun a campaign of terror'")],
        11: [("020", "-", "-", "quoted: stay calm and don't be provoked")],
    },
    "lgl:43045768": {
        0: [("111", "-", "GEOGOV", "headline: Saakashvili greater threat than Russia")],
        1: [("111", "-", "GEOGOV", "removal justified, greater threat than Russia")],
        4: [("173", "-", "-", "was sentenced to 11-year prison term in absentia"),
            ("075", "FRA", "-", "who has received political asylum in France (non-restrictive)")],
        5: [("020", "-", "-", "politicians should give up manipulating (appeal)")],
        6: [("111", "-", "GEOGOV", "Saakashvili had no legitimate right to stay in power")],
        7: [("111", "-", "GEOGOV", "quoted: removal of Saakashvili justifiable")],
        8: [("111", "-", "-", "'He is the number one threat'")],
        9: [("112", "-", "-", "such rhetoric was part of the authorities' propaganda")],
        10: [("111", "-", "GEOGOV", "'A weak figure like Saakashvili'")],
        11: [("111", "-", "GEOGOV", "quoted: no western support, more acceptable for Russia")],
        12: [("111", "-", "GEOGOV", "quoted: Saakashvili is a headache")],
        14: [("104", "-", "GEOGOV", "our duty to remove Saakashvili from power (demand leadership change)")],
        18: [("012", "-", "-", "removal will be a painful process (pessimistic)")],
        20: [("020", "-", "-", "'We should forget the personal regrets' (appeal)")],
        21: [("173", "-", "-", "in 2007 when he was arrested"),
             ("051", "-", "-", "Burjanadze welcomed his arrest"),
             ("112", "-", "-", "speech accusing me of state treason")],
    },
    "lgl:44248919": {
        0: [("172", "-", "-", "headline: banned from the camp")],
        1: [("172", "-", "-", "was blocked from entering the camp; 'who set off an uproar' restrictive")],
        5: [("172", "-", "-", "she was halted by a prominent local leader")],
        6: [("172", "-", "-", "we informed her she is forbidden from entering Jenin")],
        12: [("111", "-", "-", "they said they were angry with Younis")],
        14: [("171", "-", "-", "camp officials boarded up the rehearsal studio"),
             ("171", "-", "-", "and confiscated the instruments (1711)")],
    },
}


def main() -> None:
    from sentences import documents, halves, sentences
    docs = documents()
    lines = ["doc\tsent\tstart\tcameo\tsource\ttarget\tnote"]
    for key in halves()["heldout"]:
        labels = HELDOUT[key]
        sents = sentences(docs[key])
        assert max(labels) < len(sents), key
        for s in sents:
            for code, src, tgt, note in labels.get(s.index, [("-", "-", "-", "")]):
                lines.append(f"{key}\t{s.index}\t{s.start}\t{code}\t{src}\t{tgt}\t{note}")
    (HERE / "labels_heldout.tsv").write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
