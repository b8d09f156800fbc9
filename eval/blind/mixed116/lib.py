"""Builder and gold maker for set RM (eval/blind/mixed116).

A document is written in a small mark-up:
  [[value]]        personal data to redact (PERSON);  [[e:value]] with a kind letter, see RKIND
  {{value}}        public text that must stay (ORG);   {{l:value}} with a kind letter, see KKIND
Blocks: ("h", text) heading, ("p", text) paragraph, ("s", text) small print, ("m", text) monospaced lines,
("kv", [(label, value)...]) two-column table, ("t", [[cells]...], widths) table, ("pb",) page break,
("sp", pts) spacer, ("sig",) a drawn signature squiggle.
Hidden channels: Doc(meta_author=..., xmp_creator=..., outline=[...], notes=[(author, text)...],
form=[(name, value, label)...]) with the gold items for them in Doc(hidden=[(channel, kind, value)...]).
Scans: Doc(scan=True) renders the blocks to a slightly rotated JPEG page; its [[...]] become OCR probes.
"""
from __future__ import annotations

import io
import zlib
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import channel_counts, count_in, extract_channels, probe_regex, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"

RKIND = {"": "PERSON", "e": "EMAIL", "t": "PHONE", "b": "BSN", "i": "IBAN", "a": "ADDRESS",
         "d": "DATE_OF_BIRTH", "c": "INITIALS", "h": "HEALTH", "k": "KVK", "x": "ID", "n": "NICKNAME",
         "u": "URL"}
KKIND = {"": "ORG", "l": "LOC", "w": "LAW", "o": "PUBLIC_OFFICIAL", "f": "FUNCTION", "r": "REFERENCE",
         "m": "FUNCTIONAL_MAILBOX", "n": "GENERAL_PHONE", "p": "PROGRAMME", "b": "NOT_A_PERSON",
         "t": "TERM", "d": "DATE", "a": "PUBLIC_ADDRESS", "g": "AMOUNT"}

MARK = re.compile(r"\[\[(?:([a-z]):)?(.+?)\]\]|\{\{(?:([a-z]):)?(.+?)\}\}")

DEJAVU = "/usr/share/fonts/truetype/dejavu/"


def strip(s: str, red: list, keep: list) -> str:
    def rep(m):
        if m.group(2) is not None:
            red.append((RKIND[m.group(1) or ""], m.group(2)))
            return m.group(2)
        keep.append((KKIND[m.group(3) or ""], m.group(4)))
        return m.group(4)
    return MARK.sub(rep, s)


class Doc:
    def __init__(self, stem, title, blocks, font="helv", producer=None, creator=None, meta_author=None,
                 xmp_creator=None, outline=None, notes=None, form=None, hidden=None, scan=False,
                 scan_seed=0, scan_angle=0.6, stamp=None, extra_redact=None,
                 extra_keep=None, fontsize=10, title_meta=None):
        self.stem, self.title, self.blocks = stem, title, blocks
        self.font, self.producer, self.creator = font, producer, creator
        self.meta_author, self.xmp_creator = meta_author, xmp_creator
        self.outline, self.notes, self.form = outline or [], notes or [], form or []
        self.hidden = hidden or []
        self.scan, self.scan_seed, self.scan_angle, self.stamp = scan, scan_seed, scan_angle, stamp
        self.extra_redact, self.extra_keep = extra_redact or [], extra_keep or []
        self.fontsize = fontsize
        self.title_meta = title_meta
        self.red, self.keep = [], []

    # ------------------------------------------------------------------ build
    def build(self) -> Path:
        DOCS_DIR.mkdir(exist_ok=True)
        self.red, self.keep = [], []
        path = DOCS_DIR / f"{self.stem}.pdf"
        if self.scan:
            data = build_scan(self)
        else:
            data = build_flow(self)
        data = post(self, data)
        path.write_bytes(data)
        return path


# ---------------------------------------------------------------------- reportlab flow documents
_FONTS_DONE = False


def _fonts():
    global _FONTS_DONE
    if _FONTS_DONE:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.fonts import addMapping
    for name, f in (("DejaVuSans", "DejaVuSans.ttf"), ("DejaVuSans-Bold", "DejaVuSans-Bold.ttf"),
                    ("DejaVuSans-Oblique", "DejaVuSans-Oblique.ttf"),
                    ("DejaVuSans-BoldOblique", "DejaVuSans-BoldOblique.ttf"),
                    ("DejaVuSerif", "DejaVuSerif.ttf"), ("DejaVuSerif-Bold", "DejaVuSerif-Bold.ttf"),
                    ("DejaVuSerif-Italic", "DejaVuSerif-Italic.ttf"),
                    ("DejaVuSerif-BoldItalic", "DejaVuSerif-BoldItalic.ttf"),
                    ("DejaVuSansMono", "DejaVuSansMono.ttf"), ("DejaVuSansMono-Bold", "DejaVuSansMono-Bold.ttf"),
                    ("DejaVuSansCond", "DejaVuSansCondensed.ttf"),
                    ("DejaVuSansCond-Bold", "DejaVuSansCondensed-Bold.ttf")):
        pdfmetrics.registerFont(TTFont(name, DEJAVU + f))
    addMapping("DejaVuSans", 0, 0, "DejaVuSans")
    addMapping("DejaVuSans", 1, 0, "DejaVuSans-Bold")
    addMapping("DejaVuSans", 0, 1, "DejaVuSans-Oblique")
    addMapping("DejaVuSans", 1, 1, "DejaVuSans-BoldOblique")
    addMapping("DejaVuSerif", 0, 0, "DejaVuSerif")
    addMapping("DejaVuSerif", 1, 0, "DejaVuSerif-Bold")
    addMapping("DejaVuSerif", 0, 1, "DejaVuSerif-Italic")
    addMapping("DejaVuSerif", 1, 1, "DejaVuSerif-BoldItalic")
    addMapping("DejaVuSansCond", 0, 0, "DejaVuSansCond")
    addMapping("DejaVuSansCond", 1, 0, "DejaVuSansCond-Bold")
    addMapping("DejaVuSansCond", 0, 1, "DejaVuSansCond")
    addMapping("DejaVuSansCond", 1, 1, "DejaVuSansCond-Bold")
    _FONTS_DONE = True


FONTSETS = {
    "helv": ("Helvetica", "Helvetica-Bold", "Courier"),
    "times": ("Times-Roman", "Times-Bold", "Courier"),
    "sans": ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSansMono"),
    "serif": ("DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSansMono"),
    "cond": ("DejaVuSansCond", "DejaVuSansCond-Bold", "DejaVuSansMono"),
}


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _rich(s: str) -> str:
    """escape, then allow **bold** in the mark-up."""
    s = esc(s)
    return re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)


def build_flow(d: Doc) -> bytes:
    _fonts()
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (PageBreak, Paragraph, Preformatted, SimpleDocTemplate, Spacer, Table,
                                    TableStyle, Flowable)

    body, bold, mono = FONTSETS[d.font]
    fs = d.fontsize
    st = ParagraphStyle("b", fontName=body, fontSize=fs, leading=fs * 1.35, spaceAfter=fs * 0.55)
    sth = ParagraphStyle("h", fontName=bold, fontSize=fs + 2.5, leading=(fs + 2.5) * 1.3, spaceAfter=6,
                         spaceBefore=4)
    sts = ParagraphStyle("s", fontName=body, fontSize=fs - 2, leading=(fs - 2) * 1.3, textColor=colors.grey)
    stc = ParagraphStyle("c", fontName=body, fontSize=fs - 1, leading=(fs - 1) * 1.25)
    stm = ParagraphStyle("m", fontName=mono, fontSize=fs - 1.5, leading=(fs - 1.5) * 1.3)

    class Sig(Flowable):
        def __init__(self, seed):
            super().__init__()
            self.seed = seed
            self.width, self.height = 120, 28

        def draw(self):
            rnd = random.Random(self.seed)
            c = self.canv
            c.setStrokeColor(colors.HexColor("#1a2a6c"))
            c.setLineWidth(1.1)
            p = c.beginPath()
            x, y = 4, 10
            p.moveTo(x, y)
            for _ in range(9):
                x2 = x + rnd.uniform(8, 16)
                p.curveTo(x + 3, y + rnd.uniform(8, 20), x2 - 3, y - rnd.uniform(4, 10), x2, y + rnd.uniform(-2, 6))
                x = x2
            c.drawPath(p, stroke=1, fill=0)

    story = []
    sigs = 0
    for b in d.blocks:
        kind = b[0]
        if kind in ("h", "p", "s"):
            txt = strip(b[1], d.red, d.keep)
            story.append(Paragraph(_rich(txt), {"h": sth, "p": st, "s": sts}[kind]))
        elif kind == "m":
            txt = strip(b[1], d.red, d.keep)
            story.append(Preformatted(txt, stm))
            story.append(Spacer(1, 5))
        elif kind in ("kv", "t"):
            rows = b[1] if kind == "t" else [[k, v] for k, v in b[1]]
            data = []
            for r_i, row in enumerate(rows):
                cells = []
                for c_i, cell in enumerate(row):
                    txt = _rich(strip(cell, d.red, d.keep))
                    if (kind == "kv" and c_i == 0) or (kind == "t" and r_i == 0):
                        txt = f"<b>{txt}</b>"
                    cells.append(Paragraph(txt, stc))
                data.append(cells)
            if kind == "kv":
                widths = b[2] if len(b) > 2 else [45 * mm, 115 * mm]
            else:
                widths = b[2] if len(b) > 2 and b[2] else None
            t = Table(data, colWidths=[w * mm for w in widths] if widths and kind == "t" else widths,
                      hAlign="LEFT")
            ts = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 3),
                  ("RIGHTPADDING", (0, 0), (-1, -1), 3), ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                  ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]
            if kind == "t":
                ts += [("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8"))]
            t.setStyle(TableStyle(ts))
            story.append(t)
            story.append(Spacer(1, 6))
        elif kind == "pb":
            story.append(PageBreak())
        elif kind == "sp":
            story.append(Spacer(1, b[1]))
        elif kind == "sig":
            sigs += 1
            story.append(Sig(zlib.crc32(d.stem.encode()) % 1000 + sigs))
        else:
            raise ValueError(kind)

    buf = io.BytesIO()
    form = d.form

    def on_page(c, doc):
        if form and doc.page == 1:
            from reportlab.lib import colors as col
            y = 250
            c.setFont(body, 8)
            for name, value, label in form:
                c.drawString(72, y + 16, label)
                c.acroForm.textfield(name=name, value=value, x=72, y=y, width=300, height=14,
                                     fontName="Helvetica", fontSize=9, borderColor=col.grey,
                                     fillColor=col.white, textColor=col.black, forceBorder=True)
                y -= 30

    docx = SimpleDocTemplate(buf, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=20 * mm,
                             bottomMargin=18 * mm, title=d.title_meta or d.title, author="",
                             invariant=1)
    docx.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return buf.getvalue()


# ---------------------------------------------------------------------- scans
def build_scan(d: Doc) -> bytes:
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    rnd = random.Random(d.scan_seed)
    W, H = 1654, 2339  # A4 at 200 dpi
    img = Image.new("L", (W, H), 250)
    dr = ImageDraw.Draw(img)
    f_body = ImageFont.truetype(DEJAVU + "DejaVuSerif.ttf", 31)
    f_bold = ImageFont.truetype(DEJAVU + "DejaVuSerif-Bold.ttf", 36)
    f_hand = ImageFont.truetype(DEJAVU + "DejaVuSans-Oblique.ttf", 36)
    f_mono = ImageFont.truetype(DEJAVU + "DejaVuSansMono.ttf", 29)
    x0, y = 150, 170
    maxw = W - 2 * x0

    def wrap(txt, font):
        words, lines, cur = txt.split(" "), [], ""
        for w in words:
            t = (cur + " " + w).strip()
            if dr.textlength(t, font=font) > maxw and cur:
                lines.append(cur)
                cur = w
            else:
                cur = t
        if cur:
            lines.append(cur)
        return lines

    for b in d.blocks:
        kind = b[0]
        if kind == "sp":
            y += b[1] * 2
            continue
        if kind == "sig":
            xx, yy = x0 + 20, y + 30
            pts = [(xx, yy)]
            for _ in range(10):
                xx += rnd.randint(14, 30)
                pts.append((xx, yy + rnd.randint(-28, 22)))
            dr.line(pts, fill=40, width=4)
            y += 80
            continue
        if kind == "t":
            for row in b[1]:
                cells = [strip(c, d.red, d.keep) for c in row]
                widths = b[2]
                xx = x0
                for c, w in zip(cells, widths):
                    dr.text((xx, y), c, font=f_hand if kind == "t" and row is not b[1][0] and b[3:] and b[3] else f_body, fill=25)
                    xx += int(w * 200 / 25.4)
                dr.line([(x0, y + 44), (W - x0, y + 44)], fill=120, width=1)
                y += 56
            y += 20
            continue
        txt = strip(b[1], d.red, d.keep)
        font = {"h": f_bold, "p": f_body, "s": f_body, "m": f_mono, "hand": f_hand}[kind]
        for para in txt.split("\n"):
            for line in (wrap(para, font) if kind != "m" else [para]):
                dr.text((x0 + (rnd.randint(-4, 4) if kind == "hand" else 0), y), line, font=font,
                        fill=20 if kind != "hand" else 45)
                y += int(font.size * 1.45)
        y += 22
    # scanner look: slight rotation, blur, noise, JPEG
    img = img.rotate(d.scan_angle, resample=Image.BICUBIC, fillcolor=245, expand=False)
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    px = img.load()
    for _ in range(9000):
        px[rnd.randrange(W), rnd.randrange(H)] = rnd.choice((90, 140, 200))
    jb = io.BytesIO()
    img.convert("L").save(jb, "JPEG", quality=72)
    jb.seek(0)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.drawImage(ImageReader(jb), 0, 0, width=A4[0], height=A4[1])
    if d.stamp:
        c.setFont("Helvetica", 7)
        c.setFillColorRGB(0.1, 0.1, 0.5)
        txt = strip(d.stamp, d.red, d.keep)
        c.drawString(36, A4[1] - 20, txt)
    c.showPage()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------------- post-processing (pikepdf)
def post(d: Doc, data: bytes) -> bytes:
    import pikepdf
    from pikepdf import Dictionary, Name, String, Array, OutlineItem

    pdf = pikepdf.open(io.BytesIO(data))
    info = pdf.trailer.get("/Info")
    if info is None:
        pdf.trailer.Info = pdf.make_indirect(Dictionary())
    info = pdf.trailer.Info
    for k in ("/Author", "/Subject", "/Keywords"):
        if k in info:
            del info[k]
    if d.meta_author:
        info.Author = String(d.meta_author)
    info.Title = String(d.title_meta or d.title)
    info.Producer = String(d.producer or "ReportLab PDF Library - www.reportlab.com")
    info.Creator = String(d.creator or "(unspecified)")
    if d.xmp_creator:
        with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta:
            meta["dc:creator"] = [d.xmp_creator]
            meta["dc:title"] = d.title_meta or d.title
            meta["pdf:Producer"] = d.producer or "ReportLab"
    if d.outline:
        with pdf.open_outline() as ol:
            for title, page in d.outline:
                ol.root.append(OutlineItem(title, page))
    for i, (author, text) in enumerate(d.notes):
        page = pdf.pages[0] if len(pdf.pages) == 1 else pdf.pages[min(i % 2, len(pdf.pages) - 1)]
        ann = pdf.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Text,
                                           Rect=Array([430, 700 - 60 * i, 450, 720 - 60 * i]),
                                           T=String(author), Contents=String(text), Name=Name.Comment,
                                           C=Array([1, 0.9, 0.2]), F=4,
                                           M=String("D:20260312101500+01'00'")))
        if "/Annots" not in page.obj:
            page.obj.Annots = Array()
        page.obj.Annots.append(ann)
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True)
    return out.getvalue()


# ---------------------------------------------------------------------- gold
# public terms counted as keep probes in every document where they occur (and do not touch a redaction)
GLOBAL_KEEP = [("TERM", "rijksmonument"), ("LAW", "Erfgoedwet"), ("LAW", "Omgevingswet"),
               ("TERM", "bedstedenwand"), ("TERM", "stucplafond"), ("TERM", "last onder dwangsom"),
               ("PUBLIC_ADDRESS", "Oosthaven 41"), ("PUBLIC_ADDRESS", "Turfmarkt 88"),
               ("TERM", "Remonstrantse kerk"), ("ORG", "RCE"), ("TERM", "monumentencommissie"),
               ("TERM", "omgevingsvergunning"), ("REFERENCE", "Woo-2026-0147"),
               ("REFERENCE", "Z-2026-000391"), ("REFERENCE", "Z-2026-002205"),
               ("ORG", "Kerkzicht Ontwikkeling B.V."), ("LOC", "Waddinxveen"), ("LOC", "Amersfoort"),
               ("TERM", "archeologische vondst"), ("TERM", "liftschacht"), ("TERM", "waterput"),
               ("TERM", "herstelplan"), ("FUNCTION", "toezichthouder"), ("TERM", "Woo-verzoek")]
def make_gold(d: Doc, path: Path):
    problems = []
    text, pages = text_pdfium(path)
    redact, keep = [], []
    seen = set()
    ocr_found_chans = None
    hidden_items = list(d.hidden)
    need_ch = {c for c, _, _ in hidden_items}
    if d.scan:
        need_ch.add("ocr")
    chans = extract_channels(path, ocr="auto" if "ocr" in need_ch else "off")["channels"] if need_ch else {}

    red = list(d.red) + list(d.extra_redact)
    for kind, val in red:
        if val in seen:
            continue
        seen.add(val)
        pr = {"text": val, "word": True, "after": 0}
        if kind == "EMAIL" and not d.scan:
            # the local part of a personal address names the person too: a second probe
            local = val.split("@")[0]
            redact.append({"kind": kind, "value": val, "probes": [pr, {"text": local, "word": True, "after": 0}]})
            if count_in(text, pr) == 0:
                problems.append(f"{d.stem}: redact probe not in text: {val!r}")
            continue
        if d.scan and (kind, val) not in [(k, v) for k, v in d.extra_redact]:
            pr["ocr"] = True
            n = channel_counts(chans, pr).get("ocr", 0)
            if not n:
                problems.append(f"{d.stem}: OCR probe not found: {val!r}")
                continue
            redact.append({"kind": kind, "value": val, "channel": "ocr", "probes": [pr]})
            continue
        if count_in(text, pr) == 0:
            problems.append(f"{d.stem}: redact probe not in text: {val!r}")
        redact.append({"kind": kind, "value": val, "probes": [pr]})
    for ch, kind, val in hidden_items:
        pr = {"text": val, "word": True, "after": 0}
        if channel_counts(chans, pr).get(ch, 0) == 0:
            problems.append(f"{d.stem}: hidden probe not in {ch}: {val!r}")
        if count_in(text, pr):
            problems.append(f"{d.stem}: hidden probe also in text: {val!r}")
        redact.append({"kind": kind, "value": val, "channel": ch, "probes": [pr]})

    # simulated redaction: mask every text-layer redact probe, keep counts must not change
    masked = text
    for it in redact:
        if it.get("channel"):
            continue
        for pr in it["probes"]:
            masked = probe_regex(pr["text"], pr["word"]).sub(lambda m: "\u2588" * len(m.group(0)), masked)
    kseen = set()
    for kind, val, auto in ([(k, v, False) for k, v in list(d.keep) + list(d.extra_keep)]
                            + [(k, v, True) for k, v in GLOBAL_KEEP]):
        if val in kseen:
            continue
        kseen.add(val)
        pr = {"text": val, "word": True}
        n = count_in(text, pr)
        n2 = count_in(masked, pr)
        if auto and (n == 0 or n2 != n):
            continue
        if n == 0:
            problems.append(f"{d.stem}: keep probe not in text: {val!r}")
            continue
        if n2 != n:
            problems.append(f"{d.stem}: keep probe overlaps a redaction: {val!r} ({n} -> {n2})")
            continue
        pr["after"] = n
        keep.append({"kind": kind, "value": val, "probes": [pr]})
    gold = {"doc": path.name, "pages": pages, "redact": redact, "keep": keep}
    return gold, problems
