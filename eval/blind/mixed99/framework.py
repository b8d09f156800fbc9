"""Rendering and gold machinery for set DE (eval/blind/mixed99).

Document text uses two inline markers:
    [[k:text]]  personal data to redact; probe = text (word-anchored); k = kind code (optional, default person)
    {{k:text}}  text that must stay readable; probe = text; k = kind code (optional)
Redact probes get after=0; keep probes get after = their count in the original's PDFium text.
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
from evaluate import count_in, norm, text_pdfium, extract_channels, channel_counts  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
BUILD = HERE / "_build"

RKIND = {"p": "PERSON", "e": "EMAIL", "t": "PHONE", "a": "ADDRESS", "n": "PERSONAL_NUMBER", "b": "BSN",
         "i": "IBAN", "d": "DATE_OF_BIRTH", "h": "SPECIAL_CATEGORY", "u": "USERNAME", "x": "PARAPH"}
KKIND = {"o": "ORG", "l": "PLACE", "r": "OFFICE_HOLDER", "w": "LAW", "s": "STREET", "g": "PROGRAMME",
         "n": "REFERENCE", "j": "JOB_TITLE", "t": "TERM", "m": "MAILBOX", "f": "GENERAL_PHONE",
         "b": "PUBLIC_ADDRESS", "d": "DATE", "c": "PRODUCT"}
MARK = re.compile(r"\[\[(?:([a-z]):)?(.+?)\]\]|\{\{(?:([a-z]):)?(.+?)\}\}")


def plain(s: str) -> str:
    return MARK.sub(lambda m: m.group(2) if m.group(2) is not None else m.group(4), s)


def marks(s: str):
    for m in MARK.finditer(s):
        if m.group(2) is not None:
            yield ("R", RKIND[m.group(1) or "p"], m.group(2))
        else:
            yield ("K", KKIND.get(m.group(3) or "t", "TERM"), m.group(4))


def esc(s: str) -> str:
    s = plain(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    for t in ("b", "i", "u"):
        s = s.replace(f"&lt;{t}&gt;", f"<{t}>").replace(f"&lt;/{t}&gt;", f"</{t}>")
    s = s.replace("&amp;lt;", "&lt;").replace("&amp;gt;", "&gt;").replace("&amp;nbsp;", "&nbsp;")
    return s.replace("&lt;br/&gt;", "<br/>")


def walk_strings(blocks):
    for b in blocks:
        for x in b[1:]:
            if isinstance(x, str):
                yield x
            elif isinstance(x, (list, tuple)):
                for row in x:
                    if isinstance(row, str):
                        yield row
                    elif isinstance(row, (list, tuple)):
                        for c in row:
                            if isinstance(c, str):
                                yield c


# ---------------------------------------------------------------- fonts
FONTSETS = {
    "helv": ("Helvetica", "Helvetica-Bold", "Courier"),
    "times": ("Times-Roman", "Times-Bold", "Courier"),
    "courier": ("Courier", "Courier-Bold", "Courier"),
}
TTF = {
    "dejavu": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf", "dejavu/DejaVuSansMono.ttf"),
    "dejavuserif": ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf", "dejavu/DejaVuSansMono.ttf"),
    "liberation": ("liberation2/LiberationSans-Regular.ttf", "liberation2/LiberationSans-Bold.ttf",
                   "liberation2/LiberationMono-Regular.ttf"),
    "libserif": ("liberation2/LiberationSerif-Regular.ttf", "liberation2/LiberationSerif-Bold.ttf",
                 "liberation2/LiberationMono-Regular.ttf"),
    "condensed": ("dejavu/DejaVuSansCondensed.ttf", "dejavu/DejaVuSansCondensed-Bold.ttf",
                  "liberation2/LiberationMono-Regular.ttf"),
    "hand": ("femkeklaver/femkeklaver.ttf", "femkeklaver/femkeklaver.ttf", "femkeklaver/femkeklaver.ttf"),
    "dkg": ("fifthhorseman/dkg.ttf", "fifthhorseman/dkg.ttf", "fifthhorseman/dkg.ttf"),
}


def fontset(name):
    if name in FONTSETS:
        return FONTSETS[name]
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    out = []
    for i, f in enumerate(TTF[name]):
        fn = f"{name}{i}"
        try:
            pdfmetrics.getFont(fn)
        except KeyError:
            pdfmetrics.registerFont(TTFont(fn, "/usr/share/fonts/truetype/" + f))
        out.append(fn)
    return tuple(out)


def signature_png(name: str, path: Path, w=330, h=90, seed=1):
    from PIL import Image, ImageDraw, ImageFont
    im = Image.new("L", (w, h), 255)
    d = ImageDraw.Draw(im)
    f = ImageFont.truetype("/usr/share/fonts/truetype/femkeklaver/femkeklaver.ttf", 44)
    d.text((8, 10), name, font=f, fill=20)
    rnd = random.Random(seed)
    pts = [(10, 70)] + [(rnd.randint(20, w - 20), rnd.randint(55, 80)) for _ in range(3)] + [(w - 15, 60)]
    d.line(pts, fill=30, width=3)
    im.save(path)
    return path


# ---------------------------------------------------------------- reportlab producer
def build_rl(doc, out: Path):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (Flowable, Image, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                    TableStyle, Preformatted)
    reg, bold, mono = fontset(doc.get("font", "helv"))
    size = doc.get("size", 10)
    lead = size * 1.3
    st = {
        "p": ParagraphStyle("p", fontName=reg, fontSize=size, leading=lead, spaceAfter=size * 0.55),
        "h1": ParagraphStyle("h1", fontName=bold, fontSize=size + 5, leading=size + 8, spaceAfter=8),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=size + 1.5, leading=size + 4, spaceAfter=4, spaceBefore=6),
        "small": ParagraphStyle("s", fontName=reg, fontSize=size - 2, leading=(size - 2) * 1.25),
        "cell": ParagraphStyle("c", fontName=reg, fontSize=size - 1, leading=(size - 1) * 1.25),
        "mono": ParagraphStyle("m", fontName=mono, fontSize=size - 1.5, leading=(size - 1.5) * 1.3),
    }

    class Field(Flowable):
        def __init__(self, label, name, value, width=300):
            super().__init__()
            self.label, self.name, self.value, self.w = label, name, value, width
            self.height = 22

        def wrap(self, aw, ah):
            return aw, self.height

        def draw(self):
            c = self.canv
            c.setFont(reg, size - 1)
            c.drawString(0, 7, plain(self.label))
            c.acroForm.textfield(name=self.name, value=plain(self.value), x=150, y=2, width=self.w, height=16,
                                 relative=True, fontName="Helvetica", fontSize=9, borderWidth=0.5,
                                 borderColor=colors.grey, fillColor=colors.white, forceBorder=True)

    flow = []
    for b in doc["blocks"]:
        k = b[0]
        if k in ("p", "h1", "h2", "small"):
            flow.append(Paragraph(esc(b[1]), st[k]))
        elif k == "mono":
            for line in b[1].split("\n"):
                flow.append(Paragraph(esc(line) or "&nbsp;", st["mono"]))
            flow.append(Spacer(1, 4))
        elif k == "sp":
            flow.append(Spacer(1, b[1]))
        elif k == "pb":
            flow.append(PageBreak())
        elif k == "table":
            rows = [[Paragraph(esc(c), st["cell"]) for c in r] for r in b[1]]
            cw = b[2] if len(b) > 2 and b[2] else None
            style = b[3] if len(b) > 3 else "grid"
            t = Table(rows, colWidths=[w * mm for w in cw] if cw else None, hAlign="LEFT")
            ts = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 3),
                  ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]
            if style == "grid":
                ts += [("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee"))]
            t.setStyle(TableStyle(ts))
            flow.append(t)
            flow.append(Spacer(1, 6))
        elif k == "sig":
            p = BUILD / f"{doc['id']}_sig{len(flow)}.png"
            signature_png(b[1], p, seed=len(flow))
            flow.append(Image(str(p), width=55 * mm, height=15 * mm, hAlign="LEFT"))
        elif k == "field":
            flow.append(Field(b[1], b[2], b[3], b[4] if len(b) > 4 else 300))
        else:
            raise ValueError(k)

    head = doc.get("pagehead")

    def onpage(c, d):
        c.saveState()
        c.setFont(reg, 7.5)
        if head:
            c.drawString(20 * mm, A4[1] - 12 * mm, plain(head))
        c.drawRightString(A4[0] - 20 * mm, 10 * mm, f"{d.page}")
        c.restoreState()

    sd = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=22 * mm, rightMargin=20 * mm, topMargin=20 * mm,
                           bottomMargin=18 * mm, title=plain(doc.get("title", "")), author=plain(doc.get("author", "")),
                           creator=doc.get("creator", "Microsoft Word"), subject="")
    sd.build(flow, onFirstPage=onpage, onLaterPages=onpage)


# ---------------------------------------------------------------- docx producer
def build_docx(doc, out_docx: Path):
    import docx
    from docx.shared import Pt, Mm
    d = docx.Document()
    stl = d.styles["Normal"]
    stl.font.name = doc.get("dfont", "Calibri")
    stl.font.size = Pt(doc.get("size", 10.5))
    d.core_properties.author = plain(doc.get("author", ""))
    d.core_properties.title = plain(doc.get("title", ""))
    d.core_properties.last_modified_by = plain(doc.get("author", ""))
    for s in d.sections:
        s.left_margin = Mm(22)
        s.right_margin = Mm(20)
        s.top_margin = Mm(18)
        s.bottom_margin = Mm(18)
        if doc.get("pagehead"):
            s.header.paragraphs[0].text = plain(doc["pagehead"])

    def add_runs(par, text):
        parts = re.split(r"(<b>|</b>|<i>|</i>)", plain(text).replace("&lt;", "<").replace("&gt;", ">"))
        b = i = False
        for p in parts:
            if p == "<b>":
                b = True
            elif p == "</b>":
                b = False
            elif p == "<i>":
                i = True
            elif p == "</i>":
                i = False
            elif p:
                for j, line in enumerate(p.split("<br/>")):
                    if j:
                        par.add_run().add_break()
                    r = par.add_run(line)
                    r.bold, r.italic = b, i

    for b in doc["blocks"]:
        k = b[0]
        if k == "p":
            add_runs(d.add_paragraph(), b[1])
        elif k == "small":
            p = d.add_paragraph()
            add_runs(p, b[1])
            for r in p.runs:
                r.font.size = Pt(8.5)
        elif k in ("h1", "h2"):
            d.add_heading(plain(b[1]), level=1 if k == "h1" else 2)
        elif k == "mono":
            for line in plain(b[1]).split("\n"):
                p = d.add_paragraph()
                p.paragraph_format.space_after = Pt(0)
                r = p.add_run(line)
                r.font.name = "Courier New"
                r.font.size = Pt(9)
        elif k == "sp":
            d.add_paragraph()
        elif k == "pb":
            d.add_page_break()
        elif k == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            style = b[3] if len(b) > 3 else "grid"
            if style == "grid":
                t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    cell = t.cell(i, j)
                    add_runs(cell.paragraphs[0], c)
                    for run in cell.paragraphs[0].runs:
                        run.font.size = Pt(9)
                        if i == 0 and style == "grid":
                            run.bold = True
            if len(b) > 2 and b[2]:
                for j, w in enumerate(b[2]):
                    for r in t.rows:
                        r.cells[j].width = Mm(w)
            d.add_paragraph()
        elif k == "sig":
            p = BUILD / f"{doc['id']}_sig{len(d.paragraphs)}.png"
            signature_png(b[1], p, seed=len(d.paragraphs))
            d.add_picture(str(p), width=Mm(50))
        else:
            raise ValueError(k)
    d.save(str(out_docx))


def soffice(paths, outdir: Path):
    if not paths:
        return
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_mixed99", "--headless", "--convert-to",
                    "pdf", "--outdir", str(outdir)] + [str(p) for p in paths], check=True,
                   capture_output=True, timeout=600)


# ---------------------------------------------------------------- scans
def scanify(src: Path, out: Path, seed=0, angle=0.6, dpi=150):
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter
    rnd = random.Random(seed)
    pdf = pdfium.PdfDocument(str(src))
    pages = []
    for i in range(len(pdf)):
        im = pdf[i].render(scale=dpi / 72).to_pil().convert("L")
        im = im.rotate(angle * (1 if i % 2 == 0 else -0.7), expand=False, fillcolor=255, resample=Image.BICUBIC)
        px = im.load()
        w, h = im.size
        for _ in range(w * h // 400):
            x, y = rnd.randrange(w), rnd.randrange(h)
            px[x, y] = rnd.choice((90, 140, 200))
        im = im.filter(ImageFilter.GaussianBlur(0.4))
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=70)
        buf.seek(0)
        pages.append(Image.open(buf).convert("L"))
    pdf.close()
    pages[0].save(str(out), "PDF", resolution=dpi, save_all=True, append_images=pages[1:])


# ---------------------------------------------------------------- hidden channels
def add_hidden(path: Path, hidden: list):
    import pikepdf
    if not hidden:
        return
    with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
        for h in hidden:
            ch, val = h["channel"], h["text"]
            if ch == "metadata:Author":
                pdf.docinfo["/Author"] = val
            elif ch == "metadata:Title":
                pdf.docinfo["/Title"] = val
            elif ch == "metadata:Subject":
                pdf.docinfo["/Subject"] = val
            elif ch == "xmp":
                with pdf.open_metadata(set_pikepdf_as_editor=False) as md:
                    md["dc:creator"] = [val]
            elif ch == "outline":
                with pdf.open_outline() as ol:
                    ol.root.append(pikepdf.OutlineItem(val, 0))
            elif ch == "annotation":
                page = pdf.pages[h.get("page", 0)]
                annot = pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                                           Rect=[480, 700, 500, 720], Contents=pikepdf.String(h["contents"]),
                                           T=pikepdf.String(h["author"]), Open=False)
                if "/Annots" not in page.obj:
                    page.obj["/Annots"] = pikepdf.Array()
                page.obj["/Annots"].append(pdf.make_indirect(annot))
        pdf.save(str(path))


# ---------------------------------------------------------------- gold
def make_gold(doc, pdf_path: Path):
    txt, npages = text_pdfium(pdf_path)
    strings = list(walk_strings(doc["blocks"])) + [doc.get("pagehead", "") or ""]
    red, keep = {}, {}
    for s in strings:
        for typ, kind, val in marks(s):
            tgt = red if typ == "R" else keep
            tgt.setdefault(val, kind)
    scan = doc.get("producer") in ("scan", "scanhand")
    ocr_entries = None
    if scan:
        ch = extract_channels(pdf_path, ocr="auto")
        ocr_entries = ch["channels"].get("ocr", [])
    redact_items, dropped = [], []
    for val, kind in red.items():
        pr = {"text": val, "word": True, "after": 0}
        if scan:
            pr["ocr"] = True
            if not channel_counts({"ocr": ocr_entries}, pr).get("ocr"):
                dropped.append(val)
                continue
        redact_items.append({"kind": kind, "value": val, "probes": [pr]})
    for h in doc.get("hidden", []):
        for t in h["probes"]:
            redact_items.append({"kind": h.get("kind", "PERSON"), "value": t,
                                 "probes": [{"text": t, "word": True, "after": 0,
                                             "channel": h["channel"].split(":")[0]}]})
    keep_items = []
    if not scan:
        for val, kind in keep.items():
            pr = {"text": val, "word": True}
            pr["after"] = count_in(txt, pr)
            keep_items.append({"kind": kind, "value": val, "probes": [pr]})
    # sanity: a keep value must not contain a redact probe and vice versa
    warn = []
    for kv in keep:
        for rv in red:
            if count_in(norm(kv), {"text": rv, "word": True}) or count_in(norm(rv), {"text": kv, "word": True}):
                warn.append(f"{doc['id']}: keep '{kv}' overlaps redact '{rv}'")
    # keep probe inside a redacted span in the source text
    for s in strings:
        for m in MARK.finditer(s):
            if m.group(2) is not None:
                for kv in keep:
                    if count_in(norm(m.group(2)), {"text": kv, "word": True}):
                        warn.append(f"{doc['id']}: keep '{kv}' occurs inside redact span '{m.group(2)}'")
    gold = {"doc": pdf_path.name, "pages": npages, "producer": doc.get("producer_label", doc.get("producer")),
            "redact": redact_items, "keep": keep_items}
    if dropped:
        gold["note"] = "OCR of the original did not read these, so they are not probes: " + "; ".join(dropped)
    return gold, warn, dropped
