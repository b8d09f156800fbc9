"""Rendering and gold computation for blind set mixed39 (AW). MIT licence.

A document is a dict:
  name      file name of the PDF
  producer  "rl" (reportlab), "lo" (python-docx -> LibreOffice) or "scan" (reportlab page rendered,
            degraded and wrapped as an image-only PDF)
  lines     text lines with a small markup (see render_rl)
  redact    [(kind, value, [probe, ...]), ...]
  keep      [(kind, value, [probe, ...]), ...]
  meta      {"Author": .., "Title": .., "Subject": .., "Keywords": ..}  (optional)
  outline   [title, ...]                                                (optional)
  notes     [(author, contents), ...]   sticky notes (Text annotations) (optional)
  links     [(anchor text on a line, uri), ...]                        (optional, rl only)
  fields    [(name, value, tooltip), ...]  AcroForm text fields        (optional, rl only)

Gold: every redact probe must occur in the original in some channel (evaluator's own
extract_channels/channel_counts); after=0. Keep probes: after = count in the PDFium text; a keep
probe that overlaps a redact probe match is an authoring error and stops the build.
"""
from __future__ import annotations

import io
import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
import evaluate as ev  # noqa: E402

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.utils import simpleSplit  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FD + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FD + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVI", FD + "DejaVuSans-Oblique.ttf"))
pdfmetrics.registerFont(TTFont("DVM", FD + "DejaVuSansMono.ttf"))

W, H = A4
ML, MR, MT, MB = 62, 56, 60, 58


# ------------------------------------------------------------------ reportlab
def render_rl(doc: dict, path: Path, size: float = 9.5, for_scan: bool = False) -> None:
    """Markup per line:
    '# t' title, '## t' heading, '** t' bold, '> t' quoted (indented, bar), '~ t' monospace,
    '--' rule, '||' page break, '|a|b|c' table row (cells wrapped), '' blank, else body text."""
    c = canvas.Canvas(str(path), pagesize=A4, pageCompression=1)
    meta = doc.get("meta") or {}
    if not for_scan:
        if meta.get("Author"):
            c.setAuthor(meta["Author"])
        if meta.get("Title"):
            c.setTitle(meta["Title"])
        if meta.get("Subject"):
            c.setSubject(meta["Subject"])
        if meta.get("Keywords"):
            c.setKeywords(meta["Keywords"])
    c.setCreator(doc.get("creator", "Microsoft Word"))
    links = list(doc.get("links") or [])
    y = H - MT
    page = [1]
    tw = W - ML - MR

    def newpage():
        nonlocal y
        c.setFont("DV", 7.5)
        c.setFillGray(0.35)
        c.drawRightString(W - MR, 30, f"pagina {page[0]}")
        c.setFillGray(0)
        c.showPage()
        page[0] += 1
        y = H - MT

    def need(h):
        if y - h < MB:
            newpage()

    def draw(text, font, fs, x, lead):
        nonlocal y
        for part in simpleSplit(text, font, fs, W - MR - x) or [""]:
            need(lead)
            c.setFont(font, fs)
            c.drawString(x, y - fs, part)
            for ln in list(links):
                anchor, uri = ln
                i = part.find(anchor)
                if i >= 0:
                    x0 = x + pdfmetrics.stringWidth(part[:i], font, fs)
                    x1 = x0 + pdfmetrics.stringWidth(anchor, font, fs)
                    c.linkURL(uri, (x0, y - fs - 2, x1, y + 1), relative=0, thickness=0)
                    links.remove(ln)
            y -= lead

    for raw in doc["lines"]:
        if raw == "||":
            newpage()
            continue
        if raw == "--":
            need(8)
            c.setLineWidth(0.5)
            c.line(ML, y - 4, W - MR, y - 4)
            y -= 9
            continue
        if raw.startswith("# "):
            y -= 4
            draw(raw[2:], "DVB", 14, ML, 19)
            y -= 3
        elif raw.startswith("## "):
            y -= 3
            draw(raw[3:], "DVB", 10.5, ML, 15)
        elif raw.startswith("** "):
            draw(raw[3:], "DVB", size, ML, size * 1.33)
        elif raw.startswith("> "):
            y0 = y
            draw(raw[2:], "DV", size, ML + 14, size * 1.33)
            c.setLineWidth(1.2)
            c.setStrokeGray(0.5)
            if y0 > y:
                c.line(ML + 5, y0, ML + 5, y + 2)
            c.setStrokeGray(0)
        elif raw.startswith("~ "):
            draw(raw[2:], "DVM", size - 1, ML, (size - 1) * 1.35)
        elif raw.startswith("|"):
            cells = raw[1:].split("|")
            n = len(cells)
            cws = [tw * 0.27, tw * 0.73] if n == 2 else [tw / n] * n
            xs = [ML + sum(cws[:j]) for j in range(n)]
            wrapped = [simpleSplit(t, "DV", size - 0.5, cws[j] - 6) or [""] for j, t in enumerate(cells)]
            lead = (size - 0.5) * 1.3
            h = max(len(w) for w in wrapped) * lead + 4
            need(h)
            c.setLineWidth(0.4)
            c.rect(ML, y - h, tw, h)
            for j, w in enumerate(wrapped):
                if j:
                    c.line(xs[j], y - h, xs[j], y)
                for k, t in enumerate(w):
                    c.setFont("DV", size - 0.5)
                    c.drawString(xs[j] + 3, y - 2 - (k + 1) * lead + 2, t)
            y -= h
        elif raw == "":
            y -= size * 0.9
        else:
            draw(raw, "DV", size, ML, size * 1.33)
    if doc.get("fields") and not for_scan:
        need(20 * len(doc["fields"]) + 10)
        for name, value, tip in doc["fields"]:
            c.setFont("DV", 8)
            c.drawString(ML, y - 12, name.replace("_", " ") + ":")
            c.acroForm.textfield(name=name, value=value, tooltip=tip, x=ML + 120, y=y - 16,
                                 width=250, height=14, fontName="Helvetica", fontSize=8,
                                 borderWidth=0.5)
            y -= 20
    # page number of the last page
    c.setFont("DV", 7.5)
    c.setFillGray(0.35)
    c.drawRightString(W - MR, 30, f"pagina {page[0]}")
    c.setFillGray(0)
    c.showPage()
    c.save()


# ------------------------------------------------------------------ LibreOffice
def render_lo(doc: dict, path: Path) -> None:
    import docx
    from docx.shared import Cm, Pt

    d = docx.Document()
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    st = d.styles["Normal"]
    st.font.name = "DejaVu Sans"
    st.font.size = Pt(9.5)
    st.paragraph_format.space_after = Pt(1)
    meta = doc.get("meta") or {}
    cp = d.core_properties
    cp.author = meta.get("Author", "")
    cp.title = meta.get("Title", "")
    cp.subject = meta.get("Subject", "")
    cp.keywords = meta.get("Keywords", "")
    cp.last_modified_by = meta.get("Author", "")
    table = None
    last_p = None
    for raw in doc["lines"]:
        if raw.startswith("|") and raw != "||":
            cells = raw[1:].split("|")
            if table is None or len(table.columns) != len(cells):
                table = d.add_table(rows=0, cols=len(cells))
                table.style = "Table Grid"
            row = table.add_row()
            for j, t in enumerate(cells):
                row.cells[j].text = t
                for p in row.cells[j].paragraphs:
                    for r in p.runs:
                        r.font.size = Pt(8.5)
            continue
        table = None
        if raw == "||":
            d.add_page_break()
            continue
        if raw == "--":
            last_p = d.add_paragraph("_" * 78)
            continue
        p = d.add_paragraph()
        last_p = p
        if raw.startswith("# "):
            r = p.add_run(raw[2:])
            r.bold = True
            r.font.size = Pt(14)
        elif raw.startswith("## "):
            r = p.add_run(raw[3:])
            r.bold = True
            r.font.size = Pt(11)
        elif raw.startswith("** "):
            p.add_run(raw[3:]).bold = True
        elif raw.startswith("> "):
            p.paragraph_format.left_indent = Cm(0.8)
            p.add_run(raw[2:])
        elif raw.startswith("~ "):
            r = p.add_run(raw[2:])
            r.font.name = "DejaVu Sans Mono"
            r.font.size = Pt(8.5)
        else:
            p.add_run(raw)
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / (path.stem + ".docx")
        d.save(str(src))
        subprocess.run(["nice", "-n", "10", "soffice", "--headless", "-env:UserInstallation=file://" + td + "/prof",
                        "--convert-to", "pdf", "--outdir", td, str(src)],
                       check=True, capture_output=True, timeout=240)
        (Path(td) / (path.stem + ".pdf")).replace(path)


# ------------------------------------------------------------------ scans
def render_scan(doc: dict, path: Path) -> None:
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter

    rnd = random.Random(doc["name"])
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "src.pdf"
        render_rl(doc, src, size=10.5, for_scan=True)
        pdf = pdfium.PdfDocument(str(src))
        imgs = []
        for i in range(len(pdf)):
            im = pdf[i].render(scale=250 / 72).to_pil().convert("L")
            im = im.rotate(rnd.uniform(-1.1, 1.1), resample=Image.BICUBIC, expand=False, fillcolor=255)
            px = im.load()
            w, h = im.size
            for _ in range(w * h // 60):
                x, yy = rnd.randrange(w), rnd.randrange(h)
                v = px[x, yy]
                px[x, yy] = max(0, min(255, v + rnd.randint(-90, 60)))
            im = im.filter(ImageFilter.GaussianBlur(0.6))
            # grey paper tone
            im = im.point(lambda v: int(v * 0.93 + 8))
            imgs.append(im)
        pdf.close()
        c = canvas.Canvas(str(path), pagesize=A4)
        c.setCreator("Canon iR-ADV C5535 scan")
        meta = doc.get("meta") or {}
        for k, f in (("Author", c.setAuthor), ("Title", c.setTitle), ("Subject", c.setSubject)):
            if meta.get(k):
                f(meta[k])
        for im in imgs:
            buf = io.BytesIO()
            im.save(buf, "JPEG", quality=72)
            buf.seek(0)
            from reportlab.lib.utils import ImageReader

            c.drawImage(ImageReader(buf), 0, 0, W, H)
            c.showPage()
        c.save()


# ------------------------------------------------------------------ hidden channels via pikepdf
def post_process(doc: dict, path: Path) -> None:
    import pikepdf

    notes = doc.get("notes") or []
    outline = doc.get("outline") or []
    meta = doc.get("meta") or {}
    lo_links = doc.get("links") if doc["producer"] == "lo" else []
    if not (notes or outline or (meta and doc["producer"] == "lo") or lo_links):
        return
    tmp = path.with_suffix(".tmp.pdf")
    with pikepdf.open(str(path)) as pdf:
        if doc["producer"] == "lo":
            for k in ("Author", "Title", "Subject", "Keywords"):
                if meta.get(k):
                    pdf.docinfo["/" + k] = meta[k]
        p0 = pdf.pages[0]
        for i, (author, contents) in enumerate(notes):
            a = pdf.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                Rect=[500, 760 - 40 * i, 520, 780 - 40 * i], Contents=pikepdf.String(contents),
                T=pikepdf.String(author), Name=pikepdf.Name.Comment, Open=False,
                M=pikepdf.String("D:20250312101500+01'00'")))
            if "/Annots" not in p0.obj:
                p0.obj.Annots = pdf.make_indirect(pikepdf.Array())
            p0.obj.Annots.append(a)
        for i, (anchor, uri) in enumerate(lo_links or []):
            a = pdf.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Link, Border=[0, 0, 0],
                Rect=[70, 700 - 14 * i, 300, 712 - 14 * i],
                A=pikepdf.Dictionary(S=pikepdf.Name.URI, URI=pikepdf.String(uri))))
            if "/Annots" not in p0.obj:
                p0.obj.Annots = pdf.make_indirect(pikepdf.Array())
            p0.obj.Annots.append(a)
        if outline:
            with pdf.open_outline() as ol:
                for i, t in enumerate(outline):
                    ol.root.append(pikepdf.OutlineItem(t, min(i, len(pdf.pages) - 1)))
        pdf.save(str(tmp))
    tmp.replace(path)


def build_pdf(doc: dict, path: Path) -> None:
    prod = doc["producer"]
    if prod == "rl":
        render_rl(doc, path)
    elif prod == "lo":
        render_lo(doc, path)
    elif prod == "scan":
        render_scan(doc, path)
    else:
        raise ValueError(prod)
    post_process(doc, path)


# ------------------------------------------------------------------ gold
def _mask(text: str, probes: list) -> str:
    for p in probes:
        text = ev.probe_regex(p, True).sub(lambda m: "\u2588" * len(m.group(0)), text)
    return text


def make_gold(doc: dict, path: Path, log) -> dict:
    ch = ev.extract_channels(path, ocr="auto")
    chans = ch["channels"]
    pdfium_text = chans.get("pdfium", "")
    gold = {"doc": doc["name"], "pages": ch["pages"], "producer": doc["producer"],
            "redact": [], "keep": []}
    all_red = []
    for kind, value, probes in doc["redact"]:
        item = {"kind": kind, "value": value, "probes": []}
        for t in probes:
            pr = {"text": t, "word": True, "after": 0}
            cc = ev.channel_counts(chans, pr)
            if not cc:
                if doc["producer"] == "scan":
                    log(f"  {doc['name']}: OCR did not read redact probe {t!r}: dropped")
                    continue
                raise SystemExit(f"{doc['name']}: redact probe {t!r} not found in any channel")
            if set(cc) == {"ocr"}:
                pr["ocr"] = True
            item["probes"].append(pr)
            all_red.append(t)
        if item["probes"]:
            gold["redact"].append(item)
    masked = _mask(pdfium_text, all_red)
    for kind, value, probes in doc["keep"]:
        item = {"kind": kind, "value": value, "probes": []}
        for t in probes:
            pr = {"text": t, "word": True}
            n = ev.count_in(pdfium_text, pr)
            m = ev.count_in(masked, pr)
            if n != m:
                raise SystemExit(f"{doc['name']}: keep probe {t!r} overlaps a redact probe ({n} vs {m})")
            if n == 0:
                if doc["producer"] == "scan":
                    continue
                raise SystemExit(f"{doc['name']}: keep probe {t!r} not in the PDFium text")
            pr["after"] = n
            item["probes"].append(pr)
        if item["probes"]:
            gold["keep"].append(item)
    return gold
