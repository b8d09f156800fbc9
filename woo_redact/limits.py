"""A time limit for one document: a damaged or hostile PDF must not stall a batch.

:func:`within` runs a function and raises :class:`~woo_redact.errors.DocumentTimeout`
when it takes longer than allowed. It uses ``SIGALRM``, so it limits only code
running in a process's main thread (every batch worker, and ``apply``); elsewhere
it just runs the function. The alarm is raised as a ``BaseException`` inside the
work, so that no ``except Exception`` on the way (a reader that treats an error
as an unreadable font, say) can take it for an ordinary failure and go on; it
repeats every second until the work has stopped.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable
from typing import TypeVar

from .errors import DocumentTimeout

T = TypeVar("T")


class _Expired(BaseException):
    """The alarm inside the work (never leaves :func:`within`)."""


def within(seconds: float, fn: Callable[[], T], message: str) -> T:
    """``fn()``, or :class:`DocumentTimeout` with ``message`` after ``seconds`` (0: no limit)."""
    if seconds <= 0 or threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        return fn()
    armed = True

    def expire(signum: int, frame: object) -> None:
        if armed:
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
