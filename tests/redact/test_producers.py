"""Remover and proof agree on the producer setups that real PDFs were withheld for (issue 10).

Each case is a small file built here with the font setup and the quirk of one
producer (the real files cannot be committed): the page's words come from the
parser, a finding is made for chosen occurrences, the remover runs, and the
proof must pass; a copy where the glyphs were left in place must still fail.
"""

from __future__ import annotations

import io

import pdfplumber
import pikepdf
import pytest
from redact_checks import texts
from redact_pdfs import DEJAVU, build, identity_h_font, std_font, widths_font

from woo_redact.model import Box, Explanation, Finding, Ground, Redaction
from woo_redact.parse import parse_pdf
from woo_redact.prove import prove
from woo_redact.redact import redact


def _findings(data: bytes, picks: list[tuple[str, int]]) -> list[Finding]:
    """Findings over the n-th (0-based) parsed word equal to each text, boxes from the parser."""
    doc = parse_pdf(data, "case.pdf")
    out = []
    for k, (text, n) in enumerate(picks):
        word = [w for w in doc.words if w.text == text][n]
        out.append(
            Finding(
                f"F{k}",
                word.start,
                word.end,
                word.text,
                "PERSON",
                Ground.PRIVATE_LIFE,
                0.9,
                (word.box,),
                (Explanation("test", 0.9, "test"),),
            )
        )
    return out


def _redact(data: bytes, findings: list[Finding]) -> bytes:
    reds = [Redaction(b, "5.1.2e", f.id) for f in findings for b in f.boxes]
    with pikepdf.open(io.BytesIO(data)) as pdf:
        pages, _ = redact(pdf, reds, [f.text for f in findings], original=data, dpi=100)
        assert not any(p.rasterized for p in pages), pages
        buf = io.BytesIO()
        pdf.save(buf)
    return buf.getvalue()


def _boxes_only(data: bytes, findings: list[Finding]) -> bytes:
    """Black boxes drawn over the living text: the glyphs stay (a failed removal)."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        for f in findings:
            for b in f.boxes:
                page = pdf.pages[b.page]
                page.contents_add(pdf.make_stream(f"0 g {b.x0} {b.y0} {b.width} {b.height} re f".encode()))
        buf = io.BytesIO()
        pdf.save(buf)
    return buf.getvalue()


def _failures(original: bytes, output: bytes, findings: list[Finding]) -> dict[str, str]:
    proof = prove(original, output, findings)
    return {c.name: c.detail for c in proof.failures}


def _pdf(pages: list[pikepdf.Object | bytes | list[bytes]], fonts: dict[str, pikepdf.Dictionary], **page_kw) -> bytes:
    pdf = pikepdf.new()
    res = pdf.make_indirect(
        pikepdf.Dictionary(Font=pikepdf.Dictionary({k: pdf.make_indirect(v) for k, v in fonts.items()}))
    )
    for content in pages:
        pieces = content if isinstance(content, list) else [content]
        streams = [pdf.make_stream(p) for p in pieces]
        page = pikepdf.Dictionary(
            Type=pikepdf.Name.Page,
            MediaBox=[0, 0, 300, 200],
            Resources=res,
            Contents=pikepdf.Array(streams) if len(streams) > 1 else streams[0],
            **page_kw,
        )
        pdf.pages.append(pikepdf.Page(page))
    buf = io.BytesIO()
    pdf.save(buf)
    return buf.getvalue()


def _check(data: bytes, picks: list[tuple[str, int]]) -> None:
    findings = _findings(data, picks)
    out = _redact(data, findings)
    assert _failures(data, out, findings) == {}
    leaky = _failures(data, _boxes_only(data, findings), findings)
    assert "no_glyph_in_box[pdfium]" in leaky and "no_text_leak[pdfium]" in leaky, leaky


def test_aspose_content_array_split_between_operand_and_operator() -> None:
    """Aspose.Pdf: a /Contents array whose piece ends inside a TJ (operator in the next piece).

    Parsed piece by piece, the original's streams lost that TJ's text, so the
    rewritten page (one stream) showed one occurrence more than "the original".
    """
    first = b"BT /F1 11 Tf 20 150 Td (Lex Jansen schreef) Tj 0 -20 Td [(zie eur-) -20 (lex en Lex) -30 (.)] "
    second = b"TJ 0 -20 Td (bron: Lex) Tj ET"
    data = _pdf([[first, second]], {"/F1": widths_font()})
    _check(data, [("Lex", 0)])


def test_xdvipdfmx_mediabox_inherited_from_an_intermediate_pages_node() -> None:
    """xdvipdfmx: /MediaBox (A4) only on an intermediate /Pages node.

    PDFium's get_cropbox() does not look up the tree and answered Letter, so
    every compared page failed with "page size changed".
    """
    pdf = pikepdf.new()
    res = pikepdf.Dictionary(Font=pikepdf.Dictionary(F1=pdf.make_indirect(widths_font())))
    content = b"BT /F1 11 Tf 72 760 Td (Behandelaar Jansen, afdeling Beleid) Tj ET"
    pdf.pages.append(pikepdf.Page(pikepdf.Dictionary(Type=pikepdf.Name.Page, MediaBox=[0, 0, 1, 1])))
    root_pages = pdf.Root.Pages
    mid = pdf.make_indirect(
        pikepdf.Dictionary(
            Type=pikepdf.Name.Pages, Kids=[], Count=1, Parent=root_pages, MediaBox=[0, 0, 595.28, 841.89]
        )
    )
    page = pdf.make_indirect(
        pikepdf.Dictionary(Type=pikepdf.Name.Page, Parent=mid, Resources=res, Contents=pdf.make_stream(content))
    )
    mid.Kids.append(page)
    root_pages.Kids = pikepdf.Array([mid])
    root_pages.Count = 1
    buf = io.BytesIO()
    pdf.save(buf)
    data = buf.getvalue()
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(data)
    assert round(doc[0].get_cropbox()[2]) == 612  # the trap: PDFium's box getters answer Letter here
    doc.close()
    _check(data, [("Jansen,", 0)])


def test_xetex_words_glued_by_pdfminer() -> None:
    """XeTeX: no space glyphs, words apart by small TJ kerns, so pdfminer glues them.

    The redacted "Jansen" reads as "jansenstuurde" in pdfminer's text, so the
    original showed fewer occurrences than the findings redacted, and the
    occurrence legitimately kept on the next line was counted as a leak.
    """
    content = (
        b"BT /F1 11 Tf 20 150 Td [(Jansen) -150 (stuurde) -150 (de) -150 (stukken)] TJ "
        b"0 -20 Td (Overleg met Jansen gepland) Tj ET"
    )
    data = _pdf([content], {"/F1": widths_font()})
    doc = parse_pdf(data, "case.pdf")
    assert [w.text for w in doc.words].count("Jansen") == 2  # PDFium sees the words apart
    _check(data, [("Jansen", 0)])


def test_word_cid_identity_h_and_winansi_in_one_stream() -> None:
    """Word: a name in a CID Identity-H subset and in a WinAnsi TrueType, both in one content stream.

    The stream channel read every shown string as Latin-1 and kept it only
    when it looked like text: the CID occurrence (two-byte glyph ids) and the
    WinAnsi one next to an en dash (byte 0x96, a control code in Latin-1)
    were both invisible to it, so glyphs left under the boxes passed the
    stream check. Decoded per font (ToUnicode, WinAnsi as cp1252), both count;
    the occurrence kept on page 2 (outside any box) still passes.
    """
    pdf = pikepdf.new()
    cid_text = "Behandelaar: Bakker (BZK)"
    cid, encode = identity_h_font(pdf, cid_text)
    res = pikepdf.Dictionary(Font=pikepdf.Dictionary(C2_0=cid, TT1=pdf.make_indirect(widths_font())))
    pages = [
        b"BT /C2_0 11 Tf 20 150 Td " + encode(cid_text) + b" Tj /TT1 11 Tf 0 -30 Td (\226 Bakker) Tj ET",
        b"BT /TT1 11 Tf 20 150 Td (Zie ook Bakker, archief) Tj ET",
    ]
    for content in pages:
        pdf.pages.append(
            pikepdf.Page(
                pikepdf.Dictionary(
                    Type=pikepdf.Name.Page, MediaBox=[0, 0, 300, 200], Resources=res, Contents=pdf.make_stream(content)
                )
            )
        )
    buf = io.BytesIO()
    pdf.save(buf)
    data = buf.getvalue()
    findings = _findings(data, [("Bakker", 0), ("Bakker", 1)])
    assert [f.pages for f in findings] == [(0,), (0,)]
    output = _redact(data, findings)
    assert _failures(data, output, findings) == {}
    leaky = _failures(data, _boxes_only(data, findings), findings)
    assert "no_stream_leak" in leaky and "no_glyph_in_box[pdfium]" in leaky, leaky
    for keep in findings:  # either occurrence alone left in place is found by the stream channel
        gone = [f for f in findings if f is not keep]
        assert "no_stream_leak" in _failures(data, _boxes_only(_redact(data, gone), [keep]), findings)


def test_distiller_word_continued_after_a_td() -> None:
    """Acrobat Distiller: one word in two show operators, the second after a TD to where the first ended.

    The stream channel put a space between every two show operators, so
    "teks" Tj 7.4 0 TD "ten" TJ read "teks ten": an occurrence of the
    redacted "TEKs" that no text extractor sees (they read "teksten"), so
    the original's geometry allowed none and the document was withheld.
    The redacted occurrence itself, "TEK" Tj "s" Tj, was two words to it.
    """
    from pdfminer.fontmetrics import FONT_METRICS

    afm = FONT_METRICS["Helvetica"][1]
    advance = sum(afm[c] for c in "Duidelijke teks") / 1000
    content = (
        b"BT /TT5 1 Tf 9 0 0 9 20 150 Tm (Keys \\(TEK) Tj (s) Tj (\\) worden gewist) Tj "
        b"9 0 0 9 20 120 Tm (Duidelijke teks) Tj "
        + f"{advance:.4f}".encode()
        + b" 0 TD [(ten i) -5.8 (n de app)] TJ ET"
    )
    data = _pdf([content], {"/TT5": widths_font()})
    words = [w.text for w in parse_pdf(data, "case.pdf").words]
    assert "teksten" in words and "(TEKs)" in words, words
    doc = parse_pdf(data, "case.pdf")
    word = next(w for w in doc.words if w.text == "(TEKs)")
    finding = Finding(
        "F0",
        word.start + 1,
        word.end - 1,
        "TEKs",
        "PARAPH",
        Ground.PRIVATE_LIFE,
        0.9,
        (word.box,),
        (Explanation("t", 0.9, "t"),),
    )
    output = _redact(data, [finding])
    assert _failures(data, output, [finding]) == {}
    assert "no_stream_leak" in _failures(data, _boxes_only(data, [finding]), [finding])


def test_word365_structure_type_names_are_no_text() -> None:
    """Word for Microsoft 365: a tagged PDF whose structure types spell detected words.

    The metadata channel counted every name of the object graph, so a paraph
    "TD" was in each /S /TD table cell and a detected "Header" in the
    /RoleMap's /Header /Sect: the remover leaves those (they are the
    structure's vocabulary, not text), so output and original had as many
    and the redacted occurrences were "left".
    """
    content = b"BT /F1 11 Tf 20 150 Td (Gezien: TD) Tj 0 -20 Td (Header van de nota) Tj ET"
    data = _pdf([content], {"/F1": widths_font()})
    with pikepdf.open(io.BytesIO(data)) as pdf:
        cell = [pikepdf.Dictionary(Type=pikepdf.Name.StructElem, S=pikepdf.Name.TD) for _ in range(3)]
        table = pikepdf.Dictionary(
            Type=pikepdf.Name.StructElem, S=pikepdf.Name.Table, K=[pikepdf.Dictionary(S=pikepdf.Name.TR, K=cell)]
        )
        header = pikepdf.Dictionary(Type=pikepdf.Name.StructElem, S=pikepdf.Name("/Header"))
        pdf.Root.StructTreeRoot = pdf.make_indirect(
            pikepdf.Dictionary(
                Type=pikepdf.Name.StructTreeRoot,
                K=[table, header],
                RoleMap=pdf.make_indirect(pikepdf.Dictionary(Header=pikepdf.Name.Sect, Chart=pikepdf.Name.Sect)),
            )
        )
        pdf.Root.MarkInfo = pikepdf.Dictionary(Marked=True)
        buf = io.BytesIO()
        pdf.save(buf)
    _check(buf.getvalue(), [("TD", 0), ("Header", 0)])


def test_word2013_procset_names_are_no_text() -> None:
    """Word 2013: every page's resources carry /ProcSet [/PDF /Text /ImageB /ImageC /ImageI], and a paraph
    "PdF" (Paul de Frankrijker) was found in those names case-insensitively, 52 times, so a real document
    was withheld. A procedure set is the specification's vocabulary, no text."""
    content = b"BT /F1 11 Tf 20 150 Td (Paul de Frankrijker, paraaf PdF) Tj ET"
    data = _pdf([content], {"/F1": widths_font()})
    with pikepdf.open(io.BytesIO(data)) as pdf:
        pdf.pages[0].Resources.ProcSet = pikepdf.Array(
            [pikepdf.Name.PDF, pikepdf.Name.Text, pikepdf.Name.ImageB, pikepdf.Name.ImageC, pikepdf.Name.ImageI]
        )
        buf = io.BytesIO()
        pdf.save(buf)
    _check(buf.getvalue(), [("PdF", 0)])


def test_quartz_extgstate_keys_are_no_text_named_destinations_are() -> None:
    """macOS Quartz: ExtGStates /CA and /ca (opacity) next to a detected paraph "CA".

    The metadata channel counted every dictionary key, so the four opacity
    keys that the remover rightly leaves were "left" occurrences of the
    paraph. Keys are the specification's vocabulary; a named destination's
    key (/Dests) is the document's own text and still counts.
    """
    content = b"/GS1 gs /GS2 gs BT /F1 11 Tf 20 150 Td (Paraaf: CA) Tj 0 -20 Td (Zie Jansen) Tj ET"
    data = _pdf([content], {"/F1": widths_font()})
    with pikepdf.open(io.BytesIO(data)) as pdf:
        res = pdf.pages[0].Resources
        res.ExtGState = pikepdf.Dictionary(
            GS1=pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.ExtGState, ca=1, CA=1)),
            GS2=pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.ExtGState, ca=0.902, CA=0.902)),
        )
        pdf.Root.Dests = pdf.make_indirect(pikepdf.Dictionary(Jansen=[pdf.pages[0].obj, pikepdf.Name.Fit]))
        buf = io.BytesIO()
        pdf.save(buf)
    data = buf.getvalue()
    _check(data, [("CA", 0)])
    findings = _findings(data, [("Jansen", 0)])
    with pikepdf.open(io.BytesIO(_redact(data, findings))) as pdf:  # the sanitizer renamed it: put it back
        pdf.Root.Dests = pdf.make_indirect(pikepdf.Dictionary(Jansen=[pdf.pages[0].obj, pikepdf.Name.Fit]))
        buf = io.BytesIO()
        pdf.save(buf)
    assert "no_metadata_leak" in _failures(data, buf.getvalue(), findings)


@pytest.mark.parametrize("second_in_box", [False, True])
def test_kept_occurrence_only_when_outside_the_boxes(second_in_box: bool) -> None:
    """The geometric count is no loophole: an occurrence inside a box left in the output fails."""
    content = b"BT /F1 11 Tf 20 150 Td (Jansen schreef) Tj 0 -20 Td (Groet, Jansen) Tj ET"
    data = _pdf([content], {"/F1": widths_font()})
    findings = _findings(data, [("Jansen", 0)])
    output = _redact(data, findings)
    if second_in_box:  # a box over the second occurrence that removed nothing
        f2 = _findings(data, [("Jansen", 1)])[0]
        f2 = Finding("F9", f2.start, f2.end, f2.text, f2.entity_type, f2.ground, f2.score, f2.boxes, f2.explanations)
        box: Box = f2.boxes[0]
        with pikepdf.open(io.BytesIO(output)) as pdf:
            pdf.pages[0].contents_add(pdf.make_stream(f"0 g {box.x0} {box.y0} {box.width} {box.height} re f".encode()))
            buf = io.BytesIO()
            pdf.save(buf)
        failures = _failures(data, buf.getvalue(), [*findings, f2])
        assert "no_text_leak[pdfplumber]" in failures and "no_text_leak[pdfium]" in failures, failures
    else:
        assert _failures(data, output, findings) == {}


def _justified_letter(tw: float, tc: float, tz: float) -> bytes:
    """A hand-written writer's letter: standard-14 Helvetica without /Widths (WinAnsi), one TJ a line.

    Each line is justified to the same width by numbers between the words (the spaces stay glyphs),
    under the given word spacing, character spacing and horizontal scaling. The Euro (0x80) and
    the guillemets (0xAB, 0xBB) before the name are glyphs whose advance the AFM metrics lack or
    PDFium draws wider, so every glyph after them is placed by that choice.
    """
    from pdfminer.fontmetrics import FONT_METRICS

    afm = FONT_METRICS["Helvetica"][1]
    widths = {**{c: afm[c] for c in "".join(afm) if len(c) == 1}, "€": 667, "«": 612, "»": 612}
    size, width = 10.0, 460.0
    lines = [
        "Wijnia ontvangt een subsidie van € 12.500 voor de steiger aan de Snitser Mar",
        "Het voorschot van € 10.000 gaat naar mevrouw Wijnia. De rest volgt later",
        "Zie « bijlage » en de brief over € 2.500 van de buurman van mevrouw Wijnia",
        "Voor vragen kunt u terecht bij de provincie, telefoon 058 292 5413",
    ]
    ops = [f"BT /F1 {size:g} Tf {tw:g} Tw {tc:g} Tc {tz:g} Tz".encode()]
    for k, line in enumerate(lines):
        words = line.split()
        natural = sum(widths[c] / 1000 * size + tc for c in line) + tw * line.count(" ")
        gap = (width - natural * tz / 100) / (len(words) - 1)  # extra space per word gap, in user space
        number = -gap / (size * tz / 100) * 1000
        items = []
        for i, word in enumerate(words):
            if i:
                items.append(b"( ) " + f"{number:.1f}".encode())
            items.append(b"(" + word.encode("cp1252") + b")")
        ops.append(f"1 0 0 1 40 {150 - 25 * k} Tm [".encode() + b" ".join(items) + b"] TJ")
    ops.append(b"ET")
    font = std_font("Helvetica")
    font.Encoding = pikepdf.Name.WinAnsiEncoding
    return build([b"\n".join(ops)], fonts={"/F1": font}, size=(0, 0, 540, 200))


def _name_findings(data: bytes, name: str) -> list[Finding]:
    """A finding over ``name`` wherever a parsed word starts with it, boxed over its own characters only."""
    doc = parse_pdf(data, "case.pdf")
    out = []
    for word in (w for w in doc.words if w.text.startswith(name)):
        x0, y0, x1, y1 = zip(*word.char_boxes[: len(name)], strict=True)
        box = Box(word.box.page, min(x0), min(y0), max(x1), max(y1))
        explanation = (Explanation("test", 0.9, "test"),)
        out.append(
            Finding(
                f"F{len(out)}",
                word.start,
                word.start + len(name),
                name,
                "PERSON",
                Ground.PRIVATE_LIFE,
                0.9,
                (box,),
                explanation,
            )
        )
    return out


def _independent_texts(data: bytes) -> dict[str, str]:
    """pdftotext's text, and pdfplumber's characters in content-stream order (the page's spaces are glyphs).

    Not pdfplumber's reading order: pdfminer takes a standard-14 font's widths from the AFM even
    when the font has /Widths, so it places the glyphs after a Euro 6.67 pt left, and in reading
    order a full stop after a box lands inside its label.
    """
    with pdfplumber.open(io.BytesIO(data)) as doc:
        stream = "".join(c["text"] for c in doc.pages[0].chars)
    return {"pdftotext": texts(data, 0)["pdftotext"], "pdfplumber": stream}


def _words(text: str, drop: str) -> list[str]:
    """The words of ``text`` with ``drop`` taken out of them."""
    return sorted(w.replace(drop, "") for w in text.split() if w.replace(drop, ""))


@pytest.mark.parametrize(("tw", "tc", "tz"), [(0, 0, 100), (1.5, 0, 100), (0, 0.4, 100), (0, 0, 85), (1, 0.2, 110)])
def test_handwritten_justified_tj_lines_in_standard_helvetica(tw: float, tc: float, tz: float) -> None:
    """A small hand-written PDF writer: standard-14 Helvetica without /Widths, justified TJ lines.

    The remover took the widths from the AFM metrics, which have no Euro (width 0 there), while
    PDFium draws it 667 wide: every glyph after a Euro was placed 6.67 pt left of where the
    parser's boxes are, so the remover left the name's first letters in the box and removed a
    letter outside it. Now the widths are PDFium's, and written into the font for every reader.
    """
    data = _justified_letter(tw, tc, tz)
    findings = _name_findings(data, "Wijnia")  # line start; after a Euro, before a full stop; line end
    assert len(findings) == 3
    out = _redact(data, findings)
    assert _failures(data, out, findings) == {}
    leaky = _failures(data, _boxes_only(data, findings), findings)
    assert "no_glyph_in_box[pdfium]" in leaky, leaky
    before, after = _independent_texts(data), _independent_texts(out)
    for engine in ("pdftotext", "pdfplumber"):  # independent of the parser's and the proof's PDFium
        assert before[engine].count("Wijnia") == 3, engine
        assert "Wijnia" not in after[engine], engine
        assert _words(after[engine], "5.1.2e") == _words(before[engine], "Wijnia"), engine
        assert "." in _words(after[engine], "5.1.2e"), engine  # the full stop right after the name stays


def test_fpdf2_embedded_truetype_letter() -> None:
    """fpdf2 with an embedded TrueType font (DejaVu Sans), as its e-mails, chats and letters are written.

    fpdf2 embeds the TTF as a Type0 Identity-H subset with a ToUnicode map, sets the
    font in a BT/ET block of its own (the next blocks inherit it), separates words
    by the space glyph inside TJ arrays with small kerns, and gives every page its
    A4 MediaBox of 595.28 x 841.89. Such documents were withheld with
    ``pixels_outside_unchanged: p. 1: page size changed``; the page must keep its
    size and the proof pass, on both pages of a letter that breaks onto a second.
    """
    from fpdf import FPDF

    doc = FPDF(format="A4")
    doc.set_creator("fpdf2")
    doc.add_font("DejaVu", fname=DEJAVU)
    doc.set_font("DejaVu", size=10)
    doc.add_page()
    line = {"new_x": "LMARGIN", "new_y": "NEXT"}
    doc.multi_cell(0, 6, "Van: Bakker, Sanne <s.bakker@minbzk.nl>\nAan: team Woo\nOnderwerp: parkeervergunning", **line)
    doc.ln(4)
    for i in range(60):  # past the first page: auto page break
        doc.multi_cell(0, 6, f"Regel {i}: de aanvraag van mevrouw Bakker is in behandeling, zie bijlage {i}.", **line)
    doc.multi_cell(0, 6, "Met vriendelijke groet, Sanne Bakker", **line)
    data = bytes(doc.output())
    with pikepdf.open(io.BytesIO(data)) as pdf:
        assert len(pdf.pages) == 2
        font = next(iter(pdf.pages[0].Resources.Font.values()))
        assert font.Subtype == "/Type0" and font.Encoding == "/Identity-H" and "/ToUnicode" in font
        assert [float(v) for v in pdf.pages[0].MediaBox] == [0, 0, 595.28, 841.89]
    parsed = parse_pdf(data, "case.pdf").words
    words = [w.text for w in parsed]
    assert {w.box.page for w in parsed if w.text == "Bakker"} == {0, 1}  # the name on both pages
    first, last = 0, words.count("Bakker") - 1
    _check(data, [("Bakker,", 0), ("Bakker", first), ("Bakker", last)])
    findings = _findings(data, [("Bakker", last)])
    with pikepdf.open(io.BytesIO(_redact(data, findings))) as out:
        assert [float(v) for v in out.pages[1].MediaBox] == [0, 0, 595.28, 841.89]


def _pdfpen_run(x: float, y: float, pieces: bytes, mcid: int) -> bytes:
    """One run of text as PDFpenPro writes it: its own marked content, clip, BT/ET, absolute Tm and a kerned TJ."""
    return (
        b"/P <</MCID %d>> BDC q\r\n0.000008871 0 300 200 re\r\nW* n\r\nBT\r\n/F3 11.04 Tf\r\n"
        b"1 0 0 1 %.3f %.3f Tm\r\n0 g\r\n0 G\r\n[%s] TJ\r\nET\r\nQ\r\n EMC " % (mcid, x, y, pieces)
    )


def test_pdfpenpro_truetype_winansi_without_tounicode() -> None:
    """PDFpenPro (PDF 1.3): TrueType WinAnsi subsets without ToUnicode, every run of text in its own
    marked content, clip and BT/ET at an absolute Tm, words kerned glyph group by glyph group inside
    one TJ, a space often a run of its own, and a header artifact repeating a word of the body.

    A 22-page letter of this producer was withheld with ``no_stream_leak: ... 11 occurrence(s) in
    decoded streams, at most 3 allowed``. A redacted name spread over kerned pieces, or over two runs
    where the second starts where the first ends, must be gone from the streams; the occurrences kept
    outside the boxes (another line, the header) are still allowed.
    """
    from pdfminer.fontmetrics import FONT_METRICS

    afm = FONT_METRICS["Helvetica"][1]
    size = 11.04

    def width(text: str) -> float:
        return sum(afm[c] for c in text) * size / 1000

    runs = [
        b"/Artifact <</Attached [/Top]/Type/Pagination/Subtype/Header>> BDC q\r\nBT\r\n/F3 11.04 Tf\r\n"
        b"1 0 0 1 20 185 Tm\r\n[(Dossier Ja)4(n)4(sen)] TJ\r\nET\r\nQ\r\n EMC ",
        _pdfpen_run(20, 150, b"(Contact)6(persoon: )-4(Ja)4(n)4(sen)3(, afdel)7(ing Be)4(leid)", 0),
        _pdfpen_run(20, 130, b"(Ver)4(w)4(e)3(rking door mevrouw Ja)", 1),
        _pdfpen_run(20 + width("Verwerking door mevrouw Ja"), 130, b"(nsen)5( en anderen)", 2),
        _pdfpen_run(20, 110, b"(Ja)-4(nsen)", 3),
        _pdfpen_run(20 + width("Jansen"), 110, b"( )", 4),
        _pdfpen_run(20 + width("Jansen "), 110, b"(sc)6(hreef )-4(de nota)", 5),
    ]
    data = _pdf([b"".join(runs)], {"/F3": widths_font()})
    with pikepdf.open(io.BytesIO(data)) as pdf:
        font = pdf.pages[0].Resources.Font.F3
        assert font.Subtype == "/TrueType" and font.Encoding == "/WinAnsiEncoding" and "/ToUnicode" not in font
    words = [w.text for w in parse_pdf(data, "case.pdf").words]
    assert words.count("Jansen") == 3 and "Jansen," in words, words  # PDFium reads the pieces as words
    _check(data, [("Jansen,", 0), ("Jansen", 1)])  # kept: the header's and the last line's
    _check(data, [("Jansen", 0), ("Jansen", 2)])  # the header's and the last line's; kept: the two runs' one


def test_word365_cid_words_apart_by_kerning_counted_by_geometry() -> None:
    """Word for Microsoft 365: CID Identity-H and WinAnsi TrueType subsets on one page, a table row
    whose cells are one TJ with the words apart by kerns only (no space glyph).

    A 93-page report of this producer was withheld with ``no_text_leak[pdfplumber]: 11 occurrence(s)
    ... at most 10 allowed``: pdfminer glues the kerned words ("BevindingCRopgelost"), so the
    original showed one occurrence fewer than the findings redacted, and the count of the original
    minus the findings forbade one legitimately kept outside the boxes. Counted by geometry (the
    original's characters inside the boxes blanked), the kept ones are allowed.
    """
    pdf = pikepdf.new()
    cid_text = "Bevinding CR opgelost, zie ook CR-lijst en het CR nummer"
    cid, encode = identity_h_font(pdf, cid_text)
    res = pikepdf.Dictionary(Font=pikepdf.Dictionary(C2_0=cid, TT1=pdf.make_indirect(widths_font())))
    content = (
        b"BT /C2_0 11 Tf 20 150 Td ["
        + encode("Bevinding")
        + b" -270 "
        + encode("CR")
        + b" -270 "
        + encode("opgelost,")
        + b"] TJ 0 -20 Td "
        + encode("zie ook het CR nummer")
        + b" Tj /TT1 11 Tf 0 -20 Td (Bijlage: CR) Tj ET"
    )
    pdf.pages.append(
        pikepdf.Page(
            pikepdf.Dictionary(
                Type=pikepdf.Name.Page, MediaBox=[0, 0, 300, 200], Resources=res, Contents=pdf.make_stream(content)
            )
        )
    )
    buf = io.BytesIO()
    pdf.save(buf)
    data = buf.getvalue()
    assert [w.text for w in parse_pdf(data, "case.pdf").words].count("CR") == 3  # PDFium sees the words apart
    with pdfplumber.open(io.BytesIO(data)) as plumber:
        assert "BevindingCRopgelost" in (plumber.pages[0].extract_text() or "")  # pdfminer glues them
    findings = _findings(data, [("CR", 0)])
    output = _redact(data, findings)
    assert _failures(data, output, findings) == {}
    leaky = _failures(data, _boxes_only(data, findings), findings)
    assert "no_text_leak[pdfplumber]" in leaky and "no_glyph_in_box[pdfium]" in leaky, leaky
