"""The CLI contract of `woo-redact run`: paths, exit codes, failures in a batch, reruns."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from clitools import run_cli
from pdfgen import make_corrupt, make_encrypted, make_note

from woo_redact.audit.log import line_hash, read_records
from woo_redact.errors import ExitCode
from woo_redact.layout import Layout
from woo_redact.prove import extract_texts


@pytest.fixture()
def tree(tmp_path: Path) -> Path:
    """in/a/nota.pdf, in/b/nota.pdf (same name, other folder), in/b/sub/extra.pdf."""
    root = tmp_path / "in"
    for rel in ("a/nota.pdf", "b/nota.pdf", "b/sub/extra.pdf"):
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        make_note(root / rel)
    return root


def test_folder_input_mirrors_relative_paths(tree: Path, tmp_path: Path, config_file: Path) -> None:
    out = tmp_path / "out"
    r = run_cli("run", tree, "--out", out, "--config", config_file, "--workers", "2")
    assert r.code == ExitCode.OK, r.stderr
    lay = Layout(out)
    for rel in ("a/nota.pdf", "b/nota.pdf", "b/sub/extra.pdf"):
        assert (out / "publish" / rel).is_file()
        assert (out / "work" / rel).with_suffix(".findings.json").is_file()
    assert lay.log == out / "audit.jsonl" and lay.log.is_file() and (out / "publish" / "inventaris.csv").is_file()
    assert {line["status"] for line in r.lines} == {"written"}
    assert not list(out.rglob("*.part")), "temporary files left behind"
    # publish/ holds what may be published and nothing else; the found text stays in work/
    published = {p.relative_to(out / "publish").as_posix() for p in (out / "publish").rglob("*") if p.is_file()}
    assert published == {"a/nota.pdf", "b/nota.pdf", "b/sub/extra.pdf", "inventaris.csv", "inventaris.xlsx"}
    assert (out / "work" / "audit-key.txt").is_file()
    assert set(p.name for p in out.iterdir()) == {"publish", "work", "audit.jsonl"}


def test_file_inputs_go_straight_into_out_and_never_collide(tree: Path, tmp_path: Path, config_file: Path) -> None:
    out = tmp_path / "out"
    r = run_cli("run", tree / "a" / "nota.pdf", tree / "b" / "nota.pdf", "--out", out, "--config", config_file)
    assert r.code == ExitCode.OK, r.stderr
    assert (out / "publish" / "nota.pdf").is_file() and (out / "publish" / "nota__2.pdf").is_file()
    assert "nota__2.pdf" in r.stderr  # the rename is announced


def test_findings_file_contract(tree: Path, tmp_path: Path, config_file: Path) -> None:
    out = tmp_path / "out"
    run_cli("run", tree / "a" / "nota.pdf", "--out", out, "--config", config_file)
    data = json.loads((out / "work" / "nota.findings.json").read_text())
    assert data["findings"], "the note has personal data"
    for f in data["findings"]:
        assert {"id", "page", "boxes", "entity_type", "ground", "score", "detectors", "explanation", "decision"} <= set(
            f
        )
        assert f["explanation"] and f["decision"]["action"] in ("redact", "keep")
    kinds = {f["entity_type"] for f in data["findings"] if f["decision"]["action"] == "redact"}
    assert {"PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS"} <= kinds
    kept = [f["text"] for f in data["findings"] if f["decision"]["action"] == "keep"]
    text = extract_texts((out / "publish" / "nota.pdf").read_bytes())["pdfplumber"]
    assert "Sanne Visser" not in text and "06-12345678" not in text and "s.visser@minbzk.nl" not in text
    assert "minister Verhoeven" in text and "Gemeente Leeuwarden" in text
    assert all(k in text for k in kept)


def test_bad_documents_fail_alone(tree: Path, tmp_path: Path, config_file: Path) -> None:
    make_corrupt(tree / "a" / "kapot.pdf")
    (tree / "a" / "geen-pdf.pdf").write_text("Dit is een tekstbestand.")
    make_encrypted(tree / "b" / "versleuteld.pdf", tree / "a" / "nota.pdf")
    out = tmp_path / "out"
    r = run_cli("run", tree, "--out", out, "--config", config_file, "--workers", "2")
    assert r.code == ExitCode.DOCUMENTS_FAILED
    status = {line["output"]: line["status"] for line in r.lines}
    assert status["a/kapot.pdf"] == status["a/geen-pdf.pdf"] == status["b/versleuteld.pdf"] == "failed"
    assert status["a/nota.pdf"] == status["b/nota.pdf"] == status["b/sub/extra.pdf"] == "written"
    assert "kapot.pdf" in r.stderr and "damaged" in r.stderr
    assert "geen-pdf.pdf" in r.stderr and "not a PDF" in r.stderr
    assert "versleuteld.pdf" in r.stderr and "password" in r.stderr
    for bad in ("a/kapot.pdf", "a/geen-pdf.pdf", "b/versleuteld.pdf"):
        assert not (out / "publish" / bad).exists()
    inventory = (out / "publish" / "inventaris.csv").read_text(encoding="utf-8-sig")
    rows = list(csv.reader(inventory.splitlines(), delimiter=";"))
    assert rows[0][:4] == ["Nr.", "Documentnaam", "Datum", "Beoordeling"]
    assert len(rows) == 1 + 6


def test_rerun_skips_up_to_date_documents(tree: Path, tmp_path: Path, config_file: Path) -> None:
    out = tmp_path / "out"
    first = run_cli("run", tree, "--out", out, "--config", config_file)
    assert {line["status"] for line in first.lines} == {"written"}
    before = (out / "publish" / "a" / "nota.pdf").stat().st_mtime_ns
    second = run_cli("run", tree, "--out", out, "--config", config_file)
    assert second.code == ExitCode.OK
    assert {line["status"] for line in second.lines} == {"skipped"}
    assert (out / "publish" / "a" / "nota.pdf").stat().st_mtime_ns == before
    make_note(tree / "a" / "nota.pdf", motivation_placeholder=True)  # the input changed
    third = run_cli("run", tree, "--out", out, "--config", config_file)
    status = {line["output"]: line["status"] for line in third.lines}
    assert status["a/nota.pdf"] == "written" and status["b/nota.pdf"] == "skipped"
    # The log of all three runs is one unbroken chain.
    prev = "0" * 64
    for _, raw, rec in read_records(out / "audit.jsonl"):
        assert rec["prev"] == prev
        prev = line_hash(raw)


def test_changed_config_reprocesses(tree: Path, tmp_path: Path, config_file: Path) -> None:
    out = tmp_path / "out"
    run_cli("run", tree / "a" / "nota.pdf", "--out", out, "--config", config_file)
    other = tmp_path / "other.yaml"
    other.write_text(config_file.read_text() + "thresholds:\n  certain: 0.9\n  review: 0.35\n")
    r = run_cli("run", tree / "a" / "nota.pdf", "--out", out, "--config", other)
    assert [line["status"] for line in r.lines] == ["written"]


def test_public_officials_file(tmp_path: Path, config_file: Path) -> None:
    note = make_note(tmp_path / "n.pdf", [("Helvetica", "Overleg van Sanne Visser met Marloes Bakker-Yilmaz.")])
    officials = tmp_path / "officials.txt"
    officials.write_text("# bewindspersonen\nMarloes Bakker-Yilmaz\n", encoding="utf-8")
    out = tmp_path / "out"
    r = run_cli("run", note, "--out", out, "--config", config_file, "--public-officials", officials)
    assert r.code == ExitCode.OK, r.stderr
    text = extract_texts((out / "publish" / "n.pdf").read_bytes())["pdfplumber"]
    assert "Marloes Bakker-Yilmaz" in text
    assert "Sanne Visser" not in text


@pytest.mark.parametrize(
    "args, code, message",
    [
        (["run", "--out", "x"], ExitCode.USAGE, "required"),
        (["run", "nergens.pdf", "--out", "x"], ExitCode.USAGE, "no such file"),
        (["run", "tests", "--out", "x", "--workers", "0"], ExitCode.USAGE, "--workers"),
        (["frobnicate"], ExitCode.USAGE, "invalid choice"),
    ],
)
def test_usage_errors(args: list[str], code: int, message: str) -> None:
    r = run_cli(*args)
    assert r.code == code
    assert message in r.stderr
    assert "Traceback" not in r.stderr


def test_invalid_config_names_the_key(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("thresholds:\n  certain: 2\n")
    note = make_note(tmp_path / "n.pdf")
    r = run_cli("run", note, "--out", tmp_path / "out", "--config", bad)
    assert r.code == ExitCode.CONFIG_INVALID
    assert "thresholds.certain" in r.stderr


def test_public_officials_file_missing(tmp_path: Path) -> None:
    note = make_note(tmp_path / "n.pdf")
    r = run_cli("run", note, "--out", tmp_path / "out", "--public-officials", tmp_path / "nope.txt")
    assert r.code == ExitCode.USAGE and "nope.txt" in r.stderr


def test_motivation_placeholder_is_filled_in_place(tmp_path: Path, config_file: Path) -> None:
    note = make_note(tmp_path / "n.pdf", motivation_placeholder=True)
    out = tmp_path / "out"
    r = run_cli("run", note, "--out", out, "--config", config_file)
    assert r.code == ExitCode.OK, r.stderr
    data = json.loads((out / "work" / "n.findings.json").read_text())
    assert data["motivation"]["mode"] == "fill"
    text = " ".join(extract_texts((out / "publish" / "n.pdf").read_bytes())["pdfplumber"].split())
    assert "[Nog in te vullen]" not in text
    assert "alle persoonsgegevens van ambtenaren geanonimiseerd" in text
    assert text.index("Motivering") < text.index("geanonimiseerd")


def test_verify_command(tmp_path: Path, config_file: Path) -> None:
    note = make_note(tmp_path / "n.pdf")
    out = tmp_path / "out"
    run_cli("run", note, "--out", out, "--config", config_file)
    ok = run_cli("verify", note, out / "publish" / "n.pdf", "--findings", out / "work" / "n.findings.json")
    assert ok.code == ExitCode.OK, ok.stdout + ok.stderr
    assert all(json.loads(line)["passed"] for line in ok.stdout.splitlines())
    # The original itself is not a redaction of itself: the proof must fail.
    bad = run_cli("verify", note, note, "--findings", out / "work" / "n.findings.json")
    assert bad.code == ExitCode.VERIFY_FAILED


def test_names_propagate_over_the_batch(tmp_path: Path, config_file: Path) -> None:
    """A name found in one note is redacted in another note where nothing else points at it."""
    src = tmp_path / "in"
    src.mkdir()
    make_note(src / "a.pdf", [("Helvetica", "Van: Sanne Kwakernaak-Oudshoorn"), ("Helvetica", "Aan de minister.")])
    make_note(src / "b.pdf", [("Helvetica", "Kwakernaak-Oudshoorn heeft het stuk gelezen.")])
    out = tmp_path / "out"
    first = run_cli("run", src, "--out", out, "--config", config_file)
    assert first.code == ExitCode.OK, first.stderr
    text = extract_texts((out / "publish" / "b.pdf").read_bytes())["pdfium"]
    assert "Kwakernaak" not in text and "heeft het stuk gelezen" in text
    data = json.loads((out / "work" / "b.findings.json").read_text())
    assert any("batch_propagation" in f["detectors"] for f in data["findings"])
    again = run_cli("run", src, "--out", out, "--config", config_file)
    assert {line["status"] for line in again.lines} == {"skipped"}, "an identical rerun redoes nothing"
    # A reviewer's decision on b makes `apply` redo b from its original: the batch name stays found.
    from woo_redact.review.store import NewDecision, Store

    batch = next(f for f in data["findings"] if "batch_propagation" in f["detectors"])
    Store(out).record([NewDecision(batch["id"], "b.pdf", "confirm", None, "Test Reviewer")])
    applied = run_cli("apply", out, "--config", config_file)
    assert applied.code == ExitCode.OK, applied.stderr
    assert "Kwakernaak" not in extract_texts((out / "publish" / "b.pdf").read_bytes())["pdfium"]
