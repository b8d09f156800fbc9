"""The executors hand results back in input order, with a bounded number of tasks in flight."""

from __future__ import annotations

import os
import time
from typing import Any

import pytest

from woo_redact.errors import UsageError
from woo_redact.executor import Executor, InProcess, LocalPool, PinnedPools, make_executor


def _square_or_fail(x: int) -> tuple[int, int]:
    if x == 3:
        raise ValueError("three")
    return x * x, os.getpid()


class _Counting(InProcess):
    """Runs nothing until asked for a result, and counts the tasks submitted but not yet taken."""

    window = 3

    def __init__(self) -> None:
        self.in_flight = self.most = 0

    def submit(self, fn: Any, *args: Any) -> Any:
        self.in_flight += 1
        self.most = max(self.most, self.in_flight)
        outer = self

        class Lazy:
            def result(self) -> Any:
                outer.in_flight -= 1
                return fn(*args)

        return Lazy()


def _noop() -> None:
    pass


def test_results_in_order_with_errors_returned() -> None:
    for executor in (InProcess(), LocalPool(2, _noop, ()), PinnedPools(2, _noop, ())):
        with executor:
            got = list(executor.ordered(_square_or_fail, range(8)))
        assert [x for x, _ in got] == list(range(8))
        assert isinstance(got[3][1], ValueError)
        assert [r[0] for x, r in got if x != 3] == [x * x for x in range(8) if x != 3]


def test_pool_runs_in_other_processes() -> None:
    with LocalPool(2, _noop, ()) as pool:
        pids = {r[1] for _, r in pool.ordered(_square_or_fail, [1, 2, 4, 5])}
    assert os.getpid() not in pids


def test_in_flight_is_bounded() -> None:
    executor = _Counting()
    assert [x for x, _ in executor.ordered(_square_or_fail, range(50))] == list(range(50))
    assert executor.most == executor.window


def test_scheduler_needs_dask() -> None:
    with pytest.raises(UsageError, match="--executor dask"):
        make_executor("local", 2, "tcp://127.0.0.1:1", _noop, ())
    assert isinstance(make_executor("local", 1, None, _noop, ()), Executor)


def _pid_after(x: int, wait: float) -> int:
    time.sleep(wait)
    return os.getpid()


def test_pinned_tasks_run_on_their_worker_and_the_others_anywhere() -> None:
    with PinnedPools(2, _noop, ()) as pool:
        first = dict(pool.ordered(_pid_after, range(40), 0.001))
        where = {x: pool.worker_of(x) for x in range(40)}
        assert set(where.values()) == {0, 1} and len(set(first.values())) == 2
        pid_of = {where[x]: pid for x, pid in first.items()}  # one process a worker
        assert all(pid_of[where[x]] == first[x] for x in range(40))
        pinned = {x: where[x] for x in range(0, 40, 2)}  # every other item back to its worker
        again = list(pool.ordered(_pid_after, range(40), 0.001, pinned=pinned))
        assert [x for x, _ in again] == list(range(40))  # in order
        assert all(pid == pid_of[pinned[x]] for x, pid in again if x in pinned)


def test_a_long_task_does_not_keep_the_other_worker_waiting() -> None:
    # item 0 takes 3 s; the other worker runs most of the other 39 (10 ms each) meanwhile, far past the window
    with PinnedPools(2, _noop, ()) as pool:
        got = list(pool.ordered(_slow_first, range(40)))
        assert [x for x, _ in got] == list(range(40))
        slow = got[0][1]
        assert sum(pid != slow for _, pid in got[1:]) >= 30


def _slow_first(x: int) -> int:
    time.sleep(3 if x == 0 else 0.01)
    return os.getpid()


def test_pinned_pools_bound_what_is_in_flight() -> None:
    with PinnedPools(2, _noop, ()) as pool:
        assert pool.cap == 32 and pool.window == 8
        assert [x for x, _ in pool.ordered(_square_or_fail, range(100))] == list(range(100))
