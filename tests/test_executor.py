"""The executors hand results back in input order, with a bounded number of tasks in flight."""

from __future__ import annotations

import os
from typing import Any

import pytest

from woo_redact.errors import UsageError
from woo_redact.executor import Executor, InProcess, LocalPool, make_executor


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
    for executor in (InProcess(), LocalPool(2, _noop, ())):
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
