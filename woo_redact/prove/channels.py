"""The text of a PDF outside its page text, as pikepdf (qpdf) sees the file.

Every stream decoded (content streams through their string operands), every
string and name in the object graph, XMP and embedded files, and the file's
bytes outside stream payloads: where the leak checks search besides the
extracted page text.
"""

from __future__ import annotations

import functools
import io
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import pikepdf

from .text import Unreadable, norm, textual


@dataclass(frozen=True)
class Channels:
    """Text of a PDF outside its page text, as pikepdf sees the file."""

    streams: tuple[str, ...]  # decoded content-like streams, Latin-1 and UTF-16BE
    strings: tuple[tuple[str, str], ...]  # (where, text): object strings, XMP, files
    raw: str  # the file's bytes outside stream payloads, as Latin-1
    # every text here is already normalised with norm()


_DOC_STREAM_TYPES = ("/Metadata", "/EmbeddedFile")


def _decode_variants(data: bytes, *, normalise: bool = True) -> list[str]:
    """Bytes read as Latin-1 and as UTF-16BE at both alignments."""
    even = data[: len(data) - len(data) % 2]
    odd = data[1:]
    odd = odd[: len(odd) - len(odd) % 2]
    texts = [
        data.decode("latin-1"),
        even.decode("utf-16-be", errors="replace"),
        odd.decode("utf-16-be", errors="replace"),
    ]
    return [norm(t) for t in texts] if normalise else texts


def _string_text(obj: pikepdf.Object) -> str:
    if isinstance(obj, pikepdf.Name):
        try:
            return str(obj)[1:]
        except UnicodeDecodeError:  # a name that is no UTF-8 (a damaged file): read byte by byte
            return bytes(obj.unparse())[1:].decode("latin-1")
    try:
        return str(obj)
    except (UnicodeDecodeError, ValueError):
        return bytes(obj).decode("latin-1")


# keys whose name values say what kind of object a dictionary is (/S: a structure
# element's type such as /P or /TD, an action's kind): names the producer chose
# from the specification's vocabulary, never the document's text; a paraph "TD"
# would otherwise be "found" in every table cell of a tagged PDF
_KIND_KEYS = ("/S", "/Type", "/Subtype")
# dictionaries whose keys the document chooses (custom info fields, named destinations)
_KEYED = ("/Info", "/Dests")


def _walk_strings(
    obj: pikepdf.Object,
    where: str,
    out: list[tuple[str, str]],
    keyed: bool = False,
    vocabulary: tuple[set[str], set[str]] | None = None,
) -> None:
    """Collect strings and names inside one object, not following references.

    Names that say what kind of object something is are left out: the values
    of /S, /Type and /Subtype, and a structure tree's /RoleMap (the
    producer's own structure types mapped to standard ones, Word's
    /Header /Sect), since a detected "Header" or paraph "TD" is no more in
    them than in an operator. Dictionary keys are the specification's
    vocabulary (an ExtGState's /CA is no paraph "CA"), except where the
    document chooses them: the keys of the document information dictionary
    and of the catalog's /Dests (named destinations), and of any dictionary
    below those; ``keyed`` says ``obj`` is such a dictionary. ``vocabulary``
    collects the keys left out and the keys kept, to treat the file's bytes
    alike (see :func:`read_channels`).
    """
    stack: list[tuple[pikepdf.Object, str, int, bool]] = [(obj, where, 0, keyed)]
    while stack:
        o, w, depth, keys = stack.pop()
        if depth > 100:
            continue
        if isinstance(o, (pikepdf.Dictionary, pikepdf.Stream)):
            for k in o.keys():  # noqa: SIM118 - pikepdf keys() on streams too
                if keys:
                    out.append((w, norm(k[1:])))
                if vocabulary is not None:
                    vocabulary[keys].add(k[1:])
                v = o[k]  # not get(k): pybind cannot pass a key of non-UTF-8 bytes (surrogates) back to get()
                if isinstance(v, pikepdf.Object) and v.is_indirect:
                    continue
                if (k in _KIND_KEYS and isinstance(v, pikepdf.Name)) or k == "/RoleMap":
                    continue  # an object's kind (a structure type /TD, /Type /Page): no text
                stack.append((v, k, depth + 1, keys or k in _KEYED))
        elif isinstance(o, pikepdf.Array):
            for v in o:
                if isinstance(v, pikepdf.Object) and v.is_indirect:
                    continue
                stack.append((v, w, depth + 1, keys))
        elif isinstance(o, (pikepdf.String, pikepdf.Name)):
            text = _string_text(o)
            if textual(text):
                out.append((w, norm(text)))


def _direct_tree(obj: pikepdf.Object) -> Iterator[pikepdf.Object]:
    """``obj`` and the dictionaries and arrays nested directly in it."""
    stack = [(obj, 0)]
    while stack:
        o, depth = stack.pop()
        yield o
        if depth > 50:
            continue
        children = o.values() if isinstance(o, (pikepdf.Dictionary, pikepdf.Stream)) else o
        if isinstance(o, (pikepdf.Dictionary, pikepdf.Stream, pikepdf.Array)):
            stack.extend(
                (c, depth + 1)
                for c in children
                if isinstance(c, (pikepdf.Dictionary, pikepdf.Array)) and not c.is_indirect
            )


_FONT_DATA_KEYS = ("/FontFile", "/FontFile2", "/FontFile3", "/CIDSet", "/ToUnicode", "/CIDToGIDMap")
_BINARY_TYPES = ("/XRef", "/ObjStm", "/CMap")


def _classify_streams(
    pdf: pikepdf.Pdf,
) -> tuple[dict[tuple[int, int], _Fonts], set[tuple[int, int]], list[tuple[list[pikepdf.Stream], _Fonts]]]:
    """Content streams (objgen to their fonts), streams that hold no text at all, and content arrays.

    Content streams (page contents, form XObjects, Type 3 glyph procedures)
    are searched through their string operands only, so that operators such
    as ``re`` or ``TD`` do not count as a paraph. Font programs, CMaps, ICC
    profiles and images carry no searchable text and are skipped. A page's
    /Contents array is one content stream split into pieces, and a piece may
    end between an operand and its operator (Aspose does that), so the pieces
    are returned together to be read as one. Each content stream comes with
    the fonts of its resources (a form without /Resources gets none: its
    strings are then read as Latin-1).
    """
    content: dict[tuple[int, int], _Fonts] = {}
    skip: set[tuple[int, int]] = set()
    arrays: list[tuple[list[pikepdf.Stream], _Fonts]] = []
    cache: dict[tuple[int, int], _Decoder] = {}

    def add(target: set[tuple[int, int]], ref: object) -> None:
        if isinstance(ref, pikepdf.Stream) and ref.is_indirect:
            target.add(ref.objgen)

    def add_content(ref: object, resources: object) -> None:
        if isinstance(ref, pikepdf.Stream) and ref.is_indirect and ref.objgen not in content:
            content[ref.objgen] = _Fonts(resources, cache)

    for page in pdf.pages:
        contents = page.obj.get("/Contents")
        resources = _inherited(page.obj, "/Resources")
        if isinstance(contents, pikepdf.Array):
            pieces = [ref for ref in contents if isinstance(ref, pikepdf.Stream)]
            if len(pieces) > 1:
                arrays.append((pieces, _Fonts(resources, cache)))
        for ref in contents if isinstance(contents, pikepdf.Array) else [contents]:
            add_content(ref, resources)
    for obj in pdf.objects:
        if not isinstance(obj, (pikepdf.Dictionary, pikepdf.Stream, pikepdf.Array)):
            continue
        for o in _direct_tree(obj):
            if isinstance(o, pikepdf.Array):
                if len(o) == 2 and o[0] == pikepdf.Name.ICCBased:
                    add(skip, o[1])
                continue
            if isinstance(o, pikepdf.Stream):
                subtype, kind = o.get("/Subtype"), o.get("/Type")
                if subtype == pikepdf.Name.Form:
                    add_content(o, o.get("/Resources"))
                elif subtype == pikepdf.Name.Image or (kind is not None and str(kind) in _BINARY_TYPES):
                    add(skip, o)
                elif "/Length1" in o or "/Length2" in o:
                    add(skip, o)  # an embedded font program
            for key in _FONT_DATA_KEYS:
                add(skip, o.get(key))
            procs = o.get("/CharProcs")
            if isinstance(procs, pikepdf.Dictionary):
                for ref in procs.values():
                    add_content(ref, o.get("/Resources"))
    return content, skip - set(content), arrays


def _operand_strings(stream: pikepdf.Stream, fonts: _Fonts | None = None) -> list[str] | None:
    """The text of a content stream's string operands, one item per run of shown text.

    Shown strings (Tj, TJ, ', ") are decoded with the font that the last Tf
    selected (:class:`_Decoder`): two-byte CID fonts through their
    ToUnicode, simple fonts through their ToUnicode or encoding (WinAnsi as
    cp1252, so that a dash or a curly apostrophe is a character and not a
    control code). A string whose font is unknown is read as single bytes
    (Latin-1), and kept only when it looks like text: the glyph ids of a
    two-byte font would otherwise spell random words. TJ arrays are joined,
    with a space where the kerning is a word gap. A show operator that
    continues where the previous one ended (no move, or a Td/Tm to the end of
    the previous text, as Distiller writes "teks" Tj 7.43 0 TD "ten" TJ) is
    joined to it without a space, as a text extractor joins them by geometry
    (:class:`_Pen`); anything else starts a new item. Property lists (BDC,
    DP) are read as PDF text strings, so /ActualText in UTF-16 is found.
    None when the stream does not parse.
    """
    try:
        instructions = pikepdf.parse_content_stream(stream, _READ_OPS)
    except Exception:  # noqa: BLE001
        return None
    parts: list[str] = []
    decoder: _Decoder | None = None
    pen = _Pen()

    def shown(data: bytes) -> str:
        pen.advance(data, decoder)
        if decoder is not None:
            return decoder.decode(data)
        text = data.decode("latin-1")
        return text if textual(text) else ""

    def add(text: str) -> None:
        if pen.glue and parts:
            parts[-1] += text
        else:
            parts.append(text)
        pen.glue = True  # the next show continues here unless a move says otherwise

    for ins in instructions:
        operands = getattr(ins, "operands", None)
        op = bytes(ins.operator).decode("latin-1")  # str() fails on an operator of non-UTF-8 garbage
        if op in _PEN_OPS:
            pen.operator(op, operands or [])
        if not operands:
            continue
        if op == "Tf" and isinstance(operands[0], pikepdf.Name):
            decoder = fonts.decoder(operands[0]) if fonts is not None else None
        elif op == "TJ" and isinstance(operands[0], pikepdf.Array):
            pieces: list[str] = []
            for el in operands[0]:
                if isinstance(el, pikepdf.String):
                    pieces.append(shown(bytes(el)))
                    continue
                try:
                    kern = float(el)
                except (TypeError, ValueError):
                    continue
                pen.kern(kern)
                if kern < -200:
                    pieces.append(" ")
            add("".join(pieces))
        elif op in ("Tj", "'", '"') and isinstance(operands[-1], pikepdf.String):
            add(shown(bytes(operands[-1])))
        elif op in ("BDC", "DP") and isinstance(operands[-1], pikepdf.Dictionary):
            parts.extend(_string_text(v) for v in operands[-1].values() if isinstance(v, pikepdf.String))
            pen.glue = False
    return parts


_PEN_OPS = {"BT", "Tm", "Td", "TD", "T*", "'", '"', "Tf", "Tc", "Tw", "Tz"}
# the operators read above: qpdf leaves out the others (paths, colours, images) and their operands
_READ_OPS = " ".join(sorted(_PEN_OPS | {"TJ", "Tj", "BDC", "DP"}))


class _Pen:
    """Where the text of a content stream ends, roughly: enough to tell a continuation from a new word.

    Tracks the line matrix and the advance since its origin (widths from the
    font, Tc, Tw, Tz, TJ kerning), ignoring the CTM: a move (Td, TD, Tm) whose
    target lies on the same line within a fraction of the font size of where
    the previous text ended continues that text.
    """

    def __init__(self) -> None:
        self.lm: tuple[float, ...] = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)  # the text line matrix, a b c d e f
        self.x = 0.0  # advance along the line from the line matrix's origin, text space
        self.size, self.tc, self.tw, self.th = 1.0, 0.0, 0.0, 1.0
        self.glue = False

    def _end(self) -> tuple[float, float]:
        a, b, _c, _d, e, f = self.lm
        return e + a * self.x, f + b * self.x

    def _move(self, lm: tuple[float, ...]) -> None:
        end, old = self._end(), self.lm
        self.lm, self.x = lm, 0.0
        if not self.glue or any(abs(p - q) > 1e-6 for p, q in zip(lm[:4], old[:4], strict=True)):
            self.glue = False
            return
        a, b = old[0], old[1]
        scale = a * a + b * b
        if scale <= 0:
            self.glue = False
            return
        dx, dy = lm[4] - end[0], lm[5] - end[1]
        along, across = (dx * a + dy * b) / scale, (dy * a - dx * b) / scale
        size = abs(self.size) or 1.0
        self.glue = -0.1 * size <= along <= 0.15 * size and abs(across) <= 0.2 * size

    def operator(self, op: str, operands: Sequence[pikepdf.Object]) -> None:
        if op == "BT":
            self.lm, self.x, self.glue = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0), 0.0, False
            return
        if op in ("T*", "'", '"'):  # (the shown string of ' and " is no number: nothing converted)
            self.x, self.glue = 0.0, False
            return
        if op == "Tf":  # (the font's name is no number: only the size converted)
            if len(operands) == 2:
                self.size = _number(operands[1])
            return
        nums = [_number(o) for o in operands]
        if op == "Tm" and len(nums) == 6:
            self._move(tuple(nums))
        elif op in ("Td", "TD") and len(nums) == 2:
            a, b, c, d, e, f = self.lm
            tx, ty = nums
            self._move((a, b, c, d, e + a * tx + c * ty, f + b * tx + d * ty))
        elif op == "Tc" and nums:
            self.tc = nums[0]
        elif op == "Tw" and nums:
            self.tw = nums[0]
        elif op == "Tz" and nums:
            self.th = nums[0] / 100

    def kern(self, amount: float) -> None:
        self.x -= amount / 1000 * self.size * self.th

    def advance(self, data: bytes, decoder: _Decoder | None) -> None:
        size, tc, tw, th = self.size, self.tc, self.tw, self.th
        if decoder is None or not decoder.two_byte:  # one byte a code; Tw applies to code 32
            get, dw = (_NO_WIDTHS.get, 500.0) if decoder is None else (decoder.w.get, decoder.dw)
            self.x += sum([(get(b, dw) / 1000 * size + tc + (tw if b == 32 else 0.0)) * th for b in data])
            return
        self.x += sum([(w / 1000 * size + tc + (tw if space else 0.0)) * th for w, space in decoder.widths(data)])


_NO_WIDTHS: dict[int, float] = {}  # an unknown font: every code 500 units wide


def _number(operand: object) -> float:
    """An operand as a number; 0 when it is none."""
    try:
        return float(operand)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return 0.0


def _inherited(obj: pikepdf.Object, key: str) -> object:
    """``obj[key]``, looked up the page tree's /Parent chain when absent."""
    seen = 0
    node: pikepdf.Object | None = obj
    while isinstance(node, pikepdf.Dictionary) and seen < 50:
        value = node.get(key)
        if value is not None:
            return value
        node = node.get("/Parent")
        seen += 1
    return None


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
            codes = [int.from_bytes(data[k : k + 2], "big") for k in range(0, len(data) - 1, 2)]
            return [(self.w.get(c, self.dw), False) for c in codes]
        return [(self.w.get(b, self.dw), b == 32) for b in data]

    def decode(self, data: bytes) -> str:
        if self.two_byte:
            codes = [int.from_bytes(data[k : k + 2], "big") for k in range(0, len(data) - 1, 2)]
            return "".join(self.map.get(c, "\ufffd") for c in codes) if self.map else ""
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
    from pdfminer.cmapdb import CMapParser, FileUnicodeMap

    cmap = FileUnicodeMap()
    if _mapped_codes(data) > MAX_CMAP_CODES:  # pdfminer would build one entry per code: gigabytes
        raise Unreadable("a font's ToUnicode CMap maps an implausible range of codes (a damaged or hostile file)")
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

    def decoder(self, name: pikepdf.Name) -> _Decoder | None:
        font = self.fonts.get(name) if self.fonts is not None else None
        if not isinstance(font, pikepdf.Dictionary):
            return None
        key = font.objgen if font.is_indirect else (-1, id(font))
        if key not in self.cache:
            self.cache[key] = _Decoder(font)
        return self.cache[key]


def _keyed_objects(pdf: pikepdf.Pdf) -> set[tuple[int, int]]:
    """Objgens of the dictionaries whose keys are text: /Info, the catalog's /Dests, and their indirect children."""
    out: set[tuple[int, int]] = set()
    try:
        roots = [pdf.trailer.get("/Info"), pdf.Root.get("/Dests")]
    except Exception:  # noqa: BLE001 - a broken catalog: every key then counts as vocabulary
        return out
    stack = [r for r in roots if isinstance(r, pikepdf.Dictionary)]
    while stack and len(out) < 100_000:
        o = stack.pop()
        if o.is_indirect:
            if o.objgen in out:
                continue
            out.add(o.objgen)
        stack.extend(v for v in o.values() if isinstance(v, pikepdf.Dictionary))
    return out


def _role_maps(pdf: pikepdf.Pdf) -> set[tuple[int, int]]:
    """Objgens of the structure tree's /RoleMap when it is an object of its own."""
    try:
        tree = pdf.Root.get("/StructTreeRoot")
        role_map = tree.get("/RoleMap") if isinstance(tree, pikepdf.Dictionary) else None
    except Exception:  # noqa: BLE001 - a broken catalog: nothing to leave out
        return set()
    return {role_map.objgen} if isinstance(role_map, pikepdf.Dictionary) and role_map.is_indirect else set()


_KIND_SYNTAX = re.compile(rb"/(?:S|Type|Subtype)\s*/[^\s/<>\[\]()%{}]*|/RoleMap\s*<<[^<>]*>>")
_NAME_SYNTAX = re.compile(rb"/([^\s/<>\[\]()%{}]+)")
_STREAM_PAYLOAD = re.compile(rb"stream\r?\n.*?endstream", re.DOTALL)


def open_pdf(data: bytes) -> pikepdf.Pdf:
    """``data`` opened with pikepdf; :class:`Unreadable` when it cannot be."""
    try:
        return pikepdf.open(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001
        raise Unreadable(f"pikepdf cannot open it ({type(exc).__name__})") from exc


def read_channels(pdf: pikepdf.Pdf, data: bytes) -> Channels:
    """The channels of ``pdf`` (opened from ``data``, left open)."""
    streams: list[str] = []
    strings: list[tuple[str, str]] = []
    content, skip, arrays = _classify_streams(pdf)
    vocabulary: tuple[set[str], set[str]] = (set(), set())  # keys left out, keys kept
    _walk_strings(pdf.trailer, "trailer", strings, vocabulary=vocabulary)
    keyed = _keyed_objects(pdf)
    joined: set[tuple[int, int]] = set()
    scratch = pikepdf.new()  # the joined pieces live here: a stream made in ``pdf`` would be read again below
    for pieces, fonts in arrays:
        try:
            data_joined = b"\n".join(piece.read_bytes() for piece in pieces)
        except Exception:  # noqa: BLE001 - undecodable piece: read the pieces one by one below
            continue
        parts = _operand_strings(pikepdf.Stream(scratch, data_joined), fonts)
        if parts is not None:
            streams.append(norm(" ".join(parts)))
            joined.update(piece.objgen for piece in pieces)
    role_maps = _role_maps(pdf)
    for obj in pdf.objects:
        if not isinstance(obj, (pikepdf.Dictionary, pikepdf.Stream, pikepdf.Array)):
            if isinstance(obj, (pikepdf.String, pikepdf.Name)) and textual(_string_text(obj)):
                strings.append(("object", norm(_string_text(obj))))
            continue
        if obj.objgen not in role_maps:
            _walk_strings(obj, f"object {obj.objgen[0]}", strings, obj.objgen in keyed, vocabulary)
        if not isinstance(obj, pikepdf.Stream) or obj.objgen in skip:
            continue
        if obj.objgen in joined:
            continue  # read above, with the rest of its page's content
        if obj.objgen in content:
            parts = _operand_strings(obj, content[obj.objgen])
            if parts is not None:
                streams.append(norm(" ".join(parts)))
                continue
        try:
            payload = obj.read_bytes()
        except Exception:  # noqa: BLE001 - undecodable filter: search it raw
            payload = obj.read_raw_bytes()
        if obj.objgen in content:
            # a content stream that does not parse: line by line, so that binary
            # strings on some lines do not make the whole stream look like no text
            lines = payload.split(b"\n")
            streams.extend(t for line in lines for t in _decode_variants(line)[:1] if textual(t))
            streams.extend(t for t in _decode_variants(payload)[1:] if textual(t))
            continue
        if str(obj.get("/Type", "")) in _DOC_STREAM_TYPES:
            label = "XMP" if obj.get("/Type") == "/Metadata" else "embedded file"
            text = norm(payload.decode("utf-8", errors="replace"))
            strings.extend((label, t) for t in [text, *_decode_variants(payload)] if textual(t))
        else:
            streams.extend(t for t in _decode_variants(payload) if textual(t))
    # the file outside stream payloads: object syntax, and anything not in the xref
    syntax = _STREAM_PAYLOAD.sub(b"stream endstream", data)
    # the names left out of the object graph's strings above, left out here too
    syntax = _KIND_SYNTAX.sub(b" ", syntax)
    # dictionary keys, where the object graph left them out (a name spelt like a
    # named destination's key stays)
    words = {k.encode("latin-1", "replace") for k in vocabulary[0] - vocabulary[1]}
    syntax = _NAME_SYNTAX.sub(lambda m: b" " if m.group(1) in words else m.group(0), syntax)
    for num, gen in role_maps:
        syntax = re.sub(rb"(?<!\d)%d %d obj\b.*?endobj" % (num, gen), b" ", syntax, flags=re.DOTALL)
    return Channels(tuple(streams), tuple(strings), norm(syntax.decode("latin-1")))
