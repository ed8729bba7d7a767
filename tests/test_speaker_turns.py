"""Transcripts: "I" and "we" belong to the speaker of the turn ("PRESIDENT ZELENSKYY:"), not to
the author the title names (pipeline._speaker_turns)."""
from __future__ import annotations

import pytest

from eventwire.pipeline import Pipeline
from eventwire.records import RawDocument

TRANSCRIPT = """PRESIDENT BIDEN:  Well, welcome. We will support Ukraine as long as it takes.

PRESIDENT ZELENSKYY:  Thank you so much, Mr. President.

I thank President Biden for his leadership.

Q:  Mr. President, we condemn the strikes on Kyiv; will you send more tanks?

THE PRESIDENT:  We will send more air defense systems to Ukraine.
"""


@pytest.fixture(scope="module")
def events():
    raw = RawDocument(id="t", text=TRANSCRIPT, title="Remarks by President Biden and President Zelenskyy",
                      url="https://www.whitehouse.gov/briefing-room/speeches-remarks/2024/07/11/remarks/",
                      published="2024-07-11")
    return Pipeline().process(raw).events


def test_first_person_after_a_turn_label_is_that_speaker(events):
    thanks = [e for e in events if e.cameo == "051"]
    assert thanks and thanks[0].source.actor == "UKRGOV" and thanks[0].target.actor == "USAGOV"


def test_the_president_label_and_the_first_turn_are_the_documents_voice(events):
    support = [e for e in events if e.cameo[:2] == "03" and e.target is not None and e.target.actor == "UKRGOV"]
    assert len(support) == 2 and {e.source.actor for e in support} == {"USAGOV"}


def test_a_reporter_is_no_one_the_tables_code(events):
    assert not [e for e in events if e.cameo[:2] == "11" and e.source is not None and e.source.actor]


def test_a_fact_sheet_heading_is_not_a_speaker():
    raw = RawDocument(id="f", text="UKRAINE:  We will send more air defense systems to Ukraine.\n",
                      title="FACT SHEET: Support for Ukraine",
                      url="https://www.whitehouse.gov/briefing-room/statements-releases/2024/07/11/fact-sheet/",
                      published="2024-07-11")
    events = Pipeline().process(raw).events
    assert events and events[0].source.actor == "USAGOV"
