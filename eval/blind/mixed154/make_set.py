"""Rebuild set mixed154 (provincial subsidy for a bankrupt village cultural centre).

    /work/main/.venv/bin/python make_set.py

Documents are written in content.py with inline marks: [[K:text]] = must be redacted (kind letter K),
{{K:text}} = must stay readable. Gold is derived from the marks; keep 'after' counts and redact presence
are computed with the evaluator's own functions (norm, count_in, extract_channels). A keep probe that
overlaps a redact probe (simulated redaction) is dropped; OCR probes that tesseract does not read are dropped.
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

sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, extract_channels, norm, probe_regex, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
DOCS = HERE / "docs"
GOLD = HERE / "gold"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONTS = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"

RK = {"P": "PERSON", "E": "EMAIL", "T": "PHONE", "B": "BSN", "I": "IBAN", "D": "DATE_OF_BIRTH",
      "A": "ADDRESS", "C": "INITIALS", "H": "HEALTH", "N": "OTHER"}
KK = {"O": "ORG", "L": "LOC", "F": "PUBLIC_OFFICIAL", "Z": "REFERENCE", "W": "LAW", "M": "FUNCTIONAL_EMAIL",
      "G": "GENERAL_PHONE", "X": "TERM", "J": "JOB_TITLE", "Y": "NAME_NOT_PERSON"}
MONTHS = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
AUTO_KEEP = [(r"EUR -?\d{1,3}(?:\.\d{3})*(?:,\d\d)?", "AMOUNT"),
             (r"(?<!\w)\d{1,2} (?:%s) 20\d\d(?!\w)" % MONTHS, "DATE"),
             (r"artikel \d+(?:[:.]\d+)?(?: lid \d)?", "LAW_ARTICLE")]
MARK = re.compile(r"\[\[(\w):(.*?)\]\]|\{\{(\w):(.*?)\}\}")


def parse(lines):
    plain, reds, keeps = [], [], []
    for ln in lines:
        for m in MARK.finditer(ln):
            if m.group(1):
                reds.append((RK[m.group(1)], m.group(2)))
            else:
                keeps.append((KK[m.group(3)], m.group(4)))
        plain.append(MARK.sub(lambda m: m.group(2) if m.group(1) else m.group(4), ln))
    return plain, reds, keeps


def wrap(text, font, size, width):
    from reportlab.pdfbase.pdfmetrics import stringWidth
    if not text:
        return [""]
    words, out, cur = text.split(" "), [], ""
    for w in words:
        t = (cur + " " + w) if cur else w
        if stringWidth(t, font, size) <= width or not cur:
            cur = t
        else:
            out.append(cur)
            cur = w
    out.append(cur)
    return out


def build_rl(d, path, ttf):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    if ttf:
        pdfmetrics.registerFont(TTFont("DV", FONTS if d.get("serif") else FONT))
        pdfmetrics.registerFont(TTFont("DVB", FONTB))
        fn, fb = "DV", "DVB"
    else:
        fn, fb = "Helvetica", "Helvetica-Bold"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle(d.get("title", ""))
    c.setAuthor(d.get("author", ""))
    W, H = A4
    size = d.get("size", 10)
    y = H - 60
    page = 1
    bm = 0
    for ln in d["plain"]:
        bold = ln.startswith("# ")
        if bold:
            ln = ln[2:]
        if ln == "<<PAGE>>":
            c.showPage(); y = H - 60; page += 1
            continue
        for part in wrap(ln, fb if bold else fn, size, W - 130):
            if y < 60:
                c.showPage(); y = H - 60; page += 1
            c.setFont(fb if bold else fn, size + (1 if bold else 0))
            c.drawString(65, y, part)
            y -= size * 1.45
    if d.get("form"):
        form = c.acroForm
        yy = 200
        for name, label, val in d["form"]:
            c.setFont(fn, 9)
            c.drawString(65, yy + 4, label)
            form.textfield(name=name, value=val, x=250, y=yy, width=270, height=16, fontSize=9,
                           borderWidth=0.5, forceBorder=True)
            yy -= 22
    c.showPage()
    c.save()


def build_docx(d, path, tmp):
    import docx
    from docx.shared import Pt
    doc = docx.Document()
    doc.core_properties.author = d.get("author", "")
    doc.core_properties.title = d.get("title", "")
    st = doc.styles["Normal"]; st.font.name = "Liberation Sans"; st.font.size = Pt(10)
    for ln in d["plain"]:
        if ln == "<<PAGE>>":
            doc.add_page_break(); continue
        if ln.startswith("# "):
            p = doc.add_paragraph(); r = p.add_run(ln[2:]); r.bold = True
        else:
            p = doc.add_paragraph(ln)
        p.paragraph_format.space_after = Pt(2)
    src = tmp / (d["stem"] + ".docx")
    doc.save(str(src))
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s154_lo", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp), str(src)], capture_output=True, timeout=180)
    (tmp / (d["stem"] + ".pdf")).replace(path)


def build_scan(d, path):
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    W, H = 1654, 2339  # A4 at 200 dpi
    img = Image.new("L", (W, H), 250)
    dr = ImageDraw.Draw(img)
    f = ImageFont.truetype(FONTS if d.get("serif") else FONT, 30)
    fo = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf", 34)
    y = 150
    for ln in d["plain"]:
        hand = ln.startswith("~ ")
        t = ln[2:] if (hand or ln.startswith("# ")) else ln
        if " ~ " in t:
            left, right = t.split(" ~ ", 1)
            dr.text((140, y), left.rstrip(), fill=25, font=f)
            dr.text((820, y), right, fill=60, font=fo)
        else:
            dr.text((140 if not hand else 190, y), t, fill=25 if not hand else 60, font=fo if hand else f)
        y += 48
    img = img.rotate(d.get("rot", 0.6), resample=Image.BICUBIC, fillcolor=250)
    buf = io.BytesIO(); img.convert("RGB").save(buf, "JPEG", quality=80); buf.seek(0)
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
    c.showPage(); c.save()


def post(d, path):
    import pikepdf
    with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
        with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
            if d.get("xmp_creator"):
                meta["dc:creator"] = [d["xmp_creator"]]
            meta["pdf:Producer"] = d.get("producer", "")
            meta["xmp:CreatorTool"] = d.get("creator", "")
        pdf.docinfo["/Producer"] = d.get("producer", "")
        pdf.docinfo["/Creator"] = d.get("creator", "")
        if "author" in d:
            pdf.docinfo["/Author"] = d["author"]
        elif "/Author" in pdf.docinfo:
            del pdf.docinfo["/Author"]
        if d.get("outline"):
            with pdf.open_outline() as ol:
                for i, t in enumerate(d["outline"]):
                    ol.root.append(pikepdf.OutlineItem(t, min(i, len(pdf.pages) - 1)))
        for (pg, who, txt) in d.get("notes", []):
            p = pdf.pages[pg]
            a = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                                                     Rect=[480, 700 - 40 * len(p.obj.get("/Annots", [])), 500, 720 - 40 * len(p.obj.get("/Annots", []))],
                                                     T=pikepdf.String(who), Contents=pikepdf.String(txt),
                                                     Name=pikepdf.Name.Comment))
            if "/Annots" not in p.obj:
                p.obj.Annots = pdf.make_indirect(pikepdf.Array())
            p.obj.Annots.append(a)
        pdf.save(str(path), deterministic_id=True)


def surname(v):
    toks = v.replace(".", ". ").split()
    if len(toks) < 2:
        return None
    s = toks[-1]
    return s if len(s) >= 4 and s[0].isupper() else None


def make_gold(d, path, text, pages, chans):
    redact, seen = [], set()
    def add(kind, value, texts, channel=None, ocr=False):
        probes = []
        for t in texts:
            if t and (t, channel) not in seen:
                seen.add((t, channel))
                pr = {"text": t, "word": True, "after": 0}
                if ocr:
                    pr["ocr"] = True
                probes.append(pr)
        if probes:
            it = {"kind": kind, "value": value, "probes": probes}
            if channel:
                it["channel"] = channel
            redact.append(it)
    scan = d["kind"] == "scan"
    for kind, v in d["reds"]:
        texts = [v]
        if kind == "PERSON" and surname(v):
            texts.append(surname(v))
        if scan:
            from evaluate import ocr_count
            texts = [t for t in texts if ocr_count(chans.get("ocr", []), {"text": t, "word": True}) > 0]
            add(kind, v, texts, "ocr", ocr=True)
        else:
            texts = [t for t in texts if count_in(text, {"text": t, "word": True}) > 0]
            add(kind, v, texts)
    for ch, kind, v in d.get("hidden", []):
        add(kind, v, [v], ch)
    # simulated redaction for keep overlap
    sim = text
    for it in redact:
        if it.get("channel"):
            continue
        for pr in it["probes"]:
            sim = probe_regex(pr["text"], True).sub(lambda m: "\u2588" * len(m.group(0)), sim)
    keep, kseen = [], set()
    auto = []
    for rx, kind in AUTO_KEEP:
        for mm in re.finditer(rx, text):
            auto.append((kind, mm.group(0)))
    for kind, v in ([] if scan else d["keeps"] + auto):
        if v in kseen:
            continue
        kseen.add(v)
        pr = {"text": v, "word": True}
        n = count_in(text, pr)
        if n == 0 or count_in(sim, pr) != n:
            print(f"  drop keep {v!r} in {d['stem']}")
            continue
        keep.append({"kind": kind, "value": v, "probes": [{"text": v, "word": True, "after": n}]})
    return {"doc": path.name, "pages": pages, "redact": redact, "keep": keep}


def main():
    import content
    DOCS.mkdir(exist_ok=True); GOLD.mkdir(exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="s154_"))
    tot = [0, 0, 0]
    for d in content.DOCS:
        d["plain"], d["reds"], d["keeps"] = parse(d["lines"])
        path = DOCS / (d["stem"] + ".pdf")
        k = d["kind"]
        if k in ("rl", "ttf"):
            build_rl(d, path, k == "ttf")
        elif k == "docx":
            build_docx(d, path, tmp)
        else:
            build_scan(d, path)
        post(d, path)
        text, pages = text_pdfium(path)
        need = k == "scan" or d.get("hidden")
        chans = extract_channels(path, ocr="auto" if k == "scan" else "off")["channels"] if need else {}
        g = make_gold(d, path, text, pages, chans)
        (GOLD / (d["stem"] + ".json")).write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        nr = sum(len(i["probes"]) for i in g["redact"]); nk = sum(len(i["probes"]) for i in g["keep"])
        tot[0] += pages; tot[1] += nr; tot[2] += nk
        print(f"{d['stem']}: pages={pages} redact={nr} keep={nk}")
    print(f"docs={len(content.DOCS)} pages={tot[0]} redact={tot[1]} keep={tot[2]}")


if __name__ == "__main__":
    main()
