"""Rendering and gold helpers for set mixed207 (camera surveillance and area bans, gemeente Meppel)."""
from __future__ import annotations
import io, json, re, subprocess, sys, shutil, random
from pathlib import Path
sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, norm, probe_regex, text_pdfium, extract_channels, channel_counts  # noqa

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
GOLD = HERE / "gold"
MARK = re.compile(r"\[\[(.+?)\]\]|\{\{(.+?)\}\}")
FONTDIR = "/usr/share/fonts/truetype/dejavu/"


def strip(s):
    return MARK.sub(lambda m: m.group(1) or m.group(2), s)


def spans(s):
    red, keep = [], []
    for m in MARK.finditer(s):
        if m.group(1):
            red.append(m.group(1))
        else:
            keep.append(m.group(2))
    return red, keep


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ----------------------------------------------------------------- reportlab rendering
def render_rl(path, blocks, font="Helvetica", title="", author="", outline=None, annots=None, form=None):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    fb = font + "-Bold" if font == "Helvetica" else font + "B"
    if font == "DejaVu":
        pdfmetrics.registerFont(TTFont("DejaVu", FONTDIR + "DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("DejaVuB", FONTDIR + "DejaVuSans-Bold.ttf"))
    if font == "DejaVuSerif":
        pdfmetrics.registerFont(TTFont("DejaVuSerif", FONTDIR + "DejaVuSerif.ttf"))
        pdfmetrics.registerFont(TTFont("DejaVuSerifB", FONTDIR + "DejaVuSerif-Bold.ttf"))
    if font == "Times-Roman":
        fb = "Times-Bold"
    body = ParagraphStyle("b", fontName=font, fontSize=9.5, leading=12.5, spaceAfter=4)
    head = ParagraphStyle("h", fontName=fb, fontSize=12, leading=15, spaceAfter=6, spaceBefore=4)
    small = ParagraphStyle("s", fontName=font, fontSize=8, leading=10)
    if font.startswith("DejaVu"):
        pdfmetrics.registerFont(TTFont("DejaVuMono", FONTDIR + "DejaVuSansMono.ttf"))
    mono = ParagraphStyle("m", fontName="DejaVuMono" if font.startswith("DejaVu") else "Courier", fontSize=8.5, leading=10.5, spaceAfter=1)
    story = []
    outline = outline or []
    class Doc(SimpleDocTemplate):
        def afterFlowable(self, fl):
            k = getattr(fl, "_bm", None)
            if k:
                key = "bm%d" % id(fl)
                self.canv.bookmarkPage(key)
                self.canv.addOutlineEntry(k, key, 0)
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "table":
            rows = [[Paragraph(esc(strip(c)), small) for c in r] for r in b[1]]
            t = Table(rows, colWidths=b[2] if len(b) > 2 else None, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde5ee")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [t, Spacer(1, 6)]
        elif isinstance(b, tuple) and b[0] == "h":
            p = Paragraph(esc(strip(b[1])), head)
            if len(b) > 2:
                p._bm = b[2]
            story.append(p)
        elif isinstance(b, tuple) and b[0] == "m":
            for ln in b[1].split("\n"):
                story.append(Paragraph(esc(strip(ln)) or "&nbsp;", mono))
        elif b == "PB":
            from reportlab.platypus import PageBreak
            story.append(PageBreak())
        elif b == "":
            story.append(Spacer(1, 6))
        else:
            story.append(Paragraph(esc(strip(b)).replace("\n", "<br/>"), body))
    buf = io.BytesIO()
    doc = Doc(buf, pagesize=A4, leftMargin=60, rightMargin=55, topMargin=50, bottomMargin=50,
              title=title, author=author)
    def onpage(c, d):
        if form and c.getPageNumber() == 1:
            pass
    doc.build(story)
    path.write_bytes(buf.getvalue())


def fix_meta(path, producer, creator, author=None, xmp_creator=None, title=None, annots=None, form=None):
    import pikepdf
    pdf = pikepdf.open(path, allow_overwriting_input=True)
    with pdf.open_metadata(set_pikepdf_as_editor=False) as m:
        if xmp_creator:
            m["dc:creator"] = [xmp_creator]
        if title:
            m["dc:title"] = title
    pdf.docinfo["/Producer"] = producer
    pdf.docinfo["/Creator"] = creator
    if author is not None:
        pdf.docinfo["/Author"] = author
    elif "/Author" in pdf.docinfo:
        del pdf.docinfo["/Author"]
    if title:
        pdf.docinfo["/Title"] = title
    for (pg, rect, who, txt) in annots or []:
        a = pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                               Rect=pikepdf.Array(rect), T=pikepdf.String(who),
                               Contents=pikepdf.String(txt), Open=False, Name=pikepdf.Name.Comment)
        page = pdf.pages[pg]
        if "/Annots" not in page.obj:
            page.obj.Annots = pikepdf.Array()
        page.obj.Annots.append(pdf.make_indirect(a))
    pdf.save(path, fix_metadata_version=False)


# ----------------------------------------------------------------- soffice
def render_docx(paths_blocks):
    import docx
    tmp = Path("/tmp/s207_docx"); tmp.mkdir(exist_ok=True)
    files = []
    for path, blocks, author in paths_blocks:
        d = docx.Document()
        d.core_properties.author = author
        d.core_properties.last_modified_by = author
        for b in blocks:
            if isinstance(b, tuple) and b[0] == "table":
                t = d.add_table(rows=len(b[1]), cols=len(b[1][0]))
                t.style = "Table Grid"
                for i, r in enumerate(b[1]):
                    for j, c in enumerate(r):
                        t.cell(i, j).text = strip(c)
            elif isinstance(b, tuple) and b[0] == "h":
                d.add_heading(strip(b[1]), level=2)
            elif isinstance(b, tuple) and b[0] == "m":
                for ln in b[1].split("\n"):
                    d.add_paragraph(strip(ln))
            else:
                d.add_paragraph(strip(b))
        f = tmp / (path.stem + ".docx")
        d.save(f)
        files.append(f)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/s207_lo", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp)] + [str(f) for f in files], check=True, capture_output=True)
    for path, _, _ in paths_blocks:
        shutil.copy(tmp / (path.stem + ".pdf"), path)


# ----------------------------------------------------------------- scans
def render_scan(path, lines, seed, hand=()):
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    W, H = 1654, 2339
    img = Image.new("L", (W, H), 250)
    dr = ImageDraw.Draw(img)
    f = ImageFont.truetype(FONTDIR + "DejaVuSans.ttf", 34)
    fh = ImageFont.truetype(FONTDIR + "DejaVuSerif-Italic.ttf", 40)
    y = 140
    for i, ln in enumerate(lines):
        ft = fh if i in hand else f
        dr.text((140, y), strip(ln), fill=20, font=ft)
        y += 58 if ln else 30
    rnd = random.Random(seed)
    img = img.rotate(rnd.uniform(-0.8, 0.8), fillcolor=250, resample=Image.BICUBIC)
    tmp = Path(f"/tmp/s207_scan_{path.stem}.jpg")
    img.convert("RGB").save(tmp, "JPEG", quality=80)
    c = canvas.Canvas(str(path), pagesize=A4)
    c.drawImage(str(tmp), 0, 0, width=A4[0], height=A4[1])
    c.showPage(); c.save()


# ----------------------------------------------------------------- gold
def all_text(blocks):
    out = []
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "table":
            out += [c for r in b[1] for c in r]
        elif isinstance(b, tuple):
            out.append(b[1])
        elif b == "PB":
            continue
        else:
            out.append(b)
    return "\n".join(out)


def kind_of(v):
    if "@" in v:
        return "EMAIL"
    if re.fullmatch(r"NL\d\d[A-Z]{4}[\d ]+", v):
        return "IBAN"
    if re.search(r"\d{4} ?[A-Z]{2}\b", v) or re.search(r"(straat|weg|laan|plein|einde|gracht|hof|kade|dijk) \d", v):
        return "ADDRESS"
    if re.fullmatch(r"[\d\s()+\-]{8,}", v):
        return "PHONE"
    if re.fullmatch(r"\d{1,2}[- ]\w+[- ]\d{4}|\d\d-\d\d-\d{4}", v):
        return "DATE_OF_BIRTH"
    if re.fullmatch(r"[\d.]{9,11}", v):
        return "BSN"
    return "PERSON"


GLOBAL_KEEP = ["Meppel", "burgemeester", "gemeente", "politie", "camerabeelden", "cameratoezicht", "gebiedsverbod",
               "binnenstad", "Kerkplein", "Woldstraat", "Hoofdstraat", "Stationsplein", "Wilhelminapark",
               "jongeren", "logboek", "wijkagent", "teamleider", "cameraobservant", "observanten", "beleidsadviseur",
               "jurist", "officier van justitie", "driehoek", "2026", "Gemeentewet", "AVG", "Woo", "DPIA", "FG",
               "privacymaskers", "bezwaar", "besluit", "openbare orde", "Halt", "meldkamer", "Basisteam Meppel",
               "CAM-03", "CAM-07", "CAM-12", "CAM-15", "Openbaar Ministerie", "Stadhuis Meppel", "zienswijze",
               "Jeugdbescherming Noord", "moeder", "minderjarigen", "bewaartermijn", "Autoriteit Persoonsgegevens",
               "horeca", "uitgaansnachten", "Postbus 501"]

PREFIX = re.compile(r"^(?:(?:mr|drs|dr|ir)\.\s+)?(?:(?:[A-ZÀ-ÝÖÇ]\.)+\s*|[A-ZÀ-ÝÖÇ][a-zà-ÿı]+\s+)")


def extra_probes(v, kind):
    out = []
    if kind == "PERSON" and " " in v and "," not in v:
        m = PREFIX.match(v)
        if m and m.end() < len(v):
            rest = v[m.end():]
            if len(rest) > 2 and rest != v:
                out.append(rest)
    elif kind == "PERSON" and "," in v:
        out.append(v.split(",")[0].strip())
    elif kind == "EMAIL":
        out.append(v.split("@")[0])
    elif kind == "ADDRESS" and re.search(r"\d{4} ?[A-Z]{2}", v):
        out.append(re.search(r"\d{4} ?[A-Z]{2}", v).group(0))
    return [x for x in out if len(x) >= 3]


def make_gold(stem, pdf, src_text, hidden=(), ocr_lines=None, extra_keep=()):
    text, pages = text_pdfium(pdf)
    problems = []
    red_vals, keep_vals = spans(src_text)
    red_vals = list(dict.fromkeys(red_vals))
    redact = []
    for v in red_vals:
        pr = {"text": v, "word": True, "after": 0}
        k = kind_of(v)
        extra = [{"text": x, "word": True, "after": 0} for x in extra_probes(v, k)]
        if ocr_lines is not None:
            redact.append({"kind": k, "value": v, "channel": "ocr",
                           "probes": [dict(pr, ocr=True)] + [dict(x, ocr=True) for x in extra]})
        else:
            if not count_in(text, pr):
                problems.append(f"{stem}: redact {v!r} not in text")
            redact.append({"kind": k, "value": v, "probes": [pr] + [x for x in extra if count_in(text, x)]})
    if hidden:
        chans = extract_channels(pdf, ocr="off")["channels"]
        for ch, v, kind in hidden:
            pr = {"text": v, "word": True, "after": 0}
            if not channel_counts(chans, pr).get(ch):
                problems.append(f"{stem}: hidden {v!r} not in {ch}")
            if count_in(text, pr):
                problems.append(f"{stem}: hidden {v!r} in page text")
            extra = [{"text": x, "word": True, "after": 0} for x in extra_probes(v, kind)]
            extra = [x for x in extra if channel_counts(chans, x).get(ch) and not count_in(text, x)]
            redact.append({"kind": kind, "value": v, "channel": ch, "probes": [pr] + extra})
    if ocr_lines is not None:
        chans = extract_channels(pdf, ocr="auto")["channels"]
        for it in redact:
            if it.get("channel") == "ocr":
                if not channel_counts(chans, it["probes"][0]).get("ocr"):
                    problems.append(f"{stem}: ocr {it['value']!r} not found by OCR")
                it["probes"] = [it["probes"][0]] + [x for x in it["probes"][1:] if channel_counts(chans, x).get("ocr")]
    # dedupe probe texts across items
    seen = set()
    for it in redact:
        it["probes"] = [x for x in it["probes"] if not (x["text"] in seen or seen.add(x["text"]))]
    redact = [it for it in redact if it["probes"]]
    for it in redact:
        red_vals.append(it["value"])
    keep_vals = list(keep_vals) + [g for g in GLOBAL_KEEP]
    # simulated redaction
    sim = text
    for it in redact:
        for pr in it["probes"]:
            sim = probe_regex(pr["text"], True).sub(lambda m: "#" * len(m.group(0)), sim)
    keep = []
    for v in list(dict.fromkeys(list(keep_vals) + list(extra_keep))):
        pr = {"text": v, "word": True}
        n = count_in(text, pr)
        if n == 0 and v in GLOBAL_KEEP:
            continue
        if n == 0 or count_in(sim, pr) != n or any(v in r or r in v for r in red_vals):
            if v in GLOBAL_KEEP:
                continue
            problems.append(f"{stem}: keep {v!r} dropped (n={n}, sim={count_in(sim, pr)})")
            continue
        pr["after"] = n
        keep.append({"kind": "KEEP", "value": v, "probes": [pr]})
    gold = {"doc": pdf.name, "pages": pages, "redact": redact, "keep": keep}
    (GOLD / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return gold, problems
