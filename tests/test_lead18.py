"""Session 15, the lead's fixes (issue #9): protesters are people of the place they protest in,
a capital the small model tags as a person still names its country where the sentence sets it
as a place, and a trigger row's own aimed preposition names the target ("marched on parliament")."""
from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline()


def events(pipe: Pipeline, text: str):
    return [(e.cameo[:2], e.source and e.source.actor, e.target and e.target.actor)
            for e in pipe.process_text(text, published="2024-05-01").events if not (e.negated or e.hypothetical)]


def test_the_issue_protest_sentence_names_all_its_actors(pipe):
    # Yerevan is tagged as a person by the small model; parliament is what they marched on
    assert ("14", "ARMOPP", "ARMLEG") in events(
        pipe, "Hundreds of protesters marched on parliament in Yerevan demanding the prime minister's resignation.")


@pytest.mark.parametrize("text, source", [
    ("Protesters rallied outside the Russian embassy in Vilnius.", "LTUOPP"),
    ("Farmers protested outside parliament in Warsaw against Ukrainian grain imports.", "POLAGR"),
    ("Several hundred demonstrators gathered in Chisinau on Sunday to protest against rising gas prices.", "MDA"),
])
def test_protesters_are_people_of_the_place_they_protest_in(pipe, text, source):
    found = events(pipe, text)
    assert any(root == "14" and (src or "").startswith(source) for root, src, _ in found), found


def test_protesters_named_by_nationality_keep_it(pipe):
    found = events(pipe, "Ukrainians in Warsaw protested outside the Russian embassy.")
    assert any(root == "14" and src == "UKRCVL" for root, src, _ in found), found


def test_police_of_a_capital_tagged_as_a_person(pipe):
    found = events(pipe, "Police in Chisinau detained dozens of demonstrators on Saturday.")
    assert ("17", "MDACOP", "MDAOPP") in found


def test_a_town_namesake_of_a_person_stays_a_name(pipe):
    # "near Lincoln": no capital, so the rule for misread capitals does not apply
    found = events(pipe, "Police arrested two men near Lincoln on Friday.")
    assert all(src is None or "GBR" not in src for _, src, _ in found), found


def test_marched_on_names_the_target_but_massed_in_names_the_place(pipe):
    assert ("14", "OPP", "LEG") in events(pipe, "Protesters marched on parliament demanding new elections.")
    found = events(pipe, "Protesters massed in the main square on Friday.")
    assert found and all(tgt is None for _, _, tgt in found), found
