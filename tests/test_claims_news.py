"""Claims in news reporting (issue #14, second round, tuned on the dev half of eval/claims_news.jsonl):
hard-wrapped lines, quotations running over several sentences, content boundaries, non-attributions."""
from __future__ import annotations

import pytest

from eventwire import annotate
from eventwire.actors import default_resolver
from eventwire.claims import extract_claims
from eventwire.records import RawDocument


@pytest.fixture(scope="module")
def run():
    nlp = annotate.parser()
    resolver = default_resolver()

    def _run(text: str, site: str = "Test Wire"):
        doc = RawDocument(id="n", text=text, published="2016-12-19", site=site)
        sentences = annotate.split_sentences("n", text)
        parsed = {s.index: d for s, d in zip(sentences, nlp.pipe(s.text for s in sentences))}
        return extract_claims(doc, sentences, parsed, resolver)

    return _run


def _show(claims):
    return [(c.speaker and c.speaker.text, c.cue, c.content) for c in claims]


def _only(claims):
    assert len(claims) == 1, _show(claims)
    return claims[0]


WRAP = "\n            "


@pytest.mark.parametrize("text, speaker_word, content", [
    # the frame on the next line, which the splitter dropped or cut off
    (f"A suicide car bomb in central Turkey has killed 13 soldiers aboard a bus and wounded 56 more, officials{WRAP}"
     f"say.{WRAP}The blast destroyed the bus carrying soldiers visiting a local market.",
     "officials", "A suicide car bomb in central Turkey has killed 13 soldiers aboard a bus and wounded 56 more"),
    (f"The blast destroyed the bus.{WRAP}An army{WRAP}spokesman said civilians may also have been injured.",
     "spokesman", "civilians may also have been injured"),
    # the content on the next line
    (f"Turkish officials say it bears the hallmarks of the{WRAP}outlawed Kurdistan Workers Party (PKK).",
     "officials", f"it bears the hallmarks of the{WRAP}outlawed Kurdistan Workers Party (PKK)"),
    # a name cut off after its title abbreviation
    ("As the officers were conducting the traffic stop, a red truck pulled up alongside them, West Virginia State "
     "Police Lt. Michael Baylous said.", "Baylous",
     "As the officers were conducting the traffic stop, a red truck pulled up alongside them"),
])
def test_wrapped_lines_are_one_sentence(run, text, speaker_word, content):
    c = _only(run(text))
    assert speaker_word in c.speaker.text
    assert c.content.startswith(content[:30]) and text[c.content_span[0]:c.content_span[1]].rstrip(".") == content


def test_a_title_line_is_not_joined_to_the_paragraph(run):
    # a heading without final punctuation, then a paragraph: no run-on, the heading stays no claim
    claims = run("Putin's personal beef\nThe Kremlin said the claims were indecent.")
    c = _only(claims)
    assert c.speaker.text == "Kremlin" and c.content.startswith("the claims")
