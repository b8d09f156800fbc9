"""Rendering and gold helpers for set WS (eval/blind/mixed219).

Document bodies are plain text with two inline markers:
  [[...]]  a value that must be redacted (one redact probe per distinct value, word-anchored)
  ((...))  a value that must stay readable (one keep probe per distinct value; its 'after' is counted
           on the original's PDFium text with the evaluator's own functions)
Line conventions: '# ' heading, '<PB>' page break, 'a | b | c' table row (cells at fixed columns).
"""
from __future__ import annotations

import io
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, extract_channels, channel_counts, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
TMP = Path("/tmp/s219_build")
TTF = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
TTFB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
TTFS = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"

NOT_SURNAMES = {"Vochtservice"}
MARK = re.compile(r"\[\[(.+?)\]\]|\(\((.+?)\)\)")


def plain(s: str) -> str:
    return MARK.sub(lambda m: m.group(1) or m.group(2), s)


def marks(s: str):
    red, keep = [], []
    for m in MARK.finditer(s):
        if m.group(1):
            if m.group(1) not in red:
                red.append(m.group(1))
        elif m.group(2) not in keep:
            keep.append(m.group(2))
    return red, keep


def kind_of(v: str) -> str:
    if "@" in v:
        return "EMAIL"
    if re.fullmatch(r"NL\d\d ?[A-Z]{4}[\d ]+", v):
        return "IBAN"
    if re.fullmatch(r"\d{9}|\d{4}\.\d{2}\.\d{3}", v):
        return "BSN"
    if re.fullmatch(r"[\d ()+\-]{8,}", v) and re.search(r"\d{6}|\d{2}[ -]\d", v):
        return "PHONE"
    if re.search(r"\d{1,2}[-/ ](\d{1,2}|[a-z]+)[-/ ]\d{4}", v):
        return "DATE_OF_BIRTH"
    if re.search(r"\d", v):
        return "ADDRESS"
    return "PERSON"


class Doc:
    def __init__(self, stem, body, kind="rl", meta=None, hidden=None, outline=None, annots=None,
                 form=None, title="", ocr_drop_ok=False, font="Helvetica"):
        self.stem, self.body, self.kind = stem, body, kind
        self.meta = meta or {}
        self.hidden = hidden or []        # [(channel, value, [probes])]
        self.outline = outline or []      # [(title, page_index)]
        self.annots = annots or []        # [(page_index, author, contents)]
        self.form = form or []            # [(label, name, value)]
        self.title = title
        self.font = font

    @property
    def path(self):
        return DOCS_DIR / f"{self.stem}.pdf"


# ------------------------------------------------------------------------------------------ reportlab
def _fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    for n, f in (("DejaVu", TTF), ("DejaVu-Bold", TTFB), ("DejaVuSerif", TTFS)):
        try:
            pdfmetrics.getFont(n)
        except KeyError:
            pdfmetrics.registerFont(TTFont(n, f))


def render_rl(doc: Doc, out: Path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    import textwrap
    _fonts()
    font = doc.font
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "DejaVu": "DejaVu-Bold",
            "DejaVuSerif": "DejaVu-Bold", "Courier": "Courier-Bold"}[font]
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    W, H = A4
    y = H - 60
    size = 9.5
    width = 96 if font != "Courier" else 80
    c.setFont(font, size)

    def newpage():
        nonlocal y
        c.showPage()
        c.setFont(font, size)
        y = H - 60

    from reportlab.pdfbase.pdfmetrics import stringWidth
    lines = plain(doc.body).strip("\n").split("\n")
    colpos = {}
    i = 0
    while i < len(lines):
        if " | " in lines[i]:
            j = i
            while j < len(lines) and " | " in lines[j]:
                j += 1
            rows = [[x.strip() for x in ln.split(" | ")] for ln in lines[i:j]]
            n = max(len(r) for r in rows)
            wid = [max((stringWidth(r[k], font, size) for r in rows if k < len(r)), default=0) for k in range(n)]
            xs, x = [], 60.0
            for w in wid:
                xs.append(x)
                x += w + 12
            for k in range(i, j):
                colpos[k] = xs
            i = j
        else:
            i += 1
    for idx, raw in enumerate(lines):
        if raw.strip() == "<PB>":
            newpage()
            continue
        if y < 60:
            newpage()
        if raw.startswith("# "):
            c.setFont(bold, 12)
            c.drawString(60, y, raw[2:])
            c.setFont(font, size)
            y -= 18
            continue
        if " | " in raw:
            cells = [x.strip() for x in raw.split(" | ")]
            xs = colpos[idx]
            for x, t in zip(xs, cells):
                c.drawString(x, y, t)
            y -= 13
            continue
        if not raw.strip():
            y -= 8
            continue
        for ln in textwrap.wrap(raw, width, break_on_hyphens=False, break_long_words=False):
            if y < 60:
                newpage()
            c.drawString(60, y, ln)
            y -= 13
    if doc.form:
        from reportlab.lib.colors import black
        for label, name, value in doc.form:
            if y < 80:
                newpage()
            c.drawString(60, y, label)
            c.acroForm.textfield(name=name, value=value, x=230, y=y - 5, width=300, height=17,
                                 fontName="Helvetica", fontSize=9, borderColor=black, forceBorder=True)
            y -= 24
    c.save()


def render_scan(doc: Doc, out: Path, angle=0.6):
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    import textwrap
    W, H = 1654, 2339
    img = Image.new("L", (W, H), 250)
    d = ImageDraw.Draw(img)
    f = ImageFont.truetype(TTFS, 34)
    fb = ImageFont.truetype(TTFB, 40)
    y = 150
    for raw in plain(doc.body).strip("\n").split("\n"):
        if raw.startswith("# "):
            d.text((140, y), raw[2:], font=fb, fill=20)
            y += 64
            continue
        if not raw.strip():
            y += 26
            continue
        for ln in textwrap.wrap(raw, 72, break_on_hyphens=False):
            d.text((140, y), ln, font=f, fill=25)
            y += 50
    img = img.rotate(angle, resample=Image.BICUBIC, fillcolor=250, expand=False)
    buf = TMP / f"{doc.stem}.jpg"
    img.convert("RGB").save(buf, "JPEG", quality=82)
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.drawImage(str(buf), 0, 0, width=A4[0], height=A4[1])
    c.save()


def render_docx(docs, outdir: Path):
    """python-docx -> soffice --convert-to pdf (one batch)."""
    import docx
    from docx.shared import Pt
    srcs = []
    for doc in docs:
        d = docx.Document()
        st = d.styles["Normal"]
        st.font.name = "DejaVu Sans"
        st.font.size = Pt(10)
        table = None
        for raw in plain(doc.body).strip("\n").split("\n"):
            if raw.strip() == "<PB>":
                d.add_page_break()
                table = None
                continue
            if raw.startswith("# "):
                d.add_heading(raw[2:], level=2)
                table = None
                continue
            if " | " in raw:
                cells = [x.strip() for x in raw.split(" | ")]
                if table is None or len(table.columns) != len(cells):
                    table = d.add_table(rows=0, cols=len(cells))
                    table.style = "Table Grid"
                row = table.add_row()
                for i, t in enumerate(cells):
                    row.cells[i].text = t
                continue
            table = None
            p = d.add_paragraph(raw)
            p.paragraph_format.space_after = Pt(2)
        cp = d.core_properties
        cp.author = doc.meta.get("docx_author", "")
        cp.title = doc.title
        src = TMP / f"{doc.stem}.docx"
        d.save(src)
        srcs.append(str(src))
    if srcs:
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s219_lo", "--headless",
                        "--convert-to", "pdf", "--outdir", str(TMP)] + srcs,
                       capture_output=True, timeout=300)
    for doc in docs:
        (TMP / f"{doc.stem}.pdf").replace(outdir / f"{doc.stem}.pdf")


# ------------------------------------------------------------------------------------------ post
def post(doc: Doc, path: Path):
    import pikepdf
    if doc.kind == "docx":
        doc.meta.setdefault("Producer", "LibreOffice 7.4")
    from pikepdf import Dictionary, Name, Array, String
    with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
        if doc.kind != "docx" or doc.meta:
            with pdf.open_metadata(set_pikepdf_as_editor=False) as xmp:
                if doc.meta.get("xmp_creator"):
                    xmp["dc:creator"] = [doc.meta["xmp_creator"]]
                if doc.title:
                    xmp["dc:title"] = doc.title
                if doc.meta.get("Producer"):
                    xmp["pdf:Producer"] = doc.meta["Producer"]
        for k in ("Author", "Creator", "Producer", "Title"):
            v = doc.meta.get(k, doc.title if k == "Title" else None)
            if v is not None:
                pdf.docinfo[Name("/" + k)] = String(v)
            elif k == "Author" and doc.kind != "docx" and Name("/Author") in pdf.docinfo:
                del pdf.docinfo[Name("/Author")]
        if doc.outline:
            with pdf.open_outline() as ol:
                for t, pg in doc.outline:
                    ol.root.append(pikepdf.OutlineItem(t, pg))
        for pg, author, contents in doc.annots:
            page = pdf.pages[pg]
            a = pdf.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Text,
                                             Rect=Array([420, 700 - 40 * len(page.obj.get("/Annots", [])), 440, 720 - 40 * len(page.obj.get("/Annots", []))]),
                                             T=String(author), Contents=String(contents),
                                             Name=Name.Comment, F=4))
            if "/Annots" not in page.obj:
                page.obj.Annots = pdf.make_indirect(Array())
            page.obj.Annots.append(a)
        pdf.save(str(path), deterministic_id=True)


# ------------------------------------------------------------------------------------------ gold
def make_gold(doc: Doc, path: Path):
    text, pages = text_pdfium(path)
    problems = []
    red, keep = marks(doc.body)
    gold = {"doc": path.name, "pages": pages, "redact": [], "keep": []}
    used = set(red)

    def probes_for(v):
        out = [{"text": v, "word": True, "after": 0}]
        if kind_of(v) == "PERSON" and " " in v.strip():
            sur = v.split()[-1]
            if (len(sur) >= 4 and sur[0].isupper() and sur != v and not any(sur in k for k in keep)
                    and sur not in used and "." not in sur and sur not in NOT_SURNAMES):
                used.add(sur)
                out.append({"text": sur, "word": True, "after": 0})
        return out

    for v in red:
        prs = probes_for(v)
        pr = prs[0]
        if doc.kind == "scan":
            for q in prs:
                q["ocr"] = True
            gold["redact"].append({"kind": kind_of(v), "value": v, "channel": "ocr", "probes": prs})
        else:
            gold["redact"].append({"kind": kind_of(v), "value": v, "probes": prs})
    for ch, v, probes in doc.hidden:
        gold["redact"].append({"kind": kind_of(v), "value": v, "channel": ch,
                               "probes": [{"text": p, "word": True, "after": 0} for p in probes]})
    # simulated redaction: blank out every redact probe, keep counts must not change
    from evaluate import probe_regex
    blanked = text
    for v in [q["text"] for it in gold["redact"] if not it.get("channel") for q in it["probes"]]:
        blanked = probe_regex(v, True).sub(lambda m: "#" * len(m.group(0)), blanked)
    for v in keep:
        pr = {"text": v, "word": True}
        n = count_in(text, pr)
        if doc.kind == "scan":
            continue
        if n == 0:
            problems.append(f"{doc.stem}: keep {v!r} not in text")
            continue
        if count_in(blanked, pr) != n:
            problems.append(f"{doc.stem}: keep {v!r} overlaps a redact value")
        pr["after"] = n
        gold["keep"].append({"kind": "PUBLIC", "value": v, "probes": [pr]})
    # verify redact probes
    need_ch = doc.kind == "scan" or doc.hidden
    chans = extract_channels(path, ocr="auto" if doc.kind == "scan" else "off")["channels"] if need_ch else {}
    for it in gold["redact"]:
        ch = it.get("channel")
        for p in it["probes"]:
            if ch is None:
                if count_in(text, p) == 0:
                    problems.append(f"{doc.stem}: redact {p['text']!r} not in text")
            else:
                if channel_counts(chans, p).get(ch, 0) == 0:
                    problems.append(f"{doc.stem}: redact {p['text']!r} not in {ch}")
                if ch != "ocr" and count_in(text, p):
                    problems.append(f"{doc.stem}: hidden {p['text']!r} in page text")
    return gold, problems
