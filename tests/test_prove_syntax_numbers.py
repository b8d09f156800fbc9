"""The proof's file-bytes channel reads the object syntax's bare numbers as structure, not text: a secret of digits
("53", the last pair of a phone number wrapped in its table cell) is not "found" in the output's object 53, a
/Length or a font's /Widths, while the same digits in a literal or hex string, reachable or orphaned after the
end of the file, still count."""

from __future__ import annotations

import io

import pikepdf

from woo_redact.prove.channels import read_channels
from woo_redact.prove.text import _pattern


def _pdf(extra: bytes = b"") -> bytes:
    pdf = pikepdf.new()
    pdf.add_blank_page()
    # objects up to number 60 and more ("53 0 obj" in the file), each with numbers of its own
    objs = [pdf.make_indirect(pikepdf.Dictionary(N=k, W=pikepdf.Array([1, 53, 553]))) for k in range(60)]
    pdf.Root.Extra = pikepdf.Array(objs)
    buf = io.BytesIO()
    pdf.save(buf, object_stream_mode=pikepdf.ObjectStreamMode.disable)
    return buf.getvalue() + extra


def _raw_count(data: bytes, secret: str) -> int:
    pattern = _pattern(secret)
    assert pattern is not None
    with pikepdf.open(io.BytesIO(data)) as pdf:
        return len(pattern.findall(read_channels(pdf, data).raw))


def test_object_numbers_and_widths_are_no_text() -> None:
    data = _pdf()
    assert b"53 0 obj" in data
    assert _raw_count(data, "53") == 0


def test_digits_in_an_orphaned_string_still_count() -> None:
    assert _raw_count(_pdf(b"\n99 0 obj (Tel 06-28 71 40 53) endobj\n"), "53") == 1
    assert _raw_count(_pdf(b"\n99 0 obj (Aan (Jan) 53) endobj\n"), "53") == 1
