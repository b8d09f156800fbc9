"""Rebuild set BI (eval/blind/mixed51): the PDFs in docs/ and the gold files in gold/.

    /work/main/.venv/bin/python make_set.py [name-prefix ...]

Needs reportlab, python-docx, pikepdf, pypdfium2, Pillow, numpy, LibreOffice (soffice), chromium,
poppler-utils. Keep-probe 'after' counts are counted on the original's PDFium text with the evaluator's
own functions; redact probes have after=0.
"""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, "/work/shared/eval")

from evaluate import text_pdfium, count_in  # noqa: E402

import docs_a, docs_b, docs_c  # noqa: E402

DOCS = HERE / "docs"
GOLD = HERE / "gold"
WORK = HERE / "build"


def main(argv):
    DOCS.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    WORK.mkdir(exist_ok=True)
    fns = docs_a.DOCS + docs_b.DOCS + docs_c.DOCS
    for name, fn in fns:
        if argv and not any(name.startswith(a) for a in argv):
            continue
        out = DOCS / f"{name}.pdf"
        redact, keep = fn(out, WORK)
        text, pages = text_pdfium(out)
        for item in keep:
            for p in item["probes"]:
                p["after"] = count_in(text, p)
        gold = {"doc": out.name, "pages": pages, "redact": redact, "keep": keep}
        (GOLD / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                           encoding="utf-8")
        print(f"{name}: pages={pages} redact={sum(len(i['probes']) for i in redact)} "
              f"keep={sum(len(i['probes']) for i in keep)}", flush=True)
    shutil.rmtree(WORK, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1:])
