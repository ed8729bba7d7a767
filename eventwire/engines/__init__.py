"""Where documents are coded and where results go, beyond the local processes and the store.

- `DaskEngine` (eventwire/engines/dask.py; the `eventwire[dask]` extra): code documents on a
  Dask cluster, a local one or an existing scheduler, for `ingest(..., engine=...)`,
  `extract(...)` and `write_shards(...)`; results come back to this process's writer.
- `write_shards`, `read_shards`, `load_shards` (eventwire/engines/shards.py): results as
  Parquet files partitioned by publication month, and merged into a store later.

docs/cluster.md describes both.
"""
from __future__ import annotations

from typing import Any

__all__ = ["DaskEngine", "EngineError", "load_shards", "read_shards", "write_shards", "ShardError"]

_LAZY = {"DaskEngine": "dask", "EngineError": "dask", "load_shards": "shards", "read_shards": "shards",
         "write_shards": "shards", "ShardError": "shards"}


def __getattr__(name: str) -> Any:
    # Dask and pyarrow are imported only by the code that uses them.
    if name in _LAZY:
        from importlib import import_module

        return getattr(import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module 'eventwire.engines' has no attribute {name!r}")
