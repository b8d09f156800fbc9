"""Independent verification that a redacted PDF gives away nothing it should not.

The proof re-reads the output with other tools than the ones that wrote it and
compares it with the original (Woo guide, section 4). It deliberately imports
nothing from :mod:`woo_redact.redact`: a proof that shares the remover's code
shares its bugs. It uses pdfplumber (pdfminer), pypdfium2 (PDFium), poppler's
``pdftotext`` and pikepdf (qpdf), each reading the bytes on its own.

Checks, each a :class:`~woo_redact.model.Check`:

``structure``
    the output opens, has exactly one ``%%EOF`` (no incremental update that
    keeps an earlier revision) and the expected number of pages.
``no_glyph_in_box[pdfplumber|pdfium]``
    no character of the output has its centre inside a redaction box (boxes
    shrunk by 0.5 pt so that neighbours touching the edge do not count);
    characters that together spell only Woo ground codes (the box label,
    e.g. ``5.1.2e``) are allowed.
``no_text_leak[pdfplumber|pdfium|pdftotext]``
    a redacted string (case-insensitive, whitespace-normalised, on word
    boundaries) occurs in the extracted text no more often than the original
    had occurrences that were not redacted: allowed = occurrences in the
    original minus occurrences inside the findings' texts (so a finding "Jan
    Jansen" also accounts for one "Jansen"). pdfplumber's text is read both in
    reading order and in content-stream order (a label drawn over living text
    interleaves with it in reading order).
``no_stream_leak``
    the same count over every stream of the output, decoded by qpdf: content
    streams (pages, form XObjects, Type 3 glyphs) through their string
    operands, other streams as Latin-1 and UTF-16BE; font programs, CMaps,
    ICC profiles and images are skipped. Also over the file's bytes outside
    stream payloads (object syntax and anything the xref does not reach).
``no_metadata_leak``
    every text string and name in the object graph (document info, outline,
    annotations, form fields, structure tree, destinations, ...), XMP and
    embedded files: allowed only when the original had more occurrences there
    than were redacted. Binary strings (ids, signatures) are not text and are
    skipped, since they spell short paraphs by chance.
``text_outside_survives``
    every word of the original made of characters that do not touch a box or
    a changed area is still in the output, page by page (multiset comparison
    of pdfplumber words built from the same filtered characters on both
    sides); rasterized pages are skipped.
``pixels_outside_unchanged``
    original and output, rendered unrotated at 72 dpi without annotations
    and form fields (which the sanitizer removes), agree outside the boxes
    and changed areas (dilated by 2 px): fewer than 0.1% of pixels differ by
    more than 8 in a channel, and no 16x16 tile gains or loses more than 6
    pixels' worth of ink (a vanished word or mark). Rasterized pages: mean
    difference <= 4 and few strong differences.
``boxes_black``
    at least 60% of every box renders dark in the output (the white label
    takes the rest; an undrawn box or living text on white stays far below).

Details name findings by id and page, never by their text.
"""

from __future__ import annotations

import io
import math
import re
import shutil
import subprocess
import tempfile
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pdfplumber
import pikepdf
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from woo_redact.model import Box, Check, Finding, Proof

__all__ = ["ENGINES", "extract_texts", "prove"]

ENGINES = ("pdfplumber", "pdfium", "pdftotext")
_ORDERS = ("reading order", "stream order")

# Glyph tests: boxes are shrunk by this much so that a neighbour whose bbox
# merely touches the edge does not count as inside.
SHRINK_PT = 0.5
# Rendering
SCALE = 1.0  # 72 dpi
DILATE_PX = 2
PIXEL_TOLERANCE = 8  # max channel difference that still counts as equal
MAX_DIFF_FRACTION = 0.001  # fraction of outside pixels that may differ
# ... and no local loss or gain of ink: a removed word or mark outside the
# boxes is far below 0.1% of a page. Rewritten text objects may render with a
# different sub-pixel phase, which moves ink around but keeps its amount, so
# the ink (darkness, in units of one black pixel) is compared per tile.
TILE = 16
MAX_TILE_INK = 6.0
RASTER_MEAN_TOLERANCE = 4.0  # mean abs difference allowed on rasterized pages
RASTER_BIG_DIFF = 96
RASTER_BIG_FRACTION = 0.005
DARK_LEVEL = 96  # a pixel whose channels are all below this is dark
# Labels are white text and fill much of a small box at 72 dpi (real boxes
# measure 80-90% dark); text on white or an undrawn box stays far below.
MIN_DARK_FRACTION = 0.6

_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)
# A box label: Woo ground codes (article 5), e.g. "5.1.2e" or "5.1.1c, 5.2.1".
# Deliberately narrow, so that a phone number "06.12.34.56" is no label.
_LABEL = re.compile(r"(?:[\[(]?5\.[1-9](?:\.[1-9])?[a-z]?[\])]?[,;/]?)+", re.IGNORECASE)


class _Unreadable(Exception):
    """The output (or original) could not be read by one of the engines."""


# --------------------------------------------------------------------------
# text normalisation and counting
# --------------------------------------------------------------------------


def _norm(text: str) -> str:
    """NFKC, invisible characters removed, case-folded, whitespace collapsed."""
    text = unicodedata.normalize("NFKC", text).translate(_INVISIBLE)
    return " ".join(text.split()).casefold()


def _pattern(secret: str) -> re.Pattern[str] | None:
    """A regex for a secret on word boundaries; whitespace inside is optional."""
    parts = _norm(secret).split(" ")
    if not parts or parts == [""]:
        return None
    body = r"\s*".join(re.escape(p) for p in parts)
    return re.compile(rf"(?<!\w){body}(?!\w)")


def _count(pattern: re.Pattern[str], texts: Iterable[str]) -> int:
    """Occurrences of ``pattern`` in already normalised texts."""
    return sum(len(pattern.findall(t)) for t in texts)


@dataclass(frozen=True)
class _Secret:
    """One distinct redacted string and the findings that redacted it."""

    norm: str
    pattern: re.Pattern[str]
    redacted: int  # occurrences of this string inside all findings' texts
    refs: str  # "F1 (p. 1), F4 (p. 2)" for details


def _secrets(findings: Sequence[Finding]) -> list[_Secret]:
    by_norm: dict[str, list[Finding]] = {}
    for f in findings:
        by_norm.setdefault(_norm(f.text), []).append(f)
    out = []
    for norm, group in by_norm.items():
        pattern = _pattern(norm)
        if pattern is None:
            continue
        # a finding "Jan Jansen" also redacts one occurrence of "Jansen"
        redacted = _count(pattern, [_norm(f.text) for f in findings])
        refs = ", ".join(f"{f.id} (p. {_pages(f)})" for f in group[:5])
        if len(group) > 5:
            refs += f" and {len(group) - 5} more"
        out.append(_Secret(norm, pattern, redacted, refs))
    return out


def _pages(f: Finding) -> str:
    return ",".join(str(p + 1) for p in f.pages) or "?"


# --------------------------------------------------------------------------
# geometry
# --------------------------------------------------------------------------

_Rect = tuple[float, float, float, float]  # x0, y0, x1, y1 in user space


@dataclass(frozen=True)
class _Char:
    text: str
    rect: _Rect

    @property
    def centre(self) -> tuple[float, float]:
        return ((self.rect[0] + self.rect[2]) / 2, (self.rect[1] + self.rect[3]) / 2)


def _shrink(box: Box, by: float) -> _Rect:
    x0, y0, x1, y1 = box.x0 + by, box.y0 + by, box.x1 - by, box.y1 - by
    if x0 > x1:
        x0 = x1 = (box.x0 + box.x1) / 2
    if y0 > y1:
        y0 = y1 = (box.y0 + box.y1) / 2
    return (x0, y0, x1, y1)


def _inside(point: tuple[float, float], rect: _Rect) -> bool:
    return rect[0] <= point[0] <= rect[2] and rect[1] <= point[1] <= rect[3]


def _overlaps(a: _Rect, b: _Rect) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _plumber_to_user(page: pdfplumber.page.Page, obj: dict) -> _Rect:
    """A pdfplumber object's bbox in PDF default user space.

    pdfminer applies the page's /Rotate and moves the mediabox origin to 0,0
    (its device space D); pdfplumber then adds the (rotated) mediabox x origin
    to x. Undo both, exactly as pdfminer's ``process_page`` built them.
    """
    mx0, my0, mx1, my1 = (float(v) for v in page.page_obj.mediabox)
    rot = int(page.page_obj.rotate) % 360
    dx0 = float(obj["x0"]) - float(page.mediabox[0])
    dx1 = float(obj["x1"]) - float(page.mediabox[0])
    dy0, dy1 = float(obj["y0"]), float(obj["y1"])
    pts = [(dx0, dy0), (dx1, dy1)]
    if rot == 90:
        us = [(mx1 - dy, dx + my0) for dx, dy in pts]
    elif rot == 180:
        us = [(mx1 - dx, my1 - dy) for dx, dy in pts]
    elif rot == 270:
        us = [(dy + mx0, my1 - dx) for dx, dy in pts]
    else:
        us = [(dx + mx0, dy + my0) for dx, dy in pts]
    xs, ys = [u[0] for u in us], [u[1] for u in us]
    return (min(xs), min(ys), max(xs), max(ys))


# --------------------------------------------------------------------------
# reading a PDF with each engine
# --------------------------------------------------------------------------


class _Plumber:
    """pdfplumber's view of a PDF: text, characters and words in user space."""

    def __init__(self, data: bytes) -> None:
        try:
            self._pdf = pdfplumber.open(io.BytesIO(data))
            self.pages = list(self._pdf.pages)
        except Exception as exc:
            raise _Unreadable(f"pdfplumber cannot read it ({type(exc).__name__})") from exc
        self._chars: dict[int, list[tuple[dict, _Rect]]] = {}

    def close(self) -> None:
        self._pdf.close()

    def text(self) -> str:
        """The text in reading order (pdfplumber's layout of the characters)."""
        return "\n".join(p.extract_text() or "" for p in self.pages)

    def flow_text(self) -> str:
        """The text in content-stream order.

        A label drawn over living text interleaves with it in the layout
        order ("P5i.e1t..."); in stream order the two stay apart.
        """
        out: list[str] = []
        for i in range(len(self.pages)):
            prev: dict | None = None
            for c, _ in self.chars(i):
                if prev is not None:
                    size = float(prev.get("size") or 10)
                    if abs(float(c["y0"]) - float(prev["y0"])) > size / 2:
                        out.append("\n")
                    elif abs(float(c["x0"]) - float(prev["x1"])) > size / 5:
                        out.append(" ")
                out.append(str(c["text"]))
                prev = c
            out.append("\n")
        return "".join(out)

    def chars(self, i: int) -> list[tuple[dict, _Rect]]:
        if i not in self._chars:
            page = self.pages[i]
            self._chars[i] = [(c, _plumber_to_user(page, c)) for c in page.chars]
        return self._chars[i]

    def words_avoiding(self, i: int, regions: Sequence[_Rect]) -> Counter[str]:
        """Words built from the page's characters that touch none of ``regions``."""
        page = self.pages[i]
        rect_of = {id(c): r for c, r in self.chars(i)}

        def keep(obj: dict) -> bool:
            if obj.get("object_type") != "char":
                return False
            rect = rect_of.get(id(obj)) or _plumber_to_user(page, obj)
            return not any(_overlaps(rect, reg) for reg in regions)

        words = page.filter(keep).extract_words(keep_blank_chars=False)
        return Counter(_norm(w["text"]) for w in words if _norm(w["text"]))


class _Pdfium:
    """PDFium's view of a PDF: text, characters (user space) and renders."""

    def __init__(self, data: bytes) -> None:
        try:
            self.doc = pdfium.PdfDocument(data)
            self.n_pages = len(self.doc)
        except Exception as exc:
            raise _Unreadable(f"pdfium cannot read it ({type(exc).__name__})") from exc
        self._texts: dict[int, tuple[str, list[_Char]]] = {}

    def close(self) -> None:
        self.doc.close()

    def _page(self, i: int) -> tuple[str, list[_Char]]:
        if i not in self._texts:
            page = self.doc[i]
            tp = page.get_textpage()
            n = tp.count_chars()
            text = tp.get_text_range() if n else ""
            chars = []
            for k in range(n):
                code = pdfium_c.FPDFText_GetUnicode(tp, k)
                if code == 0 or pdfium_c.FPDFText_IsGenerated(tp, k) == 1:
                    continue
                ch = chr(code)
                if ch.isspace():
                    continue
                left, bottom, right, top = tp.get_charbox(k)
                chars.append(_Char(ch, (left, bottom, right, top)))
            self._texts[i] = (text, chars)
            tp.close()
            page.close()
        return self._texts[i]

    def text(self) -> str:
        return "\n".join(self._page(i)[0] for i in range(self.n_pages))

    def chars(self, i: int) -> list[_Char]:
        return self._page(i)[1]

    def render(self, i: int) -> tuple[np.ndarray, _Rect]:
        """The page rendered unrotated at :data:`SCALE`, and its crop box."""
        page = self.doc[i]
        page.set_rotation(0)  # in memory only: pixels then follow user space
        crop = [float(v) for v in page.get_cropbox()]
        bitmap = page.render(scale=SCALE, draw_annots=False, may_draw_forms=False)
        arr = bitmap.to_numpy().astype(np.int16)
        page.close()
        if arr.ndim == 2:
            arr = arr[:, :, None]
        return arr[:, :, :3], (crop[0], crop[1], crop[2], crop[3])


def _pdftotext(data: bytes) -> str:
    exe = shutil.which("pdftotext")
    if exe is None:
        raise FileNotFoundError("pdftotext not found: install poppler-utils (apt-get install poppler-utils)")
    with tempfile.TemporaryDirectory(prefix="woo_prove_") as tmp:
        src = Path(tmp) / "in.pdf"
        src.write_bytes(data)
        proc = subprocess.run(
            [exe, "-q", "-enc", "UTF-8", str(src), "-"],
            capture_output=True,
            timeout=120,
            check=False,
        )
    if proc.returncode != 0:
        raise _Unreadable(f"pdftotext failed with exit code {proc.returncode}")
    return proc.stdout.decode("utf-8", errors="replace")


def extract_texts(data: bytes) -> dict[str, str]:
    """The full text of a PDF by each engine: pdfplumber, pdfium, pdftotext.

    Raises ``FileNotFoundError`` when poppler's ``pdftotext`` is missing.
    """
    plumber = _Plumber(data)
    try:
        t_plumber = plumber.text()
    finally:
        plumber.close()
    pdfm = _Pdfium(data)
    try:
        t_pdfium = pdfm.text()
    finally:
        pdfm.close()
    return {"pdfplumber": t_plumber, "pdfium": t_pdfium, "pdftotext": _pdftotext(data)}


# --------------------------------------------------------------------------
# raw channels with pikepdf
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class _Channels:
    """Text of a PDF outside its page text, as pikepdf sees the file."""

    streams: tuple[str, ...]  # decoded content-like streams, Latin-1 and UTF-16BE
    strings: tuple[tuple[str, str], ...]  # (where, text): object strings, XMP, files
    raw: str  # the file's bytes outside stream payloads, as Latin-1
    # every text here is already normalised with _norm


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
    return [_norm(t) for t in texts] if normalise else texts


def _string_text(obj: pikepdf.Object) -> str:
    if isinstance(obj, pikepdf.Name):
        return str(obj)[1:]
    try:
        return str(obj)
    except (UnicodeDecodeError, ValueError):
        return bytes(obj).decode("latin-1")


def _walk_strings(obj: pikepdf.Object, where: str, out: list[tuple[str, str]]) -> None:
    """Collect strings and names inside one object, not following references."""
    stack: list[tuple[pikepdf.Object, str, int]] = [(obj, where, 0)]
    while stack:
        o, w, depth = stack.pop()
        if depth > 100:
            continue
        if isinstance(o, (pikepdf.Dictionary, pikepdf.Stream)):
            for k in o.keys():  # noqa: SIM118 - pikepdf keys() on streams too
                out.append((w, _norm(k[1:])))
                v = o.get(k)
                if isinstance(v, pikepdf.Object) and v.is_indirect:
                    continue
                stack.append((v, k, depth + 1))
        elif isinstance(o, pikepdf.Array):
            for v in o:
                if isinstance(v, pikepdf.Object) and v.is_indirect:
                    continue
                stack.append((v, w, depth + 1))
        elif isinstance(o, (pikepdf.String, pikepdf.Name)):
            text = _string_text(o)
            if _textual(text):
                out.append((w, _norm(text)))


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


def _classify_streams(pdf: pikepdf.Pdf) -> tuple[set[tuple[int, int]], set[tuple[int, int]]]:
    """Objgens of content streams, and of streams that hold no text at all.

    Content streams (page contents, form XObjects, Type 3 glyph procedures)
    are searched through their string operands only, so that operators such
    as ``re`` or ``TD`` do not count as a paraph. Font programs, CMaps, ICC
    profiles and images carry no searchable text and are skipped.
    """
    content: set[tuple[int, int]] = set()
    skip: set[tuple[int, int]] = set()

    def add(target: set[tuple[int, int]], ref: object) -> None:
        if isinstance(ref, pikepdf.Stream) and ref.is_indirect:
            target.add(ref.objgen)

    for page in pdf.pages:
        contents = page.obj.get("/Contents")
        for ref in contents if isinstance(contents, pikepdf.Array) else [contents]:
            add(content, ref)
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
                    add(content, o)
                elif subtype == pikepdf.Name.Image or (kind is not None and str(kind) in _BINARY_TYPES):
                    add(skip, o)
                elif "/Length1" in o or "/Length2" in o:
                    add(skip, o)  # an embedded font program
            for key in _FONT_DATA_KEYS:
                add(skip, o.get(key))
            procs = o.get("/CharProcs")
            if isinstance(procs, pikepdf.Dictionary):
                for ref in procs.values():
                    add(content, ref)
    return content, skip - content


def _operand_strings(stream: pikepdf.Stream) -> list[str] | None:
    """The text of a content stream's string operands, one item per operator.

    Shown strings (Tj, TJ, ', ") are read as single bytes (Latin-1): that is
    how simple fonts encode text, and the glyph ids of two-byte fonts then
    stay apart instead of spelling random words. TJ arrays are joined, with a
    space where the kerning is a word gap. Property lists (BDC, DP) are read
    as PDF text strings, so /ActualText in UTF-16 is found. None when the
    stream does not parse.
    """
    try:
        instructions = pikepdf.parse_content_stream(stream)
    except Exception:  # noqa: BLE001
        return None
    parts: list[str] = []
    for ins in instructions:
        operands = getattr(ins, "operands", None)
        if not operands:
            continue
        op = str(ins.operator)
        if op == "TJ" and isinstance(operands[0], pikepdf.Array):
            buf = b""
            for el in operands[0]:
                if isinstance(el, pikepdf.String):
                    buf += bytes(el)
                    continue
                try:
                    if float(el) < -200:
                        buf += b" "
                except (TypeError, ValueError):
                    pass
            parts.append(buf.decode("latin-1"))
        elif op in ("Tj", "'", '"') and isinstance(operands[-1], pikepdf.String):
            parts.append(bytes(operands[-1]).decode("latin-1"))
        elif op in ("BDC", "DP") and isinstance(operands[-1], pikepdf.Dictionary):
            parts.extend(_string_text(v) for v in operands[-1].values() if isinstance(v, pikepdf.String))
    return parts


# control characters, replacement characters, surrogates and private use:
# a text with many of them is binary data read as text
_NON_TEXT = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffd\ud800-\uf8ff]")
MAX_NON_TEXT = 0.05


def _textual(text: str) -> bool:
    """Whether a decoded string looks like text rather than binary data.

    Binary data (compressed bytes, identifiers, glyph ids) read as text
    spells short words by chance; a two-letter paraph would then be "found".
    """
    if not text:
        return False
    return len(_NON_TEXT.findall(text)) <= MAX_NON_TEXT * len(text)


_STREAM_PAYLOAD = re.compile(rb"stream\r?\n.*?endstream", re.DOTALL)


def _channels(data: bytes) -> _Channels:
    try:
        pdf = pikepdf.open(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001
        raise _Unreadable(f"pikepdf cannot open it ({type(exc).__name__})") from exc
    streams: list[str] = []
    strings: list[tuple[str, str]] = []
    with pdf:
        content, skip = _classify_streams(pdf)
        _walk_strings(pdf.trailer, "trailer", strings)
        for obj in pdf.objects:
            if not isinstance(obj, (pikepdf.Dictionary, pikepdf.Stream, pikepdf.Array)):
                if isinstance(obj, (pikepdf.String, pikepdf.Name)) and _textual(_string_text(obj)):
                    strings.append(("object", _norm(_string_text(obj))))
                continue
            _walk_strings(obj, f"object {obj.objgen[0]}", strings)
            if not isinstance(obj, pikepdf.Stream) or obj.objgen in skip:
                continue
            if obj.objgen in content:
                parts = _operand_strings(obj)
                if parts is not None:
                    streams.append(_norm(" ".join(p for p in parts if _textual(p))))
                    continue
            try:
                payload = obj.read_bytes()
            except Exception:  # noqa: BLE001 - undecodable filter: search it raw
                payload = obj.read_raw_bytes()
            if str(obj.get("/Type", "")) in _DOC_STREAM_TYPES:
                label = "XMP" if obj.get("/Type") == "/Metadata" else "embedded file"
                text = _norm(payload.decode("utf-8", errors="replace"))
                strings.extend((label, t) for t in [text, *_decode_variants(payload)] if _textual(t))
            else:
                streams.extend(t for t in _decode_variants(payload) if _textual(t))
    # the file outside stream payloads: object syntax, and anything not in the xref
    syntax = _STREAM_PAYLOAD.sub(b"stream endstream", data)
    return _Channels(tuple(streams), tuple(strings), _norm(syntax.decode("latin-1")))


# --------------------------------------------------------------------------
# the checks
# --------------------------------------------------------------------------


def _structure(original: bytes, output: bytes, appended_pages: int, findings: Sequence[Finding]) -> Check:
    problems = []
    n_eof = output.count(b"%%EOF")
    if n_eof != 1:
        problems.append(f"{n_eof} %%EOF markers (expected exactly 1: no incremental update)")
    try:
        with pikepdf.open(io.BytesIO(output)) as pdf:
            n_out = len(pdf.pages)
        with pikepdf.open(io.BytesIO(original)) as pdf:
            n_orig = len(pdf.pages)
    except Exception as exc:  # noqa: BLE001
        return Check("structure", False, f"not a valid PDF ({type(exc).__name__})")
    if n_out != n_orig + appended_pages:
        problems.append(f"{n_out} pages, expected {n_orig} + {appended_pages} appended")
    stray = sorted({f.id for f in findings for b in f.boxes if b.page >= n_orig})
    if stray:
        problems.append(f"boxes on pages the original does not have: {', '.join(stray)}")
    if problems:
        return Check("structure", False, "; ".join(problems))
    return Check("structure", True, f"valid PDF, one %%EOF, {n_out} pages")


def _label_only(chars: Sequence[str]) -> bool:
    """Characters that together spell only ground codes, like ``5.1.2e``."""
    compact = "".join(c for c in chars if not c.isspace())
    return bool(_LABEL.fullmatch(compact))


def _glyph_check(
    engine: str,
    n_pages: int,
    boxes: Sequence[tuple[Finding, Box]],
    chars_of: Callable[[int], Sequence[_Char]],
) -> Check:
    name = f"no_glyph_in_box[{engine}]"
    bad: list[str] = []
    total = 0
    for f, box in boxes:
        if box.page >= n_pages:
            continue
        rect = _shrink(box, SHRINK_PT)
        inside = [c for c in chars_of(box.page) if _inside(c.centre, rect)]
        inside = [c for c in inside if not c.text.isspace()]
        if inside and not _label_only([c.text for c in inside]):
            total += len(inside)
            bad.append(f"{f.id} p. {box.page + 1}: {len(inside)} glyph(s)")
    if bad:
        return Check(name, False, f"{total} glyph(s) inside boxes: " + "; ".join(bad[:20]))
    return Check(name, True, f"no glyph inside {len(boxes)} box(es)")


def _leak_check(
    name: str,
    secrets: Sequence[_Secret],
    original: Sequence[tuple[str, Sequence[Sequence[str]]]],
    output: Sequence[tuple[str, Sequence[str]]],
) -> Check:
    """Compare occurrence counts per sub-channel: output <= original - redacted.

    For each sub-channel the original gives one or more alternative corpora
    (e.g. the raw file bytes, or the decoded streams and strings that the raw
    bytes may show uncompressed); its count is the largest of theirs.
    """
    bad = []
    for s in secrets:
        for (label, alternatives), (_, out_texts) in zip(original, output, strict=True):
            found = _count(s.pattern, out_texts)
            if not found:
                continue
            orig = max(_count(s.pattern, texts) for texts in alternatives)
            allowed = max(0, orig - s.redacted)
            if found > allowed:
                bad.append(f"{s.refs}: {found} occurrence(s) in {label}, at most {allowed} allowed")
    if bad:
        return Check(name, False, "; ".join(bad[:20]))
    return Check(name, True, f"{len(secrets)} redacted string(s) not recoverable")


def _metadata_check(secrets: Sequence[_Secret], original: _Channels, output: _Channels) -> Check:
    name = "no_metadata_leak"
    orig_texts = [t for _, t in original.strings]
    bad = []
    for s in secrets:
        hits = [(w, t) for w, t in output.strings if s.pattern.search(t)]
        if not hits:
            continue
        found = _count(s.pattern, [t for _, t in hits])
        allowed = max(0, _count(s.pattern, orig_texts) - s.redacted)
        if found > allowed:
            where = ", ".join(sorted({w for w, _ in hits}))[:200]
            bad.append(f"{s.refs}: {found} occurrence(s) in {where}, at most {allowed} allowed")
    if bad:
        return Check(name, False, "; ".join(bad[:20]))
    return Check(name, True, "no redacted string in metadata, outline, annotations or structure")


def _text_survives(
    orig: _Plumber,
    out: _Plumber,
    n_pages: int,
    regions_of: Callable[[int], list[_Rect]],
    rasterized: set[int],
) -> Check:
    name = "text_outside_survives"
    missing_by_page = []
    total = required = 0
    for i in range(n_pages):
        if i in rasterized or i >= len(out.pages):
            continue
        regions = regions_of(i)
        want = orig.words_avoiding(i, regions)
        got = out.words_avoiding(i, regions)
        required += sum(want.values())
        missing = sum((want - got).values())
        if missing:
            total += missing
            missing_by_page.append(f"p. {i + 1}: {missing}")
    if total:
        return Check(
            name,
            False,
            f"{total} of {required} words outside the boxes are missing (" + ", ".join(missing_by_page) + ")",
        )
    return Check(name, True, f"all {required} words outside the boxes survive")


def _pixel_rect(rect: _Rect, crop: _Rect, shape: tuple[int, ...], pad: int) -> tuple[int, int, int, int]:
    """Pixel rows/cols (r0, r1, c0, c1) of a user-space rect, padded by ``pad``."""
    h, w = shape[0], shape[1]
    c0 = math.floor((rect[0] - crop[0]) * SCALE) - pad
    c1 = math.ceil((rect[2] - crop[0]) * SCALE) + pad
    r0 = math.floor((crop[3] - rect[3]) * SCALE) - pad
    r1 = math.ceil((crop[3] - rect[1]) * SCALE) + pad
    return max(r0, 0), min(r1, h), max(c0, 0), min(c1, w)


def _tile_sums(values: np.ndarray) -> np.ndarray:
    """Sums of ``values`` over TILE x TILE areas of the page."""
    h, w = values.shape
    padded = np.pad(values, ((0, -h % TILE), (0, -w % TILE)))
    return padded.reshape(padded.shape[0] // TILE, TILE, padded.shape[1] // TILE, TILE).sum(axis=(1, 3))


def _max_ink_change(a: np.ndarray, b: np.ndarray, mask: np.ndarray) -> float:
    """The largest change of ink in any tile, in units of one black pixel."""
    ink_a = _tile_sums((255 - a.mean(axis=2)) * mask)
    ink_b = _tile_sums((255 - b.mean(axis=2)) * mask)
    return float(np.abs(ink_a - ink_b).max()) / 255 if ink_a.size else 0.0


def _pixel_checks(
    orig: _Pdfium,
    out: _Pdfium,
    n_pages: int,
    boxes: Sequence[tuple[Finding, Box]],
    changed: Sequence[Box],
    rasterized: set[int],
) -> tuple[Check, Check]:
    diff_bad: list[str] = []
    dark_bad: list[str] = []
    pages = sorted({b.page for _, b in boxes if b.page < n_pages} | set(range(n_pages)))
    for i in pages:
        if i >= out.n_pages:
            continue
        a, crop_a = orig.render(i)
        b, crop_b = out.render(i)
        if a.shape != b.shape or any(abs(p - q) > 0.01 for p, q in zip(crop_a, crop_b, strict=True)):
            diff_bad.append(f"p. {i + 1}: page size changed")
            continue
        mask = np.ones(a.shape[:2], dtype=bool)
        page_boxes = [bx for _, bx in boxes if bx.page == i] + [c for c in changed if c.page == i]
        for bx in page_boxes:
            r0, r1, c0, c1 = _pixel_rect((bx.x0, bx.y0, bx.x1, bx.y1), crop_a, a.shape, DILATE_PX)
            mask[r0:r1, c0:c1] = False
        full = np.abs(a - b).max(axis=2)
        diff = full[mask]
        if diff.size:
            if i in rasterized:
                mean = float(diff.mean())
                big = float((diff > RASTER_BIG_DIFF).mean())
                if mean > RASTER_MEAN_TOLERANCE or big > RASTER_BIG_FRACTION:
                    diff_bad.append(
                        f"p. {i + 1} (rasterized): mean difference {mean:.1f}, {big:.2%} of pixels differ strongly"
                    )
            else:
                frac = float((diff > PIXEL_TOLERANCE).mean())
                local = _max_ink_change(a, b, mask)
                if frac >= MAX_DIFF_FRACTION:
                    diff_bad.append(f"p. {i + 1}: {frac:.2%} of pixels outside the boxes differ")
                elif local > MAX_TILE_INK:
                    diff_bad.append(
                        f"p. {i + 1}: a mark appeared or vanished outside the boxes "
                        f"({local:.0f} pixels of ink in a {TILE}x{TILE} area)"
                    )
        for f, bx in boxes:
            if bx.page != i:
                continue
            r0, r1, c0, c1 = _pixel_rect((bx.x0, bx.y0, bx.x1, bx.y1), crop_b, b.shape, -1)
            if r1 <= r0 or c1 <= c0:
                continue  # smaller than two pixels at this resolution
            region = b[r0:r1, c0:c1]
            dark = float((region.max(axis=2) < DARK_LEVEL).mean())
            if dark < MIN_DARK_FRACTION:
                dark_bad.append(f"{f.id} p. {i + 1}: only {dark:.0%} dark")
    diff_check = (
        Check("pixels_outside_unchanged", False, "; ".join(diff_bad[:20]))
        if diff_bad
        else Check(
            "pixels_outside_unchanged",
            True,
            f"{len(pages)} page(s) render alike outside the boxes",
        )
    )
    dark_check = (
        Check("boxes_black", False, "; ".join(dark_bad[:20]))
        if dark_bad
        else Check("boxes_black", True, f"{len(boxes)} box(es) render black")
    )
    return diff_check, dark_check


def _failed(names: Iterable[str], detail: str) -> list[Check]:
    return [Check(n, False, detail) for n in names]


def prove(
    original: bytes,
    output: bytes,
    findings: Sequence[Finding],
    *,
    changed_areas: Sequence[Box] = (),
    rasterized_pages: Sequence[int] = (),
    appended_pages: int = 0,
) -> Proof:
    """Verify ``output`` against ``original`` for the redacted ``findings``.

    ``findings`` are the redacted findings, their boxes in PDF default user
    space (0-based pages). ``changed_areas`` are other regions the tool
    legitimately changed (e.g. a motivation text), ``rasterized_pages`` pages
    replaced by images, ``appended_pages`` pages added at the end. Returns a
    :class:`Proof` whose checks say what passed and what did not; details never
    contain the redacted text.
    """
    checks: list[Check] = []
    boxes = [(f, b) for f in findings for b in f.boxes]
    secrets = _secrets(findings)
    rasterized = set(rasterized_pages)
    checks.append(_structure(original, output, appended_pages, findings))

    readers: list[_Plumber | _Pdfium] = []
    try:
        try:
            p_orig = _Plumber(original)
            readers.append(p_orig)
            d_orig = _Pdfium(original)
            readers.append(d_orig)
        except _Unreadable as exc:
            checks.extend(_failed(["original"], f"original unreadable: {exc}"))
            return Proof(tuple(checks))
        n_pages = len(p_orig.pages)
        try:
            p_out = _Plumber(output)
            readers.append(p_out)
            d_out = _Pdfium(output)
            readers.append(d_out)
            ch_orig, ch_out = _channels(original), _channels(output)
        except _Unreadable as exc:
            checks.extend(_failed(["readable"], f"output unreadable: {exc}"))
            return Proof(tuple(checks))

        # 1. glyphs inside boxes
        def plumber_chars(i: int) -> list[_Char]:
            if i >= len(p_out.pages):
                return []
            return [_Char(c["text"], r) for c, r in p_out.chars(i)]

        checks.append(_glyph_check("pdfplumber", n_pages, boxes, plumber_chars))
        checks.append(
            _glyph_check(
                "pdfium",
                n_pages,
                boxes,
                lambda i: d_out.chars(i) if i < d_out.n_pages else [],
            )
        )

        # 2. recoverable strings in text, streams, metadata
        texts_orig = {
            "pdfplumber": [_norm(p_orig.text()), _norm(p_orig.flow_text())],
            "pdfium": [_norm(d_orig.text())],
        }
        texts_out = {
            "pdfplumber": [_norm(p_out.text()), _norm(p_out.flow_text())],
            "pdfium": [_norm(d_out.text())],
        }
        try:
            texts_orig["pdftotext"] = [_norm(_pdftotext(original))]
            texts_out["pdftotext"] = [_norm(_pdftotext(output))]
        except (FileNotFoundError, _Unreadable) as exc:
            checks.append(Check("no_text_leak[pdftotext]", False, str(exc)))
        for engine in ENGINES:
            if engine in texts_out:
                checks.append(
                    _leak_check(
                        f"no_text_leak[{engine}]",
                        secrets,
                        [
                            (f"{engine} text ({how})", [[t]])
                            for how, t in zip(_ORDERS, texts_orig[engine], strict=False)
                        ],
                        [(f"{engine} text ({how})", [t]) for how, t in zip(_ORDERS, texts_out[engine], strict=False)],
                    )
                )
        checks.append(
            _leak_check(
                "no_stream_leak",
                secrets,
                [
                    ("decoded streams", [ch_orig.streams]),
                    (
                        "file bytes",
                        [
                            [ch_orig.raw],
                            [*ch_orig.streams, *(t for _, t in ch_orig.strings)],
                        ],
                    ),
                ],
                [("decoded streams", ch_out.streams), ("file bytes", [ch_out.raw])],
            )
        )
        checks.append(_metadata_check(secrets, ch_orig, ch_out))

        # 3. text outside the boxes survives
        def regions_of(i: int) -> list[_Rect]:
            rects = [b for _, b in boxes if b.page == i] + [c for c in changed_areas if c.page == i]
            return [_shrink(b, SHRINK_PT) for b in rects]

        checks.append(_text_survives(p_orig, p_out, n_pages, regions_of, rasterized))

        # 4. pixels
        checks.extend(_pixel_checks(d_orig, d_out, n_pages, boxes, changed_areas, rasterized))
    finally:
        for r in readers:
            r.close()
    return Proof(tuple(checks))
