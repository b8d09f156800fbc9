"""Build set AP (mixed32): 30 invented documents of Dutch agencies that serve citizens, and their gold.

    /work/main/.venv/bin/python build.py

Needs reportlab, python-docx, pikepdf, Pillow, pypdfium2, pdfplumber, LibreOffice (soffice), chromium,
poppler and tesseract (nld). Deterministic apart from producer timestamps.
"""
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))
from framework import build_all  # noqa: E402
import docs_a  # noqa: E402
import docs_b  # noqa: E402
import docs_c  # noqa: E402

if __name__ == "__main__":
    docs = docs_a.DOCS + docs_b.DOCS + docs_c.DOCS
    only = set(sys.argv[1:])
    if only:
        docs = [d for d in docs if d.name in only]
    rep = build_all(docs, ROOT, clean=not only)
    tot = {"pages": 0, "redact": 0, "keep": 0, "hidden_only": 0, "ocr_only": 0}
    for r in rep:
        for k in tot:
            tot[k] += r[k]
        print(f"{r['doc']}: pages={r['pages']} redact={r['redact']} keep={r['keep']} hidden_only={r['hidden_only']} "
              f"ocr_only={r['ocr_only']}" + (f" dropped={r['dropped']}" if r["dropped"] else ""))
    print("TOTAL", json.dumps(tot))
