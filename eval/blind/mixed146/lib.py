"""Builder for set AZ (mixed146): markup [[K:value]] = redact, {{K:value}} = keep."""
from __future__ import annotations
import io, re, subprocess, sys, tempfile
from pathlib import Path
from xml.sax.saxutils import escape
sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, text_pdfium, extract_channels, channel_counts  # noqa
HERE = Path(__file__).resolve().parent
DOCS_DIR, GOLD_DIR = HERE / "docs", HERE / "gold"
KINDS = {"P": "PERSON", "E": "EMAIL", "T": "PHONE", "A": "ADDRESS", "B": "BSN", "I": "IBAN", "D": "DATE_OF_BIRTH",
         "X": "INITIALS", "H": "HEALTH", "K": "KVK", "O": "ORG", "L": "LOCATION", "W": "LAW", "R": "REFERENCE",
         "F": "FUNCTION", "N": "PUBLIC_OFFICIAL", "M": "MAILBOX", "S": "SWITCHBOARD", "Z": "NOT_A_PERSON"}
RX = re.compile(r"(\[\[|\{\{)([A-Z]):(.+?)(\]\]|\}\})")
FONT = "/usr/share/fonts/truetype/dejavu/"


def strip(s):
    return RX.sub(lambda m: m.group(3), s)


def marks(lines):
    red, keep = [], []
    for l in lines:
        for m in RX.finditer(l):
            (red if m.group(1) == "[[" else keep).append((m.group(2), m.group(3)))
    return red, keep


class Doc:
    def __init__(self, stem, lines, producer="Microsoft® Word for Microsoft 365", creator="Microsoft® Word for Microsoft 365",
                 font="Helvetica", title="", hidden=None, kind="rl", ocr=False, author=None, form=None, size=10):
        self.stem, self.lines, self.producer, self.creator, self.font = stem, lines, producer, creator, font
        self.title, self.hidden, self.kind, self.ocr, self.author, self.form, self.size = title, hidden or {}, kind, ocr, author, form, size

    # ---------------------------------------------------------------- build
    def build(self):
        out = DOCS_DIR / f"{self.stem}.pdf"
        if self.kind == "docx":
            self._docx(out)
        elif self.ocr:
            self._scan(out)
        else:
            self._rl(out)
        self._post(out)
        return out

    def _rl(self, out):
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
        from reportlab.lib import colors
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        fn, fb = self.font, self.font + "-Bold"
        if self.font.startswith("DejaVu"):
            pdfmetrics.registerFont(TTFont(self.font, FONT + self.font + ".ttf"))
            pdfmetrics.registerFont(TTFont(fb, FONT + self.font + "-Bold.ttf"))
        elif self.font == "Times-Roman":
            fb = "Times-Bold"
        st = ParagraphStyle("b", fontName=fn, fontSize=self.size, leading=self.size * 1.35, spaceAfter=3)
        hd = ParagraphStyle("h", fontName=fb, fontSize=self.size + 2, leading=(self.size + 2) * 1.4, spaceAfter=4, spaceBefore=4)
        story, rows = [], []

        def flush():
            if rows:
                w = max(len(r) for r in rows)
                data = [[Paragraph(escape(c), ParagraphStyle("t", fontName=fn, fontSize=self.size - 1.5, leading=(self.size - 1.5) * 1.25)) for c in r + [""] * (w - len(r))] for r in rows]
                t = Table(data, repeatRows=1)
                t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee"))]))
                story.append(t)
                story.append(Spacer(1, 6))
                rows.clear()
        for l in self.lines:
            s = strip(l)
            if s.startswith("|"):
                rows.append([c.strip() for c in s.strip("|").split("|")])
                continue
            flush()
            if s.startswith("# "):
                story.append(Paragraph(escape(s[2:]), hd))
            elif s == "":
                story.append(Spacer(1, 5))
            else:
                story.append(Paragraph(escape(s), st))
        flush()
        buf = io.BytesIO()
        doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=60, rightMargin=60, topMargin=55, bottomMargin=55,
                                title=self.title, author=self.author or "", creator=self.creator, producer=self.producer,
                                invariant=1)
        form = self.form

        def onpage(c, d):
            if form and d.page == 1:
                form(c)
        doc.build(story, onFirstPage=onpage)
        out.write_bytes(buf.getvalue())

    def _scan(self, out):
        from PIL import Image, ImageDraw, ImageFont
        W, H = 1654, 2339
        im = Image.new("L", (W, H), 248)
        d = ImageDraw.Draw(im)
        y = 140
        for l in self.lines:
            s = strip(l)
            hand = s.startswith("~")
            s = s.replace("~", "")
            f = ImageFont.truetype(FONT + ("DejaVuSerif-Italic.ttf" if hand else "DejaVuSans.ttf"), 38 if hand else 34)
            if s.startswith("# "):
                f = ImageFont.truetype(FONT + "DejaVuSans-Bold.ttf", 40)
                s = s[2:]
            d.text((130, y), s, fill=25, font=f)
            y += 58 if s else 30
        im = im.rotate(0.7, fillcolor=248, resample=Image.BICUBIC)
        jb = io.BytesIO()
        im.save(jb, "JPEG", quality=82)
        from reportlab.pdfgen import canvas
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.utils import ImageReader
        buf = io.BytesIO()
        c = canvas.Canvas(buf, pagesize=A4, invariant=1)
        c.setCreator(self.creator)
        c.setProducer(self.producer)
        c.drawImage(ImageReader(io.BytesIO(jb.getvalue())), 0, 0, A4[0], A4[1])
        c.showPage()
        c.save()
        out.write_bytes(buf.getvalue())

    def _docx(self, out):
        import docx
        from docx.shared import Pt
        d = docx.Document()
        d.core_properties.author = ""
        d.core_properties.title = self.title
        st = d.styles["Normal"]
        st.font.name = "DejaVu Sans"
        st.font.size = Pt(self.size)
        rows = []

        def flush():
            if rows:
                w = max(len(r) for r in rows)
                t = d.add_table(rows=len(rows), cols=w)
                t.style = "Table Grid"
                for i, r in enumerate(rows):
                    for j, c in enumerate(r):
                        t.cell(i, j).text = c
                rows.clear()
        for l in self.lines:
            s = strip(l)
            if s.startswith("|"):
                rows.append([c.strip() for c in s.strip("|").split("|")])
                continue
            flush()
            if s.startswith("# "):
                d.add_heading(s[2:], level=2)
            else:
                d.add_paragraph(s)
        flush()
        tmp = Path(f"/tmp/s146_docx")
        tmp.mkdir(exist_ok=True)
        src = tmp / f"{self.stem}.docx"
        d.save(src)
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s146_lo", "--headless", "--convert-to", "pdf",
                        "--outdir", str(tmp), str(src)], capture_output=True, timeout=180)
        out.write_bytes((tmp / f"{self.stem}.pdf").read_bytes())

    def _post(self, out):
        import pikepdf
        h = self.hidden
        with pikepdf.open(out, allow_overwriting_input=True) as pdf:
            pdf.docinfo["/Producer"] = self.producer
            pdf.docinfo["/Creator"] = self.creator
            if "author" in h:
                pdf.docinfo["/Author"] = h["author"]
            elif "/Author" in pdf.docinfo and self.kind == "docx":
                del pdf.docinfo["/Author"]
            if "xmp" in h:
                with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as m:
                    m["dc:creator"] = h["xmp"]
            if "outline" in h:
                with pdf.open_outline() as ol:
                    for t, p in h["outline"]:
                        ol.root.append(pikepdf.OutlineItem(t, p))
            if "notes" in h:
                pg = pdf.pages[h.get("note_page", 0)]
                annots = pg.obj.get("/Annots", pikepdf.Array())
                for i, (who, txt) in enumerate(h["notes"]):
                    a = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                                          Rect=[420, 700 - 60 * i, 440, 720 - 60 * i], T=who, Contents=txt,
                                          Name=pikepdf.Name.Comment, F=4))
                    annots.append(a)
                pg.obj["/Annots"] = annots
            pdf.save(out, deterministic_id=True)


def surname(v):
    toks = v.split()
    if len(toks) < 2:
        return None
    last = toks[-1]
    if len(last) >= 4 and last[0].isupper() and not last.endswith("."):
        return last
    return None


def make_gold(d, path):
    problems = []
    text, pages = text_pdfium(path)
    red, keep = marks(d.lines)
    chans = None
    ch = "ocr" if d.ocr else None
    if d.ocr:
        chans = extract_channels(path, ocr="auto")["channels"]
    items, seen = [], set()

    def add(kind, value, probes, channel=None):
        ps = []
        for p in probes:
            if p in seen or not p:
                continue
            pr = {"text": p, "word": True, "after": 0}
            if channel == "ocr":
                pr["ocr"] = True
                if channel_counts(chans, pr).get("ocr", 0) == 0:
                    continue
            seen.add(p)
            ps.append(pr)
        if ps:
            it = {"kind": kind, "value": value, "probes": ps}
            if channel:
                it["channel"] = channel
            items.append(it)
    for k, v in red:
        pr = [v]
        if k == "P" and surname(v):
            pr.append(surname(v))
        add(KINDS[k], v, pr, ch)
    hch = {}
    for chn, key in (("metadata", "author"), ("outline", "outline"), ("annotations", "notes"), ("annotations", "form")):
        pass
    for chn, vals in d.hidden.get("probes", {}).items():
        hc = extract_channels(path, ocr="off")["channels"]
        for kind, v in vals:
            pr = {"text": v, "word": True, "after": 0}
            if channel_counts(hc, pr).get(chn, 0) == 0:
                problems.append(f"{d.stem}: hidden {v!r} not in {chn}")
            if count_in(text, pr):
                problems.append(f"{d.stem}: hidden {v!r} also in text")
            items.append({"kind": kind, "value": v, "channel": chn, "probes": [pr]})
    if not d.ocr:
        for it in items:
            if it.get("channel"):
                continue
            for p in it["probes"]:
                if count_in(text, p) == 0:
                    problems.append(f"{d.stem}: redact {p['text']!r} not in text")
    # keep: count on text with redact values masked must equal count on full text
    masked = text
    for k, v in sorted(red, key=lambda x: -len(x[1])):
        masked = masked.replace(v, "\u2588" * 3)
    kitems, kseen = [], set()
    for k, v in keep:
        if v in kseen:
            continue
        kseen.add(v)
        pr = {"text": v, "word": True}
        n = count_in(text, pr)
        if d.ocr:
            continue
        if n == 0:
            problems.append(f"{d.stem}: keep {v!r} not found")
            continue
        if count_in(masked, pr) != n:
            problems.append(f"{d.stem}: keep {v!r} overlaps a redact value")
            continue
        pr["after"] = n
        kitems.append({"kind": KINDS[k], "value": v, "probes": [pr]})
    # automatic keep probes: dates with month names, amounts, article references, case numbers
    if not d.ocr:
        auto = r"\b\d{1,2} (?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) 20\d\d|€ ?[\d.]+(?:,\d\d)?|[Aa]rtikel \d+(?:\.\d+)?|\b\d{1,2}\.\d\d uur"
        terms = ["azc", "COA", "Oosterwierum", "Spreidingswet", "klankbordgroep", "opvanglocatie", "gemeenteraad",
                 "omwonenden", "asielzoekers", "informatieavond", "college", "verkeersonderzoek", "Woo", "politie"]
        for v in re.findall(auto, text) + terms:
            v = v.strip()
            if v in kseen:
                continue
            kseen.add(v)
            pr = {"text": v, "word": True}
            n = count_in(text, pr)
            if n and count_in(masked, pr) == n:
                pr["after"] = n
                kitems.append({"kind": "TERM" if v in terms else "DATE" if "20" in v[-4:] else ("AMOUNT" if "€" in v else "REFERENCE"), "value": v, "probes": [pr]})
    return {"doc": path.name, "pages": pages, "redact": items, "keep": kitems}, problems
