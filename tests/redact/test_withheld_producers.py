"""Producers whose real documents were withheld: the proof refused the output, each time rightly or not.

Each case rebuilds the class of the real file in a few lines: PDFreactor's structure ID tree that
repeats an element (and its /Alt) as a direct copy, pdfTeX's accent drawn apart above a capital,
Skia's 1-point text whose glyphs are narrower than the proof's margin around a box.
"""

from __future__ import annotations

import io

import pikepdf
from redact_pdfs import std_font

from woo_redact.model import Explanation, Finding, Ground, Redaction
from woo_redact.parse import parse_pdf
from woo_redact.prove import prove
from woo_redact.prove.channels import open_pdf, read_channels
from woo_redact.redact import redact


def _pdf(content: bytes) -> pikepdf.Pdf:
    pdf = pikepdf.new()
    font = std_font()
    font.Encoding = pikepdf.Name.WinAnsiEncoding
    res = pikepdf.Dictionary(Font=pikepdf.Dictionary(F1=pdf.make_indirect(font)))
    page = pikepdf.Dictionary(
        Type=pikepdf.Name.Page, MediaBox=[0, 0, 300, 200], Resources=res, Contents=pdf.make_stream(content)
    )
    pdf.pages.append(pikepdf.Page(page))
    return pdf


def _bytes(pdf: pikepdf.Pdf) -> bytes:
    buf = io.BytesIO()
    pdf.save(buf)
    return buf.getvalue()


def _finding(data: bytes, text: str) -> Finding:
    """A finding over the first parsed word ``text``, its box from the parser."""
    word = next(w for w in parse_pdf(data, "case.pdf").words if w.text == text)
    why = (Explanation("test", 0.9, "test"),)
    return Finding("F0", word.start, word.end, text, "PERSON", Ground.PRIVATE_LIFE, 0.9, (word.box,), why)


def _redacted(data: bytes, finding: Finding) -> bytes:
    reds = [Redaction(b, "5.1.2e", finding.id) for b in finding.boxes]
    with pikepdf.open(io.BytesIO(data)) as pdf:
        pages, _ = redact(pdf, reds, [finding.text], original=data, dpi=100)
        assert not any(p.rasterized for p in pages), pages
        return _bytes(pdf)


def _failures(data: bytes, finding: Finding) -> dict[str, str]:
    output = _redacted(data, finding)
    return {c.name: c.detail for c in prove(data, output, [finding]).failures}


def test_pdfreactor_alt_text_repeated_in_the_id_tree_is_cleaned() -> None:
    """PDFreactor: the /IDTree holds a direct copy of a figure's element, /Alt and all, that no /K reaches.

    The remover cleaned the element of the tree and left the copy: the proof found the
    redacted name in /Alt (no_metadata_leak).
    """
    pdf = _pdf(b"BT /F1 11 Tf 20 150 Td (Het logo van Jansen staat hier) Tj ET")

    def figure() -> pikepdf.Dictionary:
        return pikepdf.Dictionary(
            Type=pikepdf.Name.StructElem,
            S=pikepdf.Name.Figure,
            ID=pikepdf.String("logo"),
            Alt=pikepdf.String("Het logo van Stichting Jansen"),
        )

    element = pdf.make_indirect(figure())
    pdf.Root.StructTreeRoot = pdf.make_indirect(
        pikepdf.Dictionary(
            Type=pikepdf.Name.StructTreeRoot,
            K=[element],
            IDTree=pikepdf.Dictionary(Names=[pikepdf.String("logo"), figure()]),
            ParentTree=pikepdf.Dictionary(Nums=[0, [figure()]]),
        )
    )
    data = _bytes(pdf)
    finding = _finding(data, "Jansen")
    assert _failures(data, finding) == {}
    with open_pdf(_redacted(data, finding)) as out:
        alts = [t for where, t in read_channels(out, b"").strings if where == "/Alt"]
    assert not alts  # every copy of the /Alt with the name went, not only the one /K reaches


def test_pdftex_accent_drawn_apart_above_a_capital_is_covered() -> None:
    """pdfTeX: the dieresis of a capital ("Ömer") is a glyph of its own, raised above the letter.

    PDFium reports it as a word of its own; the name's box, made of the letters alone, left
    its ink outside while the remover took it (its centre lies in the box), and the proof
    found a mark gone outside the boxes (text_outside_survives). The letter's box now
    covers its accent.
    """
    content = b"BT /F1 10 Tf 40 150 Td (Gesprek met) Tj ET BT /F1 10 Tf 100 150 Td (Omer) Tj ET "
    content += b"BT /F1 10 Tf 101.8 154 Td (\\250) Tj ET BT /F1 10 Tf 40 120 Td (Zo\\353 bleef thuis) Tj ET"
    data = _bytes(_pdf(content))
    words = parse_pdf(data, "case.pdf").words
    accent = next(w for w in words if w.text == "\u00a8").box
    finding = _finding(data, "Omer")
    (box,) = finding.boxes
    assert box.x0 <= accent.x0 and box.y0 <= accent.y0 and accent.x1 <= box.x1 and accent.y1 <= box.y1
    assert _failures(data, finding) == {}


def test_skia_one_point_text_glyph_inside_its_tiny_box() -> None:
    """Skia: a 1.2-point label in a figure, "Zi", redacted; its "i" lies wholly inside the box.

    The proof shrinks every box by 0.5 pt for the word comparison (a neighbour touching
    an edge is no covered glyph); a box hardly wider than that shrinks to a line that
    misses the "i", so the "i" the remover took with its word counted as a word lost
    outside the boxes (text_outside_survives).
    """
    content = b"BT /F1 11 Tf 20 150 Td (Zie de figuur) Tj ET BT /F1 1.2 Tf 100 100 Td (Zi) Tj 2 0 Td (f 4 1) Tj ET"
    data = _bytes(_pdf(content))
    finding = _finding(data, "Zi")
    (box,) = finding.boxes
    assert box.width < 2 * 0.5 + 0.5  # the case: the shrunk box is (nearly) a line
    assert _failures(data, finding) == {}


def test_a_word_outside_a_tiny_box_must_still_survive() -> None:
    """The tiny box excuses only glyphs wholly inside it: a neighbour removed outside still fails."""
    content = b"BT /F1 11 Tf 20 150 Td (Zie de figuur) Tj ET BT /F1 1.2 Tf 100 100 Td (Zi) Tj 2 0 Td (f 4 1) Tj ET"
    data = _bytes(_pdf(content))
    finding = _finding(data, "Zi")
    output = _redacted(data, finding)
    with pikepdf.open(io.BytesIO(output)) as pdf:  # the neighbour "f" taken too
        page = pdf.pages[0]
        ops = [
            op
            for op in pikepdf.parse_content_stream(page)
            if not (str(op.operator) == "Tj" and bytes(op.operands[0]) == b"f 4 1")
        ]
        page.Contents = pdf.make_stream(pikepdf.unparse_content_stream(ops))
        broken = _bytes(pdf)
    failed = {c.name for c in prove(data, broken, [finding]).failures}
    assert "text_outside_survives" in failed


def test_a_files_binary_identifier_is_no_text_but_a_written_one_is() -> None:
    """The trailer's /ID: a hash's random bytes read as text may spell a paraph ("CR": a proof failed so on a
    random identifier once), so it is read only when every byte is printable ASCII ("Jan Jansen 2024" is read)."""
    pdf = pikepdf.new()
    pdf.add_blank_page()
    # (bytes that PDFDocEncoding reads as letters: text to the old check, "CR" among them)
    pdf.trailer.ID = pikepdf.Array([pikepdf.String(b"\xe9\xc0 CR \xe8\xf6\xfc\xe4\xd6\xc4\xe0\xe1\xe2\xe3")] * 2)
    strings = [t for where, t in read_channels(pdf, b"").strings if where == "/ID"]
    assert strings == []
    pdf.trailer.ID = pikepdf.Array([pikepdf.String(b"Jan Jansen 2024"), pikepdf.String(b"Jan Jansen 2024")])
    strings = [t for where, t in read_channels(pdf, b"").strings if where == "/ID"]
    assert strings == ["jan jansen 2024", "jan jansen 2024"]  # (normalised as every channel's text)
