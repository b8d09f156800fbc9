"""Build helpers for set mixed163. Text markup: [[x]] = redact value (PDFium text), {{x}} = keep value."""
from __future__ import annotations

import io
import re
import sys
import subprocess
import tempfile
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, norm, text_pdfium, extract_channels, channel_counts  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
GOLD = HERE / "gold"
RX = re.compile(r"\[\[(.+?)\]\]|\{\{(.+?)\}\}")
DV = "/usr/share/fonts/truetype/dejavu/"


def strip(s):
    return RX.sub(lambda m: m.group(1) or m.group(2), s)


def marks(lines):
    red, keep = [], []
    for s in lines:
        for m in RX.finditer(s):
            if m.group(1):
                red.append(m.group(1))
            else:
                keep.append(m.group(2))
    return red, keep


HEALTH = {"burn-outklachten", "re\u00efntegratie na 12 weken", "met zorgverlof", "ziek thuis", "overspannen"}


def kind(v):
    if v in HEALTH:
        return "HEALTH"
    if "@" in v:
        return "EMAIL"
    if re.fullmatch(r"NL\d\d[A-Z]{4}[\d ]+", v):
        return "IBAN"
    if re.fullmatch(r"[\d\s()+-]{8,}", v):
        return "PHONE"
    if re.search(r"\d{4}\s?[A-Z]{2}", v):
        return "ADDRESS"
    if re.search(r"\d", v):
        return "ID"
    return "PERSON"


def kkind(v):
    if "@" in v:
        return "MAILBOX"
    if re.search(r"\d", v):
        return "REF"
    return "PUBLIC"


# ---------------------------------------------------------------- producers
def rl_pdf(path, lines, producer, creator=None, author=None, title=None, ttf=False, outline=None,
           notes=None, form=None, xmp_creator=None, size=10):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    fn, fb = "Helvetica", "Helvetica-Bold"
    if ttf:
        pdfmetrics.registerFont(TTFont("DVS", DV + "DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("DVSB", DV + "DejaVuSans-Bold.ttf"))
        fn, fb = "DVS", "DVSB"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setAuthor(author or "")
    c.setTitle(title or "")
    c.setCreator(creator or "")
    c.setProducer(producer)
    W, H = A4
    y = H - 60
    page = 1
    if outline:
        pass
    for s in lines:
        if s == "---PAGE---":
            c.showPage()
            page += 1
            y = H - 60
            continue
        t = strip(s)
        font = fb if t.startswith("# ") else fn
        if t.startswith("# "):
            t = t[2:]
        c.setFont(font, size + (2 if font == fb else 0))
        # wrap
        words, cur = t.split(" "), ""
        out = []
        for w in words:
            if cur and c.stringWidth(cur + " " + w, font, size) > W - 120:
                out.append(cur)
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(cur)
        for o in out:
            if y < 60:
                c.showPage(); page += 1; y = H - 60
                c.setFont(font, size)
            c.drawString(60, y, o)
            y -= size * 1.45
    if outline:
        for i, (ttl, pg) in enumerate(outline):
            pass
    c.showPage()
    c.save()
    post(path, outline=outline, notes=notes, form=form, xmp_creator=xmp_creator, producer=producer)


def post(path, outline=None, notes=None, form=None, xmp_creator=None, producer=None, author=None):
    import pikepdf
    if not (outline or notes or form or xmp_creator or producer or author is not None):
        return
    pdf = pikepdf.open(str(path), allow_overwriting_input=True)
    if outline:
        with pdf.open_outline() as ol:
            for ttl, pg in outline:
                ol.root.append(pikepdf.OutlineItem(ttl, pg))
    if notes:
        for pg, x, y, who, txt in notes:
            p = pdf.pages[pg]
            a = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                                  Rect=[x, y, x + 20, y + 20], T=pikepdf.String(who),
                                  Contents=pikepdf.String(txt), Open=False))
            if "/Annots" not in p.obj:
                p.obj.Annots = pdf.make_indirect(pikepdf.Array())
            p.obj.Annots.append(a)
    if form:
        fields = pikepdf.Array()
        p = pdf.pages[0]
        if "/Annots" not in p.obj:
            p.obj.Annots = pdf.make_indirect(pikepdf.Array())
        font = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1,
                                 BaseFont=pikepdf.Name.Helvetica))
        for name, val, rect in form:
            ap = pdf.make_stream(f"/Tx BMC BT /Helv 9 Tf 2 4 Td ({val}) Tj ET EMC".encode("latin-1"))
            ap.Type = pikepdf.Name.XObject; ap.Subtype = pikepdf.Name.Form
            ap.BBox = [0, 0, rect[2] - rect[0], rect[3] - rect[1]]
            ap.Resources = pikepdf.Dictionary(Font=pikepdf.Dictionary(Helv=font))
            f = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Widget,
                                  FT=pikepdf.Name.Tx, T=pikepdf.String(name), V=pikepdf.String(val),
                                  Rect=rect, P=p.obj, AP=pikepdf.Dictionary(N=ap),
                                  DA=pikepdf.String("/Helv 9 Tf 0 g"), F=4))
            p.obj.Annots.append(f)
            fields.append(f)
        pdf.Root.AcroForm = pdf.make_indirect(pikepdf.Dictionary(Fields=fields,
                                              DR=pikepdf.Dictionary(Font=pikepdf.Dictionary(Helv=font)),
                                              DA=pikepdf.String("/Helv 9 Tf 0 g")))
    keepinfo = {k: v for k, v in pdf.docinfo.items() if str(v)}
    for k in ("/CreationDate", "/ModDate"):
        if k in pdf.docinfo:
            pdf.docinfo[k] = "D:20260301120000+01'00'"
    with pdf.open_metadata(set_pikepdf_as_editor=False) as md:
        for k in ("xmp:CreateDate", "xmp:ModifyDate", "xmp:MetadataDate"):
            if k in md:
                md[k] = "2026-03-01T12:00:00+01:00"
        if xmp_creator:
            md["dc:creator"] = [xmp_creator]
        if producer:
            md["pdf:Producer"] = producer
    for k, v in keepinfo.items():
        if k in ("/Author", "/Title", "/Creator") and not xmp_creator:
            pdf.docinfo[k] = v
    if producer:
        pdf.docinfo["/Producer"] = producer
    if author is not None:
        pdf.docinfo["/Author"] = author
    pdf.save(str(path), deterministic_id=True)


def docx_pdfs(items):
    """items: list of (path, lines, author, producer). Convert all via one soffice call."""
    import docx
    tmp = Path("/tmp/s163_docx"); tmp.mkdir(exist_ok=True)
    for path, lines, author, producer in items:
        d = docx.Document()
        d.core_properties.author = author or ""
        d.core_properties.last_modified_by = ""
        for s in lines:
            if s == "---PAGE---":
                d.add_page_break(); continue
            t = strip(s)
            if t.startswith("# "):
                d.add_heading(t[2:], level=2)
            elif t.startswith("| "):
                cells = [x.strip() for x in t.strip("| ").split("|")]
                tb = d.add_table(rows=1, cols=len(cells)); tb.style = "Table Grid"
                for i, x in enumerate(cells):
                    tb.rows[0].cells[i].text = x
            else:
                d.add_paragraph(t)
        d.save(tmp / (Path(path).stem + ".docx"))
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s163_lo", "--headless", "--convert-to", "pdf",
                    "--outdir", str(DOCS)] + [str(tmp / (Path(p).stem + ".docx")) for p, *_ in items],
                   capture_output=True, timeout=600)
    for path, lines, author, producer in items:
        post(path, producer=producer, author=author or "")


def scan_pdf(path, lines, angle, producer, hand=None):
    from PIL import Image, ImageDraw, ImageFont
    W, H = 1654, 2339
    im = Image.new("L", (W, H), 250)
    d = ImageDraw.Draw(im)
    f = ImageFont.truetype(DV + "DejaVuSerif.ttf", 34)
    fh = ImageFont.truetype(DV + "DejaVuSerifCondensed-Italic.ttf", 44)
    y = 160
    for s in lines:
        t = strip(s)
        ff = fh if t.startswith("~") else f
        d.text((150, y), t.lstrip("~"), font=ff, fill=25)
        y += 58
    im = im.rotate(angle, fillcolor=250, resample=Image.BICUBIC)
    b = io.BytesIO(); im.convert("RGB").save(b, "JPEG", quality=78)
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setProducer(producer); c.setCreator(producer)
    c.drawImage(ImageReader(io.BytesIO(b.getvalue())), 0, 0, *A4)
    c.showPage(); c.save()


# ---------------------------------------------------------------- gold
def make_gold(stem, lines, hidden=(), ocr=False):
    """hidden: list of (channel, value). Returns gold dict and problems."""
    pdf = DOCS / f"{stem}.pdf"
    text, pages = text_pdfium(pdf)
    red, keep = marks(lines)
    problems = []
    gold = {"doc": pdf.name, "pages": pages, "redact": [], "keep": []}
    seen = set()
    chans = None
    if ocr:
        chans = extract_channels(pdf, ocr="auto")["channels"]
    for v in red:
        if v in seen:
            continue
        seen.add(v)
        pr = {"text": v, "word": True, "after": 0}
        it = {"kind": kind(v), "value": v, "probes": [pr]}
        if it["kind"] == "PERSON" and " " in v:
            sn = v.split(" ")[-1]
            if len(sn) >= 4 and sn[0].isupper() and "." not in sn and sn not in seen:
                seen.add(sn)
                it["probes"].append(dict(pr, text=sn))
        if ocr:
            pr["ocr"] = True
            it["channel"] = "ocr"
            for q in it["probes"]:
                q["ocr"] = True
            it["probes"] = [q for q in it["probes"] if channel_counts(chans, q).get("ocr", 0)]
            if not it["probes"]:
                print(f"  {stem}: OCR misses {v!r}; dropped")
                continue
        elif count_in(text, pr) == 0:
            problems.append(f"{stem}: redact {v!r} not in text")
        gold["redact"].append(it)
    if hidden:
        ch2 = extract_channels(pdf, ocr="off")["channels"]
        for ch, v in hidden:
            pr = {"text": v, "word": True, "after": 0}
            if channel_counts(ch2, pr).get(ch, 0) == 0:
                problems.append(f"{stem}: hidden {v!r} not in {ch}")
            if count_in(text, pr):
                problems.append(f"{stem}: hidden {v!r} in page text")
            gold["redact"].append({"kind": kind(v), "value": v, "channel": ch, "probes": [pr]})
    # masked text: redact values blanked
    allred = sorted({it["value"] for it in gold["redact"]} | set(red), key=len, reverse=True)
    masked = text
    for v in allred:
        masked = re.sub(re.escape(norm(v)), lambda m: "#" * len(m.group(0)), masked)
    kseen = set()
    for v in keep:
        if v in kseen:
            continue
        kseen.add(v)
        pr = {"text": v, "word": True}
        n = count_in(text, pr)
        if ocr:
            continue
        if n == 0:
            problems.append(f"{stem}: keep {v!r} not in text")
            continue
        if count_in(masked, pr) != n:
            problems.append(f"{stem}: keep {v!r} overlaps a redact value")
            continue
        pr["after"] = n
        gold["keep"].append({"kind": kkind(v), "value": v, "probes": [pr]})
    return gold, problems
