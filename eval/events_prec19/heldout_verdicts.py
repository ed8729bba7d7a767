"""Verdicts on the held-out documents' stated events (eval/events_prec19/heldout_before.jsonl), read for counts
only: no cause was looked for and no change made because of them. Same classes and keys as verdicts.py (a
fifth key element, "SOURCE->TARGET", tells two events of one trigger apart). Not listed = R."""
W23 = "wh-2022-02-23-statement-by-president-biden-on-n"
W1010 = "wh-2022-10-10-statement-by-president-biden-on-r"
W0224 = "wh-2023-02-24-fact-sheet-on-one-year-anniversar"
W1020 = "wh-2023-10-20-remarks-by-president-biden-on-the"
W1206 = "wh-2023-12-06-remarks-by-president-biden-urging"
W0411 = "wh-2024-04-11-remarks-by-president-biden-presid"
W0711N = "wh-2024-07-11-fact-sheet-u-s-contributions-to-na"
W0711U = "wh-2024-07-11-remarks-by-president-biden-on-the-"
W0905 = "wh-2024-09-05-readout-of-principal-deputy-nation"
W1115 = "wh-2024-11-15-remarks-by-president-biden-prime-m"
W2026 = "wh-2026-02-06-fact-sheet-president-donald-j-trum"

VERDICTS = {
    (W23, 1, "060", "coordinated our efforts"): ("WA", "'we' (USAGOV) coded DEUGOV"),
    (W23, 3, "163", "impose sanctions"): ("WA", "target Nord Stream 2 AG, coded USAMIL"),
    (W1010, 1, "190", "killed"): ("WA", "Russia's attacks: source missing"),
    (W0224, 3, "070", "providing Ukraine with the support"): ("NE", "purpose"),
    (W0224, 13, "071", "provide Ukraine with needed economic assistance"): ("NE", "purpose of the commitments"),
    (W0224, 14, "033", "commitment"): ("WA", "the G7's commitment: source missing"),
    (W0224, 15, "020", "asked"): ("WA", "G7 leaders asked their finance ministers: target UKR"),
    (W0224, 20, "060", "working"): ("NE", "working with its own Congress"),
    (W0224, 20, "070", "provide fiscal support"): ("NE", "purpose"),
    (W0224, 29, "138", "target"): ("RT", "targeting banks with sanctions is 13 of sanctions (131), not war"),
    (W0224, 36, "163", "tariffs"): ("RT", "announced future tariffs are 130"),
    (W0224, 39, "131", "tariffs"): ("DUP", "result of the tariffs told before"),
    (W1020, 6, "040", "met"): ("WA", "'I' (Biden) coded ISRGOV"),
    (W1020, 7, "040", "met"): ("WA", "'I' (Biden) coded ISRGOV"),
    (W1020, 15, "040", "spoke"): ("WA", "'I' (Biden) coded ISRGOV"),
    (W1020, 20, "190", "launched his all-out invasion"): ("WA", "target ISRGOV, Ukraine"),
    (W1020, 21, "180", "stolen"): ("WA", "children stolen by Russians: UKRCVL->USACVL"),
    (W1020, 41, "032", "defend"): ("RT", "conditional threat (13), not 032"),
    (W1020, 42, "190", "fighting"): ("NE", "negated, not sought"),
    (W1020, 59, "020", "asking"): ("WA", "'I' (Biden) coded ISRGOV"),
    (W1020, 65, "040", "discussions"): ("WA", "'I' (Biden) coded ISRGOV"),
    (W1020, 93, "120", "reject"): ("NE", "generic rejection of hate"),
    (W1020, 95, "020", "asking"): ("WA", "'I' (Biden) coded ISRGOV"),
    (W1020, 101, "192", "occupied"): ("NE", "restrictive relative 'territory Russian troops once occupied'"),
    (W1020, 115, "040", "met"): ("WA", "'I' (Biden) coded ISRGOV"),
    (W1020, 117, "030", "promise"): ("NE", "'the promise of America' is no act"),
    (W1020, 127, "120", "refuse"): ("NE", "'I refuse to let that happen' is no refusal of a party"),
    (W1206, 9, "183", "invading"): ("RT", "invading is 19, source USAGOV"),
    (W1206, 9, "183", "bombing"): ("RT", "bombing is 19"),
    (W1206, 9, "181", "kidnapping"): ("WA", "source Putin missing"),
    (W1206, 15, "120", "denied"): ("NE", "denied Russia a victory: fighting, no rejection"),
    (W1206, 26, "180", "attacks"): ("NE", "conditional"),
    (W1206, 27, "190", "fighting"): ("NE", "hypothetical"),
    (W1206, 35, "181", "holding Ukraine’s funding hostage"): ("NE", "metaphor"),
    (W1206, 42, "020", "asked"): ("WA", "asked Congress: target USAMIL"),
    (W1206, 88, "030", "agreeing"): ("NE", "a question"),
    (W0411, 5, "040", "discuss"): ("RT", "a planned discussion is 036"),
    (W0411, 10, "0312", "commitments"): ("RT", "ironclad commitments stated are 051"),
    (W0411, 18, "070", "hand"): ("NE", "'hand it over to you' (the floor)"),
    (W0411, 42, "031", "strengthen trilateral cooperation"): ("NE", "'I hope to reaffirm' a wish"),
    (W0711N, 8, "042", "arriving"): ("NE", "a destroyer arriving is no visit"),
    (W0711U, 5, "030", "promised", "USAGOV->-"): ("DUP", "second copy of the one promise"),
    (W0711U, 12, "057", "signed these agreements"): ("WA", "target G7, Ukraine"),
    (W0711U, 33, "032", "stand"): ("RT", "'will stand with them' is 051"),
    (W0711U, 35, "033", "hand"): ("NE", "'hand it over to the president' (the floor)"),
    (W0711U, 37, "012", "worry"): ("NE", "no comment on a party"),
    (W0905, 2, "032", "stand"): ("DUP", "inside the commitment emphasized (051)"),
    (W1115, 8, "060", "cooperation"): ("NE", "label inside 'countering North Korea's ... cooperation'"),
    (W1115, 20, "060", "cooperation"): ("NE", "generic"),
    (W1115, 24, "040", "have regular trilateral high-level consultations"): ("NE", "a standing arrangement"),
    (W2026, 1, "163", "impose additional tariffs"): ("NE", "allows the US to impose: possible"),
    (W2026, 7, "190", "killing"): ("WA", "the Iranian regime kills: USAGOV->USAOPP"),
    (W2026, 7, "123", "denying human rights"): ("WA", "the Iranian regime: source USAGOV"),
}
