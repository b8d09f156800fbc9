"""Engine for set ES (mixed220): markup -> PDF + gold.

Markup in document text: [[...]] = personal data to redact (one redact probe per distinct string),
{{...}} = public text to keep (keep probe, 'after' counted on the original's PDFium text).
Lines: '# ' heading, '## ' subheading, '|a|b|c' table row, '<PAGE>' page break, '' blank line.
"""
from __future__ import annotations

import io
import json
import random
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, extract_channels, channel_counts, norm, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
TMP = Path("/tmp/s220_build")
DEJAVU = "/usr/share/fonts/truetype/dejavu/"
RX_R = re.compile(r"\[\[(.+?)\]\]")
RX_K = re.compile(r"\{\{(.+?)\}\}")


def plain(s: str) -> str:
    return RX_K.sub(lambda m: m.group(1), RX_R.sub(lambda m: m.group(1), s))


def kind_of(v: str) -> str:
    if "@" in v:
        return "EMAIL"
    if re.match(r"^NL\d\d ?[A-Z]{4}", v):
        return "IBAN"
    if re.fullmatch(r"[\d\s\-+()]+", v):
        d = re.sub(r"\D", "", v)
        if len(d) == 9 and not v.startswith("0"):
            return "BSN"
        return "PHONE" if len(d) >= 9 else "NUMBER"
    if re.search(r"\d", v):
        return "DATE_OR_ADDRESS"
    return "PERSON"


class Doc:
    def __init__(self, stem, text, producer="std", title="", author=None, xmp_creator=None,
                 outline=None, notes=None, fields=None, pdf_producer=None, pdf_creator=None,
                 scan=False, seed=0):
        self.stem, self.text, self.producer = stem, text.strip("\n"), producer
        self.title, self.author, self.xmp_creator = title, author, xmp_creator
        self.outline, self.notes, self.fields = outline or [], notes or [], fields or []
        self.pdf_producer, self.pdf_creator, self.scan, self.seed = pdf_producer, pdf_creator, scan, seed
        self.hidden = []  # (channel, value)

    # ---------------------------------------------------------------- reportlab
    def _rl(self, path):
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfgen import canvas
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        from reportlab.lib.utils import simpleSplit
        if self.producer == "ttf":
            for n, f in (("DV", "DejaVuSans.ttf"), ("DVB", "DejaVuSans-Bold.ttf")):
                try:
                    pdfmetrics.getFont(n)
                except KeyError:
                    pdfmetrics.registerFont(TTFont(n, DEJAVU + f))
            F, FB = "DV", "DVB"
        else:
            F, FB = "Helvetica", "Helvetica-Bold"
        W, H = A4
        c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
        c.setTitle(self.title or self.stem)
        if self.author:
            c.setAuthor(plain(self.author))
        y = H - 60
        lm, width = 60, W - 120
        bm_i = 0

        def newpage():
            nonlocal y
            c.showPage()
            y = H - 60

        lines = self.text.split("\n")
        colw_of = {}
        i = 0
        while i < len(lines):
            if plain(lines[i]).startswith("|"):
                j = i
                while j < len(lines) and plain(lines[j]).startswith("|"):
                    j += 1
                rows = [plain(x).strip("|").split("|") for x in lines[i:j]]
                n = max(len(r) for r in rows)
                from reportlab.pdfbase.pdfmetrics import stringWidth
                fs0 = 8.5 if n < 5 else 7.2
                cells = [[(r[k].strip() if k < len(r) else "") for k in range(n)] for r in rows]
                nat = [max(stringWidth(c[k], F, fs0) for c in cells) + 7 for k in range(n)]
                need = [max(max((stringWidth(w, F, fs0) for w in c[k].split()), default=0) for c in cells) + 7
                        for k in range(n)]
                if sum(nat) <= width:
                    ws = [x * width / sum(nat) for x in nat]
                else:
                    extra = max(0.0, width - sum(need))
                    slack = sum(a - b for a, b in zip(nat, need)) or 1
                    ws = [b + extra * (a - b) / slack for a, b in zip(nat, need)]
                for k in range(i, j):
                    colw_of[k] = ws
                i = j
            else:
                i += 1
        for li, raw in enumerate(lines):
            line = plain(raw)
            if raw.strip() == "<PAGE>":
                newpage()
                continue
            if raw.startswith("<BM "):
                t = plain(raw[4:].rstrip(">"))
                key = f"bm{bm_i}"
                bm_i += 1
                c.bookmarkPage(key)
                c.addOutlineEntry(t, key, level=0)
                continue
            if raw.startswith("<FIELD "):
                lab, name, val = [plain(x) for x in raw[7:].rstrip(">").split("|")]
                c.setFont(F, 9.5)
                c.drawString(lm, y, lab)
                c.acroForm.textfield(name=name, value=val, x=lm + 170, y=y - 5, width=280, height=16,
                                     fontName="Helvetica", fontSize=9, borderWidth=0.5)
                y -= 22
                continue
            if not line.strip():
                y -= 7
                continue
            if line.startswith("# "):
                c.setFont(FB, 13)
                for s in simpleSplit(line[2:], FB, 13, width):
                    c.drawString(lm, y, s)
                    y -= 17
                y -= 3
                continue
            if line.startswith("## "):
                c.setFont(FB, 10.5)
                c.drawString(lm, y, line[3:])
                y -= 15
                continue
            if line.startswith("|"):
                cells = line.strip("|").split("|")
                ws = colw_of[li]
                xs = [lm + sum(ws[:k]) for k in range(len(ws))]
                fs = 8.5 if len(ws) < 5 else 7.2
                wrapped = [simpleSplit(x.strip(), F, fs, ws[k] - 5) or [""] for k, x in enumerate(cells)]
                n = max(len(w) for w in wrapped)
                c.setFont(F, fs)
                for i, w in enumerate(wrapped):
                    for j, s in enumerate(w):
                        c.drawString(xs[i] + 2, y - j * 11, s)
                c.setLineWidth(0.3)
                c.line(lm, y - (n - 1) * 11 - 4, lm + width, y - (n - 1) * 11 - 4)
                y -= n * 11 + 4
                if y < 60:
                    newpage()
                continue
            c.setFont(F, 9.5)
            for s in simpleSplit(line, F, 9.5, width):
                c.drawString(lm, y, s)
                y -= 12.5
                if y < 60:
                    newpage()
        c.save()

    # ---------------------------------------------------------------- docx via soffice
    def _docx(self, path):
        import docx
        from docx.shared import Pt
        d = docx.Document()
        st = d.styles["Normal"]
        st.font.name = "DejaVu Sans"
        st.font.size = Pt(9.5)
        cp = d.core_properties
        cp.author = plain(self.author) if self.author else ""
        cp.title = self.title
        cp.last_modified_by = ""
        rows = []

        def flush():
            nonlocal rows
            if rows:
                t = d.add_table(rows=len(rows), cols=len(rows[0]))
                t.style = "Table Grid"
                for i, r in enumerate(rows):
                    for j, x in enumerate(r):
                        t.cell(i, j).text = x.strip()
                rows = []

        for raw in self.text.split("\n"):
            line = plain(raw)
            if line.startswith("|"):
                rows.append(line.strip("|").split("|"))
                continue
            flush()
            if raw.strip() == "<PAGE>":
                d.add_page_break()
            elif line.startswith("# "):
                d.add_heading(line[2:], level=1)
            elif line.startswith("## "):
                d.add_heading(line[3:], level=2)
            elif line.strip():
                p = d.add_paragraph(line)
                p.paragraph_format.space_after = Pt(2)
        flush()
        TMP.mkdir(exist_ok=True)
        dx = TMP / f"{self.stem}.docx"
        d.save(dx)
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s220_lo", "--headless",
                        "--convert-to", "pdf", "--outdir", str(TMP), str(dx)],
                       check=True, capture_output=True, timeout=180)
        (TMP / f"{self.stem}.pdf").replace(path)

    # ---------------------------------------------------------------- image-only scan
    def _scan(self, path):
        from PIL import Image, ImageDraw, ImageFont, ImageFilter
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfgen import canvas
        from reportlab.lib.utils import ImageReader
        rnd = random.Random(self.seed)
        Wp, Hp = 1654, 2339  # A4 at 200 dpi
        im = Image.new("L", (Wp, Hp), 246)
        dr = ImageDraw.Draw(im)
        f = ImageFont.truetype(DEJAVU + "DejaVuSerif.ttf", 30)
        fb = ImageFont.truetype(DEJAVU + "DejaVuSerif-Bold.ttf", 36)
        fh = ImageFont.truetype(DEJAVU + "DejaVuSans-Oblique.ttf", 34)
        y = 150
        for raw in self.text.split("\n"):
            line = plain(raw)
            if not line.strip():
                y += 22
                continue
            if line.startswith("# "):
                dr.text((140, y), line[2:], font=fb, fill=20)
                y += 60
            elif line.startswith("~ "):  # handwriting-like
                dr.text((160 + rnd.randint(-10, 10), y), line[2:], font=fh, fill=40)
                y += 56
            else:
                dr.text((140, y), line, font=f, fill=25)
                y += 44
        im = im.rotate(rnd.uniform(-1.0, 1.0), fillcolor=246, resample=Image.BICUBIC)
        im = im.filter(ImageFilter.GaussianBlur(0.5))
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=78)
        buf.seek(0)
        W, H = A4
        c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
        c.drawImage(ImageReader(buf), 0, 0, W, H)
        c.save()

    # ----------------------------------------------------------------
    def build(self) -> Path:
        import pikepdf
        DOCS_DIR.mkdir(exist_ok=True)
        path = DOCS_DIR / f"{self.stem}.pdf"
        tmp = TMP / f"{self.stem}.raw.pdf"
        TMP.mkdir(exist_ok=True)
        if self.scan:
            self._scan(tmp)
        elif self.producer == "docx":
            self._docx(tmp)
        else:
            self._rl(tmp)
        with pikepdf.open(tmp) as pdf:
            info = {k: str(v) for k, v in pdf.docinfo.items() if isinstance(v, pikepdf.String)}
            if self.xmp_creator:
                with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as m:
                    m["dc:creator"] = [plain(self.xmp_creator)]
                    m["dc:title"] = self.title or self.stem
                    for k in ("xmp:CreateDate", "xmp:ModifyDate", "xmp:MetadataDate"):
                        if k in m:
                            m[k] = "2026-04-15T09:30:00+02:00"
            for k in ("/CreationDate", "/ModDate"):  # deterministic
                if k in info:
                    info[k] = "D:20260415093000+02'00'"
            if self.pdf_producer:
                info["/Producer"] = self.pdf_producer
            if self.pdf_creator:
                info["/Creator"] = self.pdf_creator
            if self.author:
                info["/Author"] = plain(self.author)
            if self.xmp_creator:
                info["/Author"] = plain(self.xmp_creator)
            pdf.trailer.Info = pdf.make_indirect(pikepdf.Dictionary({k: pikepdf.String(v) for k, v in info.items()}))
            for page_no, (who, txt) in self.notes:
                pg = pdf.pages[page_no]
                a = pdf.make_indirect(pikepdf.Dictionary(
                    Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                    Rect=[480, 700 - 30 * len(pg.obj.get("/Annots", [])), 500, 720 - 30 * len(pg.obj.get("/Annots", []))],
                    T=pikepdf.String(plain(who)), Contents=pikepdf.String(plain(txt)),
                    Name=pikepdf.Name.Comment))
                if "/Annots" not in pg.obj:
                    pg.obj.Annots = pdf.make_indirect(pikepdf.Array())
                pg.obj.Annots.append(a)
            pdf.save(path, deterministic_id=True)
        return path

    # ---------------------------------------------------------------- gold
    def marked(self):
        """(redact[(value, channel)], keep[str]) from the markup of all channels."""
        red, keep = [], []
        for m in RX_R.finditer(self.text):
            # fields rendered as form values -> annotations channel
            red.append((m.group(1), None))
        for raw in self.text.split("\n"):
            if raw.startswith("<BM "):
                for m in RX_R.finditer(raw):
                    red.remove((m.group(1), None))
                    red.append((m.group(1), "outline"))
            if raw.startswith("<FIELD "):
                val = raw[7:].rstrip(">").split("|")[2]
                for m in RX_R.finditer(val):
                    red.remove((m.group(1), None))
                    red.append((m.group(1), "annotations"))
        for s in (self.author, self.xmp_creator):
            if s:
                for m in RX_R.finditer(s):
                    red.append((m.group(1), "metadata"))
        for _, (who, txt) in self.notes:
            for s in (who, txt):
                for m in RX_R.finditer(s):
                    red.append((m.group(1), "annotations"))
        keep = [m.group(1) for m in RX_K.finditer(self.text)]
        return red, keep


def make_gold(d: Doc, path: Path):
    problems = []
    text, pages = text_pdfium(path)
    red, keep = d.marked()
    chans = None
    if d.scan or any(ch for _, ch in red):
        chans = extract_channels(path, ocr="auto" if d.scan else "off")["channels"]
    items, seen = {}, set()
    for v, ch in red:
        if d.scan:
            ch = "ocr"
        if ch not in (None, "ocr") and count_in(text, {"text": v, "word": True}):
            ch = None  # also in the page text: one text probe covers it
        key = (v, ch)
        if key in seen:
            continue
        seen.add(key)
        pr = {"text": v, "word": True, "after": 0}
        if ch == "ocr":
            pr["ocr"] = True
        if ch is None:
            ok = count_in(text, pr) > 0
        else:
            ok = channel_counts(chans, pr).get(ch, 0) > 0
            if ch != "ocr" and count_in(text, pr):
                problems.append(f"{d.stem}: hidden probe {v!r} also in page text")
                ok = False
        if not ok:
            problems.append(f"{d.stem}: redact {v!r} not found in {ch or 'pdfium'} (dropped)")
            continue
        it = items.setdefault((kind_of(v), ch), [])
        it.append(pr)
    redact = []
    for (k, ch), prs in items.items():
        for pr in prs:
            item = {"kind": k, "value": pr["text"], "probes": [pr]}
            if ch:
                item["channel"] = ch
            redact.append(item)
    # simulated redaction of the page text
    red_text = text
    for it in redact:
        if it.get("channel"):
            continue
        from evaluate import probe_regex
        red_text = probe_regex(it["value"], True).sub("\u2588", red_text)
    kitems, kseen = [], set()
    for v in keep:
        if v in kseen:
            continue
        kseen.add(v)
        pr = {"text": v, "word": True}
        n = count_in(text, pr)
        n2 = count_in(red_text, pr)
        if n == 0:
            problems.append(f"{d.stem}: keep {v!r} not in text (dropped)")
            continue
        if n2 != n:
            problems.append(f"{d.stem}: keep {v!r} overlaps a redact value (dropped)")
            continue
        if any(v in r[0] or r[0] in v for r in red if len(r[0]) > 3):
            problems.append(f"{d.stem}: keep {v!r} overlaps redact value text (dropped)")
            continue
        pr["after"] = n
        k = "PUBLIC_PERSON" if v.split()[0].lower() in ("minister", "staatssecretaris", "kamerlid", "het", "wethouder", "burgemeester", "gedeputeerde") else "PUBLIC"
        kitems.append({"kind": k, "value": v, "probes": [pr]})
    gold = {"doc": path.name, "pages": pages, "redact": redact, "keep": kitems}
    return gold, problems
