"""Read documents from files and folders.

Every problem with an input becomes one `ReadError` naming the file (and
line or item) and the problem in one line; nothing raises out of
`iter_documents`, so one bad file never stops a batch.
"""
from __future__ import annotations

import datetime as dt
import email.utils
import gzip
import json
import re
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from ..records import RawDocument, ReadError, ReadWarning
from ..times import find_time_expressions
from .boilerplate import clean_text, unwrap_paragraphs
from .html import extract_article, fragment_to_text, markdown_to_text

MAX_BYTES = 50 * 1024 * 1024  # larger inputs are refused before reading

# Extension (after any .gz) → reader name.
FORMATS = {
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".txt": "txt", ".text": "txt",
    ".md": "md", ".markdown": "md",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".rss": "feed", ".atom": "feed", ".xml": "feed",
}

# Signatures of common binary formats, to name them in the error.
_MAGIC = [
    (b"\x89PNG\r\n\x1a\n", "PNG image"), (b"\xff\xd8\xff", "JPEG image"), (b"GIF8", "GIF image"),
    (b"%PDF", "PDF document"), (b"PK\x03\x04", "ZIP archive"), (b"RIFF", "RIFF media"),
    (b"\x7fELF", "ELF executable"), (b"BZh", "bzip2 archive"), (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-zip archive"), (b"\x00\x00\x01\x00", "icon"), (b"OggS", "Ogg media"),
]
_BOMS = [(b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
         (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")]
_GZIP_MAGIC = b"\x1f\x8b"
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_FEED_ROOT = re.compile(r"<(rss|feed|rdf:RDF)\b", re.IGNORECASE)
_HAS_WORD = re.compile(r"[^\W\d_]{2,}")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)


class InputProblem(Exception):
    """A problem with one input; its message becomes a ReadError."""


Warnings = list  # of ReadWarning: what a reader fixed or dropped in a document it kept


def _show(value: Any, width: int = 60) -> str:
    """A value as written in the input (JSON-like), on one line, shortened."""
    try:
        text = json.dumps(value, ensure_ascii=False, default=str)
    except (TypeError, ValueError):
        text = repr(value)
    # control and other unprintable characters (C1 controls, bidi overrides) shown escaped
    text = "".join(ch if ch.isprintable() else f"\\u{ord(ch):04x}" if ord(ch) <= 0xFFFF else f"\\U{ord(ch):08x}"
                   for ch in text)
    return text if len(text) <= width else text[: width - 1] + "…"


# --------------------------------------------------------------------- dates

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s_])")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:$|T)")
_SLASHED = re.compile(r"^(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b")


def normalize_date(value: Any) -> str | None:
    """ISO `YYYY-MM-DD` for a date in any common form, or None.

    The date is taken as written (2024-09-11T01:00+03:00 stays 2024-09-11):
    the publisher's local day is the one the text refers to.
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if not isinstance(value, str):  # 12345, true, [..]: a number is no date (nor a timestamp)
        return None
    text = value.strip()
    if not text or len(text) > 100:
        return None
    for pattern in (_ISO, _COMPACT, _SLASHED):
        m = pattern.match(text)
        if m:
            return _valid_date(*m.groups())
    parsed = email.utils.parsedate_tz(text)  # RFC 822, as in RSS
    if parsed and parsed[0] > 0:
        return _valid_date(parsed[0], parsed[1], parsed[2])
    if not re.search(r"\d", text):
        return None
    if re.fullmatch(r"[\d\s.,+-]+", text):  # "12345", "1.5": numbers, not dates
        return None
    import dateparser  # slow to import; only for unusual formats

    try:
        when = dateparser.parse(text, settings={"REQUIRE_PARTS": ["day", "month", "year"],
                                                "PREFER_DAY_OF_MONTH": "first"})
    except Exception:  # noqa: BLE001 - dateparser fails on some odd strings (overflow, regex)
        return None
    return when.date().isoformat() if when else None


def checked_date(value: Any, loc: str, key: str, warnings: Warnings) -> str | None:
    """`normalize_date(value)`; a value that is present but not a valid date (12345,
    "not a date", 2024-13-45, 2024-02-30) gives None and a warning naming `loc` and it."""
    date = normalize_date(value)
    if date is None and value is not None and not (isinstance(value, str) and not value.strip()):
        warnings.append(ReadWarning(loc, f"invalid '{key}' {_show(value)}: not a date "
                                         f"(a real day is needed, e.g. 2024-09-11); ignored"))
    return date


def _valid_date(year: Any, month: Any, day: Any) -> str | None:
    try:
        return dt.date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


# --------------------------------------------------------------------- paths

_STORE_FILE = re.compile(r"\.(db|sqlite3?)(-wal|-shm|-journal)?$", re.IGNORECASE)


def iter_paths(paths: Iterable[str | Path]) -> Iterator[Path | ReadError]:
    """Files named directly, and the files in named folders (recursively,
    sorted, hidden files skipped)."""
    for entry in paths:
        path = Path(entry)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                rel = child.relative_to(path)
                if any(part.startswith(".") for part in rel.parts) or not child.is_file():
                    continue
                if _STORE_FILE.search(child.name):
                    continue  # a store kept beside the reports (eventwire.db and its journal)
                yield child
        elif path.is_file():
            yield path
        elif path.exists():
            yield ReadError(str(path), "not a regular file")
        else:
            yield ReadError(str(path), "no such file or directory")


def _inner_name(path: Path) -> Path:
    name = path.name
    return Path(name[:-3] if name.lower().endswith(".gz") else name)


def _inner_suffix(path: Path) -> str:
    return _inner_name(path).suffix.lower()


def format_of(path: Path) -> tuple[str | None, str]:
    """(reader name or None, file stem) from the name, ignoring a .gz suffix."""
    inner = _inner_name(path)
    return FORMATS.get(inner.suffix.lower()), inner.stem


# ------------------------------------------------------------- bytes → text

def read_bytes(path: Path) -> bytes:
    size = path.stat().st_size
    if size >= MAX_BYTES:
        raise InputProblem(f"file too large ({size / 2**20:.1f} MB; limit {MAX_BYTES / 2**20:.0f} MB)")
    if size == 0:
        raise InputProblem("empty file")
    data = path.read_bytes()
    if data[:2] == _GZIP_MAGIC:
        data = _gunzip(data)
        if not data:
            raise InputProblem("empty file (after gzip decompression)")
    return data


def _gunzip(data: bytes) -> bytes:
    # Stream with a cap so a small bomb cannot exhaust memory.
    out = bytearray()
    try:
        with gzip.GzipFile(fileobj=_BytesReader(data)) as fh:
            while chunk := fh.read(1 << 20):
                out += chunk
                if len(out) >= MAX_BYTES:
                    raise InputProblem(f"file too large after gzip decompression (limit {MAX_BYTES / 2**20:.0f} MB)")
    except EOFError:
        raise InputProblem("truncated gzip (compressed data ended early)") from None
    except (OSError, zlib.error) as exc:
        raise InputProblem(f"corrupt gzip ({exc})") from None
    return bytes(out)


class _BytesReader:
    """Minimal file object over bytes (io.BytesIO would copy the buffer)."""

    def __init__(self, data: bytes):
        self._view = memoryview(data)
        self._pos = 0

    def read(self, n: int = -1) -> bytes:
        end = len(self._view) if n is None or n < 0 else min(len(self._view), self._pos + n)
        chunk = self._view[self._pos:end].tobytes()
        self._pos = end
        return chunk


def decode(data: bytes, html: bool = False, where: str = "", warnings: Warnings | None = None) -> str:
    """Text of `data`: UTF-8 first, then a declared charset (HTML), then
    charset-normalizer; binary or garbled data is refused. Text that is not valid UTF-8 and
    declares no charset is decoded with a warning naming `where`, the first invalid byte's
    line and the charset used: mostly-UTF-8 text keeps UTF-8 (bad bytes become U+FFFD),
    other text gets the charset charset-normalizer guesses."""
    if warnings is None:
        warnings = []
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _check_text(data[len(bom):].decode(encoding))
            except UnicodeDecodeError as exc:
                raise InputProblem(f"mis-encoded text (invalid {encoding} after byte-order mark at byte {exc.start})") from None
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise InputProblem(f"binary file ({kind}), not text")
    if b"\x00" in data[:65536]:
        raise InputProblem("binary file (contains NUL bytes), not text")
    try:
        return _check_text(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        bad_at = exc.start
    if html:
        m = _META_CHARSET.search(data[:4096])
        if m:
            try:
                return _check_text(data.decode(m.group(1).decode("ascii")))
            except (LookupError, UnicodeDecodeError):
                pass
    line = data.count(b"\n", 0, bad_at) + 1
    where_bad = f"{where}:{line}" if where else f"line {line}"
    replaced = data.decode("utf-8", errors="replace")
    bad = replaced.count("\ufffd")
    wide = len(replaced) - len(replaced.encode("ascii", "ignore")) - bad  # valid non-ASCII characters
    if wide >= bad:  # more valid multi-byte characters than invalid bytes: UTF-8 with damage
        warnings.append(ReadWarning(where_bad, f"invalid UTF-8 (byte 0x{data[bad_at]:02x} at offset {bad_at}); "
                                               f"decoded as UTF-8 with {bad} invalid byte(s) replaced by U+FFFD"))
        return _check_text(replaced)
    text, encoding = _detect(data)
    warnings.append(ReadWarning(where_bad, f"not valid UTF-8 (byte 0x{data[bad_at]:02x} at offset {bad_at}); "
                                           f"decoded as {encoding} (guessed)"))
    return _check_text(text)


def _detect(data: bytes) -> tuple[str, str]:
    """(text, encoding name) as charset-normalizer reads `data`."""
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data))
    if not matches:
        raise InputProblem("mis-encoded text (not UTF-8 and no plausible encoding found)")
    best = matches[0]
    # charset-normalizer cannot tell Western code pages apart on short or
    # ambiguous text (it picks cp1250 for "naïve"); prefer cp1252 when it fits as well.
    for m in matches:
        if m.encoding in ("cp1252", "latin_1", "iso8859_15") and m.chaos <= best.chaos and m.coherence >= best.coherence - 0.01:
            return str(m), m.encoding
    if best.coherence == 0.0:
        try:
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            pass
    if best.chaos > 0.3:
        raise InputProblem(f"mis-encoded text (best guess {best.encoding} still looks garbled)")
    return str(best), best.encoding


# C0/C1 control characters (bar tab, newlines, form feed) and U+FFFD: what a
# wrong decoding produces, and what real text almost never contains.
_GARBLED = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd]")


def _check_text(text: str) -> str:
    """Refuse text that decoded but is still garbage."""
    sample = text[:100_000]
    if sample:
        bad = len(_GARBLED.findall(sample))
        if bad / len(sample) > 0.02:
            raise InputProblem(f"mis-encoded text ({bad} control or replacement characters in {len(sample)})")
    return text


def _require_text(text: str, what: str = "no text") -> str:
    if not _HAS_WORD.search(text):
        raise InputProblem(what)
    return text


def _clean(text: str, wrapped: bool | None = None) -> str:
    cleaned = clean_text(text, wrapped=wrapped)
    if not _HAS_WORD.search(cleaned):
        raise InputProblem("no article text left after removing boilerplate")
    return cleaned


def _hostname(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    return host[4:] if host and host.startswith("www.") else host


def _str(value: Any) -> str | None:
    if value is None:
        return None
    text = re.sub(r"\s+", " ", str(value)).strip()
    return text or None


def _id(value: Any) -> str:
    """A record's id as a string: strings as written (whitespace tidied), whole numbers in
    decimal (12 and 12.0 are "12"); anything else (true, lists, objects, NaN) is refused."""
    if isinstance(value, bool) or value is None:
        raise InputProblem("missing 'id'" if value is None else f"'id' must be a string or a number, got {_show(value)}")
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise InputProblem(f"'id' must be a string or a number, got {_show(value)}")
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, str):
        text = _str(value)
        if text is None:
            raise InputProblem("missing 'id' (empty)")
        return text
    kind = {dict: "an object", list: "a list"}.get(type(value), type(value).__name__)
    raise InputProblem(f"'id' must be a string or a number, got {kind}")


def _text_field(record: dict, key: str, loc: str, warnings: Warnings) -> str | None:
    """An optional text field (title, url, site): numbers are written out, other non-strings
    dropped with a warning."""
    value = record.get(key)
    if value is None or isinstance(value, str):
        return _str(value)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _str(value)
    warnings.append(ReadWarning(loc, f"'{key}' must be a string, got {_show(value)}; ignored"))
    return None


# ------------------------------------------------------------------- readers

def read_file(path: Path, published: str | None = None) -> Iterator[RawDocument | ReadError]:
    """The documents of one file, or ReadErrors for what cannot be read. Warnings about
    the whole file (its encoding) go on its first document's `warnings`."""
    where = str(path)
    fmt, stem = format_of(path)
    if fmt is None:
        suffix = _inner_suffix(path) or "no extension"
        yield ReadError(where, f"unsupported file type ({suffix}; expected .html, .txt, .md, .jsonl, .rss, .atom or .xml, optionally .gz)")
        return
    try:
        data = read_bytes(path)
    except InputProblem as exc:
        yield ReadError(where, str(exc))
        return
    except OSError as exc:
        yield ReadError(where, f"cannot read file ({exc.strerror or exc})")
        return
    yield from read_data(data, fmt, where, stem, published, strict=_inner_suffix(path) in (".rss", ".atom"))


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def read_data(data: bytes, fmt: str, where: str, stem: str, published: str | None = None,
              url: str | None = None, strict: bool = False,
              charset: str | None = None) -> Iterator[RawDocument | ReadError]:
    """The documents in `data` read as `fmt` (html, txt, md, jsonl, feed), named `where` in
    errors: a file's contents (read_file), standard input or a fetched page (inputs/web.py).
    `url`: where an HTML page was fetched from; `strict`: a feed must have a feed root;
    `charset`: the encoding a server declared, tried before any guess."""
    notes: Warnings = []  # about the whole input
    try:
        if charset and not data.startswith(tuple(bom for bom, _ in _BOMS)) and not _is_utf8(data):
            # Valid UTF-8 is read as UTF-8 whatever the server says (many servers claim
            # ISO-8859-1 by default); otherwise the declared charset is tried first.
            try:
                data = data.decode(charset).encode("utf-8")
            except (LookupError, UnicodeDecodeError):
                pass  # a wrong declaration: decode() finds the encoding as for a file
        if fmt == "jsonl":
            items: Iterable[RawDocument | ReadError] = _read_jsonl(data, where, published, notes)
        elif fmt == "feed":
            items = _read_feed(data, where, stem, published, strict=strict, notes=notes)
        else:
            text = decode(data, html=(fmt == "html"), where=where, warnings=notes)
            if not text.strip():
                raise InputProblem("empty file (only whitespace)")
            if fmt == "html":
                doc = _read_html(text, stem, published, url=url, where=where)
            else:
                doc = {"txt": _read_txt, "md": _read_md}[fmt](text, stem, published, where=where)
            doc.path, doc.format = where, fmt
            items = [doc]
        for item in items:
            if isinstance(item, RawDocument) and notes:
                item.warnings[:0] = notes
                notes.clear()
            yield item
    except InputProblem as exc:
        yield ReadError(where, str(exc))
    except RecursionError:
        yield ReadError(where, "too deeply nested to read")
    except Exception as exc:  # never let one file stop the batch
        yield ReadError(where, f"unexpected error: {type(exc).__name__}: {exc}")


def _read_html(text: str, doc_id: str, published: str | None, url: str | None = None,
               where: str = "") -> RawDocument:
    article = extract_article(text, url=url)
    if article is None or not _HAS_WORD.search(article.text):
        raise InputProblem("no article text found in HTML")
    warnings: Warnings = []
    return RawDocument(
        id=doc_id,
        text=_clean(article.text, wrapped=False),  # one paragraph a line
        title=article.title,
        url=article.url,
        published=checked_date(article.published, where, "date", warnings) or published,
        site=article.site or _hostname(article.url),
        warnings=warnings,
    )


def _read_txt(text: str, doc_id: str, published: str | None, where: str = "") -> RawDocument:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    _require_text(text, "no text (no words in the file)")
    return RawDocument(id=doc_id, text=unwrap_paragraphs(_clean(text)), published=header_date(text) or published)


def header_date(text: str) -> str | None:
    """The publication date a plain-text article states in a short line at its top, as copied pages
    and wire printouts do: "Reuters, 3 June 2025", "Published March 14, 2025", "Kyiv Independent —
    2025-03-14". Only the first three non-empty lines, each of at most ten words, are read: a date in
    the story's own sentences is the date of an event, not of the page. Returns ISO YYYY-MM-DD or None."""
    lines = [line.strip() for line in text.split("\n") if line.strip()][:3]
    for line in lines:
        if len(line.split()) > 10:
            continue
        found = next((r.date for r in find_time_expressions(line)
                      if r.basis == "explicit" and r.granularity == "day"), None)
        if found is not None:
            return found
    return None


def _read_md(text: str, doc_id: str, published: str | None, where: str = "") -> RawDocument:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    meta: dict[str, Any] = {}
    lines: list[str] = []
    m = _FRONT_MATTER.match(text)
    if m:
        import yaml

        try:
            loaded = yaml.load(m.group(1), Loader=_front_matter_loader())
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            at = f" at line {mark.line + 2}" if mark is not None else ""
            raise InputProblem(f"invalid YAML front matter{at} ({getattr(exc, 'problem', None) or exc})") from None
        except (ValueError, TypeError, OverflowError) as exc:  # an explicit !!timestamp that is no date, ...
            raise InputProblem(f"invalid YAML front matter ({exc})") from None
        if isinstance(loaded, dict):
            meta = {str(k): v for k, v in loaded.items()}
        lines = m.group(1).split("\n")
        text = text[m.end():]
    body = markdown_to_text(text)
    _require_text(body, "no text in markdown body")
    warnings: Warnings = []

    def loc(key: str) -> str:
        """The file and the front matter line that sets `key` (line 1 is the opening ---)."""
        n = next((i for i, line in enumerate(lines) if re.match(rf"\s*['\"]?{re.escape(key)}['\"]?\s*:", line)), None)
        return f"{where}:{n + 2}" if n is not None else where

    def field_text(key: str) -> str | None:
        value = meta.get(key)
        if value is None or isinstance(value, (str, int, float, dt.date)) and not isinstance(value, bool):
            return _str(value)
        warnings.append(ReadWarning(loc(key), f"'{key}' must be text, got {_show(value)}; ignored"))
        return None

    url = field_text("source_url") or field_text("url") or field_text("canonical_url")
    date_key = next((k for k in ("date", "published_time", "published") if meta.get(k) not in (None, "")), None)
    date = checked_date(meta.get(date_key), loc(date_key), date_key, warnings) if date_key else None
    return RawDocument(
        id=doc_id,
        text=_clean(body, wrapped=False),  # wrapped lines already joined
        title=field_text("title"),
        url=url,
        published=date or published,
        site=field_text("site") or field_text("site_name") or _hostname(url),
        warnings=warnings,
    )


_LOADER = None


def _front_matter_loader():
    """YAML's safe loader with dates left as written: `date: 2024-02-30` is a value to check
    (and warn about), not an exception from the YAML library."""
    global _LOADER
    if _LOADER is None:
        import yaml

        class Loader(yaml.SafeLoader):
            pass

        Loader.yaml_implicit_resolvers = {
            first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
            for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}
        _LOADER = Loader
    return _LOADER


def _read_jsonl(data: bytes, where: str, published: str | None, notes: Warnings) -> Iterator[RawDocument | ReadError]:
    text = decode(data, where=where, warnings=notes)
    any_line = False
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        any_line = True
        loc = f"{where}:{lineno}"
        try:
            yield _jsonl_record(line, loc, published)
        except InputProblem as exc:
            yield ReadError(loc, str(exc))
        except RecursionError:
            yield ReadError(loc, "invalid JSON (nested too deeply)")
        except Exception as exc:
            yield ReadError(loc, f"unexpected error: {type(exc).__name__}: {exc}")
    if not any_line:
        raise InputProblem("empty file (only whitespace)")


def _jsonl_record(line: str, loc: str, published: str | None) -> RawDocument:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputProblem(f"invalid JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(record, dict):
        raise InputProblem(f"expected a JSON object, got {type(record).__name__}")
    doc_id = _id(record.get("id"))
    warnings: Warnings = []
    url = _text_field(record, "url", loc, warnings)
    text, html = record.get("text"), record.get("html")
    for key, value in (("text", text), ("html", html)):
        if value is not None and not isinstance(value, str):
            raise InputProblem(f"'{key}' must be a string, got {_show(value)}")
    if isinstance(text, str) and text.strip():
        doc = RawDocument(id=doc_id, text=unwrap_paragraphs(_clean(_require_text(text))), published=None)
        fmt_date = None
    elif isinstance(html, str) and html.strip():
        doc = _read_html(html, doc_id, None, url=url, where=loc)
        fmt_date = doc.published
    else:
        raise InputProblem("missing 'text' or 'html'")
    doc.title = _text_field(record, "title", loc, warnings) or doc.title
    doc.url = url or doc.url
    doc.site = _text_field(record, "site", loc, warnings) or doc.site or _hostname(doc.url)
    key = "published" if record.get("published") not in (None, "") else "date"
    doc.published = checked_date(record.get(key), loc, key, warnings) or fmt_date or published
    doc.path, doc.format = loc, "jsonl"
    doc.warnings.extend(warnings)
    return doc


# Numeric character references to what is no character (&#xD800;, &#0;, &#x110000;): the
# XML parser would hand lone surrogates and NULs on.
_BAD_CHAR_REF = re.compile(r"&#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,10}));")


def _replace_bad_ref(m: re.Match) -> str:
    code = int(m.group(1), 16) if m.group(1) else int(m.group(2))
    return m.group(0) if 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else "\ufffd"


def _read_feed(data: bytes, where: str, stem: str, published: str | None, strict: bool,
               notes: Warnings) -> Iterator[RawDocument | ReadError]:
    text = decode(data, where=where, warnings=notes)
    head = re.sub(r"<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>", "", text[:4096], flags=re.DOTALL).lstrip()
    if not _FEED_ROOT.match(head):
        if strict and head.startswith("<"):
            raise InputProblem("malformed feed (root element is not <rss>, <feed> or <rdf:RDF>)")
        raise InputProblem("not an RSS/Atom feed" if head.startswith("<") else "malformed feed (not XML)")
    import feedparser

    try:
        parsed = feedparser.parse(_BAD_CHAR_REF.sub(_replace_bad_ref, text))
    except (ValueError, UnicodeError, RecursionError) as exc:
        raise InputProblem(f"malformed feed ({type(exc).__name__})") from None
    entries = parsed.get("entries") or []
    broken = None  # a real XML error; benign bozo warnings (encoding overrides) don't count
    exc = parsed.get("bozo_exception")
    if parsed.get("bozo") and exc is not None and not isinstance(
            exc, (feedparser.CharacterEncodingOverride, feedparser.NonXMLContentType)):
        broken = f"malformed feed ({str(exc).splitlines()[0] if str(exc) else type(exc).__name__})"
    if not entries:
        raise InputProblem(broken or "feed has no items")
    site = _str(parsed.feed.get("title"))
    for n, entry in enumerate(entries, 1):
        loc = f"{where}#{n}"
        try:
            contents = entry.get("content") or []
            body = next((c.get("value") for c in contents if (c.get("value") or "").strip()), None)
            body = body or entry.get("summary") or entry.get("description") or ""
            title = _str(fragment_to_text(entry.get("title") or ""))
            body_text = fragment_to_text(body)
            if not _HAS_WORD.search(body_text) and title and broken is None:
                body_text = title  # headline-only feeds: the headline is the text
            item_text = _clean(_require_text(body_text, "feed item has no text"), wrapped=False)
            warnings: Warnings = []
            key = next((k for k in ("published", "updated", "created") if entry.get(k)), None)
            date = checked_date(entry.get(key), loc, key, warnings) if key else None
            url = _str(entry.get("link"))
            if url and not url.lower().startswith(("http://", "https://")):
                url = None  # feedparser falls back to a non-URL guid such as urn:uuid:…
            yield RawDocument(
                id=f"{stem}-{n}",
                text=item_text,
                title=title,
                url=url,
                published=date or published,
                site=site or _hostname(url),
                path=loc,
                format="feed",
                warnings=warnings,
            )
        except InputProblem as exc:
            if broken is None:  # in a broken feed, empty items are part of the breakage
                yield ReadError(loc, str(exc))
        except Exception as exc:
            yield ReadError(loc, f"unexpected error: {type(exc).__name__}: {exc}")
    if broken:
        yield ReadError(where, broken)
