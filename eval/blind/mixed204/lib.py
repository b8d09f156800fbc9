"""Rendering and gold helpers for set mixed204 (swimming-pool accident, gemeente Deventer, invented)."""
from __future__ import annotations

import io
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, text_pdfium, extract_channels, channel_counts, probe_regex  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
FONTDIR = "/usr/share/fonts/truetype/dejavu/"

FIRST = {"Lieke", "Marco", "Esra", "Daan", "Sevda", "Ruben", "Fenna", "Thijs", "Mirjam", "Bram", "Noah", "Gerda",
         "Henk", "Ingrid", "Wouter", "Karin", "Yara", "Hanneke", "Sjoerd", "Ludo", "Anouk", "Rachid", "Wilma", "Gijs",
         "Marit", "Joost", "Pieter-Jan", "Erik-Jan", "Anneke", "Kees", "Martijn", "Chantal", "Wim", "Rob", "Jeroen",
         "Jan-Willem", "Lotte", "Marloes"}
AUTO_KEEP = [r"\b\d{1,2} (?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) 2026\b",
             r"EUR \d[\d.,]*\d", r"\bartikel \d+(?:[.:]\d+)*[a-z]?\b",
             r"\b(?:bedrijfsleider|toezichthouders?|hoofd toezicht|beleidsadviseur|teamleider|jurist informatiebeheer|"
             r"schadebehandelaar|inspecteurs?|wedstrijdbad|bezoekers|reanimatie|ambulance|subsidiebeschikking|"
             r"instructiebad|secretaris|voorzitter|penningmeester|woordvoerder|communicatieadviseur)\b"]
MARK = re.compile(r"\[\[(.+?)\]\]|\{\{(.+?)\}\}")


def _kind_r(t):
    if "@" in t:
        return "EMAIL"
    if re.match(r"^NL\d\d[A-Z]{4}", t):
        return "IBAN"
    if sum(c.isdigit() for c in t) >= 6:
        return "PHONE" if re.match(r"^(\+|0)", t) else "ID"
    return "PERSON"


def parse(text):
    """Strip markers; return plain text, redact list, keep list. [[x]] or [[x|KIND]] redact, {{x}} keep."""
    red, keep = [], []

    def rep(m):
        if m.group(1) is not None:  # redact
            v, _, k = m.group(1).partition("|")
            red.append((k or _kind_r(v), v))
            return v
        v, _, k = m.group(2).partition("|")
        keep.append((k or "ORG", v))
        return v
    return MARK.sub(rep, text), red, keep


class Doc:
    def __init__(self, stem, body, producer="", creator="", kind="rl", font="Helvetica", size=10,
                 author=None, xmp_creator=None, outline=None, notes=None, fields=None, title="",
                 ocr_pages=None, hand=None):
        self.stem, self.body, self.producer, self.creator, self.kind = stem, body, producer, creator, kind
        self.font, self.size, self.author, self.xmp_creator = font, size, author, xmp_creator
        self.outline, self.notes, self.fields, self.title = outline or [], notes or [], fields or [], title
        self.ocr_pages, self.hand = ocr_pages or [], hand


def _register(font):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if font.startswith("DejaVu") and font not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(font, FONTDIR + font + ".ttf"))
    return font


def render_rl(d, path, plain):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas
    font = _register(d.font)
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold"}.get(font, font)
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setProducer(d.producer or "ReportLab PDF Library - www.reportlab.com")
    c.setCreator(d.creator or "")
    c.setTitle(d.title or "")
    c.setAuthor(d.author or "")
    W, H = A4
    x0, y = 60, H - 60
    lh = d.size * 1.35
    pageno = 0
    outl = list(d.outline)
    fq = list(d.fields)
    from reportlab.pdfbase.pdfmetrics import stringWidth
    colw = {}
    for ln in plain.split("\n"):
        if "\t" in ln:
            cs = ln.lstrip("# ").split("\t")
            cur = colw.setdefault(len(cs), [0] * len(cs))
            for i, cc in enumerate(cs):
                cur[i] = max(cur[i], stringWidth(cc, bold, d.size - 1) + 10)

    def newpage():
        nonlocal y, pageno
        if pageno:
            c.showPage()
        pageno += 1
        y = H - 60
        if outl and pageno <= len(outl):
            key = f"bm{pageno}"
            c.bookmarkPage(key)
            c.addOutlineEntry(parse(outl[pageno - 1])[0], key, level=0)
    newpage()
    for raw in plain.split("\n"):
        if raw == "\f":
            newpage()
            continue
        f = font
        line = raw
        if line.startswith("# "):
            f, line = bold, line[2:]
        if "\t" in line:
            cols = line.split("\t")
            if y < 60:
                newpage()
            ws = colw.get(len(cols))
            fs = d.size - 1
            tot = sum(ws)
            if tot > W - 2 * x0:
                fs = fs * (W - 2 * x0) / tot
                ws = [w * (W - 2 * x0) / tot for w in ws]
            x = x0
            for i, col in enumerate(cols):
                c.setFont(f, fs)
                c.drawString(x, y, col)
                x += ws[i]
            y -= lh
            continue
        if d.fields and line.endswith(":") and fq:
            fname, val = fq.pop(0)
            c.acroForm.textfield(name=fname, value=val, x=x0 + 170, y=y - 4, width=260, height=14,
                                 fontName="Helvetica", fontSize=9, borderWidth=0.5)
        parts = simpleSplit(line, f, d.size, W - 2 * x0) or [""]
        for p in parts:
            if y < 60:
                newpage()
            c.setFont(f, d.size)
            c.drawString(x0, y, p)
            y -= lh
    c.save()


def render_docx(d, path, plain):
    import docx
    tmp = Path(f"/tmp/s204_docx/{d.stem}.docx")
    tmp.parent.mkdir(exist_ok=True)
    doc = docx.Document()
    for raw in plain.split("\n"):
        if raw == "\f":
            doc.add_page_break()
            continue
        if raw.startswith("# "):
            p = doc.add_paragraph()
            p.add_run(raw[2:]).bold = True
        else:
            doc.add_paragraph(raw.replace("\t", "   "))
    doc.core_properties.author = d.author or ""
    doc.core_properties.title = d.title or ""
    doc.save(tmp)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s204_lo", "--headless", "--convert-to",
                    "pdf", "--outdir", str(tmp.parent), str(tmp)], check=True, capture_output=True)
    Path(path).write_bytes(tmp.with_suffix(".pdf").read_bytes())


def render_scan(d, path, plain):
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    from reportlab.lib.utils import ImageReader
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setProducer(d.producer or "KODAK Capture Pro")
    c.setCreator(d.creator or "")
    W, H = A4
    for pi, pagetext in enumerate(plain.split("\n\f\n")):
        img = Image.new("L", (1654, 2339), 250)
        dr = ImageDraw.Draw(img)
        f = ImageFont.truetype(FONTDIR + "DejaVuSerif.ttf", 30)
        fh = ImageFont.truetype(FONTDIR + "DejaVuSans-Oblique.ttf", 38)
        y = 140
        for line in pagetext.split("\n"):
            left, _, right = line.partition("~ ")
            if left.strip():
                dr.text((130, y), left.rstrip(), fill=20, font=f)
            if right:
                dr.text((130 if not left.strip() else 900, y), right, fill=35, font=fh)
            y += 46
        img = img.rotate(0.6 + 0.2 * pi, fillcolor=250, resample=Image.BICUBIC)
        b = io.BytesIO()
        img.save(b, "JPEG", quality=80)
        b.seek(0)
        c.drawImage(ImageReader(b), 0, 0, W, H)
        c.showPage()
    c.save()


def post(d, path):
    import pikepdf
    if not (d.xmp_creator or d.notes or d.producer):
        return
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        if d.xmp_creator:
            with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as m:
                m["dc:creator"] = [d.xmp_creator]
        for (pg, who, txt) in d.notes:
            page = pdf.pages[pg]
            ann = pdf.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                Rect=pikepdf.Array([450, 700 - 40 * len(page.obj.get("/Annots", [])), 470, 720 - 40 * len(page.obj.get("/Annots", []))]),
                T=pikepdf.String(who), Contents=pikepdf.String(parse(txt)[0]), Name=pikepdf.Name.Comment))
            if "/Annots" not in page.obj:
                page.obj.Annots = pdf.make_indirect(pikepdf.Array())
            page.obj.Annots.append(ann)
        if d.producer and d.kind == "docx":
            pdf.docinfo["/Producer"] = d.producer
        pdf.save(path, deterministic_id=True)


def build(d):
    DOCS_DIR.mkdir(exist_ok=True)
    plain, red, keep = parse(d.body)
    path = DOCS_DIR / f"{d.stem}.pdf"
    {"rl": render_rl, "docx": render_docx, "scan": render_scan}[d.kind](d, path, plain)
    post(d, path)
    return path, plain, red, keep


def make_gold(d, path, red, keep):
    problems = []
    text, pages = text_pdfium(path)
    hidden = []
    if d.author:
        hidden.append(("metadata", "PERSON", d.author))
    if d.xmp_creator and d.xmp_creator != d.author:
        hidden.append(("metadata", "PERSON", d.xmp_creator))
    for t in d.outline:
        for v in re.findall(r"\[\[(.+?)\]\]", t):
            v, _, k = v.partition("|")
            hidden.append(("outline", k or "PERSON", v))
    for pg, who, txt in d.notes:
        hidden.append(("annotations", "PERSON", who))
        for v in re.findall(r"\[\[(.+?)\]\]", txt):
            v, _, k = v.partition("|")
            hidden.append(("annotations", k or _kind_r(v), v))
    for fname, val in d.fields:
        if fname.startswith("r_"):
            hidden.append(("annotations", _kind_r(val), val))
    items, seen = [], set()
    ch = None
    for k, v in red:
        if v in seen:
            continue
        seen.add(v)
        if d.kind == "scan":
            items.append({"kind": k, "value": v, "channel": "ocr",
                          "probes": [{"text": v, "word": True, "after": 0, "ocr": True}]})
        else:
            items.append({"kind": k, "value": v, "probes": [{"text": v, "word": True, "after": 0}]})
    for chn, k, v in hidden:
        if v in seen:
            continue
        seen.add(v)
        items.append({"kind": k, "value": v, "channel": chn, "probes": [{"text": v, "word": True, "after": 0}]})
    allprobes = {it["probes"][0]["text"] for it in items}
    for it in items:
        if it["kind"] != "PERSON":
            continue
        toks = it["value"].replace(",", " ").split()
        cands = [t for t in toks if len(t) >= 4 and t[0].isupper() and "." not in t and t not in FIRST]
        for t in cands[-1:] + [x for x in toks if "-" in x and len(x) > 6 and all(p[:1].isupper() for p in x.split("-"))][:1]:
            if t in allprobes or t == it["value"]:
                continue
            pr = {"text": t, "word": True, "after": 0}
            if it.get("channel") == "ocr":
                pr["ocr"] = True
            if it.get("channel") not in (None, "ocr") and count_in(text, pr):
                continue
            it["probes"].append(pr)
            allprobes.add(t)
    rvals = [p["text"] for it in items for p in it["probes"]] + [it["value"] for it in items]
    for rx in AUTO_KEEP:
        for m in re.finditer(rx, text):
            keep.append(("MISC", m.group(0)))
    kitems, kseen = [], set()
    for k, v in keep:
        if v in kseen:
            continue
        kseen.add(v)
        pr = {"text": v, "word": True}
        for rv in rvals:
            if probe_regex(v, True).search(rv) or probe_regex(rv, True).search(v):
                problems.append(f"{d.stem}: keep {v!r} overlaps redact {rv!r}")
        n = count_in(text, pr)
        if n == 0:
            problems.append(f"{d.stem}: keep {v!r} not in text")
            continue
        pr["after"] = n
        kitems.append({"kind": k, "value": v, "probes": [pr]})
    # verify redact
    hiddench = {it.get("channel") for it in items} - {None}
    chans = extract_channels(path, ocr="auto" if "ocr" in hiddench else "off")["channels"] if hiddench else {}
    for it in items:
        c = it.get("channel", "pdfium")
        pr = it["probes"][0]
        ok = count_in(text, pr) > 0 if c == "pdfium" else channel_counts(chans, pr).get(c, 0) > 0
        if c not in ("pdfium", "ocr") and count_in(text, pr):
            problems.append(f"{d.stem}: hidden {pr['text']!r} in page text")
        if not ok:
            problems.append(f"{d.stem}: redact {pr['text']!r} not found in {c}")
    gold = {"doc": path.name, "pages": pages, "redact": items, "keep": kitems}
    return gold, problems
