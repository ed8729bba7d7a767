"""eventwire runs its processes with one OpenBLAS thread (eventwire/__init__.py), unless the user
chose a number: an idle BLAS thread makes each worker a multi-threaded process (slower malloc in
spaCy's parser) and competes with the other workers for the cores."""
from __future__ import annotations

import os
import subprocess
import sys

PROBE = ("import eventwire, numpy, os; numpy.ones((300, 300)) @ numpy.ones((300, 300)); "
         "print(os.environ.get('OPENBLAS_NUM_THREADS'), len(os.listdir('/proc/self/task')))")


def _run(env_threads: str | None) -> tuple[str, int]:
    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    if env_threads is not None:
        env["OPENBLAS_NUM_THREADS"] = env_threads
    out = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, check=True)
    setting, threads = out.stdout.split()
    return setting, int(threads)


def test_importing_eventwire_gives_one_blas_thread_and_a_single_threaded_process():
    assert _run(None) == ("1", 1)


def test_a_users_own_setting_is_kept():
    setting, threads = _run("2")
    assert setting == "2"
    assert threads == 2  # OpenBLAS started its second thread, as the user asked
