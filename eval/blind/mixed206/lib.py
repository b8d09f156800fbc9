"""Builders and gold writer for set mixed206 (library initiative, gemeente Zandvoorde)."""
from __future__ import annotations

import io
import random
import re
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, norm, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SERIF_I = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf"
SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"

RX_R = re.compile(r"\[\[(.+?)\]\]")
RX_K = re.compile(r"\{\{(.+?)\}\}")


def plain(s: str) -> str:
    return RX_K.sub(r"\1", RX_R.sub(r"\1", s))


def marks(s: str):
    return RX_R.findall(s), RX_K.findall(s)


class Doc:
    def __init__(self, stem, body, kind="rl", producer=("Microsoft® Word voor Microsoft 365", "Microsoft® Word voor Microsoft 365"),
                 author=None, xmp=None, outline=None, notes=None, fields=None, title="", font="Helvetica", size=10):
        self.stem, self.body, self.kind, self.producer = stem, body, kind, producer
        self.author, self.xmp = author, xmp            # redacted hidden values (str) or None
        self.outline = outline or []                   # [(title, [redact values in title])]
        self.notes = notes or []                       # [(page_idx, T, Contents, [redact values])]
        self.fields = fields or []                     # [(name, value, redact: bool)]
        self.title, self.font, self.size = title, font, size

    # ---------------------------------------------------------------- build
    def build(self) -> Path:
        DOCS_DIR.mkdir(exist_ok=True)
        out = DOCS_DIR / f"{self.stem}.pdf"
        if self.kind == "docx":
            self._docx(out)
        elif self.kind == "scan":
            self._scan(out)
        else:
            self._rl(out)
        self._post(out)
        return out

    def _rl(self, out):
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.utils import simpleSplit
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        from reportlab.pdfgen import canvas

        fn, fb = self.font, self.font + "-Bold"
        if self.font == "DejaVu":
            pdfmetrics.registerFont(TTFont("DejaVu", FONT))
            pdfmetrics.registerFont(TTFont("DejaVu-Bold", FONTB))
        elif self.font == "Times-Roman":
            fb = "Times-Bold"
        c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
        c.setTitle(self.title or self.stem)
        W, H = A4
        x0, y, sz = 60, H - 70, self.size
        lead = sz * 1.35
        page = 0
        oi = 0
        if self.outline:
            c.bookmarkPage(f"p{page}")

        def newpage():
            nonlocal y, page
            c.showPage()
            page += 1
            y = H - 70

        colw = {}
        for line in self.body:
            if line.startswith("|"):
                cells = [plain(x.strip()) for x in line.strip().strip("|").split("|")]
                m = colw.setdefault(len(cells), [0] * len(cells))
                for i, cell in enumerate(cells):
                    m[i] = max(m[i], pdfmetrics.stringWidth(cell, fn, sz - 1) + 8)
        for line in self.body:
            if line == "---":
                newpage()
                continue
            if line.startswith("@BM "):   # outline entry at this spot
                t = self.outline[oi][0]
                key = f"bm{oi}"
                c.bookmarkHorizontal(key, 0, y + 12)
                c.addOutlineEntry(t, key, level=0)
                oi += 1
                continue
            if line.startswith("@FIELD "):
                name = line[7:]
                for (n, v, _r) in self.fields:
                    if n == name:
                        c.setFont(fn, sz)
                        c.acroForm.textfield(name=n, tooltip=n, value=v, x=x0 + 170, y=y - 5, width=300,
                                             height=16, fontName="Helvetica", fontSize=9, borderWidth=0.5)
                        c.drawString(x0, y, n.replace("_", " ") + ":")
                y -= lead + 6
                continue
            if y < 70:
                newpage()
            if line.startswith("# "):
                c.setFont(fb, sz + 3)
                c.drawString(x0, y, plain(line[2:]))
                y -= lead + 5
                continue
            if line.startswith("|"):
                cells = [plain(x.strip()) for x in line.strip().strip("|").split("|")]
                bold = line.startswith("||")
                if bold:
                    cells = [plain(x.strip()) for x in line.strip().strip("|").split("|")]
                ws = colw[len(cells)]
                tot = sum(ws)
                scale = (W - 2 * x0) / tot if tot > (W - 2 * x0) else 1.0
                c.setFont(fb if bold else fn, sz - 1)
                xx = x0
                for i, cell in enumerate(cells):
                    c.drawString(xx, y, cell)
                    xx += ws[i] * scale
                c.setLineWidth(0.3)
                c.line(x0, y - 3, W - x0, y - 3)
                y -= lead + 1
                continue
            if line == "":
                y -= lead * 0.6
                continue
            c.setFont(fn, sz)
            for seg in simpleSplit(plain(line), fn, sz, W - 2 * x0):
                if y < 60:
                    newpage()
                    c.setFont(fn, sz)
                c.drawString(x0, y, seg)
                y -= lead
        c.save()

    def _docx(self, out):
        import docx
        from docx.shared import Pt
        d = docx.Document()
        st = d.styles["Normal"]
        st.font.name = "Liberation Sans" if self.font != "Times-Roman" else "Liberation Serif"
        st.font.size = Pt(10)
        rows = []

        def flush():
            if not rows:
                return
            t = d.add_table(rows=len(rows), cols=len(rows[0][0]))
            t.style = "Table Grid"
            for r, (cells, bold) in enumerate(rows):
                for i, cell in enumerate(cells):
                    p = t.cell(r, i).paragraphs[0]
                    run = p.add_run(cell)
                    run.bold = bold
            rows.clear()
        for line in self.body:
            if line.startswith("|"):
                bold = line.startswith("||")
                rows.append(([plain(x.strip()) for x in line.strip().strip("|").split("|")], bold))
                continue
            flush()
            if line == "---":
                d.add_page_break()
            elif line.startswith("# "):
                p = d.add_paragraph()
                r = p.add_run(plain(line[2:]))
                r.bold = True
                r.font.size = Pt(13)
            elif line == "":
                continue
            else:
                d.add_paragraph(plain(line))
        flush()
        d.core_properties.author = ""
        d.core_properties.last_modified_by = ""
        tmp = Path(f"/tmp/s206_docx")
        tmp.mkdir(exist_ok=True)
        src = tmp / f"{self.stem}.docx"
        d.save(str(src))
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s206_lo", "--headless", "--convert-to", "pdf",
                        "--outdir", str(tmp), str(src)], capture_output=True, timeout=180)
        shutil.copy(tmp / f"{self.stem}.pdf", out)

    def _scan(self, out):
        from PIL import Image, ImageDraw, ImageFont, ImageFilter
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfgen import canvas
        rnd = random.Random(self.stem)
        c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
        pages = [[]]
        for line in self.body:
            if line == "---":
                pages.append([])
            else:
                pages[-1].append(line)
        for pl in pages:
            img = Image.new("L", (1654, 2339), 250)
            dr = ImageDraw.Draw(img)
            f = ImageFont.truetype(SERIF, 34)
            fh = ImageFont.truetype(SERIF_I, 44)
            fbold = ImageFont.truetype(FONTB, 40)
            y = 150
            colw = {}
            for line in pl:
                if line.startswith("|"):
                    cells = [plain(x.strip()) for x in line.strip().strip("|").split("|")]
                    m = colw.setdefault(len(cells), [0] * len(cells))
                    for i, cell in enumerate(cells):
                        m[i] = max(m[i], dr.textlength(cell, font=f) + 40)
            for line in pl:
                if line.startswith("~ "):      # handwriting-like
                    dr.text((170 + rnd.randint(0, 40), y), plain(line[2:]), font=fh, fill=35)
                    y += 70
                elif line.startswith("# "):
                    dr.text((150, y), plain(line[2:]), font=fbold, fill=20)
                    y += 70
                elif line.startswith("|"):
                    cells = [plain(x.strip()) for x in line.strip().strip("|").split("|")]
                    xx = 150
                    for i, cell in enumerate(cells):
                        if cell == "~":   # a handwritten scribble as signature
                            pts = [(xx + k * 14, y + 22 + rnd.randint(-16, 16)) for k in range(12)]
                            dr.line(pts, fill=30, width=3)
                        else:
                            dr.text((xx, y), cell, font=f, fill=25)
                        xx += colw[len(cells)][i]
                    dr.line((150, y + 46, 1500, y + 46), fill=120, width=2)
                    y += 62
                elif line == "":
                    y += 30
                else:
                    words, cur = plain(line).split(), ""
                    for w in words:
                        if dr.textlength(cur + " " + w, font=f) > 1340:
                            dr.text((150, y), cur.strip(), font=f, fill=25)
                            y += 50
                            cur = w
                        else:
                            cur += " " + w
                    dr.text((150, y), cur.strip(), font=f, fill=25)
                    y += 50
            img = img.rotate(rnd.uniform(-0.9, 0.9), fillcolor=245, resample=Image.BICUBIC)
            img = img.filter(ImageFilter.GaussianBlur(0.4))
            b = io.BytesIO()
            img.save(b, "JPEG", quality=72)
            b.seek(0)
            from reportlab.lib.utils import ImageReader
            c.drawImage(ImageReader(b), 0, 0, width=A4[0], height=A4[1])
            c.showPage()
        c.save()

    def _post(self, out):
        import pikepdf
        with pikepdf.open(str(out), allow_overwriting_input=True) as pdf:
            if "/Author" in pdf.docinfo:
                del pdf.docinfo["/Author"]
            if self.author:
                pdf.docinfo["/Author"] = self.author
            if self.xmp:
                with pdf.open_metadata(set_pikepdf_as_editor=False) as m:
                    m["dc:creator"] = [self.xmp]
                    m["xmp:CreatorTool"] = self.producer[1]
            pdf.docinfo["/Producer"] = self.producer[0]
            pdf.docinfo["/Creator"] = self.producer[1]
            for (pi, t, contents, _r) in self.notes:
                pg = pdf.pages[pi]
                annot = pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                                           Rect=[420, 700, 440, 720], T=pikepdf.String(t),
                                           Contents=pikepdf.String(contents), Open=False,
                                           Name=pikepdf.Name.Comment)
                if "/Annots" not in pg.obj:
                    pg.obj["/Annots"] = pikepdf.Array()
                pg.obj.Annots.append(pdf.make_indirect(annot))
            pdf.save(str(out), deterministic_id=True)


def _kind(v: str) -> str:
    if "@" in v:
        return "EMAIL"
    if re.fullmatch(r"NL\d\d ?[A-Z]{4}[\d ]+", v):
        return "IBAN"
    if re.search(r"\d{4}", v) and re.fullmatch(r"[\d \-+()]+", v):
        return "PHONE"
    if re.search(r"\d", v):
        return "ID"
    return "PERSON"


def make_gold(d: Doc, path: Path):
    text, pages = text_pdfium(path)
    problems = []
    redact, keep = [], []
    seen = set()
    rvals = []

    def add_r(v, channel=None):
        key = (v, channel)
        if key in seen:
            return
        seen.add(key)
        it = {"kind": _kind(v), "value": v, "probes": [{"text": v, "word": True, "after": 0}]}
        if channel == "ocr":
            it["channel"] = "ocr"
            it["probes"][0]["ocr"] = True
        elif channel:
            it["channel"] = channel
        redact.append(it)
        rvals.append(v)

    kvals = []
    for line in d.body:
        r, k = marks(line)
        for v in r:
            add_r(v, "ocr" if d.kind == "scan" else None)
        for v in k:
            if v not in kvals:
                kvals.append(v)
    def add_h(v, ch):
        add_r(v, None if count_in(text, {"text": v, "word": True}) else ch)

    if d.author:
        add_h(d.author, "metadata")
    if d.xmp:
        add_h(d.xmp, "metadata")
    for (_t, rv) in d.outline:
        for v in rv:
            add_h(v, "outline")
    for (_p, t, _c, rv) in d.notes:
        for v in rv:
            add_h(v, "annotations")
    for (n, v, r) in d.fields:
        if r is True:
            add_r(v, "annotations")
        elif r:
            for x in r:
                add_r(x, "annotations")
    # simulated redaction: blank every redact value in the text
    red = text
    for v in sorted(set(rvals), key=len, reverse=True):
        red = re.sub(r"(?<!\w)" + re.sub(r"\\ ", " ?", re.escape(norm(v))) + r"(?!\w)", lambda m: "#" * len(m.group(0)), red)
    if d.kind != "scan":
        for v in kvals:
            pr = {"text": v, "word": True}
            n = count_in(text, pr)
            n2 = count_in(red, pr)
            if n == 0:
                problems.append(f"{d.stem}: keep {v!r} not in text")
                continue
            if n2 != n:
                problems.append(f"{d.stem}: keep {v!r} overlaps a redact value")
                continue
            for rv in rvals:
                if v in rv or rv in v:
                    problems.append(f"{d.stem}: keep {v!r} overlaps redact {rv!r}")
            pr["after"] = n
            keep.append({"kind": "PUBLIC", "value": v, "probes": [pr]})
    for it in redact:
        if it.get("channel") is None and count_in(text, it["probes"][0]) == 0:
            problems.append(f"{d.stem}: redact {it['value']!r} not in text")
    return {"doc": path.name, "pages": pages, "redact": redact, "keep": keep}, problems
