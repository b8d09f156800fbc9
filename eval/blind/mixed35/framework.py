"""Tiny markup -> PDF (reportlab / Chromium HTML / LibreOffice docx / scans) plus gold, for set mixed35.

Markup of a document body (one string):
  # Heading            ## Subheading          @PAGE  page break
  | a | b |            table rows (first row = header); |~ a | b |  borderless table (letter heads)
  !small text          small print paragraph;  !right text  right aligned paragraph
  other lines          paragraph; single newlines inside a paragraph are hard line breaks
Inline: [[text]] or [[text|KIND]] or [[text~extra probe|KIND]]  -> personal data (redact)
        {{text}} or {{text|KIND}}                               -> keep probe
"""
import html
import json
import random
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, extract_channels, channel_counts, norm  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
GOLD = HERE / "gold"
BUILD = HERE / "_build"

RED = re.compile(r"\[\[(.+?)\]\]", re.S)
KEEP = re.compile(r"\{\{(.+?)\}\}", re.S)
ANY = re.compile(r"\[\[(.+?)\]\]|\{\{(.+?)\}\}", re.S)

FONT = "/usr/share/fonts/truetype/dejavu/"


def _split_red(inner):
    kind = None
    if "|" in inner:
        inner, kind = inner.rsplit("|", 1)
    parts = inner.split("~")
    return parts[0], parts[1:], kind


def _split_keep(inner):
    kind = "TERM"
    if "|" in inner:
        inner, kind = inner.rsplit("|", 1)
    return inner, kind


def plain(s):
    """Displayed text of marked-up s."""
    def rep(m):
        if m.group(1) is not None:
            return _split_red(m.group(1))[0]
        return _split_keep(m.group(2))[0]
    return ANY.sub(rep, s.replace("<br>", "\n"))


def blanked(s):
    """Displayed text with every personal-data span replaced by a box character."""
    def rep(m):
        if m.group(1) is not None:
            return "\u2588" * 3
        return _split_keep(m.group(2))[0]
    return ANY.sub(rep, s.replace("<br>", "\n"))


def guess_kind(t):
    if "@" in t:
        return "EMAIL"
    if re.fullmatch(r"NL\d\d ?[A-Z]{4}[\d ]+", t):
        return "IBAN"
    if re.fullmatch(r"\d{4} ?[A-Z]{2}.*", t):
        return "ADDRESS"
    if re.fullmatch(r"[\d .]{9,11}", t) and len(re.sub(r"\D", "", t)) == 9 and not t.startswith("0"):
        return "BSN"
    if re.fullmatch(r"[+()\d \-]{8,}", t):
        return "PHONE"
    if re.fullmatch(r"\d{1,2}[-/ ]\d{1,2}[-/ ]\d{4}", t):
        return "DATE_OF_BIRTH"
    if re.search(r"\d", t):
        return "ADDRESS"
    return "PERSON"


PARTICLES = {"van", "de", "der", "den", "ten", "ter", "te", "het", "'t", "in", "op", "el", "al", "von", "du",
             "da", "dos", "le", "la", "Van", "De", "Ter", "Ten", "Van der", "El"}


def auto_surname(t):
    toks = t.split()
    if len(toks) < 2:
        return None
    last = toks[-1]
    if len(last) >= 4 and last[0].isupper() and not re.search(r"\d", last):
        return last
    return None


# ------------------------------------------------------------------------------------ blocks
def blocks(body):
    out = []
    for chunk in re.split(r"\n\s*\n", body.strip("\n")):
        lines = chunk.strip("\n").split("\n")
        i = 0
        para = []

        def flush():
            if para:
                out.append(("p", "\n".join(para)))
                para.clear()
        while i < len(lines):
            ln = lines[i].rstrip()
            if ln.startswith("|"):
                flush()
                borderless = ln.startswith("|~")
                rows = []
                while i < len(lines) and lines[i].startswith("|"):
                    r = lines[i].rstrip()
                    r = r[2:] if r.startswith("|~") else r[1:]
                    if r.endswith("|"):
                        r = r[:-1]
                    rows.append([c.strip() for c in r.split(" | ")])
                    i += 1
                out.append(("tablenb" if borderless else "table", rows))
                continue
            if ln.startswith("## "):
                flush(); out.append(("h2", ln[3:]))
            elif ln.startswith("# "):
                flush(); out.append(("h1", ln[2:]))
            elif ln.strip() == "@PAGE":
                flush(); out.append(("page", ""))
            elif ln.startswith("!small "):
                flush(); out.append(("small", ln[7:]))
            elif ln.startswith("!right "):
                flush(); out.append(("right", ln[7:]))
            else:
                para.append(ln)
            i += 1
        flush()
    return out


# ------------------------------------------------------------------------------------ reportlab
_fonts_done = False


def _rl_fonts():
    global _fonts_done
    if _fonts_done:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.fonts import addMapping
    for nm, f in (("DV", "DejaVuSans.ttf"), ("DVB", "DejaVuSans-Bold.ttf"), ("DVS", "DejaVuSerif.ttf"),
                  ("DVSB", "DejaVuSerif-Bold.ttf"), ("DVC", "DejaVuSansCondensed.ttf"),
                  ("DVCB", "DejaVuSansCondensed-Bold.ttf")):
        pdfmetrics.registerFont(TTFont(nm, FONT + f))
    addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DVB")
    addMapping("DVS", 0, 0, "DVS"); addMapping("DVS", 1, 0, "DVSB")
    addMapping("DVC", 0, 0, "DVC"); addMapping("DVC", 1, 0, "DVCB")
    _fonts_done = True


def _rl_inline(s):
    s = html.escape(plain(s), quote=False)
    s = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)
    return s.replace("\n", "<br/>")


def render_reportlab(doc, out):
    _rl_fonts()
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Table, TableStyle,
                                    Spacer, PageBreak, FrameBreak)
    base = doc.get("font", "DV")
    fs = doc.get("size", 9.5)
    st = ParagraphStyle("b", fontName=base, fontSize=fs, leading=fs * 1.3, spaceAfter=4)
    h1 = ParagraphStyle("h1", parent=st, fontName=base, fontSize=fs + 4, leading=(fs + 4) * 1.25, spaceAfter=6)
    h2 = ParagraphStyle("h2", parent=st, fontSize=fs + 1.5, leading=(fs + 1.5) * 1.3, spaceBefore=4)
    sm = ParagraphStyle("s", parent=st, fontSize=fs - 2.5, leading=(fs - 2.5) * 1.25)
    rt = ParagraphStyle("r", parent=st, alignment=TA_RIGHT)
    cell = ParagraphStyle("c", parent=st, fontSize=fs - 1, leading=(fs - 1) * 1.2, spaceAfter=0)
    W, H = A4
    lm = doc.get("lm", 22) * mm
    cols = doc.get("columns", 1)
    story = []
    for kind, val in blocks(doc["body"]):
        if kind == "h1":
            story.append(Paragraph("<b>%s</b>" % _rl_inline(val), h1))
        elif kind == "h2":
            story.append(Paragraph("<b>%s</b>" % _rl_inline(val), h2))
        elif kind == "p":
            story.append(Paragraph(_rl_inline(val), st))
        elif kind == "small":
            story.append(Paragraph(_rl_inline(val), sm))
        elif kind == "right":
            story.append(Paragraph(_rl_inline(val), rt))
        elif kind == "page":
            story.append(PageBreak())
        elif kind in ("table", "tablenb"):
            rows = [[Paragraph(_rl_inline(c), cell) for c in r] for r in val]
            n = max(len(r) for r in val)
            rows = [r + [""] * (n - len(r)) for r in rows]
            avail = (W - lm - 20 * mm) / cols - (6 * mm if cols > 1 else 0)
            widths = doc.get("widths", {}).get(n)
            cw = [avail * w for w in widths] if widths else [avail / n] * n
            t = Table(rows, colWidths=cw, repeatRows=1 if kind == "table" else 0)
            sty = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 2),
                   ("RIGHTPADDING", (0, 0), (-1, -1), 2)]
            if kind == "table":
                sty += [("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e8ee"))]
            t.setStyle(TableStyle(sty))
            story.append(t)
            story.append(Spacer(1, 4))

    footer = plain(doc.get("footer", ""))
    side = plain(doc.get("sidebar", ""))
    fields = doc.get("formfields", [])

    def on_page(c, d):
        c.saveState()
        if footer:
            c.setFont(base, 6.5)
            c.drawString(lm, 10 * mm, footer)
            c.drawRightString(W - 20 * mm, 10 * mm, "pagina %d" % d.page)
        if side:
            c.setFont(base, 6)
            c.translate(10 * mm, 40 * mm)
            c.rotate(90)
            c.drawString(0, 0, side)
        c.restoreState()
        if d.page == 1:
            for i, (nm, val, x, y) in enumerate(fields):
                c.acroForm.textfield(name=nm, value=plain(val), x=x * mm, y=y * mm, width=70 * mm, height=7 * mm,
                                     fontName="Helvetica", fontSize=8, borderWidth=0.5)
    frames = []
    top = doc.get("tm", 20) * mm
    fh = H - top - 18 * mm
    if cols == 1:
        frames = [Frame(lm, 18 * mm, W - lm - 20 * mm, fh, id="f1")]
    else:
        cw = (W - lm - 20 * mm - 6 * mm) / 2
        frames = [Frame(lm, 18 * mm, cw, fh, id="c1"), Frame(lm + cw + 6 * mm, 18 * mm, cw, fh, id="c2")]
    dt = BaseDocTemplate(str(out), pagesize=A4, title=doc.get("rl_title", ""), author=doc.get("rl_author", ""),
                         creator=doc.get("creator", "ReportLab"))
    dt.addPageTemplates([PageTemplate(id="p", frames=frames, onPage=on_page)])
    dt.build(story)


# ------------------------------------------------------------------------------------ HTML
def _h_inline(s):
    s = html.escape(plain(s), quote=False)
    s = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)
    return s.replace("\n", "<br>")


def to_html(doc):
    parts = []
    for kind, val in blocks(doc["body"]):
        if kind == "h1":
            parts.append("<h1>%s</h1>" % _h_inline(val))
        elif kind == "h2":
            parts.append("<h2>%s</h2>" % _h_inline(val))
        elif kind == "p":
            parts.append("<p>%s</p>" % _h_inline(val))
        elif kind == "small":
            parts.append('<p class="small">%s</p>' % _h_inline(val))
        elif kind == "right":
            parts.append('<p class="right">%s</p>' % _h_inline(val))
        elif kind == "page":
            parts.append('<div style="page-break-after:always"></div>')
        else:
            cls = "nb" if kind == "tablenb" else "grid"
            rows = []
            for j, r in enumerate(val):
                tag = "th" if (j == 0 and kind == "table") else "td"
                rows.append("<tr>%s</tr>" % "".join("<%s>%s</%s>" % (tag, _h_inline(c), tag) for c in r))
            parts.append('<table class="%s">%s</table>' % (cls, "".join(rows)))
    cols = doc.get("columns", 1)
    css = """
    @page { size: A4; margin: 18mm 18mm 24mm 22mm; }
    body { margin: 0 0 10mm 0; }
    body { font-family: 'DejaVu Sans', sans-serif; font-size: %spt; line-height: 1.3; }
    h1 { font-size: 15pt; } h2 { font-size: 11.5pt; margin: 8px 0 4px; }
    .cols { column-count: %d; column-gap: 7mm; }
    table { border-collapse: collapse; width: 100%%; margin: 4px 0 8px; font-size: 0.92em; }
    table.grid td, table.grid th { border: 0.6px solid #888; padding: 2px 4px; vertical-align: top; text-align: left; }
    table.grid th { background: #e6ebf0; }
    table.nb td { padding: 1px 4px; vertical-align: top; }
    .small { font-size: 6.5pt; color: #333; }
    .right { text-align: right; }
    .side { position: fixed; left: -14mm; top: 120mm; transform: rotate(-90deg); transform-origin: left top;
            font-size: 6pt; color: #555; white-space: nowrap; }
    .foot { position: fixed; bottom: 0; left: 0; font-size: 6.5pt; color: #444; }
    """ % (doc.get("size", 9.5), cols)
    side = '<div class="side">%s</div>' % html.escape(plain(doc["sidebar"])) if doc.get("sidebar") else ""
    foot = '<div class="foot">%s</div>' % html.escape(plain(doc["footer"])) if doc.get("footer") else ""
    body = "".join(parts)
    if cols > 1:
        body = '<div class="cols">%s</div>' % body
    title = html.escape(plain(doc.get("html_title", doc["name"])))
    return ('<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>%s</title><style>%s</style>'
            '</head><body>%s%s%s</body></html>' % (title, css, side, foot, body))


def render_chromium(doc, out):
    BUILD.mkdir(exist_ok=True)
    h = BUILD / (doc["name"] + ".html")
    h.write_text(to_html(doc), encoding="utf-8")
    subprocess.run(["nice", "-n", "10", "chromium", "--headless", "--no-sandbox", "--disable-gpu",
                    "--no-pdf-header-footer", "--print-to-pdf=" + str(out), h.as_uri()],
                   capture_output=True, timeout=180)


# ------------------------------------------------------------------------------------ docx
def write_docx(doc, path):
    import docx
    from docx.shared import Pt, Mm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = docx.Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = Mm(doc.get("lm", 25)); sec.right_margin = Mm(20)
    sec.top_margin = Mm(20); sec.bottom_margin = Mm(20)
    stl = d.styles["Normal"]
    stl.font.name = doc.get("docx_font", "DejaVu Sans")
    stl.font.size = Pt(doc.get("size", 9.5))
    if doc.get("footer"):
        fp = sec.footer.paragraphs[0]
        r = fp.add_run(plain(doc["footer"]))
        r.font.size = Pt(6.5)
    if doc.get("header"):
        hp = sec.header.paragraphs[0]
        hp.add_run(plain(doc["header"])).font.size = Pt(7.5)

    def add_text(p, s):
        s = plain(s)
        for k, seg in enumerate(re.split(r"(\*\*.+?\*\*)", s)):
            if not seg:
                continue
            bold = seg.startswith("**") and seg.endswith("**")
            seg = seg[2:-2] if bold else seg
            lines = seg.split("\n")
            for j, ln in enumerate(lines):
                r = p.add_run(ln)
                r.bold = bold
                if j < len(lines) - 1:
                    r.add_break()
    for kind, val in blocks(doc["body"]):
        if kind == "h1":
            p = d.add_heading(level=1); add_text(p, val)
        elif kind == "h2":
            p = d.add_heading(level=2); add_text(p, val)
        elif kind in ("p", "small", "right"):
            p = d.add_paragraph(); add_text(p, val)
            p.paragraph_format.space_after = Pt(4)
            if kind == "small":
                for r in p.runs:
                    r.font.size = Pt(6.5)
            if kind == "right":
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "page":
            d.add_page_break()
        else:
            n = max(len(r) for r in val)
            t = d.add_table(rows=len(val), cols=n)
            if kind == "table":
                t.style = "Table Grid"
            for i, r in enumerate(val):
                for j, c in enumerate(r):
                    cellp = t.cell(i, j).paragraphs[0]
                    add_text(cellp, c)
                    for rr in cellp.runs:
                        rr.font.size = Pt(doc.get("size", 9.5) - 1)
                        if i == 0 and kind == "table":
                            rr.bold = True
            d.add_paragraph()
    cp = d.core_properties
    cp.author = plain(doc.get("docx_author", ""))
    cp.title = plain(doc.get("docx_title", ""))
    cp.last_modified_by = plain(doc.get("docx_author", ""))
    d.save(str(path))


def convert_docx(paths, outdir):
    outdir.mkdir(exist_ok=True, parents=True)
    subprocess.run(["nice", "-n", "10", "soffice", "--headless", "--convert-to", "pdf", "--outdir", str(outdir)]
                   + [str(p) for p in paths], capture_output=True, timeout=600)


# ------------------------------------------------------------------------------------ scans
def make_scan(doc, out, ocr_layer=False, seed=1):
    from PIL import Image, ImageFilter
    BUILD.mkdir(exist_ok=True)
    tmp = BUILD / (doc["name"] + ".clean.pdf")
    d2 = dict(doc)
    d2["font"] = doc.get("font", "DVS")
    render_reportlab(d2, tmp)
    pref = BUILD / (doc["name"] + "-scan")
    for f in BUILD.glob(doc["name"] + "-scan*.png"):
        f.unlink()
    subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", str(tmp), str(pref)], check=True)
    rnd = random.Random(seed)
    imgs = []
    for f in sorted(BUILD.glob(doc["name"] + "-scan*.png")):
        im = Image.open(f).convert("L")
        im = im.rotate(rnd.uniform(-0.8, 0.8), resample=Image.BICUBIC, expand=False, fillcolor=255)
        px = im.load()
        w, h = im.size
        for _ in range(w * h // 900):
            x, y = rnd.randrange(w), rnd.randrange(h)
            px[x, y] = rnd.randrange(90, 200)
        im = im.filter(ImageFilter.GaussianBlur(0.4))
        g = f.with_suffix(".jpg")
        im.save(g, quality=72, dpi=(200, 200))
        imgs.append(g)
    if ocr_layer:
        lst = BUILD / (doc["name"] + "-list.txt")
        lst.write_text("\n".join(str(g) for g in imgs) + "\n")
        base = BUILD / (doc["name"] + "-ocr")
        subprocess.run(["nice", "-n", "10", "tesseract", str(lst), str(base), "-l", "nld", "pdf"],
                       capture_output=True, check=True)
        Path(str(base) + ".pdf").replace(out)
    else:
        from reportlab.pdfgen import canvas
        from reportlab.lib.pagesizes import A4
        c = canvas.Canvas(str(out), pagesize=A4)
        c.setCreator("Canon iR-ADV C5535 scan")
        for g in imgs:
            c.drawImage(str(g), 0, 0, width=A4[0], height=A4[1])
            c.showPage()
        c.save()


# ------------------------------------------------------------------------------------ hidden channels
def add_hidden(doc, path):
    import pikepdf
    h = doc.get("hidden", {})
    if not h and not doc.get("meta"):
        return
    with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
        meta = doc.get("meta", {})
        for k, v in meta.items():
            pdf.docinfo["/" + k] = plain(v)
        if "outline" in h:
            with pdf.open_outline() as ol:
                for title, pg in h["outline"]:
                    ol.root.append(pikepdf.OutlineItem(plain(title), pg))
        for (pg, contents, author) in h.get("notes", []):
            page = pdf.pages[pg]
            annot = pdf.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                Rect=pikepdf.Array([450, 740, 470, 760]), Contents=pikepdf.String(plain(contents)),
                T=pikepdf.String(plain(author)), Open=False, C=pikepdf.Array([1, 0.9, 0.2])))
            if "/Annots" not in page.obj:
                page.obj.Annots = pdf.make_indirect(pikepdf.Array())
            page.obj.Annots.append(annot)
        if "attach" in h:
            fn, data = h["attach"]
            fs = pikepdf.AttachedFileSpec(pdf, data.encode("utf-8"), filename=plain(fn), mime_type="text/plain")
            pdf.attachments[plain(fn)] = fs
        pdf.save(str(path))


def hidden_strings(doc):
    """Marked-up strings that live only in hidden channels."""
    out = list(doc.get("meta", {}).values()) + [doc.get("docx_author", ""), doc.get("docx_title", "")]
    h = doc.get("hidden", {})
    out += [t for t, _ in h.get("outline", [])]
    for _, c, a in h.get("notes", []):
        out += [c, a]
    if "attach" in h:
        out.append(h["attach"][0])
    out += [v for _, v, _, _ in doc.get("formfields", [])]
    return out


# ------------------------------------------------------------------------------------ gold
# job titles and roles: not personal data, kept wherever they occur (often right next to a name)
JOBTITLES = ["toezichthouder", "projectleider", "heffingsadviseur", "gebiedsregisseur", "teamleider",
             "secretaris", "voorzitter", "juridisch adviseur", "vergunningverlener", "klachtbehandelaar",
             "gebiedsmakelaar", "taxateur", "omgevingsmanager", "jurist", "griffiemedewerker",
             "adviseur geluid en trillingen", "senior adviseur ruimtelijke ordening", "adviseur evenementen",
             "juridisch controller", "medewerker kwijtschelding", "toezichthouder bouwen", "bouwkundige",
             "wijkagent", "coördinator Informatiebeheer en Woo", "heffingsambtenaar", "erfbetrokkene",
             "manager", "advocaat", "architect", "bomdeskundige", "welstandsadviseur", "notaris",
             "accountant", "bedrijfsleider", "dossierhouder", "bemiddelaars", "rayonbeheerder"]
def gold_for(doc, pdf_path, report):
    sources = [doc["body"], doc.get("footer", ""), doc.get("sidebar", ""), doc.get("header", ""),
               doc.get("html_title", "")] + hidden_strings(doc)
    full = "\n".join(sources)
    blank = norm(blanked(full))
    ch = extract_channels(pdf_path)
    chans = ch["channels"]
    pages = ch.get("pages", 0)
    redact, keep, used = [], [], set()
    ents = {}
    order = []
    for m in RED.finditer(full):
        t, extra, kind = _split_red(m.group(1).replace("<br>", "\n"))
        t = re.sub(r"-\n", "-", t).replace("\n", " ")  # a name broken over two lines is one value
        kind = kind or guess_kind(t)
        key = (kind, t)
        if key not in ents:
            ents[key] = []
            order.append(key)
        cand = [t] + extra
        if kind == "PERSON" and not extra:
            s = auto_surname(t)
            if s:
                cand.append(s)
        for c in cand:
            if c not in ents[key]:
                ents[key].append(c)
    scan = doc.get("producer") in ("scan", "scan_ocr")
    for key in order:
        probes = []
        for c in ents[key]:
            if c in used:
                continue
            pr = {"text": c, "word": True, "after": 0}
            pr["after"] = count_in(blank, pr)
            cc = channel_counts(chans, pr)
            tot = max(cc.values()) if cc else 0
            if tot <= pr["after"]:
                report.append("%s: redact probe not found: %r %s" % (doc["name"], c, cc))
                continue
            used.add(c)
            probes.append(pr)
        if probes:
            redact.append({"kind": key[0], "value": key[1], "probes": probes})
    kseen = set()
    pt = norm(plain(full))
    jobs = [(j, "JOBTITLE") for j in JOBTITLES if count_in(pt, {"text": j, "word": True})]
    for t, kind in [_split_keep(m.group(1)) for m in KEEP.finditer(full)] + jobs:
        if t in kseen or t in used:
            continue
        kseen.add(t)
        pr = {"text": t, "word": True}
        if count_in(norm(plain(full)), pr) != count_in(blank, pr):
            report.append("%s: keep probe overlaps personal data, dropped: %r" % (doc["name"], t))
            continue
        c = count_in(chans.get("pdfium", ""), pr)
        if c == 0:
            if not scan:
                report.append("%s: keep probe not in pdfium text, dropped: %r" % (doc["name"], t))
            continue
        pr["after"] = c
        keep.append({"kind": kind, "value": t, "probes": [pr]})
    g = {"doc": doc["name"] + ".pdf", "pages": pages, "redact": redact, "keep": keep}
    return g, ch
