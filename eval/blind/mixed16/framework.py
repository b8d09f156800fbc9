"""Shared machinery of set Z (mixed16): markup, renderers, PDF post-processing, gold writer.

Markup in every text of a document:
  [[text|K]] / [[text|K=Entity]]  personal data to redact; K: P person, I initials/paraph,
                                  E e-mail, T phone, A home address, B BSN, N IBAN, U user handle
  {{text|KIND}}                   public text that must stay readable (keep probe)
Everything else is neutral.
"""
from __future__ import annotations

import hashlib
import html
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
GOLD = HERE / "gold"
EVAL_DIR = Path(os.environ.get("WOO_EVAL_DIR", "/work/shared/eval"))
sys.path.insert(0, str(EVAL_DIR))
PPTX_LIB = os.environ.get("PPTX_LIB", "/tmp/bz_pylib")  # python-pptx installed with pip --target
if PPTX_LIB not in sys.path:
    sys.path.append(PPTX_LIB)

from evaluate import (count_in, meta_outline_annots, norm, ocr_count, ocr_text,  # noqa: E402
                      raw_count, raw_file, text_pdfium, text_pdfplumber, text_pdftotext)

WORK = Path(tempfile.gettempdir()) / "woo_mixed16_build"
WORK.mkdir(exist_ok=True)
LO_PROFILE = "file://" + str(WORK / "lo_profile")
FIXED_DATE = "D:20250314093000+01'00'"

RKIND = {"P": "PERSON", "I": "PARAPH", "E": "EMAIL_ADDRESS", "T": "PHONE_NUMBER", "A": "ADDRESS",
         "B": "NL_BSN", "N": "IBAN_CODE", "U": "PERSON"}
RX_RED = re.compile(r"\[\[([^\[].*?)\|([A-Z])(?:=([^\]]+))?\]\]")
RX_KEEP = re.compile(r"\{\{(.+?)\|([A-Z_]+)\}\}")
PARTICLES = {"van", "de", "der", "den", "het", "ter", "ten", "te", "op", "in", "'t", "da", "das", "dos",
             "do", "di", "del", "la", "le", "du", "von", "al", "abu", "el", "bin", "ibn", "y", "e"}


TITLES = {"mevrouw", "meneer", "heer", "dokter", "msc", "drs", "dr", "mr", "ir", "ing", "prof", "jr", "sr",
          "bsc", "ma", "mba", "llm", "mw", "dhr"}


def plain(s: str) -> str:
    s = RX_RED.sub(lambda m: m.group(1), s)
    return RX_KEEP.sub(lambda m: m.group(1), s)


def blank(s: str) -> str:
    s = RX_RED.sub(" \u2588 ", s)
    return RX_KEEP.sub(lambda m: m.group(1), s)


def esc(s: str) -> str:
    return html.escape(plain(s), quote=False)


class Doc:
    """One document: its id, genre, producer and every marked text, per channel."""

    def __init__(self, did: str, genre: str, producer: str, scan: bool = False):
        self.id, self.genre, self.producer, self.scan = did, genre, producer, scan
        self.parts: list[tuple[str, str, bool]] = []  # (channel, marked text, once per page)
        self.notes: list[str] = []

    def t(self, s: str, ch: str = "page", per_page: bool = False) -> str:
        self.parts.append((ch, s, per_page))
        return plain(s)

    def e(self, s: str) -> str:  # recorded, HTML-escaped
        self.t(s)
        return esc(s)

    @property
    def pdf(self) -> Path:
        return DOCS / f"{self.id}.pdf"


# ------------------------------------------------------------------------------------------
# generated identifiers
# ------------------------------------------------------------------------------------------
def bsn(seed: int) -> str:
    n = 100000000 + (seed * 7919) % 800000000
    while True:
        d = [int(c) for c in f"{n:09d}"]
        if sum((9 - i) * d[i] for i in range(8)) - d[8] == 0 or \
                (sum((9 - i) * d[i] for i in range(8)) - d[8]) % 11 == 0:
            return f"{n:09d}"
        n += 1


def iban(bank: str, seed: int) -> str:
    acct = f"{(seed * 104729) % 10**10:010d}"
    num = "".join(str(ord(c) - 55) for c in bank) + acct + "2321" + "00"  # N=23 L=21
    chk = 98 - int(num) % 97
    s = f"NL{chk:02d}{bank}{acct}"
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


# ------------------------------------------------------------------------------------------
# converters
# ------------------------------------------------------------------------------------------
def run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, timeout=600, **kw)
    if r.returncode != 0:
        raise RuntimeError(f"{cmd[0]} failed: {r.stderr.decode(errors='replace')[-800:]}")
    return r


def soffice(src: Path, filt: str) -> Path:
    out = WORK / "lo_out"
    out.mkdir(exist_ok=True)
    target = out / (src.stem + ".pdf")
    if target.exists():
        target.unlink()
    run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to", filt,
         "--outdir", str(out), str(src)])
    return target


WRITER_PDF = 'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}'
CALC_PDF = "pdf:calc_pdf_Export"
IMPRESS_NOTES = ('pdf:impress_pdf_Export:{"ExportNotesPages":{"type":"boolean","value":"true"},'
                 '"ExportOnlyNotesPages":{"type":"boolean","value":"true"}}')
IMPRESS_PDF = "pdf:impress_pdf_Export"


def chromium(html_text: str, name: str) -> Path:
    src = WORK / f"{name}.html"
    src.write_text(html_text, encoding="utf-8")
    out = WORK / f"{name}.chromium.pdf"
    run(["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
         f"--user-data-dir={WORK / 'chrome'}", f"--print-to-pdf={out}", src.as_uri()])
    return out


def ghostscript(src: Path) -> Path:
    out = WORK / (src.stem + ".gs.pdf")
    run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", "-dPDFSETTINGS=/ebook",
         "-dCompatibilityLevel=1.6", f"-sOutputFile={out}", str(src)])
    return out


# ------------------------------------------------------------------------------------------
# docx helpers: footnotes and tracked changes by XML injection (python-docx has neither)
# ------------------------------------------------------------------------------------------
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def docx_postprocess(path: Path, footnotes: list[str], changes: dict[str, tuple[str, str, str]]):
    """footnotes: texts (plain) for markers ⟦FN1⟧..; changes: marker -> (kind ins|del, author, text)."""
    zin = zipfile.ZipFile(path)
    files = {n: zin.read(n) for n in zin.namelist()}
    zin.close()
    doc = files["word/document.xml"].decode("utf-8")

    def fn_ref(m):
        return ('<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                f'<w:footnoteReference w:id="{int(m.group(1))}"/></w:r>')
    doc = re.sub(r"<w:r>(?:(?!</w:r>).)*?<w:t[^>]*>⟦FN(\d+)⟧</w:t></w:r>", fn_ref, doc, flags=re.S)
    for i, (marker, (kind, author, text)) in enumerate(changes.items()):
        t = html.escape(text, quote=False)
        if kind == "ins":
            rep = (f'<w:ins w:id="{900 + i}" w:author="{author}" w:date="2025-02-11T10:0{i % 10}:00Z">'
                   f'<w:r><w:t xml:space="preserve">{t}</w:t></w:r></w:ins>')
        else:
            rep = (f'<w:del w:id="{900 + i}" w:author="{author}" w:date="2025-02-11T10:0{i % 10}:00Z">'
                   f'<w:r><w:delText xml:space="preserve">{t}</w:delText></w:r></w:del>')
        doc, n = re.subn(r"<w:r>(?:(?!</w:r>).)*?<w:t[^>]*>" + re.escape(marker) + r"</w:t></w:r>",
                         lambda m, rep=rep: rep, doc, flags=re.S)
        assert n == 1, marker
    files["word/document.xml"] = doc.encode("utf-8")
    if footnotes:
        body = ['<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
                '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
                '</w:r></w:p></w:footnote>']
        for i, txt in enumerate(footnotes, 1):
            body.append(f'<w:footnote w:id="{i}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
                        '<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="16"/></w:rPr><w:footnoteRef/></w:r>'
                        f'<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> {html.escape(txt, quote=False)}</w:t></w:r>'
                        '</w:p></w:footnote>')
        files["word/footnotes.xml"] = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                                       f'<w:footnotes xmlns:w="{W_NS}">' + "".join(body) +
                                       "</w:footnotes>").encode("utf-8")
        rels = files["word/_rels/document.xml.rels"].decode("utf-8")
        rels = rels.replace("</Relationships>",
                            '<Relationship Id="rIdFn1" Type="http://schemas.openxmlformats.org/officeDocument/'
                            '2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>')
        files["word/_rels/document.xml.rels"] = rels.encode("utf-8")
        ct = files["[Content_Types].xml"].decode("utf-8")
        ct = ct.replace("</Types>", '<Override PartName="/word/footnotes.xml" ContentType="application/'
                        'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>')
        files["[Content_Types].xml"] = ct.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, b in files.items():
            zi = zipfile.ZipInfo(n, date_time=(2025, 3, 14, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, b)


# ------------------------------------------------------------------------------------------
# pikepdf post-processing: fixed Info, optional XMP, outline, annotations, attachments
# ------------------------------------------------------------------------------------------
def finish(src: Path, d: Doc, info: dict | None = None, xmp: dict | None = None,
           outline: list | None = None, annots: list | None = None, attach: list | None = None,
           keep_info: tuple = ("/Producer", "/Creator")):
    import pikepdf
    from pikepdf import Array, Dictionary, Name, String

    pdf = pikepdf.open(str(src))
    old = {k: str(v) for k, v in pdf.docinfo.items()} if pdf.docinfo is not None else {}
    with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as m:
        for k in list(m.keys()):
            del m[k]
    if "/Metadata" in pdf.Root:
        del pdf.Root["/Metadata"]
    di = Dictionary()
    for k in keep_info:
        if k in old:
            di[k] = String(old[k])
    for k, v in (info or {}).items():
        di[Name("/" + k)] = String(d.t(v, "metadata"))
    di["/CreationDate"] = String(FIXED_DATE)
    di["/ModDate"] = String(FIXED_DATE)
    pdf.trailer["/Info"] = pdf.make_indirect(di)
    if xmp:
        with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as m:
            for k, v in xmp.items():
                if k == "dc:creator":
                    m[k] = [d.t(x, "metadata") for x in v]
                else:
                    m[k] = d.t(v, "metadata")
    if outline:
        with pdf.open_outline() as ol:
            ol.root.clear()
            for title, page in outline:
                ol.root.append(pikepdf.OutlineItem(d.t(title, "outline"), page))
    for a in annots or []:
        page = pdf.pages[a["page"]]
        rect = Array(a["rect"])
        if a["type"] == "text":
            an = Dictionary(Type=Name.Annot, Subtype=Name.Text, Rect=rect,
                            T=String(d.t(a["author"], "annotations")),
                            Contents=String(d.t(a["text"], "annotations")),
                            Name=Name("/Comment"), C=Array([1, 0.85, 0.2]),
                            M=String(FIXED_DATE), F=4)
            if a.get("subject"):
                an["/Subj"] = String(d.t(a["subject"], "annotations"))
        elif a["type"] == "link":
            an = Dictionary(Type=Name.Annot, Subtype=Name.Link, Rect=rect, Border=Array([0, 0, 0]),
                            A=Dictionary(S=Name.URI, URI=String(d.t(a["uri"], "annotations"))))
        elif a["type"] == "file":
            spec = pikepdf.AttachedFileSpec(pdf, a["data"].encode("utf-8"), description=a.get("desc", ""),
                                            filename=a["name"], mime_type=a.get("mime", "text/plain"),
                                            creation_date=FIXED_DATE, mod_date=FIXED_DATE)
            d.t(a["marked"], "raw")
            an = Dictionary(Type=Name.Annot, Subtype=Name.FileAttachment, Rect=rect, FS=spec.obj,
                            Name=Name("/Paperclip"), F=4,
                            Contents=String(d.t(a.get("contents", a["name"]), "annotations")))
        else:
            raise ValueError(a["type"])
        if "/Annots" not in page.obj:
            page.obj["/Annots"] = pdf.make_indirect(Array())
        page.obj["/Annots"].append(pdf.make_indirect(an))
    for a in attach or []:
        spec = pikepdf.AttachedFileSpec(pdf, a["data"].encode("utf-8"), description=a.get("desc", ""),
                                        filename=a["name"], mime_type=a.get("mime", "text/plain"),
                                        creation_date=FIXED_DATE, mod_date=FIXED_DATE)
        pdf.attachments[a["name"]] = spec
        d.t(a["marked"], "raw")
    DOCS.mkdir(exist_ok=True)
    pdf.save(str(d.pdf), deterministic_id=True, compress_streams=True)
    pdf.close()
    return d.pdf


# ------------------------------------------------------------------------------------------
# scans: PIL page images -> image-only PDF
# ------------------------------------------------------------------------------------------
FONT_DIR = Path("/usr/share/fonts")


def font(name: str, size: int):
    from PIL import ImageFont
    paths = {
        "sans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "sansb": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
        "serif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
        "serifb": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
        "mono": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
        "hand": "/usr/share/fonts/opentype/urw-base35/Z003-MediumItalic.otf",
    }
    return ImageFont.truetype(paths[name], size)


def scan_pages(d: Doc, pages: list[list[tuple]], dpi: int = 200, angle: float = 0.6, seed: int = 1,
               noise: int = 10, blur: float = 0.5):
    """pages: list of pages, each a list of (x_mm, y_mm, marked text, font, size_pt[, extra]).
    extra 'ink' draws in blue-ish handwriting grey. Returns the PDF path."""
    import numpy as np
    from PIL import Image, ImageDraw, ImageFilter

    rng = np.random.default_rng(seed)
    imgs = []
    for items in pages:
        w, h = int(210 / 25.4 * dpi), int(297 / 25.4 * dpi)
        im = Image.new("L", (w, h), 250)
        dr = ImageDraw.Draw(im)
        for it in items:
            x, y, text, fnt, size = it[:5]
            extra = it[5] if len(it) > 5 else None
            if fnt == "line":
                dr.line([(x / 25.4 * dpi, y / 25.4 * dpi), (text / 25.4 * dpi, y / 25.4 * dpi)], fill=40,
                        width=max(1, dpi // 100))
                continue
            px = int(size / 72 * dpi)
            f = font(fnt, px)
            s = d.t(text, "ocr")
            fill = 70 if extra == "ink" else 20
            if extra == "scribble":
                # a handwritten signature: the name in a script font, slanted and scribbled over
                tmp = Image.new("L", (int(px * len(s) * 0.8) + 40, px * 2), 255)
                td = ImageDraw.Draw(tmp)
                td.text((10, px // 3), s, font=f, fill=60)
                pts = [(10 + i * 9, px + int(12 * np.sin(i / 2.0))) for i in range(int(len(s) * px * 0.05))]
                td.line(pts, fill=90, width=2)
                tmp = tmp.rotate(6, expand=True, fillcolor=255)
                im.paste(Image.eval(tmp, lambda v: v), (int(x / 25.4 * dpi), int(y / 25.4 * dpi)),
                         Image.eval(tmp, lambda v: 255 - v))
                continue
            dr.text((x / 25.4 * dpi, y / 25.4 * dpi), s, font=f, fill=fill)
        im = im.rotate(angle, resample=Image.BICUBIC, fillcolor=245)
        im = im.filter(ImageFilter.GaussianBlur(blur))
        arr = np.asarray(im).astype(np.int16) + rng.normal(0, noise, (h, w)).astype(np.int16)
        im = Image.fromarray(np.clip(arr, 0, 255).astype("uint8"))
        imgs.append(im)
        angle = -angle * 0.7
    tmp = WORK / f"{d.id}.scan.pdf"
    imgs[0].save(str(tmp), "PDF", resolution=dpi, save_all=True, append_images=imgs[1:], quality=55)
    return tmp


# ------------------------------------------------------------------------------------------
# gold
# ------------------------------------------------------------------------------------------
def _tokens(name: str) -> list[str]:
    out = []
    for tok in re.split(r"\s+", name):
        tok = tok.strip(",.;:()'\u2019")
        if len(tok) < 3 or tok.lower() in PARTICLES or "." in tok:
            continue
        if not tok[0].isupper() or tok.lower() in TITLES:
            continue
        out.append(tok)
    return out


def pdf_channels(path: Path, ocr: bool) -> dict:
    ch = {}
    ch["pdfium"], n = text_pdfium(path)
    ch["pages"] = n
    ch["pdftotext"] = text_pdftotext(path)
    r = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True)
    ch["pdftotext-reading-order"] = norm(r.stdout.decode("utf-8", "replace"))
    ch["pdfplumber"] = text_pdfplumber(path)
    ch["metadata"], ch["outline"], ch["annotations"] = meta_outline_annots(path)
    ch["raw_file"] = raw_file(path)
    if ocr:
        with tempfile.TemporaryDirectory() as td:
            ch["ocr"] = ocr_text(path, Path(td), list(range(1, n + 1)))
    return ch


def probe_count(ch: dict, name: str, probe: dict) -> int:
    v = ch.get(name)
    if v is None:
        return 0
    if isinstance(v, dict):
        return raw_count(v, probe)
    if isinstance(v, list):
        return ocr_count(v, probe)
    return count_in(v, probe)


TEXT_NAMES = ("pdftotext", "pdftotext-reading-order", "pdfium", "pdfplumber")


def write_gold(d: Doc) -> dict:
    ch = pdf_channels(d.pdf, d.scan)
    npages = ch["pages"]
    # source text per channel, as written and with redact spans blanked
    src: dict[str, list[str]] = {}
    for c, s, per_page in d.parts:
        src.setdefault(c, []).extend([s] * (npages if per_page else 1))
    all_marked = "\n".join(s for v in src.values() for s in v)
    blanked_all = norm(blank(all_marked))
    page_blanked = norm(blank("\n".join(src.get("page", []))))

    entities: dict[tuple, dict] = {}
    where: dict[str, set] = {}
    for c, lst in src.items():
        for s in lst:
            for m in RX_RED.finditer(s):
                text, k, ent = m.group(1), m.group(2), m.group(3) or m.group(1)
                key = (RKIND[k], ent)
                e = entities.setdefault(key, {"kind": RKIND[k], "value": ent, "texts": []})
                cands = [text]
                if k == "P" and (m.group(3) is None or len(text.split()) > 1):
                    cands += _tokens(text)
                for t in cands:
                    if t not in e["texts"]:
                        e["texts"].append(t)
                    where.setdefault(t, set()).add(c)
    used = set()
    redact, dropped = [], []
    for (kind, value), e in entities.items():
        probes = []
        for t in e["texts"]:
            if t in used:
                continue
            used.add(t)
            p = {"text": t, "word": True, "after": 0}
            p["after"] = count_in(blanked_all, p)
            chans = where[t]
            if d.scan:
                p["ocr"] = True
                found = probe_count(ch, "ocr", p)
            elif "page" in chans:
                found = max(probe_count(ch, n, p) for n in TEXT_NAMES)
                if found <= p["after"]:
                    found = max(probe_count(ch, n, p) for n in ("metadata", "annotations", "outline", "raw_file"))
            else:
                c = sorted(chans)[0]
                p["channel"] = {"raw": "raw_file"}.get(c, c)
                found = probe_count(ch, p["channel"], p)
            if found <= p["after"]:
                dropped.append((kind, t, found, p["after"]))
                continue
            probes.append(p)
        if probes:
            redact.append({"kind": kind, "value": value, "probes": probes})
    keep, kdropped = [], []
    if not d.scan:
        seen = {}
        for s in src.get("page", []):
            for m in RX_KEEP.finditer(s):
                seen.setdefault(m.group(1), m.group(2))
        for text, kind in seen.items():
            p = {"text": text, "word": True, "after": 0}
            a = min(count_in(ch["pdfium"], p), count_in(page_blanked, p))
            if a < 1:
                kdropped.append((kind, text, count_in(ch["pdfium"], p)))
                continue
            p["after"] = a
            keep.append({"kind": kind, "value": text, "probes": [p]})
    gold = {"doc": d.pdf.name, "pages": npages, "genre": d.genre, "producer": d.producer,
            "redact": redact, "keep": keep}
    GOLD.mkdir(exist_ok=True)
    (GOLD / f"{d.id}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    if dropped or kdropped:
        print(f"  {d.id}: dropped redact {dropped} keep {kdropped}")
    return gold
