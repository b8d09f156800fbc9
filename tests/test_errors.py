"""Structured errors end to end: a failed document's class and public reason reach stdout, the log and the inventory."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from clitools import SAMPLES, run_cli
from pdfgen import make_corrupt, make_encrypted

from woo_redact.errors import CorruptPdf, EncryptedPdf, ExitCode, InputNotPdf


def test_failures_carry_their_class_and_a_public_reason(tmp_path: Path, config_file: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    make_corrupt(inputs / "kapot.pdf")
    (inputs / "geen-pdf.pdf").write_text("Dit is een tekstbestand.")
    make_encrypted(inputs / "versleuteld.pdf", next(SAMPLES.glob("*.pdf")))
    out = tmp_path / "out"
    r = run_cli("run", inputs, "--out", out, "--config", config_file, "--workers", "1")
    assert r.code == ExitCode.DOCUMENTS_FAILED, r.stderr
    wanted = {"kapot.pdf": CorruptPdf, "geen-pdf.pdf": InputNotPdf, "versleuteld.pdf": EncryptedPdf}
    assert {line["output"]: line["error_class"] for line in r.lines} == {k: v.__name__ for k, v in wanted.items()}
    assert all(str(inputs) in line["error"] for line in r.lines)  # the full message names the file

    records = [json.loads(x) for x in (out / "audit.jsonl").read_text(encoding="utf-8").splitlines()]
    documents = {d["output"]: d for d in records if d["type"] == "document"}
    for name, cls in wanted.items():
        assert documents[name]["error_class"] == cls.__name__
        assert documents[name]["reason"] == cls.public_default  # given where it was raised, not parsed back
        assert str(inputs) not in documents[name]["reason"]

    rows = list(
        csv.reader((out / "publish" / "inventaris.csv").read_text(encoding="utf-8-sig").splitlines(), delimiter=";")
    )
    remarks = {row[1]: row[7] for row in rows[1:]}
    assert {name: remarks[name] for name in wanted} == {
        n: f"Niet verwerkt: {c.public_default}" for n, c in wanted.items()
    }
