"""Pages and feeds over HTTP, and documents from standard input.

    from eventwire.inputs.web import Fetcher, read_url
    with Fetcher(timeout=10) as fetcher:
        for item in read_url("https://example.org/feed.xml", fetcher):
            ...  # RawDocument or ReadError, as from a file

A URL that answers HTML (or plain text) is read like a local file of that kind, with the
URL as the document's `url`; one that answers an RSS/Atom feed gives one document per
item: the item's linked page, fetched and extracted, with the item's title and date as its
metadata (the item's own text when the page cannot be had, with a warning saying why).

`Fetcher` is httpx with what a well-behaved client needs: a timeout per attempt (connecting
to the last byte), a size cap (the body is streamed and dropped over it), retries with
exponential backoff on connection errors, 5xx, 408 and 429 (honouring Retry-After),
a User-Agent naming eventwire, one request at a time per host with a pause between
requests, at most MAX_REDIRECTS redirects, and only HTML, feeds and plain text accepted.
robots.txt is honoured for the pages a feed links to, which eventwire fetches on its own;
a URL the user names (on the command line, in a watch list) is fetched as the user's own
request, as a browser or feed reader would. Defaults can be changed in the environment
(EVENTWIRE_HTTP_TIMEOUT, _RETRIES, _BACKOFF, _HOST_DELAY, _MAX_MB, EVENTWIRE_USER_AGENT).
"""
from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
import os
import re
import sys
import threading
import time
import urllib.robotparser
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import BinaryIO
from urllib.parse import unquote, urlsplit

import httpx

from ..limits import DocumentTimeout
from ..records import RawDocument, ReadError, ReadWarning
from . import readers
from .readers import InputProblem, normalize_date, read_data

__all__ = ["Fetcher", "FetchError", "Response", "is_url", "read_url", "read_response", "read_stdin",
           "feed_items", "USER_AGENT"]

# Where the project lives, for the User-Agent: whoever runs a server can see what is fetching.
PROJECT_URL = "https://pypi.org/project/eventwire/"


def _version() -> str:
    from .. import __version__

    return __version__


USER_AGENT = f"eventwire/{_version()} (+{PROJECT_URL})"
ROBOTS_AGENT = "eventwire"  # the token robots.txt rules name

DEFAULT_TIMEOUT_S = 20.0
DEFAULT_RETRIES = 3
DEFAULT_BACKOFF_S = 1.0  # first wait; doubled for each retry
MAX_BACKOFF_S = 60.0  # longest wait between attempts; a longer Retry-After fails the fetch instead
DEFAULT_HOST_DELAY_S = 1.0  # pause between two requests to one host
MAX_CRAWL_DELAY_S = 30.0  # robots.txt Crawl-delay honoured up to this
DEFAULT_MAX_BYTES = 10 * 1024 * 1024
MAX_REDIRECTS = 5
ROBOTS_MAX_BYTES = 512 * 1024
ROBOTS_TTL_S = 24 * 3600  # RFC 9309: a robots.txt should not be used for longer than a day
ROBOTS_RETRY_S = 600  # a robots.txt that could not be had is asked for again after this

# Content type → how the body is read. XML types are read as feeds (a non-feed XML document
# is refused by the feed reader with "not an RSS/Atom feed").
KINDS = {
    "text/html": "html", "application/xhtml+xml": "html",
    "application/rss+xml": "feed", "application/atom+xml": "feed", "application/rdf+xml": "feed",
    "application/xml": "feed", "text/xml": "feed",
    "text/plain": "txt", "text/markdown": "md",
}
_RETRY_STATUS = {408, 429, 500, 502, 503, 504}
_URL = re.compile(r"^https?://", re.IGNORECASE)


def is_url(value: object) -> bool:
    """Whether an input names an http(s) URL rather than a file."""
    return isinstance(value, str) and bool(_URL.match(value.strip()))


class FetchError(Exception):
    """A URL that could not be had; `str()` is "URL: problem" in one line."""

    def __init__(self, url: str, message: str, retry_after: float | None = None) -> None:
        super().__init__(f"{url}: {message}")
        self.url, self.message, self.retry_after = url, message, retry_after


@dataclass
class Response:
    url: str  # as asked for
    final_url: str  # after redirects
    status: int  # 200, or 304 for a conditional request whose resource has not changed
    kind: str | None = None  # html, feed, txt, md (None for a 304)
    body: bytes = b""
    charset: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    fetched_at: str = ""
    server_date: str | None = None  # the response's Date header

    def modified_date(self) -> str | None:
        """The day of Last-Modified (YYYY-MM-DD), unless it is the moment of the response
        itself (within a minute of its Date): a page generated on each request says nothing
        about when it was written, and taking that day would make each fetch a new version."""
        if not self.last_modified:
            return None
        try:
            modified = email.utils.parsedate_to_datetime(self.last_modified)
            now = (email.utils.parsedate_to_datetime(self.server_date) if self.server_date
                   else dt.datetime.fromisoformat(self.fetched_at))
        except (TypeError, ValueError):
            return None
        if modified.tzinfo is None:
            modified = modified.replace(tzinfo=dt.timezone.utc)
        if now.tzinfo is None:
            now = now.replace(tzinfo=dt.timezone.utc)
        if abs((now - modified).total_seconds()) <= 60:
            return None
        return normalize_date(modified)

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def _env_float(name: str, default: float) -> float:
    value = os.environ.get(name)
    if not value:
        return default
    try:
        number = float(value)
    except ValueError:
        raise ValueError(f"{name}: expected a number, got {value!r}") from None
    if number != number or number < 0:
        raise ValueError(f"{name}: expected a number >= 0, got {value!r}")
    return number


@dataclass
class _Host:
    lock: threading.Lock = field(default_factory=threading.Lock)
    next_ok: float = 0.0  # monotonic time before which no request goes to this host
    delay: float | None = None  # None until robots.txt (or the default) set it


class Fetcher:
    """An HTTP client for pages and feeds; share one across a run (it keeps connections,
    robots.txt rules and per-host timing). Safe to use from several threads: requests to
    one host wait their turn."""

    def __init__(self, timeout: float | None = None, retries: int | None = None, backoff: float | None = None,
                 max_backoff: float = MAX_BACKOFF_S, host_delay: float | None = None,
                 max_bytes: int | None = None, max_redirects: int = MAX_REDIRECTS,
                 user_agent: str | None = None, robots: bool = True) -> None:
        self.timeout = timeout if timeout is not None else _env_float("EVENTWIRE_HTTP_TIMEOUT", DEFAULT_TIMEOUT_S)
        self.retries = int(retries if retries is not None else _env_float("EVENTWIRE_HTTP_RETRIES", DEFAULT_RETRIES))
        self.backoff = backoff if backoff is not None else _env_float("EVENTWIRE_HTTP_BACKOFF", DEFAULT_BACKOFF_S)
        self.max_backoff = max_backoff
        self.host_delay = host_delay if host_delay is not None else _env_float("EVENTWIRE_HTTP_HOST_DELAY",
                                                                              DEFAULT_HOST_DELAY_S)
        self.max_bytes = max_bytes if max_bytes is not None else int(
            _env_float("EVENTWIRE_HTTP_MAX_MB", DEFAULT_MAX_BYTES / 2**20) * 2**20)
        self.user_agent = user_agent or os.environ.get("EVENTWIRE_USER_AGENT") or USER_AGENT
        self.robots = robots
        self._client = httpx.Client(
            timeout=httpx.Timeout(self.timeout), follow_redirects=True, max_redirects=max_redirects,
            headers={"User-Agent": self.user_agent,
                     "Accept": "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
                               "application/xml;q=0.9,text/xml;q=0.9,text/plain;q=0.8"},
            trust_env=False)  # no proxies or .netrc credentials picked up behind the user's back
        self._max_redirects = max_redirects
        self._hosts: dict[str, _Host] = {}
        self._hosts_lock = threading.Lock()
        self._rules: dict[str, tuple[float, urllib.robotparser.RobotFileParser | str]] = {}

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------------ fetching
    def get(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Response:
        """GET `url` (conditionally when `etag` or `last_modified` is given: a 304 comes back
        as a Response with status 304 and no body). Raises FetchError naming the URL and the
        problem after the retries are spent."""
        url = url.strip()
        parts = urlsplit(url)
        if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
            raise FetchError(url, "not an http(s) URL")
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        return self._with_retries(url, lambda: self._once(url, headers))

    def allowed(self, url: str) -> tuple[bool, str]:
        """Whether robots.txt lets eventwire fetch `url`, and why not when it does not.
        Per RFC 9309: no robots.txt (4xx) allows everything; one that cannot be had (5xx,
        no connection) allows nothing until it is asked for again (ROBOTS_RETRY_S)."""
        if not self.robots:
            return True, ""
        parts = urlsplit(url)
        origin = f"{parts.scheme.lower()}://{parts.netloc.lower()}"
        cached = self._rules.get(origin)
        if cached is None or time.monotonic() - cached[0] > (
                ROBOTS_TTL_S if not isinstance(cached[1], str) else ROBOTS_RETRY_S):
            cached = self._rules[origin] = (time.monotonic(), self._robots(origin))
        rules = cached[1]
        if isinstance(rules, str):
            return False, rules
        if rules.can_fetch(ROBOTS_AGENT, url):
            return True, ""
        return False, f"robots.txt of {origin} disallows it"

    def _robots(self, origin: str) -> urllib.robotparser.RobotFileParser | str:
        robots_url = origin + "/robots.txt"
        parser = urllib.robotparser.RobotFileParser(robots_url)
        try:
            status, body = self._with_retries(robots_url, lambda: self._robots_once(robots_url))
        except FetchError as exc:
            return f"its robots.txt could not be fetched ({exc.message})"
        if status >= 500:
            return f"its robots.txt answered HTTP {status}"
        if status >= 400:
            parser.parse([])  # no rules: everything allowed
        else:
            parser.parse(body.decode("utf-8", errors="replace").splitlines())
        delay = parser.crawl_delay(ROBOTS_AGENT)
        if delay:
            self._host(urlsplit(origin).netloc.lower()).delay = min(float(delay), MAX_CRAWL_DELAY_S)
        return parser

    def _robots_once(self, url: str) -> tuple[int, bytes]:
        with self._turn(url):
            with self._client.stream("GET", url) as response:
                if response.status_code in _RETRY_STATUS:
                    raise _Retry(f"HTTP {response.status_code}", _retry_after(response))
                body = self._body(url, response, ROBOTS_MAX_BYTES) if response.status_code < 300 else b""
                return response.status_code, body

    def _host(self, netloc: str) -> _Host:
        with self._hosts_lock:
            return self._hosts.setdefault(netloc, _Host())

    class _TurnContext:
        def __init__(self, fetcher: Fetcher, host: _Host) -> None:
            self.fetcher, self.host = fetcher, host

        def __enter__(self) -> None:
            self.host.lock.acquire()
            wait = self.host.next_ok - time.monotonic()
            if wait > 0:
                try:
                    time.sleep(wait)
                except BaseException:  # a time limit or Ctrl-C while waiting: the lock is not kept
                    self.host.lock.release()
                    raise

        def __exit__(self, *exc: object) -> None:
            delay = self.host.delay if self.host.delay is not None else self.fetcher.host_delay
            self.host.next_ok = time.monotonic() + max(delay, self.fetcher.host_delay)
            self.host.lock.release()

    def _turn(self, url: str) -> Fetcher._TurnContext:
        """One request at a time per host, with the host's pause after each."""
        return Fetcher._TurnContext(self, self._host(urlsplit(url).netloc.lower()))

    def _with_retries(self, url: str, attempt):
        for n in range(self.retries + 1):
            try:
                return attempt()
            except _Retry as exc:
                problem, wait_hint = exc.problem, exc.retry_after
            except httpx.TooManyRedirects:
                raise FetchError(url, f"too many redirects (more than {self._max_redirects})") from None
            except httpx.TimeoutException:
                problem, wait_hint = f"no answer within {self.timeout:g} s", None
            except httpx.TransportError as exc:  # refused, reset, DNS failure, broken response
                problem, wait_hint = _transport_problem(exc), None
            except httpx.HTTPError as exc:  # an invalid URL and the like: retrying cannot help
                raise FetchError(url, f"{type(exc).__name__}: {exc}") from None
            if wait_hint is not None and wait_hint > self.max_backoff:
                raise FetchError(url, f"{problem}; the server asks to retry after {wait_hint:g} s",
                                 retry_after=wait_hint)
            if n == self.retries:
                tries = f" (after {n + 1} attempts)" if n else ""
                raise FetchError(url, problem + tries, retry_after=wait_hint)
            wait = wait_hint if wait_hint is not None else min(self.backoff * 2 ** n, self.max_backoff)
            time.sleep(wait)
        raise AssertionError("unreachable")

    def _once(self, url: str, headers: dict[str, str]) -> Response:
        started = time.monotonic()
        with self._turn(url):
            with self._client.stream("GET", url, headers=headers) as response:
                status = response.status_code
                common = dict(url=url, final_url=str(response.url), status=status,
                              etag=response.headers.get("ETag"),
                              last_modified=response.headers.get("Last-Modified"),
                              server_date=response.headers.get("Date"),
                              fetched_at=dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"))
                if status == 304:
                    return Response(**common)
                if status in _RETRY_STATUS:
                    raise _Retry(f"HTTP {status} {response.reason_phrase}".rstrip(), _retry_after(response))
                if status >= 400:
                    raise FetchError(url, f"HTTP {status} {response.reason_phrase}".rstrip())
                if status != 200:
                    raise FetchError(url, f"unexpected HTTP {status} {response.reason_phrase}".rstrip())
                content_type = response.headers.get("Content-Type", "")
                mime = content_type.split(";")[0].strip().lower()
                kind = KINDS.get(mime)
                if mime and kind is None and not mime.endswith("+xml"):
                    raise FetchError(url, f"unsupported content type {mime!r} "
                                          f"(expected an HTML page, an RSS/Atom feed or plain text)")
                body = self._body(url, response, self.max_bytes, started)
                if kind is None:  # no content type, or some other XML: look at the start
                    kind = _sniff(body)
                    if kind is None:
                        raise FetchError(url, f"unsupported content ({mime or 'no content type'}; "
                                              f"expected an HTML page, an RSS/Atom feed or plain text)")
                return Response(**common, kind=kind, body=body, charset=response.charset_encoding)

    def _body(self, url: str, response: httpx.Response, cap: int, started: float | None = None) -> bytes:
        """The body, streamed; over `cap` bytes (as declared, or as received once decompressed)
        or past the timeout the download stops with a FetchError."""
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > cap:
            raise FetchError(url, f"response too large ({int(declared) / 2**20:.1f} MB declared; "
                                  f"limit {cap / 2**20:g} MB)")
        started = time.monotonic() if started is None else started
        body = bytearray()
        for chunk in response.iter_bytes():
            body += chunk
            if len(body) > cap:
                raise FetchError(url, f"response larger than the {cap / 2**20:g} MB limit; download stopped")
            # a server trickling bytes would keep each read under the timeout forever
            if time.monotonic() - started > self.timeout:
                raise _Retry(f"download took longer than {self.timeout:g} s", None)
        return bytes(body)


class _Retry(Exception):
    """An attempt that may succeed if repeated: 5xx, 408, 429, a stalled download."""

    def __init__(self, problem: str, retry_after: float | None) -> None:
        super().__init__(problem)
        self.problem, self.retry_after = problem, retry_after


def _retry_after(response: httpx.Response) -> float | None:
    """Retry-After in seconds (a number or an HTTP date), or None."""
    value = response.headers.get("Retry-After", "").strip()
    if not value:
        return None
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.timezone.utc)
    return max(0.0, (when - dt.datetime.now(dt.timezone.utc)).total_seconds())


def _transport_problem(exc: httpx.TransportError) -> str:
    if isinstance(exc, httpx.ConnectError):
        text = str(exc)
        if "refused" in text.lower():
            return "connection refused"
        if "name" in text.lower() and ("resolution" in text.lower() or "not known" in text.lower()):
            return "host name not found"
        return f"cannot connect ({text or type(exc).__name__})"
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


_FEED_START = re.compile(rb"<(rss|feed|rdf:RDF)\b", re.IGNORECASE)
_HTML_START = re.compile(rb"<(!doctype\s+html|html|head|body)\b", re.IGNORECASE)


def _sniff(body: bytes) -> str | None:
    """html or feed from the first bytes of a body that has no (usable) content type."""
    head = re.sub(rb"<\?.*?\?>|<!--.*?-->", b"", body[:4096], flags=re.DOTALL).lstrip(b"\xef\xbb\xbf \t\r\n")
    if _FEED_START.match(head):
        return "feed"
    if _HTML_START.match(head):
        return "html"
    return None


# ----------------------------------------------------------------------------- reading
def doc_id_for(url: str) -> str:
    """A readable document id from a URL: its last path segment without extension
    ("russia-china-drills"), else its host. The store makes ids unique."""
    parts = urlsplit(url)
    segments = [unquote(s) for s in parts.path.split("/") if s]
    name = re.sub(r"\.(s?html?|php|aspx?|xml|rss|atom)$", "", segments[-1], flags=re.IGNORECASE) if segments else ""
    name = re.sub(r"[^\w.-]+", "-", name).strip("-.")[:80]
    return name or (parts.hostname or "page")


def read_response(response: Response, published: str | None = None,
                  where: str | None = None) -> Iterator[RawDocument | ReadError]:
    """The documents in a fetched page or feed, as `readers.read_data` reads a file's. A page's
    own date comes first, then the HTTP Last-Modified date (`Response.modified_date`), then
    `published`. Feed items come
    as the feed reader gives them (their own text, no linked page fetched)."""
    where = where or response.url
    fallback = published
    http_date = response.modified_date()
    if response.kind in ("html", "txt", "md") and http_date:
        fallback = http_date
    for item in read_data(response.body, response.kind, where, doc_id_for(response.final_url), fallback,
                          url=response.final_url, strict=False, charset=response.charset):
        if isinstance(item, RawDocument) and response.kind != "feed":
            item.url = response.final_url  # the page as fetched, not a canonical link it names
            item.site = item.site or readers._hostname(item.url)
        yield item


def feed_items(response: Response, published: str | None = None) -> list[RawDocument | ReadError]:
    """A fetched feed's items as the feed reader gives them: each item's text, title, date and
    link (`url`), `path` the feed URL and the item's number."""
    return list(read_response(response, published))


def item_key(item: RawDocument) -> str:
    """What identifies a feed item across fetches: its link, else a digest of its title and
    text (items are numbered by position, which changes as the feed moves on)."""
    if item.url:
        return item.url
    return "sha256:" + hashlib.sha256(f"{item.title or ''}\n{item.text}".encode("utf-8")).hexdigest()


def linked_page(item: RawDocument, fetcher: Fetcher, published: str | None = None) -> RawDocument | ReadError:
    """A feed item as a document: its linked page fetched and extracted, with the item's title
    and date (the page's date when the item has none); without a link, or when the page cannot
    be had (robots.txt, HTTP errors, no article text), the item's own text, with a warning
    saying why."""
    own_date = item.published
    item.published = own_date or published
    if not item.url:
        return item
    ok, why = fetcher.allowed(item.url)
    problem = None
    if not ok:
        problem = f"linked page {item.url} not fetched: {why}"
    else:
        try:
            response = fetcher.get(item.url)
            if response.kind == "feed":
                raise FetchError(item.url, "the link is a feed, not a page")
            pages = [d for d in read_response(response, published=None, where=item.path or item.url)]
            page = next((d for d in pages if isinstance(d, RawDocument)), None)
            if page is None:
                error = next((d for d in pages if isinstance(d, ReadError)), None)
                raise FetchError(item.url, error.message if error else "no document in the page")
        except FetchError as exc:
            problem = f"linked page {exc}"
        else:
            page.id = doc_id_for(page.url or item.url)
            page.title = item.title or page.title
            page.published = own_date or page.published or published
            page.site = page.site or item.site
            page.path = item.path
            page.warnings[:0] = item.warnings
            return page
    item.id = doc_id_for(item.url)  # named by its link, as the page would have been, not by its position
    item.warnings.append(ReadWarning(item.path or item.url, f"{problem}; the feed item's own text is used"))
    return item


def read_url(url: str, fetcher: Fetcher, published: str | None = None) -> Iterator[RawDocument | ReadError]:
    """The documents at `url`: a page, or a feed's items with their linked pages. Every
    problem is a ReadError naming the URL (and the item); the items of a feed are read one
    by one, so one that fails or overruns its time limit leaves the others."""
    try:
        response = fetcher.get(url)
    except FetchError as exc:
        yield ReadError(url, exc.message)
        return
    except DocumentTimeout as exc:
        yield ReadError(url, f"fetching took longer than {exc.args[0] if exc.args else 'the limit'} s")
        return
    if response.kind != "feed":
        yield from read_response(response, published)
        return
    for item in feed_items(response):  # the fallback date only after the page's own
        if isinstance(item, ReadError):
            yield item
            continue
        try:
            yield linked_page(item, fetcher, published)
        except DocumentTimeout as exc:
            yield ReadError(item.path or url, f"fetching {item.url} took longer than "
                                              f"{exc.args[0] if exc.args else 'the limit'} s; item skipped")


# ----------------------------------------------------------------------- standard input
STDIN = "<stdin>"


def read_stdin(published: str | None = None, stream: BinaryIO | None = None) -> Iterator[RawDocument | ReadError]:
    """One input from standard input (`-`): an HTML page, an RSS/Atom feed (items as in a feed
    file), JSON Lines, markdown with front matter or plain text, told apart by its start;
    gzip-compressed too. A document read this way has no path; its id is `stdin-` and the
    start of its content hash, so different texts piped in are different documents."""
    stream = stream if stream is not None else sys.stdin.buffer
    try:
        data = stream.read(readers.MAX_BYTES + 1)
    except OSError as exc:
        yield ReadError(STDIN, f"cannot read standard input ({exc.strerror or exc})")
        return
    except DocumentTimeout as exc:
        yield ReadError(STDIN, f"reading took longer than {exc.args[0] if exc.args else 'the limit'} s")
        return
    try:
        if len(data) > readers.MAX_BYTES:
            raise InputProblem(f"input too large (limit {readers.MAX_BYTES / 2**20:.0f} MB)")
        if data[:2] == readers._GZIP_MAGIC:
            data = readers._gunzip(data)
        if not data.strip():
            raise InputProblem("empty input")
    except InputProblem as exc:
        yield ReadError(STDIN, str(exc))
        return
    fmt = _stdin_format(data)
    stem = "stdin-" + hashlib.sha256(data).hexdigest()[:8]
    for item in read_data(data, fmt, STDIN, stem, published):
        if isinstance(item, RawDocument) and fmt not in ("jsonl", "feed"):
            # no path: the store would take "<stdin>" for one source and replace each piped
            # text with the next; by id, each text is its own document
            item.path = None
        yield item


def _stdin_format(data: bytes) -> str:
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    sniffed = _sniff(data)
    if sniffed:
        return sniffed
    if head.startswith(b"<"):
        return "html"
    if head.startswith(b"{"):
        return "jsonl"
    if re.match(rb"---[ \t]*\r?\n", head):
        return "md"
    return "txt"
