"""Builders and gold computation for set mixed177 (molen subsidy). Deterministic."""
from __future__ import annotations
import io, re, subprocess, sys, shutil, random
from pathlib import Path
sys.path.insert(0, "/work/shared/eval")
from evaluate import norm, count_in, text_pdfium, extract_channels, channel_counts  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"; GOLD_DIR = HERE / "gold"
FONTDIR = "/usr/share/fonts/truetype/dejavu/"

def _fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    for n, f in (("DV", "DejaVuSans.ttf"), ("DVB", "DejaVuSans-Bold.ttf"), ("DVS", "DejaVuSerif.ttf"),
                 ("DVSB", "DejaVuSerif-Bold.ttf"), ("HW", "DejaVuSerif-Italic.ttf"), ("MONO", "DejaVuSansMono.ttf")):
        try:
            pdfmetrics.registerFont(TTFont(n, FONTDIR + f))
        except Exception:
            pass

class Doc:
    """pages: list of list of lines. Line markup: '# ' bold heading, '| a | b' table row, '' blank.
    font: 'helv' (standard-14), 'dv' (DejaVu embedded), 'serif', 'mono'."""
    def __init__(self, stem, pages, font="helv", producer="Microsoft® Word for Microsoft 365",
                 creator="Microsoft® Word for Microsoft 365", title="", author="", xmp_creator="",
                 outline=(), notes=(), form=None, scan=False, docx=False, hidden=(), extra_keep=()):
        self.stem, self.pages, self.font = stem, pages, font
        self.producer, self.creator, self.title, self.author = producer, creator, title, author
        self.xmp_creator, self.outline, self.notes, self.form = xmp_creator, outline, notes, form
        self.scan, self.docx, self.hidden, self.extra_keep = scan, docx, list(hidden), list(extra_keep)

    def build(self):
        DOCS_DIR.mkdir(exist_ok=True)
        out = DOCS_DIR / f"{self.stem}.pdf"
        if self.docx:
            build_docx(self, out)
        elif self.scan:
            build_scan(self, out)
        else:
            build_rl(self, out)
        post(self, out)
        return out

FONTS = {"helv": ("Helvetica", "Helvetica-Bold"), "dv": ("DV", "DVB"), "serif": ("DVS", "DVSB"),
         "mono": ("MONO", "MONO"), "times": ("Times-Roman", "Times-Bold")}

def build_rl(d, out):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    _fonts()
    reg, bold = FONTS[d.font]
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    W, H = A4
    for pi, lines in enumerate(d.pages):
        y = H - 60
        for ln in lines:
            if ln.startswith("# "):
                c.setFont(bold, 11.5); c.drawString(56, y, ln[2:]); y -= 17; continue
            if ln.startswith("|"):
                cells = [x.strip() for x in ln.strip("|").split("|")]
                from reportlab.pdfbase.pdfmetrics import stringWidth
                rows = [[x.strip() for x in r.strip("|").split("|")] for r in lines if r.startswith("|")]
                rows = [r for r in rows if len(r) == len(cells)]
                mw = [max(stringWidth(r[i], reg, 8.2) for r in rows) + 10 for i in range(len(cells))]
                sc = min(1.0, (W - 112) / sum(mw)) if sum(mw) else 1.0
                c.setFont(reg, 8.2 * min(1.0, sc + 0.05))
                x = 56
                for i, cell in enumerate(cells):
                    c.drawString(x, y, cell); x += mw[i] * sc if sc < 1 else max(mw[i], (W - 112) / len(cells) * 0.6)
                y -= 12.5; continue
            c.setFont(reg, 9.6)
            if not ln:
                y -= 8; continue
            for part in simpleSplit(ln, reg, 9.6, W - 112):
                c.drawString(56, y, part); y -= 13
        if d.form and pi == 0:
            add_form(c, d.form)
        c.showPage()
    c.save()

def add_form(c, fields):
    from reportlab.lib.colors import black, white
    y = 300
    for name, label, val in fields:
        c.setFont("Helvetica", 9); c.drawString(56, y + 5, label)
        c.acroForm.textfield(name=name, tooltip=label, x=230, y=y, width=300, height=18, value=val,
                             borderColor=black, fillColor=white, fontSize=9)
        y -= 26

def build_scan(d, out):
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    rnd = random.Random(d.stem)
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    for pi, lines in enumerate(d.pages):
        img = Image.new("L", (1654, 2339), 250)
        dr = ImageDraw.Draw(img)
        f_reg = ImageFont.truetype(FONTDIR + "DejaVuSerif.ttf", 34)
        f_b = ImageFont.truetype(FONTDIR + "DejaVuSerif-Bold.ttf", 36)
        f_hw = ImageFont.truetype(FONTDIR + "DejaVuSerif-Italic.ttf", 40)
        y = 140
        for ln in lines:
            if ln.startswith("# "):
                dr.text((130, y), ln[2:], font=f_b, fill=20); y += 62; continue
            if ln.startswith("~ "):
                dr.text((150, y), ln[2:], font=f_hw, fill=40); y += 66; continue
            if ln.startswith("|"):
                cells = [x.strip() for x in ln.strip("|").split("|")]
                cw = 1400 // len(cells)
                for i, cell in enumerate(cells):
                    if cell == "~":
                        x0 = 130 + i * cw
                        pts = [(x0 + k * 9, y + 20 + rnd.randint(-14, 14)) for k in range(22)]
                        dr.line(pts, fill=30, width=3)
                        continue
                    dr.text((130 + i * cw, y), cell, font=f_reg, fill=25)
                y += 56; continue
            if not ln:
                y += 30; continue
            dr.text((130, y), ln, font=f_reg, fill=25); y += 52
        img = img.rotate(rnd.uniform(-1.2, 1.2), resample=Image.BICUBIC, fillcolor=250)
        buf = io.BytesIO(); img.save(buf, "JPEG", quality=72); buf.seek(0)
        from reportlab.lib.utils import ImageReader
        c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()

def build_docx(d, out):
    import docx
    from docx.shared import Pt
    doc = docx.Document()
    st = doc.styles["Normal"]; st.font.name = "DejaVu Sans"; st.font.size = Pt(10)
    doc.core_properties.author = d.author or ""
    doc.core_properties.title = d.title or ""
    for pi, lines in enumerate(d.pages):
        if pi:
            doc.add_page_break()
        rows = []
        def flush():
            if rows:
                t = doc.add_table(rows=len(rows), cols=len(rows[0])); t.style = "Table Grid"
                for r, row in enumerate(rows):
                    for k, cell in enumerate(row):
                        t.cell(r, k).text = cell
                rows.clear()
        for ln in lines:
            if ln.startswith("|"):
                rows.append([x.strip() for x in ln.strip("|").split("|")]); continue
            flush()
            if ln.startswith("# "):
                p = doc.add_paragraph(); r = p.add_run(ln[2:]); r.bold = True
            else:
                doc.add_paragraph(ln)
        flush()
    tmp = Path(f"/tmp/s177_docx"); tmp.mkdir(exist_ok=True)
    src = tmp / f"{d.stem}.docx"; doc.save(src)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s177_lo", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp), str(src)], capture_output=True, timeout=180)
    shutil.copy(tmp / f"{d.stem}.pdf", out)

def post(d, out):
    import pikepdf
    with pikepdf.open(str(out), allow_overwriting_input=True) as pdf:
        if d.xmp_creator:
            with pdf.open_metadata(set_pikepdf_as_editor=False) as m:
                m["dc:creator"] = [d.xmp_creator]
                m["dc:title"] = d.title or d.stem
                m["xmp:CreateDate"] = "2026-09-14T10:15:00+02:00"
        if not d.docx:
            pdf.docinfo["/Producer"] = d.producer
            pdf.docinfo["/Creator"] = d.creator
            if d.title: pdf.docinfo["/Title"] = d.title
            if d.author: pdf.docinfo["/Author"] = d.author
            for k in ("/CreationDate", "/ModDate"):
                pdf.docinfo[k] = "D:20260914101500+02'00'"
        if d.outline:
            with pdf.open_outline() as ol:
                for title, pg in d.outline:
                    ol.root.append(pikepdf.OutlineItem(title, pg))
        for pg, x, y, author, text in d.notes:
            a = pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                                   Rect=[x, y, x + 20, y + 20], T=pikepdf.String(author),
                                   Contents=pikepdf.String(text), Open=False, Name=pikepdf.Name.Comment,
                                   M=pikepdf.String("D:20260915093000+02'00'"))
            page = pdf.pages[pg]
            if "/Annots" not in page.obj:
                page.obj.Annots = pdf.make_indirect(pikepdf.Array())
            page.obj.Annots.append(pdf.make_indirect(a))
        pdf.save(str(out), deterministic_id=True)

# ----------------------------------------------------------------------------------------------
def probe(t):
    return {"text": t, "word": bool(re.match(r"\w", t[:1])) and bool(re.match(r"\w", t[-1:])), "after": 0}

def make_gold(d, path, REDACT, KEEP):
    """REDACT: list of (kind, value, [probe texts]) global register; KEEP: list of (kind, text).
    Only register entries whose probes occur in this document's text are used."""
    text, pages = text_pdfium(path)
    problems = []
    red = []
    masked = text
    for kind, value, probes in REDACT:
        ps = [probe(p) for p in probes if count_in(text, probe(p))]
        if ps:
            red.append({"kind": kind, "value": value, "probes": ps})
    ch = None
    if d.hidden:
        ch = extract_channels(path, ocr="auto" if any(h[0] == "ocr" for h in d.hidden) else "off")["channels"]
    for chan, kind, value, probes in d.hidden:
        ps = []
        for p in probes:
            pr = probe(p)
            if chan == "ocr":
                pr["ocr"] = True
            n = channel_counts(ch, pr).get(chan, 0)
            if not n:
                problems.append(f"{d.stem}: hidden {chan} probe {p!r} not found")
                continue
            if chan != "ocr" and count_in(text, pr):
                problems.append(f"{d.stem}: hidden probe {p!r} also in page text")
            ps.append(pr)
        if ps:
            red.append({"kind": kind, "value": value, "channel": chan, "probes": ps})
    # mask redact probes (text layer) to test keep overlap
    allred = sorted({p["text"] for it in red for p in it["probes"]} |
                    {v for _, v, _ in REDACT if count_in(text, probe(v))}, key=len, reverse=True)
    for t in allred:
        masked = re.sub(re.escape(norm(t)), lambda m: "\u2588" * len(m.group(0)), masked)
    keep = []
    seen = set()
    for kind, t in list(KEEP) + d.extra_keep:
        if t in seen:
            continue
        seen.add(t)
        pr = {"text": t, "word": bool(re.match(r"\w", t[:1])) and bool(re.match(r"\w", t[-1:]))}
        n = count_in(text, pr)
        if not n:
            continue
        if count_in(masked, pr) != n:
            continue  # would overlap a redacted value
        pr["after"] = n
        keep.append({"kind": kind, "value": t, "probes": [pr]})
    for t, _ in [(x[1], 0) for x in d.extra_keep]:
        if not any(k["value"] == t for k in keep):
            problems.append(f"{d.stem}: extra keep {t!r} missing/overlapping")
    if not d.scan and not red and not getattr(d, 'public', False):
        problems.append(f"{d.stem}: no redact probes")
    return {"doc": path.name, "pages": pages, "redact": red, "keep": keep}, problems
