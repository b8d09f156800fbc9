"""The remover's vector path (for :mod:`.remove`): a page's content stream and the Form XObjects it draws
rewritten without what lies under the redaction boxes.

:class:`_Rewriter` interprets each stream (:mod:`.content`), turns every show operator that loses glyphs into a
TJ whose removed glyphs are spacing, paints the boxes into the images under them (:mod:`.images`), drops the ink
paths under them (:mod:`.paths`), scrubs /ActualText, /Alt and /E from the marked content around removed text,
and draws each changed form as a new copy with private resources; the originals stay untouched.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field

import pikepdf
from pikepdf import ContentStreamInstruction as Instr
from pikepdf import Name, Operator
from pikepdf.models import ContentStreamInstructions

from woo_redact.redact.content import (
    SENSITIVE_PROPS,
    FormCall,
    Glyph,
    GState,
    Interpreter,
    StreamTrace,
    TextShow,
    form_resources,
    form_state,
)
from woo_redact.redact.fonts import Unsupported
from woo_redact.redact.images import inline_image, paint_image, painted_extents
from woo_redact.redact.paths import ink_paths
from woo_redact.redact.trace import _bbox_of

Rect = tuple[float, float, float, float]
_MAX_DEPTH = 12
_STREAM_KEYS = {"/Length", "/Filter", "/DecodeParms", "/Resources"}
_PATH_PAINT = {"S", "s", "f", "F", "f*", "B", "B*", "b", "b*"}


@dataclass
class _Result:
    """A rewritten stream: its instructions and (when changed) its new resources."""

    instructions: list[ContentStreamInstructions]
    resources: pikepdf.Object | None


@dataclass
class _Rewriter:
    """Rewrites one page's streams; counts hits per box."""

    pdf: pikepdf.Pdf
    interpreter: Interpreter
    rects: list[Rect]
    hits: list[int] = field(default_factory=list)
    removed: int = 0
    images: int = 0  # images painted (each a new copy)
    paths: int = 0  # vector paths (ink) removed
    painted: list[Rect] = field(default_factory=list)  # user-space extents of the painted image pixels
    replaced: set[tuple[int, int]] = field(default_factory=set)
    _parsed: dict[tuple[int, int], list[ContentStreamInstructions]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.hits = [0] * len(self.rects)
        xs0, ys0, xs1, ys1 = zip(*self.rects, strict=True)
        self._union = (min(xs0), min(ys0), max(xs1), max(ys1))

    def parse(self, stream: pikepdf.Object) -> list[ContentStreamInstructions]:
        key = stream.objgen
        if key == (0, 0):
            return list(pikepdf.parse_content_stream(stream))
        if key not in self._parsed:
            self._parsed[key] = list(pikepdf.parse_content_stream(stream))
        return self._parsed[key]

    def _removed_flags(self, show: TextShow) -> list[bool] | None:
        """Per glyph of ``show``: whether its centre lies in a box (counted in the box's hits); None when none does.

        Only the boxes that meet the extent of the show's centres are tried: a page's boxes span most
        of it, so most shows lie within their union, and each glyph was tried against every box.
        """
        ux0, uy0, ux1, uy1 = self._union
        centres = show.centres
        if not any(ux0 <= x <= ux1 and uy0 <= y <= uy1 for x, y in centres):
            return None  # no glyph of this show near any box (most shows of a page)
        xs, ys = zip(*centres, strict=True)
        sx0, sx1, sy0, sy1 = min(xs), max(xs), min(ys), max(ys)
        rects = list(enumerate(self.rects))
        if sx0 == sx0 and sy0 == sy0:  # (a NaN centre first would make the minimum NaN: then every box is tried)
            rects = [(k, r) for k, r in rects if r[0] <= sx1 and sx0 <= r[2] and r[1] <= sy1 and sy0 <= r[3]]
            if not rects:
                return None
        flags: list[bool] = []
        any_hit = False
        for x, y in centres:
            hit = False
            if ux0 <= x <= ux1 and uy0 <= y <= uy1:
                for k, (x0, y0, x1, y1) in rects:
                    if x0 <= x <= x1 and y0 <= y <= y1:
                        self.hits[k] += 1
                        hit = True
            flags.append(hit)
            any_hit = any_hit or hit
        if not any_hit:
            return None
        self.removed += sum(flags)
        return flags

    def _images(
        self,
        trace: StreamTrace,
        resources: pikepdf.Object | None,
        edits: dict[int, list[ContentStreamInstructions]],
        instructions: list[ContentStreamInstructions],
    ) -> dict[str, pikepdf.Object]:
        """Paint the boxes into the images under them (:mod:`.images`); edits their Do operators to the copies."""
        new_images: dict[str, pikepdf.Object] = {}
        taken = _xobject_names(resources)
        for call in trace.image_calls:
            x0, y0, x1, y1 = _bbox_of(call.ctm, 0.0, 0.0, 1.0, 1.0)
            under = [
                k
                for k, (bx0, by0, bx1, by1) in enumerate(self.rects)
                if x0 < bx1 and bx0 < x1 and y0 < by1 and by0 < y1
            ]
            if not under:
                continue
            image = call.xobject
            if image is None:  # inline: painted as an XObject of its own, drawn in its place
                inline = instructions[call.index]
                assert isinstance(inline, pikepdf.ContentStreamInlineImage)  # the interpreter's ImageCall of BI/ID/EI
                image = inline_image(self.pdf, inline, resources)
            painted = paint_image(self.pdf, image, call.ctm, [self.rects[k] for k in under])
            if painted is None:
                continue
            size = int(image.Width), int(image.Height)
            self.painted += painted_extents(call.ctm, *size, [self.rects[k] for k in under])
            for k in under:
                self.hits[k] += 1
            self.images += 1
            name = _unique_name(taken, "/WooImage")
            new_images[name] = self.pdf.make_indirect(painted)
            edits[call.index] = [Instr([Name(name)], Operator("Do"))]
        return new_images

    def stream(
        self,
        instructions: list[ContentStreamInstructions],
        resources: pikepdf.Object | None,
        state: GState,
        depth: int = 0,
    ) -> _Result | None:
        """Rewrite one stream (and its forms); None when nothing changed."""
        if depth > _MAX_DEPTH:
            raise Unsupported("Form XObjects nested too deeply")
        trace = self.interpreter.run(instructions, resources, state)
        edits: dict[int, list[ContentStreamInstructions]] = {}
        new_images = self._images(trace, resources, edits, instructions)
        ink = ink_paths(instructions, self.rects, state.ctm, self.hits, self.painted)
        self.paths += sum(1 for i in ink if str(instructions[i].operator) in _PATH_PAINT)
        edits.update((i, []) for i in ink)
        dirty: set[int] = set()
        for show in trace.shows:
            flags = self._removed_flags(show)
            if flags is not None:
                edits[show.index] = _rewrite_show(show, flags)
                dirty.update(show.marked)
        new_forms = self._forms(trace, resources, depth, edits, dirty) | new_images
        # an image replaced by its painted copy leaves the resources unless something else here draws it
        replaced_images = {str(c.name) for c in trace.image_calls if c.index in edits and c.name is not None}
        still_drawn = {str(c.name) for c in trace.image_calls if c.index not in edits and c.name is not None}
        drop = replaced_images - still_drawn
        for index in dirty:
            edits[index] = [_scrubbed_bdc(instructions[index], trace.marked[index])]
        for index in trace.unmatched_q:
            edits[index] = []
        if not edits:
            return None
        new_instructions: list[ContentStreamInstructions] = []
        for i, instr in enumerate(instructions):
            new_instructions.extend(edits.get(i, (instr,)))
        new_res = self._private_resources(resources, new_forms, drop) if new_forms else None
        return _Result(new_instructions, new_res)

    def _forms(
        self,
        trace: StreamTrace,
        resources: pikepdf.Object | None,
        depth: int,
        edits: dict[int, list[ContentStreamInstructions]],
        dirty: set[int],
    ) -> dict[str, pikepdf.Object]:
        """Rewrite the forms this stream draws; edits its Do operators to the copies."""
        new_forms: dict[str, pikepdf.Object] = {}
        taken = _xobject_names(resources)
        for call in trace.forms:
            sub_res = form_resources(call, resources)
            result = self.stream(self.parse(call.xobject), sub_res, form_state(call), depth + 1)
            if result is None:
                continue
            copy = _copy_form(self.pdf, call, result, sub_res)
            self.replaced.add(call.xobject.objgen)
            name = _unique_name(taken, "/WooForm")
            new_forms[name] = copy
            edits[call.index] = [Instr([Name(name)], Operator("Do"))]
            dirty.update(call.marked)
        return new_forms

    def _private_resources(
        self,
        resources: pikepdf.Object | None,
        new_forms: dict[str, pikepdf.Object],
        drop: AbstractSet[str] = frozenset(),
    ) -> pikepdf.Object:
        """A private copy of ``resources`` with the form copies added.

        The replaced originals stay listed; :func:`prune_forms` drops them at the
        end once it knows that nothing draws them any more.
        """
        old_xo = resources.get("/XObject") if resources is not None else None
        xobjects = _shallow_copy(old_xo)
        for key in drop:
            if key in xobjects:
                del xobjects[key]
        for key, value in new_forms.items():
            xobjects[key] = value
        new = _shallow_copy(resources)
        new["/XObject"] = xobjects
        return self.pdf.make_indirect(new)


def _shallow_copy(resources: pikepdf.Object | None) -> pikepdf.Dictionary:
    new = pikepdf.Dictionary()
    if isinstance(resources, pikepdf.Dictionary):
        for key, value in resources.items():
            new[key] = value
    return new


def _xobject_names(resources: pikepdf.Object | None) -> set[str]:
    if not isinstance(resources, pikepdf.Dictionary):
        return set()
    xo = resources.get("/XObject")
    return set(xo.keys()) if isinstance(xo, pikepdf.Dictionary) else set()


def _unique_name(taken: set[str], prefix: str) -> str:
    n = 0
    while f"{prefix}{n}" in taken:
        n += 1
    name = f"{prefix}{n}"
    taken.add(name)
    return name


def _copy_form(pdf: pikepdf.Pdf, call: FormCall, result: _Result, sub_res: pikepdf.Object | None) -> pikepdf.Object:
    """A new Form XObject with the rewritten content; the original stays untouched."""
    data = pikepdf.unparse_content_stream(result.instructions)
    new = pdf.make_stream(data)
    for key, value in call.xobject.items():
        if key not in _STREAM_KEYS:
            new[key] = value
    resources = result.resources if result.resources is not None else sub_res
    if resources is not None:
        new["/Resources"] = resources
    return new


def _rewrite_show(show: TextShow, flags: list[bool]) -> list[ContentStreamInstructions]:
    """The show operator as TJ: kept runs stay strings, removed glyphs become spacing."""
    array: list[object] = []
    buf = bytearray()
    pending = 0.0

    def flush() -> None:
        nonlocal pending
        if buf:
            if pending:
                array.append(round(pending, 4))
            pending = 0.0
            array.append(pikepdf.String(bytes(buf)))
            buf.clear()

    k = 0
    for item in show.items:
        if isinstance(item, float):
            flush()
            pending += item
            continue
        if flags[k]:
            if item.tj_width is None:
                raise Unsupported("cannot remove glyphs shown at font size 0")
            flush()
            pending -= item.tj_width
        else:
            if not buf and pending:
                array.append(round(pending, 4))
                pending = 0.0
            buf.extend(item.raw)
        k += 1
    flush()
    if pending:
        array.append(round(pending, 4))
    out: list[ContentStreamInstructions] = []
    if show.operator == "'":
        out.append(Instr([], Operator("T*")))
    elif show.operator == '"':
        out.append(Instr([show.operands[0]], Operator("Tw")))
        out.append(Instr([show.operands[1]], Operator("Tc")))
        out.append(Instr([], Operator("T*")))
    if len(array) > 1 and not isinstance(array[0], pikepdf.Object) and isinstance(show.items[0], Glyph):
        # A leading spacing number that replaces removed glyphs gets its own TJ:
        # same position per the spec, and pdfminer (which adds Tc after a
        # number) then places the kept glyphs where it placed them before.
        out.append(Instr([pikepdf.Array(array[:1])], Operator("TJ")))
        array = array[1:]
    out.append(Instr([pikepdf.Array(array)], Operator("TJ")))
    return out


def _scrubbed_bdc(instr: ContentStreamInstructions, props: pikepdf.Object) -> Instr:
    """The BDC with /ActualText, /Alt and /E dropped (inlined when it was a name)."""
    clean = pikepdf.Dictionary()
    for key, value in props.items():
        if key in SENSITIVE_PROPS:
            continue
        if isinstance(value, pikepdf.Object) and value.is_indirect:
            continue
        clean[key] = value
    return Instr([instr.operands[0], clean], Operator("BDC"))
