"""Builders and gold logic for set FD (mixed228). See make_set.py."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, extract_channels, probe_regex, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
TMP = Path("/tmp/s228_build")
FONTDIR = "/usr/share/fonts/truetype/dejavu/"


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ----------------------------------------------------------------------------------------------
# producers
# ----------------------------------------------------------------------------------------------
def build_reportlab(path, blocks, font="Helvetica", acro=None):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                    TableStyle)
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    bold = {"Times-Roman": "Times-Bold", "Helvetica-Bold": "Helvetica-Bold"}.get(font, font + "-Bold")
    if font.startswith("DejaVu"):
        pdfmetrics.registerFont(TTFont(font, FONTDIR + font + ".ttf"))
        pdfmetrics.registerFont(TTFont(bold, FONTDIR + font + "-Bold.ttf"))
    st = ParagraphStyle("b", fontName=font, fontSize=10, leading=13.5, spaceAfter=5)
    hs = ParagraphStyle("h", fontName=bold, fontSize=12.5, leading=16, spaceAfter=7, spaceBefore=4)
    cs = ParagraphStyle("c", fontName=font, fontSize=8.5, leading=10.5)
    story = []
    for b in blocks:
        if isinstance(b, str):
            story.append(Paragraph(esc(b), st))
        elif b[0] == "h":
            story.append(Paragraph(esc(b[1]), hs))
        elif b[0] == "pb":
            story.append(PageBreak())
        elif b[0] == "sp":
            story.append(Spacer(1, b[1] if len(b) > 1 else 10))
        elif b[0] == "t":
            rows = [[Paragraph(esc(c), cs) for c in r] for r in b[1]]
            t = Table(rows, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6ee")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
            story.append(Spacer(1, 8))
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=60, rightMargin=60, topMargin=60,
                            bottomMargin=60)
    if acro:
        def onfirst(c, d):
            form = c.acroForm
            y = 330
            for name, label, value in acro:
                c.setFont("Helvetica", 9)
                c.drawString(62, y + 5, label)
                form.textfield(name=name, tooltip=label, x=230, y=y, width=300, height=18,
                               value=value, fontName="Helvetica", fontSize=9, borderWidth=0.5)
                y -= 24
        doc.build(story, onFirstPage=onfirst)
    else:
        doc.build(story)


def build_docx(path_docx, blocks):
    import docx
    from docx.shared import Pt

    d = docx.Document()
    d.styles["Normal"].font.name = "Liberation Sans"
    d.styles["Normal"].font.size = Pt(10.5)
    for b in blocks:
        if isinstance(b, str):
            d.add_paragraph(b)
        elif b[0] == "h":
            d.add_heading(b[1], level=2)
        elif b[0] == "pb":
            d.add_page_break()
        elif b[0] == "sp":
            d.add_paragraph("")
        elif b[0] == "t":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
    d.save(str(path_docx))


def soffice(src, outdir, fmt="pdf"):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s228_lo", "--headless",
                    "--convert-to", fmt, "--outdir", str(outdir), str(src)],
                   check=True, capture_output=True, timeout=180)


def build_scan(path, blocks, angle=0.6, hand=()):
    """Image-only page: text drawn into a bitmap, rotated, JPEG, placed full-page."""
    from PIL import Image, ImageDraw, ImageFont
    from reportlab import rl_config
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    rl_config.invariant = 1
    W, H = 1654, 2339
    img = Image.new("L", (W, H), 246)
    dr = ImageDraw.Draw(img)
    f = ImageFont.truetype(FONTDIR + "DejaVuSerif.ttf", 30)
    fb = ImageFont.truetype(FONTDIR + "DejaVuSerif-Bold.ttf", 36)
    fh = ImageFont.truetype(FONTDIR + "DejaVuSerif-Italic.ttf", 38)
    y = 150
    import textwrap
    for b in blocks:
        if isinstance(b, str):
            font = fh if b in hand else f
            for line in textwrap.wrap(b, 78) or [""]:
                dr.text((140, y), line, font=font, fill=25)
                y += 46
            y += 14
        elif b[0] == "h":
            dr.text((140, y), b[1], font=fb, fill=15)
            y += 64
        elif b[0] == "t":
            for r in b[1]:
                x = 140
                widths = b[2]
                for c, w in zip(r, widths):
                    dr.text((x, y), c, font=f, fill=25)
                    x += w
                dr.line((140, y + 40, W - 140, y + 40), fill=150)
                y += 52
            y += 20
        elif b[0] == "sp":
            y += 40
    img = img.rotate(angle, resample=Image.BICUBIC, fillcolor=240)
    TMP.mkdir(exist_ok=True, parents=True)
    jp = TMP / (path.stem + ".jpg")
    img.save(jp, "JPEG", quality=72)
    c = canvas.Canvas(str(path), pagesize=A4)
    c.drawImage(str(jp), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()


def postprocess(path, producer=None, creator=None, author=None, xmp_creator=None, title=None,
                outline=None, notes=None):
    import pikepdf

    with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
        info = pdf.docinfo
        for k in list(info.keys()):
            if k in ("/Author", "/Creator", "/Producer", "/Title", "/Subject"):
                del info[k]
        info["/CreationDate"] = "D:20260402101500+02'00'"
        info["/ModDate"] = "D:20260402101500+02'00'"
        if producer:
            info["/Producer"] = producer
        if creator:
            info["/Creator"] = creator
        if author:
            info["/Author"] = author
        if title:
            info["/Title"] = title
        if xmp_creator is not None or "/Metadata" in pdf.Root:
            with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as m:
                for k in list(m.keys()):
                    if "creator" in k.lower() and "tool" not in k.lower():
                        del m[k]
                if xmp_creator:
                    m["dc:creator"] = [xmp_creator]
                if producer:
                    m["pdf:Producer"] = producer
                for key in list(m.keys()):
                    if key.endswith(("CreateDate", "ModifyDate", "MetadataDate")):
                        m[key] = "2026-04-02T10:15:00+02:00"
                    if key.endswith(("DocumentID", "InstanceID")):
                        m[key] = "uuid:00000000-0000-4000-8000-000000000228"
        if outline:
            with pdf.open_outline() as ol:
                ol.root.clear()
                for t, pg in outline:
                    ol.root.append(pikepdf.OutlineItem(t, pg))
        if notes:
            for pg, x, y, who, txt in notes:
                page = pdf.pages[pg]
                a = pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                                       Rect=[x, y, x + 20, y + 20], T=pikepdf.String(who),
                                       Contents=pikepdf.String(txt), Open=False,
                                       Name=pikepdf.Name.Comment)
                if "/Annots" not in page.obj:
                    page.obj.Annots = pikepdf.Array()
                page.obj.Annots.append(pdf.make_indirect(a))
        pdf.save(str(path), deterministic_id=True)


# ----------------------------------------------------------------------------------------------
# gold
# ----------------------------------------------------------------------------------------------
def blocks_text(blocks):
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append(b)
        elif b[0] == "h":
            out.append(b[1])
        elif b[0] == "t":
            out += [" ".join(r) for r in b[1]]
    return "\n".join(out)


def spans(text, probe):
    return [m.span() for m in probe_regex(probe, True).finditer(text)]


def make_gold(doc, path, persons, keeps):
    """doc: dict with stem, blocks, scan, hidden (list of (kind, value, [probes], channel)),
    extra_redact, extra_keep. persons: registry {key: (kind, value, [probes])}; keeps: list of
    (kind, value, [probes]) searched in every document."""
    problems = []
    text, pages = text_pdfium(path)
    redact, keep = [], []
    rspans = []
    scan = doc.get("scan", False)
    src = text if not scan else blocks_text(doc["blocks"])
    from evaluate import norm
    src = norm(src)
    chans = None
    if scan or doc.get("hidden"):
        chans = extract_channels(path, ocr="auto" if scan else "off")["channels"]
    from evaluate import channel_counts
    items = list(persons.values()) + doc.get("extra_redact", [])
    for kind, value, probes in items:
        found = []
        for p in probes:
            if count_in(src, {"text": p, "word": True}) > 0:
                pr = {"text": p, "word": True, "after": 0}
                if scan:
                    pr["ocr"] = True
                    if not channel_counts(chans, pr).get("ocr"):
                        print(f"  (note) {doc['stem']}: OCR does not read {p!r}; not a probe")
                        continue
                found.append(pr)
                rspans += spans(text, p)
        if found:
            it = {"kind": kind, "value": value, "probes": found}
            if scan:
                it["channel"] = "ocr"
            redact.append(it)
    for kind, value, probes, ch in doc.get("hidden", []):
        prs = []
        for p in probes:
            pr = {"text": p, "word": True, "after": 0}
            if not channel_counts(chans, pr).get(ch):
                problems.append(f"{doc['stem']}: {p!r} not in {ch}")
            if count_in(text, pr):
                problems.append(f"{doc['stem']}: hidden {p!r} also in text")
            prs.append(pr)
        redact.append({"kind": kind, "value": value, "probes": prs, "channel": ch})
    for kind, value, probes in keeps + doc.get("extra_keep", []):
        prs = []
        for p in probes:
            n = count_in(text, {"text": p, "word": True})
            if n == 0:
                if (kind, value, probes) in doc.get("extra_keep", []):
                    problems.append(f"{doc['stem']}: keep {p!r} not in text")
                continue
            for s in spans(text, p):
                for r in rspans:
                    if s[0] < r[1] and r[0] < s[1]:
                        problems.append(f"{doc['stem']}: keep {p!r} overlaps a redact probe")
                        break
            prs.append({"text": p, "word": True, "after": n})
        if prs:
            keep.append({"kind": kind, "value": value, "probes": prs})
    return {"doc": path.name, "pages": pages, "redact": redact, "keep": keep}, problems
