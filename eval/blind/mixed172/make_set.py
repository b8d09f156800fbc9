"""Rebuild set KB (eval/blind/mixed172): documents in docs/, gold in gold/.

    /work/main/.venv/bin/python make_set.py            # all documents
    /work/main/.venv/bin/python make_set.py kb03 kb17  # only these

Documents are written in content.py with inline markup: [[text|KIND]] is personal data (a redact
probe, after=0), {{text|KIND}} is public text (a keep probe whose 'after' is counted on the original's
PDFium text with the evaluator's own functions). Hidden-channel personal data (metadata, XMP, outline,
sticky notes, form values) is declared per document. Scans are rendered to JPEG and their probes are
checked with the evaluator's OCR. A keep probe may not overlap any redact value (simulated redaction).
"""
from __future__ import annotations

import io
import json
import math
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, extract_channels, channel_counts, text_pdfium  # noqa: E402

DOCS = HERE / "docs"
GOLD = HERE / "gold"
FONTDIR = "/usr/share/fonts/truetype/dejavu/"
MARK = re.compile(r"\[\[(.+?)\|([A-Z_]+)\]\]|\{\{(.+?)\|([A-Z_]+)\}\}")


def strip(s):
    return MARK.sub(lambda m: m.group(1) if m.group(1) is not None else m.group(3), s)


def marks(lines):
    red, keep = {}, {}
    for ln in lines:
        for m in MARK.finditer(ln):
            if m.group(1) is not None:
                red.setdefault(m.group(1), m.group(2))
            else:
                keep.setdefault(m.group(3), m.group(4))
    return red, keep


# ------------------------------------------------------------------ reportlab writer
def build_rl(path, pages, font="helv", ocr=False, form=None):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if font == "dejavu":
        pdfmetrics.registerFont(TTFont("DejaVu", FONTDIR + "DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("DejaVu-Bold", FONTDIR + "DejaVuSans-Bold.ttf"))
        F, FB = "DejaVu", "DejaVu-Bold"
    elif font == "serif":
        pdfmetrics.registerFont(TTFont("DejaVuSerif", FONTDIR + "DejaVuSerif.ttf"))
        pdfmetrics.registerFont(TTFont("DejaVuSerif-Bold", FONTDIR + "DejaVuSerif-Bold.ttf"))
        F, FB = "DejaVuSerif", "DejaVuSerif-Bold"
    elif font == "times":
        F, FB = "Times-Roman", "Times-Bold"
    else:
        F, FB = "Helvetica", "Helvetica-Bold"
    W, H = A4
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for pi, lines in enumerate(pages):
        if ocr:
            img = render_scan([strip(l) for l in lines], seed=len(path.stem) + pi)
            from reportlab.lib.utils import ImageReader
            c.drawImage(ImageReader(img), 0, 0, W, H)
            c.showPage()
            continue
        y = H - 60
        plain = [strip(r) for r in lines]
        colw = {}
        i = 0
        while i < len(plain):
            if plain[i].startswith("|"):
                j = i
                while j < len(plain) and plain[j].startswith("|"):
                    j += 1
                rows = [[x.strip() for x in r.strip("|").split("|")] for r in plain[i:j]]
                n = max(len(r) for r in rows)
                fs = 8.3 if n > 4 else 9
                mx = [max(c.stringWidth(r[k], F, fs) if k < len(r) else 0 for r in rows) + 10 for k in range(n)]
                tot = sum(mx)
                ws = [m * 475 / tot for m in mx] if tot > 475 else [m + (475 - tot) / n for m in mx]
                for k in range(i, j):
                    colw[k] = ws
                i = j
            else:
                i += 1
        for li, raw in enumerate(lines):
            ln = strip(raw)
            if ln.startswith("# "):
                c.setFont(FB, 14); c.drawString(60, y, ln[2:]); y -= 22; continue
            if ln.startswith("## "):
                c.setFont(FB, 10.5); c.drawString(60, y, ln[3:]); y -= 15; continue
            if ln.startswith("|"):
                cells = [x.strip() for x in ln.strip("|").split("|")]
                n = len(cells)
                widths = colw[li]
                c.setFont(F, 8.3 if n > 4 else 9)
                x = 60
                for cell, w in zip(cells, widths):
                    c.drawString(x, y, cell); x += w
                y -= 12.5; continue
            if ln == "":
                y -= 8; continue
            c.setFont(F, 9.8)
            for part in simpleSplit(ln, F, 9.8, 475):
                c.drawString(60, y, part); y -= 13
        if form and pi == 0:
            fy = y - 20
            for name, label, value in form:
                c.setFont(F, 9.5); c.drawString(60, fy + 4, label)
                c.acroForm.textfield(name=name, tooltip=label, value=value, x=230, y=fy, width=300,
                                     height=16, fontSize=9, borderWidth=0.5)
                fy -= 24
        c.setFont(F, 7.5); c.drawString(W - 110, 30, f"pagina {pi + 1} van {len(pages)}")
        c.showPage()
    c.save()


def render_scan(lines, seed=0):
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    Wp, Hp = 1654, 2339
    im = Image.new("L", (Wp, Hp), 246)
    d = ImageDraw.Draw(im)
    hand = ImageFont.truetype(FONTDIR + "DejaVuSerif-Italic.ttf", 40)
    typ = ImageFont.truetype(FONTDIR + "DejaVuSans.ttf", 36)
    bold = ImageFont.truetype(FONTDIR + "DejaVuSans-Bold.ttf", 44)
    y = 150
    for ln in lines:
        if ln.startswith("# "):
            d.text((130, y), ln[2:], font=bold, fill=20); y += 80; continue
        f, t = (typ, ln[2:]) if ln.startswith("~ ") else (hand, ln)
        if ln.startswith("|"):
            cells = [x.strip() for x in ln.strip("|").split("|")]
            x = 130
            cw = 1400 / len(cells)
            for cell in cells:
                d.text((x, y), cell, font=hand, fill=35); x += cw
            y += 66; continue
        if ln == "":
            y += 30; continue
        d.text((130, y), t, font=f, fill=30); y += 62
    im = im.rotate(0.6 if seed % 2 else -0.5, resample=Image.BICUBIC, fillcolor=246)
    im = im.filter(ImageFilter.GaussianBlur(0.6))
    buf = io.BytesIO()
    im.convert("RGB").save(buf, "JPEG", quality=72)
    buf.seek(0)
    return buf


# ------------------------------------------------------------------ docx writer
def build_docx(path, pages):
    import docx
    from docx.enum.text import WD_BREAK
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]; st.font.name = "Liberation Sans"; st.font.size = Pt(10)
    for pi, lines in enumerate(pages):
        for raw in lines:
            ln = strip(raw)
            if ln.startswith("# "):
                d.add_heading(ln[2:], level=1)
            elif ln.startswith("## "):
                p = d.add_paragraph(); r = p.add_run(ln[3:]); r.bold = True
            elif ln.startswith("|"):
                p = d.add_paragraph("    ".join(x.strip() for x in ln.strip("|").split("|")))
            else:
                d.add_paragraph(ln)
        if pi < len(pages) - 1:
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    tmp = Path(tempfile.mkdtemp(prefix="s172_"))
    dp = tmp / (path.stem + ".docx")
    d.save(dp)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s172_lo", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp), str(dp)], capture_output=True, timeout=180)
    (tmp / (path.stem + ".pdf")).replace(path)


# ------------------------------------------------------------------ post-processing
def post(path, meta):
    import pikepdf
    from pikepdf import Dictionary, Name, Array, String
    with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
        info = meta.get("info", {})
        keep_existing = meta.get("keep_info", False)
        if not keep_existing:
            for k in list(pdf.docinfo.keys()):
                del pdf.docinfo[k]
        for k, v in info.items():
            pdf.docinfo[Name("/" + k)] = String(v)
        if meta.get("xmp_creator") or meta.get("xmp"):
            with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as m:
                if meta.get("xmp_creator"):
                    m["dc:creator"] = [meta["xmp_creator"]]
                if meta.get("xmp"):
                    m["xmp:CreatorTool"] = meta["xmp"]
        if meta.get("outline"):
            with pdf.open_outline() as ol:
                for title, pg in meta["outline"]:
                    ol.root.append(pikepdf.OutlineItem(title, pg))
        for pg, author, text in meta.get("notes", []):
            page = pdf.pages[pg]
            annot = pdf.make_indirect(Dictionary(
                Type=Name.Annot, Subtype=Name.Text, Rect=Array([520, 700 - 40 * len(page.obj.get("/Annots", [])), 540, 720 - 40 * len(page.obj.get("/Annots", []))]),
                T=String(author), Contents=String(text), Open=False, Name=Name.Comment))
            if "/Annots" not in page.obj:
                page.obj.Annots = pdf.make_indirect(Array())
            page.obj.Annots.append(annot)
        pdf.save(str(path), deterministic_id=True)


# ------------------------------------------------------------------ gold
def redacted_text(text, values):
    for v in sorted(values, key=len, reverse=True):
        text = re.sub(r"\s?".join(re.escape(ch) if ch != " " else " ?" for ch in v), lambda m: "#" * len(m.group(0)), text)
    return text


P_KIND = "PERSON"
AUTO_WORDS = ["kinderboerderij", "vrijwilligers", "geitenweide", "handwasvoorziening", "burgemeester", "wethouder",
              "college", "stichting", "bestuur", "inspectie", "dierenarts", "geiten", "lammeren", "mest", "sluiting",
              "heropening", "subsidie", "Woo-verzoek", "zienswijze", "coördinator", "toezichthouder", "voorzitter",
              "secretaris", "penningmeester", "raadslid", "ouders", "kinderen", "hygiëne", "besluit", "VOG", "UBN",
              "KvK", "btw", "Totaal", "Onderwerp", "Datum", "Kenmerk", "Betreft", "Met vriendelijke groet", "Hoogachtend",
              "namens dezen", "Geachte heer", "Beste", "diarree", "handen wassen", "schoonmaakrooster", "dwangsom",
              "aansprakelijkstelling", "uitbraak", "bezoekers", "Verzonden", "Aan", "Van", "CC", "ziekenhuis"]


def make_gold(d, path):
    text, pages = text_pdfium(path)
    allines = [l for p in d["pages"] for l in p]
    red, keep = marks(allines)
    problems = []
    g = {"doc": path.name, "pages": pages, "redact": [], "keep": []}
    ocr = d.get("ocr", False)
    chans = None
    if ocr or d.get("hidden"):
        chans = extract_channels(path, ocr="auto" if ocr else "off")["channels"]
    for v, k in red.items():
        it = {"kind": k, "value": v, "probes": [{"text": v, "word": True, "after": 0}]}
        if ocr:
            it["channel"] = "ocr"
            it["probes"][0]["ocr"] = True
            if channel_counts(chans, it["probes"][0]).get("ocr", 0) == 0:
                problems.append(f"{path.name}: OCR misses {v!r}")
        elif count_in(text, it["probes"][0]) == 0:
            problems.append(f"{path.name}: redact {v!r} not in text")
        g["redact"].append(it)
    for ch, k, v in d.get("hidden", []):
        it = {"kind": k, "value": v, "channel": ch, "probes": [{"text": v, "word": True, "after": 0}]}
        if channel_counts(chans, it["probes"][0]).get(ch, 0) == 0:
            problems.append(f"{path.name}: hidden {v!r} not in {ch}")
        if count_in(text, it["probes"][0]):
            problems.append(f"{path.name}: hidden {v!r} also in page text")
        g["redact"].append(it)
    if not ocr:
        for it in g["redact"]:
            v = it["value"]
            if it["kind"] == P_KIND and " " in v:
                toks = v.split(" ")
                if ", " in v:
                    cands = v.split(", ")
                elif toks[0] in ("Ter", "Van", "De", "El", "fam.", "dr.", "mr.", "Mw.") or toks[0].endswith("."):
                    cands = []
                else:
                    cands = [" ".join(toks[1:])]
                ch = it.get("channel")
                for sur in cands:
                    if len(sur) < 4:
                        continue
                    pr = {"text": sur, "word": True, "after": 0}
                    if ch is None and count_in(text, pr):
                        it["probes"].append(pr)
                    elif ch and chans and channel_counts(chans, pr).get(ch, 0) and not count_in(text, pr):
                        it["probes"].append(pr)
        rt = redacted_text(text, list(red) + [v for _, _, v in d.get("hidden", [])])
        for v, k in keep.items():
            pr = {"text": v, "word": True, "after": count_in(text, {"text": v, "word": True})}
            if pr["after"] == 0:
                problems.append(f"{path.name}: keep {v!r} not in text")
                continue
            if count_in(rt, pr) != pr["after"]:
                problems.append(f"{path.name}: keep {v!r} overlaps a redact value")
                continue
            g["keep"].append({"kind": k, "value": v, "probes": [pr]})
        plain = " ".join(re.sub(r"\[\[.+?\]\]", " | ", l) for l in allines)
        plain = strip(plain)
        auto = set(re.findall(r"\b\d{1,2} (?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) 2026\b", plain))
        auto |= set(re.findall(r"EUR [\d.,]+\d", plain))
        auto |= set(re.findall(r"artikel \d+[.:]?\d*", plain))
        for w in AUTO_WORDS:
            if re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", plain):
                auto.add(w)
        have = {k["value"] for k in g["keep"]}
        for v in sorted(auto - have):
            pr = {"text": v, "word": True, "after": count_in(text, {"text": v, "word": True})}
            if pr["after"] and count_in(rt, pr) == pr["after"]:
                g["keep"].append({"kind": "AUTO_PUBLIC", "value": v, "probes": [pr]})
    return g, problems


def build(d):
    path = DOCS / (d["stem"] + ".pdf")
    if d.get("writer") == "docx":
        build_docx(path, d["pages"])
    else:
        build_rl(path, d["pages"], font=d.get("font", "helv"), ocr=d.get("ocr", False), form=d.get("form"))
    post(path, d.get("meta", {}))
    return path


def main(argv):
    from content import DOCLIST
    sel = [d for d in DOCLIST if not argv or any(d["stem"].startswith(a) for a in argv)]
    DOCS.mkdir(exist_ok=True); GOLD.mkdir(exist_ok=True)
    allp = []
    for d in sel:
        path = build(d)
        gold, problems = make_gold(d, path)
        (GOLD / f"{d['stem']}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        nr = sum(len(i["probes"]) for i in gold["redact"]); nk = sum(len(i["probes"]) for i in gold["keep"])
        print(f"{d['stem']}: pages={gold['pages']} redact={nr} keep={nk}" + (" PROBLEMS" if problems else ""))
        allp += problems
    for p in allp:
        print("  !", p)
    print(f"problems={len(allp)}")


if __name__ == "__main__":
    main(sys.argv[1:])
