"""Rebuild set WF (eval/blind/mixed195): wolf sightings and livestock damage compensation.

    /work/main/.venv/bin/python make_set.py            # all documents
    /work/main/.venv/bin/python make_set.py wf03 wf27  # only these

Documents are written in content.py with inline marks: [[...]] = personal data (redact probe,
after 0), {{...}} = public text (keep probe; 'after' is counted on the original's PDFium text with
the evaluator's own functions). Hidden-channel values (metadata, outline, annotations) are given
per document. A keep probe may not lose occurrences when all redact values are blanked
(simulated redaction); make_set.py reports that as a problem. Deterministic: fixed dates, ids.
"""
from __future__ import annotations

import io
import json
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, norm, text_pdfium  # noqa: E402

DOCS = HERE / "docs"
GOLD = HERE / "gold"
FONTDIR = "/usr/share/fonts/truetype/dejavu/"
RX_R = re.compile(r"\[\[(.+?)\]\]")
RX_K = re.compile(r"\{\{(.+?)\}\}")


def plain(s: str) -> str:
    return RX_K.sub(r"\1", RX_R.sub(r"\1", s))


def kind_of(v: str) -> str:
    if "@" in v:
        return "EMAIL"
    if re.match(r"NL\d\d", v):
        return "IBAN"
    if re.search(r"\d{4}", v) and re.fullmatch(r"[\d\s\-+()./]+", v):
        return "PHONE_OR_NUMBER"
    if re.search(r"\d", v):
        return "ADDRESS_OR_DATE"
    return "PERSON"


def is_word(v: str) -> bool:
    return bool(re.match(r"\w", v[:1])) and bool(re.match(r"\w", v[-1:]))


# ---------------------------------------------------------------------------------------------
# renderers
# ---------------------------------------------------------------------------------------------
_FONTS_DONE = False


def fonts():
    global _FONTS_DONE
    if _FONTS_DONE:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    for n, f in (("DejaVuSans", "DejaVuSans.ttf"), ("DejaVuSans-Bold", "DejaVuSans-Bold.ttf"),
                 ("DejaVuSerif", "DejaVuSerif.ttf"), ("DejaVuSerif-Bold", "DejaVuSerif-Bold.ttf")):
        pdfmetrics.registerFont(TTFont(n, FONTDIR + f))
    _FONTS_DONE = True


BOLD = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold",
        "DejaVuSans": "DejaVuSans-Bold", "DejaVuSerif": "DejaVuSerif-Bold"}


def render_rl(doc: dict, out: Path):
    """Text lines -> PDF with reportlab. '# ' heading, '|' table row, '\\f' page break."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas
    fonts()
    font = doc.get("font", "Helvetica")
    size = doc.get("size", 10)
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle(doc.get("title", ""))
    c.setAuthor(doc.get("author", ""))
    c.setCreator(doc.get("creator", "Microsoft Word"))
    W, H = A4
    x0, y0, maxw = 62, H - 70, W - 124
    y = y0
    page = 1
    outline = doc.get("outline", {})

    def newpage():
        nonlocal y, page
        c.showPage()
        y = y0
        page += 1

    if doc.get("letterhead"):
        c.setFont(BOLD[font], 13)
        c.drawString(x0, y, doc["letterhead"])
        y -= 26
    for raw in plain(doc["text"]).split("\n"):
        if raw == "\f":
            newpage()
            continue
        if raw.startswith("@@"):  # outline anchor
            key = raw[2:].strip()
            c.bookmarkPage(key)
            c.addOutlineEntry(outline[key], key, level=0)
            continue
        if y < 70:
            newpage()
        if raw.startswith("# "):
            c.setFont(BOLD[font], size + 2)
            c.drawString(x0, y, raw[2:])
            y -= size + 10
            continue
        if raw.startswith("|"):
            cells = [s.strip() for s in raw.strip("|").split("|")]
            widths = doc.get("cols") or [maxw / len(cells)] * len(cells)
            x = x0
            bold = cells and cells[0].startswith("*")
            for cell, w in zip(cells, widths):
                cell = cell.lstrip("*")
                c.setFont(BOLD[font] if bold else font, size - 1)
                c.drawString(x, y, cell)
                x += w
            y -= size + 4
            continue
        c.setFont(font, size)
        words = raw.split(" ")
        line = ""
        for w in words:
            t = (line + " " + w) if line else w
            if stringWidth(t, font, size) > maxw and line:
                c.drawString(x0, y, line)
                y -= size + 4
                if y < 70:
                    newpage()
                    c.setFont(font, size)
                line = w
            else:
                line = t
        c.drawString(x0, y, line)
        y -= size + 4
    c.showPage()
    c.save()


def render_docx(doc: dict, out: Path):
    """Text -> .docx (python-docx) -> PDF via LibreOffice headless."""
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Liberation Serif"
    st.font.size = Pt(11)
    d.core_properties.author = doc.get("author", "")
    d.core_properties.title = doc.get("title", "")
    for raw in plain(doc["text"]).split("\n"):
        if raw == "\f":
            d.add_page_break()
        elif raw.startswith("# "):
            d.add_heading(raw[2:], level=2)
        elif raw.startswith("|"):
            cells = [s.strip().lstrip("*") for s in raw.strip("|").split("|")]
            d.add_paragraph("\t".join(cells))
        else:
            d.add_paragraph(raw)
    with tempfile.TemporaryDirectory(prefix="s195_docx_", dir="/tmp") as td:
        p = Path(td) / (out.stem + ".docx")
        d.save(str(p))
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s195_lo", "--headless",
                        "--convert-to", "pdf", "--outdir", td, str(p)], check=True,
                       capture_output=True, timeout=180)
        out.write_bytes((Path(td) / (out.stem + ".pdf")).read_bytes())


def render_scan(doc: dict, out: Path):
    """Text -> raster page (A4 150 dpi), slight rotation, JPEG, image-only PDF."""
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    rnd = random.Random(doc["stem"])
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setCreator(doc.get("creator", "Canon iR-ADV C5535 scan"))
    c.setProducer(doc.get("producer", "Canon iR-ADV C5535"))
    for ptxt in plain(doc["text"]).split("\n\f\n"):
        img = Image.new("L", (1240, 1754), 250)
        dr = ImageDraw.Draw(img)
        f_norm = ImageFont.truetype(FONTDIR + "DejaVuSans.ttf", 25)
        f_hand = ImageFont.truetype(FONTDIR + "DejaVuSerif-Italic.ttf", 30)
        f_bold = ImageFont.truetype(FONTDIR + "DejaVuSans-Bold.ttf", 29)
        y = 110
        for raw in ptxt.split("\n"):
            f = f_norm
            if raw.startswith("~"):
                f, raw = f_hand, raw[1:]
            if raw.startswith("# "):
                f, raw = f_bold, raw[2:]
            if raw.startswith("|"):
                cells = [s.strip() for s in raw.strip("|").split("|")]
                x = 100
                for cell in cells:
                    ff = f_hand if cell.startswith("~") else f
                    dr.text((x, y), cell.lstrip("~"), fill=rnd.randint(10, 40), font=ff)
                    x += 1040 // len(cells)
                y += 46
                continue
            dr.text((100 + rnd.randint(-3, 3), y), raw, fill=rnd.randint(10, 40), font=f)
            y += 44 if f is not f_hand else 50
        img = img.rotate(rnd.uniform(-0.8, 0.8), fillcolor=245, resample=Image.BICUBIC)
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=82)
        buf.seek(0)
        W, H = A4
        c.drawImage(ImageReader(buf), 0, 0, W, H)
        c.showPage()
    c.save()


def postprocess(doc: dict, path: Path):
    import pikepdf
    with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
        if doc.get("producer"):
            pdf.docinfo["/Producer"] = doc["producer"]
        if doc.get("creator") and doc.get("kind") != "docx":
            pdf.docinfo["/Creator"] = doc["creator"]
        if doc.get("xmp_creator"):
            with pdf.open_metadata(set_pikepdf_as_editor=False) as m:
                m["dc:creator"] = [doc["xmp_creator"]]
                m["dc:title"] = doc.get("title", "")
        for n, (pg, who, txt) in enumerate(doc.get("notes", [])):
            page = pdf.pages[pg]
            annot = pdf.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                Rect=pikepdf.Array([450, 700 - 40 * n, 470, 720 - 40 * n]),
                T=pikepdf.String(who), Contents=pikepdf.String(txt),
                M=pikepdf.String("D:20260915101500+02'00'"), Name=pikepdf.Name.Comment,
                F=4))
            if "/Annots" not in page.obj:
                page.obj.Annots = pdf.make_indirect(pikepdf.Array())
            page.obj.Annots.append(annot)
        pdf.save(str(path), deterministic_id=True)


def render_form(doc: dict, out: Path):
    """A fillable AcroForm (reportlab) with values; labels in the text layer, values only in /V."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle(doc.get("title", ""))
    W, H = A4
    y = H - 70
    c.setFont("Helvetica-Bold", 13)
    for line in plain(doc["text"]).split("\n"):
        if line.startswith("# "):
            c.setFont("Helvetica-Bold", 13)
            c.drawString(62, y, line[2:])
            y -= 24
        else:
            c.setFont("Helvetica", 10)
            c.drawString(62, y, line)
            y -= 16
    y -= 10
    for i, (label, val) in enumerate(doc["fields"]):
        c.setFont("Helvetica", 10)
        c.drawString(62, y + 5, label)
        c.acroForm.textfield(name=f"f{i:02d}", value=val, x=230, y=y, width=300, height=18,
                             borderWidth=0.5, fontName="Helvetica", fontSize=9, fillColor=None)
        y -= 28
    c.setFont("Helvetica", 9)
    y -= 10
    for line in plain(doc.get("foot", "")).split("\n"):
        c.drawString(62, y, line)
        y -= 13
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------------------------
# gold
# ---------------------------------------------------------------------------------------------
def build(doc: dict) -> Path:
    out = DOCS / f"{doc['stem']}.pdf"
    {"rl": render_rl, "docx": render_docx, "scan": render_scan, "form": render_form}[
        doc.get("kind", "rl")](doc, out)
    postprocess(doc, out)
    return out


def make_gold(doc: dict, path: Path):
    problems = []
    text, pages = text_pdfium(path)
    src = doc["text"] + "\n" + doc.get("foot", "")
    red_vals = list(dict.fromkeys(RX_R.findall(src)))
    keep_vals = list(dict.fromkeys(RX_K.findall(src)))
    ocr = doc.get("kind") == "scan"
    redact = []
    for v in red_vals:
        it = {"kind": kind_of(v), "value": v,
              "probes": [{"text": v, "word": is_word(v), "after": 0}]}
        if ocr:
            it["probes"][0]["ocr"] = True
            it["channel"] = "ocr"
        redact.append(it)
    if not ocr:
        seen = {v for v in red_vals}
        for it in redact:
            for extra in variants(it["value"]):
                if extra in seen or count_in(text, {"text": extra, "word": is_word(extra)}) == 0:
                    continue
                seen.add(extra)
                it["probes"].append({"text": extra, "word": is_word(extra), "after": 0})
    for ch, vals in (("metadata", doc.get("meta_probes", [])), ("outline", doc.get("outline_probes", [])),
                     ("annotations", doc.get("annot_probes", []))):
        for v in vals:
            redact.append({"kind": kind_of(v), "value": v, "channel": ch,
                           "probes": [{"text": v, "word": is_word(v), "after": 0}]})
    # simulated redaction of the page text
    blanked = text
    for it in redact:
        if it.get("channel"):
            continue
        for pr in it["probes"]:
            blanked = probe_sub(blanked, pr)
    keep = []
    if not ocr:
        for v in keep_vals:
            pr = {"text": v, "word": is_word(v)}
            n = count_in(text, pr)
            if n == 0:
                problems.append(f"{doc['stem']}: keep {v!r} not in text")
                continue
            if count_in(blanked, pr) != n:
                problems.append(f"{doc['stem']}: keep {v!r} overlaps a redact value")
            pr["after"] = n
            keep.append({"kind": "PUBLIC", "value": v, "probes": [pr]})
    for it in redact:
        if not it.get("channel") and count_in(text, it["probes"][0]) == 0:
            problems.append(f"{doc['stem']}: redact {it['value']!r} not in page text")
    return {"doc": path.name, "pages": pages, "redact": redact, "keep": keep}, problems


TITLES = {"Ing.", "ing.", "mr.", "drs.", "dr.", "ir."}


def variants(v: str) -> list:
    """Further probes of one redact value: the surname part of a name, the local part of an
    e-mail address (not of info@/post@ mailboxes)."""
    k = kind_of(v)
    if k == "EMAIL":
        loc = v.split("@")[0]
        return [] if loc in ("info", "post") else [loc]
    if k != "PERSON":
        return []
    if "," in v:
        return [v.split(",")[0].strip()]
    toks = [t for t in v.split() if t not in TITLES and not (t.endswith(".") and len(t) <= 6)]
    if len(toks) >= 2 and toks[0][0].isupper() and len(" ".join(toks[1:])) >= 3:
        return [" ".join(toks[1:])]
    if len(toks) == 1 and toks[0] != v:
        return [toks[0]]
    return []


def probe_sub(text: str, probe: dict) -> str:
    from evaluate import probe_regex
    return probe_regex(probe["text"], probe.get("word", False)).sub("\u2588", text)


def main(argv):
    from content import ALL
    DOCS.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    allp = []
    tr = tk = tp = 0
    for doc in ALL:
        if argv and not any(doc["stem"].startswith(a) for a in argv):
            continue
        path = build(doc)
        gold, problems = make_gold(doc, path)
        (GOLD / f"{doc['stem']}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                                  encoding="utf-8")
        nr = sum(len(i["probes"]) for i in gold["redact"])
        nk = sum(len(i["probes"]) for i in gold["keep"])
        tr, tk, tp = tr + nr, tk + nk, tp + gold["pages"]
        print(f"{doc['stem']}: pages={gold['pages']} redact={nr} keep={nk}" + (" PROBLEMS" if problems else ""))
        allp += problems
    for p in allp:
        print("  !", p)
    print(f"pages={tp} redact={tr} keep={tk} problems={len(allp)}")


if __name__ == "__main__":
    main(sys.argv[1:])
