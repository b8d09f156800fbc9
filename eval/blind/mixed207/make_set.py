"""Rebuild set mixed207 (camera surveillance and area bans, gemeente Meppel): docs/ and gold/.

    /work/main/.venv/bin/python make_set.py            # all documents
    /work/main/.venv/bin/python make_set.py ct03 ct12  # only these

Texts live in content207.py: [[...]] marks a value that must be redacted, {{...}} a value that must stay.
Gold is derived from the marks: every redact mark becomes a probe (after=0) that must occur in the
original's PDFium text (or, for scans, in the evaluator's OCR; for hidden channels, in that channel);
every keep mark becomes a probe whose 'after' is its count in the PDFium text, counted with the
evaluator's own functions, and dropped if a simulated redaction of the redact probes would change it.
"""
from __future__ import annotations
import sys
from pathlib import Path
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import lib207 as L  # noqa: E402
from content207 import D  # noqa: E402


def build_form(path, static, fields):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica-Bold", 13)
    y = 790
    c.drawString(60, y, L.strip(static[0])); y -= 30
    c.setFont("Helvetica", 9.5)
    for ln in static[1:]:
        c.drawString(60, y, L.strip(ln)); y -= 16
    y -= 14
    for i, (label, val) in enumerate(fields):
        c.drawString(60, y + 4, label)
        c.acroForm.textfield(name=f"veld{i+1}", value=val, x=230, y=y, width=300, height=18,
                             fontName="Helvetica", fontSize=9, borderWidth=0.5)
        y -= 30
    c.drawString(60, y - 10, "Ondertekening aanvrager: zie digitale handtekening.")
    c.showPage(); c.save()


def main(argv):
    L.DOCS.mkdir(exist_ok=True); L.GOLD.mkdir(exist_ok=True)
    sel = [d for d in D if not argv or any(d[0].startswith(a) for a in argv)]
    docx_jobs = [(L.DOCS / f"{s}.pdf", b, o.get("author", "")) for s, r, b, o in sel if r == "docx"]
    if docx_jobs:
        L.render_docx(docx_jobs)
    allp = []; tr = tk = tp = 0
    for stem, rend, blocks, o in sel:
        pdf = L.DOCS / f"{stem}.pdf"
        src = L.all_text(blocks)
        if rend == "scan":
            L.render_scan(pdf, blocks, seed=stem, hand=o.get("hand", ()))
            L.fix_meta(pdf, "Canon iR-ADV C5535 PDF", "Canon iR-ADV C5535")
            gold, pr = L.make_gold(stem, pdf, src, ocr_lines=True)
        else:
            if rend == "form":
                build_form(pdf, o["static"], o["fields"])
                src = "\n".join(o["static"])
            elif rend != "docx":
                font = {"rl": "Helvetica", "dejavu": "DejaVu", "mono": "DejaVu", "serif": "Times-Roman"}[rend]
                if font in ("Helvetica", "Times-Roman") and any(ch in src for ch in "ıŞş"):
                    font = "DejaVu"
                L.render_rl(pdf, blocks, font=font)
            if rend != "docx":
                L.fix_meta(pdf, o.get("producer", "ReportLab PDF Library - www.reportlab.com"),
                           o.get("creator", "ReportLab"), author=o.get("meta_author"),
                           xmp_creator=o.get("meta_author"), annots=o.get("annots"))
            gold, pr = L.make_gold(stem, pdf, src, hidden=o.get("hidden", ()))
        nr = sum(len(i["probes"]) for i in gold["redact"]); nk = sum(len(i["probes"]) for i in gold["keep"])
        tr += nr; tk += nk; tp += gold["pages"]
        print(f"{stem}: pages={gold['pages']} redact={nr} keep={nk}")
        allp += pr
    for p in allp:
        print("  !", p)
    print(f"docs={len(sel)} pages={tp} redact={tr} keep={tk} problems={len(allp)}")


if __name__ == "__main__":
    main(sys.argv[1:])
