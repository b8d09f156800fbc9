"""Small PDF generators for tests: short notes written with reportlab."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pikepdf
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

DEFAULT_LINES = (
    ("Helvetica-Bold", "Aanleiding"),
    ("Helvetica", "Mevrouw Sanne Visser heeft met minister Verhoeven overlegd over de Woo."),
    ("Helvetica", "Zij is bereikbaar op 06-12345678 en via s.visser@minbzk.nl."),
    ("Helvetica", "Het Programma Versterking Woo loopt in Gemeente Leeuwarden."),
)


def make_note(
    path: Path,
    lines: Sequence[tuple[str, str]] = DEFAULT_LINES,
    *,
    author: str = "",
    motivation_placeholder: bool = False,
) -> Path:
    """A one-page note; optionally ending with an empty motivation section."""
    c = canvas.Canvas(str(path), pagesize=A4)
    if author:
        c.setAuthor(author)
    y = 780.0
    for font, text in lines:
        c.setFont(font, 10 if font == "Helvetica" else 11)
        c.drawString(72, y, text)
        y -= 16
    if motivation_placeholder:
        y -= 10
        c.setFont("Helvetica-Bold", 11)
        c.drawString(72, y, "Informatie die niet openbaar gemaakt kan worden")
        c.drawString(72, y - 18, "Motivering")
        c.setFont("Helvetica", 10)
        c.drawString(72, y - 34, "[Nog in te vullen]")
    c.save()
    return path


def make_encrypted(path: Path, source: Path) -> Path:
    """A copy of ``source`` that needs a user password to open."""
    with pikepdf.open(source) as pdf:
        pdf.save(path, encryption=pikepdf.Encryption(user="geheim", owner="geheim"))
    return path


def make_corrupt(path: Path) -> Path:
    """A file that starts like a PDF but is truncated garbage."""
    path.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nendobj\nxref\ngarbage")
    return path
