"""The bundled samples through the whole tool: nothing personal survives, public text stays."""

from __future__ import annotations

import io
import json
import re
import subprocess
from pathlib import Path

import pikepdf
import pytest
from clitools import SAMPLES, expected_files

from woo_redact.parse import parse_pdf
from woo_redact.prove import extract_texts

MOTIVATION = "In de openbaar gemaakte versie van deze nota zijn alle persoonsgegevens van ambtenaren geanonimiseerd."


def _norm(s: str) -> str:
    return " ".join(s.split())


def _occurs(needle: str, hay: str) -> bool:
    pattern = r"(?<![\w@.])" + r"\s+".join(re.escape(p) for p in needle.split()) + r"(?![\w@])"
    return re.search(pattern, hay) is not None


def _metadata_text(data: bytes) -> str:
    with pikepdf.open(io.BytesIO(data)) as pdf:
        parts = [str(v) for v in pdf.docinfo.values()]
        if "/Metadata" in pdf.Root:
            parts.append(pdf.Root.Metadata.read_bytes().decode("utf-8", "replace"))
        with pdf.open_outline() as outline:
            parts.extend(item.title for item in outline.root)
    return "\n".join(parts)


def test_every_sample_is_written(sample_run: tuple[Path, object]) -> None:
    out, result = sample_run
    assert result.code == 0, result.stderr
    statuses = {line["output"]: line["status"] for line in result.lines}
    for exp in expected_files():
        name = json.loads(exp.read_text())["file"]
        assert statuses.get(name) == "written", f"{name}: {statuses.get(name)}"
        assert (out / "publish" / name).is_file()
        assert (out / "work" / name).with_suffix(".findings.json").is_file()


@pytest.mark.parametrize("expected", expected_files(), ids=lambda p: p.stem.split(".")[0])
def test_no_personal_data_survives(sample_run: tuple[Path, object], expected: Path) -> None:
    out, _ = sample_run
    spec = json.loads(expected.read_text(encoding="utf-8"))
    data = (out / "publish" / spec["file"]).read_bytes()
    texts = extract_texts(data)
    meta = _metadata_text(data)
    assert set(texts) >= {"pdfplumber", "pdfium", "pdftotext"}
    for item in spec["redact"]:
        for engine, text in texts.items():
            assert not _occurs(item["text"], text), f"{item['type']} {item['text']!r} found by {engine}"
        assert item["text"].lower() not in meta.lower(), f"{item['text']!r} in metadata/outline"


@pytest.mark.parametrize("expected", expected_files(), ids=lambda p: p.stem.split(".")[0])
def test_public_text_stays(sample_run: tuple[Path, object], expected: Path) -> None:
    out, _ = sample_run
    spec = json.loads(expected.read_text(encoding="utf-8"))
    original = _norm(extract_texts((SAMPLES / spec["file"]).read_bytes())["pdfplumber"])
    text = _norm(extract_texts((out / "publish" / spec["file"]).read_bytes())["pdfplumber"])
    missing = [k for k in spec["keep"] if _occurs(k, original) and not _occurs(k, text)]
    assert not missing, f"public text blacked out: {missing}"


@pytest.mark.parametrize("expected", expected_files(), ids=lambda p: p.stem.split(".")[0])
def test_motivation_section_completed(sample_run: tuple[Path, object], expected: Path) -> None:
    out, _ = sample_run
    spec = json.loads(expected.read_text(encoding="utf-8"))
    output = (out / "publish" / spec["file"]).read_bytes()
    text = _norm(parse_pdf(output, spec["file"]).text)  # our reading order keeps the side column apart
    assert "Informatie die niet openbaar gemaakt kan worden" in text
    assert "Motivering" in text
    assert MOTIVATION in text
    assert "5.1.2e" in text
    with pikepdf.open(io.BytesIO(output)) as a, pikepdf.open(SAMPLES / spec["file"]) as b:
        appended = len(a.pages) - len(b.pages)
    findings = json.loads((out / "work" / spec["file"]).with_suffix(".findings.json").read_text())
    mode = findings["motivation"]["mode"]
    if spec["has_motivation_section"] and spec.get("motivation_placeholder"):
        assert mode in ("fill", "append")
        if mode == "fill":
            assert appended == 0
    if not spec["has_motivation_section"]:
        assert mode == "append" and appended == 1
    if spec.get("motivation_placeholder"):
        placeholder = re.compile(r"\[\s*Nog in te vullen\s*\]|in te vullen", re.I)
        assert not placeholder.search(text), "the placeholder was left in the output"


def test_output_is_one_whole_revision(sample_run: tuple[Path, object]) -> None:
    out, _ = sample_run
    pdfs = list((out / "publish").glob("*.pdf"))
    assert pdfs
    for pdf in pdfs:
        assert pdf.read_bytes().count(b"%%EOF") == 1, pdf.name


def test_pdftotext_reads_outputs(sample_run: tuple[Path, object]) -> None:
    out, _ = sample_run
    first = sorted((out / "publish").glob("*.pdf"))[0]
    proc = subprocess.run(["pdftotext", str(first), "-"], capture_output=True, text=True, check=True)
    assert "Motivering" in proc.stdout
