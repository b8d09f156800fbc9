"""Engine for set VR (mixed192). Documents are written as text with inline markup:

    [[value]] or [[value|KIND]]   personal data to redact (one probe per distinct value, after=0)
    {{value}} or {{value|KIND}}   public text to keep (after = its count in the original's PDFium text)
    lines: '# ' heading, '| a | b |' table row, '---' page break, blank line = paragraph break

Hidden-channel items (metadata, outline, annotations, ocr) are given per document.
"""
from __future__ import annotations

import io
import json
import random
import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
sys.path.insert(0, "/work/shared/eval")
from evaluate import channel_counts, count_in, extract_channels, norm, text_pdfium  # noqa: E402

MARK = re.compile(r"\[\[([^\]|]+)(?:\|([A-Z_]+))?\]\]|\{\{([^}|]+)(?:\|([A-Z_]+))?\}\}")
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


def strip(s: str) -> str:
    return MARK.sub(lambda m: m.group(1) or m.group(3), s)


def marks(s: str):
    red, keep = {}, {}
    for m in MARK.finditer(s):
        if m.group(1):
            red.setdefault(m.group(1), m.group(2) or "PERSON")
        else:
            keep.setdefault(m.group(3), m.group(4) or "ORG")
    return red, keep


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class Doc:
    def __init__(self, stem, body, producer="rl", fontset="std", meta=None, hidden=(), outline=(),
                 notes=(), form=None, scan=None, title=""):
        self.stem, self.body, self.producer, self.fontset = stem, body, producer, fontset
        self.meta = meta or {}          # Info keys: Author, Creator, Producer, Title; 'xmp_creator'
        self.hidden = list(hidden)       # (channel, value, kind)
        self.outline = list(outline)     # bookmark titles (may contain markup)
        self.notes = list(notes)         # (author, contents, page)
        self.form = form                 # list of (name, value, x, y, w) on page 1
        self.scan = scan                 # None or dict(rot=deg)
        self.title = title

    # ------------------------------------------------------------------ building
    def build(self) -> Path:
        DOCS_DIR.mkdir(exist_ok=True)
        out = DOCS_DIR / f"{self.stem}.pdf"
        tmp = Path(f"/tmp/s192_build_{self.stem}.pdf")
        if self.scan:
            self._scan(tmp)
        elif self.producer == "docx":
            self._docx(tmp)
        else:
            self._reportlab(tmp)
        self._post(tmp, out)
        return out

    def _reportlab(self, path):
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.lib.units import mm
        from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
        from reportlab.lib import colors
        from reportlab import rl_config
        rl_config.invariant = 1
        if self.fontset == "ttf":
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont
            pdfmetrics.registerFont(TTFont("DVS", FONT_DIR + "DejaVuSans.ttf"))
            pdfmetrics.registerFont(TTFont("DVSB", FONT_DIR + "DejaVuSans-Bold.ttf"))
            fn, fb = "DVS", "DVSB"
        elif self.fontset == "times":
            fn, fb = "Times-Roman", "Times-Bold"
        else:
            fn, fb = "Helvetica", "Helvetica-Bold"
        st = ParagraphStyle("b", fontName=fn, fontSize=9.5, leading=12.5, spaceAfter=4)
        sh = ParagraphStyle("h", fontName=fb, fontSize=12, leading=15, spaceAfter=6, spaceBefore=4)
        sc = ParagraphStyle("c", fontName=fn, fontSize=8.5, leading=10.5)
        flow = []
        rows = []

        def flush():
            if rows:
                t = Table([[Paragraph(esc(c), sc) for c in r] for r in rows], repeatRows=0)
                t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                       ("VALIGN", (0, 0), (-1, -1), "TOP")]))
                flow.append(t)
                flow.append(Spacer(1, 5))
                rows.clear()
        for para in self.paras():
            if para.startswith("|"):
                rows.append([c.strip() for c in para.strip().strip("|").split("|")])
                continue
            flush()
            if para == "---":
                flow.append(PageBreak())
            elif para.startswith("# "):
                flow.append(Paragraph(esc(para[2:]), sh))
            else:
                flow.append(Paragraph(esc(para).replace("\n", "<br/>"), st))
        flush()
        doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                                topMargin=20 * mm, bottomMargin=20 * mm, title=self.title,
                                author="", creator="", producer="")
        if self.form:
            def onfirst(c, d):
                c.acroForm  # noqa
                for name, value, x, y, w in self.form:
                    c.acroForm.textfield(name=name, value=value, x=x, y=y, width=w, height=16,
                                         fontName="Helvetica", fontSize=9, borderWidth=0.5,
                                         forceBorder=True)
            doc.build(flow, onFirstPage=onfirst)
        else:
            doc.build(flow)

    def paras(self):
        text = strip(self.body).strip("\n")
        out = []
        for block in re.split(r"\n\s*\n", text):
            lines = block.split("\n")
            if all(l.startswith("|") for l in lines) or lines[0] in ("---",) or lines[0].startswith("# "):
                out.extend(lines)
            else:
                out.append(block)
        return out

    def _docx(self, path):
        import docx
        from docx.shared import Pt
        d = docx.Document()
        d.styles["Normal"].font.name = "Liberation Sans"
        d.styles["Normal"].font.size = Pt(10)
        rows = []

        def flush():
            if rows:
                t = d.add_table(rows=len(rows), cols=max(len(r) for r in rows))
                t.style = "Table Grid"
                for i, r in enumerate(rows):
                    for j, c in enumerate(r):
                        t.cell(i, j).text = c
                rows.clear()
        for para in self.paras():
            if para.startswith("|"):
                rows.append([c.strip() for c in para.strip().strip("|").split("|")])
                continue
            flush()
            if para == "---":
                d.add_page_break()
            elif para.startswith("# "):
                d.add_heading(para[2:], level=2)
            else:
                p = d.add_paragraph()
                for i, ln in enumerate(para.split("\n")):
                    r = p.add_run(ln)
                    if i < len(para.split("\n")) - 1:
                        r.add_break()
        flush()
        d.core_properties.author = self.meta.get("docx_author", "")
        d.core_properties.title = self.title
        src = Path(f"/tmp/s192_{self.stem}.docx")
        d.save(src)
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s192_lo", "--headless",
                        "--convert-to", "pdf", "--outdir", "/tmp/s192_x", str(src)],
                       capture_output=True, timeout=180)
        shutil.move(f"/tmp/s192_x/s192_{self.stem}.pdf", path)

    def _scan(self, path):
        from PIL import Image, ImageDraw, ImageFont
        from reportlab.pdfgen import canvas
        from reportlab.lib.pagesizes import A4
        pages = strip(self.body).strip("\n").split("\n---\n")
        c = canvas.Canvas(str(path), pagesize=A4)
        rnd = random.Random(self.stem)
        for pg in pages:
            W, H = 1240, 1754  # 150 dpi
            img = Image.new("L", (W, H), 250)
            dr = ImageDraw.Draw(img)
            f = ImageFont.truetype(FONT_DIR + self.scan.get("font", "DejaVuSerif.ttf"), 25)
            fb = ImageFont.truetype(FONT_DIR + "DejaVuSerif-Bold.ttf", 29)
            y = 110
            for ln in pg.split("\n"):
                if ln.startswith("# "):
                    dr.text((110, y), ln[2:], font=fb, fill=20)
                    y += 48
                else:
                    dr.text((110, y), ln, font=f, fill=30)
                    y += 38 if ln.strip() else 22
            for _ in range(400):
                x, yy = rnd.randrange(W), rnd.randrange(H)
                dr.point((x, yy), fill=rnd.choice((120, 160, 200)))
            img = img.rotate(self.scan.get("rot", 0.6), resample=Image.BICUBIC, fillcolor=245)
            buf = io.BytesIO()
            img.convert("RGB").save(buf, "JPEG", quality=70)
            from reportlab.lib.utils import ImageReader
            c.drawImage(ImageReader(io.BytesIO(buf.getvalue())), 0, 0, A4[0], A4[1])
            c.showPage()
        c.save()

    def _post(self, tmp, out):
        import pikepdf
        from pikepdf import Dictionary, Name, Array, String
        pdf = pikepdf.open(tmp)
        with pdf.open_metadata(set_pikepdf_as_editor=False) as xmp:
            if self.meta.get("xmp_creator"):
                xmp["dc:creator"] = [self.meta["xmp_creator"]]
            if self.title:
                xmp["dc:title"] = self.title
            for k in ("Producer", "Creator"):
                if self.meta.get(k):
                    xmp["pdf:Producer" if k == "Producer" else "xmp:CreatorTool"] = self.meta[k]
        for k in ("CreationDate", "ModDate"):
            pdf.docinfo[Name("/" + k)] = "D:20260415093000+02'00'"
        for k in ("Author", "Creator", "Producer", "Title", "Subject"):
            if k in self.meta:
                pdf.docinfo[Name("/" + k)] = self.meta[k]
        if "Author" not in self.meta and Name.Author in pdf.docinfo:
            del pdf.docinfo[Name.Author]
        if self.outline:
            with pdf.open_outline() as ol:
                for i, t in enumerate(self.outline):
                    ol.root.append(pikepdf.OutlineItem(strip(t), min(i, len(pdf.pages) - 1)))
        for author, contents, pg in self.notes:
            page = pdf.pages[pg]
            annot = pdf.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Text,
                                                 Rect=Array([420, 700 - 40 * len(page.obj.get("/Annots", []))
                                                             , 440, 720 - 40 * len(page.obj.get("/Annots", []))]),
                                                 T=String(strip(author)), Contents=String(strip(contents)),
                                                 Name=Name.Comment, F=4))
            if "/Annots" not in page.obj:
                page.obj[Name.Annots] = Array()
            page.obj.Annots.append(annot)
        pdf.save(out, deterministic_id=True)
        pdf.close()

    # ------------------------------------------------------------------ gold
    def all_marked(self):
        src = self.body + "\n".join(self.outline) + "\n".join(a + c for a, c, _ in self.notes)
        return marks(src)


# public terms checked in every document: added as keep probes where present and not inside a redact value
GENERIC_KEEP = [(t, "PUBLIC") for t in (
    "Brandweer", "brandweer", "brandweerman", "loods 3", "Oosterlinde", "Industrieweg", "Veiligheidsregio",
    "GGD", "burgemeester", "Burgemeester", "wethouder", "Wethouder", "gemeente", "bewoners", "omwonenden",
    "ethylacetaat", "NL-Alert", "Sporthal De Stelle", "sporthal", "Kanaaldijk", "huisarts", "Postbus 150",
    "Wet open overheid", "14 januari 2026", "RIVM", "Zwolle", "directeur", "evacuatie", "rookpluim",
    "Jachthavenweg", "Sluiswachtersweg", "teamleider", "woordvoerder", "Woordvoerder", "opvang", "Lablinq",
    "GBT", "RBT", "GHOR", "Vandrecht", "bevelvoerder", "manschap", "chauffeur", "meldkamer", "Bevolkingszorg",
    "gewonde", "brand", "Brand", "moestuin", "metingen", "Woo-verzoek", "college", "Hoogachtend",
    "Met vriendelijke groet", "Geachte", "Onderwerp", "Betreft", "Datum", "Aan", "Van", "CC", "Verzonden")]

PARTICLES = {"van", "de", "der", "den", "ter", "ten", "'t", "te", "het", "op", "in", "la", "le", "el", "El",
             "Olde", "Oude", "Van", "De"}
TITLES = {"dr.", "ing.", "mr.", "drs.", "Dhr.", "dhr.", "mevrouw", "de heer"}


def surname(v: str):
    v = re.sub(r"\s*\([^)]*\)", "", v).strip()
    if "," in v:
        sn = v.split(",")[0].strip()
        return sn if " " not in sn or sn.split()[0] in PARTICLES else sn
    toks = [t for t in v.split() if t not in TITLES]
    if len(toks) < 2:
        return None
    rest = toks[1:]
    if rest[0] == "en":
        return None
    if any(t[:1].islower() and t not in PARTICLES for t in rest) or rest[-1].endswith("."):
        return None
    if any(t[:1].islower() and t not in PARTICLES for t in toks[:1]):
        return None
    while rest and rest[0].endswith(".") and len(rest[0]) <= 5:
        rest = rest[1:]
    return " ".join(rest) or None


def make_gold(d: Doc, path: Path):
    problems = []
    text, pages = text_pdfium(path)
    red_body, keep = marks(d.body)
    redact = []
    allred = []
    for v, k in red_body.items():
        prs = [{"text": v, "word": True, "after": 0}]
        sn = surname(v) if k == "PERSON" else None
        if sn and sn != v:
            prs.append({"text": sn, "word": True, "after": 0})
        if d.scan:
            for pr in prs:
                pr["ocr"] = True
        it = {"kind": k, "value": v, "probes": prs}
        if d.scan:
            it["channel"] = "ocr"
        redact.append(it)
        allred.append(v)
    hidden = list(d.hidden)
    for t in d.outline:
        for v, k in marks(t)[0].items():
            hidden.append(("outline", v, k))
    for a, c, _ in d.notes:
        for v, k in marks(a + " " + c)[0].items():
            hidden.append(("annotations", v, k))
    seen = set()
    for ch, v, k in hidden:
        if (ch, v) in seen:
            continue
        seen.add((ch, v))
        redact.append({"kind": k, "value": v, "channel": ch, "probes": [{"text": v, "word": True, "after": 0}]})
        allred.append(v)
    # simulated redaction: keep counts must not change when all redact values are removed
    redtext = text
    for v in sorted(allred, key=len, reverse=True):
        redtext = re.sub(r"(?<!\w)" + re.escape(norm(v)).replace(r"\ ", " ?") + r"(?!\w)", "\u2588", redtext)
    for v, k in GENERIC_KEEP:
        if v not in keep and count_in(text, {"text": v, "word": True}) and \
                count_in(redtext, {"text": v, "word": True}) == count_in(text, {"text": v, "word": True}):
            keep[v] = k
    keeps = []
    for v, k in keep.items():
        pr = {"text": v, "word": True, "after": count_in(text, {"text": v, "word": True})}
        if pr["after"] == 0:
            problems.append(f"{d.stem}: keep {v!r} not in text")
            continue
        if count_in(redtext, pr) != pr["after"]:
            problems.append(f"{d.stem}: keep {v!r} overlaps a redact value")
        keeps.append({"kind": k, "value": v, "probes": [pr]})
    # verify redact presence
    hiddench = {it.get("channel") for it in redact} - {None}
    chans = extract_channels(path, ocr="auto" if "ocr" in hiddench else "off")["channels"] if hiddench else {}
    for it in redact:
        ch = it.get("channel", "pdfium")
        for pr in it["probes"]:
            if ch == "pdfium":
                ok = count_in(text, pr) > 0
            else:
                ok = channel_counts(chans, pr).get(ch, 0) > 0
                if ch != "ocr" and count_in(text, pr):
                    problems.append(f"{d.stem}: hidden {pr['text']!r} also in page text")
            if not ok:
                problems.append(f"{d.stem}: redact {pr['text']!r} not found in {ch}")
    gold = {"doc": path.name, "pages": pages, "redact": redact, "keep": keeps}
    return gold, problems
