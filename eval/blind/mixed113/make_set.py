"""Rebuild set HE (eval/blind/mixed113): a Woo request about cultural subsidies.

    /work/main/.venv/bin/python make_set.py            # all documents
    /work/main/.venv/bin/python make_set.py he03 he17  # only these

Documents are written in a small mark-up: [[text]] is personal data (a redact probe, after=0;
[[Noor ^Verbeek]] also adds the surname 'Verbeek' as a probe; [[text|KIND]] names the kind),
«text» / «text|KIND» is something that must stay readable (a keep probe whose 'after' is
counted on the original's PDFium text with the evaluator's own functions). The mark-up is removed
before the PDF is made. Hidden-channel probes (metadata, XMP, outline, annotations, form fields)
carry a 'channel' key; probes in image-only scans carry 'ocr': true.
"""
from __future__ import annotations

import io
import json
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/eval")

from evaluate import count_in, norm, text_pdfium  # noqa: E402

DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
FONTS = "/usr/share/fonts/truetype"


# ---------------------------------------------------------------- numbers with valid checksums
def make_bsn(prefix8: str) -> str:
    while True:
        d = [int(x) for x in prefix8]
        s = sum(d[i] * (9 - i) for i in range(8)) % 11
        if s != 10:
            return prefix8 + str(s)
        prefix8 = prefix8[:7] + str((d[7] + 1) % 10)


def make_iban(bank: str, acct: str, grouped=True) -> str:
    acct = acct.zfill(10)
    num = "".join(str(int(ch, 36)) for ch in (bank + acct + "NL00"))
    ck = 98 - int(num) % 97
    s = f"NL{ck:02d}{bank}{acct}"
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if grouped else s


# ---------------------------------------------------------------- mark-up
MARK = re.compile(r"\[\[(.+?)\]\]|«(.+?)»")


def guess_kind(t: str) -> str:
    if "@" in t:
        return "EMAIL"
    if re.fullmatch(r"NL\d\d[A-Z]{4}[\d ]+", t):
        return "IBAN"
    if re.fullmatch(r"[+\d][\d \-()]{7,}", t):
        return "PHONE"
    if re.search(r"\d", t):
        return "NUMBER"
    return "PERSON"


class Doc:
    def __init__(self, stem, producer="rl", font="Helvetica", size=10, title="", author=None,
                 xmp_creator=None, outline=(), annots=(), fields=(), landscape=False, scan=None):
        self.stem, self.producer, self.font, self.size = stem, producer, font, size
        self.title, self.landscape, self.scan = title, landscape, scan or {}
        self.blocks = []
        self.red = {}    # probe text -> dict(kind, value, channel, ocr)
        self.keep = {}   # probe text -> kind
        self.marked = []  # (span text, channel) of every redact mark, for the consistency check
        self.hidden = {"author": None, "title": None, "xmp": None, "outline": [], "annots": [],
                       "fields": []}
        if author:
            self.hidden["author"] = self.parse(author, channel="metadata")
        if xmp_creator:
            self.hidden["xmp"] = self.parse(xmp_creator, channel="metadata")
        for o in outline:
            self.hidden["outline"].append(self.parse(o, channel="outline"))
        for who, txt in annots:
            self.hidden["annots"].append((self.parse(who, channel="annotations"),
                                          self.parse(txt, channel="annotations")))
        for name, val in fields:
            self.hidden["fields"].append((name, self.parse(val, channel="annotations")))

    # mark-up -> plain text, recording probes
    def parse(self, s: str, channel: str = "text") -> str:
        ocr = self.producer == "scan" and channel == "text"

        def rep(m):
            if m.group(1) is not None:
                parts = m.group(1).split("|")
                raw = unesc(parts[0])
                kind = parts[1] if len(parts) > 1 else None
                full = raw.replace("^", "")
                kind = kind or guess_kind(full)
                probes = [full]
                if "^" in raw:
                    probes.append(raw.split("^", 1)[1].strip())
                for p in probes:
                    if p not in self.red:
                        self.red[p] = {"kind": kind, "value": full, "channel": channel, "ocr": ocr}
                    elif self.red[p]["channel"] != channel:
                        # seen in more than one channel: the text layer is the one to check
                        if channel == "text":
                            self.red[p]["channel"] = "text"
                self.marked.append((full, channel))
                return parts[0].replace("^", "")
            parts = m.group(2).split("|")
            t = unesc(parts[0])
            if self.producer != "scan" and channel == "text":
                self.keep.setdefault(t, parts[1] if len(parts) > 1 else "ORG")
            return parts[0]

        return MARK.sub(rep, s)

    # blocks
    def h(self, s, level=1):
        self.blocks.append(("h", self.parse(s), level))

    def p(self, s, style="body"):
        self.blocks.append(("p", self.parse(s), style))

    def lines(self, *ss, style="body"):
        for s in ss:
            self.p(s, style)

    def table(self, rows, widths=None, header=True, size=None):
        self.blocks.append(("t", [[self.parse(c) for c in r] for r in rows], widths, header, size))

    def sp(self, h=6):
        self.blocks.append(("sp", h))

    def pb(self):
        self.blocks.append(("pb",))

    def sig(self, text):
        """A handwritten signature as an image (no probe: OCR of handwriting is unreliable)."""
        self.blocks.append(("sig", text))


# ---------------------------------------------------------------- producers
def _register_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    for name, f in (("DejaVuSans", "dejavu/DejaVuSans.ttf"), ("DejaVuSans-Bold", "dejavu/DejaVuSans-Bold.ttf"),
                    ("DejaVuSerif", "dejavu/DejaVuSerif.ttf"), ("DejaVuSerif-Bold", "dejavu/DejaVuSerif-Bold.ttf"),
                    ("LibSans", "liberation2/LiberationSans-Regular.ttf"),
                    ("LibSans-Bold", "liberation2/LiberationSans-Bold.ttf"),
                    ("LibSerif", "liberation2/LiberationSerif-Regular.ttf"),
                    ("LibSerif-Bold", "liberation2/LiberationSerif-Bold.ttf"),
                    ("LibMono", "liberation2/LiberationMono-Regular.ttf"),
                    ("LibMono-Bold", "liberation2/LiberationMono-Bold.ttf")):
        pdfmetrics.registerFont(TTFont(name, f"{FONTS}/{f}"))


BOLD = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold",
        "DejaVuSans": "DejaVuSans-Bold", "DejaVuSerif": "DejaVuSerif-Bold", "LibSans": "LibSans-Bold",
        "LibSerif": "LibSerif-Bold", "LibMono": "LibMono-Bold"}


def signature_png(text: str, w=520, h=130, seed=1) -> bytes:
    from PIL import Image, ImageDraw, ImageFont
    im = Image.new("L", (w, h), 255)
    dr = ImageDraw.Draw(im)
    f = ImageFont.truetype(f"{FONTS}/femkeklaver/femkeklaver.ttf", 64)
    dr.text((10, 20), text, font=f, fill=20)
    rnd = random.Random(seed)
    pts = [(10 + i * 25, 105 + rnd.randint(-6, 6)) for i in range(18)]
    dr.line(pts, fill=40, width=3)
    buf = io.BytesIO()
    im.save(buf, "PNG")
    return buf.getvalue()


def build_rl(doc: Doc, out: Path):
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                    PageBreak, Image)
    from reportlab.lib.utils import ImageReader

    f, fb, sz = doc.font, BOLD[doc.font], doc.size
    st = {
        "body": ParagraphStyle("b", fontName=f, fontSize=sz, leading=sz * 1.3, spaceAfter=3),
        "small": ParagraphStyle("s", fontName=f, fontSize=sz - 2, leading=(sz - 2) * 1.25, spaceAfter=1),
        "mono": ParagraphStyle("m", fontName="Courier", fontSize=sz - 1, leading=(sz - 1) * 1.25),
        "right": ParagraphStyle("r", fontName=f, fontSize=sz, leading=sz * 1.3, alignment=2),
        "tight": ParagraphStyle("t", fontName=f, fontSize=sz, leading=sz * 1.2, spaceAfter=0),
        "quote": ParagraphStyle("q", fontName=f, fontSize=sz - 1, leading=(sz - 1) * 1.3, leftIndent=14,
                                textColor=colors.HexColor("#333366"), spaceAfter=2),
    }
    hs = {1: ParagraphStyle("h1", fontName=fb, fontSize=sz + 4, leading=sz + 7, spaceAfter=6, spaceBefore=4),
          2: ParagraphStyle("h2", fontName=fb, fontSize=sz + 1, leading=sz + 4, spaceAfter=3, spaceBefore=5)}
    cell = ParagraphStyle("c", fontName=f, fontSize=sz - 1.5, leading=(sz - 1.5) * 1.2)
    cellb = ParagraphStyle("cb", fontName=fb, fontSize=sz - 1.5, leading=(sz - 1.5) * 1.2)
    story = []
    pagesize = landscape(A4) if doc.landscape else A4
    avail = pagesize[0] - 40 * mm
    for b in doc.blocks:
        if b[0] == "h":
            story.append(Paragraph(b[1], hs[b[2]]))
        elif b[0] == "p":
            story.append(Paragraph(b[1], st[b[2]]))
        elif b[0] == "sp":
            story.append(Spacer(1, b[1]))
        elif b[0] == "pb":
            story.append(PageBreak())
        elif b[0] == "sig":
            data = signature_png(b[1])
            story.append(Image(io.BytesIO(data), width=52 * mm, height=13 * mm, hAlign="LEFT"))
        elif b[0] == "t":
            rows, widths, header, size = b[1], b[2], b[3], b[4]
            cs = cell if not size else ParagraphStyle("cx", fontName=f, fontSize=size, leading=size * 1.2)
            cbs = cellb if not size else ParagraphStyle("cbx", fontName=fb, fontSize=size, leading=size * 1.2)
            data = [[Paragraph(c, cbs if (header and i == 0) else cs) for c in r] for i, r in enumerate(rows)]
            if widths:
                tot = sum(widths)
                widths = [avail * w / tot for w in widths]
            t = Table(data, colWidths=widths, repeatRows=1 if header else 0)
            style = [("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]
            if header:
                style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee")))
            t.setStyle(TableStyle(style))
            story.append(t)
            story.append(Spacer(1, 6))
    sd = SimpleDocTemplate(str(out), pagesize=pagesize, leftMargin=20 * mm, rightMargin=20 * mm,
                           topMargin=18 * mm, bottomMargin=18 * mm, title=doc.title,
                           author=doc.hidden["author"] or "", creator="ReportLab")
    sd.build(story)


def unesc(t: str) -> str:
    return t.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def build_docx(doc: Doc, out: Path):
    import docx
    from docx.shared import Pt, Mm
    d = docx.Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(22)
    stl = d.styles["Normal"]
    stl.font.name = "Liberation Serif" if doc.font == "LibSerif" else "Liberation Sans"
    stl.font.size = Pt(doc.size)
    d.core_properties.author = doc.hidden["author"] or "Mondriaan Fonds"
    d.core_properties.title = doc.title

    def add_runs(par, text):
        for i, chunk in enumerate(re.split(r"</?b>", text)):
            if chunk:
                r = par.add_run(unesc(chunk.replace("<br/>", "\n")))
                r.bold = i % 2 == 1
    for b in doc.blocks:
        if b[0] == "h":
            hp = d.add_heading(level=b[2])
            add_runs(hp, b[1])
        elif b[0] == "p":
            par = d.add_paragraph()
            add_runs(par, b[1])
            if b[2] == "small":
                for r in par.runs:
                    r.font.size = Pt(doc.size - 2)
        elif b[0] == "sp":
            d.add_paragraph()
        elif b[0] == "pb":
            d.add_page_break()
        elif b[0] == "sig":
            d.add_picture(io.BytesIO(signature_png(b[1])), width=Mm(50))
        elif b[0] == "t":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    cp = t.cell(i, j).paragraphs[0]
                    add_runs(cp, f"<b>{c}</b>" if (b[3] and i == 0) else c)
                    for run in cp.runs:
                        run.font.size = Pt(doc.size - 1.5)
            d.add_paragraph()
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / f"{doc.stem}.docx"
        d.save(src)
        subprocess.run(["soffice", f"-env:UserInstallation=file://{td}/lo", "--headless", "--convert-to",
                        "pdf", "--outdir", td, str(src)], check=True, capture_output=True, timeout=180)
        out.write_bytes((Path(td) / f"{doc.stem}.pdf").read_bytes())


def build_scan(doc: Doc, out: Path):
    """Render the blocks to a grey image (150-200 dpi, noise, slight rotation, JPEG) and wrap each
    page in a PDF without a text layer."""
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    dpi = doc.scan.get("dpi", 200)
    W, H = int(8.27 * dpi), int(11.69 * dpi)
    px = dpi / 72.0
    fr = ImageFont.truetype(f"{FONTS}/{doc.scan.get('font', 'dejavu/DejaVuSerif.ttf')}", int(doc.size * px))
    fb = ImageFont.truetype(f"{FONTS}/{doc.scan.get('bold', 'dejavu/DejaVuSerif-Bold.ttf')}", int((doc.size + 2) * px))
    margin = int(22 * dpi / 25.4)
    pages = []
    im = Image.new("L", (W, H), 250)
    dr = ImageDraw.Draw(im)
    y = margin

    def newpage():
        nonlocal im, dr, y
        pages.append(im)
        im = Image.new("L", (W, H), 250)
        dr = ImageDraw.Draw(im)
        y = margin

    def write(text, font, indent=0):
        nonlocal y
        text = unesc(re.sub(r"</?b>", "", text))
        for para in text.split("<br/>"):
            words, line = para.split(" "), ""
            for w in words:
                cand = (line + " " + w).strip()
                if dr.textlength(cand, font=font) > W - 2 * margin - indent and line:
                    dr.text((margin + indent, y), line, font=font, fill=25)
                    y += int(font.size * 1.35)
                    line = w
                else:
                    line = cand
            dr.text((margin + indent, y), line, font=font, fill=25)
            y += int(font.size * 1.35)
    for b in doc.blocks:
        if b[0] == "h":
            write(b[1], fb)
            y += 6
        elif b[0] == "p":
            write(b[1], fr)
            y += 5
        elif b[0] == "sp":
            y += int(b[1] * px)
        elif b[0] == "pb":
            newpage()
        elif b[0] == "sig":
            sig = Image.open(io.BytesIO(signature_png(b[1]))).convert("L").resize((int(150 * px), int(38 * px)))
            im.paste(sig, (margin, y))
            y += sig.size[1] + 4
        elif b[0] == "t":
            rows = b[1]
            ncol = len(rows[0])
            widths = b[2] or [1] * ncol
            tot = sum(widths)
            xs = [margin]
            for w in widths:
                xs.append(xs[-1] + int((W - 2 * margin) * w / tot))
            for r in rows:
                top = y
                maxy = y
                for j, c in enumerate(r):
                    yy = top + 4
                    c = unesc(re.sub(r"</?b>", "", c))
                    line = ""
                    for w in c.split(" "):
                        cand = (line + " " + w).strip()
                        if dr.textlength(cand, font=fr) > xs[j + 1] - xs[j] - 12 and line:
                            dr.text((xs[j] + 6, yy), line, font=fr, fill=25)
                            yy += int(fr.size * 1.3)
                            line = w
                        else:
                            line = cand
                    dr.text((xs[j] + 6, yy), line, font=fr, fill=25)
                    yy += int(fr.size * 1.3)
                    maxy = max(maxy, yy)
                for j in range(ncol + 1):
                    dr.line([(xs[j], top), (xs[j], maxy + 4)], fill=90, width=2)
                dr.line([(xs[0], top), (xs[-1], top)], fill=90, width=2)
                y = maxy + 4
            dr.line([(xs[0], y), (xs[-1], y)], fill=90, width=2)
            y += 10
    pages.append(im)
    rnd = random.Random(doc.stem)
    c = canvas.Canvas(str(out), pagesize=A4)
    c.setAuthor("")
    c.setCreator("Canon iR-ADV C5535 PDF")
    for pim in pages:
        pim = pim.rotate(rnd.uniform(-0.9, 0.9), fillcolor=235, resample=Image.BICUBIC)
        noise = Image.effect_noise(pim.size, 18)
        pim = Image.blend(pim, noise, 0.08).filter(ImageFilter.GaussianBlur(0.4))
        buf = io.BytesIO()
        pim.save(buf, "JPEG", quality=doc.scan.get("quality", 72))
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()


def add_hidden(doc: Doc, path: Path):
    import pikepdf
    hd = doc.hidden
    if not (hd["author"] or hd["xmp"] or hd["outline"] or hd["annots"] or hd["fields"] or doc.producer == "docx"):
        return
    with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
        if hd["xmp"]:
            with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta:
                meta["dc:creator"] = [hd["xmp"]]
                meta["dc:title"] = doc.title or doc.stem
        if hd["author"]:
            pdf.docinfo["/Author"] = hd["author"]
        if doc.title:
            pdf.docinfo["/Title"] = doc.title
        if hd["outline"]:
            with pdf.open_outline() as ol:
                for i, t in enumerate(hd["outline"]):
                    ol.root.append(pikepdf.OutlineItem(t, min(i, len(pdf.pages) - 1)))
        page = pdf.pages[0]
        for k, (who, txt) in enumerate(hd["annots"]):
            a = pdf.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                Rect=pikepdf.Array([520, 760 - 30 * k, 540, 780 - 30 * k]),
                Contents=pikepdf.String(txt), T=pikepdf.String(who), Open=False,
                C=pikepdf.Array([1, 0.9, 0.2])))
            if "/Annots" not in page.obj:
                page.obj["/Annots"] = pikepdf.Array()
            page.obj["/Annots"].append(a)
        if hd["fields"]:
            fields = pikepdf.Array()
            font = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1,
                                                        BaseFont=pikepdf.Name.Helvetica))
            for k, (name, val) in enumerate(hd["fields"]):
                rect = [300, 120 - 22 * k, 560, 138 - 22 * k]
                ap = pikepdf.Stream(pdf, f"/Tx BMC q BT /Helv 10 Tf 2 5 Td ({val}) Tj ET Q EMC".encode("latin-1"))
                ap["/Type"] = pikepdf.Name.XObject
                ap["/Subtype"] = pikepdf.Name.Form
                ap["/BBox"] = pikepdf.Array([0, 0, rect[2] - rect[0], rect[3] - rect[1]])
                ap["/Resources"] = pikepdf.Dictionary(Font=pikepdf.Dictionary(Helv=font))
                w = pdf.make_indirect(pikepdf.Dictionary(
                    Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Widget, FT=pikepdf.Name.Tx,
                    T=pikepdf.String(name), V=pikepdf.String(val), Rect=pikepdf.Array(rect),
                    DA=pikepdf.String("/Helv 10 Tf 0 g"), F=4, P=page.obj,
                    AP=pikepdf.Dictionary(N=ap)))
                if "/Annots" not in page.obj:
                    page.obj["/Annots"] = pikepdf.Array()
                page.obj["/Annots"].append(w)
                fields.append(w)
            pdf.Root["/AcroForm"] = pikepdf.Dictionary(
                Fields=fields, DA=pikepdf.String("/Helv 10 Tf 0 g"),
                DR=pikepdf.Dictionary(Font=pikepdf.Dictionary(Helv=font)))
        pdf.save(str(path))


# ---------------------------------------------------------------- gold
def write_gold(doc: Doc, path: Path):
    text, pages = text_pdfium(path)
    red = []
    for ptxt, info in doc.red.items():
        probe = {"text": ptxt, "word": True, "after": 0}
        if info["ocr"]:
            probe["ocr"] = True
        if info["channel"] != "text" and not count_in(text, probe):
            probe["channel"] = info["channel"]
        red.append({"kind": info["kind"], "value": info["value"], "probes": [probe]})
    keep = []
    for ktxt, kind in doc.keep.items():
        n = count_in(text, {"text": ktxt, "word": True})
        keep.append({"kind": kind, "value": ktxt, "probes": [{"text": ktxt, "word": True, "after": n}]})
    gold = {"doc": path.name, "pages": pages, "producer": doc.producer, "redact": red, "keep": keep}
    (GOLD_DIR / f"{doc.stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n")
    # consistency: no unmarked occurrence of a redact probe, no keep probe containing one
    warn = []
    if doc.producer != "scan":
        for ptxt, info in doc.red.items():
            pr = {"text": ptxt, "word": True}
            exp = sum(count_in(norm(s), pr) for s, ch in doc.marked if ch == "text")
            got = count_in(text, pr)
            if got != exp:
                warn.append(f"redact {ptxt!r}: text has {got}, marked {exp}")
        for ktxt in doc.keep:
            n = count_in(text, {"text": ktxt, "word": True})
            if n == 0:
                warn.append(f"keep {ktxt!r} not found")
            for ptxt in doc.red:
                if count_in(norm(ktxt), {"text": ptxt, "word": True}):
                    warn.append(f"keep {ktxt!r} contains redact {ptxt!r}")
    for w in warn:
        print(f"  WARN {doc.stem}: {w}")
    return pages, len(red), len(keep)


def build(doc: Doc):
    out = DOCS_DIR / f"{doc.stem}.pdf"
    if doc.producer == "rl":
        build_rl(doc, out)
    elif doc.producer == "docx":
        build_docx(doc, out)
    elif doc.producer == "scan":
        build_scan(doc, out)
    add_hidden(doc, out)
    return write_gold(doc, out)


def main(argv):
    from documents import ALL
    _register_fonts()
    DOCS_DIR.mkdir(exist_ok=True)
    GOLD_DIR.mkdir(exist_ok=True)
    want = set(argv)
    tot = [0, 0, 0, 0]
    for fn in ALL:
        doc = fn()
        if want and doc.stem.split("_")[0] not in want:
            continue
        pages, r, k = build(doc)
        print(f"{doc.stem:40s} {doc.producer:5s} pages={pages} redact={r} keep={k}")
        tot[0] += 1
        tot[1] += pages
        tot[2] += r
        tot[3] += k
    print(f"docs={tot[0]} pages={tot[1]} redact={tot[2]} keep={tot[3]}")


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    main(sys.argv[1:])
