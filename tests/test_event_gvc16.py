"""Violent events stated with no doer (issue #9, round gvc16): shots heard or ringing out
(`nouns.shots_heard`), violence the police were called to (`nouns.responded_to_reports`,
`local_news.harm_found_or_reported`), a shooting said to occur in a clause of time or during an
occasion (`nouns._happening_told`), an attack gerund as subject ("Shelling wounded five civilians":
`harm._attack_gerund_subject`), an attack that "sent" people to hospital or "left" them paralyzed
(`harm._sent_to_hospital`, `_TOLL_WORDS`), victims paralyzed or maimed in an attack
(`event_triggers.tsv`). Every sentence is written for these tests, in wordings of our own (local
crime and war); the negatives must stay without a violent event."""
from __future__ import annotations

import pytest

from eventwire.pipeline import Pipeline

# A first sentence that sets the page as crime news (an event of no coded party is kept only in
# a document the detector reads as such reporting: pipeline._vouched)
_LEAD = "Police said a man was wounded in a shooting in Dayton on Friday night."
_VIOLENT = ("18", "19", "20")


def told(pipe: Pipeline, sentence: str) -> list[tuple[str, str | None, str | None]]:
    """(code, source text, target text) of the stated events of `sentence`, read after the lead."""
    result = pipe.process_text(f"{_LEAD}\n\n{sentence}", published="2015-06-01")
    return [(e.cameo, e.source.text if e.source else None, e.target.text if e.target else None)
            for e in result.events if sentence in e.evidence and not e.negated and not e.hypothetical]


def violent(events: list[tuple[str, str | None, str | None]]) -> list[tuple[str, str | None, str | None]]:
    return [e for e in events if e[0][:2] in _VIOLENT]


# --- shots heard or sounding: a shooting, no doer ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "Neighbors said they heard several gunshots around midnight.",
    "Shots rang out near the market shortly after 9 p.m.",
    "Gunfire erupted outside the stadium on Saturday.",
    "A clerk reported hearing four shots behind the store.",
    "Residents were awakened before dawn to the sound of gunshots.",
    "Residents of Kherson heard heavy shelling throughout the night.",
])
def test_shots_heard_are_a_shooting_with_no_doer(pipe, text):
    events = violent(told(pipe, text))
    assert events, text
    assert all(source is None for _, source, _ in events)


@pytest.mark.parametrize("text", [
    "No shots were heard in the neighborhood that night.",
    "Biden said the booster shot was safe.",
    "His shot hit the post in the 80th minute.",
    "The coach took a shot at the referees after the game.",
    "Fishermen heard warning shots from the patrol boat.",
])
def test_shots_not_heard_or_not_gunfire_are_no_shooting(pipe, text):
    assert not violent(told(pipe, text)), text


# --- violence the police were called to, people found harmed ----------------------------------------

@pytest.mark.parametrize("text, victim", [
    ("Officers responded to reports of a shooting on Elm Street.", None),
    ("Deputies responded to a report of two people shot at a gas station.", "two people"),
    ("Paramedics found two men stabbed outside the club.", "two men"),
    ("Troopers discovered a woman shot in the driveway of her home.", "a woman"),
])
def test_violence_police_answered_or_found_is_reported(pipe, text, victim):
    events = violent(told(pipe, text))
    assert events, text
    assert events[0][1] is None
    if victim is not None:
        assert events[0][2] == victim


@pytest.mark.parametrize("text", [
    "Officers responded to calls of a possible shooting on Elm Street.",
    "Reports of shootings in the city have fallen this year.",
    "The mayor talked about the shooting at a news conference.",
])
def test_possible_or_generic_shootings_are_not_reported(pipe, text):
    assert not violent(told(pipe, text)), text


# --- a shooting said to happen, in a clause of time or during an occasion ------------------------------

@pytest.mark.parametrize("text", [
    "The family was asleep upstairs when the shooting occurred.",
    "Witnesses said the stabbing happened during a wedding reception.",
    "The shooting took place while the store was still open.",
])
def test_shooting_said_to_happen_is_reported(pipe, text):
    # (after a lead with no violent act: a definite "the shooting" after the usual lead is that
    # lead's shooting, one act told twice, document.gather_operations)
    result = pipe.process_text(f"Police in Dayton arrested a man on Friday night.\n\n{text}", published="2015-06-01")
    assert [e for e in result.events if text in e.evidence and e.cameo[:2] in _VIOLENT
            and not e.negated and not e.hypothetical], text


@pytest.mark.parametrize("text", [
    "Detectives are still trying to learn how the shooting happened.",
    "Shootings happen in every big city.",
    "The shooting did not happen at the school.",
])
def test_how_or_whether_a_shooting_happened_is_not_reported(pipe, text):
    assert not violent(told(pipe, text)), text


# --- attacks told by their toll, war wordings --------------------------------------------------------

@pytest.mark.parametrize("text, victim", [
    ("Shelling wounded five civilians in Kherson.", "five civilians"),
    ("Bombing killed 12 people in Mosul overnight.", "12 people"),
    ("A drone strike killed three people in Idlib.", "three people"),
    ("Two soldiers were killed in an ambush near the border.", "Two soldiers"),
    ("A stabbing at a bus stop sent two teenagers to the hospital.", "two teenagers"),
    ("A shooting at a bar on Sunday sent four men to the hospital.", "four men"),
    ("The girl was paralyzed in the attack.", "The girl"),
    ("Police said the teenager was paralyzed in the shooting.", "the teenager"),
])
def test_harm_told_with_no_doer_is_an_attack_on_the_victims(pipe, text, victim):
    events = violent(told(pipe, text))
    assert events, text
    assert events[0][1] is None and events[0][2] == victim


@pytest.mark.parametrize("text", [
    "The charity sent medical supplies to the hospital.",
    "She was paralyzed in a car crash on the interstate.",
    "Shooting the messenger solves nothing.",
    "The shooting left the neighbors shaken.",
])
def test_no_attack_no_toll(pipe, text):
    assert not violent(told(pipe, text)), text


@pytest.mark.parametrize("text, victim", [
    ("A 22-year-old man is dead after a gunshot to the chest.", "A 22-year-old man"),
    ("The boy died from a gunshot to the head.", "The boy"),
])
def test_death_from_a_gunshot_to_the_body_is_a_shooting(pipe, text, victim):
    events = violent(told(pipe, text))
    assert events and events[0][1] is None and events[0][2] == victim, text


def test_a_gunshot_as_a_kind_is_no_shooting(pipe):
    assert not violent(told(pipe, "A gunshot to the head is usually fatal."))


# --- victims responders found or treated; fighting reported -------------------------------------------

@pytest.mark.parametrize("text, code, victim", [
    ("First responders located seven shooting victims.", "180", "seven shooting victims"),
    ("Medics treated two stabbing victims at the scene.", "182", "two stabbing victims"),
    ("Police responded to reports of two gunshot victims.", "180", None),
])
def test_victims_attended_were_harmed(pipe, text, code, victim):
    events = violent(told(pipe, text))
    assert events and events[0][0] == code, text
    assert events[0][1] is None
    if victim is not None:
        assert events[0][2] == victim


@pytest.mark.parametrize("text", [
    "There have been 153 gunshot victims this year in Toledo.",
    "She runs a support group for gunshot victims.",
    "Shooting victims testified before the committee.",
])
def test_victims_as_a_count_or_a_kind_are_no_event(pipe, text):
    assert not violent(told(pipe, text)), text


@pytest.mark.parametrize("text", [
    "Heavy fighting was reported near Bakhmut on Sunday.",
    "Witnesses reported clashes in the old city.",
])
def test_fighting_reported_is_an_attack(pipe, text):
    events = violent(told(pipe, text))
    assert events and events[0][0][:2] == "19", text


def test_a_custody_battle_reported_is_no_fighting(pipe):
    assert not violent(told(pipe, "A custody battle was reported in the tabloids."))


@pytest.mark.parametrize("text, victim", [
    ("Two people were hurt in a gunfight outside a bar on Friday.", "Two people"),
    ("Three soldiers were hurt in the shelling.", "Three soldiers"),
])
def test_hurt_in_an_act_of_violence_is_harm(pipe, text, victim):
    events = violent(told(pipe, text))
    assert events and events[0][1] is None and events[0][2] == victim, text


@pytest.mark.parametrize("text", ["He hurt his knee in a fall.", "Two people were hurt in a crash on Route 9."])
def test_hurt_in_an_accident_is_no_violence(pipe, text):
    assert not violent(told(pipe, text)), text


# --- killed by blows; arrests made and protests held with no one named --------------------------------

@pytest.mark.parametrize("text, victim", [
    ("He was beaten to death with a baseball bat.", "He"),
    ("A farmer was hacked to death near his field.", "A farmer"),
])
def test_beaten_or_hacked_to_death_is_assault(pipe, text, victim):
    events = violent(told(pipe, text))
    assert events and events[0][0][:2] == "18" and events[0][2] == victim, text


def test_hacking_a_server_is_no_assault(pipe):
    assert not violent(told(pipe, "Hackers hacked the ministry's servers."))


@pytest.mark.parametrize("text, root", [
    ("An arrest was made on Monday.", "17"),
    ("Two arrests have been made in the case.", "17"),
    ("A rally was held in front of the parliament.", "14"),
    ("Protests were staged in several cities on Sunday.", "14"),
])
def test_arrests_made_and_protests_held_with_no_doer(pipe, text, root):
    assert [c[:2] for c, _, _ in told(pipe, text)] == [root], text


@pytest.mark.parametrize("text", [
    "No arrests have been made in the shooting.",
    "An arrest could be made soon.",
    "No rally will be held this year.",
    "A meeting was held in the town hall.",
])
def test_no_arrest_no_protest(pipe, text):
    assert not [c for c, _, _ in told(pipe, text) if c[:2] in ("14", "17")], text
