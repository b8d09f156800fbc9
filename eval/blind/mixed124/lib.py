"""Builders and gold derivation for set KW (eval/blind/mixed124).

Markup in document lines:
  [[text]] or [[KIND:text]]   personal data that must disappear (redact probe, after 0)
  {{text}} or {{KIND:text}}   public text that must stay readable (keep probe, after = count in original)
Line prefixes: '# ' heading, '## ' subheading, '| ' table row (cells split on ' | '), '' spacer.
"""
from __future__ import annotations

import io
import re
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, extract_channels, channel_counts, norm, probe_regex, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SERIF_I = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf"

MARK = re.compile(r"\[\[(?:([A-Z_]+):)?(.+?)\]\]|\{\{(?:([A-Z_]+):)?(.+?)\}\}")


def parse(line: str):
    """Return plain text, list of (kind, value) redact, list of (kind, value) keep."""
    red, keep = [], []

    def rep(m):
        if m.group(2) is not None:
            red.append((m.group(1) or "PERSON", m.group(2)))
            return m.group(2)
        keep.append((m.group(3) or "ORG", m.group(4)))
        return m.group(4)

    return MARK.sub(rep, line), red, keep


class Doc:
    def __init__(self, stem, title, lines, producer="reportlab", creator=None, font="helv",
                 author=None, xmp_creator=None, outline=None, notes=None, kind="rl", hidden=None,
                 ocr=False, stamp=None):
        self.stem, self.title, self.lines = stem, title, lines
        self.producer, self.creator, self.font = producer, creator, font
        self.author, self.xmp_creator = author, xmp_creator
        self.outline = outline or []       # list of titles (may contain [[...]] markup)
        self.notes = notes or []           # list of (author, contents) sticky notes (markup allowed)
        self.kind = kind                   # rl | docx | scan | form
        self.hidden = hidden or []         # extra (channel, kind, value) redact items
        self.ocr = ocr
        self.stamp = stamp                 # text-layer line on scans (markup allowed)
        self.red, self.keep = [], []

    # ------------------------------------------------------------------ building
    def build(self) -> Path:
        DOCS_DIR.mkdir(exist_ok=True)
        out = DOCS_DIR / f"{self.stem}.pdf"
        plain = []
        for ln in self.lines:
            t, r, k = parse(ln)
            plain.append(t)
            self.red += r
            self.keep += k
        if self.kind == "docx":
            self._docx(plain, out)
        elif self.kind == "scan":
            self._scan(plain, out)
        elif self.kind == "form":
            self._form(plain, out)
        else:
            self._rl(plain, out)
        self._post(out)
        return out

    def _styles(self):
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        if self.font == "dejavu":
            try:
                pdfmetrics.getFont("DejaVu")
            except KeyError:
                pdfmetrics.registerFont(TTFont("DejaVu", DEJAVU))
                pdfmetrics.registerFont(TTFont("DejaVu-Bold", DEJAVU_B))
            f, fb = "DejaVu", "DejaVu-Bold"
        elif self.font == "hand":
            try:
                pdfmetrics.getFont("SerifI")
            except KeyError:
                pdfmetrics.registerFont(TTFont("SerifI", SERIF_I))
            f, fb = "SerifI", "SerifI"
        elif self.font == "times":
            f, fb = "Times-Roman", "Times-Bold"
        else:
            f, fb = "Helvetica", "Helvetica-Bold"
        body = ParagraphStyle("b", fontName=f, fontSize=9.5, leading=12.5, spaceAfter=2)
        h1 = ParagraphStyle("h1", fontName=fb, fontSize=13, leading=16, spaceAfter=6, spaceBefore=4)
        h2 = ParagraphStyle("h2", fontName=fb, fontSize=10.5, leading=13, spaceAfter=3, spaceBefore=5)
        cell = ParagraphStyle("c", fontName=f, fontSize=8.3, leading=10)
        return body, h1, h2, cell

    def _flow(self, plain):
        from reportlab.platypus import Paragraph, Spacer, Table, TableStyle
        from reportlab.lib import colors
        from xml.sax.saxutils import escape
        body, h1, h2, cell = self._styles()
        fl, rows = [], []

        def flush():
            if rows:
                n = max(len(r) for r in rows)
                data = [[Paragraph(escape(c), cell) for c in r] + [""] * (n - len(r)) for r in rows]
                t = Table(data, repeatRows=1)
                t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6ee")),
                                       ("VALIGN", (0, 0), (-1, -1), "TOP")]))
                fl.append(t)
                fl.append(Spacer(1, 5))
                rows.clear()

        for t in plain:
            if t.startswith("| "):
                rows.append([c.strip() for c in t[2:].rstrip().removesuffix("|").rstrip().split(" | ")])
                continue
            flush()
            if t == "---":
                from reportlab.platypus import PageBreak
                fl.append(PageBreak())
            elif t.startswith("# "):
                fl.append(Paragraph(escape(t[2:]), h1))
            elif t.startswith("## "):
                fl.append(Paragraph(escape(t[3:]), h2))
            elif not t.strip():
                fl.append(Spacer(1, 6))
            else:
                fl.append(Paragraph(escape(t), body))
        flush()
        return fl

    def _rl(self, plain, out):
        from reportlab.platypus import SimpleDocTemplate
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.units import mm
        doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                                topMargin=18 * mm, bottomMargin=18 * mm, title=self.title, invariant=1)
        doc.build(self._flow(plain))

    def _docx(self, plain, out):
        import docx
        from docx.shared import Pt
        d = docx.Document()
        st = d.styles["Normal"]
        st.font.name = "Liberation Sans"
        st.font.size = Pt(10)
        d.core_properties.author = self.author or ""
        d.core_properties.title = self.title
        rows = []

        def flush():
            if rows:
                n = max(len(r) for r in rows)
                tb = d.add_table(rows=len(rows), cols=n)
                tb.style = "Table Grid"
                for i, r in enumerate(rows):
                    for j, c in enumerate(r):
                        tb.cell(i, j).text = c
                rows.clear()

        for t in plain:
            if t.startswith("| "):
                rows.append([c.strip() for c in t[2:].rstrip().removesuffix("|").rstrip().split(" | ")])
                continue
            flush()
            if t == "---":
                d.add_page_break()
            elif t.startswith("# "):
                d.add_heading(t[2:], level=1)
            elif t.startswith("## "):
                d.add_heading(t[3:], level=2)
            else:
                d.add_paragraph(t)
        flush()
        with tempfile.TemporaryDirectory() as td:
            src = Path(td) / f"{self.stem}.docx"
            d.save(src)
            subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", td, str(src)],
                           capture_output=True, timeout=180)
            (Path(td) / f"{self.stem}.pdf").replace(out)

    def _scan(self, plain, out):
        """Render the text with reportlab, rasterise, rotate slightly, JPEG, place as image-only page."""
        from PIL import Image
        from reportlab.pdfgen import canvas
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.utils import ImageReader
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        with tempfile.TemporaryDirectory() as td:
            src = Path(td) / "src.pdf"
            self._rl(plain, src)
            subprocess.run(["pdftoppm", "-r", "150", "-gray", "-png", str(src), str(Path(td) / "p")],
                           check=True)
            imgs = sorted(Path(td).glob("p*.png"))
            c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
            try:
                pdfmetrics.getFont("SerifI")
            except KeyError:
                pdfmetrics.registerFont(TTFont("SerifI", SERIF_I))
            for i, ip in enumerate(imgs):
                im = Image.open(ip).convert("L")
                im = im.rotate(0.8 if i % 2 == 0 else -0.6, expand=False, fillcolor=255,
                               resample=Image.BICUBIC)
                buf = io.BytesIO()
                im.save(buf, "JPEG", quality=72)
                buf.seek(0)
                c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
                if self.stamp and i == 0:
                    t, r, k = parse(self.stamp)
                    self.keep += k
                    c.setFont("Helvetica", 6.5)
                    c.drawString(30, 12, t)
                c.showPage()
            c.save()

    def _form(self, plain, out):
        """AcroForm: lines 'Label :: value' become a label (page text) and a filled text field."""
        from reportlab.pdfgen import canvas
        from reportlab.lib.pagesizes import A4
        c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
        y = A4[1] - 60
        for i, t in enumerate(plain):
            if t.startswith("# "):
                c.setFont("Helvetica-Bold", 13)
                c.drawString(50, y, t[2:])
                y -= 24
                continue
            if " :: " in t:
                lab, _ = t.split(" :: ", 1)
                raw = self.lines[i].split(" :: ", 1)[1]
                val, r, _k = parse(raw)
                self.hidden += [("annotations", k, v) for k, v in r]
                self.red = [x for x in self.red if x not in r]
                c.setFont("Helvetica", 9)
                c.drawString(50, y + 4, lab)
                c.acroForm.textfield(name=f"f{i}", value=val, x=230, y=y - 2, width=310, height=16,
                                     fontName="Helvetica", fontSize=9, borderWidth=0.5)
                y -= 24
            else:
                c.setFont("Helvetica", 8.5)
                c.drawString(50, y, t)
                y -= 15
        c.showPage()
        c.save()

    def _post(self, out):
        import pikepdf
        with pikepdf.open(out, allow_overwriting_input=True) as pdf:
            pdf.docinfo["/Producer"] = pikepdf.String(self.producer)
            if self.creator:
                pdf.docinfo["/Creator"] = pikepdf.String(self.creator)
            pdf.docinfo["/Title"] = pikepdf.String(self.title)
            pdf.docinfo["/CreationDate"] = pikepdf.String("D:20261006101500+02'00'")
            pdf.docinfo["/ModDate"] = pikepdf.String("D:20261006101500+02'00'")
            if self.author:
                a, r, _ = parse(self.author)
                pdf.docinfo["/Author"] = pikepdf.String(a)
                self.hidden += [("metadata", k, v) for k, v in r]
            elif "/Author" in pdf.docinfo:
                del pdf.docinfo["/Author"]
            if self.xmp_creator:
                a, r, _ = parse(self.xmp_creator)
                with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as md:
                    md["dc:creator"] = [a]
                    md["dc:title"] = self.title
                self.hidden += [("metadata", k, v) for k, v in r]
            if self.outline:
                with pdf.open_outline() as ol:
                    for i, t in enumerate(self.outline):
                        a, r, _ = parse(t)
                        ol.root.append(pikepdf.OutlineItem(a, min(i, len(pdf.pages) - 1)))
                        self.hidden += [("outline", k, v) for k, v in r]
            for i, (au, co) in enumerate(self.notes):
                a, r1, _ = parse(au)
                c, r2, _ = parse(co)
                self.hidden += [("annotations", k, v) for k, v in r1 + r2]
                annot = pdf.make_indirect(pikepdf.Dictionary(
                    Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                    Rect=[400, 700 - 60 * i, 420, 720 - 60 * i], T=pikepdf.String(a),
                    Contents=pikepdf.String(c), Name=pikepdf.Name.Comment, F=4))
                pg = pdf.pages[0].obj
                if "/Annots" not in pg:
                    pg.Annots = pdf.make_indirect(pikepdf.Array())
                pg.Annots.append(annot)
            if "/DocChecksum" in pdf.trailer:
                del pdf.trailer["/DocChecksum"]
            if "/ID" in pdf.trailer:
                del pdf.trailer["/ID"]
            pdf.save(out, deterministic_id=True)


def make_gold(d: Doc, path: Path):
    problems = []
    text, pages = text_pdfium(path)
    redact, seen = [], set()
    for kind, v in d.red:
        if v in seen:
            continue
        seen.add(v)
        pr = {"text": v, "word": True, "after": 0}
        if d.kind == "scan":
            continue
        if not count_in(text, pr):
            problems.append(f"{d.stem}: redact {v!r} not in text")
            continue
        redact.append({"kind": kind, "value": v, "probes": [pr]})
    hidden = [(c, k, v) for c, k, v in d.hidden]
    chans = None
    if hidden or d.kind == "scan":
        chans = extract_channels(path, ocr="auto" if d.kind == "scan" else "off")["channels"]
    for c, k, v in hidden:
        pr = {"text": v, "word": True, "after": 0}
        if count_in(text, pr):
            continue  # also in the page text: the text item covers it
        if (c, v) in seen:
            continue
        seen.add((c, v))
        if channel_counts(chans, pr).get(c, 0) == 0:
            problems.append(f"{d.stem}: hidden {v!r} not in {c}")
            continue
        redact.append({"kind": k, "value": v, "channel": c, "probes": [pr]})
    if d.kind == "scan":
        done = set()
        for kind, v in d.red:
            if v in done:
                continue
            done.add(v)
            pr = {"text": v, "word": True, "after": 0, "ocr": True}
            if channel_counts(chans, pr).get("ocr", 0) > 0 and not count_in(text, pr):
                redact.append({"kind": kind, "value": v, "channel": "ocr", "probes": [pr]})
            else:
                print(f"   (ocr miss in {d.stem}: {v!r})")
    # keep: counted on the original, dropped if a redact value overlaps it
    rvals = [it["value"] for it in redact] + [v for _, v in d.red]
    sim = text
    for v in sorted(set(rvals), key=len, reverse=True):
        sim = probe_regex(v, True).sub("\u2588", sim)
    keep, kseen = [], set()
    for kind, v in d.keep:
        if v in kseen:
            continue
        kseen.add(v)
        if any(v in r or r in v for r in rvals):
            print(f"   (keep dropped in {d.stem}: {v!r} overlaps a redact value)")
            continue
        pr = {"text": v, "word": True}
        n = count_in(text, pr)
        if n == 0:
            problems.append(f"{d.stem}: keep {v!r} not in text")
            continue
        if count_in(sim, pr) != n:
            print(f"   (keep dropped in {d.stem}: {v!r} touched by a redaction)")
            continue
        pr["after"] = n
        keep.append({"kind": kind, "value": v, "probes": [pr]})
    gold = {"doc": path.name, "pages": pages, "redact": redact, "keep": keep}
    return gold, problems
