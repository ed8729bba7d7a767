"""Events that are not there, and wrong roots (issue #9, round evprec15): classes found on
extraction-benchmark pages that are mostly not about war (eval/events_prec15/) and among the false
positives of the dev halves of eval/events_gold.jsonl, events_blind.jsonl and events_news.jsonl.
Each test is one general class, in wordings of our own; each asserts no event (or the right root)
and that the true events next to it still come out."""
from __future__ import annotations

import sys
from pathlib import Path



sys.path.insert(0, str(Path(__file__).parent))
from event_coding import coded, roots  # noqa: E402


def test_researchers_examining_a_question_investigate_no_one(pipe):
    # science is no inquiry (09): a study's authors looking into how something works
    text = ("The European Space Agency says putting astronauts into hibernation could shrink spacecraft. "
            "The agency said Monday that its researchers examined how hibernation would affect the design "
            "of a crewed mission to Mars.")
    assert [c for c, _, _ in coded(pipe, text) if c[:2] == "09"] == []
    assert coded(pipe, "Scientists at the Pentagon's laboratory examined how the radar copes with drones.") == []
    # an inquiry into someone's acts stays one
    assert roots(coded(pipe, "The FBI is investigating the bombing of the Russian embassy.")) == ["09"]
    assert roots(coded(pipe, "Prosecutors opened an inquiry into the minister's finances.")) == ["09"]


def test_a_company_selling_goods_to_companies_gives_no_aid(pipe):
    assert coded(pipe, "Boeing delivered 40 planes to airlines in October.") == []
    assert coded(pipe, "With a vote looming, investors will be reluctant to loan money to the project, "
                       "the county commission president said.") == []
    assert coded(pipe, "American Airlines offered to fly the cat to Portland, along with a member of the "
                       "animal shelter.") == []
    # goods handed or offered to a state or an army, and aid by a state, stay coded
    assert roots(coded(pipe, "Lockheed Martin agreed to sell 32 F-35 jets to the Polish air force.")) == ["03"]
    assert roots(coded(pipe, "Rheinmetall delivered 50,000 shells to the Ukrainian army.")) == ["07"]
    assert coded(pipe, "Germany delivered 20 tanks to Ukraine.") == [("072", "DEUGOV", "UKRGOV")]


def test_an_act_inside_what_is_condemned_is_not_coded_again(pipe):
    # the act condemned or criticised, told by a participle or a noun's "to" clause, is the comment's topic
    got = coded(pipe, "The Greek prime minister has denounced what he called the murder of three bank "
                      "workers killed when the building was torched during protests in Athens.")
    assert roots(got) == ["11"] and got[0][1] == "GRCGOV"
    got = coded(pipe, "The Vice President criticized Russia's decision to suspend the grain deal.")
    assert roots(got) == ["11"]
    # an act told beside it by a comma is reported; a second verb is a second act
    got = coded(pipe, "The EU condemned the Russian strike on Odesa, which killed five civilians.")
    assert sorted(roots(got)) == ["11", "19"]
    got = coded(pipe, "Ukraine condemned the attack and vowed to retaliate against Russia.")
    assert len(got) == 2 and got[0][0][:2] == "11"


def test_no_need_for_an_act_is_no_act(pipe):
    assert coded(pipe, "The Chinese CDC said there is no need for Beijing residents to worry about the "
                       "risk of plague infection.") == []
    assert coded(pipe, "The minister said there is no need for the army to attack the rebels in Mali.") == []
    # decided, it is done
    assert roots(coded(pipe, "Kyiv decided to impose sanctions on Iran.")) == ["16"]


def test_what_a_public_feels_is_no_comment(pipe):
    assert coded(pipe, "Chinese residents worry about the risk of plague infection.") == []
    assert coded(pipe, "Many Israeli parents fear for their children's safety.") == []
    # a government's or a party's concern is a comment
    assert roots(coded(pipe, "Israel is deeply concerned about Iran's nuclear program.")) == ["11"]


def test_a_poll_result_is_nobody_s_act(pipe):
    text = ("A fresh Reuters poll (44 percent of Americans say they want the House to impeach and the Senate to "
            "convict) also shows that most Americans want Congress to investigate Trump.")
    assert coded(pipe, text) == []
    assert coded(pipe, "Most Ukrainians oppose any territorial concessions to Russia, a survey by the Kyiv "
                       "institute found.") == []
    # people acting, and lawmakers voting, are no poll
    assert roots(coded(pipe, "Thousands of Ukrainians protested in Kyiv against the law.")) == ["14"]


def test_dismissed_as_something_is_criticism(pipe):
    got = coded(pipe, "Voters in Turkmenistan cast ballots Sunday in a parliamentary election hailed by the "
                      "government as an exercise in democracy but dismissed by critics as a sham.")
    assert sorted(c for c, _, _ in got) == ["051", "111"]
    assert coded(pipe, "Russia dismissed the summit as a photo opportunity.") == [("111", "RUSGOV", None)]
    assert roots(coded(pipe, "Russia's referendum in the occupied regions was dismissed by Kyiv as a sham.")) == ["11"]
    # a proposal dismissed is rejected; accusations dismissed are denied
    assert roots(coded(pipe, "Russia dismissed the Western proposal as unworkable.")) == ["12"]
    assert coded(pipe, "The Kremlin dismissed the allegations as baseless.") == [("016", "RUSGOV", None)]


def test_a_journey_s_purpose_is_wanted_not_done(pipe):
    got = coded(pipe, "This week, President Biden visited Kyiv, Ukraine and Warsaw, Poland to send a clear "
                      "message that the United States will continue to stand with Ukraine.")
    # (two visits since evwh15: "visited Kyiv, Ukraine and Warsaw, Poland" goes to both; no 03 or 05 of the purpose)
    assert set(roots(got)) == {"04"} and got[0][1] == "USAGOV"
    got = coded(pipe, "The Secretary of State travelled to Seoul to tell the allies that Washington will "
                      "support South Korea.")
    assert [c for c, _, _ in got if c[:2] in ("03", "05")] == []


def test_a_participle_of_the_same_act_is_one_event(pipe):
    got = coded(pipe, "In early 2022, President Biden ordered the United States to reinforce NATO's eastern "
                      "flank, sending additional rotational forces to Europe in response to Russia's aggression.")
    assert roots(got) == ["15"]
    got = coded(pipe, "The Treasury imposed sanctions on the Iranian network, freezing the assets of six companies.")
    assert roots(got) == ["16"]
    # a participle of another root is another act
    got = coded(pipe, "Israeli troops raided the Jenin refugee camp, arresting twelve Palestinians.")
    assert sorted(roots(got)) == ["17", "19"]


def test_an_encounter_told_before_is_not_a_second_meeting(pipe):
    text = ("The two leaders held talks in Beijing on Thursday. During the meeting, Xi urged Washington to stop "
            "arming Taiwan.")
    assert [c[:2] for c, _, _ in coded(pipe, text)] == ["04", "02"]
    # a call or meeting told with whom it was held is one
    got = coded(pipe, "In a call with Prime Minister Modi, President Biden reaffirmed U.S. support for India.")
    assert sorted(roots(got)) == ["04", "05"]
    got = coded(pipe, "During the meeting with Wang Yi, Blinken raised concerns about China's support for Russia.")
    assert sorted(roots(got)) == ["04", "11"]


def test_a_happening_offered_as_proof_is_not_told_again(pipe):
    text = ("Iran launched 200 ballistic missiles at Israel on Tuesday. I am clear-eyed: Iran is a dangerous "
            "force in the Middle East, and today's attack on Israel only further demonstrates that fact.")
    assert roots(coded(pipe, text)) == ["19"]
    # an attack as the subject of a verb that tells its effect is reported
    assert roots(coded(pipe, "The Russian shelling of Kharkiv on Monday killed 12 people.")) == ["19"]


def test_live_fire_drills_are_military_drills(pipe):
    assert roots(coded(pipe, "South Korea's navy conducted live-fire drills near the maritime border.")) == ["15"]
    assert coded(pipe, "The school held a fire drill on Monday.") == []


def test_a_blast_told_as_the_cause_of_the_harm_is_one_attack(pipe):
    got = coded(pipe, "Three soldiers were killed when a roadside bomb exploded near their convoy in Helmand.")
    assert len(got) == 1 and got[0][0][:2] == "18" and got[0][2] == "AFGMIL"
    got = coded(pipe, "Two officers were killed, while the police chief remained in critical condition after a "
                      "bomb exploded at a bank in Oregon.")
    assert roots(got) == ["18"]
    # a blast told alone, or with its toll as a participle, is the attack
    assert roots(coded(pipe, "A car bomb exploded in Mogadishu, killing five people.")) == ["18"]
    assert roots(coded(pipe, "A bomb exploded at a bank in Woodburn on Friday.")) == ["18"]


def test_a_police_raid_on_suspects_homes_is_a_search(pipe):
    assert roots(coded(pipe, "Police raided the homes of three suspected militants in Brussels.")) == ["09"]
    assert roots(coded(pipe, "Police raided the apartment of an alleged jihadist recruiter in Hamburg.")) == ["09"]
    # with fighting about, or troops raiding, it is an attack
    assert roots(coded(pipe, "Police raided the homes of suspected militants in Srinagar, sparking a shootout.")) == ["19"]
    assert roots(coded(pipe, "Israeli troops raided the Jenin refugee camp.")) == ["19"]
