"""Forms reporting uses that the coder once missed: reactions to an act the document reported
before ("I condemn this attack"), statements ("had no comment"), sanctions listings, deliveries and
loans, criticism drawn, crowds gathering (events/coder.py, events/document.py resolve_reactions)."""
from __future__ import annotations

import pytest



def facts(pipe, text, published="2024-10-01"):
    return [e for e in pipe.process_text(text, published=published).events if not e.negated and not e.hypothetical]


def test_condemning_this_attack_condemns_whoever_carried_it_out(pipe):
    events = facts(pipe, "Today, Iran launched approximately 200 ballistic missiles at Israel in a reckless attack. "
                         "The Foreign Office condemned this attack unequivocally.")
    condemn = [e for e in events if e.cameo[:2] == "11"]
    assert condemn, events
    assert condemn[0].target is not None and condemn[0].target.actor == "IRNGOV"
    assert condemn[0].target_from == "document"


def test_a_reaction_to_an_act_with_its_own_doer_keeps_the_sentence_reading(pipe):
    events = facts(pipe, "Iran launched missiles at Israel. Britain condemned Russia's attack on Kyiv.")
    condemn = [e for e in events if e.cameo[:2] == "11"]
    assert condemn and all(e.target is None or e.target.country != "IRN" for e in condemn), condemn


def test_a_reaction_with_no_earlier_act_stays_without_target(pipe):
    events = facts(pipe, "The Foreign Office condemned these attacks in the strongest terms.")
    condemn = [e for e in events if e.cameo[:2] == "11"]
    assert condemn and condemn[0].target is None


def test_coordinated_prepositions_keep_the_subject_of_the_clause(pipe):
    text = ("Yemen-based Houthi militants have engaged in unprecedented attacks against United States military "
            "forces in the Red Sea. The United States and its partners have been united in our response and in "
            "condemning these attacks in the strongest terms.")
    events = facts(pipe, text)
    attack = next(e for e in events if e.cameo[:2] in ("18", "19"))
    assert attack.source is not None and attack.source.actor == "YEMREB"  # "engaged in attacks", "Yemen-based"
    condemn = next(e for e in events if e.cameo[:2] == "11")
    assert condemn.source.actor == "USAGOV"
    assert condemn.target is not None and condemn.target.actor == "YEMREB"


def test_no_comment_is_a_decline_to_comment(pipe):
    events = facts(pipe, "The Kremlin had no comment on the report.")
    assert [(e.cameo, e.source.actor) for e in events] == [("011", "RUSGOV")]
    assert not [e for e in facts(pipe, "The Kremlin had a comment on the report.") if e.cameo == "011"]


def test_listing_a_group_as_terrorist_is_a_sanction(pipe):
    events = facts(pipe, "The United Kingdom proscribed Hamas in 2021.")
    assert any(e.cameo == "163" and e.source.actor == "GBRGOV" for e in events), events
    events = facts(pipe, "Washington designated the group a foreign terrorist organization.")
    assert any(e.cameo == "163" and e.source.actor == "USAGOV" for e in events), events


def test_delivery_of_air_defence_systems_is_military_aid(pipe):
    events = facts(pipe, "Germany announced the delivery of more air defence systems to Ukraine.")
    aid = [e for e in events if e.cameo == "072"]
    assert aid and aid[0].source.actor == "DEUGOV" and aid[0].target.country == "UKR"


def test_working_with_a_named_party_is_cooperation(pipe):
    events = facts(pipe, "The U.S. Embassy in Seoul worked with the ROK government to improve visa processing.")
    assert [(e.cameo, e.source.actor, e.target.actor) for e in events] == [("060", "USAGOV", "KORGOV")]
    assert not facts(pipe, "He works with children.")


def test_a_resolution_acts_for_the_body_that_issued_it(pipe):
    events = facts(pipe, "This milestone aligns with United Nations Security Council Resolution 2803, which endorsed "
                         "President Trump's Comprehensive Plan.")
    assert [(e.cameo[:2], e.source.actor) for e in events] == [("05", "IGOUNO")]


def test_deciding_to_appoint_a_representative_is_an_intention_of_diplomatic_cooperation(pipe):
    events = [e for e in facts(pipe, "NATO has decided to appoint a senior civilian representative in Kyiv.")]
    assert [(e.cameo, e.source.actor, e.target.country) for e in events] == [("032", "IGOWSTNAT", "UKR")]


def test_extending_and_disbursing_money_is_aid(pipe):
    events = facts(pipe, "The EU disbursed a further 4.2 billion euros to Ukraine.")
    assert [(e.cameo[:2], e.source.actor, e.target.actor) for e in events] == [("07", "IGOEUREEC", "UKRGOV")]
    events = facts(pipe, "Japan extended $500 million in economic assistance to the Philippines.")
    assert [(e.cameo[:2], e.source.actor, e.target.actor) for e in events] == [("07", "JPNGOV", "PHLGOV")]


def test_drawing_criticism_is_being_criticised_by_whoever_the_text_names(pipe):
    events = facts(pipe, "The United States faced stiff international and Palestinian criticism over its decision.")
    assert [(e.cameo, e.source.actor, e.target.actor) for e in events] == [("111", "PSEGOV", "USAGOV")]
    events = facts(pipe, "President Donald Trump has drawn criticism from Mexico for naming his strategist.")
    assert [(e.cameo, e.source.actor, e.target.actor) for e in events] == [("111", "MEXGOV", "USAGOV")]


def test_members_of_a_force_are_that_force(pipe):
    events = facts(pipe, "Four members of the Jordanian security forces were killed in Sunday's attack.")
    assert events and events[0].target.country == "JOR"


def test_protesters_gathering_is_a_protest_and_leaders_gathering_is_not(pipe):
    events = facts(pipe, "Thousands of protesters gathered in Tbilisi on Sunday.")
    assert [(e.cameo, e.source.sector, e.target.actor) for e in events] == [("141", "OPP", "GEOGOV")]
    events = facts(pipe, "Thousands rallied in Tbilisi against the law.")
    assert [(e.cameo, e.source.text) for e in events] == [("141", "Thousands")]
    assert not facts(pipe, "EU leaders gathered in Brussels.")


def test_it_is_the_state_the_document_named_before_and_nothing_without_one(pipe):
    events = facts(pipe, "Russia launched 40 drones at Kyiv on Monday. It also shelled Kharkiv.")
    assert [(e.source.actor, e.source_from) for e in events if e.cameo[:2] == "19"][-1] == ("RUSGOV", "document")
    assert not facts(pipe, "Under false claims of ethnic solidarity, it has invaded neighboring nations.")


def test_allies_in_a_nato_document_are_nato_and_lowercase_allies_are_not(pipe):
    events = facts(pipe, "At the NATO summit in Vilnius, Allies adopted a Defense Production Action Plan.")
    assert [(e.cameo[:2], e.source.actor, e.source_from) for e in events] == [("05", "IGOWSTNAT", "document")]
    events = facts(pipe, "At the summit in Minsk, allies of Russia adopted a plan.")
    assert all(e.source is None or e.source.actor != "IGOWSTNAT" for e in events)


def test_an_agent_the_tables_cannot_code_keeps_its_words(pipe):
    events = facts(pipe, "The embassy was attacked by a mob on Friday.")
    assert [(e.cameo[:2], e.source.text, e.source.actor) for e in events] == [("18", "a mob", None)]


def test_unnamed_victims_are_the_people_of_the_one_country_the_sentence_is_set_in(pipe):
    events = facts(pipe, "Two people were killed and at least nine injured in a knife attack at a Walmart in southern "
                         "China, state media agency Xinhua said Monday.")
    assert [(e.cameo[:2], e.target.actor) for e in events] == [("18", "CHNCVL")]
    # a nationality names the attackers, not where the victims are
    events = facts(pipe, "Two Palestinian suicide bombers killed 23 people when they blew themselves up in Tel Aviv.")
    assert all(e.target is None or e.target.country != "PSE" for e in events)


def test_unnamed_victims_in_a_report_about_one_country_are_its_people(pipe):
    events = facts(pipe, "Police in Kenya said the protest turned violent. Several people at the scene were arrested "
                         "and remained in police custody on Sunday.")
    arrests = [e for e in events if e.cameo == "173"]
    assert arrests and arrests[0].target.actor == "KENCVL" and arrests[0].target_from == "document"


def test_police_reporting_an_arrest_made_it(pipe):
    events = facts(pipe, "Police said three men were arrested in Nairobi on Sunday.")
    assert [(e.cameo, e.source.actor, e.target.actor) for e in events] == [("173", "KENCOP", "KENCVL")]


def test_sending_a_minister_to_a_capital_is_a_visit(pipe):
    events = facts(pipe, "China sent its foreign minister to Moscow for talks.")
    assert [(e.cameo, e.source.actor, e.target.actor) for e in events] == [("042", "CHNGOV", "RUSGOV")]
    assert not facts(pipe, "The ministry sent officials to the site.")


@pytest.mark.parametrize("text, code, source, target", [
    ("The US imposed export controls on Chinese chipmakers.", "163", "USAGOV", "CHN"),
    ("The EU adopted its 14th sanctions package against Russia.", "163", "IGOEUREEC", "RUSGOV"),
])
def test_sanctions_stated_as_controls_or_packages(pipe, text, code, source, target):
    events = facts(pipe, text)
    assert any(e.cameo == code and e.source.actor == source and e.target.actor.startswith(target)
               for e in events), [(e.cameo, e.source, e.target) for e in events]


@pytest.mark.parametrize("text, source", [
    ("The Kremlin declined to comment on the report.", "RUSGOV"),
    ("The Chinese embassy did not immediately reply to a request for comment on Tuesday.", "CHNGOV"),
    ("Russia's defence ministry could not be reached for comment.", "RUSMIL"),
])
def test_declining_to_comment_is_a_statement_of_no_comment(pipe, text, source):
    events = facts(pipe, text)
    assert [(e.cameo, e.source.actor) for e in events] == [("011", source)]


def test_not_answering_a_proposal_is_no_decline_to_comment(pipe):
    assert not any(e.cameo == "011" for e in facts(pipe, "Ukraine's foreign ministry did not respond to the "
                                                         "Russian proposal."))


def test_a_page_that_prints_a_sentence_twice_reports_its_act_once(pipe):
    line = "Moldova expelled a Russian diplomat on Tuesday."
    text = f"Today's briefing.\n\n{line}\n\nThe full story.\n\n{line} The diplomat left on Wednesday."
    events = facts(pipe, text, published="2024-09-11")
    assert [(e.cameo, e.source.actor, e.target.actor) for e in events] == [("166", "MDAGOV", "RUSGOV")]


def test_two_like_acts_of_one_sentence_both_stay(pipe):
    text = ("The Houthis have fired at U.S. Navy warships dozens of times, launched numerous attacks on civilian "
            "infrastructure in partner nations, and attacked commercial vessels transiting Bab al-Mandeb.")
    assert len([e for e in facts(pipe, text) if e.cameo[:2] == "19"]) == 3


def test_a_forecast_warning_is_no_threat(pipe):
    assert facts(pipe, "The Met Office warned of cloudy weather throughout Saturday evening in London.") == []
    threats = facts(pipe, "Russia warned of consequences if Finland joins NATO.")
    assert [(e.cameo[:2], e.source.actor) for e in threats] == [("13", "RUSGOV")]


def test_a_region_threatened_by_extremists_is_endangered_not_threatened(pipe):
    assert facts(pipe, "It should be an oasis of calm in a region threatened by Islamic extremists.") == []
    threats = facts(pipe, "Kyiv, threatened by Russia with nuclear strikes, asked for more air defence.")
    assert any(e.cameo[:2] == "13" and e.source.actor == "RUSGOV" for e in threats)


def test_a_country_before_a_parenthetical_dash_is_no_dateline(pipe):
    events = facts(pipe, "Russia — and its ally Belarus — held joint drills near the Polish border.")
    assert any(e.cameo[:2] == "06" and e.source.actor == "RUSGOV" for e in events), events
    dated = facts(pipe, "MOSCOW — Russia expelled two British diplomats on Monday.")
    assert [(e.cameo, e.source.actor, e.target.actor) for e in dated] == [("166", "RUSGOV", "GBRGOV")]
