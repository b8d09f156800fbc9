"""Names that appear only outside the page text (bookmarks, links) go through detection too."""

from __future__ import annotations

import io

import pikepdf
from reportlab.pdfgen import canvas

from woo_redact.config import load_config
from woo_redact.detect import Detector
from woo_redact.parse.channels import kept_channel_text
from woo_redact.pipeline import run_document


def _pdf_with_hidden_name() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.drawString(72, 700, "Overleg over de begroting met de directie.")
    c.linkURL("mailto:sanne.kartosen@minbzk.nl", (72, 690, 200, 705))
    c.bookmarkPage("p1")
    c.addOutlineEntry("Gesprek met Jan Kartosen over de begroting", "p1")
    c.save()
    return buf.getvalue()


def test_hidden_channels_are_read() -> None:
    text = kept_channel_text(_pdf_with_hidden_name())
    assert "Gesprek met Jan Kartosen over de begroting" in text
    assert "mailto:sanne.kartosen@minbzk.nl" in text


def test_a_name_only_in_a_bookmark_or_link_is_removed_and_proven() -> None:
    config = load_config(None, None)
    done = run_document(_pdf_with_hidden_name(), "x.pdf", config, Detector(config))
    assert done.proof.passed
    out = pikepdf.open(io.BytesIO(done.output))
    titles = [str(item.title) for item in out.open_outline().root]
    assert titles and not any("Kartosen" in t for t in titles)
    assert b"Kartosen" not in done.output and b"kartosen" not in done.output
    assert any("outline" in note for note in done.scrubbed)
