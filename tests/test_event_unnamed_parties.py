"""Victims, unnamed doers and things that look like parties: local and wire news tell violence
through people the actor tables have no code for ("the victims were shot", "someone opened
fire", "their boss, who was gunned down"), in headlines the tagger misreads ("Grandparents
charged in ..."), and at gatherings that are no political party ("a birthday party")."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from eventwire.actors import default_resolver

sys.path.insert(0, str(Path(__file__).parent))
from event_coding import coded  # noqa: E402


@pytest.mark.parametrize("text", [
    "The victims were shot in the head.",
    "Survivors were shot inside the lodge.",
])
def test_victims_shot_by_no_one_named_are_an_assault_on_people(pipe, text):
    assert [(c[:2], s, t) for c, s, t in coded(pipe, text)] == [("18", None, "CVL")]


def test_someone_who_opens_fire_is_kept_as_the_text_says(pipe):
    events = pipe.process_text("Someone in a passing car opened fire on the crowd.", published="2024-05-10").events
    assert [(e.cameo[:2], e.source.text, e.source.actor, e.target.actor) for e in events] \
        == [("18", "Someone", None, "CVL")]


def test_a_person_a_relative_who_stands_for_was_gunned_down(pipe):
    text = ("Employees at a Vancouver wholesaler were coping Saturday with the death of their boss, "
            "who was gunned down at their office Christmas party.")
    assert [(c[:2], s, t) for c, s, t in coded(pipe, text)] == [("18", None, "CANCVL")]


@pytest.mark.parametrize("text", ["a birthday party", "an office Christmas party", "the parties to the conflict",
                                  "a search party"])
def test_a_gathering_is_no_political_party(text):
    actor = default_resolver().resolve(text)
    assert actor is None or actor.actor is None


@pytest.mark.parametrize("text", ["the ruling party", "opposition parties", "the Labour Party"])
def test_political_parties_stay_parties(text):
    assert default_resolver().resolve(text).sector == "OPP"


def test_people_shot_at_a_party_are_the_target_not_the_party(pipe):
    # (a gunman shooting people is no army: CAMEO 18)
    assert coded(pipe, "An unidentified gunman shot three people at a birthday party.") == [("180", "REB", "CVL")]
    # a weapon is no one: "at" keeps its aim
    assert [(c[:2], t) for c, _, t in coded(pipe, "Hamas fired rockets at Israel.")] == [("19", "ISRGOV")]


def test_one_shot_is_a_person_not_a_town_of_that_name(pipe):
    # (Anderson is also a town in South Carolina)
    # (a person the tables do not know: one of the people, not the town)
    assert [t for _, _, t in coded(pipe, "Antoine shot Anderson, police said.")] == ["CVL"]
    assert [t for _, _, t in coded(pipe, "Antoine accidentally shot Anderson, police said.")] == ["CVL"]


@pytest.mark.parametrize("text, code", [
    ("Grandparents charged in fatal shooting of Detroit girl", "173"),
    ("Teen arrested in fatal shooting on Birch Street Saturday", "173"),
])
def test_headline_participles_the_tagger_calls_past_tense_are_passive(pipe, text, code):
    assert [(c, s) for c, s, _ in coded(pipe, text)] == [(code, None)]


def test_pirates_seizing_a_ship_hijack_it_a_state_seizing_one_confiscates(pipe):
    assert [c for c, _, _ in coded(pipe, "Somali pirates seized a cargo ship with 20 crew members.")] == ["181"]
    assert [c for c, _, _ in coded(pipe, "Iran's Revolutionary Guards seized a British tanker in the Gulf.")] \
        == ["171"]


def test_petrol_bombs_hurled_at_police_are_a_riot(pipe):
    assert coded(pipe, "Youths hurled petrol bombs at police in central Athens.") == [("145", "GRCCVL", "GRCCOP")]


def test_whom_an_attack_hit_is_its_target(pipe):
    assert coded(pipe, "Gunmen opened fire on a bus, hitting the child in the shoulder.") == [("180", "REB", "CVL")]


def test_a_party_someone_opened_fire_at_is_a_gathering(pipe):
    assert [t for _, _, t in coded(pipe, "A man opened fire at a party, killing two.")] != ["OPP"]
    assert [t for _, _, t in coded(pipe, "Police fired tear gas at a party rally in Dhaka.")] != [None]


def test_a_headline_naming_its_story_before_a_colon_still_reports_the_charge(pipe):
    assert [(c, s) for c, s, _ in coded(pipe, "Millom double murder: Man charged with killing mother and sister")] \
        == [("173", None)]


def test_one_person_helping_victims_is_no_cooperation_between_parties(pipe):
    text = "Alaya McIvor is a survivor of sex trafficking and now works with victims at Sage House."
    assert coded(pipe, text) == []


def test_the_subject_of_a_clause_the_parser_hangs_on_the_verb_before(pipe):
    # the small parser reads "let go" as the main verb and "opened fire" as its complement
    text = ("A former employee recently let go from his job opened fire at an office Christmas party "
            "yesterday, killing one person.")
    assert [(c[:2], t) for c, _, t in coded(pipe, text)] == [("18", "CVL")]


@pytest.mark.parametrize("text", [
    "Mich. accountant charged with murder in office shootings",
    "Breaking: man charged with arson after fire at Waitrose in Wellington",
])
def test_headline_participles_on_the_person_they_tell_of(pipe, text):
    assert [(c, s) for c, s, _ in coded(pipe, text)] == [("173", None)]


def test_a_stray_bullet_names_the_weapon_not_who_fired_it(pipe):
    text = "Last May, a stray bullet killed 10-year-old Kathina Thomas as she played on the front steps of her home."
    # (a front door or the front steps are no front line)
    assert [(c, s, t) for c, s, t in coded(pipe, text)] == [("180", None, "CVL")]


@pytest.mark.parametrize("text", [
    "Jury finds Andrew Lopez guilty in murder of Zurana Horton",
    "A jury found Lopez guilty of murder.",
    "A Brooklyn jury has returned a guilty verdict for Andrew Lopez for the murder of Zurana Horton.",
])
def test_a_jury_s_guilty_verdict_is_legal_action_by_the_court(pipe, text):
    assert [(c, (s or "")[-3:]) for c, s, _ in coded(pipe, text)] == [("173", "JUD")]


def test_no_reasonable_juror_could_have_found_them_guilty_is_no_verdict(pipe):
    assert coded(pipe, "No reasonable juror could have found the women guilty, the court said.") == []


def test_people_named_by_what_they_do_are_the_people_harmed(pipe):
    text = "In her statement, Hiller admitted killing two coworkers and seriously wounding a third."
    assert [(c[:2], t) for c, _, t in coded(pipe, text)] == [("18", "CVL")]


def test_a_subject_set_off_by_dashes_still_does_the_act(pipe):
    text = ("Earlier today, Iran—and its proxies operating out of Yemen, Syria and Iraq—launched an "
            "unprecedented air attack against military facilities in Israel.")
    assert [(c[:2], s, t) for c, s, t in coded(pipe, text)] == [("19", "IRNGOV", "ISRMIL")]


def test_concerns_a_leader_underscores_about_another_state_criticise_it(pipe):
    text = "President Biden underscored his fundamental concerns about Beijing's coercive economic practices."
    assert coded(pipe, text) == [("111", "USAGOV", "CHNGOV")]


def test_cells_repelling_invaders_is_biology(pipe):
    text = "Tuft cells do more than help repel the body's invaders."
    assert coded(pipe, text) == []


@pytest.mark.parametrize("text, actor", [
    ("the victims of Russia's strikes", "CVL"),
    ("victims of Russian aggression", "CVL"),
    ("Ukrainian victims", "UKRCVL"),
    ("the people of Ukraine", "UKRCVL"),
])
def test_victims_of_a_state_s_attack_are_not_its_people(text, actor):
    assert default_resolver().resolve(text).actor == actor


def test_whom_a_speaker_speaks_for_is_no_target_of_the_condolences(pipe):
    text = "Secretary Blinken expressed condolences on behalf of the United States for the victims of Russia's strikes."
    assert [t for _, _, t in coded(pipe, text)] in ([None], ["CVL"])


def test_a_person_named_by_surname_keeps_the_code_the_document_gave_them(pipe):
    text = ("Ukrainian Deputy Foreign Minister Anna Koval met Polish officials in Warsaw on Monday.\n\n"
            "Later, Koval met with German Chancellor Olaf Scholz to discuss air defence.")
    events = pipe.process_text(text, published="2024-05-10").events
    later = [e for e in events if e.evidence.startswith("Later")]
    assert [(e.source.text, e.source.actor, e.source_from) for e in later] == [("Koval", "UKRGOV", "document")]


def test_two_people_of_one_surname_lend_it_to_neither(pipe):
    text = ("Ukrainian Deputy Foreign Minister Anna Koval met Polish officials in Warsaw on Monday.\n\n"
            "Russian Deputy Minister Pavel Koval met Iranian officials in Tehran.\n\n"
            "Koval later met the Indian ambassador.")
    events = pipe.process_text(text, published="2024-05-10").events
    assert [(e.source.text, e.source.actor) for e in events if e.evidence.startswith("Koval later")] \
        == [("Koval", None)]


def test_armed_robbery_is_an_assault_theft_alone_no_event(pipe):
    assert [c for c, _, _ in coded(pipe, "Four armed men stole jewels worth 85 million euros from a store in Paris.")] \
        == ["180"]
    assert coded(pipe, "Thieves stole jewels worth 80 million euros from a Paris store.") == []
    # troops looting a town seize property
    assert [c for c, _, _ in coded(pipe, "Russian troops looted homes in Bucha.")] == ["171"]


def test_youths_clashing_with_riot_police_riot(pipe):
    assert [c for c, _, _ in coded(pipe, "Youths clashed with riot police for a third night in Thessaloniki.")] \
        == ["145"]


def test_a_male_arrested_in_a_headline_is_a_person(pipe):
    text = "17-year-old Chalmette male arrested in accidental shooting of 16-year-old girl"
    assert [(c, s) for c, s, _ in coded(pipe, text)] == [("173", None)]


@pytest.mark.parametrize("text, code", [
    ("Masked men set fire to a bank in central Athens.", "180"),
    ("Hooded youths set fire to a bank in central Athens.", "145"),
    ("Russian troops torched houses in the village.", "171"),
])
def test_who_sets_the_fire_decides_arson_riot_or_destruction(pipe, text, code):
    assert [c for c, _, _ in coded(pipe, text)] == [code]


def test_it_in_a_clause_after_two_states_is_neither(pipe):
    text = ("He described the consequences if China provides material support to Russia as it conducts "
            "brutal attacks against Ukrainian cities.")
    assert ("CHNGOV", "UKRGOV") not in [(s, t) for _, s, t in coded(pipe, text)]


def test_a_public_information_officer_is_no_soldier():
    actor = default_resolver().resolve("Julie Graham, Washington State Department of Health public information officer")
    assert actor.sector == "GOV"


def test_acts_a_state_s_support_includes_are_that_state_s(pipe):
    text = ("The two officials condemned the DPRK's ongoing support to Russia's war against Ukraine, "
            "including the deployment of troops and transfer of ballistic missiles.")
    assert {s for c, s, _ in coded(pipe, text) if c[:2] in ("15", "07")} == {"PRKMIL"}


def test_a_named_official_meeting_two_parties_stays_the_one_who_met_them(pipe):
    text = ("Principal Deputy National Security Advisor Jon Finer traveled to Kyiv on September 4.\n\n"
            "Finer met with Andriy Yermak, the head of the Presidential Office, and Ukrainian military officials "
            "to discuss the state of Ukraine's operations.")
    events = [e for e in pipe.process_text(text, published="2024-09-06").events if e.evidence.startswith("Finer met")]
    assert [(e.source.text, e.target.actor) for e in events] == [("Finer", "UKRGOV")]
    assert [p.actor for p in events[0].participants][1:] == ["UKRGOV", "UKRMIL"]


@pytest.mark.parametrize("text", [
    "T-Mobile CEO John Legere is stepping down in May 2020.",
    "Masayoshi Son told executives to look for new revenue as SoftBank attempts to rescue the company.",
])
def test_companies_the_tables_do_not_know_dealing_is_business_news(pipe, text):
    assert coded(pipe, text) == []


def test_a_county_executive_is_an_official_not_a_business(pipe):
    text = "Broome County Executive Jason Garnar today lifted the State of Emergency declared in March."
    assert [c[:2] for c, _, _ in coded(pipe, text)] == ["08"]


@pytest.mark.parametrize("text, expected", [
    ("A man charged with murder in a recent Indiana homicide has been captured by Middletown police.", "173"),
    ("Investigators say Jackson was beaten and strangled while in the Kenton County jail in Covington.", "180"),
])
def test_police_capturing_arrest_and_a_person_beaten_is_a_person(pipe, text, expected):
    events = coded(pipe, text)
    assert [c for c, _, _ in events] == [expected]
    assert all(t is None or t.endswith("CVL") for _, _, t in events)  # (Jackson is no town in Mississippi)


def test_officers_shot_at_outside_a_war_are_police(pipe):
    assert [t for _, _, t in coded(pipe, "The driver pulled a handgun and shot at both officers, he said.")] == ["COP"]
    assert [t for _, _, t in coded(pipe, "Russian soldiers shot two Ukrainian officers near Bakhmut.")] == ["UKRMIL"]


@pytest.mark.parametrize("text", [
    "Police were called to the home on the 200 block of Froom Crescent for a report of a break and enter.",
    "The North East Texas Regional Water Planning Group held a meeting Wednesday afternoon.",
])
def test_a_call_to_the_police_and_a_body_meeting_by_itself_are_no_events(pipe, text):
    assert coded(pipe, text) == []


def test_a_lower_case_word_the_tagger_calls_a_name_is_no_town(pipe):
    text = "Adkins was arrested and charged with trafficking in a controlled substance and possession of marijuana."
    assert {t for _, _, t in coded(pipe, text)} <= {None, "CVL"}


@pytest.mark.parametrize("text", [
    "Raj Chohan was hit by a 2013 gray Camry near 117th Street and 97th Avenue in Richmond Hill.",
    "66-year-old Luann Johnson, of Burnsville, was hit while walking in the crosswalk around 7 p.m. Wednesday night.",
])
def test_people_hit_by_cars_are_no_assault(pipe, text):
    assert coded(pipe, text) == []


def test_a_man_hit_with_a_bat_near_an_intersection_is_still_no_traffic(pipe):
    assert [c[:2] for c, _, _ in coded(pipe, "A teenager was hit with a baseball bat near the intersection.")] == ["18"]


@pytest.mark.parametrize("text", [
    "Video of Brooklyn Mother of 13 Zurana Horton shot and killed in a gang shooting was revealed Thursday.",
    "A shocking video released Thursday captures the moment a Brooklyn mother of 12 was killed in a gang shootout.",
    "Prosecutors release new video in shooting trial of Brownsville mother of 12, Zurana Horton",
    "The crew shot a video in Kyiv.",
])
def test_a_video_of_a_killing_told_before_and_filming_are_no_new_attack(pipe, text):
    assert coded(pipe, text) == []


def test_what_footage_shows_troops_doing_is_still_reported(pipe):
    assert [c[:2] for c, _, _ in coded(pipe, "Video footage showed soldiers beating a protester in Minsk.")] == ["18"]


def test_police_called_to_investigate_is_no_appeal(pipe):
    assert coded(pipe, "Police were initially called to the Wal-Mart on Kentucky 192 to investigate some car break-ins.") \
        == []


def test_a_town_s_police_in_a_report_about_its_country_are_that_country_s(pipe):
    text = ("LONDON, Ky. (WKYT) - London Police have arrested two people on several drug and theft charges.\n\n"
            "Police also arrested Vernon Adkins, 40, of McKee, Kentucky.")
    events = pipe.process_text(text, published="2024-05-10").events
    assert [e.source.actor for e in events if e.evidence.startswith("LONDON")] == ["USACOP"]


@pytest.mark.parametrize("text, expected", [
    ("Russian and Ukrainian negotiators met in Istanbul.", ("040", "RUSGOV", "UKRGOV")),
    ("Thousands of Georgians rallied outside parliament.", ("141", "GEOCVL", None)),
    ("Soldiers overthrew President Bazoum.", ("180", "MIL", "NERGOV")),
])
def test_one_noun_two_nationalities_a_misread_preposition_and_irregular_pasts(pipe, text, expected):
    assert coded(pipe, text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Georgia appealed to the West for help.", ("023", "GEOGOV", None)),
    ("A Russian missile slammed into a shopping centre in Kremenchuk.", ("190", "RUSMIL", None)),
    ("Police said the motorcyclist crashed into a concrete barrier at a roundabout.", None),
    ("Hackers attacked government websites in Kyiv.", ("170", "CRM", "UKRMED")),
])
def test_the_west_a_missile_slamming_into_a_building_and_hackers(pipe, text, expected):
    assert coded(pipe, text) == ([expected] if expected else [])


def test_a_drone_strike_that_killed_a_hacker_is_no_cyber_attack(pipe):
    text = "Hussain, a British hacker working for Islamic State, was killed in a US drone strike in Syria."
    assert [c[:2] for c, _, _ in coded(pipe, text)] == ["19"]


@pytest.mark.parametrize("text, code", [
    ("Russia pulled out of the Conventional Armed Forces in Europe treaty.", "127"),
    ("Moscow walked out of the Black Sea Grain Initiative.", "127"),
    ("The Azerbaijani delegation walked out of the talks in Vienna.", "164"),
    ("Nurses walked out in Manchester.", "143"),
])
def test_what_one_walks_or_pulls_out_of_decides_the_act(pipe, text, code):
    assert [c for c, _, _ in coded(pipe, text)] == [code]


@pytest.mark.parametrize("text, sector", [
    ("a Forest Hill police sergeant", "COP"), ("DuPage Sheriff John Zaruba", "COP"), ("state troopers", "COP"),
    ("U.S. Marshals", "COP"), ("paratroopers", "MIL"),
])
def test_sheriffs_detectives_troopers_and_marshals_are_police(text, sector):
    assert default_resolver().resolve(text).sector == sector


def test_police_searching_investigate_rescuers_searching_do_not(pipe):
    assert [c for c, _, _ in coded(pipe, "Police searched his home in Leeds on Tuesday.")] == ["091"]
    assert coded(pipe, "Rescuers searched the rubble for survivors.") == []


def test_warning_residents_about_scams_is_advice_not_a_threat(pipe):
    assert coded(pipe, "DuPage Sheriff John Zaruba is warning residents about two recent scams.") == []
    assert coded(pipe, "Iran warned Israel about retaliation.") == [("130", "IRNGOV", "ISRGOV")]


def test_a_search_for_missing_climbers_is_a_rescue(pipe):
    assert coded(pipe, "Border Police are searching for three Latvian mountain climbers missing in the mountains.") == []


@pytest.mark.parametrize("text, expected", [
    # (session 17: the particle holds "from": the region withdrawn from is Ukraine's)
    ("Russian troops pulled back from Kyiv region.", ("087", "RUSMIL", "UKRGOV")),
    ("Ukrainian forces pushed back Russian troops near Kharkiv.", ("190", "UKRMIL", "RUSMIL")),
    ("The government pushed back the deadline.", None),
])
def test_particles_the_tagger_reads_as_adverbs(pipe, text, expected):
    assert coded(pipe, text) == ([expected] if expected else [])
