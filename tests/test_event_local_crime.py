"""Local crime news as reporters write it: victims named in headlines by age, count or kin
("2-year-old killed in Little Rock shooting", "Father of four killed", "Boy, 3, killed by
father"), two private people on both sides of a killing, police violence on people (175), lone
gunmen and pirates (18, not an army's 19), the toll of an act told in a clause, manhunts, and
police sent to a scene (no event)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest


sys.path.insert(0, str(Path(__file__).parent))
from event_coding import coded  # noqa: E402


# --- victims a headline names by age, count or kin ------------------------------------------------

@pytest.mark.parametrize("text, target", [
    ("2-year-old killed in Little Rock shooting", "USACVL"),  # the town names where, not who shot
    ("Teen shot dead in Chicago", "USACVL"),
    ("Man shot dead outside bar in Leeds", "GBRCVL"),
    ("Father of four killed in shooting", "CVL"),
])
def test_a_headline_victim_is_the_target_of_a_crime_with_no_named_doer(pipe, text, target):
    assert [(c[:2], s, t) for c, s, t in coded(pipe, text)] == [("18", None, target)]


def test_a_headline_victim_killed_by_a_relative(pipe):
    # "Boy" read as an interjection, "murder-suicide" no suicide bombing
    assert coded(pipe, "Boy, 3, killed by father in double murder-suicide") == [("180", "CVL", "CVL")]


def test_a_counted_headline_toll(pipe):
    assert coded(pipe, "Three killed in Kabul blast") == [("183", None, "AFGCVL")]


def test_two_private_people_are_doer_and_victim(pipe):
    text = "A man killed his ex-girlfriend and her new boyfriend before turning the gun on himself."
    assert [(c[:2], s, t) for c, s, t in coded(pipe, text)] == [("18", "CVL", "CVL")]


def test_the_shooting_the_victims_were_wounded_in_is_not_their_act(pipe):
    assert coded(pipe, "Two police officers wounded in shooting in Dallas") == [("180", None, "USACOP")]


# --- who uses violence decides its family -----------------------------------------------------------

@pytest.mark.parametrize("text, source", [
    ("A 15-year-old boy was shot dead by a policeman, sparking riots across the country.", "COP"),
    ("Police shot dead a gunman outside a bar in Leeds.", "GBRCOP"),
])
def test_police_violence_on_people_is_repression(pipe, text, source):
    assert [(c, s) for c, s, _ in coded(pipe, text)] == [("175", source)]


def test_police_fighting_militants_in_a_war_is_still_fighting(pipe):
    assert [c[:2] for c, _, _ in coded(pipe, "Police fought Taliban militants with rockets in Kandahar.")] == ["19"]


@pytest.mark.parametrize("text", [
    "The gunman shot his estranged wife and two co-workers at the plant.",
    "Pirates fired rocket-propelled grenades at the cargo ship but failed to board it.",
])
def test_lone_gunmen_and_pirates_are_no_army(pipe, text):
    assert [c[:2] for c, _, _ in coded(pipe, text)] == ["18"]


def test_the_toll_of_an_act_told_in_a_clause_is_that_act(pipe):
    text = "Two people were killed when police opened fire on protesters in Nairobi."
    assert coded(pipe, text) == [("175", "KENCOP", "KENOPP")]


# --- police work that is and is not an event ----------------------------------------------------------

def test_police_searching_for_a_suspect_investigate(pipe):
    text = "Police are searching for a man accused in the deadly shooting of a teenager."
    assert [c[:2] for c, _, _ in coded(pipe, text)] == ["09"]


def test_searching_for_a_missing_hiker_is_a_rescue(pipe):
    assert coded(pipe, "Police searched for a missing hiker in the mountains.") == []


@pytest.mark.parametrize("text", [
    "Officers were called to the 500 block of West Street where they found a man with gunshot wounds.",
    "Deputies were called out to a home on Elm Road on Sunday.",
])
def test_police_sent_to_a_scene_is_no_event(pipe, text):
    assert [c for c, _, _ in coded(pipe, text) if c[:2] != "18"] == []


# --- robbery, hostages, ships and courts ------------------------------------------------------------

def test_a_hold_up_is_armed_robbery_and_a_held_up_talk_no_event(pipe):
    text = "Armed robbers held up a jewellery store in central London and escaped with diamonds worth millions."
    assert [(c, s) for c, s, _ in coded(pipe, text)] == [("180", "CRM")]
    assert coded(pipe, "The talks were held up by a dispute over the agenda.") == []


def test_pirates_holding_a_crew_for_ransom_take_hostages_and_releasing_the_ship_lets_go(pipe):
    assert coded(pipe, "The pirates are holding the crew of 25 for ransom.") == [("181", "CRM", None)]
    assert [c for c, _, _ in coded(pipe, "The pirates released the ship after a ransom was paid.")] == ["084"]


def test_fishermen_freed_are_people_not_their_government(pipe):
    assert coded(pipe, "The Dutch navy freed 20 Yemeni fishermen held by pirates.") == [("084", "NLDMIL", "YEMCVL")]


@pytest.mark.parametrize("text", [
    "He was sentenced to life in prison without parole.",
    "She was denied bail at a hearing on Monday.",
])
def test_a_court_s_act_on_someone_named_before_is_legal_action(pipe, text):
    assert coded(pipe, text) == [("173", None, "CVL")]


@pytest.mark.parametrize("text", [
    "Authorities evacuated the area after a telephoned warning.",
    "Hundreds of residents were evacuated from the village.",
])
def test_clearing_people_out_of_harm_s_way_is_no_retreat(pipe, text):
    assert coded(pipe, text) == []


def test_a_force_evacuating_a_city_still_pulls_back(pipe):
    assert coded(pipe, "Russian forces evacuated Kherson.") == [("087", "RUSMIL", "UKR")]


def test_struck_by_a_car_someone_drove_is_an_accident(pipe):
    text = "She was struck by a Ford Crown Victoria, driven by 59-year-old James Kitchens, of Edmonton."
    assert coded(pipe, text) == []


# --- news that sounds like an act but is none -----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Google agreed to buy Motorola Mobility for 12.5 billion dollars.",  # business
    "Police warned drivers to avoid the area.",  # advice to the public
    "The director shot most of the scenes in Berlin.",  # filming
])
def test_business_advice_and_filming_are_no_events(pipe, text):
    assert coded(pipe, text) == []


def test_a_state_agreeing_to_a_purchase_and_a_state_s_warning_are_still_coded(pipe):
    assert [c for c, _, _ in coded(pipe, "China agreed to buy 200 Boeing jets.")] == ["030"]
    assert coded(pipe, "Russia warned the United States against sending tanks.") == [("130", "RUSGOV", "USAGOV")]


# --- police, raids and bombs ------------------------------------------------------------------------------

def test_officers_shooting_someone_outside_a_war_are_police(pipe):
    assert coded(pipe, "An off-duty officer shot and killed an unarmed black teenager.") == [("175", "COP", "CVL")]


def test_a_police_raid_on_addresses_is_a_search(pipe):
    found = coded(pipe, "Police raided several addresses in Birmingham and arrested three men.")
    assert [c for c, _, _ in found] == ["091", "173"]


def test_firing_into_a_crowd_is_an_attack(pipe):
    assert [(c[:2], s) for c, s, _ in coded(pipe, "Witnesses said the gunman shouted before firing into the crowd.")] \
        == [("18", "REB")]


def test_a_car_bomb_s_toll_keeps_its_bombing(pipe):
    text = "At least 20 people were killed when a car packed with explosives blew up near a government building."
    assert coded(pipe, text) == [("183", None, "CVL")]


def test_a_participle_hung_on_the_place_belongs_to_the_people_there(pipe):
    # "demanding" is the protesters', not the police station's
    assert [c for c, _, _ in coded(pipe, "Hundreds protested outside the police station demanding justice.")] == ["140"]


# --- blows by hand -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, target", [
    ("He punched the officer in the face and ran off.", "COP"),
    ("The teenager was beaten to death by a gang of youths.", "CVL"),
    ("The man struck his neighbour with a hammer.", "CVL"),  # a hammer, no air strike: 18
])
def test_blows_are_physical_assault(pipe, text, target):
    assert [(c[:2], t) for c, _, t in coded(pipe, text)] == [("18", target)]


@pytest.mark.parametrize("text", [
    "The striker kicked the ball into the net.",
    "Federer beat Nadal in straight sets.",
])
def test_sport_is_no_assault(pipe, text):
    assert coded(pipe, text) == []


def test_a_stun_gun_on_a_man_is_police_force(pipe):
    assert coded(pipe, "Police used a stun gun to subdue the man.") == [("175", "COP", "CVL")]


# --- courts and police work ----------------------------------------------------------------------------------

def test_charges_filed_by_a_prosecutor_are_legal_action_not_a_lawsuit(pipe):
    assert [c for c, _, _ in coded(pipe, "The district attorney filed murder charges against the two men.")] == ["173"]


def test_a_court_appearance_is_no_act_against_the_accused(pipe):
    assert coded(pipe, "He is due to appear in court on Monday.") == []


@pytest.mark.parametrize("text", [
    "He was convicted of killing his wife in 2009.",
    "Two men were arrested for shooting a teenager.",
    "She was charged with murdering her two children.",
])
def test_the_crime_a_court_acts_on_is_background(pipe, text):
    assert [c for c, _, _ in coded(pipe, text)] == ["173"]


def test_a_recaptured_prisoner_is_arrested_a_recaptured_town_taken(pipe):
    assert [c for c, _, _ in coded(pipe, "The escaped prisoner was recaptured two days later.")] == ["173"]
    assert [c for c, _, _ in coded(pipe, "Rebels recaptured the town.")] == ["192"]


# --- short reports the page gate keeps ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, code", [
    ("Thousands of demonstrators rallied against the new law.", "141"),
    ("Masked youths attacked banks and shops with firebombs.", "145"),
    ("Mr. Garrett then swung it at Mr. Rudolph, hitting him in the head.", "180"),
])
def test_protest_and_violence_by_people_of_no_country_are_kept_in_a_short_report(pipe, text, code):
    assert [c for c, _, _ in coded(pipe, text)] == [code]


# --- crimes told as nouns, cars as weapons and as accidents ------------------------------------------------

@pytest.mark.parametrize("text, code", [
    ("The shooting happened just after 2 a.m. outside a nightclub.", "180"),
    ("The stabbing took place in a park on Saturday night.", "182"),
    ("The riot lasted for three nights.", "145"),
    # ("A shooting at a Toledo nightclub left one man dead and three wounded": its dead are its target,
    # tests/test_event_recall_news.py::test_the_toll_an_attack_left_tells_the_attack)
])
def test_a_crime_told_as_a_noun_with_its_time_or_place_is_an_event_with_no_one_named(pipe, text, code):
    assert coded(pipe, text) == [(code, None, None)]


def test_a_noun_that_only_names_sport_is_no_event(pipe):
    assert coded(pipe, "His shooting from the three-point line was poor.") == []


def test_a_truck_rammed_into_a_crowd_is_an_attack(pipe):
    assert coded(pipe, "A truck rammed into the crowd, killing 86 people.") == [("180", None, "CVL")]


@pytest.mark.parametrize("text", [
    "A 1993 brown Cadillac driven by Larry Dunaway of Berea struck the pickup truck in the left rear, the deputy said.",
    "A car crashed into a tree, killing the driver.",
])
def test_cars_in_traffic_are_accidents(pipe, text):
    assert coded(pipe, text) == []


# --- headlines ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, code", [
    ("Pirates Hijack Oil Tanker off Somalia", "181"),  # "off" in lower case: still Title Case
    ("Jury Convicts Man in 2011 Slaying", "173"),  # two capitalised words in a long headline
    ("Deadly Shooting at Kraft Plant", "180"),  # a gerund the tagger calls a verb
    ("Three Dead After Shooting at Mall", "180"),
    ("2 Dead, 1 Wounded in Shooting", "180"),
    ("Bomb Explodes Outside Athens Bank", "183"),  # a bombing, whoever set it
])
def test_crime_headlines(pipe, text, code):
    assert [c for c, _, _ in coded(pipe, text)] == [code]


@pytest.mark.parametrize("text, codes", [
    ("Kraft Shooting: Yvonne Hiller Charged With Two Counts Of Murder", ["173"]),  # a label before the colon
    ("The British government outlawed the group because of its involvement in killing in the province.", ["172"]),
    ("Suspect Charged in Deadly Hit-and-Run", ["173"]),  # traffic, no assault
])
def test_a_crime_named_as_a_label_or_a_charge_is_no_new_event(pipe, text, codes):
    assert [c for c, _, _ in coded(pipe, text)] == codes


def test_a_celebrity_the_tagger_calls_an_organisation_is_still_sentenced(pipe):
    assert coded(pipe, "Lohan was sentenced to 90 days in jail for violating her probation.") == [("173", None, "CVL")]


def test_voting_is_no_rejection(pipe):
    assert coded(pipe, "Voters rejected the proposal in a referendum.") == []


# --- the encounter a clause is set in --------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("In a call with Prime Minister Modi, President Biden reaffirmed the strength of the partnership.",
     ("041", "USAGOV", "INDGOV")),
    ("In a phone call late last week, Peres told Egyptian President Hosni Mubarak that the agreements "
     "signed by Israel contain an obligation.", ("041", "ISRGOV", "EGYGOV")),
    ("During a meeting with Chinese Foreign Minister Wang Yi, Blinken raised concerns about Taiwan.",
     ("040", "USAGOV", "CHNGOV")),
])
def test_a_call_or_meeting_a_clause_is_set_in_took_place(pipe, text, expected):
    assert expected in coded(pipe, text)


def test_talks_to_come_a_clause_names_are_no_encounter(pipe):
    text = "Israeli Prime Minister Ehud Barak has agreed to US mediation in the final status talks with the Palestinians."
    assert [c for c, _, _ in coded(pipe, text) if c.startswith("04")] == []


def test_an_indictment_returned_and_an_assault_someone_was_subjected_to(pipe):
    text = "A federal grand jury in Milwaukee has returned a three-count indictment against a Chicago couple."
    assert [c for c, _, _ in coded(pipe, text)] == ["173"]
    text = "The man chased and grabbed her and subjected her to a serious sexual assault."
    assert [c for c, _, _ in coded(pipe, text)] == ["182"]


@pytest.mark.parametrize("text, expected", [
    # one act, a named victim (of the report's one country: a name of no known place, "Taco Bell", does not
    # unplace her; evlgl17)
    ("Clark shot and killed Na'lisha Gravely in a Taco Bell in 2008.", [("180", None, "USACVL")]),
    ("They were arrested on outstanding warrants for issuing worthless checks.", [("173", None, "CVL")]),
    ("A Gainesville restaurant was robbed by an armed man Monday morning.", [("180", "REB", "CVL")]),
    ("Police received a report that two teenage boys were robbed at gunpoint on Saturday.", [("180", None, "CVL")]),
])
def test_named_victims_pronouns_and_robberies(pipe, text, expected):
    found = [(c, s if s is None or s.isupper() else s, t) for c, s, t in coded(pipe, text)]
    assert found == expected


def test_he_in_a_clause_he_admitted_shot_someone_rather_than_was_shot(pipe):
    text = "Clark admitted that he shot and killed Na'lisha Gravely in a West Side Taco Bell in 2008."
    assert [c[:2] for c, _, _ in coded(pipe, text)] == ["18"]


@pytest.mark.parametrize("text, expected", [
    ("Mason charged with sex assault.", [("173", None, "CVL")]),  # a name NER calls an organisation
    ("Man booked for teen assault.", [("173", None, "CVL")]),  # booked: arrested
    ("Hellinghausen was booked into the Titus County Jail.", [("173", None, "USACVL")]),
    ("A 19-year-old who tried to avoid a fight wound up being stabbed in the back four times.",
     [("182", None, "CVL")]),  # "wound up": ended up, no wounding
    ("He got shot in the leg outside a bar.", [("180", None, "CVL")]),
])
def test_booked_charged_and_ended_up_harmed(pipe, text, expected):
    assert coded(pipe, text) == expected


def test_booking_a_flight_is_no_arrest(pipe):
    assert coded(pipe, "We booked a flight to Paris.") == []


def test_a_headline_led_by_a_participle_the_tagger_calls_its_verb(pipe):
    assert coded(pipe, "Fleeing suspect arrested.") == [("173", None, "CRM")]


# --- riots -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Rioters pelted police with stones and set fire to barricades.", [("145", "OPP", "COP")]),
    ("Protesters threw rocks and bottles at officers.", [("145", "OPP", "COP")]),  # officers: police
    ("Anarchists smashed the windows of banks and luxury shops.", [("145", "OPP", "BUS")]),
    ("Demonstrators occupied the main square for a second day.", [("141", "OPP", None)]),  # a sit-in
    ("Strikers picketed the factory gates.", [("141", "LAB", None)]),
])
def test_protesters_violence_is_a_riot_and_their_occupation_a_demonstration(pipe, text, expected):
    assert coded(pipe, text) == expected


def test_troops_occupying_a_town_still_take_it(pipe):
    assert coded(pipe, "Russian troops occupied the town.") == [("192", "RUSMIL", None)]


def test_a_reward_for_information_is_no_offer_to_a_party(pipe):
    text = ("An explosion at a bank killed a police officer and a state bomb disposal technician, officials said "
            "Saturday, offering a 35,000 dollar reward for information leading to an arrest.")
    assert [c for c, _, _ in coded(pipe, text)] == ["183"]


def test_a_person_ner_calls_a_place_is_still_shot(pipe):
    assert coded(pipe, "After Kathina was shot, she exclaimed.") == [("180", None, "CVL")]


@pytest.mark.parametrize("text", [
    "4 Shot at Party in Rice County",  # a count before the first word: "Shot" is no sentence's capital
    "Four shot during Halloween party at Underground nightclub",
])
def test_a_headline_count_of_people_shot(pipe, text):
    assert [(c, s) for c, s, _ in coded(pipe, text)] == [("180", None)]


def test_shots_fired_are_no_count_of_people(pipe):
    assert [c for c, _, _ in coded(pipe, "He fired two shots at the car.")] in ([], ["190"], ["180"])


def test_an_officer_by_title_and_a_police_shooting_are_police_force(pipe):
    assert coded(pipe, "Officer Darren Wilson shot Michael Brown in Ferguson.") == [("175", "USACOP", "USACVL")]
    assert coded(pipe, "The police shooting of an unarmed man sparked protests.") == [("175", "COP", "CVL")]


@pytest.mark.parametrize("text, expected", [
    ("Police tasered the man twice.", [("175", "COP", "CVL")]),
    ("Officers beat a protester with batons.", [("175", "COP", "CVL")]),
    ("Deputies tackled and handcuffed the suspect.", [("173", "COP", "CRM")]),
])
def test_police_blows_and_restraint(pipe, text, expected):
    assert coded(pipe, text) == expected


def test_a_verdict_the_parser_hangs_deep_in_the_object(pipe):
    assert [c for c, _, _ in coded(pipe, "Jury finds suspect in Troy office shooting guilty")] == ["173"]
    assert coded(pipe, "Investigators found the guilty party's car.") == []


@pytest.mark.parametrize("text, expected", [
    ("38-year-old Vermelhudo is dead after being stabbed on Friday.", [("182", None, "CVL")]),
    ("She was awoken by a man, who stabbed her with a tool used in sheet metal work.", [("182", "CVL", None)]),
    ("The man who stabbed her was arrested.", [("173", None, "CVL")]),  # a restrictive relative: background
])
def test_after_being_stabbed_and_a_man_who_stabbed(pipe, text, expected):
    assert coded(pipe, text) == expected


def test_a_spree_or_rampage_of_violence(pipe):
    assert [c for c, _, _ in coded(pipe, "In May, a stabbing spree in Guizhou province left two dead and 18 injured.")] \
        == ["182"]
    assert [(c, s) for c, s, _ in coded(pipe, "The gunman's shooting rampage at the mall killed nine.")] == [("180", "REB")]
    assert coded(pipe, "He went on a shopping spree in Paris.") == []


def test_hitting_a_song_is_no_assault(pipe):
    # (read on a music page no eval set uses: a named victim of no code needs a verb of harm)
    text = "After hitting “Takin’ It To the Streets,” the singer and guitarist told the audience."
    assert [c for c, _, _ in coded(pipe, text) if c[:2] in ("18", "19")] == []
