"""Rendering and gold framework of set AP (mixed32). Written for this set.

Document text carries inline marks:  [[K:text]]  personal data to redact,  {{K:text}}  text that must stay.
Each document is rendered twice by the same producer: the original, and a 'masked' twin in which every
[[...]] span is left out. A probe's `after` is its count (evaluator functions) in the masked twin, so a
redact probe that also occurs as a place or word elsewhere, and a keep probe that also sits inside a name,
get exact counts. `orig` (an extra key the evaluator ignores) is the count in the original.
"""
from __future__ import annotations

import html
import io
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import (norm, count_in, extract_channels, channel_counts, text_pdfium,  # noqa: E402
                      ocr_text, ocr_count)

KINDS = {"P": "PERSON", "E": "EMAIL", "T": "PHONE", "B": "BSN", "I": "IBAN", "A": "ADDRESS",
         "D": "DATE_OF_BIRTH", "C": "CLIENT_NUMBER", "S": "PARAPH", "N": "ID",
         "O": "ORG", "L": "LAW", "G": "PLACE", "R": "ROLE", "H": "OFFICE_HOLDER", "M": "MAILBOX",
         "W": "SWITCHBOARD", "Q": "PROGRAMME", "Y": "DATE", "Z": "AMOUNT", "K": "TERM", "V": "SPOKESPERSON"}
HIDDEN_CH = ("metadata", "outline", "annotations", "qpdf_raw", "raw_file")
MARK = re.compile(r"\[\[(\w):(.+?)\]\]|\{\{(\w):(.+?)\}\}")
FONT = "/usr/share/fonts/truetype/dejavu/"


# ------------------------------------------------------------------ valid identifiers
def bsn(seed: int) -> str:
    rnd = random.Random(seed * 7919 + 3)
    while True:
        d = [rnd.randint(1, 9)] + [rnd.randint(0, 9) for _ in range(7)]
        s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        last = s % 11
        if last < 10:
            return "".join(map(str, d + [last]))


def iban(seed: int, bank: str = "INGB") -> str:
    rnd = random.Random(seed * 104729 + 11)
    acct = "".join(str(rnd.randint(0, 9)) for _ in range(10))
    num = "".join(str(int(c, 36)) for c in bank + acct + "NL00")
    chk = 98 - int(num) % 97
    s = f"NL{chk:02d}{bank}{acct}"
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


# ------------------------------------------------------------------ marks
def segments(text: str):
    pos, out = 0, []
    for m in MARK.finditer(text):
        if m.start() > pos:
            out.append((text[pos:m.start()], None, None))
        if m.group(1):
            out.append((m.group(2), "r", m.group(1)))
        else:
            out.append((m.group(4), "k", m.group(3)))
        pos = m.end()
    if pos < len(text):
        out.append((text[pos:], None, None))
    return out


def plain(text: str, masked: bool = False) -> str:
    return "".join(t for t, mode, _ in segments(text) if not (masked and mode == "r"))


class Doc:
    def __init__(self, name, producer, blocks, title="", author=None, annots=(), outline=(), fields=(),
                 attach=(), scan=None, footer="", subject=None, seed=0):
        self.name, self.producer, self.blocks, self.title = name, producer, blocks, title
        self.author, self.annots, self.outline, self.fields, self.attach = author, annots, outline, fields, attach
        self.scan, self.footer, self.subject, self.seed = scan, footer, subject, seed

    def all_strings(self):
        for b in self.blocks:
            kind, val = b[0], b[1]
            if kind == "t":
                for row in val:
                    for c in row:
                        yield c, False
            elif kind == "kv":
                for k, v in val:
                    yield k, False
                    yield v, False
            else:
                yield val, False
        for s in (self.author, self.subject):
            if s:
                yield s, True
        for a in self.annots:
            yield a[0], True
            if len(a) > 1 and a[1]:
                yield a[1], True
        for s in self.outline:
            yield s, True
        for f in self.fields:
            yield f[1], True
        for a in self.attach:
            yield a, True

    def probes(self):
        red, keep = {}, {}
        for s, hidden in self.all_strings():
            for t, mode, k in segments(s):
                if mode == "r":
                    red.setdefault((KINDS[k], t), hidden)
                    red[(KINDS[k], t)] = red[(KINDS[k], t)] and hidden
                elif mode == "k":
                    keep.setdefault((KINDS[k], t), True)
        return red, keep


# ------------------------------------------------------------------ producers
def _esc(s):
    return html.escape(s, quote=False)


def render_reportlab(doc: Doc, masked: bool, out: Path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, Preformatted
    for n, f in (("DV", "DejaVuSans.ttf"), ("DVB", "DejaVuSans-Bold.ttf"), ("DVM", "DejaVuSansMono.ttf"),
                 ("DVC", "DejaVuSansCondensed.ttf")):
        try:
            pdfmetrics.getFont(n)
        except KeyError:
            pdfmetrics.registerFont(TTFont(n, FONT + f))
    base = "DVC" if doc.seed % 2 else "DV"
    st = ParagraphStyle("b", fontName=base, fontSize=9.5, leading=12.5, spaceAfter=4)
    sh = ParagraphStyle("h", fontName="DVB", fontSize=12, leading=15, spaceBefore=6, spaceAfter=5)
    sh2 = ParagraphStyle("h2", fontName="DVB", fontSize=10, leading=13, spaceBefore=4, spaceAfter=3)
    sc = ParagraphStyle("c", fontName=base, fontSize=8, leading=10)
    sm = ParagraphStyle("m", fontName="DVM", fontSize=8.2, leading=10.5)
    P = lambda s, sty=st: Paragraph(_esc(plain(s, masked)).replace("\n", "<br/>"), sty)
    flow = []
    for b in doc.blocks:
        k, v = b[0], b[1]
        if k == "h":
            flow.append(P(v, sh))
        elif k == "h2":
            flow.append(P(v, sh2))
        elif k == "p":
            flow.append(P(v))
        elif k == "small":
            flow.append(P(v, sc))
        elif k == "pre":
            flow.append(Preformatted(plain(v, masked), sm))
            flow.append(Spacer(1, 4))
        elif k == "sp":
            flow.append(Spacer(1, v))
        elif k in ("t", "kv"):
            rows = v if k == "t" else [list(x) for x in v]
            data = [[P(c, sc) for c in row] for row in rows]
            ncol = max(len(r) for r in rows)
            widths = b[2] if len(b) > 2 else None
            if widths:
                widths = [w * mm for w in widths]
            t = Table(data, colWidths=widths, hAlign="LEFT")
            ts = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 3),
                  ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
            if k == "t":
                ts += [("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                       ("BACKGROUND", (0, 0), (ncol - 1, 0), colors.HexColor("#dde4ee"))]
            t.setStyle(TableStyle(ts))
            flow.append(t)
            flow.append(Spacer(1, 6))

    def on_page(c, d):
        c.saveState()
        c.setFont("DV", 7.5)
        if doc.footer:
            c.drawString(20 * mm, 10 * mm, plain(doc.footer, masked))
        c.drawRightString(190 * mm, 10 * mm, f"Pagina {d.page}")
        c.restoreState()

    sd = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                           bottomMargin=18 * mm, title=plain(doc.title), author="", creator="", producer="")
    sd.build(flow, onFirstPage=on_page, onLaterPages=on_page)


def to_html(doc: Doc, masked: bool) -> str:
    H = lambda s: _esc(plain(s, masked)).replace("\n", "<br>")
    out = ["<!doctype html><html lang='nl'><head><meta charset='utf-8'><title>%s</title><style>" % _esc(plain(doc.title)),
           "body{font-family:'DejaVu Sans',Arial,sans-serif;font-size:10.5pt;margin:0 6mm;color:#111}"
           "h1{font-size:15pt;color:#154273;margin:4px 0 8px}h2{font-size:11.5pt;margin:10px 0 4px}"
           "table{border-collapse:collapse;margin:6px 0;font-size:9pt}td,th{border:1px solid #999;padding:2px 5px;"
           "vertical-align:top;text-align:left}th{background:#e5ecf5}table.kv td{border:none;padding:1px 8px 1px 0}"
           "pre{font-family:'DejaVu Sans Mono',monospace;font-size:8.8pt;white-space:pre-wrap}"
           ".small{font-size:8pt;color:#444}@page{size:A4;margin:16mm 14mm}"
           "</style></head><body>"]
    for b in doc.blocks:
        k, v = b[0], b[1]
        if k == "h":
            out.append(f"<h1>{H(v)}</h1>")
        elif k == "h2":
            out.append(f"<h2>{H(v)}</h2>")
        elif k == "p":
            out.append(f"<p>{H(v)}</p>")
        elif k == "small":
            out.append(f"<p class='small'>{H(v)}</p>")
        elif k == "pre":
            out.append(f"<pre>{_esc(plain(v, masked))}</pre>")
        elif k == "sp":
            out.append("<div style='height:%dpx'></div>" % v)
        elif k == "t":
            out.append("<table>")
            for i, row in enumerate(v):
                tag = "th" if i == 0 else "td"
                out.append("<tr>" + "".join(f"<{tag}>{H(c)}</{tag}>" for c in row) + "</tr>")
            out.append("</table>")
        elif k == "kv":
            out.append("<table class='kv'>" + "".join(f"<tr><td><b>{H(a)}</b></td><td>{H(c)}</td></tr>" for a, c in v)
                       + "</table>")
    if doc.footer:
        out.append(f"<p class='small'>{H(doc.footer)}</p>")
    out.append("</body></html>")
    return "\n".join(out)


def render_chromium(doc: Doc, masked: bool, out: Path, tmp: Path):
    src = tmp / (out.stem + ".html")
    src.write_text(to_html(doc, masked), encoding="utf-8")
    subprocess.run(["nice", "-n", "10", "chromium", "--headless", "--no-sandbox", "--disable-gpu",
                    "--no-pdf-header-footer", f"--user-data-dir={tmp}/chr", f"--print-to-pdf={out}", src.as_uri()],
                   capture_output=True, timeout=180)


def make_docx(doc: Doc, masked: bool, out: Path):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    stl = d.styles["Normal"]
    stl.font.name = "Liberation Sans" if doc.seed % 2 else "DejaVu Sans"
    stl.font.size = Pt(10)
    if doc.footer:
        d.sections[0].footer.paragraphs[0].text = plain(doc.footer, masked)
    for b in doc.blocks:
        k, v = b[0], b[1]
        if k == "h":
            d.add_heading(plain(v, masked), level=1)
        elif k == "h2":
            d.add_heading(plain(v, masked), level=2)
        elif k in ("p", "small"):
            p = d.add_paragraph()
            lines = plain(v, masked).split("\n")
            for i, ln in enumerate(lines):
                r = p.add_run(ln)
                if k == "small":
                    r.font.size = Pt(8)
                if i < len(lines) - 1:
                    r.add_break()
        elif k == "pre":
            for ln in plain(v, masked).split("\n"):
                p = d.add_paragraph()
                r = p.add_run(ln)
                r.font.name = "DejaVu Sans Mono"
                r.font.size = Pt(8.5)
                p.paragraph_format.space_after = Pt(0)
        elif k == "sp":
            d.add_paragraph("")
        elif k in ("t", "kv"):
            rows = v if k == "t" else [list(x) for x in v]
            ncol = max(len(r) for r in rows)
            t = d.add_table(rows=len(rows), cols=ncol)
            if k == "t":
                t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, c in enumerate(row):
                    cell = t.cell(i, j)
                    cell.text = plain(c, masked)
                    for p in cell.paragraphs:
                        for r in p.runs:
                            r.font.size = Pt(8.5)
                            if i == 0 and k == "t":
                                r.bold = True
            d.add_paragraph("")
    d.core_properties.author = ""
    d.core_properties.title = plain(doc.title)
    d.save(out)


def render_soffice(jobs, tmp: Path):
    """jobs: list of (docx path, wanted pdf path); one soffice run for all."""
    if not jobs:
        return
    outdir = tmp / "lo_out"
    outdir.mkdir(exist_ok=True)
    subprocess.run(["nice", "-n", "10", "soffice", f"-env:UserInstallation=file://{tmp}/lo_prof", "--headless",
                    "--convert-to", "pdf", "--outdir", str(outdir)] + [str(j[0]) for j in jobs],
                   capture_output=True, timeout=900)
    for src, dst in jobs:
        shutil.move(str(outdir / (src.stem + ".pdf")), dst)


def scanify(pdf: Path, out: Path, mode: str, seed: int, tmp: Path):
    """Render at 200 dpi, grey, small skew, noise and speckles; mode 'image' = image-only PDF,
    'ocr' = tesseract PDF with an invisible text layer."""
    from PIL import Image, ImageFilter
    pref = tmp / (out.stem + "-scan")
    subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", str(pdf), str(pref)], check=True)
    pages = sorted(tmp.glob(out.stem + "-scan*.png"))
    rnd = random.Random(seed)
    imgs = []
    for i, p in enumerate(pages):
        im = Image.open(p).convert("L")
        ang = rnd.uniform(-1.1, 1.1)
        im = im.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=250)
        px = im.load()
        w, h = im.size
        r2 = random.Random(seed * 31 + i)
        for _ in range(w * h // 180):
            x, y = r2.randrange(w), r2.randrange(h)
            px[x, y] = max(0, min(255, px[x, y] + r2.randint(-90, 40)))
        for _ in range(60):
            x, y = r2.randrange(w - 3), r2.randrange(h - 3)
            for dx in range(2):
                for dy in range(2):
                    px[x + dx, y + dy] = 60
        im = im.filter(ImageFilter.GaussianBlur(0.45))
        q = tmp / f"{out.stem}-n{i}.png"
        im.save(q, dpi=(200, 200))
        imgs.append(q)
    if mode == "image":
        ims = [Image.open(q).convert("L") for q in imgs]
        ims[0].save(out, "PDF", resolution=200, save_all=True, append_images=ims[1:])
    else:
        lst = tmp / f"{out.stem}-list.txt"
        lst.write_text("\n".join(str(q) for q in imgs) + "\n")
        base = tmp / f"{out.stem}-ocr"
        subprocess.run(["nice", "-n", "10", "tesseract", str(lst), str(base), "-l", "nld", "pdf"],
                       capture_output=True, check=True, timeout=600)
        shutil.move(str(base) + ".pdf", out)


def add_hidden(doc: Doc, pdf: Path):
    import pikepdf
    from pikepdf import Dictionary, Name, Array, String
    with pikepdf.open(str(pdf), allow_overwriting_input=True) as p:
        with p.open_metadata(set_pikepdf_as_editor=False) as md:
            pass
        info = p.docinfo
        for key in ("/Author", "/Creator", "/Title", "/Subject"):
            pass
        if doc.author:
            info["/Author"] = plain(doc.author)
        if doc.subject:
            info["/Subject"] = plain(doc.subject)
        if doc.title:
            info["/Title"] = plain(doc.title)
        pg = p.pages[0]
        annots = pg.obj.get("/Annots")
        if annots is None:
            pg.obj["/Annots"] = Array()
            annots = pg.obj["/Annots"]
        for i, a in enumerate(doc.annots):
            contents, who = a[0], (a[1] if len(a) > 1 else None)
            d = Dictionary(Type=Name.Annot, Subtype=Name.Text, Rect=Array([500, 760 - 30 * i, 520, 780 - 30 * i]),
                           Contents=String(plain(contents)), Open=False, C=Array([1, 0.85, 0.2]))
            if who:
                d["/T"] = String(plain(who))
            annots.append(p.make_indirect(d))
        if doc.fields:
            fl = Array()
            for i, (fname, val) in enumerate(doc.fields):
                f = Dictionary(Type=Name.Annot, Subtype=Name.Widget, FT=Name.Tx, T=String(fname),
                               V=String(plain(val)), Rect=Array([0, 0, 0, 0]), F=2, P=pg.obj)
                f = p.make_indirect(f)
                annots.append(f)
                fl.append(f)
            p.Root["/AcroForm"] = Dictionary(Fields=fl, NeedAppearances=True)
        if doc.outline:
            with p.open_outline() as ol:
                for t in doc.outline:
                    ol.root.append(pikepdf.OutlineItem(plain(t), 0))
        for a in doc.attach:
            fn = plain(a)
            p.attachments[fn] = pikepdf.AttachedFileSpec(p, b"bijlage " + fn.encode("utf-8"), filename=fn)
        if not len(annots):
            del pg.obj["/Annots"]
        p.save(str(pdf))


# ------------------------------------------------------------------ build
def build_all(docs, root: Path, clean: bool = True):
    docdir, golddir = root / "docs", root / "gold"
    for d in (docdir, golddir):
        if clean and d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="ap-build-"))
    masks = {}
    lo_jobs = []
    try:
        for doc in docs:
            orig, mask = docdir / doc.name, tmp / ("masked-" + doc.name)
            masks[doc.name] = mask
            for m, target in ((False, orig), (True, mask)):
                raw = target if not doc.scan else tmp / (("m-" if m else "o-") + doc.name)
                if doc.producer == "reportlab":
                    render_reportlab(doc, m, raw)
                elif doc.producer == "chromium":
                    render_chromium(doc, m, raw, tmp)
                elif doc.producer == "soffice":
                    dx = tmp / (("m_" if m else "o_") + Path(doc.name).stem + ".docx")
                    make_docx(doc, m, dx)
                    lo_jobs.append((dx, raw))
        render_soffice(lo_jobs, tmp)
        for doc in docs:
            if doc.scan:
                for m, target in ((False, docdir / doc.name), (True, masks[doc.name])):
                    scanify(tmp / (("m-" if m else "o-") + doc.name), target, doc.scan, doc.seed + (0 if m else 0), tmp)
            add_hidden(doc, docdir / doc.name)
        report = []
        for doc in docs:
            report.append(make_gold(doc, docdir / doc.name, masks[doc.name], golddir))
        return report
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def make_gold(doc: Doc, orig: Path, mask: Path, golddir: Path):
    red, keep = doc.probes()
    image_only = doc.scan == "image"
    och = extract_channels(orig, ocr="auto" if image_only else "off")["channels"]
    mtext, npages = text_pdfium(mask)
    if image_only:
        with tempfile.TemporaryDirectory() as td:
            ment = ocr_text(mask, Path(td), list(range(1, npages + 1)))
        oent = och.get("ocr", [])
    gold = {"doc": doc.name, "pages": text_pdfium(orig)[1], "producer": doc.producer + (
        f"+scan-{doc.scan}" if doc.scan else ""), "redact": [], "keep": []}
    dropped, hidden_only, ocr_only = [], 0, 0
    for (kind, t), hidden in red.items():
        pr = {"text": t, "word": True}
        if image_only and not hidden:
            pr["ocr"] = True
            o, a = ocr_count(oent, pr), ocr_count(ment, pr)
            if o <= a:
                dropped.append(t)
                continue
            ocr_only += 1
        else:
            o, a = count_in(och["pdfium"], pr), count_in(mtext, pr)
            if hidden:
                a = 0
                if not any(channel_counts(och, pr).get(c) for c in ("metadata", "outline", "annotations",
                                                                   "qpdf_raw", "raw_file")):
                    dropped.append(t)
                    continue
                if o == 0:
                    hidden_only += 1
            elif o <= a:
                dropped.append(t)
                continue
        pr["after"] = a
        pr["orig"] = o
        gold["redact"].append({"kind": kind, "value": t, "probes": [pr]})
    for (kind, t), _ in keep.items():
        if image_only:
            continue
        pr = {"text": t, "word": True}
        o, a = count_in(och["pdfium"], pr), count_in(mtext, pr)
        if a < 1 or o < a:
            dropped.append("keep:" + t)
            continue
        pr["after"], pr["orig"] = a, o
        gold["keep"].append({"kind": kind, "value": t, "probes": [pr]})
    (golddir / (Path(doc.name).stem + ".json")).write_text(json.dumps(gold, ensure_ascii=False, indent=1),
                                                          encoding="utf-8")
    return {"doc": doc.name, "pages": gold["pages"], "redact": len(gold["redact"]), "keep": len(gold["keep"]),
            "hidden_only": hidden_only, "ocr_only": ocr_only, "dropped": dropped}
