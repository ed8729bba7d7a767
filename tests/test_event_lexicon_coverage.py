"""Trigger rows added by family from the CAMEO codebook and PETRARCH-2's verb dictionary, for
reporting the tables missed (docs/lexicon.md, "codebook coverage"): coups, munitions launched in
numbers, shelling verbs, ships sunk, force posture moves, sabotage, agreements revoked, bodies
repatriated, and the nouns for them. Each test runs the real pipeline and checks the code, doer
and target a user would see; the last ones check that the new rows do not take over other uses."""
from __future__ import annotations

import sys
from pathlib import Path



sys.path.insert(0, str(Path(__file__).parent))
from event_coding import coded  # noqa: E402


def test_a_coup_or_a_seizure_of_power_is_unconventional_violence(pipe):
    # PETRARCH-2 codes SEIZE + POWER and OVERTHROW as 180; a seized tanker stays property (171)
    assert coded(pipe, "Mutinous soldiers seized power in Gabon on Wednesday.") == [("180", "GABMIL", "GABGOV")]
    assert coded(pipe, "The army staged a coup in Niger.") == [("180", "NERMIL", None)]
    assert coded(pipe, "Soldiers announced a coup in Gabon on Wednesday.") == [("180", "GABMIL", "GABGOV")]
    assert coded(pipe, "Iran seized an oil tanker in the Strait of Hormuz.") == [("171", "IRNGOV", None)]


def test_munitions_launched_in_numbers_are_an_attack(pipe):
    assert coded(pipe, "Ukraine launched a barrage of drones at Moscow.") == [("195", "UKRGOV", "RUSGOV")]
    assert coded(pipe, "Russia launched loitering munitions at Odesa.") == [("190", "RUSGOV", "UKR")]
    assert coded(pipe, "A Russian drone barrage on Kyiv overnight damaged homes.") == [("195", "RUSGOV", "UKRGOV")]


def test_artillery_that_pummels_or_lobs_shells(pipe):
    assert coded(pipe, "Russian artillery pummelled Kherson for a third day.") == [("190", "RUSMIL", "UKR")]
    assert [(c, s, t[:3]) for c, s, t in coded(pipe, "Russian forces lobbed mortar rounds at Ukrainian positions.")] \
        == [("194", "RUSMIL", "UKR")]


def test_a_ship_sunk_is_an_attack_on_its_navy(pipe):
    assert coded(pipe, "Ukraine sank a Russian landing ship with sea drones.") == [("195", "UKRGOV", "RUSGOV")]
    assert coded(pipe, "Ukrainian sea drones are sinking Russian warships.") == [("190", "UKRMIL", "RUSMIL")]


def test_ground_retaken_is_occupation(pipe):
    # spaCy leaves "retook" as its own lemma; the table holds that form too
    assert coded(pipe, "Russia retook the village of Krynky.") == [("192", "RUSGOV", None)]


def test_force_posture_moves(pipe):
    assert [c[:2] for c in coded(pipe, "Russia conscripted thousands of men in occupied Crimea.")] \
        == [("154", "RUSGOV")]
    assert coded(pipe, "Russia moved nuclear warheads to Belarus.") == [("154", "RUSGOV", "BLRGOV")]
    assert [c[:2] for c in coded(pipe, "Germany stationed a brigade in Lithuania.")] == [("154", "DEUGOV")]
    # a carrier sent to a sea is posture, not military aid (072)
    assert coded(pipe, "The US sent an aircraft carrier to the eastern Mediterranean.") == [("154", "USAGOV", None)]
    assert coded(pipe, "Russian jets buzzed a US destroyer in the Black Sea.") == [("150", "RUSMIL", "USAMIL")]
    assert [c[:2] for c in coded(pipe, "Russia's military draft has pushed thousands of men to flee to Georgia.")] \
        == [("154", "RUSGOV")]


def test_sabotage_and_partisans(pipe):
    assert coded(pipe, "Unknown saboteurs sabotaged the Nord Stream pipelines.") == [("171", "REB", None)]
    assert coded(pipe, "Partisans blew up a railway line near Melitopol.") == [("183", "REB", None)]


def test_partisan_politics_is_no_armed_group(pipe):
    assert all(s != "REB" for _, s, _ in coded(pipe, "Partisan politics stalled the bill in Congress."))


def test_an_agreement_revoked_is_rejected(pipe):
    assert coded(pipe, "Niger revoked military agreements with France.") == [("127", "NERGOV", "FRAGOV")]


def test_bodies_repatriated_are_a_release(pipe):
    assert [c[:2] for c in coded(pipe, "Ukraine repatriated 1,000 bodies of fallen soldiers.")] == [("084", "UKRGOV")]


def test_killed_in_a_gunfight_is_small_arms_fire(pipe):
    assert coded(pipe, "Two policemen died in a gunfight with militants in Kashmir.") == [("193", None, "COP")]


def test_event_nouns_knife_attack_export_controls_intercept(pipe):
    # (its target: the three it left dead, people of the country it happened in; round 11's toll rule)
    assert coded(pipe, "The knife attack in Solingen by a Syrian man left three dead.") == [("182", "SYRCVL", "DEUCVL")]
    assert coded(pipe, "Washington announced new export controls on chips to China.")[0][:2] == ("163", "USAGOV")
    assert [c for c, _, t in coded(pipe, "Poland reported the intercept of a Russian drone over its territory.")] \
        == ["195"]


def test_new_rows_leave_other_uses_alone(pipe):
    assert coded(pipe, "The company moved its headquarters to Dallas.") == []
    assert coded(pipe, "A man died in a fight outside a bar.") == []


def test_statements_of_attitude_and_symbolic_acts(pipe):
    assert coded(pipe, "Lavrov voiced pessimism about the peace talks.") == [("012", "RUSGOV", None)]
    assert coded(pipe, "Japan is weighing a proposal to export fighter jets.") == [("014", "JPNGOV", None)]
    assert [c[:2] for c in coded(pipe, "Putin laid a wreath at the Tomb of the Unknown Soldier.")] == [("017", "RUSGOV")]


def test_a_reporter_freed_is_a_release(pipe):
    assert coded(pipe, "Russia released the WSJ reporter in a prisoner swap.") == [("084", "RUSGOV", None)]
    assert coded(pipe, "The company released a new iPhone.") == []


def test_demands_for_a_resignation_or_a_return(pipe):
    assert coded(pipe, "Protesters demanded the resignation of the interior minister.") == [("104", "OPP", "GOV")]
    assert coded(pipe, "Ukraine demanded the return of its deported children.") == [("105", "UKRGOV", "CVL")]


def test_stern_representations_are_an_official_complaint(pipe):
    assert coded(pipe, "Beijing lodged stern representations with Washington.") == [("114", "CHNGOV", "USAGOV")]


def test_an_offer_turned_down_is_rejected(pipe):
    assert coded(pipe, "Moscow turned down an offer of talks.") == [("120", "RUSGOV", None)]


def test_ships_harassed_at_sea_are_coerced(pipe):
    assert coded(pipe, "Chinese ships harassed Philippine vessels near Second Thomas Shoal.") \
        == [("170", "CHNGOV", "PHLGOV")]
    assert coded(pipe, "The man harassed his neighbours for years.") == []


def test_territory_handed_over_is_returned(pipe):
    assert coded(pipe, "Armenia handed four border villages to Azerbaijan.") == [("084", "ARMGOV", "AZEGOV")]
    assert coded(pipe, "The seller handed the keys to the buyer.") == []


def test_appeals_for_munitions_and_for_elections(pipe):
    assert [c for c, _, _ in coded(pipe, "Kyiv appealed to the West for more artillery shells.")] == ["023"]
    assert coded(pipe, "The opposition called for snap elections.") == [("024", "OPP", None)]
    assert [c for c, _, _ in coded(pipe, "The mayor called for calm.")] == ["020"]


def test_law_flouted_is_defiance(pipe):
    assert coded(pipe, "Russia flouted international law.") == [("128", "RUSGOV", None)]


def test_shipments_paused_talks_broken_off_mediation_suspended(pipe):
    assert coded(pipe, "Washington paused weapons shipments to Israel.") == [("162", "USAGOV", "ISRGOV")]
    assert coded(pipe, "Russia broke off talks with Ukraine.") == [("164", "RUSGOV", "UKRGOV")]
    assert [c[:2] for c in coded(pipe, "Qatar suspended its mediation between Israel and Hamas.")] == [("165", "QATGOV")]
    assert coded(pipe, "The company paused deliveries because of the storm.") == []


def test_internet_cut_and_pepper_spray(pipe):
    assert [c for c, _, _ in coded(pipe, "The regime cut internet access nationwide.")] == ["172"]
    assert coded(pipe, "Police used pepper spray against protesters.") == [("175", "COP", "OPP")]


def test_area_munitions_used_lines_broken_garrisons_surrounded(pipe):
    assert coded(pipe, "Russia used cluster munitions in Kharkiv.") == [("190", "RUSGOV", "UKR")]
    assert coded(pipe, "Israel used white phosphorus in southern Lebanon.") == [("190", "ISRGOV", "LBNGOV")]
    assert coded(pipe, "Russian forces broke through Ukrainian lines near Ocheretyne.") == [("190", "RUSMIL", None)]
    assert coded(pipe, "Russian forces surrounded the Ukrainian garrison in Avdiivka.") == [("191", "RUSMIL", "UKRMIL")]
    assert coded(pipe, "Police surrounded the house where the suspect was hiding.") == []


def test_operations_widened_and_retaliation_with_strikes(pipe):
    assert coded(pipe, "The IDF expanded its ground operation in Gaza.") == [("190", "ISRMIL", "PSEGOV")]
    assert coded(pipe, "The US retaliated with strikes on militia targets in Iraq.") == [("190", "USAGOV", None)]
    assert coded(pipe, "The company expanded its operations in Asia.") == []
