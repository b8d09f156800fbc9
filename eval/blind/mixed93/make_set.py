"""Rebuild set mixed93 (wildlife and fauna management, Provincie Drenthe): docs/ and gold/.

    /work/main/.venv/bin/python make_set.py            # all documents
    /work/main/.venv/bin/python make_set.py fa03 fa17  # only these

Redact probes: every invented person's probes (people.py) are searched in every document, in the PDFium text,
OCR (scans), metadata, outline and annotations of the original; those found become gold with the channel
where they were found. Keep probes: the keep vocabulary (people.py) counted on the original's PDFium text with
the evaluator's own functions; a keep term that overlaps a redact probe or a home address line is left out.
"""
from __future__ import annotations

import json
import random
import re
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import setlib as L  # noqa: E402
from people import PEOPLE, KEEP  # noqa: E402
import docs_a  # noqa: E402
import docs_b  # noqa: F401,E402
import docs_c  # noqa: F401,E402

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

DOCS = docs_a.DOCS


def build_form(d, out):
    c = canvas.Canvas(str(out), pagesize=A4)
    c.setTitle(d["title"])
    c.setAuthor(d["author"])
    w, h = A4
    y = h - 25 * mm
    c.setFont("Helvetica-Bold", 14)
    c.drawString(20 * mm, y, d["static"][0])
    c.setFont("Helvetica", 9.5)
    for line in d["static"][1:]:
        y -= 6 * mm
        c.drawString(20 * mm, y, line)
    y -= 12 * mm
    form = c.acroForm
    for label, name, value in d["fields"]:
        c.setFont("Helvetica", 10)
        c.drawString(20 * mm, y + 2 * mm, label)
        form.textfield(name=name, tooltip=label, value=value, x=65 * mm, y=y, width=120 * mm, height=8 * mm,
                       fontName="Helvetica", fontSize=10, borderWidth=0.5)
        y -= 12 * mm
    y -= 6 * mm
    c.setFont("Helvetica", 9)
    for line in ["Ingevuld formulier ontvangen op 18-08-2025 door het Meldpunt Das van de provincie Drenthe.",
                 "Afhandeling: registratie door RUD Drenthe; bij drie of meer verkeersslachtoffers op hetzelfde",
                 "wegvak beoordeelt de provincie samen met Rijkswaterstaat of een faunatunnel of raster nodig is."]:
        c.drawString(20 * mm, y, line)
        y -= 5 * mm
    c.showPage()
    c.save()


def build_hand(d, out_pdf, tmp):
    src = tmp / (d["stem"] + "_src.pdf")
    c = canvas.Canvas(str(src), pagesize=A4)
    w, h = A4
    # printed memo block
    c.setFont("Helvetica-Bold", 12)
    c.drawString(20 * mm, h - 20 * mm, "PROVINCIE DRENTHE  -  telefoonnotitie / memo")
    c.setLineWidth(0.4)
    for i in range(22):
        yy = h - 35 * mm - i * 11 * mm
        c.line(18 * mm, yy - 2 * mm, w - 18 * mm, yy - 2 * mm)
    c.setFont("Femke", 22)
    c.setFillColorRGB(0.05, 0.1, 0.45)
    rnd = random.Random(5)
    for i, line in enumerate(d["lines"]):
        c.drawString(22 * mm + rnd.uniform(-2, 3) * mm, h - 35.5 * mm - i * 22 * mm, line)
    c.showPage()
    c.save()
    L.make_scan(src, out_pdf, seed=11, dpi=180, rot=0.8)


def build_scan_form(d, out_pdf, tmp):
    src = tmp / (d["stem"] + "_src.pdf")
    c = canvas.Canvas(str(src), pagesize=A4)
    w, h = A4
    c.setFont("Helvetica-Bold", 13)
    c.drawString(20 * mm, h - 25 * mm, d["printed"][0])
    c.setFont("Helvetica", 8)
    c.drawString(20 * mm, h - 31 * mm, "Staatsbosbeheer, beheereenheid Drents-Friese Wold / Dwingelderveld - in te vullen door BOA")
    y = h - 48 * mm
    for label, val in zip(d["printed"][1:], d["hand"]):
        c.setFont("Helvetica", 11)
        c.setFillColorRGB(0, 0, 0)
        c.drawString(20 * mm, y, label)
        c.line(60 * mm, y - 1.5 * mm, w - 20 * mm, y - 1.5 * mm)
        c.setFont("Femke", 19)
        c.setFillColorRGB(0.05, 0.1, 0.4)
        c.drawString(62 * mm, y, val)
        y -= 20 * mm
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Helvetica", 9)
    c.drawString(20 * mm, y - 5 * mm, "Handtekening BOA:")
    c.setFont("Femke", 26)
    c.drawString(60 * mm, y - 8 * mm, "N. Eefting")
    c.showPage()
    c.save()
    L.make_scan(src, out_pdf, seed=25, dpi=150, rot=0.5)


def build_one(d, tmp):
    out = L.DOCS_DIR / (d["stem"] + ".pdf")
    p = d["producer"]
    if p == "rl":
        L.build_rl(out, d["blocks"], font=d.get("font", "Helvetica"), size=d.get("size", 10),
                   title=d.get("title", ""), author=d.get("author", ""), header=d.get("header"),
                   footer=d.get("footer"), land=d.get("land", False))
    elif p == "docx":
        dx = tmp / (d["stem"] + ".docx")
        L.build_docx(dx, d["blocks"], font=d.get("font", "Liberation Sans"), size=d.get("size", 10),
                     author=d.get("author", ""), title=d.get("title", ""), header=d.get("header"))
        L.soffice_convert([dx], tmp)
        shutil.copy(tmp / (d["stem"] + ".pdf"), out)
    elif p == "scan_typed":
        src = tmp / (d["stem"] + "_src.pdf")
        L.build_rl(src, d["blocks"], font=d.get("font", "Times-Roman"), size=d.get("size", 11))
        L.make_scan(src, out, seed=14, dpi=160, rot=0.7)
    elif p == "scan_hand":
        build_hand(d, out, tmp)
    elif p == "scan_form":
        build_scan_form(d, out, tmp)
    elif p == "form":
        build_form(d, out)
    else:
        raise ValueError(p)
    if d.get("xmp_creator") or d.get("annots"):
        L.add_hidden(out, xmp_creator=d.get("xmp_creator"), annots=d.get("annots"))
    return out


def address_zones(text):
    """Home-address lines: postcode + place are treated as one redaction zone for keep probes."""
    zones = []
    for p in PEOPLE:
        for pr in p["items"].get("ADDRESS", []):
            if re.fullmatch(r"\d{4} [A-Z]{2}", pr):
                zones += [m.group(0) for m in re.finditer(re.escape(pr) + r"\s+[A-Z][\w-]+", text)]
    return zones


def main(argv):
    L.DOCS_DIR.mkdir(exist_ok=True)
    L.GOLD_DIR.mkdir(exist_ok=True)
    L.BUILD.mkdir(exist_ok=True)
    sel = [d for d in DOCS if not argv or any(d["stem"].startswith(a) for a in argv)]
    report = []
    for d in sel:
        out = build_one(d, L.BUILD)
        ch = L.channels_of(out)
        g = L.make_gold(d["stem"], ch, PEOPLE, KEEP, zones=address_zones(ch["pdfium"]),
                        no_keep=d.get("no_keep", ()), report=report)
        (L.GOLD_DIR / (d["stem"] + ".json")).write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n",
                                                        encoding="utf-8")
        nr = sum(len(i["probes"]) for i in g["redact"])
        nk = sum(len(i["probes"]) for i in g["keep"])
        chans = {}
        for i in g["redact"]:
            for pr in i["probes"]:
                chans[pr["channel"]] = chans.get(pr["channel"], 0) + 1
        print(f"{d['stem']:<48} pages={g['pages']} redact={nr:<3} keep={nk:<3} {chans} dropped={report[-1][1]}")
    shutil.rmtree(L.BUILD, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1:])
