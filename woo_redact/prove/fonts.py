"""The fonts of a PDF's content streams, as a text extractor reads them: shown codes to text, and their widths.

A font's codes are read through its ToUnicode CMap (:func:`_read_to_unicode`, as
pdfminer parses it, the plain kind read to the same map by :mod:`.cmaps`; bounded and
cached) or its encoding; its widths come from /Widths, /W or the standard 14 fonts' metrics.
:class:`_Fonts` makes each font's :class:`_Decoder` once per file, for :mod:`.content`.
"""

from __future__ import annotations

import functools
import io
import re

import pikepdf

from .cmaps import plain_map
from .text import Unreadable, textual


class _Decoder:
    """Shown strings of one font to text, as a text extractor would read them.

    Type0 fonts take two-byte codes (Identity-H, as Word, FOP and most
    producers write them) mapped by the ToUnicode CMap; without one the codes
    are glyph ids and spell nothing (empty text). Simple fonts take one byte
    per code: ToUnicode where it maps the code, else the /Encoding's base
    (WinAnsi read as cp1252, MacRoman as mac_roman, anything else Latin-1).
    """

    def __init__(self, font: pikepdf.Object) -> None:
        self.two_byte = font.get("/Subtype") == pikepdf.Name.Type0
        self.map: dict[int, str] = {}
        to_unicode = font.get("/ToUnicode")
        if isinstance(to_unicode, pikepdf.Stream):
            self.map = _read_to_unicode(to_unicode)
        encoding = font.get("/Encoding")
        if isinstance(encoding, pikepdf.Dictionary):
            encoding = encoding.get("/BaseEncoding")
        self.codec = {"/MacRomanEncoding": "mac_roman"}.get(str(encoding), "cp1252")
        # a simple font without ToUnicode and without a standard encoding may use
        # custom codes (a subset's control bytes): a guess, kept only when textual
        self.guess = not self.two_byte and not self.map and str(encoding) not in _STANDARD_ENCODINGS
        self.w, self.dw = _font_widths(font, self.two_byte)
        self._table: dict[int, str] = {}

    def widths(self, data: bytes) -> list[tuple[float, bool]]:
        """Per code: its width in glyph units (1/1000 em) and whether word spacing applies."""
        if self.two_byte:
            return [(self.w.get(c, self.dw), False) for c in self.codes(data)]
        return [(self.w.get(b, self.dw), b == 32) for b in data]

    def codes(self, data: bytes) -> list[int]:
        """The codes of a two-byte font's shown string (big-endian pairs; an odd last byte is no code)."""
        return [int.from_bytes(data[k : k + 2], "big") for k in range(0, len(data) - 1, 2)]

    def decode(self, data: bytes) -> str:
        if self.two_byte:
            return "".join(self.map.get(c, "\ufffd") for c in self.codes(data)) if self.map else ""
        table = self._table  # byte -> text, filled as bytes are met (a font shows few distinct ones)
        for b in set(data).difference(table):
            table[b] = self.map.get(b) or _single(b, self.codec)
        text = data.decode("latin-1").translate(table)  # Latin-1: each byte is the character of its value
        return text if not self.guess or textual(text) else ""


def _font_widths(font: pikepdf.Object, two_byte: bool) -> tuple[dict[int, float], float]:
    """A font's widths by code and its default width, in glyph units (1/1000 em)."""
    out: dict[int, float] = {}
    try:
        if two_byte:
            kids = font.get("/DescendantFonts")
            cid = kids[0] if isinstance(kids, pikepdf.Array) and len(kids) else pikepdf.Dictionary()
            w = cid.get("/W", pikepdf.Array())
            k = 0
            while k < len(w) - 1:
                first = int(w[k])
                if isinstance(w[k + 1], pikepdf.Array):
                    out.update((first + n, float(v)) for n, v in enumerate(w[k + 1]))
                    k += 2
                elif k + 2 < len(w):
                    out.update((c, float(w[k + 2])) for c in range(first, min(int(w[k + 1]), first + 65536) + 1))
                    k += 3
                else:
                    break
            return out, float(cid.get("/DW", 1000))
        widths = font.get("/Widths")
        if isinstance(widths, pikepdf.Array):
            first = int(font.get("/FirstChar", 0))
            out.update((first + n, float(v)) for n, v in enumerate(widths))
            descriptor = font.get("/FontDescriptor")
            missing = descriptor.get("/MissingWidth", 0) if isinstance(descriptor, pikepdf.Dictionary) else 0
            return out, float(missing)
        out.update(_standard_widths(str(font.get("/BaseFont", ""))[1:]))
    except (TypeError, ValueError, IndexError, KeyError, AttributeError):
        pass
    return out, 500.0


@functools.lru_cache(maxsize=64)
def _standard_widths(base: str) -> dict[int, float]:
    """The widths of a standard 14 font's printable ASCII codes (pdfminer's metrics); empty for another font.
    Made once per font name (a page of text in Helvetica without /Widths asked for them per stream)."""
    from pdfminer.fontmetrics import FONT_METRICS

    metrics = FONT_METRICS.get(base)
    if metrics is None:
        return {}
    return {b: float(metrics[1].get(chr(b), 500)) for b in range(32, 127)}


_STANDARD_ENCODINGS = ("/WinAnsiEncoding", "/MacRomanEncoding", "/StandardEncoding")


def _single(byte: int, codec: str) -> str:
    try:
        return bytes([byte]).decode(codec)
    except UnicodeDecodeError:
        return chr(byte)


MAX_CMAP_CODES = 1 << 20  # a ToUnicode CMap of a real font maps at most 65,536 codes per byte width
# one bfrange entry: <lo> <hi> and its destination (<hex> or [<hex> ...]), consumed so it is no next <lo>
_BFRANGE = re.compile(rb"<([0-9A-Fa-f]{1,8})>\s*<([0-9A-Fa-f]{1,8})>\s*(?:<[0-9A-Fa-f]*>|\[[^\]]*\])")


def _mapped_codes(data: bytes) -> int:
    """How many codes the bfrange sections of a CMap map (counted without building the map)."""
    total = 0
    for section in re.findall(rb"beginbfrange(.*?)endbfrange", data, re.S):
        for lo, hi in _BFRANGE.findall(section):
            total += max(0, int(hi, 16) - int(lo, 16) + 1)
    return total


def _read_to_unicode(stream: pikepdf.Stream) -> dict[int, str]:
    """A ToUnicode CMap's code-to-text map, as pdfminer reads it; empty when it does not parse.

    The map is shared by every font whose CMap has the same bytes (the output's and the original's
    copy of a font; pdfminer's parser, in Python, took a tenth of a proof of a Word document): it is
    not to be changed.
    """
    data = stream.read_bytes()
    if len(data) > MAX_CACHED_CMAP:
        return _parse_to_unicode(data)
    return _parse_to_unicode_cached(data)


MAX_CACHED_CMAP = 64 * 1024  # bytes of a ToUnicode CMap kept with its map (a subset's is a few KB)


@functools.lru_cache(maxsize=32)
def _parse_to_unicode_cached(data: bytes) -> dict[int, str]:
    return _parse_to_unicode(data)


def _parse_to_unicode(data: bytes) -> dict[int, str]:
    if _mapped_codes(data) > MAX_CMAP_CODES:  # pdfminer would build one entry per code: gigabytes
        raise Unreadable("a font's ToUnicode CMap maps an implausible range of codes (a damaged or hostile file)")
    try:  # the plain kind, read to the map pdfminer makes of it (:mod:`.cmaps`); anything else by pdfminer
        plain = plain_map(data)
    except ValueError:  # where pdfminer's parser fails too
        return {}
    if plain is not None:
        return plain
    from pdfminer.cmapdb import CMapParser, FileUnicodeMap

    cmap = FileUnicodeMap()
    try:
        CMapParser(cmap, io.BytesIO(data)).run()
    except MemoryError:  # the memory limit: the document fails as too large, not as unreadable
        raise
    except Exception:  # noqa: BLE001 - a broken CMap: the font reads as unmapped
        return {}
    return {int(k): str(v) for k, v in cmap.cid2unichr.items()}


class _Fonts:
    """The fonts of one resource dictionary, each font's decoder made once per file."""

    def __init__(self, resources: object, cache: dict[tuple[int, int], _Decoder]) -> None:
        fonts = resources.get("/Font") if isinstance(resources, pikepdf.Dictionary) else None
        self.fonts = fonts if isinstance(fonts, pikepdf.Dictionary) else None
        self.cache = cache
        self._named: dict[pikepdf.Name, _Decoder | None] = {}  # (the file is not changed while it is read)

    def decoder(self, name: pikepdf.Name) -> _Decoder | None:
        """The decoder of the font ``name`` (a Tf operand) selects, None when there is none.
        Looked up once per name (a content stream selects its few fonts again at every line)."""
        try:
            return self._named[name]
        except KeyError:
            found = self._named[name] = self._decoder(name)
            return found

    def _decoder(self, name: pikepdf.Name) -> _Decoder | None:
        font = self.fonts.get(name) if self.fonts is not None else None
        if not isinstance(font, pikepdf.Dictionary):
            return None
        key = font.objgen if font.is_indirect else (-1, id(font))
        if key not in self.cache:
            self.cache[key] = _Decoder(font)
        return self.cache[key]
