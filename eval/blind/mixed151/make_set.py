"""Rebuild set DU (eval/blind/mixed151): documents in docs/, gold in gold/.

    /work/main/.venv/bin/python make_set.py            # all documents
    /work/main/.venv/bin/python make_set.py du03 du17  # only these

Documents are written in content.py as lines with inline marks: [[...]] is personal data (a redact
probe, after=0), {{...}} is public text (a keep probe whose 'after' is counted on the original's
PDFium text with the evaluator's own count_in). A line starting with '# ' is a heading, '| a | b'
a table row, '<<PB>>' a page break. Hidden channels (Info /Author, XMP dc:creator, outline titles,
sticky notes, AcroForm values) and OCR-only scans are declared per document. A keep probe that a
redact probe would overlap (simulated redaction of the text) is reported as a problem.
"""
from __future__ import annotations

import io
import json
import math
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
sys.path.insert(0, str(HERE))
sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, norm, probe_regex, text_pdfium  # noqa: E402

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
TITLES = {"mr.", "drs.", "dr.", "RA", "mevr.", "mevrouw", "de", "heer"}
MARK = re.compile(r"\[\[(.+?)\]\]|\{\{(.+?)\}\}")
CREATION = "D:20260314101500+01'00'"


def plain(s: str) -> str:
    return MARK.sub(lambda m: m.group(1) or m.group(2), s)


def marks(lines):
    red, keep = [], []
    for ln in lines:
        for m in MARK.finditer(ln):
            if m.group(1):
                if m.group(1) not in red:
                    red.append(m.group(1))
            elif m.group(2) not in keep:
                keep.append(m.group(2))
    return red, keep


def kind_of(v: str) -> str:
    if "@" in v:
        return "EMAIL"
    if re.fullmatch(r"NL\d\d ?[A-Z]{4}[\d ]+", v):
        return "IBAN"
    if re.fullmatch(r"\d{9}|\d{4}\.\d{2}\.\d{3}", v):
        return "BSN"
    if re.fullmatch(r"\d{1,2}[-/ ](\d{2}|[a-z]+)[-/ ]\d{4}", v):
        return "DATE_OF_BIRTH"
    if re.fullmatch(r"[+\d][\d \-()]{7,}", v):
        return "PHONE"
    if re.fullmatch(r"\d{4} ?[A-Z]{2}", v) or re.search(r"\d+[a-z]?$", v) and " " in v:
        return "ADDRESS"
    if re.search(r"(straat|weg|laan|dijk|diep)\b", v):
        return "ADDRESS"
    if re.fullmatch(r"NL\d{9}B\d\d", v):
        return "VAT_ID"
    if re.fullmatch(r"[a-z]{5,10}", v):
        return "USER_ID"
    if re.fullmatch(r"[A-Z]{2,4}\d*|[A-Z][a-z]?[A-Z][A-Za-z]?", v):
        return "PARAPH"
    if re.fullmatch(r"P-\d{6}|\d{5,8}", v):
        return "ID_NUMBER"
    if re.fullmatch(r"\d{4}", v):
        return "PHONE"  # an extension (toestel, tst.)
    return "PERSON"


# ----------------------------------------------------------------------------------- producers
def _rl_fonts():
    import reportlab.rl_config
    reportlab.rl_config.invariant = 1
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    for n, f in (("DejaVu", "DejaVuSans.ttf"), ("DejaVu-Bold", "DejaVuSans-Bold.ttf"),
                 ("DejaVuSerif", "DejaVuSerif.ttf"), ("DejaVuSerif-Bold", "DejaVuSerif-Bold.ttf")):
        try:
            pdfmetrics.getFont(n)
        except KeyError:
            pdfmetrics.registerFont(TTFont(n, FONT_DIR + f))


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def build_reportlab(d, path):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    _rl_fonts()
    font = d.get("font", "Helvetica")
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "DejaVu": "DejaVu-Bold",
            "DejaVuSerif": "DejaVuSerif-Bold", "Courier": "Courier-Bold"}[font]
    size = d.get("size", 10)
    body = ParagraphStyle("b", fontName=font, fontSize=size, leading=size * 1.35, spaceAfter=3)
    head = ParagraphStyle("h", parent=body, fontName=bold, fontSize=size + 2, spaceBefore=6, spaceAfter=4)
    cell = ParagraphStyle("c", parent=body, fontSize=size - 1, leading=(size - 1) * 1.25, spaceAfter=0)
    ps = landscape(A4) if d.get("landscape") else A4
    doc = SimpleDocTemplate(str(path), pagesize=ps, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm, title=d.get("title", ""),
                            author=d.get("rl_author", ""), creator=d.get("creator", ""),
                            producer=d.get("producer", ""))
    story, rows = [], []

    def flush():
        if rows:
            w = max(len(r) for r in rows)
            data = [[Paragraph(_esc(c), cell) for c in r] + [""] * (w - len(r)) for r in rows]
            t = Table(data, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
            story.append(Spacer(1, 6))
            rows.clear()

    for ln in d["lines"]:
        p = plain(ln)
        if p.startswith("| "):
            rows.append([c.strip() for c in p[2:].split(" | ")])
            continue
        flush()
        if p == "<<PB>>":
            story.append(PageBreak())
        elif p.startswith("# "):
            story.append(Paragraph(_esc(p[2:]), head))
        elif p == "":
            story.append(Spacer(1, 6))
        else:
            story.append(Paragraph(_esc(p), body))
    flush()
    doc.build(story)


def build_docx(d, path):
    import docx
    from docx.shared import Pt
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = d.get("docx_font", "Liberation Sans")
    st.font.size = Pt(d.get("size", 10.5))
    rows = []

    def flush():
        if rows:
            w = max(len(r) for r in rows)
            t = doc.add_table(rows=len(rows), cols=w)
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
            rows.clear()
            doc.add_paragraph("")

    for ln in d["lines"]:
        p = plain(ln)
        if p.startswith("| "):
            rows.append([c.strip() for c in p[2:].split(" | ")])
            continue
        flush()
        if p == "<<PB>>":
            doc.add_page_break()
        elif p.startswith("# "):
            doc.add_heading(p[2:], level=2)
        else:
            doc.add_paragraph(p)
    flush()
    cp = doc.core_properties
    cp.author = d.get("docx_author", "")
    cp.title = d.get("title", "")
    with tempfile.TemporaryDirectory(prefix="s151_") as td:
        src = Path(td) / (d["stem"] + ".docx")
        doc.save(src)
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s151_lo", "--headless",
                        "--convert-to", "pdf", "--outdir", td, str(src)], capture_output=True, timeout=180)
        Path(path).write_bytes((Path(td) / (d["stem"] + ".pdf")).read_bytes())


def build_scan(d, path):
    _rl_fonts()
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    W, H = 1654, 2339
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setProducer(d.get("producer", "")); c.setCreator(d.get("creator", ""))
    pages = [[]]
    for ln in d["lines"]:
        if plain(ln) == "<<PB>>":
            pages.append([])
        else:
            pages[-1].append(ln)
    for pi, lines in enumerate(pages):
        im = Image.new("L", (W, H), 250)
        dr = ImageDraw.Draw(im)
        y = 150
        for ln in lines:
            p = plain(ln)
            f = FONT_DIR + "DejaVuSerif.ttf"
            sz = 34
            if p.startswith("~ "):  # 'handwriting': italic, larger
                f, sz, p = FONT_DIR + "DejaVuSerif-Italic.ttf", 40, p[2:]
            elif p.startswith("# "):
                f, sz, p = FONT_DIR + "DejaVuSerif-Bold.ttf", 40, p[2:]
            font = ImageFont.truetype(f, sz)
            words, cur = p.split(" "), ""
            out = []
            for w in words:
                t = (cur + " " + w).strip()
                if dr.textlength(t, font=font) > W - 300 and cur:
                    out.append(cur); cur = w
                else:
                    cur = t
            out.append(cur)
            for o in out:
                dr.text((150, y), o, fill=30, font=font)
                y += int(sz * 1.5)
            if not p:
                y += 20
        im = im.rotate(d.get("angle", 0.6) * (1 if pi % 2 == 0 else -1), fillcolor=250, resample=Image.BICUBIC)
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=72)
        buf.seek(0)
        from reportlab.lib.utils import ImageReader
        c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()


def build_form(d, path):
    _rl_fonts()
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setProducer(d.get("producer", "")); c.setCreator(d.get("creator", ""))
    y = 800
    for ln in d["lines"]:
        p = plain(ln)
        if p.startswith("# "):
            c.setFont("Helvetica-Bold", 13); c.drawString(60, y, p[2:]); y -= 22
        else:
            c.setFont("Helvetica", 10); c.drawString(60, y, p); y -= 16
    y -= 10
    for name, label, value in d["fields"]:
        c.setFont("Helvetica", 10)
        c.drawString(60, y + 4, label)
        c.acroForm.textfield(name=name, tooltip=label, x=250, y=y, width=280, height=18, value=value,
                             fontName="Helvetica", fontSize=9, borderWidth=0.5)
        y -= 28
    y -= 10
    for ln in d.get("after_lines", []):
        c.setFont("Helvetica", 9); c.drawString(60, y, plain(ln)); y -= 14
    c.showPage()
    c.save()


# ----------------------------------------------------------------------------------- hidden channels
def postprocess(d, path):
    import pikepdf
    with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
        with pdf.open_metadata(set_pikepdf_as_editor=False) as md:
            if d.get("xmp_creator"):
                md["dc:creator"] = [d["xmp_creator"]]
            elif "dc:creator" in md:
                del md["dc:creator"]
            md["pdf:Producer"] = d.get("producer", "")
            md["xmp:CreatorTool"] = d.get("creator", "")
            if d.get("title"):
                md["dc:title"] = d["title"]
            for k in ("xmp:CreateDate", "xmp:ModifyDate", "xmp:MetadataDate"):
                md[k] = "2026-03-14T10:15:00+01:00"
        info = pdf.docinfo
        info["/Producer"] = d.get("producer", "")
        info["/Creator"] = d.get("creator", "")
        info["/CreationDate"] = CREATION
        info["/ModDate"] = CREATION
        if d.get("title"):
            info["/Title"] = d["title"]
        if d.get("author") is not None:
            info["/Author"] = d["author"]
        elif "/Author" in info:
            del info["/Author"]
        if d.get("outline"):
            with pdf.open_outline() as ol:
                for title, pg in d["outline"]:
                    ol.root.append(pikepdf.OutlineItem(title, min(pg, len(pdf.pages) - 1)))
        for (pg, who, text) in d.get("notes", []):
            page = pdf.pages[pg]
            annot = pdf.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                Rect=pikepdf.Array([480, 700 - 40 * len(page.obj.get("/Annots", [])), 500, 720 - 40 * len(page.obj.get("/Annots", []))]),
                T=pikepdf.String(who), Contents=pikepdf.String(text), Name=pikepdf.Name.Comment,
                M=pikepdf.String(CREATION)))
            if "/Annots" not in page.obj:
                page.obj.Annots = pdf.make_indirect(pikepdf.Array())
            page.obj.Annots.append(annot)
        pdf.save(str(path), static_id=True, deterministic_id=True)


# ----------------------------------------------------------------------------------- gold
def make_gold(d, path):
    text, pages = text_pdfium(path)
    problems = []
    red_vals, keep_vals = marks(d["lines"] + d.get("after_lines", []))
    redact = []
    ocr = d["kind"] == "scan"
    for v in red_vals:
        it = {"kind": d.get("kinds", {}).get(v) or kind_of(v), "value": v, "probes": [{"text": v, "word": True, "after": 0}]}
        if ocr:
            it["probes"][0]["ocr"] = True
            it["channel"] = "ocr"
        redact.append(it)
    hidden = []
    if d.get("author"):
        hidden.append(("metadata", "PERSON", d["author"]))
    if d.get("xmp_creator") and d.get("xmp_creator") != d.get("author"):
        hidden.append(("metadata", "PERSON", d["xmp_creator"]))
    for v in d.get("hidden_outline", []):
        hidden.append(("outline", kind_of(v), v))
    for v in d.get("hidden_annots", []):
        hidden.append(("annotations", kind_of(v), v))
    for ch, k, v in hidden:
        redact.append({"kind": d.get("kinds", {}).get(v) or k, "value": v, "channel": ch,
                       "probes": [{"text": v, "word": True, "after": 0}]})
    # a person's surname is a probe of its own: every occurrence in the document is that person's
    values = {it["value"] for it in redact}
    for it in redact:
        if it["kind"] != "PERSON" or it.get("channel") == "ocr":
            continue
        toks = [t for t in re.split(r"[ ,]+", it["value"]) if t and t not in TITLES and "." not in t]
        if len(toks) < 2:
            continue
        sur = toks[-1] if toks[0][0].isupper() or it.get("channel") else None
        if it["value"].startswith(("Wessels", "Kaya", "Zuidema", "Ybema", "Mulder", "Veldkamp", "El Khatib",
                                   "de Wit", "van 't Hul")) and "," in it["value"]:
            continue  # 'Surname, First': the surname is already the first words
        if not sur or len(sur) < 4 or sur in values or not sur[0].isupper():
            continue
        pr = {"text": sur, "word": True, "after": 0}
        if it.get("channel"):
            if count_in(text, pr):
                continue
        elif not count_in(text, pr):
            continue
        it["probes"].append(pr)
        values.add(sur)
    # simulated redaction of the page text
    red_text = text
    for it in redact:
        if it.get("channel"):
            continue
        for pr in it["probes"]:
            red_text = probe_regex(pr["text"], True).sub("\u2588", red_text)
    keep = []
    for v in keep_vals:
        pr = {"text": v, "word": True}
        n = count_in(text, pr)
        if n == 0:
            problems.append(f"{d['stem']}: keep {v!r} not in text")
            continue
        if count_in(red_text, pr) != n:
            problems.append(f"{d['stem']}: keep {v!r} overlaps a redact value")
            continue
        pr["after"] = n
        keep.append({"kind": d.get("keep_kinds", {}).get(v, "PUBLIC"), "value": v, "probes": [pr]})
    if not ocr:
        for it in redact:
            if not it.get("channel") and count_in(text, it["probes"][0]) == 0:
                problems.append(f"{d['stem']}: redact {it['value']!r} not in text")
    gold = {"doc": d["stem"] + ".pdf", "pages": pages, "redact": redact, "keep": keep}
    return gold, problems


def build(d):
    DOCS_DIR.mkdir(exist_ok=True)
    path = DOCS_DIR / (d["stem"] + ".pdf")
    {"rl": build_reportlab, "docx": build_docx, "scan": build_scan, "form": build_form}[d["kind"]](d, path)
    postprocess(d, path)
    return path


def main(argv):
    import content
    sel = [d for d in content.DOCS if not argv or any(d["stem"].startswith(a) for a in argv)]
    GOLD_DIR.mkdir(exist_ok=True)
    allp = []
    for d in sel:
        path = build(d)
        gold, problems = make_gold(d, path)
        (GOLD_DIR / f"{d['stem']}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
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
