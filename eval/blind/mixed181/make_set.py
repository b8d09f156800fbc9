"""Rebuild set LV (eval/blind/mixed181, student transport / leerlingenvervoer): docs/ and gold/.

    /work/main/.venv/bin/python make_set.py          # all documents
    /work/main/.venv/bin/python make_set.py lv03     # only these

Documents are written in content.py in a small markup: [[K:text]] is personal data to redact (K a kind
code, see KINDS), {{K:text}} public text to keep. Every marked string becomes one gold item with one
probe (word-anchored); keep 'after' is counted on the original's PDFium text with the evaluator's own
functions; a keep probe that overlaps a redact match is dropped; OCR probes not read by tesseract are
dropped (reported). Hidden channels (metadata, outline, annotations, form values) are declared per doc.
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
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
sys.path.insert(0, "/work/shared/eval")
sys.path.insert(0, str(HERE))
from evaluate import channel_counts, count_in, extract_channels, norm, probe_regex, text_pdfium  # noqa: E402

KINDS = {"P": "PERSON", "E": "EMAIL", "T": "PHONE", "B": "BSN", "I": "IBAN", "D": "DATE_OF_BIRTH",
         "A": "ADDRESS", "H": "HEALTH", "C": "INITIALS", "N": "PERSONNEL_NUMBER", "K": "KVK",
         "X": "OTHER_ID", "O": "ORG", "L": "LOCATION", "R": "PUBLIC_OFFICIAL", "W": "LAW",
         "F": "REFERENCE", "J": "JOB_TITLE", "M": "FUNCTIONAL_MAILBOX", "G": "GENERAL_PHONE",
         "Q": "NOT_A_PERSON", "U": "PROGRAMME", "Z": "TERM", "S": "STREET_PUBLIC", "V": "DATE"}
MARK = re.compile(r"(\[\[|\{\{)(?:([A-Z]):)?(.*?)(\]\]|\}\})")
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


def parse(s):
    """Return (plain text, [(kind, text, is_redact)])."""
    items = []

    def rep(m):
        red = m.group(1) == "[["
        k = m.group(2) or ("P" if red else "O")
        items.append((KINDS[k], m.group(3), red))
        return m.group(3)
    return MARK.sub(rep, s), items


def strip(s):
    return parse(s)[0]


class Doc:
    def __init__(self, stem, body, producer="", creator="", engine="rl", font="Helvetica", author=None,
                 xmp_creator=None, outline=None, notes=None, fields=None, scan=False, title=None,
                 fontsize=9.5):
        self.stem, self.body, self.producer, self.creator = stem, body, producer, creator
        self.engine, self.font, self.author, self.xmp_creator = engine, font, author, xmp_creator
        self.outline, self.notes, self.fields, self.scan = outline or [], notes or [], fields or [], scan
        self.title, self.fontsize = title, fontsize

    # ------------------------------------------------------------------ build
    def blocks(self):
        out, table = [], []
        for line in self.body.strip("\n").split("\n"):
            if line.startswith("|"):
                table.append([c.strip() for c in line.strip().strip("|").split("|")])
                continue
            if table:
                out.append(("table", table)); table = []
            if line.strip() == "---":
                out.append(("break", None))
            elif line.startswith("# "):
                out.append(("h", line[2:]))
            elif line.startswith("## "):
                out.append(("h2", line[3:]))
            elif not line.strip():
                out.append(("sp", None))
            else:
                out.append(("p", line))
        if table:
            out.append(("table", table))
        return out

    def build(self):
        path = DOCS_DIR / f"{self.stem}.pdf"
        if self.engine == "docx":
            self.build_docx(path)
        elif self.scan:
            self.build_scan(path)
        else:
            self.build_rl(path)
        self.post(path)
        return path

    def build_rl(self, path):
        from reportlab.lib import colors
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.lib.units import mm
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
        from xml.sax.saxutils import escape
        font, bold = self.font, self.font + "-Bold"
        if font.startswith("DejaVu"):
            pdfmetrics.registerFont(TTFont(font, FONT_DIR + font + ".ttf"))
            pdfmetrics.registerFont(TTFont(bold, FONT_DIR + font + "-Bold.ttf"))
        elif font == "Times-Roman":
            bold = "Times-Bold"
        fs = self.fontsize
        st = ParagraphStyle("b", fontName=font, fontSize=fs, leading=fs * 1.3)
        sth = ParagraphStyle("h", fontName=bold, fontSize=fs + 3, leading=(fs + 3) * 1.3, spaceAfter=4)
        sth2 = ParagraphStyle("h2", fontName=bold, fontSize=fs + 1, leading=(fs + 1) * 1.3, spaceBefore=3)
        stc = ParagraphStyle("c", fontName=font, fontSize=fs - 1.5, leading=(fs - 1.5) * 1.25, splitLongWords=0)
        flow = []
        for kind, v in self.blocks():
            if kind == "p" and v.strip() == "[FIELDS]":
                flow.append(Spacer(1, len(self.fields) * 8 * mm + 14 * mm))
            elif kind == "p":
                flow.append(Paragraph(escape(strip(v)), st))
            elif kind == "h":
                flow.append(Paragraph(escape(strip(v)), sth))
            elif kind == "h2":
                flow.append(Paragraph(escape(strip(v)), sth2))
            elif kind == "sp":
                flow.append(Spacer(1, fs * 0.6))
            elif kind == "break":
                flow.append(PageBreak())
            else:
                data = [[Paragraph(escape(strip(c)), stc) for c in row] for row in v]
                t = Table(data, repeatRows=1)
                t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee")),
                                       ("VALIGN", (0, 0), (-1, -1), "TOP")]))
                flow.append(t)
        buf = path
        doc = SimpleDocTemplate(str(buf), pagesize=A4, leftMargin=22 * mm, rightMargin=20 * mm,
                                topMargin=18 * mm, bottomMargin=18 * mm, title=self.title or self.stem,
                                author="", creator="", producer="", invariant=1)
        fields = self.fields

        def first(c, d):
            if fields:
                c.saveState()
                y = 247 * mm
                for (label, name, value) in fields:
                    c.setFont(font, 8.5)
                    c.drawString(22 * mm, y + 2 * mm, label)
                    c.acroForm.textfield(name=name, tooltip=label, value=strip(value), x=95 * mm, y=y,
                                         width=85 * mm, height=6 * mm, fontSize=8, borderWidth=0.5)
                    y -= 8 * mm
                c.restoreState()
        doc.build(flow, onFirstPage=first)

    def build_docx(self, path):
        import docx
        from docx.shared import Pt
        d = docx.Document()
        d.styles["Normal"].font.name = "DejaVu Sans"
        d.styles["Normal"].font.size = Pt(9.5)
        for kind, v in self.blocks():
            if kind == "p":
                d.add_paragraph(strip(v))
            elif kind in ("h", "h2"):
                d.add_heading(strip(v), level=1 if kind == "h" else 2)
            elif kind == "break":
                d.add_page_break()
            elif kind == "table":
                t = d.add_table(rows=len(v), cols=len(v[0]))
                t.style = "Table Grid"
                for i, row in enumerate(v):
                    for j, c in enumerate(row):
                        t.cell(i, j).text = strip(c)
        d.core_properties.author = strip(self.author) if self.author else ""
        d.core_properties.last_modified_by = ""
        d.core_properties.title = self.title or ""
        tmp = Path(tempfile.mkdtemp(prefix="s181_docx_", dir="/tmp"))
        src = tmp / f"{self.stem}.docx"
        d.save(src)
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s181_lo", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(src)], capture_output=True, timeout=180)
        (tmp / f"{self.stem}.pdf").replace(path)

    def build_scan(self, path):
        from PIL import Image, ImageDraw, ImageFilter, ImageFont
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfgen import canvas
        rnd = random.Random(self.stem)
        pages = [p for p in self.body.strip("\n").split("\n---\n")]
        c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
        for pi, pg in enumerate(pages):
            W, H = 1654, 2339  # A4 at 200 dpi
            im = Image.new("L", (W, H), 250)
            dr = ImageDraw.Draw(im)
            y = 150
            for line in pg.split("\n"):
                txt = strip(line.lstrip("~"))
                hand = line.startswith("~")
                f = ImageFont.truetype(FONT_DIR + ("DejaVuSerif-Italic.ttf" if hand else "DejaVuSans.ttf"),
                                       40 if hand else 34)
                if line.startswith("# "):
                    txt = strip(line[2:])
                    f = ImageFont.truetype(FONT_DIR + "DejaVuSans-Bold.ttf", 40)
                dr.text((140 + (rnd.randint(0, 12) if hand else 0), y), txt, fill=25 if not hand else 60, font=f)
                y += 58 if txt else 30
            im = im.rotate(rnd.uniform(-0.9, 0.9), fillcolor=245, resample=Image.BICUBIC)
            im = im.filter(ImageFilter.GaussianBlur(0.6))
            b = io.BytesIO()
            im.convert("RGB").save(b, "JPEG", quality=72)
            b.seek(0)
            from reportlab.lib.utils import ImageReader
            c.drawImage(ImageReader(b), 0, 0, width=A4[0], height=A4[1])
            c.showPage()
        c.save()

    def post(self, path):
        import pikepdf
        with pikepdf.open(path, allow_overwriting_input=True) as pdf:
            if self.xmp_creator:
                with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as m:
                    m["dc:creator"] = [strip(self.xmp_creator)]
                    if self.producer:
                        m["pdf:Producer"] = self.producer
            info = pdf.docinfo
            if self.engine == "docx":
                info["/CreationDate"] = "D:20260114093000+01'00'"
                info["/ModDate"] = "D:20260114093000+01'00'"
            if self.engine != "docx":
                for k in ("/Author", "/Creator", "/Producer", "/Title", "/Subject", "/Keywords"):
                    if k in info:
                        del info[k]
                if self.title:
                    info["/Title"] = self.title
                if self.author:
                    info["/Author"] = strip(self.author)
                if self.producer:
                    info["/Producer"] = self.producer
                if self.creator:
                    info["/Creator"] = self.creator
            if self.outline:
                with pdf.open_outline() as ol:
                    for title, page in self.outline:
                        ol.root.append(pikepdf.OutlineItem(strip(title), page))
            for (page, author, text, rect) in self.notes:
                p = pdf.pages[page]
                annot = pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                                           Rect=rect, T=pikepdf.String(strip(author)),
                                           Contents=pikepdf.String(strip(text)), Name=pikepdf.Name.Comment,
                                           F=4)
                if "/Annots" not in p.obj:
                    p.obj.Annots = pdf.make_indirect(pikepdf.Array())
                p.obj.Annots.append(pdf.make_indirect(annot))
            pdf.save(path, deterministic_id=True)

    # ------------------------------------------------------------------ gold
    def marked(self):
        """[(kind, text, is_redact, channel)] in document order, unique by (text, redact, channel)."""
        res = []
        chan = "ocr" if self.scan else None
        _, it = parse(self.body)
        res += [(k, t, r, chan) for k, t, r in it]
        if self.author:
            res += [(k, t, r, "metadata") for k, t, r in parse(self.author)[1]]
        if self.xmp_creator:
            res += [(k, t, r, "metadata") for k, t, r in parse(self.xmp_creator)[1]]
        for title, _ in self.outline:
            res += [(k, t, r, "outline") for k, t, r in parse(title)[1]]
        for (_, a, txt, _) in self.notes:
            res += [(k, t, r, "annotations") for k, t, r in parse(a)[1] + parse(txt)[1]]
        for (_, _, v) in self.fields:
            res += [(k, t, r, "annotations") for k, t, r in parse(v)[1]]
        seen, out = set(), []
        for k, t, r, c in res:
            key = (t, r, c if r else None)
            if key in seen:
                continue
            seen.add(key)
            out.append((k, t, r, c))
        return out


TITLES = {"mr.", "dr.", "drs.", "ing.", "ir.", "mevrouw", "de", "heer", "ouders"}
PARTICLES = {"van", "de", "der", "den", "ter", "te", "'t", "dos", "vd", "el", "ait"}


def surname(v):
    """The surname part of a person's name as a second probe (None when it adds nothing)."""
    if "," in v:
        sur = v.split(",")[0].strip()
    else:
        toks = v.split()
        while toks and toks[0].lower() in TITLES and len(toks) > 1:
            toks = toks[1:]
        had_initials = any(t.endswith(".") for t in toks)
        toks = [t for t in toks if not t.endswith(".")]
        if len(toks) < 2 and not (had_initials and toks):
            return None
        sur = " ".join(toks) if (had_initials or toks[0].lower() in PARTICLES) else " ".join(toks[1:])
    if sur == v or len(sur) < 3 or not re.search(r"[a-zà-ÿ]", sur) or sur.isupper():
        return None
    return sur


def make_gold(d, path):
    text, pages = text_pdfium(path)
    problems = []
    marked = d.marked()
    hidden = {c for _, _, r, c in marked if r and c}
    chans = extract_channels(path, ocr="auto" if "ocr" in hidden else "off")["channels"] if hidden else {}
    redact, keep = [], []
    spans = []
    for k, t, r, c in marked:
        if not r:
            continue
        pr = {"text": t, "word": True, "after": 0}
        if c == "ocr":
            pr["ocr"] = True
        if c in (None, "ocr"):
            for m in probe_regex(t, True).finditer(text):
                spans.append(m.span())
        if c is None:
            ok = count_in(text, pr) > 0
        else:
            ok = channel_counts(chans, pr).get(c, 0) > 0
            if c != "ocr" and count_in(text, pr):
                problems.append(f"{d.stem}: hidden {t!r} also in page text")
        if not ok:
            if c == "ocr":
                print(f"  {d.stem}: OCR did not read {t!r}; probe dropped")
                continue
            problems.append(f"{d.stem}: redact {t!r} not found in {c or 'pdfium'}")
            continue
        item = {"kind": k, "value": t, "probes": [pr]}
        if c:
            item["channel"] = c
        sur = surname(t) if k == "PERSON" else None
        if sur:
            p2 = dict(pr, text=sur)
            if c is None:
                ok2 = count_in(text, p2) > 0
            else:
                ok2 = channel_counts(chans, p2).get(c, 0) > 0 and (c == "ocr" or not count_in(text, p2))
            if ok2:
                item["probes"].append(p2)
                if c in (None, "ocr"):
                    for m in probe_regex(sur, True).finditer(text):
                        spans.append(m.span())
        redact.append(item)
    for k, t, r, c in marked:
        if r:
            continue
        rx = probe_regex(t, True)
        ms = list(rx.finditer(text))
        if not ms:
            problems.append(f"{d.stem}: keep {t!r} not in text")
            continue
        if any(a < e and s < b for a, b in (m.span() for m in ms) for s, e in spans):
            print(f"  {d.stem}: keep {t!r} overlaps a redact value; dropped")
            continue
        keep.append({"kind": k, "value": t, "probes": [{"text": t, "word": True, "after": len(ms)}]})
    gold = {"doc": path.name, "pages": pages, "redact": redact, "keep": keep}
    return gold, problems


def main(argv):
    import content
    docs = content.DOCS
    sel = [d for d in docs if not argv or any(d.stem.startswith(a) for a in argv)]
    DOCS_DIR.mkdir(exist_ok=True)
    GOLD_DIR.mkdir(exist_ok=True)
    allp, tp, tr, tk = [], 0, 0, 0
    for d in sel:
        path = d.build()
        gold, problems = make_gold(d, path)
        (GOLD_DIR / f"{d.stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                                 encoding="utf-8")
        nr = sum(len(i["probes"]) for i in gold["redact"])
        nk = sum(len(i["probes"]) for i in gold["keep"])
        tp += gold["pages"]; tr += nr; tk += nk
        print(f"{d.stem}: pages={gold['pages']} redact={nr} keep={nk}" + (" PROBLEMS" if problems else ""))
        allp += problems
    for p in allp:
        print("  !", p)
    print(f"docs={len(sel)} pages={tp} redact={tr} keep={tk}")
    print(f"problems={len(allp)}")


if __name__ == "__main__":
    main(sys.argv[1:])
