"""Engine for set mixed169: markup «redact» and ‹keep› in document text; gold is derived from it."""
from __future__ import annotations
import io, json, re, subprocess, sys, tempfile
from pathlib import Path
sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, norm, text_pdfium, extract_channels, channel_counts  # noqa
import pikepdf
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.utils import ImageReader
from PIL import Image, ImageDraw, ImageFont

HERE = Path(__file__).resolve().parent
DOCS, GOLD = HERE / "docs", HERE / "gold"
DJ = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DejaVu", DJ + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DejaVuB", DJ + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DejaVuSerif", DJ + "DejaVuSerif.ttf"))
RX = re.compile(r"«([^»]+)»|‹([^›]+)›")


def strip(t):
    return RX.sub(lambda m: m.group(1) or m.group(2), t)


def marks(t):
    r, k = [], []
    for m in RX.finditer(t):
        (r if m.group(1) else k).append(m.group(1) or m.group(2))
    return r, k


PARTICLES = {"van", "de", "der", "den", "ter", "ten", "te", "'t", "el", "in", "het", "mr.", "drs.", "mevrouw", "huisarts"}
EXTRA_KEEP = ["gemeente Wezelveen", "Wezelveen", "wegsleepregeling", "gehandicaptenparkeerplaats", "gehandicaptenparkeerkaart",
    "handhaver", "handhavers", "takelwagen", "depot", "kenteken", "bezwaar", "klacht", "Toyota Yaris", "fysiotherapeut",
    "12 maart 2026", "19 maart 2026", "2 februari 2026", "21 april 2026", "28 februari 2026", "€ 329,50", "€ 298,00",
    "artikel 170", "artikel 4 lid 2", "zoekplicht", "bodycam", "bodycambeelden", "Met vriendelijke groet", "Hoogachtend",
    "Onderwerp", "Datum", "Kenmerk", "Verzonden", "teamleider", "chauffeur", "meldkamer", "Argonaut", "BOA", "GPK-aanvraag",
    "kostenbeschikking", "hoorzitting", "Woo-verzoek", "inventarislijst", "college", "burgemeester", "raad", "Awb",
    "Postbus 100", "Stadskantoor", "Binnenstad-Oost", "Renault Clio", "Volkswagen Polo", "Peugeot 208", "Kia Picanto", "Ford Transit",
    "RDW", "maart 2026", "april 2026", "2025", "openbaar", "deels openbaar", "familiebedrijf", "rollator", "loopafstand",
    "werkinstructie", "beleidsregel", "Beleidsregel", "Commissie", "commissie", "voorzitter", "secretaris", "Opdrachtnummer"]


def surname(v):
    if "@" in v or sum(ch.isdigit() for ch in v) >= 2 or " " not in v: return None
    toks = v.split(" ")
    i = len(toks) - 1
    while i > 0 and toks[i - 1].lower() in PARTICLES: i -= 1
    sn = " ".join(toks[i:])
    if len(sn) < 4 or sn == v: return None
    return sn


def kind_r(v):
    if "@" in v: return "EMAIL"
    if re.match(r"NL\d\d[A-Z]{4}", v.replace(" ", "")): return "IBAN"
    if sum(c.isdigit() for c in v) >= 6: return "NUMBER"
    if re.match(r"^[A-Z0-9]{1,3}-[A-Z0-9]{2,3}-[A-Z0-9]{1,3}$", v): return "LICENSE_PLATE"
    return "PERSON"


def kind_k(v):
    return "REFERENCE" if sum(c.isdigit() for c in v) >= 3 else "PUBLIC"


class Doc:
    def __init__(self, stem, style, text, title="", author=None, xmp=None, producer=None, creator=None,
                 outline=(), notes=(), form=None, scan=None):
        self.stem, self.style, self.text, self.title = stem, style, text, title
        self.author, self.xmp, self.producer, self.creator = author, xmp, producer, creator
        self.outline, self.notes, self.form, self.scan = list(outline), list(notes), form, scan


def _wrap(line, font, size, width):
    words, out, cur = line.split(" "), [], ""
    for w in words:
        t = (cur + " " + w) if cur else w
        if pdfmetrics.stringWidth(t, font, size) > width and cur:
            out.append(cur); cur = w
        else:
            cur = t
    out.append(cur)
    return out


def render_rl(doc, path):
    font, bold = ("Helvetica", "Helvetica-Bold") if doc.style == "rl-helv" else ("DejaVu", "DejaVuB")
    if doc.style == "rl-serif": font, bold = "DejaVuSerif", "DejaVuB"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    W, H = A4
    y = H - 60
    size = 9.5
    lines = strip(doc.text).strip("\n").split("\n")
    tinfo, i = {}, 0
    while i < len(lines):
        if lines[i].count("|") >= 2:
            j = i
            while j < len(lines) and lines[j].count("|") >= 2: j += 1
            rows = [[x.strip() for x in l.strip("|").split("|")] for l in lines[i:j]]
            nc = max(len(r) for r in rows)
            ws = [max(pdfmetrics.stringWidth(r[k], font, 8) if k < len(r) else 0 for r in rows) + 8 for k in range(nc)]
            fs = min(8.0, 8.0 * (W - 110) / sum(ws))
            xs = [55 + sum(ws[:k]) * fs / 8 for k in range(nc)]
            for k in range(i, j): tinfo[k] = (fs, xs)
            i = j
        else:
            i += 1
    for li, raw in enumerate(lines):
        if raw.strip() == "---PAGE---":
            c.showPage(); y = H - 60; continue
        f, s, ln = font, size, raw
        if raw.startswith("# "):
            f, s, ln = bold, 12, raw[2:]
        if li in tinfo:
            fs, xs = tinfo[li]
            cells = [x.strip() for x in raw.strip("|").split("|")]
            if y < 60: c.showPage(); y = H - 60
            for k, cell in enumerate(cells):
                c.setFont(font, fs)
                c.drawString(xs[k], y, cell)
            y -= fs + 5; continue
        for piece in _wrap(ln, f, s, W - 110) if ln else [""]:
            if y < 60: c.showPage(); y = H - 60
            c.setFont(f, s); c.drawString(55, y, piece); y -= s + 4
    if doc.form:
        form = c.acroForm
        y -= 10
        for name, label, val in doc.form:
            if y < 80: c.showPage(); y = H - 60
            c.setFont(font, 9); c.drawString(55, y + 4, label)
            form.textfield(name=name, tooltip=label, x=230, y=y, width=300, height=16, value=strip(val),
                           fontName="Helvetica", fontSize=9, borderWidth=0.5)
            y -= 24
    c.save()


def render_scan(doc, path):
    txt = strip(doc.text).strip("\n").split("\n")
    hand = doc.scan.get("hand", False)
    fnt = ImageFont.truetype(DJ + ("DejaVuSans-Oblique.ttf" if hand else "DejaVuSerif.ttf"), 30)
    img = Image.new("L", (1654, 2339), 250)
    d = ImageDraw.Draw(img)
    y = 140
    for line in txt:
        for piece in (_wrap_px(line, fnt, 1380, d) if line else [""]):
            d.text((140, y), piece, font=fnt, fill=25); y += 46
    img = img.rotate(doc.scan.get("rot", 0.7), resample=Image.BICUBIC, fillcolor=250)
    buf = io.BytesIO(); img.convert("RGB").save(buf, "JPEG", quality=72); buf.seek(0)
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1]); c.save()


def _wrap_px(line, fnt, width, d):
    words, out, cur = line.split(" "), [], ""
    for w in words:
        t = (cur + " " + w) if cur else w
        if d.textlength(t, font=fnt) > width and cur:
            out.append(cur); cur = w
        else:
            cur = t
    out.append(cur); return out


def render_docx_batch(docs, lo_profile="file:///tmp/s169_lo"):
    import docx
    from docx.shared import Pt
    td = Path("/tmp/s169_docx"); td.mkdir(exist_ok=True)
    files = []
    for doc in docs:
        d = docx.Document()
        st = d.styles["Normal"]; st.font.name = "Liberation Sans"; st.font.size = Pt(10)
        rows = []
        lines = strip(doc.text).strip("\n").split("\n")
        def flush():
            if rows:
                t = d.add_table(rows=len(rows), cols=len(rows[0])); t.style = "Table Grid"
                for i, r in enumerate(rows):
                    for j, cell in enumerate(r): t.cell(i, j).text = cell
                rows.clear()
        for ln in lines:
            if ln.count("|") >= 2:
                rows.append([x.strip() for x in ln.strip("|").split("|")]); continue
            flush()
            if ln.strip() == "---PAGE---":
                d.add_page_break()
            elif ln.startswith("# "):
                d.add_heading(ln[2:], level=2)
            else:
                d.add_paragraph(ln)
        flush()
        d.core_properties.author = doc.author or ""
        d.core_properties.title = doc.title
        f = td / f"{doc.stem}.docx"; d.save(f); files.append(str(f))
    subprocess.run(["soffice", f"-env:UserInstallation={lo_profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(td)] + files, capture_output=True, timeout=600)
    for doc in docs:
        (td / f"{doc.stem}.pdf").replace(DOCS / f"{doc.stem}.pdf")


def postprocess(doc, path):
    with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
        di = pdf.docinfo
        for k in list(di.keys()):
            if k in ("/Author", "/Title", "/Producer", "/Creator"): del di[k]
        if doc.title: di["/Title"] = doc.title
        if doc.author: di["/Author"] = doc.author
        if doc.producer: di["/Producer"] = doc.producer
        if doc.creator: di["/Creator"] = doc.creator
        if doc.xmp:
            with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as m:
                m["dc:creator"] = [doc.xmp]
                if doc.title: m["dc:title"] = doc.title
        if doc.outline:
            with pdf.open_outline() as ol:
                for t, pg in doc.outline:
                    ol.root.append(pikepdf.OutlineItem(strip(t), pg))
        for pg, (who, body) in doc.notes:
            page = pdf.pages[pg]
            a = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                  Rect=[480, 700, 500, 720], T=pikepdf.String(strip(who)), Contents=pikepdf.String(strip(body)),
                  Open=False, Name=pikepdf.Name.Comment))
            if "/Annots" not in page.obj: page.obj.Annots = pdf.make_indirect(pikepdf.Array())
            page.obj.Annots.append(a)
        pdf.save(str(path), deterministic_id=True)


def make_gold(doc, path):
    text, pages = text_pdfium(path)
    problems = []
    r, k = marks(doc.text)
    red, seen = [], set()
    hidden = []
    if doc.author: hidden.append(("metadata", doc.author))
    if doc.xmp: hidden.append(("metadata", doc.xmp))
    for t, _ in doc.outline: hidden += [("outline", v) for v in marks(t)[0]]
    for _, (who, body) in doc.notes:
        hidden += [("annotations", v) for v in marks(who)[0] + marks(body)[0]]
    if doc.form:
        hidden += [("annotations", v) for f in doc.form for v in marks(f[2])[0]]
    chans = None
    if doc.scan or hidden:
        chans = extract_channels(path, ocr="auto" if doc.scan else "off")["channels"]
    for v in r:
        if v in seen: continue
        seen.add(v)
        pr = {"text": v, "word": True, "after": 0}
        if doc.scan:
            pr["ocr"] = True
            if not channel_counts(chans, pr).get("ocr"):
                continue  # OCR does not read it reliably: not claimed
            red.append({"kind": kind_r(v), "value": v, "channel": "ocr", "probes": [pr]})
        else:
            if count_in(text, pr) == 0: problems.append(f"{doc.stem}: redact {v!r} not in text")
            item = {"kind": kind_r(v), "value": v, "probes": [pr]}
            sn = surname(v)
            if sn and sn not in seen and sn not in r and count_in(text, {"text": sn, "word": True}):
                seen.add(sn); item["probes"].append({"text": sn, "word": True, "after": 0})
            red.append(item)
    for ch, v in hidden:
        if (ch, v) in seen: continue
        seen.add((ch, v))
        pr = {"text": v, "word": True, "after": 0}
        if not channel_counts(chans, pr).get(ch): problems.append(f"{doc.stem}: {v!r} not in {ch}")
        if count_in(text, pr): problems.append(f"{doc.stem}: hidden {v!r} in page text")
        red.append({"kind": kind_r(v), "value": v, "channel": ch, "probes": [pr]})
    # simulate redaction of page text, to check keep probes do not overlap redact values
    sim = text
    allred = sorted({i["value"] for i in red}, key=len, reverse=True)
    for v in allred:
        sim = re.sub(re.escape(norm(v)), lambda m: "#" * len(m.group(0)), sim)
    keep, kseen = [], set()
    if not doc.scan:
        for v in k + [c for c in EXTRA_KEEP if c not in k and count_in(text, {"text": c, "word": True})]:
            if v in kseen: continue
            kseen.add(v)
            if v not in k:  # automatic extra keep probe: only where clearly separate from redact values
                pe = {"text": v, "word": True}
                if count_in(sim, pe) != count_in(text, pe) or any(v in x or x in v for x in allred): continue
            pr = {"text": v, "word": True}
            n = count_in(text, pr)
            if n == 0: problems.append(f"{doc.stem}: keep {v!r} not in text"); continue
            if count_in(sim, pr) != n: problems.append(f"{doc.stem}: keep {v!r} overlaps a redact value")
            if any(v in x or x in v for x in allred): problems.append(f"{doc.stem}: keep {v!r} overlaps")
            pr["after"] = n
            keep.append({"kind": kind_k(v), "value": v, "probes": [pr]})
    return {"doc": path.name, "pages": pages, "redact": red, "keep": keep}, problems
