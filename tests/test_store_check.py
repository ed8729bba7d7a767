"""`Store.check` / `eventwire check`: integrity, orphans, contradiction links that a crash or a hand
edit lost, actor counts; links written in the document's own transaction, so a crash or a
concurrent ingest cannot lose them. The kill -9 campaign is marked slow: `pytest -m slow`."""
from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

import eventwire
from eventwire.cli import main
from eventwire.pipeline import ClaimLinker, Pipeline
from eventwire.store import Store

ROOT = Path(__file__).parents[1]
CLAIMS = [
    ("a", "2024-09-11", "US officials said that China provides substantial military support to Russia's defense "
                        "industry."),
    ("b", "2024-09-12", "Chinese officials deny supporting Russia's war effort, a foreign ministry spokesperson "
                        "said."),
    ("c", "2024-09-12", "Iran said that it supplies drones to Venezuela."),
]


def links(store: Store) -> set[tuple[str, str]]:
    return {tuple(r) for r in store._conn.execute("SELECT claim_a, claim_b FROM claim_contradictions")}


@pytest.fixture()
def reports(tmp_path) -> Path:
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "claims.jsonl").write_text(
        "".join(json.dumps({"id": i, "published": p, "text": t}) + "\n" for i, p, t in CLAIMS))
    return folder


@pytest.fixture()
def ingested(reports, tmp_path) -> Path:
    db = tmp_path / "s.db"
    with Store(db) as store:
        eventwire.ingest([reports], store)
        assert links(store)  # a and b contradict
    return db


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


def test_check_on_a_clean_store_reports_clean(ingested):
    with Store(ingested) as store:
        report = store.check()
        assert report.clean and report.integrity == ["ok"]
        assert set(report.found) >= {"unlinked documents", "missing contradiction links", "wrong actor counts",
                                     "claims without a document or sentence"}
    code, out = run("check", "--db", str(ingested))
    assert code == 0 and "clean" in out and "integrity: ok" in out


def test_check_repair_restores_links_deleted_by_hand(ingested):
    with Store(ingested) as store:
        expected = links(store)
        store._conn.execute("DELETE FROM claim_contradictions")
    code, out = run("check", "--db", str(ingested))
    assert code == 1 and "missing contradiction links: 1" in out and "--repair" in out
    code, out = run("check", "--db", str(ingested), "--repair")
    assert code == 0 and "repaired 1" in out and "all repaired" in out
    with Store(ingested) as store:
        assert links(store) == expected
    code, out = run("check", "--db", str(ingested))
    assert code == 0 and "clean" in out


def test_a_crash_while_linking_loses_nothing(reports, tmp_path, monkeypatch):
    """The linker fails after the document's rows are written: the document's transaction is
    rolled back with it, and the re-run stores it with its links."""
    db = tmp_path / "crash.db"
    calls = {"n": 0}
    real = ClaimLinker.links

    def crashing(self, new, old):
        calls["n"] += 1
        raise RuntimeError("killed while linking")

    monkeypatch.setattr(ClaimLinker, "links", crashing)
    with Store(db) as store:
        summary = eventwire.ingest([reports], store)
        assert calls["n"] >= 1 and len(summary.failed) == 1 and "killed while linking" in str(summary.failed[0])
        assert store.document("b") is None  # not half-stored: no rows without their links
    monkeypatch.setattr(ClaimLinker, "links", real)
    with Store(db) as store:
        again = eventwire.ingest([reports], store)
        assert again.stored == 1 and again.duplicates == 2
        assert {c.id.split(":")[0] for c in store.claims(contradicted=True)} == {"a", "b"}
        assert store.check().clean


def test_documents_stored_without_their_links_are_linked_by_the_next_ingest(reports, tmp_path):
    """What the old order (links after the commit) left after a crash, and what Store.add
    without a linker leaves: unlinked documents. Ingest's start-up pass links them."""
    db = tmp_path / "legacy.db"
    pipeline = Pipeline()
    with Store(db) as store:
        for doc_id, published, text in CLAIMS:
            store.add(pipeline.process_text(text, published=published, doc_id=doc_id))
        assert not links(store)
        report = store.check()
        assert report.found["unlinked documents"] == 3 and not report.clean
    with Store(db) as store:
        summary = eventwire.ingest([reports], store)  # different source keys: text duplicates
        assert summary.stored == 0 and summary.duplicates == 3
        assert {c.id.split(":")[0] for c in store.claims(contradicted=True)} == {"a", "b"}
        assert store.check().clean


def test_concurrent_writers_link_each_others_claims(tmp_path):
    """Two processes' stores: the second links against a claim the first stored after the second's
    linker had already been used (candidates are read inside the write transaction)."""
    db = tmp_path / "two.db"
    pipeline = Pipeline()
    (a_id, a_pub, a_text), (b_id, b_pub, b_text), (c_id, c_pub, c_text) = CLAIMS
    with Store(db) as one, Store(db) as two:
        linker_one, linker_two = ClaimLinker(one, pipeline.resolver), ClaimLinker(two, pipeline.resolver)
        two.add(pipeline.process_text(c_text, published=c_pub, doc_id=c_id), linker=linker_two)
        one.add(pipeline.process_text(a_text, published=a_pub, doc_id=a_id), linker=linker_one)
        two.add(pipeline.process_text(b_text, published=b_pub, doc_id=b_id), linker=linker_two)
        assert {c.id.split(":")[0] for c in one.claims(contradicted=True)} == {"a", "b"}
        assert one.check().clean


def test_orphans_and_wrong_actor_counts_are_found_and_repaired(ingested):
    conn = sqlite3.connect(ingested)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("DELETE FROM sentences WHERE document_id = 'a'")  # its claims and events dangle
    conn.execute("INSERT INTO claim_contradictions VALUES ('ghost:c1', 'b:c1')")
    conn.execute("UPDATE actors SET mentions = mentions + 5")
    conn.commit()
    conn.close()
    with Store(ingested) as store:
        report = store.check()
        assert not report.clean
        assert report.found["claims without a document or sentence"] >= 1
        assert report.found["contradiction links to a missing claim"] == 1
        assert report.found["wrong actor counts"] >= 1
        fixed = store.check(repair=True)
        assert fixed.fixed
        assert store.check().clean


def test_check_refuses_a_missing_store(tmp_path):
    code, out = run("check", "--db", str(tmp_path / "nope.db"))
    assert code == 1 and "no store at" in out
    assert not (tmp_path / "nope.db").exists()


# ---------------------------------------------------------------------- kill -9 campaign

SUBJECTS = ["China", "Iran", "North Korea", "Belarus", "India", "Turkey"]
TARGETS = ["Russia", "Venezuela", "Syria", "Serbia"]


FILLER = [
    "Ukrainian troops attacked Russian positions near Kupiansk.",
    "NATO pledged air defence to Kyiv.",
    "The foreign minister met his counterpart in Beijing to discuss trade.",
    "Protesters gathered outside the embassy in Tbilisi on Sunday.",
    "Russian drones struck energy facilities in Odesa overnight, officials said.",
    "The European Union imposed new sanctions on Belarusian officials.",
    "Chinese and Russian warships conducted joint patrols in the Sea of Japan.",
    "The president vowed to continue military assistance to Ukraine.",
]


def _campaign_documents(folder: Path, n: int, rng: random.Random) -> None:
    """Short reports with events and claims; pairs of claims that contradict across documents."""
    for i in range(n):
        subject, target = SUBJECTS[(i // 2) % len(SUBJECTS)], TARGETS[(i // 2) % len(TARGETS)]
        demonym = {"China": "Chinese", "Iran": "Iranian", "North Korea": "North Korean", "Belarus": "Belarusian",
                   "India": "Indian", "Turkey": "Turkish"}[subject]
        claim = (f"US officials said that {subject} provides substantial military support to {target}."
                 if i % 2 == 0 else
                 f"{demonym} officials deny supporting {target}'s war effort, a foreign ministry spokesperson said.")
        event = rng.choice([
            f"{target} and {subject} held joint naval drills on Monday.",
            f"Russian forces shelled Kharkiv on Tuesday, killing {i + 2} civilians.",
            f"{subject} condemned the sanctions imposed on {target} on Wednesday.",
        ])
        more = " ".join(rng.sample(FILLER, 4))
        (folder / f"report-{i:03d}.txt").write_text(f"{event} {claim} {more} Report number {i}.\n")


def _ingest_command(folder: Path, db: Path) -> list[str]:
    return [sys.executable, "-m", "eventwire.cli", "ingest", str(folder), "--db", str(db),
            "--published", "2024-09-11"]


def _progress(db: Path) -> tuple:
    """What a run has written so far: documents and versions."""
    if not db.exists():
        return (0, 0)
    conn = sqlite3.connect(db)
    try:
        return tuple(conn.execute("SELECT (SELECT count(*) FROM documents),"
                                  " (SELECT count(*) FROM document_versions)").fetchone())
    except sqlite3.OperationalError:  # killed before the schema was there
        return (0, 0)
    finally:
        conn.close()


def _snapshot(db: Path) -> dict:
    with Store(db) as store:
        docs = store._conn.execute("SELECT id, content_hash, source FROM documents").fetchall()
        return {
            "documents": sorted(r["id"] for r in docs),
            "sources": len({r["source"] for r in docs}),
            "hashes": len({r["content_hash"] for r in docs}),
            "events": store._conn.execute("SELECT count(*) FROM events").fetchone()[0],
            "claims": store._conn.execute("SELECT count(*) FROM claims").fetchone()[0],
            "links": links(store),
            "actors": {tuple(r) for r in store._conn.execute("SELECT code, mentions, first_seen, last_seen FROM actors")},
            "check": store.check(),
        }


@pytest.mark.slow
def test_kill_9_during_ingest_loses_and_duplicates_nothing(tmp_path):
    """`eventwire ingest` in a subprocess, SIGKILLed at random moments TRIALS times (seeded), then
    run to completion: every document present once, the same rows and links as an uninterrupted
    run, `check` clean. Then half the documents are edited and the campaign repeated: every
    document replaced once by its new version."""
    trials = int(os.environ.get("EVENTWIRE_KILL_TRIALS", "20"))
    n_docs = int(os.environ.get("EVENTWIRE_KILL_DOCS", "120"))
    rng = random.Random(20261206)
    folder = tmp_path / "reports"
    folder.mkdir()
    _campaign_documents(folder, n_docs, rng)
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    figures = []

    for phase in ("first ingest", "after edits"):
        # the reference: one uninterrupted run
        reference_db = tmp_path / f"reference-{phase[0]}.db"
        if phase == "after edits":
            reference_db.write_bytes((tmp_path / "reference-f.db").read_bytes())
        started = time.monotonic()
        subprocess.run(_ingest_command(folder, reference_db), env=env, check=True, capture_output=True)
        full = time.monotonic() - started
        reference = _snapshot(reference_db)
        assert reference["check"].clean and len(reference["documents"]) == n_docs and reference["links"]

        db = tmp_path / "crash.db"
        start = sum(_progress(db))
        writes = n_docs if phase == "first ingest" else n_docs // 2  # documents, then new versions
        killed = finished = mid_write = 0
        for _ in range(trials):
            # The moment: after a random number of writes (a small share of the run's, so the
            # kills spread over the whole run), plus a random part of a tenth of a second (inside a document's transaction, its linking, or between documents).
            before = sum(_progress(db))
            remaining = writes - (before - start)
            after_writes = rng.randint(0, max(0, min(remaining - 1, writes // (2 * trials))))
            extra = rng.uniform(0.0, 0.1)
            proc = subprocess.Popen(_ingest_command(folder, db), env=env,
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            deadline = time.monotonic() + 5 * full
            while proc.poll() is None and sum(_progress(db)) - before < after_writes \
                    and time.monotonic() < deadline:
                time.sleep(0.02)
            time.sleep(extra)
            if proc.poll() is not None:
                finished += 1  # the run completed before its moment came
                continue
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            killed += 1
            mid_write += sum(_progress(db)) != before  # killed after it had written something
        subprocess.run(_ingest_command(folder, db), env=env, check=True, capture_output=True)
        after = _snapshot(db)
        lost = len(set(reference["documents"]) - set(after["documents"]))
        duplicated = len(after["documents"]) - len(set(after["documents"])) + \
            len(after["documents"]) - after["sources"]
        figures.append(f"{phase}: {trials} trials ({killed} killed, {mid_write} of them while writing, "
                       f"{finished} finished first; run {full:.1f} s), "
                       f"{n_docs} documents, {lost} lost, {duplicated} duplicated, "
                       f"{len(after['links']) // 2} links (reference {len(reference['links']) // 2}), "
                       f"check {'clean' if after['check'].clean else 'NOT clean'}")
        print(figures[-1])
        assert lost == 0 and duplicated == 0
        assert after["documents"] == reference["documents"] and after["hashes"] == n_docs
        assert (after["events"], after["claims"]) == (reference["events"], reference["claims"])
        assert after["links"] == reference["links"]
        assert after["actors"] == reference["actors"]
        assert after["check"].clean, after["check"].lines()
        assert killed >= trials // 2

        if phase == "first ingest":  # edit every other document for the second phase
            for i in range(0, n_docs, 2):
                path = folder / f"report-{i:03d}.txt"
                path.write_text(path.read_text().replace("Report number", "Corrected report number"))
    with Store(tmp_path / "crash.db") as store:
        assert store._conn.execute("SELECT count(*) FROM document_versions").fetchone()[0] == n_docs // 2
    print("\n".join(figures))


@pytest.mark.slow
def test_concurrent_ingests_link_each_others_claims(tmp_path):
    """Two `eventwire ingest` processes write one store at the same time, each half of a folder
    whose contradicting pairs straddle the halves: every link an ingest of the whole folder
    makes is there, nothing is stored twice, `check` clean."""
    rounds = int(os.environ.get("EVENTWIRE_CONCURRENT_ROUNDS", "3"))
    n_docs = 60
    rng = random.Random(20261207)
    whole = tmp_path / "whole"
    whole.mkdir()
    _campaign_documents(whole, n_docs, rng)
    halves = [tmp_path / "even", tmp_path / "odd"]
    for half in halves:
        half.mkdir()
    for i, path in enumerate(sorted(whole.iterdir())):
        (halves[i % 2] / path.name).write_text(path.read_text())  # pair (2k, 2k+1): one in each half
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    subprocess.run(_ingest_command(whole, tmp_path / "reference.db"), env=env, check=True, capture_output=True)
    reference = _snapshot(tmp_path / "reference.db")
    assert reference["links"]
    for r in range(rounds):
        db = tmp_path / f"together-{r}.db"
        procs = [subprocess.Popen(_ingest_command(half, db), env=env, stdout=subprocess.DEVNULL,
                                  stderr=subprocess.PIPE) for half in halves]
        for proc in procs:
            assert proc.wait() == 0, proc.stderr.read().decode()
        after = _snapshot(db)
        print(f"concurrent round {r + 1}: 2 processes, {n_docs} documents, {len(after['documents'])} stored, "
              f"{len(after['links']) // 2} links (reference {len(reference['links']) // 2}), "
              f"check {'clean' if after['check'].clean else 'NOT clean'}")
        assert len(after["documents"]) == n_docs and after["hashes"] == n_docs
        assert after["links"] == reference["links"]
        assert after["check"].clean


def test_older_versions_kept_beside_the_newest_are_folded_into_versions(tmp_path, monkeypatch):
    """Before schema 5 an edited file was stored beside its old version (`report` and
    `report-<hash>`); the migration gives both the same source and `check --repair` keeps the
    newest, its predecessor's hash in document_versions."""
    pipeline = Pipeline()
    db = tmp_path / "legacy.db"
    old_text = "Russian forces shelled Kharkiv on Monday, killing three civilians."
    new_text = "Russian forces shelled Kharkiv on Monday, killing five civilians."
    with Store(db) as store:
        for text in (old_text, new_text):
            result = pipeline.process_text(text, published="2024-09-11", doc_id="report")
            result.document.path, result.document.format = "reports/report.txt", "txt"
            store.add(result)
        # what a schema 4 store held: two documents from one file
        first = store._conn.execute("SELECT rowid FROM documents ORDER BY rowid LIMIT 1").fetchone()[0]
        store._conn.execute("INSERT INTO documents(id, content_hash, title, url, published, site, path, format,"
                            " text, ingested_at, source, linked) SELECT 'report-0ld', 'oldhash', title, url,"
                            " published, site, path, format, ?, ingested_at, source, 1 FROM documents"
                            " WHERE rowid = ?", (old_text + " Old.", first))
        store._conn.execute("UPDATE documents SET rowid = 0 WHERE id = 'report-0ld'")  # the older one
        report = store.check()
        assert report.found["older versions stored beside the newest"] == 1 and not report.clean
        assert store.check(repair=True).fixed
        assert [d.id for d in store.documents()] == ["report"]
        assert [v["content_hash"] for v in store.versions("report")][-1] == "oldhash"
        assert store.check().clean
