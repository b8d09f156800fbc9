"""Builder helpers for set GM (eval/blind/mixed142).

A document is written as pages of lines with inline markup:
  [[value]] or [[value|KIND]]  -> personal data, redact probe (word-anchored, after 0)
  {{value}} or {{value|KIND}}  -> public text, keep probe (after = count in the original's PDFium text)
A line starting with '# ' is a heading, '\f' in the page list starts a new page.
Hidden channels (author, xmp, outline, notes, form) carry their own redact items.
"""
from __future__ import annotations

import io
import math
import random
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import channel_counts, count_in, extract_channels, norm, probe_regex, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
TMP = Path("/tmp/s142_build")
DEJAVU = "/usr/share/fonts/truetype/dejavu/"
MARK = re.compile(r"\[\[(.+?)\]\]|\{\{(.+?)\}\}")


def split_mark(v):
    if "|" in v:
        a, b = v.rsplit("|", 1)
        return a, b
    return v, None


def guess_kind(v):
    if "@" in v:
        return "EMAIL"
    if re.fullmatch(r"NL\d\d ?[A-Z]{4}[\d ]+", v):
        return "IBAN"
    if re.fullmatch(r"P\d{6}", v):
        return "PERSONNEL_NO"
    if re.fullmatch(r"(19|20)\d\d", v):
        return "BIRTH_YEAR"
    if re.fullmatch(r"\d{8}", v):
        return "KVK"
    if re.fullmatch(r"NL\d{9}B\d\d", v):
        return "VAT_NO"
    if re.search(r"\d", v):
        if re.fullmatch(r"[\d\s.\-]{9,11}", v) and len(re.sub(r"\D", "", v)) == 9:
            return "BSN"
        if re.search(r"\d{1,2}[-/ ]\d{1,2}[-/ ]\d{4}|\d{4}-\d\d-\d\d", v):
            return "DATE_OF_BIRTH"
        if "toestel" in v:
            return "PHONE"
        if re.search(r"[A-Za-z]{3,}", v):
            return "ADDRESS"
        return "PHONE"
    return "PERSON"


def plain(line):
    """Strip markup, collecting (kind, value, is_redact)."""
    items = []

    def rep(m):
        if m.group(1) is not None:
            v, k = split_mark(m.group(1))
            items.append(("R", v, k or guess_kind(v)))
        else:
            v, k = split_mark(m.group(2))
            items.append(("K", v, k or "PUBLIC"))
        return v
    return MARK.sub(rep, line), items


class Doc:
    def __init__(self, stem, title, pages, kind="rl", producer="", creator="", author=None, xmp=None,
                 outline=None, notes=None, form=None, font="Helvetica", size=10, scan=None, subject=None):
        self.stem, self.title, self.pages, self.kind = stem, title, pages, kind
        self.producer, self.creator = producer, creator
        self.author, self.xmp, self.outline, self.notes, self.form = author, xmp, outline, notes, form
        self.font, self.size, self.scan, self.subject = font, size, scan, subject
        self.items = []  # (R/K, value, kind, channel)

    # ---------------------------------------------------------------- parse
    def parsed_pages(self):
        out = []
        for pg in self.pages:
            lines = []
            for ln in pg.split("\n"):
                p, items = plain(ln)
                self.items += [(a, b, c, None) for a, b, c in items]
                lines.append(p)
            out.append(lines)
        return out

    # ---------------------------------------------------------------- build
    def build(self):
        TMP.mkdir(exist_ok=True, parents=True)
        DOCS_DIR.mkdir(exist_ok=True)
        self.items = []
        pages = self.parsed_pages()
        path = DOCS_DIR / f"{self.stem}.pdf"
        if self.kind == "docx":
            self._docx(pages, path)
        elif self.kind == "scan":
            self._scan(pages, path)
        else:
            self._rl(pages, path)
        self._post(path)
        return path

    def _rl(self, pages, path):
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        from reportlab.pdfgen import canvas
        from reportlab.lib.utils import simpleSplit

        font, bold = self.font, self.font + "-Bold"
        if self.kind == "ttf":
            pdfmetrics.registerFont(TTFont("DVS", DEJAVU + "DejaVuSans.ttf"))
            pdfmetrics.registerFont(TTFont("DVS-B", DEJAVU + "DejaVuSans-Bold.ttf"))
            pdfmetrics.registerFont(TTFont("DVSerif", DEJAVU + "DejaVuSerif.ttf"))
            font, bold = ("DVSerif", "DVS-B") if self.font == "serif" else ("DVS", "DVS-B")
        elif self.font == "Times-Roman":
            bold = "Times-Bold"
        c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
        c.setTitle(self.title)
        if self.author:
            c.setAuthor(plain(self.author)[0])
        W, H = A4
        sz = self.size
        for pi, lines in enumerate(pages):
            y = H - 60
            if self.outline and pi < len(self.outline):
                key = f"p{pi}"
                c.bookmarkPage(key)
                c.addOutlineEntry(plain(self.outline[pi])[0], key, level=0)
            for ln in lines:
                f, s = font, sz
                if ln.startswith("# "):
                    ln, f, s = ln[2:], bold, sz + 3
                elif ln.startswith("## "):
                    ln, f, s = ln[3:], bold, sz
                if ln.startswith("|"):  # table row: cells split by |
                    cells = [x.strip() for x in ln.strip("|").split("|")]
                    j = lines.index(ln)
                    while j > 0 and lines[j - 1].startswith("|"):
                        j -= 1
                    grp = []
                    while j < len(lines) and lines[j].startswith("|"):
                        grp.append([x.strip() for x in lines[j].strip("|").split("|")])
                        j += 1
                    mw = [max(pdfmetrics.stringWidth(r[i] if i < len(r) else "", f, s - 1) for r in grp) + 8
                          for i in range(len(cells))]
                    sc = min(1.0, (W - 120) / sum(mw))
                    x = 60
                    for i, cell in enumerate(cells):
                        c.setFont(f, (s - 1) * sc if sc < 1 else s - 1)
                        c.drawString(x, y, cell)
                        x += mw[i] * sc
                    c.setLineWidth(0.3)
                    c.line(60, y - 3, W - 60, y - 3)
                    y -= s + 5
                    continue
                wrapped = simpleSplit(ln, f, s, W - 120) or [""]
                for w in wrapped:
                    c.setFont(f, s)
                    c.drawString(60, y, w)
                    y -= s + 4
            if self.form and pi == 0:
                form = c.acroForm
                fy = 200
                for name, label, val in self.form:
                    c.setFont(font, 9)
                    c.drawString(60, fy + 5, label)
                    form.textfield(name=name, tooltip=label, x=230, y=fy, width=300, height=18,
                                   value=plain(val)[0], fontName="Helvetica", fontSize=9, borderWidth=0.5)
                    fy -= 24
            c.setFont(font, 7)
            c.drawString(60, 30, f"{self.title} - pagina {pi + 1} van {len(pages)}")
            c.showPage()
        c.save()

    def _docx(self, pages, path):
        import docx
        from docx.shared import Pt
        d = docx.Document()
        st = d.styles["Normal"]
        st.font.name = "DejaVu Sans"
        st.font.size = Pt(self.size)
        for pi, lines in enumerate(pages):
            if pi:
                d.add_page_break()
            rows = []
            for ln in lines + [""]:
                if ln.startswith("|"):
                    rows.append([x.strip() for x in ln.strip("|").split("|")])
                    continue
                if rows:
                    t = d.add_table(rows=len(rows), cols=len(rows[0]))
                    t.style = "Table Grid"
                    for r, row in enumerate(rows):
                        for ci, cell in enumerate(row):
                            t.cell(r, ci).text = cell
                    rows = []
                if ln.startswith("# "):
                    d.add_heading(ln[2:], level=1)
                elif ln.startswith("## "):
                    d.add_heading(ln[3:], level=2)
                elif ln:
                    p = d.add_paragraph(ln)
                    p.paragraph_format.space_after = Pt(2)
        d.core_properties.author = plain(self.author)[0] if self.author else ""
        d.core_properties.title = self.title
        src = TMP / f"{self.stem}.docx"
        d.save(src)
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s142_lo", "--headless",
                        "--convert-to", "pdf", "--outdir", str(TMP), str(src)],
                       check=True, capture_output=True, timeout=180)
        (TMP / f"{self.stem}.pdf").replace(path)

    def _scan(self, pages, path):
        from PIL import Image, ImageDraw, ImageFont, ImageFilter
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfgen import canvas
        rnd = random.Random(self.stem)
        c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
        c.setTitle(self.title)
        for pi, lines in enumerate(pages):
            W, H = 1654, 2339
            im = Image.new("L", (W, H), 250)
            dr = ImageDraw.Draw(im)
            y = 150
            for ln in lines:
                hand = ln.startswith("~ ")
                bold = ln.startswith("# ")
                if hand or bold:
                    ln = ln[2:]
                fn = DEJAVU + ("DejaVuSerif-Italic.ttf" if hand else "DejaVuSans-Bold.ttf" if bold
                               else "DejaVuSerif.ttf")
                fs = 40 if hand else 34
                f = ImageFont.truetype(fn, fs)
                x = 130 + (rnd.randint(-6, 6) if hand else 0)
                words, cur = ln.split(" "), ""
                out = []
                for w in words:
                    t = (cur + " " + w).strip()
                    if dr.textlength(t, font=f) > W - 260 and cur:
                        out.append(cur)
                        cur = w
                    else:
                        cur = t
                out.append(cur)
                for o in out:
                    dr.text((x, y), o, fill=(25 if not hand else 40), font=f)
                    y += int(fs * 1.45)
            im = im.rotate(rnd.uniform(-0.8, 0.8), resample=Image.BICUBIC, fillcolor=250, expand=False)
            im = im.filter(ImageFilter.GaussianBlur(0.6))
            buf = TMP / f"{self.stem}-{pi}.jpg"
            im.save(buf, "JPEG", quality=72)
            c.drawImage(str(buf), 0, 0, width=A4[0], height=A4[1])
            c.showPage()
        c.save()

    def _post(self, path):
        import pikepdf
        with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
            with pdf.open_metadata(set_pikepdf_as_editor=False) as m:
                m["dc:title"] = self.title
                if self.xmp:
                    m["dc:creator"] = [plain(self.xmp)[0]]
                if self.producer:
                    m["pdf:Producer"] = self.producer
            if self.producer:
                pdf.docinfo["/Producer"] = self.producer
            if self.creator:
                pdf.docinfo["/Creator"] = self.creator
            if self.author:
                pdf.docinfo["/Author"] = plain(self.author)[0]
            elif "/Author" in pdf.docinfo:
                del pdf.docinfo["/Author"]
            if self.subject:
                pdf.docinfo["/Subject"] = self.subject
            if self.notes:
                for i, (pg, who, txt) in enumerate(self.notes):
                    page = pdf.pages[pg]
                    annot = pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                                               Rect=[420, 700 - 60 * i, 440, 720 - 60 * i],
                                               T=pikepdf.String(plain(who)[0]),
                                               Contents=pikepdf.String(plain(txt)[0]),
                                               Name=pikepdf.Name.Comment, F=4)
                    if "/Annots" not in page.obj:
                        page.obj.Annots = pdf.make_indirect(pikepdf.Array())
                    page.obj.Annots.append(pdf.make_indirect(annot))
            pdf.save(str(path), fix_metadata_version=False)
        # hidden channel items
        for ch, vals in (("metadata", [self.author, self.xmp]),
                         ("outline", self.outline or []),
                         ("annotations", [x for n in (self.notes or []) for x in n[1:]] +
                          [v for _, _, v in (self.form or [])])):
            for v in vals:
                if not v:
                    continue
                for a, val, k in plain(v)[1]:
                    if a == "R":
                        self.items.append(("R", val, k, ch))


# public words written into the documents: job titles, organisations, places, legal terms; plus dates of
# 2026 (events, not birth dates) and times. Added as keep probes wherever they occur outside a redact value.
AUTO_KEEP = [
    "arts infectieziektebestrijding", "sociaal verpleegkundige", "arts M&G", "locatiemanager", "beleidsadviseur",
    "juridisch adviseur Woo", "directeur Publieke Gezondheid", "arts-microbioloog", "jeugdarts",
    "jeugdverpleegkundige", "doktersassistent", "verzorgende IG", "bedrijfsarts", "landelijk consulent infectieziekten",
    "deskundige infectiepreventie", "juridisch medewerker", "Infectieziektebestrijding", "mazelen", "Mazelen",
    "BMR", "BMR-vaccinatie", "BMR-prik", "Doetinchem", "Zutphen", "GGD", "RIVM", "LCI", "Sensire", "Woo",
    "Wet open overheid", "Wet publieke gezondheid", "genotype", "IgM", "IgG", "serologie", "thuisquarantaine",
    "De Vlonder", "Johanna Westerdijk", "sporthal De Pluimen", "De Linde", "gemeente", "college", "gemeenteraad",
    "GGD NOG", "SKBG", "inentingsochtend", "vaccinatiegraad", "situatierapport", "persbericht", "zienswijze",
    "deels openbaar", "openbaar", "inventarislijst", "5.1.2e", "5.1.1d", "Kenmerk", "Onderwerp", "Datum",
    "Verzonden", "Met vriendelijke groet", "Hoogachtend", "namens deze", "kinderdagverblijf Het Ukkie",
    "Slingeland Ziekenhuis", "de Gelderlander", "Omroep Gelderland", "HPZone", "Praeventis", "immunoglobuline",
    "zorgcentrum", "basisschool", "leerkracht", "klasgenoot", "medewerker", "bewoner", "tolken",
]
_DATE = re.compile(r"\b\d{1,2} (?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) 2026\b"
                   r"|\b\d\d-\d\d-2026\b|\b\d\d:\d\d(?: uur)?\b")


def auto_keep_terms(text):
    out = list(AUTO_KEEP)
    for m in _DATE.finditer(text):
        if m.group(0) not in out:
            out.append(m.group(0))
    return out


def make_gold(d: Doc, path: Path):
    text, pages = text_pdfium(path)
    problems = []
    redact, keep = {}, {}
    for a, v, k, ch in d.items:
        if a == "R":
            if d.kind == "scan":
                ch = "ocr"
            key = (v, ch)
            if key not in redact:
                it = {"kind": k, "value": v, "probes": [{"text": v, "word": True, "after": 0}]}
                if ch == "ocr":
                    it["ground"] = "5.1.2e"
                    it["probes"][0]["ocr"] = True
                    it["channel"] = "ocr"
                elif ch:
                    it["channel"] = ch
                redact[key] = it
        else:
            if v not in keep:
                keep[v] = {"kind": k, "value": v, "probes": [{"text": v, "word": True, "after": 0}]}
    # simulated redaction of the page text
    red = text
    for (v, ch) in redact:
        red = probe_regex(v, True).sub(lambda m: "\u2588" * len(m.group(0)), red)
    kl = []
    for v, it in keep.items():
        pr = it["probes"][0]
        n = count_in(text, pr)
        if d.kind == "scan":
            continue
        if n == 0:
            problems.append(f"{d.stem}: keep {v!r} not in text")
            continue
        if count_in(red, pr) != n:
            problems.append(f"{d.stem}: keep {v!r} overlaps a redact value")
            continue
        pr["after"] = n
        kl.append(it)
    if d.kind != "scan":
        for v in auto_keep_terms(text):
            if v in keep:
                continue
            pr = {"text": v, "word": True, "after": 0}
            n = count_in(text, pr)
            if n and count_in(red, pr) == n:
                pr["after"] = n
                kl.append({"kind": "PUBLIC_AUTO", "value": v, "probes": [pr]})
    rl = list(redact.values())
    # verify redact probes in their channel
    hidden = {it.get("channel") for it in rl} - {None}
    chans = extract_channels(path, ocr="auto" if "ocr" in hidden else "off")["channels"] if hidden else {}
    for it in rl:
        pr = it["probes"][0]
        ch = it.get("channel")
        if ch is None:
            ok = count_in(text, pr) > 0
        else:
            ok = channel_counts(chans, pr).get(ch, 0) > 0
            if ch != "ocr" and count_in(text, pr):
                problems.append(f"{d.stem}: hidden {pr['text']!r} also in text")
        if not ok:
            problems.append(f"{d.stem}: redact {pr['text']!r} not found in {ch or 'pdfium'}")
    for it in rl:
        it.pop("ground", None)
    return {"doc": path.name, "pages": pages, "redact": rl, "keep": kl}, problems
