"""A closing frame after two acts joined by "and" ("A glide bomb attack killed two civilians and wounded
nine, the governor reported."): the parser hangs the frame on the last verb, but the speaker reported both
acts, so the content is the whole coordination (session 13; before, the content was "wounded nine")."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, speaker, content", [
    ("A glide bomb attack on Zaporizhzhia killed two civilians and wounded nine, regional governor Ivan "
     "Fedorov reported on Telegram.", "Ivan Fedorov",
     "A glide bomb attack on Zaporizhzhia killed two civilians and wounded nine"),
    ("A missile hit a school and injured four children, the mayor wrote on Telegram.", "mayor",
     "A missile hit a school and injured four children"),
    ("Russian forces shelled the village and burned two houses, officials said.", "officials",
     "Russian forces shelled the village and burned two houses"),
])
def test_a_closing_frame_reports_every_coordinated_act(pipe, text, speaker, content):
    claims = pipe.process_text(text, published="2024-05-01").claims
    assert len(claims) == 1
    assert claims[0].speaker is not None and speaker in claims[0].speaker.text
    assert claims[0].content == content


def test_a_frame_with_the_sentence_going_on_keeps_its_own_clause(pipe):
    # the frame does not close the sentence: what follows it is no part of a coordination it reports
    claims = pipe.process_text("Troops shelled the town and burned a school, the mayor said, before the rain "
                               "stopped the fighting.", published="2024-05-01").claims
    assert all("rain" not in c.content for c in claims)
