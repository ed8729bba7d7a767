"""Coding documents on a Dask cluster (the `eventwire[dask]` extra; docs/cluster.md).

    from eventwire.engines import DaskEngine
    ingest(["reports/"], store, engine=DaskEngine(workers=2))                        # a local cluster
    ingest(["reports/"], store, engine=DaskEngine(scheduler="tcp://10.0.0.5:8786"))  # an existing one

Reading stays in this process, and so does writing: batches of documents (pipeline._stream_batches)
are submitted to the cluster, a bounded number at a time, and their results come back as they
complete to the caller (`pipeline.process_stream`, so `ingest` stores them with the same code
as a local run). Each worker builds the pipeline once, when it joins (`PipelinePlugin`), and
codes a batch with `pipeline._worker_run`: the same per-document time limit and error handling
as a local worker process (a worker runs tasks in a thread, where `limits.time_limit` raises
the timeout in that thread).
"""
from __future__ import annotations

import asyncio
import logging
import threading
from asyncio import CancelledError
from typing import Iterable, Iterator

from distributed import Client, LocalCluster, as_completed
from distributed.diagnostics.plugin import WorkerPlugin

from ..records import DocumentResult, RawDocument, ReadError

PLUGIN_NAME = "eventwire-pipeline"
# Batches submitted and not yet handed back, per worker thread: enough to keep every worker
# busy while one batch is slow, few enough that memory stays flat however large the corpus.
BATCHES_PER_THREAD = 4


class EngineError(RuntimeError):
    """The cluster cannot be used: no such scheduler, or its workers cannot load eventwire."""


class PipelinePlugin(WorkerPlugin):
    """Builds the pipeline (language model, tables) once per worker, when the worker joins,
    so no document's time limit pays for it. Registered once per cluster (idempotent): a
    second run on the same cluster reuses the loaded pipeline."""

    name = PLUGIN_NAME
    idempotent = True

    async def setup(self, worker) -> None:
        from .. import pipeline

        # In a thread: loading the model takes seconds, and the worker's event loop must keep
        # answering the scheduler meanwhile.
        await asyncio.get_running_loop().run_in_executor(None, pipeline._worker_init)


# A worker with several threads shares one pipeline between them; it codes one batch at a time
# (the parser and the coder's caches are not made for threads: give workers one thread each).
_ONE_AT_A_TIME = threading.Lock()


def _code_batch(batch: list[RawDocument], limit: float) -> list[DocumentResult | ReadError]:
    """The task each batch is: runs on a worker."""
    from .. import pipeline

    if pipeline._WORKER is None:
        raise RuntimeError("eventwire's pipeline is not loaded on this Dask worker "
                           f"(its plugin {PLUGIN_NAME!r} did not run)")
    with _ONE_AT_A_TIME:
        return pipeline._worker_run(batch, limit)


class DaskEngine:
    """Codes documents on a Dask cluster: the scheduler at `scheduler` (tcp://HOST:PORT), a
    connected `client` (dask-gateway, dask-jobqueue and dask-kubernetes clusters give one:
    `cluster.get_client()`; it is left open), or, with neither, a local cluster of `workers`
    processes of one thread each, bound to 127.0.0.1, without dashboards. Started on first use
    (or `start()`), and closed at the end of the run it started for (or `close()`; also a
    context manager)."""

    def __init__(self, scheduler: str | None = None, workers: int = 1, client: Client | None = None) -> None:
        if scheduler is None and client is None and workers < 1:
            raise ValueError(f"workers: expected 1 or more, got {workers}")
        self.scheduler = scheduler
        self.workers = workers
        self.client: Client | None = None
        self.cluster: LocalCluster | None = None
        self._given = client

    # --- lifetime -------------------------------------------------------------------------
    def start(self) -> DaskEngine:
        if self.client is not None:
            return self
        if self._given is not None:
            self.client = self._given
        elif self.scheduler:
            try:
                self.client = Client(self.scheduler, set_as_default=False)
            except (OSError, TimeoutError, ValueError) as exc:
                raise EngineError(f"cannot reach a Dask scheduler at {self.scheduler}: {exc}") from exc
        else:
            self.cluster = LocalCluster(n_workers=self.workers, threads_per_worker=1, processes=True,
                                        host="127.0.0.1", dashboard_address=None, silence_logs=logging.ERROR)
            self.client = Client(self.cluster, set_as_default=False)
        try:
            self.client.register_plugin(PipelinePlugin())
        except Exception as exc:  # noqa: BLE001 - whatever a worker raised, said plainly
            where = self.scheduler or ("the cluster" if self._given is not None else "the local cluster")
            self.close()
            raise EngineError(f"the Dask workers of {where} cannot load eventwire's pipeline: "
                              f"{type(exc).__name__}: {exc} (every worker needs eventwire[dask] and the "
                              "language model installed: docs/cluster.md)") from exc
        return self

    def close(self) -> None:
        if self.client is not None and self.client is not self._given:
            self.client.close()
        self.client = None
        if self.cluster is not None:
            self.cluster.close()
            self.cluster = None

    def __enter__(self) -> DaskEngine:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()

    def worker_peak_rss_mb(self) -> dict[str, float]:
        """Each worker process's peak resident memory so far, in MB (for bench/throughput.py)."""
        return {addr: rss / 1024 for addr, rss in self.client.run(_peak_rss_kb).items()}

    # --- the run ----------------------------------------------------------------------------
    def run(self, batches: Iterable[tuple[bool, list]], limit: float) -> Iterator[DocumentResult | ReadError
                                                                                   | RawDocument]:
        """`batches`: (needs coding, items) in input order, from `pipeline.process_stream`;
        yields the items, coded where asked, in input order."""
        started_here = self.client is None
        self.start()
        try:
            yield from self._run(batches, limit)
        finally:
            if started_here:
                self.close()

    def _window(self) -> int:
        threads = sum(self.client.nthreads().values()) or self.workers
        return max(threads, 1) * BATCHES_PER_THREAD

    def _run(self, batches: Iterable[tuple[bool, list]], limit: float) -> Iterator:
        # Results are handed back in input order, so that a run stores documents in the same
        # order as a local one (same ids on collision, same incidents), while completion order
        # decides when the next batch is submitted: a slow batch holds back its successors'
        # output, not the workers, until the window is full.
        window = self._window()
        finished = as_completed(loop=self.client.loop)
        pending: dict[str, tuple[int, list[RawDocument]]] = {}  # future key -> position, batch
        ready: dict[int, list] = {}
        submitted = handed = 0

        def settle(future) -> None:
            position, batch = pending.pop(future.key)
            try:
                ready[position] = future.result()
            except (Exception, CancelledError) as exc:  # noqa: BLE001 - a lost worker fails its batch only
                ready[position] = [ReadError(raw.path or raw.id, f"processing failed on the Dask cluster: "
                                                                 f"{type(exc).__name__}: {exc}") for raw in batch]
            future.release()

        def hand_over() -> Iterator:
            nonlocal handed
            while handed in ready:
                yield from ready.pop(handed)
                handed += 1

        for work, batch in batches:
            if work:
                future = self.client.submit(_code_batch, batch, limit, pure=False)
                pending[future.key] = (submitted, batch)
                finished.add(future)
            else:
                ready[submitted] = batch
            submitted += 1
            yield from hand_over()
            while submitted - handed >= window:
                settle(next(finished))
                yield from hand_over()
        while handed < submitted:
            settle(next(finished))
            yield from hand_over()


def _peak_rss_kb() -> int:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
