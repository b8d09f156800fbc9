"""Engine for set mixed167: markup -> PDF + gold.  [[x]] / [[x|KIND]] = redact, {{x}} / {{x|KIND}} = keep."""
from __future__ import annotations
import re, sys, subprocess, shutil, random, tempfile
from pathlib import Path
sys.path.insert(0, "/work/shared/eval")
from evaluate import norm, count_in, probe_regex, text_pdfium, extract_channels, channel_counts  # noqa

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"; GOLD = HERE / "gold"
DJ = "/usr/share/fonts/truetype/dejavu/"
MK = re.compile(r"\[\[(.+?)\]\]|\{\{(.+?)\}\}")


def strip(s):
    return MK.sub(lambda m: (m.group(1) or m.group(2)).split("|")[0], s)


def infer(v):
    if "@" in v: return "EMAIL"
    if re.search(r"NL\d\d[A-Z]{4}", v.replace(" ", "")): return "IBAN"
    if re.match(r"[A-Z]{2,4}-\d", v) or re.fullmatch(r"\d{5}", v): return "ID"
    if re.fullmatch(r"\d{4} [A-Z]{2}", v) or re.search(r"(straat|weg|einde|laan) \d", v): return "ADDRESS"
    if re.search(r"\d{5,}|\d{2,4}[- ]\d{3}", v) or re.fullmatch(r"[+\d][\d\s()\-]{7,}", v): return "PHONE"
    return "PERSON"


def markers(lines):
    red, keep = {}, {}
    for ln in lines:
        for m in MK.finditer(ln):
            if m.group(1):
                v, _, k = m.group(1).partition("|"); red.setdefault(v, k or infer(v))
            else:
                v, _, k = m.group(2).partition("|"); keep.setdefault(v, k or "ORG")
    return red, keep


class Doc:
    def __init__(self, stem, body, kind="rl", font="helv", producer=None, creator=None, author=None,
                 xmp=None, outline=None, notes=None, fields=None, title=None, hidden=None, rot=0.6, size=10):
        self.stem, self.body, self.kind, self.font = stem, body, kind, font
        self.producer, self.creator, self.author, self.xmp = producer, creator, author, xmp
        self.outline, self.notes, self.fields, self.title = outline or [], notes or [], fields or [], title
        self.hidden = hidden or []   # list of (channel, kind, value)
        self.rot, self.size = rot, size

    def lines(self):
        return [l for l in self.body.strip("\n").split("\n")]

    # ---------------------------------------------------------------- build
    def build(self):
        DOCS.mkdir(exist_ok=True)
        out = DOCS / f"{self.stem}.pdf"
        tmp = Path(f"/tmp/s167_{self.stem}.pdf")
        if self.kind == "docx":
            self._docx(tmp)
        elif self.kind == "scan":
            self._scan(tmp)
        else:
            self._rl(tmp)
        self._post(tmp, out)
        return out

    def _rl(self, path):
        from reportlab.lib.pagesizes import A4
        from reportlab import rl_config
        rl_config.invariant = 1
        from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.lib import colors
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        if self.font == "dejavu":
            try:
                pdfmetrics.registerFont(TTFont("DJ", DJ + "DejaVuSans.ttf"))
                pdfmetrics.registerFont(TTFont("DJB", DJ + "DejaVuSans-Bold.ttf"))
            except Exception:
                pass
            fn, fb = "DJ", "DJB"
        elif self.font == "times":
            fn, fb = "Times-Roman", "Times-Bold"
        else:
            fn, fb = "Helvetica", "Helvetica-Bold"
        st = ParagraphStyle("n", fontName=fn, fontSize=self.size, leading=self.size * 1.3, spaceAfter=3)
        h1 = ParagraphStyle("h", fontName=fb, fontSize=self.size + 4, leading=(self.size + 4) * 1.3, spaceAfter=6, spaceBefore=4)
        h2 = ParagraphStyle("h2", fontName=fb, fontSize=self.size + 1, leading=(self.size + 1) * 1.3, spaceAfter=3, spaceBefore=4)
        cs = ParagraphStyle("c", fontName=fn, fontSize=self.size - 1, leading=(self.size - 1) * 1.25)
        esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        story, rows = [], []

        def flush():
            if rows:
                w = max(len(r) for r in rows)
                data = [[Paragraph(esc(c), cs) for c in r] + [""] * (w - len(r)) for r in rows]
                t = Table(data, colWidths=[480 / w] * w, repeatRows=1)
                t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde5ee")),
                                       ("VALIGN", (0, 0), (-1, -1), "TOP")]))
                story.append(t); story.append(Spacer(1, 6)); rows.clear()
        for ln in self.lines():
            s = strip(ln)
            if s.startswith("|"):
                rows.append([c.strip() for c in s.strip().strip("|").split("|")]); continue
            flush()
            if s == "---":
                story.append(PageBreak())
            elif s.startswith("## "):
                story.append(Paragraph(esc(s[3:]), h2))
            elif s.startswith("# "):
                story.append(Paragraph(esc(s[2:]), h1))
            elif not s.strip():
                story.append(Spacer(1, 5))
            else:
                story.append(Paragraph(esc(s), st))
        flush()
        fields = self.fields

        def onfirst(c, d):
            y = 250
            for name, val in fields:
                c.setFont("Helvetica", 8); c.drawString(60, y + 4, name)
                c.acroForm.textfield(name=name.replace(" ", "_"), value=val, x=220, y=y, width=300, height=16,
                                     fontSize=8, borderWidth=0.5)
                y -= 22
        doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=55, rightMargin=55, topMargin=50, bottomMargin=50,
                                title=self.title or self.stem, author=self.author or "")
        doc.build(story, onFirstPage=onfirst)

    def _docx(self, path):
        import docx
        from docx.shared import Pt
        d = docx.Document()
        from docx.shared import Cm
        for sec in d.sections:
            sec.top_margin = sec.bottom_margin = Cm(1.8); sec.left_margin = sec.right_margin = Cm(2.2)
        d.core_properties.author = self.author or ""
        d.core_properties.title = self.title or ""
        stl = d.styles["Normal"]; stl.font.name = "Liberation Sans"; stl.font.size = Pt(self.size)
        rows = []

        def flush():
            if rows:
                w = max(len(r) for r in rows)
                t = d.add_table(rows=len(rows), cols=w); t.style = "Table Grid"
                for i, r in enumerate(rows):
                    for j, c in enumerate(r):
                        t.cell(i, j).text = c
                rows.clear()
        for ln in self.lines():
            s = strip(ln)
            if s.startswith("|"):
                rows.append([c.strip() for c in s.strip().strip("|").split("|")]); continue
            flush()
            if s == "---":
                d.add_page_break()
            elif s.startswith("## "):
                d.add_heading(s[3:], level=2)
            elif s.startswith("# "):
                d.add_heading(s[2:], level=1)
            else:
                d.add_paragraph(s)
        flush()
        src = Path(f"/tmp/s167_{self.stem}.docx"); d.save(src)
        od = Path("/tmp/s167_out"); od.mkdir(exist_ok=True)
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s167_lo", "--headless", "--convert-to", "pdf",
                        "--outdir", str(od), str(src)], check=True, capture_output=True, timeout=180)
        shutil.move(od / f"s167_{self.stem}.pdf", path)

    def _scan(self, path):
        from PIL import Image, ImageDraw, ImageFont
        from reportlab.pdfgen import canvas
        from reportlab.lib.pagesizes import A4
        from reportlab import rl_config
        rl_config.invariant = 1
        W, H = 1654, 2339
        reg = ImageFont.truetype(DJ + "DejaVuSerif.ttf", 30)
        bold = ImageFont.truetype(DJ + "DejaVuSerif-Bold.ttf", 36)
        hand = ImageFont.truetype(DJ + "DejaVuSans-Oblique.ttf", 38)
        pages, cur = [], []
        for ln in self.lines():
            if strip(ln) == "---":
                pages.append(cur); cur = []
            else:
                cur.append(ln)
        pages.append(cur)
        c = canvas.Canvas(str(path), pagesize=A4)
        rnd = random.Random(self.stem)
        for pi, pl in enumerate(pages):
            im = Image.new("L", (W, H), 250); dr = ImageDraw.Draw(im)
            y = 140
            colw = {}
            for ln in pl:
                s = strip(ln)
                if s.startswith("|"):
                    for j, cc in enumerate(s.strip().strip("|").split("|")):
                        colw[j] = max(colw.get(j, 0), dr.textlength(cc.strip(), font=reg) + 40, 240)
            for ln in pl:
                s = strip(ln)
                if s.startswith("~"):
                    f, s, x = hand, s[1:].strip(), 170 + rnd.randint(0, 30)
                    fill = 40
                elif s.startswith("# "):
                    f, s, x, fill = bold, s[2:], 140, 10
                else:
                    f, x, fill = reg, 140, 15
                if s.startswith("|"):
                    cells = [c_.strip() for c_ in s.strip().strip("|").split("|")]
                    xx = x
                    for j, cc in enumerate(cells):
                        if cc == "~":  # a handwritten signature: a scribble, no text
                            pts = [(xx + k * 14, y + 22 + rnd.randint(-16, 16)) for k in range(14)]
                            dr.line(pts, fill=30, width=3)
                        else:
                            dr.text((xx, y), cc, font=f, fill=fill)
                        xx += colw.get(j, 300)
                    dr.line((140, y + 44, W - 140, y + 44), fill=120, width=2)
                    y += 56
                    continue
                words, line = s.split(" "), ""
                for w in words:
                    t = (line + " " + w).strip()
                    if dr.textlength(t, font=f) > W - x - 140:
                        dr.text((x, y), line, font=f, fill=fill); y += 48; line = w
                    else:
                        line = t
                dr.text((x, y), line, font=f, fill=fill); y += 48 if s else 24
            im = im.rotate(self.rot if pi % 2 == 0 else -self.rot * 0.7, resample=Image.BICUBIC, fillcolor=235)
            jp = Path(f"/tmp/s167_{self.stem}_{pi}.jpg"); im.convert("RGB").save(jp, quality=78)
            c.drawImage(str(jp), 0, 0, width=A4[0], height=A4[1]); c.showPage()
        c.save()

    def _post(self, tmp, out):
        import pikepdf
        with pikepdf.open(str(tmp)) as pdf:
            di = pdf.docinfo
            di["/CreationDate"] = di["/ModDate"] = "D:20260301090000+01'00'"
            if self.producer: di["/Producer"] = self.producer
            if self.creator: di["/Creator"] = self.creator
            if self.author is not None: di["/Author"] = self.author
            if self.title: di["/Title"] = self.title
            if self.xmp:
                with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as m:
                    m["dc:creator"] = [self.xmp]
                    if self.producer: m["pdf:Producer"] = self.producer
            if self.outline:
                with pdf.open_outline() as ol:
                    ol.root.clear()
                    for t, p in self.outline:
                        ol.root.append(pikepdf.OutlineItem(t, min(p, len(pdf.pages) - 1)))
            for (au, txt, p) in self.notes:
                pg = pdf.pages[min(p, len(pdf.pages) - 1)]
                a = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                                      Rect=[480, 700, 500, 720], T=pikepdf.String(au), Contents=pikepdf.String(txt),
                                      Name=pikepdf.Name.Comment))
                if "/Annots" not in pg.obj: pg.obj.Annots = pdf.make_indirect(pikepdf.Array())
                pg.obj.Annots.append(a)
            pdf.save(str(out), deterministic_id=True)


def make_gold(d: Doc, pdf: Path):
    problems = []
    text, pages = text_pdfium(pdf)
    red, keep = markers(d.lines())
    gold = {"doc": pdf.name, "pages": pages, "redact": [], "keep": []}
    chans = None
    if d.kind == "scan" or d.hidden:
        chans = extract_channels(pdf, ocr="auto" if d.kind == "scan" else "off")["channels"]
    for v, k in red.items():
        pr = {"text": v, "word": True, "after": 0}
        if d.kind == "scan":
            pr["ocr"] = True
            if not channel_counts(chans, pr).get("ocr"):
                print(f"  [{d.stem}] OCR misses {v!r}; dropped"); continue
            gold["redact"].append({"kind": k, "value": v, "channel": "ocr", "ocr": True, "probes": [pr]})
        else:
            if not count_in(text, pr): problems.append(f"{d.stem}: redact {v!r} not in text")
            gold["redact"].append({"kind": k, "value": v, "probes": [pr]})
    for ch, k, v in d.hidden:
        pr = {"text": v, "word": True, "after": 0}
        if not channel_counts(chans, pr).get(ch): problems.append(f"{d.stem}: hidden {v!r} not in {ch}")
        if count_in(text, pr): problems.append(f"{d.stem}: hidden {v!r} also in text")
        gold["redact"].append({"kind": k, "value": v, "channel": ch, "probes": [pr]})
    # extra surname probes for multi-word person names (text and OCR items only)
    have = {pr["text"] for it in gold["redact"] for pr in it["probes"]}
    for it in gold["redact"]:
        v = it["value"]
        if it["kind"] == "EMAIL" and not it.get("channel"):
            loc = v.split("@")[0]
            if len(loc) >= 6 and loc not in have and count_in(text, {"text": loc, "word": True}):
                it["probes"].append({"text": loc, "word": True, "after": 0}); have.add(loc)
            continue
        if it["kind"] != "PERSON" or it.get("channel") not in (None, "ocr"):
            continue
        sur = v.split(",")[0].strip() if "," in v else v.split()[-1]
        if " " in sur or len(re.sub(r"\W", "", sur)) < 3 or sur in have or sur == v:
            continue
        pr = {"text": sur, "word": True, "after": 0}
        if it.get("ocr"):
            pr["ocr"] = True
            if not channel_counts(chans, pr).get("ocr"):
                continue
        elif not count_in(text, pr):
            continue
        it["probes"].append(pr); have.add(sur)
    # simulate redaction for overlap test
    sim = text
    for it in gold["redact"]:
        for pr in it["probes"]:
            sim = probe_regex(pr["text"], True).sub("\u2588", sim)
    if d.kind != "scan":
        for v, k in keep.items():
            pr = {"text": v, "word": True}
            n = count_in(text, pr)
            if n == 0: problems.append(f"{d.stem}: keep {v!r} not in text"); continue
            if count_in(sim, pr) != n: problems.append(f"{d.stem}: keep {v!r} overlaps a redact value")
            pr["after"] = n
            gold["keep"].append({"kind": k, "value": v, "probes": [pr]})
    if d.kind != "scan":
        for v in AUTO_KEEP:
            if v in keep:
                continue
            pr = {"text": v, "word": True}
            n = count_in(text, pr)
            if n and count_in(sim, pr) == n:
                pr["after"] = n
                gold["keep"].append({"kind": "TERM", "value": v, "probes": [pr]})
    return gold, problems


AUTO_KEEP = ["asbest", "sloop", "lokalenblok", "Meppel", "Assen", "Zwolle", "Steenwijk", "Emmen", "Postbus 50",
             "noodlokalen", "schoolplein", "risicoklasse 2", "risicoklasse 3", "toezichthouder", "toezichthouders",
             "containment", "golfplaten", "19 februari", "ouderavond", "inventarisatierapport", "vrijgavemeting",
             "last onder dwangsom", "projectleider", "sloopmelding", "stillegging", "stilgelegd", "luchtmeting",
             "container", "kruipruimte", "fietsenstalling", "laboratorium", "GGD", "omwonenden", "ouders",
             "college van burgemeester en wethouders", "Gedeputeerde Staten", "directeur", "teamleider",
             "bestuurder", "medezeggenschapsraad", "persoonsgegevens", "zienswijze", "eenmanszaak", "DAV",
             "sloper", "werkgebied", "bouwhekken", "boeiboord", "vensterbanken", "B-09", "B-10", "bouwkeet",
             "2 maart 2026", "23 februari 2026", "26 februari 2026", "20 februari 2026", "5 maart", "16 maart"]
