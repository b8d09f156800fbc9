"""Shared helpers for the blind set mixed48 (set BF): producers, hidden channels, scans, gold."""
from __future__ import annotations

import io
import json
import random
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
DOCS = ROOT / "docs"
GOLD = ROOT / "gold"
WORK = ROOT / "_work"
sys.path.insert(0, "/work/shared/eval")
from evaluate import norm, count_in, probe_regex, extract_channels, channel_counts  # noqa: E402

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table,  # noqa: E402
                                TableStyle, PageBreak, KeepTogether)

FD = "/usr/share/fonts/truetype/dejavu/"
for n, f in (("DV", "DejaVuSans.ttf"), ("DVB", "DejaVuSans-Bold.ttf"), ("DVI", "DejaVuSans-Oblique.ttf"),
             ("DS", "DejaVuSerif.ttf"), ("DSB", "DejaVuSerif-Bold.ttf"), ("DM", "DejaVuSansMono.ttf"),
             ("DC", "DejaVuSansCondensed.ttf"), ("DCB", "DejaVuSansCondensed-Bold.ttf")):
    pdfmetrics.registerFont(TTFont(n, FD + f))
from reportlab.lib.fonts import addMapping  # noqa: E402
addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DVB"); addMapping("DV", 0, 1, "DVI"); addMapping("DV", 1, 1, "DVB")
addMapping("DS", 0, 0, "DS"); addMapping("DS", 1, 0, "DSB"); addMapping("DS", 0, 1, "DS"); addMapping("DS", 1, 1, "DSB")
addMapping("DC", 0, 0, "DC"); addMapping("DC", 1, 0, "DCB"); addMapping("DC", 0, 1, "DC"); addMapping("DC", 1, 1, "DCB")


# ------------------------------------------------------------------ invented identifiers
def bsn(seed: int, dots: bool = False) -> str:
    rnd = random.Random(seed * 7919 + 11)
    while True:
        d = [rnd.randint(1, 9)] + [rnd.randint(0, 9) for _ in range(8)]
        s = sum(d[i] * (9 - i) for i in range(8)) - d[8]
        if s % 11 == 0:
            t = "".join(map(str, d))
            return f"{t[:4]}.{t[4:6]}.{t[6:]}" if dots else t


def iban(seed: int, bank: str = "RABO", spaced: bool = True) -> str:
    rnd = random.Random(seed * 104729 + 3)
    acct = "".join(str(rnd.randint(0, 9)) for _ in range(10))
    base = bank + acct + "NL00"
    num = "".join(str(int(c, 36)) for c in base)
    chk = 98 - int(num) % 97
    s = f"NL{chk:02d}{bank}{acct}"
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if spaced else s


def _bsn_ok(t):
    d = [int(c) for c in re.sub(r"\D", "", t)]
    return len(d) == 9 and (sum(d[i] * (9 - i) for i in range(8)) - d[8]) % 11 == 0


def _iban_ok(t):
    s = re.sub(r"\s", "", t)
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


# ------------------------------------------------------------------ styles
def styles(font="DV", size=10):
    b = {"DV": "DVB", "DS": "DSB", "DC": "DCB"}[font]
    return {
        "p": ParagraphStyle("p", fontName=font, fontSize=size, leading=size * 1.35, spaceAfter=size * 0.6),
        "s": ParagraphStyle("s", fontName=font, fontSize=size - 2, leading=(size - 2) * 1.3),
        "c": ParagraphStyle("c", fontName=font, fontSize=size - 1, leading=(size - 1) * 1.25),
        "h1": ParagraphStyle("h1", fontName=b, fontSize=size + 5, leading=(size + 5) * 1.3, spaceAfter=8),
        "h2": ParagraphStyle("h2", fontName=b, fontSize=size + 1.5, leading=(size + 1.5) * 1.3, spaceBefore=6,
                             spaceAfter=4),
        "m": ParagraphStyle("m", fontName="DM", fontSize=size - 1.5, leading=(size - 1.5) * 1.35),
    }


def tbl(rows, widths, st, header=True, grid=True, font="DV", size=9, valign="TOP"):
    """rows of strings (Paragraph-wrapped) -> Table."""
    ps = ParagraphStyle("t", fontName=font, fontSize=size, leading=size * 1.25)
    pb = ParagraphStyle("tb", parent=ps, fontName={"DV": "DVB", "DS": "DSB", "DC": "DCB"}[font])
    data = []
    for i, r in enumerate(rows):
        data.append([Paragraph(c, pb if (header and i == 0) else ps) if isinstance(c, str) else c for c in r])
    t = Table(data, colWidths=widths, repeatRows=1 if header else 0)
    cmds = [("VALIGN", (0, 0), (-1, -1), valign), ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
    if grid:
        cmds.append(("GRID", (0, 0), (-1, -1), 0.4, colors.grey))
    if header:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6ee")))
    t.setStyle(TableStyle(cmds))
    return t


def kv(pairs, widths, size=9, font="DV"):
    return tbl([[f"<b>{a}</b>", b] for a, b in pairs], widths, None, header=False, grid=False, font=font, size=size)


def rl(path: Path, story, first=None, later=None, pagesize=A4, margins=(25, 20, 25, 22), frame_first=None,
       title="", author=""):
    """reportlab document. first/later: canvas callbacks; frame_first: (x,y,w,h) in mm for page 1."""
    W, H = pagesize
    l, t, r, b = [m_ * mm for m_ in margins]
    full = Frame(l, b, W - l - r, H - t - b, id="f")
    tpls = []
    if frame_first:
        x, y, w, h = [v * mm for v in frame_first]
        tpls.append(PageTemplate(id="first", frames=[Frame(x, y, w, h, id="f1")], onPage=first or (lambda c, d: None)))
        tpls.append(PageTemplate(id="later", frames=[full], onPage=later or (lambda c, d: None)))
    else:
        tpls.append(PageTemplate(id="first", frames=[full], onPage=first or (lambda c, d: None)))
        tpls.append(PageTemplate(id="later", frames=[full], onPage=later or first or (lambda c, d: None)))
    from reportlab.platypus.doctemplate import NextPageTemplate
    doc = BaseDocTemplate(str(path), pagesize=pagesize, pageTemplates=tpls, title=title, author=author,
                          invariant=1, creator="", producer="ReportLab PDF Library - www.reportlab.com")
    doc.build([NextPageTemplate("later")] + list(story))


def lines(c, x, y, txts, font="DV", size=8, lead=None):
    lead = lead or size * 1.3
    for i, t in enumerate(txts):
        f = font
        if t.startswith("**"):
            t = t[2:]
            f = {"DV": "DVB", "DS": "DSB", "DC": "DCB"}.get(font, font)
        c.setFont(f, size)
        c.drawString(x, y - i * lead, t)


def pagenum(c, d, label=""):
    c.setFont("DV", 7.5)
    c.drawRightString(A4[0] - 20 * mm, 12 * mm, f"{label}Pagina {c.getPageNumber()}")


# ------------------------------------------------------------------ other producers
def soffice(src: Path, out: Path):
    od = src.parent
    subprocess.run(["nice", "-n", "10", "soffice", "--headless", "--norestore",
                    f"-env:UserInstallation=file://{WORK}/lo_profile", "--convert-to", "pdf",
                    "--outdir", str(od), str(src)], capture_output=True, timeout=240, check=True)
    shutil.move(str(od / (src.stem + ".pdf")), str(out))
    normalize(out)


def normalize(path: Path):
    """Fixed dates and a deterministic /ID so that a rebuild gives the same bytes."""
    import pikepdf
    pdf = pikepdf.open(str(path), allow_overwriting_input=True)
    for k in ("/CreationDate", "/ModDate"):
        if k in pdf.docinfo:
            pdf.docinfo[k] = "D:20250301090000+01'00'"
    if "/Metadata" in pdf.Root:
        del pdf.Root["/Metadata"]
    if "/DocChecksum" in pdf.trailer:
        del pdf.trailer["/DocChecksum"]
    if "/ID" in pdf.trailer:
        del pdf.trailer["/ID"]
    pdf.save(str(path), deterministic_id=True)
    pdf.close()


def chromium(html: str, out: Path):
    WORK.mkdir(exist_ok=True)
    src = WORK / (out.stem + ".html")
    src.write_text(html, encoding="utf-8")
    subprocess.run(["nice", "-n", "10", "chromium", "--headless", "--no-sandbox", "--disable-gpu",
                    "--no-pdf-header-footer", f"--user-data-dir={WORK}/chrome_profile",
                    f"--print-to-pdf={out}", src.as_uri()], capture_output=True, timeout=240)
    if not out.exists():
        raise RuntimeError("chromium failed for " + out.name)


def docx_new():
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(10)
    return d


def docx_pdf(d, out: Path, author="", title=""):
    WORK.mkdir(exist_ok=True)
    d.core_properties.author = author
    d.core_properties.title = title
    d.core_properties.last_modified_by = author
    import datetime
    d.core_properties.created = datetime.datetime(2025, 3, 1, 9, 0)
    d.core_properties.modified = datetime.datetime(2025, 3, 1, 9, 0)
    src = WORK / (out.stem + ".docx")
    d.save(str(src))
    soffice(src, out)


def scan(src: Path, out: Path, skew=0.0, dpi=200, seed=1, stamp=None):
    """Rasterise every page (grey, noise, optional skew) into an image-only PDF. stamp: list of
    (x_mm, y_mm, text) added as a real text layer on page 1 (a DMS registration stamp)."""
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter
    from reportlab.pdfgen import canvas as rc
    from reportlab.lib.utils import ImageReader
    rnd = random.Random(seed)
    pdf = pdfium.PdfDocument(str(src))
    c = rc.Canvas(str(out), pagesize=A4, invariant=1)
    for i in range(len(pdf)):
        img = pdf[i].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
        if skew:
            img = img.rotate(skew, resample=Image.BICUBIC, expand=False, fillcolor=255)
        px = img.load()
        w, h = img.size
        for _ in range(w * h // 400):
            x, y = rnd.randrange(w), rnd.randrange(h)
            px[x, y] = rnd.choice((150, 200, 90))
        img = img.filter(ImageFilter.GaussianBlur(0.4))
        bio = io.BytesIO()
        img.save(bio, "JPEG", quality=80)
        bio.seek(0)
        c.drawImage(ImageReader(bio), 0, 0, A4[0], A4[1])
        if stamp and i == 0:
            for x, y, t in stamp:
                c.setFont("DV", 7)
                c.setFillColor(colors.HexColor("#1a3c8c"))
                c.drawString(x * mm, y * mm, t)
        c.showPage()
    c.save()
    pdf.close()


def _annots(pdf, page):
    from pikepdf import Array
    if "/Annots" not in page.obj:
        page.obj["/Annots"] = pdf.make_indirect(Array())
    return page.obj["/Annots"]


def hide(path: Path, author=None, title=None, subject=None, keywords=None, xmp_creator=None, outline=None,
         notes=(), fields=(), links=(), creator=None):
    """Post-process with pikepdf: Info, XMP, outline (list of (title, page)), sticky notes
    ((page, x, y, text, author)), form fields ((page, name, value, rect)), link annotations
    ((page, rect, uri))."""
    import pikepdf
    from pikepdf import Name, Dictionary, Array, String
    pdf = pikepdf.open(str(path), allow_overwriting_input=True)
    if author is not None:
        pdf.docinfo["/Author"] = author
    if title is not None:
        pdf.docinfo["/Title"] = title
    if subject is not None:
        pdf.docinfo["/Subject"] = subject
    if keywords is not None:
        pdf.docinfo["/Keywords"] = keywords
    if creator is not None:
        pdf.docinfo["/Creator"] = creator
    for k in ("/CreationDate", "/ModDate"):
        pdf.docinfo[k] = "D:20250301090000+01'00'"
    if xmp_creator:
        with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta:
            meta["dc:creator"] = [xmp_creator]
            if title:
                meta["dc:title"] = title
    if outline:
        with pdf.open_outline() as ol:
            ol.root.clear()
            for t, p in outline:
                ol.root.append(pikepdf.OutlineItem(t, p))
    for (p, x, y, text, who) in notes:
        page = pdf.pages[p]
        a = pdf.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Text, Rect=Array([x, y, x + 20, y + 20]),
                                         Contents=String(text), T=String(who), Open=False,
                                         C=Array([1, 0.9, 0.2]), Name=Name.Comment))
        _annots(pdf, page).append(a)
    flds = []
    for (p, name, value, rect) in fields:
        page = pdf.pages[p]
        ap = pdf.make_stream(b"/Tx BMC EMC", Type=Name.XObject, Subtype=Name.Form,
                             BBox=Array([0, 0, rect[2] - rect[0], rect[3] - rect[1]]))
        f = pdf.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Widget, FT=Name.Tx, T=String(name),
                                         V=String(value), Rect=Array(rect), F=4, P=page.obj,
                                         DA=String("/Helv 0 Tf 0 g"), AP=Dictionary(N=ap)))
        _annots(pdf, page).append(f)
        flds.append(f)
    if flds:
        pdf.Root.AcroForm = Dictionary(Fields=Array(flds), NeedAppearances=True,
                                       DA=String("/Helv 0 Tf 0 g"))
    for (p, rect, uri) in links:
        page = pdf.pages[p]
        a = pdf.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Link, Rect=Array(rect), Border=Array([0, 0, 0]),
                                         A=Dictionary(S=Name.URI, URI=String(uri))))
        _annots(pdf, page).append(a)
    pdf.save(str(path), deterministic_id=True)
    pdf.close()


# ------------------------------------------------------------------ gold
def R(kind, value, *probes, after=None):
    """redact item; probes: 'text' (word), ('text', after), or '~text' (not word-anchored)."""
    return ("R", kind, value, probes)


def K(kind, value, *probes):
    return ("K", kind, value, probes or (value,))


def _probe(p):
    after = None
    if isinstance(p, tuple):
        p, after = p
    word = True
    if p.startswith("~"):
        p, word = p[1:], False
    return p, word, after


def make_gold(pdf: Path, items, scanned=False):
    """Returns (gold, problems)."""
    ch = extract_channels(pdf, ocr="auto")
    chans = ch["channels"]
    text = chans.get("pdfium", "")
    probs = []
    gold = {"doc": pdf.name, "pages": ch["pages"], "redact": [], "keep": []}
    redact_texts = []
    keep_texts = []
    for it in items:
        tag, kind, value, probes = it
        for p in probes:
            t, w, a = _probe(p)
            (redact_texts if tag == "R" else keep_texts).append((t, w, a, value))
    for it in items:
        tag, kind, value, probes = it
        ps = []
        for p in probes:
            t, w, a = _probe(p)
            pr = {"text": t, "word": w}
            if tag == "R":
                pr["after"] = a or 0
                cc = channel_counts(chans, pr)
                if not cc or max(cc.values()) <= pr["after"]:
                    probs.append(f"{pdf.name}: redact probe {t!r} not found (>{pr['after']}): {cc}")
                if pr["after"] == 0:
                    for kt, kw, _, kv_ in keep_texts:
                        if count_in(norm(kt), pr) or count_in(norm(kv_), pr):
                            probs.append(f"{pdf.name}: redact probe {t!r} inside keep {kt!r}/{kv_!r}")
            else:
                c = count_in(text, pr)
                pr["after"] = c
                if c == 0:
                    probs.append(f"{pdf.name}: keep probe {t!r} not in pdfium text")
                for rt, rw, _, rv in redact_texts:
                    if count_in(norm(rt), pr) or count_in(norm(rv), pr):
                        probs.append(f"{pdf.name}: keep probe {t!r} inside redact {rt!r}/{rv!r}")
            ps.append(pr)
        (gold["redact"] if tag == "R" else gold["keep"]).append({"kind": kind, "value": value, "probes": ps})
        if kind == "BSN":
            if not _bsn_ok(value):
                probs.append(f"{pdf.name}: invalid BSN {value}")
        if kind == "IBAN":
            if not _iban_ok(value):
                probs.append(f"{pdf.name}: invalid IBAN {value}")
    return gold, probs
