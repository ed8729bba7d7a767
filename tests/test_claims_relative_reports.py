"""Another speaker's report in a relative clause inside a claim's content (session 13): "Houthi rebels
claimed responsibility for a missile attack on Ben Gurion Airport, which the Israeli military said was
intercepted" holds two claims — the rebels' (without the interception) and the military's, which the rebels
did not relay. The same speaker's own relative report ("which it said was headed for Syria") stays."""
from __future__ import annotations


def test_a_relative_report_by_another_speaker_is_its_own_claim(pipe):
    text = ("Houthi rebels claimed responsibility for a missile attack on Ben Gurion Airport, which the Israeli "
            "military said was intercepted.")
    claims = pipe.process_text(text, published="2025-06-03").claims
    rebels = next(c for c in claims if c.speaker is not None and c.speaker.text == "Houthi rebels")
    military = next(c for c in claims if c.speaker is not None and "military" in c.speaker.text)
    assert "intercepted" not in rebels.content and rebels.content.endswith("Ben Gurion Airport")
    assert "intercepted" in military.content
    assert not any("Houthi" in v for v in military.via)


def test_a_relative_report_by_the_same_speaker_stays_in_the_content(pipe):
    text = "The US military said it could not legally detain the ship, which it said was headed for Syria."
    claims = pipe.process_text(text, published="2025-06-03").claims
    assert any("headed for Syria" in c.content for c in claims)
