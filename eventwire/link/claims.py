"""Corroboration of a claim: the same speaker saying the same thing in several documents.

Two claims are one when their speakers match (the actor code when coded, else the speaker's
words, without case) and so does their content, compared without case (the store finds them by
`casefold(content)`).
Counts as for incidents: reports (documents), outlets (copies of those documents from other
sources included), independent outlets (copies collapsed), first and last reported.
"""
from __future__ import annotations

from typing import Any

from .incidents import outlet

COLUMNS = ("claim_reports", "claim_outlets", "claim_independent_outlets", "claim_first_reported",
           "claim_last_reported")


def claim_key(speaker_actor: str | None, speaker_text: str | None, content: str | None) -> tuple[str, str] | None:
    """What makes two claims the same claim; None without a speaker or content."""
    speaker = (speaker_actor or "").strip().casefold() or (speaker_text or "").strip().casefold()
    said = (content or "").casefold()
    return (speaker, said) if speaker and said else None


def corroboration(reports: list[dict[str, Any]], copies: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    """Counts for one claim from its reports (document, url, site, published) and the copies of
    their documents (document id -> copies with outlet and published)."""
    documents = list(dict.fromkeys(r["document"] for r in reports))
    own = list(dict.fromkeys(o for o in (outlet(r.get("site"), r.get("url")) for r in reports) if o))
    copied = [c for d in documents for c in copies.get(d, [])]
    everyone = list(dict.fromkeys([*own, *(c["outlet"] for c in copied if c.get("outlet"))]))
    published = sorted(p for p in [*(r.get("published") for r in reports), *(c.get("published") for c in copied)] if p)
    return dict(zip(COLUMNS, (len(documents), len(everyone), len(own), published[0] if published else None,
                              published[-1] if published else None)))
