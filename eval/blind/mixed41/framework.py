"""Framework for blind set mixed41 (AY): markup, producers, hidden channels, gold counting.

Markup in document text:  {r:Name}  {r/EMAIL:a@b.nl}  -> redact item;  {k:Org}  {k/PUBLIC:minister X} -> keep item.
A PERSON redact item also gets its surname core and given name as probes (initials, particles, titles never alone).
"""
from __future__ import annotations

import html
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import norm, count_in, extract_channels, channel_counts, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
GOLD = HERE / "gold"
MARK = re.compile(r"\{([rkn])(?:/([A-Z]+))?:([^{}]*)\}")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONTM = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
FONTS = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"


# ------------------------------------------------------------------ numbers with valid checksums
def bsn(seed: int) -> str:
    rnd = random.Random(seed * 7919 + 13)
    while True:
        d = [rnd.randint(0, 9) for _ in range(8)]
        if d[0] == 0:
            continue
        s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        last = s % 11
        if last > 9:
            continue
        return "".join(map(str, d)) + str(last)


def iban(seed: int, bank: str = "INGB", spaced: bool = True) -> str:
    rnd = random.Random(seed * 104729 + 7)
    acct = "".join(str(rnd.randint(0, 9)) for _ in range(10))
    if acct[0] == "0":
        acct = "4" + acct[1:]
    conv = "".join(str(int(c, 36)) for c in bank + acct + "NL00")
    chk = 98 - int(conv) % 97
    s = f"NL{chk:02d}{bank}{acct}"
    if spaced:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def check_bsn(s):
    d = [int(c) for c in re.sub(r"\D", "", s)]
    return len(d) == 9 and (sum(x * w for x, w in zip(d[:8], range(9, 1, -1))) - d[8]) % 11 == 0


def check_iban(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


# ------------------------------------------------------------------ markup helpers
def plain(s: str) -> str:
    return MARK.sub(lambda m: m.group(3), s)


def ideal(s: str) -> str:
    return MARK.sub(lambda m: " \u2588 " if m.group(1) in "rn" else m.group(3), s)


HONOR = {"dhr.", "mevr.", "mevrouw", "meneer", "heer", "drs.", "ir.", "mr.", "dr.", "prof.", "ing.", "bc.",
         "Dhr.", "Mevr.", "Mevrouw", "Meneer", "Mr.", "Dr.", "Drs.", "Ir.", "Ing.", "Prof.", "mw.", "Mw.",
         "Ms", "Mr", "Mrs", "Dr", "MSc", "BSc", "MA", "LLM", "PhD", "juf", "Juf", "meester", "Meester",
         "mw", "dhr", "collega", "fam.", "Fam.", "oom", "tante", "w.g.", "(w.g.)"}
PART = {"van", "de", "der", "den", "te", "ten", "ter", "het", "'t", "da", "das", "dos", "do", "di", "von", "zu",
        "du", "le", "la", "el", "al", "Van", "De", "Der", "Den", "Ten", "Ter", "Da", "Dos", "Von", "Du", "Le",
        "La", "in", "'t", "d'", "O'", "Mac", "van't", "VAN", "DE", "DER", "DEN", "TER"}


def is_initial(t):
    return bool(re.fullmatch(r"(?:[A-ZÀ-Ý][a-z]?\.)+(?:-[A-Z]\.)?", t)) or (len(t) == 1)


def person_probes(text: str) -> list[str]:
    out = [text]
    t = re.sub(r"^(?:[Dd]e heer|[Mm]evrouw|[Mm]evr\.|[Dd]hr\.) ", "", text.strip())
    if "," in t:  # 'HYLKEMA, Sjoerd' / 'Dijkstra, W.'
        sur, given = [x.strip() for x in t.split(",", 1)]
        toks = [x for x in sur.split() if x not in PART]
        if toks:
            out.append(toks[-1])
        g = given.split()
        if g and not is_initial(g[0]) and g[0] not in HONOR and len(g[0]) >= 3:
            out.append(g[0])
    else:
        toks = [x for x in t.split() if x not in HONOR]
        if not toks:
            return out
        if len(toks) == 1 and len(toks) < len(t.split()) and not is_initial(toks[0]) and toks[0] not in PART:
            out.append(toks[0])
        if len(toks) >= 2:
            last = toks[-1]
            start = None
            for i in range(0, len(toks)):
                tk = toks[i]
                if (tk in PART and (i > 0 or len(toks) > 1)) or (i > 0 and re.search(r"-(de|van|ten|ter|den)$", tk)):
                    start = i
                    break
            if start is not None and start < len(toks) - 1:
                out.append(" ".join(toks[start:]))
            if last not in PART and not is_initial(last):
                if len(last) >= 3:
                    out.append(last)
                if "-" in last:
                    out += [p for p in last.split("-") if len(p) >= 4 and p not in PART]
            if start is not None and "-" in toks[start] and start < len(toks) - 1:
                out += [p for p in toks[start].split("-") if len(p) >= 4 and p not in PART]
            first = toks[0]
            if not is_initial(first) and first not in PART and len(first) >= 3 and not first.startswith("("):
                out.append(first)
    if len(out) > 1:  # the full form is redundant with its surname core
        out = out[1:]
    seen, res = set(), []
    for p in out:
        if p not in seen:
            seen.add(p)
            res.append(p)
    return res


# ------------------------------------------------------------------ document model
class Doc:
    def __init__(self, name, producer, blocks, title="", author=None, annots=(), outline=(), fields=(),
                 landscape=False, fontsize=10, serif=False, creator_title=None):
        self.name = name
        self.producer = producer
        self.blocks = blocks
        self.title = title
        self.author = author          # Info /Author (may carry a {r:...} mark)
        self.annots = list(annots)    # (page_index, author, text)
        self.outline = list(outline)  # (title, page_index)
        self.fields = list(fields)    # (fieldname, value)
        self.landscape = landscape
        self.fontsize = fontsize
        self.serif = serif
        self.keep_extra = []          # (kind, text): keep items not marked inline

    def visible_sources(self):
        out = []
        for b in self.blocks:
            kind = b[0]
            if kind == "table":
                for row in b[1]:
                    out.append(" ".join(row))
            elif kind in ("pb", "sp"):
                continue
            else:
                out.append(b[1])
        return out

    def hidden_sources(self):
        out = []
        if self.author:
            out.append(self.author)
        out += [a[1] + " " + a[2] for a in self.annots]
        out += [o[0] for o in self.outline]
        out += [f[1] for f in self.fields]
        return out


# ------------------------------------------------------------------ producers
def _esc(s):
    return html.escape(plain(s), quote=False)


def _rl_inline(s):
    # **bold** support
    t = _esc(s)
    return re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", t)


def produce_reportlab(doc: Doc, out: Path):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle)
    from reportlab.lib.fonts import addMapping

    for nm, f in (("DejaVu", FONT), ("DejaVu-Bold", FONTB), ("DejaVuMono", FONTM), ("DejaVuSerif", FONTS)):
        try:
            pdfmetrics.getFont(nm)
        except KeyError:
            pdfmetrics.registerFont(TTFont(nm, f))
    addMapping("DejaVu", 0, 0, "DejaVu")
    addMapping("DejaVu", 1, 0, "DejaVu-Bold")
    base = "DejaVuSerif" if doc.serif else "DejaVu"
    fs = doc.fontsize
    st = {
        "p": ParagraphStyle("p", fontName=base, fontSize=fs, leading=fs * 1.35, spaceAfter=fs * 0.6),
        "h1": ParagraphStyle("h1", fontName="DejaVu-Bold", fontSize=fs + 5, leading=(fs + 5) * 1.3, spaceAfter=8),
        "h2": ParagraphStyle("h2", fontName="DejaVu-Bold", fontSize=fs + 1.5, leading=(fs + 2) * 1.3,
                             spaceBefore=6, spaceAfter=4),
        "lines": ParagraphStyle("l", fontName=base, fontSize=fs, leading=fs * 1.3),
        "mono": ParagraphStyle("m", fontName="DejaVuMono", fontSize=fs - 1, leading=(fs - 1) * 1.3),
        "cell": ParagraphStyle("c", fontName="DejaVu", fontSize=fs - 1.5, leading=(fs - 1.5) * 1.25),
        "small": ParagraphStyle("s", fontName=base, fontSize=fs - 2, leading=(fs - 2) * 1.3),
    }
    ps = landscape(A4) if doc.landscape else A4
    sd = SimpleDocTemplate(str(out), pagesize=ps, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                           bottomMargin=18 * mm, title=plain(doc.title), author=plain(doc.author or ""),
                           creator="", producer="ReportLab")
    story = []
    for b in doc.blocks:
        k = b[0]
        if k in ("h1", "h2", "p", "small"):
            story.append(Paragraph(_rl_inline(b[1]), st[k]))
        elif k in ("lines", "mono"):
            for ln in b[1].split("\n"):
                story.append(Paragraph(_rl_inline(ln) if ln.strip() else "&nbsp;", st[k]))
            story.append(Spacer(1, 6))
        elif k == "table":
            rows = [[Paragraph(_rl_inline(c), st["cell"]) for c in r] for r in b[1]]
            opts = b[2] if len(b) > 2 else {}
            t = Table(rows, colWidths=opts.get("widths"), repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.9, 0.95)),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
            story.append(Spacer(1, 8))
        elif k == "sp":
            story.append(Spacer(1, 10))
        elif k == "pb":
            story.append(PageBreak())
    sd.build(story)


def produce_docx(doc: Doc, out: Path, tmp: Path):
    import docx
    from docx.shared import Pt, Cm
    from docx.enum.section import WD_ORIENT

    d = docx.Document()
    sec = d.sections[0]
    if doc.landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(2.2)
    stl = d.styles["Normal"]
    stl.font.name = "DejaVu Serif" if doc.serif else "Liberation Sans"
    stl.font.size = Pt(doc.fontsize)
    d.core_properties.author = plain(doc.author) if doc.author else "Rijksoverheid"
    d.core_properties.last_modified_by = "Rijksoverheid"
    d.core_properties.title = plain(doc.title)

    def add_runs(par, s):
        parts = re.split(r"(\*\*.+?\*\*)", plain(s))
        for p in parts:
            if p.startswith("**") and p.endswith("**"):
                par.add_run(p[2:-2]).bold = True
            elif p:
                par.add_run(p)

    for b in doc.blocks:
        k = b[0]
        if k == "h1":
            add_runs(d.add_heading(level=1), b[1])
        elif k == "h2":
            add_runs(d.add_heading(level=2), b[1])
        elif k in ("p", "small"):
            add_runs(d.add_paragraph(), b[1])
        elif k in ("lines", "mono"):
            for ln in b[1].split("\n"):
                par = d.add_paragraph()
                par.paragraph_format.space_after = Pt(0)
                add_runs(par, ln)
            d.add_paragraph()
        elif k == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    cell = t.cell(i, j)
                    cell.text = ""
                    add_runs(cell.paragraphs[0], c)
                    for run in cell.paragraphs[0].runs:
                        run.font.size = Pt(doc.fontsize - 1)
                        if i == 0:
                            run.bold = True
            d.add_paragraph()
        elif k == "sp":
            d.add_paragraph()
        elif k == "pb":
            d.add_page_break()
    src = tmp / (doc.name + ".docx")
    d.save(str(src))
    soffice(src, out, tmp)


def produce_xlsx(doc: Doc, out: Path, tmp: Path):
    import openpyxl
    from openpyxl.styles import Font

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Export"
    r0 = 1
    for b in doc.blocks:
        if b[0] in ("h1", "p", "small"):
            ws.cell(row=r0, column=1, value=plain(b[1])).font = Font(bold=b[0] == "h1")
            r0 += 1
        elif b[0] == "table":
            rows = b[1]
            widths = [0] * len(rows[0])
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    v = plain(c)
                    ws.cell(row=r0 + i, column=j + 1, value=v).font = Font(bold=(i == 0), size=9)
                    widths[j] = max(widths[j], len(v))
            for j, w in enumerate(widths):
                ws.column_dimensions[openpyxl.utils.get_column_letter(j + 1)].width = min(w + 3, 60)
            r0 += len(rows) + 1
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    wb.properties.creator = plain(doc.author) if doc.author else "Rijksoverheid"
    wb.properties.title = plain(doc.title)
    src = tmp / (doc.name + ".xlsx")
    wb.save(str(src))
    soffice(src, out, tmp)


def soffice(src: Path, out: Path, tmp: Path):
    prof = tmp / "lo-profile"
    subprocess.run(["nice", "-n", "10", "soffice", f"-env:UserInstallation=file://{prof}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp), str(src)], capture_output=True, timeout=300)
    shutil.move(str(tmp / (src.stem + ".pdf")), str(out))


CSS = """
@page { size: A4 %s; margin: 16mm 18mm; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: %spt; line-height: 1.35; }
h1 { font-size: 15pt; margin: 0 0 8px 0; } h2 { font-size: 11.5pt; margin: 12px 0 4px 0; }
table { border-collapse: collapse; width: 100%%; margin: 6px 0 10px 0; }
td, th { border: 1px solid #999; padding: 3px 5px; vertical-align: top; font-size: 0.92em; text-align: left; }
th { background: #e3e7ef; }
.lines p { margin: 0; } .mono p { margin: 0; font-family: 'DejaVu Sans Mono', monospace; font-size: 0.9em; }
.small { font-size: 0.85em; color: #333; } .pb { page-break-after: always; }
"""


def produce_html(doc: Doc, out: Path, tmp: Path):
    def inl(s):
        return re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", _esc(s))

    parts = [f"<!doctype html><html><head><meta charset='utf-8'><title>{_esc(doc.title)}</title><style>"
             + CSS % ("landscape" if doc.landscape else "portrait", doc.fontsize) + "</style></head><body>"]
    for b in doc.blocks:
        k = b[0]
        if k in ("h1", "h2"):
            parts.append(f"<{k}>{inl(b[1])}</{k}>")
        elif k == "p":
            parts.append(f"<p>{inl(b[1])}</p>")
        elif k == "small":
            parts.append(f"<p class='small'>{inl(b[1])}</p>")
        elif k in ("lines", "mono"):
            parts.append(f"<div class='{k}'>" + "".join(f"<p>{inl(l) or '&nbsp;'}</p>" for l in b[1].split("\n"))
                         + "</div><br>")
        elif k == "table":
            rows = b[1]
            h = "<table><tr>" + "".join(f"<th>{inl(c)}</th>" for c in rows[0]) + "</tr>"
            for r in rows[1:]:
                h += "<tr>" + "".join(f"<td>{inl(c)}</td>" for c in r) + "</tr>"
            parts.append(h + "</table>")
        elif k == "sp":
            parts.append("<br>")
        elif k == "pb":
            parts.append("<div class='pb'></div>")
    parts.append("</body></html>")
    src = tmp / (doc.name + ".html")
    src.write_text("\n".join(parts), encoding="utf-8")
    subprocess.run(["nice", "-n", "10", "chromium", "--headless", "--no-sandbox", "--disable-gpu",
                    "--no-pdf-header-footer", f"--print-to-pdf={out}", str(src)], capture_output=True, timeout=300)


def produce_scan(doc: Doc, out: Path, tmp: Path):
    """Render with reportlab, rasterise at 200 dpi, add a small skew and speckle, wrap as image-only PDF."""
    from PIL import Image, ImageFilter
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    textpdf = tmp / (doc.name + "-text.pdf")
    d2 = Doc(doc.name, "reportlab", doc.blocks, title="", fontsize=doc.fontsize, serif=doc.serif)
    produce_reportlab(d2, textpdf)
    subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", str(textpdf), str(tmp / (doc.name + "-pg"))],
                   check=True, capture_output=True)
    imgs = sorted(tmp.glob(doc.name + "-pg*.png"))
    c = canvas.Canvas(str(out), pagesize=A4)
    rnd = random.Random(len(doc.name))
    for i, ip in enumerate(imgs):
        im = Image.open(ip).convert("L")
        im = im.rotate(rnd.choice([-0.4, 0.3, 0.5]), resample=Image.BICUBIC, fillcolor=255, expand=False)
        px = im.load()
        w, h = im.size
        for _ in range(1500):
            x, y = rnd.randrange(w), rnd.randrange(h)
            px[x, y] = rnd.randint(120, 200)
        im = im.filter(ImageFilter.GaussianBlur(0.3))
        jp = tmp / f"{doc.name}-scan{i}.jpg"
        im.save(jp, quality=80)
        c.drawImage(str(jp), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.setAuthor("")
    c.setCreator("Canon iR-ADV C5535 scan")
    c.save()


def add_hidden(doc: Doc, path: Path):
    import pikepdf
    from pikepdf import Dictionary, Name, String, Array

    with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
        if doc.author is not None:
            pdf.docinfo["/Author"] = plain(doc.author)
        for pi, who, txt in doc.annots:
            page = pdf.pages[pi]
            a = pdf.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Text, Rect=Array([500, 760, 520, 780]),
                                             Contents=String(plain(txt)), T=String(plain(who)), Open=False,
                                             Name=Name.Comment))
            if "/Annots" not in page.obj:
                page.obj.Annots = Array()
            page.obj.Annots.append(a)
        if doc.outline:
            from pikepdf import OutlineItem
            with pdf.open_outline() as ol:
                for t, pi in doc.outline:
                    ol.root.append(OutlineItem(plain(t), pi))
        if doc.fields:
            fields = Array()
            page = pdf.pages[0]
            if "/Annots" not in page.obj:
                page.obj.Annots = Array()
            y = 40
            for fname, val in doc.fields:
                w = pdf.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Widget, FT=Name.Tx, T=String(fname),
                                                 V=String(plain(val)), Rect=Array([400, y, 560, y + 14]), F=2,
                                                 P=page.obj))
                y += 18
                page.obj.Annots.append(w)
                fields.append(w)
            pdf.Root.AcroForm = Dictionary(Fields=fields, NeedAppearances=False)
        pdf.save(str(path))


PRODUCERS = {"reportlab": lambda d, o, t: produce_reportlab(d, o), "docx": produce_docx, "xlsx": produce_xlsx,
             "html": produce_html, "scan": produce_scan}


# ------------------------------------------------------------------ gold
def collect_marks(sources):
    out = []
    for s in sources:
        for m in MARK.finditer(s):
            if m.group(1) != "n":
                out.append((m.group(1), m.group(2), m.group(3)))
    return out


def build_doc(doc: Doc, log):
    DOCS.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    out = DOCS / (doc.name + ".pdf")
    with tempfile.TemporaryDirectory(prefix="ay-") as td:
        tmp = Path(td)
        PRODUCERS[doc.producer](doc, out, tmp)
        if doc.author is not None or doc.annots or doc.outline or doc.fields:
            add_hidden(doc, out)
    vis = doc.visible_sources()
    ideal_txt = norm("\n".join(ideal(s) for s in vis))
    full_txt = norm("\n".join(plain(s) for s in vis))
    ch = extract_channels(out, ocr="auto")
    chans = ch["channels"]
    pdfium_txt = chans.get("pdfium", "")
    scan = doc.producer == "scan"
    problems = []
    redact, keep = [], []
    used = set()
    items = {}
    for rk, kind, text in collect_marks(vis + doc.hidden_sources()):
        kind = kind or ("PERSON" if rk == "r" else "ORG")
        items.setdefault((rk, kind, text), None)
    for kind, text in doc.keep_extra:
        items.setdefault(("k", kind, text), None)
    hidden_only = []
    for (rk, kind, text) in items:
        if rk == "r":
            cands = person_probes(text) if kind == "PERSON" else [text]
            probes = []
            for c in cands:
                if c in used:
                    continue
                pr = {"text": c, "word": True}
                if scan:
                    pr["ocr"] = True
                pr["after"] = count_in(ideal_txt, pr)
                cc = channel_counts(chans, pr)
                if not any(v > pr["after"] for v in cc.values()):
                    problems.append(f"{doc.name}: redact probe {c!r} not found more than after={pr['after']} "
                                    f"({cc}) - dropped")
                    continue
                if not scan and count_in(pdfium_txt, pr) == 0:
                    hidden_only.append(c)
                used.add(c)
                probes.append(pr)
            if probes:
                redact.append({"kind": kind, "value": text, "probes": probes})
        else:
            if scan:
                continue
            pr = {"text": text, "word": True}
            if text in used:
                continue
            n_pdf = count_in(pdfium_txt, pr)
            n_ideal = count_in(ideal_txt, pr)
            n_full = count_in(full_txt, pr)
            if n_pdf == 0 or n_pdf != n_ideal or n_ideal != n_full:
                problems.append(f"{doc.name}: keep probe {text!r} pdfium={n_pdf} ideal={n_ideal} full={n_full} - dropped")
                continue
            pr["after"] = n_pdf
            used.add(text)
            keep.append({"kind": kind, "value": text, "probes": [pr]})
    gold = {"doc": out.name, "pages": ch.get("pages", 0), "producer": doc.producer, "hidden_only": hidden_only,
            "redact": redact, "keep": keep}
    (GOLD / (doc.name + ".json")).write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
    for p in problems:
        log(p)
    nr = sum(len(i["probes"]) for i in redact)
    nk = len(keep)
    log(f"{doc.name}: pages={gold['pages']} redact={nr} keep={nk} hidden_only={len(hidden_only)}")
    return gold
