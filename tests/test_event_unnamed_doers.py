"""Events whose doer the report does not name: the victims or detainees are known, the place
says whose they are, and British spellings reach the same triggers as American ones."""
from __future__ import annotations

import pytest



def coded(pipe, text: str, published: str = "2024-09-11") -> list[tuple[str, str | None, str | None]]:
    def code(actor):
        return None if actor is None else actor.actor
    return [(e.cameo, code(e.source), code(e.target)) for e in pipe.process_text(text, published=published).events]


@pytest.mark.parametrize("text, root, target", [
    # detainees of no stated nationality are people of the place they were detained in
    ("Two journalists were detained in Istanbul.", "17", "TURMED"),
    ("The opposition leader was arrested at his home in Dhaka.", "17", "BGDOPP"),
    # a blast's victims: the attacker is unknown, the dead are known
    # a bomb exploding is a bombing (CAMEO 183, as PETRARCH-2's EXPLODE), of the people it killed
    ("A car bomb exploded near a market in Mogadishu, killing at least 10 people.", "18", "SOMCVL"),
    # "sniper fire" is hostile fire, not a blaze
    ("A French soldier was wounded by sniper fire in Kabul.", "19", "FRAMIL"),
])
def test_an_unnamed_doer_keeps_the_event_and_its_victims(pipe, text, root, target):
    events = coded(pipe, text)
    assert any(c.startswith(root) and s is None and t == target for c, s, t in events), events


def test_dying_in_an_attack_is_an_attack_on_the_dead(pipe):
    events = coded(pipe, "Two Ukrainian soldiers died in a Russian drone attack near Bakhmut.")
    assert any(c[:2] == "19" and (s or "")[:3] == "RUS" and t == "UKRMIL" for c, s, t in events), events


def test_force_by_rebels_of_no_known_country_is_kept(pipe):
    assert [(c, s) for c, s, _ in coded(pipe, "The rebels hijacked a bus carrying 40 passengers.")] \
        == [("181", "REB")]
    assert any(c == "191" for c, _, _ in coded(pipe, "The militia laid siege to the town."))


@pytest.mark.parametrize("text, root", [
    ("Britain criticised Iran for the seizure of the tanker.", "11"),
    ("Serbia mobilised its reserves after the clashes in Kosovo.", "15"),
    ("The minister of Peru apologised to Chile for the remarks.", "05"),
])
def test_british_spellings_reach_the_same_triggers(pipe, text, root):
    assert any(c[:2] == root for c, _, _ in coded(pipe, text)), coded(pipe, text)


# A page the learned detector reads as no political or security reporting: only force stays.
SPORTS_PAGE = """Nadal keeps Spain alive in Davis Cup Finals

Rafael Nadal won his singles match in straight sets on Tuesday to keep Spain in the tournament.
The world number one beat his opponent 6-3, 7-6 in front of a packed home crowd in Madrid.
Spain will be back in action on Wednesday against defending champion Croatia.
Fans sang and waved flags long after the final point.
The captain praised the team spirit and said the doubles pair had trained hard all week.
The tournament moved to a new format this year, with eighteen teams playing in one week.
Tickets for the final sold out within hours.
The organisers said next year's event would again be held in Madrid.
"""

POLICY_PAGE = """Spain and Croatia deepen defence ties

Spain's defence minister met her Croatian counterpart in Madrid on Tuesday.
The two ministers agreed to expand joint training of their navies in the Adriatic.
Spain offered to help Croatia modernise its air defences.
Croatia will send officers to a Spanish staff college next year.
Both governments condemned Russia's war against Ukraine.
They pledged further military aid to Kyiv.
The talks also covered migration across the Mediterranean.
A joint statement was issued after the meeting.
"""


def test_a_page_read_as_sport_keeps_no_diplomacy(pipe):
    # "Spain ... against defending champion Croatia" names two states; it is no defence pact
    assert coded(pipe, SPORTS_PAGE, published="2019-11-20") == []


def test_a_political_page_keeps_its_cooperation(pipe):
    events = coded(pipe, POLICY_PAGE, published="2019-11-20")
    assert any(c[:2] in ("03", "04", "05") and s == "ESPGOV" and t == "HRVGOV" for c, s, t in events), events
    assert any(c[:2] == "03" and t == "UKRGOV" for c, _, t in events), events


def test_shot_and_killed_is_one_attack_done_to_the_man(pipe):
    result = pipe.process_text("A 25-year-old man was shot and killed Saturday night in Chicago.",
                               published="2024-09-11")
    assert [(e.cameo[:2], e.source, e.target.actor) for e in result.events] == [("18", None, "USACVL")]


def test_a_second_passive_verb_has_no_doer_of_its_own(pipe):
    # not "Adkins charged someone": he was arrested and charged
    events = pipe.process_text("Adkins was arrested and charged with trafficking in Kentucky.",
                               published="2024-09-11").events
    assert all(e.source is None for e in events), [(e.cameo, e.source) for e in events]


def test_a_uk_based_monitor_places_nothing_in_the_uk(pipe):
    text = ("The Syrian Observatory for Human Rights, a UK-based group that tracks the war, said eight "
            "people were killed in an air strike by government forces in a rebel-held part of the city.")
    events = pipe.process_text(text, published="2016-08-01").events
    assert events and all(e.target is None or e.target.country != "GBR" for e in events)
    assert all(p.country != "GBR" for e in events for p in e.locations)


@pytest.mark.parametrize("text, root, target", [
    ("Hundreds were wounded in the fighting in Khartoum.", "19", "SDNCVL"),
    ("Kharkiv suffered a massive Russian missile attack overnight.", "19", "UKR"),
])
def test_counts_of_people_and_places_that_suffer_are_the_victims(pipe, text, root, target):
    events = coded(pipe, text)
    assert any(c[:2] == root and (t or "").startswith(target) for c, _, t in events), events


def test_children_and_passengers_shot_are_people(pipe):
    events = coded(pipe, "A 3-year-old girl was shot and killed while riding in a car with her family in "
                         "Stockton, California, police said.")
    assert [(c[:2], t) for c, _, t in events] == [("18", "USACVL")]


@pytest.mark.parametrize("headline, target", [
    ("Teen shot and killed in Overland, Missouri", "USACVL"),
    ("Two journalists detained in Minsk", "BLRMED"),
])
def test_a_headlines_clipped_passive_names_the_victim_not_a_doer(pipe, headline, target):
    events = pipe.process_text(headline, published="2016-05-03").events
    assert [(e.source, e.target.actor) for e in events] == [(None, target)]


def test_a_shared_object_keeps_the_subject_the_doer(pipe):
    events = coded(pipe, "Palestinian snipers shot and killed an Israeli soldier near Gaza.")
    assert events and all((s or "").startswith("PSE") for _, s, _ in events), events


def test_a_bare_count_killed_is_people_of_the_place(pipe):
    events = coded(pipe, "Russian strikes on Kharkiv killed five.")
    assert [(c[:2], (s or "")[:3], t) for c, s, t in events] == [("19", "RUS", "UKRCVL")]


def test_a_pause_in_fighting_reports_no_fighting(pipe):
    events = coded(pipe, "Israel agreed to a four-hour daily pause in fighting in northern Gaza.")
    assert [c[:2] for c, _, _ in events] == ["03"]


@pytest.mark.parametrize("text, code, target", [
    ("The opposition leader was charged with treason in Minsk.", "173", "BLROPP"),
    ("Two soldiers were convicted of war crimes in Kyiv.", "173", "UKRMIL"),
])
def test_people_charged_or_convicted_are_of_the_place(pipe, text, code, target):
    assert (code, None, target) in coded(pipe, text)


def test_a_child_named_by_age_is_a_person(pipe):
    events = coded(pipe, "A 17-year-old was killed in an afternoon shooting in Waterbury, Connecticut.")
    assert [(c[:2], t) for c, _, t in events] == [("18", "USACVL")]


def test_violence_done_to_people_of_no_known_country_is_kept(pipe):
    events = coded(pipe, "A man was shot in the head in a drive-by shooting at 30 Porter Street.")
    assert [(c[:2], t) for c, _, t in events] == [("18", "CVL")]


@pytest.mark.parametrize("text, root, target", [
    ("Dolan died from a gunshot wound to the head in Gary, Indiana.", "18", "USACVL"),
    ("A man suffered a gunshot wound to the leg in Kharkiv.", "18", "UKRCVL"),
])
def test_gunshot_wounds_are_shootings_of_the_wounded(pipe, text, root, target):
    assert [(c[:2], t) for c, _, t in coded(pipe, text)] == [(root, target)]


def test_family_members_shot_are_people(pipe):
    events = coded(pipe, "Investigators suspect Mark Mata shot his wife and child in San Diego.")
    assert [(c[:2], t) for c, _, t in events] == [("18", "USACVL")]


def test_a_suicide_bomber_blowing_himself_up_is_still_a_bombing(pipe):
    events = coded(pipe, "A suicide bomber blew himself up outside the Iraqi embassy in Kabul on Monday.")
    assert any(c.startswith("18") for c, _, _ in events), events


# --- no one did it -----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # accidents, traffic and illness kill; no one attacked
    "Two Ukrainian soldiers died in a house fire near Bakhmut.",
    "Two Ukrainian soldiers were killed in a helicopter crash near Kherson.",
    "Beau Dunn, 22, was killed when his car went off the ramp and crashed into several trees in Kharkiv.",
    "A four-year-old boy riding a scooter in Kingston was hit by a car and killed.",
    "One person was killed after crashing his car on an interstate in Pope County, Arkansas.",
    "Dolan died of cancer in Gary, Indiana.",
    # a defeat suffered in sport
    "The team suffered a heavy defeat in Madrid.",
    # an uncoded party outside force still needs a political page: "critics" asking for a
    # feature, in a gadget review, make no appeal
    "Since the AirPods first launched in 2016, users and critics alike have been asking for "
    "noise cancellation and replaceable tips for a better fit.",
])
def test_what_no_one_did_to_anyone_is_no_event(pipe, text):
    assert coded(pipe, text) == []


@pytest.mark.parametrize("text, target", [
    ("Drones attacked the Russian city of Kursk overnight.", "RUSGOV"),
    ("Kyiv was struck by missiles overnight.", "UKRGOV"),
    ("Russia was attacked by drones overnight.", "RUSGOV"),
    ("Missiles hit a Ukrainian air base near Starokostiantyniv.", "UKRMIL"),  # (an air base is military: session 17)
])
def test_attackers_of_no_stated_country_are_not_the_attacked_states_own(pipe, text, target):
    # the only country the sentence names is the victim's: the drones are not its own forces
    events = pipe.process_text(text, published="2024-05-10").events
    assert [(e.cameo[:2], e.source and e.source.country, e.target and e.target.actor) for e in events] \
        == [("19", None, target)]


@pytest.mark.parametrize("text, source, target", [
    ("Soldiers opened fire on protesters in Minsk.", "BLRMIL", "BLROPP"),
    ("Police beat demonstrators in Tbilisi.", "GEOCOP", "GEOOPP"),
])
def test_forces_turning_on_people_of_their_country_keep_it(pipe, text, source, target):
    assert [(s, t) for _, s, t in coded(pipe, text)] == [(source, target)]
