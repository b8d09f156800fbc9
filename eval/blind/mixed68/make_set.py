"""Rebuild set BZ (eval/blind/mixed68, public health: a legionella outbreak dossier): docs/ and gold/.

    /work/main/.venv/bin/python make_set.py            # all documents
    /work/main/.venv/bin/python make_set.py bz03 bz17  # only these

The documents are written in content.py with a small markup:
    [[k:shown text|probe|probe]]  personal data to redact (k: p person (default), e e-mail, t phone,
                                  b BSN, i IBAN, a address, d date of birth, h health, n personal
                                  number, g paraph, c criminal, r religion); without probes the shown
                                  text (titles such as dr./mevrouw stripped) is the probe
    {{k:shown text|probe}}        a keep probe (k: o org, l place, h public office holder, r reference,
                                  d date, f function, m functional mailbox, t switchboard, w law,
                                  p programme, s spokesperson, x other)
Every keep probe's 'after' is counted on the original's PDFium text with the evaluator's own
functions; every redact probe has after=0; check_gold.py checks every probe in its channel.
"""
from __future__ import annotations

import json
import os
import random
import re
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

# ---------------------------------------------------------------- numbers with valid checksums
def bsn_ok(s: str) -> bool:
    d = [int(x) for x in s]
    return len(d) == 9 and (sum(d[i] * (9 - i) for i in range(8)) - d[8]) % 11 == 0


def make_bsn(prefix8: str) -> str:
    while True:
        d = [int(x) for x in prefix8]
        s = sum(d[i] * (9 - i) for i in range(8)) % 11
        if s != 10:
            break
        prefix8 = prefix8[:7] + str((d[7] + 1) % 10)
    r = prefix8 + str(s)
    assert bsn_ok(r)
    return r


def make_iban(bank: str, acct: str, grouped=True) -> str:
    acct = acct.zfill(10)
    num = "".join(str(int(ch, 36)) for ch in (bank + acct + "NL00"))
    ck = 98 - int(num) % 97
    s = f"NL{ck:02d}{bank}{acct}"
    if grouped:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


# ---------------------------------------------------------------- markup
RX = re.compile(r"\[\[(.+?)\]\]|\{\{(.+?)\}\}")
RKIND = {"p": "PERSON", "e": "EMAIL", "t": "PHONE", "b": "BSN", "i": "IBAN", "a": "ADDRESS",
         "d": "DATE_OF_BIRTH", "h": "HEALTH", "n": "PERSONAL_NUMBER", "g": "PARAPH", "c": "CRIMINAL",
         "r": "RELIGION", "o": "OTHER"}
KKIND = {"o": "ORG", "l": "LOCATION", "h": "PUBLIC_OFFICIAL", "r": "REFERENCE", "d": "DATE",
         "f": "FUNCTION", "m": "FUNCTIONAL_MAILBOX", "t": "SWITCHBOARD", "w": "LAW", "p": "PROGRAMME",
         "s": "SPOKESPERSON", "x": "OTHER", "a": "PUBLIC_ADDRESS"}
TITLES = ("prof. dr. ", "Prof. dr. ", "dr. ", "drs. ", "prof. ", "mr. ", "ir. ", "ing. ", "mevrouw ",
          "de heer ", "mw. ", "dhr. ", "Mevrouw ", "De heer ", "Dr. ", "Prof. ", "Dr ", "Ms ", "Mr ",
          "Mrs ", "Prof ", "Drs. ", "Mw. ", "Dhr. ")


def strip_titles(s: str) -> str:
    changed = True
    while changed:
        changed = False
        for t in TITLES:
            if s.startswith(t):
                s = s[len(t):]
                changed = True
    return s


class Doc:
    def __init__(self, stem, producer="rl", font="DejaVuSans", size=10, landscape=False, scan=None,
                 title="", author="", hidden=None, annots=None, fields=None, outline=None, xmp=None,
                 info_title=None, info_subject=None):
        self.stem = stem
        self.producer = producer      # rl | docx | scan
        self.font = font
        self.size = size
        self.landscape = landscape
        self.scan = scan or {}
        self.title = title
        self.author = author          # Info /Author (a person here is a hidden probe via hidden)
        self.blocks = []
        self.red = {}                 # probe -> dict(kind, value, channel)
        self.keep = {}                # probe -> dict(kind, value)
        self.red_shown = []           # shown redact strings (to keep keep-probes out of them)
        self.keep_shown = []
        self.hidden = hidden or []    # list of (channel, kind, value, probe)
        self.annots = annots or []    # list of (page, author, text)
        self.fields = fields or []    # list of (page, name, value, rect)
        self.outline = outline or []  # list of (title, page)
        self.xmp = xmp                # list of creators
        self.info_title = info_title
        self.info_subject = info_subject

    # markup -> plain text
    def m(self, s: str) -> str:
        def rep(mo):
            if mo.group(1) is not None:
                body = mo.group(1)
                k = "p"
                mm = re.match(r"^([a-z]):(?!//)", body)
                if mm:
                    k, body = mm.group(1), body[2:]
                parts = body.split("|")
                shown = parts[0]
                probes = parts[1:] or [strip_titles(shown) if k == "p" else shown]
                for p in probes:
                    if p not in self.red:
                        self.red[p] = {"kind": RKIND[k], "value": shown, "channel": "text"}
                self.red_shown.append(shown)
                return shown
            body = mo.group(2)
            k = "o"
            mm = re.match(r"^([a-z]):(?!//)", body)
            if mm:
                k, body = mm.group(1), body[2:]
            parts = body.split("|")
            shown = parts[0]
            for p in (parts[1:] or [shown]):
                if p not in self.keep:
                    self.keep[p] = {"kind": KKIND[k], "value": shown}
            self.keep_shown.append(shown)
            return shown
        return RX.sub(rep, s)

    # blocks
    def h(self, s): self.blocks.append(("h", self.m(s))); return self
    def h2(self, s): self.blocks.append(("h2", self.m(s))); return self
    def p(self, s): self.blocks.append(("p", self.m(s))); return self
    def small(self, s): self.blocks.append(("small", self.m(s))); return self
    def mono(self, s): self.blocks.append(("mono", self.m(s))); return self
    def sp(self, n=6): self.blocks.append(("sp", n)); return self
    def pb(self): self.blocks.append(("pb", None)); return self
    def hr(self): self.blocks.append(("hr", None)); return self

    def t(self, rows, widths=None, header=True):
        self.blocks.append(("t", ([[self.m(c) for c in r] for r in rows], widths, header)))
        return self

    def lines(self, s):
        """Several paragraphs, one per non-empty line of s."""
        for ln in s.strip("\n").split("\n"):
            ln = ln.strip()
            if not ln:
                self.sp(4)
            else:
                self.p(ln)
        return self

    def mail(self, frm, sent, to, subject, cc=None, body=""):
        self.p(f"<b>Van:</b> {frm}")
        self.p(f"<b>Verzonden:</b> {sent}")
        self.p(f"<b>Aan:</b> {to}")
        if cc:
            self.p(f"<b>CC:</b> {cc}")
        self.p(f"<b>Onderwerp:</b> {subject}")
        self.sp(4)
        self.lines(body)
        self.hr()
        return self

    def mail_en(self, frm, sent, to, subject, cc=None, body=""):
        self.p(f"<b>From:</b> {frm}")
        self.p(f"<b>Sent:</b> {sent}")
        self.p(f"<b>To:</b> {to}")
        if cc:
            self.p(f"<b>Cc:</b> {cc}")
        self.p(f"<b>Subject:</b> {subject}")
        self.sp(4)
        self.lines(body)
        self.hr()
        return self


# ---------------------------------------------------------------- fonts
FONTS = {
    "DejaVuSans": ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
    "DejaVuSerif": ("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"),
    "DejaVuSansCondensed": ("/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf"),
    "LiberationSans": ("/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf", "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf"),
    "LiberationSerif": ("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf", "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf"),
    "LiberationMono": ("/usr/share/fonts/truetype/liberation2/LiberationMono-Regular.ttf", "/usr/share/fonts/truetype/liberation2/LiberationMono-Bold.ttf"),
    "DejaVuSansMono": ("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf"),
    "femkeklaver": ("/usr/share/fonts/truetype/femkeklaver/femkeklaver.ttf", None),
    "DkgHandwriting": ("/usr/share/fonts/truetype/fifthhorseman/dkg.ttf", None),
}
_REG = set()


def font_pair(name):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.fonts import addMapping
    if name in ("Helvetica", "Times-Roman", "Courier"):
        bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold"}[name]
        return name, bold
    reg, bold = FONTS[name]
    if name not in _REG:
        pdfmetrics.registerFont(TTFont(name, reg))
        if bold:
            pdfmetrics.registerFont(TTFont(name + "-Bold", bold))
            addMapping(name, 0, 0, name)
            addMapping(name, 1, 0, name + "-Bold")
            addMapping(name, 0, 1, name)
            addMapping(name, 1, 1, name + "-Bold")
        _REG.add(name)
    return name, (name + "-Bold" if bold else name)


def esc(s: str) -> str:
    # keep <b>..</b> and <br/> that content uses deliberately
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    for tag in ("b", "i", "u"):
        s = s.replace(f"&lt;{tag}&gt;", f"<{tag}>").replace(f"&lt;/{tag}&gt;", f"</{tag}>")
    return s.replace("&lt;br/&gt;", "<br/>")


def untag(s: str) -> str:
    return re.sub(r"</?[biu]>|<br/>", lambda m: "\n" if m.group(0) == "<br/>" else "", s)


# ---------------------------------------------------------------- producers
def build_rl(doc: Doc, out: Path):
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.lib import colors
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                    PageBreak, Preformatted)
    from reportlab.platypus.flowables import HRFlowable

    fn, fb = font_pair(doc.font)
    sz = doc.size
    st = {
        "p": ParagraphStyle("p", fontName=fn, fontSize=sz, leading=sz * 1.3, spaceAfter=2),
        "small": ParagraphStyle("s", fontName=fn, fontSize=sz - 2, leading=(sz - 2) * 1.25),
        "h": ParagraphStyle("h", fontName=fb, fontSize=sz + 4, leading=(sz + 4) * 1.3, spaceAfter=6),
        "h2": ParagraphStyle("h2", fontName=fb, fontSize=sz + 1, leading=(sz + 1) * 1.3, spaceBefore=6,
                             spaceAfter=3),
        "cell": ParagraphStyle("c", fontName=fn, fontSize=sz - 1.5, leading=(sz - 1.5) * 1.2),
        "mono": ParagraphStyle("m", fontName=fn, fontSize=sz - 1, leading=(sz - 1) * 1.25),
    }
    size = landscape(A4) if doc.landscape else A4
    story = []
    for kind, val in doc.blocks:
        if kind in ("p", "h", "h2", "small"):
            story.append(Paragraph(esc(val), st[kind]))
        elif kind == "mono":
            story.append(Preformatted(untag(val), st["mono"]))
        elif kind == "sp":
            story.append(Spacer(1, val))
        elif kind == "pb":
            story.append(PageBreak())
        elif kind == "hr":
            story.append(HRFlowable(width="100%", thickness=0.5, color=colors.grey, spaceBefore=4,
                                    spaceAfter=4))
        elif kind == "t":
            rows, widths, header = val
            data = [[Paragraph(esc(c), st["cell"]) for c in r] for r in rows]
            avail = size[0] - 40 * mm
            if widths:
                tot = sum(widths)
                widths = [avail * w / tot for w in widths]
            tb = Table(data, colWidths=widths, repeatRows=1 if header else 0)
            style = [("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]
            if header:
                style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6ee")))
            tb.setStyle(TableStyle(style))
            story.append(tb)
            story.append(Spacer(1, 6))
    d = SimpleDocTemplate(str(out), pagesize=size, leftMargin=20 * mm, rightMargin=20 * mm,
                          topMargin=18 * mm, bottomMargin=18 * mm, title=doc.title,
                          author=doc.author, creator="ReportLab", subject=doc.info_subject or "")
    d.build(story)


def build_docx(doc: Doc, out: Path):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    stl = d.styles["Normal"]
    stl.font.name = doc.font if doc.font in ("Liberation Serif", "Liberation Sans", "DejaVu Sans") else "Liberation Sans"
    stl.font.size = Pt(doc.size)
    d.core_properties.author = doc.author or ""
    d.core_properties.title = doc.title or ""
    d.core_properties.last_modified_by = doc.author or ""

    def add_runs(par, text):
        pos = 0
        for mo in re.finditer(r"<b>(.*?)</b>", text):
            if mo.start() > pos:
                par.add_run(text[pos:mo.start()])
            par.add_run(mo.group(1)).bold = True
            pos = mo.end()
        if pos < len(text):
            par.add_run(text[pos:])

    for kind, val in doc.blocks:
        if kind == "h":
            d.add_heading(untag(val), level=1)
        elif kind == "h2":
            d.add_heading(untag(val), level=2)
        elif kind in ("p", "small", "mono"):
            par = d.add_paragraph()
            add_runs(par, val.replace("<br/>", "\n"))
            if kind == "small":
                for r in par.runs:
                    r.font.size = Pt(doc.size - 2)
        elif kind == "sp":
            d.add_paragraph()
        elif kind == "pb":
            d.add_page_break()
        elif kind == "hr":
            d.add_paragraph("_" * 40)
        elif kind == "t":
            rows, widths, header = val
            tb = d.add_table(rows=len(rows), cols=len(rows[0]))
            tb.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    cell = tb.cell(i, j)
                    cell.text = ""
                    add_runs(cell.paragraphs[0], c.replace("<br/>", "\n"))
                    if header and i == 0:
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
    with tempfile.TemporaryDirectory(prefix="bz-docx-") as td:
        src = Path(td) / (doc.stem + ".docx")
        d.save(str(src))
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_bz_profile", "--headless",
                        "--convert-to", "pdf", "--outdir", td, str(src)], check=True,
                       capture_output=True, timeout=180)
        (Path(td) / (doc.stem + ".pdf")).replace(out)


def build_scan(doc: Doc, out: Path):
    """Render the page(s) with reportlab, rasterise, degrade, wrap as image-only PDF."""
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    rnd = random.Random(doc.stem)
    with tempfile.TemporaryDirectory(prefix="bz-scan-") as td:
        tmp = Path(td) / "clean.pdf"
        if doc.scan.get("draw"):
            doc.scan["draw"](doc, tmp)
        else:
            build_rl(doc, tmp)
        pdf = pdfium.PdfDocument(str(tmp))
        imgs = []
        for i in range(len(pdf)):
            im = pdf[i].render(scale=200 / 72, grayscale=True).to_pil().convert("L")
            ang = doc.scan.get("angle", 0.5) * (1 if i % 2 == 0 else -1)
            im = im.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=255)
            px = im.load()
            w, h = im.size
            for _ in range(int(w * h * 0.0015)):
                x, y = rnd.randrange(w), rnd.randrange(h)
                px[x, y] = rnd.choice((0, 90, 160))
            im = im.filter(ImageFilter.GaussianBlur(0.4))
            p = Path(td) / f"p{i}.jpg"
            im.save(p, "JPEG", quality=doc.scan.get("q", 60))
            imgs.append(p)
        pdf.close()
        c = canvas.Canvas(str(out), pagesize=A4)
        c.setAuthor("")
        c.setCreator(doc.scan.get("creator", "Canon iR-ADV C5535 scan"))
        c.setProducer(doc.scan.get("creator", "Canon iR-ADV C5535 scan"))
        for p in imgs:
            c.drawImage(str(p), 0, 0, width=A4[0], height=A4[1])
            c.showPage()
        c.save()


def add_hidden(doc: Doc, path: Path):
    import pikepdf
    from pikepdf import Name, Dictionary, Array, String
    if not (doc.annots or doc.fields or doc.outline or doc.xmp or doc.info_title):
        return
    with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
        if doc.xmp:
            with pdf.open_metadata(set_pikepdf_as_editor=False) as md:
                md["dc:creator"] = list(doc.xmp)
                if doc.title:
                    md["dc:title"] = doc.title
        if doc.info_title:
            pdf.docinfo["/Title"] = doc.info_title
        for (pg, author, text) in doc.annots:
            page = pdf.pages[pg]
            a = pdf.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Text,
                                             Rect=Array([480, 700 - 40 * len(page.obj.get("/Annots", [])), 500, 720 - 40 * len(page.obj.get("/Annots", []))]),
                                             T=String(author), Contents=String(text), Open=False,
                                             Name=Name.Comment, F=4))
            if "/Annots" not in page.obj:
                page.obj.Annots = Array()
            page.obj.Annots.append(a)
        if doc.fields:
            fields = Array()
            font = pdf.make_indirect(Dictionary(Type=Name.Font, Subtype=Name.Type1,
                                                BaseFont=Name.Helvetica, Encoding=Name.WinAnsiEncoding))
            for (pg, name, value, rect) in doc.fields:
                page = pdf.pages[pg]
                w = pdf.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Widget, FT=Name.Tx,
                                                 T=String(name), V=String(value), Rect=Array(rect), F=4,
                                                 DA=String("/Helv 10 Tf 0 g"), P=page.obj))
                if "/Annots" not in page.obj:
                    page.obj.Annots = Array()
                page.obj.Annots.append(w)
                fields.append(w)
            pdf.Root.AcroForm = Dictionary(Fields=fields, NeedAppearances=True,
                                           DA=String("/Helv 10 Tf 0 g"),
                                           DR=Dictionary(Font=Dictionary(Helv=font)))
        if doc.outline:
            with pdf.open_outline() as ol:
                for (title, pg) in doc.outline:
                    ol.root.append(pikepdf.OutlineItem(title, pg))
        pdf.save(str(path))


# ---------------------------------------------------------------- gold
def build(doc: Doc):
    out = DOCS_DIR / f"{doc.stem}.pdf"
    if doc.producer == "docx":
        build_docx(doc, out)
    elif doc.producer == "scan":
        build_scan(doc, out)
    else:
        build_rl(doc, out)
    add_hidden(doc, out)
    text, pages = text_pdfium(out)
    problems = []
    redact = []
    scan = doc.producer == "scan"
    ocr_entries = None
    if scan:
        with tempfile.TemporaryDirectory(prefix="bz-ocr-") as td:
            ocr_entries = ocr_text(out, Path(td), image_pages(out))
    dropped = []
    for probe, info in doc.red.items():
        pr = {"text": probe, "word": True, "after": 0}
        if scan:
            pr["ocr"] = True
            if ocr_count(ocr_entries, pr) == 0:
                dropped.append(probe)
                continue
            pr["channel"] = "ocr"
        else:
            if count_in(text, pr) == 0:
                problems.append(f"redact probe not in text: {probe!r}")
            pr["channel"] = "text"
        for ks in doc.keep_shown:
            if count_in(ks, pr):
                problems.append(f"redact probe {probe!r} inside keep span {ks!r}")
        redact.append({"kind": info["kind"], "value": info["value"], "probes": [pr]})
    for (channel, kind, value, probe) in doc.hidden:
        pr = {"text": probe, "word": True, "after": 0, "channel": channel}
        if count_in(text, pr):
            problems.append(f"hidden probe also in text: {probe!r}")
        redact.append({"kind": kind, "value": value, "probes": [pr]})
    keep = []
    if not scan:
        for probe, info in doc.keep.items():
            pr = {"text": probe, "word": True}
            inside = [rs for rs in doc.red_shown if count_in(rs, pr)]
            inside += [h[3] for h in doc.hidden if count_in(h[3], pr)]
            if inside:
                print(f"  {doc.stem}: keep probe {probe!r} dropped (inside redact span {inside[0]!r})")
                continue
            c = count_in(text, pr)
            if c == 0:
                problems.append(f"keep probe not in text: {probe!r}")
                continue
            pr["after"] = c
            keep.append({"kind": info["kind"], "value": info["value"], "probes": [pr]})
    gold = {"doc": out.name, "pages": pages, "producer": doc.producer, "redact": redact, "keep": keep}
    (GOLD_DIR / f"{doc.stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1),
                                               encoding="utf-8")
    nred = len(redact)
    print(f"{doc.stem}: pages={pages} redact={nred} keep={len(keep)}"
          + (f" ocr_dropped={dropped}" if dropped else ""))
    for pmsg in problems:
        print("  PROBLEM", pmsg)
    return problems


def main(argv):
    import content
    DOCS_DIR.mkdir(exist_ok=True)
    GOLD_DIR.mkdir(exist_ok=True)
    docs = content.all_docs()
    want = set(argv)
    probs = 0
    for d in docs:
        if want and not any(d.stem.startswith(w) for w in want):
            continue
        probs += len(build(d))
    print(f"build problems={probs}")


if __name__ == "__main__":
    main(sys.argv[1:])
