"""Rebuild set BR (eval/blind/mixed60): documents in docs/, gold in gold/.

    /work/main/.venv/bin/python make_set.py            # all documents
    /work/main/.venv/bin/python make_set.py br03 br17  # only these

Producers: reportlab (Helvetica, Times, DejaVu, Liberation, Carlito, Courier, femkeklaver), python-docx
converted by LibreOffice, and image-only scans. Every keep probe's 'after' is counted on the original's
PDFium text with the evaluator's own functions (minus occurrences inside private addresses or names that
a redactor may rightly remove); every redact probe has after=0 and is checked by check_gold.py.
"""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import kit  # noqa: E402
import c1, c2, c3  # noqa: E402


def main(argv):
    kit.DOCS_DIR.mkdir(exist_ok=True)
    kit.GOLD_DIR.mkdir(exist_ok=True)
    kit.TMP.mkdir(exist_ok=True)
    fns = c1.DOCS + c2.DOCS + c3.DOCS
    if argv:
        fns = [f for f in fns if f.__name__ in argv]
    results, docx = [], []
    for f in fns:
        g, out = f()
        if isinstance(out, tuple) and out[0] == "docx":
            docx.append((g, out[1], out[2] if len(out) > 2 else None))
        else:
            results.append((g, out))
    if docx:
        kit.docx_to_pdf([d[1] for d in docx], kit.TMP)
        for g, src, post in docx:
            pdf = kit.DOCS_DIR / g.doc
            shutil.move(str(kit.TMP / (src.stem + ".pdf")), pdf)
            if post:
                post(pdf)
            results.append((g, pdf))
    pages = 0
    for g, pdf in results:
        gg = g.finish(pdf)
        pages += gg["pages"]
        print(f"{g.doc}: pages={gg['pages']} redact={sum(len(i['probes']) for i in gg['redact'])} "
              f"keep={sum(len(i['probes']) for i in gg['keep'])}")
    shutil.rmtree(kit.TMP, ignore_errors=True)
    print(f"docs={len(results)} pages={pages}")


if __name__ == "__main__":
    main(sys.argv[1:])
