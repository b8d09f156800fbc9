"""Builder for set WZ (mixed144). Markup in document text:
[[K:text]]  -> redact item (K: P person, E e-mail, T phone, A address, I IBAN, B BSN, D birth date,
               S initials/paraph, H health, X other personal)
{{K:text}}  -> keep item (K: O organisation, L place/street, R office holder in role, W law, N reference,
               F job title, M functional mailbox, G general number, X other public term)
Gold is derived from the markup; keep counts are taken on the original's PDFium text with the evaluator's
own functions."""
from __future__ import annotations

import io
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, norm, text_pdfium, extract_channels, channel_counts  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
RKIND = dict(P="PERSON", E="EMAIL", T="PHONE", A="ADDRESS", I="IBAN", B="BSN", D="DATE_OF_BIRTH",
             S="INITIALS", H="HEALTH", X="PERSONAL")
KKIND = dict(O="ORG", L="LOCATION", R="PUBLIC_OFFICIAL", W="LAW", N="REFERENCE", F="FUNCTION",
             M="FUNCTIONAL_MAILBOX", G="GENERAL_NUMBER", X="PUBLIC_TERM")
MARK = re.compile(r"\[\[([A-Z]):(.+?)\]\]|\{\{([A-Z]):(.+?)\}\}")
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"


def strip(s):
    return MARK.sub(lambda m: m.group(2) or m.group(4), s)


def spans(s):
    for m in MARK.finditer(s):
        if m.group(1):
            yield "R", m.group(1), m.group(2)
        else:
            yield "K", m.group(3), m.group(4)


class Doc:
    def __init__(self, stem, body, kind="rl", font="Helvetica", size=9.5, meta=None, author=None,
                 xmp_creator=None, outline=None, notes=None, form=None, extra_redact=None, rotate=0.6,
                 producer="", creator=""):
        self.stem, self.body, self.kind, self.font, self.size = stem, body, kind, font, size
        self.author, self.xmp_creator = author, xmp_creator
        self.outline, self.notes, self.form = outline or [], notes or [], form or []
        self.extra_redact = extra_redact or []   # (kind, value, channel)
        self.rotate, self.producer, self.creator, self.meta = rotate, producer, creator, meta or {}

    @property
    def pdf(self):
        return DOCS_DIR / f"{self.stem}.pdf"

    def lines(self):
        return self.body.strip("\n").split("\n")

    # ------------------------------------------------------------------ builders
    def build(self):
        DOCS_DIR.mkdir(exist_ok=True)
        if self.kind == "docx":
            self._docx()
        elif self.kind == "scan":
            self._scan()
        else:
            self._rl()
        self._post()
        return self.pdf

    def _fonts(self):
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        for n, p in (("DejaVu", DEJAVU), ("DejaVu-Bold", DEJAVU_B), ("DejaVuSerif", SERIF), ("DejaVuMono", MONO)):
            try:
                pdfmetrics.getFont(n)
            except KeyError:
                pdfmetrics.registerFont(TTFont(n, p))
        if self.font == "Helvetica":
            return "Helvetica", "Helvetica-Bold"
        if self.font == "Times-Roman":
            return "Times-Roman", "Times-Bold"
        if self.font == "Courier":
            return "Courier", "Courier-Bold"
        if self.font == "DejaVuSerif":
            return "DejaVuSerif", "DejaVu-Bold"
        if self.font == "DejaVuMono":
            return "DejaVuMono", "DejaVuMono"
        return "DejaVu", "DejaVu-Bold"

    def _rl(self):
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfbase.pdfmetrics import stringWidth
        from reportlab.pdfgen import canvas
        f, fb = self._fonts()
        c = canvas.Canvas(str(self.pdf), pagesize=A4, invariant=1)
        W, H = A4
        left, right, top, bottom = 62, W - 58, H - 60, 60
        y = top
        sz = self.size
        lead = sz * 1.38
        tabx = None

        def newpage():
            nonlocal y
            c.showPage()
            y = top

        for raw in self.lines():
            if raw.strip() == "\\f":
                newpage()
                continue
            if raw.startswith("@@"):     # table row: cells separated by ' ;; '
                cells = [strip(x) for x in raw[2:].split(" ;; ")]
                n = len(cells)
                if tabx is None or len(tabx) != n:
                    tabx = [left + i * (right - left) / n for i in range(n)]
                head = raw.startswith("@@!")
                if head:
                    cells[0] = cells[0][1:]
                if y < bottom + lead:
                    newpage()
                fsz = sz - 1
                for x, cell in zip(tabx, cells):
                    c.setFont(fb if head else f, fsz)
                    c.drawString(x, y, cell)
                c.setLineWidth(0.3)
                c.line(left, y - 3, right, y - 3)
                y -= lead
                continue
            tabx = None
            bold = raw.startswith("# ")
            line = strip(raw[2:] if bold else raw)
            fz = sz + 2 if bold else sz
            fn = fb if bold else f
            if not line.strip():
                y -= lead * 0.6
                continue
            words = line.split(" ")
            cur = ""
            out = []
            for w in words:
                t = (cur + " " + w) if cur else w
                if stringWidth(t, fn, fz) > right - left and cur:
                    out.append(cur)
                    cur = w
                else:
                    cur = t
            out.append(cur)
            for ln in out:
                if y < bottom:
                    newpage()
                c.setFont(fn, fz)
                c.drawString(left, y, ln)
                y -= lead * (1.2 if bold else 1)
        # form fields
        if self.form:
            form = c.acroForm
            for (label, name, value, fx, fy) in self.form:
                c.setFont(f, sz)
                c.drawString(left, fy + 5, label)
                form.textfield(name=name, value=value, x=fx, y=fy, width=300, height=18, fontName="Helvetica",
                               fontSize=9, borderWidth=0.6)
        c.save()
        # wrapping check: markup spans must not be split (probe could break across lines)
        # (probe_regex tolerates a line-break space, so only a split inside a word would matter)

    def _docx(self):
        import docx
        from docx.shared import Pt
        d = docx.Document()
        st = d.styles["Normal"]
        st.font.name = "Liberation Sans" if self.font != "Times-Roman" else "Liberation Serif"
        st.font.size = Pt(10)
        table = None
        for raw in self.lines():
            if raw.strip() == "\\f":
                d.add_page_break()
                continue
            if raw.startswith("@@"):
                cells = [strip(x) for x in raw[2:].split(" ;; ")]
                if cells[0].startswith("!"):
                    cells[0] = cells[0][1:]
                if table is None or len(table.columns) != len(cells):
                    table = d.add_table(rows=0, cols=len(cells))
                    table.style = "Table Grid"
                row = table.add_row().cells
                for cell, t in zip(row, cells):
                    cell.text = t
                continue
            table = None
            if raw.startswith("# "):
                d.add_heading(strip(raw[2:]), level=2)
            else:
                d.add_paragraph(strip(raw))
        if self.author:
            d.core_properties.author = self.author
            d.core_properties.last_modified_by = self.author
        else:
            d.core_properties.author = "Provincie"
        tmp = Path(f"/tmp/s144_docx")
        tmp.mkdir(exist_ok=True)
        src = tmp / f"{self.stem}.docx"
        d.save(src)
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s144_lo", "--headless", "--convert-to", "pdf",
                        "--outdir", str(tmp), str(src)], check=True, capture_output=True, timeout=180)
        (tmp / f"{self.stem}.pdf").replace(self.pdf)

    def _scan(self):
        from PIL import Image, ImageDraw, ImageFont
        W, H = 1654, 2339  # A4 @ 200 dpi
        img = Image.new("L", (W, H), 250)
        dr = ImageDraw.Draw(img)
        y = 150
        for raw in self.lines():
            hand = raw.startswith("~ ")
            line = strip(raw[2:] if hand else raw)
            if not line.strip():
                y += 30
                continue
            font = ImageFont.truetype(SERIF if hand else DEJAVU, 40 if hand else 34)
            dr.text((140 + (12 if hand else 0), y), line, fill=25 if hand else 10, font=font)
            y += 62 if hand else 52
        img = img.rotate(self.rotate, expand=False, fillcolor=245, resample=Image.BICUBIC)
        buf = io.BytesIO()
        img.convert("RGB").save(buf, "JPEG", quality=82)
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.utils import ImageReader
        from reportlab.pdfgen import canvas
        c = canvas.Canvas(str(self.pdf), pagesize=A4, invariant=1)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
        c.save()

    def _post(self):
        import pikepdf
        with pikepdf.open(self.pdf, allow_overwriting_input=True) as pdf:
            info = pdf.docinfo
            for k in list(info.keys()):
                if k in ("/Author", "/Creator", "/Producer", "/Title"):
                    del info[k]
            info["/CreationDate"] = "D:20260601090000+02'00'"
            info["/ModDate"] = "D:20260601090000+02'00'"
            info["/Producer"] = self.producer or "ReportLab PDF Library - www.reportlab.com"
            if self.creator:
                info["/Creator"] = self.creator
            for k, v in self.meta.items():
                info["/" + k] = v
            if self.author:
                info["/Author"] = self.author
            if self.xmp_creator:
                with pdf.open_metadata(set_pikepdf_as_editor=False) as m:
                    m["dc:creator"] = [self.xmp_creator]
            if self.outline:
                with pdf.open_outline() as ol:
                    for title, pg in self.outline:
                        ol.root.append(pikepdf.OutlineItem(title, pg))
            for (pg, who, text) in self.notes:
                page = pdf.pages[pg]
                annot = pdf.make_indirect(pikepdf.Dictionary(
                    Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                    Rect=pikepdf.Array([480, 700 - 40 * len(page.obj.get("/Annots", [])), 500, 720 - 40 * len(page.obj.get("/Annots", []))]),
                    T=pikepdf.String(who), Contents=pikepdf.String(text), Open=False))
                if "/Annots" not in page.obj:
                    page.obj["/Annots"] = pikepdf.Array()
                page.obj["/Annots"].append(annot)
            pdf.save(self.pdf, fix_metadata_version=False, deterministic_id=True)


EXTRA_KEEP = ["Assen", "Exloo", "Emmen", "Valthermond", "Musselkanaal", "Borger-Odoorn", "Omgevingswet",
              "Wet open overheid", "zienswijze", "zienswijzen", "hoorzitting", "slagschaduw", "omgevingsvergunning",
              "Gedeputeerde Staten", "Provinciale Staten", "RUD Drenthe", "Drenthe", "T4", "T5", "T6", "T7", "Lden",
              "stilstandvoorziening", "omgevingsfonds", "Statenzaal", "Woo", "5.1.2e", "verklaring van geen bedenkingen",
              "gemeenteraad", "participatie", "Postbus 122", "Raad van State", "Eelde", "Valthe", "Tweede Exloërmond",
              "Nieuw-Buinen", "geluidsmodus", "windpark", "zonnepark", "turbines", "ontwerpbesluit", "Groningen",
              "Provincie Drenthe", "lokaal eigendom", "Pagediep", "akoestisch onderzoek", "Provinciehuis", "Borger",
              "Gasselte", "Odoorn", "Emmer-Compascuum", "Musselkanaal", "Zwolle", "coöperatie", "provincie", "gemeente"]


def make_gold(d: Doc, path: Path):
    text, pages = text_pdfium(path)
    problems = []
    redact, keep = {}, {}
    for raw in d.lines():
        body = raw[2:] if raw.startswith("~ ") else raw
        for side, k, v in spans(body):
            if side == "R":
                redact.setdefault((k, v), None)
            else:
                keep.setdefault((k, v), None)
    ocr = d.kind == "scan"
    items = []
    for (k, v) in redact:
        pr = {"text": v, "word": True, "after": 0}
        it = {"kind": RKIND[k], "value": v, "probes": [pr]}
        if ocr:
            pr["ocr"] = True
            it["channel"] = "ocr"
        items.append(it)
    # surname probes: every occurrence of a person's surname is personal data too
    seen = {norm(it["value"]) for it in items}
    for it in items:
        if it["kind"] != "PERSON":
            continue
        v = it["value"]
        if "," in v:
            sur = v.split(",")[0].strip()
        else:
            toks = v.split()
            sur = toks[-1] if len(toks) > 1 else None
        if not sur or len(sur) < 3 or sur.endswith(".") or sur in seen:
            continue
        seen.add(sur)
        pr2 = {"text": sur, "word": True, "after": 0}
        if ocr:
            pr2["ocr"] = True
        it["probes"].append(pr2)
    for (k, v, ch) in d.extra_redact:
        items.append({"kind": RKIND[k], "value": v, "channel": ch,
                      "probes": [{"text": v, "word": True, "after": 0}]})
    # simulated redaction: blank every redact value, keep counts must be unchanged
    blank = text
    for it in items:
        blank = re.sub(re.escape(norm(it["value"])), lambda m: "#" * len(m.group(0)), blank)
    kitems = []
    for t in EXTRA_KEEP:
        if ocr or (("X", t) in keep) or any(v == t for (_, v) in keep):
            continue
        pr = {"text": t, "word": True}
        n = count_in(text, pr)
        if n and count_in(blank, pr) == n and not any(
                count_in(norm(p["text"]), pr) for it in items for p in it["probes"]):
            keep[("X", t)] = None
    if not ocr:
        for (k, v) in keep:
            pr = {"text": v, "word": True}
            n = count_in(text, pr)
            if count_in(blank, pr) != n:
                problems.append(f"{d.stem}: keep {v!r} overlaps a redact value")
            if n == 0:
                problems.append(f"{d.stem}: keep {v!r} not found")
                continue
            pr["after"] = n
            kitems.append({"kind": KKIND[k], "value": v, "probes": [pr]})
    for it in items:
        for p in it["probes"]:
            for kk in kitems:
                if count_in(norm(kk["value"]), p):
                    problems.append(f"{d.stem}: redact probe {p['text']!r} inside keep {kk['value']!r}")
    # redact probes present in claimed channel
    hidden = any("channel" in it for it in items)
    chans = extract_channels(path, ocr="auto" if ocr else "off")["channels"] if hidden else {}
    for it in items:
      for pr in it["probes"]:
        ch = it.get("channel")
        if ch:
            okc = channel_counts(chans, pr).get(ch, 0) > 0
            if ch != "ocr" and count_in(text, pr):
                problems.append(f"{d.stem}: hidden {pr['text']!r} also in page text")
        else:
            okc = count_in(text, pr) > 0
        if not okc:
            problems.append(f"{d.stem}: redact {pr['text']!r} not found in {ch or 'pdfium'}")
    return {"doc": path.name, "pages": pages, "redact": items, "keep": kitems}, problems
