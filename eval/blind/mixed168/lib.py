"""Builder helpers for set VK (mixed168). Markup in document text:
[[value|K]] = personal data to redact (K: P person, E e-mail, T phone, I IBAN, B BSN, A address, D birth date,
C paraph/initials/code, N nickname/first name, H health, S signature text)
{{value|K}} = public text to keep (K: R office holder in role, O organisation, L place/street, W law, F reference,
M mailbox/general number, X product/term, Q look-alike name (building, street, prize), J job title, K candidate)."""
from __future__ import annotations
import io, json, math, re, subprocess, sys
from pathlib import Path
sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, norm, text_pdfium, extract_channels, channel_counts  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
RKIND = dict(P="PERSON", E="EMAIL", T="PHONE", I="IBAN", B="BSN", A="ADDRESS", D="DATE_OF_BIRTH", C="PARAPH",
             N="PERSON", H="HEALTH", S="SIGNATURE")
KKIND = dict(R="PUBLIC_OFFICE_HOLDER", O="ORG", L="LOCATION", W="LAW", F="REFERENCE", M="FUNCTIONAL_CONTACT",
             X="PRODUCT", Q="NOT_A_PERSON", J="JOB_TITLE", K="LIST_CANDIDATE", Z="DATE_OR_TERM")
# public words and phrases of the theme: added as keep probes wherever they occur in a document's text
AUTO_KEEP = [("stembureau 9", "F"), ("18 maart 2026", "Z"), ("23 maart 2026", "Z"), ("19 maart 2026", "Z"),
             ("20 maart 2026", "Z"), ("lijst 4", "F"), ("lijst 5", "F"), ("hertelling", "Z"), ("proces-verbaal", "Z"),
             ("gemeenteraadsverkiezing", "Z"), ("Vlijmen", "L"), ("Drunen", "L"), ("Heusden", "L"), ("Kiesraad", "O"),
             ("Postbus 41", "L"), ("controleprotocol", "Z"), ("telstaat", "Z"), ("turflijst", "Z"), ("Burgerzaken", "O"),
             ("team Verkiezingen", "O"), ("raadzaal", "L"), ("vier-ogenprincipe", "Z"), ("stembiljetten", "Z"),
             ("openbare zitting", "Z"), ("telcoördinator", "J"), ("stembureauleden", "Z"), ("Woo-coördinator", "J"),
             ("voorkeurstemmen", "Z"), ("Kieswet", "W"), ("5250 AA", "L"), ("kandidatenlijst", "Z"), ("teller", "J"),
             ("tellers", "J"), ("voorzitter", "J"), ("hoofdstembureau", "O"), ("Lokaal Heusden", "O"),
             ("GroenLinks-PvdA", "O"), ("Osiris", "X"), ("EUR", "Z"), ("kiezer", "Z"), ("bezwaar", "Z"),
             ("persoonsgegevens", "Z"), ("Tweede Kamerverkiezing", "O"), ("27 maart", "Z"), ("stemlokaal", "Z")]
MARK = re.compile(r"\[\[(.+?)\|([A-Z])\]\]|\{\{(.+?)\|([A-Z])\}\}")


def strip(s: str) -> str:
    return MARK.sub(lambda m: m.group(1) or m.group(3), s)


def marks(s: str):
    for m in MARK.finditer(s):
        if m.group(1):
            yield "r", m.group(1), m.group(2)
        else:
            yield "k", m.group(3), m.group(4)


class Doc:
    def __init__(self, stem, builder, texts, hidden=None, ocr=None, extra_keep=()):
        self.stem, self.builder, self.texts = stem, builder, texts
        self.hidden = hidden or []      # list of (channel, kind, value)
        self.ocr = ocr or []            # list of (kind, value) in image-only pages
        self.extra_keep = list(extra_keep)

    def build(self):
        path = DOCS_DIR / f"{self.stem}.pdf"
        self.builder(path)
        return path


def _sim_redact(text, probes):
    from evaluate import probe_regex
    for p in sorted(probes, key=len, reverse=True):
        text = probe_regex(p, True).sub(lambda m: "\u2588" * len(m.group(0)), text)
    return text


def make_gold(d: Doc, path: Path):
    text, pages = text_pdfium(path)
    problems = []
    red, keep, seen_r, seen_k = [], [], set(), set()
    for t in d.texts:
        for typ, val, k in marks(t):
            if typ == "r" and val not in seen_r:
                seen_r.add(val)
                red.append({"kind": RKIND[k], "value": val, "probes": [{"text": val, "word": True, "after": 0}]})
            elif typ == "k" and val not in seen_k:
                seen_k.add(val)
    for v in d.extra_keep:
        seen_k.add(v[1]) if isinstance(v, tuple) else None
    for ch, k, val in d.hidden:
        red.append({"kind": RKIND[k], "value": val, "channel": ch,
                    "probes": [{"text": val, "word": True, "after": 0}]})
    chans = None
    if d.ocr:
        chans = extract_channels(path, ocr="auto")["channels"]
        for k, val in d.ocr:
            pr = {"text": val, "word": True, "after": 0}
            if channel_counts(chans, pr).get("ocr", 0) > 0:
                red.append({"kind": RKIND[k], "value": val, "channel": "ocr", "probes": [pr]})
            else:
                print(f"   ({d.stem}: OCR does not read {val!r}; left out)")
    hid = [it for it in red if it.get("channel") and it["channel"] != "ocr"]
    if hid:
        chans = extract_channels(path, ocr="off")["channels"]
    for it in red:
        ch = it.get("channel")
        pr = it["probes"][0]
        if ch is None and count_in(text, pr) == 0:
            problems.append(f"{d.stem}: redact {pr['text']!r} not in text")
        if ch and ch != "ocr":
            if channel_counts(chans, pr).get(ch, 0) == 0:
                problems.append(f"{d.stem}: redact {pr['text']!r} not in {ch}")
            if count_in(text, pr):
                problems.append(f"{d.stem}: hidden {pr['text']!r} in page text")
    # a full name's surname alone is a probe too (same item), where it occurs in the text
    for it in red:
        if it["kind"] == "PERSON" and it.get("channel") is None and "," not in it["value"]:
            toks = it["value"].split()
            sur = toks[-1] if len(toks) >= 2 else None
            if sur and len(sur) >= 4 and not sur.endswith(".") and sur != it["value"] and \
                    count_in(text, {"text": sur, "word": True}) and \
                    not any(pp["text"] == sur for x in red for pp in x["probes"]):
                it["probes"].append({"text": sur, "word": True, "after": 0})
    rvals = [pp["text"] for it in red if it.get("channel") in (None,) for pp in it["probes"]]
    sim = _sim_redact(text, rvals)
    kinds = {}
    for t in d.texts:
        for typ, val, k in marks(t):
            if typ == "k":
                kinds.setdefault(val, k)
    auto = set()
    for val, k in AUTO_KEEP:
        if val not in kinds and count_in(text, {"text": val, "word": True}) and \
                count_in(sim, {"text": val, "word": True}) == count_in(text, {"text": val, "word": True}) and \
                not any(val in it["value"] or it["value"] in val for it in red):
            kinds[val] = k
            auto.add(val)
    for val, k in kinds.items():
        pr = {"text": val, "word": True, "after": 0}
        n = count_in(text, pr)
        n2 = count_in(sim, pr)
        if n == 0:
            problems.append(f"{d.stem}: keep {val!r} not in text")
            continue
        if n2 != n:
            problems.append(f"{d.stem}: keep {val!r} overlaps a redact value ({n} vs {n2})")
            continue
        for it in red:
            if val in it["value"] or it["value"] in val:
                problems.append(f"{d.stem}: keep {val!r} overlaps redact value {it['value']!r}")
        pr["after"] = n
        keep.append({"kind": KKIND[k], "value": val, "probes": [pr]})
    return {"doc": path.name, "pages": pages, "redact": red, "keep": keep}, problems


# ---------------------------------------------------------------- reportlab builder
from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.platypus import PageBreak, SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from xml.sax.saxutils import escape

pdfmetrics.registerFont(TTFont("DejaVu", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DejaVu-Bold", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DejaVuSerif", "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("DejaVuSerif-Bold", "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"))
FONTS = {"helv": ("Helvetica", "Helvetica-Bold"), "times": ("Times-Roman", "Times-Bold"),
         "dejavu": ("DejaVu", "DejaVu-Bold"), "serif": ("DejaVuSerif", "DejaVuSerif-Bold"),
         "courier": ("Courier", "Courier-Bold")}


def rl_pdf(path, blocks, font="helv", size=10, title="", author="", producer=None, creator=None, setmeta=None):
    fn, fb = FONTS[font]
    st = ParagraphStyle("b", fontName=fn, fontSize=size, leading=size * 1.3, spaceAfter=size * 0.5)
    sh = ParagraphStyle("h", fontName=fb, fontSize=size + 3, leading=(size + 3) * 1.3, spaceAfter=size * 0.6)
    sm = ParagraphStyle("m", fontName=fn, fontSize=size - 1, leading=(size - 1) * 1.25)
    story = []
    for b in blocks:
        kind, val = b[0], b[1]
        if kind == "h":
            story.append(Paragraph(escape(strip(val)), sh))
        elif kind == "p":
            story.append(Paragraph(escape(strip(val)).replace("\n", "<br/>"), st))
        elif kind == "sp":
            story.append(Spacer(1, val))
        elif kind == "pb":
            story.append(PageBreak())
        elif kind == "t":
            rows = [[Paragraph(escape(strip(c)), sm) for c in r] for r in val]
            widths = b[2] if len(b) > 2 else None
            tb = Table(rows, colWidths=widths, repeatRows=1)
            tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                    ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.9, 0.95)),
                                    ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(tb)
            story.append(Spacer(1, 6))
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=60, rightMargin=55, topMargin=55, bottomMargin=55,
                            title=title, author=author, creator=creator or "", producer=producer or "ReportLab PDF Library")
    doc.build(story)
    if setmeta:
        setmeta(path)


def texts_of(blocks):
    out = []
    for b in blocks:
        if b[0] in ("h", "p"):
            out.append(b[1])
        elif b[0] == "t":
            out += [c for r in b[1] for c in r]
    return out


def set_meta(path, producer=None, creator=None, author=None, xmp_creator=None, title=None, outline=None, notes=None):
    import pikepdf
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        info = pdf.docinfo
        if producer is not None:
            info["/Producer"] = producer
        if creator is not None:
            info["/Creator"] = creator
        if title is not None:
            info["/Title"] = title
        if author is not None:
            info["/Author"] = author
        elif "/Author" in info and xmp_creator is None:
            del info["/Author"]
        if xmp_creator is not None:
            with pdf.open_metadata(set_pikepdf_as_editor=False) as md:
                md["dc:creator"] = [xmp_creator]
                if producer:
                    md["pdf:Producer"] = producer
        if outline:
            with pdf.open_outline() as ol:
                for t, pg in outline:
                    ol.root.append(pikepdf.OutlineItem(t, min(pg, len(pdf.pages) - 1)))
        if notes:
            for pg, x, y, who, txt in notes:
                page = pdf.pages[pg]
                annot = pdf.make_indirect(pikepdf.Dictionary(
                    Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text, Rect=[x, y, x + 20, y + 20],
                    T=pikepdf.String(who), Contents=pikepdf.String(txt), Name=pikepdf.Name.Comment,
                    F=4, C=[1, 0.85, 0.2]))
                if "/Annots" not in page.obj:
                    page.obj["/Annots"] = pikepdf.Array()
                page.obj["/Annots"].append(annot)
        pdf.save(path)


def rl_doc(stem, blocks, font="helv", size=10, producer=None, creator=None, author=None, xmp_creator=None,
           title="", hidden=None, outline=None, notes=None, extra_texts=()):
    def b(path):
        rl_pdf(path, blocks, font, size, title=title)
        set_meta(path, producer=producer, creator=creator, author=author, xmp_creator=xmp_creator,
                 outline=outline, notes=notes)
    return Doc(stem, b, texts_of(blocks) + list(extra_texts), hidden=hidden)


# ---------------------------------------------------------------- docx -> soffice
def docx_doc(stem, blocks, author="", producer=None, creator=None, hidden=None, title=""):
    def b(path):
        import docx
        from docx.shared import Pt
        d = docx.Document()
        d.core_properties.author = author
        d.core_properties.title = title
        d.core_properties.last_modified_by = author
        for bl in blocks:
            if bl[0] == "h":
                d.add_heading(strip(bl[1]), level=2)
            elif bl[0] == "p":
                d.add_paragraph(strip(bl[1]))
            elif bl[0] == "pb":
                d.add_page_break()
            elif bl[0] == "t":
                rows = bl[1]
                t = d.add_table(rows=len(rows), cols=len(rows[0]))
                t.style = "Table Grid"
                for i, r in enumerate(rows):
                    for j, c in enumerate(r):
                        t.cell(i, j).text = strip(c)
        tmp = Path(f"/tmp/s168_docx"); tmp.mkdir(exist_ok=True)
        src = tmp / f"{stem}.docx"
        d.save(src)
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s168_lo", "--headless", "--convert-to", "pdf",
                        "--outdir", str(tmp), str(src)], capture_output=True, timeout=180)
        path.write_bytes((tmp / f"{stem}.pdf").read_bytes())
        if producer or creator:
            import pikepdf
            with pikepdf.open(path, allow_overwriting_input=True) as pdf:
                if producer:
                    pdf.docinfo["/Producer"] = producer
                if creator:
                    pdf.docinfo["/Creator"] = creator
                pdf.save(path)
    return Doc(stem, b, texts_of(blocks), hidden=hidden)


# ---------------------------------------------------------------- scans
def scan_doc(stem, lines, angle=0.7, producer="KONICA MINOLTA bizhub C300i", font="DejaVuSans.ttf", ocr=None,
             texts=()):
    def b(path):
        from PIL import Image, ImageDraw, ImageFont
        from reportlab.pdfgen import canvas
        W, H = 1654, 2339
        img = Image.new("L", (W, H), 250)
        dr = ImageDraw.Draw(img)
        y = 130
        for ln in lines:
            sz = 34
            fnt = font
            if isinstance(ln, tuple):
                ln, sz, fnt = ln[0], ln[1], ln[2] if len(ln) > 2 else font
            f = ImageFont.truetype(f"/usr/share/fonts/truetype/dejavu/{fnt}", sz)
            dr.text((130, y), strip(ln), fill=25, font=f)
            y += int(sz * 1.55)
        img = img.rotate(angle, resample=Image.BICUBIC, fillcolor=250, expand=False)
        bio = io.BytesIO()
        img.convert("RGB").save(bio, "JPEG", quality=80)
        bio.seek(0)
        from reportlab.lib.utils import ImageReader
        c = canvas.Canvas(str(path), pagesize=A4)
        c.drawImage(ImageReader(bio), 0, 0, A4[0], A4[1])
        c.showPage()
        c.save()
        set_meta(path, producer=producer, creator="Scan to PDF")
    ocr_items = []
    for ln in lines:
        s = ln[0] if isinstance(ln, tuple) else ln
        for typ, val, k in marks(s):
            if typ == "r":
                ocr_items.append((k, val))
    return Doc(stem, b, list(texts), ocr=ocr_items)


# ---------------------------------------------------------------- AcroForm
def form_doc(stem, header_lines, fields, producer="iText 7.2.5", creator="Formulierenserver"):
    """fields: (label, value, redact_kind or None)."""
    def b(path):
        from reportlab.pdfgen import canvas
        c = canvas.Canvas(str(path), pagesize=A4)
        y = 790
        for i, ln in enumerate(header_lines):
            c.setFont("Helvetica-Bold" if i == 0 else "Helvetica", 13 if i == 0 else 10)
            c.drawString(60, y, strip(ln)); y -= 20
        y -= 10
        for j, (lab, val, k) in enumerate(fields):
            c.setFont("Helvetica", 9.5)
            c.drawString(60, y + 5, lab)
            c.acroForm.textfield(name=f"f{j}", value=val, x=250, y=y, width=290, height=18, fontSize=9,
                                 borderWidth=0.5, forceBorder=True)
            y -= 28
        c.showPage(); c.save()
        set_meta(path, producer=producer, creator=creator)
    hidden = [("annotations", k, v) for (lab, v, k) in fields if k]
    return Doc(stem, b, list(header_lines) + [f[0] for f in fields], hidden=hidden)
