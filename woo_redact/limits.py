"""A time and a memory limit for one document: a damaged or hostile PDF must not stall or sink a batch.

:func:`within` runs a function and raises :class:`~woo_redact.errors.DocumentTimeout`
when it takes longer than allowed. It uses ``SIGALRM``, so it limits only code
running in a process's main thread (every batch worker, and ``apply``); elsewhere
it just runs the function. The alarm is raised as a ``BaseException`` inside the
work, so that no ``except Exception`` on the way (a reader that treats an error
as an unreadable font, say) can take it for an ordinary failure and go on; it
repeats every second until the work has stopped. An alarm that comes while a
finalizer (``__del__``) runs is not raised there (Python would only print it and
go on) but waits for its next repeat. Work that ends in another error
after the alarm (ctypes wraps an exception raised while it converts a call's
arguments in its ``ArgumentError``) has timed out too.

:func:`within_memory` runs a function with this process's address space capped
(``RLIMIT_AS``, ``redaction.worker_memory_mb``) and raises
:class:`~woo_redact.errors.DocumentOutOfMemory` when the work runs out of it. A
pool worker is capped for good in its initialiser (:func:`cap_memory`); in the
main process (one worker, ``apply``) the cap holds only during the document's
work and the previous limit is restored afterwards, so the run itself goes on.
The cap is the soft limit only: it can always be lifted again. An allocation
that fails in native code that cannot report it (PDFium aborts) ends the process:
a pool worker's document then fails alone (:mod:`woo_redact.executor`).
"""

from __future__ import annotations

import resource
import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType
from typing import TypeVar

from .errors import DocumentOutOfMemory, DocumentTimeout

T = TypeVar("T")


class _Expired(BaseException):
    """The alarm inside the work (never leaves :func:`within`)."""


def within(seconds: float, fn: Callable[[], T], message: str) -> T:
    """``fn()``, or :class:`DocumentTimeout` with ``message`` after ``seconds`` (0: no limit)."""
    if seconds <= 0 or threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        return fn()
    armed = True
    fired = False

    def expire(signum: int, frame: FrameType | None) -> None:
        nonlocal fired
        if armed and not _in_finalizer(frame):
            fired = True
            raise _Expired

    def disarm() -> None:
        nonlocal armed
        armed = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds, 1.0)
    try:
        try:
            return fn()
        finally:
            disarm()
    except _Expired:  # also when the alarm came just as the work ended, inside the first disarm()
        disarm()
        raise DocumentTimeout(message) from None
    except Exception:
        if fired:  # the alarm, wrapped by a library in an error of its own (ctypes: ArgumentError)
            raise DocumentTimeout(message) from None
        raise


def _in_finalizer(frame: FrameType | None) -> bool:
    """Whether the interrupted code runs in a ``__del__``: Python ignores an exception raised there (it
    only prints "Exception ignored in ..." on stderr), so the alarm waits for its next repeat."""
    while frame is not None:
        if frame.f_code.co_name == "__del__":
            return True
        frame = frame.f_back
    return False


def _capped(mb: int) -> int:
    """The soft address-space limit in bytes that caps this process at ``mb`` MB (never above the hard limit)."""
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    want = mb << 20
    return want if hard == resource.RLIM_INFINITY else min(want, hard)


def cap_memory(mb: int) -> None:
    """Cap this process's address space at ``mb`` MB from now on (0: leave it); a pool worker's initialiser."""
    if mb > 0:
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        if soft == resource.RLIM_INFINITY or soft > _capped(mb):
            resource.setrlimit(resource.RLIMIT_AS, (_capped(mb), hard))


@contextmanager
def memory_capped(mb: int) -> Iterator[None]:
    """Within the block, this process's address space is capped at ``mb`` MB (0: no cap); the limit is restored."""
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if mb <= 0 or (soft != resource.RLIM_INFINITY and soft <= _capped(mb)):  # already capped as tight (a worker)
        yield
        return
    resource.setrlimit(resource.RLIMIT_AS, (_capped(mb), hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def within_memory(mb: int, fn: Callable[[], T], message: str) -> T:
    """``fn()`` with the address space capped at ``mb`` MB, or :class:`DocumentOutOfMemory` with ``message``."""
    try:
        with memory_capped(mb):
            return fn()
    except MemoryError:
        raise DocumentOutOfMemory(message) from None


def memory_message(name: str, mb: int) -> str:
    """What a user reads when document ``name`` ran out of memory under a cap of ``mb`` MB (0: none)."""
    limit = f"more than the {mb} MB a worker may use" if mb > 0 else "more memory than this machine could give"
    return (
        f"{name}: processing needed {limit}, so no disclosure version was written (the file may be damaged or "
        "built to exhaust memory, e.g. a decompression bomb). Check the file, or raise redaction.worker_memory_mb "
        "in the configuration for a very large document."
    )
