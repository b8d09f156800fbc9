"""Rebuild set mixed183 (integrity investigation at a province): documents in docs/, gold in gold/.

    /work/main/.venv/bin/python make_set.py            # all documents
    /work/main/.venv/bin/python make_set.py pv03 pv17  # only these

The content (texts, persons, hidden channels) is in content.py. Gold is derived here: every
registered personal-data form (content.REDACT) that occurs in a document's PDFium text becomes a
redact probe (after=0); hidden-channel and OCR items are listed per document and checked in their
channel; every registered public form (content.KEEP) that occurs becomes a keep probe whose 'after'
is its count in the original, counted with the evaluator's own functions. A keep probe whose match
overlaps any redact match in the text is dropped (it would not survive a correct redaction).
"""
from __future__ import annotations

import io
import json
import math
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, "/work/shared/eval")

from evaluate import channel_counts, count_in, extract_channels, probe_regex, text_pdfium  # noqa: E402

DOCS = HERE / "docs"
GOLD = HERE / "gold"
TMP = Path("/tmp/s183_build")
FONTDIR = "/usr/share/fonts/truetype/dejavu/"


# ------------------------------------------------------------------ rendering helpers
def _wrap(text, font, size, width):
    from reportlab.pdfbase.pdfmetrics import stringWidth
    words = text.split(" ")
    out, cur = [], ""
    for w in words:
        t = (cur + " " + w) if cur else w
        if stringWidth(t, font, size) <= width or not cur:
            cur = t
        else:
            out.append(cur)
            cur = w
    out.append(cur)
    return out


def _fonts(ttf):
    if not ttf:
        return "Helvetica", "Helvetica-Bold"
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    reg, bold = {"sans": ("DejaVuSans", "DejaVuSans-Bold"),
                 "serif": ("DejaVuSerif", "DejaVuSerif-Bold"),
                 "cond": ("DejaVuSansCondensed", "DejaVuSansCondensed-Bold")}[ttf]
    for n in (reg, bold):
        try:
            pdfmetrics.getFont(n)
        except KeyError:
            pdfmetrics.registerFont(TTFont(n, FONTDIR + n + ".ttf"))
    return reg, bold


def render_rl(path, d):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    reg, bold = _fonts(d.get("ttf"))
    size = d.get("size", 9.5)
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    W, H = A4
    left, right, top, bottom = 62, 62, 60, 60
    width = W - left - right
    y = H - top
    lead = size * 1.38
    outline = d.get("outline", [])
    page = 0
    marks = {}

    def newpage():
        nonlocal y, page
        c.showPage()
        page += 1
        y = H - top

    for raw in d["text"].strip("\n").split("\n"):
        line = raw.rstrip()
        if line == "<<PAGE>>":
            newpage()
            continue
        if line.startswith("@@"):
            marks[line[2:].strip()] = (page, y)
            continue
        if y < bottom + lead:
            newpage()
        if line.startswith("# "):
            c.setFont(bold, size + 2.5)
            c.drawString(left, y - 2, line[2:])
            y -= lead * 1.6
            continue
        if line.startswith("## "):
            c.setFont(bold, size)
            c.drawString(left, y, line[3:])
            y -= lead * 1.2
            continue
        if " | " in line:
            cells = [x.strip() for x in line.split(" | ")]
            cols = d.get("cols")
            if not cols or len(cols) != len(cells):
                cols = [1] * len(cells)
            tot = sum(cols)
            x = left
            hdr = cells[0].startswith("*")
            c.setFont(bold if hdr else reg, size - 1)
            maxl = 1
            for cell, cw in zip(cells, cols):
                cell = cell.lstrip("*")
                wpx = width * cw / tot
                parts = _wrap(cell, bold if hdr else reg, size - 1, wpx - 6)
                for k, p in enumerate(parts):
                    c.drawString(x, y - k * lead * 0.9, p)
                maxl = max(maxl, len(parts))
                x += wpx
            c.setLineWidth(0.3)
            c.line(left, y - (maxl - 1) * lead * 0.9 - 4, left + width, y - (maxl - 1) * lead * 0.9 - 4)
            y -= maxl * lead * 0.9 + 4
            continue
        c.setFont(reg, size)
        if not line:
            y -= lead * 0.6
            continue
        for p in _wrap(line, reg, size, width):
            if y < bottom + lead:
                newpage()
                c.setFont(reg, size)
            c.drawString(left, y, p)
            y -= lead
    # annotations (sticky notes) on page 1
    c.showPage()
    c.save()
    _post(path, d, marks)


def _post(path, d, marks=None):
    """Metadata, XMP, outline, sticky notes with pikepdf (whole file rewritten)."""
    import pikepdf
    pdf = pikepdf.open(str(path), allow_overwriting_input=True)
    info = dict(d.get("info", {}))
    for k in ("/Author", "/Creator", "/Producer", "/Title", "/Subject"):
        if k in pdf.docinfo and k not in info and k in ("/Author", "/Title", "/Subject"):
            del pdf.docinfo[k]
    for k, v in info.items():
        pdf.docinfo[k] = v
    if d.get("xmp_creator") or d.get("xmp_title"):
        with pdf.open_metadata(set_pikepdf_as_editor=False) as m:
            if d.get("xmp_creator"):
                m["dc:creator"] = d["xmp_creator"]
            if d.get("xmp_title"):
                m["dc:title"] = d["xmp_title"]
            if "/Producer" in info:
                m["pdf:Producer"] = info["/Producer"]
    if d.get("outline"):
        with pdf.open_outline() as ol:
            ol.root.clear()
            for title, pg in d["outline"]:
                ol.root.append(pikepdf.OutlineItem(title, min(pg, len(pdf.pages) - 1)))
    for (pg, rect, author, contents) in d.get("notes", []):
        page = pdf.pages[pg]
        annot = pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                                   Rect=pikepdf.Array(rect), T=pikepdf.String(author),
                                   Contents=pikepdf.String(contents), Open=False,
                                   Name=pikepdf.Name.Comment, F=4)
        ref = pdf.make_indirect(annot)
        if "/Annots" in page.obj:
            page.obj.Annots.append(ref)
        else:
            page.obj.Annots = pikepdf.Array([ref])
    pdf.save(str(path), static_id=True, deterministic_id=True)
    pdf.close()


def render_form(path, d):
    """A fillable AcroForm: static labels plus text fields with values."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    reg, bold = _fonts(None)
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    W, H = A4
    y = H - 60
    for raw in d["text"].strip("\n").split("\n"):
        if raw.startswith("# "):
            c.setFont(bold, 12)
            c.drawString(62, y, raw[2:])
            y -= 22
        elif raw.startswith("FIELD "):
            name, label, value = raw[6:].split(" :: ")
            c.setFont(reg, 9)
            c.drawString(62, y, label)
            c.acroForm.textfield(name=name, tooltip=label, value=value, x=250, y=y - 5, width=280,
                                 height=16, fontName="Helvetica", fontSize=9, borderWidth=0.5)
            y -= 24
        else:
            c.setFont(reg, 9)
            for p in _wrap(raw, reg, 9, W - 124):
                c.drawString(62, y, p)
                y -= 13
            if not raw:
                y -= 6
    c.showPage()
    c.save()
    _post(path, d)


def render_scan(path, d):
    """Image-only page: text drawn on a grey-ish 'paper', rotated, JPEG, placed full page."""
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    dpi = 200
    Wp, Hp = int(8.27 * dpi), int(11.69 * dpi)
    img = Image.new("L", (Wp, Hp), 246)
    dr = ImageDraw.Draw(img)
    f_reg = ImageFont.truetype(FONTDIR + "DejaVuSans.ttf", 30)
    f_bold = ImageFont.truetype(FONTDIR + "DejaVuSans-Bold.ttf", 36)
    f_hand = ImageFont.truetype(FONTDIR + "DejaVuSerif-Italic.ttf", 40)
    y = 170
    for raw in d["text"].strip("\n").split("\n"):
        if raw.startswith("# "):
            dr.text((150, y), raw[2:], font=f_bold, fill=20)
            y += 70
        elif raw.startswith("~ "):   # handwriting-like
            dr.text((190, y), raw[2:], font=f_hand, fill=45)
            y += 66
        elif not raw:
            y += 26
        else:
            dr.text((150, y), raw, font=f_reg, fill=25)
            y += 46
    img = img.rotate(d.get("angle", 0.6), resample=Image.BICUBIC, fillcolor=246)
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=72)
    buf.seek(0)
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()
    _post(path, d)


def docx_write(path, d):
    import docx
    from docx.shared import Pt
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = d.get("docx_font", "Liberation Sans")
    st.font.size = Pt(10)
    cp = doc.core_properties
    cp.author = d.get("docx_author", "")
    cp.title = d.get("docx_title", "")
    cp.last_modified_by = ""
    rows = []

    def flush():
        if not rows:
            return
        t = doc.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"
        for i, r in enumerate(rows):
            for j, cell in enumerate(r):
                t.cell(i, j).text = cell.lstrip("*")
        rows.clear()

    for raw in d["text"].strip("\n").split("\n"):
        if " | " in raw:
            rows.append([x.strip() for x in raw.split(" | ")])
            continue
        flush()
        if raw == "<<PAGE>>":
            doc.add_page_break()
        elif raw.startswith("# "):
            doc.add_heading(raw[2:], level=1)
        elif raw.startswith("## "):
            doc.add_heading(raw[3:], level=2)
        else:
            p = doc.add_paragraph(raw)
            p.paragraph_format.space_after = Pt(3)
    flush()
    doc.save(str(path))


def build_docx(ds):
    TMP.mkdir(parents=True, exist_ok=True)
    files = []
    for d in ds:
        p = TMP / f"{d['stem']}.docx"
        docx_write(p, d)
        files.append(str(p))
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s183_lo", "--headless",
                    "--convert-to", "pdf", "--outdir", str(TMP)] + files,
                   check=True, capture_output=True, timeout=600)
    for d in ds:
        out = DOCS / f"{d['stem']}.pdf"
        out.write_bytes((TMP / f"{d['stem']}.pdf").read_bytes())
        _post(out, d)


# ------------------------------------------------------------------ gold
def spans(text, probe, word=True):
    return [(m.start(), m.end()) for m in probe_regex(probe, word).finditer(text)]


def make_gold(d, path, REDACT, KEEP):
    problems = []
    text, pages = text_pdfium(path)
    redact, rspans, keep = [], [], []
    for kind, pr in REDACT:
        sp = spans(text, pr)
        if sp:
            redact.append({"kind": kind, "value": pr, "probes": [{"text": pr, "word": True, "after": 0}]})
            rspans += sp
    for kind, value, ch, probes in d.get("hidden", []):
        it = {"kind": kind, "value": value, "channel": ch, "probes": []}
        for pr in probes:
            p = {"text": pr, "word": True, "after": 0}
            if ch == "ocr":
                p["ocr"] = True
            it["probes"].append(p)
        redact.append(it)
    hidden_ch = {it["channel"] for it in redact if "channel" in it}
    if hidden_ch:
        chans = extract_channels(path, ocr="auto" if "ocr" in hidden_ch else "off")["channels"]
        for it in redact:
            if "channel" not in it:
                continue
            keepp = []
            for p in it["probes"]:
                n = channel_counts(chans, p).get(it["channel"], 0)
                if n == 0:
                    problems.append(f"{d['stem']}: {it['channel']} probe {p['text']!r} not found")
                    continue
                if it["channel"] != "ocr" and count_in(text, p):
                    problems.append(f"{d['stem']}: hidden probe {p['text']!r} in page text")
                keepp.append(p)
            it["probes"] = keepp
        redact = [it for it in redact if it["probes"]]
    for kind, pr in KEEP:
        sp = spans(text, pr)
        if not sp:
            continue
        if any(a < e and s < b for a, b in sp for s, e in rspans):
            continue
        keep.append({"kind": kind, "value": pr, "probes": [{"text": pr, "word": True, "after": len(sp)}]})
    gold = {"doc": f"{d['stem']}.pdf", "pages": pages, "redact": redact, "keep": keep}
    return gold, problems


def main(argv):
    import content
    docs = [d for d in content.DOCS if not argv or any(d["stem"].startswith(a) for a in argv)]
    DOCS.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    dx = [d for d in docs if d["kind"] == "docx"]
    if dx:
        build_docx(dx)
    for d in docs:
        p = DOCS / f"{d['stem']}.pdf"
        if d["kind"] == "rl":
            render_rl(p, d)
        elif d["kind"] == "form":
            render_form(p, d)
        elif d["kind"] == "scan":
            render_scan(p, d)
    allp = []
    for d in docs:
        p = DOCS / f"{d['stem']}.pdf"
        gold, problems = make_gold(d, p, content.REDACT, content.KEEP)
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
