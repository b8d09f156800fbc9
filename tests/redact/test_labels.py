"""Overlapping boxes of different findings get one label per connected area (redact/labels.py)."""

from __future__ import annotations

import io

import pikepdf
import pypdfium2 as pdfium
import pytest
from redact_pdfs import widths_font
from test_producers import _failures, _pdf

from woo_redact.model import Box, Explanation, Finding, Ground, Redaction
from woo_redact.parse import parse_pdf
from woo_redact.redact import redact
from woo_redact.redact.labels import connected_areas, label_places

_LINE = b"BT /F1 11 Tf 20 150 Td (Paraaf: JANSEN DE VRIES akkoord) Tj 0 -20 Td (Tweede regel blijft) Tj ET"


def _finding(doc: object, fid: str, text: str, box: Box, ground: Ground = Ground.PRIVATE_LIFE) -> Finding:
    k = doc.text.index(text)  # type: ignore[attr-defined]
    return Finding(fid, k, k + len(text), text, "PERSON", ground, 0.9, (box,), (Explanation("t", 0.9, "t"),))


def _words(doc: object) -> dict[str, Box]:
    return {w.text: w.box for w in doc.words}  # type: ignore[attr-defined]


@pytest.mark.parametrize("setup", ["nested", "partial", "two grounds"])
def test_overlapping_findings_prove_with_one_label(setup: str) -> None:
    data = _pdf([_LINE], {"/F1": widths_font()})
    doc = parse_pdf(data, "case.pdf")
    w = _words(doc)
    name = w["JANSEN"].union(w["DE"]).union(w["VRIES"])
    if setup == "partial":  # a second finding reaching from inside the name to the next word
        findings = [
            _finding(doc, "F0", "JANSEN DE VRIES", name),
            _finding(doc, "F1", "VRIES akkoord", w["VRIES"].union(w["akkoord"])),
        ]
    else:  # a paraph "DE" inside the name in capitals
        ground = Ground.IDENTIFICATION_NUMBER if setup == "two grounds" else Ground.PRIVATE_LIFE
        findings = [_finding(doc, "F0", "JANSEN DE VRIES", name), _finding(doc, "F1", "DE", w["DE"], ground)]
    labels = {"F0": "5.1.2e", "F1": "5.1.1e" if setup == "two grounds" else "5.1.2e"}
    reds = [Redaction(b, labels[f.id], f.id) for f in findings for b in f.boxes]
    with pikepdf.open(io.BytesIO(data)) as pdf:
        pages, _ = redact(pdf, reds, [f.text for f in findings], original=data, dpi=100)
        assert not any(p.rasterized for p in pages)
        buf = io.BytesIO()
        pdf.save(buf)
    out = buf.getvalue()
    assert _failures(data, out, findings) == {}
    doc_out = pdfium.PdfDocument(out)
    text = doc_out[0].get_textpage().get_text_range()
    doc_out.close()
    expected = "5.1.2e, 5.1.1e" if setup == "two grounds" else "5.1.2e"
    assert text.count("5.1.") == expected.count("5.1."), text  # one label, not two over each other
    assert expected in text and "Tweede regel blijft" in text


def test_areas_and_places() -> None:
    a, b, c = Box(0, 10, 10, 110, 20), Box(0, 50, 10, 60, 20), Box(0, 200, 10, 300, 20)
    reds = [Redaction(a, "5.1.2e", "F0"), Redaction(b, "5.1.2e", "F1"), Redaction(c, "5.1.2e", "F2")]
    assert [[r.finding_id for r in area] for area in connected_areas(reds)] == [["F0", "F1"], ["F2"]]
    places = label_places(reds, 0, lambda rect, text: rect.width >= 30)
    assert places[0] == (Box(0, 60, 10, 110, 20), "5.1.2e")  # the widest stretch of a not under b
    assert places[1] == (c, "5.1.2e")
    assert label_places([Redaction(a, "", "F9")], 0, lambda rect, text: True) == []  # unlabelled: no label
