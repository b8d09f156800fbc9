"""Rebuild set CH (eval/blind/mixed76): documents in docs/, gold in gold/.

    /work/main/.venv/bin/python make_set.py          # all documents
    /work/main/.venv/bin/python make_set.py ch03 ch17 # only these

Theme: personnel and integrity at the gemeente Eindhoven (2025). Every keep probe's 'after' is counted on
the original's PDFium text with the evaluator's own functions; every redact probe has after=0 and is checked
by check_gold.py in the channel it claims (text, OCR, metadata, outline, annotations/form fields).
OCR probes on scans that tesseract does not read in the original are dropped (and reported).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, "/work/shared/eval")

from evaluate import count_in, text_pdfium, extract_channels, channel_counts  # noqa: E402
import lib  # noqa: E402
from content import DOCS  # noqa: E402

ERR = []
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"


def split(spec):
    kind, value, *rest = spec.split("|")
    probes = rest[0].split(";") if rest else [value]
    return kind, value, probes


def add_annots(path: Path, annots):
    import pikepdf
    with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
        page = pdf.pages[0]
        arr = page.obj.get("/Annots") or pikepdf.Array()
        for i, (author, text) in enumerate(annots):
            a = pdf.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                Rect=pikepdf.Array([480, 700 - 30 * i, 500, 720 - 30 * i]),
                Contents=pikepdf.String(text), T=pikepdf.String(author), Open=False,
                C=pikepdf.Array([1, 0.9, 0.2]), Name=pikepdf.Name.Comment))
            arr.append(a)
        page.obj.Annots = arr
        pdf.save(str(path))


def set_xmp_creator(path: Path, creator: str):
    import pikepdf
    with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
        with pdf.open_metadata() as m:
            m["dc:creator"] = [creator]
            m["dc:title"] = "Mailwisseling integriteitsdossier"
        pdf.save(str(path))


def form_canvas(fields):
    def draw(c, d):
        if d.page != 1:
            return
        for i, (name, value, width) in enumerate(fields):
            y = 330 - 30 * i
            c.setFont("Helvetica", 9)
            c.drawString(57, y + 5, "Formulierveld " + name.replace("_", " ") + ":")
            c.acroForm.textfield(name=name, tooltip="invulveld", value=value, x=200, y=y, width=min(width, 240),
                                 height=18, fontName="Helvetica", fontSize=9, borderWidth=0.5)
    return draw


def build(d) -> Path:
    pdf = DOCS_DIR / f"{d['stem']}.pdf"
    if d["prod"] == "rl":
        build_kw = dict(font=d["font"], size=d["size"], title=d["title"], author=d.get("author", "Gemeente Eindhoven"),
                        header=d["header"], outline=d.get("outline"), colw=d.get("colw"))
        if d.get("formfields"):
            build_kw["on_canvas"] = form_canvas(d["formfields"])
        lib.build_pdf(pdf, d["markup"], **build_kw)
    elif d["prod"] == "docx":
        lib.build_docx_pdf(pdf, d["markup"], author=d.get("author", "Gemeente Eindhoven"), title=d["title"])
    elif d["prod"] == "scan":
        pages = []
        for items in d["pages"]:
            y, out = 110, []
            for kind, text, sz in items:
                if text:
                    out.append((kind, text, 110, y, sz))
                y += int(sz * 1.55)
            pages.append(out)
        lib.scan_pages(pdf, pages, seed=len(d["stem"]), use_pil=d.get("pil", True))
    if d.get("annots"):
        add_annots(pdf, d["annots"])
    if d.get("xmp_creator"):
        set_xmp_creator(pdf, d["xmp_creator"])
    return pdf


def gold_for(d, pdf: Path) -> dict:
    text, npages = text_pdfium(pdf)
    redact, keep, dropped = [], [], []
    chans = None
    if d["prod"] == "scan" or d["H"]:
        chans = extract_channels(pdf)["channels"]
    for spec in d["R"]:
        kind, value, probes = split(spec)
        pl = []
        for p in probes:
            pr = {"text": p, "word": True, "after": 0}
            if d["prod"] == "scan":
                pr["ocr"] = True
                if not channel_counts(chans, pr).get("ocr"):
                    dropped.append(p)
                    continue
            else:
                if not count_in(text, pr) > 0: ERR.append((d["stem"], p)); continue
            pl.append(pr)
        if pl:
            redact.append({"kind": kind, "value": value, "probes": pl})
    for ch, spec in d["H"]:
        kind, value, probes = split(spec)
        pl = []
        for p in probes:
            pr = {"text": p, "word": True, "after": 0, "channel": ch}
            if not channel_counts(chans, pr).get(ch): ERR.append((d["stem"], ch, p))
            if count_in(text, pr): ERR.append((d["stem"], "hidden probe also in text", p))
            pl.append(pr)
        redact.append({"kind": kind, "value": value, "probes": pl})
    for spec in d["K"]:
        kind, value, probes = split(spec)
        pl = []
        for p in probes:
            pr = {"text": p, "word": True}
            n = count_in(text, pr)
            if not n: ERR.append((d["stem"], "keep absent", p)); continue
            pr["after"] = n
            pl.append(pr)
        keep.append({"kind": kind, "value": value, "probes": pl})
    if dropped:
        print(f"  {d['stem']}: OCR did not read {dropped}; not in gold")
    return {"doc": pdf.name, "pages": npages, "redact": redact, "keep": keep}


def main(argv):
    DOCS_DIR.mkdir(exist_ok=True)
    GOLD_DIR.mkdir(exist_ok=True)
    only = set(argv)
    for d in DOCS:
        if only and not any(d["stem"].startswith(o) for o in only):
            continue
        pdf = build(d)
        g = gold_for(d, pdf)
        (GOLD_DIR / f"{d['stem']}.json").write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n")
        nr = sum(len(e["probes"]) for e in g["redact"])
        nk = sum(len(e["probes"]) for e in g["keep"])
        print(f"{d['stem']}: redact {nr} keep {nk}")
    for e in ERR:
        print("ERROR", e)


if __name__ == "__main__":
    main(sys.argv[1:])
