"""Glyph removal: the public entry point of the content-stream remover.

:func:`apply_redactions` rewrites each redacted page so that every glyph whose
centre lies in a redaction box is gone from the content (page stream and Form
XObjects), draws the labelled black boxes, and falls back to rasterising the
original page whenever it cannot be sure (:mod:`.raster`). The streams
themselves are rewritten in :mod:`.rewrite`.

Nothing that already exists in the file is modified until a page's analysis
has succeeded: new streams and private resource copies are built first, and
only then are the page's /Contents and /Resources replaced. A failure halfway
therefore leaves the page as it was for the raster fallback.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import pikepdf
from pikepdf import Name

from woo_redact.model import Box, PageRedaction, Redaction
from woo_redact.redact.content import GState, Interpreter, prune_forms
from woo_redact.redact.fonts import FontCache, Unsupported, pin_widths, string_width
from woo_redact.redact.labels import label_places
from woo_redact.redact.raster import Renderer, inherited, rasterize, rotation
from woo_redact.redact.rewrite import Rect, _Rewriter, _shallow_copy, _unique_name

_MIN_LABEL_SIZE = 4.0


def apply_redactions(
    pdf: pikepdf.Pdf,
    redactions: Sequence[Redaction],
    *,
    original: bytes,
    dpi: int = 300,
) -> tuple[PageRedaction, ...]:
    """Remove the glyphs under ``redactions`` from ``pdf`` (in place) and draw the boxes.

    ``original`` is the unmodified input file; pages that cannot be rewritten
    safely are rendered from it at ``dpi`` with the boxes burnt in. A standard-14
    font without /Widths that a redacted page uses gets the widths PDFium drew it
    with written in (:func:`.fonts.pin_widths`), so that every reader places its
    glyphs where the boxes are. Returns one :class:`PageRedaction` per page that
    has redactions, in page order.
    """
    by_page: dict[int, list[Redaction]] = {}
    for red in redactions:
        by_page.setdefault(red.box.page, []).append(red)
    interpreter = Interpreter(FontCache())
    renderer = Renderer(original, dpi)
    results = []
    replaced: set[tuple[int, int]] = set()
    for index in sorted(by_page):
        if index >= len(pdf.pages):
            raise ValueError(f"redaction on page {index}, document has {len(pdf.pages)}")
        reds = by_page[index]
        page = pdf.pages[index].obj
        try:
            removed, images, paths, painted = _redact_vector(pdf, page, reds, interpreter, replaced)
        except Exception as exc:  # noqa: BLE001 - fail closed on anything unexpected
            reason = exc.reason if isinstance(exc, Unsupported) else f"{type(exc).__name__}: {exc}"
            replaced |= _page_forms(page)
            rasterize(pdf, page, index, reds, renderer)
            results.append(PageRedaction(index, 0, len(reds), rasterized=True, reason=reason))
        else:
            extents = tuple(Box(index, *r) for r in painted)
            results.append(PageRedaction(index, removed, len(reds), images=images, paths=paths, painted=extents))
    renderer.close()
    for font, info in interpreter.fonts.measured:
        pin_widths(font, info)
    if replaced:
        prune_forms(pdf, replaced)
    return tuple(results)


def _page_forms(page: pikepdf.Dictionary) -> set[tuple[int, int]]:
    """The forms a page's resources name (candidates for pruning once it is rasterised)."""
    resources = inherited(page, "/Resources")
    xobjects = resources.get("/XObject") if isinstance(resources, pikepdf.Dictionary) else None
    if not isinstance(xobjects, pikepdf.Dictionary):
        return set()
    return {v.objgen for v in xobjects.values() if v.is_indirect and v.get("/Subtype") == Name.Form}


# --- vector path ------------------------------------------------------------------


def _redact_vector(
    pdf: pikepdf.Pdf,
    page: pikepdf.Dictionary,
    reds: list[Redaction],
    interpreter: Interpreter,
    replaced: set[tuple[int, int]],
) -> tuple[int, int, int, list[Rect]]:
    """Rewrite ``page``; raise Unsupported (page untouched) when it cannot be done safely.

    Returns the number of glyphs removed, of images painted and of ink paths removed, and the
    extents of the painted pixels.
    """
    rects = [(r.box.x0, r.box.y0, r.box.x1, r.box.y1) for r in reds]
    rewriter = _Rewriter(pdf, interpreter, rects)
    resources = inherited(page, "/Resources")
    instructions = list(pikepdf.parse_content_stream(page)) if "/Contents" in page else []
    result = rewriter.stream(instructions, resources, GState())
    for red, hits in zip(reds, rewriter.hits, strict=True):
        if red.label and hits == 0:
            raise Unsupported(f"box {red.box.as_list()} removed no glyph and covers no image or ink")
    if result is not None:
        body = pikepdf.unparse_content_stream(result.instructions)
        resources = result.resources if result.resources is not None else resources
    else:
        body = _original_content(page)
    labelled = [r for r in reds if r.label]
    new_res = _shallow_copy(resources)
    drawing = b""
    if labelled:
        font_name = _add_label_font(new_res)
        rotate = rotation(page)
        boxes = b"".join(_draw_box(r.box) for r in labelled)
        places = label_places(labelled, rotate, lambda rect, text: _label_layout(rect, text, rotate) is not None)
        labels = b"".join(_draw_label(rect, text, font_name, rotate) for rect, text in places)
        drawing = b"q\n" + boxes + labels + b"Q\n"
    page.Resources = pdf.make_indirect(new_res)
    page.Contents = pdf.make_stream(b"q\n" + body + b"\nQ\n" + drawing)
    replaced |= rewriter.replaced
    return rewriter.removed, rewriter.images, rewriter.paths, rewriter.painted


def _original_content(page: pikepdf.Dictionary) -> bytes:
    contents = page.get("/Contents")
    if contents is None:
        return b""
    if isinstance(contents, pikepdf.Array):
        return b"\n".join(s.read_bytes() for s in contents)
    return contents.read_bytes()


def _add_label_font(resources: pikepdf.Dictionary) -> str:
    fonts = pikepdf.Dictionary()
    old = resources.get("/Font")
    if isinstance(old, pikepdf.Dictionary):
        for key, value in old.items():
            fonts[key] = value
    name = _unique_name(set(fonts.keys()), "/WooLabel")
    fonts[name] = pikepdf.Dictionary(
        Type=Name.Font, Subtype=Name.Type1, BaseFont=Name.Helvetica, Encoding=Name.WinAnsiEncoding
    )
    resources["/Font"] = fonts
    return name


def _label_layout(box: Box, label: str, rotate: int) -> tuple[float, float, float] | None:
    """Font size and text origin that centre ``label`` upright in ``box``."""
    upright = rotate in (0, 180)
    length, thickness = (box.width, box.height) if upright else (box.height, box.width)
    pad = min(1.0, length * 0.05)
    size = min(thickness * 0.75, (length - 2 * pad) / max(string_width(label), 1e-6))
    if size < _MIN_LABEL_SIZE:
        return None
    theta = math.radians(rotate)
    cos, sin = round(math.cos(theta)), round(math.sin(theta))
    u, v = -string_width(label) * size / 2, -0.35 * size
    cx, cy = (box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2
    return size, cx + u * cos - v * sin, cy + u * sin + v * cos


def _draw_box(box: Box) -> bytes:
    return f"0 g {box.x0:.4f} {box.y0:.4f} {box.width:.4f} {box.height:.4f} re f\n".encode("ascii")


def _draw_label(box: Box, label: str, font: str, rotate: int) -> bytes:
    """The white label centred in ``box`` (drawn after every black box, so none covers it)."""
    layout = _label_layout(box, label, rotate)
    if layout is None:
        return b""
    size, x, y = layout
    theta = math.radians(rotate)
    cos, sin = round(math.cos(theta)), round(math.sin(theta))
    text = label.encode("cp1252", "replace").hex()
    return f"BT 1 g {font} {size:.3f} Tf {cos} {sin} {-sin} {cos} {x:.4f} {y:.4f} Tm <{text}> Tj ET\n".encode("ascii")
