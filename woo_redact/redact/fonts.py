"""Glyph metrics for the content-stream interpreter.

Only what the remover needs: how a shown string splits into character codes,
each code's horizontal advance, and the font's vertical extent. Widths are in
units of the font size (glyph space / 1000): a font's own /Widths, or for a
standard-14 font without them, the advances PDFium draws it with
(:mod:`.stdwidths`), since PDFium places the words that the parser boxes and
the proof checks. The vertical extent follows
pdfminer's convention (``descent`` to ``descent + 1``) so that glyph centres
agree with the boxes the finder computes from pdfplumber characters.

Anything the remover cannot measure reliably raises :class:`Unsupported`; the
caller then rasterises the page instead of guessing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import pikepdf
from pdfminer.fontmetrics import FONT_METRICS

from woo_redact.redact.stdwidths import ProbeFailed, pdfium_widths

DEFAULT_DESCENT = -0.2
_SYMBOLIC_STD = {"Symbol", "ZapfDingbats"}


class Unsupported(Exception):
    """The page uses something the glyph remover does not handle."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


_ONE_BYTE = tuple(bytes((b,)) for b in range(256))  # each code's raw byte, made once


@dataclass(frozen=True, slots=True)
class FontInfo:
    """Metrics of one font as the interpreter needs them."""

    name: str
    two_byte: bool
    widths: Mapping[int, float] = field(repr=False)
    default_width: float
    descent: float
    measured: bool = False  # widths measured in PDFium (no /Widths): :func:`pin_widths` writes them in

    def codes(self, data: bytes) -> list[tuple[int, bytes]]:
        """Split a shown string into (code, raw bytes) pairs."""
        if not self.two_byte:
            return [(b, _ONE_BYTE[b]) for b in data]
        if len(data) % 2:
            raise Unsupported(f"odd-length string for 2-byte font {self.name}")
        return [(data[i] << 8 | data[i + 1], data[i : i + 2]) for i in range(0, len(data), 2)]

    def width(self, code: int) -> float:
        """Horizontal advance of ``code`` in units of the font size."""
        return self.widths.get(code, self.default_width)

    def is_word_space(self, raw: bytes) -> bool:
        """Whether Tw applies: the single-byte code 32."""
        return raw == b" "


def _num(obj: pikepdf.Object | float, default: float = 0.0) -> float:
    try:
        return float(obj)
    except (TypeError, ValueError):
        return default


def _descent(descriptor: pikepdf.Object | None, fallback: float = DEFAULT_DESCENT) -> float:
    """The descent in units of the font size, always <= 0 (as pdfminer does)."""
    if descriptor is None or not isinstance(descriptor, pikepdf.Dictionary):
        return fallback
    if "/Descent" not in descriptor:
        return fallback
    return -abs(_num(descriptor.Descent) / 1000.0)


def _base_name(font: pikepdf.Dictionary) -> str:
    name = str(font.get("/BaseFont", "/unknown"))[1:]
    if len(name) > 7 and name[6] == "+":  # subset prefix ABCDEF+
        name = name[7:]
    return name


def _simple_widths(font: pikepdf.Dictionary) -> dict[int, float] | None:
    widths = font.get("/Widths")
    if widths is None:
        return None
    first = int(_num(font.get("/FirstChar", 0)))
    return {first + i: _num(w) / 1000.0 for i, w in enumerate(widths)}


def _standard_widths(font: pikepdf.Dictionary, name: str) -> tuple[dict[int, float], float]:
    """Widths of a standard-14 font without /Widths as PDFium draws it, and the AFM descent.

    Not the AFM widths: they lack glyphs such as the Euro, and PDFium, which places the words
    the parser boxes and the proof checks, differs from them for a few more (:mod:`.stdwidths`).
    """
    if name in _SYMBOLIC_STD:
        raise Unsupported(f"{name} without /Widths")
    try:
        widths = pdfium_widths(font)
    except ProbeFailed as exc:
        raise Unsupported(f"{name} without /Widths: {exc}") from exc
    return widths, _afm_descent(FONT_METRICS[name][0], -207)


def _afm_descent(descriptor: Mapping[str, object], default: int) -> float:
    """The descent of AFM metrics (pdfminer's, typed as objects: the numbers of the AFM file), in em."""
    value = descriptor.get("Descent", default)
    return float(value if isinstance(value, int | float) else default) / 1000.0


def _simple_font(font: pikepdf.Dictionary) -> FontInfo:
    name = _base_name(font)
    descriptor = font.get("/FontDescriptor")
    widths = _simple_widths(font)
    if widths is not None:
        missing = _num(descriptor.get("/MissingWidth", 0)) / 1000.0 if descriptor else 0.0
        fallback = DEFAULT_DESCENT
        if name in FONT_METRICS:
            fallback = _afm_descent(FONT_METRICS[name][0], -200)
        return FontInfo(name, False, widths, missing, _descent(descriptor, fallback))
    if name in FONT_METRICS:
        widths, descent = _standard_widths(font, name)
        return FontInfo(name, False, widths, 0.0, _descent(descriptor, descent), measured=True)
    raise Unsupported(f"font {name} has no /Widths and is not a standard-14 font")


def _type3_font(font: pikepdf.Dictionary) -> FontInfo:
    """A Type3 font with an unrotated, unskewed /FontMatrix: widths and descent as pdfminer has them.

    pdfminer scales glyph-space widths and the font box by the matrix (``a`` across, ``d`` up) and
    takes the descent from the /FontBBox; anything rotated or skewed is left to the rasteriser.
    """
    name = str(font.get("/Name", "/Type3"))[1:]
    matrix = [_num(v) for v in font.get("/FontMatrix", [])]
    # d < 0: glyph space drawn upside down (Skia/Chromium's Type3 fonts), measured by pdfminer the same way
    if len(matrix) != 6 or matrix[1] or matrix[2] or matrix[0] <= 0 or matrix[3] == 0:
        raise Unsupported(f"Type3 font {name} with a rotated, skewed or missing /FontMatrix")
    widths = _simple_widths(font)
    if widths is None:
        raise Unsupported(f"Type3 font {name} without /Widths")
    hscale, vscale = matrix[0] * 1000.0, matrix[3]
    descriptor = font.get("/FontDescriptor")
    bbox = descriptor.get("/FontBBox") if isinstance(descriptor, pikepdf.Dictionary) else None
    bbox = bbox if bbox is not None else font.get("/FontBBox")
    if bbox is None or len(bbox) != 4:
        raise Unsupported(f"Type3 font {name} without /FontBBox")
    scaled = {code: w * hscale for code, w in widths.items()}
    missing = 0.0
    if isinstance(descriptor, pikepdf.Dictionary):
        missing = _num(descriptor.get("/MissingWidth", 0)) * matrix[0]
    descent = min(_num(bbox[1]) * vscale, _num(bbox[3]) * vscale)  # d < 0: the box's top maps to the bottom
    return FontInfo(name, False, scaled, missing, descent)


def _cid_widths(w_array: pikepdf.Object | None) -> dict[int, float]:
    """Parse a CIDFont /W array (both ``c [w ...]`` and ``c1 c2 w`` forms)."""
    widths: dict[int, float] = {}
    if w_array is None:
        return widths
    items = list(w_array)
    i = 0
    while i < len(items):
        first = int(items[i])
        nxt = items[i + 1] if i + 1 < len(items) else None
        if isinstance(nxt, pikepdf.Array):
            for j, w in enumerate(nxt):
                widths[first + j] = _num(w) / 1000.0
            i += 2
        elif i + 2 < len(items):
            last, width = int(items[i + 1]), _num(items[i + 2]) / 1000.0
            if last - first > 70000:
                raise Unsupported("implausible /W range")
            for code in range(first, last + 1):
                widths[code] = width
            i += 3
        else:
            raise Unsupported("malformed /W array")
    return widths


def _type0_font(font: pikepdf.Dictionary) -> FontInfo:
    name = _base_name(font)
    encoding = font.get("/Encoding")
    if not isinstance(encoding, pikepdf.Name):
        raise Unsupported(f"Type0 font {name} with an embedded CMap")
    if str(encoding) != "/Identity-H":
        raise Unsupported(f"Type0 font {name} with CMap {encoding}")
    descendants = font.get("/DescendantFonts")
    if not descendants:
        raise Unsupported(f"Type0 font {name} without descendant")
    cid_font = descendants[0]
    widths = _cid_widths(cid_font.get("/W"))
    default = _num(cid_font.get("/DW", 1000)) / 1000.0
    return FontInfo(name, True, widths, default, _descent(cid_font.get("/FontDescriptor")))


def load_font(font: pikepdf.Object) -> FontInfo:
    """Build the metrics of a font dictionary; raise Unsupported if impossible."""
    if not isinstance(font, pikepdf.Dictionary):
        raise Unsupported("font resource is not a dictionary")
    subtype = str(font.get("/Subtype", "/Type1"))
    if subtype == "/Type3":
        return _type3_font(font)
    if subtype == "/Type0":
        return _type0_font(font)
    if subtype in ("/Type1", "/MMType1", "/TrueType"):
        return _simple_font(font)
    raise Unsupported(f"font subtype {subtype}")


class FontCache:
    """Font metrics cached per font object (indirect fonts by object id)."""

    def __init__(self) -> None:
        self._cache: dict[tuple[int, int], FontInfo] = {}
        self.measured: list[tuple[pikepdf.Object, FontInfo]] = []  # fonts whose widths PDFium gave

    def get(self, font: pikepdf.Object) -> FontInfo:
        """Metrics of ``font``, computed once per indirect object."""
        key = font.objgen
        info = self._cache.get(key) if key != (0, 0) else None
        if info is None:
            info = load_font(font)
            if key != (0, 0):
                self._cache[key] = info
            if info.measured:
                self.measured.append((font, info))
        return info


def pin_widths(font: pikepdf.Object, info: FontInfo) -> None:
    """Write the widths ``info`` measured in PDFium into ``font`` as /FirstChar 0 /LastChar 255 /Widths.

    PDFium then draws it as before, and every other reader (pdfminer, poppler, a viewer with its own
    substitute font) places the glyphs where PDFium does: where the parser's boxes are, and where
    the glyphs removed from under them were.
    """
    font["/FirstChar"] = 0
    font["/LastChar"] = 255
    font["/Widths"] = pikepdf.Array([round(info.width(code) * 1000) for code in range(256)])


def string_width(text: str, font: str = "Helvetica") -> float:
    """Width of ``text`` in a standard-14 font, in units of the font size."""
    widths = FONT_METRICS[font][1]
    return sum(widths.get(ch, 556) for ch in text) / 1000.0
