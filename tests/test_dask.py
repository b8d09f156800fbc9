"""`run --executor dask`: a real Dask scheduler and two workers on 127.0.0.1 give a local run's outputs.

The scheduler and workers are started as a user would (`dask scheduler`, `dask
worker`); the disclosure versions, findings files and the inventory's rows are
compared byte for byte, the log record for record apart from its timestamps.
"""

from __future__ import annotations

import io
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from clitools import ROOT, run_cli
from pdfgen import make_note

from woo_redact.errors import ExitCode

pytest.importorskip("distributed")

DASK = [sys.executable, "-m", "dask"]
TIMES = ("time", "started", "finished")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def cluster(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A scheduler and two single-threaded workers; their address."""
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    logs = [open(tmp_path / f"dask{k}.log", "w") for k in range(3)]  # noqa: SIM115 - closed below
    procs = [
        subprocess.Popen(
            [*DASK, "scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"],
            stdout=logs[0],
            stderr=subprocess.STDOUT,
            env=env,
            cwd=tmp_path,
        )
    ]
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.2)
        for k in (1, 2):
            procs.append(
                subprocess.Popen(
                    [*DASK, "worker", address, "--nthreads", "1", "--no-dashboard", "--host", "127.0.0.1"],
                    stdout=logs[k],
                    stderr=subprocess.STDOUT,
                    env=env,
                    cwd=tmp_path,
                )
            )
        _wait_for_workers(address, 2)
        yield address
    finally:
        for p in reversed(procs):
            p.terminate()
        for p in procs:
            try:
                p.wait(timeout=10)
            except subprocess.TimeoutExpired:
                p.kill()
        for log in logs:
            log.close()


def _wait_for_workers(address: str, n: int) -> None:
    from distributed import Client

    with Client(address, timeout="30s") as client:
        client.wait_for_workers(n, timeout=60)


def _log(out: Path) -> list[dict]:
    records = [json.loads(line) for line in (out / "audit.jsonl").read_text(encoding="utf-8").splitlines()]
    for r in records:
        for key in (*TIMES, "prev"):  # the chain links hash the timestamps
            r.pop(key, None)
    return records


def _sheet(path: Path) -> list[tuple]:
    from openpyxl import load_workbook

    return [tuple(row) for ws in load_workbook(io.BytesIO(path.read_bytes())) for row in ws.iter_rows(values_only=True)]


def test_dask_cluster_gives_the_local_outputs(tmp_path: Path, config_file: Path, cluster: str) -> None:
    src = tmp_path / "in"
    src.mkdir()
    make_note(src / "a.pdf", [("Helvetica", "Van: Sanne Kwakernaak-Oudshoorn"), ("Helvetica", "Aan de minister.")])
    make_note(src / "b.pdf", [("Helvetica", "Kwakernaak-Oudshoorn heeft het stuk gelezen.")])
    (src / "sub").mkdir()
    make_note(src / "sub" / "c.pdf")
    local, remote = tmp_path / "local", tmp_path / "dask"
    r1 = run_cli("run", src, "--out", local, "--config", config_file, "--workers", "1")
    assert r1.code == ExitCode.OK, r1.stderr
    r2 = run_cli(
        "run",
        src,
        "--out",
        remote,
        "--config",
        config_file,
        "--workers",
        "1",
        "--executor",
        "dask",
        "--scheduler",
        cluster,
    )
    assert r2.code == ExitCode.OK, r2.stderr
    assert r1.lines == r2.lines and [x["status"] for x in r2.lines] == ["written"] * 3
    files = sorted(p.relative_to(local) for p in local.rglob("*") if p.is_file() and p.suffix != ".xlsx")
    assert files == sorted(p.relative_to(remote) for p in remote.rglob("*") if p.is_file() and p.suffix != ".xlsx")
    assert Path("publish/b.pdf") in files and Path("publish/sub/c.pdf") in files
    for rel in files:
        if rel.name != "audit.jsonl":
            assert (local / rel).read_bytes() == (remote / rel).read_bytes(), rel
    assert _log(local) == _log(remote)
    rel = Path("publish/inventaris.xlsx")
    assert _sheet(local / rel) == _sheet(remote / rel)  # the workbook's bytes hold its creation time
    assert "Kwakernaak" not in (remote / "publish" / "b.pdf").read_bytes().decode("latin-1")


def test_unreachable_scheduler_is_a_usage_error(tmp_path: Path, config_file: Path) -> None:
    make_note(tmp_path / "n.pdf")
    address = f"tcp://127.0.0.1:{_free_port()}"
    args = ("--config", config_file, "--executor", "dask", "--scheduler", address)
    r = run_cli("run", tmp_path / "n.pdf", "--out", tmp_path / "o", *args)
    assert r.code == ExitCode.USAGE and "no Dask scheduler answers" in r.stderr
    assert not (tmp_path / "o" / "audit.jsonl").exists()  # nothing of a run was started
