"""Property test: exactly the glyphs whose centre lies in a box disappear."""

from __future__ import annotations

import io
import math
import os

import pdfplumber
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from redact_checks import char_box, redact
from redact_pdfs import build, std_font, widths_font

from woo_redact.model import Box

PAGE = (0.0, 0.0, 400.0, 300.0)
EDGE = 0.05  # centres this close to a box edge may go either way
EXAMPLES = int(os.environ.get("WOO_REDACT_EXAMPLES", "40"))  # raise for a longer soak

words = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=1, max_size=9)


@st.composite
def text_run(draw: st.DrawFn) -> bytes:
    """One BT block: a random font, size, spacing, position, angle and show operator."""
    font = draw(st.sampled_from(["/F1", "/F2", "/F3"]))
    size = draw(st.floats(5, 20))
    tc = draw(st.sampled_from([0.0, 0.0, 0.7, -0.3]))
    tw = draw(st.sampled_from([0.0, 0.0, 2.5]))
    tz = draw(st.sampled_from([100, 100, 80, 125]))
    angle = math.radians(draw(st.sampled_from([0, 0, 0, 90, 30])))
    x, y = draw(st.floats(5, 300)), draw(st.floats(5, 280))
    ws = draw(st.lists(words, min_size=1, max_size=5))
    cos, sin = math.cos(angle), math.sin(angle)
    head = (
        f"BT {font} {size:.2f} Tf {tc} Tc {tw} Tw {tz} Tz {cos:.4f} {sin:.4f} {-sin:.4f} {cos:.4f} {x:.2f} {y:.2f} Tm "
    )
    if draw(st.booleans()):
        body = f"({' '.join(ws)}) Tj"
    else:
        kerns = draw(st.lists(st.integers(-300, 120), min_size=len(ws), max_size=len(ws)))
        body = "[" + " ".join(f"({w} ) {k}" for w, k in zip(ws, kerns, strict=True)) + "] TJ"
    return (head + body + " ET\n").encode("ascii")


boxes = st.lists(
    st.tuples(st.floats(0, 380), st.floats(0, 280), st.floats(3, 150), st.floats(3, 40)),
    min_size=1,
    max_size=4,
)


def _chars(data: bytes) -> list[tuple[str, Box]]:
    with pdfplumber.open(io.BytesIO(data)) as doc:
        page = doc.pages[0]
        return [(c["text"], char_box(c, 0, float(page.height))) for c in page.chars]


def _centre_state(box: Box, rects: list[Box]) -> str:
    """'in', 'out' or 'edge' for a char box's centre against the redaction rects."""
    cx, cy = (box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2
    state = "out"
    for r in rects:
        if r.x0 + EDGE < cx < r.x1 - EDGE and r.y0 + EDGE < cy < r.y1 - EDGE:
            return "in"
        if r.x0 - EDGE <= cx <= r.x1 + EDGE and r.y0 - EDGE <= cy <= r.y1 + EDGE:
            state = "edge"
    return state


def _matches(a: tuple[str, Box], b: tuple[str, Box]) -> bool:
    (ta, ba), (tb, bb) = a, b
    return ta == tb and all(abs(u - v) < 0.02 for u, v in zip(ba.as_list(), bb.as_list(), strict=True))


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(runs=st.lists(text_run(), min_size=1, max_size=6), rects=boxes)
def test_exactly_the_glyphs_in_boxes_go(runs: list[bytes], rects: list[tuple[float, ...]]) -> None:
    fonts = {"/F1": std_font("Helvetica"), "/F2": widths_font(), "/F3": std_font("Times-Roman")}
    data = build([b"".join(runs)], fonts=fonts, size=PAGE)
    red_boxes = [Box(0, x, y, x + w, y + h) for x, y, w, h in rects]
    out, report = redact(data, red_boxes, label="")
    assert not report[0].rasterized, report[0].reason
    before, after = _chars(data), _chars(out)
    states = [_centre_state(b, red_boxes) for _, b in before]
    remaining = list(after)
    for char, state in zip(before, states, strict=True):
        found = next((i for i, a in enumerate(remaining) if _matches(char, a)), None)
        if state == "out":
            assert found is not None, f"kept glyph {char} lost or moved"
        elif state == "in":
            assert found is None, f"glyph {char} in a box survived"
        if found is not None:
            remaining.pop(found)
    assert not remaining, f"unexpected glyphs in the output: {remaining[:5]}"
    sure_in = sum(s == "in" for s in states)
    assert sure_in <= report[0].glyphs_removed <= sure_in + states.count("edge")
