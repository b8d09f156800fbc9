"""Framework of set AR (mixed34): a mini markup -> PDF via reportlab, Chromium (HTML) or LibreOffice (docx),
scans (image-only or with a tesseract OCR layer), hidden channels added with pikepdf, and gold counted with the
shared evaluator's own functions.

Markup inside any text:  {r:Sanne Kartosen}  redact probe (kind PERSON)   {r/IBAN:NL..}  other kind
                         {k:Rijkswaterstaat} keep probe (kind ORG)         {k/AMOUNT:€ 1.200,00}
Block syntax (one block per line): '# ' heading, '## ' subheading, '| a | b |' table row (first row of a run is the
header), '===' page break, '~ ' small print, '' blank line, anything else a paragraph.
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
from html import escape
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, extract_channels, norm, ocr_text, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
GOLD = HERE / "gold"
MARK = re.compile(r"\{([rk])(?:/([A-Z_]+))?:([^{}]+)\}")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def strip(s: str) -> str:
    return MARK.sub(lambda m: m.group(3), s)


def marks(s: str):
    return [(m.group(1), m.group(2) or ("PERSON" if m.group(1) == "r" else "ORG"), m.group(3)) for m in MARK.finditer(s)]


PARTICLES = {"van", "de", "der", "den", "ter", "ten", "te", "'t", "het", "in", "op", "Van", "De", "Der", "Ter", "Ten",
             "El", "el", "Aït", "Oude", "Op", "Den", "Het"}


def name_variants(value: str) -> list[str]:
    """Further probes for a person's name: the first name and the surname core (last token, or the part before a
    comma in 'Sabajo, U.M.'). Initials, particles and short tokens are not probed on their own."""
    out = []
    v = value.strip()
    if "," in v:
        sur = v.split(",")[0].strip()
        if sur != v:
            out.append(sur)
        return out
    toks = v.split()
    if len(toks) < 2:
        return out
    first, last = toks[0], toks[-1]
    if not first.endswith(".") and first not in PARTICLES and len(first) >= 3 and first[0].isupper():
        out.append(first)
    if not last.endswith(".") and len(last) >= 3 and last[0].isupper():
        out.append(last)
    return out


def blank_redacted(s: str) -> str:
    return MARK.sub(lambda m: "\u2588" * 3 if m.group(1) == "r" else m.group(3), s)


# ------------------------------------------------------------------ invented identifiers
def iban(bank: str, acct: int) -> str:
    acc = f"{acct:010d}"
    s = bank + acc + "NL00"
    num = "".join(str(int(c, 36)) for c in s)
    chk = 98 - int(num) % 97
    raw = f"NL{chk:02d}{bank}{acc}"
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def bsn(seed: int) -> str:
    r = random.Random(seed)
    while True:
        d = [r.randint(0, 9) for _ in range(8)]
        if d[0] == 0:
            continue
        s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        last = s % 11
        if last < 10:
            return "".join(map(str, d)) + str(last)


# ------------------------------------------------------------------ parsing
def blocks(text: str):
    out, table = [], []
    for line in text.strip("\n").split("\n"):
        line = line.rstrip()
        if line.startswith("|"):
            table.append([c.strip() for c in line.strip().strip("|").split("|")])
            continue
        if table:
            out.append(("table", table)); table = []
        if line.startswith("## "):
            out.append(("h2", line[3:]))
        elif line.startswith("# "):
            out.append(("h1", line[2:]))
        elif line == "===":
            out.append(("page", ""))
        elif line.startswith("~ "):
            out.append(("small", line[2:]))
        elif line == "":
            out.append(("blank", ""))
        else:
            out.append(("p", line))
    if table:
        out.append(("table", table))
    return out


# ------------------------------------------------------------------ reportlab
def _rl_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    try:
        pdfmetrics.getFont("DV")
    except KeyError:
        pdfmetrics.registerFont(TTFont("DV", FONT))
        pdfmetrics.registerFont(TTFont("DVB", FONTB))


def render_reportlab(doc: dict, path: Path):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    _rl_fonts()
    fs = doc.get("fontsize", 9.5)
    st = ParagraphStyle("b", fontName="DV", fontSize=fs, leading=fs * 1.3)
    h1 = ParagraphStyle("h1", fontName="DVB", fontSize=fs + 4, leading=(fs + 4) * 1.3, spaceAfter=4)
    h2 = ParagraphStyle("h2", fontName="DVB", fontSize=fs + 1.5, leading=(fs + 1.5) * 1.3, spaceBefore=4)
    sm = ParagraphStyle("s", fontName="DV", fontSize=fs - 2, leading=(fs - 2) * 1.3, textColor=colors.grey)
    tc = ParagraphStyle("t", fontName="DV", fontSize=fs - 1, leading=(fs - 1) * 1.2)
    tch = ParagraphStyle("th", fontName="DVB", fontSize=fs - 1, leading=(fs - 1) * 1.2)
    size = landscape(A4) if doc.get("landscape") else A4
    flow = []
    for kind, val in blocks(doc["body"]):
        if kind == "table":
            data = [[Paragraph(escape(strip(c)), tch if i == 0 else tc) for c in row] for i, row in enumerate(val)]
            t = Table(data, repeatRows=1, hAlign="LEFT")
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            flow += [t, Spacer(1, 4)]
        elif kind == "page":
            flow.append(PageBreak())
        elif kind == "blank":
            flow.append(Spacer(1, fs * 0.6))
        else:
            flow.append(Paragraph(escape(strip(val)), {"h1": h1, "h2": h2, "small": sm}.get(kind, st)))

    def deco(c, d):
        c.saveState()
        c.setFont("DV", 7.5)
        c.setFillColor(colors.grey)
        if doc.get("header"):
            c.drawString(18 * mm, size[1] - 12 * mm, strip(doc["header"]))
        foot = strip(doc.get("footer", "")) + f"   pagina {d.page}"
        c.drawString(18 * mm, 9 * mm, foot)
        c.restoreState()
    sd = SimpleDocTemplate(str(path), pagesize=size, leftMargin=18 * mm, rightMargin=18 * mm,
                           topMargin=20 * mm, bottomMargin=18 * mm, author="", title="", creator="", producer="ReportLab")
    sd.build(flow, onFirstPage=deco, onLaterPages=deco)


# ------------------------------------------------------------------ HTML / Chromium
def to_html(doc: dict) -> str:
    fs = doc.get("fontsize", 10)
    css = (f"@page {{ size: A4 {'landscape' if doc.get('landscape') else 'portrait'}; margin: 14mm 12mm; }}"
           f"body {{ font-family: 'DejaVu Sans', Arial, sans-serif; font-size: {fs}pt; }}"
           "table { border-collapse: collapse; margin: 4px 0; } td, th { border: 1px solid #999; padding: 2px 4px;"
           " vertical-align: top; text-align: left; } th { background: #e8eef5; } .small { color: #666; font-size: 80%; }"
           ".hdr { color: #555; border-bottom: 1px solid #aaa; margin-bottom: 8px; font-size: 85%; }"
           + doc.get("css", ""))
    parts = [f"<html><head><meta charset='utf-8'><title>{escape(strip(doc.get('html_title', '')))}</title><style>{css}</style></head><body>"]
    if doc.get("header"):
        parts.append(f"<div class='hdr'>{escape(strip(doc['header']))}</div>")
    for kind, val in blocks(doc["body"]):
        if kind == "table":
            rows = []
            for i, row in enumerate(val):
                tag = "th" if i == 0 else "td"
                rows.append("<tr>" + "".join(f"<{tag}>{escape(strip(c))}</{tag}>" for c in row) + "</tr>")
            parts.append("<table>" + "".join(rows) + "</table>")
        elif kind == "page":
            parts.append("<div style='page-break-after: always'></div>")
        elif kind == "blank":
            parts.append("<div style='height:6px'></div>")
        elif kind == "h1":
            parts.append(f"<h2>{escape(strip(val))}</h2>")
        elif kind == "h2":
            parts.append(f"<h3>{escape(strip(val))}</h3>")
        elif kind == "small":
            parts.append(f"<div class='small'>{escape(strip(val))}</div>")
        else:
            parts.append(f"<div>{escape(strip(val))}</div>")
    if doc.get("footer"):
        parts.append(f"<div class='small' style='margin-top:10px'>{escape(strip(doc['footer']))}</div>")
    parts.append("</body></html>")
    return "".join(parts)


def render_chromium(doc: dict, path: Path):
    with tempfile.TemporaryDirectory() as td:
        h = Path(td) / "d.html"
        h.write_text(to_html(doc), encoding="utf-8")
        subprocess.run(["nice", "-n", "10", "/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu",
                        "--no-pdf-header-footer", f"--user-data-dir={td}/prof", f"--print-to-pdf={path}", h.as_uri()],
                       capture_output=True, timeout=180, check=True)


# ------------------------------------------------------------------ docx / LibreOffice
def render_docx(doc: dict, path: Path):
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm, Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "DejaVu Sans"
    st.font.size = Pt(doc.get("fontsize", 9.5))
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    if doc.get("landscape"):
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(297), Mm(210)
    sec.left_margin = sec.right_margin = Mm(20)
    if doc.get("header"):
        sec.header.paragraphs[0].text = strip(doc["header"])
    if doc.get("footer"):
        sec.footer.paragraphs[0].text = strip(doc["footer"])
    for kind, val in blocks(doc["body"]):
        if kind == "table":
            t = d.add_table(rows=len(val), cols=max(len(r) for r in val))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, c in enumerate(row):
                    cell = t.cell(i, j)
                    cell.text = strip(c)
                    if i == 0:
                        for r in cell.paragraphs[0].runs:
                            r.bold = True
            d.add_paragraph()
        elif kind == "page":
            d.add_page_break()
        elif kind == "h1":
            d.add_heading(strip(val), level=1)
        elif kind == "h2":
            d.add_heading(strip(val), level=2)
        elif kind == "blank":
            pass
        elif kind == "small":
            p = d.add_paragraph(); r = p.add_run(strip(val)); r.font.size = Pt(7.5)
        else:
            d.add_paragraph(strip(val))
    cp = d.core_properties
    cp.author = strip(doc.get("docx_author", ""))
    cp.last_modified_by = strip(doc.get("docx_author", ""))
    cp.title = strip(doc.get("docx_title", ""))
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / (path.stem + ".docx")
        d.save(src)
        subprocess.run(["nice", "-n", "10", "soffice", f"-env:UserInstallation=file://{td}/lo", "--headless",
                        "--convert-to", "pdf", "--outdir", td, str(src)], capture_output=True, timeout=300, check=True)
        shutil.move(str(Path(td) / (path.stem + ".pdf")), path)


# ------------------------------------------------------------------ scans
def make_scan(doc: dict, path: Path, seed: int):
    from PIL import Image, ImageFilter
    r = random.Random(seed)
    with tempfile.TemporaryDirectory() as td:
        clean = Path(td) / "clean.pdf"
        render_reportlab({**doc, "fontsize": doc.get("fontsize", 10.5)}, clean)
        subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", str(clean), f"{td}/p"], check=True)
        pages = []
        for png in sorted(Path(td).glob("p*.png")):
            im = Image.open(png).convert("L")
            im = im.rotate(r.uniform(-1.2, 1.2), resample=Image.BICUBIC, expand=False, fillcolor=255)
            px = im.load()
            w, h = im.size
            for _ in range(w * h // 180):
                x, y = r.randrange(w), r.randrange(h)
                px[x, y] = r.choice((0, 90, 160, 235))
            im = im.filter(ImageFilter.GaussianBlur(0.5))
            pages.append(im)
        if doc.get("ocr_layer"):
            outs = []
            for i, im in enumerate(pages):
                p = Path(td) / f"s{i}.png"
                im.save(p, dpi=(200, 200))
                subprocess.run(["nice", "-n", "10", "tesseract", str(p), str(Path(td) / f"o{i}"), "-l", "nld", "pdf"],
                               capture_output=True, check=True)
                outs.append(Path(td) / f"o{i}.pdf")
            import pikepdf
            pdf = pikepdf.new()
            for o in outs:
                with pikepdf.open(o) as src:
                    pdf.pages.extend(src.pages)
            pdf.save(path)
        else:
            pages[0].save(path, "PDF", resolution=200.0, save_all=True, append_images=pages[1:])


# ------------------------------------------------------------------ hidden channels
def add_hidden(path: Path, doc: dict):
    import pikepdf
    h = doc.get("hidden", {})
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
            if h.get("author"):
                meta["dc:creator"] = [strip(h["author"])]
            if h.get("title"):
                meta["dc:title"] = strip(h["title"])
        if h.get("author"):
            pdf.docinfo["/Author"] = strip(h["author"])
        if h.get("title"):
            pdf.docinfo["/Title"] = strip(h["title"])
        if h.get("subject"):
            pdf.docinfo["/Subject"] = strip(h["subject"])
        for i, (who, text) in enumerate(h.get("annots", [])):
            page = pdf.pages[0]
            a = pdf.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text, Rect=[400, 700 - 30 * i, 420, 720 - 30 * i],
                Contents=pikepdf.String(strip(text)), T=pikepdf.String(strip(who)), Open=False, F=4))
            if "/Annots" not in page.obj:
                page.obj.Annots = pdf.make_indirect(pikepdf.Array())
            page.obj.Annots.append(a)
        if h.get("outline"):
            with pdf.open_outline() as ol:
                for j, t in enumerate(h["outline"]):
                    ol.root.append(pikepdf.OutlineItem(strip(t), min(j, len(pdf.pages) - 1)))
        if h.get("fields"):
            fields = pikepdf.Array()
            page = pdf.pages[-1]
            if "/Annots" not in page.obj:
                page.obj.Annots = pdf.make_indirect(pikepdf.Array())
            for i, (name, val) in enumerate(h["fields"]):
                f = pdf.make_indirect(pikepdf.Dictionary(
                    FT=pikepdf.Name.Tx, T=pikepdf.String(name), V=pikepdf.String(strip(val)), Type=pikepdf.Name.Annot,
                    Subtype=pikepdf.Name.Widget, Rect=[60, 40 + 16 * i, 300, 54 + 16 * i], F=4, P=page.obj,
                    DA=pikepdf.String("/Helv 0 Tf 0 g")))
                fields.append(f)
                page.obj.Annots.append(f)
            helv = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1,
                                                        BaseFont=pikepdf.Name.Helvetica))
            pdf.Root.AcroForm = pdf.make_indirect(pikepdf.Dictionary(
                Fields=fields, NeedAppearances=True, DA=pikepdf.String("/Helv 0 Tf 0 g"),
                DR=pikepdf.Dictionary(Font=pikepdf.Dictionary(Helv=helv))))
        for name, data in h.get("attach", []):
            pdf.attachments[strip(name)] = pikepdf.AttachedFileSpec(pdf, strip(data).encode("utf-8"), filename=strip(name))
        pdf.save(path)


def hidden_strings(doc: dict) -> list[str]:
    h = doc.get("hidden", {})
    s = [h.get("author", ""), h.get("title", ""), h.get("subject", "")]
    s += [a for pair in h.get("annots", []) for a in pair] + h.get("outline", [])
    s += [v for _, v in h.get("fields", [])] + [n for n, _ in h.get("attach", [])]
    return s


# ------------------------------------------------------------------ build + gold
def build(doc: dict, seed: int) -> dict:
    DOCS.mkdir(exist_ok=True); GOLD.mkdir(exist_ok=True)
    path = DOCS / doc["name"]
    prod = doc["producer"]
    if prod == "scan":
        make_scan(doc, path, seed)
    elif prod == "chromium":
        render_chromium(doc, path)
    elif prod == "docx":
        render_docx(doc, path)
    else:
        render_reportlab(doc, path)
    if doc.get("hidden"):
        add_hidden(path, doc)
    return make_gold(doc, path)


def make_gold(doc: dict, path: Path) -> dict:
    src_all = doc["body"] + "\n" + doc.get("header", "") + "\n" + doc.get("footer", "")
    hid = "\n".join(hidden_strings(doc))
    ch = extract_channels(path, ocr="off")
    chans = ch["channels"]
    image_only = doc["producer"] == "scan" and not doc.get("ocr_layer")
    ocr_entries = None
    if image_only:
        with tempfile.TemporaryDirectory() as td:
            ocr_entries = ocr_text(path, Path(td), list(range(1, ch["pages"] + 1)))
    from evaluate import channel_counts
    red, keep, dropped = {}, {}, []
    for k, kind, text in marks(src_all) + marks(hid):
        tgt = red if k == "r" else keep
        tgt.setdefault(text, kind)
    vis_blank = norm(strip(blank_redacted(src_all)))
    hid_blank = norm(strip(blank_redacted(hid)))
    gred = []
    hidden_only = []
    seen = set()
    for value, kind in red.items():
      probes = []
      for text in [value] + (name_variants(value) if kind == "PERSON" else []):
        if text in seen:
            continue
        seen.add(text)
        pr = {"text": text, "word": True}
        # occurrences outside a redact mark (e.g. inside a kept firm name) may stay
        after = count_in(vis_blank, pr) + count_in(hid_blank, pr)
        if image_only:
            pr["ocr"] = True
            found = sum(max(count_in(e["render"], pr), 0) for e in ocr_entries)
        else:
            found = max(channel_counts(chans, pr).values() or [0])
        if found <= after:
            dropped.append(("redact", text)); continue
        pr["after"] = after
        probes.append(pr)
        if not image_only and count_in(chans.get("pdfium", ""), pr) == 0:
            hidden_only.append(text)
      if probes:
        gred.append({"kind": kind, "value": value, "probes": probes})
    gkeep = []
    pdfium = chans.get("pdfium", "")
    for text, kind in keep.items():
        pr = {"text": text, "word": True}
        c = count_in(pdfium, pr)
        if c == 0:
            dropped.append(("keep", text)); continue
        pr["after"] = c
        gkeep.append({"kind": kind, "value": text, "probes": [pr]})
    g = {"doc": path.name, "pages": ch["pages"], "producer": doc["producer"] + ("+ocr" if doc.get("ocr_layer") else ""),
         "redact": gred, "keep": gkeep, "hidden_only": hidden_only}
    (GOLD / (path.stem + ".json")).write_text(json.dumps(g, ensure_ascii=False, indent=1), encoding="utf-8")
    return {"doc": path.name, "pages": ch["pages"], "redact": sum(len(i["probes"]) for i in gred),
            "keep": len(gkeep), "dropped": dropped,
            "hidden_only": len(hidden_only)}
