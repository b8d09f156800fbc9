"""Rebuild set mixed65 (culture, sport and youth care in municipalities and provinces).

    /work/main/.venv/bin/python make_set.py            # all documents
    /work/main/.venv/bin/python make_set.py cs03 cs17  # only these (prefix match)

Documents are written in content1.py / content2.py with inline markup: [[text|K]] is personal data
to redact (one probe, after=0), {{text|K}} is something a reader needs (keep probe; its 'after' is
counted on the original's PDFium text with the evaluator's own functions). Probes in hidden channels
are listed per document under 'hidden'. Scanned pages get probes only where tesseract (the
evaluator's OCR) reads them in the original; the rest is reported and dropped.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import lib  # noqa: E402
from content1 import DOCS as D1  # noqa: E402
from content2 import DOCS as D2  # noqa: E402

DOCS = D1 + D2


def form_build(path: Path, doc: dict):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setTitle(doc.get("title", "")); c.setAuthor("Gemeente Tilburg")
    y = A4[1] - 60
    for b in doc["blocks"]:
        c.setFont("Helvetica-Bold" if b[0] == "h" else "Helvetica", 13 if b[0] == "h" else 10)
        c.drawString(50, y, lib.plain(b[1]))
        y -= 26 if b[0] == "h" else 18
    y -= 10
    form = c.acroForm
    for name, label, value, _k in doc["fields"]:
        c.setFont("Helvetica", 10)
        c.drawString(50, y + 5, label)
        form.textfield(name=name, tooltip=label, value=value, x=230, y=y, width=300, height=20,
                       fontName="Helvetica", fontSize=10, borderWidth=0.5)
        y -= 34
    y -= 10
    for t in doc.get("tail", []):
        c.setFont("Helvetica", 9)
        c.drawString(50, y, lib.plain(t))
        y -= 16
    c.showPage()
    c.save()


def main(argv):
    sel = [d for d in DOCS if not argv or any(d["id"].startswith(a) for a in argv)]
    lib.DOCS_DIR.mkdir(exist_ok=True); lib.GOLD_DIR.mkdir(exist_ok=True)
    docx = []
    for d in sel:
        pdf = lib.DOCS_DIR / (d["id"] + ".pdf")
        kind = d.get("kind", "rl")
        if kind == "docx":
            p = lib.DOCS_DIR / (d["id"] + ".docx")
            lib.docx_build(p, d)
            docx.append(p)
        elif kind == "form":
            form_build(pdf, d)
        elif "pages_lines" in d:
            lib.scan_build(pdf, d)
        else:
            lib.rl_build(pdf, d)
    lib.soffice_convert(docx, lib.DOCS_DIR)
    for p in docx:
        p.unlink()
    allprob = 0
    for d in sel:
        pdf = lib.DOCS_DIR / (d["id"] + ".pdf")
        lib.post_hidden(pdf, d)
        gold, problems = lib.make_gold(d, pdf)
        (lib.GOLD_DIR / (d["id"] + ".json")).write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
        nr = sum(len(i["probes"]) for i in gold["redact"]); nk = sum(len(i["probes"]) for i in gold["keep"])
        print(f"{d['id']:<42} pages={gold['pages']} redact={nr} keep={nk}")
        for pr in problems:
            print("   !", pr)
        allprob += len([p for p in problems if not p.startswith("OCR-unreadable")])
    print(f"build problems={allprob}")


if __name__ == "__main__":
    main(sys.argv[1:])
