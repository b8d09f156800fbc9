"""The auditor's side: `woo-redact audit verify|lookup|report`, and the log and inventory leak nothing."""

from __future__ import annotations

import csv
import json
import re
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from clitools import CliResult, expected_files, run_cli
from pdfgen import make_corrupt, make_note

from woo_redact.audit.log import AuditLog, line_hash
from woo_redact.audit.reader import current_documents, read_log, split_runs
from woo_redact.audit.records import public_reason
from woo_redact.audit.report import build_report
from woo_redact.errors import ExitCode

# --- helpers -------------------------------------------------------------------------


@pytest.fixture()
def published(sample_run: tuple[Path, CliResult], tmp_path: Path) -> Path:
    """A private copy of the sample run's output folder, free to tamper with."""
    out, result = sample_run
    assert result.code == ExitCode.OK, result.stderr
    return Path(shutil.copytree(out, tmp_path / "published"))


def _lines(log: Path) -> list[bytes]:
    return log.read_bytes().splitlines(keepends=True)


def _records(log: Path) -> list[dict]:
    return [json.loads(line) for line in _lines(log)]


def _first_index(log: Path, kind: str) -> int:
    """0-based index of the first record of ``kind``."""
    return next(i for i, r in enumerate(_records(log)) if r["type"] == kind)


def _rechain(lines: list[bytes]) -> list[bytes]:
    """Recompute every ``prev``, as someone covering their tracks would."""
    prev = "0" * 64
    out = []
    for raw in lines:
        rec = json.loads(raw)
        rec["prev"] = prev
        line = json.dumps(rec, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()
        out.append(line + b"\n")
        prev = line_hash(line)
    return out


def _verify(folder: Path) -> CliResult:
    return run_cli("audit", "verify", folder / "audit.jsonl")


def _problem_lines(stderr: str) -> set[int]:
    return {int(n) for n in re.findall(r": line (\d+): ", stderr)}


def _secrets() -> list[str]:
    """Every text of the samples that must never appear in clear."""
    found = []
    for exp in expected_files():
        found += [item["text"] for item in json.loads(exp.read_text(encoding="utf-8"))["redact"]]
    return sorted(set(found))


def _leaks(text: str) -> list[str]:
    """The secrets that occur in ``text`` as whole words (case-sensitive)."""
    leaks = []
    for s in _secrets():
        pattern = r"(?<![\w@.])" + r"\s+".join(re.escape(p) for p in s.split()) + r"(?![\w@])"
        if re.search(pattern, text):
            leaks.append(s)
    return leaks


# --- verify ----------------------------------------------------------------------------


def test_fresh_run_verifies(published: Path) -> None:
    r = _verify(published)
    assert r.code == ExitCode.OK, r.stderr
    summary = r.lines[0]
    assert summary["verified"] is True and summary["problems"] == 0
    assert summary["runs"] == 1 and summary["outputs_checked"] == len(expected_files())
    assert summary["head"] == line_hash(_lines(published / "audit.jsonl")[-1])
    assert "verifies" in r.stderr


def test_log_has_the_records_an_auditor_needs(published: Path) -> None:
    records = _records(published / "audit.jsonl")
    header, end = records[0], records[-1]
    assert header["type"] == "run" and {"tool_version", "config_sha256", "model_version", "started"} <= set(header)
    assert end["type"] == "run_end" and end["records"] == len(records) - 1
    docs = [r for r in records if r["type"] == "document"]
    assert end["documents"] == len(docs) == header["documents"] and end["written"] == len(docs)
    for d in docs:
        assert {"input_sha256", "output_sha256", "pages", "outcome", "status", "reason"} <= set(d)
        assert d["outcome"] in ("openbaar", "deels openbaar", "niet openbaar")
    redactions = [r for r in records if r["type"] == "redaction"]
    assert redactions
    for r in redactions:
        assert {"document", "page", "boxes", "entity_type", "ground", "detectors", "score", "decision"} <= set(r)
        assert {"decided_by", "time", "fingerprint"} <= set(r) and "text" not in r
        assert re.fullmatch(r"[0-9a-f]{64}", r["fingerprint"])
        assert all(b["page"] >= 1 and len(b["bbox"]) == 4 for b in r["boxes"])


def _edit_field(log: Path) -> int:
    lines = _lines(log)
    i = _first_index(log, "redaction") + 2
    rec = json.loads(lines[i])
    rec["ground"] = "5.1.2i" if rec["ground"] != "5.1.2i" else "5.1.2e"
    lines[i] = json.dumps(rec, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode() + b"\n"
    log.write_bytes(b"".join(lines))
    return i + 2  # the next line's `prev` no longer matches (line numbers are 1-based)


def _remove_record(log: Path) -> int:
    lines = _lines(log)
    i = _first_index(log, "redaction") + 1
    del lines[i]
    log.write_bytes(b"".join(lines))
    return i + 1  # the record that now stands where the removed one was


def _swap_records(log: Path) -> int:
    lines = _lines(log)
    i = _first_index(log, "redaction")
    lines[i], lines[i + 1] = lines[i + 1], lines[i]
    log.write_bytes(b"".join(lines))
    return i + 1


def _truncate_last(log: Path) -> int:
    lines = _lines(log)
    log.write_bytes(b"".join(lines[:-3]))
    return 1  # the run (header on line 1) has no run_end


def _truncate_run_end_only(log: Path) -> int:
    lines = _lines(log)
    log.write_bytes(b"".join(lines[:-1]))
    return 1


def _cut_mid_line(log: Path) -> int:
    data = log.read_bytes()
    log.write_bytes(data[: len(data) - 40])
    return len(_lines(log))


def _remove_and_rechain(log: Path) -> int:
    """Remove the last redaction and recompute the chain: only run_end's counts give it away."""
    lines = _lines(log)
    del lines[-2]
    log.write_bytes(b"".join(_rechain(lines)))
    return len(lines)  # the run_end line


def _change_output_pdf(log: Path) -> int:
    records = _records(log)
    i, doc = next((i, r) for i, r in enumerate(records) if r["type"] == "document")
    pdf = log.parent / "publish" / doc["output"]
    pdf.write_bytes(pdf.read_bytes() + b"\n% appended\n")
    return i + 1


def _delete_output_pdf(log: Path) -> int:
    records = _records(log)
    i, doc = next((i, r) for i, r in enumerate(records) if r["type"] == "document")
    (log.parent / "publish" / doc["output"]).unlink()
    return i + 1


@pytest.mark.parametrize(
    "tamper",
    [
        _edit_field,
        _remove_record,
        _swap_records,
        _truncate_last,
        _truncate_run_end_only,
        _cut_mid_line,
        _remove_and_rechain,
        _change_output_pdf,
        _delete_output_pdf,
    ],
    ids=lambda f: f.__name__.strip("_"),
)
def test_tampering_is_detected(published: Path, tamper: Callable[[Path], int]) -> None:
    line = tamper(published / "audit.jsonl")
    r = _verify(published)
    assert r.code == ExitCode.VERIFY_FAILED, r.stderr
    assert r.lines[0]["verified"] is False
    assert line in _problem_lines(r.stderr), r.stderr
    assert "does NOT verify" in r.stderr


def test_outputs_folder_can_be_elsewhere(published: Path, tmp_path: Path) -> None:
    logs = tmp_path / "logs"
    logs.mkdir()
    shutil.move(published / "audit.jsonl", logs / "audit.jsonl")
    assert run_cli("audit", "verify", logs / "audit.jsonl").code == ExitCode.VERIFY_FAILED  # no PDFs there
    r = run_cli("audit", "verify", logs / "audit.jsonl", "--outputs", published / "publish")
    assert r.code == ExitCode.OK, r.stderr


def test_verify_of_a_missing_log_is_a_usage_error(tmp_path: Path) -> None:
    r = run_cli("audit", "verify", tmp_path / "audit.jsonl")
    assert r.code == ExitCode.USAGE and "no such file" in r.stderr


def test_reruns_and_failures_verify(tmp_path: Path, config_file: Path) -> None:
    """Several runs in one log, skipped and failed documents: still one verifiable whole."""
    src = tmp_path / "in"
    src.mkdir()
    make_note(src / "nota.pdf")
    make_corrupt(src / "kapot.pdf")
    out = tmp_path / "out"
    assert run_cli("run", src, "--out", out, "--config", config_file).code == ExitCode.DOCUMENTS_FAILED
    assert run_cli("run", src, "--out", out, "--config", config_file).code == ExitCode.DOCUMENTS_FAILED
    r = _verify(out)
    assert r.code == ExitCode.OK, r.stderr
    assert r.lines[0]["runs"] == 2 and r.lines[0]["outputs_checked"] == 1
    ends = [rec for rec in _records(out / "audit.jsonl") if rec["type"] == "run_end"]
    assert [(e["written"], e["skipped"], e["failed"]) for e in ends] == [(1, 0, 1), (0, 1, 1)]
    failed = [rec for rec in _records(out / "audit.jsonl") if rec.get("status") == "failed"]
    assert failed and all("damaged" in rec["reason"] and str(src) not in rec["reason"] for rec in failed)
    report = build_report(out / "audit.jsonl", out / "publish")
    assert report.verification.ok
    # The skipped document's redactions are those of the run that wrote it.
    (nota,) = [d for d in current_documents(split_runs(read_log(out / "audit.jsonl"))[0]) if d.output == "nota.pdf"]
    assert nota.latest.status == "skipped" and nota.file is not None and nota.redactions
    assert all(r.number < nota.latest.document.number for r in nota.redactions)


# --- no personal data in clear --------------------------------------------------------------


def test_no_personal_data_in_log_inventory_or_report(published: Path, tmp_path: Path) -> None:
    assert _secrets(), "the samples list what must be redacted"
    report = tmp_path / "report.html"
    assert run_cli("audit", "report", published / "audit.jsonl", "--out", report).code == ExitCode.OK
    xlsx = published / "publish" / "inventaris.xlsx"
    with zipfile.ZipFile(xlsx) as z:
        xlsx_xml = "\n".join(z.read(n).decode("utf-8", "replace") for n in z.namelist())
    cells = "\n".join(
        str(v) for row in openpyxl.load_workbook(xlsx).active.iter_rows(values_only=True) for v in row if v is not None
    )
    for name, text in {
        "audit.jsonl": (published / "audit.jsonl").read_text(encoding="utf-8"),
        "inventaris.csv": (published / "publish" / "inventaris.csv").read_text(encoding="utf-8-sig"),
        "inventaris.xlsx": xlsx_xml + "\n" + cells,
        "report.html": report.read_text(encoding="utf-8"),
    }.items():
        assert not _leaks(text), f"{name} holds personal data in clear: {_leaks(text)}"


def test_failure_reasons_never_quote_the_document() -> None:
    src = "/data/in/nota.pdf"
    internal = f"{src}: internal error ModelError: char_x length mismatch for 'Marloes'. Please report this document."
    assert "Marloes" not in public_reason(internal, src)
    assert "ModelError" in public_reason(internal, src)
    plumber = f"{src}: pdfplumber cannot read the PDF (bad token near 'Jansen'). Re-export or repair it."
    assert "Jansen" not in public_reason(plumber, src) and "damaged" in public_reason(plumber, src)
    proof = (
        f"{src}: the redaction could not be proven, so no disclosure version was written "
        "(no_text_leak[pdftotext]: pdftotext said 'Jansen'; boxes_black: 1 box(es)). Please report this document."
    )
    reduced = public_reason(proof, src)
    assert "Jansen" not in reduced and "no_text_leak[pdftotext]" in reduced and "boxes_black" in reduced
    ocr = f"{src}: page(s) 2, 3 are images without a text layer, so personal data on them cannot be detected."
    assert public_reason(ocr, src).startswith("page(s) 2, 3 are images")
    assert "Pietersen" not in public_reason("something new about Pietersen")


# --- lookup --------------------------------------------------------------------------------


def _a_redacted_name() -> tuple[str, str]:
    """(name, file) of a PERSON in the samples that must be redacted."""
    for exp in expected_files():
        spec = json.loads(exp.read_text(encoding="utf-8"))
        for item in spec["redact"]:
            if item["type"] == "PERSON" and len(item["text"].split()) >= 2:
                return item["text"], spec["file"]
    raise AssertionError("no multi-word name in the samples")


def test_lookup_finds_a_redacted_name_with_the_key(sample_run: tuple[Path, CliResult], config_file: Path) -> None:
    out, _ = sample_run
    name, file = _a_redacted_name()
    r = run_cli("audit", "lookup", out / "audit.jsonl", name, "--config", config_file)
    assert r.code == ExitCode.OK, r.stderr
    exact = [m for m in r.lines if m["exact"]]
    assert exact and {m["document"] for m in exact} == {file}
    for m in exact:
        assert m["page"] >= 1 and m["ground"] == "5.1.2e" and m["decided_by"] and m["time"]
    key = Path(config_file.read_text().split("key_file:")[1].strip())
    by_key = run_cli("audit", "lookup", out / "audit.jsonl", name.upper(), "--key", key)
    assert [m["line"] for m in by_key.lines if m["exact"]] == [m["line"] for m in exact]  # case does not matter


def test_lookup_with_another_key_finds_nothing(sample_run: tuple[Path, CliResult], tmp_path: Path) -> None:
    out, _ = sample_run
    other = tmp_path / "other.key"
    other.write_text("ab" * 32 + "\n")
    name, _ = _a_redacted_name()
    r = run_cli("audit", "lookup", out / "audit.jsonl", name, "--key", other)
    assert r.code == ExitCode.OK
    assert r.stdout == "" and "not found" in r.stderr


def test_lookup_of_text_never_redacted(sample_run: tuple[Path, CliResult], config_file: Path) -> None:
    out, _ = sample_run
    r = run_cli("audit", "lookup", out / "audit.jsonl", "Ministerie van Binnenlandse Zaken", "--config", config_file)
    assert r.code == ExitCode.OK and r.stdout == "" and "not found" in r.stderr


def test_lookup_without_the_key_file_says_so(sample_run: tuple[Path, CliResult], tmp_path: Path) -> None:
    out, _ = sample_run
    r = run_cli("audit", "lookup", out / "audit.jsonl", "Jansen", "--key", tmp_path / "nope.key")
    assert r.code == ExitCode.CONFIG_INVALID and "not found" in r.stderr
    assert not (tmp_path / "nope.key").exists(), "lookup must never create a key"


# --- report ----------------------------------------------------------------------------------


def test_report_is_self_contained_and_complete(published: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    r = run_cli("audit", "report", published / "audit.jsonl", "--out", out)
    assert r.code == ExitCode.OK, r.stderr
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "<svg" in html and "The log verifies" in html
    assert not re.search(r"<(script|link|img|iframe)\b|\bsrc=|\bhref=|url\(", html, re.I)
    for exp in expected_files():
        assert json.loads(exp.read_text())["file"] in html
    assert "5.1.2e" in html
    assert "proven against the tool's own findings" in html.replace("&#x27;", "'")
    for rec in _records(published / "audit.jsonl"):
        if rec["type"] == "document":
            assert rec["output_sha256"] in html


def test_report_of_a_tampered_log_says_so(published: Path) -> None:
    _swap_records(published / "audit.jsonl")
    r = run_cli("audit", "report", published / "audit.jsonl")
    assert r.code == ExitCode.VERIFY_FAILED
    assert "does NOT verify" in r.stdout and "chain is broken" in r.stdout


def test_report_escapes_everything(tmp_path: Path) -> None:
    log = AuditLog(tmp_path / "audit.jsonl", b"k" * 32)
    evil = '<script>alert("x")</script>.pdf'
    log.append({"type": "run", "format": "woo_redact.audit/2", "tool_version": "<b>", "documents": 1})
    log.append({"type": "document", "output": evil, "output_sha256": "", "status": "failed", "outcome": "failed"})
    log.append({"type": "run_end", "records": 2, "documents": 1, "written": 0, "skipped": 0, "failed": 1})
    html = build_report(tmp_path / "audit.jsonl", tmp_path).html
    assert "<script>" not in html and "<b>" not in html
    assert "&lt;script&gt;" in html


# --- inventory ---------------------------------------------------------------------------------


def test_xlsx_inventory_matches_csv(published: Path) -> None:
    inventory = published / "publish" / "inventaris.csv"
    rows = list(csv.reader(inventory.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    ws = openpyxl.load_workbook(published / "publish" / "inventaris.xlsx").active
    cells = [["" if v is None else str(v) for v in row] for row in ws.iter_rows(values_only=True)]
    assert cells == rows
    assert rows[0] == [
        "Nr.",
        "Documentnaam",
        "Datum",
        "Beoordeling",
        "Weigeringsgronden",
        "Aantal lakkingen",
        "Pagina's",
        "Opmerking",
        "Family ID",
        "Email Thread ID",
        "File type",
        "Gerelateerd ID",
    ]
    assert len(rows) == 1 + len(expected_files())
    assert all(c.font.bold for c in ws[1])
    assert ws.auto_filter.ref == f"A1:L{len(rows)}"
    assert all(ws.column_dimensions[col].width > 5 for col in "ABCDEFGHIJKL")
    assert ws.column_dimensions["B"].width > ws.column_dimensions["A"].width
