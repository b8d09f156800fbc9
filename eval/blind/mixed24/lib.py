"""Framework: documents as block lists, persons that register every form they print, producers."""
from __future__ import annotations

import html
import io
import random
import subprocess
from pathlib import Path

from people import Pool

HERE = Path(__file__).resolve().parent
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
CUR = None  # the document being written


# ------------------------------------------------------------------------------------ registry
class Doc:
    def __init__(self, name, producer="rl", seed=0, **opts):
        global CUR
        CUR = self
        self.name = name            # file stem
        self.producer = producer    # rl | fp | lo | ch | scan
        self.opts = opts
        self.blocks = []
        self.redact = {}            # key -> {"kind", "value", "probes": {text: {...}}}
        self.keep = {}
        self.pool = Pool(f"{name}-{seed}")
        self.rng = random.Random(f"rng-{name}-{seed}")
        self.meta = {}              # Author/Title/Subject
        self.annots = []            # (page, author, contents)
        self.outline = []           # titles
        self.hidden_only = set()

    # blocks
    def title(self, t): self.blocks.append(("title", t)); return self
    def h(self, t): self.blocks.append(("h", t)); return self
    def p(self, t): self.blocks.append(("p", t)); return self
    def small(self, t): self.blocks.append(("small", t)); return self
    def bullets(self, items): self.blocks.append(("bullets", list(items))); return self
    def kv(self, pairs): self.blocks.append(("kv", list(pairs))); return self
    def table(self, rows, widths=None, header=True, size=9, grid=True):
        self.blocks.append(("table", [list(r) for r in rows], widths, {"header": header, "size": size, "grid": grid}))
        return self
    def br(self): self.blocks.append(("pagebreak",)); return self
    def space(self): self.blocks.append(("space",)); return self

    # gold registration
    def reg(self, key, kind, value, probe, word=True):
        it = self.redact.setdefault(key, {"kind": kind, "value": value, "probes": {}})
        it["probes"].setdefault(probe, {"text": probe, "word": word})
        return probe

    def K(self, text, kind="ORG", probe=None, word=True):
        """A keep string: returned as is, its probe registered (count computed from the PDF)."""
        pr = probe or text
        it = self.keep.setdefault((kind, pr), {"kind": kind, "value": text, "probes": {}})
        it["probes"].setdefault(pr, {"text": pr, "word": word})
        return text

    def person(self, origin=None, gender=None, first=None, part=None, last=None, dom=None, org=None):
        f, pa, la = self.pool.draw(origin)
        if first: f = first
        if last is not None: pa, la = part or "", last
        return Person(self, f, pa, la, dom or self.opts.get("dom", "example.nl"), org)

    def people(self, n, **kw):
        return [self.person(**kw) for _ in range(n)]

    def priv(self, kind, value, probe=None, word=True):
        """Other personal data (address, BSN, IBAN, plate ...)."""
        self.reg(("X", value), kind, value, probe or value, word)
        return value


_PHONE_USED = set()


class Person:
    def __init__(self, doc, first, part, last, dom, org=None):
        self.d, self.first, self.part, self.last, self.dom, self.org = doc, first, part, last, dom, org
        self.key = ("P", first, last)
        self.value = f"{first} {part + ' ' if part else ''}{last}"
        self._code = None
        self._tel = None

    def _r(self, probe, kind="PERSON"):
        self.d.reg(self.key if kind == "PERSON" else (self.key, kind), kind, self.value, probe)

    def _rl(self):
        self._r(self.last)

    @property
    def sur(self):  # surname with lowercase particle
        return f"{self.part} {self.last}" if self.part else self.last

    @property
    def Sur(self):  # particle capitalised (no first name / initials before it)
        return (self.part[0].upper() + self.part[1:] + " " + self.last) if self.part else self.last

    def full(self):
        self._r(self.first); self._rl(); return f"{self.first} {self.sur}"

    def fn(self):
        self._r(self.first); return self.first

    def sn(self, cap=False):
        self._rl(); return self.Sur if cap else self.sur

    @property
    def initials(self):
        parts = self.first.replace("-", " ").split()
        return "".join(p[0] + "." for p in parts)

    def ini(self):
        self._rl(); return f"{self.initials} {self.sur}"

    def sort(self):
        self._rl()
        return f"{self.last}, {self.initials}" + (f" {self.part}" if self.part else "")

    def caps(self, initials=True):
        up = self.last.upper()
        self._r(up)
        base = f"{self.part.upper()} {up}" if self.part else up
        return f"{self.initials} {base}" if initials else base

    def code(self, style=None):
        if self._code is None:
            parts = self.first.replace("-", " ").split()
            c = "".join(p[0].upper() for p in parts)
            c += "".join([ch for ch in w if ch.isalpha()][0].lower() for w in self.part.split())
            c += self.last[0].upper()
            used = getattr(self.d, "_codes", set())
            if c in used or len(c) < 2:
                c = c + self.last[1].lower()
            used.add(c)
            self.d._codes = used
            self._code = c
        self._r(self._code)
        return self._code

    def local(self):
        core = (self.part.replace(" ", "").replace("'", "") + self.last).lower()
        core = (core.replace(" ", "").replace("ı", "i").replace("ş", "s").replace("ö", "o").replace("ç", "c")
                .replace("ğ", "g").replace("ü", "u").replace("ł", "l").replace("ś", "s").replace("ń", "n")
                .replace("ó", "o").replace("'", ""))
        fi = self.first[0].lower()
        return f"{fi}.{core}"

    def mail(self, dom=None, style="dot"):
        loc = self.local()
        if style == "full":
            loc = self.first.lower().replace(" ", "").replace("ş", "s").replace("ł", "l") + "." + loc.split(".", 1)[1]
        m = f"{loc}@{dom or self.dom}"
        self._r(m, "EMAIL")
        return m

    def tel(self, style="mob"):
        if self._tel is None:
            rng = self.d.rng
            while True:
                n = "".join(str(rng.randint(0, 9)) for _ in range(8))
                used = self.d.__dict__.setdefault("_phones", set())
                if n not in used and n[0] != "0":
                    break
            used.add(n)
            self._tel = n
        n = self._tel
        if style == "mob":
            s = f"06-{n}"
        elif style == "mob2":
            s = f"06 {n[:2]} {n[2:5]} {n[5:]}"
        elif style == "intl":
            s = f"+31 6 {n[:4]} {n[4:]}"
        else:  # direct landline of an office, e.g. 030-2 xxx xxx
            s = f"{style}-{n[:3]} {n[3:7]}"
        self._r(s, "PHONE")
        return s


def P():
    return CUR


# ------------------------------------------------------------------------------------ producers
def esc(t):
    return html.escape(str(t), quote=False).replace("\n", "<br/>")


def _rl_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.fonts import addMapping
    if "DV" in pdfmetrics.getRegisteredFontNames():
        return
    for n, f in (("DV", "DejaVuSans.ttf"), ("DVB", "DejaVuSans-Bold.ttf"), ("DVI", "DejaVuSans-Oblique.ttf"),
                 ("DVS", "DejaVuSerif.ttf"), ("DVSB", "DejaVuSerif-Bold.ttf"),
                 ("DVC", "DejaVuSansCondensed.ttf"), ("DVCB", "DejaVuSansCondensed-Bold.ttf")):
        pdfmetrics.registerFont(TTFont(n, str(FONT_DIR / f)))
    addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DVB"); addMapping("DV", 0, 1, "DVI"); addMapping("DV", 1, 1, "DVB")
    addMapping("DVS", 0, 0, "DVS"); addMapping("DVS", 1, 0, "DVSB"); addMapping("DVS", 0, 1, "DVS"); addMapping("DVS", 1, 1, "DVSB")
    addMapping("DVC", 0, 0, "DVC"); addMapping("DVC", 1, 0, "DVCB"); addMapping("DVC", 0, 1, "DVC"); addMapping("DVC", 1, 1, "DVCB")


def render_rl(doc: Doc, out: Path):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, PageBreak,
                                    ListFlowable, ListItem)
    _rl_fonts()
    o = doc.opts
    font = o.get("font", "DV")
    bold = {"DV": "DVB", "DVS": "DVSB", "DVC": "DVCB"}[font]
    size = o.get("size", 10)
    ps = landscape(A4) if o.get("landscape") else A4
    st = {
        "title": ParagraphStyle("t", fontName=bold, fontSize=size + 5, leading=size + 8, spaceAfter=6),
        "h": ParagraphStyle("h", fontName=bold, fontSize=size + 1, leading=size + 4, spaceBefore=7, spaceAfter=3),
        "p": ParagraphStyle("p", fontName=font, fontSize=size, leading=size * 1.35, spaceAfter=4),
        "small": ParagraphStyle("s", fontName=font, fontSize=size - 2, leading=(size - 2) * 1.3, spaceAfter=3),
        "cell": ParagraphStyle("c", fontName=font, fontSize=size - 1, leading=(size - 1) * 1.25),
        "cellb": ParagraphStyle("cb", fontName=bold, fontSize=size - 1, leading=(size - 1) * 1.25),
    }
    lm = o.get("margin", 22) * mm
    width = ps[0] - 2 * lm
    story = []
    for b in doc.blocks:
        k = b[0]
        if k in ("title", "h", "p", "small"):
            story.append(Paragraph(esc(b[1]) if "<b>" not in str(b[1]) else str(b[1]), st[k]))
            if k == "h" and o.get("bookmarks"):
                pass
        elif k == "bullets":
            story.append(ListFlowable([ListItem(Paragraph(esc(i), st["p"]), leftIndent=12) for i in b[1]],
                                      bulletType="bullet", start="•", leftIndent=12))
        elif k == "kv":
            rows = [[Paragraph(esc(a), st["cellb"]), Paragraph(esc(v), st["cell"])] for a, v in b[1]]
            t = Table(rows, colWidths=[width * 0.22, width * 0.78])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                                   ("TOPPADDING", (0, 0), (-1, -1), 1), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
            story.append(t); story.append(Spacer(1, 4))
        elif k == "table":
            rows, widths, to = b[1], b[2], b[3]
            cs = ParagraphStyle("c2", parent=st["cell"], fontSize=to["size"], leading=to["size"] * 1.25)
            cb = ParagraphStyle("c2b", parent=cs, fontName=bold)
            data = []
            for i, r in enumerate(rows):
                data.append([Paragraph(esc(c), cb if (i == 0 and to["header"]) else cs) for c in r])
            n = len(rows[0])
            cw = [width * w for w in widths] if widths else [width / n] * n
            t = Table(data, colWidths=cw, repeatRows=1 if to["header"] else 0)
            ts = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 2),
                  ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
            if to["grid"]:
                ts.append(("GRID", (0, 0), (-1, -1), 0.4, colors.grey))
            if to["header"]:
                ts.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(o.get("hdr", "#dde6f0"))))
            t.setStyle(TableStyle(ts))
            story.append(t); story.append(Spacer(1, 6))
        elif k == "pagebreak":
            story.append(PageBreak())
        elif k == "space":
            story.append(Spacer(1, 10))

    header = o.get("header")
    footer = o.get("footer")

    def deco(c, d):
        c.saveState()
        c.setFont(font, 7.5)
        if header:
            c.drawString(lm, ps[1] - 12 * mm, header)
        if footer:
            c.drawString(lm, 10 * mm, footer)
        c.drawRightString(ps[0] - lm, 10 * mm, f"pagina {d.page}")
        c.restoreState()

    sd = SimpleDocTemplate(str(out), pagesize=ps, leftMargin=lm, rightMargin=lm, topMargin=20 * mm,
                           bottomMargin=18 * mm, title=doc.meta.get("Title", ""),
                           author=doc.meta.get("Author", ""), subject=doc.meta.get("Subject", ""),
                           creator=o.get("creator", "Microsoft Word"))
    sd.build(story, onFirstPage=deco, onLaterPages=deco)


def render_fp(doc: Doc, out: Path):
    from fpdf import FPDF
    from fpdf.fonts import FontFace
    o = doc.opts
    pdf = FPDF(orientation="L" if o.get("landscape") else "P", format="A4")
    pdf.set_auto_page_break(True, margin=16)
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.add_font("DejaVu", "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))
    size = o.get("size", 10)
    header, footer = o.get("header"), o.get("footer")

    class F(FPDF):
        pass
    pdf.set_margins(18, 16, 18)
    if doc.meta.get("Author"):
        pdf.set_author(doc.meta["Author"])
    if doc.meta.get("Title"):
        pdf.set_title(doc.meta["Title"])
    pdf.set_creator(o.get("creator", "fpdf2"))
    pdf.add_page()
    W = pdf.epw

    def hdr():
        if header:
            pdf.set_font("DejaVu", "", 7)
            pdf.cell(0, 4, header, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
    hdr()
    for b in doc.blocks:
        k = b[0]
        if k == "title":
            pdf.set_font("DejaVu", "B", size + 5); pdf.multi_cell(0, 8, b[1], new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
        elif k == "h":
            pdf.ln(2); pdf.set_font("DejaVu", "B", size + 1); pdf.multi_cell(0, 6, b[1], new_x="LMARGIN", new_y="NEXT")
        elif k in ("p", "small"):
            s = size if k == "p" else size - 2
            pdf.set_font("DejaVu", "", s); pdf.multi_cell(0, s * 0.5, b[1], new_x="LMARGIN", new_y="NEXT"); pdf.ln(1.5)
        elif k == "bullets":
            pdf.set_font("DejaVu", "", size)
            for it in b[1]:
                pdf.multi_cell(0, size * 0.5, "• " + it, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif k == "kv":
            pdf.set_font("DejaVu", "", size)
            for a, v in b[1]:
                pdf.set_font("DejaVu", "B", size); pdf.cell(W * 0.22, size * 0.5, a)
                pdf.set_font("DejaVu", "", size); pdf.multi_cell(0, size * 0.5, v, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif k == "table":
            rows, widths, to = b[1], b[2], b[3]
            pdf.set_font("DejaVu", "", to["size"])
            n = len(rows[0])
            cw = tuple(w * 100 for w in widths) if widths else None
            with pdf.table(col_widths=cw, first_row_as_headings=to["header"], line_height=to["size"] * 0.5,
                           headings_style=FontFace(emphasis="BOLD", fill_color=(225, 225, 225)),
                           borders_layout="ALL" if to["grid"] else "NONE", text_align="LEFT") as t:
                for r in rows:
                    row = t.row()
                    for c in r:
                        row.cell(str(c))
            pdf.ln(2)
        elif k == "pagebreak":
            pdf.add_page(); hdr()
        elif k == "space":
            pdf.ln(4)
    if footer:
        for i in range(1, pdf.page + 1):
            pass
    pdf.output(str(out))


def docx_of(doc: Doc, path: Path):
    import docx
    from docx.shared import Pt, Cm
    from docx.enum.section import WD_ORIENT
    o = doc.opts
    d = docx.Document()
    sec = d.sections[0]
    if o.get("landscape"):
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(2.2)
    stl = d.styles["Normal"]
    stl.font.name = o.get("docfont", "Liberation Sans")
    stl.font.size = Pt(o.get("size", 10))
    if o.get("header"):
        sec.header.paragraphs[0].text = o["header"]
    if o.get("footer"):
        sec.footer.paragraphs[0].text = o["footer"]
    cp = d.core_properties
    cp.author = doc.meta.get("Author", "")
    cp.title = doc.meta.get("Title", "")
    cp.last_modified_by = doc.meta.get("LastModifiedBy", "")
    for b in doc.blocks:
        k = b[0]
        if k == "title":
            d.add_heading(b[1], level=1)
        elif k == "h":
            d.add_heading(b[1], level=2)
        elif k in ("p", "small"):
            para = d.add_paragraph()
            lines = str(b[1]).split("\n")
            for i, ln in enumerate(lines):
                r = para.add_run(ln)
                if k == "small":
                    r.font.size = Pt(o.get("size", 10) - 2)
                if i < len(lines) - 1:
                    r.add_break()
        elif k == "bullets":
            for it in b[1]:
                d.add_paragraph(it, style="List Bullet")
        elif k == "kv":
            t = d.add_table(rows=0, cols=2)
            for a, v in b[1]:
                cells = t.add_row().cells
                cells[0].text = a
                cells[1].text = v
                cells[0].width = Cm(3.5)
                for r in cells[0].paragraphs[0].runs:
                    r.bold = True
        elif k == "table":
            rows, widths, to = b[1], b[2], b[3]
            t = d.add_table(rows=0, cols=len(rows[0]))
            t.autofit = False
            if to["grid"]:
                t.style = "Table Grid"
            tw = (sec.page_width - sec.left_margin - sec.right_margin)
            for i, r in enumerate(rows):
                cells = t.add_row().cells
                for j, c in enumerate(r):
                    cells[j].text = ""
                    lines = str(c).split("\n")
                    para = cells[j].paragraphs[0]
                    for li, ln in enumerate(lines):
                        run = para.add_run(ln)
                        run.font.size = Pt(to["size"])
                        if i == 0 and to["header"]:
                            run.bold = True
                        if li < len(lines) - 1:
                            run.add_break()
                    if widths:
                        cells[j].width = int(tw * widths[j])
            if widths:
                for j, col in enumerate(t.columns):
                    col.width = int(tw * widths[j])
            d.add_paragraph()
        elif k == "pagebreak":
            d.add_page_break()
        elif k == "space":
            d.add_paragraph()
    d.save(str(path))


def html_of(doc: Doc) -> str:
    o = doc.opts
    css = o.get("css", "")
    parts = [f"""<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>{esc(doc.meta.get('Title',''))}</title>
<style>@page {{ size: A4 {'landscape' if o.get('landscape') else ''}; margin: 16mm 15mm; }}
body {{ font-family: 'DejaVu Sans', Arial, sans-serif; font-size: {o.get('size', 10)}pt; }}
h1 {{ font-size: 16pt; margin: 0 0 6px 0; color: #1f3b63; }} h2 {{ font-size: 11.5pt; margin: 12px 0 4px 0; color: #1f3b63; }}
table {{ border-collapse: collapse; margin: 4px 0 10px 0; width: 100%; }}
td, th {{ border: 0.6px solid #888; padding: 2px 4px; vertical-align: top; text-align: left; }}
th {{ background: #e8eef6; }} table.kv td {{ border: none; padding: 1px 4px 1px 0; }}
p {{ margin: 3px 0 6px 0; }} .small {{ font-size: 8pt; color: #444; }} .hdr {{ font-size: 7.5pt; color: #555; border-bottom: 1px solid #aaa; margin-bottom: 8px; }}
{css}</style></head><body>"""]
    if o.get("header"):
        parts.append(f'<div class="hdr">{esc(o["header"])}</div>')
    for b in doc.blocks:
        k = b[0]
        if k == "title":
            parts.append(f"<h1>{esc(b[1])}</h1>")
        elif k == "h":
            parts.append(f"<h2>{esc(b[1])}</h2>")
        elif k == "p":
            parts.append(f"<p>{esc(b[1])}</p>")
        elif k == "small":
            parts.append(f'<p class="small">{esc(b[1])}</p>')
        elif k == "bullets":
            parts.append("<ul>" + "".join(f"<li>{esc(i)}</li>" for i in b[1]) + "</ul>")
        elif k == "kv":
            parts.append('<table class="kv">' + "".join(
                f"<tr><td style='width:22%'><b>{esc(a)}</b></td><td>{esc(v)}</td></tr>" for a, v in b[1]) + "</table>")
        elif k == "table":
            rows, widths, to = b[1], b[2], b[3]
            s = [f'<table style="font-size:{to["size"]}pt">']
            if widths:
                s.append("<colgroup>" + "".join(f'<col style="width:{w*100:.1f}%">' for w in widths) + "</colgroup>")
            for i, r in enumerate(rows):
                tag = "th" if i == 0 and to["header"] else "td"
                s.append("<tr>" + "".join(f"<{tag}>{esc(c)}</{tag}>" for c in r) + "</tr>")
            s.append("</table>")
            parts.append("".join(s))
        elif k == "pagebreak":
            parts.append('<div style="page-break-after: always"></div>')
        elif k == "space":
            parts.append("<br>")
    if o.get("footer"):
        parts.append(f'<p class="small">{esc(o["footer"])}</p>')
    parts.append("</body></html>")
    return "\n".join(parts)


def scanify(src_pdf: Path, out: Path, seed, angle=0.6, dpi=150):
    """Render each page, add noise/rotation/grey, wrap as an image-only PDF."""
    import tempfile
    from PIL import Image, ImageFilter
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as td:
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(src_pdf), f"{td}/p"], check=True)
        imgs = []
        for f in sorted(Path(td).glob("p*.png")):
            im = Image.open(f).convert("L")
            im = im.rotate(angle * (1 if rng.random() < 0.5 else -1), resample=Image.BICUBIC, expand=False,
                           fillcolor=255)
            px = im.load()
            w, h = im.size
            for _ in range(w * h // 250):
                x, y = rng.randrange(w), rng.randrange(h)
                px[x, y] = rng.choice((0, 60, 120, 200))
            im = im.filter(ImageFilter.GaussianBlur(0.4))
            im = im.point(lambda v: int(v * 0.93 + 12))
            imgs.append(im)
        imgs[0].save(str(out), "PDF", resolution=dpi, save_all=True, append_images=imgs[1:])
