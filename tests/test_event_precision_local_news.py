"""Precision from reading local and crime news (issue #9, round 10): events the coder gave on
local news articles no eval set uses (eval/events_round10/) that eval/events_news.md's rules say
are no event or have another root. Each test is one general class found by reading
(docs/events.md "Precision from reading local news (round 10)"), with the forms it must keep."""
from __future__ import annotations

import sys
from pathlib import Path



sys.path.insert(0, str(Path(__file__).parent))
from event_coding import coded  # noqa: E402


def codes(events) -> list[str]:
    return [code for code, _, _ in events]


def test_harm_to_oneself_is_no_attack(pipe):
    # a suicide or an accident with one's own gun is no event (events_news.md rule 1)
    assert coded(pipe, "Police said the boy found a handgun in a neighbor's yard in Detroit and "
                       "accidentally shot himself in the leg.") == []
    assert not [c for c in codes(coded(pipe, "Detroit police said the girl took the gun into another room and "
                                              "shot herself in the neck.")) if c[:2] == "18"]
    # the same man shooting someone else is still an assault
    kept = coded(pipe, "Police said the man shot his neighbor in the leg in Detroit on Sunday.")
    assert [c[:2] for c in codes(kept)] == ["18"]
    # the harm done to others before it is kept
    kept = coded(pipe, "Her father, 24-year-old Jesus Diaz, shot her and her mother before killing himself, "
                       "investigators said.")
    assert any(c[:2] == "18" for c in codes(kept))


def test_a_robber_s_demand_is_the_robbery(pipe):
    text = ("A man robbed two teenagers at gunpoint in Springfield on Saturday, police said. "
            "The man with the gun demanded the teenager put his wallet on the ground.")
    got = codes(coded(pipe, text))
    assert not [c for c in got if c[:2] == "10"] and any(c[:2] == "18" for c in got)
    # a demand between parties stays one
    assert [c[:2] for c in codes(coded(pipe, "Protesters in Yerevan demanded the resignation of the prime "
                                            "minister."))] == ["10"]


def test_a_question_or_a_cry_for_help_is_no_appeal(pipe):
    text = ("A woman was stabbed while jogging in DeKalb County on Tuesday, police said. "
            "A passerby heard the victim calling for help. "
            "An officer stopped a tenant and asked him if he was the suspect.")
    assert not [c for c in codes(coded(pipe, text)) if c[:2] == "02"]
    # an appeal to a government stays one
    assert [c[:2] for c in codes(coded(pipe, "Germany urged Russia to withdraw its troops from Ukraine."))] == ["02"]
    # so does a call for more help for others
    assert [c[:2] for c in codes(coded(pipe, "Police Chief Adam Palmer also called for more help for the city's "
                                             "addicts."))] == ["02"]


def test_officers_called_in_are_no_phone_call(pipe):
    text = ("Some officers were hit in the head during a bar brawl in Chiefland on Saturday. "
            "Off-duty officers from three agencies were called in to break up the brawl. "
            "The first officers on the scene called for backup immediately.")
    got = codes(coded(pipe, text))
    assert not [c for c in got if c[:2] in ("02", "04")]
    assert any(c[:2] == "18" for c in got)  # the officers hit are still assaulted


def test_no_one_injured_is_no_harm(pipe):
    assert coded(pipe, "No one injured in Newberry home invasion.") == []


def test_a_shot_at_a_basket_harms_no_one(pipe):
    text = ("Three teenagers were shot dead in Raytown last week. "
            "Gerard was more of a talker, always ready to shoot a three-pointer.")
    got = codes(coded(pipe, text))
    assert not [c for c in got if c[:2] == "13"] and len([c for c in got if c[:2] == "18"]) <= 1


def test_officers_arriving_at_a_call_visit_no_one(pipe):
    text = ("At 8 a.m., officers were summoned back to an apartment house in Cromwell by a call from a tenant. "
            "The woman told police that a neighbor had threatened her. When police, including Sgt. Ed Kowalski, "
            "arrived at the address in response to the call, they were told the man had gone to another apartment.")
    assert not [c for c in codes(coded(pipe, text)) if c[:2] == "04"]
    # a leader arriving for talks still visits
    assert [c[:2] for c in codes(coded(pipe, "Blinken arrived in Kyiv on Tuesday for talks with Zelenskyy."))] == ["04"]


def test_private_guards_patrolling_show_no_force(pipe):
    text = ("Four people were shot at a party in Rice County on Saturday. "
            "A handful of men in black T-shirts patrolled the property.")
    assert not [c for c in codes(coded(pipe, text)) if c[:2] == "15"]
    assert any(c[:2] == "15" for c in codes(coded(pipe, "Russian troops patrolled the border with Georgia.")))


def test_a_court_denying_a_request_rejects_it(pipe):
    text = ("Killer asks Ohio court to delay execution. "
            "A convicted killer has asked the Ohio Supreme Court to delay his execution. "
            "The state Supreme Court this month denied an earlier request by Hartmann to delay his execution.")
    got = codes(coded(pipe, text))
    assert "016" not in got and any(c[:2] == "12" for c in got)
    # denying an accusation is still a denial
    assert "016" in codes(coded(pipe, "Russia denied the accusation that it had shelled the plant."))


def test_a_person_captured_is_arrested(pipe):
    text = ("A Charleston man admitted in court on Monday that he gunned down his girlfriend in a Taco Bell. "
            "Clark was captured following a brief manhunt.")
    got = codes(coded(pipe, text))
    assert "173" in got and "192" not in got
    # land captured in a war is still occupied
    assert "192" in codes(coded(pipe, "Russian forces captured the village of Bakhmut after months of shelling."))


def test_an_indictment_is_a_charge_and_police_tasers_are_force(pipe):
    text = ("A federal grand jury has returned an indictment against a Chicago couple accused of scamming nuns. "
            "The U.S. Attorney announced the indictment Tuesday.")
    got = codes(coded(pipe, text))
    assert "115" not in got and "173" in got
    text = ("A man stabbed his wife in Salt Lake City on Sunday. "
            "Officers were eventually able to deploy a Taser and arrest him.")
    got = codes(coded(pipe, text))
    assert "154" not in got and "175" in got and "173" in got
