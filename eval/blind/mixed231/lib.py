"""Rendering and gold helpers for set mixed231 (volkstuinen Deventer)."""
from __future__ import annotations

import io, os, re, shutil, subprocess, sys, random
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, text_pdfium, extract_channels, channel_counts, probe_regex  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
TMP = Path("/tmp/s231_build")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONTS = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"


class Doc:
    def __init__(self, stem, lines, redact, keep, producer="rl", meta=None, hidden=None, ocr_redact=None):
        self.stem, self.lines, self.redact, self.keep = stem, lines, redact, keep
        self.producer = producer        # rl | rlttf | docx | scan
        self.meta = meta or {}           # Author, Creator, Producer, Title, xmp_creator
        self.hidden = hidden or {}       # outline: [titles], notes: [(T, Contents)], form: [(name, value)]
        self.ocr_redact = ocr_redact or []

    def build(self) -> Path:
        DOCS_DIR.mkdir(exist_ok=True)
        out = DOCS_DIR / f"{self.stem}.pdf"
        if self.producer == "docx":
            build_docx(self, out)
        elif self.producer == "scan":
            build_scan(self, out)
        else:
            build_rl(self, out)
        post(self, out)
        return out


def _wrap(text, font, size, width, c):
    words, lines, cur = text.split(" "), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if c.stringWidth(t, font, size) > width and cur:
            lines.append(cur)
            cur = w
        else:
            cur = t
    lines.append(cur)
    return lines


def build_rl(d, out):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if d.producer == "rlttf":
        try:
            pdfmetrics.registerFont(TTFont("DV", FONT)); pdfmetrics.registerFont(TTFont("DVB", FONTB))
        except Exception:
            pass
        f, fb = "DV", "DVB"
    else:
        f, fb = "Helvetica", "Helvetica-Bold"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    W, H = A4
    y = H - 60
    outl = list(d.hidden.get("outline", []))
    oi = 0
    for ln in d.lines:
        font, size = f, 10
        if ln.startswith("# "):
            font, size, ln = fb, 13, ln[2:]
        elif ln.startswith("## "):
            font, size, ln = fb, 11, ln[3:]
        if ln == "<<PAGE>>":
            c.showPage(); y = H - 60; continue
        if ln.startswith("<<BM>>"):
            if oi < len(outl):
                key = f"bm{oi}"
                c.bookmarkPage(key); c.addOutlineEntry(outl[oi], key, 0); oi += 1
            continue
        if ln.startswith("<<FIELD "):
            name, label = ln[8:-2].split("|", 1)
            val = dict(d.hidden.get("form", []))[name]
            c.setFont(f, 10); c.drawString(60, y, label)
            c.acroForm.textfield(name=name, value=val, x=230, y=y - 4, width=280, height=16,
                                 borderWidth=0.5, fontName="Helvetica", fontSize=9)
            y -= 24; continue
        wrapped = _wrap(ln, font, size, W - 120, c) if ln else [""]
        for wl in wrapped:
            if y < 60:
                c.showPage(); y = H - 60
            c.setFont(font, size); c.drawString(60, y, wl)
            y -= size + 5
        if font == fb:
            y -= 3
    c.save()


def build_docx(d, out):
    import docx
    doc = docx.Document()
    for ln in d.lines:
        if ln.startswith("# "):
            doc.add_heading(ln[2:], level=1)
        elif ln.startswith("## "):
            doc.add_heading(ln[3:], level=2)
        elif ln == "<<PAGE>>":
            doc.add_page_break()
        else:
            doc.add_paragraph(ln)
    cp = doc.core_properties
    cp.author = d.meta.get("docx_author", "")
    cp.title = d.meta.get("Title", "")
    cp.last_modified_by = ""
    TMP.mkdir(parents=True, exist_ok=True)
    src = TMP / f"{d.stem}.docx"
    doc.save(src)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s231_lo", "--headless", "--convert-to", "pdf",
                    "--outdir", str(TMP), str(src)], capture_output=True, timeout=180)
    shutil.copy(TMP / f"{d.stem}.pdf", out)


def build_scan(d, out):
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    rnd = random.Random(d.stem)
    W, H = 1654, 2339  # 200 dpi A4
    img = Image.new("L", (W, H), 246)
    dr = ImageDraw.Draw(img)
    fn = ImageFont.truetype(FONTS, 34); fb = ImageFont.truetype(FONTB, 40)
    y = 160
    for ln in d.lines:
        font = fn
        if ln.startswith("# "):
            font, ln = fb, ln[2:]
        dr.text((150, y), ln, fill=25, font=font)
        y += 58 if ln else 30
    for _ in range(1500):
        x, yy = rnd.randrange(W), rnd.randrange(H)
        dr.point((x, yy), fill=rnd.randrange(150, 230))
    img = img.rotate(0.6 if len(d.stem) % 2 else -0.5, fillcolor=246, resample=Image.BICUBIC)
    buf = io.BytesIO(); img.save(buf, "JPEG", quality=72); buf.seek(0)
    TMP.mkdir(parents=True, exist_ok=True)
    jp = TMP / f"{d.stem}.jpg"; jp.write_bytes(buf.getvalue())
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.drawImage(str(jp), 0, 0, width=A4[0], height=A4[1])
    c.save()


def post(d, out):
    import pikepdf
    with pikepdf.open(out, allow_overwriting_input=True) as pdf:
        m = d.meta
        with pdf.open_metadata(set_pikepdf_as_editor=False) as x:
            if m.get("xmp_creator"):
                x["dc:creator"] = [m["xmp_creator"]]
            if m.get("Title"):
                x["dc:title"] = m["Title"]
            if m.get("Producer"):
                x["pdf:Producer"] = m["Producer"]
        for k in ("Author", "Creator", "Producer", "Title"):
            if k in m:
                pdf.docinfo[f"/{k}"] = m[k]
        if "Author" not in m and "/Author" in pdf.docinfo:
            del pdf.docinfo["/Author"]
        for i, (pg, t, cont) in enumerate(d.hidden.get("notes", [])):
            page = pdf.pages[pg]
            an = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                                   Rect=[450, 700 - 40 * i, 470, 720 - 40 * i], T=pikepdf.String(t),
                                   Contents=pikepdf.String(cont), Open=False))
            if "/Annots" not in page.obj:
                page.obj["/Annots"] = pikepdf.Array()
            page.obj.Annots.append(an)
        pdf.save(out, deterministic_id=True)


def make_gold(d, path):
    problems = []
    text, pages = text_pdfium(path)
    hidden_kinds = {it[2] for it in d.redact if len(it) > 2} | ({"ocr"} if d.ocr_redact else set())
    chans = extract_channels(path, ocr="auto" if "ocr" in hidden_kinds else "off")["channels"] if hidden_kinds else {}
    red = []
    allred = []
    for it in d.redact:
        kind, probes = it[0], it[1]
        ch = it[2] if len(it) > 2 else None
        ps = []
        for p in probes:
            pr = {"text": p, "word": True, "after": 0}
            allred.append(p)
            if ch is None:
                if count_in(text, pr) == 0:
                    problems.append(f"{d.stem}: redact {p!r} not in text"); continue
            else:
                if channel_counts(chans, pr).get(ch, 0) == 0:
                    problems.append(f"{d.stem}: redact {p!r} not in {ch}"); continue
                if count_in(text, pr):
                    problems.append(f"{d.stem}: hidden {p!r} in text"); continue
            ps.append(pr)
        if ps:
            item = {"kind": kind, "value": probes[0], "probes": ps}
            if ch:
                item["channel"] = ch
            red.append(item)
    ocr_ok = ocr_bad = 0
    for kind, probes in d.ocr_redact:
        ps = []
        for p in probes:
            pr = {"text": p, "word": True, "after": 0, "ocr": True}
            allred.append(p)
            if channel_counts(chans, pr).get("ocr", 0):
                ps.append(pr)
            else:
                print(f"   (ocr miss, dropped) {d.stem}: {p!r}")
        if ps:
            red.append({"kind": kind, "value": probes[0], "probes": ps, "channel": "ocr"})
    # simulated redaction
    masked = text
    for p in sorted(set(allred), key=len, reverse=True):
        masked = probe_regex(p, True).sub(lambda m: "█" * len(m.group(0)), masked)
    keep = []
    for kind, probes in d.keep:
        ps = []
        for p in probes:
            pr = {"text": p, "word": True}
            n = count_in(text, pr)
            if n == 0:
                problems.append(f"{d.stem}: keep {p!r} not in text"); continue
            if count_in(masked, pr) != n or any(p in r or r in p for r in allred):
                problems.append(f"{d.stem}: keep {p!r} overlaps a redact value"); continue
            pr["after"] = n
            ps.append(pr)
        if ps:
            keep.append({"kind": kind, "value": probes[0], "probes": ps})
    # public words and dates/amounts that occur in the text (dates of letters, amounts, generic terms)
    have = {p["text"] for it in keep for p in it["probes"]}
    cands = []
    mon = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
    cands += [("DATE", m) for m in re.findall(r"\b\d{1,2} (?:%s) 20\d\d\b" % mon, text)]
    cands += [("AMOUNT", m) for m in re.findall(r"EUR \d[\d.]*,\d\d", text)]
    cands += [("TERM", w) for w in PUBLIC_WORDS]
    for kind, p in cands:
        if p in have:
            continue
        pr = {"text": p, "word": True}
        n = count_in(text, pr)
        if n == 0 or count_in(masked, pr) != n or any(p in r or r in p for r in allred):
            continue
        if any(p in h or h in p for h in have):
            continue
        have.add(p)
        pr["after"] = n
        keep.append({"kind": kind, "value": p, "probes": [pr]})
    return {"doc": path.name, "pages": pages, "redact": red, "keep": keep}, problems


PUBLIC_WORDS = ["Deventer", "huurovereenkomst", "berging", "hekwerk", "boa", "bestuur", "college", "gemeenteraad",
                "volkstuincomplex", "Sociaal Wijkteam", "Woo", "AVVN", "subsidie", "omgevingsplan", "Omgevingswet",
                "buurtbemiddeling", "composthoop", "wachtlijst", "contributie", "Lettele", "Diepenveen", "Olst",
                "Zutphen", "Apeldoorn", "motie", "raadsleden", "Team Vastgoed", "Toezicht en Handhaving", "KvK"]
