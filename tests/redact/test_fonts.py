"""Unit tests of the font metrics and the interpreter's geometry."""

from __future__ import annotations

import io

import pdfplumber
import pikepdf
import pytest
from redact_checks import char_box, redact
from redact_pdfs import build, std_font, type3_font, type3_letters_font, widths_font

from woo_redact.redact.content import Interpreter, run_nested
from woo_redact.redact.fonts import Unsupported, load_font


def _type0(encoding: object) -> pikepdf.Dictionary:
    cid = pikepdf.Dictionary(Subtype=pikepdf.Name.CIDFontType2, W=[3, [500, 600], 10, 20, 700], DW=900)
    return pikepdf.Dictionary(
        Type=pikepdf.Name.Font,
        Subtype=pikepdf.Name.Type0,
        BaseFont=pikepdf.Name("/X"),
        Encoding=encoding,
        DescendantFonts=[cid],
    )


def test_type0_identity_h_widths() -> None:
    info = load_font(_type0(pikepdf.Name("/Identity-H")))
    assert info.two_byte
    assert [c for c, _ in info.codes(b"\x00\x03\x00\x0b")] == [3, 11]
    assert (info.width(3), info.width(4), info.width(15), info.width(99)) == (0.5, 0.6, 0.7, 0.9)


@pytest.mark.parametrize(
    "encoding", [pikepdf.Name("/Identity-V"), pikepdf.Name("/UniGB-UCS2-V"), pikepdf.Name("/90ms-RKSJ-H")]
)
def test_unsupported_cmaps(encoding: object) -> None:
    with pytest.raises(Unsupported):
        load_font(_type0(encoding))


def test_type3_and_no_widths_are_unsupported() -> None:
    with pytest.raises(Unsupported, match="Type3"):
        load_font(pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type3))
    with pytest.raises(Unsupported):
        load_font(
            pikepdf.Dictionary(
                Type=pikepdf.Name.Font, Subtype=pikepdf.Name.TrueType, BaseFont=pikepdf.Name("/NoSuchFont")
            )
        )


def test_upright_type3_widths_and_descent_follow_the_font_matrix() -> None:
    """As pdfminer measures them: /Widths and the /FontBBox bottom scaled by the matrix (AFP uses 1/100)."""
    pdf = pikepdf.new()
    info = load_font(type3_letters_font(pdf))
    assert not info.two_byte
    assert info.width(ord("a")) == pytest.approx((30 + (97 * 7) % 40) / 100)
    assert info.descent == pytest.approx(-0.2)
    with pytest.raises(Unsupported, match="skewed"):
        load_font(type3_font(pdf, (0.001, 0, 0.0003, 0.001, 0, 0)))


def test_standard14_and_widths_fonts_agree() -> None:
    afm, widths = load_font(std_font("Helvetica")), load_font(widths_font("Helvetica"))
    for code in b"Jansen ,.":
        assert afm.width(code) == pytest.approx(widths.width(code))
    assert widths.width(200) == 0.5  # MissingWidth


def test_glyph_boxes_match_pdfplumber() -> None:
    content = (
        b"q 1.1 0 0 0.9 5 5 cm BT /F1 11 Tf 90 Tz 0.4 Tc 2 Tw 3 Ts 14 TL 20 150 Td (Een twee) Tj "
        b"(drie vier) ' 1 0.2 (vijf zes) \" [(ze) -120 (ven)] TJ ET Q"
    )
    data = build([content], fonts={"/F1": std_font("Times-Roman")})
    with pikepdf.open(io.BytesIO(data)) as pdf:
        glyphs = list(run_nested(Interpreter(), pikepdf.parse_content_stream(pdf.pages[0]), pdf.pages[0].Resources))
    with pdfplumber.open(io.BytesIO(data)) as doc:
        page = doc.pages[0]
        chars = [char_box(c, 0, float(page.height)) for c in page.chars]
    assert len(glyphs) == len(chars)
    before_dquote = len("Een twee") + len("drie vier")  # pdfminer misplaces text shown by "
    for i, (g, c) in enumerate(zip(glyphs, chars, strict=True)):
        assert g.bbox[2] - g.bbox[0] == pytest.approx(c.x1 - c.x0, abs=0.01)
        assert g.bbox[3] - g.bbox[1] == pytest.approx(c.y1 - c.y0, abs=0.01)
        if i < before_dquote:
            assert g.bbox[:2] == pytest.approx((c.x0, c.y0), abs=0.01)


def test_unmatched_q_is_dropped() -> None:
    content = b"Q 1 0 0 1 10 10 cm BT /F1 12 Tf 20 150 Td (Tekst met Henk Post erin) Tj ET Q Q"
    data = build([content])
    from redact_checks import boxes_for, changed_outside

    boxes = boxes_for(data, 0, "HenkPost")
    out, report = redact(data, boxes)
    assert not report[0].rasterized
    assert changed_outside(data, out, 0, boxes) == 0.0


@pytest.mark.parametrize("base", ["Helvetica", "Helvetica-Bold", "Times-Italic", "Courier"])
def test_standard14_without_widths_places_glyphs_where_pdfium_does(base: str) -> None:
    """Every WinAnsi code of a standard-14 font without /Widths starts where PDFium draws it.

    The AFM metrics have no Euro (0x80: width 0 there) and differ from PDFium for a few more
    (guillemets, 0xAD, '@' in Helvetica-Bold), so the glyphs after them drifted from the boxes.
    """
    import ctypes

    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    font = std_font(base)
    font.Encoding = pikepdf.Name.WinAnsiEncoding
    codes = bytes(c for c in range(0x21, 0x100) if c not in (0x28, 0x29, 0x5C))
    lines = [codes[i : i + 40] for i in range(0, len(codes), 40)]
    content = (
        b"BT /F1 7 Tf 1.5 Tw 0.3 Tc 90 Tz 12 TL 10 180 Td "
        + b" ".join(b"[(" + line[:20] + b" ) -120.5 (" + line[20:] + b")] TJ T*" for line in lines)
        + b" ET"
    )
    data = build([content], fonts={"/F1": font})
    with pikepdf.open(io.BytesIO(data)) as pdf:
        glyphs = list(run_nested(Interpreter(), pikepdf.parse_content_stream(pdf.pages[0]), pdf.pages[0].Resources))
    doc = pdfium.PdfDocument(data)
    textpage = doc[0].get_textpage()
    x, y = ctypes.c_double(), ctypes.c_double()
    origins = []
    for k in range(textpage.count_chars()):
        if not raw.FPDFText_IsGenerated(textpage.raw, k):
            raw.FPDFText_GetCharOrigin(textpage.raw, k, x, y)
            origins.append((x.value, y.value))
    textpage.close()
    doc.close()
    ours = [(g.bbox[0], g.centre[1]) for g in glyphs]
    assert len(ours) == len(origins) == len(codes) + len(lines)  # one space a line
    for (gx, _), (px, _), glyph in zip(ours, origins, glyphs, strict=True):
        assert gx == pytest.approx(px, abs=0.01), glyph.raw
