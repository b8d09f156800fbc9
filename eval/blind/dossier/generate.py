#!/usr/bin/env python3
"""Blind evaluation set 'dossier': 40 invented Woo-dossier documents with gold files.

Written blind, without reading the woo_redact detector or its earlier test and evaluation sets.
All personal data is invented; real names appear only for public office holders acting in
their public role. Licence: MIT.

    python generate.py            # writes docs/*.pdf and gold/*.json next to this file

Producers: reportlab (Helvetica, Times-Roman, embedded DejaVuSans / LiberationSerif),
LibreOffice headless (from .docx written with python-docx) and Chromium headless
(print-to-PDF from HTML). Gold counts use the evaluator's own `norm` and `probe_regex`
on the pypdfium2 text of each original (the evaluator lives in /work/shared/eval or in
$WOO_EVALUATOR_DIR).

Markup in the document texts: [[...]] is a span that must be redacted; everything else is
public text. Every span is registered with an entity (person, e-mail, phone, ...) whose
probes go into the gold file; keep probes are registered where the text is written.
"""
from __future__ import annotations

import html
import importlib.util
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20261201
RNG = random.Random(SEED)

_EVAL = Path(os.environ.get("WOO_EVALUATOR_DIR", "/work/shared/eval")) / "evaluate.py"
_spec = importlib.util.spec_from_file_location("woo_evaluate", _EVAL)
EV = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(EV)
norm, probe_regex = EV.norm, EV.probe_regex

SPAN = re.compile(r"\[\[(.*?)\]\]", re.S)


def count(text: str, probe: str, word: bool = True) -> int:
    return len(probe_regex(probe, word).findall(text))


# --------------------------------------------------------------------------------------------
# invented people and numbers
# --------------------------------------------------------------------------------------------
def ascii_fold(s: str) -> str:
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


class Person:
    """An invented person. `core` is the surname part that identifies them (probe, word-bounded)."""

    def __init__(self, first, last, particle="", g="v", dom="minbzk.nl", initials=None,
                 email=None, core=None, paraph=None, func=None):
        self.first, self.last, self.particle, self.g = first, last, particle, g
        self.initials = initials or (first[0] + ".")
        self.core = core or last
        part = (particle + " ") if particle else ""
        self.full = f"{first} {part}{last}"
        self.sur = (part[:1].upper() + part[1:] + last) if particle else last  # 'Van der Heijden'
        self.sur_l = part + last  # 'van der Heijden'
        self.init = f"{self.initials} {part}{last}"
        self.outlook = f"{last}, {first}" + (f" {particle}" if particle else "")
        self.upper = self.init.upper()
        self.heer = "mevrouw" if g == "v" else "de heer"
        self.Heer = "Mevrouw" if g == "v" else "De heer"
        self.geachte = "Geachte mevrouw" if g == "v" else "Geachte heer"
        self.func = func
        if email is None:
            loc = ascii_fold(first).lower().replace(" ", "") + "." + \
                ascii_fold(particle + last).lower().replace(" ", "").replace("'", "")
            email = f"{loc}@{dom}"
        self.email = email
        if paraph is None:
            paraph = first[0] + "".join(w[0] for w in particle.replace("'", "").split()).lower() + \
                ascii_fold(last)[0]
        self.paraph = paraph


def mobile(style: int) -> str:
    d = [RNG.randint(0, 9) for _ in range(8)]
    d[0] = RNG.randint(1, 9)
    s = "".join(map(str, d))
    return [
        f"06-{s}",
        f"06 {s[:4]} {s[4:]}",
        f"+31 6 {s[:4]} {s[4:]}",
        f"+31 (0)6 {s[:2]} {s[2:4]} {s[4:6]} {s[6:]}",
        f"0031 6 {s}",
        f"06 {s[:2]} {s[2:4]} {s[4:6]} {s[6:]}",
        f"06{s}",
    ][style % 7]


def landline(style: int, area: str = "070") -> str:
    d = "".join(str(RNG.randint(0, 9)) for _ in range(7))
    d = str(RNG.randint(2, 8)) + d[1:]
    if area in ("070", "010", "030", "020"):
        return [
            f"{area} - {d[:3]} {d[3:5]} {d[5:]}",
            f"({area}) {d}",
            f"{area}-{d}",
            f"{area} {d[:3]} {d[3:]}",
            f"+31 {area[1:]} {d[:3]} {d[3:5]} {d[5:]}",
        ][style % 5]
    if len(area) == 3:  # three-digit area code: seven-digit subscriber number
        return [f"{area} - {d[:3]} {d[3:5]} {d[5:]}", f"({area}) {d}", f"{area}-{d}"][style % 3]
    d = d[:6]
    return [f"{area} - {d[:2]} {d[2:4]} {d[4:]}", f"({area}) {d}", f"{area}-{d}"][style % 3]


def bsn(dotted: bool = False) -> str:
    while True:
        d = [RNG.randint(0, 9) for _ in range(8)]
        if d[0] == 0:
            continue
        s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        last = s % 11
        if last <= 9:
            n = "".join(map(str, d)) + str(last)
            return f"{n[:4]}.{n[4:6]}.{n[6:]}" if dotted else n


def iban(bank: str) -> str:
    acct = "".join(str(RNG.randint(0, 9)) for _ in range(10))
    conv = "".join(str(ord(c) - 55) if c.isalpha() else c for c in bank + acct + "NL00")
    chk = 98 - int(conv) % 97
    s = f"NL{chk:02d}{bank}{acct}"
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


# --------------------------------------------------------------------------------------------
# document model
# --------------------------------------------------------------------------------------------
class Doc:
    def __init__(self, name, producer, font, title, author="", kind=""):
        self.name, self.producer, self.font, self.title, self.author = name, producer, font, title, author
        self.kind = kind
        self.blocks: list = []
        self.red: dict = {}   # value -> entity
        self.keep: dict = {}  # (kind, value) -> entity

    # ---- entity registration (returns the text to put in the document)
    def _red(self, kind, value, probe, word=True):
        e = self.red.setdefault((kind, value), {"kind": kind, "value": value, "probes": []})
        if all(p["text"] != probe for p in e["probes"]):
            e["probes"].append({"text": probe, "word": word})

    def P(self, person: Person, form: str = "full") -> str:
        brk = form.endswith("_br")
        if brk:  # the same form, broken over two lines (after the first word, or after a hyphen)
            form = form[:-3]
        text = getattr(person, form)
        if brk:
            shown = text.replace("-", "-\n", 1) if "-" in text else text.replace(" ", "\n", 1)
            self.P(person, form)
            return f"[[{shown}]]"
        self._red("PERSON", person.full, person.core)
        if form in ("full", "outlook", "init", "upper", "first") and norm(text) != person.core:
            self._red("PERSON", person.full, norm(text))
        return f"[[{text}]]"

    def R(self, kind: str, value: str, probe: str | None = None) -> str:
        self._red(kind, value, probe or value)
        return f"[[{value}]]"

    def E(self, person: Person) -> str:
        return self.R("EMAIL", person.email)

    def K(self, kind: str, value: str, probe: str | None = None) -> str:
        e = self.keep.setdefault((kind, value), {"kind": kind, "value": value, "probes": []})
        pr = probe or value
        if all(p["text"] != pr for p in e["probes"]):
            e["probes"].append({"text": pr, "word": True})
        return value

    # ---- blocks
    def title_(self, t): self.blocks.append(("title", t))
    def h(self, t): self.blocks.append(("h", t))
    def p(self, t): self.blocks.append(("p", t))
    def kv(self, rows): self.blocks.append(("kv", rows))
    def table(self, hdr, rows, widths=None): self.blocks.append(("table", hdr, rows, widths))
    def lines(self, ls): self.blocks.append(("lines", ls))
    def pb(self): self.blocks.append(("pb",))

    # ---- plain text views
    def plain(self) -> str:
        out = []
        for b in self.blocks:
            if b[0] in ("title", "h", "p"):
                out.append(b[1])
            elif b[0] == "kv":
                out.extend(f"{k} {v}" for k, v in b[1])
            elif b[0] == "table":
                out.append(" ".join(b[1]))
                out.extend(" ".join(r) for r in b[2])
            elif b[0] == "lines":
                out.extend(b[1])
        return "\n".join(out)


def strip_marks(s: str) -> str:
    return SPAN.sub(lambda m: m.group(1), s)


def blank_marks(s: str) -> str:
    return SPAN.sub(" \u25a0 ", s)


# --------------------------------------------------------------------------------------------
# renderers
# --------------------------------------------------------------------------------------------
FONTS = {
    "Helvetica": ("Helvetica", "Helvetica-Bold"),
    "Times": ("Times-Roman", "Times-Bold"),
    "DejaVu": ("DejaVuSans", "DejaVuSans-Bold"),
    "LiberationSerif": ("LiberationSerif", "LiberationSerif-Bold"),
}
TTF = {
    "DejaVuSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DejaVuSans-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "LiberationSerif": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
    "LiberationSerif-Bold": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf",
}


def render_reportlab(doc: Doc, out: Path):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                    TableStyle)

    reg, bold = FONTS[doc.font]
    for f in (reg, bold):
        if f in TTF and f not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(f, TTF[f]))

    def esc(s):
        return html.escape(strip_marks(s), quote=False).replace("\n", "<br/>")

    body = ParagraphStyle("b", fontName=reg, fontSize=10, leading=13.5, spaceAfter=5)
    cell = ParagraphStyle("c", fontName=reg, fontSize=9, leading=11.5)
    cellb = ParagraphStyle("cb", parent=cell, fontName=bold)
    head = ParagraphStyle("h", fontName=bold, fontSize=11, leading=14, spaceBefore=8, spaceAfter=4)
    ttl = ParagraphStyle("t", fontName=bold, fontSize=15, leading=19, spaceAfter=10)
    story = []
    width = A4[0] - 50 * mm
    for b in doc.blocks:
        t = b[0]
        if t == "title":
            story.append(Paragraph(esc(b[1]), ttl))
        elif t == "h":
            story.append(Paragraph(esc(b[1]), head))
        elif t == "p":
            story.append(Paragraph(esc(b[1]), body))
        elif t == "lines":
            for ln in b[1]:
                story.append(Paragraph(esc(ln) or "&nbsp;", ParagraphStyle("l", parent=body, spaceAfter=1)))
            story.append(Spacer(1, 4))
        elif t == "kv":
            data = [[Paragraph(esc(k), cellb), Paragraph(esc(v), cell)] for k, v in b[1]]
            tb = Table(data, colWidths=[32 * mm, width - 32 * mm], hAlign="LEFT")
            tb.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                                    ("TOPPADDING", (0, 0), (-1, -1), 1)]))
            story.append(tb)
            story.append(Spacer(1, 8))
        elif t == "table":
            hdr, rows, widths = b[1], b[2], b[3]
            data = [[Paragraph(esc(c), cellb) for c in hdr]] + [[Paragraph(esc(c), cell) for c in r] for r in rows]
            cw = [width * w for w in widths] if widths else None
            tb = Table(data, colWidths=cw, hAlign="LEFT", repeatRows=1)
            tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6eef5")),
                                    ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(tb)
            story.append(Spacer(1, 8))
        elif t == "pb":
            story.append(PageBreak())
    sd = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm,
                           topMargin=22 * mm, bottomMargin=22 * mm, title=doc.title,
                           author=doc.author, creator="Microsoft Word", subject="")
    sd.build(story)


def write_docx(doc: Doc, out: Path):
    import docx
    from docx.enum.text import WD_BREAK
    from docx.shared import Cm, Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = doc.font
    st.font.size = Pt(10)
    d.core_properties.author = doc.author
    d.core_properties.last_modified_by = doc.author
    d.core_properties.title = doc.title

    def put(par, s, bold=False, size=None):
        parts = strip_marks(s).split("\n")
        for i, ptxt in enumerate(parts):
            r = par.add_run(ptxt)
            r.bold = bold
            if size:
                r.font.size = Pt(size)
            if i < len(parts) - 1:
                r.add_break(WD_BREAK.LINE)

    for b in doc.blocks:
        t = b[0]
        if t == "title":
            put(d.add_paragraph(), b[1], True, 15)
        elif t == "h":
            put(d.add_paragraph(), b[1], True, 11)
        elif t == "p":
            put(d.add_paragraph(), b[1])
        elif t == "lines":
            for ln in b[1]:
                par = d.add_paragraph()
                par.paragraph_format.space_after = Pt(0)
                put(par, ln)
            d.add_paragraph()
        elif t == "kv":
            tb = d.add_table(rows=0, cols=2)
            for k, v in b[1]:
                cells = tb.add_row().cells
                put(cells[0].paragraphs[0], k, True)
                put(cells[1].paragraphs[0], v)
            d.add_paragraph()
        elif t == "table":
            hdr, rows, widths = b[1], b[2], b[3]
            tb = d.add_table(rows=1, cols=len(hdr))
            tb.style = "Table Grid"
            tb.autofit = False
            for c, txt in zip(tb.rows[0].cells, hdr):
                put(c.paragraphs[0], txt, True)
            for r in rows:
                cells = tb.add_row().cells
                for c, txt in zip(cells, r):
                    put(c.paragraphs[0], txt)
            if widths:
                for col, w in zip(tb.columns, widths):
                    col.width = Cm(16.5 * w)
                for row in tb.rows:
                    for c, w in zip(row.cells, widths):
                        c.width = Cm(16.5 * w)
            d.add_paragraph()
        elif t == "pb":
            d.add_page_break()
    d.save(str(out))


def write_html(doc: Doc, out: Path):
    def esc(s):
        return html.escape(strip_marks(s)).replace("\n", "<br>")

    fam = {"Arial": "'Liberation Sans', Arial, sans-serif", "Serif": "'DejaVu Serif', serif",
           "Sans": "'DejaVu Sans', sans-serif"}[doc.font]
    h = [f"<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><title>{html.escape(doc.title)}</title>",
         "<style>@page{size:A4;margin:20mm 22mm}body{font-family:%s;font-size:10.5pt;line-height:1.35}"
         "h1{font-size:16pt}h2{font-size:11.5pt;margin:12px 0 4px}table{border-collapse:collapse;margin:6px 0 12px}"
         "table.g td,table.g th{border:1px solid #888;padding:3px 5px;vertical-align:top;text-align:left}"
         "table.kv td{padding:1px 10px 1px 0;vertical-align:top}table.kv td:first-child{font-weight:bold}"
         ".ln{margin:0}.blk{margin-bottom:10px}p{margin:4px 0 8px}</style></head><body>" % fam]
    for b in doc.blocks:
        t = b[0]
        if t == "title":
            h.append(f"<h1>{esc(b[1])}</h1>")
        elif t == "h":
            h.append(f"<h2>{esc(b[1])}</h2>")
        elif t == "p":
            h.append(f"<p>{esc(b[1])}</p>")
        elif t == "lines":
            h.append("<div class='blk'>" + "".join(f"<p class='ln'>{esc(x) or '&nbsp;'}</p>" for x in b[1]) + "</div>")
        elif t == "kv":
            h.append("<table class='kv'>" + "".join(f"<tr><td>{esc(k)}</td><td>{esc(v)}</td></tr>" for k, v in b[1])
                     + "</table>")
        elif t == "table":
            h.append("<table class='g'><tr>" + "".join(f"<th>{esc(c)}</th>" for c in b[1]) + "</tr>"
                     + "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in b[2])
                     + "</table>")
        elif t == "pb":
            h.append("<div style='page-break-after:always'></div>")
    h.append("</body></html>")
    out.write_text("".join(h), encoding="utf-8")


def render_all(docs: list, docs_dir: Path):
    tmp = Path(tempfile.mkdtemp(prefix="blind-e-"))
    try:
        lo = [d for d in docs if d.producer == "libreoffice"]
        for d in docs:
            if d.producer == "reportlab":
                render_reportlab(d, docs_dir / f"{d.name}.pdf")
            elif d.producer == "chromium":
                hp = tmp / f"{d.name}.html"
                write_html(d, hp)
                subprocess.run(["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu",
                                "--no-pdf-header-footer", f"--user-data-dir={tmp / 'chr'}",
                                f"--print-to-pdf={docs_dir / (d.name + '.pdf')}", hp.as_uri()],
                               capture_output=True, timeout=120, check=True)
        if lo:
            for d in lo:
                write_docx(d, tmp / f"{d.name}.docx")
            subprocess.run(["soffice", f"-env:UserInstallation={(tmp / 'lo').as_uri()}", "--headless",
                            "--convert-to", "pdf", "--outdir", str(docs_dir)]
                           + [str(tmp / f"{d.name}.docx") for d in lo],
                           capture_output=True, timeout=600, check=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# --------------------------------------------------------------------------------------------
# gold
# --------------------------------------------------------------------------------------------
def make_gold(doc: Doc, pdf: Path, problems: list) -> dict:
    text, pages = EV.text_pdfium(pdf)
    full = norm(strip_marks(doc.plain()))
    red_plain = norm(blank_marks(doc.plain()))
    gold = {"doc": pdf.name, "pages": pages, "kind": doc.kind, "producer": doc.producer, "redact": [], "keep": []}
    for e in doc.red.values():
        probes = []
        for pr in e["probes"]:
            c_pdf, c_full, c_red = (count(text, pr["text"], pr["word"]), count(full, pr["text"], pr["word"]),
                                    count(red_plain, pr["text"], pr["word"]))
            if c_pdf != c_full or c_pdf == 0 or c_red >= c_full:
                problems.append(f"{doc.name}: redact {pr['text']!r} pdf={c_pdf} src={c_full} public={c_red}")
                continue
            if c_red and (doc.name, pr["text"]) not in PUBLIC_TOO:
                problems.append(f"{doc.name}: redact {pr['text']!r} also occurs {c_red}x as public text")
            probes.append({"text": pr["text"], "word": pr["word"], "after": c_red})
        if probes:
            gold["redact"].append({"kind": e["kind"], "value": e["value"], "probes": probes})
    for e in doc.keep.values():
        probes = []
        for pr in e["probes"]:
            c_pdf, c_full, c_red = (count(text, pr["text"]), count(full, pr["text"]),
                                    count(red_plain, pr["text"]))
            if c_pdf != c_full or c_pdf == 0 or c_red != c_full:
                problems.append(f"{doc.name}: keep {pr['text']!r} pdf={c_pdf} src={c_full} outside-spans={c_red}")
                continue
            probes.append({"text": pr["text"], "word": True, "after": c_pdf})
        if probes:
            gold["keep"].append({"kind": e["kind"], "value": e["value"], "probes": probes})
    return gold


# --------------------------------------------------------------------------------------------
# public context: organisations and real office holders (in the role they held on the date used)
# --------------------------------------------------------------------------------------------
MIN = {
    "BZK": ("Ministerie van Binnenlandse Zaken en Koninkrijksrelaties", "minbzk.nl", "Turfmarkt 147", "Postbus 20011", "2500 EA"),
    "VRO": ("Ministerie van Volkshuisvesting en Ruimtelijke Ordening", "minvro.nl", "Turfmarkt 147", "Postbus 20011", "2500 EA"),
    "IenW": ("Ministerie van Infrastructuur en Waterstaat", "minienw.nl", "Rijnstraat 8", "Postbus 20901", "2500 EX"),
    "OCW": ("Ministerie van Onderwijs, Cultuur en Wetenschap", "minocw.nl", "Rijnstraat 50", "Postbus 16375", "2500 BJ"),
    "SZW": ("Ministerie van Sociale Zaken en Werkgelegenheid", "minszw.nl", "Parnassusplein 5", "Postbus 90801", "2509 LV"),
    "JenV": ("Ministerie van Justitie en Veiligheid", "minjenv.nl", "Turfmarkt 147", "Postbus 20301", "2500 EH"),
    "VWS": ("Ministerie van Volksgezondheid, Welzijn en Sport", "minvws.nl", "Parnassusplein 5", "Postbus 20350", "2500 EJ"),
    "Fin": ("Ministerie van Financiën", "minfin.nl", "Korte Voorhout 7", "Postbus 20201", "2500 EE"),
    "KGG": ("Ministerie van Klimaat en Groene Groei", "minkgg.nl", "Bezuidenhoutseweg 73", "Postbus 20401", "2500 EK"),
}


def P_(*a, **k):
    return Person(*a, **k)


def email_header(d: Doc, frm: Person, sent: str, to: list, cc: list, subject: str, outlook=True) -> list:
    def who(p):
        if isinstance(p, str):
            return p
        return f"{d.P(p, 'outlook')} <{d.E(p)}>" if outlook else f"{d.P(p)} <{d.E(p)}>"
    ls = [f"Van: {who(frm)}", f"Verzonden: {d.K('DATE', sent)}", "Aan: " + "; ".join(who(p) for p in to)]
    if cc:
        ls.append("CC: " + "; ".join(who(p) for p in cc))
    ls.append(f"Onderwerp: {subject}")
    return ls


def signature(d: Doc, p: Person, func: str, unit: str, org: str, direct: str | None, mob: str | None,
              visit: str | None = None) -> list:
    ls = ["Met vriendelijke groet,", "", d.P(p), d.K("TITLE", func), unit, d.K("ORG", org)]
    if visit:
        ls.append(visit)
    if direct:
        ls.append(f"T {d.R('PHONE', direct)}")
    if mob:
        ls.append(f"M {d.R('PHONE', mob)}")
    ls.append(d.E(p))
    return ls


def motivation(d: Doc, state: str):
    if state == "none":
        return
    d.h("Informatie die niet openbaar gemaakt kan worden")
    if state == "placeholder":
        d.p("[Toelichten welke informatie niet openbaar gemaakt kan worden en waarom.]")
    else:
        d.p("Motivering: in de openbaar gemaakte versie van deze nota zijn alle persoonsgegevens van "
            "ambtenaren geanonimiseerd (artikel 5.1, tweede lid, onder e, " + d.K("LAW", "Wet open overheid") + ").")


# --------------------------------------------------------------------------------------------
# the 40 documents
# --------------------------------------------------------------------------------------------
def beslisnota_header(d, m, aan, van, datum, kenmerk, onderwerp, kopie, contact, tel, extra=()):
    org, dom, adres, postbus, pc = MIN[m]
    d.lines([d.K("ORG", org), f"{d.K('ADDRESS_OFFICE', postbus)} {pc} Den Haag"])
    rows = [("Aan", aan), ("Van", van), ("Datum", d.K("DATE", datum)), ("Kenmerk", d.K("CASE", kenmerk)),
            ("Onderwerp", onderwerp), ("Kopie aan", kopie),
            ("Contactpersoon", f"{d.P(contact)}\nT {d.R('PHONE', tel)}\n{d.E(contact)}")]
    rows.extend(extra)
    d.kv(rows)


def doc01():
    d = Doc("d01_beslisnota_woo_achterstand", "reportlab", "Helvetica", "Beslisnota afhandeling Woo-verzoeken",
            author="Heijden, Sanne van der", kind="beslisnota")
    a = P_("Sanne", "Heijden", "van der", dom="minbzk.nl", func="beleidsmedewerker")
    c = P_("Mehmet", "Öztürk", g="m", dom="minbzk.nl", initials="M.", email="m.ozturk2@minbzk.nl")
    dr = P_("Anouk", "Jansen-de Wit", initials="A.C.", core="Jansen-de Wit", paraph="AJdW")
    ah = P_("Pieter", "Horst", "ter", g="m", initials="P.", paraph="PtH")
    y = P_("Emine", "Yilmaz", dom="rijksoverheid.nl")
    d.title_("Beslisnota")
    beslisnota_header(d, "BZK", d.K("TITLE", "minister van Binnenlandse Zaken en Koninkrijksrelaties"),
                      f"{d.P(a)}, {d.K('TITLE', 'beleidsmedewerker')} directie Informatiehuishouding",
                      "17 september 2024", "2024-0000512873", "Achterstand afhandeling Woo-verzoeken",
                      f"{d.K('TITLE', 'staatssecretaris Digitalisering en Koninkrijksrelaties')}; {d.K('TERM', 'DG')} Digitale Samenleving",
                      c, mobile(0))
    d.h("Aanleiding")
    d.p(f"Op 5 september 2024 heeft het lid {d.K('OFFICIAL', 'Kathmann (GroenLinks-PvdA)')} schriftelijke vragen gesteld over "
        f"de termijnoverschrijdingen bij Woo-verzoeken. Ook {d.K('OFFICIAL', 'Kamerlid Six Dijkstra')} (NSC) vroeg in het "
        f"commissiedebat om een {d.K('TERM', 'update')} over de achterstanden bij de departementen.")
    d.h("Geadviseerd besluit")
    d.p(f"Aan de minister wordt gevraagd in te stemmen met de bijgevoegde beantwoording en met het plan van aanpak "
        f"van het {d.K('ORG', 'Adviescollege Openbaarheid en Informatiehuishouding')} (ACOI) als uitgangspunt te nemen.")
    d.h("Kern")
    d.p(f"De achterstand bij het kerndepartement bedraagt 214 verzoeken. De {d.K('TERM', 'deadline')} uit de "
        f"{d.K('LAW', 'Wet open overheid')} (vier weken, met verdaging twee weken) wordt in 61 procent van de gevallen "
        f"overschreden. {d.K('OFFICIAL', 'Minister Uitermark')} heeft in het debat van 12 september toegezegd voor het "
        f"kerstreces een voortgangsbrief te sturen.")
    d.h("Toelichting")
    d.p(f"In het interdepartementale overleg van 10 september heeft {y.heer} {d.P(y, 'sur')} van het "
        f"{d.K('ORG', 'Shared Service Center ICT')} ({d.K('ORG', 'SSC-ICT')}) toegelicht dat de nieuwe reviewtool pas in "
        f"het eerste kwartaal van 2025 beschikbaar is. {d.P(y, 'sur')} gaf aan dat de {d.K('TERM', 'business case')} "
        f"nog door het {d.K('TERM', 'MT')} moet worden vastgesteld. De {d.K('TITLE', 'privacy officer')} adviseert de "
        f"lakfunctie eerst op een proefdossier te testen. Het advies is afgestemd met de directeur, {d.P(dr, 'full_br')}, "
        f"en met het {d.K('ORG', 'Nationaal Archief')}.")
    d.h("Krachtenveld")
    d.p(f"{d.K('OFFICIAL', 'Staatssecretaris Szabó')} is voorstander van een rijksbrede aanpak. De "
        f"{d.K('ORG', 'Vereniging van Nederlandse Gemeenten')} wil dat gemeenten worden betrokken.")
    d.h("Parafering")
    d.table(["Naam", "Functie", "Paraaf", "Datum"],
            [[d.P(ah, "init"), d.K("TITLE", "afdelingshoofd"), d.R("PARAPH", ah.paraph), "16-09-2024"],
             [d.P(dr, "init"), d.K("TITLE", "directeur Informatiehuishouding"), d.R("PARAPH", dr.paraph), "17-09-2024"]],
            [0.32, 0.38, 0.12, 0.18])
    motivation(d, "placeholder")
    return d


def doc02():
    d = Doc("d02_beslisnota_aardgasvrije_wijken", "libreoffice", "Liberation Sans",
            "Nota Programma Aardgasvrije Wijken", author="R. Ramdin", kind="beslisnota")
    a = P_("Rajesh", "Ramdin", g="m", dom="minvro.nl", initials="R.")
    c = P_("Tjitske", "Dijkstra", dom="minvro.nl", initials="T.A.")
    dr = P_("Hanneke", "Groot", "de", initials="H.", paraph="HdG")
    ext = P_("Kwame", "Mensah", g="m", dom="vng.nl")
    d.title_("Nota aan de minister")
    beslisnota_header(d, "VRO", d.K("TITLE", "minister van Volkshuisvesting en Ruimtelijke Ordening"),
                      f"{d.P(a, 'init')} ({d.K('TITLE', 'senior beleidsmedewerker')})",
                      "3 oktober 2024", "2024-0000603311", f"Voortgang {d.K('PROGRAM', 'Programma Aardgasvrije Wijken')}",
                      f"{d.K('TITLE', 'minister van Klimaat en Groene Groei')}",
                      c, landline(0))
    d.h("Aanleiding")
    d.p(f"{d.K('OFFICIAL', 'Minister Keijzer')} heeft de Tweede Kamer toegezegd jaarlijks te rapporteren over het "
        f"{d.K('PROGRAM', 'Programma Aardgasvrije Wijken')} (PAW). Deze nota bevat de concept-voortgangsrapportage.")
    d.h("Geadviseerd besluit")
    d.p(f"Aan de minister wordt gevraagd de voortgangsrapportage vast te stellen en gelijktijdig met "
        f"{d.K('OFFICIAL', 'minister Hermans')} van {d.K('ORG', 'Klimaat en Groene Groei')} aan de Kamer te sturen.")
    d.h("Toelichting")
    d.p(f"Van de 66 proeftuinen liggen er 41 op schema. In {d.K('PLACE', 'Zwolle')} en {d.K('PLACE', 'Groningen')} "
        f"lopen de proeftuinen vertraging op door de netcongestie. De {d.K('LAW', 'Omgevingswet')} biedt gemeenten "
        f"sinds 1 januari 2024 de mogelijkheid een wijk via het omgevingsplan van het gas te halen. {ext.heer} "
        f"{d.P(ext)} van de {d.K('ORG', 'VNG')} heeft namens de gemeenten gevraagd om meerjarige financiering; "
        f"{d.P(ext, 'sur')} wees daarbij op de uitvoeringskracht van kleine gemeenten.")
    d.p(f"De {d.K('TITLE', 'directeur Warmte en Ondergrond')}, {d.P(dr)}, heeft de rapportage besproken met de "
        f"{d.K('ORG', 'Rijksdienst voor Ondernemend Nederland')} ({d.K('ORG', 'RVO')}).")
    d.h("Bijlagen")
    d.p("1. Concept-voortgangsrapportage PAW 2024\n2. Overzicht proeftuinen per gemeente")
    d.h("Paraafblok")
    d.table(["Naam", "Functie", "Paraaf", "Datum"],
            [[d.P(a, "init"), "senior beleidsmedewerker", d.R("PARAPH", a.paraph), "02-10"],
             [d.P(dr, "init"), "directeur", d.R("PARAPH", dr.paraph), "03-10"]])
    motivation(d, "none")
    return d


def doc03():
    d = Doc("d03_beslisnota_rws_sluizen", "chromium", "Arial", "Beslisnota onderhoud sluizen", kind="beslisnota")
    a = P_("Wulan", "Pattinama", dom="rws.nl", initials="W.")
    c = P_("Bas", "Brink", g="m", dom="minienw.nl", initials="B.J.")
    x = P_("Giovanni", "Isenia", g="m", dom="minienw.nl", initials="G.", paraph="GI")
    d.title_("Beslisnota")
    beslisnota_header(d, "IenW", f"{d.K('TITLE', 'staatssecretaris van Infrastructuur en Waterstaat')} "
                                 f"({d.K('OFFICIAL', 'staatssecretaris Jansen')})",
                      f"{d.K('TERM', 'DG')} Water en Bodem, {d.P(a)}",
                      "21 november 2024", "IENW/BSK-2024/318844", "Uitstel groot onderhoud sluizen Noordzeekanaal",
                      f"{d.K('OFFICIAL', 'minister Madlener')}; {d.K('ORG', 'Rijkswaterstaat')}", c, mobile(2))
    d.h("Aanleiding")
    d.p(f"{d.K('ORG', 'Rijkswaterstaat')} meldt dat het groot onderhoud aan de sluizen bij {d.K('PLACE', 'IJmuiden')} "
        f"niet in 2025 kan starten. {d.K('OFFICIAL', 'Kamerlid Grinwis')} (ChristenUnie) heeft hier tijdens het "
        f"wetgevingsoverleg naar gevraagd.")
    d.h("Geadviseerd besluit")
    d.p("Akkoord gaan met het uitstel van twaalf maanden en de Kamer informeren via de "
        f"{d.K('TERM', 'Voortgangsrapportage MIRT')}.")
    d.h("Toelichting")
    d.p(f"Volgens de projectleider, {d.P(a, 'init')}, is de aanbesteding twee keer mislukt. {d.P(c, 'sur')} "
        f"(directie Bestuurskern) heeft de financiële dekking nagelopen binnen het {d.K('ORG', 'Mobiliteitsfonds')}. "
        f"De {d.K('TERM', 'business case')} laat zien dat uitstel goedkoper is dan noodreparaties. In de winter zijn "
        f"de stremmingen het kleinst.")
    d.h("Paraaf")
    d.table(["Naam", "Functie", "Paraaf"],
            [[d.P(x, "init"), d.K("TITLE", "plv. directeur-generaal"), d.R("PARAPH", x.paraph)],
             [d.P(c, "init"), "coördinator Bestuurskern", d.R("PARAPH", c.paraph)]])
    motivation(d, "filled")
    return d


def doc04():
    d = Doc("d04_beslisnota_ocw_lerarentekort", "reportlab", "Times", "Nota lerarentekort", author="minocw", kind="beslisnota")
    a = P_("Agnieszka", "Kowalczyk", dom="minocw.nl", initials="A.")
    c = P_("Thijs", "Vos", g="m", dom="minocw.nl", initials="T.", paraph="TV")
    dr = P_("Marloes", "Jacob", "'s", initials="M.E.", paraph="MsJ", core="'s Jacob")
    ext = P_("Kofi", "Boateng", g="m", dom="duo.nl")
    d.title_("Beslisnota voor de staatssecretaris")
    beslisnota_header(d, "OCW", d.K("TITLE", "staatssecretaris Funderend Onderwijs en Emancipatie"),
                      f"directie Leraren, {d.P(a)}", "8 oktober 2024", "OCW/50731942",
                      "Aanpak lerarentekort in de G5", f"{d.K('OFFICIAL', 'minister Bruins')}; {d.K('TERM', 'DG')} Funderend Onderwijs",
                      c, landline(1),
                      extra=[("Bijlagen", "2")])
    d.h("Aanleiding")
    d.p(f"{d.K('OFFICIAL', 'Staatssecretaris Paul')} spreekt op 15 oktober met de wethouders onderwijs van de G5, onder wie "
        f"{d.K('OFFICIAL', 'wethouder Moorman')} ({d.K('PLACE', 'Amsterdam')}). Deze nota bereidt dat gesprek voor.")
    d.h("Kern")
    d.p(f"Het tekort is het grootst in {d.K('PLACE', 'Amsterdam')}, {d.K('PLACE', 'Rotterdam')}, {d.K('PLACE', 'Den Haag')}, "
        f"{d.K('PLACE', 'Utrecht')} en {d.K('PLACE', 'Almere')}. Volgens cijfers van {d.K('ORG', 'DUO')} staan er ruim "
        f"9.700 fte open. {ext.heer} {d.P(ext)} ({d.K('ORG', 'DUO')}, {d.K('TITLE', 'data-analist')}) levert de cijfers per "
        f"schoolbestuur; {d.P(ext, 'sur')} waarschuwt dat de cijfers voor het speciaal onderwijs onvolledig zijn.")
    d.h("Toelichting")
    d.p(f"De regeling zij-instroom wordt verlengd. Het {d.K('TERM', 'MT')} van de directie Leraren heeft ingestemd met "
        f"een {d.K('TERM', 'pilot')} met de {d.K('ORG', 'PO-Raad')}. {d.P(c, 'sur')} heeft de juridische toets "
        f"gedaan; {d.P(a, 'sur')} coördineert de uitwerking.")
    d.h("Paraaf")
    d.table(["Naam", "Functie", "Paraaf", "Datum"],
            [[d.P(a, "init"), d.K("TITLE", "beleidsadviseur"), d.R("PARAPH", a.paraph), "7/10"],
             [d.P(c, "init"), d.K("TITLE", "jurist"), d.R("PARAPH", c.paraph), "7/10"],
             [d.P(dr, "init"), d.K("TITLE", "directeur Leraren"), d.R("PARAPH", dr.paraph), "8/10"]])
    motivation(d, "placeholder")
    return d


def doc05():
    d = Doc("d05_beslisnota_szw_uwv", "libreoffice", "Liberation Serif", "Beslisnota UWV", author="Hoekstra, S.",
            kind="beslisnota")
    a = P_("Sjoerd", "Hoekstra", g="m", dom="minszw.nl", initials="S.")
    c = P_("Dewi", "Soerjadi", dom="minszw.nl", initials="D.")
    dr = P_("Joris", "Kok", g="m", initials="J.W.", paraph="JK")
    u = P_("Fatima", "Bouzian", dom="uwv.nl")
    d.title_("Beslisnota")
    beslisnota_header(d, "SZW", d.K("TITLE", "minister van Sociale Zaken en Werkgelegenheid"),
                      f"{d.P(a, 'init')}, directie Uitvoeringsbeleid", "29 oktober 2024", "2024-0000219457",
                      "Herstel fouten WIA-uitkeringen", "SG, DG Werk", c, mobile(1))
    d.h("Aanleiding")
    d.p(f"{d.K('ORG', 'UWV')} heeft gemeld dat bij circa 8.000 WIA-uitkeringen fouten zijn gemaakt. "
        f"{d.K('OFFICIAL', 'Minister Van Hijum')} wil de Kamer voor het notaoverleg informeren; "
        f"{d.K('OFFICIAL', 'Kamerlid Dobbe (SP)')} heeft hierom gevraagd.")
    d.h("Geadviseerd besluit")
    d.p("Instemmen met de brief aan de Kamer en met het voorstel om hersteloperaties via het kabinet te laten lopen.")
    d.h("Toelichting")
    d.p(f"Namens {d.K('ORG', 'UWV')} heeft {u.heer} {d.P(u)} ({d.K('TITLE', 'manager uitvoering')}) de aantallen "
        f"toegelicht. {d.P(u, 'sur')} verwacht dat de herberekening medio 2025 klaar is. "
        f"{d.K('OFFICIAL', 'Staatssecretaris Nobel')} wordt geïnformeerd omdat ook de Participatiewet raakt. "
        f"De {d.K('ORG', 'Nationale ombudsman')} volgt het herstel.")
    d.p(f"De directeur Uitvoeringsbeleid, {d.P(dr)}, vraagt de minister ook {d.K('OFFICIAL', 'wethouder Groot Wassink')} "
        f"({d.K('PLACE', 'Amsterdam')}) te betrekken, omdat veel gedupeerden in de bijstand zitten.")
    d.h("Parafen")
    d.table(["Naam", "Paraaf", "Datum"],
            [[d.P(a, "init"), d.R("PARAPH", a.paraph), "28-10-2024"],
             [d.P(c, "init"), d.R("PARAPH", c.paraph), "28-10-2024"],
             [d.P(dr, "init"), d.R("PARAPH", dr.paraph), "29-10-2024"]])
    motivation(d, "filled")
    return d


def memo(d, m, to, frm, cc, datum, onderwerp):
    d.title_("MEMO")
    d.kv([("Aan", to), ("Van", frm), ("Cc", cc), ("Datum", d.K("DATE", datum)), ("Betreft", onderwerp)])


def doc06():
    d = Doc("d06_memo_jenv_cameratoezicht", "reportlab", "DejaVu", "Memo cameratoezicht", author="M. El Amrani", kind="memo")
    a = P_("Mohamed", "Amrani", "El", g="m", dom="minjenv.nl", initials="M.", core="El Amrani", paraph="MEA",
           email="m.el-amrani@minjenv.nl")
    b = P_("Lotte", "Smit", dom="minjenv.nl", initials="L.")
    c = P_("Ruud", "Winter", g="m", dom="politie.nl", initials="R.")
    memo(d, "JenV", f"{d.K('TERM', 'MT')} directie Veiligheid en Bestuur",
         f"{d.P(a)} en {d.P(b)}", f"{d.K('TITLE', 'woordvoerder')} van de minister",
         "4 december 2024", "Cameratoezicht bij evenementen")
    d.h("1. Doel")
    d.p(f"Dit memo geeft het {d.K('TERM', 'MT')} een overzicht van de stand van zaken rond cameratoezicht bij "
        f"evenementen, ter voorbereiding op het overleg van {d.K('OFFICIAL', 'minister Van Weel')} met "
        f"{d.K('OFFICIAL', 'burgemeester Halsema')} ({d.K('PLACE', 'Amsterdam')}) en "
        f"{d.K('OFFICIAL', 'burgemeester Van Zanen')} ({d.K('PLACE', 'Den Haag')}).")
    d.h("2. Stand van zaken")
    d.p(f"De {d.K('ORG', 'Autoriteit Persoonsgegevens')} heeft vragen over de bewaartermijn. De "
        f"{d.K('ORG', 'Politie')} heeft via {c.heer} {d.P(c)} laten weten dat mobiele camera's alleen met een "
        f"bevel worden ingezet. {d.P(c, 'sur')} stelt voor in januari een {d.K('TERM', 'update')} te geven. "
        f"Winter en voorjaar zijn rustige periodes voor evenementen, dus een proef kan dan starten.")
    d.h("3. Vervolg")
    d.p(f"{d.P(a, 'sur')} (beleid) en {d.P(b, 'sur')} (juridisch) werken een concept-AMvB uit onder de "
        f"{d.K('LAW', 'Gemeentewet')}. {d.K('OFFICIAL', 'Staatssecretaris Coenradie')} wordt via haar "
        f"{d.K('TERM', 'stafbureau')} betrokken. Vragen: {d.E(a)} of {d.R('PHONE', mobile(3))}.")
    d.p(f"Paraaf opsteller: {d.R('PARAPH', a.paraph)}")
    return d


def doc07():
    d = Doc("d07_memo_vws_wachtlijsten", "chromium", "Serif", "Memo wachtlijsten GGZ", kind="memo")
    a = P_("Shanti", "Jagessar", dom="minvws.nl", initials="S.")
    b = P_("Li Wei", "Chen", g="m", dom="minvws.nl", initials="L.W.", paraph="LWC")
    c = P_("Marieke", "Visser", dom="minvws.nl", initials="M.")
    memo(d, "VWS", f"{d.K('OFFICIAL', 'staatssecretaris Karremans')}", f"{d.P(a)}, directie Curatieve Zorg",
         f"{d.P(b, 'init')}; {d.P(c, 'init')}", "14 januari 2025", "Wachtlijsten GGZ voor jongeren")
    d.h("Achtergrond")
    d.p(f"{d.K('OFFICIAL', 'Minister Agema')} heeft de Kamer in december laten weten dat de wachttijden voor "
        f"jeugd-GGZ verder moeten dalen. {d.K('OFFICIAL', 'Kamerlid Dijk')} (SP) diende een motie in die door "
        f"een meerderheid werd gesteund.")
    d.h("Analyse")
    d.p(f"Volgens de {d.K('ORG', 'Nederlandse Zorgautoriteit')} (NZa) zijn de wachttijden het langst in "
        f"{d.K('PLACE', 'Zeeland')} en {d.K('PLACE', 'Flevoland')}. {d.P(b)} heeft de cijfers van het "
        f"{d.K('ORG', 'CBS')} naast die van de zorgkantoren gelegd. {d.P(b, 'sur')} constateert dat de "
        f"registratie per regio verschilt. {d.P(c, 'sur')} adviseert het {d.K('TERM', 'dashboard')} pas na "
        f"validatie te publiceren.")
    d.h("Voorstel")
    d.p(f"Een bestuurlijk overleg met {d.K('ORG', 'Zorgverzekeraars Nederland')} en {d.K('ORG', 'GGZ Nederland')} "
        f"in februari; de {d.K('TITLE', 'directeur Curatieve Zorg')} zit voor; de notitie is geschreven door {d.P(b, 'full_br')}. Contact: {d.P(a, 'init')}, "
        f"{d.R('PHONE', landline(2))}, {d.E(a)}.")
    return d


def doc08():
    d = Doc("d08_memo_fin_toeslagen", "libreoffice", "DejaVu Sans", "Memo hersteloperatie", author="Jan-Willem de Boer",
            kind="memo")
    a = P_("Jan-Willem", "Boer", "de", g="m", dom="minfin.nl", initials="J.W.", core="Boer")
    b = P_("Ruthmila", "Cijntje", dom="minfin.nl", initials="R.")
    c = P_("Tomasz", "Wiśniewski", g="m", dom="toeslagen.nl", initials="T.")
    memo(d, "Fin", "directeur Hersteloperatie", f"{d.P(a, 'init')} (Directie Herstel)",
         f"{d.P(b)}", "18 november 2024", "Signalen uit de hersteloperatie kinderopvangtoeslag")
    d.p(f"Naar aanleiding van het vertrek van staatssecretaris {d.K('OFFICIAL', 'Achahbar')} is de portefeuille "
        f"tijdelijk overgenomen door {d.K('OFFICIAL', 'minister Heinen')}. Hieronder de belangrijkste signalen.")
    d.lines([f"- {d.K('ORG', 'Dienst Toeslagen')} meldt 1.240 nieuwe aanvragen integrale beoordeling in oktober.",
             f"- De {d.K('ORG', 'Commissie Werkelijke Schade')} heeft een achterstand van ca. 3 maanden.",
             f"- Casus {d.R('BSN', bsn())}: ouder wacht sinds maart op de tweede fase; zie ook {d.R('BSN', bsn(dotted=True))} (ex-partner).",
             f"- {c.Heer} {d.P(c)} (teamleider {d.K('ORG', 'UHT')}) signaleert dat ouders in {d.K('PLACE', 'Rotterdam')}-Zuid "
             f"vaak geen post ontvangen; {d.P(c, 'sur')} stelt een outreachteam voor.",
             f"- {d.K('OFFICIAL', 'Kamerlid Omtzigt')} heeft aangekondigd schriftelijke vragen te stellen."])
    d.p(f"{d.P(b, 'sur')} maakt een overzicht voor de {d.K('TERM', 'stuurgroep')}. Vragen over dit memo: "
        f"{d.P(a)}, {d.R('PHONE', mobile(4))}.")
    return d


def doc09():
    d = Doc("d09_email_kamervragen", "reportlab", "Helvetica", "RE: Kamervragen Beckerman", author="Dijk-Brouwer, Els van",
            kind="email")
    a = P_("Els", "Dijk-Brouwer", "van", dom="minbzk.nl", core="Dijk-Brouwer", email="e.van.dijk-brouwer@minbzk.nl")
    b = P_("Nordin", "Haddou", "Ben", g="m", dom="minbzk.nl")
    c = P_("Femke", "Winter", dom="minbzk.nl")
    d.lines(email_header(d, a, "woensdag 16 oktober 2024 09:12", [b], [c, d.K("EMAIL_FUNCTIONAL", "kamervragen@minbzk.nl")],
                         "RE: Kamervragen Beckerman over de mijnbouwschade"))
    d.p(f"Hoi {d.P(b, 'first')},")
    d.p(f"Dank voor je concept. Ik heb de antwoorden op de vragen van {d.K('OFFICIAL', 'Kamerlid Beckerman')} (SP) "
        f"aangepast aan de laatste cijfers van het {d.K('ORG', 'Instituut Mijnbouwschade Groningen')} (IMG). "
        f"{d.K('OFFICIAL', 'Staatssecretaris Van Marum')} wil de antwoorden vrijdag aftekenen, dus de "
        f"{d.K('TERM', 'deadline')} voor de lijn is donderdag 12.00 uur.")
    d.p(f"{d.P(c, 'first')}, kun jij de passage over de {d.K('ORG', 'Nationaal Coördinator Groningen')} nog checken?")
    d.lines(signature(d, a, "senior beleidsmedewerker", "Directie Herstel Groningen", "Ministerie van BZK",
                      landline(3), mobile(5)))
    d.lines(["-----Oorspronkelijk bericht-----"] +
            email_header(d, b, "dinsdag 15 oktober 2024 17:45", [a], [], "Kamervragen Beckerman over de mijnbouwschade"))
    d.p(f"Hoi {d.P(a, 'first')}, hierbij het concept. Vraag 4 is nog open; ik heb het {d.K('ORG', 'IMG')} gevraagd. "
        f"Groet, {d.P(b, 'first')}")
    return d


def doc10():
    d = Doc("d10_email_uitnodiging_werkbezoek", "chromium", "Arial", "Werkbezoek minister Keijzer Zwolle", kind="email")
    a = P_("Ingrid", "Zwolle", "van", dom="zwolle.nl", initials="I.", core="Ingrid van Zwolle")
    b = P_("Marvin", "Doelwijt", g="m", dom="minvro.nl")
    d.lines(email_header(d, a, "maandag 2 december 2024 11:03", [b],
                         [d.K("EMAIL_FUNCTIONAL", "bestuurssecretariaat@zwolle.nl")], "Werkbezoek minister Keijzer aan Zwolle"))
    d.p(f"Beste {d.P(b, 'first')},")
    d.p(f"Zoals telefonisch besproken bevestig ik hierbij het werkbezoek van {d.K('OFFICIAL', 'minister Keijzer')} aan de "
        f"{d.K('ORG', 'gemeente Zwolle')} op donderdag 16 januari 2025. {d.K('OFFICIAL', 'Burgemeester Snijders')} en "
        f"{d.K('OFFICIAL', 'wethouder Van Willigen')} ontvangen de minister om 10.00 uur in het stadskantoor "
        f"({d.K('ADDRESS_OFFICE', 'Lübeckplein 2')}). Daarna bezoeken zij de nieuwbouwwijk Stadshagen.")
    d.p("Wil je de lijst van deelnemers van jullie kant voor 20 december doorgeven? Het parkeren kan in de "
        "garage onder het stadskantoor.")
    d.lines(signature(d, a, "bestuursadviseur", "Team Bestuursondersteuning", "Gemeente Zwolle",
                      landline(0, "038"), mobile(6)))
    d.p(f"Bezoekadres: {d.K('ADDRESS_OFFICE', 'Lübeckplein 2')}, 8017 JZ Zwolle | algemeen nummer "
        f"{d.K('PHONE_GENERAL', '14 038')}")
    return d


def doc11():
    d = Doc("d11_email_doorsturen_rapport", "libreoffice", "Liberation Sans", "FW: rapport ADR", author="Soerjadi",
            kind="email")
    a = P_("Hendrik", "Tanamal", g="m", dom="minfin.nl", initials="H.J.")
    b = P_("Mei-Ling", "Zhou", dom="minfin.nl", initials="M.")
    c = P_("Kees", "Bakker", g="m", dom="minfin.nl", initials="K.", paraph="KB")
    d.lines(email_header(d, a, "vrijdag 7 maart 2025 16:20", [b, c], [], "FW: Conceptrapport ADR begrotingsfondsen",
                         outlook=False))
    d.p(f"{d.P(b, 'first')}, {d.P(c, 'first')},")
    d.p(f"Ter info het conceptrapport van de {d.K('ORG', 'Auditdienst Rijk')}. Het gaat vooral over het "
        f"{d.K('ORG', 'Deltafonds')}. {d.K('ORG', 'Bakker Logistiek')}, de leverancier uit het rapport, is niet benaderd. "
        f"Kunnen jullie maandag reageren? {d.K('OFFICIAL', 'Minister Heinen')} krijgt het rapport op 14 maart.")
    d.lines([f"Groet, {d.P(a, 'first')}", "", d.P(a, "init"), d.K("TITLE", "controller"),
             f"Directie Financieel-Economische Zaken | {d.K('ORG', 'Ministerie van Financiën')}",
             f"{d.K('ADDRESS_OFFICE', 'Korte Voorhout 7')} | 2511 CW Den Haag",
             f"Mobiel: {d.R('PHONE', mobile(0))}"])
    d.p(f"Let op: deze e-mail is uitsluitend bestemd voor de geadresseerde. Bent u niet de geadresseerde, "
        f"meld dit dan aan {d.K('EMAIL_FUNCTIONAL', 'servicedesk@minfin.nl')}.")
    return d


def doc12():
    d = Doc("d12_thread_netcongestie", "reportlab", "LiberationSerif", "RE: RE: netcongestie bedrijventerreinen",
            author="Boateng-Owusu", kind="email-thread")
    a = P_("Abena", "Owusu-Ansah", dom="minkgg.nl", core="Owusu-Ansah", email="abena.owusuansah@minkgg.nl")
    b = P_("Wytse", "Bosma", g="m", dom="minkgg.nl")
    c = P_("Hanneke", "Groot", "de", dom="tennet.eu", initials="H.", email="hanneke.de.groot@tennet.eu")
    e = P_("Jun", "Wang", g="m", dom="minkgg.nl")
    d.lines(email_header(d, a, "donderdag 23 januari 2025 08:47", [b], [e], "RE: RE: netcongestie bedrijventerreinen"))
    d.p(f"Hi {d.P(b, 'first')},")
    d.p(f"Prima zo. Ik zet de tekst in de {d.K('TERM', 'Kamerbrief')} over het {d.K('PROGRAM', 'Landelijk Actieprogramma Netcongestie')}. "
        f"{d.K('OFFICIAL', 'Minister Hermans')} wil in het commissiedebat ook iets zeggen over de wachtrij in "
        f"{d.K('PLACE', 'Gelderland')}.")
    d.lines(signature(d, a, "coördinerend beleidsmedewerker", "Directie Elektriciteit",
                      "Ministerie van Klimaat en Groene Groei", None, mobile(2)))
    d.lines(["Van: " + f"{d.P(b, 'outlook')} <{d.E(b)}>", "Verzonden: woensdag 22 januari 2025 18:02",
             f"Aan: {d.P(a, 'outlook')} <{d.E(a)}>", "Onderwerp: RE: netcongestie bedrijventerreinen"])
    d.p(f"{d.P(a, 'first')}, {d.K('ORG', 'TenneT')} heeft de cijfers aangeleverd, zie hieronder. {c.Heer} "
        f"{d.P(c, 'sur')} van {d.K('ORG', 'TenneT')} belt je morgen nog. Let op: de cijfers voor "
        f"{d.K('PLACE', 'Noord-Brabant')} zijn voorlopig.")
    d.p(f"Groet, {d.P(b, 'first')}\n{d.K('TITLE', 'beleidsmedewerker')} | {d.R('PHONE', mobile(3))}")
    d.lines(["Van: " + f"{d.P(c, 'outlook')} <{d.E(c)}>", "Verzonden: woensdag 22 januari 2025 15:31",
             f"Aan: {d.P(b, 'outlook')} <{d.E(b)}>", "Onderwerp: netcongestie bedrijventerreinen"])
    d.p(f"Beste {d.P(b, 'sur')}, in de bijlage het overzicht van de wachtrij per provincie. Voor vragen ben ik "
        f"bereikbaar op {d.R('PHONE', landline(1, '026'))}.\nMet vriendelijke groet,\n{d.P(c, 'init')}\n"
        f"{d.K('TITLE', 'Manager Stakeholdermanagement')}, {d.K('ORG', 'TenneT')}")
    return d


def doc13():
    d = Doc("d13_thread_asiel_opvang", "chromium", "Sans", "RE: opvanglocatie", kind="email-thread")
    a = P_("Youssef", "Ouali", g="m", dom="minaenm.nl")
    b = P_("Saskia", "Ploeg", "van der", dom="coa.nl", initials="S.M.", email="s.m.vdploeg@coa.nl")
    c = P_("Glenn", "Rosaria", g="m", dom="minaenm.nl")
    d.lines(email_header(d, c, "maandag 9 december 2024 10:15", [a], [], "RE: opvanglocatie Zeist"))
    d.p(f"{d.P(a, 'first')},\nHet {d.K('ORG', 'COA')} bevestigt dat de locatie in {d.K('PLACE', 'Zeist')} tot 1 juli "
        f"open blijft. {d.K('OFFICIAL', 'Minister Faber')} wordt vandaag via de dagmail geïnformeerd. Ik heb "
        f"{d.P(b, 'sur')} gevraagd de afspraken met {d.K('OFFICIAL', 'burgemeester Janssen')} nog even op papier te "
        f"zetten. Vragen van de gemeente lopen via {d.P(b, 'full_br')} van het {d.K('ORG', 'COA')}.\n{d.P(c, 'first')}")
    d.p(f"{d.K('TITLE', 'Senior adviseur')} Opvang | {d.K('ORG', 'Ministerie van Asiel en Migratie')} | "
        f"{d.R('PHONE', mobile(4))}")
    d.lines(["> Van: " + f"{d.P(b)} <{d.E(b)}>", "> Verzonden: vrijdag 6 december 2024 16:58",
             f"> Aan: {d.P(c)} <{d.E(c)}>", f"> CC: {d.P(a)} <{d.E(a)}>", "> Onderwerp: opvanglocatie Zeist",
             ">", f"> Beste {d.P(c, 'first')},", ">",
             f"> De gemeenteraad van {d.K('PLACE', 'Zeist')} stemt op 17 december over de verlenging.",
             "> De bezetting is nu 410 bewoners; het maximum is 450.", ">", "> Groet,",
             f"> {d.P(b, 'init')}", f"> {d.K('TITLE', 'regiomanager')} {d.K('ORG', 'COA')} Midden-Nederland",
             f"> {d.R('PHONE', mobile(5))}"])
    return d


def doc14():
    d = Doc("d14_thread_digid_storing", "libreoffice", "Liberation Sans", "RE: storing DigiD", author="Logius",
            kind="email-thread")
    a = P_("Rik", "Veen", "van 't", g="m", dom="logius.nl", initials="H.R.", core="Veen", email="h.r.van.t.veen@logius.nl")
    b = P_("Dagmar", "Wouters-Ngo", dom="minbzk.nl", core="Wouters-Ngo", email="Dagmar.Wouters-Ngo@minbzk.nl")
    c = P_("Arjen", "Dekker", g="m", dom="minbzk.nl")
    d.lines(email_header(d, b, "dinsdag 28 januari 2025 07:55", [a], [c], "RE: storing DigiD maandagavond"))
    d.p(f"Dag {d.P(a, 'first')},")
    d.p(f"Dank voor de snelle melding. Ik heb {d.K('OFFICIAL', 'staatssecretaris Szabó')} via zijn "
        f"{d.K('TITLE', 'politiek assistent')} geïnformeerd. Graag ontvang ik vandaag nog de "
        f"{d.K('TERM', 'root cause analysis')} van {d.K('ORG', 'Logius')}, zodat we de {d.K('TERM', 'CIO')}-rijk "
        f"kunnen bijpraten.")
    d.p(f"Met vriendelijke groet,\n{d.P(b)}\n{d.K('TITLE', 'teamleider')} Digitale Overheid\n"
        f"T: {d.R('PHONE', landline(2))} | M: {d.R('PHONE', mobile(6))}")
    d.lines(["Van: " + f"{d.P(a, 'outlook')} <{d.E(a)}>", "Verzonden: maandag 27 januari 2025 23:41",
             f"Aan: {d.P(b, 'outlook')} <{d.E(b)}>; {d.P(c, 'outlook')} <{d.E(c)}>",
             "Onderwerp: storing DigiD maandagavond"])
    d.p(f"Beste {d.P(b, 'first')} en {d.P(c, 'first')},")
    d.p(f"Tussen 20.10 en 22.35 uur was {d.K('TERM', 'DigiD')} niet bereikbaar door een DDoS-aanval. Het "
        f"{d.K('ORG', 'Nationaal Cyber Security Centrum')} ({d.K('ORG', 'NCSC')}) is ingeschakeld. Er zijn geen "
        f"aanwijzingen dat gegevens zijn buitgemaakt.")
    d.p(f"Groet,\n{d.P(a)}\n{d.K('TITLE', 'Incidentmanager')} {d.K('ORG', 'Logius')}\n{d.R('PHONE', mobile(0))}")
    return d


def doc15():
    d = Doc("d15_thread_subsidie_cultuur", "reportlab", "DejaVu", "RE: subsidieaanvraag festival", author="OCW",
            kind="email-thread")
    a = P_("Daan", "Vries", "de", g="m", dom="minocw.nl", initials="J.P.", core="Vries", email="jp.de.vries@minocw.nl")
    b = P_("Ayşe", "Yıldız", dom="fondspodiumkunsten.nl")
    c = P_("Priya", "Ramcharan", dom="minocw.nl")
    d.lines(email_header(d, c, "vrijdag 11 april 2025 13:30", [a], [], "RE: subsidieaanvraag festival Keti Koti"))
    d.p(f"{d.P(a, 'first')},\nAkkoord met je voorstel. {d.K('OFFICIAL', 'Minister Bruins')} opent het festival op "
        f"1 juli in het {d.K('PLACE', 'Oosterpark')}. {d.K('OFFICIAL', 'Wethouder Meliani')} ({d.K('PLACE', 'Amsterdam')}) "
        f"spreekt ook. Kun jij de {d.K('TERM', 'speech')} afstemmen met het {d.K('ORG', 'Nationaal Instituut Nederlandse Slavernijverleden en Erfenis')}?")
    d.p(f"Groet, {d.P(c, 'first')}")
    d.lines(["________________________________", f"From: {d.P(a, 'init')} <{d.E(a)}>",
             "Sent: Thursday, April 10, 2025 4:12 PM", f"To: {d.P(c)} <{d.E(c)}>",
             f"Cc: {d.P(b)} <{d.E(b)}>", "Subject: subsidieaanvraag festival Keti Koti"])
    d.p(f"Hoi {d.P(c, 'first')},\nHet {d.K('ORG', 'Fonds Podiumkunsten')} heeft de aanvraag positief beoordeeld; "
        f"{b.heer} {d.P(b, 'sur')} stuurt de beschikking volgende week. Zie het advies in de bijlage.")
    d.p(f"{d.P(a, 'init')}\n{d.K('TITLE', 'beleidsmedewerker')} Cultuur en Media\n"
        f"{d.K('ADDRESS_OFFICE', 'Rijnstraat 50')} Den Haag\n{d.R('PHONE', mobile(1))}")
    return d


def doc16():
    d = Doc("d16_teams_chat_debatvoorbereiding", "chromium", "Arial", "Teams-chat debatvoorbereiding", kind="chat")
    a = P_("Sanne", "Kartosen", dom="minbzk.nl")
    b = P_("Mark", "Smit", g="m", dom="minbzk.nl")
    c = P_("Yvonne", "Sabajo", dom="minbzk.nl")
    d.title_("Export Microsoft Teams-chat")
    d.kv([("Chat", "Debatvoorbereiding Woo"), ("Deelnemers", f"{d.P(a, 'outlook')}; {d.P(b, 'outlook')}; {d.P(c, 'outlook')}"),
          ("Periode", d.K("DATE", "11-09-2024") + " t/m 12-09-2024")])
    L = []
    L.append(f"[11-09-2024 08:31] {d.P(a)}: Goedemorgen! Heeft iemand de laatste versie van het dossier voor "
             f"{d.K('OFFICIAL', 'minister Uitermark')}?")
    L.append(f"[11-09-2024 08:33] {d.P(b)}: Staat in {d.K('TERM', 'Teams')} onder Bestanden > Debat. Ik heb de "
             f"vragen van {d.K('OFFICIAL', 'Kamerlid Kathmann')} er net in gezet")
    L.append(f"[11-09-2024 08:34] {d.P(c)}: {d.P(b, 'first')} kun je ook de Q&A over {d.K('ORG', 'Open Overheid')} checken?")
    L.append(f"[11-09-2024 08:40] {d.P(b)}: 👍 doe ik. @{d.P(a, 'first')} bel jij {d.K('ORG', 'SSC-ICT')}?")
    L.append(f"[11-09-2024 08:41] {d.P(a)}: Ja, ik bel {d.R('PHONE', mobile(5))} (dat is het nummer van hun "
             f"{d.K('TITLE', 'projectleider')})")
    L.append(f"[11-09-2024 09:15] {d.P(c)}: {d.K('TERM', 'DG')} wil om 11.00 een {d.K('TERM', 'update')}. {d.P(b, 'sur')}, kun jij "
             f"dat doen? Ik zit dan bij het {d.K('TERM', 'MT')}.")
    L.append(f"[11-09-2024 09:16] {d.P(b)}: ok")
    L.append(f"[12-09-2024 17:02] {d.P(a)}: Debat is klaar. Minister was tevreden. Dank allen!")
    d.lines(L)
    return d


def doc17():
    d = Doc("d17_teams_chat_crisisteam", "reportlab", "Helvetica", "Chat crisisteam hoogwater", kind="chat")
    a = P_("Sjoukje", "Visser", dom="rws.nl")
    b = P_("Kevin", "Brouwer", g="m", dom="rws.nl")
    c = P_("Agnieszka", "Nowak", dom="rws.nl")
    e = P_("Erik", "Bakker", g="m", dom="waterschap.nl")
    d.title_("Teams - Crisisteam Hoogwater Maas")
    L = [f"{d.P(a, 'outlook')} 14:02", f"{d.K('ORG', 'Rijkswaterstaat')} meldt stijging bij {d.K('PLACE', 'Borgharen')}. "
         f"Graag iedereen om 15.00 in de call.",
         f"{d.P(b, 'outlook')} 14:05", "Ik sluit aan. Heb net gebeld met het waterschap.",
         f"{d.P(c, 'outlook')} 14:09", f"Ik ben op de VC in {d.K('PLACE', 'Maastricht')}. Bel me op {d.R('PHONE', mobile(6))} als het niet lukt",
         f"{d.P(a, 'outlook')} 14:12",
         f"{d.K('OFFICIAL', 'Gouverneur Roemer')} wil om 16.00 een {d.K('TERM', 'update')}. {d.P(e, 'sur')} van "
         f"{d.K('ORG', 'Waterschap Limburg')} zit er ook bij",
         f"{d.P(e, 'outlook')} 14:20",
         "Klopt. Dijkring 14 is op orde, we verwachten geen evacuaties.",
         f"{d.P(b, 'outlook')} 14:31",
         f"{d.K('OFFICIAL', 'Minister Madlener')} komt morgen langs met {d.K('OFFICIAL', 'burgemeester Penn-te Strake')}.",
         f"{d.P(c, 'outlook')} 14:33", "Ik regel de pers."]
    d.lines(L)
    return d


def doc18():
    d = Doc("d18_whatsapp_export_wethouder", "libreoffice", "Liberation Sans", "WhatsApp-chat met wethouder",
            author="iPhone", kind="chat")
    ad = P_("Koen", "Brink", g="m", dom="rotterdam.nl")
    d.title_("WhatsApp-chat met Wethouder Kasmi")
    d.p(f"Toelichting: export van de chat tussen de {d.K('TITLE', 'bestuursadviseur')} en {d.K('OFFICIAL', 'wethouder Kasmi')} "
        f"({d.K('ORG', 'gemeente Rotterdam')}), gevorderd in het kader van het Woo-verzoek van 3 maart 2025.")
    L = [f"[14-01-25, 07:58:12] {d.P(ad)}: Goedemorgen Said, de raadsinformatiebrief over de {d.K('TERM', 'Warmtewet')} "
         f"ligt klaar",
         f"[14-01-25, 08:10:45] {d.K('OFFICIAL', 'Said Kasmi')}: Top. Kan hij vandaag nog naar de raad?",
         f"[14-01-25, 08:11:30] {d.P(ad)}: Ja als {d.K('OFFICIAL', 'burgemeester Schouten')} akkoord is. Ik stuur hem naar het kabinet",
         f"[14-01-25, 08:12:02] {d.K('OFFICIAL', 'Said Kasmi')}: 👍",
         f"[14-01-25, 12:40:19] {d.P(ad)}: Afspraak met {d.K('ORG', 'Eneco')} verzet naar donderdag. Contactpersoon daar "
         f"is {d.R('PERSON', 'Wendy Kok-Mulder', 'Kok-Mulder')}, {d.R('PHONE', mobile(0))}",
         f"[14-01-25, 12:41:55] {d.K('OFFICIAL', 'Said Kasmi')}: Prima. {d.P(ad, 'sur')}, zet je het in mijn agenda?",
         f"[14-01-25, 12:42:10] {d.P(ad)}: Gedaan"]
    d.lines(L)
    return d


def doc19():
    d = Doc("d19_whatsapp_groep_projectteam", "chromium", "Sans", "WhatsApp projectteam", kind="chat")
    a = P_("Mustafa", "Demir", g="m", dom="x")
    b = P_("Niels", "Hoogeveen", g="m", dom="x")
    c = P_("Esra", "Kaya", dom="x")
    e = P_("Tineke", "Wal", "van der", dom="x")
    d.title_("WhatsApp Chat - Projectteam Herinrichting Centrum")
    d.p(f"Export gemaakt op 20-03-2025. Leden: {d.P(a)}, {d.P(b)}, {d.P(c)}, {d.P(e)}, {d.R('PHONE', '+31 6 4187 2290')}")
    L = [f"06/03/2025, 08:14 - {d.P(a)}: Morgen aanbesteding kick-off om 9u op het stadhuis",
         f"06/03/2025, 08:20 - {d.P(c)}: Ik ben er. Komt {d.K('OFFICIAL', 'wethouder Diepeveen')} ook?",
         f"06/03/2025, 08:22 - {d.P(b)}: Nee, die zit bij de {d.K('ORG', 'Provincie Utrecht')} met de {d.K('TITLE', 'gedeputeerde')}.",
         f"06/03/2025, 09:01 - {d.R('PHONE', '+31 6 4187 2290')}: Ik heb de tekening van {d.K('ORG', 'Arcadis')} gemaild",
         f"06/03/2025, 09:03 - {d.P(e)}: Dank! {d.P(a, 'sur')}, wil jij de planning bijwerken?",
         f"06/03/2025, 09:04 - {d.P(a)}: Doe ik. {d.P(c, 'sur')} heeft de lijst met {d.K('TERM', 'stakeholders')}",
         f"06/03/2025, 09:30 - {d.P(c)}: <Media weggelaten>",
         f"07/03/2025, 17:45 - {d.P(e)}: Goede sessie vandaag. Volgende keer in {d.K('PLACE', 'Utrecht')} bij Stadsplateau."]
    d.lines(L)
    return d


def doc20():
    d = Doc("d20_verslag_stuurgroep_woo", "reportlab", "Times", "Verslag stuurgroep Open Overheid", author="secretariaat",
            kind="verslag")
    ch = P_("Petra", "Lange", "de", dom="minbzk.nl", initials="P.")
    ps = [P_("Rachid", "Bouzidi", g="m", dom="minjenv.nl", initials="R."),
          P_("Ineke", "Boer-Schaap", "de", dom="minfin.nl", initials="I.", core="Boer-Schaap"),
          P_("Wouter", "Vos", g="m", dom="minienw.nl", initials="W."),
          P_("Mariam", "Achahbar-Tahiri", dom="minocw.nl", initials="M.", core="Achahbar-Tahiri")]
    sec = P_("Lisa", "Tanujaya", dom="minbzk.nl", initials="L.")
    af = P_("Frank", "Heuvel", "van den", g="m", dom="minvws.nl", initials="F.")
    d.title_("Verslag Stuurgroep Open Overheid")
    d.kv([("Datum", d.K("DATE", "26 september 2024") + ", 14.00-16.00 uur"),
          ("Locatie", f"{d.K('ADDRESS_OFFICE', 'Turfmarkt 147')}, zaal 4.12 / {d.K('TERM', 'Teams')}"),
          ("Aanwezig", f"{d.P(ch, 'init')} ({d.K('TITLE', 'voorzitter')}, {d.K('ORG', 'BZK')}), "
                       f"{d.P(ps[0], 'init')} ({d.K('ORG', 'JenV')}), {d.P(ps[1], 'init')} (Financiën), "
                       f"{d.P(ps[2], 'init')} ({d.K('ORG', 'IenW')}), {d.P(ps[3], 'init')} ({d.K('ORG', 'OCW')}), "
                       f"{d.P(sec, 'init')} (secretaris)"),
          ("Afwezig", f"{d.P(af, 'init')} (VWS, met kennisgeving)")])
    d.h("1. Opening en mededelingen")
    d.p(f"De voorzitter opent de vergadering. {d.K('OFFICIAL', 'Staatssecretaris Szabó')} heeft de stuurgroep laten "
        f"weten dat de {d.K('LAW', 'Wet open overheid')} wordt geëvalueerd in 2025. {d.P(ps[2], 'sur')} meldt dat "
        f"{d.K('ORG', 'Rijkswaterstaat')} een nieuw zaaksysteem invoert.")
    d.h("2. Verslag vorige vergadering")
    d.p("Het verslag van 27 juni 2024 wordt ongewijzigd vastgesteld.")
    d.h("3. Actieve openbaarmaking")
    d.p(f"{ps[3].Heer} {d.P(ps[3], 'sur')} licht de stand van zaken toe bij {d.K('ORG', 'OCW')}: 70 procent van de "
        f"beslisnota's wordt binnen vier weken gepubliceerd op {d.K('ORG', 'open.overheid.nl')}. "
        f"{d.P(ps[1], 'sur')} vraagt of de categorie {d.K('TERM', 'convenanten')} al verplicht is. "
        f"{d.P(ps[0], 'sur')} merkt op dat {d.K('ORG', 'JenV')} de {d.K('TERM', 'deadline')} niet haalt.")
    d.h("4. Rondvraag en sluiting")
    d.p("Geen rondvraag. De volgende vergadering is op 12 december 2024.")
    d.h("Actielijst")
    d.table(["Nr", "Actie", "Wie", "Wanneer"],
            [["24-07", "Notitie over publicatie van convenanten", d.P(ps[1], "sur"), "12-12-2024"],
             ["24-08", f"Navragen planning zaaksysteem bij {d.K('ORG', 'Rijkswaterstaat')}", d.P(ps[2], "sur"), "31-10-2024"],
             ["24-09", "Agenda 12 december voorbereiden", d.P(sec, "init"), "28-11-2024"]],
            [0.1, 0.5, 0.22, 0.18])
    return d


def doc21():
    d = Doc("d21_verslag_bestuurlijk_overleg_g4", "libreoffice", "Liberation Serif", "Verslag bestuurlijk overleg",
            author="V. Pinas", kind="verslag")
    se = P_("Vanessa", "Pinas", dom="minbzk.nl", initials="V.", email="v.pinas@minbzk.nl")
    am = P_("Hasan", "Çelik", g="m", dom="amsterdam.nl", initials="H.")
    ut = P_("Roos", "Berg", "van den", dom="utrecht.nl", initials="R.")
    bz = P_("Gerrit", "Zijlstra", g="m", dom="minbzk.nl", initials="G.J.")
    d.title_("Verslag bestuurlijk overleg G4 - Rijk over de woningbouwopgave")
    d.p(f"Datum: {d.K('DATE', '14 november 2024')}\nPlaats: Stadhuis {d.K('PLACE', 'Amsterdam')}, "
        f"{d.K('ADDRESS_OFFICE', 'Amstel 1')}")
    d.p(f"Aanwezig:\n{d.K('OFFICIAL', 'Mona Keijzer')} (minister van VRO)\n"
        f"{d.K('OFFICIAL', 'Femke Halsema')} (burgemeester Amsterdam)\n"
        f"{d.K('OFFICIAL', 'Carola Schouten')} (burgemeester Rotterdam)\n"
        f"{d.K('OFFICIAL', 'Jan van Zanen')} (burgemeester Den Haag)\n"
        f"{d.K('OFFICIAL', 'Sharon Dijksma')} (burgemeester Utrecht)\n"
        f"{d.P(bz)} (directeur Woningbouw, BZK/VRO)\n{d.P(am, 'full_br')} (ambtelijk secretaris G4, Amsterdam)\n"
        f"{d.P(se)} (verslag)")
    d.p(f"Afwezig: {d.P(ut)} (gemeente Utrecht)")
    d.h("1. Opening")
    d.p(f"{d.K('OFFICIAL', 'Burgemeester Halsema')} heet iedereen welkom. {d.K('OFFICIAL', 'Minister Keijzer')} "
        f"licht de {d.K('PROGRAM', 'Woningbouwimpuls')} toe en de voortgang van de {d.K('LAW', 'Wet versterking regie volkshuisvesting')}.")
    d.h("2. Woningbouwopgave")
    d.p(f"De G4 vragen om zekerheid over de middelen na 2026. {d.K('OFFICIAL', 'Burgemeester Schouten')} wijst op de "
        f"opgave in Rotterdam-Zuid. {d.P(bz, 'sur')} zegt toe dat het ministerie voor 1 februari met een voorstel komt. "
        f"{d.P(am, 'sur')} stemt de teksten af met de ambtelijke G4-secretarissen.")
    d.h("3. Afspraken")
    d.lines([f"- {d.P(bz, 'sur')} stuurt het concept voor 1 februari 2025.",
             f"- {d.P(am)} plant een vervolgoverleg in maart.",
             f"- Het verslag wordt via {d.P(se, 'sur')} rondgestuurd ({d.E(se)})."])
    return d


def doc22():
    d = Doc("d22_verslag_mt_directie", "chromium", "Arial", "Verslag MT", kind="verslag")
    ps = [P_("Bart", "Brink", "ten", g="m", dom="minienw.nl", initials="B.", core="ten Brink"),
          P_("Chantal", "Martina", dom="minienw.nl", initials="C."),
          P_("Siham", "Idrissi", "El", dom="minienw.nl", initials="S.", core="El Idrissi"),
          P_("Maarten", "Kok", g="m", dom="minienw.nl", initials="M.H."),
          P_("Dorien", "Wit", "de", dom="minienw.nl", initials="D.", core="Wit")]
    d.title_("VERSLAG MT-OVERLEG DIRECTIE MOBILITEIT")
    d.kv([("Datum", d.K("DATE", "5 februari 2025")),
          ("Aanwezig", f"{d.P(ps[0], 'init')} ({d.K('TITLE', 'directeur')}, vz), {d.P(ps[1], 'init')} "
                       f"({d.K('TITLE', 'plv. directeur')}), {d.P(ps[2], 'init')} (afdelingshoofd Openbaar Vervoer), "
                       f"{d.P(ps[3], 'init')} (afdelingshoofd Wegen)"),
          ("Afwezig", f"{d.P(ps[4], 'init')} (afdelingshoofd Fiets)"),
          ("Notulist", d.P(P_("Rens", "Pauwels", g="m", initials="R.A."), "init"))])
    d.h("1. Mededelingen")
    d.p(f"{d.K('OFFICIAL', 'Staatssecretaris Jansen')} heeft op 3 februari gesproken met {d.K('ORG', 'NS')} en "
        f"{d.K('ORG', 'ProRail')} over de dienstregeling 2026. {d.P(ps[2], 'sur')} doet verslag: {d.K('ORG', 'NS')} "
        f"wil meer ruimte voor de intercity {d.K('PLACE', 'Groningen')} - {d.K('PLACE', 'Zwolle')}.")
    d.h("2. Personeel")
    d.p(f"De vacature van {d.K('TITLE', 'senior beleidsmedewerker')} bij Wegen is ingevuld. {d.P(ps[3], 'sur')} meldt "
        f"dat de nieuwe collega per 1 maart begint.")
    d.h("3. Kamerdebat")
    d.p(f"Het commissiedebat OV is op 13 maart. De Kamerleden {d.K('OFFICIAL', 'De Hoop (GroenLinks-PvdA)')} en "
        f"{d.K('OFFICIAL', 'Vermeer (BBB)')} hebben vragen aangekondigd over de OV-studentenkaart. "
        f"{d.P(ps[1], 'sur')} coördineert de {d.K('TERM', 'Q&A')}.")
    d.h("4. Actiepunten")
    d.table(["Actie", "Eigenaar"],
            [["Notitie dienstregeling 2026", d.P(ps[2], "init")], ["Q&A commissiedebat", d.P(ps[1], "init")],
             ["Planning fietsbeleid", d.P(ps[4], "init")]])
    return d


def doc23():
    d = Doc("d23_verslag_provinciaal_overleg", "reportlab", "LiberationSerif", "Verslag Regiegroep", author="Provincie",
            kind="verslag")
    ps = [P_("Anna", "Dijkstra-Hoekstra", dom="fryslan.frl", initials="A.", core="Dijkstra-Hoekstra"),
          P_("Sybren", "Wal", "van der", g="m", dom="fryslan.frl", initials="S.", core="Wal"),
          P_("Heleen", "Vos", "de", dom="minlvvn.nl", initials="H.", core="Vos"),
          P_("Kwabena", "Asante", g="m", dom="wetterskip.nl", initials="K.")]
    d.title_("Verslag Regiegroep Veenweide Fryslân")
    d.p(f"{d.K('DATE', '20 maart 2025')}, Provinsjehûs {d.K('PLACE', 'Leeuwarden')}")
    d.p(f"Aanwezig: {d.K('OFFICIAL', 'Arno Brok')} ({d.K('TITLE', 'commissaris van de Koning')}, voorzitter); "
        f"{d.K('OFFICIAL', 'Sybrand Buma')} (burgemeester {d.K('PLACE', 'Leeuwarden')}); "
        f"{d.P(ps[0], 'full')} (programmamanager); {d.P(ps[1], 'init')} (provincie, secretaris); "
        f"{d.P(ps[2], 'init')} ({d.K('ORG', 'ministerie van LVVN')}); {d.P(ps[3], 'init')} "
        f"({d.K('ORG', 'Wetterskip Fryslân')})")
    d.h("1. Opening")
    d.p(f"De commissaris van de Koning opent de vergadering en memoreert het bezoek van "
        f"{d.K('OFFICIAL', 'minister Wiersma')} aan {d.K('PLACE', 'Grou')} in februari.")
    d.h("2. Stand van zaken veenweideprogramma")
    d.p(f"{d.P(ps[0], 'sur')} presenteert de voortgang. Het {d.K('PROGRAM', 'Nationaal Programma Landelijk Gebied')} "
        f"levert minder geld op dan verwacht. {ps[2].Heer} {d.P(ps[2], 'sur')} licht toe dat het Rijk in de "
        f"Voorjaarsnota een besluit neemt. {d.P(ps[3], 'sur')} waarschuwt voor de bodemdaling bij {d.K('PLACE', 'Sneek')}.")
    d.h("3. Afspraken")
    d.p(f"Het secretariaat ({d.P(ps[1], 'sur')}, {d.R('PHONE', landline(1, '058'))}) verspreidt de notitie. "
        f"De volgende regiegroep is op 19 juni 2025.")
    return d


def letter_head(d, org, lines_addr, burger_lines, datum, kenmerk, onderwerp, extra=()):
    d.lines([d.K("ORG", org)] + lines_addr)
    d.lines(burger_lines)
    rows = [("Datum", d.K("DATE", datum)), ("Ons kenmerk", d.K("CASE", kenmerk)), ("Onderwerp", onderwerp)]
    rows.extend(extra)
    d.kv(rows)


def doc24():
    d = Doc("d24_brief_bijzondere_bijstand", "libreoffice", "Liberation Sans", "Besluit bijzondere bijstand",
            author="Gemeente Zwolle", kind="brief-burger")
    b = P_("Agnieszka", "Zielińska", dom="gmail.com", initials="A.")
    cm = P_("Henk", "Smit", g="m", dom="zwolle.nl", initials="H.")
    d.p("")
    letter_head(d, "Gemeente Zwolle", [f"{d.K('ADDRESS_OFFICE', 'Postbus 10007')}, 8000 GA Zwolle"],
                [f"{b.Heer} {d.P(b, 'init')}", d.R("ADDRESS", "Assendorperstraat 118-B", "Assendorperstraat 118"),
                 d.R("ADDRESS", "8012 DK Zwolle", "8012 DK")],
                "12 februari 2025", "Z2025-004417", "Besluit op uw aanvraag bijzondere bijstand",
                extra=[("BSN", d.R("BSN", bsn()))])
    d.p(f"{b.geachte} {d.P(b, 'sur')},")
    d.p(f"Op 20 januari 2025 heeft u bijzondere bijstand aangevraagd voor de kosten van een wasmachine. In deze "
        f"brief leest u ons besluit. Wij hebben uw aanvraag beoordeeld op grond van de {d.K('LAW', 'Participatiewet')} "
        f"en de {d.K('LAW', 'Beleidsregels bijzondere bijstand gemeente Zwolle 2024')}.")
    d.h("Ons besluit")
    d.p(f"Wij kennen u een bedrag toe van € 425,00. Wij maken dit bedrag binnen vijf werkdagen over op "
        f"rekeningnummer {d.R('IBAN', iban('INGB'))} ten name van {d.P(b, 'upper')}.")
    d.h("Bent u het niet eens met dit besluit?")
    d.p(f"Dan kunt u binnen zes weken bezwaar maken bij het {d.K('ORG', 'college van burgemeester en wethouders')}. "
        f"Heeft u vragen? Bel dan {d.K('PHONE_GENERAL', '14 038')} en vraag naar uw klantmanager, {cm.heer} {d.P(cm, 'sur')}.")
    d.p(f"Met vriendelijke groet,\nnamens het college van burgemeester en wethouders van {d.K('PLACE', 'Zwolle', 'wethouders van Zwolle')},\n\n"
        f"{d.P(cm, 'init')}\n{d.K('TITLE', 'klantmanager')} Inkomen")
    return d


def doc25():
    d = Doc("d25_brief_herstel_toeslagen", "reportlab", "Helvetica", "Beslissing integrale beoordeling",
            author="Uitvoeringsorganisatie Herstel Toeslagen", kind="brief-burger")
    b = P_("Rudy", "Lieuw-A-Soe", g="m", initials="R.C.", core="Lieuw-A-Soe")
    p2 = P_("Marisol", "Lieuw-A-Soe-Doekhi", initials="M.", core="Doekhi")
    cm = P_("Ilse", "Heuvel", "van den", dom="toeslagen.nl", initials="I.")
    letter_head(d, "Dienst Toeslagen", [f"{d.K('ADDRESS_OFFICE', 'Postbus 8130')}", "6710 RA Ede"],
                [f"De heer {d.P(b, 'upper')}", d.R("ADDRESS", "Hoogvliet, Pinksterbloemstraat 27", "Pinksterbloemstraat 27"),
                 d.R("ADDRESS", "3192 AG HOOGVLIET ROTTERDAM", "3192 AG")],
                "3 april 2025", "UHT-2025-118204", "Uitkomst integrale beoordeling",
                extra=[("Burgerservicenummer", d.R("BSN", bsn(dotted=True)))])
    d.p(f"Geachte heer {d.P(b, 'sur')},")
    d.p(f"U heeft zich gemeld als gedupeerde van de problemen met de kinderopvangtoeslag. Wij hebben uw situatie "
        f"en die van uw toenmalige partner, {d.P(p2, 'init')} (BSN {d.R('BSN', bsn())}), beoordeeld. Wij hebben "
        f"vastgesteld dat u gedupeerde bent in de zin van de {d.K('LAW', 'Wet hersteloperatie toeslagen')}.")
    d.h("Wat betekent dit voor u?")
    d.p(f"U ontvangt een compensatie van € 30.000,00 en een vergoeding van € 2.840,00 voor de kosten van uw "
        f"zaakbehandelaar. Het bedrag wordt overgemaakt naar {d.R('IBAN', iban('RABO'))}.")
    d.p(f"Heeft u vragen, bel dan de {d.K('ORG', 'BelTelefoon Toeslagen')}: {d.K('PHONE_GENERAL', '0800 2345')}. "
        f"Uw persoonlijk zaakbehandelaar is {d.P(cm)}, bereikbaar op {d.R('PHONE', landline(1))}.")
    d.p(f"Met vriendelijke groet,\n\n{d.K('ORG', 'Uitvoeringsorganisatie Herstel Toeslagen')}\nnamens deze,\n{d.P(cm, 'init')}")
    return d


def doc26():
    d = Doc("d26_brief_isde_subsidie", "chromium", "Arial", "Beschikking ISDE", kind="brief-burger")
    b = P_("Doutzen", "Haan", "de", initials="D.", core="Haan")
    p2 = P_("Johannes", "Haan", "de", g="m", initials="J.", core="J. de Haan")
    d.lines([d.K("ORG", "Rijksdienst voor Ondernemend Nederland"), f"{d.K('ADDRESS_OFFICE', 'Postbus 93144')}",
             "2509 AC Den Haag"])
    d.lines([f"Mevrouw {d.P(b, 'init')} en de heer {d.P(p2, 'init')}", d.R("ADDRESS", "Tsjerkebuorren 4"),
             d.R("ADDRESS", "9011 VT Jirnsum", "9011 VT")])
    d.kv([("Datum", d.K("DATE", "22 mei 2025")), ("Zaaknummer", d.K("CASE", "ISDE-25-0817346")),
          ("Betreft", f"Beschikking {d.K('PROGRAM', 'Investeringssubsidie duurzame energie en energiebesparing')}")])
    d.p(f"{b.geachte} {d.P(b, 'sur')},")
    d.p(f"U heeft op 2 april 2025 subsidie aangevraagd voor een warmtepomp op het adres "
        f"{d.R('ADDRESS', 'Tsjerkebuorren 4')} in {d.K('PLACE', 'Jirnsum', 'in Jirnsum')}. Wij verlenen u een subsidie van € 2.925,00. "
        f"Dit besluit is genomen op grond van de {d.K('LAW', 'Regeling nationale EZK- en LNV-subsidies')}.")
    d.p(f"Wij storten het bedrag op rekening {d.R('IBAN', iban('TRIO'))} t.n.v. {d.P(b, 'init')}. Uw "
        f"klantnummer is 3001984467.")
    d.p(f"Bezwaar? Stuur binnen zes weken een brief naar {d.K('ORG', 'RVO')}, {d.K('ADDRESS_OFFICE', 'Postbus 93144')}. "
        f"Vragen? Bel {d.K('PHONE_GENERAL', '088 042 42 42')}.")
    d.p(f"Met vriendelijke groet,\n{d.K('ORG', 'Rijksdienst voor Ondernemend Nederland')}\nnamens deze,\n"
        f"{d.K('TITLE', 'afdelingsmanager Subsidies')}")
    return d


def doc27():
    d = Doc("d27_brief_klacht_afhandeling", "libreoffice", "DejaVu Serif", "Reactie op uw klacht",
            author="Mulder, Vera", kind="brief-burger")
    b = P_("Ramon", "Kartodikromo", g="m", initials="R.", dom="hotmail.com",
           email="r.kartodikromo1977@hotmail.com")
    v = P_("Vera", "Mulder", dom="denhaag.nl", initials="V.")
    ov = P_("Winston", "Linger", g="m", dom="denhaag.nl", initials="W.")
    letter_head(d, "Gemeente Den Haag", [f"{d.K('ADDRESS_OFFICE', 'Spui 70')}", "Postbus 12600, 2500 DJ Den Haag"],
                [f"De heer {d.P(b, 'init')}", d.R("ADDRESS", "Jan Luijkenstraat 86"),
                 d.R("ADDRESS", "2525 RS 's-Gravenhage", "2525 RS")],
                "7 november 2024", "DSO/2024.4418871", "Uw klacht van 15 oktober 2024")
    d.p(f"Geachte heer {d.P(b, 'sur')},")
    d.p(f"U heeft een klacht ingediend over de behandeling van uw melding over geluidsoverlast. U stuurde uw klacht "
        f"per e-mail vanaf {d.E(b)} en belde daarna met {d.R('PHONE', '06-41 55 20 93')}. Op 29 oktober heeft "
        f"{d.P(ov)}, klachtbehandelaar, met u gesproken.")
    d.p(f"Wij vinden uw klacht gegrond. De leges van € 48,00 betalen wij terug op {d.R('IBAN', iban('SNSB'))}. "
        f"{d.P(ov, 'sur')} heeft de handhaver gevraagd de situatie opnieuw te bekijken. "
        f"{d.K('OFFICIAL', 'Wethouder Van Asten')} is over uw klacht geïnformeerd, omdat het om verkeerslawaai gaat.")
    d.p(f"Bent u niet tevreden? Dan kunt u zich wenden tot de {d.K('ORG', 'Nationale ombudsman')}.")
    d.p(f"Met vriendelijke groet,\n\n{d.P(v, 'init')}\n{d.K('TITLE', 'teamleider Klachtbehandeling')}\n"
        f"Dienst Stedelijke Ontwikkeling, {d.K('ORG', 'gemeente Den Haag')}")
    return d


def doc28():
    d = Doc("d28_raadsvoorstel_amsterdam_armoede", "reportlab", "DejaVu", "Raadsvoorstel armoedebeleid",
            author="Gemeente Amsterdam", kind="raadsvoorstel")
    a = P_("Nadia", "Bennani", dom="amsterdam.nl", initials="N.")
    b = P_("Stefan", "Berg", "van den", g="m", dom="amsterdam.nl", initials="S.", core="Berg")
    d.title_("Raadsvoorstel")
    d.kv([("Portefeuille", "Armoede en Schuldhulpverlening"),
          ("Portefeuillehouder", d.K("OFFICIAL", "wethouder Moorman")),
          ("Datum besluit college", d.K("DATE", "8 oktober 2024")),
          ("Onderwerp", f"Vaststellen {d.K('PROGRAM', 'Uitvoeringsplan Armoede en Schulden 2025-2026')}"),
          ("Contactpersoon", f"{d.P(a)}, {d.K('TITLE', 'beleidsadviseur')}, {d.R('PHONE', mobile(1))}, {d.E(a)}")])
    d.h("De gemeenteraad wordt voorgesteld")
    d.p(f"1. Het {d.K('PROGRAM', 'Uitvoeringsplan Armoede en Schulden 2025-2026')} vast te stellen;\n"
        f"2. Kennis te nemen van de evaluatie van de {d.K('TERM', 'Stadspas')}.")
    d.h("Wettelijke grondslag")
    d.p(f"{d.K('LAW', 'Participatiewet')}, {d.K('LAW', 'Wet gemeentelijke schuldhulpverlening')}, artikel 108 "
        f"{d.K('LAW', 'Gemeentewet')}.")
    d.h("Bestuurlijke achtergrond")
    d.p(f"{d.K('OFFICIAL', 'Wethouder Moorman')} heeft in de commissie Sociaal Domein toegezegd het plan voor de "
        f"begrotingsbehandeling aan te bieden. {d.K('OFFICIAL', 'Burgemeester Halsema')} heeft als voorzitter van het "
        f"college ingestemd met de aanpak. Ook {d.K('OFFICIAL', 'wethouder Groot Wassink')} (Sociale Zaken) is betrokken.")
    d.h("Uitvoering")
    d.p(f"De uitvoering ligt bij de afdeling Inkomen. {d.P(b, 'init')} ({d.K('TITLE', 'programmamanager')}) "
        f"rapporteert halfjaarlijks aan de raad. De {d.K('ORG', 'Hogeschool van Amsterdam')} evalueert de aanpak.")
    d.p(f"Het college van burgemeester en wethouders van {d.K('PLACE', 'Amsterdam')},\n"
        f"{d.K('OFFICIAL', 'Femke Halsema')}, burgemeester\nde gemeentesecretaris")
    return d


def doc29():
    d = Doc("d29_collegebesluit_rotterdam_warmte", "libreoffice", "Liberation Sans", "Collegebesluit warmtenet",
            author="Bouzerda, K.", kind="collegebesluit")
    a = P_("Karim", "Bouzerda", g="m", dom="rotterdam.nl", initials="K.")
    b = P_("Femke", "Hoek", "van der", dom="rotterdam.nl", initials="F.", core="Hoek")
    d.title_("Collegebesluit")
    d.kv([("Registratienummer", d.K("CASE", "24bb7713")), ("Datum collegevergadering", d.K("DATE", "19 november 2024")),
          ("Portefeuillehouder", d.K("OFFICIAL", "wethouder Kasmi")), ("Steller", f"{d.P(a)} ({d.R('PHONE', landline(1, '010'))})"),
          ("Onderwerp", f"Deelname aan het {d.K('PROGRAM', 'Programma Aardgasvrije Wijken')}, ronde 4")])
    d.h("Besluit")
    d.p(f"Het college van burgemeester en wethouders van {d.K('PLACE', 'Rotterdam')} besluit:\n1. een aanvraag in te dienen "
        f"voor de wijk Pendrecht;\n2. {d.K('OFFICIAL', 'wethouder Kasmi')} te machtigen de aanvraag te ondertekenen.")
    d.h("Toelichting")
    d.p(f"De aanvraag past in de {d.K('PROGRAM', 'Transitievisie Warmte')}. {d.K('ORG', 'Eneco')} en woningcorporatie "
        f"{d.K('ORG', 'Havensteder')} hebben toegezegd mee te doen. {d.P(b)} (projectleider Pendrecht) heeft de "
        f"bewoners geïnformeerd. {d.K('OFFICIAL', 'Burgemeester Schouten')} heeft geen bezwaar.")
    d.h("Parafen")
    d.table(["Rol", "Naam", "Paraaf"],
            [["Steller", d.P(a, "init"), d.R("PARAPH", a.paraph)],
             ["Afdelingsmanager", d.P(b, "init"), d.R("PARAPH", b.paraph)],
             ["Wethouder", d.K("OFFICIAL", "S. Kasmi"), "akkoord"]])
    return d


def doc30():
    d = Doc("d30_raadsinformatiebrief_utrecht", "chromium", "Serif", "Raadsinformatiebrief fietsparkeren", kind="raadsbrief")
    a = P_("Bram", "Jansen", g="m", dom="utrecht.nl", initials="B.")
    b = P_("Anouk", "Jong", "de", dom="utrecht.nl", initials="A.", core="Jong")
    d.title_("Raadsinformatiebrief")
    d.kv([("Datum", d.K("DATE", "4 maart 2025")), ("Portefeuillehouder", d.K("OFFICIAL", "wethouder Van Hooijdonk")),
          ("Contactpersoon", f"{d.P(a)}"), ("Telefoonnummer", d.R("PHONE", landline(1, "030"))),
          ("E-mail", d.E(a)), ("Onderwerp", "Fietsparkeren Stationsgebied")])
    d.p("Geachte leden van de raad,")
    d.p(f"Met deze brief informeren wij u over het fietsparkeren rond Utrecht Centraal. De stallingen "
        f"Stationsplein en Jaarbeursplein zitten op werkdagen vol. {d.K('OFFICIAL', 'Wethouder Van Hooijdonk')} heeft "
        f"met {d.K('ORG', 'ProRail')} en {d.K('ORG', 'NS')} afgesproken om in 2025 2.000 extra plekken te realiseren.")
    d.p(f"Het onderzoek is uitgevoerd door {d.K('ORG', 'Goudappel')}. De {d.K('TITLE', 'projectleider')}, {d.P(b)}, "
        f"licht het onderzoek graag toe in de commissie Mobiliteit. {d.K('OFFICIAL', 'Staatssecretaris Jansen')} "
        f"(IenW) heeft ingestemd met een bijdrage uit de {d.K('PROGRAM', 'Regeling Fietsparkeren bij Stations')}.")
    d.p(f"Met vriendelijke groet,\nHet college van burgemeester en wethouders van {d.K('PLACE', 'Utrecht')},\n"
        f"{d.K('OFFICIAL', 'Sharon Dijksma')}, {d.K('TITLE', 'burgemeester')}\nde secretaris")
    return d


def kamerbrief_head(d, m, datum, kenmerk, onderwerp):
    org, dom, adres, postbus, pc = MIN[m]
    d.lines([d.K("TERM", "CONCEPT"), ""])
    d.lines([f"> Retouradres {d.K('ADDRESS_OFFICE', postbus)} {pc} Den Haag", "",
             d.K("TITLE", "De Voorzitter van de Tweede Kamer der Staten-Generaal"), "Prinses Irenestraat 6",
             "2595 BD Den Haag"])
    d.kv([("Datum", d.K("DATE", datum)), ("Betreft", onderwerp), ("Ons kenmerk", d.K("CASE", kenmerk))])


def doc31():
    d = Doc("d31_kamerbrief_concept_woo_evaluatie", "reportlab", "Times", "Concept Kamerbrief Woo", author="Bakker, Lieke",
            kind="kamerbrief")
    a = P_("Lieke", "Bakker", dom="minbzk.nl", initials="L.", paraph="LB")
    b = P_("Oguz", "Aydin", g="m", dom="minbzk.nl", initials="O.")
    kamerbrief_head(d, "BZK", "januari 2025", "2025-0000012345", "Eerste evaluatie Wet open overheid")
    d.p("Geachte voorzitter,")
    d.p(f"Hierbij informeer ik uw Kamer, mede namens de {d.K('TITLE', 'minister-president')}, over de eerste "
        f"bevindingen van de evaluatie van de {d.K('LAW', 'Wet open overheid')} (Woo). Daarmee geef ik invulling aan "
        f"de toezegging aan het lid {d.K('OFFICIAL', 'Van der Plas (BBB)')} tijdens het debat over "
        f"informatiehuishouding en aan de motie van de leden {d.K('OFFICIAL', 'Kathmann')} en "
        f"{d.K('OFFICIAL', 'Six Dijkstra')} (Kamerstuk 32 802, nr. 67).")
    d.p(f"[Opmerking {d.R('PARAPH', a.paraph)}: graag nog afstemmen met {d.K('ORG', 'JenV')} over de passage "
        f"over de {d.K('LAW', 'Archiefwet')}. {d.P(b, 'sur')} weet of {d.K('OFFICIAL', 'minister Van Weel')} "
        f"hier een rol in wil.]")
    d.h("Bevindingen")
    d.p(f"Het {d.K('ORG', 'Adviescollege Openbaarheid en Informatiehuishouding')} constateert dat de termijnen nog "
        f"steeds vaak worden overschreden. Tegelijk zijn er ook verbeteringen: de publicatie via "
        f"{d.K('ORG', 'open.overheid.nl')} neemt toe. {d.K('OFFICIAL', 'Staatssecretaris Szabó')} zal in het voorjaar "
        f"een {d.K('PROGRAM', 'Actieplan Open Overheid')} presenteren.")
    d.p(f"[Opmerking {d.P(b, 'init')}: cijfers nog checken met het {d.K('ORG', 'CBS')}; zie mail {d.P(a)} "
        f"van 14/1.]")
    d.p(f"De {d.K('TITLE', 'minister van Binnenlandse Zaken en Koninkrijksrelaties')},\n\n\n"
        f"{d.K('OFFICIAL', 'J. Uitermark')}")
    return d


def doc32():
    d = Doc("d32_kamerbrief_concept_asiel", "libreoffice", "Liberation Serif", "Concept Kamerbrief spreidingswet",
            author="Doelwijt, M.", kind="kamerbrief")
    a = P_("Fenna", "Jong", "de", dom="minaenm.nl", initials="F.", core="Jong")
    b = P_("Samir", "Lamrani", g="m", dom="minaenm.nl", initials="S.")
    kamerbrief_head(d, "JenV", "oktober 2024", "6048211", "Stand van zaken uitvoering Spreidingswet")
    d.p("Geachte voorzitter,")
    d.p(f"In het commissiedebat van 3 oktober jl. heb ik toegezegd uw Kamer te informeren over de uitvoering van de "
        f"{d.K('LAW', 'Wet gemeentelijke taak mogelijk maken asielopvangvoorzieningen')}. Het lid "
        f"{d.K('OFFICIAL', 'Van Baarle (DENK)')} vroeg naar de situatie in {d.K('PLACE', 'Ter Apel')}; de leden "
        f"{d.K('OFFICIAL', 'Piri')} en {d.K('OFFICIAL', 'Bikker')} vroegen naar de opvang van alleenstaande minderjarigen.")
    d.p(f"<<{d.P(a, 'init')}: passage afgestemd met het {d.K('ORG', 'COA')}; nog akkoord nodig van "
        f"{d.K('OFFICIAL', 'staatssecretaris Struycken')}? {d.P(b)} checkt dit met het kabinet MP.>>")
    d.p(f"De {d.K('ORG', 'Raad van State')} heeft op 11 september 2024 geadviseerd over het wetsvoorstel tot intrekking. "
        f"{d.K('OFFICIAL', 'Burgemeester Bruls')} heeft namens het {d.K('ORG', 'Veiligheidsberaad')} zijn zorgen geuit.")
    d.p(f"De {d.K('TITLE', 'minister van Asiel en Migratie')},\n\n{d.K('OFFICIAL', 'M. Faber-van de Klashorst')}")
    return d


def doc33():
    d = Doc("d33_kamerbrief_concept_onderwijs", "chromium", "Arial", "Concept Kamerbrief basisvaardigheden", kind="kamerbrief")
    a = P_("Yara", "Haddad", dom="minocw.nl", initials="Y.")
    b = P_("Gijs", "Maas", "van der", g="m", dom="minocw.nl", initials="G.", core="Maas")
    kamerbrief_head(d, "OCW", "februari 2025", "50902211", "Voortgang masterplan basisvaardigheden")
    d.p("Geachte voorzitter,")
    d.p(f"Met deze brief informeren de {d.K('TITLE', 'minister van Onderwijs, Cultuur en Wetenschap')} en ik u over "
        f"de voortgang van het {d.K('PROGRAM', 'Masterplan basisvaardigheden')}. Ik kom hiermee tegemoet aan het "
        f"verzoek van het lid {d.K('OFFICIAL', 'Rooderkerk (D66)')} en van het lid {d.K('OFFICIAL', 'Van Dijk (CDA)')}.")
    d.p(f"[{d.P(b, 'init')}: Paul wil hier graag een voorbeeld uit {d.K('PLACE', 'Almere')}; {d.P(a, 'sur')} zoekt er één.]")
    d.p(f"De {d.K('ORG', 'Inspectie van het Onderwijs')} meldt in {d.K('TERM', 'De Staat van het Onderwijs')} dat het "
        f"leesniveau verder daalt. Scholen in {d.K('PLACE', 'Almere')} en {d.K('PLACE', 'Lelystad')} ontvangen extra "
        f"ondersteuning. {d.K('OFFICIAL', 'Minister Bruins')} en ik spreken in april met de {d.K('ORG', 'PO-Raad')} en "
        f"de {d.K('ORG', 'VO-raad')}.")
    d.p(f"De {d.K('TITLE', 'staatssecretaris van Onderwijs, Cultuur en Wetenschap')},\n\n{d.K('OFFICIAL', 'Mariëlle Paul')}")
    return d


def doc34():
    d = Doc("d34_agenda_dg_overleg", "libreoffice", "Liberation Sans", "Agenda DG-overleg", author="Secretariaat DGOO",
            kind="agenda")
    vz = P_("Corinne", "Sluis", "van der", dom="minbzk.nl", initials="C.", core="Sluis")
    s1 = P_("Hamza", "Yousfi", g="m", dom="minbzk.nl", initials="H.")
    s2 = P_("Tessa", "Kuipers-Lont", dom="minbzk.nl", initials="T.", core="Kuipers-Lont")
    s3 = P_("Kofi", "Asamoah", g="m", dom="minbzk.nl", initials="K.")
    d.title_("Agenda DG-overleg Digitalisering")
    d.kv([("Datum", d.K("DATE", "9 oktober 2024") + ", 10.00 - 11.30 uur"), ("Locatie", f"{d.K('ADDRESS_OFFICE', 'Turfmarkt 147')}, 18e etage"),
          ("Voorzitter", f"{d.K('TERM', 'DG')} Digitalisering en Overheidsorganisatie"),
          ("Secretaris", f"{d.P(vz)} ({d.R('PHONE', mobile(2))})")])
    d.table(["Nr", "Onderwerp", "Inbreng", "Tijd"],
            [["1", "Opening en vaststellen agenda", d.K("TERM", "DG"), "10.00"],
             ["2", f"{d.K('TERM', 'Update')} {d.K('PROGRAM', 'Werkagenda Waardengedreven Digitaliseren')}", d.P(s1, "init"), "10.05"],
             ["3", f"{d.K('TERM', 'CIO-beraad')}: {d.K('TERM', 'business case')} cloudbeleid", d.P(s2, "init"), "10.25"],
             ["4", f"Voorbereiding gesprek {d.K('OFFICIAL', 'staatssecretaris Szabó')} met het {d.K('ORG', 'IPO')}", d.P(s3, "init"), "10.50"],
             ["5", "Rondvraag en sluiting", "", "11.20"]],
            [0.08, 0.55, 0.25, 0.12])
    d.p(f"Stukken: via {d.K('TERM', 'Teams')}-kanaal DG-overleg. Bij verhindering graag bericht aan {d.E(vz)}.")
    return d


def doc35():
    d = Doc("d35_agenda_gemeenteraad_commissie", "reportlab", "Helvetica", "Agenda commissie Bestuur", author="Griffie",
            kind="agenda")
    g = P_("Mirjam", "Kuijk", "van", dom="zwolle.nl", initials="M.", core="Kuijk")
    d.title_("Agenda commissie Bestuur en Middelen")
    d.p(f"{d.K('ORG', 'Gemeenteraad Zwolle')} - dinsdag {d.K('DATE', '21 januari 2025')}, 19.30 uur, raadzaal stadhuis, "
        f"{d.K('ADDRESS_OFFICE', 'Grote Kerkplein 15')}")
    d.table(["Tijd", "Agendapunt", "Portefeuillehouder"],
            [["19.30", "Opening en mededelingen", ""],
             ["19.35", f"Raadsvoorstel Jaarstukken {d.K('ORG', 'Veiligheidsregio IJsselland')}", d.K("OFFICIAL", "burgemeester Snijders")],
             ["20.15", f"Raadsvoorstel {d.K('PROGRAM', 'Regionale Energiestrategie West-Overijssel')}", d.K("OFFICIAL", "wethouder Van Willigen")],
             ["21.00", "Evaluatie Woo-verzoeken 2024", d.K("OFFICIAL", "burgemeester Snijders")],
             ["21.30", "Rondvraag en sluiting", ""]],
            [0.12, 0.58, 0.30])
    d.p(f"Inspreken kan tot maandag 12.00 uur bij de griffie: {d.K('EMAIL_FUNCTIONAL', 'griffie@zwolle.nl')}. "
        f"Behandelend griffier: {d.P(g)}, {d.R('PHONE', landline(1, '038'))}.")
    return d


def doc36():
    d = Doc("d36_uitnodiging_rondetafel", "chromium", "Sans", "Uitnodiging rondetafelgesprek", kind="uitnodiging")
    a = P_("Iris", "Groot", "de", dom="minienw.nl", initials="I.", core="Groot", email="iris.de.groot@minienw.nl")
    b = P_("Ahmet", "Şahin", g="m", dom="minienw.nl", initials="A.")
    d.title_("Uitnodiging")
    d.p(f"{d.K('OFFICIAL', 'Staatssecretaris Jansen')} van {d.K('ORG', 'Infrastructuur en Waterstaat')} nodigt u uit voor "
        f"een rondetafelgesprek over de {d.K('PROGRAM', 'Nationale Aanpak Circulaire Economie')}.")
    d.kv([("Datum", d.K("DATE", "dinsdag 10 juni 2025")), ("Tijd", "13.30 - 16.00 uur (inloop vanaf 13.00)"),
          ("Locatie", f"{d.K('ADDRESS_OFFICE', 'Rijnstraat 8')}, {d.K('PLACE', 'Den Haag')}"),
          ("Aanmelden", f"voor 1 juni via {d.E(a)}")])
    d.p(f"Aan het gesprek nemen onder meer deel: vertegenwoordigers van {d.K('ORG', 'VNO-NCW')}, "
        f"{d.K('ORG', 'Natuur & Milieu')}, de {d.K('ORG', 'Unie van Waterschappen')} en het "
        f"{d.K('ORG', 'Planbureau voor de Leefomgeving')}. Groot onderhoud in het gebouw kan tot beperkte "
        f"parkeerruimte leiden; kom bij voorkeur met het OV.")
    d.p(f"Voor inhoudelijke vragen kunt u terecht bij {d.P(b)} ({d.R('PHONE', mobile(3))}) of {d.P(a)}.")
    return d


def doc37():
    d = Doc("d37_uitnodiging_werkconferentie", "libreoffice", "DejaVu Sans", "Uitnodiging werkconferentie",
            author="Mensah, Efua", kind="uitnodiging")
    a = P_("Efua", "Mensah", dom="minszw.nl", initials="E.")
    b = P_("Bert", "Ree", "van 't", g="m", dom="minszw.nl", initials="A.J.", core="Ree")
    d.title_("Uitnodiging werkconferentie Brede Schuldenaanpak")
    d.p("Beste collega's,")
    d.p(f"Op donderdag {d.K('DATE', '27 maart 2025')} organiseert de directie Armoede, Participatie en Pensioenen een "
        f"werkconferentie over de {d.K('PROGRAM', 'Brede Schuldenaanpak')}. {d.K('OFFICIAL', 'Staatssecretaris Nobel')} "
        f"opent de dag; {d.K('OFFICIAL', 'wethouder Achbar')} ({d.K('PLACE', 'Rotterdam')}) vertelt over de "
        f"Rotterdamse aanpak.")
    d.lines(["Programma:", "09.30 Ontvangst", f"10.00 Opening door {d.K('OFFICIAL', 'staatssecretaris Nobel')}",
             f"10.20 Pitch {d.K('ORG', 'Nibud')}", f"11.00 Workshops (o.a. {d.P(b, 'init')}, {d.K('ORG', 'CJIB')})",
             "12.30 Lunch"])
    d.p(f"Aanmelden kan bij {d.P(a)} ({d.E(a)}, {d.R('PHONE', mobile(4))}). Het {d.K('TERM', 'deadline')}-"
        f"vrije deel van de dag is bedoeld om te netwerken met {d.K('TERM', 'stakeholders')}.")
    return d


def doc38():
    d = Doc("d38_bijlage_deelnemerslijst", "reportlab", "LiberationSerif", "Bijlage deelnemerslijst", author="RVO",
            kind="bijlage")
    ps = [P_("Willemijn", "Smit", "", dom="minkgg.nl", initials="W."),
          P_("Jeroen", "Visser", "", g="m", dom="rvo.nl", initials="J."),
          P_("Olga", "Nowicka", "", dom="rvo.nl", initials="O."),
          P_("Bayu", "Santoso", "", g="m", dom="tno.nl", initials="B."),
          P_("Femke", "Brink", "van den", dom="provincie-utrecht.nl", initials="F.", core="van den Brink"),
          P_("Kwame", "Ofori", "", g="m", dom="gasunie.nl", initials="K.", email="kofori@gasunie.nl"),
          P_("Xiaoling", "Huang", "", dom="minkgg.nl", initials="X.", email="x.huang_ext@minkgg.nl")]
    d.title_("Bijlage 2 - Deelnemers expertsessie waterstof, 13 mei 2025")
    d.p(f"Bij de nota {d.K('CASE', 'KGG/25123456')} over het {d.K('PROGRAM', 'Nationaal Waterstof Programma')}.")
    rows = [[d.P(ps[0]), d.K("ORG", "Ministerie van KGG"), d.K("TITLE", "beleidsmedewerker"), d.E(ps[0])],
            [d.P(ps[1]), d.K("ORG", "RVO"), "adviseur subsidies", d.E(ps[1])],
            [d.P(ps[2]), "RVO", "adviseur subsidies", d.E(ps[2])],
            [d.P(ps[3]), d.K("ORG", "TNO"), "onderzoeker", d.E(ps[3])],
            [d.P(ps[4]), d.K("ORG", "Provincie Utrecht"), "programmamanager", d.E(ps[4])],
            [d.P(ps[5]), d.K("ORG", "Gasunie"), "manager netwerkontwikkeling", d.E(ps[5])],
            [d.P(ps[6]), "Ministerie van KGG", d.K("TITLE", "coördinator"), d.E(ps[6])]]
    d.table(["Naam", "Organisatie", "Functie", "E-mail"], rows, [0.2, 0.18, 0.22, 0.4])
    d.p(f"Afgemeld: {d.K('OFFICIAL', 'gedeputeerde Schaddelee')} (Provincie Utrecht). Voorzitter van de sessie: "
        f"{d.K('TITLE', 'directeur-generaal Klimaat en Energie')}.")
    return d


def doc39():
    d = Doc("d39_bijlage_overzicht_contactpersonen", "chromium", "Arial", "Overzicht contactpersonen gemeenten", kind="bijlage")
    ps = [(P_("Jolanda", "Dijk", "van", dom="almere.nl", initials="J.", core="Dijk", email="jvdijk@almere.nl"), "Almere", "landline", "036"),
          (P_("Murat", "Aksoy", g="m", dom="lelystad.nl", initials="M."), "Lelystad", "mobile", None),
          (P_("Sietske", "Faber", dom="dronten.nl", initials="S."), "Dronten", "mobile", None),
          (P_("Clarence", "Sneek", g="m", dom="zeewolde.nl", initials="C."), "Zeewolde", "landline", "036"),
          (P_("Hanna", "Kowalski", dom="urk.nl", initials="H."), "Urk", "mobile", None),
          (P_("Rob", "Vos", g="m", dom="noordoostpolder.nl", initials="R.", email="r.vos01@noordoostpolder.nl"), "Noordoostpolder", "landline", "0527")]
    d.title_("Bijlage: contactpersonen gemeenten Flevoland - aanpak huisvesting statushouders")
    rows = []
    for i, (p, place, kind, area) in enumerate(ps):
        ph = mobile(i) if kind == "mobile" else landline(i, area)
        rows.append([d.K("ORG", f"Gemeente {place}"), d.P(p, "init"), d.R("PHONE", ph), d.E(p)])
    d.table(["Gemeente", "Contactpersoon", "Telefoon", "E-mail"], rows, [0.22, 0.22, 0.22, 0.34])
    d.p(f"Provinciaal coördinator: {d.K('ORG', 'Provincie Flevoland')}, via het algemene nummer "
        f"{d.K('PHONE_GENERAL', '0320 265 265')}. Bestuurlijk aanspreekpunt: {d.K('OFFICIAL', 'burgemeester Van der Loo')} "
        f"({d.K('PLACE', 'Almere')}). De {d.K('TITLE', 'commissaris van de Koning')} is geïnformeerd.")
    d.p(f"Let op: {d.K('PLACE', 'Sneek', 'Sneek ligt')} ligt niet in Flevoland; de contactpersoon van {d.K('ORG', 'Gemeente Zeewolde')} "
        f"heet {d.P(ps[3][0], 'sur')}.")
    return d


def doc40():
    d = Doc("d40_woo_besluit_inventaris", "libreoffice", "Liberation Serif", "Besluit op Woo-verzoek", author="Kok, Anneke",
            kind="woo-besluit")
    v = P_("Hilde", "Achterberg", initials="H.M.")
    j = P_("Anneke", "Kok", dom="minienw.nl", initials="A.")
    letter_head(d, "Ministerie van Infrastructuur en Waterstaat", [f"{d.K('ADDRESS_OFFICE', 'Postbus 20901')}, 2500 EX Den Haag"],
                [f"MEVROUW {d.P(v, 'upper')}", d.R("ADDRESS", "DORPSSTRAAT 3", "DORPSSTRAAT 3"),
                 d.R("ADDRESS", "1777 AB  HIPPOLYTUSHOEF", "1777 AB")],
                "30 juni 2025", "IENW/BSK-2025/177305", "Besluit op uw Woo-verzoek over de Afsluitdijk")
    d.p(f"Geachte mevrouw {d.P(v, 'sur')},")
    d.p(f"In uw e-mail van 12 maart 2025 heeft u met een beroep op de {d.K('LAW', 'Wet open overheid')} (Woo) gevraagd "
        f"om documenten over de renovatie van de {d.K('PLACE', 'Afsluitdijk')}. Bij dit besluit hoort een "
        f"inventarislijst. Ik maak de documenten deels openbaar.")
    d.h("Inventarislijst")
    d.table(["Nr", "Document", "Datum", "Beoordeling", "Grond", "Opmerking"],
            [["1", "Beslisnota renovatie Afsluitdijk", "12-01-2024", "deels openbaar", "5.1.2e", ""],
             ["2", "E-mail Rijkswaterstaat - De Vrije Fries", "03-02-2024", "deels openbaar", "5.1.2e, 5.1.2i", ""],
             ["3", "Verslag bestuurlijk overleg", "18-03-2024", "openbaar", "", ""],
             ["4", "Bijlage kostenraming", "18-03-2024", "niet openbaar", "5.1.1c", ""],
             ["5", f"Brief {d.K('ORG', 'Levvel')}", "02-05-2024", "deels openbaar", "5.1.2e", "al openbaar, zie nr. 3"],
             ["6", f"Kamerbrief {d.K('OFFICIAL', 'minister Harbers')}", "15-05-2024", "openbaar", "", "reeds gepubliceerd"]],
            [0.05, 0.37, 0.14, 0.16, 0.13, 0.15])
    d.h("Overwegingen")
    d.p(f"In de documenten staan namen en contactgegevens van medewerkers van {d.K('ORG', 'Rijkswaterstaat')} en van "
        f"{d.K('ORG', 'Levvel')}. Deze maak ik niet openbaar op grond van artikel 5.1, tweede lid, onder e, van de Woo. "
        f"Namen van bewindspersonen, zoals {d.K('OFFICIAL', 'minister Harbers')} en {d.K('OFFICIAL', 'staatssecretaris Heijnen')}, "
        f"maak ik wel openbaar.")
    d.p(f"Met vriendelijke groet,\nDe {d.K('TITLE', 'minister van Infrastructuur en Waterstaat')},\nnamens deze,\n"
        f"{d.K('TITLE', 'directeur Bestuurskern')}\n\nBehandelend jurist: {d.P(j, 'init')}")
    return d


DOCS = [doc01, doc02, doc03, doc04, doc05, doc06, doc07, doc08, doc09, doc10, doc11, doc12, doc13, doc14, doc15,
        doc16, doc17, doc18, doc19, doc20, doc21, doc22, doc23, doc24, doc25, doc26, doc27, doc28, doc29, doc30,
        doc31, doc32, doc33, doc34, doc35, doc36, doc37, doc38, doc39, doc40]

# a redact probe that also occurs, on purpose, as public text (company name, office holder, common word)
PUBLIC_TOO = {
    ("d11_email_doorsturen_rapport", "Bakker"),
    ("d30_raadsinformatiebrief_utrecht", "Jansen"),
    ("d36_uitnodiging_rondetafel", "Groot"),
    ("d06_memo_jenv_cameratoezicht", "Winter"),
    ("d10_email_uitnodiging_werkbezoek", "Zwolle"),
    ("d39_bijlage_overzicht_contactpersonen", "Sneek"),
}


def main() -> int:
    docs_dir, gold_dir = HERE / "docs", HERE / "gold"
    for p in (docs_dir, gold_dir):
        if p.exists():
            shutil.rmtree(p)
        p.mkdir(parents=True)
    docs = [f() for f in DOCS]
    names = [d.name for d in docs]
    assert len(set(names)) == len(names)
    render_all(docs, docs_dir)
    problems: list = []
    tot = {"redact": {}, "keep": {}}
    for d in docs:
        g = make_gold(d, docs_dir / f"{d.name}.pdf", problems)
        (gold_dir / f"{d.name}.json").write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        for side in ("redact", "keep"):
            for e in g[side]:
                tot[side][e["kind"]] = tot[side].get(e["kind"], 0) + len(e["probes"])
    for p in problems:
        print("PROBLEM", p, file=sys.stderr)
    for side in ("redact", "keep"):
        print(side, sum(tot[side].values()), dict(sorted(tot[side].items())))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
