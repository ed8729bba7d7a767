"""`eventwire serve`: a read-only web app and JSON API over the store (docs/web.md).

    app = create_app("eventwire.db")          # a FastAPI app; run it with uvicorn

Safety, on every response: a strict Content-Security-Policy (scripts, styles and data from the
app itself only, nothing inline), `X-Content-Type-Options: nosniff`, `Referrer-Policy:
no-referrer`.  Stored text is data: pages are Jinja2 templates with autoescape on, CSV goes
through `eventwire.output.write_csv` (formula cells neutralised), JSON is JSON.  The store is
opened read-only (an SQLite `mode=ro` URI), one connection per request; every list is capped
at MAX_LIMIT rows and paged with `?limit=&offset=`.  There are no write endpoints: any method
other than GET and HEAD is refused with 405.
"""
from __future__ import annotations

import io
import math
import re
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import click
from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape

from eventwire import cli as _cli
from eventwire.output import visible, write_csv
from eventwire.store import SCHEMA_VERSION, Store

HERE = Path(__file__).parent
DEFAULT_LIMIT = 100
MAX_LIMIT = 1000
MAX_OFFSET = 100_000
QUERY_TIMEOUT_S = 10.0
NETWORK_EVENTS = 50_000  # events the network page aggregates at most
PROGRESS_STEPS = 1_000  # SQLite steps between two looks at the clock

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'")
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
}

# CAMEO root -> quad class (1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
# 4 material conflict), as GDELT assigns them.
QUADS = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}


_UNSAFE_IN_PAGE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def shown(value: Any) -> str:
    """Stored text for a page: like `eventwire.output.visible` (control characters and bidi
    overrides shown escaped) but newlines and tabs are kept, so a document keeps its paragraphs.
    HTML escaping is the template's (autoescape)."""
    if value is None:
        return ""
    return _UNSAFE_IN_PAGE.sub(lambda m: visible(m.group()), str(value))


def quad_class(cameo: str | None) -> int | None:
    try:
        root = int(str(cameo)[:2])
    except (TypeError, ValueError):
        return None
    if 1 <= root <= 5:
        return 1
    if 6 <= root <= 8:
        return 2
    if 9 <= root <= 13:
        return 3
    if 14 <= root <= 20:
        return 4
    return None


class StoreUnavailable(RuntimeError):
    """The --db is not an eventwire store this program can read read-only."""


def _check_store(db: str) -> None:
    state, version = _cli._db_state(db)
    if state != "ours":
        raise StoreUnavailable(f"{db}: not an eventwire store ({state})")
    if version != SCHEMA_VERSION:
        raise StoreUnavailable(
            f"{db}: store schema version {version}, this eventwire reads {SCHEMA_VERSION}; "
            "run `eventwire check` with this version to bring it up to date first"
            if version < SCHEMA_VERSION else
            f"{db}: store schema version {version} is newer than this eventwire's {SCHEMA_VERSION}")


# --- query parameters ------------------------------------------------------------------------
def _bad(message: str) -> HTTPException:
    return HTTPException(status_code=400, detail=visible(message))


def _checked(fn, *args):
    try:
        return fn(*args)
    except click.BadParameter as exc:
        hint = f"{exc.param_hint[0]}: " if isinstance(exc.param_hint, (tuple, list)) and exc.param_hint else ""
        raise _bad(hint + exc.message) from None


def _period(value: str | None, name: str) -> str | None:
    if value is None or not value.strip():
        return None
    try:
        return _cli._checked_date(value, partial=True)
    except click.BadParameter as exc:
        raise _bad(f"{name}: {exc.message}") from None


def _dyad(values: list[str] | None) -> tuple[str, str] | None:
    parts = [p for v in values or [] for p in re.split(r"[\s,]+", v) if p]
    if not parts:
        return None
    if len(parts) != 2:
        raise _bad("dyad: give two actors, e.g. ?dyad=RUS&dyad=CHN or ?dyad=RUS,CHN")
    return parts[0], parts[1]


def _near(value: str) -> tuple[float, float]:
    """`?near=`: coordinates "LAT,LON" or a place name (places.near_point)."""
    from eventwire.places import near_point

    try:
        point = near_point(value)
    except ValueError as exc:
        raise _bad(f"near: {exc}") from None
    if point is None:
        raise _bad(f"near: unknown place {value!r}: give another name or coordinates as LAT,LON")
    return point[0], point[1]


def _page(limit: int, offset: int) -> tuple[int, int]:
    if not 0 <= limit <= MAX_LIMIT:
        raise _bad(f"limit: must be between 0 and {MAX_LIMIT}")
    if not 0 <= offset <= MAX_OFFSET:
        raise _bad(f"offset: must be between 0 and {MAX_OFFSET}")
    return limit, offset


def _blank(value: str | None) -> str | None:
    return value.strip() if value and value.strip() else None


class Filters:
    """The request's filters, checked as the CLI checks them, and the query string that keeps them."""

    def __init__(self, db: str, request: Request, kind: str) -> None:
        q = request.query_params
        self.raw: dict[str, Any] = {}
        f: dict[str, Any] = {}
        since, until = _period(q.get("since"), "since"), _period(q.get("until"), "until")
        if since and until:
            _checked(_cli._check_range, since, until)
        if since:
            f["since"] = self.raw["since"] = since
        if until:
            f["until"] = self.raw["until"] = until
        actor = _blank(q.get("actor"))
        if actor:
            f["actor"] = _checked(_cli._check_actor, actor, db, "actor")
            self.raw["actor"] = actor
        if kind == "events":
            dyad = _dyad(q.getlist("dyad"))
            if dyad:
                f["dyad"] = tuple(_checked(_cli._check_actor, a, db, "dyad") for a in dyad)
                self.raw["dyad"] = list(dyad)
            for key, check in (("cameo", _cli._check_cameo), ("plover", _cli._check_plover)):
                value = _blank(q.get(key))
                if value:
                    f[key] = _checked(check, value, db)
                    self.raw[key] = value
            name = _blank(q.get("name"))
            if name:
                f["name"] = self.raw["name"] = name
            country = _blank(q.get("country_of_location"))
            if country:
                f["location_country"] = _checked(_cli._check_country, country, "country_of_location")
                self.raw["country_of_location"] = country
            near = _blank(q.get("near"))
            if near:
                try:
                    km = float(q.get("km") or 500.0)
                except ValueError:
                    raise _bad("km: must be a number") from None
                if not (km > 0 and math.isfinite(km)):
                    raise _bad("km: must be above 0")
                f["near"], f["km"] = _near(near), km
                self.raw["near"], self.raw["km"] = near, q.get("km") or "500"
            if q.get("all") in ("1", "true", "yes", "on"):
                f["include_negated"] = True
                self.raw["all"] = "1"
        else:
            for key in ("speaker", "about"):
                value = _blank(q.get(key))
                if value:
                    f[key] = self.raw[key] = value
            stance = _blank(q.get("stance"))
            if stance:
                if stance.lower() not in ("assert", "deny"):
                    raise _bad("stance: assert or deny")
                f["stance"] = self.raw["stance"] = stance.lower()
            if q.get("contradicted") in ("1", "true", "yes", "on"):
                f["contradicted"] = True
                self.raw["contradicted"] = "1"
        self.store_filters = f

    def query(self, **extra: Any) -> str:
        pairs: list[tuple[str, str]] = []
        for key, value in {**self.raw, **extra}.items():
            if value is None:
                continue
            for v in value if isinstance(value, list) else [value]:
                pairs.append((key, str(v)))
        return urlencode(pairs)


# --- the app ---------------------------------------------------------------------------------
def create_app(db_path: str | Path, allow_writes: bool = False,
               query_timeout: float = QUERY_TIMEOUT_S) -> FastAPI:
    """The web app over the store at `db_path`, opened read-only.  A request whose queries run
    longer than `query_timeout` seconds is stopped and answered 503.  `allow_writes` is refused:
    this version has no write endpoints (docs/web.md)."""
    if allow_writes:
        raise StoreUnavailable("this version of `eventwire serve` has no write endpoints; it serves read-only")
    db = str(db_path)
    _check_store(db)

    app = FastAPI(title="eventwire", version="1", docs_url=None, redoc_url=None,
                  openapi_url="/api/openapi.json", description="Read-only API over an eventwire store.")
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(default=True),
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["visible"] = shown
    env.globals["quads"] = QUADS
    env.globals["quad_class"] = quad_class

    @contextmanager
    def store() -> Iterator[Store]:
        s = Store(_cli._ro_uri(db))
        # Stop a runaway query: SQLite calls the handler every 1,000 steps, and a true return
        # interrupts the statement (sqlite3.OperationalError, answered 503 below).  The Store
        # keeps its connection private; this only reads the clock.
        deadline = time.monotonic() + query_timeout
        conn = getattr(s, "_conn", None)
        if conn is not None:
            conn.set_progress_handler(lambda: time.monotonic() > deadline, PROGRESS_STEPS)
        try:
            yield s
        except sqlite3.OperationalError as exc:
            if "interrupt" in str(exc):
                raise HTTPException(status_code=503, detail=f"the query took longer than {query_timeout:g} s; "
                                                            "narrow the filters") from None
            raise
        finally:
            s.close()

    @app.middleware("http")
    async def guard(request: Request, call_next):
        if request.method not in ("GET", "HEAD"):
            response: Response = PlainTextResponse("read-only: this server does not change the store\n",
                                                   status_code=405, headers={"Allow": "GET, HEAD"})
        elif request.method == "HEAD":  # a GET whose body is dropped
            request.scope["method"] = "GET"
            full = await call_next(request)
            async for _ in full.body_iterator:
                pass
            response = Response(status_code=full.status_code, headers=dict(full.headers))
        else:
            response = await call_next(request)
        for key, value in SECURITY_HEADERS.items():
            response.headers[key] = value
        return response

    def render(name: str, request: Request, **context: Any) -> HTMLResponse:
        template = env.get_template(name)
        return HTMLResponse(template.render(request=request, path=request.url.path, **context))

    def frame_response(frame, fmt: str, filename: str) -> Response:
        buf = io.StringIO()
        write_csv(frame, buf)
        return Response(buf.getvalue(), media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": f'attachment; filename="{filename}.csv"'})

    def documents_of(table: str, ids: list[str]) -> dict[str, tuple[str, str | None]]:
        """record id -> (document id, published), by read-only SQL (the records carry neither)."""
        assert table in ("events", "claims")
        out: dict[str, tuple[str, str | None]] = {}
        conn = sqlite3.connect(_cli._ro_uri(db), uri=True)
        try:
            for start in range(0, len(ids), 500):
                chunk = ids[start:start + 500]
                for rid, doc, published in conn.execute(
                        f"SELECT r.id, r.document_id, d.published FROM {table} r JOIN documents d"
                        f" ON d.id = r.document_id WHERE r.id IN ({', '.join('?' * len(chunk))})", chunk):
                    out[rid] = (doc, published)
        finally:
            conn.close()
        return out

    def paged(request: Request, items: list, limit: int, offset: int, filters: Filters | None) -> dict:
        more = len(items) > limit
        items = items[:limit]
        nxt = None
        if more:
            query = filters.query(limit=limit, offset=offset + limit) if filters else urlencode(
                {"limit": limit, "offset": offset + limit})
            nxt = f"{request.url.path}?{query}"
        return {"limit": limit, "offset": offset, "count": len(items), "next": nxt, "items": items}

    def event_page(f: Filters, limit: int, offset: int) -> tuple[list[dict], bool]:
        """Events as dicts (Event.to_dict with document_id and published), with whether more follow."""
        with store() as s:
            events = s.events(**f.store_filters, limit=offset + limit + 1)[offset:]
        docs = documents_of("events", [e.id for e in events])
        out = []
        for e in events:
            d = e.to_dict()
            d["document_id"], d["published"] = docs.get(e.id, (None, None))
            d["quad_class"] = quad_class(e.cameo)
            out.append(d)
        return out, len(out) > limit

    # ---------------------------------------------------------------- API
    @app.get("/api/events", tags=["api"], summary="Events; the CLI's filters as query parameters")
    def api_events(request: Request, actor: str | None = None, dyad: list[str] | None = Query(None),
                   cameo: str | None = None, plover: str | None = None, since: str | None = None,
                   until: str | None = None, name: str | None = None, near: str | None = None,
                   km: float = 500.0, country_of_location: str | None = None, all: bool = False,
                   limit: int = DEFAULT_LIMIT, offset: int = 0, format: str = "json"):
        limit, offset = _page(limit, offset)
        f = Filters(db, request, "events")
        if format == "csv":
            with store() as s:
                frame = s.events_df(**f.store_filters, limit=offset + limit).iloc[offset:]
            return frame_response(frame, format, "events")
        items, _ = event_page(f, limit, offset)
        return paged(request, items, limit, offset, f)

    @app.get("/api/incidents", tags=["api"],
             summary="Incidents (one real-world happening, every report kept); the events filters")
    def api_incidents(request: Request, actor: str | None = None, dyad: list[str] | None = Query(None),
                      cameo: str | None = None, plover: str | None = None, since: str | None = None,
                      until: str | None = None, name: str | None = None, near: str | None = None,
                      km: float = 500.0, country_of_location: str | None = None,
                      limit: int = DEFAULT_LIMIT, offset: int = 0, format: str = "json"):
        limit, offset = _page(limit, offset)
        f = Filters(db, request, "events")
        with store() as s:
            if format == "csv":
                frame = s.incidents_df(**f.store_filters).iloc[offset:offset + limit]
                return frame_response(frame, format, "incidents")
            found = s.incidents(**f.store_filters, limit=offset + limit + 1)[offset:]
        return paged(request, [i.to_dict() for i in found], limit, offset, f)

    @app.get("/api/claims", tags=["api"], summary="Claims; the CLI's filters as query parameters")
    def api_claims(request: Request, speaker: str | None = None, actor: str | None = None,
                   stance: str | None = None, contradicted: bool = False, about: str | None = None,
                   since: str | None = None, until: str | None = None,
                   limit: int = DEFAULT_LIMIT, offset: int = 0, format: str = "json"):
        limit, offset = _page(limit, offset)
        f = Filters(db, request, "claims")
        with store() as s:
            if format == "csv":
                frame = s.claims_df(**f.store_filters, limit=offset + limit).iloc[offset:]
                return frame_response(frame, format, "claims")
            found = s.claims(**f.store_filters, limit=offset + limit + 1)[offset:]
        docs = documents_of("claims", [c.id for c in found])
        items = []
        for c in found:
            d = c.to_dict()
            d["document_id"], d["published"] = docs.get(c.id, (None, None))
            items.append(d)
        return paged(request, items, limit, offset, f)

    def top_lists(limit: int, offset: int) -> dict:
        with store() as s:
            return s.stats(top=offset + limit + 1)

    @app.get("/api/dyads", tags=["api"], summary="Source-target pairs by number of asserted events (among the filtered events)")
    def api_dyads(request: Request, actor: str | None = None, dyad: list[str] | None = Query(None),
                  cameo: str | None = None, plover: str | None = None, since: str | None = None,
                  until: str | None = None, limit: int = DEFAULT_LIMIT, offset: int = 0, format: str = "json"):
        limit, offset = _page(limit, offset)
        f = Filters(db, request, "events")
        if f.store_filters:  # among the matching events (at most NETWORK_EVENTS of them)
            with store() as s:
                frame = s.events_df(**f.store_filters, limit=NETWORK_EVENTS, corroboration=False)
            rows = _count_dyads(frame)[offset:offset + limit + 1]
        else:
            rows = top_lists(limit, offset)["top_dyads"][offset:]
        if format == "csv":
            import pandas

            return frame_response(pandas.DataFrame(rows[:limit], columns=["source", "target", "count"]), format, "dyads")
        return paged(request, rows, limit, offset, f)

    @app.get("/api/actors", tags=["api"], summary="Actors by mentions (by events among the filtered events)")
    def api_actors(request: Request, actor: str | None = None, dyad: list[str] | None = Query(None),
                   cameo: str | None = None, plover: str | None = None, since: str | None = None,
                   until: str | None = None, limit: int = DEFAULT_LIMIT, offset: int = 0, format: str = "json"):
        limit, offset = _page(limit, offset)
        f = Filters(db, request, "events")
        columns = ["code", "country", "sector", "mentions", "first_seen", "last_seen"]
        if f.store_filters:  # events per actor (source or target) among the matching events
            with store() as s:
                frame = s.events_df(**f.store_filters, limit=NETWORK_EVENTS, corroboration=False)
            columns = ["code", "events"]
            rows = _count_actors(frame)[offset:offset + limit + 1]
        else:
            rows = top_lists(limit, offset)["top_actors"][offset:]
        if format == "csv":
            import pandas

            return frame_response(pandas.DataFrame(rows[:limit], columns=columns), format, "actors")
        return paged(request, rows, limit, offset, f)

    def timeline_rows(f: Filters, by: str) -> list[dict]:
        width = {"year": 4, "month": 7, "day": 10}.get(by)
        if width is None:
            raise _bad("by: year, month or day")
        with store() as s:
            frame = s.events_df(**f.store_filters, limit=50_000, corroboration=False)
        periods: dict[str, dict] = {}
        for row in frame.itertuples(index=False):
            when = row.date if isinstance(row.date, str) else row.published
            if not isinstance(when, str) or len(when) < width:
                continue
            p = periods.setdefault(when[:width], {"period": when[:width], "events": 0, "q1": 0, "q2": 0,
                                                  "q3": 0, "q4": 0, "_g": []})
            p["events"] += 1
            q = quad_class(row.cameo)
            if q:
                p[f"q{q}"] += 1
            if row.goldstein is not None and not (isinstance(row.goldstein, float) and math.isnan(row.goldstein)):
                p["_g"].append(float(row.goldstein))
        out = []
        for key in sorted(periods):
            p = periods[key]
            g = p.pop("_g")
            p["goldstein"] = round(sum(g) / len(g), 2) if g else None
            out.append(p)
        return out

    @app.get("/api/timeline", tags=["api"], summary="Events per period by quad class, with mean Goldstein")
    def api_timeline(request: Request, actor: str | None = None, dyad: list[str] | None = Query(None),
                     cameo: str | None = None, plover: str | None = None, since: str | None = None,
                     until: str | None = None, by: str = "month", format: str = "json"):
        f = Filters(db, request, "events")
        rows = timeline_rows(f, by)
        if format == "csv":
            import pandas

            columns = ["period", "events", "q1", "q2", "q3", "q4", "goldstein"]
            return frame_response(pandas.DataFrame(rows, columns=columns), format, "timeline")
        return {"by": by, "items": rows}

    @app.get("/api/documents/{doc_id:path}", tags=["api"], summary="One document with its events and claims")
    def api_document(doc_id: str):
        with store() as s:
            result = s.document(doc_id)
        if result is None:
            raise HTTPException(status_code=404, detail="no such document")
        out = result.to_dict()
        out["document"]["text"] = result.document.text
        return out

    # ---------------------------------------------------------------- pages
    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def dashboard(request: Request):
        with store() as s:
            stats = s.stats(top=10)
        f = Filters(db, request, "events")
        if "dyad" not in f.raw and stats["top_dyads"]:
            top = stats["top_dyads"][0]
            dyad = [top["source"], top["target"]]
            f.raw["dyad"] = dyad
            f.store_filters["dyad"] = tuple(dyad)
        by = request.query_params.get("by", "year")
        rows = timeline_rows(f, by)
        # The top lists follow every filter but the dyad (which picks the chart).
        panel = {k: v for k, v in f.store_filters.items() if k != "dyad"}
        if panel:
            with store() as s:
                frame = s.events_df(**panel, limit=NETWORK_EVENTS, corroboration=False)
            stats["top_dyads"] = _count_dyads(frame)[:10]
            stats["top_actors"] = [{"code": a["code"], "mentions": a["events"], "first_seen": None, "last_seen": None}
                                   for a in _count_actors(frame)[:10]]
        panel_query = urlencode([(k, v) for k, v in f.raw.items() if k != "dyad" and not isinstance(v, list)])
        return render("dashboard.html", request, stats=stats, f=f, by=by, chart=_chart(rows), rows=rows,
                      filtered=bool(panel), panel_query=panel_query, incidents=newest_incidents())

    def newest_incidents(n: int = 10) -> list[dict]:
        """The newest incidents (by first date) with their report, document and outlet counts, by
        read-only SQL; [] on a store without incidents."""
        conn = sqlite3.connect(_cli._ro_uri(db), uri=True)
        try:
            rows = conn.execute(
                "SELECT i.id, i.cameo_root, i.first_date, count(e.id), count(DISTINCT e.document_id),"
                " count(DISTINCT coalesce(d.site, d.url, d.id)), min(e.document_id),"
                " group_concat(DISTINCT coalesce(e.source_actor, e.source_text)),"
                " group_concat(DISTINCT coalesce(e.target_actor, e.target_text))"
                " FROM incidents i JOIN events e ON e.incident_id = i.id JOIN documents d ON d.id = e.document_id"
                " GROUP BY i.id ORDER BY i.first_date IS NULL, i.first_date DESC, i.id LIMIT ?", (n,)).fetchall()
        except sqlite3.OperationalError:  # a store from before incident linking
            return []
        finally:
            conn.close()
        return [{"id": r[0], "cameo": r[1], "date": r[2], "reports": r[3], "documents": r[4], "outlets": r[5],
                 "document": r[6], "sources": r[7] or "", "targets": r[8] or ""} for r in rows]

    @app.get("/events", response_class=HTMLResponse, include_in_schema=False)
    def events_page(request: Request, limit: int = DEFAULT_LIMIT, offset: int = 0):
        limit, offset = _page(limit, offset)
        f = Filters(db, request, "events")
        items, more = event_page(f, limit, offset)
        return render("events.html", request, f=f, items=items[:limit], more=more, limit=limit, offset=offset)

    @app.get("/claims", response_class=HTMLResponse, include_in_schema=False)
    def claims_page(request: Request, limit: int = DEFAULT_LIMIT, offset: int = 0):
        limit, offset = _page(limit, offset)
        f = Filters(db, request, "claims")
        with store() as s:
            found = s.claims(**f.store_filters, limit=offset + limit + 1)[offset:]
            contra = s.claims(contradicted=True, limit=MAX_LIMIT)
        docs = {cid: doc for cid, (doc, _) in documents_of("claims", [c.id for c in found + contra]).items()}
        by_id = {c.id: c for c in contra}
        pairs = []
        for c in contra:
            for other in c.contradicts:
                if c.id < other and other in by_id:
                    pairs.append((c, by_id[other]))
        return render("claims.html", request, f=f, items=found[:limit], docs=docs,
                      more=len(found) > limit, limit=limit, offset=offset, pairs=pairs)

    @app.get("/documents/{doc_id:path}", response_class=HTMLResponse, include_in_schema=False)
    def document_page(request: Request, doc_id: str):
        with store() as s:
            result = s.document(doc_id)
        if result is None:
            raise HTTPException(status_code=404, detail="no such document")
        return render("document.html", request, result=result, doc=result.document,
                      segments=_segments(result))

    @app.get("/actors/{code}", response_class=HTMLResponse, include_in_schema=False)
    def actor_page(request: Request, code: str):
        code = _checked(_cli._check_actor, code, db, "actor")
        f = Filters(db, request, "events")
        f.raw["actor"], f.store_filters["actor"] = code, code
        by = request.query_params.get("by", "year")
        rows = timeline_rows(f, by)
        with store() as s:
            frame = s.events_df(**f.store_filters, limit=50_000, corroboration=False)
            said = s.claims(actor=code, limit=20)
        partners: dict[str, int] = {}
        mine = (lambda a: isinstance(a, str) and (a == code or (len(code) == 3 and a.startswith(code))))
        for src, tgt in zip(frame["source_actor"], frame["target_actor"]):
            other = tgt if mine(src) else src if mine(tgt) else None
            if isinstance(other, str) and not mine(other):
                partners[other] = partners.get(other, 0) + 1
        top = sorted(partners.items(), key=lambda kv: (-kv[1], kv[0]))[:15]
        docs = {cid: doc for cid, (doc, _) in documents_of("claims", [c.id for c in said]).items()}
        return render("actor.html", request, code=code, f=f, by=by, chart=_chart(rows), rows=rows,
                      events=len(frame), partners=top, claims=said, docs=docs)

    @app.get("/dyads/{a}/{b}", response_class=HTMLResponse, include_in_schema=False)
    def dyad_page(request: Request, a: str, b: str, limit: int = DEFAULT_LIMIT, offset: int = 0):
        limit, offset = _page(limit, offset)
        a = _checked(_cli._check_actor, a, db, "dyad")
        b = _checked(_cli._check_actor, b, db, "dyad")
        f = Filters(db, request, "events")
        f.raw["dyad"], f.store_filters["dyad"] = [a, b], (a, b)
        by = request.query_params.get("by", "month")
        rows = timeline_rows(f, by)
        items, more = event_page(f, limit, offset)
        return render("dyad.html", request, a=a, b=b, f=f, by=by, chart=_chart(rows), rows=rows,
                      items=items[:limit], more=more, limit=limit, offset=offset)

    @app.get("/network", response_class=HTMLResponse, include_in_schema=False)
    def network_page(request: Request):
        f = Filters(db, request, "events")
        with store() as s:
            frame = s.events_df(**f.store_filters, limit=NETWORK_EVENTS, corroboration=False)
        try:
            nodes = max(2, min(60, int(request.query_params.get("nodes", 24))))
        except ValueError:
            raise _bad("nodes: a number from 2 to 60") from None
        return render("network.html", request, f=f, net=_network(frame, nodes), nodes=nodes,
                      capped=len(frame) >= NETWORK_EVENTS)

    @app.get("/map", response_class=HTMLResponse, include_in_schema=False)
    def map_page(request: Request):
        f = Filters(db, request, "events")
        return render("map.html", request, f=f, api=f"/api/events?{f.query(limit=MAX_LIMIT)}")

    @app.get("/api/docs", response_class=HTMLResponse, include_in_schema=False)
    def api_docs(request: Request):
        return render("api.html", request, schema=app.openapi())

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException):
        if request.url.path.startswith("/api/") or request.query_params.get("format") == "csv":
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code)
        return HTMLResponse(env.get_template("error.html").render(request=request, path=request.url.path,
                                                                  status=exc.status_code, detail=exc.detail),
                            status_code=exc.status_code)

    return app


# --- top lists from a filtered events frame ---------------------------------------------------
def _count_dyads(frame) -> list[dict]:
    counts: dict[tuple[str, str], int] = {}
    for src, tgt in zip(frame["source_actor"], frame["target_actor"]):
        if isinstance(src, str) and isinstance(tgt, str):
            counts[(src, tgt)] = counts.get((src, tgt), 0) + 1
    return [{"source": a, "target": b, "count": n} for (a, b), n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]


def _count_actors(frame) -> list[dict]:
    counts: dict[str, int] = {}
    for src, tgt in zip(frame["source_actor"], frame["target_actor"]):
        for code in {src, tgt}:
            if isinstance(code, str):
                counts[code] = counts.get(code, 0) + 1
    return [{"code": c, "events": n} for c, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]


# --- document highlighting -------------------------------------------------------------------
def _segments(result) -> list[dict]:
    """The document text cut at every record's span: each piece with the records covering it
    (`ids`: the anchors that start there; `kinds`: event/claim).  Spans are character offsets
    into the stored text; text outside every span is a plain piece."""
    text = result.document.text
    spans = []
    for e in result.events:
        spans.append((e.span[0], e.span[1], "event", e.id))
    for c in result.claims:
        spans.append((c.span[0], c.span[1], "claim", c.id))
    spans = [(max(0, a), min(len(text), b), k, i) for a, b, k, i in spans if b > a]
    cuts = sorted({0, len(text), *[a for a, *_ in spans], *[b for _, b, *_ in spans]})
    anchored: set[str] = set()
    out = []
    for a, b in zip(cuts, cuts[1:]):
        covering = [(k, i) for s, e, k, i in spans if s <= a and b <= e]
        starts = [i for k, i in covering if i not in anchored]
        anchored.update(starts)
        out.append({"text": text[a:b], "kinds": sorted({k for k, _ in covering}),
                    "ids": [i for _, i in covering], "anchors": starts})
    return out


# --- the dashboard chart: inline SVG drawn here (no script, no inline style) ----------------
def _chart(rows: list[dict], width: int = 720, height: int = 240) -> dict:
    """Stacked bars of events per period by quad class and a line of mean Goldstein (-10..10)."""
    pad_l, pad_r, pad_t, pad_b = 40, 40, 10, 40
    inner_w, inner_h = width - pad_l - pad_r, height - pad_t - pad_b
    n = max(1, len(rows))
    top = max([r["events"] for r in rows] + [1])
    bar_w = inner_w / n
    bars, points = [], []
    for i, r in enumerate(rows):
        x = pad_l + i * bar_w
        y = pad_t + inner_h
        for q in (1, 2, 3, 4):
            h = inner_h * r[f"q{q}"] / top
            if h > 0:
                y -= h
                bars.append({"x": round(x + 1, 1), "y": round(y, 1), "w": round(max(1.0, bar_w - 2), 1),
                             "h": round(h, 1), "q": q, "period": r["period"],
                             "title": f"{r['period']}: {r[f'q{q}']} {QUADS[q]}"})
        if r["goldstein"] is not None:
            gy = pad_t + inner_h * (10 - r["goldstein"]) / 20
            points.append(f"{round(x + bar_w / 2, 1)},{round(gy, 1)}")
    step = max(1, n // 12)
    labels = [{"x": round(pad_l + i * bar_w + bar_w / 2, 1), "text": r["period"]}
              for i, r in enumerate(rows) if i % step == 0]
    return {"width": width, "height": height, "bars": bars, "line": " ".join(points), "labels": labels,
            "top": top, "pad_l": pad_l, "pad_t": pad_t, "inner_h": inner_h, "inner_w": inner_w,
            "zero_y": pad_t + inner_h / 2, "right": width - pad_r, "bottom": pad_t + inner_h}


# --- the actor network: inline SVG, actors on a circle, edges by events between them ---------
def _network(frame, top: int, size: int = 640) -> dict:
    """Who acts on whom: the `top` actors by events (as source or target), on a circle; an edge
    per pair with events either way, its width by count and its colour by mean Goldstein."""
    pairs: dict[tuple[str, str], list[float]] = {}
    weight: dict[str, int] = {}
    for src, tgt, g in zip(frame["source_actor"], frame["target_actor"], frame["goldstein"]):
        if not (isinstance(src, str) and isinstance(tgt, str)) or src == tgt:
            continue
        key = (src, tgt) if src < tgt else (tgt, src)
        pairs.setdefault(key, []).append(float(g) if g is not None and g == g else 0.0)
        weight[src] = weight.get(src, 0) + 1
        weight[tgt] = weight.get(tgt, 0) + 1
    chosen = [a for a, _ in sorted(weight.items(), key=lambda kv: (-kv[1], kv[0]))[:top]]
    centre, radius = size / 2, size / 2 - 70
    pos = {a: (round(centre + radius * math.cos(2 * math.pi * i / max(1, len(chosen)) - math.pi / 2), 1),
               round(centre + radius * math.sin(2 * math.pi * i / max(1, len(chosen)) - math.pi / 2), 1))
           for i, a in enumerate(chosen)}
    most = max([weight[a] for a in chosen] + [1])
    nodes = [{"code": a, "x": pos[a][0], "y": pos[a][1], "n": weight[a],
              "r": round(4 + 14 * math.sqrt(weight[a] / most), 1),
              "lx": round(centre + (radius + 28) * (pos[a][0] - centre) / radius, 1),
              "ly": round(centre + (radius + 28) * (pos[a][1] - centre) / radius + 4, 1)} for a in chosen]
    edges = []
    top_count = max([len(v) for (a, b), v in pairs.items() if a in pos and b in pos] + [1])
    for (a, b), gs in sorted(pairs.items(), key=lambda kv: len(kv[1])):
        if a in pos and b in pos:
            mean = sum(gs) / len(gs)
            edges.append({"a": a, "b": b, "x1": pos[a][0], "y1": pos[a][1], "x2": pos[b][0], "y2": pos[b][1],
                          "n": len(gs), "goldstein": round(mean, 1),
                          "w": round(0.5 + 7 * math.sqrt(len(gs) / top_count), 1),
                          "kind": "coop" if mean > 0.5 else "conflict" if mean < -0.5 else "neutral"})
    return {"size": size, "nodes": nodes, "edges": edges}
