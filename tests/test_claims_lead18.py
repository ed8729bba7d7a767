"""Session 15, the lead's claims fix (issue #14): the speaker's next act parsed under a denied report."""
from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline()


def test_the_deniers_next_act_hung_on_the_denied_report_is_still_theirs(pipe):
    claims = pipe.process_text(
        "Foreign Ministry spokesperson Lin Jian denied reports that China is supplying lethal weapons to Russia and "
        "insisted that Beijing maintains an impartial position on the war.", published="2024-11-26").claims
    insisted = [c for c in claims if c.cue == "insist"]
    assert insisted and "Lin Jian" in insisted[0].speaker.text              # not "China", the report's subject
    assert insisted[0].content.startswith("Beijing maintains")


def test_a_conjunct_inside_the_report_stays_the_reports(pipe):
    claims = pipe.process_text("The ministry denied reports that China is supplying weapons and is training "
                               "Russian pilots.", published="2024-11-26").claims
    assert all(c.cue != "train" for c in claims)
