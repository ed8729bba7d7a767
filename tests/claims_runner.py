"""How the claims tests code a text: split it, parse it with the project's parser, extract claims
(the claims stage alone, without the events pipeline around it)."""
from __future__ import annotations

from eventwire import annotate
from eventwire.actors import default_resolver
from eventwire.claims import extract_claims
from eventwire.records import Claim, RawDocument


def claims_of(doc: RawDocument) -> list[Claim]:
    sentences = annotate.split_sentences(doc.id, doc.text)
    parsed = {s.index: d for s, d in zip(sentences, annotate.parser().pipe(s.text for s in sentences))}
    return extract_claims(doc, sentences, parsed, default_resolver())


def claims_in(text: str, *, title: str | None = None, published: str = "2024-09-11", site: str = "Test Wire",
              doc_id: str = "t") -> list[Claim]:
    return claims_of(RawDocument(id=doc_id, text=text, title=title, published=published, site=site))
