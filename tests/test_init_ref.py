"""A task names the run's configuration by a nonce where every worker's initializer was given it
(batch_worker.InitRef, Executor.initialised): the same outputs as a task that carries it, ~22 KB less a task."""

from __future__ import annotations

import dataclasses
import json
import pickle
from pathlib import Path, PurePosixPath

import pytest

from woo_redact import batch_worker
from woo_redact.batch import remove_phase1
from woo_redact.batch_jobs import Job, finish_job, scan_job
from woo_redact.batch_worker import InitRef, WorkerInit, ensure_worker, worker_init
from woo_redact.executor import DaskExecutor, Executor, InProcess, LocalPool, PinnedPools


def _init(config_file: Path, out: Path) -> WorkerInit:
    from woo_redact.config import load_config
    from woo_redact.outputs import run_stamp

    config = load_config(config_file)
    stamp = run_stamp(config)
    return WorkerInit(config, b"k" * 32, str(out), stamp, f"{stamp.config_sha256}:{stamp.detector_sha256}")


def test_a_ref_names_the_init_this_process_was_given(tmp_path: Path, config_file: Path) -> None:
    init = _init(config_file, tmp_path / "out")
    other = dataclasses.replace(init, out=str(tmp_path / "other"))
    assert other.nonce != init.nonce and other == dataclasses.replace(other)  # (the nonce is no part of equality)
    assert pickle.loads(pickle.dumps(init)).nonce == init.nonce  # a worker forked or sent it has the same
    assert len(pickle.dumps(init.ref())) < 200 < 10_000 < len(pickle.dumps(init))
    assert worker_init(init) is init and worker_init(other) is other
    ensure_worker(init)
    assert worker_init(init.ref()) is init
    with pytest.raises(RuntimeError):
        worker_init(other.ref())  # not this process's: the task fails alone
    ensure_worker(other)  # another run's in the same process (the same detector): its nonce now
    assert worker_init(other.ref()) is other
    with pytest.raises(RuntimeError):
        worker_init(InitRef(init.nonce))


def test_executors_say_whether_their_workers_have_it() -> None:
    assert not Executor.initialised and not InProcess.initialised and not DaskExecutor.initialised
    assert LocalPool.initialised and PinnedPools.initialised


def test_jobs_given_a_ref_write_what_they_write_given_the_init(tmp_path: Path, config_file: Path) -> None:
    from pdfgen import make_note

    src = make_note(tmp_path / "n.pdf", [("Helvetica", "Van: Sanne Kwakernaak-Oudshoorn"), ("Helvetica", "Groet")])
    job = Job(src, PurePosixPath("n.pdf"))
    written = {}
    for by_ref in (False, True):
        out = tmp_path / f"out-{by_ref}"
        init = _init(config_file, out)
        ensure_worker(init)
        sent: WorkerInit | InitRef = init.ref() if by_ref else init
        assert scan_job(job, sent).names == ("Sanne Kwakernaak-Oudshoorn",)
        outcome = finish_job(job, sent, None)
        assert not outcome.result.error, outcome.result.error
        meta = json.loads((out / "work" / "n.findings.json").read_text())
        written[by_ref] = (meta["findings"], (out / "publish" / "n.pdf").read_bytes())
        remove_phase1(out)
    assert written[True] == written[False]
    assert batch_worker._STATE.init is not None
