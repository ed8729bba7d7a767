"""The command line's output layer: every stored string is data, never markup or terminal code.

Documents come from anywhere, so their text, titles, file names and URLs may hold rich markup
(`[bold red]…[/]`, `[/x]`), terminal control sequences (`\\x1b[2J`, OSC 8 links) or spreadsheet
formulas (`=HYPERLINK(…)`).  Everything the CLI prints goes through this module:

  * text is put on the terminal as `rich.text.Text`, which rich never parses for markup or emoji;
  * control characters (C0, DEL, C1) and the bidirectional overrides/isolates that reorder a
    line on screen are shown escaped and visible (`\\x1b`, `\\u202e`) in tables, `show`, messages
    and CSV; JSON keeps them as JSON escapes (`\\u001b`), so a JSON reader gets the exact text;
  * CSV text cells that a spreadsheet would read as a formula (starting with `=`, `+`, `-`, `@`,
    tab or carriage return) get a leading `'` (OWASP's convention); numeric columns, and text
    cells that are a plain number such as `-4.0`, are left as they are;
  * table columns that hold codes and dates (CAMEO, PLOVER, actor codes, ISO dates) are never
    wrapped or folded mid-token.
"""
from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable, Sequence
from typing import IO, Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

# C0 and C1 control characters and DEL, plus the Unicode bidi embeddings/overrides (U+202A-202E)
# and isolates (U+2066-2069), which can make a line read differently from what it holds.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# What json.dumps(ensure_ascii=False) leaves raw: DEL, C1 and the bidi controls (C0 it escapes).
_UNSAFE_IN_JSON = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")


def _escape(match: re.Match[str]) -> str:
    ch = match.group()
    return f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}"


def visible(value: Any) -> str:
    """`value` as one printable string: None is "", control characters are shown escaped."""
    if value is None:
        return ""
    return _UNSAFE.sub(_escape, str(value))


def text(value: Any, style: str | None = None) -> Text:
    """A rich Text of `value` (escaped, never parsed for markup)."""
    return Text(visible(value), style=style or "")


def line(*parts: Any) -> Text:
    """A Text from pieces, each a value or a (value, style) pair; every value is escaped."""
    out = Text()
    for part in parts:
        if isinstance(part, tuple):
            value, style = part
            out.append(visible(value), style=style)
        else:
            out.append(visible(part))
    return out


# --- tables ------------------------------------------------------------------------------
# Column kinds: "code" and "date" are never wrapped (codes and ISO dates are kept whole),
# "number" is right-aligned and not wrapped, "text" wraps at spaces and folds only words
# longer than the column, "actor" is text whose first word (the code) is kept whole.
_ACTOR_CODE_WIDTH = 12  # IGOUNOIAEA, IGOWSTNATMIL


def table(title: Any, columns: Sequence[tuple[str, str]], show_header: bool = True) -> Table:
    """An empty table with `columns` as (name, kind) pairs; fill it with `add_row`."""
    t = Table(title=text(title) if title is not None else None, show_header=show_header)
    for name, kind in columns:
        if kind == "date":
            t.add_column(text(name), no_wrap=True, min_width=10)
        elif kind == "code":
            t.add_column(text(name), no_wrap=True)
        elif kind == "number":
            t.add_column(text(name), no_wrap=True, justify="right")
        elif kind == "actor":
            t.add_column(text(name), overflow="fold", min_width=_ACTOR_CODE_WIDTH)
        else:
            t.add_column(text(name), overflow="fold")
    return t


def add_row(t: Table, values: Iterable[Any]) -> None:
    """Add one row; each value is escaped and shown literally."""
    t.add_row(*[v if isinstance(v, Text) else text(v) for v in values])


# --- messages ----------------------------------------------------------------------------
def say(console: Console, *parts: Any) -> None:
    """Print one line of parts (values or (value, style) pairs) on `console`, literally."""
    console.print(line(*parts), soft_wrap=True)


# --- JSON and CSV ------------------------------------------------------------------------
def json_line(record: Any) -> str:
    """One JSON Lines record.  Non-ASCII text stays readable; every control character is a
    JSON escape, so nothing reaches the terminal raw and a JSON reader gets the exact text."""
    dumped = json.dumps(record, ensure_ascii=False)
    return _UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", dumped) + "\n"


def csv_cell(value: Any) -> Any:
    """A text cell made safe for spreadsheets and terminals (other values are returned as they are).

    A cell starting with a formula character gets a leading `'`, unless it is a plain number
    (`-4.0`) or the placeholder `-`; then control characters are shown escaped.
    """
    if not isinstance(value, str):
        return value
    if value.startswith(_FORMULA_START) and value != "-" and not _NUMBER.fullmatch(value):
        value = "'" + value
    return visible(value)


def write_csv(frame, stream: IO[str]) -> None:
    """A pandas DataFrame as CSV: text cells through `csv_cell`, numeric columns untouched."""
    import pandas

    safe = frame.copy()
    for col in safe.columns:
        if not (pandas.api.types.is_numeric_dtype(safe[col]) or pandas.api.types.is_bool_dtype(safe[col])):
            safe[col] = safe[col].map(csv_cell)
    safe.columns = [csv_cell(str(c)) for c in safe.columns]
    safe.to_csv(stream, index=False, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")


def write_jsonl(frame, stream: IO[str]) -> None:
    """A pandas DataFrame as JSON Lines (NaN -> null, numpy scalars -> JSON numbers)."""
    for record in json.loads(frame.to_json(orient="records")):
        stream.write(json_line(record))


def write_geojson(frame, stream: IO[str], lat_column: str = "latitude", lon_column: str = "longitude") -> None:
    """Rows with a latitude and longitude as one GeoJSON FeatureCollection (RFC 7946: each a
    Point at [longitude, latitude], the other columns as properties); rows without a place are
    left out. GeoPandas reads it as it is (`geopandas.read_file`)."""
    features = []
    for record in json.loads(frame.to_json(orient="records")):
        lat, lon = record.pop(lat_column, None), record.pop(lon_column, None)
        if lat is None or lon is None:
            continue
        features.append({"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]},
                         "properties": record})
    dumped = json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False)
    stream.write(_UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", dumped) + "\n")
