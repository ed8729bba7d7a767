"""`ingest --out SHARDS` writes Parquet shards by publication month; `eventwire load SHARDS`
merges them into a store that then holds what `ingest` would have stored, row for row
(docs/cluster.md). The dask engine's shards are tested in tests/test_dask_engine.py."""
from __future__ import annotations

import dataclasses
import shutil
import sys
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

import eventwire
from eventwire.cli import main
from eventwire.engines.shards import ShardWriter, read_shards
from eventwire.records import DocumentResult, RawDocument
from eventwire.store import Store

sys.path.insert(0, str(Path(__file__).parent))
from store_records import assert_same_records, make_corpus, reference_store, store_records  # noqa: E402


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return make_corpus(tmp_path_factory.mktemp("shards") / "corpus")


@pytest.fixture(scope="module")
def local_db(corpus, tmp_path_factory) -> Path:
    return reference_store(corpus, tmp_path_factory.mktemp("local") / "local.db")


@pytest.fixture(scope="module")
def shards(corpus, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("out") / "shards"
    result = CliRunner().invoke(main, ["ingest", str(corpus), "--out", str(out)])
    # the empty file fails, is named, and the run goes on
    assert result.exit_code == 1, result.output
    assert "zz-empty.jsonl" in result.output
    assert "written           │ 8" in result.output and "written as copies │ 1" in result.output
    return out


def test_loaded_shards_hold_what_ingest_stores_and_loading_twice_adds_nothing(shards, local_db, tmp_path):
    db = tmp_path / "loaded.db"
    first = CliRunner().invoke(main, ["load", str(shards), "--db", str(db)])
    assert first.exit_code == 0, first.output
    assert "stored                │ 8" in first.output and "kept as copies        │ 1" in first.output
    expected = store_records(local_db)
    assert expected["events"] and expected["claims"] and expected["contradictions"] and expected["copies"]
    assert_same_records(store_records(db), expected)

    again = CliRunner().invoke(main, ["load", str(shards), "--db", str(db)])
    assert again.exit_code == 0, again.output
    assert "stored                │ 0" in again.output and "skipped as duplicates │ 9" in again.output
    assert_same_records(store_records(db), expected)


def test_shards_are_partitioned_by_publication_month_and_read_by_pandas(shards, local_db):
    with Store(local_db) as store:
        stored = store.events_df(include_negated=True)
        months = {d.published[:7] for d in store.documents()}
    assert {p.name for p in (shards / "events").iterdir()} <= {f"month={m}" for m in months}
    assert {p.name for p in (shards / "documents").iterdir()} == {f"month={m}" for m in months}
    events = pd.read_parquet(shards / "events")
    assert len(events) == len(stored)
    key = ["id", "cameo", "source_actor", "target_actor", "span_start", "span_end", "date"]
    got = events[key].sort_values("id").reset_index(drop=True)
    want = stored[key].sort_values("id").reset_index(drop=True)
    pd.testing.assert_frame_equal(got, want, check_dtype=False)
    # every event sits in its document's publication month
    documents = pd.read_parquet(shards / "documents")
    merged = events.merge(documents[["record", "published"]], on="record")
    assert (merged["month"].astype(str) == merged["published"].str[:7]).all()
    claims = pd.read_parquet(shards / "claims")
    assert set(claims["stance"]) == {"assert", "deny"}


def test_every_field_of_a_result_survives_the_shards(corpus, tmp_path):
    results = [r for r in eventwire.extract([corpus]) if isinstance(r, DocumentResult)]
    with ShardWriter(tmp_path / "s", flush_every=3) as writer:  # several flushes
        for result in results:
            writer.add(result)
        writer.add_copy(results[0].document)
    back = list(read_shards(tmp_path / "s"))
    assert isinstance(back[-1], RawDocument) and back[-1].text == results[0].document.text

    def fields(result: DocumentResult) -> dict:
        d = dataclasses.asdict(result)
        del d["document"]["warnings"], d["document"]["read_seconds"]  # the reader's notes, not records
        for e in d["events"]:
            e.pop("incident_id")  # given by the store
        for c in d["claims"]:
            c.pop("corroboration")  # given by the store's queries
        return d

    assert [fields(r) for r in back[:-1]] == [fields(r) for r in results]
    assert any(e.trigger_span and e.participants for r in results for e in r.events)


def test_a_damaged_shard_is_named_and_the_rest_loads(shards, local_db, tmp_path):
    copy = tmp_path / "shards"
    shutil.copytree(shards, copy)
    damaged = sorted((copy / "documents").glob("month=2022-*/*.parquet"))[0]
    damaged.write_bytes(damaged.read_bytes()[:100])
    db = tmp_path / "partial.db"
    result = CliRunner().invoke(main, ["load", str(copy), "--db", str(db)])
    assert result.exit_code == 1
    assert f"{damaged}: not a readable Parquet file" in result.output
    lost = pd.read_parquet(shards / "documents" / damaged.parent.name)  # what that file held
    with Store(db) as store, Store(local_db) as full:
        assert len(store.documents()) == len(full.documents()) - len(lost) > 0


def test_load_refuses_a_folder_without_shards(tmp_path):
    result = CliRunner().invoke(main, ["load", str(tmp_path), "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 2
    assert "no eventwire shards here" in result.output
    assert not (tmp_path / "x.db").exists()  # nothing created
