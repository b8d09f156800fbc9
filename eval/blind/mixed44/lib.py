"""Producers and helpers for blind set BB (mixed44). Deterministic: fixed seeds, fixed dates."""
from __future__ import annotations

import html as _html
import math
import random
import shutil
import subprocess
import tempfile
from pathlib import Path

import pikepdf

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_DATE = "D:20250601120000+02'00'"


# ----------------------------------------------------------------------------- checksums
def bsn_ok(s: str) -> bool:
    d = [int(c) for c in s]
    return len(d) == 9 and (sum(d[i] * (9 - i) for i in range(8)) - d[8]) % 11 == 0


def iban(cc: str, bban: str) -> str:
    """ISO 13616 IBAN with valid mod-97 check digits, printed in groups of four."""
    conv = "".join(str(int(c, 36)) for c in (bban + cc + "00"))
    ck = 98 - int(conv) % 97
    raw = f"{cc}{ck:02d}{bban}"
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def iban_ok(s: str) -> bool:
    r = s.replace(" ", "")
    r = r[4:] + r[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def be_bban(bank3: str, acct7: str) -> str:
    n = int(bank3 + acct7)
    ck = n % 97 or 97
    return f"{bank3}{acct7}{ck:02d}"


def esc(s: str) -> str:
    return _html.escape(s, quote=False)


# ----------------------------------------------------------------------------- reportlab
_RL_READY = False


def rl_setup():
    global _RL_READY
    if _RL_READY:
        return
    from reportlab import rl_config
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.fonts import addMapping

    rl_config.invariant = 1
    for n, f in (("DV", "DejaVuSans.ttf"), ("DV-B", "DejaVuSans-Bold.ttf"),
                 ("DV-I", "DejaVuSans-Oblique.ttf"), ("DV-BI", "DejaVuSans-BoldOblique.ttf"),
                 ("DVM", "DejaVuSansMono.ttf"), ("DVS", "DejaVuSerif.ttf"), ("DVS-B", "DejaVuSerif-Bold.ttf"),
                 ("DVC", "DejaVuSansCondensed.ttf"), ("DVC-B", "DejaVuSansCondensed-Bold.ttf")):
        pdfmetrics.registerFont(TTFont(n, str(FONT_DIR / f)))
    addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DV-B")
    addMapping("DV", 0, 1, "DV-I"); addMapping("DV", 1, 1, "DV-BI")
    addMapping("DVS", 0, 0, "DVS"); addMapping("DVS", 1, 0, "DVS-B"); addMapping("DVS", 0, 1, "DVS"); addMapping("DVS", 1, 1, "DVS-B")
    addMapping("DVC", 0, 0, "DVC"); addMapping("DVC", 1, 0, "DVC-B"); addMapping("DVC", 0, 1, "DVC"); addMapping("DVC", 1, 1, "DVC-B")
    _RL_READY = True


def styles(font="DV", size=9.5):
    from reportlab.lib.styles import ParagraphStyle
    base = ParagraphStyle("b", fontName=font, fontSize=size, leading=size * 1.32, spaceAfter=4)
    return {
        "p": base,
        "small": ParagraphStyle("s", parent=base, fontSize=size - 1.5, leading=(size - 1.5) * 1.3),
        "h1": ParagraphStyle("h1", parent=base, fontName=font + "-B" if font != "DVM" else font, fontSize=size + 5,
                             leading=(size + 5) * 1.25, spaceAfter=8),
        "h2": ParagraphStyle("h2", parent=base, fontName=font + "-B" if font != "DVM" else font, fontSize=size + 1.5,
                             leading=(size + 1.5) * 1.3, spaceBefore=6, spaceAfter=4),
        "mono": ParagraphStyle("m", parent=base, fontName="DVM", fontSize=size - 1.5, leading=(size - 1.5) * 1.3),
        "cell": ParagraphStyle("c", parent=base, fontSize=size - 1.5, leading=(size - 1.5) * 1.25, spaceAfter=0),
    }


def rl_flow(blocks, st):
    """blocks: ('h1'|'h2'|'p'|'small'|'mono', text) (text is escaped; **x** -> bold),
    ('raw', xml), ('table', rows, widths[, header]), ('sp', h), ('pb',)."""
    import re
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle, PageBreak, Preformatted
    from reportlab.lib import colors

    def fmt(t):
        t = esc(t)
        t = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", t)
        return t.replace("\n", "<br/>")

    out = []
    for b in blocks:
        k = b[0]
        if k in ("h1", "h2", "p", "small"):
            out.append(Paragraph(fmt(b[1]), st[k]))
        elif k == "mono":
            out.append(Preformatted(b[1], st["mono"]))
        elif k == "raw":
            out.append(Paragraph(b[1], st[b[2] if len(b) > 2 else "p"]))
        elif k == "sp":
            out.append(Spacer(1, b[1]))
        elif k == "pb":
            out.append(PageBreak())
        elif k == "table":
            rows = [[Paragraph(fmt(str(c)), st["cell"]) for c in r] for r in b[1]]
            t = Table(rows, colWidths=b[2], repeatRows=1 if (len(b) < 4 or b[3]) else 0)
            style = [("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                     ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
            if len(b) < 4 or b[3]:
                style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee")))
            t.setStyle(TableStyle(style))
            out.append(t)
            out.append(Spacer(1, 6))
        else:
            raise ValueError(k)
    return out


def rl_build(path: Path, blocks, font="DV", size=9.5, margins=(56, 56, 50, 50), header=None, two_col_from=None,
             pagesize=None, onpage=None):
    rl_setup()
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, NextPageTemplate
    ps = pagesize or A4
    st = styles(font, size)
    l, r, t, bm = margins
    W, H = ps

    def deco(c, d):
        if header:
            c.saveState(); c.setFont("DV", 7.5); c.setFillGray(0.35)
            c.drawString(l, H - 30, header)
            c.drawRightString(W - r, 28, f"pagina {d.page}" if "pagina" not in header else f"{d.page}")
            c.restoreState()
        if onpage:
            onpage(c, d)

    doc = BaseDocTemplate(str(path), pagesize=ps, leftMargin=l, rightMargin=r, topMargin=t, bottomMargin=bm,
                          title="", author="", creator="", producer="ReportLab PDF Library - www.reportlab.com")
    one = Frame(l, bm, W - l - r, H - t - bm, id="one")
    gap = 16
    cw = (W - l - r - gap) / 2
    two = [Frame(l, bm, cw, H - t - bm, id="c1"), Frame(l + cw + gap, bm, cw, H - t - bm, id="c2")]
    tpls = [PageTemplate("one", [one], onPage=deco), PageTemplate("two", two, onPage=deco)]
    if two_col_from == 0:
        tpls.reverse()
    doc.addPageTemplates(tpls)
    flows = rl_flow(blocks, st)
    doc.build(flows)


# ----------------------------------------------------------------------------- chromium
class Chromium:
    def __init__(self):
        from playwright.sync_api import sync_playwright
        self._pw = sync_playwright().start()
        self.browser = self._pw.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])

    def pdf(self, path: Path, html: str, landscape=False):
        page = self.browser.new_page()
        page.set_content(html, wait_until="load")
        page.pdf(path=str(path), format="A4", landscape=landscape, print_background=True,
                 margin={"top": "14mm", "bottom": "14mm", "left": "14mm", "right": "14mm"})
        page.close()

    def close(self):
        self.browser.close()
        self._pw.stop()


CSS = """
body{font-family:'DejaVu Sans',sans-serif;font-size:10.5px;color:#222;line-height:1.38}
h1{font-size:17px;margin:0 0 6px} h2{font-size:13px;margin:12px 0 4px} h3{font-size:11.5px;margin:8px 0 3px}
table{border-collapse:collapse;width:100%;margin:4px 0 8px} td,th{border:1px solid #bbb;padding:3px 5px;vertical-align:top;text-align:left}
th{background:#e8ecf2} .muted{color:#666;font-size:9.5px} .mono{font-family:'DejaVu Sans Mono',monospace;font-size:9.5px}
.box{border:1px solid #ccd;border-radius:4px;padding:6px 9px;margin:6px 0;background:#fafbfd}
.lbl{display:inline-block;background:#e4e8f7;border-radius:8px;padding:0 6px;font-size:9px;margin-right:3px}
"""


def page_html(body: str, title="") -> str:
    return f"<!doctype html><html><head><meta charset='utf-8'><title>{esc(title)}</title><style>{CSS}</style></head><body>{body}</body></html>"


# ----------------------------------------------------------------------------- LibreOffice (docx)
def docx_build(path_docx: Path, blocks, font="Calibri", size=10.5):
    """blocks: ('h', text, level) | ('p', text[, bold]) | ('table', rows, widths_cm) | ('pb',)"""
    import docx
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_BREAK

    d = docx.Document()
    d.core_properties.author = ""
    d.core_properties.last_modified_by = ""
    d.core_properties.title = ""
    import datetime as _dt
    d.core_properties.created = _dt.datetime(2025, 6, 1, 10, 0, 0)
    d.core_properties.modified = _dt.datetime(2025, 6, 1, 10, 0, 0)
    stl = d.styles["Normal"]
    stl.font.name = font
    stl.font.size = Pt(size)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.2)
        s.top_margin = s.bottom_margin = Cm(2.0)
    for b in blocks:
        k = b[0]
        if k == "h":
            d.add_heading(b[1], level=b[2] if len(b) > 2 else 1)
        elif k == "p":
            para = d.add_paragraph()
            lines = b[1].split("\n")
            for i, ln in enumerate(lines):
                run = para.add_run(ln)
                if len(b) > 2 and b[2]:
                    run.bold = True
                if i < len(lines) - 1:
                    run.add_break(WD_BREAK.LINE)
            para.paragraph_format.space_after = Pt(4)
        elif k == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    cell = t.cell(i, j)
                    cell.text = str(c)
                    for p in cell.paragraphs:
                        for run in p.runs:
                            run.font.size = Pt(size - 1.5)
                            if i == 0:
                                run.bold = True
                    if len(b) > 2 and b[2]:
                        cell.width = Cm(b[2][j])
            d.add_paragraph()
        elif k == "pb":
            d.add_page_break()
    d.save(str(path_docx))


def soffice_convert(srcs: list[Path], outdir: Path, filt="pdf", infilter=None):
    if not srcs:
        return
    with tempfile.TemporaryDirectory(prefix="bb-lo-") as prof:
        subprocess.run(["nice", "-n", "10", "soffice", f"-env:UserInstallation=file://{prof}", "--headless",
                        "--convert-to", filt, "--outdir", str(outdir)] + ([f"--infilter={infilter}"] if infilter else []) + [str(s) for s in srcs],
                       check=True, capture_output=True, timeout=600)


# ----------------------------------------------------------------------------- scans
def scan_build(path: Path, pages: list[list[tuple]], seed: int, angle: float = 0.6):
    """pages: list of line lists; a line is (text, size_pt, bold) or ('RULE',) or ('GAP', pt) or
    ('SIG', text) (a pseudo-handwritten signature, not meant to be read)."""
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    rnd = random.Random(seed)
    dpi = 300
    W, H = 2480, 3508
    ims = []
    for pi, lines in enumerate(pages):
        im = Image.new("L", (W, H), 250)
        dr = ImageDraw.Draw(im)
        y = 230
        x0 = 230
        for ln in lines:
            if ln[0] == "RULE":
                dr.line((x0, y + 10, W - x0, y + 10), fill=60, width=3); y += 40; continue
            if ln[0] == "GAP":
                y += int(ln[1] * dpi / 72); continue
            if ln[0] == "SIG":
                f = ImageFont.truetype(str(FONT_DIR / "DejaVuSerif.ttf"), 60)
                pts = []
                xx = x0 + 40
                for i in range(26):
                    pts.append((xx + i * 18, y + 40 + int(30 * math.sin(i * 1.3 + rnd.random()))))
                dr.line(pts, fill=40, width=5)
                y += 120; continue
            text, size, bold = ln
            f = ImageFont.truetype(str(FONT_DIR / ("DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf")),
                                   int(size * dpi / 72))
            dr.text((x0, y), text, fill=25, font=f)
            y += int(size * dpi / 72 * 1.45)
        # noise + slight blur + rotation
        px = im.load()
        for _ in range(9000):
            xx, yy = rnd.randrange(W), rnd.randrange(H)
            px[xx, yy] = rnd.choice((120, 160, 200))
        im = im.filter(ImageFilter.GaussianBlur(0.6))
        a = angle * (1 if pi % 2 == 0 else -0.7)
        im = im.rotate(a, resample=Image.BICUBIC, expand=False, fillcolor=250)
        ims.append(im.convert("L"))
    ims[0].save(str(path), "PDF", resolution=dpi, save_all=True, append_images=ims[1:])


# ----------------------------------------------------------------------------- post-processing
def finish(path: Path, info: dict | None = None, annots: list | None = None, outline: list | None = None,
           keep_producer=True):
    """Rewrite the file with fixed dates, extra Info entries, sticky notes / link annotations and
    outline entries. annots: dicts {page, kind: 'text'|'link'|'free', rect, contents, T, uri}.
    outline: [(title, page)]."""
    tmp = path.with_suffix(".tmp.pdf")
    with pikepdf.open(str(path)) as pdf:
        di = pdf.docinfo
        for k in ("/CreationDate", "/ModDate"):
            di[k] = pikepdf.String(FIXED_DATE)
        for k, v in (info or {}).items():
            di["/" + k] = pikepdf.String(v)
        if "/DocChecksum" in pdf.trailer:  # LibreOffice: changes every run
            del pdf.trailer["/DocChecksum"]
        if "/ID" in pdf.trailer:  # LibreOffice / Chromium: random; deterministic_id makes a new one from the content
            del pdf.trailer["/ID"]
        if "/Metadata" in pdf.Root:
            del pdf.Root["/Metadata"]
        for a in annots or []:
            page = pdf.pages[a.get("page", 0)]
            rect = a.get("rect", [400, 760, 420, 780])
            if a["kind"] == "text":
                d = pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                                       Rect=pikepdf.Array(rect), Contents=pikepdf.String(a["contents"]),
                                       T=pikepdf.String(a.get("T", "")), Name=pikepdf.Name.Comment,
                                       F=4, C=pikepdf.Array([1, 0.9, 0.2]))
            elif a["kind"] == "link":
                d = pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Link,
                                       Rect=pikepdf.Array(rect), Border=pikepdf.Array([0, 0, 0]),
                                       A=pikepdf.Dictionary(S=pikepdf.Name.URI, URI=pikepdf.String(a["uri"])))
            else:
                raise ValueError(a["kind"])
            if "/Annots" not in page.obj:
                page.obj["/Annots"] = pikepdf.Array()
            page.obj["/Annots"].append(pdf.make_indirect(d))
        if outline:
            with pdf.open_outline() as ol:
                ol.root.clear()
                for title, pg in outline:
                    ol.root.append(pikepdf.OutlineItem(title, pg))
        pdf.save(str(tmp), deterministic_id=True, compress_streams=True)
    shutil.move(str(tmp), str(path))
