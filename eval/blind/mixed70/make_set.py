"""Rebuild set CB (eval/blind/mixed70): education and integration. Documents in docs/, gold in gold/.

    /work/main/.venv/bin/python make_set.py          # all documents
    /work/main/.venv/bin/python make_set.py cb03 cb17 # only these

Document text is written with inline marks: «text» or «KIND|text» is personal data to redact (each distinct
span becomes one redact probe, after=0); ‹text› or ‹KIND|text› is something a reader needs (a keep probe
whose 'after' is counted on the original's PDFium text with the evaluator's own functions). Hidden-channel
probes (metadata, XMP, outline, annotations, form fields) are declared per document and recorded in
claims.json, which check_gold.py uses.
"""
from __future__ import annotations

import io
import json
import random
import re
import subprocess
import sys
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, "/work/shared/eval")

from evaluate import count_in, norm, probe_regex, text_pdfium  # noqa: E402

DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
BUILD = HERE / "build"
DOCS: list = []

MARK = re.compile(r"([«‹])(?:([A-Z_]+)\|)?(.*?)([»›])", re.S)


def bsn_ok(s: str) -> bool:
    d = [int(x) for x in s]
    return len(d) == 9 and (sum(d[i] * (9 - i) for i in range(8)) - d[8]) % 11 == 0


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


def guess_kind(t: str, red: bool) -> str:
    if red:
        if "@" in t:
            return "EMAIL"
        if re.fullmatch(r"NL\d\d[A-Z]{4}[\d ]+", t):
            return "IBAN"
        if re.fullmatch(r"[\d .-]{9,11}", t) and bsn_ok(re.sub(r"\D", "", t) or "0"):
            return "BSN"
        if re.fullmatch(r"[+\d() -]{8,}", t):
            return "PHONE"
        if re.search(r"\d", t):
            return "NUMBER"
        return "PERSON"
    if "@" in t:
        return "MAILBOX"
    if re.match(r"(minister|staatssecretaris|burgemeester|wethouder|Kamerlid|rector|directeur-generaal|secretaris-generaal|raadslid|gedeputeerde|commissaris)", t, re.I):
        return "OFFICE_HOLDER"
    if re.search(r"\d", t):
        return "NUMBER"
    return "ORG"


def parse(text: str, red: dict, keep: dict) -> str:
    """Strip marks from text, collecting spans."""
    def rep(m):
        o, kind, body, c = m.groups()
        body_n = norm(body)
        if o == "«":
            red.setdefault(body_n, kind or guess_kind(body_n, True))
        else:
            keep.setdefault(body_n, kind or guess_kind(body_n, False))
        return body
    return MARK.sub(rep, text)


class Doc:
    def __init__(self, did, title, producer="rl", font="Helvetica", date="2025", author="", keywords="",
                 hidden=None, landscape=False, scan=None, fontsize=10):
        self.id, self.title, self.producer, self.font = did, title, producer, font
        self.author, self.date, self.landscape, self.scan, self.fontsize = author, date, landscape, scan, fontsize
        self.keywords = keywords
        self.blocks = []
        self.hidden = hidden or {}   # {"author": str, "xmp": [str], "outline": [str], "annots": [(author, text)], "fields": [(name, value)]}
        self.hidden_probes = []      # (kind, text, channel)
        DOCS.append(self)

    def h(self, t): self.blocks.append(("h", t)); return self
    def p(self, t): self.blocks.append(("p", t)); return self
    def m(self, t): self.blocks.append(("m", t)); return self   # monospace/pre line block
    def t(self, rows, widths=None): self.blocks.append(("t", rows, widths)); return self
    def pb(self): self.blocks.append(("pb",)); return self
    def sp(self, n=6): self.blocks.append(("sp", n)); return self
    def hid(self, kind, text, channel): self.hidden_probes.append((kind, text, channel)); return self


from docs_content import define  # noqa: E402


# ---------------------------------------------------------------- renderers
import html  # noqa: E402

FONTDIR = "/usr/share/fonts/truetype/"
TTF = {
    "DejaVuSans": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf"),
    "DejaVuSerif": ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf"),
    "LiberationSerif": ("liberation2/LiberationSerif-Regular.ttf", "liberation2/LiberationSerif-Bold.ttf"),
    "LiberationSans": ("liberation2/LiberationSans-Regular.ttf", "liberation2/LiberationSans-Bold.ttf"),
    "LiberationMono": ("liberation2/LiberationMono-Regular.ttf", "liberation2/LiberationMono-Bold.ttf"),
}
BUILTIN_BOLD = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold"}


def plain(t: str) -> str:
    t = t.replace("<br/>", "\n")
    t = re.sub(r"<[^>]+>", "", t)
    return html.unescape(t)


def reg_font(name):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.fonts import addMapping
    if name in BUILTIN_BOLD:
        return name, BUILTIN_BOLD[name]
    reg, bold = TTF[name]
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, FONTDIR + reg))
        pdfmetrics.registerFont(TTFont(name + "-Bold", FONTDIR + bold))
        addMapping(name, 0, 0, name)
        addMapping(name, 1, 0, name + "-Bold")
        addMapping(name, 0, 1, name)
        addMapping(name, 1, 1, name + "-Bold")
    return name, name + "-Bold"


def render_rl(d: Doc, blocks, out: Path):
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, PageBreak, Spacer
    fn, fb = reg_font(d.font)
    fs = d.fontsize
    st = ParagraphStyle("b", fontName=fn, fontSize=fs, leading=fs * 1.3, spaceAfter=4)
    sh = ParagraphStyle("h", fontName=fb, fontSize=fs + 3, leading=(fs + 3) * 1.3, spaceAfter=6, spaceBefore=4)
    sm = ParagraphStyle("m", fontName=fn, fontSize=fs - 0.5, leading=(fs - 0.5) * 1.25, spaceAfter=5)
    sc = ParagraphStyle("c", fontName=fn, fontSize=fs - 1.5, leading=(fs - 1.5) * 1.2)
    ps = landscape(A4) if d.landscape else A4
    doc = SimpleDocTemplate(str(out), pagesize=ps, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                            bottomMargin=18 * mm, title=d.title, author=d.author, subject="", creator="",
                            keywords=d.keywords)
    fl = []
    for b in blocks:
        if b[0] == "h":
            fl.append(Paragraph(b[1], sh))
        elif b[0] == "p":
            fl.append(Paragraph(b[1], st))
        elif b[0] == "m":
            fl.append(Paragraph(b[1].replace("\n", "<br/>"), sm))
        elif b[0] == "t":
            rows = [[Paragraph(c, sc) for c in r] for r in b[1]]
            w = b[2]
            if w:
                tot = ps[0] - 40 * mm
                w = [tot * x / sum(w) for x in w]
            tb = Table(rows, colWidths=w, repeatRows=1)
            tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
                                    ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            fl.append(tb)
            fl.append(Spacer(1, 6))
        elif b[0] == "pb":
            fl.append(PageBreak())
        elif b[0] == "sp":
            fl.append(Spacer(1, b[1]))
    doc.build(fl)


def render_docx(d: Doc, blocks, out_docx: Path):
    import docx
    from docx.shared import Pt
    from docx.enum.text import WD_BREAK
    D = docx.Document()
    stl = D.styles["Normal"]
    stl.font.name = d.font
    stl.font.size = Pt(d.fontsize)
    D.core_properties.author = d.author
    D.core_properties.title = d.title
    D.core_properties.last_modified_by = ""
    D.core_properties.comments = ""
    for b in blocks:
        if b[0] == "h":
            par = D.add_paragraph()
            r = par.add_run(plain(b[1]))
            r.bold = True
            r.font.size = Pt(d.fontsize + 3)
        elif b[0] in ("p", "m"):
            lines = plain(b[1]).split("\n")
            par = D.add_paragraph()
            for i, ln in enumerate(lines):
                r = par.add_run(ln)
                if i < len(lines) - 1:
                    r.add_break()
        elif b[0] == "t":
            rows = b[1]
            tb = D.add_table(rows=len(rows), cols=len(rows[0]))
            tb.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    cell = tb.cell(i, j)
                    cell.text = plain(c)
                    for pp in cell.paragraphs:
                        for rr in pp.runs:
                            rr.font.size = Pt(d.fontsize - 1.5)
                            if i == 0:
                                rr.bold = True
            D.add_paragraph()
        elif b[0] == "pb":
            D.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif b[0] == "sp":
            D.add_paragraph()
    D.save(str(out_docx))


def render_scan(d: Doc, blocks, out: Path):
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    cfg = d.scan  # {"font": path, "size": px, "angle": deg, "seed": n, "q": jpeg quality}
    rnd = random.Random(cfg.get("seed", 1))
    W, H = 1654, 2339
    font = ImageFont.truetype(cfg["font"], cfg.get("size", 34))
    bfont = ImageFont.truetype(cfg.get("bold", cfg["font"]), cfg.get("size", 34) + 4)
    tfont = ImageFont.truetype(cfg["typed"], 34) if "typed" in cfg else font
    lines = []
    for b in blocks:
        if b[0] == "h":
            lines.append(("b", plain(b[1])))
            lines.append(("", ""))
        elif b[0] in ("p", "m"):
            k = "m" if (b[0] == "m" and "typed" in cfg) else ""
            for para in plain(b[1]).split("\n"):
                wrap = 60 if k else cfg.get("wrap", 62)
                for ln in (textwrap.wrap(para, wrap) or [""]):
                    lines.append((k, ln))
            lines.append(("", ""))
        elif b[0] == "t":
            for r in b[1]:
                lines.append(("", "   ".join(plain(c) for c in r)))
            lines.append(("", ""))
        elif b[0] == "pb":
            lines.append(("pb", ""))
    pages, cur = [], []
    lh = int(cfg.get("size", 34) * 1.55)
    for ln in lines:
        if ln[0] == "pb" or len(cur) * lh > H - 360:
            pages.append(cur)
            cur = []
            if ln[0] == "pb":
                continue
        cur.append(ln)
    pages.append(cur)
    c = canvas.Canvas(str(out), pagesize=A4)
    c.setTitle(d.title)
    c.setAuthor(d.author)
    c.setCreator("")
    c.setProducer("Scan2PDF 3.1")
    for pi, pg in enumerate(pages):
        im = Image.new("L", (W, H), 250)
        dr = ImageDraw.Draw(im)
        y = 170
        for kind, ln in pg:
            x = 150 + (rnd.randint(-4, 4) if cfg.get("hand") else 0)
            dr.text((x, y + (rnd.randint(-3, 3) if cfg.get("hand") else 0)), ln,
                    font=bfont if kind == "b" else (tfont if kind == "m" else font), fill=rnd.randint(15, 45))
            y += lh
        for _ in range(2500):
            dr.point((rnd.randrange(W), rnd.randrange(H)), fill=rnd.randint(120, 200))
        im = im.rotate(cfg.get("angle", 0.6) * (1 if pi % 2 == 0 else -0.7), resample=Image.BICUBIC,
                       fillcolor=235)
        im = im.filter(ImageFilter.GaussianBlur(0.6))
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=cfg.get("q", 55))
        buf.seek(0)
        from reportlab.lib.utils import ImageReader
        c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()


def render_form(d: Doc, blocks, out: Path):
    """A one-page form: blocks of kind 'p'/'h' drawn as text, then d.hidden['fields'] as AcroForm fields."""
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    fn, fb = reg_font(d.font)
    c = canvas.Canvas(str(out), pagesize=A4)
    c.setTitle(d.title)
    c.setAuthor(d.author)
    y = 800
    for b in blocks:
        if b[0] == "h":
            c.setFont(fb, 13)
            c.drawString(60, y, plain(b[1]))
            y -= 24
        elif b[0] in ("p", "m"):
            c.setFont(fn, 9.5)
            for para in plain(b[1]).split("\n"):
                for ln in textwrap.wrap(para, 100) or [""]:
                    c.drawString(60, y, ln)
                    y -= 13
            y -= 6
        elif b[0] == "fields":
            for label, name, value in b[1]:
                c.setFont(fn, 9.5)
                c.drawString(60, y + 4, plain(label))
                c.acroForm.textfield(name=name, value=value, x=240, y=y - 2, width=290, height=17,
                                     fontName="Helvetica", fontSize=9, borderWidth=0.6, forceBorder=True)
                y -= 24
            y -= 8
    c.showPage()
    c.save()


def postprocess(d: Doc, path: Path):
    import pikepdf
    hd = d.hidden
    if not hd:
        return
    with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
        if "author" in hd:
            pdf.docinfo["/Author"] = hd["author"]
        if "xmp" in hd:
            with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
                meta["dc:creator"] = hd["xmp"]
                meta["dc:title"] = {"x-default": d.title} if False else d.title
        if "outline" in hd:
            with pdf.open_outline() as ol:
                for pg, t in hd["outline"]:
                    ol.root.append(pikepdf.OutlineItem(t, pg))
        if "annots" in hd:
            for pg, x, y, author, text in hd["annots"]:
                page = pdf.pages[pg]
                an = pdf.make_indirect(pikepdf.Dictionary(
                    Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                    Rect=pikepdf.Array([x, y, x + 18, y + 18]), Contents=pikepdf.String(text),
                    T=pikepdf.String(author), Name=pikepdf.Name.Comment, F=4))
                if "/Annots" not in page.obj:
                    page.obj.Annots = pdf.make_indirect(pikepdf.Array())
                page.obj.Annots.append(an)
        pdf.save(str(path))


# ---------------------------------------------------------------- build + gold
def build(d: Doc):
    red, keep = {}, {}
    blocks = []
    for b in d.blocks:
        if b[0] in ("h", "p", "m"):
            blocks.append((b[0], parse(b[1], red, keep)))
        elif b[0] == "t":
            blocks.append(("t", [[parse(c, red, keep) for c in r] for r in b[1]], b[2]))
        elif b[0] == "fields":
            blocks.append(b)
        else:
            blocks.append(b)
    out = DOCS_DIR / f"{d.id}.pdf"
    if d.producer == "docx":
        dx = BUILD / f"{d.id}.docx"
        render_docx(d, blocks, dx)
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(DOCS_DIR), str(dx)],
                       check=True, capture_output=True, timeout=300)
    elif d.producer == "scan":
        render_scan(d, blocks, out)
    elif d.producer == "form":
        render_form(d, blocks, out)
    else:
        render_rl(d, blocks, out)
    postprocess(d, out)
    return out, red, keep


TITLES = ("de heer en mevrouw ", "heer en mevrouw ", "de heer ", "De heer ", "heer ", "mevrouw ", "Mevrouw ",
          "dhr. ", "mw. ", "drs. ", "mr. ", "dr. ir. ", "dr. ", "Dr. ", "prof. ", "juf ", "meester ", "familie ")


def probe_texts(span: str, kind: str) -> list:
    """The probes for a redact span: a person's name without courtesy titles (a tool may keep 'mevrouw'),
    and a form 'I. (Ilona) Brandsma' as its first name and surname."""
    if kind != "PERSON":
        return [span]
    t = span
    changed = True
    while changed:
        changed = False
        for ti in TITLES:
            if t.startswith(ti) and len(t) > len(ti) + 1:
                t, changed = t[len(ti):], True
    if t.endswith(" MSc"):
        t = t[:-4]
    m = re.fullmatch(r"(?:[A-Z]\.)+ \(([^)]+)\) (.+)", t)
    if m:
        return [m.group(1), m.group(2)]
    return [t]


def gold_for(d: Doc, out: Path, red: dict, keep: dict, claims: dict, dropped: dict):
    from evaluate import extract_channels, channel_counts
    text, n = text_pdfium(out)
    ch = extract_channels(out, ocr="auto" if d.producer == "scan" else "off")["channels"]
    g = {"doc": out.name, "pages": n, "redact": [], "keep": []}
    rprobes = []
    seen = set()
    for span, kind in red.items():
        prs = []
        for pt in probe_texts(span, kind):
            if pt in seen:
                continue
            seen.add(pt)
            pr = {"text": pt, "word": True, "after": 0}
            if d.producer == "scan":
                pr["ocr"] = True
            cc = channel_counts(ch, pr)
            if not cc:
                dropped.setdefault(d.id, []).append(pt)
                continue
            if d.producer != "scan" and "pdfium" not in cc:
                print(f"  WARN {d.id}: redact {pt!r} not in pdfium text: {cc}")
            prs.append(pr)
        if prs:
            g["redact"].append({"kind": kind, "value": span, "probes": prs})
            rprobes.extend(prs)
    for kind, span, chan in d.hidden_probes:
        pr = {"text": span, "word": True, "after": 0}
        cc = channel_counts(ch, pr)
        if chan not in cc:
            print(f"  WARN {d.id}: hidden {span!r} not in {chan}: {cc}")
        if cc.get("pdfium"):
            print(f"  WARN {d.id}: hidden {span!r} also in pdfium text")
        g["redact"].append({"kind": kind, "value": span, "probes": [pr]})
        claims.setdefault(d.id, {})[span] = chan
    masked = text
    for pr in rprobes:
        masked = probe_regex(pr["text"], True).sub("\u2588", masked)
    for span, kind in keep.items():
        pr = {"text": span, "word": True}
        a, b = count_in(text, pr), count_in(masked, pr)
        if a == 0 or a != b:
            print(f"  drop keep {d.id}: {span!r} raw={a} masked={b}")
            continue
        pr["after"] = a
        g["keep"].append({"kind": kind, "value": span, "probes": [pr]})
    return g


def main(argv):
    define(Doc)
    sel = [d for d in DOCS if not argv or d.id in argv]
    DOCS_DIR.mkdir(exist_ok=True)
    GOLD_DIR.mkdir(exist_ok=True)
    BUILD.mkdir(exist_ok=True)
    cf = HERE / "claims.json"
    claims = json.loads(cf.read_text()) if (argv and cf.exists()) else {}
    df = HERE / "dropped_ocr.json"
    dropped = json.loads(df.read_text()) if (argv and df.exists()) else {}
    for d in sel:
        claims.pop(d.id, None)
        dropped.pop(d.id, None)
        out, red, keep = build(d)
        g = gold_for(d, out, red, keep, claims, dropped)
        (GOLD_DIR / f"{d.id}.json").write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n")
        print(f"{d.id}: pages={g['pages']} redact={len(g['redact'])} keep={len(g['keep'])}"
              + (f" dropped={dropped.get(d.id)}" if dropped.get(d.id) else ""))
    cf.write_text(json.dumps(claims, ensure_ascii=False, indent=1, sort_keys=True) + "\n")
    df.write_text(json.dumps(dropped, ensure_ascii=False, indent=1, sort_keys=True) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
