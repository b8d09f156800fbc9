"""A PDF's content streams as the channel checks read them: which streams hold page content, and their shown text.

:func:`_classify_streams` sorts a file's streams (content with its fonts, no text
at all, a page's content split into pieces); :func:`_operand_strings` reads a
content stream's string operands with their fonts (:mod:`.fonts`), joined as a
text extractor joins them by geometry (:class:`_Pen`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

import pikepdf

from .fonts import _Decoder, _Fonts
from .text import textual

_NAME_ESCAPE = re.compile(rb"#([0-9A-Fa-f]{2})")


def _string_text(obj: pikepdf.Object) -> str:
    if isinstance(obj, pikepdf.Name):
        try:
            return str(obj)[1:]
        except UnicodeDecodeError:  # a name that is no UTF-8 (wkhtmltopdf's link targets): read byte by byte
            # its bytes, not its escapes: "#ed" in /,T#0f*#a8.#e6 is one byte, no letters "ed" of a name
            raw = _NAME_ESCAPE.sub(lambda m: bytes([int(m.group(1), 16)]), bytes(obj.unparse())[1:])
            return raw.decode("latin-1")
    try:
        return str(obj)
    except (UnicodeDecodeError, ValueError):
        return bytes(obj).decode("latin-1")


# what qpdf writes of an array of numbers alone, in arrays or not: no string, name, dictionary or reference
_NUMBERS_ONLY = re.compile(rb"[\d.+\-\s\[\]]*")
LONG_ARRAY = 8  # (a shorter array's elements are looked at one by one: as fast as asking qpdf for its text)


def numbers_only(array: pikepdf.Array) -> bool:
    """Whether ``array`` holds numbers alone, in arrays or not, as qpdf writes it (a font's /Widths, a CID
    font's /W): nothing in it is text or leads to any (its numbers are then not made into Python objects
    one by one to see that). False for anything else, or what qpdf cannot write."""
    try:
        return _NUMBERS_ONLY.fullmatch(array.unparse(resolved=True)) is not None
    except Exception:  # noqa: BLE001 - then its elements are looked at one by one
        return False


def _direct_tree(obj: pikepdf.Object) -> Iterator[pikepdf.Object]:
    """``obj`` and the dictionaries and arrays nested directly in it (an array of numbers alone: without its
    elements, none of which is either)."""
    stack = [(obj, 0)]
    while stack:
        o, depth = stack.pop()
        yield o
        if depth > 50 or (isinstance(o, pikepdf.Array) and len(o) >= LONG_ARRAY and numbers_only(o)):
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
            # the keys first (one call), and only the keys present asked for (a get costs ~4 us, and
            # gives None for a key that is absent: the same objects as asking for every key)
            keys = o.keys()  # noqa: SIM118 - pikepdf keys() on streams too
            if isinstance(o, pikepdf.Stream):
                subtype = o.get("/Subtype") if "/Subtype" in keys else None
                kind = o.get("/Type") if "/Type" in keys else None
                if subtype == pikepdf.Name.Form:
                    add_content(o, o.get("/Resources"))
                elif subtype == pikepdf.Name.Image or (kind is not None and str(kind) in _BINARY_TYPES):
                    add(skip, o)
                elif "/Length1" in keys or "/Length2" in keys:
                    add(skip, o)  # an embedded font program
            for key in _FONT_DATA_KEYS:
                if key in keys:
                    add(skip, o.get(key))
            procs = o.get("/CharProcs") if "/CharProcs" in keys else None
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
        self._kept: dict[tuple[float, ...], dict[int, float]] = {}  # advances by code, per font and state

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
        """Move the pen past the codes of ``data`` shown in ``decoder``'s font (None: unknown, 500 units each).

        Each code's advance is made once per font and text state and kept (:meth:`_advances`): a
        stream shows the same few codes again and again. The advances are added in the order of the
        codes, each the same float as computed in place.
        """
        size, tc, tw, th = self.size, self.tc, self.tw, self.th
        advances = self._advances(decoder, (size, tc, tw, th))
        if decoder is None or not decoder.two_byte:  # one byte a code; Tw applies to code 32
            missing = set(data).difference(advances)
            if missing:
                get, dw = (_NO_WIDTHS.get, 500.0) if decoder is None else (decoder.w.get, decoder.dw)
                for b in missing:
                    advances[b] = (get(b, dw) / 1000 * size + tc + (tw if b == 32 else 0.0)) * th
            self.x += sum(map(advances.__getitem__, data))
            return
        codes = decoder.codes(data)  # (two bytes a code: Tw applies to none)
        missing = set(codes).difference(advances)
        if missing:
            get, dw = decoder.w.get, decoder.dw
            for c in missing:
                advances[c] = (get(c, dw) / 1000 * size + tc + 0.0) * th
        self.x += sum(map(advances.__getitem__, codes))

    def _advances(self, decoder: _Decoder | None, state: tuple[float, float, float, float]) -> dict[int, float]:
        """The advances by code of ``decoder``'s font in the text state (size, Tc, Tw, Tz) made so far."""
        key = (id(decoder), *state)  # (the decoders outlive the pen: the file's fonts hold them)
        found = self._kept.get(key)
        if found is None:
            if len(self._kept) >= 256:  # (a stream that changes its spacing at every show)
                self._kept.clear()
            found = self._kept[key] = {}
        return found


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
