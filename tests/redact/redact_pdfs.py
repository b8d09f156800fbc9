"""Generators of small adversarial PDFs for the glyph remover's tests.

Most pages are hand-written content streams (so each operator under test is
exactly what the file contains); the Type0 case goes through reportlab, which
embeds a TrueType font as Identity-H with a /W array.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

import pikepdf
from pdfminer.fontmetrics import FONT_METRICS

DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


@dataclass(frozen=True)
class Case:
    """One adversarial document and what must happen to it."""

    id: str
    data: bytes
    secrets: tuple[str, ...]  # searched in pdfplumber chars, spaces ignored
    keep: tuple[str, ...]  # words that must survive
    page: int = 0
    raster: bool = False
    label: str = "5.1.2e"
    extra: Mapping[str, object] = field(default_factory=dict)


def std_font(base: str = "Helvetica") -> pikepdf.Dictionary:
    """A standard-14 font without /Widths (metrics come from the AFM)."""
    return pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name("/" + base))


def widths_font(base: str = "Helvetica") -> pikepdf.Dictionary:
    """A non-standard-named simple font carrying explicit /Widths (WinAnsi)."""
    afm = FONT_METRICS[base][1]
    widths = [afm.get(chr(c), 500) for c in range(32, 127)]
    descriptor = pikepdf.Dictionary(
        Type=pikepdf.Name.FontDescriptor,
        FontName=pikepdf.Name("/WooTest" + base),
        Flags=32,
        FontBBox=[-166, -225, 1000, 931],
        ItalicAngle=0,
        Ascent=718,
        Descent=-207,
        CapHeight=718,
        StemV=88,
        MissingWidth=500,
    )
    return pikepdf.Dictionary(
        Type=pikepdf.Name.Font,
        Subtype=pikepdf.Name.TrueType,
        BaseFont=pikepdf.Name("/WooSans"),
        FirstChar=32,
        LastChar=126,
        Widths=widths,
        Encoding=pikepdf.Name.WinAnsiEncoding,
        FontDescriptor=descriptor,
    )


def type3_font(pdf: pikepdf.Pdf, matrix: tuple[float, ...] = (0.001, 0, 0, 0.001, 0, 0)) -> pikepdf.Dictionary:
    """A Type3 font whose every glyph is a filled square."""
    square = pdf.make_stream(b"600 0 0 0 500 500 d1 0 0 500 500 re f")
    names = [pikepdf.Name("/sq")]
    return pikepdf.Dictionary(
        Type=pikepdf.Name.Font,
        Subtype=pikepdf.Name.Type3,
        FontBBox=[0, 0, 500, 500],
        FontMatrix=list(matrix),
        CharProcs=pikepdf.Dictionary(sq=square),
        FirstChar=32,
        LastChar=122,
        Widths=[600] * 91,
        Encoding=pikepdf.Dictionary(Type=pikepdf.Name.Encoding, Differences=[32, *names * 91]),
    )


def type3_letters_font(pdf: pikepdf.Pdf, flipped: bool = False) -> pikepdf.Dictionary:
    """A Type3 font as an AFP batch converter writes it: WinAnsi letters drawn as boxes, a FontMatrix
    of 1/100 (not 1/1000), widths that differ per glyph, a FontBBox below the baseline, no ToUnicode.
    ``flipped``: glyph space upside down (d < 0), as Chromium/Skia write their Type3 fonts."""
    procs = pikepdf.Dictionary()
    widths = []
    for code in range(32, 123):
        widths.append(30 + (code * 7) % 40)  # glyph units of 1/100
    encoding_names = {32: "space", **{c: chr(c) for c in range(65, 91)}, **{c: chr(c) for c in range(97, 123)}}
    for code, glyph in encoding_names.items():
        w = widths[code - 32]
        if flipped:  # drawn downwards in glyph space, so upright on the page
            body = f"{w} 0 0 -70 {w - 5} 20 d1".encode() + (
                b"" if glyph == "space" else f" 2 0 {w - 8} -60 re f".encode()
            )
        else:
            body = f"{w} 0 0 -20 {w - 5} 70 d1".encode() + (
                b"" if glyph == "space" else f" 2 0 {w - 8} 60 re f".encode()
            )
        procs[pikepdf.Name("/" + glyph)] = pdf.make_stream(body)
    return pikepdf.Dictionary(
        Type=pikepdf.Name.Font,
        Subtype=pikepdf.Name.Type3,
        FontBBox=[0, -70, 80, 20] if flipped else [0, -20, 80, 70],
        FontMatrix=[0.01, 0, 0, -0.01 if flipped else 0.01, 0, 0],
        CharProcs=procs,
        FirstChar=32,
        LastChar=122,
        Widths=widths,
        Encoding=pikepdf.Name.WinAnsiEncoding,
    )


def gray_image(pdf: pikepdf.Pdf, w: int = 8, h: int = 8) -> pikepdf.Object:
    """A small gray gradient image XObject."""
    data = bytes((x * 30) % 256 for x in range(w * h))
    return pdf.make_stream(
        data,
        Type=pikepdf.Name.XObject,
        Subtype=pikepdf.Name.Image,
        Width=w,
        Height=h,
        ColorSpace=pikepdf.Name.DeviceGray,
        BitsPerComponent=8,
    )


def build(
    pages: list[bytes],
    *,
    fonts: Mapping[str, pikepdf.Dictionary] | None = None,
    size: tuple[float, float, float, float] = (0, 0, 300, 200),
    rotate: int = 0,
    setup: object = None,
) -> bytes:
    """A PDF whose pages have the given content streams and shared resources.

    ``setup(pdf, resources)`` may add XObjects and more before saving.
    """
    pdf = pikepdf.new()
    font_dict = pikepdf.Dictionary()
    for name, font in (fonts or {"/F1": std_font()}).items():
        font_dict[name] = pdf.make_indirect(font)
    resources = pdf.make_indirect(pikepdf.Dictionary(Font=font_dict))
    if callable(setup):
        setup(pdf, resources)
    for content in pages:
        page = pikepdf.Dictionary(
            Type=pikepdf.Name.Page, MediaBox=list(size), Resources=resources, Contents=pdf.make_stream(content)
        )
        if rotate:
            page.Rotate = rotate
        pdf.pages.append(pikepdf.Page(page))
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def _simple(content: bytes, **kw: object) -> bytes:
    return build([content], **kw)  # type: ignore[arg-type]


def case_quote_ops() -> Case:
    """' and \" operators, with TL leading: the name is on a line moved by \"."""
    content = (
        b"BT /F1 11 Tf 14 TL 20 170 Td (Memo over de begroting) Tj "
        b"(Contact: Pieter Jansen, kamer 4) ' "
        b'2 0.5 (Behandeld door Els de Vries vandaag) " '
        b'0 0 (Slotregel blijft staan) " ET'
    )
    return Case(
        "quote_ops",
        _simple(content),
        ("ElsdeVries", "PieterJansen"),
        ("Memo", "Behandeld", "vandaag", "Contact:", "kamer", "Slotregel"),
        extra={"boxes": "pdfium"},
    )


def case_tz_ts_cm() -> Case:
    """Horizontal scaling, text rise, character and word spacing under a scaling cm."""
    content = (
        b"q 1.5 0 0 1.2 10 10 cm BT /F1 9 Tf 80 Tz 1.2 Tc 3 Tw 2 Ts "
        b"5 120 Td (Aan: Karin Bakker en anderen) Tj "
        b"0 Ts -0.5 Tc 0 -15 Td (Tweede regel zonder naam) Tj ET Q"
    )
    return Case(
        "tz_ts_cm", _simple(content), ("KarinBakker",), ("Aan:", "anderen", "Tweede", "regel", "zonder", "naam")
    )


def case_split_tj() -> Case:
    """A name split over several Tj operators, with a Td in the middle."""
    content = b"BT /F1 12 Tf 20 100 Td (Van: Jo) Tj (han de ) Tj (Wi) Tj 0 Ts (tt, DG) Tj ET"
    return Case("split_tj", _simple(content), ("JohandeWitt",), ("Van:", "DG"))


def case_kerned_tj() -> Case:
    """A kerned TJ (Word/LibreOffice style) in a font with explicit /Widths."""
    content = b"BT /F2 10 Tf 20 100 Td [(Geacht)-20(e he)15(er V)30(an Dam, u)-250(w brief)] TJ ET"
    return Case("kerned_tj", _simple(content, fonts={"/F2": widths_font()}), ("VanDam",), ("Geachte", "heer", "brief"))


def case_two_lines() -> Case:
    """A name broken over two lines: two boxes."""
    content = b"BT /F1 12 Tf 14 TL 20 150 Td (Overleg met Marieke) Tj T* (Verhoeven over subsidie) Tj ET"
    return Case("two_lines", _simple(content), ("MariekeVerhoeven",), ("Overleg", "met", "over", "subsidie"))


def case_between_lines() -> Case:
    """Tight leading: a box on the middle line must leave both neighbours intact."""
    content = (
        b"BT /F1 12 Tf 12.5 TL 20 150 Td (Bovenste regel blijft helemaal staan) Tj T* "
        b"(Midden: Sanne Visser weg) Tj T* (Onderste regel blijft ook staan) Tj ET"
    )
    return Case(
        "between_lines",
        _simple(content),
        ("SanneVisser",),
        ("Bovenste", "regel", "blijft", "helemaal", "staan", "Midden:", "weg", "Onderste", "ook"),
    )


def case_hidden_text() -> Case:
    """White-on-white and render-mode-3 text must be removed as well."""
    content = (
        b"BT /F1 12 Tf 20 150 Td (Zichtbaar: ) Tj 1 g (Geheime Naam) Tj 0 g ET "
        b"BT 3 Tr /F1 12 Tf 20 120 Td (OCR laag: Verborgen Persoon) Tj ET"
    )
    return Case("hidden_text", _simple(content), ("GeheimeNaam", "VerborgenPersoon"), ("Zichtbaar:", "OCR", "laag:"))


def case_rotated() -> Case:
    """Text in a Tm with a 30 degree rotation."""
    content = b"BT /F1 12 Tf 0.866 0.5 -0.5 0.866 30 40 Tm (Notitie van Tom Hendriks later) Tj ET"
    return Case(
        "rotated",
        _simple(content),
        ("TomHendriks",),
        ("Notitie", "later"),
        extra={"one_box": True, "keep_tools": ("pypdfium2",)},
    )


def case_type0() -> Case:
    """A TrueType font embedded by reportlab as Type0 Identity-H with /W."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DejaVu", DEJAVU))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(300, 200))
    c.setFont("DejaVu", 11)
    c.drawString(20, 150, "Behandelaar: Ömer Yılmaz (BZK) akkoord")
    c.drawString(20, 130, "Tweede regel met tekst")
    c.save()
    return Case(
        "type0",
        buf.getvalue(),
        ("ÖmerYılmaz",),
        ("Behandelaar:", "(BZK)", "akkoord", "Tweede", "tekst"),
        extra={"pixel_tolerance": 0.002},
    )  # the diaeresis of Ö rises above the box


def case_actualtext() -> Case:
    """An /ActualText span around the name (extractors would return it)."""
    content = (
        b"BT /F1 12 Tf 20 100 Td (Met dank aan ) Tj "
        b"/Span <</ActualText (Lotte Smit)>> BDC (Lotte Smit) Tj EMC (voor alles) Tj ET"
    )
    return Case("actualtext", _simple(content), ("LotteSmit",), ("Met", "dank", "voor", "alles"))


def case_nonzero_mediabox() -> Case:
    """A MediaBox whose origin is not 0,0."""
    content = b"BT /F1 12 Tf 120 180 Td (Gesprek met Ruud Mol gepland) Tj ET"
    return Case(
        "nonzero_mediabox", _simple(content, size=(50, 100, 350, 300)), ("RuudMol",), ("Gesprek", "met", "gepland")
    )


def _shared_form(pdf: pikepdf.Pdf, resources: pikepdf.Dictionary) -> None:
    form = pdf.make_stream(
        b"BT /F1 10 Tf 0 0 Td (Opgesteld door Anna Kok) Tj ET",
        Type=pikepdf.Name.XObject,
        Subtype=pikepdf.Name.Form,
        BBox=[0, -5, 200, 15],
        Matrix=[1, 0, 0, 1, 0, 0],
        Resources=pikepdf.Dictionary(Font=resources.Font),
    )
    resources.XObject = pikepdf.Dictionary(Fm1=form)


def case_shared_form() -> Case:
    """A footer Form XObject on two pages; only page 0 is redacted."""
    page = b"BT /F1 12 Tf 20 150 Td (Paginatekst) Tj ET q 1 0 0 1 20 20 cm /Fm1 Do Q"
    data = build([page, page], setup=_shared_form)
    return Case("shared_form", data, ("AnnaKok",), ("Paginatekst", "Opgesteld", "door"))


def case_type3() -> Case:
    """A name shown in an upright Type3 font (AFP batch output): its glyphs are removed like any other."""

    def setup(pdf: pikepdf.Pdf, resources: pikepdf.Dictionary) -> None:
        resources.Font.F3 = pdf.make_indirect(type3_letters_font(pdf))

    content = (
        b"BT /F1 12 Tf 20 150 Td (Paginatekst van de nota) Tj ET "
        b"BT /F3 11 Tf 20 100 Td [(Naam) -300 (Bram) 120 (Boer) -300 (Afdeling)] TJ ET"
    )
    return Case("type3", build([content], setup=setup), ("BramBoer",), ("Naam", "Afdeling", "Paginatekst"))


def case_type3_flipped() -> Case:
    """A name in a Type3 font whose glyph space is upside down (Skia): its glyphs are removed, no raster."""

    def setup(pdf: pikepdf.Pdf, resources: pikepdf.Dictionary) -> None:
        resources.Font.F3 = pdf.make_indirect(type3_letters_font(pdf, flipped=True))

    content = (
        b"BT /F1 12 Tf 20 150 Td (Paginatekst van de nota) Tj ET "
        b"BT /F3 11 Tf 20 100 Td [(Naam) -300 (Bram) 120 (Boer) -300 (Afdeling)] TJ ET"
    )
    # pdfminer places these characters by the FontBBox as if upright (7.7 pt too high); the pipeline's boxes
    # come from PDFium, which places them where they are drawn: so do these
    extra = {"boxes": "pdfium"}
    data = build([content], setup=setup)
    return Case("type3_flipped", data, ("BramBoer",), ("Naam", "Afdeling", "Paginatekst"), extra=extra)


def case_type3_skewed() -> Case:
    """A page using a Type3 font with a skewed FontMatrix: must be rasterised."""

    def setup(pdf: pikepdf.Pdf, resources: pikepdf.Dictionary) -> None:
        resources.Font.F3 = pdf.make_indirect(type3_font(pdf, (0.001, 0, 0.0003, 0.001, 0, 0)))

    content = b"BT /F1 12 Tf 20 150 Td (Naam: Bram Boer hier) Tj ET BT /F3 10 Tf 20 100 Td (abc) Tj ET"
    return Case("type3_skewed", build([content], setup=setup), ("BramBoer",), (), raster=True)


def case_image_under_box() -> Case:
    """A (signature) image XObject under the box: its pixels under the box are painted, no raster."""

    def setup(pdf: pikepdf.Pdf, resources: pikepdf.Dictionary) -> None:
        resources.XObject = pikepdf.Dictionary(Im1=gray_image(pdf))

    content = b"q 120 0 0 30 15 90 cm /Im1 Do Q BT /F1 12 Tf 20 100 Td (Getekend: Eva Groen, directeur) Tj ET"
    return Case("image_under_box", build([content], setup=setup), ("EvaGroen",), ("Getekend", "directeur"))


# a 2x2 grey inline image (BI ... ID ... EI)
INLINE_IMAGE = b"BI /W 2 /H 2 /CS /G /BPC 8 ID \x10\x80\xc0\xff EI"


def case_inline_image_under_box() -> Case:
    """An inline image under the box: painted as an image XObject of its own, the page is not rasterised."""
    content = (
        b"q 120 0 0 30 15 90 cm " + INLINE_IMAGE + b" Q BT /F1 12 Tf 20 100 Td (Getekend: Eva Groen, directeur) Tj ET"
    )
    return Case("inline_image_under_box", build([content]), ("EvaGroen",), ("Getekend", "directeur"))


def vector_cases() -> list[Case]:
    """All cases that must be handled without rasterising."""
    return [
        case_quote_ops(),
        case_tz_ts_cm(),
        case_split_tj(),
        case_kerned_tj(),
        case_two_lines(),
        case_between_lines(),
        case_hidden_text(),
        case_rotated(),
        case_type0(),
        case_actualtext(),
        case_nonzero_mediabox(),
        case_shared_form(),
        case_type3(),
        case_type3_flipped(),
    ]


def identity_h_font(pdf: pikepdf.Pdf, text: str) -> tuple[pikepdf.Dictionary, Callable[[str], bytes]]:
    """A Type0 Identity-H font as Word writes it: CIDFontType2 over DejaVu Sans, codes are glyph ids.

    Returns the font (indirect in ``pdf``) and an encoder from text to the
    two-byte codes of a content stream's string. Only the characters of
    ``text`` get widths and ToUnicode entries, as in a subset.
    """
    from reportlab.pdfbase.ttfonts import TTFontFile

    ttf = TTFontFile(DEJAVU)
    chars = sorted(set(text))
    gid = {c: ttf.charToGlyph[ord(c)] for c in chars}
    widths = pikepdf.Array()
    for c in chars:
        widths.extend([gid[c], [round(ttf.charWidths[ord(c)])]])
    bfchars = "\n".join(f"<{gid[c]:04X}> <{ord(c):04X}>" for c in chars)
    to_unicode = (
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
        "1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
        f"{len(chars)} beginbfchar\n{bfchars}\nendbfchar\n"
        "endcmap CMapName currentdict /CMap defineresource pop end end"
    )
    with open(DEJAVU, "rb") as fh:
        program = pdf.make_stream(fh.read())
    descriptor = pikepdf.Dictionary(
        Type=pikepdf.Name.FontDescriptor,
        FontName=pikepdf.Name("/ABCDEF+DejaVuSans"),
        Flags=32,
        FontBBox=[-1021, -463, 1793, 1232],
        ItalicAngle=0,
        Ascent=928,
        Descent=-236,
        CapHeight=729,
        StemV=80,
        FontFile2=program,
    )
    cid_font = pikepdf.Dictionary(
        Type=pikepdf.Name.Font,
        Subtype=pikepdf.Name.CIDFontType2,
        BaseFont=pikepdf.Name("/ABCDEF+DejaVuSans"),
        CIDSystemInfo=pikepdf.Dictionary(
            Registry=pikepdf.String("Adobe"), Ordering=pikepdf.String("Identity"), Supplement=0
        ),
        FontDescriptor=descriptor,
        DW=1000,
        W=widths,
        CIDToGIDMap=pikepdf.Name.Identity,
    )
    font = pdf.make_indirect(
        pikepdf.Dictionary(
            Type=pikepdf.Name.Font,
            Subtype=pikepdf.Name.Type0,
            BaseFont=pikepdf.Name("/ABCDEF+DejaVuSans"),
            Encoding=pikepdf.Name("/Identity-H"),
            DescendantFonts=[pdf.make_indirect(cid_font)],
            ToUnicode=pdf.make_stream(to_unicode.encode()),
        )
    )

    def encode(s: str) -> bytes:
        return ("<" + "".join(f"{gid[c]:04X}" for c in s) + ">").encode()

    return font, encode
