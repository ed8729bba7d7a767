"""Two acts of one family in a sentence, the second by a doer the sentence names apart (session 13):
"Russian forces launched 120 drones at Ukraine overnight, adding that air defenses shot down 80 drones"
holds the attack and the defenders' act. Before, the second, naming no one we could code, was taken
for the first told again and dropped. An act with no doer of its own ("killed one soldier and wounded
two others") is still the same act, and in talk and threats a second subject is no act of its own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, second", [
    ("Russian forces launched 120 drones at Ukraine overnight, the air force said, adding that air defenses "
     "shot down 80 drones.", "shot"),
    ("Russian troops fired missiles at Odesa on Sunday, and air defence units shot down six of them.", "shot"),
])
def test_a_second_doer_keeps_its_own_event(pipe, text, second):
    events = pipe.process_text(text, published="2025-03-14").events
    assert len(events) == 2
    assert any(e.trigger.startswith(second) and e.source is not None for e in events)


def test_a_party_named_inside_a_threat_is_no_second_act(pipe):
    # only armed acts: "an attack by militants" that a threat names is no act of the militants
    events = pipe.process_text("The Syrian army command says it has ceased its military operations near the "
                               "capital but warned it will retaliate against any attack by militants.",
                               published="2025-03-14").events
    assert not any(e.source is not None and "militants" in e.source.text for e in events)
