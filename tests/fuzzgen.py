"""Malformed PDFs for the fault campaign (``make fuzz``) and its regression tests.

Two families:

- **mutations** of a seed file (the sample notes, reportlab notes, the hand-built
  note below): truncation, bit flips, overwritten or deleted byte runs, a broken
  cross-reference table or ``startxref``, garbage inside a stream;
- **structures** built object by object (:func:`build`), so that exactly one thing
  is wrong: looping or lying page trees, bad font dictionaries, broken filters,
  huge or negative page boxes, encryption, zero pages, self-drawing forms,
  nesting and decompression bombs, outline loops, and non-PDF bytes with a
  ``.pdf`` name.

Every case is deterministic for its seed. Each hand-built note contains a
person's name, so a written output can be checked for a name that stayed.
"""

from __future__ import annotations

import io
import random
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pikepdf

NAME = "Sanne Visser"
NOTE_LINES = (
    "Aanleiding",
    f"Mevrouw {NAME} heeft met minister Verhoeven overlegd over de Woo.",
    "Zij is bereikbaar op 06-12345678 en via s.visser@minbzk.nl.",
    "Het Programma Versterking Woo loopt in Gemeente Leeuwarden.",
)

Body = bytes | tuple[bytes, bytes]  # an object, or (stream dictionary entries, stream data)


@dataclass(frozen=True)
class Case:
    """One malformed input: its file name, kind and what is wrong with it."""

    name: str
    kind: str
    detail: str
    data: bytes


def build(
    objects: dict[int, Body],
    root: int = 1,
    trailer: bytes = b"",
    header: bytes = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n",
    length: Callable[[int], int] | None = None,
) -> bytes:
    """A PDF with the given objects and a correct cross-reference table.

    A stream body is ``(dictionary entries, data)``; its ``/Length`` is the data's
    length unless ``length`` says otherwise.
    """
    out = bytearray(header)
    offsets: dict[int, int] = {}
    for num in sorted(objects):
        offsets[num] = len(out)
        body = objects[num]
        if isinstance(body, tuple):
            entries, data = body
            n = length(len(data)) if length else len(data)
            out += b"%d 0 obj\n<< %s /Length %d >>\nstream\n" % (num, entries, n)
            out += data + b"\nendstream\nendobj\n"
        else:
            out += b"%d 0 obj\n" % num + body + b"\nendobj\n"
    size = max(objects) + 1
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for n in range(1, size):
        out += b"%010d 00000 n \n" % offsets[n] if n in offsets else b"0000000000 65535 f \n"
    out += b"trailer\n<< /Size %d /Root %d 0 R %s >>\nstartxref\n%d\n%%%%EOF\n" % (size, root, trailer, xref)
    return bytes(out)


def note_content(font: bytes = b"/F1", lines: Sequence[str] = NOTE_LINES) -> bytes:
    """A content stream that writes the note's lines in ``font``."""
    ops = [b"BT", font + b" 10 Tf", b"14 TL", b"72 780 Td"]
    for line in lines:
        ops.append(b"(" + line.encode("latin-1") + b") Tj T*")
    ops.append(b"ET")
    return b"\n".join(ops)


def note_objects(page_extra: bytes = b"", font: bytes | None = None) -> dict[int, Body]:
    """A valid one-page note: catalog 1, pages 2, page 3, font 4, content 5."""
    return {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R " + page_extra + b">>",
        4: font or b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        5: (b"", note_content()),
    }


def note() -> bytes:
    """The valid hand-built note (a seed for mutations)."""
    return build(note_objects())


def reportlab_note(lines: Sequence[str] = NOTE_LINES, pages: int = 1) -> bytes:
    """A note written by reportlab (compressed streams, its own font and xref style)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setAuthor(NAME)
    for _ in range(pages):
        y = 780.0
        for line in lines:
            c.setFont("Helvetica", 10)
            c.drawString(72, y, line)
            y -= 16
        c.showPage()
    c.save()
    return buf.getvalue()


# --- byte mutations of a seed file ---------------------------------------------------


def _truncate(data: bytes, rng: random.Random) -> tuple[bytes, str]:
    cut = int(len(data) * rng.uniform(0.02, 0.995))
    return data[:cut], f"truncated at byte {cut} of {len(data)}"


def _bitflip(data: bytes, rng: random.Random) -> tuple[bytes, str]:
    buf = bytearray(data)
    k = rng.choice((1, 2, 4, 16, 64))
    for _ in range(k):
        i = rng.randrange(len(buf))
        buf[i] ^= 1 << rng.randrange(8)
    return bytes(buf), f"{k} bit(s) flipped"


def _overwrite(data: bytes, rng: random.Random) -> tuple[bytes, str]:
    buf = bytearray(data)
    n = rng.randint(1, 512)
    i = rng.randrange(max(1, len(buf) - n))
    buf[i : i + n] = rng.randbytes(n)
    return bytes(buf), f"{n} bytes overwritten at {i}"


def _delete(data: bytes, rng: random.Random) -> tuple[bytes, str]:
    n = rng.randint(1, 2048)
    i = rng.randrange(max(1, len(data) - n))
    return data[:i] + data[i + n :], f"{n} bytes deleted at {i}"


def _duplicate(data: bytes, rng: random.Random) -> tuple[bytes, str]:
    n = rng.randint(1, 4096)
    i = rng.randrange(max(1, len(data) - n))
    j = rng.randrange(len(data))
    return data[:j] + data[i : i + n] + data[j:], f"{n} bytes from {i} copied to {j}"


def _xref(data: bytes, rng: random.Random) -> tuple[bytes, str]:
    choice = rng.randrange(4)
    pos = data.rfind(b"startxref")
    if choice == 0 and pos >= 0:  # startxref points elsewhere
        end = data.find(b"%%EOF", pos)
        return data[:pos] + b"startxref\n%d\n" % rng.randrange(len(data) * 2) + data[end:], "startxref points elsewhere"
    if choice == 1:  # every xref offset shifted
        start = data.rfind(b"\nxref")
        if start >= 0:
            buf = bytearray(data)
            for i in range(start, min(len(buf), start + 20 * 200)):
                if 0x30 <= buf[i] <= 0x39 and rng.random() < 0.3:
                    buf[i] = rng.randrange(0x30, 0x3A)
            return bytes(buf), "xref offsets scrambled"
    if choice == 2:  # no xref keyword, no trailer
        return data.replace(b"xref", b"xxxx").replace(b"trailer", b"tttttt"), "xref and trailer keywords removed"
    return data.replace(b"/Root", b"/Roox"), "trailer without /Root"


def _stream_garbage(data: bytes, rng: random.Random) -> tuple[bytes, str]:
    starts = [i for i in range(len(data)) if data.startswith(b"stream", i) and not data.startswith(b"endstream", i - 3)]
    if not starts:
        return _overwrite(data, rng)
    s = rng.choice(starts) + len(b"stream\n")
    e = data.find(b"endstream", s)
    if e < 0:
        return _overwrite(data, rng)
    garbage = rng.randbytes(max(1, e - s))
    return data[:s] + garbage + data[e:], f"stream at {s} filled with random bytes"


MUTATIONS: dict[str, Callable[[bytes, random.Random], tuple[bytes, str]]] = {
    "truncated": _truncate,
    "bitflip": _bitflip,
    "overwrite": _overwrite,
    "delete": _delete,
    "duplicate": _duplicate,
    "xref": _xref,
    "stream-garbage": _stream_garbage,
}


# --- structures ----------------------------------------------------------------------


def _with(objects: dict[int, Body], **changes: Body) -> dict[int, Body]:
    out = dict(objects)
    for key, value in changes.items():
        out[int(key.lstrip("o"))] = value
    return out


def _page(
    extra: bytes = b"", resources: bytes = b"<< /Font << /F1 4 0 R >> >>", box: bytes = b"[0 0 595 842]"
) -> bytes:
    return (
        b"<< /Type /Page /Parent 2 0 R /MediaBox "
        + box
        + b" /Resources "
        + resources
        + b" /Contents 5 0 R "
        + extra
        + b">>"
    )


def _encrypted(user: str, owner: str, aes: bool) -> bytes:
    src = pikepdf.open(io.BytesIO(note()))
    buf = io.BytesIO()
    enc = pikepdf.Encryption(user=user, owner=owner, R=6 if aes else 4, aes=aes, metadata=aes)
    src.save(buf, encryption=enc)
    return buf.getvalue()


def _many_pages(n: int) -> bytes:
    """``n`` pages; the first holds the note, the others one line (built object by object: pikepdf's page
    list takes tens of seconds to append 10,000 pages)."""
    resources = b"/Resources << /Font << /F1 4 0 R >> >>"
    objects: dict[int, Body] = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % (10 + i) for i in range(n)) + b"] /Count %d >>" % n,
        4: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        5: (b"", note_content()),
        6: (b"", b"BT /F1 10 Tf 72 780 Td (Bijlage bij de nota) Tj ET"),
    }
    for i in range(n):
        contents = b"6 0 R" if i else b"5 0 R"
        objects[10 + i] = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] %s /Contents %s >>" % (
            resources,
            contents,
        )
    return build(objects)


def _outline_loop() -> bytes:
    objs = note_objects()
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R /Outlines 6 0 R >>"
    objs[6] = b"<< /Type /Outlines /First 7 0 R /Last 8 0 R /Count 2 >>"
    objs[7] = b"<< /Title (Sanne Visser) /Parent 6 0 R /Next 8 0 R /Dest [3 0 R /Fit] >>"
    objs[8] = b"<< /Title (Bijlage) /Parent 6 0 R /Prev 7 0 R /Next 7 0 R /First 7 0 R /Dest [3 0 R /Fit] >>"
    return build(objs)


def _nested(depth: int, open_: bytes, close: bytes) -> bytes:
    return open_ * depth + close * depth


def _form_chain(depth: int, loop: bool) -> bytes:
    """Page draws form 10, form k draws form k+1; with ``loop`` the last draws the first."""
    objs = note_objects()
    objs[3] = _page(resources=b"<< /Font << /F1 4 0 R >> /XObject << /X 10 0 R >> >>")
    objs[5] = (b"", note_content() + b"\nq /X Do Q")
    for k in range(depth):
        target = 10 + k + 1 if k + 1 < depth else (10 if loop else None)
        res = b"/Resources << /Font << /F1 4 0 R >> /XObject << /X %d 0 R >> >>" % target if target else b""
        content = note_content() + (b"\nq /X Do Q" if target else b"")
        objs[10 + k] = (b"/Type /XObject /Subtype /Form /BBox [0 0 595 842] " + res, content)
    return build(objs)


def _type3(loop: bool) -> bytes:
    objs = note_objects()
    proc = b"0 0 d0 q /X Do Q" if loop else b"500 0 0 0 400 700 d1 0 0 400 700 re f"
    objs[4] = (
        b"<< /Type /Font /Subtype /Type3 /FontBBox [0 0 1000 1000] /FontMatrix [0.001 0 0 0.001 0 0] "
        b"/CharProcs << /a 6 0 R >> /Encoding << /Differences [97 /a] >> /FirstChar 97 /LastChar 97 /Widths [500] "
        b"/Resources << /XObject << /X 7 0 R >> /Font << /F1 4 0 R >> >> >>"
    )
    objs[6] = (b"", proc)
    objs[7] = (
        b"/Type /XObject /Subtype /Form /BBox [0 0 1000 1000] /Resources << /Font << /F1 4 0 R >> >>",
        b"BT /F1 1 Tf (a) Tj ET",
    )
    objs[5] = (b"", note_content() + b"\nBT /F1 10 Tf 72 600 Td (aaaa) Tj ET")
    return build(objs)


def _cid_font(tounicode: bytes | None, descendants: bytes) -> bytes:
    objs = note_objects()
    tu = b" /ToUnicode 6 0 R" if tounicode is not None else b""
    objs[4] = (
        b"<< /Type /Font /Subtype /Type0 /BaseFont /Helvetica /Encoding /Identity-H /DescendantFonts "
        + descendants
        + tu
        + b" >>"
    )
    if tounicode is not None:
        objs[6] = (b"", tounicode)
    objs[7] = (
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Helvetica /CIDSystemInfo << /Registry (Adobe) "
        b"/Ordering (Identity) /Supplement 0 >> /DW 500 /W [0 [500 500]] >>"
    )
    text = "".join(f"{ord(ch):04X}" for ch in NOTE_LINES[1]).encode()
    objs[5] = (b"", b"BT /F1 10 Tf 72 780 Td <" + text + b"> Tj ET")
    return build(objs)


CMAP_GARBAGE = (
    b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap "
    b"1 beginbfrange <0000> <FFFF> <0041> endbfrange endcmap"
)
CMAP_HUGE = (
    b"begincmap 1 begincodespacerange <00000000> <FFFFFFFF> endcodespacerange "
    b"1 beginbfrange <00000000> <FFFFFFFF> <0041> endbfrange endcmap"
)


def form_bomb(uses: int = 50, operators: int = 2_000_000) -> bytes:
    """A page that draws one form of ``operators`` path operators ``uses`` times."""
    objs = note_objects()
    objs[3] = _page(resources=b"<< /Font << /F1 4 0 R >> /XObject << /X 6 0 R >> >>")
    objs[5] = (b"", note_content() + b"\n" + b"q /X Do Q\n" * uses)
    objs[6] = (
        b"/Type /XObject /Subtype /Form /BBox [0 0 10 10] /Filter /FlateDecode",
        zlib.compress(b"0 0 m 1 1 l S\n" * operators, 9),
    )
    return build(objs)


def name_tree_loop() -> bytes:
    """The note with a /Dests name tree whose Kids lead back to its root."""
    return build(
        _with(
            note_objects(),
            o1=b"<< /Type /Catalog /Pages 2 0 R /Names << /Dests 6 0 R >> >>",
            o6=b"<< /Kids [7 0 R] >>",
            o7=b"<< /Kids [6 0 R] /Names [(Sanne Visser) [3 0 R /Fit]] >>",
        )
    )


def structures() -> Iterator[tuple[str, str, bytes]]:
    """(kind, detail, bytes) of every hand-built malformed PDF."""
    base = note_objects()
    yield "ok", "a valid hand-built note (control)", note()
    # page trees
    yield (
        "page-tree",
        "Pages lists itself as a kid",
        build(_with(base, o2=b"<< /Type /Pages /Kids [3 0 R 2 0 R] /Count 2 >>")),
    )
    yield (
        "page-tree",
        "a page's Parent is the page itself (inheritance loop)",
        build(_with(base, o3=b"<< /Type /Page /Parent 3 0 R /Contents 5 0 R >>")),
    )
    yield (
        "page-tree",
        "Pages and an intermediate node are each other's parent and kid",
        build(
            _with(
                base,
                o2=b"<< /Type /Pages /Kids [6 0 R] /Count 1 /Parent 6 0 R >>",
                o6=b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 1 /Parent 2 0 R >>",
                o3=b"<< /Type /Page /Parent 6 0 R /Contents 5 0 R >>",
            )
        ),
    )
    yield (
        "page-tree",
        "inherited resources through a Parent chain that loops",
        build(
            _with(
                base,
                o2=b"<< /Type /Pages /Kids [3 0 R] /Count 1 /Parent 6 0 R >>",
                o6=b"<< /Type /Pages /Kids [2 0 R] /Count 1 /Parent 2 0 R >>",
                o3=b"<< /Type /Page /Parent 2 0 R /Contents 5 0 R >>",
            )
        ),
    )
    yield (
        "page-tree",
        "Count says a million pages",
        build(_with(base, o2=b"<< /Type /Pages /Kids [3 0 R] /Count 1000000 >>")),
    )
    yield "page-tree", "Count is negative", build(_with(base, o2=b"<< /Type /Pages /Kids [3 0 R] /Count -3 >>"))
    yield (
        "page-tree",
        "Kids holds null, a number, a font and a missing object",
        build(_with(base, o2=b"<< /Type /Pages /Kids [null 7 4 0 R 3 0 R 99 0 R] /Count 5 >>")),
    )
    yield "page-tree", "Kids is not an array", build(_with(base, o2=b"<< /Type /Pages /Kids 3 0 R /Count 1 >>"))
    yield (
        "page-tree",
        "the same page listed 50 times",
        build(_with(base, o2=b"<< /Type /Pages /Kids [" + b"3 0 R " * 50 + b"] /Count 50 >>")),
    )
    yield "zero-pages", "Kids is empty", build(_with(base, o2=b"<< /Type /Pages /Kids [] /Count 0 >>"))
    yield "zero-pages", "no /Pages in the catalog", build(_with(base, o1=b"<< /Type /Catalog >>"))
    yield "zero-pages", "the catalog is not a dictionary", build(_with(base, o1=b"[1 2 3]"))
    # page boxes and geometry
    for box in (
        b"[0 0 1e9 1e9]",
        b"[0 0 14400 14400]",
        b"[0 0 0 0]",
        b"[0 0 -595 -842]",
        b"[595 842 0 0]",
        b"[-1e30 -1e30 1e30 1e30]",
        b"[0 0 595]",
        b"(box)",
        b"[0 0 595 842 5 6]",
        b"[0 0 1 100000]",
    ):
        yield "page-box", f"MediaBox {box.decode()}", build(_with(base, o3=_page(box=box)))
    for extra in (
        b"/Rotate 45",
        b"/Rotate -810",
        b"/Rotate 1e20",
        b"/UserUnit 75000",
        b"/UserUnit 0",
        b"/CropBox [10000 10000 20000 20000]",
        b"/CropBox [0 0 0 0]",
    ):
        yield "page-box", extra.decode(), build(_with(base, o3=_page(extra=extra)))
    yield (
        "page-box",
        "a text matrix scaled by 1e30",
        build(_with(base, o5=(b"", b"1e30 0 0 1e30 0 0 cm\n" + note_content()))),
    )
    yield (
        "page-box",
        "a degenerate (zero) text matrix",
        build(_with(base, o5=(b"", b"BT /F1 10 Tf 0 0 0 0 72 780 Tm (Sanne Visser) Tj ET\n" + note_content()))),
    )
    # fonts
    bad_fonts = {
        "the font resource is a number": b"42",
        "the font has no Subtype and no BaseFont": b"<< /Type /Font >>",
        "Widths is a string, FirstChar huge": b"<< /Type /Font /Subtype /TrueType /BaseFont /Arial /FirstChar 99999999 "
        b"/LastChar 3 /Widths (abc) >>",
        "an unknown font Subtype": b"<< /Type /Font /Subtype /Type42 /BaseFont /Foo >>",
        "Encoding Differences full of junk": b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding << "
        b"/Differences [ -5 /a 1e9 /b (x) 300 /c ] >> >>",
        "a FontDescriptor whose FontFile2 is missing": b"<< /Type /Font /Subtype /TrueType /BaseFont /Arial "
        b"/FirstChar 32 /LastChar 126 /FontDescriptor << /Type /FontDescriptor /FontName /Arial /Flags 32 "
        b"/FontFile2 99 0 R >> >>",
    }
    for detail, font in bad_fonts.items():
        yield "font", detail, build(_with(base, o4=font))
    yield (
        "font",
        "the font resource points at the content stream",
        build(_with(base, o3=_page(resources=b"<< /Font << /F1 5 0 R >> >>"))),
    )
    yield (
        "font",
        "the font file is random bytes",
        build(
            _with(
                base,
                o4=b"<< /Type /Font /Subtype /TrueType /BaseFont /Arial /FirstChar 32 /LastChar 126 "
                b"/FontDescriptor 6 0 R >>",
                o6=b"<< /Type /FontDescriptor /FontName /Arial /Flags 32 /FontBBox [0 0 1000 1000] /FontFile2 7 0 R >>",
                o7=(b"", random.Random(7).randbytes(3000)),
            )
        ),
    )
    yield "font", "a ToUnicode cmap of garbage", _cid_font(random.Random(3).randbytes(400), b"[7 0 R]")
    yield "font", "a ToUnicode bfrange over all 65,536 codes", _cid_font(CMAP_GARBAGE, b"[7 0 R]")
    yield "font", "a ToUnicode bfrange over 2^32 codes", _cid_font(CMAP_HUGE, b"[7 0 R]")
    yield "font", "a Type0 font without DescendantFonts", _cid_font(None, b"[]")
    yield "font", "DescendantFonts is a name", _cid_font(None, b"/Nope")
    yield "font", "a Type3 glyph that draws a form using the same font (recursion)", _type3(True)
    yield "font", "a Type3 font", _type3(False)
    # streams and filters
    content = note_content()
    streams = {
        "FlateDecode over data that is not deflated": (b"/Filter /FlateDecode", content),
        "an unknown filter": (b"/Filter /FooDecode", content),
        "ASCIIHexDecode then FlateDecode over hex garbage": (b"/Filter [/ASCIIHexDecode /FlateDecode]", b"zz" * 50),
        "Predictor 15 with Columns 0": (
            b"/Filter /FlateDecode /DecodeParms << /Predictor 15 /Columns 0 >>",
            zlib.compress(content),
        ),
        "Predictor 12 with 1e9 Columns": (
            b"/Filter /FlateDecode /DecodeParms << /Predictor 12 /Columns 1000000000 >>",
            zlib.compress(content),
        ),
        "a deflate stream cut in half": (b"/Filter /FlateDecode", zlib.compress(content)[:40]),
        "LZW over random bytes": (b"/Filter /LZWDecode", random.Random(5).randbytes(300)),
        "RunLength over random bytes": (b"/Filter /RunLengthDecode", random.Random(6).randbytes(300)),
        "DCTDecode content stream": (b"/Filter /DCTDecode", content),
        "JBIG2Decode content stream": (b"/Filter /JBIG2Decode", content),
        "Crypt filter in an unencrypted file": (b"/Filter /Crypt", content),
    }
    for detail, (entries, data) in streams.items():
        yield "stream", detail, build(_with(base, o5=(entries, data)))
    yield "stream", "/Length says 999999", build(base, length=lambda n: 999999)
    yield "stream", "/Length is negative", build(base, length=lambda n: -5)
    yield "stream", "/Length is zero", build(base, length=lambda n: 0)
    ops = {
        "operands of the wrong types": b"BT (a) (b) Td /F1 Tf [1 2] Tj 72 780 Td (Sanne Visser) Tj ET",
        "unbalanced q without Q, 20,000 times": b"q " * 20000 + content,
        "Q without q, ET without BT": b"Q Q ET ET " + content + b" ET Q",
        "a text operator outside BT": b"/F1 10 Tf 72 780 Td (Sanne Visser) Tj",
        "an inline image with a lying size": b"BI /W 100000 /H 100000 /BPC 8 /CS /G ID \x00\x01\x02 EI " + content,
        "100,000 Tj of one character": b"BT /F1 10 Tf 72 780 Td " + b"(a) Tj " * 100000 + b"ET",
        "a string with unbalanced parentheses": b"BT /F1 10 Tf 72 780 Td (Sanne (Visser Tj ET " + content,
        "an unknown font resource name": b"BT /F9 10 Tf 72 780 Td (Sanne Visser) Tj ET",
        "NaN-like numbers": b"BT /F1 1e400 Tf 72 -- 780 Td (Sanne Visser) Tj ET " + content,
    }
    for detail, data in ops.items():
        yield "content", detail, build(_with(base, o5=(b"", data)))
    yield (
        "content",
        "Contents is an array with a missing object and a number",
        build(_with(base, o3=_page().replace(b"/Contents 5 0 R", b"/Contents [5 0 R 99 0 R 12]"))),
    )
    yield "content", "Contents is a dictionary, not a stream", build(_with(base, o5=b"<< /Foo 1 >>"))
    # images
    yield (
        "image",
        "an image XObject claiming 100,000 x 100,000 pixels",
        build(
            _with(
                base,
                o3=_page(resources=b"<< /Font << /F1 4 0 R >> /XObject << /Im 6 0 R >> >>"),
                o5=(b"", content + b"\nq 200 0 0 200 72 400 cm /Im Do Q"),
                o6=(
                    b"/Type /XObject /Subtype /Image /Width 100000 /Height 100000 /ColorSpace /DeviceGray "
                    b"/BitsPerComponent 8 /Filter /FlateDecode",
                    zlib.compress(b"\x00" * 1000),
                ),
            )
        ),
    )
    yield (
        "image",
        "an image with a bad colour space and 3 bits per component",
        build(
            _with(
                base,
                o3=_page(resources=b"<< /Font << /F1 4 0 R >> /XObject << /Im 6 0 R >> >>"),
                o5=(b"", content + b"\nq 200 0 0 200 72 400 cm /Im Do Q"),
                o6=(
                    b"/Type /XObject /Subtype /Image /Width 10 /Height 10 /ColorSpace /Nope /BitsPerComponent 3",
                    b"\xff" * 10,
                ),
            )
        ),
    )
    # encryption
    yield "encrypted", "a user password", _encrypted("geheim", "geheim", aes=True)
    yield "encrypted", "an empty user password (owner password only), AES-256", _encrypted("", "eigenaar", aes=True)
    yield "encrypted", "an empty user password, RC4", _encrypted("", "eigenaar", aes=False)
    yield (
        "encrypted",
        "an unknown security handler",
        build(
            base,
            trailer=b"/Encrypt << /Filter /FooSecurity /V 9 /R 9 >> "
            b"/ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>]",
        ),
    )
    # recursion and bombs
    yield "recursion", "a form XObject that draws itself", _form_chain(1, loop=True)
    yield "recursion", "two forms that draw each other", _form_chain(2, loop=True)
    yield "recursion", "forms nested 300 deep", _form_chain(300, loop=False)
    yield "recursion", "an array nested 100,000 deep", build(_with(base, o6=_nested(100000, b"[", b"]")))
    yield (
        "recursion",
        "a dictionary nested 20,000 deep in the page",
        build(_with(base, o3=_page(extra=b"/Foo " + _nested(20000, b"<< /A ", b">>")))),
    )
    yield (
        "recursion",
        "a reference loop of 1,000 indirect objects",
        build(
            {
                **base,
                **{k: b"%d 0 R" % (k + 1 if k < 1099 else 100) for k in range(100, 1100)},
                3: _page(extra=b"/Foo 100 0 R"),
            }
        ),
    )
    yield (
        "bomb",
        "a content stream that inflates to 200 MB",
        build(_with(base, o5=(b"/Filter /FlateDecode", zlib.compress(content + b"\n" + b" " * 200_000_000, 9)))),
    )
    yield "bomb", "the same 30 MB stream drawn as a form 50 times", form_bomb()
    # navigation and other channels
    yield "outline", "an outline whose Next loops", _outline_loop()
    yield "outline", "a name tree whose Kids loop", name_tree_loop()
    yield (
        "outline",
        "Annots is a number, Info is an array",
        build(_with(base, o3=_page(extra=b"/Annots 7"), o6=b"[1 2]"), trailer=b"/Info 6 0 R"),
    )
    yield (
        "outline",
        "metadata stream of random bytes",
        build(
            _with(
                base,
                o1=b"<< /Type /Catalog /Pages 2 0 R /Metadata 6 0 R >>",
                o6=(b"/Type /Metadata /Subtype /XML", random.Random(9).randbytes(500)),
            )
        ),
    )
    yield (
        "outline",
        "an annotation that is its own Popup and Parent",
        build(
            _with(
                base,
                o3=_page(extra=b"/Annots [6 0 R]"),
                o6=b"<< /Type /Annot /Subtype /Text /Rect [0 0 10 10] /Contents (Sanne Visser) "
                b"/Popup 6 0 R /Parent 6 0 R >>",
            )
        ),
    )
    # sizes
    yield "pages", "10,000 pages", _many_pages(10000)
    # not a PDF
    rng = random.Random(11)
    yield "not-pdf", "an empty file", b""
    yield "not-pdf", "random bytes", rng.randbytes(5000)
    yield "not-pdf", "a PNG", b"\x89PNG\r\n\x1a\n" + rng.randbytes(1000)
    yield "not-pdf", "a ZIP", b"PK\x03\x04" + rng.randbytes(1000)
    yield "not-pdf", "HTML", b"<!doctype html><html><body>Sanne Visser</body></html>"
    yield "not-pdf", "only a PDF header", b"%PDF-1.7\n"
    yield "not-pdf", "a PDF header and random bytes", b"%PDF-1.4\n" + rng.randbytes(5000)
    yield "not-pdf", "a PDF header after 2,000 bytes of junk", rng.randbytes(2000) + note()
    yield "not-pdf", "a PDF header after 500 bytes of junk", rng.randbytes(500) + note()
    yield "not-pdf", "UTF-16 text", "Sanne Visser %PDF-1.7".encode("utf-16")
    yield "not-pdf", "a PDF inside a PDF's first object only", b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
    # found by the byte mutations (a stream filled with random bytes), added here to keep
    yield "content", "an operator of non-UTF-8 bytes", build(_with(base, o5=(b"", content + b"\n\xd8\xff\xfe\n")))


def structure(detail: str) -> bytes:
    """The hand-built case with this ``detail`` (as listed by :func:`structures`)."""
    return next(data for _, d, data in structures() if d == detail)


def seeds(samples: Path | None) -> list[tuple[str, bytes]]:
    """The valid files the byte mutations start from: sample notes and generated notes."""
    out: list[tuple[str, bytes]] = [
        ("note", note()),
        ("reportlab", reportlab_note()),
        ("reportlab3", reportlab_note(pages=3)),
    ]
    if samples is not None and samples.is_dir():
        out += [(p.stem, p.read_bytes()) for p in sorted(samples.glob("*.pdf"))]
    return out


def mutations(n: int, seed: int = 0, samples: Path | None = None) -> Iterator[Case]:
    """``n`` byte mutations of the seeds, round-robin over the kinds (deterministic for ``seed``)."""
    rng = random.Random(seed)
    pool = seeds(samples)
    names = list(MUTATIONS)
    for i in range(n):
        kind = names[i % len(names)]
        src, data = pool[(i // len(names)) % len(pool)]
        mutated, detail = MUTATIONS[kind](data, rng)
        yield Case(f"m{i:04d}-{kind}-{src}.pdf", kind, f"{src}: {detail}", mutated)


def mutation(name: str, seed: int = 0, samples: Path | None = None) -> bytes:
    """The bytes of the mutation case called ``name`` (as written by the campaign)."""
    index = int(name[1:5])
    return next(c.data for c in mutations(index + 1, seed, samples) if c.name == name)


def cases(
    n_mutations: int, seed: int = 0, samples: Path | None = None, kinds: Sequence[str] | None = None
) -> list[Case]:
    """Every structure case plus ``n_mutations`` byte mutations of the seeds (round-robin over kinds)."""
    found: list[Case] = []
    for i, (kind, detail, data) in enumerate(structures()):
        if kinds is None or kind in kinds:
            found.append(Case(f"s{i:03d}-{kind}.pdf", kind, detail, data))
    found += [c for c in mutations(n_mutations, seed, samples) if kinds is None or c.kind in kinds]
    return found


def one_per_kind(seed: int = 0, samples: Path | None = None) -> list[Case]:
    """One case of every kind, structures and byte mutations alike, picked at random for ``seed``.

    The bounded campaign of the default test run (``tests/test_fuzz_bounded.py``): every
    family of the generator, a different member of it for each seed.
    """
    rng = random.Random(seed)
    by_kind: dict[str, list[Case]] = {}
    for c in cases(0, seed, samples):
        by_kind.setdefault(c.kind, []).append(c)
    for c in mutations(len(MUTATIONS) * len(seeds(samples)), seed, samples):  # of every seed file
        by_kind.setdefault(c.kind, []).append(c)
    return [rng.choice(group) for group in by_kind.values()]
