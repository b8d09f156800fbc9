"""The per-worker memory limit (``redaction.worker_memory_mb``): a document that needs more is withheld.

The document that runs out is made by fault injection: a ``sitecustomize`` module
(loaded by every Python process of the run, pool workers included) wraps one stage
so that, for a document whose name holds ``hog``, it allocates 64 MB arrays until
the allocation fails. numpy's zeroed arrays take address space without touching the
pages, so the test does not take the memory it asks for.
"""

from __future__ import annotations

import json
import os
import resource
import signal
import subprocess
import sys
import textwrap
import time
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import fuzzgen
import pytest
from clitools import ROOT

from woo_redact.config import load_config
from woo_redact.errors import ConfigError, DocumentOutOfMemory, ExitCode, describe_failure
from woo_redact.executor import LocalPool, PinnedPools
from woo_redact.limits import within_memory

LIMIT_MB = 1024

HOG = textwrap.dedent(
    """
    import os

    import numpy

    import woo_redact.{module} as target

    real = target.{function}


    def hog(*args, **kwargs):
        if "hog" in str(args[{name_arg}]):
            held = []
            while True:  # never returns: the limit ends it with a MemoryError
                held.append(numpy.zeros(64 << 20, dtype=numpy.uint8))
        return real(*args, **kwargs)


    target.{function} = hog
    """
)

STAGES = {  # where the hog sits: phase 2's work on one document, or phase 1's parse
    "redact": {"module": "pipeline", "function": "_run_document", "name_arg": 1},
    "parse": {"module": "parse", "function": "parse_pdf", "name_arg": 1},
}


def _run(tmp_path: Path, stage: str, workers: int) -> tuple[subprocess.CompletedProcess, Path]:
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(HOG.format(**STAGES[stage]), encoding="utf-8")
    src = tmp_path / "in"
    src.mkdir()
    for name in ("a.pdf", "hog.pdf", "b.pdf"):
        (src / name).write_bytes(fuzzgen.note())
    config = tmp_path / "config.yaml"
    config.write_text(
        f"audit:\n  key_file: {tmp_path / 'key'}\nredaction:\n  worker_memory_mb: {LIMIT_MB}\n"
        "  document_timeout_s: 120\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(site), str(ROOT)]))
    args = ["run", src, "--out", out, "--config", config, "--workers", str(workers), "--no-progress"]
    proc = subprocess.run(
        [sys.executable, "-m", "woo_redact.cli", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=600,
    )
    return proc, out


def _check_hog_withheld(proc: subprocess.CompletedProcess, out: Path) -> None:
    assert proc.returncode == ExitCode.DOCUMENTS_FAILED, proc.stderr
    assert "Traceback" not in proc.stderr and "internal error" not in proc.stderr
    lines = {json.loads(x)["output"]: json.loads(x) for x in proc.stdout.splitlines() if x.strip()}
    hog = lines["hog.pdf"]
    assert hog["status"] == "failed"
    assert f"more than the {LIMIT_MB} MB a worker may use" in hog["error"]
    assert "redaction.worker_memory_mb" in hog["error"]  # says what to do
    assert not (out / "publish" / "hog.pdf").exists()
    for name in ("a.pdf", "b.pdf"):  # the rest of the batch is written and proven
        assert lines[name]["status"] == "written" and lines[name]["redactions"] >= 1, lines[name]
        assert (out / "publish" / name).exists()
        meta = json.loads((out / "work" / name.replace(".pdf", ".findings.json")).read_text(encoding="utf-8"))
        assert meta["proof"]["passed"]
    records = [json.loads(x) for x in (out / "audit.jsonl").read_text().splitlines()]
    (entry,) = [r for r in records if r.get("type") == "document" and r.get("output") == "hog.pdf"]
    assert entry["error_class"] == "DocumentOutOfMemory"
    assert entry["reason"] == DocumentOutOfMemory.public_default  # the public reason quotes nothing of the file
    assert records[-1]["type"] == "run_end"


@pytest.mark.parametrize("workers", [1, 2])
def test_a_document_past_the_memory_limit_is_withheld_and_the_batch_goes_on(tmp_path: Path, workers: int) -> None:
    proc, out = _run(tmp_path, "redact", workers)
    _check_hog_withheld(proc, out)


def test_the_limit_holds_in_phase_one_too(tmp_path: Path) -> None:
    proc, out = _run(tmp_path, "parse", 1)
    _check_hog_withheld(proc, out)


def test_the_cap_is_lifted_after_the_document_in_the_main_process() -> None:
    before = resource.getrlimit(resource.RLIMIT_AS)
    seen = []

    def work() -> None:
        seen.append(resource.getrlimit(resource.RLIMIT_AS)[0])
        bytearray(8 << 30)  # 8 GB at once: more than the cap allows

    with pytest.raises(DocumentOutOfMemory, match="too big"):
        within_memory(LIMIT_MB, work, "too big")
    assert seen == [LIMIT_MB << 20]
    assert resource.getrlimit(resource.RLIMIT_AS) == before
    assert within_memory(0, lambda: 42, "unused") == 42  # 0: no cap
    assert resource.getrlimit(resource.RLIMIT_AS) == before
    assert describe_failure(MemoryError())[1] == DocumentOutOfMemory.public_default


def _abort_on_three(x: int) -> int:
    if x == 3:
        os.kill(os.getpid(), signal.SIGKILL)  # as an abort in native code (PDFium out of memory) ends it
    return x * x


def _abort_on_three_once_the_others_ran(x: int, log: Path) -> int:
    if x == 3:
        deadline = time.monotonic() + 60
        while len(log.read_text().split()) < 4 and time.monotonic() < deadline:
            time.sleep(0.05)  # until the other worker has finished every other task
        os.kill(os.getpid(), signal.SIGKILL)
    with log.open("a") as fh:
        fh.write(f"{x}\n")
    return x * x


def _limit_of_worker(_: int) -> int:
    return resource.getrlimit(resource.RLIMIT_AS)[0]


def _noop() -> None:
    pass


@pytest.mark.parametrize("kind", [LocalPool, PinnedPools])
def test_a_worker_that_dies_fails_only_its_task(kind: type[LocalPool] | type[PinnedPools]) -> None:
    with kind(2, _noop, (), memory_mb=LIMIT_MB) as pool:
        got = dict(pool.ordered(_abort_on_three, range(8)))
        assert isinstance(got.pop(3), BrokenProcessPool)
        assert got == {x: x * x for x in range(8) if x != 3}
        assert {r for _, r in pool.ordered(_limit_of_worker, range(4))} == {LIMIT_MB << 20}  # the new pool's too


@pytest.mark.parametrize("kind", [LocalPool, PinnedPools])
def test_tasks_finished_before_a_worker_died_are_not_run_again(
    tmp_path: Path, kind: type[LocalPool] | type[PinnedPools]
) -> None:
    log = tmp_path / "ran.txt"
    log.write_text("")
    with kind(2, _noop, ()) as pool:
        got = dict(pool.ordered(_abort_on_three_once_the_others_ran, range(3, 8), log))
    assert isinstance(got.pop(3), BrokenProcessPool)
    assert got == {x: x * x for x in range(4, 8)}
    assert sorted(log.read_text().split()) == ["4", "5", "6", "7"]  # each ran once: kept, not run again


def test_a_limit_too_small_for_the_model_is_a_configuration_error(tmp_path: Path) -> None:
    config = tmp_path / "config.yaml"
    config.write_text(f"audit:\n  key_file: {tmp_path / 'key'}\nredaction:\n  worker_memory_mb: 300\n")
    with pytest.raises(ConfigError, match="give at least 1024, or 0 for no limit"):
        load_config(config)
    config.write_text(f"audit:\n  key_file: {tmp_path / 'key'}\nredaction:\n  worker_memory_mb: 0\n")
    assert load_config(config).redaction.worker_memory_mb == 0
    assert load_config().redaction.worker_memory_mb == 4096  # the documented default
