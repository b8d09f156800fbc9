"""Planted leaks: a correct redaction of the three-page test note, then one fault each.

Each fault is a way a remover can go wrong (Woo guide, section 4: the leak
channels). ``tests/test_proof_faults.py`` asserts the proof fails for every one
and that the checks recorded in :data:`CAUGHT_BY` fail; ``scripts/proof_faults.py``
prints which checks fail for which fault (the table in docs/proof.md).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pikepdf
import pypdfium2 as pdfium
from PIL import ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas
from test_prove import EMAIL, FONT, NAME, SIZE, SURNAME, Layout, make_pdf

from woo_redact.model import Proof
from woo_redact.prove import ENGINES, prove


@dataclass(frozen=True)
class Fault:
    """A faulty output of the test note, and what the proof is told about it."""

    output: bytes
    kwargs: dict[str, Any] = field(default_factory=dict)


def _save(pdf: pikepdf.Pdf) -> bytes:
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def _overlay(data: bytes, page: int, draw: Callable[[canvas.Canvas], None]) -> bytes:
    """``data`` with what ``draw`` draws on top of one page."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    draw(c)
    c.save()
    with pikepdf.open(io.BytesIO(data)) as pdf, pikepdf.open(buf) as overlay:
        pdf.pages[page].add_overlay(overlay.pages[0])
        return _save(pdf)


def _edit(data: bytes, change: Callable[[pikepdf.Pdf], None], object_streams: bool = False) -> bytes:
    with pikepdf.open(io.BytesIO(data)) as pdf:
        change(pdf)
        out = io.BytesIO()
        mode = pikepdf.ObjectStreamMode.generate if object_streams else pikepdf.ObjectStreamMode.preserve
        pdf.save(out, object_stream_mode=mode)
        return out.getvalue()


def _text_at(x: float, y: float, text: str, mode: int = 0, size: float = SIZE, white: bool = False):  # noqa: ANN202
    def draw(c: canvas.Canvas) -> None:
        t = c.beginText(x, y)
        t.setFont(FONT, size)
        t.setTextRenderMode(mode)
        if white:
            t.setFillColorRGB(1, 1, 1)
        t.textLine(text)
        c.drawText(t)

    return draw


def _content_prepend(data: bytes, page: int, ops: bytes) -> bytes:
    def change(pdf: pikepdf.Pdf) -> None:
        p = pdf.pages[page]
        font = next(iter(p.Resources.Font.keys()))
        p.contents_add(pdf.make_stream(ops.replace(b"/F1", font.encode())), prepend=False)

    return _edit(data, change)


def _image_page_with_name(redacted: bytes, layout: Layout) -> bytes:
    """Page 1 as a scan: an image of the page on which the name was painted over (correct), except the
    image still shows the name under the box (the image pixels were not painted)."""
    doc = pdfium.PdfDocument(redacted)
    scale = 150 / 72
    image = doc[0].render(scale=scale).to_pil().convert("RGB")
    doc.close()
    box = layout.spots["F1"][2]
    draw = ImageDraw.Draw(image)
    top = (A4[1] - box.y1) * scale
    draw.rectangle([box.x0 * scale, top, box.x1 * scale, (A4[1] - box.y0) * scale], fill=(255, 255, 255))
    try:
        font = ImageFont.truetype("DejaVuSans.ttf", int(SIZE * scale))
    except OSError:
        font = ImageFont.load_default()
    draw.text((box.x0 * scale + 2, top + 1), NAME, fill=(0, 0, 0), font=font)
    img = io.BytesIO()
    image.save(img, format="PNG")
    img.seek(0)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.drawImage(ImageReader(img), 0, 0, width=A4[0], height=A4[1])
    c.setFillColorRGB(0, 0, 0)
    c.rect(box.x0, box.y0, box.width, box.height, stroke=0, fill=1)  # the box drawn over the image
    c.save()
    with pikepdf.open(io.BytesIO(redacted)) as pdf, pikepdf.open(buf) as scan:
        pdf.pages[0] = scan.pages[0]
        return _save(pdf)


def _author(pdf: pikepdf.Pdf) -> None:
    pdf.docinfo["/Author"] = NAME


def _author_utf16(pdf: pikepdf.Pdf) -> None:
    pdf.docinfo["/Author"] = pikepdf.String(b"\xfe\xff" + NAME.encode("utf-16-be"))


def _appearance(pdf: pikepdf.Pdf) -> None:
    font = next(iter(pdf.pages[1].Resources.Font.values()))
    ap = pdf.make_stream(
        b"BT /F1 9 Tf 2 4 Td (Pieter Jansen) Tj ET",
        Type=pikepdf.Name.XObject,
        Subtype=pikepdf.Name.Form,
        BBox=[0, 0, 100, 14],
        Resources=pikepdf.Dictionary(Font=pikepdf.Dictionary(F1=font)),
    )
    annot = pdf.make_indirect(
        pikepdf.Dictionary(
            Type=pikepdf.Name.Annot,
            Subtype=pikepdf.Name.Stamp,
            Rect=[300, 60, 400, 74],
            AP=pikepdf.Dictionary(N=ap),
        )
    )
    pdf.pages[1].Annots = pdf.make_indirect(pikepdf.Array([annot]))


def _xmp(pdf: pikepdf.Pdf) -> None:
    with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
        meta["dc:creator"] = [NAME]


def _outline(pdf: pikepdf.Pdf) -> None:
    with pdf.open_outline() as outline:
        outline.root.append(pikepdf.OutlineItem(f"Notitie van {NAME}", 0))


def _annotation(pdf: pikepdf.Pdf) -> None:
    annot = pdf.make_indirect(
        pikepdf.Dictionary(
            Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text, Rect=[300, 300, 320, 320], Contents=f"Bel {NAME}"
        )
    )
    pdf.pages[1].Annots = pdf.make_indirect(pikepdf.Array([annot]))


def _hidden_form(pdf: pikepdf.Pdf) -> None:
    form = pdf.make_stream(
        b"BT /F1 11 Tf 72 700 Td (Pieter Jansen) Tj ET",
        Type=pikepdf.Name.XObject,
        Subtype=pikepdf.Name.Form,
        BBox=[0, 0, 595, 842],
    )
    pdf.pages[0].Resources.XObject = pikepdf.Dictionary(Hidden=form)


def _comment_in_file(data: bytes) -> bytes:
    """The name in a PDF comment between two objects: in the file's bytes, in no object."""
    at = data.index(b"\nendobj") + len(b"\nendobj")
    return data[:at] + b"\n% author: Pieter Jansen\n" + data[at:]


def _scrambled(word: str, x: float, y: float, stream_order: bool) -> bytes:
    """``word`` one glyph per show operator: in stream order but placed right to left (stream_order),
    or placed left to right but shown in reverse order (the reading order spells it)."""
    width = SIZE * 0.6
    ops = [b"BT /F1 11 Tf"]
    idx = list(range(len(word)))
    order = idx if stream_order else idx[::-1]
    for k in order:
        pos = (len(word) - 1 - k) if stream_order else k
        ops.append(f"1 0 0 1 {x + pos * width:.2f} {y} Tm ({word[k]}) Tj".encode())
    ops.append(b"ET")
    return b" ".join(ops)


def faults(original: bytes, redacted: bytes, layout: Layout) -> dict[str, Fault]:
    """Every planted fault, by name."""
    f1 = layout.spots["F1"][2]
    f3 = layout.spots["F3"][2]
    empty = (300.0, 60.0)  # a spot on page 2 with nothing drawn
    keep, _ = make_pdf(redact=True, keep_text=True)
    over, _ = make_pdf(redact=True, drop_word="Besluit")
    blank, _ = make_pdf(redact=True, draw_boxes=False)
    image_page = _image_page_with_name(redacted, layout)
    return {
        "box over living text": Fault(keep),
        "name left outside the boxes": Fault(_overlay(redacted, 1, _text_at(*empty, NAME))),
        "name as invisible text (render mode 3)": Fault(_overlay(redacted, 1, _text_at(*empty, NAME, mode=3))),
        "name in white text": Fault(_overlay(redacted, 1, _text_at(*empty, NAME, white=True))),
        "name in 1 pt text inside a box": Fault(_overlay(redacted, 0, _text_at(f1.x0 + 2, f1.y0 + 4, NAME, size=1))),
        "surname drawn again in its box": Fault(_overlay(redacted, 1, _text_at(f3.x0 + 1, f3.y0 + 3.5, SURNAME))),
        "e-mail left as invisible text on another page": Fault(_overlay(redacted, 2, _text_at(*empty, EMAIL, mode=3))),
        "glyphs in stream order, placed right to left": Fault(
            _content_prepend(redacted, 1, _scrambled(SURNAME, *empty, stream_order=True))
        ),
        "glyphs placed in reading order, shown in reverse": Fault(
            _content_prepend(redacted, 1, _scrambled(SURNAME, *empty, stream_order=False))
        ),
        "/ActualText span": Fault(_content_prepend(redacted, 0, b"/Span <</ActualText (Pieter Jansen)>> BDC EMC")),
        "form XObject never drawn": Fault(_edit(redacted, _hidden_form)),
        "comment in the file bytes": Fault(_comment_in_file(redacted)),
        "document info /Author": Fault(_edit(redacted, _author)),
        "XMP dc:creator": Fault(_edit(redacted, _xmp)),
        "bookmark title": Fault(_edit(redacted, _outline)),
        "annotation /Contents": Fault(_edit(redacted, _annotation)),
        "incremental update (two %%EOF)": Fault(redacted + b"\n% an appended revision\n%%EOF\n"),
        "box not drawn": Fault(blank),
        "word outside the boxes removed": Fault(over),
        "white patch over text outside the boxes": Fault(
            _overlay(redacted, 2, lambda c: (c.setFillColorRGB(1, 1, 1), c.rect(72, 500, 200, 14, stroke=0, fill=1)))
        ),
        "name drawn outside the page": Fault(_overlay(redacted, 1, _text_at(-400, 400, NAME))),
        "name in an annotation's appearance": Fault(_edit(redacted, _appearance)),
        "/Author in UTF-16, in an object stream": Fault(_edit(redacted, _author_utf16, object_streams=True)),
        "page image keeps the name under the box": Fault(image_page, {"image_pages": (0,), "rasterized_pages": (0,)}),
    }


# Which checks of a run's proof (RUN_ENGINES) fail for each fault, as measured with
# `scripts/proof_faults.py --run-engines` (docs/proof.md). A check listed alone is the only one
# that catches its fault: it must stay.
TEXT = {"no_stream_leak", "no_text_leak[pdfium]", "no_text_leak[pdftotext]"}  # the name in the text
CAUGHT_BY: dict[str, set[str]] = {
    "box over living text": TEXT | {"no_glyph_in_box[pdfium]"},
    "name left outside the boxes": TEXT | {"pixels_outside_unchanged"},
    "name as invisible text (render mode 3)": TEXT,
    "name in white text": TEXT,
    "name in 1 pt text inside a box": TEXT | {"no_glyph_in_box[pdfium]"},
    "surname drawn again in its box": TEXT | {"no_glyph_in_box[pdfium]"},
    "e-mail left as invisible text on another page": TEXT,
    "glyphs in stream order, placed right to left": {"pixels_outside_unchanged"},
    "glyphs placed in reading order, shown in reverse": {"no_text_leak[pdfium]", "pixels_outside_unchanged"},
    "/ActualText span": {"no_stream_leak"},
    "form XObject never drawn": {"no_stream_leak"},
    "comment in the file bytes": {"no_stream_leak"},
    "document info /Author": {"no_metadata_leak", "no_stream_leak"},
    "XMP dc:creator": {"no_metadata_leak", "no_stream_leak"},
    "bookmark title": {"no_metadata_leak", "no_stream_leak"},
    "annotation /Contents": {"no_metadata_leak", "no_stream_leak"},
    "incremental update (two %%EOF)": {"structure"},
    "box not drawn": {"boxes_black"},
    "word outside the boxes removed": {"pixels_outside_unchanged", "text_outside_survives"},
    "white patch over text outside the boxes": {"pixels_outside_unchanged"},
    "name drawn outside the page": {"no_stream_leak", "no_text_leak[pdfium]"},
    "name in an annotation's appearance": {"no_stream_leak", "no_text_leak[pdftotext]"},
    "/Author in UTF-16, in an object stream": {"no_metadata_leak"},
    "page image keeps the name under the box": {"no_ocr_under_boxes"},
}


def run(original: bytes, findings: list, fault: Fault, engines: tuple[str, ...] = ENGINES) -> Proof:
    """The proof of ``fault``'s output, with the text engines ``engines``."""
    return prove(original, fault.output, findings, engines=engines, **fault.kwargs)
