"""The embedded SQLite store: documents, sentences, events and claims, and queries over them.

One writer (the pipeline's main process) adds whole documents, each in one
transaction; any number of readers (CLI, notebooks, other processes) query
at the same time.  WAL journalling plus a busy timeout makes that safe.

    with Store("war.db") as store:
        store.add(result)                      # "stored" | "duplicate"
        store.events(actor="RUS", cameo="19", since="2024-09-01")
        store.claims(speaker="kirby", contradicted=True)
        store.events_df(dyad=("RUS", "UKR"))   # pandas.DataFrame

Conventions:
  * Actor codes are CAMEO-style (country ISO-3 + sector).  A 3-letter query
    code means a country and matches every code starting with it (RUS matches
    RUS, RUSGOV, RUSMIL); longer codes match exactly.  Actor and dyad filters
    also match an event's `participants`: a three-way meeting of USA, RUS and
    CHE answers dyad=("RUS", "CHE"), and "Russia and China condemned the US"
    answers dyad=("CHN", "USA").
  * Date filters compare the record's own date, or the document's published
    date when the record has none.  Both bounds are inclusive and work at
    any precision: until="2024-09" includes all of September, and an event
    dated only "2024-09" passes since="2024-09-15".
  * Child ids (sentences, events, claims) must be unique across the store;
    the pipeline makes them so by prefixing the document id.
"""
from __future__ import annotations

import hashlib
import json
import math
import os
import sqlite3
import time
import unicodedata
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, replace
from datetime import date, datetime, timedelta, timezone
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from eventwire.records import (
    Actor,
    Claim,
    DocumentResult,
    Event,
    Place,
    Quantity,
    RawDocument,
    Sentence,
)

if TYPE_CHECKING:  # pandas is imported lazily: only the *_df methods need it
    import pandas

    from .link.incidents import Incident

DEFAULT_DB = "eventwire.db"
ENV_DB = "EVENTWIRE_DB"
BUSY_TIMEOUT_S = 30.0

# Numbered schema migrations.  Each is a list of single SQL statements (or a function of the
# connection, for a step SQL alone cannot decide), applied together with its row in
# schema_migrations inside one transaction.  Append new steps; never edit one that has shipped.
MIGRATIONS: list[tuple[int, list[Any]]] = [
    (
        1,
        [
            """CREATE TABLE documents (
                id TEXT PRIMARY KEY,
                content_hash TEXT NOT NULL UNIQUE,
                title TEXT, url TEXT, published TEXT, site TEXT, path TEXT, format TEXT,
                text TEXT NOT NULL,
                ingested_at TEXT NOT NULL
            )""",
            "CREATE INDEX idx_documents_published ON documents(published)",
            """CREATE TABLE sentences (
                id TEXT PRIMARY KEY,
                document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                idx INTEGER NOT NULL,
                start INTEGER NOT NULL,
                "end" INTEGER NOT NULL,
                text TEXT NOT NULL
            )""",
            "CREATE INDEX idx_sentences_document ON sentences(document_id, idx)",
            """CREATE TABLE claims (
                id TEXT PRIMARY KEY,
                document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                sentence_id TEXT NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
                evidence TEXT NOT NULL,
                span_start INTEGER NOT NULL,
                span_end INTEGER NOT NULL,
                speaker_text TEXT, speaker_title TEXT, speaker_actor TEXT COLLATE NOCASE,
                speaker_country TEXT COLLATE NOCASE, speaker_sector TEXT,
                cue TEXT, content TEXT, quote TEXT,
                direct INTEGER NOT NULL DEFAULT 0,
                stance TEXT NOT NULL DEFAULT 'assert' COLLATE NOCASE,
                hedged INTEGER NOT NULL DEFAULT 0,
                via TEXT NOT NULL DEFAULT '[]',
                date TEXT,
                content_start INTEGER, content_end INTEGER
            )""",
            "CREATE INDEX idx_claims_document ON claims(document_id)",
            "CREATE INDEX idx_claims_speaker ON claims(speaker_actor)",
            "CREATE INDEX idx_claims_speaker_country ON claims(speaker_country)",
            "CREATE INDEX idx_claims_stance ON claims(stance)",
            "CREATE INDEX idx_claims_date ON claims(date)",
            """CREATE TABLE events (
                id TEXT PRIMARY KEY,
                document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                sentence_id TEXT NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
                evidence TEXT NOT NULL,
                span_start INTEGER NOT NULL,
                span_end INTEGER NOT NULL,
                cameo TEXT NOT NULL,
                plover TEXT COLLATE NOCASE,
                plover_mode TEXT,
                goldstein REAL,
                source_text TEXT, source_actor TEXT COLLATE NOCASE, source_country TEXT COLLATE NOCASE,
                source_sector TEXT, source_title TEXT,
                target_text TEXT, target_actor TEXT COLLATE NOCASE, target_country TEXT COLLATE NOCASE,
                target_sector TEXT, target_title TEXT,
                date TEXT, date_text TEXT,
                locations TEXT NOT NULL DEFAULT '[]',
                quantities TEXT NOT NULL DEFAULT '[]',
                names TEXT NOT NULL DEFAULT '[]',
                negated INTEGER NOT NULL DEFAULT 0,
                hypothetical INTEGER NOT NULL DEFAULT 0,
                claim_id TEXT REFERENCES claims(id) ON DELETE SET NULL,
                confidence REAL NOT NULL,
                trigger TEXT, trigger_start INTEGER, trigger_end INTEGER
            )""",
            "CREATE INDEX idx_events_document ON events(document_id)",
            "CREATE INDEX idx_events_date ON events(date)",
            "CREATE INDEX idx_events_cameo ON events(cameo)",
            "CREATE INDEX idx_events_plover ON events(plover)",
            "CREATE INDEX idx_events_source ON events(source_actor)",
            "CREATE INDEX idx_events_target ON events(target_actor)",
            # Country indexes let the "RUS" = prefix-or-country OR use indexes too.
            "CREATE INDEX idx_events_source_country ON events(source_country)",
            "CREATE INDEX idx_events_target_country ON events(target_country)",
            "CREATE INDEX idx_events_claim ON events(claim_id)",
            # One row per name so names are searchable without parsing JSON.
            """CREATE TABLE event_names (
                event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
                idx INTEGER NOT NULL,
                name TEXT NOT NULL,
                PRIMARY KEY (event_id, idx)
            )""",
            # No foreign keys here on purpose: a claim may name a contradicting
            # claim from a document that is stored later.  A trigger removes the
            # links of deleted claims instead of ON DELETE CASCADE.
            """CREATE TABLE claim_contradictions (
                claim_a TEXT NOT NULL,
                claim_b TEXT NOT NULL,
                UNIQUE (claim_a, claim_b)
            )""",
            "CREATE INDEX idx_contradictions_b ON claim_contradictions(claim_b)",
            """CREATE TRIGGER claims_delete_contradictions AFTER DELETE ON claims
            BEGIN
                DELETE FROM claim_contradictions WHERE claim_a = old.id OR claim_b = old.id;
            END""",
            """CREATE TABLE actors (
                code TEXT PRIMARY KEY,
                country TEXT,
                sector TEXT,
                mentions INTEGER NOT NULL DEFAULT 0,
                first_seen TEXT,
                last_seen TEXT
            )""",
        ],
    ),
    # 2: how an event's date was found (explicit, relative, publication).
    (2, ["ALTER TABLE events ADD COLUMN date_basis TEXT"]),
    # 3: every party of a mutual action (talks, joint exercises, clashes), as JSON actors.
    (3, ["ALTER TABLE events ADD COLUMN participants TEXT NOT NULL DEFAULT '[]'"]),
    # 4: how each role was filled (parse, document; NULL when empty).
    (4, ["ALTER TABLE events ADD COLUMN source_from TEXT", "ALTER TABLE events ADD COLUMN target_from TEXT"]),
    # 5: document versions and links written with their document.
    #  - documents.source: where a document comes from (`source_key`); the same source with
    #    new text is a new version of that document, replacing its rows.
    #  - document_versions: the replaced versions' hashes and metadata.
    #  - documents.linked: 1 once the document's claims were compared with the store's (set in
    #    the transaction that writes its contradiction links); documents stored before this
    #    schema with claims start at 0, so the first repair pass links them again.
    #  - claims.subject: the country a claim's proposition is about, the key contradiction
    #    candidates are looked up by.
    (
        5,
        [
            "ALTER TABLE documents ADD COLUMN source TEXT",
            "UPDATE documents SET source = CASE"
            " WHEN url IS NOT NULL AND url <> '' THEN 'url:' || url"
            " WHEN format = 'feed' THEN NULL"
            " WHEN format = 'jsonl' AND path IS NOT NULL"
            "  THEN 'jsonl:' || rtrim(rtrim(path, '0123456789'), ':') || '#' || id"
            " WHEN path IS NOT NULL AND path <> '' THEN 'path:' || path"
            " ELSE 'id:' || id END",
            "CREATE INDEX idx_documents_source ON documents(source)",
            "ALTER TABLE documents ADD COLUMN linked INTEGER NOT NULL DEFAULT 0",
            "UPDATE documents SET linked = NOT EXISTS (SELECT 1 FROM claims c WHERE c.document_id = documents.id)",
            "CREATE INDEX idx_documents_unlinked ON documents(linked) WHERE linked = 0",
            "ALTER TABLE claims ADD COLUMN subject TEXT",
            "CREATE INDEX idx_claims_subject ON claims(subject)",
            """CREATE TABLE document_versions (
                id INTEGER PRIMARY KEY,
                document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                content_hash TEXT NOT NULL,
                title TEXT, url TEXT, published TEXT, site TEXT, path TEXT,
                ingested_at TEXT,
                replaced_at TEXT NOT NULL,
                change TEXT NOT NULL
            )""",
            "CREATE INDEX idx_versions_document ON document_versions(document_id)",
            "CREATE INDEX idx_versions_hash ON document_versions(content_hash)",
        ],
    ),
    # 6: incidents (eventwire/link, docs/linking.md): events of one real-world happening,
    #    across sentences and documents.  Every asserted event (not negated, not hypothetical)
    #    belongs to one; events stored before this schema start without one, and the first
    #    `check --repair` (or ingest's start-up pass) links them.
    (
        6,
        [
            """CREATE TABLE incidents (
                id TEXT PRIMARY KEY,
                cameo_root TEXT NOT NULL,
                first_date TEXT,
                created_at TEXT NOT NULL
            )""",
            "ALTER TABLE events ADD COLUMN incident_id TEXT",
            "CREATE INDEX idx_events_incident ON events(incident_id)",
            "CREATE INDEX idx_events_unincidented ON events(incident_id)"
            " WHERE incident_id IS NULL AND negated = 0 AND hypothetical = 0",
            # The same text from another source (a wire copy, a repost): kept as a report of the
            # stored document, never coded twice; it counts as an outlet of that document's incidents.
            """CREATE TABLE document_copies (
                id INTEGER PRIMARY KEY,
                document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                source TEXT NOT NULL,
                title TEXT, url TEXT, published TEXT, site TEXT, path TEXT,
                ingested_at TEXT NOT NULL,
                similarity REAL NOT NULL DEFAULT 1.0,
                UNIQUE (document_id, source)
            )""",
            # Near-same texts (eventwire/link/copies.py): each document's MinHash signature and
            # its band keys, looked up to find a stored document a new text is a copy of.
            """CREATE TABLE document_signatures (
                document_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
                signature BLOB NOT NULL
            )""",
            """CREATE TABLE document_bands (
                document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                key TEXT NOT NULL,
                PRIMARY KEY (document_id, key)
            )""",
            "CREATE INDEX idx_document_bands_key ON document_bands(key)",
        ],
    ),
]


# ---------------------------------------------------------------------- schema 7: query indexes
# What makes queries fast at millions of events (bench/queries.py).  Each is derived from the
# rows it indexes and kept up to date by triggers, so every writer (the Store, a bulk
# INSERT ... SELECT) fills it; `check` compares each with its rows and `--repair` rebuilds it.
#  - event_actors: one row per coded party of an event (source, target, each participant), so
#    actor and dyad filters use an index instead of an OR over columns and parsing JSON per row.
#    `mutual` (on participant rows): the event's target is one of its participants, which the
#    dyad filter's "two parties of one mutual action" needs.
#  - event_places (+ event_places_rtree, SQLite's R*Tree module, when compiled in): one row per
#    place of an event, so `near` looks at the places inside a box around the point instead of
#    computing a distance for every stored place.
#  - claims_fts: trigram full-text index of each claim's case-folded content (`casefold`, the
#    function every Store connection registers), so `about` finds candidate claims by index;
#    the exact substring test then runs on those only.
#  - sentences_fts: full-text index (FTS5, words) of the sentences: the events `text` filter.
#  - partial indexes over asserted events for the store-wide counts of `stats`.


_EVENT_ACTORS_COLUMNS = "key, event_id, role, idx, actor, country, sector, mutual"
_EVENT_PLACES_COLUMNS = "event_id, idx, name, country, lat, lon"


def _actor_keys(actor: str, country: str) -> str:
    """The codes a party answers to, as a json_each source: its actor code, the code's first three
    letters and its country (ISO-3), upper-cased (the actor filter's rule: a 3-letter code is a
    country and matches codes starting with it and actors of that country; longer codes match
    exactly)."""
    return (f"json_each(json_array(upper({actor}), upper(substr({actor}, 1, 3)),"
            f" CASE WHEN length({country}) = 3 THEN upper({country}) END)) k")


def _event_index_selects(r: str) -> list[tuple[str, str]]:
    """(table, SELECT) pairs giving the event_actors and event_places rows of the event rows
    aliased `r`: `new` inside a trigger, `e` for every stored event (a migration, a check)."""
    events = "" if r == "new" else "events e, "
    selects = []
    for role in ("source", "target"):
        actor, country = f"{r}.{role}_actor", f"{r}.{role}_country"
        selects.append((
            "event_actors",
            f"SELECT DISTINCT k.value, {r}.id, '{role}', 0, {actor}, {country}, {r}.{role}_sector, 0"
            f" FROM {events}{_actor_keys(actor, country)} WHERE k.value IS NOT NULL AND k.value <> ''"))
    actor, country = "json_extract(j.value, '$.actor')", "json_extract(j.value, '$.country')"
    selects.append((
        "event_actors",
        f"SELECT DISTINCT k.value, {r}.id, 'party', j.key, {actor}, {country}, json_extract(j.value, '$.sector'),"
        f" EXISTS (SELECT 1 FROM json_each({r}.participants) t WHERE json_extract(t.value, '$.actor') = {r}.target_actor)"
        f" FROM {events}json_each({r}.participants) j, {_actor_keys(actor, country)}"
        " WHERE k.value IS NOT NULL AND k.value <> ''"))
    selects.append((
        "event_places",
        f"SELECT {r}.id, j.key, json_extract(j.value, '$.name'), json_extract(j.value, '$.country'),"
        f" json_extract(j.value, '$.lat'), json_extract(j.value, '$.lon') FROM {events}json_each({r}.locations) j"))
    return selects


def _event_index_inserts(r: str) -> list[str]:
    columns = {"event_actors": _EVENT_ACTORS_COLUMNS, "event_places": _EVENT_PLACES_COLUMNS}
    return [f"INSERT INTO {table}({columns[table]}) {select}" for table, select in _event_index_selects(r)]


_EVENT_INDEX_DELETES = ["DELETE FROM event_actors WHERE event_id = old.id",
                        "DELETE FROM event_places WHERE event_id = old.id"]
# The columns the event indexes are made from: an UPDATE of any of them re-indexes the event.
_INDEXED_EVENT_COLUMNS = ("source_actor, source_country, source_sector, target_actor, target_country,"
                          " target_sector, participants, locations")
_HAS_POINT = "typeof({p}.lat) IN ('integer', 'real') AND typeof({p}.lon) IN ('integer', 'real')"


def _trigger(name: str, when: str, statements: list[str]) -> str:
    return f"CREATE TRIGGER {name} {when} BEGIN " + " ".join(f"{s};" for s in statements) + " END"


def _rtree_available(conn: sqlite3.Connection) -> bool:
    """Whether this SQLite has the R*Tree module (most builds do; without it `near` scans
    event_places, still without parsing JSON)."""
    try:
        conn.execute("CREATE VIRTUAL TABLE temp._rtree_probe USING rtree(id, a, b)")
    except sqlite3.OperationalError:
        return False
    conn.execute("DROP TABLE temp._rtree_probe")
    return True


def _create_places_rtree(conn: sqlite3.Connection) -> None:
    """The R*Tree over event_places' points and the triggers keeping it, when SQLite has the module."""
    if not _rtree_available(conn):
        return
    conn.execute("CREATE VIRTUAL TABLE event_places_rtree USING rtree(id, min_lat, max_lat, min_lon, max_lon)")
    conn.execute(_trigger("event_places_rtree_insert", "AFTER INSERT ON event_places WHEN "
                          + _HAS_POINT.format(p="new"),
                          ["INSERT INTO event_places_rtree VALUES (new.id, new.lat, new.lat, new.lon, new.lon)"]))
    conn.execute(_trigger("event_places_rtree_delete", "AFTER DELETE ON event_places",
                          ["DELETE FROM event_places_rtree WHERE id = old.id"]))
    conn.execute(_RTREE_FILL)


# Tables whose row count `stats` reads from row_counts (kept by triggers) instead of counting:
# counting 4.6 million sentences takes over half a second.
COUNTED_TABLES = ("documents", "sentences", "events", "incidents")


def _row_count_steps() -> list[str]:
    steps = ["CREATE TABLE row_counts (name TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID"]
    for table in COUNTED_TABLES:
        steps += [f"INSERT INTO row_counts(name, n) SELECT '{table}', count(*) FROM {table}",
                  _trigger(f"{table}_count_insert", f"AFTER INSERT ON {table}",
                           [f"UPDATE row_counts SET n = n + 1 WHERE name = '{table}'"]),
                  _trigger(f"{table}_count_delete", f"AFTER DELETE ON {table}",
                           [f"UPDATE row_counts SET n = n - 1 WHERE name = '{table}'"])]
    return steps


# event_order: every event's place in the order queries list them (undated last, then by date,
# then id; the date is the event's own, else its document's publication date), so a page of a
# common filter (an actor of 100,000 events) is read in order and stops when full, not sorted.
_EVENT_ORDER_SELECT = ("SELECT coalesce({r}.date, d.published) IS NULL, coalesce({r}.date, d.published, ''), {r}.id"
                       " FROM {frm} JOIN documents d ON d.id = {r}.document_id")


def _event_order_steps() -> list[str]:
    insert = "INSERT INTO event_order(undated, eff, event_id) "
    new = insert + _EVENT_ORDER_SELECT.format(r="new", frm="(SELECT 1)")
    return [
        "CREATE TABLE event_order (undated INTEGER NOT NULL, eff TEXT NOT NULL, event_id TEXT NOT NULL,"
        " PRIMARY KEY (undated, eff, event_id)) WITHOUT ROWID",
        "CREATE INDEX idx_event_order_event ON event_order(event_id)",
        insert + _EVENT_ORDER_SELECT.format(r="e", frm="events e"),
        _trigger("events_order_insert", "AFTER INSERT ON events", [new]),
        _trigger("events_order_delete", "AFTER DELETE ON events", ["DELETE FROM event_order WHERE event_id = old.id"]),
        _trigger("events_order_update", "AFTER UPDATE OF date, document_id ON events",
                 ["DELETE FROM event_order WHERE event_id = old.id", new]),
        _trigger("documents_order_update", "AFTER UPDATE OF published ON documents",
                 ["DELETE FROM event_order WHERE event_id IN (SELECT id FROM events WHERE document_id = new.id)",
                  insert + _EVENT_ORDER_SELECT.format(r="x", frm="events x") + " WHERE x.document_id = new.id"]),
    ]


_RTREE_FILL = ("INSERT INTO event_places_rtree SELECT p.id, p.lat, p.lat, p.lon, p.lon FROM event_places p WHERE "
               + _HAS_POINT.format(p="p"))
_CLAIMS_FTS_FILL = "INSERT INTO claims_fts(rowid, content) SELECT rowid, casefold(content) FROM claims"

MIGRATIONS.append((
    7,
    [
        # clustered by key: an actor's events are one contiguous range
        """CREATE TABLE event_actors (
            key TEXT NOT NULL,
            event_id TEXT NOT NULL,
            role TEXT NOT NULL,
            idx INTEGER NOT NULL,
            actor TEXT,
            country TEXT,
            sector TEXT,
            mutual INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (key, event_id, role, idx)
        ) WITHOUT ROWID""",
        "CREATE INDEX idx_event_actors_event ON event_actors(event_id)",
        """CREATE TABLE event_places (
            id INTEGER PRIMARY KEY,
            event_id TEXT NOT NULL,
            idx INTEGER NOT NULL,
            name TEXT,
            country TEXT COLLATE NOCASE,
            lat REAL,
            lon REAL
        )""",
        "CREATE INDEX idx_event_places_event ON event_places(event_id)",
        "CREATE INDEX idx_event_places_country ON event_places(country)",
        *_event_index_inserts("e"),
        _create_places_rtree,
        _trigger("events_index_insert", "AFTER INSERT ON events", _event_index_inserts("new")),
        _trigger("events_index_update", f"AFTER UPDATE OF {_INDEXED_EVENT_COLUMNS} ON events",
                 _EVENT_INDEX_DELETES + _event_index_inserts("new")),
        _trigger("events_index_delete", "AFTER DELETE ON events", _EVENT_INDEX_DELETES),
        "CREATE VIRTUAL TABLE claims_fts USING fts5(content, content='', tokenize='trigram case_sensitive 1')",
        _trigger("claims_fts_insert", "AFTER INSERT ON claims",
                 ["INSERT INTO claims_fts(rowid, content) VALUES (new.rowid, casefold(new.content))"]),
        _trigger("claims_fts_delete", "AFTER DELETE ON claims",
                 ["INSERT INTO claims_fts(claims_fts, rowid, content) VALUES ('delete', old.rowid, casefold(old.content))"]),
        _trigger("claims_fts_update", "AFTER UPDATE OF content ON claims",
                 ["INSERT INTO claims_fts(claims_fts, rowid, content) VALUES ('delete', old.rowid, casefold(old.content))",
                  "INSERT INTO claims_fts(rowid, content) VALUES (new.rowid, casefold(new.content))"]),
        _CLAIMS_FTS_FILL,
        "CREATE VIRTUAL TABLE sentences_fts USING fts5(text, content='sentences')",
        _trigger("sentences_fts_insert", "AFTER INSERT ON sentences",
                 ["INSERT INTO sentences_fts(rowid, text) VALUES (new.rowid, new.text)"]),
        _trigger("sentences_fts_delete", "AFTER DELETE ON sentences",
                 ["INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.rowid, old.text)"]),
        _trigger("sentences_fts_update", "AFTER UPDATE OF text ON sentences",
                 ["INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.rowid, old.text)",
                  "INSERT INTO sentences_fts(rowid, text) VALUES (new.rowid, new.text)"]),
        "INSERT INTO sentences_fts(sentences_fts) VALUES ('rebuild')",
        # (negated and hypothetical are columns too, so the index alone answers: SQLite 3.40 does not
        # count a partial index's WHERE as covering its terms)
        *(f"CREATE INDEX idx_events_asserted_{name} ON events({columns}, negated, hypothetical)"
          " WHERE negated = 0 AND hypothetical = 0"
          for name, columns in (("dyad", "source_actor, target_actor"), ("cameo", "cameo"), ("plover", "plover"))),
        *_row_count_steps(),
        *_event_order_steps(),
        # What filtering, sorting and counting an event needs, by id: the events found through
        # event_actors or event_places are checked and ordered from this index, not their wide rows.
        "CREATE INDEX idx_events_summary ON events(id, date, document_id, negated, hypothetical, cameo, plover,"
        " goldstein)",
        "CREATE INDEX idx_documents_id_published ON documents(id, published)",
    ],
))
MIGRATIONS.append((
    8,
    [
        # Persons each document names (link.incidents.person_keys): what links reports of a shooting
        # by no one named, the evidence bench/linking.py measures. Stores before 8 have none.
        "CREATE TABLE document_people (document_id TEXT NOT NULL, name TEXT NOT NULL,"
        " PRIMARY KEY (document_id, name)) WITHOUT ROWID",
        _trigger("document_people_delete", "AFTER DELETE ON documents",
                 ["DELETE FROM document_people WHERE document_id = old.id"]),
    ],
))


# ---------------------------------------------------------------------- schema 9: dyad pairs
# event_dyads: every pair of keys (a <= b) a dyad filter relates through an event, found from
# event_actors the way the filter's roles say (source and target either way; a co-author and the
# target; two parties of a mutual action, one party with itself included, as the self-join did).
# A dyad is then one range of its primary key: RUS-USA joined 152,000 RUS rows with USA's one
# probe at a time (106 ms on the 1M-event store) before.  Kept by triggers on event_actors.
_DYAD_ROLES = ("((x.role = 'source' AND y.role = 'target') OR (x.role = 'target' AND y.role = 'source')"
               " OR (x.role = 'party' AND y.role = 'target') OR (x.role = 'target' AND y.role = 'party')"
               " OR (x.role = 'party' AND y.role = 'party' AND x.mutual))")


def _dyad_pairs(x: str, event: str) -> str:
    """SELECT of the (a, b, event_id) pairs of event_actors row(s) `x` with the rows of event `event`."""
    roles = _DYAD_ROLES.replace("x.", f"{x}.")
    return (f"SELECT min({x}.key, y.key), max({x}.key, y.key), {x}.event_id FROM event_actors y"
            f" WHERE y.event_id = {event} AND {roles}")


# event_tally: asserted events counted per (source_actor, target_actor, cameo, plover), kept by
# triggers on events, so `stats` ranks dyads, CAMEO roots and PLOVER types from a few hundred rows
# instead of grouping a million index entries three times (225 ms on the 1M-event store).  Its
# columns collate as events' do, so it groups and sorts as the queries on events did; NULLs are
# matched with IS.  A row left at 0 by deletions is harmless (the sums skip nothing else).
_TALLY_COLUMNS = ("source_actor", "target_actor", "cameo", "plover")
_ASSERTED = "{r}.negated = 0 AND {r}.hypothetical = 0"
_TALLY_SELECT = ("SELECT source_actor, target_actor, cameo, plover, count(*) FROM events e"
                 " WHERE e.negated = 0 AND e.hypothetical = 0 GROUP BY 1, 2, 3, 4")


def _tally_steps(r: str, delta: int) -> list[str]:
    """Add `delta` to the tally row of event row `r` (new or old), making it when missing."""
    def match(t: str) -> str:
        return " AND ".join(f"{t}.{c} IS {r}.{c}" for c in _TALLY_COLUMNS)

    values = ", ".join(f"{r}.{c}" for c in _TALLY_COLUMNS)
    return [f"UPDATE event_tally SET n = n + ({delta}) WHERE {match('event_tally')}",
            f"INSERT INTO event_tally(source_actor, target_actor, cameo, plover, n) SELECT {values}, {delta}"
            f" WHERE NOT EXISTS (SELECT 1 FROM event_tally t WHERE {match('t')})"]


def _tally_triggers() -> list[str]:
    changed = " OR ".join(f"old.{c} IS NOT new.{c}" for c in (*_TALLY_COLUMNS, "negated", "hypothetical"))
    return [
        _trigger("events_tally_insert", f"AFTER INSERT ON events WHEN {_ASSERTED.format(r='new')}",
                 _tally_steps("new", 1)),
        _trigger("events_tally_delete", f"AFTER DELETE ON events WHEN {_ASSERTED.format(r='old')}",
                 _tally_steps("old", -1)),
        # an update moves the event from its old row (if it counted) to its new one (if it counts)
        _trigger("events_tally_update_old", "AFTER UPDATE OF source_actor, target_actor, cameo, plover, negated,"
                 f" hypothetical ON events WHEN ({changed}) AND {_ASSERTED.format(r='old')}", _tally_steps("old", -1)),
        _trigger("events_tally_update_new", "AFTER UPDATE OF source_actor, target_actor, cameo, plover, negated,"
                 f" hypothetical ON events WHEN ({changed}) AND {_ASSERTED.format(r='new')}", _tally_steps("new", 1)),
    ]


_TALLY_FILL = f"INSERT INTO event_tally(source_actor, target_actor, cameo, plover, n) {_TALLY_SELECT}"

_EVENT_DYADS_SELECT = ("SELECT DISTINCT min(x.key, y.key) AS a, max(x.key, y.key) AS b, x.event_id FROM event_actors x"
                       f" JOIN event_actors y ON y.event_id = x.event_id WHERE {_DYAD_ROLES}")
_EVENT_DYADS_FILL = f"INSERT INTO event_dyads(a, b, event_id) {_EVENT_DYADS_SELECT} ORDER BY 1, 2, 3"

MIGRATIONS.append((
    9,
    [
        "CREATE TABLE event_dyads (a TEXT NOT NULL, b TEXT NOT NULL, event_id TEXT NOT NULL,"
        " PRIMARY KEY (a, b, event_id)) WITHOUT ROWID",
        "CREATE INDEX idx_event_dyads_event ON event_dyads(event_id)",
        _EVENT_DYADS_FILL,
        # (AFTER INSERT: the new row is among y, so a party of a mutual action pairs with itself)
        _trigger("event_actors_dyads_insert", "AFTER INSERT ON event_actors",
                 [f"INSERT OR IGNORE INTO event_dyads(a, b, event_id) {_dyad_pairs('new', 'new.event_id')}"]),
        # the event's pairs again from its remaining rows (an event's rows go all at once, in practice)
        _trigger("event_actors_dyads_delete", "AFTER DELETE ON event_actors",
                 ["DELETE FROM event_dyads WHERE event_id = old.event_id",
                  "INSERT OR IGNORE INTO event_dyads(a, b, event_id) SELECT min(x.key, y.key), max(x.key, y.key),"
                  " x.event_id FROM event_actors x JOIN event_actors y ON y.event_id = x.event_id"
                  f" WHERE x.event_id = old.event_id AND {_DYAD_ROLES}"]),
        "CREATE TABLE event_tally (source_actor TEXT COLLATE NOCASE, target_actor TEXT COLLATE NOCASE,"
        " cameo TEXT, plover TEXT COLLATE NOCASE, n INTEGER NOT NULL)",
        "CREATE INDEX idx_event_tally ON event_tally(source_actor, target_actor, cameo, plover)",
        _TALLY_FILL,
        *_tally_triggers(),
    ],
))
SCHEMA_VERSION = MIGRATIONS[-1][0]

# GDELT's QuadClass by CAMEO root: 1 verbal cooperation (01-05), 2 material cooperation (06-08),
# 3 verbal conflict (09-13), 4 material conflict (14-20).
def quad_class(cameo: str | None) -> int | None:
    try:
        root = int((cameo or "")[:2])
    except ValueError:
        return None
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4 if root <= 20 else None


EVENT_DF_COLUMNS = [
    "id", "document_id", "sentence_id", "date", "published", "cameo", "goldstein",
    "plover", "plover_mode", "source_actor", "source_text", "source_country",
    "target_actor", "target_text", "target_country", "participants", "source_from", "target_from",
    "evidence", "span_start",
    "span_end", "names", "locations", "quantities", "negated", "hypothetical", "claim_id", "confidence",
    "incident_id", "url", "title", "outlet", "latitude", "longitude", "cameo_root", "quad_class", "date_basis",
    "trigger", "place", "place_country", "added",
]
# events_df columns made from the document and the event rather than read from the events table
_DERIVED_EVENT_COLUMNS = ("url", "title", "outlet", "latitude", "longitude", "cameo_root", "quad_class",
                          "place", "place_country", "added")
# the columns events_df copies from the row as they are (the others are made from JSON or derived)
_STORED_EVENT_DF_COLUMNS = [c for c in EVENT_DF_COLUMNS
                            if c not in ("names", "locations", "quantities", "participants") + _DERIVED_EVENT_COLUMNS]
INCIDENT_DF_COLUMNS = [
    "id", "cameo", "plover", "source", "target", "participants", "date", "locations", "names",
    "reports", "outlets", "independent_outlets", "outlet_names", "documents", "copies", "first_reported",
    "last_reported",
    "claim_only", "claimed_by",
    # the lead report's roles and trigger, the first report's document, the first located place
    "source_text", "target_text", "source_country", "source_sector", "target_country", "target_sector",
    "source_from", "target_from", "trigger", "date_basis", "goldstein", "url", "title", "outlet", "place", "place_country", "latitude",
    "longitude",
]
CLAIM_DF_COLUMNS = [
    "id", "document_id", "sentence_id", "date", "published", "speaker_text",
    "speaker_title", "speaker_actor", "speaker_country", "speaker_sector", "cue",
    "content", "quote", "direct", "stance", "hedged", "via", "evidence",
    "span_start", "span_end", "contradicts",
]


# What a document's metadata is: a change of any of these with the same text is an update.
METADATA_FIELDS = ("title", "url", "published", "site")


class SchemaVersionError(RuntimeError):
    """The store was written by a newer eventwire: its schema is newer than this code knows."""

    def __init__(self, path: str, found: int, supported: int) -> None:
        self.path, self.found, self.supported = path, found, supported
        super().__init__(
            f"{path}: store schema version {found} is newer than this eventwire supports "
            f"(version {supported}); upgrade eventwire to open it"
        )


def source_key(doc: RawDocument) -> str | None:
    """Where a document comes from: the same key with new text is a new version of it.

    Its URL when it has one; a JSON Lines record by its file and id (not its line, which
    moves when records are added); a file by its path; a feed item without a link has no
    key (items are numbered by position, which changes as the feed moves on); a document
    with neither path nor URL (the Python API) by its id.
    """
    if doc.url and doc.url.strip():
        return "url:" + doc.url.strip()
    if doc.format == "feed":
        return None
    if doc.format == "jsonl" and doc.path:
        return "jsonl:" + doc.path.rstrip("0123456789").rstrip(":") + "#" + str(doc.id)
    if doc.path:
        return "path:" + doc.path
    return "id:" + str(doc.id)


def content_hash(doc: RawDocument) -> str:
    """sha256 hex of the document text, NFC-normalised with whitespace collapsed.

    Two copies of an article that differ only in line wrapping or spacing hash
    the same, so re-ingesting them is a no-op.
    """
    normalised = " ".join(unicodedata.normalize("NFC", doc.text).split())
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


def _default_path() -> str:
    return os.environ.get(ENV_DB) or DEFAULT_DB


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _iso(value: str | date | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return str(value).strip()


def _distance_km(lat1: float | None, lon1: float | None, lat2: float, lon2: float) -> float | None:
    """Great-circle distance (haversine, mean Earth radius)."""
    if lat1 is None or lon1 is None:
        return None
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


# `_distance_km` of place p (p.lat, p.lon) and a point (parameters lat, lat, lon) in SQL's own math
# functions: the same operations in the same order, so the same value, without calling Python for
# every place in the box (a third of `--near Kyiv --km 100`'s time).  Where SQLite is built without
# them, the Python function is called instead (`Store._distance_sql`).
_DISTANCE_SQL = ("(2 * 6371.0088 * asin(min(1.0, sqrt(pow(sin((radians(?) - radians(p.lat)) / 2), 2)"
                 " + cos(radians(p.lat)) * cos(radians(?)) * pow(sin(radians(? - p.lon) / 2), 2)))))")


def _point(near: str | tuple[float, float]) -> tuple[float, float]:
    """A place name (resolved with the offline gazetteer) or a (lat, lon) pair."""
    if isinstance(near, (tuple, list)):
        return float(near[0]), float(near[1])
    from .places import default_geocoder

    place = default_geocoder().resolve(near)
    if place is None or place.lat is None:
        raise ValueError(f"unknown place {near!r}: give another name or (lat, lon)")
    return place.lat, place.lon


def _name_key(value: str | None) -> str:
    from .link.incidents import name_key

    return name_key(value)


def _casefold(value: str | None) -> str | None:
    return None if value is None else value.casefold()


def _prefix_range(prefix: str) -> tuple[str, str]:
    """[low, high) bounds of all strings starting with `prefix` (index-friendly)."""
    return prefix, prefix[:-1] + chr(ord(prefix[-1]) + 1)


class _Where:
    """Accumulates SQL conditions and their parameters."""

    def __init__(self) -> None:
        self.clauses: list[str] = []
        self.params: list[Any] = []
        self.events = "events e"  # what the events come from: a dyad's pairs lead (`_event_where`)

    def add(self, clause: str, *params: Any) -> None:
        self.clauses.append(clause)
        self.params.extend(params)

    def sql(self) -> str:
        return (" WHERE " + " AND ".join(self.clauses)) if self.clauses else ""

    def events_from(self) -> str:
        """The FROM clause of the conditions over `events e JOIN documents d`."""
        return f" FROM {self.events} JOIN documents d ON d.id = e.document_id"


def _actor_condition(columns: tuple[str, str], code: str) -> tuple[str, list[Any]]:
    """Condition that (actor column, country column) match a query code.

    A 3-letter code is a country: it matches codes that start with it, and
    actors whose country column is that country.  Anything else matches exactly.
    """
    actor_col, country_col = columns
    code = code.strip().upper()
    if not code:
        raise ValueError("empty actor code")
    if len(code) == 3:
        low, high = _prefix_range(code)
        return f"(({actor_col} >= ? AND {actor_col} < ?) OR {country_col} = ?)", [low, high, code]
    return f"{actor_col} = ?", [code]


def _actor_key(code: str) -> str:
    """An actor or dyad query code as event_actors' key (the same rule as `_actor_condition`)."""
    code = code.strip().upper()
    if not code:
        raise ValueError("empty actor code")
    return code


def _bound(value: Any, name: str) -> str | None:
    """A date bound as the API accepts it: YYYY, YYYY-MM or YYYY-MM-DD, a real date (no
    2024-02-30), else ValueError naming the bound."""
    text = _iso(value)
    if not text:
        return None
    parts = text.split("-")
    try:
        if len(parts) == 1 and len(text) == 4:
            date(int(text), 1, 1)
        elif len(parts) == 2 and len(parts[1]) == 2:
            date(int(parts[0]), int(parts[1]), 1)
        else:
            date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{name}: not a date: {text!r} (YYYY, YYYY-MM or YYYY-MM-DD)") from None
    return text


def _date_conditions(where: _Where, expr: str, since: Any, until: Any) -> None:
    """Keep records whose date period overlaps [since, until].

    Dates may be partial ("2024-09", "2024") and so may the bounds: each side
    is compared at the coarser of the two precisions, so a month-dated event
    is kept by since="2024-09-15", and until="2024-09" includes all of
    September.
    """
    since, until = _bound(since, "since"), _bound(until, "until")
    if since:
        where.add(f"{expr} >= substr(?, 1, length({expr}))", since)
    if until:
        where.add(f"substr({expr}, 1, ?) <= ?", len(until), until)


def _actor_from(row: sqlite3.Row, prefix: str) -> Actor | None:
    if row[f"{prefix}_text"] is None:
        return None
    return Actor(
        text=row[f"{prefix}_text"],
        actor=row[f"{prefix}_actor"],
        country=row[f"{prefix}_country"],
        sector=row[f"{prefix}_sector"],
        title=row[f"{prefix}_title"],
    )


def _actor_values(actor: Actor | None) -> tuple[Any, ...]:
    if actor is None:
        return (None, None, None, None, None)
    return (actor.text, actor.actor, actor.country, actor.sector, actor.title)


def _span(start: int | None, end: int | None) -> tuple[int, int] | None:
    return None if start is None or end is None else (int(start), int(end))


def _place(d: dict[str, Any]) -> Place:
    return Place(name=d["name"], country=d.get("country"), lat=d.get("lat"), lon=d.get("lon"))


def _quantity(d: dict[str, Any]) -> Quantity:
    return Quantity(value=d["value"], unit=d["unit"], text=d["text"])


def _box(lat: float, lon: float, km: float) -> tuple[float, float, float, float]:
    """(min lat, max lat, min lon, max lon) holding every point within `km` of (lat, lon) on
    the sphere `_distance_km` uses, with a margin for the R*Tree's 32-bit coordinates; all
    longitudes when the circle reaches a pole or crosses the antimeridian."""
    margin = 1e-3
    reach = km / 6371.0088  # radians
    dlat = math.degrees(reach) + margin
    low, high = lat - dlat, lat + dlat
    if low <= -90 or high >= 90 or reach >= math.pi / 2:
        return max(low, -90.0), min(high, 90.0), -180.0, 180.0
    ratio = math.sin(reach) / math.cos(math.radians(lat))
    if ratio >= 1:
        return low, high, -180.0, 180.0
    dlon = math.degrees(math.asin(ratio)) + margin
    if lon - dlon < -180 or lon + dlon > 180:
        return low, high, -180.0, 180.0
    return low, high, lon - dlon, lon + dlon


def _fts_query(text: str) -> str:
    """The events `text` filter as an FTS5 query: plain words must all be in the sentence (each
    quoted, so punctuation is no syntax); a query using FTS5's own syntax (quotes, `*`, `NEAR`,
    `OR`, `NOT`, parentheses) is passed as it is."""
    words = text.split()
    if not words:
        raise ValueError("text: empty search")
    if any(c in text for c in '"*()^') or {"AND", "OR", "NOT"} & set(words) or "NEAR" in text:
        query = text
    else:
        query = " ".join('"' + w + '"' for w in words)
    probe = sqlite3.connect(":memory:")  # FTS5 parses the query only against a table: an empty one
    try:
        probe.execute("CREATE VIRTUAL TABLE t USING fts5(x)")
        probe.execute("SELECT 1 FROM t WHERE t MATCH ?", (query,)).fetchall()
    except sqlite3.OperationalError as exc:
        raise ValueError(f"text: not a full-text query: {text!r} ({exc})") from None
    finally:
        probe.close()
    return query


class Store:
    """A SQLite database of processed documents.  See the module docstring."""

    def __init__(self, path: str | Path | None = None) -> None:
        path = _default_path() if path is None else path
        self.path = str(path)
        if self.path != ":memory:" and not self.path.startswith("file:"):
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        # isolation_level=None: we issue BEGIN/COMMIT ourselves so that one
        # document is exactly one transaction.
        self._conn = sqlite3.connect(
            self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None, uri=self.path.startswith("file:")
        )
        self._conn.row_factory = sqlite3.Row
        self._conn.create_function("casefold", 1, _casefold, deterministic=True)
        self._conn.create_function("distance_km", 4, _distance_km, deterministic=True)
        self._conn.create_function("name_key", 1, _name_key, deterministic=True)
        self._conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
        try:  # SQLite's math functions (most builds have them: SQLITE_ENABLE_MATH_FUNCTIONS)
            self._math = self._conn.execute("SELECT asin(min(1.0, sqrt(pow(sin(radians(0)), 2))))").fetchone() is not None
        except sqlite3.OperationalError:
            self._math = False
        self._conn.execute("PRAGMA foreign_keys = ON")
        self._use_wal()
        self._conn.execute("PRAGMA synchronous = NORMAL")  # safe with WAL, much faster commits
        supported = max(version for version, _ in MIGRATIONS)
        found = self.schema_version()
        if found > supported:  # written by a newer eventwire: refuse rather than misread it
            self._conn.close()
            raise SchemaVersionError(self.path, found, supported)
        self._migrate()
        # where SQLite lacks the R*Tree module, `near` scans event_places instead (docs/schema.md)
        self._rtree = self._conn.execute(
            "SELECT 1 FROM sqlite_master WHERE name = 'event_places_rtree'").fetchone() is not None
        # a store kept below schema 8 (only tests do that) has no persons per document
        self._people_table = self._conn.execute(
            "SELECT 1 FROM sqlite_master WHERE name = 'document_people'").fetchone() is not None

    # ------------------------------------------------------------------ plumbing

    def _use_wal(self) -> None:
        """Switch to WAL journalling. Two processes opening a brand-new store at once can find it
        locked while the other creates it, and SQLite does not call its busy handler for a
        journal-mode change, so wait here (up to the busy timeout) as it would."""
        deadline = time.monotonic() + BUSY_TIMEOUT_S
        while True:
            try:
                self._conn.execute("PRAGMA journal_mode = WAL")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        # IMMEDIATE takes the write lock up front, so the duplicate check and
        # the inserts cannot race another writer.
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield self._conn
            self._conn.execute("COMMIT")
        except BaseException:
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
            raise

    @contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        """A consistent snapshot across several SELECTs."""
        if self._conn.in_transaction:  # already inside _write
            yield self._conn
            return
        self._conn.execute("BEGIN")
        try:
            yield self._conn
        finally:
            if self._conn.in_transaction:
                self._conn.execute("COMMIT")

    def _migrate(self) -> None:
        if self.schema_version() >= max(version for version, _ in MIGRATIONS):
            return  # up to date: no write lock taken, so readers open cheaply
        with self._write() as conn:
            conn.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations ("
                "version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"
            )
            # Re-read under the lock: another process may have migrated meanwhile.
            current = self.schema_version()
            for version, statements in MIGRATIONS:
                if version <= current:
                    continue
                for statement in statements:
                    if isinstance(statement, str):
                        conn.execute(statement)
                    else:  # a step that needs Python (schema 7: the R*Tree only where SQLite has it)
                        statement(conn)
                conn.execute(
                    "INSERT INTO schema_migrations(version, applied_at) VALUES (?, ?)",
                    (version, _now()),
                )

    def schema_version(self) -> int:
        """Highest migration applied to this database (0 for a new file)."""
        exists = self._conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'"
        ).fetchone()
        if not exists:
            return 0
        return self._conn.execute("SELECT max(version) FROM schema_migrations").fetchone()[0] or 0

    # ------------------------------------------------------------------ writing

    def has_document(self, content_hash: str) -> bool:
        return self.document_id_for(content_hash) is not None

    def document_id_for(self, content_hash: str) -> str | None:
        """The stored id of the document with this content (ids can change on collision)."""
        row = self._conn.execute(
            "SELECT id FROM documents WHERE content_hash = ?", (content_hash,)
        ).fetchone()
        return None if row is None else row[0]

    def add(self, result: DocumentResult, linker: Any = None) -> str:
        """Store one document with everything found in it, atomically.

        Returns "stored" for a new document, "updated" when it replaces a stored
        version, "duplicate" (nothing written) when it would change nothing.

          * Same text (`content_hash`) as a stored document, or a near-same text (MinHash,
            eventwire/link/copies.py) from another source: "duplicate", nothing coded; a
            text from another source is kept as a copy of the stored one (`copies()`),
            counted as an outlet of its incidents.  The same text from the same source
            (`source_key`, or the same path or URL) is "duplicate" too, unless it has other metadata (title, url, published, site; a
            value the new read lacks keeps the stored one): then the document is rewritten
            with it, "updated".
          * New text from the source of a stored document: a new version (metadata it
            lacks kept from the stored one, as above); the old version's rows (sentences, events, names, claims, their contradiction links
            and actor counts) are replaced under the same document id, and its hash and
            metadata are kept in `document_versions`; "updated".
          * Otherwise "stored".  A document whose id is taken by another source is stored
            as `<id>-<hash prefix>`, with its child ids and references rewritten to match.

        Each asserted event is linked into an incident (eventwire/link/incidents.py) in the
        same transaction.

        `linker` (pipeline.ClaimLinker, or anything with `subject(claim)` and
        `links(new, old)`) links the document's claims with contradicting stored claims
        in the same transaction, and marks the document linked; without it the document
        is left for `check(repair=True)` to link.  On any error nothing of this document
        is written and the error is re-raised.
        """
        digest = content_hash(result.document)
        key = source_key(result.document)
        with self._write():
            row = self._conn.execute("SELECT * FROM documents WHERE content_hash = ?", (digest,)).fetchone()
            if row is not None:
                if not _same_source(row, result.document, key):
                    self._add_copy(row, result.document, key)
                    return "duplicate"
                merged = _merge_metadata(row, result.document)
                if all(row[f] == getattr(merged, f) for f in METADATA_FIELDS):
                    return "duplicate"
                result = replace(result, document=merged)
                self._replace(row, result, digest, key, "metadata", linker)
                return "updated"
            row = None if key is None else self._conn.execute(
                "SELECT * FROM documents WHERE source = ? ORDER BY rowid DESC LIMIT 1", (key,)
            ).fetchone()
            if row is not None:
                result = replace(result, document=_merge_metadata(row, result.document))
                self._replace(row, result, digest, key, "text", linker)
                return "updated"
            near = self._near_original(result.document, digest, key)
            if near is not None:  # a near-same text from another source: a copy, not coded twice
                self._add_copy(near[0], result.document, key, near[1])
                return "duplicate"
            doc_id = self._free_document_id(result.document.id, digest)
            if doc_id != result.document.id:
                result = _renamed(result, doc_id)
            self._insert_document(result.document, digest, key)
            self._insert_rows(result)
            self._count_actors(result)
            self._link(result.document.id, result.claims, linker)
            self._link_incidents(result.events)
            self._index_text(result.document.id, result.document.text, digest)
        return "stored"

    def add_copy(self, doc: RawDocument) -> bool:
        """Record `doc` as a copy of the stored document with the same text when it comes from
        another source (another URL, file or record): its title, URL, outlet and publication date
        are kept, nothing is coded again.  False when there is no such document, it is the same
        source, or this copy is known already."""
        digest = content_hash(doc)
        key = source_key(doc)
        with self._write():
            row = self._conn.execute("SELECT * FROM documents WHERE content_hash = ?", (digest,)).fetchone()
            similarity = 1.0
            if row is None:
                if key is not None and self._conn.execute(
                        "SELECT 1 FROM documents WHERE source = ?", (key,)).fetchone():
                    return False  # a version of a stored document, not a copy
                near = self._near_original(doc, digest, key)
                if near is None:
                    return False
                row, similarity = near
            if _same_source(row, doc, key):
                return False
            return self._add_copy(row, doc, key, similarity)

    def _add_copy(self, row: sqlite3.Row, doc: RawDocument, key: str | None, similarity: float = 1.0) -> bool:
        source = key or f"id:{doc.id}"
        if source == row["source"]:
            return False
        cursor = self._conn.execute(
            "INSERT OR IGNORE INTO document_copies(document_id, source, title, url, published, site, path,"
            " ingested_at, similarity) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (row["id"], source, doc.title, doc.url, doc.published, doc.site, doc.path, _now(), similarity))
        return cursor.rowcount > 0

    def _signature(self, text: str, digest: str) -> bytes | None:
        from .link.copies import signature

        cache = self.__dict__.setdefault("_signatures", {})
        if digest not in cache:
            if len(cache) > 2000:
                cache.clear()
            cache[digest] = signature(text)
        return cache[digest]

    def _near_original(self, doc: RawDocument, digest: str, key: str | None) -> tuple[sqlite3.Row, float] | None:
        """The stored document from another source whose text `doc`'s is a near copy of (MinHash,
        eventwire/link/copies.py), with the estimated similarity; None when there is none."""
        from .link import copies

        sig = self._signature(doc.text, digest)
        if sig is None:
            return None
        keys = copies.bands(sig)
        found: list[tuple[float, int, sqlite3.Row]] = []
        for row in self._conn.execute(
                "SELECT d.rowid AS n, d.*, s.signature FROM documents d JOIN document_signatures s"
                " ON s.document_id = d.id WHERE d.id IN (SELECT document_id FROM document_bands WHERE key IN ("
                + ", ".join("?" * len(keys)) + "))", keys):
            similarity = copies.similarity(sig, row["signature"])
            if similarity >= copies.NEAR_COPY and not _same_source(row, doc, key):
                found.append((-similarity, row["n"], row))
        if not found:
            return None
        best = min(found, key=lambda f: f[:2])
        return best[2], -best[0]

    def _index_text(self, doc_id: str, text: str, digest: str) -> bool:
        """Inside a write: store a document's MinHash signature and band keys (replacing old ones)."""
        from .link.copies import bands

        self._conn.execute("DELETE FROM document_signatures WHERE document_id = ?", (doc_id,))
        self._conn.execute("DELETE FROM document_bands WHERE document_id = ?", (doc_id,))
        sig = self._signature(text, digest)
        if sig is None:
            return False
        self._conn.execute("INSERT INTO document_signatures(document_id, signature) VALUES (?, ?)", (doc_id, sig))
        self._conn.executemany("INSERT OR IGNORE INTO document_bands(document_id, key) VALUES (?, ?)",
                               [(doc_id, k) for k in bands(sig)])
        return True

    def copies(self, doc_id: str) -> list[dict[str, Any]]:
        """The copies of a stored document from other sources, in the order they came."""
        return [dict(r) for r in self._conn.execute(
            "SELECT source, title, url, published, site, path, ingested_at, similarity FROM document_copies"
            " WHERE document_id = ? ORDER BY id", (doc_id,))]

    def plan(self, doc: RawDocument) -> tuple[str, RawDocument]:
        """What `add` would do with this document before any processing: ("duplicate",
        doc) when nothing would change, else ("stored" | "updated", the document to
        process: for an update, with the stored metadata where it has none)."""
        digest = content_hash(doc)
        key = source_key(doc)
        row = self._conn.execute("SELECT * FROM documents WHERE content_hash = ?", (digest,)).fetchone()
        if row is not None:
            if not _same_source(row, doc, key):
                return "duplicate", doc
            merged = _merge_metadata(row, doc)
            if all(row[f] == getattr(merged, f) for f in METADATA_FIELDS):
                return "duplicate", doc
            return "updated", merged
        row = None if key is None else self._conn.execute(
            "SELECT * FROM documents WHERE source = ? ORDER BY rowid DESC LIMIT 1", (key,)).fetchone()
        if row is not None:
            return "updated", _merge_metadata(row, doc)
        if self._near_original(doc, digest, key) is not None:
            return "duplicate", doc  # a near copy from another source: kept as a copy, not coded
        return "stored", doc

    def versions(self, doc_id: str) -> list[dict[str, Any]]:
        """The replaced versions of a document, oldest first: hash, metadata, when and why
        ("text" or "metadata") each was replaced."""
        return [dict(r) for r in self._conn.execute(
            "SELECT content_hash, title, url, published, site, path, ingested_at, replaced_at, change"
            " FROM document_versions WHERE document_id = ? ORDER BY id", (doc_id,))]

    def _replace(self, row: sqlite3.Row, result: DocumentResult, digest: str, key: str | None,
                 change: str, linker: Any) -> None:
        """Inside a write: the stored document `row` becomes `result` (same id)."""
        doc_id = row["id"]
        if result.document.id != doc_id:
            result = _renamed(result, doc_id)
        codes = self._actor_codes(doc_id)
        incidents = self._incidents_of(doc_id)
        self._conn.execute(
            "INSERT INTO document_versions(document_id, content_hash, title, url, published, site, path,"
            " ingested_at, replaced_at, change) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (doc_id, row["content_hash"], row["title"], row["url"], row["published"], row["site"],
             row["path"], row["ingested_at"], _now(), change),
        )
        self._delete_rows(doc_id)
        doc = result.document
        self._conn.execute(
            "UPDATE documents SET content_hash = ?, title = ?, url = ?, published = ?, site = ?, path = ?,"
            " format = ?, text = ?, ingested_at = ?, source = ?, linked = ? WHERE id = ?",
            (digest, doc.title, doc.url, doc.published, doc.site, doc.path, doc.format, doc.text, _now(),
             key, int(not result.claims), doc_id),
        )
        self._insert_rows(result)
        self._recount_actors(codes | self._actor_codes(doc_id))
        self._link(doc_id, result.claims, linker)
        self._refresh_incidents(incidents)  # those the old version alone held go
        self._link_incidents(result.events)
        self._index_text(doc_id, doc.text, digest)

    def _delete_rows(self, doc_id: str) -> None:
        """A document's child rows (event names cascade, contradiction links go by trigger)."""
        for table in ("events", "claims", "sentences", "document_people"):
            if table != "document_people" or self._people_table:
                self._conn.execute(f"DELETE FROM {table} WHERE document_id = ?", (doc_id,))

    def _insert_rows(self, result: DocumentResult) -> None:
        self._insert_sentences(result)
        self._insert_claims(result)  # before events: events.claim_id references claims
        self._insert_events(result)
        if result.people and self._people_table:
            self._conn.executemany("INSERT OR IGNORE INTO document_people(document_id, name) VALUES (?, ?)",
                                   [(result.document.id, name) for name in sorted(result.people)])

    def _actor_codes(self, doc_id: str) -> set[str]:
        rows = self._conn.execute(
            "SELECT source_actor FROM events WHERE document_id = ?1 UNION SELECT target_actor FROM events"
            " WHERE document_id = ?1 UNION SELECT speaker_actor FROM claims WHERE document_id = ?1", (doc_id,))
        return {r[0] for r in rows if r[0]}

    _ACTOR_MENTIONS = (
        "SELECT code, count(*) AS mentions, min(d) AS first_seen, max(d) AS last_seen,"
        " max(country) AS country, max(sector) AS sector FROM ("
        " SELECT e.source_actor AS code, coalesce(e.date, doc.published) AS d, e.source_country AS country,"
        "  e.source_sector AS sector FROM events e JOIN documents doc ON doc.id = e.document_id"
        "  WHERE e.source_actor IS NOT NULL AND e.source_actor <> ''{a}"
        " UNION ALL SELECT e.target_actor, coalesce(e.date, doc.published), e.target_country, e.target_sector"
        "  FROM events e JOIN documents doc ON doc.id = e.document_id"
        "  WHERE e.target_actor IS NOT NULL AND e.target_actor <> ''{b}"
        " UNION ALL SELECT c.speaker_actor, coalesce(c.date, doc.published), c.speaker_country, c.speaker_sector"
        "  FROM claims c JOIN documents doc ON doc.id = c.document_id"
        "  WHERE c.speaker_actor IS NOT NULL AND c.speaker_actor <> ''{c}"
        ") GROUP BY code"
    )

    def _actor_mentions(self, codes: Iterable[str] | None = None) -> dict[str, tuple[int, Any, Any]]:
        """Mentions, first and last date per actor code, counted from the stored rows (all
        codes, or only `codes`)."""
        if codes is None:
            sql, params = self._ACTOR_MENTIONS.format(a="", b="", c=""), []
        else:
            codes = sorted(codes)
            if not codes:
                return {}
            marks = ", ".join("?" * len(codes))
            sql = self._ACTOR_MENTIONS.format(a=f" AND e.source_actor IN ({marks})",
                                              b=f" AND e.target_actor IN ({marks})",
                                              c=f" AND c.speaker_actor IN ({marks})")
            params = codes * 3
        return {r["code"]: (r["mentions"], r["first_seen"], r["last_seen"], r["country"], r["sector"])
                for r in self._conn.execute(sql, params)}

    def _recount_actors(self, codes: set[str] | None = None) -> None:
        """Set the actors rows of `codes` (None: all) to what the stored rows say; an actor no
        longer mentioned anywhere is removed."""
        counted = self._actor_mentions(codes)
        stored = [r[0] for r in self._conn.execute("SELECT code FROM actors")] if codes is None else list(codes)
        for code in stored:
            if code not in counted:
                self._conn.execute("DELETE FROM actors WHERE code = ?", (code,))
        for code, (mentions, first, last, country, sector) in counted.items():
            self._conn.execute(
                "INSERT INTO actors(code, country, sector, mentions, first_seen, last_seen) VALUES (?, ?, ?, ?, ?, ?)"
                " ON CONFLICT(code) DO UPDATE SET mentions = excluded.mentions,"
                " first_seen = excluded.first_seen, last_seen = excluded.last_seen,"
                " country = coalesce(country, excluded.country), sector = coalesce(sector, excluded.sector)",
                (code, country, sector, mentions, first, last),
            )

    # ------------------------------------------------------------------ contradiction links

    def _link(self, doc_id: str, claims: list[Claim], linker: Any) -> int:
        """Inside a write: record each claim's subject and link the claims with contradicting
        claims of other linked documents; mark the document linked.  Without a linker (or
        claims) the document is linked only if it has no claims."""
        if not claims:
            self._conn.execute("UPDATE documents SET linked = 1 WHERE id = ?", (doc_id,))
            return 0
        if linker is None:
            self._conn.execute("UPDATE documents SET linked = 0 WHERE id = ?", (doc_id,))
            return 0
        subjects = {c.id: linker.subject(c) for c in claims}
        self._conn.executemany("UPDATE claims SET subject = ? WHERE id = ?",
                               [(subject, cid) for cid, subject in subjects.items()])
        links: list[tuple[str, str]] = []
        for subject in sorted({s for s in subjects.values() if s is not None}):
            mine = [c for c in claims if subjects[c.id] == subject]
            others = [_claim_from(r, []) for r in self._conn.execute(
                "SELECT c.* FROM claims c JOIN documents d ON d.id = c.document_id"
                " WHERE c.subject = ? AND c.document_id <> ? AND d.linked = 1 ORDER BY c.rowid",
                (subject, doc_id))]
            if others:
                links += linker.links(mine, others)
        self._conn.executemany(
            "INSERT OR IGNORE INTO claim_contradictions(claim_a, claim_b) VALUES (?, ?)",
            [pair for a, b in links for pair in ((a, b), (b, a))],
        )
        self._conn.execute("UPDATE documents SET linked = 1 WHERE id = ?", (doc_id,))
        return len(links)

    # ------------------------------------------------------------------ incidents

    def _incidents_of(self, doc_id: str) -> set[str]:
        return {r[0] for r in self._conn.execute(
            "SELECT DISTINCT incident_id FROM events WHERE document_id = ? AND incident_id IS NOT NULL", (doc_id,))}

    def _refresh_incidents(self, ids: Iterable[str]) -> None:
        """Inside a write: each incident's first date from its events; one without events goes."""
        for incident in sorted(set(ids)):
            row = self._conn.execute("SELECT count(*), min(date) FROM events WHERE incident_id = ?",
                                     (incident,)).fetchone()
            if row[0] == 0:
                self._conn.execute("DELETE FROM incidents WHERE id = ?", (incident,))
            else:
                self._conn.execute("UPDATE incidents SET first_date = ? WHERE id = ?", (row[1], incident))

    def _link_incidents(self, events: Iterable[Event]) -> int:
        """Inside a write: put each asserted event into the incident of its best-matching stored
        event (eventwire.link.incidents), or a new incident; returns the new incidents.  Events
        are taken in order, so a document's later events can join its earlier ones' incidents."""
        from .link import incidents as rule

        touched: set[str] = set()
        created = 0
        for event in events:
            if event.negated or event.hypothetical:
                continue
            roots = rule.family(event.cameo)
            family = f"substr(e.cameo, 1, 2) IN ({', '.join('?' * len(roots))})"
            found: set[str] = set()
            span = rule.date_range(event.date)
            if span is not None:  # stored events dated within the widest slack (date index: a range)
                slack = timedelta(days=max(rule.DAY_SLACK, rule.NAMED_SLACK))
                low, high = (span[0] - slack).isoformat(), (span[1] + slack).isoformat()
                found |= {r[0] for r in self._conn.execute(
                    "SELECT DISTINCT e.incident_id FROM events e WHERE e.date >= ? AND e.date <= ?"
                    f" AND e.date >= substr(?, 1, length(e.date)) AND {family} AND e.incident_id IS NOT NULL",
                    (low[:4], high, low, *roots))}
            keys = sorted({rule.name_key(n) for n in event.names} - {""})
            if keys:  # stored events sharing a name, whatever their date
                found |= {r[0] for r in self._conn.execute(
                    "SELECT DISTINCT e.incident_id FROM events e WHERE e.id IN (SELECT event_id FROM event_names"
                    f" WHERE name_key(name) IN ({', '.join('?' * len(keys))})) AND {family}"
                    " AND e.incident_id IS NOT NULL", (*keys, *roots))}
            incident = None
            if found:
                ids = sorted(found)
                candidates: dict[str, tuple[int, list[Event]]] = {}
                for start in range(0, len(ids), 500):
                    chunk = ids[start:start + 500]
                    for r in self._conn.execute(
                            "SELECT e.*, i.rowid AS incident_order FROM events e JOIN incidents i"
                            " ON i.id = e.incident_id WHERE e.incident_id IN (" + ", ".join("?" * len(chunk))
                            + ") AND e.id <> ? ORDER BY e.rowid", [*chunk, event.id]):
                        candidates.setdefault(r["incident_id"], (r["incident_order"], []))[1].append(_event_from(r))
                incident = rule.best(event, candidates, self._people(
                    [event] + [e for _, members in candidates.values() for e in members]))
            if incident is None:
                incident = self._new_incident(event)
                created += 1
            self._conn.execute("UPDATE events SET incident_id = ? WHERE id = ?", (incident, event.id))
            event.incident_id = incident
            touched.add(incident)
        self._refresh_incidents(touched)
        return created

    def _people(self, events: list[Event]) -> dict[str, frozenset[str]]:
        """Persons named by the documents of `events`, by document id (for rule.best)."""
        from .link.incidents import document_of

        ids = sorted({d for e in events if (d := document_of(e))}) if self._people_table else []
        people: dict[str, set[str]] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            for doc_id, name in self._conn.execute(
                    "SELECT document_id, name FROM document_people WHERE document_id IN ("
                    + ", ".join("?" * len(chunk)) + ")", chunk):
                people.setdefault(doc_id, set()).add(name)
        return {d: frozenset(names) for d, names in people.items()}

    def _new_incident(self, event: Event) -> str:
        base = f"i:{event.id}"
        for n in range(1, 1000):
            candidate = base if n == 1 else f"{base}-{n}"
            if not self._conn.execute("SELECT 1 FROM incidents WHERE id = ?", (candidate,)).fetchone():
                self._conn.execute("INSERT INTO incidents(id, cameo_root, first_date, created_at) VALUES (?, ?, ?, ?)",
                                   (candidate, event.cameo[:2], event.date, _now()))
                return candidate
        raise RuntimeError(f"no free incident id for {event.id!r}")

    def _unincidented(self) -> list[Event]:
        return [_event_from(r) for r in self._conn.execute(
            "SELECT * FROM events WHERE incident_id IS NULL AND negated = 0 AND hypothetical = 0 ORDER BY rowid")]

    def link_document(self, doc_id: str, linker: Any) -> int:
        """Link a stored document's claims with the store's, in one transaction (the repair
        of a document whose links were never written).  Returns the links found."""
        with self._write():
            rows = self._conn.execute(
                "SELECT * FROM claims WHERE document_id = ? ORDER BY rowid", (doc_id,)).fetchall()
            return self._link(doc_id, [_claim_from(r, []) for r in rows], linker)

    def check(self, repair: bool = False, linker: Any = None, thorough: bool = True) -> CheckReport:
        """Look for what a crash, an old version or a hand edit can leave wrong, and with
        `repair` fix it.

        Always: documents whose claims were never linked (`linked` = 0).  With
        `thorough` (the default) also SQLite's integrity_check, orphan rows (children
        of missing documents, sentences, events or claims; links to missing claims),
        older versions of a document stored beside the newest (what stores before
        schema 5 did with an edited document), contradiction links missing among
        linked documents (all pairs recomputed per subject), and actor counts that
        disagree with the rows.  Repair deletes orphans, links unlinked documents (one
        transaction each), folds older versions into `document_versions` (their rows
        removed), adds missing links and recounts actors; an integrity error is
        reported, never repaired.
        `ingest` runs the quick form (thorough=False, repair=True) on start-up: one
        indexed query when nothing is wrong."""
        report = CheckReport(path=self.path, thorough=thorough)
        if thorough:
            report.integrity = [r[0] for r in self._conn.execute("PRAGMA integrity_check")]
            if report.integrity != ["ok"]:
                return report  # a damaged file: nothing more is safe to read or write
        unlinked = [r[0] for r in self._conn.execute("SELECT id FROM documents WHERE linked = 0 ORDER BY rowid")]
        report.found["unlinked documents"] = len(unlinked)
        if linker is None and (unlinked and repair or thorough):
            linker = _default_linker()
        if repair and unlinked:
            for doc_id in unlinked:
                self.link_document(doc_id, linker)
            report.repaired["unlinked documents"] = len(unlinked)
        pending = self._conn.execute("SELECT count(*) FROM events WHERE incident_id IS NULL"
                                     " AND negated = 0 AND hypothetical = 0").fetchone()[0]
        report.found["events without an incident"] = pending
        if not thorough:
            if repair and pending:
                with self._write():
                    self._link_incidents(self._unincidented())
                report.repaired["events without an incident"] = pending
            return report
        with self._write() if repair else self._read():
            for name, select, fix in _ORPHANS:
                count = self._conn.execute(f"SELECT count(*) FROM ({select})").fetchone()[0]
                report.found[name] = count
                if repair and count:
                    self._conn.execute(fix.format(select=select))
                    report.repaired[name] = count
            stale = self._conn.execute(
                "SELECT d.rowid, d.* FROM documents d WHERE d.source IS NOT NULL AND EXISTS (SELECT 1 FROM"
                " documents n WHERE n.source = d.source AND n.rowid > d.rowid) ORDER BY d.rowid").fetchall()
            report.found["older versions stored beside the newest"] = len(stale)
            if repair and stale:
                for row in stale:  # what stores before schema 5 kept of an edited document
                    newest = self._conn.execute(
                        "SELECT id FROM documents WHERE source = ? ORDER BY rowid DESC LIMIT 1",
                        (row["source"],)).fetchone()[0]
                    codes = self._actor_codes(row["id"])
                    self._conn.execute(
                        "INSERT INTO document_versions(document_id, content_hash, title, url, published, site,"
                        " path, ingested_at, replaced_at, change) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'text')",
                        (newest, row["content_hash"], row["title"], row["url"], row["published"], row["site"],
                         row["path"], row["ingested_at"], _now()))
                    self._conn.execute("DELETE FROM documents WHERE id = ?", (row["id"],))
                    self._recount_actors(codes)
                report.repaired["older versions stored beside the newest"] = len(stale)
            missing = self._missing_links(linker)
            report.found["missing contradiction links"] = len(missing)
            if repair and missing:
                self._conn.executemany(
                    "INSERT OR IGNORE INTO claim_contradictions(claim_a, claim_b) VALUES (?, ?)",
                    [pair for a, b in missing for pair in ((a, b), (b, a))])
                report.repaired["missing contradiction links"] = len(missing)
            counted = {code: m[:3] for code, m in self._actor_mentions().items()}
            stored = {r["code"]: (r["mentions"], r["first_seen"], r["last_seen"])
                      for r in self._conn.execute("SELECT code, mentions, first_seen, last_seen FROM actors")}
            wrong = sum(1 for code in set(counted) | set(stored) if counted.get(code) != stored.get(code))
            report.found["wrong actor counts"] = wrong
            if repair and wrong:
                self._recount_actors(None)
                report.repaired["wrong actor counts"] = wrong
            unsigned = [(r["id"], r["text"], r["content_hash"]) for r in self._conn.execute(
                "SELECT id, text, content_hash FROM documents d WHERE NOT EXISTS"
                " (SELECT 1 FROM document_signatures s WHERE s.document_id = d.id) ORDER BY rowid")]
            unsigned = [u for u in unsigned if self._signature(u[1], u[2]) is not None]
            report.found["documents without a text signature"] = len(unsigned)
            if repair and unsigned:
                for doc_id, text, digest in unsigned:
                    self._index_text(doc_id, text, digest)
                report.repaired["documents without a text signature"] = len(unsigned)
            empty = [r[0] for r in self._conn.execute(
                "SELECT id FROM incidents i WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.incident_id = i.id)")]
            report.found["incidents without events"] = len(empty)
            stale_dates = [r[0] for r in self._conn.execute(
                "SELECT id FROM incidents i WHERE EXISTS (SELECT 1 FROM events e WHERE e.incident_id = i.id)"
                " AND first_date IS NOT (SELECT min(e.date) FROM events e WHERE e.incident_id = i.id)")]
            report.found["incident first dates out of date"] = len(stale_dates)
            if repair:
                if empty or stale_dates:
                    self._refresh_incidents([*empty, *stale_dates])
                    if empty:
                        report.repaired["incidents without events"] = len(empty)
                    if stale_dates:
                        report.repaired["incident first dates out of date"] = len(stale_dates)
                todo = self._unincidented()
                if todo:
                    self._link_incidents(todo)
                    report.repaired["events without an incident"] = len(todo)
            stale_indexes = self._stale_query_indexes()
            report.found["query indexes out of date"] = sum(stale_indexes.values())
            if repair and stale_indexes:
                self._rebuild_query_indexes(stale_indexes)
                report.repaired["query indexes out of date"] = sum(stale_indexes.values())
        return report

    def _stale_query_indexes(self) -> dict[str, int]:
        """Schema 7's (and 9's) derived tables that disagree with the rows they index (a hand edit, another
        tool writing without our functions, foreign_keys=OFF), by table: rows missing or extra."""
        wrong: dict[str, int] = {}
        for table, columns in (("event_actors", _EVENT_ACTORS_COLUMNS), ("event_places", _EVENT_PLACES_COLUMNS)):
            expected = "SELECT * FROM (" + " UNION ALL ".join(
                select for t, select in _event_index_selects("e") if t == table) + ")"
            stored = f"SELECT {columns} FROM {table}"
            wrong[table] = self._conn.execute(
                f"SELECT (SELECT count(*) FROM ({expected} EXCEPT {stored}))"
                f" + (SELECT count(*) FROM ({stored} EXCEPT {expected}))").fetchone()[0]
        stored = ("SELECT source_actor, target_actor, cameo, plover, sum(n) FROM event_tally GROUP BY 1, 2, 3, 4"
                  " HAVING sum(n) <> 0")
        wrong["event_tally"] = self._conn.execute(
            f"SELECT (SELECT count(*) FROM ({_TALLY_SELECT} EXCEPT {stored}))"
            f" + (SELECT count(*) FROM ({stored} EXCEPT {_TALLY_SELECT}))").fetchone()[0]
        expected, stored = _EVENT_DYADS_SELECT, "SELECT a, b, event_id FROM event_dyads"
        wrong["event_dyads"] = self._conn.execute(
            f"SELECT (SELECT count(*) FROM ({expected} EXCEPT {stored}))"
            f" + (SELECT count(*) FROM ({stored} EXCEPT {expected}))").fetchone()[0]
        if self._rtree:
            points = "SELECT p.id FROM event_places p WHERE " + _HAS_POINT.format(p="p")
            wrong["event_places_rtree"] = self._conn.execute(
                f"SELECT (SELECT count(*) FROM ({points} EXCEPT SELECT id FROM event_places_rtree))"
                f" + (SELECT count(*) FROM (SELECT id FROM event_places_rtree EXCEPT {points}))").fetchone()[0]
        expected = "SELECT * FROM (" + _EVENT_ORDER_SELECT.format(r="e", frm="events e") + ")"
        stored = "SELECT undated, eff, event_id FROM event_order"
        wrong["event_order"] = self._conn.execute(
            f"SELECT (SELECT count(*) FROM ({expected} EXCEPT {stored}))"
            f" + (SELECT count(*) FROM ({stored} EXCEPT {expected}))").fetchone()[0]
        wrong["row_counts"] = sum(
            1 for table in COUNTED_TABLES
            if self._conn.execute(f"SELECT (SELECT count(*) FROM {table}) IS NOT"
                                  " (SELECT n FROM row_counts WHERE name = ?)", (table,)).fetchone()[0])
        wrong["claims_fts"] = self._conn.execute(
            "SELECT (SELECT count(*) FROM (SELECT rowid FROM claims EXCEPT SELECT rowid FROM claims_fts))"
            " + (SELECT count(*) FROM (SELECT rowid FROM claims_fts EXCEPT SELECT rowid FROM claims))").fetchone()[0]
        try:  # compares the index with the sentences it was made from
            self._conn.execute("INSERT INTO sentences_fts(sentences_fts, rank) VALUES ('integrity-check', 1)")
            wrong["sentences_fts"] = 0
        except sqlite3.DatabaseError:
            wrong["sentences_fts"] = 1
        return {table: n for table, n in wrong.items() if n}

    def _rebuild_query_indexes(self, tables: Iterable[str]) -> None:
        """Inside a write: make these derived tables again from the rows they index."""
        tables = set(tables)
        if tables & {"event_actors", "event_places", "event_places_rtree"}:
            self._conn.execute("DELETE FROM event_actors")
            self._conn.execute("DELETE FROM event_places")
            if self._rtree:
                self._conn.execute("DELETE FROM event_places_rtree")
            for statement in _event_index_inserts("e"):
                self._conn.execute(statement)
        if tables & {"event_actors", "event_dyads"}:  # (the triggers made them again above, one by one)
            self._conn.execute("DELETE FROM event_dyads")
            self._conn.execute(_EVENT_DYADS_FILL)
        if "event_tally" in tables:
            self._conn.execute("DELETE FROM event_tally")
            self._conn.execute(_TALLY_FILL)
        if "event_order" in tables:
            self._conn.execute("DELETE FROM event_order")
            self._conn.execute("INSERT INTO event_order(undated, eff, event_id) "
                               + _EVENT_ORDER_SELECT.format(r="e", frm="events e"))
        if "row_counts" in tables:
            for table in COUNTED_TABLES:
                self._conn.execute("INSERT OR REPLACE INTO row_counts(name, n) SELECT ?, count(*) FROM " + table,
                                   (table,))
        if "claims_fts" in tables:
            self._conn.execute("INSERT INTO claims_fts(claims_fts) VALUES ('delete-all')")
            self._conn.execute(_CLAIMS_FTS_FILL)
        if "sentences_fts" in tables:
            self._conn.execute("INSERT INTO sentences_fts(sentences_fts) VALUES ('rebuild')")

    def _missing_links(self, linker: Any) -> list[tuple[str, str]]:
        """Contradicting pairs among linked documents' claims that lack a link (either way)."""
        have = {(a, b) for a, b in self._conn.execute("SELECT claim_a, claim_b FROM claim_contradictions")}
        groups: dict[str, list[Claim]] = {}
        for r in self._conn.execute(
                "SELECT c.* FROM claims c JOIN documents d ON d.id = c.document_id"
                " WHERE d.linked = 1 AND c.subject IS NOT NULL ORDER BY c.subject, c.rowid"):
            groups.setdefault(r["subject"], []).append(_claim_from(r, []))
        missing = []
        for claims in groups.values():
            for i, a in enumerate(claims):
                later = claims[i + 1:]
                if later:
                    missing += [(x, y) for x, y in linker.links([a], later)
                                if (x, y) not in have or (y, x) not in have]
        return missing

    def _free_document_id(self, doc_id: str, digest: str) -> str:
        """`doc_id`, or if another document has it, `<doc_id>-<hash prefix>`."""
        candidates = chain(
            [doc_id, f"{doc_id}-{digest[:8]}", f"{doc_id}-{digest}"],
            (f"{doc_id}-{digest}-{n}" for n in range(2, 1000)),
        )
        for candidate in candidates:
            if not self._conn.execute("SELECT 1 FROM documents WHERE id = ?", (candidate,)).fetchone():
                return candidate
        raise RuntimeError(f"no free document id for {doc_id!r}")

    def _insert_document(self, doc: RawDocument, digest: str, key: str | None = None) -> None:
        self._conn.execute(
            "INSERT INTO documents(id, content_hash, title, url, published, site, path, format, text, ingested_at,"
            " source, linked) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
            (doc.id, digest, doc.title, doc.url, doc.published, doc.site, doc.path, doc.format, doc.text, _now(),
             key),
        )

    def _insert_sentences(self, result: DocumentResult) -> None:
        doc_id = result.document.id
        self._conn.executemany(
            'INSERT INTO sentences(id, document_id, idx, start, "end", text) VALUES (?, ?, ?, ?, ?, ?)',
            [(s.id, doc_id, s.index, s.start, s.end, s.text) for s in result.sentences],
        )

    def _insert_claims(self, result: DocumentResult) -> None:
        doc_id = result.document.id
        rows = []
        links = []
        for c in result.claims:
            content_span = c.content_span or (None, None)
            rows.append(
                (c.id, doc_id, c.sentence_id, c.evidence, c.span[0], c.span[1],
                 *_actor_values(c.speaker), c.cue, c.content, c.quote, int(c.direct),
                 c.stance, int(c.hedged), json.dumps(list(c.via), ensure_ascii=False), c.date,
                 content_span[0], content_span[1])
            )
            for other in c.contradicts:
                links += [(c.id, other), (other, c.id)]
        self._conn.executemany(
            "INSERT INTO claims(id, document_id, sentence_id, evidence, span_start, span_end,"
            " speaker_text, speaker_actor, speaker_country, speaker_sector, speaker_title,"
            " cue, content, quote, direct, stance, hedged, via, date, content_start, content_end)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        self._conn.executemany(
            "INSERT OR IGNORE INTO claim_contradictions(claim_a, claim_b) VALUES (?, ?)", links
        )

    def _insert_events(self, result: DocumentResult) -> None:
        doc_id = result.document.id
        rows = []
        names = []
        for e in result.events:
            trigger_span = e.trigger_span or (None, None)
            rows.append(
                (e.id, doc_id, e.sentence_id, e.evidence, e.span[0], e.span[1], e.cameo,
                 e.plover, e.plover_mode, e.goldstein, *_actor_values(e.source),
                 *_actor_values(e.target),
                 json.dumps([a.to_dict() | {"title": a.title} for a in e.participants], ensure_ascii=False),
                 e.date, e.date_text, e.date_basis,
                 json.dumps([asdict(p) for p in e.locations], ensure_ascii=False),
                 json.dumps([asdict(q) for q in e.quantities], ensure_ascii=False),
                 json.dumps(list(e.names), ensure_ascii=False),
                 int(e.negated), int(e.hypothetical), e.claim_id, e.confidence,
                 e.trigger, trigger_span[0], trigger_span[1], e.source_from, e.target_from)
            )
            names += [(e.id, i, name) for i, name in enumerate(e.names)]
        self._conn.executemany(
            "INSERT INTO events(id, document_id, sentence_id, evidence, span_start, span_end, cameo,"
            " plover, plover_mode, goldstein,"
            " source_text, source_actor, source_country, source_sector, source_title,"
            " target_text, target_actor, target_country, target_sector, target_title, participants,"
            " date, date_text, date_basis, locations, quantities, names, negated, hypothetical,"
            " claim_id, confidence, trigger, trigger_start, trigger_end, source_from, target_from)"
            " VALUES (" + ", ".join("?" * 36) + ")",
            rows,
        )
        self._conn.executemany("INSERT INTO event_names(event_id, idx, name) VALUES (?, ?, ?)", names)

    def _count_actors(self, result: DocumentResult) -> None:
        published = result.document.published
        mentions: list[tuple[Actor, str | None]] = []
        for e in result.events:
            mentions += [(a, e.date or published) for a in (e.source, e.target) if a and a.actor]
        for c in result.claims:
            if c.speaker and c.speaker.actor:
                mentions.append((c.speaker, c.date or published))
        self._conn.executemany(
            "INSERT INTO actors(code, country, sector, mentions, first_seen, last_seen)"
            " VALUES (?, ?, ?, 1, ?, ?)"
            " ON CONFLICT(code) DO UPDATE SET"
            "  country = coalesce(excluded.country, country),"
            "  sector = coalesce(excluded.sector, sector),"
            "  mentions = mentions + 1,"
            "  first_seen = min(coalesce(first_seen, excluded.first_seen), coalesce(excluded.first_seen, first_seen)),"
            "  last_seen = max(coalesce(last_seen, excluded.last_seen), coalesce(excluded.last_seen, last_seen))",
            [(a.actor, a.country, a.sector, when, when) for a, when in mentions],
        )

    def add_contradiction(self, claim_a: str, claim_b: str) -> None:
        """Record that two stored claims contradict each other (both ways; idempotent)."""
        if claim_a == claim_b:
            raise ValueError("a claim cannot contradict itself")
        with self._write() as conn:
            found = conn.execute(
                "SELECT count(*) FROM claims WHERE id IN (?, ?)", (claim_a, claim_b)
            ).fetchone()[0]
            if found != 2:
                raise KeyError(f"unknown claim id among {claim_a!r}, {claim_b!r}")
            conn.executemany(
                "INSERT OR IGNORE INTO claim_contradictions(claim_a, claim_b) VALUES (?, ?)",
                [(claim_a, claim_b), (claim_b, claim_a)],
            )

    # ------------------------------------------------------------------ events

    _EVENT_COLUMNS = (
        "SELECT e.*, d.published AS published, coalesce(e.date, d.published) AS eff_date,"
        " d.url AS doc_url, d.title AS doc_title, d.site AS doc_site, d.ingested_at AS doc_added"
    )
    _EVENT_SELECT = _EVENT_COLUMNS + " FROM events e JOIN documents d ON d.id = e.document_id"

    def _event_rows(self, limit: int | None = None, **filters: Any) -> list[sqlite3.Row]:
        """The rows of `events()`; `filters` are `_event_where`'s."""
        where = self._event_where(**filters)
        order = " ORDER BY eff_date IS NULL, eff_date, e.id"
        if limit is None:
            return self._conn.execute(self._EVENT_COLUMNS + where.events_from() + where.sql() + order,
                                      where.params).fetchall()
        # A page: find its rows by their small keys first, then read only those rows whole (sorting
        # whole rows of 100,000 matches to keep 100 is what made a page slow).
        with self._read():
            page = self._page_in_order(int(limit), filters)
            if page is None:  # few matches: find them all by the filters' indexes, sort their keys
                page = [r[0] for r in self._conn.execute(
                    "SELECT e.rowid, coalesce(e.date, d.published) AS eff_date" + where.events_from()
                    + where.sql() + order + " LIMIT ?",
                    [*where.params, int(limit)])]
            rows: dict[int, sqlite3.Row] = {}
            for start in range(0, len(page), 500):
                chunk = page[start:start + 500]
                rows.update((r["_rowid"], r) for r in self._conn.execute(
                    self._EVENT_SELECT.replace("SELECT ", "SELECT e.rowid AS _rowid, ", 1)
                    + f" WHERE e.rowid IN ({', '.join('?' * len(chunk))})", chunk))
        return [rows[i] for i in page]

    def _event_where(
        self,
        actor: str | None = None,
        dyad: tuple[str, str] | None = None,
        cameo: str | None = None,
        plover: str | None = None,
        since: str | date | None = None,
        until: str | date | None = None,
        name: str | None = None,
        document: str | None = None,
        include_negated: bool = False,
        near: str | tuple[float, float] | None = None,
        km: float = 500.0,
        location_country: str | None = None,
        text: str | None = None,
        in_order: bool = False,
    ) -> _Where:
        """The WHERE clause of the event filters (over `events e JOIN documents d`).  `in_order`:
        for a scan of event_order, which looks each event up (the actor by a correlated probe,
        no date candidates)."""
        where = _Where()
        # Actor and dyad filters go through event_actors (schema 7): one indexed row per party.
        if actor and in_order:  # the source, the target or any participant
            where.add("EXISTS (SELECT 1 FROM event_actors a WHERE a.key = ? AND a.event_id = e.id)", _actor_key(actor))
        elif actor:
            where.add("e.id IN (SELECT a.event_id FROM event_actors a WHERE a.key = ?)", _actor_key(actor))
        if dyad:  # one range of event_dyads (schema 9): the pairs the roles relate, either way
            a, b = sorted(map(_actor_key, dyad))
            if in_order:
                where.add("e.id IN (SELECT p.event_id FROM event_dyads p WHERE p.a = ? AND p.b = ?)", a, b)
            else:  # the range leads, in event id order (one row per event: a join, no IN list to build)
                where.events = "event_dyads p CROSS JOIN events e ON e.id = p.event_id"
                where.add("p.a = ? AND p.b = ?", a, b)
        if cameo:
            low, high = _prefix_range(str(cameo).strip())
            where.add("e.cameo >= ? AND e.cameo < ?", low, high)
        if plover:
            where.add("e.plover = ?", str(plover).strip())  # column is COLLATE NOCASE
        if (since or until) and not (actor or dyad or near is not None or document or text or in_order):
            self._date_candidates(where, since, until)  # the dates are what narrows: use their indexes
        _date_conditions(where, "coalesce(e.date, d.published)", since, until)
        if text:
            where.add("e.sentence_id IN (SELECT s.id FROM sentences s WHERE s.rowid IN"
                      " (SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ?))", _fts_query(text))
        if name:
            where.add(
                "EXISTS (SELECT 1 FROM event_names n WHERE n.event_id = e.id"
                " AND instr(casefold(n.name), ?) > 0)",
                name.strip().casefold(),
            )
        if document:
            where.add("e.document_id = ?", document)
        if near is not None and in_order:  # each event's own places, at the exact distance
            lat, lon = _point(near)
            distance, params = self._distance_sql(lat, lon)
            where.add(f"EXISTS (SELECT 1 FROM event_places p WHERE p.event_id = e.id AND {distance} <= ?)",
                      *params, float(km))
        elif near is not None:  # the places in a box around the point (R*Tree), then the exact distance
            lat, lon = _point(near)
            box = _box(lat, lon, float(km))
            if self._rtree:
                places = ("SELECT p.event_id FROM event_places_rtree r JOIN event_places p ON p.id = r.id"
                          " WHERE r.min_lat >= ? AND r.max_lat <= ? AND r.min_lon >= ? AND r.max_lon <= ?")
            else:  # SQLite without the R*Tree module: every place is looked at (no JSON parsed)
                places = "SELECT p.event_id FROM event_places p WHERE p.lat BETWEEN ? AND ? AND p.lon BETWEEN ? AND ?"
            distance, params = self._distance_sql(lat, lon)
            where.add(f"e.id IN ({places} AND {distance} <= ?)", *box, *params, float(km))
        if location_country:
            code = location_country.strip().upper()  # the = (NOCASE) finds by index what upper() = keeps
            where.add("e.id IN (SELECT p.event_id FROM event_places p WHERE p.country = ? AND upper(p.country) = ?)",
                      code, code)
        if not include_negated:
            where.add("e.negated = 0 AND e.hypothetical = 0")
        return where

    # A page is read in event_order when its filters' indexes count enough matches that a page
    # is expected within the first IN_ORDER_SCAN events (limit x events / matches), at least
    # IN_ORDER_FROM, and when the first SCAN_CAP events in order do hold it; else the matches are
    # found by the indexes and sorted.
    IN_ORDER_FROM = 5_000
    IN_ORDER_SCAN = 5_000
    SCAN_CAP = 20_000

    def _page_in_order(self, limit: int, filters: dict[str, Any]) -> list[int] | None:
        """The rowids of the first `limit` events matching `filters`, read in event_order and
        stopping when the page is full; None when the filters are selective (a dyad, a place, a
        text, a document, or indexes counting few matches) or the page is not within the first
        SCAN_CAP events of the order (then sorting the matches is the cheaper way); empty when
        an index counts no match at all."""
        if any(filters.get(k) for k in ("dyad", "text", "name", "document", "location_country")):
            return None
        total = self._conn.execute("SELECT n FROM row_counts WHERE name = 'events'").fetchone()[0]
        enough = max(self.IN_ORDER_FROM, limit * total // self.IN_ORDER_SCAN)
        counts = []
        if filters.get("near") is not None:  # the places within the distance (each a match or more)
            lat, lon = _point(filters["near"])
            km = float(filters.get("km", 500.0))
            box = _box(lat, lon, km)
            inside = ("SELECT p.lat, p.lon FROM event_places_rtree r JOIN event_places p ON p.id = r.id"
                      " WHERE r.min_lat >= ? AND r.max_lat <= ? AND r.min_lon >= ? AND r.max_lon <= ?" if self._rtree
                      else "SELECT p.lat, p.lon FROM event_places p WHERE p.lat BETWEEN ? AND ? AND p.lon BETWEEN ? AND ?")
            # the points in the box first (the R*Tree alone, no place read): when they are few, so
            # are the places within the distance, and reading each place to measure it is skipped
            in_box = ("SELECT 1 FROM event_places_rtree r WHERE r.min_lat >= ? AND r.max_lat <= ? AND r.min_lon >= ?"
                      " AND r.max_lon <= ?" if self._rtree else inside)
            counts.append(self._conn.execute(f"SELECT count(*) FROM ({in_box} LIMIT ?)", (*box, enough)).fetchone()[0])
            if counts[-1] >= enough:
                distance, params = self._distance_sql(lat, lon)
                counts[-1] = self._conn.execute(
                    f"SELECT count(*) FROM ({inside} AND {distance} <= ? LIMIT ?)",
                    (*box, *params, km, enough)).fetchone()[0]
        if filters.get("actor"):
            counts.append(self._actor_rows_estimate(_actor_key(filters["actor"]), enough))
        if filters.get("cameo"):
            low, high = _prefix_range(str(filters["cameo"]).strip())
            counts.append(self._conn.execute("SELECT count(*) FROM (SELECT 1 FROM events WHERE cameo >= ? AND"
                                             " cameo < ? LIMIT ?)", (low, high, enough)).fetchone()[0])
        if counts and min(counts) == 0:  # a filter nothing matches: no event does
            return []
        if counts and min(counts) < enough:
            return None
        where = self._event_where(**filters, in_order=True)
        since, until = _bound(filters.get("since"), "since"), _bound(filters.get("until"), "until")
        span = _Where()  # where a dated match can be in the order (see _date_candidates)
        for clause, value in (("o.undated = 0 AND o.eff >= ?", since and since[:4]),
                              ("o.undated = 0 AND o.eff < ?", until and _prefix_range(until)[1])):
            if value:
                span.add(clause, value)
                where.add(clause, value)
        bound = self._conn.execute("SELECT o.undated, o.eff, o.event_id FROM event_order o" + span.sql()
                                   + " ORDER BY o.undated, o.eff, o.event_id LIMIT 1 OFFSET ?",
                                   [*span.params, self.SCAN_CAP]).fetchone()
        if bound is not None:
            where.add("(o.undated, o.eff, o.event_id) <= (?, ?, ?)", *bound)
        page = [r[0] for r in self._conn.execute(
            "SELECT e.rowid FROM event_order o CROSS JOIN events e ON e.id = o.event_id"
            " JOIN documents d ON d.id = e.document_id" + where.sql()
            + " ORDER BY o.undated, o.eff, o.event_id LIMIT ?", [*where.params, limit])]
        return page if len(page) == limit or bound is None else None

    def _distance_sql(self, lat: float, lon: float) -> tuple[str, list[float]]:
        """SQL for `_distance_km` from place `p` to (lat, lon), and its parameters."""
        if self._math:
            return _DISTANCE_SQL, [lat, lat, lon]
        return "distance_km(p.lat, p.lon, ?, ?)", [lat, lon]

    def _actor_rows_estimate(self, key: str, cap: int = 200_000) -> int:
        """How many event_actors rows a key has (up to `cap`): counted on its clustered range."""
        return self._conn.execute("SELECT count(*) FROM (SELECT 1 FROM event_actors WHERE key = ? LIMIT ?)",
                                  (key, cap)).fetchone()[0]

    @staticmethod
    def _date_candidates(where: _Where, since: Any, until: Any) -> None:
        """Narrow by the date indexes (events.date, documents.published) to a superset of what
        `_date_conditions` keeps: a date at any precision passing `since` is at least its year,
        one passing `until` sorts before the string after `until`."""
        since, until = _bound(since, "since"), _bound(until, "until")
        ranges, params = [], []
        if since:
            ranges.append("{col} >= ?")
            params.append(since[:4])
        if until:
            ranges.append("{col} < ?")
            params.append(_prefix_range(until)[1])
        dated = " AND ".join(r.format(col="x.date") for r in ranges)
        published = " AND ".join(r.format(col="p.published") for r in ranges)
        # CROSS JOIN: from the documents published in range to their undated events, not the reverse
        where.add(f"e.rowid IN (SELECT x.rowid FROM events x WHERE {dated} UNION ALL SELECT x.rowid FROM documents p"
                  f" CROSS JOIN events x ON x.document_id = p.id WHERE {published} AND x.date IS NULL)",
                  *params, *params)

    def events(
        self,
        actor: str | None = None,
        dyad: tuple[str, str] | None = None,
        cameo: str | None = None,
        plover: str | None = None,
        since: str | date | None = None,
        until: str | date | None = None,
        name: str | None = None,
        document: str | None = None,
        include_negated: bool = False,
        near: str | tuple[float, float] | None = None,
        km: float = 500.0,
        location_country: str | None = None,
        text: str | None = None,
        limit: int | None = None,
    ) -> list[Event]:
        """Events matching all given filters, ordered by date then id.

        Filters: actor, dyad=(A, B), cameo (code prefix), plover (type,
        case-insensitive), since/until (ISO dates, inclusive), name (substring
        of any name), document (id), include_negated (default False: negated
        and hypothetical events are left out), near (a place name or (lat, lon))
        within km, location_country (ISO-3 of a place of the event), text (words of
        the sentence, an SQLite FTS5 query: `drone strike`, `"drone strike"`, `drone*`), limit.
        """
        rows = self._event_rows(
            actor=actor, dyad=dyad, cameo=cameo, plover=plover, since=since, until=until,
            name=name, document=document, include_negated=include_negated, near=near, km=km,
            location_country=location_country, text=text, limit=limit,
        )
        return [_event_from(row) for row in rows]

    def events_df(self, preset: str | None = None, corroboration: bool = True, **filters: Any) -> pandas.DataFrame:
        """`events()` as a flat DataFrame, one row per event; same filters.

        `date` is the event's own date, `published` the document's; `names`
        and `locations` are "; "-joined strings.  Each row also carries its date's precision,
        start and end and its incident's corroboration (eventwire/exports.py; `corroboration=False`
        leaves those counts empty and skips reading the incidents); `preset`
        ("gdelt" or "plover") names and codes the columns as that dataset does.
        """
        import pandas

        records = []
        rows = self._event_rows(**filters)
        names = rows[0].keys() if rows else []
        for row in rows:
            row = dict(zip(names, row))  # (a dict reads by name faster than sqlite3.Row)
            record = {col: row[col] for col in _STORED_EVENT_DF_COLUMNS}
            record["participants"] = "; ".join(a["actor"] or a["text"] for a in _json_list(row["participants"]))
            record["names"] = "; ".join(_json_list(row["names"]))
            locations = _json_list(row["locations"])
            record["locations"] = "; ".join(p["name"] for p in locations)
            record["quantities"] = "; ".join(f"{q['value']:g} {q['unit']}" for q in _json_list(row["quantities"]))
            record["negated"] = bool(row["negated"])
            record["hypothetical"] = bool(row["hypothetical"])
            # what an analysis needs without a join: where the report is, what it is, where it happened
            places = [p for p in locations if p.get("lat") is not None]
            record.update({
                "url": row["doc_url"], "title": row["doc_title"],
                "outlet": row["doc_site"] or (urlsplit(row["doc_url"]).hostname if row["doc_url"] else None),
                "latitude": places[0]["lat"] if places else None, "longitude": places[0]["lon"] if places else None,
                "cameo_root": (row["cameo"] or "")[:2], "quad_class": quad_class(row["cameo"]),
                "date_basis": row["date_basis"], "trigger": row["trigger"],
                "place": places[0]["name"] if places else None,
                "place_country": places[0].get("country") if places else None, "added": row["doc_added"],
            })
            records.append(record)
        from . import exports

        frame = pandas.DataFrame.from_records(records, columns=EVENT_DF_COLUMNS)
        wanted = sorted({r["incident_id"] for r in records if r["incident_id"]}) if corroboration else []
        with self._read():  # the incidents of these events only (a page of events stays cheap)
            corroboration = self._corroboration(wanted)
        frame = exports.add_export_columns(frame, corroboration)
        return exports.to_preset(frame, preset, "events") if preset else frame

    def dyad(self, a: str, b: str, by: str = "month", window: int = 3, **filters: Any) -> pandas.DataFrame:
        """How the relation between `a` and `b` evolved, counted over incidents (one real-world
        happening however many reports it has), in each direction: per period (a pandas
        PeriodIndex of weeks, months or years, empty periods filled with zeros), the incidents
        of each quad class ("a>b q1".."a>b q4", GDELT's quad classes), their net Goldstein score
        ("a>b goldstein", the sum of each incident's mean) and its moving average over `window`
        periods ("a>b goldstein ma"); the same for b>a. Dates coarser than the period (a year
        when counting months) are left out. Other filters as in `events()`."""
        import pandas

        freq = {"week": "W", "month": "M", "year": "Y"}.get(by)
        if freq is None:
            raise ValueError(f"by: expected week, month or year, got {by!r}")
        need = {"week": 10, "month": 7, "year": 4}[by]
        frame = self.events_df(dyad=(a, b), **filters)
        rows = []
        if not frame.empty:
            frame = frame.assign(when=frame["date"].fillna(frame["published"]),
                                 incident=frame["incident_id"].fillna(frame["id"]))
            frame = frame[frame["when"].fillna("").str.len() >= need].sort_values("when")
            for _, group in frame.groupby("incident", sort=False):
                first = group.iloc[0]
                src = str(first["source_country"] or first["source_actor"] or "")
                tgt = str(first["target_country"] or first["target_actor"] or "")
                direction = f"{a}>{b}" if src.startswith(a) or tgt.startswith(b) and not src.startswith(b) \
                    else f"{b}>{a}"
                rows.append({"period": pandas.Period(first["when"][:need], freq=freq), "direction": direction,
                             "quad": first["quad_class"], "goldstein": group["goldstein"].mean()})
        columns = [f"{d} {k}" for d in (f"{a}>{b}", f"{b}>{a}")
                   for k in ("q1", "q2", "q3", "q4", "goldstein", "goldstein ma")]
        if not rows:
            return pandas.DataFrame(columns=columns, index=pandas.PeriodIndex([], freq=freq, name="period"))
        incidents = pandas.DataFrame(rows)
        index = pandas.period_range(incidents["period"].min(), incidents["period"].max(), freq=freq, name="period")
        out = pandas.DataFrame(index=index)
        for d in (f"{a}>{b}", f"{b}>{a}"):
            mine = incidents[incidents["direction"] == d]
            for q in (1, 2, 3, 4):
                out[f"{d} q{q}"] = mine[mine["quad"] == q].groupby("period").size().reindex(index, fill_value=0)
            out[f"{d} goldstein"] = mine.groupby("period")["goldstein"].sum().reindex(index, fill_value=0.0)
            out[f"{d} goldstein ma"] = out[f"{d} goldstein"].rolling(window, min_periods=1).mean()
        return out[columns]

    def timeline(self, by: str = "month", **filters: Any) -> pandas.DataFrame:
        """How a relationship evolved: events per period (by "year", "month" or "day" of the
        event's date, else its document's), with the mean Goldstein score and the count per
        PLOVER type as columns; same filters as `events()`."""
        import pandas

        width = {"year": 4, "month": 7, "day": 10}.get(by)
        if width is None:
            raise ValueError(f"timeline by {by!r}: use year, month or day")
        # Counted in SQL per (period, PLOVER type); only those few rows reach pandas.
        where = self._event_where(**filters)
        period = f"substr(coalesce(e.date, d.published, ''), 1, {width})"
        where.add(f"length({period}) = {width}")
        rows = self._conn.execute(
            f"SELECT {period} AS period, coalesce(e.plover, '-') COLLATE BINARY AS plover, count(*) AS n,"
            " total(e.goldstein) AS g, count(e.goldstein) AS gn" + where.events_from()
            + where.sql() + " GROUP BY 1, 2", where.params).fetchall()
        columns = ["period", "events", "goldstein"]
        if not rows:
            return pandas.DataFrame(columns=columns)
        frame = pandas.DataFrame.from_records([tuple(r) for r in rows], columns=["period", "plover", "n", "g", "gn"])
        summary = frame.groupby("period").agg(events=("n", "sum"), g=("g", "sum"), gn=("gn", "sum"))
        summary["goldstein"] = summary["g"] / summary["gn"].where(summary["gn"] > 0)
        # (each (period, type) is one row already: unstacked, not pivoted, which sums them again)
        types = frame.set_index(["period", "plover"])["n"].unstack(fill_value=0)
        out = summary[["events", "goldstein"]].join(types).reset_index()
        out["goldstein"] = out["goldstein"].round(2)
        return out

    # ------------------------------------------------------------------ incidents

    def incidents(self, limit: int | None = None, **filters: Any) -> list[Incident]:
        """Incidents with at least one event matching the `events()` filters, ordered by date
        then id; each carries all its reports (not only the matching ones) and their
        corroboration: documents, outlets, first and last reported, claim-only."""
        with self._read():
            filters.pop("include_negated", None)  # negated and hypothetical events have no incident
            where = self._event_where(**filters)
            where.add("e.incident_id IS NOT NULL")
            sql = ("SELECT e.incident_id, min(coalesce(e.date, d.published)) AS eff" + where.events_from() + where.sql()
                   + " GROUP BY e.incident_id ORDER BY eff IS NULL, eff, e.incident_id")
            if limit is not None:
                sql += " LIMIT ?"
                where.params.append(int(limit))
            ids = [r[0] for r in self._conn.execute(sql, where.params)]
            return self._incidents_by_id(ids)

    def _incidents_by_id(self, ids: list[str]) -> list[Incident]:
        """Inside a read: these incidents, in this order, each with all its reports and copies."""
        members: dict[str, list[sqlite3.Row]] = {i: [] for i in ids}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            for row in self._conn.execute(
                    "SELECT e.*, d.published AS published, d.url AS doc_url, d.title AS doc_title,"
                    " d.site AS doc_site, c.speaker_text AS claim_speaker, c.speaker_actor AS claim_actor"
                    " FROM events e JOIN documents d ON d.id = e.document_id"
                    " LEFT JOIN claims c ON c.id = e.claim_id WHERE e.incident_id IN ("
                    + ", ".join("?" * len(chunk)) + ") ORDER BY d.published IS NULL, d.published, e.rowid",
                    chunk):
                members[row["incident_id"]].append(row)
        copies = self._copies_of({r["document_id"] for rows in members.values() for r in rows})
        from .link.incidents import summarise

        return [summarise(i, [(_event_from(r), _report(r)) for r in members[i]], copies) for i in ids]

    def _corroboration(self, ids: list[str]) -> pandas.DataFrame:
        """Inside a read: the counts events_df takes from these incidents (reports, outlets,
        independent_outlets, articles, first_reported, last_reported, indexed by id), as
        `link.incidents.summarise` counts them, from each report's document and the documents'
        copies only: building whole incidents (every event parsed) took half of a 743-row answer."""
        import pandas

        from .exports import _articles
        from .link.incidents import outlet

        reports: dict[str, list[tuple[str, str | None, str | None]]] = {i: [] for i in ids}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            for incident, document, published, site, url in self._conn.execute(
                    "SELECT e.incident_id, e.document_id, d.published, d.site, d.url FROM events e"
                    " JOIN documents d ON d.id = e.document_id WHERE e.incident_id IN ("
                    + ", ".join("?" * len(chunk)) + ")", chunk):
                reports[incident].append((document, published, outlet(site, url)))
        copies = self._copies_of({d for rows in reports.values() for d, _, _ in rows})
        records = []
        for i in ids:
            documents = list(dict.fromkeys(d for d, _, _ in reports[i] if d))
            copied = [c for d in documents for c in copies.get(d, [])]
            own = {o for _, _, o in reports[i] if o}
            published = sorted(p for p in chain((p for _, p, _ in reports[i]), (c["published"] for c in copied)) if p)
            records.append((i, len(reports[i]), len(own | {c["outlet"] for c in copied if c["outlet"]}), len(own),
                            _articles("; ".join(documents), len(copied)),
                            published[0] if published else None, published[-1] if published else None))
        return pandas.DataFrame.from_records(records, columns=[
            "id", "reports", "outlets", "independent_outlets", "articles", "first_reported", "last_reported"]
        ).set_index("id")

    def _copies_of(self, documents: Iterable[str]) -> dict[str, list[dict[str, Any]]]:
        """The stored copies of these documents (other outlets' reposts), by document id, first
        published first."""
        ids = sorted(documents)
        copies: dict[str, list[dict[str, Any]]] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            for row in self._conn.execute(
                    "SELECT document_id, source, title, url, published, site FROM document_copies WHERE document_id IN ("
                    + ", ".join("?" * len(chunk)) + ") ORDER BY published IS NULL, published, id", chunk):
                copies.setdefault(row["document_id"], []).append(_copy(row))
        return copies

    def incidents_df(self, preset: str | None = None, **filters: Any) -> pandas.DataFrame:
        """`incidents()` as a flat DataFrame, one row per incident; same filters.  Lists
        (participants, locations, names, outlet_names, documents, claimed_by) are "; "-joined;
        `reports` and `outlets` are counts; date precision, start and end, CAMEO root and quad
        class are added (eventwire/exports.py); `preset` ("gdelt" or "plover") names and codes
        the columns as that dataset does."""
        from . import exports

        frame = exports.add_export_columns(self._incident_frame(self.incidents(**filters)))
        return exports.to_preset(frame, preset, "incidents") if preset else frame

    @staticmethod
    def _incident_frame(incidents: list[Incident]) -> pandas.DataFrame:
        import pandas

        records = []
        for incident in incidents:
            d = incident.to_dict()
            record = {col: d[col] for col in INCIDENT_DF_COLUMNS}
            for col in ("participants", "locations", "names", "outlet_names", "documents", "claimed_by"):
                record[col] = "; ".join(d[col])
            record["copies"] = len(d["copies"])
            records.append(record)
        return pandas.DataFrame.from_records(records, columns=INCIDENT_DF_COLUMNS)

    # ------------------------------------------------------------------ claims

    def _claim_rows(
        self,
        speaker: str | None = None,
        actor: str | None = None,
        stance: str | None = None,
        contradicted: bool | None = None,
        since: str | date | None = None,
        until: str | date | None = None,
        document: str | None = None,
        about: str | None = None,
        limit: int | None = None,
    ) -> list[sqlite3.Row]:
        where = _Where()
        words = [word.casefold() for word in (about or "").split()]
        # Candidates from the trigram index of the case-folded content (schema 7: words of 3+
        # characters), then the exact test: every word, anywhere in the content.
        indexed = [w for w in words if len(w) >= 3]
        if indexed:
            where.add("c.rowid IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH ?)",
                      " ".join('"' + w.replace('"', '""') + '"' for w in indexed))
        for word in words:
            where.add("instr(casefold(c.content), ?) > 0", word)
        if speaker:
            needle = speaker.strip().casefold()
            where.add(
                "(instr(casefold(c.speaker_text), ?) > 0 OR instr(casefold(c.speaker_title), ?) > 0)",
                needle, needle,
            )
        if actor:
            clause, params = _actor_condition(("c.speaker_actor", "c.speaker_country"), actor)
            where.add(clause, *params)
        if stance:
            where.add("c.stance = ?", str(stance).strip())  # column is COLLATE NOCASE
        if contradicted is not None:
            exists = "EXISTS (SELECT 1 FROM claim_contradictions x WHERE x.claim_a = c.id)"
            where.add(exists if contradicted else f"NOT {exists}")
        _date_conditions(where, "coalesce(c.date, d.published)", since, until)
        if document:
            where.add("c.document_id = ?", document)
        sql = (
            "SELECT c.*, d.published AS published, coalesce(c.date, d.published) AS eff_date"
            " FROM claims c JOIN documents d ON d.id = c.document_id"
            + where.sql()
            + " ORDER BY eff_date IS NULL, eff_date, c.id"
        )
        if limit is not None:
            sql += " LIMIT ?"
            where.params.append(int(limit))
        return self._conn.execute(sql, where.params).fetchall()

    def _contradictions(self, claim_ids: Iterable[str]) -> dict[str, list[str]]:
        ids = list(claim_ids)
        out: dict[str, list[str]] = {cid: [] for cid in ids}
        for start in range(0, len(ids), 500):  # stay under SQLite's variable limit
            chunk = ids[start:start + 500]
            rows = self._conn.execute(
                "SELECT claim_a, claim_b FROM claim_contradictions WHERE claim_a IN ("
                + ", ".join("?" * len(chunk)) + ") ORDER BY rowid",
                chunk,
            )
            for a, b in rows:
                out[a].append(b)
        return out

    def claims(
        self,
        speaker: str | None = None,
        actor: str | None = None,
        stance: str | None = None,
        contradicted: bool | None = None,
        since: str | date | None = None,
        until: str | date | None = None,
        document: str | None = None,
        about: str | None = None,
        limit: int | None = None,
    ) -> list[Claim]:
        """Claims matching all given filters, ordered by date then id.

        Filters: speaker (substring of speaker text or title, case-insensitive),
        actor (speaker's actor code), stance, contradicted (True: only claims
        with a contradiction; False: only those without), since/until,
        document, about (every word of it in the content, case-insensitive),
        limit.  Each claim's `contradicts` is filled in.
        """
        with self._read():
            rows = self._claim_rows(
                speaker=speaker, actor=actor, stance=stance, contradicted=contradicted,
                since=since, until=until, document=document, about=about, limit=limit,
            )
            links = self._contradictions(row["id"] for row in rows)
            counts = self._claim_corroboration(rows)
        found = [_claim_from(row, links[row["id"]]) for row in rows]
        for claim in found:
            claim.corroboration = counts[claim.id]
        return found

    def claims_df(self, **filters: Any) -> pandas.DataFrame:
        """`claims()` as a flat DataFrame, same filters; `via` and `contradicts` are "; "-joined."""
        import pandas

        with self._read():
            rows = self._claim_rows(**filters)
            links = self._contradictions(row["id"] for row in rows)
            counts = self._claim_corroboration(rows)
        records = []
        for row in rows:
            record = {col: row[col] for col in CLAIM_DF_COLUMNS if col not in ("via", "contradicts")}
            record["via"] = "; ".join(_json_list(row["via"]))
            record["contradicts"] = "; ".join(links[row["id"]])
            for flag in ("direct", "hedged"):
                record[flag] = bool(row[flag])
            record.update(counts[row["id"]])
            records.append(record)
        from .link.claims import COLUMNS

        return pandas.DataFrame.from_records(records, columns=[*CLAIM_DF_COLUMNS, *COLUMNS])

    def _claim_corroboration(self, rows: list[sqlite3.Row]) -> dict[str, dict[str, Any]]:
        """Inside a read: per claim id, the same claim across documents (eventwire/link/claims.py)."""
        from .link.claims import claim_key, corroboration

        keys = {row["id"]: claim_key(row["speaker_actor"], row["speaker_text"], row["content"]) for row in rows}
        contents = sorted({row["content"].casefold() for row in rows if row["content"]})
        reports: dict[tuple[str, str], list[dict[str, Any]]] = {}
        for start in range(0, len(contents), 500):
            chunk = contents[start:start + 500]
            # candidates by the trigram index (schema 7): claims holding the first 40 characters of
            # one of these contents; the exact test then runs on those only
            candidates, params = "", []
            if all(len(c) >= 3 for c in chunk):
                candidates = " c.rowid IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH ?) AND"
                params = [" OR ".join('"' + c[:40].replace('"', '""') + '"' for c in chunk)]
            for r in self._conn.execute(
                    "SELECT c.speaker_actor, c.speaker_text, c.content, c.document_id, d.url, d.site, d.published"
                    f" FROM claims c JOIN documents d ON d.id = c.document_id WHERE{candidates} casefold(c.content) IN ("
                    + ", ".join("?" * len(chunk)) + ")", [*params, *chunk]):
                key = claim_key(r["speaker_actor"], r["speaker_text"], r["content"])
                if key:
                    reports.setdefault(key, []).append({"document": r["document_id"], "url": r["url"],
                                                        "site": r["site"], "published": r["published"]})
        copies = self._copies_of({r["document"] for found in reports.values() for r in found})
        own = {}
        for row in rows:  # a claim without speaker or content is only its own report
            if not keys[row["id"]]:
                doc = self._conn.execute("SELECT url, site FROM documents WHERE id = ?", (row["document_id"],)).fetchone()
                own[row["id"]] = [{"document": row["document_id"], "url": doc["url"], "site": doc["site"],
                                   "published": row["published"]}]
        return {cid: corroboration(reports.get(key, []) if key else own[cid], copies) for cid, key in keys.items()}

    # ------------------------------------------------------------------ documents

    def document(self, doc_id: str) -> DocumentResult | None:
        """One stored document with its sentences, events and claims, in stored order."""
        with self._read() as conn:
            row = conn.execute("SELECT * FROM documents WHERE id = ?", (doc_id,)).fetchone()
            if row is None:
                return None
            sentences = [
                Sentence(id=s["id"], index=s["idx"], start=s["start"], end=s["end"], text=s["text"])
                for s in conn.execute(
                    "SELECT * FROM sentences WHERE document_id = ? ORDER BY idx, rowid", (doc_id,)
                )
            ]
            events = [
                _event_from(e)
                for e in conn.execute(
                    "SELECT * FROM events WHERE document_id = ? ORDER BY rowid", (doc_id,)
                )
            ]
            claim_rows = conn.execute(
                "SELECT * FROM claims WHERE document_id = ? ORDER BY rowid", (doc_id,)
            ).fetchall()
            links = self._contradictions(c["id"] for c in claim_rows)
        claims = [_claim_from(c, links[c["id"]]) for c in claim_rows]
        return DocumentResult(document=_document_from(row), sentences=sentences, events=events, claims=claims)

    def documents(self, limit: int | None = None) -> list[RawDocument]:
        """Stored documents (with text), in the order they were added."""
        sql = "SELECT * FROM documents ORDER BY rowid"
        params: list[Any] = []
        if limit is not None:
            sql += " LIMIT ?"
            params.append(int(limit))
        return [_document_from(row) for row in self._conn.execute(sql, params)]

    # ------------------------------------------------------------------ summary

    def stats(self, top: int = 10) -> dict[str, Any]:
        """Counts and top lists.  The top lists cover asserted events only
        (not negated, not hypothetical), like `events()` by default."""
        with self._read() as conn:
            def count(table: str) -> int:
                if table in COUNTED_TABLES:
                    return conn.execute("SELECT n FROM row_counts WHERE name = ?", (table,)).fetchone()[0]
                return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]

            out: dict[str, Any] = {
                "schema_version": self.schema_version(),
                "documents": count("documents"),
                "sentences": count("sentences"),
                "events": count("events"),
                "events_asserted": conn.execute("SELECT coalesce(sum(n), 0) FROM event_tally").fetchone()[0],
                "claims": count("claims"),
                "contradictions": conn.execute(
                    "SELECT count(*) FROM claim_contradictions WHERE claim_a < claim_b"
                ).fetchone()[0],
                "actors": count("actors"),
                "incidents": count("incidents"),
                "copies": count("document_copies"),
            }
            # min and max of coalesce(event date, published): the dated events' ends by the date
            # index, and the earliest and latest document with an undated event by published
            def end(agg: str, order: str) -> list[str]:
                dated = conn.execute(f"SELECT {agg}(date) FROM events").fetchone()[0]
                undated = conn.execute(
                    "SELECT published FROM documents doc WHERE published IS NOT NULL AND EXISTS (SELECT 1 FROM"
                    f" events e WHERE e.document_id = doc.id AND e.date IS NULL) ORDER BY published {order} LIMIT 1"
                ).fetchone()
                return [v for v in (dated, undated and undated[0]) if v is not None]

            firsts, lasts = end("min", "ASC"), end("max", "DESC")
            first, last = min(firsts, default=None), max(lasts, default=None)
            out["date_range"] = {"first": first, "last": last}
            # the top lists from event_tally (schema 9): asserted events counted per dyad, code and type
            out["top_dyads"] = [
                {"source": s, "target": t, "count": n}
                for s, t, n in conn.execute(
                    "SELECT source_actor, target_actor, sum(n) AS c FROM event_tally"
                    " WHERE source_actor IS NOT NULL AND target_actor IS NOT NULL"
                    " GROUP BY source_actor, target_actor HAVING c > 0 ORDER BY c DESC, source_actor, target_actor"
                    " LIMIT ?",
                    (top,),
                )
            ]
            roots: dict[str, int] = {}  # counted per code, then per root
            for code, n in conn.execute("SELECT cameo, sum(n) AS c FROM event_tally GROUP BY cameo HAVING c > 0"):
                roots[code[:2]] = roots.get(code[:2], 0) + n
            out["top_cameo_roots"] = [{"cameo": root, "count": n}
                                      for root, n in sorted(roots.items(), key=lambda rn: (-rn[1], rn[0]))[:top]]
            out["top_plover"] = [
                {"plover": p, "count": n}
                for p, n in conn.execute(
                    "SELECT plover, sum(n) AS c FROM event_tally WHERE plover IS NOT NULL"
                    " GROUP BY plover HAVING c > 0 ORDER BY c DESC, plover LIMIT ?",
                    (top,),
                )
            ]
            out["top_actors"] = [
                dict(row)
                for row in conn.execute(
                    "SELECT code, country, sector, mentions, first_seen, last_seen FROM actors"
                    " ORDER BY mentions DESC, code LIMIT ?",
                    (top,),
                )
            ]
        return out


# ---------------------------------------------------------------------- versions and checks


def _same_source(row: sqlite3.Row, doc: RawDocument, key: str | None) -> bool:
    """Whether a stored document and a new read of the same text come from the same place
    (same source key, or same URL, or same file path), so that the new metadata applies."""
    if key is not None and row["source"] == key:
        return True
    if doc.url and row["url"] == doc.url:
        return True
    return bool(doc.path) and doc.format not in ("jsonl", "feed") and row["path"] == doc.path


def _merge_metadata(row: sqlite3.Row, doc: RawDocument) -> RawDocument:
    """`doc` with the stored values where it has none (a new read without `--published`
    does not erase the date an earlier one gave)."""
    return replace(doc, **{f: getattr(doc, f) if getattr(doc, f) not in (None, "") else row[f]
                           for f in METADATA_FIELDS})


def _default_linker() -> Any:
    from .actors import default_resolver
    from .pipeline import ClaimLinker

    return ClaimLinker(None, default_resolver())


# Orphan rows: (what, a SELECT of their rowids, the repair). Foreign keys keep these from
# happening through the Store; a hand edit, another tool or foreign_keys=OFF can leave them.
_ORPHANS: list[tuple[str, str, str]] = [
    ("sentences without a document",
     "SELECT s.rowid FROM sentences s WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = s.document_id)",
     "DELETE FROM sentences WHERE rowid IN ({select})"),
    ("claims without a document or sentence",
     "SELECT c.rowid FROM claims c WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = c.document_id)"
     " OR NOT EXISTS (SELECT 1 FROM sentences s WHERE s.id = c.sentence_id)",
     "DELETE FROM claims WHERE rowid IN ({select})"),
    ("events without a document or sentence",
     "SELECT e.rowid FROM events e WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = e.document_id)"
     " OR NOT EXISTS (SELECT 1 FROM sentences s WHERE s.id = e.sentence_id)",
     "DELETE FROM events WHERE rowid IN ({select})"),
    ("event names without an event",
     "SELECT n.rowid FROM event_names n WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.id = n.event_id)",
     "DELETE FROM event_names WHERE rowid IN ({select})"),
    ("events citing a missing claim",
     "SELECT e.rowid FROM events e WHERE e.claim_id IS NOT NULL"
     " AND NOT EXISTS (SELECT 1 FROM claims c WHERE c.id = e.claim_id)",
     "UPDATE events SET claim_id = NULL WHERE rowid IN ({select})"),
    ("contradiction links to a missing claim",
     "SELECT x.rowid FROM claim_contradictions x WHERE NOT EXISTS (SELECT 1 FROM claims c WHERE c.id = x.claim_a)"
     " OR NOT EXISTS (SELECT 1 FROM claims c WHERE c.id = x.claim_b)",
     "DELETE FROM claim_contradictions WHERE rowid IN ({select})"),
    ("events citing a missing incident",
     "SELECT e.rowid FROM events e WHERE e.incident_id IS NOT NULL"
     " AND NOT EXISTS (SELECT 1 FROM incidents i WHERE i.id = e.incident_id)",
     "UPDATE events SET incident_id = NULL WHERE rowid IN ({select})"),
    ("negated or hypothetical events in an incident",
     "SELECT e.rowid FROM events e WHERE e.incident_id IS NOT NULL AND (e.negated <> 0 OR e.hypothetical <> 0)",
     "UPDATE events SET incident_id = NULL WHERE rowid IN ({select})"),
    ("versions without a document",
     "SELECT v.id FROM document_versions v WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = v.document_id)",
     "DELETE FROM document_versions WHERE id IN ({select})"),
]


@dataclass
class CheckReport:
    """What `Store.check` found (problem -> count) and, with repair, fixed."""

    path: str
    thorough: bool = True
    integrity: list[str] | None = None  # PRAGMA integrity_check's lines; None: not run
    found: dict[str, int] = field(default_factory=dict)
    repaired: dict[str, int] = field(default_factory=dict)

    @property
    def intact(self) -> bool:
        return self.integrity is None or self.integrity == ["ok"]

    @property
    def clean(self) -> bool:
        """Nothing wrong was found."""
        return self.intact and not any(self.found.values())

    @property
    def fixed(self) -> bool:
        """Everything found was repaired (or nothing was wrong)."""
        return self.intact and all(self.repaired.get(k, 0) >= n for k, n in self.found.items())

    def lines(self) -> list[str]:
        out = []
        if self.integrity is not None:
            out.append("integrity: " + ("ok" if self.intact else "; ".join(self.integrity[:10])))
        for name, count in self.found.items():
            fixed = self.repaired.get(name, 0)
            out.append(f"{name}: {count}" + (f" (repaired {fixed})" if fixed else ""))
        problems = sum(self.found.values()) + (0 if self.intact else 1)
        if self.clean:
            out.append(f"{self.path}: clean")
        elif self.fixed and self.repaired:
            out.append(f"{self.path}: {problems} problem(s) found, all repaired")
        else:
            hint = "" if self.repaired or not self.intact else " (run with --repair to fix)"
            out.append(f"{self.path}: {problems} problem(s) found{hint}")
        return out


# ---------------------------------------------------------------------- rebuilding records


def _json_list(value: str) -> list[Any]:
    """A stored JSON list; most are empty, and parsing '[]' costs as much as a short list."""
    return [] if value == "[]" else json.loads(value)


def _document_from(row: sqlite3.Row) -> RawDocument:
    return RawDocument(
        id=row["id"], text=row["text"], title=row["title"], url=row["url"],
        published=row["published"], site=row["site"], path=row["path"], format=row["format"],
    )


def _event_from(row: sqlite3.Row) -> Event:
    return Event(
        id=row["id"],
        sentence_id=row["sentence_id"],
        evidence=row["evidence"],
        span=(row["span_start"], row["span_end"]),
        cameo=row["cameo"],
        plover=row["plover"],
        plover_mode=row["plover_mode"],
        goldstein=row["goldstein"],
        source=_actor_from(row, "source"),
        target=_actor_from(row, "target"),
        participants=[Actor(a["text"], a.get("actor"), a.get("country"), a.get("sector"), a.get("title"))
                      for a in _json_list(row["participants"])],
        date=row["date"],
        date_text=row["date_text"],
        date_basis=row["date_basis"],
        locations=[_place(p) for p in _json_list(row["locations"])],
        quantities=[_quantity(q) for q in _json_list(row["quantities"])],
        names=_json_list(row["names"]),
        negated=bool(row["negated"]),
        hypothetical=bool(row["hypothetical"]),
        claim_id=row["claim_id"],
        confidence=row["confidence"],
        trigger=row["trigger"],
        trigger_span=_span(row["trigger_start"], row["trigger_end"]),
        source_from=row["source_from"],
        target_from=row["target_from"],
        incident_id=row["incident_id"] if "incident_id" in row.keys() else None,
    )


def _report(row: sqlite3.Row) -> dict[str, Any]:
    """Where an incident's event was reported: its document and, for a claim, whose."""
    from .link.incidents import outlet

    return {
        "event": row["id"], "sentence": row["sentence_id"], "document": row["document_id"],
        "url": row["doc_url"], "title": row["doc_title"], "outlet": outlet(row["doc_site"], row["doc_url"]),
        "published": row["published"], "evidence": row["evidence"],
        "claim": row["claim_id"], "claimed_by": (row["claim_actor"] or row["claim_speaker"]) if row["claim_id"] else None,
    }


def _copy(row: sqlite3.Row) -> dict[str, Any]:
    from .link.incidents import outlet

    return {"copy_of": row["document_id"], "source": row["source"], "url": row["url"], "title": row["title"],
            "outlet": outlet(row["site"], row["url"]), "published": row["published"]}


def _claim_from(row: sqlite3.Row, contradicts: list[str]) -> Claim:
    return Claim(
        id=row["id"],
        sentence_id=row["sentence_id"],
        evidence=row["evidence"],
        span=(row["span_start"], row["span_end"]),
        speaker=_actor_from(row, "speaker"),
        cue=row["cue"],
        content=row["content"],
        quote=row["quote"],
        direct=bool(row["direct"]),
        stance=row["stance"],
        hedged=bool(row["hedged"]),
        via=_json_list(row["via"]),
        date=row["date"],
        contradicts=list(contradicts),
        content_span=_span(row["content_start"], row["content_end"]),
    )


def _renamed(result: DocumentResult, new_id: str) -> DocumentResult:
    """A copy of `result` under document id `new_id`, child ids rewritten to match.

    Ids that start with the old document id get the new one in its place;
    others are prefixed with the new id.  References inside the document
    (sentence_id, claim_id, contradicts) follow; references to other
    documents' claims are left alone.  The caller's object is not modified.
    """
    old_id = result.document.id

    def rename(child_id: str) -> str:
        if child_id.startswith(old_id):
            return new_id + child_id[len(old_id):]
        return f"{new_id}/{child_id}"

    ids = {x.id: rename(x.id) for x in [*result.sentences, *result.events, *result.claims]}

    def ref(x: str | None) -> str | None:
        return ids.get(x, x) if x is not None else None

    return DocumentResult(
        document=replace(result.document, id=new_id),
        sentences=[replace(s, id=ids[s.id]) for s in result.sentences],
        events=[
            replace(e, id=ids[e.id], sentence_id=ref(e.sentence_id), claim_id=ref(e.claim_id))
            for e in result.events
        ],
        claims=[
            replace(c, id=ids[c.id], sentence_id=ref(c.sentence_id), contradicts=[ref(x) for x in c.contradicts])
            for c in result.claims
        ],
    )
