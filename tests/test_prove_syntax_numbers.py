"""The proof's file-bytes channel reads the numbers that are the file's structure (object headers and references,
the xref table, the values of /Length, /Count, /Widths, ...) as no text: a secret of digits ("53", the last pair of
a phone number wrapped in its table cell) is not "found" in the output's object 53 or a stream's /Length 53. Any
other number still counts: an /Info entry's integer, digits in an orphaned string (nested brackets too), in a
comment after the end of the file."""

from __future__ import annotations

import io

import pikepdf

from woo_redact.prove.channels import read_channels
from woo_redact.prove.text import _pattern


def _pdf(extra: bytes = b"", info: int | None = None) -> bytes:
    pdf = pikepdf.new()
    pdf.add_blank_page()
    # objects up to number 60 and more ("53 0 obj" in the file), each with numbers of its own
    objs = [pdf.make_indirect(pikepdf.Dictionary(Count=k, Widths=pikepdf.Array([1, 53, 553]))) for k in range(60)]
    pdf.Root.Extra = pikepdf.Array(objs)
    pdf.pages[0].Contents = pdf.make_stream(b"BT 72 700 Td ET " + b" " * 37)  # a /Length of 53
    if info is not None:
        pdf.docinfo["/BSN"] = info
    buf = io.BytesIO()
    pdf.save(buf, object_stream_mode=pikepdf.ObjectStreamMode.disable, compress_streams=False)
    return buf.getvalue() + extra


def _raw_count(data: bytes, secret: str) -> int:
    pattern = _pattern(secret)
    assert pattern is not None
    with pikepdf.open(io.BytesIO(data)) as pdf:
        return len(pattern.findall(read_channels(pdf, data).raw))


def test_structure_numbers_are_no_text() -> None:
    data = _pdf()
    assert b"53 0 obj" in data and b"/Length 53" in data and b"/Count 53" in data
    assert _raw_count(data, "53") == 0


def test_other_numbers_still_count() -> None:
    assert _raw_count(_pdf(info=123456782), "123456782") == 1  # an /Info entry's integer
    assert _raw_count(_pdf(b"\n99 0 obj (Tel 06-28 71 40 53) endobj\n"), "53") == 1
    assert _raw_count(_pdf(b"\n99 0 obj (notitie (bel (terug)) 0687654321) endobj\n"), "0687654321") == 1
    assert _raw_count(_pdf(b"\n% 06 11223344\n"), "06 11223344") == 1
