"""eventwire: sourced, queryable records of who did what to whom, and who said so.

    import eventwire
    for result in eventwire.extract(["reports/"], published="2024-09-11"):
        ...
    with eventwire.Store("eventwire.db") as store:
        eventwire.ingest(["reports/"], store)
        store.events_df(dyad=("RUS", "CHN"), cameo="06")
"""
from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

# One BLAS thread (unless the user chose otherwise, or numpy was imported before eventwire):
# each eventwire process codes on one core, and OpenBLAS's idle pool thread alone makes the
# process multi-threaded, so every malloc in spaCy's parser takes a lock (glibc) - 15-20% of the
# parser's and entity recogniser's CPU time on this pipeline (docs/cluster.md, "Throughput").
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

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
