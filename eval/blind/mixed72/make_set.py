"""Rebuild set CD (eval/blind/mixed72): justice and prisons. Documents in docs/, gold in gold/.

    /work/main/.venv/bin/python make_set.py          # all documents
    /work/main/.venv/bin/python make_set.py cd03 cd17 # only these

The documents are written in content.py with inline marks:
    [[text]] or [[text|K]] or [[text|K|probe]]  -> personal data (redact probe, after=0)
    {{text}} or {{text|K}}                      -> must stay readable (keep probe)
Marks are removed before rendering. Every redact probe is checked against the source with all
its marked spans blanked out (so a probe never also matches text that must stay), and every keep
probe's 'after' is counted on the original's PDFium text with the evaluator's own functions.
Scanned pages get OCR-only redact probes ('ocr': true) only when the evaluator's OCR reads them.
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
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, "/work/shared/eval")

from evaluate import count_in, norm, text_pdfium, ocr_text, ocr_count, image_pages  # noqa: E402

DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"

R_KINDS = {"P": "PERSON", "E": "EMAIL", "T": "PHONE", "A": "ADDRESS", "D": "DATE_OF_BIRTH",
           "N": "ID_NUMBER", "H": "HEALTH", "C": "CRIMINAL", "I": "IBAN", "B": "BSN",
           "U": "HANDLE", "S": "PARAPH"}
K_KINDS = {"O": "ORG", "L": "PLACE", "W": "LAW", "F": "PUBLIC_OFFICIAL", "R": "REFERENCE",
           "M": "MAILBOX", "Z": "SWITCHBOARD", "J": "JOB", "X": "PROGRAMME", "Q": "PUBLIC_ADDRESS",
           "Y": "DATE"}
MARK = re.compile(r"\[\[(.+?)\]\]|\{\{(.+?)\}\}")

FONTS = {
    "dejavu": ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
               "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
    "dejavuserif": ("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
                    "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"),
    "libsans": ("/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
                "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf"),
    "libserif": ("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
                 "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf"),
    "libmono": ("/usr/share/fonts/truetype/liberation2/LiberationMono-Regular.ttf",
                "/usr/share/fonts/truetype/liberation2/LiberationMono-Bold.ttf"),
    "dejavumono": ("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
                   "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf"),
}
BUILTIN = {"helvetica": ("Helvetica", "Helvetica-Bold"), "times": ("Times-Roman", "Times-Bold"),
           "courier": ("Courier", "Courier-Bold")}
HAND_FONT = "/usr/share/fonts/truetype/femkeklaver/femkeklaver.ttf"


# ---------------------------------------------------------------- marks
def parse_mark(inner: str):
    parts = inner.split("|")
    text = parts[0]
    kind = parts[1] if len(parts) > 1 and parts[1] else None
    probe = parts[2] if len(parts) > 2 else text
    return text, kind, probe


def plain(s: str) -> str:
    return MARK.sub(lambda m: parse_mark(m.group(1) or m.group(2))[0], s)


def blanked(s: str) -> str:
    """Source with every redact span replaced by a block, keep marks unwrapped."""
    def rep(m):
        if m.group(1):
            return " \u2588 "
        return parse_mark(m.group(2))[0]
    return MARK.sub(rep, s)


def marks(s: str):
    for m in MARK.finditer(s):
        red = m.group(1) is not None
        text, kind, probe = parse_mark(m.group(1) or m.group(2))
        yield red, text, kind, probe


def block_strings(blocks):
    for b in blocks:
        t = b[0]
        if t in ("h", "p", "mono", "small", "right", "sig"):
            yield b[1]
        elif t in ("t", "kv"):
            for row in b[1]:
                for c in row:
                    yield c


TAG = re.compile(r"<(/?[bi]|br/)>")


def esc(s: str) -> str:
    """Escape for reportlab paragraphs, keeping the few tags used in content.py (<br/>, <b>, <i>)."""
    out, pos = [], 0
    for m in TAG.finditer(s):
        out.append(s[pos:m.start()].replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
        out.append(m.group(0))
        pos = m.end()
    out.append(s[pos:].replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
    return "".join(out)


def untag(s: str) -> str:
    """The text a reader sees: <br/> is a line break, <b>/<i> vanish."""
    return TAG.sub(lambda m: "\n" if m.group(1) == "br/" else "", s)


# ---------------------------------------------------------------- reportlab rendering
def register_font(key: str):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if key in BUILTIN:
        return BUILTIN[key]
    reg, bold = FONTS[key]
    names = (key + "-R", key + "-B")
    if names[0] not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(names[0], reg))
        pdfmetrics.registerFont(TTFont(names[1], bold))
    return names


def render_reportlab(doc: dict, path: Path):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                    TableStyle)

    fr, fb = register_font(doc.get("font", "helvetica"))
    size = doc.get("size", 10)
    mono = register_font(doc.get("monofont", "courier"))[0]
    st = {
        "p": ParagraphStyle("p", fontName=fr, fontSize=size, leading=size * 1.3, spaceAfter=size * 0.5),
        "h": ParagraphStyle("h", fontName=fb, fontSize=size + 2, leading=(size + 2) * 1.3,
                            spaceBefore=size * 0.4, spaceAfter=size * 0.4),
        "mono": ParagraphStyle("m", fontName=mono, fontSize=size - 1, leading=(size - 1) * 1.25,
                               spaceAfter=2),
        "small": ParagraphStyle("s", fontName=fr, fontSize=size - 2, leading=(size - 2) * 1.3,
                                textColor=colors.HexColor("#333333"), spaceAfter=3),
        "right": ParagraphStyle("r", fontName=fr, fontSize=size - 1, leading=(size - 1) * 1.3,
                                alignment=2),
        "cell": ParagraphStyle("c", fontName=fr, fontSize=size - 1.5, leading=(size - 1.5) * 1.25),
        "cellb": ParagraphStyle("cb", fontName=fb, fontSize=size - 1.5, leading=(size - 1.5) * 1.25),
    }
    story = []
    outline = doc.get("outline", [])
    for b in doc["blocks"]:
        t = b[0]
        if t == "pb":
            story.append(PageBreak())
        elif t == "sp":
            story.append(Spacer(1, b[1] * mm))
        elif t in ("h", "p", "mono", "small", "right"):
            txt = esc(plain(b[1]))
            if t == "mono":
                txt = txt.replace("  ", "&nbsp; ")
            story.append(Paragraph(txt, st[t]))
        elif t == "sig":
            story.append(Paragraph(esc(plain(b[1])), st["p"]))
        elif t == "scribble":
            from reportlab.graphics.shapes import Drawing, PolyLine
            rnd = random.Random(b[1])
            dw = Drawing(160, 45)
            pts = []
            for i in range(28):
                pts += [8 + i * 5 + rnd.uniform(-3, 3), 22 + rnd.uniform(-16, 16)]
            dw.add(PolyLine(pts, strokeWidth=1.3, strokeColor=colors.HexColor("#1a2a6c")))
            story.append(dw)
        elif t in ("t", "kv"):
            rows = b[1]
            widths = b[2] if len(b) > 2 and b[2] else None
            data = []
            for i, row in enumerate(rows):
                sty = st["cellb"] if (t == "t" and i == 0) else st["cell"]
                data.append([Paragraph(esc(plain(c)), st["cellb"] if (t == "kv" and j == 0) else sty)
                             for j, c in enumerate(row)])
            tbl = Table(data, colWidths=[w * mm for w in widths] if widths else None, hAlign="LEFT")
            ts = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 3),
                  ("RIGHTPADDING", (0, 0), (-1, -1), 3), ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                  ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]
            if t == "t":
                ts += [("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6"))]
            tbl.setStyle(TableStyle(ts))
            story.append(tbl)
            story.append(Spacer(1, 3 * mm))

    def on_page(canvas, d):
        canvas.saveState()
        canvas.setFont(fr, 7.5)
        if doc.get("header"):
            canvas.drawString(20 * mm, 287 * mm, plain(doc["header"]))
        canvas.drawRightString(190 * mm, 10 * mm, f"Pagina {d.page}")
        if d.page == 1:
            for i, (title, _lvl) in enumerate(outline):
                key = f"o{i}"
                canvas.bookmarkPage(key)
                canvas.addOutlineEntry(plain(title), key, level=_lvl)
        canvas.restoreState()

    sd = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                           topMargin=18 * mm, bottomMargin=16 * mm,
                           title=plain(doc.get("title", "")), author=plain(doc.get("author", "")),
                           subject=doc.get("subject", ""), creator=doc.get("creator", "ReportLab"))
    sd.build(story, onFirstPage=on_page, onLaterPages=on_page)


# ---------------------------------------------------------------- docx + LibreOffice
def render_docx(doc: dict, path: Path):
    import docx
    from docx.shared import Pt

    d = docx.Document()
    d.core_properties.author = plain(doc.get("author", ""))
    d.core_properties.title = doc.get("title", "")
    d.core_properties.last_modified_by = plain(doc.get("author", ""))
    s = d.styles["Normal"]
    s.font.name = doc.get("docxfont", "Calibri")
    s.font.size = Pt(doc.get("size", 10.5))
    for b in doc["blocks"]:
        t = b[0]
        if t == "pb":
            d.add_page_break()
        elif t == "sp":
            d.add_paragraph("")
        elif t == "h":
            d.add_heading(untag(plain(b[1])), level=2)
        elif t in ("p", "sig", "small", "right", "mono"):
            d.add_paragraph(untag(plain(b[1])))
        elif t in ("t", "kv"):
            rows = b[1]
            tbl = d.add_table(rows=len(rows), cols=len(rows[0]))
            tbl.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, c in enumerate(row):
                    tbl.cell(i, j).text = untag(plain(c))
            d.add_paragraph("")
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / (path.stem + ".docx")
        d.save(src)
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{td}/lo",
                        "--convert-to", "pdf", "--outdir", td, str(src)],
                       check=True, capture_output=True, timeout=240)
        shutil.copy(Path(td) / (path.stem + ".pdf"), path)


# ---------------------------------------------------------------- scans
def scan_from_pdf(src: Path, path: Path, seed: int, dpi: int = 150, angle: float = 0.6):
    from PIL import Image, ImageFilter
    rnd = random.Random(seed)
    with tempfile.TemporaryDirectory() as td:
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(src), f"{td}/p"], check=True)
        imgs = []
        for f in sorted(Path(td).glob("p*.png")):
            im = Image.open(f).convert("L")
            im = im.rotate(angle * (1 if rnd.random() > .5 else -1), expand=False, fillcolor=250,
                           resample=Image.BICUBIC)
            px = im.load()
            w, h = im.size
            for _ in range(w * h // 250):
                x, y = rnd.randrange(w), rnd.randrange(h)
                px[x, y] = max(0, min(255, px[x, y] + rnd.randint(-90, 40)))
            im = im.filter(ImageFilter.GaussianBlur(0.4))
            imgs.append(im)
        wrap_images(imgs, path, dpi)


def wrap_images(imgs, path: Path, dpi: int):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setCreator("Canon iR-ADV C5535 ScanToPDF")
    for im in imgs:
        bio = io.BytesIO()
        im.save(bio, "JPEG", quality=62)
        bio.seek(0)
        c.drawImage(ImageReader(bio), 0, 0, A4[0], A4[1])
        c.showPage()
    c.save()


def handwritten(doc: dict, path: Path, seed: int):
    from PIL import Image, ImageDraw, ImageFont
    rnd = random.Random(seed)
    W, H = 1240, 1754
    im = Image.new("L", (W, H), 246)
    dr = ImageDraw.Draw(im)
    for y in range(170, H - 80, 74):
        dr.line([(60, y), (W - 60, y)], fill=205, width=1)
    font = ImageFont.truetype(HAND_FONT, 54)
    y = 110
    for line in doc["hand_lines"]:
        x = 90 + rnd.randint(-6, 6)
        dr.text((x, y), plain(line), font=font, fill=rnd.randint(20, 60))
        y += 74
    im = im.rotate(0.8, fillcolor=246, resample=Image.BICUBIC)
    wrap_images([im], path, 150)


# ---------------------------------------------------------------- hidden channels
def add_hidden(doc: dict, path: Path):
    import pikepdf
    need = doc.get("xmp_creator") or doc.get("annots") or doc.get("fields")
    if not need:
        return
    with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
        if doc.get("xmp_creator"):
            with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
                meta["dc:creator"] = [plain(doc["xmp_creator"])]
        page = pdf.pages[doc.get("annot_page", 0)]
        for i, (who, text, rect) in enumerate(doc.get("annots", [])):
            a = pdf.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text, Rect=rect,
                Contents=pikepdf.String(plain(text)), T=pikepdf.String(plain(who)), Open=False,
                NM=pikepdf.String(f"cd-note-{i}"), C=[1, 0.9, 0.2]))
            if "/Annots" not in page.obj:
                page.obj.Annots = pdf.make_indirect(pikepdf.Array())
            page.obj.Annots.append(a)
        pdf.save(str(path))


def render_form(doc: dict, path: Path):
    """One-page DJI form: static labels with reportlab, values in AcroForm text fields."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas
    fr, fb = register_font(doc.get("font", "helvetica"))
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setAuthor(plain(doc.get("author", "")))
    c.setTitle(doc.get("title", ""))
    y = 275 * mm
    c.setFont(fb, 13)
    c.drawString(20 * mm, y, plain(doc["form_title"]))
    y -= 8 * mm
    c.setFont(fr, 9)
    for line in doc["form_intro"]:
        c.drawString(20 * mm, y, plain(line))
        y -= 5 * mm
    y -= 4 * mm
    form = c.acroForm
    for i, (label, value, static) in enumerate(doc["form_rows"]):
        c.setFont(fb, 9)
        c.drawString(20 * mm, y, plain(label))
        if static:
            c.setFont(fr, 9)
            c.drawString(75 * mm, y, plain(value))
        else:
            form.textfield(name=f"veld{i:02d}", tooltip=plain(label), x=74 * mm, y=y - 2 * mm,
                           width=110 * mm, height=6.5 * mm, value=plain(value), fontName="Helvetica",
                           fontSize=9, borderWidth=0.5)
        y -= 9 * mm
    y -= 3 * mm
    c.setFont(fr, 9)
    for line in doc["form_outro"]:
        c.drawString(20 * mm, y, plain(line))
        y -= 5 * mm
    c.showPage()
    c.save()


# ---------------------------------------------------------------- build one document
def source_strings(doc):
    out = [untag(x) for x in block_strings(doc.get("blocks", []))]
    out += doc.get("hand_lines", [])
    out += doc.get("form_intro", []) + doc.get("form_outro", [])
    for label, value, static in doc.get("form_rows", []):
        out.append(label)
        if static:
            out.append(value)
    if doc.get("form_title"):
        out.append(doc["form_title"])
    return out


def build(doc: dict) -> dict:
    stem = doc["id"]
    path = DOCS_DIR / f"{stem}.pdf"
    kind = doc.get("producer", "reportlab")
    if kind == "reportlab":
        render_reportlab(doc, path)
    elif kind == "docx":
        render_docx(doc, path)
    elif kind == "form":
        render_form(doc, path)
    elif kind == "scan":
        with tempfile.TemporaryDirectory() as td:
            tmp = Path(td) / "x.pdf"
            render_reportlab(doc, tmp)
            scan_from_pdf(tmp, path, seed=sum(map(ord, stem)), angle=doc.get("angle", 0.6))
    elif kind == "hand":
        handwritten(doc, path, seed=7)
    add_hidden(doc, path)

    strings = source_strings(doc)
    src_full = norm("\n".join(plain(s) for s in strings))
    src_blank = norm("\n".join(blanked(s) for s in strings))
    txt, pages = text_pdfium(path)
    if doc.get("header"):
        strings = strings + [doc["header"]] * pages
        src_full = norm("\n".join(plain(s) for s in strings))
        src_blank = norm("\n".join(blanked(s) for s in strings))
    problems = []
    redact, keep = {}, {}
    is_image = kind in ("scan", "hand")
    for s in strings:
        for red, text, k, probe in marks(s):
            if red:
                kk = R_KINDS[k or "P"]
                redact.setdefault((kk, text), [])
                if probe not in redact[(kk, text)]:
                    redact[(kk, text)].append(probe)
            else:
                kk = K_KINDS[k or "O"]
                keep.setdefault((kk, text), text)
    gold_red = []
    ocr_entries = None
    if is_image:
        with tempfile.TemporaryDirectory() as td:
            ocr_entries = ocr_text(path, Path(td), image_pages(path))
    dropped = []
    for (kk, text), probes in redact.items():
        prs = []
        for p in probes:
            pr = {"text": p, "word": True, "after": 0}
            if count_in(src_blank, pr):
                problems.append(f"redact probe {p!r} also outside its marks")
            if is_image:
                pr["ocr"] = True
                if ocr_count(ocr_entries, pr) == 0:
                    dropped.append(p)
                    continue
            else:
                if count_in(src_full, pr) == 0:
                    problems.append(f"redact probe {p!r} not in source")
                if count_in(txt, pr) == 0:
                    problems.append(f"redact probe {p!r} not in PDFium text")
            prs.append(pr)
        if prs:
            gold_red.append({"kind": kk, "value": text, "probes": prs})
    # hidden channels
    text_probes = {pr["text"] for it in gold_red for pr in it["probes"]}

    def hidden(kind_, value, channel):
        if value in text_probes:  # already a probe of the page text: one probe is enough
            return
        gold_red.append({"kind": kind_, "value": value,
                         "probes": [{"text": value, "word": True, "after": 0, "channel": channel}]})
    hid = []
    for key in ("author", "xmp_creator"):
        hid += [(s_, "metadata") for s_ in [doc.get(key, "")]]
    hid += [(t_, "outline") for t_, _l in doc.get("outline", [])]
    for who, text, _r in doc.get("annots", []):
        hid += [(who, "annotations"), (text, "annotations")]
    hid += [(v_, "annotations") for _l, v_, st_ in doc.get("form_rows", []) if not st_]
    seen_h = set()
    for s_, chan in hid:
        for red, text, k, probe in marks(s_ or ""):
            if red and (probe, chan) not in seen_h:
                seen_h.add((probe, chan))
                hidden(R_KINDS[k or "P"], probe, chan)
    gold_keep = []
    if not is_image:
        for (kk, text), _ in keep.items():
            pr = {"text": text, "word": True}
            n = count_in(txt, pr)
            nb = count_in(src_blank, pr)
            if n == 0:
                problems.append(f"keep probe {text!r} not in PDFium text")
            if nb != count_in(src_full, pr):
                problems.append(f"keep probe {text!r} overlaps a redact span")
            if nb != n:
                problems.append(f"keep probe {text!r}: source {nb} vs PDFium {n}")
            pr["after"] = n
            gold_keep.append({"kind": kk, "value": text, "probes": [pr]})
    gold = {"doc": f"{stem}.pdf", "pages": pages, "redact": gold_red, "keep": gold_keep}
    (GOLD_DIR / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n")
    nr = sum(len(i["probes"]) for i in gold_red)
    nk = len(gold_keep)
    print(f"{stem}: pages={pages} redact={nr} keep={nk} producer={kind}"
          + (f" ocr-dropped={dropped}" if dropped else "")
          + ("".join("\n   PROBLEM " + p for p in problems)))
    return {"pages": pages, "redact": nr, "keep": nk, "problems": len(problems)}


def main(argv):
    from content import DOCS
    DOCS_DIR.mkdir(exist_ok=True)
    GOLD_DIR.mkdir(exist_ok=True)
    want = set(argv)
    tot = {"docs": 0, "pages": 0, "redact": 0, "keep": 0, "problems": 0}
    for d in DOCS:
        if want and d["id"] not in want:
            continue
        r = build(d)
        tot["docs"] += 1
        for k in ("pages", "redact", "keep", "problems"):
            tot[k] += r[k]
    print(" ".join(f"{k}={v}" for k, v in tot.items()))


if __name__ == "__main__":
    main(sys.argv[1:])
