"""An invisible text layer for OCR'd pages, so the disclosure version stays searchable.

A scanned page's text exists only as pixels; after redaction the published page
must still be searchable, copyable and readable aloud (digital accessibility).
OCRmyPDF's "sandwich" idea: over the image, each OCR word is set in text render
mode 3 (invisible), scaled to the word's box, so a reader selects and finds
the word where it is seen. Words that touch a redaction box are left out: the
layer holds the page's words **minus** the redacted ones. The box labels
(``5.1.2e``) are already text, drawn by the remover.

A page whose own text layer was noise (an archive export's OCR, see
:mod:`woo_redact.parse.noise`) loses that layer first: every invisible text
show (render mode 3) of its content stream goes, and the clean layer takes its
place.

A page the remover had to rasterise (its last resort) lost its text with its drawing; it gets the same
layer, of all its words, minus the redacted ones.

The font is the standard Helvetica with WinAnsi encoding (every Dutch letter);
a character outside it becomes ``?``.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from collections.abc import Set as AbstractSet

import pikepdf
from pikepdf import Name
from reportlab.pdfbase.pdfmetrics import stringWidth

from ..model import Box, Document, Redaction, Word
from ..parse.tesseract import OCR_FONT
from ..redact.raster import inherited

FONT_KEY = "/WooOcrText"
_SIZE_FRACTION = 0.8  # font size / thickness of the (padded) word box
_DESCENT = 0.2  # baseline above the box's bottom, as a fraction of the thickness


def _angle(word: Word, rotation: int) -> int:
    """The reading direction of a word in user space, from its first and last character."""
    if len(word.char_boxes) > 1:
        a, b = word.char_boxes[0], word.char_boxes[-1]
        dx = (b[0] + b[2]) / 2 - (a[0] + a[2]) / 2
        dy = (b[1] + b[3]) / 2 - (a[1] + a[3]) / 2
        if abs(dx) > 1e-3 or abs(dy) > 1e-3:
            return int(round(math.degrees(math.atan2(dy, dx)) / 90.0)) % 4 * 90
    return rotation % 360


def _overlaps(box: Box, boxes: Sequence[Box]) -> bool:
    return any(box.x0 < b.x1 and b.x0 < box.x1 and box.y0 < b.y1 and b.y0 < box.y1 for b in boxes)


def _show(word: Word, angle: int) -> str:
    b = word.box
    along, thick = (b.width, b.height) if angle in (0, 180) else (b.height, b.width)
    size = max(thick * _SIZE_FRACTION, 1.0)
    text = word.text.encode("cp1252", "replace")
    natural = stringWidth(text.decode("cp1252"), "Helvetica", size)
    scale = 100.0 * along / natural if natural > 0 else 100.0
    d = thick * _DESCENT
    origin = {0: (b.x0, b.y0 + d), 90: (b.x1 - d, b.y0), 180: (b.x1, b.y1 - d), 270: (b.x0 + d, b.y1)}[angle]
    cos, sin = round(math.cos(math.radians(angle))), round(math.sin(math.radians(angle)))
    return (
        f"{FONT_KEY} {size:.2f} Tf {scale:.2f} Tz {cos} {sin} {-sin} {cos} {origin[0]:.2f} {origin[1]:.2f} Tm "
        f"<{text.hex()}> Tj\n"
    )


def write_text_layer(
    pdf: pikepdf.Pdf,
    doc: Document,
    redactions: Sequence[Redaction],
    rasterized: AbstractSet[int] = frozenset(),
    mute: bool = False,
) -> str:
    """Add the invisible OCR text (minus redacted words) to every OCR'd page; return the text written.

    ``mute``: write no words (a noisy layer is still removed): the fallback when a reading engine joined
    two words of the layer into a redacted string, which the proof cannot tell from a leak.

    A page in ``rasterized`` (the remover's last resort made it one image) lost its own text, so it gets
    all its words, those of its text layer too, minus the redacted ones: it stays searchable.

    The text is one line per OCR line, for the proof's counts: a page that was only pixels in the
    original gains these words as text, so an occurrence of a redacted string outside the boxes (the
    same surname kept elsewhere on the scan) is the tool's own writing, not a leak. A word inside a
    box is never in it, and the proof's glyph check finds one that would be.
    """
    written: list[str] = []
    for info in doc.pages:
        whole = info.index in rasterized
        if not info.ocr and not whole:
            continue
        boxes = [r.box for r in redactions if r.box.page == info.index]
        words = [w for w in doc.words if w.box.page == info.index and (whole or w.fontname == OCR_FONT)]
        kept = [] if mute else [w for w in words if not _overlaps(w.box, boxes)]
        if not kept and not info.noisy_layer:
            continue
        body = "".join(_show(w, _angle(w, info.rotation)) for w in kept)
        page = pdf.pages[info.index]
        if info.noisy_layer and not whole:
            strip_invisible_text(pdf, page.obj)
        font = pdf.make_indirect(
            pikepdf.Dictionary(
                Type=Name.Font, Subtype=Name.Type1, BaseFont=Name.Helvetica, Encoding=Name.WinAnsiEncoding
            )
        )
        resources = inherited(page.obj, "/Resources")
        resources = pikepdf.Dictionary() if resources is None else pikepdf.Dictionary(dict(resources.items()))
        fonts = resources.get("/Font")
        fonts = pikepdf.Dictionary() if fonts is None else pikepdf.Dictionary(dict(fonts.items()))
        fonts[FONT_KEY] = font
        resources["/Font"] = fonts
        page.obj.Resources = pdf.make_indirect(resources)
        # the page's own content is wrapped in q/Q, so whatever state it leaves does not move the layer
        page.contents_add(pdf.make_stream(b"q\n"), prepend=True)
        layer = f"\nQ\nq BT 3 Tr\n{body}ET Q\n".encode("ascii")
        page.contents_add(pdf.make_stream(layer), prepend=False)
        written.append(_lines(kept))
    return "\n".join(written)


def _lines(words: Sequence[Word]) -> str:
    """The words as text, one line per line of the document."""
    lines: dict[int, list[str]] = {}
    for w in words:
        lines.setdefault(w.line, []).append(w.text)
    return "\n".join(" ".join(ws) for ws in lines.values())


_SHOWS = {"Tj", "TJ", "'", '"'}


def strip_invisible_text(pdf: pikepdf.Pdf, page: pikepdf.Dictionary) -> int:
    """Remove every text show drawn invisibly (render mode 3) from the page's own content; return how many.

    ``'`` and ``"`` still move to the next line (as ``T*``, with their spacing), so visible text after
    them stays where it was.
    """
    if "/Contents" not in page:
        return 0
    out: list[pikepdf.ContentStreamInstruction | pikepdf.ContentStreamInlineImage] = []
    stack: list[int] = []
    mode = 0
    removed = 0
    for instr in pikepdf.parse_content_stream(page):
        if isinstance(instr, pikepdf.ContentStreamInlineImage):
            out.append(instr)
            continue
        op = str(instr.operator)
        if op == "q":
            stack.append(mode)
        elif op == "Q":
            mode = stack.pop() if stack else 0
        elif op == "Tr" and instr.operands:
            mode = int(instr.operands[0])
        elif op in _SHOWS and mode == 3:
            removed += 1
            if op == "'":
                out.append(pikepdf.ContentStreamInstruction([], pikepdf.Operator("T*")))
            elif op == '"':
                out.append(pikepdf.ContentStreamInstruction([instr.operands[0]], pikepdf.Operator("Tw")))
                out.append(pikepdf.ContentStreamInstruction([instr.operands[1]], pikepdf.Operator("Tc")))
                out.append(pikepdf.ContentStreamInstruction([], pikepdf.Operator("T*")))
            continue
        out.append(instr)
    if removed:
        page.Contents = pdf.make_stream(pikepdf.unparse_content_stream(out))
    return removed
