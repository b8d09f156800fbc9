"""The built wheel works outside the checkout: models and data are package data, the version is metadata.

The wheel is built from this checkout, installed with ``--no-deps`` into a fresh
venv in a temporary folder, and run from another temporary folder. The
third-party dependencies come from the environment running the tests (a ``.pth``
line adds its site-packages after the new venv's own; the editable install of
this checkout is not activated, since a plain path line runs no ``.pth`` hooks),
so the test needs no network beyond the build backend pip fetches for the build
(cached after the first time). ``woo_redact`` itself must come from the wheel:
the test checks where it was imported from.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest
from clitools import ROOT, SAMPLES

pytestmark = pytest.mark.wheel


def _run(cmd: list[str], cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, f"{cmd} failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}"
    return proc


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with the wheel of this checkout installed; returns its ``bin`` folder."""
    dist = tmp_path_factory.mktemp("dist")
    _run([sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "-q", "-w", str(dist)], cwd=dist, env=_env())
    (wheel,) = dist.glob("woo_redact-*.whl")
    env_dir = tmp_path_factory.mktemp("venv")
    venv.EnvBuilder(with_pip=False).create(env_dir)
    bindir = env_dir / "bin"
    target = subprocess.run(
        [str(bindir / "python"), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    _run(
        [sys.executable, "-m", "pip", "--python", str(bindir / "python"), "install", "--no-deps", "-q", str(wheel)],
        cwd=dist,
        env=_env(),
    )
    # after the install: with the dependencies visible, pip would take the checkout's own install for this one
    Path(target, "_woo_redact_test_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    return bindir


def _env() -> dict[str, str]:
    """The user's environment without anything pointing at this checkout."""
    return {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "VIRTUAL_ENV"}}


def test_wheel_imports_from_the_venv_and_reports_its_version(installed: Path, tmp_path: Path) -> None:
    probe = _run(
        [str(installed / "python"), "-c", "import woo_redact; print(woo_redact.__file__)"], cwd=tmp_path, env=_env()
    )
    assert Path(probe.stdout.strip()).is_relative_to(installed.parent), probe.stdout
    assert not Path(probe.stdout.strip()).is_relative_to(ROOT)
    version = _run([str(installed / "woo-redact"), "--version"], cwd=tmp_path, env=_env()).stdout.strip()
    wanted = _run(
        [str(installed / "python"), "-c", "from importlib.metadata import version; print(version('woo_redact'))"],
        cwd=tmp_path,
        env=_env(),
    ).stdout.strip()
    assert version == f"woo-redact {wanted}" and wanted != "0+unknown"


def test_wheel_redacts_a_note_from_another_folder(installed: Path, tmp_path: Path) -> None:
    note = next(SAMPLES.glob("*.pdf"))
    work = tmp_path / "elsewhere"
    work.mkdir()
    (work / note.name).write_bytes(note.read_bytes())
    config = work / "config.yaml"
    config.write_text(f"audit:\n  key_file: {tmp_path / 'audit.key'}\n", encoding="utf-8")
    proc = subprocess.run(
        [str(installed / "woo-redact"), "run", note.name, "--out", "out", "--config", "config.yaml", "--workers", "1"],
        cwd=work,
        env=_env(),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    (line,) = [json.loads(x) for x in proc.stdout.splitlines() if x.strip()]
    assert line["status"] == "written" and line["redactions"] > 0, line
    published = work / "out" / "publish" / note.name
    assert published.is_file() and published.read_bytes().startswith(b"%PDF")
    # the run used the bundled model inside the venv, not the checkout's copy
    findings = json.loads(next((work / "out" / "work").rglob("*.findings.json")).read_text(encoding="utf-8"))
    assert "detector_sha256" in findings
    model = subprocess.run(
        [str(installed / "python"), "-c", "from woo_redact.config import load_config; print(load_config().model_path)"],
        cwd=work,
        env=_env(),
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert Path(model).is_relative_to(installed.parent) and (Path(model) / "meta.json").is_file(), model
