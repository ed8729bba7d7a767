"""A document's own acronyms code as the names it gave them (session 16): "South Korea's National Intelligence
Service (NIS)" then "The NIS stated ..."; "the Russian Ministry of Defense (MoD)" is not the British MoD."""
from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from eventwire.actors import DocumentResolver, default_resolver, defined_acronyms
from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline()


def test_defined_acronyms_reads_the_bracket_after_a_coded_name():
    text = ("North Korea sent 3,000 more troops, according to South Korea's National Intelligence Service (NIS). "
            "The Russian Ministry of Defense (MoD) claimed gains. The Sudanese Armed Forces (SAF) shelled Omdurman. "
            "KYIV (AFP) - Shelling went on.")
    found = defined_acronyms(text, default_resolver())
    assert found["NIS"].actor == "KORSPY"
    assert found["MoD"].actor == "RUSMIL"
    assert found["SAF"].actor == "SDNMIL"
    assert "AFP" not in found                       # a bracket that spells no name before it


def test_a_text_without_definitions_keeps_the_shared_resolver():
    base = default_resolver()
    assert DocumentResolver.for_text(base, "Russia struck Kharkiv (again) on Monday.") is base


def test_the_documents_definition_wins_inside_a_phrase():
    resolver = DocumentResolver.for_text(default_resolver(), "the Russian Ministry of Defense (MoD) said")
    assert resolver.resolve("the MoD").actor == "RUSMIL"
    assert resolver.resolve("the MoD").text == "the MoD"
    assert resolver.resolve("Putin").actor == "RUSGOV"


def test_a_later_mention_of_a_defined_acronym_is_the_speaker_and_the_doer(pipe):
    text = ("North Korea sent an additional 3,000 troops to Russia in November, according to South Korea's "
            "National Intelligence Service (NIS). The NIS stated that North Korean forces have suffered about "
            "1,100 casualties in Kursk Oblast.\n\nThe Russian Ministry of Defense (MoD) said its forces took two "
            "villages. Ukrainian officials said the MoD had shelled Kherson.")
    result = pipe.process_text(text, published="2026-11-28")
    stated = [c for c in result.claims if c.speaker and c.speaker.text == "NIS"]
    assert stated and stated[0].speaker.actor == "KORSPY"
    shelled = [e for e in result.events if e.trigger and "shelled" in e.trigger]
    assert shelled and shelled[0].source is not None and shelled[0].source.actor == "RUSMIL"   # not GBRMIL


def test_an_acronym_the_tables_know_as_the_same_actor_is_left_alone():
    resolver = default_resolver()
    text = "The Philippines and the European Union (EU) agree that disputes should be resolved by arbitration."
    assert "EU" not in defined_acronyms(text, resolver)
    assert DocumentResolver.for_text(resolver, text) is resolver


def test_the_definition_itself_resolves_as_written():
    resolver = DocumentResolver.for_text(default_resolver(), "The Russian Ministry of Defense (MoD) said so.")
    assert resolver.resolve("The Russian Ministry of Defense (MoD)").actor == "RUSMIL"
