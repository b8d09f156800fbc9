"""What the output folder promises: publish/ holds only current, complete, proven versions.

A document that fails (first pass, the batch-propagation redo, a rerun, `apply`) has
no file in publish/ afterwards; a changed detector redoes documents; `apply` never
drops a reviewer's decision; the log's run is always closed.
"""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest
from clitools import ROOT, run_cli
from pdfgen import make_corrupt, make_note

import woo_redact.detect
import woo_redact.pipeline
from woo_redact.audit.verify import verify_log
from woo_redact.config import load_config
from woo_redact.errors import ExitCode, ProofFailed
from woo_redact.layout import Layout
from woo_redact.outputs import detector_fingerprint
from woo_redact.review.store import NewDecision, Store

BATCH_A = [("Helvetica", "Van: Sanne Kwakernaak-Oudshoorn"), ("Helvetica", "Aan de minister.")]
BATCH_B = [("Helvetica", "Kwakernaak-Oudshoorn heeft het stuk gelezen.")]


def _inventory(out: Path) -> dict[str, list[str]]:
    rows = csv.reader((out / "publish" / "inventaris.csv").read_text(encoding="utf-8-sig").splitlines(), delimiter=";")
    return {row[1]: row for row in list(rows)[1:]}


def _records(out: Path) -> list[dict]:
    return [json.loads(line) for line in (out / "audit.jsonl").read_text(encoding="utf-8").splitlines()]


def _propagating_batch(tmp_path: Path) -> Path:
    """a.pdf names someone; b.pdf holds only the surname, so b is redone with a's name."""
    src = tmp_path / "in"
    src.mkdir()
    make_note(src / "a.pdf", BATCH_A)
    make_note(src / "b.pdf", BATCH_B)
    return src


# --- run: failures leave nothing stale in publish/ ---------------------------------------------


def test_failing_rerun_takes_the_old_version_out_of_publish(tmp_path: Path, config_file: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    make_note(src / "a.pdf")
    make_note(src / "b.pdf")
    out = tmp_path / "out"
    assert run_cli("run", src, "--out", out, "--config", config_file).code == ExitCode.OK
    assert (out / "publish" / "a.pdf").is_file()
    make_corrupt(src / "a.pdf")  # the input is replaced by a damaged file: its old version must not stay published
    r = run_cli("run", src, "--out", out, "--config", config_file)
    assert r.code == ExitCode.DOCUMENTS_FAILED
    assert not (out / "publish" / "a.pdf").exists()
    assert (out / "publish" / "b.pdf").is_file()
    moved = out / "work" / "quarantine" / "a.pdf"
    reason = (out / "work" / "quarantine" / "a.reason.txt").read_text(encoding="utf-8")
    assert moved.is_file() and "damaged" in reason and "do not publish" in reason
    line = next(x for x in r.lines if x["output"] == "a.pdf")
    assert line["status"] == "failed" and line["quarantined"] == str(moved)
    assert "1 of 2 documents written" in r.stderr and "no file in publish/" in r.stderr and "quarantine" in r.stderr
    assert _inventory(out)["a.pdf"][7].startswith("Niet verwerkt")
    assert run_cli("audit", "verify", out / "audit.jsonl").code == ExitCode.OK
    # an auditor notices when someone puts the stale version back
    shutil.copy(moved, out / "publish" / "a.pdf")
    v = run_cli("audit", "verify", out / "audit.jsonl")
    assert v.code == ExitCode.VERIFY_FAILED and "failed in its latest run" in v.stderr


def _fail_when_batch_names(exc: BaseException):  # type: ignore[no-untyped-def]
    """A run_document that raises ``exc`` for the batch-propagation redo only."""
    real = woo_redact.pipeline.run_document

    def fake(data, name, config, detector, overrides=None, extra=(), batch_names=(), **kw):  # type: ignore[no-untyped-def]
        if batch_names:
            raise exc
        return real(data, name, config, detector, overrides, extra, batch_names, **kw)

    return fake


def _run_in_process(src: Path, out: Path, config_file: Path):  # type: ignore[no-untyped-def]
    from woo_redact.commands.run import RunOptions, run

    return run(RunOptions(inputs=(src,), out=out, config=config_file, workers=1))


def test_failed_redo_leaves_no_partial_version(
    tmp_path: Path, config_file: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    src = _propagating_batch(tmp_path)
    out = tmp_path / "out"
    monkeypatch.setattr(woo_redact.pipeline, "run_document", _fail_when_batch_names(ProofFailed("b.pdf: no proof")))
    summary = _run_in_process(src, out, config_file)
    assert [r.output for r in summary.failed] == ["b.pdf"]
    # b.pdf is written only once a's name is applied to it; that failed, so no version is published
    assert not (out / "publish" / "b.pdf").exists()
    assert (out / "publish" / "a.pdf").is_file()
    assert "no file in publish/" in capsys.readouterr().err
    assert verify_log(out / "audit.jsonl", out / "publish").ok


def test_interrupted_before_the_redo_leaves_no_partial_version(
    tmp_path: Path, config_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    src = _propagating_batch(tmp_path)
    out = tmp_path / "out"
    monkeypatch.setattr(woo_redact.pipeline, "run_document", _fail_when_batch_names(KeyboardInterrupt()))
    with pytest.raises(KeyboardInterrupt):
        _run_in_process(src, out, config_file)
    # phase 2 writes b.pdf once, with a's name: interrupted there, it has no version without that name
    assert not (out / "publish" / "b.pdf").exists() and (out / "publish" / "a.pdf").is_file()
    assert not any(r.get("output") == "b.pdf" for r in _records(out) if r["type"] == "document")
    end = _records(out)[-1]
    assert end["type"] == "run_end" and end["stopped"].startswith("interrupted") and end["written"] == 1
    assert verify_log(out / "audit.jsonl", out / "publish").ok
    # the dossier's inventory names every document: b, never written, as not assessed
    assert _inventory(out)["b.pdf"][3] == "niet beoordeeld" and not (out / "work" / ".phase1").exists()
    # a rerun finishes the batch: b gets a's name, a (up to date) is kept
    monkeypatch.undo()
    summary = _run_in_process(src, out, config_file)
    assert {r.output: r.skipped for r in summary.results} == {"a.pdf": True, "b.pdf": False}
    assert json.loads((out / "work" / "b.findings.json").read_text())["batch_names"]


# --- resume keyed on the detector ---------------------------------------------------------------


def test_changed_model_redoes_documents(tmp_path: Path) -> None:
    model = Path(shutil.copytree(ROOT / "woo_redact" / "models" / "nl_woo_ner", tmp_path / "model"))
    cfg = tmp_path / "cfg.yaml"
    cfg.write_text(f"model: {model}\naudit:\n  key_file: {tmp_path / 'key'}\n", encoding="utf-8")
    note = make_note(tmp_path / "n.pdf")
    out = tmp_path / "out"
    first = run_cli("run", note, "--out", out, "--config", cfg)
    assert [x["status"] for x in first.lines] == ["written"], first.stderr
    fingerprint = json.loads((out / "work" / "n.findings.json").read_text())["detector_sha256"]
    assert fingerprint == _records(out)[0]["detector_sha256"] and len(fingerprint) == 64
    assert "detector missed" in _records(out)[0]["proof_scope"]  # the log says what "proven" means
    assert [x["status"] for x in run_cli("run", note, "--out", out, "--config", cfg).lines] == ["skipped"]
    (model / "ner" / "retrained.txt").write_text("a newer model\n")  # any change of the model's files
    third = run_cli("run", note, "--out", out, "--config", cfg)
    assert [x["status"] for x in third.lines] == ["written"]
    assert json.loads((out / "work" / "n.findings.json").read_text())["detector_sha256"] != fingerprint


def test_fingerprint_covers_word_lists_register_and_code(tmp_path: Path) -> None:
    pkg = Path(shutil.copytree(ROOT / "woo_redact", tmp_path / "pkg", ignore=shutil.ignore_patterns("__pycache__")))
    config = load_config()
    base = detector_fingerprint(config, pkg)
    assert base == detector_fingerprint(config, pkg), "stable"
    seen = {base}
    for rel in ("data/office_holders.tsv", "detect/propagate.py"):
        with (pkg / rel).open("a", encoding="utf-8") as fh:
            fh.write("\n")
        seen.add(detector_fingerprint(config, pkg))
    lexicon = next((pkg / "data" / "lexicons").glob("*.txt"))
    lexicon.write_text(lexicon.read_text(encoding="utf-8") + "Nieuwnaam\n", encoding="utf-8")
    seen.add(detector_fingerprint(config, pkg))
    assert len(seen) == 4


# --- apply: all or nothing, loud, the log closed ---------------------------------------------------


def _finding(out: Path, rel: str, entity: str) -> str:
    data = json.loads((out / "work" / rel).with_suffix(".findings.json").read_text())
    return next(f["id"] for f in data["findings"] if f["entity_type"] == entity)


def test_apply_fails_a_document_with_an_unmappable_decision(tmp_path: Path, config_file: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    make_note(src / "a.pdf")
    make_note(src / "b.pdf")
    out = tmp_path / "out"
    assert run_cli("run", src, "--out", out, "--config", config_file).code == ExitCode.OK
    store = Store(out)
    store.record([NewDecision("f-gone-1234", "a.pdf", "confirm", None, "Anna")])  # no such finding any more
    store.record([NewDecision(_finding(out, "b.pdf", "PHONE_NUMBER"), "b.pdf", "reject", None, "Anna")])
    r = run_cli("apply", out, "--config", config_file)
    assert r.code == ExitCode.DOCUMENTS_FAILED
    assert "a.pdf" in r.stderr and "f-gone-1234" in r.stderr and "Nothing was written" in r.stderr
    status = {x["output"]: x["status"] for x in r.lines}
    assert status == {"a.pdf": "failed", "b.pdf": "written"}
    assert not (out / "publish" / "a.pdf").exists() and (out / "work" / "quarantine" / "a.pdf").is_file()
    assert (out / "publish" / "b.pdf").is_file()
    assert _inventory(out)["a.pdf"][7].startswith("Niet verwerkt")
    assert _records(out)[-1]["type"] == "run_end"
    v = run_cli("audit", "verify", out / "audit.jsonl")
    assert v.code == ExitCode.OK, v.stderr


def test_apply_closes_the_log_on_an_internal_error(
    tmp_path: Path, config_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from woo_redact.commands.apply import ApplyOptions, apply

    note = make_note(tmp_path / "n.pdf")
    out = tmp_path / "out"
    assert run_cli("run", note, "--out", out, "--config", config_file).code == ExitCode.OK
    Store(out).record([NewDecision(_finding(out, "n.pdf", "PHONE_NUMBER"), "n.pdf", "reject", None, "Anna")])

    def broken(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("a bug")

    monkeypatch.setattr(woo_redact.pipeline, "run_document", broken)
    summary = apply(ApplyOptions(out, config_file))
    assert summary.failed == ("n.pdf",) and "internal error RuntimeError" in summary.results[0].error
    assert not (out / "publish" / "n.pdf").exists()
    assert verify_log(out / "audit.jsonl", out / "publish").ok
    # apply's run says it is one, with the same stamp as the run it applies to (same tool and config)
    runs = [r for r in _records(out) if r["type"] == "run"]
    assert [r.get("command", "run") for r in runs] == ["run", "apply"]
    stamp = ("format", "tool_version", "config_sha256", "detector_sha256", "proof_scope")
    assert [runs[1][k] for k in stamp] == [runs[0][k] for k in stamp] and runs[1]["documents"] == 1

    # a failure outside any one document (here: the detector cannot be built) still closes the run
    monkeypatch.setattr(woo_redact.detect, "Detector", broken)
    with pytest.raises(RuntimeError):
        apply(ApplyOptions(out, config_file))
    assert _records(out)[-1]["type"] == "run_end"
    assert verify_log(out / "audit.jsonl", out / "publish").ok


# --- the old layout -----------------------------------------------------------------------------------


def test_a_folder_of_the_old_layout_is_refused_with_what_to_do(tmp_path: Path, config_file: Path) -> None:
    out = tmp_path / "old"
    out.mkdir()
    (out / "nota.pdf").write_bytes(b"%PDF-1.7")
    (out / "nota.findings.json").write_text("{}")
    note = make_note(tmp_path / "n.pdf")
    for args in (("run", note, "--out", out, "--config", config_file), ("apply", out, "--config", config_file)):
        r = run_cli(*args)
        assert r.code == ExitCode.USAGE and "publish/work split" in r.stderr and "new, empty --out" in r.stderr
    assert Layout(out).old_layout_files() == [out / "nota.findings.json"]


# --- start-up checks ------------------------------------------------------------------------------------


def _path_with(tmp_path: Path, *programs: str) -> str:
    """A PATH that holds only ``programs`` (symlinks to the installed ones)."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir(exist_ok=True)
    for name in programs:
        found = shutil.which(name)
        assert found, f"{name} is needed for this test"
        (bin_dir / name).symlink_to(found)
    return str(bin_dir)


def test_missing_poppler_stops_the_run_at_start_up(tmp_path: Path, config_file: Path) -> None:
    note = make_note(tmp_path / "n.pdf")
    out = tmp_path / "out"
    proc = run_cli("run", note, "--out", out, "--config", config_file, path=_path_with(tmp_path, "tesseract"))
    assert proc.code == ExitCode.MISSING_DEPENDENCY, proc.stderr
    assert "pdftotext" in proc.stderr and "poppler-utils" in proc.stderr
    assert "report" not in proc.stderr and "Traceback" not in proc.stderr
    assert not out.exists(), "nothing is written before the check"
    verify = run_cli("verify", note, note, "--findings", tmp_path / "x.json", path=str(tmp_path / "bin"))
    assert verify.code == ExitCode.MISSING_DEPENDENCY and "poppler-utils" in verify.stderr


def test_missing_tesseract_needs_ocr_never(tmp_path: Path, config_file: Path) -> None:
    note = make_note(tmp_path / "n.pdf")
    out = tmp_path / "out"
    path = _path_with(tmp_path, "pdftotext")
    proc = run_cli("run", note, "--out", out, "--config", config_file, path=path)
    assert proc.code == ExitCode.MISSING_DEPENDENCY and "tesseract-ocr" in proc.stderr
    assert "--ocr never" in proc.stderr and not out.exists()
    ok = run_cli("run", note, "--out", out, "--config", config_file, "--ocr", "never", path=path)
    assert ok.code == ExitCode.OK, ok.stderr
    assert "warning" in ok.stderr and "cannot be proven" in ok.stderr


def test_missing_model_stops_the_run_at_start_up(tmp_path: Path) -> None:
    cfg = tmp_path / "cfg.yaml"
    cfg.write_text(f"model: {tmp_path / 'no-model'}\naudit:\n  key_file: {tmp_path / 'key'}\n", encoding="utf-8")
    note = make_note(tmp_path / "n.pdf")
    r = run_cli("run", note, "--out", tmp_path / "out", "--config", cfg, "--workers", "2")
    assert r.code == ExitCode.MISSING_DEPENDENCY and "make model" in r.stderr
    assert not (tmp_path / "out").exists()
