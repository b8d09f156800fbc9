"""Remover, parser and proof on three producer setups that real published PDFs were withheld for (real2).

Each case is a small file built here with the quirk of one producer (the real
files are not committed): the page's words come from the parser, a finding is
made for chosen words, the remover runs, and the proof must pass; a copy where
the glyphs or the metadata were left in place must still fail.

- OnlyOffice (and iTextSharp for ArcMap) write a font descriptor's /Ascent and
  /Descent in the font program's units (Arial's 1491 and -431 of 2048 per em)
  as if they were thousandths: PDFium's loose boxes were twice the line height,
  a name's black box reached into the line above and the remover took glyphs
  there (an indemnity agreement: the "w" of "which").
- A page whose text is all in a Form XObject (an RSJ advice): the two labels
  the remover adds are the page's only text objects, PDFium guesses from them
  that the page's lines run vertically, and reads "wordt." as "wordt\\r\\n.";
  no glyph moved, yet 13 words "were missing".
- ArcMap layers (iTextSharp): every optional-content group carries /Usage
  /CreatorInfo /Creator (Esri ArcMap 10.8.1); a map credit "Esri" redacted on
  the page stayed in 17 layer dictionaries.
"""

from __future__ import annotations

import io

import pikepdf
import pypdfium2 as pdfium
import pytest
from pikepdf import Dictionary, Name, String
from redact_pdfs import identity_h_font, widths_font
from test_producers import _boxes_only, _check, _failures, _findings, _redact

from woo_redact.model import Finding
from woo_redact.parse import parse_pdf
from woo_redact.prove.checks import words_avoiding
from woo_redact.prove.extract import Pdfium


def _page_pdf(content: bytes, font: Dictionary, setup: object = None) -> bytes:
    """One 300 x 200 page drawing ``content`` with font /F1; ``setup(pdf, page)`` may change it before saving."""
    pdf = pikepdf.new()
    res = Dictionary(Font=Dictionary(F1=pdf.make_indirect(font)))
    page = pikepdf.Dictionary(
        Type=Name.Page, MediaBox=[0, 0, 300, 200], Resources=res, Contents=pdf.make_stream(content)
    )
    pdf.pages.append(pikepdf.Page(page))
    if callable(setup):
        setup(pdf, pdf.pages[0])
    buf = io.BytesIO()
    pdf.save(buf)
    return buf.getvalue()


def _metrics_in_font_units(lines: list[str]) -> bytes:
    """``lines`` 11 points high, 19 apart, in an embedded Type0 font (DejaVu Sans) whose descriptor has
    its /Ascent, /Descent and /FontBBox in the font program's own units (2048 per em), as OnlyOffice writes them.
    """
    pdf = pikepdf.new()
    font, encode = identity_h_font(pdf, "".join(lines))
    descriptor = font.DescendantFonts[0].FontDescriptor
    descriptor.Ascent, descriptor.Descent, descriptor.FontBBox = 1901, -483, [-2090, -948, 3673, 2524]
    shows = b" 0 -19 Td ".join(encode(line) + b" Tj" for line in lines)
    content = pdf.make_stream(b"BT /F1 11 Tf 20 150 Td " + shows + b" ET")
    res = Dictionary(Font=Dictionary(F1=font))
    pdf.pages.append(
        pikepdf.Page(Dictionary(Type=Name.Page, MediaBox=[0, 0, 300, 200], Resources=res, Contents=content))
    )
    buf = io.BytesIO()
    pdf.save(buf)
    return buf.getvalue()


def test_onlyoffice_metrics_in_font_units_keep_the_line_above() -> None:
    data = _metrics_in_font_units(["which states that the owner", "Jansen agreed to it", "and signed it."])
    loose = pdfium.PdfDocument(data)[0].get_textpage().get_charbox(0, loose=True)
    assert loose[3] - loose[1] > 2 * 11  # the trap: a loose box reaches past the baseline of the line above
    jansen = next(w for w in parse_pdf(data, "case.pdf").words if w.text == "Jansen")
    assert jansen.box.y1 < 150 and jansen.box.y0 > 131 - 11 * 0.5  # within its own line
    assert jansen.box.height < 1.6 * 11
    _check(data, [("Jansen", 0)])
    findings = _findings(data, [("Jansen", 0)])
    out = pdfium.PdfDocument(_redact(data, findings))
    assert "which states that the owner" in out[0].get_textpage().get_text_range()


def test_plausible_metrics_keep_their_boxes() -> None:
    """The usual descriptor (Helvetica's 718 / -207): the loose box is PDFium's, untouched."""
    data = _page_pdf(b"BT /F1 11 Tf 20 150 Td (Jansen agreed to it) Tj ET", widths_font())
    jansen = next(w for w in parse_pdf(data, "case.pdf").words if w.text == "Jansen")
    doc = pdfium.PdfDocument(data)
    loose = doc[0].get_textpage().get_charbox(0, loose=True)
    assert (jansen.box.y0, jansen.box.y1) == (loose[1], loose[3])


def _text_in_a_form(pdf: pikepdf.Pdf, page: pikepdf.Page) -> None:
    """Move the page's content into a Form XObject that the page draws (all its text then lives in the form)."""
    form = pdf.make_stream(page.obj.Contents.read_bytes())
    form.Type, form.Subtype, form.BBox = Name.XObject, Name.Form, [0, 0, 300, 200]
    form.Resources = page.Resources
    page.obj.Resources = Dictionary(XObject=Dictionary(Fm0=form))
    page.obj.Contents = pdf.make_stream(b"q 1 0 0 1 0 0 cm /Fm0 Do Q")


# a 1-point font scaled by the text matrix, and full stops shown by operators of their own after the
# word, as Acrobat's PDFMaker writes Word's text
_FORM_LINES = b" ".join(
    b"BT /F1 1 Tf 11 0 0 11 20 %d Tm (%s) Tj (%s) Tj ET" % line
    for line in (
        (170, b"Volgens Gehem en de anderen wordt", b"."),
        (156, b"Het advies van de heer Vonk volgt", b"."),
        (120, b"Zie ook de bijlage bij het advies", b"."),
        (106, b"Het gesprek vond plaats in 2024", b"\\)."),
    )
)


FormCase = tuple[bytes, list[Finding], bytes]


@pytest.fixture(scope="module")
def form_case() -> FormCase:
    """The form page, findings over "Gehem" and "Vonk" on neighbouring lines, and the remover's output."""
    data = _page_pdf(_FORM_LINES, widths_font(), setup=_text_in_a_form)
    findings = _findings(data, [("Gehem", 0), ("Vonk", 0)])
    return data, findings, _redact(data, findings)


def test_labels_on_a_page_whose_text_is_in_a_form(form_case: FormCase) -> None:
    data, findings, out = form_case
    assert _failures(data, out, findings) == {}
    leaky = _failures(data, _boxes_only(data, findings), findings)
    assert "no_glyph_in_box[pdfium]" in leaky and "no_text_leak[pdfium]" in leaky, leaky
    # the trap is there: PDFium reads the output's full stops on lines of their own
    text = pdfium.PdfDocument(out)[0].get_textpage().get_text_range()
    assert "bijlage bij het advies\r\n." in text, text


def test_a_word_lost_on_such_a_page_still_fails(form_case: FormCase) -> None:
    """Inferred whitespace is ignored, glyphs are not: a full stop taken from the form fails the proof."""
    data, findings, out = form_case
    with pikepdf.open(io.BytesIO(out)) as pdf:
        form = next(iter(pdf.pages[0].Resources.XObject.values()))
        body = form.read_bytes()
        assert body.count(b"(.) Tj") == 3
        form.write(body.replace(b"(.) Tj", b"( ) Tj", 1))  # the first full stop outside the boxes
        buf = io.BytesIO()
        pdf.save(buf)
    failures = _failures(data, buf.getvalue(), findings)
    assert "text_outside_survives" in failures, failures


def test_inferred_whitespace_ends_no_word(form_case: FormCase) -> None:
    chars = Pdfium(form_case[2]).chars(0)
    assert chars.inferred is not None and chars.inferred.any()
    words = words_avoiding(chars, [])
    assert words["wordt."] == 1 and words["advies."] == 1 and words["2024)."] == 1, words


def _arcmap_layers(pdf: pikepdf.Pdf, page: pikepdf.Page) -> None:
    """Three ArcMap layers, each with the exporting application in /Usage /CreatorInfo, and a configuration."""
    layers = []
    for name in ("Other", "Layers", "Percelen"):
        usage = Dictionary(CreatorInfo=Dictionary(Creator=String("Esri ArcMap 10.8.1.14362"), Subtype=Name.Layer))
        layers.append(pdf.make_indirect(Dictionary(Type=Name.OCG, Name=String(name), Usage=usage)))
    layers.append(pdf.make_indirect(Dictionary(Type=Name.OCG, Name=String("Kaart Esri"))))
    config = Dictionary(Name=String("Esri export"), Creator=String("Esri ArcMap"), ON=layers)
    pdf.Root.OCProperties = Dictionary(OCGs=layers, D=config)
    page.Resources.Properties = Dictionary({f"/oc{k}": layer for k, layer in enumerate(layers)})


def test_arcmap_layer_provenance_is_scrubbed() -> None:
    content = b"BT /F1 11 Tf 20 150 Td (Ondergrond: Esri Nederland, Kadaster) Tj ET"
    data = _page_pdf(content, widths_font(), setup=_arcmap_layers)
    _check(data, [("Esri", 0)])
    findings = _findings(data, [("Esri", 0)])
    with pikepdf.open(io.BytesIO(_redact(data, findings))) as pdf:
        layers = list(pdf.Root.OCProperties.OCGs)
        assert [str(layer.Name) for layer in layers] == ["Other", "Layers", "Percelen", "[5.1.2e]"]
        assert all(Name.CreatorInfo not in layer.get(Name.Usage, Dictionary()) for layer in layers)
        assert Name.Creator not in pdf.Root.OCProperties.D and Name.Name not in pdf.Root.OCProperties.D
        # one layer's creator put back: the proof fails on it
        layers[0].Usage.CreatorInfo = Dictionary(Creator=String("Esri ArcMap 10.8.1.14362"))
        buf = io.BytesIO()
        pdf.save(buf)
    assert "no_metadata_leak" in _failures(data, buf.getvalue(), findings)
