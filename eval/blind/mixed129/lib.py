"""Rendering and gold helpers for set LV (eval/blind/mixed129).

Markup in document lines: [[text]] or [[text|KIND]] = redact (personal data), {{text}} or
{{text|KIND}} = keep (public). Line kinds: '# ' heading, '## ' subheading, '| a | b |' table row,
'\\f' page break, '' blank line, anything else a wrapped paragraph.
"""
from __future__ import annotations

import io
import re
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import probe_regex, count_in, extract_channels, channel_counts, norm, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
FONTS = "/usr/share/fonts/truetype/dejavu/"
MARK = re.compile(r"\[\[(.+?)\]\]|\{\{(.+?)\}\}")


def strip(s: str) -> str:
    return MARK.sub(lambda m: (m.group(1) or m.group(2)).split("|")[0], s)


def marks(lines):
    red, keep = [], []
    for ln in lines:
        for m in MARK.finditer(ln):
            if m.group(1):
                t, _, k = m.group(1).partition("|")
                red.append((t, k or "PERSON"))
            else:
                t, _, k = m.group(2).partition("|")
                keep.append((t, k or "ORG"))
    return red, keep


class Doc:
    def __init__(self, stem, lines, producer="Microsoft® Word for Microsoft 365", creator=None,
                 engine="rl", font="Helvetica", author=None, title=None, xmp_creator=None,
                 outline=None, notes=None, form=None, hidden=None, scan=False, fontsize=10,
                 extra_red=None):
        self.stem, self.lines = stem, lines
        self.producer, self.creator, self.engine, self.font = producer, creator, engine, font
        self.author, self.title, self.xmp_creator = author, title, xmp_creator
        self.outline, self.notes, self.form = outline or [], notes or [], form or []
        self.hidden = hidden or []   # (channel, text, kind)
        self.scan, self.fontsize = scan, fontsize
        self.extra_red = extra_red or []  # (text, kind) extra redact probes in the page text

    @property
    def path(self):
        return DOCS_DIR / f"{self.stem}.pdf"

    def build(self):
        DOCS_DIR.mkdir(exist_ok=True)
        if self.scan:
            build_scan(self)
        elif self.engine == "docx":
            build_docx(self)
        else:
            build_rl(self)
        post(self)
        return self.path


# ---------------------------------------------------------------- reportlab
def _fonts(name):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if name == "Helvetica":
        return "Helvetica", "Helvetica-Bold"
    if name == "Times":
        return "Times-Roman", "Times-Bold"
    if name == "Courier":
        return "Courier", "Courier-Bold"
    reg, bold = {"DejaVu": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
                 "DejaVuSerif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"),
                 "DejaVuCond": ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf")}[name]
    for f in (reg, bold):
        try:
            pdfmetrics.getFont(f[:-4])
        except KeyError:
            pdfmetrics.registerFont(TTFont(f[:-4], FONTS + f))
    return reg[:-4], bold[:-4]


def wrap(text, font, size, width):
    from reportlab.pdfbase.pdfmetrics import stringWidth
    words, out, cur = text.split(" "), [], ""
    for w in words:
        t = (cur + " " + w) if cur else w
        if stringWidth(t, font, size) <= width or not cur:
            cur = t
        else:
            out.append(cur)
            cur = w
    out.append(cur)
    return out


def build_rl(d: Doc):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    reg, bold = _fonts(d.font)
    W, H = A4
    c = canvas.Canvas(str(d.path), pagesize=A4, invariant=1)
    c.setAuthor(d.author or "")
    c.setTitle(d.title or "")
    fs = d.fontsize
    lm, rm, top, bot = 62, 62, H - 60, 60
    y = top
    pageno = 0
    outline_i = 0

    def newpage():
        nonlocal y
        c.showPage()
        y = top

    for raw in d.lines:
        if raw == "\f":
            newpage()
            continue
        ln = strip(raw)
        if y < bot + 14:
            newpage()
        if ln == "":
            y -= fs * 0.8
        elif ln.startswith("# "):
            c.setFont(bold, fs + 4)
            c.drawString(lm, y, ln[2:])
            y -= fs * 2.0
        elif ln.startswith("## "):
            c.setFont(bold, fs + 1)
            c.drawString(lm, y, ln[3:])
            y -= fs * 1.6
        elif ln.startswith("|"):
            cells = [x.strip() for x in ln.strip("|").split("|")]
            colw = (W - lm - rm) / len(cells)
            c.setFont(reg, fs - 1)
            hmax = 1
            for i, cell in enumerate(cells):
                ws = wrap(cell, reg, fs - 1, colw - 6)
                for j, w in enumerate(ws):
                    c.drawString(lm + i * colw, y - j * fs * 1.2, w)
                hmax = max(hmax, len(ws))
            y -= fs * 1.2 * hmax + 3
        else:
            c.setFont(reg, fs)
            for w in wrap(ln, reg, fs, W - lm - rm):
                if y < bot:
                    newpage()
                    c.setFont(reg, fs)
                c.drawString(lm, y, w)
                y -= fs * 1.35
    # notes and form fields on the last page
    if d.form:
        c.setFont(reg, fs)
        c.setFillColorRGB(0, 0, 0)
        fy = y - 10
        for (label, name, value) in d.form:
            c.drawString(lm, fy + 4, label)
            c.acroForm.textfield(name=name, value=value, x=lm + 190, y=fy, width=280, height=16,
                                 fontSize=9, borderWidth=0.5, fontName="Helvetica")
            fy -= 24
    c.save()


# ---------------------------------------------------------------- docx via soffice
def build_docx(d: Doc):
    import docx
    from docx.shared import Pt
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Liberation Sans" if d.font != "Times" else "Liberation Serif"
    st.font.size = Pt(10)
    table = None
    for raw in d.lines:
        ln = strip(raw)
        if ln == "\f":
            doc.add_page_break()
            table = None
            continue
        if ln.startswith("|"):
            cells = [x.strip() for x in ln.strip("|").split("|")]
            if table is None or len(table.columns) != len(cells):
                table = doc.add_table(rows=0, cols=len(cells))
                table.style = "Table Grid"
            row = table.add_row().cells
            for i, cell in enumerate(cells):
                row[i].text = cell
            continue
        table = None
        if ln.startswith("# "):
            doc.add_heading(ln[2:], level=1)
        elif ln.startswith("## "):
            doc.add_heading(ln[3:], level=2)
        else:
            p = doc.add_paragraph(ln)
            p.paragraph_format.space_after = Pt(2)
    cp = doc.core_properties
    cp.author = d.author or ""
    cp.title = d.title or ""
    cp.last_modified_by = ""
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / f"{d.stem}.docx"
        doc.save(src)
        for _ in range(4):
            r = subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lv129_soffice_profile",
                                "--headless", "--convert-to", "pdf", "--outdir", td, str(src)],
                               capture_output=True, timeout=180)
            if (Path(td) / f"{d.stem}.pdf").exists():
                break
        d.path.write_bytes((Path(td) / f"{d.stem}.pdf").read_bytes())


# ---------------------------------------------------------------- scans
def build_scan(d: Doc):
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    dpi = 150
    Wp, Hp = int(8.27 * dpi), int(11.69 * dpi)
    f_reg = ImageFont.truetype(FONTS + "DejaVuSerif.ttf", 25)
    f_bold = ImageFont.truetype(FONTS + "DejaVuSerif-Bold.ttf", 30)
    f_hand = ImageFont.truetype(FONTS + "DejaVuSansCondensed-Oblique.ttf", 29)
    pages, cur = [], []
    for raw in d.lines:
        if raw == "\f":
            pages.append(cur)
            cur = []
        else:
            cur.append(raw)
    pages.append(cur)
    c = canvas.Canvas(str(d.path), pagesize=A4, invariant=1)
    for k, pl in enumerate(pages):
        img = Image.new("L", (Wp, Hp), 246)
        dr = ImageDraw.Draw(img)
        y = 110
        for raw in pl:
            ln = strip(raw)
            font = f_reg
            if ln.startswith("# "):
                ln, font = ln[2:], f_bold
            elif ln.startswith("~ "):
                ln, font = ln[2:], f_hand
            if ln.startswith("|"):
                cells = [x.strip() for x in ln.strip("|").split("|")]
                colw = (Wp - 200) / len(cells)
                for i, cell in enumerate(cells):
                    dr.text((100 + i * colw, y), cell, fill=25, font=f_hand if cell.startswith("~") else font)
                y += 46
                continue
            # wrap
            words, cur2 = ln.split(" "), ""
            for w in words:
                t = (cur2 + " " + w) if cur2 else w
                if dr.textlength(t, font=font) > Wp - 220 and cur2:
                    dr.text((100, y), cur2, fill=20, font=font)
                    y += 38
                    cur2 = w
                else:
                    cur2 = t
            dr.text((100, y), cur2, fill=20, font=font)
            y += 38 if ln else 20
        img = img.rotate(0.6 + 0.3 * k, fillcolor=250, resample=Image.BICUBIC)
        buf = io.BytesIO()
        img.convert("L").save(buf, "JPEG", quality=72)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()


# ---------------------------------------------------------------- post-processing
def post(d: Doc):
    import pikepdf
    with pikepdf.open(str(d.path), allow_overwriting_input=True) as pdf:
        info = pdf.docinfo
        info["/Producer"] = d.producer
        if d.creator:
            info["/Creator"] = d.creator
        if d.author:
            info["/Author"] = d.author
        elif "/Author" in info:
            del info["/Author"]
        if d.title:
            info["/Title"] = d.title
        if d.xmp_creator:
            with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as m:
                m["dc:creator"] = [d.xmp_creator]
                m["pdf:Producer"] = d.producer
        if d.outline:
            with pdf.open_outline() as ol:
                for i, t in enumerate(d.outline):
                    ol.root.append(pikepdf.OutlineItem(t, min(i, len(pdf.pages) - 1)))
        for (pg, x, y, author, text) in d.notes:
            page = pdf.pages[pg]
            annot = pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                                       Rect=[x, y, x + 20, y + 20], T=pikepdf.String(author),
                                       Contents=pikepdf.String(strip(text)), Open=False,
                                       C=[1, 0.9, 0.2])
            if "/Annots" not in page.obj:
                page.obj.Annots = pikepdf.Array()
            page.obj.Annots.append(pdf.make_indirect(annot))
        pdf.save(str(d.path), deterministic_id=True)


# ---------------------------------------------------------------- gold
def make_gold(d: Doc, path: Path):
    problems, dropped = [], []
    text, pages = text_pdfium(path)
    red, keep = marks(d.lines)
    red += d.extra_red
    redact, seen = [], set()
    chans = None
    if d.hidden or d.scan:
        chans = extract_channels(path, ocr="auto" if d.scan else "off")["channels"]
    for t, k in red:
        if t in seen:
            continue
        seen.add(t)
        pr = {"text": t, "word": True, "after": 0}
        if d.scan:
            pr["ocr"] = True
            if channel_counts(chans, pr).get("ocr", 0) == 0:
                dropped.append(f"ocr miss {t!r}")
                continue
            redact.append({"kind": k, "value": t, "channel": "ocr", "probes": [pr]})
            continue
        if count_in(text, pr) == 0:
            problems.append(f"{d.stem}: redact {t!r} not in text")
            continue
        redact.append({"kind": k, "value": t, "probes": [pr]})
    for ch, t, k in d.hidden:
        if t in seen:
            continue
        seen.add(t)
        pr = {"text": t, "word": True, "after": 0}
        if channel_counts(chans, pr).get(ch, 0) == 0 or count_in(text, pr):
            problems.append(f"{d.stem}: hidden {t!r} not only in {ch}")
            continue
        redact.append({"kind": k, "value": t, "channel": ch, "probes": [pr]})
    # second probes: a person's surname, an e-mail address's local part
    keepvals = [t for t, _ in keep]
    for it in redact:
        if it.get("channel"):
            continue
        v, extra = it["value"], None
        if it["kind"] == "PERSON" and " " in v and "," not in v:
            last = v.split(" ")[-1]
            if len(last) >= 4 and last[0].isupper() and "." not in last:
                extra = last
        elif it["kind"] == "EMAIL" and not v.startswith(("info", "woo", "pers")):
            extra = v.split("@")[0]
        if not extra or any(probe_regex(extra, True).search(kv) for kv in keepvals):
            continue
        if extra in seen:
            continue
        seen.add(extra)
        it["probes"].append({"text": extra, "word": True, "after": 0})
    # public words found in the text: dates, route codes, amounts
    for rx in (r"\b\d{1,2} (?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) 20\d\d\b",
               r"\bV-2\d\b", r"€ \d[\d.]*,\d\d", r"\bartikel \d+(?:\.\d+)?\b"):
        for m in re.finditer(rx, norm(text)):
            if m.group(0) not in [t for t, _ in keep]:
                keep.append((m.group(0), "DATE" if "20" in m.group(0)[-4:] else "OTHER"))
    # simulated redaction of the page text
    masked = norm(text)
    for it in redact:
        if it.get("channel") or it.get("ocr"):
            continue
        for pr in it["probes"]:
            masked = probe_regex(pr["text"], True).sub(lambda m: "\u2588" * len(m.group(0)), masked)
    kept, kseen = [], set()
    for t, k in keep:
        if t in kseen:
            continue
        kseen.add(t)
        pr = {"text": t, "word": True}
        n = count_in(text, pr)
        if n == 0:
            problems.append(f"{d.stem}: keep {t!r} not in text")
            continue
        if count_in(masked, pr) != n or any(t in r["value"] or r["value"] in t for r in redact):
            dropped.append(f"keep overlaps redact {t!r}")
            continue
        pr["after"] = n
        kept.append({"kind": k, "value": t, "probes": [pr]})
    for x in dropped:
        print(f"  ({d.stem}: dropped {x})")
    return {"doc": path.name, "pages": pages, "redact": redact, "keep": kept}, problems
