"""A real HTTP server on 127.0.0.1 for the web input and watch tests: pages and feeds set
per path, conditional requests answered as a web server would (304 on a matching ETag or
Last-Modified), and every request recorded with its headers."""
from __future__ import annotations

import socket
import threading
import time
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Route:
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    etag: str | None = None
    last_modified: str | None = None
    delay: float = 0.0  # seconds before answering
    send_length: bool = True  # False: no Content-Length, body until the connection closes


@dataclass
class Request:
    path: str
    headers: dict[str, str]
    status: int


class Site:
    def __init__(self) -> None:
        self.routes: dict[str, Route | list[Route]] = {}
        self.requests: list[Request] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self._lock = threading.Lock()
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:  # quiet
                pass

            def do_GET(self) -> None:  # noqa: N802 - http.server's name
                with site._lock:
                    site.in_flight += 1
                    site.max_in_flight = max(site.max_in_flight, site.in_flight)
                try:
                    site._answer(self)
                finally:
                    with site._lock:
                        site.in_flight -= 1

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}{path}"

    def set(self, path: str, body: str | bytes, **options) -> Route:
        """Serve `body` at `path`; a list of routes set with `then` is served in turn."""
        route = Route(body.encode("utf-8") if isinstance(body, str) else body, **options)
        self.routes[path] = route
        return route

    def sequence(self, path: str, routes: list[Route]) -> None:
        """Answer `path` with each route in turn, the last one from then on."""
        self.routes[path] = list(routes)

    def hits(self, path: str) -> list[Request]:
        return [r for r in self.requests if r.path == path]

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def _answer(self, handler: BaseHTTPRequestHandler) -> None:
        path = handler.path
        found = self.routes.get(path)
        if isinstance(found, list):
            route = found.pop(0) if len(found) > 1 else found[0]
        else:
            route = found
        headers = {k: v for k, v in handler.headers.items()}
        if route is None:
            self._record(path, headers, 404)
            self._send(handler, 404, {"Content-Type": "text/plain"}, b"not found")
            return
        if route.delay:
            time.sleep(route.delay)
        unchanged = (route.etag is not None and headers.get("If-None-Match") == route.etag) or (
            route.etag is None and route.last_modified is not None
            and headers.get("If-Modified-Since") == route.last_modified)
        out = {"Content-Type": route.content_type, **route.headers}
        if route.etag:
            out["ETag"] = route.etag
        if route.last_modified:
            out["Last-Modified"] = route.last_modified
        if unchanged:
            self._record(path, headers, 304)
            out.pop("Content-Type")
            self._send(handler, 304, out, b"")
            return
        self._record(path, headers, route.status)
        self._send(handler, route.status, out, route.body, route.send_length)

    def _record(self, path: str, headers: dict[str, str], status: int) -> None:
        with self._lock:
            self.requests.append(Request(path, headers, status))

    @staticmethod
    def _send(handler: BaseHTTPRequestHandler, status: int, headers: dict[str, str], body: bytes,
              send_length: bool = True) -> None:
        try:
            handler.send_response(status)
            for name, value in headers.items():
                handler.send_header(name, value)
            if send_length:
                handler.send_header("Content-Length", str(len(body)))
            else:
                handler.send_header("Connection", "close")
                handler.close_connection = True
            handler.end_headers()
            if status != 304:
                handler.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up (size cap, timeout)
            handler.close_connection = True


def http_date(year: int, month: int, day: int) -> str:
    import calendar

    return formatdate(calendar.timegm((year, month, day, 8, 0, 0)), usegmt=True)


def free_port() -> int:
    """A port nothing listens on (bound, then released): connecting to it is refused."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def article(title: str, paragraphs: list[str], published: str | None = None) -> str:
    """A news page as outlets publish them: head metadata, navigation, the article, a footer."""
    meta = f'<meta property="article:published_time" content="{published}">' if published else ""
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>{meta}
<meta property="og:site_name" content="Harbour Wire"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/about">About</a></nav>
<article><h1>{title}</h1>
{body}
</article>
<footer>Copyright Harbour Wire. All rights reserved.</footer></body></html>"""


def rss(items: list[dict[str, str]], title: str = "Harbour Wire: World") -> str:
    """An RSS 2.0 feed; each item a dict of title, link, date (RFC 822), summary."""
    entries = "\n".join(
        f"""<item><title>{i['title']}</title><link>{i['link']}</link><guid>{i['link']}</guid>
<pubDate>{i['date']}</pubDate><description>{i['summary']}</description></item>""" for i in items)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>{title}</title><link>http://127.0.0.1/</link>
<description>World news</description>
{entries}
</channel></rss>"""
