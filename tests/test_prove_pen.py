"""The pen of the proof's content reader (prove.content._Pen) adds each code's advance, kept per font and
text state since round 22, as the same float it computed in place before: on the fonts of the samples
(one- and two-byte), random shown strings and text states."""

from __future__ import annotations

import random
from pathlib import Path

import pikepdf

from woo_redact.prove import content
from woo_redact.prove.fonts import _Decoder

ROOT = Path(__file__).resolve().parent.parent


def _advance_before(pen: content._Pen, data: bytes, decoder: _Decoder | None) -> float:
    """``_Pen.advance`` as it was before round 22: the advance of ``data`` computed code by code."""
    size, tc, tw, th = pen.size, pen.tc, pen.tw, pen.th
    if decoder is None or not decoder.two_byte:
        get, dw = (content._NO_WIDTHS.get, 500.0) if decoder is None else (decoder.w.get, decoder.dw)
        return sum([(get(b, dw) / 1000 * size + tc + (tw if b == 32 else 0.0)) * th for b in data])
    return sum([(w / 1000 * size + tc + (tw if space else 0.0)) * th for w, space in decoder.widths(data)])


def _decoders() -> list[_Decoder | None]:
    """The samples' simple fonts, a two-byte font with widths by CID, and no font (None)."""
    found: list[_Decoder | None] = [None]
    for path in sorted((ROOT / "samples" / "notes").glob("*.pdf")):
        with pikepdf.open(path) as pdf:
            for obj in pdf.objects:
                if isinstance(obj, pikepdf.Dictionary) and obj.get("/Type") == pikepdf.Name.Font and "/Widths" in obj:
                    found.append(_Decoder(obj))
    cid = pikepdf.Dictionary(W=pikepdf.Array([1, pikepdf.Array([500, 611.5, 722]), 256, 300, 278]), DW=1000)
    font = pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type0, DescendantFonts=pikepdf.Array([cid]))
    found.append(_Decoder(font))
    return found


def test_the_pen_advances_as_before() -> None:
    rng = random.Random(22)
    decoders = _decoders()
    assert any(d is not None and d.two_byte for d in decoders) and any(
        d is not None and not d.two_byte for d in decoders
    )
    pen = content._Pen()
    for _ in range(3000):
        if rng.random() < 0.2:
            pen.size = rng.choice([1.0, 9.5, 10.0, 11.04, 12.0, -8.0])
            pen.tc, pen.tw = rng.choice([0.0, 0.1, -0.05]), rng.choice([0.0, 0.3, 1.7, -0.2])
            pen.th = rng.choice([1.0, 0.9, 1.1])
        decoder = rng.choice(decoders)
        data = bytes(rng.choice([32, 65, 101, 0, 1, 255, rng.randrange(256)]) for _ in range(rng.randint(0, 40)))
        expected = pen.x + _advance_before(pen, data, decoder)
        pen.advance(data, decoder)
        assert pen.x == expected
        if rng.random() < 0.1:
            pen.x = 0.0
