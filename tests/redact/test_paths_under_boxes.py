"""Vector paths under a box, as real producers leave them: an earlier redaction's black rectangle a little larger
than the name under it (a Word letter the gemeente had blacked out, text still live), and a thick black
scribble over a signature whose stroke reaches past the signature's box. Neither may make the proof withhold
the document: the rectangle stays (it hides nothing), the scribble goes and the proof is told where its ink was."""

from __future__ import annotations

import io

import pikepdf
from redact_checks import boxes_for, changed_outside, redact, squash, texts
from redact_pdfs import build

from woo_redact.model import Box


def _paint_ops(data: bytes) -> list[str]:
    with pikepdf.open(io.BytesIO(data)) as pdf:
        return [str(i.operator) for i in pikepdf.parse_content_stream(pdf.pages[0]) if str(i.operator) in "S f*"]


def test_an_earlier_black_box_larger_than_the_name_stays() -> None:
    text = b"BT /F1 10 Tf 20 100 Td (Behandeld door Pieter Jansen, afdeling Ruimte) Tj ET "
    probe = build([text])
    [name] = boxes_for(probe, 0, "PieterJansen")
    # the publisher's black box: filled and stroked, 1.5 pt past the name on every side
    x0, y0, w, h = name.x0 - 1.5, name.y0 - 1.5, name.x1 - name.x0 + 3, name.y1 - name.y0 + 3
    black = f"q 0 g {x0:.2f} {y0:.2f} {w:.2f} {h:.2f} re f* 0 G 0.75 w {x0:.2f} {y0:.2f} {w:.2f} {h:.2f} re S Q "
    data = build([text + black.encode()])
    out, _ = redact(data, [name])
    assert all("PieterJansen" not in squash(t) for t in texts(out, 0).values()), "the live text under it is gone"
    assert _paint_ops(out).count("f*") >= 1 and _paint_ops(out).count("S") >= 1, "the earlier box is still drawn"
    assert changed_outside(data, out, 0, [name], scale=1.0, threshold=40) == 0.0, "its edge outside the box stays"


def test_a_thick_scribble_over_a_signature_goes_and_its_reach_is_reported() -> None:
    text = b"BT /F1 10 Tf 20 150 Td (Hoogachtend,) Tj 0 -80 Td (directeur Digitale Economie) Tj ET "
    scribble = b"q 10 w 1 J 1 j 0 G 56 76 m 58 124 l 75 95 l 94 110 l S Q "
    data = build([text + scribble])
    box = Box(0, 55.0, 75.0, 95.0, 125.0)  # the signature's box: the points inside, the 10 pt stroke past it
    out, report = redact(data, [box])
    assert "S" not in _paint_ops(out), "the scribble's stroke is removed from the content"
    reach = [r for p in report for r in p.painted]
    assert any(r.x0 <= 55.0 - 3 and r.y1 >= 125.0 + 3 for r in reach), f"its ink past the box is reported: {reach}"
    assert squash("directeur Digitale Economie") in squash(texts(out, 0)["pdfplumber"]), "the text stays"
