"""Diagnostics: -v/-q choose what reaches stderr, --log-json makes it one JSON object a line, stdout stays data."""

from __future__ import annotations

import io
import json
import logging
import subprocess
import sys
from pathlib import Path

import pytest
from clitools import ROOT, run_cli

from woo_redact import logs
from woo_redact.errors import ExitCode


@pytest.fixture(autouse=True)
def _restore_logger() -> object:
    """Leave the ``woo_redact`` logger as it was for the other tests of the session."""
    logger = logging.getLogger(logs.LOGGER)
    saved = (list(logger.handlers), logger.level, logger.propagate)
    yield
    logger.handlers[:] = saved[0]
    logger.setLevel(saved[1])
    logger.propagate = saved[2]


def test_verbosity_levels() -> None:
    assert logs.level_for(0, 0) == logging.INFO
    assert logs.level_for(1, 0) == logging.DEBUG
    assert logs.level_for(0, 1) == logging.WARNING
    assert logs.level_for(0, 2) == logging.ERROR
    assert logs.level_for(0, 9) == logging.ERROR and logs.level_for(5, 0) == logging.DEBUG


def test_quiet_keeps_warnings_and_drops_information() -> None:
    stream = io.StringIO()
    logs.setup(quiet=1, stream=stream)
    log = logging.getLogger("woo_redact.test")
    log.info("a summary")
    log.warning("a warning")
    assert stream.getvalue() == "a warning\n"


def test_a_second_setup_replaces_the_handler() -> None:
    first, second = io.StringIO(), io.StringIO()
    logs.setup(stream=first)
    logs.setup(stream=second, json_lines=True)
    logging.getLogger("woo_redact.test").error("once", extra={"error": "ProofFailed"})
    assert first.getvalue() == ""
    (line,) = second.getvalue().splitlines()
    record = json.loads(line)
    assert record["level"] == "error" and record["message"] == "once" and record["error"] == "ProofFailed"
    assert record["logger"] == "woo_redact.test" and record["time"].endswith("+00:00")


def test_log_json_on_the_command_line(tmp_path: Path) -> None:
    """A usage error and a command's summary, as JSON lines on stderr; the option works after the command too."""
    r = run_cli("--log-json", "run", "--out", tmp_path)
    assert r.code == ExitCode.USAGE and r.stdout == ""
    (line,) = r.stderr.splitlines()
    record = json.loads(line)
    assert record["level"] == "error" and record["error"] == "UsageError" and "--help" in record["message"]

    r = run_cli("audit", "lookup", tmp_path / "none.jsonl", "x", "--log-json")
    assert r.code == ExitCode.USAGE
    assert [json.loads(x)["error"] for x in r.stderr.splitlines()] == ["UsageError"]


def test_quiet_on_the_command_line_leaves_errors(tmp_path: Path) -> None:
    r = run_cli("-qq", "audit", "lookup", tmp_path / "none.jsonl", "x")
    assert r.code == ExitCode.USAGE and "error:" in r.stderr
    verify = run_cli("audit", "verify", "--help")
    assert "--log-json" in verify.stdout and "-q" in verify.stdout


def test_review_views_import_without_the_app() -> None:
    """The routes no longer import the app module (the old app <-> views cycle)."""
    code = "import sys, woo_redact.review.views; print('woo_redact.review.app' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_verbose_adds_debug_lines_on_stderr_and_leaves_stdout_alone() -> None:
    plain, verbose = run_cli("config"), run_cli("config", "-v")
    assert plain.code == verbose.code == 0
    assert plain.stdout == verbose.stdout and plain.stdout.startswith("#")  # the default config: data
    assert plain.stderr == ""
    assert "woo-redact " in verbose.stderr and "config -v" in verbose.stderr
