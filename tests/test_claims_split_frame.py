"""A quotation split around its frame, going on with "and" or "but" ('"This is a test of our resolve,"
Biden said, "and we will meet it."'): the second part is the same quotation, not an object of the
verb's own, so the claim stands with both parts (session 12; before, the sentence gave no claim)."""
from __future__ import annotations

import pytest



@pytest.mark.parametrize("text, speaker, first, second", [
    ('"This is a test of our resolve," Biden said, "and we will meet it."', "Biden", "test of our resolve",
     "we will meet it"),
    ('"Russia will not win this war," Stoltenberg said, "but the price is high."', "Stoltenberg",
     "Russia will not win", "the price is high"),
    ('"We need more air defence," Zelensky told reporters, "and we need it now."', "Zelensky",
     "more air defence", "we need it now"),
])
def test_a_quotation_split_around_its_frame_is_one_claim(pipe, text, speaker, first, second):
    claims = pipe.process_text(text, published="2024-05-01").claims
    assert len(claims) == 1
    assert claims[0].speaker is not None and claims[0].speaker.text == speaker
    assert first in claims[0].content and second in claims[0].content


def test_an_object_after_the_frame_still_ends_a_parenthetical(pipe):
    # the verb's own object after it: the clause before is no report of it
    claims = pipe.process_text("The talks failed; she announced $7.5 million in new assistance.",
                               published="2024-05-01").claims
    assert claims == []
