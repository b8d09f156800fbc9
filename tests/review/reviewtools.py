"""Helpers for the review tests: a run folder, the server in a subprocess, Chromium through Playwright."""

from __future__ import annotations

import json
import queue
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from clitools import ROOT, run_cli
from pdfgen import make_note

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--headless",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
REVIEWER = "Test Reviewer"

NOTE_A = (
    ("Helvetica-Bold", "Aanleiding"),
    ("Helvetica", "Mevrouw Sanne Visser heeft met minister Verhoeven overlegd over de Woo."),
    ("Helvetica", "Zie het memo van mevrouw P. Wolkenveld over de planning."),
    ("Helvetica", "Het nummer 070-3456789 staat in de bijlage."),
    ("Helvetica", "Overleg met Bakker op maandag over het programma."),
)
NOTE_B = (
    ("Helvetica-Bold", "Verslag"),
    ("Helvetica", "Het verslag van mevrouw P. Wolkenveld volgt, met dank aan Sanne Visser."),
)


def make_run(tmp: Path, config_file: Path) -> Path:
    """Two small notes redacted by `woo-redact run`; returns the run folder."""
    src = tmp / "in"
    src.mkdir()
    make_note(src / "a.pdf", NOTE_A)
    make_note(src / "b.pdf", NOTE_B)
    out = tmp / "out"
    r = run_cli("run", src, "--out", out, "--config", config_file, "--workers", "1")
    assert r.code == 0, r.stderr
    return out


def finding_id(out: Path, rel: str, text: str) -> str:
    """The id of the finding with ``text`` in the findings file of ``rel``."""
    data = json.loads((out / "work" / rel).with_suffix(".findings.json").read_text(encoding="utf-8"))
    return next(f["id"] for f in data["findings"] if f["text"] == text)


@dataclass(frozen=True)
class Server:
    url: str  # with the token
    base: str  # http://host:port
    process: subprocess.Popen


@contextmanager
def review_server(out: Path, reviewer: str = REVIEWER, timeout: float = 120.0) -> Iterator[Server]:
    """`woo-redact review` on a free port in a subprocess; stopped (and waited for) at the end."""
    cmd = [sys.executable, "-m", "woo_redact.cli", "review", str(out), "--port", "0", "--reviewer", reviewer]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in proc.stdout], daemon=True).start()  # type: ignore[union-attr]
    try:
        try:
            url = lines.get(timeout=timeout).strip()
        except queue.Empty:
            proc.kill()
            raise AssertionError(f"the review server printed no address in {timeout}s: {proc.stderr.read()}") from None
        assert url.startswith("http://127.0.0.1:") and "?token=" in url, url
        yield Server(url, url.split("/?", 1)[0], proc)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
