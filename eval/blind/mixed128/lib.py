"""Engine for set mixed128 (provincial enforcement at a private animal park).

Document text is written with inline marks:
  [[text|K]]  redact (K: P person, E e-mail, T phone, B BSN, I IBAN, D date of birth, A home address,
              C initials/paraph, H health, N other identifier such as a boa number or licence plate)
  {{text|k}}  keep   (k: o organisation, l place/street, w law, f public office holder, r reference,
              a animal or object named like a person, m functional mailbox, g general number, j job, t term)
Marks are stripped before layout; gold is derived from them and counted with the evaluator's functions.
"""
from __future__ import annotations

import io
import re
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, norm, probe_regex, text_pdfium, extract_channels, channel_counts  # noqa

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
PY = "/work/main/.venv/bin/python"

RK = {"P": "PERSON", "E": "EMAIL", "T": "PHONE", "B": "BSN", "I": "IBAN", "D": "DATE_OF_BIRTH",
      "A": "ADDRESS", "C": "INITIALS", "H": "HEALTH", "N": "ID"}
KK = {"o": "ORG", "l": "LOCATION", "w": "LAW", "f": "PUBLIC_OFFICIAL", "r": "REFERENCE", "a": "NAME_LIKE",
      "m": "FUNCTIONAL_EMAIL", "g": "GENERAL_PHONE", "j": "JOB_TITLE", "t": "TERM"}
MARK = re.compile(r"\[\[(.+?)\|([A-Z])\]\]|\{\{(.+?)\|([a-z])\}\}")
PARTICLES = {"van", "de", "der", "den", "ter", "ten", "te", "'t", "het", "la", "le", "du", "da", "el", "in"}
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


def parse(s: str, marks: list) -> str:
    def rep(m):
        if m.group(1) is not None:
            marks.append(("R", m.group(2), m.group(1)))
            return m.group(1)
        marks.append(("K", m.group(4), m.group(3)))
        return m.group(3)
    return MARK.sub(rep, s)


class Doc:
    def __init__(self, stem, lines, producer="Microsoft® Word for Microsoft 365", creator="Microsoft® Word",
                 engine="rl", font="Helvetica", size=10, author=None, xmp_creator=None, outline=(),
                 notes=(), form=(), title=None, stamp=None, rotate=0.6, hand=(), hidden=()):
        self.stem, self.raw, self.producer, self.creator = stem, lines, producer, creator
        self.engine, self.font, self.size = engine, font, size
        self.author, self.xmp_creator, self.outline, self.notes, self.form = author, xmp_creator, outline, notes, form
        self.title, self.stamp, self.rotate, self.hand = title, stamp, rotate, hand
        self.marks = []
        self.lines = [parse(l, self.marks) for l in lines]
        self.hidden = list(hidden)  # (channel, kind, value)

    # ---------------------------------------------------------------- build
    def build(self) -> Path:
        DOCS_DIR.mkdir(exist_ok=True)
        out = DOCS_DIR / f"{self.stem}.pdf"
        if self.engine == "docx":
            self._docx(out)
        elif self.engine == "scan":
            self._scan(out)
        else:
            self._rl(out)
        self._post(out)
        return out

    def _fonts(self, c):
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        if self.font == "DejaVu":
            for n, f in (("DejaVu", "DejaVuSans.ttf"), ("DejaVu-Bold", "DejaVuSans-Bold.ttf")):
                try:
                    pdfmetrics.getFont(n)
                except KeyError:
                    pdfmetrics.registerFont(TTFont(n, FONT_DIR + f))
            return "DejaVu", "DejaVu-Bold"
        if self.font == "Times":
            return "Times-Roman", "Times-Bold"
        return "Helvetica", "Helvetica-Bold"

    def _rl(self, out):
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.utils import simpleSplit
        from reportlab.pdfgen import canvas
        c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
        reg, bold = self._fonts(c)
        W, H = A4
        L, R, T, B = 62, W - 62, H - 60, 60
        y = T
        page = 1
        outl = dict(self.outline)
        sz = self.size

        def newpage():
            nonlocal y, page
            c.showPage()
            page += 1
            y = T
        for i, line in enumerate(self.lines):
            if line == "<PAGE>":
                newpage()
                continue
            if page in outl and not getattr(self, f"_ol{page}", False):
                setattr(self, f"_ol{page}", True)
                for n_, t in enumerate(outl[page]):
                    key = f"p{page}_{n_}"
                    c.bookmarkPage(key)
                    c.addOutlineEntry(t, key, level=0)
            if line.startswith("# "):
                txt, f, s, gap = line[2:], bold, sz + 3, 6
            elif line.startswith("## "):
                txt, f, s, gap = line[3:], bold, sz + 1, 3
            elif line.startswith("|"):
                cells = [x.strip() for x in line.strip("|").split("|")]
                s = sz - 1
                cw = (R - L) / len(cells)
                wrapped = [simpleSplit(x, reg, s, cw - 6) or [""] for x in cells]
                nl = max(len(w) for w in wrapped)
                if y - nl * (s + 2) < B:
                    newpage()
                for j, w in enumerate(wrapped):
                    for k, t in enumerate(w):
                        c.setFont(reg, s)
                        c.drawString(L + j * cw, y - k * (s + 2), t)
                c.setLineWidth(0.3)
                c.line(L, y - (nl - 1) * (s + 2) - 3, R, y - (nl - 1) * (s + 2) - 3)
                y -= nl * (s + 2) + 3
                continue
            elif line == "":
                y -= sz * 0.8
                continue
            else:
                txt, f, s, gap = line, reg, sz, 1
            for t in simpleSplit(txt, f, s, R - L) or [""]:
                if y < B:
                    newpage()
                c.setFont(f, s)
                c.drawString(L, y, t)
                y -= s + 3
            y -= gap
        if self.form:
            form = c.acroForm
            fy = y - 10
            for name, label, value in self.form:
                if fy < B + 20:
                    newpage()
                    fy = T
                c.setFont(reg, sz)
                c.drawString(L, fy + 4, label)
                form.textfield(name=name, tooltip=label, value=value, x=L + 190, y=fy, width=270, height=16,
                               fontSize=9, borderWidth=0.5)
                fy -= 24
        c.showPage()
        c.save()

    def _docx(self, out):
        import docx
        from docx.shared import Pt
        d = docx.Document()
        st = d.styles["Normal"]
        st.font.name = "Liberation Sans"
        st.font.size = Pt(10)
        table = None
        for line in self.lines:
            if line.startswith("|"):
                cells = [x.strip() for x in line.strip("|").split("|")]
                if table is None or len(table.columns) != len(cells):
                    table = d.add_table(rows=0, cols=len(cells))
                    table.style = "Table Grid"
                row = table.add_row().cells
                for j, x in enumerate(cells):
                    row[j].text = x
                continue
            table = None
            if line == "<PAGE>":
                d.add_page_break()
            elif line.startswith("# "):
                d.add_heading(line[2:], level=1)
            elif line.startswith("## "):
                d.add_heading(line[3:], level=2)
            else:
                d.add_paragraph(line)
        cp = d.core_properties
        cp.author = self.author or ""
        cp.last_modified_by = ""
        cp.title = self.title or ""
        with tempfile.TemporaryDirectory() as td:
            p = Path(td) / f"{self.stem}.docx"
            d.save(p)
            subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{td}/lo", "--convert-to",
                            "pdf", "--outdir", td, str(p)], capture_output=True, timeout=180)
            (Path(td) / f"{self.stem}.pdf").replace(out)

    def _scan(self, out):
        from PIL import Image, ImageDraw, ImageFont
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.utils import ImageReader
        from reportlab.pdfgen import canvas
        W, H = 1654, 2339
        img = Image.new("L", (W, H), 250)
        dr = ImageDraw.Draw(img)
        f = ImageFont.truetype(FONT_DIR + "DejaVuSans.ttf", 31)
        fb = ImageFont.truetype(FONT_DIR + "DejaVuSans-Bold.ttf", 36)
        fh = ImageFont.truetype(FONT_DIR + "DejaVuSerif-Italic.ttf", 40)
        y = 190
        for line in self.lines:
            if line.startswith("# "):
                dr.text((150, y), line[2:], font=fb, fill=20)
                y += 60
            elif line.startswith("~ "):  # handwriting imitation
                dr.text((190, y), line[2:], font=fh, fill=40)
                y += 62
            elif line == "":
                y += 26
            else:
                import textwrap
                for t in textwrap.wrap(line, 78) or [""]:
                    dr.text((150, y), t, font=f, fill=25)
                    y += 44
        img = img.rotate(self.rotate, resample=Image.BICUBIC, fillcolor=250)
        buf = io.BytesIO()
        img.convert("RGB").save(buf, "JPEG", quality=78)
        buf.seek(0)
        c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
        c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
        if self.stamp:
            c.setFont("Helvetica", 7)
            c.drawString(40, 20, parse(self.stamp, self.marks))
        c.showPage()
        c.save()

    def _post(self, out):
        import pikepdf
        with pikepdf.open(out, allow_overwriting_input=True) as pdf:
            for k in list(pdf.docinfo.keys()):
                del pdf.docinfo[k]
            pdf.docinfo["/Producer"] = self.producer
            pdf.docinfo["/Creator"] = self.creator
            if self.title:
                pdf.docinfo["/Title"] = self.title
            if self.author:
                pdf.docinfo["/Author"] = self.author
            with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as md:
                md["pdf:Producer"] = self.producer
                if self.xmp_creator:
                    md["dc:creator"] = [self.xmp_creator]
            for (pg, x, y, author, contents) in self.notes:
                a = pdf.make_indirect(pikepdf.Dictionary(
                    Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                    Rect=pikepdf.Array([x, y, x + 20, y + 20]), T=pikepdf.String(author),
                    Contents=pikepdf.String(contents), Open=False, Name=pikepdf.Name.Comment))
                p = pdf.pages[pg - 1]
                if "/Annots" not in p.obj:
                    p.obj.Annots = pikepdf.Array()
                p.obj.Annots.append(a)
            pdf.save(out, deterministic_id=True)


TITLES = {"drs.", "mr.", "ing.", "dr.", "ir.", "prof."}


GIVEN = set("""Maartje Lotte Ruud Sevda Jorrit Harm Dennis Ingrid Gerrit-Jan Mirjam Koos Hanneke Wendelien Bert
Nadia Wim Fatima Leyla Anouk Pieter-Bas Dirk-Jan Rianne Erwin Kim Bart Reinier Gijs Priya Carolien Joost Annelies
Mehmet Ruben Ömer Lieke Sjoerd Roos""".split())


def _probes_for(kind, value):
    """The value itself; for a person also the surname part and a given name of 4+ letters."""
    pr = [value]
    if kind != "P" or "," in value or "&" in value or "(" in value:
        return pr
    core = [t for t in value.split() if t.lower() not in TITLES and not (t.endswith(".") and len(t) <= 6)]
    if not core:
        return pr
    if core[0] in GIVEN and len(core) > 1:
        if len(core[0]) >= 4:
            pr.append(core[0])
        rest = " ".join(core[1:])
    else:
        rest = " ".join(core)
    if rest != value and len(rest) > 3:
        pr.append(rest)
    return pr


AUTO_KEEP = [("o", "Gedeputeerde Staten"), ("o", "Provincie Gelderland"), ("o", "provincie Gelderland"),
             ("t", "serval"), ("t", "servals"), ("t", "lynx"), ("t", "bruine beer"), ("t", "omheining"),
             ("t", "schrikdraad"), ("t", "last onder dwangsom"), ("t", "dierentuinvergunning"),
             ("t", "ontheffing"), ("j", "boa"), ("j", "boa's"), ("o", "Toezicht en Handhaving Groen"),
             ("l", "Postbus 9090"), ("l", "6800 GX"), ("t", "14 januari 2026"), ("t", "9 oktober 2025"),
             ("t", "€ 2.500"), ("t", "€ 25.000"), ("t", "Statenvragen"), ("j", "dierenarts"),
             ("j", "teamleider"), ("j", "juridisch adviseur"), ("j", "dierverzorger"), ("j", "verzorger"),
             ("o", "Wolvenhorst"), ("l", "Ermelo"), ("l", "Arnhem"), ("o", "NVWA"), ("o", "RVO"),
             ("l", "Putten"), ("l", "Drieërweg"), ("t", "verblijf"), ("t", "roofdierenverblijf"),
             ("t", "proces-verbaal"), ("t", "zienswijze"), ("t", "hercontrole"), ("t", "gemeente Ermelo"),
             ("j", "gedeputeerde"), ("j", "burgemeester"), ("t", "Wet natuurbescherming"), ("o", "politie"),
             ("t", "bewonersavond"), ("t", "omwonenden"), ("t", "28 januari 2026"), ("t", "12 februari 2026"),
             ("t", "Woo-verzoek"), ("j", "toezichthouders"), ("t", "inspectie"), ("t", "emoe"),
             ("t", "wolfhonden"), ("t", "verdovingspijl"), ("o", "Dierenkliniek Noord-Veluwe"),
             ("t", "Bezwaar"), ("t", "bezwaar"), ("t", "deels openbaar"), ("t", "openbaar"), ("t", "5.1.2e"),
             ("t", "Hoogachtend"), ("t", "namens dezen"), ("t", "Met vriendelijke groet"), ("o", "PvdD"),
             ("o", "BBB"), ("t", "Woo"), ("j", "afdelingshoofd"), ("j", "Woo-coördinator")]


def make_gold(d: Doc, path: Path, hidden=()):
    text, pages = text_pdfium(path)
    problems = []
    red, keep = {}, {}
    for rk, k, v in d.marks:
        if rk == "R":
            red.setdefault((k, v), None)
        else:
            keep.setdefault((k, v), None)
    ritems = []
    allp = []
    ocr = d.engine == "scan"
    chans = None
    if ocr or hidden:
        chans = extract_channels(path, ocr="auto" if ocr else "off")["channels"]
    seen = set()
    for (k, v) in red:
        probes = []
        for t in _probes_for(k, v):
            if t in seen:
                continue
            p = {"text": t, "word": True, "after": 0}
            if ocr:
                p["ocr"] = True
                if channel_counts(chans, p).get("ocr", 0) == 0:
                    problems.append(f"{d.stem}: OCR misses {t!r} (dropped)")
                    continue
            seen.add(t)
            probes.append(p)
        if probes:
            it = {"kind": RK[k], "value": v, "probes": probes}
            if ocr:
                it["channel"] = "ocr"
            ritems.append(it)
            allp += probes
    for (ch, k, v) in hidden:
        p = {"text": v, "word": True, "after": 0}
        ritems.append({"kind": RK[k], "value": v, "channel": ch, "probes": [p]})
        if channel_counts(chans, p).get(ch, 0) == 0:
            problems.append(f"{d.stem}: hidden {v!r} not in {ch}")
        if count_in(text, p):
            problems.append(f"{d.stem}: hidden {v!r} also in page text")
    for p in allp:
        if not ocr and count_in(text, p) == 0:
            problems.append(f"{d.stem}: redact {p['text']!r} not in text")
    # simulated redaction for overlap check
    sim = text
    for it in ritems:
        for p in it["probes"]:
            sim = probe_regex(p["text"], True).sub("#", sim)
    kitems = []
    for (k, v) in keep:
        p = {"text": v, "word": True}
        n = count_in(text, p)
        p["after"] = n
        if n == 0:
            problems.append(f"{d.stem}: keep {v!r} not in text")
            continue
        if count_in(sim, p) != n:
            problems.append(f"{d.stem}: keep {v!r} overlaps a redact value")
        kitems.append({"kind": KK[k], "value": v, "probes": [p]})
    have = {v for (k, v) in keep}
    for k, v in AUTO_KEEP:
        if v in have:
            continue
        p = {"text": v, "word": True}
        n = count_in(text, p)
        if n and count_in(sim, p) == n:
            p["after"] = n
            kitems.append({"kind": KK[k], "value": v, "probes": [p]})
    return {"doc": path.name, "pages": pages, "redact": ritems, "keep": kitems}, problems
