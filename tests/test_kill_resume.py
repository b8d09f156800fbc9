"""Kill -9 in the middle of a batch, run the same command again: nothing half-written, nothing lost.

Black-box: the CLI in a subprocess, killed with SIGKILL as soon as its first
disclosure version appears in publish/ (no Ctrl-C handler, no ``finally`` runs).
The rerun must leave the same publish/ as a run that was never interrupted.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from clitools import ROOT, run_cli
from pdfgen import make_note

from woo_redact.errors import ExitCode

NOTES = {
    "a.pdf": [("Helvetica", "Van: Sanne Kwakernaak-Oudshoorn"), ("Helvetica", "Aan de minister.")],
    # holds only the surname: done again with a's name (the batch-propagation redo)
    "b.pdf": [("Helvetica", "Kwakernaak-Oudshoorn heeft het stuk gelezen.")],
    "c.pdf": [("Helvetica", "Contact: Pieter de Boer, 06-12345678.")],
    "d.pdf": [("Helvetica", "Mevrouw Fleur Jansen belt terug.")],
}


def _inputs(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    src.mkdir()
    for name, lines in NOTES.items():
        make_note(src / name, lines)
    return src


def _publish(out: Path) -> dict[str, str]:
    """Every file in publish/ (the xlsx by its cells: the workbook format stamps the time) by its SHA-256."""
    files = {}
    for p in sorted((out / "publish").rglob("*")):
        if p.is_file():
            data = p.read_bytes() if p.suffix != ".xlsx" else _cells(p)
            files[str(p.relative_to(out / "publish"))] = hashlib.sha256(data).hexdigest()
    return files


def _cells(path: Path) -> bytes:
    from openpyxl import load_workbook

    rows = load_workbook(path, read_only=True).active.iter_rows(values_only=True)
    return json.dumps([list(r) for r in rows], default=str).encode()


def _run_and_kill(src: Path, out: Path, config: Path, workers: int = 1) -> None:
    """Start the run; SIGKILL it (its whole process group) once a first PDF is published."""
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "woo_redact.cli",
            "run",
            str(src),
            "--out",
            str(out),
            "--config",
            str(config),
            "--workers",
            str(workers),
        ],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    deadline = time.monotonic() + 120
    try:
        while not any((out / "publish").glob("*.pdf")):
            assert proc.poll() is None, "the run ended before it could be killed"
            assert time.monotonic() < deadline, "no disclosure version appeared"
            time.sleep(0.02)
        assert proc.poll() is None, "the run ended before it could be killed"
        os.killpg(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL


@pytest.mark.parametrize("workers", [1, 2])  # 2: phase 1 held in the pool's workers (executor.PinnedPools)
def test_kill_9_then_the_same_command_completes_the_batch(tmp_path: Path, config_file: Path, workers: int) -> None:
    src = _inputs(tmp_path)
    reference = tmp_path / "reference"
    assert run_cli("run", src, "--out", reference, "--config", config_file).code == ExitCode.OK

    out = tmp_path / "out"
    _run_and_kill(src, out, config_file, workers)
    published = sorted(p.name for p in (out / "publish").glob("*.pdf"))
    assert published and len(published) < len(NOTES), "killed too late to test anything"
    # what a kill during a write leaves: a temporary file next to its final name
    (out / "publish" / ".c.pdf.k1ll3d.part").write_bytes(b"%PDF-1.7\nhalf")

    again = run_cli("run", src, "--out", out, "--config", config_file)
    assert again.code == ExitCode.OK, again.stderr
    assert "unfinished files of an interrupted earlier run" in again.stderr
    assert sorted(line["output"] for line in again.lines) == sorted(NOTES)
    # the same publish/ as a run never interrupted: same files, same bytes, nothing else (no temporaries)
    assert _publish(out) == _publish(reference)
    assert not list(out.rglob("*.part"))
    rows = list(
        csv.reader((out / "publish" / "inventaris.csv").read_text(encoding="utf-8-sig").splitlines(), delimiter=";")
    )
    assert sorted(r[1] for r in rows[1:]) == sorted(NOTES)
    # the log: the killed run has no run_end; verify accepts the log and says that run was interrupted
    v = run_cli("audit", "verify", out / "audit.jsonl")
    assert v.code == ExitCode.OK, v.stderr
    assert "interrupted" in v.stderr
    records = [json.loads(x) for x in (out / "audit.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["type"] for r in records].count("run") == 2 and records[-1]["type"] == "run_end"
