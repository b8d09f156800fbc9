"""A registration stamp set vertically in the margin: its words come out of the parse as a stack of
one-word lines; the user name and the name in it are found all the same (built-in `vertical_text`)."""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from woo_redact.config import load_config
from woo_redact.decide import decide
from woo_redact.detect import Detector
from woo_redact.model import Action, Box, Document
from woo_redact.parse import assemble, parse_pdf
from woo_redact.parse.words import PageChars, RawWord


def _stamped(stamp: str, angle: int) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 11)
    c.drawString(72, 760, "Verslag van het bestuurlijk overleg over de opvang in de regio.")
    c.drawString(72, 744, "De gemeente en de provincie spraken over de planning voor 2026.")
    c.saveState()
    c.setFont("Helvetica", 8)
    if angle == 90:
        c.translate(30, 120)
    else:
        c.translate(565, 700)
    c.rotate(angle)
    c.drawString(0, 0, stamp)
    c.restoreState()
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize("angle", [90, 270])
def test_user_name_and_name_in_a_vertical_stamp(angle: int) -> None:
    config = load_config(None, None)
    doc = parse_pdf(_stamped("Dossier Henk Brouwer - ingeboekt door pdejong op 03-03-2025", angle), "stamp.pdf")
    findings = Detector(config).detect(doc)
    redacted = {f.text for f, d in zip(findings, decide(findings, config)) if d.action is Action.REDACT}
    assert "pdejong" in redacted, redacted
    assert {"Henk", "Brouwer"} <= {w for t in redacted for w in t.split()}, redacted
    kept = " ".join(redacted)
    assert "ingeboekt" not in kept and "Dossier" not in kept and "opvang" not in kept


def _lettered(line: str) -> Document:
    """The parse of ``line`` turned by 90 degrees in a page's margin whose letters a producer placed one by
    one (a QuarkXPress poster): one line per letter, top down, each letter's size its advance along the
    page's rows, its width the font's height."""
    raw, y = [], 640.0
    for ch in reversed(line):
        advance = 3.0
        if ch != " ":
            box = Box(0, 604.9, y - advance, 610.7, y)
            raw.append(
                RawWord(ch, box, ((604.9, y - advance, 610.7, y),), "Helvetica", advance, False, 842 - y, 604.9, 610.7)
            )
        y -= advance if ch != " " else 2.0
    body = [
        RawWord(
            w,
            Box(0, 72 + 40 * i, 740, 72 + 40 * i + 35, 752),
            tuple((72 + 40 * i, 740, 72 + 40 * i + 35 / len(w) * (k + 1), 752) for k in range(len(w))),
            "Helvetica",
            11,
            False,
            90,
            72 + 40 * i,
            107 + 40 * i,
        )
        for i, w in enumerate("Beschadiging van een kabel".split())
    ]
    return assemble([(body + raw, PageChars(595, 842, 0, len(line) + 23, (), 0.0, 595))], "poster.pdf", "0" * 64)


def test_name_in_a_turned_line_of_single_letters() -> None:
    config = load_config(None, None)
    doc = _lettered("v.u. Luc Desomer, Brusselsesteenweg 199, 9090 Melle")
    findings = Detector(config).detect(doc)
    redacted = [
        "".join(f.text.split())[::-1] for f, d in zip(findings, decide(findings, config)) if d.action is Action.REDACT
    ]
    assert "LucDesomer" in redacted, redacted
    assert not any("Melle" in r for r in redacted), redacted  # a town after its postcode
