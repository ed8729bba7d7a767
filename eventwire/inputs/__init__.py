"""Reading documents: files and folders in, clean `RawDocument`s out.

    from eventwire.inputs import iter_documents
    for item in iter_documents(["news/", "feed.rss"], published="2024-09-11"):
        if isinstance(item, ReadError): print(item)      # "bad.jsonl:3: invalid JSON (...)"
        else: handle(item)                                # RawDocument, text free of boilerplate

Formats (by extension, each optionally gzip-compressed): .html/.htm (main
text and metadata via trafilatura), .txt, .md (YAML front matter), .jsonl
(one record a line: id, text or html, url, title, published, site) and
RSS/Atom feeds (.rss, .atom, .xml; one document per item).
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from ..records import RawDocument, ReadError
from .boilerplate import clean_text
from .readers import MAX_BYTES, normalize_date, iter_paths, read_file

__all__ = ["iter_documents", "clean_text", "normalize_date", "RawDocument", "ReadError", "MAX_BYTES"]


def iter_documents(paths: Iterable[str | Path], published: str | None = None) -> Iterator[RawDocument | ReadError]:
    """Documents from files and folders (recursively, in sorted order).

    `published` is the fallback publication date for documents that carry
    none; it may be in any common date form and is normalised to YYYY-MM-DD
    (ValueError at call time if it is not a date). Problems with inputs come
    back as `ReadError` items; the batch always continues.
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    fallback = normalize_date(published) if published else None
    if published and fallback is None:
        raise ValueError(f"published: not a date: {published!r}")
    return _iter(paths, fallback)


def _iter(paths: Iterable[str | Path], published: str | None) -> Iterator[RawDocument | ReadError]:
    for item in iter_paths(paths):
        for result in [item] if isinstance(item, ReadError) else read_file(item, published):
            if isinstance(result, ReadError):
                result.message = " ".join(result.message.split())  # one line, always
            yield result
