"""Builders and gold writer for set mixed232 (veiligheidsregio, fatal house fire, smoke-detector campaign).

Markup in document text: [[value]] or [[KIND:value]] = personal data (redact probe, word-anchored),
{{value}} or {{KIND:value}} = public text (keep probe; 'after' counted on the original).
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
from evaluate import count_in, norm, probe_regex, text_pdfium, extract_channels, channel_counts  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
TMP = Path("/tmp/s232_build")
DEJAVU = "/usr/share/fonts/truetype/dejavu/"
GENERIC = ["bevelvoerder", "officier van dienst", "brandonderzoeker", "manschap", "brandweer", "rookmelder",
           "rookmelders", "woningbrand", "huisbezoek", "huisbezoeken", "veiligheidsregio", "Helmond", "Deurne", "Woo",
           "Brandveilig Leven", "Woonstichting Peelrand", "burgemeester", "wethouder", "commandant brandweer",
           "directeur-bestuurder", "juridisch adviseur", "thuiszuurstof", "ademlucht", "tankautospuit", "Molenakker"]
MARK = re.compile(r"\[\[(?:([A-Z_]+):)?(.+?)\]\]|\{\{(?:([A-Z_]+):)?(.+?)\}\}")


def guess_kind(v):
    if "@" in v:
        return "EMAIL"
    if re.match(r"NL\d\d", v):
        return "IBAN"
    if sum(c.isdigit() for c in v) >= 6:
        return "PHONE"
    return "PERSON"


def strip(text):
    return MARK.sub(lambda m: m.group(2) if m.group(2) is not None else m.group(4), text)


def marks(text):
    red, keep = [], []
    for m in MARK.finditer(text):
        if m.group(2) is not None:
            red.append((m.group(1) or guess_kind(m.group(2)), m.group(2)))
        else:
            keep.append((m.group(3) or "PUBLIC", m.group(4)))
    return red, keep


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class Doc:
    def __init__(self, stem, kind, body, *, title="", author=None, xmp=None, creator=None, producer=None,
                 outline=(), annots=(), fields=(), extra_redact=(), extra_keep=(), ttf=False, landscape=False,
                 footer="", rot=0.7, font_px=30):
        self.stem, self.kind, self.body = stem, kind, body
        self.title, self.author, self.xmp, self.creator, self.producer = title, author, xmp, creator, producer
        self.outline, self.annots, self.fields = outline, annots, fields
        self.extra_redact, self.extra_keep = extra_redact, extra_keep
        self.ttf, self.landscape, self.footer, self.rot, self.font_px = ttf, landscape, footer, rot, font_px

    # ---------------------------------------------------------------- builders
    def build(self):
        TMP.mkdir(parents=True, exist_ok=True)
        out = DOCS_DIR / f"{self.stem}.pdf"
        raw = TMP / f"{self.stem}.raw.pdf"
        getattr(self, "_build_" + self.kind)(raw)
        self._post(raw, out)
        return out

    def _blocks(self):
        """Body -> list of (style, text); '# ' heading, '|' table row, '---' page break, '' spacer."""
        out = []
        for line in strip(self.body).strip("\n").split("\n"):
            if line.startswith("# "):
                out.append(("h", line[2:]))
            elif line.startswith("|"):
                out.append(("row", [c.strip() for c in line.strip("|").split("|")]))
            elif line.strip() == "~~~":
                out.append(("big", ""))
            elif line.strip() == "---":
                out.append(("page", ""))
            elif not line.strip():
                out.append(("sp", ""))
            else:
                out.append(("p", line))
        return out

    def _build_rl(self, raw):
        from reportlab.lib.pagesizes import A4, landscape
        from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
        from reportlab.lib import colors
        from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, PageBreak, Table, TableStyle
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        base, bold = "Helvetica", "Helvetica-Bold"
        if self.ttf:
            pdfmetrics.registerFont(TTFont("DejaVuSans", DEJAVU + "DejaVuSans.ttf"))
            pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", DEJAVU + "DejaVuSans-Bold.ttf"))
            base, bold = "DejaVuSans", "DejaVuSans-Bold"
        ss = getSampleStyleSheet()
        p = ParagraphStyle("p", parent=ss["Normal"], fontName=base, fontSize=9.5, leading=12.5)
        h = ParagraphStyle("h", parent=p, fontName=bold, fontSize=11.5, leading=15, spaceBefore=4)
        cell = ParagraphStyle("c", parent=p, fontSize=8, leading=10)
        story, rows = [], []

        def flush():
            if rows:
                t = Table([[Paragraph(esc(c), cell) for c in r] for r in rows], repeatRows=1)
                t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee")),
                                       ("VALIGN", (0, 0), (-1, -1), "TOP")]))
                story.append(t)
                rows.clear()
        for st, tx in self._blocks():
            if st != "row":
                flush()
            if st == "h":
                story.append(Paragraph(esc(tx), h))
            elif st == "p":
                story.append(Paragraph(esc(tx), p))
            elif st == "sp":
                story.append(Spacer(1, 6))
            elif st == "page":
                story.append(PageBreak())
            elif st == "big":
                story.append(Spacer(1, 330))
            elif st == "row":
                rows.append(tx)
        flush()
        fields = self.fields

        def first(c, d):
            c.setFont(base, 7)
            if self.footer:
                c.drawString(40, 20, self.footer)
            for (name, label, value, x, y) in fields:
                c.setFont(base, 8.5)
                c.drawString(x, y + 16, label)
                c.acroForm.textfield(name=name, tooltip=label, value=value, x=x, y=y, width=230, height=14,
                                     fontSize=8.5, borderWidth=0.5)
        ps = landscape(A4) if self.landscape else A4
        d = SimpleDocTemplate(str(raw), pagesize=ps, leftMargin=55, rightMargin=55, topMargin=50, bottomMargin=45,
                              title=self.title)
        d.build(story, onFirstPage=first, onLaterPages=lambda c, dd: (c.setFont(base, 7), c.drawString(40, 20, self.footer)))

    def _build_docx(self, raw):
        import docx
        from docx.shared import Pt
        doc = docx.Document()
        st = doc.styles["Normal"]
        st.font.name = "Liberation Sans"
        st.font.size = Pt(10)
        doc.core_properties.author = ""
        doc.core_properties.title = self.title
        rows = []

        def flush():
            if rows:
                t = doc.add_table(rows=len(rows), cols=len(rows[0]))
                t.style = "Table Grid"
                for i, r in enumerate(rows):
                    for j, c in enumerate(r):
                        t.cell(i, j).text = c
                rows.clear()
        for s, tx in self._blocks():
            if s != "row":
                flush()
            if s == "h":
                doc.add_heading(tx, level=2)
            elif s == "p":
                doc.add_paragraph(tx)
            elif s == "page":
                doc.add_page_break()
            elif s == "row":
                rows.append(tx)
        flush()
        src = TMP / f"{self.stem}.docx"
        doc.save(src)
        if self.kind == "odt":
            subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s232_lo", "--headless", "--convert-to",
                            "odt", "--outdir", str(TMP), str(src)], capture_output=True, timeout=180)
            src = TMP / f"{self.stem}.odt"
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s232_lo", "--headless", "--convert-to", "pdf",
                        "--outdir", str(TMP), str(src)], capture_output=True, timeout=180)
        (TMP / f"{self.stem}.pdf").rename(raw)

    _build_odt = _build_docx

    def _build_scan(self, raw):
        from PIL import Image, ImageDraw, ImageFont, ImageFilter
        from reportlab.pdfgen import canvas
        from reportlab.lib.pagesizes import A4
        rnd = random.Random(self.stem)
        W, H = 1654, 2339  # A4 at 200 dpi
        pages = strip(self.body).strip("\n").split("\n---\n")
        c = canvas.Canvas(str(raw), pagesize=A4)
        for pi, pg in enumerate(pages):
            img = Image.new("L", (W, H), 246)
            dr = ImageDraw.Draw(img)
            f = ImageFont.truetype(DEJAVU + ("DejaVuSerif-Italic.ttf" if self.ttf else "DejaVuSans.ttf"), self.font_px)
            fb = ImageFont.truetype(DEJAVU + "DejaVuSans-Bold.ttf", self.font_px + 4)
            y = 150
            for line in pg.split("\n"):
                if line.startswith("# "):
                    dr.text((140, y), line[2:], font=fb, fill=20)
                    y += int(self.font_px * 1.9)
                else:
                    dr.text((140 + rnd.randint(-3, 3), y), line, font=f, fill=rnd.randint(15, 45))
                    y += int(self.font_px * 1.6)
            for _ in range(900):
                dr.point((rnd.randrange(W), rnd.randrange(H)), fill=rnd.randint(150, 220))
            img = img.rotate(self.rot * (1 if pi % 2 == 0 else -0.7), resample=Image.BICUBIC, fillcolor=240)
            img = img.filter(ImageFilter.GaussianBlur(0.5))
            buf = TMP / f"{self.stem}-{pi}.jpg"
            img.save(buf, "JPEG", quality=72)
            c.drawImage(str(buf), 0, 0, width=A4[0], height=A4[1])
            if self.footer:
                c.setFont("Helvetica", 6.5)
                c.setFillGray(0.35)
                c.drawString(30, 12, strip(self.footer))
            c.showPage()
        c.save()

    # ---------------------------------------------------------------- hidden channels
    def _post(self, raw, out):
        import pikepdf
        from pikepdf import Dictionary, Name, Array, String
        with pikepdf.open(raw) as pdf:
            orig = {k: str(pdf.docinfo[k]) for k in ("/Producer", "/Creator") if k in pdf.docinfo}
            with pdf.open_metadata(set_pikepdf_as_editor=False) as m:
                if self.xmp:
                    m["dc:creator"] = [self.xmp]
                m["dc:title"] = self.title
            di = pdf.docinfo
            di["/Title"] = self.title
            if self.author is not None:
                di["/Author"] = self.author
            elif "/Author" in di:
                del di["/Author"]
            for k, v in orig.items():
                di[k] = v
            if self.creator:
                di["/Creator"] = self.creator
            if self.producer:
                di["/Producer"] = self.producer
            if self.outline:
                with pdf.open_outline() as ol:
                    for t, pg in self.outline:
                        ol.root.append(pikepdf.OutlineItem(t, pg))
            for (pg, who, text, x, y) in self.annots:
                page = pdf.pages[pg]
                a = pdf.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Text, Rect=Array([x, y, x + 20, y + 20]),
                                                 T=String(who), Contents=String(text), Open=False,
                                                 NM=String(f"{self.stem}-n{x}{y}")))
                if "/Annots" not in page.obj:
                    page.obj.Annots = Array()
                page.obj.Annots.append(a)
            pdf.save(out, deterministic_id=True)

    # ---------------------------------------------------------------- gold
    def gold(self, path):
        problems = []
        text, pages = text_pdfium(path)
        red, keep = marks(self.body)
        if self.kind == "scan":
            fr, fk = marks(self.footer)
            keep = fk
        red = [(k, v, None) for k, v in red] + list(self.extra_redact)
        items, seen = [], set()
        chans = None
        hidden = [r for r in red if r[2] or self.kind == "scan"]
        if hidden:
            chans = extract_channels(path, ocr="auto" if self.kind == "scan" else "off")["channels"]
        rx_all = []
        for k, v, ch in red:
            ch = ch or ("ocr" if self.kind == "scan" else None)
            if (v, ch) in seen:
                continue
            seen.add((v, ch))
            pr = {"text": v, "word": True, "after": 0}
            if ch == "ocr":
                pr["ocr"] = True
            if ch is None:
                ok = count_in(text, pr) > 0
                rx_all.append(probe_regex(v, True))
            else:
                ok = channel_counts(chans, pr).get(ch, 0) > 0
                if ch != "ocr" and count_in(text, pr):
                    problems.append(f"{self.stem}: hidden {v!r} in page text")
                    ok = False
            if not ok:
                problems.append(f"{self.stem}: redact {v!r} not found in {ch or 'pdfium'} (dropped)")
                continue
            it = {"kind": k, "value": v, "probes": [pr]}
            if ch:
                it["channel"] = ch
            items.append(it)
        # surname-only mentions of a person are personal data too: add them as an extra probe of the item
        vals = {it["value"] for it in items} | {v for _, v in keep}
        for it in items:
            if it["kind"] != "PERSON" or it.get("channel") or "," in it["value"]:
                continue
            last = it["value"].split()[-1]
            if len(it["value"].split()) < 2 or len(last) < 4 or not last[0].isupper() or last in vals:
                continue
            pr = {"text": last, "word": True, "after": 0}
            if count_in(text, pr) > count_in(text, it["probes"][0]):
                it["probes"].append(pr)
                rx_all.append(probe_regex(last, True))
                vals.add(last)
        if self.kind != "scan":
            kv = {v for _, v in keep}
            keep = list(keep) + [("ROLE" if g[0].islower() else "PUBLIC", g) for g in GENERIC if g not in kv]
        sim = text
        for rx in rx_all:
            sim = rx.sub(lambda m: "#" * len(m.group(0)), sim)
        for it in items:  # redact values in hidden channels must not leak into keep either
            pass
        generic_set = {("ROLE" if g[0].islower() else "PUBLIC", g) for g in GENERIC}
        kitems, kseen = [], set()
        for k, v in list(keep) + list(self.extra_keep):
            if v in kseen:
                continue
            kseen.add(v)
            pr = {"text": v, "word": True}
            n = count_in(text, pr)
            if n == 0 and (k, v) in generic_set:
                continue
            if n == 0:
                problems.append(f"{self.stem}: keep {v!r} not in text (dropped)")
                continue
            if count_in(sim, pr) != n or any(probe_regex(r[1], True).search(v) for r in red):
                if (k, v) in generic_set:
                    continue
                problems.append(f"{self.stem}: keep {v!r} overlaps redact (dropped)")
                continue
            pr["after"] = n
            kitems.append({"kind": k, "value": v, "probes": [pr]})
        return {"doc": path.name, "pages": pages, "redact": items, "keep": kitems}, problems
