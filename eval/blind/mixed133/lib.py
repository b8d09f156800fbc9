"""Shared machinery for set WD (mixed133): markup -> PDF + gold.

Markup in document text: {{value}} or {{value|KIND}} marks a redact probe, <<value>> or <<value|KIND>>
a keep probe. Markers are stripped before rendering; gold counts use the evaluator's own functions.
"""
from __future__ import annotations

import io
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, norm, probe_regex, text_pdfium, extract_channels, channel_counts  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
FONTDIR = "/usr/share/fonts/truetype/dejavu/"

RX = re.compile(r"\{\{(.+?)\}\}|<<(.+?)>>")

# Public words that must stay readable wherever they occur (added as keep probes when present and
# not inside a redacted value).
AUTO_KEEP = [
    ("ORG", "Waterschap Lek en Linge"), ("PROJECT", "Lekdijk Oost"), ("PLACE", "Gorinchem"), ("PLACE", "Lexmond"),
    ("PLACE", "Ammerstol"), ("PLACE", "Schoonhoven"), ("PLACE", "Ameide"), ("LAW", "Omgevingswet"),
    ("ORG", "dagelijks bestuur"), ("ORG", "algemeen bestuur"), ("ROLE", "dijkgraaf"), ("ROLE", "heemraad"),
    ("TERM", "grondverwerving"), ("TERM", "steunberm"), ("TERM", "onteigening"), ("TERM", "zienswijze"),
    ("TERM", "projectbesluit"), ("ORG", "LekSterk"), ("ORG", "HWBP"), ("PLACE", "Zouwendijk"),
    ("ROLE", "grondverwerver"), ("ROLE", "projectmanager"), ("ROLE", "omgevingsmanager"), ("ROLE", "uitvoerder"),
    ("ROLE", "jurist"), ("ROLE", "contractmanager"), ("TERM", "bewonersavond"), ("TERM", "damwand"),
    ("TERM", "Woo-verzoek"), ("ORG", "Juridische Zaken"), ("ORG", "Combinatie LekSterk"), ("PLACE", "Lekdijk"),
    ("CASE", "WOO-2026-0417"), ("TERM", "minnelijke"), ("TERM", "dijkversterking"), ("ORG", "Fugro"),
    ("ORG", "Gedeputeerde Staten"), ("TERM", "taxatie"), ("ROLE", "woordvoerder"), ("TERM", "nota van antwoord"),
    ("PLACE", "Vijfheerenlanden"), ("CASE", "LO-14"), ("TERM", "Dijkinformatiepunt"), ("PLACE", "Zouweboezem"),
    ("ROLE", "secretaris-directeur"), ("ORG", "Raad van State"), ("ROLE", "adviseur vastgoed"),
]
NOT_GIVEN = {"Natuuradvies", "Taxatiebureau", "TAXATIEBUREAU", "Kamphuis", "De", "Van", "Het"}
PARTICLES = {"van", "de", "der", "den", "ter", "ten", "'t", "el", "Van", "De", "Ter"}


def derived_probes(v):
    """Given name and surname of a full name, as extra probes of the same item."""
    if "," in v or "(" in v:
        toks = re.sub(r"\(.*?\)", " ", v).split()
    else:
        toks = v.split()
    out = []
    if len(toks) < 2 or "," in v:
        return out
    last = toks[-1]
    if len(last) >= 4 and last[0].isupper() and "." not in last:
        out.append(last)
    first = toks[0]
    if re.fullmatch(r"[A-ZÀ-Þ][a-zà-ÿşğı]+(-[A-Z][a-z]+)?", first) and first not in NOT_GIVEN and first not in PARTICLES and len(first) >= 3:
        out.append(first)
    return out


from reportlab import rl_config  # noqa: E402
rl_config.invariant = 1


def guess_kind(v):
    if "@" in v:
        return "EMAIL"
    if re.match(r"NL\d\d ?[A-Z]{4}", v):
        return "IBAN"
    if sum(c.isdigit() for c in v) >= 6:
        return "PHONE"
    if re.fullmatch(r"[A-Z][\w'-]+ \d+(-?[a-z])?", v):
        return "ADDRESS"
    return "PERSON"


def parse(text, red, keep):
    def rep(m):
        if m.group(1) is not None:
            v, _, k = m.group(1).partition("|")
            red.setdefault(v, k or guess_kind(v))
        else:
            v, _, k = m.group(2).partition("|")
            keep.setdefault(v, k or "ORG")
        return v
    return RX.sub(rep, text)


class Doc:
    """blocks: list of (kind, payload). kinds: h, p, mono, table, space, pagebreak."""

    def __init__(self, stem, blocks, *, font="Helvetica", producer=None, creator=None, author=None,
                 xmp_creator=None, title=None, outline=None, notes=None, form=None, mode="rl",
                 extra_red=None, scan_seed=0, fontsize=10):
        self.stem = stem
        self.blocks = blocks
        self.font = font
        self.producer = producer
        self.creator = creator
        self.author = author
        self.xmp_creator = xmp_creator
        self.title = title
        self.outline = outline or []        # list of (title, page_index)
        self.notes = notes or []            # list of (page_index, author, contents)
        self.form = form                    # list of (name, label, value)
        self.mode = mode                    # rl | docx | scan
        self.extra_red = extra_red or []    # (kind, value, channel)
        self.scan_seed = scan_seed
        self.fontsize = fontsize
        self.red, self.keep = {}, {}
        self.parsed = []
        for k, p in blocks:
            if k == "table":
                self.parsed.append((k, [[parse(c, self.red, self.keep) for c in row] for row in p]))
            elif isinstance(p, str):
                self.parsed.append((k, parse(p, self.red, self.keep)))
            else:
                self.parsed.append((k, p))

    # ------------------------------------------------------------------ builders
    def build(self):
        path = DOCS_DIR / f"{self.stem}.pdf"
        if self.mode == "docx":
            data = self._docx()
        elif self.mode == "scan":
            data = self._scan()
        else:
            data = self._rl()
        self._post(data, path)
        return path

    def _fonts(self):
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        if self.font == "DejaVu":
            for n, f in (("DejaVu", "DejaVuSans.ttf"), ("DejaVu-Bold", "DejaVuSans-Bold.ttf")):
                pdfmetrics.registerFont(TTFont(n, FONTDIR + f))
            return "DejaVu", "DejaVu-Bold"
        if self.font == "DejaVuSerif":
            for n, f in (("DejaVuSerif", "DejaVuSerif.ttf"), ("DejaVuSerif-Bold", "DejaVuSerif-Bold.ttf")):
                pdfmetrics.registerFont(TTFont(n, FONTDIR + f))
            return "DejaVuSerif", "DejaVuSerif-Bold"
        if self.font == "Times":
            return "Times-Roman", "Times-Bold"
        if self.font == "Courier":
            return "Courier", "Courier-Bold"
        return "Helvetica", "Helvetica-Bold"

    def _rl(self):
        from reportlab.lib import colors
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.lib.units import mm
        from reportlab.platypus import (PageBreak, Paragraph, Preformatted, SimpleDocTemplate, Spacer,
                                        Table, TableStyle)
        from xml.sax.saxutils import escape
        reg, bold = self._fonts()
        fs = self.fontsize
        st = ParagraphStyle("b", fontName=reg, fontSize=fs, leading=fs * 1.3, spaceAfter=4)
        sh = ParagraphStyle("h", fontName=bold, fontSize=fs + 3, leading=(fs + 3) * 1.3, spaceAfter=6, spaceBefore=4)
        sm = ParagraphStyle("m", fontName=reg if reg != "Helvetica" else "Courier", fontSize=fs - 1,
                            leading=(fs - 1) * 1.25)
        sc = ParagraphStyle("c", fontName=reg, fontSize=fs - 1.5, leading=(fs - 1.5) * 1.25)
        story = []
        for k, p in self.parsed:
            if k == "h":
                story.append(Paragraph(escape(p), sh))
            elif k == "p":
                story.append(Paragraph(escape(p).replace("\n", "<br/>"), st))
            elif k == "mono":
                story.append(Preformatted(p, sm))
                story.append(Spacer(1, 4))
            elif k == "table":
                data = [[Paragraph(escape(c), sc) for c in row] for row in p]
                t = Table(data, repeatRows=1, hAlign="LEFT")
                t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6ee")),
                                       ("VALIGN", (0, 0), (-1, -1), "TOP")]))
                story.append(t)
                story.append(Spacer(1, 6))
            elif k == "space":
                story.append(Spacer(1, p))
            elif k == "pagebreak":
                story.append(PageBreak())
        buf = io.BytesIO()
        form = self.form

        def onpage(c, d):
            if c.getPageNumber() == 1 and form:
                y = 150 * mm
                c.setFont(bold, 9)
                for name, label, value in form:
                    c.setFont(reg, 8)
                    c.drawString(20 * mm, y + 2, label)
                    c.acroForm.textfield(name=name, tooltip=label, x=75 * mm, y=y - 2, width=110 * mm,
                                         height=6 * mm, value=value, fontName="Helvetica", fontSize=8,
                                         borderWidth=0.5)
                    y -= 9 * mm
        doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                                topMargin=20 * mm, bottomMargin=(160 if form else 18) * mm)
        doc.build(story, onFirstPage=onpage, onLaterPages=onpage)
        return buf.getvalue()

    def _docx(self):
        import docx
        from docx.shared import Pt
        d = docx.Document()
        d.styles["Normal"].font.name = "DejaVu Sans"
        d.styles["Normal"].font.size = Pt(10)
        for k, p in self.parsed:
            if k == "h":
                d.add_heading(p, level=2)
            elif k in ("p", "mono"):
                for para in p.split("\n\n"):
                    d.add_paragraph(para)
            elif k == "table":
                t = d.add_table(rows=len(p), cols=len(p[0]))
                t.style = "Table Grid"
                for i, row in enumerate(p):
                    for j, c in enumerate(row):
                        t.cell(i, j).text = c
                d.add_paragraph("")
            elif k == "pagebreak":
                d.add_page_break()
        with tempfile.TemporaryDirectory() as td:
            src = Path(td) / f"{self.stem}.docx"
            d.save(src)
            subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_profile_mixed133", "--headless", "--convert-to", "pdf", "--outdir", td, str(src)],
                           capture_output=True, timeout=180, check=True)
            return (Path(td) / f"{self.stem}.pdf").read_bytes()

    def _scan(self):
        from PIL import Image, ImageDraw, ImageFont
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.utils import ImageReader
        from reportlab.pdfgen import canvas
        rnd = random.Random(self.scan_seed)
        W, H = 1654, 2339  # A4 at 200 dpi
        img = Image.new("L", (W, H), 247)
        dr = ImageDraw.Draw(img)
        f_reg = ImageFont.truetype(FONTDIR + "DejaVuSans.ttf", 30)
        f_bold = ImageFont.truetype(FONTDIR + "DejaVuSans-Bold.ttf", 36)
        f_hand = ImageFont.truetype(FONTDIR + "DejaVuSerif-Italic.ttf", 40)
        y = 150
        for k, p in self.parsed:
            if k == "h":
                dr.text((150, y), p, font=f_bold, fill=20)
                y += 70
            elif k in ("p", "mono", "hand"):
                font = f_hand if k == "hand" else f_reg
                for line in p.split("\n"):
                    dr.text((150 + (rnd.randint(-4, 4) if k == "hand" else 0), y), line, font=font,
                            fill=35 if k != "hand" else 30)
                    y += 54 if k == "hand" else 44
                y += 20
            elif k == "table":
                colw = (W - 300) // len(p[0])
                for row in p:
                    for j, c in enumerate(row):
                        dr.text((160 + j * colw, y + 8), c, font=f_reg, fill=30)
                    dr.line((150, y, W - 150, y), fill=90, width=2)
                    y += 56
                dr.line((150, y, W - 150, y), fill=90, width=2)
                y += 30
            elif k == "space":
                y += p
        img = img.rotate(rnd.uniform(-0.9, 0.9), resample=Image.BICUBIC, fillcolor=250)
        px = img.load()
        for _ in range(3000):
            px[rnd.randrange(W), rnd.randrange(H)] = rnd.randint(120, 200)
        jb = io.BytesIO()
        img.save(jb, "JPEG", quality=80)
        buf = io.BytesIO()
        c = canvas.Canvas(buf, pagesize=A4)
        c.drawImage(ImageReader(io.BytesIO(jb.getvalue())), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
        c.save()
        return buf.getvalue()

    def _post(self, data, path):
        import pikepdf
        with tempfile.TemporaryDirectory() as td:
            tmp = Path(td) / "in.pdf"
            tmp.write_bytes(data)
            pdf = pikepdf.open(tmp)
            with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as md:
                if self.xmp_creator:
                    md["dc:creator"] = [self.xmp_creator]
                if self.title:
                    md["dc:title"] = self.title
                if self.producer:
                    md["pdf:Producer"] = self.producer
                if self.creator:
                    md["xmp:CreatorTool"] = self.creator
            info = pdf.docinfo
            for key in ("/Author", "/Creator", "/Producer", "/Title", "/Subject"):
                if key in info:
                    del info[key]
            if self.author:
                info["/Author"] = self.author
            if self.creator:
                info["/Creator"] = self.creator
            if self.producer:
                info["/Producer"] = self.producer
            if self.title:
                info["/Title"] = self.title
            info["/CreationDate"] = "D:20260115093000+01'00'"
            info["/ModDate"] = "D:20260115093000+01'00'"
            if self.outline:
                with pdf.open_outline() as ol:
                    ol.root.clear()
                    for t, pg in self.outline:
                        ol.root.append(pikepdf.OutlineItem(t, pg))
            for pg, who, contents in self.notes:
                page = pdf.pages[pg]
                annot = pdf.make_indirect(pikepdf.Dictionary(
                    Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                    Rect=[400, 700 - 30 * len(page.obj.get("/Annots", [])), 420, 720 - 30 * len(page.obj.get("/Annots", []))],
                    T=pikepdf.String(who), Contents=pikepdf.String(contents), Open=False,
                    Name=pikepdf.Name.Comment, C=[1, 0.9, 0.2]))
                if "/Annots" not in page.obj:
                    page.obj.Annots = pdf.make_indirect(pikepdf.Array())
                page.obj.Annots.append(annot)
            pdf.save(path, deterministic_id=True)

    # ------------------------------------------------------------------ gold
    def gold(self, path):
        text, pages = text_pdfium(path)
        problems = []
        scan = self.mode == "scan"
        chans = None
        if scan or self.extra_red:
            chans = extract_channels(path, ocr="auto" if scan else "off")["channels"]
        redact = []
        masked = text
        keepvals = list(self.keep) + [v for _, v in AUTO_KEEP]
        used = set(self.red)
        for v, k in self.red.items():
            texts = [v]
            if k == "PERSON":
                texts += [t for t in derived_probes(v) if t not in used
                          and not any(probe_regex(t, True).search(kv) for kv in keepvals)]
                used.update(texts)
            probes = []
            for t in texts:
                pr = {"text": t, "word": True, "after": 0}
                if scan:
                    pr["ocr"] = True
                    if not channel_counts(chans, pr).get("ocr", 0):
                        if t == v:
                            problems.append(f"{self.stem}: OCR misses {v!r}")
                        continue
                elif not count_in(text, pr):
                    problems.append(f"{self.stem}: redact {t!r} not in text")
                probes.append(pr)
                masked = probe_regex(t, True).sub(lambda m: "\u2588" * len(m.group(0)), masked)
            if probes:
                item = {"kind": k, "value": v, "probes": probes}
                if scan:
                    item["channel"] = "ocr"
                redact.append(item)
        for k, v, ch in self.extra_red:
            pr = {"text": v, "word": True, "after": 0}
            if count_in(text, pr):
                problems.append(f"{self.stem}: hidden {v!r} also in text")
            if not channel_counts(chans, pr).get(ch):
                problems.append(f"{self.stem}: hidden {v!r} not in {ch}")
            redact.append({"kind": k, "value": v, "channel": ch, "probes": [pr]})
        keep = []
        if not scan:
            for v, k in self.keep.items():
                pr = {"text": v, "word": True}
                n = count_in(text, pr)
                nm = count_in(masked, pr)
                if n == 0:
                    problems.append(f"{self.stem}: keep {v!r} not in text")
                    continue
                if n != nm:
                    problems.append(f"{self.stem}: keep {v!r} overlaps a redact value")
                    continue
                pr["after"] = n
                keep.append({"kind": k, "value": v, "probes": [pr]})
            have = set(self.keep)
            for k, v in AUTO_KEEP:
                if v in have:
                    continue
                pr = {"text": v, "word": True}
                n = count_in(text, pr)
                if n and n == count_in(masked, pr):
                    pr["after"] = n
                    keep.append({"kind": k, "value": v, "probes": [pr]})
                    have.add(v)
        return {"doc": path.name, "pages": pages, "redact": redact, "keep": keep}, problems
