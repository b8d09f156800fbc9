"""A content-stream interpreter that locates every glyph and image.

:meth:`Interpreter.run` walks one parsed content stream (a list of pikepdf
instructions) with a graphics-state stack and the text state, and returns a
:class:`StreamTrace`: every show operator with its glyphs (bbox and centre in
page default user space), every Form XObject invocation (with the graphics
state to run it in, so the caller can descend), every image's bbox, and the
marked-content spans whose properties carry /ActualText, /Alt or /E.

It does not descend into forms itself: the remover needs per-invocation
control (a form drawn twice is rewritten twice) and a separate instruction
list per stream. :func:`run_nested` gives the flat recursive view.

What it records (the matrices, the graphics state, glyphs, shows, form and
image calls, the trace) is defined in :mod:`.trace` and imported here again;
:func:`drawn_forms` and :func:`prune_forms` drop the forms nothing draws.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import SupportsFloat

import pikepdf
from pikepdf.models import ContentStreamInstructions

from woo_redact.redact.fonts import FontCache, FontInfo, Unsupported
from woo_redact.redact.trace import (
    IDENTITY,
    SENSITIVE_PROPS,
    FormCall,
    Glyph,
    GState,
    ImageCall,
    Matrix,
    StreamTrace,
    TextShow,
    _bbox_of,
    _Glyph,
    _GlyphRow,
    _matrix,
    form_resources,
    form_state,
    mat_mul,
)

__all__ = [
    "IDENTITY",
    "SENSITIVE_PROPS",
    "FormCall",
    "GState",
    "Glyph",
    "ImageCall",
    "Interpreter",
    "Matrix",
    "StreamTrace",
    "TextShow",
    "drawn_forms",
    "form_resources",
    "form_state",
    "mat_mul",
    "prune_forms",
    "run_nested",
]


class _Run:
    """The mutable state of one stream's interpretation."""

    def __init__(self, fonts: FontCache, resources: pikepdf.Object | None, state: GState) -> None:
        self.fonts = fonts
        self.resources = resources if isinstance(resources, pikepdf.Dictionary) else None
        self.gs = state
        self.stack: list[GState] = []
        self.tm: Matrix = IDENTITY
        self.tlm: Matrix = IDENTITY
        self.mc: list[int] = []  # open marked content: BDC index, or -1
        self.trace = StreamTrace()
        # per font and text state (size, Tz, Tc, Tw): each code's width, half width, TJ width and advance
        self._known: dict[tuple[int, float, float, float, float], dict[int, _Glyph]] = {}

    def resource(self, category: str, name: object) -> pikepdf.Object | None:
        if self.resources is None:
            return None
        group = self.resources.get(category)
        if not isinstance(group, pikepdf.Dictionary):
            return None
        return group.get(str(name))

    # graphics state -------------------------------------------------------
    def op_q(self, i: int, ops: Sequence[pikepdf.Object]) -> None:
        self.stack.append(self.gs.copy())

    def op_Q(self, i: int, ops: Sequence[pikepdf.Object]) -> None:
        if self.stack:
            self.gs = self.stack.pop()
        else:
            self.trace.unmatched_q.append(i)

    def op_cm(self, i: int, ops: Sequence[pikepdf.Object]) -> None:
        self.gs.ctm = mat_mul(_matrix(ops), self.gs.ctm)

    # text state -------------------------------------------------------------
    def op_Tf(self, i: int, ops: Sequence[pikepdf.Object]) -> None:
        font = self.resource("/Font", ops[0])
        if font is None:
            raise Unsupported(f"font {ops[0]} not in resources")
        self.gs.font = self.fonts.get(font)
        self.gs.size = float(ops[1])

    def op_Tc(self, i: int, ops: Sequence[pikepdf.Object]) -> None:
        self.gs.tc = float(ops[0])

    def op_Tw(self, i: int, ops: Sequence[pikepdf.Object]) -> None:
        self.gs.tw = float(ops[0])

    def op_Tz(self, i: int, ops: Sequence[pikepdf.Object]) -> None:
        self.gs.th = float(ops[0]) / 100.0

    def op_TL(self, i: int, ops: Sequence[pikepdf.Object]) -> None:
        self.gs.tl = float(ops[0])

    def op_Ts(self, i: int, ops: Sequence[pikepdf.Object]) -> None:
        self.gs.rise = float(ops[0])

    def op_Tr(self, i: int, ops: Sequence[pikepdf.Object]) -> None:
        self.gs.tr = int(ops[0])

    # text positioning ---------------------------------------------------------
    def op_BT(self, i: int, ops: Sequence[pikepdf.Object]) -> None:
        self.tm = self.tlm = IDENTITY

    def _move(self, tx: float, ty: float) -> None:
        a, b, c, d, e, f = self.tlm
        self.tlm = self.tm = (a, b, c, d, tx * a + ty * c + e, tx * b + ty * d + f)

    def op_Td(self, i: int, ops: Sequence[pikepdf.Object]) -> None:
        self._move(float(ops[0]), float(ops[1]))

    def op_TD(self, i: int, ops: Sequence[pikepdf.Object]) -> None:
        self.gs.tl = -float(ops[1])
        self._move(float(ops[0]), float(ops[1]))

    def op_Tm(self, i: int, ops: Sequence[pikepdf.Object]) -> None:
        self.tm = self.tlm = _matrix(ops)

    def op_Tstar(self, i: int, ops: Sequence[pikepdf.Object]) -> None:
        self._move(0.0, -self.gs.tl)

    # text showing -------------------------------------------------------------
    def op_Tj(self, i: int, ops: Sequence[pikepdf.Object]) -> None:
        self._show(i, "Tj", ops, [bytes(ops[0])])

    def op_quote(self, i: int, ops: Sequence[pikepdf.Object]) -> None:
        self.op_Tstar(i, ops)
        self._show(i, "'", ops, [bytes(ops[0])])

    def op_dquote(self, i: int, ops: Sequence[pikepdf.Object]) -> None:
        self.gs.tw = float(ops[0])
        self.gs.tc = float(ops[1])
        self.op_Tstar(i, ops)
        self._show(i, '"', ops, [bytes(ops[2])])

    def op_TJ(self, i: int, ops: Sequence[pikepdf.Object]) -> None:
        items: list[bytes | float] = []
        # pikepdf gives an array's numbers as int, float or Decimal (its stub says Object)
        array: Iterable[pikepdf.Object | SupportsFloat] = ops[0]
        for item in array:
            if isinstance(item, pikepdf.Object):
                items.append(bytes(item))
            else:
                items.append(float(item))
        self._show(i, "TJ", ops, items)

    def _show(self, i: int, op: str, ops: Sequence[pikepdf.Object], items: list[bytes | float]) -> None:
        gs = self.gs
        font = gs.font
        if font is None:
            raise Unsupported("text shown without a font")
        size, th, tc, tw = gs.size, gs.th, gs.tc, gs.tw
        m = mat_mul(self.tm, gs.ctm)
        a, b, c, d, e, f = m
        y0 = font.descent * size + gs.rise
        y1 = y0 + size
        ymid = (y0 + y1) / 2
        frame = (m, y0, y1)
        cm, dm = c * ymid, d * ymid  # the centre's terms across the line (the same floats as computed per glyph)
        widths, default = font.widths, font.default_width
        word_space = tc + tw
        known = self._glyphs(font, (size, th, tc, tw))
        x = 0.0
        rows: list[_GlyphRow | float] = []
        centres: list[tuple[float, float]] = []
        for item in items:
            if isinstance(item, float):
                x -= item / 1000.0 * size * th
                rows.append(item)
                continue
            for code, raw in font.codes(item):
                glyph = known.get(code)
                if glyph is None:  # (a code's figures in this font and text state: the same floats each time)
                    w = widths.get(code, default)  # font.width(code)
                    spacing = word_space if raw == b" " and not font.two_byte else tc
                    gw = w * size * th
                    tj = w * 1000.0 + spacing * 1000.0 / size if size else None
                    glyph = known[code] = (gw, gw / 2, tj, (w * size + spacing) * th)
                gw, half, tj, advance = glyph
                xm = x + half
                cx, cy = a * xm + cm + e, b * xm + dm + f
                rows.append((code, raw, cx, cy, tj, x, gw))
                centres.append((cx, cy))
                x += advance
        ta, tb, tc_, td, te, tf = self.tm
        self.tm = (ta, tb, tc_, td, x * ta + te, x * tb + tf)
        self.trace.shows.append(TextShow(i, op, ops, rows, self._open_marked(), frame, centres))

    def _glyphs(self, font: FontInfo, state: tuple[float, float, float, float]) -> dict[int, _Glyph]:
        """The figures of the codes met so far in ``font`` and the text state (size, Tz, Tc, Tw): a stream shows
        the same few codes again and again (the fonts outlive the run: the cache holds them)."""
        key = (id(font), *state)
        found = self._known.get(key)
        if found is None:
            if len(self._known) >= 256:  # (a stream that changes its spacing at every show)
                self._known.clear()
            found = self._known[key] = {}
        return found

    # marked content -----------------------------------------------------------
    def _open_marked(self) -> tuple[int, ...]:
        return tuple(j for j in self.mc if j >= 0)

    def op_BMC(self, i: int, ops: Sequence[pikepdf.Object]) -> None:
        self.mc.append(-1)

    def op_BDC(self, i: int, ops: Sequence[pikepdf.Object]) -> None:
        props = ops[1] if len(ops) > 1 else None
        if isinstance(props, pikepdf.Name):
            props = self.resource("/Properties", props)
        if isinstance(props, pikepdf.Dictionary) and any(k in props for k in SENSITIVE_PROPS):
            self.trace.marked[i] = props
            self.mc.append(i)
        else:
            self.mc.append(-1)

    def op_EMC(self, i: int, ops: Sequence[pikepdf.Object]) -> None:
        if self.mc:
            self.mc.pop()

    # external objects -----------------------------------------------------------
    def op_Do(self, i: int, ops: Sequence[pikepdf.Object]) -> None:
        xobj = self.resource("/XObject", ops[0])
        if not isinstance(xobj, pikepdf.Stream):
            return
        subtype = xobj.get("/Subtype")
        if subtype == pikepdf.Name.Image:
            self.trace.images.append((i, _bbox_of(self.gs.ctm, 0.0, 0.0, 1.0, 1.0)))
            self.trace.image_calls.append(ImageCall(i, ops[0], xobj, self.gs.ctm))
        elif subtype == pikepdf.Name.Form:
            name = ops[0]
            self.trace.forms.append(FormCall(i, name, xobj, self.gs.copy(), self._open_marked()))

    def inline_image(self, i: int) -> None:
        self.trace.images.append((i, _bbox_of(self.gs.ctm, 0.0, 0.0, 1.0, 1.0)))
        self.trace.image_calls.append(ImageCall(i, None, None, self.gs.ctm))


_DISPATCH = {name[3:]: getattr(_Run, name) for name in dir(_Run) if name.startswith("op_")} | {
    "T*": _Run.op_Tstar,
    "'": _Run.op_quote,
    '"': _Run.op_dquote,
}


class Interpreter:
    """Interprets content streams; font metrics are cached across streams."""

    def __init__(self, fonts: FontCache | None = None) -> None:
        self.fonts = fonts or FontCache()

    def run(
        self,
        instructions: Sequence[ContentStreamInstructions],
        resources: pikepdf.Object | None,
        state: GState | None = None,
    ) -> StreamTrace:
        """Interpret ``instructions`` and return what they draw where."""
        run = _Run(self.fonts, resources, (state or GState()).copy())
        for i, instr in enumerate(instructions):
            if isinstance(instr, pikepdf.ContentStreamInlineImage):
                run.inline_image(i)
                continue
            # bytes, not str(): an operator of non-UTF-8 garbage cannot be decoded as UTF-8
            handler = _DISPATCH.get(bytes(instr.operator).decode("latin-1"))
            if handler is not None:
                try:
                    handler(run, i, instr.operands)
                except (IndexError, TypeError, ValueError, ArithmeticError) as exc:
                    raise Unsupported(f"malformed operator {instr.operator}: {exc}") from exc
        return run.trace


def run_nested(
    interpreter: Interpreter,
    instructions: Sequence[ContentStreamInstructions],
    resources: pikepdf.Object | None,
    state: GState | None = None,
    depth: int = 0,
) -> Iterator[Glyph]:
    """Every glyph of a stream and of the forms it draws, recursively."""
    if depth > 12:
        raise Unsupported("Form XObjects nested too deeply")
    trace = interpreter.run(instructions, resources, state)
    for show in trace.shows:
        yield from show.glyphs
    for call in trace.forms:
        sub = pikepdf.parse_content_stream(call.xobject)
        yield from run_nested(interpreter, sub, form_resources(call, resources), form_state(call), depth + 1)


def _do_names(stream: pikepdf.Object) -> list[str]:
    return [
        str(instr.operands[0])
        for instr in pikepdf.parse_content_stream(stream)
        if not isinstance(instr, pikepdf.ContentStreamInlineImage) and bytes(instr.operator) == b"Do"
    ]


def drawn_forms(pdf: pikepdf.Pdf) -> set[tuple[int, int]]:
    """The object ids of every Form XObject that some page or annotation draws."""
    seen: set[tuple[int, int]] = set()

    def walk(stream: pikepdf.Object, resources: pikepdf.Object | None) -> None:
        xobjects = resources.get("/XObject") if isinstance(resources, pikepdf.Dictionary) else None
        if not isinstance(xobjects, pikepdf.Dictionary):
            return
        for name in _do_names(stream):
            form = xobjects.get(name)
            if (
                isinstance(form, pikepdf.Stream)
                and form.get("/Subtype") == pikepdf.Name.Form
                and form.objgen not in seen
            ):
                seen.add(form.objgen)
                walk(form, form.get("/Resources", resources))

    for page in pdf.pages:
        if "/Contents" in page.obj:
            walk(page.obj, page.obj.get("/Resources") or page.resources)
        for annot in page.obj.get("/Annots", []):
            for appearance in annot.get("/AP", {}).values():
                streams = [appearance] if isinstance(appearance, pikepdf.Stream) else appearance.values()
                for ap in streams:
                    if isinstance(ap, pikepdf.Stream):
                        seen.add(ap.objgen)
                        walk(ap, ap.get("/Resources"))
    return seen


def prune_forms(pdf: pikepdf.Pdf, candidates: set[tuple[int, int]]) -> int:
    """Drop every resource entry naming a candidate form that nothing draws any more.

    A rewritten form's original must not stay reachable (its stream still holds
    the removed text) through a resource dictionary shared with other pages.
    Returns the number of entries removed.
    """
    orphans = candidates - drawn_forms(pdf)
    if not orphans:
        return 0
    removed = 0
    for obj in pdf.objects:
        if not isinstance(obj, pikepdf.Dictionary | pikepdf.Stream):
            continue
        for holder in (obj, obj.get("/Resources")):
            xobjects = holder.get("/XObject") if isinstance(holder, pikepdf.Dictionary) else None
            if not isinstance(xobjects, pikepdf.Dictionary):
                continue
            for key in [k for k, v in xobjects.items() if v.objgen in orphans]:
                del xobjects[key]
                removed += 1
    return removed
