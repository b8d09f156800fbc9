"""Builder for set mixed200 (houseboat enforcement, havenmeester Leiden): renders documents, writes gold."""
from __future__ import annotations

import io
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import channel_counts, count_in, extract_channels, norm, probe_regex, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
FONTS = "/usr/share/fonts/truetype/dejavu/"
FIXED_DATE = "D:20261130101500+01'00'"


def _reg_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    for n, f in (("DV", "DejaVuSans.ttf"), ("DVB", "DejaVuSans-Bold.ttf"), ("DVS", "DejaVuSerif.ttf"),
                 ("DVSB", "DejaVuSerif-Bold.ttf")):
        try:
            pdfmetrics.getFont(n)
        except KeyError:
            pdfmetrics.registerFont(TTFont(n, FONTS + f))


def render_rl(path, lines, font="helv", form=None):
    """lines: str; '# ' heading, '' blank, '---' page break, '| a | b |' table row (tab-separated columns)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas
    _reg_fonts()
    fn, fb = {"helv": ("Helvetica", "Helvetica-Bold"), "times": ("Times-Roman", "Times-Bold"),
              "dv": ("DV", "DVB"), "dvs": ("DVS", "DVSB")}[font]
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    W, H = A4
    from reportlab.pdfbase.pdfmetrics import stringWidth
    colw = {}
    i = 0
    while i < len(lines):
        if lines[i].startswith("|"):
            j = i
            while j < len(lines) and lines[j].startswith("|"):
                j += 1
            rows = [[x.strip() for x in ln.strip("|").split("|")] for ln in lines[i:j]]
            n = max(len(r) for r in rows)
            ws = [max(stringWidth(r[k], fn, 8) if k < len(r) else 0 for r in rows) + 10 for k in range(n)]
            sc = min(1.0, (W - 100) / sum(ws))
            fs = 8 * sc
            xs = [56]
            for w in ws:
                xs.append(xs[-1] + w * sc)
            for k in range(i, j):
                colw[k] = (xs, fs)
            i = j
        else:
            i += 1
    y = H - 60
    size = 9.5
    for li, ln in enumerate(lines):
        if ln == "---":
            c.showPage(); y = H - 60; continue
        if y < 60:
            c.showPage(); y = H - 60
        if ln.startswith("# "):
            c.setFont(fb, 11.5); c.drawString(56, y, ln[2:]); y -= 17; continue
        if ln.startswith("|"):
            cells = [x.strip() for x in ln.strip("|").split("|")]
            xs, fs = colw[li]
            c.setFont(fn, fs)
            for i, cell in enumerate(cells):
                c.drawString(xs[i], y, cell)
            y -= 12; continue
        c.setFont(fn, size)
        parts = simpleSplit(ln, fn, size, W - 112) or [""]
        for p in parts:
            if y < 60:
                c.showPage(); y = H - 60; c.setFont(fn, size)
            c.drawString(56, y, p); y -= 13
    if form:
        c.setFont(fn, size)
        y -= 6
        for label, name, value in form:
            c.drawString(56, y, label)
            c.acroForm.textfield(name=name, value=value, x=230, y=y - 4, width=300, height=16,
                                 borderWidth=0.5, fontName="Helvetica", fontSize=9)
            y -= 24
    c.showPage()
    c.save()


def render_docx(path, lines, author):
    import docx
    d = docx.Document()
    d.core_properties.author = author
    d.core_properties.last_modified_by = author
    for ln in lines:
        if ln == "---":
            d.add_page_break(); continue
        if ln.startswith("# "):
            d.add_heading(ln[2:], level=2); continue
        if ln.startswith("|"):
            d.add_paragraph("    ".join(x.strip() for x in ln.strip("|").split("|"))); continue
        d.add_paragraph(ln)
    tmp = Path("/tmp/s200_docx"); tmp.mkdir(exist_ok=True)
    src = tmp / (Path(path).stem + ".docx")
    d.save(src)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s200_lo", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp), str(src)], capture_output=True, timeout=180)
    Path(path).write_bytes((tmp / (Path(path).stem + ".pdf")).read_bytes())


def render_scan(path, lines, hand=(), angle=0.7, seed=0):
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    from reportlab.lib.utils import ImageReader
    W, H = 1654, 2339
    im = Image.new("L", (W, H), 250)
    dr = ImageDraw.Draw(im)
    f = ImageFont.truetype(FONTS + "DejaVuSerif.ttf", 34)
    fb = ImageFont.truetype(FONTS + "DejaVuSerif-Bold.ttf", 38)
    fh = ImageFont.truetype(FONTS + "DejaVuSerif-Italic.ttf", 44)
    y = 150
    for ln in lines:
        if ln.startswith("# "):
            dr.text((150, y), ln[2:], font=fb, fill=20); y += 62; continue
        if ln.startswith("~ "):
            dr.text((170, y), ln[2:], font=fh, fill=35); y += 66; continue
        dr.text((150, y), ln, font=f, fill=25); y += 52
    im = im.rotate(angle, fillcolor=245, resample=Image.BICUBIC)
    buf = io.BytesIO(); im.save(buf, "JPEG", quality=82); buf.seek(0)
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
    c.showPage(); c.save()


def post(path, d):
    import pikepdf
    with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
        orig_prod = str(pdf.docinfo.get("/Producer", ""))
        if d.get("xmp_creator"):
            with pdf.open_metadata(set_pikepdf_as_editor=False) as m:
                m["dc:creator"] = [d["xmp_creator"]]
        info = pdf.docinfo
        if orig_prod and "/Producer" not in info:
            info["/Producer"] = orig_prod
        if d.get("title"):
            info["/Title"] = d["title"]
        if "author" in d:
            info["/Author"] = d["author"]
        elif "/Author" in info and d.get("kind") != "docx":
            del info["/Author"]
        if d.get("creator"):
            info["/Creator"] = d["creator"]
        if d.get("producer"):
            info["/Producer"] = d["producer"]
        info["/CreationDate"] = FIXED_DATE
        info["/ModDate"] = FIXED_DATE
        if d.get("outline"):
            with pdf.open_outline() as ol:
                for i, (t, pg) in enumerate(d["outline"]):
                    ol.root.append(pikepdf.OutlineItem(t, pg))
        for pg, (who, text) in d.get("notes", []):
            page = pdf.pages[pg]
            a = pdf.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text, Rect=[480, 700 - 40 * len(page.obj.get("/Annots", [])), 500, 720 - 40 * len(page.obj.get("/Annots", []))],
                T=pikepdf.String(who), Contents=pikepdf.String(text), Name=pikepdf.Name.Comment))
            if "/Annots" not in page.obj:
                page.obj.Annots = pdf.make_indirect(pikepdf.Array())
            page.obj.Annots.append(a)
        pdf.save(str(path), deterministic_id=True)


def build(d):
    DOCS_DIR.mkdir(exist_ok=True)
    path = DOCS_DIR / f"{d['stem']}.pdf"
    kind = d.get("kind", "rl")
    if kind == "docx":
        render_docx(path, d["lines"], d.get("docx_author", "Gemeente Leiden"))
    elif kind == "scan":
        render_scan(path, d["lines"], angle=d.get("angle", 0.7))
    else:
        render_rl(path, d["lines"], d.get("font", "helv"), d.get("form"))
    post(path, d)
    return path


def _items(spec, redact):
    out = []
    for it in spec:
        kind, probes = it[0], it[1:]
        ch = None
        if kind.startswith("@"):
            ch, kind = kind[1:].split(":", 1)
        item = {"kind": kind, "value": probes[0],
                "probes": [{"text": p, "word": True, "after": 0} for p in probes]}
        if ch:
            item["channel"] = ch
            if ch == "ocr":
                for p in item["probes"]:
                    p["ocr"] = True
        out.append(item)
    return out


def make_gold(d, path):
    problems = []
    text, pages = text_pdfium(path)
    red = _items(d.get("R", []), True)
    hidden = {it.get("channel") for it in red} - {None}
    chans = extract_channels(path, ocr="auto" if "ocr" in hidden else "off")["channels"] if hidden else {}
    spans = []
    for it in red:
        ch = it.get("channel", "pdfium")
        for p in it["probes"]:
            if ch == "pdfium":
                n = count_in(text, p)
                for m in probe_regex(p["text"], True).finditer(text):
                    spans.append(m.span())
            else:
                n = channel_counts(chans, p).get(ch, 0)
                if ch != "ocr" and count_in(text, p):
                    problems.append(f"{d['stem']}: hidden {p['text']!r} in page text")
                if ch == "ocr":
                    for m in probe_regex(p["text"], True).finditer(text):
                        spans.append(m.span())
            if n == 0:
                problems.append(f"{d['stem']}: redact {p['text']!r} not in {ch}")
    keep = []
    for it in _items(d.get("K", []), False):
        ps = []
        for p in it["probes"]:
            rx = probe_regex(p["text"], True)
            ms = list(rx.finditer(text))
            if not ms:
                print(f"   drop keep {d['stem']}: {p['text']!r} (0)"); continue
            if any(a < e and s < b for (s, e) in spans for (a, b) in [m.span() for m in ms]):
                print(f"   drop keep {d['stem']}: {p['text']!r} (overlap)"); continue
            p["after"] = len(ms)
            ps.append(p)
        if ps:
            it["probes"] = ps
            keep.append(it)
    gold = {"doc": path.name, "pages": pages, "redact": red, "keep": keep}
    return gold, problems
