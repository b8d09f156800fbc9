"""What an interpreted content stream draws, as :mod:`.content`'s interpreter records it: the matrices (PDF's
row-vector convention) and the graphics state that decide where glyphs land, each shown glyph and show operator,
each Form XObject and image drawn, and the :class:`StreamTrace` that holds them; the state and resources a form's
own content runs in.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from dataclasses import dataclass, field

import pikepdf

from woo_redact.redact.fonts import FontInfo, Unsupported

__all__ = [
    "IDENTITY",
    "SENSITIVE_PROPS",
    "BBox",
    "FormCall",
    "GState",
    "Glyph",
    "ImageCall",
    "Matrix",
    "StreamTrace",
    "TextShow",
    "form_resources",
    "form_state",
    "mat_mul",
]

Matrix = tuple[float, float, float, float, float, float]
BBox = tuple[float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
SENSITIVE_PROPS = ("/ActualText", "/Alt", "/E")


def mat_mul(m1: Matrix, m2: Matrix) -> Matrix:
    """The product m1 x m2 in PDF (row-vector) convention: apply m1, then m2."""
    a1, b1, c1, d1, e1, f1 = m1
    a2, b2, c2, d2, e2, f2 = m2
    return (
        a1 * a2 + b1 * c2,
        a1 * b2 + b1 * d2,
        c1 * a2 + d1 * c2,
        c1 * b2 + d1 * d2,
        e1 * a2 + f1 * c2 + e2,
        e1 * b2 + f1 * d2 + f2,
    )


def _bbox_of(m: Matrix, x0: float, y0: float, x1: float, y1: float) -> BBox:
    a, b, c, d, e, f = m
    xs = (a * x0 + c * y0 + e, a * x1 + c * y0 + e, a * x0 + c * y1 + e, a * x1 + c * y1 + e)
    ys = (b * x0 + d * y0 + f, b * x1 + d * y0 + f, b * x0 + d * y1 + f, b * x1 + d * y1 + f)
    return (min(xs), min(ys), max(xs), max(ys))


def _matrix(operands: Sequence[pikepdf.Object]) -> Matrix:
    if len(operands) != 6:
        raise Unsupported("matrix operator with wrong operand count")
    a, b, c, d, e, f = (float(v) for v in operands)
    return (a, b, c, d, e, f)


@dataclass(slots=True)
class GState:
    """The parts of the graphics state that decide where glyphs land."""

    ctm: Matrix = IDENTITY
    font: FontInfo | None = None
    size: float = 0.0
    tc: float = 0.0
    tw: float = 0.0
    th: float = 1.0
    tl: float = 0.0
    rise: float = 0.0
    tr: int = 0

    def copy(self) -> GState:
        """A shallow copy (all fields are immutable)."""
        return copy.copy(self)


@dataclass(slots=True)
class Glyph:
    """One shown glyph: its bytes, geometry, and its width as a TJ number.

    Its box is worked out when asked for (the remover needs only centres): from
    the show's matrix and the glyph's vertical extent (``frame``, shared by the
    glyphs of one show) and its start and width along the text line.
    """

    code: int
    raw: bytes
    centre: tuple[float, float]
    tj_width: float | None  # advance in TJ units (thousandths of text space)
    x: float  # start along the text line, in text space
    width: float  # glyph width in text space
    frame: tuple[Matrix, float, float]  # the show's matrix (text to user space), glyph bottom and top

    @property
    def bbox(self) -> BBox:
        """The glyph's box in page default user space."""
        m, y0, y1 = self.frame
        return _bbox_of(m, self.x, y0, self.x + self.width, y1)


# one shown glyph as the interpreter records it: code, bytes, centre x and y, TJ width, x, width (see Glyph)
_GlyphRow = tuple[int, bytes, float, float, float | None, float, float]
_Glyph = tuple[float, float, float | None, float]  # a code's width, half width, TJ width and advance, text space


@dataclass(slots=True)
class TextShow:
    """One show operator (Tj, TJ, ' or \") and what it draws, in order.

    The interpreter records each glyph as a row of numbers with its centre in
    ``centres`` (the remover tests centres against the boxes); its
    :class:`Glyph` objects are made when asked for (for the few shows that lose
    glyphs), in ``items``.
    """

    index: int
    operator: str
    operands: Sequence[pikepdf.Object]
    rows: list[_GlyphRow | float]  # glyphs and TJ spacing numbers, in order
    marked: tuple[int, ...]
    frame: tuple[Matrix, float, float]  # the show's matrix, glyph bottom and top (see Glyph)
    centres: list[tuple[float, float]]  # of the glyphs, in order
    _items: list[Glyph | float] | None = None

    @property
    def items(self) -> list[Glyph | float]:
        """The glyphs and TJ spacing numbers, in order."""
        if self._items is None:
            frame = self.frame
            self._items = [
                r if isinstance(r, float) else Glyph(r[0], r[1], (r[2], r[3]), r[4], r[5], r[6], frame)
                for r in self.rows
            ]
        return self._items

    @property
    def glyphs(self) -> list[Glyph]:
        """The glyphs only, without TJ spacing numbers."""
        return [g for g in self.items if isinstance(g, Glyph)]


@dataclass(slots=True)
class FormCall:
    """A ``Do`` of a Form XObject, with the state it runs in."""

    index: int
    name: pikepdf.Object  # the operand of Do: a name
    xobject: pikepdf.Stream
    state: GState
    marked: tuple[int, ...]


@dataclass(slots=True)
class ImageCall:
    """An image drawn by ``Do`` (``xobject`` set) or inline (``xobject`` None), with its placement."""

    index: int
    name: pikepdf.Object | None  # the operand of Do: a name
    xobject: pikepdf.Stream | None
    ctm: Matrix  # maps the image's unit square to user space


@dataclass(slots=True)
class StreamTrace:
    """Everything :meth:`Interpreter.run` found in one content stream."""

    shows: list[TextShow] = field(default_factory=list)
    forms: list[FormCall] = field(default_factory=list)
    images: list[tuple[int, BBox]] = field(default_factory=list)
    image_calls: list[ImageCall] = field(default_factory=list)
    marked: dict[int, pikepdf.Object] = field(default_factory=dict)
    unmatched_q: list[int] = field(default_factory=list)


def form_state(call: FormCall) -> GState:
    """The graphics state a form's own content starts in (its /Matrix applied)."""
    state = call.state.copy()
    matrix = call.xobject.get("/Matrix")
    if matrix is not None:
        state.ctm = mat_mul(_matrix(list(matrix)), state.ctm)
    return state


def form_resources(call: FormCall, parent: pikepdf.Object | None) -> pikepdf.Object | None:
    """A form's resources: its own /Resources, else the inherited ones."""
    own = call.xobject.get("/Resources")
    return own if own is not None else parent
