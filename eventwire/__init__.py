"""eventwire: sourced, queryable records of who did what to whom, and who said so.

    import eventwire
    for result in eventwire.extract(["reports/"], published="2024-09-11"):
        ...
    with eventwire.Store("eventwire.db") as store:
        eventwire.ingest(["reports/"], store)
        store.events_df(dyad=("RUS", "CHN"), cameo="06")
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .records import Actor, Claim, DocumentResult, Event, Place, Quantity, RawDocument, ReadError, Sentence

__version__ = "0.1.0"
__all__ = [
    "Actor", "Claim", "DocumentResult", "Event", "IngestSummary", "Pipeline", "Place", "Quantity",
    "RawDocument", "ReadError", "SchemaVersionError", "Sentence", "Store", "extract", "ingest",
]

if TYPE_CHECKING:
    from .pipeline import IngestSummary, Pipeline, extract, ingest
    from .store import SchemaVersionError, Store

# The language model loads only when a pipeline is first used, so `import eventwire`
# (and store-only work such as queries) stays fast.
_LAZY = {"Pipeline": "pipeline", "extract": "pipeline", "ingest": "pipeline", "IngestSummary": "pipeline",
         "Store": "store", "SchemaVersionError": "store"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from importlib import import_module

        return getattr(import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module 'eventwire' has no attribute {name!r}")
