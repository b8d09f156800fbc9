"""Builders and gold maker for set mixed188 (schuldhulpverlening, gemeente Apeldoorn)."""
from __future__ import annotations
import re, subprocess, sys, shutil
from pathlib import Path
from xml.sax.saxutils import escape
sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, norm, probe_regex, text_pdfium, extract_channels, channel_counts  # noqa

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"; GOLD_DIR = HERE / "gold"
TMP = Path("/tmp/s188_build"); TMP.mkdir(exist_ok=True)
DEJAVU = "/usr/share/fonts/truetype/dejavu/"

def strip_tags(s): return re.sub(r"<[^>]+>", "", s)

class Doc:
    def __init__(self, stem, blocks, mode="rl", producer=None, creator=None, author=None, xmp_creator=None,
                 outline=None, notes=None, redact=(), keep=(), hidden=(), title=None, font="Helvetica", scan=None,
                 form=None, ocr=(), meta_title=None, keep_tail=None):
        self.__dict__.update(locals()); del self.__dict__["self"]
    @property
    def path(self): return DOCS_DIR / f"{self.stem}.pdf"

    def build(self):
        DOCS_DIR.mkdir(exist_ok=True)
        if self.mode == "rl": build_rl(self)
        elif self.mode == "docx": build_docx(self)
        elif self.mode == "scan": build_scan(self)
        elif self.mode == "form": build_form(self)
        post(self)
        return self.path

def _rl_styles(font):
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if font == "DejaVu":
        for n, f in (("DejaVu", "DejaVuSans.ttf"), ("DejaVu-Bold", "DejaVuSans-Bold.ttf")):
            try: pdfmetrics.getFont(n)
            except KeyError: pdfmetrics.registerFont(TTFont(n, DEJAVU + f))
        from reportlab.lib.fonts import addMapping
        addMapping("DejaVu", 0, 0, "DejaVu"); addMapping("DejaVu", 1, 0, "DejaVu-Bold")
        addMapping("DejaVu", 0, 1, "DejaVu"); addMapping("DejaVu", 1, 1, "DejaVu-Bold")
        bold = "DejaVu-Bold"
    elif font == "Times-Roman": bold = "Times-Bold"
    else: bold = font + "-Bold"
    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["Normal"], fontName=font, fontSize=10, leading=13.5, spaceAfter=5)
    h = ParagraphStyle("h", parent=body, fontName=bold, fontSize=12.5, leading=16, spaceBefore=4, spaceAfter=6)
    small = ParagraphStyle("s", parent=body, fontSize=8.5, leading=10.5, spaceAfter=0)
    return body, h, small

def build_rl(d):
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak
    from reportlab.lib.pagesizes import A4
    from reportlab.lib import colors
    body, h, small = _rl_styles(d.font)
    st = []
    for b in d.blocks:
        if isinstance(b, str): st.append(Paragraph(b, body))
        elif b[0] == "h": st.append(Paragraph(b[1], h))
        elif b[0] == "pb": st.append(PageBreak())
        elif b[0] == "sp": st.append(Spacer(1, b[1] if len(b) > 1 else 10))
        elif b[0] == "table":
            rows = [[Paragraph(escape(str(c)), small) for c in r] for r in b[1]]
            t = Table(rows, repeatRows=1, colWidths=b[2] if len(b) > 2 else None)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6f0")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            st.append(t); st.append(Spacer(1, 8))
    doc = SimpleDocTemplate(str(d.path), pagesize=A4, leftMargin=60, rightMargin=60, topMargin=55, bottomMargin=55,
                            title=d.meta_title or d.title or "", author=d.author or "", creator=d.creator or "")
    doc.build(st)

def build_docx(d):
    import docx
    from docx.shared import Pt
    from docx.enum.text import WD_BREAK
    D = docx.Document()
    s = D.styles["Normal"]; s.font.name = "DejaVu Sans"; s.font.size = Pt(10)
    for b in d.blocks:
        if isinstance(b, str):
            p = D.add_paragraph()
            for k, seg in enumerate(b.split("<br/>")):
                if k: p.add_run().add_break()
                for part in re.split(r"(<b>.*?</b>)", seg):
                    txt = strip_tags(part).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                    if part.startswith("<b>"): p.add_run(txt).bold = True
                    elif part: p.add_run(txt)
        elif b[0] == "h": D.add_heading(strip_tags(b[1]), level=2)
        elif b[0] == "pb": D.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif b[0] == "sp": D.add_paragraph()
        elif b[0] == "table":
            rows = b[1]; t = D.add_table(rows=len(rows), cols=len(rows[0])); t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = str(c)
                    for para in t.cell(i, j).paragraphs:
                        for run in para.runs: run.font.size = Pt(8.5)
    D.core_properties.author = d.author or ""
    D.core_properties.title = d.meta_title or d.title or ""
    D.core_properties.last_modified_by = d.author or ""
    src = TMP / f"{d.stem}.docx"; D.save(src)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s188_lo", "--headless", "--convert-to", "pdf",
                    "--outdir", str(TMP), str(src)], check=True, capture_output=True, timeout=180)
    shutil.move(str(TMP / f"{d.stem}.pdf"), d.path)

def build_scan(d):
    """Image-only page: text rendered to pixels, slightly rotated, JPEG."""
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    W, H = 1654, 2339
    img = Image.new("L", (W, H), 247); dr = ImageDraw.Draw(img)
    y = 150
    for line in d.scan:
        style = "n"; txt = line
        if isinstance(line, tuple): style, txt = line
        size = {"n": 34, "h": 44, "s": 30, "hw": 40}[style]
        fn = {"n": "DejaVuSerif.ttf", "h": "DejaVuSans-Bold.ttf", "s": "DejaVuSans.ttf", "hw": "DejaVuSerif-Italic.ttf"}[style]
        f = ImageFont.truetype(DEJAVU + fn, size)
        x = 150 + (60 if style == "hw" else 0)
        dr.text((x, y), txt, fill=30 if style != "hw" else 55, font=f)
        y += int(size * 1.55)
    img = img.rotate(0.6, resample=Image.BICUBIC, fillcolor=247).filter(ImageFilter.GaussianBlur(0.5))
    jp = TMP / f"{d.stem}.jpg"; img.save(jp, "JPEG", quality=72)
    c = canvas.Canvas(str(d.path), pagesize=A4)
    c.drawImage(str(jp), 0, 0, width=A4[0], height=A4[1]); c.showPage(); c.save()

def build_form(d):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    c = canvas.Canvas(str(d.path), pagesize=A4)
    y = 790
    for b in d.blocks:
        c.setFont("Helvetica-Bold" if b.startswith("#") else "Helvetica", 13 if b.startswith("#") else 10)
        c.drawString(60, y, b.lstrip("#")); y -= 20
    y -= 10
    for name, label, val in d.form:
        c.setFont("Helvetica", 9.5); c.drawString(60, y + 5, label)
        import unicodedata
        ap = unicodedata.normalize("NFKD", val.replace("ł", "l")).encode("latin-1", "ignore").decode("latin-1")
        c.acroForm.textfield(name=name, tooltip=label, x=250, y=y, width=285, height=18, value=ap,
                             fontName="Helvetica", fontSize=9, borderWidth=0.6)
        y -= 26
    y -= 10
    for line in (d.keep_tail or []):
        c.setFont("Helvetica", 9); c.drawString(60, y, line); y -= 14
    c.showPage(); c.save()

def post(d):
    import pikepdf
    with pikepdf.open(d.path, allow_overwriting_input=True) as pdf:
        if d.xmp_creator:
            with pdf.open_metadata(set_pikepdf_as_editor=False) as m:
                m["dc:creator"] = [d.xmp_creator]
                m["dc:title"] = d.meta_title or d.title or d.stem
        if d.producer: pdf.docinfo["/Producer"] = d.producer
        if d.creator: pdf.docinfo["/Creator"] = d.creator
        if d.author is not None and d.mode != "docx": pdf.docinfo["/Author"] = d.author
        if d.form:
            vals = {n: v for n, _, v in d.form}
            for f in pdf.Root.AcroForm.Fields:
                n = str(f.get("/T", ""))
                if n in vals: f.V = pikepdf.String(vals[n])
        if d.outline:
            with pdf.open_outline() as ol:
                for title, pg in d.outline:
                    ol.root.append(pikepdf.OutlineItem(title, pg))
        if d.notes:
            for pg, (who, text, x, y) in d.notes:
                page = pdf.pages[pg]
                a = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                    Rect=[x, y, x + 20, y + 20], T=pikepdf.String(who), Contents=pikepdf.String(text),
                    Open=False, Name=pikepdf.Name.Comment))
                if "/Annots" not in page.obj: page.obj.Annots = pdf.make_indirect(pikepdf.Array())
                page.obj.Annots.append(a)
        pdf.save(d.path, fix_metadata_version=False)

def sim_redact(text, probes):
    for p in probes:
        text = probe_regex(p["text"], p.get("word", False)).sub("\u2588", text)
    return text

def make_gold(d, registry, global_keep):
    path = d.path
    text, pages = text_pdfium(path)
    problems = []
    redact = []
    # registry items found in the page text
    for kind, value, probes in list(registry) + list(d.redact):
        ps = [{"text": p, "word": True, "after": 0} for p in probes]
        found = [p for p in ps if count_in(text, p) > 0]
        if (kind, value, probes) in d.redact and len(found) < len(ps):
            problems.append(f"{d.stem}: doc redact probes missing {[p['text'] for p in ps if p not in found]}")
        if found: redact.append({"kind": kind, "value": value, "probes": found})
    hidden_items = []
    if d.hidden or d.ocr:
        ch = extract_channels(path, ocr="auto" if d.ocr else "off")["channels"]
        for chan, kind, value, probes in list(d.hidden) + [("ocr",) + tuple(x) for x in d.ocr]:
            it = {"kind": kind, "value": value, "probes": []}
            if chan != "ocr": it["channel"] = chan
            for p in probes:
                pr = {"text": p, "word": True, "after": 0}
                if chan == "ocr": pr["ocr"] = True
                c = channel_counts(ch, pr).get(chan, 0)
                if chan != "ocr" and count_in(text, pr):
                    problems.append(f"{d.stem}: hidden {p!r} also in page text")
                if c == 0: problems.append(f"{d.stem}: {p!r} not found in {chan}")
                else: it["probes"].append(pr)
            if it["probes"]: redact.append(it); hidden_items.append(it)
    allred = [p for it in redact for p in it["probes"] if "channel" not in it and not p.get("ocr")]
    red_text = sim_redact(text, allred)
    keep = []
    seen = set()
    for kind, probes in list(d.keep) + list(global_keep):
        if isinstance(probes, str): probes = [probes]
        ps = []
        for p in probes:
            if p in seen: continue
            pr = {"text": p, "word": True}
            n = count_in(text, pr)
            if n == 0:
                if (kind, probes) in d.keep or (kind, tuple(probes)) in d.keep:
                    problems.append(f"{d.stem}: keep {p!r} not in text")
                continue
            if count_in(red_text, pr) != n:
                problems.append(f"{d.stem}: keep {p!r} overlaps a redact probe"); continue
            pr["after"] = n; ps.append(pr); seen.add(p)
        if ps: keep.append({"kind": kind, "value": probes[0], "probes": ps})
    return {"doc": path.name, "pages": pages, "redact": redact, "keep": keep}, problems
