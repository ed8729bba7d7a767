"""Events as reporting states them: nouns, doers the tables cannot code, and one event per named
exercise across a document (events/nouns.py, events/document.py)."""
from __future__ import annotations

from pathlib import Path

import pytest

import eventwire

PAGES = Path(__file__).parent / "fixtures" / "pages"


def facts(pipe, text, published="2024-09-11"):
    return [e for e in pipe.process_text(text, published=published).events if not e.negated and not e.hypothetical]


def codes(actors):
    return {a.actor for a in actors if a is not None}


# --- the sentences that gave no event at all -------------------------------------------------
def test_protesters_marching_on_parliament_is_a_protest_by_them(pipe):
    events = facts(pipe, "Hundreds of protesters marched on parliament in Yerevan demanding the prime minister's "
                         "resignation.")
    protest = [e for e in events if e.cameo[:2] == "14"]
    assert protest, events
    assert protest[0].source.sector == "OPP" and "protesters" in protest[0].source.text
    assert any(p.name == "Yerevan" for p in protest[0].locations)


def test_unknown_attackers_keep_their_words_and_no_code(pipe):
    events = facts(pipe, "Unknown attackers shot dead two soldiers near Kidal on Tuesday.")
    attack = [e for e in events if e.cameo[:2] in ("18", "19")]
    assert attack, events
    e = attack[0]
    assert e.source is not None and e.source.text == "Unknown attackers" and e.source.actor is None
    assert e.source_from == "parse"
    assert e.target is not None and e.target.sector == "MIL"
    assert e.date == "2024-09-10"


def test_air_defence_intercepting_a_drone_is_a_military_engagement(pipe):
    events = facts(pipe, "Romania's air defence intercepted a drone over Tulcea county overnight.")
    assert [e.cameo[:2] for e in events] == ["19"], events
    assert events[0].source.actor == "ROUMIL"


def test_negotiations_between_delegations_are_one_mutual_event(pipe):
    events = facts(pipe, "Negotiations between Armenian and Azerbaijani delegations in Almaty ended without "
                         "agreement.")
    talks = [e for e in events if e.cameo[:2] == "04"]
    assert len(talks) == 1, events
    assert codes(talks[0].participants) == {"ARMGOV", "AZEGOV"}
    assert any(p.name == "Almaty" for p in talks[0].locations)


def test_hosted_exercise_draws_on_named_contingents(pipe):
    events = facts(pipe, "The ongoing Vostok-2022 strategic exercises, hosted by Russia, draw on Chinese and "
                         "Indian contingents.")
    assert len(events) == 1, events
    e = events[0]
    assert e.cameo == "062" and e.source.actor == "RUSGOV"
    assert {a.country for a in e.participants} == {"RUS", "CHN", "IND"}
    assert e.names == ["Vostok-2022"]


def test_an_arrest_stated_as_a_noun_names_its_victims_where_it_happened(pipe):
    events = facts(pipe, "The arrest of three journalists in Minsk drew condemnation from the EU.")
    arrest = [e for e in events if e.cameo[:2] == "17"]
    assert arrest, events
    assert arrest[0].target.actor == "BLRMED"
    assert arrest[0].source is None  # the text does not say who arrested them


# --- nouns ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, root, source, target", [
    ("Russian missile strikes on Kyiv killed five people overnight.", "19", "RUS", "UKR"),
    ("Israel's airstrike on Gaza drew condemnation.", "19", "ISR", "PSE"),
    # diplomats are expelled from a country by it
    ("The expulsion of two Russian diplomats from Poland followed the incident.", "16", "POL", "RUS"),
])
def test_event_nouns_take_roles_from_their_phrase(pipe, text, root, source, target):
    events = [e for e in facts(pipe, text) if e.cameo[:2] == root]
    assert events, facts(pipe, text)
    e = events[0]
    assert (e.source.country if e.source else None) == source
    assert e.target is not None and e.target.country == target


def test_a_russian_led_exercise_is_led_by_russia(pipe):
    events = facts(pipe, "A Russian-led naval exercise began in the Sea of Japan on Monday.")
    assert len(events) == 1 and events[0].source.country == "RUS"
    assert events[0].date == "2024-09-09"
    assert [p.name for p in events[0].locations] == ["Sea of Japan"]


@pytest.mark.parametrize("text", [
    "Civilians died during protests in the capital.",
    "The minister called for talks with the rebels.",
    "Sanctions are an important tool of foreign policy.",
    "The fund supports programmes to prevent attacks on schools.",
])
def test_nouns_that_only_label_or_are_wanted_are_not_events(pipe, text):
    nominal = [e for e in facts(pipe, text) if e.trigger and e.trigger.lower().rstrip("s") in
               ("protest", "talk", "sanction", "attack")]
    assert nominal == []


def test_a_verb_and_its_object_noun_give_one_event(pipe):
    events = facts(pipe, "Russia and China held joint naval drills in the Sea of Japan.")
    assert len(events) == 1 and events[0].cameo == "062"


# --- doers the tables cannot code --------------------------------------------------------------
def test_an_unnamed_doer_never_matches_an_actor_filter(pipe, tmp_path):
    result = pipe.process_text("Unknown attackers shot dead two soldiers near Kidal on Tuesday.",
                               published="2024-09-11")
    with eventwire.Store(tmp_path / "s.db") as store:
        store.add(result)
        stored = store.events()
        assert stored and stored[0].source.text == "Unknown attackers" and stored[0].source_from == "parse"
        # the soldiers are Mali's (killed in Mali, no other side named); the unnamed attackers are no one's
        assert [e.target.actor for e in store.events(actor="MLI")] == ["MLIMIL"]


def test_we_in_a_statement_is_filled_from_the_document(tmp_path):
    page = tmp_path / "statement.md"
    page.write_text("---\ntitle: Statement from President Joe Biden on Ukraine\ndate: '2024-02-24'\n---\n\n"
                    "We will continue to provide security assistance to Ukraine.\n", encoding="utf-8")
    [result] = list(eventwire.extract([page]))
    aid = [e for e in result.events if e.source is not None and e.source.text == "We"]
    assert aid and aid[0].source.actor == "USAGOV" and aid[0].source_from == "document"


# --- one event per named exercise ---------------------------------------------------------------
def test_exercises_stated_only_in_nouns_yield_both_with_parties_forces_seas_and_dates():
    [result] = list(eventwire.extract([PAGES / "isw_exercises_in_nouns.html"]))
    exercises = {e.names[0]: e for e in result.events if e.names}
    assert set(exercises) == {"Okean-2024", "Northern/Interaction-2024"}
    okean, northern = exercises["Okean-2024"], exercises["Northern/Interaction-2024"]
    assert okean.cameo == northern.cameo == "062"
    assert {a.country for a in okean.participants} == {"RUS", "CHN"}
    assert {a.country for a in northern.participants} == {"RUS", "CHN"}
    assert okean.date == "2024-09-10"
    assert {q.unit for q in okean.quantities} >= {"ship", "aircraft"}
    assert {p.name for p in northern.locations} >= {"Sea of Japan", "Sea of Okhotsk", "Pacific Ocean"}
    # "The drills involve 400 troops and four helicopters": the latest exercise, not a new one
    assert {q.text for q in northern.quantities} >= {"400 troops", "four helicopters"}
    assert len([e for e in result.events if e.cameo[:2] in ("06", "15") and "drill" in (e.trigger or "")]) == 0
    # nothing from the "Read also" links or the donation appeal
    assert all("Kupiansk" not in e.evidence and "donate" not in e.evidence for e in result.events)


def test_one_exercise_named_in_several_sentences_is_one_event(pipe):
    text = ("Russia launched the Zapad-2025 exercises on Friday. "
            "Belarusian units take part in Zapad-2025 with 200 troops near Brest.")
    events = [e for e in facts(pipe, text) if e.names]
    assert len(events) == 1, events
    assert {a.country for a in events[0].participants} == {"RUS", "BLR"}
    assert "200 troops" in {q.text for q in events[0].quantities}


def test_a_named_exercise_takes_the_start_date_a_later_mention_states(pipe):
    # 2025-10-03 is a Friday: "on Monday" in the later mention's relative clause is 2025-09-29
    text = ("The assessment notes the Northern Interaction-2025 naval exercise, led by China, with four Russian "
            "warships in the Sea of Okhotsk. The drills, which began on Monday, include a joint patrol in the "
            "northern Pacific.")
    [exercise] = [e for e in facts(pipe, text, published="2025-10-03") if e.names]
    assert exercise.date == "2025-09-29" and exercise.date_basis == "relative"
    assert {p.name for p in exercise.locations} >= {"Sea of Okhotsk", "Pacific Ocean"}


def test_a_noun_event_is_dated_by_its_clause_of_taking_place(pipe):
    [event] = facts(pipe, "The drills, which began on Monday, include a patrol in the Pacific.", published="2025-10-03")
    assert event.date == "2025-09-29"


# --- document context and reporting -----------------------------------------------------------
def test_he_and_the_two_leaders_are_filled_from_the_previous_event(pipe):
    text = ("President Biden met President Yoon Suk Yeol of the Republic of Korea in Washington. "
            "The two leaders discussed cooperation on supply chains. "
            "President Biden spoke with Prime Minister Kishida on Monday. He raised concerns about the "
            "ballistic missile launches.")
    events = facts(pipe, text)
    discussed = [e for e in events if "two leaders" in (e.source.text if e.source else "")]
    assert discussed and {a.country for a in discussed[0].participants} == {"USA", "KOR"}
    assert discussed[0].source_from == "document"
    concerns = [e for e in events if e.source is not None and e.source.text == "He"]
    assert concerns and concerns[0].source.actor == "USAGOV" and concerns[0].cameo[:2] == "11"


def test_a_fact_sheet_item_without_subject_is_the_statements_author(tmp_path):
    page = tmp_path / "fact-sheet.md"
    page.write_text("---\ntitle: 'FACT SHEET: Strengthening the Alliance'\ndate: '2024-07-09'\n"
                    "source_url: https://www.whitehouse.gov/briefing-room/statements-releases/2024/07/09/fact-sheet/\n"
                    "---\n\nProviding enhanced rotational deployments of armored forces in the Baltic region.\n",
                    encoding="utf-8")
    [result] = list(eventwire.extract([page]))
    posture = [e for e in result.events if e.cameo[:2] == "15"]
    assert posture and posture[0].source.country == "USA" and posture[0].source_from == "document"


def test_each_attack_with_its_own_object_is_its_own_event(pipe):
    events = facts(pipe, "The Houthis have fired at U.S. Navy warships, launched attacks on civilian infrastructure "
                         "and attacked commercial vessels.")
    assert len([e for e in events if e.cameo[:2] == "19"]) >= 2


@pytest.mark.parametrize("text", [
    "They have endangered U.S. personnel and threatened freedom of navigation.",        # endangered, no threat made
    "Neither the House nor the Senate have provided the money to Ukraine.",             # negated by its subject
    "The leaders discussed efforts to provide humanitarian assistance to Ukraine.",     # a topic of discussion
    "The sanctions we imposed on Russia exceed anything done before.",                  # presupposed, not reported
])
def test_what_is_not_reported_as_done_gives_no_event(pipe, text):
    assert [e for e in facts(pipe, text) if e.cameo[:2] in ("07", "13", "16")] == []


@pytest.mark.parametrize("text", [
    "Governor Noem launched an anti-meth advertising campaign in South Dakota.",  # not a military campaign
    "It is striking that tensions between Washington and Beijing keep rising.",   # a description
    "Johnson and Corbyn attacked each other's policies on Brexit.",              # criticism, not force
])
def test_words_of_war_used_otherwise_are_not_attacks(pipe, text):
    assert [e for e in facts(pipe, text) if e.cameo[:2] in ("18", "19", "20")] == []


def test_a_threat_aimed_at_someone_stays_a_threat(pipe):
    events = facts(pipe, "President Bush has threatened further action against Russia.")
    assert [(e.cameo[:2], e.target.country) for e in events] == [("13", "RUS")]


def test_repelling_an_attack_fights_its_author_and_blows_are_force(pipe):
    events = facts(pipe, "Ukrainian forces repelled the Russian attack on Kyiv and delivered severe blows to the "
                         "Russian military.")
    # (both acts fight the Russian military, RUSMIL since session 16; one code and one dyad in one sentence is
    # counted once)
    assert events and {(e.cameo[:2], e.source.country, e.target.country) for e in events} == {("19", "UKR", "RUS")}
    assert all(e.target.actor == "RUSMIL" for e in events)


def test_a_participle_adjunct_shares_its_clauses_doer(pipe):
    events = facts(pipe, "Authorities said Robert Stewart went on a rampage in the care home on Sunday, killing seven "
                         "residents and a nurse.")
    killing = [e for e in events if e.cameo[:2] in ("18", "19")]
    assert killing and killing[0].source.text == "Robert Stewart" and killing[0].source.actor is None


@pytest.mark.parametrize("text, root, source, target", [
    ("The shelling of Kharkiv by Russian forces continued on Monday.", "19", "RUS", "UKR"),
    ("The interception of a North Korean missile by Japan was confirmed.", "19", "JPN", "PRK"),
    ("Russia announced a partial mobilisation of 300,000 reservists.", "15", "RUS", None),
    ("Ukrainian air defence shot down 30 Russian drones over Kyiv overnight.", "19", "UKR", "RUS"),
    ("A joint patrol by Russian and Chinese bombers flew near Alaska on Thursday.", "06", "RUS", "CHN"),
])
def test_war_reporting_forms(pipe, text, root, source, target):
    events = [e for e in facts(pipe, text) if e.cameo[:2] == root]
    assert events, facts(pipe, text)
    assert events[0].source.country == source
    assert (events[0].target.country if events[0].target else None) == target


def test_a_later_mention_of_a_reported_attack_is_that_attack(pipe):
    text = ("Today, Iran launched approximately 200 ballistic missiles at Israel in a reckless and brazen "
            "attack. Iran is a destabilizing, dangerous force in the Middle East, and today's attack on "
            "Israel only further demonstrates that fact.")
    attacks = [e for e in pipe.process_text(text, published="2024-10-01").events if e.cameo[:2] == "19"]
    assert len(attacks) == 1, [(e.cameo, e.trigger) for e in attacks]
    assert (attacks[0].source.country, attacks[0].target.country) == ("IRN", "ISR")
    # the mention's sentence places nothing of the attack
    assert [p.name for p in attacks[0].locations] == ["Israel"]


def test_a_mention_of_an_attack_on_someone_else_stays_its_own(pipe):
    text = ("Russian forces shelled Kharkiv overnight. The attack on the Polish border post was "
            "reported later by Warsaw.")
    attacks = [e for e in pipe.process_text(text, published="2024-10-01").events if e.cameo[:2] == "19"]
    assert len(attacks) == 2, [(e.cameo, e.trigger, e.target and e.target.actor) for e in attacks]


def test_violence_given_only_a_place_and_time_is_reported(pipe):
    events = pipe.process_text("A two-year-old is dead after an overnight shooting in Little Rock.",
                               published="2016-05-03").events
    assert [(e.cameo[:2], e.target.country) for e in events] == [("18", "USA")]
    # a strike by workers is no attack, and "amid" frames a circumstance
    assert pipe.process_text("Amid a strike in Kharkiv, residents fled.", published="2016-05-03").events == []
