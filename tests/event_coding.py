"""What the event tests look at: each stated event's code, doer and target, as a user sees them."""
from __future__ import annotations

from eventwire.pipeline import Pipeline


def coded(pipe: Pipeline, text: str, published: str = "2024-05-10") -> list[tuple[str, str | None, str | None]]:
    """(CAMEO code, source code, target code) of the events the text states (not negated, not
    hypothetical), in order."""
    return [(e.cameo, e.source.actor if e.source else None, e.target.actor if e.target else None)
            for e in pipe.process_text(text, published=published).events
            if not e.negated and not e.hypothetical]


def roots(events: list[tuple[str, str | None, str | None]]) -> list[str]:
    """The CAMEO roots of `coded` output."""
    return [code[:2] for code, _, _ in events]


def coded_roots(pipe: Pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    """`coded` with each code cut to its root: (root, source code, target code)."""
    return [(code[:2], source, target) for code, source, target in coded(pipe, text)]


def codes(pipe: Pipeline, text: str) -> list[str]:
    """The CAMEO codes of `coded` output."""
    return [code for code, _, _ in coded(pipe, text)]
