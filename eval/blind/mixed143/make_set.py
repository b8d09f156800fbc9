"""Rebuild set KL (eval/blind/mixed143): integrity investigation after a whistleblower report.

    /work/main/.venv/bin/python make_set.py            # all documents
    /work/main/.venv/bin/python make_set.py kl03 kl27  # only these

Documents are described in content.py as plain lines (simple markup, see render_flow). Every keep
probe's 'after' is counted on the original's PDFium text with the evaluator's own functions; every
redact probe has after=0 and must occur in the channel it is claimed for; a keep probe may not lose
an occurrence when all redact probes are blanked out of the text (no overlap). check_gold.py re-checks.
Uses /tmp/s143_* scratch files and LibreOffice profile /tmp/s143_lo.
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
DOCS = HERE / "docs"
GOLD = HERE / "gold"
TMP = Path("/tmp/s143_build")
sys.path.insert(0, "/work/shared/eval")
sys.path.insert(0, str(HERE))
from evaluate import channel_counts, count_in, extract_channels, norm, probe_regex, text_pdfium  # noqa: E402

DEJAVU = "/usr/share/fonts/truetype/dejavu/"

from reportlab import rl_config  # noqa: E402

rl_config.invariant = 1


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ------------------------------------------------------------------ reportlab flow
def render_flow(d, path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                    TableStyle)
    from reportlab.lib import colors

    if d.get("font") == "dejavu":
        for n, f in (("DV", "DejaVuSans.ttf"), ("DVB", "DejaVuSans-Bold.ttf")):
            try:
                pdfmetrics.getFont(n)
            except KeyError:
                pdfmetrics.registerFont(TTFont(n, DEJAVU + f))
        fn, fb = "DV", "DVB"
    elif d.get("font") == "times":
        fn, fb = "Times-Roman", "Times-Bold"
    else:
        fn, fb = "Helvetica", "Helvetica-Bold"
    size = d.get("size", 9.5)
    st = ParagraphStyle("b", fontName=fn, fontSize=size, leading=size * 1.3, spaceAfter=3)
    mono = ParagraphStyle("m", parent=st, fontName="Courier" if fn != "DV" else fn, fontSize=size - 1)
    h1 = ParagraphStyle("h1", parent=st, fontName=fb, fontSize=size + 4, leading=size * 1.8, spaceAfter=6)
    h2 = ParagraphStyle("h2", parent=st, fontName=fb, fontSize=size + 1, spaceBefore=4)
    cell = ParagraphStyle("c", parent=st, fontSize=size - 1, leading=(size - 1) * 1.2, spaceAfter=0)
    story = []
    table = []
    outline = d.get("outline", {})

    class Mark(Paragraph):
        def __init__(self, text, style, key, title):
            super().__init__(text, style)
            self.key, self.title = key, title

        def draw(self):
            super().draw()
            self.canv.bookmarkPage(self.key)
            self.canv.addOutlineEntry(self.title, self.key, 0)

    def flush():
        nonlocal table
        if table:
            ncol = max(len(r) for r in table)
            rows = [[Paragraph(esc(c), cell) for c in r] + [""] * (ncol - len(r)) for r in table]
            t = Table(rows, repeatRows=1, hAlign="LEFT", colWidths=[170 * mm * f for f in d["colw"]] if d.get("colw") and len(d["colw"]) == ncol else [170 * mm / ncol] * ncol)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
            story.append(Spacer(1, 6))
            table = []

    for i, line in enumerate(d["lines"]):
        if line.startswith("|"):
            table.append([c.strip() for c in line.strip("|").split("|")])
            continue
        flush()
        if line == "---":
            story.append(PageBreak())
        elif line == "":
            story.append(Spacer(1, 6))
        elif line.startswith("# "):
            story.append(Paragraph(esc(line[2:]), h1))
        elif line.startswith("## "):
            t = line[3:]
            if t in outline:
                story.append(Mark(esc(t), h2, f"k{i}", outline[t]))
            else:
                story.append(Paragraph(esc(t), h2))
        elif line.startswith("> "):
            story.append(Paragraph(esc(line[2:]), mono))
        else:
            story.append(Paragraph(esc(line), st))
    flush()
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=18 * mm, bottomMargin=18 * mm, title=d.get("title", ""),
                            author=d.get("author", ""), creator=d.get("creator", ""))
    doc.build(story)


# ------------------------------------------------------------------ docx -> soffice
def render_docx(d, path):
    import docx
    from docx.shared import Pt

    doc = docx.Document()
    doc.core_properties.author = d.get("author", "")
    doc.core_properties.title = d.get("title", "")
    doc.styles["Normal"].font.name = "DejaVu Sans"
    doc.styles["Normal"].font.size = Pt(10)
    table = []

    def flush():
        nonlocal table
        if table:
            ncol = max(len(r) for r in table)
            t = doc.add_table(rows=len(table), cols=ncol)
            t.style = "Table Grid"
            for r, row in enumerate(table):
                for c, v in enumerate(row):
                    t.cell(r, c).text = v
            table = []

    for line in d["lines"]:
        if line.startswith("|"):
            table.append([c.strip() for c in line.strip("|").split("|")])
            continue
        flush()
        if line == "---":
            doc.add_page_break()
        elif line.startswith("# "):
            doc.add_heading(line[2:], level=1)
        elif line.startswith("## "):
            doc.add_heading(line[3:], level=2)
        elif line.startswith("> "):
            doc.add_paragraph(line[2:])
        else:
            doc.add_paragraph(line)
    flush()
    TMP.mkdir(exist_ok=True)
    src = TMP / f"{path.stem}.docx"
    doc.save(src)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s143_lo", "--headless", "--convert-to",
                    "pdf", "--outdir", str(TMP), str(src)], check=True, capture_output=True, timeout=180)
    shutil.copy(TMP / f"{path.stem}.pdf", path)


# ------------------------------------------------------------------ image-only scan
def render_scan(d, path):
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    rnd = random.Random(d["stem"])
    W, H = 1654, 2339  # A4 at 200 dpi
    img = Image.new("L", (W, H), 250)
    dr = ImageDraw.Draw(img)
    f_norm = ImageFont.truetype(DEJAVU + "DejaVuSerif.ttf", 34)
    f_bold = ImageFont.truetype(DEJAVU + "DejaVuSans-Bold.ttf", 40)
    f_hand = ImageFont.truetype(DEJAVU + "DejaVuSerifCondensed-Italic.ttf", 40)
    y = 150
    for line in d["lines"]:
        if line == "":
            y += 30
            continue
        f = f_norm
        if line.startswith("# "):
            f, line = f_bold, line[2:]
        elif line.startswith("~ "):
            f, line = f_hand, line[2:]
        x = 140 + (rnd.randint(0, 12) if f is f_hand else 0)
        dr.text((x, y), line, font=f, fill=25 if f is not f_hand else 40)
        y += 58
    img = img.rotate(d.get("rot", 0.7), resample=Image.BICUBIC, fillcolor=250)
    for _ in range(400):  # scanner dust
        px, py = rnd.randrange(W), rnd.randrange(H)
        dr2 = ImageDraw.Draw(img)
        dr2.point((px, py), fill=rnd.randint(120, 200))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=78)
    TMP.mkdir(exist_ok=True)
    jp = TMP / f"{d['stem']}.jpg"
    jp.write_bytes(buf.getvalue())
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setAuthor("")
    c.setTitle("")
    c.drawImage(str(jp), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()


# ------------------------------------------------------------------ AcroForm
def render_form(d, path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    c.setAuthor("")
    y = 800
    c.setFont("Helvetica-Bold", 14)
    c.drawString(50, y, d["form_title"])
    y -= 22
    c.setFont("Helvetica", 9)
    for line in d["lines"]:
        c.drawString(50, y, line)
        y -= 13
    y -= 10
    for name, label, value in d["fields"]:
        c.setFont("Helvetica", 9)
        c.drawString(50, y + 5, label)
        c.acroForm.textfield(name=name, value=value, x=230, y=y, width=310, height=17, fontSize=9,
                             borderWidth=0.5, fontName="Helvetica")
        y -= 26
    y -= 10
    for line in d.get("after_lines", []):
        c.drawString(50, y, line)
        y -= 13
    c.showPage()
    c.save()


# ------------------------------------------------------------------ post-processing
def postprocess(d, path):
    import pikepdf

    with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
        info = d.get("info", {})
        day = 1 + int(d["stem"][2:]) % 28
        stamp = f"D:202605{day:02d}093000+02'00'"  # fixed dates: deterministic rebuilds
        pdf.docinfo["/CreationDate"] = stamp
        pdf.docinfo["/ModDate"] = stamp
        if info or "xmp_creator" in d:
            for k, v in info.items():
                pdf.docinfo[k] = v
            if "xmp_creator" in d or "xmp_title" in d:
                with pdf.open_metadata(set_pikepdf_as_editor=False) as m:
                    if "xmp_creator" in d:
                        m["dc:creator"] = d["xmp_creator"]
                    if "xmp_title" in d:
                        m["dc:title"] = d["xmp_title"]
                    m["pdf:Producer"] = str(info.get("/Producer", "")) or "unknown"
        for pno, rect, author, text in d.get("notes", []):
            page = pdf.pages[pno]
            annot = pdf.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text, Rect=pikepdf.Array(rect),
                T=pikepdf.String(author), Contents=pikepdf.String(text), Name=pikepdf.Name.Comment,
                C=pikepdf.Array([1, 0.9, 0.2]), F=4))
            if "/Annots" not in page.obj:
                page.obj.Annots = pdf.make_indirect(pikepdf.Array())
            page.obj.Annots.append(annot)
        pdf.save(str(path), deterministic_id=True)


# ------------------------------------------------------------------ gold
def make_gold(d, path):
    text, pages = text_pdfium(path)
    problems = []
    redact, keep = [], []
    blank = text
    from content import PEOPLE, POOL
    reds = list(d.get("redact", []))
    for kind, value, forms in PEOPLE:
        found = [f for f in forms if count_in(text, {"text": f, "word": True})]
        if found:
            reds.append((kind, value, found))
    d["redact"] = reds
    keeps = [k for k in d.get("keep", [])]
    for k in POOL:
        f = [p for p in k[1:] if count_in(text, {"text": p, "word": True})]
        if f:
            keeps.append((k[0], *f))
    d["keep"] = keeps
    hidden = {r[3] for r in d["redact"] if len(r) > 3}
    chans = extract_channels(path, ocr="auto" if "ocr" in hidden else "off")["channels"] if hidden else {}
    for r in d["redact"]:
        kind, value, probes = r[0], r[1], r[2]
        ch = r[3] if len(r) > 3 else None
        item = {"kind": kind, "value": value, "probes": []}
        if ch and ch != "ocr":
            item["channel"] = ch
        for p in probes:
            pr = {"text": p, "word": True, "after": 0}
            if ch == "ocr":
                pr["ocr"] = True
            item["probes"].append(pr)
            if ch is None:
                if count_in(text, pr) == 0:
                    problems.append(f"{d['stem']}: redact {p!r} not in text")
                blank = probe_regex(p, True).sub(lambda m: "\u2588" * len(m.group(0)), blank)
            else:
                n = channel_counts(chans, pr).get(ch, 0)
                if n == 0:
                    problems.append(f"{d['stem']}: redact {p!r} not in {ch}")
                if ch != "ocr" and count_in(text, pr):
                    problems.append(f"{d['stem']}: hidden {p!r} also in page text")
        redact.append(item)
    for k in d["keep"]:
        kind, probes = k[0], k[1:]
        item = {"kind": kind, "value": probes[0], "probes": []}
        for p in probes:
            pr = {"text": p, "word": True}
            n = count_in(text, pr)
            if n == 0:
                problems.append(f"{d['stem']}: keep {p!r} not in text")
                continue
            if count_in(blank, pr) != n:
                problems.append(f"{d['stem']}: keep {p!r} overlaps a redact probe")
            for r in d["redact"]:
                if norm(p) in norm(r[1]) or any(norm(p) in norm(q) for q in r[2]):
                    problems.append(f"{d['stem']}: keep {p!r} inside redact value {r[1]!r}")
            pr["after"] = n
            item["probes"].append(pr)
        if item["probes"]:
            keep.append(item)
    return {"doc": path.name, "pages": pages, "redact": redact, "keep": keep}, problems


def build(d):
    DOCS.mkdir(exist_ok=True)
    path = DOCS / f"{d['stem']}.pdf"
    {"flow": render_flow, "docx": render_docx, "scan": render_scan, "form": render_form}[d.get("kind", "flow")](d, path)
    postprocess(d, path)
    return path


def main(argv):
    from content import ALL

    sel = [d for d in ALL if not argv or any(d["stem"].startswith(a) for a in argv)]
    GOLD.mkdir(exist_ok=True)
    allp = []
    for d in sel:
        path = build(d)
        gold, problems = make_gold(d, path)
        (GOLD / f"{d['stem']}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                                encoding="utf-8")
        nr = sum(len(i["probes"]) for i in gold["redact"])
        nk = sum(len(i["probes"]) for i in gold["keep"])
        print(f"{d['stem']}: pages={gold['pages']} redact={nr} keep={nk}" + (" PROBLEMS" if problems else ""))
        allp += problems
    for p in allp:
        print("  !", p)
    print(f"problems={len(allp)}")


if __name__ == "__main__":
    main(sys.argv[1:])
