"""Text set in a 1-point font scaled up by the text matrix (Acrobat Distiller via PScript5 writes
"/F1 1 Tf" and a 9x Tm, each word placed on its own): PDFium reports font size 1.0, and before this
was handled every word became a line of its own, so no title, label or name spanned two words."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "redact"))

from redact_pdfs import build  # noqa: E402
from reportlab.pdfbase.pdfmetrics import stringWidth  # noqa: E402

from woo_redact.config import load_config  # noqa: E402
from woo_redact.decide import decide  # noqa: E402
from woo_redact.detect import Detector  # noqa: E402
from woo_redact.model import Action  # noqa: E402
from woo_redact.parse import parse_pdf  # noqa: E402


def _distiller_page(lines: list[str], top: float = 180.0, size: float = 9.0) -> bytes:
    """Each word placed by its own Tm, in a 1-point font scaled by the matrix."""
    ops = [b"BT /F1 1 Tf"]
    for n, line in enumerate(lines):
        x = 20.0
        for word in line.split():
            ops.append(f"{size} 0 0 {size} {x:.2f} {top - n * size * 1.3:.2f} Tm ({word}) Tj".encode("latin-1"))
            x += stringWidth(word + " ", "Helvetica", size)
    ops.append(b"ET")
    return b" ".join(ops)


def test_words_of_a_scaled_font_are_read_as_lines() -> None:
    pdf = build(
        [_distiller_page(["De Staatssecretaris van Veiligheid en Justitie,", "F. Teeven"])], size=(0, 0, 400, 200)
    )
    doc = parse_pdf(pdf, "scaled.pdf")
    lines = [doc.text[ln.start : ln.end] for ln in doc.lines]
    assert lines[:2] == ["De Staatssecretaris van Veiligheid en Justitie,", "F. Teeven"]
    assert all(w.size > 7 for w in doc.words)


def test_a_signature_in_a_scaled_font_keeps_the_office_holder_and_finds_a_civil_servant() -> None:
    pdf = build(
        [
            _distiller_page(
                [
                    "Zij sprak met mevrouw Janneke Oudeman over het plan.",
                    "De Staatssecretaris van Veiligheid en Justitie,",
                    "F. Teeven",
                ]
            )
        ],
        size=(0, 0, 400, 200),
    )
    cfg = load_config(None, None)
    doc = parse_pdf(pdf, "scaled.pdf")
    findings = Detector(cfg).detect(doc)
    decisions = {f.text: d.action for f, d in zip(findings, decide(findings, cfg))}
    assert decisions.get("F. Teeven") is Action.KEEP
    assert decisions.get("Janneke Oudeman") is Action.REDACT


def test_small_capitals_in_two_sizes_of_a_scaled_font_are_one_word() -> None:
    """ "(HANS VAN DER LINDEN)" in small capitals (PDFMaker): each word's first letter at 15.5 points, the
    rest at 12.2, one scaled 1-point font; the letters touch, their centres differ by about a point."""
    ops = [b"BT /F1 1 Tf"]
    x = 20.0
    for word in ["HANS", "VAN", "DER", "LINDEN"]:
        for part, size, rise in ((word[0], 15.5, 0.0), (word[1:], 12.2, 0.0)):
            ops.append(f"{size} 0 0 {size} {x:.2f} {150 + rise:.2f} Tm ({part}) Tj".encode("latin-1"))
            x += stringWidth(part, "Helvetica", size)
        x += stringWidth(" ", "Helvetica", 12.2)
    ops.append(b"ET")
    doc = parse_pdf(build([b" ".join(ops)], size=(0, 0, 400, 200)), "smallcaps.pdf")
    assert [w.text for w in doc.words] == ["HANS", "VAN", "DER", "LINDEN"], [w.text for w in doc.words]
