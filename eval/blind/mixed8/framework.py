"""Renderers, markup and gold derivation for the blind set mixed8 (set R).

Markup inside document text:
  [[text|KIND]] or [[text|KIND|probe;probe]]   personal data that must be redacted
  {text|KIND}  or {text|KIND|probe}             text that must stay readable
  ^(footnote text)^                             a footnote (Writer) / end note (reportlab)
  <<author||comment>>                           a comment (Writer: PDF annotation; hidden channel)
  @BSN:n@  @IBAN:BANK:n@  @IBANC:BANK:n@        invented valid BSN / IBAN (spaced / compact)
Blocks (one per line): '# h1', '## h2', '| a | b |' bordered table (first row = header),
'~ a | b' borderless rows, '!w 20,50,30' relative widths of the next table, '!pb' page break,
'!box text' text box (Writer frame), '!small text', '!col2' / '!col1' two-column section (Writer),
anything else a paragraph.
"""
from __future__ import annotations

import html
import importlib.util
import os
import re
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
_EVAL = Path(os.environ.get("WOO_EVALUATOR_DIR", "/work/shared/eval")) / "evaluate.py"
_spec = importlib.util.spec_from_file_location("woo_evaluate", _EVAL)
ev = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ev)

BOX = "\u25a0"
PARTICLES = {"van", "de", "der", "den", "ter", "ten", "te", "het", "'t", "\u2019t", "'s", "op", "in",
             "la", "le", "da", "dos", "di", "von", "zu", "el", "al", "ben", "bin", "van't", "du", "des"}


# ------------------------------------------------------------------------------------------
# numbers
# ------------------------------------------------------------------------------------------
def bsn(n: int) -> str:
    base = 100000000 + (n * 7919337) % 800000000
    while True:
        s = f"{base:09d}"
        tot = sum(int(s[i]) * (9 - i) for i in range(8)) - int(s[8])
        if tot % 11 == 0 and s[0] != "0":
            return s
        base += 1


def iban(bank: str, n: int, compact: bool = False) -> str:
    acct = f"{(n * 48271 + 12345) % 10**10:010d}"
    bban = bank + acct
    num = "".join(str(int(c, 36)) for c in bban + "NL00")
    chk = 98 - int(num) % 97
    code = f"NL{chk:02d}{bban}"
    return code if compact else " ".join(code[i:i + 4] for i in range(0, len(code), 4))


def fill_numbers(s: str) -> str:
    s = re.sub(r"@BSN:(\d+)@", lambda m: bsn(int(m.group(1))), s)
    s = re.sub(r"@IBAN:([A-Z]{4}):(\d+)@", lambda m: iban(m.group(1), int(m.group(2))), s)
    s = re.sub(r"@IBANC:([A-Z]{4}):(\d+)@", lambda m: iban(m.group(1), int(m.group(2)), True), s)
    return s


# ------------------------------------------------------------------------------------------
# markup
# ------------------------------------------------------------------------------------------
@dataclass
class Ledger:
    """Collects the entities of one document and the printed / hidden text."""
    redact: dict = field(default_factory=dict)   # value -> (kind, [explicit probes], auto)
    keep: dict = field(default_factory=dict)     # value -> (kind, probe)
    visible: list = field(default_factory=list)  # (plain, blank, repeat_per_page)
    hidden: list = field(default_factory=list)

    def add_redact(self, value, kind, probes):
        if value not in self.redact:
            self.redact[value] = (kind, probes, not probes)

    def add_keep(self, value, kind, probe):
        self.keep.setdefault(probe or value, (kind, value))


_RED = re.compile(r"\[\[(.+?)\|([A-Z_]+)(?:\|([^\]]*))?\]\]")
_KEEP = re.compile(r"\{([^{}|]+)\|([A-Z_]+)(?:\|([^{}]*))?\}")


def strip(s: str, led: Ledger, hidden: bool = False, per_page: bool = False) -> str:
    """Remove markup, register entities and the plain/blank text; return the plain text."""
    s = fill_numbers(s)
    blank = s

    def red(m):
        probes = [p for p in (m.group(3) or "").split(";") if p]
        led.add_redact(m.group(1), m.group(2), probes)
        return m.group(1)

    def keep(m):
        if not hidden:  # readable text in a hidden channel is not a keep probe
            led.add_keep(m.group(1), m.group(2), m.group(3))
        return m.group(1)

    plain = _KEEP.sub(keep, _RED.sub(red, s))
    blank = _KEEP.sub(lambda m: m.group(1), _RED.sub(f" {BOX} ", blank))
    (led.hidden if hidden else led.visible).append((plain, blank, per_page))
    return plain


_FN = re.compile(r"\^\((.*?)\)\^")
_CM = re.compile(r"<<(.*?)\|\|(.*?)>>")


def split_inline(s: str):
    """Split a paragraph into ('t', text), ('fn', text), ('cm', author, text) pieces."""
    out, pos = [], 0
    rx = re.compile(_FN.pattern + "|" + _CM.pattern)
    for m in rx.finditer(s):
        if m.start() > pos:
            out.append(("t", s[pos:m.start()]))
        if m.group(1) is not None:
            out.append(("fn", m.group(1)))
        else:
            out.append(("cm", m.group(2), m.group(3)))
        pos = m.end()
    if pos < len(s):
        out.append(("t", s[pos:]))
    return out


def parse_blocks(text: str):
    blocks, table, widths = [], None, None
    for raw in text.strip("\n").split("\n"):
        line = raw.rstrip()
        if line.startswith("| "):
            cells = [c.strip() for c in line.strip()[1:-1].split(" | ")]
            if table is None or table[0] != "table":
                table = ["table", [], widths]
                blocks.append(table)
                widths = None
            table[1].append(cells)
            continue
        if line.startswith("~ "):
            cells = [c.strip() for c in (" " + line[2:]).split(" | ")]  # "~ | x": empty first cell
            if table is None or table[0] != "kv":
                table = ["kv", [], widths]
                blocks.append(table)
                widths = None
            table[1].append(cells)
            continue
        table = None
        if not line.strip():
            continue
        if line.startswith("!w "):
            widths = [float(x) for x in line[3:].split(",")]
        elif line.startswith("### "):
            blocks.append(["h2", line[4:]])
        elif line.startswith("## "):
            blocks.append(["h2", line[3:]])
        elif line.startswith("# "):
            blocks.append(["h1", line[2:]])
        elif line == "!pb":
            blocks.append(["pb"])
        elif line in ("!col2", "!col1"):
            blocks.append([line[1:]])
        elif line.startswith("!box "):
            blocks.append(["box", line[5:]])
        elif line.startswith("!small "):
            blocks.append(["small", line[7:]])
        else:
            blocks.append(["p", line])
    return blocks


# ------------------------------------------------------------------------------------------
# Writer (Flat ODT -> soffice)
# ------------------------------------------------------------------------------------------
FODT_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>{title}</dc:title><meta:initial-creator>{author}</meta:initial-creator><dc:creator>{author}</dc:creator></office:meta>
<office:font-face-decls><style:font-face style:name="F" svg:font-family="'{font}'"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.12cm"/><style:text-properties style:font-name="F" fo:font-size="{size}pt" fo:language="nl" fo:country="NL"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph"/>
<style:style style:name="H1" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.2cm" fo:margin-bottom="0.2cm"/><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>
<style:style style:name="H2" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.2cm"/><style:text-properties fo:font-size="11pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Small" style:family="paragraph"><style:text-properties fo:font-size="7.5pt"/></style:style>
<style:style style:name="HF" style:family="paragraph"><style:text-properties fo:font-size="8pt" fo:color="#444444"/></style:style>
<style:style style:name="Footnote" style:family="paragraph"><style:text-properties fo:font-size="8pt"/></style:style>
<style:style style:name="TH" style:family="paragraph"><style:text-properties fo:font-weight="bold"/></style:style>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="{pw}" fo:page-height="{ph}" style:print-orientation="{orient}" fo:margin-top="1.3cm" fo:margin-bottom="1.3cm" fo:margin-left="2cm" fo:margin-right="2cm"/><style:header-style><style:header-footer-properties fo:min-height="0.5cm" fo:margin-bottom="0.4cm"/></style:header-style><style:footer-style><style:header-footer-properties fo:min-height="0.5cm" fo:margin-top="0.4cm"/></style:footer-style></style:page-layout>
<style:style style:name="TC" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.06cm"/></style:style>
<style:style style:name="TK" style:family="table-cell"><style:table-cell-properties fo:border="none" fo:padding="0.03cm"/></style:style>
<style:style style:name="S2" style:family="section"><style:section-properties><style:columns fo:column-count="2" fo:column-gap="0.7cm"/></style:section-properties></style:style>
<style:style style:name="PB" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:break-before="page"/></style:style>
<style:style style:name="FR" style:family="graphic"><style:graphic-properties fo:border="0.5pt solid #000000" fo:padding="0.15cm" style:wrap="parallel" style:vertical-pos="from-top" style:horizontal-pos="from-left" style:horizontal-rel="paragraph" style:vertical-rel="paragraph"/></style:style>
{colstyles}
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">{header}{footer}</style:master-page></office:master-styles>
<office:body><office:text>
"""


class Writer:
    def __init__(self, led: Ledger, doc: dict):
        self.led, self.doc = led, doc
        self.colstyles, self.ntab, self.nfn = [], 0, 0

    def inline(self, s: str) -> str:
        out = []
        for piece in split_inline(s):
            if piece[0] == "t":
                out.append(html.escape(strip(piece[1], self.led), quote=False))
            elif piece[0] == "fn":
                self.nfn += 1
                body = html.escape(strip(piece[1], self.led), quote=False)
                out.append(f'<text:note text:id="ftn{self.nfn}" text:note-class="footnote"><text:note-citation>'
                           f'{self.nfn}</text:note-citation><text:note-body><text:p text:style-name="Footnote">'
                           f'{body}</text:p></text:note-body></text:note>')
                self.led.visible.append((str(self.nfn), str(self.nfn), False))
            else:
                a = html.escape(strip(piece[1], self.led, hidden=True), quote=False)
                t = html.escape(strip(piece[2], self.led, hidden=True), quote=False)
                out.append(f'<office:annotation><dc:creator>{a}</dc:creator><dc:date>2025-04-02T09:30:00'
                           f'</dc:date><text:p>{t}</text:p></office:annotation>')
        return "".join(out)

    def table(self, rows, widths, kv):
        self.ntab += 1
        n = max(len(r) for r in rows)
        total = 17.0 if not self.doc.get("landscape") else 25.7
        if kv and "!box " in self.doc["text"]:
            total = 10.8  # leave room for the text box on the right
        widths = widths or [1] * n
        sw = sum(widths)
        cols = []
        for i in range(n):
            name = f"T{self.ntab}C{i}"
            self.colstyles.append(f'<style:style style:name="{name}" style:family="table-column">'
                                  f'<style:table-column-properties style:column-width="{total * widths[i] / sw:.2f}cm"/></style:style>')
            cols.append(f'<table:table-column table:style-name="{name}"/>')
        self.colstyles.append(f'<style:style style:name="T{self.ntab}" style:family="table"><style:table-properties '
                              f'style:width="{total:.2f}cm" table:align="left"/></style:style>')
        out = [f'<table:table table:name="Tabel{self.ntab}" table:style-name="T{self.ntab}">'] + cols
        for ri, r in enumerate(rows):
            out.append("<table:table-row>")
            for c in r + [""] * (n - len(r)):
                st = "TK" if kv else "TC"
                ps = "TH" if (ri == 0 and not kv) else "Standard"
                paras = "".join(f'<text:p text:style-name="{ps}">{self.inline(x)}</text:p>' for x in c.split(" // "))
                out.append(f'<table:table-cell table:style-name="{st}" office:value-type="string">{paras}</table:table-cell>')
            out.append("</table:table-row>")
        out.append("</table:table>")
        return "".join(out)

    def render(self, out_pdf: Path):
        body, in_sect, nbox = [], False, 0
        for b in parse_blocks(self.doc["text"]):
            k = b[0]
            if k == "h1":
                body.append(f'<text:p text:style-name="H1">{self.inline(b[1])}</text:p>')
            elif k == "h2":
                body.append(f'<text:p text:style-name="H2">{self.inline(b[1])}</text:p>')
            elif k == "p":
                body.append(f'<text:p text:style-name="Standard">{self.inline(b[1])}</text:p>')
            elif k == "small":
                body.append(f'<text:p text:style-name="Small">{self.inline(b[1])}</text:p>')
            elif k == "pb":
                body.append('<text:p text:style-name="PB"/>')
            elif k in ("table", "kv"):
                body.append(self.table(b[1], b[2], k == "kv"))
            elif k == "box":
                nbox += 1
                paras = "".join(f"<text:p>{self.inline(x)}</text:p>" for x in b[1].split(" // "))
                body.append(f'<text:p text:style-name="Standard"><draw:frame draw:style-name="FR" draw:name="Kader{nbox}" '
                            f'text:anchor-type="paragraph" svg:x="11.2cm" svg:y="0cm" svg:width="5.8cm" draw:z-index="{nbox}">'
                            f'<draw:text-box fo:min-height="1cm">{paras}</draw:text-box></draw:frame></text:p>')
            elif k == "col2":
                body.append('<text:section text:style-name="S2" text:name="Kolommen">')
                in_sect = True
            elif k == "col1" and in_sect:
                body.append("</text:section>")
                in_sect = False
        if in_sect:
            body.append("</text:section>")
        hdr = ftr = ""
        if self.doc.get("header"):
            hdr = f'<style:header><text:p text:style-name="HF">{html.escape(strip(self.doc["header"], self.led, per_page=True), quote=False)}</text:p></style:header>'
        if self.doc.get("footer"):
            ftr = f'<style:footer><text:p text:style-name="HF">{html.escape(strip(self.doc["footer"], self.led, per_page=True), quote=False)}</text:p></style:footer>'
        author = strip(self.doc.get("author", ""), self.led, hidden=True) if self.doc.get("author") else ""
        land = self.doc.get("landscape")
        head = FODT_HEAD.format(title=html.escape(self.doc.get("title", "")), author=html.escape(author),
                                font=self.doc.get("font", "DejaVu Sans"), size=self.doc.get("size", 10),
                                pw="29.7cm" if land else "21cm", ph="21cm" if land else "29.7cm",
                                orient="landscape" if land else "portrait",
                                colstyles="\n".join(self.colstyles), header=hdr, footer=ftr)
        xml = head + "\n".join(body) + "\n</office:text></office:body></office:document>\n"
        with tempfile.TemporaryDirectory(prefix="m8-") as td:
            src = Path(td) / (out_pdf.stem + ".fodt")
            src.write_text(xml, encoding="utf-8")
            flt = 'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}'
            subprocess.run(["soffice", f"-env:UserInstallation=file://{td}/profile", "--headless",
                            "--convert-to", flt, "--outdir", td, str(src)],
                           capture_output=True, timeout=180, check=True)
            (Path(td) / (out_pdf.stem + ".pdf")).replace(out_pdf)


# ------------------------------------------------------------------------------------------
# reportlab
# ------------------------------------------------------------------------------------------
_RL_FONTS = {"DejaVuSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
             "DejaVuSans-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
             "DejaVuSerif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
             "DejaVuSerif-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
             "LiberationSans": "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
             "LiberationSans-Bold": "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf",
             "DejaVuSansCondensed": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf",
             "DejaVuSansCondensed-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf"}


def _rl_setup():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    for name, path in _RL_FONTS.items():
        if name not in pdfmetrics.getRegisteredFontNames() and Path(path).exists():
            pdfmetrics.registerFont(TTFont(name, path))


class RL:
    def __init__(self, led: Ledger, doc: dict):
        self.led, self.doc, self.notes = led, doc, []

    def inline(self, s):
        out = []
        for piece in split_inline(s):
            if piece[0] == "t":
                out.append(html.escape(strip(piece[1], self.led), quote=False))
            elif piece[0] == "fn":
                self.notes.append(strip(piece[1], self.led))
                n = len(self.notes)
                out.append(f"<super>{n}</super>")
                self.led.visible.append((str(n), str(n), False))
            else:  # comments become PDF text annotations in post()
                a = strip(piece[1], self.led, hidden=True)
                t = strip(piece[2], self.led, hidden=True)
                self.doc.setdefault("_annots", []).append((a, t))
        return "".join(out)

    def render(self, out_pdf: Path):
        from reportlab.lib import colors
        from reportlab.lib.pagesizes import A4, landscape
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.lib.units import cm
        from reportlab.platypus import (BaseDocTemplate, Frame, PageBreak, PageTemplate, Paragraph,
                                        Spacer, Table, TableStyle, FrameBreak)
        _rl_setup()
        font = self.doc.get("font", "DejaVuSans")
        bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold"}.get(font, font + "-Bold")
        size = self.doc.get("size", 9.5)
        base = ParagraphStyle("b", fontName=font, fontSize=size, leading=size * 1.3, spaceAfter=3)
        small = ParagraphStyle("s", parent=base, fontSize=7.5, leading=9)
        h1 = ParagraphStyle("h1", parent=base, fontName=bold, fontSize=14, leading=18, spaceAfter=6)
        h2 = ParagraphStyle("h2", parent=base, fontName=bold, fontSize=11, leading=14, spaceBefore=4)
        cell = ParagraphStyle("c", parent=base, fontSize=size - 1, leading=(size - 1) * 1.25, spaceAfter=0)
        cellb = ParagraphStyle("cb", parent=cell, fontName=bold)
        ps = landscape(A4) if self.doc.get("landscape") else A4
        W, H = ps
        side = self.doc.get("side")  # side column text (list of lines), left margin column
        rside = self.doc.get("rside")  # side column on the right (beslisnota contact column)
        lm = 2 * cm + (4.2 * cm if side else 0)
        fw = W - lm - 2 * cm - (5.0 * cm if rside else 0)
        story = []
        for b in parse_blocks(self.doc["text"]):
            k = b[0]
            if k in ("h1", "h2", "p", "small"):
                story.append(Paragraph(self.inline(b[1]), {"h1": h1, "h2": h2, "p": base, "small": small}[k]))
            elif k == "pb":
                story.append(PageBreak())
            elif k == "box":
                t = Table([[Paragraph("<br/>".join(self.inline(x) for x in b[1].split(" // ")), cell)]],
                          colWidths=[fw * 0.55], hAlign="RIGHT")
                t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.black)]))
                story.append(t)
            elif k in ("table", "kv"):
                rows = b[1]
                n = max(len(r) for r in rows)
                tw = fw / 2 - 0.4 * cm if self.doc.get("twocol") else fw
                wd = b[2] or [1] * n
                cw = [tw * x / sum(wd) for x in wd]
                data = [[Paragraph("<br/>".join(self.inline(x) for x in c.split(" // ")),
                                   cellb if (ri == 0 and k == "table") else cell)
                         for c in r + [""] * (n - len(r))] for ri, r in enumerate(rows)]
                t = Table(data, colWidths=cw, hAlign="LEFT", repeatRows=1 if k == "table" else 0)
                st = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 3),
                      ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
                if k == "table":
                    st += [("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e4e4"))]
                t.setStyle(TableStyle(st))
                story += [t, Spacer(1, 5)]
        if self.notes:
            story.append(Spacer(1, 8))
            for i, n in enumerate(self.notes, 1):
                story.append(Paragraph(f"<super>{i}</super> " + html.escape(n, quote=False), small))
        header = strip(self.doc["header"], self.led, per_page=True) if self.doc.get("header") else ""
        footer = strip(self.doc["footer"], self.led, per_page=True) if self.doc.get("footer") else ""
        side_lines = [strip(x, self.led) for x in side] if side else []
        rside_lines = [strip(x, self.led) for x in rside] if rside else []
        vert = strip(self.doc["vertical"], self.led, per_page=True) if self.doc.get("vertical") else ""

        def deco(c, d):
            c.saveState()
            c.setFont(font, 7.5)
            if header:
                c.drawString(lm, H - 1.2 * cm, header)
            if footer:
                c.drawString(lm, 1.0 * cm, footer)
            if vert:  # rotated text along the left edge, bottom to top
                c.translate(1.1 * cm, 4 * cm)
                c.rotate(90)
                c.drawString(0, 0, vert)
            c.restoreState()
            if rside_lines and d.page == 1:
                c.saveState()
                y = H - 2.4 * cm
                for ln in rside_lines:
                    c.setFont(bold if ln.endswith(":") else font, 7.5)
                    c.drawString(W - 6.4 * cm, y, ln)
                    y -= 10
                c.restoreState()
            if side_lines and d.page == 1:
                c.saveState()
                y = H - 3.2 * cm
                for ln in side_lines:
                    c.setFont(bold if ln.endswith(":") else font, 7.5)
                    c.drawString(2 * cm, y, ln)
                    y -= 10
                c.restoreState()

        doc = BaseDocTemplate(str(out_pdf), pagesize=ps, leftMargin=lm, rightMargin=W - lm - fw,
                              topMargin=1.8 * cm, bottomMargin=1.8 * cm, invariant=1,
                              title=self.doc.get("title", ""), author="", creator="")
        if self.doc.get("twocol"):
            gap = 0.8 * cm
            cwid = (fw - gap) / 2
            frames = [Frame(lm, 1.8 * cm, cwid, H - 3.6 * cm, id="L"),
                      Frame(lm + cwid + gap, 1.8 * cm, cwid, H - 3.6 * cm, id="R")]
        else:
            frames = [Frame(lm, 1.8 * cm, fw, H - 3.6 * cm, id="F")]
        doc.addPageTemplates([PageTemplate(id="p", frames=frames, onPage=deco)])
        doc.build(story)


# ------------------------------------------------------------------------------------------
# scans (image only)
# ------------------------------------------------------------------------------------------
def render_scan(led: Ledger, doc: dict, out_pdf: Path):
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    dpi = 200
    Wp, Hp = int(8.27 * dpi), int(11.69 * dpi)
    fnt = ImageFont.truetype(doc.get("scanfont", "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf"), 34)
    bfnt = ImageFont.truetype("/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf", 40)
    pages, cur, y = [], None, 0

    def newpage():
        nonlocal cur, y
        cur = Image.new("L", (Wp, Hp), 250)
        pages.append(cur)
        y = 150

    newpage()
    for b in parse_blocks(doc["text"]):
        if b[0] == "pb":
            newpage()
            continue
        if b[0] in ("table", "kv"):
            lines = ["   ".join(c for c in r) for r in b[1]]
        else:
            lines = [b[1]]
        for ln in lines:
            plain = strip(ln, led)
            d = ImageDraw.Draw(cur)
            # simple word wrap at ~ 1400 px
            words, line = plain.split(" "), ""
            f = bfnt if b[0] in ("h1", "h2") else fnt
            for w in words:
                t = (line + " " + w).strip()
                if d.textlength(t, font=f) > Wp - 260 and line:
                    d.text((130, y), line, fill=20, font=f)
                    y += 50
                    line = w
                else:
                    line = t
            d.text((130, y), line, fill=20, font=f)
            y += 62 if b[0] in ("h1", "h2") else 54
    c = canvas.Canvas(str(out_pdf), pagesize=A4, invariant=1)
    from reportlab.lib.utils import ImageReader
    for im in pages:
        im = im.rotate(doc.get("skew", 0.4), resample=Image.BICUBIC, fillcolor=250)
        im = im.filter(ImageFilter.GaussianBlur(0.6))
        c.drawImage(ImageReader(im), 0, 0, A4[0], A4[1])
        c.showPage()
    c.save()


# ------------------------------------------------------------------------------------------
# post-processing
# ------------------------------------------------------------------------------------------
def _add_annot(page, annot):
    import pikepdf
    if "/Annots" not in page.obj:
        page.obj["/Annots"] = pikepdf.Array()
    page.obj["/Annots"].append(annot)


def post(led: Ledger, doc: dict, pdf: Path):
    import pikepdf
    if doc.get("gs"):
        tmp = pdf.with_suffix(".gs.pdf")
        subprocess.run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite",
                        "-dCompatibilityLevel=1.6", f"-sOutputFile={tmp}", str(pdf)], check=True,
                       capture_output=True, timeout=180)
        tmp.replace(pdf)
    with pikepdf.open(str(pdf), allow_overwriting_input=True) as p:
        info = p.docinfo
        for k in ("/CreationDate", "/ModDate"):
            info[k] = "D:20250401090000Z"
        if doc.get("author"):
            info["/Author"] = strip(doc["author"], led, hidden=True)
        if doc.get("info_title"):
            info["/Title"] = strip(doc["info_title"], led, hidden=True)
        if doc.get("subject"):
            info["/Subject"] = strip(doc["subject"], led, hidden=True)
        if "/Metadata" in p.Root:
            del p.Root["/Metadata"]
        for a, t in doc.get("_annots", []):
            pg = p.pages[0]
            an = pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                                    Rect=[520, 700, 540, 720], T=pikepdf.String(a),
                                    Contents=pikepdf.String(t), Open=False)
            _add_annot(pg, p.make_indirect(an))
        for uri in doc.get("links", []):
            u = strip(uri, led, hidden=True)
            pg = p.pages[0]
            an = pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Link, Rect=[60, 60, 200, 72],
                                    Border=[0, 0, 0], A=pikepdf.Dictionary(S=pikepdf.Name.URI, URI=pikepdf.String(u)))
            _add_annot(pg, p.make_indirect(an))
        if doc.get("outline"):
            with p.open_outline() as ol:
                for title, pno in doc["outline"]:
                    ol.root.append(pikepdf.OutlineItem(strip(title, led, hidden=True), pno))
        if doc.get("form"):
            fields = []
            y = 120
            for name, val in doc["form"]:
                v = strip(val, led, hidden=True)
                f = pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Widget, FT=pikepdf.Name.Tx,
                                       T=pikepdf.String(name), V=pikepdf.String(v), Rect=[330, y, 540, y + 14],
                                       F=4, DA=pikepdf.String("/Helv 9 Tf 0 g"))
                f = p.make_indirect(f)
                _add_annot(p.pages[0], f)
                fields.append(f)
                y += 18
            p.Root.AcroForm = pikepdf.Dictionary(Fields=pikepdf.Array(fields), NeedAppearances=True)
        kw = dict(deterministic_id=True)
        if doc.get("objstreams"):
            kw.update(object_stream_mode=pikepdf.ObjectStreamMode.generate, compress_streams=True)
        p.save(str(pdf), **kw)
    if doc.get("qpdf"):
        tmp = pdf.with_suffix(".q.pdf")
        subprocess.run(["qpdf", "--object-streams=generate", "--compress-streams=y", "--deterministic-id",
                        str(pdf), str(tmp)], check=True, capture_output=True)
        tmp.replace(pdf)


# ------------------------------------------------------------------------------------------
# gold
# ------------------------------------------------------------------------------------------
def auto_probes(value: str, kind: str) -> list:
    """The span itself, plus for a multi-word PERSON its first name and surname core."""
    probes = [value]
    if kind != "PERSON":
        return probes
    if "," in value:  # Outlook form "Surname, First"
        sur, first = (x.strip() for x in value.split(",", 1))
        core = sur.split()
        while len(core) > 1 and core[0].lower() in PARTICLES:
            core = core[1:]
        return probes + [" ".join(core), first]
    toks = value.split()
    if len(toks) < 2:
        return probes
    first = toks[0]
    rest = toks[1:]
    while rest and (rest[0].lower() in PARTICLES or "." in rest[0]):
        rest = rest[1:]
    if "." not in first and first.lower() not in PARTICLES and first[:1].isupper() and len(first) > 2:
        probes.append(first)
    if rest:
        probes.append(" ".join(rest))
    return probes


def build_gold(led: Ledger, doc: dict, name: str, pdf: Path, errors: list) -> dict:
    text, pages = ev.text_pdfium(pdf)
    meta, outl, ann = ev.meta_outline_annots(pdf)
    hidden_txt = " ".join([meta, outl, ann])
    S = ev.norm(" ".join(" ".join([p] * (pages if rep else 1)) for p, _, rep in led.visible))
    B = ev.norm(" ".join(" ".join([b] * (pages if rep else 1)) for _, b, rep in led.visible))
    H = ev.norm(" ".join(p for p, _, _ in led.hidden))
    ocr = None
    if doc.get("producer") == "scan":
        with tempfile.TemporaryDirectory() as td:
            ocr = ev.ocr_text(pdf, Path(td), list(range(1, pages + 1)))
    redact, keep, seen = [], [], set()
    for value, (kind, explicit, auto) in led.redact.items():
        cands = explicit or auto_probes(value, kind)
        probes = []
        for i, pt in enumerate(cands):
            if pt in seen:
                continue
            pr = {"text": pt, "word": True}
            s, bcount = ev.count_in(S, pr), ev.count_in(B, pr)
            if ocr is not None:
                o = ev.ocr_count(ocr, pr)
                if o == s and s > 0 and bcount == 0:
                    pr.update(ocr=True, after=0)
                    probes.append(pr)
                    seen.add(pt)
                elif i == 0 and explicit == []:
                    errors.append(f"{name}: OCR probe {pt!r} ocr={o} src={s}")
                continue
            t = ev.count_in(text, pr)
            hid = ev.count_in(hidden_txt, pr) if ev.count_in(H, pr) else 0
            ok = (t == s) and (t > bcount or hid > 0) and bcount <= doc.get("public_too", {}).get(pt, 0)
            if ok:
                pr["after"] = bcount
                probes.append(pr)
                seen.add(pt)
            elif i == 0 or explicit:
                errors.append(f"{name}: redact probe {pt!r} pdf={t} src={s} blank={bcount} hidden={hid}")
        if probes:
            redact.append({"kind": kind, "value": value, "probes": probes})
    for probe, (kind, value) in led.keep.items():
        pr = {"text": probe, "word": True}
        t, s, bcount = ev.count_in(text, pr), ev.count_in(S, pr), ev.count_in(B, pr)
        if t == s == bcount and t > 0:
            pr["after"] = t
            keep.append({"kind": kind, "value": value, "probes": [pr]})
        else:
            errors.append(f"{name}: keep probe {probe!r} pdf={t} src={s} blank={bcount}")
    return {"doc": name + ".pdf", "pages": pages, "producer": doc.get("producer_label", doc["producer"]),
            "redact": redact, "keep": keep}


# ------------------------------------------------------------------------------------------
# HTML (Chromium print-to-PDF, or LibreOffice Writer/Web from the same HTML)   [added for mixed8]
# ------------------------------------------------------------------------------------------
HTML_CSS = """
@page { size: A4; margin: 16mm 16mm 16mm 16mm; }
body { font-family: '%(font)s'; font-size: %(size)spt; line-height: 1.3; color: #111; }
h1 { font-size: 15pt; margin: 0 0 6pt 0; } h2 { font-size: 11.5pt; margin: 8pt 0 3pt 0; }
p { margin: 0 0 4pt 0; } .small { font-size: 7.5pt; color: #444; }
table.g { border-collapse: collapse; margin: 4pt 0 6pt 0; table-layout: fixed; }
table.g td, table.g th { border: 0.6pt solid #555; padding: 2pt 3pt; vertical-align: top; text-align: left; }
table.g th { background: #e6e6e6; }
table.k { border-collapse: collapse; margin: 2pt 0 6pt 0; } table.k td { padding: 1pt 8pt 1pt 0; vertical-align: top; }
.cols { column-count: 2; column-gap: 8mm; }
.box { border: 0.6pt solid #333; padding: 4pt; margin: 4pt 0; }
.side { float: right; width: 52mm; margin: 0 0 6pt 8mm; font-size: 7.5pt; border-left: 0.6pt solid #999; padding-left: 4pt; }
.hdr { font-size: 7.5pt; color: #555; border-bottom: 0.5pt solid #999; margin-bottom: 6pt; }
.ftr { font-size: 7pt; color: #555; border-top: 0.5pt solid #999; margin-top: 10pt; }
%(extra)s
"""


class HTMLDoc:
    """Blocks -> HTML; `cls NAME text` lines become <div class=NAME>; engine chromium or soffice."""

    def __init__(self, led: Ledger, doc: dict):
        self.led, self.doc = led, doc

    def inline(self, s):
        out = []
        for piece in split_inline(s):
            if piece[0] == "t":
                out.append(html.escape(strip(piece[1], self.led), quote=False))
            elif piece[0] == "fn":
                out.append(html.escape(strip(piece[1], self.led), quote=False))
            else:
                a = strip(piece[1], self.led, hidden=True)
                t = strip(piece[2], self.led, hidden=True)
                self.doc.setdefault("_annots", []).append((a, t))
        return "".join(out)

    def cell(self, c):
        return "<br>".join(self.inline(x) for x in c.split(" // "))

    def build_html(self) -> str:
        body = []
        if self.doc.get("header"):
            body.append(f'<div class="hdr">{self.inline(self.doc["header"])}</div>')
        if self.doc.get("rside"):
            body.append('<div class="side">' + "<br>".join(self.inline(x) for x in self.doc["rside"]) + "</div>")
        in_cols = False
        for b in parse_blocks(self.doc["text"]):
            k = b[0]
            if k == "h1":
                body.append(f"<h1>{self.inline(b[1])}</h1>")
            elif k == "h2":
                body.append(f"<h2>{self.inline(b[1])}</h2>")
            elif k == "p":
                m = re.match(r"^cls ([\w-]+) (.*)$", b[1])
                if m:
                    body.append(f'<div class="{m.group(1)}">{self.cell(m.group(2))}</div>')
                else:
                    body.append(f"<p>{self.inline(b[1])}</p>")
            elif k == "small":
                body.append(f'<p class="small">{self.inline(b[1])}</p>')
            elif k == "pb":
                body.append('<div style="page-break-after: always"></div>')
            elif k == "box":
                body.append('<div class="box">' + self.cell(b[1]) + "</div>")
            elif k == "col2":
                body.append('<div class="cols">')
                in_cols = True
            elif k == "col1" and in_cols:
                body.append("</div>")
                in_cols = False
            elif k in ("table", "kv"):
                rows = b[1]
                n = max(len(r) for r in rows)
                wd = b[2]
                cg = ""
                if wd:
                    cg = "<colgroup>" + "".join(f'<col style="width:{100 * x / sum(wd):.1f}%">' for x in wd) + "</colgroup>"
                tw = self.doc.get("table_width", "100%")
                cls = "g" if k == "table" else "k"
                out = [f'<table class="{cls}" style="width:{tw if k == "table" else "auto"}">{cg}']
                for ri, r in enumerate(rows):
                    tag = "th" if (ri == 0 and k == "table") else "td"
                    out.append("<tr>" + "".join(f"<{tag}>{self.cell(c)}</{tag}>" for c in r + [""] * (n - len(r))) + "</tr>")
                out.append("</table>")
                body.append("".join(out))
        if in_cols:
            body.append("</div>")
        if self.doc.get("footer"):
            body.append(f'<div class="ftr">{self.inline(self.doc["footer"])}</div>')
        css = HTML_CSS % dict(font=self.doc.get("font", "DejaVu Sans"), size=self.doc.get("size", 9.5),
                              extra=self.doc.get("css", ""))
        title = html.escape(strip(self.doc.get("title", ""), self.led, hidden=True)) if self.doc.get("title") else ""
        return (f'<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>{title}</title>'
                f"<style>{css}</style></head><body>" + "\n".join(body) + "</body></html>")

    def render(self, out_pdf: Path, engine: str = "chromium"):
        src_html = self.build_html()
        with tempfile.TemporaryDirectory(prefix="m8h-") as td:
            src = Path(td) / (out_pdf.stem + ".html")
            src.write_text(src_html, encoding="utf-8")
            if engine == "chromium":
                subprocess.run(["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu",
                                "--no-pdf-header-footer", "--disable-pdf-tagging", f"--user-data-dir={td}/prof",
                                f"--print-to-pdf={td}/out.pdf", src.as_uri()],
                               capture_output=True, timeout=180, check=True)
                (Path(td) / "out.pdf").replace(out_pdf)
            else:
                subprocess.run(["soffice", f"-env:UserInstallation=file://{td}/profile", "--headless",
                                "--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export", "--outdir", td, str(src)],
                               capture_output=True, timeout=180, check=True)
                (Path(td) / (out_pdf.stem + ".pdf")).replace(out_pdf)


# ------------------------------------------------------------------------------------------
# scans at 300 dpi: render with reportlab, rasterise with pdftoppm, skew and noise with Pillow,
# wrap the images into a PDF with Pillow                                         [added for mixed8]
# ------------------------------------------------------------------------------------------
def render_scan300(led: Ledger, doc: dict, out_pdf: Path):
    import random
    from PIL import Image, ImageFilter
    with tempfile.TemporaryDirectory(prefix="m8s-") as td:
        base = Path(td) / "base.pdf"
        inner = dict(doc)
        inner["producer"] = "rl"
        RL(led, inner).render(base)
        subprocess.run(["pdftoppm", "-r", "300", "-gray", "-png", str(base), f"{td}/pg"], check=True)
        rnd = random.Random(doc.get("seed", 8))
        ims = []
        for png in sorted(Path(td).glob("pg*.png")):
            im = Image.open(png).convert("L")
            im = im.rotate(doc.get("skew", 0.6), resample=Image.BICUBIC, fillcolor=248, expand=False)
            im = Image.blend(im, Image.effect_noise(im.size, 40), 0.08)
            im = im.filter(ImageFilter.GaussianBlur(0.5))
            # a few specks
            px = im.load()
            for _ in range(400):
                x, y = rnd.randrange(im.size[0]), rnd.randrange(im.size[1])
                px[x, y] = 90
            ims.append(im)
        ims[0].save(out_pdf, "PDF", resolution=300.0, save_all=True, append_images=ims[1:], quality=40)
