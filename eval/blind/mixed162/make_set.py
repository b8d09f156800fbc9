"""Rebuild blind set mixed162 (harbour incident with oil spill, Harlingen): docs/ and gold/.

    /work/main/.venv/bin/python make_set.py

Documents are defined in content.py as lines of text. Redact probes are the entries of content.PII
that occur in a document (PDFium text, or the hidden channel / OCR they are placed in); keep probes are
the entries of content.KEEP that occur, with 'after' counted by the evaluator's own functions. A keep
probe that touches any redact occurrence is dropped automatically (no overlap with redacted text).
"""
from __future__ import annotations

import io
import json
import random
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, extract_channels, norm, probe_regex, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import content  # noqa: E402

DOCS = HERE / "docs"
GOLD = HERE / "gold"
TMP = Path("/tmp/s162_build")
FONTDIR = "/usr/share/fonts/truetype/dejavu/"


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def build_reportlab(d, path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.lib import colors
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle, PageBreak
    font, bold = "Helvetica", "Helvetica-Bold"
    if d.get("font") == "dejavu":
        pdfmetrics.registerFont(TTFont("DV", FONTDIR + "DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("DVB", FONTDIR + "DejaVuSans-Bold.ttf"))
        font, bold = "DV", "DVB"
    elif d.get("font") == "serif":
        pdfmetrics.registerFont(TTFont("DVS", FONTDIR + "DejaVuSerif.ttf"))
        pdfmetrics.registerFont(TTFont("DVSB", FONTDIR + "DejaVuSerif-Bold.ttf"))
        font, bold = "DVS", "DVSB"
    elif d.get("font") == "times":
        font, bold = "Times-Roman", "Times-Bold"
    fs = d.get("size", 10)
    st = ParagraphStyle("b", fontName=font, fontSize=fs, leading=fs * 1.3, spaceAfter=3)
    sh = ParagraphStyle("h", fontName=bold, fontSize=fs + 3, leading=(fs + 3) * 1.3, spaceAfter=6, spaceBefore=4)
    sc = ParagraphStyle("c", fontName=font, fontSize=fs - 1.5, leading=(fs - 1.5) * 1.25)
    story = []
    rows = []

    def flush():
        if rows:
            t = Table([[Paragraph(esc(c), sc) for c in r] for r in rows], repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6ee")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
            story.append(Spacer(1, 6))
            rows.clear()
    for ln in d["lines"]:
        if ln.startswith("|"):
            rows.append([c.strip() for c in ln.strip("|").split("|")])
            continue
        flush()
        if ln.startswith("# "):
            story.append(Paragraph(esc(ln[2:]), sh))
        elif ln == "===":
            story.append(PageBreak())
        elif ln == "":
            story.append(Spacer(1, 5))
        else:
            story.append(Paragraph(esc(ln), st))
    flush()
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm, title=d.get("title", ""),
                            author=d.get("author", ""))
    form = d.get("form")

    def onpage(c, _doc):
        if form and c.getPageNumber() == 1:
            c.setFont("Helvetica", 9)
            y = 330
            for name, label, value in form:
                c.drawString(62, y + 5, label)
                c.acroForm.textfield(name=name, value=value, x=230, y=y, width=290, height=18,
                                     fontName="Helvetica", fontSize=9, borderWidth=0.5)
                y -= 26
    doc.build(story, onFirstPage=onpage, onLaterPages=onpage)


def build_docx(d, path):
    import docx
    from docx.shared import Pt
    TMP.mkdir(parents=True, exist_ok=True)
    doc = docx.Document()
    doc.styles["Normal"].font.name = "Liberation Sans"
    doc.styles["Normal"].font.size = Pt(10)
    doc.core_properties.author = d.get("author", "")
    doc.core_properties.title = d.get("title", "")
    rows = []

    def flush():
        if rows:
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
            rows.clear()
    for ln in d["lines"]:
        if ln.startswith("|"):
            rows.append([c.strip() for c in ln.strip("|").split("|")])
            continue
        flush()
        if ln.startswith("# "):
            doc.add_heading(ln[2:], level=2)
        elif ln == "===":
            doc.add_page_break()
        else:
            doc.add_paragraph(ln)
    flush()
    src = TMP / (d["stem"] + ".docx")
    doc.save(src)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s162_lo", "--headless", "--convert-to", "pdf",
                    "--outdir", str(TMP), str(src)], check=True, capture_output=True, timeout=180)
    (TMP / (d["stem"] + ".pdf")).replace(path)


def build_scan(d, path):
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    W, H = 1654, 2339  # A4 at 200 dpi
    img = Image.new("L", (W, H), 246)
    dr = ImageDraw.Draw(img)
    f = ImageFont.truetype(FONTDIR + ("DejaVuSerif.ttf" if d.get("font") == "serif" else "DejaVuSans.ttf"), 30)
    fh = ImageFont.truetype(FONTDIR + "DejaVuSans-Oblique.ttf", 36)
    y = 140
    for ln in d["lines"]:
        hand = ln.startswith("~")
        t = ln[1:] if hand else ln
        if t.startswith("# "):
            dr.text((130, y), t[2:], fill=20, font=ImageFont.truetype(FONTDIR + "DejaVuSans-Bold.ttf", 38))
            y += 62
            continue
        if "~" in t:  # a typed name followed by a handwritten paraph in the next column
            left, right = t.split("~", 1)
            dr.text((130, y), left.rstrip(), fill=25, font=f)
            dr.text((760, y - 4), right, fill=45, font=fh)
            y += 52
            continue
        dr.text((130 + (40 if hand else 0), y), t, fill=(45 if hand else 25), font=fh if hand else f)
        y += 52 if hand else 44
    rnd = random.Random(d["stem"])
    img = img.rotate(rnd.uniform(-1.2, 1.2), fillcolor=246, resample=Image.BICUBIC)
    buf = io.BytesIO()
    img.convert("RGB").save(buf, "JPEG", quality=80)
    buf.seek(0)
    from reportlab.lib.utils import ImageReader
    c = canvas.Canvas(str(path), pagesize=A4)
    c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()


def post(d, path):
    import pikepdf
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
            if d.get("xmp_creator"):
                meta["dc:creator"] = [d["xmp_creator"]]
            meta["xmp:CreatorTool"] = d.get("creator", "Microsoft® Word voor Microsoft 365")
        info = pdf.docinfo
        info["/Producer"] = d.get("producer", "Microsoft® Word voor Microsoft 365")
        info["/Creator"] = d.get("creator", "Microsoft® Word voor Microsoft 365")
        if "author" in d:
            info["/Author"] = d["author"]
        elif "/Author" in info:
            del info["/Author"]
        if d.get("outline"):
            with pdf.open_outline() as ol:
                for title, pg in d["outline"]:
                    ol.root.append(pikepdf.OutlineItem(title, min(pg, len(pdf.pages) - 1)))
        for (pg, x, y, who, txt) in d.get("notes", []):
            page = pdf.pages[pg]
            annot = pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                                       Rect=[x, y, x + 20, y + 20], T=pikepdf.String(who),
                                       Contents=pikepdf.String(txt), Name=pikepdf.Name.Comment,
                                       C=[1, 0.85, 0.2])
            if "/Annots" not in page.obj:
                page.obj["/Annots"] = pikepdf.Array()
            page.obj["/Annots"].append(pdf.make_indirect(annot))
        pdf.save(path, fix_metadata_version=False)


def spans(text, probes):
    out = []
    for p in probes:
        for m in probe_regex(p["text"], p.get("word", True)).finditer(text):
            out.append((m.start(), m.end()))
    return out


def make_gold(d, path):
    text, pages = text_pdfium(path)
    kind = d.get("kind", "text")
    hid = {}
    if kind == "scan" or d.get("notes") or d.get("outline") or d.get("form") or d.get("author") or d.get("xmp_creator"):
        hid = extract_channels(path, ocr="auto" if kind == "scan" else "off")["channels"]
    redact = []
    for k, value, ptxt in content.PII:
        pr = {"text": ptxt, "word": True, "after": 0}
        if kind == "scan":
            from evaluate import ocr_count
            if hid.get("ocr") and ocr_count(hid["ocr"], pr) > 0:
                redact.append({"kind": k, "value": value, "channel": "ocr", "probes": [dict(pr, ocr=True)]})
            continue
        if count_in(text, pr) > 0:
            redact.append({"kind": k, "value": value, "probes": [pr]})
            continue
        for ch in ("metadata", "outline", "annotations"):
            if hid.get(ch) and count_in(hid[ch], pr) > 0:
                redact.append({"kind": k, "value": value, "channel": ch, "probes": [pr]})
                break
    rs = spans(text, [p for it in redact if "channel" not in it for p in it["probes"]])
    keep = []
    for k, value in content.KEEP:
        pr = {"text": value, "word": True}
        n = count_in(text, pr)
        if n == 0:
            continue
        ks = spans(text, [pr])
        if any(a < e and s < b for a, b in ks for s, e in rs):
            continue
        if any(count_in(value, p) for it in redact for p in it["probes"]):
            continue
        pr["after"] = n
        keep.append({"kind": k, "value": value, "probes": [pr]})
    missing = [m for m in d.get("expect", []) if not any(it["probes"][0]["text"] == m for it in redact)]
    return {"doc": path.name, "pages": pages, "redact": redact, "keep": keep}, missing


def main(argv):
    DOCS.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    tot = [0, 0, 0, 0]
    for d in content.DOCS:
        if argv and not any(d["stem"].startswith(a) for a in argv):
            continue
        path = DOCS / (d["stem"] + ".pdf")
        {"text": build_reportlab, "docx": build_docx, "scan": build_scan}[d.get("kind", "text")](d, path)
        post(d, path)
        gold, missing = make_gold(d, path)
        (GOLD / (d["stem"] + ".json")).write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", "utf-8")
        nr = sum(len(i["probes"]) for i in gold["redact"])
        nk = sum(len(i["probes"]) for i in gold["keep"])
        tot = [tot[0] + 1, tot[1] + gold["pages"], tot[2] + nr, tot[3] + nk]
        print(f"{d['stem']}: pages={gold['pages']} redact={nr} keep={nk}" + (f" MISSING {missing}" if missing else ""))
    print("docs=%d pages=%d redact=%d keep=%d" % tuple(tot))


if __name__ == "__main__":
    main(sys.argv[1:])
