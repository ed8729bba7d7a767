"""Document versions: an edited document replaces its stored version; new metadata is applied;
the same content twice adds nothing (real pipeline, real SQLite files)."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

import eventwire
from eventwire import store as store_module
from eventwire.pipeline import ClaimLinker, Pipeline
from eventwire.records import RawDocument
from eventwire.store import SchemaVersionError, Store, content_hash, source_key

REPORT = ("Russian forces shelled Kharkiv on Monday, killing three civilians. "
          "US officials said that China provides substantial military support to Russia's defense industry.")
EDITED = ("Russian forces shelled Kharkiv on Monday, killing five civilians. "
          "Ukrainian troops attacked Russian positions near Kupiansk on Tuesday. "
          "US officials said that China provides substantial military support to Russia's defense industry.")
DENIAL = "Chinese officials deny supporting Russia's war effort, a foreign ministry spokesperson said."


def counts(store: Store) -> dict[str, int]:
    tables = ["documents", "sentences", "events", "event_names", "claims", "claim_contradictions", "actors"]
    return {t: store._conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


def actor_rows(store: Store) -> dict[str, tuple]:
    return {r[0]: tuple(r) for r in store._conn.execute("SELECT * FROM actors")}


@pytest.fixture()
def folder(tmp_path) -> Path:
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "report.txt").write_text(REPORT)
    (folder / "denial.txt").write_text(DENIAL)
    return folder


def test_edited_document_replaces_its_old_version(folder, tmp_path):
    with Store(tmp_path / "a.db") as store:
        first = eventwire.ingest([folder], store, published="2024-09-11")
        assert first.stored == 2 and first.updated == 0
        old_hash = store._conn.execute("SELECT content_hash FROM documents WHERE id = 'report'").fetchone()[0]
        assert store.claims(contradicted=True)  # the claim and the denial are linked
        (folder / "report.txt").write_text(EDITED)
        second = eventwire.ingest([folder], store, published="2024-09-11")
        assert (second.stored, second.updated, second.duplicates) == (0, 1, 1)
        edited = counts(store)
        doc = store.document("report")
        assert doc.document.text == EDITED
        assert any("Kupiansk" in e.evidence for e in doc.events)
        assert not any("three civilians" in e.evidence for e in store.events(include_negated=True))
        (version,) = store.versions("report")
        assert version["content_hash"] == old_hash and version["change"] == "text"
        assert store.has_document(content_hash(RawDocument("x", EDITED)))
        assert not store.has_document(old_hash)
        # the new version's claim is linked again with the denial, nothing dangles
        linked = {c.id for c in store.claims(contradicted=True)}
        assert any(i.startswith("report:") for i in linked) and any(i.startswith("denial:") for i in linked)
        assert store.check().clean
        actors = actor_rows(store)
    # Event counts do not double: the store holds what a fresh ingest of the edited files gives.
    with Store(tmp_path / "fresh.db") as fresh:
        eventwire.ingest([folder], fresh, published="2024-09-11")
        assert counts(fresh) == edited
        assert actor_rows(fresh) == actors


def test_metadata_only_change_is_applied_not_a_duplicate(folder, tmp_path):
    with Store(tmp_path / "m.db") as store:
        eventwire.ingest([folder], store, published="2024-09-11")
        before = counts(store)
        monday = [e.date for e in store.document("report").events if e.date_text == "on Monday"]
        assert monday == ["2024-09-09"]
        again = eventwire.ingest([folder], store, published="2024-10-01")
        assert (again.updated, again.stored, again.duplicates) == (2, 0, 0)
        doc = store.document("report")
        assert doc.document.published == "2024-10-01"
        assert counts(store) == before  # replaced, not added beside
        # the events are coded again against the new date: "on Monday" is the Monday before it
        assert [e.date for e in doc.events if e.date_text == "on Monday"] == ["2024-09-30"]
        (version,) = store.versions("report")
        assert version["change"] == "metadata" and version["published"] == "2024-09-11"
        assert version["content_hash"] == content_hash(doc.document)
        # a read that carries no date keeps the stored one: nothing to do
        none = eventwire.ingest([folder], store)
        assert (none.updated, none.stored, none.duplicates) == (0, 0, 2)
        assert store.document("report").document.published == "2024-10-01"
        assert store.check().clean


def test_title_change_in_front_matter_is_applied(tmp_path):
    folder = tmp_path / "md"
    folder.mkdir()
    page = folder / "statement.md"
    page.write_text(f"---\ntitle: First title\ndate: '2024-09-11'\n---\n\n{REPORT}\n")
    with Store(tmp_path / "t.db") as store:
        assert eventwire.ingest([folder], store).stored == 1
        page.write_text(f"---\ntitle: Corrected title\ndate: '2024-09-11'\n---\n\n{REPORT}\n")
        assert eventwire.ingest([folder], store).updated == 1
        assert [d.title for d in store.documents()] == ["Corrected title"]
        assert store.versions("statement")[0]["title"] == "First title"
        assert eventwire.ingest([folder], store).duplicates == 1  # and then idempotent


def test_ingest_is_idempotent_after_versions(folder, tmp_path):
    with Store(tmp_path / "i.db") as store:
        eventwire.ingest([folder], store, published="2024-09-11")
        (folder / "report.txt").write_text(EDITED)
        eventwire.ingest([folder], store, published="2024-09-11")
        before, links = counts(store), store._conn.execute("SELECT count(*) FROM document_versions").fetchone()
        for _ in range(2):
            again = eventwire.ingest([folder], store, published="2024-09-11")
            assert (again.stored, again.updated, again.duplicates) == (0, 0, 2)
        assert counts(store) == before
        assert store._conn.execute("SELECT count(*) FROM document_versions").fetchone() == links


def test_copy_of_a_document_elsewhere_is_a_duplicate_not_an_update(folder, tmp_path):
    other = tmp_path / "elsewhere"
    other.mkdir()
    (other / "copy.txt").write_text(REPORT)
    with Store(tmp_path / "c.db") as store:
        eventwire.ingest([folder], store, published="2024-09-11")
        before = counts(store)
        summary = eventwire.ingest([other], store, published="2024-12-01")
        assert (summary.duplicates, summary.updated, summary.stored) == (1, 0, 0)
        assert counts(store) == before
        assert store.document("report").document.published == "2024-09-11"


def test_jsonl_records_are_versioned_by_id_not_line(tmp_path):
    folder = tmp_path / "j"
    folder.mkdir()
    lines = folder / "feed.jsonl"

    def write(records):
        lines.write_text("".join(json.dumps(r) + "\n" for r in records))

    a = {"id": "a", "published": "2024-09-11", "text": REPORT}
    b = {"id": "b", "published": "2024-09-12", "text": DENIAL}
    write([a, b])
    with Store(tmp_path / "j.db") as store:
        assert eventwire.ingest([folder], store).stored == 2
        # a new record first (every line moves) and b edited
        new = {"id": "n", "published": "2024-09-13", "text": "NATO pledged air defence to Kyiv on Friday."}
        write([new, a, {**b, "text": DENIAL + " Beijing called the claims groundless."}])
        summary = eventwire.ingest([folder], store)
        assert (summary.stored, summary.updated, summary.duplicates) == (1, 1, 1)
        assert sorted(d.id for d in store.documents()) == ["a", "b", "n"]
        assert store.document("a").document.text == REPORT
        assert "groundless" in store.document("b").document.text


def test_store_add_versions_through_the_api(tmp_path):
    pipeline = Pipeline()
    linker = ClaimLinker(None, pipeline.resolver)
    with Store(tmp_path / "api.db") as store:
        first = pipeline.process_text(REPORT, published="2024-09-11", doc_id="r1")
        assert store.add(first, linker=linker) == "stored"
        assert store.add(first, linker=linker) == "duplicate"
        edited = pipeline.process_text(EDITED, published="2024-09-11", doc_id="r1")
        assert store.add(edited, linker=linker) == "updated"
        assert [d.id for d in store.documents()] == ["r1"]
        assert len(store.document("r1").events) == len(edited.events)
        assert store.add(edited, linker=linker) == "duplicate"
        assert source_key(edited.document) == "id:r1"


def test_source_keys():
    assert source_key(RawDocument("x", "t", url=" https://a.org/x ", path="/p/x.html", format="html")) == \
        "url:https://a.org/x"
    assert source_key(RawDocument("r7", "t", path="in/feed.jsonl:12", format="jsonl")) == "jsonl:in/feed.jsonl#r7"
    assert source_key(RawDocument("f-3", "t", path="in/f.rss#3", format="feed")) is None
    assert source_key(RawDocument("x", "t", path="in/x.txt", format="txt")) == "path:in/x.txt"
    assert source_key(RawDocument("x", "t")) == "id:x"


def test_newer_schema_is_refused_with_a_clear_error(tmp_path):
    path = tmp_path / "future.db"
    Store(path).close()
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO schema_migrations(version, applied_at) VALUES (?, 'later')",
                 (store_module.SCHEMA_VERSION + 3,))
    conn.commit()
    conn.close()
    with pytest.raises(SchemaVersionError) as caught:
        Store(path)
    message = str(caught.value)
    assert str(path) in message
    assert f"version {store_module.SCHEMA_VERSION + 3}" in message and f"version {store_module.SCHEMA_VERSION})" in message
    assert "\n" not in message
    from click.testing import CliRunner

    from eventwire.cli import main

    result = CliRunner().invoke(main, ["check", "--db", str(path)])
    assert result.exit_code == 1 and "newer than this eventwire supports" in result.output
    assert "Traceback" not in result.output


def test_schema_4_store_is_migrated_and_its_documents_linked(tmp_path, monkeypatch):
    path = tmp_path / "old.db"
    monkeypatch.setattr(store_module, "MIGRATIONS", store_module.MIGRATIONS[:4])
    Store(path).close()
    conn = sqlite3.connect(path)
    for doc_id, text in (("a", REPORT), ("b", DENIAL)):
        conn.execute("INSERT INTO documents(id, content_hash, path, format, text, ingested_at, published)"
                     " VALUES (?, ?, ?, 'txt', ?, 'then', '2024-09-11')",
                     (doc_id, content_hash(RawDocument(doc_id, text)), f"reports/{doc_id}.txt", text))
    conn.commit()
    conn.close()
    monkeypatch.undo()
    with Store(path) as store:
        assert store.schema_version() == store_module.SCHEMA_VERSION
        rows = store._conn.execute("SELECT id, source, linked FROM documents ORDER BY id").fetchall()
        assert [tuple(r) for r in rows] == [("a", "path:reports/a.txt", 1), ("b", "path:reports/b.txt", 1)]
        assert store.versions("a") == []


def test_an_edit_read_without_published_keeps_the_stored_date(folder, tmp_path):
    with Store(tmp_path / "k.db") as store:
        eventwire.ingest([folder], store, published="2024-09-11")
        (folder / "report.txt").write_text(EDITED)
        assert eventwire.ingest([folder], store).updated == 1
        doc = store.document("report")
        assert doc.document.published == "2024-09-11" and doc.document.text == EDITED
        assert [e.date for e in doc.events if e.date_text == "on Monday"] == ["2024-09-09"]
