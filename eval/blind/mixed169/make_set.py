"""Rebuild set mixed169 (wegsleepregeling, gemeente Wezelveen): docs/*.pdf and gold/*.json.

    /work/main/.venv/bin/python make_set.py

Text in content_*.py marks redact values with «...» and keep values with ‹...›; lib169.py renders the
PDFs (reportlab Helvetica / embedded DejaVu, python-docx -> LibreOffice, image-only JPEG scans),
sets producer strings and hidden channels (Info, XMP, outline, sticky notes, AcroForm) with pikepdf,
and derives the gold with the evaluator's own functions (keep 'after' counted on PDFium text).
"""
import json, sys
from pathlib import Path
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from lib169 import DOCS, GOLD, render_rl, render_scan, render_docx_batch, postprocess, make_gold  # noqa
import content_a, content_b, content_c  # noqa


def main(argv):
    docs = content_a.DOCS + content_b.DOCS + content_c.DOCS
    sel = [d for d in docs if not argv or any(d.stem.startswith(a) for a in argv)]
    DOCS.mkdir(exist_ok=True); GOLD.mkdir(exist_ok=True)
    dx = [d for d in sel if d.style == "docx"]
    if dx:
        render_docx_batch(dx)
    for d in sel:
        p = DOCS / f"{d.stem}.pdf"
        if d.style == "scan":
            render_scan(d, p)
        elif d.style != "docx":
            render_rl(d, p)
        postprocess(d, p)
    allp = []
    for d in sel:
        p = DOCS / f"{d.stem}.pdf"
        gold, problems = make_gold(d, p)
        (GOLD / f"{d.stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        nr = sum(len(i["probes"]) for i in gold["redact"]); nk = sum(len(i["probes"]) for i in gold["keep"])
        print(f"{d.stem}: pages={gold['pages']} redact={nr} keep={nk}" + (" PROBLEMS" if problems else ""))
        allp += problems
    for p in allp:
        print("  !", p)
    print(f"problems={len(allp)}")


if __name__ == "__main__":
    main(sys.argv[1:])
