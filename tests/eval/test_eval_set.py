"""The evaluation set itself is consistent: its size, its labels and its PDFs agree.

Cheap (no detector): it guards against a regenerated or hand-edited set that
no longer matches its expected.json files.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pdfplumber
import pytest

HERE = Path(__file__).resolve().parent
NOTES = HERE / "notes"
TYPES = {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "PARAPH", "NL_BSN", "IBAN_CODE"}
EXPECTED = sorted(NOTES.glob("*.expected.json"))


def _pattern(text: str) -> re.Pattern[str]:
    parts = [re.escape(p).replace(r"\-", r"-\s*") for p in text.split()]
    return re.compile(r"(?<![\w@.])" + r"\s+".join(parts) + r"(?![\w@])")


def test_size_and_mix() -> None:
    specs = [json.loads(p.read_text(encoding="utf-8")) for p in EXPECTED]
    items = [r for s in specs for r in s["redact"]]
    assert len(specs) >= 40
    assert len(items) >= 300
    assert {r["type"] for r in items} == TYPES
    producers = [s["producer"] for s in specs]
    assert min(producers.count("libreoffice"), producers.count("reportlab")) >= len(specs) // 3
    assert sum(p.stat().st_size for p in NOTES.glob("*.pdf")) < 5_000_000


def test_officials_are_listed_and_never_redacted() -> None:
    listed = {
        line.strip()
        for line in (HERE / "public-officials.txt").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    }
    persons: set[str] = set()
    for p in EXPECTED:
        spec = json.loads(p.read_text(encoding="utf-8"))
        assert set(spec["public_officials"]) <= listed
        assert set(spec["public_officials"]) <= set(spec["keep"])
        persons |= {r["text"] for r in spec["redact"] if r["type"] == "PERSON"}
    assert not persons & listed


@pytest.mark.parametrize("expected", EXPECTED, ids=lambda p: p.name.split(".")[0])
def test_every_label_is_in_its_pdf(expected: Path) -> None:
    spec = json.loads(expected.read_text(encoding="utf-8"))
    with pdfplumber.open(NOTES / spec["file"]) as pdf:
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    missing = [s for s in [r["text"] for r in spec["redact"]] + spec["keep"] if not _pattern(s).search(text)]
    assert not missing, f"not extractable: {missing}"
