"""Shared machinery for set CQ (eval/blind/mixed85): fonts, producers, registries, gold.

Gold is derived, not typed: every document is written with real text, and the registries in
registry.py list each invented person's forms (name variants, e-mail, numbers) and each public term
that must stay readable. For a document, a redact probe is written to gold when the evaluator's own
channel extraction of the ORIGINAL finds it (text layer, hidden channel or OCR of a scan); a keep probe
is written with 'after' = its count in the original's PDFium text. Anything in a registry that a
document does not contain is simply not probed there.
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

sys.path.insert(0, "/work/shared/eval")
from evaluate import channel_counts, count_in, extract_channels, norm, probe_regex, text_pdfium  # noqa: E402

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (Image, KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer,
                                Table, TableStyle)

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"

FONTS = {
    "DejaVuSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DejaVuSans-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "DejaVuSerif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "DejaVuSerif-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "DejaVuMono": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
    "LibSans": "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
    "LibSans-Bold": "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf",
    "LibSerif": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
    "LibSerif-Bold": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf",
    "LibSerif-Italic": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Italic.ttf",
    "Carlito": "/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf",
    "Carlito-Bold": "/usr/share/fonts/truetype/crosextra/Carlito-Bold.ttf",
    "LibMono": "/usr/share/fonts/truetype/liberation2/LiberationMono-Regular.ttf",
    "Femke": "/usr/share/fonts/truetype/femkeklaver/femkeklaver.ttf",
}
for _n, _p in FONTS.items():
    pdfmetrics.registerFont(TTFont(_n, _p))

BOLD = {"DejaVuSans": "DejaVuSans-Bold", "DejaVuSerif": "DejaVuSerif-Bold", "LibSans": "LibSans-Bold",
        "LibSerif": "LibSerif-Bold", "Carlito": "Carlito-Bold", "Helvetica": "Helvetica-Bold",
        "Times-Roman": "Times-Bold", "Courier": "Courier-Bold", "DejaVuMono": "DejaVuMono",
        "LibMono": "LibMono", "Femke": "Femke"}


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class Sty:
    """Paragraph styles for one font family."""

    def __init__(self, font="Helvetica", size=10, lead=None):
        self.font, self.size = font, size
        self.lead = lead or size * 1.3
        b = BOLD.get(font, font)
        self.p = ParagraphStyle("p", fontName=font, fontSize=size, leading=self.lead, spaceAfter=size * 0.5)
        self.small = ParagraphStyle("s", fontName=font, fontSize=size - 2, leading=(size - 2) * 1.25)
        self.h1 = ParagraphStyle("h1", fontName=b, fontSize=size + 4, leading=(size + 4) * 1.25, spaceAfter=6)
        self.h2 = ParagraphStyle("h2", fontName=b, fontSize=size + 1, leading=(size + 1) * 1.3, spaceBefore=4,
                                 spaceAfter=3)
        self.cell = ParagraphStyle("c", fontName=font, fontSize=size - 1, leading=(size - 1) * 1.2)
        self.cellb = ParagraphStyle("cb", fontName=b, fontSize=size - 1, leading=(size - 1) * 1.2)
        self.right = ParagraphStyle("r", fontName=font, fontSize=size - 1, leading=(size - 1) * 1.25,
                                    alignment=TA_RIGHT)


def paras(st: Sty, text: str, style=None):
    """Blank-line separated paragraphs; single newlines become <br/>. '**x**' lines -> h2."""
    out = []
    for block in text.strip("\n").split("\n\n"):
        block = block.strip("\n")
        if not block:
            continue
        if block.startswith("## "):
            head, _, block = block.partition("\n")
            out.append(Paragraph(esc(head[3:]), st.h2))
            if not block.strip():
                continue
        out.append(Paragraph("<br/>".join(esc(x) for x in block.split("\n")), style or st.p))
    return out


def table(st: Sty, rows, widths, header=True, grid=True, bold_first_col=False, fs=None):
    data = []
    for i, r in enumerate(rows):
        row = []
        for j, c in enumerate(r):
            s = st.cellb if (header and i == 0) or (bold_first_col and j == 0) else st.cell
            row.append(Paragraph("<br/>".join(esc(x) for x in str(c).split("\n")), s))
        data.append(row)
    t = Table(data, colWidths=[w * mm for w in widths], repeatRows=1 if header else 0)
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
    if grid:
        cmds.append(("GRID", (0, 0), (-1, -1), 0.4, colors.grey))
    if header:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee")))
    t.setStyle(TableStyle(cmds))
    return t


def build_rl(path: Path, story, title="", author="", subject="", pagesize=A4, margins=(22, 20, 20, 20),
             footer=None, creator="Microsoft Word - Document", header_fn=None):
    """reportlab producer; footer(canvas, doc) optional."""
    doc = SimpleDocTemplate(str(path), pagesize=pagesize, leftMargin=margins[0] * mm,
                            rightMargin=margins[1] * mm, topMargin=margins[2] * mm,
                            bottomMargin=margins[3] * mm, title=title, author=author, subject=subject,
                            creator=creator)

    def on_page(c, d):
        if header_fn:
            header_fn(c, d)
        if footer:
            footer(c, d)

    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


def page_footer(text, font="Helvetica", size=7.5):
    def f(c, d):
        c.saveState()
        c.setFont(font, size)
        w, h = d.pagesize
        c.drawString(d.leftMargin, 10 * mm, text)
        c.drawRightString(w - d.rightMargin, 10 * mm, f"Pagina {d.page}")
        c.restoreState()
    return f


# ------------------------------------------------------------------------------ docx -> LibreOffice
def build_docx(path: Path, make, author="", title=""):
    """make(document) fills a python-docx Document; converted with soffice to path (PDF)."""
    import docx

    d = docx.Document()
    d.core_properties.author = author
    d.core_properties.title = title
    d.core_properties.last_modified_by = author
    d.core_properties.comments = ""
    make(d)
    with tempfile.TemporaryDirectory(prefix="cqdocx-") as td:
        src = Path(td) / (path.stem + ".docx")
        d.save(src)
        prof = Path(td) / "lo"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to",
                        "pdf", "--outdir", td, str(src)], capture_output=True, timeout=240, check=True)
        (Path(td) / (path.stem + ".pdf")).replace(path)


def docx_font(d, name="Calibri", size=10.5):
    from docx.shared import Pt
    st = d.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)


def docx_table(d, rows, widths_cm=None, bold_header=True, style="Table Grid"):
    from docx.shared import Cm
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    if style:
        t.style = style
    for i, r in enumerate(rows):
        for j, c in enumerate(r):
            cell = t.cell(i, j)
            cell.text = ""
            lines = str(c).split("\n")
            p = cell.paragraphs[0]
            for k, line in enumerate(lines):
                run = p.add_run(line)
                if bold_header and i == 0:
                    run.bold = True
                if k < len(lines) - 1:
                    run.add_break()
            if widths_cm:
                cell.width = Cm(widths_cm[j])
    return t


# ------------------------------------------------------------------------------ scans
def scan_pdf(src_pdf: Path, out: Path, seed=1, dpi=170, angle=0.6, quality=55, noise=14):
    """Render each page of src_pdf, degrade it like a photocopy scan, wrap it image-only."""
    from PIL import Image as PI, ImageFilter
    from reportlab.pdfgen import canvas
    rnd = random.Random(seed)
    with tempfile.TemporaryDirectory(prefix="cqscan-") as td:
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(src_pdf), f"{td}/p"], check=True)
        pages = sorted(Path(td).glob("p*.png"))
        c = canvas.Canvas(str(out), pagesize=A4)
        c.setAuthor("")
        c.setCreator("Canon iR-ADV C5535 scan")
        c.setProducer("Canon iR-ADV C5535")
        for i, pg in enumerate(pages):
            im = PI.open(pg).convert("L")
            im = im.rotate(angle + rnd.uniform(-0.2, 0.2), resample=PI.BICUBIC, expand=False, fillcolor=255)
            px = im.load()
            w, h = im.size
            for _ in range(int(w * h * 0.004)):
                x, y = rnd.randrange(w), rnd.randrange(h)
                px[x, y] = rnd.randrange(60, 200)
            im = im.point(lambda v: max(0, min(255, v + rnd.randint(-noise, noise) // 3)))
            im = im.filter(ImageFilter.GaussianBlur(0.4))
            jp = Path(td) / f"s{i}.jpg"
            im.save(jp, "JPEG", quality=quality)
            c.drawImage(str(jp), 0, 0, width=A4[0], height=A4[1])
            c.showPage()
        c.save()


# ------------------------------------------------------------------------------ hidden channels
def add_hidden(path: Path, author=None, xmp_creator=None, outline=None, notes=None, title=None):
    """notes: list of (page_index, rect, author, contents) sticky notes."""
    import pikepdf
    with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
        if author is not None:
            pdf.docinfo["/Author"] = author
        if title is not None:
            pdf.docinfo["/Title"] = title
        if xmp_creator is not None:
            with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
                meta["dc:creator"] = [xmp_creator]
        if outline:
            with pdf.open_outline() as ol:
                for t, pg in outline:
                    ol.root.append(pikepdf.OutlineItem(t, pg))
        for (pi, rect, au, contents) in notes or []:
            page = pdf.pages[pi]
            annot = pdf.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text, Rect=rect,
                T=pikepdf.String(au), Contents=pikepdf.String(contents), Open=False,
                Name=pikepdf.Name.Comment))
            if "/Annots" not in page.obj:
                page.obj.Annots = pdf.make_indirect(pikepdf.Array())
            page.obj.Annots.append(annot)
        pdf.save(str(path))


# ------------------------------------------------------------------------------ gold
def _probe(text):
    word = bool(re.match(r"\w", text[:1])) or bool(re.match(r"\w", text[-1:]))
    return {"text": text, "word": word}


GENERIC = {"postdoc", "preprint", "embargo", "consortium", "matching", "overhead", "in-kind", "deliverable",
           "work package", "rebuttal", "PhD candidate", "Nederland", "Netherlands", "Woo"}
KIND_ORDER = ["OFFICE_HOLDER", "PUBLISHED_AUTHOR", "ADDRESS", "GENERAL_CONTACT", "FUNCTION", "REF", "PROGRAMME",
              "PRODUCT", "JOURNAL", "LAW", "ORG", "TERM", "PLACE", "OTHER"]
KEEP_CAP = 18


def _trim(gold):
    """Remove redundant probes. Redact: an initials form ('K. Yildiz') that holds another probe of the
    same channel ('Yildiz') adds nothing. Keep: a probe that only occurs inside a longer keep probe,
    generic words, and at most KEEP_CAP keep probes per document, taken round-robin over the kinds."""
    allr = [(p["text"], p.get("channel", "text")) for r in gold["redact"] for p in r["probes"]]
    for r in gold["redact"]:
        keep_p = []
        for p in r["probes"]:
            t, c = p["text"], p.get("channel", "text")
            cont = [a for a, ca in allr if a != t and ca == c and probe_regex(a, True).search(t)]
            if cont and re.match(r"^([A-ZÖÓ]\.)+[A-Z]?\.? ?\S", t):
                continue
            keep_p.append(p)
        r["probes"] = keep_p
    gold["redact"] = [r for r in gold["redact"] if r["probes"]]
    allk = [(p["text"], p["after"]) for k in gold["keep"] for p in k["probes"]]
    for k in gold["keep"]:
        k["probes"] = [p for p in k["probes"] if p["text"] not in GENERIC and not any(
            b != p["text"] and p["text"] in b and nb == p["after"] for b, nb in allk)]
    gold["keep"] = [k for k in gold["keep"] if k["probes"]]
    bykind = {}
    for k in gold["keep"]:
        bykind.setdefault(k["kind"], []).append(k)
    always = ("OFFICE_HOLDER", "PUBLISHED_AUTHOR")
    chosen = [(k, p) for kd in always for k in bykind.get(kd, []) for p in k["probes"]]
    n = 0
    queues = {kd: [(k, p) for k in bykind.get(kd, []) for p in k["probes"]] if kd not in always else []
              for kd in KIND_ORDER}
    while n < KEEP_CAP and any(queues.values()):
        for kd in KIND_ORDER:
            if queues[kd] and n < KEEP_CAP:
                chosen.append(queues[kd].pop(0))
                n += 1
    ids = {(id(k), p["text"]) for k, p in chosen}
    for k in gold["keep"]:
        k["probes"] = [p for p in k["probes"] if (id(k), p["text"]) in ids]
    gold["keep"] = [k for k in gold["keep"] if k["probes"]]


def make_gold(stem: str, redact_reg, keep_reg, ocr="auto", extra_keep=(), extra_redact=()):
    """Derive gold for docs/<stem>.pdf from the registries (see module docstring)."""
    pdf = DOCS_DIR / f"{stem}.pdf"
    ch = extract_channels(pdf, ocr=ocr)
    chans = ch["channels"]
    text = chans.get("pdfium", "")
    gold = {"doc": pdf.name, "pages": ch["pages"], "redact": [], "keep": []}
    for kind, value, probes in list(redact_reg) + list(extra_redact):
        got = []
        for t in probes:
            pr = _probe(t)
            cc = channel_counts(chans, pr)
            if not cc:
                continue
            if count_in(text, pr):
                claim = "text"
            else:
                for c in ("metadata", "outline", "annotations", "ocr"):
                    if c in cc:
                        claim = c
                        break
                else:
                    continue  # only in raw bytes: not a claim we make
                if claim == "ocr":
                    pr["ocr"] = True
                pr["channel"] = claim
            pr["after"] = 0
            got.append(pr)
        if got:
            gold["redact"].append({"kind": kind, "value": value, "probes": got})
    for kind, value, probes in list(keep_reg) + list(extra_keep):
        got = []
        for t in probes:
            pr = _probe(t)
            n = count_in(text, pr)
            if n:
                pr["after"] = n
                got.append(pr)
        if got:
            gold["keep"].append({"kind": kind, "value": value, "probes": got})
    _trim(gold)
    # sanity: no keep probe may contain a redact probe of the same document
    for k in gold["keep"]:
        for kp in k["probes"]:
            for r in gold["redact"]:
                for rp in r["probes"]:
                    if probe_regex(rp["text"], rp["word"]).search(norm(kp["text"])):
                        raise SystemExit(f"{stem}: keep probe {kp['text']!r} holds redact probe {rp['text']!r}")
    GOLD_DIR.mkdir(exist_ok=True)
    (GOLD_DIR / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n")
    return gold
