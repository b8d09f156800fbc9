"""Where a batch's tasks run: in this process, a local process pool, or a Dask cluster.

Every executor runs plain module-level functions with picklable arguments and
hands back their results **in the order the tasks were given**, with a bounded
number of tasks in flight (``window``; :class:`PinnedPools` up to 16 a worker): the
main process holds only those, whatever the batch's size, and writes the log, the
progress and the inventory in input order.

- ``local``: ``workers`` == 1 runs the tasks in this process; more use a
  :class:`~concurrent.futures.ProcessPoolExecutor` (each worker process has the
  model and word lists loaded once, see :func:`woo_redact.batch_worker.ensure_worker`:
  where workers are forked, this process loads them before the pool starts and the
  workers inherit them; and has its address space capped at ``memory_mb``, see
  :func:`woo_redact.limits.cap_memory`).
  A worker that dies (a native library aborting when memory runs out, a crash)
  breaks the pool: a new pool takes over, the task that was running is tried once
  more alone, and fails alone when it stops that worker too.
- ``local`` with ``workers`` >= 2 where workers are forked (Linux): :class:`PinnedPools`, one such pool of
  one process per worker, so that a task can be sent to the worker an earlier task ran on (phase 2 of a
  document to the worker that holds its phase 1 in memory, :mod:`woo_redact.phase1`); other tasks go to the
  worker with the fewest unfinished, topped up as each finishes. A worker that dies is replaced alone.
- ``dask``: a Dask distributed ``Client`` on ``scheduler`` (an existing cluster,
  e.g. ``tcp://10.0.0.5:8786``) or, without one, on a ``LocalCluster`` of
  ``workers`` single-threaded worker processes. Workers need woo_redact (same
  version) installed and the inputs and the output folder at the same paths.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Protocol, TypeVar

from .errors import UsageError
from .limits import cap_memory

T = TypeVar("T")
EXECUTORS = ("local", "dask")


class _Result(Protocol):
    def result(self) -> Any: ...


class Executor:
    """Runs tasks; subclasses say where. Use as a context manager."""

    window = 1
    in_process = False  # the tasks run in this process (what one task keeps here, the next can use)
    pins = False  # a task can be sent to the worker an earlier one ran on (:meth:`ordered`'s ``pinned``)
    # every worker ran the initializer :func:`make_executor` was given, with its arguments (a task may name them
    # instead of carrying them: ``batch_worker.InitRef``)
    initialised = False

    def submit(self, fn: Callable[..., Any], *args: Any) -> _Result:
        """Start ``fn(*args)``; its result (or the exception it raised) is collected later."""
        raise NotImplementedError

    def ordered(
        self, fn: Callable[..., Any], items: Iterable[T], *args: Any, pinned: Mapping[Any, int] | None = None
    ) -> Iterator[tuple[T, Any | BaseException]]:
        """``fn(item, *args)`` for every item: (item, result) in the items' order; a task's exception is returned.

        ``pinned``: items to run on the worker an earlier task ran on (:meth:`worker_of`'s number); only
        where :attr:`pins`, else ignored."""
        pending: deque[tuple[T, _Result]] = deque()
        for item in items:
            pending.append((item, self.submit(fn, item, *args)))
            if len(pending) >= self.window:
                yield _take(pending)
        while pending:
            yield _take(pending)

    def worker_of(self, item: Any) -> int | None:
        """The worker the last task of ``item`` was sent to (where :attr:`pins`), else None."""
        return None

    def close(self) -> None:
        """Stop the workers this executor started."""

    def __enter__(self) -> Executor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _take(pending: deque[tuple[T, _Result]]) -> tuple[T, Any | BaseException]:
    item, fut = pending.popleft()
    try:
        return item, fut.result()
    except Exception as exc:  # noqa: BLE001 - the caller turns a crashed task into its document's failure
        return item, exc


class InProcess(Executor):
    """Every task at once, here (one worker)."""

    in_process = True

    def submit(self, fn: Callable[..., Any], *args: Any) -> _Result:
        """Start ``fn(*args)``; its result (or the exception it raised) is collected later."""
        fut: Future[Any] = Future()
        try:
            fut.set_result(fn(*args))
        except Exception as exc:  # noqa: BLE001 - handed back like a pool's
            fut.set_exception(exc)
        return fut


class LocalPool(Executor):
    """A pool of worker processes on this machine, each capped at ``memory_mb`` MB of address space (0: no cap)."""

    initialised = True  # (each worker's initializer, also after a restart)

    def __init__(
        self, workers: int, initializer: Callable[..., None], initargs: tuple[Any, ...], memory_mb: int = 0
    ) -> None:
        self._start = (workers, initializer, initargs, memory_mb)
        self.pool = self._new_pool()
        self.window = 4 * workers

    def _new_pool(self) -> ProcessPoolExecutor:
        workers, initializer, initargs, memory_mb = self._start
        return ProcessPoolExecutor(
            max_workers=workers, initializer=_start_worker, initargs=(memory_mb, initializer, initargs)
        )

    def submit(self, fn: Callable[..., Any], *args: Any) -> _Result:
        """Start ``fn(*args)``; its result (or the exception it raised) is collected later."""
        try:
            return self.pool.submit(fn, *args)
        except BrokenProcessPool:  # a worker died since the last task was taken: a new pool
            self._restart()
            return self.pool.submit(fn, *args)

    def ordered(
        self, fn: Callable[..., Any], items: Iterable[T], *args: Any, pinned: Mapping[Any, int] | None = None
    ) -> Iterator[tuple[T, Any | BaseException]]:
        """As :meth:`Executor.ordered`; a task whose worker died is tried once more alone, in a new pool."""
        pending: deque[tuple[T, _Result]] = deque()

        def take() -> tuple[T, Any | BaseException]:
            item, result = _take(pending)
            if not isinstance(result, BrokenProcessPool):
                return item, result
            self._restart()  # every task in flight was lost with the pool: this one alone, then the others again
            _, result = _take(deque([(item, self.pool.submit(fn, item, *args))]))
            if isinstance(result, BrokenProcessPool):
                self._restart()  # it stops a worker every time: it fails alone
            for i, (other, fut) in enumerate(pending):
                if _lost(fut):
                    pending[i] = (other, self.submit(fn, other, *args))
            return item, result

        for item in items:
            pending.append((item, self.submit(fn, item, *args)))
            if len(pending) >= self.window:
                yield take()
        while pending:
            yield take()

    def _restart(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)
        self.pool = self._new_pool()

    def close(self) -> None:
        """Release the workers (and a cluster this executor started)."""
        self.pool.shutdown(wait=True, cancel_futures=True)


class PinnedPools(Executor):
    """``workers`` local worker processes, each a :class:`LocalPool` of one with its own queue of tasks.

    A task of an item in :meth:`ordered`'s ``pinned`` goes to that worker, at once; any other to the worker
    with the fewest unfinished tasks. Tasks are topped up as any finishes (beyond the window of
    ``4 * workers``, while that worker has fewer than ``depth`` unfinished), so a worker does not wait for
    another's long task to be taken first; results still come back in the items' order, at most
    ``16 * workers`` in flight. A worker that
    dies is replaced alone: the task that was running is tried once more alone in its new process, and
    fails alone when it stops that one too; its other lost tasks are sent again.
    """

    pins = True
    initialised = True  # (each worker's initializer, also in a worker started again)
    depth = 2  # unfinished tasks a worker: the one running and the next, already sent

    def __init__(
        self, workers: int, initializer: Callable[..., None], initargs: tuple[Any, ...], memory_mb: int = 0
    ) -> None:
        self.pools = [LocalPool(1, initializer, initargs, memory_mb) for _ in range(workers)]
        for pool in self.pools:  # every process forked now, before any pool starts its threads
            launch = getattr(pool.pool, "_launch_processes", None)
            if launch is not None:
                launch()
        self.window = 4 * workers
        self.cap = 16 * workers
        self._placed: dict[Any, int] = {}

    def submit(self, fn: Callable[..., Any], *args: Any) -> _Result:
        """Start ``fn(*args)`` on the first worker; :meth:`ordered` spreads its tasks."""
        return self.pools[0].submit(fn, *args)

    def worker_of(self, item: Any) -> int | None:
        """The worker the last task of ``item`` was sent to."""
        return self._placed.get(item)

    def ordered(
        self, fn: Callable[..., Any], items: Iterable[T], *args: Any, pinned: Mapping[Any, int] | None = None
    ) -> Iterator[tuple[T, Any | BaseException]]:
        """As :meth:`Executor.ordered`, each task on its pinned worker or the least busy one."""
        pins = pinned or {}
        pending: deque[tuple[T, int, _Result]] = deque()
        source = iter(items)
        nxt: list[T] = []  # the next item, when it waits for its worker
        done = False

        def unfinished(w: int) -> int:
            return sum(1 for _, at, fut in pending if at == w and not _finished(fut))

        def top_up() -> None:
            nonlocal done
            while len(pending) < self.cap:
                if not nxt:
                    try:
                        nxt.append(next(source))
                    except StopIteration:
                        done = True
                        return
                item = nxt[0]
                busy = [unfinished(w) for w in range(len(self.pools))]
                w = pins.get(item)
                if w is None or not 0 <= w < len(self.pools):
                    w = min(range(len(busy)), key=busy.__getitem__)
                    if len(pending) >= self.window and busy[w] >= self.depth:
                        return  # enough sent for now: more as a task finishes
                # (a pinned task is sent at once, up to the cap: the tasks behind it go on to the other workers)
                nxt.clear()
                self._placed[item] = w
                pending.append((item, w, self.pools[w].submit(fn, item, *args)))

        def take() -> tuple[T, Any | BaseException]:
            item, w, fut = pending.popleft()
            _, result = _take(deque([(item, fut)]))
            if not isinstance(result, BrokenProcessPool):
                return item, result
            pool = self.pools[w]
            pool._restart()  # its tasks in flight were lost with it: this one alone, then the others again
            _, result = _take(deque([(item, pool.pool.submit(fn, item, *args))]))
            if isinstance(result, BrokenProcessPool):
                pool._restart()  # it stops a worker every time: it fails alone
            for i, (other, at, task) in enumerate(pending):
                if at == w and _lost(task):
                    pending[i] = (other, at, pool.submit(fn, other, *args))
            return item, result

        top_up()
        while pending:
            head = pending[0][2]
            while not _finished(head):
                waiting = [fut for _, _, fut in pending if isinstance(fut, Future) and not fut.done()]
                wait(waiting, return_when=FIRST_COMPLETED)
                if not done:
                    top_up()
            yield take()
            if not done:
                top_up()

    def close(self) -> None:
        """Release the workers."""
        for pool in self.pools:
            pool.close()


def _finished(fut: _Result) -> bool:
    return not isinstance(fut, Future) or fut.done()


def _lost(fut: _Result) -> bool:
    """Whether a task's result went down with its pool (a finished task keeps its result)."""
    if not isinstance(fut, Future) or not fut.done() or fut.cancelled():
        return True
    return isinstance(fut.exception(), BrokenProcessPool)


def _start_worker(memory_mb: int, initializer: Callable[..., None], initargs: tuple[Any, ...]) -> None:
    """A pool worker's initialiser: cap its memory, then ``initializer(*initargs)``."""
    cap_memory(memory_mb)
    initializer(*initargs)


class DaskExecutor(Executor):
    """Tasks on a Dask distributed cluster: ``scheduler``'s, or a LocalCluster of ``workers`` processes."""

    def __init__(self, workers: int, scheduler: str | None = None) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError as exc:
            raise UsageError(
                "--executor dask needs Dask distributed: pip install 'dask[distributed]' (or woo_redact[dask])."
            ) from exc
        self.cluster = None
        if scheduler:
            try:
                self.client = Client(scheduler, timeout="20s")
            except OSError as exc:
                raise UsageError(
                    f"--scheduler {scheduler}: no Dask scheduler answers there ({exc}). "
                    "Start one (`dask scheduler`) or check the address."
                ) from exc
        else:
            self.cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
            self.client = Client(self.cluster)
        n = len(self.client.scheduler_info().get("workers", {})) or workers
        self.window = 4 * max(1, n)

    def submit(self, fn: Callable[..., Any], *args: Any) -> _Result:
        """Start ``fn(*args)``; its result (or the exception it raised) is collected later."""
        return self.client.submit(fn, *args, pure=False)

    def close(self) -> None:
        """Release the workers (and a cluster this executor started)."""
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def make_executor(
    kind: str,
    workers: int,
    scheduler: str | None,
    initializer: Callable[..., None],
    initargs: tuple[Any, ...],
    memory_mb: int = 0,
) -> Executor:
    """The executor for ``--executor kind`` (``local`` or ``dask``); ``memory_mb`` caps each local pool worker."""
    if kind == "dask":
        return DaskExecutor(workers, scheduler)
    if kind != "local":
        raise UsageError(f"--executor {kind}: unknown; give one of {', '.join(EXECUTORS)}.")
    if scheduler:
        raise UsageError("--scheduler is for --executor dask. Add --executor dask or leave --scheduler out.")
    if workers <= 1:
        initializer(*initargs)
        return InProcess()  # (nothing is pickled: a task is sent what it was given)
    if multiprocessing.get_start_method() == "fork":
        # the pool's workers are forked from this process (now and after a restart): what the initializer
        # loads here (the detector: spaCy's and presidio's imports, the model, the word lists; ~3 CPU
        # seconds) they inherit, instead of each loading it again; theirs then finds it loaded
        initializer(*initargs)
        return PinnedPools(workers, initializer, initargs, memory_mb)
    return LocalPool(workers, initializer, initargs, memory_mb)
