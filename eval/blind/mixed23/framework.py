"""Framework for blind set AG (mixed23): producers, hidden channels, gold writing.
Written fresh for this set; uses only the evaluator's own extraction functions for counting."""
from __future__ import annotations

import hashlib
import io
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent
DOCS = ROOT / "docs"
GOLD = ROOT / "gold"
BUILD = Path(tempfile.gettempdir()) / "mixed23_build"
sys.path.insert(0, "/work/shared/eval")
from evaluate import (norm, count_in, probe_regex, text_pdfium, text_pdftotext,  # noqa: E402
                      text_pdfplumber, meta_outline_annots, ocr_text, ocr_count, image_pages)

FIXED_DATE = "D:20250612093000+02'00'"
REG: list = []  # (name, builder, redact, keep, scan)


def register(name, redact, keep, scan=False):
    def deco(fn):
        REG.append((name, fn, redact, keep, scan))
        return fn
    return deco


def P(kind, *probes, value=None):
    """A redact item: first probe is the value unless value= given. A probe may be (text, after)."""
    ps = list(probes)
    v = value or (ps[0][0] if isinstance(ps[0], tuple) else ps[0])
    return (kind, v, ps)


# ------------------------------------------------------------------ producers
def _run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, timeout=240, **kw)
    if r.returncode != 0:
        raise RuntimeError(f"{cmd[0]} failed: {r.stderr.decode(errors='replace')[-800:]}")
    return r


def chromium(html: str, out: Path):
    BUILD.mkdir(parents=True, exist_ok=True)
    src = BUILD / (out.stem + ".html")
    src.write_text(html, encoding="utf-8")
    prof = BUILD / "chromium-profile"
    _run(["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
          f"--user-data-dir={prof}", f"--print-to-pdf={out}", src.as_uri()])


def soffice(src: Path, out: Path, opts: str | None = None):
    BUILD.mkdir(parents=True, exist_ok=True)
    prof = BUILD / "lo-profile"
    conv = "pdf" if not opts else "pdf:" + opts
    od = BUILD / "lo-out"
    od.mkdir(exist_ok=True)
    _run(["soffice", f"-env:UserInstallation={prof.as_uri()}", "--headless", "--convert-to", conv,
          "--outdir", str(od), str(src)])
    shutil.move(str(od / (src.stem + ".pdf")), str(out))


WRITER_MARGIN = ('writer_pdf_Export:{"ExportNotesInMargin":{"type":"boolean","value":"true"},'
                 '"ExportNotes":{"type":"boolean","value":"true"}}')


def gs_redistill(src: Path, out: Path):
    _run(["gs", "-q", "-sDEVICE=pdfwrite", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-dCompatibilityLevel=1.6",
          f"-sOutputFile={out}", str(src)])


def scan(src: Path, out: Path, seed: int, dpi=200, angle=0.6, quality=55):
    """Render pages, add noise/rotation/grey paper, write an image-only PDF."""
    from PIL import Image, ImageFilter
    import numpy as np
    rng = np.random.default_rng(seed)
    td = Path(tempfile.mkdtemp(prefix="ag-scan-"))
    _run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(src), str(td / "p")])
    pages = []
    for i, f in enumerate(sorted(td.glob("p*.png"))):
        im = Image.open(f).convert("L")
        a = np.asarray(im).astype(np.float32)
        a = a * 0.93 + 10 + rng.normal(0, 9, a.shape)
        im = Image.fromarray(np.clip(a, 0, 255).astype("uint8"))
        im = im.rotate(angle * (1 if i % 2 == 0 else -0.7), resample=Image.BICUBIC, expand=False, fillcolor=235)
        im = im.filter(ImageFilter.GaussianBlur(0.4))
        pages.append(im)
    pages[0].save(out, "PDF", save_all=True, append_images=pages[1:], resolution=dpi, quality=quality)
    shutil.rmtree(td, ignore_errors=True)


def hidden(path: Path, info: dict | None = None, xmp_creator: str | None = None, annots=(), outline=(),
           links=(), fields=()):
    """Add hidden channels with pikepdf. annots: (page, author, text, x, y); outline: titles (str or
    (title, page)); links: (page, uri, rect); fields: (page, name, value, rect)."""
    import pikepdf
    from pikepdf import Dictionary, Name, Array, String
    pdf = pikepdf.open(str(path), allow_overwriting_input=True)
    if info is not None:
        for k, v in info.items():
            pdf.docinfo[Name("/" + k)] = String(v)
    if xmp_creator:
        with pdf.open_metadata(set_pikepdf_as_editor=False) as m:
            m["dc:creator"] = [xmp_creator]
            if info and "Title" in info:
                m["dc:title"] = info["Title"]
    for (pg, author, text, x, y) in annots:
        page = pdf.pages[pg]
        popup = pdf.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Popup,
                                             Rect=Array([x + 20, y - 80, x + 220, y]), Open=False))
        a = pdf.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Text, Rect=Array([x, y, x + 18, y + 18]),
                                         T=String(author), Contents=String(text), Name=Name.Comment,
                                         M=String(FIXED_DATE), C=Array([1, 0.9, 0.2]), Popup=popup, F=4))
        popup.Parent = a
        if "/Annots" not in page.obj:
            page.obj.Annots = pdf.make_indirect(Array())
        page.obj.Annots.append(a)
        page.obj.Annots.append(popup)
    for (pg, uri, rect) in links:
        page = pdf.pages[pg]
        a = pdf.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Link, Rect=Array(rect),
                                         Border=Array([0, 0, 0]),
                                         A=Dictionary(S=Name.URI, URI=String(uri))))
        if "/Annots" not in page.obj:
            page.obj.Annots = pdf.make_indirect(Array())
        page.obj.Annots.append(a)
    if fields:
        af_fields = Array()
        for (pg, name, value, rect) in fields:
            page = pdf.pages[pg]
            f = pdf.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Widget, FT=Name.Tx,
                                             T=String(name), V=String(value), Rect=Array(rect), F=4,
                                             DA=String("/Helv 9 Tf 0 g"), P=page.obj))
            if "/Annots" not in page.obj:
                page.obj.Annots = pdf.make_indirect(Array())
            page.obj.Annots.append(f)
            af_fields.append(f)
        pdf.Root.AcroForm = Dictionary(Fields=af_fields, NeedAppearances=True,
                                       DR=Dictionary(Font=Dictionary(Helv=Dictionary(
                                           Type=Name.Font, Subtype=Name.Type1, BaseFont=Name.Helvetica))),
                                       DA=String("/Helv 9 Tf 0 g"))
    if outline:
        with pdf.open_outline() as ol:
            for t in outline:
                title, pg = (t, 0) if isinstance(t, str) else t
                ol.root.append(pikepdf.OutlineItem(title, pg))
    pdf.save(str(path), deterministic_id=True)
    pdf.close()


# ------------------------------------------------------------------ gold
TEXT_CHANNELS = ("pdfium", "pdftotext", "pdfplumber")


def channels(path: Path, scan_doc: bool):
    ch = {}
    ch["pdfium"], n = text_pdfium(path)
    ch["pdftotext"] = text_pdftotext(path)
    ch["pdfplumber"] = text_pdfplumber(path)
    ch["metadata"], ch["outline"], ch["annotations"] = meta_outline_annots(path)
    if scan_doc:
        td = Path(tempfile.mkdtemp(prefix="ag-ocr-"))
        ch["ocr"] = ocr_text(path, td, image_pages(path))
        shutil.rmtree(td, ignore_errors=True)
    return ch, n


def probe_counts(ch, pr):
    out = {}
    for k, v in ch.items():
        if k == "ocr":
            continue
        c = count_in(v, pr)
        if c:
            out[k] = c
    return out


def make_gold(name, redact, keep, scan_doc, log):
    path = DOCS / name
    ch, n = channels(path, scan_doc)
    g = {"doc": name, "pages": n, "redact": [], "keep": []}
    for kind, value, probes in redact:
        plist = []
        for p in probes:
            text, after = (p if isinstance(p, tuple) else (p, 0))
            pr = {"text": text, "word": True, "after": after}
            if scan_doc:
                pr["ocr"] = True
                if ocr_count(ch["ocr"], pr) <= after:
                    log.append(f"{name}: OCR does not read redact probe {text!r} (dropped)")
                    continue
            else:
                cc = probe_counts(ch, pr)
                if not cc or max(cc.values()) <= after:
                    log.append(f"{name}: redact probe {text!r} not found (dropped)")
                    continue
                if not any(k in cc for k in TEXT_CHANNELS):
                    pr["channel"] = sorted(cc)[0]
            if pr not in plist:
                plist.append(pr)
        if plist:
            g["redact"].append({"kind": kind, "value": value, "probes": plist})
    if not scan_doc:
        spans_r = []
        for item in g["redact"]:
            for pr in item["probes"]:
                for m in probe_regex(pr["text"], True).finditer(ch["pdfium"]):
                    spans_r.append((m.start(), m.end(), pr["text"]))
        for kind, vals in keep.items():
            for v in vals:
                pr = {"text": v, "word": True}
                c = count_in(ch["pdfium"], pr)
                if c == 0:
                    log.append(f"{name}: keep probe {v!r} not in pdfium text (dropped)")
                    continue
                for m in probe_regex(v, True).finditer(ch["pdfium"]):
                    for (a, b, t) in spans_r:
                        if a < m.end() and m.start() < b:
                            log.append(f"{name}: CONFLICT keep {v!r} overlaps redact {t!r}")
                pr["after"] = c
                g["keep"].append({"kind": kind, "value": v, "probes": [pr]})
    (GOLD / (Path(name).stem + ".json")).write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n",
                                                     encoding="utf-8")
    return g


# ------------------------------------------------------------------ html helpers
CSS = """
@page { size: A4; margin: 18mm 18mm 20mm 20mm; }
body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 9.5pt; line-height: 1.35; color: #111; }
h1 { font-size: 15pt; margin: 0 0 6pt 0; } h2 { font-size: 11.5pt; margin: 12pt 0 4pt 0; }
h3 { font-size: 10pt; margin: 8pt 0 3pt 0; }
table { border-collapse: collapse; width: 100%; margin: 4pt 0 8pt 0; }
td, th { border: 0.6pt solid #777; padding: 2pt 4pt; vertical-align: top; text-align: left; }
th { background: #dde3ea; } .small { font-size: 8pt; } .grey { background: #e6e6e6; }
.noborder td { border: none; } .muted { color: #555; }
"""


def html_page(body: str, extra_css: str = "", title: str = "document") -> str:
    return (f"<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><title>{title}</title>"
            f"<style>{CSS}{extra_css}</style></head><body>{body}</body></html>")


def table(rows, header=None, cls="", widths=None):
    h = ""
    if widths:
        h += "<colgroup>" + "".join(f"<col style='width:{w}'>" for w in widths) + "</colgroup>"
    if header:
        h += "<tr>" + "".join(f"<th>{c}</th>" for c in header) + "</tr>"
    for r in rows:
        h += "<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>"
    return f"<table class='{cls}'>{h}</table>"


MOTIVATION = ("<h2>Informatie die niet openbaar gemaakt kan worden</h2><p><b>Motivering</b></p>"
              "<p>{txt}</p>")
