"""Personal data that only a document's properties or a form's fields held: the sanitizer drops them, and
the motivation still names the ground (it said "geen persoonsgegevens weggelakt" before)."""

from __future__ import annotations

import io
from pathlib import Path

import pikepdf
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from woo_redact import load_config, redact_file
from woo_redact.model import Assessment

BODY = "Meldingsformulier geluidsoverlast. De gemeente neemt de melding in behandeling."


def _pdf(author: str = "", field_value: str = "") -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    if author:
        c.setAuthor(author)
    c.setFont("Helvetica", 11)
    c.drawString(72, 760, BODY)
    if field_value:
        c.acroForm.textfield(name="naam", value=field_value, x=72, y=700, width=300, height=20)
    c.showPage()
    c.save()
    return buf.getvalue()


def _run(tmp_path: Path, data: bytes) -> tuple[str, Assessment]:
    src = tmp_path / "in.pdf"
    src.write_bytes(data)
    out = redact_file(src, load_config())
    with pikepdf.open(io.BytesIO(out.output)) as pdf:
        assert str(pdf.trailer.Info.get("/Author", "")) == ""
        assert "/AcroForm" not in pdf.Root
    return out.added_text, out.assessment


def test_author_only_gives_the_ground(tmp_path: Path) -> None:
    text, assessment = _run(tmp_path, _pdf(author="Sanne Kartosen"))
    assert "5.1.2e" in text and assessment is Assessment.PARTLY_PUBLIC


def test_an_author_whose_names_are_words_too_gives_the_ground(tmp_path: Path) -> None:
    """ "Roos" is a flower and "Wijnbergen" a village: in the Author field a given name and a capitalised word after
    it are the writer's name all the same (the motivation said nothing was removed)."""
    text, assessment = _run(tmp_path, _pdf(author="Roos Wijnbergen"))
    assert "5.1.2e" in text and assessment is Assessment.PARTLY_PUBLIC


def test_form_field_only_gives_the_ground(tmp_path: Path) -> None:
    text, assessment = _run(tmp_path, _pdf(field_value="Gerda Hofstede-Brink"))
    assert "5.1.2e" in text and assessment is Assessment.PARTLY_PUBLIC


def test_an_account_as_author_gives_the_ground(tmp_path: Path) -> None:
    text, assessment = _run(tmp_path, _pdf(author="bergelx"))
    assert "5.1.2e" in text and assessment is Assessment.PARTLY_PUBLIC


def test_a_generic_author_gives_none(tmp_path: Path) -> None:
    text, assessment = _run(tmp_path, _pdf(author="user"))
    assert "5.1.2e" not in text and assessment is Assessment.PUBLIC


def test_nothing_personal_says_so(tmp_path: Path) -> None:
    text, assessment = _run(tmp_path, _pdf(author="Gemeente Enschede"))
    assert "5.1.2e" not in text and assessment is Assessment.PUBLIC
