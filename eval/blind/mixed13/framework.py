"""Rendering and gold building for set W (mixed13).

Texts carry inline markup:
  [[text|K]] or [[text|K|probe;probe]]  personal data to redact (K: P person, R paraph/initials,
                                        E e-mail, T phone, A address, B BSN, I IBAN, U handle/URL/number,
                                        D date of birth, N personnel/registration number)
  {{text|KIND}}                          public text a careless tool might black out (keep)
Each document builder gets a Ctx; every string it renders goes through ctx.p() (visible text) or
ctx.h() (hidden channels: Info, XMP, bookmarks, annotations, form fields, link URIs). The gold is
derived from what was recorded, and each probe's `after` is counted with the evaluator's own functions.
"""

from __future__ import annotations

import html
import io
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
import evaluate as ev  # noqa: E402  (norm, probe_regex, text_pdfium, meta_outline_annots, ocr_text)

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
GOLD = HERE / "gold"

KINDS = {
    "P": "PERSON", "R": "PARAPH", "E": "EMAIL_ADDRESS", "T": "PHONE_NUMBER", "A": "ADDRESS",
    "B": "NL_BSN", "I": "IBAN_CODE", "U": "URL_HANDLE", "D": "DATE_OF_BIRTH", "N": "PERSONNEL_NUMBER",
}
RED = re.compile(r"\[\[(.+?)\|([A-Z])(?:\|(.+?))?\]\]", re.S)
KEEP = re.compile(r"\{\{(.+?)\|([A-Z_]+)\}\}", re.S)


class Ctx:
    def __init__(self, name: str):
        self.name = name
        self.visible: list[str] = []  # plain text
        self.masked: list[str] = []  # plain text, redact spans blanked
        self.hidden: list[str] = []
        self.red: list[tuple[str, str, list[str], str]] = []  # (kind, value, probes, channel)
        self.keep: list[tuple[str, str]] = []
        self.scan = False

    def _parse(self, s: str, channel: str) -> tuple[str, str]:
        plain, masked = [], []
        pos = 0
        pat = re.compile(RED.pattern + "|" + KEEP.pattern, re.S)
        for m in pat.finditer(s):
            plain.append(s[pos:m.start()])
            masked.append(s[pos:m.start()])
            if m.group(1) is not None:
                text, k, probes = m.group(1), m.group(2), m.group(3)
                pr = probes.split(";") if probes else [text]
                self.red.append((KINDS[k], text, pr, channel))
                plain.append(text)
                msk = text
                for q in pr:
                    msk = re.sub(r"(?<!\w)" + re.escape(q) + (r"(?!\w)" if q[-1:].isalnum() else ""),
                                 lambda mm: " " * len(mm.group(0)), msk)
                masked.append(msk if msk != text else " " * len(text))
            else:
                text, kind = m.group(4), m.group(5)
                self.keep.append((kind, text))
                plain.append(text)
                masked.append(text)
            pos = m.end()
        plain.append(s[pos:])
        masked.append(s[pos:])
        return "".join(plain), "".join(masked)

    def p(self, s: str) -> str:
        plain, masked = self._parse(s, "text")
        self.visible.append(plain)
        self.masked.append(masked)
        return plain

    def h(self, s: str) -> str:
        plain, _ = self._parse(s, "hidden")
        self.hidden.append(plain)
        return plain

    def e(self, s: str) -> str:
        """Visible text, HTML-escaped after markup is stripped (for Chromium documents)."""
        plain, masked = self._parse(s, "text")
        self.visible.append(plain)
        self.masked.append(masked)
        return html.escape(plain, quote=False)


def count(text: str, probe: str) -> int:
    return len(ev.probe_regex(probe, True).findall(ev.norm(text)))


# --------------------------------------------------------------------------------------------
# producers
# --------------------------------------------------------------------------------------------
def chromium(html_text: str, out: Path, landscape: bool = False) -> None:
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "doc.html"
        if landscape and "@page" not in html_text:
            html_text = html_text.replace("<style>", "<style>@page{size:A4 landscape;}", 1)
        src.write_text(html_text, encoding="utf-8")
        subprocess.run(
            ["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
             f"--user-data-dir={td}/prof", f"--print-to-pdf={out}", src.as_uri()],
            check=True, capture_output=True, timeout=120,
        )


def soffice(src: Path, out: Path, notes: bool = False) -> None:
    with tempfile.TemporaryDirectory() as td:
        filt = "pdf"
        if notes:
            filt = 'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}'
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{td}/lo", "--headless", "--convert-to", filt,
             "--outdir", td, str(src)],
            check=True, capture_output=True, timeout=180,
        )
        shutil.move(str(Path(td) / (src.stem + ".pdf")), out)


def ghostscript(src: Path, out: Path) -> None:
    subprocess.run(
        ["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", "-dCompatibilityLevel=1.6",
         f"-sOutputFile={out}", str(src)],
        check=True, capture_output=True, timeout=180,
    )


def scan(src: Path, out: Path, seed: int, angle: float = 0.6) -> None:
    """Render at 300 dpi, rotate slightly, blur, add noise and specks, store as 200 dpi grey JPEG pages."""
    import numpy as np
    from PIL import Image, ImageFilter

    rng = np.random.default_rng(seed)
    with tempfile.TemporaryDirectory() as td:
        subprocess.run(["pdftoppm", "-r", "300", "-gray", "-png", str(src), f"{td}/p"], check=True)
        pages = []
        for png in sorted(Path(td).glob("p*.png")):
            im = Image.open(png).convert("L")
            im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
            im = im.filter(ImageFilter.GaussianBlur(0.6))
            a = np.asarray(im).astype(np.int16)
            a = a + rng.normal(0, 9, a.shape).astype(np.int16)
            for _ in range(250):
                y, x = rng.integers(0, a.shape[0] - 3), rng.integers(0, a.shape[1] - 3)
                a[y:y + 2, x:x + 2] = 40
            a = np.clip(a * 0.97 + 6, 0, 255).astype(np.uint8)
            im = Image.fromarray(a).resize((int(a.shape[1] * 2 / 3), int(a.shape[0] * 2 / 3)), Image.LANCZOS)
            pages.append(im)
        buf = io.BytesIO()
        pages[0].save(buf, "PDF", resolution=200.0, save_all=True, append_images=pages[1:], quality=70)
        out.write_bytes(buf.getvalue())


def finish(pdf: Path, info: dict | None = None, xmp_creator: str | None = None, outline: list | None = None,
           notes: list | None = None, links: list | None = None, keep_xmp: bool = False) -> None:
    """Re-save with pikepdf deterministically; add hidden channels.
    notes: [(page, x, y, author, text)]; links: [(page, x0, y0, x1, y1, uri)]; outline: [(title, page)]."""
    import pikepdf

    with pikepdf.open(str(pdf), allow_overwriting_input=True) as p:
        for k in list(p.docinfo.keys()):
            del p.docinfo[k]
        p.docinfo["/Producer"] = pikepdf.String("set W generator")
        p.docinfo["/CreationDate"] = pikepdf.String("D:20240315100000+01'00'")
        for k, v in (info or {}).items():
            p.docinfo["/" + k] = pikepdf.String(v)
        if not keep_xmp and "/Metadata" in p.Root:
            del p.Root["/Metadata"]
        if xmp_creator:
            xmp = (
                '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
                '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
                '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">'
                f"<dc:creator><rdf:Seq><rdf:li>{html.escape(xmp_creator)}</rdf:li></rdf:Seq></dc:creator>"
                '</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
            )
            p.Root.Metadata = pikepdf.Stream(p, xmp.encode("utf-8"), Type=pikepdf.Name.Metadata,
                                             Subtype=pikepdf.Name.XML)
        if outline:
            with p.open_outline() as ol:
                ol.root.clear()
                for title, page in outline:
                    ol.root.append(pikepdf.OutlineItem(title, page))
        for page, x, y, author, text in notes or []:
            annot = pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text, Rect=[x, y, x + 20, y + 20],
                T=pikepdf.String(author), Contents=pikepdf.String(text), Name=pikepdf.Name.Comment,
                C=[1, 0.9, 0.2], F=4,
            )
            pg = p.pages[page]
            if "/Annots" not in pg.obj:
                pg.obj.Annots = pikepdf.Array()
            pg.obj.Annots.append(p.make_indirect(annot))
        for page, x0, y0, x1, y1, uri in links or []:
            annot = pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Link, Rect=[x0, y0, x1, y1], Border=[0, 0, 0],
                A=pikepdf.Dictionary(S=pikepdf.Name.URI, URI=pikepdf.String(uri)),
            )
            pg = p.pages[page]
            if "/Annots" not in pg.obj:
                pg.obj.Annots = pikepdf.Array()
            pg.obj.Annots.append(p.make_indirect(annot))
        p.save(str(pdf), deterministic_id=True, compress_streams=True)


# --------------------------------------------------------------------------------------------
# gold
# --------------------------------------------------------------------------------------------
def build_gold(ctx: Ctx, pdf: Path) -> dict:
    text, pages = ev.text_pdfium(pdf)
    vis = ev.norm("\n".join(ctx.visible))
    msk = ev.norm("\n".join(ctx.masked))
    redact, seen = [], set()
    for kind, value, probes, channel in ctx.red:
        prs = []
        for pr in probes:
            if pr in seen:
                continue
            seen.add(pr)
            d = {"text": pr, "word": True, "after": count(msk, pr) if channel == "text" else 0}
            if ctx.scan and channel == "text":
                d["ocr"] = True
            d["channel"] = "ocr" if ctx.scan and channel == "text" else channel
            prs.append(d)
        if prs:
            redact.append({"kind": kind, "value": value, "probes": prs})
    keep, kseen = [], set()
    if not ctx.scan:
        for kind, value in ctx.keep:
            if value in kseen:
                continue
            kseen.add(value)
            inside = count(vis, value) - count(msk, value)
            after = count(text, value) - inside
            keep.append({"kind": kind, "value": value,
                         "probes": [{"text": value, "word": True, "after": after, "channel": "text"}]})
    return {"doc": pdf.name, "pages": pages, "redact": redact, "keep": keep}


def write_gold(gold: dict) -> None:
    GOLD.mkdir(exist_ok=True)
    (GOLD / (Path(gold["doc"]).stem + ".json")).write_text(
        json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


# --------------------------------------------------------------------------------------------
# generated identifiers (invented, valid checksums)
# --------------------------------------------------------------------------------------------
def bsn(seed: int) -> str:
    n = 100000000 + (seed * 7919 * 104729) % 800000000
    while True:
        d = [int(c) for c in f"{n:09d}"]
        if (sum(x * w for x, w in zip(d[:8], range(9, 1, -1))) - d[8]) % 11 == 0:
            return f"{n:09d}"
        n += 1


def _mod97(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s)) % 97


def iban(country: str, bban: str) -> str:
    chk = 98 - _mod97(bban + country + "00")
    raw = f"{country}{chk:02d}{bban}"
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def be_bban(ten: str) -> str:
    r = int(ten) % 97 or 97
    return f"{ten}{r:02d}"


# --------------------------------------------------------------------------------------------
# small producer helpers
# --------------------------------------------------------------------------------------------
def html_page(body: str, css: str = "", lang: str = "nl") -> str:
    base = ("body{font-family:'Nimbus Sans','DejaVu Sans',sans-serif;font-size:10.5pt;margin:0;}"
            "@page{size:A4;margin:18mm 16mm;} table{border-collapse:collapse;} td,th{vertical-align:top;}")
    return f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><style>{base}{css}</style></head><body>{body}</body></html>'


def docx_build(ctx: Ctx, blocks: list, out_docx: Path, font: str = "DejaVu Sans", size: int = 10,
               header: str | None = None, footer: str | None = None, landscape: bool = False,
               comments: list | None = None, author: str | None = None) -> None:
    """blocks: ('h1'|'h2'|'p'|'pb', text) or ('table', rows, widths_cm|None).
    comments: [(block_index, author, initials, text)] attach a Word comment to paragraph block_index."""
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt

    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    if header:
        sec.header.paragraphs[0].text = ctx.p(header)
    if footer:
        sec.footer.paragraphs[0].text = ctx.p(footer)
    paras = {}
    for i, b in enumerate(blocks):
        kind = b[0]
        if kind in ("h1", "h2"):
            paras[i] = d.add_heading(ctx.p(b[1]), level=1 if kind == "h1" else 2)
        elif kind == "p":
            paras[i] = d.add_paragraph(ctx.p(b[1]))
        elif kind == "pb":
            d.add_page_break()
        elif kind == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    t.cell(r, c).text = ctx.p(cell)
                    if r == 0:
                        for run in t.cell(r, c).paragraphs[0].runs:
                            run.bold = True
            if len(b) > 2 and b[2]:
                for c, w in enumerate(b[2]):
                    for r in range(len(rows)):
                        t.cell(r, c).width = Cm(w)
    for idx, who, ini, text in comments or []:
        runs = paras[idx].runs
        d.add_comment(runs, text=ctx.h(text), author=ctx.h(who), initials=ctx.h(ini))
    if author:
        d.core_properties.author = ctx.h(author)
        d.core_properties.last_modified_by = ctx.h(author)
    d.save(out_docx)


def rl_doc(ctx: Ctx, flow: list, out: Path, font: str = "Helvetica", size: float = 9.5, title: str = "",
           header: str | None = None, footer: str | None = None, two_col: bool = False, landscape: bool = False,
           side: str | None = None) -> None:
    """reportlab platypus. flow items: ('h', text) heading, ('p', text), ('small', text), ('sp', pts),
    ('table', rows, colwidths_mm), ('pb',). Texts may use reportlab para tags (<b>, <br/>)."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape as land
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (BaseDocTemplate, Frame, PageBreak, PageTemplate, Paragraph, Spacer, Table,
                                    TableStyle)

    if font.startswith("DejaVu"):
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        base = "/usr/share/fonts/truetype/dejavu/"
        pdfmetrics.registerFont(TTFont(font, base + font + ".ttf"))
        pdfmetrics.registerFont(TTFont(font + "-Bold", base + font + "-Bold.ttf"))
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold"}.get(font, font + "-Bold")
    ps = ParagraphStyle("n", fontName=font, fontSize=size, leading=size * 1.3, spaceAfter=4)
    hs = ParagraphStyle("h", fontName=bold, fontSize=size + 2, leading=(size + 2) * 1.3, spaceBefore=6, spaceAfter=4)
    ss = ParagraphStyle("s", fontName=font, fontSize=size - 1.5, leading=(size - 1.5) * 1.25)
    ts = ParagraphStyle("t", fontName=font, fontSize=size - 1, leading=(size - 1) * 1.2)
    pagesize = land(A4) if landscape else A4
    W, H = pagesize
    hdr = ctx.p(header) if header else None
    ftr = ctx.p(footer) if footer else None
    sidetxt = ctx.p(side) if side else None

    def deco(canvas, doc):
        canvas.saveState()
        canvas.setFont(font, 7.5)
        if hdr:
            canvas.drawString(18 * mm, H - 12 * mm, hdr)
        if ftr:
            canvas.drawString(18 * mm, 10 * mm, f"{ftr}   pagina {doc.page}")
        if sidetxt and doc.page == 1:
            y = H - 30 * mm
            for line in sidetxt.split("\n"):
                canvas.drawString(W - 58 * mm, y, line)
                y -= 9.5
        canvas.restoreState()

    right = 62 * mm if side else 18 * mm
    if two_col:
        cw = (W - 36 * mm - 8 * mm) / 2
        frames = [Frame(18 * mm, 18 * mm, cw, H - 36 * mm, id="c1"),
                  Frame(18 * mm + cw + 8 * mm, 18 * mm, cw, H - 36 * mm, id="c2")]
    else:
        frames = [Frame(18 * mm, 18 * mm, W - 18 * mm - right, H - 36 * mm, id="f")]
    doc = BaseDocTemplate(str(out), pagesize=pagesize, title=title, author="", creator="", producer="",
                          invariant=1)
    doc.addPageTemplates([PageTemplate(frames=frames, onPage=deco)])
    story = []
    for it in flow:
        k = it[0]
        if k == "h":
            story.append(Paragraph(ctx.p(it[1]), hs))
        elif k == "p":
            story.append(Paragraph(ctx.p(it[1]), ps))
        elif k == "small":
            story.append(Paragraph(ctx.p(it[1]), ss))
        elif k == "sp":
            story.append(Spacer(1, it[1]))
        elif k == "pb":
            story.append(PageBreak())
        elif k == "table":
            data = [[Paragraph(ctx.p(c), ts) for c in row] for row in it[1]]
            t = Table(data, colWidths=[w * mm for w in it[2]], repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
            story.append(Spacer(1, 6))
    doc.build(story)


def xlsx_build(ctx: Ctx, sheets: list, out: Path, landscape: bool = True) -> None:
    """sheets: [(title, header_lines, rows, col_widths)]"""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    wb.remove(wb.active)
    for title, head, rows, widths in sheets:
        ws = wb.create_sheet(title)
        r = 1
        for line in head:
            ws.cell(r, 1, ctx.p(line)).font = Font(bold=True)
            r += 1
        r += 0
        for i, row in enumerate(rows):
            for c, v in enumerate(row):
                cell = ws.cell(r, c + 1, ctx.p(v))
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                if i == 0:
                    cell.font = Font(bold=True)
            r += 1
        for c, w in enumerate(widths):
            ws.column_dimensions[chr(65 + c)].width = w
        ws.page_setup.orientation = "landscape" if landscape else "portrait"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.print_options.gridLines = True
        ws.oddHeader.center.text = title
    wb.save(out)


def fpdf_doc(ctx: Ctx, lines: list, out: Path, size: float = 9, mono: bool = False) -> None:
    """lines: ('b', text) bold line, ('t', text) wrapped text, ('sp',)."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_creation_date(__import__("datetime").datetime(2024, 3, 15, 10, 0, 0))
    fam = "DejaVuSansMono" if mono else "DejaVuSans"
    base = "/usr/share/fonts/truetype/dejavu/"
    pdf.add_font(fam, "", base + (fam + ".ttf"))
    pdf.add_font(fam, "B", base + (fam + "-Bold.ttf"))
    pdf.set_margins(16, 16, 16)
    pdf.add_page()
    for it in lines:
        if it[0] == "sp":
            pdf.ln(3)
            continue
        pdf.set_font(fam, "B" if it[0] == "b" else "", size + (1 if it[0] == "b" else 0))
        pdf.multi_cell(0, size * 0.5, ctx.p(it[1]), new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(out))
