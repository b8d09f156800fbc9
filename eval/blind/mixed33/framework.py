"""Set AQ framework: markup, producers, hidden channels, gold counting.

Markup in document text:  [[K:value]] marks personal data (K = P person, E e-mail, T phone, B BSN, I IBAN,
A address part, D date of birth, X literal code/initials/signature; no K means P);  {{value}} marks a keep probe.
"""
import html, io, json, random, re, subprocess, sys, tempfile
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
import evaluate as ev  # noqa: E402

HERE = Path(__file__).resolve().parent
FONT = "/usr/share/fonts/truetype/dejavu/"
RX = re.compile(r"\[\[(?:([PETBIADX]):)?(.+?)\]\]|\{\{(.+?)\}\}")
PARTICLES = {"de", "van", "der", "den", "het", "te", "ten", "ter", "'t", "in", "op", "la", "le", "du", "el", "al",
             "bin", "ben", "von", "da", "dos", "di", "vd", "v.d.", "opa", "oma", "mama", "papa", "tante", "oom"}
KIND = {"P": "PERSON", "E": "EMAIL", "T": "PHONE", "B": "BSN", "I": "IBAN", "A": "ADDRESS", "D": "DATE_OF_BIRTH",
        "X": "PERSON"}


def plain(s):
    return RX.sub(lambda m: m.group(2) if m.group(2) is not None else m.group(3), s)


def person_tokens(v):
    out = []
    for t in re.split(r"[\s\-]+", v):
        t = t.strip(".,()")
        if len(t) < 2 or t.lower() in PARTICLES or t.endswith(".") or not t[0].isalpha():
            continue
        if re.fullmatch(r"[A-Z]\.?([A-Z]\.?)*", t):
            continue
        out.append(t)
    return out


class Marks:
    """Collects marked spans of one channel."""

    def __init__(self):
        self.red = {}   # value -> (kind, [probe texts])
        self.cnt = {}   # probe text -> marked count
        self.keep = {}
        self.spans = []

    def feed(self, s):
        for m in RX.finditer(s):
            if m.group(3) is not None:
                k = m.group(3)
                self.keep[k] = self.keep.get(k, 0) + 1
                continue
            kind = m.group(1) or "P"
            v = m.group(2)
            probes = person_tokens(v) if kind == "P" else [v]
            self.red.setdefault(v, (KIND[kind], probes))
            self.spans.append(ev.norm(v))
        # a probe's marked count: its occurrences inside every marked span (so 'G.Wennink' counts for 'Wennink')
        self.cnt = {}
        for _, probes in self.red.values():
            for p in probes:
                self.cnt[p] = sum(ev.count_in(sp, {"text": p, "word": True}) for sp in self.spans)


def body_strings(doc):
    out = []
    for b in doc["blocks"]:
        if b[0] == "table":
            for row in b[1]:
                out.extend(row)
        elif len(b) > 1:
            out.append(b[1])
    for k in ("header", "footer"):
        if doc.get(k):
            out.append(doc[k])
    return out


def hidden_strings(doc):
    h = doc.get("hidden", {})
    out = list(h.get("annots", [])) + list(h.get("outline", [])) + list(h.get("fields", {}).values())
    out += list(h.get("attach", []))
    out += [v for v in h.get("meta", {}).values()]
    return out


# ------------------------------------------------------------------ renderers
def _rl_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    for n, f in (("DV", "DejaVuSans.ttf"), ("DVB", "DejaVuSans-Bold.ttf"), ("DVS", "DejaVuSerif.ttf"),
                 ("DVI", "DejaVuSerif-Italic.ttf"), ("DVM", "DejaVuSansMono.ttf"), ("DVSB", "DejaVuSerif-Bold.ttf")):
        try:
            pdfmetrics.getFont(n)
        except KeyError:
            pdfmetrics.registerFont(TTFont(n, FONT + f))


def render_rl(doc, path):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle,
                                    Preformatted)
    _rl_fonts()
    serif = doc.get("serif", False)
    base = "DVS" if serif else "DV"
    bold = "DVSB" if serif else "DVB"
    st = {"p": ParagraphStyle("p", fontName=base, fontSize=9.5, leading=12.5, spaceAfter=5),
          "h1": ParagraphStyle("h1", fontName=bold, fontSize=14, leading=18, spaceAfter=8),
          "h2": ParagraphStyle("h2", fontName=bold, fontSize=11, leading=14, spaceBefore=6, spaceAfter=4),
          "mono": ParagraphStyle("m", fontName="DVM", fontSize=8, leading=10),
          "sig": ParagraphStyle("s", fontName="DVI", fontSize=15, leading=20, spaceBefore=4),
          "td": ParagraphStyle("td", fontName=base, fontSize=8, leading=10)}
    flow = []
    for b in doc["blocks"]:
        if b[0] == "pb":
            flow.append(PageBreak())
        elif b[0] == "table":
            rows = [[Paragraph(html.escape(plain(c)), st["td"]) for c in r] for r in b[1]]
            t = Table(rows, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6ee")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            flow += [t, Spacer(1, 6)]
        elif b[0] == "mono":
            flow.append(Preformatted(plain(b[1]), st["mono"]))
            flow.append(Spacer(1, 4))
        else:
            flow.append(Paragraph(html.escape(plain(b[1])).replace("\n", "<br/>"), st[b[0]]))

    def deco(c, d):
        c.saveState()
        c.setFont(base, 7.5)
        if doc.get("header"):
            c.drawString(50, 815, plain(doc["header"]))
        c.drawString(50, 25, plain(doc.get("footer", "")) + f"   pagina {d.page}")
        c.restoreState()
    sd = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=50, rightMargin=50, topMargin=50, bottomMargin=45,
                           title=plain(doc["hidden"].get("meta", {}).get("title", doc["title"])),
                           author=plain(doc["hidden"].get("meta", {}).get("author", "")))
    sd.build(flow, onFirstPage=deco, onLaterPages=deco)


def to_html(doc):
    css = ("body{font-family:'DejaVu Sans',sans-serif;font-size:10.5pt;margin:0} h1{font-size:15pt} "
           "h2{font-size:12pt;margin-bottom:2pt} table{border-collapse:collapse;width:100%;font-size:8.5pt} "
           "td{border:1px solid #999;padding:2px 4px;vertical-align:top} tr:first-child td{background:#e4e4f0;"
           "font-weight:bold} pre{font-family:'DejaVu Sans Mono';font-size:8.5pt;white-space:pre-wrap} "
           ".sig{font-family:'DejaVu Serif';font-style:italic;font-size:16pt} .hd{font-size:8pt;color:#555}")
    parts = [f"<html><head><meta charset='utf-8'><title>{html.escape(plain(doc['hidden'].get('meta', {}).get('title', doc['title'])))}</title>"
             f"<style>{css} @page{{size:A4;margin:18mm}}</style></head><body>"]
    if doc.get("header"):
        parts.append(f"<div class='hd'>{html.escape(plain(doc['header']))}</div>")
    for b in doc["blocks"]:
        if b[0] == "pb":
            parts.append("<div style='page-break-after:always'></div>")
        elif b[0] == "table":
            parts.append("<table>" + "".join("<tr>" + "".join(f"<td>{html.escape(plain(c))}</td>" for c in r) + "</tr>"
                                             for r in b[1]) + "</table><br>")
        elif b[0] == "mono":
            parts.append(f"<pre>{html.escape(plain(b[1]))}</pre>")
        elif b[0] == "sig":
            parts.append(f"<p class='sig'>{html.escape(plain(b[1]))}</p>")
        else:
            tag = b[0] if b[0] in ("h1", "h2") else "p"
            parts.append(f"<{tag}>{html.escape(plain(b[1])).replace(chr(10), '<br>')}</{tag}>")
    if doc.get("footer"):
        parts.append(f"<div class='hd'>{html.escape(plain(doc['footer']))}</div>")
    return "".join(parts) + "</body></html>"


def render_chrome(doc, path):
    with tempfile.TemporaryDirectory() as td:
        h = Path(td) / "d.html"
        h.write_text(to_html(doc), encoding="utf-8")
        subprocess.run(["nice", "-n", "10", "chromium", "--headless", "--no-sandbox", "--disable-gpu",
                        "--no-pdf-header-footer", f"--user-data-dir={td}/u", f"--print-to-pdf={path}", h.as_uri()],
                       capture_output=True, timeout=180)


def render_lo(doc, path):
    from docx import Document
    from docx.shared import Pt
    d = Document()
    d.styles["Normal"].font.name = "Liberation Serif" if doc.get("serif") else "Liberation Sans"
    d.styles["Normal"].font.size = Pt(10.5)
    d.core_properties.author = plain(doc["hidden"].get("meta", {}).get("author", ""))
    d.core_properties.title = plain(doc["hidden"].get("meta", {}).get("title", doc["title"]))
    if doc.get("header"):
        d.sections[0].header.paragraphs[0].text = plain(doc["header"])
    if doc.get("footer"):
        d.sections[0].footer.paragraphs[0].text = plain(doc["footer"])
    for b in doc["blocks"]:
        if b[0] == "pb":
            d.add_page_break()
        elif b[0] == "h1":
            d.add_heading(plain(b[1]), 1)
        elif b[0] == "h2":
            d.add_heading(plain(b[1]), 2)
        elif b[0] == "table":
            t = d.add_table(rows=len(b[1]), cols=len(b[1][0]))
            t.style = "Table Grid"
            for i, r in enumerate(b[1]):
                for j, c in enumerate(r):
                    t.cell(i, j).text = plain(c)
            d.add_paragraph("")
        elif b[0] == "sig":
            r = d.add_paragraph().add_run(plain(b[1]))
            r.italic = True
            r.font.size = Pt(16)
            r.font.name = "DejaVu Serif"
        else:
            p = d.add_paragraph()
            r = p.add_run(plain(b[1]))
            if b[0] == "mono":
                r.font.name = "Liberation Mono"
                r.font.size = Pt(8.5)
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / (Path(path).stem + ".docx")
        d.save(src)
        subprocess.run(["nice", "-n", "10", "soffice", f"-env:UserInstallation=file://{td}/lo", "--headless",
                        "--convert-to", "pdf", "--outdir", td, str(src)], capture_output=True, timeout=240)
        Path(path).write_bytes((Path(td) / (Path(path).stem + ".pdf")).read_bytes())


def render_scan(doc, path, ocr_layer, seed):
    from PIL import Image, ImageFilter
    rnd = random.Random(seed)
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "src.pdf"
        render_rl(doc, src)
        subprocess.run(["pdftoppm", "-r", "150", "-gray", "-png", str(src), f"{td}/pg"], check=True)
        pages = []
        for i, f in enumerate(sorted(Path(td).glob("pg*.png"))):
            im = Image.open(f).convert("L")
            im = im.rotate(rnd.uniform(-1.2, 1.2), expand=False, fillcolor=255, resample=Image.BICUBIC)
            px = im.load()
            w, h = im.size
            for _ in range(w * h // 250):
                x, y = rnd.randrange(w), rnd.randrange(h)
                px[x, y] = rnd.choice((0, 90, 160))
            im = im.filter(ImageFilter.GaussianBlur(0.4))
            p = Path(td) / f"s{i}.png"
            im.save(p, dpi=(150, 150))
            pages.append(p)
        if ocr_layer:
            outs = []
            for p in pages:
                subprocess.run(["nice", "-n", "10", "tesseract", str(p), str(p.with_suffix("")), "-l", "nld", "pdf"],
                               capture_output=True, check=True)
                outs.append(str(p.with_suffix(".pdf")))
            import pikepdf
            pdf = pikepdf.new()
            for o in outs:
                pdf.pages.extend(pikepdf.open(o).pages)
            pdf.save(path)
        else:
            ims = [Image.open(p).convert("L") for p in pages]
            ims[0].save(path, save_all=True, append_images=ims[1:], resolution=150)


def add_hidden(doc, path):
    import pikepdf
    h = doc.get("hidden", {})
    pdf = pikepdf.open(path, allow_overwriting_input=True)
    meta = h.get("meta", {})
    with pdf.open_metadata(set_pikepdf_as_editor=False) as md:
        if meta.get("author"):
            md["dc:creator"] = [plain(meta["author"])]
        if meta.get("subject"):
            md["dc:description"] = plain(meta["subject"])
    for k, key in (("author", "/Author"), ("subject", "/Subject"), ("keywords", "/Keywords"), ("title", "/Title")):
        if meta.get(k):
            pdf.docinfo[key] = plain(meta[k])
    pg = pdf.pages[0]
    annots = []
    for i, a in enumerate(h.get("annots", [])):
        who, txt = (a.split("::", 1) + [""])[:2] if "::" in a else ("", a)
        annots.append(pdf.make_indirect(pikepdf.Dictionary(
            Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text, Rect=[420, 700 - 30 * i, 440, 720 - 30 * i],
            Contents=pikepdf.String(plain(txt)), T=pikepdf.String(plain(who)), Open=False)))
    fields = []
    for i, (name, val) in enumerate(h.get("fields", {}).items()):
        f = pdf.make_indirect(pikepdf.Dictionary(
            Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Widget, FT=pikepdf.Name.Tx, T=pikepdf.String(name),
            V=pikepdf.String(plain(val)), DA=pikepdf.String("/Helv 9 Tf 0 g"), Rect=[60, 60 + 18 * i, 300, 75 + 18 * i], F=4, P=pg.obj))
        fields.append(f)
        annots.append(f)
    if annots:
        old = list(pg.obj.get("/Annots", []))
        pg.obj.Annots = pdf.make_indirect(pikepdf.Array(old + annots))
    if fields:
        pdf.Root.AcroForm = pikepdf.Dictionary(Fields=pikepdf.Array(fields), NeedAppearances=True, DA=pikepdf.String("/Helv 9 Tf 0 g"), DR=pikepdf.Dictionary(Font=pikepdf.Dictionary(Helv=pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name.Helvetica))))
    if h.get("outline"):
        with pdf.open_outline() as ol:
            for t in h["outline"]:
                ol.root.append(pikepdf.OutlineItem(plain(t), 0))
    for n in h.get("attach", []):
        fs = pikepdf.AttachedFileSpec(pdf, b"bijlage\n", filename=plain(n))
        pdf.attachments[plain(n)] = fs
    pdf.save(path)


def render(doc, path, seed=0):
    prod = doc["producer"]
    if prod == "rl":
        render_rl(doc, path)
    elif prod == "chrome":
        render_chrome(doc, path)
    elif prod == "lo":
        render_lo(doc, path)
    elif prod in ("scan", "scanocr"):
        render_scan(doc, path, prod == "scanocr", seed)
    if doc.get("hidden"):
        add_hidden(doc, path)


# ------------------------------------------------------------------ gold
def make_gold(doc, path):
    ch = ev.extract_channels(Path(path), ocr="auto" if doc["producer"] == "scan" else "off")
    chans = ch["channels"]
    body, hid = Marks(), Marks()
    for s in body_strings(doc):
        body.feed(s)
    for s in hidden_strings(doc):
        hid.feed(s)
    image_only = doc["producer"] == "scan"
    text = chans.get("pdfium", "")
    red, dropped = [], []
    allv = dict(hid.red)
    allv.update(body.red)
    for v, (kind, probes) in allv.items():
        plist = []
        for p in probes:
            pr = {"text": p, "word": True}
            if image_only and p in body.cnt:
                pr["ocr"] = True
                c = ev.ocr_count(chans.get("ocr", []), pr)
                if c == 0:
                    dropped.append(p)
                    continue
                pr["after"] = 0
            elif p in body.cnt:
                c = ev.count_in(text, pr)
                if c < body.cnt[p]:
                    dropped.append(p)
                    continue
                pr["after"] = c - body.cnt[p]
            else:  # hidden only
                cc = ev.channel_counts(chans, pr)
                if not cc:
                    dropped.append(p)
                    continue
                pr["after"] = 0
                pr["hidden_only"] = True
            if all(p != q["text"] for it in red for q in it["probes"]):
                plist.append(pr)
        if plist:
            red.append({"kind": kind, "value": plain(v), "probes": plist})
    keep = []
    if not image_only:
        for k, n in body.keep.items():
            c = ev.count_in(text, {"text": k, "word": True})
            if c == 0:
                dropped.append("KEEP:" + k)
                continue
            keep.append({"kind": "KEEP", "value": k, "probes": [{"text": k, "word": True, "after": min(c, n)}]})
    gold = {"doc": Path(path).name, "pages": ch.get("pages", 0), "producer": doc["producer"],
            "redact": red, "keep": keep}
    return gold, dropped
