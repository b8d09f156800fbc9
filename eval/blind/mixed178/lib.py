"""Engine for set AZ (mixed178): markup -> PDF + gold. {X|value} = redact (kind X), [value] = keep."""
from __future__ import annotations
import io, json, re, subprocess, sys, shutil, tempfile
from pathlib import Path
sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, norm, probe_regex, text_pdfium, extract_channels, channel_counts  # noqa

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"; GOLD_DIR = HERE / "gold"
KINDS = {"P": "PERSON", "E": "EMAIL", "T": "PHONE", "B": "BSN", "I": "IBAN", "D": "DATE_OF_BIRTH",
         "A": "ADDRESS", "C": "INITIALS", "H": "HEALTH", "K": "KVK", "N": "PERSNR"}
AUTO_KEEP = ["Vlietstede", "COA", "azc", "Woo", "Thorbeckegebouw", "Kanaalweg", "Sentinel", "opvanglocatie",
             "begeleidingscommissie", "omwonenden", "bewonersavond", "wethouder Ameziane", "Sluisbrug", "Kanaalpad",
             "gemeente", "college", "locatiemanager", "wijkregisseur", "projectleider", "beveiliging", "politie",
             "asielzoekers", "raadsinformatiebrief", "incident", "klacht", "Kanaalzone"]
RX = re.compile(r"\{(?:([A-Z])\|)?([^{}]+)\}|\[([^\[\]]+)\]")
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVUB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def parse(lines):
    red, keep, out = {}, [], []
    for ln in lines:
        def rep(m):
            if m.group(2) is not None:
                red.setdefault(m.group(2), KINDS[m.group(1) or "P"]); return m.group(2)
            if m.group(3) not in keep: keep.append(m.group(3))
            return m.group(3)
        out.append(RX.sub(rep, ln))
    return out, red, keep


class Doc:
    def __init__(self, stem, title, body, producer="rl", meta=None, outline=None, notes=None,
                 form=None, hidden=None, scan=False, creator=None, prod=None, serif=False):
        self.stem, self.title, self.body = stem, title, body
        self.producer, self.meta, self.outline, self.notes = producer, meta or {}, outline or [], notes or []
        self.form, self.hidden, self.scan = form, hidden or [], scan
        self.creator, self.prod, self.serif = creator, prod, serif

    # ---------- rendering
    def build(self):
        DOCS_DIR.mkdir(exist_ok=True)
        lines, self.red, self.keep = parse(self.body.strip("\n").split("\n"))
        path = DOCS_DIR / f"{self.stem}.pdf"
        if self.scan:
            self._scan(lines, path)
        elif self.producer == "lo":
            self._docx(lines, path)
        else:
            self._rl(lines, path)
        self._post(path)
        return path

    def _rl(self, lines, path):
        from reportlab.lib.pagesizes import A4
        from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.lib import colors
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        from xml.sax.saxutils import escape
        if self.producer == "ttf":
            pdfmetrics.registerFont(TTFont("DV", DEJAVU)); pdfmetrics.registerFont(TTFont("DVB", DEJAVUB))
            f, fb = "DV", "DVB"
        else:
            f, fb = ("Times-Roman", "Times-Bold") if self.serif else ("Helvetica", "Helvetica-Bold")
        st = ParagraphStyle("b", fontName=f, fontSize=10, leading=13.5, spaceAfter=3)
        sh = ParagraphStyle("h", fontName=fb, fontSize=13, leading=17, spaceAfter=8)
        s2 = ParagraphStyle("h2", fontName=fb, fontSize=10.5, leading=14, spaceBefore=5, spaceAfter=3)
        sc = ParagraphStyle("c", fontName=f, fontSize=8.5, leading=10.5)
        story, rows = [Paragraph(escape(self.title), sh)], []

        def flush():
            if rows:
                t = Table([[Paragraph(escape(c), sc) for c in r] for r in rows], repeatRows=1)
                t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                       ("BACKGROUND", (0, 0), (-1, 0), colors.whitesmoke),
                                       ("VALIGN", (0, 0), (-1, -1), "TOP")]))
                story.append(t); story.append(Spacer(1, 6)); rows.clear()
        for ln in lines:
            if ln.startswith("|"):
                rows.append([c.strip() for c in ln.strip("|").split("|")]); continue
            flush()
            if ln.startswith("## "):
                story.append(Paragraph(escape(ln[3:]), s2))
            elif ln.strip() == "":
                story.append(Spacer(1, 5))
            elif ln.strip() == "<PB>":
                from reportlab.platypus import PageBreak; story.append(PageBreak())
            else:
                story.append(Paragraph(escape(ln), st))
        flush()
        d = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=60, rightMargin=60, topMargin=55,
                              bottomMargin=55, title=self.meta.get("title", self.title),
                              author=self.meta.get("author", ""), creator=self.creator or "",
                              producer=self.prod or "ReportLab PDF Library - www.reportlab.com",
                              invariant=1)
        d.build(story)

    def _docx(self, lines, path):
        import docx
        from docx.shared import Pt
        doc = docx.Document()
        doc.core_properties.author = self.meta.get("author", "")
        doc.core_properties.last_modified_by = self.meta.get("author", "")
        doc.core_properties.title = self.meta.get("title", self.title)
        doc.add_heading(self.title, level=1)
        rows = []

        def flush():
            if rows:
                t = doc.add_table(rows=len(rows), cols=len(rows[0])); t.style = "Table Grid"
                for i, r in enumerate(rows):
                    for j, c in enumerate(r): t.cell(i, j).text = c
                rows.clear()
        for ln in lines:
            if ln.startswith("|"):
                rows.append([c.strip() for c in ln.strip("|").split("|")]); continue
            flush()
            if ln.startswith("## "): doc.add_heading(ln[3:], level=2)
            elif ln.strip() == "<PB>": doc.add_page_break()
            else: doc.add_paragraph(ln)
        flush()
        tmp = Path(tempfile.mkdtemp(prefix="s178_docx_", dir="/tmp"))
        src = tmp / f"{self.stem}.docx"; doc.save(src)
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s178_lo", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(src)], capture_output=True, timeout=180)
        shutil.copy(tmp / f"{self.stem}.pdf", path); shutil.rmtree(tmp)

    def _scan(self, lines, path):
        from PIL import Image, ImageDraw, ImageFont
        from reportlab.pdfgen import canvas
        from reportlab.lib.pagesizes import A4
        W, H = 1654, 2339
        img = Image.new("L", (W, H), 250); dr = ImageDraw.Draw(img)
        ft = ImageFont.truetype(DEJAVU, 30); fh = ImageFont.truetype(DEJAVUB, 40)
        y = 140; dr.text((130, y), self.title, font=fh, fill=20); y += 80
        for ln in lines:
            ln = ln.lstrip("#").strip()
            dr.text((130, y), ln, font=ft, fill=25); y += 44
        img = img.rotate(0.7, expand=False, fillcolor=250, resample=Image.BICUBIC)
        buf = io.BytesIO(); img.convert("RGB").save(buf, "JPEG", quality=70)
        tmpimg = Path(tempfile.mkdtemp(prefix="s178_scan_", dir="/tmp")) / "p.jpg"
        tmpimg.write_bytes(buf.getvalue())
        c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
        c.setProducer(self.prod or "KONICA MINOLTA bizhub C300i"); c.setCreator(self.creator or "")
        c.drawImage(str(tmpimg), 0, 0, width=A4[0], height=A4[1]); c.showPage(); c.save()

    def _post(self, path):
        import pikepdf
        with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
            if not self.prod and "/Producer" in pdf.docinfo:
                self.prod = str(pdf.docinfo["/Producer"])
            if self.prod or self.creator or "author" in self.meta:
                with pdf.open_metadata(set_pikepdf_as_editor=False) as m:
                    if "author" in self.meta: m["dc:creator"] = [self.meta["author"]]
                    if self.prod: m["pdf:Producer"] = self.prod
                    if self.creator: m["xmp:CreatorTool"] = self.creator
                if self.prod: pdf.docinfo["/Producer"] = self.prod
                if self.creator: pdf.docinfo["/Creator"] = self.creator
                if "author" in self.meta and not self.meta.get("xmp_only"):
                    pdf.docinfo["/Author"] = self.meta["author"]
                if self.meta.get("xmp_only") and "/Author" in pdf.docinfo:
                    del pdf.docinfo["/Author"]
            if self.outline:
                with pdf.open_outline() as ol:
                    for t, pg in self.outline:
                        ol.root.append(pikepdf.OutlineItem(t, pg))
            if self.notes:
                for pg, x, y, who, txt in self.notes:
                    a = pdf.make_indirect(pikepdf.Dictionary(
                        Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                        Rect=[x, y, x + 20, y + 20], T=pikepdf.String(who), Contents=pikepdf.String(txt),
                        Open=False, Name=pikepdf.Name.Comment))
                    p = pdf.pages[pg]
                    if "/Annots" not in p.obj: p.obj.Annots = pdf.make_indirect(pikepdf.Array())
                    p.obj.Annots.append(a)
            if self.form:
                fields = pikepdf.Array(); p = pdf.pages[0]
                if "/Annots" not in p.obj: p.obj.Annots = pdf.make_indirect(pikepdf.Array())
                font = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1,
                                                            BaseFont=pikepdf.Name.Helvetica))
                for name, val, (x, y, w) in self.form:
                    ap = pdf.make_stream(f"/Tx BMC q BT /Helv 9 Tf 2 4 Td ({val}) Tj ET Q EMC".encode("latin-1"))
                    ap.Type = pikepdf.Name.XObject; ap.Subtype = pikepdf.Name.Form; ap.BBox = [0, 0, w, 16]
                    ap.Resources = pikepdf.Dictionary(Font=pikepdf.Dictionary(Helv=font))
                    f = pdf.make_indirect(pikepdf.Dictionary(
                        Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Widget, FT=pikepdf.Name.Tx,
                        T=pikepdf.String(name), V=pikepdf.String(val), Rect=[x, y, x + w, y + 16],
                        F=4, P=p.obj, DA=pikepdf.String("/Helv 9 Tf 0 g"), AP=pikepdf.Dictionary(N=ap)))
                    fields.append(f); p.obj.Annots.append(f)
                pdf.Root.AcroForm = pdf.make_indirect(pikepdf.Dictionary(
                    Fields=fields, DA=pikepdf.String("/Helv 9 Tf 0 g"),
                    DR=pikepdf.Dictionary(Font=pikepdf.Dictionary(Helv=font))))
            pdf.save(str(path), deterministic_id=True, static_id=True)


def make_gold(d: Doc, path: Path):
    text, pages = text_pdfium(path)
    problems, redact, keep = [], [], []
    chans = None
    if d.hidden or d.scan or d.form:
        chans = extract_channels(path, ocr="auto" if d.scan else "off")["channels"]
    for val, kind in d.red.items():
        pr = {"text": val, "word": True, "after": 0}
        extra = []
        tk = val.split()
        if kind == "PERSON" and len(tk) >= 2:
            sur = " ".join(tk[1:]) if "." not in tk[0] and tk[0][:1].isupper() else tk[-1]
            if sur != val and len(sur) > 3:
                extra.append({"text": sur, "word": True, "after": 0})
        if kind == "EMAIL":
            extra.append({"text": val.split("@")[0], "word": True, "after": 0})
        if d.scan:
            pr["ocr"] = True
            if not channel_counts(chans, pr).get("ocr"):
                problems.append(f"{d.stem}: ocr probe not read: {val!r} (dropped)"); continue
            ex = []
            for e in extra:
                e["ocr"] = True
                if channel_counts(chans, e).get("ocr"): ex.append(e)
            redact.append({"kind": kind, "value": val, "channel": "ocr", "probes": [pr] + ex}); continue
        if count_in(text, pr) == 0:
            problems.append(f"{d.stem}: redact {val!r} not in text"); continue
        redact.append({"kind": kind, "value": val, "probes": [pr] + [e for e in extra if count_in(text, e)]})
    for ch, kind, val in d.hidden:
        pr = {"text": val, "word": True, "after": 0}
        if count_in(text, pr): problems.append(f"{d.stem}: hidden {val!r} in page text")
        if not channel_counts(chans, pr).get(ch): problems.append(f"{d.stem}: hidden {val!r} not in {ch}")
        redact.append({"kind": kind, "value": val, "channel": ch, "probes": [pr]})
    # simulated redaction for overlap check
    sim = text
    for val in d.red:
        sim = probe_regex(val, True).sub("\u2588", sim)
    if not d.scan:
        auto = [a for a in AUTO_KEEP if a not in d.keep and count_in(text, {"text": a, "word": True})
                and count_in(sim, {"text": a, "word": True}) == count_in(text, {"text": a, "word": True})]
        for val in d.keep + auto:
            pr = {"text": val, "word": True}
            n = count_in(text, pr)
            if n == 0:
                problems.append(f"{d.stem}: keep {val!r} not in text"); continue
            if count_in(sim, pr) != n:
                problems.append(f"{d.stem}: keep {val!r} overlaps a redact value"); continue
            pr["after"] = n
            keep.append({"kind": "PUBLIC", "value": val, "probes": [pr]})
    gold = {"doc": path.name, "pages": pages, "redact": redact, "keep": keep}
    return gold, problems
