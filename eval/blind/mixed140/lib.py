"""Shared builder for set BG (eval/blind/mixed140): renders documents and derives gold.

Markup in a document's body: [[value]] or [[value|KIND]] = must disappear (redact),
{{value}} or {{value|KIND}} = must stay (keep). Values in the set-wide registries REDACT and
KEEP (registry.py) are found automatically wherever they occur in a document.
Body lines: '===' page break, '# ' heading, '## ' subheading, '|' table row (cells split on '|'),
'' blank line, anything else a wrapped paragraph.
"""
from __future__ import annotations

import io
import re
import subprocess
import sys
from pathlib import Path

import pikepdf
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

sys.path.insert(0, "/work/shared/eval")
from evaluate import channel_counts, count_in, extract_channels, norm, probe_regex, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
TMP = Path("/tmp/s140_build")
FONTDIR = "/usr/share/fonts/truetype/dejavu/"

pdfmetrics.registerFont(TTFont("DV", FONTDIR + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DV-B", FONTDIR + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVS", FONTDIR + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("DVS-B", FONTDIR + "DejaVuSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVC", FONTDIR + "DejaVuSansCondensed.ttf"))
pdfmetrics.registerFont(TTFont("DVC-B", FONTDIR + "DejaVuSansCondensed-Bold.ttf"))

FONTS = {  # style -> (regular, bold)
    "helv": ("Helvetica", "Helvetica-Bold"),
    "times": ("Times-Roman", "Times-Bold"),
    "dejavu": ("DV", "DV-B"),
    "serif": ("DVS", "DVS-B"),
    "cond": ("DVC", "DVC-B"),
}

MARK = re.compile(r"\[\[(.+?)\]\]|\{\{(.+?)\}\}")
PARTICLES = {"van", "de", "der", "den", "ter", "ten", "te", "'t", "el", "la", "von"}


def parse(body: str):
    """Strip markup; return (plain text, [(value, kind)] redact, [(value, kind)] keep)."""
    red, keep = [], []

    def rep(m):
        if m.group(1) is not None:
            v, _, k = m.group(1).partition("|")
            red.append((v, k or "PERSON"))
        else:
            v, _, k = m.group(2).partition("|")
            keep.append((v, k or "MISC"))
        return v

    return MARK.sub(rep, body), red, keep


class Doc:
    def __init__(self, stem, body, style="helv", meta=None, outline=None, notes=None, form=None,
                 scan=None, hidden=None, docx=False, fontsize=10, colw=None, stamp=None):
        self.stem, self.body, self.style, self.meta = stem, body, style, meta or {}
        self.outline, self.notes, self.form = outline or [], notes or [], form or []
        self.scan, self.hidden, self.docx = scan, hidden or [], docx
        self.fontsize, self.colw, self.stamp = fontsize, colw, stamp
        self.plain, self.red, self.keep = parse(body)

    # ------------------------------------------------------------------ rendering
    def build(self) -> Path:
        DOCS_DIR.mkdir(exist_ok=True)
        TMP.mkdir(exist_ok=True)
        out = DOCS_DIR / f"{self.stem}.pdf"
        if self.scan:
            self._build_scan(out)
        elif self.docx:
            self._build_docx(out)
        else:
            self._build_rl(out)
        self._post(out)
        return out

    def _pages(self):
        return [p.strip("\n").split("\n") for p in self.plain.split("\n===\n")]

    def _build_rl(self, out):
        reg, bold = FONTS[self.style]
        c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
        c.setAuthor(self.meta.get("author", ""))
        c.setTitle(self.meta.get("title", ""))
        c.setCreator(self.meta.get("creator", ""))
        W, H = A4
        fs = self.fontsize
        lead = fs * 1.35
        outl = {p: t for p, t in []}
        for pi, lines in enumerate(self._pages()):
            y = H - 60
            x0 = 60
            if self.stamp:
                c.setFont(reg, 7)
                c.drawString(x0, H - 35, self.stamp)
            for ln in lines:
                if ln.startswith("# "):
                    c.setFont(bold, fs + 4)
                    c.drawString(x0, y, ln[2:])
                    y -= lead * 1.5
                elif ln.startswith("## "):
                    c.setFont(bold, fs + 1)
                    c.drawString(x0, y, ln[3:])
                    y -= lead * 1.2
                elif ln.startswith("|"):
                    cells = [x.strip() for x in ln.strip().strip("|").split("|")]
                    cw = self.colw or [(W - 2 * x0) / len(cells)] * len(cells)
                    c.setFont(reg, fs - 1)
                    hmax = 1
                    xs = x0
                    for cell, w in zip(cells, cw):
                        wl = simpleSplit(cell, reg, fs - 1, w - 4) or [""]
                        for k, t in enumerate(wl):
                            c.drawString(xs + 2, y - k * (lead - 1), t)
                        hmax = max(hmax, len(wl))
                        xs += w
                    c.setLineWidth(0.3)
                    c.line(x0, y - (hmax - 1) * (lead - 1) - 4, xs, y - (hmax - 1) * (lead - 1) - 4)
                    y -= hmax * (lead - 1) + 3
                elif not ln.strip():
                    y -= lead * 0.6
                else:
                    c.setFont(reg, fs)
                    for t in simpleSplit(ln, reg, fs, W - 2 * x0):
                        c.drawString(x0, y, t)
                        y -= lead
            for oi, (title, page, level) in enumerate(self.outline):
                if page == pi:
                    key = f"o{oi}"
                    c.bookmarkPage(key)
                    c.addOutlineEntry(title, key, level=level)
            for (page, name, value, x, y2, w) in self.form:
                if page == pi:
                    c.acroForm.textfield(name=name, value=value, x=x, y=y2, width=w, height=16,
                                         fontName="Helvetica", fontSize=9, borderWidth=0.5)
            c.showPage()
        c.save()

    def _build_docx(self, out):
        import docx
        from docx.shared import Pt

        d = docx.Document()
        d.core_properties.author = self.meta.get("docx_author", "")
        d.core_properties.title = self.meta.get("title", "")
        d.core_properties.comments = ""
        st = d.styles["Normal"]
        st.font.name = "DejaVu Sans"
        st.font.size = Pt(self.fontsize)
        pages = self._pages()
        for pi, lines in enumerate(pages):
            rows = []
            for ln in lines + [""]:
                if ln.startswith("|"):
                    rows.append([x.strip() for x in ln.strip().strip("|").split("|")])
                    continue
                if rows:
                    t = d.add_table(rows=len(rows), cols=len(rows[0]))
                    t.style = "Table Grid"
                    for i, r in enumerate(rows):
                        for j, v in enumerate(r):
                            t.cell(i, j).text = v
                    rows = []
                if ln.startswith("# "):
                    d.add_heading(ln[2:], level=1)
                elif ln.startswith("## "):
                    d.add_heading(ln[3:], level=2)
                elif ln.strip():
                    p = d.add_paragraph(ln)
                    p.paragraph_format.space_after = Pt(3)
            if pi < len(pages) - 1:
                d.add_page_break()
        src = TMP / f"{self.stem}.docx"
        d.save(src)
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s140_lo", "--headless",
                        "--convert-to", "pdf", "--outdir", str(TMP), str(src)],
                       capture_output=True, timeout=180, check=True)
        (TMP / f"{self.stem}.pdf").replace(out)

    def _build_scan(self, out):
        """Image-only page: text drawn into a bitmap, slightly rotated, stored as JPEG."""
        dpi = 200
        Wp, Hp = int(8.27 * dpi), int(11.69 * dpi)
        img = Image.new("L", (Wp, Hp), 250)
        dr = ImageDraw.Draw(img)
        f = ImageFont.truetype(FONTDIR + self.scan.get("font", "DejaVuSerif.ttf"), self.scan.get("size", 34))
        fb = ImageFont.truetype(FONTDIR + "DejaVuSans-Bold.ttf", 40)
        hand = ImageFont.truetype(FONTDIR + "DejaVuSerif-Italic.ttf", 40)
        y = 170
        for ln in self._pages()[0]:
            if ln.startswith("# "):
                dr.text((150, y), ln[2:], font=fb, fill=20)
                y += 70
            elif ln.startswith("~ "):  # handwriting-like line (italic, darker blue-grey)
                dr.text((190, y), ln[2:], font=hand, fill=45)
                y += 62
            elif ln.startswith("|"):
                cells = [x.strip() for x in ln.strip().strip("|").split("|")]
                cw = self.scan.get("colw", [(Wp - 300) // len(cells)] * len(cells))
                xs = 150
                for cell, w in zip(cells, cw):
                    dr.text((xs, y), cell, font=f, fill=25)
                    xs += w
                dr.line((150, y + 48, xs, y + 48), fill=120, width=2)
                y += 62
            elif not ln.strip():
                y += 28
            else:
                words, cur = ln.split(" "), ""
                for w in words:
                    t = (cur + " " + w).strip()
                    if dr.textlength(t, font=f) > Wp - 320:
                        dr.text((150, y), cur, font=f, fill=25)
                        y += 52
                        cur = w
                    else:
                        cur = t
                if cur:
                    dr.text((150, y), cur, font=f, fill=25)
                    y += 52
        img = img.rotate(self.scan.get("angle", 0.6), resample=Image.BICUBIC, fillcolor=245)
        buf = io.BytesIO()
        img.convert("RGB").save(buf, "JPEG", quality=72)
        buf.seek(0)
        c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
        c.setAuthor("")
        c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
        c.save()

    def _post(self, out):
        m = self.meta
        with pikepdf.open(out, allow_overwriting_input=True) as pdf:
            info = pdf.docinfo
            for k in ("/Author", "/Creator", "/Producer", "/Title"):
                if k in info:
                    del info[k]
            info["/CreationDate"] = m.get("date", "D:20250601090000+02'00'")
            info["/ModDate"] = m.get("date", "D:20250601090000+02'00'")
            if m.get("author"):
                info["/Author"] = m["author"]
            if m.get("title"):
                info["/Title"] = m["title"]
            info["/Creator"] = m.get("creator", "Microsoft® Word voor Microsoft 365")
            info["/Producer"] = m.get("producer", "Microsoft® Word voor Microsoft 365")
            if "/Metadata" in pdf.Root:
                del pdf.Root["/Metadata"]
            if m.get("xmp_creator") or m.get("xmp"):
                with pdf.open_metadata(set_pikepdf_as_editor=False) as x:
                    if m.get("xmp_creator"):
                        x["dc:creator"] = [m["xmp_creator"]]
                    x["pdf:Producer"] = str(info["/Producer"])
                    if m.get("title"):
                        x["dc:title"] = m["title"]
            for (page, T, contents, x, y) in self.notes:
                pg = pdf.pages[page]
                a = pdf.make_indirect(pikepdf.Dictionary(
                    Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                    Rect=pikepdf.Array([x, y, x + 20, y + 20]), T=pikepdf.String(T),
                    Contents=pikepdf.String(contents), Name=pikepdf.Name.Comment,
                    F=4, Open=False))
                if "/Annots" not in pg.obj:
                    pg.obj.Annots = pdf.make_indirect(pikepdf.Array())
                pg.obj.Annots.append(a)
            pdf.save(out, deterministic_id=True)


# ---------------------------------------------------------------------- gold
def surname_of(value: str):
    toks = value.split()
    if len(toks) < 2 or toks[0].lower() in PARTICLES:
        return None
    for i, t in enumerate(toks[1:], 1):
        if t.lower() in PARTICLES:
            s = " ".join(toks[i:])
            return s if s != value else None
    s = toks[-1]
    if len(s) >= 4 and s[0].isupper() and "." not in s:
        return s
    return None


def mask(text: str, probes) -> str:
    for p in probes:
        text = probe_regex(p, True).sub(lambda m: "\u2588" * len(m.group(0)), text)
    return text


def make_gold(d: Doc, path: Path, REDACT: dict, KEEP: dict):
    problems = []
    text, pages = text_pdfium(path)
    src = norm(d.plain)
    # redact values present in this document
    rvals = {}
    for v, k in d.red:
        rvals.setdefault(v, k)
    for v, k in REDACT.items():
        if v not in rvals and count_in(src, {"text": v, "word": True}):
            rvals[v] = k
    kvals = {}
    for v, k in d.keep:
        kvals.setdefault(v, k)
    for v, k in KEEP.items():
        if v not in kvals and count_in(src, {"text": v, "word": True}):
            kvals[v] = k
    redact, allprobes = [], []
    ocr = bool(d.scan)
    used = set()
    for v, k in rvals.items():
        if v in used:
            continue
        probes = [v]
        if k == "PERSON":
            s = surname_of(v)
            if s and not any(count_in(kv, {"text": s, "word": True}) for kv in kvals) and s not in rvals:
                probes.append(s)
            f = v.split()[0]
            if (len(v.split()) >= 2 and len(f) >= 3 and f[0].isupper() and "." not in f and "," not in f
                    and f not in ("Mevrouw", "De") and f.lower() not in PARTICLES and f not in rvals
                    and not any(count_in(kv, {"text": f, "word": True}) for kv in kvals)):
                probes.append(f)
        if k == "EMAIL":
            lp = v.split("@")[0]
            if len(lp) >= 5 and lp not in rvals:
                probes.append(lp)
        probes = [p for p in probes if p not in used]
        used.update(probes)
        item = {"kind": k, "value": v, "probes": [{"text": p, "word": True, "after": 0} for p in probes]}
        if ocr:
            item["channel"] = "ocr"
            for p in item["probes"]:
                p["ocr"] = True
        redact.append(item)
        allprobes += probes
    for k, v, ch in d.hidden:
        probes = [v]
        s = surname_of(v) if k == "PERSON" else None
        if s:
            probes.append(s)
        probes = [p for p in probes if p not in used]
        used.update(probes)
        redact.append({"kind": k, "value": v, "channel": ch,
                       "probes": [{"text": p, "word": True, "after": 0} for p in probes]})
    # checks on the text layer / channels
    chans = None
    if ocr or d.hidden:
        chans = extract_channels(path, ocr="auto" if ocr else "off")["channels"]
    final = []
    for it in redact:
        ch = it.get("channel")
        keep_pr = []
        for pr in it["probes"]:
            if ch is None:
                ok = count_in(text, pr) > 0
            else:
                ok = channel_counts(chans, pr).get(ch, 0) > 0
                if ch != "ocr" and count_in(text, pr):
                    problems.append(f"{d.stem}: hidden {pr['text']!r} in page text")
            if ok:
                keep_pr.append(pr)
            elif ch == "ocr":
                print(f"   {d.stem}: OCR misses {pr['text']!r} (dropped)")
            else:
                problems.append(f"{d.stem}: redact {pr['text']!r} not found in {ch or 'pdfium'}")
        if keep_pr:
            it["probes"] = keep_pr
            final.append(it)
    masked = mask(text, [p["text"] for it in final if it.get("channel") is None for p in it["probes"]])
    keep = []
    for v, k in kvals.items():
        n = count_in(text, {"text": v, "word": True})
        if n == 0:
            if not ocr:
                problems.append(f"{d.stem}: keep {v!r} not in text")
            continue
        if count_in(masked, {"text": v, "word": True}) != n:
            problems.append(f"{d.stem}: keep {v!r} overlaps a redact probe")
            continue
        keep.append({"kind": k, "value": v, "probes": [{"text": v, "word": True, "after": n}]})
    return {"doc": path.name, "pages": pages, "redact": final, "keep": keep}, problems
