"""`eventwire ingest --engine dask`: the same records as a local run, document for document,
on a local Dask cluster started by the command and on a running scheduler given by address;
per-document time limits and failures as in a local run (docs/cluster.md).

Each cluster starts real worker processes that load the language model, so these tests are
slow (`pytest -m slow`, run by CI's `make test-slow`); the usage errors are not."""
from __future__ import annotations

import sys
from pathlib import Path

import cloudpickle
import pytest
from click.testing import CliRunner
from distributed import Client, LocalCluster

import eventwire
from eventwire.cli import main
from eventwire.engines import DaskEngine
from eventwire.records import DocumentResult
from eventwire.store import Store

sys.path.insert(0, str(Path(__file__).parent))
from store_records import assert_same_records, make_corpus, reference_store, store_records  # noqa: E402

# The workers run functions of this module (the stall below): sent by value, since the
# worker processes cannot import the tests.
cloudpickle.register_pickle_by_value(sys.modules[__name__])


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return make_corpus(tmp_path_factory.mktemp("dask") / "corpus")


@pytest.fixture(scope="module")
def local_db(corpus, tmp_path_factory) -> Path:
    return reference_store(corpus, tmp_path_factory.mktemp("local") / "local.db")


@pytest.fixture(scope="module")
def scheduler():
    """A running cluster the commands are pointed at, as an existing deployment would be."""
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as cluster:
        yield cluster.scheduler_address


@pytest.mark.slow
def test_ingest_on_a_local_cluster_stores_the_same_records_as_a_local_run(corpus, local_db, tmp_path):
    db = tmp_path / "dask.db"
    result = CliRunner().invoke(main, ["ingest", str(corpus), "--engine", "dask", "--workers", "2", "--db", str(db)])
    assert result.exit_code == 1, result.output  # the empty file, named; the rest stored
    assert "zz-empty.jsonl" in result.output and "stored                │ 8" in result.output
    expected = store_records(local_db)
    assert expected["events"] and expected["claims"] and expected["contradictions"] and expected["copies"]
    assert_same_records(store_records(db), expected)


@pytest.mark.slow
def test_shards_from_a_running_scheduler_load_into_the_same_records(corpus, local_db, scheduler, tmp_path):
    shards, db = tmp_path / "shards", tmp_path / "loaded.db"
    written = CliRunner().invoke(main, ["ingest", str(corpus), "--engine", "dask", "--scheduler", scheduler,
                                        "--out", str(shards)])
    assert written.exit_code == 1 and "zz-empty.jsonl" in written.output, written.output
    loaded = CliRunner().invoke(main, ["load", str(shards), "--db", str(db)])
    assert loaded.exit_code == 0, loaded.output
    assert_same_records(store_records(db), store_records(local_db))


@pytest.mark.slow
def test_the_python_api_on_a_given_client_yields_results_in_input_order(corpus, scheduler):
    local = [r.to_dict() for r in eventwire.extract([corpus]) if isinstance(r, DocumentResult)]
    with Client(scheduler, set_as_default=False) as client:
        with DaskEngine(client=client) as engine:
            remote = [r.to_dict() for r in eventwire.extract([corpus], engine=engine)
                      if isinstance(r, DocumentResult)]
            assert len(engine.worker_peak_rss_mb()) == 2
        assert client.status == "running"  # the caller's client is left open
    assert remote == local


@pytest.mark.slow
def test_documents_go_to_the_cluster_a_bounded_window_at_a_time(scheduler):
    # A long input is not read ahead into memory: when the first result comes back, only a
    # few batches per worker thread have been taken from it.
    from eventwire.engines.dask import BATCHES_PER_THREAD
    from eventwire.records import RawDocument

    taken = 0

    def batches():
        nonlocal taken
        for n in range(40):
            taken += 1
            yield True, [RawDocument(f"d{n}", f"Ethiopia and Eritrea signed border agreement number {n} in Asmara.")]

    with DaskEngine(scheduler=scheduler) as engine:
        results = engine.run(batches(), 60.0)
        first = next(results)
        taken_at_first = taken
        rest = list(results)
    window = 2 * BATCHES_PER_THREAD  # two workers of one thread
    assert taken_at_first <= window + 1
    assert [r.document.id for r in [first, *rest]] == [f"d{n}" for n in range(40)]


def _stall_or_fail_on_workers() -> None:
    """On each worker: documents holding STALL never finish coding, those holding BROKEN raise."""
    import time

    from eventwire import pipeline

    real = pipeline.Pipeline._document

    def document(self, raw, *args, **kwargs):
        if "STALL" in raw.text:
            for _ in range(30_000):  # five minutes, far over the limit
                time.sleep(0.01)
        if "BROKEN" in raw.text:
            raise RuntimeError("a coder bug")
        return real(self, raw, *args, **kwargs)

    pipeline.Pipeline._document = document


@pytest.mark.slow
def test_a_document_over_its_time_limit_or_failing_on_a_worker_is_reported_and_the_rest_stored(scheduler, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    text = "Ethiopia and Eritrea signed a border agreement in Asmara, officials said.\n"
    for n in range(6):
        (folder / f"d{n}.txt").write_text({2: "STALL ", 4: "BROKEN "}.get(n, f"Day {n}. ") + text)
    with Client(scheduler) as client:
        client.run(_stall_or_fail_on_workers)
    db = tmp_path / "s.db"
    result = CliRunner().invoke(
        main, ["ingest", str(folder), "--engine", "dask", "--scheduler", scheduler, "--doc-timeout", "2",
               "--db", str(db)])
    assert result.exit_code == 1, result.output
    assert f"{folder / 'd2.txt'}: processing took longer than 2 s; document skipped" in result.stderr
    assert f"{folder / 'd4.txt'}: processing failed: RuntimeError: a coder bug" in result.stderr
    with Store(db) as store:
        assert sorted(Path(d.path).name for d in store.documents()) == ["d0.txt", "d1.txt", "d3.txt", "d5.txt"]
        assert {e.document_id for e in store.events_df().itertuples()} == {"d0", "d1", "d3", "d5"}


def test_the_time_limit_holds_in_a_thread_as_in_a_dask_worker(monkeypatch):
    # A Dask worker codes in a thread, where SIGALRM cannot reach: the limit is raised there
    # by a timer instead. Without a cluster: process_stream run in a thread.
    import threading
    import time

    from eventwire import pipeline as pl
    from eventwire.records import RawDocument

    real = pl.Pipeline._document

    def document(self, raw, *args, **kwargs):
        while "STALL" in raw.text:  # Python that never ends, as a runaway loop would
            time.sleep(0.01)
        return real(self, raw, *args, **kwargs)

    monkeypatch.setattr(pl.Pipeline, "_document", document)
    text = "Ethiopia and Eritrea signed a border agreement in Asmara, officials said."
    docs = [RawDocument(f"d{n}", ("STALL " if n == 1 else "") + text, path=f"/in/d{n}.txt") for n in range(3)]
    out: list = []
    worker = threading.Thread(target=lambda: out.extend(pl.process_stream(docs, doc_timeout=1)), daemon=True)
    worker.start()
    worker.join(60)
    assert [type(x).__name__ for x in out] == ["DocumentResult", "ReadError", "DocumentResult"]
    assert str(out[1]) == "/in/d1.txt: processing took longer than 1 s; document skipped"
    assert out[0].events and out[2].events


def test_a_bad_scheduler_address_is_a_usage_error(tmp_path):
    bad = CliRunner().invoke(main, ["ingest", str(tmp_path), "--engine", "dask", "--scheduler", "localhost"])
    assert bad.exit_code == 2 and "expected a Dask scheduler address like tcp://HOST:PORT" in bad.output
    local = CliRunner().invoke(main, ["ingest", str(tmp_path), "--scheduler", "tcp://127.0.0.1:9"])
    assert local.exit_code == 2 and "needs --engine dask" in local.output
