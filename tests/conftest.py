"""Shared fixtures: a config with a private audit key, and one run over the samples."""

from __future__ import annotations

from pathlib import Path

import pytest
from clitools import OFFICIALS, SAMPLES, CliResult, run_cli


@pytest.fixture(scope="session")
def config_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("cfg")
    path = d / "config.yaml"
    path.write_text(f"audit:\n  key_file: {d / 'audit.key'}\n", encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def sample_run(tmp_path_factory: pytest.TempPathFactory, config_file: Path) -> tuple[Path, CliResult]:
    """The samples redacted once for the whole session, as `make demo` does."""
    out = tmp_path_factory.mktemp("sample-out")
    result = run_cli(
        "run",
        SAMPLES,
        "--out",
        out,
        "--public-officials",
        OFFICIALS,
        "--config",
        config_file,
        "--workers",
        "2",
        "--ignore",
        "*.expected.json",  # the samples' answers, not documents
    )
    return out, result
