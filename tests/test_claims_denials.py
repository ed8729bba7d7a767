"""Denials as reporting states them (session 13): "Chinese officials deny it" right after a claim denies
that claim (its content, and the two contradict); a denied act with its object ("China denies supplying
Russia"), an act named as a noun ("denied any arms transfers") and a one-word denial ("denied
wrongdoing") are claims too. Withholding ("denied bail", "was denied access") is none."""
from __future__ import annotations

import pytest


def test_deny_it_denies_the_claim_before_and_contradicts_it(pipe):
    text = ("A US deputy secretary of state told POLITICO that China gives very substantial support to Russia's "
            "defense industry. Chinese officials deny it.")
    claims = pipe.process_text(text, published="2024-09-12").claims
    said = next(c for c in claims if c.stance == "assert")
    denial = next(c for c in claims if c.stance == "deny")
    assert denial.speaker.text == "Chinese officials"
    assert denial.content == said.content and "substantial support" in denial.content
    assert said.id in denial.contradicts and denial.id in said.contradicts


def test_deny_it_far_from_any_claim_is_no_claim(pipe):
    # the pronoun may mean anything: nothing was claimed in the two sentences before
    text = ("Officials said troops would leave the town. The weather was cold. Rain fell all day. "
            "The mayor denied it.")
    claims = pipe.process_text(text, published="2024-09-12").claims
    assert [c.stance for c in claims] == ["assert"]


@pytest.mark.parametrize("text, content", [
    ("China denies supplying Russia.", "supplying Russia"),
    ("North Korean officials denied any arms transfers to Moscow.", "any arms transfers to Moscow"),
    ("The contractor denied wrongdoing.", "wrongdoing"),
    ("Tehran denied the attack.", "the attack"),
])
def test_a_denied_act_is_a_denial(pipe, text, content):
    claims = pipe.process_text(text, published="2024-09-12").claims
    assert len(claims) == 1 and claims[0].stance == "deny"
    assert claims[0].content == content


@pytest.mark.parametrize("text", [
    "The judge denied bail.",
    "He was denied access to a lawyer.",
    "The agency denied his request for asylum.",
])
def test_withholding_is_no_denial(pipe, text):
    assert pipe.process_text(text, published="2024-09-12").claims == []


def test_a_gerund_the_parser_read_as_an_adjective_is_the_act_denied(pipe):
    claims = pipe.process_text("Tehran denied supplying drones.", published="2024-09-12").claims
    assert [(c.stance, c.content) for c in claims] == [("deny", "supplying drones")]


def test_sharing_only_the_predicate_is_no_contradiction(pipe):
    # "the strike hit a depot" (denied) and "the missile hit a school" (asserted by the denier) share only "hit"
    text = "The ministry said the strike hit a depot. Kyiv denied it, saying the missile hit a school."
    claims = pipe.process_text(text, published="2024-09-12").claims
    school = next(c for c in claims if "school" in c.content)
    depot = [c for c in claims if "depot" in c.content]
    assert school.contradicts == []
    assert {d.id for d in depot} == {x for d in depot for x in d.contradicts}  # the denial and what it denies
