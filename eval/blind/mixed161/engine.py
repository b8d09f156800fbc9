"""Build engine for set SH (mixed161): renders documents and writes gold with the evaluator's functions."""
from __future__ import annotations
import json, re, subprocess, sys, tempfile
from pathlib import Path
sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, probe_regex, text_pdfium, extract_channels, channel_counts  # noqa
import pikepdf
from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"; GOLD = HERE / "gold"
FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FD + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FD + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVS", FD + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("DVSB", FD + "DejaVuSerif-Bold.ttf"))
FONTS = {"helv": ("Helvetica", "Helvetica-Bold"), "times": ("Times-Roman", "Times-Bold"),
         "dv": ("DV", "DVB"), "dvs": ("DVS", "DVSB"), "cour": ("Courier", "Courier-Bold")}


def rl_build(path, blocks, font="helv", size=10):
    f, fb = FONTS[font]
    st = ParagraphStyle("b", fontName=f, fontSize=size, leading=size * 1.35, spaceAfter=4)
    sh = ParagraphStyle("h", fontName=fb, fontSize=size + 3, leading=(size + 3) * 1.3, spaceAfter=6, spaceBefore=4)
    story = []
    for b in blocks:
        if isinstance(b, list):  # table
            data = [[Paragraph(escape(c), st) for c in row] for row in b]
            t = Table(data, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dddddd")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [t, Spacer(1, 6)]
        elif b == "---":
            story.append(PageBreak())
        elif b.startswith("# "):
            story.append(Paragraph(escape(b[2:]), sh))
        else:
            story.append(Paragraph(escape(b).replace("\n", "<br/>"), st))
    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=60, rightMargin=60, topMargin=55, bottomMargin=55,
                      title="", author="").build(story)


def docx_build(path, blocks, author):
    import docx
    d = docx.Document()
    d.core_properties.author = author
    d.core_properties.last_modified_by = author
    for b in blocks:
        if isinstance(b, list):
            t = d.add_table(rows=len(b), cols=len(b[0])); t.style = "Table Grid"
            for i, row in enumerate(b):
                for j, c in enumerate(row):
                    t.cell(i, j).text = c
        elif b == "---":
            d.add_page_break()
        elif b.startswith("# "):
            d.add_heading(b[2:], level=2)
        else:
            d.add_paragraph(b)
    tmp = Path(tempfile.mkdtemp(prefix="s161_dx"))
    src = tmp / (path.stem + ".docx"); d.save(src)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s161_lo", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp), str(src)], capture_output=True, timeout=180)
    (tmp / (path.stem + ".pdf")).replace(path)


def scan_build(path, blocks, hand_lines=(), angle=0.6, seed=0):
    from PIL import Image, ImageDraw, ImageFont
    W, H = 1654, 2339
    img = Image.new("L", (W, H), 250)
    dr = ImageDraw.Draw(img)
    fnt = ImageFont.truetype(FD + "DejaVuSerif.ttf", 30)
    fh = ImageFont.truetype(FD + "DejaVuSans-Oblique.ttf", 36)
    y = 150
    for b in blocks:
        if isinstance(b, list):
            for row in b:
                x = 140
                for c in row:
                    dr.text((x, y), c, font=fnt, fill=20); x += (W - 280) // len(row)
                y += 48
            y += 20
            continue
        for line in b.split("\n"):
            dr.text((140, y), line.lstrip("# "), font=fnt, fill=20); y += 46
        y += 18
    for line in hand_lines:
        dr.text((200, y), line, font=fh, fill=40); y += 58
    img = img.rotate(angle, resample=Image.BICUBIC, fillcolor=250, expand=False)
    tmp = Path(tempfile.mkdtemp(prefix="s161_sc")) / "p.jpg"
    img.convert("RGB").save(tmp, quality=72)
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(path), pagesize=A4)
    c.drawImage(str(tmp), 0, 0, A4[0], A4[1]); c.showPage(); c.save()


def form_build(path, fields, title):
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica-Bold", 14); c.drawString(60, 790, title)
    c.setFont("Helvetica", 9)
    c.drawString(60, 772, "Gemeente Deventer - Team Schuldhulpverlening - Grote Kerkhof 4, 7411 KV Deventer - 14 0570")
    y = 735
    for i, (label, val) in enumerate(fields):
        c.setFont("Helvetica", 10); c.drawString(60, y + 5, label)
        c.acroForm.textfield(name=f"f{i}", value=val, x=240, y=y, width=290, height=18, fontSize=9,
                             borderWidth=0.5)
        y -= 30
    c.setFont("Helvetica", 9)
    c.drawString(60, y - 10, "Dit formulier valt onder de Wet gemeentelijke schuldhulpverlening (Wgs). Verwerking: zie privacyverklaring.")
    c.showPage(); c.save()


def post(path, producer=None, creator=None, author=None, xmp_creator=None, outline=(), annots=()):
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        if producer: pdf.docinfo["/Producer"] = producer
        if creator: pdf.docinfo["/Creator"] = creator
        if author is not None: pdf.docinfo["/Author"] = author
        if xmp_creator:
            with pdf.open_metadata(set_pikepdf_as_editor=False) as m:
                m["dc:creator"] = [xmp_creator]
                if producer: m["pdf:Producer"] = producer
        if outline:
            with pdf.open_outline() as ol:
                for t, pg in outline:
                    ol.root.append(pikepdf.OutlineItem(t, pg))
        for pg, x, y, who, txt in annots:
            a = pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                                   Rect=[x, y, x + 20, y + 20], T=pikepdf.String(who),
                                   Contents=pikepdf.String(txt), Open=False)
            page = pdf.pages[pg]
            if "/Annots" not in page.obj: page.obj["/Annots"] = pdf.make_indirect(pikepdf.Array())
            page.obj["/Annots"].append(pdf.make_indirect(a))
        pdf.save(path)


def spans(text, probe):
    return [m.span() for m in probe_regex(probe, True).finditer(text)]


def make_gold(d, registry, keeps):
    """d: dict with stem, hidden (list of (channel, kind, value, [probes])). Redact probes of the registry are
    included when they occur in the page text (or in OCR for scans); keep probes when they occur and overlap no
    redact probe occurrence."""
    path = DOCS / (d["stem"] + ".pdf")
    text, pages = text_pdfium(path)
    problems = []
    redact, rspans = [], []
    scan = d["kind"] == "scan"
    chans = extract_channels(path, ocr="auto")["channels"] if (scan or d.get("hidden")) else {}
    src = "\n".join(b if isinstance(b, str) else " ".join(" ".join(r) for r in b) for b in d["blocks"])
    src += "\n" + "\n".join(d.get("hand", ()))
    for kind, value, probes in registry:
        ps = []
        for p in probes:
            if scan:
                if count_in(src, {"text": p, "word": True}) and channel_counts(chans, {"text": p, "word": True, "ocr": True}).get("ocr"):
                    ps.append({"text": p, "word": True, "after": 0})
            elif count_in(text, {"text": p, "word": True}):
                ps.append({"text": p, "word": True, "after": 0}); rspans += spans(text, p)
        if ps:
            it = {"kind": kind, "value": value, "probes": ps}
            if scan:
                it["channel"] = "ocr"
                for q in ps: q["ocr"] = True
            redact.append(it)
    for ch, kind, value, probes in d.get("hidden", ()):
        ps = []
        for p in probes:
            pr = {"text": p, "word": True, "after": 0}
            if count_in(text, pr): problems.append(f"{d['stem']}: hidden {p!r} in text"); continue
            if not channel_counts(chans, pr).get(ch): problems.append(f"{d['stem']}: hidden {p!r} not in {ch}"); continue
            ps.append(pr)
        if ps: redact.append({"kind": kind, "value": value, "channel": ch, "probes": ps})
    keep = []
    for kind, value, probes in keeps:
        ps = []
        for p in probes:
            n = count_in(text, {"text": p, "word": True})
            if not n: continue
            ks = spans(text, p)
            if any(a < y and x < b for a, b in ks for x, y in rspans):
                problems.append(f"{d['stem']}: keep {p!r} overlaps redact (dropped)"); continue
            ps.append({"text": p, "word": True, "after": n})
        if ps: keep.append({"kind": kind, "value": value, "probes": ps})
    if scan and not redact: problems.append(f"{d['stem']}: no OCR probes")
    return {"doc": path.name, "pages": pages, "redact": redact, "keep": keep}, problems


def build(d):
    DOCS.mkdir(exist_ok=True)
    path = DOCS / (d["stem"] + ".pdf")
    k = d["kind"]
    if k == "rl": rl_build(path, d["blocks"], d.get("font", "helv"), d.get("size", 10))
    elif k == "docx": docx_build(path, d["blocks"], d.get("docx_author", ""))
    elif k == "scan": scan_build(path, d["blocks"], d.get("hand", ()), d.get("angle", 0.6))
    elif k == "form": form_build(path, d["fields"], d["title"]); d["blocks"] = [d["title"]] + [a + " " + b for a, b in d["fields"]]
    post(path, d.get("producer"), d.get("creator"), d.get("author", "" if k != "docx" else None), d.get("xmp"),
         d.get("outline", ()), d.get("annots", ()))
    return path
