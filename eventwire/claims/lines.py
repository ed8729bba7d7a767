"""Sentences the splitter cut inside a sentence, joined again for the claims stage.

Hard-wrapped news text (wire and broadcaster pages copied with their line breaks) reaches the
splitter as "… 56 more, officials⏎ say." or "An army⏎ spokesman said civilians …": the
sentence splitter ends a sentence at the line break, so the attribution frame and its content
land in different sentences and neither half holds a claim. Likewise "… said West Virginia
State Police Lt." / "Michael Baylous." is cut after the title abbreviation. Claims read such
pieces as one sentence (keeping the first piece's id and index, spanning all pieces), parsed
afresh; everything else is left as the pipeline gave it. Word lists: data/claim_cues.tsv
(`wrapword`, `titleabbr`).
"""
from __future__ import annotations

import re

from ..records import Sentence
from .lexicon import CUE_WORDS, FRAME_CUE_WORDS, _lexicon

_TERMINAL = ".!?\"”’:;)…"
_LONG_LINE = 12  # words: a line this long without final punctuation is no heading but a wrapped sentence
_LAST_WORD = re.compile(r"(\S+)\s*$")


# a sentence's end mark before a closing straight single quote or the typewriter double quote "''" (round cltr17):
# 'The sheriff said: "We are very thankful that she was found safe and reunited with her family.''⏎ A $50,000
# reward is being offered to find those responsible.' (TR-News) — the quotation's line ends its sentence, so the
# next line is no part of it (joined, "to find" framed the quotation and the reward became its speaker); also
# "… the chief said: 'We will find them.'⏎ Officers searched …". Not "…,'⏎ he said." (a comma: it runs on)
_CLOSED_BY_APOSTROPHES = re.compile(r"[.!?]'{1,2}$")


def _runs_on(a: Sentence, b: Sentence, text: str) -> bool:
    """Does sentence `a` run on into `b`?"""
    gap = text[a.end:b.start]
    if "\n" in gap and not gap.strip(" \t\n") and "\n\n" not in gap.replace(" ", "").replace("\t", ""):
        tail = a.text.rstrip()
        last = _LAST_WORD.search(tail)
        if last is None:
            return False
        word = last.group(1).lower()
        if word in _lexicon().forms("titleabbr"):
            return True
        if tail[-1] in _TERMINAL or _CLOSED_BY_APOSTROPHES.search(tail):
            return False
        # a line that stops mid-sentence: the next begins in lower case, or this one ends on a word no
        # sentence ends with ("… in the⏎ Karak district"); a title line ("Putin's 'personal beef'") does neither
        # (or this one is too long for a title: "… a usually calm industrial hub in Central⏎ Anatolia, was …")
        return b.text[:1].islower() or word in _lexicon().forms("wrapword") or word in FRAME_CUE_WORDS \
            or len(tail.split()) >= _LONG_LINE
    if gap.strip(" \t") == "" and "\n" not in gap:
        last = _LAST_WORD.search(a.text.rstrip())
        return last is not None and last.group(1).lower() in _lexicon().forms("titleabbr") \
            and b.text[:1].isupper()
    return False


def _dropped_tail(a: Sentence, b_start: int, text: str) -> int:
    """End of a line the splitter dropped between `a` and the next sentence ("officials⏎ say.⏎"), when
    `a` stops mid-sentence and that line ends one: the sentence ends there. Else `a.end`."""
    gap = text[a.end:b_start]
    if "\n" not in gap or a.text.rstrip()[-1:] in _TERMINAL:
        return a.end
    line = gap.strip()
    if line and "\n" not in line and len(line.split()) <= 4 and line[-1] in ".!?" and line[:1].islower():
        return a.end + gap.index(line) + len(line)
    return a.end


def join_wrapped(sentences: list[Sentence], parsed: dict, text: str) -> tuple[list[Sentence], dict]:
    """The sentences with run-on pieces joined, and the parses to use for them (joined pieces are
    parsed here when one piece was parsed or the joined text holds a cue word)."""
    ordered = sorted(sentences, key=lambda s: s.index)
    groups: list[list[Sentence]] = []
    for s in ordered:
        if groups and _runs_on(groups[-1][-1], s, text) and len(groups[-1]) < 6:
            groups[-1].append(s)
        else:
            groups.append([s])
    out: list[Sentence] = []
    new_parsed = dict(parsed)
    to_parse: list[Sentence] = []
    cuts: set[int] = set()
    for i, g in enumerate(groups):
        nxt = groups[i + 1][0].start if i + 1 < len(groups) else len(text)
        end = _dropped_tail(g[-1], nxt, text)
        if len(g) == 1 and end == g[0].end:
            out.append(g[0])
            continue
        first = g[0]
        # the joined sentence goes by its longest piece: "Lt." + "Col. Alexander Vindman told …" is the second
        main = max(g, key=lambda s: len(s.text))
        joined = Sentence(id=main.id, index=main.index, start=first.start, end=end, text=text[first.start:end])
        out.append(joined)
        for s in g:
            new_parsed.pop(s.index, None)
        words = set(re.findall(r"[a-z]+", joined.text.lower()))
        if any(s.index in parsed for s in g) or words & CUE_WORDS:
            to_parse.append(joined)
            # a title abbreviation's full stop where the splitter cut reads as a space to the parser
            # ("London police Const. Kim Flett" is one name, not a sentence end)
            cuts.update(x.end - 1 for x in g[:-1] if text[x.end - 1] == "."
                        and _LAST_WORD.search(x.text).group(1).lower() in _lexicon().forms("titleabbr"))
    if to_parse:
        from .. import annotate

        # the line breaks inside are spaces to the parser (same length: offsets stay those of the text)
        def _plain(s: Sentence) -> str:
            chars = [" " if c.isspace() or s.start + n in cuts else c for n, c in enumerate(s.text)]
            return "".join(chars)

        for s, doc in zip(to_parse, annotate.parse(_plain(s) for s in to_parse)):
            new_parsed[s.index] = doc
    return out, new_parsed
