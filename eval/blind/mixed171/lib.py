"""Rendering and gold helpers for set mixed171. Inline markup in document text:
{{K:text}} = redact (K: P person, E e-mail, T phone, B BSN, I IBAN, D date of birth, A address,
C initials/paraph, H health, N other identifier); [[text]] = keep probe. Lines: '# ' heading,
'| a | b |' table row, '---' page break, '' paragraph break."""
from __future__ import annotations

import io
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import channel_counts, count_in, extract_channels, norm, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
KINDS = {"P": "PERSON", "E": "EMAIL", "T": "PHONE", "B": "BSN", "I": "IBAN", "D": "DATE_OF_BIRTH",
         "A": "ADDRESS", "C": "INITIALS", "H": "HEALTH", "N": "ID"}
RX_R = re.compile(r"\{\{(?:([A-Z]):)?(.+?)\}\}")
RX_K = re.compile(r"\[\[(.+?)\]\]")
DEJAVU = "/usr/share/fonts/truetype/dejavu/"

from reportlab import rl_config  # noqa: E402

rl_config.invariant = 1  # fixed dates and IDs in reportlab output


def plain(s: str) -> str:
    s = RX_R.sub(lambda m: m.group(2), s)
    return RX_K.sub(lambda m: m.group(1), s)


class Doc:
    def __init__(self, stem, body, kind="rl", font="Helvetica", producer=None, creator=None,
                 author=None, xmp_creator=None, outline=None, notes=None, form=None, scan=None,
                 title=None, hidden=None, fontsize=10):
        self.stem, self.body, self.kind, self.font = stem, body, kind, font
        self.producer, self.creator, self.author, self.xmp_creator = producer, creator, author, xmp_creator
        self.outline, self.notes, self.form, self.scan = outline or [], notes or [], form, scan
        self.title, self.fontsize = title, fontsize
        # hidden: list of (channel, kind, text) redact items that live only in hidden channels
        self.hidden = hidden or []

    @property
    def path(self):
        return DOCS_DIR / f"{self.stem}.pdf"

    def lines(self):
        return self.body.strip("\n").split("\n")

    # ------------------------------------------------------------------ build
    def build(self):
        DOCS_DIR.mkdir(exist_ok=True)
        if self.kind == "scan":
            build_scan(self)
        elif self.kind == "docx":
            build_docx(self)
        else:
            build_rl(self)
        post(self)
        return self.path


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def build_rl(d: Doc):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    from reportlab.lib import colors

    font, bold = d.font, d.font + "-Bold"
    if d.font.startswith("DejaVu"):
        pdfmetrics.registerFont(TTFont(d.font, DEJAVU + d.font + ".ttf"))
        pdfmetrics.registerFont(TTFont(bold, DEJAVU + d.font + "-Bold.ttf"))
    elif d.font == "Times-Roman":
        bold = "Times-Bold"
    fs = d.fontsize
    st = ParagraphStyle("b", fontName=font, fontSize=fs, leading=fs * 1.3, spaceAfter=4)
    sh = ParagraphStyle("h", fontName=bold, fontSize=fs + 2, leading=(fs + 2) * 1.3, spaceAfter=5, spaceBefore=4)
    sc = ParagraphStyle("c", fontName=font, fontSize=fs - 1.5, leading=(fs - 1.5) * 1.25)
    story, rows = [], []

    def flush():
        if rows:
            n = max(len(r) for r in rows)
            data = [[Paragraph(_esc(c), sc) for c in r + [""] * (n - len(r))] for r in rows]
            t = Table(data, hAlign="LEFT", colWidths=[170 * mm / n] * n)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
            story.append(Spacer(1, 6))
            rows.clear()

    for ln in d.lines():
        ln = plain(ln)
        if ln.startswith("|"):
            rows.append([c.strip() for c in ln.strip().strip("|").split("|")])
            continue
        flush()
        if ln == "---":
            story.append(PageBreak())
        elif ln.startswith("# "):
            story.append(Paragraph(_esc(ln[2:]), sh))
        elif ln.strip() == "":
            story.append(Spacer(1, 3))
        else:
            story.append(Paragraph(_esc(ln), st))
    flush()
    doc = SimpleDocTemplate(str(d.path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=18 * mm, bottomMargin=18 * mm, title=d.title or d.stem,
                            author=d.author or "", creator=d.creator or "")
    doc.build(story)
    if d.form:
        add_form(d)


def add_form(d: Doc):
    """Overlay an AcroForm on page 1: d.form = [(name, value, x, y, w)] in points."""
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    import pikepdf
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    for name, value, x, y, w in d.form:
        c.acroForm.textfield(name=name, value=value, x=x, y=y, width=w, height=14, fontSize=9,
                             borderWidth=0.5, fontName="Helvetica")
    c.showPage()
    c.save()
    buf.seek(0)
    with pikepdf.open(d.path, allow_overwriting_input=True) as pdf, pikepdf.open(buf) as f:
        page = pdf.pages[0]
        fp = f.pages[0]
        annots = pikepdf.Array()
        for a in fp.obj.Annots:
            na = pdf.copy_foreign(a)
            na.P = page.obj
            annots.append(na)
        page.obj.Annots = annots
        pdf.Root.AcroForm = pikepdf.Dictionary(Fields=pikepdf.Array(list(annots)), NeedAppearances=True)
        pdf.save(d.path)


def build_scan(d: Doc):
    """Image-only page(s): text rendered with Pillow, slightly rotated, JPEG, placed full page."""
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    W, H = 1654, 2339  # A4 at 200 dpi
    pages = "\n".join(d.lines()).split("\n---\n")
    c = canvas.Canvas(str(d.path), pagesize=A4)
    for pi, pg in enumerate(pages):
        im = Image.new("L", (W, H), 250)
        dr = ImageDraw.Draw(im)
        y = 140
        for ln in pg.split("\n"):
            hand = ln.startswith("~")
            ln = plain(ln.lstrip("~"))
            head = ln.startswith("# ")
            if head:
                ln = ln[2:]
            fnt = ImageFont.truetype(DEJAVU + ("DejaVuSerif-Italic.ttf" if hand else
                                               "DejaVuSans-Bold.ttf" if head else "DejaVuSans.ttf"),
                                     40 if hand else 34 if head else 30)
            if ln.strip():
                dr.text((130, y), ln, fill=20 if not hand else 40, font=fnt)
            y += 58 if (hand or head) else 48
        im = im.rotate(0.6 if pi % 2 == 0 else -0.5, fillcolor=250, resample=Image.BICUBIC)
        tmp = Path(f"/tmp/s171_{d.stem}_{pi}.jpg")
        im.save(tmp, "JPEG", quality=82)
        c.drawImage(str(tmp), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.setAuthor("")
    c.save()


def build_docx(d: Doc):
    import docx
    from docx.shared import Pt
    doc = docx.Document()
    doc.core_properties.author = d.author or "Gemeente Deventer"
    doc.core_properties.title = d.title or ""
    st = doc.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(10)
    rows = []

    def flush():
        if rows:
            n = max(len(r) for r in rows)
            t = doc.add_table(rows=len(rows), cols=n)
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, v in enumerate(r):
                    t.cell(i, j).text = v
            rows.clear()
    for ln in d.lines():
        ln = plain(ln)
        if ln.startswith("|"):
            rows.append([c.strip() for c in ln.strip().strip("|").split("|")])
            continue
        flush()
        if ln == "---":
            doc.add_page_break()
        elif ln.startswith("# "):
            doc.add_heading(ln[2:], level=2)
        elif ln.strip():
            doc.add_paragraph(ln)
    flush()
    tmpd = Path("/tmp/s171_docx")
    tmpd.mkdir(exist_ok=True)
    src = tmpd / f"{d.stem}.docx"
    doc.save(src)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s171_lo", "--headless", "--convert-to",
                    "pdf", "--outdir", str(DOCS_DIR), str(src)], check=True, capture_output=True, timeout=180)


def post(d: Doc):
    import pikepdf
    with pikepdf.open(d.path, allow_overwriting_input=True) as pdf:
        if d.xmp_creator:
            with pdf.open_metadata(set_pikepdf_as_editor=False) as m:
                m["dc:creator"] = [d.xmp_creator]
        if d.author and d.kind != "docx":
            pdf.docinfo["/Author"] = d.author
        if d.producer:  # after the XMP sync, which rewrites the Info dictionary
            pdf.docinfo["/Producer"] = d.producer
        if d.creator:
            pdf.docinfo["/Creator"] = d.creator
        if d.outline:
            with pdf.open_outline() as ol:
                for title, pg in d.outline:
                    ol.root.append(pikepdf.OutlineItem(title, pg))
        for pg, who, text in d.notes:
            page = pdf.pages[pg]
            a = pdf.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text, Rect=[480, 700, 500, 720],
                T=pikepdf.String(who), Contents=pikepdf.String(text), Open=False))
            if "/Annots" in page.obj:
                page.obj.Annots.append(a)
            else:
                page.obj.Annots = pikepdf.Array([a])
        pdf.save(d.path, deterministic_id=True)


# ------------------------------------------------------------------ gold
TITLES = {"drs.", "mr.", "dr.", "MEd", "de", "heer", "mevrouw"}
PARTICLES = {"van", "de", "der", "den", "ter", "te", "'t", "El", "Oude", "v."}
MONTHS = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
RX_DATE = re.compile(r"\b\d{1,2} (?:%s) 20\d\d\b" % MONTHS)
AUTO_KEEP = ["leerplichtambtenaar", "mentor", "teamleider", "zorgcoördinator", "rector-bestuurder",
             "jeugdarts", "Deventer", "proces-verbaal", "pesten", "verzuim", "opbouwrooster",
             "klassenapp", "thuiszitters", "leerling", "ouders", "school", "Woo", "havo 2",
             "anti-pestcoördinator", "strafbeschikking", "Utrecht", "Zwolle", "groepsapp",
             "juridisch adviseur", "parketsecretaris", "inspecteur", "raadsvragen", "gemeenteraad"]


def name_parts(k, v):
    """The full value, plus surname and first name alone for person names."""
    out = [v]
    if k != "PERSON":
        return out
    if "," in v:
        sur = v.split(",")[0].strip()
        rest = v.split(",")[1].split()
        first = rest[0] if rest else ""
    else:
        toks = [t for t in v.split() if t not in TITLES]
        if len(toks) < 2:
            return out
        first = toks[0]
        i = len(toks) - 1
        while i > 1 and toks[i - 1] in PARTICLES and toks[i - 1][0].isupper():
            i -= 1
        sur = " ".join(toks[i:])
    for t in (sur, first):
        if t and t != v and len(t) >= 3 and t[0].isupper() and "." not in t and t not in out \
                and t.lower() not in {"van", "de", "ter", "den"}:
            out.append(t)
    return out
def make_gold(d: Doc, path: Path):
    text, pages = text_pdfium(path)
    src = "\n".join(d.lines())
    red, seen, used = [], {}, set()
    chan = "ocr" if d.kind == "scan" else None
    for m in RX_R.finditer(src):
        k, v = KINDS[m.group(1) or "P"], m.group(2)
        if v in seen:
            continue
        seen[v] = 1
        if v in used:  # already a surname / first-name probe of an earlier item
            continue
        parts = [t for t in name_parts(k, v) if t not in used]
        used.update(parts)
        it = {"kind": k, "value": v, "probes": [{"text": t, "word": True, "after": 0} for t in parts]}
        if chan:
            for pr in it["probes"]:
                pr["ocr"] = True
            it["channel"] = "ocr"
        red.append(it)
    for ch, k, v in d.hidden:
        red.append({"kind": KINDS[k], "value": v, "channel": ch,
                    "probes": [{"text": v, "word": True, "after": 0}]})
    # simulated redaction of the page text
    redacted = text
    for v in sorted(seen, key=len, reverse=True):
        redacted = re.sub(r"(?<!\w)" + re.escape(norm(v)) + r"(?!\w)", "\u2588", redacted)
    keep, kseen, problems = [], set(), []
    for m in RX_K.finditer(src):
        v = m.group(1)
        if v in kseen:
            continue
        kseen.add(v)
        pr = {"text": v, "word": True}
        n = count_in(text, pr)
        if d.kind == "scan":
            continue
        if n == 0:
            problems.append(f"{d.stem}: keep {v!r} not in text")
            continue
        if count_in(redacted, pr) != n:
            problems.append(f"{d.stem}: keep {v!r} overlaps a redact value")
        pr["after"] = n
        keep.append({"kind": "KEEP", "value": v, "probes": [pr]})
    if d.kind != "scan":
        plain_src = plain(src)
        cands = set(AUTO_KEEP) | set(RX_DATE.findall(plain_src))
        for v in sorted(cands):
            if v in kseen:
                continue
            pr = {"text": v, "word": True}
            n = count_in(text, pr)
            if n and count_in(redacted, pr) == n:
                pr["after"] = n
                keep.append({"kind": "KEEP", "value": v, "probes": [pr]})
                kseen.add(v)
    # verify redact probes
    hid = any(it.get("channel") for it in red)
    chans = extract_channels(path, ocr="auto" if chan else "off")["channels"] if hid else {}
    for it in red:
        ch = it.get("channel")
        good = []
        for pr in it["probes"]:
            ok = count_in(text, pr) > 0 if ch is None else channel_counts(chans, pr).get(ch, 0) > 0
            if ch and ch != "ocr" and count_in(text, pr):
                problems.append(f"{d.stem}: hidden {pr['text']!r} also in page text")
            if ok:
                good.append(pr)
            elif pr is it["probes"][0]:
                problems.append(f"{d.stem}: redact {pr['text']!r} not found in {ch or 'pdfium'}")
        it["probes"] = good if good else it["probes"]
    return {"doc": path.name, "pages": pages, "redact": red, "keep": keep}, problems
