"""Helpers for tests that run woo-redact as a user would."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples" / "notes"
OFFICIALS = ROOT / "samples" / "public-officials.txt"


@dataclass(frozen=True)
class CliResult:
    code: int
    stdout: str
    stderr: str

    @property
    def lines(self) -> list[dict]:
        return [json.loads(line) for line in self.stdout.splitlines() if line.strip()]


def run_cli(*args: str | Path, cwd: Path | None = None, path: str | None = None) -> CliResult:
    """Run ``woo-redact`` as a user would: a separate process (``path``: its PATH, to hide programs)."""
    proc = subprocess.run(
        [sys.executable, "-m", "woo_redact.cli", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=cwd or ROOT,
        env=None if path is None else dict(os.environ, PATH=path),
        timeout=600,
    )
    return CliResult(proc.returncode, proc.stdout, proc.stderr)


def batch_findings(folder: Path, docs: dict[str, list[str]]) -> dict[str, list[dict]]:
    """Write each document of ``docs`` (its lines) as a note into ``folder``, run the batch into ``folder``-out,
    and give each document's findings as its findings file has them."""
    from pdfgen import make_note

    out = folder.parent / f"{folder.name}-out"
    folder.mkdir()
    for doc, lines in docs.items():
        make_note(folder / f"{doc}.pdf", [("Helvetica", line) for line in lines])
    r = run_cli("run", folder, "--out", out, "--no-progress")
    assert r.code == 0, r.stderr
    return {doc: json.loads((out / "work" / f"{doc}.findings.json").read_text())["findings"] for doc in docs}


def expected_files() -> list[Path]:
    return sorted(SAMPLES.glob("*.expected.json"))
