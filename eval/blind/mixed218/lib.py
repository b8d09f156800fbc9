"""Shared builder for set TX (eval/blind/mixed218): layout, producers, hidden channels, gold."""
from __future__ import annotations

import io
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import channel_counts, count_in, extract_channels, probe_regex, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
TMP = Path("/tmp/s218_build")
FONTDIR = "/usr/share/fonts/truetype/dejavu/"

_fonts_done = False


def _fonts():
    global _fonts_done
    if _fonts_done:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    for n, f in (("DV", "DejaVuSans.ttf"), ("DV-B", "DejaVuSans-Bold.ttf"), ("DVS", "DejaVuSerif.ttf"),
                 ("DVS-B", "DejaVuSerif-Bold.ttf"), ("DVS-I", "DejaVuSerif-Italic.ttf"),
                 ("DVC", "DejaVuSansCondensed.ttf"), ("DVC-B", "DejaVuSansCondensed-Bold.ttf")):
        pdfmetrics.registerFont(TTFont(n, FONTDIR + f))
    _fonts_done = True


FONTSETS = {"helv": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
            "times": ("Times-Roman", "Times-Bold", "Times-Italic"),
            "dv": ("DV", "DV-B", "DVS-I"), "dvs": ("DVS", "DVS-B", "DVS-I"), "dvc": ("DVC", "DVC-B", "DVS-I")}


def R(kind, value, *probes, ch=None, ocr=False):
    probes = probes or (value,)
    it = {"kind": kind, "value": value,
          "probes": [dict({"text": p, "word": True, "after": 0}, **({"ocr": True} if ocr else {})) for p in probes]}
    if ch:
        it["channel"] = ch
    if ocr:
        it["channel"] = "ocr"
    return it


def K(kind, value, *probes):
    probes = probes or (value,)
    return {"kind": kind, "value": value, "probes": [{"text": p, "word": True} for p in probes]}


@dataclass
class Doc:
    stem: str
    title: str
    lines: list
    redact: list
    keep: list
    font: str = "helv"
    size: float = 10
    producer: str = "ReportLab PDF Library - www.reportlab.com"
    creator: str = "Microsoft Word"
    kind: str = "text"          # text | scan | docx
    author: str | None = None   # Info /Author
    xmp_creator: str | None = None
    outline: list = field(default_factory=list)   # (title, page_index)
    annots: list = field(default_factory=list)    # (page_index, T, Contents)
    form: list = field(default_factory=list)      # (label, name, value) drawn after the lines
    rotate: float = 0.6

    # ---------------------------------------------------------------- layout
    def _render_rl(self, out: Path):
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.utils import simpleSplit
        from reportlab.pdfgen import canvas
        _fonts()
        reg, bold, ital = FONTSETS[self.font]
        W, H = A4
        L, Rm, T, B = 62, 62, 60, 60
        tw = W - L - Rm
        c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
        c.setTitle(self.title)
        y = H - T
        fs = self.size
        lead = fs * 1.35

        def newpage():
            nonlocal y
            c.showPage()
            y = H - T

        def need(h):
            if y - h < B:
                newpage()

        for raw in self.lines:
            if raw == "~~":
                newpage()
                continue
            if raw == "":
                y -= lead * 0.6
                continue
            if raw == "---":
                need(8)
                c.setLineWidth(0.5)
                c.line(L, y + 3, W - Rm, y + 3)
                y -= 8
                continue
            if raw.startswith("|"):
                hdr = raw.startswith("|!")
                cells = [x.strip() for x in raw[2 if hdr else 1:].split("|")]
                f = bold if hdr else reg
                cs = fs - 1
                n = len(cells)
                cw = tw / n
                wrapped = [simpleSplit(x, f, cs, cw - 6) or [""] for x in cells]
                h = max(len(w) for w in wrapped) * cs * 1.3 + 3
                need(h)
                for i, w in enumerate(wrapped):
                    yy = y - cs
                    for ln in w:
                        if ln.startswith("@"):
                            c.setFont("DVS-I", cs + 4)
                            c.drawString(L + i * cw + 2, yy, ln[1:])
                            yy -= cs * 1.3
                            continue
                        c.setFont(f, cs)
                        c.drawString(L + i * cw + 2, yy, ln)
                        yy -= cs * 1.3
                c.setLineWidth(0.3)
                c.line(L, y - h + 1, W - Rm, y - h + 1)
                y -= h
                continue
            f, s, ind = reg, fs, 0
            txt = raw
            if raw.startswith("# "):
                f, s, txt = bold, fs + 4, raw[2:]
            elif raw.startswith("## "):
                f, s, txt = bold, fs + 1, raw[3:]
            elif raw.startswith("> "):
                ind, txt = 18, raw[2:]
            elif raw.startswith("@@"):
                f, s, txt = "DVS-I", fs + 5, raw[2:]
            elif raw.startswith("//"):
                f, txt = ital, raw[2:]
            for ln in simpleSplit(txt, f, s, tw - ind) or [""]:
                need(s * 1.35)
                c.setFont(f, s)
                c.drawString(L + ind, y - s, ln)
                y -= s * 1.35
            if raw.startswith("#"):
                y -= 4
        if self.form:
            from reportlab.lib.colors import black, white
            need(len(self.form) * 26 + 10)
            for label, name, value in self.form:
                c.setFont(reg, fs)
                c.drawString(L, y - 14, label)
                c.acroForm.textfield(name=name, value=value, x=L + 170, y=y - 20, width=tw - 170, height=18,
                                     borderColor=black, fillColor=white, textColor=black, fontName="Helvetica",
                                     fontSize=9, borderWidth=0.5)
                y -= 26
        c.save()

    def _render_docx(self, out: Path):
        import docx
        from docx.shared import Pt
        d = docx.Document()
        st = d.styles["Normal"]
        st.font.name = "Liberation Sans"
        st.font.size = Pt(self.size)
        d.core_properties.author = ""
        d.core_properties.title = self.title
        table = None
        for raw in self.lines:
            if raw.startswith("|"):
                hdr = raw.startswith("|!")
                cells = [x.strip() for x in raw[2 if hdr else 1:].split("|")]
                if table is None:
                    table = d.add_table(rows=0, cols=len(cells))
                    table.style = "Table Grid"
                row = table.add_row().cells
                for i, x in enumerate(cells):
                    row[i].text = x
                    if hdr:
                        for r in row[i].paragraphs[0].runs:
                            r.bold = True
                continue
            table = None
            if raw == "~~":
                d.add_page_break()
                continue
            if raw in ("", "---"):
                d.add_paragraph("")
                continue
            txt, b, sz = raw, False, None
            if raw.startswith("# "):
                txt, b, sz = raw[2:], True, self.size + 4
            elif raw.startswith("## "):
                txt, b, sz = raw[3:], True, self.size + 1
            elif raw.startswith("> ") or raw.startswith("//"):
                txt = raw[2:]
            p = d.add_paragraph()
            r = p.add_run(txt)
            r.bold = b
            if sz:
                r.font.size = Pt(sz)
        d.save(str(out))

    def build(self) -> Path:
        import pikepdf
        TMP.mkdir(parents=True, exist_ok=True)
        DOCS_DIR.mkdir(exist_ok=True)
        out = DOCS_DIR / f"{self.stem}.pdf"
        raw = TMP / f"{self.stem}-raw.pdf"
        if self.kind == "docx":
            dx = TMP / f"{self.stem}.docx"
            self._render_docx(dx)
            subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s218_lo", "--headless",
                            "--convert-to", "pdf", "--outdir", str(TMP), str(dx)],
                           capture_output=True, timeout=180)
            (TMP / f"{self.stem}.pdf").replace(raw)
        else:
            self._render_rl(raw)
        if self.kind == "scan":
            raw = self._scan(raw)
        with pikepdf.open(str(raw)) as pdf:
            for k in list(pdf.docinfo.keys()):
                del pdf.docinfo[k]
            if "/Metadata" in pdf.Root:
                del pdf.Root["/Metadata"]
            pdf.docinfo["/Title"] = self.title
            pdf.docinfo["/Producer"] = self.producer
            pdf.docinfo["/Creator"] = self.creator
            pdf.docinfo["/CreationDate"] = "D:20260914101500+02'00'"
            if self.author:
                pdf.docinfo["/Author"] = self.author
            if self.xmp_creator:
                with pdf.open_metadata(set_pikepdf_as_editor=False) as m:
                    m["dc:creator"] = [self.xmp_creator]
                    m["dc:title"] = self.title
                    m["pdf:Producer"] = self.producer
            if self.outline:
                with pdf.open_outline() as ol:
                    for t, pg in self.outline:
                        ol.root.append(pikepdf.OutlineItem(t, pg))
            for pg, t, cont in self.annots:
                page = pdf.pages[pg]
                a = pdf.make_indirect(pikepdf.Dictionary(
                    Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text, Rect=[480, 700, 500, 720],
                    T=pikepdf.String(t), Contents=pikepdf.String(cont), Open=False,
                    M=pikepdf.String("D:20260915093000+02'00'")))
                if "/Annots" not in page.obj:
                    page.obj.Annots = pdf.make_indirect(pikepdf.Array())
                page.obj.Annots.append(a)
            pdf.save(str(out), deterministic_id=True)
        return out

    def _scan(self, raw: Path) -> Path:
        import pypdfium2 as pdfium
        from PIL import Image, ImageFilter
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfgen import canvas
        pdf = pdfium.PdfDocument(str(raw))
        out = TMP / f"{self.stem}-scan.pdf"
        c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
        for i in range(len(pdf)):
            im = pdf[i].render(scale=200 / 72).to_pil().convert("L")
            im = im.rotate(self.rotate, resample=Image.BICUBIC, expand=False, fillcolor=255)
            im = im.filter(ImageFilter.GaussianBlur(0.4))
            jp = TMP / f"{self.stem}-p{i}.jpg"
            im.save(jp, "JPEG", quality=72)
            c.drawImage(str(jp), 0, 0, width=A4[0], height=A4[1])
            c.showPage()
        c.save()
        pdf.close()
        return out


COMMON_KEEP = [("PLACE", "Barneveld"), ("PLACE", "Ede"), ("ORG", "Valleitaxi"), ("TERM", "leerlingenvervoer"),
               ("TERM", "perceel 2"), ("TERM", "VOG"), ("TERM", "chauffeurskaart"), ("DATE", "11 juni 2026"),
               ("ORG", "RBL"), ("DATE", "1 september"), ("DATE", "1 oktober 2026"), ("TERM", "route B-07"),
               ("TERM", "ouders"), ("TERM", "leerlingen"), ("TERM", "overeenkomst")]


def _mask(text: str, redact: list) -> str:
    for it in redact:
        if it.get("channel"):
            continue
        for pr in it["probes"]:
            text = probe_regex(pr["text"], pr.get("word", False)).sub(lambda m: "\u2588" * len(m.group(0)), text)
    return text


def make_gold(d: Doc, path: Path):
    problems = []
    text, pages = text_pdfium(path)
    hidden = {it.get("channel") for it in d.redact} - {None}
    chans = extract_channels(path, ocr="auto" if "ocr" in hidden else "off")["channels"] if hidden else {}
    redact = []
    for it in d.redact:
        ch = it.get("channel")
        good = []
        for pr in it["probes"]:
            if ch is None:
                ok = count_in(text, pr) > 0
            else:
                ok = channel_counts(chans, pr).get(ch, 0) > 0
                if ch != "ocr" and count_in(text, pr):
                    problems.append(f"{d.stem}: hidden probe in text {pr['text']!r}")
            if ok:
                good.append(pr)
            elif ch == "ocr":
                print(f"  {d.stem}: OCR misses {pr['text']!r} (dropped)")
            else:
                problems.append(f"{d.stem}: redact probe {pr['text']!r} not found in {ch or 'pdfium'}")
        if good:
            redact.append(dict(it, probes=good))
    masked = _mask(text, d.redact)
    keep = []
    for it in d.keep:
        prs = []
        for pr in it["probes"]:
            n = count_in(text, pr)
            if n == 0:
                problems.append(f"{d.stem}: keep probe {pr['text']!r} not in text")
                continue
            if count_in(masked, pr) != n:
                problems.append(f"{d.stem}: keep probe {pr['text']!r} overlaps a redact probe")
                continue
            prs.append(dict(pr, after=n))
        if prs:
            keep.append(dict(it, probes=prs))
    have = {pr["text"] for it in d.keep for pr in it["probes"]}
    for kind, val in COMMON_KEEP:
        if val in have:
            continue
        pr = {"text": val, "word": True}
        n = count_in(text, pr)
        if n and count_in(masked, pr) == n:
            keep.append({"kind": kind, "value": val, "probes": [dict(pr, after=n)]})
    gold = {"doc": path.name, "pages": pages, "redact": redact, "keep": keep}
    return gold, problems
