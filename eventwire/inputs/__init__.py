"""Reading documents: files and folders in, clean `RawDocument`s out.

    from eventwire.inputs import iter_documents
    for item in iter_documents(["news/", "feed.rss"], published="2024-09-11"):
        if isinstance(item, ReadError): print(item)      # "bad.jsonl:3: invalid JSON (...)"
        else: handle(item)                                # RawDocument, text free of boilerplate

Formats (by extension, each optionally gzip-compressed): .html/.htm (main
text and metadata via trafilatura), .txt (a date in a short line at the top,
"Reuters, 3 June 2025", is its publication date), .md (YAML front matter), .jsonl
(one record a line: id, text or html, url, title, published, site) and
RSS/Atom feeds (.rss, .atom, .xml; one document per item). http(s) URLs of
pages and feeds are fetched (inputs/web.py; a feed's items with their linked
pages), and `-` reads one input from standard input.
"""
from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..limits import DocumentTimeout
from ..records import RawDocument, ReadError, ReadWarning
from .boilerplate import clean_text
from .readers import MAX_BYTES, normalize_date, iter_paths, read_file

__all__ = ["iter_documents", "clean_text", "normalize_date", "RawDocument", "ReadError", "ReadWarning",
           "MAX_BYTES", "log"]

# Warnings about kept documents (invalid dates, guessed encodings, converted ids) are logged
# here as "warning: FILE[:LINE]: message", one line each, and kept on `RawDocument.warnings`.
# With no logging configured, Python prints them on stderr.
log = logging.getLogger("eventwire.inputs")


def iter_documents(paths: Iterable[str | Path | RawDocument | ReadError], published: str | None = None,
                   fetcher=None) -> Iterator[RawDocument | ReadError]:
    """Documents from files and folders (recursively, in sorted order), http(s) URLs of
    pages and RSS/Atom feeds (inputs/web.py: a feed's items with their linked pages), and
    `-` for standard input. Documents already read (RawDocument, ReadError) pass through.
    `fetcher`: the `web.Fetcher` for URLs (default: one made for this call, closed at its end).

    `published` is the fallback publication date for documents that carry
    none; it may be in any common date form and is normalised to YYYY-MM-DD
    (ValueError at call time if it is not a date). Problems with inputs come
    back as `ReadError` items; the batch always continues. Problems fixed or dropped in
    a document that is kept (an invalid date, a guessed encoding) are `ReadWarning`s on its
    `warnings`, each also logged to the "eventwire.inputs" logger.

    A `DocumentTimeout` raised while a file is read (the time limit `process_stream` sets
    around each document's reading) becomes a ReadError for that file; the next file follows.
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    fallback = normalize_date(published) if published else None
    if published and fallback is None:
        raise ValueError(f"published: not a date: {published!r}")
    return _iter(paths, fallback, fetcher)


def _iter(paths: Iterable[str | Path | RawDocument | ReadError], published: str | None,
          fetcher=None) -> Iterator[RawDocument | ReadError]:
    own_fetcher = None
    try:
        for entry in paths:
            if isinstance(entry, (RawDocument, ReadError)):
                yield entry
            elif isinstance(entry, str) and entry.strip() == "-":
                from .web import read_stdin

                yield from _checked(read_stdin(published))
            elif isinstance(entry, str) and entry.strip() and _is_url(entry):
                from .web import Fetcher, read_url

                if fetcher is None:
                    fetcher = own_fetcher = Fetcher()
                yield from _checked(read_url(entry.strip(), fetcher, published))
            else:
                for item in iter_paths([entry]):
                    if isinstance(item, ReadError):
                        yield item
                    else:
                        yield from _read_one_file(item, published)
    finally:
        if own_fetcher is not None:
            own_fetcher.close()


def _is_url(entry: str) -> bool:
    from .web import is_url

    return is_url(entry)


def _checked(items: Iterator[RawDocument | ReadError]) -> Iterator[RawDocument | ReadError]:
    """Items as the CLI shows them: messages on one line, warnings logged."""
    for result in items:
        if isinstance(result, ReadError):
            result.message = _one_line(result.message)
        else:
            for warning in result.warnings:
                warning.message = _one_line(warning.message)
                log.warning("warning: %s", warning)
        yield result


def _read_one_file(item: Path, published: str | None) -> Iterator[RawDocument | ReadError]:
    results = read_file(item, published)
    produced = 0
    while True:
        try:
            result = next(results)
        except StopIteration:
            break
        except DocumentTimeout as exc:
            rest = "the rest of the file" if produced else "file"
            yield ReadError(str(item), f"reading took longer than {exc.args[0] if exc.args else 'the limit'}"
                                       f"{' s' if exc.args else ''}; {rest} skipped")
            break
        produced += 1
        yield from _checked(iter([result]))


def _one_line(message: str) -> str:
    """One line, always, with any control or unprintable character from the input (quoted
    in the message) shown escaped rather than sent to the terminal."""
    return "".join(ch if ch.isprintable() else f"\\u{ord(ch):04x}" if ord(ch) <= 0xFFFF else f"\\U{ord(ch):08x}"
                   for ch in " ".join(message.split()))
