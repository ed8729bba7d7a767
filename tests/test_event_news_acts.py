"""Acts as wire news states them: parties meeting as one plural subject, charges, sentences and
releases with no one named as doing them, bombs going off, fighting named by its sides, forces
deployed, ships blocked or rammed, and places named with their subdivision ("Borno state")."""
from __future__ import annotations

import pytest



def events(pipe, text: str, published: str = "2024-05-10"):
    return pipe.process_text(text, published=published).events


def coded(pipe, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.cameo, e.source.actor if e.source else None, e.target.actor if e.target else None)
            for e in events(pipe, text)]


# --- meetings of a plural subject --------------------------------------------------------------

def test_ministers_of_two_countries_meeting_is_a_meeting_of_both(pipe):
    found = events(pipe, "The foreign ministers of India and Pakistan met in Islamabad on Thursday.")
    assert [e.cameo[:2] for e in found] == ["04"], found
    assert {found[0].source.actor, found[0].target.actor} == {"INDGOV", "PAKGOV"}


def test_the_two_leaders_meeting_is_a_meeting(pipe):
    assert [c[:2] for c, _, _ in coded(pipe, "The two leaders met on the sidelines of the summit.")] == ["04"]


def test_where_parties_meet_is_a_venue_not_a_host(pipe):
    found = coded(pipe, "Both sides met in Doha last week.")
    assert found and all(t != "QATGOV" for _, _, t in found), found


# --- legal acts done to people, doer unnamed ---------------------------------------------------

@pytest.mark.parametrize("text, code, target", [
    ("The former minister was charged with bribery.", "173", "GOV"),
    ("The suspect was sentenced to life in prison.", "173", "CRM"),
    ("The journalist was released from prison on Monday.", "084", "MED"),
])
def test_a_charge_a_sentence_or_a_release_is_reported_without_its_doer(pipe, text, code, target):
    assert (code, None, target) in [(c[:3], s, t) for c, s, t in coded(pipe, text)]


def test_a_released_video_is_no_release(pipe):
    text = "A video showing the moment a kidnapped girl was rescued by police was released on Monday."
    assert not any(c.startswith("084") for c, _, _ in coded(pipe, text))


# --- bombs going off ---------------------------------------------------------------------------

def test_a_bomb_exploding_is_a_bombing_of_the_place(pipe):
    found = events(pipe, "A car bomb exploded in Mogadishu.")
    assert [e.cameo[:3] for e in found] == ["183"] and found[0].target.country == "SOM", found


def test_a_device_going_off_outside_an_embassy_is_a_bombing(pipe):
    found = events(pipe, "An explosive device went off outside the embassy in Kabul.")
    assert [e.cameo[:3] for e in found] == ["183"] and found[0].target.country == "AFG", found


# --- fighting named by its sides ---------------------------------------------------------------

def test_fighting_between_two_sides_that_kills_is_their_fighting(pipe):
    found = coded(pipe, "Fighting between the army and the RSF killed dozens in Khartoum.")
    assert any(c[:2] == "19" and s == "SDNMIL" and t == "SDNREB" for c, s, t in found), found


def test_clashes_between_police_and_protesters_are_a_riot_placed_in_the_city(pipe):
    # CAMEO 145: protesters clashing with police riot, whichever side the text names first
    found = events(pipe, "Clashes erupted between police and protesters in Dhaka.")
    assert [e.cameo for e in found] == ["145"], found
    assert (found[0].source.actor, found[0].target.actor) == ("BGDOPP", "BGDCOP")


def test_security_forces_firing_on_protesters_is_repression(pipe):
    found = coded(pipe, "Security forces opened fire on protesters, killing three.")
    assert [(c, s, t) for c, s, t in found] == [("175", "MIL", "OPP")], found


def test_protesters_storming_a_palace_riot(pipe):
    # CAMEO 145: "civilian demonstrations or protests involving violence"
    assert [(c, s) for c, s, _ in coded(pipe, "Demonstrators stormed the presidential palace.")] == [("145", "OPP")]


# --- forces, ships, air defences ---------------------------------------------------------------

def test_troops_deployed_are_a_show_of_force_by_their_side(pipe):
    found = coded(pipe, "Additional US troops were sent to Poland.")
    assert [(c[:3], s, t) for c, s, t in found] == [("154", "USAMIL", "POLGOV")], found


def test_blocking_a_resupply_mission_is_a_blockade(pipe):
    found = coded(pipe, "China's coast guard blocked a Philippine resupply mission near Second Thomas Shoal.")
    assert [(c[:3], s, t) for c, s, t in found] == [("191", "CHNMIL", "PHLGOV")], found


def test_ramming_a_ship_is_an_assault(pipe):
    found = coded(pipe, "A Chinese vessel rammed a Philippine coast guard ship.")
    assert [c[:2] for c, _, _ in found] == ["19"] and found[0][2][:3] == "PHL", found


def test_air_defences_shooting_down_drones_are_the_military(pipe):
    found = coded(pipe, "Air defences shot down 25 of 30 drones.")
    assert [(c[:2], s) for c, s, _ in found] == [("19", "MIL")], found


def test_armed_men_are_an_armed_group_not_civilians(pipe):
    found = coded(pipe, "Armed men attacked a village in Plateau state, killing 15 people.")
    # (an armed group's killing of villagers is 18, eval/events_news.md rule 1 and eval/events_gold.md "killing
    # by non-military actor 1823/180"; 19 before round evroot18)
    assert [(c[:2], s, t) for c, s, t in found] == [("18", "REB", "NGACVL")], found


# --- places named with their subdivision -------------------------------------------------------

def test_a_state_named_with_its_suffix_is_that_state(pipe):
    found = events(pipe, "Three Nigerian soldiers were killed when militants attacked their base in Borno state.")
    assert found and [p.country for p in found[0].locations] == ["NGA"], found


# --- people named without a role, police charging, acts named by what was announced -------------

def test_a_named_person_arrested_is_one_of_the_people_of_the_place(pipe):
    text = ("Kentucky State Police say William Goble, 26, of Edmonton, was arrested Thursday, "
            "following a shooting in Adair County.")
    assert any(c[:2] == "17" and t == "USACVL" for c, _, t in coded(pipe, text))


def test_a_named_person_shot_dead_in_a_city_is_a_civilian_there(pipe):
    found = coded(pipe, "John Smith was shot dead outside his home in Chicago on Friday.")
    assert [(c[:2], s, t) for c, s, t in found] == [("18", None, "USACVL")], found


def test_police_charging_at_a_crowd_is_force_not_a_charge_sheet(pipe):
    found = coded(pipe, "Riot police charged into the protesters outside parliament.")
    assert [c for c, _, _ in found] == ["175"], found


def test_an_amount_of_aid_announced_is_aid_given_by_whoever_announced_it(pipe):
    found = coded(pipe, "The White House announced $2.5 billion in new military assistance for Kyiv.")
    assert ("072", "USAGOV", "UKRGOV") in found, found


def test_exercises_kicked_off_by_two_countries_are_their_joint_exercise(pipe):
    found = events(pipe, "Washington and Seoul kicked off their annual Freedom Shield exercises on Monday.")
    assert [e.cameo for e in found] == ["062"], found
    assert {p.actor for p in found[0].participants} == {"USAGOV", "KORGOV"}


def test_a_headline_listing_two_leaders_before_a_plural_verb_names_both(pipe):
    found = events(pipe, "Putin, Erdogan discuss grain deal")
    assert [e.cameo[:2] for e in found] == ["04"] and {p.actor for p in found[0].participants} == {"RUSGOV", "TURGOV"}


def test_an_apposed_title_is_no_second_party(pipe):
    assert coded(pipe, "Biden, the president, met Xi.") == [("040", "USAGOV", "CHNGOV")]


def test_hanging_a_man_is_an_execution(pipe):
    assert coded(pipe, "Iran hangs man over protest killing") == [("180", "IRNGOV", "IRNCVL")]


def test_a_victim_first_named_in_a_relative_clause_is_reported(pipe):
    found = coded(pipe, "Police have identified a man who was killed in a shooting early Saturday.")
    assert [(c[:2], t) for c, _, t in found] == [("18", "CVL")], found


def test_a_victims_own_name_is_no_place(pipe):
    found = coded(pipe, "Murder victim Matthew Flores was killed in 1994 in the Applied Materials parking lot.")
    assert found and all(not (t or "").startswith("BRA") for _, _, t in found), found


def test_the_beginning_of_an_invasion_reports_it_and_preventing_it_does_not(pipe):
    assert [c[:2] for c, _, _ in coded(pipe, "This is the beginning of a Russian invasion of Ukraine.")] == ["19"]
    assert coded(pipe, "We want to prevent the start of a Russian invasion of Ukraine.") == []


# --- whom an attack hits ----------------------------------------------------------------------

def test_the_weapon_an_attack_is_made_with_is_no_target(pipe):
    found = coded(pipe, "Ukraine hit an oil refinery in Russia's Krasnodar region with long-range drones.")
    assert [(c[:2], s, t) for c, s, t in found] == [("19", "UKRGOV", "RUSGOV")], found


def test_the_people_an_attack_killed_are_its_target(pipe):
    text = "Sudan's paramilitary Rapid Support Forces shelled a displacement camp near El Fasher, killing at least 40 civilians."
    assert [(c[:2], t) for c, _, t in coded(pipe, text)] == [("19", "SDNCVL")]


def test_a_coordinated_participle_shares_the_attack_that_harmed(pipe):
    text = "At least five people were killed and 20 injured in the Russian attack on the city of Dnipro."
    # (the attack's nationality is its military, as "the Russian attack killed five" is: session 16)
    assert [(c[:2], s, t) for c, s, t in coded(pipe, text)] == [("19", "RUSMIL", "UKRCVL")]


def test_calling_on_an_ally_to_act_is_an_appeal_to_it(pipe):
    found = coded(pipe, "Poland called on NATO to deploy more troops on its eastern flank.")
    assert [(c[:2], s, t) for c, s, t in found] == [("02", "POLGOV", "IGOWSTNAT")], found


def test_striking_a_deal_is_an_agreement_not_an_attack(pipe):
    text = "Ethiopian authorities struck a deal with the United Nations to allow aid to reach Tigray."
    assert [(c[:2], s, t) for c, s, t in coded(pipe, text)][:1] == [("05", "ETHGOV", "IGOUNO")]


def test_a_town_the_tagger_misses_still_places_the_target(pipe):
    assert coded(pipe, "Russian missiles struck a shopping mall in Kremenchuk.") == [("190", "RUSMIL", "UKR")]


def test_a_man_found_shot_underwent_the_shooting(pipe):
    found = coded(pipe, "A 34-year-old man was found shot to death in his car in Memphis on Tuesday night.")
    assert [(c[:2], s, t) for c, s, t in found] == [("18", None, "USACVL")], found


def test_deputies_making_an_arrest_are_police(pipe):
    assert coded(pipe, "Deputies arrested a man accused of shooting his neighbor.")[:1] == [("173", "COP", "CVL")]


def test_the_dead_of_an_attack_with_a_named_doer_are_that_attack(pipe):
    text = ("Gunmen and a suicide bomber have carried out coordinated attacks on Iran's parliament, state media said, "
            "with at least twelve people reported killed.")
    # (one attack; a suicide bomber makes it a non-military bombing, CAMEO 183)
    assert [(c[:2], s) for c, s, _ in coded(pipe, text)] == [("18", "REB")]


def test_meeting_a_counterpart_named_by_nationality_is_a_meeting(pipe):
    found = coded(pipe, "Russian President Vladimir Putin met his Belarusian counterpart Alexander Lukashenko in Minsk.")
    assert found == [("040", "RUSGOV", "BLRGOV")], found
    assert coded(pipe, "Blinken met his Chinese counterpart in Beijing.") == [("040", "USAGOV", "CHNGOV")]
    assert coded(pipe, "The minister met the needs of the Italian people.") == []


def test_strikes_aimed_at_a_named_place_are_attacks_and_workers_strikes_are_not(pipe):
    found = coded(pipe, "The death toll from Israeli strikes on Gaza rose to 120, the health ministry said.")
    assert [(c[:2], s) for c, s, _ in found] == [("19", "ISRGOV")], found
    assert [c[:2] for c, _, _ in coded(pipe, "Workers at the port staged strikes on Monday.")] == ["14"]


def test_a_protest_lodged_with_another_state_is_aimed_at_it(pipe):
    found = coded(pipe, "Japan lodged a protest with Beijing over the detention of a Japanese citizen.")
    assert found == [("114", "JPNGOV", "CHNGOV")], found


def test_killed_in_an_exchange_of_fire_with_troops_names_the_other_side(pipe):
    found = coded(pipe, "Three Indian soldiers were killed in an exchange of fire with Pakistani troops.")
    assert found == [("190", "PAKMIL", "INDMIL")], found


# --- weapons tests, cyber intrusions, trade measures --------------------------------------------

def test_a_missile_test_is_a_show_of_force(pipe):
    assert coded(pipe, "North Korea test-fired two ballistic missiles into the sea.") == [("150", "PRKGOV", None)]


def test_hackers_breaching_a_government_system_coerce_it(pipe):
    found = coded(pipe, "Russian hackers breached the systems of the US Treasury.")
    assert [(c[:2], t) for c, _, t in found] == [("17", "USAGOV")], found


def test_halting_imports_is_an_embargo(pipe):
    assert coded(pipe, "Beijing halted imports of Japanese seafood.") == [("163", "CHNGOV", "JPNGOV")]


def test_an_arms_sale_approved_is_military_aid(pipe):
    assert [c for c, _, _ in coded(pipe, "The US approved a $1.1 billion arms sale to Taiwan.")] == ["072"]


def test_freezing_money_in_assets_is_a_sanction(pipe):
    assert [c for c, _, _ in coded(pipe, "The EU froze 200 billion euros in Russian central bank assets.")] == ["163"]


def test_diplomats_expelled_from_a_country_are_expelled_by_it(pipe):
    assert coded(pipe, "The expulsion of Russian diplomats from Germany angered Moscow.") == [("166", "DEUGOV", "RUSGOV")]


def test_the_downing_of_an_airliner_that_killed_people_is_an_attack_on_them(pipe):
    assert [(c[:2], t) for c, _, t in coded(pipe, "The downing of the MH17 airliner killed 298 people.")] == [("19", "CVL")]


def test_people_counted_in_an_arrest_come_before_the_city(pipe):
    found = coded(pipe, "Police arrest dozens at pro-Palestinian protest in London")
    assert [(c, t) for c, _, t in found] == [("173", "GBRCVL")], found


def test_an_army_clashing_with_armed_dissidents_is_fighting_not_a_riot(pipe):
    found = coded(pipe, "The Colombian army clashed with FARC dissidents in Cauca department.")
    assert [c[:2] for c, _, _ in found] == ["19"], found


def test_soldiers_killed_in_a_region_are_that_country_s_not_the_region(pipe):
    found = coded(pipe, "A landmine blast killed three soldiers in Mali's Mopti region.")
    assert [(c[:2], t) for c, _, t in found] == [("19", "MLIMIL")], found


# --- an attack told before ---------------------------------------------------------------------

def test_the_strikes_that_killed_are_the_strikes_told_before(pipe):
    found = events(pipe, "Russia launched dozens of missile strikes on Kyiv overnight.\n\n"
                         "The strikes killed at least five civilians, officials said.")
    killing = [e for e in found if "killed" in e.evidence]
    assert [(e.source.actor, e.source_from, e.target.actor) for e in killing] == [("RUSGOV", "document", "UKRCVL")]


def test_the_strikes_with_no_attack_told_before_keep_no_doer(pipe):
    found = events(pipe, "The strikes killed at least five civilians, officials said.")
    assert [(e.cameo[:2], e.source) for e in found] == [("19", None)]


def test_the_strikes_are_not_lent_to_whoever_shot_down_drones(pipe):
    found = events(pipe, "Russian forces struck Ukraine overnight.\n\nUkraine shot down 20 drones.\n\n"
                         "The attacks killed five civilians.")
    killing = [e for e in found if "killed" in e.evidence]
    assert killing and killing[0].source is None, killing


# --- headlines ---------------------------------------------------------------------------------

def test_a_headline_verb_the_tagger_calls_a_noun_is_still_the_act(pipe):
    found = coded(pipe, "Protesters storm parliament in Nairobi as police open fire")
    # (police opening fire on a protest repress it: 175)
    assert [(c[:2], s) for c, s, _ in found] == [("14", "OPP"), ("17", "KENCOP")], found


def test_a_gulf_named_after_a_country_is_water_not_the_country(pipe):
    found = coded(pipe, "Iran seizes oil tanker in Gulf of Oman")
    assert found == [("171", "IRNGOV", None)], found


def test_its_forces_are_the_forces_of_whoever_reports_them(pipe):
    found = coded(pipe, "Ukraine's military said its forces had repelled 30 Russian assaults near Pokrovsk.")
    assert [(c[:2], s) for c, s, _ in found] == [("19", "UKRMIL")], found


def test_praising_an_outcome_is_praise_though_no_one_is_named(pipe):
    assert coded(pipe, "Moscow praised the outcome of the talks.") == [("051", "RUSGOV", None)]
    assert coded(pipe, "Biden commended the courage of the Ukrainian people.") == [("051", "USAGOV", "UKRCVL")]


@pytest.mark.parametrize("text, expected", [
    ("Geolocated footage indicates that Russian forces recently advanced in central Toretsk.", ("190", "RUSMIL")),
    ("Ukrainian forces recently regained positions near Pokrovsk.", ("192", "UKRMIL")),
    ("North Korean troops are reportedly fighting alongside Russian forces in Kursk Oblast.", ("062", "PRKMIL")),
])
def test_front_line_reporting_of_advances_and_allies(pipe, text, expected):
    assert [(c, s) for c, s, _ in coded(pipe, text)] == [expected]


def test_a_call_to_discuss_is_a_call_not_an_appeal(pipe):
    assert [c for c, _, _ in coded(pipe, "Powell called his Russian counterpart to discuss the crisis.")] == ["041"]
    assert [c[:2] for c, _, _ in coded(pipe, "Biden called on Congress to pass the aid bill.")] == ["02"]


def test_officials_of_no_stated_country_are_of_the_town_they_act_in(pipe):
    assert coded(pipe, "Police in Najaf arrested five men.") == [("173", "IRQCOP", "IRQCVL")]


def test_people_protesting_in_a_town_are_its_people(pipe):
    assert coded(pipe, "Thousands of Shiites marched through Najaf to protest the occupation.") == [("141", "IRQCVL", None)]


# --- no event ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # relatives meeting: no diplomacy
    "Relatives of the victims met outside the court.",
    # an accusation no one makes is a label; so is a named person "accused of"
    "Several officials had been accused of corruption.",
    "Fernando Suarez, who heads the King Juan Carlos University in Madrid, is accused of copying other work.",
    # "as alleged" points at a charge made elsewhere
    "As alleged, the defendants had a duty to ensure the safety of federal inmates, the U.S. attorney said.",
    # a gas cylinder exploding is no bombing
    "A gas cylinder exploded in a kitchen in Kabul.",
    # a victim already known, in a relative clause, is background
    "Police are searching for the man who was shot last week.",
    # talks and bills advancing use no force
    "Talks advanced in Geneva on Monday.",
    "The bill advanced in the Senate.",
])
def test_what_only_sounds_like_an_act_is_no_event(pipe, text):
    assert events(pipe, text) == []
