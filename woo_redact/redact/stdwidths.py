"""Advances of a simple font without /Widths, measured where PDFium draws its glyphs.

A standard-14 font without /Widths leaves the widths to the reader. The AFM
metrics (pdfminer's ``FONT_METRICS``) are the spec's answer, but they lack
glyphs that WinAnsi maps (the Euro at 0x80: width 0 there) and PDFium, which
places the words the parser boxes and the proof checks, uses the advances of
its own substitute fonts: 667 for Helvetica's Euro, 612 for its guillemets,
333 for WinAnsi's 0xAD, 350 for unmapped codes. A glyph position computed
from the AFM then drifts from every box after such a glyph, and the remover
removes the wrong glyphs.

:func:`pdfium_widths` therefore asks PDFium: a one-page probe shows each code
0-255 of a copy of the font between two markers in a known font, and the
distance between the markers' origins, less one marker's advance, is the code's
advance. Measured once per font setup (base font, encoding, flags) per process.
"""

from __future__ import annotations

import ctypes
import io
import threading

import pikepdf

_SIZE = 100.0  # probe font size: origins in points are advances in units of 1/10 of the font size
_LINE = 40.0
_ORIGIN_X = 10.0
_CODES = range(256)
_cache: dict[tuple[str, ...], dict[int, float]] = {}
_lock = threading.Lock()


class ProbeFailed(Exception):
    """PDFium did not report the probe's markers (the caller rasterises instead of guessing)."""


def _line_y(code: int) -> float:
    return _LINE * (code + 2)


def _probe_pdf(font: pikepdf.Dictionary) -> bytes:
    """A page with a reference line of two markers, then one line per code: marker, code, marker."""
    pdf = pikepdf.new()
    copy = pdf.copy_foreign(font) if font.is_indirect else _copy_direct(pdf, font)
    marker = pikepdf.Dictionary(
        Type=pikepdf.Name.Font,
        Subtype=pikepdf.Name.Type1,
        BaseFont=pikepdf.Name.Helvetica,
        Encoding=pikepdf.Name.WinAnsiEncoding,
    )
    ops = [f"BT /M {_SIZE:g} Tf 1 0 0 1 {_ORIGIN_X:g} {_LINE:g} Tm (A) Tj (A) Tj ET"]
    for code in _CODES:
        ops.append(
            f"BT /M {_SIZE:g} Tf 1 0 0 1 {_ORIGIN_X:g} {_line_y(code):g} Tm (A) Tj "
            f"/F {_SIZE:g} Tf <{code:02x}> Tj /M {_SIZE:g} Tf (A) Tj ET"
        )
    page = pdf.add_blank_page(page_size=(4 * _SIZE * 3, _line_y(_CODES[-1]) + 2 * _LINE))
    page.Resources = pikepdf.Dictionary(Font=pikepdf.Dictionary(M=marker, F=copy))
    page.Contents = pdf.make_stream("\n".join(ops).encode("ascii"))
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def _copy_direct(pdf: pikepdf.Pdf, font: pikepdf.Dictionary) -> pikepdf.Dictionary:
    copy = pikepdf.Dictionary()
    for key, value in font.items():
        copy[key] = pdf.copy_foreign(value) if value.is_indirect else value
    return copy


def _marker_rows(data: bytes) -> dict[int, list[float]]:
    """The x origins of the markers ('A', not generated) per probe line (line number from y)."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    doc = pdfium.PdfDocument(data)
    try:
        page = doc[0]
        textpage = page.get_textpage()
        rows: dict[int, list[float]] = {}
        x, y = ctypes.c_double(), ctypes.c_double()
        try:
            for k in range(textpage.count_chars()):
                if raw.FPDFText_IsGenerated(textpage.raw, k) or raw.FPDFText_GetUnicode(textpage.raw, k) != 0x41:
                    continue
                if not raw.FPDFText_GetCharOrigin(textpage.raw, k, ctypes.byref(x), ctypes.byref(y)):
                    continue
                rows.setdefault(round(y.value / _LINE), []).append(x.value)
        finally:
            textpage.close()
            page.close()
    finally:
        doc.close()
    return rows


def _measure(font: pikepdf.Dictionary) -> dict[int, float]:
    rows = _marker_rows(_probe_pdf(font))
    reference = rows.get(1, [])
    if len(reference) != 2:
        raise ProbeFailed("PDFium did not report the probe's reference markers")
    marker = max(reference) - min(reference)
    widths: dict[int, float] = {}
    for code in _CODES:
        xs = rows.get(code + 2, [])
        if len(xs) < 2 or min(xs) != min(reference):
            raise ProbeFailed(f"PDFium did not report the markers around code {code}")
        widths[code] = round((max(xs) - min(xs) - marker) / _SIZE, 4)
    return widths


def _setup_key(font: pikepdf.Dictionary) -> tuple[str, ...] | None:
    """What decides PDFium's advances of a font without /Widths; None when it embeds its own font program."""
    descriptor = font.get("/FontDescriptor")
    flags = ""
    if isinstance(descriptor, pikepdf.Dictionary):
        if any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")):
            return None
        flags = str(descriptor.get("/Flags", ""))
    encoding = font.get("/Encoding")
    if isinstance(encoding, pikepdf.Dictionary):
        base = str(encoding.get("/BaseEncoding", ""))
        diffs = " ".join(str(v) for v in encoding.get("/Differences", []))
        enc = f"{base}|{diffs}"
    else:
        enc = str(encoding)
    return (str(font.get("/Subtype", "")), str(font.get("/BaseFont", "")), enc, flags)


def pdfium_widths(font: pikepdf.Dictionary) -> dict[int, float]:
    """Each code's advance (units of the font size) as PDFium draws ``font``, a simple font without /Widths.

    Raises :class:`ProbeFailed` when PDFium does not report the probe's markers.
    """
    key = _setup_key(font)
    if key is None:
        return _measure(font)
    with _lock:
        cached = _cache.get(key)
    if cached is None:
        cached = _measure(font)
        with _lock:
            _cache[key] = cached
    return cached
