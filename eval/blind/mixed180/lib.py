"""Builder for set VR (eval/blind/mixed180). Markup in document lines:
[[x]] = personal data to redact (probe x), {{x}} = public text to keep (probe x).
'# ' heading, '| a | b' table row, '<<PAGE>>' page break. Gold is computed with the evaluator's own functions."""
from __future__ import annotations

import io
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import channel_counts, count_in, extract_channels, probe_regex, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
MARK = re.compile(r"\[\[(.+?)\]\]|\{\{(.+?)\}\}")
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FIXED_DATE = "D:20261105101500+01'00'"


def strip(s):
    return MARK.sub(lambda m: m.group(1) or m.group(2), s)


HEALTH = {"hartritmestoornis", "ernstige burn-outklachten", "rugklachten", "medische situatie", "GGZ inGeest"}


def kind_of(v):
    if v in HEALTH:
        return "HEALTH"
    if v in ("Malmö", "Zandvoort"):
        return "ADDRESS"
    if "@" in v:
        return "EMAIL"
    if re.fullmatch(r"NL\d\d ?[A-Z]{4}[\d ]+", v):
        return "IBAN"
    if re.fullmatch(r"\d{9}|\d{4}\.\d{2}\.\d{3}", v):
        return "BSN"
    if re.search(r"\d{2}-\d{2}-\d{4}|\d{1,2} \w+ 19\d\d", v):
        return "DATE_OF_BIRTH"
    if re.search(r"\d{3}", v) and re.search(r"^[\d+(]", v):
        return "PHONE"
    if re.search(r"\d", v):
        return "ADDRESS"
    return "PERSON"


class Doc:
    def __init__(self, stem, title, lines, producer="rl", author=None, xmp_creator=None, outline=None,
                 annots=None, form=None, scan=None, info=None, font="helv"):
        self.stem, self.title, self.lines = stem, title, lines
        self.producer, self.author, self.xmp_creator = producer, author, xmp_creator
        self.outline = outline or []      # [(title, page_index, [redact probes in title])]
        self.annots = annots or []        # [(page_index, T, Contents, [probes])]
        self.form = form or []            # [(name, value, probe or None)]
        self.scan = scan                  # None or dict(rotate=deg, hand=bool)
        self.info = info or {}            # Producer/Creator strings
        self.font = font
        self.hidden = []                  # (channel, probe, kind)

    # ---------------------------------------------------------------- build
    def build(self):
        out = DOCS_DIR / f"{self.stem}.pdf"
        if self.scan:
            self._scan(out)
        elif self.producer == "docx":
            self._docx(out)
        else:
            self._rl(out)
        self._post(out)
        return out

    def _styles(self):
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        if self.font == "dejavu":
            try:
                pdfmetrics.getFont("DejaVu")
            except KeyError:
                pdfmetrics.registerFont(TTFont("DejaVu", DEJAVU))
                pdfmetrics.registerFont(TTFont("DejaVu-Bold", DEJAVU_B))
            f, fb = "DejaVu", "DejaVu-Bold"
        elif self.font == "times":
            f, fb = "Times-Roman", "Times-Bold"
        else:
            f, fb = "Helvetica", "Helvetica-Bold"
        body = ParagraphStyle("b", fontName=f, fontSize=10, leading=13, spaceAfter=3)
        head = ParagraphStyle("h", fontName=fb, fontSize=12.5, leading=16, spaceBefore=6, spaceAfter=5)
        cell = ParagraphStyle("c", fontName=f, fontSize=8.5, leading=10.5)
        return body, head, cell

    def _rl(self, out):
        from reportlab.lib import colors
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.units import cm
        from reportlab.lib.utils import simpleSplit  # noqa: F401
        from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle, Spacer
        from xml.sax.saxutils import escape
        body, head, cell = self._styles()
        story, rows = [], []

        def flush():
            if rows:
                n = max(len(r) for r in rows)
                data = [[Paragraph(escape(c), cell) for c in r + [""] * (n - len(r))] for r in rows]
                t = Table(data, repeatRows=1)
                t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e9f0")),
                                       ("VALIGN", (0, 0), (-1, -1), "TOP")]))
                story.append(t)
                story.append(Spacer(1, 6))
                rows.clear()
        for ln in self.lines:
            s = strip(ln)
            if s.startswith("|"):
                rows.append([c.strip() for c in s.strip("|").split("|")])
                continue
            flush()
            if s == "<<PAGE>>":
                story.append(PageBreak())
            elif s.startswith("# "):
                story.append(Paragraph(escape(s[2:]), head))
            elif s == "":
                story.append(Spacer(1, 5))
            else:
                story.append(Paragraph(escape(s), body))
        flush()
        outline = self.outline
        form = self.form

        def on_page(c, d):
            pg = c.getPageNumber() - 1
            for i, (t, pi, _p) in enumerate(outline):
                if pi == pg:
                    key = f"bm{i}"
                    c.bookmarkPage(key)
                    c.addOutlineEntry(t, key, level=0)
            if pg == 0 and form:
                y = 200
                for name, val, _p in form:
                    c.setFont("Helvetica", 8)
                    c.drawString(2 * cm, y + 4, name.replace("_", " ") + ":")
                    c.acroForm.textfield(name=name, value=val, x=6 * cm, y=y, width=11 * cm, height=15,
                                         fontSize=9, borderWidth=0.5)
                    y -= 20
        doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=2.3 * cm, rightMargin=2.3 * cm,
                                topMargin=2 * cm, bottomMargin=2 * cm, title=self.title,
                                author=self.author or "", subject="", creator=self.info.get("Creator", ""),
                                invariant=1)
        doc.build(story, onFirstPage=on_page, onLaterPages=on_page)

    def _docx(self, out):
        import docx
        from docx.shared import Pt
        d = docx.Document()
        st = d.styles["Normal"]
        st.font.name = "Liberation Sans"
        st.font.size = Pt(10)
        d.core_properties.author = self.author or ""
        d.core_properties.title = self.title
        d.core_properties.last_modified_by = ""
        rows = []

        def flush():
            if rows:
                n = max(len(r) for r in rows)
                t = d.add_table(rows=len(rows), cols=n)
                t.style = "Table Grid"
                for i, r in enumerate(rows):
                    for j, c in enumerate(r):
                        t.cell(i, j).text = c
                d.add_paragraph("")
                rows.clear()
        for ln in self.lines:
            s = strip(ln)
            if s.startswith("|"):
                rows.append([c.strip() for c in s.strip("|").split("|")])
                continue
            flush()
            if s == "<<PAGE>>":
                d.add_page_break()
            elif s.startswith("# "):
                d.add_heading(s[2:], level=2)
            else:
                p = d.add_paragraph(s)
                p.paragraph_format.space_after = Pt(2)
        flush()
        tmpd = Path(f"/tmp/s180_docx")
        tmpd.mkdir(exist_ok=True)
        src = tmpd / f"{self.stem}.docx"
        d.save(src)
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s180_lo", "--headless", "--convert-to",
                        "pdf", "--outdir", str(tmpd), str(src)], capture_output=True, timeout=180)
        (tmpd / f"{self.stem}.pdf").replace(out)

    def _scan(self, out):
        from PIL import Image, ImageDraw, ImageFont
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfgen import canvas
        W, H = 1654, 2339  # A4 at 200 dpi
        img = Image.new("L", (W, H), 250)
        dr = ImageDraw.Draw(img)
        f = ImageFont.truetype(self.scan.get("font", "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"), 34)
        fb = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf", 40)
        y = 150
        for ln in self.lines:
            s = strip(ln)
            if s.startswith("# "):
                dr.text((140, y), s[2:], font=fb, fill=20)
                y += 70
            elif s.startswith("|"):
                cells = [c.strip() for c in s.strip("|").split("|")]
                x = 140
                widths = self.scan.get("cols", [420] * len(cells))
                for c, w in zip(cells, widths):
                    dr.text((x, y), c, font=f, fill=25)
                    x += w
                y += 58
            else:
                dr.text((140, y), s, font=f, fill=25)
                y += 52 if s else 30
        img = img.rotate(self.scan.get("rotate", 0.6), fillcolor=250, expand=False, resample=Image.BICUBIC)
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=82)
        buf.seek(0)
        from reportlab.lib.utils import ImageReader
        c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
        c.drawImage(ImageReader(buf), 0, 0, A4[0], A4[1])
        c.showPage()
        c.save()

    def _post(self, out):
        import pikepdf
        with pikepdf.open(str(out), allow_overwriting_input=True) as pdf:
            for pi, t, contents, _p in self.annots:
                page = pdf.pages[pi]
                a = pdf.make_indirect(pikepdf.Dictionary(
                    Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                    Rect=pikepdf.Array([430, 700 - 40 * len(page.obj.get("/Annots", [])), 450, 720]),
                    T=pikepdf.String(t), Contents=pikepdf.String(contents), Open=False,
                    M=pikepdf.String(FIXED_DATE), Name=pikepdf.Name.Comment))
                if "/Annots" not in page.obj:
                    page.obj.Annots = pdf.make_indirect(pikepdf.Array())
                page.obj.Annots.append(a)
            with pdf.open_metadata(set_pikepdf_as_editor=False) as m:
                m["dc:title"] = self.title
                if self.xmp_creator:
                    m["dc:creator"] = [self.xmp_creator]
                if "Producer" in self.info:
                    m["pdf:Producer"] = self.info["Producer"]
            for k, v in self.info.items():
                pdf.docinfo[pikepdf.Name("/" + k)] = v
            if self.author is not None:
                pdf.docinfo["/Author"] = self.author
            if "/ID" in pdf.trailer:
                del pdf.trailer["/ID"]
            if "/DocChecksum" in pdf.trailer:
                del pdf.trailer["/DocChecksum"]
            pdf.docinfo["/CreationDate"] = FIXED_DATE
            pdf.docinfo["/ModDate"] = FIXED_DATE
            pdf.save(str(out), deterministic_id=True)


NOT_SURNAME = {"Haarlem", "Heemstede"}
GLOBAL_KEEP = ["Haarlem", "gemeente Haarlem", "Gemeente Haarlem", "Heemstede", "Airbnb", "Booking.com", "Spaarne",
               "Huisvestingsverordening Haarlem 2025", "Huisvestingswet 2014", "Z-2026-VV-0412", "Z-2026-VV-0455",
               "toezichthouder", "toezichthouders", "last onder dwangsom", "dwangsom", "vakantieverhuur",
               "toeristische verhuur", "Meldpunt Woonfraude", "Decos JOIN", "BRP", "binnenstad", "Gierstraat",
               "Zijlstraat", "Turfmarkt", "college van burgemeester en wethouders", "hoofdverblijf", "EUR 6.000",
               "EUR 30.000", "Postbus 511", "2003 PB Haarlem", "WOO-2026-0187", "Wet open overheid", "Woo",
               "bestuurlijke boete", "zienswijze", "bezwaar", "registratienummer", "advertentie", "advertenties",
               "Team Toezicht Wonen", "team Toezicht Wonen", "Juridische Handhaving", "hercontrole", "Kadaster",
               "Beleidsregel handhaving vakantieverhuur 2025", "wethouder Pronk", "Wethouder Pronk", "D66",
               "Trots Haarlem", "commissie Bestuur", "Verordening (EU) 2024/1028", "14 023", "Zweden", "Lyon",
               "Stadhuis", "Grote Markt", "Lange Veerstraat", "Koningstraat", "Kruisstraat", "Amsterdam"]


def _spans(text, probes):
    sp = []
    for p in probes:
        for m in probe_regex(p, True).finditer(text):
            sp.append((m.start(), m.end()))
    return sp


def make_gold(d: Doc, path: Path):
    problems = []
    text, pages = text_pdfium(path)
    red, keep = [], []
    for ln in d.lines:
        for m in MARK.finditer(ln):
            if m.group(1):
                if m.group(1) not in red:
                    red.append(m.group(1))
            elif m.group(2) not in keep:
                keep.append(m.group(2))
    gold = {"doc": path.name, "pages": pages, "redact": [], "keep": []}
    chans = None
    if d.scan or d.hidden or d.outline or d.annots or d.form or d.author or d.xmp_creator:
        chans = extract_channels(path, ocr="auto" if d.scan else "off")["channels"]
    allprobes = set(red)
    for v in red:
        pr = {"text": v, "word": True, "after": 0}
        extra = []
        last = v.split()[-1] if " " in v else ""
        if (kind_of(v) == "PERSON" and len(last) > 3 and last[:1].isupper() and last not in allprobes
                and not any(last in k or k in last for k in keep) and last not in NOT_SURNAME):
            allprobes.add(last)
            extra.append({"text": last, "word": True, "after": 0})
        if d.scan:
            pr["ocr"] = True
            prs = [q for q in [pr] + extra if channel_counts(chans, dict(q, ocr=True)).get("ocr", 0) > 0]
            for q in prs:
                q["ocr"] = True
            if not prs:
                problems.append(f"{d.stem}: OCR does not read {v!r} (dropped)")
                continue
            gold["redact"].append({"kind": kind_of(v), "value": v, "channel": "ocr", "probes": prs})
        else:
            if count_in(text, pr) == 0:
                problems.append(f"{d.stem}: redact {v!r} not in text")
            extra = [q for q in extra if count_in(text, q) > 0]
            gold["redact"].append({"kind": kind_of(v), "value": v, "probes": [pr] + extra})
    hidden = list(d.hidden)
    if d.author:
        hidden.append(("metadata", d.author, "PERSON"))
    if d.xmp_creator and d.xmp_creator != d.author:
        hidden.append(("metadata", d.xmp_creator, "PERSON"))
    for t, _pi, ps in d.outline:
        hidden += [("outline", p, kind_of(p)) for p in ps]
    for _pi, t, c, ps in d.annots:
        hidden += [("annotations", p, kind_of(p)) for p in ps]
    for _n, _v, p in d.form:
        if p:
            hidden.append(("annotations", p, kind_of(p)))
    seen = set()
    hidden = [h for h in hidden if not (h[0] == "metadata" and h[1] in red and count_in(text, {"text": h[1], "word": True}))]
    for ch, v, k in hidden:
        if (ch, v) in seen:
            continue
        seen.add((ch, v))
        pr = {"text": v, "word": True, "after": 0}
        if channel_counts(chans, pr).get(ch, 0) == 0:
            problems.append(f"{d.stem}: hidden {v!r} not in {ch}")
        if count_in(text, pr):
            problems.append(f"{d.stem}: hidden {v!r} also in page text")
        gold["redact"].append({"kind": k, "value": v, "channel": ch, "probes": [pr]})
    rsp = _spans(text, list(allprobes)) if not d.scan else []
    auto = []
    for v in GLOBAL_KEEP:
        if v in keep or d.scan:
            continue
        if any(v in r or r in v for r in allprobes):
            continue
        ms = list(probe_regex(v, True).finditer(text))
        if ms and not any(a < m.end() and m.start() < b for m in ms for a, b in rsp):
            auto.append(v)
    for v in keep + auto:
        if d.scan:
            continue
        pr = {"text": v, "word": True}
        n = count_in(text, pr)
        if n == 0:
            problems.append(f"{d.stem}: keep {v!r} not in text")
            continue
        for m in probe_regex(v, True).finditer(text):
            if any(a < m.end() and m.start() < b for a, b in rsp):
                problems.append(f"{d.stem}: keep {v!r} overlaps a redact value")
                break
        if any(v in r or r in v for r in allprobes):
            problems.append(f"{d.stem}: keep {v!r} shares text with a redact value")
        pr["after"] = n
        gold["keep"].append({"kind": "PUBLIC", "value": v, "probes": [pr]})
    return gold, problems
