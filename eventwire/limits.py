"""Time limits per document (docs/limits.md).

A document may take at most `doc_timeout` seconds from the moment its reader starts on it
to the end of its coding: reading, decoding, HTML extraction, segmentation, parsing and
coding. The limit is, in order of precedence, the `doc_timeout` argument of
`extract()`/`ingest()`, the environment variable EVENTWIRE_DOC_TIMEOUT, or
DEFAULT_DOC_TIMEOUT_S. Zero means no limit.

The limit is enforced with SIGALRM in the main thread of a process (the CLI, and every
worker process). In another thread (a Dask worker runs its tasks in one) a timer raises the
timeout in that thread instead (PyThreadState_SetAsyncExc); like a signal handler it takes
effect between Python bytecodes, so both stop the same work.
"""
from __future__ import annotations

import ctypes
import os
import signal
import threading
from contextlib import contextmanager
from typing import Iterator

DEFAULT_DOC_TIMEOUT_S = 60.0
ENV_VAR = "EVENTWIRE_DOC_TIMEOUT"


class DocumentTimeout(BaseException):
    """A document overran its time limit. A BaseException, like KeyboardInterrupt, so the
    readers' and stages' `except Exception` guards let it through to the code that set
    the limit."""


def resolve_doc_timeout(value: float | str | None = None, default: float = DEFAULT_DOC_TIMEOUT_S) -> float:
    """Seconds allowed per document: `value`, else $EVENTWIRE_DOC_TIMEOUT, else `default`
    (0 = no limit). A negative or non-numeric setting is a ValueError naming its origin."""
    origin = "doc_timeout"
    if value is None:
        value = os.environ.get(ENV_VAR) or None
        origin = ENV_VAR
    if value is None:
        return float(default)
    try:
        seconds = float(value)
    except (TypeError, ValueError):
        raise ValueError(f"{origin}: expected a number of seconds, got {value!r}") from None
    if seconds != seconds or seconds < 0:  # NaN or negative
        raise ValueError(f"{origin}: expected a number of seconds >= 0 (0 = no limit), got {value!r}")
    return seconds


def can_interrupt() -> bool:
    """Whether `time_limit` can stop work here with SIGALRM (Unix, main thread)."""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise DocumentTimeout in the body after `seconds` (None or 0: no limit)."""
    if not seconds or seconds == float("inf"):
        yield
        return
    if not can_interrupt():
        with _thread_limit(seconds):
            yield
        return

    def expire(*_):
        raise DocumentTimeout(f"{seconds:g}")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, max(seconds, 1e-3))
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _raise_in(thread_id: int, exc: type[BaseException] | None) -> None:
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id),
                                               ctypes.py_object(exc) if exc is not None else None)


@contextmanager
def _thread_limit(seconds: float) -> Iterator[None]:
    """`time_limit` outside the main thread, where no signal can reach: a timer thread raises
    DocumentTimeout asynchronously in this one. The lock makes sure it never fires after the
    body is over; one raised but not yet delivered when the body ends is withdrawn."""
    target = threading.get_ident()
    lock = threading.Lock()
    state = {"over": False, "fired": False}

    def expire() -> None:
        with lock:
            if not state["over"]:
                state["fired"] = True
                _raise_in(target, DocumentTimeout)

    timer = threading.Timer(max(seconds, 1e-3), expire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        with lock:
            state["over"] = True
        timer.cancel()
        if state["fired"]:
            _raise_in(target, None)  # withdraw it if it is still pending
