"""PDFs whose pages take every branch of the per-character loops over PDFium's text pages: a hyphen PDFium
joined at a line end (0x2 in the characters, U+FFFE in the text), a page whose text leaves characters out,
characters without a code point (0), characters outside the BMP (surrogates), white space PDFium generated,
characters without a box, rotated text, boxes taller than the line. Used by test_parse_chars and
test_pdfium_loops, each with some sample notes besides."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHAR_CASES = [
    ROOT / "samples" / "notes" / "lo03_provincie_utrecht_netcongestie.pdf",
    ROOT / "tests" / "fuzz_cases" / "key-not-utf8.pdf",
    ROOT / "tests" / "eval" / "notes" / "ev21_do_limburg_evenementenvergunning_vo.pdf",
    ROOT / "eval" / "blind" / "dossier" / "docs" / "d18_whatsapp_export_wethouder.pdf",
    ROOT / "eval" / "blind" / "justice" / "docs" / "jus08.pdf",
    ROOT / "eval" / "blind" / "finance" / "docs" / "fin24.pdf",
]
SAMPLE_NOTES = sorted((ROOT / "samples" / "notes").glob("*.pdf"))
