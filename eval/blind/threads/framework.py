"""Rendering and gold machinery for the blind 'threads' evaluation set.

Text is written with inline marks (see `mark`) that say which spans are personal data; the marks
are stripped before rendering. Gold probes are derived from the marks and then checked against the
text that pypdfium2 extracts from the produced PDF, with evaluate.py's own `norm`/`probe_regex`.
"""
from __future__ import annotations

import datetime as _dt
import html
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import norm, probe_regex, text_pdfium  # noqa: E402

S, M, E = "\ue000", "\ue001", "\ue002"
MARK_RX = re.compile(S + "([^" + M + "]*)" + M + "([^" + E + "]*)" + E)
FIXED_DATE = "D:20261201090000Z"
DEJAVU = "/usr/share/fonts/truetype/dejavu/"

# entity registry of the document being built: key -> (kind, value)
ENT: dict = {}
# tokens that make a person probe (key -> list of name tokens)
TOKENS: dict = {}


def reset():
    ENT.clear()
    TOKENS.clear()


def mark(key, kind, value, surface):
    old = ENT.get(key)
    if old and old != (kind, value):
        raise SystemExit(f"entity {key} registered twice with different values: {old} vs {(kind, value)}")
    ENT[key] = (kind, value)
    return f"{S}{key}{M}{surface}{E}"


def R(kind, surface, key=None, value=None):
    """A one-off redact span (IBAN, BSN, address, a person outside the pool...)."""
    key = key or f"{kind}:{surface}"
    return mark(key, kind, value or surface, surface)


def plain(s: str) -> str:
    return MARK_RX.sub(lambda m: m.group(2), s)


class P:
    """An invented person. Every property returns marked text."""

    def __init__(self, first, last, particle="", email=None, mob=None, tel=None, par=None,
                 initials=None, key=None):
        self.f, self.l, self.pa = first, last, particle
        self.key = key or (first + "_" + last).replace(" ", "_")
        self.mail, self.mobile, self.phone, self.paraph = email, mob, tel, par
        self.inits = initials or "".join(x[0] + "." for x in re.split(r"[ -]", first) if x)

    # name forms -------------------------------------------------------
    def _n(self, surface):
        TOKENS.setdefault(self.key, [self.f, self.l, self.f.upper(), self.l.upper()])
        return mark(self.key, "PERSON", self.value, surface)

    @property
    def value(self):
        return " ".join(x for x in (self.f, self.pa, self.l) if x)

    def alias(self, surface, token=None):
        """Another surface of this name; `token` (default: the surface) becomes a probe candidate."""
        s = self._n(surface)
        TOKENS[self.key].append(token or surface)
        return s

    @property
    def full(self):
        return self._n(self.value)

    @property
    def first(self):
        return self._n(self.f)

    @property
    def sur(self):  # surname alone, particle capitalised (mevrouw Van den Berg)
        pa = (self.pa[:1].upper() + self.pa[1:] + " ") if self.pa else ""
        return self._n(pa + self.l)

    @property
    def last(self):  # surname core only
        return self._n(self.l)

    @property
    def inv(self):  # Outlook: Berg, Jan van den
        return self._n(f"{self.l}, {self.f}" + (f" {self.pa}" if self.pa else ""))

    @property
    def ini(self):
        return self._n(f"{self.inits} " + (self.pa + " " if self.pa else "") + self.l)

    @property
    def inv_ini(self):  # Jansen, K.
        return self._n(f"{self.l}, {self.inits}" + (f" {self.pa}" if self.pa else ""))

    @property
    def caps(self):
        return self._n(self.value.upper())

    @property
    def capsinv(self):
        return self._n(f"{self.l.upper()}, {self.f.upper()}")

    # contact data -----------------------------------------------------
    @property
    def email(self):
        return mark(self.key + "#mail", "EMAIL_ADDRESS", self.mail, self.mail)

    @property
    def mob(self):
        return mark(self.key + "#mob", "PHONE_NUMBER", self.mobile, self.mobile)

    @property
    def tel(self):
        return mark(self.key + "#tel", "PHONE_NUMBER", self.phone, self.phone)

    @property
    def par(self):
        return mark(self.key + "#par", "PARAPH", f"{self.paraph} ({self.value})", self.paraph)

    @property
    def ol(self):  # Oudeman, Pieter <pieter.oudeman@minbzk.nl>
        return f"{self.inv} <{self.email}>"

    @property
    def nm(self):  # Pieter Oudeman <pieter.oudeman@minbzk.nl>
        return f"{self.full} <{self.email}>"

    @property
    def mailto(self):  # Pieter Oudeman [mailto:pieter.oudeman@minbzk.nl]
        return f"{self.full} [mailto:{self.email}]"

    @property
    def olmailto(self):
        return f"{self.inv} [mailto:{self.email}]"


# ----------------------------------------------------------------------------------------------
# blocks: ("title", t) ("h", t) ("p", t) ("q", t) ("small", t) ("rule",) ("hdr", [(lab, val)])
#         ("table", [hdr cells], [[cells]]) ("chat", t) ("mono", t) ("gap",)
# ----------------------------------------------------------------------------------------------
def block_texts(blocks):
    out = []
    for b in blocks:
        k = b[0]
        if k in ("rule", "gap"):
            continue
        if k == "hdr":
            out += [f"{lab}: {val}" if lab else val for lab, val in b[1]]
        elif k == "table":
            out += list(b[1])
            for row in b[2]:
                out += list(row)
        else:
            out.append(b[1])
    return out


def _h(s):
    return html.escape(plain(s))


def render_html(blocks, out_pdf: Path, style="outlook"):
    font = {"outlook": "'Liberation Sans', Arial, sans-serif", "teams": "'DejaVu Sans', sans-serif",
            "serif": "'Liberation Serif', serif"}[style]
    css = f"""
    @page {{ size: A4; margin: 18mm 17mm; }}
    body {{ font-family: {font}; font-size: 10.5pt; color:#000; }}
    .title {{ font-size: 15pt; font-weight: bold; margin: 0 0 4px 0; }}
    hr {{ border: 0; border-top: 2px solid #000; margin: 4px 0 10px 0; }}
    table.hdr td {{ vertical-align: top; padding: 0 8px 1px 0; }}
    table.hdr td.l {{ font-weight: bold; white-space: nowrap; }}
    p {{ margin: 0 0 8px 0; }}
    .q {{ margin-left: 14px; padding-left: 8px; border-left: 2px solid #888; color:#333; }}
    .small {{ font-size: 8pt; color: #555; }}
    .chat {{ margin: 0 0 5px 0; }}
    p.line {{ margin: 0; }}
    .mono {{ font-family: 'DejaVu Sans Mono', monospace; font-size: 9pt; margin:0 0 3px 0; }}
    h2 {{ font-size: 12pt; margin: 10px 0 6px 0; }}
    table.grid {{ border-collapse: collapse; margin: 4px 0 10px 0; }}
    table.grid td, table.grid th {{ border: 1px solid #777; padding: 2px 6px; font-size: 9.5pt; text-align:left; }}
    """
    parts = [f"<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><title>Afdruk</title>"
             f"<style>{css}</style></head><body>"]
    for b in blocks:
        k = b[0]
        if k == "title":
            parts.append(f"<div class='title'>{_h(b[1])}</div>")
        elif k == "rule":
            parts.append("<hr>")
        elif k == "gap":
            parts.append("<div style='height:10px'></div>")
        elif k == "hdr":
            parts.append("<table class='hdr'>")
            for lab, val in b[1]:
                parts.append(f"<tr><td class='l'>{_h(lab)}:</td><td>{_h(val)}</td></tr>" if lab
                             else f"<tr><td colspan='2'>{_h(val)}</td></tr>")
            parts.append("</table><div style='height:8px'></div>")
        elif k == "h":
            parts.append(f"<h2>{_h(b[1])}</h2>")
        elif k == "table":
            parts.append("<table class='grid'><tr>" + "".join(f"<th>{_h(c)}</th>" for c in b[1]) + "</tr>")
            for row in b[2]:
                parts.append("<tr>" + "".join(f"<td>{_h(c)}</td>" for c in row) + "</tr>")
            parts.append("</table>")
        else:
            cls = {"p": "", "q": "q", "small": "small", "chat": "chat", "mono": "mono", "line": "line", "qline": "q line"}[k]
            parts.append(f"<p class='{cls}'>{_h(b[1])}</p>" if k != "mono" else f"<div class='mono'>{_h(b[1])}</div>")
    parts.append("</body></html>")
    with tempfile.TemporaryDirectory(prefix="bt-html-") as td:
        hp = Path(td) / "doc.html"
        hp.write_text("".join(parts), encoding="utf-8")
        subprocess.run(["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu",
                        "--no-pdf-header-footer", f"--user-data-dir={td}/prof",
                        f"--print-to-pdf={out_pdf}", hp.as_uri()],
                       check=True, capture_output=True, timeout=180)


def build_docx(blocks, out_docx: Path, font="Calibri"):
    import docx
    from docx.shared import Pt, RGBColor

    d = docx.Document()
    cp = d.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.title = ""
    cp.comments = ""
    cp.created = _dt.datetime(2026, 12, 1, 9, 0, 0)
    cp.modified = _dt.datetime(2026, 12, 1, 9, 0, 0)
    cp.revision = 1
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(10.5)
    for b in blocks:
        k = b[0]
        if k == "title":
            r = d.add_paragraph().add_run(plain(b[1]))
            r.bold = True
            r.font.size = Pt(15)
        elif k == "rule":
            d.add_paragraph("_" * 70)
        elif k == "gap":
            d.add_paragraph("")
        elif k == "hdr":
            for lab, val in b[1]:
                para = d.add_paragraph()
                para.paragraph_format.space_after = Pt(0)
                if lab:
                    r = para.add_run(plain(lab) + ":\t")
                    r.bold = True
                para.add_run(plain(val))
            d.add_paragraph("")
        elif k == "h":
            r = d.add_paragraph().add_run(plain(b[1]))
            r.bold = True
            r.font.size = Pt(12)
        elif k == "table":
            t = d.add_table(rows=1 + len(b[2]), cols=len(b[1]))
            t.style = "Table Grid"
            for i, c in enumerate(b[1]):
                cell = t.rows[0].cells[i]
                cell.text = ""
                rr = cell.paragraphs[0].add_run(plain(c))
                rr.bold = True
            for ri, row in enumerate(b[2]):
                for i, c in enumerate(row):
                    t.rows[ri + 1].cells[i].text = plain(c)
            d.add_paragraph("")
        else:
            para = d.add_paragraph()
            r = para.add_run(plain(b[1]))
            if k == "q":
                para.paragraph_format.left_indent = Pt(18)
                r.font.color.rgb = RGBColor(0x33, 0x33, 0x33)
            elif k == "small":
                r.font.size = Pt(8)
            elif k == "mono":
                r.font.name = "Liberation Mono"
                r.font.size = Pt(9)
                para.paragraph_format.space_after = Pt(0)
            elif k == "chat":
                para.paragraph_format.space_after = Pt(2)
            elif k in ("line", "qline"):
                para.paragraph_format.space_after = Pt(0)
                if k == "qline":
                    para.paragraph_format.left_indent = Pt(18)
    d.save(str(out_docx))


def render_reportlab(blocks, out_pdf: Path, font="Helvetica"):
    from reportlab import rl_config

    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import HRFlowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    bold = font + "-Bold" if font in ("Helvetica", "Times") else font + "-Bold"
    if font == "Times":
        font, bold = "Times-Roman", "Times-Bold"
    if font == "DejaVuSans":
        pdfmetrics.registerFont(TTFont("DejaVuSans", DEJAVU + "DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", DEJAVU + "DejaVuSans-Bold.ttf"))
    base = ParagraphStyle("b", fontName=font, fontSize=10, leading=13, spaceAfter=6)
    sty = {
        "p": base,
        "q": ParagraphStyle("q", parent=base, leftIndent=16, textColor=colors.HexColor("#333333")),
        "small": ParagraphStyle("s", parent=base, fontSize=7.5, leading=9.5, textColor=colors.HexColor("#555555")),
        "chat": ParagraphStyle("c", parent=base, spaceAfter=3),
        "line": ParagraphStyle("l", parent=base, spaceAfter=0),
        "qline": ParagraphStyle("ql", parent=base, spaceAfter=0, leftIndent=16, textColor=colors.HexColor("#333333")),
        "mono": ParagraphStyle("m", parent=base, fontSize=9, leading=11, spaceAfter=1),
        "title": ParagraphStyle("t", parent=base, fontName=bold, fontSize=14, leading=18),
        "h": ParagraphStyle("h", parent=base, fontName=bold, fontSize=11.5, leading=15, spaceBefore=6),
        "hdr": ParagraphStyle("hd", parent=base, spaceAfter=0, leftIndent=70, firstLineIndent=-70),
        "cell": ParagraphStyle("ce", parent=base, fontSize=9, leading=11, spaceAfter=0),
    }

    def x(s):
        return html.escape(plain(s), quote=False)

    story = []
    for b in blocks:
        k = b[0]
        if k == "rule":
            story.append(HRFlowable(width="100%", thickness=1.5, color=colors.black, spaceAfter=6))
        elif k == "gap":
            story.append(Spacer(1, 8))
        elif k == "hdr":
            for lab, val in b[1]:
                story.append(Paragraph((f"<font name='{bold}'>{x(lab)}:</font> " if lab else "") + x(val), sty["hdr"]))
            story.append(Spacer(1, 8))
        elif k == "table":
            data = [[Paragraph(f"<font name='{bold}'>{x(c)}</font>", sty["cell"]) for c in b[1]]]
            data += [[Paragraph(x(c), sty["cell"]) for c in row] for row in b[2]]
            t = Table(data, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [t, Spacer(1, 8)]
        else:
            story.append(Paragraph(x(b[1]), sty[k]))

    def onpage(c, doc):
        c.saveState()
        c.setFont(font, 7.5)
        c.drawRightString(A4[0] - 18 * mm, 10 * mm, f"pagina {doc.page}")
        c.restoreState()

    doc = SimpleDocTemplate(str(out_pdf), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=18 * mm, bottomMargin=18 * mm, title="", author="", creator="")
    doc.build(story, onFirstPage=onpage, onLaterPages=onpage)


def render_fpdf(blocks, out_pdf: Path):
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_creation_date(_dt.datetime(2026, 12, 1, 9, 0, 0, tzinfo=_dt.timezone.utc))
    pdf.add_font("DejaVu", "", DEJAVU + "DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", DEJAVU + "DejaVuSans-Bold.ttf")
    pdf.add_font("DejaVuMono", "", DEJAVU + "DejaVuSansMono.ttf")
    pdf.set_margins(18, 16, 18)
    pdf.set_auto_page_break(True, 16)
    pdf.add_page()
    W = pdf.w - pdf.l_margin - pdf.r_margin
    for b in blocks:
        k = b[0]
        if k == "title":
            pdf.set_font("DejaVu", "B", 14)
            pdf.multi_cell(W, 7, plain(b[1]), new_x="LMARGIN", new_y="NEXT")
        elif k == "h":
            pdf.ln(2)
            pdf.set_font("DejaVu", "B", 11.5)
            pdf.multi_cell(W, 6, plain(b[1]), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif k == "rule":
            pdf.set_line_width(0.6)
            pdf.line(pdf.l_margin, pdf.get_y() + 1, pdf.w - pdf.r_margin, pdf.get_y() + 1)
            pdf.ln(4)
        elif k == "gap":
            pdf.ln(4)
        elif k == "hdr":
            for lab, val in b[1]:
                if lab:
                    pdf.set_font("DejaVu", "B", 9.5)
                    pdf.cell(24, 5, plain(lab) + ":")
                    pdf.set_font("DejaVu", "", 9.5)
                    pdf.multi_cell(W - 24, 5, plain(val), new_x="LMARGIN", new_y="NEXT")
                else:
                    pdf.set_font("DejaVu", "", 9.5)
                    pdf.multi_cell(W, 5, plain(val), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif k == "table":
            pdf.set_font("DejaVu", "", 8.5)
            with pdf.table(line_height=4.6, text_align="LEFT") as t:
                r = t.row()
                pdf.set_font("DejaVu", "B", 8.5)
                for c in b[1]:
                    r.cell(plain(c))
                pdf.set_font("DejaVu", "", 8.5)
                for row in b[2]:
                    r = t.row()
                    for c in row:
                        r.cell(plain(c))
            pdf.ln(3)
        else:
            if k == "mono":
                pdf.set_font("DejaVuMono", "", 8.5)
                pdf.multi_cell(W, 4.4, plain(b[1]), new_x="LMARGIN", new_y="NEXT")
                continue
            size = {"p": 9.5, "q": 9.5, "small": 7, "chat": 9.5, "line": 9.5, "qline": 9.5}[k]
            pdf.set_font("DejaVu", "", size)
            if k in ("q", "qline"):
                pdf.set_x(pdf.l_margin + 6)
                pdf.set_text_color(60, 60, 60)
                pdf.multi_cell(W - 6, 4.9, plain(b[1]), new_x="LMARGIN", new_y="NEXT")
                pdf.set_text_color(0, 0, 0)
            else:
                pdf.multi_cell(W, 4.9 if k != "small" else 3.6, plain(b[1]), new_x="LMARGIN", new_y="NEXT")
            if k not in ("line", "qline"):
                pdf.ln(1.6 if k != "chat" else 0.8)
            elif k == "qline":
                pass
    pdf.output(str(out_pdf))


def convert_docx_batch(docx_files, outdir: Path):
    if not docx_files:
        return
    with tempfile.TemporaryDirectory(prefix="bt-lo-") as td:
        subprocess.run(["libreoffice", f"-env:UserInstallation=file://{td}/prof", "--headless",
                        "--convert-to", "pdf", "--outdir", str(outdir)] + [str(p) for p in docx_files],
                       check=True, capture_output=True, timeout=900)


def normalise_pdf(path: Path):
    """Fixed dates, no XMP, fixed /ID: re-running reproduces the same bytes."""
    import pikepdf

    with pikepdf.open(str(path), allow_overwriting_input=True) as p:
        for k in list(p.docinfo.keys()):
            if k in ("/CreationDate", "/ModDate"):
                p.docinfo[k] = FIXED_DATE
            if k in ("/Title", "/Author", "/Subject", "/Keywords") and not str(p.docinfo[k]).strip():
                del p.docinfo[k]
        if "/Metadata" in p.Root:
            del p.Root["/Metadata"]
        if "/DocChecksum" in p.trailer:
            del p.trailer["/DocChecksum"]
        if "/ID" in p.trailer:
            del p.trailer["/ID"]
        p.save(str(path), static_id=True)


# ----------------------------------------------------------------------------------------------
# gold
# ----------------------------------------------------------------------------------------------
def source_text(blocks):
    """Marked text of all blocks, one space between blocks; returns (plain, spans)."""
    marked = " ".join(re.sub(r"\s+", " ", t).strip() for t in block_texts(blocks))
    spans, out, pos = [], [], 0
    i = 0
    for m in MARK_RX.finditer(marked):
        out.append(marked[i:m.start()])
        pos += len(marked[i:m.start()])
        spans.append((pos, pos + len(m.group(2)), m.group(1)))
        out.append(m.group(2))
        pos += len(m.group(2))
        i = m.end()
    out.append(marked[i:])
    txt = "".join(out)
    if norm(txt) != txt:
        raise SystemExit("source text is not in normal form: " + repr(txt[:200]))
    if S in txt or M in txt or E in txt:
        raise SystemExit("unbalanced mark in source text")
    return txt, spans


def _matches(txt, probe):
    return [(m.start(), m.end()) for m in probe_regex(probe, True).finditer(txt)]


def _inside(a, b, spans):
    return any(s <= a and b <= e for s, e, _ in spans)


def _overlaps(a, b, spans):
    return any(a < e and s < b for s, e, _ in spans)


def build_gold(name, blocks, pdf_path: Path, keep_terms, log):
    txt, spans = source_text(blocks)
    ext, npages = text_pdfium(pdf_path)
    if not 1 <= npages <= 4:
        raise SystemExit(f"{name}: {npages} pages (want 1-4)")
    redact, probes_seen = {}, set()
    used_keys = []
    for s, e, k in spans:
        if k not in used_keys:
            used_keys.append(k)

    def add_probe(key, text):
        if text in probes_seen:
            return True
        ms = _matches(txt, text)
        if not ms:
            return False
        bad = [m for m in ms if not _inside(m[0], m[1], spans)]
        if bad:
            return None
        got = len(probe_regex(text, True).findall(ext))
        if got != len(ms):
            raise SystemExit(f"{name}: redact probe {text!r}: {len(ms)} in source, {got} in PDF text")
        probes_seen.add(text)
        kind, value = ENT[key]
        redact.setdefault(key, {"kind": kind, "value": value, "probes": []})["probes"].append(
            {"text": text, "word": True, "after": 0})
        return True

    for key in used_keys:
        kind, value = ENT[key]
        surfaces = [txt[s:e] for s, e, k in spans if k == key]
        if kind == "PERSON":
            cands = [t for t in dict.fromkeys(TOKENS.get(key) or surfaces) if len(t) >= 2]
            for t in cands:
                r = add_probe(key, t)
                if r is None:  # collides with text outside redact spans: use the surfaces
                    log.append(f"{name}: token {t!r} of {value} also occurs outside redact spans; "
                               f"probing full surfaces instead")
                    for sf in dict.fromkeys(surfaces):
                        if t in sf and len(sf) > len(t):
                            if add_probe(key, sf) is None:
                                raise SystemExit(f"{name}: surface {sf!r} collides with unmarked text")
        elif kind == "EMAIL_ADDRESS":
            local = value.split("@")[0]
            r = add_probe(key, local)
            if r is None:
                raise SystemExit(f"{name}: e-mail local part {local!r} occurs outside redact spans")
        else:
            for sf in dict.fromkeys(surfaces):
                if add_probe(key, sf) is None:
                    raise SystemExit(f"{name}: redact surface {sf!r} occurs outside redact spans")
    # every redact span must hold at least one probe match
    allp = [p["text"] for it in redact.values() for p in it["probes"]]
    for s, e, k in spans:
        if not any(any(s <= a and b <= e for a, b in _matches(txt, p)) for p in allp):
            raise SystemExit(f"{name}: span {txt[s:e]!r} ({k}) carries no probe")
    keep = []
    for kind, term in keep_terms:
        ms = _matches(txt, term)
        if not ms:
            continue
        got = len(probe_regex(term, True).findall(ext))
        if got != len(ms):
            raise SystemExit(f"{name}: keep probe {term!r}: {len(ms)} in source, {got} in PDF text")
        after = len([m for m in ms if not _overlaps(m[0], m[1], spans)])
        if after == 0:
            continue
        if after != len(ms):
            log.append(f"{name}: keep {term!r} after={after} of {len(ms)} (rest inside redact spans)")
        keep.append({"kind": kind, "value": term, "probes": [{"text": term, "word": True, "after": after}]})
    # extra check: each keep occurrence outside spans must not be matched by a redact probe
    for it in keep:
        for a, b in _matches(txt, it["value"]):
            pass
    return {"doc": name + ".pdf", "pages": npages, "redact": list(redact.values()), "keep": keep}
