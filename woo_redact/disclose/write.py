"""Writing the motivation into the disclosure PDF (after redaction).

Text is set in the standard Helvetica font with WinAnsi encoding, which holds
every Dutch letter, so it is extractable by any reader. In FILL mode the text
goes into the area planned by :mod:`.motivation` (under the sub-heading
*Motivering* in bold when the note's section lacks it); when it does not fit, or
in APPEND mode, a final page is added with the section heading, *Motivering* and
the text.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

import pikepdf
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from ..config import Config
from ..model import Box
from .motivation import Mode, MotivationPlan

FONT_KEY = "/WooMotivering"
BOLD_KEY = "/WooMotiveringBold"


@dataclass
class Written:
    """What the writer changed; ``keep_alive`` must outlive the save of the target."""

    changed: tuple[Box, ...]
    appended_pages: int
    keep_alive: object = None
    text: str = ""  # everything the writer put on the page(s), for the proof's counts


def wrap(text: str, width: float, size: float, font: str = "Helvetica") -> list[str]:
    """Greedy word wrap to ``width`` points."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        trial = f"{current} {word}".strip()
        if current and stringWidth(trial, font, size) > width:
            lines.append(current)
            current = word
        else:
            current = trial
    if current:
        lines.append(current)
    return lines


def _pdf_string(s: str) -> bytes:
    raw = s.encode("cp1252", errors="replace")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


REFERENCE = "De motivering staat op de toegevoegde laatste pagina van deze nota."


def _fill(pdf: pikepdf.Pdf, plan: MotivationPlan, text: str) -> Box | None:
    area = plan.area
    assert area is not None
    size = plan.font_size
    leading = 1.3 * size
    lines = wrap(text, area.width, size)
    head = wrap(plan.subheading, area.width, size, "Helvetica-Bold") if plan.subheading else []
    if (len(head) + len(lines)) * leading > area.height:
        return None
    page = pdf.pages[area.page]
    resources = page.obj.get("/Resources")
    if resources is None:
        page.obj["/Resources"] = resources = pikepdf.Dictionary()
    if "/Font" not in resources:
        resources["/Font"] = pikepdf.Dictionary()
    for key, base in ((FONT_KEY, pikepdf.Name.Helvetica), (BOLD_KEY, pikepdf.Name("/Helvetica-Bold"))):
        resources["/Font"][key] = pdf.make_indirect(
            pikepdf.Dictionary(
                Type=pikepdf.Name.Font,
                Subtype=pikepdf.Name.Type1,
                BaseFont=base,
                Encoding=pikepdf.Name.WinAnsiEncoding,
            )
        )
    y = area.y1 - size
    ops = [b"BT", f"0 0 0 rg {leading:.2f} TL".encode(), f"{area.x0:.2f} {y:.2f} Td".encode()]
    for i, (key, line) in enumerate([(BOLD_KEY, h) for h in head] + [(FONT_KEY, t) for t in lines]):
        ops.append(f"{key} {size:.2f} Tf ".encode() + (b"" if i == 0 else b"T* ") + _pdf_string(line) + b" Tj")
    ops.append(b"ET")
    lines = head + lines
    page.contents_add(pdf.make_stream(b"q\n"), prepend=True)
    page.contents_add(pdf.make_stream(b"Q\nq\n" + b"\n".join(ops) + b"\nQ\n"))
    used = len(lines) * leading
    return Box(area.page, area.x0, area.y1 - used - 0.5 * size, area.x1, area.y1)


MAX_SIDE = 14400.0  # points: the largest page of the PDF specification


def _append(pdf: pikepdf.Pdf, plan: MotivationPlan, config: Config) -> pikepdf.Pdf:
    last = pdf.pages[-1]
    mb = [float(v) for v in last.mediabox]
    width, height = abs(mb[2] - mb[0]), abs(mb[3] - mb[1])
    if int(last.obj.get("/Rotate", 0)) % 180 == 90:
        width, height = height, width
    if min(width, height) < 288 or max(width, height) > MAX_SIDE:  # no room for the text: an A4 page instead
        width, height = 595.28, 841.89
    d = config.disclosure
    pages = _motivation_pages(width, height, d.section_heading, d.motivation_heading, plan.text)
    extra = pikepdf.open(io.BytesIO(pages))
    for p in extra.pages:
        pdf.pages.append(p)
    return extra


# the last few appended pages' PDFs by what they are made of: a batch's documents often share their grounds,
# hence the same text on a page of the same size (built by reportlab in ~3 ms each)
_PAGES: dict[tuple[float, float, str, str, str], bytes] = {}
_PAGES_KEPT = 32


def _motivation_pages(width: float, height: float, heading: str, sub_heading: str, text: str) -> bytes:
    """The PDF of the appended page(s): the section heading, *Motivering* and the text (made once for each)."""
    key = (width, height, heading, sub_heading, text)
    pages = _PAGES.pop(key, None)
    if pages is None:
        buf = io.BytesIO()
        doc = SimpleDocTemplate(
            buf,
            pagesize=(width, height),
            leftMargin=72,
            rightMargin=72,
            topMargin=72,
            bottomMargin=72,
            title="",
            author="",
        )
        h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=12, leading=16, spaceAfter=10)
        h2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=10.5, leading=14, spaceAfter=6)
        body = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13)
        doc.build(
            [Paragraph(esc(heading), h1), Spacer(1, 4), Paragraph(esc(sub_heading), h2), Paragraph(esc(text), body)]
        )
        pages = buf.getvalue()
    _PAGES[key] = pages  # the most recent last
    while len(_PAGES) > _PAGES_KEPT:
        del _PAGES[next(iter(_PAGES))]
    return pages


def esc(s: str) -> str:
    """Escape text for a reportlab Paragraph."""
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write_motivation(pdf: pikepdf.Pdf, plan: MotivationPlan, config: Config) -> Written:
    """Write the planned motivation into ``pdf`` (in place)."""
    if plan.mode is Mode.PRESENT:
        return Written((), 0)
    d = config.disclosure
    changed: tuple[Box, ...] = ()
    if plan.mode is Mode.FILL:
        box = _fill(pdf, plan, plan.text)
        if box is not None:
            return Written((box,), 0, text=" ".join(filter(None, (plan.subheading, plan.text))))
        box = _fill(pdf, plan, REFERENCE)  # too long for the space: point to the appended page
        changed = (box,) if box is not None else ()
    before = len(pdf.pages)
    extra = _append(pdf, plan, config)
    filled = (plan.subheading, REFERENCE) if changed else ()
    text = " ".join(filter(None, (*filled, d.section_heading, d.motivation_heading, plan.text)))
    return Written(changed, len(pdf.pages) - before, keep_alive=extra, text=text)
