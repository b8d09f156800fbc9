"""Rendering and gold helpers for set JZ (mixed134). Markup in document lines:
[[KIND|text]] = personal data to redact (one redact probe, word-anchored, after=0)
{{KIND|text}} = public text to keep (one keep probe, word-anchored, after = count in PDFium text)
Line prefixes: '# ' heading, '## ' subheading, '| a | b |' table row, '~ ' handwriting (scans), '' blank.
"""
from __future__ import annotations

import io
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import pikepdf
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, extract_channels, channel_counts, probe_regex, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DejaVuSerif", FD + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("DejaVuSerif-Bold", FD + "DejaVuSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DejaVuSans", FD + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", FD + "DejaVuSans-Bold.ttf"))

MARK = re.compile(r"\[\[(\w+)\|(.+?)\]\]|\{\{(\w+)\|(.+?)\}\}")
FIXED_DATE = "D:20261120093000+01'00'"


def parse(line: str):
    red, keep = [], []

    def rep(m):
        if m.group(1):
            red.append((m.group(1), m.group(2)))
            return m.group(2)
        keep.append((m.group(3), m.group(4)))
        return m.group(4)
    return MARK.sub(rep, line), red, keep


class Doc:
    def __init__(self, stem, pages, producer="rl", creator="", prod_str="", title="", author=None,
                 xmp_creator=None, outline=(), notes=(), fields=(), hidden=(), font="Helvetica", size=10):
        self.stem, self.pages, self.producer = stem, pages, producer
        self.creator, self.prod_str, self.title = creator, prod_str, title
        self.author, self.xmp_creator = author, xmp_creator
        self.outline, self.notes, self.fields = outline, notes, fields
        self.hidden = list(hidden)  # (channel, kind, text)
        self.font, self.size = font, size

    # ----------------------------------------------------------------- build
    def build(self) -> Path:
        out = DOCS_DIR / f"{self.stem}.pdf"
        if self.producer == "docx":
            raw = self._docx()
        elif self.producer == "scan":
            raw = self._scan()
        else:
            raw = self._rl()
        self._post(raw, out)
        return out

    def _rl(self) -> bytes:
        buf = io.BytesIO()
        c = canvas.Canvas(buf, pagesize=A4, invariant=1)
        W, H = A4
        bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold",
                "DejaVuSerif": "DejaVuSerif-Bold", "DejaVuSans": "DejaVuSans-Bold"}[self.font]
        fy = 0
        for pi, page in enumerate(self.pages):
            y = H - 60
            plain = [parse(r)[0] for r in page]
            layout, i = {}, 0
            while i < len(plain):  # column layout per run of table rows
                if not plain[i].startswith("|"):
                    i += 1; continue
                j = i
                while j < len(plain) and plain[j].startswith("|"):
                    j += 1
                rows = [[x.strip() for x in plain[k].strip().strip("|").split("|")] for k in range(i, j)]
                n = max(len(r) for r in rows)
                fs = self.size - 1
                while True:
                    ws = [max(pdfmetrics.stringWidth(r[c] if c < len(r) else "", self.font, fs) for r in rows) + 8
                          for c in range(n)]
                    if sum(ws) <= W - 110 or fs <= 6:
                        break
                    fs -= 0.5
                extra = (W - 110 - sum(ws)) / n
                xs, x = [], 55
                for w in ws:
                    xs.append(x); x += w + max(extra, 0)
                for k in range(i, j):
                    layout[k] = (xs, fs)
                i = j
            for li, raw in enumerate(page):
                line = parse(raw)[0]
                if line.startswith("## "):
                    c.setFont(bold, self.size + 1); c.drawString(55, y, line[3:]); y -= self.size + 8
                    continue
                if line.startswith("# "):
                    c.setFont(bold, self.size + 4); c.drawString(55, y, line[2:]); y -= self.size + 12
                    continue
                if line.startswith("|"):
                    cells = [x.strip() for x in line.strip().strip("|").split("|")]
                    xs, fs = layout[li]
                    c.setFont(self.font, fs)
                    for i, cell in enumerate(cells):
                        c.drawString(xs[i], y, cell)
                    y -= self.size + 4
                    c.setLineWidth(0.3); c.line(55, y + self.size - 1, W - 55, y + self.size - 1)
                    continue
                c.setFont(self.font, self.size)
                words, cur = line.split(" "), ""
                lines = []
                for w in words:
                    t = (cur + " " + w) if cur else w
                    if pdfmetrics.stringWidth(t, self.font, self.size) > W - 110 and cur:
                        lines.append(cur); cur = w
                    else:
                        cur = t
                lines.append(cur)
                for ln in lines:
                    c.drawString(55, y, ln); y -= self.size + 4
            for f in self.fields if pi == 0 else ():
                name, label, value, fx, fy_ = f
                c.setFont(self.font, self.size); c.drawString(fx, fy_ + 5, label)
                c.acroForm.textfield(name=name, tooltip=name, value=value, x=fx + 150, y=fy_, width=300,
                                     height=18, fontName="Helvetica", fontSize=9, borderWidth=0.5)
            c.setFont(self.font, 7); c.drawString(W - 100, 30, f"pagina {pi + 1} van {len(self.pages)}")
            c.showPage()
        c.save()
        return buf.getvalue()

    def _docx(self) -> bytes:
        import docx
        from docx.shared import Pt
        d = docx.Document()
        st = d.styles["Normal"]; st.font.name = "Liberation Sans"; st.font.size = Pt(10)
        for pi, page in enumerate(self.pages):
            tbl = None
            for raw in page:
                line = parse(raw)[0]
                if line.startswith("|"):
                    cells = [x.strip() for x in line.strip().strip("|").split("|")]
                    if tbl is None:
                        tbl = d.add_table(rows=0, cols=len(cells)); tbl.style = "Table Grid"
                    r = tbl.add_row()
                    for i, cell in enumerate(cells):
                        r.cells[i].text = cell
                    continue
                tbl = None
                if line.startswith("## "):
                    d.add_heading(line[3:], level=2)
                elif line.startswith("# "):
                    d.add_heading(line[2:], level=1)
                else:
                    d.add_paragraph(line)
            if pi < len(self.pages) - 1:
                d.add_page_break()
        with tempfile.TemporaryDirectory() as td:
            p = Path(td) / f"{self.stem}.docx"
            d.save(p)
            subprocess.run(["soffice", f"-env:UserInstallation=file://{td}/u", "--headless", "--convert-to",
                            "pdf", "--outdir", td, str(p)], capture_output=True, timeout=180)
            return (Path(td) / f"{self.stem}.pdf").read_bytes()

    def _scan(self) -> bytes:
        buf = io.BytesIO()
        c = canvas.Canvas(buf, pagesize=A4, invariant=1)
        W, H = A4
        f_reg = ImageFont.truetype(FD + "DejaVuSans.ttf", 30)
        f_b = ImageFont.truetype(FD + "DejaVuSans-Bold.ttf", 36)
        f_h = ImageFont.truetype(FD + "DejaVuSerif-Italic.ttf", 38) if Path(FD + "DejaVuSerif-Italic.ttf").exists() \
            else ImageFont.truetype(FD + "DejaVuSerifCondensed-Italic.ttf", 38)
        for pi, page in enumerate(self.pages):
            img = Image.new("L", (1654, 2339), 246)
            dr = ImageDraw.Draw(img)
            y = 150
            for raw in page:
                line = parse(raw)[0]
                if line.startswith("# "):
                    dr.text((140, y), line[2:], font=f_b, fill=20); y += 60; continue
                if line.startswith("~ "):
                    dr.text((170, y), line[2:], font=f_h, fill=(40)); y += 62; continue
                if line.startswith("|"):
                    cells = [x.strip() for x in line.strip().strip("|").split("|")]
                    colw = (1654 - 280) // len(cells)
                    for i, cell in enumerate(cells):
                        dr.text((140 + i * colw, y), cell, font=f_reg, fill=25)
                    dr.line((140, y + 42, 1514, y + 42), fill=90, width=2); y += 54; continue
                words, cur, lines = line.split(" "), "", []
                for w in words:
                    t = (cur + " " + w) if cur else w
                    if dr.textlength(t, font=f_reg) > 1654 - 300 and cur:
                        lines.append(cur); cur = w
                    else:
                        cur = t
                lines.append(cur)
                for ln in lines:
                    dr.text((140, y), ln, font=f_reg, fill=25); y += 46
            img = img.rotate(0.6 if pi % 2 == 0 else -0.5, fillcolor=240, resample=Image.BICUBIC)
            jb = io.BytesIO(); img.save(jb, "JPEG", quality=72)
            from reportlab.lib.utils import ImageReader
            c.drawImage(ImageReader(io.BytesIO(jb.getvalue())), 0, 0, W, H)
            c.showPage()
        c.save()
        return buf.getvalue()

    def _post(self, raw: bytes, out: Path):
        with pikepdf.open(io.BytesIO(raw)) as pdf:
            info = pdf.docinfo
            for k in list(info.keys()):
                del info[k]
            if self.title:
                info["/Title"] = self.title
            if self.author:
                info["/Author"] = self.author
            info["/Producer"] = self.prod_str or "ReportLab PDF Library - www.reportlab.com"
            if self.creator:
                info["/Creator"] = self.creator
            info["/CreationDate"] = FIXED_DATE
            if self.xmp_creator:
                with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as m:
                    m["dc:creator"] = [self.xmp_creator]
                    if self.title:
                        m["dc:title"] = self.title
            if self.outline:
                with pdf.open_outline() as ol:
                    for title, pg in self.outline:
                        ol.root.append(pikepdf.OutlineItem(title, pg))
            for (pg, author, contents, rect) in self.notes:
                annot = pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                                           Rect=pikepdf.Array(rect), T=pikepdf.String(author),
                                           Contents=pikepdf.String(contents), Name=pikepdf.Name.Comment,
                                           C=pikepdf.Array([1, 0.9, 0.2]))
                page = pdf.pages[pg]
                if "/Annots" not in page.obj:
                    page.obj.Annots = pikepdf.Array()
                page.obj.Annots.append(pdf.make_indirect(annot))
            pdf.save(out, deterministic_id=True, static_id=True)

    # ----------------------------------------------------------------- gold
    def markup(self):
        red, keep = [], []
        for page in self.pages:
            for raw in page:
                _, r, k = parse(raw)
                red += r; keep += k
        return red, keep


def _uniq(items):
    seen, out = set(), []
    for it in items:
        if it not in seen:
            seen.add(it); out.append(it)
    return out


def make_gold(d: Doc, path: Path):
    problems = []
    text, pages = text_pdfium(path)
    red, keep = d.markup()
    gold = {"doc": path.name, "pages": pages, "redact": [], "keep": []}
    ocr = d.producer == "scan"
    chans = None
    if ocr or d.hidden:
        chans = extract_channels(path, ocr="auto" if ocr else "off")["channels"]
    for kind, t in _uniq(red):
        pr = {"text": t, "word": True, "after": 0}
        if ocr:
            pr["ocr"] = True
            if channel_counts(chans, pr).get("ocr", 0) == 0:
                print(f"  (ocr miss, dropped) {d.stem}: {t!r}")
                continue
            gold["redact"].append({"kind": kind, "value": t, "channel": "ocr", "probes": [pr]})
            continue
        if count_in(text, pr) == 0:
            problems.append(f"{d.stem}: redact {t!r} not in text")
        gold["redact"].append({"kind": kind, "value": t, "probes": [pr]})
    for ch, kind, t in _uniq(d.hidden):
        pr = {"text": t, "word": True, "after": 0}
        if channel_counts(chans, pr).get(ch, 0) == 0:
            problems.append(f"{d.stem}: hidden {t!r} not in {ch}")
        if count_in(text, pr):
            problems.append(f"{d.stem}: hidden {t!r} also in text")
        gold["redact"].append({"kind": kind, "value": t, "channel": ch, "probes": [pr]})
    masked = text
    for it in gold["redact"]:
        for pr in it["probes"]:
            masked = probe_regex(pr["text"], True).sub("\u2588", masked)
    for kind, t in _uniq(keep):
        pr = {"text": t, "word": True}
        n = count_in(text, pr)
        if n == 0:
            problems.append(f"{d.stem}: keep {t!r} not in text")
            continue
        if count_in(masked, pr) != n:
            print(f"  (keep overlaps redact, dropped) {d.stem}: {t!r}")
            continue
        pr["after"] = n
        gold["keep"].append({"kind": kind, "value": t, "probes": [pr]})
    return gold, problems
