"""Build engine for set mixed155 (blind). Markup in document lines:
[[value]] or [[KIND:value]]  -> personal data to redact (probe = value, word-anchored)
{{value}} or {{KIND:value}}  -> public text to keep (after = its count in the original's PDFium text)
"""
from __future__ import annotations
import io, json, re, subprocess, sys, shutil, random
from pathlib import Path
sys.path.insert(0, "/work/shared/eval")
import reportlab.rl_config
reportlab.rl_config.invariant = 1
from evaluate import count_in, norm, probe_regex, text_pdfium, extract_channels, channel_counts  # noqa

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"; GOLD = HERE / "gold"; TMP = Path("/tmp/s155_build")
KINDS = {"PERSON", "EMAIL", "PHONE", "BSN", "IBAN", "DOB", "ADDRESS", "INITIALS", "HEALTH", "PERSNR",
         "KVK", "TRADENAME", "SIGNATURE", "NICK", "ORG", "PLACE", "LAW", "ROLE", "OFFICEHOLDER", "REF", "MAILBOX",
         "GENERALPHONE", "STREET", "TERM", "NONPERSON", "PROGRAMME", "DATE", "AMOUNT", "PRODUCT"}
MARK = re.compile(r"\[\[(.+?)\]\]|\{\{(.+?)\}\}")


def split_kind(s, default):
    m = re.match(r"([A-Z]+):(.+)$", s, re.S)
    if m and m.group(1) in KINDS:
        return m.group(1), m.group(2)
    return default, s


def guess_kind(v):
    if "@" in v: return "EMAIL"
    if re.match(r"NL\d\d[A-Z]{4}", v.replace(" ", "")): return "IBAN"
    if sum(c.isdigit() for c in v) >= 6: return "PHONE"
    return "PERSON"


def parse(lines, red, keep):
    out = []
    for ln in lines:
        def rep(m):
            if m.group(1):
                k, v = split_kind(m.group(1), None)
                red.append((k or guess_kind(v), v))
            else:
                k, v = split_kind(m.group(2), "PUBLIC")
                keep.append((k, v))
            return v
        out.append(MARK.sub(rep, ln))
    return out


MONTHS = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
DATE_RX = re.compile(r"\b\d{1,2} (?:%s) 20\d\d\b" % MONTHS)
NUMDATE_RX = re.compile(r"(?<![\d-])\d\d-\d\d-20\d\d\b")
ART_RX = re.compile(r"\bartikel \d+(?:\.\d+)?[a-z]{0,2}\b")
AMOUNT_RX = re.compile(r"€ \d[\d.]*,\d\d")
PARTICLES = {"van", "de", "der", "den", "ter", "te", "'t", "het", "v.", "van't"}


def extra_probes(kind, v):
    """Further probes for a person's name: the surname alone (also from 'Surname, First')."""
    if kind != "PERSON":
        return []
    out = []
    if "," in v:
        sur = v.split(",")[0].strip()
        if len(sur) >= 4 and sur != v:
            out.append(sur)
        return out
    toks = v.split()
    if len(toks) < 2 or toks[0].endswith(".") or toks[0] in ("mr.", "drs.", "dr.", "mr"):
        return out
    i = 1
    while i < len(toks) - 1 and toks[i].lower() in PARTICLES:
        i += 1
    sur = " ".join(toks[i:])
    if i > 1:
        sur = sur  # keep the surname without its particle (tussenvoegsel), the usual short mention
    if len(sur) >= 4 and sur[0].isupper() and "." not in sur:
        out.append(sur)
    return out


class Doc:
    def __init__(self, stem, lines, producer="rl", prod=None, creator=None, author=None, xmp_author=None,
                 outline=None, annots=None, form=None, scan=None, font="Helvetica", title=None, extra_red=(),
                 extra_keep=()):
        self.stem, self.raw, self.producer = stem, lines, producer
        self.prod, self.creator, self.author, self.xmp_author = prod, creator, author, xmp_author
        self.outline, self.annots, self.form, self.scan, self.font, self.title = outline, annots, form, scan, font, title
        self.extra_red, self.extra_keep = list(extra_red), list(extra_keep)

    # ---------------------------------------------------------------------------------------
    def build(self):
        self.red, self.keep = [], []
        lines = parse(self.raw, self.red, self.keep)
        self.plain = lines
        self.hidden = []  # (channel, kind, value)
        if self.author:
            self.hidden.append(("metadata", "PERSON", self.author))
        if self.xmp_author:
            self.hidden.append(("metadata", "PERSON", self.xmp_author))
        for t, names in (self.outline or []):
            for n in names:
                self.hidden.append(("outline", "PERSON", n))
        for a in (self.annots or []):
            for k, v in a.get("red", []):
                self.hidden.append(("annotations", k, v))
        for f in (self.form or []):
            if isinstance(f.get("red"), list):
                for k, v in f["red"]:
                    self.hidden.append(("annotations", k, v))
            elif f.get("red"):
                self.hidden.append(("annotations", f["kind"], f["value"]))
        TMP.mkdir(exist_ok=True, parents=True)
        out = DOCS / f"{self.stem}.pdf"
        if self.scan:
            self.build_scan(lines, out)
        elif self.producer == "docx":
            self.build_docx(lines, out)
        else:
            self.build_rl(lines, out)
        self.post(out)
        return out

    def build_rl(self, lines, out):
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, PageBreak, Table, TableStyle
        from reportlab.lib import colors
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        fn, fb = self.font, self.font + "-Bold"
        if self.font == "DejaVu":
            pdfmetrics.registerFont(TTFont("DejaVu", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
            pdfmetrics.registerFont(TTFont("DejaVu-Bold", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
        elif self.font == "DejaVuMono":
            pdfmetrics.registerFont(TTFont("DejaVuMono", "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"))
            pdfmetrics.registerFont(TTFont("DejaVuMono-Bold", "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf"))
        elif self.font == "DejaVuSerif":
            pdfmetrics.registerFont(TTFont("DejaVuSerif", "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"))
            pdfmetrics.registerFont(TTFont("DejaVuSerif-Bold", "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"))
        elif self.font == "Times":
            fn, fb = "Times-Roman", "Times-Bold"
        elif self.font == "Courier":
            fn, fb = "Courier", "Courier-Bold"
        body = ParagraphStyle("b", fontName=fn, fontSize=9.5, leading=12.5, spaceAfter=3)
        head = ParagraphStyle("h", fontName=fb, fontSize=12, leading=15, spaceBefore=6, spaceAfter=4)
        cell = ParagraphStyle("c", fontName=fn, fontSize=8.5, leading=10.5)
        esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        story, rows = [], []

        def flush():
            if rows:
                t = Table([[Paragraph(esc(c), cell) for c in r] for r in rows], repeatRows=1)
                t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee")),
                                       ("VALIGN", (0, 0), (-1, -1), "TOP")]))
                story.append(t); story.append(Spacer(1, 6)); rows.clear()
        for ln in lines:
            if ln.startswith("|"):
                rows.append([c.strip() for c in ln.strip().strip("|").split("|")]); continue
            flush()
            if ln == "---":
                story.append(PageBreak())
            elif ln.startswith("# "):
                story.append(Paragraph(esc(ln[2:]), head))
            elif ln == "":
                story.append(Spacer(1, 6))
            else:
                story.append(Paragraph(esc(ln), body))
        flush()
        d = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=60, rightMargin=55, topMargin=50, bottomMargin=50,
                              title=self.title or self.stem, author="", creator="", producer="")
        def cb(canvas, doc):
            for f in (self.form or []):
                canvas.acroForm.textfield(name=f["name"], value=f["value"], x=f["x"], y=f["y"], width=260,
                                          height=15, borderWidth=0.5, fontName="Helvetica", fontSize=9)
        d.build(story, onFirstPage=cb)

    def build_docx(self, lines, out):
        import docx
        from docx.shared import Pt
        from docx.enum.text import WD_BREAK
        d = docx.Document()
        d.core_properties.author = self.docx_author if hasattr(self, "docx_author") else ""
        d.core_properties.last_modified_by = ""
        st = d.styles["Normal"]; st.font.name = "Liberation Sans"; st.font.size = Pt(10)
        rows = []

        def flush():
            if rows:
                t = d.add_table(rows=len(rows), cols=len(rows[0])); t.style = "Table Grid"
                for i, r in enumerate(rows):
                    for j, c in enumerate(r):
                        t.cell(i, j).text = c
                rows.clear()
        for ln in lines:
            if ln.startswith("|"):
                rows.append([c.strip() for c in ln.strip().strip("|").split("|")]); continue
            flush()
            if ln == "---":
                d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            elif ln.startswith("# "):
                d.add_heading(ln[2:], level=2)
            else:
                d.add_paragraph(ln)
        flush()
        src = TMP / f"{self.stem}.docx"; d.save(src)
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s155_lo", "--headless", "--convert-to", "pdf",
                        "--outdir", str(TMP), str(src)], capture_output=True, timeout=180)
        shutil.copy(TMP / f"{self.stem}.pdf", out)

    def build_scan(self, lines, out):
        from PIL import Image, ImageDraw, ImageFont
        from reportlab.pdfgen import canvas
        from reportlab.lib.pagesizes import A4
        W, H = 1654, 2339  # A4 at 200 dpi
        img = Image.new("L", (W, H), 250)
        dr = ImageDraw.Draw(img)
        f = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", 34)
        fh = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf", 40)
        y = 130
        for ln in lines:
            hand = ln.startswith("~")
            t = ln[1:] if hand else ln
            if t.startswith("# "):
                t = t[2:]
            dr.text((150 + (40 if hand else 0), y), t, font=fh if hand else f, fill=30 if hand else 15)
            y += 62 if hand else 52
        rnd = random.Random(self.stem)
        img = img.rotate(rnd.uniform(-1.2, 1.2), resample=Image.BICUBIC, fillcolor=245, expand=False)
        jp = TMP / f"{self.stem}.jpg"; img.save(jp, "JPEG", quality=80)
        c = canvas.Canvas(str(out), pagesize=A4)
        c.drawImage(str(jp), 0, 0, width=A4[0], height=A4[1]); c.showPage(); c.save()

    def post(self, out):
        import pikepdf
        with pikepdf.open(out, allow_overwriting_input=True) as pdf:
            with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as m:
                if self.xmp_author: m["dc:creator"] = [self.xmp_author]
                if self.prod: m["pdf:Producer"] = self.prod
            info = pdf.docinfo
            if "/Author" in info: del info["/Author"]
            if self.prod: info["/Producer"] = self.prod
            if self.creator: info["/Creator"] = self.creator
            if self.title: info["/Title"] = self.title
            if self.author: info["/Author"] = self.author
            if self.outline:
                with pdf.open_outline() as ol:
                    for t, _names in self.outline:
                        pg = 0
                        if isinstance(t, tuple): t, pg = t
                        ol.root.append(pikepdf.OutlineItem(t, pg))
            if self.annots:
                for a in self.annots:
                    pg = pdf.pages[a.get("page", 0)]
                    x, y = a.get("xy", (480, 700))
                    an = pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                                            Rect=[x, y, x + 20, y + 20], T=pikepdf.String(a["T"]),
                                            Contents=pikepdf.String(a["C"]), Name=pikepdf.Name.Comment, F=4)
                    if "/Annots" not in pg.obj: pg.obj.Annots = pikepdf.Array()
                    pg.obj.Annots.append(pdf.make_indirect(an))
            pdf.save(out, fix_metadata_version=False, deterministic_id=True)

    # ---------------------------------------------------------------------------------------
    def gold(self, path):
        problems = []
        text, pages = text_pdfium(path)
        chans = None
        if self.hidden or self.scan or self.form:
            chans = extract_channels(path, ocr="auto" if self.scan else "off")["channels"]
        red_items, seen = [], set()
        for k, v in self.red + list(self.extra_red):
            if v in seen: continue
            seen.add(v)
            pr = {"text": v, "word": True, "after": 0}
            it = {"kind": k, "value": v, "probes": [pr]}
            for extra in extra_probes(k, v):
                if count_in(text, {"text": extra, "word": True}) or self.scan:
                    it["probes"].append({"text": extra, "word": True, "after": 0})
            if self.scan:
                it["channel"] = "ocr"
                for q in it["probes"]:
                    q["ocr"] = True
                it["probes"] = [q for q in it["probes"] if channel_counts(chans, q).get("ocr")]
                if not it["probes"]:
                    print(f"   {self.stem}: OCR does not find {v!r}; left out of gold"); continue
            elif not count_in(text, pr):
                problems.append(f"{self.stem}: redact {v!r} not in text"); continue
            red_items.append(it)
        for ch, k, v in self.hidden:
            if (ch, v) in seen: continue
            seen.add((ch, v))
            pr = {"text": v, "word": True, "after": 0}
            if count_in(text, pr):
                problems.append(f"{self.stem}: hidden {v!r} also in page text"); continue
            if not channel_counts(chans, pr).get(ch):
                problems.append(f"{self.stem}: hidden {v!r} not in {ch}"); continue
            red_items.append({"kind": k, "value": v, "channel": ch, "probes": [pr]})
        # masked text: every redact value blanked, to check that no keep probe overlaps it
        masked = text
        for it in red_items:
          for q in it["probes"]:
            masked = probe_regex(q["text"], True).sub(lambda m: "#" * len(m.group(0)), masked)
          if True:
            masked = probe_regex(it["value"], True).sub(lambda m: "#" * len(m.group(0)), masked)
            masked = probe_regex(it["value"], False).sub(lambda m: "#" * len(m.group(0)), masked)
        keep_items, kseen = [], set()
        auto = []
        if not self.scan:
            for ln in self.plain:
                for m in DATE_RX.finditer(ln): auto.append(("DATE", m.group(0)))
                for m in AMOUNT_RX.finditer(ln): auto.append(("AMOUNT", m.group(0)))
                for m in NUMDATE_RX.finditer(ln): auto.append(("DATE", m.group(0)))
                for m in ART_RX.finditer(ln): auto.append(("LAW", m.group(0)))
        for k, v in self.keep + list(self.extra_keep) + auto:
            if v in kseen: continue
            kseen.add(v)
            pr = {"text": v, "word": True}
            n = count_in(text, pr)
            if n == 0:
                problems.append(f"{self.stem}: keep {v!r} not in text"); continue
            if count_in(masked, pr) != n:
                print(f"   {self.stem}: keep {v!r} overlaps a redact value; left out"); continue
            pr["after"] = n
            keep_items.append({"kind": k, "value": v, "probes": [pr]})
        g = {"doc": path.name, "pages": pages, "redact": red_items, "keep": keep_items}
        return g, problems
