"""Session 14 lead's wire-copy faults, found on news pages written before any run: wire datelines
kept out of the parse, an outlet lending no country, anonymity asked is no appeal, arms glossed by
what they do, the day of a saying, military commands (docs/events.md, docs/claims.md "Session 14")."""
import pytest

from eventwire.datelines import dateline_length, without_dateline
from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _events(pipeline, text, published="2025-06-03"):
    return pipeline.process_text(text, published=published).events


@pytest.mark.parametrize("text, dateline", [
    ("KYIV, Ukraine (AP) — Russia fired", "KYIV, Ukraine (AP) — "),
    ("MOSCOW, July 20 (Reuters) - The Kremlin", "MOSCOW, July 20 (Reuters) - "),
    ("OUAGADOUGOU, 3 June 2025 (AFP) - Jihadist", "OUAGADOUGOU, 3 June 2025 (AFP) - "),
    ("GAZA CITY/JERUSALEM (Reuters) - Israeli", "GAZA CITY/JERUSALEM (Reuters) - "),
    ("(CNN) — A", "(CNN) — "),
    ("WASHINGTON — The", "WASHINGTON — "),
    ("NATO — Russia's envoy", ""),  # an alliance, not a place
    ("Russia — and its ally Belarus — held drills", ""),
    ("US-China talks - Beijing", ""),
])
def test_dateline_forms(text, dateline):
    assert text[:dateline_length(text)] == dateline
    assert len(without_dateline(text)) == len(text)


@pytest.mark.parametrize("dateline", ["OUAGADOUGOU, 3 June 2025 (AFP) - ", "OUAGADOUGOU, Burkina Faso (AP) — ", ""])
def test_dateline_leaves_the_roles_alone(pipeline, dateline):
    text = dateline + ("Jihadist fighters killed at least 50 soldiers in an attack on an army base in northern "
                       "Burkina Faso, security sources said on Sunday.")
    result = pipeline.process_text(text, published="2025-06-03")
    kills = [e for e in result.events if e.cameo.startswith("19") or e.cameo.startswith("18")]
    assert kills and kills[0].source.text == "Jihadist fighters"
    assert kills[0].target.actor == "BFAMIL"
    claims = [c for c in result.claims if c.speaker and "security sources" in c.speaker.text]
    assert claims and claims[0].content.startswith("Jihadist fighters killed")


def test_dateline_still_places_the_story(pipeline):
    result = pipeline.process_text("KYIV, Ukraine (AP) — Russian drones struck a power plant overnight, officials said.",
                                   published="2025-06-03")
    assert [p.name for e in result.events for p in e.locations] == ["Kyiv"]


def test_outlet_lends_no_country(pipeline):
    events = _events(pipeline, "Jihadist fighters killed at least 50 soldiers in an attack on an army base in northern "
                               "Burkina Faso, security sources told AFP on Sunday.")
    assert [e.target.actor for e in events if e.cameo.startswith("19")] == ["BFAMIL"]


@pytest.mark.parametrize("text", [
    "Several hundred gunmen stormed the camp at dawn, a local resident said, asking not to be named for security reasons.",
    "The official spoke requesting anonymity because he was not authorised to speak.",
])
def test_anonymity_asked_is_no_appeal(pipeline, text):
    assert not [e for e in _events(pipeline, text) if e.cameo.startswith("02")]


def test_a_real_request_stays(pipeline):
    assert [e.cameo[:2] for e in _events(pipeline, "Ukraine asked Germany to send Taurus missiles.")] == ["02"]


def test_arms_glossed_by_what_they_do(pipeline):
    events = _events(pipeline, "The United States has sent more than $1 billion in security assistance to Ukraine, "
                               "including anti-armor capabilities — taking out tanks and planes — with new shipments "
                               "arriving every day.")
    assert not [e for e in events if e.cameo.startswith("19")]


def test_arms_put_to_use_stay(pipeline):
    events = _events(pipeline, "Ukrainian forces used HIMARS launchers — hitting Russian ammunition depots near Kherson.")
    assert [e.source.actor for e in events if e.cameo.startswith("19")] == ["UKRMIL"]


@pytest.mark.parametrize("text, content", [
    ("Taiwan's defence ministry said on Tuesday it had detected 34 Chinese military aircraft around the island.",
     "it had detected 34 Chinese military aircraft around the island"),
    ("Russia said on Monday that it had captured the village.", "it had captured the village"),
])
def test_the_day_of_saying_is_not_content(pipeline, text, content):
    claims = pipeline.process_text(text, published="2025-10-14").claims
    assert [c.content for c in claims] == [content]


@pytest.mark.parametrize("text, speaker", [
    ("China's Eastern Theatre Command said the exercise involved army and navy units.", "CHNMIL"),
    ("Poland scrambled its fighter jets overnight, the Polish Operational Command said.", "POLMIL"),
])
def test_military_commands(pipeline, text, speaker):
    claims = pipeline.process_text(text, published="2025-10-14").claims
    assert [c.speaker.actor for c in claims] == [speaker]


def test_counts_go_to_their_own_clause(pipeline):
    events = _events(pipeline, "Ukrainian drones struck an oil refinery in Russia's Rostov Oblast overnight, while Russia "
                               "launched 574 drones and 40 missiles at Ukraine in the largest attack in weeks.")
    counted = {e.source.actor: sorted(q.value for q in e.quantities) for e in events}
    assert counted["UKRMIL"] == []
    assert counted["RUSGOV"] == [40.0, 574.0]


def test_counts_shared_by_joined_acts(pipeline):
    events = _events(pipeline, "In Kharkiv, Russian shelling killed two civilians and wounded five others, the governor said.")
    assert events and all(e.quantities and e.locations for e in events)  # (one attack since round evtr17)


def test_exercise_named_in_a_later_sentence(pipeline):
    events = _events(pipeline, "Beijing launched large-scale drills around Taiwan on Tuesday.\n\nChina's Eastern Theatre "
                               "Command said the exercise, code-named Strait Thunder-2025B, involved army and navy units.",
                     published="2025-10-14")
    assert [e.names for e in events] == [["Strait Thunder-2025B"]]


def test_drills_condemned_are_aimed_at_their_doer(pipeline):
    events = _events(pipeline, "Beijing launched large-scale drills around Taiwan on Tuesday. Taiwan's President Lai "
                               "Ching-te condemned the drills as a blatant provocation.", published="2025-10-14")
    condemned = [e for e in events if e.cameo.startswith("11")]
    assert condemned and condemned[0].target.actor == "CHNGOV"


def test_body_named_again_takes_its_country(pipeline):
    result = pipeline.process_text("Russia launched 574 drones and 40 missiles at Ukraine overnight, Ukraine's Air Force "
                                   "said. Air defences shot down or jammed 546 drones and 31 missiles, the Air Force said.",
                                   published="2025-08-21")
    assert [c.speaker.actor for c in result.claims] == ["UKRMIL", "UKRMIL"]
    assert [e.source.actor for e in result.events if e.trigger.startswith("shot")] == ["UKRMIL"]


@pytest.mark.parametrize("text, code, target", [
    ("Mali, Niger and Burkina Faso quit ECOWAS in January.", "127", "IGOWAFECW"),
    ("Russia quit the Council of Europe in 2022.", "127", "IGOEURCOE"),
    ("Mali and Niger formed a confederation with Burkina Faso last year.", "050", "BFAGOV"),
])
def test_blocs_formed_and_left(pipeline, text, code, target):
    assert [(e.cameo, e.target.actor) for e in _events(pipeline, text)] == [(code, target)]


@pytest.mark.parametrize("text", ["The minister left the meeting early.", "Sanders left the union in 1990."])
def test_leaving_a_room_is_no_event(pipeline, text):
    assert _events(pipeline, text) == []


def test_a_states_irregulars_deployed_show_its_force(pipeline):
    events = _events(pipeline, "Russian paramilitaries from the Africa Corps are now deployed in Ouagadougou.")
    assert [(e.cameo, e.source.actor) for e in events] == [("154", "RUSREB")]


@pytest.mark.parametrize("text, doer", [
    ("Zelensky said Moscow was doing everything to prevent a meeting and called for tougher sanctions.", "UKRGOV"),
    ("Blinken said the attack was unacceptable and urged Israel to show restraint.", "USAGOV"),
    ("Macron said Europe must rearm and called on allies to raise spending.", "FRAGOV"),
])
def test_the_speakers_next_act(pipeline, text, doer):
    appeals = [e for e in _events(pipeline, text) if e.cameo.startswith("02")]
    assert appeals and appeals[0].source.actor == doer and not appeals[0].negated


def test_the_reported_doers_second_act_stays(pipeline):
    events = _events(pipeline, "The minister said Russia attacked Kyiv and threatened Odesa.")
    assert {e.source.actor for e in events} == {"RUSGOV"}


def test_joined_to_failing_is_not_failed(pipeline):
    events = _events(pipeline, "The minister said the talks had failed and urged Russia to withdraw its troops.")
    assert events and not any(e.negated for e in events)


def test_circumstance_after_a_closing_frame_is_not_content(pipeline):
    claims = pipeline.process_text(
        "North Korea fired several short-range ballistic missiles toward its eastern waters on Wednesday, South "
        "Korea's Joint Chiefs of Staff said, days before world leaders gather in Gyeongju for the APEC summit.",
        published="2025-10-22").claims
    assert [c.content for c in claims] == [
        "North Korea fired several short-range ballistic missiles toward its eastern waters on Wednesday"]


def test_an_acronym_in_brackets_names_the_body_again(pipeline):
    claims = pipeline.process_text(
        "North Korea fired several ballistic missiles on Wednesday, South Korea's Joint Chiefs of Staff (JCS) said. "
        "The missiles flew about 350 kilometres, the JCS said.", published="2025-10-22").claims
    assert [c.speaker.country for c in claims] == ["KOR", "KOR"]


def test_weapons_launched_are_their_owners_act(pipeline):
    events = _events(pipeline, "North Korea fired several ballistic missiles on Wednesday, South Korea's military said. "
                               "The missiles were launched from an area south of Pyongyang.", published="2025-10-22")
    assert all(e.source is not None and e.source.country == "PRK" and e.target is None for e in events)


def test_a_speaker_hung_on_the_day_before_the_cue(pipeline):
    result = pipeline.process_text("North Korea fired several ballistic missiles on Wednesday, South Korea's Joint Chiefs "
                                   "of Staff (JCS) said.", published="2025-10-22")
    assert [(c.speaker.actor, c.content) for c in result.claims] == [
        ("KORMIL", "North Korea fired several ballistic missiles on Wednesday")]
    assert [(e.source.actor, e.target) for e in result.events] == [("PRKGOV", None)]


def test_a_states_aid_to_its_partners_is_no_family_support(pipeline):
    events = _events(pipeline, "The United States has provided $340 million in refugee assistance to our European "
                               "partners who are hosting Ukrainians.")
    assert [e.cameo[:2] for e in events] == ["07"]


def test_funding_ones_daughter_stays_private(pipeline):
    assert _events(pipeline, "Munene had been funding her 15-year-old daughter's education back in Kenya.") == []


def test_a_title_case_dateline_with_a_date(pipeline):
    result = pipeline.process_text("Kyiv, 16 September 2025 — The Institute for the Study of War assessed on Monday "
                                   "that Russian forces had advanced near Pokrovsk.", published="2025-09-16")
    assert [c.speaker.text for c in result.claims] == ["Institute for the Study of War"]
    assert dateline_length("Kyiv, 16 September 2025 — The") == len("Kyiv, 16 September 2025 — ")


@pytest.mark.parametrize("text", [
    "The Zapad-2025 exercise rehearsed the planning of tactical nuclear weapons use and a counteroffensive "
    "against a notional NATO force.",
    "The drills simulated a blockade of key ports and strikes on Taiwanese ships.",
])
def test_acts_an_exercise_rehearses_are_not_done(pipeline, text):
    assert not [e for e in _events(pipeline, text) if e.cameo[:2] in ("17", "18", "19", "20")]


def test_a_counteroffensive_launched_stays(pipeline):
    assert [e.cameo[:2] for e in _events(pipeline, "Russia launched a counteroffensive against Ukrainian forces in Kursk.")] == ["19"]


def test_the_drills_told_again_with_who_they_involve(pipeline):
    events = _events(pipeline, "Russia and Belarus began the Zapad-2025 strategic exercise on Friday.\n\nThe drills, which "
                               "began on September 12, also involved Indian and Iranian observers and a contingent of 65 "
                               "Indian soldiers, according to Russia's Ministry of Defense.", published="2025-09-16")
    exercises = [e for e in events if e.cameo[:2] in ("06", "15")]
    assert len(exercises) == 1 and exercises[0].names == ["Zapad-2025"]
    assert {"RUSGOV", "BLRGOV", "INDGOV"} <= {a.actor for a in exercises[0].participants}


@pytest.mark.parametrize("text", [
    "Lithuania's Foreign Ministry said Minsk was using the exercise to intimidate its neighbors. Belarus denied the charge.",
    "Prosecutors said Smith took bribes from a contractor. Smith has denied the allegations.",
])
def test_the_charge_denied_contradicts_the_claim_just_made(pipeline, text):
    claims = pipeline.process_text(text, published="2025-09-16").claims
    assert [c.stance for c in claims] == ["assert", "deny"]
    assert claims[1].contradicts == [claims[0].id] and claims[0].contradicts == [claims[1].id]


def test_a_charge_with_nothing_before_links_nothing(pipeline):
    claims = pipeline.process_text("Russia denied the report.", published="2025-09-16").claims
    assert [c.contradicts for c in claims] == [[]]
