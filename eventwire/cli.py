"""The `eventwire` command: a thin layer over the Python API (pipeline, store, evaluate)."""
from __future__ import annotations

import csv
import json
import sys
from typing import Any

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from .records import ReadError

# Piped or captured output is not folded to 80 columns: tables stay readable in logs and files.
out = Console() if sys.stdout.isatty() else Console(width=160)
err = Console(stderr=True) if sys.stderr.isatty() else Console(stderr=True, width=160)

DB_OPTION = click.option("--db", envvar="EVENTWIRE_DB", default="eventwire.db", show_default=True,
                         help="SQLite store (or set EVENTWIRE_DB).")
FORMAT_OPTION = click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table",
                             show_default=True)


def _iso_date(ctx, param, value):
    if value is None:
        return None
    from datetime import date

    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"expected YYYY-MM-DD, got {value!r}")


@click.group()
@click.version_option(package_name="eventwire")
def main() -> None:
    """Turn war and security reporting into sourced, coded events and claims."""


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@DB_OPTION
@click.option("--published", callback=_iso_date, help="Publication date (YYYY-MM-DD) for documents that carry none.")
@click.option("--workers", default=1, show_default=True, help="Processes to use (one per core).")
def ingest(paths: tuple[str, ...], db: str, published: str | None, workers: int) -> None:
    """Read files and folders, code them, and store the results in the database."""
    from .pipeline import ingest as run_ingest
    from .store import Store

    with Store(db) as store, Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                                      MofNCompleteColumn(), TimeElapsedColumn(), console=err,
                                      transient=True) as progress:
        task = progress.add_task("ingesting", total=None)

        def tick(item: Any) -> None:
            if isinstance(item, ReadError):
                err.print(f"[red]error[/red] {item}", highlight=False)
            progress.advance(task)

        summary = run_ingest(paths, store, published=published, workers=workers, on_item=tick)
        totals = store.stats()
    table = Table(title=f"ingest → {db}", show_header=False)
    table.add_row("documents read", str(summary.read))
    table.add_row("stored", str(summary.stored))
    table.add_row("updated (new version)", str(summary.updated))
    table.add_row("skipped as duplicates", str(summary.duplicates))
    table.add_row("failed", str(len(summary.failed)))
    table.add_row("events stored", str(summary.events))
    table.add_row("claims stored", str(summary.claims))
    table.add_row("store now holds", f"{totals['documents']} documents, {totals['events']} events, "
                                     f"{totals['claims']} claims")
    out.print(table)
    for failure in summary.failed:
        out.print(f"  failed: {failure}", highlight=False)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--published", callback=_iso_date, help="Publication date (YYYY-MM-DD) for documents that carry none.")
@click.option("--workers", default=1, show_default=True)
@click.option("--format", "fmt", type=click.Choice(["json", "table"]), default="json", show_default=True,
              help="json: one JSON object per document (JSON Lines).")
def extract(paths: tuple[str, ...], published: str | None, workers: int, fmt: str) -> None:
    """Code files and folders without storing anything; print the records."""
    from .pipeline import extract as run_extract

    failed = 0
    for item in run_extract(paths, published=published, workers=workers):
        if isinstance(item, ReadError):
            failed += 1
            err.print(f"[red]error[/red] {item}", highlight=False)
        elif fmt == "json":
            sys.stdout.write(json.dumps(item.to_dict(), ensure_ascii=False) + "\n")
        else:
            _print_events(f"{item.document.id}: {item.document.title or ''}", item.events)
            _print_claims(item.claims)
    if failed:
        sys.exit(1)


def event_filters(command):
    """The filters `events` and `timeline` share (Store.events takes the same names)."""
    for option in reversed([
        click.option("--actor", help="Actor code or country (RUSGOV, RUS); source or target."),
        click.option("--dyad", nargs=2, help="Two actors, either direction: --dyad RUS CHN."),
        click.option("--cameo", help="CAMEO code prefix: 06, 062."),
        click.option("--plover", help="PLOVER type: COOPERATE."),
        click.option("--since", callback=_iso_date),
        click.option("--until", callback=_iso_date),
        click.option("--name", help="Named operation or exercise (substring): Okean."),
    ]):
        command = option(command)
    return command


@main.command()
@DB_OPTION
@event_filters
@click.option("--near", help="Place name: events located within --km of it.")
@click.option("--km", default=500.0, show_default=True)
@click.option("--country-of-location", "location_country", help="ISO-3 country of the event's place.")
@click.option("--all", "include_negated", is_flag=True, help="Include negated and hypothetical events.")
@click.option("--limit", type=int)
@FORMAT_OPTION
def events(db: str, fmt: str, **filters: Any) -> None:
    """Query stored events."""
    from .store import Store

    filters = {k: v for k, v in filters.items() if v not in (None, (), False)}
    if "near" not in filters:
        filters.pop("km", None)
    with Store(db) as store:
        try:
            if fmt == "table":
                _print_events(f"events in {db}", store.events(**filters))
            else:
                _write_frame(store.events_df(**filters), fmt)
        except ValueError as exc:
            raise click.BadParameter(str(exc), param_hint="--near")


@main.command()
@DB_OPTION
@click.option("--by", type=click.Choice(["year", "month", "day"]), default="month", show_default=True)
@event_filters
@FORMAT_OPTION
def timeline(db: str, by: str, fmt: str, **filters: Any) -> None:
    """Events per period with their mean Goldstein score and PLOVER types: how a relation evolved."""
    from .store import Store

    filters = {k: v for k, v in filters.items() if v not in (None, ())}
    with Store(db) as store:
        frame = store.timeline(by=by, **filters)
    if fmt != "table":
        _write_frame(frame, fmt)
        return
    table = Table(title=f"events by {by}")
    for col in frame.columns:
        table.add_column(str(col), justify="left" if col == "period" else "right")
    for row in frame.itertuples(index=False):
        table.add_row(*[str(v) for v in row])
    out.print(table)


@main.command()
@DB_OPTION
@click.option("--speaker", help="Speaker name, title or group (substring).")
@click.option("--actor", help="Speaker actor code or country.")
@click.option("--stance", type=click.Choice(["assert", "deny"]))
@click.option("--contradicted", is_flag=True, default=None, help="Only claims that another claim contradicts.")
@click.option("--about", help="Words that must all be in the claim's content: --about 'China Russia support'.")
@click.option("--since", callback=_iso_date)
@click.option("--until", callback=_iso_date)
@click.option("--limit", type=int)
@FORMAT_OPTION
def claims(db: str, fmt: str, **filters: Any) -> None:
    """Query stored claims: who said what, via whom, and who denies it."""
    from .store import Store

    filters = {k: v for k, v in filters.items() if v is not None}
    with Store(db) as store:
        if fmt == "table":
            _print_claims(store.claims(**filters))
        else:
            _write_frame(store.claims_df(**filters), fmt)


@main.command()
@click.argument("document_id")
@DB_OPTION
def show(document_id: str, db: str) -> None:
    """A stored document's events and claims, each with its evidence."""
    from .store import Store

    with Store(db) as store:
        result = store.document(document_id)
    if result is None:
        err.print(f"no document {document_id!r} in {db}")
        sys.exit(1)
    d = result.document
    out.print(f"[bold]{d.title or d.id}[/bold]\n{d.url or d.path or ''}  published {d.published or '?'}  "
              f"{d.site or ''}")
    out.print(f"\n[bold]{len(result.events)} events[/bold]")
    for e in result.events:
        flags = " [dim](negated)[/dim]" if e.negated else " [dim](hypothetical)[/dim]" if e.hypothetical else ""
        where = ", ".join(p.name for p in e.locations)
        authors = " + ".join(_actor_cell(a) for a in e.participants) if e.participants else _actor_cell(e.source)
        dyad = " ↔ ".join(_actor_cell(a) for a in e.participants) if e.mutual else \
            f"{authors or '?'} → {_actor_cell(e.target) or '?'}"
        out.print(f"{e.id}  [bold]{e.cameo}[/bold] {e.plover or '-'}{flags}  {dyad}  {e.date or ''}  {where}  "
                  f"{', '.join(e.names)}", highlight=False)
        out.print(f"    “{e.evidence}” [{e.span[0]}:{e.span[1]}]"
                  + (f"  claim {e.claim_id}" if e.claim_id else ""), highlight=False, style="dim")
    out.print(f"\n[bold]{len(result.claims)} claims[/bold]")
    for c in result.claims:
        speaker = "?" if c.speaker is None else f"{c.speaker.text} [{c.speaker.actor or '?'}]"
        out.print(f"{c.id}  {speaker} {c.cue or ''} ({c.stance}{', hedged' if c.hedged else ''})  "
                  f"{c.date or ''}  via {' ← '.join(c.via) or '-'}"
                  + (f"  contradicts {', '.join(c.contradicts)}" if c.contradicts else ""), highlight=False)
        out.print(f"    {c.content or ''}", highlight=False, style="dim")


@main.command()
@DB_OPTION
@click.option("--top", default=10, show_default=True)
def stats(db: str, top: int) -> None:
    """What the store holds: counts, top dyads, top event types."""
    from .store import Store

    with Store(db) as store:
        s = store.stats(top=top)
    _print_stats(s, db)


@main.command(name="eval")
@click.argument("gold", nargs=-1, type=click.Path())
@click.option("--details", is_flag=True, help="Per-root confusion table.")
@click.option("--json", "json_path", type=click.Path(), help="Write the figures as JSON here.")
@click.option("--gate", "baseline", type=click.Path(exists=True),
              help="Fail when a figure drops below its floor in this baseline file.")
@click.option("--split", help="Only records whose `split` field is this (e.g. test: a held-out part).")
def evaluate(gold: tuple[str, ...], details: bool, json_path: str | None, baseline: str | None,
             split: str | None) -> None:
    """Measure event coding against labelled gold files (default: ../shared/eval/events)."""
    from .evaluate import run

    sys.exit(run(list(gold), details=details, json_path=json_path, baseline=baseline,
                 gate=baseline is not None, console=out, split=split))


# --- printing --------------------------------------------------------------------------
def _actor_cell(actor) -> str:
    return "" if actor is None else f"{actor.actor or '?'} ({actor.text})"


def _print_events(title: str, events) -> None:
    table = Table(title=title)
    for col in ("date", "cameo", "plover", "source", "target", "where", "names", "numbers", "trigger"):
        table.add_column(col, overflow="fold")
    for e in events:
        flags = " (negated)" if e.negated else " (hypothetical)" if e.hypothetical else ""
        # a mutual action: the first party, then everyone it acted with
        target = "↔ " + ", ".join(_actor_cell(a) for a in e.participants[1:]) if e.mutual else _actor_cell(e.target)
        source = _actor_cell(e.source) if e.mutual or not e.participants else \
            " + ".join(_actor_cell(a) for a in e.participants)
        table.add_row(e.date or "", f"{e.cameo}{flags}", e.plover or "", source, target,
                      ", ".join(p.name for p in e.locations), ", ".join(e.names),
                      ", ".join(f"{q.value:g} {q.unit}" for q in e.quantities), e.trigger or "")
    out.print(table)


def _print_claims(claims) -> None:
    if not claims:
        return
    table = Table(title="claims")
    for col in ("speaker", "cue", "stance", "content", "via", "date", "contradicts"):
        table.add_column(col, overflow="fold")
    for c in claims:
        speaker = "" if c.speaker is None else f"{c.speaker.text} [{c.speaker.actor or '?'}]"
        table.add_row(speaker, c.cue or "", c.stance, c.content or "", " ← ".join(c.via), c.date or "",
                      ", ".join(c.contradicts))
    out.print(table)


def _print_stats(s: dict, db: str) -> None:
    table = Table(title=f"{db}", show_header=False)
    for key in ("documents", "sentences", "events", "claims", "actors"):
        if key in s:
            table.add_row(key, str(s[key]))
    out.print(table)
    for key, title in (("top_dyads", "top dyads"), ("top_cameo_roots", "top CAMEO roots"),
                       ("top_plover", "top PLOVER types"), ("top_actors", "top actors")):
        rows = s.get(key) or []
        if not rows:
            continue
        t = Table(title=title)
        first = rows[0]
        cols = list(first.keys()) if isinstance(first, dict) else [f"col{i}" for i in range(len(first))]
        for c in cols:
            t.add_column(str(c))
        for r in rows:
            t.add_row(*[str(v) for v in (r.values() if isinstance(r, dict) else r)])
        out.print(t)


def _write_frame(frame, fmt: str) -> None:
    if fmt == "json":
        for record in json.loads(frame.to_json(orient="records")):  # NaN -> null, numpy -> JSON
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
    else:
        frame.to_csv(sys.stdout, index=False, quoting=csv.QUOTE_MINIMAL)


@main.command()
@DB_OPTION
@click.option("--repair", is_flag=True, help="Fix what is found: orphan rows, unlinked documents, missing "
                                             "contradiction links, actor counts (integrity errors are only reported).")
def check(db: str, repair: bool) -> None:
    """Check the store: SQLite integrity, orphan rows, contradiction links, actor counts."""
    from pathlib import Path

    from .store import SchemaVersionError, Store

    if db != ":memory:" and not db.startswith("file:") and not Path(db).is_file():
        err.print(f"no store at {db}", markup=False, highlight=False)
        sys.exit(1)
    try:
        with Store(db) as store:
            report = store.check(repair=repair)
    except SchemaVersionError as exc:
        err.print(str(exc), markup=False, highlight=False, soft_wrap=True)
        sys.exit(1)
    for line in report.lines():
        out.print(line, markup=False, highlight=False, soft_wrap=True)
    sys.exit(0 if report.clean or (repair and report.fixed) else 1)


if __name__ == "__main__":
    main()
