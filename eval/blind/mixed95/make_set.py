"""Rebuild set PE (eval/blind/mixed95, pensions): documents in docs/, gold in gold/.

    /work/main/.venv/bin/python make_set.py            # all documents
    /work/main/.venv/bin/python make_set.py pe03 pe11  # only these

The documents are written in content.py with inline marks: [[K:text]] is a redact span
(K = kind letter, default PERSON), {{K:text}} a keep span (default ORG). Every marked string
becomes one probe of the document's gold. Redact probes have after=0; keep probes get the
count of the original's PDFium text (evaluator's own functions). Keep probes that also occur
inside a redact span are refused (the gold would contradict itself). Probes on scans are
marked "ocr": true and kept only when tesseract reads them in the original.
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
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, "/work/shared/eval")

from evaluate import count_in, norm, text_pdfium, ocr_text  # noqa: E402

import content  # noqa: E402

DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"

RKIND = {"P": "PERSON", "E": "EMAIL", "T": "PHONE", "A": "ADDRESS", "N": "PERSONAL_NUMBER",
         "B": "BSN", "I": "IBAN", "D": "DATE_OF_BIRTH", "H": "SPECIAL_CATEGORY", "S": "SIGNATURE"}
KKIND = {"O": "ORG", "L": "PLACE", "R": "OFFICE_HOLDER", "W": "LAW", "G": "PROGRAMME",
         "F": "FUNCTIONAL_MAILBOX", "C": "REFERENCE", "J": "JOB_TITLE", "M": "GENERAL_PHONE",
         "A": "PUBLIC_ADDRESS", "X": "TERM", "P": "PRODUCT", "D": "DATE", "S": "STREET"}
RX_R = re.compile(r"\[\[(?:([A-Z]):)?(.+?)\]\]")
RX_K = re.compile(r"\{\{(?:([A-Z]):)?(.+?)\}\}")


def plain(s: str) -> str:
    s = RX_R.sub(lambda m: m.group(2), s)
    return RX_K.sub(lambda m: m.group(2), s)


def masked(s: str) -> str:
    s = RX_R.sub(lambda m: "\u2588" * len(m.group(2)), s)
    return RX_K.sub(lambda m: m.group(2), s)


def marks(s: str):
    r = [(RKIND[m.group(1) or "P"], m.group(2)) for m in RX_R.finditer(s)]
    k = [(KKIND[m.group(1) or "O"], m.group(2)) for m in RX_K.finditer(s)]
    return r, k


def block_texts(doc) -> list:
    out = []
    for b in doc["blocks"]:
        t = b[0]
        if t in ("h", "p", "small", "mono", "sig", "right", "hand"):
            out.append(b[1])
        elif t in ("t", "kv"):
            for row in b[1]:
                out.extend(row)
    return out


# ---------------------------------------------------------------- fonts
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_RIGHT  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,  # noqa: E402
                                TableStyle)

FONTS = {
    "Helvetica": ("Helvetica", "Helvetica-Bold"),
    "Times": ("Times-Roman", "Times-Bold"),
    "Courier": ("Courier", "Courier-Bold"),
}
for nm, reg, bold in (
        ("LibSans", "liberation2/LiberationSans-Regular.ttf", "liberation2/LiberationSans-Bold.ttf"),
        ("LibSerif", "liberation2/LiberationSerif-Regular.ttf", "liberation2/LiberationSerif-Bold.ttf"),
        ("DejaVu", "dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf"),
        ("DejaVuCond", "dejavu/DejaVuSansCondensed.ttf", "dejavu/DejaVuSansCondensed-Bold.ttf"),
        ("Mono", "dejavu/DejaVuSansMono.ttf", "dejavu/DejaVuSansMono-Bold.ttf")):
    pdfmetrics.registerFont(TTFont(nm, "/usr/share/fonts/truetype/" + reg))
    pdfmetrics.registerFont(TTFont(nm + "-B", "/usr/share/fonts/truetype/" + bold))
    FONTS[nm] = (nm, nm + "-B")
pdfmetrics.registerFont(TTFont("Femke", "/usr/share/fonts/truetype/femkeklaver/femkeklaver.ttf"))
pdfmetrics.registerFont(TTFont("Dkg", "/usr/share/fonts/truetype/fifthhorseman/dkg.ttf"))


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def build_rl(doc, path: Path):
    reg, bold = FONTS[doc.get("font", "Helvetica")]
    fs = doc.get("size", 10)
    st = {
        "p": ParagraphStyle("p", fontName=reg, fontSize=fs, leading=fs * 1.3, spaceAfter=fs * 0.5),
        "h": ParagraphStyle("h", fontName=bold, fontSize=fs + 2, leading=(fs + 2) * 1.3, spaceBefore=4,
                            spaceAfter=4),
        "small": ParagraphStyle("s", fontName=reg, fontSize=fs - 2, leading=(fs - 2) * 1.25,
                                textColor=colors.HexColor("#333333")),
        "mono": ParagraphStyle("m", fontName="Mono" if reg != "Courier" else "Courier", fontSize=fs - 1,
                               leading=(fs - 1) * 1.35),
        "right": ParagraphStyle("r", fontName=reg, fontSize=fs - 1, leading=(fs - 1) * 1.3, alignment=TA_RIGHT),
        "sig": ParagraphStyle("g", fontName="Dkg", fontSize=fs + 8, leading=fs + 12),
        "hand": ParagraphStyle("hd", fontName="Femke", fontSize=fs + 4, leading=fs + 9),
        "cell": ParagraphStyle("c", fontName=reg, fontSize=fs - 1.5, leading=(fs - 1.5) * 1.25),
        "cellb": ParagraphStyle("cb", fontName=bold, fontSize=fs - 1.5, leading=(fs - 1.5) * 1.25),
    }
    ps = landscape(A4) if doc.get("landscape") else A4
    story = []
    for b in doc["blocks"]:
        t = b[0]
        if t == "pb":
            story.append(PageBreak())
        elif t == "sp":
            story.append(Spacer(1, b[1] * mm))
        elif t in ("p", "h", "small", "right", "sig", "hand"):
            story.append(Paragraph(esc(plain(b[1])).replace("\n", "<br/>"), st[t]))
        elif t == "mono":
            story.append(Paragraph(esc(plain(b[1])).replace("\n", "<br/>").replace("  ", "&nbsp; "), st["mono"]))
        elif t in ("t", "kv"):
            rows = b[1]
            widths = b[2] if len(b) > 2 and b[2] else None
            data = []
            for i, row in enumerate(rows):
                sty = st["cellb"] if (t == "t" and i == 0) else st["cell"]
                cells = []
                for j, c in enumerate(row):
                    s2 = st["cellb"] if (t == "kv" and j == 0) else sty
                    cells.append(Paragraph(esc(plain(c)).replace("\n", "<br/>"), s2))
                data.append(cells)
            tb = Table(data, colWidths=[w * mm for w in widths] if widths else None, hAlign="LEFT")
            ts = [("VALIGN", (0, 0), (-1, -1), "TOP")]
            if t == "t":
                ts += [("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6f0"))]
            story.append(tb)
            tb.setStyle(TableStyle(ts))
            story.append(Spacer(1, 3 * mm))

    def on_page(c, d):
        hdr = doc.get("header")
        if hdr:
            c.setFont(reg, 7.5)
            c.setFillColor(colors.HexColor("#154273"))
            c.drawString(20 * mm, ps[1] - 12 * mm, plain(hdr))
        c.setFont(reg, 7)
        c.setFillColor(colors.black)
        c.drawRightString(ps[0] - 18 * mm, 10 * mm, f"Pagina {d.page}")
        if doc.get("on_page"):
            doc["on_page"](c, d, ps)

    sd = SimpleDocTemplate(str(path), pagesize=ps, leftMargin=20 * mm, rightMargin=18 * mm,
                           topMargin=18 * mm, bottomMargin=16 * mm, title=plain(doc.get("title", "")),
                           author=plain(doc.get("author", "")), creator=doc.get("creator", "Microsoft Word"))
    sd.build(story, onFirstPage=on_page, onLaterPages=on_page)


# ---------------------------------------------------------------- docx -> LibreOffice
def build_docx(doc, path: Path, tmp: Path):
    import docx
    from docx.shared import Pt, Mm

    d = docx.Document()
    sec = d.sections[0]
    sec.page_height, sec.page_width = Mm(297), Mm(210)
    sec.left_margin = sec.right_margin = Mm(22)
    sec.top_margin = sec.bottom_margin = Mm(18)
    font = doc.get("dfont", "Liberation Sans")
    stl = d.styles["Normal"]
    stl.font.name = font
    stl.font.size = Pt(doc.get("size", 10))
    d.core_properties.author = plain(doc.get("author", "Rijksoverheid"))
    d.core_properties.title = plain(doc.get("title", ""))
    d.core_properties.last_modified_by = ""
    for b in doc["blocks"]:
        t = b[0]
        if t == "pb":
            d.add_page_break()
        elif t == "sp":
            d.add_paragraph("")
        elif t in ("p", "small", "right", "mono", "sig", "hand"):
            for k, line in enumerate([plain(b[1])]):
                p = d.add_paragraph()
                r = p.add_run(line)
                if t == "small":
                    r.font.size = Pt(doc.get("size", 10) - 2)
                if t == "mono":
                    r.font.name = "Liberation Mono"
                if t in ("sig", "hand"):
                    r.font.name = "femkeklaver"
                    r.font.size = Pt(16)
                if t == "right":
                    p.alignment = 2
        elif t == "h":
            p = d.add_paragraph()
            r = p.add_run(plain(b[1]))
            r.bold = True
            r.font.size = Pt(doc.get("size", 10) + 2)
        elif t in ("t", "kv"):
            rows = b[1]
            tb = d.add_table(rows=len(rows), cols=len(rows[0]))
            if t == "t":
                tb.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, c in enumerate(row):
                    cell = tb.cell(i, j)
                    cell.text = plain(c)
                    for p in cell.paragraphs:
                        for r in p.runs:
                            r.font.size = Pt(doc.get("size", 10) - 1)
                            if (t == "t" and i == 0) or (t == "kv" and j == 0):
                                r.bold = True
            d.add_paragraph("")
    src = tmp / (path.stem + ".docx")
    d.save(str(src))
    prof = Path(tempfile.mkdtemp(prefix="lo_da_"))
    subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp), str(src)], check=True, capture_output=True, timeout=300)
    shutil.rmtree(prof, ignore_errors=True)
    shutil.copy(tmp / (path.stem + ".pdf"), path)


# ---------------------------------------------------------------- scans
def build_scan(doc, path: Path):
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    rnd = random.Random(doc["id"])
    W, H = 1654, 2339  # A4 at 200 dpi
    pages = [[]]
    for b in doc["blocks"]:
        if b[0] == "pb":
            pages.append([])
        else:
            pages[-1].append(b)
    imgs = []
    for blocks in pages:
        im = Image.new("L", (W, H), 250)
        dr = ImageDraw.Draw(im)
        y = 150
        for b in blocks:
            t = b[0]
            if t == "sp":
                y += int(b[1] * 8)
                continue
            fname = {"hand": doc.get("handfont", "/usr/share/fonts/truetype/femkeklaver/femkeklaver.ttf"),
                     "sig": "/usr/share/fonts/truetype/fifthhorseman/dkg.ttf",
                     "h": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf",
                     "mono": "/usr/share/fonts/truetype/liberation2/LiberationMono-Regular.ttf"}.get(
                t, doc.get("scanfont", "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf"))
            size = {"hand": 46, "sig": 60, "h": 40, "small": 28}.get(t, doc.get("scansize", 34))
            f = ImageFont.truetype(fname, size)
            if t in ("t", "kv"):
                rows = b[1]
                ncol = len(rows[0])
                cw = (W - 300) // ncol
                for row in rows:
                    for j, c in enumerate(row):
                        dr.text((150 + j * cw, y), plain(c), font=f, fill=rnd.randint(10, 50))
                    y += int(size * 1.5)
                y += 20
                continue
            x = 150 + (rnd.randint(-6, 6) if t == "hand" else 0)
            for para in plain(b[1]).split("\n"):
                words = para.split(" ")
                line = ""
                lines = []
                for w in words:
                    cand = (line + " " + w).strip()
                    if f.getlength(cand) > W - 300:
                        lines.append(line)
                        line = w
                    else:
                        line = cand
                lines.append(line)
                for ln in lines:
                    dr.text((x, y), ln, font=f, fill=rnd.randint(10, 60) if t != "hand" else 30)
                    y += int(size * 1.45)
            y += int(size * 0.5)
        # noise, speckles, slight rotation, blur, JPEG
        px = im.load()
        for _ in range(9000):
            px[rnd.randrange(W), rnd.randrange(H)] = rnd.randint(120, 200)
        im = im.rotate(doc.get("angle", rnd.uniform(-1.2, 1.2)), resample=Image.BICUBIC, fillcolor=245)
        im = im.filter(ImageFilter.GaussianBlur(0.6))
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=72)
        buf.seek(0)
        imgs.append(Image.open(buf).convert("L"))
    from reportlab.pdfgen import canvas
    from reportlab.lib.utils import ImageReader

    c = canvas.Canvas(str(path), pagesize=A4)
    c.setAuthor("")
    c.setCreator("Canon iR-ADV C5535 scan")
    c.setProducer("Canon iR-ADV C5535")
    for im in imgs:
        b2 = io.BytesIO()
        im.save(b2, "JPEG", quality=75)
        b2.seek(0)
        c.drawImage(ImageReader(b2), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()


# ---------------------------------------------------------------- hidden channels
def post(doc, path: Path):
    import pikepdf

    hid = doc.get("hidden", {})
    if not hid:
        return
    pdf = pikepdf.open(str(path), allow_overwriting_input=True)
    if "xmp_creator" in hid:
        with pdf.open_metadata(set_pikepdf_as_editor=False) as m:
            m["dc:creator"] = [plain(x) for x in hid["xmp_creator"]]
            m["dc:title"] = plain(doc.get("title", ""))
    if "info_author" in hid:
        pdf.docinfo["/Author"] = plain(hid["info_author"])
    if "info_title" in hid:
        pdf.docinfo["/Title"] = plain(hid["info_title"])
    if "outline" in hid:
        with pdf.open_outline() as ol:
            for title, pg in hid["outline"]:
                ol.root.append(pikepdf.OutlineItem(plain(title), pg))
    if "annots" in hid:
        for pg, rect, author, text in hid["annots"]:
            page = pdf.pages[pg]
            a = pdf.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text, Rect=pikepdf.Array(rect),
                T=pikepdf.String(plain(author)), Contents=pikepdf.String(plain(text)),
                Name=pikepdf.Name.Comment, F=4, C=pikepdf.Array([1, 0.85, 0.2])))
            if "/Annots" not in page.obj:
                page.obj["/Annots"] = pikepdf.Array()
            page.obj["/Annots"].append(a)
    pdf.save(str(path))


def hidden_texts(doc) -> list:
    hid = doc.get("hidden", {})
    out = []
    for k in ("info_author", "info_title"):
        if k in hid:
            out.append(("metadata", hid[k]))
    for x in hid.get("xmp_creator", []):
        out.append(("metadata", x))
    for t, _ in hid.get("outline", []):
        out.append(("outline", t))
    for _, _, a, t in hid.get("annots", []):
        out.append(("annotations", a))
        out.append(("annotations", t))
    for t in doc.get("form_values", []):
        out.append(("annotations", t))
    return out


# ---------------------------------------------------------------- gold
def make_gold(doc, path: Path) -> dict:
    texts = block_texts(doc) + [doc.get("header", "")] + doc.get("extra_text", [])
    src_plain = norm("\n".join(plain(t) for t in texts))
    src_masked = norm("\n".join(masked(t) for t in texts))
    pd_text, npages = text_pdfium(path)
    scan = doc["producer"] == "scan"
    ocr_entries = None
    if scan:
        with tempfile.TemporaryDirectory() as td:
            ocr_entries = ocr_text(path, Path(td), list(range(1, npages + 1)))
    from evaluate import ocr_count

    redact, keep, seen_r, seen_k = [], [], set(), set()
    dropped = []
    for t in texts:
        r, k = marks(t)
        for kind, val in r:
            if val in seen_r:
                continue
            seen_r.add(val)
            pr = {"text": val, "word": True, "after": 0}
            if scan:
                pr["ocr"] = True
                if ocr_count(ocr_entries, pr) == 0:
                    dropped.append(val)
                    continue
            elif count_in(pd_text, pr) == 0:
                raise SystemExit(f"{doc['id']}: redact probe {val!r} not in PDFium text")
            redact.append({"kind": kind, "value": val, "probes": [pr]})
        if scan:
            continue
        for kind, val in k:
            if val in seen_k:
                continue
            seen_k.add(val)
            pr = {"text": val, "word": True}
            c_src, c_mask, c_pdf = count_in(src_plain, pr), count_in(src_masked, pr), count_in(pd_text, pr)
            if c_mask != c_src:
                raise SystemExit(f"{doc['id']}: keep probe {val!r} overlaps a redact span")
            if c_pdf != c_src:
                print(f"  note {doc['id']}: keep {val!r} source {c_src} pdfium {c_pdf}")
            if c_pdf == 0:
                continue
            pr["after"] = c_pdf
            keep.append({"kind": kind, "value": val, "probes": [pr]})
    for chan, t in hidden_texts(doc):
        r, _ = marks(t)
        for kind, val in r:
            if val in seen_r:
                continue
            seen_r.add(val)
            redact.append({"kind": kind, "value": val, "channel": chan,
                           "probes": [{"text": val, "word": True, "after": 0}]})
    if dropped:
        print(f"  {doc['id']}: OCR does not read {dropped} -> not in gold")
    return {"doc": path.name, "pages": npages, "title": plain(doc.get("title", "")),
            "producer": doc["producer"], "redact": redact, "keep": keep}


def main(argv):
    only = set(argv)
    DOCS_DIR.mkdir(exist_ok=True)
    GOLD_DIR.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as td:
        tmp = Path(td)
        for doc in content.DOCS:
            if only and doc["id"] not in only:
                continue
            path = DOCS_DIR / f"{doc['id']}.pdf"
            if doc["producer"] == "rl":
                build_rl(doc, path)
            elif doc["producer"] == "docx":
                build_docx(doc, path, tmp)
            elif doc["producer"] == "scan":
                build_scan(doc, path)
            elif doc["producer"] == "custom":
                doc["build"](doc, path)
            post(doc, path)
            g = make_gold(doc, path)
            (GOLD_DIR / f"{doc['id']}.json").write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n")
            nr = sum(len(i["probes"]) for i in g["redact"])
            nk = sum(len(i["probes"]) for i in g["keep"])
            want = doc.get("pages")
            flag = "" if not want or want == g["pages"] else f"  (!! wanted {want} pages)"
            print(f"{doc['id']} {doc['producer']:6} pages={g['pages']} redact={nr} keep={nk}{flag}")


if __name__ == "__main__":
    main(sys.argv[1:])
