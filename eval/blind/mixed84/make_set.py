"""Rebuild set CP (eval/blind/mixed84): documents in docs/, gold in gold/.

    /work/main/.venv/bin/python make_set.py            # all documents
    /work/main/.venv/bin/python make_set.py cp03 cp17   # only these

Theme: the burgemeester of Rotterdam's Woo dossier on a housing demonstration (Saturday 15 March 2025)
and the noodbevel that followed. The document texts live in content.py and use a small markup:

    [[text]] or [[text|KIND]]   -> personal data: a redact item (probes derived from it, after=0)
    {{text}} or {{text|KIND}}   -> must stay readable: a keep item (after counted on PDFium text)

Every keep probe's 'after' is counted on the original's PDFium text with the evaluator's own
functions; a keep probe that overlaps a redact probe in that text is dropped (and reported).
Hidden-channel probes (Info, XMP, outline, annotations, form fields) are declared per document and
written into claims.json, which check_gold.py uses to verify the channel.
"""
from __future__ import annotations

import io
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, "/work/shared/eval")

from evaluate import count_in, norm, probe_regex, text_pdfium  # noqa: E402

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_RIGHT  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import (Flowable, PageBreak, Paragraph, Preformatted,  # noqa: E402
                                SimpleDocTemplate, Spacer, Table, TableStyle)

DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"

# ---------------------------------------------------------------- fonts
_FONTS = {
    "DejaVu": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DejaVu-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "LibSerif": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
    "LibSerif-Bold": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf",
    "LibSans": "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
    "LibSans-Bold": "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf",
    "LibMono": "/usr/share/fonts/truetype/liberation2/LiberationMono-Regular.ttf",
    "LibMono-Bold": "/usr/share/fonts/truetype/liberation2/LiberationMono-Bold.ttf",
    "Carlito": "/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf",
    "Carlito-Bold": "/usr/share/fonts/truetype/crosextra/Carlito-Bold.ttf",
    "Femke": "/usr/share/fonts/truetype/femkeklaver/femkeklaver.ttf",
    "Dkg": "/usr/share/fonts/truetype/fifthhorseman/dkg.ttf",
}
for _n, _p in _FONTS.items():
    pdfmetrics.registerFont(TTFont(_n, _p))
BOLD = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold",
        "DejaVu": "DejaVu-Bold", "LibSerif": "LibSerif-Bold", "LibSans": "LibSans-Bold",
        "LibMono": "LibMono-Bold", "Carlito": "Carlito-Bold", "Femke": "Femke", "Dkg": "Dkg"}

# ---------------------------------------------------------------- markup
_MK = re.compile(r"\[\[(.+?)\]\]|\{\{(.+?)\}\}")
PARTICLES = {"van", "der", "de", "den", "het", "ten", "ter", "te", "in", "'t", "la", "le", "du", "da",
             "von", "mevrouw", "mevr.", "meneer", "dhr.", "mw.", "mr.", "drs.", "dr.", "ir.", "ing.",
             "heer", "Van", "Der", "De", "Den", "Ter", "Ten", "El", "el", "Mevrouw", "Meneer", "mr",
             "prof.", "Mr."}
TOKEN_KINDS = {"PERSON"}


class Doc:
    """One document: blocks with markup, rendered by a producer; gold collected from the markup."""

    def __init__(self, stem, title, producer="rl", font="Helvetica", size=10, **kw):
        self.stem, self.title, self.producer, self.font, self.size = stem, title, producer, font, size
        self.blocks = []
        self.opts = kw
        self.redact = []   # (kind, value)
        self.keep = []     # (kind, value)
        self.extra_redact = []  # (kind, value, probe_text, channel)
        self.plain = []
        self.author = kw.get("author", "Gemeente Rotterdam")

    # -- markup parsing: returns the plain text and records items
    def mk(self, s):
        out = []
        pos = 0
        for m in _MK.finditer(s):
            out.append(s[pos:m.start()])
            inner = m.group(1) if m.group(1) is not None else m.group(2)
            if "|" in inner:
                val, kind = inner.rsplit("|", 1)
            else:
                val, kind = inner, None
            if m.group(1) is not None:
                self.redact.append((kind or guess_kind(val), val))
            else:
                self.keep.append((kind or "TERM", val))
            out.append(val)
            pos = m.end()
        out.append(s[pos:])
        txt = "".join(out)
        self.plain.append((s, txt))
        return txt

    def add(self, kind, *args, **kw):
        self.blocks.append((kind, args, kw))
        return self

    def hidden(self, kind, value, probe, channel):
        self.extra_redact.append((kind, value, probe, channel))


def guess_kind(v):
    if "@" in v:
        return "EMAIL"
    if re.fullmatch(r"\d{1,2}[-/ ]\w+[-/ ]\d{4}", v) or re.fullmatch(r"\d{1,2} \w+ \d{4}", v):
        return "DOB"
    if re.fullmatch(r"[+0-9 ()\-]{8,}", v):
        return "PHONE"
    return "PERSON"


_STREET = re.compile(r"(straat|plein|weg|singel|vest|laan|brug|plaats|kade|park|Weena|Hofplein|Lijnbaan|Kruiskade|"
                     r"Coolsingel|Doelwater 5|Wilhelminaplein 1|Gaffelstraat 1|Binnenweg|Zuidplein)$")
_OFFICE = re.compile(r"^(burgemeester|raadslid|minister|Carola Schouten|Regioburgemeester)")
_LAW = re.compile(r"(^artikel|^article|Wet |wet |verordening|Grondwet|EVRM|Awb|Sr$|Gemeentewet|Ambtsinstructie|WGBO|"
                  r"Municipalities Act)")


def keep_kind(v):
    if "@" in v:
        return "MAILBOX"
    if _OFFICE.search(v):
        return "OFFICE_HOLDER"
    if _LAW.search(v):
        return "LAW"
    if re.search(r"\d", v) and re.fullmatch(r"[0-9 \-]+", v):
        return "PHONE_GENERAL"
    if re.search(r"\d", v) or v.startswith("rotterdam.nl") or v.startswith("politie.nl") or v.startswith("@"):
        return "REFERENCE"
    if _STREET.search(v):
        return "STREET"
    return "ORG_PLACE_TERM"


def person_probes(v):
    raw = re.findall(r"[^\s,()]+", v)
    toks, i = [], 0
    while i < len(raw):  # "Smulders-van Aken": a hyphen + particle joins the following words
        t = raw[i]
        while re.search(r"-(van|de|der|den|ter|ten)$", t) and i + 1 < len(raw):
            i += 1
            t = t + " " + raw[i]
        toks.append(t)
        i += 1
    res = []
    for t in toks:
        t2 = t.strip(".,;:")
        if not t2 or t in PARTICLES or t.lower() in PARTICLES or t2 in PARTICLES or t2.lower() in PARTICLES:
            continue
        if re.fullmatch(r"(?:[A-Z]\.)+[A-Z]?\.?", t) or re.fullmatch(r"[A-Z]\.?", t2):
            continue  # initials alone are not used as probes
        res.append(t2)
    return res


def probes_for(kind, v):
    if kind in TOKEN_KINDS:
        toks = person_probes(v)
        # a surname with particle such as "van der Sluis" stays one probe when lower-case particles lead
        return toks
    return [v]


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ---------------------------------------------------------------- reportlab producer
def rl_styles(font, size):
    b = BOLD.get(font, font)
    return {
        "p": ParagraphStyle("p", fontName=font, fontSize=size, leading=size * 1.32, spaceAfter=size * 0.55),
        "h": ParagraphStyle("h", fontName=b, fontSize=size + 3, leading=(size + 3) * 1.3, spaceAfter=5,
                            spaceBefore=4),
        "h2": ParagraphStyle("h2", fontName=b, fontSize=size + 0.5, leading=(size + 1) * 1.3, spaceAfter=3,
                             spaceBefore=5),
        "small": ParagraphStyle("s", fontName=font, fontSize=size - 1.5, leading=(size - 1.5) * 1.25),
        "cell": ParagraphStyle("c", fontName=font, fontSize=size - 1, leading=(size - 1) * 1.25),
        "cellb": ParagraphStyle("cb", fontName=b, fontSize=size - 1, leading=(size - 1) * 1.25),
        "right": ParagraphStyle("r", fontName=font, fontSize=size - 1, leading=(size - 1) * 1.3,
                                alignment=TA_RIGHT),
        "mono": ParagraphStyle("m", fontName="LibMono" if font != "Courier" else "Courier",
                               fontSize=size - 1.5, leading=(size - 1.5) * 1.3),
    }


class FormField(Flowable):
    """A label and an AcroForm text field whose value is NOT in the page content."""

    def __init__(self, label, value, name, font, width=160 * mm):
        super().__init__()
        self.label, self.value, self.name, self.font, self.w = label, value, name, font, width

    def wrap(self, aw, ah):
        return self.w, 20

    def draw(self):
        c = self.canv
        c.setFont(self.font, 9)
        c.drawString(0, 6, self.label)
        c.acroForm.textfield(name=self.name, value=self.value, x=62 * mm,
                             y=1, width=self.w - 62 * mm, height=15, fontSize=9,
                             borderWidth=0.5, relative=True, borderColor=colors.grey,
                             fillColor=colors.whitesmoke)


class ImageFlow(Flowable):
    def __init__(self, img_path, w, h):
        super().__init__()
        self.p, self.w_, self.h_ = img_path, w, h

    def wrap(self, aw, ah):
        return self.w_, self.h_

    def draw(self):
        self.canv.drawImage(str(self.p), 0, 0, self.w_, self.h_)


def build_story(d, st):
    story = []
    for kind, args, kw in d.blocks:
        if kind == "p":
            story.append(Paragraph(esc(d.mk(args[0])).replace("\n", "<br/>"), st[kw.get("style", "p")]))
        elif kind == "h":
            story.append(Paragraph(esc(d.mk(args[0])), st["h"]))
        elif kind == "h2":
            story.append(Paragraph(esc(d.mk(args[0])), st["h2"]))
        elif kind == "mono":
            txt = d.mk(args[0])
            story.append(Preformatted(txt, st["mono"]))
            story.append(Spacer(1, 4))
        elif kind == "sp":
            story.append(Spacer(1, args[0]))
        elif kind == "pb":
            story.append(PageBreak())
        elif kind == "t":
            rows = args[0]
            head = kw.get("head", True)
            data = []
            for ri, r in enumerate(rows):
                data.append([Paragraph(esc(d.mk(c)).replace("\n", "<br/>"),
                                       st["cellb" if (head and ri == 0) or (kw.get("labels") and ci == 0)
                                          else "cell"]) for ci, c in enumerate(r)])
            cw = kw.get("cw")
            if cw:
                cw = [x * mm for x in cw]
            t = Table(data, colWidths=cw, repeatRows=1 if head else 0, hAlign="LEFT")
            style = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                     ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                     ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
            if kw.get("grid", True):
                style.append(("GRID", (0, 0), (-1, -1), 0.4, colors.grey))
            if head:
                style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(kw.get("hc", "#dde4ee"))))
            t.setStyle(TableStyle(style))
            story.append(t)
            story.append(Spacer(1, 6))
        elif kind == "field":
            label, value, name = args
            for kind_, probe_ in kw.get("probes", []):
                d.hidden(kind_, value, probe_, "annotations")
            story.append(FormField(label, value, name, d.font))
        elif kind == "img":
            story.append(ImageFlow(*args))
        elif kind == "sig":
            story.append(ImageFlow(signature_png(args[0], d.stem), 52 * mm, 13 * mm))
        else:
            raise ValueError(kind)
    return story


def render_rl(d, path):
    st = rl_styles(d.font, d.size)
    story = build_story(d, st)
    hdr = d.opts.get("header")
    ftr = d.opts.get("footer")

    def on_page(c, doc):
        c.saveState()
        if hdr:
            c.setFont(BOLD.get(d.font, d.font), 11)
            c.setFillColor(colors.HexColor(d.opts.get("hcolor", "#006a4e")))
            c.drawString(20 * mm, 285 * mm, hdr)
            c.setFillColor(colors.black)
            if d.opts.get("header2"):
                c.setFont(d.font, 8)
                c.drawString(20 * mm, 280.5 * mm, d.opts["header2"])
        if ftr:
            c.setFont(d.font, 7.5)
            c.drawString(20 * mm, 10 * mm, ftr)
        c.setFont(d.font, 7.5)
        c.drawRightString(190 * mm, 10 * mm, f"{doc.page}")
        c.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=(28 if hdr else 18) * mm, bottomMargin=18 * mm,
                            title=d.title, author=d.author, creator=d.opts.get("creator", "Microsoft Word"),
                            subject=d.opts.get("subject", ""))
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


# ---------------------------------------------------------------- python-docx -> LibreOffice producer
def render_docx(d, path_docx):
    import docx
    from docx.shared import Pt, Mm

    doc = docx.Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Mm(297), Mm(210)
    sec.left_margin = sec.right_margin = Mm(22)
    sec.top_margin, sec.bottom_margin = Mm(18), Mm(18)
    font = d.opts.get("docx_font", "Liberation Sans")
    stl = doc.styles["Normal"]
    stl.font.name = font
    stl.font.size = Pt(d.size)
    doc.core_properties.author = d.author
    doc.core_properties.title = d.title
    doc.core_properties.last_modified_by = d.opts.get("last_modified_by", d.author)
    if d.opts.get("header"):
        hp = sec.header.paragraphs[0]
        r = hp.add_run(d.opts["header"])
        r.bold = True
        r.font.size = Pt(11)
    if d.opts.get("footer"):
        fp = sec.footer.paragraphs[0]
        r = fp.add_run(d.opts["footer"])
        r.font.size = Pt(7.5)
    for kind, args, kw in d.blocks:
        if kind == "p":
            p = doc.add_paragraph()
            lines = d.mk(args[0]).split("\n")
            for i, ln in enumerate(lines):
                run = p.add_run(ln)
                if kw.get("style") == "small":
                    run.font.size = Pt(d.size - 1.5)
                if i < len(lines) - 1:
                    run.add_break()
        elif kind in ("h", "h2"):
            p = doc.add_paragraph()
            r = p.add_run(d.mk(args[0]))
            r.bold = True
            r.font.size = Pt(d.size + (3 if kind == "h" else 0.5))
        elif kind == "mono":
            p = doc.add_paragraph()
            lines = d.mk(args[0]).split("\n")
            for i, ln in enumerate(lines):
                run = p.add_run(ln)
                run.font.name = "Liberation Mono"
                run.font.size = Pt(d.size - 1.5)
                if i < len(lines) - 1:
                    run.add_break()
        elif kind == "sp":
            doc.add_paragraph()
        elif kind == "sig":
            doc.add_picture(str(signature_png(args[0], d.stem)), width=Mm(52))
        elif kind == "pb":
            doc.add_page_break()
        elif kind == "t":
            rows = args[0]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            cw = kw.get("cw")
            for ri, r in enumerate(rows):
                for ci, c in enumerate(r):
                    cell = t.cell(ri, ci)
                    cell.text = ""
                    lines = d.mk(c).split("\n")
                    par = cell.paragraphs[0]
                    for li, ln in enumerate(lines):
                        run = par.add_run(ln)
                        run.font.size = Pt(d.size - 1)
                        if (kw.get("head", True) and ri == 0) or (kw.get("labels") and ci == 0):
                            run.bold = True
                        if li < len(lines) - 1:
                            run.add_break()
                    if cw:
                        cell.width = Mm(cw[ci])
            doc.add_paragraph()
        else:
            raise ValueError(kind)
    doc.save(str(path_docx))


def soffice_convert(docx_paths, outdir):
    if not docx_paths:
        return
    prof = Path(tempfile.mkdtemp(prefix="lo-cp-"))
    cmd = ["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
           "--outdir", str(outdir)] + [str(p) for p in docx_paths]
    subprocess.run(cmd, check=True, capture_output=True, timeout=600)
    shutil.rmtree(prof, ignore_errors=True)


# ---------------------------------------------------------------- scans (image-only PDFs)
def make_scan(src_pdf, out_pdf, seed, dpi=150, angle=0.6, quality=55, noise=9):
    from PIL import Image, ImageFilter
    import pypdfium2 as pdfium

    rnd = random.Random(seed)
    pdf = pdfium.PdfDocument(str(src_pdf))
    pages = []
    for i in range(len(pdf)):
        img = pdf[i].render(scale=dpi / 72).to_pil().convert("L")
        img = img.rotate(rnd.uniform(-angle, angle), resample=Image.BICUBIC, expand=False, fillcolor=255)
        px = img.load()
        w, h = img.size
        for _ in range(w * h // 60):
            x, y = rnd.randrange(w), rnd.randrange(h)
            v = px[x, y]
            px[x, y] = max(0, min(255, v + rnd.randint(-noise * 6, noise * 2)))
        img = img.filter(ImageFilter.GaussianBlur(0.35))
        # a faint grey cast like a photocopy
        img = img.point(lambda v: int(v * 0.93 + 10))
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=quality)
        buf.seek(0)
        pages.append(Image.open(buf).convert("L"))
    pdf.close()
    pages[0].save(str(out_pdf), "PDF", resolution=dpi, save_all=True, append_images=pages[1:])


# ---------------------------------------------------------------- post-processing (hidden channels)
def postprocess(d, path):
    import pikepdf

    pp = d.opts.get("post")
    if not pp:
        return
    with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
        if "info" in pp:
            for k, v in pp["info"].items():
                pdf.docinfo[k] = v
        if "xmp" in pp:
            with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
                for k, v in pp["xmp"].items():
                    meta[k] = v
        if "outline" in pp:
            with pdf.open_outline() as ol:
                for title, pg in pp["outline"]:
                    ol.root.append(pikepdf.OutlineItem(title, pg))
        if "annots" in pp:
            for pg, rect, author, text in pp["annots"]:
                page = pdf.pages[pg]
                an = pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                                        Rect=pikepdf.Array(rect), Contents=pikepdf.String(text),
                                        T=pikepdf.String(author), Name=pikepdf.Name.Comment,
                                        F=4)
                an = pdf.make_indirect(an)
                if "/Annots" not in page.obj:
                    page.obj.Annots = pdf.make_indirect(pikepdf.Array())
                page.obj.Annots.append(an)
        if "links" in pp:
            for pg, rect, uri in pp["links"]:
                page = pdf.pages[pg]
                an = pdf.make_indirect(pikepdf.Dictionary(
                    Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Link, Rect=pikepdf.Array(rect),
                    Border=pikepdf.Array([0, 0, 0]),
                    A=pikepdf.Dictionary(S=pikepdf.Name.URI, URI=pikepdf.String(uri))))
                if "/Annots" not in page.obj:
                    page.obj.Annots = pdf.make_indirect(pikepdf.Array())
                page.obj.Annots.append(an)
        pdf.save(str(path))


# ---------------------------------------------------------------- signature images (not probed)
def signature_png(text, seed):
    from PIL import Image, ImageDraw, ImageFont

    rnd = random.Random(seed)
    f = ImageFont.truetype(_FONTS["Femke"], 64)
    img = Image.new("L", (520, 130), 255)
    dr = ImageDraw.Draw(img)
    dr.text((12, 18), text, font=f, fill=25)
    x = 20
    pts = []
    while x < 480:
        pts.append((x, 105 + rnd.randint(-6, 6)))
        x += 40
    dr.line(pts, fill=40, width=3)
    img = img.rotate(rnd.uniform(-4, 4), fillcolor=255)
    p = Path(tempfile.mkdtemp(prefix="cp-sig-")) / "sig.png"
    img.save(p)
    return p


# ---------------------------------------------------------------- gold
def build_gold(d, pdf_path, ocr=False):
    text, npages = text_pdfium(pdf_path)
    red_items, seen_probe = [], set()
    byval = {}
    for kind, val in d.redact:
        byval.setdefault((kind, val), None)
    for (kind, val) in byval:
        probes = []
        for pt in probes_for(kind, val):
            if pt in seen_probe:
                continue
            seen_probe.add(pt)
            pr = {"text": pt, "word": True, "after": 0}
            if ocr:
                pr["ocr"] = True
                if kind not in TOKEN_KINDS:  # OCR may glue a table rule to a number
                    pr["word"] = False
            probes.append(pr)
        if probes:
            red_items.append({"kind": kind, "value": val, "probes": probes})
    if ocr:  # only probes that OCR of the original can read are checkable
        from evaluate import extract_channels, channel_counts
        ch = extract_channels(pdf_path, ocr="auto")["channels"]
        for it in red_items:
            keep_p = []
            for pr in it["probes"]:
                if channel_counts(ch, pr).get("ocr"):
                    keep_p.append(pr)
                else:
                    print(f"  note {d.stem}: OCR does not read {pr['text']!r}; probe left out")
            it["probes"] = keep_p
        red_items = [it for it in red_items if it["probes"]]
    claims = {}
    for kind, val, pt, ch in d.extra_redact:
        if pt in seen_probe:
            continue
        seen_probe.add(pt)
        red_items.append({"kind": kind, "value": val, "probes": [{"text": pt, "word": True, "after": 0}]})
        claims[pt] = ch
    # redact probes must not occur outside redact spans in the source text
    problems = []
    masked = norm(" \n ".join(_mask(src) for src, _ in d.plain))
    for it in red_items:
        for pr in it["probes"]:
            if pr["text"] in claims:
                continue
            c = count_in(masked, pr)
            if c:
                problems.append(f"{d.stem}: redact probe {pr['text']!r} occurs {c}x outside redact spans")
    # keep probes
    keep_items, seen_k = [], set()
    if not ocr:
        red_spans = []
        for it in red_items:
            for pr in it["probes"]:
                for m in probe_regex(pr["text"], True).finditer(text):
                    red_spans.append(m.span())
        for kind, val in d.keep:
            if kind == "TERM":
                kind = keep_kind(val)
            if val in seen_k:
                continue
            seen_k.add(val)
            pr = {"text": val, "word": True}
            rx = probe_regex(val, True)
            ms = list(rx.finditer(text))
            if not ms:
                problems.append(f"{d.stem}: keep probe {val!r} not found in PDFium text")
                continue
            if any(a < e and s < b for (a, b) in [m.span() for m in ms] for (s, e) in red_spans):
                print(f"  note {d.stem}: keep probe {val!r} overlaps a redact probe; dropped")
                continue
            pr["after"] = len(ms)
            keep_items.append({"kind": kind, "value": val, "probes": [pr]})
    gold = {"doc": pdf_path.name, "pages": npages, "title": d.title, "redact": red_items, "keep": keep_items}
    return gold, claims, problems


def _mask(src):
    return _MK.sub(lambda m: "\u2588" if m.group(1) is not None else (m.group(2).rsplit("|", 1)[0]
                                                                        if "|" in m.group(2) else m.group(2)), src)


# ---------------------------------------------------------------- main
def main(argv):
    import content

    docs = content.all_docs()
    want = set(argv)
    if want:
        docs = [d for d in docs if d.stem in want]
    DOCS_DIR.mkdir(exist_ok=True)
    GOLD_DIR.mkdir(exist_ok=True)
    claims_path = HERE / "claims.json"
    claims_all = json.loads(claims_path.read_text()) if (claims_path.exists() and want) else {}
    tmp = Path(tempfile.mkdtemp(prefix="cp-build-"))
    docx_list = []
    for d in docs:
        out = DOCS_DIR / f"{d.stem}.pdf"
        if d.producer == "rl":
            render_rl(d, out)
        elif d.producer == "docx":
            p = tmp / f"{d.stem}.docx"
            render_docx(d, p)
            docx_list.append(p)
        elif d.producer == "scan":
            src = tmp / f"{d.stem}-src.pdf"
            render_rl(d, src)
            make_scan(src, out, seed=d.stem, **d.opts.get("scan", {}))
        else:
            raise ValueError(d.producer)
    soffice_convert(docx_list, DOCS_DIR)
    all_problems = []
    for d in docs:
        out = DOCS_DIR / f"{d.stem}.pdf"
        postprocess(d, out)
        gold, claims, problems = build_gold(d, out, ocr=(d.producer == "scan"))
        all_problems += problems
        (GOLD_DIR / f"{d.stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                                 encoding="utf-8")
        claims_all[f"{d.stem}.pdf"] = claims
        nr = sum(len(i["probes"]) for i in gold["redact"])
        nk = sum(len(i["probes"]) for i in gold["keep"])
        print(f"{d.stem}: pages={gold['pages']} redact={nr} keep={nk}")
    claims_path.write_text(json.dumps(claims_all, ensure_ascii=False, indent=1, sort_keys=True) + "\n")
    shutil.rmtree(tmp, ignore_errors=True)
    for p in all_problems:
        print("PROBLEM", p)
    print(f"generation problems={len(all_problems)}")


if __name__ == "__main__":
    main(sys.argv[1:])
