"""Producers (Chromium, LibreOffice, reportlab, scans), hidden channels and gold computation for set AN.

Probe counts are computed with the evaluator's own functions (imported from /work/shared/eval/evaluate.py)."""
from __future__ import annotations

import html as _html
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
GOLD = HERE / "gold"
WORK = Path(os.environ.get("AN_WORK", "/tmp/an_build"))
EVAL = Path(os.environ.get("WOO_EVAL", "/work/shared/eval"))
sys.path.insert(0, str(EVAL))
import evaluate as ev  # noqa: E402

TEXT = ("pdfium", "pdfplumber", "pdftotext")


def esc(s: str) -> str:
    return _html.escape(s, quote=True)


# --------------------------------------------------------------------------------------------
# producers
# --------------------------------------------------------------------------------------------
def chromium_pdf(html: str, out: Path) -> Path:
    WORK.mkdir(parents=True, exist_ok=True)
    src = WORK / (out.stem + ".html")
    src.write_text(html, encoding="utf-8")
    prof = WORK / "chrome-profile"
    cmd = ["nice", "-n", "10", "chromium", "--headless", "--no-sandbox", "--disable-gpu",
           f"--user-data-dir={prof}", "--no-pdf-header-footer", f"--print-to-pdf={out}",
           src.as_uri()]
    subprocess.run(cmd, capture_output=True, timeout=180)
    if not out.exists():
        raise RuntimeError(f"chromium failed for {out}")
    return out


def soffice_pdf(src: Path, out: Path, filt: str = "pdf") -> Path:
    od = WORK / "so_out"
    od.mkdir(parents=True, exist_ok=True)
    prof = WORK / "so-profile"
    cmd = ["nice", "-n", "10", "soffice", f"-env:UserInstallation={prof.as_uri()}", "--headless",
           "--convert-to", filt, "--outdir", str(od), str(src)]
    subprocess.run(cmd, capture_output=True, timeout=300)
    res = od / (src.stem + ".pdf")
    if not res.exists():
        raise RuntimeError(f"soffice failed for {src}")
    shutil.move(str(res), str(out))
    return out


WRITER_COMMENTS = 'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}'
IMPRESS_NOTES = ('pdf:impress_pdf_Export:{"ExportNotesPages":{"type":"boolean","value":"true"},'
                 '"ExportOnlyNotesPages":{"type":"boolean","value":"true"}}')


# --------------------------------------------------------------------------------------------
# scans
# --------------------------------------------------------------------------------------------
def _degrade(img, seed: int, skew: float, noise: int = 18, specks: int = 400):
    from PIL import Image, ImageFilter
    import numpy as np

    rnd = random.Random(seed)
    img = img.convert("L")
    img = img.rotate(skew, resample=Image.BICUBIC, expand=False, fillcolor=255)
    arr = np.asarray(img).astype("int16")
    rng = np.random.default_rng(seed)
    arr = arr + rng.normal(0, noise, arr.shape).astype("int16")
    # a slightly grey paper and darker margins (copier)
    arr = arr - 8
    h, w = arr.shape
    for _ in range(specks):
        y, x = rnd.randrange(h), rnd.randrange(w)
        arr[y:y + rnd.randint(1, 3), x:x + rnd.randint(1, 3)] = rnd.randint(0, 90)
    arr[:, : max(3, w // 120)] -= 60
    arr = arr.clip(0, 255).astype("uint8")
    img = Image.fromarray(arr, "L").filter(ImageFilter.GaussianBlur(0.5))
    return img


def scan_pdf(src: Path, out: Path, seed: int, ocr_layer: bool, skew: float = 0.6, dpi: int = 200,
             noise: int = 18) -> Path:
    """Render src, degrade it like a copier scan and write an image-only PDF (optionally with an
    invisible tesseract text layer)."""
    import pypdfium2 as pdfium
    import pikepdf

    pdf = pdfium.PdfDocument(str(src))
    pages = []
    td = Path(tempfile.mkdtemp(prefix="an-scan-", dir=WORK))
    for i in range(len(pdf)):
        pil = pdf[i].render(scale=dpi / 72).to_pil()
        img = _degrade(pil, seed + i, skew if i % 2 == 0 else -skew * 0.7, noise)
        p = td / f"p{i}.png"
        img.save(p, dpi=(dpi, dpi))
        pages.append(p)
    pdf.close()
    parts = []
    for p in pages:
        if ocr_layer:
            base = p.with_suffix("")
            subprocess.run(["nice", "-n", "10", "tesseract", str(p), str(base), "-l", "nld", "pdf"],
                           capture_output=True, timeout=600)
            parts.append(base.with_suffix(".pdf"))
        else:
            from reportlab.pdfgen import canvas
            from PIL import Image
            w, h = Image.open(p).size
            pw, ph = w * 72 / dpi, h * 72 / dpi
            q = p.with_suffix(".pdf")
            c = canvas.Canvas(str(q), pagesize=(pw, ph))
            jp = p.with_suffix(".jpg")
            Image.open(p).save(jp, quality=72)
            c.drawImage(str(jp), 0, 0, pw, ph)
            c.setCreator("Canon iR-ADV C5535 Scan")
            c.showPage()
            c.save()
            parts.append(q)
    dst = pikepdf.new()
    for q in parts:
        with pikepdf.open(str(q)) as s:
            dst.pages.extend(s.pages)
    dst.docinfo["/Producer"] = "Canon iR-ADV C5535 PDF" if not ocr_layer else "Tesseract OCR (scan station)"
    dst.save(str(out))
    shutil.rmtree(td, ignore_errors=True)
    return out


# --------------------------------------------------------------------------------------------
# hidden channels
# --------------------------------------------------------------------------------------------
def add_hidden(path: Path, meta: dict | None = None, notes=(), outline=(), fields=(), attachments=(),
               links=()) -> None:
    """notes: (page, x, y, author, text); outline: (title, page); fields: (page, name, value, rect);
    attachments: (filename, description); links: (page, rect, uri)."""
    import pikepdf
    from pikepdf import Array, Dictionary, Name, String

    tmp = path.with_suffix(".tmp.pdf")
    with pikepdf.open(str(path)) as pdf:
        if meta:
            with pdf.open_metadata(set_pikepdf_as_editor=False) as xmp:
                for k, v in meta.items():
                    if k == "Author":
                        xmp["dc:creator"] = [v]
                    elif k == "Title":
                        xmp["dc:title"] = v
            for k, v in meta.items():
                pdf.docinfo[Name("/" + k)] = String(v)
        for (pg, x, y, author, text) in notes:
            page = pdf.pages[pg]
            a = Dictionary(Type=Name.Annot, Subtype=Name.Text, Rect=Array([x, y, x + 18, y + 18]),
                           Contents=String(text), T=String(author), Name=Name.Comment,
                           C=Array([1, 0.85, 0.2]), F=4, M=String("D:20260303101200+01'00'"))
            a = pdf.make_indirect(a)
            if "/Annots" not in page.obj:
                page.obj.Annots = pdf.make_indirect(Array())
            page.obj.Annots.append(a)
        for (pg, rect, uri) in links:
            page = pdf.pages[pg]
            a = pdf.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Link, Rect=Array(rect),
                                             Border=Array([0, 0, 0]),
                                             A=Dictionary(S=Name.URI, URI=String(uri))))
            if "/Annots" not in page.obj:
                page.obj.Annots = pdf.make_indirect(Array())
            page.obj.Annots.append(a)
        if outline:
            with pdf.open_outline() as ol:
                for title, pg in outline:
                    ol.root.append(pikepdf.OutlineItem(title, pg))
        if fields:
            af = pdf.Root.get("/AcroForm")
            if af is None:
                pdf.Root.AcroForm = pdf.make_indirect(Dictionary(Fields=Array(), DA=String("/Helv 9 Tf 0 g")))
                af = pdf.Root.AcroForm
            if "/DR" not in af:
                helv = pdf.make_indirect(Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name.Helvetica,
                                                    Encoding=Name.WinAnsiEncoding))
                af.DR = Dictionary(Font=Dictionary(Helv=helv))
            af.NeedAppearances = True
            for (pg, name, value, rect) in fields:
                page = pdf.pages[pg]
                f = pdf.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Widget, FT=Name.Tx,
                                                 T=String(name), V=String(value), Rect=Array(rect),
                                                 F=2 | 4, DA=String("/Helv 9 Tf 0 g"), P=page.obj))
                # F=hidden|print: a field that was hidden in the form template
                af.Fields.append(f)
                if "/Annots" not in page.obj:
                    page.obj.Annots = pdf.make_indirect(Array())
                page.obj.Annots.append(f)
        for (fname, desc) in attachments:
            data = f"Bijlage {fname}\n{desc}\n".encode("utf-8")
            fs = pikepdf.AttachedFileSpec(pdf, data, description=desc, filename=fname)
            pdf.attachments[fname] = fs
        pdf.save(str(tmp))
    tmp.replace(path)


# --------------------------------------------------------------------------------------------
# gold
# --------------------------------------------------------------------------------------------
def probe(text: str, word: bool = True) -> dict:
    return {"text": text, "word": word}


def _mk(items):
    out = []
    for it in items:
        kind, value, probes = it
        ps = []
        for p in probes:
            if isinstance(p, tuple):
                ps.append(probe(*p))
            elif isinstance(p, dict):
                ps.append(dict(p))
            else:
                ps.append(probe(p))
        out.append({"kind": kind, "value": value, "probes": ps})
    return out


def _spans(text, pr):
    return [m.span() for m in ev.probe_regex(pr["text"], pr.get("word", False)).finditer(text)]


def extract(pdf: Path, image_only: bool):
    ch = ev.extract_channels(pdf, ocr="auto" if image_only else "off")
    return ch


def make_gold(spec: dict, pdf: Path, ch: dict | None = None, strict: bool = False):
    """Return (gold, problems, stats). Probes absent from the original are dropped (strict: problem)."""
    image_only = spec.get("image_only", False)
    if ch is None:
        ch = extract(pdf, image_only)
    chans = ch["channels"]
    text = chans.get("pdfium", "")
    problems, stats = [], {"hidden": 0, "ocr": 0}
    gold = {"doc": pdf.name, "pages": ch.get("pages", 0), "redact": [], "keep": []}
    rspans = []
    for item in _mk(spec["R"]):
        keep_ps = []
        for pr in item["probes"]:
            if image_only:
                pr["ocr"] = True
            cc = ev.channel_counts(chans, pr)
            if not cc:
                msg = f"{pdf.name}: redact probe not found: {pr['text']!r}"
                (problems.append(msg) if strict else print("  drop", msg))
                continue
            pr["after"] = 0
            keep_ps.append(pr)
            if image_only:
                stats["ocr"] += 1
            elif not any(cc.get(t) for t in TEXT):
                stats["hidden"] += 1
                stats.setdefault("hidden_list", []).append((pr["text"], sorted(cc)))
            rspans += _spans(text, pr)
        if keep_ps:
            item["probes"] = keep_ps
            gold["redact"].append(item)
    for item in _mk(spec["K"]):
        keep_ps = []
        for pr in item["probes"]:
            c = ev.count_in(text, pr)
            if c == 0:
                msg = f"{pdf.name}: keep probe not found: {pr['text']!r}"
                (problems.append(msg) if strict else print("  drop", msg))
                continue
            for s in _spans(text, pr):
                for r in rspans:
                    if s[0] < r[1] and r[0] < s[1]:
                        problems.append(f"{pdf.name}: keep {pr['text']!r} overlaps a redact probe at {s}")
                        break
            pr["after"] = c
            keep_ps.append(pr)
        if keep_ps:
            item["probes"] = keep_ps
            gold["keep"].append(item)
    return gold, problems, stats


def check_gold_file(gp: Path, docs: Path):
    """Verify a written gold file against its original; returns a list of problems."""
    gold = json.loads(gp.read_text(encoding="utf-8"))
    pdf = docs / gold["doc"]
    probs = []
    if not pdf.exists():
        return [f"{gold['doc']}: original missing"]
    image_only = any(p.get("ocr") for it in gold["redact"] for p in it["probes"])
    ch = extract(pdf, image_only)
    chans = ch["channels"]
    text = chans.get("pdfium", "")
    if ch.get("pages") != gold["pages"]:
        probs.append(f"{gold['doc']}: pages {ch.get('pages')} != {gold['pages']}")
    rspans = []
    for it in gold["redact"]:
        for pr in it["probes"]:
            cc = ev.channel_counts(chans, pr)
            if not cc:
                probs.append(f"{gold['doc']}: redact probe {pr['text']!r} not in the original")
            if pr.get("after", 0) != 0:
                probs.append(f"{gold['doc']}: redact probe {pr['text']!r} has after != 0")
            rspans += _spans(text, pr)
    for it in gold["keep"]:
        for pr in it["probes"]:
            c = ev.count_in(text, pr)
            if c != pr.get("after"):
                probs.append(f"{gold['doc']}: keep probe {pr['text']!r} after={pr.get('after')} but {c} in the original")
            if c == 0:
                probs.append(f"{gold['doc']}: keep probe {pr['text']!r} absent")
            for s in _spans(text, pr):
                if any(s[0] < r[1] and r[0] < s[1] for r in rspans):
                    probs.append(f"{gold['doc']}: keep {pr['text']!r} overlaps a redact probe")
                    break
    return probs
