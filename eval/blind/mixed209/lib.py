"""Builders and gold derivation for set mixed209 (drugsafval, gemeente Bergeijk).

Document text is written with inline marks: {r:K:text} = personal data to redact (kind code K),
{k:K:text} = public text that must stay. Marks are stripped before rendering; gold is derived from
them and every count is taken with the evaluator's own functions on the built PDF.
"""
from __future__ import annotations

import io
import math
import re
import sys
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import channel_counts, count_in, extract_channels, probe_regex, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"

KINDS = {"P": "PERSON", "E": "EMAIL", "T": "PHONE", "B": "BSN", "I": "IBAN", "D": "DATE_OF_BIRTH",
         "A": "ADDRESS", "C": "INITIALS", "V": "KVK_SOLE_TRADER", "H": "HEALTH", "X": "PLATE",
         "O": "ORG", "L": "PLACE", "W": "LAW", "N": "REFERENCE", "F": "FUNCTION", "U": "PUBLIC_OFFICE_HOLDER",
         "M": "FUNCTIONAL_MAILBOX", "G": "GENERAL_PHONE", "Q": "NOT_A_PERSON", "S": "TERM"}
MARK = re.compile(r"\{([rk]):([A-Z]):([^{}]+)\}")
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


def strip(line: str) -> str:
    return MARK.sub(lambda m: m.group(3), line)


def spans(lines):
    out = []
    for ln in lines:
        for m in MARK.finditer(ln):
            out.append((m.group(1), KINDS[m.group(2)], m.group(3)))
    return out


class Doc:
    def __init__(self, stem, lines, kind="rl", font="helv", producer="", creator="", author=None,
                 xmp_creator=None, outline=None, notes=None, fields=None, hidden=(), title="", rot=0.5,
                 size=10):
        self.stem, self.lines, self.kind, self.font = stem, lines, kind, font
        self.producer, self.creator, self.author, self.xmp_creator = producer, creator, author, xmp_creator
        self.outline, self.notes, self.fields, self.hidden = outline or [], notes or [], fields or [], list(hidden)
        self.title, self.rot, self.size = title, rot, size

    # ---------------------------------------------------------------- build
    def build(self) -> Path:
        DOCS_DIR.mkdir(exist_ok=True)
        path = DOCS_DIR / f"{self.stem}.pdf"
        if self.kind == "scan":
            _scan(self, path)
        else:
            _rl(self, path)
        _post(self, path)
        return path


MONTHS = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
AUTOKEEP = re.compile(r"\b\d{1,2} (?:%s) \d{4}\b|€ \d{1,3}(?:\.\d{3})*(?:,\d{2})?" % MONTHS)
TITLES = {"drs.", "mr.", "ing.", "ir.", "dr.", "mevrouw", "de", "heer", "Th.", "mr", "drs"}


def variants(kind, val):
    """Full value first; for a PERSON also the bare surname and the given name (same document:
    every other mention of a found name is personal data too)."""
    out = [val]
    if kind not in ("PERSON",) or " " not in val.strip():
        return out
    v = re.sub(r"\([^)]*\)", " ", val)
    if "," in v:
        sur, first = v.split(",", 1)
        toks = sur.split()
        out.append(toks[-1] if toks[-1][:1].isupper() else sur.strip())
        f = first.split()
        if f and "." not in f[0] and len(f[0]) >= 3:
            out.append(f[0])
        return out
    toks = [t for t in v.split() if t not in TITLES and t.lower() not in ("mevrouw", "heer")]
    if len(toks) < 2:
        return out
    if len(toks[-1]) >= 3 and "." not in toks[-1]:
        out.append(toks[-1])
    if "." not in toks[0] and toks[0][:1].isupper() and len(toks[0]) >= 3 and toks[0] != toks[-1] \
            and toks[0].lower() not in ("van", "de", "den", "der", "ter", "el", "op", "in"):
        out.append(toks[0])
    return out


def _fonts(name):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if name == "helv":
        return "Helvetica", "Helvetica-Bold"
    if name == "times":
        return "Times-Roman", "Times-Bold"
    if name == "courier":
        return "Courier", "Courier-Bold"
    reg = {"dejavu": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
           "serif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"),
           "cond": ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf")}[name]
    names = []
    for f in reg:
        n = f[:-4]
        try:
            pdfmetrics.getFont(n)
        except KeyError:
            pdfmetrics.registerFont(TTFont(n, FONT_DIR + f))
        names.append(n)
    return names[0], names[1]


def _rl(doc: Doc, path: Path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    reg, bold = _fonts(doc.font)
    W, H = A4
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle(doc.title or doc.stem)
    size = doc.size
    lead = size * 1.32
    x0, width = 62, W - 124
    y = H - 70
    fields = {f[0]: f for f in doc.fields}
    from reportlab.pdfbase.pdfmetrics import stringWidth
    widths, block = {}, []
    for i, raw in enumerate(doc.lines + [""]):
        if strip(raw).startswith("|"):
            block.append(i)
            continue
        if block:
            rows = [strip(doc.lines[j]).strip("|").split("|") for j in block]
            n = max(len(r) for r in rows)
            mx = [max((stringWidth(r[k].strip(), reg, size - 1) if k < len(r) else 0) for r in rows) + 10
                  for k in range(n)]
            tot = sum(mx)
            ws = [m * width / tot for m in mx] if tot > width else [m + (width - tot) / n for m in mx]
            for j in block:
                widths[j] = ws
            block = []
    for idx, raw in enumerate(doc.lines):
        if raw == "---PAGE---":
            c.showPage()
            y = H - 70
            continue
        if raw.startswith("@field:"):
            key = raw[7:]
            _name, label, value = fields[key][:3]
            c.setFont(reg, size)
            c.drawString(x0, y, label)
            c.acroForm.textfield(name=_name, value=value, x=x0 + 190, y=y - 5, width=270, height=17,
                                 fontName="Helvetica", fontSize=9, borderWidth=0.5)
            y -= lead * 1.5
            continue
        line = strip(raw)
        if line.startswith("# "):
            c.setFont(bold, size + 3)
            c.drawString(x0, y, line[2:])
            y -= lead * 1.6
            continue
        if line.startswith("## "):
            c.setFont(bold, size)
            c.drawString(x0, y, line[3:])
            y -= lead
            continue
        if line.startswith("|"):
            cells = line.strip("|").split("|")
            ws = widths[idx]
            c.setFont(reg, size - 1)
            x = x0
            for cell, w in zip(cells, ws):
                c.drawString(x + 2, y, cell.strip())
                x += w
            c.setLineWidth(0.3)
            c.line(x0, y - 3, x0 + width, y - 3)
            y -= lead
            continue
        c.setFont(reg, size)
        if not line:
            y -= lead * 0.6
            continue
        for part in simpleSplit(line, reg, size, width):
            c.drawString(x0, y, part)
            y -= lead
        if y < 60:
            c.showPage()
            y = H - 70
    c.showPage()
    c.save()


def _colw(n, width):
    if n == 2:
        return [width * 0.32, width * 0.68]
    return [width / n] * n


def _scan(doc: Doc, path: Path):
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    W, H = 1654, 2339
    pages = [[]]
    for ln in doc.lines:
        if ln == "---PAGE---":
            pages.append([])
        else:
            pages[-1].append(ln)
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for pl in pages:
        im = Image.new("L", (W, H), 250)
        d = ImageDraw.Draw(im)
        y = 150
        for raw in pl:
            line = strip(raw)
            fnt = "DejaVuSans.ttf"
            sz = 34
            if line.startswith("~ "):  # handwritten-looking note
                fnt, sz, line = "DejaVuSerif-Italic.ttf", 40, line[2:]
            elif line.startswith("# "):
                fnt, sz, line = "DejaVuSans-Bold.ttf", 42, line[2:]
            f = ImageFont.truetype(FONT_DIR + fnt, sz)
            if line:
                d.text((140, y), line, fill=25, font=f)
            y += int(sz * 1.55) if line else 30
        im = im.rotate(doc.rot, resample=Image.BICUBIC, fillcolor=250)
        buf = io.BytesIO()
        im.convert("RGB").save(buf, "JPEG", quality=72)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()


def _post(doc: Doc, path: Path):
    import pikepdf

    with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
        with pdf.open_metadata(set_pikepdf_as_editor=False) as m:
            if doc.xmp_creator:
                m["dc:creator"] = [doc.xmp_creator]
            m["dc:title"] = doc.title or doc.stem
            m["pdf:Producer"] = doc.producer or "ReportLab PDF Library - www.reportlab.com"
        info = pdf.docinfo
        info["/Producer"] = doc.producer or "ReportLab PDF Library - www.reportlab.com"
        info["/Creator"] = doc.creator or "(unspecified)"
        info["/Title"] = doc.title or doc.stem
        if doc.author:
            info["/Author"] = doc.author
        elif "/Author" in info:
            del info["/Author"]
        if doc.outline:
            with pdf.open_outline() as ol:
                for title, pg in doc.outline:
                    ol.root.append(pikepdf.OutlineItem(title, pg))
        for (pg, x, y, author, text) in doc.notes:
            page = pdf.pages[pg]
            annot = pdf.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text, Rect=[x, y, x + 20, y + 20],
                Contents=pikepdf.String(text), T=pikepdf.String(author), Name=pikepdf.Name.Comment,
                F=4, C=[1, 0.85, 0.2]))
            if "/Annots" not in page.obj:
                page.obj.Annots = pdf.make_indirect(pikepdf.Array())
            page.obj.Annots.append(annot)
        pdf.save(str(path), deterministic_id=True)


# -------------------------------------------------------------------- gold
def make_gold(doc: Doc, path: Path):
    text, pages = text_pdfium(path)
    problems = []
    red, keep = {}, {}
    chan = "ocr" if doc.kind == "scan" else None
    for rk, kind, val in spans(doc.lines):
        if rk == "r" and kind == "REFERENCE":
            kind = "PERSONNEL_NUMBER"
        (red if rk == "r" else keep).setdefault((kind, val), None)
    for f in doc.fields:
        red.setdefault(("FORM_VALUE:" + f[3] if len(f) > 3 else "FORM_VALUE", f[2]), "annotations")
    for ch, kind, val in doc.hidden:
        red[(kind, val)] = ch
    chans = None
    redact = []
    used = set()
    for (kind, val), ch in red.items():
        ch = ch or chan
        item = {"kind": kind.split(":")[-1] if kind.startswith("FORM_VALUE:") else kind, "value": val,
                "probes": []}
        if ch:
            item["channel"] = ch
        for t in variants(kind, val):
            if t in used:
                continue
            used.add(t)
            pr = {"text": t, "word": True, "after": 0}
            if ch == "ocr":
                pr["ocr"] = True
            if ch:
                if chans is None:
                    chans = extract_channels(path, ocr="auto" if doc.kind == "scan" else "off")["channels"]
                n = channel_counts(chans, pr).get(ch, 0)
                if ch != "ocr" and count_in(text, pr):
                    if t != val:
                        continue
                    problems.append(f"{doc.stem}: hidden {val!r} also in page text")
            else:
                n = count_in(text, pr)
            if n < 1:
                if t != val:
                    continue
                problems.append(f"{doc.stem}: redact {val!r} not found in {ch or 'pdfium'}")
            item["probes"].append(pr)
        if item["probes"]:
            redact.append(item)
    # simulated redaction for overlap check
    sim = text
    for it in redact:
        if it.get("channel"):
            continue
        for pr in it["probes"]:
            sim = probe_regex(pr["text"], True).sub("\u2588", sim)
    keepl = []
    if doc.kind != "scan":
        for ln in doc.lines:
            plain = MARK.sub(lambda m: "#" if m.group(1) == "r" else m.group(3), ln)
            for m in AUTOKEEP.finditer(plain):
                keep.setdefault(("DATE" if m.group(0)[0].isdigit() else "AMOUNT", m.group(0)), None)
        for (kind, val) in keep:
            pr = {"text": val, "word": True}
            n = count_in(text, pr)
            if n == 0:
                problems.append(f"{doc.stem}: keep {val!r} not in text")
                continue
            if count_in(sim, pr) != n:
                problems.append(f"{doc.stem}: keep {val!r} overlaps a redact value")
            pr["after"] = n
            keepl.append({"kind": kind, "value": val, "probes": [pr]})
    return {"doc": path.name, "pages": pages, "redact": redact, "keep": keepl}, problems
