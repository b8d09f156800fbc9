"""Generate the bundled sample beslisnota's and their expected findings.

Run from the repository root:

    .venv/bin/python samples/generate.py

Writes samples/notes/<name>.pdf, samples/notes/<name>.expected.json and
samples/public-officials.txt, then checks every PDF with pdfplumber and fails
loudly (exit status 1) when an expected string cannot be extracted as written.

The content lives in samples/notes_content.py. Its inline markup ({P|...},
{E|...}, {K|...}, ...) is the single source for both the rendered text and the
expected JSON, so the two cannot drift apart. Everything is invented.

About half of the notes are written as DOCX with python-docx and converted by
LibreOffice (some as tagged PDF); the others are drawn with reportlab (platypus,
one with a ministry-style side column, and one on the bare canvas).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
OUT = HERE / "notes"
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True

from notes_content import MOTIVATION_HEADING, NOTES  # noqa: E402

TYPES = {
    "P": "PERSON",
    "E": "EMAIL_ADDRESS",
    "T": "PHONE_NUMBER",
    "X": "PARAPH",
    "B": "NL_BSN",
    "I": "IBAN_CODE",
}
MARK = re.compile(r"\{([PETXBIKO])\|([^{}|]+)\}")
BOLD = re.compile(r"\*\*(.+?)\*\*")
MONTHS = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]
FIXED_TIME = dt.datetime(2026, 1, 1, 9, 0, 0)


class SampleError(Exception):
    pass


# ---------------------------------------------------------------------------
# markup
# ---------------------------------------------------------------------------
def plain(s: str) -> str:
    """Text as rendered: markers removed, bold markers kept (handled per engine)."""
    return MARK.sub(lambda m: m.group(2), s)


def unbold(s: str) -> str:
    return BOLD.sub(lambda m: m.group(1), s)


def text_runs(s: str) -> list[tuple[str, bool]]:
    """Split rendered text into (text, bold) runs."""
    s = plain(s)
    runs, pos = [], 0
    for m in BOLD.finditer(s):
        if m.start() > pos:
            runs.append((s[pos : m.start()], False))
        runs.append((m.group(1), True))
        pos = m.end()
    if pos < len(s):
        runs.append((s[pos:], False))
    return runs


def rl_markup(s: str) -> str:
    """reportlab Paragraph markup."""
    return "".join(f"<b>{escape(t)}</b>" if b else escape(t) for t, b in text_runs(s))


def dutch_date(iso: str) -> str:
    d = dt.date.fromisoformat(iso)
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def note_strings(note: dict) -> list[str]:
    """Every marked-up string of a note, in reading order."""
    out = list(note.get("header_lines", [])) + list(note.get("side", []))
    out += list(note.get("side_later", []))
    for b in note["blocks"]:
        kind = b[0]
        if kind in ("title", "h", "h3", "p"):
            out.append(b[1])
        elif kind == "fields":
            for label, value in b[1]:
                out += [label, value]
        elif kind in ("ul", "mail"):
            out += list(b[1])
        elif kind == "table":
            out += list(b[1])
            for row in b[2]:
                out += list(row)
    if note.get("footer"):
        out.append(note["footer"])
    return out


def expected(note: dict) -> dict:
    redact: list[dict] = []
    keep: list[str] = []
    seen_r: set[str] = set()
    for s in note_strings(note):
        for m in MARK.finditer(s):
            code, text = m.group(1), m.group(2)
            if code in TYPES:
                if text not in seen_r:
                    seen_r.add(text)
                    redact.append({"text": text, "type": TYPES[code]})
            elif text not in keep:
                keep.append(text)
    if note["org"] not in keep:
        keep.insert(0, note["org"])
    return {
        "file": note["name"] + ".pdf",
        "producer": "libreoffice" if note["engine"] == "docx" else "reportlab",
        "has_motivation_section": note["motivation"] is not None,
        "motivation_placeholder": note["motivation"] in ("placeholder", "empty"),
        "date": note["date"],
        "redact": redact,
        "keep": keep,
    }


def placeholder_text(note: dict) -> str | None:
    """The placeholder under "Motivering" as written ("" when nothing follows it)."""
    if note["motivation"] not in ("placeholder", "empty"):
        return None
    blocks = note["blocks"]
    for i, b in enumerate(blocks):
        if b[0] == "h3" and plain(b[1]) == "Motivering":
            rest = [plain(x[1]) for x in blocks[i + 1 :] if x[0] == "p"]
            return rest[0] if rest else ""
    raise SampleError(f"{note['name']}: no Motivering heading")


def officials(note: dict) -> list[str]:
    out = []
    for s in note_strings(note):
        for m in MARK.finditer(s):
            if m.group(1) == "O" and m.group(2) not in out:
                out.append(m.group(2))
    return out


# ---------------------------------------------------------------------------
# DOCX (LibreOffice) engine
# ---------------------------------------------------------------------------
def _docx_font(style_or_run_element, name: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    rpr = style_or_run_element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        if rfonts.get(qn(attr)) is not None:
            del rfonts.attrib[qn(attr)]
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(attr), name)


def _docx_field(paragraph, instr: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    paragraph._p.append(fld)


def _docx_add_runs(paragraph, s: str, size=None, bold=None, color=None):
    from docx.shared import Pt, RGBColor

    for text, b in text_runs(s):
        run = paragraph.add_run(text)
        if b or bold:
            run.bold = True
        if size:
            run.font.size = Pt(size)
        if color:
            run.font.color.rgb = RGBColor.from_string(color)
    return paragraph


def _docx_no_borders(table) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tblPr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblPr.append(borders)


def _docx_col_widths(table, widths) -> None:
    """Fixed column widths that LibreOffice honours (tblGrid + every cell)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    table.autofit = False
    grid = table._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[i].twips)))
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    table._tbl.tblPr.append(layout)
    for row in table.rows:
        for i, cell in enumerate(row.cells):
            cell.width = widths[i]


def build_docx(note: dict, path: Path) -> None:
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Cm, Pt, RGBColor

    font, size = note["font"], note["size"]
    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin, sec.right_margin = Cm(2.5), Cm(2.2)
    sec.top_margin, sec.bottom_margin = Cm(2.8), Cm(2.2)
    sec.header_distance, sec.footer_distance = Cm(1.0), Cm(1.0)

    normal = doc.styles["Normal"]
    _docx_font(normal.element, font)
    normal.font.size = Pt(size)
    normal.paragraph_format.space_after = Pt(5)
    normal.paragraph_format.line_spacing = 1.1
    for sname, ssize in (
        ("Heading 1", size + 5),
        ("Heading 2", size + 1.5),
        ("Heading 3", size),
        ("List Bullet", size),
    ):
        st = doc.styles[sname]
        _docx_font(st.element, font)
        st.font.size = Pt(ssize)
        if sname.startswith("Heading"):
            st.font.bold = True
            st.font.italic = False
            st.font.color.rgb = RGBColor(0x15, 0x42, 0x73) if sname != "Heading 3" else RGBColor(0, 0, 0)
            st.paragraph_format.space_before = Pt(10 if sname != "Heading 3" else 6)
            st.paragraph_format.space_after = Pt(3)
            st.paragraph_format.keep_with_next = True

    # running header and footer
    hdr = sec.header.paragraphs[0]
    hdr.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for i, line in enumerate(note["header_lines"]):
        if i:
            hdr.add_run().add_break()
        _docx_add_runs(hdr, line, size=size - 1, bold=(i == 0), color="154273")
    ftr = sec.footer.paragraphs[0]
    ftr.alignment = WD_ALIGN_PARAGRAPH.LEFT
    _docx_add_runs(ftr, note["footer"] + " | Pagina ", size=size - 2.5, color="555555")
    _docx_field(ftr, "PAGE")

    for block in note["blocks"]:
        kind = block[0]
        if kind == "title":
            p = doc.add_paragraph(style="Heading 1")
            _docx_add_runs(p, block[1])
        elif kind == "h":
            _docx_add_runs(doc.add_paragraph(style="Heading 2"), block[1])
        elif kind == "h3":
            _docx_add_runs(doc.add_paragraph(style="Heading 3"), block[1])
        elif kind == "p":
            _docx_add_runs(doc.add_paragraph(), block[1])
        elif kind == "ul":
            for item in block[1]:
                if re.match(r"^\d+\. ", plain(item)):
                    p = doc.add_paragraph()
                    p.paragraph_format.left_indent = Cm(0.6)
                    p.paragraph_format.space_after = Pt(2)
                else:
                    p = doc.add_paragraph(style="List Bullet")
                _docx_add_runs(p, item)
        elif kind == "fields":
            table = doc.add_table(rows=0, cols=2)
            _docx_no_borders(table)
            table.alignment = WD_TABLE_ALIGNMENT.LEFT
            for label, value in block[1]:
                cells = table.add_row().cells
                cells[0].width, cells[1].width = Cm(4.0), Cm(12.3)
                _docx_add_runs(cells[0].paragraphs[0], label, bold=True)
                _docx_add_runs(cells[1].paragraphs[0], value)
                for c in cells:
                    c.paragraphs[0].paragraph_format.space_after = Pt(1)
            _docx_col_widths(table, [Cm(4.0), Cm(12.3)])
            doc.add_paragraph().paragraph_format.space_after = Pt(2)
        elif kind == "table":
            header, rows = block[1], block[2]
            table = doc.add_table(rows=1, cols=len(header))
            table.style = doc.styles["Table Grid"]
            widths = [Cm(4.6), Cm(6.6), Cm(2.2), Cm(2.9)]
            for i, h in enumerate(header):
                table.rows[0].cells[i].width = widths[i]
                _docx_add_runs(table.rows[0].cells[i].paragraphs[0], h, bold=True)
            for row in rows:
                cells = table.add_row().cells
                for i, v in enumerate(row):
                    cells[i].width = widths[i]
                    _docx_add_runs(cells[i].paragraphs[0], v)
            _docx_col_widths(table, widths)
            doc.add_paragraph()
        elif kind == "mail":
            for line in block[1]:
                p = doc.add_paragraph()
                p.paragraph_format.left_indent = Cm(0.8)
                p.paragraph_format.space_after = Pt(0)
                p.paragraph_format.line_spacing = 1.0
                bold = bool(re.match(r"^(Van|Verzonden|Aan|CC|Onderwerp):", plain(line)))
                if bold:
                    label, rest = plain(line).split(":", 1)
                    _docx_add_runs(p, label + ":", size=size - 1, bold=True, color="333333")
                    line = line.split(":", 1)[1]
                _docx_add_runs(p, line, size=size - 1, color="333333")
            doc.add_paragraph()
        elif kind == "space":
            p = doc.add_paragraph()
            p.paragraph_format.space_after = Pt(block[1])
        elif kind == "pagebreak":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise SampleError(f"unknown block {kind}")

    cp = doc.core_properties
    cp.author = note["author"]
    cp.last_modified_by = note["author"]
    cp.title = note["title"]
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.revision = 1
    cp.created = FIXED_TIME
    cp.modified = FIXED_TIME
    cp.last_printed = FIXED_TIME
    doc.save(str(path))


TAGGED_FILTER = 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}'


def convert_docx(docx_files: list[Path], outdir: Path, tagged: bool, profile: Path) -> None:
    if not docx_files:
        return
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        raise SampleError("LibreOffice (soffice) not found")
    cmd = [
        soffice,
        f"-env:UserInstallation={profile.as_uri()}",
        "--headless",
        "--norestore",
        "--nolockcheck",
        "--convert-to",
        TAGGED_FILTER if tagged else "pdf",
        "--outdir",
        str(outdir),
    ] + [str(f) for f in docx_files]
    res = subprocess.run(cmd, capture_output=True, text=True, timeout=300, env={**os.environ, "HOME": str(profile)})
    for f in docx_files:
        if not (outdir / (f.stem + ".pdf")).exists():
            raise SampleError(f"LibreOffice did not convert {f.name}:\n{res.stdout}\n{res.stderr}")


# ---------------------------------------------------------------------------
# reportlab engines
# ---------------------------------------------------------------------------
RIJKSBLAUW = (0x15 / 255, 0x42 / 255, 0x73 / 255)
_FONTS_DONE = False


def register_fonts() -> None:
    global _FONTS_DONE
    if _FONTS_DONE:
        return
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    candidates = {
        "LiberationSans": ("liberation2/LiberationSans-Regular.ttf", "liberation2/LiberationSans-Bold.ttf"),
        "LiberationSerif": ("liberation2/LiberationSerif-Regular.ttf", "liberation2/LiberationSerif-Bold.ttf"),
        "DejaVuSans": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf"),
    }
    roots = [Path("/usr/share/fonts/truetype")]
    for fam, (reg, bold) in candidates.items():
        for root in roots:
            r, b = root / reg, root / bold
            if not r.exists():
                r, b = root / reg.replace("liberation2", "liberation"), root / bold.replace("liberation2", "liberation")
            if r.exists() and b.exists():
                pdfmetrics.registerFont(TTFont(fam, str(r)))
                pdfmetrics.registerFont(TTFont(fam + "-Bold", str(b)))
                addMapping(fam, 0, 0, fam)
                addMapping(fam, 1, 0, fam + "-Bold")
                addMapping(fam, 0, 1, fam)
                addMapping(fam, 1, 1, fam + "-Bold")
                break
        else:
            raise SampleError(f"font {fam} not found under {roots}")
    _FONTS_DONE = True


def bold_font(font: str) -> str:
    return "Helvetica-Bold" if font == "Helvetica" else font + "-Bold"


def draw_logo(c, page_w: float, page_h: float, org: str, font: str) -> None:
    """A Rijkshuisstijl-like logo: a blue vertical bar and the organisation name."""
    x = page_w / 2 - 6
    c.saveState()
    c.setFillColorRGB(*RIJKSBLAUW)
    c.rect(x, page_h - 62, 12, 48, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    words = org.split(" ")
    lines, cur = [], ""
    for w in words:
        if len(cur) + len(w) > 28 and cur:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w).strip()
    lines.append(cur)
    c.setFont(font, 9)
    y = page_h - 24
    for line in lines:
        c.drawString(x + 18, y, line)
        y -= 11
    c.restoreState()


def draw_header_lines(c, note: dict, x: float, y: float, font: str) -> None:
    """The sender lines under the logo (the full organisation name on one line)."""
    c.saveState()
    c.setFillColorRGB(*RIJKSBLAUW)
    for i, line in enumerate(note.get("header_lines", [])):
        c.setFont(bold_font(font) if i == 0 else font, 7.5)
        c.drawString(x, y, plain(line))
        y -= 9.5
    c.restoreState()


def build_platypus(note: dict, path: Path) -> None:
    from reportlab.lib.enums import TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        BaseDocTemplate,
        Frame,
        KeepTogether,
        ListFlowable,
        ListItem,
        PageBreak,
        PageTemplate,
        Paragraph,
        Spacer,
        Table,
        TableStyle,
    )

    register_fonts()
    font, size = note["font"], note["size"]
    bfont = bold_font(font)
    W, H = A4
    side = note.get("side_column")
    left, right = 25 * mm, 20 * mm
    main_w = (W - left - right - 52 * mm) if side else (W - left - right)
    top, bottom = 36 * mm, 22 * mm

    base = ParagraphStyle("base", fontName=font, fontSize=size, leading=size * 1.35, alignment=TA_LEFT, spaceAfter=4)
    st = {
        "title": ParagraphStyle(
            "title",
            parent=base,
            fontName=bfont,
            fontSize=size + 5,
            leading=(size + 5) * 1.3,
            spaceAfter=8,
            textColor=RIJKSBLAUW,
        ),
        "h": ParagraphStyle(
            "h",
            parent=base,
            fontName=bfont,
            fontSize=size + 1.5,
            leading=(size + 1.5) * 1.3,
            spaceBefore=8,
            spaceAfter=3,
        ),
        "h3": ParagraphStyle("h3", parent=base, fontName=bfont, spaceBefore=5, spaceAfter=2),
        "p": base,
        "cell": ParagraphStyle("cell", parent=base, spaceAfter=0),
        "cellb": ParagraphStyle("cellb", parent=base, fontName=bfont, spaceAfter=0),
        "mail": ParagraphStyle(
            "mail",
            parent=base,
            fontSize=size - 1,
            leading=(size - 1) * 1.3,
            leftIndent=8 * mm,
            spaceAfter=0,
            textColor=(0.2, 0.2, 0.2),
        ),
        "side": ParagraphStyle("side", parent=base, fontSize=7.5, leading=9.5, spaceAfter=0),
    }

    def side_block(c, lines, x, y_top, width):
        y = y_top
        for line in lines:
            if not line:
                y -= 6
                continue
            para = Paragraph(rl_markup(line), st["side"])
            _, h = para.wrap(width, 200)
            para.drawOn(c, x, y - h)
            y -= h

    def on_page(c, doc):
        c.saveState()
        draw_logo(c, W, H, note["org"], font)
        draw_header_lines(c, note, left, H - 27 * mm, font)
        c.setFont(font, 7.5)
        c.setFillColorRGB(0.33, 0.33, 0.33)
        c.drawString(left, 12 * mm, plain(note.get("footer", "")))
        c.drawRightString(W - right, 12 * mm, f"Pagina {doc.page}")
        if side:
            lines = note["side"] if doc.page == 1 else note["side_later"]
            side_block(c, lines, W - right - 45 * mm, H - top, 45 * mm)
        c.restoreState()

    frame = Frame(
        left, bottom, main_w, H - top - bottom, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="main"
    )
    doc = BaseDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=left,
        rightMargin=right,
        topMargin=top,
        bottomMargin=bottom,
        title=note["title"],
        author=note["author"],
        subject="",
        creator="Rijksdocumentgenerator 3.2",
        invariant=1,
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page)])

    story = []
    for block in note["blocks"]:
        kind = block[0]
        if kind in ("title", "h", "h3", "p"):
            story.append(Paragraph(rl_markup(block[1]), st[kind]))
        elif kind == "ul":
            items = []
            numbered = all(re.match(r"^\d+\. ", plain(i)) for i in block[1])
            for item in block[1]:
                if numbered:
                    story.append(
                        Paragraph(rl_markup(item), ParagraphStyle("num", parent=base, leftIndent=5 * mm, spaceAfter=1))
                    )
                else:
                    items.append(ListItem(Paragraph(rl_markup(item), base), leftIndent=6 * mm))
            if items:
                story.append(
                    ListFlowable(items, bulletType="bullet", start="\u2022", leftIndent=6 * mm, bulletFontName=font)
                )
        elif kind == "fields":
            data = [
                [Paragraph(rl_markup(lbl), st["cellb"]), Paragraph(rl_markup(v), st["cell"])] for lbl, v in block[1]
            ]
            t = Table(data, colWidths=[32 * mm, main_w - 32 * mm], hAlign="LEFT")
            t.setStyle(
                TableStyle(
                    [
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("TOPPADDING", (0, 0), (-1, -1), 1),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                    ]
                )
            )
            story += [t, Spacer(1, 8)]
        elif kind == "table":
            header, rows = block[1], block[2]
            data = [[Paragraph(rl_markup(h), st["cellb"]) for h in header]]
            data += [[Paragraph(rl_markup(v), st["cell"]) for v in row] for row in rows]
            fr = [0.32, 0.38, 0.13, 0.17]
            t = Table(data, colWidths=[main_w * f for f in fr], hAlign="LEFT")
            t.setStyle(
                TableStyle(
                    [
                        ("GRID", (0, 0), (-1, -1), 0.5, (0.3, 0.3, 0.3)),
                        ("BACKGROUND", (0, 0), (-1, 0), (0.88, 0.91, 0.95)),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ]
                )
            )
            story += [KeepTogether([t]), Spacer(1, 8)]
        elif kind == "mail":
            for line in block[1]:
                if not line:
                    story.append(Spacer(1, 5))
                    continue
                m = re.match(r"^(Van|Verzonden|Aan|CC|Onderwerp):(.*)$", line)
                if m:
                    story.append(Paragraph(f"<b>{m.group(1)}:</b>" + rl_markup(m.group(2)), st["mail"]))
                else:
                    story.append(Paragraph(rl_markup(line), st["mail"]))
            story.append(Spacer(1, 8))
        elif kind == "space":
            story.append(Spacer(1, block[1]))
        elif kind == "pagebreak":
            story.append(PageBreak())
        else:
            raise SampleError(f"unknown block {kind}")
    doc.build(story)


def build_canvas(note: dict, path: Path) -> None:
    """Draw the note directly on the canvas (no platypus), line by line."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen.canvas import Canvas

    register_fonts()
    font, size = note["font"], note["size"]
    bfont = bold_font(font)
    W, H = A4
    left, right, top, bottom = 25 * mm, 22 * mm, 38 * mm, 25 * mm
    width = W - left - right
    lead = size * 1.4
    c = Canvas(str(path), pagesize=A4, invariant=1)
    c.setAuthor(note["author"])
    c.setTitle(note["title"])
    c.setCreator("SZW Notasjabloon (reportlab)")
    page = [1]
    y = [H - top]

    def decorate():
        draw_logo(c, W, H, note["org"], font)
        draw_header_lines(c, note, left, H - 27 * mm, font)
        c.setFont(font, 7.5)
        c.setFillColorRGB(0.33, 0.33, 0.33)
        c.drawString(left, 12 * mm, plain(note.get("footer", "")))
        c.drawRightString(W - right, 12 * mm, f"Pagina {page[0]}")
        c.setFillColorRGB(0, 0, 0)

    def need(h):
        if y[0] - h < bottom:
            c.showPage()
            page[0] += 1
            decorate()
            y[0] = H - top

    def lines(text, fnt, sz, x, w, indent_first=""):
        for ln in simpleSplit(indent_first + unbold(plain(text)), fnt, sz, w):
            need(sz * 1.4)
            c.setFont(fnt, sz)
            c.drawString(x, y[0], ln)
            y[0] -= sz * 1.4

    decorate()
    for block in note["blocks"]:
        kind = block[0]
        if kind == "title":
            need(30)
            c.setFillColorRGB(*RIJKSBLAUW)
            lines(block[1], bfont, size + 6, left, width)
            c.setFillColorRGB(0, 0, 0)
            y[0] -= 6
        elif kind in ("h", "h3"):
            y[0] -= 6
            need(3 * lead)
            lines(block[1], bfont, size + (1.5 if kind == "h" else 0), left, width)
        elif kind == "p":
            lines(block[1], font, size, left, width)
            y[0] -= 4
        elif kind == "ul":
            for item in block[1]:
                need(lead)
                c.setFont(font, size)
                c.drawString(left + 2 * mm, y[0], "\u2022" if font != "Helvetica" else "-")
                lines(item, font, size, left + 7 * mm, width - 7 * mm)
            y[0] -= 4
        elif kind == "fields":
            for label, value in block[1]:
                need(lead)
                c.setFont(bfont, size)
                c.drawString(left, y[0], plain(label))
                lines(value, font, size, left + 32 * mm, width - 32 * mm)
            y[0] -= 8
            c.setStrokeColorRGB(*RIJKSBLAUW)
            c.line(left, y[0] + lead * 0.6, left + width, y[0] + lead * 0.6)
            y[0] -= 4
        elif kind == "mail":
            for line in block[1]:
                if not line:
                    y[0] -= lead * 0.5
                    continue
                lines(line, font, size - 1, left + 8 * mm, width - 8 * mm)
            y[0] -= 6
        elif kind == "space":
            y[0] -= block[1]
        elif kind == "pagebreak":
            need(H)
        elif kind == "table":
            raise SampleError("tables are not supported by the canvas engine")
        else:
            raise SampleError(f"unknown block {kind}")
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------
# checks
# ---------------------------------------------------------------------------
def _word_in(needle: str, hay: str) -> bool:
    return re.search(r"(?<![\w])" + re.escape(needle) + r"(?![\w])", hay) is not None


def motivation_space_below(pdf) -> float | None:
    """Free vertical space (pt) on the page below the Motivering heading/placeholder,
    above the footer zone (the lowest 25 mm)."""
    for page in reversed(pdf.pages):
        words = page.extract_words()
        mot = [w for w in words if w["text"] == "Motivering"]
        if not mot:
            continue
        m = mot[-1]
        footer_top = page.height - 25 * 72 / 25.4
        below = [w["bottom"] for w in words if w["top"] >= m["top"] - 1 and w["bottom"] < footer_top]
        return round(footer_top - max(below), 1)
    return None


NAME_PARTICLES = {"Van", "De", "Der", "Den", "Het", "Ter", "Ten", "El", "Ait"}


def check_markup(note: dict, exp: dict) -> None:
    """Every word of a PERSON item (surname, first name) that occurs elsewhere in the
    note must itself be inside a marked item: catches a name written without markup."""
    toks = set()
    for r in exp["redact"]:
        if r["type"] != "PERSON":
            continue
        for w in r["text"].split():
            w = w.strip(".,")
            if len(w) >= 3 and w[0].isupper() and w not in NAME_PARTICLES and not re.fullmatch(r"([A-Z]\.)+", w):
                toks.add(w)
                toks.update(part for part in w.split("-") if len(part) >= 3)
    problems = []
    for s in note_strings(note):
        text, spans, pos = "", [], 0
        for m in MARK.finditer(s):
            text += s[pos : m.start()]
            start = len(text)
            text += m.group(2)
            if m.group(1) in TYPES:
                spans.append((start, len(text)))
            pos = m.end()
        text += s[pos:]
        for t in toks:
            for m in re.finditer(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
                if not any(a <= m.start() and m.end() <= b for a, b in spans):
                    problems.append(f"unmarked name {t!r} in: {text[:80]!r}")
    if problems:
        raise SampleError(f"{note['name']} (markup):\n  " + "\n  ".join(problems))


def check_note(note: dict, exp: dict, pdf_path: Path) -> dict:
    import pdfplumber
    import pikepdf

    problems = []
    with pdfplumber.open(pdf_path) as pdf:
        pages = [p.extract_text() or "" for p in pdf.pages]
        n_pages = len(pdf.pages)
        space = motivation_space_below(pdf) if exp["has_motivation_section"] else None
    alltext = "\n".join(pages)
    for item in exp["redact"]:
        if not any(item["text"] in t for t in pages):
            problems.append(f"redact string not extractable: {item['text']!r}")
    for k in exp["keep"]:
        if not any(k in t for t in pages):
            problems.append(f"keep string not extractable: {k!r}")
    # a string that must be removed may not be a whole word inside one that must stay
    for item in exp["redact"]:
        for k in exp["keep"]:
            if _word_in(item["text"], k):
                problems.append(f"contradiction: {item['text']!r} inside keep {k!r}")
    if dutch_date(exp["date"]) not in alltext:
        problems.append(f"date {exp['date']} ({dutch_date(exp['date'])}) not in text")
    has_heading = MOTIVATION_HEADING in alltext and "Motivering" in alltext
    if has_heading != exp["has_motivation_section"]:
        problems.append(f"motivation section presence {has_heading} != expected")
    if not 1 <= n_pages <= 4:
        problems.append(f"{n_pages} pages")
    if note.get("free_space") and (space is None or space < 200):
        problems.append(f"placeholder should have free space below, has {space}")
    with pikepdf.open(pdf_path) as pdf:
        author = str(pdf.docinfo.get("/Author", ""))
        tagged = "/StructTreeRoot" in pdf.Root
        producer = str(pdf.docinfo.get("/Producer", ""))
    if author != note["author"]:
        problems.append(f"PDF /Author is {author!r}, expected {note['author']!r}")
    if not any(r["text"] == note["author"] and r["type"] == "PERSON" for r in exp["redact"]):
        problems.append("author not among the PERSON items")
    if bool(note.get("tagged")) != tagged:
        problems.append(f"tagged is {tagged}, expected {bool(note.get('tagged'))}")
    expected_producer = "LibreOffice" if exp["producer"] == "libreoffice" else "ReportLab"
    if expected_producer not in producer:
        problems.append(f"producer {producer!r}")
    if problems:
        raise SampleError(f"{pdf_path.name}:\n  " + "\n  ".join(problems))
    return {"pages": n_pages, "tagged": tagged, "space": space}


def check_batch(results: dict, all_officials: list[str]) -> None:
    problems = []
    persons = {r["text"] for exp, _ in results.values() for r in exp["redact"] if r["type"] == "PERSON"}
    for o in all_officials:
        for p in persons:
            if _word_in(p, o) or _word_in(o, p):
                problems.append(f"official {o!r} clashes with civil servant {p!r}")
    producers = [exp["producer"] for exp, _ in results.values()]
    if producers.count("libreoffice") < 5 or producers.count("reportlab") < 5:
        problems.append(f"producer mix {producers}")
    if sum(1 for _, info in results.values() if info["tagged"]) < 2:
        problems.append("fewer than two tagged PDFs")
    if not any(info["pages"] >= 3 for _, info in results.values()):
        problems.append("no note of 3+ pages")
    if sum(1 for exp, _ in results.values() if exp["motivation_placeholder"]) < 2:
        problems.append("fewer than two placeholders")
    if problems:
        raise SampleError("batch:\n  " + "\n  ".join(problems))


# ---------------------------------------------------------------------------
def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    names = [n["name"] for n in NOTES]
    if len(set(names)) != len(names):
        raise SampleError("duplicate note names")
    with tempfile.TemporaryDirectory(prefix="woo_samples_") as tmp:
        tmp = Path(tmp)
        profile = tmp / "lo_profile"
        build = tmp / "docx"
        build.mkdir()
        docx_tagged, docx_plain = [], []
        for note in NOTES:
            target = OUT / f"{note['name']}.pdf"
            if target.exists():
                target.unlink()
            if note["engine"] == "docx":
                src = build / f"{note['name']}.docx"
                build_docx(note, src)
                (docx_tagged if note.get("tagged") else docx_plain).append(src)
            elif note["engine"] == "platypus":
                build_platypus(note, target)
            elif note["engine"] == "canvas":
                build_canvas(note, target)
            else:
                raise SampleError(f"unknown engine {note['engine']}")
        convert_docx(docx_tagged, OUT, True, profile)
        convert_docx(docx_plain, OUT, False, profile)

    results = {}
    all_officials: list[str] = []
    failures = []
    for note in NOTES:
        exp = expected(note)
        pdf_path = OUT / exp["file"]
        try:
            check_markup(note, exp)
            info = check_note(note, exp, pdf_path)
        except SampleError as e:
            failures.append(str(e))
            continue
        exp["author"] = note["author"]
        exp["pages"] = info["pages"]
        exp["tagged_pdf"] = info["tagged"]
        exp["motivation_space_below_pt"] = info["space"]
        exp["motivation_placeholder_text"] = placeholder_text(note)
        (OUT / f"{note['name']}.expected.json").write_text(
            json.dumps(exp, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        results[note["name"]] = (exp, info)
        for o in officials(note):
            if o not in all_officials:
                all_officials.append(o)
    if failures:
        print("SAMPLE CHECK FAILED\n" + "\n".join(failures), file=sys.stderr)
        return 1
    check_batch(results, all_officials)
    (HERE / "public-officials.txt").write_text("\n".join(all_officials) + "\n", encoding="utf-8")

    print(f"{'note':40} {'producer':12} {'pages':>5} {'redact':>6} {'keep':>5}  motivation")
    for name, (exp, info) in results.items():
        mot = "-"
        if exp["has_motivation_section"]:
            mot = "placeholder" if exp["motivation_placeholder"] else "filled"
            if info["space"] is not None:
                mot += f" ({info['space']:.0f} pt free below)"
        print(
            f"{name:40} {exp['producer']:12} {info['pages']:>5} {len(exp['redact']):>6} "
            f"{len(exp['keep']):>5}  {mot}{'  [tagged]' if info['tagged'] else ''}"
        )
    print(f"all {len(results)} notes checked; {len(all_officials)} public officials listed")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except SampleError as e:
        print(f"SAMPLE CHECK FAILED\n{e}", file=sys.stderr)
        sys.exit(1)
