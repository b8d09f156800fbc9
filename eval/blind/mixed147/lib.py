"""Builder helpers for set DW (eval/blind/mixed147): PDF writers and automatic gold counting."""
from __future__ import annotations

import io
import random
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import channel_counts, count_in, extract_channels, norm, probe_regex, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
DV = "/usr/share/fonts/truetype/dejavu/"

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402
from reportlab.lib.utils import simpleSplit, ImageReader  # noqa: E402

for n, f in [("DVS", "DejaVuSans.ttf"), ("DVS-B", "DejaVuSans-Bold.ttf"), ("DVSe", "DejaVuSerif.ttf"),
             ("DVSe-B", "DejaVuSerif-Bold.ttf"), ("DVM", "DejaVuSansMono.ttf")]:
    pdfmetrics.registerFont(TTFont(n, DV + f))
FONTS = {"helv": ("Helvetica", "Helvetica-Bold"), "times": ("Times-Roman", "Times-Bold"),
         "dvs": ("DVS", "DVS-B"), "dvse": ("DVSe", "DVSe-B"), "mono": ("Courier", "Courier-Bold"),
         "dvm": ("DVM", "DVM")}


def w(t):
    return bool(re.match(r"\w", t[:1])) and bool(re.match(r"\w", t[-1:]))


class Doc:
    def __init__(self, stem, lines, redact, keep, font="helv", size=9.5, producer="", creator="",
                 author=None, xmp_author=None, title=None, outline=None, notes=None, form=None,
                 scan=False, docx=False, hidden=None):
        self.stem, self.lines, self.redact, self.keep = stem, lines, redact, keep
        self.font, self.size, self.producer, self.creator = font, size, producer, creator
        self.author, self.xmp_author, self.title = author, xmp_author, title
        self.outline, self.notes, self.form, self.scan, self.docx = outline, notes, form, scan, docx
        self.hidden = hidden or []  # (kind, value, [probes], channel)

    # ---------------------------------------------------------------- build
    def build(self):
        DOCS_DIR.mkdir(exist_ok=True)
        path = DOCS_DIR / f"{self.stem}.pdf"
        if self.docx:
            self._docx(path)
        elif self.scan:
            self._scan(path)
        else:
            self._rl(path)
        self._post(path)
        return path

    def _rl(self, path):
        c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
        reg, bold = FONTS[self.font]
        W, H = A4
        x0, y, lh = 62, H - 64, self.size * 1.38
        page = 1
        if self.outline:
            c.bookmarkPage("p1")
        for raw in self.lines:
            if raw == "<PB>":
                c.showPage(); y = H - 64; page += 1
                if self.outline:
                    c.bookmarkPage(f"p{page}")
                continue
            f, s, txt, indent = reg, self.size, raw, 0
            if raw.startswith("# "):
                f, s, txt = bold, self.size + 3, raw[2:]
            elif raw.startswith("## "):
                f, s, txt = bold, self.size + 0.5, raw[3:]
            elif raw.startswith("> "):
                txt, indent = raw[2:], 14
            if "|" in txt and not raw.startswith("#"):
                cells = [x.strip() for x in txt.split("|")]
                colw = (W - 2 * x0) / len(cells)
                c.setFont(f, s - 1)
                for i, cell in enumerate(cells):
                    c.drawString(x0 + i * colw, y, cell)
                y -= lh
                c.setLineWidth(0.2); c.line(x0, y + lh * 0.62, W - x0, y + lh * 0.62)
            else:
                parts = simpleSplit(txt, f, s, W - 2 * x0 - indent) or [""]
                c.setFont(f, s)
                for p in parts:
                    c.drawString(x0 + indent, y, p)
                    y -= lh * (1.25 if f == bold else 1)
            if y < 70:
                c.showPage(); y = H - 64; page += 1
                if self.outline:
                    c.bookmarkPage(f"p{page}")
        if self.form:
            c.setFont(reg, self.size)
            for i, (name, label, val) in enumerate(self.form):
                yy = y - 10 - i * 26
                c.drawString(x0, yy + 4, label)
                c.acroForm.textfield(name=name, tooltip=label, x=x0 + 170, y=yy, width=290, height=18,
                                     value=val, borderWidth=0.5, fontSize=9)
        if self.outline:
            for i, (t, pg, lvl) in enumerate(self.outline):
                c.addOutlineEntry(t, f"p{pg}", level=lvl)
            c.showOutline()
        c.save()

    def _scan(self, path):
        from PIL import Image, ImageDraw, ImageFont
        rnd = random.Random(self.stem)
        W, H = 1654, 2339
        pages = [[]]
        for l in self.lines:
            if l == "<PB>":
                pages.append([])
            else:
                pages[-1].append(l)
        c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
        for pl in pages:
            im = Image.new("L", (W, H), 246)
            d = ImageDraw.Draw(im)
            y = 150
            for l in pl:
                fnt = DV + ("DejaVuSerif-Bold.ttf" if l.startswith("# ") else "DejaVuSerif.ttf")
                sz = 40 if l.startswith("# ") else 31
                t = l[2:] if l.startswith(("# ", "~ ")) else l
                if l.startswith("~ "):  # 'handwriting': oblique-ish, larger
                    fnt, sz = DV + "DejaVuSansCondensed-Oblique.ttf", 36
                ft = ImageFont.truetype(fnt, sz)
                for part in (simpleSplit(t, "Helvetica", 10.3, 470) or [""]):
                    d.text((130, y), part, font=ft, fill=25)
                    y += int(sz * 1.45)
            im = im.rotate(rnd.uniform(-0.9, 0.9), fillcolor=238, resample=Image.BICUBIC)
            buf = io.BytesIO(); im.save(buf, "JPEG", quality=72); buf.seek(0)
            c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
            c.showPage()
        c.save()

    def _docx(self, path):
        import docx
        from docx.shared import Pt
        d = docx.Document()
        st = d.styles["Normal"]; st.font.name = "Liberation Sans"; st.font.size = Pt(10)
        for l in self.lines:
            if l == "<PB>":
                d.add_page_break()
            elif l.startswith("# "):
                d.add_heading(l[2:], level=1)
            elif l.startswith("## "):
                d.add_heading(l[3:], level=2)
            elif "|" in l:
                cells = [x.strip() for x in l.split("|")]
                if d.tables and getattr(d, "_lt", None) is d.paragraphs[-1:] and False:
                    pass
                t = d.add_table(rows=1, cols=len(cells)); t.style = "Table Grid"
                for i, cc in enumerate(cells):
                    t.rows[0].cells[i].text = cc
            else:
                d.add_paragraph(l)
        d.core_properties.author = self.author or ""
        d.core_properties.title = self.title or ""
        tmp = Path(f"/tmp/s147_docx"); tmp.mkdir(exist_ok=True)
        src = tmp / f"{self.stem}.docx"; d.save(src)
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s147_lo", "--headless", "--convert-to",
                        "pdf", "--outdir", str(tmp), str(src)], capture_output=True, timeout=180)
        path.write_bytes((tmp / f"{self.stem}.pdf").read_bytes())

    def _post(self, path):
        import pikepdf
        pdf = pikepdf.open(path, allow_overwriting_input=True)
        info = pdf.trailer.get("/Info") or pdf.make_indirect(pikepdf.Dictionary())
        pdf.trailer.Info = info
        for k in ("/Author", "/Title", "/Subject", "/Creator", "/Producer", "/DocChecksum"):
            if k in info:
                del info[k]
        if "/ID" in pdf.trailer:
            del pdf.trailer["/ID"]
        if "/DocChecksum" in pdf.trailer:
            del pdf.trailer["/DocChecksum"]
        for k in ("/CreationDate", "/ModDate"):
            info[k] = "D:20260215093000+01'00'"
        if self.producer:
            info["/Producer"] = self.producer
        if self.creator:
            info["/Creator"] = self.creator
        if self.author:
            info["/Author"] = self.author
        if self.title:
            info["/Title"] = self.title
        if self.xmp_author:
            with pdf.open_metadata(set_pikepdf_as_editor=False) as m:
                m["dc:creator"] = [self.xmp_author]
                m["xmp:CreatorTool"] = self.creator or "Microsoft Word"
        if self.notes:
            for pg, who, txt, (x, y) in self.notes:
                p = pdf.pages[pg - 1]
                a = pdf.make_indirect(pikepdf.Dictionary(
                    Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text, Rect=[x, y, x + 18, y + 18],
                    T=pikepdf.String(who), Contents=pikepdf.String(txt), Name=pikepdf.Name.Comment,
                    F=4))
                if "/Annots" not in p.obj:
                    p.obj.Annots = pdf.make_indirect(pikepdf.Array())
                p.obj.Annots.append(a)
        pdf.save(path, deterministic_id=True)


def _probes(val, probes):
    return probes if probes else [val]


def make_gold(d: Doc, path: Path):
    text, pages = text_pdfium(path)
    problems = []
    redact = []
    hid = [(k, v, p, None) for k, v, p in [(r[0], r[1], r[2] if len(r) > 2 else None) for r in d.redact]]
    hid += [(k, v, p, ch) for k, v, p, ch in d.hidden]
    # surname-only probes for full names written with default probes (all occurrences of a surname go)
    keeptexts = [t for k in d.keep for t in _probes(k[1], k[2] if len(k) > 2 else None)]
    aug = []
    for kind, val, probes, ch in hid:
        if kind == "PERSON" and probes is None and ch is None and not d.scan and " " in val:
            toks = val.split()
            toks = toks[1:] if not toks[0].endswith(".") else [t for t in toks if not t.endswith(".")]
            sur = " ".join(toks)
            if sur and sur != val and count_in(text, {"text": sur, "word": w(sur)}) and \
                    not any(sur in k for k in keeptexts):
                probes = [val, sur]
        aug.append((kind, val, probes, ch))
    hid = aug
    need_ch = any(ch for *_, ch in hid)
    chans = extract_channels(path, ocr="auto" if (d.scan or need_ch) else "off")["channels"] if (d.scan or need_ch) else {}
    masked = text
    for kind, val, probes, ch in hid:
        if d.scan and ch is None:
            ch = "ocr"
        pr = []
        for t in _probes(val, probes):
            p = {"text": t, "word": w(t), "after": 0}
            if ch == "ocr":
                p["ocr"] = True
            if ch is None:
                ok = count_in(text, p) > 0
            else:
                ok = channel_counts(chans, p).get(ch, 0) > 0
                if ch != "ocr" and count_in(text, p):
                    ok = False
            if not ok:
                problems.append(f"{d.stem}: redact {t!r} not in {ch or 'pdfium'}")
                continue
            pr.append(p)
            if ch in (None,):
                masked = probe_regex(t, p["word"]).sub(lambda m: "\u2588" * len(m.group(0)), masked)
        if pr:
            it = {"kind": kind, "value": val, "probes": pr}
            if ch:
                it["channel"] = ch
            redact.append(it)
    if d.scan:
        # mask with OCR text unavailable: keep probes on scans are checked against PDFium text (empty)
        pass
    keep = []
    for k in d.keep:
        kind, val = k[0], k[1]
        pr = []
        for t in _probes(val, k[2] if len(k) > 2 else None):
            p = {"text": t, "word": w(t)}
            n = count_in(text, p)
            if n == 0:
                problems.append(f"{d.stem}: keep {t!r} not in text")
                continue
            if count_in(masked, p) != n or any(t in r["value"] or r["value"] in t for r in redact):
                problems.append(f"{d.stem}: keep {t!r} overlaps a redact value")
                continue
            p["after"] = n
            pr.append(p)
        if pr:
            keep.append({"kind": kind, "value": val, "probes": pr})
    return {"doc": path.name, "pages": pages, "redact": redact, "keep": keep}, problems
