"""Rebuild set GZ (eval/blind/mixed242): provincial exemption to shoot geese (ganzenschade).

    /work/main/.venv/bin/python make_set.py            # all documents
    /work/main/.venv/bin/python make_set.py gz03 gz17  # only these

Documents are written in a small markup (content_a.py, content_b.py):
  [[K:text]]  personal data that must disappear (redact probe, after=0, word-anchored)
  {{K:text}}  public text that must stay readable (keep probe; 'after' counted on the original)
Blocks: 'H:' heading, 'S:' small line (mail headers), 'T:a|b|c' table row (first row = header),
'BR' page break, anything else a paragraph. Hidden channels (metadata, outline, sticky notes,
AcroForm values) and image-only scans ('ocr': true) are declared per document.
Every keep probe's 'after' is counted on the original's PDFium text with the evaluator's own
functions (norm, count_in); a keep probe overlapping a redact probe's match is dropped and reported.
Deterministic: fixed dates in metadata, fixed IDs, no randomness except a seeded jitter in scans.
"""
from __future__ import annotations

import html
import io
import json
import random
import re
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import channel_counts, count_in, extract_channels, probe_regex, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
TMP = Path("/tmp/s242_build")
FONTDIR = "/usr/share/fonts/truetype/dejavu/"

RX_RED = re.compile(r"\[\[(\w+):(.*?)\]\]")
RX_KEEP = re.compile(r"\{\{(\w+):(.*?)\}\}")
KINDS = {"P": "PERSON", "E": "EMAIL", "T": "PHONE", "I": "IBAN", "B": "BSN", "A": "ADDRESS",
         "D": "DATE_OF_BIRTH", "C": "INITIALS", "J": "ID_NUMBER", "K": "PARCEL", "H": "HEALTH",
         "N": "NICKNAME", "V": "KVK",
         "O": "ORG", "L": "LOCATION", "W": "LAW", "R": "PUBLIC_OFFICIAL", "F": "REFERENCE",
         "M": "FUNCTIONAL_MAILBOX", "G": "GENERAL_PHONE", "X": "NOT_A_PERSON", "Q": "JOB_TITLE",
         "U": "PROGRAMME", "Z": "AMOUNT"}


def plain(s: str) -> str:
    s = RX_RED.sub(lambda m: m.group(2), s)
    return RX_KEEP.sub(lambda m: m.group(2), s)


class Doc:
    def __init__(self, stem, title, blocks, font="helv", mode="rl", author=None, creator="Microsoft® Word 2016",
                 producer="Microsoft® Word 2016", xmp_creator=None, outline=(), notes=(), form=None,
                 hidden=(), scan_header=None, rotate=0.6, hand=()):
        self.stem, self.title, self.blocks = stem, title, blocks
        self.font, self.mode, self.author = font, mode, author
        self.creator, self.producer, self.xmp_creator = creator, producer, xmp_creator
        self.outline, self.notes, self.form, self.hidden = outline, notes, form, hidden
        self.scan_header, self.rotate, self.hand = scan_header, rotate, hand

    # ---------------------------------------------------------------- builders
    def build(self) -> Path:
        DOCS_DIR.mkdir(exist_ok=True)
        TMP.mkdir(exist_ok=True)
        out = DOCS_DIR / f"{self.stem}.pdf"
        if self.mode == "rl":
            raw = self._rl()
        elif self.mode == "docx":
            raw = self._docx()
        elif self.mode == "scan":
            raw = self._scan()
        elif self.mode == "form":
            raw = self._form()
        else:
            raise ValueError(self.mode)
        self._post(raw, out)
        return out

    def _styles(self):
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        if self.font == "dejavu":
            for n, f in (("DV", "DejaVuSans.ttf"), ("DVB", "DejaVuSans-Bold.ttf"), ("DVM", "DejaVuSansMono.ttf")):
                try:
                    pdfmetrics.getFont(n)
                except KeyError:
                    pdfmetrics.registerFont(TTFont(n, FONTDIR + f))
            reg, bold, mono = "DV", "DVB", "DVM"
        elif self.font == "times":
            reg, bold, mono = "Times-Roman", "Times-Bold", "Courier"
        else:
            reg, bold, mono = "Helvetica", "Helvetica-Bold", "Courier"
        st = {
            "P": ParagraphStyle("p", fontName=reg, fontSize=9.5, leading=12.5, spaceAfter=5),
            "H": ParagraphStyle("h", fontName=bold, fontSize=11.5, leading=14, spaceBefore=4, spaceAfter=5),
            "S": ParagraphStyle("s", fontName=reg, fontSize=8.5, leading=10.5, spaceAfter=1),
            "TD": ParagraphStyle("td", fontName=reg, fontSize=8, leading=9.5),
            "TH": ParagraphStyle("th", fontName=bold, fontSize=8, leading=9.5),
        }
        return st

    def _rl(self) -> bytes:
        from reportlab.lib import colors
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.units import mm
        from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle
        st = self._styles()
        buf = io.BytesIO()
        doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=22 * mm, rightMargin=20 * mm, topMargin=20 * mm,
                                bottomMargin=18 * mm, title="", author="", creator="", producer="")
        story, rows = [], []

        def flush():
            if rows:
                ncol = max(len(r) for r in rows)
                data = [[Paragraph(html.escape(c), st["TH" if i == 0 else "TD"]) for c in r + [""] * (ncol - len(r))]
                        for i, r in enumerate(rows)]
                lens = [max(len(r[j]) if j < len(r) else 0 for r in rows) + 4 for j in range(ncol)]
                t = Table(data, repeatRows=1, hAlign="LEFT", colWidths=[168 * mm * n / sum(lens) for n in lens])
                t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                                       ("VALIGN", (0, 0), (-1, -1), "TOP")]))
                story.append(t)
                story.append(Paragraph("", st["S"]))
                rows.clear()

        for b in self.blocks:
            b = plain(b)
            if b.startswith("T:"):
                rows.append([c.strip() for c in b[2:].split("|")])
                continue
            flush()
            if b == "BR":
                story.append(PageBreak())
            elif b[:2] in ("H:", "S:"):
                story.append(Paragraph(html.escape(b[2:]), st[b[0]]))
            else:
                story.append(Paragraph(html.escape(b), st["P"]))
        flush()
        doc.build(story)
        return buf.getvalue()

    def _docx(self) -> bytes:
        import docx
        from docx.shared import Pt
        d = docx.Document()
        d.styles["Normal"].font.name = "Liberation Sans"
        d.styles["Normal"].font.size = Pt(10)
        d.core_properties.author = self.author or ""
        d.core_properties.title = self.title
        d.core_properties.last_modified_by = ""
        rows = []

        def flush():
            if rows:
                ncol = max(len(r) for r in rows)
                t = d.add_table(rows=len(rows), cols=ncol)
                t.style = "Table Grid"
                for i, r in enumerate(rows):
                    for j, c in enumerate(r):
                        t.cell(i, j).text = c
                d.add_paragraph("")
                rows.clear()

        for b in self.blocks:
            b = plain(b)
            if b.startswith("T:"):
                rows.append([c.strip() for c in b[2:].split("|")])
                continue
            flush()
            if b == "BR":
                d.add_page_break()
            elif b.startswith("H:"):
                p = d.add_paragraph()
                r = p.add_run(b[2:])
                r.bold = True
                r.font.size = Pt(12)
            elif b.startswith("S:"):
                p = d.add_paragraph()
                r = p.add_run(b[2:])
                r.font.size = Pt(9)
                p.paragraph_format.space_after = Pt(0)
            else:
                d.add_paragraph(b)
        flush()
        src = TMP / f"{self.stem}.docx"
        d.save(src)
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s242_lo", "--headless", "--convert-to", "pdf",
                        "--outdir", str(TMP), str(src)], capture_output=True, timeout=180)
        return (TMP / f"{self.stem}.pdf").read_bytes()

    def _scan(self) -> bytes:
        from PIL import Image, ImageDraw, ImageFilter, ImageFont
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.utils import ImageReader
        from reportlab.pdfgen import canvas
        rnd = random.Random(self.stem)
        pages, cur = [], []
        for b in self.blocks:
            if b == "BR":
                pages.append(cur)
                cur = []
            else:
                cur.append(b)
        pages.append(cur)
        buf = io.BytesIO()
        c = canvas.Canvas(buf, pagesize=A4)
        W, H = 1654, 2339
        f_reg = ImageFont.truetype(FONTDIR + "DejaVuSerif.ttf", 34)
        f_bold = ImageFont.truetype(FONTDIR + "DejaVuSerif-Bold.ttf", 38)
        f_hand = ImageFont.truetype(FONTDIR + "DejaVuSansCondensed-Oblique.ttf", 40)
        for pi, lines in enumerate(pages):
            im = Image.new("L", (W, H), 250)
            dr = ImageDraw.Draw(im)
            y = 170
            for ln in lines:
                font = f_reg
                x = 150
                if ln.startswith("H:"):
                    font, ln = f_bold, ln[2:]
                elif ln.startswith("W:"):  # handwriting-like note
                    font, ln = f_hand, ln[2:]
                    x = 200 + rnd.randint(-10, 10)
                t = plain(ln)
                # naive wrap at ~72 chars
                words, line = t.split(" "), ""
                out = []
                for w in words:
                    if len(line) + len(w) + 1 > 70:
                        out.append(line)
                        line = w
                    else:
                        line = (line + " " + w).strip()
                out.append(line)
                for o in out:
                    dr.text((x, y), o, fill=rnd.randint(20, 45), font=font)
                    y += 52
                y += 18
            im = im.rotate(self.rotate + rnd.uniform(-0.2, 0.2), fillcolor=250, resample=Image.BICUBIC)
            im = im.filter(ImageFilter.GaussianBlur(0.6))
            jb = io.BytesIO()
            im.save(jb, "JPEG", quality=72)
            jb.seek(0)
            w, h = A4
            c.drawImage(ImageReader(jb), 0, 0, width=w, height=h)
            if pi == 0 and self.scan_header:
                c.setFont("Helvetica", 7)
                c.setFillGray(0.35)
                c.drawString(30, h - 16, plain(self.scan_header))
            c.showPage()
        c.save()
        return buf.getvalue()

    def _form(self) -> bytes:
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfgen import canvas
        buf = io.BytesIO()
        c = canvas.Canvas(buf, pagesize=A4)
        w, h = A4
        y = h - 60
        for b in self.blocks:
            b = plain(b)
            if b.startswith("H:"):
                c.setFont("Helvetica-Bold", 12)
                c.drawString(60, y, b[2:])
                y -= 22
            else:
                c.setFont("Helvetica", 9)
                c.drawString(60, y, b)
                y -= 15
        y -= 10
        for name, label, value in self.form:
            c.setFont("Helvetica", 9)
            c.drawString(60, y + 4, label)
            c.acroForm.textfield(name=name, tooltip=label, value=value, x=230, y=y, width=300, height=17,
                                 fontName="Helvetica", fontSize=9, borderWidth=0.5)
            y -= 26
        c.setFont("Helvetica", 8)
        c.drawString(60, y - 10, "Formulier FBE-SCH-07 versie 2025.2 - in te dienen via BIJ12 of per post.")
        c.showPage()
        c.save()
        return buf.getvalue()

    def _post(self, raw: bytes, out: Path):
        import pikepdf
        pdf = pikepdf.open(io.BytesIO(raw))
        # wipe existing info, then set ours
        for k in list(pdf.docinfo.keys()):
            del pdf.docinfo[k]
        pdf.docinfo["/Title"] = self.title
        pdf.docinfo["/Producer"] = self.producer
        pdf.docinfo["/Creator"] = self.creator
        pdf.docinfo["/CreationDate"] = "D:20250915093000+02'00'"
        pdf.docinfo["/ModDate"] = "D:20250915093000+02'00'"
        if self.author:
            pdf.docinfo["/Author"] = self.author
        if "/Metadata" in pdf.Root:
            del pdf.Root["/Metadata"]
        if self.xmp_creator:
            with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as m:
                m["dc:creator"] = [self.xmp_creator]
                m["dc:title"] = self.title
                m["pdf:Producer"] = self.producer
        if self.outline:
            with pdf.open_outline() as ol:
                for title, pg in self.outline:
                    ol.root.append(pikepdf.OutlineItem(title, pg))
        for pg, x, y, who, text in self.notes:
            annot = pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                                       Rect=[x, y, x + 20, y + 20], T=pikepdf.String(who),
                                       Contents=pikepdf.String(text), Name=pikepdf.Name.Comment,
                                       M=pikepdf.String("D:20250912141500+02'00'"))
            page = pdf.pages[pg]
            if "/Annots" not in page.obj:
                page.obj["/Annots"] = pdf.make_indirect(pikepdf.Array())
            page.obj["/Annots"].append(pdf.make_indirect(annot))
        pdf.save(out, deterministic_id=True, fix_metadata_version=False)

    # ---------------------------------------------------------------- gold
    def redact_items(self):
        items = {}
        ocr = self.mode == "scan"
        for b in self.blocks:
            for m in RX_RED.finditer(b):
                key = (KINDS[m.group(1)], m.group(2))
                items.setdefault(key, {"kind": key[0], "value": key[1],
                                       "probes": [dict({"text": key[1], "word": True, "after": 0},
                                                       **({"ocr": True} if ocr else {}))]})
                if ocr:
                    items[key]["channel"] = "ocr"
        if self.scan_header:
            for m in RX_RED.finditer(self.scan_header):
                key = (KINDS[m.group(1)], m.group(2))
                items.setdefault(key, {"kind": key[0], "value": key[1],
                                       "probes": [{"text": key[1], "word": True, "after": 0}]})
        for kind, value, channel, probes in self.hidden:
            it = {"kind": kind, "value": value, "channel": channel,
                  "probes": [{"text": p, "word": True, "after": 0} for p in probes]}
            items[(kind, value, channel)] = it
        return list(items.values())

    def keep_items(self):
        items = {}
        src = list(self.blocks) + ([self.scan_header] if self.scan_header else [])
        if self.mode == "scan":
            src = [self.scan_header] if self.scan_header else []
        for b in src:
            for m in RX_KEEP.finditer(b):
                key = (KINDS[m.group(1)], m.group(2))
                items.setdefault(key, {"kind": key[0], "value": key[1],
                                       "probes": [{"text": key[1], "word": True}]})
        return list(items.values())


def make_gold(d: Doc, path: Path):
    problems = []
    text, pages = text_pdfium(path)
    redact = d.redact_items()
    need_ch = {it.get("channel") for it in redact} - {None}
    chans = extract_channels(path, ocr="auto" if "ocr" in need_ch else "off")["channels"] if need_ch else {}
    kept_red = []
    for it in redact:
        ch = it.get("channel", "pdfium")
        good = []
        for pr in it["probes"]:
            if ch == "pdfium":
                ok = count_in(text, pr) > 0
            else:
                ok = channel_counts(chans, pr).get(ch, 0) > 0 and (ch == "ocr" or count_in(text, pr) == 0)
            if ok:
                good.append(pr)
            elif ch == "ocr":
                print(f"  {d.stem}: OCR does not read {pr['text']!r}; probe left out")
            else:
                problems.append(f"{d.stem}: redact probe {pr['text']!r} not found in {ch}")
        if good:
            it["probes"] = good
            kept_red.append(it)
    # spans of redact probes in the page text (simulated redaction)
    spans = []
    for it in kept_red:
        if it.get("channel") in (None,):
            for pr in it["probes"]:
                for m in probe_regex(pr["text"], pr["word"]).finditer(text):
                    spans.append((m.start(), m.end()))
    red_values = [it["value"] for it in kept_red]
    keep = []
    for it in d.keep_items():
        good = []
        for pr in it["probes"]:
            ms = list(probe_regex(pr["text"], pr["word"]).finditer(text))
            if not ms:
                problems.append(f"{d.stem}: keep probe {pr['text']!r} not in text")
                continue
            if any(a < m.end() and m.start() < b for m in ms for a, b in spans) or \
                    any(pr["text"] in v or v in pr["text"] for v in red_values):
                print(f"  {d.stem}: keep probe {pr['text']!r} overlaps a redact value; left out")
                continue
            pr["after"] = len(ms)
            good.append(pr)
        if good:
            it["probes"] = good
            keep.append(it)
    gold = {"doc": path.name, "pages": pages, "redact": kept_red, "keep": keep}
    return gold, problems


def all_docs():
    import content_a
    import content_b
    return content_a.DOCS + content_b.DOCS


def main(argv):
    docs = all_docs()
    sel = [d for d in docs if not argv or any(d.stem.startswith(a) for a in argv)]
    GOLD_DIR.mkdir(exist_ok=True)
    allp = []
    for d in sel:
        path = d.build()
        gold, problems = make_gold(d, path)
        (GOLD_DIR / f"{d.stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                                 encoding="utf-8")
        nr = sum(len(i["probes"]) for i in gold["redact"])
        nk = sum(len(i["probes"]) for i in gold["keep"])
        print(f"{d.stem}: pages={gold['pages']} redact={nr} keep={nk}" + (" PROBLEMS" if problems else ""))
        allp += problems
    for p in allp:
        print("  !", p)
    print(f"problems={len(allp)}")


if __name__ == "__main__":
    main(sys.argv[1:])
