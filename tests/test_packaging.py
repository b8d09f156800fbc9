"""The package finds its own data wherever it runs from, and its version is written once."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from clitools import ROOT, run_cli

import woo_redact
from woo_redact.config import PACKAGE_DIR, load_config


def test_the_default_model_is_the_bundled_one_from_any_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    path = load_config().model_path
    assert path == PACKAGE_DIR / "models" / "nl_woo_ner"
    assert (path / "meta.json").is_file()


def test_a_relative_model_that_is_not_bundled_is_taken_from_the_current_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "mine").mkdir()
    config = tmp_path / "config.yaml"
    config.write_text("model: mine\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert load_config(config).model_path == tmp_path / "mine"
    config.write_text(f"model: {tmp_path / 'elsewhere'}\n", encoding="utf-8")
    assert load_config(config).model_path == tmp_path / "elsewhere"


def test_the_version_comes_from_pyproject_via_the_metadata() -> None:
    written = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert woo_redact.__version__ == written
    r = run_cli("--version")
    assert r.code == 0 and r.stdout.strip() == f"woo-redact {written}"
    sources = [p for p in (ROOT / "woo_redact").rglob("*.py") if f'"{written}"' in p.read_text(encoding="utf-8")]
    assert sources == [], f"the version is written in {sources} too"
